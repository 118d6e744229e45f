"""
Benchmark resolution and writing alone on the claim path: match once, then resolve and write.

Usage:
    python benchmarks/bench_resolve.py --claims 20000 [--places zipf|uniform|hot] [--seed 7]
        [--repeat 3] [--profile resolve|write] [--top 25] [--out /abs/report.json]

The seeded generator (``claimrec._synthetic``) writes claim JSONL, which is read
and matched as ``claimrec.scale.reconcile_claims`` does (the collector paused for
the run). Resolution (``claimrec.resolve.resolve``) and writing
(``claimrec.report.codec.dump``) then run *repeat* times; each run prints one JSON
line with its CPU seconds, the Python function calls it made (counted with
``sys.setprofile`` on a run of its own, so the timed runs are not slowed) and the
memory it allocated at its peak (``tracemalloc``, on that same counting run).
``--profile`` prints the top functions of one stage by own time (cProfile).
``--out`` keeps the report (written as ``reconcile_claims`` writes it), to compare
bytes before and after a change.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from claimrec._gc import collector_paused
from claimrec._synthetic import PLACE_LAWS, generate_claims
from claimrec.engines.claims import documents_of_claims
from claimrec.match import match_events
from claimrec.model import Document
from claimrec.report import Report
from claimrec.report.codec import dump
from claimrec.resolve import Resolution, resolve
from claimrec.scale import read_claim_rows


def cpu() -> float:
    return time.process_time()


def prepare(n: int, seed: int, places: str) -> tuple[Any, ...]:
    """Generate, read and match *n* claims; return what resolution and writing take."""
    with tempfile.TemporaryDirectory(prefix="bench-resolve-") as tmp:
        path = Path(tmp) / "claims.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for claim in generate_claims(n, seed=seed, places=places):
                claim.pop("truth")
                f.write(json.dumps(claim, ensure_ascii=False) + "\n")
        claims, datelines, errors = read_claim_rows(path)
    documents = documents_of_claims(claims, datelines=datelines)
    claims.sort(key=lambda c: c.id)
    matching = match_events(documents, claims)
    return documents, claims, matching, tuple(errors)


def counted(fn: Callable[[], Any]) -> tuple[Any, int, float]:
    """Run *fn* once, counting Python calls and the peak of memory it allocated (MiB)."""
    calls = [0]

    def hook(_frame: Any, event: str, _arg: Any) -> None:
        if event == "call":
            calls[0] += 1

    tracemalloc.start()
    sys.setprofile(hook)
    try:
        out = fn()
    finally:
        sys.setprofile(None)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return out, calls[0], round(peak / 2**20, 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=20000)
    ap.add_argument("--places", choices=PLACE_LAWS, default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", choices=("resolve", "write"))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--out", type=Path, help="keep the report here")
    args = ap.parse_args()
    with collector_paused():
        documents, claims, matching, errors = prepare(args.claims, args.seed, args.places)

        def run_resolve() -> Resolution:
            return resolve(claims, matching.claim_event, documents=documents)

        def report_of(res: Resolution) -> Report:
            return Report(
                documents=tuple(
                    Document(d.id, "", title=d.title, published=d.published, outlet=d.outlet)
                    for d in documents
                ),
                events=matching.events,
                claims=res.claims,
                findings=res.findings,
                document_event=dict(matching.document_event),
                claim_event=dict(matching.claim_event),
                estimates_by_event=res.estimates,
                errors=errors,
                matching=matching,
            )

        out = args.out or Path(tempfile.mkdtemp(prefix="bench-resolve-")) / "report.json"

        def run_write(report: Report) -> None:
            with out.open("w", encoding="utf-8") as f:
                dump(report, f, indent=None)

        res, calls, peak = counted(run_resolve)
        report = report_of(res)
        _, wcalls, wpeak = counted(lambda: run_write(report))
        body = out.read_bytes()
        digest = hashlib.sha256(body).hexdigest()[:16]
        print(
            json.dumps(
                {
                    "stage": "resolve",
                    "calls": calls,
                    "calls_per_claim": round(calls / len(claims), 1),
                    "peak_alloc_mib": peak,
                }
            ),
            flush=True,
        )
        print(
            json.dumps(
                {
                    "stage": "write",
                    "calls": wcalls,
                    "calls_per_claim": round(wcalls / len(claims), 1),
                    "peak_alloc_mib": wpeak,
                    "bytes": len(body),
                    "sha256": digest,
                }
            ),
            flush=True,
        )
        for _ in range(args.repeat):
            start = cpu()
            res = run_resolve()
            mid = cpu()
            run_write(attrs.evolve(report, claims=res.claims, findings=res.findings))
            end = cpu()
            print(
                json.dumps(
                    {
                        "claims": len(claims),
                        "resolve_cpu_s": round(mid - start, 3),
                        "write_cpu_s": round(end - mid, 3),
                    }
                ),
                flush=True,
            )
        if args.profile:
            prof = cProfile.Profile()
            if args.profile == "resolve":
                prof.runcall(run_resolve)
            else:
                prof.runcall(run_write, report)
            pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
