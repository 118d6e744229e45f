"""Benchmark claimrec.extract on the GVA articles repeated to --size documents.

usage: python benchmarks/bench_extract.py [--size 10000] [--data ../shared/eval/gva]
Prints articles per second and peak memory (ru_maxrss). Default size is small for CI.
When the GVA data (docs.jsonl under --data) is missing, the seed articles of the
repository's seeds/ folder are used instead, so the benchmark runs on any clone.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from claimrec.extract import extract
from claimrec.ingest import load
from claimrec.model import Document

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "eval" / "gva"
SEEDS = REPO / "seeds"


def read_documents(data: Path) -> list[Document]:
    """The GVA articles of *data*/docs.jsonl, or the repository's seed articles without it."""
    path = data / "docs.jsonl"
    if not path.is_file():
        print(f"no {path}: using the seed articles of {SEEDS}")
        return list(load(SEEDS))
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [
        Document(
            id=r["doc_id"],
            text=r["text"],
            title=r.get("title"),
            published=r.get("published") or None,
        )
        for r in rows
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()
    base = read_documents(args.data)
    if not base:
        sys.exit("no documents")
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
