"""
Extraction round 24: counts across genres other than shootings and air attacks.

``data/extract24_probe.jsonl`` holds sentences written for this round, in the format of
the challenge sentences (``text``, ``published``, ``expect`` of ``{measure, group, low,
high, scope}``, ``forbid``, ``expect_none``): mine collapses, ferry and migrant-boat
sinkings, stampedes, prison riots, train derailments, shelling of markets, convoy
ambushes, drone and missile barrages, wildfires and heatwaves, outbreaks and food
poisoning, building and bridge collapses, air crashes, protest crackdowns and US
local-news shootings, with their hard negatives (ages, capacities, distances, money,
years, partitives, the rescued, trapped and displaced) and tallies over a period.

An expectation is met by a count of its measure and bounds whose group is the key named
or lies under it, of its scope (``event`` when none is named). A forbidden reading names
measure, bounds and group, and a scope only when it names one. A case with ``xfail`` is a
known miss kept with its reason.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

from claimrec import CountClaim, Document, extract_claims
from claimrec.model import Claim
from probe import load_cases, within

_CASES = load_cases("extract24_probe.jsonl")


def _read(case: dict[str, Any]) -> list[Claim]:
    published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
    return list(extract_claims(Document(id=case["id"], text=case["text"], published=published)))


def _meets(want: dict[str, Any], claim: Claim) -> bool:
    """True when *claim* is a count of the measure, bounds, group and scope *want* names."""
    return (
        isinstance(claim, CountClaim)
        and claim.measure == want["measure"]
        and within(claim.group, want["group"])
        and (claim.quantity.low, claim.quantity.high) == (want["low"], want["high"])
        and ("scope" not in want or claim.scope == want["scope"])
    )


def _describe(claim: Claim) -> str:
    if not isinstance(claim, CountClaim):
        return repr(claim)
    q = claim.quantity
    return f"{claim.measure} {claim.group} {q.low}..{q.high} {claim.scope} {q.text!r}"


def score(case: dict[str, Any], claims: list[Claim]) -> list[str]:
    """
    What *claims* get wrong for *case*, as the challenge scorer reads a sentence.

    Each expectation takes its own claim; no claim may meet a forbidden reading; a case
    with ``expect_none`` wants no claim at all.
    """
    if case.get("expect_none"):
        return [f"unexpected {_describe(claim)}" for claim in claims]
    free = list(claims)
    wrong: list[str] = []
    for want in case["expect"]:
        hit = next((claim for claim in free if _meets(want, claim)), None)
        if hit is None:
            wrong.append(f"missing {want}")
        else:
            free.remove(hit)
    wrong += [
        f"forbidden {_describe(claim)}"
        for forbid in case.get("forbid", [])
        for claim in claims
        if _meets(forbid, claim)
    ]
    return wrong


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_the_probe_covers_the_genres_with_hard_negatives_and_unique_ids() -> None:
    """Some 150 sentences, over 50 of them with a forbidden reading or wanting none."""
    ids = [case["id"] for case in _CASES]
    negatives = [case for case in _CASES if case.get("expect_none") or case.get("forbid")]

    assert len(ids) == len(set(ids)) >= 150
    assert len(negatives) >= 50


@pytest.mark.parametrize("case", [_param(case) for case in _CASES])
def test_probe_sentence_reads_as_annotated(case: dict[str, Any]) -> None:
    """Each sentence gives the counts its annotation expects and none it forbids."""
    claims = _read(case)

    wrong = score(case, claims)

    assert wrong == [], [_describe(claim) for claim in claims]


_HOSTILE = {
    "many counted subjects before one stabbing": lambda n: (
        "2 people, " * (1_500 * n) + "were stabbed"
    ),
    "many stabbings of one person": lambda n: "a man was stabbed and " * (600 * n) + "fled",
    "many loads carried before a semicolon": lambda n: (
        "with 14 people on board, " * (600 * n) + "; there were no survivors"
    ),
    "many periods before a toll": lambda n: "this season " * (1_000 * n) + "have killed 97 people",
}


@pytest.mark.parametrize("shape", sorted(_HOSTILE))
def test_the_new_readings_take_about_linear_time_on_hostile_input(shape: str) -> None:
    """Doubling a hostile input built on this round's rules at most about doubles the time."""
    small, large = _HOSTILE[shape](1), _HOSTILE[shape](2)

    best = [float("inf"), float("inf")]
    for run in range(3):
        for i, text in enumerate((small, large)):
            start = time.process_time()
            extract_claims(Document(id="h", text=f"Run {run}: {text}"))
            best[i] = min(best[i], time.process_time() - start)

    assert best[1] < 3.5 * best[0] + 0.1, f"{best[0]:.3f}s then {best[1]:.3f}s"
