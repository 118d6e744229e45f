"""
Tables of a report: ``Report.to_frame(kind)`` as pandas frames with typed columns.

Counts are nullable ``Int64`` (``<NA>`` where unknown or unbounded, never a float
``NaN``), dates are ``datetime64[ns]`` (``NaT`` when undated), and flags, relay chains
and origins are list columns. Every frame has the columns below, in this order.

``claims`` (one row per claim):

================  ============================================================
column            meaning
================  ============================================================
id                the claim id (``document:cN``)
document          the document id
event             the event id, or None (about no event)
type              ``count`` or ``responsibility``
measure           what is counted (``killed``, ``injured``, …); None for responsibility
subject           the subject as written
group             the taxonomy key (``us.military``, ``people``, …)
scope             ``event``, ``cumulative`` or ``standing``
low, high         the interval (``Int64``; ``high`` is ``<NA>`` when open-ended)
qualifier         ``exact``, ``approximate``, ``at_least``, ``at_most``, ``range``, ``vague``
stance, actor     of a responsibility claim
attribution_kind  ``named_person``, ``anonymous_official``, … (DESIGN.md)
source            the innermost source as written
chain             the relay, outermost first (a list)
flags             ``unattributed``, ``corroborated``, … (a list)
start, end        the span's character offsets in the document text (``Int64``)
sentence          the claim's sentence (over 1,000 characters: the JSON's excerpt, ``…``)
================  ============================================================

``findings``: ``event``, ``measure``, ``group``, ``verdict``, ``consensus_low`` and
``consensus_high`` (``Int64``), ``n_claims``, ``n_conflicts`` (``Int64``), ``origins``
(a list of the independent origins), ``explanation`` (the arithmetic as a sentence).

``events``: ``id``, ``location``, ``date`` (``datetime64``), ``kind``, ``n_documents``,
and ``killed_low`` / ``killed_best`` / ``killed_high`` / ``injured_low`` /
``injured_best`` / ``injured_high`` (``Int64``; ``<NA>`` when not estimated).

``estimates`` (one row per event and measure): ``event``, ``measure``, ``low``, ``best``,
``high`` (``Int64``; ``high`` ``<NA>`` when unbounded or unknown), ``rule`` (how ``best``
was chosen, or "not reported").

``sources``: ``kind``, ``source``, ``n_claims`` (``Int64``).

``documents``: ``id``, ``title``, ``published`` (``datetime64``), ``outlet``, ``event``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final

from claimrec.report.codec import encode_report

if TYPE_CHECKING:
    import pandas as pd

    from claimrec.report.core import Report

__all__ = ["COLUMNS", "DTYPES", "FRAMES", "frame_rows", "to_frame"]

#: The kinds of frame ``Report.to_frame`` builds.
FRAMES: Final = ("claims", "findings", "events", "estimates", "sources", "documents")
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
        "origins",
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
    "estimates": ["event", "measure", "low", "best", "high", "rule"],
    "sources": ["kind", "source", "n_claims"],
    "documents": ["id", "title", "published", "outlet", "event"],
}
#: The pandas dtype of each typed column; the others are Python objects (text, lists).
DTYPES: Final[dict[str, dict[str, str]]] = {
    "claims": {"low": "Int64", "high": "Int64", "start": "Int64", "end": "Int64"},
    "findings": {
        "consensus_low": "Int64",
        "consensus_high": "Int64",
        "n_claims": "Int64",
        "n_conflicts": "Int64",
    },
    "events": {
        "date": "datetime64[ns]",
        "n_documents": "Int64",
        **{f"{m}_{p}": "Int64" for m in ("killed", "injured") for p in ("low", "best", "high")},
    },
    "estimates": {"low": "Int64", "best": "Int64", "high": "Int64"},
    "sources": {"n_claims": "Int64"},
    "documents": {"published": "datetime64[ns]"},
}


def _claim_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            **{k: c[k] for k in COLUMNS["claims"] if k in c},
            "low": c["quantity"]["low"] if c["quantity"] else None,
            "high": c["quantity"]["high"] if c["quantity"] else None,
            "qualifier": c["quantity"]["qualifier"] if c["quantity"] else None,
            "attribution_kind": c["attribution"]["kind"],
            "source": c["attribution"]["source"],
            "chain": list(c["attribution"]["chain"]),
            "flags": list(c["flags"]),
            "start": c["span"][0],
            "end": c["span"][1],
        }
        for c in data["claims"]
    ]


def _finding_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            **{k: f[k] for k in ("event", "measure", "group", "verdict", "explanation")},
            "consensus_low": f["consensus"]["low"] if f["consensus"] else None,
            "consensus_high": f["consensus"]["high"] if f["consensus"] else None,
            "n_claims": len(f["claims"]),
            "n_conflicts": len(f["conflicts"]),
            "origins": list(f.get("origins", ())),
        }
        for f in data["findings"]
    ]


def _event_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for e in data["events"]:
        row = {k: e[k] for k in ("id", "location", "date", "kind")}
        row["n_documents"] = len(e["documents"])
        for m in ("killed", "injured"):
            est = e["estimates"].get(m) or {}
            for part in ("low", "best", "high"):
                row[f"{m}_{part}"] = est.get(part)
        rows.append(row)
    return rows


def frame_rows(report: Report, kind: str) -> list[dict[str, Any]]:
    """
    The rows of one frame kind as plain dicts, in ``COLUMNS[kind]`` order.

    >>> import claimrec as cr
    >>> frame_rows(cr.reconcile([cr.testing.document()]), "estimates")[0]["measure"]
    'injured'
    """
    data = encode_report(report)
    if kind == "claims":
        return _claim_rows(data)
    if kind == "findings":
        return _finding_rows(data)
    if kind == "events":
        return _event_rows(data)
    if kind == "estimates":
        return [
            {
                "event": e["id"],
                "measure": m,
                **{k: v.get(k) for k in ("low", "best", "high", "rule")},
            }
            for e in data["events"]
            for m, v in e["estimates"].items()
        ]
    if kind == "documents":
        return [{k: d[k] for k in COLUMNS["documents"]} for d in data["documents"]]
    counts: Counter[tuple[str, str]] = Counter()
    for c in report.claims:
        counts[(c.attribution.kind, c.attribution.source or "")] += 1
    return [{"kind": k, "source": s, "n_claims": n} for (k, s), n in sorted(counts.items())]


def to_frame(report: Report, kind: str) -> pd.DataFrame:
    """
    One frame kind as a pandas DataFrame with the documented columns and dtypes.

    >>> import claimrec as cr
    >>> frame = to_frame(cr.reconcile([cr.testing.document()]), "claims")
    >>> str(frame["low"].dtype), frame["flags"].map(type).iloc[0].__name__
    ('Int64', 'list')
    """
    import pandas as pd  # noqa: PLC0415 - optional and heavy

    frame = pd.DataFrame.from_records(frame_rows(report, kind), columns=COLUMNS[kind])
    for column, dtype in DTYPES[kind].items():
        if dtype == "Int64":
            frame[column] = frame[column].astype("Int64")
        else:
            dates = pd.to_datetime(frame[column], format="ISO8601")
            frame[column] = dates.astype("datetime64[ns]")
    return frame
