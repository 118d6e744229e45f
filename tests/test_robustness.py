"""
Reliability: hostile and broken input, invariants over generated documents, determinism.

Every case goes through the Python API and, where a user would meet it there, the CLI.
Nothing here measures speed: the adversarial-text checks only guard against hangs
(catastrophic regex backtracking) with a generous alarm.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec._text import split_sentences
from claimrec.errors import ClaimrecError, InputNotFoundError, InvalidDocumentError
from claimrec.report import Report
from timing import assert_linear_time

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Shooting in Fairhaven\n\nTwo people were killed and three were injured on Sunday, police said.\n"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimrec.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def _ids(report: Report) -> list[str]:
    return sorted(d.id for d in report.documents)


class TestBrokenFiles:
    @pytest.mark.parametrize(
        ("name", "content", "says"),
        [
            ("empty.txt", b"", "empty"),
            ("blank.txt", b"   \n\n \t\n", "empty"),
            ("binary.txt", bytes(range(256)) * 8, "binary"),
        ],
    )
    def test_unusable_file_is_reported_by_name_and_the_rest_processed(
        self, folder: Path, name: str, content: bytes, says: str
    ) -> None:
        """An empty, blank or binary file is named in the errors; the good file is still reconciled."""
        (folder / name).write_bytes(content)

        report = cr.reconcile([folder])
        done = cli("reconcile", str(folder), "--json")

        assert _ids(report) == ["good"]
        assert any(name in str(e) and says in str(e) for e in report.errors)
        assert done.returncode == 1
        assert name in done.stderr
        assert [d["id"] for d in json.loads(done.stdout)["documents"]] == ["good"]

    def test_invalid_utf8_is_decoded_by_the_documented_policy_and_reported(
        self, folder: Path
    ) -> None:
        """A cp1252 file is read as cp1252 (no text lost) and the decision is reported."""
        (folder / "latin.txt").write_bytes(
            "Café shooting\n\nTwo people were killed, police said.\n".encode("cp1252")
        )

        report = cr.reconcile([folder])

        doc = next(d for d in report.documents if d.id == "latin")
        assert "Café" in doc.text
        assert any("latin.txt" in str(e) and "UTF-8" in str(e) for e in report.errors)

    def test_mixed_encodings_in_one_file_never_crash(self, folder: Path) -> None:
        """UTF-8 and Latin-1 bytes in one file still load, with the problem reported."""
        (folder / "mixed.txt").write_bytes(
            "Über ".encode() + "café, two people were killed.".encode("latin-1")
        )

        report = cr.reconcile([folder])

        assert "mixed" in _ids(report)
        assert any("mixed.txt" in str(e) for e in report.errors)

    def test_missing_path_is_an_error_entry_not_a_crash(self, folder: Path) -> None:
        """A path that does not exist is reported with its name; other paths are processed."""
        missing = folder / "nope.jsonl"

        report = cr.reconcile([folder / "good.txt", missing])
        done = cli("reconcile", str(folder / "good.txt"), str(missing))

        assert _ids(report) == ["good"]
        assert any(
            isinstance(e, InputNotFoundError) and "nope.jsonl" in str(e) for e in report.errors
        )
        assert done.returncode == 1
        assert "nope.jsonl" in done.stderr

    def test_unreadable_file_is_reported(
        self, folder: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A file the OS refuses to read is reported by name; the rest is processed."""
        bad = folder / "locked.txt"
        bad.write_text(GOOD, encoding="utf-8")
        real = Path.open

        def refuse(self: Path, *args, **kwargs):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)

        report = cr.reconcile([folder])

        assert _ids(report) == ["good"]
        assert any("locked.txt" in str(e) for e in report.errors)

    @pytest.mark.skipif(
        os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode"
    )
    def test_unreadable_file_through_the_cli(self, folder: Path) -> None:
        """chmod 000 on one file: named on standard error, exit 1."""
        bad = folder / "locked.txt"
        bad.write_text(GOOD, encoding="utf-8")
        bad.chmod(0)

        done = cli("reconcile", str(folder))

        assert done.returncode == 1
        assert "locked.txt" in done.stderr

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
    def test_named_pipe_in_a_folder_is_skipped_not_read(self, folder: Path, no_hang) -> None:
        """A FIFO would block a reader forever: it is reported and skipped."""
        os.mkfifo(folder / "pipe.txt")

        with no_hang(60):
            report = cr.reconcile([folder])

        assert _ids(report) == ["good"]
        assert any("pipe.txt" in str(e) for e in report.errors)


class TestBrokenJsonLines:
    LINES = (
        '{"id": "a", "text": "Three people were hurt in a shooting, police said."}\n'
        "{not json\n"
        "[1, 2, 3]\n"
        '{"id": "b", "title": "no text"}\n'
        '{"id": "c", "text": "Two men were killed.", "published": "last week-ish"}\n'
        '{"id": "a", "text": "A different article that reuses an id."}\n'
        '{"id": "d", "text": "One person was wounded, police said."}\n'
    )

    def test_each_bad_line_is_named_with_file_line_and_field(self, tmp_path: Path) -> None:
        """Malformed JSON, a non-object, a missing text, a bad date and a duplicate id are each reported."""
        src = tmp_path / "feed.jsonl"
        src.write_text(self.LINES, encoding="utf-8")

        report = cr.reconcile([src])
        problems = [e for e in report.errors if isinstance(e, InvalidDocumentError)]

        by_line = {e.line: e for e in problems}
        assert {2, 3, 4, 5, 6} <= set(by_line)
        assert by_line[4].field == "text"
        assert by_line[5].field == "published"
        assert all(e.path is not None and "feed.jsonl" in e.path for e in problems)

    def test_good_lines_around_bad_ones_are_all_processed(self, tmp_path: Path) -> None:
        """The documents of good lines, the dateless one included, all reach the report."""
        src = tmp_path / "feed.jsonl"
        src.write_text(self.LINES, encoding="utf-8")

        report = cr.reconcile([src])
        done = cli("reconcile", str(src), "--json")

        assert {"a", "c", "d"} <= set(_ids(report))
        assert next(d for d in report.documents if d.id == "c").published is None
        assert done.returncode == 1
        assert "line 2" in done.stderr
        assert {"a", "c", "d"} <= {d["id"] for d in json.loads(done.stdout)["documents"]}

    def test_strict_loading_raises_one_error_carrying_every_problem(self, tmp_path: Path) -> None:
        """load(strict=True) raises IngestError with all problems listed."""
        src = tmp_path / "feed.jsonl"
        src.write_text(self.LINES, encoding="utf-8")

        with pytest.raises(cr.ClaimrecError) as info:
            cr.load(src, strict=True)

        assert len(info.value.errors) >= 5  # type: ignore[attr-defined]


class TestLargeInput:
    def test_five_megabyte_article_is_processed(self, no_hang) -> None:
        """A 5 MB article of varied news prose is extracted without hanging."""
        rnd = random.Random(7)  # noqa: S311 - reproducible test text, not secrets
        sentences = [
            f"{rnd.choice(['Two', 'Seven', 'At least 12', 'Several', 'Dozens of'])} people were "
            f"{rnd.choice(['killed', 'injured', 'wounded', 'hurt'])} in {rnd.choice(['Fairhaven', 'Mosul', 'Kano'])} "
            f"on {rnd.choice(['Monday', 'Friday', 'Jan. 7'])}, {rnd.choice(['police said', 'a U.S. official said', 'according to Reuters'])}. "
            for _ in range(60_000)
        ]
        text = "".join(sentences)[:5_000_000]

        with no_hang(300):
            claims = cr.extract_claims(cr.Document("big", text))

        assert claims
        assert all(0 <= c.span[0] <= c.span[1] <= len(text) for c in claims)

    @pytest.mark.parametrize(
        "text",
        [
            "1" * 100_000,
            "," * 100_000,
            " " * 100_000,
            '"' * 100_000,
            "1," * 50_000,
            "1, " * 33_000,
            "at least " * 11_000,
            "killed " * 14_000,
            "said " * 20_000,
            "U.S. " * 20_000,
            "A " * 50_000,
            "(" * 50_000 + ")" * 50_000,
            "“" * 50_000 + "”" * 50_000,
            "-" * 100_000,
            "a" * 100_000,
            "Seven Americans were wounded, " * 3_400,
            "a triple shooting " * 5_500,
            "the death toll rose to 5, " * 3_800,
            "a man and a woman and " * 4_500,
        ],
        ids=lambda t: repr(t[:12]),
    )
    def test_adversarial_single_line_finishes(self, text: str, no_hang) -> None:
        """A 100,000-character line built to trigger backtracking still finishes."""
        with no_hang(120):
            claims = cr.extract_claims(cr.Document("x", text))
            for chunk in (text[:2000], text[-2000:]):
                with contextlib.suppress(ClaimrecError):
                    cr.Quantity.parse(chunk)

        assert all(0 <= c.span[0] <= c.span[1] <= len(text) for c in claims)

    def test_folder_of_ten_thousand_tiny_files_loads_every_one(self, tmp_path: Path) -> None:
        """10,000 small .txt files all become documents."""
        for i in range(10_000):
            (tmp_path / f"n{i:05d}.txt").write_text(
                f"Item {i}\n\nOne person was hurt.\n", encoding="utf-8"
            )

        corpus = cr.load(tmp_path)

        assert len(corpus) == 10_000
        assert not corpus.errors


class TestNothingActs:
    HOSTILE = (
        "<script>alert('x')</script> Breaking\n\n"
        "Two people were killed <img src=x onerror=alert(1)> in a shooting, police said. "
        '<a href="javascript:alert(2)">more</a> {{7*7}} ${jndi:ldap://example.invalid/a} '
        "__import__('os').system('touch /tmp/claimrec-pwned') file:///etc/passwd"
    )

    def test_hostile_article_is_inert_in_json_text_and_html(self, tmp_path: Path) -> None:
        """Markup, template and code strings stay text: nothing runs, nothing is read or fetched."""
        src = tmp_path / "evil.txt"
        src.write_text(self.HOSTILE, encoding="utf-8")

        report = cr.reconcile([src])
        data = json.loads(report.to_json())
        page = report._repr_html_()

        assert not Path("/tmp/claimrec-pwned").exists()  # noqa: S108 - the file the payload would write
        assert data["documents"][0]["text"] == self.HOSTILE
        assert "<script>" not in page
        assert "<img" not in page
        assert 'href="javascript:' not in page

    def test_graph_exports_escape_article_text(self, tmp_path: Path) -> None:
        """GraphML is written by a real XML writer: hostile text round-trips as text."""
        import networkx as nx  # noqa: PLC0415

        from claimrec.graph import to_graphml  # noqa: PLC0415

        report = cr.reconcile([cr.Document("evil", self.HOSTILE)])
        target = tmp_path / "g.graphml"

        to_graphml(report.graph, target)
        again = nx.read_graphml(target)

        assert again.number_of_nodes() == report.graph.number_of_nodes()

    def test_no_pickle_or_eval_in_the_library(self) -> None:
        """The source never unpickles, evals or execs anything."""
        banned = ("pickle", "eval(", "exec(", "marshal", "shelve", "yaml.load(")
        offenders = [
            f"{p.name}: {word}"
            for p in (ROOT / "src" / "claimrec").rglob("*.py")
            for word in banned
            if word in p.read_text(encoding="utf-8").replace("literal_eval(", "")
        ]

        assert offenders == []


class TestTypedErrors:
    @given(st.text(max_size=200))
    @settings(max_examples=150, deadline=None)
    def test_quantity_parse_raises_only_claimrec_errors(self, text: str) -> None:
        """Any string either parses or raises a ClaimrecError (a ValueError too)."""
        try:
            q = cr.Quantity.parse(text)
        except ClaimrecError as exc:
            q, error = None, exc
        else:
            error = None
        if q is None:
            assert isinstance(error, ValueError | LookupError)
        else:
            assert q.high is None or q.high >= q.low

    @pytest.mark.parametrize(
        "build",
        [
            lambda: cr.Document(5, "text"),
            lambda: cr.Document("", "text"),
            lambda: cr.Document("x", None),
            lambda: cr.Quantity(-1, 3),
            lambda: cr.Quantity(5, 3),
            lambda: cr.Quantity("5"),
            lambda: cr.Attribution("rumour"),
            lambda: cr.Attribution("none", chain=5),
            lambda: cr.EventMention(date="yesterday-ish"),
            lambda: cr.testing.count_claim(measure="vibes"),
            lambda: cr.testing.count_claim(group="Not A Key"),
            lambda: cr.Settings(policy="median"),
            lambda: cr.load({"id": "x"}, strict=True),
            lambda: cr.reconcile([cr.Document("a", "x")]).estimates("missing"),
            lambda: cr.Report.from_json("not json"),
            lambda: cr.Report.from_json("[]"),
        ],
    )
    def test_every_public_error_is_a_claimrec_error_and_a_builtin(self, build) -> None:
        """Wrong values raise ClaimrecError subclasses that are also ValueError, TypeError or LookupError."""
        with pytest.raises(ClaimrecError) as info:
            build()

        assert isinstance(info.value, ValueError | TypeError | LookupError | OSError)


# --------------------------------------------------------------------------- properties

_SUBJECTS = [
    "people",
    "Americans",
    "police officers",
    "civilians",
    "soldiers",
    "children",
    "rockets",
]
_VERBS = ["killed", "injured", "wounded", "hurt", "fired", "evacuated"]
_SOURCES = [
    "police said",
    "a U.S. official said",
    "according to Reuters",
    "officials said",
    "witnesses said",
    "",
]
_NUMBERS = [
    "two",
    "seven",
    "at least 10",
    "several",
    "17 to 40",
    "dozens of",
    "about 66",
    "no",
    "a dozen",
    "3",
]


@st.composite
def articles(draw: st.DrawFn) -> cr.Document:
    """A generated news-like document: a title and sentences of counts with sources."""
    n = draw(st.integers(1, 6))
    sentences = []
    for _ in range(n):
        num = draw(st.sampled_from(_NUMBERS))
        subj = draw(st.sampled_from(_SUBJECTS))
        verb = draw(st.sampled_from(_VERBS))
        src = draw(st.sampled_from(_SOURCES))
        place = draw(st.sampled_from(["Fairhaven", "Ain al-Asad air base", "Kano", "Mosul"]))
        day = draw(st.sampled_from(["Monday", "on Jan. 7", "Saturday night", ""]))
        tail = f", {src}" if src else ""
        sentences.append(f"{num.capitalize()} {subj} were {verb} in {place} {day}{tail}.")
    junk = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
    doc_id = draw(st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True))
    published = draw(
        st.one_of(
            st.none(),
            st.dates(
                min_value=__import__("datetime").date(2014, 1, 1),
                max_value=__import__("datetime").date(2024, 12, 31),
            ),
        )
    )
    title = f"Attack in {draw(st.sampled_from(['Fairhaven', 'Iraq', 'Kano']))}"
    text = f"{title}\n\n" + " ".join(sentences) + f"\n\n{junk}\n"
    return cr.Document(doc_id, text, title=title, published=published)


corpora = st.lists(articles(), min_size=1, max_size=5, unique_by=lambda d: d.id)
_PROPS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPS
@given(corpora)
def test_no_claim_is_lost_between_stages(docs: list[cr.Document]) -> None:
    """Every extracted claim appears exactly once in the report and in its JSON."""
    extracted = cr.extract_all(docs)

    report = cr.reconcile(docs)
    data = json.loads(report.to_json())

    ids = [c["id"] for c in data["claims"]]
    assert sorted(ids) == sorted(c.id for c in extracted)
    assert len(ids) == len(set(ids))
    for finding in data["findings"]:
        assert set(finding["claims"]) <= set(ids)


@_PROPS
@given(corpora, st.randoms(use_true_random=False))
def test_input_order_changes_nothing_in_the_json(
    docs: list[cr.Document], rnd: random.Random
) -> None:
    """Shuffled documents give the same events, findings and JSON bytes."""
    shuffled = docs[:]
    rnd.shuffle(shuffled)

    assert cr.reconcile(docs).to_json() == cr.reconcile(shuffled).to_json()


@_PROPS
@given(corpora)
def test_running_twice_gives_identical_bytes_and_json_round_trips(docs: list[cr.Document]) -> None:
    """Two runs agree byte for byte; to_json -> from_json gives an equal report."""
    first = cr.reconcile(docs)
    second = cr.reconcile(docs)

    assert first.to_json() == second.to_json()
    assert Report.from_json(first.to_json()) == first


@_PROPS
@given(corpora)
def test_spans_lie_inside_their_document_and_sentence(docs: list[cr.Document]) -> None:
    """A claim's span is inside its document, and its sentence contains the spanned text."""
    texts = {d.id: d.text for d in docs}

    for claim in cr.extract_all(docs):
        start, end = claim.span
        assert 0 <= start <= end <= len(texts[claim.document])
        assert texts[claim.document][start:end] in claim.sentence


# --------------------------------------------------------------------------- fuzz (opt-in)

_FUZZ_EXAMPLES = int(os.environ.get("CLAIMREC_FUZZ_EXAMPLES", "2000"))
_news_alphabet = st.sampled_from(
    [
        *"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:'\"“”‘’-–—()[]\n$%/",
        "killed",
        " said",
        " at least ",
        " and ",
        "U.S.",
        " were ",
        " injured",
        "Monday",
        " according to ",
        "several",
        " to ",
        "between ",
    ]
)


@pytest.mark.fuzz
@settings(max_examples=_FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_news_alphabet, max_size=120).map("".join))
def test_fuzz_extractor_never_raises_and_keeps_spans_valid(text: str) -> None:
    """Random news-like strings: extraction returns valid claims and never raises."""
    doc = cr.Document("f", text)

    claims = cr.extract_claims(doc)

    for c in claims:
        assert 0 <= c.span[0] <= c.span[1] <= len(text)
        assert text[c.span[0] : c.span[1]] in c.sentence


@pytest.mark.fuzz
@settings(max_examples=_FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.text(max_size=80), st.lists(_news_alphabet, max_size=20).map("".join)))
def test_fuzz_quantity_parser_only_raises_claimrec_errors(text: str) -> None:
    """Random strings: Quantity.parse returns a valid interval or a ClaimrecError."""
    try:
        q = cr.Quantity.parse(text)
    except ClaimrecError:
        return
    assert q.low >= 0
    assert q.high is None or q.high >= q.low
    assert str(q)


@pytest.mark.fuzz
@settings(
    max_examples=max(_FUZZ_EXAMPLES // 20, 20),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["id", "doc_id", "text", "title", "published", "source", "url", "x"]),
            st.one_of(
                st.none(), st.text(max_size=30), st.integers(), st.lists(st.integers(), max_size=2)
            ),
        ),
        max_size=6,
    )
)
def test_fuzz_loading_dicts_never_raises(records: list[dict]) -> None:
    """Arbitrary dicts: load() reports problems on the corpus and never raises."""
    corpus = cr.load(*records) if records else cr.load()

    assert len(corpus) + len(corpus.errors) >= 0


# --------------------------------------------------------------------------- hangs: time linear in length

#: Pieces of the patterns' alphabet: runs of them are what backtracking and re-reading loops choke on.
_PATTERN_PIECES = (
    " ",
    "  ",
    "\u00a0",
    "A",
    "Abc ",
    "ABC",
    "1",
    "1,",
    "12, ",
    ".",
    "A. ",
    "killed ",
    "said ",
    "claimed responsibility, ",
    "by ",
    "date ",
    "at least ",
    "on Monday ",
    "\n",
)


def _repeat_to(unit: str, n: int) -> str:
    """*unit* repeated to about *n* characters."""
    return (unit * (n // max(len(unit), 1) + 1))[:n]


def _load_text(tmp: Path) -> Callable[[str], object]:
    """Write the text to a .txt file and load it (the header reading runs on every call)."""

    def run(text: str) -> object:
        path = tmp / "page.txt"
        path.write_text(text, encoding="utf-8")
        return cr.load(path)

    return run


def _split(text: str) -> object:
    return split_sentences(text)


def _extract(text: str) -> object:
    return cr.extract_claims(cr.Document("t", text))


class TestLinearTime:
    @pytest.mark.parametrize(
        "build",
        [
            lambda n: "date" + " " * n + "x\nTwo people were hurt.\n",
            lambda n: "Published:" + " " * n + "2024-01-02 title\nTwo were hurt.\n",
            lambda n: "A. " * (n // 3) + "base",
            lambda n: "Title\n" + "x\n" * (n // 2),
        ],
        ids=["date-spaces", "keyword-spaces", "initials", "many-lines"],
    )
    def test_loading_a_text_file_is_linear(self, build, tmp_path: Path) -> None:
        """A header line of 20,000 spaces, or thousands of lines, loads in time linear in size."""
        assert_linear_time(_load_text(tmp_path), build, ms_per_kb=5)

    @pytest.mark.parametrize(
        "build",
        [
            lambda n: "A. " * (n // 3) + "in the base.",
            lambda n: "by " + "A" * n,
            lambda n: "\n".join(["by " + "A" * 70 + "!"] * (n // 75)),
            lambda n: "Nav\n" * (n // 4),
            lambda n: _repeat_to("Police said two were killed. Others said five were hurt. ", n),
        ],
        ids=["initials", "byline-capitals", "byline-lines", "furniture-lines", "truncated-page"],
    )
    def test_sentence_splitting_is_linear(self, build) -> None:
        """Runs of 'A.', a byline of capitals and thousands of furniture lines split in linear time."""
        assert_linear_time(_split, build, ms_per_kb=5)

    def test_a_truncated_page_is_not_one_giant_title(self) -> None:
        """A page with no title line and no final punctuation is read as body sentences."""
        text = _repeat_to("Police said two were killed. A spokesman said five were hurt. ", 20_000)

        sentences = split_sentences(text)
        claims = cr.extract_claims(cr.Document("t", text))

        assert len(sentences) > 100
        assert {s.kind for s in sentences} == {"body"}
        assert {c.attribution.source for c in claims} >= {"Police", "A spokesman"}

    def test_a_long_first_line_is_not_the_title_of_a_text_file(self, tmp_path: Path) -> None:
        """A .txt that is one long line has no title; a short first line still is the title."""
        (tmp_path / "long.txt").write_text("Two were hurt, police said " * 40, encoding="utf-8")
        (tmp_path / "short.txt").write_text(
            "Shooting in Fairhaven\n\nTwo were hurt.", encoding="utf-8"
        )

        corpus = cr.load(tmp_path)

        assert corpus.get("long").title is None  # type: ignore[union-attr]
        assert corpus.get("short").title == "Shooting in Fairhaven"  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        "build",
        [
            lambda n: "A. " * (n // 3) + "base",
            lambda n: "1 and " * (n // 6),
            lambda n: "  ".join(["Abc"] * (n // 5)) + ", who claimed responsibility",
            lambda n: _repeat_to("Police said two were killed. Others said five were hurt. ", n),
        ],
        ids=["initials", "one-and", "double-spaced-capitals", "truncated-page"],
    )
    def test_extraction_is_linear(self, build) -> None:
        """Adversarial runs through the whole extractor stay within a per-kilobyte budget."""
        assert_linear_time(_extract, build, ms_per_kb=15)

    @pytest.mark.fuzz  # still quadratic in extraction (owned by the extract/attrib helpers)
    @pytest.mark.parametrize(
        ("build", "ms_per_kb"),
        [
            (lambda n: "seven" + " " * n + "people were killed.", 15),
            # 16,000 figures in 32 kB, each read as a quantity (45-70 µs a figure, more in a
            # test process whose large heap the collector walks): linear (the share check)
            # but over 15 ms a kilobyte on this machine, 0.86-1.17 s on main's code too
            (lambda n: "attack " + "1," * (n // 2), 40),
            (lambda n: "on Monday 2 were killed," * (n // 24), 15),
            (lambda n: "Hamas claimed responsibility," * (n // 29), 15),
        ],
        ids=["count-spaces", "attack-digits-commas", "monday-killed", "claimed-responsibility"],
    )
    def test_extraction_is_linear_on_known_slow_cases(self, build, ms_per_kb: float) -> None:
        """The issue's remaining extraction cases: opt-in until the extractor is linear on them."""
        assert_linear_time(_extract, build, ms_per_kb=ms_per_kb)


@st.composite
def _adversarial(draw: st.DrawFn) -> str:
    """A unit of one to four pattern pieces, each repeated, as adversarial text is built."""
    pieces = draw(st.lists(st.sampled_from(_PATTERN_PIECES), min_size=1, max_size=4))
    counts = draw(st.lists(st.integers(1, 6), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p * k for p, k in zip(pieces, counts, strict=True))


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(_adversarial())
def test_fuzz_splitting_and_loading_take_linear_time(unit: str) -> None:
    """Adversarial repeats of pattern pieces: sentence splitting and loading stay in budget."""
    with tempfile.TemporaryDirectory() as tmp:
        load = _load_text(Path(tmp))

        assert_linear_time(
            lambda t: (_split(t), load(t)), lambda n: _repeat_to(unit, n), ms_per_kb=8
        )


@pytest.mark.fuzz
@settings(
    max_examples=_FUZZ_EXAMPLES // 100, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(_adversarial())
def test_fuzz_extraction_takes_linear_time(unit: str) -> None:
    """Adversarial repeats of pattern pieces through claimrec.extract stay in budget."""
    assert_linear_time(_extract, lambda n: _repeat_to(unit, n), ms_per_kb=15)


# --------------------------------------------------------------------------- crashes and silent loss, round two


class TestBrokenInputThroughTheCommand:
    def test_lone_surrogates_in_json_text_never_break_the_writers(self, tmp_path: Path) -> None:
        """A "\\ud800" escape: --json, --out and --html are written whole; the field is named."""
        src = tmp_path / "s.jsonl"
        src.write_text(
            '{"id": "a", "title": "Fairhaven \\ud800", "text": "Two people were hurt \\udfff in Fairhaven, police said."}\n',
            encoding="utf-8",
        )
        out, page = tmp_path / "r.json", tmp_path / "r.html"

        done = cli("reconcile", str(src), "--json", "--out", str(out), "--html", str(page))

        assert done.returncode == 1
        assert "lone surrogates" in done.stderr
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["documents"][0]["title"] == "Fairhaven \ufffd"
        assert page.stat().st_size > 1000

    @pytest.mark.skipif(os.name != "posix", reason="bytes file names")
    def test_a_file_name_that_is_not_utf8_is_processed(self, folder: Path) -> None:
        """A name with the byte 0xE9: its document is reported by a printable name and kept."""
        with open(os.fsencode(folder) + b"/r\xe9sum\xe9.txt", "wb") as f:  # noqa: PTH123
            f.write(GOOD.encode())

        done = cli("reconcile", str(folder), "--json")

        assert done.returncode == 1
        assert "not valid UTF-8" in done.stderr
        assert sorted(d["id"] for d in json.loads(done.stdout)["documents"]) == [
            "good",
            "r\ufffdsum\ufffd",
        ]

    def test_a_file_over_the_limit_is_named_and_the_good_ones_kept(self, folder: Path) -> None:
        """--max-bytes: the big file is skipped with the limit named; the report holds the rest."""
        (folder / "huge.txt").write_text(
            "Headline\n\n" + "Two were hurt. " * 2000, encoding="utf-8"
        )

        done = cli("reconcile", str(folder), "--json", "--max-bytes", "10000")

        assert done.returncode == 1
        assert "larger than the limit of 10,000 bytes" in done.stderr
        assert [d["id"] for d in json.loads(done.stdout)["documents"]] == ["good"]

    @pytest.mark.skipif(os.name != "posix", reason="symbolic links")
    def test_a_link_to_a_system_file_is_not_read(self, folder: Path, tmp_path_factory) -> None:
        """A link out of the folder to another file: skipped and named; --follow-links reads it."""
        secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
        secret.write_text("Secret\n\nThe secret password is swordfish.", encoding="utf-8")
        (folder / "leak.txt").symlink_to(secret)

        done = cli("reconcile", str(folder), "--json")
        followed = cli("reconcile", str(folder), "--json", "--follow-links")

        assert done.returncode == 1
        assert "swordfish" not in done.stdout
        assert "outside the given folders" in done.stderr
        assert "leak" in [d["id"] for d in json.loads(followed.stdout)["documents"]]

    def test_escape_sequences_in_messages_do_not_reach_the_terminal(self, tmp_path: Path) -> None:
        """An id with ESC and BEL in an error message is printed escaped."""
        src = tmp_path / "e.jsonl"
        src.write_text('{"id": "x\\u001b]0;pwned\\u0007"}\n', encoding="utf-8")

        done = cli("reconcile", str(src))

        assert "\x1b" not in done.stderr
        assert "\x07" not in done.stderr
        assert "\\x1b]0;pwned" in done.stderr


def test_worker_processes_started_by_spawn_give_the_same_bytes(tmp_path: Path) -> None:
    """n_process=2 under the spawn start method: the same JSON as one process."""
    script = tmp_path / "spawned.py"
    script.write_text(
        "import multiprocessing, sys\n"
        "import claimrec as cr\n"
        "if __name__ == '__main__':\n"
        "    multiprocessing.set_start_method('spawn')\n"
        "    one = cr.reconcile(sys.argv[1]).to_json()\n"
        "    two = cr.reconcile(sys.argv[1], n_process=2).to_json()\n"
        "    print(one == two, len(cr.reconcile(sys.argv[1]).claims) > 0)\n",
        encoding="utf-8",
    )

    done = subprocess.run(
        [sys.executable, str(script), str(ROOT / "seeds")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_a_process_count_that_is_not_a_whole_positive_number_is_named(bad: object) -> None:
    """n_process=0, -1, 1.5, '2', True: a typed error naming n_process."""
    with pytest.raises(ClaimrecError, match="n_process"):
        cr.reconcile([], n_process=bad)  # type: ignore[arg-type]


class TestLongRuns:
    def test_progress_true_draws_a_bar_and_false_draws_none(self, capsys) -> None:
        """progress=True shows extraction and matching bars on standard error; False nothing."""
        pytest.importorskip("tqdm")
        docs = [cr.Document(f"d{i}", GOOD) for i in range(3)]

        cr.reconcile(docs, progress=False)
        silent = capsys.readouterr().err
        cr.reconcile(docs, progress=True)
        shown = capsys.readouterr().err

        assert silent == ""
        assert "extract" in shown
        assert "/3 " in shown  # the bar counts documents
        assert "match" in shown  # and one counts the candidate pairs matching scores

    def test_stage_lines_go_to_the_claimrec_logger(self, caplog) -> None:
        """Each stage is one INFO record on logging.getLogger('claimrec'); no bar off a terminal."""
        with caplog.at_level("INFO", logger="claimrec"):
            cr.reconcile([cr.Document("d", GOOD)])

        messages = [r.getMessage() for r in caplog.records if r.name == "claimrec"]
        assert messages[0].startswith("loaded 1 documents")
        assert any(m.startswith("extracted") for m in messages)

    def test_a_stage_callback_still_gets_every_line(self) -> None:
        """progress=callable receives the stage lines, as before."""
        lines: list[str] = []

        cr.reconcile([cr.Document("d", GOOD)], progress=lines.append)

        assert [line.split()[0] for line in lines] == ["loaded", "extracted", "matched", "resolved"]

    def test_the_bar_is_automatic_on_a_terminal_or_in_a_notebook(self, monkeypatch) -> None:
        """progress=None: a bar on a terminal or in a Jupyter kernel; none in a pipe."""
        pytest.importorskip("tqdm")
        from claimrec._run import wants_bar  # noqa: PLC0415 - the private helper under test

        class Tty(io.StringIO):
            def isatty(self) -> bool:
                return True

        class ZMQInteractiveShell:  # what get_ipython() returns in a Jupyter kernel
            pass

        monkeypatch.setattr(sys, "stderr", io.StringIO())
        in_a_pipe = wants_bar(None)
        monkeypatch.setattr(sys, "stderr", Tty())
        on_a_terminal = wants_bar(None)
        monkeypatch.setattr(sys, "stderr", io.StringIO())
        fake = types.ModuleType("IPython")
        fake.get_ipython = ZMQInteractiveShell  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "IPython", fake)
        in_a_notebook = wants_bar(None)

        assert (in_a_pipe, on_a_terminal, in_a_notebook) == (False, True, True)
        assert wants_bar(False) is False
