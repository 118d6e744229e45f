"""
Attribution, round 14: a state's denial by its capital, bodies named with a region, offices.

Fresh batch fresh36 (36 wire passages written before the fixes: 21/36 on the branch start,
36/36 after).
Each passage lists the (low, kind, source) of every figure and the (stance, actor, source)
of every stance, in text order.
"""

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from claimrec.extract import extract
from claimrec.extract._attribution import classify_speaker
from claimrec.model import CountClaim, Document, ResponsibilityClaim
from probe import Counts, Stances, read_sources

ORG, PARTY, MEDIA = "organization", "party", "media"
PERSON, OFFICIAL, VAGUE = "named_person", "anonymous_official", "vague"


def read(text: str) -> tuple[Counts, Stances]:
    """The (low, kind, source) of each count and (stance, actor, source) of each stance."""
    return read_sources(text, "r14")


FRESH36 = [
    pytest.param(
        "The Liberation Front of the Western Highlands claimed responsibility for the assault on the army base at Kambo, saying in a statement on Telegram that its fighters had killed 30 soldiers.",
        [(30, PARTY, "The Liberation Front of the Western Highlands")],
        [
            (
                "claimed",
                "The Liberation Front of the Western Highlands",
                "The Liberation Front of the Western Highlands",
            )
        ],
        id="p01",
    ),
    pytest.param(
        "The Sons of the Eastern Valley Brigade said it was behind the car bomb that struck the police headquarters, in a message carried by its news agency. The group said 12 officers were killed.",
        [(12, PARTY, "The Sons of the Eastern Valley Brigade")],
        [
            (
                "claimed",
                "The Sons of the Eastern Valley Brigade",
                "The Sons of the Eastern Valley Brigade",
            )
        ],
        id="p02",
    ),
    pytest.param(
        "The interior ministry blamed India for the suicide bombing at the border garrison, a charge New Delhi rejected as baseless.",
        [],
        [("blamed", "India", "The interior ministry"), ("denied", "India", "New Delhi")],
        id="p03",
    ),
    pytest.param(
        "Officials in the region blamed Russian forces for the missile strike on the railway station, an accusation Moscow denied.",
        [],
        [
            ("blamed", "Russia", "Officials in the region"),
            ("denied", "Russia", "Moscow"),
        ],
        id="p04",
    ),
    pytest.param(
        "Russian officials accused Ukrainian troops of shelling the hospital in the occupied town, killing five people. Kiev denied the charge.",
        [(5, OFFICIAL, "Russian officials")],
        [
            ("blamed", "Ukraine", "Russian officials"),
            ("denied", "Ukraine", "Kiev"),
        ],
        id="p05",
    ),
    pytest.param(
        "Rights Watch Sahel said in a report that at least 45 civilians were killed in the raid on the market.",
        [(45, ORG, "Rights Watch Sahel")],
        [],
        id="p06",
    ),
    pytest.param(
        "Civilian Protection Coalition West Africa said 27 villagers had been killed in the attack.",
        [(27, ORG, "Civilian Protection Coalition West Africa")],
        [],
        id="p07",
    ),
    pytest.param(
        "The provincial governor told reporters that 22 people had been killed and 40 wounded in the blast.",
        [(22, OFFICIAL, "The provincial governor"), (40, OFFICIAL, "The provincial governor")],
        [],
        id="p08",
    ),
    pytest.param(
        "A senior police officer said three attackers were shot dead after the assault on the checkpoint.",
        [(3, OFFICIAL, "A senior police officer")],
        [],
        id="p09",
    ),
    pytest.param(
        "The district chief said at least eight people had drowned after the river burst its banks.",
        [(8, OFFICIAL, "The district chief")],
        [],
        id="p10",
    ),
    pytest.param(
        "At least 31 people were killed in the earthquake, according to a tally by Reuters.",
        [(31, MEDIA, "Reuters")],
        [],
        id="p11",
    ),
    pytest.param(
        "The toll from the flooding rose to 57, the national disaster agency said on Wednesday. The agency said 14 people were still missing.",
        [(57, ORG, "the national disaster agency"), (14, ORG, "the national disaster agency")],
        [],
        id="p12",
    ),
    pytest.param(
        "Two people were killed and 11 wounded when a bomb exploded near a bus stop, police said. They said the device had been hidden in a motorcycle.",
        [(2, ORG, "police"), (11, ORG, "police")],
        [],
        id="p13",
    ),
    pytest.param(
        "Hospital director Amina Diallo told AFP that 36 people had died of their wounds.",
        [(36, PERSON, "Hospital director Amina Diallo")],
        [],
        id="p14",
    ),
    pytest.param(
        "The governor told state television that hospitals had counted 40 dead.",
        [(40, OFFICIAL, "The governor")],
        [],
        id="p15",
    ),
    pytest.param(
        "Medics at the scene said 17 people were killed in the air strike on the camp.",
        [(17, OFFICIAL, "Medics at the scene")],
        [],
        id="p16",
    ),
    pytest.param(
        "Rescuers have pulled 23 bodies from the rubble, a spokesman for the civil defence said.",
        [(23, ORG, "a spokesman for the civil defence")],
        [],
        id="p17",
    ),
    pytest.param(
        "The civil defence said on Monday that 19 people had died after the building collapsed in the quake.",
        [(19, ORG, "The civil defence")],
        [],
        id="p18",
    ),
    pytest.param(
        "Nine patients died when the generator failed, a hospital director who asked not to be named told Reuters.",
        [(9, OFFICIAL, "a hospital director")],
        [],
        id="p19",
    ),
    pytest.param(
        "Citing health officials, state media said 48 people had been killed in the strikes.",
        [(48, OFFICIAL, "health officials")],
        [],
        id="p20",
    ),
    pytest.param(
        "The news agency, quoting a security source, said 15 soldiers were killed in the ambush.",
        [(15, OFFICIAL, "a security source")],
        [],
        id="p21",
    ),
    pytest.param(
        "The health ministry in the enclave said 112 people had been killed in the past day. It said another 300 had been wounded.",
        [
            (112, ORG, "The health ministry in the enclave"),
            (300, ORG, "The health ministry in the enclave"),
        ],
        [],
        id="p22",
    ),
    pytest.param(
        "At least 70 people died in the floods (according to the Red Crescent) across three provinces.",
        [(70, ORG, "the Red Crescent")],
        [],
        id="p23",
    ),
    pytest.param(
        "Fourteen people were killed, the local health authority (which is run by the rebels) said.",
        [(14, ORG, "the local health authority")],
        [],
        id="p24",
    ),
    pytest.param(
        "Authorities in the capital said 26 people were killed. Colonel Ahmed Sule, the army spokesman, disputed that figure, saying only 11 had died.",
        [(26, ORG, "Authorities in the capital"), (11, PERSON, "Colonel Ahmed Sule")],
        [],
        id="p25",
    ),
    pytest.param(
        "The Russian defence ministry blamed the Ukrainian side for the shelling of the dam. Kyiv rejected the accusation.",
        [],
        [
            ("blamed", "the Ukrainian side", "The Russian defence ministry"),
            ("denied", "the Ukrainian side", "Kyiv"),
        ],
        id="p26",
    ),
    pytest.param(
        "A gunman killed six people at a shopping centre on Saturday, the county sheriff said. He said four others were wounded.",
        [(6, OFFICIAL, "the county sheriff"), (4, OFFICIAL, "the county sheriff")],
        [],
        id="p27",
    ),
    pytest.param(
        "Police chief Daniel Okoro said two officers were wounded in the shootout. He told reporters the suspect had been arrested.",
        [(2, PERSON, "Police chief Daniel Okoro")],
        [],
        id="p28",
    ),
    pytest.param(
        "The Western Sahel Mujahideen Council said in a statement posted on its Telegram channel that it had carried out the ambush, killing 17 soldiers.",
        [(17, PARTY, "The Western Sahel Mujahideen Council")],
        [
            (
                "claimed",
                "The Western Sahel Mujahideen Council",
                "The Western Sahel Mujahideen Council",
            )
        ],
        id="p29",
    ),
    pytest.param(
        "No group has claimed the bombing, but officials blamed the Crescent Battalions, who have carried out similar attacks.",
        [],
        [("none_claimed", None, None), ("blamed", "the Crescent Battalions", "officials")],
        id="p30",
    ),
    pytest.param(
        "Iranian state television blamed Washington for the strike on the convoy, saying American aircraft had hit the trucks.",
        [],
        [("blamed", "United States", "Iranian state television")],
        id="p31",
    ),
    pytest.param(
        "Syrian state media, citing a military source, said Israeli jets struck the airport near the capital, killing two soldiers.",
        [(2, OFFICIAL, "a military source")],
        [("blamed", "Israel", "a military source")],
        id="p32",
    ),
    pytest.param(
        "The Interior Ministry said the Free Coast Movement was responsible for the bombing. The movement denied any involvement in a statement on Telegram.",
        [],
        [
            ("blamed", "Free Coast", "The Interior Ministry"),
            ("denied", "Free Coast", "the Free Coast Movement"),
        ],
        id="p33",
    ),
    pytest.param(
        "The death toll from the earthquake has climbed to 212, according to figures released by the disaster management authority.",
        [(212, ORG, "the disaster management authority")],
        [],
        id="p34",
    ),
    pytest.param(
        "The health ministry said 63 people were killed in strikes overnight. The ministry said 120 others were wounded.",
        [(63, ORG, "The health ministry"), (120, ORG, "The health ministry")],
        [],
        id="p35",
    ),
    pytest.param(
        "The Ukrainian military said Russian forces fired three missiles at the city overnight, killing nine people.",
        [(3, ORG, "The Ukrainian military"), (9, ORG, "The Ukrainian military")],
        [("blamed", "Russia", "The Ukrainian military")],
        id="p36",
    ),
]


@pytest.mark.parametrize(("text", "counts", "stances"), FRESH36)
def test_fresh_batch_reads_every_source_and_stance(
    text: str, counts: Counts, stances: Stances
) -> None:
    """Every figure has its source and kind; every stance its actor and who stands behind it."""
    assert read(text) == (counts, stances)


# 1. a state answering blame by its name, capital or seat denies for the one it stands for
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan blamed India for the attack on the convoy, a charge New Delhi rejected.",
            [("blamed", "India", "Pakistan"), ("denied", "India", "New Delhi")],
        ),
        (
            "The ministry blamed Iran for the drone strike, an accusation Tehran dismissed.",
            [("blamed", "Iran", "The ministry"), ("denied", "Iran", "Tehran")],
        ),
        (
            "The army blamed Ukrainian saboteurs for the blast at the depot. Kiev rejected the accusation.",
            [
                ("blamed", "Ukrainian saboteurs", "The army"),
                ("denied", "Ukrainian saboteurs", "Kiev"),
            ],
        ),
        (
            "Kyiv blamed Russia for the strike on the power plant, a charge the Kremlin denied.",
            [("blamed", "Russia", "Kyiv"), ("denied", "Russia", "the Kremlin")],
        ),
    ],
)
def test_a_state_denies_for_the_accused_it_stands_for(text: str, expected: Stances) -> None:
    assert read(text)[1] == expected


def test_a_capital_of_another_state_denies_in_its_own_name() -> None:
    """Tehran answering blame laid on a group denies as Tehran, as before this round."""
    text = "Officials blamed the Hill Front for the raid, which Tehran denied."

    assert read(text)[1][-1][:2] == ("denied", "Iran")


# 2. a name holding a body's word is an organization wherever the word stands
@pytest.mark.parametrize(
    "phrase",
    [
        "Rights Watch Sahel",
        "Civilian Protection Coalition West Africa",
        "Flood Relief Network Bengal",
        "Human Rights Observatory Kivu",
    ],
)
def test_a_body_named_with_its_region_is_an_organization(phrase: str) -> None:
    made = classify_speaker(phrase)

    assert made is not None
    assert made.kind == ORG


@pytest.mark.parametrize("phrase", ["Coalition spokesman Ali Musa", "Hadi Karimi"])
def test_a_titled_or_plain_name_stays_a_person(phrase: str) -> None:
    made = classify_speaker(phrase)

    assert made is not None
    assert made.kind == PERSON


# 3. an office with no name is an official; the office of a person named before is that person
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The district chief said 12 people drowned.", (12, OFFICIAL, "The district chief")),
        (
            "Nine people were killed, the provincial governor said.",
            (9, OFFICIAL, "the provincial governor"),
        ),
        (
            "A senior police officer said four people were wounded.",
            (4, OFFICIAL, "A senior police officer"),
        ),
        ("Flood kills 30, says regional governor", (30, OFFICIAL, "regional governor")),
    ],
)
def test_an_office_with_no_name_is_an_official(text: str, expected: tuple[int, str, str]) -> None:
    assert read(text)[0] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed, the interior minister said.",
        "Nine people were killed, the president said.",
        "Nine people were killed, said the mayor.",
    ],
)
def test_an_office_one_public_figure_holds_with_no_name_is_an_official(text: str) -> None:
    # DESIGN: ``named_person`` is a person named; an office alone names no one (attrib17)
    assert [kind for _, kind, _ in read(text)[0]] == [OFFICIAL]


def test_the_office_of_a_person_named_before_is_that_person() -> None:
    text = "Governor Ana Obi visited the camps. The governor said 40 people had died."

    assert read(text)[0] == [(40, PERSON, "Governor Ana Obi")]


def test_a_name_after_the_office_is_a_person() -> None:
    made = classify_speaker("Chief of Detectives Ana Obi")

    assert made is not None
    assert made.kind == PERSON


# 4. a capital speaks for its state; a nation's "side" is a state at war
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamabad blamed Afghan militants for the attack on the checkpoint.",
            [("blamed", "Afghan militants", "Islamabad")],
        ),
        (
            "Abuja blamed the Sahel Front for the raid on the garrison.",
            [("blamed", "the Sahel Front", "Abuja")],
        ),
    ],
)
def test_a_capital_blames_as_its_state(text: str, expected: Stances) -> None:
    claims = [
        c for c in extract(Document(id="r14", text=text)) if isinstance(c, ResponsibilityClaim)
    ]

    assert [(c.stance, c.actor, c.attribution.source) for c in claims] == expected
    assert [c.attribution.kind for c in claims] == [ORG]


def test_a_party_accused_is_not_the_state_that_answers() -> None:
    """Kabul rejecting blame laid on "Afghan militants" denies in its own name."""
    text = "Islamabad blamed Afghan militants for the attack, an allegation Kabul rejected."

    assert read(text)[1][-1] == ("denied", "Afghanistan", "Kabul")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ukrainian side said 14 civilians were killed in the strike.",
            [(14, ORG, "The Ukrainian side")],
        ),
        ("The Russian side said 3 soldiers were wounded.", [(3, ORG, "The Russian side")]),
    ],
)
def test_a_nations_side_is_a_state_speaking(text: str, expected: Counts) -> None:
    assert read(text)[0] == expected


def test_a_side_answering_blame_denies_as_a_state() -> None:
    text = (
        "Moscow blamed the Ukrainian side for the shelling of the plant. "
        "The Ukrainian side denied the accusation."
    )
    claims = [
        c for c in extract(Document(id="r14", text=text)) if isinstance(c, ResponsibilityClaim)
    ]

    assert [(c.stance, c.actor, c.attribution.kind) for c in claims] == [
        ("blamed", "the Ukrainian side", ORG),
        ("denied", "the Ukrainian side", ORG),
    ]


# 5. an armed group's long name running past "of" is a party's; its figures too
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            (
                "The Army of the Northern Hills claimed the ambush on Telegram, saying in a "
                "statement that its men had killed 12 policemen."
            ),
            "The Army of the Northern Hills",
        ),
        (
            (
                "The Sahel Martyrs Battalion claimed responsibility for the raid on the barracks, "
                "saying its fighters had killed 12 soldiers."
            ),
            "The Sahel Martyrs Battalion",
        ),
        (
            (
                "The Dawn Brigades said they carried out the bombing, saying that 12 soldiers had "
                "died."
            ),
            "The Dawn Brigades",
        ),
        (
            (
                "The Sons of the Eastern Valley Brigade claimed the car bombing, saying it had "
                "killed 12 officers."
            ),
            "The Sons of the Eastern Valley Brigade",
        ),
    ],
)
def test_a_claimant_saying_what_it_killed_stands_behind_the_figure(text: str, actor: str) -> None:
    assert read(text) == ([(12, PARTY, actor)], [("claimed", actor, actor)])


@pytest.mark.parametrize(
    "phrase", ["The Army of Kenya", "The Council of Europe", "The Ministry of Defence"]
)
def test_a_states_army_or_a_council_of_a_place_is_no_party(phrase: str) -> None:
    made = classify_speaker(phrase)

    assert made is not None
    assert made.kind == ORG


# 6. an aside in brackets after a source is no part of it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fourteen people were killed, the health authority (which is run by the rebels) said.",
            (14, ORG, "the health authority"),
        ),
        (
            "The health authority (run by the rebels) said 14 people were killed.",
            (14, ORG, "The health authority"),
        ),
        (
            "Fourteen people died, according to the Red Crescent (IFRC).",
            (14, ORG, "the Red Crescent"),
        ),
    ],
)
def test_an_aside_in_brackets_is_no_part_of_the_source(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert read(text)[0] == [expected]


# 7. ", saying" after a dispute whose subject has an aside speaks for that subject
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Col. Ana Obi, the army spokesman, disputed that figure, saying only 11 had died.",
            (11, PERSON, "Col. Ana Obi"),
        ),
        (
            "The army, however, disputed that figure, saying only 11 had died.",
            (11, ORG, "The army"),
        ),
        (
            "The governor's office, in a statement, rejected the toll, saying 11 people had died.",
            (11, ORG, "The governor's office"),
        ),
    ],
)
def test_saying_after_a_dispute_past_an_aside_is_the_subjects(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert read(text)[0] == [expected]


# 8. an office named by its place is an official, not a person nor the office's institution
@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the county sheriff", OFFICIAL),
        ("the Mercer County Sheriff", OFFICIAL),
        ("the Ohio governor", OFFICIAL),
        ("the governor of Kano state", OFFICIAL),
        ("A West Virginia police chief", OFFICIAL),
        ("Sheriff Tom Ng", PERSON),
        ("Kano State Governor Abba Yusuf", PERSON),
        ("The sheriff's office", ORG),
    ],
)
def test_an_office_named_by_its_place_is_an_official(phrase: str, kind: str) -> None:
    made = classify_speaker(phrase)

    assert made is not None
    assert made.kind == kind


# 9. a side's forces as the doers of a deed in reported speech are blamed by the speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regional military said Russian forces fired three missiles at the port.",
            ("blamed", "Russia", "The regional military"),
        ),
        (
            "Officials said rebel fighters attacked the convoy near the border.",
            ("blamed", "rebel fighters", "Officials"),
        ),
        (
            "Moscow said Ukrainian troops shelled the border village overnight.",
            ("blamed", "Ukraine", "Moscow"),
        ),
    ],
)
def test_a_sides_forces_doing_a_deed_are_blamed(text: str, expected: tuple[str, str, str]) -> None:
    assert read(text)[1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Ukrainian forces struck a fuel depot.",
        "The Ukrainian military said Ukrainian forces struck a fuel depot.",
        "Witnesses said security forces fired on protesters.",
        "Officials said relief workers launched an appeal.",
    ],
)
def test_own_or_unnamed_forces_are_blamed_by_no_one(text: str) -> None:
    assert "blamed" not in [stance for stance, _, _ in read(text)[1]]


# 10. figures released by a body are that body's, and it is recorded as their source
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll rose to 212, according to figures released by the disaster agency.",
            (212, ORG, "the disaster agency"),
        ),
        (
            "At least 40 people died, according to figures compiled by the Gazette.",
            (40, MEDIA, "the Gazette"),
        ),
        (
            "Four people were hurt, according to a press release published by city police on Sunday.",
            (4, ORG, "city police"),
        ),
    ],
)
def test_figures_released_by_a_body_are_recorded_as_its(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert read(text)[0] == [expected]


# 11. the one who accuses stands behind the toll told with the deed
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local officials accused the militia of shelling the market, killing seven people.",
            [(7, OFFICIAL, "Local officials")],
        ),
        (
            "The ministry accuses rebel units of bombing the bridge, which killed seven people.",
            [(7, ORG, "The ministry")],
        ),
    ],
)
def test_the_accuser_stands_behind_the_toll_of_the_deed(text: str, expected: Counts) -> None:
    assert read(text)[0] == expected


def test_a_person_accused_of_a_deed_is_no_speaker() -> None:
    counts, _ = read("A man accused of shooting seven people was arrested.")

    assert counts
    assert {kind for _, kind, _ in counts} == {"none"}


# 12. an office relayed by an outlet is the figure's source; the outlet is the chain's head
def test_an_office_quoted_by_an_outlet_is_the_source() -> None:
    text = (
        "At least 12 people were killed, the news agency quoted the provincial governor as saying."
    )
    claims = [c for c in extract(Document(id="r14", text=text)) if isinstance(c, CountClaim)]

    assert [(c.attribution.kind, c.attribution.source, c.attribution.chain) for c in claims] == [
        (OFFICIAL, "the provincial governor", ("the news agency", "the provincial governor"))
    ]


# 13. weapons named by a side that "attacked" or "targeted" are blamed as those that "hit"
@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said Ukrainian drones attacked the airfield overnight.",
        "Local officials said Russian missiles targeted the power station.",
    ],
)
def test_a_sides_weapons_attacking_are_blamed(text: str) -> None:
    assert [stance for stance, _, _ in read(text)[1]] == ["blamed"]


def test_a_state_blamed_by_its_capital_is_answered_by_its_name() -> None:
    text = (
        "The Kremlin blamed Kiev for the drone attack on the refinery. Ukraine denied involvement."
    )

    assert read(text)[1] == [("blamed", "Ukraine", "The Kremlin"), ("denied", "Ukraine", "Ukraine")]


@pytest.mark.parametrize(
    "piece",
    [
        "blamed India for the bombing, a charge New Delhi rejected, ",
        "Ab blamed Cd for the attack. Ef Gh rejected the accusation. ",
        "Ab Watch Cd Ef said in a statement ",
        "the district chief said the provincial governor said ",
        "The Army of the Ab Cd Ef said The Sons of the Ab Brigade said ",
        "Ab blamed the Cd side for the raid, a charge Ef rejected, ",
        "the authority (which is run by the rebels) (ab) said ",
        "Ab Cd, the army spokesman, disputed that figure, saying ",
        "the Ab County Cd Ef sheriff said the Gh governor said ",
        "said Russian forces fired said rebel fighters attacked ",
        "according to figures released by the the the ",
        "Ab accused Cd of shelling, a man accused of ",
    ],
)
def test_hostile_repeats_end_with_short_sources(
    piece: str, no_hang: Callable[[int], AbstractContextManager[None]]
) -> None:
    """A piece repeated 400 times ends (no runaway backtracking) and names no run as a source."""
    with no_hang(60):
        claims = extract(Document(id="h", text=piece * 400 + "12 people died."))
    for claim in claims:
        assert len(claim.attribution.source or "") <= 200
        if isinstance(claim, ResponsibilityClaim):
            assert len(claim.actor or "") < 200
