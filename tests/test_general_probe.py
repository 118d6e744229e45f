"""
Regression probe of extraction generality: casualty reporting beyond shootings.

``data/general_probe.jsonl`` holds sentences written for this probe in the styles of
wire news (tolls of quakes, floods and bombings, missing and evacuated people, attacks
on bases, missiles and drones, negations, disputed figures), each with what a careful
annotator records. A count expectation names its measure ``m``, an interval ``lo``/``hi``
(or a phrase ``q`` read with :func:`parse_quantity`), and optionally a group ``g`` (the
key or one of its ancestors), a scope, the mention's ``focus`` ("other" for a past event's
toll), an attribution kind ``a`` and a text ``s`` that
the attribution's source or chain holds. A responsibility expectation names its
``stance`` and an ``actor`` text. ``none`` means nothing is extracted; ``forbid`` lists
counts that must not be read (a partitive part taken for the total). A case with
``xfail`` is a known miss, kept with its reason: it fails strictly, so a fix shows.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimrec import CountClaim, ResponsibilityClaim
from claimrec.model import Claim
from probe import attributed_as, bounds, claims_of, load_cases, misses, param, within

_CASES = load_cases("general_probe.jsonl")


def _matches(expect: dict[str, Any], claim: Claim) -> bool:
    """True when *claim* meets every field *expect* names."""
    if not attributed_as(expect, claim):
        return False
    if "stance" in expect:
        return (
            isinstance(claim, ResponsibilityClaim)
            and claim.stance == expect["stance"]
            and expect.get("actor", "") in (claim.actor or "").lower()
        )
    return (
        isinstance(claim, CountClaim)
        and claim.measure == expect["m"]
        and ("g" not in expect or within(claim.group, expect["g"]))
        and (claim.quantity.low, claim.quantity.high) == bounds(expect)
        and claim.scope == expect.get("scope", "event")
        and ("focus" not in expect or claim.mention.focus == expect["focus"])
    )


def test_the_probe_ids_are_unique() -> None:
    ids = [case["id"] for case in _CASES]
    assert len(ids) == len(set(ids)) >= 100


@pytest.mark.parametrize("case", [param(case) for case in _CASES])
def test_probe_sentence(case: dict[str, Any]) -> None:
    """Each probe sentence reads as its annotation says."""
    claims = claims_of(case)
    detail = [
        f"{c.measure if isinstance(c, CountClaim) else c.stance} {c!r} {c.attribution!r}"
        for c in claims
    ]
    assert misses(case, claims, _matches) == [], detail
