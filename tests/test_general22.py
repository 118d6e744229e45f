"""
Extraction round 22: casualty reporting of disasters, accidents and civil tolls.

``data/general22_probe.jsonl`` holds sentences written for this round (invented
incidents, real places): ledes of quakes, floods, fires, crashes, capsizes, crushes and
outbreaks; toll updates; the missing, the evacuated, the treated and the injured in the
ways agencies and reporters phrase them; tolls by role (miners, pilgrims, crew, the
driver); numbers in words, ranges and vague words; headlines; and hard negatives (ages,
distances, depths, magnitudes, flight and train numbers, times, money, houses, bridges,
vehicles, cattle, capacities, phone numbers, years). An expectation names its measure
``m``, bounds ``lo``/``hi`` or a phrase ``q``, and optionally a group ``g`` (the key or an
ancestor) and a ``scope``; ``forbid`` lists readings that must not appear; ``none`` wants
no claim at all. A case with ``xfail`` is a known miss kept with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from probe import claims_of, count_matches, load_cases, misses, param, within
from probe import counts_in as _counts

_CASES = load_cases("general22_probe.jsonl")


def test_the_probe_has_positives_and_hard_negatives_with_unique_ids() -> None:
    """Over 190 sentences, some 30 of them negatives, no id twice."""
    ids = [case["id"] for case in _CASES]
    negatives = [case for case in _CASES if case.get("none") or "forbid" in case]

    assert len(ids) == len(set(ids)) >= 190
    assert len(negatives) >= 30


@pytest.mark.parametrize("case", [param(case) for case in _CASES])
def test_probe_sentence_reads_as_annotated(case: dict[str, Any]) -> None:
    """Each sentence gives the counts its annotation lists and none it forbids."""
    claims = claims_of(case)

    found = misses(case, claims, count_matches)

    assert found == [], [f"{c!r} {getattr(c, 'pattern', '')}" for c in claims]


class TestOnePersonBesideACount:
    @pytest.mark.parametrize(
        "text",
        [
            "The driver and three passengers died at the scene.",
            "The captain and two deckhands drowned.",
            "A nurse and three patients perished in the fire.",
        ],
    )
    def test_one_person_before_a_count_that_died_is_one_more_dead(self, text: str) -> None:
        """'The driver and three passengers died' is one dead and three dead."""
        counts = _counts(text)

        assert ("killed", "people", "1") in counts
        assert ("killed", "people", "3") in counts or ("killed", "people", "2") in counts

    def test_a_driver_and_his_passenger_are_two(self) -> None:
        """'A driver and his passenger were killed' counts two dead."""
        assert _counts("A driver and his passenger were killed instantly.") == [
            ("killed", "people", "2")
        ]

    def test_a_crash_that_killed_the_driver_counts_one(self) -> None:
        """'killed the driver and injured 14 passengers' is one dead, 14 injured."""
        counts = _counts("The accident killed the driver and injured 14 passengers.")

        assert counts == [("killed", "people", "1"), ("injured", "people", "14")]

    @pytest.mark.parametrize(
        "text",
        ["The fire killed the driver's wife.", "Police questioned the driver."],
    )
    def test_the_driver_named_otherwise_is_no_count_of_the_driver(self, text: str) -> None:
        """Someone of the driver's, or a driver questioned, is no dead driver."""
        assert _counts(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "The captain drowned.",
            "A fisherman drowned in the lake.",
            "A motorcyclist was killed.",
            "The pedestrian died.",
        ],
    )
    def test_one_person_named_by_a_place_in_a_crash_counts_one(self, text: str) -> None:
        """A captain, a motorcyclist or a pedestrian who died is one dead (a pedestrian a civilian)."""
        counts = _counts(text)

        assert [(m, q) for m, _, q in counts] == [("killed", "1")]
        assert all(within(g, "people") for _, g, _ in counts)


class TestTheInjuredAndTheTreated:
    def test_a_part_of_the_passengers_with_injuries_is_the_count(self) -> None:
        """'Fourteen of the 45 passengers sustained serious injuries' is 14 injured, not 45."""
        counts = _counts("Fourteen of the 45 passengers sustained serious injuries.")

        assert counts == [("injured", "people", "14")]

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Nineteen people suffered smoke inhalation.", "19"),
            ("Six workers suffered broken bones in the fall.", "6"),
            ("Of the 68 on board, 51 died and 17 survived with injuries.", "17"),
            ("A passenger survived with injuries.", "1"),
        ],
    )
    def test_injuries_named_by_what_was_suffered(self, text: str, count: str) -> None:
        """Smoke inhalation, broken bones and surviving with injuries count the injured."""
        assert ("injured", "people", count) in _counts(text)

    def test_surviving_unhurt_is_no_injury(self) -> None:
        """'Nine people survived the crash' counts no one."""
        assert _counts("Nine people survived the crash.") == []

    def test_a_count_left_bare_after_another_treated_for_injuries(self) -> None:
        """'seven had died and 24 were being treated for injuries' is 24 treated and injured."""
        counts = _counts("Police said seven had died and 24 were being treated for injuries.")

        assert ("treated", "people", "24") in counts
        assert ("injured", "people", "24") in counts

    def test_ages_before_treated_for_wounds_are_no_count(self) -> None:
        """'two men, ages 21 and 22, were treated for wounds' counts no 21 or 22."""
        text = "Three others, a woman and two men, ages 21 and 22, were treated for wounds."

        assert [q for _, _, q in _counts(text) if q in {"21", "22"}] == []

    def test_those_who_survived_their_injuries_were_injured(self) -> None:
        """'all five survived their injuries' counts five injured."""
        text = "The victims were taken to hospitals, and all five survived their injuries."

        assert _counts(text) == [("injured", "people", "5")]

    def test_patients_a_hospital_admitted_are_treated(self) -> None:
        """'Hospitals admitted 143 patients' is 143 treated."""
        counts = _counts("Hospitals in the city admitted 143 patients with symptoms of poisoning.")

        assert counts == [("treated", "people", "143")]

    @pytest.mark.parametrize(
        "text",
        [
            "The hospital admitted 3 errors in its billing.",
            "The clinic admits 40 patients a day.",
        ],
    )
    def test_a_hospital_admitting_a_fault_or_a_rate_is_no_count(self, text: str) -> None:
        """An admitted error or a daily rate of patients treats no one in an incident."""
        assert _counts(text) == []


class TestTheMissingTheDeadAndTheEvacuated:
    @pytest.mark.parametrize(
        "text",
        [
            "The fate of three crew members remained unknown on Monday.",
            "The fate of the other 3 passengers is still unclear.",
        ],
    )
    def test_people_whose_fate_is_unknown_are_missing(self, text: str) -> None:
        """'The fate of three crew members remained unknown' is three missing."""
        assert _counts(text) == [("missing", "people", "3")]

    def test_a_sealed_fate_is_no_count(self) -> None:
        """'The fate of three crew members was sealed' says nothing of the missing."""
        assert _counts("The fate of three crew members was sealed.") == []

    @pytest.mark.parametrize(
        "text",
        [
            "Up to 150 people may have been buried under the mud, the mayor said.",
            "As many as 150 people could still be trapped, the governor said.",
        ],
    )
    def test_people_who_may_be_buried_or_trapped_are_missing(self, text: str) -> None:
        """A hedged 'may have been buried' or 'could still be trapped' counts the missing."""
        assert [(m, g) for m, g, _ in _counts(text)] == [("missing", "people")]

    def test_the_funerals_of_victims_count_the_dead(self) -> None:
        """'the funerals of the 13 victims' is 13 dead, and the mourners are no count."""
        counts = _counts("Hundreds of people lined the streets for the funerals of the 13 victims.")

        assert counts == [("killed", "people", "13")]

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Firefighters helped evacuate 250 guests from the burning hotel.", "250"),
            ("Floods displace 50,000 in Assam", "50000"),
        ],
    )
    def test_people_helped_out_or_displaced_are_evacuated(self, text: str, count: str) -> None:
        """'helped evacuate 250 guests' and a headline's 'displace 50,000' are evacuated."""
        assert _counts(text) == [("evacuated", "people", count)]

    def test_a_plan_to_evacuate_is_no_count(self) -> None:
        """'plans to evacuate 5,000 people' has moved no one yet."""
        assert _counts("The city plans to evacuate 5,000 people if the dam fails.") == []
