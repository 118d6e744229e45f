"""Shared reading of the probe files (``tests/data/*_probe.jsonl``): cases, bounds, sources, misses."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimrec import Document, extract_claims, reconcile
from claimrec._quantity import parse_quantity
from claimrec.kinds import TAXONOMY
from claimrec.model import Claim, CountClaim, ResponsibilityClaim

#: Whether one claim meets one expectation of a probe case.
Matcher = Callable[[dict[str, Any], Claim], bool]


#: (low, attribution kind, source) of each count, in text order.
Counts = list[tuple[int, str, str | None]]
#: (stance, actor, source) of each responsibility claim, in text order.
Stances = list[tuple[str, str | None, str | None]]


def within(group: str | None, ancestor: str) -> bool:
    """True when *group* is *ancestor* or below it in the subject taxonomy."""
    seen: set[str] = set()
    while group is not None and group not in seen:
        if group == ancestor:
            return True
        seen.add(group)
        group = TAXONOMY.get(group)
    return False


def read_sources(text: str, doc_id: str = "probe") -> tuple[Counts, Stances]:
    """The (low, kind, source) of each count and (stance, actor, source) of each stance."""
    claims = sorted(extract_claims(Document(id=doc_id, text=text)), key=lambda c: c.span[0])
    counts = [
        (c.quantity.low, c.attribution.kind, c.attribution.source)
        for c in claims
        if isinstance(c, CountClaim)
    ]
    stances = [
        (c.stance, c.actor, c.attribution.source)
        for c in claims
        if isinstance(c, ResponsibilityClaim)
    ]
    return counts, stances


def load_cases(name: str) -> list[dict[str, Any]]:
    """The cases of ``tests/data/<name>``, one JSON object a line."""
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def param(case: dict[str, Any]) -> Any:
    """The case as a pytest parameter, a strict xfail when it carries its reason."""
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


def claims_of(case: dict[str, Any]) -> list[Claim]:
    """The claims extracted from the text of *case* (a headline when it says so)."""
    title = case["text"] if case.get("headline") else None
    return list(extract_claims(Document(id=case["id"], text=case["text"], title=title)))


def bounds(expect: dict[str, Any]) -> tuple[int, int | None]:
    """The interval an expectation names, directly or as a phrase."""
    if "q" in expect:
        quantity = parse_quantity(expect["q"])
        return quantity.low, quantity.high
    return expect["lo"], expect["hi"]


def count_matches(expect: dict[str, Any], claim: Claim) -> bool:
    """
    True when *claim* is a count of the measure (``m``) and bounds an expectation names,
    and of its group (``g``, or below it), scope and focus where it names them.
    """
    return (
        isinstance(claim, CountClaim)
        and claim.measure == expect["m"]
        and ("g" not in expect or within(claim.group, expect["g"]))
        and (claim.quantity.low, claim.quantity.high) == bounds(expect)
        and ("scope" not in expect or claim.scope == expect["scope"])
        and ("focus" not in expect or claim.mention.focus == expect["focus"])
    )


def miss(reason: str) -> Any:
    """A known miss, kept as a strict xfail."""
    return pytest.mark.xfail(strict=True, reason=reason)


def attributed_as(expect: dict[str, Any], claim: Claim) -> bool:
    """True when the attribution kind (``a``) and a source text (``s``) of *claim* are as named."""
    attribution = claim.attribution
    sources = " | ".join([attribution.source or "", *attribution.chain]).lower()
    if expect.get("a") is not None and attribution.kind != expect["a"]:
        return False
    return not (expect.get("s") and expect["s"] not in sources)


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


def counts_in(text: str) -> list[tuple[str, str, str]]:
    """(measure, group, quantity as written) of each count read from *text* alone."""
    return [
        (c.measure, c.group, str(c.quantity))
        for c in extract_claims(Document(id="d", text=text))
        if isinstance(c, CountClaim)
    ]


def consensus_in(text: str, measure: str) -> list[tuple[str, int, int | None]]:
    """(group, low, high) of each finding of *measure* when *text* is reconciled alone."""
    report = reconcile([Document(id="d", text=text)])
    return [
        (f.group, f.consensus.low, f.consensus.high)
        for f in report.findings
        if f.measure == measure and f.consensus is not None
    ]
