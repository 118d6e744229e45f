"""
Benchmark the article path end to end on generated articles: load, extract, match, resolve, write.

Usage:
    python benchmarks/bench_articles.py --articles 2000 [--processes 2] [--places zipf|hot]
        [--seed 7] [--fed-back]

``synthetic_articles.generate_articles`` writes distinct news-like articles (JSONL).
``claimrec.reconcile`` runs on them with ``n_process`` extraction workers; each stage
prints one JSON line with its seconds and items per second, then a total with the
B-cubed score of the documents' events against the generator's incidents. With
``--fed-back`` the extracted claims are written with the codec and reconciled again
on the claim path (``claimrec.scale.reconcile_claims``), and the line ``fed_back``
says how many documents land in the same events as on the article path.
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

sys.path.insert(0, str(Path(__file__).parent))

from synthetic_articles import generate_articles

import claimrec as cr
from claimrec.report.codec import encode_claim
from claimrec.scale import reconcile_claims


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def emit(stage: str, seconds: float, items: int, **extra: Any) -> None:
    line = {
        "stage": stage,
        "seconds": round(seconds, 3),
        "items": items,
        "items_per_s": round(items / seconds) if seconds > 0 else None,
        "peak_rss_mib": peak_mib(),
        **extra,
    }
    print(json.dumps(line), flush=True)


def bcubed(pred: dict[str, str], truth: dict[str, int]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of *pred* (document -> event) against *truth*."""
    ids = [i for i in truth if i in pred]
    by_p, by_t = Counter(pred[i] for i in ids), Counter(truth[i] for i in ids)
    both = Counter((pred[i], truth[i]) for i in ids)
    p = sum(both[pred[i], truth[i]] / by_p[pred[i]] for i in ids) / len(ids)
    r = sum(both[pred[i], truth[i]] / by_t[truth[i]] for i in ids) / len(ids)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4)}


def same_membership(a: dict[str, str], b: dict[str, str]) -> int:
    """How many documents have the same fellow documents in their event under *a* and *b*."""

    def groups(m: dict[str, str]) -> dict[str, frozenset[str]]:
        members: dict[str, set[str]] = {}
        for doc, event in m.items():
            members.setdefault(event, set()).add(doc)
        return {doc: frozenset(members[event]) for doc, event in m.items()}

    common = {d for d in a if d in b}
    ga = groups({d: a[d] for d in common})
    gb = groups({d: b[d] for d in common})
    return sum(ga[d] == gb[d] for d in common)


def run(args: argparse.Namespace, folder: Path) -> None:
    start = time.perf_counter()
    path = folder / "articles.jsonl"
    truth: dict[str, int] = {}
    with path.open("w", encoding="utf-8") as f:
        for article in generate_articles(args.articles, seed=args.seed, places=args.places):
            truth[article["id"]] = article.pop("incident")
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
    emit("generate", time.perf_counter() - start, args.articles, bytes=path.stat().st_size)
    clock = [time.perf_counter(), time.perf_counter()]
    names = {"loaded": "load", "extracted": "extract", "matched": "match", "resolved": "resolve"}

    def heard(line: str) -> None:
        now = time.perf_counter()
        emit(names.get(line.split(maxsplit=1)[0], line), now - clock[0], args.articles, line=line)
        clock[0] = now

    report = cr.reconcile(path, n_process=args.processes, progress=heard)
    start = time.perf_counter()
    out = folder / "report.json"
    out.write_text(report.to_json(indent=None), encoding="utf-8")
    emit("write", time.perf_counter() - start, args.articles)
    total = time.perf_counter() - clock[1]
    pred = dict(report.document_event)
    summary = {
        "articles": args.articles,
        "claims": len(report.claims),
        "events": len(report.events),
        "candidate_pairs": report.matching.candidate_pairs if report.matching else None,
        "bcubed": bcubed(pred, truth),
    }
    emit("total", total, args.articles, **summary)
    if args.fed_back:
        claims = folder / "claims.jsonl"
        claims.write_text(
            "".join(json.dumps(encode_claim(c, None)) + "\n" for c in report.claims),
            encoding="utf-8",
        )
        start = time.perf_counter()
        stats = reconcile_claims(claims, folder / "fed.json")
        fed = {
            d["id"]: d["event"] for d in json.loads((folder / "fed.json").read_text())["documents"]
        }
        emit(
            "fed_back",
            time.perf_counter() - start,
            stats.claims,
            documents=len(fed),
            same_event_members=same_membership(pred, fed),
            events=stats.events,
            bcubed=bcubed(fed, truth),
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="how many articles to generate")
    ap.add_argument("--places", choices=("zipf", "hot"), default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--processes", type=int, default=1, help="extraction workers")
    ap.add_argument("--fed-back", action="store_true", help="also run the claim path on the claims")
    ap.add_argument("--keep", type=Path, help="keep the input and the report in this folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-articles-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        run(args, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
