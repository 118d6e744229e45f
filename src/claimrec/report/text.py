"""The plain-text summary of a report (``Report.summary()``, the terminal view)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from claimrec.model import Claim, CountClaim, Event, Finding, ResponsibilityClaim

if TYPE_CHECKING:
    from claimrec.report.core import Report

__all__ = ["event_order", "summary"]


def summary(report: Report) -> str:
    """
    A plain-text account: events, verdicts, conflicts with both sides, unattributed claims.

    >>> import claimrec as cr
    >>> print(summary(cr.reconcile([])))
    0 documents, 0 events, 0 claims, 0 findings (0 conflicting)
    """
    n_conf = len(report.conflicts())
    head = (
        f"{len(report.documents)} documents, {len(report.events)} events, "
        f"{len(report.claims)} claims, {len(report.findings)} findings ({n_conf} conflicting)"
    )
    lines = [head]
    by_event: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_event[f.event].append(f)
    for e in sorted(report.events, key=event_order):
        if not by_event.get(e.id) and len(e.documents) < 2:
            continue
        where = e.location or "unknown place"
        when = e.date.isoformat() if e.date else "undated"
        lines.append("")
        if e.documents:
            sources = f"{len(e.documents)} documents: {', '.join(sorted(e.documents))}"
        else:
            recalled = sorted({c.document for c in report.claims_of(e)})
            sources = f"recalled as background in {', '.join(recalled)}"
        lines.append(f"Event {e.id}: {e.kind or 'event'} at {where}, {when} ({sources})")
        for m, est in sorted(report.estimates_by_event.get(e.id, {}).items()):
            high = "?" if est.high is None else est.high
            lines.append(f"  estimate {m}: best {est.best} (low {est.low}, high {high})")
        lines.extend(f"  [{f.verdict}] {f.explanation}" for f in by_event.get(e.id, []))
    quiet = [e for e in report.events if not by_event.get(e.id) and len(e.documents) < 2]
    if quiet:
        lines.append("")
        lines.append(f"{len(quiet)} single-document events with no findings not shown.")
    unatt = report.unattributed()
    if unatt:
        lines.append("")
        lines.append(f"Unattributed claims ({len(unatt)}):")
        lines.extend(f"  {c.id} [{c.attribution.kind}] {_claim_line(c)}" for c in unatt[:40])
        if len(unatt) > 40:
            lines.append(f"  … and {len(unatt) - 40} more")
    if report.errors:
        lines.append("")
        lines.append(f"Skipped input ({len(report.errors)}):")
        lines.extend(f"  {e}" for e in report.errors)
    return "\n".join(lines)


def _claim_line(c: Claim) -> str:
    if isinstance(c, CountClaim):
        return f"{c.measure}/{c.group} {c.quantity} ({c.scope}) — {c.sentence[:120]!r}"
    if isinstance(c, ResponsibilityClaim):
        return f"responsibility {c.stance} {c.actor or ''} — {c.sentence[:120]!r}"
    return c.sentence[:120]


def event_order(e: Event) -> tuple[bool, dt.date, str]:
    """Events that documents are about first, by date; background events after them."""
    return (not e.documents, e.date or dt.date.min, e.id)
