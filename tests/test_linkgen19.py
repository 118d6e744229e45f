"""
Round-nineteen linking stories: long, real-looking reports, each read once.

Each story holds two to four reports of one incident and a confounder beside it. The
known misses of round eighteen: a position given from a town for the event's own
target ("both missiles struck the vessel about 50 nautical miles southwest of
Hodeidah") against a strike on another target near another town; a toll follow-up
that names neither kind nor day; a border crossing known by its province; a blast at
a fuel depot or a chemical plant, which is an accident, not a bombing. Long reports
of five to eight paragraphs: a dateline ("KABUL, May 3 (Wire) -"), background
paragraphs (an earlier attack in the same city with its toll and month, a tally
"this year", "the deadliest since 2019"), reports written days later ("Tuesday's
bombing"). Confounders: two incidents of one kind in one region a few days apart;
one city, one day, two targets.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import claimrec as cr
from stories import story_tests

D = cr.Document

# --------------------------------------------------------------------------- known misses

SHIP_POSITION_FROM_A_PORT = [
    D(
        "sh1",
        "Houthi forces fired two anti-ship missiles at a Liberian-flagged bulk carrier in the "
        "Red Sea on Monday, killing three crew members, the US military said.",
        title="Houthi missiles kill three sailors on bulk carrier",
        published="2029-04-10",
        outlet="Wire One",
    ),
    D(
        "sh2",
        "Both missiles struck the vessel about 50 nautical miles southwest of Hodeidah on "
        "Monday, the British maritime agency said, and three of its crew were killed.\n\n"
        "The ship, carrying grain to Djibouti, was drifting and on fire, the agency said.",
        title="Three sailors killed as missiles hit ship off Yemen",
        published="2029-04-10",
        outlet="Wire Two",
    ),
    D(
        "sh3",
        "A drone struck a bridge 20 km north of Taiz on Monday, killing two people, local "
        "officials said.",
        title="Drone strike on bridge near Taiz kills two",
        published="2029-04-10",
        outlet="Wire One",
    ),
]

BASE_POSITION_FROM_A_CITY = [
    D(
        "bp1",
        "A drone slammed into the main hall of the Al-Anad air base in Lahj province on Sunday, "
        "killing four soldiers, a military source said.",
        title="Drone kills four soldiers at Yemen air base",
        published="2029-07-16",
        outlet="Wire One",
    ),
    D(
        "bp2",
        "Four soldiers were killed on Sunday when a drone hit the base about 60 km north of "
        "Aden, military officials said.\n\n"
        "The blast destroyed two barracks, and 11 soldiers were wounded, the officials said.",
        title="Drone attack on base north of Aden kills four soldiers",
        published="2029-07-16",
        outlet="Wire Two",
    ),
    D(
        "bp3",
        "A drone struck a fuel truck 20 km north of Taiz on Sunday, killing two people, "
        "residents said.",
        title="Drone hits truck near Taiz, two dead",
        published="2029-07-16",
        outlet="Wire One",
    ),
]

TOLL_FOLLOW_UP_IN_A_FLOODED_CITY = [
    D(
        "fd1",
        "Floods swept through the eastern Libyan city of Derna on Sunday after two dams burst,"
        " killing at least 60 people, officials said.",
        title="Floods kill 60 in Libya's Derna",
        published="2029-09-11",
        outlet="Wire One",
    ),
    D(
        "fd2",
        "The number of dead in Derna rose to 112, the health ministry said on Friday, as "
        "rescue teams searched the mud for the missing.",
        title="Derna toll rises to 112",
        published="2029-09-15",
        outlet="Wire Two",
    ),
    D(
        "fd3",
        "A car bomb exploded near a checkpoint in Benghazi on Thursday, killing three "
        "policemen, a security source said.",
        title="Car bomb kills three police in Benghazi",
        published="2029-09-14",
        outlet="Wire One",
    ),
]

TOLL_FOLLOW_UP_AFTER_A_COLLAPSE = [
    D(
        "tc1",
        "A 21-storey building under construction collapsed in the Ikoyi district of Lagos on "
        "Monday, killing at least 20 workers, emergency officials said.",
        title="Lagos building collapse kills 20",
        published="2029-10-30",
        outlet="Wire One",
    ),
    D(
        "tc2",
        "The number of people killed in Ikoyi rose to 36 on Thursday, the Lagos emergency "
        "agency said, as rescuers cut through slabs of concrete.",
        title="Ikoyi toll climbs to 36",
        published="2029-11-05",
        outlet="Wire Two",
    ),
    D(
        "tc3",
        "Gunmen killed five worshippers at a church in Ibadan on Wednesday, police said.",
        title="Gunmen kill five at Ibadan church",
        published="2029-11-04",
        outlet="Wire One",
    ),
]

CROSSING_KNOWN_BY_ITS_PROVINCE = [
    D(
        "cp1",
        "A suicide bomber blew himself up at the Chaman border crossing on Thursday, killing "
        "eight people, Pakistani officials said.",
        title="Suicide bomber kills eight at Chaman crossing",
        published="2029-03-09",
        outlet="Wire One",
    ),
    D(
        "cp2",
        "Eight people were killed on Thursday when a suicide bomber struck a border crossing "
        "with Afghanistan in Balochistan province, officials said.",
        title="Eight killed in suicide bombing in Pakistan's Balochistan",
        published="2029-03-09",
        outlet="Wire Two",
    ),
    D(
        "cp3",
        "A roadside bomb killed four soldiers near Peshawar on Thursday, the army said.",
        title="Roadside bomb kills four soldiers near Peshawar",
        published="2029-03-09",
        outlet="Wire One",
    ),
]

CHEMICAL_PLANT_AND_A_BOMBING = [
    D(
        "cb1",
        "An explosion at a chemical plant in Ludhiana on Tuesday killed 11 workers, the fire "
        "department said.",
        title="Chemical plant explosion kills 11 in Ludhiana",
        published="2029-05-16",
        outlet="Wire One",
    ),
    D(
        "cb2",
        "Eleven workers died when a blast tore through a chemical factory in the Indian city "
        "of Ludhiana on Tuesday, officials said.",
        title="Blast at Ludhiana chemical factory kills 11",
        published="2029-05-16",
        outlet="Wire Two",
    ),
    D(
        "cb3",
        "A bomb hidden in a motorcycle exploded at a market in Ludhiana on Tuesday, killing "
        "two people, police said.",
        title="Motorcycle bomb kills two in Ludhiana market",
        published="2029-05-16",
        outlet="Wire Three",
    ),
]

TANKER_BLAST_AND_AN_ATTACK = [
    D(
        "tk1",
        "A fuel tanker exploded on a highway near Kaduna on Saturday, killing 31 people who "
        "had gathered to scoop petrol, the state emergency agency said.",
        title="Fuel tanker explosion kills 31 near Kaduna",
        published="2029-10-06",
        outlet="Wire One",
    ),
    D(
        "tk2",
        "Thirty-one people were killed when a petrol tanker blew up on the Kaduna-Abuja "
        "highway on Saturday, officials said.",
        title="Petrol tanker blast kills 31 in Nigeria",
        published="2029-10-06",
        outlet="Wire Two",
    ),
    D(
        "tk3",
        "Gunmen attacked a village in Kaduna state on Saturday, killing nine people, police said.",
        title="Gunmen kill nine in Kaduna village",
        published="2029-10-06",
        outlet="Wire One",
    ),
]

FUEL_DEPOT_AND_A_DRONE = [
    D(
        "fv1",
        "A fire at a fuel depot in Tripoli set off a huge explosion on Wednesday, killing "
        "six workers, the Libyan oil company said.",
        title="Fuel depot explosion kills six in Tripoli",
        published="2029-08-23",
        outlet="Wire One",
    ),
    D(
        "fv2",
        "Six workers died when a blaze at an oil storage depot in the Libyan capital caused a "
        "blast on Wednesday, officials said.",
        title="Six killed in Tripoli oil depot blast",
        published="2029-08-23",
        outlet="Wire Two",
    ),
    D(
        "fv3",
        "A drone strike hit a militia headquarters in Tripoli on Wednesday, killing four "
        "fighters, a security official said.",
        title="Drone strike kills four in Tripoli",
        published="2029-08-23",
        outlet="Wire One",
    ),
]

# --------------------------------------------------------------------------- long reports

KABUL_BOMBING_WITH_BACKGROUND = [
    D(
        "kb1",
        "KABUL, May 4 (Wire One) - A suicide bomber struck a crowded mosque in western Kabul "
        "during Friday prayers, killing 27 worshippers and wounding 40, the interior ministry "
        "said.\n\n"
        "The blast tore through the main prayer hall of the mosque in the Dasht-e-Barchi "
        "neighbourhood, witnesses said.\n\n"
        '"There were bodies everywhere," said a shopkeeper who helped carry the wounded.\n\n'
        "No group immediately claimed responsibility.\n\n"
        "In March, a bombing at a school in the same neighbourhood killed 19 students.\n\n"
        "Attacks in the capital have killed more than 150 people this year, according to a "
        "tally by the United Nations.",
        title="Suicide bomber kills 27 at Kabul mosque",
        published="2029-05-04",
        outlet="Wire One",
    ),
    D(
        "kb2",
        "At least 27 people were killed and 40 wounded when a suicide bomber attacked a mosque "
        "in Kabul on Friday, officials said.\n\n"
        "The attack was the deadliest in the Afghan capital since 2019, when a wedding hall "
        "bombing killed 63 people.\n\n"
        "Ambulances raced through the streets of Dasht-e-Barchi as relatives gathered outside "
        "hospitals.\n\n"
        "Health officials said several of the wounded were in critical condition.\n\n"
        "The neighbourhood has been hit repeatedly, including a school bombing in March that "
        "killed 19 students.",
        title="Mosque bombing in Kabul kills at least 27",
        published="2029-05-04",
        outlet="Wire Two",
    ),
    D(
        "kb3",
        "The death toll from Friday's bombing of a mosque in Kabul rose to 31 on Monday, the "
        "health ministry said.\n\n"
        "Four of the wounded died in hospital over the weekend, officials said.\n\n"
        "Funerals were held across Dasht-e-Barchi, and residents demanded more protection for "
        "places of worship.\n\n"
        "The Islamic State group claimed responsibility for the attack on Saturday.",
        title="Kabul mosque bombing toll rises to 31",
        published="2029-05-07",
        outlet="Wire One",
    ),
    D(
        "kb4",
        "A bomb exploded at a school in the Dasht-e-Barchi neighbourhood of Kabul on Tuesday, "
        "killing 19 students, police said.",
        title="School bombing kills 19 students in Kabul",
        published="2029-03-13",
        outlet="Wire Two",
    ),
]

QUETTA_TALLY_THIS_YEAR = [
    D(
        "qt1",
        "QUETTA, Pakistan, Oct 9 (Wire One) - A bomb planted on a motorcycle exploded near a "
        "police van in Quetta on Tuesday, killing six policemen, officials said.\n\n"
        "Ten people, among them four passers-by, were wounded in the blast on Sariab Road, "
        "police said.\n\n"
        "Separatist militants have stepped up attacks in Balochistan this year, killing more "
        "than 200 members of the security forces, according to an independent tally.\n\n"
        "In August, a suicide bombing at the city's railway station killed 26 people.\n\n"
        "The provincial government condemned the attack.",
        title="Motorcycle bomb kills six police in Quetta",
        published="2029-10-09",
        outlet="Wire One",
    ),
    D(
        "qt2",
        "Six policemen were killed and ten people wounded on Tuesday when a bomb went off "
        "beside a police vehicle on Sariab Road in Quetta, a police official said.\n\n"
        "The Balochistan Liberation Army said it carried out the attack.\n\n"
        "It was the deadliest attack on police in the city since 2019.\n\n"
        "Balochistan, Pakistan's largest province, has been the scene of a long insurgency.",
        title="Six police killed in Quetta bombing",
        published="2029-10-09",
        outlet="Wire Two",
    ),
    D(
        "qt3",
        "A suicide bomber blew himself up at the railway station in Quetta on Saturday, "
        "killing 26 people, officials said.",
        title="Suicide bombing at Quetta railway station kills 26",
        published="2029-08-12",
        outlet="Wire One",
    ),
]

MOGADISHU_HOTEL_SIEGE_LONG = [
    D(
        "mh1",
        "MOGADISHU, Jan 21 (Wire One) - Al-Shabaab gunmen stormed a beachfront hotel in "
        "Mogadishu on Sunday, killing at least 12 people before security forces ended the "
        "siege, police said.\n\n"
        "The attack began when a car bomb exploded at the gate of the Lido Palace hotel, "
        "allowing the gunmen to enter.\n\n"
        "Security forces fought the attackers for seven hours, police captain Abdi Hassan "
        "said.\n\n"
        "Al-Shabaab claimed responsibility in a statement on its radio station.\n\n"
        "In October, a truck bombing at a busy junction in the capital killed more than 100 "
        "people, the deadliest attack since 2017.",
        title="Al-Shabaab siege of Mogadishu hotel kills 12",
        published="2029-01-21",
        outlet="Wire One",
    ),
    D(
        "mh2",
        "Twelve people were killed when militants attacked the Lido Palace hotel on Mogadishu's"
        " seafront on Sunday, officials said.\n\n"
        "Witnesses described a huge blast followed by hours of gunfire.\n\n"
        "The government said all five attackers were killed.\n\n"
        "Al-Shabaab has carried out dozens of attacks in the capital this year.",
        title="Militants kill 12 in attack on Mogadishu hotel",
        published="2029-01-21",
        outlet="Wire Two",
    ),
    D(
        "mh3",
        "The death toll from Sunday's attack on a Mogadishu hotel rose to 15 on Tuesday, a "
        "government spokesman said, after three of the wounded died in hospital.",
        title="Mogadishu hotel attack toll rises to 15",
        published="2029-01-23",
        outlet="Wire One",
    ),
]

QUAKE_DEADLIEST_SINCE_AND_FOLLOW_UP = [
    D(
        "qd1",
        "A magnitude 6.4 earthquake struck Sumatra's West Pasaman district on Monday, killing "
        "at least 25 people, Indonesia's disaster agency said.\n\n"
        "Hundreds of houses collapsed in villages near the epicentre, the agency said.\n\n"
        "It was the deadliest earthquake on the island since 2009, when a quake near Padang "
        "killed more than 1,100 people.\n\n"
        "Rescuers were searching for at least ten missing people.\n\n"
        "Indonesia sits on the Pacific Ring of Fire and is hit by frequent earthquakes.",
        title="Sumatra earthquake kills 25",
        published="2029-02-26",
        outlet="Wire One",
    ),
    D(
        "qd2",
        "Twenty-five people were killed when a strong quake shook West Sumatra province on "
        "Monday, officials said.\n\n"
        "Landslides triggered by the quake blocked roads to several villages.\n\n"
        "A shallow earthquake near Padang killed two people in January.",
        title="Quake kills 25 in Indonesia's West Sumatra",
        published="2029-02-26",
        outlet="Wire Two",
    ),
    D(
        "qd3",
        "The death toll from Monday's earthquake in West Sumatra rose to 41 on Thursday, the "
        "disaster agency said, as rescuers recovered more bodies from landslides.",
        title="Sumatra quake toll rises to 41",
        published="2029-03-01",
        outlet="Wire One",
    ),
]

FLOODS_WITH_A_SEASON_TALLY = [
    D(
        "ft1",
        "Flash floods swept through villages in Pakistan's Swat valley on Wednesday, killing "
        "14 people, the provincial disaster authority said.\n\n"
        "Heavy monsoon rains washed away roads and bridges, the authority said.\n\n"
        "Monsoon rains have killed 180 people across Pakistan since late June, according to "
        "the national disaster agency.\n\n"
        "The floods of 2022 killed more than 1,700 people.",
        title="Flash floods kill 14 in Pakistan's Swat valley",
        published="2029-07-25",
        outlet="Wire One",
    ),
    D(
        "ft2",
        "Fourteen people were killed when flash floods hit the Swat district of Khyber "
        "Pakhtunkhwa on Wednesday, officials said.\n\n"
        "Rescuers used boats to reach stranded families.\n\n"
        "The disaster agency said this year's monsoon toll stood at 180.",
        title="Floods kill 14 in northwest Pakistan",
        published="2029-07-25",
        outlet="Wire Two",
    ),
    D(
        "ft3",
        "A landslide buried a bus on the Karakoram Highway near Gilgit on Wednesday, killing "
        "nine passengers, police said.",
        title="Landslide buries bus near Gilgit, nine dead",
        published="2029-07-25",
        outlet="Wire One",
    ),
]

FERRY_CAPSIZING_WITH_AN_EARLIER_ONE = [
    D(
        "fc1",
        "DHAKA, April 15 (Wire One) - A crowded ferry capsized in the Meghna river near "
        "Munshiganj on Sunday after colliding with a cargo ship, killing at least 22 "
        "passengers, police said.\n\n"
        "Divers recovered bodies from the wreck, and dozens of passengers were missing.\n\n"
        "The ferry was carrying more than 100 people home after the holiday, officials said.\n\n"
        "In March, a launch capsized on the same river, killing 11 people.\n\n"
        "Hundreds of people die every year in ferry accidents in Bangladesh.",
        title="Ferry capsizes in Bangladesh, 22 dead",
        published="2029-04-15",
        outlet="Wire One",
    ),
    D(
        "fc2",
        "At least 22 people drowned when a passenger ferry sank in the Meghna river on Sunday,"
        " a fire service official said.\n\n"
        "The vessel overturned after it was hit by a cargo ship near Munshiganj.\n\n"
        "The shipping minister ordered an inquiry.",
        title="Ferry sinks in Meghna river, 22 drown",
        published="2029-04-15",
        outlet="Wire Two",
    ),
    D(
        "fc3",
        "A launch capsized in the Meghna river near Chandpur on Friday, killing 11 passengers,"
        " officials said.",
        title="Launch capsizes near Chandpur, 11 dead",
        published="2029-03-17",
        outlet="Wire One",
    ),
]

TRAIN_CRASH_DEADLIEST_SINCE = [
    D(
        "tr1",
        "BHUBANESWAR, June 3 (Wire One) - A passenger train collided with a goods train in "
        "Odisha's Balasore district on Friday night, killing at least 48 people, railway "
        "officials said.\n\n"
        "Several coaches derailed and overturned, and rescuers cut through metal to reach "
        "trapped passengers.\n\n"
        "It was India's deadliest rail accident since 2016, when a derailment near Kanpur "
        "killed 150 people.\n\n"
        "The railway minister visited the site on Saturday.\n\n"
        "More than 200 people were injured, officials said.",
        title="Train collision kills 48 in India's Odisha",
        published="2029-06-03",
        outlet="Wire One",
    ),
    D(
        "tr2",
        "At least 48 people were killed and more than 200 injured when two trains crashed near"
        " Balasore late on Friday, officials said.\n\n"
        "Signal failure was suspected, a railway official said.",
        title="Train crash near Balasore kills 48",
        published="2029-06-03",
        outlet="Wire Two",
    ),
    D(
        "tr3",
        "A bus fell into a river in Odisha's Ganjam district on Friday, killing 12 passengers, "
        "police said.",
        title="Bus falls into river in Odisha, 12 dead",
        published="2029-06-03",
        outlet="Wire One",
    ),
]

MINE_COLLAPSE_WITH_AN_EARLIER_ONE = [
    D(
        "mc1",
        "A gold mine collapsed in Sudan's River Nile state on Tuesday, killing 38 miners, the "
        "state mining company said.\n\n"
        "The mine in the Howeid desert area was not in use, the company said, but artisanal "
        "miners had kept digging there.\n\n"
        "In 2021, a similar collapse in West Kordofan killed 38 people.\n\n"
        "Rescuers were still searching for survivors on Wednesday.",
        title="Gold mine collapse kills 38 in Sudan",
        published="2029-06-27",
        outlet="Wire One",
    ),
    D(
        "mc2",
        "Thirty-eight miners died when a disused gold mine caved in in northern Sudan on "
        "Tuesday, officials said.\n\n"
        "Small-scale mining has spread across Sudan's deserts.",
        title="Mine cave-in kills 38 miners in northern Sudan",
        published="2029-06-27",
        outlet="Wire Two",
    ),
    D(
        "mc3",
        "Floods destroyed hundreds of homes in Kassala state on Tuesday, killing seven people,"
        " officials said.",
        title="Floods kill seven in Sudan's Kassala",
        published="2029-06-27",
        outlet="Wire One",
    ),
]

SHOOTING_WITH_AN_EARLIER_ONE_IN_THE_STATE = [
    D(
        "ss1",
        "A gunman opened fire at a supermarket in Lewiston, Maine, on Saturday afternoon, "
        "killing four people and wounding three, police said.\n\n"
        "The suspect, a 34-year-old man, was arrested in the parking lot, Police Chief David "
        "St. Pierre said.\n\n"
        "Witnesses said shoppers hid in freezers and storerooms.\n\n"
        "The shooting came months after a gunman killed 18 people at a bowling alley and a "
        "bar in the city in October.\n\n"
        "Governor Janet Mills ordered flags lowered.",
        title="Gunman kills four at Lewiston supermarket",
        published="2029-02-18",
        outlet="Wire One",
    ),
    D(
        "ss2",
        "Four people were shot dead at a grocery store in Lewiston on Saturday, and a man was "
        "in custody, officials said.\n\n"
        "The city is still recovering from the mass shooting of October, the deadliest in the "
        "state's history.",
        title="Four killed in Lewiston grocery store shooting",
        published="2029-02-18",
        outlet="Wire Two",
    ),
    D(
        "ss3",
        "Saturday's shooting at a Lewiston supermarket was carried out with a rifle bought a "
        "week earlier, police said on Thursday, as the death toll stayed at four.",
        title="Lewiston supermarket gunman bought rifle a week before",
        published="2029-02-22",
        outlet="Wire One",
    ),
    D(
        "ss4",
        "A man shot and killed two people at a bar in Portland, Maine, on Saturday night, "
        "police said.",
        title="Two shot dead at Portland bar",
        published="2029-02-18",
        outlet="Wire Two",
    ),
]

HOSPITAL_TOLL_DISPUTED_DAYS_LATER = [
    D(
        "hd1",
        "An explosion at the Al-Amal hospital in Khan Younis on Tuesday night killed 210 "
        "people, the Gaza health ministry said.\n\n"
        "The Israeli military said the blast was caused by a misfired rocket fired by "
        "militants, and denied carrying out a strike.\n\n"
        "Thousands of displaced people had sheltered in the hospital grounds.\n\n"
        "It was the deadliest single incident in Gaza since the war began.",
        title="Blast at Khan Younis hospital kills 210, ministry says",
        published="2029-10-18",
        outlet="Wire One",
    ),
    D(
        "hd2",
        "A European intelligence assessment said on Friday that Tuesday's blast at the Al-Amal"
        " hospital killed no more than 60 people.\n\n"
        "The assessment said the damage was consistent with a rocket, not an air strike.\n\n"
        "The Gaza health ministry has stood by its toll of 210.",
        title="Hospital blast toll far lower, intelligence assessment says",
        published="2029-10-20",
        outlet="Wire Two",
    ),
    D(
        "hd3",
        "An Israeli air strike hit a house in Rafah on Thursday, killing 11 members of one "
        "family, civil defence officials said.",
        title="Air strike kills 11 in Rafah house",
        published="2029-10-19",
        outlet="Wire One",
    ),
]

STAMPEDE_WITH_A_PAST_ONE = [
    D(
        "st1",
        "A stampede at a religious festival in Hathras district killed 62 pilgrims on "
        "Tuesday, police said.\n\n"
        "The crush began as thousands of people rushed to touch the feet of a preacher.\n\n"
        "It was the deadliest stampede in Uttar Pradesh since 2013, when 36 people died at "
        "the Kumbh Mela in Allahabad.\n\n"
        "The state government ordered an inquiry.",
        title="Stampede at Indian festival kills 62",
        published="2029-07-03",
        outlet="Wire One",
    ),
    D(
        "st2",
        "Sixty-two people were crushed to death in a stampede at a prayer meeting in "
        "Uttar Pradesh on Tuesday, officials said.",
        title="62 die in Uttar Pradesh stampede",
        published="2029-07-03",
        outlet="Wire Two",
    ),
    D(
        "st3",
        "A bus overturned on the Agra expressway on Tuesday, killing 14 passengers, police said.",
        title="Bus overturns on Agra expressway, 14 dead",
        published="2029-07-03",
        outlet="Wire One",
    ),
]

DATELINE_FAR_FROM_THE_EVENT = [
    D(
        "dl1",
        "NAIROBI, March 6 (Wire One) - Al-Shabaab gunmen ambushed a bus near the town of "
        "Mandera in northeastern Kenya on Tuesday, killing 12 passengers, police said.\n\n"
        "The attackers separated passengers who could not recite verses of the Koran, a "
        "survivor said.\n\n"
        "In 2014, the group killed 28 bus passengers in a similar attack near Mandera.\n\n"
        "Kenya has suffered dozens of attacks this year near the Somali border.",
        title="Al-Shabaab gunmen kill 12 bus passengers in Kenya",
        published="2029-03-06",
        outlet="Wire One",
    ),
    D(
        "dl2",
        "Twelve passengers were killed when gunmen attacked a bus in Mandera county on "
        "Tuesday, a county official said.",
        title="Gunmen kill 12 on bus in Mandera",
        published="2029-03-06",
        outlet="Wire Two",
    ),
    D(
        "dl3",
        "A truck rammed into a minibus in Nairobi on Tuesday, killing seven people, police said.",
        title="Truck crash kills seven in Nairobi",
        published="2029-03-06",
        outlet="Wire One",
    ),
]

FUNERALS_DAYS_AFTER_A_MARKET_BOMBING = [
    D(
        "fm1",
        "Two suicide bombers blew themselves up at a crowded market in Konduga, in Nigeria's "
        "Borno state, on Tuesday, killing 14 traders, a militia leader said.\n\n"
        "Boko Haram has often targeted markets in the region.\n\n"
        "In June, a bombing at a mosque in the same town killed 11 worshippers.",
        title="Suicide bombers kill 14 at Konduga market",
        published="2029-09-18",
        outlet="Wire One",
    ),
    D(
        "fm2",
        "Funerals were held on Thursday for the 14 victims of Tuesday's market bombing in "
        "Konduga, and officials said 30 of the wounded were still in hospital.\n\n"
        "Traders said the market would stay closed for a week.",
        title="Konduga buries market bombing victims",
        published="2029-09-20",
        outlet="Wire Two",
    ),
    D(
        "fm3",
        "A suicide bomber struck a mosque in Konduga on Friday, killing 11 worshippers, "
        "residents said.",
        title="Mosque bombing kills 11 in Konduga",
        published="2029-06-16",
        outlet="Wire One",
    ),
]

SECOND_STRIKE_TOLD_IN_ANOTHER_REPORT = [
    D(
        "ss5",
        "A drone slammed into the main hall of the Al-Anad air base in Lahj province on "
        "Sunday, killing four soldiers, a military source said.\n\n"
        "The blast destroyed two barracks about 60 km north of Aden, the source said, and 11 "
        "soldiers were wounded.\n\n"
        "A drone struck a fuel truck 20 km north of Taiz on Sunday, killing two people, "
        "residents said.",
        title="Drone kills four soldiers at Yemen air base",
        published="2029-08-13",
        outlet="Wire One",
    ),
    D(
        "ss6",
        "Four soldiers were killed when a drone hit the Al-Anad base in southern Yemen on "
        "Sunday, officials said.",
        title="Drone kills four at Al-Anad base",
        published="2029-08-13",
        outlet="Wire Two",
    ),
    D(
        "ss7",
        "Two people were killed on Sunday when a drone hit a fuel truck on the road north of "
        "Taiz, residents said.",
        title="Drone hits fuel truck north of Taiz, two dead",
        published="2029-08-13",
        outlet="Wire Three",
    ),
]

# --------------------------------------------------------------------------- confounders

TWO_BOMBINGS_IN_ONE_PROVINCE = [
    D(
        "tb1",
        "A suicide bomber blew himself up at a funeral in Baqubah on Monday, killing 16 "
        "mourners, police said.",
        title="Suicide bomber kills 16 at Baqubah funeral",
        published="2029-04-02",
        outlet="Wire One",
    ),
    D(
        "tb2",
        "Sixteen people were killed when a suicide bomber struck a funeral tent in Iraq's "
        "Diyala province on Monday, officials said.",
        title="Funeral bombing kills 16 in Iraq's Diyala",
        published="2029-04-02",
        outlet="Wire Two",
    ),
    D(
        "tb3",
        "A car bomb exploded at a market in Muqdadiya on Thursday, killing seven people, "
        "police said.\n\n"
        "It was the second deadly bombing in Diyala province this week, after a suicide "
        "attack on a funeral in Baqubah on Monday killed 16.",
        title="Car bomb kills seven in Iraq's Muqdadiya",
        published="2029-04-05",
        outlet="Wire One",
    ),
]

ONE_CITY_ONE_DAY_TWO_TARGETS = [
    D(
        "oc1",
        "A car bomb exploded outside the headquarters of the national police in Mogadishu on "
        "Saturday, killing nine officers, a police spokesman said.",
        title="Car bomb kills nine police in Mogadishu",
        published="2029-06-09",
        outlet="Wire One",
    ),
    D(
        "oc2",
        "Nine police officers were killed on Saturday when a car bomb went off at the gate of "
        "the police headquarters in the Somali capital, officials said.",
        title="Somali police headquarters car bomb kills nine",
        published="2029-06-09",
        outlet="Wire Two",
    ),
    D(
        "oc3",
        "Mortar shells hit the airport in Mogadishu on Saturday, killing two guards, an "
        "airport official said.",
        title="Mortars hit Mogadishu airport, two dead",
        published="2029-06-09",
        outlet="Wire One",
    ),
]

TWO_FLOODS_IN_ONE_COUNTRY_DAYS_APART = [
    D(
        "fl1",
        "Floods swept through villages in Kenya's Garissa county on Monday, killing 13 people,"
        " the Kenya Red Cross said.",
        title="Floods kill 13 in Kenya's Garissa",
        published="2029-11-20",
        outlet="Wire One",
    ),
    D(
        "fl2",
        "Thirteen people drowned when the Tana river burst its banks in Garissa on Monday, "
        "officials said.",
        title="Tana river floods kill 13 in Garissa",
        published="2029-11-20",
        outlet="Wire Two",
    ),
    D(
        "fl3",
        "Flash floods hit Mombasa on Friday, killing six people, county officials said.\n\n"
        "Floods killed 13 people in Garissa county on Monday.",
        title="Flash floods kill six in Mombasa",
        published="2029-11-24",
        outlet="Wire One",
    ),
]

TWO_DRONE_ATTACKS_ON_ONE_BASE = [
    D(
        "db1",
        "A drone attack on the Tower 22 outpost in Jordan on Sunday killed three US soldiers, "
        "the Pentagon said.",
        title="Drone attack kills three US soldiers in Jordan",
        published="2029-01-29",
        outlet="Wire One",
    ),
    D(
        "db2",
        "Three American service members were killed on Sunday when a drone struck a US base "
        "in northeast Jordan near the Syrian border, officials said.",
        title="Three US troops killed in drone strike in Jordan",
        published="2029-01-29",
        outlet="Wire Two",
    ),
    D(
        "db3",
        "A drone hit the Tower 22 outpost on Thursday, wounding two US soldiers, days after an "
        "attack there killed three, a US official said.",
        title="Drone wounds two US soldiers at Tower 22",
        published="2029-02-02",
        outlet="Wire One",
    ),
]

AIR_RAID_AND_ROCKETS_IN_ONE_CITY = [
    D(
        "ar1",
        "Warplanes carried out air strikes on a market in Idlib on Monday, killing 15 "
        "civilians, rescue workers said.",
        title="Air strikes kill 15 at Idlib market",
        published="2029-03-20",
        outlet="Wire One",
    ),
    D(
        "ar2",
        "Fifteen civilians were killed when jets bombed a crowded market in the Syrian city of"
        " Idlib on Monday, the White Helmets said.",
        title="Jets bomb Idlib market, 15 dead",
        published="2029-03-20",
        outlet="Wire Two",
    ),
    D(
        "ar3",
        "Rockets hit a school in Idlib on Monday, killing three children, a monitor said.",
        title="Rockets kill three children at Idlib school",
        published="2029-03-20",
        outlet="Wire One",
    ),
]

TWO_SHOOTINGS_IN_ONE_CITY_DAYS_APART = [
    D(
        "tg1",
        "A gunman killed three people at a barbershop on Chicago's South Side on Friday "
        "night, police said.",
        title="Three shot dead at Chicago barbershop",
        published="2029-08-11",
        outlet="Wire One",
    ),
    D(
        "tg2",
        "Three men were shot and killed inside a barbershop in Chicago's Englewood "
        "neighbourhood on Friday, police said.",
        title="Gunman kills three in Englewood barbershop",
        published="2029-08-11",
        outlet="Wire Two",
    ),
    D(
        "tg3",
        "Two people were shot dead outside a nightclub in Chicago's River North on Monday, "
        "police said.",
        title="Two shot dead outside Chicago nightclub",
        published="2029-08-14",
        outlet="Wire One",
    ),
]

TWO_SHIP_ATTACKS_DAYS_APART = [
    D(
        "ta1",
        "A Houthi missile struck a Greek-owned tanker in the Gulf of Aden on Tuesday, "
        "killing one sailor, the US military said.",
        title="Houthi missile kills sailor on tanker",
        published="2029-05-09",
        outlet="Wire One",
    ),
    D(
        "ta2",
        "One crew member was killed when a missile hit an oil tanker off Yemen's coast on "
        "Tuesday, a maritime security firm said.",
        title="Missile hits tanker off Yemen, one dead",
        published="2029-05-09",
        outlet="Wire Two",
    ),
    D(
        "ta3",
        "A Houthi missile hit a container ship in the Gulf of Aden on Friday, wounding three "
        "sailors, the British maritime agency said.",
        title="Houthi missile hits container ship in Gulf of Aden",
        published="2029-05-12",
        outlet="Wire One",
    ),
]

#: Each story: its reports and its gold incidents.
STORIES = {
    "ship position from a port": (SHIP_POSITION_FROM_A_PORT, [{"sh1", "sh2"}, {"sh3"}]),
    "base position from a city": (BASE_POSITION_FROM_A_CITY, [{"bp1", "bp2"}, {"bp3"}]),
    "toll follow-up in a flooded city": (
        TOLL_FOLLOW_UP_IN_A_FLOODED_CITY,
        [{"fd1", "fd2"}, {"fd3"}],
    ),
    "toll follow-up after a collapse": (
        TOLL_FOLLOW_UP_AFTER_A_COLLAPSE,
        [{"tc1", "tc2"}, {"tc3"}],
    ),
    "crossing known by its province": (
        CROSSING_KNOWN_BY_ITS_PROVINCE,
        [{"cp1", "cp2"}, {"cp3"}],
    ),
    "chemical plant and a bombing": (CHEMICAL_PLANT_AND_A_BOMBING, [{"cb1", "cb2"}, {"cb3"}]),
    "tanker blast and an attack": (TANKER_BLAST_AND_AN_ATTACK, [{"tk1", "tk2"}, {"tk3"}]),
    "fuel depot and a drone": (FUEL_DEPOT_AND_A_DRONE, [{"fv1", "fv2"}, {"fv3"}]),
    "kabul bombing with background": (
        KABUL_BOMBING_WITH_BACKGROUND,
        [{"kb1", "kb2", "kb3"}, {"kb4"}],
    ),
    "quetta tally this year": (QUETTA_TALLY_THIS_YEAR, [{"qt1", "qt2"}, {"qt3"}]),
    "mogadishu hotel siege": (MOGADISHU_HOTEL_SIEGE_LONG, [{"mh1", "mh2", "mh3"}]),
    "quake deadliest since and follow-up": (
        QUAKE_DEADLIEST_SINCE_AND_FOLLOW_UP,
        [{"qd1", "qd2", "qd3"}],
    ),
    "floods with a season tally": (FLOODS_WITH_A_SEASON_TALLY, [{"ft1", "ft2"}, {"ft3"}]),
    "ferry capsizing with an earlier one": (
        FERRY_CAPSIZING_WITH_AN_EARLIER_ONE,
        [{"fc1", "fc2"}, {"fc3"}],
    ),
    "train crash deadliest since": (TRAIN_CRASH_DEADLIEST_SINCE, [{"tr1", "tr2"}, {"tr3"}]),
    "mine collapse with an earlier one": (
        MINE_COLLAPSE_WITH_AN_EARLIER_ONE,
        [{"mc1", "mc2"}, {"mc3"}],
    ),
    "shooting with an earlier one in the state": (
        SHOOTING_WITH_AN_EARLIER_ONE_IN_THE_STATE,
        [{"ss1", "ss2", "ss3"}, {"ss4"}],
    ),
    "hospital toll disputed days later": (
        HOSPITAL_TOLL_DISPUTED_DAYS_LATER,
        [{"hd1", "hd2"}, {"hd3"}],
    ),
    "stampede with a past one": (STAMPEDE_WITH_A_PAST_ONE, [{"st1", "st2"}, {"st3"}]),
    "dateline far from the event": (DATELINE_FAR_FROM_THE_EVENT, [{"dl1", "dl2"}, {"dl3"}]),
    "funerals days after a market bombing": (
        FUNERALS_DAYS_AFTER_A_MARKET_BOMBING,
        [{"fm1", "fm2"}, {"fm3"}],
    ),
    "second strike told in another report": (
        SECOND_STRIKE_TOLD_IN_ANOTHER_REPORT,
        [{"ss5", "ss6"}, {"ss7"}],
    ),
    "two bombings in one province": (TWO_BOMBINGS_IN_ONE_PROVINCE, [{"tb1", "tb2"}, {"tb3"}]),
    "one city, one day, two targets": (
        ONE_CITY_ONE_DAY_TWO_TARGETS,
        [{"oc1", "oc2"}, {"oc3"}],
    ),
    "two floods in one country days apart": (
        TWO_FLOODS_IN_ONE_COUNTRY_DAYS_APART,
        [{"fl1", "fl2"}, {"fl3"}],
    ),
    "two ship attacks days apart": (TWO_SHIP_ATTACKS_DAYS_APART, [{"ta1", "ta2"}, {"ta3"}]),
    "two drone attacks on one base": (TWO_DRONE_ATTACKS_ON_ONE_BASE, [{"db1", "db2"}, {"db3"}]),
    "air raid and rockets in one city": (
        AIR_RAID_AND_ROCKETS_IN_ONE_CITY,
        [{"ar1", "ar2"}, {"ar3"}],
    ),
    "two shootings in one city days apart": (
        TWO_SHOOTINGS_IN_ONE_CITY_DAYS_APART,
        [{"tg1", "tg2"}, {"tg3"}],
    ),
}

#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset({"two ship attacks days apart"})

test_each_story_alone_links_its_incidents, _ = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    reason=(
        "a gulf beside its coast: 'the Gulf of Aden' in a report naming no country is now "
        "read on the shore the other report faces (Yemen's), but a country holds that shore "
        "only as a country holds a region (place 0.3 at the gulf's specificity 0.5: 0.15), "
        "and the same day, kind, count and some context make 0.560"
    ),
)
#: The stories the linker gets right, reconciled as one corpus.
_, test_all_stories_as_one_corpus = story_tests(
    {name: story for name, story in STORIES.items() if name not in STILL_WRONG}
)


def _kind(doc: cr.Document) -> str | None:
    """The kind of the one event a report makes on its own, as a user sees it."""
    (event,) = cr.reconcile([doc]).events
    return event.kind


class TestIndustrialExplosion:
    def test_a_blast_at_a_fuel_depot_is_an_explosion_not_a_bombing(self) -> None:
        """A blast where fuel is kept, with no bomb or attacker named, is an accident."""
        doc = FUEL_DEPOT_AND_A_DRONE[0]

        kind = _kind(doc)

        assert kind == "gas explosion"

    def test_a_chemical_plant_blast_is_an_explosion(self) -> None:
        """'An explosion at a chemical plant' reads as the explosion kind, not a bombing."""
        doc = CHEMICAL_PLANT_AND_A_BOMBING[0]

        kind = _kind(doc)

        assert kind == "gas explosion"

    def test_a_bomb_at_a_fuel_depot_stays_a_bombing(self) -> None:
        """A bomb named at the same kind of site is an attack."""
        doc = D(
            "x",
            "A car bomb exploded at a fuel depot in Kandahar on Monday, killing six guards, "
            "police said.",
            title="Car bomb kills six at Kandahar fuel depot",
            published="2029-04-10",
        )

        kind = _kind(doc)

        assert kind == "bombing"

    def test_an_attack_on_a_refinery_stays_an_attack(self) -> None:
        """Militants who attacked a refinery with explosives: not an accident."""
        doc = D(
            "x",
            "Militants attacked an oil refinery in Baiji on Monday, setting off an explosion "
            "that killed four workers, officials said.",
            title="Militants attack Baiji refinery, four dead",
            published="2029-04-10",
        )

        kind = _kind(doc)

        assert kind != "gas explosion"


class TestTollFollowUp:
    def test_a_toll_follow_up_without_kind_or_day_joins_the_disaster_there(self) -> None:
        """'The number of dead in Derna rose to 112' links to the floods in Derna days before."""
        docs = TOLL_FOLLOW_UP_IN_A_FLOODED_CITY[:2]

        events = cr.reconcile(docs).events

        assert [sorted(e.documents) for e in events] == [["fd1", "fd2"]]

    def test_a_toll_follow_up_does_not_join_a_disaster_after_it(self) -> None:
        """A follow-up published before a later disaster in its place is no report of it."""
        quake = D(
            "q",
            "An earthquake struck Herat province on Saturday, killing 30 people, officials said.",
            title="Quake kills 30 in Herat",
            published="2029-10-14",
        )
        toll = D(
            "t",
            "The number of dead in Herat rose to 44, the health ministry said on Tuesday.",
            title="Herat toll rises to 44",
            published="2029-10-10",
        )

        events = cr.reconcile([quake, toll]).events

        assert sorted(sorted(e.documents) for e in events) == [["q"], ["t"]]


class TestLongReports:
    def test_background_attack_claims_stay_off_the_main_event(self) -> None:
        """'In March, a bombing at a school ... killed 19 students' is no count of the mosque attack."""
        report = cr.reconcile(KABUL_BOMBING_WITH_BACKGROUND[:2])
        main = report.document_event["kb1"]

        background = [c for c in report.claims if "19 students" in c.sentence]

        assert background
        assert all(report.claim_event.get(c.id) != main for c in background)

    def test_a_tally_this_year_is_no_count_of_the_event(self) -> None:
        """'more than 200 members of the security forces this year' does not enter the event."""
        report = cr.reconcile(QUETTA_TALLY_THIS_YEAR[:2])
        main = report.document_event["qt1"]

        tally = [c for c in report.claims if "this year" in c.sentence]

        assert all(report.claim_event.get(c.id) != main for c in tally)

    def test_the_main_event_is_read_once_per_report(self) -> None:
        """Each long report is the main report of exactly one event, its lead's."""
        docs = [*KABUL_BOMBING_WITH_BACKGROUND, *MOGADISHU_HOTEL_SIEGE_LONG]

        report = cr.reconcile(docs)
        mains = {doc: report.document_event[doc] for doc in ("kb1", "kb2", "kb3", "mh1", "mh2")}

        assert mains["kb1"] == mains["kb2"] == mains["kb3"] != mains["mh1"] == mains["mh2"]


class TestPositionFromATown:
    BASE_REPORT = D(
        "br",
        "A drone slammed into the main hall of the Al-Anad air base in Lahj province on Sunday, "
        "killing four soldiers, a military source said.\n\n"
        "The blast destroyed two barracks about 60 km north of Aden, the source said, and 11 "
        "soldiers were wounded.\n\n"
        "A drone struck a bridge 20 km north of Taiz on Sunday, killing two people, residents "
        "said.",
        title="Drone kills four soldiers at Yemen air base",
        published="2029-07-16",
        outlet="Wire One",
    )

    def test_a_position_from_a_town_told_of_the_target_stays_the_reports_event(self) -> None:
        """'The blast destroyed two barracks about 60 km north of Aden': the base attack's wounded."""
        report = cr.reconcile([self.BASE_REPORT])
        main = report.document_event["br"]

        wounded = [c for c in report.claims if "barracks" in c.sentence]

        assert wounded
        assert all(report.claim_event[c.id] == main for c in wounded)

    def test_a_strike_placed_from_another_town_is_another_event(self) -> None:
        """'A drone struck a bridge 20 km north of Taiz': its dead are not the base's."""
        report = cr.reconcile([self.BASE_REPORT])
        main = report.document_event["br"]

        bridge = [c for c in report.claims if "bridge" in c.sentence]

        assert bridge
        assert all(report.claim_event.get(c.id) != main for c in bridge)
        assert report.estimates_by_event[main]["killed"].best == 4

    def test_the_other_strike_joins_the_report_of_it(self) -> None:
        """The Taiz strike told in the base report joins the report of the Taiz strike."""
        report = cr.reconcile(SECOND_STRIKE_TOLD_IN_ANOTHER_REPORT)

        truck = [c for c in report.claims if c.document == "ss5" and "fuel truck" in c.sentence]

        assert truck
        assert {report.claim_event[c.id] for c in truck} == {report.document_event["ss7"]}
