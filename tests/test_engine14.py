"""The claim path's load, document rebuild and write at scale: faster, with the same bytes and errors."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec._synthetic import write_claims
from claimrec.engines.claims import (
    Dateline,
    _placements,
    dateline_of_row,
    documents_of_claims,
    merge_dateline,
    reconcile_rows,
    sentence_offset,
)
from claimrec.errors import InvalidDocumentError
from claimrec.model import Claim, Document
from claimrec.report.codec import dumps
from claimrec.scale import read_claim_rows, reconcile_claims
from claimrec.testing import count_claim


def _placements_by_counter(claims: list[Claim]) -> dict[str, int]:
    """The placement rule as it was written first: a Counter of every claim's offsets per sentence."""
    votes: dict[str, Counter[int]] = {}
    for c in claims:
        votes.setdefault(c.sentence, Counter()).update(sentence_offset(c))
    return {s: min(n, key=lambda at: (-n[at], at)) for s, n in votes.items() if n}


_SENTENCES = (
    "Two people died and two were hurt in Kano.",
    "Police said 3 were killed, 3 more injured and 30 missing.",
    "Nobody was hurt.",
    "Five died; five were rescued.",
)


@st.composite
def _claims_of_one_document(draw: st.DrawFn) -> list[Claim]:
    """Claims whose figures may repeat in their sentences, with spans that point anywhere."""
    out: list[Claim] = []
    for n in range(draw(st.integers(min_value=0, max_value=8))):
        sentence = draw(st.sampled_from(_SENTENCES))
        figure = draw(st.sampled_from(("two", "3", "five", "30", "ten")))
        start = draw(st.integers(min_value=0, max_value=120))
        out.append(
            count_claim(
                id=f"c{n}",
                document="d1",
                quantity=figure,
                span=(start, start + draw(st.integers(min_value=0, max_value=40))),
                sentence=sentence,
            )
        )
    return out


class TestRebuiltDocuments:
    @settings(max_examples=200, deadline=None)
    @given(_claims_of_one_document())
    def test_each_sentence_stands_where_most_of_its_claims_put_it(
        self, claims: list[Claim]
    ) -> None:
        """The placement read without a Counter per sentence is the one the Counter rule gives."""
        expected = _placements_by_counter(claims)

        found = _placements(claims)

        assert found == expected

    @settings(max_examples=100, deadline=None)
    @given(_claims_of_one_document(), st.booleans())
    def test_a_document_is_rebuilt_the_same_from_claims_in_any_order(
        self, claims: list[Claim], backwards: bool
    ) -> None:
        """Claims given in another order rebuild the same text, title and reading."""
        given_order = list(reversed(claims)) if backwards else claims

        first = documents_of_claims(claims)
        second = documents_of_claims(given_order)

        assert [(d.id, d.text, d.title, d.metadata) for d in first] == [
            (d.id, d.text, d.title, d.metadata) for d in second
        ]

    def test_a_headline_claim_names_the_title_and_stays_out_of_the_text(self) -> None:
        """A claim at the empty span 0 gives the title; the body holds only the other sentences."""
        head = count_claim(id="h", quantity="4", span=(0, 0), sentence="Crash kills 4")
        body = count_claim(id="b", quantity="four", span=(0, 4), sentence="Four people died.")

        (doc,) = documents_of_claims([body, head])

        assert (doc.title, doc.text) == ("Crash kills 4", "Four people died.")

    def test_a_report_lists_rebuilt_documents_without_text(self) -> None:
        """The report's rebuilt documents keep id, title, day and outlet, with an empty text."""
        c = count_claim(
            id="c1", document="d1", quantity="seven", span=(0, 5), sentence="Seven died."
        )
        line = Dateline(outlet="Daily Post", title="Seven die")

        report = reconcile_rows([c], datelines={"d1": line}, keep_matching=False)

        assert report.documents == (
            Document("d1", "", title="Seven die", published=None, outlet="Daily Post"),
        )
        assert report.documents[0].metadata == {}
        assert report.documents[0].chars == 0


class TestClaimFile:
    def test_a_bad_row_in_a_big_file_is_named_by_line_and_field(self, tmp_path: Path) -> None:
        """One row with a bad span among thousands is skipped and named; the others load."""
        path = tmp_path / "claims.jsonl"
        write_claims(path, 3000, seed=3, places="zipf")
        lines = path.read_text(encoding="utf-8").splitlines()
        bad = json.loads(lines[2041])
        bad["span"] = [9, 2]
        lines[2041] = json.dumps(bad)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

        claims, _, errors = read_claim_rows(path)

        assert len(claims) == len(lines) - 1
        (error,) = errors
        assert isinstance(error, InvalidDocumentError)
        assert (error.path, error.line) == (str(path), 2042)
        assert "span" in str(error)

    def test_a_claim_file_gives_the_report_of_its_claims_reconciled_in_memory(
        self, tmp_path: Path
    ) -> None:
        """The file path writes the bytes the in-memory claim path's report dumps to."""
        path, out = tmp_path / "claims.jsonl", tmp_path / "report.json"
        write_claims(path, 400, seed=11, places="hot")
        claims, datelines, _ = read_claim_rows(path)

        reconcile_claims(path, out)
        kept = reconcile_rows(claims, datelines=datelines)

        assert out.read_text(encoding="utf-8") == dumps(kept, indent=None)


_DAYS = st.sampled_from(("2024-03-09", "2024-03-10", "2024-03-09T08:00:00", "9 March", None))
_OUTLETS = st.sampled_from(("Daily Post", "Evening Star", "", None))


@st.composite
def _dated_rows(draw: st.DrawFn) -> list[dict[str, object]]:
    """Claim rows of a few documents, each row giving some of its document's day, outlet, title."""
    rows: list[dict[str, object]] = []
    for n in range(draw(st.integers(min_value=1, max_value=12))):
        row: dict[str, object] = {
            "id": f"c{n}",
            "document": draw(st.sampled_from(("d1", "d2", "d3"))),
            "type": "count",
            "measure": "killed",
            "group": "people",
            "quantity": {"low": 2, "high": 2},
            "span": [0, 3],
            "sentence": "Two died.",
            "attribution": {"kind": "none"},
        }
        for name, values in (("published", _DAYS), ("outlet", _OUTLETS), ("title", _OUTLETS)):
            if draw(st.booleans()):
                row[name] = draw(values)
        rows.append(row)
    return rows


def _one_by_one(rows: list[dict[str, object]]) -> tuple[dict[str, Dateline], list[int]]:
    """Each row's dateline read and merged on its own, with no reading shared: and the bad lines."""
    known: dict[str, Dateline] = {}
    bad: list[int] = []
    for number, row in enumerate(rows, start=1):
        try:
            merge_dateline(known, str(row["document"]), dateline_of_row(row))
        except InvalidDocumentError:
            bad.append(number)
    return known, bad


class TestDatelines:
    @settings(max_examples=150, deadline=None)
    @given(_dated_rows())
    def test_rows_sharing_a_day_and_outlet_give_what_each_row_read_alone_gives(
        self, tmp_path_factory: pytest.TempPathFactory, rows: list[dict[str, object]]
    ) -> None:
        """Datelines read once per distinct value give each document's day, outlet and title, and the same bad lines."""
        path = tmp_path_factory.mktemp("rows") / "claims.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        expected, bad = _one_by_one(rows)

        _, datelines, errors = read_claim_rows(path)

        assert datelines == expected
        assert [e.line for e in errors] == bad

    def test_an_outlet_a_document_gives_twice_differently_is_named_far_down_a_file(
        self, tmp_path: Path
    ) -> None:
        """Thousands of rows share one day and outlet; the row that disagrees is named by line and field."""
        rows = [
            {**json.loads(line), "published": "2024-03-09", "outlet": "Daily Post"}
            for line in _generated(tmp_path, 2000)
        ]
        at = next(i for i in range(1500, 2000) if rows[i]["document"] == rows[i - 1]["document"])
        rows[at] = {**rows[at], "outlet": "Evening Star"}
        path = tmp_path / "dated.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

        _, datelines, errors = read_claim_rows(path)

        (error,) = errors
        assert (error.line, error.field) == (at + 1, "outlet")
        assert datelines[str(rows[at]["document"])].outlet == "Daily Post"


def _generated(folder: Path, n: int) -> list[str]:
    path = folder / "generated.jsonl"
    write_claims(path, n, seed=5, places="zipf")
    return path.read_text(encoding="utf-8").splitlines()
