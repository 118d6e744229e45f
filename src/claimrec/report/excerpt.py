"""
Bounded excerpts of long sentences, so a report grows linearly with its input.

A sentence of up to ``SENTENCE_LIMIT`` characters is written whole, exactly as before.
A longer one (a crawled page without punctuation, a list of a thousand figures) would be
copied into every claim it holds, so output would grow with the square of the input.
Writers show such a sentence as an excerpt instead: ``CONTEXT`` characters on each side
of the claim's span, with ``ELLIPSIS`` where the sentence was cut, and name the whole
sentence by its offsets into the document's text (``sentence_span``), which a report
holds once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claimrec.model import Claim

__all__ = ["CONTEXT", "ELLIPSIS", "SENTENCE_LIMIT", "SentenceLocator", "excerpt", "locate"]

#: Sentences up to this many characters are written whole.
SENTENCE_LIMIT: Final = 1000
#: Characters kept on each side of a claim's span in the excerpt of a longer sentence.
CONTEXT: Final = 200
#: Marks where an excerpt cuts its sentence.
ELLIPSIS: Final = "…"


def excerpt(sentence: str, start: int, end: int) -> tuple[str, int]:
    """
    A bounded excerpt of *sentence* around ``sentence[start:end]``, and where it starts.

    A sentence of at most ``SENTENCE_LIMIT`` characters comes back whole. A longer one
    keeps ``CONTEXT`` characters on each side of the span (a span longer than
    ``SENTENCE_LIMIT`` is itself cut to that length), with ``ELLIPSIS`` at each cut
    end, so the excerpt never exceeds ``SENTENCE_LIMIT + 2 * CONTEXT + 2`` characters.

    Args:
        sentence: The whole sentence.
        start: Where the span starts in *sentence*.
        end: Where the span ends in *sentence*.

    Returns:
        The excerpt, and the offset in *sentence* of its first character after any
        leading ``ELLIPSIS``.

    >>> excerpt("Seven were hurt.", 0, 5)
    ('Seven were hurt.', 0)
    >>> text, at = excerpt("x " * 600 + "Seven were hurt." + " y" * 600, 1200, 1205)
    >>> len(text), text[:3], text.endswith(ELLIPSIS), at
    (407, '…x ', True, 1000)
    """
    if len(sentence) <= SENTENCE_LIMIT:
        return sentence, 0
    start = min(max(start, 0), len(sentence))
    end = min(max(end, start), start + SENTENCE_LIMIT, len(sentence))
    a, b = max(0, start - CONTEXT), min(len(sentence), end + CONTEXT)
    head = ELLIPSIS if a > 0 else ""
    tail = ELLIPSIS if b < len(sentence) else ""
    return f"{head}{sentence[a:b]}{tail}", a


def locate(claim: Claim, text: str) -> int | None:
    """
    Where the claim's sentence starts in its document's *text*, when it covers the span.

    >>> from claimrec.testing import count_claim
    >>> locate(count_claim(sentence="Seven were hurt.", span=(10, 15)), "Two died. Seven were hurt.")
    10
    >>> locate(count_claim(sentence="Seven were hurt.", span=(0, 5)), "Two died.") is None
    True
    """
    sentence = claim.sentence
    start, end = claim.span
    if not sentence or not text:
        return None
    at = text.find(sentence, max(0, end - len(sentence)), start + len(sentence))
    if at != -1 and at <= start and at + len(sentence) >= end:
        return at
    return None


class SentenceLocator:
    """
    ``locate`` with memory: each distinct sentence of a document is searched for once.

    Many claims of one long sentence share its start, so a report is placed in time
    linear in its size instead of one search of the sentence per claim. A document
    whose text is not known (a report of claim lines: ``claimrec reconcile --claims``)
    places a long sentence where its claims' spans and figures put it, by the vote the
    claim path rebuilds texts with (``claimrec.engines.sentence_offset``), when *claims*
    are given.

    >>> from claimrec.testing import count_claim
    >>> where = SentenceLocator({"d1": "Two died. Seven were hurt."})
    >>> where(count_claim(document="d1", sentence="Seven were hurt.", span=(10, 15)))
    10
    """

    def __init__(self, texts: dict[str, str], claims: Iterable[Claim] = ()) -> None:
        self._texts = texts
        self._seen: dict[tuple[str, str], int | None] = {}
        self._voted = _votes(c for c in claims if not texts.get(c.document))

    def __call__(self, claim: Claim) -> int | None:
        """Where *claim*'s sentence starts in its document's text, or None."""
        key = (claim.document, claim.sentence)
        at = self._seen.get(key)
        start, end = claim.span
        if at is not None and at <= start and at + len(claim.sentence) >= end:
            return at
        text = self._texts.get(claim.document, "")
        at = locate(claim, text) if text else self._voted.get(key)
        self._seen[key] = at
        return at


def _votes(claims: Iterable[Claim]) -> dict[tuple[str, str], int]:
    """Each long sentence's start, the one most of its claims allow (the smallest on ties)."""
    from claimrec.engines.claims import sentence_offset  # noqa: PLC0415 - engines use reports

    votes: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for c in claims:
        if len(c.sentence) > SENTENCE_LIMIT:
            votes[c.document, c.sentence].update(sentence_offset(c))
    return {
        key: min(counts, key=lambda at: (-counts[at], at))
        for key, counts in votes.items()
        if counts
    }
