"""
Verdicts, round 7: a desk editor's verdicts on disputed and evolving tolls.

Every report below is invented for these tests (places, outlets, people included). Each
story is two to five reports of one incident, resolved through ``claimrec.reconcile`` on
documents (the user's path), and the verdict per measure and group is what a careful desk
editor gives: a toll that rises over days is evolving, a hospital and a ministry that
disagree the same day are in conflict, "more than 40" beside "41" and "dozens" agree, a
figure its source corrected ("corrected an earlier figure of 12, saying eight") is
a dispute of the two figures (only a rising toll evolves), and two reports quoting one source are one claim-giver, not two.
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
    document,
)

_d = document


STORIES: dict[str, tuple[list[cr.Document], Expected]] = {}

STORIES["rising_flood"] = (
    [
        _d(
            "fl1",
            "2027-03-02",
            "Floods kill 12 in Varnholm valley",
            "VARNHOLM — Flash floods swept through villages in the Varnholm valley on Monday, "
            "killing at least 12 people, the regional emergency service said.",
            "Valley Post",
        ),
        _d(
            "fl2",
            "2027-03-03",
            "Varnholm flood toll rises to 19",
            "VARNHOLM — The death toll from Monday's flash floods in the Varnholm valley rose to "
            "19 on Tuesday as rescuers reached cut-off villages, the emergency service said.",
            "North Wire",
        ),
        _d(
            "fl3",
            "2027-03-05",
            "Varnholm floods: 27 now confirmed dead",
            "VARNHOLM — Twenty-seven people are now known to have died in the flash floods that "
            "hit the Varnholm valley on Monday, the regional governor said on Thursday.",
            "Valley Post",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["hospital_vs_ministry"] = (
    [
        _d(
            "hm1",
            "2027-04-10",
            "Market blast kills 31 in Tessaly",
            "TESSALY — A bomb exploded in a crowded market in Tessaly on Saturday, killing 31 "
            "people, the interior ministry said.",
            "Capital Courier",
        ),
        _d(
            "hm2",
            "2027-04-10",
            "Doctors say 45 dead in Tessaly market bombing",
            "TESSALY — Doctors at the main hospital in Tessaly said 45 people were killed when a "
            "bomb tore through a market on Saturday.",
            "Frontline Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["more_than_forty"] = (
    [
        _d(
            "mf1",
            "2027-05-02",
            "More than 40 killed in Ostrava Bay ferry fire",
            "OSTRAVA BAY — More than 40 people were killed when fire broke out on a ferry in "
            "Ostrava Bay on Sunday, the coast guard said.",
            "Harbour Times",
        ),
        _d(
            "mf2",
            "2027-05-02",
            "Ostrava Bay ferry fire kills 41",
            "OSTRAVA BAY — Forty-one people died when a ferry caught fire in Ostrava Bay on "
            "Sunday, the port authority said.",
            "Sea Wire",
        ),
        _d(
            "mf3",
            "2027-05-02",
            "Dozens dead in Ostrava Bay ferry blaze",
            "OSTRAVA BAY — Dozens of passengers died when a ferry caught fire in Ostrava Bay "
            "on Sunday, witnesses said.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("consistent", (41, 41))},
)

STORIES["up_from_earlier"] = (
    [
        _d(
            "ue1",
            "2027-06-11",
            "Landslide in Korvel kills 34",
            "KORVEL — A landslide buried homes in the hill town of Korvel on Friday, killing 34 "
            "people, the civil defence agency said.",
            "Hill Herald",
        ),
        _d(
            "ue2",
            "2027-06-12",
            "Korvel landslide toll reaches 52",
            "KORVEL — The number of people killed in Friday's landslide in Korvel reached 52 on "
            "Saturday, up from an earlier count of 34, the civil defence agency said.",
            "Mountain Wire",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["un_vs_monitor"] = (
    [
        _d(
            "un1",
            "2027-07-08",
            "UN says 58 civilians killed in Dareth shelling",
            "GENEVA — Shelling of the town of Dareth on Wednesday killed 58 civilians, the "
            "United Nations human rights office said.",
            "World Desk",
        ),
        _d(
            "un2",
            "2027-07-08",
            "Monitor says 73 civilians died in Dareth shelling",
            "BEIRUT — The shelling of Dareth on Wednesday killed 73 civilians, a war monitor said.",
            "Levant Wire",
        ),
    ],
    {("killed", "civilians"): ("conflicting", None)},
)

STORIES["police_vs_hospital_evening"] = (
    [
        _d(
            "ph1",
            "2027-08-20",
            "Four killed in Branmoor nightclub shooting",
            "BRANMOOR — Four people were killed when a gunman opened fire at a nightclub in "
            "Branmoor on Friday evening, police said.",
            "Branmoor Echo",
        ),
        _d(
            "ph2",
            "2027-08-20",
            "Nine dead in Branmoor nightclub attack, hospital says",
            "BRANMOOR — Nine people died after a gunman opened fire at a nightclub in Branmoor "
            "on Friday evening, a spokeswoman for the city hospital said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["vague_beside_numbers"] = (
    [
        _d(
            "vb1",
            "2027-09-03",
            "Several wounded in Lunsk rocket attack",
            "LUNSK — Several people were wounded when rockets hit a residential district of "
            "Lunsk on Tuesday, the mayor's office said.",
            "East Courier",
        ),
        _d(
            "vb2",
            "2027-09-03",
            "Rocket strike on Lunsk wounds six",
            "LUNSK — Six people were wounded in a rocket strike on a residential district of "
            "Lunsk on Tuesday, the regional governor said.",
            "Border Wire",
        ),
    ],
    {("injured", "people"): ("consistent", (6, 6))},
)

STORIES["scores_beside_numbers"] = (
    [
        _d(
            "sc1",
            "2027-09-15",
            "Scores hurt in Pellam stadium crush",
            "PELLAM — Scores of fans were injured in a crush at the stadium in Pellam on "
            "Saturday, witnesses said.",
            "Sports Daily",
        ),
        _d(
            "sc2",
            "2027-09-15",
            "More than 60 injured in Pellam stadium crush",
            "PELLAM — More than 60 people were injured in a crush at the stadium in Pellam on "
            "Saturday, the health department said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("consistent", None)},
)

STORIES["part_beside_whole"] = (
    [
        _d(
            "pw1",
            "2027-10-01",
            "Air strike on Mirat kills 22, including nine children",
            "MIRAT — An air strike on a residential building in Mirat on Friday killed 22 "
            "people, including nine children, the local health office said.",
            "Gulf Desk",
        ),
        _d(
            "pw2",
            "2027-10-01",
            "22 dead in Mirat air strike",
            "MIRAT — Twenty-two people were killed in an air strike on a residential building "
            "in Mirat on Friday, residents said.\n"
            "Nine children were among the dead, a rescuer said.",
            "Levant Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (22, 22))},
)

STORIES["still_in_hospital"] = (
    [
        _d(
            "sh1",
            "2027-10-14",
            "Train derailment near Holmfirth injures more than 100",
            "HOLMFIRTH — More than 100 people were injured when a passenger train derailed near "
            "Holmfirth on Thursday, the rail operator said.",
            "Rail News",
        ),
        _d(
            "sh2",
            "2027-10-15",
            "40 still in hospital after Holmfirth derailment",
            "HOLMFIRTH — Forty people were still in hospital on Friday after a passenger train "
            "derailed near Holmfirth on Thursday, health officials said.",
            "County Wire",
        ),
    ],
    {("injured", "people"): ("consistent", None)},
)

STORIES["attacker_counted"] = (
    [
        _d(
            "ac1",
            "2027-11-03",
            "Suicide bomber kills four at Zamir checkpoint",
            "ZAMIR — A suicide bomber blew himself up at a police checkpoint in Zamir on "
            "Wednesday, killing four people, the provincial police chief said.",
            "Frontier Post",
        ),
        _d(
            "ac2",
            "2027-11-03",
            "Five dead in Zamir checkpoint bombing",
            "ZAMIR — Five people, including the bomber, were killed in a suicide attack on a "
            "police checkpoint in Zamir on Wednesday, officials said.",
            "South Wire",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["corrected_figure"] = (
    [
        _d(
            "cf1",
            "2027-11-20",
            "12 killed in Dunmere warehouse blaze",
            "DUNMERE — Twelve people were killed when fire swept through a warehouse in Dunmere "
            "on Saturday, police said.",
            "Dunmere Gazette",
        ),
        _d(
            "cf2",
            "2027-11-21",
            "Police revise Dunmere fire toll to eight",
            "DUNMERE — Police on Sunday corrected an earlier figure of 12, saying eight people "
            "had died in the warehouse fire in Dunmere on Saturday.",
            "Coast Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["same_source_twice"] = (
    [
        _d(
            "ss1",
            "2027-12-02",
            "Bus crash near Tarvik kills 14",
            "TARVIK — A bus plunged into a ravine near Tarvik on Thursday, killing 14 "
            "passengers, provincial governor Ilse Markov said.",
            "Highland Post",
        ),
        _d(
            "ss2",
            "2027-12-02",
            "Tarvik bus crash leaves 14 dead",
            "TARVIK — Fourteen passengers died when a bus went off the road into a ravine near "
            "Tarvik on Thursday, governor Ilse Markov told reporters.",
            "Capital Courier",
        ),
    ],
    {("killed", "people"): ("consistent", (14, 14))},
)

STORIES["quake_bodies"] = (
    [
        _d(
            "qb1",
            "2028-01-09",
            "Quake near Saroyan kills at least 150",
            "SAROYAN — A powerful earthquake struck near Saroyan on Sunday, killing at least 150 "
            "people, the disaster management agency said.",
            "World Desk",
        ),
        _d(
            "qb2",
            "2028-01-10",
            "Saroyan quake toll climbs to 310",
            "SAROYAN — The death toll from Sunday's earthquake near Saroyan climbed to 310 on "
            "Monday, the disaster management agency said.\n"
            "Rescuers had recovered 200 bodies from collapsed buildings in the town centre, "
            "the fire service said.",
            "Mountain Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (310, 310))},
)

STORIES["disputed_hospital_toll"] = (
    [
        _d(
            "dh1",
            "2028-02-17",
            "Ministry says 470 killed in strike on Qaled hospital",
            "QALED — An explosion at a hospital in Qaled on Tuesday killed 470 people, the "
            "health ministry said.",
            "Regional Desk",
        ),
        _d(
            "dh2",
            "2028-02-18",
            "Army disputes Qaled hospital toll",
            "QALED — The army said on Wednesday that fewer than 100 people were killed in the "
            "explosion at the Qaled hospital on Tuesday and rejected the ministry's toll.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["base_zero_then_tbi"] = (
    [
        _d(
            "bz1",
            "2028-01-06",
            "No US troops hurt in missile attack on Harran base",
            "HARRAN — Ballistic missiles struck the Harran air base on Wednesday but no US "
            "troops were injured, the Pentagon said.",
            "Defense Desk",
        ),
        _d(
            "bz2",
            "2028-01-14",
            "11 US troops were hurt in Harran base attack",
            "HARRAN — Eleven US service members were injured in last week's missile attack on "
            "the Harran air base, the Pentagon said on Friday, after initial reports of no "
            "casualties.",
            "Defense Desk",
        ),
    ],
    {("injured", "us"): ("evolving", None)},
)

STORIES["missiles_disputed"] = (
    [
        _d(
            "md1",
            "2028-03-04",
            "Army says 12 missiles fired at Kessar",
            "KESSAR — Twelve missiles were fired at the city of Kessar on Saturday night, the "
            "army said.",
            "Capital Courier",
        ),
        _d(
            "md2",
            "2028-03-05",
            "Group says it fired 30 missiles at Kessar",
            "KESSAR — An armed group said it had fired 30 missiles at Kessar on Saturday night.",
            "Border Wire",
        ),
    ],
    {("launched", "munition"): ("conflicting", None)},
)

STORIES["missing_falls"] = (
    [
        _d(
            "mi1",
            "2028-04-12",
            "50 missing after Brenna river floods",
            "BRENNA — Fifty people were missing after the Brenna river burst its banks on "
            "Wednesday, the fire brigade said.",
            "River Post",
        ),
        _d(
            "mi2",
            "2028-04-14",
            "Brenna floods: 30 still missing",
            "BRENNA — Thirty people were still missing on Friday after Wednesday's floods on "
            "the Brenna river, the fire brigade said, after 20 were found alive.",
            "River Post",
        ),
    ],
    {("missing", "people"): ("evolving", None)},
)

STORIES["same_day_rose"] = (
    [
        _d(
            "sd1",
            "2028-05-06",
            "Factory fire in Orlec kills eight",
            "ORLEC — A fire at a textile factory in Orlec on Saturday killed eight workers, "
            "the fire department said. Officials had earlier said five people had died.",
            "Orlec Daily",
        ),
        _d(
            "sd2",
            "2028-05-06",
            "Five dead in Orlec factory fire",
            "ORLEC — Five workers died in a fire at a textile factory in Orlec on Saturday, "
            "the fire department said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["at_least_beside_exact"] = (
    [
        _d(
            "ae1",
            "2028-06-02",
            "At least 40 hurt in Vessby tram collision",
            "VESSBY — At least 40 people were injured when two trams collided in central Vessby "
            "on Friday, the ambulance service said.",
            "City Post",
        ),
        _d(
            "ae2",
            "2028-06-02",
            "47 injured in Vessby tram crash",
            "VESSBY — Forty-seven people were injured when two trams collided in central "
            "Vessby on Friday, the city council said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("consistent", (47, 47))},
)

STORIES["wire_relay"] = (
    [
        _d(
            "wr1",
            "2028-07-19",
            "Strike on Hamra market kills 17",
            "HAMRA — An air strike on a market in Hamra on Wednesday killed 17 people, the "
            "civil defence said, according to AFP.",
            "Gulf Desk",
        ),
        _d(
            "wr2",
            "2028-07-19",
            "17 killed in Hamra market strike",
            "HAMRA — Seventeen people were killed in an air strike on a market in Hamra on "
            "Wednesday, the civil defence said, AFP reported.",
            "Daily Ledger",
        ),
    ],
    {("killed", "people"): ("consistent", (17, 17))},
)

STORIES["lowered_no_cue"] = (
    [
        _d(
            "ln1",
            "2028-08-01",
            "30 killed in Rusk mine collapse",
            "RUSK — Thirty miners were killed when a coal mine collapsed near Rusk on Monday, "
            "the mine operator said.",
            "Mining Post",
        ),
        _d(
            "ln2",
            "2028-08-02",
            "Union says 24 died in Rusk mine collapse",
            "RUSK — Twenty-four miners died when a coal mine collapsed near Rusk on Monday, the "
            "miners' union said on Tuesday.",
            "Labour Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["revised_down_same_source"] = (
    [
        _d(
            "rd1",
            "2028-09-10",
            "At least 20 dead in Ferrol Street building collapse",
            "KELSTON — At least 20 people were killed when an apartment block collapsed on "
            "Ferrol Street in Kelston on Sunday, the city's fire service said.",
            "Kelston Star",
        ),
        _d(
            "rd2",
            "2028-09-11",
            "Kelston collapse toll revised down to 16",
            "KELSTON — The fire service on Monday revised the death toll from Sunday's building "
            "collapse in Kelston down to 16, saying some victims had been counted twice.",
            "County Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["party_vs_army"] = (
    [
        _d(
            "pa1",
            "2028-10-03",
            "Three soldiers killed in ambush near Tabor Pass",
            "TABOR PASS — Three soldiers were killed when militants ambushed an army convoy near "
            "Tabor Pass on Tuesday, the defence ministry said.",
            "Capital Courier",
        ),
        _d(
            "pa2",
            "2028-10-04",
            "Militants claim dozens of soldiers killed in Tabor Pass ambush",
            "TABOR PASS — The Northern Front said in a statement on its Telegram channel that "
            "its fighters had killed more than 50 soldiers in an ambush on an army convoy near "
            "Tabor Pass on Tuesday.",
            "Border Wire",
        ),
    ],
    {("killed", "soldiers"): ("conflicting", None)},
)

STORIES["approx_beside_exact"] = (
    [
        _d(
            "ax1",
            "2028-11-12",
            "About 60 hurt in Gorran chemical plant blast",
            "GORRAN — About 60 people were injured in an explosion at a chemical plant in Gorran "
            "on Sunday, local media reported.",
            "Gorran News",
        ),
        _d(
            "ax2",
            "2028-11-12",
            "Gorran chemical plant explosion injures 57",
            "GORRAN — Fifty-seven people were injured in an explosion at a chemical plant in "
            "Gorran on Sunday, the regional health department said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("consistent", (57, 57))},
)

STORIES["injured_rises_treated_apart"] = (
    [
        _d(
            "it1",
            "2028-12-01",
            "Gas explosion in Lerwin market injures 23",
            "LERWIN — A gas explosion at a covered market in Lerwin on Friday injured 23 people, "
            "the ambulance service said.",
            "Lerwin Post",
        ),
        _d(
            "it2",
            "2028-12-02",
            "Lerwin blast: injured rises to 31",
            "LERWIN — The number of people injured in Friday's gas explosion at the Lerwin market "
            "rose to 31 on Saturday, the ambulance service said.\n"
            "Twelve people were still being treated in hospital, a hospital spokeswoman said.",
            "North Wire",
        ),
    ],
    {("injured", "people"): ("evolving", None), ("treated", "people"): ("consistent", None)},
)


STORIES["police_raise_to_hospital"] = (
    [
        _d(
            "pr1",
            "2029-01-12",
            "Three dead in Aldmoor pub shooting",
            "ALDMOOR — Three people were killed when a man opened fire in a pub in Aldmoor on "
            "Friday night, police said.",
            "Aldmoor Echo",
        ),
        _d(
            "pr2",
            "2029-01-12",
            "Hospital says four died after Aldmoor pub shooting",
            "ALDMOOR — Four people died after a man opened fire in a pub in Aldmoor on Friday "
            "night, a spokesman for the county hospital said.",
            "Metro Wire",
        ),
        _d(
            "pr3",
            "2029-01-13",
            "Aldmoor pub shooting toll rises to four",
            "ALDMOOR — Police said on Saturday that four people had died in Friday night's "
            "shooting at a pub in Aldmoor.",
            "Aldmoor Echo",
        ),
    ],
    {("killed", "people"): ("evolving", (4, 4))},
)

STORIES["range_beside_point"] = (
    [
        _d(
            "rp1",
            "2029-02-03",
            "Between 30 and 45 killed in Sorran air strikes, UN says",
            "GENEVA — Air strikes on the town of Sorran on Thursday killed between 30 and 45 "
            "civilians, the United Nations said.",
            "World Desk",
        ),
        _d(
            "rp2",
            "2029-02-03",
            "Monitor says 38 civilians killed in Sorran strikes",
            "SORRAN — Air strikes on Sorran on Thursday killed 38 civilians, a war monitor said.",
            "Levant Wire",
        ),
    ],
    {("killed", "civilians"): ("consistent", (38, 38))},
)

STORIES["toll_from_to"] = (
    [
        _d(
            "tf1",
            "2029-03-10",
            "Flood in Marsh End kills 36",
            "MARSH END — Floods in the district of Marsh End killed 36 people on Saturday, the "
            "disaster agency said.",
            "Delta Post",
        ),
        _d(
            "tf2",
            "2029-03-11",
            "Marsh End flood toll rises to 41",
            "MARSH END — The number of dead from Saturday's floods in Marsh End rose to 41 from "
            "36 on Sunday, the disaster agency said.",
            "Delta Wire",
        ),
        _d(
            "tf3",
            "2029-03-11",
            "At least 38 dead in Marsh End floods",
            "MARSH END — At least 38 people have died in the floods that hit Marsh End on "
            "Saturday, the Red Cross said on Sunday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("evolving", (41, 41))},
)

STORIES["more_died_in_hospital"] = (
    [
        _d(
            "mh1",
            "2029-04-02",
            "17 killed in Casterby bus bombing",
            "CASTERBY — A bomb on a bus in Casterby killed 17 people on Monday, police said.",
            "Casterby Times",
        ),
        _d(
            "mh2",
            "2029-04-03",
            "Casterby bus bombing toll reaches 20",
            "CASTERBY — Three more people died in hospital overnight, bringing the toll from "
            "Monday's bus bombing in Casterby to 20, police said on Tuesday.",
            "Casterby Times",
        ),
    ],
    {("killed", "people"): ("evolving", (20, 20))},
)

STORIES["not_as_first_reported"] = (
    [
        _d(
            "na1",
            "2029-05-18",
            "At least 31 killed in Rell temple stampede",
            "RELL — At least 31 pilgrims were killed in a stampede at a temple in Rell on "
            "Friday, police said.",
            "Rell Herald",
        ),
        _d(
            "na2",
            "2029-05-19",
            "Rell stampede toll put at 29",
            "RELL — Twenty-nine pilgrims were killed in Friday's stampede at the Rell temple, not "
            "31 as first reported, the state health minister said on Saturday.",
            "State Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)

STORIES["reporter_no_casualties_then_tbi"] = (
    [
        _d(
            "rn1",
            "2029-06-05",
            "Rockets hit Tamar base, no casualties",
            "TAMAR — Several rockets struck the Tamar air base on Tuesday. There were no "
            "casualties.",
            "Defense Desk",
        ),
        _d(
            "rn2",
            "2029-06-12",
            "34 US troops diagnosed with brain injuries after Tamar attack",
            "TAMAR — Thirty-four US service members were diagnosed with traumatic brain injuries "
            "after last Tuesday's rocket attack on the Tamar air base, the Pentagon said.",
            "Defense Desk",
        ),
    ],
    {("injured", "us"): ("evolving", None)},
)

STORIES["injured_rise_lower_bounds"] = (
    [
        _d(
            "il1",
            "2029-07-21",
            "Quake near Velos injures more than 1,000",
            "VELOS — More than 1,000 people were injured when an earthquake struck near Velos on "
            "Saturday, the health ministry said.",
            "World Desk",
        ),
        _d(
            "il2",
            "2029-07-22",
            "Velos quake: injured pass 2,300",
            "VELOS — More than 2,300 people were injured in Saturday's earthquake near Velos, "
            "the health ministry said on Sunday.",
            "Mountain Wire",
        ),
    ],
    {("injured", "people"): ("consistent", None)},
)

STORIES["missing_then_bodies"] = (
    [
        _d(
            "mb1",
            "2029-08-09",
            "12 fishermen missing off Port Garra",
            "PORT GARRA — Twelve fishermen were missing after their boat capsized off Port Garra "
            "on Wednesday, the coast guard said.",
            "Coast Post",
        ),
        _d(
            "mb2",
            "2029-08-10",
            "Five bodies recovered after Port Garra capsizing",
            "PORT GARRA — Divers recovered the bodies of five fishermen on Thursday after their "
            "boat capsized off Port Garra on Wednesday, the coast guard said.\n"
            "Seven others were still missing.",
            "Coast Post",
        ),
    ],
    {("missing", "people"): ("evolving", None), ("killed", "people"): ("consistent", None)},
)

STORIES["same_source_lowers_next_day"] = (
    [
        _d(
            "sl1",
            "2029-09-02",
            "Fire at Brackley care home kills 20",
            "BRACKLEY — Twenty residents died when fire swept through a care home in Brackley on "
            "Sunday, the county fire service said.",
            "Brackley Star",
        ),
        _d(
            "sl2",
            "2029-09-03",
            "Brackley care home fire: 16 dead",
            "BRACKLEY — Sixteen residents died in Sunday's fire at a care home in Brackley, the "
            "county fire service said on Monday.",
            "County Wire",
        ),
    ],
    {("killed", "civilians"): ("conflicting", None)},
)

STORIES["same_source_two_figures_one_day"] = (
    [
        _d(
            "st1",
            "2029-10-14",
            "Ministry says 31 killed in Nadra market blast",
            "NADRA — A car bomb exploded near a market in Nadra on Sunday, killing 31 people, "
            "the health ministry said.",
            "Capital Courier",
        ),
        _d(
            "st2",
            "2029-10-14",
            "Nadra market bombing kills 35",
            "NADRA — Thirty-five people were killed by a car bomb near a market in Nadra on "
            "Sunday, the health ministry said.",
            "Gulf Desk",
        ),
    ],
    {("killed", "people"): ("evolving", (35, 35))},
)


STORIES["two_hospitals_parts"] = (
    [
        _d(
            "hp1",
            "2030-01-08",
            "21 wounded in Corran rally bombing",
            "CORRAN — A bomb exploded at a political rally in Corran on Tuesday, wounding 21 "
            "people, the health ministry said.",
            "Capital Courier",
        ),
        _d(
            "hp2",
            "2030-01-08",
            "Corran hospitals treat rally blast victims",
            "CORRAN — St Luke's hospital in Corran received 12 people wounded in Tuesday's "
            "bombing at a political rally, a doctor there said.\n"
            "The city's military hospital took in nine wounded, a spokesman said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("consistent", None)},
)

STORIES["un_vs_government_same_day"] = (
    [
        _d(
            "ug1",
            "2030-03-21",
            "UN says 32 killed in Kimoro village attack",
            "KIMORO — Gunmen attacked the village of Kimoro on Thursday, killing 32 civilians, "
            "the United Nations said.",
            "World Desk",
        ),
        _d(
            "ug2",
            "2030-03-21",
            "Government says 19 killed in Kimoro attack",
            "KIMORO — Nineteen civilians were killed when gunmen attacked the village of Kimoro "
            "on Thursday, the government said.",
            "Capital Courier",
        ),
    ],
    {("killed", "civilians"): ("conflicting", None)},
)

STORIES["bodies_below_earlier_estimate"] = (
    [
        _d(
            "bb1",
            "2030-04-04",
            "More than 40 feared dead in Halden mudslide",
            "HALDEN — More than 40 people were killed when a mudslide buried part of the town of "
            "Halden on Thursday, the mayor said.",
            "Valley Post",
        ),
        _d(
            "bb2",
            "2030-04-05",
            "Rescuers recover 38 bodies in Halden",
            "HALDEN — Rescuers had recovered 38 bodies from the mud in Halden by Friday evening, "
            "the civil protection agency said.",
            "North Wire",
        ),
    ],
    {("killed", "people"): ("consistent", None)},
)

STORIES["mosque_bombers_counted"] = (
    [
        _d(
            "mq1",
            "2030-05-10",
            "At least 50 killed in Farrah mosque bombing",
            "FARRAH — At least 50 worshippers were killed when bombers attacked a mosque in "
            "Farrah during Friday prayers, police said.",
            "Frontier Post",
        ),
        _d(
            "mq2",
            "2030-05-11",
            "Farrah mosque attack toll 57, including three bombers",
            "FARRAH — Fifty-seven people, including the three bombers, were killed in Friday's "
            "attack on a mosque in Farrah, the provincial governor said on Saturday.",
            "South Wire",
        ),
    ],
    {("killed", "civilians"): ("consistent", None)},
)

STORIES["base_minor_then_tbi_treated"] = (
    [
        _d(
            "bm1",
            "2030-06-02",
            "No injuries in drone attack on Qasra base, officials say",
            "QASRA — A drone attack on the Qasra air base on Sunday caused no injuries, US "
            "Central Command said.",
            "Defense Desk",
        ),
        _d(
            "bm2",
            "2030-06-04",
            "Four US troops suffered minor injuries in Qasra base attack",
            "QASRA — Four US service members suffered minor injuries in Sunday's drone attack on "
            "the Qasra air base, US Central Command said on Tuesday.",
            "Defense Desk",
        ),
        _d(
            "bm3",
            "2030-06-06",
            "Eight US troops treated for brain injuries after Qasra attack",
            "QASRA — Eight US service members were treated for traumatic brain injuries after "
            "Sunday's drone attack on the Qasra air base, US Central Command said on Thursday.",
            "Frontline Wire",
        ),
    ],
    {("injured", "us"): ("evolving", None)},
)


STORIES["wounded_later_died_partitive"] = (
    [
        _d(
            "wp1",
            "2030-07-01",
            "Six hurt, no one killed in Ravensholt tram stabbing",
            "RAVENSHOLT — A man stabbed six passengers on a tram in Ravensholt on Monday, but no "
            "one was killed, police said.",
            "City Post",
        ),
        _d(
            "wp2",
            "2030-07-02",
            "Ravensholt tram stabbing: one of the wounded dies",
            "RAVENSHOLT — One of the wounded from Monday's tram stabbing in Ravensholt later died "
            "in hospital, police said on Tuesday.",
            "North Wire",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["wounded_later_died_other_source"] = (
    [
        _d(
            "wo1",
            "2030-07-01",
            "Six hurt, no one killed in Ravensholt tram stabbing",
            "RAVENSHOLT — A man stabbed six passengers on a tram in Ravensholt on Monday, but no "
            "one was killed, police said.",
            "City Post",
        ),
        _d(
            "wo2",
            "2030-07-02",
            "Ravensholt tram stabbing: one of the wounded dies",
            "RAVENSHOLT — One of the wounded from Monday's tram stabbing in Ravensholt later died "
            "in hospital, a hospital spokeswoman said on Tuesday.",
            "North Wire",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["party_claims_dead_base_zero"] = (
    [
        _d(
            "pz1",
            "2030-08-08",
            "Missiles hit Tel Harun base; Pentagon says no casualties",
            "TEL HARUN — Ballistic missiles struck the Tel Harun air base hosting US troops on "
            "Wednesday. The Pentagon said there were no US casualties.",
            "Defense Desk",
        ),
        _d(
            "pz2",
            "2030-08-08",
            "State TV claims 80 US troops killed at Tel Harun",
            "TEL HARUN — State television said 80 American troops were killed in the Guards' "
            "missile strike on the Tel Harun air base on Wednesday.",
            "Gulf Desk",
        ),
    ],
    {("killed", "us"): ("conflicting", None)},
)

STORIES["officer_among_wounded"] = (
    [
        _d(
            "ow1",
            "2030-09-14",
            "Six wounded in Pellow Street shooting",
            "PELLOW — Six people, including a police officer, were wounded in a shooting on "
            "Pellow Street on Saturday night, police said.",
            "Pellow Gazette",
        ),
        _d(
            "ow2",
            "2030-09-14",
            "Officer among six shot on Pellow Street",
            "PELLOW — Five civilians and a police officer were wounded when a gunman opened "
            "fire on Pellow Street on Saturday night, a police spokesman said.",
            "Metro Wire",
        ),
    ],
    {("injured", "people"): ("consistent", (6, 6))},
)


STORIES["one_report_updates_itself"] = (
    [
        _d(
            "ou1",
            "2030-10-02",
            "Gas blast in Tarrow flats kills nine",
            "TARROW — A gas explosion destroyed a block of flats in Tarrow on Wednesday, killing "
            "seven people, the fire brigade said.\n"
            "UPDATE: The death toll rose to nine after two more bodies were found, the fire "
            "brigade said.",
            "Tarrow News",
        ),
        _d(
            "ou2",
            "2030-10-02",
            "Seven dead in Tarrow gas explosion",
            "TARROW — Seven people died when a gas explosion destroyed a block of flats in "
            "Tarrow on Wednesday, the fire brigade said.",
            "Metro Wire",
        ),
    ],
    {("killed", "people"): ("evolving", (9, 9))},
)

STORIES["injured_fall_as_wounded_die"] = (
    [
        _d(
            "if1",
            "2030-11-05",
            "Bus bomb in Marrakand kills 10, wounds 40",
            "MARRAKAND — A bomb on a bus in Marrakand killed 10 people and wounded 40 on "
            "Tuesday, the health ministry said.",
            "Capital Courier",
        ),
        _d(
            "if2",
            "2030-11-06",
            "Marrakand bus bomb toll rises to 14",
            "MARRAKAND — Four of the wounded died overnight, bringing the death toll from "
            "Tuesday's bus bombing in Marrakand to 14, the health ministry said on Wednesday.\n"
            "Thirty-six people remained in hospital.",
            "Gulf Desk",
        ),
    ],
    {("killed", "people"): ("evolving", (14, 14))},
)

STORIES["dozens_then_over_a_hundred"] = (
    [
        _d(
            "dz1",
            "2030-12-01",
            "Dozens killed as cyclone hits Port Ellery",
            "PORT ELLERY — Dozens of people were killed when a cyclone struck Port Ellery on "
            "Sunday, officials said.",
            "Coast Post",
        ),
        _d(
            "dz2",
            "2030-12-03",
            "Port Ellery cyclone toll passes 100",
            "PORT ELLERY — More than 100 people have died in the cyclone that struck Port Ellery "
            "on Sunday, the national disaster agency said on Tuesday.",
            "World Desk",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)

STORIES["us_zero_local_wounded"] = (
    [
        _d(
            "uz1",
            "2031-01-15",
            "No Americans hurt in rocket attack on Zawiya base",
            "ZAWIYA — Rockets struck the Zawiya air base on Wednesday, wounding two Iraqi "
            "soldiers, an Iraqi security source said.\n"
            "No Americans were hurt, a US official said.",
            "Frontline Wire",
        ),
        _d(
            "uz2",
            "2031-01-15",
            "Two Iraqi soldiers wounded in Zawiya base attack",
            "ZAWIYA — Two Iraqi soldiers were wounded when rockets hit the Zawiya air base on "
            "Wednesday, the Iraqi military said.",
            "Gulf Desk",
        ),
    ],
    {
        ("injured", "us"): ("consistent", (0, 0)),
        ("injured", "iraqi_security_forces"): ("consistent", (2, 2)),
    },
)

STORIES["as_many_as_then_official"] = (
    [
        _d(
            "am1",
            "2031-02-20",
            "As many as 50 feared dead in Oskar Valley avalanche",
            "OSKAR VALLEY — As many as 50 skiers were feared dead after an avalanche in the "
            "Oskar Valley on Monday, local media reported.",
            "Alpine Post",
        ),
        _d(
            "am2",
            "2031-02-21",
            "Oskar Valley avalanche killed 12",
            "OSKAR VALLEY — Twelve skiers were killed in Monday's avalanche in the Oskar Valley, "
            "the mountain rescue service said on Tuesday.",
            "North Wire",
        ),
    ],
    {("killed", "people"): ("consistent", (12, 12))},
)


STORIES["rockets_revised_by_army"] = (
    [
        _d(
            "rr1",
            "2031-04-02",
            "Army says 12 rockets fired at Halim",
            "HALIM — Twelve rockets were fired at the town of Halim on Tuesday night, the army "
            "said.",
            "Capital Courier",
        ),
        _d(
            "rr2",
            "2031-04-03",
            "Army revises Halim rocket count to 15",
            "HALIM — The army said on Wednesday that 15 rockets had been fired at Halim on "
            "Tuesday night.",
            "Border Wire",
        ),
    ],
    {("launched", "munition"): ("evolving", (15, 15))},
)

STORIES["arrests_rise"] = (
    [
        _d(
            "ar1",
            "2031-05-06",
            "Two arrested after Kellam bombing",
            "KELLAM — Police arrested two men on Monday after a bomb exploded outside a bank in "
            "Kellam, a police spokeswoman said.",
            "Kellam Post",
        ),
        _d(
            "ar2",
            "2031-05-08",
            "Third suspect held over Kellam bombing",
            "KELLAM — Three people have now been arrested over Monday's bombing outside a bank "
            "in Kellam, police said on Wednesday.",
            "Metro Wire",
        ),
    ],
    {("arrested", "people"): ("evolving", None)},
)

STORIES["evacuations_rise"] = (
    [
        _d(
            "ev1",
            "2031-06-10",
            "5,000 evacuated as Tessen river floods",
            "TESSEN — About 5,000 people were evacuated on Tuesday as the Tessen river burst its "
            "banks, the regional government said.",
            "River Post",
        ),
        _d(
            "ev2",
            "2031-06-12",
            "More than 12,000 evacuated in Tessen floods",
            "TESSEN — More than 12,000 people have been evacuated from towns along the flooded "
            "Tessen river, the regional government said on Thursday.",
            "World Desk",
        ),
    ],
    {("evacuated", "people"): ("evolving", None)},
)


def _report(name: str) -> cr.Report:
    docs, _ = STORIES[name]
    return cr.reconcile(docs)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_each_story_gets_the_desk_editors_verdict(name: str) -> None:
    """Per measure and group, the verdict (and where it is known, the consensus) a desk gives."""
    _, expected = STORIES[name]
    check_verdicts(_report(name), expected)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_every_count_of_the_event_stays_in_a_finding(name: str) -> None:
    """No claim is lost: each event count of the story sits in one finding (zeros aside)."""
    check_no_count_lost(_report(name))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_same_reports_give_the_same_bytes(name: str) -> None:
    docs, _ = STORIES[name]
    check_order_independent(docs)


def test_a_corrected_figure_and_its_correction_do_not_add_up() -> None:
    """
    'Corrected an earlier figure of 12, saying eight had died': the 12 is early, the eight
    is the correction, and a lowered toll is a dispute of the two figures, not of their
    sum. Before: the sentence's 12 and eight were summed to 20.
    """
    report = _report("corrected_figure")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "conflicting"
    twelves = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.low == 12]
    assert len(twelves) == 3
    assert not any("superseded" in c.flags for c in twelves)
    assert any("contested" in c.flags for c in twelves)
    assert "20" not in finding.explanation
    (estimates,) = report.estimates_by_event.values()
    assert estimates["killed"].best == 8


def test_a_time_of_day_before_two_counts_still_adds_them() -> None:
    """'Earlier on Monday, two men were grazed, and two more were shot': four, not two readings."""
    doc = _d(
        "td1",
        "2028-07-05",
        "Shootings across Calder overnight",
        "CALDER — Earlier on Monday, two men were shot on Mill Lane and two men were shot on "
        "Quay Street, police said.",
        "Calder Echo",
    )

    report = cr.reconcile([doc])

    (finding,) = [f for f in report.findings if f.measure == "injured"]
    assert finding.consensus is not None
    assert finding.consensus.low == 4


def test_a_figure_a_report_calls_early_is_early_in_a_report_of_that_day() -> None:
    """
    'Officials had earlier said five people had died' beside eight, and another report of
    that day with five: its five is the early figure. Before: a conflict of 5 and 8.
    """
    report = _report("same_day_rose")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "evolving"
    assert finding.consensus is not None
    assert (finding.consensus.low, finding.consensus.high) == (8, 8)
    fives = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.low == 5]
    assert {c.document for c in fives} == {"sd1", "sd2"}
    assert all("superseded" in c.flags for c in fives)


def test_the_early_figure_told_again_a_day_later_still_disputes() -> None:
    """The same five in a report of the next day is a later, lower figure: a dispute."""
    docs, _ = STORIES["same_day_rose"]
    late = _d(
        "sd3",
        "2028-05-07",
        "Five dead in Orlec factory fire",
        "ORLEC — Five workers died in a fire at a textile factory in Orlec on Saturday, the "
        "factory's owners said on Sunday.",
        "Metro Wire",
    )

    report = cr.reconcile([docs[0], late])

    (finding,) = [f for f in report.findings if f.measure == "killed"]
    assert finding.verdict == "conflicting"


def test_two_reports_quoting_one_person_are_one_claim_giver() -> None:
    """
    Two outlets quote 'provincial governor Ilse Markov' and 'governor Ilse Markov', and
    their headlines repeat her 14: one origin, so nothing is corroborated. Before: four
    origins (two titles, two reporters' voices), every claim corroborated.
    """
    report = _report("same_source_twice")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.origins == ("provincial governor ilse markov",)
    counts = [c for c in report.claims if isinstance(c, CountClaim)]
    assert all("single_source" in c.flags for c in counts)
    assert not any("corroborated" in c.flags for c in counts)


def test_two_people_named_apart_stay_two_origins() -> None:
    """A governor and a police chief of other surnames giving one figure corroborate it."""
    docs, _ = STORIES["same_source_twice"]
    other = _d(
        "ss3",
        "2027-12-02",
        "Tarvik bus crash: police confirm 14 dead",
        "TARVIK — Fourteen passengers were killed when a bus left the road near Tarvik on "
        "Thursday, regional police chief Anton Weiss said.",
        "Mountain Wire",
    )

    report = cr.reconcile([docs[0], other])

    (finding,) = [f for f in report.findings if f.measure == "killed"]
    assert finding.origins == (
        "provincial governor ilse markov",
        "regional police chief anton weiss",
    )
    assert all("corroborated" in c.flags for c in report.claims if isinstance(c, CountClaim))


def test_a_headline_over_witnesses_figure_is_their_voice_not_the_reporters() -> None:
    """
    The reporter's 'Dozens dead' over 'Dozens of passengers died, witnesses said' gives
    the witnesses' figure: one hedged origin, not the reporter's own beside it (round 10:
    a headline relays relatives, witnesses and residents as it relays hearsay).
    """
    report = _report("more_than_forty")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert "vague:daily ledger" in finding.origins
    assert "none:daily ledger" not in finding.origins


def test_two_outlets_relaying_one_wire_report_of_one_source_are_one_origin() -> None:
    report = _report("wire_relay")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert len(finding.origins) == 1


ELIDED = (
    [
        _d(
            "il3",
            "2029-11-20",
            "Five hurt in Wexcombe school bus crash",
            "WEXCOMBE — A school bus overturned on a road outside Wexcombe on Monday. Police "
            "initially said two children were injured; by the evening they said five were hurt.",
            "Wexcombe News",
        ),
        _d(
            "il4",
            "2029-11-20",
            "Two children hurt in Wexcombe bus crash",
            "WEXCOMBE — Two children were injured when a school bus overturned outside Wexcombe "
            "on Monday, police said.",
            "County Wire",
        ),
    ],
    {("injured", "children"): ("evolving", None)},
)


@pytest.mark.xfail(
    strict=True,
    reason="extraction (general12) and attribution (attrib10): 'by the evening they said five "
    "were hurt' reads five of civilians, not of the children the sentence counts, and its "
    "speaker as a hedge; so the early two children are read as part of the five",
)
def test_a_count_with_an_elided_noun_raises_the_early_count_of_its_group() -> None:
    report = cr.reconcile(ELIDED[0])

    found = {(f.measure, f.group): f for f in report.findings}

    assert found[("injured", "children")].verdict == "evolving"


def test_a_source_lowering_its_own_figure_a_day_later_is_a_dispute_with_the_lower_best() -> None:
    """
    The county fire service's 20 dead on Sunday and its 16 on Monday: a lowered toll is
    a dispute (only a rising toll evolves), and the later 16 stays the best figure.
    Before: evolving, the 20 superseded.
    """
    report = _report("same_source_lowers_next_day")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "conflicting"
    (estimates,) = report.estimates_by_event.values()
    assert estimates["killed"].best == 16


def test_one_source_with_two_tolls_the_same_day_raised_it() -> None:
    """A ministry's 31 and 35 dead in two reports of one day: the toll rose. Before: a conflict."""
    report = _report("same_source_two_figures_one_day")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "evolving"
    (estimates,) = report.estimates_by_event.values()
    assert estimates["killed"].best == 35


def test_unnamed_officials_on_two_days_still_dispute() -> None:
    """'Officials said' twice may be other officials: a later, lower figure stays a dispute."""
    docs = [
        _d(
            "uo1",
            "2029-09-02",
            "Fire at Brackley care home kills 20",
            "BRACKLEY — Twenty residents died when fire swept through a care home in Brackley "
            "on Sunday, officials said.",
            "Brackley Star",
        ),
        _d(
            "uo2",
            "2029-09-03",
            "Brackley care home fire: 16 dead",
            "BRACKLEY — Sixteen residents died in Sunday's fire at a care home in Brackley, "
            "officials said on Monday.",
            "Brackley Star",
        ),
    ]

    report = cr.reconcile(docs)

    (finding,) = [f for f in report.findings if f.measure == "killed"]
    assert finding.verdict == "conflicting"


def test_a_source_rejecting_a_figure_is_no_update_of_its_own() -> None:
    """The ministry 'rejected' a toll of 35 in its second report: a dispute, not an update."""
    docs, _ = STORIES["same_source_two_figures_one_day"]
    rejecting = _d(
        "st3",
        "2029-10-14",
        "Ministry rejects higher Nadra toll",
        "NADRA — The health ministry said 31 people were killed by the car bomb in Nadra on "
        "Sunday and rejected reports of a higher toll.",
        "World Desk",
    )

    report = cr.reconcile([docs[1], rejecting])

    (finding,) = [f for f in report.findings if f.measure == "killed"]
    assert finding.verdict == "conflicting"


RANGE_DISPUTE = (
    [
        _d(
            "hr1",
            "2030-02-11",
            "Ministry says 471 killed in blast at Sabri hospital",
            "SABRI — An explosion at the Sabri general hospital on Monday killed 471 people, the "
            "health ministry said.",
            "Regional Desk",
        ),
        _d(
            "hr2",
            "2030-02-13",
            "Intelligence estimate puts Sabri hospital toll far lower",
            "SABRI — Between 100 and 300 people were probably killed in Monday's explosion at "
            "the Sabri general hospital, a foreign intelligence assessment said on Wednesday, "
            "rejecting the ministry's figure.",
            "World Desk",
        ),
        _d(
            "hr3",
            "2030-02-12",
            "At least 200 dead in Sabri hospital blast",
            "SABRI — At least 200 people were killed in the explosion at the Sabri general "
            "hospital on Monday, a medical charity said.",
            "Levant Wire",
        ),
    ],
    {("killed", "people"): ("conflicting", None)},
)


def test_an_assessment_far_below_a_ministrys_toll_disputes_it() -> None:
    """'Between 100 and 300 people were probably killed' (a hedge inside the verb) disputes 471."""
    report = cr.reconcile(RANGE_DISPUTE[0])

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "conflicting"


def test_a_count_one_hospital_received_is_some_of_the_wounded() -> None:
    """
    'St Luke's hospital received 12 people wounded' and 'the military hospital took in
    nine' beside the ministry's 21: some of the wounded each. Before: 12 and 9 disputed 21.
    """
    report = _report("two_hospitals_parts")

    (finding,) = [f for f in report.findings if f.measure == "injured"]

    assert finding.verdict == "consistent"
    assert finding.consensus is not None
    assert (finding.consensus.low, finding.consensus.high) == (21, 21)
    term = finding.arithmetic.consensus
    assert term is not None
    assert sum("one hospital received" in t.note for t in term.terms) == 2


def test_a_hospital_giving_a_toll_is_a_source_not_one_place() -> None:
    """'Doctors at the main hospital said 45 people were killed' still disputes 31."""
    report = _report("hospital_vs_ministry")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "conflicting"
    assert "one hospital" not in finding.explanation


DIED_OF_INJURIES = (
    [
        _d(
            "wd1",
            "2030-07-01",
            "Six hurt, no one killed in Ravensholt tram stabbing",
            "RAVENSHOLT — A man stabbed six passengers on a tram in Ravensholt on Monday, but no "
            "one was killed, police said.",
            "City Post",
        ),
        _d(
            "wd2",
            "2030-07-02",
            "Ravensholt tram stabbing victim dies",
            "RAVENSHOLT — One of the six people stabbed on a tram in Ravensholt on Monday later "
            "died of his injuries in hospital, police said on Tuesday.",
            "City Post",
        ),
    ],
    {("killed", "people"): ("evolving", None)},
)


def test_a_wounded_victim_dying_a_day_later_raises_a_zero_toll() -> None:
    """'One of the six people stabbed ... later died of his injuries' is 1 killed (general14)."""
    report = cr.reconcile(DIED_OF_INJURIES[0])

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "evolving"


def test_a_death_told_as_later_raises_another_sources_zero() -> None:
    """
    Police's 'no one was killed' and a day later a hospital's 'one of the wounded later
    died': the toll moved. Before: the zero was a denial the hospital disputed.
    """
    report = _report("wounded_later_died_other_source")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.verdict == "evolving"
    zeros = [c for c in report.claims if isinstance(c, CountClaim) and c.quantity.upper == 0]
    assert all("superseded" in c.flags for c in zeros if c.measure == "killed")


def test_a_death_told_as_later_is_later_the_same_day() -> None:
    """The same two reports on one day: 'later died' orders them, no dispute."""
    docs, _ = STORIES["wounded_later_died_other_source"]
    same_day = cr.Document(
        "wo3", docs[1].text, title=docs[1].title, published="2030-07-01", outlet="North Wire"
    )

    report = cr.reconcile([docs[0], same_day])

    (finding,) = [f for f in report.findings if f.measure == "killed"]
    assert finding.verdict == "evolving"


def test_an_armed_groups_own_toll_is_not_the_best_figure_on_conflict() -> None:
    """
    The defence ministry's three dead against a group's 'more than 50' (and a headline's
    'dozens' relaying it): the estimate's best is 3. Before: 51, the figure two voices
    allowed, one of them only relaying the group.
    """
    report = _report("party_vs_army")

    (estimates,) = report.estimates_by_event.values()

    assert estimates["killed"].best == 3
    assert estimates["killed"].low == 3


def test_an_upper_bound_on_conflict_gives_its_high_end() -> None:
    """The army's 'fewer than 100' against the ministry's 470: best 99, never 0 dead."""
    report = _report("disputed_hospital_toll")

    (estimates,) = report.estimates_by_event.values()

    assert estimates["killed"].best == 99
    assert estimates["killed"].high == 470


def test_one_organization_named_shorter_and_longer_is_one_claim_giver() -> None:
    """'The city's fire service' and 'the fire service': one origin. Before: two, plus reporters."""
    report = _report("revised_down_same_source")

    (finding,) = [f for f in report.findings if f.measure == "killed"]

    assert finding.origins == ("the city's fire service",)


def test_a_name_inside_two_other_names_keeps_its_own_origin() -> None:
    """'The ministry' beside the health and the interior ministries may be either of them."""
    docs = [
        _d(
            f"mn{i}",
            "2031-03-02",
            "Blast in Hollin market kills 12",
            f"HOLLIN — A bomb killed 12 people at a market in Hollin on Sunday, {who} said.",
            outlet,
        )
        for i, (who, outlet) in enumerate(
            [
                ("the health ministry", "Capital Courier"),
                ("the interior ministry", "Gulf Desk"),
                ("the ministry", "World Desk"),
            ]
        )
    ]

    report = cr.reconcile(docs)

    (finding,) = [f for f in report.findings if f.measure == "killed"]
    assert finding.origins == ("the health ministry", "the interior ministry", "the ministry")


def test_a_source_revising_its_own_count_of_things_updates_it() -> None:
    """
    The army's 12 rockets, then its 15 a day later: things fired are fixed by their event,
    but a source does not dispute itself. Before: a conflict.
    """
    report = _report("rockets_revised_by_army")

    (finding,) = [f for f in report.findings if f.measure == "launched"]

    assert finding.verdict == "evolving"
    assert finding.consensus is not None
    assert finding.consensus.low == 15
