"""Tests for claimrec.report.excerpt: a long sentence is stored once, so reports grow linearly."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import claimrec as cr
from claimrec.graph import to_graphml, to_node_link
from claimrec.report import Report, codec
from claimrec.report.excerpt import (
    CONTEXT,
    ELLIPSIS,
    SENTENCE_LIMIT,
    SentenceLocator,
    excerpt,
    locate,
)
from claimrec.report.page import highlight
from claimrec.scale import reconcile_claims
from claimrec.testing import count_claim
from timing import assert_linear_time

#: One clause of a run-on sentence; each repetition is one more claim (about 62 characters).
CLAUSE = "police said 4 men were wounded near the old market on Friday, "
#: A denser clause: one claim every 25 characters.
DENSE = "on Monday 2 were killed, "


def one_sentence(clause: str, size: int) -> str:
    """A document whose body is one sentence of about *size* characters."""
    return "Attack in town\n" + clause * (size // len(clause)) + "officials said."


def reconciled(text: str) -> Report:
    return cr.reconcile([cr.Document("long", text)])


@pytest.fixture(scope="module")
def long_report() -> Report:
    return reconciled(one_sentence(CLAUSE, 100_000))


class TestExcerpt:
    def test_a_sentence_up_to_the_limit_comes_back_whole(self) -> None:
        """An ordinary sentence is not cut, whatever the span."""
        sentence = "Seven Americans were wounded, officials said."

        shown, at = excerpt(sentence, 0, 5)

        assert (shown, at) == (sentence, 0)

    def test_a_long_sentence_keeps_the_span_and_its_context(self) -> None:
        """The excerpt holds the span, CONTEXT characters each side, and marks both cuts."""
        sentence = "a " * 1000 + "nine were hurt" + " b" * 1000
        start = sentence.index("nine")

        shown, at = excerpt(sentence, start, start + 4)

        assert shown.startswith(ELLIPSIS)
        assert shown.endswith(ELLIPSIS)
        assert "nine were hurt" in shown
        assert at == start - CONTEXT
        assert shown[1:-1] == sentence[at : start + 4 + CONTEXT]

    def test_a_span_at_the_start_has_no_leading_mark(self) -> None:
        """Nothing was cut before the first character, so nothing marks it."""
        sentence = "Nine were hurt " + "x" * 2000

        shown, at = excerpt(sentence, 0, 4)

        assert at == 0
        assert shown.startswith("Nine")
        assert shown.endswith(ELLIPSIS)

    def test_a_huge_span_is_cut_too(self) -> None:
        """Even a span longer than the limit gives an excerpt of bounded length."""
        sentence = "1, " * 5000

        shown, _ = excerpt(sentence, 0, len(sentence))

        assert len(shown) <= SENTENCE_LIMIT + 2 * CONTEXT + 2


class TestLocate:
    def test_finds_the_occurrence_that_covers_the_span(self) -> None:
        """A sentence repeated in the text is placed where the claim's span lies."""
        text = "Two were hurt. Two were hurt."
        claim = count_claim(sentence="Two were hurt.", span=(15, 18))

        assert locate(claim, text) == 15

    def test_the_locator_remembers_each_sentence(self) -> None:
        """Claims of one sentence get the same start; the claim elsewhere gets its own."""
        text = "Two were hurt. Two were hurt."
        where = SentenceLocator({"d1": text})
        first = count_claim(id="a", sentence="Two were hurt.", span=(0, 3))
        second = count_claim(id="b", sentence="Two were hurt.", span=(15, 18))

        starts = [where(first), where(first), where(second)]

        assert starts == [0, 0, 15]


class TestLongSentenceReport:
    def test_the_json_stays_within_a_constant_factor_of_the_input(
        self, long_report: Report
    ) -> None:
        """One 100 KB sentence with a thousand claims or more gives JSON under 50x its size."""
        size = len(long_report.documents[0].text)

        text = long_report.to_json()

        assert len(long_report.claims) > 1_000
        assert len(text) < 50 * size

    def test_the_page_stays_within_a_constant_factor_of_the_input(
        self, long_report: Report
    ) -> None:
        """The HTML page of the same report is under 50x the input too."""
        size = len(long_report.documents[0].text)

        page = long_report.to_html()

        assert len(page) < 50 * size

    def test_graph_exports_stay_within_a_constant_factor_of_the_input(
        self, long_report: Report
    ) -> None:
        """GraphML and node-link JSON show each claim's excerpt, not the whole sentence again."""
        size = len(long_report.documents[0].text)
        text = long_report.documents[0].text

        buffer = io.BytesIO()
        to_graphml(long_report.graph, buffer)
        graphml, node_link = buffer.getvalue(), to_node_link(long_report.graph)
        nodes = [n for n in node_link["nodes"] if n["type"] == "claim"]

        assert len(graphml) < 50 * size
        assert len(json.dumps(node_link)) < 50 * size
        for node in nodes:
            start, end = node["start"], node["end"]
            assert len(node["sentence"]) <= SENTENCE_LIMIT + 2 * CONTEXT + 2
            assert text[start:end] in node["sentence"]

    def test_a_record_names_the_whole_sentence_by_its_offsets(self, long_report: Report) -> None:
        """Each claim's excerpt lies inside the sentence that sentence_span cuts from the text."""
        text = long_report.documents[0].text
        by_id = {c.id: c for c in long_report.claims}

        records = json.loads(long_report.to_json())["claims"]

        for record in records:
            start, end = record["sentence_span"]
            assert text[start:end] == by_id[record["id"]].sentence
            assert record["sentence"].strip(ELLIPSIS) in text[start:end]
            assert len(record["sentence"]) <= SENTENCE_LIMIT + 2 * CONTEXT + 2

    def test_reading_the_json_back_restores_one_shared_sentence(self, long_report: Report) -> None:
        """from_json gives the same report, its claims sharing one string for the sentence."""
        back = Report.from_json(long_report.to_json())

        assert back == long_report
        assert len({id(c.sentence) for c in back.claims}) == 1

    def test_extraction_shares_one_sentence_object(self, long_report: Report) -> None:
        """Claims of one sentence hold the same string object, not a copy each."""
        assert len({id(c.sentence) for c in long_report.claims}) == 1

    def test_each_card_of_the_page_marks_its_own_figure(self, long_report: Report) -> None:
        """The excerpt on the page is centred on the claim: its figure is the marked text."""
        text = long_report.documents[0].text
        claim = long_report.claims[len(long_report.claims) // 2]

        shown = highlight(claim, text)

        assert shown.startswith(ELLIPSIS)
        assert f"<mark>{text[claim.span[0] : claim.span[1]]}</mark>" in shown
        assert len(shown) < SENTENCE_LIMIT

    def test_json_and_page_grow_linearly_in_size(self) -> None:
        """Eight times the sentence gives about eight times the output, not sixty-four."""
        small, large = (reconciled(one_sentence(DENSE, n)) for n in (4_000, 32_000))

        json_growth = len(large.to_json()) / len(small.to_json())
        page_growth = len(large.to_html()) / len(small.to_html())

        assert json_growth < 10
        assert page_growth < 10

    def test_writing_json_and_page_takes_linear_time(self) -> None:
        """Writing the JSON and the page of a dense long sentence stays within its budget."""
        reports: dict[str, Report] = {}

        def build(n: int) -> str:
            text = one_sentence(DENSE, n)
            reports[text] = reconciled(text)
            return text

        def run(text: str) -> object:
            return (reports[text].to_json(), reports[text].to_html())

        assert_linear_time(run, build, ms_per_kb=40, floor=0.5)


class TestOrdinarySentences:
    def test_a_short_sentence_is_written_whole_without_offsets(self) -> None:
        """Records of ordinary sentences are exactly what they were: no sentence_span."""
        text = "Shooting\n\nTwo people were killed and three were hurt on Sunday, police said."

        records = json.loads(reconciled(text).to_json())["claims"]

        assert records
        assert all(r["sentence"] in text and "sentence_span" not in r for r in records)

    def test_a_long_sentence_that_cannot_be_placed_is_written_whole(self) -> None:
        """Without its document's text a record keeps the whole sentence, so nothing is lost."""
        claim = count_claim(sentence="Nine were hurt " + "x" * 2000, span=(0, 4))

        record = codec.encode_claim(claim, None)

        assert record["sentence"] == claim.sentence
        assert "sentence_span" not in record


class TestInterchange:
    def test_claimreview_and_statements_quote_an_excerpt_of_a_long_sentence(
        self, long_report: Report
    ) -> None:
        """Every quote of the exports is bounded, so they also grow linearly with the input."""
        bound = SENTENCE_LIMIT + 2 * CONTEXT + 2

        reviews = long_report.to_claimreview()
        statements = long_report.to_statements()

        texts = [a["text"] for r in reviews for a in r["itemReviewed"]["appearance"]]
        quotes = [
            snak["datavalue"]["value"]["text"]
            for entity in statements["entities"].values()
            for group in entity["claims"].values()
            for statement in group
            for reference in statement["references"]
            for snak in reference["snaks"].get("P1683", ())
        ]
        assert texts
        assert quotes
        assert all(len(t) <= bound for t in texts + quotes)


class TestClaimPath:
    def test_claims_of_a_long_sentence_fed_back_keep_their_finding_and_stay_linear(
        self, tmp_path: Path
    ) -> None:
        """A report's claim records of one long sentence, read with --claims, give the same
        finding, a report linear in size, and the same bytes when fed back once more."""
        text = one_sentence(CLAUSE, 20_000)
        report = reconciled(text)
        lines = tmp_path / "claims.jsonl"
        lines.write_text(
            "".join(json.dumps(r) + "\n" for r in json.loads(report.to_json())["claims"]),
            encoding="utf-8",
        )

        reconcile_claims(lines, tmp_path / "out.json")
        out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
        again = tmp_path / "again.jsonl"
        again.write_text("".join(json.dumps(r) + "\n" for r in out["claims"]), encoding="utf-8")
        reconcile_claims(again, tmp_path / "again.json")

        assert [(f["verdict"], f["consensus"]["low"]) for f in out["findings"]] == [
            (f.verdict, f.consensus.low) for f in report.findings if f.consensus is not None
        ]
        assert (tmp_path / "out.json").stat().st_size < 50 * len(text)
        assert "sentence_span" in out["claims"][0]
        assert (tmp_path / "again.json").read_bytes() == (tmp_path / "out.json").read_bytes()

    def test_join_excerpts_puts_each_excerpt_at_its_offset(self) -> None:
        """Excerpts of one sentence join into one shared string of the sentence's length."""
        sentence = "".join(f"{n} were hurt, " for n in range(400))
        claims = [
            count_claim(id=f"c{n}", quantity=n, sentence=sentence, span=(at, at + len(str(n))))
            for n in (10, 200, 390)
            for at in [sentence.index(f" {n} were") + 1]
        ]
        records = [codec.encode_claim(c, None, sentence_start=0) for c in claims]

        joined = codec.join_excerpts([codec.decode_claim(r) for r in records], records)

        assert len({id(c.sentence) for c in joined}) == 1
        assert len(joined[0].sentence) == len(sentence)
        for c in claims:
            assert (
                joined[0].sentence[c.span[0] - 50 : c.span[1] + 50]
                == sentence[c.span[0] - 50 : c.span[1] + 50]
            )
