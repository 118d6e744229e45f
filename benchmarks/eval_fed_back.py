"""
How far a report's own claim rows, fed back alone, agree with the article path.

Usage:
    python benchmarks/eval_fed_back.py /abs/path/to/articles [--without title,lead] [--show]

The articles are reconciled (``claimrec.reconcile``), their claim rows
(``Report.claim_rows``, as ``claimrec reconcile --claims-out`` writes them) are
written to a JSONL file and read back without the articles
(``claimrec.scale.read_claim_rows`` + ``claimrec.engines.reconcile_claims``). One
JSON line says how many documents with claims land in an event with other fellow
documents with claims than on the article path (a document without claims has no
row, so it is left out of both sides), and how many findings differ (a finding is
its event's documents, measure, group, verdict, consensus and claims). ``--show``
prints each disagreement. ``--without`` leaves fields out of every row (any of
``published``, ``outlet``, ``title``, ``lead``), to measure how the claim path
degrades on rows that carry less.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import claimrec as cr
from claimrec.engines import DOCUMENT_FIELDS, reconcile_claims
from claimrec.scale import read_claim_rows


def members(report: cr.Report, among: set[str]) -> dict[str, frozenset[str]]:
    """Document id -> the documents of its event among *among* (itself alone when it has none)."""
    by_event: dict[str, set[str]] = defaultdict(set)
    for doc, event in report.document_event.items():
        if event is not None and doc in among:
            by_event[event].add(doc)
    return {
        d.id: frozenset(by_event.get(report.document_event.get(d.id) or "", {d.id}))
        for d in report.documents
        if d.id in among
    }


def findings(report: cr.Report, among: set[str]) -> set[tuple[Any, ...]]:
    """Each finding keyed by its event's documents among *among* rather than the event's id."""
    docs = {e.id: tuple(sorted(set(e.documents) & among)) for e in report.events}
    return {
        (docs[f.event], f.measure, f.group, f.verdict, str(f.consensus), tuple(sorted(f.claims)))
        for f in report.findings
    }


def fed_back(report: cr.Report, without: frozenset[str] = frozenset()) -> cr.Report:
    """The report's claim rows (less the fields *without*), written as JSONL and reconciled alone."""
    rows = ({k: v for k, v in r.items() if k not in without} for r in report.claim_rows())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rows.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        claims, datelines, errors = read_claim_rows(path)
    if errors:
        raise errors[0]
    return reconcile_claims(claims, datelines=datelines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("path", help="articles: a file or folder, as `claimrec reconcile` reads them")
    ap.add_argument("--show", action="store_true", help="print each disagreement")
    ap.add_argument(
        "--without",
        type=lambda v: frozenset(f for f in v.split(",") if f),
        default=frozenset(),
        help="row fields to leave out, comma-separated (published, outlet, title, lead)",
    )
    args = ap.parse_args()
    unknown = args.without - set(DOCUMENT_FIELDS)
    if unknown:
        ap.error(f"--without takes {', '.join(DOCUMENT_FIELDS)}; got {', '.join(sorted(unknown))}")
    article = cr.reconcile(cr.load(args.path))
    fed = fed_back(article, args.without)
    among = {c.document for c in article.claims}  # a document without claims has no row
    a, b = members(article, among), members(fed, among)
    common = sorted(set(a) & set(b))
    grouped = [d for d in common if a[d] != b[d]]
    fa, fb = findings(article, among), findings(fed, among)
    if args.show:
        for d in grouped:
            print("document", d, "articles", sorted(a[d]), "claims", sorted(b[d]))
        for f in sorted(fa - fb, key=repr):
            print("articles only", f)
        for f in sorted(fb - fa, key=repr):
            print("claims only", f)
    line = {
        "documents": len(article.documents),
        "with_claims": len(common),
        "grouped_differently": len(grouped),
        "findings": len(fa),
        "findings_differ": len(fa ^ fb),
    }
    print(json.dumps(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
