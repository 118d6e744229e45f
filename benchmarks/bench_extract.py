"""Benchmark claimrec.extract on a first pass over distinct articles (the GVA set).

usage: python benchmarks/bench_extract.py [--size 10000] [--data ../shared/eval/gva]
Prints articles per second of the first pass over the distinct articles (at most
--size; nothing cached yet, as on news no one has seen), then, when --size asks for
more, of the repeated corpus (where caches flatter), and peak memory (ru_maxrss).
Each pass also prints its CPU seconds and articles per CPU second: on a machine
shared with other work, compare those before and after a change.
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
#: The shared evaluation data beside the repository, or beside its parent (a worktree).
DEFAULT = next(
    (
        p
        for p in (
            REPO.parent / "shared" / "eval" / "gva",
            REPO.parents[1] / "shared" / "eval" / "gva",
        )
        if p.is_dir()
    ),
    REPO.parent / "shared" / "eval" / "gva",
)
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
    first = base[: args.size]
    _run("first pass", first)
    if args.size > len(first):
        _run("repeated", [base[i % len(base)] for i in range(args.size)])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory: {peak / 1024:.1f} MiB")


def _run(label: str, docs: list[Document]) -> None:
    """Extract *docs* once and print the rate."""
    chars = sum(d.chars for d in docs)
    start = time.perf_counter()
    cpu_start = time.process_time()
    claims = 0
    for doc in docs:
        claims += len(extract(doc))
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(f"{label}: documents: {len(docs)}  characters: {chars:,}  claims: {claims}")
    print(
        f"elapsed: {elapsed:.2f}s  articles/second: {len(docs) / elapsed:.0f}  "
        f"chars/second: {chars / elapsed:,.0f}"
    )
    # on a shared machine the wall clock waits for other processes; CPU time does not
    print(f"cpu: {cpu:.2f}s  articles/cpu-second: {len(docs) / cpu:.0f}")


if __name__ == "__main__":
    main()
