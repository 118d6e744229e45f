"""Benchmark claimrec.extract on the GVA articles repeated to --size documents.

usage: python benchmarks/bench_extract.py [--size 10000] [--data ../shared/eval/gva]
Prints articles per second and peak memory (ru_maxrss). Default size is small for CI.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from claimrec.extract import extract
from claimrec.model import Document

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gva"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()
    rows = [
        json.loads(line)
        for line in (args.data / "docs.jsonl").read_text().splitlines()
        if line.strip()
    ]
    if not rows:
        sys.exit("no documents")
    base = [
        Document(
            id=r["doc_id"],
            text=r["text"],
            title=r.get("title"),
            published=r.get("published") or None,
        )
        for r in rows
    ]
    docs = [base[i % len(base)] for i in range(args.size)]
    chars = sum(d.chars for d in docs)
    start = time.perf_counter()
    claims = 0
    for doc in docs:
        claims += len(extract(doc))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"documents: {len(docs)}  characters: {chars:,}  claims: {claims}")
    print(
        f"elapsed: {elapsed:.2f}s  articles/second: {len(docs) / elapsed:.0f}  chars/second: {chars / elapsed:,.0f}"
    )
    print(f"peak memory: {peak / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
