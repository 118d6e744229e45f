"""
Round-eighteen linking stories: reports of one incident written as news writes them.

Each story holds two to four reports of one incident and a confounder beside it. Places
at several granularities: a town, its province and "northern Afghanistan"; a town spelled
two ways; a country named only by its adjective in a headline; "near the Russian
border"; "40 km north of" a city. Places that are not towns: a strait and a gulf, a
country's waters off a small port, a mine and a highway, a border crossing, a river and
a mountain pass. Days: "the Saturday blast" told two days later, "the weekend attack",
a follow-up with no day, "early on Sunday". Kinds: an attack, an ambush and an assault;
a blast, an explosion and a bombing; a cyclone and a storm; a quake and a tremor; a
second attack two days later; a quake and floods in one province in a week.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimrec as cr
from claimrec.extract import extract
from claimrec.link.dates import read_event_date
from claimrec.link.places import default_gazetteer
from claimrec.link.profile import profile_documents
from claimrec.matchers import EventProfile, SiteMatcher, place_key
from stories import story_tests

D = cr.Document

TOWN_PROVINCE_NORTHERN_COUNTRY = [
    D(
        "gr1",
        "A car bomb exploded outside a police station in Kunduz on Tuesday, killing nine people, "
        "a provincial spokesman said.",
        title="Car bomb kills nine in Kunduz",
        published="2029-03-13",
        outlet="Wire One",
    ),
    D(
        "gr2",
        "Nine people were killed when a car bomb went off near a police compound in northern "
        "Afghanistan on Tuesday, officials said.",
        title="Nine killed in northern Afghan car bombing",
        published="2029-03-13",
        outlet="Wire Two",
    ),
    D(
        "gr3",
        "A suicide car bomb killed nine people at a police station in Kunduz province on Tuesday,"
        " the interior ministry said.",
        title="Afghan car bomb kills nine",
        published="2029-03-13",
        outlet="Wire Three",
    ),
    D(
        "gr4",
        "A roadside bomb killed three soldiers in Helmand province on Tuesday, officials said.",
        title="Roadside bomb kills three soldiers in Helmand",
        published="2029-03-13",
        outlet="Wire One",
    ),
]

TOWN_SPELLED_TWO_WAYS = [
    D(
        "sp1",
        "Gunmen stormed a village near Maiduguri on Sunday, killing 14 farmers, residents said.",
        title="Gunmen kill 14 farmers near Maiduguri",
        published="2029-05-20",
        outlet="Wire One",
    ),
    D(
        "sp2",
        "Fourteen farmers were killed when gunmen attacked a village outside Maidugiri on Sunday,"
        " a local official said.",
        title="14 farmers killed outside Maidugiri",
        published="2029-05-20",
        outlet="Wire Two",
    ),
    D(
        "sp3",
        "Gunmen killed six traders on a road in Zamfara state on Sunday, police said.",
        title="Gunmen kill six traders in Zamfara",
        published="2029-05-20",
        outlet="Wire One",
    ),
]

COUNTRY_ADJECTIVE_IN_THE_HEADLINE = [
    D(
        "ca1",
        "A bus plunged into a gorge near Gilgit on Friday, killing 19 passengers, police said.",
        title="Pakistani bus crash kills 19",
        published="2029-06-01",
        outlet="Wire One",
    ),
    D(
        "ca2",
        "Nineteen people died when a bus fell into a ravine on the Karakoram Highway near Gilgit "
        "on Friday, officials said.",
        title="Bus plunges into ravine near Gilgit, 19 dead",
        published="2029-06-01",
        outlet="Wire Two",
    ),
    D(
        "ca3",
        "A bus overturned near Kathmandu on Friday, killing seven passengers, police said.",
        title="Nepal bus crash kills seven",
        published="2029-06-01",
        outlet="Wire One",
    ),
]

NEAR_THE_BORDER = [
    D(
        "nb1",
        "An artillery strike hit a market in Sumy on Thursday, killing five civilians, the "
        "regional governor said.",
        title="Shelling kills five in Sumy",
        published="2029-02-08",
        outlet="Wire One",
    ),
    D(
        "nb2",
        "Five civilians were killed on Thursday when shells hit a market in a Ukrainian town near"
        " the Russian border, the regional governor said.",
        title="Shelling kills five near Russian border",
        published="2029-02-08",
        outlet="Wire Two",
    ),
    D(
        "nb3",
        "A drone strike killed two people in Odesa on Thursday, officials said.",
        title="Drone kills two in Odesa",
        published="2029-02-08",
        outlet="Wire One",
    ),
]

A_STRAIT_AND_A_GULF = [
    D(
        "sg1",
        "A cargo ship sank in the Strait of Hormuz on Monday, leaving 11 crew members missing, "
        "the Iranian coast guard said.",
        title="11 missing as ship sinks in Strait of Hormuz",
        published="2029-01-15",
        outlet="Wire One",
    ),
    D(
        "sg2",
        "Eleven sailors were missing after a freighter went down off Bandar Abbas on Monday, "
        "Iranian officials said.",
        title="Freighter sinks off Bandar Abbas, 11 missing",
        published="2029-01-15",
        outlet="Wire Two",
    ),
    D(
        "sg3",
        "A fishing boat sank in the Gulf of Aden on Monday, leaving four fishermen missing, "
        "Yemeni officials said.",
        title="Four missing as boat sinks in Gulf of Aden",
        published="2029-01-15",
        outlet="Wire One",
    ),
]

KM_NORTH_OF_A_TOWN = [
    D(
        "km1",
        "A passenger train derailed 40 km north of Mandalay on Wednesday, killing 12 people, "
        "railway officials said.",
        title="Train derails north of Mandalay, 12 dead",
        published="2029-04-11",
        outlet="Wire One",
    ),
    D(
        "km2",
        "Twelve people were killed when a train came off the tracks in Mandalay region on "
        "Wednesday, state media said.",
        title="Myanmar train derailment kills 12",
        published="2029-04-11",
        outlet="Wire Two",
    ),
    D(
        "km3",
        "A train hit a bus at a crossing near Yangon on Wednesday, killing eight people, police "
        "said.",
        title="Train hits bus near Yangon, eight dead",
        published="2029-04-11",
        outlet="Wire One",
    ),
]

A_MINE_AND_A_HIGHWAY = [
    D(
        "mh1",
        "A methane explosion in a coal mine near Karaganda on Saturday killed 16 miners, the "
        "emergency ministry said.",
        title="Coal mine blast kills 16 in Kazakhstan",
        published="2029-10-27",
        outlet="Wire One",
    ),
    D(
        "mh2",
        "Sixteen miners died on Saturday after a gas blast deep underground at the Kostenko mine "
        "in Karaganda region, officials said.",
        title="16 miners die in Karaganda mine blast",
        published="2029-10-27",
        outlet="Wire Two",
    ),
    D(
        "mh3",
        "A truck crashed into cars on a highway near Almaty on Saturday, killing five people, "
        "police said.",
        title="Highway crash kills five near Almaty",
        published="2029-10-27",
        outlet="Wire One",
    ),
]

BORDER_CROSSING_AND_CAMP = [
    D(
        "bx1",
        "A suicide bomber struck the Torkham border crossing on Monday, killing seven people, "
        "Pakistani officials said.",
        title="Suicide bomber kills seven at Torkham crossing",
        published="2029-09-10",
        outlet="Wire One",
    ),
    D(
        "bx2",
        "Seven people were killed when a bomber blew himself up at the border crossing with "
        "Afghanistan in Khyber district on Monday, police said.",
        title="Bomb kills seven at Pakistan-Afghanistan border crossing",
        published="2029-09-10",
        outlet="Wire Two",
    ),
    D(
        "bx3",
        "A bomb exploded at a refugee camp near Peshawar on Monday, killing three people, police "
        "said.",
        title="Bomb kills three at camp near Peshawar",
        published="2029-09-10",
        outlet="Wire One",
    ),
]

THE_SATURDAY_BLAST_TOLD_LATER = [
    D(
        "dl1",
        "A bomb exploded in a crowded market in Peshawar on Saturday, killing 17 people, police "
        "said.",
        title="Market bomb kills 17 in Peshawar",
        published="2029-11-10",
        outlet="Wire One",
    ),
    D(
        "dl2",
        "The death toll from the Saturday blast at a Peshawar market rose to 23 on Monday as more"
        " of the wounded died, hospital officials said.",
        title="Peshawar market bombing toll rises to 23",
        published="2029-11-12",
        outlet="Wire Two",
    ),
    D(
        "dl3",
        "A bomb exploded near a mosque in Peshawar on Monday, killing four worshippers, police "
        "said.",
        title="Bomb kills four near Peshawar mosque",
        published="2029-11-12",
        outlet="Wire One",
    ),
]

THE_WEEKEND_ATTACK_AND_NO_DAY = [
    D(
        "wk1",
        "Gunmen attacked a church in Ondo state on Sunday, killing 22 worshippers, police said.",
        title="Gunmen kill 22 in Nigerian church attack",
        published="2029-06-03",
        outlet="Wire One",
    ),
    D(
        "wk2",
        "Funerals were held on Tuesday for 22 worshippers killed in the weekend attack on a "
        "church in Owo, Ondo state, officials said.",
        title="Owo buries victims of church attack",
        published="2029-06-05",
        outlet="Wire Two",
    ),
    D(
        "wk3",
        "Survivors of the church attack in Owo described how gunmen opened fire on worshippers, "
        "killing 22 people.",
        title="Survivors recount Owo church massacre",
        published="2029-06-06",
        outlet="Wire Three",
    ),
]

EARLY_ON_SUNDAY = [
    D(
        "es1",
        "A fire swept through a nightclub in Bucharest early on Sunday, killing 27 people, "
        "firefighters said.",
        title="Nightclub fire kills 27 in Bucharest",
        published="2029-10-28",
        outlet="Wire One",
    ),
    D(
        "es2",
        "Twenty-seven people died when fire tore through a crowded club in the Romanian capital "
        "in the early hours, officials said.",
        title="Romanian club fire kills 27",
        published="2029-10-28",
        outlet="Wire Two",
    ),
    D(
        "es3",
        "A fire at a hospital in Bucharest on Thursday killed four patients, the health ministry "
        "said.",
        title="Hospital fire kills four in Bucharest",
        published="2029-11-01",
        outlet="Wire One",
    ),
]

ATTACK_ASSAULT_RAID_AMBUSH = [
    D(
        "ak1",
        "Militants attacked an army post in Tillaberi region on Thursday, killing 17 soldiers, "
        "Niger's defence ministry said.",
        title="Militants kill 17 soldiers in Niger attack",
        published="2029-08-16",
        outlet="Wire One",
    ),
    D(
        "ak2",
        "Seventeen soldiers were killed in an ambush near the border with Mali in Tillaberi on "
        "Thursday, the army said.",
        title="Ambush kills 17 Niger soldiers",
        published="2029-08-16",
        outlet="Wire Two",
    ),
    D(
        "ak3",
        "An assault by jihadists on a military post in western Niger on Thursday left 17 soldiers"
        " dead, officials said.",
        title="Jihadist assault kills 17 soldiers in western Niger",
        published="2029-08-17",
        outlet="Wire Three",
    ),
    D(
        "ak4",
        "Militants attacked a village in Tillaberi region on Sunday, killing nine civilians, "
        "officials said.",
        title="Militants kill nine villagers in Niger",
        published="2029-08-19",
        outlet="Wire One",
    ),
]

BLAST_EXPLOSION_BOMBING = [
    D(
        "bl1",
        "A bomb blast ripped through a bus station in Maiduguri on Tuesday, killing 11 people, "
        "police said.",
        title="Blast kills 11 at Maiduguri bus station",
        published="2029-07-17",
        outlet="Wire One",
    ),
    D(
        "bl2",
        "Eleven people were killed in an explosion at a crowded bus station in Maiduguri on "
        "Tuesday, emergency officials said.",
        title="Explosion at Maiduguri bus station kills 11",
        published="2029-07-17",
        outlet="Wire Two",
    ),
    D(
        "bl3",
        "The bombing of a bus station in Maiduguri on Tuesday killed 11 people, the army said.",
        title="Maiduguri bus station bombing kills 11",
        published="2029-07-18",
        outlet="Wire Three",
    ),
]

CYCLONE_AND_STORM = [
    D(
        "cy1",
        "Cyclone Mocha slammed into Rakhine state on Sunday, killing 41 people, state media said.",
        title="Cyclone Mocha kills 41 in Myanmar",
        published="2029-05-14",
        outlet="Wire One",
    ),
    D(
        "cy2",
        "Forty-one people died when a powerful storm hit Sittwe on Sunday, tearing roofs off "
        "homes, officials said.",
        title="Storm kills 41 in Sittwe",
        published="2029-05-14",
        outlet="Wire Two",
    ),
    D(
        "cy3",
        "A landslide hit a jade mine in Kachin state on Tuesday, killing 30 miners, officials "
        "said.",
        title="Jade mine landslide kills 30 in Kachin",
        published="2029-05-16",
        outlet="Wire One",
    ),
]

QUAKE_AND_TREMOR = [
    D(
        "qk1",
        "A magnitude 6.3 earthquake struck Bingol province on Thursday, killing eight people, "
        "Turkish officials said.",
        title="Quake kills eight in eastern Turkey",
        published="2029-03-22",
        outlet="Wire One",
    ),
    D(
        "qk2",
        "Eight people were killed when a strong tremor shook Bingol on Thursday, collapsing "
        "homes, the disaster agency said.",
        title="Tremor kills eight in Bingol",
        published="2029-03-22",
        outlet="Wire Two",
    ),
    D(
        "qk3",
        "Floods swept through Bingol province on Saturday, killing three people, officials said.",
        title="Floods kill three in Bingol",
        published="2029-03-24",
        outlet="Wire One",
    ),
]

SECOND_ATTACK_TWO_DAYS_LATER = [
    D(
        "sa1",
        "Gunmen attacked a police checkpoint in Dera Ismail Khan on Monday, killing six "
        "policemen, officials said.",
        title="Gunmen kill six police in Dera Ismail Khan",
        published="2029-04-02",
        outlet="Wire One",
    ),
    D(
        "sa2",
        "Six policemen were killed in an attack on a checkpoint in Dera Ismail Khan on Monday, "
        "police said.",
        title="Six police killed in checkpoint attack",
        published="2029-04-02",
        outlet="Wire Two",
    ),
    D(
        "sa3",
        "Gunmen attacked a police patrol in Dera Ismail Khan on Wednesday, killing three "
        "policemen, officials said.",
        title="Gunmen kill three police in Dera Ismail Khan",
        published="2029-04-04",
        outlet="Wire One",
    ),
]

IN_A_COUNTRY_S_WATERS = [
    D(
        "ww1",
        "A boat carrying migrants capsized in Greek waters off Pylos on Wednesday, killing 78 "
        "people, the coast guard said.",
        title="Migrant boat capsizes off Greece, 78 dead",
        published="2029-06-13",
        outlet="Wire One",
    ),
    D(
        "ww2",
        "Seventy-eight migrants drowned when their fishing boat sank in the Ionian Sea on "
        "Wednesday, Greek officials said.",
        title="78 migrants drown in Ionian Sea",
        published="2029-06-13",
        outlet="Wire Two",
    ),
    D(
        "ww3",
        "A dinghy sank off Lesbos on Wednesday, killing four migrants, the coast guard said.",
        title="Four migrants die off Lesbos",
        published="2029-06-13",
        outlet="Wire One",
    ),
]

A_RIVER_AND_A_MOUNTAIN_PASS = [
    D(
        "rp1",
        "A bus plunged into the Trishuli river in Chitwan district on Friday, leaving 50 "
        "passengers missing, police said.",
        title="Bus plunges into Trishuli river, 50 missing",
        published="2029-07-13",
        outlet="Wire One",
    ),
    D(
        "rp2",
        "Fifty people were missing after two buses were swept into a river by a landslide on a "
        "highway in central Nepal on Friday, officials said.",
        title="Landslide sweeps buses into river in central Nepal",
        published="2029-07-13",
        outlet="Wire Two",
    ),
    D(
        "rp3",
        "An avalanche buried a truck on the Salang Pass on Friday, killing six people, Afghan "
        "officials said.",
        title="Avalanche kills six on Salang Pass",
        published="2029-07-13",
        outlet="Wire One",
    ),
]

POLICE_STATIONS_NORTH_AND_SOUTH = [
    D(
        "ps1",
        "A suicide car bomb struck a police station in Mazar-i-Sharif on Tuesday, killing 11 "
        "officers, officials said.",
        title="Car bomb kills 11 police in Mazar-i-Sharif",
        published="2029-10-09",
        outlet="Wire One",
    ),
    D(
        "ps2",
        "Eleven policemen were killed when a car bomb hit a police compound in northern Afghanistan"
        " on Tuesday, the interior ministry said.",
        title="Car bomb kills 11 police in northern Afghanistan",
        published="2029-10-09",
        outlet="Wire Two",
    ),
    D(
        "ps3",
        "A car bomb exploded outside a police station in Lashkar Gah on Tuesday, killing four "
        "officers, provincial officials said.",
        title="Car bomb kills four police in Lashkar Gah",
        published="2029-10-09",
        outlet="Wire One",
    ),
    D(
        "ps4",
        "Four police officers were killed when a car bomb went off at a police station in "
        "southern Afghanistan on Tuesday, officials said.",
        title="Car bomb kills four police in southern Afghanistan",
        published="2029-10-09",
        outlet="Wire Two",
    ),
]

LATE_SATURDAY_AND_EARLY_SUNDAY = [
    D(
        "mn1",
        "A gunman opened fire at a bar in Memphis late on Saturday, killing four people, police "
        "said.",
        title="Gunman kills four at Memphis bar",
        published="2029-03-04",
        outlet="Wire One",
    ),
    D(
        "mn2",
        "Four people were shot dead at a bar in Memphis, Tennessee, early on Sunday, police said.",
        title="Four shot dead at Memphis bar",
        published="2029-03-05",
        outlet="Wire Two",
    ),
    D(
        "mn3",
        "A gunman killed two people at a gas station in Memphis on Tuesday, police said.",
        title="Two killed at Memphis gas station",
        published="2029-03-07",
        outlet="Wire One",
    ),
]

STORM_NAMED_AND_ITS_FLOODS = [
    D(
        "sf1",
        "Storm Daniel brought torrential rain to eastern Libya on Sunday, and floods swept "
        "through Derna, killing more than 2,000 people, officials said.",
        title="Storm Daniel floods kill 2,000 in Libya",
        published="2029-09-11",
        outlet="Wire One",
    ),
    D(
        "sf2",
        "Floodwaters swept away whole neighbourhoods of Derna on Sunday after two dams burst, "
        "killing at least 2,000 people, the eastern government said.",
        title="Derna floods kill at least 2,000",
        published="2029-09-11",
        outlet="Wire Two",
    ),
    D(
        "sf3",
        "A landslide buried a road near Bayda on Friday, killing three people, officials said.",
        title="Landslide kills three near Bayda",
        published="2029-09-15",
        outlet="Wire One",
    ),
]

TOLL_FOLLOW_UP_WITH_NO_KIND = [
    D(
        "tf1",
        "A powerful earthquake struck southern Turkey on Monday, killing 45 people in Hatay "
        "province, officials said.",
        title="Quake kills 45 in southern Turkey",
        published="2029-02-05",
        outlet="Wire One",
    ),
    D(
        "tf2",
        "The number of dead in Hatay rose to 112 on Wednesday as rescuers pulled more bodies from"
        " the rubble, the disaster agency said.",
        title="Hatay toll rises to 112",
        published="2029-02-07",
        outlet="Wire Two",
    ),
    D(
        "tf3",
        "Floods hit Hatay province on Saturday, killing four people, officials said.",
        title="Floods kill four in Hatay",
        published="2029-02-10",
        outlet="Wire One",
    ),
]

TYPHOON_AND_ITS_LANDSLIDE = [
    D(
        "ty1",
        "Typhoon Haikui slammed into Taitung county on Sunday, killing three people, officials "
        "said.",
        title="Typhoon Haikui kills three in Taiwan",
        published="2029-09-03",
        outlet="Wire One",
    ),
    D(
        "ty2",
        "Three people died in Taitung on Sunday as a powerful storm lashed eastern Taiwan with "
        "winds of 190 km/h, the fire agency said.",
        title="Storm kills three in eastern Taiwan",
        published="2029-09-03",
        outlet="Wire Two",
    ),
    D(
        "ty3",
        "A bus crashed in Taipei on Sunday, killing five passengers, police said.",
        title="Bus crash kills five in Taipei",
        published="2029-09-03",
        outlet="Wire One",
    ),
]

LAST_WEEK_AND_A_LATER_ATTACK = [
    D(
        "lw1",
        "Gunmen attacked a wedding party in Benue state on Thursday, killing 30 people, police "
        "said.",
        title="Gunmen kill 30 at wedding in Benue",
        published="2029-04-19",
        outlet="Wire One",
    ),
    D(
        "lw2",
        "Survivors of last week's attack on a wedding in Benue said the gunmen arrived on "
        "motorcycles, killing 30 guests.",
        title="Benue wedding massacre survivors speak",
        published="2029-04-24",
        outlet="Wire Two",
    ),
    D(
        "lw3",
        "Gunmen attacked a market in Benue state on Tuesday, killing 12 traders, police said.",
        title="Gunmen kill 12 traders in Benue market",
        published="2029-04-24",
        outlet="Wire One",
    ),
]

TWO_DISASTERS_IN_ONE_PROVINCE_IN_A_WEEK = [
    D(
        "pd1",
        "Floods swept through villages in Sindh province on Monday, killing 18 people, officials "
        "said.",
        title="Floods kill 18 in Sindh",
        published="2029-08-06",
        outlet="Wire One",
    ),
    D(
        "pd2",
        "Eighteen people drowned in Sindh on Monday as the Indus burst its banks, the provincial "
        "disaster authority said.",
        title="Indus floods drown 18 in Sindh",
        published="2029-08-06",
        outlet="Wire Two",
    ),
    D(
        "pd3",
        "A heatwave in Sindh province killed 23 people on Saturday, health officials said.",
        title="Heatwave kills 23 in Sindh",
        published="2029-08-11",
        outlet="Wire One",
    ),
]

RAID_BY_MILITANTS_RAID_BY_POLICE = [
    D(
        "rd1",
        "Militants raided a village in Borno state on Wednesday, killing 11 people, residents "
        "said.",
        title="Militants kill 11 in Borno raid",
        published="2029-01-17",
        outlet="Wire One",
    ),
    D(
        "rd2",
        "Eleven villagers were killed when jihadists attacked their village in northeast Nigeria "
        "on Wednesday, a militia leader said.",
        title="Jihadists kill 11 villagers in northeast Nigeria",
        published="2029-01-17",
        outlet="Wire Two",
    ),
    D(
        "rd3",
        "Police raided a hideout in Kano on Wednesday, killing four suspected kidnappers, police "
        "said.",
        title="Police kill four suspects in Kano raid",
        published="2029-01-17",
        outlet="Wire One",
    ),
]

EXPLOSION_AT_A_DEPOT_NAMED_TWO_WAYS = [
    D(
        "ed1",
        "A huge explosion at a fuel depot in Conakry on Monday killed 13 people, the government "
        "said.",
        title="Fuel depot explosion kills 13 in Conakry",
        published="2029-12-18",
        outlet="Wire One",
    ),
    D(
        "ed2",
        "Thirteen people died when a blaze at the main oil terminal in Guinea's capital set off a"
        " blast early on Monday, officials said.",
        title="Guinea oil terminal blast kills 13",
        published="2029-12-18",
        outlet="Wire Two",
    ),
    D(
        "ed3",
        "A truck collided with a bus in Conakry on Monday, killing six people, police said.",
        title="Truck-bus crash kills six in Conakry",
        published="2029-12-18",
        outlet="Wire One",
    ),
]

QUAKE_FELT_IN_A_NEIGHBOURING_COUNTRY = [
    D(
        "qn1",
        "A magnitude 6.8 earthquake struck Al Haouz province on Friday night, killing 820 people,"
        " Morocco's interior ministry said.",
        title="Morocco quake kills 820",
        published="2029-09-09",
        outlet="Wire One",
    ),
    D(
        "qn2",
        "More than 800 people died when a powerful earthquake hit the High Atlas mountains south "
        "of Marrakesh late on Friday, officials said.",
        title="Quake south of Marrakesh kills more than 800",
        published="2029-09-09",
        outlet="Wire Two",
    ),
    D(
        "qn3",
        "A magnitude 5.0 earthquake struck northern Algeria on Friday, injuring 12 people, "
        "officials said.",
        title="Quake injures 12 in northern Algeria",
        published="2029-09-09",
        outlet="Wire One",
    ),
]

#: Each story's reports and its gold incidents.
STORIES = {
    "town, province, northern country": (
        TOWN_PROVINCE_NORTHERN_COUNTRY,
        [{"gr1", "gr2", "gr3"}, {"gr4"}],
    ),
    "town spelled two ways": (TOWN_SPELLED_TWO_WAYS, [{"sp1", "sp2"}, {"sp3"}]),
    "country adjective in the headline": (
        COUNTRY_ADJECTIVE_IN_THE_HEADLINE,
        [{"ca1", "ca2"}, {"ca3"}],
    ),
    "near the border": (NEAR_THE_BORDER, [{"nb1", "nb2"}, {"nb3"}]),
    "a strait and a gulf": (A_STRAIT_AND_A_GULF, [{"sg1", "sg2"}, {"sg3"}]),
    "km north of a town": (KM_NORTH_OF_A_TOWN, [{"km1", "km2"}, {"km3"}]),
    "a mine and a highway": (A_MINE_AND_A_HIGHWAY, [{"mh1", "mh2"}, {"mh3"}]),
    "border crossing and camp": (BORDER_CROSSING_AND_CAMP, [{"bx1", "bx2"}, {"bx3"}]),
    "the Saturday blast told later": (THE_SATURDAY_BLAST_TOLD_LATER, [{"dl1", "dl2"}, {"dl3"}]),
    "the weekend attack and no day": (THE_WEEKEND_ATTACK_AND_NO_DAY, [{"wk1", "wk2", "wk3"}]),
    "early on Sunday": (EARLY_ON_SUNDAY, [{"es1", "es2"}, {"es3"}]),
    "attack, assault, raid, ambush": (ATTACK_ASSAULT_RAID_AMBUSH, [{"ak1", "ak2", "ak3"}, {"ak4"}]),
    "blast, explosion, bombing": (BLAST_EXPLOSION_BOMBING, [{"bl1", "bl2", "bl3"}]),
    "cyclone and storm": (CYCLONE_AND_STORM, [{"cy1", "cy2"}, {"cy3"}]),
    "quake and tremor": (QUAKE_AND_TREMOR, [{"qk1", "qk2"}, {"qk3"}]),
    "second attack two days later": (SECOND_ATTACK_TWO_DAYS_LATER, [{"sa1", "sa2"}, {"sa3"}]),
    "in a country's waters": (IN_A_COUNTRY_S_WATERS, [{"ww1", "ww2"}, {"ww3"}]),
    "a river and a mountain pass": (A_RIVER_AND_A_MOUNTAIN_PASS, [{"rp1", "rp2"}, {"rp3"}]),
    "police stations north and south": (
        POLICE_STATIONS_NORTH_AND_SOUTH,
        [{"ps1", "ps2"}, {"ps3", "ps4"}],
    ),
    "late Saturday and early Sunday": (LATE_SATURDAY_AND_EARLY_SUNDAY, [{"mn1", "mn2"}, {"mn3"}]),
    "storm named and its floods": (STORM_NAMED_AND_ITS_FLOODS, [{"sf1", "sf2"}, {"sf3"}]),
    "toll follow-up with no kind": (TOLL_FOLLOW_UP_WITH_NO_KIND, [{"tf1", "tf2"}, {"tf3"}]),
    "typhoon and its landslide": (TYPHOON_AND_ITS_LANDSLIDE, [{"ty1", "ty2"}, {"ty3"}]),
    "last week and a later attack": (LAST_WEEK_AND_A_LATER_ATTACK, [{"lw1", "lw2"}, {"lw3"}]),
    "two disasters in one province in a week": (
        TWO_DISASTERS_IN_ONE_PROVINCE_IN_A_WEEK,
        [{"pd1", "pd2"}, {"pd3"}],
    ),
    "raid by militants, raid by police": (
        RAID_BY_MILITANTS_RAID_BY_POLICE,
        [{"rd1", "rd2"}, {"rd3"}],
    ),
    "explosion at a depot named two ways": (
        EXPLOSION_AT_A_DEPOT_NAMED_TWO_WAYS,
        [{"ed1", "ed2"}, {"ed3"}],
    ),
    "quake felt in a neighbouring country": (
        QUAKE_FELT_IN_A_NEIGHBOURING_COUNTRY,
        [{"qn1", "qn2"}, {"qn3"}],
    ),
}

#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset(
    {
        "a river and a mountain pass",
        "raid by militants, raid by police",
        "explosion at a depot named two ways",
    }
)

test_each_story_alone_links_its_incidents, _ = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    reason=(
        "a river and a mountain pass: 'a "
        "bus plunged into the Trishuli river' (a crash) and 'a landslide swept two buses "
        "into a river' tell one incident by two kinds that share nothing (kind 0.0), and "
        "'central Nepal' holds Chitwan only as a country holds a province (place 0.3). "
        "raid by militants: 'militants raided a village' and "
        "'jihadists attacked their village' give the extractor no kind, and 'northeast "
        "Nigeria' holds Borno as a country holds a province (0.3): 0.462. explosion at a "
        "depot: a fuel depot's explosion now reads as an accident (gas explosion), but so "
        "does a road crash: two accidents of different kinds in one city on one day share "
        "no weight against each other but kind 0.0 (weight 0.1; a tanker crash is also an "
        "explosion, so accidents do not exclude each other), and place, day and context "
        "link them (0.629)"
    ),
)
#: The stories the linker gets right, reconciled as one corpus.
_, test_all_stories_as_one_corpus = story_tests(
    {name: story for name, story in STORIES.items() if name not in STILL_WRONG}
)


def _profile(text: str, *, published: str = "2029-06-13") -> cr.Document:
    """A one-sentence report whose headline is its words before "on Monday"."""
    return D("x", text, title=text.split(" on Monday", maxsplit=1)[0], published=published)


def _main(doc: cr.Document) -> EventProfile:
    """The profile of *doc*'s own event, read with its claims as the pipeline reads it."""
    return next(p for p in profile_documents([doc], extract(doc))[0] if p.focus == "main")


class TestPlacesThatAreNotTowns:
    """Seas, straits, gulfs, rivers, passes, crossings, camps and islands are places."""

    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("A cargo ship sank in the Strait of Hormuz on Monday, killing five sailors.",
             "Strait of Hormuz", {"IR", "OM"}),
            ("A fishing boat sank in the Gulf of Aden on Monday, killing four fishermen.",
             "Gulf of Aden", {"YE", "SO", "DJ"}),
            ("A boat carrying migrants sank in the Ionian Sea on Monday, killing 60 people.",
             "Ionian Sea", {"GR", "IT"}),
            ("A dinghy capsized in the Aegean Sea on Monday, killing three migrants.",
             "Aegean Sea", {"GR", "TR"}),
            ("A boat capsized in the English Channel on Monday, killing five migrants.",
             "English Channel", {"GB", "FR"}),
            ("A bus plunged into the Trishuli river on Monday, killing 20 people.",
             "Trishuli river", {"NP"}),
            ("An avalanche buried a truck on the Salang Pass on Monday, killing six people.",
             "Salang Pass", {"AF"}),
            ("A bomb exploded at the Torkham border crossing on Monday, killing seven people.",
             "Torkham", {"PK"}),
            ("A bus crashed on the Karakoram Highway on Monday, killing 19 people.",
             "Karakoram Highway", {"PK"}),
            ("A bus overturned in Chitwan district on Monday, killing 11 people.",
             "Chitwan", {"NP"}),
            ("A fire swept through the Kakuma refugee camp on Monday, killing three people.",
             "Kakuma", {"KE"}),
            ("An avalanche swept a camp on Mount Everest on Monday, killing four climbers.",
             "Mount Everest", {"NP", "CN"}),
            ("A tiger killed two honey collectors in the Sundarbans on Monday.",
             "Sundarbans", {"BD", "IN"}),
            ("A boat carrying traders sank on Lake Albert on Monday, killing 20 people.",
             "Lake Albert", {"UG", "CD"}),
        ],
    )  # fmt: skip
    def test_the_feature_is_a_known_place(self, text: str, name: str, country: set[str]) -> None:
        """The report's place is the feature the gazetteer holds, in a country it lies in."""
        profile = _main(_profile(text))

        places = [(g.name, g.country) for g in profile.geo if g is not None]

        assert places[:1]
        assert places[0][0] == name
        assert places[0][1] in country

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("A dinghy sank off Lesbos on Monday, killing four migrants.", "lesbos"),
            ("A trawler capsized in Greek waters off Pylos on Monday, killing 78 people.", "pylos"),
            ("A ferry sank in the Bay of Bengal off Chittagong on Monday, killing 30 people.",
             "chitagong"),
            ("Shelling killed five people in the countryside of Idlib on Monday.", "idlib"),
            ("Floods swept homes on the shores of Lake Tanganyika on Monday, killing 12.",
             "lake tanganyika"),
        ],
    )  # fmt: skip
    def test_a_place_the_event_lies_off_or_around_is_the_place(self, text: str, key: str) -> None:
        """ "Sank off Lesbos", "in the countryside of Idlib" place the event by the place."""
        profile = _main(_profile(text))

        assert key in profile.places

    def test_a_verb_with_off_names_no_place(self) -> None:
        """ "Police sealed off the area" and "called off the search" name no place."""
        profile = _main(
            _profile("Police sealed off the area and called off the search on Monday in Kano.")
        )

        assert profile.places == ("kano",)

    def test_a_crossing_is_one_spot_not_its_province(self) -> None:
        """The Torkham crossing lies in Khyber Pakhtunkhwa, but it is not Peshawar."""
        gazetteer = default_gazetteer()
        torkham, peshawar = gazetteer.resolve("Torkham"), gazetteer.resolve("Peshawar")

        assert torkham is not None
        assert peshawar is not None
        assert torkham.level == "city"
        assert not peshawar.within(torkham)


class TestTheEventsDay:
    """One reading of the event's day, however the report words it."""

    @pytest.mark.parametrize(
        ("sentence", "published", "day"),
        [
            # a weekend named as the event's own, told on Tuesday: its Saturday
            (("Funerals were held on Tuesday for 22 worshippers killed in the weekend attack "
              "on a church in Owo."), dt.date(2029, 6, 5), dt.date(2029, 6, 2)),
            ("Aid trickled on Wednesday to villages cut off by the weekend's floods.",
             dt.date(2029, 6, 6), dt.date(2029, 6, 2)),
            # the event verb is far from the day: the place phrase between does not hide it
            (("Seven people were killed when a bomber blew himself up at the border crossing "
              "with Afghanistan in Khyber district on Monday."), dt.date(2029, 9, 10),
             dt.date(2029, 9, 10)),
            ("A bus plunged into the Trishuli river in Chitwan district on Friday.",
             dt.date(2029, 7, 14), dt.date(2029, 7, 13)),
            ("A passenger train derailed between two stations in Odisha on Friday.",
             dt.date(2029, 7, 14), dt.date(2029, 7, 13)),
        ],
    )  # fmt: skip
    def test_the_day_is_the_events(self, sentence: str, published: dt.date, day: dt.date) -> None:
        """The day read is the event's, as a reader dates it."""
        reading = read_event_date([sentence], published)

        assert reading.date == day
        assert reading.precision == "day"

    def test_a_weekend_that_names_no_event_dates_nothing(self) -> None:
        """ "The weekend traffic" is no event's day."""
        reading = read_event_date(
            ["The weekend traffic was heavy, officials said."], dt.date(2029, 6, 5)
        )

        assert reading.precision != "day"


class TestKindsOfOneEvent:
    """An avalanche is an event kind of its own; a second attack days later stays apart."""

    def test_an_avalanche_is_its_kind(self) -> None:
        """ "An avalanche buried a truck" is an avalanche, not an unknown kind."""
        doc = D(
            "x",
            "An avalanche buried a truck on the Salang Pass on Monday, killing six people.",
            title="Avalanche kills six on Salang Pass",
            published="2029-02-05",
        )

        kinds = [event.kind for event in cr.reconcile([doc]).events]

        assert kinds == ["avalanche"]


class TestASiteInAPartOfACountry:
    """A site told in "southern Afghanistan" may be one in Helmand, never one in Kunduz."""

    @staticmethod
    def _report(key: str, name: str, *, compass: str | None = None) -> EventProfile:
        """A profile of a police station struck at *name* (a compass region when given)."""
        place = default_gazetteer().resolve(name)
        label = place_key(name)
        return EventProfile(
            key=key,
            document=key,
            places=(label,),
            geo=(place,),
            sites=frozenset({"police station"}),
            compass=frozenset({(label, compass)}) if compass else frozenset(),
        )

    def test_a_town_the_compass_region_holds_shares_the_site(self) -> None:
        """Helmand lies in southern Afghanistan: the police station may be one."""
        south = self._report("a", "Afghanistan", compass="south")

        score = SiteMatcher()(south, self._report("b", "Helmand"))

        assert score == 1.0

    def test_a_town_the_compass_region_excludes_shares_nothing(self) -> None:
        """Kunduz lies in the north: a police station in the south is another one."""
        south = self._report("a", "Afghanistan", compass="south")

        score = SiteMatcher()(south, self._report("b", "Kunduz"))

        assert score is None

    def test_two_compass_regions_apart_share_nothing(self) -> None:
        """ "Southern" and "northern Afghanistan" are two parts of it."""
        south = self._report("a", "Afghanistan", compass="south")
        north = self._report("b", "Afghanistan", compass="north")

        score = SiteMatcher()(south, north)

        assert score is None
