"""Counts of conflict news end to end: who gives a figure, and what the figure counts."""

from __future__ import annotations

import pytest

from claimrec import CountClaim, Document, extract_claims


def counts(text: str) -> list[CountClaim]:
    """The count claims extracted from *text* as one document."""
    return [c for c in extract_claims(Document(id="a", text=text)) if isinstance(c, CountClaim)]


def read(text: str) -> list[tuple[str, int, int | None, str, str | None]]:
    """(measure, low, high, attribution kind, source) of each count claim of *text*."""
    return [
        (c.measure, c.quantity.low, c.quantity.high, c.attribution.kind, c.attribution.source)
        for c in counts(text)
    ]


class TestNumberHasClimbedTo:
    """'The number of X hurt/injured … has climbed to N' counts the injured, whoever X is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "The number of U.S. personnel hurt in Sunday's drone attack on Camp Tolvar has "
                    "climbed to 11, a defence official said on Tuesday, speaking on condition of "
                    "anonymity."
                ),
                ("injured", 11, 11, "anonymous_official", "a defence official"),
            ),
            (
                (
                    "The number of U.S. personnel hurt in Sunday's drone attack on Camp Tolvar has "
                    "climbed to 11, a defence official said on Tuesday."
                ),
                ("injured", 11, 11, "anonymous_official", "a defence official"),
            ),
            (
                (
                    "The number of American service members hurt in the attack has risen to 18, "
                    "officials said."
                ),
                ("injured", 18, 18, "anonymous_official", "officials"),
            ),
            (
                "The number of civilians hurt in the shelling has climbed to 60, the Red Cross said.",
                ("injured", 60, 60, "organization", "the Red Cross"),
            ),
            (
                "The number of troops injured in the attack has climbed to 34.",
                ("injured", 34, 34, "none", None),
            ),
            (
                "The number of Marines wounded has grown to 9, a Pentagon spokesman said.",
                ("injured", 9, 9, "organization", "a Pentagon spokesman"),
            ),
            (
                (
                    "The number of U.S. troops diagnosed with traumatic brain injuries has climbed "
                    "to 34, the Pentagon said."
                ),
                ("injured", 34, 34, "organization", "the Pentagon"),
            ),
        ],
    )
    def test_the_injured_of_a_rising_number(
        self, text: str, expected: tuple[str, int, int, str, str | None]
    ) -> None:
        """'hurt' counts like 'injured'; an abbreviation in the subject does not end it."""
        assert expected in read(text)


class TestTollOfTheInjured:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The toll of injured troops now stands at 80.", ("injured", 80, 80)),
            (
                "The toll of wounded civilians rose to 45, according to the hospital.",
                ("injured", 45, 45),
            ),
            ("The tally of wounded soldiers reached 23 on Monday.", ("injured", 23, 23)),
        ],
    )
    def test_a_toll_of_the_injured_counts_no_dead(
        self, text: str, expected: tuple[str, int, int]
    ) -> None:
        """'The toll of injured troops' is a count of the injured, never of the killed."""
        found = read(text)

        assert expected in [f[:3] for f in found]
        assert "killed" not in [f[0] for f in found]

    def test_a_toll_of_dead_and_injured_stays_a_toll(self) -> None:
        """'The toll of dead and injured' still reads the toll as before."""
        found = read("The toll of dead and injured stands at 30, the mayor said.")

        assert [f[:3] for f in found] == [("killed", 30, 30)]


class TestEstimatesOfIntelligence:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "Western intelligence officials estimated on Friday that between 100 and 300 "
                    "people were killed in the explosion."
                ),
                ("killed", 100, 300, "anonymous_official", "Western intelligence officials"),
            ),
            (
                "Western intelligence agencies assessed that fewer than 100 people died.",
                ("killed", 0, 99, "organization", "Western intelligence agencies"),
            ),
        ],
    )
    def test_the_estimate_is_its_makers(
        self, text: str, expected: tuple[str, int, int, str, str]
    ) -> None:
        """A disputed toll estimated or assessed by intelligence is theirs, not the reporter's."""
        assert expected in read(text)

    def test_a_launch_count_denied_by_a_spokesman_is_his(self) -> None:
        """'A spokesman for X rejected … and said the group had fired no rockets' is his figure."""
        text = (
            "A spokesman for the Red Sickle militia rejected the army's account and said the "
            "group had fired no rockets that night."
        )

        found = read(text)

        assert [f[:3] for f in found] == [("launched", 0, 0)]
        assert found[0][4] == "A spokesman for the Red Sickle militia"
