"""
Extraction round 18: casualty reporting across genres, written for this round.

``data/general18_probe.jsonl`` holds short passages in the styles of agencies and
newspapers (attacks on bases, bombings, air strikes, shelling, earthquakes, floods,
storms, fires, collapses, mines, boats, crashes, stampedes, heat, outbreaks, shootings,
riots), each with the claims a careful annotator records. The ``h-`` cases were written
after the fixes, per class of miss, to check that each fix holds on sentences it was not
built from. An expectation names its measure ``m``, bounds ``lo``/``hi`` (or a phrase
``q``), and optionally a group ``g`` (the key or an ancestor), a scope, a source text
``s``, a word the subject must hold (``subj``: an increment keeps "more", "further") or
must not hold (``nosubj``), and the rule that read it (``pat``) or must not have
(``notpat``: an earlier figure "up from 38" is read as one, never as a second toll).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimrec import CountClaim, Document, extract_claims
from claimrec.model import Claim
from probe import attributed_as, bounds, claims_of, load_cases, misses, param, within
from probe import counts_in as _counts

_CASES = load_cases("general18_probe.jsonl")


def _subject_as(expect: dict[str, Any], claim: CountClaim) -> bool:
    """True when the subject and the rule of *claim* are as *expect* names them."""
    subject = claim.subject.lower()
    return (
        ("subj" not in expect or expect["subj"] in subject)
        and ("nosubj" not in expect or expect["nosubj"] not in subject)
        and ("pat" not in expect or claim.pattern == expect["pat"])
        and ("notpat" not in expect or claim.pattern != expect["notpat"])
    )


def _matches(expect: dict[str, Any], claim: Claim) -> bool:
    """True when *claim* meets every field *expect* names."""
    return (
        isinstance(claim, CountClaim)
        and attributed_as(expect, claim)
        and claim.measure == expect["m"]
        and ("g" not in expect or within(claim.group, expect["g"]))
        and (claim.quantity.low, claim.quantity.high) == bounds(expect)
        and ("scope" not in expect or claim.scope == expect["scope"])
        and _subject_as(expect, claim)
    )


def test_the_probe_covers_the_genres_with_unique_ids() -> None:
    """Each genre of the brief has passages, and no id repeats."""
    ids = [case["id"] for case in _CASES]
    genres = {i.split("-")[1] for i in ids}

    assert len(ids) == len(set(ids)) >= 100
    assert {"base", "bomb", "air", "quake", "flood", "fire", "boat", "riot", "h"} <= genres


@pytest.mark.parametrize("case", [param(case) for case in _CASES])
def test_probe_passage_reads_as_annotated(case: dict[str, Any]) -> None:
    """Each passage gives the claims its annotation lists and none it forbids."""
    claims = claims_of(case)

    found = misses(case, claims, _matches)

    assert found == [], [f"{c!r} {getattr(c, 'pattern', '')}" for c in claims]


def test_bare_staff_are_people_and_base_personnel_soldiers() -> None:
    """Staff with nothing military about them are people; 'base personnel' are soldiers."""
    civil = _counts("The clinic fire killed four patients and two staff.")
    base = _counts("The drone strike wounded three base personnel.")

    assert ("killed", "people", "2") in civil
    assert base == [("injured", "soldiers", "3")]


def test_a_recovery_that_raises_a_toll_keeps_its_increment_apart() -> None:
    """'Three more bodies ..., bringing the toll to 41': 41 is the toll, the 3 an increment."""
    claims = [
        c
        for c in extract_claims(
            Document(id="d", text="Divers found three more bodies, bringing the death toll to 41.")
        )
        if isinstance(c, CountClaim)
    ]

    tolls = [c for c in claims if "more" not in c.subject.lower()]

    assert [str(c.quantity) for c in tolls] == ["41"]


def test_an_aside_does_not_hide_the_rescued() -> None:
    """'Forty migrants, including 11 women, were rescued' is 40 rescued."""
    assert ("rescued", "people", "40") in _counts(
        "Forty migrants, including 11 women, were rescued off the island."
    )


@pytest.mark.parametrize(
    "unit",
    [
        "the number of soldiers killed in the attack on the base and the ",
        "rockets, and the army said it intercepted ",
        "Forty migrants, including 11 women, were ",
        "killed 12 people over the past two days in the city, including ",
        "a collapse has trapped 30 workers and ",
        "Two children were among 12 ",
    ],
)
def test_round18_rules_stay_linear_on_hostile_repeats(unit: str, no_hang: Any) -> None:
    """The new rules and the aside pass finish on a long repeat of their own cue words."""
    large = unit * (60_000 // len(unit))

    with no_hang(120):
        extract_claims(Document(id="l", text=large))
