"""
Blocking: the candidate pairs of profiles worth scoring, never all pairs.

Rules are small objects combined with ``|`` (pairs either rule makes) and ``&``
(pairs both make), in the manner of Splink's ``block_on``:

>>> rule = block_on("place", "week") | block_on("word")
>>> rule
block_on('place', 'week') | block_on('word')

Each rule reports how many pairs it makes and, given the true events, what
share of the true pairs it keeps (``BlockingRule.describe``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from attrs import field, frozen

from claimrec._packed import PackedPairs
from claimrec.link.places import Place, key_skeleton, spelling_heads
from claimrec.matchers import EventProfile

try:  # blocking as array joins needs numpy; without it the pairs are gathered in a set
    from claimrec.link import joins as _joins
except ImportError:  # pragma: no cover - numpy is installed with the scale and frames extras
    _joins = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from claimrec.link.joins import FieldColumn, Ints

__all__ = [
    "BLOCKING_FIELDS",
    "DEFAULT_BLOCKING",
    "BlockingRule",
    "UndatedSamePlace",
    "WithinPlace",
    "block_on",
    "candidate_keys",
    "candidate_packed",
    "candidate_pairs",
]

Pairs = set[tuple[int, int]]
#: Pairs as keys ``i << 32 | j``, ``i < j`` (``claimrec.link.cluster.pair_key``): one int a
#: pair instead of a tuple, what rules make and matching packs (``candidate_keys``).
Keys = set[int]

#: Precisions whose date anchors a profile in the calendar for blocking.
_ANCHORED: Final = frozenset({"day", "published", "before", "month", "week"})
#: How many weeks before and after its date a profile blocks in (default: its week
#: and the next): a follow-up meets the reports of an event weeks earlier, a month
#: meets all of its weeks.
_WEEKS_AROUND: Final = {"before": (8, 1), "month": (0, 5), "week": (1, 1)}


@frozen
class _Corpus:
    """What the field readers need to know about all profiles at once."""

    profiles: Sequence[EventProfile]
    df: Counter[str]
    max_df: int
    block_terms: int
    global_df: int
    heads: Mapping[str, str]
    #: ``_place_values`` per distinct places, specificity and gazetteer entries (the
    #: last two by identity: profiles naming places one way share them)
    place_values: dict[Hashable, tuple[Hashable, ...]] = field(factory=dict)
    #: what the column forms of the fields read, built once (``_Corpus.days``, ``_Corpus.words``)
    columns: dict[str, object] = field(factory=dict)

    @classmethod
    def of(
        cls, profiles: Sequence[EventProfile], *, block_terms: int, global_df: int, max_block: int
    ) -> _Corpus:
        # counted in one pass each (the counts, and the order of their keys, are those of
        # one ``update`` per profile)
        df: Counter[str] = Counter(itertools.chain.from_iterable(p.terms for p in profiles))
        places: Counter[str] = Counter(itertools.chain.from_iterable(p.places for p in profiles))
        # a rare word's block never outgrows one all-pairs block, so the cost stays near-linear
        max_df = min(max(8, int(len(profiles) ** 0.5)), max_block)
        return cls(profiles, df, max_df, block_terms, global_df, spelling_heads(places))

    def anchors(self) -> list[int | None]:
        """
        Each profile's calendar anchor (``_anchor``), read once.

        >>> import datetime as dt
        >>> ps = [EventProfile(key="a", document="a", date=dt.date(1, 1, 9), precision="day"),
        ...       EventProfile(key="b", document="b")]
        >>> _Corpus.of(ps, block_terms=4, global_df=6, max_block=40).anchors()
        [9, None]
        """
        found = self.columns.get("anchors")
        if found is None:
            found = self.columns["anchors"] = list(map(_anchor, self.profiles))
        return found  # type: ignore[return-value]

    def days(self) -> tuple[array[int], array[int], array[int]]:
        """
        Each profile's calendar anchor (0 for none) and the weeks it blocks in before and after (``_weeks``).

        >>> import datetime as dt
        >>> ps = [EventProfile(key="a", document="a", date=dt.date(1, 1, 9), precision="week"),
        ...       EventProfile(key="b", document="b")]
        >>> [a.tolist() for a in _Corpus.of(ps, block_terms=4, global_df=6, max_block=40).days()]
        [[9, 0], [1, 0], [1, 1]]
        """
        found = self.columns.get("days")
        if found is None:
            anchors, back, ahead = array("q"), array("q"), array("q")
            for p, day in zip(self.profiles, self.anchors(), strict=True):
                anchors.append(day or 0)
                b, a = _WEEKS_AROUND.get(p.precision or "", (0, 1)) if day else (0, 1)
                back.append(b)
                ahead.append(a)
            found = self.columns["days"] = (anchors, back, ahead)
        return found  # type: ignore[return-value]

    def words(self) -> tuple[array[int], array[int], int]:
        """
        Each profile's count of words (``terms``), their ids in its order, and how many ids there may be.

        >>> ps = [EventProfile(key="a", document="a", terms={"x": 1.0, "y": 1.0}),
        ...       EventProfile(key="b", document="b", terms={"y": 2.0})]
        >>> lengths, ids, size = _Corpus.of(ps, block_terms=4, global_df=6, max_block=40).words()
        >>> lengths.tolist(), ids.tolist(), size
        ([2, 1], [0, 1, 1], 3)
        """
        found = self.columns.get("words")
        if found is None:
            # a word's id is the count of words when first met: one per word, not dense
            vocab: dict[str, int] = {}
            lengths = array("q", map(len, (p.terms for p in self.profiles)))
            words = itertools.chain.from_iterable(p.terms for p in self.profiles)
            ids = array("q", map(vocab.setdefault, words, itertools.count()))
            found = self.columns["words"] = (lengths, ids, max(1, len(ids)))
        return found  # type: ignore[return-value]


def _anchor(p: EventProfile) -> int | None:
    return p.date.toordinal() if p.date is not None and p.precision in _ANCHORED else None


def _place_values(p: EventProfile, corpus: _Corpus) -> Sequence[Hashable]:
    way = (p.places, id(p.specificity), id(p.geo))  # the profiles live as long as the corpus
    try:
        found = corpus.place_values.get(way)
    except TypeError:  # places in a list (a profile built by hand): read, not kept
        return _read_place_values(p, corpus)
    if found is None:
        found = corpus.place_values[way] = tuple(_read_place_values(p, corpus))
    return found


def _read_place_values(p: EventProfile, corpus: _Corpus) -> list[Hashable]:
    # spelling variants of a place meet under its skeleton or its head (``spelling_heads``)
    keys: list[Hashable] = []
    for k in _blocking_places(p):
        skeleton = key_skeleton(k)
        head = corpus.heads.get(k, skeleton)
        keys.extend((skeleton,) if head == skeleton else (skeleton, head))
    keys.extend(f"@{g.path}" for g in p.geo if g is not None and g.level == "city")
    return keys


def _week_values(p: EventProfile, corpus: _Corpus) -> Sequence[Hashable]:  # noqa: ARG001
    return _weeks(p)


def _weeks(p: EventProfile) -> list[int]:
    day = _anchor(p)
    if day is None:
        return []
    back, ahead = _WEEKS_AROUND.get(p.precision or "", (0, 1))
    week = day // 7
    return list(range(week - back, week + ahead + 1))


def _month_values(p: EventProfile, corpus: _Corpus) -> Sequence[Hashable]:  # noqa: ARG001
    day = _anchor(p)
    return [] if day is None else [day // 30, day // 30 + 1]


def _rare_values(p: EventProfile, corpus: _Corpus) -> Sequence[Hashable]:
    return [t for t in p.terms if corpus.df[t] <= corpus.max_df][: corpus.block_terms]


def _word_values(p: EventProfile, corpus: _Corpus) -> Sequence[Hashable]:
    return [t for t in p.terms if corpus.df[t] <= corpus.global_df]


def _kind_values(p: EventProfile, corpus: _Corpus) -> Sequence[Hashable]:  # noqa: ARG001
    return sorted(p.kinds)


#: The fields ``block_on`` combines, and what each gives a profile.
#: ``place``: its telling place keys (as spelling heads, ``spelling_heads``, so spelling
#: variants meet) and resolved cities; ``week``: the weeks its
#: date may fall in; ``month``: its month and the next; ``rare``: its few rarest
#: words; ``word``: its words found in very few profiles (any date); ``kind``: its kinds.
BLOCKING_FIELDS: Final[Mapping[str, Callable[[EventProfile, _Corpus], Sequence[Hashable]]]] = {
    "place": _place_values,
    "week": _week_values,
    "month": _month_values,
    "rare": _rare_values,
    "word": _word_values,
    "kind": _kind_values,
}


class BlockingRule:
    """
    A way to propose candidate pairs; combine rules with ``|`` and ``&``.

    Subclasses implement ``_pairs``; ``pairs`` runs a rule over profiles.
    """

    def pairs(
        self,
        profiles: Sequence[EventProfile],
        *,
        block_terms: int = 4,
        global_df: int = 6,
        max_block: int = 40,
        window: int = 12,
    ) -> Pairs:
        """
        The index pairs ``(i, j)``, ``i < j``, this rule proposes.

        Args:
            profiles: The profiles.
            block_terms: How many of a profile's rarest words the ``rare`` field gives.
            global_df: Words in at most this many profiles make the ``word`` field.
            max_block: The largest block whose pairs are all compared.
            window: Neighbours (by date) compared in a larger block.

        Returns:
            The pairs.
        """
        found = self.keys(
            profiles,
            block_terms=block_terms,
            global_df=global_df,
            max_block=max_block,
            window=window,
        )
        return {(key >> 32, key & _LOW) for key in found}

    def keys(
        self,
        profiles: Sequence[EventProfile],
        *,
        block_terms: int = 4,
        global_df: int = 6,
        max_block: int = 40,
        window: int = 12,
    ) -> Keys:
        """
        ``pairs`` as keys ``i << 32 | j`` (one int a pair, not a tuple); the same arguments.

        >>> ps = [EventProfile(key=k, document=k, places=("elgin",)) for k in "abc"]
        >>> sorted(block_on("place").keys(ps)) == [0 << 32 | 1, 0 << 32 | 2, 1 << 32 | 2]
        True
        """
        corpus = _Corpus.of(
            profiles, block_terms=block_terms, global_df=global_df, max_block=max_block
        )
        return self._pairs(corpus, max_block=max_block, window=window)

    def packed(
        self,
        profiles: Sequence[EventProfile],
        *,
        block_terms: int = 4,
        global_df: int = 6,
        max_block: int = 40,
        window: int = 12,
        extra: Iterable[int] = (),
        columns: bool | None = None,
    ) -> PackedPairs:
        """
        ``keys`` and the keys *extra*, packed (``PackedPairs``): sorted, 8 bytes a pair.

        With numpy (*columns* None or True), the rules' blocks are joined as arrays
        (``claimrec.link.joins``) and no Python int is made per pair; the pairs are
        those of ``keys``. *columns* False gathers them in a set, as ``keys`` does.

        >>> ps = [EventProfile(key=k, document=k, places=("elgin",)) for k in "abc"]
        >>> list(block_on("place").packed(ps, extra=[1 << 32 | 2]))
        [(0, 1), (0, 2), (1, 2)]
        >>> list(block_on("place").packed(ps, columns=False)) == list(block_on("place").packed(ps))
        True
        """
        corpus = _Corpus.of(
            profiles, block_terms=block_terms, global_df=global_df, max_block=max_block
        )
        n = len(profiles)
        if columns is False or _joins is None:
            found = self._pairs(corpus, max_block=max_block, window=window)
            found.update(extra)
            return PackedPairs.of_keys(found, n)
        arrays = self._arrays(corpus, max_block=max_block, window=window)
        arrays.append(_joins.of_keys(extra))
        return PackedPairs.of_words(_joins.words(_joins.unique(arrays)), n)

    def _pairs(
        self, corpus: _Corpus, *, max_block: int, window: int, into: Keys | None = None
    ) -> Keys:
        """The keys of the pairs the rule makes, added to *into* (a new set when None), which is returned."""
        raise NotImplementedError

    def _arrays(self, corpus: _Corpus, *, max_block: int, window: int) -> list[Ints]:
        """``_pairs`` as arrays of keys, repeats allowed (numpy); by default the set, copied."""
        return [_joins.of_keys(self._pairs(corpus, max_block=max_block, window=window))]

    def describe(
        self, profiles: Sequence[EventProfile], truth: Mapping[str, Hashable] | None = None
    ) -> dict[str, object]:
        """
        How many pairs the rule makes and, given *truth* (profile key -> event), the recall it keeps.

        >>> ps = [EventProfile(key=k, document=k, places=("elgin",)) for k in "abc"]
        >>> block_on("place").describe(ps, {"a": 1, "b": 1, "c": 2})
        {'rule': "block_on('place')", 'pairs': 3, 'true_pairs': 1, 'recall': 1.0}
        """
        found = self.pairs(profiles)
        out: dict[str, object] = {"rule": repr(self), "pairs": len(found)}
        if truth is not None:
            by_event: dict[Hashable, int] = Counter(
                truth[p.key] for p in profiles if p.key in truth
            )
            total = sum(k * (k - 1) // 2 for k in by_event.values())
            kept = sum(
                1
                for i, j in found
                if profiles[i].key in truth
                and truth.get(profiles[i].key) == truth.get(profiles[j].key)
            )
            out["true_pairs"] = total
            out["recall"] = round(kept / total, 4) if total else 1.0
        return out

    def __or__(self, other: BlockingRule) -> BlockingRule:
        return _Union((self, other))

    def __and__(self, other: BlockingRule) -> BlockingRule:
        return _Intersection((self, other))


@frozen(repr=False)
class _Union(BlockingRule):
    rules: tuple[BlockingRule, ...]

    def _pairs(
        self, corpus: _Corpus, *, max_block: int, window: int, into: Keys | None = None
    ) -> Keys:
        out: Keys = set() if into is None else into
        for rule in self.rules:  # each adds to one set: no set per rule held beside it
            rule._pairs(corpus, max_block=max_block, window=window, into=out)  # noqa: SLF001
        return out

    def _arrays(self, corpus: _Corpus, *, max_block: int, window: int) -> list[Ints]:
        return [
            keys
            for rule in self.rules
            for keys in rule._arrays(corpus, max_block=max_block, window=window)  # noqa: SLF001
        ]

    def __or__(self, other: BlockingRule) -> BlockingRule:
        return _Union((*self.rules, other))

    def __repr__(self) -> str:
        return " | ".join(
            f"({r!r})" if isinstance(r, _Intersection) else repr(r) for r in self.rules
        )


@frozen(repr=False)
class _Intersection(BlockingRule):
    rules: tuple[BlockingRule, ...]

    def _pairs(
        self, corpus: _Corpus, *, max_block: int, window: int, into: Keys | None = None
    ) -> Keys:
        found = [r._pairs(corpus, max_block=max_block, window=window) for r in self.rules]  # noqa: SLF001
        both = set.intersection(*found) if found else set()
        if into is None:
            return both
        into |= both
        return into

    def _arrays(self, corpus: _Corpus, *, max_block: int, window: int) -> list[Ints]:
        found = [r._arrays(corpus, max_block=max_block, window=window) for r in self.rules]  # noqa: SLF001
        return [_joins.intersect([_joins.unique(keys) for keys in found])]

    def __repr__(self) -> str:
        return " & ".join(f"({r!r})" if isinstance(r, _Union) else repr(r) for r in self.rules)


@frozen(repr=False)
class _BlockOn(BlockingRule):
    """Profiles that share a value of every field meet."""

    fields: tuple[str, ...]

    def _pairs(
        self, corpus: _Corpus, *, max_block: int, window: int, into: Keys | None = None
    ) -> Keys:
        readers = [BLOCKING_FIELDS[f] for f in self.fields]
        blocks: dict[tuple[Hashable, ...], list[int]] = defaultdict(list)
        for i, p in enumerate(corpus.profiles):
            for key in itertools.product(*(read(p, corpus) for read in readers)):
                blocks[key].append(i)
        pairs: Keys = set() if into is None else into
        for members in blocks.values():
            if len(members) <= max_block:
                _all_pairs(pairs, members)
                continue
            ordered = sorted(members, key=lambda i: _order(corpus.profiles[i]))
            for a, i in enumerate(ordered):
                _ordered(pairs, i, ordered[a + 1 : a + 1 + window])
            if len(set(members)) < len(members):  # a profile placed twice does not meet itself
                pairs.difference_update(i << 32 | i for i in members)
        return pairs

    def _arrays(self, corpus: _Corpus, *, max_block: int, window: int) -> list[Ints]:
        columns = [_column(f, corpus) for f in self.fields]
        rank = functools.partial(_ranks, corpus.profiles)
        return _joins.block_keys(
            columns, len(corpus.profiles), rank, max_block=max_block, window=window
        )

    def __repr__(self) -> str:
        return f"block_on({', '.join(map(repr, self.fields))})"


def block_on(*fields: str) -> BlockingRule:
    """
    A rule: profiles that share a value of each of *fields* meet (see ``BLOCKING_FIELDS``).

    Args:
        fields: Field names, e.g. ``"place", "week"``.

    Raises:
        KeyError: A field is not in ``BLOCKING_FIELDS``.

    >>> a = EventProfile(key="a", document="a", places=("elgin",))
    >>> b = EventProfile(key="b", document="b", places=("elgin",))
    >>> sorted(block_on("place").pairs([a, b]))
    [(0, 1)]
    """
    for name in fields:
        if name not in BLOCKING_FIELDS:
            msg = f"unknown blocking field {name!r}; use one of {sorted(BLOCKING_FIELDS)!r}"
            raise KeyError(msg)
    return _BlockOn(tuple(fields))


@frozen(repr=False)
class UndatedSamePlace(BlockingRule):
    """
    A profile with no calendar anchor meets the profiles that name its places.

    When the input is a stream in date order (``_in_date_order``), it meets the
    ``max_block`` undated and the ``max_block`` dated profiles of the place nearest
    to it in the input (the reports that came in around it). Otherwise it meets
    every other undated profile of the place (at most ``4 * max_block``) and the
    latest ``max_block`` dated ones.

    >>> a = EventProfile(key="a", document="a", places=("elgin",), precision="weekday", weekday=0)
    >>> b = EventProfile(key="b", document="b", places=("elgin",), precision="weekday", weekday=0)
    >>> sorted(UndatedSamePlace().pairs([a, b]))
    [(0, 1)]
    """

    def _pairs(
        self,
        corpus: _Corpus,
        *,
        max_block: int,
        window: int,  # noqa: ARG002
        into: Keys | None = None,
    ) -> Keys:
        undated: dict[Hashable, list[int]] = defaultdict(list)
        dated: dict[Hashable, list[int]] = defaultdict(list)
        anchors = corpus.anchors()
        for i, p in enumerate(corpus.profiles):
            if anchors[i] is None:
                for key in _place_values(p, corpus):
                    undated[key].append(i)
        for i, p in enumerate(corpus.profiles) if undated else ():
            if anchors[i] is not None:  # only the places of undated profiles are gathered
                for key in _place_values(p, corpus):
                    if key in undated:
                        dated[key].append(i)
        pairs: Keys = set() if into is None else into
        stream = _in_date_order(anchors)
        for key, members in undated.items():
            others = dated.get(key, [])
            if stream:
                for i in members:
                    near = [*_around(members, i, max_block + 1), *_around(others, i, max_block)]
                    _ordered(pairs, i, [j for j in near if j != i])
                continue
            latest = others
            if len(others) > max_block:
                latest = sorted(others, key=lambda i: _order(corpus.profiles[i]))[-max_block:]
            bounded = members[: max_block * 4]
            _all_pairs(pairs, bounded)
            for i in bounded:
                _ordered(pairs, i, latest)
        return pairs

    def __repr__(self) -> str:
        return "UndatedSamePlace()"


def _ancestors(path: str) -> list[str]:
    """
    The paths that contain *path*, broadest first: ``"US/TN/1"`` -> ``["US", "US/TN"]``.

    >>> _ancestors("US/TN/4641239"), _ancestors("SY")
    (['US', 'US/TN'], [])
    """
    parts = path.split("/")
    return ["/".join(parts[:k]) for k in range(1, len(parts))]


@frozen(repr=False)
class WithinPlace(BlockingRule):
    """
    A dated report placed only in a country or region meets those placed inside it.

    "A strike in Syria" and "a strike in Deir ez-Zor" share no place key; the
    gazetteer knows the city lies in the country. Each profile whose resolved places
    are all countries or regions meets, in the same or next week, the dated profiles
    with a resolved place inside one of them: its ``max_block`` nearest in date.

    >>> import datetime as dt
    >>> from claimrec.link.places import Place
    >>> syria = Place("SY", "Syria", "country", "SY")
    >>> deir = Place("1", "Deir ez-Zor", "city", "SY", "07")
    >>> a = EventProfile(key="a", document="a", places=("syria",), geo=(syria,), date=dt.date(2024, 5, 6), precision="day")
    >>> b = EventProfile(key="b", document="b", places=("deir ez zor",), geo=(deir,), date=dt.date(2024, 5, 6), precision="day")
    >>> sorted(WithinPlace().pairs([a, b]))
    [(0, 1)]
    """

    def _pairs(
        self,
        corpus: _Corpus,
        *,
        max_block: int,
        window: int,  # noqa: ARG002
        into: Keys | None = None,
    ) -> Keys:
        coarse: list[tuple[int, list[str]]] = []
        placed: list[tuple[int, list[Place]]] = []
        anchors = corpus.anchors()
        for i, p in enumerate(corpus.profiles):
            if anchors[i] is None:
                continue
            geo = [g for g in p.geo if g is not None]
            if geo and all(g.level != "city" for g in geo):
                coarse.append((i, [g.path for g in geo]))
            if geo:
                placed.append((i, geo))
        if not coarse:  # nothing to meet: the profiles inside places are not gathered
            return set() if into is None else into
        wanted = {path for _, paths in coarse for path in paths}
        inside: dict[tuple[str, int], list[int]] = defaultdict(list)
        for i, geo in placed:
            within = {a for g in geo for a in _ancestors(g.path)} & wanted
            for week in _weeks(corpus.profiles[i]) if within else ():
                for path in within:
                    inside[path, week].append(i)
        pairs: Keys = set() if into is None else into
        for i, paths in coarse:
            day = anchors[i] or 0
            weeks = _weeks(corpus.profiles[i])
            found = {j for path in paths for w in weeks for j in inside.get((path, w), ())}
            found.discard(i)
            nearest = sorted(found, key=lambda j: (abs((anchors[j] or 0) - day), j))
            _ordered(pairs, i, nearest[:max_block])
        return pairs

    def __repr__(self) -> str:
        return "WithinPlace()"


#: The rules ``candidate_pairs`` uses: a place in the same or next week (weeks
#: earlier for a follow-up), a rare word in the same or next month, a very rare word
#: at any time, undated reports by place, and a report placed only in a country or
#: region with those placed inside it.
DEFAULT_BLOCKING: Final[BlockingRule] = (
    block_on("place", "week")
    | block_on("rare", "month")
    | block_on("word")
    | UndatedSamePlace()
    | WithinPlace()
)


def _around(members: Sequence[int], i: int, size: int) -> Sequence[int]:
    """
    The *size* members (indices in input order) nearest to index *i*: the reports that came in around it.

    >>> list(_around(list(range(0, 100, 10)), 42, 4))
    [30, 40, 50, 60]
    """
    if len(members) <= size:
        return members
    at = bisect.bisect_left(members, i)
    start = min(max(0, at - size // 2), len(members) - size)
    return members[start : start + size]


def _in_date_order(anchors: Iterable[int | None], *, share: float = 0.9) -> bool:
    """
    True when the dated profiles (their *anchors*, ``_anchor``) come in date order (at least *share* of consecutive ones).

    A stream of reports (a feed, a claim log) arrives in the order of its events,
    so where an undated report sits in it tells when it was written; a folder of
    articles in any other order tells nothing.

    >>> import datetime as dt
    >>> days = [EventProfile(key=str(d), document=str(d), date=dt.date(2024, 1, d), precision="day")
    ...         for d in (1, 2, 2, 3)]
    >>> _in_date_order(map(_anchor, days)), _in_date_order(map(_anchor, days[::-1]))
    (True, False)
    """
    dated = [a for a in anchors if a is not None]
    if len(dated) < 2:
        return False
    forward = sum(1 for a, b in itertools.pairwise(dated) if a <= b)
    return forward >= share * (len(dated) - 1)


def _order(p: EventProfile) -> tuple[int, str]:
    return (p.date.toordinal() if p.date else 0, p.key)


def _ranks(profiles: Sequence[EventProfile], members: Iterable[int]) -> list[int]:
    """
    The place of each of *members* (ascending indices) in the order of ``_order``, ties by index.

    >>> import datetime as dt
    >>> ps = [EventProfile(key=k, document=k, date=dt.date(2024, 1, d)) for k, d in (("b", 2), ("a", 2), ("c", 1))]
    >>> _ranks(ps, [0, 1, 2])
    [2, 1, 0]
    """
    idx = list(members)
    order = sorted(range(len(idx)), key=lambda k: _order(profiles[idx[k]]))
    ranks = [0] * len(idx)
    for r, k in enumerate(order):
        ranks[k] = r
    return ranks


def _column(name: str, corpus: _Corpus) -> FieldColumn:
    """
    Field *name*'s values for every profile as ids (``claimrec.link.joins.FieldColumn``): counts, ids, how many.

    The values are those of ``BLOCKING_FIELDS[name]``, each distinct value one id: read
    profile by profile, or in columns for the built-in fields that have a column form
    (``_COLUMN_FIELDS``: periods of days, words by rarity, places named one way once).

    >>> ps = [EventProfile(key=k, document=k, places=p) for k, p in (("a", ("elgin",)), ("b", ()), ("c", ("elgin",)))]
    >>> counts, ids, size = _column("place", _Corpus.of(ps, block_terms=4, global_df=6, max_block=40))
    >>> counts.tolist(), ids.tolist(), size
    ([1, 0, 1], [0, 0], 1)
    """
    read = BLOCKING_FIELDS[name]
    form = _COLUMN_FIELDS.get(name)
    if form is not None and read is form[0]:
        return form[1](corpus)
    return _read_column(read, corpus)


def _read_column(
    read: Callable[[EventProfile, _Corpus], Sequence[Hashable]], corpus: _Corpus
) -> FieldColumn:
    """The values *read* gives each profile, as ids (``_column``), read profile by profile."""
    ids: dict[Hashable, int] = {}
    intern = ids.setdefault
    counts = array("q", bytes(8 * len(corpus.profiles)))
    flat = array("q")
    for n, p in enumerate(corpus.profiles):
        values = read(p, corpus)
        counts[n] = len(values)
        flat.extend([intern(v, len(ids)) for v in values])
    return _joins.ints(counts), _joins.ints(flat), len(ids)


def _place_column(corpus: _Corpus) -> FieldColumn:
    """``_column("place")``: each distinct way of naming places is read and given its ids once."""
    ids: dict[Hashable, int] = {}
    intern = ids.setdefault
    ways: dict[Hashable, tuple[int, ...]] = {}
    counts = array("q", bytes(8 * len(corpus.profiles)))
    flat = array("q")
    for n, p in enumerate(corpus.profiles):
        way = (p.places, id(p.specificity), id(p.geo))
        try:
            got = ways.get(way)
        except TypeError:  # places in a list (a profile built by hand): read, not kept
            got = tuple(intern(v, len(ids)) for v in _place_values(p, corpus))
        else:
            if got is None:
                values = _place_values(p, corpus)
                got = ways[way] = tuple(intern(v, len(ids)) for v in values)
        counts[n] = len(got)
        flat.extend(got)
    return _joins.ints(counts), _joins.ints(flat), len(ids)


def _week_column(corpus: _Corpus) -> FieldColumn:
    """``_column("week")``: the weeks around each anchor (``_weeks``), in columns."""
    anchors, back, ahead = map(_joins.ints, corpus.days())
    return _joins.spans(anchors, back, ahead, 7)


def _month_column(corpus: _Corpus) -> FieldColumn:
    """``_column("month")``: each anchor's month and the next (``_month_values``), in columns."""
    anchors = _joins.ints(corpus.days()[0])
    return _joins.spans(anchors, anchors * 0, anchors * 0 + 1, 30)


def _rare_column(corpus: _Corpus) -> FieldColumn:
    """``_column("rare")``: each profile's first ``block_terms`` words in at most ``max_df`` profiles."""
    if corpus.block_terms < 0:  # a slice from the end: read as the field reads it
        return _read_column(_rare_values, corpus)
    lengths, ids, size = corpus.words()
    return _joins.rare_terms(
        _joins.ints(lengths),
        _joins.ints(ids),
        size,
        most=corpus.max_df,
        first=corpus.block_terms,
    )


def _word_column(corpus: _Corpus) -> FieldColumn:
    """``_column("word")``: each profile's words in at most ``global_df`` profiles."""
    lengths, ids, size = corpus.words()
    return _joins.rare_terms(_joins.ints(lengths), _joins.ints(ids), size, most=corpus.global_df)


#: The fields with a column form (``_column``): the reader they stand for, and the form.
_COLUMN_FIELDS: Final[
    Mapping[
        str,
        tuple[
            Callable[[EventProfile, _Corpus], Sequence[Hashable]], Callable[[_Corpus], FieldColumn]
        ],
    ]
] = {
    "place": (_place_values, _place_column),
    "week": (_week_values, _week_column),
    "month": (_month_values, _month_column),
    "rare": (_rare_values, _rare_column),
    "word": (_word_values, _word_column),
}


def _blocking_places(p: EventProfile, *, limit: int = 3, telling: float = 0.5) -> list[str]:
    """
    The place keys a profile blocks on: its first *limit*, less the frequent ones.

    A frequent place (a street name many towns share, the country of every
    report) would put the profile in a crowded block of unrelated reports; it is
    dropped when the profile names a place at least *telling* specific, and
    otherwise only the most specific place is kept.
    """
    keys = [(p.place_weight(i), k) for i, k in enumerate(p.places[:limit])]
    kept = [k for w, k in keys if w >= telling]
    if kept or not keys:
        return kept
    return [max(keys, key=lambda wk: wk[0])[1]]


def candidate_pairs(
    profiles: Sequence[EventProfile],
    *,
    rule: BlockingRule = DEFAULT_BLOCKING,
    block_terms: int = 4,
    global_df: int = 6,
    max_block: int = 40,
    window: int = 12,
) -> Pairs:
    """
    The index pairs worth scoring: profiles sharing a block, never all pairs.

    With ``DEFAULT_BLOCKING``, dated profiles meet when they share a place key (or
    a resolved city) in the same or next week, or one of their *block_terms*
    rarest words in the same or next month; any two profiles meet when they share
    a word found in at most *global_df* profiles (a street, a victim's name: it
    finds follow-ups published months later). Undated profiles meet every profile
    that shares a place key. A block larger than *max_block* is sorted by date and
    each profile meets only its *window* nearest neighbours, so the cost grows
    near-linearly.

    Args:
        profiles: The profiles.
        rule: The blocking rule (combine rules with ``|`` and ``&``).
        block_terms: How many of a profile's rarest words become dated blocking keys.
        global_df: Words this rare block without a date bucket.
        max_block: The largest block whose pairs are all compared.
        window: Neighbours compared in a larger block.

    Returns:
        Pairs ``(i, j)`` of indices into *profiles*, ``i < j``.

    >>> a = EventProfile(key="a", document="a", places=("elgin",), precision="weekday", weekday=0)
    >>> b = EventProfile(key="b", document="b", places=("elgin",), precision="weekday", weekday=0)
    >>> sorted(candidate_pairs([a, b]))
    [(0, 1)]
    """
    return rule.pairs(
        profiles, block_terms=block_terms, global_df=global_df, max_block=max_block, window=window
    )


def candidate_keys(
    profiles: Sequence[EventProfile],
    *,
    rule: BlockingRule = DEFAULT_BLOCKING,
    block_terms: int = 4,
    global_df: int = 6,
    max_block: int = 40,
    window: int = 12,
) -> Keys:
    """
    ``candidate_pairs`` as keys ``i << 32 | j`` (``i < j``): one int a pair, what matching packs.

    Millions of pairs held as tuples cost about 100 bytes each; as ints, what
    ``claimrec._packed.PackedPairs.of_keys`` sorts into 8 bytes a pair.

    >>> a = EventProfile(key="a", document="a", places=("elgin",), precision="weekday", weekday=0)
    >>> b = EventProfile(key="b", document="b", places=("elgin",), precision="weekday", weekday=0)
    >>> candidate_keys([a, b]) == {0 << 32 | 1}
    True
    """
    return rule.keys(
        profiles, block_terms=block_terms, global_df=global_df, max_block=max_block, window=window
    )


def candidate_packed(
    profiles: Sequence[EventProfile],
    *,
    rule: BlockingRule = DEFAULT_BLOCKING,
    max_block: int = 40,
    extra: Iterable[int] = (),
    columns: bool | None = None,
) -> PackedPairs:
    """
    ``candidate_keys`` and the keys *extra*, packed: what matching scores (``BlockingRule.packed``).

    With numpy the blocks are joined as arrays (``claimrec.link.joins``): the same pairs
    without a Python int each.

    >>> a = EventProfile(key="a", document="a", places=("elgin",), precision="weekday", weekday=0)
    >>> b = EventProfile(key="b", document="b", places=("elgin",), precision="weekday", weekday=0)
    >>> list(candidate_packed([a, b]))
    [(0, 1)]
    """
    return rule.packed(profiles, max_block=max_block, extra=extra, columns=columns)


#: The low half of a pair key: its larger index.
_LOW: Final = (1 << 32) - 1


def _all_pairs(pairs: Keys, members: Sequence[int]) -> None:
    """
    Add the key of every pair of distinct *members* to *pairs*, the smaller index first.

    >>> pairs: Keys = set()
    >>> _all_pairs(pairs, [4, 1, 4, 2])
    >>> sorted((k >> 32, k & _LOW) for k in pairs)
    [(1, 2), (1, 4), (2, 4)]
    """
    ordered = sorted(set(members))
    for at, i in enumerate(ordered[:-1], start=1):
        pairs.update(map((i << 32).__or__, ordered[at:]))


def _ordered(pairs: Keys, i: int, near: Iterable[int]) -> None:
    """
    Add the keys of the pairs of *i* with each of *near*, the smaller index first, to *pairs*.

    >>> pairs: Keys = set()
    >>> _ordered(pairs, 3, [1, 5])
    >>> sorted((k >> 32, k & _LOW) for k in pairs)
    [(1, 3), (3, 5)]
    """
    high = i << 32
    pairs.update([high | j if i < j else j << 32 | i for j in near])
