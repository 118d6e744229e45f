"""Measure the extractor on the GVA shooting articles: killed / injured claims against gold.

usage: python benchmarks/eval_extract.py [--data ../shared/eval/gva] [--show-misses N]

Prints, for all articles, how many yield a killed and an injured claim (any focus and
scope), and for single-article incidents how often the main-event figure matches the
gold tally. The main-event figure of a measure is the largest low end among the
document's claims with focus "main" and scope "event" (a claim of zero counts as 0;
no claim at all counts as 0 as well, since GVA records 0 when nobody was hurt).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from claimrec.extract import extract
from claimrec.model import CountClaim, Document

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gva"


def load(data: Path) -> tuple[list[Document], list[dict]]:
    docs = []
    for line in (data / "docs.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        docs.append(
            Document(
                id=row["doc_id"],
                text=row["text"],
                title=row.get("title"),
                published=(row.get("published") or None),
                outlet=row.get("source"),
            )
        )
    gold = [
        json.loads(line) for line in (data / "gold.jsonl").read_text().splitlines() if line.strip()
    ]
    return docs, gold


def main_figure(claims: list, measure: str) -> int | None:
    values = [
        c.quantity.low
        for c in claims
        if isinstance(c, CountClaim)
        and c.measure == measure
        and c.mention.focus == "main"
        and c.scope == "event"
        and c.group not in {"munition", "attack", "explosion"}
    ]
    return max(values) if values else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--show-misses", type=int, default=0)
    args = parser.parse_args()
    docs, gold = load(args.data)
    by_id = {d.id: d for d in docs}
    claims = {d.id: extract(d) for d in docs}
    has = Counter()
    for cs in claims.values():
        measures = {c.measure for c in cs if isinstance(c, CountClaim)}
        has["killed"] += "killed" in measures
        has["injured"] += "injured" in measures
        has["both"] += {"killed", "injured"} <= measures
        has["any count"] += bool(measures)
    n = len(docs)
    print(f"articles: {n}")
    for key in ("killed", "injured", "both", "any count"):
        print(f"  with a {key} claim: {has[key]} ({has[key] / n:.0%})")
    singles = [g for g in gold if g["selection"] == "single"]
    print(f"single-article incidents: {len(singles)}")
    misses = []
    for measure in ("killed", "injured"):
        exact = found = 0
        for g in singles:
            doc = g["doc_ids"][0]
            if doc not in by_id:
                continue
            figure = main_figure(claims[doc], measure)
            found += figure is not None
            if (figure or 0) == g[measure]:
                exact += 1
            else:
                misses.append((measure, doc, g[measure], figure))
        print(
            f"  {measure}: main-event figure equals gold {exact}/{len(singles)} "
            f"({exact / len(singles):.0%}); a main-event claim found in {found}"
        )
    both = sum(
        1
        for g in singles
        if all(
            (main_figure(claims[g["doc_ids"][0]], m) or 0) == g[m] for m in ("killed", "injured")
        )
    )
    print(f"  both right: {both}/{len(singles)} ({both / len(singles):.0%})")
    for measure, doc, want, got in misses[: args.show_misses]:
        print(f"--- {measure} gold={want} got={got} {doc} {by_id[doc].title!r}")
        for c in claims[doc]:
            if isinstance(c, CountClaim) and c.measure in {"killed", "injured"}:
                print(
                    f"     {c.measure} {c.quantity} {c.group} {c.scope} {c.mention.focus} {c.pattern} | {by_id[doc].text[c.span[0] : c.span[1]]!r}"
                )


if __name__ == "__main__":
    main()
