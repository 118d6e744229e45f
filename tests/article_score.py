"""Score claimrec on the hand-written articles of ``tests/data/articles`` (run as a script for a table)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import claimrec as cr
from claimrec._text import split_sentences
from claimrec.extract._mentions import _main_event, normalize_place
from claimrec.model import CountClaim, ResponsibilityClaim

ARTICLES = Path(__file__).parent / "data" / "articles"


def expected() -> dict[str, Any]:
    """The expectations of every article, by document id."""
    data: dict[str, Any] = json.loads((ARTICLES / "expected.json").read_text("utf-8"))
    data.pop("_about")
    return data


def documents() -> list[cr.Document]:
    """Every article, loaded as a user would load it."""
    paths = sorted(p for p in ARTICLES.iterdir() if p.suffix in {".txt", ".json", ".html"})
    return list(cr.load(*paths))


def _key(claim: cr.Claim) -> tuple[str, int, str]:
    if isinstance(claim, ResponsibilityClaim):
        return claim.stance, 0, claim.mention.focus
    assert isinstance(claim, CountClaim)
    main = claim.mention.focus == "main" and claim.scope == "event"
    return claim.measure, claim.quantity.low, "main" if main else "bg"


def score(doc: cr.Document, want: dict[str, Any]) -> dict[str, Any]:
    """Found, right focus, false main claims, and whether the main place and date are right."""
    got = [_key(c) for c in cr.extract_claims(doc)]
    left = list(got)
    found = focus_right = 0
    for measure, low, focus in want["claims"]:
        same = [g for g in left if g[:2] == (measure, low)]
        if not same:
            continue
        found += 1
        pick = next((g for g in same if g[2] == focus), same[0])
        focus_right += pick[2] == focus
        left.remove(pick)
    optional = {(o[0], o[1]) for o in want["optional"]}
    false_main = [g for g in left if g[2] == "main" and g[:2] not in optional]
    main = _main_event(split_sentences(doc.text, title=doc.title), doc.published, {})
    places = {normalize_place(p) for p in want["places"]}
    return {
        "expected": len(want["claims"]),
        "found": found,
        "focus": focus_right,
        "false_main": false_main,
        "place": main.location,
        "place_ok": main.place in places,
        "date": main.date,
        "date_ok": main.date == dt.date.fromisoformat(want["date"]),
    }


def main() -> None:
    """Print one line per article and the totals."""
    wants = expected()
    totals = {"expected": 0, "found": 0, "focus": 0, "false": 0, "place": 0, "date": 0}
    for doc in documents():
        s = score(doc, wants[doc.id])
        sys.stdout.write(
            f"{doc.id:22} found {s['found']:2}/{s['expected']:2} focus {s['focus']:2} "
            f"false-main {len(s['false_main'])} place {s['place']!s:24} {'ok' if s['place_ok'] else 'NO'} "
            f"date {s['date']} {'ok' if s['date_ok'] else 'NO'}  {s['false_main'] if '-v' in sys.argv else ''}\n"
        )
        for k in ("expected", "found", "focus"):
            totals[k] += s[k]
        totals["false"] += len(s["false_main"])
        totals["place"] += s["place_ok"]
        totals["date"] += s["date_ok"]
    sys.stdout.write(f"{totals} of {len(wants)} articles\n")


if __name__ == "__main__":
    main()
