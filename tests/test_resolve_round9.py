"""
Verdicts, round 9: counts by province, outliers beside a rising toll, overlaps, and wire copy.

Every report below is invented for these tests (places, outlets, people included). Each
story is two to five reports of one incident, resolved through ``claimrec.reconcile`` on
documents (the user's path), and the verdict per measure and group is what a careful desk
editor gives: a count of one province or district told without "alone" beside a national
toll is some of it, not a rival whole; a toll that rises over days from several sources
evolves, while one voice far from all the rest (an armed group, a local official) disputes
it; "more than 100" and "about 90" miss each other, "dozens" and "at least 30" meet; the
children among the dead are some of the total; a
preliminary count gives way to a final one; a range meets the points inside it; the
counts of two hospitals one report names add up; a ceiling is no count that lags an
estimate; and one wire figure repeated by five outlets is one claim-giver, not five
agreeing voices.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.model import CountClaim, Term
from verdict_stories import (
    Expected,
    check_no_count_lost,
    check_order_independent,
    check_verdicts,
    document,
)

_d = document


STORIES: dict[str, tuple[list[cr.Document], Expected]] = {}

STORIES["province_count_beside_national_toll"] = (
    [
        _d(
            "pv1",
            "2035-08-13",
            "Monsoon floods kill 120 across Keshavar",
            "KESHAVAR CITY — Monsoon floods have killed 120 people across Keshavar since "
            "Friday, the national disaster management agency said on Monday.",
            "South Asia Wire",
        ),
        _d(
            "pv2",
            "2035-08-13",
            "Floods hit Rumal province hardest",
            "RUMAL — In Rumal province, 40 people died in the monsoon floods that struck "
            "Keshavar on Friday, the provincial relief commissioner said on Monday.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("consistent", (120, 120))},
)

STORIES["district_count_in_the_national_report"] = (
    [
        _d(
            "dn1",
            "2035-09-02",
            "Floods kill 85 in Ostrava Plains",
            "Floods killed 85 people across the Ostrava Plains on Tuesday, the interior "
            "ministry said. In the district of Belun, 30 people died when a river burst "
            "its banks, district officials said.",
            "North Wire",
        ),
        _d(
            "dn2",
            "2035-09-02",
            "Ostrava Plains flood toll at 85",
            "The floods that hit the Ostrava Plains on Tuesday killed 85 people, the "
            "national emergency service said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (85, 85))},
)

STORIES["province_count_then_national_rises"] = (
    [
        _d(
            "pr1",
            "2035-10-07",
            "Earthquake kills 50 in Tavria",
            "TAVRIA — A powerful earthquake struck Tavria on Sunday, killing 50 people, the "
            "interior ministry said.",
            "Capital Courier",
        ),
        _d(
            "pr2",
            "2035-10-08",
            "Tavria quake toll rises to 130",
            "TAVRIA — The death toll from Sunday's earthquake in Tavria rose to 130 on "
            "Monday, the interior ministry said. In Gorsk province, 70 people died, the "
            "provincial governor said.",
            "Capital Courier",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["toll_rises_with_local_outlier"] = (
    [
        _d(
            "ro1",
            "2035-11-05",
            "Bombing at Sarvan market kills 12",
            "SARVAN — A bomb exploded in a crowded market in Sarvan on Monday, killing 12 "
            "people, police said.",
            "Levant Wire",
        ),
        _d(
            "ro2",
            "2035-11-06",
            "Sarvan bombing toll rises to 18",
            "SARVAN — The death toll from Monday's market bombing in Sarvan rose to 18 on "
            "Tuesday, the health ministry said.",
            "Levant Wire",
        ),
        _d(
            "ro3",
            "2035-11-06",
            "Local official says 80 died in Sarvan blast",
            "SARVAN — Eighty people were killed in Monday's market bombing in Sarvan, a "
            "district council member said on Tuesday.",
            "Frontline Wire",
        ),
        _d(
            "ro4",
            "2035-11-07",
            "Sarvan bombing toll reaches 23",
            "SARVAN — The death toll from Monday's market bombing in Sarvan reached 23 on "
            "Wednesday after five of the wounded died in hospital, the health ministry said.",
            "Capital Courier",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["army_toll_rises_group_claims_far_more"] = (
    [
        _d(
            "ag1",
            "2035-12-01",
            "Five soldiers killed in attack on Kazan outpost",
            "KAZAN — Militants attacked an army outpost near Kazan on Saturday, killing five "
            "soldiers, the army said.",
            "Capital Courier",
        ),
        _d(
            "ag2",
            "2035-12-02",
            "Kazan outpost attack toll rises to nine",
            "KAZAN — The number of soldiers killed in Saturday's attack on the army outpost "
            "near Kazan rose to nine, the army said on Sunday.",
            "Capital Courier",
        ),
        _d(
            "ag3",
            "2035-12-02",
            "Militants claim 50 soldiers killed at Kazan",
            "KAZAN — The Kazan Mujahideen Front said in a statement on Sunday that its "
            "fighters killed 50 soldiers in the attack on the army outpost near Kazan.",
            "Frontline Wire",
        ),
    ],
    {("killed", "soldiers"): ("conflicting", None)},
)

STORIES["more_than_100_vs_about_90_same_day"] = (
    [
        _d(
            "mt1",
            "2036-01-14",
            "More than 100 killed in Delvar landslide",
            "DELVAR — More than 100 people were killed when a landslide buried a village "
            "near Delvar on Tuesday, the regional governor said.",
            "Valley Post",
        ),
        _d(
            "mt2",
            "2036-01-14",
            "About 90 dead in Delvar landslide",
            "DELVAR — About 90 people died when a landslide buried a village near Delvar on "
            "Tuesday, the national rescue service said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["about_90_then_more_than_100"] = (
    [
        _d(
            "am1",
            "2036-02-04",
            "About 90 dead in Perin ferry sinking",
            "PERIN — About 90 people died when a ferry sank off Perin on Monday, the "
            "coast guard said.",
            "Valley Post",
        ),
        _d(
            "am2",
            "2036-02-06",
            "Perin ferry toll passes 100",
            "PERIN — The death toll from Monday's ferry sinking off Perin rose to more than "
            "100 on Wednesday as divers recovered more bodies, the coast guard said.",
            "Valley Post",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["more_than_100_beside_about_110"] = (
    [
        _d(
            "mb1",
            "2036-03-09",
            "More than 100 killed in Anvar cyclone",
            "ANVAR — A cyclone that struck the coast near Anvar on Sunday killed more than "
            "100 people, the disaster agency said.",
            "Valley Post",
        ),
        _d(
            "mb2",
            "2036-03-09",
            "Anvar cyclone kills about 110",
            "ANVAR — About 110 people were killed when a cyclone struck the coast near Anvar "
            "on Sunday, the interior ministry said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["dozens_beside_at_least_30"] = (
    [
        _d(
            "dz1",
            "2036-04-17",
            "Dozens killed in Harun bus station bombing",
            "HARUN — A suicide bomber struck a crowded bus station in Harun on Thursday, "
            "killing dozens of people, police said.",
            "Levant Wire",
        ),
        _d(
            "dz2",
            "2036-04-17",
            "At least 30 dead in Harun bombing",
            "HARUN — At least 30 people were killed when a suicide bomber struck a bus "
            "station in Harun on Thursday, the health ministry said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["children_among_the_dead"] = (
    [
        _d(
            "ch1",
            "2036-05-21",
            "School bus bombing kills 45 in Marak",
            "MARAK — A bomb struck a crowded street in Marak on Wednesday, killing 45 "
            "people, including 12 children, the provincial health department said.",
            "Levant Wire",
        ),
        _d(
            "ch2",
            "2036-05-21",
            "Marak bombing: 45 dead",
            "MARAK — Forty-five people were killed in Wednesday's bombing in Marak, the "
            "interior ministry said. Twelve children were among the dead, the ministry said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (45, 45))},
)

STORIES["children_count_beside_total_elsewhere"] = (
    [
        _d(
            "cb1",
            "2036-06-02",
            "Strike on Telun market kills 38",
            "TELUN — An air strike hit a market in Telun on Monday, killing 38 people, the "
            "district governor said.",
            "Levant Wire",
        ),
        _d(
            "cb2",
            "2036-06-02",
            "Children among Telun strike victims",
            "TELUN — At least nine children were killed in Monday's air strike on a market "
            "in Telun, the UN children's agency said.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (38, 38))},
)

STORIES["preliminary_then_final"] = (
    [
        _d(
            "pf1",
            "2036-07-08",
            "Preliminary toll of 14 in Ravna factory blast",
            "RAVNA — An explosion ripped through a chemical factory in Ravna on Tuesday, "
            "killing 14 workers according to a preliminary count, the fire service said.",
            "North Wire",
        ),
        _d(
            "pf2",
            "2036-07-09",
            "Ravna factory blast toll at 19",
            "RAVNA — Nineteen workers were killed in Tuesday's explosion at the chemical "
            "factory in Ravna, the fire service said on Wednesday in its final count.",
            "North Wire",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["initial_reports_then_officials_same_day"] = (
    [
        _d(
            "ir1",
            "2036-08-12",
            "Eight killed in Sorel mine collapse",
            "SOREL — Eight miners were killed when a coal mine collapsed near Sorel on "
            "Tuesday, the mining ministry said. Initial reports had put the toll at six.",
            "North Wire",
        ),
        _d(
            "ir2",
            "2036-08-12",
            "Six dead in Sorel mine collapse",
            "SOREL — Six miners died when a coal mine collapsed near Sorel on Tuesday, "
            "according to initial reports.",
            "Valley Post",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["missing_become_dead"] = (
    [
        _d(
            "md1",
            "2036-09-15",
            "Twenty missing after Kolvan landslide",
            "KOLVAN — Three people were killed and 20 were missing after a landslide buried "
            "homes in the hill town of Kolvan on Monday, the district administration said.",
            "Valley Post",
        ),
        _d(
            "md2",
            "2036-09-17",
            "Kolvan landslide toll rises to 15",
            "KOLVAN — The death toll from Monday's landslide in Kolvan rose to 15 on "
            "Wednesday as rescuers recovered more bodies, and eight people were still "
            "missing, the district administration said.",
            "Valley Post",
        ),
    ],
    {("killed", "people"): ("evolving", None), ("missing", "people"): ("evolving", None)},
)

STORIES["range_beside_two_points_inside"] = (
    [
        _d(
            "rp1",
            "2036-10-04",
            "Between 30 and 40 killed in Nadir camp strike, UN says",
            "NADIR — Between 30 and 40 people were killed in an air strike on a displacement "
            "camp near Nadir on Saturday, the United Nations said.",
            "World Desk",
        ),
        _d(
            "rp2",
            "2036-10-04",
            "Strike on Nadir camp kills 36",
            "NADIR — An air strike on a displacement camp near Nadir on Saturday killed 36 "
            "people, the health ministry said.",
            "Levant Wire",
        ),
        _d(
            "rp3",
            "2036-10-04",
            "Nadir camp strike: 36 dead",
            "NADIR — Thirty-six people died in Saturday's air strike on a displacement camp "
            "near Nadir, the camp's director said.",
            "Capital Courier",
        ),
    ],
    {("killed", "people"): ("consistent", (36, 36))},
)

STORIES["range_beside_a_point_outside"] = (
    [
        _d(
            "ro5",
            "2036-11-10",
            "Between 30 and 40 killed in Sefa strike",
            "SEFA — Between 30 and 40 people were killed in an air strike on a market in "
            "Sefa on Monday, the United Nations said.",
            "World Desk",
        ),
        _d(
            "ro6",
            "2036-11-10",
            "Sefa strike kills 55, ministry says",
            "SEFA — Fifty-five people were killed in Monday's air strike on a market in "
            "Sefa, the health ministry said.",
            "Levant Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["two_hospitals_add_to_the_toll"] = (
    [
        _d(
            "th1",
            "2036-12-05",
            "Twenty-three wounded in Oskar rally bombing",
            "OSKAR — A bomb exploded at a political rally in Oskar on Friday, wounding 23 "
            "people, the health ministry said.",
            "Levant Wire",
        ),
        _d(
            "th2",
            "2036-12-05",
            "Oskar hospitals treat rally victims",
            "OSKAR — Central Hospital received 14 wounded from Friday's rally bombing in "
            "Oskar, its director said. St Anne's hospital took in nine wounded, a doctor "
            "there said.",
            "Capital Courier",
        ),
    ],
    {("injured", "people"): ("consistent", (23, 23))},
)

STORIES["wire_figure_in_five_outlets"] = (
    [
        _d(
            f"wf{n}",
            "2037-01-20",
            title,
            "MIRAN (AP) — A car bomb exploded outside a police station in Miran on Tuesday, "
            "killing 27 people, police said.",
            outlet,
        )
        for n, (title, outlet) in enumerate(
            [
                ("Car bomb kills 27 in Miran", "Capital Courier"),
                ("Miran police station bombing kills 27", "Valley Post"),
                ("27 dead in Miran car bomb", "North Wire"),
                ("Car bomb outside Miran police station", "Daily Ledger"),
                ("Miran attack toll 27", "World Desk"),
            ],
            start=1,
        )
    ]
    + [
        _d(
            "wf6",
            "2037-01-20",
            "Governor says 31 killed in Miran bombing",
            "MIRAN — Thirty-one people were killed in Tuesday's car bombing outside the "
            "police station in Miran, the provincial governor said.",
            "Levant Wire",
        )
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["attackers_toll_vs_government"] = (
    [
        _d(
            "at1",
            "2037-02-11",
            "Government says eight soldiers killed in Vostan base attack",
            "VOSTAN — Eight soldiers were killed when militants stormed an army base near "
            "Vostan on Wednesday, the defence ministry said.",
            "Capital Courier",
        ),
        _d(
            "at2",
            "2037-02-11",
            "Militants claim 60 killed in Vostan base raid",
            "VOSTAN — The Vostan Liberation Army said in a statement on Wednesday that its "
            "fighters killed 60 soldiers in the raid on the army base near Vostan.",
            "Frontline Wire",
        ),
    ],
    {("killed", "soldiers"): ("conflicting", None)},
)

STORIES["police_among_the_dead"] = (
    [
        _d(
            "pa1",
            "2037-03-03",
            "Bombing kills 25 in Tarik, including three policemen",
            "TARIK — A suicide bombing outside a court in Tarik on Tuesday killed 25 people, "
            "including three police officers, the interior ministry said.",
            "Levant Wire",
        ),
        _d(
            "pa2",
            "2037-03-03",
            "Three police among Tarik bombing dead",
            "TARIK — Three police officers were killed in Tuesday's suicide bombing outside "
            "the court in Tarik, the city's police chief said.",
            "Capital Courier",
        ),
    ],
    {("killed", "people"): ("consistent", (25, 25)), ("killed", "police"): ("consistent", (3, 3))},
)

STORIES["hospital_toll_vs_army_ceiling"] = (
    [
        _d(
            "hc1",
            "2037-04-14",
            "Health ministry says 500 killed in Amran hospital blast",
            "AMRAN — An explosion at a hospital in Amran on Tuesday killed 500 people, the "
            "health ministry said.",
            "Levant Wire",
        ),
        _d(
            "hc2",
            "2037-04-15",
            "Army says Amran hospital toll far lower",
            "AMRAN — The army said on Wednesday that no more than 50 people were killed in "
            "Tuesday's explosion at the hospital in Amran.",
            "World Desk",
        ),
        _d(
            "hc3",
            "2037-04-15",
            "Intelligence estimate puts Amran hospital toll at 100 to 300",
            "AMRAN — Between 100 and 300 people were killed in Tuesday's explosion at the "
            "hospital in Amran, a Western intelligence official said on Wednesday.",
            "Capital Courier",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["quake_rises_over_days_with_outlier"] = (
    [
        _d(
            "qo1",
            "2037-05-06",
            "Earthquake kills 300 in Hazar",
            "HAZAR — A powerful earthquake struck the mountainous Hazar region on Tuesday, "
            "killing 300 people, the national disaster agency said.",
            "World Desk",
        ),
        _d(
            "qo2",
            "2037-05-07",
            "Hazar quake toll rises to 1,200",
            "HAZAR — The death toll from Tuesday's earthquake in the Hazar region rose to "
            "1,200 on Wednesday, the national disaster agency said.",
            "World Desk",
        ),
        _d(
            "qo3",
            "2037-05-07",
            "Local official says 10,000 died in Hazar quake",
            "HAZAR — Ten thousand people died in Tuesday's earthquake in the Hazar region, "
            "a village mayor said on Wednesday.",
            "Valley Post",
        ),
        _d(
            "qo4",
            "2037-05-08",
            "Hazar quake toll climbs to 2,800",
            "HAZAR — The death toll from Tuesday's earthquake in the Hazar region climbed to "
            "2,800 on Thursday, the interior ministry said.",
            "Capital Courier",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["injured_preliminary_then_final"] = (
    [
        _d(
            "ip1",
            "2037-06-18",
            "Dozens hurt in Velta train crash",
            "VELTA — Two passenger trains collided near Velta on Wednesday, injuring 40 "
            "people according to preliminary figures, the railway operator said.",
            "North Wire",
        ),
        _d(
            "ip2",
            "2037-06-19",
            "Velta train crash: 62 injured",
            "VELTA — Sixty-two people were injured in Wednesday's collision of two passenger "
            "trains near Velta, the railway operator said on Thursday.",
            "North Wire",
        ),
    ],
    {("injured", "people"): ("evolving", None)},
)

STORIES["group_claims_wounded_base_says_few"] = (
    [
        _d(
            "gw1",
            "2037-07-22",
            "Militia says drone attack wounded dozens at Harir base",
            "HARIR — The Harir Resistance said on Telegram on Tuesday that its drones struck "
            "the coalition base at Harir, wounding dozens of soldiers.",
            "Frontline Wire",
        ),
        _d(
            "gw2",
            "2037-07-22",
            "Coalition says two soldiers lightly hurt at Harir",
            "HARIR — Two coalition soldiers suffered minor injuries in a drone attack on the "
            "base at Harir on Tuesday, a coalition spokesman said.",
            "World Desk",
        ),
    ],
    {("injured", "coalition"): ("conflicting", None)},
)

STORIES["two_provinces_and_national_next_day"] = (
    [
        _d(
            "tp1",
            "2037-08-09",
            "Storm kills dozens in two provinces",
            "ZELAN — In Arvan province, 22 people died when a storm hit the coast of Zelan on "
            "Sunday, the provincial governor said. In Besk province, 15 people were killed, "
            "local officials said.",
            "Valley Post",
        ),
        _d(
            "tp2",
            "2037-08-10",
            "Zelan storm toll at 41",
            "ZELAN — The storm that hit the coast of Zelan on Sunday killed 41 people, the "
            "national disaster agency said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (41, 41))},
)

STORIES["two_hospitals_exceed_the_ministry"] = (
    [
        _d(
            "hx1",
            "2038-04-01",
            "Twenty wounded in Oskar bombing",
            "OSKAR — A bomb exploded at a rally in Oskar on Friday, wounding 20 people, the "
            "health ministry said.",
            "Levant Wire",
        ),
        _d(
            "hx2",
            "2038-04-01",
            "Oskar hospitals treat wounded",
            "OSKAR — Central Hospital received 14 wounded from Friday's rally bombing in "
            "Oskar, its director said. St Anne's hospital took in 12 wounded, a doctor there "
            "said.",
            "Capital Courier",
        ),
    ],
    {("injured", "people"): ("conflicting", None)},
)


def _report(name: str) -> cr.Report:
    docs, _ = STORIES[name]
    return cr.reconcile(docs)


def _finding(report: cr.Report, measure: str, group: str) -> cr.Finding:
    (finding,) = (f for f in report.findings if (f.measure, f.group) == (measure, group))
    return finding


#: Stories expected to fail, with the reason (strict: a pass removes the entry).
_XFAIL: dict[str, str] = {}


def _story(name: str) -> object:
    reason = _XFAIL.get(name)
    if reason is None:
        return name
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize("name", [_story(n) for n in sorted(STORIES)])
def test_each_story_gets_the_desk_editors_verdict(name: str) -> None:
    docs, expected = STORIES[name]
    check_verdicts(cr.reconcile(docs), expected)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_every_count_of_the_event_stays_in_a_finding(name: str) -> None:
    check_no_count_lost(_report(name))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_same_reports_give_the_same_bytes(name: str) -> None:
    check_order_independent(STORIES[name][0])


def _notes(finding: cr.Finding) -> str:
    """Every note of the finding's arithmetic, one per line."""
    found: list[str] = []
    terms = [finding.arithmetic.consensus] if finding.arithmetic.consensus else []
    while terms:
        term = terms.pop()
        found.append(term.note)
        terms.extend(term.terms)
    return "\n".join(found)


def _one_event(docs: list[cr.Document]) -> cr.Finding:
    report = cr.reconcile(docs)
    (finding,) = (f for f in report.findings if f.measure == "killed")
    return finding


def test_a_province_count_beside_a_wider_toll_of_its_report_is_some_of_it() -> None:
    """
    "In the district of Belun, 30 people died" below the report's 85 across the plains:
    a part of the toll, not a rival whole. Before: 30 against 85, conflicting.
    """
    report = _report("district_count_in_the_national_report")

    finding = _finding(report, "killed", "people")

    assert finding.verdict == "consistent"
    assert "province or district" in _notes(finding)
    assert not any("contested" in c.flags for c in report.claims)


def test_a_province_count_is_not_superseded_by_the_national_toll() -> None:
    """The governor's 70 of Gorsk province told beside the toll that 'rose to 130'."""
    docs, _ = STORIES["province_count_then_national_rises"]
    report = cr.reconcile(docs[1:])

    seventies = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.low == 70]

    assert seventies
    assert not any("superseded" in c.flags for c in seventies)
    assert _finding(report, "killed", "people").verdict == "consistent"


def test_a_province_every_report_names_is_the_events_place() -> None:
    """Both reports tell the toll of Kessar province: 120 and 110 dispute."""
    docs = [
        _d(
            "kp1",
            "2037-09-01",
            "Floods in Kessar province",
            "KESSAR — In Kessar province, 120 people were killed by floods on Sunday, the "
            "governor said.",
            "North Wire",
        ),
        _d(
            "kp2",
            "2037-09-01",
            "Kessar province floods",
            "Floods killed 110 people in Kessar province on Sunday, the disaster agency said.",
            "World Desk",
        ),
    ]

    assert _one_event(docs).verdict == "conflicting"


def test_a_toll_told_in_a_later_clause_of_a_province_sentence_stays_whole() -> None:
    """
    "In Gorsk province, rescuers searched the rubble as the national toll rose to 130":
    the clause about the province counts nobody; the 130 is the toll, and disputes 90.
    """
    docs = [
        _d(
            "kc1",
            "2037-10-02",
            "Quake in Tavria",
            "TAVRIA — An earthquake struck Tavria on Sunday, killing 90 people, the interior "
            "ministry said.",
            "Capital Courier",
        ),
        _d(
            "kc2",
            "2037-10-02",
            "Rescuers search rubble in Tavria",
            "TAVRIA — In Gorsk province, rescuers searched the rubble of homes on Sunday as "
            "the toll from the earthquake in Tavria rose to 130, the Red Crescent said.",
            "Valley Post",
        ),
    ]

    report = cr.reconcile(docs)

    whole = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.low == 130]
    assert whole
    finding = _finding(report, "killed", "people")
    assert "province or district" not in _notes(finding)


def test_a_long_province_opening_reads_in_linear_time() -> None:
    """A hostile sentence of many words before 'province' is read, not backtracked over."""
    text = "In " + "north " * 4000 + "Gorsk province, 70 people died, officials said."
    docs = [_d("hx1", "2037-11-01", "Storm", text, "North Wire")]

    report = cr.reconcile(docs)

    assert report.findings


def _ids(term: Term | None) -> set[str]:
    """Every claim id under a term."""
    found: set[str] = set()
    terms = [term] if term is not None else []
    while terms:
        t = terms.pop()
        found.update(t.claims)
        terms.extend(t.terms)
    return found


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_consensus_counts_every_claim_of_its_finding(name: str) -> None:
    """A consistent finding's arithmetic holds each of its claims, or says why it did not."""
    report = _report(name)

    for finding in report.findings:
        arithmetic = finding.arithmetic
        if finding.verdict != "consistent" or arithmetic is None:
            continue
        told = _ids(arithmetic.consensus) | {cid for cid, _ in arithmetic.set_aside}
        assert set(finding.claims) <= told, finding.explanation


def test_people_joined_as_civilians_meet_the_children_among_them() -> None:
    """
    "Killing 38 people" beside "at least nine children were killed": the 38 counted as
    civilians, the children some of them; the consensus is 38. Before: "at least 9",
    the 38 left out of the arithmetic.
    """
    report = _report("children_count_beside_total_elsewhere")

    (finding,) = report.findings

    assert finding.consensus is not None
    assert (finding.consensus.low, finding.consensus.high) == (38, 38)
    (estimates,) = report.estimates_by_event.values()
    assert (estimates["killed"].low, estimates["killed"].best) == (38, 38)


OUTLIER_ON_THE_LAST_DAY = [
    _d(
        "ol1",
        "2038-02-02",
        "Bombing at Tarvo market kills 12",
        "TARVO — A bomb exploded in a crowded market in Tarvo on Monday, killing 12 people, "
        "police said.",
        "Levant Wire",
    ),
    _d(
        "ol2",
        "2038-02-03",
        "Tarvo bombing toll rises to 18",
        "TARVO — The death toll from Monday's market bombing in Tarvo rose to 18 on "
        "Tuesday, the health ministry said.",
        "Capital Courier",
    ),
    _d(
        "ol3",
        "2038-02-04",
        "Tarvo bombing toll rises to 23",
        "TARVO — The death toll from Monday's market bombing in Tarvo rose to 23 on "
        "Wednesday, the health ministry said.",
        "Capital Courier",
    ),
    _d(
        "ol4",
        "2038-02-04",
        "Governor says 80 died in Tarvo bombing",
        "TARVO — Eighty people were killed in Monday's market bombing in Tarvo, district "
        "governor Amir Tal said on Wednesday.",
        "Frontline Wire",
    ),
]


def test_a_lone_figure_far_above_a_rising_toll_is_not_the_best() -> None:
    """
    The toll rose 12, 18, 23 from the police and the ministry; a district governor said
    80 the day of the 23: a dispute, and best is the toll the story follows, 23, not the
    bare figure far above it. Before: best 80 (equal support and rank, the higher won).
    """
    report = cr.reconcile(OUTLIER_ON_THE_LAST_DAY)

    assert _finding(report, "killed", "people").verdict == "conflicting"
    (estimates,) = report.estimates_by_event.values()
    assert (estimates["killed"].best, estimates["killed"].high) == (23, 80)


HEARSAY_HEADLINE = [
    _d(
        "hd1",
        "2038-01-03",
        "Bombing at Sarvan market kills 18",
        "SARVAN — A bomb exploded in a crowded market in Sarvan on Monday, killing 18 "
        "people, the health ministry said.",
        "Levant Wire",
    ),
    _d(
        "hd2",
        "2038-01-03",
        "80 killed in Sarvan market bombing",
        "SARVAN — Eighty people were killed in Monday's market bombing in Sarvan, according "
        "to unconfirmed reports.",
        "Frontline Wire",
    ),
]


def test_a_headline_over_unconfirmed_reports_is_their_voice_not_a_second_one() -> None:
    """
    "80 killed" over "according to unconfirmed reports": one hearsay origin, which the
    ministry's 18 outranks. Before: the headline counted as a second origin, best 80.
    """
    report = cr.reconcile(HEARSAY_HEADLINE)

    finding = _finding(report, "killed", "people")
    assert finding.verdict == "conflicting"
    (estimates,) = report.estimates_by_event.values()
    assert estimates["killed"].best == 18


def test_a_hedge_of_the_act_lends_no_origin_to_the_headline() -> None:
    """
    "allegedly shot five people" hedges the act, not the count: the headline's five
    keeps the reporter's own voice.
    """
    docs = [
        _d(
            "ha1",
            "2038-03-05",
            "Five people shot at Dorrel home",
            "DORREL — Tom Varga allegedly shot five people at his home in Dorrel on Sunday.",
            "Valley Post",
        ),
    ]

    report = cr.reconcile(docs)

    fives = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.low == 5]
    assert sorted(c.attribution.kind for c in fives) == ["none", "vague"]
    (finding,) = (f for f in report.findings if f.measure == "injured")
    assert len(finding.origins) == 2


def test_one_wire_figure_in_five_outlets_is_one_claim_giver() -> None:
    """
    Five outlets running one agency sentence ("killing 27 people, police said") are one
    origin: no claim of them corroborates another, and beside the governor's 31 the
    finding names two origins, not six.
    """
    docs, _ = STORIES["wire_figure_in_five_outlets"]

    alone = cr.reconcile(docs[:5])
    both = cr.reconcile(docs)

    (finding,) = alone.findings
    assert len(finding.origins) == 1
    assert not any("corroborated" in c.flags for c in alone.claims)
    assert all("single_source" in c.flags for c in alone.claims)
    assert len(_finding(both, "killed", "people").origins) == 2


def test_two_named_hospitals_of_one_report_add_up() -> None:
    """
    Central Hospital's 14 and St Anne's 12 are 26 people at least: the ministry's 20
    disputes them (before: each alone a lower bound, consistent 20), and the 14 and 9
    of another story meet the ministry's 23.
    """
    report = _report("two_hospitals_exceed_the_ministry")
    agree = _report("two_hospitals_add_to_the_toll")

    assert _finding(report, "injured", "people").verdict == "conflicting"
    finding = _finding(agree, "injured", "people")
    assert finding.verdict == "consistent"
    assert "several named hospitals" in _notes(finding)


def test_one_hospital_told_twice_is_not_added_to_itself() -> None:
    """'The hospital received 14 ... by evening the hospital had received 20': unnamed."""
    docs = [
        _d(
            "hy1",
            "2038-04-02",
            "Wounded brought to Oskar hospital",
            "OSKAR — The city hospital received 14 wounded from the rally bombing in Oskar on "
            "Friday, officials said. By evening the city hospital had received 20 wounded, "
            "officials said.",
            "Capital Courier",
        ),
        _d(
            "hy2",
            "2038-04-02",
            "Twenty-two wounded in Oskar bombing",
            "OSKAR — A bomb exploded at a rally in Oskar on Friday, wounding 22 people, the "
            "health ministry said.",
            "Levant Wire",
        ),
    ]

    report = cr.reconcile(docs)

    assert _finding(report, "injured", "people").verdict == "consistent"


def test_a_ceiling_below_an_estimate_disputes_it_and_is_no_count_so_far() -> None:
    """
    The army's "no more than 50" beside an intelligence estimate of 100 to 300 and the
    ministry's 500: a ceiling is no count that lags an estimate, so it disputes, and the
    estimate's low end is not 0. Before: read as "at least 0", best 0.
    """
    report = _report("hospital_toll_vs_army_ceiling")

    ceiling = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.upper == 50]
    assert ceiling
    assert all("contested" in c.flags for c in ceiling)
    (estimates,) = report.estimates_by_event.values()
    assert estimates["killed"].best > 0


def test_a_headline_over_a_province_count_is_some_of_the_wider_toll_too() -> None:
    """
    "Floods kill 40 in Rumal province" over "In Rumal province, 40 people died" beside
    the national 120: the headline reads as its body, a part. Before: 40 disputed 120.
    """
    docs = [
        _d(
            "hp1",
            "2038-12-01",
            "Floods kill 120 across Keshavar",
            "KESHAVAR CITY — Monsoon floods killed 120 people across Keshavar on Friday, the "
            "national disaster management agency said.",
            "World Desk",
        ),
        _d(
            "hp2",
            "2038-12-01",
            "Floods kill 40 in Rumal province",
            "RUMAL — In Rumal province, 40 people died in the floods that struck Keshavar on "
            "Friday, the provincial relief commissioner said.",
            "Daily Ledger",
        ),
    ]

    finding = _one_event(docs)

    assert finding.verdict == "consistent"
    assert finding.consensus is not None
    assert (finding.consensus.low, finding.consensus.high) == (120, 120)


def test_a_province_named_after_its_country_is_read_by_its_own_name() -> None:
    """ "In Keshavar's Rumal province, 120 died" beside "110 killed in Rumal province"."""
    docs = [
        _d(
            "kn1",
            "2039-07-01",
            "Floods in Rumal",
            "RUMAL — In Keshavar's Rumal province, 120 people were killed by floods on "
            "Sunday, the governor said.",
            "North Wire",
        ),
        _d(
            "kn2",
            "2039-07-01",
            "Rumal floods",
            "Floods killed 130 people in Rumal province on Sunday, the disaster agency said.",
            "World Desk",
        ),
    ]

    assert _one_event(docs).verdict == "conflicting"
