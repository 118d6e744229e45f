"""A singular subject with "remains" reads like a plural one with "remain"."""

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
        for c in cr.extract(cr.Document("x", text))
        if isinstance(c, cr.CountClaim)
    ]

    assert found == [expected]
