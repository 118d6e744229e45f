"""
Benchmark the claim path end to end (the article path's engine fed with claims): generate, load, match, resolve, write.

Usage:
    python benchmarks/bench_scale.py --claims 10000 [--places zipf|uniform|hot] [--seed 7]
        [--processes 2] [--engine local|spark] [--quality]

The seeded generator (``claimrec._synthetic``) writes news-like claim JSONL that
grows by days at a steady daily rate (2,000 claims a day): Zipf-skewed places with
spelling variants, many outlets, weekday-only and undated reports, vague and bounded
quantities and attribution chains. Each stage prints one JSON line with its seconds,
items per second, its CPU seconds (this process and its finished workers: on a shared
machine they compare runs better than wall time) and the peak resident memory of this
process and of its finished workers. ``--quality`` adds B-cubed scores of the claims'
events against the generator's truth.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from claimrec._synthetic import PLACE_LAWS, write_claims
from claimrec.scale import reconcile_claims


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


#: Process CPU seconds when the last stage ended (this process and its finished workers).
_CPU = [0.0]


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def emit(stage: str, seconds: float, counts: dict[str, Any]) -> None:
    items = counts.get("items", 0)
    now = cpu_seconds()
    cpu, _CPU[0] = now - _CPU[0], now
    line = {
        "stage": stage,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "items": items,
        "items_per_s": round(items / seconds) if seconds > 0 else None,
        "candidate_pairs": counts.get("candidate_pairs"),
        "peak_rss_mib": peak_mib(),
        **{k: v for k, v in counts.items() if k not in {"items", "candidate_pairs"}},
    }
    print(json.dumps(line), flush=True)


def ingest(path: Path, n: int, seed: int, places: str) -> dict[str, str | None]:
    start = time.perf_counter()
    truth = write_claims(path, n, seed=seed, places=places)
    emit("ingest", time.perf_counter() - start, {"items": n, "bytes": path.stat().st_size})
    return truth


def quality(out: Path, truth: dict[str, str | None]) -> dict[str, Any]:
    """B-cubed precision, recall and F1 of the claims' events against the generator's truth."""
    claims = json.loads(out.read_text(encoding="utf-8"))["claims"]
    pred = {c["id"]: c["event"] for c in claims}
    ids = [i for i, t in truth.items() if t and pred.get(i)]
    by_p, by_t = Counter(pred[i] for i in ids), Counter(truth[i] for i in ids)
    both = Counter((pred[i], truth[i]) for i in ids)
    p = sum(both[pred[i], truth[i]] / by_p[pred[i]] for i in ids) / len(ids)
    r = sum(both[pred[i], truth[i]] / by_t[truth[i]] for i in ids) / len(ids)
    return {
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(2 * p * r / (p + r), 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=10000, help="how many claims to generate")
    ap.add_argument("--places", choices=PLACE_LAWS, default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--processes", type=int, default=None, help="local resolution workers")
    ap.add_argument("--engine", choices=("local", "spark"), default="local")
    ap.add_argument("--quality", action="store_true", help="also score blocking and events")
    ap.add_argument("--keep", type=Path, help="keep the input and the report in this folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path, out = folder / "claims.jsonl", folder / "report.json"
        truth = ingest(path, args.claims, args.seed, args.places)
        if not args.quality:
            truth = {}  # the answer key is the benchmark's, not the engine's: not measured
        start, cpu_start = time.perf_counter(), cpu_seconds()
        if args.engine == "spark":
            import os  # noqa: PLC0415

            from pyspark.sql import SparkSession  # noqa: PLC0415

            from claimrec.spark import reconcile_spark  # noqa: PLC0415

            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            spark = SparkSession.builder.master("local[2]").getOrCreate()
            stats = reconcile_spark(spark, path, out)
            for stage, seconds in stats.stages:
                emit(stage, seconds, {"items": stats.claims})
        else:
            stats = reconcile_claims(path, out, processes=args.processes, progress=emit)
        total = time.perf_counter() - start
        cpu = cpu_seconds() - cpu_start
        summary: dict[str, Any] = {
            "stage": "total",
            "engine": args.engine,
            "places": args.places,
            "seconds": round(total, 3),
            "cpu_seconds": round(cpu, 3),
            "items": stats.claims,
            "items_per_s": round(stats.claims / total) if total else None,
            "candidate_pairs": stats.candidate_pairs,
            "pairs_per_claim": round(stats.candidate_pairs / max(1, stats.claims), 3),
            "profiles": stats.profiles,
            "events": stats.events,
            "peak_rss_mib": peak_mib(),
            "bytes_per_claim": round(peak_mib() * 2**20 / max(1, stats.claims)),
        }
        if args.quality:
            summary |= quality(out, truth)
        print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
