"""Tests for claimrec.report.page: the self-contained report page and the notebook event view."""

from __future__ import annotations

import base64
import hashlib
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import claimrec as cr
from claimrec.cli import main
from claimrec.errors import UnknownEventError
from claimrec.report import Report
from claimrec.report.page import claim_anchor, event_anchor, highlight, render_event, render_page
from claimrec.resolve import resolve
from claimrec.testing import count_claim, document, responsibility_claim

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

HOSTILE = (
    "Attack on base leaves soldiers hurt. "
    "Two soldiers <script>alert('x')</script> were wounded, Reuters reported. "
    'Officials said <a href="javascript:alert(2)">several</a> troops '
    '<img src=x onerror="alert(1)"> were hurt.'
)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _sentence(text: str, phrase: str) -> str:
    for sentence in re.split(r"(?<=\.) ", text):
        if phrase in sentence:
            return sentence
    raise AssertionError(phrase)


def _report(text: str = HOSTILE, **doc_changes: object) -> Report:
    """Two conflicting injured claims about one event, made by hand from *text*."""
    doc = document(id="d1", text=text, published="2024-01-21", **doc_changes)
    two = count_claim(
        id="d1:c1",
        document="d1",
        quantity=2,
        group="us.military",
        kind="media",
        source="Reuters",
        span=_span(text, "Two soldiers"),
        sentence=_sentence(text, "Two soldiers"),
    )
    several = count_claim(
        id="d1:c2",
        document="d1",
        quantity="several",
        group="us.military",
        kind="anonymous_official",
        source="x' onmouseover='alert(3)",
        span=_span(text, "several</a> troops"),
        sentence=_sentence(text, "several</a> troops"),
    )
    nobody = responsibility_claim(
        id="d1:c3", document="d1", stance="none_claimed", actor=None, kind="none"
    )
    claims = [two, several, nobody]
    claim_event = {c.id: "ev-1" for c in claims}
    res = resolve(claims, claim_event, documents=[doc])
    return Report(
        documents=(doc,),
        events=(
            cr.Event(
                id="ev-1",
                documents=("d1",),
                location="<b>Base</b>",
                date="2024-01-20",
                kind="missile attack",
            ),
        ),
        claims=res.claims,
        findings=res.findings,
        document_event={"d1": "ev-1"},
        claim_event=claim_event,
        estimates_by_event=res.estimates,
    )


class _Elements(HTMLParser):
    """Collect every start tag with its attributes, and every id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    return parser.tags


class TestRenderPage:
    def test_page_loads_nothing_and_runs_no_script(self) -> None:
        """No script, no external resource, no event handler: only the page's own style."""
        page = render_page(_report())

        tags = _elements(page)

        assert not [
            t
            for t, _ in tags
            if t in {"script", "img", "iframe", "link", "object", "embed", "form", "base", "svg"}
        ]
        assert not [a for _, attrs in tags for a in attrs if a.startswith("on") or a == "src"]
        assert "@import" not in page
        assert "url(" not in page

    def test_csp_forbids_everything_but_the_hashed_inline_style(self) -> None:
        """The CSP meta tag is default-src 'none' and allows exactly the page's style by hash."""
        page = render_page(_report())
        metas = [a for t, a in _elements(page) if t == "meta" and a.get("http-equiv")]
        style = page.split("<style>", 1)[1].split("</style>", 1)[0]
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()

        csp = metas[0]["content"] or ""

        assert metas[0]["http-equiv"] == "Content-Security-Policy"
        assert "default-src 'none'" in csp
        assert f"style-src 'sha256-{digest}'" in csp
        assert "script-src" not in csp
        assert page.count("<style>") == 1

    def test_hostile_article_stays_inert_text(self) -> None:
        """<script>, <img onerror> and javascript: links in an article are shown, escaped."""
        page = render_page(_report(title="<script>alert('t')</script>", outlet='"><svg onload=x>'))

        tags = _elements(page)

        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
        assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
        assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in page
        assert not [a for _, a in tags if any("javascript" in (v or "") for v in a.values())]
        assert "&lt;b&gt;Base&lt;/b&gt;" in page

    def test_quotes_in_sources_cannot_break_out_of_attributes(self) -> None:
        """A source name with quotes and a handler stays text inside its element."""
        page = render_page(_report())

        tags = _elements(page)

        assert "x&#x27; onmouseover=&#x27;alert(3)" in page
        assert not [a for _, a in tags if "onmouseover" in a]

    def test_only_http_urls_become_links(self) -> None:
        """An https article URL is linked with noopener; a javascript: URL is not linked."""
        good = render_page(_report(url="https://news.example/a?b=1&c=2"))
        bad = render_page(_report(url="javascript:alert(1)"))

        links = [a for t, a in _elements(good) if t == "a" and "news.example" in (a["href"] or "")]

        assert links == [
            {"href": "https://news.example/a?b=1&c=2", "rel": "noopener noreferrer nofollow"}
        ] * len(links)
        assert links
        assert "javascript:alert(1)" not in bad

    def test_nul_and_escape_characters_never_reach_the_html(self) -> None:
        """NUL, ESC and other controls in text, title and outlet become U+FFFD on the page."""
        text = HOSTILE + " Trailing\x00 bytes\x1b[2J and \x07 bells."
        page = render_page(_report(text, title="Title\x00\x1b]0;x\x07", outlet="Out\x1blet"))

        assert not any(ch in page for ch in "\x00\x1b\x07")
        assert "\ufffd" in page

    @pytest.mark.parametrize(
        "url",
        [
            "https://news.example/\u202eexe.html",
            "https://news.example/a\u2066b",
            "https://news.example/a\x00b",
            "https://news.example/a\x1bb",
            "https://news.example/a\u200fb",
            "https://news.example/a b",
            "\x01javascript:alert(1)",
        ],
    )
    def test_urls_with_control_or_bidi_characters_are_not_linked(self, url: str) -> None:
        """The URL filter drops control and bidirectional characters instead of linking them."""
        page = render_page(_report(url=url))

        links = [
            a for t, a in _elements(page) if t == "a" and "news.example" in (a.get("href") or "")
        ]

        assert links == []

    def test_claimed_span_is_marked_inside_its_sentence(self) -> None:
        """Each claim card shows its sentence with exactly the claimed words in <mark>."""
        page = render_page(_report())

        marks = re.findall(r"<mark>(.*?)</mark>", page)

        assert "Two soldiers" in marks
        assert "several&lt;/a&gt; troops" in marks

    def test_conflicts_are_shown_side_by_side(self) -> None:
        """A conflicting finding holds both claims in one 'sides' block, each linking its card."""
        page = render_page(_report())

        sides = page.split("<div class='sides'>", 1)[1].split("</div></div>", 1)[0]

        assert "Two soldiers" in sides
        assert "several" in sides
        assert f"href='#{claim_anchor('d1:c1')}'" in sides

    def test_every_internal_link_has_a_target(self) -> None:
        """Keyboard navigation by links works: every #fragment names an element id."""
        page = render_page(cr.reconcile(str(SEEDS)))
        tags = _elements(page)

        ids = {a["id"] for _, a in tags if a.get("id")}
        targets = {
            (a["href"] or "")[1:] for t, a in tags if t == "a" and (a["href"] or "").startswith("#")
        }

        assert targets
        assert targets <= ids

    def test_findings_that_are_not_consistent_open_their_claims(self) -> None:
        """The claims of a conflicting finding are in an open <details>; summaries are focusable."""
        page = render_page(_report())

        conflicting = page.split("class='finding fv-conflicting'", 1)[1].split("</article>", 1)[0]

        assert "<details open>" in conflicting
        assert "summary:focus-visible" in page

    def test_unattributed_claims_are_flagged_and_listed(self) -> None:
        """A claim in the reporter's own voice carries the unattributed flag and is listed."""
        page = render_page(_report())

        section = page.split("id='unattributed'", 1)[1].split("</section>", 1)[0]

        assert "d1:c3" in section
        assert "flag f-unattributed" in page

    def test_page_is_responsive(self) -> None:
        """The viewport meta tag and a narrow-screen media query are present."""
        page = render_page(_report())

        assert "width=device-width" in page
        assert "@media (max-width:40rem)" in page

    def test_on_a_phone_the_events_table_stacks_its_rows_instead_of_scrolling(self) -> None:
        """Below 40rem each row of the events table is a block, each cell labelled."""
        page = render_page(_report())

        narrow = page.split("@media (max-width:40rem)", 1)[1].split("@media print", 1)[0]
        table = page.split("<table class='events'>", 1)[1].split("</table>", 1)[0]

        assert "table.events tr" in narrow
        assert "display:block" in narrow
        assert "content:attr(data-label)" in narrow
        assert "data-label='documents'" in table
        assert "data-label='findings'" in table

    def test_two_events_with_the_same_title_are_told_apart(self) -> None:
        """Two undated shootings in one town get their first report's date and their id."""
        docs = (
            document(id="a", published="2024-05-01", text="A shooting."),
            document(id="b", published="2024-06-09", text="A shooting."),
        )
        events = (
            cr.Event(id="ev-a", documents=("a",), location="Elgin", kind="shooting"),
            cr.Event(id="ev-b", documents=("b",), location="Elgin", kind="shooting"),
            cr.Event(id="ev-c", documents=(), location="Joliet", kind="shooting"),
        )
        report = Report(
            documents=docs,
            events=events,
            claims=(),
            findings=(),
            document_event={"a": "ev-a", "b": "ev-b"},
            claim_event={},
        )

        page = render_page(report)

        assert "shooting at Elgin, undated · first reported 2024-05-01 · ev-a" in page
        assert "shooting at Elgin, undated · first reported 2024-06-09 · ev-b" in page
        assert "shooting at Joliet, undated</a>" in page

    def test_seed_page_shows_every_event(self) -> None:
        """Every event of the seed report has its section in the overview order."""
        report = cr.reconcile(str(SEEDS))

        page = report.to_html()

        for event in report.events:
            assert f"id='{event_anchor(event.id)}'" in page


class TestHighlight:
    def test_span_is_located_through_the_document_text(self) -> None:
        """The span indexes the document; the mark falls on the same words in the sentence."""
        text = "Seven were hurt. Seven more fled."
        c = count_claim(sentence="Seven more fled.", span=(17, 22))

        assert highlight(c, text) == "<mark>Seven</mark> more fled."

    def test_without_the_text_the_phrase_is_found_in_the_sentence(self) -> None:
        """When the sentence is not in the text, the span's words are searched in the sentence."""
        text = "Two died. Three hurt."
        c = count_claim(sentence="Reportedly, Three hurt badly.", span=(10, 15))

        assert highlight(c, text) == "Reportedly, <mark>Three</mark> hurt badly."

    def test_a_span_outside_the_text_shows_the_sentence_unmarked(self) -> None:
        """A span that indexes nothing gives the escaped sentence without a mark."""
        c = count_claim(sentence="<b>7</b> hurt.", span=(100, 104))

        assert highlight(c, "short") == "&lt;b&gt;7&lt;/b&gt; hurt."

    def test_an_empty_sentence_shows_the_span_itself(self) -> None:
        """A claim without a sentence shows the spanned words, marked."""
        claim = attrs.evolve(count_claim(span=(0, 3)), sentence="")

        assert highlight(claim, "Ten <i>") == "<mark>Ten</mark>"


class TestEventView:
    def test_notebook_view_colours_verdicts_and_flags(self) -> None:
        """The conflicting row is red, and unattributed claims are bold purple."""
        report = _report()

        view = report.view("ev-1")._repr_html_()

        assert "color:#b42318" in view
        assert "color:#6941c6;font-weight:700" in view
        assert "&lt;b&gt;Base&lt;/b&gt;" in view

    def test_view_of_an_unknown_event_raises(self) -> None:
        """Asking for an event the report does not have is a KeyError naming it."""
        with pytest.raises(UnknownEventError, match="ev-nope"):
            _report().view("ev-nope")

    def test_render_event_lists_each_claim_of_each_slot(self) -> None:
        """Every claim of every finding of the event appears as a row."""
        report = _report()

        fragment = render_event(report, report.events[0])

        assert fragment.count("<tr>") - 1 == len(report.findings) + sum(
            len(f.claims) for f in report.findings
        )

    def test_report_repr_counts_unattributed_claims_per_event(self) -> None:
        """The report's notebook table has an unattributed column, purple."""
        html = _report()._repr_html_()

        assert "<th>unattributed</th>" in html
        assert "color:#6941c6;font-weight:700'>1</td>" in html


class TestWriteHtml:
    def test_write_html_writes_the_page_as_utf8(self, tmp_path: Path) -> None:
        """write_html saves to_html() byte for byte in UTF-8."""
        report = _report()
        path = tmp_path / "r.html"

        report.write_html(path)

        assert path.read_text(encoding="utf-8") == report.to_html()

    def test_cli_html_option_writes_the_page(self, tmp_path: Path) -> None:
        """`claimrec reconcile PATH --html FILE` writes the page and still prints the summary."""
        out = io.StringIO()
        path = tmp_path / "report.html"

        status = main(["reconcile", str(SEEDS), "--html", str(path), "--quiet"], stdout=out)

        assert status == 0
        assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert "documents" in out.getvalue()

    def test_cli_reports_an_unwritable_html_path(self, tmp_path: Path) -> None:
        """An --html path in a missing folder is a usage error (2), not a traceback."""
        status = main(
            ["reconcile", str(SEEDS), "--html", str(tmp_path / "no" / "r.html"), "--quiet"],
            stdout=io.StringIO(),
        )

        assert status == 2
