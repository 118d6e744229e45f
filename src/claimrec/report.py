"""
Stage 6: the Report, its JSON contract (``claimrec.report/1``), tables, frames and HTML.

The JSON document has four lists (DESIGN.md, "Report and JSON contract"), each sorted by
id so the same evidence gives byte-identical output:

- ``documents``: ``{id, title, published, outlet, event}`` (+ ``url``, ``text``)
- ``events``: ``{id, documents, location, date, kind, estimates}`` (+ ``place``)
- ``claims``: ``{id, document, event, type, measure, subject, group, scope, quantity,
  stance, actor, attribution, flags, span, sentence}`` (+ ``mention``, ``pattern``,
  ``provisional``)
- ``findings``: ``{event, measure, group, verdict, consensus, claims, conflicts,
  explanation}``

plus ``schema`` and ``errors`` (every input problem that made claimrec skip something).
The JSON Schema ships in the package as ``claimrec/schema/report-1.json``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from claimrec.errors import (
    ClaimrecError,
    InvalidDocumentError,
    InvalidValueError,
    UnknownEventError,
)
from claimrec.model import (
    Attribution,
    Claim,
    CountClaim,
    Document,
    Event,
    EventMention,
    Finding,
    Quantity,
    ResponsibilityClaim,
)
from claimrec.resolve import Estimate

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from claimrec.link.candidates import Candidate
    from claimrec.match import EventMatching

__all__ = ["SCHEMA", "EventView", "Report"]

#: The schema name written into every report.
SCHEMA: Final = "claimrec.report/1"
_FRAMES: Final = ("claims", "findings", "events", "sources", "documents")
_VERDICT_COLOURS: Final = {
    "consistent": "#1b7f3b",
    "conflicting": "#b42318",
    "evolving": "#b54708",
}


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


def _claim_json(c: Claim, event: str | None) -> dict[str, Any]:
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
        "sentence": c.sentence,
        "mention": _mention_json(c.mention),
        "pattern": c.pattern,
        "provisional": c.provisional,
    }


def _claim_from(data: Mapping[str, Any]) -> Claim:
    att = data["attribution"]
    common: dict[str, Any] = {
        "id": data["id"],
        "document": data["document"],
        "span": tuple(data["span"]),
        "sentence": data.get("sentence", ""),
        "attribution": Attribution(att["kind"], att.get("source"), chain=att.get("chain", ())),
        "mention": EventMention(**(data.get("mention") or {})),
        "pattern": data.get("pattern", ""),
        "provisional": data.get("provisional", False),
        "flags": tuple(data.get("flags", ())),
    }
    if data["type"] == "count":
        return CountClaim(
            measure=data["measure"],
            subject=data.get("subject") or "",
            group=data["group"],
            quantity=_quantity_from(data["quantity"]),
            scope=data.get("scope", "event"),
            **common,
        )
    return ResponsibilityClaim(stance=data["stance"], actor=data.get("actor"), **common)


def _finding_json(f: Finding) -> dict[str, Any]:
    return {
        "event": f.event,
        "measure": f.measure,
        "group": f.group,
        "verdict": f.verdict,
        "consensus": (
            {"low": f.consensus.low, "high": f.consensus.high, "qualifier": f.consensus.qualifier}
            if f.consensus is not None
            else None
        ),
        "claims": list(f.claims),
        "conflicts": [list(c) for c in f.conflicts],
        "explanation": f.explanation,
    }


def _finding_from(data: Mapping[str, Any]) -> Finding:
    cons = data.get("consensus")
    return Finding(
        event=data["event"],
        measure=data["measure"],
        group=data["group"],
        verdict=data["verdict"],
        consensus=(
            Quantity(cons["low"], cons.get("high"), qualifier=cons.get("qualifier", "range"))
            if cons
            else None
        ),
        claims=tuple(data.get("claims", ())),
        conflicts=tuple(tuple(c) for c in data.get("conflicts", ())),
        explanation=data.get("explanation", ""),
    )


def _error_json(e: ClaimrecError) -> dict[str, Any]:
    return {
        "path": getattr(e, "path", None),
        "line": getattr(e, "line", None),
        "field": getattr(e, "field", None),
        "message": str(e),
    }


@attrs.define(frozen=True, slots=False, eq=False)
class Report:
    """
    Everything claimrec found: documents, events, claims with flags, findings, estimates.

    Build one with ``claimrec.reconcile``; read it in a notebook (it renders as a table),
    ask it for ``conflicts()``, ``unattributed()``, ``estimates(event)``, or write it as
    ``to_json()``.

    >>> import claimrec as cr
    >>> report = cr.reconcile([cr.testing.document(id="a", published="2024-01-20")])
    >>> [e.id for e in report.events] == [report.document_event["a"]]
    True
    """

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    document_event: Mapping[str, str]
    claim_event: Mapping[str, str | None]
    estimates_by_event: Mapping[str, Mapping[str, Estimate]] = attrs.field(factory=dict)
    errors: tuple[ClaimrecError, ...] = ()
    matching: EventMatching | None = attrs.field(default=None, repr=False)

    def candidates(self) -> tuple[Candidate, ...]:
        """Every candidate pair matching scored, rejected ones too (``EventMatching.pairs``)."""
        return self.matching.pairs if self.matching is not None else ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Report):
            return NotImplemented
        return self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment] # mutable caches; reports are compared, not hashed

    # -- questions ------------------------------------------------------------------

    def conflicts(self) -> list[Finding]:
        """The findings whose claims cannot all hold."""
        return [f for f in self.findings if f.verdict == "conflicting"]

    def unattributed(self) -> list[Claim]:
        """The claims nobody identifiable stands behind (attribution kind none or vague)."""
        return [c for c in self.claims if "unattributed" in c.flags]

    def estimates(self, event: str | Event) -> Mapping[str, Estimate]:
        """
        The reconciled low / best / high per casualty measure of one event.

        Raises:
            UnknownEventError: *event* is not an event of this report (a ``KeyError``).
        """
        key = event.id if isinstance(event, Event) else event
        if key not in self._events:
            msg = f"no event {key!r} in this report; events are {sorted(self._events)[:5]}"
            raise UnknownEventError(msg)
        return self.estimates_by_event.get(key, {})

    def claims_of(self, event: str | Event) -> list[Claim]:
        """The claims attached to one event."""
        key = event.id if isinstance(event, Event) else event
        return self._claims_by_event.get(key, [])

    @cached_property
    def _claims_by_event(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            event = self.claim_event.get(c.id)
            if event is not None:
                out[event].append(c)
        return out

    @cached_property
    def _events(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

    @cached_property
    def _documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The claim graph (networkx), built on first use; schema in ``claimrec.graph``."""
        from claimrec.graph import build_graph  # noqa: PLC0415 - networkx is built on demand
        from claimrec.match import EventMatching  # noqa: PLC0415

        matching = EventMatching(
            events=self.events,
            document_event=self.document_event,
            claim_event=self.claim_event,
            matches=(),
        )
        return build_graph(self.documents, self.claims, matching, self.findings)

    # -- JSON -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The ``claimrec.report/1`` document as plain Python data."""
        return {
            "schema": SCHEMA,
            "documents": [
                {
                    "id": d.id,
                    "title": d.title,
                    "published": _iso(d.published),
                    "outlet": d.outlet,
                    "event": self.document_event.get(d.id),
                    "url": d.url,
                    "text": d.text,
                }
                for d in sorted(self.documents, key=lambda d: d.id)
            ],
            "events": [
                {
                    "id": e.id,
                    "documents": sorted(e.documents),
                    "location": e.location,
                    "place": e.place,
                    "date": _iso(e.date),
                    "kind": e.kind,
                    "estimates": {
                        m: {"low": est.low, "best": est.best, "high": est.high, "rule": est.rule}
                        for m, est in sorted(self.estimates_by_event.get(e.id, {}).items())
                    },
                }
                for e in sorted(self.events, key=lambda e: e.id)
            ],
            "claims": [
                _claim_json(c, self.claim_event.get(c.id))
                for c in sorted(self.claims, key=lambda c: c.id)
            ],
            "findings": [
                _finding_json(f)
                for f in sorted(self.findings, key=lambda f: (f.event, f.measure, f.group))
            ],
            "errors": [_error_json(e) for e in self.errors],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """
        The report as ``claimrec.report/1`` JSON; the same evidence gives the same bytes.

        >>> import json, claimrec as cr
        >>> json.loads(cr.reconcile([]).to_json())["schema"]
        'claimrec.report/1'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)

    @classmethod
    def from_json(cls, text: str) -> Report:
        """
        Read a report written by ``to_json``.

        Raises:
            InvalidDocumentError: *text* is not a ``claimrec.report/1`` document.

        >>> import claimrec as cr
        >>> r = cr.reconcile([cr.testing.document()])
        >>> Report.from_json(r.to_json()) == r
        True
        """
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
            claims = tuple(_claim_from(c) for c in data["claims"])
            errors: tuple[ClaimrecError, ...] = tuple(
                InvalidDocumentError(
                    e["message"], path=e.get("path"), line=e.get("line"), field=e.get("field")
                )
                for e in data.get("errors", ())
            )
            return cls(
                documents=documents,
                events=events,
                claims=claims,
                findings=tuple(_finding_from(f) for f in data["findings"]),
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

    # -- tables -----------------------------------------------------------------------

    def to_frame(self, kind: str = "claims") -> pd.DataFrame:
        """
        A tidy pandas DataFrame of one kind of record (needs the ``frames`` extra).

        *kind* is ``claims``, ``findings``, ``events``, ``sources`` or ``documents``;
        column names and order are stable.

        Raises:
            ValueError: *kind* is not one of those names.
        """
        if kind not in _FRAMES:
            msg = f"to_frame kind must be one of {', '.join(_FRAMES)}; got {kind!r}"
            raise InvalidValueError(msg)
        import pandas as pd  # noqa: PLC0415 - optional and heavy

        rows = self._rows(kind)
        return pd.DataFrame.from_records(rows, columns=_COLUMNS[kind])

    def _rows(self, kind: str) -> list[dict[str, Any]]:
        data = self.to_dict()
        if kind == "claims":
            return [
                {
                    **{k: c[k] for k in _COLUMNS["claims"] if k in c},
                    "low": c["quantity"]["low"] if c["quantity"] else None,
                    "high": c["quantity"]["high"] if c["quantity"] else None,
                    "qualifier": c["quantity"]["qualifier"] if c["quantity"] else None,
                    "attribution_kind": c["attribution"]["kind"],
                    "source": c["attribution"]["source"],
                    "chain": " > ".join(c["attribution"]["chain"]),
                    "flags": ",".join(c["flags"]),
                    "start": c["span"][0],
                    "end": c["span"][1],
                }
                for c in data["claims"]
            ]
        if kind == "findings":
            return [
                {
                    **{k: f[k] for k in ("event", "measure", "group", "verdict", "explanation")},
                    "consensus_low": f["consensus"]["low"] if f["consensus"] else None,
                    "consensus_high": f["consensus"]["high"] if f["consensus"] else None,
                    "n_claims": len(f["claims"]),
                    "n_conflicts": len(f["conflicts"]),
                }
                for f in data["findings"]
            ]
        if kind == "events":
            rows = []
            for e in data["events"]:
                row = {k: e[k] for k in ("id", "location", "date", "kind")}
                row["n_documents"] = len(e["documents"])
                for m in ("killed", "injured"):
                    est = e["estimates"].get(m) or {}
                    row[f"{m}_low"], row[f"{m}_best"], row[f"{m}_high"] = (
                        est.get("low"),
                        est.get("best"),
                        est.get("high"),
                    )
                rows.append(row)
            return rows
        if kind == "documents":
            return [{k: d[k] for k in _COLUMNS["documents"]} for d in data["documents"]]
        counts: Counter[tuple[str, str]] = Counter()
        for c in self.claims:
            counts[(c.attribution.kind, c.attribution.source or "")] += 1
        return [{"kind": k, "source": s, "n_claims": n} for (k, s), n in sorted(counts.items())]

    # -- text and HTML ---------------------------------------------------------------

    def summary(self) -> str:
        """
        A plain-text account: events, verdicts, conflicts with both sides, unattributed claims.

        >>> import claimrec as cr
        >>> print(cr.reconcile([]).summary())
        0 documents, 0 events, 0 claims, 0 findings (0 conflicting)
        """
        n_conf = len(self.conflicts())
        head = (
            f"{len(self.documents)} documents, {len(self.events)} events, "
            f"{len(self.claims)} claims, {len(self.findings)} findings ({n_conf} conflicting)"
        )
        lines = [head]
        by_event: dict[str, list[Finding]] = defaultdict(list)
        for f in self.findings:
            by_event[f.event].append(f)
        for e in sorted(self.events, key=_event_order):
            if not by_event.get(e.id) and len(e.documents) < 2:
                continue
            where = e.location or "unknown place"
            when = e.date.isoformat() if e.date else "undated"
            lines.append("")
            if e.documents:
                sources = f"{len(e.documents)} documents: {', '.join(sorted(e.documents))}"
            else:
                recalled = sorted({c.document for c in self.claims_of(e)})
                sources = f"recalled as background in {', '.join(recalled)}"
            lines.append(f"Event {e.id}: {e.kind or 'event'} at {where}, {when} ({sources})")
            for m, est in sorted(self.estimates_by_event.get(e.id, {}).items()):
                high = "?" if est.high is None else est.high
                lines.append(f"  estimate {m}: best {est.best} (low {est.low}, high {high})")
            lines.extend(f"  [{f.verdict}] {f.explanation}" for f in by_event.get(e.id, []))
        quiet = [e for e in self.events if not by_event.get(e.id) and len(e.documents) < 2]
        if quiet:
            lines.append("")
            lines.append(f"{len(quiet)} single-document events with no findings not shown.")
        unatt = self.unattributed()
        if unatt:
            lines.append("")
            lines.append(f"Unattributed claims ({len(unatt)}):")
            lines.extend(f"  {c.id} [{c.attribution.kind}] {_claim_line(c)}" for c in unatt[:40])
            if len(unatt) > 40:
                lines.append(f"  … and {len(unatt) - 40} more")
        if self.errors:
            lines.append("")
            lines.append(f"Skipped input ({len(self.errors)}):")
            lines.extend(f"  {e}" for e in self.errors)
        return "\n".join(lines)

    # -- views: page, charts, interchange (each delegates to a private module) ---------

    def to_html(self, *, title: str = "claimrec report") -> str:
        """
        The report as one self-contained HTML page: no script, no network, a strict CSP.

        Article text is escaped; the claimed span of each sentence is marked; conflicts
        are shown side by side. See ``write_html`` to save it.

        >>> import claimrec as cr
        >>> cr.reconcile([]).to_html().startswith("<!DOCTYPE html>")
        True
        """
        from claimrec._html import render_page  # noqa: PLC0415 - the page is built on demand

        return render_page(self, title=title)

    def write_html(self, path: str | os.PathLike[str], *, title: str = "claimrec report") -> None:
        """
        Write ``to_html()`` to *path* (UTF-8).

        Raises:
            OSError: *path* cannot be written.
        """
        Path(path).write_text(self.to_html(title=title), encoding="utf-8")

    def view(self, event: str | Event) -> EventView:
        """
        A notebook view of one event: its findings and each slot's claims, coloured.

        Raises:
            UnknownEventError: *event* is not an event of this report.

        >>> import claimrec as cr
        >>> r = cr.reconcile([cr.testing.document()])
        >>> "<table>" in r.view(r.events[0])._repr_html_()
        True
        """
        self.estimates(event)  # raises UnknownEventError for a stranger
        key = event.id if isinstance(event, Event) else event
        return EventView(self, self._events[key])

    def plot(self, event: str | Event, *, ax: Axes | None = None) -> Figure:
        """
        Chart each slot's claims of one event as intervals (needs the ``plot`` extra).

        A point is an exact count, a bar a range, an arrow an open "at least"; colours
        are attribution kinds, rows are ordered by report time, and the shaded band is
        the slot's consensus. Without *ax*, one panel per slot; with *ax*, every slot
        in that one axes.

        Raises:
            UnknownEventError: *event* is not an event of this report.
        """
        from claimrec._plot import plot_event  # noqa: PLC0415 - matplotlib is optional

        self.estimates(event)
        key = event.id if isinstance(event, Event) else event
        return plot_event(self, self._events[key], ax=ax)

    def plot_timeline(
        self,
        measure: str,
        *,
        ax: Axes | None = None,
        group: str | None = None,
        event: str | Event | None = None,
    ) -> Figure:
        """
        Chart how the count of *measure* evolved across reports, by publication day.

        Needs the ``plot`` extra. *group* keeps one group and its subgroups
        (``"us"`` keeps ``us.military``); *event* keeps one event; one line per event.

        Raises:
            UnknownEventError: *event* is not an event of this report.
        """
        from claimrec._plot import plot_timeline  # noqa: PLC0415 - matplotlib is optional

        chosen = None
        if event is not None:
            self.estimates(event)
            chosen = self._events[event.id if isinstance(event, Event) else event]
        return plot_timeline(self, measure, ax=ax, group=group, event=chosen)

    def to_claimreview(self, *, url: str | None = None) -> list[dict[str, Any]]:
        """
        One schema.org ``ClaimReview`` (JSON-LD) per finding; see ``claimrec._interchange``.

        *url* is where the HTML page will live: each review links to its finding's anchor.

        >>> import claimrec as cr
        >>> cr.reconcile([cr.testing.document()]).to_claimreview()[0]["@type"]
        'ClaimReview'
        """
        from claimrec._interchange import to_claimreview  # noqa: PLC0415

        return to_claimreview(self, url=url)

    def to_statements(self) -> dict[str, Any]:
        """
        The claims as Wikidata-shaped entities and statements; see ``claimrec._interchange``.

        >>> import claimrec as cr
        >>> entities = cr.reconcile([cr.testing.document()]).to_statements()["entities"]
        >>> sorted(next(iter(entities.values()))["claims"])
        ['P1339']
        """
        from claimrec._interchange import to_statements  # noqa: PLC0415

        return to_statements(self)

    def _repr_html_(self) -> str:
        """A notebook table of events and the verdicts of their slots."""
        esc = html.escape
        rows = []
        by_event: dict[str, list[Finding]] = defaultdict(list)
        for f in self.findings:
            by_event[f.event].append(f)
        for e in sorted(self.events, key=_event_order):
            verdicts = "".join(
                f'<div><span style="color:{_VERDICT_COLOURS[f.verdict]};font-weight:600">'
                f"{esc(f.verdict)}</span> {esc(f.measure)}/{esc(f.group)}: "
                f"{esc(str(f.consensus) if f.consensus else '—')}</div>"
                for f in by_event.get(e.id, [])
            )
            est = "; ".join(
                f"{esc(m)} {v.best}"
                for m, v in sorted(self.estimates_by_event.get(e.id, {}).items())
            )
            unatt = sum(1 for c in self.claims_of(e) if "unattributed" in c.flags)
            rows.append(
                "<tr>"
                f"<td>{esc(e.id)}</td><td>{esc(e.location or '')}</td>"
                f"<td>{esc(e.date.isoformat() if e.date else '')}</td>"
                f"<td>{esc(e.kind or '')}</td><td>{len(e.documents)}</td>"
                f"<td>{est}</td><td>{verdicts}</td>"
                f"<td style='color:#6941c6;font-weight:{700 if unatt else 400}'>{unatt}</td></tr>"
            )
        n_unatt = len(self.unattributed())
        return (
            "<div class='claimrec-report'>"
            f"<p>{len(self.documents)} documents, {len(self.events)} events, "
            f"{len(self.claims)} claims, {len(self.conflicts())} conflicting findings, "
            f"<span style='color:#6941c6'>{n_unatt} unattributed claims</span></p>"
            "<table><thead><tr><th>event</th><th>location</th><th>date</th><th>kind</th>"
            "<th>docs</th><th>estimates</th><th>verdicts</th><th>unattributed</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table></div>"
        )


@attrs.frozen
class EventView:
    """
    One event of a report, shown in a notebook as its findings and each slot's claims.

    Get one with ``Report.view(event)``; verdicts are coloured (consistent green,
    conflicting red, evolving amber), contested claims red, ``unattributed`` in bold purple.
    """

    report: Report = attrs.field(repr=False)
    event: Event

    def _repr_html_(self) -> str:
        from claimrec._html import render_event  # noqa: PLC0415 - built on demand

        return render_event(self.report, self.event)


def _claim_line(c: Claim) -> str:
    if isinstance(c, CountClaim):
        return f"{c.measure}/{c.group} {c.quantity} ({c.scope}) — {c.sentence[:120]!r}"
    if isinstance(c, ResponsibilityClaim):
        return f"responsibility {c.stance} {c.actor or ''} — {c.sentence[:120]!r}"
    return c.sentence[:120]


_COLUMNS: Final[dict[str, list[str]]] = {
    "claims": [
        "id",
        "document",
        "event",
        "type",
        "measure",
        "subject",
        "group",
        "scope",
        "low",
        "high",
        "qualifier",
        "stance",
        "actor",
        "attribution_kind",
        "source",
        "chain",
        "flags",
        "start",
        "end",
        "sentence",
    ],
    "findings": [
        "event",
        "measure",
        "group",
        "verdict",
        "consensus_low",
        "consensus_high",
        "n_claims",
        "n_conflicts",
        "explanation",
    ],
    "events": [
        "id",
        "location",
        "date",
        "kind",
        "n_documents",
        "killed_low",
        "killed_best",
        "killed_high",
        "injured_low",
        "injured_best",
        "injured_high",
    ],
    "sources": ["kind", "source", "n_claims"],
    "documents": ["id", "title", "published", "outlet", "event"],
}


def _event_order(e: Event) -> tuple[bool, dt.date, str]:
    """Events that documents are about first, by date; background events after them."""
    return (not e.documents, e.date or dt.date.min, e.id)
