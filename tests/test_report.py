"""Tests for claimrec.report: the JSON contract, round trip, frames, text and HTML views."""

from __future__ import annotations

import io
import json
from importlib import resources

import jsonschema
import pytest

import claimrec as cr
from claimrec.errors import InvalidDocumentError, UnknownEventError
from claimrec.report import Report, codec

ARTICLES = [
    cr.Document(
        "a1",
        "Two people killed in Fairhaven shooting\n\n"
        "FAIRHAVEN — Two people were killed and three were wounded in a shooting on Linden Street "
        "early Sunday, police said.",
        published="2014-01-12",
        outlet="example-news.test",
    ),
    cr.Document(
        "a2",
        "Fairhaven shooting leaves two dead\n\n"
        "Two men died and three other people were injured after gunfire on Linden Street in "
        "Fairhaven on Sunday, according to the Fairhaven Police Department.",
        published="2014-01-13",
        outlet="other-paper.test",
    ),
]


@pytest.fixture(scope="module")
def report() -> Report:
    return cr.reconcile(ARTICLES)


@pytest.fixture(scope="module")
def schema() -> dict:
    text = resources.files("claimrec").joinpath("schema/report-1.json").read_text(encoding="utf-8")
    return json.loads(text)


class TestReportJson:
    def test_json_follows_the_shipped_schema(self, report: Report, schema: dict) -> None:
        """to_json() validates against claimrec/schema/report-1.json."""
        data = json.loads(report.to_json())

        jsonschema.validate(data, schema)

        assert data["schema"] == "claimrec.report/1"

    def test_claim_rows_are_claims_of_the_schema_with_their_day_and_outlet(
        self, report: Report, schema: dict
    ) -> None:
        """Each claim row is the report's claim record plus its document's day, outlet, title, lead."""
        records = {c["id"]: c for c in json.loads(report.to_json())["claims"]}
        item = schema["properties"]["claims"]["items"]
        documents = {d.id: d for d in report.documents}
        extra = {"published", "outlet", "title", "lead"}

        rows = report.claim_rows()

        for row in rows:
            jsonschema.validate(row, item)
            assert {k: v for k, v in row.items() if k not in extra} == records[row["id"]]
            doc = documents[row["document"]]
            assert (row["published"], row["outlet"]) == (str(doc.published), doc.outlet)
            assert row.get("title") == doc.title
            lead = row.get("lead", {"start": 0, "text": ""})
            assert doc.text[lead["start"] :].startswith(lead["text"])
        assert len(rows) == len(records)
        assert sum("lead" in row for row in rows) == len({row["document"] for row in rows})

    def test_every_document_names_its_main_event(self, report: Report) -> None:
        """Each document entry carries the id of an event that exists."""
        data = json.loads(report.to_json())

        events = {e["id"] for e in data["events"]}

        assert all(d["event"] in events for d in data["documents"])

    def test_round_trip_through_json_gives_an_equal_report(self, report: Report) -> None:
        """Report.from_json(report.to_json()) == report."""
        again = Report.from_json(report.to_json())

        assert again == report
        assert again.to_json() == report.to_json()

    def test_same_input_in_any_order_gives_identical_bytes(self) -> None:
        """Document order does not change one byte of the JSON."""
        a = cr.reconcile(ARTICLES).to_json()
        b = cr.reconcile(list(reversed(ARTICLES))).to_json()

        assert a == b

    def test_reading_something_else_is_a_clear_error(self) -> None:
        """from_json on other JSON names the schema it expected."""
        with pytest.raises(InvalidDocumentError, match=r"claimrec\.report/1"):
            Report.from_json('{"schema": "other/2"}')

    def test_article_text_with_markup_is_written_as_plain_json_strings(self) -> None:
        """Quotes, backslashes and tags in text survive the JSON encoder unchanged."""
        nasty = 'He said "3 killed" \\ <script>alert(1)</script>\n'
        r = cr.reconcile([cr.Document("x", nasty)])

        data = json.loads(r.to_json())

        assert data["documents"][0]["text"] == nasty


class TestDump:
    @pytest.mark.parametrize("indent", [None, 0, 2, 4])
    def test_streamed_json_has_the_bytes_of_one_json_dumps(self, report: Report, indent) -> None:
        """dump() writes record by record exactly what json.dumps of the whole document gives."""
        out = io.StringIO()

        codec.dump(report, out, indent=indent)

        whole = json.dumps(codec.encode_report(report), ensure_ascii=False, indent=indent)
        assert out.getvalue() == whole

    @pytest.mark.parametrize("indent", [None, 2])
    def test_an_empty_report_streams_empty_lists(self, indent) -> None:
        """A report with no documents writes [] for every list, as json.dumps does."""
        empty = cr.reconcile([])
        out = io.StringIO()

        codec.dump(empty, out, indent=indent)

        assert out.getvalue() == json.dumps(codec.encode_report(empty), indent=indent)


class TestDecodeClaimShared:
    def test_claims_read_with_a_shared_dict_equal_those_read_without(self) -> None:
        """Sharing changes no claim, and equal parts of two records become one object."""
        a = cr.testing.count_claim(id="a", document="d1")
        b = cr.testing.count_claim(id="b", document="d1")
        records = [codec.encode_claim(c, None) for c in (a, b)]
        shared: dict = {}

        got = [codec.decode_claim(json.loads(json.dumps(r)), shared=shared) for r in records]

        assert got == [a, b]
        assert got[0].attribution is got[1].attribution
        assert got[0].quantity is got[1].quantity
        assert got[0].document is got[1].document

    def test_whole_and_fractional_tolerances_stay_apart(self) -> None:
        """A tolerance of 0, 0.0 and -0.0 is written back as it was read, shared or not."""
        record = codec.encode_claim(cr.testing.count_claim(id="a"), None)
        shared: dict = {}
        written = []
        for tolerance in (0.0, 0, -0.0):
            row = json.loads(json.dumps(record))
            row["quantity"]["tolerance"] = tolerance

            claim = codec.decode_claim(row, shared=shared)

            written.append(json.dumps(codec.encode_claim(claim, None)["quantity"]["tolerance"]))
        assert written == ["0.0", "0", "-0.0"]

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("attribution", "none"),
            ("attribution", {"kind": "rumour"}),
            ("mention", {"date": 5}),
            ("mention", {"focus": "sideways"}),
            ("mention", {"town": "Kano"}),
            ("quantity", {"low": "5"}),
            ("quantity", {"low": 5, "high": 2}),
        ],
    )
    def test_a_bad_record_fails_as_it_does_without_sharing(self, field, value) -> None:
        """A malformed part raises the same error, with the same message, shared or not."""
        row = codec.encode_claim(cr.testing.count_claim(id="a"), None) | {field: value}
        errors = []
        for shared in (None, {}):
            with pytest.raises(Exception) as caught:
                codec.decode_claim(row, shared=shared)
            errors.append((type(caught.value), str(caught.value)))

        assert errors[0] == errors[1]


class TestReportQuestions:
    def test_estimates_of_an_event_give_killed_and_injured(self, report: Report) -> None:
        """The two shooting reports agree on two killed and three injured."""
        (event,) = {report.document_event["a1"], report.document_event["a2"]}

        est = report.estimates(event)

        assert (est["killed"].best, est["injured"].best) == (2, 3)

    def test_unknown_event_is_a_lookup_error_naming_it(self, report: Report) -> None:
        """estimates('nope') raises a KeyError subclass that names the id."""
        with pytest.raises(UnknownEventError, match="nope"):
            report.estimates("nope")

    def test_unknown_event_message_reads_as_a_sentence(self, report: Report) -> None:
        """str() of the error is its sentence, not the quoted key a KeyError shows."""
        with pytest.raises(UnknownEventError) as caught:
            report.estimates("nope")

        assert str(caught.value).startswith("no event 'nope' in this report; its events are [")
        assert isinstance(caught.value, KeyError)

    def test_claims_of_an_unknown_event_is_an_error_not_an_empty_list(self, report: Report) -> None:
        """claims_of('ev-typo') raises as estimates() and view() do, instead of giving []."""
        (event,) = {report.document_event["a1"], report.document_event["a2"]}

        with pytest.raises(UnknownEventError, match="ev-typo"):
            report.claims_of("ev-typo")
        assert len(report.claims_of(event)) >= 2

    def test_many_events_are_counted_in_the_message(self) -> None:
        """With more than five events, the message says how many and shows the first five."""
        docs = [
            cr.Document(f"d{n}", f"Town{n} flood\n\nTwo people died in Town{n}.") for n in "abcdefg"
        ]
        r = cr.reconcile(docs)

        with pytest.raises(UnknownEventError, match=rf"its {len(r.events)} events start \["):
            r.view("nope")

    def test_repr_is_one_line_of_counts(self, report: Report) -> None:
        """repr() says what the report holds in one short line, not every claim."""
        text = repr(report)

        assert text == (
            f"Report(<2 documents>, <{len(report.events)} events>, <{len(report.claims)} claims>, "
            f"<{len(report.findings)} findings>, <0 errors>)"
        )

    def test_summary_names_events_and_verdicts(self, report: Report) -> None:
        """The plain-text summary lists the event and its consistent slots."""
        text = report.summary()

        assert "2 documents" in text
        assert "\n  consistent  killed/people: " in text

    def test_notebook_html_escapes_text_and_shows_verdicts(self) -> None:
        """_repr_html_ is a table; markup inside articles stays inert text."""
        doc = cr.Document("x", "<img src=x onerror=alert(1)> Two people were killed, police said.")
        r = cr.reconcile([doc])

        page = r._repr_html_()

        assert "<table>" in page
        assert "<img" not in page

    def test_frames_have_stable_columns(self, report: Report) -> None:
        """to_frame gives tidy pandas frames with documented column names."""
        pytest.importorskip("pandas")

        claims = report.to_frame("claims")
        findings = report.to_frame("findings")
        events = report.to_frame("events")
        sources = report.to_frame("sources")

        assert list(claims.columns[:5]) == ["id", "document", "event", "type", "measure"]
        assert "verdict" in findings.columns
        assert "killed_best" in events.columns
        assert list(sources.columns) == ["kind", "source", "n_claims"]
        assert len(claims) == len(report.claims)

    def test_frame_kind_must_be_known(self, report: Report) -> None:
        """An unknown frame kind lists the known ones."""
        with pytest.raises(ValueError, match="claims, findings"):
            report.to_frame("people")


def _hand_report(documents, claims, event="ev-1") -> Report:
    """A report of hand-built claims, every claim on one event."""
    from claimrec.model import Event  # noqa: PLC0415
    from claimrec.resolve import resolve  # noqa: PLC0415

    res = resolve(claims, {c.id: event for c in claims}, documents=documents)
    return Report(
        documents=tuple(documents),
        events=(Event(id=event, documents=tuple(d.id for d in documents), location="Harbiye"),),
        claims=res.claims,
        findings=res.findings,
        document_event={d.id: event for d in documents},
        claim_event={c.id: event for c in claims},
        estimates_by_event=res.estimates,
    )


class TestSummary:
    def test_each_verdict_is_printed_once_with_its_slot(self) -> None:
        """'consistent  injured/people: …', never '[consistent] injured/people: consistent —'."""
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        a = count_claim(id="a", document="d1", quantity=7)
        b = count_claim(id="b", document="d2", quantity="several", kind="media", source="CNN")

        text = _hand_report([document(id="d1"), document(id="d2")], [a, b]).summary()

        assert text.count("consistent") == 1
        assert "  consistent  injured/people: " in text

    def test_plurals_follow_the_count(self) -> None:
        """One document, one event, one claim, one finding: all singular."""
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        text = _hand_report([document(id="d1")], [count_claim(id="a")]).summary()

        assert text.splitlines()[0] == "1 document, 1 event, 1 claim, 1 finding (no conflicts)"
        assert "(1 document: d1)" in text

    def test_a_legend_line_explains_the_signs(self) -> None:
        """The line after the headline says what a slot, ∩, + and none_claimed mean."""
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        text = _hand_report([document(id="d1")], [count_claim(id="a")]).summary()

        legend = text.splitlines()[1]
        assert legend.startswith("Legend:")
        assert all(sign in legend for sign in ("slot", "∩", "+", "none_claimed"))

    def test_control_and_escape_characters_in_ids_and_text_are_not_printed_raw(self) -> None:
        """An id that would retitle or clear a terminal is shown as escapes."""
        from claimrec.testing import count_claim  # noqa: PLC0415

        hostile = "d\x1b]0;owned\x07\x1b[2J\u202e"
        doc = cr.Document(hostile, "Seven people were hurt.\x00\x1b[31m")
        claim = count_claim(id=f"{hostile}:c1", document=hostile, sentence="Seven\x1b[2J hurt")

        text = _hand_report([doc], [claim]).summary()

        assert not any(ch in text for ch in "\x1b\x07\x00\u202e")
        assert "\\u001b" in text

    def test_no_conflicts_is_good_news_on_the_page_and_in_the_notebook(self) -> None:
        """A report with no conflict says so in the 'consistent' colour, not '0 conflicting' in red."""
        from claimrec.report.theme import VERDICT_COLOURS  # noqa: PLC0415
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        report = _hand_report([document(id="d1")], [count_claim(id="a")])

        page, notebook = report.to_html(), report._repr_html_()

        assert "<span class='verdict v-consistent'>no conflicts</span>" in page
        assert "0 conflicting" not in page
        assert (
            f"<span style='color:{VERDICT_COLOURS['consistent']}'>no conflicts</span>" in notebook
        )

    def test_a_background_event_is_titled_by_what_its_own_sentences_say(self) -> None:
        """A recalled strike is titled by its claims' kind and place, not the article's."""
        from claimrec.model import Event, EventMention  # noqa: PLC0415
        from claimrec.report.text import event_title  # noqa: PLC0415
        from claimrec.testing import count_claim  # noqa: PLC0415

        mention = EventMention(location="Tower 22, Jordan", kind="drone attack", focus="other")
        claim = count_claim(id="a", measure="killed", quantity=3, mention=mention)
        event = Event(id="bg", documents=(), location="Iraq", kind="rocket attack")
        report = Report(
            documents=(),
            events=(event,),
            claims=(claim,),
            findings=(),
            document_event={},
            claim_event={"a": "bg"},
        )

        assert event_title(report, event) == "drone attack at Tower 22, Jordan, undated"


class TestFrames:
    def test_counts_are_nullable_integers_and_open_ends_are_na(self) -> None:
        """'at least 3' gives low 3 and high <NA> in an Int64 column, never a float NaN."""
        pd = pytest.importorskip("pandas")
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        claim = count_claim(id="a", quantity="at least 3")

        frame = _hand_report([document(id="d1")], [claim]).to_frame("claims")

        assert str(frame["low"].dtype) == "Int64"
        assert frame["low"].iloc[0] == 3
        assert frame["high"].iloc[0] is pd.NA

    def test_dates_are_datetimes(self) -> None:
        """Published dates and event dates are datetime64, NaT when unknown."""
        pytest.importorskip("pandas")
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        report = _hand_report(
            [document(id="d1", published="2024-01-20"), document(id="d2")],
            [count_claim(id="a")],
        )

        docs = report.to_frame("documents")

        assert str(docs["published"].dtype) == "datetime64[ns]"
        assert docs["published"].iloc[0].isoformat().startswith("2024-01-20")
        assert docs["published"].isna().iloc[1]
        assert str(report.to_frame("events")["date"].dtype) == "datetime64[ns]"

    def test_flags_chains_and_origins_are_list_columns(self) -> None:
        """A relay chain is a list outermost first; flags and origins are lists too."""
        pytest.importorskip("pandas")
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        claim = count_claim(
            id="a", kind="anonymous_official", source="an official", chain=("AFP", "an official")
        )

        report = _hand_report([document(id="d1")], [claim])
        claims, findings = report.to_frame("claims"), report.to_frame("findings")

        assert claims["chain"].iloc[0] == ["AFP", "an official"]
        assert isinstance(claims["flags"].iloc[0], list)
        assert findings["origins"].iloc[0] == ["afp:an official"]

    def test_estimates_frame_has_one_row_per_event_and_measure(self) -> None:
        """The estimates frame lists low, best, high and the rule for each measure."""
        pytest.importorskip("pandas")
        from claimrec.testing import count_claim, document  # noqa: PLC0415

        report = _hand_report([document(id="d1")], [count_claim(id="a", quantity=4)])

        frame = report.to_frame("estimates")

        assert list(frame.columns) == ["event", "measure", "low", "best", "high", "rule"]
        injured = frame[frame["measure"] == "injured"].iloc[0]
        assert (injured["low"], injured["best"], injured["high"]) == (4, 4, 4)
        killed = frame[frame["measure"] == "killed"].iloc[0]
        assert killed["rule"].startswith("not reported")


def test_the_terminal_summary_never_prints_escape_sequences_from_file_names(tmp_path) -> None:
    """A file named with ESC and BEL bytes cannot retitle or clear the terminal."""
    import io  # noqa: PLC0415

    from claimrec.cli import main  # noqa: PLC0415

    name = "attack\x1b]0;owned\x07\x1b[2J"
    (tmp_path / f"{name}.txt").write_text(
        "date 2024-03-02\nTwo killed\n\nTwo people were killed in the attack, police said.\n",
        encoding="utf-8",
    )
    out = io.StringIO()

    status = main(["reconcile", str(tmp_path), "--quiet"], stdout=out)

    assert status == 0
    assert "\x1b" not in out.getvalue()
    assert "\x07" not in out.getvalue()
    assert "attack\\u001b]0;owned" in out.getvalue()


@pytest.fixture(scope="module")
def seeds() -> Report:
    from pathlib import Path  # noqa: PLC0415

    return cr.reconcile(Path(__file__).resolve().parents[1] / "seeds")


class TestSeedGold:
    """DESIGN.md's examples on the five seed articles."""

    def test_january_us_injured_two_against_several_conflicts(self, seeds: Report) -> None:
        """'two' (Reuters) and 'several' (US military sources) on 20 January 2024 cannot both hold."""
        event = seeds.document_event["004_611c7b4fa0c00403"]

        finding = next(
            f for f in seeds.findings if (f.event, f.measure, f.group) == (event, "injured", "us")
        )

        assert finding.verdict == "conflicting"

    def test_august_us_injured_seven_several_and_five_plus_two_agree(self, seeds: Report) -> None:
        """'7', 'several' and '5 + 2' about the same attack are consistent, consensus 7."""
        event = seeds.document_event["002_5603626a8185ad3d"]

        finding = next(
            f for f in seeds.findings if (f.event, f.measure, f.group) == (event, "injured", "us")
        )

        assert finding.verdict == "consistent"
        assert str(finding.consensus) == "7"
