"""
Attribution, round 13: distancing, plural answers to blame, a weapon's side, bodies by class.

Fresh batch fresh29 (21 passages, written before the fixes: 7/21 on the branch start,
21/21 after); the own-side seats, launchers and "supplying" cases were written after.
"""

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from claimrec.extract import extract
from claimrec.extract._attribution import classify_speaker
from claimrec.model import CountClaim, Document, ResponsibilityClaim

Found = list[tuple[str, str | None, str | None]]


def counts(text: str) -> list[tuple[int, str, str | None]]:
    """(low, kind, source) of each count claim of *text*, in text order."""
    claims = [c for c in extract(Document(id="r13", text=text)) if isinstance(c, CountClaim)]
    claims.sort(key=lambda c: c.span[0])
    return [(c.quantity.low, c.attribution.kind, c.attribution.source) for c in claims]


def stances(text: str) -> Found:
    """(stance, actor, who stands behind it) of each responsibility claim of *text*."""
    claims = [
        c for c in extract(Document(id="r13", text=text)) if isinstance(c, ResponsibilityClaim)
    ]
    claims.sort(key=lambda c: c.span[0])
    return [(c.stance, c.actor, c.attribution.source) for c in claims]


# 1. a group taking distance from an attack denies it, in the voice of the group
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The movement's spokesman later distanced the group from the bombing of the bus station.",
            "The movement",
        ),
        (
            "The Western Front disowned the attack on the fuel depot in a post on its channel.",
            "The Western Front",
        ),
        (
            (
                "A spokesman for the Sabil Brigades said the group had nothing to do with the "
                "blast at the checkpoint."
            ),
            "the Sabil Brigades",
        ),
        ("The militia played down any role in the drone attack on the air base.", "The militia"),
        (
            "The rebel alliance said it had nothing to do with shelling the hospital.",
            "The rebel alliance",
        ),
    ],
)
def test_taking_distance_from_an_attack_denies_it(text: str, actor: str) -> None:
    assert stances(text) == [("denied", actor, actor)]


def test_playing_down_a_role_in_no_attack_is_no_stance() -> None:
    assert stances("The minister played down any role in the budget talks.") == []


# 2. a denial in a relative clause said by more than one: one denial per accused
def test_which_both_governments_rejected_denies_for_each_accused() -> None:
    text = (
        "Officials accused Iran and Syria of arming the attackers, which both governments "
        "have rejected."
    )
    assert stances(text) == [
        ("blamed", "Iran", "Officials"),
        ("blamed", "Syria", "Officials"),
        ("denied", "Iran", "Iran"),
        ("denied", "Syria", "Syria"),
    ]


def test_supplying_the_weapons_of_the_attack_is_blamed_and_each_denies() -> None:
    text = (
        "The ministry accused Iran and Russia of supplying the drones used in the attack on "
        "the port, a charge both countries denied."
    )
    assert [(s, a) for s, a, _ in stances(text)] == [
        ("blamed", "Iran"),
        ("blamed", "Russia"),
        ("denied", "Iran"),
        ("denied", "Russia"),
    ]


def test_a_charge_both_groups_denied_denies_for_each_accused() -> None:
    text = (
        "The army blamed the Hill Front and the Dawn Brigades for the bombing of the bridge, "
        "a charge both groups denied."
    )
    assert [(s, a) for s, a, _ in stances(text)] == [
        ("blamed", "the Hill Front"),
        ("blamed", "the Dawn Brigades"),
        ("denied", "the Hill Front"),
        ("denied", "the Dawn Brigades"),
    ]


def test_the_two_groups_after_one_plural_accused_is_that_accused() -> None:
    text = (
        "Police blamed two separatist factions for the rocket attack on the garrison, an "
        "accusation the two groups dismissed."
    )
    assert [(s, a) for s, a, _ in stances(text)] == [
        ("blamed", "two separatist factions"),
        ("denied", "two separatist factions"),
    ]


# 3. the side a weapon is named by, in reported speech, is blamed by the speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local authorities said Ukrainian shells hit the market, killing six people.",
            ("blamed", "Ukraine", "Local authorities"),
        ),
        (
            "The army said rebel drones struck the fuel depot overnight.",
            ("blamed", "rebel", "The army"),
        ),
        (
            "Officials said an Israeli strike hit the building, killing 12 people.",
            ("blamed", "Israel", "Officials"),
        ),
        (
            "The regional governor said Russian missiles struck the power plant on Monday.",
            ("blamed", "Russia", "The regional governor"),
        ),
        (
            "Moscow said Ukrainian drones struck an oil depot in the border region.",
            ("blamed", "Ukraine", "Moscow"),
        ),
        (
            "Residents said Russian artillery pounded the town through the night.",
            ("blamed", "Russia", "Residents"),
        ),
        (
            "Medics said Israeli jets struck a house at the edge of the camp.",
            ("blamed", "Israel", "Medics"),
        ),
    ],
)
def test_the_side_of_a_weapon_is_blamed_by_the_speaker(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert stances(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The army said its drones struck the rebel depot overnight.",
        "The army said army drones struck the rebel depot overnight.",
        "The Russian defence ministry said Russian missiles struck a fuel depot.",
        "Officials said Grad rockets struck the town centre.",
        # a state speaking by its seat or its capital tells of its own side
        "The Pentagon said US air strikes hit militia depots in the east.",
        "Kyiv said Ukrainian drones struck a refinery across the border.",
    ],
)
def test_a_speakers_own_weapon_or_a_make_of_weapon_blames_no_one(text: str) -> None:
    """The speaker's own weapon is its claim, read as before this round; no one is blamed."""
    assert "blamed" not in [s for s, _, _ in stances(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the earthquake hit the town shortly after midnight, killing 40 people.",
        "Residents said floodwaters hit the village before dawn.",
    ],
)
def test_natural_causes_blame_no_one(text: str) -> None:
    assert stances(text) == []


# 4. a two-word body is told by the class of its last word, not by a list of names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sahel Relief said in a statement that 23 people were killed in the flooding.",
            (23, "organization", "Sahel Relief"),
        ),
        (
            "Delta Aid said on Tuesday that 14 people died when the dam burst.",
            (14, "organization", "Delta Aid"),
        ),
        (
            "Border Watch said in a statement that nine migrants drowned.",
            (9, "organization", "Border Watch"),
        ),
        (
            "Hadi Karimi said in a statement that 23 people were killed.",
            (23, "named_person", "Hadi Karimi"),
        ),
    ],
)
def test_a_two_word_body_is_told_by_its_last_word(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert counts(text) == [expected]


def test_an_alliance_is_an_organization_not_a_surname() -> None:
    made = classify_speaker("the Coastal Alliance")
    assert made is not None
    assert made.kind == "organization"


# 5. officers are unnamed officials, not the institution
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Army officers said 17 soldiers were killed in the attack on the base.",
            (17, "anonymous_official", "Army officers"),
        ),
        (
            "Police officers said eight people were wounded in the blast.",
            (8, "anonymous_official", "Police officers"),
        ),
    ],
)
def test_officers_are_anonymous_officials(text: str, expected: tuple[int, str, str]) -> None:
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    "piece",
    [
        "distanced the group from the ",
        "played down any role in the ",
        "disowned the attack, disowned the ",
        "accused Ab and Cd of arming the attackers, which both groups rejected, ",
        "a charge both groups denied, a charge the two groups denied ",
        "said Russian shells hit the said rebel drones struck the ",
        "said Ab Cd Ef rockets struck ",
        "Ab Relief said in a statement ",
    ],
)
def test_hostile_repeats_end_with_short_sources(
    piece: str, no_hang: Callable[[int], AbstractContextManager[None]]
) -> None:
    """
    A piece repeated 400 times ends (no runaway backtracking) and names no run as a source.

    A subject is read at most 200 characters before its verb (``_responsibility._WINDOW``),
    so a run of lower-case words may make a long, but bounded, source.
    """
    with no_hang(60):
        claims = extract(Document(id="h", text=piece * 400 + "the bombing."))
    for claim in claims:
        assert len(claim.attribution.source or "") <= 200
        if isinstance(claim, ResponsibilityClaim):
            assert len(claim.actor or "") < 200
