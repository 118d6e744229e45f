"""How rare a word is in English at large, for context matching in corpora too small to tell."""

from __future__ import annotations

import functools
import math
import re
from typing import Final

__all__ = [
    "COMMON_ZIPF",
    "RARE_WEIGHT",
    "RARE_ZIPF",
    "WORD_ZIPF",
    "background_weight",
    "common_phrase",
    "english_zipf",
    "title_cased",
]

#: Words at least this frequent in English (Zipf scale: 6 is once in a thousand
#: words, 3 once in a million) weigh nothing: "people", "said", "city".
COMMON_ZIPF: Final = 5.5
#: The Zipf frequency of the rarest words of the list: a word it does not hold (a
#: name, "Kestrany", "Orvenna") weighs as one this rare.
RARE_ZIPF: Final = 3.0
#: A word ten times rarer weighs 2.0 more: near the ln(10) = 2.3 its inverse document
#: frequency would add, a little under it, so that reports of several attacks on one
#: named base do not all saturate context on the base's name.
_PER_ZIPF: Final = 2.0
#: A capitalised word at least this frequent in English (once in 100,000 words:
#: "Flash", "Heavy", "Deadly", "Strong", "Suspected") is an English word opening a
#: sentence or a headline, not a place name, unless the gazetteer knows it ("Mobile").
WORD_ZIPF: Final = 4.0
#: The weight of a word English does not use at all.
RARE_WEIGHT: Final = round(_PER_ZIPF * (COMMON_ZIPF - RARE_ZIPF), 2)


def background_weight(word: str) -> float:
    """
    How telling it is that two reports share *word*, from its frequency in English, 0.0-``RARE_WEIGHT``.

    A report's words are weighed by the reports around it (inverse document
    frequency); a handful of reports cannot say which words are rare, so a small
    corpus also weighs them by their frequency in English at large (the ``wordfreq``
    package's small English list, the 30,000 words used at least once in a million),
    on the scale of an inverse document frequency: 2.0 for each tenfold (one Zipf
    unit) below ``COMMON_ZIPF``, up to ``RARE_WEIGHT`` for a word the list does not
    hold (a name, a rare word).

    Args:
        word: A lower-case word.

    Returns:
        The weight.

    >>> background_weight("people"), background_weight("kestrany")
    (0.0, 5.0)
    >>> 0.0 < background_weight("rubble") < background_weight("kestrany")
    True
    """
    return _weight(word)


@functools.lru_cache(maxsize=1 << 16)
def english_zipf(word: str) -> float:
    """
    How frequent *word* is in English, on the Zipf scale (0.0 for a word the list does not hold).

    >>> english_zipf("strong") > 5.0, english_zipf("kestrany")
    (True, 0.0)
    """
    frequency = _frequencies().get(word)
    return round(math.log10(frequency) + 9.0, 2) if frequency else 0.0


@functools.lru_cache(maxsize=1 << 16)
def _weight(word: str) -> float:
    frequency = _frequencies().get(word)
    zipf = max(RARE_ZIPF, math.log10(frequency) + 9.0) if frequency else RARE_ZIPF
    return round(min(RARE_WEIGHT, _PER_ZIPF * max(0.0, COMMON_ZIPF - zipf)), 2)


@functools.cache
def _frequencies() -> dict[str, float]:
    """The English word list (word -> frequency), loaded once, on first use (15 ms)."""
    from wordfreq import get_frequency_dict  # noqa: PLC0415 - only small corpora pay for the list

    return get_frequency_dict("en", "small")


#: A word of four letters or more, capitalised or not: what title case is counted on.
_LONG_WORD: Final = re.compile(r"\b([A-Za-z])[a-z]{3,}\b")
#: The share of long words a headline in title case capitalises ("Male Juvenile in Custody").
_TITLE_SHARE: Final = 0.75


def title_cased(text: str) -> bool:
    """
    True when *text* capitalises its words as a title-case headline does.

    Such a headline capitalises common words too ("Boy Dies; Teen in Custody"), so a
    capital letter tells no name there. Three long words at least, three in four of
    them capitalised.

    >>> title_cased("Klamath Boy Shot in the Head Dies; Male Juvenile in Custody")
    True
    >>> title_cased("Teen in custody after Klamath shooting"), title_cased("Boy Dies")
    (False, False)
    """
    firsts = [m.group(1) for m in _LONG_WORD.finditer(text)]
    return len(firsts) >= 3 and sum(c.isupper() for c in firsts) >= _TITLE_SHARE * len(firsts)


def common_phrase(label: str) -> bool:
    """
    True when every word of *label* is a common English word (``WORD_ZIPF`` or more).

    In a title-case headline such a phrase is no name unless the gazetteer knows it
    ("in Custody", "in the Head Dies"; but "Mobile", "Reading").

    >>> common_phrase("Custody"), common_phrase("Head Dies"), common_phrase("Klamath")
    (True, True, False)
    """
    words = [w.strip(".,;:'’()").lower() for w in label.split()]
    return bool(words) and all(english_zipf(w) >= WORD_ZIPF for w in words)
