"""
Blocking recall on the synthetic claim stream: the share of true same-event pairs that blocking proposes.

Usage:
    python benchmarks/blocking_recall.py --claims 100000 [--places zipf|uniform|hot] [--seed 7]

Generates the claims ``bench_scale.py`` generates (same seed, same law), rebuilds
their documents and profiles as the claim path does, and asks
``claimrec.link.blocking.candidate_pairs`` for the pairs matching will score.
Each main-event profile takes the generator's truth of most of its claims; a true
pair is two main profiles of different documents with one true event. Prints one
JSON line: the true pairs, the share proposed as candidate pairs (``recall``), and
the share whose profiles the candidate pairs connect at all (``connected``: what
clustering could still reach through other reports), with the CPU seconds that
rebuilding the documents, building their profiles and blocking took (the cyclic
garbage collector paused, as ``claimrec.match.match_events`` pauses it).
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections import Counter, defaultdict
from typing import Any

from claimrec._gc import collector_paused
from claimrec._synthetic import PLACE_LAWS, generate_claims
from claimrec.engines.claims import datelines_of_rows, documents_of_claims
from claimrec.link.blocking import candidate_pairs
from claimrec.link.cluster import Clusters
from claimrec.link.places import default_gazetteer
from claimrec.link.profile import profile_documents
from claimrec.report.codec import decode_claim


def _truth_of_profiles(
    rows: list[dict[str, Any]], claim_profile: dict[str, str | None]
) -> dict[str, str]:
    """Profile key -> the true event of most of its claims (ties: the smallest id)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        key = claim_profile.get(row["id"])
        if key is not None and row["truth"]:
            votes[key][row["truth"]] += 1
    return {k: min(c, key=lambda t: (-c[t], t)) for k, c in votes.items()}


def measure(n: int, seed: int, places: str) -> dict[str, Any]:
    """Blocking recall of *n* generated claims (see the module docstring)."""
    rows = list(generate_claims(n, seed=seed, places=places))
    claims = [decode_claim({k: v for k, v in r.items() if k != "truth"}) for r in rows]
    default_gazetteer()  # loaded once per run, before profiles are timed
    with collector_paused():
        start = time.process_time()
        documents = documents_of_claims(claims, datelines=datelines_of_rows(rows))
        rebuilt = time.process_time()
        profiles, claim_profile = profile_documents(documents, claims)
        profiled = time.process_time()
        pairs = candidate_pairs(profiles, max_block=40)
        blocked = time.process_time()
    truth = _truth_of_profiles(rows, claim_profile)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        if p.focus == "main" and p.key in truth:
            groups[truth[p.key]].append(i)
    components = Clusters(len(profiles))
    for i, j in pairs:
        a, b = components.find(i), components.find(j)
        if a != b:
            components.union(a, b)
    true = proposed = connected = 0
    for members in groups.values():
        for i, j in itertools.combinations(members, 2):
            if profiles[i].document == profiles[j].document:
                continue
            true += 1
            proposed += (min(i, j), max(i, j)) in pairs
            connected += components.find(i) == components.find(j)
    return {
        "claims": n,
        "places": places,
        "profiles": len(profiles),
        "candidate_pairs": len(pairs),
        "true_pairs": true,
        "recall": round(proposed / true, 4) if true else None,
        "connected": round(connected / true, 4) if true else None,
        "rebuild_cpu_seconds": round(rebuilt - start, 3),
        "profile_cpu_seconds": round(profiled - rebuilt, 3),
        "blocking_cpu_seconds": round(blocked - profiled, 3),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=10000, help="how many claims to generate")
    ap.add_argument("--places", choices=PLACE_LAWS, default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(json.dumps(measure(args.claims, args.seed, args.places)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
