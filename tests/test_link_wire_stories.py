"""
Wire-style stories: what crawled reports do that tidy test stories do not.

Datelines name the city a report was filed from, not the place of the event ("BEIRUT
(Wire) - A strike in southern Lebanon ..."); reports come out one to four days after the
event and date it as "on Thursday", "last week" or "on Nov. 7"; places are named at
different levels (village, district, province, country) and in different spellings; a base
is "Outpost 41" in one report and "a US outpost in Jordan near the Syrian border" in the
next; an earthquake is named by its epicentre in one report and by the worst-hit city in
another; floods cover several towns of one region; a funeral report is dated on its own
day. Confounders must stay apart: two strikes in one city on consecutive days, a second
bombing in the same capital four days later, a strike in the same region the next day.

Every sentence is written for these tests; the places are real, the incidents are not.
Stories are scored with B-cubed F1 over reports and exact incidents, one story at a time
(as a fact-checker reconciles a handful of reports) and as one corpus.
"""

from __future__ import annotations

import claimrec as cr
from stories import story_tests

D = cr.Document

LEBANON = [
    D(
        "lb1",
        """BEIRUT (Reuters) - An Israeli strike on a house in the village of Aitaroun in southern Lebanon killed five people, including two children, on Thursday, Lebanon's health ministry said.
The Israeli military said it had targeted a militant who was operating from the building.""",
        title="Israeli strike kills five in south Lebanon village",
        published="2026-03-05",
        outlet="Wire One",
    ),
    D(
        "lb2",
        """JERUSALEM (AP) — Israel's army said on Friday that Thursday's strike in Aitaroun had hit a weapons cache of the armed group, and that it was reviewing reports of civilian deaths. Lebanese state media said five members of one family had been killed.""",
        title="Israel says south Lebanon strike hit weapons cache",
        published="2026-03-06",
        outlet="Wire Two",
    ),
    D(
        "lb3",
        """Mourners in south Lebanon buried five members of a family on Saturday, two days after an air strike flattened their home in Aitaroun near the border. Relatives carried the coffins through the village as residents chanted.""",
        title="South Lebanon village buries family killed in strike",
        published="2026-03-07",
        outlet="Paper Three",
    ),
    D(
        "lb4",
        """BEIRUT (Reuters) - An Israeli drone strike on a car on the road near Nabatieh in southern Lebanon killed two men on Friday, a security source said.""",
        title="Drone strike on car kills two in south Lebanon",
        published="2026-03-06",
        outlet="Wire One",
    ),
]

KHARKIV = [
    D(
        "kh1",
        """KYIV, Ukraine (Reuters) — A Russian missile slammed into a nine-storey apartment building in Kharkiv on Monday evening, killing four people and wounding 23, the regional governor said. Rescuers were searching the rubble for people trapped under collapsed floors.""",
        title="Russian missile hits Kharkiv apartment block, killing four",
        published="2026-04-13",
        outlet="Wire One",
    ),
    D(
        "kh2",
        """MOSCOW (AP) — Russia's defence ministry said on Tuesday that its forces had struck military targets in Kharkov, a day after Ukrainian officials said a missile had killed four civilians in a residential building in the city.""",
        title="Russia says it hit military targets in Kharkov",
        published="2026-04-14",
        outlet="Wire Two",
    ),
    D(
        "kh3",
        """KYIV, Ukraine (Reuters) — Drones attacked Kharkiv overnight on Tuesday, killing two people and setting a supermarket on fire, the city's mayor said, a day after a missile strike on the city.""",
        title="Drone attack on Kharkiv kills two, sets supermarket ablaze",
        published="2026-04-15",
        outlet="Wire One",
    ),
    D(
        "kh4",
        """The death toll from Monday's missile strike on an apartment block in Kharkiv has risen to seven after rescuers recovered three more bodies, emergency services said on Thursday. Forty people were wounded in all.""",
        title="Kharkiv apartment strike toll rises to seven",
        published="2026-04-16",
        outlet="Paper Three",
    ),
]

BASE = [
    D(
        "bs1",
        """WASHINGTON (Reuters) — Three U.S. soldiers were killed and more than 30 were wounded when a one-way attack drone struck Outpost 41, a small logistics base in northeastern Jordan, on Sunday, U.S. officials said.""",
        title="Drone attack kills three US soldiers in Jordan",
        published="2026-01-25",
        outlet="Wire One",
    ),
    D(
        "bs2",
        """AMMAN, Jordan (AP) — A drone attack on a U.S. military outpost in Jordan near the Syrian border killed three American troops late on Sunday, the Pentagon said. Jordan's government said the attack took place outside its territory, across the border in Syria.""",
        title="Jordan says deadly drone strike was outside its border",
        published="2026-01-26",
        outlet="Wire Two",
    ),
    D(
        "bs3",
        """The number of service members injured in the Jan. 25 drone attack on the logistics base has risen to 40, a Pentagon spokesperson said on Tuesday. Most of them suffered traumatic brain injuries and several were flown to Germany for treatment.""",
        title="Injured in Jordan base attack rise to 40",
        published="2026-01-28",
        outlet="Paper Three",
    ),
    D(
        "bs4",
        """An umbrella group of Iran-backed militias said it had carried out last weekend's drone attack on the American outpost on the Jordan-Syria border, in a statement posted online on Tuesday.""",
        title="Militia alliance claims deadly drone attack",
        published="2026-01-27",
        outlet="Paper Four",
    ),
]

QUAKE = [
    D(
        "eq1",
        """ANKARA (Reuters) — A magnitude 6.1 earthquake centred in the Puturge district of Malatya province struck eastern Turkey early on Tuesday, killing at least 12 people, the disaster agency said.""",
        title="Strong quake kills 12 in eastern Turkey",
        published="2026-05-19",
        outlet="Wire One",
    ),
    D(
        "eq2",
        """Rescuers in Adiyaman dug through the rubble of collapsed apartment blocks on Tuesday after a strong earthquake killed 19 people in the southeast of the country, the health minister said. Most of the dead were in Adiyaman, the city worst hit.""",
        title="Adiyaman hardest hit as quake kills 19",
        published="2026-05-19",
        outlet="Wire Two",
    ),
    D(
        "eq3",
        """The death toll from this week's earthquake in eastern Turkey rose to 41 on Thursday, officials said, as hopes faded of finding more survivors in Adiyaman and Malatya.""",
        title="Turkey quake toll rises to 41",
        published="2026-05-21",
        outlet="Paper Three",
    ),
    D(
        "eq4",
        """Survivors of last Tuesday's earthquake in Adiyaman are sleeping in tents as aftershocks continue, and officials say 44 people died. About 3,000 buildings were damaged.""",
        title="Quake survivors in Adiyaman sleep in tents",
        published="2026-05-23",
        outlet="Paper Four",
    ),
]

FLOOD = [
    D(
        "fl1",
        """ROME (Reuters) — Floods in the northern region of Emilia-Romagna killed eight people on Wednesday after several rivers burst their banks in Faenza and Cesena, officials said. Thousands of residents were evacuated.""",
        title="Floods kill eight in northern Italy",
        published="2026-10-14",
        outlet="Wire One",
    ),
    D(
        "fl2",
        """Rescuers used boats to reach residents stranded on rooftops in Lugo on Thursday, as the death toll from the floods across Emilia-Romagna rose to 13, the regional president said.""",
        title="Italy flood toll rises to 13",
        published="2026-10-15",
        outlet="Wire Two",
    ),
    D(
        "fl3",
        """Firefighters found two bodies in a flooded basement in Cesena on Friday, bringing the toll from the floods in the region to 15, the mayor said.""",
        title="Two more bodies found in Cesena basement",
        published="2026-10-16",
        outlet="Paper Three",
    ),
    D(
        "fl4",
        """Volunteers shovelled mud from the streets of Faenza on Sunday, four days after the floods that killed 15 people in northern Italy last week. The government declared a state of emergency.""",
        title="Faenza digs out after floods",
        published="2026-10-18",
        outlet="Paper Four",
    ),
]

MOGADISHU = [
    D(
        "mg1",
        """MOGADISHU, Somalia (Reuters) — A suicide car bomb killed at least nine people at a busy checkpoint near the parliament building in Mogadishu on Saturday, police said. Al-Shabaab claimed responsibility for the attack.""",
        title="Car bomb kills nine in Somali capital",
        published="2026-08-22",
        outlet="Wire One",
    ),
    D(
        "mg2",
        """NAIROBI (AP) — The death toll from Saturday's car bombing in the Somali capital rose to 15, a hospital director said on Sunday, with dozens more wounded.""",
        title="Somalia bombing toll rises to 15",
        published="2026-08-23",
        outlet="Wire Two",
    ),
    D(
        "mg3",
        """Mourners buried victims of the Mogadishu bombing on Sunday as hospitals in the city appealed for blood. At least 15 people died in the blast, a doctor said.""",
        title="Mogadishu buries bombing victims",
        published="2026-08-23",
        outlet="Paper Three",
    ),
    D(
        "mg4",
        """A roadside bomb hit a minibus on the outskirts of Mogadishu on Wednesday, killing three passengers, police said.""",
        title="Roadside bomb kills three near Mogadishu",
        published="2026-08-26",
        outlet="Wire One",
    ),
]

GAZA = [
    D(
        "gz1",
        """CAIRO (Reuters) — An Israeli strike on a school sheltering displaced families in Gaza City killed at least 30 people on Saturday, the civil defence agency said.""",
        title="Strike on Gaza school shelter kills 30",
        published="2026-11-07",
        outlet="Wire One",
    ),
    D(
        "gz2",
        """The Israeli military said on Sunday that it had struck militants operating from a command room inside the school compound in Gaza, and said the toll given by local authorities could not be verified.""",
        title="Israel says school in Gaza hid command room",
        published="2026-11-08",
        outlet="Wire Two",
    ),
    D(
        "gz3",
        """Gaza's health ministry said on Monday that 41 people were killed in the weekend strike on the school, most of them women and children, and 70 were wounded.""",
        title="Gaza school strike toll rises to 41",
        published="2026-11-09",
        outlet="Paper Three",
    ),
    D(
        "gz4",
        """A United Nations agency said on Tuesday it had not been able to confirm the figures, but that its staff had counted at least 25 bodies after the Nov. 7 strike on the school in Gaza City.""",
        title="UN staff count 25 bodies after school strike",
        published="2026-11-10",
        outlet="Paper Four",
    ),
]

IDLIB = [
    D(
        "id1",
        """BEIRUT (Reuters) — Air strikes on a market in the town of Ariha in northwest Syria killed 11 civilians on Wednesday, a war monitor said.""",
        title="Air strikes on Syrian market kill 11",
        published="2026-06-10",
        outlet="Wire One",
    ),
    D(
        "id2",
        """ISTANBUL (AP) — Eleven people were killed when warplanes bombed a vegetable market in Idlib province, rescue workers said on Wednesday.""",
        title="Warplanes bomb market in Idlib",
        published="2026-06-10",
        outlet="Wire Two",
    ),
    D(
        "id3",
        """The toll from Wednesday's air strikes on a market near Idlib rose to 14 on Thursday, rescue workers said, after three of the wounded died.""",
        title="Idlib market strike toll rises to 14",
        published="2026-06-11",
        outlet="Paper Three",
    ),
]

# A second set, written after the first was fixed and scored before any fix for it.

PESHAWAR = [
    D(
        "pw1",
        """PESHAWAR, Pakistan (AP) — A suicide bomber blew himself up among worshippers at a mosque inside a police compound in the northwestern city of Peshawar during Friday prayers, killing at least 28 people, officials said.""",
        title="Suicide bomber kills 28 at mosque in Pakistan police compound",
        published="2026-01-30",
        outlet="Wire One",
    ),
    D(
        "pw2",
        """ISLAMABAD (Reuters) - The death toll from Friday's mosque bombing in northwest Pakistan climbed to 59 on Saturday as rescuers cleared debris from the collapsed prayer hall, a hospital spokesman said.""",
        title="Pakistan mosque bombing toll climbs to 59",
        published="2026-01-31",
        outlet="Wire Two",
    ),
    D(
        "pw3",
        """Funeral prayers were held on Sunday for police officers killed in the Peshawar mosque blast, as the provincial government announced compensation for their families. Officials put the toll at 61.""",
        title="Peshawar mourns officers killed in mosque blast",
        published="2026-02-01",
        outlet="Paper Three",
    ),
    D(
        "pw4",
        """Investigators said on Monday that the bomber who killed 61 people at a police mosque in Khyber Pakhtunkhwa province last week had entered the compound wearing a police uniform.""",
        title="Mosque bomber wore police uniform, investigators say",
        published="2026-02-02",
        outlet="Paper Four",
    ),
    D(
        "pw5",
        """QUETTA, Pakistan (AP) — A roadside bomb struck a police vehicle in the southwestern city of Quetta on Friday, wounding five officers, police said.""",
        title="Roadside bomb wounds five police in Quetta",
        published="2026-01-30",
        outlet="Wire One",
    ),
]

HERAT = [
    D(
        "hq1",
        """KABUL (Reuters) - A magnitude 6.3 earthquake struck western Afghanistan on Saturday, its epicentre about 40 km northwest of the city of Herat, killing at least 15 people, the disaster ministry said.""",
        title="Quake kills at least 15 in western Afghanistan",
        published="2026-10-10",
        outlet="Wire Two",
    ),
    D(
        "hq2",
        """Villages in the Zindajan district were reduced to rubble by Saturday's earthquake, and local officials said more than 100 people had died there alone.""",
        title="Whole villages flattened in Zindajan",
        published="2026-10-11",
        outlet="Paper Three",
    ),
    D(
        "hq3",
        """Herat province's health director said on Monday that the toll from the quake had climbed to 320, with hundreds still missing in remote villages.""",
        title="Herat quake toll climbs to 320",
        published="2026-10-12",
        outlet="Wire One",
    ),
    D(
        "hq4",
        """Aid agencies appealed on Wednesday for tents and blankets for families left homeless by last weekend's quake in Afghanistan, which the Taliban administration said had killed more than 1,000 people.""",
        title="Aid groups appeal for tents after Afghan quake",
        published="2026-10-14",
        outlet="Paper Four",
    ),
    D(
        "hq5",
        """A magnitude 5.1 earthquake shook eastern Turkey's Van province on Saturday, damaging several old buildings, the disaster agency said. No casualties were reported.""",
        title="Moderate quake shakes eastern Turkey",
        published="2026-10-10",
        outlet="Wire One",
    ),
]

BRAZIL = [
    D(
        "rs1",
        """SAO PAULO (Reuters) - Heavy rains caused flooding across the southern Brazilian state of Rio Grande do Sul on Tuesday, killing at least 10 people and forcing thousands from their homes, the state civil defence agency said.""",
        title="Floods kill 10 in southern Brazil",
        published="2026-07-14",
        outlet="Wire Two",
    ),
    D(
        "rs2",
        """Boats ferried residents out of flooded neighbourhoods in Canoas on Wednesday as the river kept rising, and the state government said the death toll had reached 21.""",
        title="Brazil flood toll reaches 21",
        published="2026-07-15",
        outlet="Wire One",
    ),
    D(
        "rs3",
        """Porto Alegre's airport remained closed on Friday, three days after floodwaters swamped its runway, and officials said 37 people had died across the state.""",
        title="Porto Alegre airport still shut by floods",
        published="2026-07-17",
        outlet="Paper Three",
    ),
    D(
        "rs4",
        """Residents of Eldorado do Sul returned on Sunday to homes caked in mud after this week's floods, which killed 40 people in the state.""",
        title="Flood victims return to mud-caked homes",
        published="2026-07-19",
        outlet="Paper Four",
    ),
    D(
        "rs5",
        """Landslides triggered by heavy rain buried several houses in Recife on Wednesday, killing six people, the fire service said.""",
        title="Landslides kill six in Recife",
        published="2026-07-15",
        outlet="Wire One",
    ),
]

KYIV = [
    D(
        "kv1",
        """KYIV, Ukraine (AP) — Russian missiles struck an apartment building and an office block in central Kyiv on Monday morning, killing seven people, the city's military administration said.""",
        title="Russian missiles kill seven in central Kyiv",
        published="2026-03-23",
        outlet="Wire One",
    ),
    D(
        "kv2",
        """Moscow said its strikes on Kiev on Monday had targeted defence industry sites, while Ukrainian officials said the toll had risen to nine.""",
        title="Moscow says Kiev strikes hit defence plants",
        published="2026-03-24",
        outlet="Wire Two",
    ),
    D(
        "kv3",
        """A drone attack on the Ukrainian capital overnight into Tuesday killed two people in the Darnytskyi district and damaged power lines, officials said on Wednesday.""",
        title="Drone attack kills two in Kyiv",
        published="2026-03-25",
        outlet="Paper Three",
    ),
    D(
        "kv4",
        """Rescuers finished clearing the rubble of the Kyiv apartment block hit by a missile on March 23, bringing the death toll to 11, the emergency service said.""",
        title="Kyiv missile strike toll reaches 11",
        published="2026-03-26",
        outlet="Paper Four",
    ),
]

ERBIL = [
    D(
        "eb1",
        """BAGHDAD (Reuters) - Drones targeted a base hosting US-led coalition troops at Erbil airport in northern Iraq on Saturday, wounding two contractors, a security official said.""",
        title="Drones target coalition base in Erbil",
        published="2026-05-02",
        outlet="Wire Two",
    ),
    D(
        "eb2",
        """The US military said on Sunday that air defences had shot down three drones near Erbil air base late on Saturday, and that a fourth struck a storage building, lightly injuring two civilian contractors.""",
        title="US says it downed three drones over Erbil",
        published="2026-05-03",
        outlet="Wire One",
    ),
    D(
        "eb3",
        """An alliance of Iran-aligned armed factions said on Monday that it had attacked the occupation base in Iraq's Kurdistan region with drones over the weekend.""",
        title="Iraqi factions claim drone attack on Kurdistan base",
        published="2026-05-04",
        outlet="Paper Three",
    ),
    D(
        "eb4",
        """Kurdistan's interior ministry said on Wednesday that it had arrested two men suspected of helping to launch the drones that hit the coalition base near Erbil airport on May 2.""",
        title="Two held over Erbil base drone attack",
        published="2026-05-06",
        outlet="Paper Four",
    ),
    D(
        "eb5",
        """Rockets were fired at the Ain al-Asad air base in western Iraq on Monday, causing no casualties, a US official said.""",
        title="Rockets fired at Ain al-Asad base",
        published="2026-05-04",
        outlet="Wire One",
    ),
]

KHAN_YOUNIS = [
    D(
        "ky1",
        """CAIRO (Reuters) - An Israeli strike hit the courtyard of Nasser hospital in Khan Younis on Saturday, killing at least 19 people including four journalists, Gaza's health ministry said.""",
        title="Strike on Gaza hospital kills 19, including journalists",
        published="2026-12-05",
        outlet="Wire Two",
    ),
    D(
        "ky2",
        """The Israeli military said on Sunday that its troops had targeted a surveillance camera placed by militants near the hospital in southern Gaza, and that it regretted any harm to uninvolved civilians.""",
        title="Israel says it targeted camera near Gaza hospital",
        published="2026-12-06",
        outlet="Wire One",
    ),
    D(
        "ky3",
        """Gaza's civil defence put the toll from the weekend strike on the hospital at 22 on Monday, a figure the Israeli army disputed, saying six of the dead were militants.""",
        title="Toll from Gaza hospital strike rises to 22",
        published="2026-12-07",
        outlet="Paper Three",
    ),
    D(
        "ky4",
        """Press freedom groups demanded an inquiry on Tuesday into the Dec. 5 strike on Nasser hospital, which killed four journalists among 22 people.""",
        title="Press groups demand inquiry into hospital strike",
        published="2026-12-08",
        outlet="Paper Four",
    ),
]

KIVU = [
    D(
        "lk1",
        """GOMA, Congo (AP) — An overcrowded boat capsized on Lake Kivu near the port of Goma on Saturday, and at least 30 bodies had been recovered, a provincial official said.""",
        title="Boat capsizes on Lake Kivu, 30 bodies recovered",
        published="2026-09-19",
        outlet="Wire One",
    ),
    D(
        "lk2",
        """KINSHASA (Reuters) - The number of people who died when a boat sank on Lake Kivu in eastern Congo rose to 78 on Sunday, the provincial governor said, with dozens still missing.""",
        title="Congo boat disaster toll rises to 78",
        published="2026-09-20",
        outlet="Wire Two",
    ),
    D(
        "lk3",
        """Relatives waited on the shore in Goma on Tuesday for news of the missing, three days after the boat disaster. Officials announced three days of national mourning.""",
        title="Goma families wait for news of missing",
        published="2026-09-22",
        outlet="Paper Three",
    ),
    D(
        "lk4",
        """A barge carrying fuel caught fire and sank on the Congo River near Mbandaka on Monday, killing 12 people, local officials said.""",
        title="Fuel barge fire kills 12 on Congo River",
        published="2026-09-21",
        outlet="Wire One",
    ),
]

ROUNDUP = D(
    "rd1",
    """Ukraine live: Here is what we know on Tuesday.
The toll from Monday evening's missile strike on a residential building in Kharkiv has risen to five, the regional governor said.
In the south, a drone hit port facilities in Odesa on Tuesday morning, killing one dock worker and damaging a grain silo, the regional military administration said.""",
    title="Ukraine live: Kharkiv toll rises, drone hits Odesa port",
    published="2026-04-14",
    outlet="Paper Four",
)

STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "lebanon": (LEBANON, [{"lb1", "lb2", "lb3"}, {"lb4"}]),
    "kharkiv": (KHARKIV, [{"kh1", "kh2", "kh4"}, {"kh3"}]),
    "base": (BASE, [{"bs1", "bs2", "bs3", "bs4"}]),
    "quake": (QUAKE, [{"eq1", "eq2", "eq3", "eq4"}]),
    "flood": (FLOOD, [{"fl1", "fl2", "fl3", "fl4"}]),
    "mogadishu": (MOGADISHU, [{"mg1", "mg2", "mg3"}, {"mg4"}]),
    "gaza": (GAZA, [{"gz1", "gz2", "gz3", "gz4"}]),
    "idlib": (IDLIB, [{"id1", "id2", "id3"}]),
    "peshawar": (PESHAWAR, [{"pw1", "pw2", "pw3", "pw4"}, {"pw5"}]),
    "herat": (HERAT, [{"hq1", "hq2", "hq3", "hq4"}, {"hq5"}]),
    "brazil": (BRAZIL, [{"rs1", "rs2", "rs3", "rs4"}, {"rs5"}]),
    "kyiv": (KYIV, [{"kv1", "kv2", "kv4"}, {"kv3"}]),
    "erbil": (ERBIL, [{"eb1", "eb2", "eb3", "eb4"}, {"eb5"}]),
    "khan younis": (KHAN_YOUNIS, [{"ky1", "ky2", "ky3", "ky4"}]),
    "kivu": (KIVU, [{"lk1", "lk2", "lk3"}, {"lk4"}]),
}


def bcubed(found: dict[str, frozenset[str]], gold: list[set[str]]) -> float:
    """
    B-cubed F1 of report clusters against gold incidents.

    >>> bcubed({"a": frozenset("ab"), "b": frozenset("ab")}, [{"a", "b"}])
    1.0
    >>> round(bcubed({"a": frozenset("a"), "b": frozenset("b")}, [{"a", "b"}]), 3)
    0.667
    """
    truth = {doc: frozenset(incident) for incident in gold for doc in incident}
    precision = sum(len(found[d] & truth[d]) / len(found[d]) for d in truth) / len(truth)
    recall = sum(len(found[d] & truth[d]) / len(truth[d]) for d in truth) / len(truth)
    return 2 * precision * recall / (precision + recall)


test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES, ignore={ROUNDUP.id}
)


def test_a_roundup_naming_two_incidents_adds_to_both() -> None:
    """
    A live blog with the Kharkiv toll and an Odesa drone strike: each claim to its own event.

    An event's documents are the reports it is the main event of (the roundup's is
    Kharkiv's strike); the Odesa claim goes to an event of its own, placed in Odesa.
    """
    report = cr.reconcile([*KHARKIV, ROUNDUP])
    kharkiv = next(e for e in report.events if "kh1" in e.documents)
    events = {e.id: e for e in report.events}
    toll, odesa = (c for c in report.claims if c.document == ROUNDUP.id)

    assert "rd1" in kharkiv.documents
    assert report.claim_event[toll.id] == kharkiv.id
    assert odesa.mention.focus == "other"
    assert events[report.claim_event[odesa.id] or ""].location == "Odesa"
