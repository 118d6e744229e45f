"""The claim path: the article path (``claimrec.reconcile``) fed with claims that already exist."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

import attrs

from claimrec.errors import InvalidValueError
from claimrec.model import Claim, CountClaim, Document

if TYPE_CHECKING:
    from claimrec.pipeline import Settings
    from claimrec.report import Report

__all__ = [
    "MAX_TEXT",
    "documents_of_claims",
    "reconcile_claims",
    "resolution_groups",
    "sentence_offset",
]

#: The longest text rebuilt for one document (characters); a span past it is refused.
MAX_TEXT: Final = 1 << 22


def _word_at(sentence: str, k: int, n: int) -> bool:
    """Whether ``sentence[k:k+n]`` is a whole word (no letter or digit glued on either side)."""
    before = sentence[k - 1] if k > 0 else " "
    after = sentence[k + n] if k + n < len(sentence) else " "
    return not before.isalnum() and not after.isalnum()


def sentence_offset(claim: Claim) -> tuple[int, ...]:
    """
    Where the claim's sentence may start in its document, read from its span and its figure.

    A count claim's span starts at its figure ("Four people were injured" in "Four
    people were injured, a witness said."), so each whole-word occurrence of the
    figure's text in the sentence, at offset ``k``, puts the sentence at
    ``span[0] - k``, provided the sentence then covers the whole span. Other claims,
    and figures not found, give no offset.

    Args:
        claim: A claim with ``sentence`` and ``span``.

    Returns:
        The possible starts, smallest first (empty when none can be read).

    >>> from claimrec.testing import count_claim
    >>> c = count_claim(quantity="four", span=(116, 140),
    ...                 sentence="Police said four people were injured.")
    >>> sentence_offset(c)
    (104,)
    """
    if not isinstance(claim, CountClaim) or not claim.sentence:
        return ()
    figure = claim.quantity.text.strip().lower()
    sentence = claim.sentence.lower()
    start, end = claim.span
    if not figure:
        return ()
    found: list[int] = []
    k = sentence.find(figure)
    while k >= 0:
        at = start - k
        if at >= 0 and at + len(sentence) >= end and _word_at(sentence, k, len(figure)):
            found.append(at)
        k = sentence.find(figure, k + 1)
    return tuple(found)


def _placements(claims: Sequence[Claim]) -> dict[str, int]:
    """Sentence -> its start, the one most of its claims allow (the smallest on ties)."""
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for c in claims:
        votes[c.sentence].update(sentence_offset(c))
    return {
        sentence: min(counts, key=lambda at: (-counts[at], at))
        for sentence, counts in votes.items()
        if counts
    }


def _rebuild(document: str, claims: Sequence[Claim]) -> str:
    """One document's text: each placed sentence at its start, spaces between, the rest after."""
    placed = sorted((at, s) for s, at in _placements(claims).items())
    parts: list[str] = []
    end = 0
    kept: set[str] = set()
    for at, sentence in placed:
        if at < end or at + len(sentence) > MAX_TEXT:
            continue  # overlaps a sentence already placed: it goes after the text
        parts.extend((" " * (at - end), sentence))
        end = at + len(sentence)
        kept.add(sentence)
    for sentence in dict.fromkeys(c.sentence for c in claims):
        if sentence and sentence not in kept:
            parts.append((" " if parts else "") + sentence)
            end += len(parts[-1])
    longest = max((c.span[1] for c in claims), default=0)
    if longest > MAX_TEXT:
        worst = max(claims, key=lambda c: c.span[1])
        msg = (
            f"claim {worst.id!r} of document {document!r} has span {worst.span!r}, past "
            f"{MAX_TEXT} characters; spans are character offsets into the document's text"
        )
        raise InvalidValueError(msg)
    if longest > end:
        parts.append(" " * (longest - end))
    return "".join(parts)


def documents_of_claims(claims: Iterable[Claim]) -> list[Document]:
    """
    A document for every document id the claims name, its text rebuilt from their sentences.

    Each sentence stands at the offset its claims' spans point to (``sentence_offset``),
    so the resolver reads the words between two figures of one sentence ("three women
    and one man") and the cue words around a figure as it does on the article; the
    sentences no span places follow, and the text is padded to the longest span.
    A headline's claims (the extractor gives them the empty span at offset 0) give
    the title. The documents have no date or outlet: a claim row does not carry them.

    Args:
        claims: Claims of any documents.

    Returns:
        One ``Document`` per document id, sorted by id.

    Raises:
        InvalidValueError: A span ends past ``MAX_TEXT`` characters.

    >>> from claimrec.testing import count_claim
    >>> a = count_claim(id="a", quantity="three", span=(0, 11), sentence="Three women and one man were hurt.")
    >>> b = count_claim(id="b", quantity="one", span=(16, 23), sentence="Three women and one man were hurt.")
    >>> [d.text for d in documents_of_claims([a, b])]
    ['Three women and one man were hurt.']
    """
    by_document: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_document[c.document].append(c)
    out = []
    for doc, own in sorted(by_document.items()):
        title = _headline(own)
        body = sorted(
            (c for c in own if c.sentence != title or c.span != (0, 0)), key=lambda c: c.id
        )
        out.append(Document(doc, _rebuild(doc, body), title=title))
    return out


def _headline(claims: Sequence[Claim]) -> str | None:
    """
    The headline, when claims read it: the extractor gives a headline's claims the empty span at 0.

    A headline given apart from the text has no offsets in it, so its claims carry
    ``span == (0, 0)`` and the headline as their sentence.
    """
    heads = Counter(c.sentence for c in claims if c.span == (0, 0) and c.sentence.strip())
    return min(heads, key=lambda s: (-heads[s], s)) if heads else None


def reconcile_claims(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document] = (),
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """
    Reconcile claims that already exist, on the article path: the same matcher and resolver.

    Documents not given are rebuilt from their claims (``documents_of_claims``), and
    the report lists them with an empty text, as a claim row carries none.

    Args:
        claims: The claims (for instance decoded with ``claimrec.report.codec.decode_claim``).
        documents: The documents the claims come from, when known (titles, dates, outlets).
        settings: As for ``claimrec.reconcile``.
        progress: Called with one line after each stage, as by ``claimrec.reconcile``.

    Returns:
        The report ``claimrec.reconcile(documents, claims=claims)`` gives.

    >>> from claimrec.testing import count_claim
    >>> c = count_claim(id="c1", document="d1", quantity="seven", span=(0, 5),
    ...                 sentence="Seven people were hurt.")
    >>> [f.verdict for f in reconcile_claims([c]).findings]
    ['consistent']
    """
    from claimrec.pipeline import Settings, reconcile  # noqa: PLC0415 - the pipeline imports us lazily

    known = {d.id for d in documents}
    stubs = documents_of_claims(c for c in claims if c.document not in known)
    report = reconcile(
        [*documents, *stubs],
        claims=list(claims),
        settings=settings or Settings(),
        progress=progress or False,
    )
    rebuilt = {d.id for d in stubs}
    return attrs.evolve(
        report,
        documents=tuple(Document(d.id, "") if d.id in rebuilt else d for d in report.documents),
    )


def resolution_groups(
    claims: Sequence[Claim], claim_event: Mapping[str, str | None]
) -> dict[str, str]:
    """
    Claim id -> the group it resolves in: whole events and whole documents, so groups run anywhere.

    Events that share a document fall in one group (the resolver reads a document's
    text, rebuilt from all its claims), so resolving each group alone gives what
    resolving everything at once gives. A group is named by its smallest document id.

    >>> from claimrec.testing import count_claim
    >>> a, b, c = (count_claim(id=i, document=d) for i, d in (("a", "d1"), ("b", "d2"), ("c", "d3")))
    >>> resolution_groups([a, b, c], {"a": "ev1", "b": "ev1", "c": None})
    {'a': 'd1', 'b': 'd1', 'c': 'd3'}
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in claims:
        event = claim_event.get(c.id)
        doc = find(f"d:{c.document}")
        if event is not None:
            ev = find(f"e:{event}")
            if ev != doc:
                low, high = sorted((ev, doc))
                parent[high] = low
    first: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: c.document):
        first.setdefault(find(f"d:{c.document}"), c.document)
    return {c.id: first[find(f"d:{c.document}")] for c in claims}
