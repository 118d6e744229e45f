"""Tables of a report: the rows behind ``Report.to_frame(kind)``."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final

from claimrec.report.codec import encode_report

if TYPE_CHECKING:
    from claimrec.report.core import Report

__all__ = ["COLUMNS", "FRAMES", "frame_rows"]

#: The kinds of frame ``Report.to_frame`` builds.
FRAMES: Final = ("claims", "findings", "events", "sources", "documents")


def frame_rows(report: Report, kind: str) -> list[dict[str, Any]]:
    """The rows of one frame kind as plain dicts, in ``COLUMNS[kind]`` order."""
    data = encode_report(report)
    if kind == "claims":
        return [
            {
                **{k: c[k] for k in COLUMNS["claims"] if k in c},
                "low": c["quantity"]["low"] if c["quantity"] else None,
                "high": c["quantity"]["high"] if c["quantity"] else None,
                "qualifier": c["quantity"]["qualifier"] if c["quantity"] else None,
                "attribution_kind": c["attribution"]["kind"],
                "source": c["attribution"]["source"],
                "chain": " > ".join(c["attribution"]["chain"]),
                "flags": ",".join(c["flags"]),
                "start": c["span"][0],
                "end": c["span"][1],
            }
            for c in data["claims"]
        ]
    if kind == "findings":
        return [
            {
                **{k: f[k] for k in ("event", "measure", "group", "verdict", "explanation")},
                "consensus_low": f["consensus"]["low"] if f["consensus"] else None,
                "consensus_high": f["consensus"]["high"] if f["consensus"] else None,
                "n_claims": len(f["claims"]),
                "n_conflicts": len(f["conflicts"]),
            }
            for f in data["findings"]
        ]
    if kind == "events":
        rows = []
        for e in data["events"]:
            row = {k: e[k] for k in ("id", "location", "date", "kind")}
            row["n_documents"] = len(e["documents"])
            for m in ("killed", "injured"):
                est = e["estimates"].get(m) or {}
                row[f"{m}_low"], row[f"{m}_best"], row[f"{m}_high"] = (
                    est.get("low"),
                    est.get("best"),
                    est.get("high"),
                )
            rows.append(row)
        return rows
    if kind == "documents":
        return [{k: d[k] for k in COLUMNS["documents"]} for d in data["documents"]]
    counts: Counter[tuple[str, str]] = Counter()
    for c in report.claims:
        counts[(c.attribution.kind, c.attribution.source or "")] += 1
    return [{"kind": k, "source": s, "n_claims": n} for (k, s), n in sorted(counts.items())]


#: The columns of each frame kind, in order.
COLUMNS: Final[dict[str, list[str]]] = {
    "claims": [
        "id",
        "document",
        "event",
        "type",
        "measure",
        "subject",
        "group",
        "scope",
        "low",
        "high",
        "qualifier",
        "stance",
        "actor",
        "attribution_kind",
        "source",
        "chain",
        "flags",
        "start",
        "end",
        "sentence",
    ],
    "findings": [
        "event",
        "measure",
        "group",
        "verdict",
        "consensus_low",
        "consensus_high",
        "n_claims",
        "n_conflicts",
        "explanation",
    ],
    "events": [
        "id",
        "location",
        "date",
        "kind",
        "n_documents",
        "killed_low",
        "killed_best",
        "killed_high",
        "injured_low",
        "injured_best",
        "injured_high",
    ],
    "sources": ["kind", "source", "n_claims"],
    "documents": ["id", "title", "published", "outlet", "event"],
}
