"""
Scoring candidate pairs a chunk at a time with numpy: the scores of ``PairScorer``'s scalar loop.

``PairScorer.scored`` scores the millions of pairs blocking proposes. Per pair, the
scalar loop reads three memos (``claimrec.link.cluster._Memo``), asks the context
matcher, sums the positive evidence, asks the count matcher and takes the weighted
mean: about 5 µs of Python a pair. Here the same steps run over a chunk of pairs at
once: the memos' readings are looked up once per distinct pair of memo ids in the
chunk and gathered into columns, the context matcher's weighted overlap is computed
over all the chunk's pairs from a compressed layout of every profile's words
(``TermColumns``), the count matcher's over their counts (``CountColumns``), and the sums run matcher by matcher in the scalar order, so every
float is the one the scalar code computes.

Three steps of the scalar code are not plain elementwise float operations, and are
proved equal instead:

- ``round(x, 4)``: Python rounds the exact decimal value of *x*; here ``floor(x * 1e4)``
  is rounded up when the fraction is above one half and the integer divided by 1e4
  (the nearest double to it, as Python's result is). The two can differ only when
  ``x * 1e4`` lies within a rounding error of a half: those values (fraction within
  1e-7 of a half) are rounded by Python's ``round`` itself.
- ``math.fsum`` of the shared words' weights (the context matcher): the sum here may
  differ from the exact sum by a few units in the last place (at most ``k`` for ``k``
  positive terms), far less than the 1e-7 margin, so the rounded score is the same
  away from a tie; a pair sharing three or more words near a tie, and weights that are
  negative, not finite or huge, are scored by the scalar code. One or two words sum
  exactly.
- ``sum`` of the count matcher's per-measure scores: added in the order of the first
  profile's counts, as ``sum`` adds floats up to Python 3.11; later versions compensate
  sums of three or more terms, and such pairs are then scored by the scalar code.

A matcher's scalar form stays its specification: a matcher with no column form here
(``COLUMN_FORMS``) is asked pair by pair, and any pair the columns cannot score
exactly is scored by ``PairScorer``'s own scalar code.
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Callable, Sequence
from itertools import chain, count
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from claimrec.matchers import ContextMatcher, CountMatcher, EventProfile, Matcher, _looks_back

if TYPE_CHECKING:
    from claimrec.link.cluster import _Memo, _Plan, _Reading, _Table

__all__ = [
    "COLUMN_FORMS",
    "Columns",
    "TermColumns",
    "context_column",
    "rounded4",
    "score_chunk",
    "score_table",
]

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

#: How close to a half ``x * 1e4``'s fraction may come before the scalar code rounds.
_MARGIN: Final = 1e-7
#: The most shared words a pair's context may sum here (the error bound grows with them).
_MOST_SHARED: Final = 1000
#: Weights at or above this are left to the scalar code (sums must stay finite and exact enough).
_HUGE: Final = 1e12
#: The most terms ``sum()`` adds plainly in order (Python 3.12 compensates longer float sums).
_PLAIN_SUM_UP_TO: Final = 1 << 62 if sys.version_info < (3, 12) else 2
#: How many pairs are scored at once (bounds the arrays of a chunk).
CHUNK: Final = 1 << 15
#: The low half of a pair key: its larger index.
_LOW: Final = (1 << 32) - 1
#: The key of a vetoed pair among the bits of scores (a NaN no score holds).
_VETO_KEY: Final = 0x7FF0_DEAD_0000_0001
#: The score and veto of a vetoed pair.
_VETOED: Final = (0.0, True)


def rounded4(x: Floats) -> tuple[Floats, Bools]:
    """
    ``round(v, 4)`` of each value, and which values lay near a tie (those Python rounds here).

    Away from a tie, ``floor(v * 1e4)`` rounded by its fraction and divided by 1e4 is
    the float Python's ``round`` gives; near one, ``round`` itself is asked.

    >>> v, near = rounded4(np.array([0.123449, 0.5, 0.12345]))
    >>> v.tolist() == [round(0.123449, 4), 0.5, round(0.12345, 4)], near.tolist()
    (True, [False, False, True])
    """
    y = x * 1e4
    whole = np.floor(y)
    frac = y - whole
    near = np.abs(frac - 0.5) <= _MARGIN
    out: Floats = (whole + (frac > 0.5)) / 1e4
    at = np.flatnonzero(near)
    if len(at):
        out[at] = [round(v, 4) for v in x[at].tolist()]
    return out, near


class TermColumns:
    """
    Every profile's words (``EventProfile.terms``) in one compressed layout: ids sorted per profile.

    ``ids[ptr[p]:ptr[p + 1]]`` are profile *p*'s word ids in increasing order and
    ``weights`` their weights; ``exact`` is False when a weight is negative, not finite
    or huge (the context matcher is then asked pair by pair).

    >>> ps = [EventProfile(key=k, document=k, terms=t) for k, t in (("a", {"x": 2.0, "y": 1.0}), ("b", {}))]
    >>> cols = TermColumns(ps)
    >>> cols.ptr.tolist(), cols.ids.tolist(), cols.weights.tolist(), cols.exact
    ([0, 2, 2], [0, 1], [2.0, 1.0], True)
    """

    __slots__ = ("exact", "ids", "ptr", "weights")

    def __init__(self, profiles: Sequence[EventProfile]) -> None:
        every = [p.terms for p in profiles]
        lengths = np.fromiter(map(len, every), dtype=np.int64, count=len(every))
        # a word's id is the count when first met: not dense, but one per word and below 2**32
        vocab: dict[str, int] = {}
        size = int(lengths.sum())
        words = chain.from_iterable(every)
        id_array = np.fromiter(map(vocab.setdefault, words, count()), dtype=np.int64, count=size)
        del vocab
        weights = chain.from_iterable(t.values() for t in every)
        self.weights: Floats = np.fromiter(weights, dtype=np.float64, count=size)
        del every
        owner = np.repeat(np.arange(len(profiles), dtype=np.int64), lengths)
        order = np.lexsort((id_array, owner))
        del owner
        self.ids: Ints = id_array[order]
        self.weights = self.weights[order]
        self.ptr: Ints = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        w = self.weights
        self.exact = bool(np.all(np.isfinite(w) & (w >= 0.0) & (w < _HUGE)))

    def expand(self, rows: Ints) -> tuple[Ints, Ints, Floats]:
        """
        For the profiles *rows* (one a pair), each word as ``(pair << 32 | id, pair, weight)``, sorted.

        >>> ps = [EventProfile(key="a", document="a", terms={"x": 2.0, "y": 1.0})]
        >>> keys, pairs, w = TermColumns(ps).expand(np.array([0, 0]))
        >>> keys.tolist(), pairs.tolist(), w.tolist()
        ([0, 1, 4294967296, 4294967297], [0, 0, 1, 1], [2.0, 1.0, 2.0, 1.0])
        """
        lengths = self.ptr[rows + 1] - self.ptr[rows]
        pairs = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        begin = np.cumsum(lengths) - lengths
        at = np.arange(len(pairs), dtype=np.int64) + np.repeat(self.ptr[rows] - begin, lengths)
        return pairs << 32 | self.ids[at], pairs, self.weights[at]


def context_column(
    matcher: ContextMatcher, terms: TermColumns, i: Ints, j: Ints
) -> tuple[Floats, Bools]:
    """
    ``matcher(a, b)`` of each pair (NaN for None), and the pairs to leave to the scalar code.

    >>> ps = [EventProfile(key=k, document=k, terms=t) for k, t in
    ...       (("a", {"x": 5.0, "y": 0.5}), ("b", {"x": 5.0, "z": 0.4}), ("c", {}))]
    >>> values, unsure = context_column(ContextMatcher(), TermColumns(ps), np.array([0, 0]), np.array([1, 2]))
    >>> values.tolist()[0] == ContextMatcher()(ps[0], ps[1]), bool(np.isnan(values[1])), unsure.tolist()
    (True, True, [False, False])
    """
    m = len(i)
    if not terms.exact or not 0.0 < matcher.saturation < _HUGE:
        return np.full(m, np.nan), np.ones(m, dtype=np.bool_)
    ki, pi, wi = terms.expand(i)
    kj, _, wj = terms.expand(j)
    if len(kj):
        at = np.minimum(np.searchsorted(kj, ki), len(kj) - 1)
        hit = kj[at] == ki
        rows = pi[hit]
        shared = np.minimum(wi[hit], wj[at[hit]])
    else:
        rows, shared = np.zeros(0, dtype=np.int64), np.zeros(0)
    count = np.bincount(rows, minlength=m)
    sums = np.bincount(rows, weights=shared, minlength=m)
    values, near = rounded4(np.minimum(1.0, sums / matcher.saturation))
    values[count == 0] = 0.0
    unsure = near & (count > 2)  # the sum of one or two words is the exact one, rounded
    unsure |= count > _MOST_SHARED
    empty = (terms.ptr[i + 1] == terms.ptr[i]) | (terms.ptr[j + 1] == terms.ptr[j])
    values[empty] = np.nan
    unsure &= ~empty
    return values, unsure


class CountColumns:
    """
    Every profile's counts (``EventProfile.counts``) in one compressed layout, and what ``CountMatcher`` reads besides.

    ``measures``, ``lows`` and ``highs`` of ``ptr[p]:ptr[p + 1]`` are profile *p*'s
    counts in order; ``published`` is each profile's publication day (an ordinal,
    ``dated`` False when unknown) and ``back`` whether it looks back on its event
    (``claimrec.matchers._looks_back``). ``exact`` is False when a figure does not fit
    a 64-bit integer (the count matcher is then asked pair by pair).

    >>> ps = [EventProfile(key="a", document="a", counts=(("killed", 2, 2), ("injured", 1, -1)))]
    >>> cols = CountColumns(ps)
    >>> cols.ptr.tolist(), cols.measures.tolist(), cols.lows.tolist(), cols.highs.tolist(), cols.exact
    ([0, 2], [0, 1], [2, 1], [2, -1], True)
    """

    __slots__ = ("back", "dated", "exact", "highs", "lows", "measures", "ptr", "published")

    def __init__(self, profiles: Sequence[EventProfile]) -> None:
        every = [p.counts for p in profiles]
        lengths = np.fromiter(map(len, every), dtype=np.int64, count=len(every))
        self.ptr: Ints = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        flat = list(chain.from_iterable(every))
        names: dict[str, int] = {}
        self.measures: Ints = np.array([names.setdefault(c[0], len(names)) for c in flat], np.int64)
        try:
            self.lows: Ints = np.array([c[1] for c in flat], dtype=np.int64)
            self.highs: Ints = np.array([c[2] for c in flat], dtype=np.int64)
            self.exact = True
        except (OverflowError, TypeError, ValueError):
            self.lows = self.highs = np.zeros(len(flat), dtype=np.int64)
            self.exact = False
        days = [None if p.published is None else p.published.toordinal() for p in profiles]
        self.dated: Bools = np.array([d is not None for d in days], dtype=np.bool_)
        self.published: Ints = np.array([d or 0 for d in days], dtype=np.int64)
        self.back: Bools = np.array([_looks_back(p) for p in profiles], dtype=np.bool_)

    def rose(self, early: Ints, late: Ints, days: int) -> Bools:
        """``CountMatcher._rose_in(early, late)`` of each pair of profile indices."""
        gap = self.published[late] - self.published[early]
        known = self.dated[early] & self.dated[late]
        return known & (gap > 0) & (gap <= days) & self.back[late]


def count_column(
    matcher: CountMatcher, counts: CountColumns, i: Ints, j: Ints
) -> tuple[Floats, Bools]:
    """
    ``matcher(a, b)`` of each pair (NaN for None), and the pairs to leave to the scalar code.

    Each count of *a* is set against each of *b* (``CountMatcher``'s rules: equal,
    overlapping, a rise that says nothing, disagreeing); a count's best is the largest,
    and the bests are summed in the order of *a*'s counts, as ``sum`` does.

    >>> a = EventProfile(key="a", document="a", counts=(("injured", 7, 7), ("killed", 1, 1)))
    >>> b = EventProfile(key="b", document="b", counts=(("injured", 3, 9), ("killed", 4, 4)))
    >>> values, unsure = count_column(CountMatcher(), CountColumns([a, b]), np.array([0]), np.array([1]))
    >>> values.tolist() == [CountMatcher()(a, b)], unsure.tolist()
    (True, [False])
    """
    m = len(i)
    if not counts.exact:
        return np.full(m, np.nan), np.ones(m, dtype=np.bool_)
    la, lb = counts.ptr[i + 1] - counts.ptr[i], counts.ptr[j + 1] - counts.ptr[j]
    live = np.flatnonzero((la > 0) & (lb > 0))
    values = np.full(m, np.nan)
    if not len(live):
        return values, np.zeros(m, dtype=np.bool_)
    # one row per count of a: its pair, its place among a's counts, the index of its count
    rows = np.repeat(live, la[live])
    begin = np.cumsum(la[live]) - la[live]
    place = np.arange(len(rows), dtype=np.int64) - np.repeat(begin, la[live])
    x = counts.ptr[i[rows]] + place
    # one element per count of a and count of b of the same pair
    nb = lb[rows]
    elem_row = np.repeat(np.arange(len(rows), dtype=np.int64), nb)
    start = np.cumsum(nb) - nb
    y = counts.ptr[j[rows[elem_row]]] + np.arange(len(elem_row), dtype=np.int64) - start[elem_row]
    s = _count_scores(matcher, counts, x[elem_row], y, (i[rows[elem_row]], j[rows[elem_row]]))
    best = np.maximum.reduceat(s, start)  # every count of a meets at least one of b
    got = best > -np.inf
    total, many = np.zeros(m), np.zeros(m)
    for r in range(int(place.max()) + 1):  # in the order of a's counts, as sum() adds them
        at = got & (place == r)
        step = np.zeros(m)
        step[rows[at]] = best[at]
        total = total + step
        many[rows[at]] += 1.0
    scored = many > 0
    values[scored] = total[scored] / many[scored]
    # sum() adds in order up to Python 3.11; later ones compensate sums of three or more
    return values, many > _PLAIN_SUM_UP_TO


def _count_scores(
    matcher: CountMatcher, counts: CountColumns, x: Ints, y: Ints, pair: tuple[Ints, Ints]
) -> Floats:
    """The score of count *x* of a against count *y* of b; -inf where the measures differ or the toll rose."""
    low, high = counts.lows[x], counts.highs[x]
    low2, high2 = counts.lows[y], counts.highs[y]
    a, b = pair
    rose_b = counts.rose(a, b, matcher.rising_days)
    rose_a = counts.rose(b, a, matcher.rising_days)
    equal = (low == low2) & (high == high2)
    overlap = ((high < 0) | (low2 <= high)) & ((high2 < 0) | (low <= high2))
    risen = (rose_b & (high >= 0) & (high < low2)) | (rose_a & (high2 >= 0) & (high2 < low))
    s = np.where(equal, 1.0, np.where(overlap, 0.8, np.where(risen, -np.inf, matcher.disagree)))
    s[counts.measures[x] != counts.measures[y]] = -np.inf
    out: Floats = s
    return out


#: A column form: a matcher's values for pairs ``(i, j)`` (NaN for None) and the pairs
#: it cannot score exactly.
ColumnForm = Callable[[Matcher, "Columns", Ints, Ints], tuple[Floats, Bools]]


class Columns:
    """
    What the column forms read of the profiles, built once for a run of ``score_chunk``.

    >>> cols = Columns([EventProfile(key="a", document="d"), EventProfile(key="b", document="d")], ())
    >>> cols.documents.tolist(), cols.memo_ids
    ([0, 0], ())
    """

    __slots__ = ("_counts", "_terms", "documents", "memo_ids", "profiles")

    def __init__(self, profiles: Sequence[EventProfile], memos: Sequence[_Memo]) -> None:
        self.profiles = profiles
        seen: dict[str, int] = {}
        self.documents: Ints = np.array(
            [seen.setdefault(p.document, len(seen)) for p in profiles], dtype=np.int64
        )
        self.memo_ids: tuple[Ints, ...] = tuple(np.array(m.ids, dtype=np.int64) for m in memos)
        self._terms: TermColumns | None = None
        self._counts: CountColumns | None = None

    @property
    def terms(self) -> TermColumns:
        """The profiles' words (``TermColumns``), built when first read."""
        if self._terms is None:
            self._terms = TermColumns(self.profiles)
        return self._terms

    @property
    def counts(self) -> CountColumns:
        """The profiles' counts (``CountColumns``), built when first read."""
        if self._counts is None:
            self._counts = CountColumns(self.profiles)
        return self._counts


def _context_form(matcher: Matcher, cols: Columns, i: Ints, j: Ints) -> tuple[Floats, Bools]:
    if not isinstance(matcher, ContextMatcher):  # pragma: no cover - registered by exact type
        msg = f"the context column form scores a ContextMatcher; got {matcher!r}"
        raise TypeError(msg)
    return context_column(matcher, cols.terms, i, j)


def _is_nan(s: object) -> bool:
    """True for a float that is NaN (a value that cannot be told from None in a column)."""
    return isinstance(s, float) and math.isnan(s)


def _count_form(matcher: Matcher, cols: Columns, i: Ints, j: Ints) -> tuple[Floats, Bools]:
    if not isinstance(matcher, CountMatcher):  # pragma: no cover - registered by exact type
        msg = f"the count column form scores a CountMatcher; got {matcher!r}"
        raise TypeError(msg)
    return count_column(matcher, cols.counts, i, j)


#: The matchers that have a column form, by exact type (a subclass may score otherwise).
COLUMN_FORMS: Final[dict[type, ColumnForm]] = {
    ContextMatcher: _context_form,
    CountMatcher: _count_form,
}


def _asked(matcher: Matcher, cols: Columns, i: Ints, j: Ints) -> tuple[Floats, Bools]:
    """*matcher*'s values for pairs ``(i, j)``: its column form, or its scalar form pair by pair."""
    form = COLUMN_FORMS.get(type(matcher))
    if form is not None:
        return form(matcher, cols, i, j)
    ps = cols.profiles
    raw = [matcher(ps[a], ps[b]) for a, b in zip(i.tolist(), j.tolist(), strict=True)]
    values = np.array([np.nan if s is None else s for s in raw], dtype=np.float64)
    given = np.array([s is not None for s in raw], dtype=np.bool_)
    return values, given & np.isnan(values)  # a NaN given cannot be told from None here


def _readings(
    memo: _Memo, ids: Ints, profiles: Sequence[EventProfile], i: Ints, j: Ints, *, width: int
) -> tuple[Bools, Floats, Bools]:
    """
    One family's readings of pairs ``(i, j)``: vetoed, the values (NaN for None), and unsure.

    Each distinct pair of memo ids is read once (``_Memo.values``) and gathered.
    """
    keys = ids[i] * memo.size + ids[j]
    distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    known = memo.known
    # each distinct reading (few: a memo keeps one tuple per reading) by identity -> its column
    seen: dict[int, int] = {}
    readings: list[_Reading] = []
    of_key = np.empty(len(distinct), dtype=np.int64)
    for u, (key, at) in enumerate(zip(distinct.tolist(), first.tolist(), strict=True)):
        hit = known.get(key)
        if hit is None:
            a, b = int(i[at]), int(j[at])
            hit = memo.values(profiles[a], profiles[b], a, b)
        r = seen.get(id(hit))
        if r is None:
            r = seen[id(hit)] = len(readings)
            readings.append(hit)
        of_key[u] = r
    vetoed = np.zeros(len(readings), dtype=np.bool_)
    values = np.full((width, len(readings)), np.nan)
    unsure = np.zeros(len(readings), dtype=np.bool_)
    for r, (veto, present) in enumerate(readings):
        vetoed[r] = veto
        for k, s in present:
            values[k, r] = s
            unsure[r] |= _is_nan(s)  # a value that is NaN itself cannot be told from None here
    at = of_key[inverse]
    return vetoed[at], values[:, at], unsure[at]


def score_chunk(
    plan: _Plan, memos: Sequence[_Memo], cols: Columns, i: Ints, j: Ints
) -> tuple[Floats, Bools, Bools]:
    """
    The score and veto of pairs ``(i, j)`` (``i < j``, no known links), and the pairs left to the scalar code.

    The steps of ``_Plan.score`` over columns: the memos' vetoes, the asked matchers
    (a veto among them scoring 0.0 vetoes), the positive evidence, the other matchers,
    the weighted mean rounded to four decimals.
    """
    m, width = len(i), len(plan.matchers)
    score = np.zeros(m)
    veto = np.zeros(m, dtype=np.bool_)
    unsure = cols.documents[i] == cols.documents[j]
    live = ~unsure
    values = np.full((width, m), np.nan)
    for memo, ids in zip(memos, cols.memo_ids, strict=True):
        at = np.flatnonzero(live)
        vetoed, read, odd = _readings(memo, ids, cols.profiles, i[at], j[at], width=width)
        for k in memo.ks:
            values[k, at] = read[k]
        unsure[at] |= odd
        veto[at] |= vetoed
        live[at] &= ~vetoed
    for k, matcher, is_veto in plan.asked:
        _ask(matcher, k, cols, (i, j), live=live, values=values, unsure=unsure)
        if is_veto:
            vetoed = live & (values[k] == 0.0)
            veto |= vetoed
            live &= ~vetoed
    positive = np.zeros(m)
    for k in plan.positive:
        positive = positive + np.where(np.isnan(values[k]), 0.0, values[k])
    live &= positive != 0.0
    for k, matcher in plan.then:
        _ask(matcher, k, cols, (i, j), live=live, values=values, unsure=unsure)
    score[live] = _weighted_mean(plan.weights, values)[live]
    return score, veto, unsure


def _ask(
    matcher: Matcher,
    k: int,
    cols: Columns,
    pairs: tuple[Ints, Ints],
    *,
    live: Bools,
    values: Floats,
    unsure: Bools,
) -> None:
    """Fill ``values[k]`` for the live pairs with *matcher*'s values; mark those it cannot score."""
    at = np.flatnonzero(live)
    got, odd = _asked(matcher, cols, pairs[0][at], pairs[1][at])
    values[k, at] = got
    unsure[at] |= odd


def _weighted_mean(weights: Sequence[float], values: Floats) -> Floats:
    """``round(total / weight, 4)`` (0.0 for no weight) of each column, summed in matcher order."""
    m = values.shape[1]
    total, weight = np.zeros(m), np.zeros(m)
    for w, s in zip(weights, values, strict=True):
        present = ~np.isnan(s)
        total = total + np.where(present, w * np.where(present, s, 0.0), 0.0)
        weight = weight + np.where(present, w, 0.0)
    ratio = np.divide(total, weight, out=np.zeros(m), where=weight != 0.0)
    mean, _ = rounded4(ratio)
    mean[weight == 0.0] = 0.0
    return mean


def score_table(
    table: _Table,
    profiles: Sequence[EventProfile],
    *,
    plan: _Plan,
    memos: Sequence[_Memo],
    fresh: Callable[[int, int], tuple[float, bool]],
    shared: Callable[[tuple[float, bool]], tuple[float, bool]],
    progress: Callable[[int, int], None] | None = None,
    every: int = 4096,
) -> list[tuple[float, int, int]]:
    """
    Fill *table* (``claimrec.link.cluster._Table``) as ``PairScorer.scored`` does, a chunk at a time.

    *fresh* scores one pair the scalar way (the pairs the columns leave), *shared*
    gives the one tuple kept for a ``(score, veto)``.

    Returns:
        ``(score, i, j)`` of every pair not vetoed that scores above 0.0, best first,
        then in pair order.

    Raises:
        ValueError: A pair's first index is not below its second, or the pairs are not sorted.
    """
    words = np.frombuffer(table.words, dtype=np.int64)
    kinds = np.frombuffer(table.kinds, dtype=np.uint32)
    cols = Columns(profiles, memos)
    rows = np.zeros(len(profiles) + 1, dtype=np.int64)
    ids: dict[int, int] = {}  # a hit's key (its score's bits, or _VETO_KEY) -> its index
    total, last = len(words), -1
    for lo in range(0, total, CHUNK):
        w = words[lo : lo + CHUNK]
        i, j = w >> 32, w & _LOW
        _check_sorted(i, j, last)
        last = int(i[-1])
        score, veto, unsure = score_chunk(plan, memos, cols, i, j)
        for at in np.flatnonzero(unsure).tolist():
            score[at], veto[at] = fresh(int(i[at]), int(j[at]))
        kinds[lo : lo + len(w)] = _hit_ids(score, veto, ids, table.hits, shared)
        distinct, counts = np.unique(i, return_counts=True)
        rows[distinct + 1] += counts
        _report(progress, lo, lo + len(w), total, every)
    table.starts[:] = array("q", np.cumsum(rows).tobytes())
    del words, kinds, cols, rows  # the columns go before the edges are built
    return _edges_of(table, len(profiles))


def _check_sorted(i: Ints, j: Ints, last: int) -> None:
    """
    Refuse a chunk of pairs not sorted by first index or whose first index is not below its second.

    *last* is the first index of the pair before the chunk (-1 for none).

    >>> _check_sorted(np.array([0, 0, 2]), np.array([1, 3, 1]), -1)
    Traceback (most recent call last):
    ...
    ValueError: scored() needs sorted pairs (i, j) with i < j; got (2, 1)
    """
    before = np.concatenate(([last], i[:-1]))
    bad = (i < before) | (i >= j)
    if bad.any():
        at = int(np.argmax(bad))
        msg = f"scored() needs sorted pairs (i, j) with i < j; got {(int(i[at]), int(j[at]))!r}"
        raise ValueError(msg)


def _report(
    progress: Callable[[int, int], None] | None, start: int, done: int, total: int, every: int
) -> None:
    """
    Call *progress* as the pair-by-pair loop does for the pairs from *start* to *done*.

    >>> _report(lambda d, t: print(d, t), 0, 10, 10, 4)
    4 10
    8 10
    10 10
    """
    if progress is None:
        return
    for d in range((start // every + 1) * every, done + 1, every):
        progress(d, total)
    if done == total and total % every:
        progress(total, total)


def _hit_ids(
    score: Floats,
    veto: Bools,
    ids: dict[int, int],
    hits: list[tuple[float, bool]],
    shared: Callable[[tuple[float, bool]], tuple[float, bool]],
) -> npt.NDArray[np.uint32]:
    """
    The index in *hits* of each pair's ``(score, veto)``; new ones appended in the order met.

    >>> hits = []
    >>> _hit_ids(np.array([0.5, 0.0, 0.5]), np.array([False, True, False]), {}, hits, lambda h: h).tolist(), hits
    ([0, 1, 0], [(0.5, False), (0.0, True)])
    """
    keys = np.where(veto, _VETO_KEY, score.view(np.int64))  # a score's bits: -0.0 is not 0.0
    distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    at = np.empty(len(distinct), dtype=np.uint32)
    for u in np.argsort(first, kind="stable").tolist():
        key = int(distinct[u])
        k = ids.get(key)
        if k is None:
            hit = _VETOED if key == _VETO_KEY else (float(score[first[u]]), False)
            k = ids[key] = len(hits)
            hits.append(shared(hit))
        at[u] = k
    out: npt.NDArray[np.uint32] = at[inverse]
    return out


def _edges_of(table: _Table, n: int) -> list[tuple[float, int, int]]:
    """The table's pairs that can link as ``(score, i, j)``, best first, then in pair order."""
    words = np.frombuffer(table.words, dtype=np.int64)
    kinds = np.frombuffer(table.kinds, dtype=np.uint32)
    scores = [s for s, _ in table.hits]
    linkable = np.array([not v and s > 0.0 for s, v in table.hits], dtype=np.bool_)
    # each hit's rank best first (the distinct hits that can link have distinct scores)
    rank = np.zeros(max(1, len(scores)), dtype=np.uint32)
    best = sorted(np.flatnonzero(linkable).tolist(), key=scores.__getitem__, reverse=True)
    rank[best] = np.arange(len(best), dtype=np.uint32)
    at = np.flatnonzero(linkable[kinds]) if scores else np.zeros(0, dtype=np.int64)
    at = at[np.argsort(rank[kinds[at]], kind="stable")]
    ints = list(range(n))  # one int object per index for all the edges
    out: list[tuple[float, int, int]] = []
    for lo in range(0, len(at), CHUNK):
        some = at[lo : lo + CHUNK]
        w = words[some]
        out.extend(
            zip(
                map(scores.__getitem__, kinds[some].tolist()),
                map(ints.__getitem__, (w >> 32).tolist()),
                map(ints.__getitem__, (w & _LOW).tolist()),
                strict=True,
            )
        )
    return out
