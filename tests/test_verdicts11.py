"""
Verdicts, round 11: findings that hold on disputed and evolving tolls.

Every report below is invented for these tests (places, outlets, people included). Each
story is one to three reports of one incident (flood, earthquake, factory fire, hospital
strike, bus crash, suicide bombing, mine collapse, drone strike on a base), resolved
through ``claimrec.reconcile`` on documents (the user's path); the verdict per measure and
group is what a careful desk editor gives under the project's conventions: only a toll
that rises evolves (a toll revised down is a dispute, whose best figure is the
correction); "12 new deaths", "another 12 bodies" and "four more" are increments, not
tolls; named groups of victims are some of a toll of people; and witnesses' higher
figure beside an official toll is one side of a dispute.
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
    story_param,
)
from verdict_stories import document as _d

STORIES: dict[str, tuple[list[cr.Document], Expected]] = {}

STORIES["ministry_revises_a_flood_toll_down"] = (
    [
        _d(
            "fd1",
            "2037-05-04",
            "Floods kill 60 in Sarvan province",
            "SARVAN — Flash floods swept through villages in Sarvan province on Saturday, killing 60 people, "
            "the health ministry said on Sunday.",
            "Coastal Times",
        ),
        _d(
            "fd2",
            "2037-05-05",
            "Sarvan flood toll revised down to 58",
            "The health ministry revised the death toll from Saturday's floods in Sarvan province down to 58 on Monday, "
            "saying two victims had been counted twice.",
            "Northern Post",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["quake_toll_lowered_after_double_counting"] = (
    [
        _d(
            "ql1",
            "2037-08-10",
            "Earthquake kills 212 in Keshan",
            "KESHAN — A magnitude 6.8 earthquake struck Keshan on Thursday, killing 212 people, "
            "the disaster management agency said on Friday.",
            "Caspian Wire",
        ),
        _d(
            "ql2",
            "2037-08-12",
            "Keshan quake toll lowered to 198",
            "The disaster management agency lowered the death toll from Thursday's earthquake in Keshan to 198 on Sunday "
            "after finding that some victims had been counted twice.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["mine_collapse_new_bodies_and_a_total"] = (
    [
        _d(
            "mc1",
            "2037-03-02",
            "Mine collapse in Tarvel kills 28",
            "TARVEL — A coal mine collapsed in Tarvel on Monday, killing 28 miners, the regional governor said on Tuesday.",
            "Mining Weekly",
        ),
        _d(
            "mc2",
            "2037-03-04",
            "Another 12 bodies recovered from Tarvel mine",
            "Rescuers recovered another 12 bodies from the collapsed coal mine in Tarvel on Wednesday, "
            "raising the death toll to 40, the regional governor said.",
            "Northern Post",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["flood_new_deaths_told_with_the_total"] = (
    [
        _d(
            "fn1",
            "2037-06-20",
            "Floods kill 30 in Dorran valley",
            "DORRAN — Floods in the Dorran valley have killed 30 people since Thursday, the civil protection agency said on Saturday.",
            "Coastal Times",
        ),
        _d(
            "fn2",
            "2037-06-21",
            "Dorran floods: 12 new deaths",
            "The civil protection agency reported 12 new deaths from the Dorran valley floods on Sunday, "
            "bringing the total to 42.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["four_more_bodies_then_the_toll"] = (
    [
        _d(
            "fb1",
            "2037-07-01",
            "Bus plunges into gorge near Halvik, killing 17",
            "HALVIK — A bus carrying pilgrims plunged into a gorge near Halvik on Tuesday, killing 17 passengers, police said.",
            "Frontier News",
        ),
        _d(
            "fb2",
            "2037-07-02",
            "Halvik bus crash toll climbs",
            "Divers recovered four more bodies from the river below the gorge near Halvik on Wednesday after Tuesday's bus crash, "
            "police said. The death toll now stands at 21.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["soldiers_and_civilians_against_a_people_toll"] = (
    [
        _d(
            "sc1",
            "2037-04-06",
            "Suicide bomber kills 5 soldiers, 3 civilians in Qadir",
            "QADIR — A suicide bomber blew himself up at a market in Qadir on Sunday, killing five soldiers and three civilians, "
            "the army said.",
            "Levant Wire",
        ),
        _d(
            "sc2",
            "2037-04-06",
            "Qadir market bombing kills eight",
            "Eight people were killed when a suicide bomber struck a market in Qadir on Sunday, the provincial police said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (8, 8))},
)

STORIES["soldiers_and_civilians_exceed_a_people_toll"] = (
    [
        _d(
            "sx1",
            "2037-04-16",
            "Suicide bomber kills 7 soldiers, 4 civilians in Beled",
            "BELED — A suicide bomber blew himself up at a checkpoint in Beled on Sunday, killing seven soldiers and four civilians, "
            "the army said.",
            "Levant Wire",
        ),
        _d(
            "sx2",
            "2037-04-16",
            "Beled checkpoint bombing kills six",
            "Six people were killed when a suicide bomber struck a checkpoint in Beled on Sunday, the provincial police said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["residents_say_more_than_the_army"] = (
    [
        _d(
            "ra1",
            "2037-09-03",
            "Army says 6 killed in Marwa drone strike",
            "MARWA — A drone strike on a village near Marwa on Tuesday killed six people, the army said. "
            "Residents said more than 20 people had died.",
            "Frontier News",
        ),
        _d(
            "ra2",
            "2037-09-04",
            "Marwa strike toll disputed",
            "Local officials in Marwa said on Wednesday that 23 people were killed in Tuesday's drone strike, "
            "most of them women and children.",
            "Levant Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["militants_claim_dozens_army_says_six"] = (
    [
        _d(
            "md1",
            "2037-10-11",
            "Militants attack army base in Surat",
            "SURAT — Militants attacked an army base near Surat on Monday, killing six soldiers, the army said.",
            "Frontier News",
        ),
        _d(
            "md2",
            "2037-10-11",
            "Militants claim dozens of soldiers killed in Surat base attack",
            "The Surat Liberation Front said in a statement that its fighters had killed dozens of soldiers "
            "in Monday's attack on the army base near Surat.",
            "Levant Wire",
        ),
    ],
    {("killed", "soldiers"): ("conflicting", None)},
)

STORIES["hospital_strike_toll_disputed"] = (
    [
        _d(
            "hs1",
            "2037-11-20",
            "Air strike hits hospital in Duma district",
            "DUMA — An air strike hit a hospital in the Duma district on Friday, killing 12 people, the health ministry said.",
            "Levant Wire",
        ),
        _d(
            "hs2",
            "2037-11-21",
            "Military says hospital strike killed 3 fighters",
            "The military said on Saturday that its strike on the hospital in the Duma district on Friday killed three fighters "
            "and no civilians.",
            "World Desk",
        ),
        _d(
            "hs3",
            "2037-11-21",
            "Doctors say 15 died in Duma hospital strike",
            "Doctors at the hospital in the Duma district said 15 people died in Friday's air strike, including four nurses.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["factory_fire_toll_rises"] = (
    [
        _d(
            "ff1",
            "2037-02-14",
            "Fire at Gaziri textile factory kills 9",
            "GAZIRI — A fire tore through a textile factory in Gaziri on Monday, killing nine workers, the fire service said.",
            "Daily Ledger",
        ),
        _d(
            "ff2",
            "2037-02-15",
            "Gaziri factory fire toll rises to 16",
            "The death toll from Monday's fire at a textile factory in Gaziri rose to 16 on Tuesday after seven injured workers "
            "died in hospital, the fire service said.",
            "Northern Post",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["drone_strike_on_a_base_wounds"] = (
    [
        _d(
            "db1",
            "2037-01-09",
            "Drone strike on Tal Hamra base wounds 4 US troops",
            "TAL HAMRA — A drone struck the Tal Hamra base in eastern Syria on Thursday, wounding four US service members, "
            "a US official said.",
            "Frontier News",
        ),
        _d(
            "db2",
            "2037-01-10",
            "Pentagon says 6 hurt in Tal Hamra drone attack",
            "Six US troops suffered minor injuries in Thursday's drone attack on the Tal Hamra base, the Pentagon said on Friday, "
            "raising its earlier count of four.",
            "World Desk",
        ),
    ],
    {("injured", "us"): ("evolving", (6, 6))},
)

STORIES["bus_crash_police_lower_their_toll"] = (
    [
        _d(
            "bc1",
            "2037-12-03",
            "Bus crash on Kerin highway kills 14",
            "KERIN — A bus collided with a truck on the Kerin highway on Wednesday, killing 14 people, police said.",
            "Frontier News",
        ),
        _d(
            "bc2",
            "2037-12-04",
            "Kerin bus crash toll corrected to 11",
            "Police corrected the death toll from Wednesday's bus crash on the Kerin highway to 11 on Thursday, "
            "saying three injured passengers had wrongly been listed as dead.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["army_and_residents_in_one_report"] = (
    [
        _d(
            "ar1",
            "2037-09-13",
            "Air strike hits village near Kalat",
            "KALAT — An air strike hit a village near Kalat on Saturday. The army said six people were killed. "
            "Residents said more than 20 people had died, most of them civilians.",
            "Frontier News",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["hospital_strike_military_says_fewer"] = (
    [
        _d(
            "hm1",
            "2037-11-24",
            "Strike on Duma hospital kills 12, ministry says",
            "DUMA — An air strike hit the main hospital in Duma on Friday, killing 12 people, the health ministry said.",
            "Levant Wire",
        ),
        _d(
            "hm2",
            "2037-11-24",
            "Military says Duma hospital strike killed three",
            "The military said its strike on the main hospital in Duma on Friday killed three people, all of them "
            "fighters, and accused the health ministry of inflating the toll.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["suicide_bombing_toll_rises_with_deaths_in_hospital"] = (
    [
        _d(
            "sb1",
            "2037-03-20",
            "Suicide bomber kills 23 at Harran mosque",
            "HARRAN — A suicide bomber blew himself up inside a mosque in Harran during Friday prayers, killing 23 worshippers, "
            "police said.",
            "Levant Wire",
        ),
        _d(
            "sb2",
            "2037-03-21",
            "Harran mosque bombing toll rises to 27",
            "Another four people wounded in Friday's suicide bombing at a mosque in Harran died in hospital on Saturday, "
            "raising the death toll to 27, police said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["mine_collapse_more_bodies_without_a_total"] = (
    [
        _d(
            "mm1",
            "2037-05-12",
            "Mine collapse kills 9 in Ostrava region",
            "OSTRAVA — A tunnel collapsed at a coal mine near Karvina on Monday, killing nine miners, the mine operator said.",
            "Central Post",
        ),
        _d(
            "mm2",
            "2037-05-13",
            "Rescuers find 3 more bodies at Karvina mine",
            "Rescuers found three more bodies at the coal mine near Karvina on Tuesday, the mine operator said.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("evolving", (12, None))},
)

STORIES["earthquake_toll_rises_then_is_revised_down"] = (
    [
        _d(
            "eq1",
            "2037-07-04",
            "Earthquake kills 85 in Van province",
            "VAN — A magnitude 6.9 earthquake struck Van province on Tuesday, killing 85 people, the disaster agency said.",
            "Caspian Wire",
        ),
        _d(
            "eq2",
            "2037-07-05",
            "Van quake toll rises to 140",
            "The death toll from Tuesday's earthquake in Van province rose to 140 on Wednesday, the disaster agency said.",
            "Daily Ledger",
        ),
        _d(
            "eq3",
            "2037-07-06",
            "Van quake toll revised down to 131",
            "The disaster agency revised the death toll from Tuesday's earthquake in Van province down to 131 on Thursday, "
            "saying some victims had been counted twice.",
            "Caspian Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)


#: Stories expected to fail, with the reason (strict: a pass removes the entry).
_XFAIL: dict[str, str] = {}


def _report(name: str) -> cr.Report:
    return cr.reconcile(STORIES[name][0])


def _killed(report: cr.Report, group: str = "people") -> cr.Finding:
    (finding,) = [f for f in report.findings if f.measure == "killed" and f.group == group]
    return finding


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


@pytest.mark.parametrize(
    ("name", "estimate"),
    [
        ("ministry_revises_a_flood_toll_down", (58, 58, 60)),
        ("quake_toll_lowered_after_double_counting", (198, 198, 212)),
        ("bus_crash_police_lower_their_toll", (11, 11, 14)),
        ("earthquake_toll_rises_then_is_revised_down", (131, 131, 140)),
    ],
)
def test_a_toll_revised_down_is_a_dispute_whose_best_figure_is_the_correction(
    name: str, estimate: tuple[int, int, int | None]
) -> None:
    """
    "Revised the toll down to 58": only a toll that rises evolves, so the first figure
    and the correction dispute; the correction is the best figure and the first the
    range's high end. Before: evolving, the first figure superseded.
    """
    report = _report(name)

    finding = _killed(report)

    assert finding.verdict == "conflicting"
    assert finding.consensus is None
    top = max(c.quantity.lower for c in report.claims if isinstance(c, CountClaim))
    highest = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.lower == top]
    assert all("contested" in c.flags and "superseded" not in c.flags for c in highest)
    assert estimate_of(report) == estimate


def test_a_toll_that_rose_before_it_was_revised_down_supersedes_only_the_first() -> None:
    """85, then 'rose to 140', then 'revised down to 131': the 85 is early, 140 and 131 dispute."""
    report = _report("earthquake_toll_rises_then_is_revised_down")

    flags = {c.id: c.flags for c in report.claims if isinstance(c, CountClaim)}

    assert "superseded" in flags["eq1:c2"]
    assert "contested" in flags["eq2:c2"]
    assert "superseded" not in flags["eq2:c2"]


def test_new_deaths_told_with_a_total_are_an_increment_not_an_early_toll() -> None:
    """
    "Dorran floods: 12 new deaths" over "12 new deaths ..., bringing the total to 42":
    the headline's 12 adds to a count, it is at least 12, not an early toll of 12 that
    the 42 raised. Before: the 12 read as a toll superseded by 42.
    """
    report = _report("flood_new_deaths_told_with_the_total")

    finding = _killed(report)

    assert finding.verdict == "evolving"
    assert "12 (reporter, fn2) →" not in finding.explanation
    headline = next(c for c in report.claims if c.id == "fn2:c1")
    assert "superseded" not in headline.flags
    assert estimate_of(report) == (42, 42, 42)


@pytest.mark.parametrize(
    ("name", "best"),
    [
        ("mine_collapse_new_bodies_and_a_total", 40),
        ("four_more_bodies_then_the_toll", 21),
        ("suicide_bombing_toll_rises_with_deaths_in_hospital", 27),
    ],
)
def test_another_or_more_bodies_beside_a_total_leave_the_total_best(name: str, best: int) -> None:
    """'Another 12 bodies ..., raising the toll to 40': the total is the toll, 12 a part of it."""
    report = _report(name)

    assert _killed(report).verdict == "evolving"
    assert estimate_of(report)[1] == best


def test_more_bodies_a_day_after_a_toll_add_to_it() -> None:
    """Nine miners dead on Monday and 'three more bodies' found on Tuesday: at least 12."""
    report = _report("mine_collapse_more_bodies_without_a_total")

    assert estimate_of(report)[1] >= 12


def test_named_groups_that_add_up_to_a_people_toll_agree_with_it() -> None:
    """
    "Five soldiers and three civilians" (the army) and "eight people" (the police): one
    figure, 8. Before: the people slot was never checked against the named groups.
    """
    docs, _ = STORIES["soldiers_and_civilians_against_a_people_toll"]
    loose = docs[1].text.replace("Eight people were", "At least six people were")
    docs_loose = [docs[0], cr.Document("sc3", loose, title="Qadir bombing", published="2037-04-06")]

    exact, at_least = _killed(cr.reconcile(docs)), _killed(cr.reconcile(docs_loose))

    assert exact.verdict == "consistent"
    assert exact.consensus is not None
    assert (exact.consensus.low, exact.consensus.high) == (8, 8)
    assert at_least.verdict == "consistent"
    assert at_least.consensus is not None
    assert at_least.consensus.low == 8  # "at least six" and 5 + 3: at least eight
    assert "soldiers 5 + civilians 3" in at_least.explanation


def test_named_groups_above_a_people_toll_dispute_it_and_are_flagged() -> None:
    """
    "Seven soldiers and four civilians" (the army) and "six people" (the police): at
    least 11 against 6, a dispute naming both sources. Before: both slots consistent.
    """
    report = _report("soldiers_and_civilians_exceed_a_people_toll")

    finding = _killed(report)

    assert finding.verdict == "conflicting"
    assert "the army" in finding.explanation
    assert "the provincial police" in finding.explanation
    flags = {c.id: c.flags for c in report.claims}
    assert "contested" in flags["sx1:c3"]
    assert "contested" in flags["sx1:c4"]
    assert _killed(report, "soldiers").verdict == "consistent"


def test_a_report_counting_people_beside_a_group_tells_them_apart() -> None:
    """
    'Two officers and one other person were hurt': the report's people are the others,
    so its officers are no floor of another report's three people (no dispute).
    """
    docs = [
        _d(
            "op1",
            "2037-06-02",
            "Two officers hurt in Lyle Street shooting",
            "Two police officers and one other person were wounded in a shooting on Lyle "
            "Street on Friday, police said.",
            "City Post",
        ),
        _d(
            "op2",
            "2037-06-02",
            "Three wounded in Lyle Street shooting",
            "Three people were wounded in a shooting on Lyle Street on Friday, police said.",
            "Metro Wire",
        ),
    ]

    report = cr.reconcile(docs)

    found = {f.group: f.verdict for f in report.findings if f.measure == "injured"}
    assert found["police"] == "consistent"
    assert found["people"] != "conflicting"


@pytest.mark.parametrize(
    "name", ["residents_say_more_than_the_army", "army_and_residents_in_one_report"]
)
def test_residents_higher_figure_disputes_the_armys(name: str) -> None:
    """
    "The army said six died. Residents said more than 20", and local officials' 23 a day
    later: the residents were a side of a dispute, so the 23 does not raise the army's
    six. Before: evolving, the army's figure superseded as an early one.
    """
    report = _report(name)

    finding = _killed(report)

    assert finding.verdict == "conflicting"
    assert "army" in finding.explanation
    assert not any("superseded" in c.flags for c in report.claims)


def test_a_partys_dozens_against_the_armys_six_is_a_dispute() -> None:
    """A militant group's 'dozens of soldiers' (24-99) and the army's six do not meet."""
    report = _report("militants_claim_dozens_army_says_six")

    finding = _killed(report, "soldiers")

    assert finding.verdict == "conflicting"
    assert estimate_of(report) == (6, 6, 99)


def test_a_base_strike_count_the_pentagon_raised_evolves() -> None:
    """Four US troops wounded, then six 'raising its earlier count of four': best six."""
    report = _report("drone_strike_on_a_base_wounds")

    assert estimate_of(report, "injured") == (6, 6, 6)
