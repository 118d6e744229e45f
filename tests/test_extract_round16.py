"""Extraction, round 16: casualty reporting beyond conflict (capsizings, collapses, fires)."""

from __future__ import annotations

import pytest

from claimrec import CountClaim, Document
from claimrec.extract import extract


def _counts(text: str) -> list[tuple[str, int, int | None, str]]:
    """(measure, low, high, scope) of the counts read from *text*."""
    claims = extract(Document(id="r16", text=text))
    return [
        (c.measure, c.quantity.low, c.quantity.high, c.scope)
        for c in claims
        if isinstance(c, CountClaim)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The blast at the depot, which employs 900 people, killed two guards.",
        "The roof of the arena, which can hold 6,000 spectators, fell in and killed two guards.",
        "A fire at the school, which houses about 300 pupils, killed two guards.",
    ],
)
def test_how_many_a_place_holds_is_no_count(text: str) -> None:
    assert _counts(text) == [("killed", 2, 2, "event")]


def test_the_bodies_of_all_of_a_figure_are_the_dead() -> None:
    assert _counts("Navy divers recovered the bodies of all 14 people aboard the tug.") == [
        ("killed", 14, 14, "event")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two guards who were wounded in a previous attack said the raiders came at dawn.",
        "Two guards injured in an earlier bombing told reporters the gate was unguarded.",
    ],
)
def test_speakers_hurt_in_an_earlier_incident_are_no_count(text: str) -> None:
    assert _counts(text) == []


def test_speakers_hurt_in_this_incident_still_count() -> None:
    assert _counts("Two guards who were wounded in the attack said the raiders came at dawn.") == [
        ("injured", 2, 2, "event")
    ]


def test_a_count_with_a_verb_of_its_own_is_no_second_object() -> None:
    text = "The fire killed six patients, and 25 others were moved to nearby hospitals."
    assert _counts(text) == [("killed", 6, 6, "event"), ("evacuated", 25, 25, "event")]


def test_a_second_object_still_shares_the_verb() -> None:
    assert _counts("The fire killed six patients and two nurses.") == [
        ("killed", 6, 6, "event"),
        ("killed", 2, 2, "event"),
    ]
