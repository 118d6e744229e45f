"""
Round 22 (lead): a lede that tells a side's weapon striking, then the toll as what followed.

"Russian drones struck an apartment block ..., killing three people" lays the deaths on the
side the weapon is named by, as "Russian shelling kills five" already did; so does a nation
named as the doer with its weapon after "with" ("Russia attacked Kharkiv with drones ...,
killing two"). The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from claimrec import extract_claims
from claimrec.model import Document, ResponsibilityClaim


def stances(sentence: str) -> list[tuple[str, str | None, str]]:
    """The (stance, actor, attribution kind) of each stance one lede sentence gives."""
    text = f"date 2025-03-04\nStrike on a city\n\n{sentence}\n"
    return [
        (c.stance, c.actor, c.attribution.kind)
        for c in extract_claims(Document(id="l22", text=text))
        if isinstance(c, ResponsibilityClaim)
    ]


@pytest.mark.parametrize(
    ("sentence", "actor", "kind"),
    [
        (
            "Russian missiles struck a shopping centre in Kremenchuk on Tuesday, killing 7 people.",
            "Russia",
            "none",
        ),
        (
            "Israeli air strikes hit a house in Rafah overnight, killing 6, hospital officials said.",
            "Israel",
            "anonymous_official",
        ),
        (
            "A Ukrainian drone slammed into a fuel depot near Kursk, injuring three workers.",
            "Ukraine",
            "none",
        ),
        (
            "Russia attacked Zaporizhzhia with glide bombs on Sunday, killing four people.",
            "Russia",
            "none",
        ),
        (
            "Rebel mortars pounded the market on Friday, wounding 17 shoppers, the army said.",
            "Rebel",
            "organization",
        ),
    ],
)
def test_a_lede_blames_the_side_whose_weapon_struck_before_the_toll(
    sentence: str, actor: str, kind: str
) -> None:
    assert ("blamed", actor, kind) in stances(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a make of weapon names no side
        "Grad rockets struck the bus station on Monday, killing five people.",
        # nature and accidents are no one's weapon
        "An earthquake struck the valley before dawn, killing 31 people.",
        "A lorry struck a crowd at the fair, killing four.",
        # a tool is no weapon of a side
        "Gunmen attacked the village with machetes, killing 12.",
        "Police attacked the march with batons, wounding 30, organisers said.",
    ],
)
def test_a_strike_with_no_side_named_blames_no_one(sentence: str) -> None:
    assert [s for s in stances(sentence) if s[0] == "blamed"] == []


def test_a_side_telling_of_its_own_weapon_strike_blames_no_one() -> None:
    found = stances("The army said army drones struck the camp, killing 20 fighters.")
    assert [s for s in found if s[0] == "blamed"] == []


def deny(sentence: str) -> list[tuple[str, str | None]]:
    """The (stance, actor) of each stance, the attack told first."""
    text = (
        "date 2025-03-04\nShelling of a camp\n\n"
        f"Shells struck a camp outside the town on Monday, killing 12 people. {sentence}\n"
    )
    return [
        (c.stance, c.actor)
        for c in extract_claims(Document(id="l22d", text=text))
        if isinstance(c, ResponsibilityClaim)
    ]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "The paramilitary force denied on Tuesday that it had shelled the camp.",
            "The paramilitary force",
        ),
        ("The militia denied late on Tuesday shelling the camp.", "The militia"),
        ("The rebels denied overnight that their fighters had attacked the camp.", "The rebels"),
    ],
)
def test_a_denial_with_its_day_between_verb_and_deed_is_read(sentence: str, actor: str) -> None:
    assert ("denied", actor) in deny(sentence)


def test_a_denial_of_no_deed_is_no_stance() -> None:
    assert deny("The council denied on Tuesday that the wall had collapsed.") == []
