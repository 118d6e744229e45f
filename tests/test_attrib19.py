"""
Attribution and responsibility, round 19: long, real reports.

States that deny or blame through their seat or capital, ledes that lay a toll on a side's
armed men, a group's spokesman and channels, what a group claims ("rocket fire"), the kinds
of the sources wires quote, and speakers carried across sentences ("he said", "X said:",
"the statement said"). Every sentence and article here was written for this round
(invented incidents, real place names). Each test asserts what a user sees on a claim.
"""

from __future__ import annotations

import pytest

from claimrec import extract_claims
from claimrec.model import CountClaim, Document, ResponsibilityClaim
from probe import Counts, Stances, miss, read_sources

ORG, PARTY, MEDIA = "organization", "party", "media"
OFFICIAL, VAGUE, PERSON = "anonymous_official", "vague", "named_person"


def read(text: str) -> tuple[Counts, Stances]:
    """The (low, kind, source) of each count and (stance, actor, source) of each stance."""
    return read_sources(text, "a19")


def stances(text: str) -> list[tuple[str, str | None]]:
    """The (stance, actor) of each responsibility claim of *text*, in text order."""
    return [(stance, actor) for stance, actor, _ in read(text)[1]]


# 1. a state denies or blames through its seat or capital
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kremlin denied that Russian forces had shelled the hospital in Kherson.",
            [("denied", "Russia")],
        ),
        (
            "Tehran denied that Iranian drones were behind the attack on the oil terminal.",
            [("denied", "Iran")],
        ),
        (
            "Islamabad denied that Pakistani jets had bombed the border village.",
            [("denied", "Pakistan")],
        ),
        ("Tehran denied any role in the attack on the tanker.", [("denied", "Iran")]),
        (
            "Kyiv blamed Russian missiles for the blast at the power station.",
            [("blamed", "Russia")],
        ),
        (
            "Moscow blamed Ukrainian drones for the blaze at the refinery in Tuapse.",
            [("blamed", "Ukraine")],
        ),
        (
            "Moscow blamed Ukrainian saboteurs for the fire at the arms depot.",
            [("blamed", "Ukrainian saboteurs")],
        ),
        ("Israel denied that its forces had fired on the aid convoy.", [("denied", "Israel")]),
        pytest.param(
            "Beijing denied that Chinese warships had rammed the fishing boat.",
            [("denied", "China")],
            marks=miss("ramming is no deed the denial rules read"),
        ),
    ],
)
def test_a_state_denies_or_blames_through_its_seat(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'The Kremlin denied that Russian forces ...' is Russia's denial; its weapon blamed names it."""
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "New Delhi denied that Indian troops had opened fire across the Line of Control.",
            [("denied", "India")],
        ),
        (
            "The Pentagon denied that U.S. aircraft had struck the wedding party.",
            [("denied", "United States")],
        ),
        (
            "The Russian Defence Ministry denied striking the market in Kostiantynivka.",
            [("denied", "Russia")],
        ),
        (
            "Pakistan's military blamed Indian shelling for the deaths of four civilians in Kotli.",
            [("blamed", "India")],
        ),
        (
            "Ukrainian officials blamed Russian glide bombs for the strike on the apartment block.",
            [("blamed", "Russia")],
        ),
        (
            "No group has claimed responsibility for the bombing, but authorities blamed al-Shabaab.",
            [("none_claimed", None), ("blamed", "al-Shabaab")],
        ),
        (
            "Yemen's Houthis claimed responsibility for the attack on the container ship.",
            [("claimed", "Houthis")],
        ),
        (
            "Hezbollah said it fired a barrage of rockets at an army base in northern Israel.",
            [("claimed", "Hezbollah")],
        ),
    ],
)
def test_states_and_groups_by_the_names_readers_know(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A two-word capital, a state's ministry, a name opening with 'al-': the side as named."""
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army denied that rebel fighters had overrun the base.",
        "The Kremlin denied that Russian troops had targeted civilians.",
        "Tehran denied that Iranian officials had met the envoy.",
        "The Kremlin praised Russian forces for their advance near Pokrovsk.",
        "Moscow blamed Grad rockets for the fire.",
    ],
)
def test_a_denial_of_another_sides_deed_or_a_target_is_no_stance(text: str) -> None:
    """Denying a rival's deed, a target or a meeting, or blaming a make of weapon, is no stance."""
    assert stances(text) == []


def test_a_states_denial_is_said_by_its_seat() -> None:
    """The denial's source keeps the words as written: the Kremlin speaks, Russia denies."""
    found = read("The Kremlin denied that Russian forces had shelled the hospital in Kherson.")[1]

    assert found == [("denied", "Russia", "The Kremlin")]


# 2. ledes that lay a toll on a side's armed men
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Yemen's Houthi rebels fired three drones at a tanker in the Red Sea on Tuesday, "
                "wounding two crew members, the British military said."
            ),
            ("blamed", "Houthis", "the British military"),
        ),
        (
            (
                "Somali militants stormed a hotel in Mogadishu overnight, killing nine people, "
                "police said."
            ),
            ("blamed", "Somali militants", "police"),
        ),
        (
            "Rebels ambushed an army convoy near Beni, killing 14 soldiers, the army said.",
            ("blamed", "Rebels", "the army"),
        ),
        (
            (
                "Two fishermen were killed when Houthi rebels fired a missile at their boat, "
                "officials said."
            ),
            ("blamed", "Houthis", "officials"),
        ),
        (
            (
                "Four people died when a Russian drone struck a bus in Kherson, the regional "
                "governor said."
            ),
            ("blamed", "Russia", "the regional governor"),
        ),
        (
            (
                "Russian forces fired rockets at the port of Mykolaiv, killing two dockworkers, "
                "the governor said."
            ),
            ("blamed", "Russia", "the governor"),
        ),
        (
            "Sudan's army-aligned government accused the RSF of killing 60 civilians in the village.",
            ("blamed", "the RSF", "Sudan's army-aligned government"),
        ),
    ],
)
def test_a_ledes_toll_is_laid_on_the_side_that_did_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'<side's men> fired/stormed ..., killing N, <speaker> said' blames that side, by the speaker."""
    assert read(text)[1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A U.S. official, speaking on condition of anonymity, blamed Kataib Hezbollah for the "
                "rocket attack on the base."
            ),
            ("blamed", "Kataib Hezbollah", "A U.S. official"),
        ),
        (
            "Two security officials, asking not to be named, blamed the Hill Front for the bombing.",
            ("blamed", "the Hill Front", "Two security officials"),
        ),
    ],
)
def test_an_anonymous_blamer_is_the_official_not_the_aside(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'X, speaking on condition of anonymity, blamed Y': X blames, the aside names no one."""
    assert read(text)[1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Three workers were killed when gunmen opened fire at a construction site.",
        "Six people died when Grad rockets hit the market, residents said.",
        "Two climbers were killed when an avalanche struck the camp.",
        "Police blamed a gas leak for the explosion that killed four people.",
        "Officials said a rocket struck the village, killing two people.",
    ],
)
def test_a_toll_with_no_side_named_blames_no_one(text: str) -> None:
    """Unknown gunmen, a make of weapon, an avalanche or a gas leak name no side."""
    assert stances(text) == []


def test_a_sides_own_account_of_its_deed_is_its_claim() -> None:
    """'Rebels said they attacked the town, killing nine' is the rebels' claim, no blame."""
    assert stances("Rebels said they attacked the town, killing nine soldiers.") == [
        ("claimed", "Rebels")
    ]


# 3. a group's spokesman, its channels, and what it claims
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The Houthi military spokesman said the group had targeted the tanker with two "
                "ballistic missiles."
            ),
            ("claimed", "Houthis", PARTY),
        ),
        (
            (
                "A Houthi military spokesman said in a televised speech that the group's forces "
                "had struck the vessel."
            ),
            ("claimed", "Houthis", PARTY),
        ),
        # a movement's name with its kind noun stays as written
        (
            "The Houthi movement claimed the drone attack on the airport in Eilat.",
            ("claimed", "Houthi movement", PARTY),
        ),
        ("Hamas's armed wing claimed the rocket fire on Sderot.", ("claimed", "Hamas", PARTY)),
        (
            "The Dawn Brigades claimed responsibility for the mortar fire on the airbase.",
            ("claimed", "The Dawn Brigades", PARTY),
        ),
        (
            "The militia claimed the shelling of the government positions.",
            ("claimed", "The militia", PARTY),
        ),
        (
            "A statement posted on a Telegram channel linked to the Sahel Front claimed the ambush.",
            ("claimed", "the Sahel Front", PARTY),
        ),
        (
            "A video released on a website affiliated with the River Brigades claimed the bombing.",
            ("claimed", "the River Brigades", PARTY),
        ),
    ],
)
def test_a_group_claims_through_its_spokesman_and_channels(
    text: str, expected: tuple[str, str, str]
) -> None:
    """The group is the actor and the party: not its spokesman's office nor the message."""
    claims = extract_claims(Document(id="a19c", text=text))

    found = [
        (c.stance, c.actor, c.attribution.kind)
        for c in claims
        if isinstance(c, ResponsibilityClaim)
    ]

    assert len(found) == 1
    stance, actor, kind = found[0]
    assert (stance, kind) == expected[::2]
    assert expected[1].lower() in (actor or "").lower()


def test_a_message_on_a_linked_channel_finds_the_group_named_before() -> None:
    """'A statement posted on a channel linked to the group' is the group the story named."""
    text = (
        "The Sahel Front has carried out raids in the region for years.\n\n"
        "A video posted on a channel affiliated with the group claimed the ambush on the convoy."
    )

    assert stances(text) == [("claimed", "The Sahel Front")]


# 4. the kinds of the sources wires quote
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed spokesperson speaks for the institution (DESIGN: organization)
        (
            "A police spokeswoman said four people were killed in the stampede.",
            (4, ORG, "A police spokeswoman"),
        ),
        (
            "A spokesman for the governor said 23 people were injured in the blast.",
            (23, ORG, "A spokesman for the governor"),
        ),
        (
            "Hospital officials said 31 people were wounded in the blast.",
            (31, OFFICIAL, "Hospital officials"),
        ),
        (
            "A doctor at the hospital who asked not to be named said 17 bodies had been brought in.",
            (17, OFFICIAL, "A doctor at the hospital"),
        ),
        (
            "The ship's manager said in a statement that six crew members were missing.",
            (6, ORG, "The ship's manager"),
        ),
        ("The vessel's owner said two seafarers were injured.", (2, ORG, "The vessel's owner")),
        (
            "The operator of the mine, Andesmin, said 14 miners were trapped.",
            (14, ORG, "Andesmin"),
        ),
        (
            "State television reported that 42 people were killed in the floods.",
            (42, MEDIA, "State television"),
        ),
        ("Residents said at least 12 people died in the mudslide.", (12, VAGUE, "Residents")),
        (
            "At least 12 people died in the mudslide, according to witnesses.",
            (12, VAGUE, "witnesses"),
        ),
        ("The army said nine soldiers were killed in the ambush.", (9, ORG, "The army")),
        (
            "Dr. Samir Haddad, director of the Al-Nour Hospital, said 26 people were killed.",
            (26, PERSON, "Dr. Samir Haddad"),
        ),
        (
            "Ukraine's military-backed administration said three civilians were killed.",
            (3, ORG, "Ukraine's military-backed administration"),
        ),
        # a source named only after a long apposition or at the end of a long sentence
        (
            (
                "Eleven people were killed when the minibus plunged into a ravine near the village of "
                "Tumbes late on Saturday after its brakes failed, said Carlos Mendoza, a regional "
                "police spokesman."
            ),
            (11, PERSON, "Carlos Mendoza"),
        ),
        (
            (
                "Nine people were injured in the explosion at the chemical plant, which had been "
                "inspected only weeks earlier and cleared to operate, a spokesman for the regional "
                "fire service told reporters."
            ),
            (9, ORG, "a spokesman for the regional fire service"),
        ),
        (
            "A bulletin from the civil defence said 33 people were missing.",
            (33, ORG, "the civil defence"),
        ),
        pytest.param(
            "The vessel's operator, Oceanic Lines, said three crew were missing.",
            (3, ORG, "Oceanic Lines"),
            marks=miss("a company's two-word name in an apposition reads as a person's"),
        ),
    ],
)
def test_a_source_is_of_the_kind_its_words_say(text: str, expected: tuple[int, str, str]) -> None:
    """A ship's manager speaks for its company; a doctor asking anonymity is an official."""
    assert read(text)[0] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The hotel manager said two guests were hurt.",
        "The shop's owner said two customers were hurt.",
    ],
)
def test_a_manager_of_no_company_is_no_institution(text: str) -> None:
    """Only a ship's, a company's or a plant's manager speaks for a business."""
    assert [kind for _, kind, _ in read(text)[0]] == [VAGUE]


# 5. speakers carried across sentences
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The toll may rise. We found 12 more bodies this morning," said Governor Ana Ruiz.',
            [(12, PERSON, "Governor Ana Ruiz")],
        ),
        (
            '"We found 12 more bodies this morning.\n\n"The toll may rise," Ruiz said.',
            [(12, PERSON, "Ruiz")],
        ),
        (
            (
                'Police Commissioner John Mwangi described the scene. "Seven people were shot dead. '
                'Another nine are in hospital," he said.'
            ),
            [
                (7, PERSON, "Police Commissioner John Mwangi"),
                (9, PERSON, "Police Commissioner John Mwangi"),
            ],
        ),
        (
            (
                'The governor of Kherson, Oleksandr Prokudin, said on Telegram: "Russian shelling '
                'killed two people in the city. Four more were wounded."'
            ),
            [(2, PERSON, "Oleksandr Prokudin"), (4, PERSON, "Oleksandr Prokudin")],
        ),
        (
            (
                "Police spokeswoman Mary Otieno said the attackers fled. Nine people were killed, "
                "she added."
            ),
            [(9, PERSON, "Police spokeswoman Mary Otieno")],
        ),
        (
            (
                "The Interior Ministry issued a statement late on Sunday. Fourteen people were killed "
                "and 30 wounded, the statement said."
            ),
            [(14, ORG, "The Interior Ministry"), (30, ORG, "The Interior Ministry")],
        ),
        (
            (
                "The fire service issued an update on Tuesday morning. Six firefighters were "
                "injured, the update said."
            ),
            [(6, ORG, "The fire service")],
        ),
        (
            (
                "The health ministry published an update on Monday. According to the update, 61 "
                "people were killed."
            ),
            [(61, ORG, "The health ministry")],
        ),
        (
            (
                "Health Minister Ahmed Bakr visited the wounded. Bakr said 22 people had died. He "
                "added that 60 were still in hospital."
            ),
            [(22, PERSON, "Bakr"), (60, PERSON, "Bakr")],
        ),
        (
            (
                "Witnesses described chaos at the scene.\n\nAt least 30 people were killed, the army "
                "said. Another 15 were wounded, it added."
            ),
            [(30, ORG, "the army"), (15, ORG, "the army")],
        ),
        (
            (
                'Mayor Elena Petrova toured the flooded district on Sunday. "We have found nine '
                'bodies," she said. "Twenty people are still missing."'
            ),
            [(9, PERSON, "Mayor Elena Petrova"), (20, PERSON, "Mayor Elena Petrova")],
        ),
        (
            (
                "The regional health chief held a briefing. She said 14 people had died in hospital "
                "overnight."
            ),
            [(14, OFFICIAL, "The regional health chief")],
        ),
        (
            (
                "The ministry said in a statement that the toll had risen. It said 52 people were "
                "dead and 130 wounded."
            ),
            [(52, ORG, "The ministry"), (130, ORG, "The ministry")],
        ),
        (
            (
                'Col. Ibrahim Diallo, an army spokesman, spoke to reporters. "We lost seven men in '
                'the ambush," he said.'
            ),
            [(7, PERSON, "Col. Ibrahim Diallo")],
        ),
        (
            (
                'A local official said: "The village is destroyed. At least 40 people are dead. We '
                'need help."'
            ),
            [(40, OFFICIAL, "A local official")],
        ),
        (
            "The interior minister condemned the bombing. He said 18 people were killed.",
            [(18, OFFICIAL, "The interior minister")],
        ),
    ],
)
def test_a_speaker_carries_across_sentences(text: str, expected: Counts) -> None:
    """A quotation, 'he added', 'X said:' and 'the statement said' keep the speaker named before."""
    counts = [c for c in read(text)[0] if c[0] in {low for low, _, _ in expected}]

    assert counts == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The civil defence agency said in a statement: Nine people were killed in the strike "
                "on the building. Another 20 were wounded."
            ),
            [(9, ORG, "The civil defence agency"), (20, ORG, "The civil defence agency")],
        ),
        (
            (
                "The regional governor said on Monday:\n\nNine people were killed in the strike. "
                "Another 20 were wounded.\n\nEight people died in a separate crash."
            ),
            [
                (9, OFFICIAL, "The regional governor"),
                (20, OFFICIAL, "The regional governor"),
                (8, "none", None),
            ],
        ),
        (
            (
                'Governor Vitaliy Kim wrote on Telegram: "Russia struck Mykolaiv again overnight.'
                '\n\n"Three people were killed and seven wounded."'
            ),
            [(3, PERSON, "Governor Vitaliy Kim"), (7, PERSON, "Governor Vitaliy Kim")],
        ),
        (
            (
                "The ministry gave the following figures on Monday: 31 killed, 80 wounded and 12 "
                "missing."
            ),
            [(31, ORG, "The ministry"), (80, ORG, "The ministry"), (12, ORG, "The ministry")],
        ),
        # a colon after a figure lists its parts: it opens no reported speech
        (
            (
                "The ministry said 12 people were killed: nine soldiers and three civilians. Another "
                "14 were wounded."
            ),
            [(12, ORG, "The ministry"), (14, "none", None)],
        ),
    ],
)
def test_reported_speech_after_a_colon_is_the_speakers(text: str, expected: Counts) -> None:
    """'X said:' makes the rest of its paragraph X's, or the next paragraph when it ends there."""
    assert read(text)[0] == expected


def test_the_statement_said_quotes_who_put_the_statement_out() -> None:
    """'The statement said' after another speaker is the statement's issuer, not the last voice."""
    text = (
        "The ministry said in a statement that 12 people died. Health Minister Ana Obi said the "
        "toll could rise. The statement said 40 people were wounded."
    )

    assert read(text)[0] == [(12, ORG, "The ministry"), (40, ORG, "The ministry")]


def test_she_added_skips_an_institution_that_spoke_between() -> None:
    """'She added' is the last person who spoke, not the ministry quoted in between."""
    text = (
        "Governor Ana Obi said 12 people died. The ministry said 14 were hurt. She added that "
        "3 were missing."
    )

    assert read(text)[0] == [
        (12, PERSON, "Governor Ana Obi"),
        (14, ORG, "The ministry"),
        (3, PERSON, "Governor Ana Obi"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "According to figures released late on Tuesday by the ministry of health, 212 people "
                "have died."
            ),
            (212, ORG, "the ministry of health"),
        ),
        (
            (
                "According to figures released on Tuesday by the ministry of health, 212 people have "
                "died."
            ),
            (212, ORG, "the ministry of health"),
        ),
    ],
)
def test_figures_released_at_a_time_by_a_body_are_the_bodys(
    text: str, expected: tuple[int, str, str]
) -> None:
    """A time between 'released' and 'by' no longer cuts the issuer off the document."""
    assert read(text)[0] == [expected]


def test_a_pronoun_points_to_the_office_holder_the_sentence_before_opened_with() -> None:
    """'X called it a war crime. He said: ...' is X's, not the speaker of a paragraph before."""
    text = (
        "A doctor at the hospital said 23 of the wounded were in serious condition.\n\n"
        "Ukraine's foreign minister called the strike a war crime. He said: \"This was a "
        'deliberate attack. Eleven people are dead."'
    )

    counts = read(text)[0]

    assert counts == [
        (23, OFFICIAL, "A doctor at the hospital"),
        (11, OFFICIAL, "Ukraine's foreign minister"),
    ]


# 6. long articles, wire style
_SHIP = (
    "Two sailors were killed on Monday when Yemen's Houthi rebels fired two anti-ship missiles "
    "at a bulk carrier in the Gulf of Aden, the U.S. military said.\n\n"
    "U.S. Central Command said in a statement that one missile struck the Marshall "
    "Islands-flagged Coral Dawn about 50 nautical miles south of Aden, starting a fire. Three "
    "other crew members were injured, it said.\n\n"
    "The ship's manager, a Greek company, said in a statement that 20 crew members were on "
    "board and that the remaining 17 had been evacuated by a passing warship.\n\n"
    "The Houthi military spokesman, Yahya Saree, said in a televised address that the group had "
    'targeted the ship with "a number of naval missiles" because its owner did business with '
    "Israel.\n\n"
    '"The operations will not stop," he said. "Our naval forces fired three missiles at the ship."'
)
_MARKET = (
    "KHARKIV, Ukraine (Wire) — A Russian missile struck a crowded market in the Ukrainian city "
    "of Kharkiv on Saturday, killing 11 people and wounding at least 40, the regional governor "
    "said.\n\n"
    "Governor Oleh Syniehubov said on Telegram that rescuers were still searching the rubble. "
    '"The toll may rise," he said. "Among the dead are two children."\n\n'
    "The Kremlin denied that Russian forces had struck the market, saying its strikes hit only "
    "military targets. Moscow blamed a Ukrainian air-defence missile for the blast.\n\n"
    "A doctor at the city's main hospital, who asked not to be named because he was not "
    "authorised to speak to the media, said 23 of the wounded were in serious condition.\n\n"
    "Ukraine's foreign minister called the strike a war crime. He said: \"This was a deliberate "
    'attack on civilians. Eleven people are dead. Dozens more are in hospital."'
)
_BOMBING = (
    "MOGADISHU (Wire) — A car bomb exploded outside a busy restaurant in the Somali capital on "
    "Friday evening, killing at least 15 people, police said.\n\n"
    "A police spokeswoman said 32 people were wounded in the blast, which tore through the Lido "
    "beach area as families gathered for the weekend.\n\n"
    "Al-Shabaab claimed the bombing in a statement posted on a channel linked to the group. The "
    'group said its fighters had targeted "officials of the apostate government".\n\n'
    'Residents said the toll was higher. "I counted more than 20 bodies," said Abdi Warsame, a '
    'shopkeeper. "The street was full of blood."\n\n'
    "The director of the city's ambulance service, Dr. Abdulkadir Adan, said his teams had "
    "carried 35 wounded to hospitals. He added that four of them later died.\n\n"
    "The government blamed al-Shabaab for the attack and vowed to hunt down those responsible."
)
_HOSPITAL = (
    "GAZA CITY (Wire) — An explosion hit the courtyard of a hospital in Gaza City late on "
    "Tuesday, and the health ministry in the Hamas-run territory said 97 people were killed.\n\n"
    "The Israeli military denied that its forces had struck the hospital and blamed a rocket "
    "fired by the Islamic Jihad group that it said had misfired. Islamic Jihad denied the "
    "accusation.\n\n"
    "Hospital officials said 120 people were being treated for wounds. A surgeon at the "
    "hospital, who gave only his first name, Ahmed, said the operating rooms were overwhelmed.\n\n"
    "Human Rights Watch said in a report that the evidence pointed to a misfired rocket but "
    "that it could not say who fired it."
)
_FLOODS = (
    "DHAKA (Wire) — Flash floods and landslides triggered by days of torrential rain have "
    "killed at least 38 people in southeastern Bangladesh, officials said on Monday.\n\n"
    "State television reported that 12 people were still missing in Bandarban district, where "
    "hillsides collapsed onto a camp of tea workers.\n\n"
    '"We have recovered 19 bodies from the debris so far," said Mohammad Rahman, the district\'s '
    'chief administrator. "The army is helping with the search."\n\n'
    "The disaster management ministry said in a statement that more than 200,000 people had "
    "been moved to shelters. The statement said 1,450 homes were destroyed.\n\n"
    "Residents said the water rose within minutes. According to witnesses, at least six people "
    "were swept away from a bridge near Lama."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _SHIP,
            [
                ("blamed", "Houthis", "the U.S. military"),
                ("claimed", "Houthis", "Houthi military"),
            ],
        ),
        (
            _MARKET,
            [
                ("blamed", "Russia", "the regional governor"),
                ("denied", "Russia", "The Kremlin"),
                ("blamed", "Ukraine", "Moscow"),
            ],
        ),
        (
            _BOMBING,
            [
                ("claimed", "Al-Shabaab", "Al-Shabaab"),
                ("claimed", "Al-Shabaab", "Al-Shabaab"),
                ("blamed", "al-Shabaab", "The government"),
            ],
        ),
        (
            _HOSPITAL,
            [
                ("denied", "Israel", "The Israeli military"),
                ("blamed", "Islamic Jihad", "The Israeli military"),
                ("denied", "Islamic Jihad", "Islamic Jihad"),
            ],
        ),
        (_FLOODS, []),
    ],
    ids=["ship", "market", "bombing", "hospital", "floods"],
)
def test_an_articles_stances_and_who_says_them(text: str, expected: Stances) -> None:
    """Every claim, denial and blame of a wire article, with its actor and who says it."""
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _SHIP,
            [
                ("killed", 2, ORG, "the U.S. military"),
                ("injured", 3, ORG, "U.S. Central Command"),
                ("evacuated", 17, ORG, "The ship's manager"),
                ("launched", 3, PERSON, "Yahya Saree"),
            ],
        ),
        (
            _MARKET,
            [
                ("killed", 11, OFFICIAL, "the regional governor"),
                ("injured", 40, OFFICIAL, "the regional governor"),
                ("killed", 2, PERSON, "Governor Oleh Syniehubov"),
                ("injured", 23, OFFICIAL, "A doctor at the city's main hospital"),
                ("killed", 11, OFFICIAL, "Ukraine's foreign minister"),
            ],
        ),
        (
            _BOMBING,
            [
                ("killed", 15, ORG, "police"),
                ("injured", 32, ORG, "A police spokeswoman"),
                ("killed", 21, PERSON, "Abdi Warsame"),
                ("injured", 35, PERSON, "Dr. Abdulkadir Adan"),
                ("killed", 4, PERSON, "Dr. Abdulkadir Adan"),
            ],
        ),
        (
            _HOSPITAL,
            [
                ("killed", 97, ORG, "the health ministry in the Hamas-run territory"),
                ("injured", 120, OFFICIAL, "Hospital officials"),
            ],
        ),
        (
            _FLOODS,
            [
                ("killed", 38, OFFICIAL, "officials"),
                ("missing", 12, MEDIA, "State television"),
                ("killed", 19, PERSON, "Mohammad Rahman"),
                ("destroyed", 1450, ORG, "The disaster management ministry"),
                ("missing", 6, VAGUE, "witnesses"),
            ],
        ),
    ],
    ids=["ship", "market", "bombing", "hospital", "floods"],
)
def test_an_articles_figures_keep_their_sources(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    """Each figure of a wire article is attributed to the source its sentence or paragraph names."""
    claims = extract_claims(Document(id="a19a", text=text))

    found = [
        (c.measure, c.quantity.low, c.attribution.kind, c.attribution.source)
        for c in claims
        if isinstance(c, CountClaim)
    ]

    assert [e for e in expected if e not in found] == []
