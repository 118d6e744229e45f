"""
Time matching's pair scoring and clustering alone, on the claim path's profiles.

Usage:
    python benchmarks/bench_scoring.py --claims 100000 [--places zipf|hot] [--seed 7]
        [--repeat 3] [--cache /tmp/profiles.pickle] [--profile]

Generates seeded synthetic claims (``claimrec._synthetic``), rebuilds their
documents and profiles them as ``claimrec.match.match_events`` does (the slow part,
reused from *--cache* when given), then times, in CPU seconds and each *--repeat*
times with a fresh scorer: blocking (``candidate_keys``), scoring every candidate
pair (``PairScorer``) and clustering the scored edges (``cluster``). It prints one
JSON line per stage and a digest of the scores and clusters, so two versions can be
compared for the same result; ``--profile`` prints the top of a cProfile of one
scoring and clustering pass. It prints, never asserts.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
import pstats
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimrec._gc import collector_paused
from claimrec._packed import PackedPairs
from claimrec._synthetic import PLACE_LAWS, write_claims
from claimrec.engines import documents_of_claims
from claimrec.link.blocking import candidate_keys
from claimrec.link.cluster import PairScorer, cluster
from claimrec.link.profile import profile_documents
from claimrec.matchers import DEFAULT_MATCHERS, EventProfile
from claimrec.scale import read_claim_rows


def cpu() -> float:
    return time.process_time()


def build(n: int, seed: int, places: str) -> list[EventProfile]:
    """The profiles ``match_events`` builds for *n* generated claims."""
    with tempfile.TemporaryDirectory(prefix="bench-scoring-") as tmp:
        path = Path(tmp) / "claims.jsonl"
        write_claims(path, n, seed=seed, places=places)
        claims, datelines, _ = read_claim_rows(path)
    documents = documents_of_claims(claims, datelines=datelines)
    profiles, _ = profile_documents(documents, claims)
    return list(profiles)


def load(args: argparse.Namespace) -> list[EventProfile]:
    cache: Path | None = args.cache
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            profiles: list[EventProfile] = pickle.load(f)  # noqa: S301 - our own file
        return profiles
    start = cpu()
    profiles = build(args.claims, args.seed, args.places)
    print(json.dumps({"stage": "profiles", "cpu_seconds": round(cpu() - start, 3)}), flush=True)
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(profiles, f, protocol=pickle.HIGHEST_PROTOCOL)
    return profiles


def score_all(
    profiles: Sequence[EventProfile], packed: PackedPairs
) -> tuple[PairScorer, list[tuple[float, int, int]]]:
    """Score every pair as ``match_events`` does; the edges sorted best first."""
    score = PairScorer(profiles, DEFAULT_MATCHERS)
    if hasattr(score, "scored"):  # scores kept in arrays, best first without a sort (engine7)
        return score, score.scored(packed)
    if hasattr(score, "edges"):
        edges = score.edges(packed)
    else:  # a version before PairScorer.edges: the loop match_events ran
        edges = []
        for i, j in packed:
            s, vetoed = score(i, j)
            if not vetoed and s > 0.0:
                edges.append((s, i, j))
    try:
        from claimrec.link.cluster import best_first  # noqa: PLC0415 - absent before fast3
    except ImportError:
        return score, sorted(edges, key=lambda e: (-e[0], e[1], e[2]))
    return score, best_first(edges)


def cluster_all(
    profiles: Sequence[EventProfile], score: PairScorer, edges: list[tuple[float, int, int]]
) -> list[list[int]]:
    unplaced = frozenset(i for i, p in enumerate(profiles) if p.focus != "main" and not p.places)
    undated = {i for i, p in enumerate(profiles) if not p.dated} | unplaced
    clusters = cluster(
        len(profiles), edges, score, threshold=0.62, margin=0.08, undated=undated, last=unplaced
    )
    return sorted(sorted(m) for m in clusters.members.values())


def digest(value: Any) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=100000)
    ap.add_argument("--places", choices=PLACE_LAWS, default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cache", type=Path, help="pickle the profiles here and reuse them")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one pass")
    args = ap.parse_args()
    with collector_paused():
        profiles = load(args)
        n = len(profiles)
        start = cpu()
        packed = PackedPairs.of_keys(candidate_keys(profiles, max_block=40), n)
        blocking = cpu() - start
        print(
            json.dumps(
                {
                    "stage": "blocking",
                    "cpu_seconds": round(blocking, 3),
                    "profiles": n,
                    "pairs": len(packed),
                }
            ),
            flush=True,
        )
        for _ in range(args.repeat):
            start = cpu()
            score, edges = score_all(profiles, packed)
            scoring = cpu() - start
            start = cpu()
            members = cluster_all(profiles, score, edges)
            clustering = cpu() - start
            print(
                json.dumps(
                    {
                        "stage": "score+cluster",
                        "scoring_cpu": round(scoring, 3),
                        "clustering_cpu": round(clustering, 3),
                        "edges": len(edges),
                        "clusters": len(members),
                        "edges_digest": digest(edges),
                        "clusters_digest": digest(members),
                    }
                ),
                flush=True,
            )
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            score, edges = score_all(profiles, packed)
            cluster_all(profiles, score, edges)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
