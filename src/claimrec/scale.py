"""
Claim-level reconciliation at scale: millions of pre-extracted claims on one machine, or on Spark.

The rich document matcher (``claimrec.match``) reads headlines and leads; a pipeline
that already holds claims (claim JSONL in the ``claimrec.report/1`` claim shape) takes
this fast path instead. It is built from pure functions, so the local engine
(``reconcile_claims``, processes on one machine) and the Spark engine
(``claimrec.spark``) run the same code and write the same bytes.

1. **Profiles** (``claim_key``, ``profiles_of_document``): the claims of one document
   about its main event form one profile keyed by the document id; claims recalling
   another event (focus ``other``) form ``"<document>#<n>"`` profiles; running tallies
   and standing facts (scope ``cumulative``/``standing``) belong to no event. A
   profile's place, day and kind are the most common among its claims.
2. **Blocking** (``blocking_keys``, ``partitions_of``): a dated, placed profile goes
   to one partition per blocking rule, ``(rule value, date bucket)``, with buckets
   of ``bucket_days`` overlapping by the matching window. The default rules are a
   union: the folded place key (case, articles, doubled letters and common
   transliteration swaps removed), its first four and its last four letters, so a
   dropped letter or a swapped vowel still meets its place.
3. **Matching** (``match_partition``): within a partition, profiles with the same
   place key and kind on the same day are one group without any comparison; only
   the distinct ``(place, kind, day)`` groups are compared, by the RapidFuzz ratio
   of their folded place keys (``cutoff``), a day gap of at most ``slack_days`` and
   compatible kinds (equal, or one unknown when the other side has a single kind).
   The output is edges between profile keys. A report dated by a weekday alone
   (its day resolved against the publication date) is no edge but a candidate
   for the dated groups of its day and place (``attach_candidates``); an undated
   report stays an event of its own.
4. **Events** (``connected_events``, ``attach_profiles``): the global connected
   components of all edges (duplicates from overlapping buckets are harmless), on
   compact integer arrays with ``scipy.sparse.csgraph``; event ids follow
   ``claimrec._ids``. Then each weekday-only profile joins the one event all its
   candidates lie in, and stays alone when they lie in several (it never bridges).
5. **Resolution** (``resolve_group``): the claims of some whole events go through
   ``claimrec.resolve.resolve`` and come out as report records (JSON text with a
   sort key) for documents, events, claims and findings.

Records are written by ``write_report`` as ``claimrec.report/1`` JSON, the same
bytes as ``Report.to_json(indent=None)`` of the equivalent report.
"""

from __future__ import annotations

import datetime as dt
import gc
import heapq
import json
import mmap
import os
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Final, NamedTuple

from attrs import field, frozen
from rapidfuzz.distance import Indel

from claimrec._ids import event_id
from claimrec.errors import (
    ClaimrecError,
    IngestError,
    InvalidDocumentError,
    InvalidTypeError,
    InvalidValueError,
)
from claimrec.link.places import fold, place_key
from claimrec.report.codec import SCHEMA, encode_estimates

__all__ = [
    "BLOCKING_RULES",
    "DEFAULT_OPTIONS",
    "ClaimKey",
    "Profile",
    "ScaleOptions",
    "ScaleStats",
    "attach_candidates",
    "attach_profiles",
    "blocking_keys",
    "claim_key",
    "claim_row",
    "connected_events",
    "document_record",
    "load_claims",
    "match_partition",
    "partitions_of",
    "profiles_of_document",
    "reconcile_claims",
    "resolve_group",
    "write_report",
]

#: The default blocking rules: the folded place key, its first and its last four letters.
BLOCKING_RULES: Final = ("fold", "head", "tail")
#: Report sections in the order ``claimrec.report/1`` writes them.
SECTIONS: Final = ("documents", "events", "claims", "findings")
_FOLDS: Final = (("ou", "u"), ("ph", "f"), ("ch", "sh"), ("q", "k"), ("c", "k"), ("y", "i"))
_VOWELS: Final = str.maketrans("eiou", "aaaa")


# --------------------------------------------------------------------------- values


class ClaimKey(NamedTuple):
    """
    What matching reads from one claim: its document, its event mention and whether it is about an event.

    Attributes:
        id: The claim id.
        document: The document id.
        focus: ``main`` or ``other`` (see ``EventMention.focus``).
        eventful: False for running tallies and standing facts (they join no event).
        place: The place key (``claimrec.matchers.place_key``), "" when none.
        location: The place as written, "" when none.
        day: The proleptic ordinal of the mention's day, 0 when it has none.
        precision: ``day``, ``weekday`` or "" (month, year and unknown have no day).
        kind: The event kind as written, lower-cased, "" when none.
    """

    id: str
    document: str
    focus: str
    eventful: bool
    place: str
    location: str
    day: int
    precision: str
    kind: str


class Profile(NamedTuple):
    """
    One event mention of one document: the unit that matching links.

    Attributes:
        key: The document id (its main event) or ``"<document>#<n>"`` (another event).
        document: The document id.
        focus: ``main`` or ``other``.
        place: The most common place key among its claims, "" when none.
        location: The most common written form of that place.
        day: The most common day (proleptic ordinal), 0 when none.
        precision: ``day`` when a day is known, else ``weekday`` or "".
        kind: The most common kind, "" when none.
        claims: The ids of its claims.
    """

    key: str
    document: str
    focus: str
    place: str
    location: str
    day: int
    precision: str
    kind: str
    claims: tuple[str, ...]

    @property
    def anchored(self) -> bool:
        """True when the profile has a place and a calendar day, so it can meet others."""
        return bool(self.place) and self.precision == "day"

    @property
    def datable(self) -> bool:
        """True when it has a place and a day, even one resolved from a weekday alone."""
        return bool(self.place) and self.precision in {"day", "weekday"}


@frozen(kw_only=True)
class ScaleOptions:
    """
    The knobs of the claim-level path; the defaults are the documented behaviour.

    Args:
        cutoff: The folded-place similarity (0-1) two groups need to match.
        slack_days: How many days apart two dated reports may be and still match.
        bucket_days: The width of a date bucket (partitions overlap by ``slack_days``).
        rules: The blocking rules, a subset of ``BLOCKING_RULES``.
        policy: The resolver's policy for ``best`` estimates.
        absent_as_zero: See ``claimrec.resolve.resolve``.

    >>> ScaleOptions().cutoff
    0.85
    """

    cutoff: float = 0.85
    slack_days: int = 0
    bucket_days: int = 7
    rules: tuple[str, ...] = BLOCKING_RULES
    policy: str = "consensus"
    absent_as_zero: bool = False


#: The documented defaults of the claim-level path.
DEFAULT_OPTIONS: Final = ScaleOptions()


@frozen
class ScaleStats:
    """
    What one run measured, stage by stage.

    ``errors`` holds every claim line that was skipped (also written to the report).

    >>> ScaleStats(claims=0, profiles=0, events=0, candidate_pairs=0, stages=())
    ScaleStats(claims=0, profiles=0, events=0, candidate_pairs=0, stages=())
    """

    claims: int
    profiles: int
    events: int
    candidate_pairs: int
    stages: tuple[tuple[str, float], ...]
    errors: tuple[ClaimrecError, ...] = field(default=(), repr=False, eq=False)


# --------------------------------------------------------------------------- profiles


def claim_key(row: Mapping[str, Any]) -> ClaimKey:
    """
    Read the matching fields of one claim in the ``claimrec.report/1`` claim shape.

    Args:
        row: A claim as a dict (one line of claim JSONL).

    Returns:
        Its ``ClaimKey``.

    >>> k = claim_key({"id": "c1", "document": "d1", "type": "count", "scope": "event",
    ...                "mention": {"location": "Al-Karabad", "date": "2024-01-02", "precision": "day"}})
    >>> k.place, k.precision, dt.date.fromordinal(k.day)
    ('karabad', 'day', datetime.date(2024, 1, 2))
    """
    mention = row.get("mention") or {}
    location = mention.get("location") or mention.get("place") or ""
    place = place_key(mention.get("place") or location) if location else ""
    date = mention.get("date")
    precision = mention.get("precision") or ("day" if date else "")
    day = 0
    if date and precision in {"day", "weekday"}:
        day = dt.date.fromisoformat(date[:10]).toordinal()
    else:
        precision = ""
    scope = row.get("scope")
    return ClaimKey(
        id=row["id"],
        document=row["document"],
        focus=mention.get("focus") or "main",
        eventful=row.get("type") != "count" or scope in {None, "event"},
        place=place,
        location=location,
        day=day,
        precision=precision,
        kind=(mention.get("kind") or "").lower(),
    )


def _most_common(values: Iterable[Any]) -> Any:  # noqa: ANN401 - any hashable, comparable value
    """The most frequent truthy value, the smallest on ties; None when there is none."""
    counts: dict[Any, int] = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    if len(counts) == 1:
        return next(iter(counts))
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)


def _profile(key: str, document: str, focus: str, keys: Sequence[ClaimKey]) -> Profile:
    place = _most_common(k.place for k in keys) or ""
    days = [k.day for k in keys if k.precision == "day"]
    weekdays = [k.day for k in keys if k.precision == "weekday"]
    day = _most_common(days) or _most_common(weekdays) or 0
    precision = "day" if days else ("weekday" if weekdays else "")
    return Profile(
        key=key,
        document=document,
        focus=focus,
        place=place,
        location=_most_common(k.location for k in keys if k.place == place) or "",
        day=day,
        precision=precision,
        kind=_most_common(k.kind for k in keys) or "",
        claims=tuple(k.id for k in keys),
    )


def profiles_of_document(keys: Sequence[ClaimKey]) -> tuple[list[Profile], dict[str, str | None]]:
    """
    The profiles of one document's claims, and the profile key of every claim.

    Claims about the main event make the profile keyed by the document id (every
    document that has such claims gets one); claims recalling another event are
    grouped by place, day and kind into ``"<document>#<n>"`` profiles, numbered in
    claim-id order; a recalled event with neither place nor day, a running tally
    and a standing fact get no profile (None).

    Args:
        keys: The ``ClaimKey`` of every claim of one document.

    Returns:
        The profiles, and claim id -> profile key (or None).

    >>> a = ClaimKey("c1", "d", "main", True, "kano", "Kano", 738000, "day", "bombing")
    >>> b = ClaimKey("c2", "d", "other", True, "kano", "Kano", 737000, "day", "bombing")
    >>> profiles, of = profiles_of_document([a, b])
    >>> [p.key for p in profiles], of
    (['d', 'd#1'], {'c1': 'd', 'c2': 'd#1'})
    """
    ordered = sorted(keys, key=lambda k: k.id)
    if not ordered:
        return [], {}
    document = ordered[0].document
    main: list[ClaimKey] = []
    others: dict[tuple[str, int, str], list[ClaimKey]] = {}
    of: dict[str, str | None] = {}
    for k in ordered:
        if not k.eventful:
            of[k.id] = None
        elif k.focus == "other":
            others.setdefault((k.place, k.day if k.precision == "day" else 0, k.kind), []).append(k)
        else:
            main.append(k)
            of[k.id] = document
    profiles = [_profile(document, document, "main", main)] if main else []
    n = 0
    for (place, day, _), group in others.items():
        if not place and not day:
            of.update(dict.fromkeys((k.id for k in group), None))
            continue
        n += 1
        key = f"{document}#{n}"
        profiles.append(_profile(key, document, "other", group))
        of.update(dict.fromkeys((k.id for k in group), key))
    return profiles, of


# --------------------------------------------------------------------------- blocking


def fold_place(key: str) -> str:
    """
    A place key with common transliteration and spelling differences folded away.

    >>> fold_place("qousairiyah") == fold_place("kusairiya"), fold_place("são paulo") == fold_place("sao paulo")
    (True, True)
    """
    text = fold(key).replace(" ", "")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = text.translate(_VOWELS)
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    if len(out) > 1 and out[-1] == "h" and out[-2] == "a":
        out.pop()
    return "".join(out)


def blocking_keys(place: str, rules: Sequence[str] = BLOCKING_RULES) -> tuple[str, ...]:
    """
    The blocking keys of a place key, one per rule (a union of rules catches more variants).

    Args:
        place: A place key.
        rules: Rule names from ``BLOCKING_RULES``.

    Returns:
        ``"<rule>:<value>"`` strings.

    >>> blocking_keys("karabad")
    ('fold:karabad', 'head:kara', 'tail:abad')
    """
    folded = fold_place(place)
    values = {"fold": folded, "head": folded[:4], "tail": folded[-4:]}
    return tuple(f"{rule}:{values[rule]}" for rule in rules)


def partitions_of(
    profile: Profile, *, options: ScaleOptions = DEFAULT_OPTIONS
) -> list[tuple[str, int]]:
    """
    The partitions a profile belongs to: ``(blocking key, date bucket)``, none when undated.

    A profile whose day lies within ``slack_days`` of its bucket's start also joins
    the previous bucket, so every pair within the window shares a partition. A
    weekday-only profile joins the partitions of the day its weekday was resolved
    to, where it may attach to an event (``attach_candidates``).

    >>> p = Profile("d", "d", "main", "kano", "Kano", 700, "day", "", ("c",))
    >>> partitions_of(p)
    [('fold:kana', 100), ('head:kana', 100), ('tail:kana', 100)]
    """
    if not profile.datable:
        return []
    bucket = profile.day // options.bucket_days
    buckets = [bucket]
    if profile.day - bucket * options.bucket_days < options.slack_days:
        buckets.append(bucket - 1)
    return [(key, b) for key in blocking_keys(profile.place, options.rules) for b in buckets]


# --------------------------------------------------------------------------- matching


def match_partition(
    profiles: Sequence[Profile], *, options: ScaleOptions = DEFAULT_OPTIONS
) -> tuple[list[tuple[str, str]], int]:
    """
    Link the profiles of one partition that describe one event; a pure function.

    Profiles with the same place key, kind and day form a group whose members are
    linked to its smallest key without comparison. Distinct groups are compared
    once per pair of unique place strings: they match when their folded places
    are at least ``cutoff`` similar, their days at most ``slack_days`` apart and
    their kinds agree. A group of unknown kind joins the matching groups only when
    they all have one and the same kind (otherwise it would chain two events).

    Args:
        profiles: The anchored profiles of one partition.
        options: Cutoff and window.

    Returns:
        Edges ``(key, key)`` and the number of candidate pairs compared.

    >>> a = Profile("a", "a", "main", "karabad", "Karabad", 700, "day", "bombing", ("a1",))
    >>> b = Profile("b", "b", "main", "karabbad", "Karabbad", 700, "day", "bombing", ("b1",))
    >>> c = Profile("c", "c", "main", "karabad", "Karabad", 701, "day", "bombing", ("c1",))
    >>> match_partition([a, b, c])[0]
    [('a', 'b')]
    """
    groups: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for p in profiles:
        if p.anchored:
            groups[p.day, p.place, p.kind].append(p.key)
    edges: list[tuple[str, str]] = []
    anchors: dict[tuple[int, str, str], str] = {}
    compared = 0
    for g, keys in groups.items():
        anchor = min(keys)
        anchors[g] = anchor
        edges.extend((anchor, k) for k in keys if k != anchor)
        compared += len(keys) - 1
    by_day: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for g in sorted(groups):
        by_day[g[0]].append(g)
    same_place = _place_test(options.cutoff)
    unknown: dict[tuple[int, str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for day in sorted(by_day):
        near = [g for d in range(day, day + options.slack_days + 1) for g in by_day.get(d, ())]
        for a in by_day[day]:
            for b in near:
                if b <= a and b[0] == day:
                    continue
                compared += 1
                if not same_place(a[1], b[1]):
                    continue
                if a[2] and b[2]:
                    if a[2] == b[2]:
                        edges.append((anchors[a], anchors[b]))
                elif a[2] or b[2]:
                    blank, kinded = (a, b) if not a[2] else (b, a)
                    unknown[blank].append(kinded)
    for blank, options_ in unknown.items():
        if len({g[2] for g in options_}) == 1:
            edges.extend((anchors[blank], anchors[g]) for g in options_)
    return edges, compared


def _place_test(cutoff: float) -> Callable[[str, str], bool]:
    """Whether two place keys name one place (folded, then ``cutoff`` similar), memoised."""
    folded: dict[str, str] = {}
    similar: dict[tuple[str, str], bool] = {}

    def same_place(x: str, y: str) -> bool:
        if x == y:
            return True
        pair = (x, y) if x < y else (y, x)
        hit = similar.get(pair)
        if hit is None:
            fx = folded.get(x) or folded.setdefault(x, fold_place(x))
            fy = folded.get(y) or folded.setdefault(y, fold_place(y))
            hit = fx == fy or Indel.normalized_similarity(fx, fy, score_cutoff=cutoff) >= cutoff
            similar[pair] = hit
        return hit

    return same_place


def attach_candidates(
    profiles: Sequence[Profile], *, options: ScaleOptions = DEFAULT_OPTIONS
) -> tuple[list[tuple[str, str]], int]:
    """
    The dated profiles a weekday-only profile of one partition could belong to; a pure function.

    A report that dates its event by a weekday alone ("on Tuesday") carries the
    day the extractor resolved against the publication date. It is a candidate
    for every dated group (same place key, kind and day) on exactly that day at
    a place at least ``cutoff`` similar, of the same kind or with one side's kind
    unknown. Candidates are not edges: ``attach_profiles`` joins the profile to
    an event only when all its candidates, over every partition, lie in one
    event, so a weekday report never bridges two events.

    Args:
        profiles: The profiles of one partition (others than dated and weekday ones are ignored).
        options: Cutoff.

    Returns:
        Pairs ``(weekday profile key, dated profile key)`` and the number of pairs compared.

    >>> a = Profile("a", "a", "main", "karabad", "Karabad", 700, "day", "bombing", ("a1",))
    >>> w = Profile("w", "w", "main", "karabbad", "Karabbad", 700, "weekday", "", ("w1",))
    >>> attach_candidates([a, w])
    ([('w', 'a')], 1)
    """
    weekday = [p for p in profiles if p.place and p.precision == "weekday"]
    if not weekday:
        return [], 0
    by_day: dict[int, dict[tuple[str, str], str]] = defaultdict(dict)
    for p in profiles:
        if p.anchored:
            groups = by_day[p.day]
            known = groups.get((p.place, p.kind))
            if known is None or p.key < known:
                groups[p.place, p.kind] = p.key
    same_place = _place_test(options.cutoff)
    out: list[tuple[str, str]] = []
    compared = 0
    for w in weekday:
        for (place, kind), key in sorted(by_day.get(w.day, {}).items()):
            compared += 1
            if (not w.kind or not kind or w.kind == kind) and same_place(w.place, place):
                out.append((w.key, key))
    return out, compared


def attach_profiles(
    event_of: Mapping[str, str], candidates: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """
    Attach each weekday-only profile to the one event all its candidates lie in.

    A profile whose candidates lie in two or more events stays its own event:
    it is never used to merge them.

    Args:
        event_of: Profile key -> event id (``connected_events``).
        candidates: ``(weekday profile key, dated profile key)`` pairs from every
            partition (duplicates are fine).

    Returns:
        A new profile key -> event id mapping.

    >>> attach_profiles({"a": "e1", "b": "e2", "w": "e3", "v": "e4"},
    ...                 [("w", "a"), ("v", "a"), ("v", "b")])
    {'a': 'e1', 'b': 'e2', 'w': 'e1', 'v': 'e4'}
    """
    found: dict[str, set[str]] = defaultdict(set)
    for weekday, dated in candidates:
        found[weekday].add(event_of[dated])
    out = dict(event_of)
    for weekday, events in found.items():
        if len(events) == 1:
            out[weekday] = next(iter(events))
    return out


def connected_events(
    profiles: Sequence[Profile], edges: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """
    The event id of every profile: connected components of the edges, ids anchored as in ``_ids``.

    Args:
        profiles: Every profile.
        edges: Links between profile keys (duplicates are fine).

    Returns:
        Profile key -> event id.

    >>> ps = [Profile(k, k, "main", "", "", 0, "", "", ()) for k in ("a", "b", "c")]
    >>> ev = connected_events(ps, [("a", "b")])
    >>> ev["a"] == ev["b"] != ev["c"]
    True
    """
    import numpy as np  # noqa: PLC0415 - heavy imports stay lazy
    from scipy.sparse import coo_matrix  # noqa: PLC0415
    from scipy.sparse.csgraph import connected_components  # noqa: PLC0415

    index = {p.key: i for i, p in enumerate(profiles)}
    pairs = [(index[a], index[b]) for a, b in edges]
    n = len(profiles)
    if pairs:
        arr = np.asarray(pairs, dtype=np.int64)
        rows, cols = arr[:, 0], arr[:, 1]
    else:
        rows = cols = np.zeros(0, dtype=np.int64)
    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    anchor: dict[int, str] = {}
    fallback: dict[int, str] = {}
    for p, label in zip(profiles, labels.tolist(), strict=True):
        if p.focus == "main":
            if label not in anchor or p.key < anchor[label]:
                anchor[label] = p.key
        elif label not in fallback or p.key < fallback[label]:
            fallback[label] = p.key
    ids = {
        label: event_id([anchor.get(label) or fallback[label]]) for label in set(labels.tolist())
    }
    return {p.key: ids[label] for p, label in zip(profiles, labels.tolist(), strict=True)}


# --------------------------------------------------------------------------- resolution


#: One encoder for every record: ``json.dumps`` with a non-default option builds a new one per call.
_ENCODE: Final = json.JSONEncoder(ensure_ascii=False).encode


def _dumps(value: Any) -> str:  # noqa: ANN401 - any JSON value
    return _ENCODE(value)


def _event_record(event: str, profiles: Sequence[Profile], estimates: Mapping[str, Any]) -> str:
    place = _most_common(p.place for p in profiles)
    location = _most_common(p.location for p in profiles if p.place == place)
    days = Counter(p.day for p in profiles if p.precision == "day")
    day = min(days, key=lambda d: (-days[d], d)) if days else None
    kinds = Counter(p.kind for p in profiles if p.kind)
    record = {
        "id": event,
        "documents": sorted(p.key for p in profiles if p.focus == "main"),
        "location": location,
        "place": place,
        "date": dt.date.fromordinal(day).isoformat() if day else None,
        "kind": min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None,
        "estimates": encode_estimates(estimates),
    }
    return _dumps(record)


def resolve_group(
    rows: Sequence[Mapping[str, Any]],
    claim_event: Mapping[str, str | None],
    profile_of: Mapping[str, str | None],
    *,
    options: ScaleOptions = DEFAULT_OPTIONS,
    profiles: Mapping[str, Profile] | None = None,
) -> list[tuple[str, str, str]]:
    """
    Resolve the claims of whole events and return their report records; a pure function.

    *rows* must hold every claim of each event it touches (and, for a document
    record, every claim of that document), so that groups can run anywhere and
    their records be concatenated.

    Args:
        rows: Claims in the ``claimrec.report/1`` claim shape.
        claim_event: Claim id -> event id (None: about no event).
        profile_of: Claim id -> profile key (None: in no profile).
        options: The resolver policy.
        profiles: The profiles by key, when already known (else rebuilt from *rows*).

    Returns:
        ``(section, sort key, JSON text)`` triples; sections are ``SECTIONS``.

    >>> row = {"id": "c1", "document": "d1", "type": "responsibility", "stance": "claimed",
    ...        "actor": "X", "span": [0, 1], "attribution": {"kind": "none"}}
    >>> [r[0] for r in resolve_group([row], {"c1": "ev-1"}, {"c1": "d1"})]
    ['events', 'claims', 'findings']
    """
    from claimrec.report.codec import decode_claim, encode_claim, encode_finding  # noqa: PLC0415
    from claimrec.resolve import resolve  # noqa: PLC0415 - stages load on first use

    claims = [decode_claim(r) for r in rows]
    resolution = resolve(
        claims, claim_event, policy=options.policy, absent_as_zero=options.absent_as_zero
    )
    out: list[tuple[str, str, str]] = []
    event_profiles: dict[str, list[Profile]] = defaultdict(list)
    if profiles is None:
        by_profile: dict[str, list[ClaimKey]] = defaultdict(list)
        for r in rows:
            key = profile_of.get(r["id"])
            if key is not None:
                by_profile[key].append(claim_key(r))
        built = [
            _profile(key, keys[0].document, "main" if key == keys[0].document else "other", keys)
            for key, keys in by_profile.items()
        ]
    else:
        keys_seen = {profile_of.get(r["id"]) for r in rows}
        built = [profiles[key] for key in keys_seen if key is not None]
    for profile in built:
        event = claim_event.get(profile.claims[0])
        if event is not None:
            event_profiles[event].append(profile)
    for event, members in event_profiles.items():
        out.append(
            ("events", event, _event_record(event, members, resolution.estimates.get(event, {})))
        )
    out.extend(
        ("claims", c.id, _dumps(encode_claim(c, claim_event.get(c.id)))) for c in resolution.claims
    )
    out.extend(
        ("findings", f"{f.event}\x1f{f.measure}\x1f{f.group}", _dumps(encode_finding(f)))
        for f in resolution.findings
    )
    return out


def document_record(document: str, event: str | None) -> str:
    """
    The report record of a document known only by its id (claim-level input).

    >>> document_record("d1", None)[:30]
    '{"id": "d1", "title": null, "p'
    """
    return _dumps(
        {
            "id": document,
            "title": None,
            "published": None,
            "outlet": None,
            "event": event,
            "url": None,
            "text": "",
        }
    )


def write_report(
    out: IO[str],
    sections: Mapping[str, Iterable[str]],
    errors: Sequence[ClaimrecError] = (),
) -> None:
    """
    Write ``claimrec.report/1`` JSON from records already sorted per section.

    The bytes equal ``Report.to_json(indent=None)`` for the same content.

    Args:
        out: A text stream.
        sections: Section name -> JSON texts in report order.
        errors: Input problems to list under ``errors``.
    """
    out.write(f'{{"schema": "{SCHEMA}"')
    for name in SECTIONS:
        out.write(f', "{name}": [')
        first = True
        for text in sections.get(name, ()):
            if not first:
                out.write(", ")
            out.write(text)
            first = False
        out.write("]")
    from claimrec.report.codec import encode_error  # noqa: PLC0415 - stages load on first use

    errs = [_dumps(encode_error(e)) for e in errors]
    out.write(', "errors": [' + ", ".join(errs) + "]}")


# --------------------------------------------------------------------------- loading


def _loads() -> Callable[[bytes], Any]:
    try:
        import orjson  # noqa: PLC0415 - optional speed-up
    except ImportError:  # pragma: no cover - depends on the environment
        return json.loads
    return orjson.loads


def load_claims(path: str | os.PathLike[str]) -> list[Any]:
    r"""
    Read claim JSONL (one claim a line, the ``claimrec.report/1`` claim shape) into ``Claim`` objects.

    Args:
        path: The file.

    Returns:
        The claims, in file order.

    Raises:
        IngestError: Some lines are not claims; ``errors`` lists every one of them.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> _ = p.write_text('{"id": "c1", "document": "d1", "type": "responsibility", '
    ...                  '"stance": "claimed", "actor": "X", "span": [0, 1], "attribution": {"kind": "none"}}\n')
    >>> [c.id for c in load_claims(p)]
    ['c1']
    """
    from claimrec.report.codec import decode_claim  # noqa: PLC0415 - stages load on first use

    loads = _loads()
    claims: list[Any] = []
    errors: list[ClaimrecError] = []
    first_line: dict[str, int] = {}
    with Path(path).open("rb") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                claim = decode_claim(claim_row(loads(line)))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                errors.append(_line_error(path, number, exc))
                continue
            if claim.id in first_line:
                errors.append(_duplicate_error(str(path), number, claim.id, first_line[claim.id]))
                continue
            first_line[claim.id] = number
            claims.append(claim)
    if errors:
        msg = f"{len(errors)} of the lines of {str(path)!r} are not claims; see .errors"
        raise IngestError(msg, tuple(errors))
    return claims


def claim_row(value: object) -> Mapping[str, Any]:
    """
    Check that one decoded claim line has the claim shape ``claim_key`` reads; return it.

    Raises:
        InvalidTypeError: The line is not a JSON object, or its ``mention`` is not one.
        InvalidValueError: Its ``id`` or ``document`` is not a non-empty string.

    >>> claim_row([1, 2])
    Traceback (most recent call last):
    ...
    claimrec.errors.InvalidTypeError: a claim line must be a JSON object; got a JSON array [1, 2]
    """
    if not isinstance(value, dict):
        kind = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
        shown = "null" if value is None else kind.get(type(value), type(value).__name__)
        msg = f"a claim line must be a JSON object; got a JSON {shown} {_cut(value)}"
        raise InvalidTypeError(msg)
    for name in ("id", "document"):
        if not isinstance(value.get(name), str) or not value[name]:
            msg = (
                f"the claim field {name!r} must be a non-empty string; got {_cut(value.get(name))}"
            )
            raise InvalidValueError(msg)
    mention = value.get("mention")
    if mention is not None and not isinstance(mention, dict):
        msg = f"the claim field 'mention' must be a JSON object or null; got {_cut(mention)}"
        raise InvalidTypeError(msg)
    return value


def _cut(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _line_error(path: str | os.PathLike[str], number: int, exc: Exception) -> ClaimrecError:
    return InvalidDocumentError(
        f"line {number} is not a claim: {type(exc).__name__}: {exc}", path=str(path), line=number
    )


def _duplicate_error(path: str, number: int, claim: str, first: int) -> ClaimrecError:
    return InvalidDocumentError(
        f"line {number} repeats the claim id {claim!r} of line {first}; skipped it",
        path=str(path),
        line=number,
        field="id",
    )


# --------------------------------------------------------------------------- local engine


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic collector: millions of acyclic records make its passes quadratic."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Plan(NamedTuple):
    """What the parent computes before resolution fans out."""

    offsets: Any  # numpy array of line starts and ends
    keys: list[ClaimKey]
    claim_event: dict[str, str | None]
    profile_of: dict[str, str | None]
    groups: list[list[int]]  # claim indices per resolution group
    profile_by_key: dict[str, Profile]
    document_event: dict[str, str | None]
    profiles: int
    events: int
    pairs: int


def _shard(groups: Sequence[Sequence[int]], processes: int) -> list[list[int]]:
    """Assign groups to processes, largest first, to the least loaded (deterministic)."""
    loads = [(0, i) for i in range(processes)]
    shards: list[list[int]] = [[] for _ in range(processes)]
    for g in sorted(range(len(groups)), key=lambda g: (-len(groups[g]), g)):
        load, i = heapq.heappop(loads)
        shards[i].append(g)
        heapq.heappush(loads, (load + len(groups[g]), i))
    return shards


def _run_shard(  # noqa: PLR0917 - the worker entry point, all positional for Process
    path: str,
    plan: _Plan,
    group_ids: Sequence[int],
    out_dir: str,
    tag: int,
    options: ScaleOptions,
) -> None:
    """Resolve some groups; each batch writes one sorted run file per section (bounded memory)."""
    loads = _loads()
    gc.disable()
    runs = 0
    with Path(path).open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        batch: list[int] = []

        def flush() -> None:
            nonlocal runs
            rows = [loads(mm[plan.offsets[i, 0] : plan.offsets[i, 1]]) for i in batch]
            records: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for section, key, text in resolve_group(
                rows,
                plan.claim_event,
                plan.profile_of,
                options=options,
                profiles=plan.profile_by_key,
            ):
                records[section].append((key, text))
            for section, items in records.items():
                items.sort()
                with Path(out_dir, f"{section}.{tag}.{runs}").open("w", encoding="utf-8") as out:
                    out.writelines(f"{key}\t{text}\n" for key, text in items)
            runs += 1
            batch.clear()

        for g in group_ids:
            batch.extend(plan.groups[g])
            if len(batch) >= 50000:
                flush()
        if batch:
            flush()


#: What forked parse workers read: path, file bytes, line starts, line ends.
_SHARED: list[Any] = []


def _parse_range(
    chunk: tuple[int, int],
) -> tuple[list[tuple[int, tuple[Any, ...]]], list[ClaimrecError]]:
    """The claim keys of lines ``chunk[0]`` to ``chunk[1]`` of the shared file, strings shared."""
    path, data, starts, ends = _SHARED
    loads = _loads()
    found: list[tuple[int, tuple[Any, ...]]] = []
    errors: list[ClaimrecError] = []
    shared: dict[str, str] = {}
    for i in range(*chunk):
        line = data[starts[i] : ends[i]]
        if not line.strip():
            continue
        try:
            k = claim_key(claim_row(loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            errors.append(_line_error(path, i + 1, exc))
            continue
        found.append(
            (
                i,
                (
                    k.id,
                    shared.setdefault(k.document, k.document),
                    k.focus,
                    k.eventful,
                    shared.setdefault(k.place, k.place),
                    shared.setdefault(k.location, k.location),
                    k.day,
                    k.precision,
                    shared.setdefault(k.kind, k.kind),
                ),
            )
        )
    return found, errors


def _plan(
    path: str,
    options: ScaleOptions,
    say: Callable[[str, float, Mapping[str, Any]], None],
    processes: int,
) -> tuple[_Plan, list[ClaimrecError]]:
    import numpy as np  # noqa: PLC0415 - heavy imports stay lazy

    start = time.perf_counter()
    with Path(path).open("rb") as f:
        data = f.read()
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
    starts = np.concatenate(([0], ends + 1))
    ends = np.concatenate((ends, [len(data)]))
    n = len(starts)
    chunks = [(n * w // processes, n * (w + 1) // processes) for w in range(processes)]
    _SHARED[:] = [path, data, starts.tolist(), ends.tolist()]
    if processes > 1 and n > 50000:
        import multiprocessing  # noqa: PLC0415

        with multiprocessing.get_context("fork").Pool(processes) as pool:
            parts = pool.map(_parse_range, chunks)
    else:
        parts = [_parse_range(chunk) for chunk in chunks]
    _SHARED.clear()
    del data
    keys: list[ClaimKey] = []
    kept: list[int] = []
    errors: list[ClaimrecError] = []
    first_line: dict[str, int] = {}
    for found, problems in parts:
        errors.extend(problems)
        for i, k in found:
            if k[0] in first_line:  # a repeated claim id: the first line stands
                errors.append(_duplicate_error(path, i + 1, k[0], first_line[k[0]]))
                continue
            first_line[k[0]] = i + 1
            kept.append(i)
            keys.append(ClaimKey._make(k))
    del parts, first_line
    errors.sort(key=lambda e: getattr(e, "line", 0) or 0)
    offsets = np.stack((starts[kept], ends[kept]), axis=1)
    say("load", time.perf_counter() - start, {"items": len(keys)})

    start = time.perf_counter()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_doc[k.document].append(i)
    profiles: list[Profile] = []
    profile_of: dict[str, str | None] = {}
    for doc in sorted(by_doc):
        ps, of = profiles_of_document([keys[i] for i in by_doc[doc]])
        profiles.extend(ps)
        profile_of.update(of)
    del by_doc
    partitions: dict[tuple[str, int], list[Profile]] = defaultdict(list)
    for p in profiles:
        for part in partitions_of(p, options=options):
            partitions[part].append(p)
    say(
        "block",
        time.perf_counter() - start,
        {"items": len(profiles), "partitions": len(partitions)},
    )

    start = time.perf_counter()
    edges: set[tuple[str, str]] = set()
    candidates: set[tuple[str, str]] = set()
    pairs = 0
    for part in sorted(partitions):
        linked, compared = match_partition(partitions[part], options=options)
        edges.update(linked)
        fits, tried = attach_candidates(partitions[part], options=options)
        candidates.update(fits)
        pairs += compared + tried
    del partitions
    say("match", time.perf_counter() - start, {"items": len(profiles), "candidate_pairs": pairs})

    start = time.perf_counter()
    event_of = attach_profiles(connected_events(profiles, sorted(edges)), sorted(candidates))
    n_events = len(set(event_of.values()))
    claim_event = {
        cid: (event_of[key] if key is not None else None) for cid, key in profile_of.items()
    }
    groups_by: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        event = claim_event[k.id]
        groups_by[
            event if event is not None else f"none:{zlib.crc32(k.document.encode()) % 64}"
        ].append(i)
    say(
        "cluster",
        time.perf_counter() - start,
        {"items": len(profiles), "edges": len(edges), "events": n_events},
    )
    plan = _Plan(
        offsets=offsets,
        keys=keys,
        claim_event=claim_event,
        profile_of=profile_of,
        groups=[groups_by[g] for g in sorted(groups_by)],
        profile_by_key={p.key: p for p in profiles},
        document_event={k.document: event_of.get(k.document) for k in keys},
        profiles=len(profiles),
        events=n_events,
        pairs=pairs,
    )
    return plan, errors


def reconcile_claims(
    path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    options: ScaleOptions = DEFAULT_OPTIONS,
    processes: int | None = None,
    progress: Callable[[str, float, Mapping[str, Any]], None] | None = None,
) -> ScaleStats:
    """
    Reconcile a claim JSONL file into ``claimrec.report/1`` JSON, streaming, on local processes.

    Args:
        path: Claim JSONL (the ``claimrec.report/1`` claim shape, one claim a line).
        out: Where to write the report JSON.
        options: Matching and resolution options.
        processes: Worker processes for resolution (default: the CPU count, at most 2 per GiB).
        progress: Called after each stage with its name, seconds and counts.

    Returns:
        Counts and the seconds each stage took.
    """
    import multiprocessing  # noqa: PLC0415 - only the local engine needs it

    stages: list[tuple[str, float]] = []

    def say(stage: str, seconds: float, counts: Mapping[str, Any]) -> None:
        stages.append((stage, seconds))
        if progress is not None:
            progress(stage, seconds, counts)

    path = str(path)
    with _no_gc():
        n = max(1, processes or os.cpu_count() or 1)
        plan, errors = _plan(path, options, say, n)
        start = time.perf_counter()
        shards = _shard(plan.groups, n)
        with tempfile.TemporaryDirectory(prefix="claimrec-") as tmp:
            if n == 1:
                _run_shard(path, plan, shards[0], tmp, 0, options)
            else:
                gc.freeze()
                ctx = multiprocessing.get_context("fork")
                workers = [
                    ctx.Process(target=_run_shard, args=(path, plan, shards[i], tmp, i, options))
                    for i in range(n)
                ]
                for w in workers:
                    w.start()
                for w in workers:
                    w.join()
                gc.unfreeze()
                failed = [w.exitcode for w in workers if w.exitcode != 0]
                if failed:
                    msg = f"a resolution worker failed with exit codes {failed!r}"
                    raise RuntimeError(msg)
            say("resolve", time.perf_counter() - start, {"items": len(plan.keys)})
            start = time.perf_counter()
            files = {s: sorted(Path(tmp).glob(f"{s}.*")) for s in SECTIONS}
            with Path(out).open("w", encoding="utf-8") as dest:
                sections: dict[str, Iterable[str]] = {s: _merged(files[s]) for s in SECTIONS}
                sections["documents"] = (
                    document_record(d, plan.document_event[d]) for d in sorted(plan.document_event)
                )
                write_report(dest, sections, errors)
            say("write", time.perf_counter() - start, {"items": len(plan.keys)})
    return ScaleStats(
        claims=len(plan.keys),
        profiles=plan.profiles,
        events=plan.events,
        candidate_pairs=plan.pairs,
        stages=tuple(stages),
        errors=tuple(errors),
    )


def _merged(paths: Sequence[Path]) -> Iterator[str]:
    """The records of several sorted ``key<TAB>json`` files, merged by key."""
    handles = [p.open(encoding="utf-8") for p in paths]
    try:

        def split(line: str) -> tuple[str, str]:
            key, _, text = line.rstrip("\n").partition("\t")
            return key, text

        streams = [(split(line) for line in h) for h in handles]
        for _, text in heapq.merge(*streams):
            yield text
    finally:
        for h in handles:
            h.close()
