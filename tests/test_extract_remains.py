"""Auxiliaries and adverbs inside a passive verb: "remains" like "remain", hedges like "probably"."""

from __future__ import annotations

import pytest

import claimrec as cr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One person remains unaccounted for after the landslide.", ("missing", 1)),
        ("Two people remain unaccounted for after the landslide.", ("missing", 2)),
        ("A fisherman remains missing after the boat capsized.", ("missing", 1)),
        ("One victim remains hospitalized in serious condition.", ("treated", 1)),
    ],
)
def test_remains_is_a_state_like_remain(text: str, expected: tuple[str, int]) -> None:
    found = [
        (c.measure, c.quantity.low)
        for c in cr.extract_claims(cr.Document("x", text))
        if isinstance(c, cr.CountClaim)
    ]

    assert found == [expected]


@pytest.mark.parametrize("hedge", ["probably", "likely", "possibly", "almost certainly"])
def test_a_hedge_inside_the_verb_keeps_the_count(hedge: str) -> None:
    """'Between 100 and 300 people were probably killed': an estimate, still a count."""
    found = [
        (c.measure, c.quantity.low, c.quantity.high)
        for c in cr.extract_claims(
            cr.Document("x", f"Between 100 and 300 people were {hedge} killed.")
        )
        if isinstance(c, cr.CountClaim)
    ]

    assert found == [("killed", 100, 300)]
