"""
Stage 5: per event and slot, what agrees, what conflicts, what evolved, and what number to use.

Claims of one event fall into **slots** by ``measure`` and the top group of the subject
taxonomy (``claimrec.kinds``): ``injured/us`` holds "seven Americans", "several American
personnel", and "five US military personnel and two US contractors" (the two subgroup
claims of one sentence add up to one figure for ``us``). Claims whose ``scope`` is
``cumulative`` or ``standing``, and claims attached to no event, never enter a slot.

Within a slot every claim constrains the same unknown number:

- a claim about the slot's group constrains it directly (its interval);
- subgroup claims from one sentence add up (``Quantity.__add__``) to one constraint;
- a lone subgroup claim is a lower bound for its ancestors (7 contractors hurt means at
  least 7 people hurt);
- a victim described rather than counted ("a man was killed", "the victim") says the
  total is at least one; "one person was killed" counts, and is exact.

Intervals that all overlap are ``consistent`` and their intersection is the consensus
(in one dimension, pairwise overlap implies a common point). Otherwise the slot is
``conflicting`` and each conflict names a smallest set of claims that cannot all hold:
in one dimension a pair always suffices. A conflict is instead ``evolving`` when the
lower figure was explicitly early or partial (``Claim.provisional``) and the higher one
comes from a report published no earlier, from an origin at least as authoritative; the
early claim is flagged ``superseded``.

Flags set on every claim: ``unattributed`` (attribution kind none or vague),
``single_source`` (one origin alone speaks about the slot), ``corroborated`` (a claim of
another, independent origin agrees: two relays of one wire report or of the same
anonymous official share one origin), ``contested`` (part of an unresolved conflict),
``superseded`` (an early figure a later report raised).

Estimates per event follow UCDP's low / best / high for each casualty measure over all
people; the rule for ``best`` is a policy:

=================  ==================================================================
policy             best
=================  ==================================================================
``consensus``      the consensus's exact figure, else its low end; on conflict the
                   figure that the most independent origins allow, then the most
                   authoritative, latest one (default)
``latest``         the figure of the latest report, most authoritative first on ties
``conservative``   the lowest figure any claim allows (ACLED-style)
=================  ==================================================================
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import attrs
from attrs import frozen
from rapidfuzz import fuzz

from claimrec import _checks
from claimrec.kinds import TAXONOMY
from claimrec.model import (
    Claim,
    CountClaim,
    Document,
    Finding,
    Quantity,
    ResponsibilityClaim,
)

__all__ = ["CASUALTY_MEASURES", "POLICIES", "Estimate", "Resolution", "authority", "resolve"]

#: Policies for an estimate's ``best`` figure (see the module docstring).
POLICIES: Final = ("consensus", "latest", "conservative")
#: Measures that get low / best / high estimates per event.
CASUALTY_MEASURES: Final = ("killed", "injured")
#: Groups that count things, not people: never part of casualty estimates.
_NOT_PEOPLE: Final = frozenset({"munition"})
#: How much weight each attribution kind carries when reports disagree.
_AUTHORITY: Final = {
    "organization": 4,
    "named_person": 4,
    "anonymous_official": 3,
    "media": 2,
    "party": 2,
    "none": 1,
    "vague": 0,
}
_FAR_FUTURE: Final = dt.date.max
#: Words that count one rather than describe one ("one person", not "a man").
_COUNTED_ONE: Final = frozenset({"1", "one", "a single", "single", "only one", "just one"})
#: Items kept per group when looking for conflicts (a sum item may share claims with a part).
_KEEP: Final = 4
#: Claims each claim of a conflicting slot is compared with when looking for corroboration.
_MAX_COMPARED: Final = 256
#: Between two counts of one sentence: they name disjoint people ("three women and one man").
_CONJOINED: Final = re.compile(r"\b(?:and|plus|while|as well as|along with)\b|,|;")
#: The second count names people besides the first ("four other people", "two more").
_OTHERS: Final = re.compile(r"\b(?:others?|another|additional|more|remaining)\b", re.IGNORECASE)
#: Between two counts: the second is part of the first ("one of six", "including two").
_SUBSET: Final = re.compile(
    r"\b(?:of|including|includes|included|among them|among whom|of whom|of them)\s*$"
    r"|\b(?:including|among them|of whom)\b",
    re.IGNORECASE,
)
_SAME_ACTOR: Final = 80.0


@frozen
class Estimate:
    """
    An event's reconciled figure for one measure: UCDP-style low, best and high.

    >>> Estimate(2, 2, 9, rule="consensus low end")
    Estimate(low=2, best=2, high=9, rule='consensus low end')
    """

    low: int = attrs.field(validator=_checks.non_negative_int())
    best: int = attrs.field(validator=_checks.non_negative_int())
    high: int | None = attrs.field(validator=_checks.non_negative_int(optional=True))
    rule: str = attrs.field(default="", validator=_checks.instance_of(str))


@frozen
class Resolution:
    """What ``resolve`` returns: findings, the claims with their flags, and estimates."""

    findings: tuple[Finding, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Finding)
    )
    claims: tuple[Claim, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Claim)
    )
    estimates: Mapping[str, Mapping[str, Estimate]] = attrs.field(
        validator=_checks.instance_of(Mapping)
    )


def authority(claim: Claim) -> int:
    """
    Rank a claim's source when reports disagree.

    Institutions and named people rank above anonymous officials, media and parties,
    then the reporter's own voice, then vague hedges.

    >>> from claimrec.testing import count_claim
    >>> authority(count_claim(kind="organization")) > authority(count_claim(kind="vague"))
    True
    """
    return _AUTHORITY[claim.attribution.kind]


# ----------------------------------------------------------------------------- helpers


def _parent(group: str) -> str | None:
    """The group's parent in ``claimrec.kinds.TAXONOMY``; a group outside it is a root."""
    return TAXONOMY.get(group)


@functools.lru_cache(maxsize=4096)
def _chain(group: str) -> tuple[str, ...]:
    """The group and its ancestors, most specific first."""
    out = [group]
    seen = {group}
    p = _parent(group)
    while p is not None and p not in seen:
        out.append(p)
        seen.add(p)
        p = _parent(p)
    return tuple(out)


def _top(group: str) -> str:
    """The slot a group's claims fall into: its top ancestor below the ``people`` root."""
    chain = _chain(group)
    if len(chain) > 1 and chain[-1] == "people":
        return chain[-2]
    return chain[-1]


def _common_ancestor(groups: Iterable[str]) -> str:
    chains = [_chain(g) for g in groups]
    first = chains[0]
    for candidate in first:
        if all(candidate in c for c in chains[1:]):
            return candidate
    return _top(first[0])


@frozen
class _Item:
    """One constraint on a slot's number: a claim, or subgroup claims of one sentence added up."""

    target: str
    quantity: Quantity
    claims: tuple[CountClaim, ...]
    label: str


class _Context:
    """Per-run lookups: document dates and origins."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.docs = {d.id: d for d in documents}

    def text(self, document: str) -> str | None:
        doc = self.docs.get(document)
        return doc.text if doc is not None else None

    def date(self, claim: Claim) -> dt.date:
        doc = self.docs.get(claim.document)
        if doc is not None and doc.published is not None:
            return doc.published
        return claim.mention.date or _FAR_FUTURE

    def origin(self, claim: Claim) -> str:
        """Who independently stands behind a claim; relays of one source share it."""
        kind = claim.attribution.kind
        if kind in {"none", "vague"}:
            doc = self.docs.get(claim.document)
            outlet = doc.outlet if doc is not None and doc.outlet else claim.document
            return f"{kind}:{outlet.lower()}"
        return claim.attribution.origin

    def label(self, claim: Claim) -> str:
        att = claim.attribution
        who = att.source or ("reporter" if att.kind == "none" else att.kind)
        if len(att.chain) > 1:
            who = " via ".join(reversed(att.chain))
        return f"{who}, {claim.document}"


def _describe(item: _Item, ctx: _Context) -> str:
    sources = "; ".join(sorted({ctx.label(c) for c in item.claims}))
    if len(item.claims) > 1:
        parts = " + ".join(f"{c.quantity} {c.group}" for c in item.claims)
        return f"{parts} = {item.quantity} ({sources})"
    return f"{item.quantity} ({sources})"


def _sum_item(group: str, parts: Sequence[CountClaim]) -> _Item:
    """
    Counts one sentence adds up; victims it only describes one by one are a lower bound.

    "a man and two women were killed" is 3; "a 19-year-old was shot in the face, a
    21-year-old in the thigh" is at least 2 (the article may name more victims).
    """
    ordered = tuple(sorted(parts, key=lambda c: (c.span, c.id)))
    total = ordered[0].quantity
    for c in ordered[1:]:
        total = total + c.quantity
    if all(_individual(c) for c in ordered):
        total = Quantity(total.lower, None, qualifier="at_least", text=total.text)
    return _Item(group, total, ordered, "+".join(c.id for c in ordered))


def _relation(first: CountClaim, second: CountClaim, text: str | None) -> str | None:
    """
    How two counts of one group in one sentence relate.

    ``"sum"`` when they name disjoint people ("three women and one man injured", "killed
    one and injured four other people"); ``"part"`` when one is part of the other ("one
    of six people", "five people, including two women"); None otherwise.
    """
    if text is None or first.span[0] >= second.span[0]:
        return None
    between = text[first.span[0] : second.span[0]]
    after = text[second.span[0] : second.span[1]]
    if _SUBSET.search(between):
        return "part"
    if _CONJOINED.search(between) or _OTHERS.search(after):
        return "sum"
    return None


def _at_least(c: CountClaim) -> _Item:
    """A count that is part of a larger one only bounds the group from below."""
    q = Quantity(c.quantity.lower, None, qualifier="at_least", text=c.quantity.text)
    return _Item(c.group, q, (c,), c.id)


def _individual(c: CountClaim) -> bool:
    """
    A claim about one victim described, not counted: "a man was killed", "the victim".

    Such a sentence says the total is at least one; "one person was killed" counts, and
    so does "a ballistic missile" (things are not described one by one as victims are).
    """
    q = c.quantity
    words = q.text.strip().lower()
    return (
        q.low == q.high == 1
        and words[:1].isalpha()
        and words not in _COUNTED_ONE
        and _top(c.group) not in _NOT_PEOPLE
    )


def _single(c: CountClaim) -> _Item:
    if _individual(c):
        return _at_least(c)
    return _Item(c.group, c.quantity, (c,), c.id)


def _flush(group: str, run: Sequence[CountClaim], partial: set[str]) -> _Item:
    if len(run) > 1:
        return _sum_item(group, run)
    return _at_least(run[0]) if run[0].id in partial else _single(run[0])


def _items_for_slot(claims: Sequence[CountClaim], ctx: _Context) -> list[_Item]:
    """
    Turn a slot's claims into constraints.

    Each claim constrains its own group, except counts of one group that one sentence
    conjoins ("three women and one man"): those add up to one constraint. Subgroup
    claims of one sentence ("five US military personnel and two US contractors") add
    up to one constraint on their parent too.
    """
    items: list[_Item] = []
    by_sentence: dict[tuple[str, str, str], list[CountClaim]] = defaultdict(list)
    same_group: dict[tuple[str, str, str], list[CountClaim]] = defaultdict(list)
    for c in claims:
        same_group[(c.document, c.sentence, c.group)].append(c)
    for (doc, _, group), members in sorted(same_group.items()):
        members.sort(key=lambda c: (c.span, c.id))
        text = ctx.text(doc)
        run: list[CountClaim] = []
        partial: set[str] = set()
        for c in members:
            relation = _relation(run[-1], c, text) if run else None
            if relation == "part":
                # "one of six" / "five, including two": the smaller count is a part.
                small = min(run[-1], c, key=lambda k: (k.quantity.lower, k.id))
                partial.add(small.id)
            if relation == "sum":
                run.append(c)
                continue
            if run:
                items.append(_flush(group, run, partial))
            run = [c]
        if run:
            items.append(_flush(group, run, partial))
    for c in claims:
        p = _parent(c.group)
        if p is not None:
            by_sentence[(c.document, c.sentence, p)].append(c)
    for (_, _, p), parts in sorted(by_sentence.items()):
        groups = {c.group for c in parts}
        if len(groups) < 2 or len(groups) != len(parts):
            continue
        items.append(_sum_item(p, parts))
    return items


def _implied(items: Sequence[_Item], group: str) -> Quantity | None:
    """
    What the slot's items say about *group*, or None when they say nothing or disagree.

    That is the intersection of the items that target the group and the lower bound its
    subgroups imply.
    """
    direct = [i for i in items if i.target == group]
    children = sorted({i.target for i in items if _parent(i.target) == group})
    implied = [q for q in (_implied(items, child) for child in children) if q is not None]
    lower = sum(q.lower for q in implied)
    result: Quantity | None = None
    for i in direct:
        result = i.quantity if result is None else result.intersection(i.quantity)
        if result is None:
            return None
    if result is None:
        # The subgroups alone: at least their sum, unless one sentence summed them.
        return Quantity(lower, None, qualifier="at_least") if implied else None
    if lower and (result.upper is not None and result.upper < lower):
        return None
    if lower > result.lower:
        result = result.intersection(Quantity(lower, None, qualifier="at_least"))
    return result


def _conflicts(items: Sequence[_Item]) -> list[tuple[_Item, _Item]]:
    """
    The smallest incompatible sets, as pairs.

    For each item with an upper end, the item with the highest lower end above it among
    items about the same group or its descendants. One pass keeps, per group, the few
    items with the highest lower ends in its subtree, so a slot costs O(n log n).
    """
    top: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for index, item in enumerate(items):
        key = (item.quantity.lower, item.label, index)
        for group in _chain(item.target):
            best = top[group]
            best.append(key)
            best.sort(reverse=True)
            del best[_KEEP:]
    pairs: list[tuple[_Item, _Item]] = []
    for low_item in items:
        upper = low_item.quantity.upper
        if upper is None:
            continue
        own = set(low_item.claims)
        for lower, _, index in top.get(low_item.target, ()):
            if lower <= upper:
                break
            candidate = items[index]
            if candidate is not low_item and not own & set(candidate.claims):
                pairs.append((low_item, candidate))
                break
    return pairs


def _evolves(low: _Item, high: _Item, ctx: _Context) -> bool:
    """An early figure later raised by an equally or more authoritative report."""
    if not any(c.provisional for c in low.claims):
        return False
    low_date = max(ctx.date(c) for c in low.claims)
    high_date = min(ctx.date(c) for c in high.claims)
    if high_date < low_date:
        return False
    return max(authority(c) for c in high.claims) >= min(authority(c) for c in low.claims)


# ----------------------------------------------------------------------------- count slots


@attrs.define
class _SlotResult:
    finding: Finding
    flags: dict[str, set[str]]
    consensus: Quantity | None
    items: list[_Item]
    superseded: set[str]


def _resolve_slot(
    event: str, measure: str, claims: Sequence[CountClaim], ctx: _Context
) -> _SlotResult:
    items = _items_for_slot(claims, ctx)
    group = _common_ancestor(c.group for c in claims)
    superseded: set[str] = set()
    open_pairs: list[tuple[_Item, _Item]] = []
    evolved: list[tuple[_Item, _Item]] = []
    for low, high in _conflicts(items):
        if _evolves(low, high, ctx):
            superseded.update(c.id for c in low.claims)
            evolved.append((low, high))
        else:
            open_pairs.append((low, high))
    live = [i for i in items if not {c.id for c in i.claims} & superseded]
    open_pairs = [
        (a, b)
        for a, b in open_pairs
        if not ({c.id for c in a.claims} | {c.id for c in b.claims}) & superseded
    ]
    consensus = None if open_pairs else _implied(live, group)
    verdict = "conflicting" if open_pairs else ("evolving" if superseded else "consistent")
    flags: dict[str, set[str]] = {c.id: set() for c in claims}
    contested = {c.id for pair in open_pairs for i in pair for c in i.claims}
    origins = {ctx.origin(c) for c in claims}
    for c in claims:
        if c.id in contested:
            flags[c.id].add("contested")
        if c.id in superseded:
            flags[c.id].add("superseded")
        if len(origins) == 1:
            flags[c.id].add("single_source")
    _corroborate(claims, flags, contested | superseded, ctx, consistent=not open_pairs)
    conflicts = sorted(
        {tuple(sorted({c.id for i in pair for c in i.claims})) for pair in open_pairs}
    )
    explanation = _explain(measure, group, verdict, items, open_pairs, evolved, consensus, ctx)
    finding = Finding(
        event=event,
        measure=measure,
        group=group,
        verdict=verdict,
        consensus=consensus,
        claims=tuple(sorted(c.id for c in claims)),
        conflicts=conflicts,
        explanation=explanation,
    )
    return _SlotResult(finding, flags, consensus, live, superseded)


def _corroborate(
    claims: Sequence[CountClaim],
    flags: dict[str, set[str]],
    excluded: set[str],
    ctx: _Context,
    *,
    consistent: bool,
) -> None:
    """
    Flag claims that a claim of another, independent origin agrees with.

    In a consistent slot every live claim is compatible with every other (intervals
    that pairwise overlap share a point), so another origin among them suffices; in a
    conflicting slot each claim is checked against the others, up to a bounded number.
    """
    live = [c for c in claims if c.id not in excluded]
    origins = Counter(ctx.origin(c) for c in live)
    for c in live:
        mine = ctx.origin(c)
        if origins[mine] == sum(origins.values()):
            continue
        if consistent:
            flags[c.id].add("corroborated")
            continue
        for other in live[:_MAX_COMPARED]:
            if ctx.origin(other) == mine:
                continue
            related = (
                other.group == c.group
                or c.group in _chain(other.group)
                or other.group in _chain(c.group)
            )
            if related and _compatible(c, other):
                flags[c.id].add("corroborated")
                break


def _compatible(a: CountClaim, b: CountClaim) -> bool:
    if a.group == b.group:
        return a.quantity.overlaps(b.quantity)
    low, high = (a, b) if a.group in _chain(b.group) else (b, a)
    # `low` is the ancestor; the descendant's count must fit inside it.
    upper = low.quantity.upper
    return upper is None or upper >= high.quantity.lower


def _explain(  # noqa: PLR0917 - private, called once with every part of a verdict
    measure: str,
    group: str,
    verdict: str,
    items: Sequence[_Item],
    open_pairs: Sequence[tuple[_Item, _Item]],
    evolved: Sequence[tuple[_Item, _Item]],
    consensus: Quantity | None,
    ctx: _Context,
) -> str:
    head = f"{measure}/{group}: {verdict} — "
    if open_pairs:
        parts = [f"{_describe(a, ctx)} < {_describe(b, ctx)}" for a, b in open_pairs[:3]]
        more = f" (+{len(open_pairs) - 3} more)" if len(open_pairs) > 3 else ""
        return head + "; ".join(parts) + more + " → no count satisfies all"
    summed = {c.id for i in items if len(i.claims) > 1 for c in i.claims}
    shown = sorted(
        (i for i in items if len(i.claims) > 1 or i.claims[0].id not in summed),
        key=lambda i: (i.quantity.lower, i.label),
    )
    body = " ∩ ".join(_describe(i, ctx) for i in shown[:6])
    if len(shown) > 6:
        body += f" ∩ … ({len(shown) - 6} more)"
    if evolved:
        raised = "; ".join(
            f"{_describe(a, ctx)} raised to {_describe(b, ctx)}" for a, b in evolved[:3]
        )
        body = f"{raised}; {body}"
    return head + body + f" → consensus {consensus}"


# ----------------------------------------------------------------------------- responsibility


def _same_actor(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= _SAME_ACTOR


def _resolve_responsibility(
    event: str, claims: Sequence[ResponsibilityClaim], ctx: _Context
) -> tuple[Finding, dict[str, set[str]]]:
    flags: dict[str, set[str]] = {c.id: set() for c in claims}
    superseded: set[str] = set()
    pairs: list[tuple[ResponsibilityClaim, ResponsibilityClaim]] = []
    claimed = [c for c in claims if c.stance == "claimed"]
    for c in claims:
        if c.stance == "none_claimed":
            later = [k for k in claimed if ctx.date(k) >= ctx.date(c)]
            if later:
                superseded.add(c.id)
            elif claimed:
                pairs.append((c, claimed[0]))
    denials = [c for c in claims if c.stance == "denied"]
    accusations = [c for c in claims if c.stance in {"claimed", "blamed"}]
    pairs.extend(
        (min(a, d, key=lambda c: c.id), max(a, d, key=lambda c: c.id))
        for d in denials
        for a in accusations[:_MAX_COMPARED]
        if _same_actor(a.actor, d.actor)
    )
    contested = {c.id for pair in pairs for c in pair}
    for c in claims:
        if c.id in contested:
            flags[c.id].add("contested")
        if c.id in superseded:
            flags[c.id].add("superseded")
    origins = {ctx.origin(c) for c in claims}
    for c in claims:
        if len(origins) == 1:
            flags[c.id].add("single_source")
        elif c.id not in contested and any(
            o.stance == c.stance
            and _same_actor(o.actor, c.actor)
            and ctx.origin(o) != ctx.origin(c)
            for o in claims[:_MAX_COMPARED]
        ):
            flags[c.id].add("corroborated")
    verdict = "conflicting" if pairs else ("evolving" if superseded else "consistent")
    said = "; ".join(
        f"{c.stance}{' by ' + c.actor if c.actor and c.stance == 'claimed' else ''}"
        f"{' on ' + c.actor if c.actor and c.stance == 'blamed' else ''} ({ctx.label(c)})"
        for c in sorted(claims, key=lambda c: (ctx.date(c), c.id))[:6]
    )
    finding = Finding(
        event=event,
        measure="responsibility",
        group="actor",
        verdict=verdict,
        consensus=None,
        claims=tuple(sorted(c.id for c in claims)),
        conflicts=sorted({tuple(sorted((a.id, b.id))) for a, b in pairs}),
        explanation=f"responsibility: {verdict} — {said}",
    )
    return finding, flags


# ----------------------------------------------------------------------------- estimates


def _point(q: Quantity) -> int:
    return q.low


def _best(
    policy: str,
    consensus: Quantity | None,
    items: Sequence[_Item],
    ctx: _Context,
) -> tuple[int, str]:
    if policy == "conservative":
        return min(i.quantity.lower for i in items), "lowest figure any claim allows"
    if policy == "consensus" and consensus is not None:
        if consensus.high == consensus.low:
            return consensus.low, "consensus figure"
        exact = sorted(
            {
                i.quantity.low
                for i in items
                if i.quantity.is_exact and consensus.contains(i.quantity.low)
            }
        )
        if exact:
            return exact[-1], "highest exact figure inside the consensus"
        return consensus.low, "consensus low end"

    def support(i: _Item) -> int:
        """How many independent origins allow this item's figure."""
        v = _point(i.quantity)
        return len({ctx.origin(c) for j in items if j.quantity.contains(v) for c in j.claims})

    def key(i: _Item) -> tuple[int, int, dt.date, int, int]:
        newest = max(ctx.date(c) for c in i.claims)
        when = newest if newest != _FAR_FUTURE else dt.date.min
        rank = max(authority(c) for c in i.claims)
        if policy == "latest":
            return (0, 0, when, rank, i.quantity.low)
        return (support(i), rank, when, int(i.quantity.is_exact), i.quantity.low)

    chosen = max(items[:_MAX_COMPARED], key=key)
    if policy == "latest":
        return _point(chosen.quantity), "latest figure, most authoritative on ties"
    return (
        _point(chosen.quantity),
        "figure the most independent origins allow, then the most authoritative (conflict)",
    )


def _slot_bounds(s: _SlotResult) -> tuple[int, int | None]:
    """A slot's low and high: its consensus, or the widest its claims allow on conflict."""
    if s.consensus is not None:
        return s.consensus.lower, s.consensus.upper
    uppers = [i.quantity.upper for i in s.items]
    high = None if None in uppers else max(u for u in uppers if u is not None)
    return min(i.quantity.lower for i in s.items), high


def _estimate(slots: Sequence[_SlotResult], policy: str, ctx: _Context) -> Estimate | None:
    """Combine a measure's person slots of one event into low / best / high."""
    lows, highs, bests, rules = 0, 0, 0, []
    unbounded = False
    people: _SlotResult | None = None
    others: list[_SlotResult] = []
    for s in slots:
        if s.finding.group == "people":
            people = s
        else:
            others.append(s)
    parts = others or ([people] if people else [])
    if not parts:
        return None
    for s in parts:
        if not s.items:
            continue
        low, high = _slot_bounds(s)
        best, rule = _best(policy, s.consensus, s.items, ctx)
        best = min(max(best, low), high) if high is not None else max(best, low)
        lows += low
        bests += best
        rules.append(rule)
        if high is None:
            unbounded = True
        else:
            highs += high
    if people is not None and others and people.items:
        # Unspecified victims ("five people") may include every named group.
        p_best, p_rule = _best(policy, people.consensus, people.items, ctx)
        if p_best > bests:
            bests, rules = p_best, [p_rule]
        lows = max(lows, _slot_bounds(people)[0])
        unbounded = True
    return Estimate(
        low=lows,
        best=max(bests, lows),
        high=None if unbounded else max(highs, bests),
        rule=f"{policy}: " + "; ".join(sorted(set(rules))),
    )


# ----------------------------------------------------------------------------- entry point


def resolve(
    claims: Sequence[Claim],
    claim_event: Mapping[str, str | None],
    *,
    documents: Sequence[Document] = (),
    policy: str = "consensus",
    absent_as_zero: bool = True,
) -> Resolution:
    """
    Reconcile claims per event and slot.

    Args:
        claims: Every claim, from any number of documents.
        claim_event: Claim id -> event id (None: the claim is about no event).
        documents: The documents, for publication dates and outlets.
        policy: The rule for each estimate's ``best`` figure (see ``POLICIES``).
        absent_as_zero: When an event has casualty claims of one measure but none of
            another ("three injured", no word of deaths), estimate the missing measure as
            ``0..0`` with best 0: news reports name deaths when there are any.

    Returns:
        Findings sorted by event, measure and group; every claim with its flags; the
        estimates per event and casualty measure.

    >>> from claimrec.testing import count_claim
    >>> a = count_claim(id="a", quantity="seven", kind="anonymous_official", source="a U.S. official")
    >>> b = count_claim(id="b", document="d2", quantity="several", kind="media", source="CNN")
    >>> res = resolve([a, b], {"a": "ev", "b": "ev"})
    >>> res.findings[0].verdict, str(res.findings[0].consensus)
    ('consistent', '7')
    >>> sorted(res.claims[0].flags)
    ['corroborated']
    """
    _checks.sequence(claims, Claim, "resolve() claims")
    _checks.mapping(claim_event, "resolve() claim_event")
    _checks.sequence(documents, Document, "resolve() documents")
    _checks.flag(absent_as_zero, "resolve() absent_as_zero")
    if policy not in POLICIES:
        msg = f"policy must be one of {', '.join(POLICIES)}; got {policy!r}"
        from claimrec.errors import InvalidValueError  # noqa: PLC0415 - keeps the import light

        raise InvalidValueError(msg)
    ctx = _Context(documents)
    claims = sorted(claims, key=lambda c: c.id)
    flags: dict[str, set[str]] = {c.id: set() for c in claims}
    slots: dict[tuple[str, str, str], list[CountClaim]] = defaultdict(list)
    responsibility: dict[str, list[ResponsibilityClaim]] = defaultdict(list)
    for c in claims:
        if c.attribution.is_unattributed:
            flags[c.id].add("unattributed")
        event = claim_event.get(c.id)
        if event is None:
            continue
        if isinstance(c, CountClaim) and c.scope == "event":
            slots[(event, c.measure, _top(c.group))].append(c)
        elif isinstance(c, ResponsibilityClaim):
            responsibility[event].append(c)
    findings: list[Finding] = []
    by_event: dict[tuple[str, str], list[_SlotResult]] = defaultdict(list)
    for (event, measure, top), members in sorted(slots.items()):
        result = _resolve_slot(event, measure, members, ctx)
        findings.append(result.finding)
        for cid, f in result.flags.items():
            flags[cid] |= f
        if top not in _NOT_PEOPLE and measure in CASUALTY_MEASURES:
            by_event[(event, measure)].append(result)
    for event, stances in sorted(responsibility.items()):
        finding, rflags = _resolve_responsibility(event, stances, ctx)
        findings.append(finding)
        for cid, f in rflags.items():
            flags[cid] |= f
    estimates: dict[str, dict[str, Estimate]] = defaultdict(dict)
    for (event, measure), results in sorted(by_event.items()):
        est = _estimate(results, policy, ctx)
        if est is not None:
            estimates[event][measure] = est
    if absent_as_zero:
        for measures in estimates.values():
            for m in CASUALTY_MEASURES:
                measures.setdefault(m, Estimate(0, 0, 0, rule="no claim of this measure: 0"))
    flagged = tuple(attrs.evolve(c, flags=tuple(sorted(flags[c.id]))) for c in claims)
    findings.sort(key=lambda f: (f.event, f.measure, f.group))
    return Resolution(
        findings=tuple(findings),
        claims=flagged,
        estimates={e: dict(sorted(m.items())) for e, m in sorted(estimates.items())},
    )
