"""
Where the claim path's B-cubed errors lie on generated claims: merges and splits, by place frequency.

Usage:
    python benchmarks/bench_scale.py --claims 100000 --quality --keep /tmp/scale
    python benchmarks/bcubed_errors.py /tmp/scale --claims 100000 [--places zipf|hot] [--seed 7]

Reads the kept ``claims.jsonl`` and ``report.json`` and the generator's truth (the
same seed, law and size give the same stream) and splits B-cubed precision and
recall losses (1 - P, 1 - R: their parts add up to them) by how many true events
happen at the claim's place (its ``place_key``, which folds case, "Al-" and doubled
letters; other spelling variants count as other places). It also counts the pairs
of true events merged into one event (same day or not) and the claims split off
their event's largest part, by their mention's date precision and kind.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from claimrec._synthetic import PLACE_LAWS, generate_claims
from claimrec.link.places import place_key

_BUCKETS = ((1, "1"), (9, "2-9"), (99, "10-99"), (999, "100-999"))


def bucket(events_here: int) -> str:
    """
    The frequency class of a place named by *events_here* true events.

    >>> bucket(1), bucket(40), bucket(5000)
    ('1', '10-99', '1000+')
    """
    return next((name for top, name in _BUCKETS if events_here <= top), "1000+")


def losses(
    ids: list[str], pred: dict[str, str], truth: dict[str, str], place: dict[str, str]
) -> dict[str, dict[str, float]]:
    """B-cubed precision and recall losses of *ids* by place frequency class (shares of all claims)."""
    by_p, by_t = Counter(pred[i] for i in ids), Counter(truth[i] for i in ids)
    both = Counter((pred[i], truth[i]) for i in ids)
    events_at = Counter(place[t] for t in set(truth.values()))
    out: dict[str, dict[str, float]] = defaultdict(
        lambda: {"claims": 0, "p_loss": 0.0, "r_loss": 0.0}
    )
    for i in ids:
        row = out[bucket(events_at[place[truth[i]]])]
        row["claims"] += 1
        row["p_loss"] += (1 - both[pred[i], truth[i]] / by_p[pred[i]]) / len(ids)
        row["r_loss"] += (1 - both[pred[i], truth[i]] / by_t[truth[i]]) / len(ids)
    order = [name for _, name in _BUCKETS] + ["1000+"]
    return {k: {n: round(v, 4) for n, v in out[k].items()} for k in order if k in out}


def merges(
    ids: list[str], pred: dict[str, str], truth: dict[str, str], place: dict[str, str]
) -> Counter[str]:
    """Pairs of true events merged into one event: at one place or two, on one day or two."""
    members: dict[str, set[str]] = defaultdict(set)
    for i in ids:
        members[pred[i]].add(truth[i])
    out: Counter[str] = Counter()
    for events in members.values():
        ordered = sorted(events)
        for k, x in enumerate(ordered):
            for y in ordered[k + 1 :]:
                where = "same place" if place[x] == place[y] else "two places"
                when = "same day" if x[:6] == y[:6] else "two days"  # event ids start eDDDDD
                out[f"{where}, {when}"] += 1
    return out


def splits(
    ids: list[str], pred: dict[str, str], truth: dict[str, str], rows: dict[str, Any]
) -> Counter[str]:
    """Claims outside their true event's largest part, by their mention's date precision and kind."""
    parts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for i in ids:
        parts[truth[i]][pred[i]].append(i)
    out: Counter[str] = Counter()
    for by_event in parts.values():
        largest = max(by_event, key=lambda e: (len(by_event[e]), e))
        for event, claims in by_event.items():
            if event != largest:
                for i in claims:
                    mention = rows[i]["mention"]
                    kind = "kind" if mention["kind"] else "no kind"
                    out[f"precision {mention['precision']}, {kind}"] += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="a bench_scale.py --keep folder")
    ap.add_argument("--claims", type=int, required=True)
    ap.add_argument("--places", choices=PLACE_LAWS, default="zipf")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rows = {c["id"]: c for c in generate_claims(args.claims, seed=args.seed, places=args.places)}
    report = json.loads((args.folder / "report.json").read_text(encoding="utf-8"))
    pred = {c["id"]: c["event"] for c in report["claims"] if c["event"]}
    ids = [i for i, c in rows.items() if c["truth"] and i in pred]
    truth = {i: rows[i]["truth"] for i in ids}
    place: dict[str, str] = {}
    for i in ids:  # an event's place: the key of its first claim's spelling
        place.setdefault(truth[i], place_key(rows[i]["mention"]["location"]))
    out = {
        "losses_by_events_at_place": losses(ids, pred, truth, place),
        "merged_event_pairs": dict(merges(ids, pred, truth, place).most_common()),
        "split_off_claims": dict(splits(ids, pred, truth, rows).most_common()),
    }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
