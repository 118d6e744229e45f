"""
Private: ``Quantity.parse``, the strict reading of a text that must be one count as a whole.

The extractor reads counts at the start of longer phrases with the lenient
``_quantity.parse_quantity`` ("seven Americans" is 7). A user who hands claimrec a
count ("12", "at least ten", "17 to 40") wants the whole text read or a clear error,
never a guess: "12abc", "3k" and "1e308" are not 12, 3 and 1. The decisions:

* thousands grouped with spaces ("1 000", "10 000 000", also with no-break and thin
  spaces) are one number, as with commas; a group must have three digits;
* a range runs upwards: "10 to 5", "40-17" and "between 40 and 17" are errors that
  say so (a reversed pair is a typo, a score or a code more often than a range);
* "between 40" or "from 5" give one end of a range, which is an error too;
* a decimal number is an error unless a multiplier follows ("2.5 million"): "1.000"
  may be one or a thousand;
* what ``str(Quantity)`` writes reads back: "several (3–9)" and "many (2 or more)"
  are the words with their bounds (qualifier ``vague``);
* anything after the count ("3k", "12abc", "1e308", "seven Americans") is an error
  that names what was read and what was left;
* a text longer than ``MAX_PHRASE`` characters is no count phrase (the longest number
  in words is about 80 characters), which also bounds the work and the messages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attrs import evolve

from claimrec._checks import show
from claimrec.errors import InvalidQuantityError, InvalidTypeError
from claimrec.lexicon import Lexicon

if TYPE_CHECKING:
    from claimrec.model import Quantity

__all__ = ["MAX_PHRASE", "parse_whole"]

#: The longest text strict parsing reads as one count phrase.
MAX_PHRASE: Final = 200

#: Digits grouped in threes by spaces. The look-behinds keep one match per digit run
#: (a group after "digit space" starts no match), so the search stays linear.
_SPACED: Final = re.compile(
    r"(?<![\d.,])(?<!\d[ \u00a0\u2009\u202f])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})++(?![\d.,])"
)
_SEPARATOR: Final = re.compile(r"[ \u00a0\u2009\u202f]")
#: A decimal number with no multiplier after it: "1.000" may be a thousand or one.
_BARE_DECIMAL: Final = re.compile(
    r"\d\.\d++(?!\s*+(?:hundred|thousand|million|billion|dozen)\b)", re.IGNORECASE
)
#: The bounds ``str(Quantity)`` writes in brackets after vague words: "3–9", "2 or more", "3".
_BOUNDS: Final = re.compile(r"\d{1,19}(?:–\d{1,19}| or more)?")
#: Digits (with commas) and nothing else.
_DIGITS_ONLY: Final = re.compile(r"[\d,]++")
#: What may join the two ends of a range, then the rest of the text.
_RANGE_REST: Final = re.compile(r"(?i)(?:to|and|or|[-–—])\s*+(?P<end>.+)", re.DOTALL)
#: Two digit numbers joined like a range, with an optional opener.
_DIGIT_RANGE: Final = re.compile(
    r"(?i)(?:(?:between|from)\s++)?(?P<low>\d[\d,]*+)\s*+(?:to|and|or|[-–—])\s*+(?P<high>\d[\d,]*+)"
)


def _group_thousands(text: str) -> str:
    """Write space-grouped thousands with commas; every offset stays where it was."""
    return _SPACED.sub(lambda m: _SEPARATOR.sub(",", m.group()), text)


def _reversed(text: str, low: int, rest: str, lexicon: Lexicon | None) -> str | None:
    """The error message when *rest* closes a range below *low* ("10 to 5"), else None."""
    from claimrec._quantity import parse_quantity  # noqa: PLC0415 - the lenient reader

    found = _RANGE_REST.fullmatch(rest)
    if found is None:
        return None
    try:
        end = parse_quantity(found.group("end"), lexicon=lexicon)
    except ValueError:
        return None
    if end.low >= low:
        return None
    return (
        f"{text!r} is a range that runs downwards ({low} to {end.low}); "
        f"write the smaller end first, as in '{end.low} to {low}'"
    )


def _not_a_count(text: str, grouped: str, error: Exception) -> Exception:
    """The most helpful error for a text the lenient reader found no count in."""
    if _DIGITS_ONLY.fullmatch(grouped) and sum(c.isdigit() for c in grouped) > 15:
        msg = f"{text[:40]!r} has more than 15 digits, which is no count news reports"
        return InvalidQuantityError(msg)
    pair = _DIGIT_RANGE.fullmatch(grouped)
    if pair is not None:
        low, high = (int(pair.group(k).replace(",", "")) for k in ("low", "high"))
        if high < low:
            msg = (
                f"{text!r} is a range that runs downwards ({low} to {high}); "
                f"write the smaller end first, as in '{high} to {low}'"
            )
            return InvalidQuantityError(msg)
    return error


def _with_bounds(stripped: str) -> Quantity | None:
    """Words with their bounds in brackets, as ``str(Quantity)`` writes a vague count."""
    from claimrec.model import Quantity  # noqa: PLC0415 - the model imports this module lazily

    if not stripped.endswith(")") or " (" not in stripped:
        return None
    words, inner = stripped[:-1].rsplit(" (", 1)
    words = words.strip()
    if not words or any(c.isdigit() for c in words) or not _BOUNDS.fullmatch(inner):
        return None
    low, high = inner.replace(" or more", "").partition("–")[::2]
    top = None if inner.endswith(" or more") else int(high or low)
    if top is not None and top < int(low):
        return None
    return Quantity(int(low), top, qualifier="vague", text=words)


def parse_whole(text: object, *, lexicon: Lexicon | None = None, strict: bool = True) -> Quantity:
    """
    Read *text* as one count; see the module docstring for what strict means.

    Args:
        text: The count phrase.
        lexicon: Vague quantifiers and their bounds; ``ENGLISH`` by default.
        strict: Require the whole text to be the count.

    Raises:
        InvalidTypeError: *text* is not a ``str`` or *lexicon* not a ``Lexicon``.
        InvalidQuantityError: *text* is not a count, or (strict) not only one.
        UnknownQuantifierError: *text* is a vague quantifier missing from *lexicon*.

    >>> parse_whole("10 000").low
    10000
    >>> parse_whole("10 to 5")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidQuantityError: '10 to 5' is a range that runs downwards (10 to 5); ...
    """
    from claimrec._quantity import parse_quantity  # noqa: PLC0415 - the lenient reader

    if not isinstance(text, str):
        msg = f"Quantity.parse text must be a str; got {show(text)}"
        raise InvalidTypeError(msg)
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        msg = f"Quantity.parse lexicon must be a Lexicon or None; got {type(lexicon).__name__}"
        raise InvalidTypeError(msg)
    if not strict:
        return parse_quantity(text, lexicon=lexicon)
    stripped = text.strip()
    if len(stripped) > MAX_PHRASE:
        msg = (
            f"{stripped[:40]!r}... is {len(stripped)} characters long, which is no count phrase "
            f"(at most {MAX_PHRASE}); pass strict=False to read the count at its start"
        )
        raise InvalidQuantityError(msg)
    bounded = _with_bounds(stripped)
    if bounded is not None:
        return bounded
    grouped = _group_thousands(stripped)
    try:
        quantity = parse_quantity(grouped, lexicon=lexicon)
    except InvalidQuantityError as exc:
        raise _not_a_count(text, grouped, exc) from None
    if _BARE_DECIMAL.search(grouped):
        msg = (
            f"{text!r} holds a decimal number, which is no count ('1.000' may mean 1 or 1000); "
            "write whole numbers, grouping thousands with commas or spaces"
        )
        raise InvalidQuantityError(msg)
    read = quantity.text
    begin = 0 if grouped.startswith(read) else grouped.find(read, len(grouped.split(None, 1)[0]))
    rest = grouped[begin + len(read) :].strip()
    if rest:
        msg = _reversed(text, quantity.low, rest, lexicon) or (
            f"{text!r} is not only a count: {read!r} is one, but {rest[:40]!r} follows it; "
            "pass strict=False to read the count at the start of a longer phrase"
        )
        raise InvalidQuantityError(msg)
    if begin > 0:
        msg = (
            f"{text!r} gives one end of a range; write both ends, as in 'between 17 and 40' "
            "or '17 to 40'"
        )
        raise InvalidQuantityError(msg)
    return evolve(quantity, text=stripped)
