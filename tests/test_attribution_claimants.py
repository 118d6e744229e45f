"""A group that claims an attack speaks for the figures it gives in the same breath."""

from __future__ import annotations

import pytest

import claimrec as cr


def _sources(text: str) -> list[tuple[int, str, str | None]]:
    return [
        (c.quantity.low, c.attribution.kind, c.attribution.source)
        for c in cr.extract_claims(cr.Document("x", text))
        if isinstance(c, cr.CountClaim)
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Islamic State claimed the ambush, saying its fighters had killed 30 soldiers.",
            "Islamic State",
        ),
        (
            (
                "The Northern Front claimed responsibility on Thursday for the raid, saying in a "
                "statement posted online that its men had killed 30 guards."
            ),
            "The Northern Front",
        ),
        ("Al-Shabaab claimed the attack, saying it had killed 30 soldiers.", "Al-Shabaab"),
    ],
)
def test_a_claimants_saying_clause_is_its_own(text: str, source: str) -> None:
    assert _sources(text) == [(30, "party", source)]


def test_a_saying_clause_after_another_speech_verb_is_not_read_as_the_claimants() -> None:
    """'Police said the man claimed to be a veteran, saying ...': the police speak, no claim of an attack."""
    found = _sources(
        "Police said the gunman claimed to be a veteran, saying 12 people had been hurt."
    )

    assert [kind for _, kind, _ in found] == ["organization"]


@pytest.mark.parametrize("name", ["Islamic State", "Al-Shabaab", "JNIM", "the Islamic State group"])
def test_armed_groups_named_without_a_cue_word_are_parties(name: str) -> None:
    """Named by two common words, a hyphened name or initials: still a party speaking for itself."""
    found = _sources(f"{name} said its fighters had killed 30 soldiers.")

    assert [kind for _, kind, _ in found] == ["party"]
