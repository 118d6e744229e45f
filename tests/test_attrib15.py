"""
Attribution and responsibility across genres, round 15.

Probe batch q01-q74 (passages written before the fixes, over disaster agencies, hospitals,
police in shootings, coroners, state media, wires relaying local outlets, militant channels,
rights groups, witnesses, pronoun speakers and responsibility): 64/74 on the branch start,
71/74 after. Each passage lists the (low, kind, source) of every figure and the (stance,
actor, source) of every stance, in text order. The classes fixed are then checked on
sentences written after the fixes.
"""

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from claimrec import extract_claims
from claimrec.model import Document
from probe import Counts, Stances, read_sources

ORG, PARTY, MEDIA = "organization", "party", "media"
PERSON, OFFICIAL, VAGUE, NONE = "named_person", "anonymous_official", "vague", "none"


def read(text: str) -> tuple[Counts, Stances]:
    """The (low, kind, source) of each count and (stance, actor, source) of each stance."""
    return read_sources(text, "a15")


PROBE = [
    pytest.param(
        "The National Disaster Management Agency said on Tuesday that 63 people had died in landslides triggered by the monsoon rains.",
        [(63, ORG, "The National Disaster Management Agency")],
        [],
        id="q01",
    ),
    pytest.param(
        "Rescue workers recovered 12 more bodies overnight, bringing the toll to 88, according to the country's civil defence.",
        [(12, ORG, "the country's civil defence"), (88, ORG, "the country's civil defence")],
        [],
        id="q02",
    ),
    pytest.param(
        "The Turkish Red Crescent said 210 people had been treated for injuries after the tremor.",
        [(210, ORG, "The Turkish Red Crescent")],
        [],
        id="q03",
        marks=pytest.mark.xfail(
            strict=True, reason="extraction (not attribution) reads 'treated for injuries' twice"
        ),
    ),
    pytest.param(
        "At least 1,400 homes were destroyed and 34 people killed by the cyclone, the UN humanitarian office OCHA said in its latest update.",
        [
            (1400, ORG, "the UN humanitarian office OCHA"),
            (34, ORG, "the UN humanitarian office OCHA"),
        ],
        [],
        id="q04",
    ),
    pytest.param(
        "A spokesman for the fire brigade said four firefighters were among the 11 dead.",
        [
            (4, ORG, "A spokesman for the fire brigade"),
            (11, ORG, "A spokesman for the fire brigade"),
        ],
        [],
        id="q05",
    ),
    pytest.param(
        "The health ministry said 37 people had been killed and 120 wounded in the strikes.",
        [(37, ORG, "The health ministry"), (120, ORG, "The health ministry")],
        [],
        id="q06",
    ),
    pytest.param(
        "Doctors at the city's main hospital said they had received 26 bodies.",
        [(26, OFFICIAL, "Doctors at the city's main hospital")],
        [],
        id="q07",
    ),
    pytest.param(
        "A statement from the Ministry of Health said 58 people had died of their injuries.",
        [(58, ORG, "A statement from the Ministry of Health")],
        [],
        id="q08",
    ),
    pytest.param(
        "The hospital said in a statement that nine of the wounded were in critical condition.",
        [(9, ORG, "The hospital")],
        [],
        id="q09",
    ),
    pytest.param(
        "Five people were shot dead at a nightclub early Sunday, a news release issued by city police on Sunday afternoon said.",
        [(5, ORG, "city police")],
        [],
        id="q10",
    ),
    pytest.param(
        "Police Chief Maria Lopez told reporters that three people were killed and seven wounded in the shooting.",
        [(3, PERSON, "Police Chief Maria Lopez"), (7, PERSON, "Police Chief Maria Lopez")],
        [],
        id="q11",
    ),
    pytest.param(
        "The sheriff's office said two deputies were wounded in an exchange of fire with the suspect.",
        [(2, ORG, "The sheriff's office")],
        [],
        id="q12",
    ),
    pytest.param(
        "According to a police statement, six people were injured when a gunman opened fire outside a bar.",
        [(6, ORG, "a police statement")],
        [],
        id="q13",
    ),
    pytest.param(
        "The county coroner said the four victims had died of gunshot wounds.",
        [(4, ORG, "The county coroner")],
        [],
        id="q14",
    ),
    pytest.param(
        "The medical examiner's office said the three dead were local residents.",
        [(3, ORG, "The medical examiner's office")],
        [],
        id="q15",
    ),
    pytest.param(
        "State news agency SANA quoted a military source as saying 11 soldiers were killed in the attack.",
        [(11, OFFICIAL, "a military source")],
        [],
        id="q16",
    ),
    pytest.param(
        "State television, citing the provincial governor, said 19 people had died in the explosion.",
        [(19, OFFICIAL, "the provincial governor")],
        [],
        id="q17",
    ),
    pytest.param(
        "The official IRNA news agency said 42 people had been killed in the quake.",
        [(42, MEDIA, "IRNA")],
        [],
        id="q18",
    ),
    pytest.param(
        "At least 14 people were killed in the stampede, the local newspaper Daily Star reported.",
        [(14, MEDIA, "the local newspaper Daily Star")],
        [],
        id="q19",
    ),
    pytest.param(
        "Reuters, citing local broadcaster NTV, said 23 people were killed.",
        [(23, MEDIA, "local broadcaster NTV")],
        [],
        id="q20",
    ),
    pytest.param(
        "The group said in a post on Telegram that its fighters had killed 17 soldiers.",
        [(17, PARTY, "The group")],
        # attrib18: its fighters' kills are the group's claim
        [("claimed", "The group", "The group")],
        id="q21",
    ),
    pytest.param(
        "In a statement posted on its Amaq news agency, Islamic State claimed responsibility for the bombing that killed 21 people.",
        [(21, NONE, None)],
        [("claimed", "Islamic State", "Islamic State")],
        id="q22",
    ),
    pytest.param(
        "Amnesty International said at least 30 protesters had been killed by security forces.",
        [(30, ORG, "Amnesty International")],
        [],
        id="q23",
    ),
    pytest.param(
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 44 fighters were killed.",
        [(44, ORG, "The Syrian Observatory for Human Rights")],
        [],
        id="q24",
    ),
    pytest.param(
        "Residents said at least 10 people were killed when the shell hit the market.",
        [(10, VAGUE, "Residents")],
        [],
        id="q25",
    ),
    pytest.param(
        "A witness told AFP he had seen at least eight bodies near the checkpoint.",
        [(8, VAGUE, "A witness")],
        [],
        id="q26",
    ),
    pytest.param(
        "Provincial police chief Ahmed Karimi said the blast killed 16 people. He said 30 others were wounded.",
        [
            (16, PERSON, "Provincial police chief Ahmed Karimi"),
            (30, PERSON, "Provincial police chief Ahmed Karimi"),
        ],
        [],
        id="q27",
    ),
    pytest.param(
        "He said 14 people were killed in the attack.",
        [(14, VAGUE, "He")],
        [],
        id="q28",
    ),
    pytest.param(
        "Mayor Jan Novak said 6 people died in the fire. She added that 20 were hurt.",
        [(6, PERSON, "Mayor Jan Novak"), (20, PERSON, "Mayor Jan Novak")],
        [],
        id="q29",
    ),
    pytest.param(
        "Officials said 25 people were killed in the crash of the passenger train.",
        [(25, OFFICIAL, "Officials")],
        [],
        id="q30",
    ),
    pytest.param(
        "Eleven people were reportedly killed in the clashes.",
        [(11, VAGUE, "reportedly")],
        [],
        id="q31",
    ),
    pytest.param(
        "At least 15 people were killed in the blast. It was not immediately clear who was behind the attack.",
        [(15, NONE, None)],
        [("none_claimed", None, None)],
        id="q32",
    ),
    pytest.param(
        "Nine people died when a bus plunged into a ravine on Friday.",
        [(9, NONE, None)],
        [],
        id="q33",
    ),
    pytest.param(
        "Flood toll rises to 40: ministry",
        [(40, ORG, "ministry")],
        [],
        id="q34",
    ),
    pytest.param(
        "Quake death toll climbs to 312 - officials",
        [(312, OFFICIAL, "officials")],
        [],
        id="q35",
    ),
    pytest.param(
        '"We have 18 dead," said Karim Haddad, the head of the local council.',
        [(18, PERSON, "Karim Haddad")],
        [],
        id="q36",
    ),
    pytest.param(
        "Twelve people were killed, said Colonel Ibrahim Sow, an army spokesman.",
        [(12, PERSON, "Colonel Ibrahim Sow")],
        [],
        id="q37",
    ),
    pytest.param(
        "The army's spokesman said seven soldiers were killed in the ambush.",
        [(7, ORG, "The army's spokesman")],
        [],
        id="q38",
    ),
    pytest.param(
        "The health ministry put the toll at 31, while the rebels said 50 people had been killed.",
        [(31, ORG, "The health ministry"), (50, PARTY, "the rebels")],
        [],
        id="q39",
    ),
    pytest.param(
        "Police said 8 people died, but hospital officials said the toll was 13.",
        [(8, ORG, "Police"), (13, OFFICIAL, "hospital officials")],
        [],
        id="q40",
    ),
    pytest.param(
        "Officials blamed negligence for the fire at the textile factory that killed 27 workers.",
        [(27, OFFICIAL, "Officials")],
        [("blamed", "negligence", "Officials")],
        id="q41",
        marks=pytest.mark.xfail(
            strict=True,
            reason="house convention (test_no_stance_without_armed_violence): a cause is no one's doing",
        ),
    ),
    pytest.param(
        "Police blamed the factory owner for the blaze, which killed 15 people.",
        [(15, ORG, "Police")],
        [("blamed", "the factory owner", "Police")],
        id="q42",
    ),
    pytest.param(
        "Fire officials said a faulty gas cylinder caused the explosion that killed six people.",
        [(6, OFFICIAL, "Fire officials")],
        [("blamed", "a faulty gas cylinder", "Fire officials")],
        id="q43",
        marks=pytest.mark.xfail(
            strict=True,
            reason="no rule reads 'X caused the explosion' as blame; a cause is no one's doing by convention",
        ),
    ),
    pytest.param(
        "Investigators blamed a faulty signal for the collision that killed 32 passengers.",
        [(32, ORG, "Investigators")],
        [("blamed", "a faulty signal", "Investigators")],
        id="q44",
    ),
    pytest.param(
        "Israel's foreign ministry denied that its forces had struck the hospital.",
        [],
        [("denied", "Israel's foreign ministry", "Israel's foreign ministry")],
        id="q45",
    ),
    pytest.param(
        "The Russian defence ministry denied targeting civilians in the strike on the market, which killed 17 people.",
        [(17, NONE, None)],
        # attrib18: a denied target ("targeting civilians") is no denial of the strike
        [],
        id="q46",
    ),
    pytest.param(
        "The Tigers Liberation Army claimed responsibility for the attack on the convoy, which killed nine police officers.",
        [(9, NONE, None)],
        [("claimed", "The Tigers Liberation Army", "The Tigers Liberation Army")],
        id="q47",
    ),
    pytest.param(
        "No group has claimed responsibility for the bombing, which killed 22 people.",
        [(22, NONE, None)],
        [("none_claimed", None, None)],
        id="q48",
    ),
    pytest.param(
        "The government blamed the separatist rebels for the attack, which killed 14 civilians. The rebels denied involvement.",
        [(14, ORG, "The government")],
        [
            ("blamed", "the separatist rebels", "The government"),
            ("denied", "The rebels", "The rebels"),
        ],
        id="q49",
    ),
    pytest.param(
        "Death toll in Sumatra floods climbs to 67: disaster agency",
        [(67, ORG, "disaster agency")],
        [],
        id="q50",
    ),
    pytest.param(
        "Mine blast kills 12, say officials",
        [(12, OFFICIAL, "officials")],
        [],
        id="q51",
    ),
    pytest.param(
        "Police say gunman killed four at mall",
        [(4, ORG, "Police")],
        [],
        id="q52",
    ),
    pytest.param(
        "The mayor's spokeswoman, Lena Fischer, said 9 people had died in the fire.",
        [(9, PERSON, "Lena Fischer")],
        [],
        id="q53",
    ),
    pytest.param(
        "Hospital officials told The Associated Press that 13 of the wounded were children.",
        [(13, OFFICIAL, "Hospital officials")],
        [],
        id="q54",
    ),
    pytest.param(
        "Eight people were killed, the state-run Xinhua news agency reported, citing local officials.",
        [(8, OFFICIAL, "local officials")],
        [],
        id="q55",
    ),
    pytest.param(
        "The Kurdistan region's health directorate said 16 people were wounded.",
        [(16, ORG, "The Kurdistan region's health directorate")],
        [],
        id="q56",
    ),
    pytest.param(
        "The Sudan Doctors Network said 40 civilians had been killed in shelling.",
        [(40, ORG, "The Sudan Doctors Network")],
        [],
        id="q57",
    ),
    pytest.param(
        "In a post on Facebook, the regional police said 3 officers had been injured.",
        [(3, ORG, "the regional police")],
        [],
        id="q58",
    ),
    pytest.param(
        "The Interior Ministry's spokesman, Colonel Ahmed Saleh, said 6 police were killed.",
        [(6, PERSON, "Colonel Ahmed Saleh")],
        [],
        id="q59",
    ),
    pytest.param(
        "Governor Ali Hassan said 20 people were killed. He added that 45 were injured.",
        [(20, PERSON, "Governor Ali Hassan"), (45, PERSON, "Governor Ali Hassan")],
        [],
        id="q60",
    ),
    pytest.param(
        "The health ministry said 20 people were killed. It added that 45 were injured.",
        [(20, ORG, "The health ministry"), (45, ORG, "The health ministry")],
        [],
        id="q61",
    ),
    pytest.param(
        "The blast killed 14 people, he said.",
        [(14, VAGUE, "he")],
        [],
        id="q62",
    ),
    pytest.param(
        "Red Crescent spokesman Omar Nasser said 33 bodies had been recovered.",
        [(33, PERSON, "Red Crescent spokesman Omar Nasser")],
        [],
        id="q63",
    ),
    pytest.param(
        "Emergency services said 5 people were taken to hospital.",
        [(5, ORG, "Emergency services")],
        [],
        id="q64",
    ),
    pytest.param(
        "The foreign ministry said Ukraine had carried out the attack, which killed 12 people.",
        [(12, ORG, "The foreign ministry")],
        [("blamed", "Ukraine", "The foreign ministry")],
        id="q65",
    ),
    pytest.param(
        "A news release issued by the Dallas police department on Saturday said 4 officers were shot.",
        [(4, ORG, "the Dallas police department")],
        [],
        id="q66",
    ),
    pytest.param(
        "A police statement released Monday said 2 people were killed.",
        [(2, ORG, "A police statement")],
        [],
        id="q67",
    ),
    pytest.param(
        "The state news agency KCNA, quoting the defence ministry, said 11 soldiers were killed.",
        [(11, ORG, "the defence ministry")],
        [],
        id="q68",
    ),
    pytest.param(
        "Al-Shabaab said on its Radio Andalus that it had killed 40 soldiers.",
        [(40, PARTY, "Al-Shabaab")],
        [],
        id="q69",
    ),
    pytest.param(
        "Villagers told Reuters that 22 people were killed when gunmen stormed the village.",
        [(22, VAGUE, "Villagers")],
        [],
        id="q70",
    ),
    pytest.param(
        "The WHO said 19 health workers had been killed.",
        [(19, ORG, "The WHO")],
        [],
        id="q71",
    ),
    pytest.param(
        "Quoting a hospital source, the broadcaster said 14 people had died.",
        [(14, OFFICIAL, "a hospital source")],
        [],
        id="q72",
    ),
    pytest.param(
        "The death toll rose to 64, the state news agency said, citing the health ministry.",
        [(64, ORG, "the health ministry")],
        [],
        id="q73",
    ),
    pytest.param(
        "The local newspaper Kathimerini said 23 people were killed.",
        [(23, MEDIA, "The local newspaper Kathimerini")],
        [],
        id="q74",
    ),
]


@pytest.mark.parametrize(("text", "counts", "stances"), PROBE)
def test_each_figure_and_stance_carries_who_said_it(
    text: str, counts: Counts, stances: Stances
) -> None:
    assert read(text) == (counts, stances)


# 1. an outlet described before its name is an outlet, and a wire relaying it names it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Broadcaster NTV said 23 people were killed.", [(23, MEDIA, "Broadcaster NTV")]),
        (
            "At least nine people died, according to the regional newspaper Ouest-France.",
            [(9, MEDIA, "the regional newspaper Ouest-France")],
        ),
        (
            "AFP, citing private broadcaster Geo, said 17 people were killed in the blast.",
            [(17, MEDIA, "private broadcaster Geo")],
        ),
        (
            "The daily El Pais reported that 31 people had drowned.",
            [(31, MEDIA, "The daily El Pais")],
        ),
    ],
)
def test_an_outlet_described_before_its_name_is_media(text: str, expected: Counts) -> None:
    assert read(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Radio Chief Ana Obi said 23 people were killed.",
        "Newspaper editor Ana Obi said 23 people were killed.",
    ],
)
def test_a_person_titled_at_an_outlet_stays_a_person(text: str) -> None:
    assert read(text)[0] == [(23, PERSON, text.removesuffix(" said 23 people were killed."))]


# 2. a network of people is a body, not a broadcaster
@pytest.mark.parametrize(
    "speaker",
    [
        "The Emergency Lawyers Network",
        "The Syrian Network for Human Rights",
        "A journalists' network",
        "The Kivu Activists Network",
    ],
)
def test_a_network_of_people_is_an_organization(speaker: str) -> None:
    text = f"{speaker} said 40 civilians had been killed."

    assert read(text)[0] == [(40, ORG, speaker)]


def test_a_broadcast_network_stays_an_outlet() -> None:
    assert read("The network said 40 civilians had been killed.")[0] == [(40, MEDIA, "The network")]


# 3. the World Health Organization in capitals is no relative pronoun nor call letters
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHO said 19 health workers had been killed.", [(19, ORG, "WHO")]),
        ("Nineteen health workers were killed, WHO said.", [(19, ORG, "WHO")]),
        (
            "At least 19 health workers have died, according to the WHO.",
            [(19, ORG, "the WHO")],
        ),
        ("The WFP said 19 aid workers had been killed.", [(19, ORG, "The WFP")]),
        (
            "Nineteen people died, said a doctor who treated the wounded.",
            [(19, OFFICIAL, "a doctor")],
        ),
    ],
)
def test_who_in_capitals_is_the_health_organization(text: str, expected: Counts) -> None:
    assert read(text)[0] == expected


def test_call_letters_still_name_a_station() -> None:
    assert read("KSDK reports that one man died.")[0] == [(1, MEDIA, "KSDK")]


# 4. a document with its issuing ("released Monday") is still the document
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A police statement released on Monday said 2 people were killed.",
            [(2, ORG, "A police statement")],
        ),
        (
            "The ministry's report released Tuesday said 30 people had died.",
            [(30, ORG, "The ministry's report")],
        ),
        (
            "A statement issued by the army late on Friday said 7 soldiers were killed.",
            [(7, ORG, "A statement issued by the army")],
        ),
    ],
)
def test_a_document_issued_at_a_time_speaks_for_its_issuer(text: str, expected: Counts) -> None:
    assert read(text)[0] == expected


def test_a_denial_that_blames_another_is_the_deniers_blame() -> None:
    text = "The militia denied carrying out the massacre of 30 villagers, blaming the army."

    assert read(text)[1] == [
        ("denied", "The militia", "The militia"),
        ("blamed", "the army", "The militia"),
    ]


def test_a_group_that_claims_and_blames_is_the_blamer_by_its_name() -> None:
    text = "The Hill Front claimed the raid, blaming the army for the killing of its leader."

    assert read(text)[1] == [
        ("claimed", "The Hill Front", "The Hill Front"),
        ("blamed", "the army", "The Hill Front"),
    ]


# 5. a denial of a deed, like a claim of it, gives no figure: the toll is the reporter's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army denied any role in the bombing of the bus, which killed 9 passengers.",
            ([(9, NONE, None)], [("denied", "The army", "The army")]),
        ),
        (
            "The rebels denied involvement in the ambush that killed 12 soldiers.",
            ([(12, NONE, None)], [("denied", "The rebels", "The rebels")]),
        ),
        (
            "The army denied shelling the market, saying only 3 people had died.",
            ([(3, ORG, "The army")], [("denied", "The army", "The army")]),
        ),
        (
            "The ministry denied that 40 people had died in the strike.",
            ([(40, ORG, "The ministry")], []),
        ),
    ],
)
def test_a_denied_deed_leaves_its_toll_to_the_reporter(
    text: str, expected: tuple[Counts, Stances]
) -> None:
    assert read(text) == expected


# 7. a ministry denies for its state's police and security forces as for its troops
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "The interior ministry denied that its police had fired on the protesters.",
            "The interior ministry",
        ),
        ("The ministry denied its security forces had opened fire on the crowd.", "The ministry"),
        (
            "The government denied that its border guards had fired on the migrants' boat.",
            "The government",
        ),
    ],
)
def test_a_ministry_denies_for_its_police(text: str, denier: str) -> None:
    assert read(text)[1] == [("denied", denier, denier)]


# 8. a disaster blamed on someone is blamed; one blamed on a cause is no one's doing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police blamed the crash on the bus driver, who fled the scene.",
            [("blamed", "the bus driver", "Police")],
        ),
        (
            "The mayor blamed the collapse of the apartment block on the developer.",
            [("blamed", "the developer", "The mayor")],
        ),
        (
            "Officials blamed the stampede on organisers who had sold too many tickets.",
            [("blamed", "organisers", "Officials")],
        ),
        ("The airline blamed the crash on pilot error.", []),
        ("Investigators blamed the derailment on a signalling error.", []),
    ],
)
def test_a_disaster_blamed_on_someone_is_a_blame(text: str, expected: Stances) -> None:
    assert read(text)[1] == expected


# 6. "it was not immediately clear who was behind" an attack: nobody has owned it
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a bus, killing six. It remains unclear who was responsible for the ambush.",
        "A car bomb exploded near the market. Police said it was unknown who was behind it.",
        "It was not yet known who was behind the rocket barrage on the base.",
    ],
)
def test_not_knowing_who_was_behind_an_attack_is_no_claim(text: str) -> None:
    assert [stance for stance, _, _ in read(text)[1]] == ["none_claimed"]


def test_not_knowing_who_was_behind_a_decision_is_no_stance() -> None:
    assert read("It was not clear who was behind the decision to close the border.")[1] == []


@pytest.mark.parametrize(
    "piece",
    [
        "the local newspaper Ab Cd Ef said ",
        "broadcaster Ab broadcaster Cd ",
        "the Ab Doctors network of activists network for rights ",
        "WHO said who said WHO ",
        "a police statement released released issued late early ",
        "denied any role in denied shelling ",
        "it was not immediately clear who was unclear who is ",
        "blamed the crash of the crash on the blamed the collapse of ",
    ],
)
def test_hostile_repeats_end_with_short_sources(
    piece: str, no_hang: Callable[[int], AbstractContextManager[None]]
) -> None:
    """A piece repeated 400 times ends (no runaway backtracking) and names no run as a source."""
    with no_hang(60):
        claims = extract_claims(Document(id="h", text=piece * 400 + "12 people died."))
    for claim in claims:
        assert len(claim.attribution.source or "") <= 200
