"""Shared reading of the probe files (``tests/data/*_probe.jsonl``): which expectations claims miss."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimrec.model import Claim

#: Whether one claim meets one expectation of a probe case.
Matcher = Callable[[dict[str, Any], Claim], bool]


def misses(case: dict[str, Any], claims: list[Claim], matches: Matcher) -> list[str]:
    """
    What *claims* get wrong for *case*: greedy, each claim meets one expectation.

    A case with ``none`` wants no claim at all; ``expect`` lists what must be read and
    ``forbid`` what must not.
    """
    if case.get("none"):
        return [f"unexpected {claim!r}" for claim in claims]
    free = list(claims)
    found: list[str] = []
    for expect in case.get("expect", []):
        hit = next((claim for claim in free if matches(expect, claim)), None)
        if hit is None:
            found.append(f"missing {expect}")
        else:
            free.remove(hit)
    found += [
        f"forbidden {claim!r}"
        for forbid in case.get("forbid", [])
        for claim in claims
        if matches(forbid, claim)
    ]
    return found
