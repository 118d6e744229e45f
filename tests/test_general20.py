"""
Extraction round 20: whole groups that died, captives, diagnoses, leaders and buildings.

``data/general20_probe.jsonl`` holds sentences written for this round (crashes and
capsizes with no survivors, soldiers captured in raids, rockets and drones as subjects,
tolls an official "put at" a figure, injuries named by their diagnosis, a leader killed
with his men, a building named after a count of others, arrests) and hard negatives
(ages, addresses, routes, equipment, territory captured, footage, money, vehicles).
An expectation names its measure ``m``, bounds ``lo``/``hi``, and optionally a group
``g`` (the key or an ancestor) and the mention's ``focus``; ``forbid`` lists readings
that must not appear; ``none`` wants no count at all. A case with ``xfail`` is a known
miss kept with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimrec import Document, extract_claims
from probe import claims_of, count_matches, load_cases, misses, param
from probe import consensus_in as _consensus
from probe import counts_in as _counts

_CASES = load_cases("general20_probe.jsonl")


def test_the_probe_has_positives_and_hard_negatives_with_unique_ids() -> None:
    """Seventy-odd sentences, twenty of them negatives, no id twice."""
    ids = [case["id"] for case in _CASES]
    negatives = [i for i in ids if i.split("-")[1] == "neg"]

    assert len(ids) == len(set(ids)) >= 70
    assert len(negatives) >= 20


@pytest.mark.parametrize("case", [param(case) for case in _CASES])
def test_probe_sentence_reads_as_annotated(case: dict[str, Any]) -> None:
    """Each sentence gives the counts its annotation lists and none it forbids."""
    claims = claims_of(case)

    found = misses(case, claims, count_matches)

    assert found == [], [f"{c!r} {getattr(c, 'pattern', '')}" for c in claims]


class TestInjuriesByTheirDiagnosis:
    def test_smoke_inhalation_counts_the_injured_and_the_treated(self) -> None:
        """'14 tenants were treated for smoke inhalation' is 14 injured and 14 treated."""
        counts = _counts("Fourteen tenants were treated for smoke inhalation after the fire.")

        assert ("injured", "people", "14") in counts
        assert ("treated", "people", "14") in counts

    def test_an_evaluation_for_brain_injuries_counts_the_injured(self) -> None:
        """'Five troops are being evaluated for TBI' is 5 injured soldiers."""
        counts = _counts("Five troops are being evaluated for traumatic brain injuries.")

        assert ("injured", "soldiers", "5") in counts

    def test_a_possible_injury_or_shock_is_only_care(self) -> None:
        """'evaluated for possible concussions' and 'treated for shock' count no injured."""
        possible = _counts("Five troops are being evaluated for possible concussions.")
        shock = _counts("Twenty passengers were treated for shock.")

        assert [c for c in possible + shock if c[0] == "injured"] == []


class TestALeaderKilledWithHisMen:
    def test_the_commander_adds_one_to_his_bodyguards(self) -> None:
        """'killed a commander and his four bodyguards' resolves to 5 killed."""
        text = "An air strike near Idlib killed a commander and his four bodyguards."

        killed = _consensus(text, "killed")

        assert sum(low for _, low, _ in killed) == 5

    def test_a_leader_alone_is_one(self) -> None:
        """'A village elder was shot dead' counts one killed."""
        assert ("killed", "people", "1") in _counts("A village elder was killed in the raid.")


class TestOneBuildingBesideACount:
    def test_a_mosque_after_sixty_houses_resolves_to_sixty_one_buildings(self) -> None:
        """'60 houses and a mosque were destroyed' is 61 buildings, never people."""
        text = "Sixty houses and a mosque were destroyed when the river burst its banks."

        counts = _counts(text)
        destroyed = _consensus(text, "destroyed")

        assert {c[1] for c in counts} == {"buildings"}
        assert destroyed == [("buildings", 61, 61)]

    def test_a_building_beside_a_bridge_is_not_read(self) -> None:
        """'destroyed 300 homes and a bridge': a bridge is no building of the count."""
        assert _counts("The floods destroyed 300 homes and a bridge.") == [
            ("destroyed", "buildings", "300")
        ]


class TestPeopleTakenPrisoner:
    def test_captured_soldiers_are_arrested_soldiers(self) -> None:
        """'captured 30 soldiers' counts 30 soldiers taken: the measure arrested."""
        assert _counts("Rebels captured 30 soldiers at the checkpoint.") == [
            ("arrested", "soldiers", "30")
        ]

    def test_captured_territory_and_footage_are_not_people(self) -> None:
        """'captured two villages' and 'cameras captured two men' count nothing."""
        assert _counts("The militia captured two villages on Sunday.") == []
        assert _counts("Street cameras captured two men leaving the car.") == []


class TestMunitionsThatGotThrough:
    def test_a_third_drone_after_two_downed_struck_once(self) -> None:
        """'Two drones were shot down and a third hit a depot' is 2 intercepted, 1 impacted."""
        counts = _counts("Two drones were shot down and a third hit a fuel depot.")

        assert ("intercepted", "munition.drone", "2") in counts
        assert ("impacted", "munition.drone", "1") in counts

    def test_the_share_that_got_through_after_the_intercepted_share(self) -> None:
        """'intercepted 20 of the missiles, but five hit the base' is 5 impacted missiles."""
        counts = _counts("Air defences intercepted 20 of the missiles, but five hit the base.")

        assert ("impacted", "munition.missile", "5") in counts

    def test_an_absolute_clause_counts_the_share_that_landed(self) -> None:
        """'fired 12 rockets, with 9 intercepted and three hitting the base' reads both shares."""
        counts = _counts(
            "The militia fired 12 rockets, with 9 intercepted and three hitting the base."
        )

        assert ("intercepted", "munition.rocket", "9") in counts
        assert ("impacted", "munition.rocket", "3") in counts

    def test_a_barrage_of_rockets_is_not_one_rocket(self) -> None:
        """'fired a barrage of rockets' launches many, never a count of one."""
        assert _counts("Militants fired a barrage of rockets at the base.") == []


class TestDeathsNamedByTheirCause:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Seven workers were electrocuted when the crane touched a cable.", "7"),
            ("Four divers suffocated inside the flooded cave.", "4"),
            ("Twelve passengers perished when the ferry sank.", "12"),
        ],
    )
    def test_the_cause_names_the_dead(self, text: str, count: str) -> None:
        """'electrocuted', 'suffocated' and 'perished' after a counted subject are killed."""
        assert ("killed", "people", count) in _counts(text)

    def test_people_trapped_then_found_dead_are_not_also_missing(self) -> None:
        """'Eight miners trapped underground were found dead' is 8 killed, none missing."""
        counts = _counts("Eight miners trapped underground were found dead on Monday.")

        assert counts == [("killed", "people", "8")]


def test_arrests_of_men_stay_people_as_the_story_gold_counts_them() -> None:
    """'Police arrested two men' is 2 arrested people; 'two suspects' is suspects."""
    assert _counts("Police arrested two men after the blast.") == [("arrested", "people", "2")]
    assert _counts("Police arrested two suspects after the blast.") == [
        ("arrested", "suspects", "2")
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "captured 12 the the ",
        "took 12 soldiers the ",
        "9 miners trapped by the the the ",
        "60 houses and a the the ",
        "destroyed 40 homes and a the ",
        "Six sailors are being evaluated for the ",
        "rockets were fired and two hit the the ",
        "rockets , with 5 landing the the ",
        "intercepted 18 of the , but four the ",
    ],
)
def test_round20_rules_stay_linear_on_hostile_repeats(unit: str, no_hang: Any) -> None:
    """The new rules finish on a long repeat of their own cue words."""
    large = unit * (60_000 // len(unit))

    with no_hang(120):
        extract_claims(Document(id="l", text=large))
