"""
Verdicts, round 12: findings that read a story the way a desk editor would.

Every report below is invented for these tests (places are real, incidents, outlets
and people are not). Each story is two or three reports of one incident (flood,
landslide, stampede, hospital strike, ferry sinking, bombing, earthquake, attack on a
base), resolved through ``claimrec.reconcile`` on documents (the user's path). The rules
they pin: "three more bodies" with no total is an increment on the earlier day's toll;
a later, lower count of the injured that the deaths of wounded people explain is the
story moving on; "three fighters and no civilians" is its speaker's whole toll of
people; and a later, higher toll from a voice of an armed group (a militia leader, a
rebel spokesman) disputes the official toll, as residents' figure does, whatever day
it came.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.model import CountClaim
from verdict_stories import (
    Expected,
    check_no_count_lost,
    check_order_independent,
    check_verdicts,
    estimate_of,
    finding_of,
    flags_of,
    story_param,
)
from verdict_stories import document as _d

STORIES: dict[str, tuple[list[cr.Document], Expected]] = {}

STORIES["landslide_more_bodies_next_day"] = (
    [
        _d(
            "ls1",
            "2037-05-12",
            "Landslide kills 9 in Kandy",
            "KANDY — A landslide buried houses near Kandy on Monday, killing nine people, the disaster centre said.",
            "Island Post",
        ),
        _d(
            "ls2",
            "2037-05-13",
            "Three more bodies found after Kandy landslide",
            "Rescuers recovered three more bodies from the landslide near Kandy on Tuesday, the disaster centre said.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("evolving", (12, None))},
)

STORIES["stampede_injured_die_in_hospital"] = (
    [
        _d(
            "st1",
            "2037-05-01",
            "Stampede at stadium in Lagos",
            "LAGOS — A stampede at a football stadium in Lagos on Sunday killed four people and injured 12, police said.",
            "West Wire",
        ),
        _d(
            "st2",
            "2037-05-02",
            "Lagos stampede toll rises to 6",
            "The toll from Sunday's stampede at a football stadium in Lagos rose to six on Monday after two of the "
            "injured died, police said. Ten people were injured, police said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (6, 6)), ("injured", "people"): ("evolving", (10, 10))},
)

STORIES["stampede_injured_die_the_same_day"] = (
    [
        _d(
            "sd1",
            "2037-05-01",
            "Stampede at stadium in Accra",
            "ACCRA — A stampede at a football stadium in Accra on Sunday killed four people and injured 12, police said.",
            "West Wire",
        ),
        _d(
            "sd2",
            "2037-05-01",
            "Accra stampede toll rises to 6",
            "A stampede at a football stadium in Accra on Sunday killed six people, police said. Two of the injured "
            "died in hospital on Sunday evening, police said, and ten people remain injured.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (6, 6)), ("injured", "people"): ("evolving", (10, 10))},
)

STORIES["factory_blast_injured_fall_unexplained"] = (
    [
        _d(
            "fx1",
            "2037-09-04",
            "Blast at Tema chemical plant",
            "TEMA — An explosion at a chemical plant in Tema on Friday killed three people and injured 30, the fire service said.",
            "Coast Post",
        ),
        _d(
            "fx2",
            "2037-09-05",
            "Tema plant blast toll rises to 5",
            "The toll from Friday's explosion at a chemical plant in Tema rose to five on Saturday after two of the "
            "injured died, the fire service said. Ten people were injured, the fire service said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("conflicting", None)},
)

STORIES["train_crash_injured_lowered"] = (
    [
        _d(
            "tc1",
            "2037-10-02",
            "Train derails near Kosice",
            "KOSICE — A passenger train derailed near Kosice on Friday, injuring 30 people, police said.",
            "Central Post",
        ),
        _d(
            "tc2",
            "2037-10-03",
            "Kosice derailment injured 24",
            "Twenty-four people were injured when a passenger train derailed near Kosice on Friday, police said on Saturday.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("conflicting", None)},
)

STORIES["hospital_strike_army_counts_gunmen_only"] = (
    [
        _d(
            "hp1",
            "2037-06-03",
            "Strike hits Rafah hospital",
            "RAFAH — An air strike hit a hospital in Rafah on Tuesday, killing 22 people, the health ministry said.",
            "Levant Wire",
        ),
        _d(
            "hp2",
            "2037-06-03",
            "Army: strike on Rafah hospital killed gunmen",
            "The army said its strike on the hospital in Rafah on Tuesday killed four gunmen and no civilians.",
            "Gulf Daily",
        ),
    ],
    {("killed", "people"): ("conflicting", None), ("killed", "civilians"): ("consistent", (0, 0))},
)

STORIES["hospital_strike_fighters_against_civilians"] = (
    [
        _d(
            "hf1",
            "2037-06-03",
            "Army says strike on Beit Hanoun hospital killed fighters",
            "BEIT HANOUN — An air strike on a hospital in Beit Hanoun on Tuesday killed three fighters and no civilians "
            "were killed, the army said.",
            "Levant Wire",
        ),
        _d(
            "hf2",
            "2037-06-03",
            "Ministry: 31 civilians killed in hospital strike",
            "The health ministry said 31 civilians were killed in Tuesday's air strike on the hospital in Beit Hanoun.",
            "Gulf Daily",
        ),
    ],
    {
        ("killed", "civilians"): ("conflicting", None),
        ("killed", "fighters"): ("consistent", (3, 3)),
    },
)

STORIES["market_shelling_militia_leader_next_day"] = (
    [
        _d(
            "mk1",
            "2037-04-10",
            "Air strike kills 6 in Marib",
            "MARIB — An air strike on a village near Marib killed six people on Thursday, the provincial health office said.",
            "Gulf Daily",
        ),
        _d(
            "mk2",
            "2037-04-11",
            "Militia says 19 died in Marib strike",
            "A local militia leader, Abdullah al-Qadi, said on Friday that 19 people were killed in Thursday's air "
            "strike on the village near Marib.",
            "Sahel Times",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["village_strike_militia_commander_named_first"] = (
    [
        _d(
            "vc1",
            "2037-07-16",
            "Air strike kills 9 near Saada",
            "SAADA — An air strike on a village near Saada killed nine people on Thursday, the provincial health office said.",
            "Gulf Daily",
        ),
        _d(
            "vc2",
            "2037-07-17",
            "Saada strike killed 30, militia says",
            "Ali Hamid, a local militia commander, said on Friday that 30 people were killed in Thursday's air strike "
            "on the village near Saada.",
            "Sahel Times",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["market_shelling_council_member_next_day"] = (
    [
        _d(
            "mc1",
            "2037-04-10",
            "Air strike kills 6 in Marib",
            "MARIB — An air strike on a village near Marib killed six people on Thursday, the provincial health office said.",
            "Gulf Daily",
        ),
        _d(
            "mc2",
            "2037-04-11",
            "Marib strike toll 19",
            "A local council member, Abdullah al-Qadi, said on Friday that 19 people were killed in Thursday's air "
            "strike on the village near Marib.",
            "Sahel Times",
        ),
    ],
    {("killed", "people"): ("evolving", (19, 19))},
)

STORIES["market_bombing_rebel_spokesman_next_day"] = (
    [
        _d(
            "rb1",
            "2037-04-10",
            "Bombing of Mekele market kills 11",
            "MEKELE — An air strike hit a market in Mekele on Monday, killing 11 people, a regional health official said.",
            "Horn Wire",
        ),
        _d(
            "rb2",
            "2037-04-11",
            "Rebels put Mekele toll at 40",
            "Rebel spokesman Getachew Reda said on Tuesday that 40 people were killed in Monday's air strike on the Mekele market.",
            "Sahel Times",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["base_rockets_range_and_at_least"] = (
    [
        _d(
            "br1",
            "2037-02-02",
            "Rockets hit base near Erbil",
            "ERBIL — Between 17 and 40 rockets were fired at a base near Erbil on Sunday, officials said.",
            "Kurd Post",
        ),
        _d(
            "br2",
            "2037-02-02",
            "Erbil base attacked",
            "At least 20 rockets were fired at the base near Erbil on Sunday, the coalition said.",
            "Metro Wire",
        ),
    ],
    {("launched", "munition"): ("consistent", (20, 40))},
)

STORIES["ferry_dozens_and_31"] = (
    [
        _d(
            "fd1",
            "2037-08-02",
            "Ferry capsizes on Lake Kivu",
            "GOMA — A ferry capsized on Lake Kivu near Goma on Sunday, killing dozens of people, local officials said.",
            "Great Lakes Wire",
        ),
        _d(
            "fd2",
            "2037-08-03",
            "Kivu ferry toll 31",
            "Thirty-one people were killed when a ferry capsized on Lake Kivu near Goma on Sunday, the provincial governor said.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("consistent", (31, 31))},
)

STORIES["flood_rose_to_12_then_12"] = (
    [
        _d(
            "fr1",
            "2037-09-01",
            "Flood kills 8 in Sylhet",
            "SYLHET — Floods killed eight people in Sylhet on Sunday, officials said.",
            "Bengal Post",
        ),
        _d(
            "fr2",
            "2037-09-02",
            "Sylhet flood toll rises to 12",
            "The death toll from Sunday's floods in Sylhet rose to 12 on Monday, officials said.",
            "Metro Wire",
        ),
        _d(
            "fr3",
            "2037-09-02",
            "12 dead in Sylhet floods",
            "Twelve people have died in the floods in Sylhet that began on Sunday, the disaster ministry said.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("evolving", (12, 12))},
)

STORIES["shipwreck_range_at_least_and_dozens"] = (
    [
        _d(
            "sw1",
            "2037-08-02",
            "Boat capsizes near Lampedusa",
            "A migrant boat capsized near Lampedusa on Sunday; between 17 and 40 people are feared dead, the coast guard said.",
            "Med Wire",
        ),
        _d(
            "sw2",
            "2037-08-02",
            "Lampedusa shipwreck",
            "At least 20 people died when a migrant boat capsized near Lampedusa on Sunday, the UN refugee agency said.",
            "Metro Wire",
        ),
        _d(
            "sw3",
            "2037-08-03",
            "Dozens dead in Lampedusa shipwreck",
            "Dozens of migrants died when their boat capsized near Lampedusa on Sunday, aid groups said.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("consistent", (24, 40))},
)

STORIES["quake_toll_and_injured_climb"] = (
    [
        _d(
            "qk1",
            "2037-02-06",
            "Quake hits Malatya",
            "MALATYA — A strong earthquake struck Malatya on Monday, killing 14 people and injuring 150, the disaster agency said.",
            "Anatolia Wire",
        ),
        _d(
            "qk2",
            "2037-02-07",
            "Malatya quake toll climbs",
            "The death toll from Monday's earthquake in Malatya climbed to 41 on Tuesday and 420 people were injured, "
            "the disaster agency said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (41, 41)), ("injured", "people"): ("evolving", (420, 420))},
)

STORIES["ferry_sinks_missing_found_dead"] = (
    [
        _d(
            "fs1",
            "2037-06-10",
            "Ferry sinks off Zanzibar",
            "ZANZIBAR — A ferry carrying 200 passengers sank off Zanzibar on Saturday; 12 people died and 40 are missing, "
            "police said.",
            "Coast Post",
        ),
        _d(
            "fs2",
            "2037-06-11",
            "Zanzibar ferry toll rises to 25",
            "The toll from Saturday's ferry sinking off Zanzibar rose to 25 on Sunday as divers recovered more bodies, "
            "police said. 27 people are still missing.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (25, 25)), ("missing", "people"): ("evolving", (27, 27))},
)

STORIES["car_bomb_hospital_lower_same_day"] = (
    [
        _d(
            "cb1",
            "2037-03-10",
            "Car bomb in Mogadishu",
            "MOGADISHU — A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing at least 20 people, police said.",
            "Horn Wire",
        ),
        _d(
            "cb2",
            "2037-03-10",
            "Mogadishu car bomb",
            "Hospital officials said 15 people were killed in the car bomb near a checkpoint in Mogadishu on Saturday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["drone_attack_on_base_agrees"] = (
    [
        _d(
            "da1",
            "2037-01-20",
            "Drone attack on base in Syria",
            "A drone attack on a US base in northeastern Syria on Saturday wounded four American troops, a US official said.",
            "Wire A",
        ),
        _d(
            "da2",
            "2037-01-21",
            "Militia claims base attack",
            "The Islamic Resistance in Iraq said its fighters launched five drones at the US base in northeastern Syria "
            "on Saturday. The Pentagon said no troops were killed and four were wounded.",
            "Wire B",
        ),
    ],
    {("injured", "us"): ("consistent", (4, 4)), ("killed", "us"): ("consistent", (0, 0))},
)

STORIES["bombing_soldiers_and_civilians_no_zero"] = (
    [
        _d(
            "bs1",
            "2037-04-05",
            "Bombing at Kabul checkpoint",
            "KABUL — A suicide bomber struck a checkpoint in Kabul on Friday, killing three soldiers and two civilians, "
            "the interior ministry said.",
            "Asia Wire",
        ),
        _d(
            "bs2",
            "2037-04-05",
            "Kabul checkpoint bombing kills 5",
            "Five people were killed in a suicide bombing at a checkpoint in Kabul on Friday, police said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (5, 5))},
)


#: Stories expected to fail, with the reason (strict: a pass removes the entry).
_XFAIL: dict[str, str] = {}


def _report(name: str) -> cr.Report:
    return cr.reconcile(STORIES[name][0])


@pytest.mark.parametrize("name", [story_param(n, _XFAIL) for n in sorted(STORIES)])
def test_each_story_gets_the_desk_editors_verdict(name: str) -> None:
    docs, expected = STORIES[name]

    report = cr.reconcile(docs)

    check_verdicts(report, expected)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_every_count_of_the_event_stays_in_a_finding(name: str) -> None:
    check_no_count_lost(_report(name))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_same_reports_give_the_same_bytes(name: str) -> None:
    check_order_independent(STORIES[name][0])


def test_more_bodies_a_day_after_a_toll_add_to_it() -> None:
    """
    Nine dead on Monday and "three more bodies" on Tuesday: at least 12, the nine an
    early figure. Before: "three more" read as at least three, consistent with nine.
    """
    report = _report("landslide_more_bodies_next_day")

    finding = finding_of(report)

    assert finding.verdict == "evolving"
    assert estimate_of(report) == (12, 12, None)
    assert "added to 9 told earlier" in _explained(report, "ls2:c2")
    flags = flags_of(report)
    assert "superseded" in flags["ls1:c1"]
    assert "superseded" not in flags["ls2:c2"]


def test_more_bodies_the_same_day_stay_at_least_their_number() -> None:
    """'Three more bodies' with the nine told the same day: no earlier day to add to."""
    docs, _ = STORIES["landslide_more_bodies_next_day"]
    same_day = [docs[0], _d("ls3", "2037-05-12", docs[1].title, docs[1].text, "Daily Ledger")]

    report = cr.reconcile(same_day)

    assert finding_of(report).verdict == "consistent"
    assert estimate_of(report) == (9, 9, 9)


def test_more_bodies_after_a_disputed_day_add_to_nothing() -> None:
    """Nine (officials) against 30 (witnesses) the first day: 'three more' has no toll to add to."""
    disputed = (
        "KANDY — A landslide buried houses near Kandy on Monday, killing nine people, the "
        "disaster centre said. Residents said more than 30 people had died."
    )
    docs, _ = STORIES["landslide_more_bodies_next_day"]
    story = [_d("ld1", "2037-05-12", docs[0].title, disputed, "Island Post"), docs[1]]

    report = cr.reconcile(story)

    assert "added to" not in finding_of(report).explanation
    assert finding_of(report).verdict == "conflicting"


def test_injured_who_died_leave_the_injured_count_as_the_story_moves_on() -> None:
    """
    12 injured, then "rose to six after two of the injured died ... ten injured": the
    fall of two is the two deaths, so the injured evolve to ten. Before: a dispute.
    """
    report = _report("stampede_injured_die_in_hospital")

    finding = finding_of(report, "injured")

    assert finding.verdict == "evolving"
    assert not finding.conflicts
    assert (
        "12 (police, st1) → 10 (police, st2) (injured who died left the count)"
        in finding.explanation
    )
    assert estimate_of(report, "injured") == (10, 10, 10)
    assert "superseded" in flags_of(report)["st1:c2"]
    assert not any("contested" in f for f in flags_of(report).values())


def test_injured_who_died_the_same_day_leave_the_count_too() -> None:
    """
    Police's 12 injured and, in another report that day, "two of the injured died ...
    ten remain injured": ten stands. Before: the same-day 12 superseded the ten.
    """
    report = _report("stampede_injured_die_the_same_day")

    flags = flags_of(report)

    assert estimate_of(report, "injured") == (10, 10, 10)
    assert "superseded" in flags["sd1:c2"]
    assert "superseded" not in flags["sd2:c4"]


def test_injured_falling_more_than_the_deaths_explain_stay_disputed() -> None:
    """30 injured, two of them dead, then ten injured: 18 are unaccounted for, a dispute."""
    report = _report("factory_blast_injured_fall_unexplained")

    finding = finding_of(report, "injured")

    assert finding.verdict == "conflicting"
    assert {"fx1:c2", "fx2:c4"} <= set(finding.conflicts[0])


def test_fighters_and_no_civilians_are_the_armys_whole_toll() -> None:
    """
    "Four gunmen and no civilians" (the army) beside the ministry's 22 people: the army
    says four people died, which disputes the 22; the best figure stays the count of
    people, the army's four the low end. Before: the people slot held the 22 alone.
    """
    report = _report("hospital_strike_army_counts_gunmen_only")

    finding = finding_of(report)

    assert finding.verdict == "conflicting"
    assert "The army" in finding.explanation
    assert "the health ministry" in finding.explanation
    assert "contested" in flags_of(report)["hp2:c2"]
    assert estimate_of(report)[:2] == (4, 22)


def test_no_civilians_is_a_zero_that_disputes_the_ministrys_civilians() -> None:
    """'Three fighters and no civilians were killed' is 0 civilians against the ministry's 31."""
    report = _report("hospital_strike_fighters_against_civilians")

    finding = finding_of(report, "killed", "civilians")

    zero = next(c for c in report.claims if c.id == "hf1:c2")
    assert isinstance(zero, CountClaim)
    assert (zero.quantity.lower, zero.quantity.upper) == (0, 0)
    assert finding.verdict == "conflicting"
    assert "0 (the army, hf1) < 31 (The health ministry, hf2)" in finding.explanation


def test_groups_told_without_a_zero_stay_a_floor_of_the_people() -> None:
    """'Three soldiers and two civilians' is five people: consistent with 'five people'."""
    report = _report("bombing_soldiers_and_civilians_no_zero")

    finding = finding_of(report)

    assert finding.verdict == "consistent"
    assert "whole toll" not in finding.explanation


@pytest.mark.parametrize(
    ("name", "estimate"),
    [
        ("market_shelling_militia_leader_next_day", (6, 6, 19)),
        ("market_bombing_rebel_spokesman_next_day", (11, 11, 40)),
        ("village_strike_militia_commander_named_first", (9, 9, 30)),
    ],
)
def test_an_armed_groups_higher_toll_a_day_later_disputes_the_official_one(
    name: str, estimate: tuple[int, int, int | None]
) -> None:
    """
    A militia leader's or a rebel spokesman's 19 the day after the health office's six:
    a side of a dispute (as residents' figure is), not an update; the official figure is
    the best, the partisan one the high end. Before: the named militia leader's figure
    superseded the six.
    """
    report = _report(name)

    finding = finding_of(report)

    assert finding.verdict == "conflicting"
    assert not any("superseded" in f for f in flags_of(report).values())
    assert estimate_of(report) == estimate


def test_a_council_members_higher_toll_a_day_later_updates_it() -> None:
    """The same words from a local council member (no armed group): the toll moved on."""
    report = _report("market_shelling_council_member_next_day")

    assert finding_of(report).verdict == "evolving"
    assert estimate_of(report) == (19, 19, 19)


def test_a_toll_that_rose_to_12_and_another_outlets_12_evolve_once() -> None:
    """8, then 'rose to 12' and another outlet's 12: one change, the two 12s agree."""
    report = _report("flood_rose_to_12_then_12")

    finding = finding_of(report)

    assert finding.verdict == "evolving"
    superseded = {cid for cid, f in flags_of(report).items() if "superseded" in f}
    assert superseded == {"fr1:c1", "fr1:c2"}
    assert {old for old, _ in finding.arithmetic.raised} == superseded
    assert estimate_of(report) == (12, 12, 12)


def test_a_range_an_at_least_and_dozens_meet_where_all_allow() -> None:
    """'Between 17 and 40', 'at least 20' and 'dozens' (24-99): consistent, 24 to 40."""
    report = _report("shipwreck_range_at_least_and_dozens")

    finding = finding_of(report)

    assert finding.verdict == "consistent"
    assert finding.consensus is not None
    assert (finding.consensus.low, finding.consensus.high) == (24, 40)
    assert estimate_of(report) == (24, 24, 40)


def test_dozens_beside_31_agree_on_31() -> None:
    """'Dozens' (24-99) and 31: 31, corroborated by two origins."""
    report = _report("ferry_dozens_and_31")

    assert estimate_of(report) == (31, 31, 31)
    assert all("corroborated" in f for f in flags_of(report).values())


def _explained(report: cr.Report, claim_id: str) -> str:
    """The note of the claim's term in its finding's arithmetic, searched in its tree."""
    for f in report.findings:
        if claim_id in f.claims and f.arithmetic.consensus is not None:
            return _notes(f.arithmetic.consensus, claim_id)
    return ""


def _notes(term: object, claim_id: str) -> str:
    claims = getattr(term, "claims", ())
    if claim_id in claims and getattr(term, "note", ""):
        return str(getattr(term, "note", ""))
    for t in getattr(term, "terms", ()):
        if found := _notes(t, claim_id):
            return found
    return ""
