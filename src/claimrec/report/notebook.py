"""Notebook views: the report table (``Report._repr_html_``) and one event (``EventView``)."""

from __future__ import annotations

import html
from collections import defaultdict
from typing import TYPE_CHECKING

from claimrec.model import Finding
from claimrec.report.text import event_order
from claimrec.report.theme import VERDICT_COLOURS

if TYPE_CHECKING:
    from claimrec.report.core import Report

__all__ = ["report_html"]


def report_html(report: Report) -> str:
    """
    The notebook table of a report: events and the verdicts of their slots.

    >>> import claimrec as cr
    >>> report_html(cr.reconcile([])).startswith("<div class='claimrec-report'>")
    True
    """
    esc = html.escape
    rows = []
    by_event: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_event[f.event].append(f)
    for e in sorted(report.events, key=event_order):
        verdicts = "".join(
            f'<div><span style="color:{VERDICT_COLOURS[f.verdict]};font-weight:600">'
            f"{esc(f.verdict)}</span> {esc(f.measure)}/{esc(f.group)}: "
            f"{esc(str(f.consensus) if f.consensus else '—')}</div>"
            for f in by_event.get(e.id, [])
        )
        est = "; ".join(
            f"{esc(m)} {v.best}" for m, v in sorted(report.estimates_by_event.get(e.id, {}).items())
        )
        unatt = sum(1 for c in report.claims_of(e) if "unattributed" in c.flags)
        rows.append(
            "<tr>"
            f"<td>{esc(e.id)}</td><td>{esc(e.location or '')}</td>"
            f"<td>{esc(e.date.isoformat() if e.date else '')}</td>"
            f"<td>{esc(e.kind or '')}</td><td>{len(e.documents)}</td>"
            f"<td>{est}</td><td>{verdicts}</td>"
            f"<td style='color:#6941c6;font-weight:{700 if unatt else 400}'>{unatt}</td></tr>"
        )
    n_unatt = len(report.unattributed())
    return (
        "<div class='claimrec-report'>"
        f"<p>{len(report.documents)} documents, {len(report.events)} events, "
        f"{len(report.claims)} claims, {len(report.conflicts())} conflicting findings, "
        f"<span style='color:#6941c6'>{n_unatt} unattributed claims</span></p>"
        "<table><thead><tr><th>event</th><th>location</th><th>date</th><th>kind</th>"
        "<th>docs</th><th>estimates</th><th>verdicts</th><th>unattributed</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div>"
    )
