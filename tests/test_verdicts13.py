"""
Verdicts, round 13: findings a desk editor would sign on any story.

Every report below is invented for these tests (places are real, incidents, outlets
and people are not). Each story is one to three reports of one incident (earthquake,
bus crash, car bomb, tornado, attacks on villages, market blasts, base attacks, hospital
tolls, ambushes, ferry sinkings, floods, factory fires), resolved through
``claimrec.reconcile`` on documents (the user's path). The rules they pin: two figures
of one day from two sources are a change when the higher one's report says the count
rose ("the number of injured has risen"); a village self-defence militia, vigilantes or
village guards reporting an attack by gunmen are no party to it; a party's figure that
another side denies in its report is contested even where that side gives no count;
and the conventions already held (open lower bounds meet later figures, a party's claim
against an independent toll disputes it and is never the best figure).
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

_MAYOR = _d(
    "qa1",
    "2038-03-04",
    "Earthquake shakes Izmir",
    "IZMIR — An earthquake shook Izmir on Tuesday morning, injuring 21 people, the city's mayor said.",
    "Aegean Post",
)

STORIES["quake_number_of_injured_has_risen"] = (
    [
        _MAYOR,
        _d(
            "qa2",
            "2038-03-04",
            "Izmir quake injured rises to 34",
            "The number of injured in Tuesday's earthquake in Izmir has risen to 34, the emergency service "
            "said in the evening.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("evolving", (34, 34))},
)

STORIES["quake_headline_says_injured_rose"] = (
    [
        _MAYOR,
        _d(
            "qb2",
            "2038-03-04",
            "Izmir quake injured rises to 34",
            "Thirty-four people were injured in Tuesday's earthquake in Izmir, the emergency service said "
            "in the evening.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("evolving", (34, 34))},
)

STORIES["quake_injured_risen_the_sentence_before"] = (
    [
        _MAYOR,
        _d(
            "qc2",
            "2038-03-04",
            "Izmir quake update",
            "The number of injured in Tuesday's earthquake in Izmir has risen. Thirty-four people were hurt, "
            "the emergency service said in the evening.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("evolving", (34, 34))},
)

STORIES["quake_injured_climbed_the_sentence_after"] = (
    [
        _MAYOR,
        _d(
            "qd2",
            "2038-03-04",
            "Izmir quake update",
            "The emergency service said in the evening that 34 people were injured in Tuesday's earthquake "
            "in Izmir. The number of injured has climbed through the day as rescuers reached collapsed "
            "buildings.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("evolving", (34, 34))},
)

STORIES["quake_injured_now_known"] = (
    [
        _MAYOR,
        _d(
            "qe2",
            "2038-03-04",
            "Izmir quake update",
            "Thirty-four people are now known to have been injured in Tuesday's earthquake in Izmir, the "
            "emergency service said in the evening.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("evolving", (34, 34))},
)

STORIES["quake_two_sources_no_word_of_a_rise"] = (
    [
        _MAYOR,
        _d(
            "qf2",
            "2038-03-04",
            "Izmir quake injures 34",
            "Thirty-four people were injured in Tuesday's earthquake in Izmir, the emergency service said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("conflicting", None)},
)

STORIES["quake_residents_reject_the_official_toll"] = (
    [
        _d(
            "qr1",
            "2038-03-04",
            "Earthquake shakes Erzincan",
            "ERZINCAN — An earthquake struck Erzincan on Tuesday morning, killing 21 people, the governor said.",
            "Aegean Post",
        ),
        _d(
            "qr2",
            "2038-03-04",
            "Erzincan residents dispute toll",
            "The death toll in Tuesday's earthquake in Erzincan has risen to 34, said residents, who rejected "
            "the official toll.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["bus_crash_injured_climbed_to"] = (
    [
        _d(
            "bc1",
            "2038-02-10",
            "Bus overturns near Cusco",
            "CUSCO — A bus overturned on a mountain road near Cusco on Sunday, injuring 15 passengers, the "
            "regional governor said.",
            "Andes Daily",
        ),
        _d(
            "bc2",
            "2038-02-10",
            "Cusco bus crash: 26 hurt",
            "The number of people injured when a bus overturned near Cusco on Sunday climbed to 26, the "
            "health directorate said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("evolving", (26, 26))},
)

STORIES["factory_fire_toll_climbs_same_day"] = (
    [
        _d(
            "ff1",
            "2038-04-17",
            "Fire at Dhaka garment factory",
            "DHAKA — A fire at a garment factory in Dhaka on Wednesday killed six workers, the fire service said.",
            "Bengal Post",
        ),
        _d(
            "ff2",
            "2038-04-17",
            "Dhaka factory fire toll climbs to 11",
            "The death toll from Wednesday's fire at a garment factory in Dhaka climbed to 11, a police "
            "official said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (11, 11))},
)

STORIES["car_bomb_at_least_12_then_19"] = (
    [
        _d(
            "ab1",
            "2038-04-01",
            "Car bomb kills at least 12 in Mogadishu",
            "MOGADISHU — A car bomb exploded at a checkpoint in Mogadishu on Monday, killing at least 12 "
            "people, police said.",
            "Horn Wire",
        ),
        _d(
            "ab2",
            "2038-04-02",
            "Mogadishu car bomb killed 19",
            "Nineteen people were killed in Monday's car bombing at a checkpoint in Mogadishu, police said on Tuesday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (19, 19))},
)

STORIES["tornado_at_least_8_then_at_least_14"] = (
    [
        _d(
            "tt1",
            "2038-05-06",
            "Tornado kills at least 8 in Joplin",
            "JOPLIN — A tornado tore through Joplin on Tuesday, killing at least eight people, the governor said.",
            "Plains Post",
        ),
        _d(
            "tt2",
            "2038-05-07",
            "Joplin tornado toll at least 14",
            "The tornado that struck Joplin on Tuesday killed at least 14 people, the governor said on Wednesday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (14, None))},
)

STORIES["flood_at_least_30_likely_to_rise_then_45"] = (
    [
        _d(
            "fe1",
            "2038-07-20",
            "Floods kill at least 30 in Sylhet",
            "SYLHET — Floods in Sylhet killed at least 30 people on Monday, officials said, warning that the "
            "toll was likely to rise.",
            "Bengal Post",
        ),
        _d(
            "fe2",
            "2038-07-21",
            "Sylhet floods toll 45",
            "The floods in Sylhet on Monday killed 45 people, the disaster ministry said on Tuesday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (45, 45))},
)

STORIES["flood_at_least_30_preliminary_count_then_45"] = (
    [
        _d(
            "fg1",
            "2038-07-20",
            "Floods kill at least 30 in Sylhet",
            "SYLHET — Floods in Sylhet killed at least 30 people on Monday, according to a preliminary "
            "count by officials.",
            "Bengal Post",
        ),
        _d(
            "fg2",
            "2038-07-21",
            "Sylhet floods toll 45",
            "The floods in Sylhet on Monday killed 45 people, the disaster ministry said on Tuesday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (45, 45))},
)

STORIES["quake_more_than_1000_then_rose_to_2400"] = (
    [
        _d(
            "qm1",
            "2038-11-08",
            "Earthquake kills more than 1,000 in Herat",
            "HERAT — An earthquake struck Herat province on Saturday, killing more than 1,000 people, officials said.",
            "Asia Wire",
        ),
        _d(
            "qm2",
            "2038-11-09",
            "Herat quake toll rises to 2,400",
            "The death toll from Saturday's earthquake in Herat province rose to 2,400, the disaster ministry "
            "said on Sunday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (2400, 2400))},
)

STORIES["village_self_defence_leader_named_first"] = (
    [
        _d(
            "sd1",
            "2038-06-11",
            "Bandits kill 11 in Zamfara village",
            "GUSAU — Gunmen attacked a village in Zamfara state on Thursday, killing 11 people, police said.",
            "Sahel Times",
        ),
        _d(
            "sd2",
            "2038-06-12",
            "Zamfara attack toll 23",
            "Musa Bello, a local self-defence militia leader, said on Friday that 23 people were killed when "
            "gunmen attacked the village in Zamfara state on Thursday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (23, 23))},
)

STORIES["village_self_defense_commander_named_after"] = (
    [
        _d(
            "sb1",
            "2038-06-11",
            "Gunmen kill 8 in Ituri village",
            "BUNIA — Gunmen attacked a village in Ituri province on Thursday, killing eight people, the army said.",
            "Lakes Wire",
        ),
        _d(
            "sb2",
            "2038-06-12",
            "Ituri attack toll 17",
            "A village self-defense militia commander, Jean Dhetchuvi, said on Friday that 17 people were "
            "killed when gunmen attacked the village in Ituri province on Thursday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (17, 17))},
)

STORIES["village_guards_chief"] = (
    [
        _d(
            "vq1",
            "2038-06-11",
            "Gunmen kill 8 in Tillaberi",
            "NIAMEY — Gunmen attacked a village near Tillaberi on Thursday, killing eight people, the interior "
            "ministry said.",
            "Lakes Wire",
        ),
        _d(
            "vq2",
            "2038-06-12",
            "Tillaberi attack toll 17",
            "The chief of the village guards, Issa Maiga, said on Friday that 17 people were killed when "
            "gunmen attacked the village near Tillaberi on Thursday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (17, 17))},
)

STORIES["vigilante_commander"] = (
    [
        _d(
            "nw1",
            "2038-06-11",
            "Gunmen kill 7 in Jos",
            "JOS — Gunmen attacked a village near Jos on Sunday, killing seven people, police said.",
            "Sahel Times",
        ),
        _d(
            "nw2",
            "2038-06-12",
            "Jos attack: 16 dead",
            "Danjuma Pam, a local vigilante commander, said on Monday that 16 people were killed when gunmen "
            "attacked the village near Jos on Sunday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (16, 16))},
)

STORIES["rebel_militia_commander_still_a_party"] = (
    [
        _d(
            "mp1",
            "2038-04-10",
            "Air strike kills 6 near Idlib",
            "IDLIB — An air strike on a village near Idlib killed six people on Thursday, the civil defence said.",
            "Gulf Daily",
        ),
        _d(
            "mp2",
            "2038-04-11",
            "Idlib strike toll 19",
            "Ahmed Saleh, a rebel militia commander, said on Friday that 19 people were killed in Thursday's "
            "air strike on the village near Idlib.",
            "Sahel Times",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["market_blast_more_than_70_and_112_treated_wounded"] = (
    [
        _d(
            "bw1",
            "2038-07-02",
            "Market blast in Peshawar",
            "PESHAWAR — A bomb exploded in a crowded market in Peshawar on Friday, killing 9 people and "
            "wounding more than 70, police said.",
            "Frontier Post",
        ),
        _d(
            "bw2",
            "2038-07-02",
            "Peshawar hospital treats 112",
            "Doctors at Lady Reading Hospital treated 112 wounded people after Friday's bomb blast in a "
            "market in Peshawar, a hospital spokesman said.",
            "Metro Wire",
        ),
    ],
    {
        ("injured", "people"): ("consistent", (112, None)),
        ("killed", "people"): ("consistent", (9, 9)),
    },
)

STORIES["market_blast_civilians_and_people_wounded"] = (
    [
        _d(
            "cp1",
            "2038-07-02",
            "Blast in Kano market",
            "KANO — A bomb exploded in a crowded market in Kano on Friday, wounding more than 70 civilians, "
            "police said.",
            "Frontier Post",
        ),
        _d(
            "cp2",
            "2038-07-02",
            "Kano blast",
            "Doctors at the Murtala hospital said 112 people were wounded in Friday's blast at the market in Kano.",
            "Metro Wire",
        ),
    ],
    {("injured", "civilians"): ("consistent", (112, 112))},
)

STORIES["market_blast_more_than_70_wounded_and_112_treated"] = (
    [
        _d(
            "tw1",
            "2038-07-02",
            "Blast in Kano market",
            "KANO — A bomb exploded in a crowded market in Kano on Friday, wounding more than 70 people, police said.",
            "Frontier Post",
        ),
        _d(
            "tw2",
            "2038-07-02",
            "Kano blast",
            "The Murtala hospital treated 112 people after Friday's blast at the market in Kano, a hospital "
            "spokesman said.",
            "Metro Wire",
        ),
    ],
    {
        ("injured", "people"): ("consistent", (71, None)),
        ("treated", "people"): ("consistent", (112, None)),
    },
)

STORIES["base_attack_militants_claim_100_soldiers"] = (
    [
        _d(
            "mc1",
            "2038-08-03",
            "Militants attack army base in Menaka",
            "MENAKA — Militants attacked an army base in Menaka on Saturday, killing 12 soldiers, the army said.",
            "Sahel Times",
        ),
        _d(
            "mc2",
            "2038-08-03",
            "Jihadists claim 100 dead in Menaka",
            "The Islamic State Sahel Province said in a statement on Saturday that its fighters killed 100 "
            "soldiers in the attack on the army base in Menaka.",
            "Metro Wire",
        ),
    ],
    {("killed", "soldiers"): ("conflicting", None)},
)

STORIES["ambush_rebels_claim_army_denies_the_claim"] = (
    [
        _d(
            "pe1",
            "2038-08-06",
            "Rebels claim 30 soldiers killed in Kidal ambush",
            "KIDAL — The rebel Azawad Liberation Front said on Tuesday it killed 30 soldiers in an ambush "
            "near Kidal. The army denied the claim.",
            "Sahel Times",
        ),
    ],
    {("killed", "soldiers"): ("consistent", (30, 30))},
)

STORIES["ambush_rebels_claim_army_denies_losses"] = (
    [
        _d(
            "pd1",
            "2038-08-06",
            "Rebels claim 30 soldiers killed in Kidal ambush",
            "KIDAL — Rebels said on Tuesday they killed 30 soldiers in an ambush near Kidal. The army denied "
            "losing any soldiers.",
            "Sahel Times",
        ),
    ],
    {("killed", "soldiers"): ("consistent", (30, 30))},
)

STORIES["ambush_rebels_claim_army_says_none"] = (
    [
        _d(
            "pf1",
            "2038-08-06",
            "Rebels claim 30 soldiers killed in Kidal ambush",
            "KIDAL — The rebel Azawad Liberation Front said on Tuesday it killed 30 soldiers in an ambush near Kidal.",
            "Sahel Times",
        ),
        _d(
            "pf2",
            "2038-08-06",
            "Army denies losses in Kidal",
            "The army said no soldiers were killed in Tuesday's ambush near Kidal.",
            "Metro Wire",
        ),
    ],
    {("killed", "soldiers"): ("conflicting", None)},
)

STORIES["ambush_rebels_claim_alone"] = (
    [
        _d(
            "pg1",
            "2038-08-06",
            "Rebels claim 30 soldiers killed in Kidal ambush",
            "KIDAL — The rebel Azawad Liberation Front said on Tuesday it killed 30 soldiers in an ambush near Kidal.",
            "Sahel Times",
        ),
    ],
    {("killed", "soldiers"): ("consistent", (30, 30))},
)

STORIES["ambush_claim_a_rival_denies_responsibility"] = (
    [
        _d(
            "dr1",
            "2038-08-06",
            "Group claims Kidal ambush",
            "KIDAL — The rebel Azawad Liberation Front said on Tuesday it killed 30 soldiers in an ambush near "
            "Kidal. A rival group denied responsibility for the attack.",
            "Sahel Times",
        ),
    ],
    {("killed", "soldiers"): ("consistent", (30, 30))},
)

STORIES["hospital_blast_ministry_and_intelligence_range"] = (
    [
        _d(
            "hd1",
            "2038-09-01",
            "Blast at Khan Younis hospital",
            "KHAN YOUNIS — An explosion at a hospital in Khan Younis on Wednesday killed 300 people, the health "
            "ministry said.",
            "Levant Wire",
        ),
        _d(
            "hd2",
            "2038-09-02",
            "Intelligence estimate lower",
            "US intelligence estimated that between 50 and 80 people were killed in Wednesday's explosion at "
            "the hospital in Khan Younis, officials said on Thursday.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["bar_shooting_police_and_hospital_agree"] = (
    [
        _d(
            "sh1",
            "2038-10-04",
            "Four killed in Memphis shooting",
            "MEMPHIS — A gunman opened fire at a bar in Memphis on Saturday, killing four people and injuring "
            "six, police said.",
            "River Post",
        ),
        _d(
            "sh2",
            "2038-10-04",
            "Memphis bar shooting",
            "Four people were killed and six injured in a shooting at a bar in Memphis on Saturday, a hospital "
            "spokeswoman said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (4, 4)), ("injured", "people"): ("consistent", (6, 6))},
)

STORIES["base_drone_strike_injured_rose_next_day"] = (
    [
        _d(
            "bd1",
            "2038-01-29",
            "Drone strike on base in Jordan",
            "AMMAN — A drone struck a US base in northeast Jordan on Sunday, killing three US soldiers and "
            "injuring 25, the Pentagon said.",
            "Desert Wire",
        ),
        _d(
            "bd2",
            "2038-01-30",
            "More troops hurt in Jordan strike",
            "The number of US troops injured in Sunday's drone strike on the base in northeast Jordan rose to "
            "34, the Pentagon said on Monday.",
            "Metro Wire",
        ),
    ],
    {("injured", "us"): ("evolving", (34, 34)), ("killed", "us"): ("consistent", (3, 3))},
)

STORIES["ferry_missing_fall_as_people_are_found"] = (
    [
        _d(
            "fm1",
            "2038-03-14",
            "Ferry sinks off Zanzibar",
            "ZANZIBAR — A ferry sank off Zanzibar on Friday, killing 12 people, with 40 missing, the police said.",
            "Coast Post",
        ),
        _d(
            "fm2",
            "2038-03-15",
            "Zanzibar ferry: 25 still missing",
            "Rescuers found more survivors of Friday's ferry sinking off Zanzibar, and 25 people remain "
            "missing, the police said on Saturday.",
            "Metro Wire",
        ),
    ],
    {("missing", "people"): ("evolving", (25, 25)), ("killed", "people"): ("consistent", (12, 12))},
)

STORIES["roadside_bomb_police_and_civilians_add_up"] = (
    [
        _d(
            "sg1",
            "2038-02-20",
            "Bomb kills 5 in Kirkuk",
            "KIRKUK — A roadside bomb killed two policemen and three civilians in Kirkuk on Monday, a security "
            "source said.",
            "Gulf Daily",
        ),
        _d(
            "sg2",
            "2038-02-20",
            "Kirkuk bombing kills five",
            "Five people were killed by a roadside bomb in Kirkuk on Monday, the provincial health office said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (5, 5))},
)

STORIES["village_strike_army_80_militants_against_officials_25"] = (
    [
        _d(
            "av1",
            "2038-05-22",
            "Army says 80 militants killed",
            "MIRANSHAH — The army said on Sunday its troops killed 80 militants in an air strike on a village "
            "in North Waziristan.",
            "Frontier Post",
        ),
        _d(
            "av2",
            "2038-05-22",
            "Strike kills 25",
            "An air strike on a village in North Waziristan on Sunday killed 25 people, local officials said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)


STORIES["army_operation_80_militants_alone"] = (
    [
        _d(
            "at1",
            "2038-08-05",
            "Army says it killed 80 militants",
            "MAIDUGURI — The army said on Monday its troops killed 80 terrorists in an operation near Maiduguri.",
            "Sahel Times",
        ),
    ],
    {("killed", "fighters"): ("consistent", (80, 80))},
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


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (
            "quake_number_of_injured_has_risen",
            "number of injured in Tuesday's earthquake in Izmir has risen",
        ),
        ("quake_headline_says_injured_rose", "injured rises to"),
        (
            "quake_injured_risen_the_sentence_before",
            "number of injured in Tuesday's earthquake in Izmir has risen",
        ),
        ("quake_injured_climbed_the_sentence_after", "number of injured has climbed"),
        ("quake_injured_now_known", "are now"),
    ],
)
def test_a_later_report_saying_the_injured_rose_raises_another_officials_figure(
    name: str, words: str
) -> None:
    """
    The mayor's 21 injured in the morning and the emergency service's 34 that evening,
    whose report says the number of injured rose (in the headline, the figure's sentence
    or the one before or after it, or "are now known" in the figure's own words): the 21
    was early, and the finding quotes the words that say so. Before: two sources of one day with no word beside the figures, a dispute
    (but for "has risen to 34", whose words sit before the figure).
    """
    report = _report(name)

    finding = finding_of(report, "injured")

    assert finding.verdict == "evolving"
    assert "superseded" in flags_of(report)["qa1:c1"]
    assert estimate_of(report, "injured") == (34, 34, 34)
    if name != "quake_number_of_injured_has_risen":
        assert f"(its report: “{words}”)" in finding.explanation


def test_two_officials_of_one_day_with_no_word_of_a_rise_dispute() -> None:
    """The same two figures and sources, with no word that the count rose: a dispute."""
    report = _report("quake_two_sources_no_word_of_a_rise")

    finding = finding_of(report, "injured")

    assert finding.verdict == "conflicting"
    assert "its report" not in finding.explanation


def test_a_rise_of_the_injured_does_not_raise_the_dead() -> None:
    """A report saying the number of injured rose says nothing of the dead: 5 and 7 dispute."""
    docs = [
        _d(
            "mx1",
            "2038-03-04",
            "Quake hits Van",
            "VAN — An earthquake struck Van on Tuesday, killing five people, the governor said.",
            "Aegean Post",
        ),
        _d(
            "mx2",
            "2038-03-04",
            "Van quake update",
            "Seven people were killed in Tuesday's earthquake in Van, the disaster agency said. The number "
            "of injured has risen through the day.",
            "Metro Wire",
        ),
    ]

    report = cr.reconcile(docs)

    assert finding_of(report).verdict == "conflicting"


def test_each_report_saying_its_count_rose_leaves_the_two_in_dispute() -> None:
    """Both reports of the day say the toll rose, to 9 and to 12: neither tells the other early."""
    docs = [
        _d(
            "tw1",
            "2038-04-17",
            "Dhaka fire toll rises",
            "Nine people were killed in Wednesday's fire at a garment factory in Dhaka, the fire service "
            "said, as the death toll rose.",
            "Bengal Post",
        ),
        _d(
            "tw2",
            "2038-04-17",
            "Dhaka fire toll rises",
            "Twelve people were killed in Wednesday's fire at a garment factory in Dhaka, a police official "
            "said, as the death toll rose.",
            "Metro Wire",
        ),
    ]

    report = cr.reconcile(docs)

    assert finding_of(report).verdict == "conflicting"


@pytest.mark.parametrize(
    "name",
    [
        "village_self_defence_leader_named_first",
        "village_self_defense_commander_named_after",
        "village_guards_chief",
        "vigilante_commander",
    ],
)
def test_village_guards_reporting_an_attack_by_gunmen_are_no_party(name: str) -> None:
    """
    A self-defence militia leader, a vigilante commander or the chief of the village
    guards counting the dead of an attack by gunmen a day after the police: the toll
    moved on (as a council member's does), the earlier figure superseded. Before: a
    self-defence "militia leader" read as an armed group's voice, a dispute.
    """
    report = _report(name)

    finding = finding_of(report)

    assert finding.verdict == "evolving"
    early = {c.id for c in report.claims if c.document.endswith("1") and isinstance(c, CountClaim)}
    assert all("superseded" in flags_of(report)[cid] for cid in early)
    assert not any("contested" in f for f in flags_of(report).values())
    assert finding.consensus is not None
    assert estimate_of(report)[1] == finding.consensus.low


def test_a_rebel_militia_commanders_higher_toll_still_disputes() -> None:
    """A rebel militia commander's 19 against the civil defence's six stays a dispute, six the best."""
    report = _report("rebel_militia_commander_still_a_party")

    assert finding_of(report).verdict == "conflicting"
    assert estimate_of(report) == (6, 6, 19)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("ambush_rebels_claim_army_denies_the_claim", "denied the claim"),
        ("ambush_rebels_claim_army_denies_losses", "denied losing"),
    ],
)
def test_a_partys_claim_another_side_denies_is_contested(name: str, words: str) -> None:
    """
    "The rebels said they killed 30 soldiers. The army denied the claim.": no count from
    the army, yet the 30 is a claim in dispute: contested, the finding quoting the denial.
    Before: single_source only, as if nobody had disputed it.
    """
    report = _report(name)

    finding = finding_of(report, group="soldiers")

    party = [
        c for c in report.claims if isinstance(c, CountClaim) and c.attribution.kind == "party"
    ]
    assert party
    assert all("contested" in c.flags and "single_source" in c.flags for c in party)
    assert f"“{words}”" in finding.explanation
    assert "a party's figure denied in its report" in finding.explanation


def test_a_partys_claim_alone_is_single_source_not_contested() -> None:
    """The rebels' 30 with nobody denying it: single_source, nothing contested."""
    report = _report("ambush_rebels_claim_alone")

    flags = flags_of(report)

    assert all("single_source" in f for f in flags.values())
    assert not any("contested" in f for f in flags.values())


def test_a_rival_denying_responsibility_does_not_contest_the_count() -> None:
    """ "A rival group denied responsibility": a denial of the act's author, not of the 30."""
    report = _report("ambush_claim_a_rival_denies_responsibility")

    assert not any("contested" in f for f in flags_of(report).values())


def test_a_partys_claim_against_the_armys_count_is_never_the_best() -> None:
    """The militants' 100 soldiers against the army's 12: a dispute, 12 the best, 100 the high end."""
    report = _report("base_attack_militants_claim_100_soldiers")

    finding = finding_of(report, group="soldiers")

    assert finding.verdict == "conflicting"
    assert estimate_of(report) == (12, 12, 100)
    assert "12 (the army, mc1) < 100 (The Islamic State Sahel Province, mc2)" in finding.explanation


def test_at_least_12_and_a_later_19_meet_and_the_finding_shows_both() -> None:
    """'At least 12' is open above: the next day's 19 agrees with it, and the finding names both."""
    report = _report("car_bomb_at_least_12_then_19")

    finding = finding_of(report)

    assert finding.verdict == "consistent"
    assert "≥ 12 (police, ab1)" in finding.explanation
    assert "19 (police, ab2)" in finding.explanation
    assert not any("superseded" in f for f in flags_of(report).values())


def test_more_than_70_wounded_and_112_treated_wounded_meet_in_one_slot() -> None:
    """'Wounding more than 70' and 'treated 112 wounded people': one finding of the injured, at least 112."""
    report = _report("market_blast_more_than_70_and_112_treated_wounded")

    finding = finding_of(report, "injured")

    assert {"bw1:c2", "bw2:c3"} <= set(finding.claims)
    assert "≥ 71 (police, bw1) ∩ ≥ 112 (a hospital spokesman, bw2)" in finding.explanation


@pytest.mark.parametrize(
    "name",
    ["flood_at_least_30_likely_to_rise_then_45", "flood_at_least_30_preliminary_count_then_45"],
)
def test_an_open_floor_called_early_is_raised_by_the_next_days_toll(name: str) -> None:
    """
    "At least 30, according to a preliminary count" (or "warning that the toll was likely
    to rise") and the ministry's 45 the next day: the figures meet, but the first was
    explicitly early, so the toll moved: evolving, the 30 (and its report's retelling)
    superseded, both shown. Before: consistent, nothing superseded.
    """
    report = _report(name)

    finding = finding_of(report)

    assert finding.verdict == "evolving"
    flags = flags_of(report)
    early = [cid for cid in flags if cid.endswith(("1:c1", "1:c2"))]
    assert early
    assert all("superseded" in flags[cid] for cid in early)
    assert "at least 30 (officials" in finding.explanation
    assert "→ 45 (the disaster ministry" in finding.explanation
    assert estimate_of(report) == (45, 45, 45)


def test_an_open_floor_not_called_early_stays_consistent_with_a_later_figure() -> None:
    """'At least eight', then 'at least 14' the next day: both open, consistent, at least 14."""
    report = _report("tornado_at_least_8_then_at_least_14")

    finding = finding_of(report)

    assert finding.verdict == "consistent"
    assert not any("superseded" in f for f in flags_of(report).values())
    assert estimate_of(report) == (14, 14, None)


def test_an_armys_count_of_the_militants_its_troops_killed_is_never_the_best() -> None:
    """
    "The army said its troops killed 80 militants" beside local officials' 25 dead: the
    army speaks as the side that struck, and those militants are the victims of its
    strike, so its 80 is at least 80 people against the officials' 25 (conflicting), and
    never the best: 25, with no high end (the army's account allows 80 or more). Before:
    two consistent slots and 80 the low and best figure, as if it were a count.
    """
    report = _report("village_strike_army_80_militants_against_officials_25")

    (estimates,) = report.estimates_by_event.values()

    finding = finding_of(report)
    assert finding.verdict == "conflicting"
    assert "25 (local officials, av2) < at least 80 (The army, av1)" in finding.explanation
    assert estimate_of(report) == (25, 25, None)
    assert "a party's own count of those it killed never the best" in estimates["killed"].rule


def test_an_armys_count_alone_is_single_source_and_its_own_estimate() -> None:
    """The army's 80 militants with nothing beside it: single_source, and the estimate is 80."""
    report = _report("army_operation_80_militants_alone")

    flags = flags_of(report)

    assert all("single_source" in f for f in flags.values())
    assert not any("contested" in f for f in flags.values())
    assert estimate_of(report) == (80, 80, 80)


def test_words_of_a_rise_set_against_the_official_toll_are_a_dispute() -> None:
    """
    "Has risen to 34, said residents, who rejected the official toll": the words of an
    update, but the sentence sets its figure against the governor's 21, so the two
    dispute and nothing is superseded. Before: evolving, the governor's 21 superseded.
    """
    report = _report("quake_residents_reject_the_official_toll")

    finding = finding_of(report)

    assert finding.verdict == "conflicting"
    assert not any("superseded" in f for f in flags_of(report).values())


def test_people_treated_with_no_word_of_wounds_stay_a_count_of_the_treated() -> None:
    """
    "Wounding more than 70" and a hospital that "treated 112 people": treated is its own
    measure (some treated may be in shock), so the 112 does not raise the injured; it
    meets them only when its words say the people were wounded ("treated 112 wounded people").
    """
    report = _report("market_blast_more_than_70_wounded_and_112_treated")

    injured = finding_of(report, "injured")

    assert "tw2:c1" not in injured.claims
    assert estimate_of(report, "injured") == (71, 71, None)
