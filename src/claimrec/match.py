"""
Stage 3: group documents and claims into real-world events (blocking, scoring, clustering).

Every document gets a **main event**, profiled from its headline and lead: the
places named there (datelines, "in <Place>", "<Place> police"), resolved in the
gazetteer, the day of the event (``claimrec.link.dates``: the date next to the event
word, or only a bound when the lead dates a later development), the event kind,
casualty counts, and its rare words. Claims, when given, add their mentions'
places, kinds, counts and actors.

Claims whose mention has focus ``other`` (a past attack recalled as background,
a retaliation) become separate profiles keyed ``"<document>#<n>"``: they may join
another document's main event, never their own document's; one with neither a
place nor a date attaches to no event (None). "Three days after a bombing" dates
the recalled event from the document's own event day. A recall on the day of the
document's own event that names its place or its kind and no other (a follow-up
telling its event from a later development: "arrested two men on Tuesday over
Sunday's shooting") is the document's main event; one that agrees on the day
alone attaches to None. Claims of scope ``cumulative`` or
``standing`` ("62 injuries since October 17", "2,500 troops in Iraq") are not
about any one event and attach to None.

Up to 20 profiles (a story of a handful of reports), every pair is scored. Beyond
that, candidate pairs come from blocking (place key × week, rare word × month, and
place or rare word alone for undated reports; oversized blocks fall back to a
sorted neighbourhood), so the cost grows near-linearly. Places many profiles
name (a street name many towns share) are weighted down by their specificity
and do not block when a report names a more telling place. Each candidate pair
is scored by the matchers (weighted mean of the features that have evidence).
Clustering is constrained average linkage: pairs are merged best first, two
clusters merge only when no pair across them is vetoed (different days, a
weekday that disagrees, a shared document) and their mean pairwise score clears
the threshold, so A~B and B~C never drag incompatible A and C together. Reports
with no date, and recalled events that name no place, are attached last, to the
dated cluster they fit best, and only when it beats the runner-up by a clear
margin; otherwise they group among themselves.
An event is located at the most specific place its reports and claims name (a
base or a town rather than its country or province).

The stages live in ``claimrec.link``: ``profile`` (profiles), ``blocking``
(candidate pairs), ``cluster`` (pair scoring, known links, clustering), ``events``
(events from clusters), ``dates`` and ``places``; this module is the public entry.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from attrs import field, frozen

from claimrec import _checks
from claimrec._gc import collector_paused
from claimrec._packed import PackedPairs
from claimrec.link.blocking import candidate_packed, candidate_pairs
from claimrec.link.candidates import Candidate, candidates_frame
from claimrec.link.cluster import (
    NO_KNOWN_LINKS,
    Clusters,
    KnownLinks,
    PairScorer,
    cluster,
)
from claimrec.link.events import build_event
from claimrec.link.profile import profile_documents
from claimrec.matchers import (
    DEFAULT_MATCHERS,
    EventProfile,
    Matcher,
)
from claimrec.model import Claim, Document, Event

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EventMatching", "Match", "candidate_pairs", "match_events", "profile_documents"]

# --------------------------------------------------------------------------- public values


@frozen
class Match:
    """
    One scored pair of profiles, with the per-feature scores that produced it.

    >>> m = Match("a", "b", 0.91, {"place": 0.95, "date": 1.0, "kind": 1.0})
    >>> m.explain()
    'place 0.95, date 1.00, kind 1.00 -> 0.91'
    """

    left: str = field(validator=_checks.instance_of(str))
    right: str = field(validator=_checks.instance_of(str))
    score: float = field(validator=_checks.finite)
    features: Mapping[str, float | None] = field(
        factory=dict, repr=False, hash=False, validator=_checks.instance_of(Mapping)
    )

    def explain(self) -> str:
        """
        The features as a waterfall, ``None`` shown as "unknown", then the combined score.

        Returns:
            A one-line explanation.
        """
        parts = [
            f"{name} unknown" if value is None else f"{name} {value:.2f}"
            for name, value in self.features.items()
        ]
        return f"{', '.join(parts)} -> {self.score:.2f}"


@frozen
class EventMatching:
    """
    The result of matching: events, the main event of every document, the event of every claim.

    >>> EventMatching(events=(), document_event={}, claim_event={}, matches=())
    EventMatching(events=0, document_event=0, claim_event=0, matches=0)
    """

    events: tuple[Event, ...] = field(
        repr=lambda v: str(len(v)), converter=_checks.to_tuple, validator=_checks.tuple_of(Event)
    )
    document_event: Mapping[str, str] = field(
        repr=lambda v: str(len(v)), hash=False, validator=_checks.instance_of(Mapping)
    )
    claim_event: Mapping[str, str | None] = field(
        repr=lambda v: str(len(v)), hash=False, validator=_checks.instance_of(Mapping)
    )
    matches: tuple[Match, ...] = field(
        repr=lambda v: str(len(v)), converter=_checks.to_tuple, validator=_checks.tuple_of(Match)
    )
    candidate_pairs: int = field(default=0, repr=False, validator=_checks.non_negative_int())
    pair_source: Callable[[], tuple[Candidate, ...]] | None = field(
        default=None, repr=False, eq=False, hash=False
    )

    @property
    def pairs(self) -> tuple[Candidate, ...]:
        """
        Every candidate pair blocking proposed and the matchers scored, rejected ones included.

        Each ``Candidate`` has its score, the threshold, the decision (see
        ``claimrec.link.candidates.DECISIONS``) and ``explain()``; computed on first
        use (the features of every pair are scored again), ordered by profile keys.
        """
        return self.pair_source() if self.pair_source is not None else ()

    def pairs_frame(self) -> pd.DataFrame:
        """``pairs`` as a pandas DataFrame (see ``claimrec.link.candidates.candidates_frame``)."""
        return candidates_frame(self.pairs)

    def near_misses(self, within: float = 0.1) -> tuple[Candidate, ...]:
        """
        Pairs left apart that fell short of the threshold by less than *within*, best first.

        >>> EventMatching(events=(), document_event={}, claim_event={}, matches=()).near_misses()
        ()
        """
        missed = [c for c in self.pairs if c.near_miss(within)]
        return tuple(sorted(missed, key=lambda c: (-c.score, c.left, c.right)))

    def event(self, event_id: str) -> Event:
        """
        The event with id *event_id*.

        Raises:
            KeyError: No event has that id.
        """
        for ev in self.events:
            if ev.id == event_id:
                return ev
        msg = f"no event with id {event_id!r}; known ids start with {[e.id for e in self.events[:3]]!r}"
        raise KeyError(msg)


#: Up to this many profiles, every pair is scored (at most 190 pairs), whatever blocking says.
_ALL_PAIRS: Final = 20


def match_events(
    documents: Sequence[Document],
    claims: Sequence[Claim] = (),
    *,
    matchers: Sequence[Matcher] = DEFAULT_MATCHERS,
    threshold: float = 0.62,
    margin: float = 0.08,
    max_block: int = 40,
    known: KnownLinks = NO_KNOWN_LINKS,
    progress: Callable[[int, int], None] | None = None,
) -> EventMatching:
    """
    Group documents and claims into events.

    Args:
        documents: The documents; each gets a main event.
        claims: Their claims (optional); mentions with focus ``other`` may form other events.
        matchers: The feature scorers (see ``claimrec.matchers``).
        threshold: The mean pairwise score two clusters need to merge.
        margin: How much better than the runner-up cluster an undated report's best fit must be.
        max_block: Blocks larger than this are compared by sorted neighbourhood.
        known: Pairs of documents known to be one event or not, or known incident
            ids (``claimrec.link.cluster.KnownLinks``); they override the matchers.
        progress: Called as ``progress(scored, total)`` while candidate pairs are
            scored (every few thousand pairs and once at the end), for a progress bar.

    Returns:
        The events, each document's main event, each claim's event (or None), the
        accepted pairwise matches, and every scored candidate pair (``pairs``).

    >>> a = Document("a", "FAIRHAVEN — Gunmen wounded five people Sunday on Linden Street.",
    ...              title="Five wounded in Fairhaven shooting", published="2014-01-12")
    >>> b = Document("b", "Police said five people were wounded early Sunday on Linden Street in Fairhaven.",
    ...              title="5 hurt in Fairhaven shooting on Linden Street", published="2014-01-13")
    >>> m = match_events([a, b])
    >>> m.document_event["a"] == m.document_event["b"], len(m.events)
    (True, 1)
    """
    _checks.sequence(documents, Document, "match_events() documents")
    _checks.sequence(claims, Claim, "match_events() claims")
    _checks.sequence(matchers, Matcher, "match_events() matchers")
    _checks.number(threshold, "match_events() threshold", high=1.0)
    _checks.number(margin, "match_events() margin", high=1.0)
    _checks.whole(max_block, "match_events() max_block", low=1)
    with collector_paused():  # matching makes no reference cycles (see claimrec._gc)
        return _match(
            documents,
            claims,
            matchers=matchers,
            threshold=threshold,
            margin=margin,
            max_block=max_block,
            known=known,
            progress=progress,
        )


def _match(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    *,
    matchers: Sequence[Matcher],
    threshold: float,
    margin: float,
    max_block: int,
    known: KnownLinks,
    progress: Callable[[int, int], None] | None,
) -> EventMatching:
    """``match_events`` on checked arguments."""
    profiles, claim_profile = profile_documents(documents, claims)
    n = len(profiles)
    score = PairScorer(profiles, matchers, known=known)
    forced = sorted(set(_forced_pairs(profiles, known)) | set(_copy_pairs(profiles, documents)))
    extra = [i << 32 | j for i, j in forced]  # one int a pair: i << 32 | j
    if n <= _ALL_PAIRS:
        # a handful of reports costs nothing to compare in full, and a report that names
        # no place or shares no rare word with the others still meets them
        extra.extend(i << 32 | j for i, j in itertools.combinations(range(n), 2))
        packed = PackedPairs.of_keys(set(extra), n)
    else:  # sorted, 8 bytes a pair: kept to explain the pairs
        packed = candidate_packed(profiles, max_block=max_block, extra=extra)
    del extra
    # in index order: neighbouring profiles are scored together (a third faster than set order);
    # best first, the scores kept in arrays beside the packed pairs
    edges = score.scored(packed, progress, every=_PROGRESS_EVERY)
    # a recall that names no place joins an event after the reports, never keeping two apart
    unplaced = frozenset(i for i, p in enumerate(profiles) if p.focus != "main" and not p.places)
    undated = {i for i, p in enumerate(profiles) if not p.dated} | unplaced
    clusters = cluster(
        n,
        edges,
        score,
        threshold=threshold,
        margin=margin,
        undated=undated,
        forced=forced,
        last=unplaced,
    )
    matches = _matches(edges, clusters, profiles, score, threshold)
    # clustering is done: let go of the edges and the pairs' scores (a memo of ``score``,
    # which scores a pair again when explained) before events, resolution and writing
    del edges
    score.forget()
    mentioned = _mentioned(claims, claim_profile)
    events: list[Event] = []
    profile_event: dict[str, str] = {}
    for members in clusters.members.values():
        ev = build_event([profiles[i] for i in members], mentioned)
        events.append(ev)
        for i in members:
            profile_event[profiles[i].key] = ev.id
    del mentioned
    cache: list[tuple[Candidate, ...]] = []

    def explain_pairs() -> tuple[Candidate, ...]:
        if not cache:
            cache.append(_candidates(profiles, packed, score, clusters, threshold))
        return cache[0]

    return EventMatching(
        events=tuple(sorted(events, key=lambda e: e.id)),
        document_event={p.key: profile_event[p.key] for p in profiles if p.focus == "main"},
        claim_event={
            c: (profile_event[k] if k is not None else None) for c, k in claim_profile.items()
        },
        matches=tuple(matches),
        candidate_pairs=len(packed),
        pair_source=explain_pairs,
    )


def _matches(
    edges: Iterable[tuple[float, int, int]],
    clusters: Clusters,
    profiles: Sequence[EventProfile],
    score: PairScorer,
    threshold: float,
) -> list[Match]:
    """The edges that clear *threshold* inside one cluster, as matches ordered by their keys."""
    matches = []
    for s, i, j in edges:
        if s >= threshold and clusters.find(i) == clusters.find(j):
            a, b = sorted((profiles[i].key, profiles[j].key))
            matches.append(Match(a, b, s, score.lazy_features(i, j)))
    matches.sort(key=lambda m: (m.left, m.right))
    return matches


def _mentioned(
    claims: Iterable[Claim], claim_profile: Mapping[str, str | None]
) -> dict[str, Counter[str]]:
    """Profile key -> how often its claims' mentions name each place (spaces normalised)."""
    mentioned: dict[str, Counter[str]] = defaultdict(Counter)
    spelled: dict[str, str] = {}  # one string per way of naming a place, not one per claim
    for claim in claims:
        key = claim_profile.get(claim.id)
        location = claim.mention.location
        if key is not None and location:
            name = spelled.get(location)
            if name is None:
                name = spelled[location] = " ".join(location.split())
            mentioned[key][name] += 1
    return mentioned


#: Scored pairs between two calls of ``match_events``'s *progress*.
_PROGRESS_EVERY: Final = 4096


def _copy_pairs(
    profiles: Sequence[EventProfile], documents: Sequence[Document]
) -> list[tuple[int, int]]:
    """
    Index pairs of main profiles whose documents are copies: the same title, text and date.

    A copy reports what its original reports (a wire story under several ids, a page
    crawled twice), so copies are one event even where blocking caps a crowded block.
    The same text published on other days may tell another event ("on Monday" is
    another Monday), so the publication date is part of what makes a copy. Each copy
    is paired with the first of its group: the pairs are linear in number.
    """
    text_of = {d.id: (d.title or "", d.text, str(d.published)) for d in documents}
    first: dict[tuple[str, str, str], int] = {}
    pairs: list[tuple[int, int]] = []
    for i, p in enumerate(profiles):
        content = text_of.get(p.key) if p.focus == "main" else None
        if content is None or not content[1].strip():
            continue
        j = first.setdefault(content, i)
        if j != i:
            pairs.append((j, i))
    return pairs


def _forced_pairs(profiles: Sequence[EventProfile], known: KnownLinks) -> list[tuple[int, int]]:
    """The index pairs of main profiles known to be one event (must-links, shared incident ids)."""
    if not known:
        return []
    index = {p.key: i for i, p in enumerate(profiles) if p.focus == "main"}
    links = [(a, b) for a, b in known.must if a in index and b in index and a != b]
    first: dict[str, str] = {}
    for doc, incident in sorted(known.incidents.items()):
        if doc in index:
            links.append((first.setdefault(incident, doc), doc))
    return sorted({tuple(sorted((index[a], index[b]))) for a, b in links if a != b})  # type: ignore[misc]


def _candidates(
    profiles: Sequence[EventProfile],
    pairs: Iterable[tuple[int, int]],
    score: PairScorer,
    clusters: Clusters,
    threshold: float,
) -> tuple[Candidate, ...]:
    """Every scored pair with its features and what clustering decided."""
    out = []
    for i, j in pairs:
        s, vetoed = score(i, j)
        same = clusters.find(i) == clusters.find(j)
        if vetoed:
            decision = "vetoed"
        elif same:
            decision = "linked" if s >= threshold else "linked through others"
        else:
            decision = "kept apart" if s >= threshold else "below threshold"
        a, b = profiles[i], profiles[j]
        known = score.known.decide(a.key, b.key) if score.known else None
        left, right = sorted((a.key, b.key))
        out.append(Candidate(left, right, s, threshold, decision, score.features(i, j), known))
    return tuple(sorted(out, key=lambda c: (c.left, c.right)))
