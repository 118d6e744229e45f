"""
The resolver's lean paths give what the checked ones give: flagged copies, shared values.

Claims get their flags through a copy that skips the classes' checks; equal flags,
estimates and origin tuples are one object each; each event's cached readings are
let go once it is resolved. None of it may change a result.
"""

from __future__ import annotations

import attrs

from claimrec.model import Claim, EventMention
from claimrec.resolve import resolve
from claimrec.testing import count_claim, responsibility_claim


def _claims() -> list[Claim]:
    """Three events: agreeing, conflicting and responsibility claims, several outlets."""
    mention = EventMention(location="the market", date="2024-03-02", kind="bombing")
    figures = [
        ("seven", "organization", "the health ministry"),
        ("at least seven", "media", "a local radio station"),
        (7, "none", None),
        (12, "named_person", "the governor"),
        ("several", "vague", None),
    ]
    out: list[Claim] = [
        count_claim(
            id=f"{event}{n}",
            document=f"d{event}{n}",
            quantity=quantity,
            measure="killed",
            kind=kind,
            source=source,
            mention=mention,
            sentence=f"Reports said {quantity} people were killed in the blast at the market.",
        )
        for n, (quantity, kind, source) in enumerate(figures)
        for event in ("a", "b")
    ]
    out.append(responsibility_claim(id="r1", document="dr1", actor="a militant group"))
    out.append(
        responsibility_claim(id="r2", document="dr2", stance="denied", actor="a militant group")
    )
    return out


def _events(claims: list[Claim]) -> dict[str, str | None]:
    return {c.id: ("ev-r" if c.id.startswith("r") else f"ev-{c.id[0]}") for c in claims}


def test_flagged_claims_equal_their_checked_copies() -> None:
    claims = _claims()
    res = resolve(claims, _events(claims))
    before = {c.id: c for c in claims}
    assert len(res.claims) == len(claims)
    for c in res.claims:
        checked = attrs.evolve(before[c.id], flags=c.flags)
        assert c == checked
        assert type(c) is type(checked)
        assert c.flags == tuple(sorted(c.flags))
    assert any(c.flags for c in res.claims)


def test_equal_flags_and_estimates_are_one_object() -> None:
    claims = _claims()
    res = resolve(claims, _events(claims))
    by_flags: dict[tuple[str, ...], tuple[str, ...]] = {}
    for c in res.claims:
        assert by_flags.setdefault(c.flags, c.flags) is c.flags
    for measure in (
        "injured",
        "killed",
    ):  # nobody counts the injured; both events agree on the dead
        a, b = res.estimates["ev-a"][measure], res.estimates["ev-b"][measure]
        assert a == b
        assert a is b


def test_results_do_not_depend_on_order_or_on_an_earlier_run() -> None:
    claims = _claims()
    events = _events(claims)
    first = resolve(claims, events)
    assert resolve(list(reversed(claims)), events) == first
    assert resolve(claims, events) == first
