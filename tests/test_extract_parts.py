"""Counts of the dead told in several ways: listed parts ("including four children"), martyrs."""

from __future__ import annotations

import pytest

import claimrec as cr


def _counts(text: str) -> list[tuple[str, int, str]]:
    return sorted(
        (c.measure, c.quantity.low, c.group)
        for c in cr.extract_claims(cr.Document("x", text))
        if isinstance(c, cr.CountClaim)
    )


@pytest.mark.parametrize("cue", ["including", "among them"])
def test_a_part_of_the_dead_is_not_injured_by_the_clause_after_it(cue: str) -> None:
    """'13 dead, including four children, and 40 injured': four children dead, 40 people injured."""
    found = _counts(f"The blast at the depot left 13 dead, {cue} four children, and 40 injured.")

    assert found == [("injured", 40, "people"), ("killed", 4, "children"), ("killed", 13, "people")]


def test_a_part_before_its_own_predicate_keeps_it() -> None:
    """'Several people, including four children, were injured': the part is injured."""
    found = _counts("Several people, including four children, were injured in the crush.")

    assert ("injured", 4, "children") in found


def test_a_count_after_a_part_still_takes_the_noun_of_a_whole_clause() -> None:
    """'19 children were rescued and six are missing': six children (no part involved)."""
    found = _counts("Nineteen children were rescued and six are missing.")

    assert ("missing", 6, "children") in found


def test_a_part_after_a_participle_is_read() -> None:
    """'killing at least 26 people, including 14 soldiers': 14 soldiers killed."""
    found = _counts(
        "A bomb exploded at the station, killing at least 26 people, including 14 soldiers."
    )

    assert ("killed", 14, "soldiers") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of martyrs from the strike on the camp rose to 31, the ministry said.",
            [("killed", 31, "people")],
        ),
        (
            "The shelling left 12 martyrs and dozens of injured, medics said.",
            [("killed", 12, "people")],
        ),
        (
            "Three martyrs and 14 wounded in a strike on a house.",
            [("injured", 14, "people"), ("killed", 3, "people")],
        ),
    ],
)
def test_martyrs_are_the_dead(text: str, expected: list[tuple[str, int, str]]) -> None:
    """Outlets that count the dead as martyrs give tolls; 'three martyrs and 14 wounded' are two counts."""
    found = [
        c
        for c in _counts(text)
        if c[0] in {"killed", "injured"} and c[1] in {n for _, n, _ in expected}
    ]

    assert found == expected


def test_a_martyrs_hospital_is_no_count() -> None:
    """'Al-Aqsa Martyrs Hospital' names a place: the bodies it received are the count."""
    assert _counts("Doctors at Al-Aqsa Martyrs Hospital said they had received 20 bodies.") == [
        ("killed", 20, "people")
    ]


def test_an_earlier_figure_after_a_place_and_a_time_is_read() -> None:
    """'more than 40 troops were hurt in the weekend attack on the outpost in Jordan, up from 34'."""
    found = _counts(
        "The Pentagon said on Monday that more than 40 troops were hurt in the weekend "
        "drone attack on the remote desert outpost in Jordan, up from an earlier count of 34."
    )

    assert [c[:2] for c in found] == [("injured", 34), ("injured", 41)]
