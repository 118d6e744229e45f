"""
The ``claimrec.report/1`` JSON codec: every backend writes and reads reports through it.

The JSON document has four lists (DESIGN.md, "Report and JSON contract"), each sorted by
id so the same evidence gives byte-identical output:

- ``documents``: ``{id, title, published, outlet, event}`` (+ ``url``, ``text``)
- ``events``: ``{id, documents, location, date, kind, estimates}`` (+ ``place``)
- ``claims``: ``{id, document, event, type, measure, subject, group, scope, quantity,
  stance, actor, attribution, flags, span, sentence}`` (+ ``sentence_span``, ``mention``,
  ``pattern``, ``provisional``)
- ``findings``: ``{event, measure, group, verdict, consensus, claims, conflicts,
  explanation}``

plus ``schema`` and ``errors`` (every input problem that made claimrec skip something).

A sentence is stored once, in its document's ``text``. A claim's ``sentence`` is the
whole sentence when it has at most ``excerpt.SENTENCE_LIMIT`` characters (every ordinary
sentence: such records are unchanged). A longer sentence placed in its document's text
is written as a bounded excerpt around the claim's span, cut ends marked with ``…``,
followed by ``sentence_span``: ``[start, end]`` of the whole sentence in the document's
``text``, and ``excerpt_start``: where the excerpt's text (after a leading ``…``) starts
in the document's ``text``. ``loads`` restores the whole sentence from the text, one
string shared by all its claims; a reader of claim lines alone (``claimrec reconcile
--claims``) joins the excerpts of one sentence with ``join_excerpts``. So the JSON grows linearly with the input, however many claims one sentence holds.
The JSON Schema ships in the package as ``claimrec/schema/report-1.json``. The record
functions (``encode_claim``, ``decode_claim``, ``encode_finding``, ...) are what the
streaming backends (``claimrec.scale``, ``claimrec.spark``) write line by line, so every
backend gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import json
import math
import operator
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from claimrec._checks import to_date
from claimrec.errors import ClaimrecError, InvalidDocumentError
from claimrec.model import (
    Arithmetic,
    Attribution,
    Claim,
    CountClaim,
    Document,
    Event,
    EventMention,
    Finding,
    Quantity,
    ResponsibilityClaim,
    Term,
)
from claimrec.report.excerpt import ELLIPSIS, SENTENCE_LIMIT, SentenceLocator, excerpt
from claimrec.resolve import Estimate

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from claimrec.report.core import Report

__all__ = [
    "SCHEMA",
    "claim_rows",
    "decode_claim",
    "decode_finding",
    "dump",
    "dumps",
    "encode_claim",
    "encode_document",
    "encode_error",
    "encode_estimates",
    "encode_event",
    "encode_finding",
    "encode_report",
    "join_excerpts",
    "loads",
]

#: The schema name written into every report.
SCHEMA: Final = "claimrec.report/1"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _quantity_json(q: Quantity) -> dict[str, Any]:
    return {
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
        "text": q.text,
        "tolerance": q.tolerance,
    }


def _quantity_from(data: Mapping[str, Any]) -> Quantity:
    return Quantity(
        data["low"],
        data.get("high"),
        qualifier=data.get("qualifier", "exact"),
        text=data.get("text", ""),
        tolerance=data.get("tolerance", 0.0),
    )


def _mention_json(m: EventMention) -> dict[str, Any]:
    return {
        "location": m.location,
        "place": m.place,
        "date": _iso(m.date),
        "precision": m.precision,
        "kind": m.kind,
        "focus": m.focus,
    }


def _sentence_json(c: Claim, sentence_start: int | None) -> dict[str, Any]:
    """``sentence``, and ``sentence_span`` when a long placed sentence becomes an excerpt."""
    if sentence_start is None or len(c.sentence) <= SENTENCE_LIMIT:
        return {"sentence": c.sentence}
    text, cut = excerpt(c.sentence, c.span[0] - sentence_start, c.span[1] - sentence_start)
    return {
        "sentence": text,
        "sentence_span": [sentence_start, sentence_start + len(c.sentence)],
        "excerpt_start": sentence_start + cut,
    }


def encode_claim(
    c: Claim, event: str | None, *, sentence_start: int | None = None
) -> dict[str, Any]:
    """
    One claim as its ``claims`` record; *event* is the event it is about (or None).

    Args:
        c: The claim.
        event: The id of the event it is about, or None.
        sentence_start: Where its sentence starts in its document's text, when known. A
            sentence longer than ``excerpt.SENTENCE_LIMIT`` is then written as a bounded
            excerpt with ``sentence_span``; without it, the sentence is written whole.

    >>> from claimrec.testing import count_claim
    >>> encode_claim(count_claim(id="c1"), "ev-1")["quantity"]["low"]
    7
    >>> long = count_claim(sentence="x " * 600 + "7 were hurt." + " y" * 600, span=(1210, 1211))
    >>> record = encode_claim(long, None, sentence_start=10)
    >>> len(record["sentence"]), record["sentence_span"], record["excerpt_start"]
    (403, [10, 2422], 1010)
    """
    count = c if isinstance(c, CountClaim) else None
    resp = c if isinstance(c, ResponsibilityClaim) else None
    return {
        "id": c.id,
        "document": c.document,
        "event": event,
        "type": "count" if count else "responsibility",
        "measure": count.measure if count else None,
        "subject": count.subject if count else None,
        "group": count.group if count else None,
        "scope": count.scope if count else None,
        "quantity": _quantity_json(count.quantity) if count else None,
        "stance": resp.stance if resp else None,
        "actor": resp.actor if resp else None,
        "attribution": {
            "kind": c.attribution.kind,
            "source": c.attribution.source,
            "chain": list(c.attribution.chain),
        },
        "flags": list(c.flags),
        "span": list(c.span),
        **_sentence_json(c, sentence_start),
        "mention": _mention_json(c.mention),
        "pattern": c.pattern,
        "provisional": c.provisional,
    }


def decode_claim(
    data: Mapping[str, Any],
    *,
    sentence: str | None = None,
    shared: dict[Any, Any] | None = None,
) -> Claim:
    """
    Read one ``claims`` record back into a ``CountClaim`` or ``ResponsibilityClaim``.

    Args:
        data: The record.
        sentence: The claim's whole sentence, when the caller has it (``loads`` reads
            it from the document's text at ``sentence_span``); by default the record's
            ``sentence`` (for a long sentence, its excerpt).
        shared: A dict the caller keeps for all the records of one input: equal
            strings, spans, attributions, mentions and quantities of its claims are then one
            object each (many claims repeat them), so a large input takes less memory
            and time (wire copy repeats whole sentences across documents). The claims
            are equal to those read without it.

    >>> from claimrec.testing import count_claim
    >>> c = count_claim(id="c1")
    >>> decode_claim(encode_claim(c, None)) == c
    True
    >>> shared = {}
    >>> a = decode_claim(encode_claim(c, None), shared=shared)
    >>> b = decode_claim(encode_claim(c, None), shared=shared)
    >>> a == c, a.mention is b.mention, a.sentence is b.sentence, a.span is b.span
    (True, True, True, True)
    """
    own = _Shared(shared if shared is not None else {})
    att = data["attribution"]
    document, text, pattern = own.texts(
        data["document"],
        data.get("sentence", "") if sentence is None else sentence,
        data.get("pattern", ""),
    )
    # the fields every claim has, read in this order (so a bad record fails as it did)
    span = own.span(data["span"])
    attribution = own.attribution(att)
    mention = own.mention(data.get("mention") or {})
    provisional = data.get("provisional", False)
    flags = tuple(data.get("flags", ()))
    if data["type"] == "count":
        measure, subject, group, scope = own.texts(
            data["measure"], data.get("subject") or "", data["group"], data.get("scope", "event")
        )
        return CountClaim(
            measure=measure,
            subject=subject,
            group=group,
            quantity=own.quantity(data["quantity"]),
            scope=scope,
            id=data["id"],
            document=document,
            span=span,
            sentence=text,
            attribution=attribution,
            mention=mention,
            pattern=pattern,
            provisional=provisional,
            flags=flags,
        )
    return ResponsibilityClaim(
        stance=own.text(data["stance"]),
        actor=own.text(data.get("actor")),
        id=data["id"],
        document=document,
        span=span,
        sentence=text,
        attribution=attribution,
        mention=mention,
        pattern=pattern,
        provisional=provisional,
        flags=flags,
    )


#: The type of the values ``_Shared.texts`` shares in one pass.
_STRINGS: Final = frozenset({str})
#: The types of the values a shared object may be keyed by.
_PLAIN: Final = frozenset({str, type(None)})


def _plain(*values: object) -> bool:
    """Whether every value is a string or None: the values a shared object may be keyed by."""
    return _PLAIN.issuperset(map(type, values))


class _Shared:
    """
    One object for equal parts of many claim records (``decode_claim``'s *shared*).

    Only records whose parts are plain JSON strings (and whole numbers for a quantity)
    are shared, keyed by their exact values and types; anything else is built anew,
    so its errors read as they do without sharing.
    """

    def __init__(self, seen: dict[Any, Any]) -> None:
        self._seen = seen

    def text(self, value: Any) -> Any:  # noqa: ANN401 - a JSON value, checked by the model
        """The one copy of a string (anything else as it is)."""
        return self._seen.setdefault(value, value) if type(value) is str else value

    def texts(self, *values: Any) -> list[Any]:  # noqa: ANN401 - JSON values, checked by the model
        """``text`` of each value, in one call (a claim record has seven strings)."""
        if _STRINGS.issuperset(map(type, values)):
            return list(map(self._seen.setdefault, values, values))  # in C: no frame per value
        return [self.text(v) for v in values]

    def span(self, value: Any) -> Any:  # noqa: ANN401 - a JSON value, checked by the model
        """The one copy of a span of two whole numbers (anything else as a new tuple)."""
        span = tuple(value)
        if len(span) != 2 or type(span[0]) is not int or type(span[1]) is not int:
            return span
        return self._seen.setdefault(("span", *span), span)

    def attribution(self, att: Mapping[str, Any]) -> Attribution:
        """The record's attribution, one object per distinct kind, source and chain."""
        kind, source, chain = att["kind"], att.get("source"), att.get("chain", ())
        if type(chain) is not list:
            return Attribution(kind, source, chain=chain)
        try:
            found = self._seen.get(("attribution", kind, source, *chain))
        except TypeError:  # an unhashable value: not shared; the model judges it
            found = None
        if found is None:
            # only keys of plain values are kept: a key found is of plain values too
            if not _plain(kind, source, *chain):
                return Attribution(kind, source, chain=chain)
            # kept under a key of the shared strings: the line's own copies can go
            kind, source, *chain = self.texts(kind, source, *chain)
            found = self._seen["attribution", kind, source, *chain] = Attribution(
                kind, source, chain=chain
            )
        return found

    def mention(self, mention: Mapping[str, Any]) -> EventMention:
        """The record's mention, one object per distinct set of fields."""
        if not isinstance(mention, dict):
            return EventMention(**mention)
        # one flat tuple (names, then values): no pair per field kept in the key
        try:
            found = self._seen.get(("mention", *mention, *mention.values()))
        except TypeError:  # an unhashable value: not shared; the model judges it
            found = None
        if found is None:
            # only keys of plain values are kept: a key found is of plain values too
            if not _plain(*mention.values()):
                return EventMention(**mention)
            # kept under a key of the shared strings: the line's own copies can go
            values = self.texts(*mention.values())
            fields = {
                k: self.date(v) if k == "date" else v for k, v in zip(mention, values, strict=True)
            }
            found = self._seen["mention", *mention, *values] = EventMention(**fields)
        return found

    def date(self, value: str | None) -> Any:  # noqa: ANN401 - a date, or the value as given
        """The one ``datetime.date`` of an ISO 8601 date; anything else as given (the model judges it)."""
        if value is None:
            return None
        key = ("date", value)
        found = self._seen.get(key)
        if found is None:
            try:
                found = to_date(value)
            except ValueError:
                return value  # EventMention names the field and the value
            self._seen[key] = found
        return found

    def quantity(self, data: Mapping[str, Any]) -> Quantity:
        """The record's quantity, one object per distinct bounds, qualifier, text and tolerance."""
        low, high = data["low"], data.get("high")
        qualifier, text = data.get("qualifier", "exact"), data.get("text", "")
        tolerance = data.get("tolerance", 0.0)
        if not (
            type(low) is int
            and (high is None or type(high) is int)
            and type(tolerance) in {int, float}
            and _plain(qualifier, text)
        ):
            return _quantity_from(data)
        # the type and sign keep 0 and 0.0, 0.0 and -0.0 apart: they are written differently
        sign = math.copysign(1.0, tolerance)
        key = ("quantity", low, high, qualifier, text, type(tolerance), sign, tolerance)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = _quantity_from(data)
        return found


def _bounds_json(q: Quantity | None) -> dict[str, Any] | None:
    return None if q is None else {"low": q.low, "high": q.high, "qualifier": q.qualifier}


def _bounds_from(data: Mapping[str, Any] | None) -> Quantity | None:
    if not data:
        return None
    return Quantity(data["low"], data.get("high"), qualifier=data.get("qualifier", "range"))


def _term_json(t: Term) -> dict[str, Any]:
    return {
        "op": t.op,
        "group": t.group,
        "result": _bounds_json(t.result),
        "claims": list(t.claims),
        "terms": [_term_json(x) for x in t.terms],
        "note": t.note,
    }


def _term_from(data: Mapping[str, Any]) -> Term:
    return Term(
        op=data["op"],
        group=data["group"],
        result=_bounds_from(data.get("result")),
        claims=tuple(data.get("claims", ())),
        terms=tuple(_term_from(x) for x in data.get("terms", ())),
        note=data.get("note", ""),
    )


def _arithmetic_json(a: Arithmetic | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "consensus": _term_json(a.consensus) if a.consensus is not None else None,
        "raised": [{"claim": claim, "by": list(by)} for claim, by in a.raised],
        "set_aside": [{"claim": claim, "reason": why} for claim, why in a.set_aside],
    }


def _arithmetic_from(data: Mapping[str, Any] | None) -> Arithmetic | None:
    if data is None:
        return None
    term = data.get("consensus")
    return Arithmetic(
        consensus=_term_from(term) if term else None,
        raised=tuple((r["claim"], tuple(r["by"])) for r in data.get("raised", ())),
        set_aside=tuple((r["claim"], r["reason"]) for r in data.get("set_aside", ())),
    )


def encode_finding(f: Finding) -> dict[str, Any]:
    """
    One finding as its ``findings`` record.

    >>> f = Finding(event="ev", measure="killed", group="people", verdict="consistent")
    >>> encode_finding(f)["verdict"]
    'consistent'
    """
    return {
        "event": f.event,
        "measure": f.measure,
        "group": f.group,
        "verdict": f.verdict,
        "consensus": _bounds_json(f.consensus),
        "claims": list(f.claims),
        "conflicts": [list(c) for c in f.conflicts],
        "explanation": f.explanation,
        "origins": list(f.origins),
        "arithmetic": _arithmetic_json(f.arithmetic),
    }


def decode_finding(data: Mapping[str, Any]) -> Finding:
    """
    Read one ``findings`` record back into a ``Finding``.

    >>> f = Finding(event="ev", measure="killed", group="people", verdict="consistent")
    >>> decode_finding(encode_finding(f)) == f
    True
    """
    cons = data.get("consensus")
    return Finding(
        event=data["event"],
        measure=data["measure"],
        group=data["group"],
        verdict=data["verdict"],
        consensus=_bounds_from(cons),
        claims=tuple(data.get("claims", ())),
        conflicts=tuple(tuple(c) for c in data.get("conflicts", ())),
        explanation=data.get("explanation", ""),
        origins=tuple(data.get("origins", ())),
        arithmetic=_arithmetic_from(data.get("arithmetic")),
    )


def encode_error(e: ClaimrecError) -> dict[str, Any]:
    """
    One input problem as its ``errors`` record.

    >>> encode_error(InvalidDocumentError("bad line", line=3))["line"]
    3
    """
    return {
        "path": getattr(e, "path", None),
        "line": getattr(e, "line", None),
        "field": getattr(e, "field", None),
        "message": str(e),
    }


def encode_document(d: Document, event: str | None) -> dict[str, Any]:
    """
    One document as its ``documents`` record; *event* is its main event (or None).

    >>> encode_document(Document("d1", "Two were hurt."), "ev-1")["event"]
    'ev-1'
    """
    return {
        "id": d.id,
        "title": d.title,
        "published": _iso(d.published),
        "outlet": d.outlet,
        "event": event,
        "url": d.url,
        "text": d.text,
    }


def encode_estimates(estimates: Mapping[str, Estimate]) -> dict[str, dict[str, Any]]:
    """
    An event's estimates as its ``estimates`` object, measures sorted.

    >>> encode_estimates({"killed": Estimate(2, 2, 2, rule="consensus figure")})
    {'killed': {'low': 2, 'best': 2, 'high': 2, 'rule': 'consensus figure'}}
    """
    return {
        m: {"low": est.low, "best": est.best, "high": est.high, "rule": est.rule}
        for m, est in sorted(estimates.items())
    }


def encode_event(e: Event, estimates: Mapping[str, Estimate]) -> dict[str, Any]:
    """
    One event as its ``events`` record, with its *estimates*.

    >>> encode_event(Event(id="ev-1", documents=("d1",)), {})["documents"]
    ['d1']
    """
    return {
        "id": e.id,
        "documents": sorted(e.documents),
        "location": e.location,
        "place": e.place,
        "date": _iso(e.date),
        "kind": e.kind,
        "estimates": encode_estimates(estimates),
    }


def _claim_records(report: Report) -> Iterator[dict[str, Any]]:
    """The report's ``claims`` records, sorted by id (a long sentence as an excerpt)."""
    where = SentenceLocator({d.id: d.text for d in report.documents}, report.claims)
    claim_event = report.claim_event
    for c in sorted(report.claims, key=lambda c: c.id):
        long = len(c.sentence) > SENTENCE_LIMIT
        yield encode_claim(c, claim_event.get(c.id), sentence_start=where(c) if long else None)


def claim_rows(report: Report) -> Iterator[dict[str, Any]]:
    """
    The report's claims as claim rows: its ``claims`` records, with their document's date, outlet and title.

    A row is the record ``dumps`` writes, plus ``published`` (ISO 8601 date),
    ``outlet`` and ``title`` when its document has them, and, on the first row of
    each document, ``lead``: ``{"start": offset, "text": ...}``, the paragraphs the
    main-event reader reads after the headline (``claimrec.link.profile.lead_range``).
    Written one a line, the rows are claim JSONL that ``claimrec reconcile --claims``
    (``claimrec.scale.read_claim_rows``) reads back with the documents' dates,
    headlines and leads, so the claim path orders figures by publication day and
    groups reports as the article path does.

    >>> import claimrec as cr
    >>> doc = cr.Document("d1", "Seven people were hurt.", title="Bakery blast", published="2024-03-09")
    >>> [(r["published"], r["title"], "outlet" in r) for r in claim_rows(cr.reconcile([doc]))]
    [('2024-03-09', 'Bakery blast', False)]
    """
    from claimrec.link.profile import lead_range  # noqa: PLC0415 - only rows need the reader

    documents = {d.id: d for d in report.documents}
    led: set[str] = set()
    for record in _claim_records(report):
        doc = documents.get(record["document"])
        if doc is None:
            yield record
            continue
        if doc.id not in led:
            led.add(doc.id)
            start, end = lead_range(doc)
            if end > start:
                record["lead"] = {"start": start, "text": doc.text[start:end]}
        if doc.published is not None:
            record["published"] = doc.published.isoformat()
        if doc.outlet is not None:
            record["outlet"] = doc.outlet
        if doc.title is not None:
            record["title"] = doc.title
        yield record


#: A record's id (a claim's, a document's, an event's), read in C: no Python call per
#: record when sorting.
_BY_ID: Final = operator.attrgetter("id")
#: A finding's event, measure and group, read in C.
_BY_SLOT: Final = operator.attrgetter("event", "measure", "group")


def _records(report: Report, *, spelt: bool = False) -> list[tuple[str, Iterator[Any]]]:
    """
    The report's top-level fields in schema order, each list as a lazy stream of records.

    With *spelt*, claims and findings come as their one-line JSON text (``_claim_texts``,
    ``_finding_text``), the other records as dicts.
    """
    findings = sorted(report.findings, key=_BY_SLOT)
    return [
        (
            "documents",
            (
                encode_document(d, report.document_event.get(d.id))
                for d in sorted(report.documents, key=_BY_ID)
            ),
        ),
        (
            "events",
            (
                encode_event(e, report.estimates_by_event.get(e.id, {}))
                for e in sorted(report.events, key=_BY_ID)
            ),
        ),
        ("claims", _claim_texts(report) if spelt else _claim_records(report)),
        ("findings", map(_finding_text if spelt else encode_finding, findings)),
        ("errors", (encode_error(e) for e in report.errors)),
    ]


def encode_report(report: Report) -> dict[str, Any]:
    """
    The ``claimrec.report/1`` document of *report* as plain Python data.

    >>> import claimrec as cr
    >>> encode_report(cr.reconcile([]))["schema"]
    'claimrec.report/1'
    """
    return {"schema": SCHEMA} | {name: list(records) for name, records in _records(report)}


#: Records written per call to the output's ``write`` when streaming.
_BATCH: Final = 512


_NOTHING: Final = object()


def _write_list(
    out: SupportsWrite[str],
    records: Iterator[Any],
    encode: Callable[[Any], str],
    pad: str,
    close: str,
) -> None:
    """One JSON array, element by element, as ``json.dumps`` lays it out at this depth."""
    first = next(records, _NOTHING)
    if first is _NOTHING:
        out.write("[]")
        return
    gap = "," if pad else ", "
    batch = [f"[{pad}{encode(first)}"]
    for record in records:
        batch.append(f"{gap}{pad}{encode(record)}")
        if len(batch) >= _BATCH:
            out.write("".join(batch))
            batch.clear()
    batch.append(close)
    out.write("".join(batch))


def _nested(encoder: json.JSONEncoder, inner: str, value: object) -> str:
    """A record inside a top-level list, indented one level deeper than ``encoder`` puts it."""
    return encoder.encode(value).replace("\n", inner)


def dump(report: Report, out: SupportsWrite[str], *, indent: int | None = 2) -> None:
    """
    Write the report as ``claimrec.report/1`` JSON to *out*, record by record.

    The bytes are those of ``dumps``, but no record list and no whole text is built in
    memory: each document, event, claim and finding is encoded and written in turn.

    Args:
        report: The report.
        out: A text stream (anything with ``write(str)``).
        indent: As for ``json.dumps``: None writes one line.

    >>> import io, claimrec as cr
    >>> r = cr.reconcile([cr.testing.document()])
    >>> out = io.StringIO()
    >>> dump(r, out, indent=None)
    >>> out.getvalue() == json.dumps(encode_report(r), ensure_ascii=False)
    True
    """
    if indent is None:
        _dump_compact(report, out)
        return
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
    inner = "\n" + " " * (2 * indent)
    encode = functools.partial(_nested, encoder, inner)
    sep, close = ",\n" + " " * indent, "\n" + " " * indent + "]"
    out.write(f"{{\n{' ' * indent}{encoder.encode('schema')}: {encoder.encode(SCHEMA)}")
    for name, records in _records(report):
        out.write(f"{sep}{encoder.encode(name)}: ")
        _write_list(out, records, encode, inner, close)
    out.write("\n}")


# ----------------------------------------------------------------------------- one line
#
# ``dump(..., indent=None)`` (what ``claimrec.scale`` writes) spells each claim and
# finding record out as text, field by field, with the JSON encoder's own string
# escaping; the ``attribution``, ``mention`` and ``quantity`` objects claims share are
# spelt once. The bytes are those of ``json.dumps(record, ensure_ascii=False)``
# (tests/test_codec_compact.py compares them); documents, events and errors go through
# the encoder one by one.

#: The encoder's escaping of a string with ``ensure_ascii=False`` (its C version when built).
_quote: Final[Callable[[str], str]] = json.encoder.encode_basestring
#: Sub-objects spelt per run before the memo starts again (bounds its memory).
_MEMO_MAX: Final = 1 << 16


def _text_or_null(value: str | None) -> str:
    return "null" if value is None else _quote(value)


def _number(value: float) -> str:
    """A number as the JSON encoder writes it (``int.__repr__``, ``float.__repr__``, NaN)."""
    if isinstance(value, float):
        if math.isfinite(value):
            return float.__repr__(value)
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return int.__repr__(value)


def _strings(values: Sequence[str]) -> str:
    return "[" + ", ".join(map(_quote, values)) + "]"


def _attribution_text(a: Attribution) -> str:
    return (
        f'{{"kind": {_quote(a.kind)}, "source": {_text_or_null(a.source)}, '
        f'"chain": {_strings(a.chain)}}}'
    )


def _mention_text(m: EventMention) -> str:
    # ``_text_or_null`` inline: one call per field less, for each distinct mention
    location, place, day, precision, kind = m.location, m.place, _iso(m.date), m.precision, m.kind
    return (
        f'{{"location": {"null" if location is None else _quote(location)}, '
        f'"place": {"null" if place is None else _quote(place)}, '
        f'"date": {"null" if day is None else _quote(day)}, '
        f'"precision": {"null" if precision is None else _quote(precision)}, '
        f'"kind": {"null" if kind is None else _quote(kind)}, "focus": {_quote(m.focus)}}}'
    )


def _quantity_text(q: Quantity) -> str:
    high = "null" if q.high is None else _number(q.high)
    return (
        f'{{"low": {_number(q.low)}, "high": {high}, "qualifier": {_quote(q.qualifier)}, '
        f'"text": {_quote(q.text)}, "tolerance": {_number(q.tolerance)}}}'
    )


class _Spelt:
    """Sub-objects already spelt in this run, by identity (claims share them); bounded."""

    def __init__(self) -> None:
        #: id -> text; read directly by the writers as ``known.get(id(v)) or spelt(v, spell)``
        #: (a spelling is never empty), so a sub-object spelt already costs no call.
        self.known: dict[int, str] = {}

    def __call__(self, value: Any, spell: Callable[[Any], str]) -> str:  # noqa: ANN401 - any sub-object
        key = id(value)  # alive for the whole run: the report holds every claim
        text = self.known.get(key)
        if text is None:
            if len(self.known) >= _MEMO_MAX:
                self.known.clear()
            text = self.known[key] = spell(value)
        return text


def _claim_text(c: Claim, event: str | None, spelt: _Spelt) -> str:
    """``json.dumps(encode_claim(c, event), ensure_ascii=False)`` for a claim written whole."""
    known = spelt.known
    if isinstance(c, CountClaim):
        q = c.quantity
        kind = (
            f'"count", "measure": {_quote(c.measure)}, "subject": {_quote(c.subject)}, '
            f'"group": {_quote(c.group)}, "scope": {_quote(c.scope)}, '
            f'"quantity": {known.get(id(q)) or spelt(q, _quantity_text)}, '
            '"stance": null, "actor": null'
        )
    elif isinstance(c, ResponsibilityClaim):
        kind = (
            '"responsibility", "measure": null, "subject": null, "group": null, '
            f'"scope": null, "quantity": null, "stance": {_quote(c.stance)}, '
            f'"actor": {_text_or_null(c.actor)}'
        )
    else:
        kind = (
            '"responsibility", "measure": null, "subject": null, "group": null, '
            '"scope": null, "quantity": null, "stance": null, "actor": null'
        )
    start, end = c.span
    a, flags, m = c.attribution, c.flags, c.mention
    return (
        f'{{"id": {_quote(c.id)}, "document": {_quote(c.document)}, '
        f'"event": {"null" if event is None else _quote(event)}, "type": {kind}, '
        f'"attribution": {known.get(id(a)) or spelt(a, _attribution_text)}, '
        f'"flags": {known.get(id(flags)) or spelt(flags, _strings)}, '
        f'"span": [{int.__repr__(start)}, {int.__repr__(end)}], '
        f'"sentence": {_quote(c.sentence)}, '
        f'"mention": {known.get(id(m)) or spelt(m, _mention_text)}, '
        f'"pattern": {_quote(c.pattern)}, "provisional": {"true" if c.provisional else "false"}}}'
    )


def _bounds_text(q: Quantity | None) -> str:
    if q is None:
        return "null"
    low, high = q.low, q.high  # whole numbers (nearly all) spelt in C, others by ``_number``
    low_text = int.__repr__(low) if type(low) is int else _number(low)
    high_text = (
        "null" if high is None else int.__repr__(high) if type(high) is int else _number(high)
    )
    return f'{{"low": {low_text}, "high": {high_text}, "qualifier": {_quote(q.qualifier)}}}'


def _term_text(t: Term) -> str:
    """``json.dumps(_term_json(t), ensure_ascii=False)``."""
    terms = ", ".join(map(_term_text, t.terms))
    claims = ", ".join(map(_quote, t.claims))  # ``_strings`` inline
    return (
        f'{{"op": {_quote(t.op)}, "group": {_quote(t.group)}, "result": {_bounds_text(t.result)}, '
        f'"claims": [{claims}], "terms": [{terms}], "note": {_quote(t.note)}}}'
    )


def _arithmetic_text(a: Arithmetic | None) -> str:
    if a is None:
        return "null"
    consensus = "null" if a.consensus is None else _term_text(a.consensus)
    raised = ", ".join(f'{{"claim": {_quote(c)}, "by": {_strings(by)}}}' for c, by in a.raised)
    aside = ", ".join(
        f'{{"claim": {_quote(c)}, "reason": {_quote(why)}}}' for c, why in a.set_aside
    )
    return f'{{"consensus": {consensus}, "raised": [{raised}], "set_aside": [{aside}]}}'


def _finding_text(f: Finding) -> str:
    """``json.dumps(encode_finding(f), ensure_ascii=False)``."""
    conflicts = ", ".join(map(_strings, f.conflicts))
    claims, origins = ", ".join(map(_quote, f.claims)), ", ".join(map(_quote, f.origins))
    return (
        f'{{"event": {_quote(f.event)}, "measure": {_quote(f.measure)}, '
        f'"group": {_quote(f.group)}, "verdict": {_quote(f.verdict)}, '
        f'"consensus": {_bounds_text(f.consensus)}, "claims": [{claims}], '
        f'"conflicts": [{conflicts}], "explanation": {_quote(f.explanation)}, '
        f'"origins": [{origins}], "arithmetic": {_arithmetic_text(f.arithmetic)}}}'
    )


def _claim_texts(report: Report) -> Iterator[str]:
    """The report's ``claims`` records as one-line JSON, sorted by id (as ``_claim_records``)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    # only a long sentence is ever placed: the locator reads no other claim
    long = [c for c in report.claims if len(c.sentence) > SENTENCE_LIMIT]
    where = SentenceLocator({d.id: d.text for d in report.documents}, long)
    claim_event = report.claim_event
    spelt = _Spelt()
    for c in sorted(report.claims, key=_BY_ID):
        event = claim_event.get(c.id)
        if len(c.sentence) > SENTENCE_LIMIT:
            yield encode(encode_claim(c, event, sentence_start=where(c)))
        else:
            yield _claim_text(c, event, spelt)


def _dump_compact(report: Report, out: SupportsWrite[str]) -> None:
    """``dump`` with ``indent=None``: the bytes of ``json.dumps(encode_report(report))``."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out.write(f"{{{encode('schema')}: {encode(SCHEMA)}")
    for name, records in _records(report, spelt=True):
        out.write(f", {encode(name)}: [")
        texts = records if name in {"claims", "findings"} else map(encode, records)
        gap = ""
        for batch in _batches(texts):
            out.write(gap + ", ".join(batch))
            gap = ", "
        out.write("]")
    out.write("}")


def _batches(items: Iterator[Any]) -> Iterator[list[Any]]:
    """*items* in lists of ``_BATCH``."""
    while batch := list(itertools.islice(items, _BATCH)):
        yield batch


def dumps(report: Report, *, indent: int | None = 2) -> str:
    """
    The report as ``claimrec.report/1`` JSON text; the same evidence gives the same bytes.

    >>> import json, claimrec as cr
    >>> json.loads(dumps(cr.reconcile([])))["schema"]
    'claimrec.report/1'
    """
    out = io.StringIO()
    dump(report, out, indent=indent)
    return out.getvalue()


def _excerpt_piece(data: Mapping[str, Any]) -> tuple[tuple[str, int, int], int, str] | None:
    """``(document, start, end)`` of a record's sentence, and its excerpt's start and text."""
    span, at, shown = data.get("sentence_span"), data.get("excerpt_start"), data.get("sentence")
    if not (isinstance(span, list) and len(span) == 2 and isinstance(shown, str)):
        return None
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(at, int)):
        return None
    if not start <= at <= end:
        return None
    body = shown[len(ELLIPSIS) :] if at > start and shown.startswith(ELLIPSIS) else shown
    if at + len(body) > end and body.endswith(ELLIPSIS):
        body = body[: -len(ELLIPSIS)]
    if at + len(body) > end:
        return None
    return (str(data.get("document")), start, end), at, body


def _stitch(start: int, end: int, pieces: list[tuple[int, str]]) -> str:
    """The known pieces of ``text[start:end]`` at their offsets, spaces where none is known."""
    parts: list[str] = []
    at = start
    for piece_at, body in sorted(pieces):
        if piece_at + len(body) <= at:
            continue
        cut = max(0, at - piece_at)
        parts.extend((" " * max(0, piece_at - at), body[cut:]))
        at = max(at, piece_at) + len(body) - cut
    parts.append(" " * (end - at))
    return "".join(parts)


def join_excerpts(claims: Sequence[Claim], records: Sequence[Mapping[str, Any]]) -> list[Claim]:
    """
    Give claims read from records without their document's text the most of their sentence.

    Each record whose ``sentence`` is an excerpt (it has ``sentence_span`` and
    ``excerpt_start``) contributes its excerpt; the excerpts of one sentence are joined at
    their offsets, with spaces where no excerpt reaches, into one string of the
    sentence's length that all its claims share. So a claim's figure and the words
    around it stand where they stood in the article. Other claims are returned as they are.

    Args:
        claims: Claims decoded from *records*, in the same order.
        records: Their ``claims`` records.

    Returns:
        The claims, those of a long sentence with the joined sentence.

    >>> from claimrec.testing import count_claim
    >>> long = "x " * 600 + "7 were hurt." + " y" * 600
    >>> c = count_claim(sentence=long, span=(1200, 1201))
    >>> record = encode_claim(c, None, sentence_start=0)
    >>> [back] = join_excerpts([decode_claim(record)], [record])
    >>> back.sentence[1000:1212] == long[1000:1212], len(back.sentence) == len(long)
    (True, True)
    """
    pieces: dict[tuple[str, int, int], list[tuple[int, str]]] = defaultdict(list)
    keys: list[tuple[str, int, int] | None] = []
    for data in records:
        found = _excerpt_piece(data)
        keys.append(found[0] if found else None)
        if found:
            pieces[found[0]].append(found[1:])
    joined = {key: _stitch(key[1], key[2], own) for key, own in pieces.items()}
    return [
        c if key is None else attrs.evolve(c, sentence=joined[key])
        for c, key in zip(claims, keys, strict=True)
    ]


def _decode_claims(records: list[Any], texts: Mapping[str, str]) -> tuple[Claim, ...]:
    """The claims of a report, each distinct sentence one string shared by its claims."""
    shared: dict[Any, str] = {}
    claims: list[Claim] = []
    unplaced: list[int] = []
    for data in records:
        span = data.get("sentence_span")
        text = texts.get(data["document"], "")
        if isinstance(span, list) and len(span) == 2 and 0 <= span[0] <= span[1] <= len(text):
            key: Any = (data["document"], span[0], span[1])
            sentence = shared.get(key)
            if sentence is None:
                sentence = shared[key] = text[span[0] : span[1]]
        else:
            if span is not None:
                unplaced.append(len(claims))  # an excerpt whose document text is missing
            sentence = data.get("sentence", "")
            sentence = shared.setdefault(sentence, sentence)
        claims.append(decode_claim(data, sentence=sentence))
    if unplaced:
        joined = join_excerpts([claims[i] for i in unplaced], [records[i] for i in unplaced])
        for i, claim in zip(unplaced, joined, strict=True):
            claims[i] = claim
    return tuple(claims)


def loads(text: str) -> Report:
    """
    Read a report written by ``dumps`` (or ``Report.to_json``).

    Raises:
        InvalidDocumentError: *text* is not a ``claimrec.report/1`` document.

    >>> import claimrec as cr
    >>> r = cr.reconcile([cr.testing.document()])
    >>> loads(dumps(r)) == r
    True
    """
    from claimrec.report.core import Report  # noqa: PLC0415 - core imports this module

    try:
        data = json.loads(text)
        if data.get("schema") != SCHEMA:
            msg = f"expected a {SCHEMA} document; got schema {data.get('schema')!r}"
            raise InvalidDocumentError(msg, field="schema")
        documents = tuple(
            Document(
                d["id"],
                d.get("text") or "",
                title=d.get("title"),
                published=d.get("published"),
                outlet=d.get("outlet"),
                url=d.get("url"),
            )
            for d in data["documents"]
        )
        estimates = {
            e["id"]: {
                m: Estimate(v["low"], v["best"], v.get("high"), v.get("rule", ""))
                for m, v in e.get("estimates", {}).items()
            }
            for e in data["events"]
        }
        events = tuple(
            Event(
                id=e["id"],
                documents=tuple(e["documents"]),
                location=e.get("location"),
                place=e.get("place"),
                date=e.get("date"),
                kind=e.get("kind"),
            )
            for e in data["events"]
        )
        claims = _decode_claims(data["claims"], {d.id: d.text for d in documents})
        errors: tuple[ClaimrecError, ...] = tuple(
            InvalidDocumentError(
                e["message"], path=e.get("path"), line=e.get("line"), field=e.get("field")
            )
            for e in data.get("errors", ())
        )
        return Report(
            documents=documents,
            events=events,
            claims=claims,
            findings=tuple(decode_finding(f) for f in data["findings"]),
            document_event={d["id"]: d["event"] for d in data["documents"]},
            claim_event={c["id"]: c.get("event") for c in data["claims"]},
            estimates_by_event={k: v for k, v in estimates.items() if v},
            errors=errors,
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        if isinstance(exc, InvalidDocumentError):
            raise
        msg = f"not a valid {SCHEMA} document: {type(exc).__name__}: {exc}"
        raise InvalidDocumentError(msg) from exc
