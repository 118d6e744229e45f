"""Notebook views: the report table (``Report._repr_html_``) and one event (``EventView``)."""

from __future__ import annotations

import html
from collections import defaultdict
from typing import TYPE_CHECKING

from claimrec.model import Finding
from claimrec.report.text import event_order, plural
from claimrec.report.theme import FLAG_COLOURS, VERDICT_COLOURS

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
            f"<td style='color:{FLAG_COLOURS['unattributed']};font-weight:{700 if unatt else 400}'>{unatt}</td></tr>"
        )
    n_unatt = len(report.unattributed())
    n_conf = len(report.conflicts())
    conflicts = (
        f"<span style='color:{VERDICT_COLOURS['conflicting']}'>"
        f"{plural(n_conf, 'conflicting finding')}</span>"
        if n_conf
        else f"<span style='color:{VERDICT_COLOURS['consistent']}'>no conflicts</span>"
    )
    return (
        "<div class='claimrec-report'>"
        f"<p>{plural(len(report.documents), 'document')}, {plural(len(report.events), 'event')}, "
        f"{plural(len(report.claims), 'claim')}, {conflicts}, "
        f"<span style='color:{FLAG_COLOURS['unattributed']}'>"
        f"{plural(n_unatt, 'unattributed claim')}</span></p>"
        "<table><thead><tr><th>event</th><th>location</th><th>date</th><th>kind</th>"
        "<th>docs</th><th>estimates</th><th>verdicts</th><th>unattributed</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div>"
    )
