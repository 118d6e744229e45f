"""
The harness of the verdict story files (``test_resolve_round7.py`` on, ``test_verdicts1x.py``).

A story is a few invented reports of one incident and the verdict a desk editor gives
per measure and group; these checks are what every story of those files must show.
"""

from __future__ import annotations

from collections import Counter

import pytest

import claimrec as cr
from claimrec.model import CountClaim

#: A finding expected per story: (measure, group) -> (verdict, consensus or None to skip).
Expected = dict[tuple[str, str], tuple[str, tuple[int, int | None] | None]]


def report_of(docs: list[cr.Document]) -> cr.Report:
    """
    The report of a story's reports, through ``claimrec.reconcile`` (the user's path).
    """
    return cr.reconcile(docs)


def document(id_: str, day: str, title: str, text: str, outlet: str) -> cr.Document:
    """One report of a story: its id, publication day, headline, text and outlet."""
    return cr.Document(id_, text, title=title, published=day, outlet=outlet)


def check_verdicts(report: cr.Report, expected: Expected) -> None:
    """One event, and per measure and group the verdict (and consensus where given) expected."""
    assert len({f.event for f in report.findings}) == 1, "one incident, one event"
    found = {(f.measure, f.group): f for f in report.findings}
    for key, (verdict, consensus) in expected.items():
        assert key in found, sorted(found)
        finding = found[key]
        assert finding.verdict == verdict, finding.explanation
        if consensus is not None:
            assert finding.consensus is not None, finding.explanation
            assert (finding.consensus.low, finding.consensus.high) == consensus


def check_no_count_lost(report: cr.Report) -> None:
    """
    Each event count sits in a finding, and only in one, but for an explicit zero of
    people ("no casualties"), which is a zero of every group.
    """
    counts = {c.id: c for c in report.claims if isinstance(c, CountClaim)}
    held = Counter(cid for f in report.findings for cid in f.claims if cid in counts)
    of_event = {
        c.id for c in counts.values() if c.scope == "event" and report.claim_event.get(c.id)
    }
    assert set(held) == of_event
    assert all(counts[cid].quantity.upper == 0 for cid, n in held.items() if n > 1)


def check_order_independent(docs: list[cr.Document]) -> None:
    """The same reports in the reverse order give the same bytes."""
    assert cr.reconcile(docs).to_json() == cr.reconcile(list(reversed(docs))).to_json()


def story_param(name: str, xfail: dict[str, str]) -> object:
    """A story's name as a test parameter, marked a strict xfail when *xfail* gives a reason."""
    reason = xfail.get(name)
    if reason is None:
        return name
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=reason))


def finding_of(report: cr.Report, measure: str = "killed", group: str = "people") -> cr.Finding:
    """The one finding of *measure* and *group* (the test fails when there is not one)."""
    (finding,) = [f for f in report.findings if f.measure == measure and f.group == group]
    return finding


def estimate_of(report: cr.Report, measure: str = "killed") -> tuple[int, int, int | None]:
    """The one event's estimate of *measure*: low, best, high."""
    (estimates,) = report.estimates_by_event.values()
    e = estimates[measure]
    return e.low, e.best, e.high


def flags_of(report: cr.Report) -> dict[str, tuple[str, ...]]:
    """Each count claim's flags, by claim id."""
    return {c.id: c.flags for c in report.claims if isinstance(c, CountClaim)}
