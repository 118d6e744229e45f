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
3. **extract** (optional, ``extract_spark``): ``mapInPandas`` over a DataFrame of
   articles runs ``claimrec.extract.extract_all`` on each batch and yields claim
   lines; ``reconcile_spark(claims, articles_df=articles)`` then matches with the
   articles' titles, dates and leads and resolves with their texts, as
   ``claimrec.reconcile`` does.
4. The three sections come back as DataFrames (``id``, ``json``) that a caller
   writes where it likes; ``write_report`` streams them, sorted, into the same bytes
   the local engine writes.

>>> from claimrec.spark import reconcile_spark  # doctest: +SKIP
>>> events, findings, claims = reconcile_spark(spark.read.text("claims.jsonl"))  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import functools
import json
import operator
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimrec.scale import DEFAULT_OPTIONS, ScaleOptions

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame

    from claimrec.engines import Dateline
    from claimrec.model import Document, Event

__all__ = [
    "ARTICLE_COLUMNS",
    "datelines_spark",
    "extract_spark",
    "reconcile_spark",
    "write_report",
]

_RECORDS = "section string, id string, json string"
#: The columns of an articles DataFrame: ``id`` and ``text`` are required, the others may be null.
ARTICLE_COLUMNS = ("id", "text", "title", "published", "outlet", "url")


def _document(row: Mapping[Any, Any]) -> Document:
    """A ``Document`` from one articles row (missing optional columns are None)."""
    from claimrec.model import Document  # noqa: PLC0415 - runs on the executors too

    def text(name: str) -> str | None:
        value = row.get(name)
        return value if isinstance(value, str) and value else None

    return Document(
        str(row["id"]),
        str(row["text"]),
        title=text("title"),
        published=text("published"),
        outlet=text("outlet"),
        url=text("url"),
    )


def _articles(frame: DataFrame) -> DataFrame:
    """The article columns of *frame*, absent optional ones as null strings."""
    from pyspark.sql import functions as F  # noqa: N812, PLC0415 - Spark's own idiom

    return frame.select(
        *(
            (F.col(c) if c in frame.columns else F.lit(None)).cast("string").alias(c)
            for c in ARTICLE_COLUMNS
        )
    )


def extract_spark(articles_df: DataFrame) -> DataFrame:
    """
    Extract the claims of a DataFrame of articles on the executors (``mapInPandas``).

    Args:
        articles_df: Columns ``id`` and ``text``, optionally ``title``, ``published``
            (ISO date), ``outlet`` and ``url``.

    Returns:
        One claim a row in the string column ``value`` (``claimrec.report/1`` claim
        shape), ready for ``reconcile_spark``.
    """

    def extract(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd  # noqa: PLC0415 - runs on the executors

        from claimrec.extract import extract_all  # noqa: PLC0415
        from claimrec.report.codec import encode_claim  # noqa: PLC0415

        for batch in batches:
            docs = [_document(r) for r in batch.to_dict("records")]
            lines = [_dumps(encode_claim(c, None)) for c in extract_all(docs)]
            yield pd.DataFrame({"value": lines}, dtype="string")

    return _articles(articles_df).mapInPandas(extract, schema="value string")


def _dumps(value: Any) -> str:  # noqa: ANN401 - any JSON value
    return json.dumps(value, ensure_ascii=False)


def _resolver(
    events: Mapping[str, Event], document_event: Mapping[str, str], options: ScaleOptions
) -> Any:  # noqa: ANN401 - a pandas UDF for applyInPandas
    """The executor side: resolve the claims of one group and encode its records."""

    def resolve_group(frame: pd.DataFrame) -> pd.DataFrame:
        import pandas as pd  # noqa: PLC0415 - runs on the executors

        from claimrec.engines import datelines_of_rows, documents_of_claims  # noqa: PLC0415
        from claimrec.report.codec import (  # noqa: PLC0415
            decode_claim,
            encode_claim,
            encode_event,
            encode_finding,
            join_excerpts,
        )
        from claimrec.report.excerpt import SENTENCE_LIMIT, SentenceLocator  # noqa: PLC0415
        from claimrec.resolve import resolve  # noqa: PLC0415

        claimed = frame[frame["value"].notna()]
        records = [json.loads(v) for v in claimed["value"]]
        claims = join_excerpts([decode_claim(r) for r in records], records)
        # a group holds whole documents: its rows give each document's day and outlet
        datelines = datelines_of_rows(records)
        claim_event = {c.id: _event_of(e) for c, e in zip(claims, claimed["event"], strict=True)}
        given = {}
        if "doc_id" in frame.columns:
            docs = frame[[f"doc_{c}" for c in ARTICLE_COLUMNS]].drop_duplicates("doc_id")
            docs.columns = list(ARTICLE_COLUMNS)
            given = {r["id"]: _document(r) for r in docs.to_dict("records")}
        res = resolve(
            claims,
            claim_event,
            documents=[
                *given.values(),
                *documents_of_claims(
                    (c for c in claims if c.document not in given), datelines=datelines
                ),
            ],
            policy=options.policy,
            absent_as_zero=options.absent_as_zero,
        )
        where = SentenceLocator({d.id: d.text for d in given.values()}, res.claims)
        rows = [
            (
                "claims",
                c.id,
                _dumps(
                    encode_claim(
                        c,
                        claim_event.get(c.id),
                        # as the local engine's report: a long sentence as an excerpt
                        sentence_start=where(c) if len(c.sentence) > SENTENCE_LIMIT else None,
                    )
                ),
            )
            for c in res.claims
        ]
        rows += [
            ("findings", f"{f.event}\x1f{f.measure}\x1f{f.group}", _dumps(encode_finding(f)))
            for f in res.findings
        ]
        touched = {e for e in claim_event.values() if e is not None}
        touched |= {document_event[d] for d in {*given, *(c.document for c in claims)}}
        rows += [
            ("events", e, _dumps(encode_event(events[e], res.estimates.get(e, {}))))
            for e in sorted(touched)
        ]
        return pd.DataFrame(rows, columns=["section", "id", "json"])

    return resolve_group


def _event_of(value: object) -> str | None:
    """An event id from a pandas cell: a string, or None for null."""
    return value if isinstance(value, str) else None


def reconcile_spark(
    claims_df: DataFrame,
    *,
    articles_df: DataFrame | None = None,
    options: ScaleOptions = DEFAULT_OPTIONS,
) -> tuple[DataFrame, DataFrame, DataFrame]:
    """
    Reconcile a DataFrame of claim JSON lines on Spark: the engine of ``claimrec.reconcile``.

    Without articles this is ``claimrec.scale.reconcile_claims`` (documents rebuilt
    from the claims); with them it is ``claimrec.reconcile(articles, claims=claims)``.

    Args:
        claims_df: One claim per row in a string column ``value`` (``claimrec.report/1``
            claim shape), as ``spark.read.text("claims.jsonl")`` or ``extract_spark`` gives.
            A row may carry its document's ``published``, ``outlet``, ``title`` and
            ``lead`` (``Report.claim_rows``), as for ``claimrec.scale.read_claim_rows``.
        articles_df: The articles the claims come from (``ARTICLE_COLUMNS``), if known.
        options: The resolver's options.

    Returns:
        ``(events_df, findings_df, claims_df)``, each with columns ``id`` (the sort
        key) and ``json`` (the report record), unsorted.
    """
    from pyspark.sql import functions as F  # noqa: N812, PLC0415 - Spark's own idiom

    from claimrec.engines import (  # noqa: PLC0415
        datelines_of_rows,
        documents_of_claims,
        resolution_groups,
    )
    from claimrec.match import match_events  # noqa: PLC0415
    from claimrec.report.codec import decode_claim  # noqa: PLC0415

    rows = claims_df.select("value").where(F.length(F.trim("value")) > 0)
    lines = [json.loads(r.value) for r in rows.toLocalIterator()]
    claims = [decode_claim(r) for r in lines]
    datelines = datelines_of_rows(lines)
    del lines
    articles = None if articles_df is None else _articles(articles_df)
    known = [] if articles is None else [_document(r.asDict()) for r in articles.toLocalIterator()]
    given = {d.id for d in known}
    stubs = documents_of_claims((c for c in claims if c.document not in given), datelines=datelines)
    matching = match_events(
        sorted([*known, *stubs], key=lambda d: d.id), sorted(claims, key=lambda c: c.id)
    )
    groups = resolution_groups(claims, matching.claim_event)
    spark = claims_df.sparkSession
    placed = spark.createDataFrame(
        [(c.id, matching.claim_event.get(c.id), groups[c.id]) for c in claims],
        "id string, event string, grp string",
    )
    keyed = (
        rows.withColumn("id", F.get_json_object("value", "$.id"))
        .withColumn("document", F.get_json_object("value", "$.document"))
        .join(placed, "id")
    )
    if articles is not None:
        doc_group = {c.document: groups[c.id] for c in claims}
        homes = spark.createDataFrame(
            [(d.id, doc_group.get(d.id, d.id)) for d in known], "doc_id string, doc_grp string"
        )
        docs = articles.select(*(F.col(c).alias(f"doc_{c}") for c in ARTICLE_COLUMNS))
        docs = docs.join(homes, "doc_id")
        keyed = docs.join(keyed, docs.doc_id == keyed.document, "left").withColumn(
            "grp", F.coalesce("grp", "doc_grp")
        )
    events = {e.id: e for e in matching.events}
    records = (
        keyed.groupBy("grp")
        .applyInPandas(_resolver(events, dict(matching.document_event), options), schema=_RECORDS)
        .cache()
    )

    def section(name: str) -> DataFrame:
        return records.where(F.col("section") == name).select("id", "json")

    return section("events"), section("findings"), section("claims")


def datelines_spark(claims_df: DataFrame) -> dict[str, Dateline]:
    """
    Document id -> the ``published``, ``outlet``, ``title`` and ``lead`` its claim rows carry.

    For ``write_report``. Built-in functions (``get_json_object``) read the fields on
    the executors; only the distinct values, one or two per document, reach the
    driver, not the claims.

    Args:
        claims_df: Claim rows in a string column ``value``, as for ``reconcile_spark``.

    Raises:
        InvalidDocumentError: A field is malformed, or two rows of one document
            disagree on it (``field`` names which).
    """
    from pyspark.sql import functions as F  # noqa: N812, PLC0415 - Spark's own idiom

    from claimrec.engines import DOCUMENT_FIELDS, datelines_of_rows  # noqa: PLC0415

    names = ("document", *DOCUMENT_FIELDS)
    seen = claims_df.select(
        *(F.get_json_object("value", f"$.{name}").alias(name) for name in names)
    ).where(functools.reduce(operator.or_, (F.col(name).isNotNull() for name in DOCUMENT_FIELDS)))
    return datelines_of_rows(
        _document_fields(r.asDict()) for r in seen.distinct().orderBy(*names).collect()
    )


def _document_fields(row: dict[str, Any]) -> dict[str, Any]:
    """A row of ``get_json_object`` strings as the claim row's values: the lead is an object."""
    lead = row.get("lead")
    if isinstance(lead, str):
        with contextlib.suppress(ValueError):  # not JSON: datelines_of_rows names the field
            row["lead"] = json.loads(lead)
    return row


def write_report(
    out: str | os.PathLike[str],
    events_df: DataFrame,
    findings_df: DataFrame,
    claims_df: DataFrame,
    *,
    datelines: Mapping[str, Dateline] | None = None,
) -> None:
    """
    Stream the sections, sorted, into ``claimrec.report/1`` JSON: the local engine's bytes.

    The documents are those the events list (a claim row carries no text), each
    with the day, outlet and title its rows gave (*datelines*, from ``datelines_spark``).

    Args:
        out: The report file.
        events_df: From ``reconcile_spark``.
        findings_df: From ``reconcile_spark``.
        claims_df: From ``reconcile_spark``.
        datelines: Document id -> the ``published``, ``outlet`` and ``title`` of its claim rows.
    """
    from claimrec.model import Document  # noqa: PLC0415
    from claimrec.report.codec import SCHEMA, encode_document  # noqa: PLC0415

    def texts(frame: DataFrame) -> Iterator[str]:
        for row in frame.orderBy("id").toLocalIterator():
            yield row.json

    documents = {
        d: json.loads(t)["id"] for t in texts(events_df) for d in json.loads(t)["documents"]
    }
    lines = datelines or {}

    def document(d: str) -> Document:
        line = lines.get(d)
        if line is None:
            return Document(d, "")
        return Document(d, "", title=line.title, published=line.published, outlet=line.outlet)

    docs = (_dumps(encode_document(document(d), documents[d])) for d in sorted(documents))
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
