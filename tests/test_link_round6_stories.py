"""
Round-six stories: the splits the wire stories left, one class each, and genres nobody wrote.

The first set holds one story per known class of split or merge: a region qualified by
its country ("Iraq's Kurdistan region"), a district the gazetteer does not know beside the
city it belongs to, a statement from another capital a day later ("Moscow said on Friday
its forces had struck ..."), a small town the gazetteer does not know beside its region's
capital, a flood clean-up report that retells the first toll days later, and a bare "UK"
in a headline. The second set was written after the first and scored before any fix for
it: a mine blast, a stampede, a building collapse, a ferry sinking, a cyclone, a landslide
and a train crash. Each story holds one incident told three or four ways and confounders
of the same kind: the same place another day, or the same day another place.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import claimrec as cr
from stories import story_tests

D = cr.Document

KURDISTAN = [
    D(
        "ku1",
        """BAGHDAD (Reuters) - Two drones packed with explosives struck near the airport of Sulaimaniyah in Iraq's Kurdistan region on Thursday night, wounding three security guards, a local official said.""",
        title="Drones hit near Sulaimaniyah airport, wounding three",
        published="2026-02-12",
        outlet="Wire One",
    ),
    D(
        "ku2",
        """The counter-terrorism service of northern Iraq's Kurdistan region said on Friday that the drones which hit close to the airport late on Thursday had been launched from outside the region. Three guards were hurt.""",
        title="Kurdish officials say drones were launched from outside the region",
        published="2026-02-13",
        outlet="Wire Two",
    ),
    D(
        "ku3",
        """Airlines suspended flights to Sulaimaniyah on Saturday, two days after a drone attack near the airport wounded three guards.""",
        title="Airlines halt Sulaimaniyah flights after drone attack",
        published="2026-02-14",
        outlet="Paper Three",
    ),
    D(
        "ku4",
        """TEHRAN (AP) - Gunmen opened fire on a border patrol in Iran's Kurdistan province on Thursday, killing two border guards, state media reported.""",
        title="Gunmen kill two border guards in western Iran",
        published="2026-02-12",
        outlet="Wire One",
    ),
]

DISTRICT = [
    D(
        "di1",
        """ISLAMABAD (Reuters) - A magnitude 5.9 earthquake struck southwestern Pakistan before dawn on Wednesday, its epicentre some 100 km east of the city of Quetta, killing at least 14 people, the disaster management authority said.""",
        title="Quake kills 14 in southwest Pakistan",
        published="2026-11-04",
        outlet="Wire One",
    ),
    D(
        "di2",
        """Mud-brick homes collapsed across the Harnai district in Wednesday's earthquake, and the deputy commissioner said on Thursday that 22 people had been confirmed dead in the district.""",
        title="Harnai counts its dead after quake",
        published="2026-11-05",
        outlet="Paper Two",
    ),
    D(
        "di3",
        """Balochistan's chief minister said on Friday the toll from this week's quake had reached 27, as army helicopters dropped tents and food over the hills east of Quetta.""",
        title="Balochistan quake toll reaches 27",
        published="2026-11-06",
        outlet="Wire Two",
    ),
    D(
        "di4",
        """A magnitude 4.8 earthquake rattled Tajikistan's capital Dushanbe on Wednesday, sending residents into the streets, but no damage was reported.""",
        title="Quake rattles Dushanbe",
        published="2026-11-04",
        outlet="Wire One",
    ),
]

CAPITAL = [
    D(
        "ca1",
        """KYIV, Ukraine (AP) - A Russian missile hit a warehouse in the port of Odesa on Thursday afternoon, killing three workers and wounding eight, the regional governor said.""",
        title="Russian missile kills three at Odesa port",
        published="2026-06-18",
        outlet="Wire One",
    ),
    D(
        "ca2",
        """MOSCOW (Reuters) - Russia's defence ministry said on Friday its forces had struck a depot holding foreign-supplied weapons in Odessa with a precision missile.""",
        title="Moscow says it hit weapons depot in Odessa",
        published="2026-06-19",
        outlet="Wire Two",
    ),
    D(
        "ca3",
        """A fourth worker died in hospital on Saturday from wounds suffered when a missile struck the Odesa port warehouse two days earlier, the governor said.""",
        title="Odesa port strike toll rises to four",
        published="2026-06-20",
        outlet="Paper Three",
    ),
    D(
        "ca4",
        """Drones attacked Odesa on Saturday night, setting fire to a shopping centre and injuring two people, the city's mayor said.""",
        title="Drone attack on Odesa injures two",
        published="2026-06-21",
        outlet="Wire One",
    ),
]

TOWN = [
    D(
        "tw1",
        """MADRID (Reuters) - A wildfire burning near the village of Tabara in northwestern Spain killed two firefighters on Monday, as winds pushed the flames towards farmhouses, the regional government said.""",
        title="Spanish wildfire kills two firefighters",
        published="2026-07-20",
        outlet="Wire One",
    ),
    D(
        "tw2",
        """Hundreds of people were evacuated on Tuesday as a wildfire raging west of Zamora spread across more than 20,000 hectares. The fire has killed two firefighters since it broke out on Monday.""",
        title="Thousands of hectares burn west of Zamora",
        published="2026-07-21",
        outlet="Wire Two",
    ),
    D(
        "tw3",
        """A shepherd died on Wednesday after being caught by the flames near Tabara, bringing the toll from the Zamora wildfire to three, officials said.""",
        title="Shepherd becomes third victim of Zamora wildfire",
        published="2026-07-22",
        outlet="Paper Three",
    ),
    D(
        "tw4",
        """A forest fire broke out on Tuesday in the hills above Malaga in southern Spain, forcing 800 people from their homes. No injuries were reported.""",
        title="Forest fire forces 800 from homes near Malaga",
        published="2026-07-21",
        outlet="Wire One",
    ),
]

CLEANUP = [
    D(
        "cu1",
        """WARSAW (AP) - Floodwaters swept through the town of Klodzko in southwestern Poland on Sunday after the Nysa river burst its banks, killing four people, police said.""",
        title="Floods kill four in southwestern Poland",
        published="2026-09-13",
        outlet="Wire One",
    ),
    D(
        "cu2",
        """Soldiers helped residents of Klodzko on Monday to pile sandbags along the river as the water began to recede. Four people were killed in the flooding on Sunday, officials said.""",
        title="Soldiers help Klodzko as waters recede",
        published="2026-09-14",
        outlet="Wire Two",
    ),
    D(
        "cu3",
        """Volunteers spent Saturday shovelling mud out of cellars and shops in Klodzko, six days after the flood that killed four people. The government promised money to rebuild a bridge.""",
        title="Klodzko digs out after deadly flood",
        published="2026-09-19",
        outlet="Paper Three",
    ),
    D(
        "cu4",
        """A storm brought flash floods to the city of Wroclaw on Saturday, flooding underpasses and killing one driver whose car was swept away, firefighters said.""",
        title="Flash floods kill driver in Wroclaw",
        published="2026-09-19",
        outlet="Wire One",
    ),
]

UK = [
    D(
        "uk1",
        """LONDON (Reuters) - A car drove into crowds watching a carnival parade in Liverpool on Saturday evening, injuring 27 people, police said. The driver, a local man, was arrested at the scene.""",
        title="Car hits crowd at Liverpool carnival parade, injuring 27",
        published="2026-08-08",
        outlet="Wire One",
    ),
    D(
        "uk2",
        """Police said on Sunday that 31 people had been hurt when the car struck the carnival crowd, and that they were not treating the incident as terrorism.""",
        title="UK police say parade crash was not terrorism",
        published="2026-08-09",
        outlet="Wire Two",
    ),
    D(
        "uk3",
        """The number of people injured when a car ploughed into parade-goers in the northwest English city at the weekend rose to 33 on Monday, the health service said.""",
        title="Injured in UK parade crash rise to 33",
        published="2026-08-10",
        outlet="Paper Three",
    ),
    D(
        "uk4",
        """ALMATY (AP) - A gas explosion tore through an apartment block in Ust-Kamenogorsk in eastern Kazakhstan on Saturday, killing four residents, the emergencies ministry said.""",
        title="Gas blast kills four in Kazakh city",
        published="2026-08-08",
        outlet="Wire Two",
    ),
]

# A second set, written after the first and scored before any fix for it.

MINE = [
    D(
        "mi1",
        """BEIJING (Reuters) - A gas explosion at a coal mine in Shanxi province killed 11 miners on Tuesday and trapped nine more underground, state media said.""",
        title="Coal mine blast kills 11 in northern China",
        published="2026-03-10",
        outlet="Wire One",
    ),
    D(
        "mi2",
        """Rescuers pulled the bodies of five more miners from the flooded shaft on Wednesday, raising the toll from the Shanxi mine explosion to 16, the provincial emergency department said.""",
        title="Shanxi mine blast toll rises to 16",
        published="2026-03-11",
        outlet="Wire Two",
    ),
    D(
        "mi3",
        """Police detained the owner and two managers of the coal mine where Tuesday's blast killed 18 miners, Chinese state television said on Thursday.""",
        title="Mine bosses detained after deadly blast",
        published="2026-03-12",
        outlet="Paper Three",
    ),
    D(
        "mi4",
        """A fire at a chemical factory in Jiangsu province killed six workers on Wednesday, the local government said.""",
        title="Chemical factory fire kills six in eastern China",
        published="2026-03-11",
        outlet="Wire One",
    ),
]

STAMPEDE = [
    D(
        "sp1",
        """NEW DELHI (AP) - At least 18 pilgrims were crushed to death on Sunday when a crowd surged towards the gates of a temple in the northern town of Mathura during a festival, police said.""",
        title="Temple stampede kills 18 in northern India",
        published="2026-08-16",
        outlet="Wire One",
    ),
    D(
        "sp2",
        """The death toll from Sunday's stampede at a Mathura temple rose to 24 on Monday, a district official said, as the state government ordered an inquiry into crowd control.""",
        title="Mathura stampede toll rises to 24",
        published="2026-08-17",
        outlet="Wire Two",
    ),
    D(
        "sp3",
        """Families of the pilgrims killed in the temple crush in Uttar Pradesh accused organisers on Tuesday of letting far more people into the courtyard than it could hold.""",
        title="Families blame organisers for temple crush",
        published="2026-08-18",
        outlet="Paper Three",
    ),
    D(
        "sp4",
        """Seven people were injured on Sunday when a crowd rushed to board a train at a station in Patna, railway officials said.""",
        title="Seven hurt in rush for train in Patna",
        published="2026-08-16",
        outlet="Wire One",
    ),
]

COLLAPSE = [
    D(
        "bc1",
        """LAGOS (Reuters) - A seven-storey building under construction collapsed in the Ikoyi district of Lagos on Tuesday, killing at least 12 workers, emergency officials said. Dozens more were feared trapped.""",
        title="Building collapse kills 12 in Lagos",
        published="2026-05-12",
        outlet="Wire One",
    ),
    D(
        "bc2",
        """Rescue teams working through the night recovered more bodies from the rubble of the collapsed tower in Ikoyi, bringing the death toll to 21 on Wednesday, the state emergency agency said.""",
        title="Lagos collapse toll rises to 21",
        published="2026-05-13",
        outlet="Wire Two",
    ),
    D(
        "bc3",
        """Lagos state governor ordered on Thursday the arrest of the developer of the building that caved in on Tuesday, killing 23 people.""",
        title="Governor orders arrest of collapsed building's developer",
        published="2026-05-14",
        outlet="Paper Three",
    ),
    D(
        "bc4",
        """A two-storey house collapsed in Kano on Wednesday after heavy rain, killing three children, a fire service spokesman said.""",
        title="House collapse kills three children in Kano",
        published="2026-05-13",
        outlet="Wire One",
    ),
]

FERRY = [
    D(
        "fe1",
        """DHAKA (AP) - An overloaded ferry capsized in the Meghna river near the town of Chandpur on Friday, and at least 26 bodies had been recovered, a coast guard official said.""",
        title="Ferry capsizes in Bangladesh, 26 dead",
        published="2026-04-24",
        outlet="Wire One",
    ),
    D(
        "fe2",
        """Divers recovered 14 more bodies on Saturday from the ferry that sank in the Meghna, raising the toll to 40, officials said. Dozens of passengers were still missing.""",
        title="Bangladesh ferry toll rises to 40",
        published="2026-04-25",
        outlet="Wire Two",
    ),
    D(
        "fe3",
        """Survivors of Friday's ferry disaster near Chandpur said the vessel had been carrying more than twice its permitted load when a storm hit.""",
        title="Survivors say sunken ferry was overloaded",
        published="2026-04-26",
        outlet="Paper Three",
    ),
    D(
        "fe4",
        """A fishing trawler sank in the Bay of Bengal off Cox's Bazar on Saturday, and nine fishermen were missing, the coast guard said.""",
        title="Nine fishermen missing after trawler sinks",
        published="2026-04-25",
        outlet="Wire One",
    ),
]

CYCLONE = [
    D(
        "cy1",
        """MAPUTO (Reuters) - A cyclone made landfall near the port city of Beira on Thursday with winds of 180 km an hour, killing at least 15 people and flattening thousands of homes, Mozambique's disaster agency said.""",
        title="Cyclone kills 15 in Mozambique",
        published="2026-02-05",
        outlet="Wire One",
    ),
    D(
        "cy2",
        """The number of people killed by the cyclone in central Mozambique rose to 38 on Saturday, the government said, as floodwaters cut off roads around Beira.""",
        title="Mozambique cyclone toll rises to 38",
        published="2026-02-07",
        outlet="Wire Two",
    ),
    D(
        "cy3",
        """Aid workers in Sofala province said on Monday that cholera cases were rising in camps for families left homeless by last week's cyclone, which killed 41 people.""",
        title="Cholera spreads in cyclone camps",
        published="2026-02-09",
        outlet="Paper Three",
    ),
    D(
        "cy4",
        """A tropical storm brought heavy rain to northern Madagascar on Friday, killing two people in landslides, officials said.""",
        title="Tropical storm kills two in Madagascar",
        published="2026-02-06",
        outlet="Wire One",
    ),
]

LANDSLIDE = [
    D(
        "ls1",
        """KATHMANDU (AP) - A landslide triggered by monsoon rains swept two buses off a highway and into a swollen river in central Nepal on Friday, and 60 passengers were missing, police said.""",
        title="Landslide sweeps two buses into river in Nepal",
        published="2026-07-10",
        outlet="Wire One",
    ),
    D(
        "ls2",
        """Rescuers found seven bodies downstream on Saturday from the two buses swept into the Trishuli river by a landslide in Chitwan district, officials said.""",
        title="Seven bodies found after buses swept into Trishuli",
        published="2026-07-11",
        outlet="Wire Two",
    ),
    D(
        "ls3",
        """Divers searching the Trishuli river for passengers of the buses hit by Friday's landslide had recovered 19 bodies by Monday, Nepal's home ministry said.""",
        title="Nepal bus landslide: 19 bodies recovered",
        published="2026-07-13",
        outlet="Paper Three",
    ),
    D(
        "ls4",
        """A landslide buried three homes in a hill village of far western Nepal on Saturday, killing five members of one family, police said.""",
        title="Landslide kills family of five in western Nepal",
        published="2026-07-11",
        outlet="Wire One",
    ),
]

TRAIN = [
    D(
        "tr1",
        """CAIRO (Reuters) - Two passenger trains collided near the city of Sohag in southern Egypt on Friday, killing 19 people and injuring 150, the health ministry said.""",
        title="Train collision kills 19 in southern Egypt",
        published="2026-03-27",
        outlet="Wire One",
    ),
    D(
        "tr2",
        """Egypt's railway authority said on Saturday that someone had pulled the emergency brake on one of the trains that crashed near Sohag, and prosecutors ordered the arrest of both drivers.""",
        title="Emergency brake pulled before Egypt train crash",
        published="2026-03-28",
        outlet="Wire Two",
    ),
    D(
        "tr3",
        """The death toll from Friday's train crash in Sohag province rose to 23 on Sunday after four of the injured died in hospital, a health official said.""",
        title="Egypt train crash toll rises to 23",
        published="2026-03-29",
        outlet="Paper Three",
    ),
    D(
        "tr4",
        """A train derailed near Minya on Sunday, injuring 15 passengers, Egypt's railway authority said.""",
        title="Train derails near Minya, injuring 15",
        published="2026-03-29",
        outlet="Wire One",
    ),
]

# A third set in the genres held-out reports come from (base attacks, bombings, quakes,
# floods, disputed hospital tolls, a wildfire told from a village and from the capital),
# written after the fixes for the first two and scored before any fix for it: alone 7/12
# incidents, the fixes of the first two sets generalised to the hospital toll only.

SYRIA_BASE = [
    D(
        "sb1",
        """BEIRUT (Reuters) - Several rockets landed inside a base housing US troops near the Conoco gas field in eastern Syria on Wednesday, causing no injuries, a coalition spokesman said.""",
        title="Rockets hit US base in eastern Syria, no injuries",
        published="2026-04-08",
        outlet="Wire One",
    ),
    D(
        "sb2",
        """A US defence official said on Thursday that the rocket attack on the base in Deir al-Zor province had damaged a vehicle and a fuel tank, and that US forces had fired back at the launch site.""",
        title="US returns fire after rocket attack on Syria base",
        published="2026-04-09",
        outlet="Wire Two",
    ),
    D(
        "sb3",
        """A little-known armed faction said on Thursday it had fired rockets at the American base at the Conoco field the day before, in a statement on a messaging app.""",
        title="Faction claims rocket attack on Conoco base",
        published="2026-04-09",
        outlet="Paper Three",
    ),
    D(
        "sb4",
        """A drone was shot down near the al-Tanf garrison in southern Syria on Wednesday, the coalition said. There was no damage.""",
        title="Drone downed near al-Tanf garrison",
        published="2026-04-08",
        outlet="Wire One",
    ),
]

RALLY = [
    D(
        "ra1",
        """PESHAWAR, Pakistan (AP) - A suicide bomber blew himself up at an election rally in the town of Khar in the Bajaur district on Sunday, killing at least 35 people and wounding more than 100, police said.""",
        title="Suicide bombing at election rally kills 35 in Pakistan",
        published="2026-07-26",
        outlet="Wire One",
    ),
    D(
        "ra2",
        """The number of people killed in Sunday's suicide attack on a political gathering in Bajaur rose to 47 on Monday, a provincial health official said, as several of the critically wounded died.""",
        title="Bajaur rally bombing toll rises to 47",
        published="2026-07-27",
        outlet="Wire Two",
    ),
    D(
        "ra3",
        """The regional affiliate of the Islamic State group said on Monday it was behind the bombing of the rally in northwestern Pakistan, which killed 47 people.""",
        title="Islamic State claims Pakistan rally bombing",
        published="2026-07-27",
        outlet="Paper Three",
    ),
    D(
        "ra4",
        """A bomb planted on a motorcycle exploded near a police station in Peshawar on Monday, wounding four officers, police said.""",
        title="Motorcycle bomb wounds four police in Peshawar",
        published="2026-07-27",
        outlet="Wire One",
    ),
]

ATLAS = [
    D(
        "at1",
        """RABAT (Reuters) - A magnitude 6.5 earthquake hit the Atlas mountains south of Taroudant late on Friday, killing at least 90 people as mud-brick houses collapsed, the interior ministry said.""",
        title="Strong quake kills 90 in Morocco",
        published="2026-09-25",
        outlet="Wire One",
    ),
    D(
        "at2",
        """Soldiers and volunteers dug through rubble in mountain villages on Saturday after Friday night's earthquake, and the interior ministry raised the toll to 260.""",
        title="Morocco quake toll climbs to 260",
        published="2026-09-26",
        outlet="Wire Two",
    ),
    D(
        "at3",
        """In the hamlet of Tizi Ntest, which lost nearly half its homes in last week's earthquake, families were still living in tents on Tuesday. The quake killed 311 people, according to the latest official figures.""",
        title="Villagers live in tents after Morocco quake",
        published="2026-09-29",
        outlet="Paper Three",
    ),
    D(
        "at4",
        """A magnitude 4.9 earthquake shook northern Algeria on Saturday, cracking walls in several buildings in the city of Bejaia, but no casualties were reported.""",
        title="Moderate quake shakes northern Algeria",
        published="2026-09-26",
        outlet="Wire One",
    ),
]

DAM = [
    D(
        "dm1",
        """LAGOS (AP) - Floodwaters from a collapsed dam swept through the northeastern city of Maiduguri on Tuesday, killing at least 30 people and displacing tens of thousands, the state emergency agency said.""",
        title="Dam collapse floods Nigerian city, killing 30",
        published="2026-09-08",
        outlet="Wire One",
    ),
    D(
        "dm2",
        """Borno state's governor said on Thursday that 56 people had died in the floods that submerged half of Maiduguri after the dam gave way, and warned the toll could rise.""",
        title="Borno flood toll rises to 56",
        published="2026-09-10",
        outlet="Wire Two",
    ),
    D(
        "dm3",
        """Aid groups warned on Saturday of cholera in camps sheltering families who fled the flooding in Borno state earlier this week.""",
        title="Cholera fears in Borno flood camps",
        published="2026-09-12",
        outlet="Paper Three",
    ),
    D(
        "dm4",
        """Heavy rain flooded several streets of Lagos on Thursday, and two children drowned in a canal, the state emergency agency said.""",
        title="Two children drown as rain floods Lagos",
        published="2026-09-10",
        outlet="Wire One",
    ),
]

FASHER = [
    D(
        "fa1",
        """NAIROBI (Reuters) - Shells struck the Saudi hospital in El Fasher on Friday, killing 64 patients and relatives, the World Health Organization said.""",
        title="Shelling of Sudan hospital kills 64, WHO says",
        published="2026-01-23",
        outlet="Wire One",
    ),
    D(
        "fa2",
        """The paramilitary force accused of the attack denied on Saturday that it had targeted the hospital in North Darfur's capital, saying the army had stored weapons there.""",
        title="Paramilitaries deny shelling El Fasher hospital",
        published="2026-01-24",
        outlet="Wire Two",
    ),
    D(
        "fa3",
        """Local medics said on Sunday that at least 70 people died when the hospital in El Fasher was shelled two days earlier, while the army-aligned governor put the toll at more than 80.""",
        title="Medics put El Fasher hospital toll at 70",
        published="2026-01-25",
        outlet="Paper Three",
    ),
    D(
        "fa4",
        """Shelling of a crowded livestock market in El Fasher on Tuesday killed 15 people, local activists said.""",
        title="Market shelling kills 15 in El Fasher",
        published="2026-01-27",
        outlet="Wire One",
    ),
]

ATTICA = [
    D(
        "ak1",
        """ATHENS (Reuters) - A wildfire fanned by gale-force winds tore through pine forest near the seaside town of Nea Makri on Sunday, killing two people trapped in their car, the fire service said.""",
        title="Greek wildfire kills two near Nea Makri",
        published="2026-08-02",
        outlet="Wire One",
    ),
    D(
        "ak2",
        """Firefighters were battling on Monday to contain a wildfire northeast of Athens that has killed two people and burned dozens of homes, as water-bombing planes flew overhead.""",
        title="Firefighters battle blaze northeast of Athens",
        published="2026-08-03",
        outlet="Wire Two",
    ),
    D(
        "ak3",
        """Residents of Nea Makri returned on Wednesday to find charred houses and cars, three days after the fire that killed two people.""",
        title="Nea Makri residents return to charred homes",
        published="2026-08-05",
        outlet="Paper Three",
    ),
    D(
        "ak4",
        """A wildfire on the island of Rhodes forced the evacuation of three villages on Sunday. No injuries were reported.""",
        title="Rhodes villages evacuated as wildfire spreads",
        published="2026-08-02",
        outlet="Wire One",
    ),
]

STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "kurdistan": (KURDISTAN, [{"ku1", "ku2", "ku3"}, {"ku4"}]),
    "district": (DISTRICT, [{"di1", "di2", "di3"}, {"di4"}]),
    "capital": (CAPITAL, [{"ca1", "ca2", "ca3"}, {"ca4"}]),
    "town": (TOWN, [{"tw1", "tw2", "tw3"}, {"tw4"}]),
    "cleanup": (CLEANUP, [{"cu1", "cu2", "cu3"}, {"cu4"}]),
    "uk": (UK, [{"uk1", "uk2", "uk3"}, {"uk4"}]),
    "mine": (MINE, [{"mi1", "mi2", "mi3"}, {"mi4"}]),
    "stampede": (STAMPEDE, [{"sp1", "sp2", "sp3"}, {"sp4"}]),
    "collapse": (COLLAPSE, [{"bc1", "bc2", "bc3"}, {"bc4"}]),
    "ferry": (FERRY, [{"fe1", "fe2", "fe3"}, {"fe4"}]),
    "cyclone": (CYCLONE, [{"cy1", "cy2", "cy3"}, {"cy4"}]),
    "landslide": (LANDSLIDE, [{"ls1", "ls2", "ls3"}, {"ls4"}]),
    "train": (TRAIN, [{"tr1", "tr2", "tr3"}, {"tr4"}]),
    "syria base": (SYRIA_BASE, [{"sb1", "sb2", "sb3"}, {"sb4"}]),
    "rally": (RALLY, [{"ra1", "ra2", "ra3"}, {"ra4"}]),
    "atlas": (ATLAS, [{"at1", "at2", "at3"}, {"at4"}]),
    "dam": (DAM, [{"dm1", "dm2", "dm3"}, {"dm4"}]),
    "fasher": (FASHER, [{"fa1", "fa2", "fa3"}, {"fa4"}]),
    "attica": (ATTICA, [{"ak1", "ak2", "ak3"}, {"ak4"}]),
}


#: Stories the linker still splits or merges (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset({"attica"})

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    reason=(
        "still split: ak3's only claim recalls 'the fire that killed two' (focus other), so its "
        "event has no kind ('fire' alone may be gunfire), and ak2 names only 'northeast of "
        "Athens' against ak3's Nea Makri with little shared context: {ak1, ak3} and ak2 average "
        "0.57 < 0.62 (round 11)"
    ),
)
