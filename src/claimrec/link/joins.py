"""
Blocking as array joins with numpy: the pairs ``claimrec.link.blocking``'s rules make, as sorted keys.

A rule such as ``block_on("place", "week")`` puts each profile in the blocks of its
values and pairs the members of each block: all of them in a block of at most
``max_block`` members, else each member with its ``window`` next by date. The scalar
code does it with a dict of blocks and a set of pair keys ``i << 32 | j``, a Python
object per key; here each step is an array operation:

- every field's values are given as one id per value and a count per profile
  (``FieldColumn``), and the product of a profile's values becomes one integer key a
  row, in the order of ``itertools.product``;
- rows are sorted by key (stably, so a block's members keep the order of the profiles),
  and a block's size counts a profile as often as its values put it there, as the
  scalar code's member lists do;
- a small block's distinct members are laid out as a matrix per size, and its pairs read
  through the upper triangle; a large block's members are ordered by date and key
  (*rank*), and each meets its ``window`` next, one offset at a time.

The keys come back as arrays with repeats (``unique`` sorts them, ``intersect`` keeps
the keys every array holds). A profile that falls twice into one large block (two
spellings of one place) is not paired with itself: the scalar code's pair ``(i, i)``
made scoring refuse the pairs, and both forms now drop it.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

__all__ = [
    "FieldColumn",
    "block_keys",
    "intersect",
    "ints",
    "of_keys",
    "rare_terms",
    "spans",
    "unique",
    "words",
]

Ints = npt.NDArray[np.int64]

#: A field's values for every profile: how many each profile has, and their ids in order
#: (each distinct value one id, below the third member: how many ids there may be).
FieldColumn = tuple[Ints, Ints, int]

#: Keys of rows times a field's size stay below this (else they are made dense first).
_KEYS_BELOW: Final = 1 << 62


def ints(values: array[int]) -> Ints:
    """
    An ``array('q')`` as an int64 numpy array (a copy: the array may change later).

    >>> ints(array("q", [3, 1])).tolist()
    [3, 1]
    """
    return np.frombuffer(values, dtype=np.int64).copy() if len(values) else np.zeros(0, np.int64)


def spans(days: Ints, back: Ints, ahead: Ints, every: int) -> FieldColumn:
    """
    For each profile with a day (0 for none), the periods of *every* days from *back* before its own to *ahead* after.

    The values are ``day // every - back`` to ``day // every + ahead``, as
    ``claimrec.link.blocking._weeks`` lists them.

    >>> counts, ids, size = spans(np.array([14, 0, 21]), np.array([1, 0, 0]), np.array([1, 1, 1]), 7)
    >>> counts.tolist(), (ids + 1).tolist(), size
    ([3, 0, 2], [1, 2, 3, 3, 4], 4)
    """
    dated = days > 0
    counts = np.where(dated, back + ahead + 1, 0).astype(np.int64)
    start = days[dated] // every - back[dated]
    many = counts[dated]
    begin = np.cumsum(many) - many
    values = np.repeat(start - begin, many) + np.arange(int(many.sum()), dtype=np.int64)
    if not len(values):
        return counts, values, 1
    low = int(values.min())
    return counts, values - low, int(values.max()) - low + 1


def rare_terms(
    lengths: Ints, ids: Ints, size: int, *, most: int, first: int | None = None
) -> FieldColumn:
    """
    Each profile's words in at most *most* profiles (its first *first* of them when given).

    *ids* are the profiles' words (``lengths`` each) in the order of their ``terms``,
    each word one id below *size*; a profile holds a word once, so a word's count of
    profiles is its count of ids.

    >>> col = rare_terms(np.array([2, 2]), np.array([0, 1, 0, 2]), 3, most=1)
    >>> [a.tolist() for a in col[:2]], col[2]
    ([[1, 1], [1, 2]], 3)
    """
    df = np.bincount(ids, minlength=size)
    keep = df[ids] <= most
    owner = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    if first is not None:
        kept = np.cumsum(keep)
        before = np.concatenate(([0], kept))[
            np.cumsum(lengths) - lengths
        ]  # kept before each profile
        keep &= kept - before[owner] <= first
    return np.bincount(owner[keep], minlength=len(lengths)).astype(np.int64), ids[keep], size


def _rows(fields: Sequence[FieldColumn], n: int) -> tuple[Ints, Ints]:
    """
    One row per combination of a profile's values of every field: its profile and its block key.

    Rows come profile by profile, each profile's in the order of ``itertools.product``.

    >>> place = (np.array([2, 1]), np.array([5, 6, 5]), 7)
    >>> owner, key = _rows([place, (np.array([1, 2]), np.array([0, 0, 1]), 2)], 2)
    >>> owner.tolist(), key.tolist()
    ([0, 0, 1, 1], [10, 12, 10, 11])
    """
    owner = np.arange(n, dtype=np.int64)
    key = np.zeros(n, dtype=np.int64)
    for per, flat, size in fields:
        ptr = np.cumsum(per) - per
        many = per[owner]
        rows = np.repeat(np.arange(len(owner), dtype=np.int64), many)
        begin = np.cumsum(many) - many
        step = np.arange(len(rows), dtype=np.int64) - begin[rows]
        owner = owner[rows]
        value = flat[ptr[owner] + step]
        if len(key) and (int(key.max()) + 1) * max(1, size) >= _KEYS_BELOW:
            key = np.unique(key, return_inverse=True)[1].reshape(-1).astype(np.int64)
        key = key[rows] * max(1, size) + value
    return owner, key


def block_keys(
    fields: Sequence[FieldColumn],
    n: int,
    rank: Callable[[Ints], Sequence[int]],
    *,
    max_block: int,
    window: int,
) -> list[Ints]:
    """
    The keys ``i << 32 | j`` (``i < j``, with repeats) of the pairs profiles sharing a value of every field make.

    Args:
        fields: Each field's values (``FieldColumn``), for the *n* profiles.
        n: How many profiles there are.
        rank: Given profile indices (ascending), the position of each in date order
            (``claimrec.link.blocking._order``, ties by index): how a large block is ordered.
        max_block: The largest block whose pairs are all made.
        window: How many next members by date each member of a larger block meets.

    Returns:
        Arrays of keys.

    >>> plain = lambda idx: idx
    >>> col = (np.array([1, 1, 1]), np.array([0, 0, 1]), 2)
    >>> [k.tolist() for k in block_keys([col], 3, plain, max_block=40, window=12)]
    [[1]]
    """
    if n == 0 or not fields:
        return []
    owner, key = _rows(fields, n)
    order = np.argsort(key, kind="stable")  # a block's members in the order of the profiles
    owner, key = owner[order], key[order]
    if not len(key):
        return []
    first = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    sizes = np.diff(np.append(first, len(key)))
    block = np.repeat(np.arange(len(first), dtype=np.int64), sizes)
    large = sizes > max_block
    out = _small_block_keys(owner, block, large)
    if large.any():
        out.extend(_large_block_keys(owner, block, large, rank, window=window))
    return out


def _small_block_keys(owner: Ints, block: Ints, large: npt.NDArray[np.bool_]) -> list[Ints]:
    """Every pair of distinct members of each block not *large* (members sorted within a block)."""
    keep = ~large[block]
    keep[1:] &= (block[1:] != block[:-1]) | (owner[1:] != owner[:-1])  # repeats of a member
    owner, block = owner[keep], block[keep]
    if not len(owner):
        return []
    first = np.flatnonzero(np.concatenate(([True], block[1:] != block[:-1])))
    sizes = np.diff(np.append(first, len(owner)))
    out: list[Ints] = []
    for size in np.unique(sizes[sizes > 1]).tolist():
        starts = first[sizes == size]
        members = owner[starts[:, None] + np.arange(size, dtype=np.int64)]
        lo, hi = np.triu_indices(size, 1)
        out.append((members[:, lo] << 32 | members[:, hi]).reshape(-1))
    return out


def _large_block_keys(
    owner: Ints,
    block: Ints,
    large: npt.NDArray[np.bool_],
    rank: Callable[[Ints], Sequence[int]],
    *,
    window: int,
) -> list[Ints]:
    """Each member of each *large* block with its *window* next in date order (repeats kept, as ranked)."""
    at = np.flatnonzero(large[block])
    owner, block = owner[at], block[at]
    members = _distinct(owner)
    ranks = np.empty(len(members), dtype=np.int64)
    ranks[:] = rank(members)
    by_rank = ranks[np.searchsorted(members, owner)]
    order = np.lexsort((by_rank, block))
    owner, block = owner[order], block[order]
    out: list[Ints] = []
    for d in range(1, window + 1):
        same = block[d:] == block[:-d] if d < len(block) else np.zeros(0, dtype=np.bool_)
        a, b = owner[:-d][same], owner[d:][same]
        a, b = np.minimum(a, b), np.maximum(a, b)
        apart = a != b  # a member placed twice in a block does not meet itself
        out.append(a[apart] << 32 | b[apart])
    return out


def unique(keys: Sequence[Ints]) -> Ints:
    """
    The distinct keys of *keys*, sorted.

    >>> unique([np.array([5, 1]), np.array([1, 3])]).tolist()
    [1, 3, 5]
    """
    if not keys:
        return np.zeros(0, dtype=np.int64)
    return _distinct(np.concatenate(keys))


def _distinct(values: Ints) -> Ints:
    """
    ``np.unique(values)`` by one sort (faster than its hash table on millions of keys).

    >>> _distinct(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    out = np.sort(values)
    if len(out) > 1:
        out = out[np.concatenate(([True], out[1:] != out[:-1]))]
    return out


def intersect(keys: Sequence[Ints]) -> Ints:
    """
    The keys every array of *keys* holds, sorted (none for no array).

    >>> intersect([np.array([5, 1, 3]), np.array([1, 3, 3, 9])]).tolist()
    [1, 3]
    """
    if not keys:
        return np.zeros(0, dtype=np.int64)
    out = _distinct(keys[0])
    for more in keys[1:]:
        out = np.intersect1d(out, _distinct(more), assume_unique=True)
    return out


def words(keys: Ints) -> array[int]:
    """
    Keys as an ``array('q')`` (what ``claimrec._packed.PackedPairs`` holds).

    >>> words(np.array([1, 2])).tolist()
    [1, 2]
    """
    out = array("q")
    out.frombytes(np.ascontiguousarray(keys, dtype=np.int64).tobytes())
    return out


def of_keys(keys: Iterable[int]) -> Ints:
    """
    Python ints (pair keys) as an int64 array.

    >>> of_keys({3, 1}).tolist() in ([1, 3], [3, 1])
    True
    """
    return np.fromiter(keys, dtype=np.int64)
