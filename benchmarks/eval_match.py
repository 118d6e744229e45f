"""
Score ``match_events`` on the GVA evaluation set with the shared B-cubed scorer.

Usage: python benchmarks/eval_match.py [--data DIR] [--out report.json] [--with-claims] [--details]

Reads ``DIR/docs.jsonl`` (the gold ``incident_id`` field is never given to the matcher),
writes ``{"documents": [{"id", "event"}], "events": [...]}`` and runs ``score_events.py``.
``--details`` also prints the gold incidents that were split or merged, and what
happened to the confounders (other shootings in the same city within days).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from claimrec.match import match_events
from claimrec.model import Claim, Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "gva"


def load(path: Path) -> list[Document]:
    docs = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        docs.append(
            Document(
                row["doc_id"],
                row.get("text") or "",
                title=row.get("title"),
                published=row.get("published") or None,
                outlet=row.get("source"),
                url=row.get("url"),
            )
        )
    return docs


def claims_for(docs: list[Document]) -> list[Claim]:
    from claimrec.extract import extract  # noqa: PLC0415 - optional stage

    return [c for d in docs for c in extract(d)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "claimrec_eval_match.json"
    )
    ap.add_argument("--with-claims", action="store_true", help="extract claims first")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()

    docs = load(args.data / "docs.jsonl")
    claims = claims_for(docs) if args.with_claims else []
    start = time.perf_counter()
    options = {} if args.threshold is None else {"threshold": args.threshold}
    matching = match_events(docs, claims, **options)
    seconds = time.perf_counter() - start
    report = {
        "schema": "claimrec.report/1",
        "documents": [{"id": d.id, "event": matching.document_event[d.id]} for d in docs],
        "events": [
            {
                "id": e.id,
                "documents": list(e.documents),
                "location": e.location,
                "date": e.date.isoformat() if e.date else None,
                "kind": e.kind,
                "estimates": {},
            }
            for e in matching.events
        ],
    }
    args.out.write_text(json.dumps(report, indent=1))
    print(
        f"{len(docs)} documents, {len(matching.events)} events, "
        f"{matching.candidate_pairs} candidate pairs, {seconds:.2f} s"
    )
    gold_path = args.data / "gold.jsonl"
    scorer = args.data.parent / "score_events.py"
    subprocess.run(  # noqa: S603 - runs the shared scorer
        [
            sys.executable,
            str(scorer),
            str(args.out),
            str(gold_path),
        ],
        check=True,
    )
    if args.details:
        details(docs, matching.document_event, gold_path)
    return 0


def details(docs: list[Document], pred: dict[str, str], gold_path: Path) -> None:
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    truth = {d: g for g in gold for d in g["doc_ids"]}
    titles = {d.id: (d.title or "")[:70] for d in docs}
    published = {d.id: d.published for d in docs}
    clusters: dict[str, list[str]] = defaultdict(list)
    for doc, ev in pred.items():
        clusters[ev].append(doc)
    print("\n== split gold incidents")
    for g in gold:
        evs = {pred[d] for d in g["doc_ids"]}
        if len(evs) > 1:
            print(f"{g['incident_id']} {g['date']} {g['city_or_county']} ({g['selection']})")
            for d in g["doc_ids"]:
                print(f"   {pred[d]} {published[d]} {titles[d]}")
    print("\n== merged predicted events")
    for ev, members in clusters.items():
        incidents = {truth[d]["incident_id"] for d in members}
        if len(incidents) > 1:
            print(ev)
            for d in members:
                g = truth[d]
                print(
                    f"   {g['incident_id']} {g['date']} {g['city_or_county']} ({g['selection']}) {published[d]} {titles[d]}"
                )
    conf = [g for g in gold if g["selection"] == "confounder"]
    wrong = sum(
        1
        for g in conf
        for d in g["doc_ids"]
        if any(truth[o]["incident_id"] != g["incident_id"] for o in clusters[pred[d]])
    )
    total = sum(len(g["doc_ids"]) for g in conf)
    print(f"\nconfounder documents merged with another incident: {wrong}/{total}")


if __name__ == "__main__":
    raise SystemExit(main())
