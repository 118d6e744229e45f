"""
Extraction round 19: counts as disasters, hospitals and morgues report them.

``data/general19_probe.jsonl`` holds sentences written for this round (earthquakes,
floods, collapses, mines, bombings of markets and mosques, strikes on bases, trains,
buses and ferries, hospital and morgue counts, official and local tolls) and hard
negatives (ages, addresses, money, years, vehicles, "one of the", people on board).
An expectation names its measure ``m``, bounds ``lo``/``hi`` (or a phrase ``q``), and
optionally a group ``g`` (the key or an ancestor); ``forbid`` lists readings that must
not appear; ``none`` wants no count at all.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimrec import Document, extract_claims
from probe import claims_of, count_matches, load_cases, misses, param
from probe import consensus_in as _consensus
from probe import counts_in as _counts

_CASES = load_cases("general19_probe.jsonl")


def test_the_probe_has_positives_and_hard_negatives_with_unique_ids() -> None:
    """Sixty-odd sentences, a third of them negatives, no id twice."""
    ids = [case["id"] for case in _CASES]
    negatives = [i for i in ids if i.split("-")[1] == "neg"]

    assert len(ids) == len(set(ids)) >= 60
    assert len(negatives) >= 20


@pytest.mark.parametrize("case", [param(case) for case in _CASES])
def test_probe_sentence_reads_as_annotated(case: dict[str, Any]) -> None:
    """Each sentence gives the counts its annotation lists and none it forbids."""
    claims = claims_of(case)

    found = misses(case, claims, count_matches)

    assert found == [], [f"{c!r} {getattr(c, 'pattern', '')}" for c in claims]


class TestTollsWithoutKilled:
    def test_deaths_from_an_event_that_climbed_are_the_toll(self) -> None:
        """'Deaths from the cyclone climbed to 212' is a toll of 212 people killed."""
        counts = _counts("Deaths from the cyclone climbed to 212 on Thursday.")

        assert counts == [("killed", "people", "212")]

    def test_deaths_of_no_event_are_a_statistic_not_a_toll(self) -> None:
        """'Road deaths rose to 1,700 last year' names no event: nothing is read."""
        assert _counts("Road deaths rose to 1,700 last year.") == []


class TestBodiesAndPatientsWhereTheyAre:
    def test_bodies_in_a_morgue_are_the_dead(self) -> None:
        """'There are 57 bodies in our morgue' counts 57 killed."""
        counts = _counts("'There are 57 bodies in our morgue,' the doctor said.")

        assert counts == [("killed", "people", "57")]

    def test_people_in_hospital_are_treated_but_patients_there_before_are_not(self) -> None:
        """'14 more people were in hospital' is treated; patients in it when a shell hit are not."""
        admitted = _counts("She said 14 more people were in hospital with burns.")
        already = _counts("About 30 patients were in hospital when the power failed.")

        assert admitted == [("treated", "people", "14")]
        assert already == []


class TestPartsThatAddUp:
    def test_a_third_who_died_elsewhere_adds_one_to_the_toll(self) -> None:
        """'Two miners died at the scene and a third in hospital' resolves to 3 killed."""
        text = "A roof fall hit the Soma colliery. Two miners died at the scene and a third in hospital."

        assert _consensus(text, "killed") == [("people", 3, 3)]

    def test_others_who_died_later_add_to_the_toll(self) -> None:
        """'Four passengers died at the scene and two others later in hospital' is 6."""
        text = "A coach overturned near Braga. Four passengers died at the scene and two others later in hospital."

        assert _consensus(text, "killed") == [("people", 6, 6)]

    def test_the_driver_named_after_the_passengers_is_one_more(self) -> None:
        """'killing 14 passengers and the driver' resolves to 15 killed."""
        text = "A bus plunged into a ravine near Shimla, killing 14 passengers and the driver."

        assert _consensus(text, "killed") == [("people", 15, 15)]

    def test_the_whole_after_among_counts_people_not_the_part(self) -> None:
        """'Five soldiers were among the 23 killed': 23 people, 5 of them soldiers."""
        counts = _counts("Five soldiers were among the 23 killed in the ambush.")

        assert ("killed", "people", "23") in counts
        assert ("killed", "soldiers", "23") not in counts
        assert ("killed", "soldiers", "5") in counts

    def test_someone_left_in_hospital_is_not_dead(self) -> None:
        """'left one person dead and three others in hospital' kills one, not four."""
        counts = _counts("The crash left one person dead and three others in hospital.")

        assert [c for c in counts if c[0] == "killed"] == [("killed", "people", "1")]


class TestTrappedIsMissingInEveryTense:
    @pytest.mark.parametrize(
        "text",
        [
            "Mine blast traps 40 workers underground",
            "A mine blast has trapped 40 workers underground.",
            "Forty workers are trapped underground after a mine blast.",
        ],
    )
    def test_trapped_workers_are_missing(self, text: str) -> None:
        """Headline present, perfect and passive all read 40 missing."""
        assert ("missing", "people", "40") in _counts(text)


class TestPropertyIsNotPeople:
    def test_flooded_homes_are_damaged_buildings(self) -> None:
        """'300 homes had been flooded' is 300 buildings damaged, never 300 people."""
        counts = _counts("Officials said 300 homes had been flooded.")

        assert counts == [("damaged", "buildings", "300")]

    def test_damaged_or_destroyed_homes_are_not_all_destroyed(self) -> None:
        """'damaged or destroyed 2,000 homes' bounds each measure by 2,000, neither is 2,000."""
        counts = _counts("The storm damaged or destroyed 2,000 homes.")

        assert ("destroyed", "buildings", "2000") not in counts
        assert {c[0] for c in counts} == {"damaged", "destroyed"}


def test_arrests_of_unnamed_people_stay_in_the_people_slot() -> None:
    """'Police arrested two men' is 2 arrested people: the resolver's arrested slot is people."""
    assert _counts("Police arrested two men after the bombing.") == [("arrested", "people", "2")]


@pytest.mark.parametrize(
    "unit",
    [
        "Deaths from the flood in the north and the ",
        "died at the scene and a third in the ",
        "died in the and two others in the the ",
        "killing 14 passengers and the ",
        "64 bodies in the the the ",
        "18 people were in hospital ",
        "Mine blast traps ",
        "Nine of the 12 of the 12 of the ",
    ],
)
def test_round19_rules_stay_linear_on_hostile_repeats(unit: str, no_hang: Any) -> None:
    """The new rules finish on a long repeat of their own cue words."""
    large = unit * (60_000 // len(unit))

    with no_hang(120):
        extract_claims(Document(id="l", text=large))


def test_a_bare_figure_after_a_second_verb_shares_the_object_noun() -> None:
    """'injured 35 soldiers and killed 4': the 4 are soldiers too; after 'a soldier' they are not."""
    many = _counts("The blast at the depot injured 35 soldiers and killed 4.")
    one = _counts("The blast killed a soldier and wounded 4.")

    assert ("killed", "soldiers", "4") in many
    assert ("injured", "people", "4") in one
