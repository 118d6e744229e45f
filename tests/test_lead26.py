"""The lead's round-26 readings: people hit by gunfire with a fatal share after a place,
nobody hurt in a named spot, and detentions counted by their noun. Sentences are the
lead's own, of invented incidents."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.model import CountClaim


def _readings(text: str) -> set[tuple[str, str, int, int | None]]:
    doc = cr.Document(id="d", text=text, published="2026-03-03")
    return {
        (c.measure, c.group, c.quantity.low, c.quantity.high)
        for c in cr.extract_claims(doc)
        if isinstance(c, CountClaim)
    }


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Nine people were struck by gunfire outside the bar, three of them fatally, police said.",
            3,
            6,
        ),
        ("Seven people were struck by gunfire at a bus stop, two of them fatally.", 2, 5),
        ("Six people were shot at a house party in the east of the city, two fatally.", 2, 4),
        ("Four were shot on Main Street, one fatally.", 1, 3),
    ],
)
def test_people_hit_by_gunfire_then_a_fatal_share_split_into_dead_and_wounded(
    text: str, killed: int, injured: int
) -> None:
    readings = _readings(text)
    assert ("killed", "people", killed, killed) in readings
    assert ("injured", "people", injured, injured) in readings


def test_people_struck_by_gunfire_with_no_fatal_share_are_all_wounded() -> None:
    assert _readings("Nine people were struck by gunfire outside the bar, police said.") == {
        ("injured", "people", 9, 9)
    }


@pytest.mark.parametrize(
    "text",
    [
        "No one on the ground was hurt, the airline said.",
        "Nobody on board was injured when the jet skidded off the runway.",
        "No one in the building was hurt, firefighters said.",
    ],
)
def test_nobody_hurt_in_a_named_spot_is_a_zero_of_the_injured(text: str) -> None:
    assert ("injured", "people", 0, 0) in _readings(text)


def test_detentions_are_counted_as_arrests() -> None:
    text = "The monitors said they had documented 210 detentions, including 15 minors."
    assert ("arrested", "people", 210, 210) in _readings(text)


def test_a_detention_order_is_no_arrest() -> None:
    assert _readings("The court reviewed 40 detention orders on Monday.") == set()
