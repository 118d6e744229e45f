"""Benchmark the whole article path (load, extract, match, resolve) on GVA repeated to --size.

usage: python benchmarks/bench_reconcile.py [--size 50000] [--jobs 2] [--data ../shared/eval/gva]

Each GVA article is repeated with new ids (``<doc_id>~<copy>``) and fed as dicts, as a
DataFrame would be. Prints one JSON line: seconds per stage (from the ``claimrec``
logger), documents per second, peak memory (ru_maxrss) and whether every set of
identical copies landed in one event. A progress bar shows on a terminal. Without the
GVA data the repository's seed articles are repeated instead.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

import claimrec as cr

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "eval" / "gva"


class _Stages(logging.Handler):
    """Records when each stage line of the claimrec logger arrived."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.marks: list[tuple[str, float]] = [("start", time.perf_counter())]

    def emit(self, record: logging.LogRecord) -> None:
        self.marks.append((record.getMessage().split()[0], time.perf_counter()))


def rows(data: Path, size: int) -> list[dict[str, object]]:
    """*size* records: the articles of *data*/docs.jsonl (or the seeds) repeated with new ids."""
    path = data / "docs.jsonl"
    if path.is_file():
        base = [json.loads(line) for line in path.read_text().split("\n") if line.strip()]
    else:
        print(f"no {path}: using the seed articles", file=sys.stderr)
        base = [
            {"doc_id": d.id, "text": d.text, "title": d.title, "published": d.published}
            for d in cr.load(REPO / "seeds")
        ]
    out = []
    for i in range(size):
        row = dict(base[i % len(base)])
        row["doc_id"] = f"{row['doc_id']}~{i // len(base)}"
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()
    records = rows(args.data, args.size)
    stages = _Stages()
    log = logging.getLogger("claimrec")
    log.addHandler(stages)
    log.setLevel(logging.INFO)

    report = cr.reconcile(records, n_process=args.jobs, progress=None)

    copies: dict[str, set[str | None]] = defaultdict(set)
    for doc in report.documents:
        copies[doc.id.rsplit("~", 1)[0]].add(report.document_event.get(doc.id))
    marks = stages.marks
    print(
        json.dumps(
            {
                "documents": len(report.documents),
                "jobs": args.jobs,
                "seconds": {
                    name: round(t - marks[i][1], 2) for i, (name, t) in enumerate(marks[1:])
                },
                "total_seconds": round(marks[-1][1] - marks[0][1], 2),
                "documents_per_second": round(len(records) / (marks[-1][1] - marks[0][1]), 1),
                "events": len(report.events),
                "copies_in_one_event": sum(len(e) == 1 for e in copies.values()),
                "articles": len(copies),
                "peak_memory_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
        )
    )


if __name__ == "__main__":
    main()
