"""
The ``Report``: everything claimrec found, and the questions you can ask it.

Its views live beside it: ``codec`` (the ``claimrec.report/1`` JSON), ``frames``
(pandas), ``text`` (the summary), ``notebook``, ``page`` (HTML), ``plot`` and
``interchange`` (ClaimReview, Wikidata-shaped statements), with the colours in ``theme``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from claimrec import _checks
from claimrec.errors import ClaimrecError, InvalidValueError, UnknownEventError
from claimrec.model import Claim, Document, Event, Finding
from claimrec.report import codec
from claimrec.report.codec import SCHEMA
from claimrec.report.frames import FRAMES
from claimrec.resolve import Estimate

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from claimrec.link.candidates import Candidate
    from claimrec.match import EventMatching

__all__ = ["SCHEMA", "EventView", "Report"]


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

    documents: tuple[Document, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Document)
    )
    events: tuple[Event, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Event)
    )
    claims: tuple[Claim, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Claim)
    )
    findings: tuple[Finding, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Finding)
    )
    document_event: Mapping[str, str] = attrs.field(validator=_checks.instance_of(Mapping))
    claim_event: Mapping[str, str | None] = attrs.field(validator=_checks.instance_of(Mapping))
    estimates_by_event: Mapping[str, Mapping[str, Estimate]] = attrs.field(factory=dict)
    errors: tuple[ClaimrecError, ...] = ()
    matching: EventMatching | None = attrs.field(default=None, repr=False)

    def candidates(self) -> tuple[Candidate, ...]:
        """Every candidate pair matching scored, rejected ones too (``EventMatching.pairs``)."""
        return self.matching.pairs if self.matching is not None else ()

    def __repr__(self) -> str:
        """
        One line that says what the report holds, as ``Corpus`` does (the lists can be long).

        >>> import claimrec as cr
        >>> cr.reconcile([cr.Document("a", "Two people were killed, police said.")])
        Report(<1 documents>, <1 events>, <1 claims>, <1 findings>, <0 errors>)
        """
        counts = (
            (len(self.documents), "documents"),
            (len(self.events), "events"),
            (len(self.claims), "claims"),
            (len(self.findings), "findings"),
            (len(self.errors), "errors"),
        )
        return "Report(" + ", ".join(f"<{n} {what}>" for n, what in counts) + ")"

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
        return self.estimates_by_event.get(self._event_id(event), {})

    def claims_of(self, event: str | Event) -> list[Claim]:
        """
        The claims attached to one event.

        Raises:
            UnknownEventError: *event* is not an event of this report (a ``KeyError``).

        >>> import claimrec as cr
        >>> r = cr.reconcile([cr.Document("a", "Two people were killed, police said.")])
        >>> [c.measure for c in r.claims_of(r.events[0])]
        ['killed']
        """
        return self._claims_by_event.get(self._event_id(event), [])

    def _event_id(self, event: str | Event) -> str:
        """The id of *event*, which must be an event of this report."""
        key = event.id if isinstance(event, Event) else event
        if key in self._events:
            return key
        ids = sorted(self._events)
        known = (
            f"its events are {ids}" if len(ids) <= 5 else f"its {len(ids)} events start {ids[:5]}"
        )
        msg = f"no event {key!r} in this report; {known} (see report.events)"
        raise UnknownEventError(msg)

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
        """The ``claimrec.report/1`` document as plain Python data (``codec.encode_report``)."""
        return codec.encode_report(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """
        The report as ``claimrec.report/1`` JSON; the same evidence gives the same bytes.

        >>> import json, claimrec as cr
        >>> json.loads(cr.reconcile([]).to_json())["schema"]
        'claimrec.report/1'
        """
        return codec.dumps(self, indent=indent)

    def claim_rows(self) -> list[dict[str, Any]]:
        """
        The claims as claim rows (``codec.claim_rows``): records with their document's date and outlet.

        Write them one a line as JSON for ``claimrec reconcile --claims``: the claim
        path then gives this report's events and findings.

        >>> import claimrec as cr
        >>> doc = cr.Document("d1", "Seven people were hurt.", published="2024-03-09")
        >>> [row["published"] for row in cr.reconcile([doc]).claim_rows()]
        ['2024-03-09']
        """
        return list(codec.claim_rows(self))

    @classmethod
    def from_json(cls, text: str) -> Report:
        """
        Read a report written by ``to_json`` (``codec.loads``).

        Raises:
            InvalidDocumentError: *text* is not a ``claimrec.report/1`` document.

        >>> import claimrec as cr
        >>> r = cr.reconcile([cr.testing.document()])
        >>> Report.from_json(r.to_json()) == r
        True
        """
        return codec.loads(text)

    # -- tables -----------------------------------------------------------------------

    def to_frame(self, kind: str = "claims") -> pd.DataFrame:
        """
        A tidy pandas DataFrame of one kind of record (needs the ``frames`` extra).

        *kind* is ``claims``, ``findings``, ``events``, ``estimates``, ``sources`` or
        ``documents``; column names, order and dtypes are stable and documented in
        ``claimrec.report.frames``: counts are nullable ``Int64``, dates ``datetime64``,
        flags, chains and origins list columns.

        Raises:
            ValueError: *kind* is not one of those names.
        """
        if kind not in FRAMES:
            msg = f"to_frame kind must be one of {', '.join(FRAMES)}; got {kind!r}"
            raise InvalidValueError(msg)
        from claimrec.report.frames import to_frame  # noqa: PLC0415 - pandas is optional

        return to_frame(self, kind)

    # -- text and HTML ---------------------------------------------------------------

    def summary(self) -> str:
        """
        A plain-text account: events, verdicts, conflicts with both sides, unattributed claims.

        >>> import claimrec as cr
        >>> print(cr.reconcile([]).summary())
        0 documents, 0 events, 0 claims, 0 findings (no conflicts)
        """
        from claimrec.report.text import summary  # noqa: PLC0415 - a view, built on demand

        return summary(self)

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
        from claimrec.report.page import render_page  # noqa: PLC0415 - the page is built on demand

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
        return EventView(self, self._events[self._event_id(event)])

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
        from claimrec.report.plot import plot_event  # noqa: PLC0415 - matplotlib is optional

        return plot_event(self, self._events[self._event_id(event)], ax=ax)

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
        from claimrec.report.plot import plot_timeline  # noqa: PLC0415 - matplotlib is optional

        chosen = None if event is None else self._events[self._event_id(event)]
        return plot_timeline(self, measure, ax=ax, group=group, event=chosen)

    def to_claimreview(self, *, url: str | None = None) -> list[dict[str, Any]]:
        """
        One schema.org ``ClaimReview`` (JSON-LD) per finding; see ``claimrec.report.interchange``.

        *url* is where the HTML page will live: each review links to its finding's anchor.

        >>> import claimrec as cr
        >>> cr.reconcile([cr.testing.document()]).to_claimreview()[0]["@type"]
        'ClaimReview'
        """
        from claimrec.report.interchange import to_claimreview  # noqa: PLC0415

        return to_claimreview(self, url=url)

    def claimreview_script(self, *, url: str | None = None) -> str:
        """
        ``to_claimreview()`` as a ``<script type="application/ld+json">`` block to embed.

        ``<``, ``>`` and ``&`` inside are JSON escapes, so article text cannot close the
        block; *url* must be a plain ``http(s)`` URL (``InvalidValueError`` otherwise).

        >>> import claimrec as cr
        >>> cr.reconcile([cr.testing.document()]).claimreview_script().endswith("</script>")
        True
        """
        from claimrec.report.interchange import claimreview_script  # noqa: PLC0415

        return claimreview_script(self, url=url)

    def to_statements(self) -> dict[str, Any]:
        """
        The claims as Wikidata-shaped entities and statements; see ``claimrec.report.interchange``.

        >>> import claimrec as cr
        >>> entities = cr.reconcile([cr.testing.document()]).to_statements()["entities"]
        >>> sorted(next(iter(entities.values()))["claims"])
        ['P1339']
        """
        from claimrec.report.interchange import to_statements  # noqa: PLC0415

        return to_statements(self)

    def _repr_html_(self) -> str:
        """A notebook table of events and the verdicts of their slots."""
        from claimrec.report.notebook import report_html  # noqa: PLC0415 - built on demand

        return report_html(self)


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
        from claimrec.report.page import render_event  # noqa: PLC0415 - built on demand

        return render_event(self.report, self.event)
