"""Tests for claimrec.scale: the claim path reads claim JSONL and runs the article path's engine."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

import claimrec as cr
from claimrec._synthetic import generate_claims
from claimrec.engines.claims import reconcile_rows
from claimrec.errors import IngestError
from claimrec.report import Report
from claimrec.report.codec import encode_claim
from claimrec.scale import claim_row, load_claims, read_claim_rows, read_claims, reconcile_claims


def _row(cid: str, doc: str = "d1", **mention: object) -> dict[str, object]:
    return {
        "id": cid,
        "document": doc,
        "type": "count",
        "measure": "killed",
        "group": "people",
        "scope": "event",
        "quantity": {"low": 2, "high": 2, "qualifier": "exact", "text": "two"},
        "span": [0, 10],
        "sentence": "Two people were killed, police said.",
        "attribution": {"kind": "organization", "source": "police", "chain": ["police"]},
        "mention": mention,
    }


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _fed_back(report: Report, tmp_path: Path) -> dict[str, object]:
    """The report's own claims written with the codec, reconciled again on the claim path."""
    src = _write(tmp_path / "c.jsonl", [encode_claim(c, None) for c in report.claims])
    reconcile_claims(src, tmp_path / "r.json")
    data: dict[str, object] = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    return data


def _verdicts(findings: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(f["measure"], f["group"], f["verdict"], f["consensus"]) for f in findings]


class TestReconcileClaims:
    def test_writes_the_bytes_report_to_json_writes(self, tmp_path: Path) -> None:
        """The written report reads back into a Report whose compact JSON is the same bytes."""
        rows = [{k: v for k, v in c.items() if k != "truth"} for c in generate_claims(600)]
        src, out = _write(tmp_path / "c.jsonl", rows), tmp_path / "r.json"

        stats = reconcile_claims(src, out, processes=1)

        text = out.read_text(encoding="utf-8")
        assert Report.from_json(text).to_json(indent=None) == text
        assert stats.claims == 600
        assert 0 < stats.events < stats.profiles

    def test_writes_what_the_engine_returns_without_keeping_matching(self, tmp_path: Path) -> None:
        """The claim path lets matching's pairs go before resolving; its report is the same bytes."""
        rows = [{k: v for k, v in c.items() if k != "truth"} for c in generate_claims(400)]
        src, out = _write(tmp_path / "c.jsonl", rows), tmp_path / "r.json"
        claims, datelines, _ = read_claim_rows(src)
        kept = reconcile_rows(claims, datelines=datelines)
        lean = reconcile_rows(claims, datelines=datelines, keep_matching=False)

        stats = reconcile_claims(src, out)

        assert kept.matching is not None
        assert kept.candidates()
        assert kept.matching.matches
        assert lean.matching is not None
        assert lean.candidates() == ()
        assert lean.matching.matches == ()
        assert (
            lean.matching.candidate_pairs == kept.matching.candidate_pairs == stats.candidate_pairs
        )
        assert lean.to_json(indent=None) == kept.to_json(indent=None) == out.read_text("utf-8")

    def test_conjoined_counts_add_up_as_on_the_article_path(self, tmp_path: Path) -> None:
        """'Three women and one man' and 'four people' agree (consensus 4) on both paths."""
        doc = cr.Document(
            "a",
            "Three women and one man were injured in a shooting in Elgin on Sunday. "
            "Four people were injured, a witness said.",
            title="Shooting in Elgin",
            published="2024-03-05",
        )
        article = cr.reconcile([doc])

        fed = _fed_back(article, tmp_path)

        assert [(f.verdict, str(f.consensus)) for f in article.findings] == [("consistent", "4")]
        assert _verdicts(fed["findings"]) == [  # type: ignore[arg-type]
            ("injured", "people", "consistent", {"low": 4, "high": 4, "qualifier": "exact"})
        ]

    def test_claims_fed_back_keep_their_dates_and_events(self, tmp_path: Path) -> None:
        """Two reports of one shooting are one dated event again when their claims come back."""
        docs = [
            cr.Document(
                "a",
                "ELGIN — Five people were shot Sunday on North Street in Elgin, police said.",
                title="Elgin shooting leaves 5 injured",
                published="2014-01-12",
            ),
            cr.Document(
                "b",
                "Police said five people were wounded early Sunday on North Street in Elgin.",
                title="5 hurt in Elgin shooting on North Street",
                published="2014-01-13",
            ),
        ]
        article = cr.reconcile(docs)

        fed = _fed_back(article, tmp_path)

        events = fed["events"]
        assert [(e.documents, str(e.date)) for e in article.events] == [(("a", "b"), "2014-01-12")]
        assert [(e["documents"], e["date"]) for e in events] == [(["a", "b"], "2014-01-12")]  # type: ignore[attr-defined, index]

    def test_a_place_with_a_diacritic_is_one_event(self, tmp_path: Path) -> None:
        """'São Paulo' and 'Sao Paulo' on one day are one event on both paths."""
        docs = [
            cr.Document(
                doc,
                f"Two people were killed in a bombing in {place} on Monday, police said.",
                title=f"Bombing in {place}",
                published="2024-03-05",
            )
            for doc, place in (("a", "São Paulo"), ("b", "Sao Paulo"))
        ]
        article = cr.reconcile(docs)

        fed = _fed_back(article, tmp_path)

        assert len(article.events) == 1
        assert [e["documents"] for e in fed["events"]] == [["a", "b"]]  # type: ignore[attr-defined, index]

    def test_reports_lines_that_are_not_claims(self, tmp_path: Path) -> None:
        """A broken line is listed under errors and the other claims are reconciled."""
        src = tmp_path / "c.jsonl"
        src.write_text(json.dumps(_row("c1", location="Kano")) + "\n{not json\n", encoding="utf-8")

        stats = reconcile_claims(src, tmp_path / "r.json", processes=1)

        report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert [c["id"] for c in report["claims"]] == ["c1"]
        assert report["errors"][0]["line"] == 2
        assert [e.line for e in stats.errors] == [2]  # type: ignore[attr-defined]

    def test_times_every_stage(self, tmp_path: Path) -> None:
        """The stats name the load, match, resolve and write stages."""
        src = _write(tmp_path / "c.jsonl", [_row("c1", location="Kano", date="2024-03-02")])

        stats = reconcile_claims(src, tmp_path / "r.json")

        assert [name for name, _ in stats.stages] == ["load", "match", "resolve", "write"]

    @pytest.mark.parametrize("enabled", [True, False])
    def test_leaves_the_garbage_collector_as_it_found_it(self, tmp_path: Path, enabled) -> None:
        """The collector, paused for the run, is on again afterwards only if it was on before."""
        src = _write(tmp_path / "c.jsonl", [_row("c1", location="Kano")])
        (gc.enable if enabled else gc.disable)()
        try:
            reconcile_claims(src, tmp_path / "r.json")

            assert gc.isenabled() is enabled
        finally:
            gc.enable()

    def test_the_collector_is_back_on_after_a_failed_run(self, tmp_path: Path) -> None:
        """A run that raises (a missing file) does not leave the collector paused."""
        with pytest.raises(FileNotFoundError):
            reconcile_claims(tmp_path / "missing.jsonl", tmp_path / "r.json")

        assert gc.isenabled()


class TestReadClaims:
    def test_keeps_the_first_of_a_repeated_id(self, tmp_path: Path) -> None:
        """A repeated claim id is an error on its later line; the first line stands."""
        src = _write(tmp_path / "c.jsonl", [_row("c1"), _row("c1", doc="d2")])

        claims, errors = read_claims(src)

        assert [c.document for c in claims] == ["d1"]
        assert [e.line for e in errors] == [2]  # type: ignore[attr-defined]


class TestDatedRows:
    def test_reads_the_day_and_outlet_of_each_document(self, tmp_path: Path) -> None:
        """Rows may carry ``published`` and ``outlet``; a row that omits them agrees with any."""
        rows = [
            _row("c1") | {"published": "2024-03-09", "outlet": "Daily Post"},
            _row("c2"),
            _row("c3", doc="d2") | {"published": "2024-03-10T06:30:00+01:00"},
        ]
        src = _write(tmp_path / "c.jsonl", rows)

        claims, datelines, errors = read_claim_rows(src)

        assert [c.id for c in claims] == ["c1", "c2", "c3"]
        assert errors == []
        assert {d: (str(x.published), x.outlet) for d, x in datelines.items()} == {
            "d1": ("2024-03-09", "Daily Post"),
            "d2": ("2024-03-10", None),
        }

    @pytest.mark.parametrize(
        ("extra", "field"),
        [
            ({"published": "last Tuesday"}, "published"),
            ({"published": 20240309}, "published"),
            ({"outlet": ""}, "outlet"),
            ({"outlet": ["Daily Post"]}, "outlet"),
            ({"title": ""}, "title"),
            ({"title": 7}, "title"),
            ({"lead": "A bomb went off."}, "lead"),
            ({"lead": {"start": -1, "text": "A bomb went off."}}, "lead"),
            ({"lead": {"start": True, "text": "A bomb went off."}}, "lead"),
            ({"lead": {"start": 0}}, "lead"),
            ({"lead": {"start": 0, "text": ""}}, "lead"),
            ({"lead": {"start": 1 << 40, "text": "A bomb went off."}}, "lead"),
        ],
    )
    def test_a_malformed_day_or_outlet_is_a_bad_line(
        self, tmp_path: Path, extra: dict[str, object], field: str
    ) -> None:
        """The error names the line and the field; the other claims are kept."""
        src = _write(tmp_path / "c.jsonl", [_row("c1"), _row("c2") | extra])

        claims, _, errors = read_claim_rows(src)

        assert [c.id for c in claims] == ["c1"]
        assert [(e.line, e.field) for e in errors] == [(2, field)]  # type: ignore[attr-defined]
        assert field in str(errors[0])

    def test_reads_the_title_and_lead_of_each_document(self, tmp_path: Path) -> None:
        """One row may carry the lead, every row the title; the report lists the title."""
        lead = {"start": 12, "text": "A bomb went off near the bus station."}
        rows = [_row("c1") | {"title": "Blast at station", "lead": lead}, _row("c2")]
        src = _write(tmp_path / "c.jsonl", rows)

        _, datelines, errors = read_claim_rows(src)
        reconcile_claims(src, tmp_path / "r.json")

        assert errors == []
        assert (datelines["d1"].title, datelines["d1"].lead) == (
            "Blast at station",
            (12, lead["text"]),
        )
        report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert [d["title"] for d in report["documents"]] == ["Blast at station"]

    def test_a_row_that_contradicts_its_document_is_a_bad_line(self, tmp_path: Path) -> None:
        """Two days for one document cannot both hold: the later row is skipped and named."""
        rows = [_row("c1") | {"published": "2024-03-09"}, _row("c2") | {"published": "2024-03-11"}]
        src = _write(tmp_path / "c.jsonl", rows)

        claims, datelines, errors = read_claim_rows(src)

        assert [c.id for c in claims] == ["c1"]
        assert str(datelines["d1"].published) == "2024-03-09"
        assert [(e.line, e.field) for e in errors] == [(2, "published")]  # type: ignore[attr-defined]

    def test_claim_row_checks_the_optional_fields(self) -> None:
        """``claim_row`` refuses a malformed ``published`` with a typed error naming it."""
        with pytest.raises(cr.errors.InvalidDocumentError, match="'published'"):
            claim_row(_row("c1") | {"published": "soon"})

    def test_the_report_lists_the_documents_with_their_days(self, tmp_path: Path) -> None:
        """The claim path's report gives each rebuilt document the day and outlet its rows carry."""
        src = _write(
            tmp_path / "c.jsonl", [_row("c1") | {"published": "2024-03-09", "outlet": "Post"}]
        )

        reconcile_claims(src, tmp_path / "r.json")

        report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert [(d["published"], d["outlet"]) for d in report["documents"]] == [
            ("2024-03-09", "Post")
        ]


class TestLoadClaims:
    def test_collects_every_bad_line(self, tmp_path: Path) -> None:
        """Loading names each line that is not a claim."""
        src = tmp_path / "c.jsonl"
        src.write_text('{"id": 1}\n' + json.dumps(_row("c1")) + "\n[]\n", encoding="utf-8")

        with pytest.raises(IngestError) as info:
            load_claims(src)

        assert [e.line for e in info.value.errors] == [1, 3]  # type: ignore[attr-defined]


class TestClaimsCommand:
    def test_claimrec_reconcile_claims_writes_the_report(self, tmp_path: Path) -> None:
        """`claimrec reconcile --claims FILE --out OUT` writes the claim-path report."""
        from claimrec.cli import main  # noqa: PLC0415

        src = _write(tmp_path / "c.jsonl", [_row("c1", location="Kano", date="2024-03-02")])

        status = main(
            ["reconcile", "--claims", str(src), "--out", str(tmp_path / "r.json"), "--quiet"]
        )

        report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert status == 0
        assert report["claims"][0]["event"] == report["documents"][0]["event"]

    def test_claims_out_rows_fed_back_give_the_article_findings(self, tmp_path: Path) -> None:
        """`--claims-out` writes dated rows; `--claims` on them orders a rising toll by day."""
        from claimrec.cli import main  # noqa: PLC0415

        texts = [
            ("2024-03-05", "Two people were killed in a bombing in Kano on Monday, police said."),
            ("2024-03-06", "Five people were killed in a bombing in Kano on Monday, police said."),
        ]
        for n, (day, text) in enumerate(texts):
            doc = {"id": f"d{n}", "text": text, "published": day, "outlet": f"Outlet {n}"}
            (tmp_path / f"d{n}.json").write_text(json.dumps(doc), encoding="utf-8")
        rows, first, second = tmp_path / "rows.jsonl", tmp_path / "a.json", tmp_path / "b.json"

        made = main(["reconcile", str(tmp_path / "d0.json"), str(tmp_path / "d1.json"), "--json",
                     "--out", str(first), "--claims-out", str(rows), "--quiet"])  # fmt: skip
        fed = main(["reconcile", "--claims", str(rows), "--out", str(second), "--quiet"])

        article, again = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
        assert (made, fed) == (0, 0)
        assert all(json.loads(line)["published"] for line in rows.read_text().splitlines())
        assert _verdicts(again["findings"]) == _verdicts(article["findings"])
        assert [f["verdict"] for f in article["findings"]] == ["evolving"]

    def test_documents_given_to_the_claim_path_are_read(self, tmp_path: Path) -> None:
        """`--claims rows --documents report.json` reads the documents instead of rebuilding them."""
        from claimrec.cli import main  # noqa: PLC0415

        doc = cr.Document("a", "Two people were killed in Kano, police said.", title="Kano blast")
        article = cr.reconcile([doc])
        (tmp_path / "r.json").write_text(article.to_json(), encoding="utf-8")
        rows = _write(tmp_path / "c.jsonl", article.claim_rows())

        status = main(["reconcile", "--claims", str(rows), "--documents", str(tmp_path / "r.json"),
                       "--out", str(tmp_path / "o.json"), "--quiet"])  # fmt: skip

        out = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
        assert status == 0
        assert [(d["title"], d["text"]) for d in out["documents"]] == [("Kano blast", doc.text)]

    def test_claims_out_is_refused_on_the_claim_path(self, tmp_path: Path) -> None:
        """Rows are written from articles; with --claims the option is a usage error."""
        from claimrec.cli import EXIT_USAGE, main  # noqa: PLC0415

        src = _write(tmp_path / "c.jsonl", [_row("c1")])

        status = main(["reconcile", "--claims", str(src), "--claims-out", str(tmp_path / "x")])

        assert status == EXIT_USAGE
        assert not (tmp_path / "x").exists()

    def test_documents_that_cannot_be_read_are_named(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing --documents path is an input error naming the option; nothing is written."""
        from claimrec.cli import EXIT_INPUT, main  # noqa: PLC0415

        src = _write(tmp_path / "c.jsonl", [_row("c1")])
        args = ["reconcile", "--claims", str(src), "--documents", str(tmp_path / "no.jsonl")]

        status = main([*args, "--out", str(tmp_path / "r.json")])

        assert status == EXIT_INPUT
        assert "--documents" in capsys.readouterr().err
        assert not (tmp_path / "r.json").exists()

    def test_documents_without_claims_is_a_usage_error(self, tmp_path: Path) -> None:
        """Articles are read as PATH; --documents only goes with --claims."""
        from claimrec.cli import EXIT_USAGE, main  # noqa: PLC0415

        (tmp_path / "a.txt").write_text("Two people were killed, police said.", encoding="utf-8")

        status = main(["reconcile", str(tmp_path / "a.txt"), "--documents", str(tmp_path)])

        assert status == EXIT_USAGE


class TestHostileSpans:
    def test_a_span_past_the_text_limit_is_a_bad_line(self, tmp_path: Path) -> None:
        """A span ending past MAX_TEXT is listed as an error; the other claims are reconciled."""
        far = _row("c2") | {"span": [0, 10**12]}
        src = _write(tmp_path / "c.jsonl", [_row("c1", location="Kano"), far])

        claims, errors = read_claims(src)

        assert [c.id for c in claims] == ["c1"]
        assert [e.line for e in errors] == [2]  # type: ignore[attr-defined]
