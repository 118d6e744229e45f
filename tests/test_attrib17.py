"""
Attribution and responsibility, round 17: who said a figure, and who did an attack.

Each test reads sentences written for this round (invented incidents) and asserts what a
user sees on a claim: its source's kind and name, or its stance and actor. The probe batch
``attrib17`` of ``data/attribution_probe.jsonl`` holds the same classes in more shapes.
"""

from __future__ import annotations

import pytest

from claimrec import CountClaim, extract_claims
from claimrec.model import Document, ResponsibilityClaim
from probe import Counts, Stances, miss, read_sources

ORG, PARTY = "organization", "party"
PERSON, OFFICIAL, NONE = "named_person", "anonymous_official", "none"


def read(text: str) -> tuple[Counts, Stances]:
    """The (low, kind, source) of each count and (stance, actor, source) of each stance."""
    return read_sources(text, "a17")


def headline(title: str) -> list[tuple[str, str | None, str]]:
    """The (stance, actor, attribution kind) of each stance a headline alone gives."""
    claims = extract_claims(Document(id="a17h", text=title, title=title))
    return [
        (c.stance, c.actor, c.attribution.kind)
        for c in sorted(claims, key=lambda c: c.span[0])
        if isinstance(c, ResponsibilityClaim)
    ]


# 1. an office with no person's name is an anonymous official (DESIGN: a person is named)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's interior minister said 14 people had died in the wildfires.",
            (14, OFFICIAL, "Chile's interior minister"),
        ),
        (
            "The state's chief minister told reporters that 31 pilgrims were injured.",
            (31, OFFICIAL, "The state's chief minister"),
        ),
        (
            "The mayor told local radio that four people died in the blaze.",
            (4, OFFICIAL, "The mayor"),
        ),
        (
            "Speaking to reporters, the prime minister said 16 people had been killed.",
            (16, OFFICIAL, "the prime minister"),
        ),
        (
            "The toll stood at 29, according to the state's revenue minister.",
            (29, OFFICIAL, "the state's revenue minister"),
        ),
        (
            "The country's president said on television that 40 soldiers had died.",
            (40, OFFICIAL, "The country's president"),
        ),
    ],
)
def test_an_office_named_without_its_holder_is_an_anonymous_official(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert read(text)[0] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interior Minister Karim Haddad said 17 people had been killed in the blast.",
            (17, PERSON, "Interior Minister Karim Haddad"),
        ),
        (
            "The regional governor, Olena Marchenko, said two people were killed.",
            (2, PERSON, "Olena Marchenko"),
        ),
        (
            "Mayor Dana Whitfield visited the site. The mayor said six people were hurt.",
            (6, PERSON, "Mayor Dana Whitfield"),
        ),
    ],
)
def test_an_office_with_its_holder_named_is_that_person(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert read(text)[0] == [expected]


# 2. a document issued "by" a body, a few words after its participle, is the body's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An update posted late on Tuesday by the health ministry put the toll at 52.",
            (52, ORG, "the health ministry"),
        ),
        (
            "A bulletin posted on Sunday by the fire brigade said 3 people had died.",
            (3, ORG, "the fire brigade"),
        ),
    ],
)
def test_a_document_posted_by_a_body_speaks_for_the_body(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert read(text)[0] == [expected]


def test_a_body_that_posted_its_figure_still_speaks() -> None:
    """ "The ministry posted on Facebook that 52 died": "posted" is its speech verb."""
    assert read("The ministry posted on Facebook that 52 people had died.")[0] == [
        (52, ORG, "The ministry")
    ]


# 3. a title-case headline blames the side of a deadly weapon as a sentence-case one does
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Russian Missile Attack Kills 8 In Kharkiv", [("blamed", "Russia", NONE)]),
        ("Sudanese Army Shelling Kills 20 At Market", [("blamed", "Sudan", NONE)]),
        ("Gaza: Israeli Airstrike On School Kills 22", [("blamed", "Israel", NONE)]),
        ("Ukrainian Drone Strike Kills Two In Belgorod", [("blamed", "Ukraine", NONE)]),
    ],
)
def test_a_title_case_headline_blames_the_side_of_a_deadly_weapon(
    title: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert headline(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Kabul Checkpoint Attack Kills Three Guards",
        "Gas Explosion Kills 7 In Apartment Block",
        "Grad Rockets Kill Three In Border Town",
    ],
)
def test_a_title_case_headline_naming_no_side_blames_no_one(title: str) -> None:
    assert headline(title) == []


def test_a_title_case_headline_keeps_a_party_claim() -> None:
    """A party named first in a title-case headline still claims."""
    assert headline("Hamas Claims Deadly Attack On Checkpoint") == [("claimed", "Hamas", PARTY)]


# 4. a side telling of its own deadly strike claims it, and blames no one
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air force strikes killed 35 fighters, the army said.",
            [("claimed", "the army", "the army")],
        ),
        (
            "The army said its air force strikes killed 35 fighters.",
            [("claimed", "The army", "The army")],
        ),
        (
            "Israeli strikes killed 9 militants in Gaza overnight, the Israeli military said.",
            [("claimed", "Israel", "the Israeli military")],
        ),
    ],
)
def test_a_side_telling_of_its_own_strike_claims_it(text: str, expected: Stances) -> None:
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli strikes killed 9 people in Gaza overnight, medics said.",
            [("blamed", "Israel", "medics")],
        ),
        (
            "Air force strikes killed 35 fighters, the rebels said.",
            [("blamed", "Air force", "the rebels")],
        ),
    ],
)
def test_another_speaker_telling_of_a_sides_strike_blames_that_side(
    text: str, expected: Stances
) -> None:
    assert read(text)[1] == expected


# 5. denials and counter-claims give both stances with their own actors
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Northern Front rejected the accusation and blamed government forces for the massacre.",
            [("denied", "The Northern Front"), ("blamed", "government forces")],
        ),
        (
            "Kyiv denied responsibility for the strike and accused Moscow of shelling its own town.",
            [("denied", "Ukraine"), ("blamed", "Russia")],
        ),
        pytest.param(
            "The rebels denied carrying out the attack, blaming army artillery.",
            [("denied", "The rebels"), ("blamed", "army")],
            marks=miss("the actor after 'blaming' keeps its weapon: 'army artillery'"),
        ),
        (
            "The army blamed the militia for the market bombing. The militia dismissed the allegations as lies.",
            [("blamed", "the militia"), ("denied", "The militia")],
        ),
    ],
)
def test_a_denial_and_a_counter_accusation_each_keep_their_actor(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(stance, actor) for stance, actor, _ in read(text)[1]] == expected


# 6. the source of "has reported" and of a comparison is the subject, never the verb or the other body
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The disaster agency has reported 23 deaths across three provinces.",
            [(23, ORG, "The disaster agency")],
        ),
        (
            "The state's chief secretary said 14 people died, four more than the toll given by the power company.",
            [(14, OFFICIAL, "The state's chief secretary")],
        ),
        (
            "In a statement issued on Friday, the army said 14 soldiers had been killed.",
            [(14, ORG, "the army")],
        ),
    ],
)
def test_the_subject_of_the_verb_is_the_source(text: str, expected: Counts) -> None:
    assert read(text)[0] == expected


# attrib18: a denied target is no denial of the attack (responsibility.toml `targeted_people`)
def test_a_denial_of_wrongdoing_is_no_denial_of_the_attack() -> None:
    assert read("The army denied targeting civilians.")[1] == []


# 7. a title-case headline's trailing source is read as a sentence-case one's
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Flood Kills 30 In Kenya, Officials Say", [(30, OFFICIAL, "Officials")]),
        ("Bus Crash Kills 12, According To Police", [(12, ORG, "Police")]),
        (
            "Gunmen Kill 3 In Kano, Governor Abba Yusuf Says",
            [(3, PERSON, "Governor Abba Yusuf")],
        ),
    ],
)
def test_a_title_case_headline_names_its_trailing_source(title: str, expected: Counts) -> None:
    claims = extract_claims(Document(id="a17t", text=title, title=title))

    counts = [
        (c.quantity.low, c.attribution.kind, c.attribution.source)
        for c in claims
        if isinstance(c, CountClaim)
    ]

    assert counts == expected


def test_a_title_case_headline_lays_blame_on_the_side_its_source_names() -> None:
    """The blame of a title-case headline carries its trailing source, as the count does."""
    title = "Israeli Strikes Kill 20 In Gaza, Health Ministry Says"

    stances = headline(title)

    assert stances == [("blamed", "Israel", ORG)]


def test_a_title_case_headline_of_a_claim_to_self_defence_names_no_source() -> None:
    """'Man Claims Self-Defense After Shooting Five': the five are the reporter's, no one's claim."""
    title = "Driver Claims Self-Defense After Shooting Three People In Leeds"

    claims = extract_claims(Document(id="a17t", text=title, title=title))

    assert [c.attribution.kind for c in claims if isinstance(c, CountClaim)] == [NONE]
