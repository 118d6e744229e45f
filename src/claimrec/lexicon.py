"""
Extension: the vague-quantifier lexicon and the tolerance of approximate figures.

A reporter who writes "several" or "dozens" gives a count without a number. The
lexicon turns such words into an interval ``low..high`` (``None`` = no upper
bound). It is data: pass your own with ``Lexicon.extend()`` or build a whole new
one with ``Lexicon(...)`` / ``Lexicon.replace()``. The default, ``ENGLISH``, is
this table (keys are lower-case; multi-word keys match word by word):

=====================  =============  ==============================================
phrase                 bounds         reasoning
=====================  =============  ==============================================
``a couple``           2..3           "a couple of" is two, loosely three
``a few``              2..4           more than one, fewer than "several"
``a handful``          2..6           what fits in a hand, read loosely
``several``            3..9           more than two, less than a ten
``a number of``        2..            some plural amount, no upper bound
``a large number of``  2..            idem; "large" is not a number
``multiple``           2..            plural, no upper bound
``many``               2..            plural, no upper bound
``numerous``           2..            plural, no upper bound
``countless``          2..            plural, no upper bound
``some``               1..            "some of the projectiles" may be one
``dozens``             24..99         two dozen or more, fewer than a hundred
``scores``             40..199        two score or more, fewer than two hundred
``tens of``            20..99         two tens or more, fewer than a hundred
``hundreds``           200..999       two hundred or more, fewer than a thousand
``thousands``          2000..9999     idem, one order up
``millions``           2e6..9999999   idem
=====================  =============  ==============================================

A bare plural noun with no number ("US personnel suffered minor injuries") is
read as ``plural`` = 2.. .

Multipliers combine a vague word with ``hundred``, ``thousand``, ``million`` or
``dozen``: the low end is multiplied and the high end covers the whole last unit,
so "several hundred" = 3..9 × 100 = 300..999, "tens of thousands" =
20,000..99,999, "a few dozen" = 24..48 (for ``dozen`` the high end is simply
multiplied). "two dozen" is a number, 24.

Approximations ("approximately", "about", "around", "some", "roughly", "an
estimated", "close to") keep their point value and carry ``tolerance`` (default
0.1): comparisons widen "about 66" to 59..73. "nearly" and "almost" N read as
``N * (1 - tolerance)``..N, so "nearly 2,500" agrees with "2,500".

Conservative point policies such as ACLED's "dozens = 12" are a resolution
policy, not the meaning of the word, and do not belong here.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, Final

from attrs import Attribute, evolve, field, frozen

from claimrec.errors import InvalidValueError, UnknownQuantifierError

__all__ = ["ENGLISH", "Bounds", "Lexicon"]

#: The bounds of a vague quantifier: ``(low, high)``, ``high`` None = unbounded.
Bounds = tuple[int, int | None]


def normalize_key(text: str) -> str:
    """
    Lower-case *text* and collapse its whitespace, the form lexicon keys take.

    >>> normalize_key("  A   Handful ")
    'a handful'
    """
    return " ".join(text.lower().split())


def _check_bounds(key: str, value: Any) -> Bounds:  # noqa: ANN401 - user data of any shape
    ok = (
        isinstance(value, tuple | list)
        and len(value) == 2
        and isinstance(value[0], int)
        and not isinstance(value[0], bool)
        and value[0] >= 0
        and (
            value[1] is None
            or (
                isinstance(value[1], int)
                and not isinstance(value[1], bool)
                and value[1] >= value[0]
            )
        )
    )
    if not ok:
        msg = (
            f"Lexicon entry {key!r} must be (low, high) with whole numbers "
            f"0 <= low <= high, or high None for no upper bound; got {value!r}"
        )
        raise InvalidValueError(msg)
    return (value[0], value[1])


def _to_entries(value: Mapping[str, Any]) -> Mapping[str, Bounds]:
    """Normalize keys, check bounds, and freeze the table."""
    if not isinstance(value, Mapping):
        msg = f"Lexicon.entries must be a mapping of phrase -> (low, high); got {value!r}"
        raise InvalidValueError(msg)
    table: dict[str, Bounds] = {}
    for raw_key, bounds in value.items():
        if not isinstance(raw_key, str) or not raw_key.strip():
            msg = f"Lexicon keys must be non-empty phrases; got {raw_key!r}"
            raise InvalidValueError(msg)
        key = normalize_key(raw_key)
        table[key] = _check_bounds(key, bounds)
    return types.MappingProxyType(table)


def _check_tolerance(_instance: Lexicon, attribute: Attribute[float], value: float) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0.0 <= value < 1.0:
        msg = f"Lexicon.{attribute.name} must be a number in [0, 1); got {value!r}"
        raise InvalidValueError(msg)


def _to_plural(value: Any) -> Bounds:  # noqa: ANN401 - user data of any shape
    return _check_bounds("plural", tuple(value) if isinstance(value, list) else value)


@frozen
class Lexicon:
    """
    Vague quantifiers and their bounds, plus the tolerance of approximate figures.

    Args:
        entries: Maps a phrase ("several", "a few") to ``(low, high)``; high None = unbounded.
        tolerance: Relative widening of approximate figures ("about 66"), in [0, 1).
        plural: Bounds of a bare plural noun with no number.

    Raises:
        InvalidValueError: an entry is not ``(low, high)`` with ``0 <= low <= high``.

    >>> lex = ENGLISH.extend({"oodles": (50, None)})
    >>> lex.bounds("oodles"), lex.bounds("Several")
    ((50, None), (3, 9))
    """

    entries: Mapping[str, Bounds] = field(converter=_to_entries, hash=False, repr=False)
    tolerance: float = field(default=0.1, kw_only=True, validator=_check_tolerance)
    plural: Bounds = field(default=(2, None), kw_only=True, converter=_to_plural)
    max_words: int = field(init=False, eq=False, repr=False)

    @max_words.default
    def _max_words(self) -> int:
        return max((len(k.split()) for k in self.entries), default=0)

    first_words: frozenset[str] = field(init=False, eq=False, repr=False)

    @first_words.default
    def _first_words(self) -> frozenset[str]:
        return frozenset(k.split(" ", 1)[0] for k in self.entries)

    cue_words: frozenset[str] = field(init=False, eq=False, repr=False)

    @cue_words.default
    def _cue_words(self) -> frozenset[str]:
        # a word every phrase of an entry holds: the first, or the second after "a"/"an"
        cues = set()
        for key in self.entries:
            words = key.split()
            cues.add(words[1] if len(words) > 1 and words[0] in {"a", "an"} else words[0])
        return frozenset(cues)

    def __repr__(self) -> str:
        return f"Lexicon(<{len(self.entries)} entries>, tolerance={self.tolerance})"

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and normalize_key(phrase) in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def bounds(self, phrase: str) -> Bounds:
        """
        The bounds of a vague quantifier.

        Args:
            phrase: The quantifier as written, any case and spacing.

        Returns:
            ``(low, high)``, high None for no upper bound.

        Raises:
            UnknownQuantifierError: *phrase* is not in this lexicon.

        >>> ENGLISH.bounds("dozens")
        (24, 99)
        """
        key = normalize_key(phrase)
        try:
            return self.entries[key]
        except KeyError:
            msg = f"unknown quantifier {phrase!r}; add it with Lexicon.extend({{{key!r}: (low, high)}})"
            raise UnknownQuantifierError(msg) from None

    def extend(self, entries: Mapping[str, Bounds]) -> Lexicon:
        """
        A new lexicon with *entries* added, replacing existing phrases of the same key.

        Args:
            entries: Maps phrases to ``(low, high)``.

        Returns:
            The extended lexicon; this one is unchanged.

        Raises:
            InvalidValueError: an entry has bad bounds.

        >>> ENGLISH.extend({"scores": (40, 100)}).bounds("scores")
        (40, 100)
        """
        return evolve(self, entries={**self.entries, **_to_entries(entries)})

    def replace(
        self,
        *,
        entries: Mapping[str, Bounds] | None = None,
        tolerance: float | None = None,
        plural: Bounds | None = None,
    ) -> Lexicon:
        """
        A new lexicon with the given parts replaced whole (an entirely own table, say).

        Args:
            entries: The new table, replacing every entry.
            tolerance: The new tolerance.
            plural: The new bounds of a bare plural.

        Returns:
            The new lexicon.

        >>> own = ENGLISH.replace(entries={"several": (2, 7)}, tolerance=0.05)
        >>> len(own), own.tolerance
        (1, 0.05)
        """
        changes: dict[str, Any] = {}
        if entries is not None:
            changes["entries"] = entries
        if tolerance is not None:
            changes["tolerance"] = tolerance
        if plural is not None:
            changes["plural"] = plural
        return evolve(self, **changes)


#: Words English news uses as vague quantifiers; a phrase among these that the
#: active lexicon lacks raises ``UnknownQuantifierError`` instead of being ignored.
KNOWN_VAGUE: Final = frozenset(
    {
        "a couple",
        "a few",
        "a handful",
        "several",
        "a number of",
        "a large number of",
        "multiple",
        "many",
        "numerous",
        "countless",
        "some",
        "dozens",
        "scores",
        "tens of",
        "hundreds",
        "thousands",
        "millions",
    }
)

#: The default English lexicon (the table in this module's docstring).
ENGLISH: Final = Lexicon(
    {
        "a couple": (2, 3),
        "a few": (2, 4),
        "a handful": (2, 6),
        "several": (3, 9),
        "a number of": (2, None),
        "a large number of": (2, None),
        "multiple": (2, None),
        "many": (2, None),
        "numerous": (2, None),
        "countless": (2, None),
        "some": (1, None),
        "dozens": (24, 99),
        "scores": (40, 199),
        "tens of": (20, 99),
        "hundreds": (200, 999),
        "thousands": (2000, 9999),
        "millions": (2_000_000, 9_999_999),
    }
)
