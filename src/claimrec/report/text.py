r"""
The plain-text summary of a report (``Report.summary()``, the terminal view).

Everything printed that came from input (document ids, article text, actor names, file
paths in error messages) goes through ``printable``: control characters, escape
sequences and bidirectional overrides are shown as ``\\uXXXX`` escapes, so an id cannot
retitle or clear the reader's terminal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Final

from claimrec.model import Claim, CountClaim, Event, Finding, ResponsibilityClaim

if TYPE_CHECKING:
    from claimrec.report.core import Report

__all__ = ["LEGEND", "event_order", "event_title", "plural", "printable", "summary"]

#: One line that says how to read a finding.
LEGEND: Final = (
    "Legend: a slot is measure/group; ∩ figures that must all hold; + counts added up; "
    "→ a figure a later report replaced; none_claimed: no one claimed responsibility."
)
#: C0 and C1 controls (ESC, NUL, BEL, ...), line and paragraph separators, and the
#: bidirectional marks, embeddings, overrides and isolates.
_UNPRINTABLE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_SHOWN_UNATTRIBUTED: Final = 40


def printable(text: str, *, newlines: bool = False) -> str:
    r"""
    *text* safe to print on a terminal: controls and bidi marks become ``\uXXXX``.

    Tabs stay; newlines stay only when *newlines* is true.

    >>> printable("doc\x1b]0;pwned\x07")
    'doc\\u001b]0;pwned\\u0007'
    >>> printable("a\u202eb\nc")
    'a\\u202eb\\u000ac'
    """

    def escape(m: re.Match[str]) -> str:
        return f"\\u{ord(m.group()):04x}"

    if newlines:
        return "\n".join(_UNPRINTABLE.sub(escape, line) for line in text.split("\n"))
    return _UNPRINTABLE.sub(escape, text.replace("\n", "\\u000a"))


def plural(n: int, noun: str) -> str:
    """
    *n* and *noun*, in the plural unless *n* is one.

    >>> plural(1, "document"), plural(0, "event"), plural(2, "claim")
    ('1 document', '0 events', '2 claims')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def event_title(report: Report, event: Event) -> str:
    """
    An event's title: its kind and place; a background event's from its own claims.

    A background event (one no document is about) is titled by what the sentences that
    recall it say: their most common kind and place, not the reporting article's.
    """
    kind, where = event.kind, event.location
    if not event.documents:
        mentions = [c.mention for c in report.claims_of(event)]
        kinds = Counter(m.kind for m in mentions if m.kind)
        places = Counter(m.location for m in mentions if m.location)
        kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else kind
        where = min(places, key=lambda p: (-places[p], p)) if places else where
    when = event.date.isoformat() if event.date else "undated"
    return f"{kind or 'event'} at {where or 'an unknown place'}, {when}"


def _headline(report: Report) -> str:
    n_conf = len(report.conflicts())
    verdicts = f"{plural(n_conf, 'conflict')}" if n_conf else "no conflicts"
    return (
        f"{plural(len(report.documents), 'document')}, {plural(len(report.events), 'event')}, "
        f"{plural(len(report.claims), 'claim')}, {plural(len(report.findings), 'finding')} "
        f"({verdicts})"
    )


def _finding_line(f: Finding) -> str:
    slot = "responsibility" if f.measure == "responsibility" else f"{f.measure}/{f.group}"
    return printable(f"  {f.verdict:<11} {slot}: {f.explanation}")


def _event_lines(report: Report, e: Event, findings: list[Finding]) -> list[str]:
    if e.documents:
        docs = ", ".join(sorted(e.documents))
        sources = f"{plural(len(e.documents), 'document')}: {docs}"
    else:
        recalled = sorted({c.document for c in report.claims_of(e)})
        sources = f"recalled as background in {', '.join(recalled)}"
    lines = ["", printable(f"Event {e.id}: {event_title(report, e)} ({sources})")]
    for m, est in sorted(report.estimates_by_event.get(e.id, {}).items()):
        high = "?" if est.high is None else est.high
        lines.append(f"  estimate {m}: best {est.best} (low {est.low}, high {high}) — {est.rule}")
    lines.extend(_finding_line(f) for f in findings)
    return lines


def summary(report: Report) -> str:
    """
    A plain-text account: events, verdicts, conflicts with both sides, unattributed claims.

    Each verdict is printed once, before its slot; the legend line says how to read
    the arithmetic.

    >>> import claimrec as cr
    >>> print(summary(cr.reconcile([])))
    0 documents, 0 events, 0 claims, 0 findings (no conflicts)
    """
    lines = [_headline(report)]
    if report.findings:
        lines.append(LEGEND)
    by_event: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_event[f.event].append(f)
    for e in sorted(report.events, key=event_order):
        if not by_event.get(e.id) and len(e.documents) < 2:
            continue
        lines.extend(_event_lines(report, e, by_event.get(e.id, [])))
    quiet = [e for e in report.events if not by_event.get(e.id) and len(e.documents) < 2]
    if quiet:
        lines.append("")
        lines.append(f"{plural(len(quiet), 'single-document event')} with no findings not shown.")
    unatt = report.unattributed()
    if unatt:
        lines.append("")
        lines.append(f"Unattributed claims ({len(unatt)}):")
        lines.extend(
            printable(f"  {c.id} [{c.attribution.kind}] {_claim_line(c)}")
            for c in unatt[:_SHOWN_UNATTRIBUTED]
        )
        if len(unatt) > _SHOWN_UNATTRIBUTED:
            lines.append(f"  … and {len(unatt) - _SHOWN_UNATTRIBUTED} more")
    if report.errors:
        lines.append("")
        lines.append(f"Skipped input ({len(report.errors)}):")
        lines.extend(printable(f"  {e}") for e in report.errors)
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
