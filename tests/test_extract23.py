"""
Extraction round 23: long reports of any genre, tallies over a period, known misreads.

``data/extract23_probe.jsonl`` holds sentences written for this round (invented
incidents, real places): tallies over a period and a place ("killed or wounded in
Somalia last year", "so far this monsoon season", "in the past decade", "in 2024 alone"),
merchant crews and the bodies of fighters, background tolls of earlier events, and ten or
so sentences of each genre (earthquakes, floods, landslides, building collapses,
stampedes, mine and factory blasts, train, bus and ferry crashes, shootings, bombings, air
strikes, attacks on bases) with their hard negatives (ages, depths, distances,
magnitudes, houses, money, capacities, flight and train numbers). An expectation names
its measure ``m``, bounds ``lo``/``hi`` and optionally a group ``g`` (the key or an
ancestor) and a ``scope``; ``forbid`` lists readings that must not appear; ``none`` wants
no claim at all. A case with ``xfail`` is a known miss kept with its reason.

The articles below are written as wire copy (dateline, quotes, background paragraphs):
the counts of their background and their tallies must stay out of the main event.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimrec import CountClaim, Document, extract_claims, reconcile
from claimrec._quantity import part_of_total
from claimrec.model import Quantity
from probe import claims_of, count_matches, load_cases, misses, param

_CASES = load_cases("extract23_probe.jsonl")


def test_the_probe_has_positives_and_hard_negatives_with_unique_ids() -> None:
    """Over 150 sentences, some 40 of them negatives, no id twice."""
    ids = [case["id"] for case in _CASES]
    negatives = [case for case in _CASES if case.get("none") or "forbid" in case]

    assert len(ids) == len(set(ids)) >= 150
    assert len(negatives) >= 40


@pytest.mark.parametrize("case", [param(case) for case in _CASES])
def test_probe_sentence_reads_as_annotated(case: dict[str, Any]) -> None:
    """Each sentence gives the counts its annotation lists and none it forbids."""
    claims = claims_of(case)

    found = misses(case, claims, count_matches)

    assert found == [], [f"{c!r} {getattr(c, 'pattern', '')}" for c in claims]


def _counts(text: str) -> list[CountClaim]:
    return [c for c in extract_claims(Document(id="d", text=text)) if isinstance(c, CountClaim)]


class TestPartOfTotal:
    def test_a_bounded_total_caps_each_part(self) -> None:
        """'40 killed or injured': each measure is at most 40."""
        part = part_of_total(Quantity.exact(40, text="40"))

        assert (part.low, part.high, part.qualifier) == (0, 40, "at_most")

    def test_an_open_total_bounds_no_part(self) -> None:
        """'more than 2,000 killed or wounded': each measure is vague, never at_most with no top."""
        part = part_of_total(Quantity(2001, None, qualifier="at_least", text="more than 2,000"))

        assert (part.low, part.high, part.qualifier) == (0, None, "vague")

    def test_more_than_n_killed_or_wounded_reads_vague_counts(self) -> None:
        """The rule killed_or_injured gives no at_most with an unbounded top."""
        counts = _counts("More than 2,000 people were killed or wounded in the fighting.")

        assert sorted((c.measure, c.quantity.qualifier, c.quantity.high) for c in counts) == [
            ("injured", "vague", None),
            ("killed", "vague", None),
        ]


class TestMerchantCrews:
    def test_a_merchant_ship_sailor_is_a_person_with_no_side(self) -> None:
        """'one sailor remained missing, the ship's Greek manager said' counts people."""
        counts = _counts("One sailor remained missing, the ship's Greek manager said.")

        assert [(c.measure, c.group) for c in counts] == [("missing", "people")]

    def test_navy_sailors_stay_soldiers(self) -> None:
        """Sailors of a destroyer the navy speaks for are military."""
        counts = _counts("Two sailors were injured aboard the destroyer, the US Navy said.")

        assert [(c.measure, c.group) for c in counts] == [("injured", "us.military")]

    def test_a_company_speaker_lends_no_nation(self) -> None:
        """'the company's Greek owner said' makes the employees no Greek force."""
        counts = _counts("Three employees were injured, the company's Greek owner said.")

        assert [c.group for c in counts] == ["people"]


class TestArmedGroups:
    @pytest.mark.parametrize(
        "text",
        [
            "An air strike killed nine Houthi commanders near Sanaa, the coalition said.",
            "Five members of al-Shabaab were killed in the raid, officials said.",
            "Soldiers killed 14 attackers who stormed the camp, the army said.",
        ],
    )
    def test_fighters_of_a_named_group_or_killed_by_an_army_are_fighters(self, text: str) -> None:
        """Members of a named armed group, or attackers an army killed, are fighters."""
        counts = _counts(text)

        assert [c.group for c in counts if c.measure == "killed"] == ["fighters"]

    def test_gunmen_police_shot_are_suspects(self) -> None:
        """Gunmen police killed are suspects of a crime, not fighters."""
        counts = _counts("Police shot dead two gunmen after a siege at the bank.")

        assert [c.group for c in counts] == ["suspects"]


class TestBackground:
    def test_a_dated_past_bombing_is_another_event_with_its_year(self) -> None:
        """'In 2017, a truck bomb killed more than 500' is dated 2017 and of another event."""
        (count,) = _counts("In 2017, a truck bomb killed more than 500 people in Mogadishu.")

        assert count.mention.focus == "other"
        assert count.mention.date is not None
        assert count.mention.date.year == 2017


_QUAKE = """Quake in western Nepal kills at least 64, dozens missing
date 2026-03-14

KATHMANDU, March 14 (Wire) - A magnitude 6.1 earthquake struck a remote district of western \
Nepal late on Friday, killing at least 64 people and injuring more than 150, officials said \
on Saturday.

"We have recovered 64 bodies so far and the number may rise," district police chief Ram \
Bahadur Thapa told reporters by telephone. "Around 40 people are still missing."

The quake, centred at a depth of 12 km, destroyed about 1,800 houses, the National Disaster \
Risk Reduction and Management Authority said.

Nepal lies on a major fault line. In 2015, two earthquakes killed nearly 9,000 people across \
the country. Earthquakes and landslides have killed more than 1,100 people in Nepal over the \
past decade, according to government figures.

The quake was the deadliest in the country since a 2023 tremor that killed 153 people in the \
same region.
"""

_SHIP = """Drone hits bulk carrier in Red Sea, one sailor missing
date 2026-05-06

DUBAI, May 6 (Wire) - A drone struck a Liberian-flagged bulk carrier in the southern Red Sea \
on Tuesday, setting it ablaze and leaving one sailor missing, the ship's Greek manager said.

Two seafarers were injured and 21 crew members were evacuated by a passing container ship, \
the manager said in a statement.

It was the third attack on merchant shipping this month. Attacks in the Red Sea have killed \
at least nine seafarers since November 2023, according to the International Maritime \
Organization.

In June last year, a missile strike on another bulk carrier killed three crew members.
"""

_FLOOD = """Floods kill 27 in southern Pakistan as monsoon toll climbs
date 2026-08-02

KARACHI, Aug 2 (Wire) - Flash floods triggered by torrential rain killed 27 people in \
southern Sindh province on Sunday, bringing the death toll of this year's monsoon season to \
212, officials said.

Among the dead were 11 children, provincial disaster management spokesman Imran Khan said. \
Another 40 people were injured and about 15,000 were moved to relief camps, he said.

"Entire villages have been washed away," said Ghulam Hussain, 52, a farmer from Dadu district.

So far this monsoon season, 212 people have died across the country, the National Disaster \
Management Authority said.

In 2022, catastrophic floods killed more than 1,700 people and affected 33 million.
"""


_BASE = """Drone attack on Syrian base wounds five US troops
date 2026-10-21

BEIRUT, Oct 21 (Wire) - A drone attack on a base in eastern Syria hosting US forces wounded \
five American service members on Monday, a US defense official said, speaking on condition \
of anonymity.

Three of the wounded suffered traumatic brain injuries and were later returned to duty, the \
official said. No group immediately claimed responsibility.

The United States has about 900 troops in Syria. US forces in Iraq and Syria have been \
attacked at least 60 times since mid-October, according to the Pentagon.

In January, a drone strike killed three American soldiers at a base in Jordan, the deadliest \
attack on US forces in the region since 2021.
"""


class TestLongReports:
    @pytest.mark.parametrize(
        ("text", "killed"),
        [(_QUAKE, 64), (_SHIP, None), (_FLOOD, 27)],
        ids=["quake", "ship", "flood"],
    )
    def test_background_and_tallies_stay_out_of_the_main_event(
        self, text: str, killed: int | None
    ) -> None:
        """One event per report; its dead are the lede's, never a tally's or a past event's."""
        report = reconcile([Document(id="d", text=text)])

        assert len(report.events) == 1
        estimate = report.estimates(report.events[0]).get("killed")
        assert (estimate.best if estimate is not None else None) == killed

    @pytest.mark.parametrize(
        "text", [_QUAKE, _SHIP, _FLOOD, _BASE], ids=["quake", "ship", "flood", "base"]
    )
    def test_tallies_over_a_period_are_cumulative_and_attach_to_no_event(self, text: str) -> None:
        """'over the past decade', 'since November 2023', 'so far this monsoon season'."""
        report = reconcile([Document(id="d", text=text)])

        tallies = {c.id for c in report.claims if getattr(c, "scope", "event") == "cumulative"}
        attached = {c.id for event in report.events for c in report.claims_of(event)}
        assert tallies
        assert not tallies & attached

    def test_the_crew_of_a_merchant_ship_is_people(self) -> None:
        """The ship's missing sailor and injured seafarers are people, not Greek soldiers."""
        claims = extract_claims(Document(id="d", text=_SHIP))

        groups = {c.group for c in claims if isinstance(c, CountClaim)}
        assert groups <= {"people"}

    def test_an_earlier_strike_elsewhere_stays_out_of_the_base_attack(self) -> None:
        """The January strike in Jordan is not the Syrian base attack: its dead are not counted there."""
        report = reconcile([Document(id="d", text=_BASE)])

        (main,) = [e for e in report.events if "d" in e.documents]
        estimates = report.estimates(main)
        assert estimates["injured"].best == 5
        assert estimates["killed"].best == 0
        assert not any(
            isinstance(c, CountClaim) and "Jordan" in c.sentence for c in report.claims_of(main)
        )
