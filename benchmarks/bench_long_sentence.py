"""
Benchmark one very long sentence holding thousands of claims: report size and peak memory.

Usage:
    python benchmarks/bench_long_sentence.py [--kb 100] [--unit "on Monday 2 were killed, "]

A page with no sentence punctuation (a list of figures, a crawled page) is one sentence;
every claim in it names that sentence. The report must hold it once: each step prints
one JSON line with the input size, the number of claims, seconds, the output size, its
ratio to the input, and the peak memory Python allocated in that step (tracemalloc).
Before the sentence was stored once, 100 KB gave a 457 MB JSON report.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable

import claimrec as cr
from claimrec.report import Report

UNIT = "on Monday 2 were killed, "


def measure(step: str, text: str, claims: int, run: Callable[[], str]) -> None:
    """Run one step under tracemalloc and print its line."""
    tracemalloc.start()
    start = time.perf_counter()
    out = run()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    line = {
        "step": step,
        "input_bytes": len(text.encode()),
        "claims": claims,
        "seconds": round(seconds, 3),
        "output_bytes": len(out.encode()),
        "output_per_input": round(len(out.encode()) / len(text.encode()), 1),
        "peak_traced_mib": round(peak / 2**20, 1),
    }
    print(json.dumps(line), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=100, help="input size in kilobytes")
    parser.add_argument("--unit", default=UNIT, help="the clause repeated to fill the sentence")
    args = parser.parse_args()
    text = "Attack in town\n" + args.unit * (args.kb * 1000 // len(args.unit)) + "officials said."
    holder: dict[str, Report] = {}

    def run_reconcile() -> str:
        holder["report"] = cr.reconcile([cr.Document("long", text)])
        return ""

    measure("reconcile", text, 0, run_reconcile)
    report = holder["report"]
    n = len(report.claims)
    measure("json", text, n, report.to_json)
    measure("html", text, n, report.to_html)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
