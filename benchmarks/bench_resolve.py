"""
Benchmark resolution and writing alone on the claim path: match once, then resolve and write.

Usage:
    python benchmarks/bench_resolve.py --claims 20000 [--places zipf|uniform|hot] [--seed 7]
        [--repeat 3] [--profile resolve|write] [--top 25] [--out /abs/report.json]
        [--matched /abs/matched.pkl]
    python benchmarks/bench_resolve.py --claims 100000 --where 15

The seeded generator (``claimrec._synthetic``) writes claim JSONL, which is read
and matched as ``claimrec.scale.reconcile_claims`` does (the collector paused for
the run). Resolution (``claimrec.resolve.resolve``) and writing
(``claimrec.report.codec.dump``) then run *repeat* times; each run prints one JSON
line with its CPU seconds, the Python function calls it made (counted with
``sys.setprofile`` on a run of its own, so the timed runs are not slowed) and the
memory it allocated at its peak (``tracemalloc``, on that same counting run).
``--profile`` prints the top functions of one stage by own time (cProfile).
``--out`` keeps the report (written as ``reconcile_claims`` writes it), to compare
bytes before and after a change. ``--matched FILE`` keeps the matched input (pickled)
on the first run and reads it on the next, so two versions of the resolver are timed on
one input without matching again (read only a file this script wrote). ``--where N``
instead traces memory through every stage (load, match, resolve, write) and prints,
after each, what is held and at which source lines (the top *N*), to find what a run
keeps longer than it needs.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
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
from claimrec._synthetic import PLACE_LAWS, write_claims
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
        write_claims(path, n, seed=seed, places=places)
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


class Bench:
    """One matched input, resolved and written as ``reconcile_claims`` does."""

    def __init__(self, n: int, seed: int, places: str, out: Path, matched: Path | None) -> None:
        if matched is not None and matched.exists():
            with matched.open("rb") as f:  # a file this script wrote: the same input for two codes
                self.documents, self.claims, self.matching, self.errors = pickle.load(f)  # noqa: S301
        else:
            self.documents, self.claims, self.matching, self.errors = prepare(n, seed, places)
            if matched is not None:
                # kept without its pair explainer (a closure, and not read here)
                kept = attrs.evolve(self.matching, pair_source=None)
                with matched.open("wb") as f:
                    pickle.dump((self.documents, self.claims, kept, self.errors), f, protocol=5)
        self.out = out

    def resolve(self) -> Resolution:
        return resolve(self.claims, self.matching.claim_event, documents=self.documents)

    def report(self, res: Resolution) -> Report:
        matching = self.matching
        return Report(
            documents=tuple(
                Document(d.id, "", title=d.title, published=d.published, outlet=d.outlet)
                for d in self.documents
            ),
            events=matching.events,
            claims=res.claims,
            findings=res.findings,
            document_event=dict(matching.document_event),
            claim_event=dict(matching.claim_event),
            estimates_by_event=res.estimates,
            errors=self.errors,
            matching=matching,
        )

    def write(self, report: Report) -> None:
        with self.out.open("w", encoding="utf-8") as f:
            dump(report, f, indent=None)


def say(line: dict[str, Any]) -> None:
    print(json.dumps(line), flush=True)


def count_stages(bench: Bench) -> Report:
    """One counted run of each stage: calls, calls per claim, allocation peak; the report's hash."""
    n = len(bench.claims)
    res, calls, peak = counted(bench.resolve)
    report = bench.report(res)
    _, wcalls, wpeak = counted(lambda: bench.write(report))
    body = bench.out.read_bytes()
    say(
        {
            "stage": "resolve",
            "calls": calls,
            "calls_per_claim": round(calls / n, 1),
            "peak_alloc_mib": peak,
        }
    )
    say(
        {
            "stage": "write",
            "calls": wcalls,
            "calls_per_claim": round(wcalls / n, 1),
            "peak_alloc_mib": wpeak,
            "bytes": len(body),
            "sha256": hashlib.sha256(body).hexdigest()[:16],
        }
    )
    return report


def time_stages(bench: Bench, report: Report, repeat: int) -> None:
    """CPU seconds of resolution and writing, *repeat* times."""
    for _ in range(repeat):
        start = cpu()
        res = bench.resolve()
        mid = cpu()
        bench.write(attrs.evolve(report, claims=res.claims, findings=res.findings))
        end = cpu()
        say(
            {
                "claims": len(bench.claims),
                "resolve_cpu_s": round(mid - start, 3),
                "write_cpu_s": round(end - mid, 3),
            }
        )


def where(n: int, seed: int, places: str, top: int) -> None:
    """Trace memory through load, match, resolve and write; print what each stage leaves held."""
    import linecache  # noqa: PLC0415 - only for this mode

    def held(stage: str) -> None:
        current, peak = tracemalloc.get_traced_memory()
        say(
            {
                "stage": stage,
                "held_mib": round(current / 2**20, 1),
                "peak_mib": round(peak / 2**20, 1),
            }
        )
        for stat in tracemalloc.take_snapshot().statistics("lineno")[:top]:
            frame = stat.traceback[0]
            line = linecache.getline(frame.filename, frame.lineno).strip()
            print(
                f"  {stat.size / 2**20:8.1f} MiB {stat.count:9d}  {frame.filename}:{frame.lineno}  {line[:80]}"
            )
        tracemalloc.reset_peak()

    tracemalloc.start()
    with tempfile.TemporaryDirectory(prefix="bench-resolve-") as tmp:
        path = Path(tmp) / "claims.jsonl"
        write_claims(path, n, seed=seed, places=places)
        tracemalloc.reset_peak()
        claims, datelines, errors = read_claim_rows(path)
    held("load")
    documents = documents_of_claims(claims, datelines=datelines)
    claims.sort(key=lambda c: c.id)
    matching = match_events(documents, claims)
    held("match")
    res = resolve(claims, matching.claim_event, documents=documents)
    del claims
    held("resolve")
    bench = Bench.__new__(Bench)
    bench.documents, bench.matching, bench.errors = documents, matching, tuple(errors)
    bench.out = Path(tempfile.mkdtemp(prefix="bench-resolve-")) / "report.json"
    bench.write(bench.report(res))
    held("write")
    tracemalloc.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=20000)
    ap.add_argument("--places", choices=PLACE_LAWS, default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", choices=("resolve", "write"))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--out", type=Path, help="keep the report here")
    ap.add_argument("--where", type=int, metavar="N", help="trace memory by stage (top N lines)")
    ap.add_argument(
        "--matched",
        type=Path,
        help="read the matched input from this file when it exists, else match and keep it there",
    )
    args = ap.parse_args()
    if args.where:
        with collector_paused():
            where(args.claims, args.seed, args.places, args.where)
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-resolve-")) / "report.json"
    with collector_paused():
        bench = Bench(args.claims, args.seed, args.places, out, args.matched)
        report = count_stages(bench)
        time_stages(bench, report, args.repeat)
        if args.profile:
            prof = cProfile.Profile()
            if args.profile == "resolve":
                prof.runcall(bench.resolve)
            else:
                prof.runcall(bench.write, report)
            pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
