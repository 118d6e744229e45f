"""Scoring candidate pairs with the matchers, and constrained average-linkage clustering."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter, itemgetter
from typing import Any, Final, Protocol

from attrs import Factory, field, frozen

from claimrec._packed import PackedPairs

try:  # scoring with columns needs numpy; without it every pair is scored on its own
    from claimrec.link import columns as _columns
except ImportError:  # pragma: no cover - numpy is installed with the scale and frames extras
    _columns = None  # type: ignore[assignment]
from claimrec.matchers import (
    RARE_KINDS,
    ActorMatcher,
    AirGroundMatcher,
    ApartMatcher,
    DateMatcher,
    EventProfile,
    KindMatcher,
    Matcher,
    PlaceMatcher,
    RareKindMatcher,
    RegionMatcher,
    SiteMatcher,
    StreetMatcher,
)

__all__ = [
    "NO_KNOWN_LINKS",
    "Clusters",
    "KnownLinks",
    "PairScorer",
    "best_first",
    "cluster",
    "pair_key",
]

# --------------------------------------------------------------------------- scoring


@frozen
class KnownLinks:
    """
    What the user already knows: pairs that are one event, pairs that are not, incident ids.

    ``must`` pairs are linked whatever the matchers say; ``cannot`` pairs are never
    in one event; two documents with different ``incidents`` ids are never in one
    event and two with the same id are linked.

    >>> known = KnownLinks(must=(("a", "b"),), incidents={"c": "x", "d": "y"})
    >>> known.decide("b", "a"), known.decide("c", "d"), known.decide("a", "c")
    ('must', 'cannot', None)
    """

    must: tuple[tuple[str, str], ...] = ()
    cannot: tuple[tuple[str, str], ...] = ()
    incidents: Mapping[str, str] = field(factory=dict, hash=False)
    _index: dict[frozenset[str], str] = field(
        init=False,
        repr=False,
        eq=False,
        hash=False,
        default=Factory(lambda self: _pair_index(self.must, self.cannot), takes_self=True),
    )

    def __bool__(self) -> bool:
        return bool(self.must or self.cannot or self.incidents)

    def decide(self, a: str, b: str) -> str | None:
        """``must``, ``cannot`` or None (the matchers decide) for documents *a* and *b*."""
        known = self._index.get(frozenset((a, b)))
        if known is not None:
            return known
        ia, ib = self.incidents.get(a), self.incidents.get(b)
        if ia is None or ib is None:
            return None
        return "must" if ia == ib else "cannot"


def _pair_index(
    must: Sequence[tuple[str, str]], cannot: Sequence[tuple[str, str]]
) -> dict[frozenset[str], str]:
    """Each known pair, unordered, with its decision (``must`` wins over ``cannot``)."""
    index = {frozenset(p): "cannot" for p in cannot}
    index.update({frozenset(p): "must" for p in must})
    return index


NO_KNOWN_LINKS: Final = KnownLinks()


class _Pairs(Protocol):
    """Index pairs that know how many they are (a list, ``claimrec._packed.PackedPairs``)."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[tuple[int, int]]: ...


#: The score of a vetoed pair.
_VETOED: Final = (0.0, True)
#: The low half of a pair key: its larger index (``pair_key``).
_LOW: Final = (1 << 32) - 1
#: From how many pairs ``PairScorer.scored`` scores with numpy unless told.
_COLUMNS_FROM: Final = 4096


def pair_key(i: int, j: int) -> int:
    """
    The key of pair (i, j) in ``PairScorer.cache``: one int, the smaller index in its high half.

    A million pairs keyed by tuples cost a tuple each besides the dict's slot; an int
    key costs less and is read straight from ``claimrec._packed.PackedPairs``.

    >>> pair_key(3, 5) == pair_key(5, 3) == 3 << 32 | 5
    True
    """
    return i << 32 | j if i < j else j << 32 | i


def _keys(pairs: _Pairs) -> Iterable[int]:
    """
    Each pair ``(i, j)`` of *pairs* as ``i << 32 | j``, in their order; read straight from packed pairs.

    The smaller index is not put first (``PairScorer.edges`` does).

    >>> list(_keys([(1, 0), (0, 2)])) == [1 << 32 | 0, 0 << 32 | 2]
    True
    """
    if isinstance(pairs, PackedPairs):
        return pairs.words()
    return (p << 32 | q for p, q in pairs)


@frozen
class PairScorer:
    """
    Scores profile pairs; caches only the score and the veto of each pair.

    The per-feature scores of a pair are recomputed by ``features`` when a match
    is explained, so memory holds two numbers per scored pair, not a dict. A pair
    needs positive evidence to score above 0.0: a matcher whose ``positive``
    attribute is True (the place and context matchers, and any matcher of the
    user's that does not say otherwise and is no veto) must score above 0.0. Known links
    (``KnownLinks``) override the matchers: ``must`` scores 1.0, ``cannot`` is vetoed.

    >>> from claimrec.matchers import EventProfile, DEFAULT_MATCHERS
    >>> a = EventProfile(key="a", document="a", places=("elgin",))
    >>> b = EventProfile(key="b", document="b", places=("elgin",))
    >>> PairScorer([a, b], DEFAULT_MATCHERS)(0, 1)
    (1.0, False)
    """

    profiles: Sequence[EventProfile]
    matchers: Sequence[Matcher]
    #: each scored pair's score and veto, keyed by ``pair_key(i, j)`` (one int, not a tuple)
    cache: dict[int, tuple[float, bool]] = field(factory=dict)
    known: KnownLinks = NO_KNOWN_LINKS
    _plan: _Plan = field(
        init=False,
        repr=False,
        eq=False,
        default=Factory(lambda self: _Plan.of(self.matchers), takes_self=True),
    )
    # one tuple per distinct (score, veto): scores have four decimals, pairs are millions
    _hits: dict[tuple[float, bool, bool], tuple[float, bool]] = field(
        init=False, repr=False, eq=False, factory=dict
    )
    # the plan's matchers that read few fields, their values per distinct pair of those fields
    _memos: tuple[_Memo, ...] = field(
        init=False,
        repr=False,
        eq=False,
        default=Factory(lambda self: _Memo.all_of(self._plan, self.profiles), takes_self=True),
    )
    # the scores of the candidate pairs ``scored`` scored (one table, or none), read before ``cache``
    _table: list[_Table] = field(init=False, repr=False, eq=False, factory=list)

    def __call__(self, i: int, j: int) -> tuple[float, bool]:
        """Score of pair (i, j) and whether it is vetoed."""
        if i > j:
            i, j = j, i
        if self._table:
            hit = self._table[0].get(i, j)
            if hit is not None:
                return hit
        return self._cached(i, j)

    def _cached(self, i: int, j: int) -> tuple[float, bool]:
        """The score and veto of pair (i, j), ``i < j``, not in the table: from ``cache``, or scored and kept."""
        key = i << 32 | j
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = self._fresh(i, j)
        return hit

    def mean(self, left: Sequence[int], right: Sequence[int]) -> float | None:
        """
        The mean score of every pair of one of *left* and one of *right*; None when one is vetoed or none.

        Pairs are read as calling the scorer does (the table of ``scored``, then ``cache``),
        with the table's look-up inline, and summed in order.

        >>> from claimrec.matchers import EventProfile, DEFAULT_MATCHERS
        >>> ps = [EventProfile(key=k, document=k, places=(p,)) for k, p in zip("abc", ["elgin"] * 2 + ["aurora"])]
        >>> scorer = PairScorer(ps, DEFAULT_MATCHERS)
        >>> _ = scorer.scored(PackedPairs([(0, 1)], 3))
        >>> scorer.mean([0], [1, 2]), scorer.mean([], [1])
        (0.5, None)
        """
        if not self._table:
            return self._mean_of(((i, j) for i in left for j in right), self)
        table = self._table[0]
        words, kinds, hits, starts = table.words, table.kinds, table.hits, table.starts
        total, count = 0.0, 0
        for i in left:
            for j in right:
                a, b = (i, j) if i < j else (j, i)
                lo, hi = starts[a], starts[a + 1]
                key = a << 32 | b
                at = bisect_left(words, key, lo, hi)
                s, vetoed = hits[kinds[at]] if at < hi and words[at] == key else self._cached(a, b)
                if vetoed:
                    return None
                total += s
                count += 1
        return total / count if count else None

    @staticmethod
    def _mean_of(
        pairs: Iterable[tuple[int, int]], score: Callable[[int, int], tuple[float, bool]]
    ) -> float | None:
        """The mean score of *pairs*, None when one is vetoed or there is none."""
        total, count = 0.0, 0
        for i, j in pairs:
            s, vetoed = score(i, j)
            if vetoed:
                return None
            total += s
            count += 1
        return total / count if count else None

    def forget(self) -> None:
        """
        Let go of every kept score (``cache`` and the table of ``scored``); pairs are scored again when asked.

        >>> from claimrec.matchers import EventProfile, DEFAULT_MATCHERS
        >>> ps = [EventProfile(key=k, document=k, places=("elgin",)) for k in "ab"]
        >>> scorer = PairScorer(ps, DEFAULT_MATCHERS)
        >>> scorer.scored(PackedPairs([(0, 1)], 2)), scorer(0, 1)
        ([(1.0, 0, 1)], (1.0, False))
        >>> scorer.forget()
        >>> scorer(0, 1), len(scorer.cache)
        ((1.0, False), 1)
        """
        self.cache.clear()
        self._table.clear()

    def _fresh(self, i: int, j: int) -> tuple[float, bool]:
        """The score and veto of pair (i, j), ``i < j``, computed (the one tuple kept for it)."""
        a, b = self.profiles[i], self.profiles[j]
        if a.document == b.document or self.known:
            return self._shared(self._score(i, j, explain=False)[::2])
        what, where, when = self._memos
        t = when.values(a, b, i, j)  # when first: it holds the date veto
        if t[0]:
            return _VETOED
        return self._shared(
            self._plan.score(a, b, (what.values(a, b, i, j), where.values(a, b, i, j), t))
        )

    def _shared(self, hit: tuple[float, bool]) -> tuple[float, bool]:
        """The one tuple kept for *hit*'s score and veto (-0.0 apart from 0.0)."""
        return self._hits.setdefault((*hit, math.copysign(1.0, hit[0]) > 0), hit)

    def edges(
        self,
        pairs: _Pairs,
        progress: Callable[[int, int], None] | None = None,
        *,
        every: int = 4096,
    ) -> list[tuple[float, int, int]]:
        """
        Score every pair of *pairs* as calling the scorer does; the pairs that can link.

        One loop instead of a call per pair, for the millions of pairs blocking
        proposes: the scores (and the cache) are the same.

        Args:
            pairs: Index pairs.
            progress: Called as ``progress(scored, total)`` every *every* pairs and at the end.
            every: How many pairs between two calls of *progress*.

        Returns:
            ``(score, i, j)`` of every pair not vetoed that scores above 0.0, with
            ``i < j``, in the order of *pairs*.

        >>> from claimrec.matchers import EventProfile, DEFAULT_MATCHERS
        >>> ps = [EventProfile(key=k, document=k, places=(p,)) for k, p in zip("abc", ["elgin"] * 2 + ["aurora"])]
        >>> PairScorer(ps, DEFAULT_MATCHERS).edges([(0, 1), (2, 0)])
        [(1.0, 0, 1)]
        """
        cache, profiles, plan = self.cache, self.profiles, self._plan
        what, where, when = self._memos
        plain = not self.known
        ints = list(range(len(profiles)))  # one int object per index for all the edges
        out: list[tuple[float, int, int]] = []
        total = len(pairs)
        for done, word in enumerate(_keys(pairs), start=1):
            i, j = ints[word >> 32], ints[word & _LOW]
            key = word if i < j else j << 32 | i
            if i > j:
                i, j = j, i
            hit = cache.get(key)
            if hit is None:
                a, b = profiles[i], profiles[j]
                if not plain or a.document == b.document:
                    hit = cache[key] = self._fresh(i, j)
                else:  # _fresh, inline: when first, as it holds the date veto
                    t = when.known.get(when.ids[i] * when.size + when.ids[j]) or when.values(
                        a, b, i, j
                    )
                    if t[0]:
                        hit = cache[key] = _VETOED
                    else:
                        readings = (what.values(a, b, i, j), where.values(a, b, i, j), t)
                        hit = cache[key] = self._shared(plan.score(a, b, readings))
            if not hit[1] and hit[0] > 0.0:
                out.append((hit[0], i, j))
            if progress is not None and (done % every == 0 or done == total):
                progress(done, total)
        return out

    def scored(
        self,
        pairs: PackedPairs,
        progress: Callable[[int, int], None] | None = None,
        *,
        every: int = 4096,
        columns: bool | None = None,
    ) -> list[tuple[float, int, int]]:
        """
        ``best_first(self.edges(pairs, ...))``, with the scores kept in arrays instead of ``cache``.

        Each pair's score and veto is kept as the index of one of the few distinct
        ``(score, veto)`` tuples, in an array aligned with the packed pairs (4 bytes a
        pair instead of a dict entry and an int key); the scorer reads it before its
        ``cache``. The edges come best first without a sort: the pairs are scored in
        index order and gathered per distinct score.

        Args:
            pairs: Packed pairs, each ``(i, j)`` with ``i < j`` (``PackedPairs.of_keys``
                of ``claimrec.link.blocking.candidate_keys``).
            progress: Called as ``progress(scored, total)`` every *every* pairs and at the end.
            every: How many pairs between two calls of *progress*.
            columns: Score a chunk of pairs at a time with numpy (``claimrec.link.columns``;
                the same scores and edges) where it applies: numpy is installed and no
                link is known (otherwise pair by pair). None: from 4,096 pairs.

        Returns:
            ``(score, i, j)`` of every pair not vetoed that scores above 0.0, sorted best
            first, then by ``i`` and ``j``.

        Raises:
            ValueError: A pair's first index is not below its second.

        >>> from claimrec.matchers import EventProfile, DEFAULT_MATCHERS
        >>> ps = [EventProfile(key=k, document=k, places=(p,)) for k, p in zip("abc", ["elgin"] * 2 + ["aurora"])]
        >>> scorer = PairScorer(ps, DEFAULT_MATCHERS)
        >>> scorer.scored(PackedPairs([(0, 1), (0, 2)], 3)), scorer(0, 2), len(scorer.cache)
        ([(1.0, 0, 1)], (0.0, False), 0)
        """
        table = _Table(pairs.words(), len(self.profiles))
        self._table[:] = [table]
        if columns is None:
            columns = len(table.words) >= _COLUMNS_FROM
        if columns and _columns is not None and not self.known:
            return self._scored_columns(table, progress, every)
        return self._scored_scalar(table, progress, every)

    def _scored_scalar(
        self, table: _Table, progress: Callable[[int, int], None] | None, every: int
    ) -> list[tuple[float, int, int]]:
        """``scored`` pair by pair: the specification the column form (``_scored_columns``) keeps."""
        profiles, plan, plain = self.profiles, self._plan, not self.known
        what, where, when = self._memos
        # the memos' look-ups, inline: most pairs' readings are known
        (wk, wi, ws), (hk, hi, hs), (tk, ti, ts) = ((m.known, m.ids, m.size) for m in self._memos)
        score, shared = plan.score, self._shared
        buckets: dict[int, array[int]] = {}  # per distinct hit that can link, its positions
        # id of a hit tuple (kept in ``table.hits``) -> its index and, when it can link, its bucket
        ids: dict[int, tuple[int, array[int] | None]] = {}
        hits, kinds, starts = table.hits, table.kinds, table.starts
        total, row = len(table.words), -1
        for at, word in enumerate(table.words):
            i, j = word >> 32, word & _LOW
            if i != row:  # the rows start in order: the pairs are sorted
                if i < row or i >= j:
                    msg = f"scored() needs sorted pairs (i, j) with i < j; got {(i, j)!r}"
                    raise ValueError(msg)
                starts[row + 1 : i + 1] = array("q", [at]) * (i - row)
                row = i
            elif i >= j:
                msg = f"scored() needs sorted pairs (i, j) with i < j; got {(i, j)!r}"
                raise ValueError(msg)
            a, b = profiles[i], profiles[j]
            if not plain or a.document == b.document:
                hit = self._fresh(i, j)
            else:  # _fresh, inline: when first, as it holds the date veto
                t = tk.get(ti[i] * ts + ti[j]) or when.values(a, b, i, j)
                if t[0]:
                    hit = _VETOED
                else:
                    w = wk.get(wi[i] * ws + wi[j]) or what.values(a, b, i, j)
                    h = hk.get(hi[i] * hs + hi[j]) or where.values(a, b, i, j)
                    hit = shared(score(a, b, (w, h, t)))
            seen = ids.get(id(hit))
            if seen is None:
                bucket = array("q") if not hit[1] and hit[0] > 0.0 else None
                seen = ids[id(hit)] = (len(hits), bucket)
                hits.append(hit)
                if bucket is not None:
                    buckets[seen[0]] = bucket
            kinds[at], bucket = seen
            if bucket is not None:
                bucket.append(at)
            if progress is not None and ((at + 1) % every == 0 or at + 1 == total):
                progress(at + 1, total)
        starts[row + 1 :] = array("q", [total]) * (len(starts) - row - 1)
        ints = list(range(len(self.profiles)))  # one int object per index for all the edges
        out: list[tuple[float, int, int]] = []
        words, hits = table.words, table.hits
        for k in sorted(buckets, key=lambda k: hits[k][0], reverse=True):
            s = hits[k][0]
            out.extend((s, ints[words[at] >> 32], ints[words[at] & _LOW]) for at in buckets[k])
        return out

    def _scored_columns(
        self, table: _Table, progress: Callable[[int, int], None] | None, every: int
    ) -> list[tuple[float, int, int]]:
        """``scored`` a chunk of pairs at a time (``claimrec.link.columns.score_table``)."""
        if _columns is None:  # pragma: no cover - checked by ``scored``
            return self._scored_scalar(table, progress, every)
        return _columns.score_table(
            table,
            self.profiles,
            plan=self._plan,
            memos=self._memos,
            fresh=self._fresh,
            shared=self._shared,
            progress=progress,
            every=every,
        )

    def features(self, i: int, j: int) -> dict[str, float | None]:
        """The per-feature scores of pair (i, j), for explanations."""
        return self._score(min(i, j), max(i, j), explain=True)[1]

    def lazy_features(self, i: int, j: int) -> Mapping[str, float | None]:
        """
        ``features(i, j)``, scored when first read: most accepted pairs are never explained.

        >>> from claimrec.matchers import EventProfile, DEFAULT_MATCHERS
        >>> a = EventProfile(key="a", document="a", places=("elgin",))
        >>> b = EventProfile(key="b", document="b", places=("elgin",))
        >>> scorer = PairScorer([a, b], DEFAULT_MATCHERS)
        >>> scorer.lazy_features(0, 1) == scorer.features(0, 1)
        True
        """
        return _Features(self, i, j)

    def _score(
        self, i: int, j: int, *, explain: bool
    ) -> tuple[float, dict[str, float | None], bool]:
        a, b = self.profiles[i], self.profiles[j]
        features: dict[str, float | None] = {}
        if a.document == b.document:
            return 0.0, dict.fromkeys((m.name for m in self.matchers), None), True
        known = self.known.decide(a.key, b.key) if self.known else None
        if known is not None and not explain:
            return (1.0, features, False) if known == "must" else (0.0, features, True)
        total = weight = 0.0
        positive = 0.0
        for matcher in self.matchers:
            s = matcher(a, b)
            if explain:
                features[matcher.name] = s
            if s is None:
                continue
            if matcher.veto and s == 0.0 and known is None:
                if explain:
                    features.update((m.name, features.get(m.name)) for m in self.matchers)
                return 0.0, features, True
            if _is_positive(matcher):
                positive += s
            total += matcher.weight * s
            weight += matcher.weight
        if known is not None:
            return (1.0, features, False) if known == "must" else (0.0, features, True)
        score = 0.0 if weight == 0.0 or positive == 0.0 else total / weight
        return round(score, 4), features, False


class _Table:
    """
    The ``(score, veto)`` of every packed pair, by position: an index into a few distinct tuples.

    ``PairScorer.scored`` fills it. Rows are found by index (``starts[i]`` is where the
    pairs of ``i`` begin), a pair within its row by bisection, so a look-up costs a few
    steps and no dict entry.

    >>> table = _Table(PackedPairs([(0, 1), (0, 3), (2, 3)], 4).words(), 4)
    >>> table.hits[:] = [(0.5, False), (0.0, True)]
    >>> table.kinds[:] = array("I", [0, 1, 0])
    >>> table.starts[:] = array("q", [0, 2, 2, 3, 3])
    >>> table.get(0, 3), table.get(2, 3), table.get(1, 2)
    ((0.0, True), (0.5, False), None)
    """

    __slots__ = ("hits", "kinds", "starts", "words")

    def __init__(self, words: array[int], n: int) -> None:
        self.words = words
        self.kinds = array("I", bytes(4 * len(words)))
        self.starts = array("q", bytes(8 * (n + 1)))
        self.hits: list[tuple[float, bool]] = []

    def get(self, i: int, j: int) -> tuple[float, bool] | None:
        """The kept ``(score, veto)`` of pair (i, j), ``i < j``; None for a pair not kept."""
        lo, hi = self.starts[i], self.starts[i + 1]
        key = i << 32 | j
        at = bisect_left(self.words, key, lo, hi)
        if at < hi and self.words[at] == key:
            return self.hits[self.kinds[at]]
        return None


class _Features(Mapping[str, "float | None"]):
    """The per-feature scores of one pair, scored on first use (``PairScorer.lazy_features``)."""

    __slots__ = ("_data", "_i", "_j", "_scorer")

    def __init__(self, scorer: PairScorer, i: int, j: int) -> None:
        self._scorer = scorer
        self._i, self._j = i, j
        self._data: dict[str, float | None] | None = None

    def _read(self) -> dict[str, float | None]:
        if self._data is None:
            self._data = self._scorer.features(self._i, self._j)
        return self._data

    def __getitem__(self, name: str) -> float | None:
        return self._read()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())

    def __repr__(self) -> str:
        return repr(self._read())

    def __reduce__(self) -> tuple[type[dict[str, float | None]], tuple[dict[str, float | None]]]:
        return dict, (self._read(),)  # copied and stored as the plain dict, without the scorer


#: A profile field a matcher reads, and the event kinds it reads of a set of kinds (None: all).
_Reads = Mapping[str, frozenset[str] | None]

#: The profile fields each built-in matcher reads (with its own parameters): its score
#: is the same for any two profiles that agree on them, so it is computed once per
#: distinct pair of them (``_Memo``). Only these exact types: a subclass may read more.
#: A matcher that comes to read another field must name it here.
_READS: Final[Mapping[type, Callable[[Any], _Reads]]] = {
    PlaceMatcher: lambda m: (
        {"places": None, "geo": None, "specificity": None, "compass": None, "sites": None}
        | {"kinds": m.regional_kinds}
    ),
    RareKindMatcher: lambda _: {"places": None, "geo": None, "kinds": RARE_KINDS},
    SiteMatcher: lambda _: {"places": None, "geo": None, "sites": None},
    RegionMatcher: lambda m: {"places": None, "geo": None, "kinds": m.kinds},
    ApartMatcher: lambda m: {"places": None, "geo": None, "kinds": m.regional_kinds},
    # every kind: one shared kind keeps a lasting disaster's date slack (DateMatcher._lasts)
    DateMatcher: lambda _: dict.fromkeys(("precision", "date", "weekday", "published", "kinds")),
    KindMatcher: lambda _: {"kinds": None},
    AirGroundMatcher: lambda m: {
        "kinds": m.air | m.ground | m.accident | m.weapon,
        "sites": None,
    },
    ActorMatcher: lambda _: {"actors": None},
    StreetMatcher: lambda _: {"streets": None},
}
#: Families of fields read together: the matchers of a family share one memo, keyed by
#: the pair of its fields' values (what the event is and who claims it; where it is;
#: when it was). Few profiles differ on either, so a memo holds far fewer pairs than
#: blocking proposes. A matcher joins the first family holding all it reads.
_FAMILIES: Final = (
    frozenset({"kinds", "actors"}),
    frozenset({"places", "geo", "specificity", "kinds", "sites", "compass"}),
    frozenset({"precision", "date", "weekday", "published", "kinds", "streets"}),
)


#: Matchers dear enough to be memorised by their own fields as well, inside their family's
#: memo: profiles that differ on a field the family reads but they do not (a rare kind
#: beside the same places) share their values. Each such memo is bounded (``_OWN_MOST``).
_OWN_MEMO: Final = frozenset({PlaceMatcher})
#: The most values an own memo keeps; it starts again empty when full (values are pure).
_OWN_MOST: Final = 1 << 17


def _reads(matcher: Matcher) -> _Reads | None:
    """
    The profile fields *matcher* reads, None for a matcher that is not memorised.

    >>> from claimrec.matchers import ContextMatcher, DateMatcher
    >>> sorted(_reads(DateMatcher())), _reads(ContextMatcher())
    (['date', 'kinds', 'precision', 'published', 'weekday'], None)
    """
    reads = _READS.get(type(matcher))
    return None if reads is None else reads(matcher)


def _family(matcher: Matcher) -> int | None:
    """
    The index in ``_FAMILIES`` of the memo *matcher* is scored through, None for none.

    >>> from claimrec.matchers import ContextMatcher, DateMatcher, PlaceMatcher
    >>> _family(PlaceMatcher()), _family(DateMatcher()), _family(ContextMatcher())
    (1, 2, None)
    """
    reads = _reads(matcher)
    if reads is None:
        return None
    return next((f for f, fields in enumerate(_FAMILIES) if reads.keys() <= fields), None)


def _merged(reads: Iterable[_Reads]) -> dict[str, frozenset[str] | None]:
    """
    The fields several matchers read: a field read in full by one is read in full.

    >>> merged = _merged([{"kinds": frozenset({"flood"})}, {"kinds": frozenset({"storm"}), "date": None}])
    >>> sorted(merged["kinds"]), merged["date"]
    (['flood', 'storm'], None)
    """
    out: dict[str, frozenset[str] | None] = {}
    for one in reads:
        for name, kinds in one.items():
            if name not in out:
                out[name] = kinds
            else:
                known = out[name]
                out[name] = None if known is None or kinds is None else known | kinds
    return out


@frozen
class _Plan:
    """
    The matchers in the order that decides a pair soonest, for scoring without explanations.

    A veto matcher scoring 0.0 vetoes the pair whatever the others say, and a pair
    whose positive matchers all score 0.0 or nothing scores 0.0: those are asked
    first, the others only when the pair can score above 0.0. The built-in matchers
    that read few fields (``_READS``) are read from memos (``_Memo``) instead, and
    their vetoes checked first. The sums run in the matchers' own order, so a score
    is the same float ``PairScorer._score`` gives.

    >>> from claimrec.matchers import DEFAULT_MATCHERS
    >>> plan = _Plan.of(DEFAULT_MATCHERS)
    >>> [DEFAULT_MATCHERS[k].name for k in plan.first]
    ['date', 'place', 'context', 'street', 'rare kind', 'site', 'region', 'follow-up']
    >>> plan.positive
    (0, 6, 7, 8, 9, 10, 11)
    >>> [[DEFAULT_MATCHERS[k].name for k in ks] for ks in plan.families]
    [['kind', 'actors'], ['place', 'air/ground', 'rare kind', 'site', 'region', 'apart'], ['date', 'street']]
    >>> [m.name for _, m, _ in plan.asked], [m.name for _, m in plan.then]
    (['context', 'follow-up'], ['counts'])
    """

    matchers: tuple[Matcher, ...]
    weights: tuple[float, ...]
    vetoes: tuple[int, ...]
    positive: tuple[int, ...]
    first: tuple[int, ...]
    rest: tuple[int, ...]
    #: the matchers of each family of ``_FAMILIES`` (empty when none), in matcher order
    families: tuple[tuple[int, ...], ...] = ()
    #: ``first`` without the memos' matchers, with each matcher and whether it is a veto
    asked: tuple[tuple[int, Matcher, bool], ...] = ()
    #: ``rest`` without the memos' matchers, with each matcher
    then: tuple[tuple[int, Matcher], ...] = ()

    @classmethod
    def of(cls, matchers: Sequence[Matcher]) -> _Plan:
        """The plan of *matchers*."""
        ms = tuple(matchers)
        vetoes = tuple(k for k, m in enumerate(ms) if m.veto)
        positive = tuple(k for k, m in enumerate(ms) if _is_positive(m))
        first = vetoes + tuple(k for k in positive if k not in vetoes)
        rest = tuple(k for k in range(len(ms)) if k not in first)
        of_family = [_family(m) for m in ms]
        families = tuple(
            tuple(k for k in range(len(ms)) if of_family[k] == f) for f in range(len(_FAMILIES))
        )
        asked = tuple((k, ms[k], k in vetoes) for k in first if of_family[k] is None)
        then = tuple((k, ms[k]) for k in rest if of_family[k] is None)
        weights = tuple(m.weight for m in ms)
        return cls(ms, weights, vetoes, positive, first, rest, families, asked, then)

    def score(
        self, a: EventProfile, b: EventProfile, readings: Sequence[_Reading]
    ) -> tuple[float, bool]:
        """
        The score of two profiles of different documents, with no known link, and its veto.

        *readings* are the families' readings of this pair (``_Memo.values``), in the
        order of ``_FAMILIES``.
        """
        values: list[float | None] = [None] * len(self.matchers)
        for vetoed, present in readings:
            if vetoed:
                return _VETOED
            for k, known in present:
                values[k] = known
        for k, matcher, veto in self.asked:
            values[k] = s = matcher(a, b)
            if veto and s == 0.0:
                return 0.0, True
        positive = 0.0
        for k in self.positive:
            s = values[k]
            if s is not None:
                positive += s
        if positive == 0.0:
            return 0.0, False
        for k, matcher in self.then:
            values[k] = matcher(a, b)
        total = weight = 0.0
        for w, s in zip(self.weights, values, strict=True):
            if s is not None:
                total += w * s
                weight += w
        return (0.0 if weight == 0.0 else round(total / weight, 4)), False


#: A memo's reading of one pair: whether a veto matcher of the family scored 0.0, and
#: the values that are not None, each with its matcher's index in the plan.
_Reading = tuple[bool, tuple[tuple[int, float], ...]]


class _Memo:
    """
    The values of one family's matchers for each distinct pair of the fields they read.

    Each profile gets the id of its values of the family's fields (profiles of one place
    share one); a pair's values are computed for its first pair of ids and read after.

    >>> from claimrec.matchers import DEFAULT_MATCHERS
    >>> ps = [EventProfile(key=k, document=k, places=("elgin",)) for k in "abc"]
    >>> _, where, _ = _Memo.all_of(_Plan.of(DEFAULT_MATCHERS), ps)
    >>> where.values(ps[0], ps[1], 0, 1), where.values(ps[0], ps[2], 0, 2), len(where.known)
    ((False, ((0, 1.0),)), (False, ((0, 1.0),)), 1)
    """

    __slots__ = ("ids", "known", "ks", "matchers", "own", "readings", "size")

    def __init__(
        self,
        ks: Sequence[int],
        matchers: Sequence[Matcher],
        reads: Mapping[str, frozenset[str] | None],
        profiles: Sequence[EventProfile],
    ) -> None:
        self.ks = tuple(ks)
        self.matchers = tuple(matchers)
        self.ids, self.size = _ids(profiles, reads)
        self.known: dict[int, _Reading] = {}
        # one tuple per distinct reading: pairs are many, their readings few
        self.readings: dict[_Reading, _Reading] = {}
        # the matchers memorised by their own fields (``_OWN_MEMO``), by position in ``ks``
        self.own = {
            at: _OwnMemo(profiles, own, self.ids)
            for at, m in enumerate(self.matchers)
            if type(m) in _OWN_MEMO and (own := _READS[type(m)](m)) != reads
        }

    @classmethod
    def all_of(cls, plan: _Plan, profiles: Sequence[EventProfile]) -> tuple[_Memo, ...]:
        """One memo per family of *plan* (one that reads nothing for a family without matchers)."""
        memos = []
        for ks in plan.families:
            matchers = [plan.matchers[k] for k in ks]
            reads = _merged(_READS[type(m)](m) for m in matchers)
            memos.append(cls(ks, matchers, reads, profiles))
        return tuple(memos)

    def values(self, a: EventProfile, b: EventProfile, i: int, j: int) -> _Reading:
        """The family's reading of profiles *a* and *b*, at indices *i* and *j*."""
        key = self.ids[i] * self.size + self.ids[j]
        hit = self.known.get(key)
        if hit is None:
            hit = self.read(a, b, i, j)
            hit = self.known[key] = self.readings.setdefault(hit, hit)
        return hit

    def read(self, a: EventProfile, b: EventProfile, i: int, j: int) -> _Reading:
        """The family's reading of *a* and *b* (at indices *i* and *j*), computed."""
        present = []
        vetoed = False
        own = self.own
        for at, (k, matcher) in enumerate(zip(self.ks, self.matchers, strict=True)):
            s = own[at].value(matcher, a, b, i, j) if at in own else matcher(a, b)
            if s is not None:
                present.append((k, s))
                vetoed = vetoed or (matcher.veto and s == 0.0)
        return vetoed, tuple(present)


class _OwnMemo:
    """
    One matcher's values by the pair of its own fields' values, at most ``_OWN_MOST`` kept.

    >>> from claimrec.matchers import PlaceMatcher
    >>> ps = [EventProfile(key=k, document=k, places=("elgin",), kinds=kinds)
    ...       for k, kinds in (("a", frozenset()), ("b", frozenset({"stampede"})), ("c", frozenset()))]
    >>> memo = _OwnMemo(ps, _READS[PlaceMatcher](PlaceMatcher()), [0, 1, 2])
    >>> memo.value(PlaceMatcher(), ps[0], ps[2], 0, 2), memo.value(PlaceMatcher(), ps[1], ps[2], 1, 2)
    (1.0, 1.0)
    >>> memo.ids, len(memo.known)
    ([0, 0, 0], 1)
    """

    __slots__ = ("ids", "known", "size")

    def __init__(
        self, profiles: Sequence[EventProfile], reads: _Reads, family: Sequence[int]
    ) -> None:
        # the fields are some of the family's (ids *family*): one profile of each family id is read
        first: dict[int, int] = {}
        for n, f in enumerate(family):
            first.setdefault(f, n)
        ones, self.size = _ids([profiles[n] for n in first.values()], reads)
        of_family = dict(zip(first, ones, strict=True))
        self.ids = [of_family[f] for f in family]
        self.known: dict[int, float | None] = {}

    def value(
        self, matcher: Matcher, a: EventProfile, b: EventProfile, i: int, j: int
    ) -> float | None:
        """``matcher(a, b)``, read from the memo when a pair of the same fields was scored."""
        key = self.ids[i] * self.size + self.ids[j]
        known = self.known
        if key in known:
            return known[key]
        if len(known) >= _OWN_MOST:
            known.clear()
        s = known[key] = matcher(a, b)
        return s


def _ids(profiles: Sequence[EventProfile], reads: _Reads) -> tuple[list[int], int]:
    """
    Each profile's id of its values of the fields *reads*, and how many ids there are (at least 1).

    >>> ps = [EventProfile(key=k, document=k, places=(p,)) for k, p in zip("abc", ("elgin", "aurora", "elgin"))]
    >>> _ids(ps, {"places": None})
    ([0, 1, 0], 2)
    """
    seen: dict[Hashable, int] = {}
    ids = [seen.setdefault(key, len(seen)) for key in _signatures(profiles, sorted(reads.items()))]
    return ids, max(1, len(seen))


def _signatures(
    profiles: Sequence[EventProfile], fields: Sequence[tuple[str, frozenset[str] | None]]
) -> Iterator[Hashable]:
    """
    ``_signature`` of each profile, the fields read in one call (``operator.attrgetter``).

    >>> ps = [EventProfile(key="a", document="a", places=("elgin",), kinds=frozenset({"fire"}))]
    >>> fields = [("kinds", frozenset({"flood"})), ("places", None)]
    >>> list(_signatures(ps, fields)) == [_signature(ps[0], fields, 0)]
    True
    """
    if not fields:
        yield from (() for _ in profiles)
        return
    read = attrgetter(*(name for name, _ in fields))
    masks = [(at, kinds) for at, (_, kinds) in enumerate(fields) if kinds is not None]
    one = len(fields) == 1
    for n, profile in enumerate(profiles):
        values = read(profile)
        key: list[Any] = [values] if one else list(values)
        try:
            for at, kinds in masks:
                key[at] = key[at] & kinds
            signature = tuple(key)
            hash(signature)
        except TypeError:
            yield _UNHASHABLE, n
            continue
        yield signature


def _signature(
    profile: EventProfile, fields: Sequence[tuple[str, frozenset[str] | None]], n: int
) -> Hashable:
    """
    What *profile* holds of *fields*; one of its own (its index *n*) when that is not hashable.

    A profile built by hand may hold a list where a tuple is expected: it shares no memo
    entry, and its pairs are scored as they always were.

    >>> p = EventProfile(key="a", document="a", places=["elgin"])  # type: ignore[arg-type]
    >>> _signature(p, [("places", None)], 7), _signature(p, [("kinds", frozenset({"flood"}))], 7)
    ((_Unhashable(), 7), (frozenset(),))
    """
    try:
        key = tuple(
            getattr(profile, name) if kinds is None else getattr(profile, name) & kinds
            for name, kinds in fields
        )
        hash(key)
    except TypeError:
        return _UNHASHABLE, n
    return key


class _Unhashable:
    """Marks the signature of a profile whose fields cannot be hashed (``_signature``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "_Unhashable()"


_UNHASHABLE: Final = _Unhashable()


def _is_positive(matcher: Matcher) -> bool:
    """
    True when *matcher* can establish a link on its own.

    Its ``positive`` attribute says; a matcher without one is positive evidence
    unless it is a veto matcher (a constraint such as "published within a week").

    >>> from claimrec.matchers import DateMatcher, PlaceMatcher
    >>> _is_positive(PlaceMatcher()), _is_positive(DateMatcher())
    (True, False)
    """
    return bool(getattr(matcher, "positive", not matcher.veto))


# --------------------------------------------------------------------------- clustering


class Clusters:
    """
    Union-find over profile indices, with member lists per root.

    >>> c = Clusters(3)
    >>> root = c.union(c.find(0), c.find(2))
    >>> c.find(2) == c.find(0) != c.find(1), sorted(c.members[root])
    (True, [0, 2])
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        """The root of *i*'s cluster (paths are compressed on the way)."""
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> int:
        """Join the clusters of roots *a* and *b*; returns the new root."""
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))
        return a


def best_first(edges: Iterable[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """
    Scored edges ``(score, i, j)`` sorted best first, then by ``i`` and ``j``.

    The order of ``sorted(edges, key=lambda e: (-e[0], e[1], e[2]))`` for scores that
    are numbers (no NaN), from two stable sorts on C-level keys instead of a tuple per edge.

    >>> best_first([(0.7, 3, 4), (0.9, 5, 6), (0.7, 1, 9), (0.7, 1, 2)])
    [(0.9, 5, 6), (0.7, 1, 2), (0.7, 1, 9), (0.7, 3, 4)]
    """
    out = sorted(edges, key=itemgetter(1, 2))  # nearly free on edges scored in index order
    out.sort(key=itemgetter(0), reverse=True)  # stable: equal scores keep their index order
    return out


def _linkage(
    score: PairScorer, left: Sequence[int], right: Sequence[int], *, max_pairs: int
) -> float | None:
    """Mean pairwise score across two clusters, None when any pair is vetoed."""
    if len(left) * len(right) > max_pairs:
        left = left[: max(1, max_pairs // max(1, len(right)))]
    return score.mean(left, right)


def cluster(
    n: int,
    edges: Sequence[tuple[float, int, int]],
    score: PairScorer,
    *,
    threshold: float,
    margin: float,
    undated: set[int],
    max_pairs: int = 400,
    forced: Sequence[tuple[int, int]] = (),
    last: frozenset[int] = frozenset(),
) -> Clusters:
    """
    Constrained average linkage over the scored edges, best first.

    Two clusters merge when an edge between them clears *threshold*, no pair
    across them is vetoed and their mean pairwise score clears *threshold* too.
    Dated profiles are clustered first; each undated one then joins the dated
    cluster it fits best when that beats the runner-up by *margin* (those of *last*
    after the others); undated ones left alone cluster among themselves.

    Args:
        n: How many profiles there are.
        edges: ``(score, i, j)`` sorted best first.
        score: The pair scorer (its cache holds the edges' scores).
        threshold: The linkage a merge needs.
        margin: How much better than the runner-up an undated profile's best cluster must be.
        undated: Indices of profiles without a calendar anchor.
        max_pairs: Pairs compared at most per linkage (a larger cluster is sampled).
        forced: Pairs joined before anything else (known must-links).
        last: Undated profiles attached after the other undated ones (recalled
            events that name no place: they join events, never keep reports apart).

    Returns:
        The clusters (union-find with member lists).

    >>> from claimrec.matchers import EventProfile, DEFAULT_MATCHERS
    >>> ps = [EventProfile(key=k, document=k, places=("elgin",)) for k in "ab"]
    >>> sorted(map(sorted, cluster(2, [(1.0, 0, 1)], PairScorer(ps, DEFAULT_MATCHERS),
    ...        threshold=0.6, margin=0.1, undated=set()).members.values()))
    [[0, 1]]
    """
    clusters = Clusters(n)
    for i, j in forced:
        ri, rj = clusters.find(i), clusters.find(j)
        if ri != rj:
            clusters.union(ri, rj)
    merge = _Merger(clusters, edges, score, threshold=threshold, max_pairs=max_pairs)
    merge.run(None, undated)  # the dated profiles
    _attach(
        merge,
        _undated_edges(edges, undated),
        sorted(undated, key=lambda u: (u in last, u)),
        margin=margin,
    )
    lonely = {u for u in undated if len(clusters.members.get(clusters.find(u), ())) == 1}
    merge.run(lonely, set())
    return clusters


def _undated_edges(
    edges: Sequence[tuple[float, int, int]], undated: set[int]
) -> dict[int, list[int]]:
    """
    The other end of each edge of an undated profile, by profile (only those are read).

    >>> dict(_undated_edges([(0.9, 0, 1), (0.8, 1, 2)], {1}))
    {1: [0, 2]}
    """
    by_node: dict[int, list[int]] = defaultdict(list)
    if undated:
        for _, i, j in edges:
            if i in undated:
                by_node[i].append(j)
            if j in undated:
                by_node[j].append(i)
    return by_node


@frozen
class _Merger:
    """Merges of clusters along the edges, best first, while the linkage clears the threshold."""

    clusters: Clusters
    edges: Sequence[tuple[float, int, int]]
    score: PairScorer
    threshold: float
    max_pairs: int

    def run(self, allowed: set[int] | None, barred: set[int]) -> None:
        """One pass over the edges that clear the threshold, between *allowed* profiles, none *barred*."""
        clusters, members, threshold = self.clusters, self.clusters.members, self.threshold
        for s, i, j in self.edges:
            if s < threshold:
                break
            if i in barred or j in barred:
                continue
            if allowed is not None and (i not in allowed or j not in allowed):
                continue
            ri, rj = clusters.find(i), clusters.find(j)
            if ri == rj:
                continue
            left, right = members[ri], members[rj]
            if len(left) == 1 == len(right):  # two lone profiles: the linkage is their pair's score
                hit = self.score(ri, rj)
                link: float | None = None if hit[1] else hit[0]
            else:
                link = _linkage(self.score, left, right, max_pairs=self.max_pairs)
            if link is not None and link >= threshold:
                clusters.union(ri, rj)


def _attach(
    merge: _Merger, by_node: Mapping[int, list[int]], order: Sequence[int], *, margin: float
) -> None:
    """Join each undated profile of *order* to the dated cluster it fits best, by *margin* over the next."""
    clusters, threshold = merge.clusters, merge.threshold
    undated = set(order)
    for u in order:
        options: dict[int, float] = {}
        for j in by_node.get(u, ()):
            if j in undated:
                continue
            root = clusters.find(j)
            if root in options:
                continue
            link = _linkage(merge.score, [u], clusters.members[root], max_pairs=merge.max_pairs)
            options[root] = -1.0 if link is None else link
        ranked = sorted(options.values(), reverse=True)
        if not ranked or ranked[0] < threshold:
            continue
        if len(ranked) > 1 and ranked[0] - ranked[1] < margin:
            continue
        best = next(r for r, v in options.items() if v == ranked[0])
        clusters.union(best, clusters.find(u))
