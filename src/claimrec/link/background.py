"""How rare a word is in English at large, for context matching in corpora too small to tell."""

from __future__ import annotations

import functools
import math
from typing import Final

__all__ = ["COMMON_ZIPF", "RARE_WEIGHT", "background_weight"]

#: Words at least this frequent in English (Zipf scale: 6 is once in a thousand
#: words, 3 once in a million) weigh nothing: "people", "said", "city".
COMMON_ZIPF: Final = 5.5
#: The weight of a word English does not use at all: a name ("Kestrany", "Orvenna").
RARE_WEIGHT: Final = 3.0


def background_weight(word: str) -> float:
    """
    How telling it is that two reports share *word*, from its frequency in English, 0.0-``RARE_WEIGHT``.

    A report's words are weighed by the reports around it (inverse document
    frequency); a handful of reports cannot say which words are rare, so a small
    corpus also weighs them by their frequency in English at large (the ``wordfreq``
    package's small English list, the 30,000 words used at least once in a million):
    one Zipf unit below ``COMMON_ZIPF`` weighs 1.0, capped at ``RARE_WEIGHT``, the
    weight of a word the list does not hold (a name, a rare word).

    Args:
        word: A lower-case word.

    Returns:
        The weight.

    >>> background_weight("people"), background_weight("kestrany")
    (0.0, 3.0)
    >>> 0.0 < background_weight("rubble") < background_weight("kestrany")
    True
    """
    return _weight(word)


@functools.lru_cache(maxsize=1 << 16)
def _weight(word: str) -> float:
    frequency = _frequencies().get(word)
    if not frequency:
        return RARE_WEIGHT
    zipf = math.log10(frequency) + 9.0
    return round(min(RARE_WEIGHT, max(0.0, COMMON_ZIPF - zipf)), 2)


@functools.cache
def _frequencies() -> dict[str, float]:
    """The English word list (word -> frequency), loaded once, on first use (15 ms)."""
    from wordfreq import get_frequency_dict  # noqa: PLC0415 - only small corpora pay for the list

    return get_frequency_dict("en", "small")
