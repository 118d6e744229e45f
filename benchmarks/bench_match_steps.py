"""
Time each step of the claim path's match stage alone, per claim and per pair, to see what grows faster than the input.

Usage:
    python benchmarks/bench_match_steps.py --claims 100000 [--places zipf|hot] [--seed 7] [--profile] [--scalar]

Generates seeded synthetic claims (``claimrec._synthetic``), loads them as
``claimrec.scale`` does, and runs matching's steps one after the other with the
cyclic collector paused, as ``claimrec.match.match_events`` does: rebuilding the
documents, building profiles, blocking (``candidate_packed``: array joins with numpy, a set with ``--scalar``),
scoring the candidate pairs (``PairScorer.scored``, a chunk of pairs at a time with
numpy; pair by pair with ``--scalar``) and clustering
(``cluster``). It prints one JSON line: CPU seconds of each step, the same in
microseconds per claim, pairs per claim, microseconds per pair of scoring, the largest
cluster and the peak resident memory. Run it at two sizes (say 100k and 1M claims)
and compare the per-claim columns: a step whose cost per claim grows is superlinear.
``--profile`` prints the top of a cProfile of the steps. It prints, never asserts.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import tempfile
import time
from pathlib import Path

from claimrec._gc import collector_paused
from claimrec._synthetic import PLACE_LAWS, write_claims
from claimrec.engines import documents_of_claims
from claimrec.link.blocking import candidate_packed
from claimrec.link.cluster import PairScorer, cluster
from claimrec.link.profile import profile_documents
from claimrec.matchers import DEFAULT_MATCHERS
from claimrec.scale import read_claim_rows


def steps(args: argparse.Namespace) -> dict[str, object]:
    """Run the match stage's steps on generated claims; their CPU seconds and sizes."""
    cpu = time.process_time
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-steps-") as tmp:
        path = Path(tmp) / "claims.jsonl"
        write_claims(path, args.claims, seed=args.seed, places=args.places)
        start = cpu()
        claims, datelines, _ = read_claim_rows(path)
        seconds["load"] = cpu() - start
    with collector_paused():
        start = cpu()
        documents = documents_of_claims(claims, datelines=datelines)
        seconds["documents"] = cpu() - start
        start = cpu()
        profiles, _ = profile_documents(documents, claims)
        seconds["profiles"] = cpu() - start
        start = cpu()
        score = PairScorer(profiles, DEFAULT_MATCHERS)
        packed = candidate_packed(profiles, max_block=40, columns=not args.scalar)
        seconds["blocking"] = cpu() - start
        start = cpu()
        edges = score.scored(packed, columns=not args.scalar)
        seconds["scoring"] = cpu() - start
        unplaced = frozenset(
            i for i, p in enumerate(profiles) if p.focus != "main" and not p.places
        )
        undated = {i for i, p in enumerate(profiles) if not p.dated} | unplaced
        start = cpu()
        clusters = cluster(
            len(profiles),
            edges,
            score,
            threshold=0.62,
            margin=0.08,
            undated=undated,
            last=unplaced,
        )
        seconds["clustering"] = cpu() - start
    n = args.claims
    return {
        "claims": n,
        "places": args.places,
        "scoring": "scalar" if args.scalar else "columns",
        "profiles": len(profiles),
        "pairs": len(packed),
        "edges": len(edges),
        "pairs_per_claim": round(len(packed) / n, 2),
        "largest_cluster": max(map(len, clusters.members.values())),
        "cpu_seconds": {k: round(v, 2) for k, v in seconds.items()},
        "us_per_claim": {k: round(v / n * 1e6, 1) for k, v in seconds.items()},
        "scoring_us_per_pair": round(seconds["scoring"] / max(1, len(packed)) * 1e6, 2),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=100000)
    ap.add_argument("--places", choices=PLACE_LAWS, default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the steps")
    ap.add_argument(
        "--scalar",
        action="store_true",
        help="block in a set and score pair by pair (the path without numpy)",
    )
    args = ap.parse_args()
    prof = cProfile.Profile() if args.profile else None
    if prof is not None:
        prof.enable()
    line = steps(args)
    if prof is not None:
        prof.disable()
    print(json.dumps(line), flush=True)
    if prof is not None:
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
