"""
The Spark engine of the claim-level path: the same pure functions as ``claimrec.scale``, run by PySpark.

Install with ``pip install 'claimrec[spark]'`` (PySpark, PyArrow, pandas; Java 17).
Every stage is a ``groupBy(...).applyInPandas`` over Arrow batches calling the
function the local engine calls, so both engines write the same bytes:

1. claim JSONL lines -> ``claim_key`` per line (``mapInPandas``);
2. per document: ``profiles_of_document``;
3. per partition ``(blocking key, date bucket)``: ``match_partition`` -> edges and
   ``attach_candidates`` -> candidates of weekday-only reports;
4. on the driver: ``connected_events`` over the profile keys and edges (compact
   arrays; one row per profile, not per claim), then ``attach_profiles``;
5. per event: ``resolve_group`` -> report records, sorted and written by ``write_report``.

>>> from claimrec.spark import reconcile_spark  # doctest: +SKIP
>>> reconcile_spark(spark, "claims.jsonl", "report.json")  # doctest: +SKIP
"""

from __future__ import annotations

import os
import time
import zlib
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimrec.scale import (
    DEFAULT_OPTIONS,
    SECTIONS,
    ClaimKey,
    Profile,
    ScaleOptions,
    ScaleStats,
    _loads,
    attach_candidates,
    attach_profiles,
    claim_key,
    connected_events,
    document_record,
    match_partition,
    partitions_of,
    profiles_of_document,
    resolve_group,
    write_report,
)

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import SparkSession

__all__ = ["reconcile_spark"]

_KEY_FIELDS = ClaimKey._fields
#: Documents and partitions are hashed into this many groups per stage; each group
#: runs the pure per-document or per-partition function on every member it holds.
_BUCKETS = 64
_KEY_SCHEMA = (
    "id string, document string, focus string, eventful boolean, place string, "
    "location string, day long, precision string, kind string, line string"
)
_PROFILE_SCHEMA = (
    "key string, document string, focus string, place string, location string, day long, "
    "precision string, kind string, claim string"
)


def _keys(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    import pandas as pd  # noqa: PLC0415 - runs on the executors

    loads = _loads()
    for batch in batches:
        lines = [line for line in batch["value"].tolist() if line and line.strip()]
        rows = [(*claim_key(loads(line)), line) for line in lines]
        yield pd.DataFrame(rows, columns=[*_KEY_FIELDS, "line"])


def _profiles(group: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd  # noqa: PLC0415 - runs on the executors

    by_doc: dict[str, list[ClaimKey]] = defaultdict(list)
    for r in group[list(_KEY_FIELDS)].itertuples(index=False, name=None):
        key = ClaimKey(*r)._replace(day=int(r[6]), eventful=bool(r[3]))
        by_doc[key.document].append(key)
    rows: list[tuple[Any, ...]] = []
    for document in sorted(by_doc):
        profiles, of = profiles_of_document(by_doc[document])
        rows.extend((*p[:8], None) for p in profiles)
        rows.extend((key, None, None, None, None, None, None, None, cid) for cid, key in of.items())
    return pd.DataFrame(rows, columns=[f.split()[0] for f in _PROFILE_SCHEMA.split(", ")])


def _strings(column: pd.Series[Any]) -> list[str | None]:
    """A column of optional strings as Python values (pandas writes missing ones as NaN)."""
    return [v if isinstance(v, str) else None for v in column.tolist()]


def _profile_from(row: Mapping[Any, Any]) -> Profile:
    return Profile(
        key=row["key"],
        document=row["document"],
        focus=row["focus"],
        place=row["place"],
        location=row["location"],
        day=int(row["day"]),
        precision=row["precision"],
        kind=row["kind"],
        claims=(),
    )


def reconcile_spark(
    spark: SparkSession,
    path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    options: ScaleOptions = DEFAULT_OPTIONS,
) -> ScaleStats:
    """
    Reconcile a claim JSONL file with Spark and write ``claimrec.report/1`` JSON.

    The result is byte for byte the one ``claimrec.scale.reconcile_claims`` writes.

    Args:
        spark: A ``SparkSession`` (``local[2]`` or a cluster; see docs/spark.md).
        path: Claim JSONL readable by every executor (a shared or distributed path).
        out: Where the driver writes the report JSON.
        options: Matching and resolution options.

    Returns:
        Counts and the seconds each stage took.
    """
    import pandas as pd  # noqa: PLC0415 - the spark extra brings pandas
    from pyspark.sql import functions as F  # noqa: N812, PLC0415 - Spark's own idiom

    stages: list[tuple[str, float]] = []
    start = time.perf_counter()
    lines = spark.read.text(str(path))
    keys = lines.mapInPandas(_keys, schema=_KEY_SCHEMA).cache()
    n_claims = keys.count()
    stages.append(("load", time.perf_counter() - start))

    start = time.perf_counter()
    key_cols = keys.select(*_KEY_FIELDS)
    # a group holds whole documents: many per group keeps the per-group overhead small
    prof = (
        key_cols.withColumn("bucket", F.abs(F.hash("document")) % _BUCKETS)
        .groupBy("bucket")
        .applyInPandas(_profiles, schema=_PROFILE_SCHEMA)
        .cache()
    )
    profile_rows = prof.where(F.col("claim").isNull()).drop("claim").toPandas()
    profiles = [_profile_from(r) for r in profile_rows.to_dict("records")]
    profiles.sort(key=lambda p: p.key)
    parts = [
        (p.key, f"{block}\x1f{bucket}")
        for p in profiles
        for block, bucket in partitions_of(p, options=options)
    ]
    stages.append(("block", time.perf_counter() - start))

    start = time.perf_counter()
    by_key = {p.key: p for p in profiles}
    part_df = spark.createDataFrame(pd.DataFrame(parts, columns=["key", "part"]))
    part_profiles = part_df.join(spark.createDataFrame(profile_rows), on="key", how="inner").select(
        "part", "key", "document", "focus", "place", "location", "day", "precision", "kind"
    )

    def match(group: pd.DataFrame) -> pd.DataFrame:
        by_part: dict[str, list[Profile]] = defaultdict(list)
        for r in group.to_dict("records"):
            by_part[r["part"]].append(_profile_from(r))
        rows: list[tuple[str, str, int, bool]] = []
        for part in sorted(by_part):
            ps = sorted(by_part[part], key=lambda p: p.key)
            edges, compared = match_partition(ps, options=options)
            fits, tried = attach_candidates(ps, options=options)
            rows.extend((a, b, 0, False) for a, b in edges)
            rows.extend((a, b, 0, True) for a, b in fits)
            rows.append(("", "", compared + tried, False))
        return pd.DataFrame(rows, columns=["a", "b", "compared", "attach"])

    edge_rows = (
        part_profiles.withColumn("bucket", F.abs(F.hash("part")) % _BUCKETS)
        .groupBy("bucket")
        .applyInPandas(match, schema="a string, b string, compared long, attach boolean")
        .toPandas()
    )
    pairs = int(edge_rows["compared"].sum())
    found = zip(edge_rows["a"], edge_rows["b"], edge_rows["attach"], strict=True)
    edges: set[tuple[str, str]] = set()
    candidates: set[tuple[str, str]] = set()
    for a, b, attach in found:
        if a:
            (candidates if attach else edges).add((a, b))
    stages.append(("match", time.perf_counter() - start))

    start = time.perf_counter()
    event_of = attach_profiles(connected_events(profiles, sorted(edges)), sorted(candidates))
    stages.append(("cluster", time.perf_counter() - start))

    start = time.perf_counter()
    mapping = prof.where(F.col("claim").isNotNull()).select(
        F.col("claim").alias("id"), F.col("key").alias("profile")
    )
    events = spark.createDataFrame(
        pd.DataFrame(sorted(event_of.items()), columns=["profile", "event"])
    )
    claims = (
        keys.select("id", "document", "line")
        .join(mapping, on="id", how="left")
        .join(events, on="profile", how="left")
    )
    group_of = F.udf(
        lambda event, document: event or f"none:{zlib.crc32(document.encode()) % 64}", "string"
    )
    claims = claims.withColumn("group", group_of(F.col("event"), F.col("document")))

    def resolve(group: pd.DataFrame) -> pd.DataFrame:
        loads = _loads()
        rows = [loads(line) for line in group["line"].tolist()]
        ids = group["id"].tolist()
        claim_event = dict(zip(ids, _strings(group["event"]), strict=True))
        profile_of = dict(zip(ids, _strings(group["profile"]), strict=True))
        records = resolve_group(rows, claim_event, profile_of, options=options)
        return pd.DataFrame(records, columns=["section", "key", "text"])

    records = (
        claims.groupBy("group")
        .applyInPandas(resolve, schema="section string, key string, text string")
        .toPandas()
    )
    stages.append(("resolve", time.perf_counter() - start))

    start = time.perf_counter()
    sections: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for section, key, text in records.itertuples(index=False, name=None):
        if not isinstance(key, str):
            raise TypeError(repr((section, key, text)))
        sections[section].append((key, text))
    documents = sorted(
        {
            d: event_of.get(d) for d in keys.select("document").distinct().toPandas()["document"]
        }.items()
    )
    texts: dict[str, list[str]] = {s: [t for _, t in sorted(sections[s])] for s in SECTIONS}
    texts["documents"] = [document_record(d, e) for d, e in documents]
    with Path(out).open("w", encoding="utf-8") as dest:
        write_report(dest, texts)
    stages.append(("write", time.perf_counter() - start))
    keys.unpersist()
    prof.unpersist()
    del by_key
    return ScaleStats(
        claims=n_claims,
        profiles=len(profiles),
        events=len(set(event_of.values())),
        candidate_pairs=pairs,
        stages=tuple(stages),
    )
