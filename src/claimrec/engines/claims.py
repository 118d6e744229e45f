"""The claim path: the article path (``claimrec.reconcile``) fed with claims that already exist."""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import field

from claimrec._checks import brief, new_unchecked, to_date
from claimrec.errors import InvalidDocumentError, InvalidValueError
from claimrec.link.rows import READING, RowReading
from claimrec.model import Claim, CountClaim, Document

if TYPE_CHECKING:
    from claimrec.pipeline import Settings
    from claimrec.report import Report

__all__ = [
    "DOCUMENT_FIELDS",
    "MAX_TEXT",
    "Dateline",
    "dateline_of_row",
    "datelines_of_rows",
    "documents_of_claims",
    "merge_dateline",
    "reconcile_claims",
    "resolution_groups",
    "sentence_offset",
]

#: The longest text rebuilt for one document (characters); a span past it is refused.
MAX_TEXT: Final = 1 << 22


@attrs.frozen
class Dateline:
    """
    What claim rows may tell of their document besides their sentences: day, outlet, title, lead.

    A claim row (``claimrec.report/1`` claim shape) may carry its document's
    ``published`` (ISO 8601 date), ``outlet`` and ``title``, and one row of a
    document its ``lead``: ``{"start": offset, "text": ...}``, the paragraphs the
    main-event reader reads after the headline (``claimrec.link.profile.lead_range``),
    where they stand in the text. The documents rebuilt from the claims
    (``documents_of_claims``) get them, so the resolver orders figures by
    publication day and tells outlets apart, and the matcher reads the headline and
    lead, as they do on the article path.

    >>> Dateline(dt.date(2024, 3, 9), "Daily Post")
    Dateline(published=datetime.date(2024, 3, 9), outlet='Daily Post', title=None)
    """

    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    lead: tuple[int, str] | None = field(default=None, repr=False)


#: The optional fields of a claim row that describe its document (``Dateline``).
DOCUMENT_FIELDS: Final = ("published", "outlet", "title", "lead")


def _row_date(value: object) -> dt.date | None:
    """An ISO 8601 date (a datetime's day) from a row's ``published``; None stays None."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return to_date(value)
        except InvalidValueError:
            pass
    msg = (
        "the claim field 'published' must be an ISO 8601 date such as '2024-03-09' or null; "
        f"got {brief(value)}"
    )
    raise InvalidDocumentError(msg, field="published")


def _row_text(row: Mapping[str, Any], name: str) -> str | None:
    """A row's optional ``outlet`` or ``title``: a non-empty string or None."""
    value = row.get(name)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"the claim field {name!r} must be a non-empty string or null; got {brief(value)}"
        raise InvalidDocumentError(msg, field=name)
    return value


def _row_lead(value: object) -> tuple[int, str] | None:
    """A row's optional ``lead``: ``{"start": offset, "text": the text there}``, as ``(start, text)``."""
    if value is None:
        return None
    start = value.get("start") if isinstance(value, dict) else None
    text = value.get("text") if isinstance(value, dict) else None
    if (
        isinstance(start, int)
        and not isinstance(start, bool)
        and isinstance(text, str)
        and text
        and 0 <= start <= MAX_TEXT - len(text)
    ):
        return start, text
    msg = (
        "the claim field 'lead' must be null or an object with 'start', a character offset, "
        f"and 'text', the non-empty text there, ending before {MAX_TEXT}; got {brief(value)}"
    )
    raise InvalidDocumentError(msg, field="lead")


def dateline_of_row(row: Mapping[str, Any]) -> Dateline | None:
    """
    The ``published``, ``outlet``, ``title`` and ``lead`` of one claim row, checked; None when it gives none.

    Raises:
        InvalidDocumentError: ``published`` is not an ISO 8601 date, ``outlet`` or
            ``title`` not a non-empty string, or ``lead`` not ``{"start": offset,
            "text": text}`` (``field`` names which).

    >>> dateline_of_row({"published": "2024-03-09T08:00:00", "outlet": "Daily Post"})
    Dateline(published=datetime.date(2024, 3, 9), outlet='Daily Post', title=None)
    >>> dateline_of_row({"id": "c1"}) is None
    True
    >>> dateline_of_row({"title": ""})
    Traceback (most recent call last):
    ...
    claimrec.errors.InvalidDocumentError: the claim field 'title' must be a non-empty string or null; got ''
    """
    published = _row_date(row.get("published"))
    outlet, title = _row_text(row, "outlet"), _row_text(row, "title")
    lead = _row_lead(row.get("lead"))
    if published is None and outlet is None and title is None and lead is None:
        return None
    return Dateline(published, outlet, title, lead)


def merge_dateline(known: dict[str, Dateline], document: str, found: Dateline | None) -> None:
    """
    Add what one row tells of *document* to *known*; a row that omits a field agrees with any.

    Raises:
        InvalidDocumentError: The row gives a ``published``, ``outlet`` or ``title`` that
            another row of the same document gave differently (``field`` names which).

    >>> known = {}
    >>> merge_dateline(known, "d1", Dateline(outlet="Daily Post"))
    >>> merge_dateline(known, "d1", Dateline(dt.date(2024, 3, 9)))
    >>> known["d1"]
    Dateline(published=datetime.date(2024, 3, 9), outlet='Daily Post', title=None)
    """
    if found is None:
        return
    old = known.get(document)
    if old is None or old is found:  # the first row of its document, or one that says the same
        known[document] = found
        return
    for name in DOCUMENT_FIELDS:
        mine, theirs = getattr(found, name), getattr(old, name)
        if mine is not None and theirs is not None and mine != theirs:
            msg = (
                f"the claim field {name!r} of document {document!r} is {brief(mine)}, but another "
                f"claim of that document gives {brief(theirs)}"
            )
            raise InvalidDocumentError(msg, field=name)
    known[document] = Dateline(
        *(
            getattr(found, name) if getattr(found, name) is not None else getattr(old, name)
            for name in DOCUMENT_FIELDS
        )
    )


def datelines_of_rows(rows: Iterable[Mapping[str, Any]]) -> dict[str, Dateline]:
    """
    Document id -> its ``Dateline``, from the claim rows that carry one.

    Raises:
        InvalidDocumentError: A row's ``published``, ``outlet`` or ``title`` is malformed, or two
            rows of one document disagree on it.

    >>> datelines_of_rows([{"document": "d1", "published": "2024-03-09"}, {"document": "d2"}])
    {'d1': Dateline(published=datetime.date(2024, 3, 9), outlet=None, title=None)}
    """
    known: dict[str, Dateline] = {}
    for row in rows:
        merge_dateline(known, row["document"], dateline_of_row(row))
    return known


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
    if not figure:
        return ()
    sentence = claim.sentence.lower()
    k = sentence.find(figure)
    if k < 0:
        return ()
    start, end = claim.span
    found: list[int] = []
    while k >= 0:
        at = start - k
        if at >= 0 and at + len(sentence) >= end and _word_at(sentence, k, len(figure)):
            found.append(at)
        k = sentence.find(figure, k + 1)
    return tuple(found)


def _placements(claims: Sequence[Claim]) -> dict[str, int]:
    """Sentence -> its start, the one most of its claims allow (the smallest on ties)."""
    votes: dict[str, list[int]] = {}  # most sentences get one vote: no Counter for them
    for c in claims:
        found = sentence_offset(c)
        if found:
            known = votes.get(c.sentence)
            if known is None:
                votes[c.sentence] = list(found)
            else:
                known.extend(found)
    return {
        sentence: starts[0] if len(starts) == 1 else _most_voted(starts)
        for sentence, starts in votes.items()
    }


def _most_voted(starts: list[int]) -> int:
    """The start given most often (the smallest on ties)."""
    counts = Counter(starts)
    return min(counts, key=lambda at: (-counts[at], at))


def _segments(
    claims: Sequence[Claim], lead: tuple[int, str] | None
) -> tuple[list[tuple[int, str]], set[str]]:
    """
    The text's pieces by start: the lead where its row put it, then each placed sentence around it.

    A sentence the lead holds verbatim is already in the text (returned apart), even
    where its claims' spans point elsewhere (a figure read from the sentence before);
    one that overlaps the lead otherwise is left to follow the text.
    """
    placed = sorted((at, s) for s, at in _placements(claims).items())
    if lead is None:
        return placed, set()
    start, text = lead
    end = start + len(text)
    inside = _held(text, {c.sentence for c in claims})
    pieces = [lead]
    for at, sentence in placed:
        if sentence not in inside and (at + len(sentence) <= start or at >= end):
            pieces.append((at, sentence))
    return sorted(pieces), inside


#: Characters of a sentence's start used to find where a lead may hold it.
_PREFIX: Final = 12
#: Starts tried per sentence: a lead that repeats one opening many times is hostile.
_TRIES: Final = 8
_WORD_START: Final = re.compile(r"(?<!\S)\S")


def _held(text: str, sentences: Iterable[str]) -> set[str]:
    r"""
    The *sentences* that *text* holds verbatim, each starting where a word starts.

    Linear in the text and the sentences: each sentence is tried at no more than
    ``_TRIES`` word starts that open as it does.

    >>> sorted(_held("Menu.\nTwo people died. Police came.", ["Two people died.", "Nobody came."]))
    ['Two people died.']
    """
    starts: dict[str, list[int]] = defaultdict(list)
    for m in _WORD_START.finditer(text):
        starts[text[m.start() : m.start() + _PREFIX]].append(m.start())
    return {
        s
        for s in sentences
        if s and any(text.startswith(s, at) for at in starts.get(s[:_PREFIX], ())[:_TRIES])
    }


def _gap(width: int, *, paragraphs: bool) -> str:
    """
    Padding between two pieces of a rebuilt text: spaces, or a line break then spaces.

    With a lead (*paragraphs*), each piece stands as its own paragraph, so the
    main-event reader never reads sentences that stood apart in the article as one
    paragraph; without one, the sentences read as one paragraph, as they always have.
    """
    if width <= 0:
        return ""
    return ("\n" if paragraphs else " ") + " " * (width - 1)


def _rebuild(document: str, claims: Sequence[Claim], lead: tuple[int, str] | None = None) -> str:
    """One document's text: the lead and each placed sentence at its start, padded between, the rest after."""
    pieces, kept = _segments(claims, lead)
    parts: list[str] = []
    end = 0
    for at, piece in pieces:
        if at < end or at + len(piece) > MAX_TEXT:
            continue  # overlaps a sentence already placed: it goes after the text
        parts.extend((_gap(at - end, paragraphs=lead is not None), piece))
        end = at + len(piece)
        kept.add(piece)
    for sentence in dict.fromkeys(c.sentence for c in claims):
        if sentence and sentence not in kept:
            parts.append(_gap(1 if parts else 0, paragraphs=lead is not None) + sentence)
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


def documents_of_claims(
    claims: Iterable[Claim], *, datelines: Mapping[str, Dateline] | None = None
) -> list[Document]:
    """
    A document for every document id the claims name, its text rebuilt from their sentences.

    Each sentence stands at the offset its claims' spans point to (``sentence_offset``),
    so the resolver reads the words between two figures of one sentence ("three women
    and one man") and the cue words around a figure as it does on the article; a lead
    a row carries (``Dateline.lead``) stands at its offset, so the main-event reader
    reads the lead it reads on the article (pieces are then kept apart by line breaks);
    the sentences no span places follow, and the text is padded to the longest span.
    A document's date, outlet and title are those its rows gave (*datelines*, as
    ``datelines_of_rows`` reads them), else None; without a title, a headline's
    claims (the extractor gives them the empty span at offset 0) give it. Every
    document carries a ``claimrec.link.rows.RowReading`` in its metadata (with the
    lead its rows carry, if any): its match profile reads, with the article path's
    main-event reader, only its title and that lead (``claimrec.link.rows.reading_of``),
    else the whole rebuilt text, less the event's day and places where its claims'
    mentions tell them (``claimrec.link.rows.told_by_mentions``).

    Args:
        claims: Claims of any documents.
        datelines: Document id -> its publication day, outlet and title, where known.

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
    known = datelines or {}
    for doc, own in sorted(by_document.items()):
        line = known.get(doc, _NO_DATELINE)
        title = line.title or _headline(own)
        own.sort(key=_ID)
        body = own if title is None else [c for c in own if c.sentence != title or c.span != _AT_0]
        out.append(
            Document(
                doc,
                _rebuild(doc, body, line.lead),
                title=title,
                published=line.published,
                outlet=line.outlet,
                metadata={READING: RowReading(line.lead[1]) if line.lead else _NO_LEAD},
            )
        )
    return out


#: What a document's rows tell when they tell nothing; the reading of a document with no lead.
_NO_DATELINE: Final = Dateline()
_NO_LEAD: Final = RowReading()
#: A claim's id (the order of a document's claims); the span of a headline's claims.
_ID: Final = operator.attrgetter("id")
_AT_0: Final = (0, 0)


def _headline(claims: Sequence[Claim]) -> str | None:
    """
    The headline, when claims read it: the extractor gives a headline's claims the empty span at 0.

    A headline given apart from the text has no offsets in it, so its claims carry
    ``span == (0, 0)`` and the headline as their sentence.
    """
    heads = Counter([c.sentence for c in claims if c.span == _AT_0 and c.sentence.strip()])
    return min(heads, key=lambda s: (-heads[s], s)) if heads else None


def reconcile_claims(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document] = (),
    datelines: Mapping[str, Dateline] | None = None,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """
    Reconcile claims that already exist, on the article path: the same matcher and resolver.

    Documents not given are rebuilt from their claims (``documents_of_claims``), and
    the report lists them with an empty text, as a claim row carries none, and with
    the date, outlet and title their rows gave (*datelines*).

    Args:
        claims: The claims (for instance decoded with ``claimrec.report.codec.decode_claim``).
        documents: The documents the claims come from, when known (titles, dates, outlets).
        datelines: For documents not given: document id -> the publication day, outlet
            and title their claim rows carry (``datelines_of_rows``).
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
    return reconcile_rows(
        claims, documents=documents, datelines=datelines, settings=settings, progress=progress
    )


def reconcile_rows(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document] = (),
    datelines: Mapping[str, Dateline] | None = None,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    keep_matching: bool = True,
) -> Report:
    """
    ``reconcile_claims``; with *keep_matching* False, the report keeps only a summary of matching.

    The claim path of ``claimrec.scale`` writes the report and returns counts: it
    asks for no pair explanations, so matching's profiles, scored pairs and matches
    are let go of before resolving (the report's ``matching`` has the events, the
    assignments and the count of candidate pairs; ``matches`` and ``pairs`` are
    empty). The report's bytes are the same either way.

    >>> from claimrec.testing import count_claim
    >>> c = count_claim(id="c1", document="d1", quantity="seven", span=(0, 5),
    ...                 sentence="Seven people were hurt.")
    >>> reconcile_rows([c], keep_matching=False).candidates()
    ()
    """
    from claimrec.pipeline import Settings, _reconcile  # noqa: PLC0415 - the pipeline imports us lazily

    known = {d.id for d in documents}
    stubs = documents_of_claims((c for c in claims if c.document not in known), datelines=datelines)
    report = _reconcile(
        [*documents, *stubs],
        claims=list(claims),
        settings=settings or Settings(),
        progress=progress or False,
        n_process=1,
        columns={},
        keep_matching=keep_matching,
    )
    rebuilt = {d.id for d in stubs}
    return attrs.evolve(
        report,
        documents=tuple([_listed(d) if d.id in rebuilt else d for d in report.documents]),
    )


def _listed(document: Document) -> Document:
    """
    A rebuilt document as the report lists it: its id, title, day and outlet, with no text.

    Its fields are those of a checked ``Document``, so it is built without checking them again.

    >>> _listed(Document("d1", "Two died.", title="Crash", outlet="Post"))
    Document(id='d1', title='Crash', published=None, outlet='Post', chars=0)
    """
    return new_unchecked(
        Document,
        id=document.id,
        text="",
        title=document.title,
        published=document.published,
        outlet=document.outlet,
        url=None,
        path=None,
        metadata={},
        chars=0,
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
