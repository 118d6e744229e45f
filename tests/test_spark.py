"""Tests for claimrec.spark: the Spark backend writes the local engine's bytes (opt-in: -m spark)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimrec._synthetic import generate_claims
from claimrec.scale import reconcile_claims

pytestmark = [
    pytest.mark.spark,
    # PySpark 4 warns that it does not fully support pandas 3 yet; the stages used here work.
    pytest.mark.filterwarnings("ignore::FutureWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

CLAIMS = 3000


def _java_ok() -> bool:
    java = shutil.which("java")
    if java is None:
        return False
    done = subprocess.run([java, "-version"], capture_output=True, check=False)
    return done.returncode == 0


if importlib.util.find_spec("pyspark") is None:
    pytest.skip("pyspark is not installed: pip install 'claimrec[spark]'", allow_module_level=True)
if not _java_ok():
    pytest.skip("no working java on PATH: Spark needs Java 17", allow_module_level=True)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession  # noqa: PLC0415

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("claimrec-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def claims_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spark") / "claims.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for claim in generate_claims(CLAIMS):
            claim.pop("truth")
            f.write(json.dumps(claim) + "\n")
    return path


class TestReconcileSpark:
    def test_writes_the_local_engines_bytes(
        self, spark: Any, claims_file: Path, tmp_path: Path
    ) -> None:
        """Spark (local[2]) and the local engine give the same events, findings and JSON bytes."""
        from claimrec.spark import reconcile_spark, write_report  # noqa: PLC0415

        events, findings, claims = reconcile_spark(spark.read.text(str(claims_file)))
        write_report(tmp_path / "spark.json", events, findings, claims)
        local = reconcile_claims(claims_file, tmp_path / "local.json")

        a = (tmp_path / "spark.json").read_bytes()
        b = (tmp_path / "local.json").read_bytes()
        assert claims.count() == local.claims == CLAIMS
        assert events.count() == local.events
        assert len(json.loads(a)["findings"]) > 0
        assert a == b

    def test_claims_of_a_long_sentence_give_the_local_engines_bytes(
        self, spark: Any, tmp_path: Path
    ) -> None:
        """Excerpt records of one long sentence are joined and written as the local engine does."""
        import claimrec as cr  # noqa: PLC0415
        from claimrec.spark import reconcile_spark, write_report  # noqa: PLC0415

        clause = "police said 4 men were wounded near the old market on Friday, "
        text = "Attack in town\n" + clause * 100 + "officials said."
        report = cr.reconcile([cr.Document("long", text, published="2024-03-01")])
        lines = tmp_path / "claims.jsonl"
        lines.write_text(
            "".join(json.dumps(r) + "\n" for r in json.loads(report.to_json())["claims"]),
            encoding="utf-8",
        )

        events, findings, claims = reconcile_spark(spark.read.text(str(lines)))
        write_report(tmp_path / "spark.json", events, findings, claims)
        reconcile_claims(lines, tmp_path / "local.json")

        a = (tmp_path / "spark.json").read_bytes()
        assert "sentence_span" in json.loads(a)["claims"][0]
        assert a == (tmp_path / "local.json").read_bytes()

    def test_extracts_and_reconciles_articles_as_the_article_path_does(self, spark: Any) -> None:
        """Articles extracted with mapInPandas and reconciled on Spark give claimrec.reconcile's records."""
        import claimrec as cr  # noqa: PLC0415
        from claimrec.report.codec import encode_claim, encode_event, encode_finding  # noqa: PLC0415
        from claimrec.spark import extract_spark, reconcile_spark  # noqa: PLC0415

        rows = [
            {
                "id": f"a{n}",
                "title": f"Bombing in {place} kills {k}",
                "text": f"{k.capitalize()} people were killed in a bombing in {place} on Monday, "
                f"{source}. At least {k} others were hurt.",
                "published": "2024-03-06",
            }
            for n, (place, k, source) in enumerate(
                [
                    ("Kano", "three", "police said"),
                    ("Kano", "four", "a hospital official said"),
                    ("Tulsa", "two", "witnesses said"),
                    ("São Paulo", "five", "police said"),
                    ("Sao Paulo", "five", "the mayor said"),
                ]
            )
        ]
        articles = spark.createDataFrame(rows)

        events, findings, claims = reconcile_spark(extract_spark(articles), articles_df=articles)
        local = cr.reconcile(
            [
                cr.Document(r["id"], r["text"], title=r["title"], published=r["published"])
                for r in rows
            ]
        )

        def texts(frame: Any) -> list[str]:
            return [r.json for r in frame.orderBy("id").collect()]

        ev = local.estimates_by_event
        assert texts(events) == [
            json.dumps(encode_event(e, ev.get(e.id, {})), ensure_ascii=False) for e in local.events
        ]
        assert texts(claims) == [
            json.dumps(encode_claim(c, local.claim_event.get(c.id)), ensure_ascii=False)
            for c in local.claims
        ]
        assert texts(findings) == [
            json.dumps(encode_finding(f), ensure_ascii=False) for f in local.findings
        ]

    def test_dated_rows_give_the_local_engines_bytes_and_the_article_findings(
        self, spark: Any, tmp_path: Path
    ) -> None:
        """Rows with their day, outlet, title and lead order a rising toll by day on Spark too."""
        import claimrec as cr  # noqa: PLC0415
        from claimrec.spark import datelines_spark, reconcile_spark, write_report  # noqa: PLC0415

        docs = [
            cr.Document(
                f"r{n}",
                "Home | News\n\n"
                f"A bomb went off at a bus station in {place} on Monday, police said.\n\n"
                f"{k.capitalize()} people were killed, police said.",
                title=f"Bus station bombing in {place}",
                published=day,
                outlet=f"Outlet {n}",
            )
            for n, (place, k, day) in enumerate(
                [
                    ("Kano", "three", "2024-03-05"),
                    ("Kano", "six", "2024-03-07"),
                    ("Tulsa", "two", "2024-03-05"),
                ]
            )
        ]
        article = cr.reconcile(docs)
        lines = tmp_path / "rows.jsonl"
        lines.write_text("".join(json.dumps(r) + "\n" for r in article.claim_rows()))
        rows = spark.read.text(str(lines))

        events, findings, claims = reconcile_spark(rows)
        write_report(
            tmp_path / "spark.json", events, findings, claims, datelines=datelines_spark(rows)
        )
        reconcile_claims(lines, tmp_path / "local.json")

        a = (tmp_path / "spark.json").read_bytes()
        assert a == (tmp_path / "local.json").read_bytes()
        verdicts = sorted(
            (f["event"], f["measure"], f["verdict"]) for f in json.loads(a)["findings"]
        )
        assert verdicts == sorted((f.event, f.measure, f.verdict) for f in article.findings)
        assert "evolving" in {v for _, _, v in verdicts}
        assert {d["published"] for d in json.loads(a)["documents"]} == {"2024-03-05", "2024-03-07"}
        assert [d["title"] for d in json.loads(a)["documents"]] == [d.title for d in docs]
        assert all("lead" in r for r in article.claim_rows() if r["id"].endswith(":c1"))
