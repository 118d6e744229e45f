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

import json
from pathlib import Path
from typing import Any

import pytest

from claimrec import CountClaim, Document, ResponsibilityClaim, extract
from claimrec._quantity import parse_quantity
from claimrec.kinds import TAXONOMY
from claimrec.model import Claim
from probe import misses

_DATA = Path(__file__).parent / "data" / "general_probe.jsonl"
_CASES: list[dict[str, Any]] = [
    json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines() if line.strip()
]


def _within(group: str | None, ancestor: str) -> bool:
    """True when *group* is *ancestor* or below it in the subject taxonomy."""
    seen: set[str] = set()
    while group is not None and group not in seen:
        if group == ancestor:
            return True
        seen.add(group)
        group = TAXONOMY.get(group)
    return False


def _bounds(expect: dict[str, Any]) -> tuple[int, int | None]:
    """The interval an expectation names, directly or as a phrase."""
    if "q" in expect:
        quantity = parse_quantity(expect["q"])
        return quantity.low, quantity.high
    return expect["lo"], expect["hi"]


def _matches(expect: dict[str, Any], claim: Claim) -> bool:
    """True when *claim* meets every field *expect* names."""
    attribution = claim.attribution
    sources = " | ".join([attribution.source or "", *attribution.chain]).lower()
    if expect.get("a") is not None and attribution.kind != expect["a"]:
        return False
    if expect.get("s") and expect["s"] not in sources:
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
        and ("g" not in expect or _within(claim.group, expect["g"]))
        and (claim.quantity.low, claim.quantity.high) == _bounds(expect)
        and claim.scope == expect.get("scope", "event")
        and ("focus" not in expect or claim.mention.focus == expect["focus"])
    )


def _misses(case: dict[str, Any], claims: list[Claim]) -> list[str]:
    """What *claims* get wrong for *case* (see ``probe.misses``)."""
    return misses(case, claims, _matches)


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_the_probe_ids_are_unique() -> None:
    ids = [case["id"] for case in _CASES]
    assert len(ids) == len(set(ids)) >= 100


@pytest.mark.parametrize("case", [_param(case) for case in _CASES])
def test_probe_sentence(case: dict[str, Any]) -> None:
    """Each probe sentence reads as its annotation says."""
    title = case["text"] if case.get("headline") else None
    document = Document(id=case["id"], text=case["text"], title=title)
    claims = list(extract(document))
    detail = [
        f"{c.measure if isinstance(c, CountClaim) else c.stance} {c!r} {c.attribution!r}"
        for c in claims
    ]
    assert _misses(case, claims) == [], detail
