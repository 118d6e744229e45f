"""
Verdicts, round 10: findings across genres (quakes, floods, fires, crashes, bombings, hospitals).

Every report below is invented for these tests (places, outlets, people included). Each
story is two to four reports of one incident, published on different days, resolved
through ``claimrec.reconcile`` on documents (the user's path); the verdict per measure and
group is what a careful desk editor gives.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from verdict_stories import (
    Expected,
    check_no_count_lost,
    check_order_independent,
    check_verdicts,
    document,
    story_param,
)

_d = document


STORIES: dict[str, tuple[list[cr.Document], Expected]] = {}

STORIES["quake_toll_rises_for_days"] = (
    [
        _d(
            "qr1",
            "2036-02-11",
            "Earthquake kills at least 40 in Merova",
            "MEROVA — A magnitude 7.1 earthquake struck northern Merova on Sunday, killing at "
            "least 40 people, the national disaster agency said on Monday.",
            "Caspian Wire",
        ),
        _d(
            "qr2",
            "2036-02-12",
            "Merova quake toll rises to 112",
            "The death toll from Sunday's earthquake in northern Merova rose to 112 on Tuesday "
            "as rescuers dug through collapsed homes, the disaster agency said.",
            "Daily Ledger",
        ),
        _d(
            "qr3",
            "2036-02-13",
            "Merova earthquake toll climbs to 260",
            "The death toll from the earthquake that hit northern Merova on Sunday climbed to "
            "260 on Wednesday, the interior minister told reporters.",
            "Caspian Wire",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["quake_toll_told_plainly_each_day"] = (
    [
        _d(
            "qp1",
            "2036-02-11",
            "Quake in Tobrin kills 35",
            "TOBRIN — The earthquake that struck Tobrin on Sunday killed 35 people, officials "
            "said on Monday.",
            "North Wire",
        ),
        _d(
            "qp2",
            "2036-02-12",
            "Tobrin earthquake: 90 dead",
            "The earthquake in Tobrin on Sunday killed 90 people, the emergency ministry said "
            "on Tuesday.",
            "World Desk",
        ),
        _d(
            "qp3",
            "2036-02-13",
            "Tobrin quake dead pass 150",
            "More than 150 people have died in the earthquake that struck Tobrin on Sunday, "
            "the emergency ministry said on Wednesday.",
            "North Wire",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["flood_missing_fall_as_bodies_found"] = (
    [
        _d(
            "fm1",
            "2036-02-11",
            "Flash floods in Vesna valley leave 20 missing",
            "VESNA — Flash floods swept through the Vesna valley on Sunday, killing six people, "
            "and 20 people were missing, the regional governor said on Monday.",
            "Alpine Post",
        ),
        _d(
            "fm2",
            "2036-02-12",
            "Vesna flood toll rises to 14, 12 still missing",
            "Rescuers recovered eight more bodies in the Vesna valley on Tuesday, bringing "
            "the death toll from Sunday's flash floods to 14, the regional governor said. "
            "Twelve people were still missing.",
            "Alpine Post",
        ),
    ],
    {("killed", "people"): ("evolving", None), ("missing", "people"): ("evolving", None)},
)

STORIES["fire_toll_revised_down"] = (
    [
        _d(
            "fd1",
            "2036-02-11",
            "Nightclub fire kills 31 in Pellan",
            "PELLAN — A fire tore through a nightclub in Pellan on Sunday night, killing 31 "
            "people, the city fire service said on Monday.",
            "Metro Times",
        ),
        _d(
            "fd2",
            "2036-02-12",
            "Pellan club fire toll revised down to 27",
            "The city fire service revised the death toll from Sunday's nightclub fire in "
            "Pellan down to 27 on Tuesday, saying four victims had been counted twice.",
            "Metro Times",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["fire_toll_not_as_first_reported"] = (
    [
        _d(
            "fn1",
            "2036-03-03",
            "Warehouse fire kills 12 in Dorrel",
            "DORREL — A fire at a warehouse in Dorrel on Sunday killed 12 workers, police "
            "said on Monday.",
            "River Gazette",
        ),
        _d(
            "fn2",
            "2036-03-04",
            "Dorrel warehouse fire: 10 dead",
            "Ten workers died in Sunday's warehouse fire in Dorrel, not 12 as first reported, "
            "police said on Tuesday.",
            "River Gazette",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["militants_claim_disputes_ministry"] = (
    [
        _d(
            "mc1",
            "2036-02-11",
            "Bombing at army post in Harsa kills 12 soldiers",
            "HARSA — A suicide car bomb hit an army checkpoint in Harsa on Sunday, killing 12 "
            "soldiers, the defence ministry said.",
            "Levant Wire",
        ),
        _d(
            "mc2",
            "2036-02-11",
            "Militants say Harsa attack killed 50",
            "The Harsa Liberation Front said on Telegram that its car bomb attack on an army "
            "checkpoint in Harsa on Sunday killed 50 soldiers.",
            "Frontier News",
        ),
    ],
    {("killed", "soldiers"): ("conflicting", None)},
)

STORIES["families_dispute_hospital_toll"] = (
    [
        _d(
            "fh1",
            "2036-02-11",
            "Nine die after oxygen failure at Kirov hospital",
            "KIROV — Nine patients died when the oxygen supply failed at Kirov General "
            "Hospital on Sunday, the regional health ministry said.",
            "Metro Times",
        ),
        _d(
            "fh2",
            "2036-02-12",
            "Families say 23 died in Kirov hospital oxygen failure",
            "Relatives of patients say at least 23 people died when the oxygen supply failed "
            "at Kirov General Hospital on Sunday, disputing the health ministry's toll of nine.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["all_on_board_and_a_count_agree"] = (
    [
        _d(
            "ab1",
            "2036-02-11",
            "All 62 on board killed in Lormont plane crash",
            "LORMONT — A passenger plane crashed near Lormont on Sunday, killing all 62 "
            "people on board, the civil aviation authority said.",
            "Air Wire",
        ),
        _d(
            "ab2",
            "2036-02-12",
            "Lormont crash: 62 dead",
            "Sixty-two people were killed when a passenger plane crashed near Lormont on "
            "Sunday, the transport minister said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (62, 62))},
)

STORIES["passengers_and_crew_make_all_on_board"] = (
    [
        _d(
            "pc1",
            "2036-03-03",
            "Ferry sinks off Calder, 148 dead",
            "CALDER — A ferry sank off Calder on Sunday, and all 148 passengers and crew "
            "died, the coast guard said on Monday.",
            "Sea Wire",
        ),
        _d(
            "pc2",
            "2036-03-04",
            "Calder ferry: 142 passengers and six crew dead",
            "The ferry that sank off Calder on Sunday was carrying 142 passengers and six "
            "crew members, none of whom survived, the shipping ministry said on Tuesday.",
            "World Desk",
        ),
        _d(
            "pc3",
            "2036-03-04",
            "Calder ferry disaster killed 148",
            "The sinking of a ferry off Calder on Sunday killed 148 people, the coast guard said.",
            "Coast Herald",
        ),
    ],
    {("killed", "people"): ("consistent", (148, 148))},
)

STORIES["toll_with_and_without_the_attackers"] = (
    [
        _d(
            "ta1",
            "2036-02-11",
            "Gunmen kill 10 at Solva hotel",
            "SOLVA — Gunmen stormed a hotel in Solva on Sunday and killed 10 guests before "
            "security forces shot dead the two attackers, police said.",
            "Levant Wire",
        ),
        _d(
            "ta2",
            "2036-02-12",
            "Solva hotel siege left 12 dead",
            "Twelve people, including the two gunmen, were killed in Sunday's hotel siege in "
            "Solva, the interior ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["bombers_counted_in_one_toll"] = (
    [
        _d(
            "bc1",
            "2036-03-03",
            "Twin bombing at Aldon mosque kills 21",
            "ALDON — Two suicide bombers blew themselves up at a mosque in Aldon on Sunday, "
            "killing 21 worshippers, police said on Monday.",
            "Levant Wire",
        ),
        _d(
            "bc2",
            "2036-03-03",
            "Aldon mosque bombing: 23 dead",
            "Twenty-three people, including the two bombers, died in the attack on a mosque in "
            "Aldon on Sunday, the health ministry said on Monday.",
            "Frontier News",
        ),
        _d(
            "bc3",
            "2036-03-04",
            "Aldon mourns 21 worshippers",
            "Twenty-one people were killed in Sunday's bombing of a mosque in Aldon, the "
            "health ministry said on Tuesday.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["children_among_the_total"] = (
    [
        _d(
            "ch1",
            "2036-02-11",
            "School bus crash kills 30 near Tarn",
            "TARN — A bus carrying pupils on a school trip plunged into a ravine near Tarn on "
            "Sunday, killing 30 people, including eight children, police said.",
            "Metro Times",
        ),
        _d(
            "ch2",
            "2036-02-12",
            "Tarn bus crash: eight children among 30 dead",
            "Thirty people were killed when a bus plunged into a ravine near Tarn on Sunday, "
            "the transport ministry said on Monday. Eight children were among the dead.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (30, 30))},
)

STORIES["soldiers_and_civilians_from_two_sources_make_the_total"] = (
    [
        _d(
            "sc1",
            "2036-02-11",
            "Attack on Brenn base kills 14 soldiers",
            "BRENN — Fourteen soldiers were killed when militants attacked an army base in "
            "Brenn on Sunday, the army said.",
            "Frontier News",
        ),
        _d(
            "sc2",
            "2036-02-11",
            "Five civilians die in Brenn base attack",
            "Five civilians were killed in Sunday's militant attack on the army base in Brenn, "
            "the provincial health department said.",
            "Levant Wire",
        ),
        _d(
            "sc3",
            "2036-02-12",
            "Brenn base attack toll at 19",
            "Nineteen people were killed in Sunday's militant attack on an army base in Brenn, "
            "the interior ministry said on Monday.",
            "World Desk",
        ),
    ],
    {
        ("killed", "soldiers"): ("consistent", (14, 14)),
        ("killed", "civilians"): ("consistent", (5, 5)),
    },
)

STORIES["two_provinces_add_up_in_one_report"] = (
    [
        _d(
            "tp1",
            "2036-02-11",
            "Floods kill 55 in Alvar and Benth",
            "Floods killed 30 people in Alvar province and 25 in Benth province on Sunday, "
            "the national disaster agency said on Monday.",
            "South Asia Wire",
        ),
        _d(
            "tp2",
            "2036-02-11",
            "Flood toll in two provinces at 55",
            "Fifty-five people died in Sunday's floods in Alvar and Benth provinces, the "
            "disaster agency said.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("consistent", (55, 55))},
)

STORIES["two_provinces_from_two_governors"] = (
    [
        _d(
            "tg1",
            "2036-03-03",
            "Storm kills 18 in Corvan province",
            "CORVAN — In Corvan province, 18 people died in the storm that hit the south coast "
            "on Sunday, the provincial governor said on Monday.",
            "Coast Herald",
        ),
        _d(
            "tg2",
            "2036-03-03",
            "Storm kills 11 in Lisk province",
            "LISK — In Lisk province, 11 people died in Sunday's storm on the south coast, "
            "provincial officials said on Monday.",
            "Coast Herald",
        ),
        _d(
            "tg3",
            "2036-03-04",
            "South coast storm toll reaches 29",
            "The storm that hit the south coast on Sunday killed 29 people, the national "
            "emergency service said on Tuesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (29, 29))},
)

STORIES["running_national_tally_beside_the_event"] = (
    [
        _d(
            "rn1",
            "2036-02-11",
            "Roadside bomb kills nine in Qadir",
            "QADIR — A roadside bomb killed nine people on a minibus in Qadir on Sunday, police "
            "said. The attack brought the number of people killed in bombings across the "
            "country this year to 214.",
            "Levant Wire",
        ),
        _d(
            "rn2",
            "2036-02-12",
            "Nine dead in Qadir minibus bombing",
            "Nine people were killed when a roadside bomb hit a minibus in Qadir on Sunday, "
            "the interior ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (9, 9))},
)

STORIES["season_tally_beside_a_wildfire"] = (
    [
        _d(
            "st1",
            "2036-03-03",
            "Wildfire near Ormo kills four",
            "ORMO — A wildfire near Ormo killed four people on Sunday, the fire service said, "
            "raising the number of wildfire deaths this season to 37.",
            "Alpine Post",
        ),
        _d(
            "st2",
            "2036-03-04",
            "Ormo fire victims named",
            "Four people died in the wildfire near Ormo on Sunday, police said on Tuesday.",
            "Metro Times",
        ),
    ],
    {("killed", "people"): ("consistent", (4, 4))},
)

STORIES["at_least_then_exact_above"] = (
    [
        _d(
            "al1",
            "2036-02-11",
            "Mine blast kills at least 20 in Korsa",
            "KORSA — A gas explosion in a coal mine in Korsa on Sunday killed at least 20 "
            "miners, the mine operator said.",
            "North Wire",
        ),
        _d(
            "al2",
            "2036-02-12",
            "Korsa mine blast: 23 dead",
            "Twenty-three miners were killed in Sunday's gas explosion at the Korsa coal mine, "
            "the mining ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (23, 23))},
)

STORIES["dozens_against_an_exact_toll"] = (
    [
        _d(
            "dz1",
            "2036-02-11",
            "Dozens killed in Vell market stampede",
            "VELL — Dozens of people were killed in a stampede at a crowded market in Vell on "
            "Sunday, witnesses said.",
            "Frontier News",
        ),
        _d(
            "dz2",
            "2036-02-12",
            "Vell stampede killed 31",
            "Thirty-one people died in Sunday's stampede at a market in Vell, the city's "
            "police chief said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (31, 31))},
)

STORIES["scores_injured_against_a_count"] = (
    [
        _d(
            "sj1",
            "2036-03-03",
            "Scores hurt as stand collapses at Rilo stadium",
            "RILO — Scores of fans were injured when a stand collapsed at the Rilo stadium on "
            "Sunday, the club said.",
            "Sport Wire",
        ),
        _d(
            "sj2",
            "2036-03-04",
            "Rilo stand collapse injured 112",
            "A total of 112 people were injured when a stand collapsed at the Rilo stadium on "
            "Sunday, the regional health authority said on Tuesday.",
            "Metro Times",
        ),
    ],
    {("injured", "people"): ("consistent", (112, 112))},
)

STORIES["dozens_and_at_least_fifteen"] = (
    [
        _d(
            "df1",
            "2036-02-11",
            "Dozens dead as building collapses in Marn",
            "MARN — Dozens of people were killed when a six-storey building collapsed in Marn "
            "on Sunday, residents said.",
            "Frontier News",
        ),
        _d(
            "df2",
            "2036-02-11",
            "Marn building collapse kills at least 15",
            "At least 15 people were killed when a building collapsed in Marn on Sunday, "
            "the civil defence said.",
            "Levant Wire",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["missing_fall_as_miners_are_found"] = (
    [
        _d(
            "mf1",
            "2036-03-03",
            "50 missing after landslide buries Tessa village",
            "TESSA — A landslide buried part of the village of Tessa on Sunday, and 50 people "
            "were missing, the district administrator said on Monday.",
            "Alpine Post",
        ),
        _d(
            "mf2",
            "2036-03-04",
            "Tessa landslide: 18 bodies found, 32 still missing",
            "Rescuers have recovered 18 bodies from the landslide that buried part of Tessa on "
            "Sunday, and 32 people remain missing, the district administrator said on Tuesday.",
            "Alpine Post",
        ),
    ],
    {("missing", "people"): ("evolving", None)},
)

STORIES["hospital_and_government_tolls_dispute"] = (
    [
        _d(
            "hg1",
            "2036-02-11",
            "Stampede at Nuri shrine kills 24",
            "NURI — A stampede at a shrine in Nuri on Sunday killed 24 pilgrims, the "
            "government said.",
            "Levant Wire",
        ),
        _d(
            "hg2",
            "2036-02-11",
            "Nuri hospital says 45 died in stampede",
            "Doctors at Nuri's main hospital said 45 people died in Sunday's stampede at the "
            "shrine, nearly double the government's figure.",
            "Frontier News",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["count_below_an_estimate_of_the_quake"] = (
    [
        _d(
            "ce1",
            "2036-02-12",
            "Ardan quake: 2,000 confirmed dead",
            "ARDAN — Authorities have confirmed 2,000 deaths from Sunday's earthquake in "
            "Ardan, the government said on Tuesday.",
            "Caspian Wire",
        ),
        _d(
            "ce2",
            "2036-02-12",
            "UN says Ardan quake toll could exceed 10,000",
            "The death toll from Sunday's earthquake in Ardan could exceed 10,000, a United "
            "Nations agency estimated on Tuesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["building_collapse_toll_rises_in_reporter_voice"] = (
    [
        _d(
            "bv1",
            "2036-04-14",
            "Five killed as building collapses in Ostra",
            "OSTRA — A residential building collapsed in Ostra on Sunday, killing five people, "
            "the fire brigade said.",
            "Metro Times",
        ),
        _d(
            "bv2",
            "2036-04-15",
            "Ostra collapse toll rises to 11",
            "Rescuers pulled six more bodies from the rubble of the building that collapsed "
            "in Ostra on Sunday, bringing the death toll to 11.",
            "Metro Times",
        ),
        _d(
            "bv3",
            "2036-04-16",
            "Ostra building collapse: 11 dead",
            "Eleven people died when a residential building collapsed in Ostra on Sunday, the "
            "city's mayor said on Wednesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("evolving", (11, 11))},
)

STORIES["injured_rise_then_dead_rise"] = (
    [
        _d(
            "ir1",
            "2036-04-14",
            "Chemical plant blast in Varga injures 60",
            "VARGA — An explosion at a chemical plant in Varga on Monday killed three workers "
            "and injured 60, the regional emergency service said.",
            "North Wire",
        ),
        _d(
            "ir2",
            "2036-04-15",
            "Varga plant blast toll rises to seven",
            "Four of the workers injured in Monday's explosion at a chemical plant in Varga "
            "died in hospital, bringing the death toll to seven, the emergency service said "
            "on Tuesday.",
            "North Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (7, 7))},
)


STORIES["quake_deaths_climbed_to"] = (
    [
        _d(
            "dc1",
            "2036-02-12",
            "Quake in Sarn kills 80",
            "SARN — The earthquake that struck Sarn on Sunday has killed 80 people, the "
            "emergency ministry said on Tuesday.",
            "Caspian Wire",
        ),
        _d(
            "dc2",
            "2036-02-13",
            "Sarn quake deaths climb",
            "Deaths from the earthquake that hit Sarn on Sunday climbed to 140 on Wednesday, "
            "the emergency ministry said.",
            "Caspian Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (140, 140))},
)

STORIES["headline_parts_make_the_body_toll"] = (
    [
        _d(
            "hp1",
            "2036-03-03",
            "Ferro gas blast: four women, two men hurt",
            "FERRO — A gas explosion tore through a block of flats in Ferro on Sunday, the "
            "fire brigade said on Monday.",
            "Metro Times",
        ),
        _d(
            "hp2",
            "2036-03-04",
            "Six hurt in Ferro flats explosion",
            "Six people were injured when gas exploded in a block of flats in Ferro on "
            "Sunday, police said on Tuesday.",
            "World Desk",
        ),
    ],
    {("injured", "people"): ("consistent", (6, 6))},
)

STORIES["headline_parts_exceed_a_toll_of_the_same_day"] = (
    [
        _d(
            "hx1",
            "2036-03-03",
            "Derailment near Umber: 20 passengers, three crew killed",
            "UMBER — A passenger train derailed near Umber on Sunday, the railway company "
            "said on Monday.",
            "Rail Wire",
        ),
        _d(
            "hx2",
            "2036-03-03",
            "Umber train derailment kills 19",
            "Nineteen people were killed when a passenger train derailed near Umber on "
            "Sunday, the transport ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["two_provinces_of_one_report_make_the_national_toll"] = (
    [
        _d(
            "pn1",
            "2036-03-03",
            "Storm batters Lemra's south coast",
            "A storm hit the south coast of Lemra on Sunday. In Corvan province, 18 people "
            "died, the governor said. In Lisk province, 11 people were killed, provincial "
            "officials said.",
            "Coast Herald",
        ),
        _d(
            "pn2",
            "2036-03-04",
            "Lemra storm kills 29",
            "The storm that hit the south coast of Lemra on Sunday killed 29 people, the "
            "national emergency service said on Tuesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (29, 29))},
)

STORIES["two_provinces_of_one_report_exceed_the_national_toll"] = (
    [
        _d(
            "px1",
            "2036-02-11",
            "Heatwave deaths in Orsa and Melk",
            "A heatwave has gripped the plains of Tarvia since Friday. In Orsa province, 26 "
            "people have died of heatstroke, the provincial health office said on Monday. In "
            "Melk province, 19 people died, the governor said.",
            "Plains Post",
        ),
        _d(
            "px2",
            "2036-02-11",
            "Tarvia heatwave kills 30",
            "The heatwave on the plains of Tarvia has killed 30 people since Friday, the "
            "national health ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["two_districts_of_one_report_make_the_toll"] = (
    [
        _d(
            "dd1",
            "2036-04-15",
            "Landslides hit Kell hills",
            "Landslides struck the Kell hills on Monday after days of rain. In the district "
            "of Amra, eight people were killed, police said. In the district of Tolve, six "
            "people died, the district chief said.",
            "Hill Times",
        ),
        _d(
            "dd2",
            "2036-04-15",
            "Kell landslides kill 14",
            "Landslides in the Kell hills killed 14 people on Monday, the disaster agency said "
            "on Tuesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (14, 14))},
)

STORIES["a_province_and_a_district_are_not_added"] = (
    [
        _d(
            "pd1",
            "2036-04-15",
            "Floods sweep Dravia",
            "Floods swept northern Dravia on Monday. In Gorsk province, 70 people died, the "
            "governor said. In the district of Belun, 30 people died, district officials said.",
            "North Wire",
        ),
        _d(
            "pd2",
            "2036-04-15",
            "Dravia floods kill 85",
            "Floods in northern Dravia killed 85 people on Monday, the interior ministry said "
            "on Tuesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (85, 85))},
)


STORIES["relatives_dispute_a_hospital_fire_toll"] = (
    [
        _d(
            "rf1",
            "2036-02-11",
            "Hospital fire in Zeta kills nine",
            "ZETA — A fire in the intensive care unit of Zeta General Hospital killed nine "
            "patients on Sunday, the health ministry said.",
            "Metro Times",
        ),
        _d(
            "rf2",
            "2036-02-12",
            "Relatives say Zeta hospital fire killed 14",
            "Relatives of patients said 14 people died in Sunday's fire at Zeta General "
            "Hospital, accusing the health ministry of hiding deaths.",
            "Daily Ledger",
        ),
        _d(
            "rf3",
            "2036-02-13",
            "Zeta ministry keeps hospital fire toll at nine",
            "The health ministry said on Wednesday that nine patients died in Sunday's fire at "
            "Zeta General Hospital, rejecting the families' figure.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["residents_dispute_the_police_toll"] = (
    [
        _d(
            "rp1",
            "2036-03-03",
            "Eight killed in Dorna clashes",
            "DORNA — Eight people were killed in clashes between rival clans in Dorna on "
            "Sunday, police said on Monday.",
            "Levant Wire",
        ),
        _d(
            "rp2",
            "2036-03-04",
            "Residents say 30 died in Dorna clan fighting",
            "Residents of Dorna said 30 people died in Sunday's clashes between rival clans, "
            "far more than the police count.",
            "Frontier News",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["witnesses_dispute_the_army_toll"] = (
    [
        _d(
            "wa1",
            "2036-04-15",
            "Witnesses say gunmen killed 20 at Kalo market",
            "Witnesses said gunmen on motorbikes killed 20 people at a market in Kalo on Monday.",
            "Sahel Post",
        ),
        _d(
            "wa2",
            "2036-04-15",
            "Army says six died in Kalo market attack",
            "Six people were killed when gunmen attacked a market in Kalo on Monday, the army "
            "said in a statement on Tuesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["headline_figure_its_body_tells_as_more_than"] = (
    [
        _d(
            "mt1",
            "2036-02-11",
            "Floods kill 1,200 in Rusa delta",
            "RUSA — More than 1,200 people have died in floods that swept the Rusa delta "
            "since Friday, the disaster agency said on Monday.",
            "South Asia Wire",
        ),
        _d(
            "mt2",
            "2036-02-11",
            "Rusa delta floods: 1,260 dead",
            "The floods in the Rusa delta have killed 1,260 people since Friday, the interior "
            "ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", (1260, 1260))},
)

STORIES["headline_over_more_than_beside_at_least"] = (
    [
        _d(
            "ma1",
            "2036-03-03",
            "Quake kills 300 in Velo",
            "VELO — More than 300 people died when an earthquake struck Velo on Sunday, "
            "officials said on Monday.",
            "Caspian Wire",
        ),
        _d(
            "ma2",
            "2036-03-03",
            "Velo earthquake toll at least 350",
            "At least 350 people were killed in Sunday's earthquake in Velo, the civil "
            "defence said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)


STORIES["named_groups_of_one_sentence_exceed_a_people_toll"] = (
    [
        _d(
            "ng1",
            "2036-02-11",
            "Gunmen attack Lusa checkpoint",
            "LUSA — Gunmen attacked a checkpoint in Lusa on Sunday, killing eight police "
            "officers and four civilians, the governor said.",
            "Levant Wire",
        ),
        _d(
            "ng2",
            "2036-02-11",
            "Lusa checkpoint attack toll at nine",
            "Nine people were killed in Sunday's attack on a checkpoint in Lusa, the interior "
            "ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["soldiers_alone_exceed_a_people_toll"] = (
    [
        _d(
            "sa1",
            "2036-03-03",
            "Fourteen soldiers killed in Brenn base attack",
            "BRENN — Fourteen soldiers were killed when militants attacked an army base in "
            "Brenn on Sunday, the army said.",
            "Frontier News",
        ),
        _d(
            "sa2",
            "2036-03-03",
            "Five civilians die in Brenn base attack",
            "Five civilians were killed in Sunday's militant attack on the army base in Brenn, "
            "the provincial health department said.",
            "Levant Wire",
        ),
        _d(
            "sa3",
            "2036-03-03",
            "Brenn base attack toll at nine",
            "Nine people were killed in Sunday's militant attack on an army base in Brenn, the "
            "interior ministry said on Monday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)


#: Stories expected to fail, with the reason (strict: a pass removes the entry).
_XFAIL: dict[str, str] = {
    "two_provinces_from_two_governors": (
        "linking: reports told of one province each and one told of the coast are three events"
    ),
}


@pytest.mark.parametrize("name", [story_param(n, _XFAIL) for n in sorted(STORIES)])
def test_each_story_gets_the_desk_editors_verdict(name: str) -> None:
    docs, expected = STORIES[name]
    check_verdicts(cr.reconcile(docs), expected)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_every_count_of_the_event_stays_in_a_finding(name: str) -> None:
    check_no_count_lost(cr.reconcile(STORIES[name][0]))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_same_reports_give_the_same_bytes(name: str) -> None:
    check_order_independent(STORIES[name][0])


def _best(name: str) -> int:
    (estimates,) = cr.reconcile(STORIES[name][0]).estimates_by_event.values()
    return estimates["killed"].best


@pytest.mark.parametrize(
    ("name", "best"),
    [
        ("relatives_dispute_a_hospital_fire_toll", 9),
        ("residents_dispute_the_police_toll", 8),
        ("witnesses_dispute_the_army_toll", 6),
    ],
)
def test_a_headline_over_relatives_or_witnesses_is_their_voice_not_a_second_one(
    name: str, best: int
) -> None:
    """
    "Relatives say ... killed 14" over "Relatives of patients said 14 people died": the
    headline gives the relatives' figure, so it is one hedged origin beside the
    authority's own, which stays the best figure. Before: the headline counted as a
    second origin and its figure was the best.
    """
    assert _best(name) == best


def test_a_headline_figure_its_body_calls_more_than_is_no_rival_count() -> None:
    """
    "Floods kill 1,200" over "More than 1,200 people have died": the headline squeezes
    its body's floor, so the ministry's 1,260 of that day agrees with both. Before: the
    headline's bare 1,200 disputed the 1,260 and its own body.
    """
    report = cr.reconcile(STORIES["headline_figure_its_body_tells_as_more_than"][0])

    assert not any("contested" in c.flags for c in report.claims)
