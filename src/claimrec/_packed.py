"""Index pairs held as one machine word each: matching keeps millions of them until it explains them."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from typing import Final

__all__ = ["PackedPairs"]

#: Indices must stay below this to be packed two to a 64-bit word.
_LIMIT: Final = 1 << 31


class PackedPairs:
    """
    Index pairs ``(i, j)`` of ``0 <= i, j < n``, sorted, in 8 bytes each instead of a set of tuples.

    A set of pairs costs about 100 bytes a pair (the tuple, its slot); this holds
    them in an ``array`` and gives them back as tuples in sorted order, every index
    one shared ``int`` object, so what is built from them (score caches keyed by
    pairs) shares the indices too.

    Args:
        pairs: The pairs (any order; repeats are kept).
        n: One more than the largest index.

    Raises:
        ValueError: *n* is too large to pack (2**31 or more).

    >>> p = PackedPairs({(2, 3), (0, 5), (0, 1)}, 6)
    >>> len(p), list(p)
    (3, [(0, 1), (0, 5), (2, 3)])
    """

    __slots__ = ("_ints", "_words")

    def __init__(self, pairs: Iterable[tuple[int, int]], n: int) -> None:
        if n >= _LIMIT:
            msg = f"PackedPairs holds indices below {_LIMIT}; got n={n}"
            raise ValueError(msg)
        self._words = array("q", sorted(i << 32 | j for i, j in pairs))
        self._ints = range(n)

    @classmethod
    def of_keys(cls, keys: Iterable[int], n: int) -> PackedPairs:
        """
        Pairs given as keys ``i << 32 | j`` (``claimrec.link.blocking.candidate_keys``), without a tuple each.

        Args:
            keys: The keys (any order; repeats are kept), each index below *n*.
            n: One more than the largest index.

        Raises:
            ValueError: *n* is too large to pack (2**31 or more).

        >>> list(PackedPairs.of_keys([2 << 32 | 3, 0 << 32 | 1], 4))
        [(0, 1), (2, 3)]
        """
        packed = cls((), n)
        packed._words = array("q", sorted(keys))
        return packed

    @classmethod
    def of_words(cls, words: array[int], n: int) -> PackedPairs:
        """
        Pairs given as keys ``i << 32 | j`` already sorted (``claimrec.link.joins.words``): kept as they are.

        Args:
            words: The keys, sorted, each index below *n*.
            n: One more than the largest index.

        Raises:
            ValueError: *n* is too large to pack (2**31 or more).

        >>> list(PackedPairs.of_words(array("q", [0 << 32 | 1, 2 << 32 | 3]), 4))
        [(0, 1), (2, 3)]
        """
        packed = cls((), n)
        packed._words = words
        return packed

    def __len__(self) -> int:
        return len(self._words)

    def words(self) -> array[int]:
        """
        The pairs as ``i << 32 | j``, sorted: the words they are held in, without a tuple each.

        >>> list(PackedPairs([(0, 5), (0, 1)], 6).words()) == [0 << 32 | 1, 0 << 32 | 5]
        True
        """
        return self._words

    def __iter__(self) -> Iterator[tuple[int, int]]:
        ints = list(self._ints)  # one int object per index for all the tuples given out
        for word in self._words:
            yield ints[word >> 32], ints[word & 0xFFFFFFFF]
