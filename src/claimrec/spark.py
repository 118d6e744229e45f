"""
The Spark backend of the one engine: DataFrame of claims in, DataFrames of events, findings and claims out.

Install with ``pip install 'claimrec[spark]'`` (PySpark, PyArrow, pandas; Java 17).
Spark changes where the work runs, not what it computes (``claimrec.engines``):

1. **match** on the driver, the one global step: ``claimrec.match.match_events``
   over the claims (decoded with the public codec) and the documents rebuilt from
   them, exactly as ``claimrec.scale.reconcile_claims`` does. The driver reads
   claim rows, never resolved records.
2. **resolve** on the executors: each claim row gets its event and its resolution
   group (``claimrec.engines.resolution_groups``: whole events and whole documents)
   with a join on built-in columns, and ``groupBy(group).applyInPandas`` runs
   ``claimrec.resolve.resolve`` per group and encodes records with
   ``claimrec.report.codec``.
3. The three sections come back as DataFrames (``id``, ``json``) that a caller
   writes where it likes; ``write_report`` streams them, sorted, into the same bytes
   the local engine writes.

>>> from claimrec.spark import reconcile_spark  # doctest: +SKIP
>>> events, findings, claims = reconcile_spark(spark.read.text("claims.jsonl"))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimrec.scale import DEFAULT_OPTIONS, ScaleOptions

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame

    from claimrec.model import Event

__all__ = ["reconcile_spark", "write_report"]

_RECORDS = "section string, id string, json string"


def _dumps(value: Any) -> str:  # noqa: ANN401 - any JSON value
    return json.dumps(value, ensure_ascii=False)


def _resolver(
    events: Mapping[str, Event], document_event: Mapping[str, str], options: ScaleOptions
) -> Any:  # noqa: ANN401 - a pandas UDF for applyInPandas
    """The executor side: resolve the claims of one group and encode its records."""

    def resolve_group(frame: pd.DataFrame) -> pd.DataFrame:
        import pandas as pd  # noqa: PLC0415 - runs on the executors

        from claimrec.engines import documents_of_claims  # noqa: PLC0415
        from claimrec.report.codec import (  # noqa: PLC0415
            decode_claim,
            encode_claim,
            encode_event,
            encode_finding,
        )
        from claimrec.resolve import resolve  # noqa: PLC0415

        claims = [decode_claim(json.loads(v)) for v in frame["value"]]
        claim_event = dict(zip(frame["id"], frame["event"], strict=True))
        claim_event = {k: (v if isinstance(v, str) else None) for k, v in claim_event.items()}
        res = resolve(
            claims,
            claim_event,
            documents=documents_of_claims(claims),
            policy=options.policy,
            absent_as_zero=options.absent_as_zero,
        )
        rows = [
            ("claims", c.id, _dumps(encode_claim(c, claim_event.get(c.id)))) for c in res.claims
        ]
        rows += [
            ("findings", f"{f.event}\x1f{f.measure}\x1f{f.group}", _dumps(encode_finding(f)))
            for f in res.findings
        ]
        touched = {e for e in claim_event.values() if e is not None}
        touched |= {document_event[c.document] for c in claims if c.document in document_event}
        rows += [
            ("events", e, _dumps(encode_event(events[e], res.estimates.get(e, {}))))
            for e in sorted(touched)
        ]
        return pd.DataFrame(rows, columns=["section", "id", "json"])

    return resolve_group


def reconcile_spark(
    claims_df: DataFrame, *, options: ScaleOptions = DEFAULT_OPTIONS
) -> tuple[DataFrame, DataFrame, DataFrame]:
    """
    Reconcile a DataFrame of claim JSON lines on Spark: the engine of ``claimrec.scale.reconcile_claims``.

    Args:
        claims_df: One claim per row in a string column ``value`` (``claimrec.report/1``
            claim shape), as ``spark.read.text("claims.jsonl")`` gives.
        options: The resolver's options.

    Returns:
        ``(events_df, findings_df, claims_df)``, each with columns ``id`` (the sort
        key) and ``json`` (the report record), unsorted.
    """
    from pyspark.sql import functions as F  # noqa: N812, PLC0415 - Spark's own idiom

    from claimrec.engines import documents_of_claims, resolution_groups  # noqa: PLC0415
    from claimrec.match import match_events  # noqa: PLC0415
    from claimrec.report.codec import decode_claim  # noqa: PLC0415

    rows = claims_df.select("value").where(F.length(F.trim("value")) > 0)
    claims = [decode_claim(json.loads(r.value)) for r in rows.toLocalIterator()]
    matching = match_events(documents_of_claims(claims), claims)
    groups = resolution_groups(claims, matching.claim_event)
    spark = claims_df.sparkSession
    placed = spark.createDataFrame(
        [(c.id, matching.claim_event.get(c.id), groups[c.id]) for c in claims],
        "id string, event string, grp string",
    )
    keyed = rows.withColumn("id", F.get_json_object("value", "$.id")).join(placed, "id")
    events = {e.id: e for e in matching.events}
    records = (
        keyed.groupBy("grp")
        .applyInPandas(_resolver(events, dict(matching.document_event), options), schema=_RECORDS)
        .cache()
    )

    def section(name: str) -> DataFrame:
        return records.where(F.col("section") == name).select("id", "json")

    return section("events"), section("findings"), section("claims")


def write_report(
    out: str | os.PathLike[str],
    events_df: DataFrame,
    findings_df: DataFrame,
    claims_df: DataFrame,
) -> None:
    """
    Stream the sections, sorted, into ``claimrec.report/1`` JSON: the local engine's bytes.

    The documents are those the events list (a claim row carries no title or text).

    Args:
        out: The report file.
        events_df: From ``reconcile_spark``.
        findings_df: From ``reconcile_spark``.
        claims_df: From ``reconcile_spark``.
    """
    from claimrec.model import Document  # noqa: PLC0415
    from claimrec.report.codec import SCHEMA, encode_document  # noqa: PLC0415

    def texts(frame: DataFrame) -> Iterator[str]:
        for row in frame.orderBy("id").toLocalIterator():
            yield row.json

    documents = {
        d: json.loads(t)["id"] for t in texts(events_df) for d in json.loads(t)["documents"]
    }
    docs = (_dumps(encode_document(Document(d, ""), documents[d])) for d in sorted(documents))
    with Path(out).open("w", encoding="utf-8") as f:
        f.write(f'{{"schema": "{SCHEMA}"')
        for name, items in (
            ("documents", docs),
            ("events", texts(events_df)),
            ("claims", texts(claims_df)),
            ("findings", texts(findings_df)),
        ):
            f.write(f', "{name}": [')
            f.writelines((", " if n else "") + text for n, text in enumerate(items))
            f.write("]")
        f.write(', "errors": []}')
