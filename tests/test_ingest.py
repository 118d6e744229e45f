"""Tests for claimrec.ingest: files, folders, JSON(L) and dicts become documents; bad input loses nothing."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from pathlib import Path

import pytest

import claimrec as cr
from claimrec import ingest
from claimrec.errors import IngestError, InputNotFoundError, InvalidDocumentError
from claimrec.ingest import Corpus, load
from claimrec.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GVA = ROOT.parent / "shared" / "eval" / "gva" / "docs.jsonl"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


class TestLoadText:
    def test_title_is_the_first_non_empty_line(self, tmp_path):
        """A .txt file's id is its name, its title the first non-empty line, its text kept whole."""
        text = (
            "\n\n  Two killed in market blast  \n\nTwo people were killed on Monday, police said.\n"
        )
        path = write(tmp_path / "kano-01.txt", text)

        [doc] = load(path)

        assert doc.id == "kano-01"
        assert doc.title == "Two killed in market blast"
        assert doc.text == text
        assert doc.published is None
        assert doc.path == str(path)

    def test_a_date_only_header_line_gives_published(self, tmp_path):
        """'Wednesday 22 November 2023 - 09:21' above the title is the publication date."""
        write(
            tmp_path / "a.txt",
            "Wednesday 22 November 2023 - 09:21\n\nSeveral troops injured\n\nBody.",
        )

        [doc] = load(tmp_path / "a.txt")

        assert doc.published == dt.date(2023, 11, 22)
        assert doc.title == "Several troops injured"

    def test_an_iso_date_header_shares_its_line_with_the_title(self, tmp_path):
        """' date 2024-11-11 Rocket Op. Targets Base' gives the date and, after it, the title."""
        write(tmp_path / "b.txt", " date 2024-11-11 Rocket Op. Targets Base\n\nBy Staff\n")

        [doc] = load(tmp_path / "b.txt")

        assert doc.published == dt.date(2024, 11, 11)
        assert doc.title == "Rocket Op. Targets Base"

    def test_a_keyword_header_below_the_title_gives_published(self, tmp_path):
        """'Published: 3 March 2024' under the title is the date; the title stays the first line."""
        write(
            tmp_path / "c.txt", "Blast hits convoy\nPublished: 3 March 2024\n\nThree soldiers died."
        )

        [doc] = load(tmp_path / "c.txt")

        assert (doc.title, doc.published) == ("Blast hits convoy", dt.date(2024, 3, 3))

    def test_a_date_inside_a_sentence_is_not_a_header(self, tmp_path):
        """A first line that is a sentence mentioning a date is the title, not a header."""
        write(tmp_path / "d.txt", "Police said on 3 March 2024 that two men were shot.\nMore text.")

        [doc] = load(tmp_path / "d.txt")

        assert doc.published is None
        assert doc.title.startswith("Police said")

    def test_seed_articles_load_with_their_headers(self):
        """The five seed articles load; 000 and 001 carry their dates, 000 its title after the date."""
        corpus = load(SEEDS)

        assert len(corpus) == 5
        assert corpus.errors == ()
        by_id = {d.id: d for d in corpus}
        first = by_id["000_986270b07cc7a357"]
        assert first.published == dt.date(2024, 11, 11)
        assert first.title.startswith("Rocket Op. Targets")
        assert by_id["001_d1c4c48b730e0a57"].published == dt.date(2023, 11, 22)
        assert by_id["001_d1c4c48b730e0a57"].title.startswith("Several US Occupation Troops")


class TestLoadJson:
    def test_jsonl_fields_and_metadata(self, tmp_path):
        """doc_id, source and unknown fields map to id, outlet and metadata."""
        record = {
            "doc_id": "g1",
            "text": "Two men were shot.",
            "title": "Shooting",
            "published": "2014-01-12",
            "source": "waff.com",
            "url": "http://example.org/a",
            "incident_id": "95550",
        }
        write(tmp_path / "docs.jsonl", jsonl(record))

        [doc] = load(tmp_path / "docs.jsonl")

        assert (doc.id, doc.title, doc.outlet, doc.url) == (
            "g1",
            "Shooting",
            "waff.com",
            "http://example.org/a",
        )
        assert doc.published == dt.date(2014, 1, 12)
        assert doc.metadata == {"incident_id": "95550"}

    def test_id_and_outlet_win_over_their_aliases(self, tmp_path):
        """When both id and doc_id are given, id is the id and doc_id stays in metadata."""
        write(
            tmp_path / "d.jsonl",
            jsonl({"id": "a", "doc_id": "b", "outlet": "AFP", "source": "x", "text": "t"}),
        )

        [doc] = load(tmp_path / "d.jsonl")

        assert (doc.id, doc.outlet) == ("a", "AFP")
        assert doc.metadata == {"doc_id": "b", "source": "x"}

    def test_json_file_with_one_object_or_a_list(self, tmp_path):
        """A .json file holds one document object or a list of them."""
        write(tmp_path / "one.json", json.dumps({"text": "Seven Americans were wounded."}))
        write(
            tmp_path / "many.json", json.dumps([{"id": "x", "text": "a"}, {"id": "y", "text": "b"}])
        )

        corpus = load(tmp_path / "one.json", tmp_path / "many.json")

        assert [d.id for d in corpus] == ["one", "x", "y"]

    def test_a_record_without_id_gets_file_and_line(self, tmp_path):
        """A JSONL record with no id is named after its file and line."""
        write(tmp_path / "feed.jsonl", jsonl({"text": "a"}, {"text": "b"}))

        assert [d.id for d in load(tmp_path / "feed.jsonl")] == ["feed-1", "feed-2"]

    def test_numeric_ids_become_strings(self, tmp_path):
        """An id written as a JSON number is kept as its string."""
        write(tmp_path / "n.jsonl", jsonl({"id": 17, "text": "a"}))

        assert load(tmp_path / "n.jsonl")[0].id == "17"

    @pytest.mark.skipif(
        not GVA.exists(), reason="the shared evaluation data is not next to this checkout"
    )
    def test_the_gva_articles_load_as_they_are(self):
        """The 351 Gun Violence Archive articles load with ids from doc_id and outlets from source."""
        corpus = load(GVA)

        assert len(corpus) == 351
        assert corpus.errors == ()
        assert all(d.outlet for d in corpus)
        assert all(d.published is not None for d in corpus)
        assert corpus[0].id == "a6b02e21adb69502f9c3e3a561ad859d"


class TestLoadSources:
    def test_dicts_documents_and_iterables(self):
        """Dicts, Documents and iterables of them load in the order given."""
        doc = Document("given", "text")

        corpus = load(
            {"id": "a", "text": "x"}, doc, [{"text": "y"}], (d for d in [{"id": "c", "text": "z"}])
        )

        assert [d.id for d in corpus] == ["a", "given", "doc-2", "c"]

    def test_a_folder_is_read_recursively_in_sorted_order(self, tmp_path):
        """Every .txt, .json and .jsonl under a folder loads, sorted; other files are passed over."""
        write(tmp_path / "b.txt", "B\nbody")
        write(tmp_path / "a" / "z.txt", "Z\nbody")
        write(tmp_path / "a" / "y.jsonl", jsonl({"id": "y1", "text": "t"}))
        write(tmp_path / "notes.md", "# not a document")
        write(tmp_path / ".hidden" / "h.txt", "H\nbody")

        corpus = load(tmp_path)

        assert [d.id for d in corpus] == ["y1", "z", "b"]
        assert corpus.errors == ()

    def test_an_explicit_file_with_another_suffix_is_read_as_text(self, tmp_path):
        """A file named on purpose is loaded even without a known suffix."""
        write(tmp_path / "story", "Headline\nBody")

        assert load(tmp_path / "story")[0].title == "Headline"

    def test_ten_thousand_tiny_files_all_load(self, tmp_path, no_hang):
        """A folder of 10,000 tiny files loads every one."""
        for n in range(10_000):
            (tmp_path / f"{n:05d}.txt").write_text(f"Title {n}\nTwo people were hurt.\n")

        with no_hang(120):
            corpus = load(tmp_path)

        assert len(corpus) == 10_000

    def test_text_is_never_followed(self, tmp_path):
        """Paths and URLs inside a document are text, not instructions."""
        write(tmp_path / "other.txt", "Other\nsecret")
        write(
            tmp_path / "x.jsonl",
            jsonl({"id": "x", "text": f"include {tmp_path / 'other.txt'} http://example.org"}),
        )

        corpus = load(tmp_path / "x.jsonl")

        assert [d.id for d in corpus] == ["x"]


def only_error(corpus: Corpus) -> InvalidDocumentError:
    [error] = corpus.errors
    assert isinstance(error, InvalidDocumentError)
    return error


class TestLoadBadInput:
    def test_malformed_json_lines_are_reported_and_the_rest_loads(self, tmp_path):
        """A broken line and a line that is not an object are errors naming file and line."""
        path = write(
            tmp_path / "d.jsonl",
            jsonl({"id": "a", "text": "ok"}, "{not json", "[1, 2]", {"id": "b", "text": "ok"}),
        )

        corpus = load(path)

        assert [d.id for d in corpus] == ["a", "b"]
        assert [(e.path, e.line) for e in corpus.errors] == [(str(path), 2), (str(path), 3)]
        assert "not valid JSON" in str(corpus.errors[0])
        assert "array, not an object" in str(corpus.errors[1])

    @pytest.mark.parametrize("text", [None, "", "   ", 42])
    def test_a_record_without_text_is_skipped_and_named(self, tmp_path, text):
        """A missing, empty or non-string text is an error on field 'text' with its line."""
        record = {"id": "bad"} if text is None else {"id": "bad", "text": text}
        path = write(tmp_path / "d.jsonl", jsonl({"id": "good", "text": "ok"}, record))

        corpus = load(path)

        assert [d.id for d in corpus] == ["good"]
        error = only_error(corpus)
        assert (error.path, error.line, error.field) == (str(path), 2, "text")
        assert "'bad'" in str(error)

    @pytest.mark.parametrize("published", ["not a date", "yesterday", 2014, ["2014"]])
    def test_a_bad_published_keeps_the_document(self, tmp_path, published):
        """A published that is not a date leaves published None and names the field."""
        path = write(tmp_path / "d.jsonl", jsonl({"id": "a", "text": "t", "published": published}))

        corpus = load(path)

        assert corpus[0].published is None
        error = only_error(corpus)
        assert (error.field, error.line) == ("published", 1)

    def test_a_non_string_title_moves_to_metadata(self):
        """A title that is not a string is reported and kept in metadata, the document loads."""
        corpus = load({"id": "a", "text": "t", "title": ["x"]})

        assert corpus[0].title is None
        assert corpus[0].metadata == {"title": ["x"]}
        assert only_error(corpus).field == "title"

    def test_a_duplicate_id_with_the_same_text_is_skipped(self, tmp_path):
        """The same document twice is kept once; the copy is reported."""
        path = write(
            tmp_path / "d.jsonl", jsonl({"id": "a", "text": "t"}, {"id": "a", "text": "t"})
        )

        corpus = load(path)

        assert [d.id for d in corpus] == ["a"]
        assert (only_error(corpus).field, only_error(corpus).line) == ("id", 2)

    def test_a_duplicate_id_with_another_text_is_renamed(self, tmp_path):
        """Two different documents with one id are both kept, the second as id~2."""
        write(tmp_path / "x" / "a.txt", "One\nfirst")
        write(tmp_path / "y" / "a.txt", "Two\nsecond")

        corpus = load(tmp_path)

        assert [d.id for d in corpus] == ["a", "a~2"]
        assert "kept as 'a~2'" in str(only_error(corpus))

    def test_an_empty_file_is_reported(self, tmp_path):
        """An empty or blank file is an error naming it."""
        path = write(tmp_path / "e.txt", "  \n\n")

        corpus = load(path)

        assert len(corpus) == 0
        assert only_error(corpus).path == str(path)
        assert "empty" in str(only_error(corpus))

    def test_a_binary_file_is_reported(self, tmp_path):
        """A file holding NUL bytes is binary: reported, not loaded."""
        path = write(tmp_path / "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

        corpus = load(path)

        assert len(corpus) == 0
        assert "binary" in str(only_error(corpus))

    def test_a_bom_is_removed(self, tmp_path):
        """A UTF-8 byte-order mark is not part of the text or the title."""
        write(tmp_path / "bom.txt", "\ufeffTitle\nBody".encode())

        [doc] = load(tmp_path / "bom.txt")

        assert doc.title == "Title"
        assert doc.text == "Title\nBody"

    def test_utf16_with_a_bom_is_read(self, tmp_path):
        """A UTF-16 file with its byte-order mark is decoded, not taken for binary."""
        write(tmp_path / "u16.txt", "Titre\nCorps".encode("utf-16"))

        [doc] = load(tmp_path / "u16.txt")

        assert doc.title == "Titre"

    def test_cp1252_text_is_kept_with_a_warning(self, tmp_path):
        """Text saved as cp1252 is decoded as cp1252, loaded, and the fallback recorded with its line."""
        path = write(
            tmp_path / "w.txt", "Title\nThe base\u2019s gate \u2013 hit\n".encode("cp1252")
        )

        corpus = load(path)

        assert corpus[0].text == "Title\nThe base\u2019s gate \u2013 hit\n"
        error = only_error(corpus)
        assert (error.path, error.line) == (str(path), 2)
        assert "cp1252" in str(error)

    def test_undecodable_text_is_kept_with_replacement_characters(self, tmp_path):
        """Bytes neither UTF-8 nor cp1252 become U+FFFD; the rest of the text is kept and the problem recorded."""
        path = write(tmp_path / "bad.txt", b"Title\nbefore \x81\x8d after\n")

        corpus = load(path)

        assert corpus[0].text == "Title\nbefore \ufffd\ufffd after\n"
        assert "replacement" in str(only_error(corpus))

    def test_a_missing_path_is_reported_not_raised(self, tmp_path):
        """A path that does not exist is an InputNotFoundError on the errors, not a crash."""
        write(tmp_path / "ok.txt", "Ok\nbody")

        corpus = load(tmp_path / "nope.txt", tmp_path / "ok.txt")

        assert [d.id for d in corpus] == ["ok"]
        [error] = corpus.errors
        assert isinstance(error, InputNotFoundError)
        assert error.filename == str(tmp_path / "nope.txt")

    def test_an_unreadable_file_is_reported(self, tmp_path, monkeypatch):
        """A file the system refuses to read is an InputNotFoundError naming it."""
        path = write(tmp_path / "locked.txt", "Locked\nbody")

        def refuse(p: Path, _limit: int) -> bytes:
            raise PermissionError(13, "Permission denied", str(p))

        monkeypatch.setattr(ingest, "_read_bytes", refuse)

        corpus = load(path)

        [error] = corpus.errors
        assert isinstance(error, InputNotFoundError)
        assert "Permission denied" in str(error)

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
    def test_a_named_pipe_is_not_read(self, tmp_path):
        """A FIFO among the files is reported instead of blocking the load."""
        os.mkfifo(tmp_path / "pipe.txt")
        write(tmp_path / "ok.txt", "Ok\nbody")

        corpus = load(tmp_path)

        assert [d.id for d in corpus] == ["ok"]
        assert "not a regular file" in str(only_error(corpus))

    def test_a_malformed_json_file_names_its_line(self, tmp_path):
        """A .json file that does not parse is an error with the line of the fault."""
        path = write(tmp_path / "x.json", '{\n  "text": "a",\n  oops\n}')

        error = only_error(load(path))

        assert (error.path, error.line) == (str(path), 3)

    def test_deeply_nested_json_is_an_error_not_a_crash(self, tmp_path):
        """A JSON nesting bomb is reported, not a RecursionError."""
        path = write(tmp_path / "deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n")

        corpus = load(path)

        assert len(corpus) == 0
        assert len(corpus.errors) == 1

    @pytest.mark.parametrize(
        ("sources", "says"),
        [
            ((42,), "type int (42)"),
            (
                ([{"id": "a", "text": "t"}, 7],),
                "item 1 of the list: cannot load a value of type int",
            ),
            ((b"x.txt",), "type bytes"),
            ((None,), "type NoneType"),
        ],
    )
    def test_wrong_source_types_raise_a_type_error_naming_the_type(self, sources, says):
        """A number, bytes or None where a source belongs is a TypeError that names its type."""
        with pytest.raises(TypeError, match=re.escape(says)) as info:
            load(*sources)

        assert isinstance(info.value, cr.ClaimrecError)

    def test_strict_raises_with_every_error_after_loading(self, tmp_path):
        """strict=True raises IngestError carrying all errors once everything was read."""
        path = write(tmp_path / "d.jsonl", jsonl({"id": "a", "text": "t"}, "{bad", {"id": "b"}))

        with pytest.raises(IngestError) as info:
            load(path, strict=True)

        assert len(info.value.errors) == 2
        assert "2 problem(s)" in str(info.value)

    def test_strict_is_quiet_on_good_input(self):
        """strict=True returns normally when nothing was wrong."""
        assert len(load({"id": "a", "text": "t"}, strict=True)) == 1


class TestCorpus:
    def test_behaves_as_a_sequence(self):
        """A corpus has a length, iterates, indexes, slices and finds by id."""
        corpus = load({"id": "a", "text": "x"}, {"id": "b", "text": "y"})

        assert len(corpus) == 2
        assert [d.id for d in corpus] == ["a", "b"]
        assert corpus[-1].id == "b"
        assert [d.id for d in corpus[:1]] == ["a"]
        assert corpus.get("b") is corpus[1]
        assert corpus.get("zzz") is None
        assert corpus[0] in corpus
        assert repr(corpus) == "Corpus(<2 documents>, <0 errors>)"


# --------------------------------------------------------------------------- tables and mappings

_ROWS = [
    {
        "doc_id": "r1",
        "title": "Two hurt in Fairhaven",
        "text": "Two people were hurt in Fairhaven on Sunday, police said.",
        "published": "March 12, 2024",
        "source": "fairhaven.example",
        "url": "https://fairhaven.example/a",
        "incident_id": 4,
    },
    {
        "doc_id": "r2",
        "title": "Fairhaven shooting",
        "text": "Police said two people were wounded in Fairhaven on Sunday.",
        "published": "Tue, 12 Mar 2024 18:30:00 +0000",
        "source": "news.example",
        "url": None,
        "incident_id": 4,
    },
    {
        "doc_id": "r3",
        "title": None,
        "text": "A man was killed in Kano on Friday, officials said.",
        "published": "2024-03-08T09:15:00Z",
        "source": "kano.example",
        "url": "https://kano.example/b",
        "incident_id": 9,
    },
]


class TestLoadTables:
    def test_a_dataframe_gives_the_same_documents_as_its_jsonl_file(self, tmp_path):
        """pandas rows are read with the JSONL field names and aliases: same documents."""
        pd = pytest.importorskip("pandas")
        path = write(tmp_path / "feed.jsonl", jsonl(*_ROWS))
        frame = pd.read_json(path, lines=True)

        from_frame, from_file = load(frame), load(path)

        assert [(d.id, d.title, d.published, d.outlet, d.url) for d in from_frame] == [
            (d.id, d.title, d.published, d.outlet, d.url) for d in from_file
        ]
        assert [d.published for d in from_file] == [
            dt.date(2024, 3, 12),
            dt.date(2024, 3, 12),
            dt.date(2024, 3, 8),
        ]
        assert not from_frame.errors

    def test_reconcile_of_a_dataframe_writes_the_json_of_the_path_form(self, tmp_path):
        """cr.reconcile(pd.read_json(path, lines=True), id="doc_id") == cr.reconcile(path)."""
        pd = pytest.importorskip("pandas")
        path = write(tmp_path / "feed.jsonl", jsonl(*_ROWS))

        from_frame = cr.reconcile(pd.read_json(path, lines=True), id="doc_id").to_json()

        assert from_frame == cr.reconcile(path).to_json()

    def test_columns_are_mapped_by_keyword(self):
        """id=, text=, published=, title=, outlet= name the columns each field comes from."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame(
            {
                "key": ["k1"],
                "body": ["One man was hurt."],
                "when": ["2024-05-01"],
                "head": ["Man hurt"],
                "site": ["x.example"],
            }
        )

        [doc] = load(frame, id="key", text="body", published="when", title="head", outlet="site")

        assert (doc.id, doc.text, doc.published, doc.title, doc.outlet) == (
            "k1",
            "One man was hurt.",
            dt.date(2024, 5, 1),
            "Man hurt",
            "x.example",
        )

    def test_a_dataframe_without_the_named_column_is_one_error_naming_it(self):
        """load(frame, text='content') with no such column raises once, listing the columns."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame({"doc": ["a", "b"], "body": ["Two were hurt.", "One died."]})

        with pytest.raises(ValueError, match="text='content'") as caught:
            load(frame, id="doc", text="content")

        assert str(caught.value).endswith("its columns are doc, body")

    def test_a_dataframe_without_text_says_how_to_name_it(self):
        """A frame with no 'text' column and no text= says which keyword names it."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame({"doc": ["a"], "body": ["Two were hurt."]})

        with pytest.raises(
            ValueError, match=r"no 'text' column; its columns are doc, body; .*text="
        ):
            load(frame)

    def test_an_empty_dataframe_is_an_empty_corpus(self):
        """A frame with no rows loads nothing and raises nothing, whatever its columns."""
        pd = pytest.importorskip("pandas")

        corpus = load(pd.DataFrame({"doc": []}))

        assert (len(corpus), corpus.errors) == (0, ())

    def test_a_mapped_column_that_is_missing_is_named(self):
        """text='body' on rows without a body: each row is reported with the column's name."""
        corpus = load([{"id": "a", "text": "x"}], text="body")

        assert len(corpus) == 0
        assert "column 'body'" in str(only_error(corpus))

    def test_missing_dates_of_pandas_are_unknown_not_a_crash(self):
        """NaT, NaN and None as published leave the date unknown; reconcile runs."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame(
            {
                "id": ["a", "b", "c"],
                "text": ["Two were hurt.", "One was killed.", "Three were hurt."],
                "published": pd.to_datetime(["2024-01-02", None, "2024-01-03"]),
            }
        )

        report = cr.reconcile(frame)

        assert [d.published for d in report.documents] == [
            dt.date(2024, 1, 2),
            None,
            dt.date(2024, 1, 3),
        ]
        assert not report.errors

    def test_a_single_dict_and_a_date_alias_are_read(self):
        """reconcile(one_dict) is one document; a 'date' field is its publication date."""
        report = cr.reconcile({"doc_id": "d", "text": "Two were hurt.", "date": "2024-02-03"})

        assert [(d.id, d.published) for d in report.documents] == [("d", dt.date(2024, 2, 3))]

    def test_a_column_mapping_that_is_not_a_name_is_a_type_error(self):
        """load(id=3) is a TypeError naming the keyword."""
        with pytest.raises(TypeError, match=re.escape("load(id=...)")):
            load({"id": "a", "text": "x"}, id=3)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- broken files


class TestLoadBrokenFiles:
    def test_jsonl_records_are_split_on_newline_only(self, tmp_path):
        """U+2028 and U+0085 inside a JSON string do not split the record."""
        text = "Two were hurt\u2028in Fairhaven\u0085on Sunday."
        path = write(
            tmp_path / "d.jsonl", jsonl({"id": "a", "text": text}, {"id": "b", "text": "x"})
        )

        corpus = load(path)

        assert [d.id for d in corpus] == ["a", "b"]
        assert corpus[0].text == text
        assert not corpus.errors

    def test_windows_line_ends_in_jsonl_are_fine(self, tmp_path):
        """CRLF line ends still separate records."""
        path = write(
            tmp_path / "d.jsonl", b'{"id": "a", "text": "x"}\r\n{"id": "b", "text": "y"}\r\n'
        )

        assert [d.id for d in load(path)] == ["a", "b"]

    @pytest.mark.parametrize("codec", ["utf-32", "utf-32-be", "utf-16", "utf-16-be"])
    def test_wide_encodings_with_a_byte_order_mark_are_read(self, tmp_path, codec):
        """UTF-32 and UTF-16 files with a BOM decode to the text, not to NULs."""
        bom = {"utf-32-be": b"\x00\x00\xfe\xff", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
        path = write(tmp_path / "w.txt", bom + "Headline\n\nTwo were hurt.".encode(codec))

        [doc] = load(path)

        assert doc.title == "Headline"
        assert "\x00" not in doc.text

    def test_lone_surrogates_in_json_are_replaced_and_reported(self, tmp_path):
        """A "\\ud800" escape becomes U+FFFD; the error names the field; writers work."""
        path = write(
            tmp_path / "s.jsonl",
            '{"id": "a", "text": "Two \\ud800 were hurt.", "title": "T\\udfff"}\n',
        )

        corpus = load(path)

        assert corpus[0].text == "Two \ufffd were hurt."
        assert corpus[0].title == "T\ufffd"
        error = only_error(corpus)
        assert (error.field, error.line) == ("text", 1)
        cr.reconcile(corpus).to_json().encode("utf-8")

    def test_surrogates_in_given_documents_are_replaced(self):
        """A Document built with a lone surrogate is cleaned and reported, not written raw."""
        corpus = load(Document("a", "Two\udc80 were hurt."))

        assert corpus[0].text == "Two\ufffd were hurt."
        assert only_error(corpus).field == "text"

    def test_a_file_over_the_size_limit_is_skipped_and_the_rest_kept(self, tmp_path):
        """max_bytes: a larger file is named with the limit; the good file beside it loads."""
        write(tmp_path / "big.txt", "Headline\n\n" + "Two were hurt. " * 1000)
        write(tmp_path / "small.txt", "Headline\n\nOne was hurt.")

        corpus = load(tmp_path, max_bytes=2_000)

        assert [d.id for d in corpus] == ["small"]
        assert "larger than the limit of 2,000 bytes" in str(only_error(corpus))

    def test_the_size_limit_must_be_positive(self):
        """max_bytes=0 is a ValueError naming the setting."""
        with pytest.raises(ValueError, match="max_bytes"):
            load(max_bytes=0)

    @pytest.mark.skipif(os.name != "posix", reason="needs bytes file names")
    def test_a_file_name_that_is_not_utf8_is_read_and_named(self, tmp_path):
        """A name with an invalid byte: the document loads; its id and path are printable."""
        raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
        with open(raw, "wb") as f:  # noqa: PTH123 - a bytes path
            f.write(b"Headline\n\nTwo were hurt.")

        corpus = load(tmp_path)

        assert [d.id for d in corpus] == ["caf\ufffd"]
        corpus[0].id.encode("utf-8")
        assert only_error(corpus).field == "id"

    @pytest.mark.skipif(os.name != "posix", reason="symbolic links")
    def test_symbolic_links_out_of_the_folder_are_not_followed(self, tmp_path):
        """A link to a file outside the given folder is skipped and named, unless asked for."""
        outside = write(tmp_path / "outside" / "secret.txt", "Secret\n\nThe secret text.")
        folder = tmp_path / "in"
        write(folder / "good.txt", "Headline\n\nTwo were hurt.")
        (folder / "link.txt").symlink_to(outside)
        (folder / "sub").symlink_to(outside.parent, target_is_directory=True)

        corpus = load(folder)
        followed = load(folder, follow_links=True)

        assert [d.id for d in corpus] == ["good"]
        assert any("outside the given folders" in str(e) for e in corpus.errors)
        assert "secret" in [d.id for d in followed]

    @pytest.mark.skipif(os.name != "posix", reason="symbolic links")
    def test_links_inside_the_given_folders_are_read(self, tmp_path):
        """A link to a file in another given folder is read; a looping link does not hang."""
        write(tmp_path / "a" / "x.txt", "Headline\n\nTwo were hurt.")
        (tmp_path / "b").mkdir()
        (tmp_path / "b" / "y.txt").symlink_to(tmp_path / "a" / "x.txt")
        (tmp_path / "b" / "loop").symlink_to(tmp_path / "b", target_is_directory=True)

        corpus = load(tmp_path / "a", tmp_path / "b")
        followed = load(tmp_path / "a", tmp_path / "b", follow_links=True)

        assert [d.id for d in corpus] == ["x", "y"]
        assert not corpus.errors
        assert [d.id for d in followed] == ["x", "y"]

    def test_documents_with_the_same_id_are_deduplicated_by_reconcile(self):
        """Two Documents with one id: the copy is skipped (or renamed) with an error naming it."""
        same = [Document("a", "Two were hurt."), Document("a", "Two were hurt.")]
        other = [Document("a", "Two were hurt."), Document("a", "Five were hurt.")]

        first, second = cr.reconcile(same), cr.reconcile(other)

        assert [d.id for d in first.documents] == ["a"]
        assert "duplicate document id 'a'" in str(first.errors[0])
        assert [d.id for d in second.documents] == ["a", "a~2"]
        claim_ids = [c.id for c in second.claims]
        assert len(claim_ids) == len(set(claim_ids))

    def test_a_stream_is_read_as_json_lines(self):
        """A binary or text stream (standard input) holds one document a line."""
        stream = io.BytesIO(jsonl({"id": "a", "text": "x"}, {"text": "y"}).encode())
        stream.name = "<stdin>"  # type: ignore[attr-defined]

        corpus = load(stream)

        assert [d.id for d in corpus] == ["a", "stdin-2"]

    def test_numpy_whole_numbers_are_ids(self):
        """An id held as a numpy integer (a table column) becomes its decimal string."""
        np = pytest.importorskip("numpy")

        [doc] = load({"id": np.int64(5), "text": "One was hurt."})

        assert doc.id == "5"


PAGE = """<!DOCTYPE html><html><head><title>Blast at depot hurts four | Daily Wire</title>
<meta property="article:published_time" content="2024-05-08T10:00:00Z">
<meta property="og:site_name" content="Daily Wire"><meta property="og:url" content="https://example.org/a">
<script>var x = "Ten people were killed";</script><style>p { color: red }</style></head>
<body><div class="cookie-banner">We use cookies. <button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><header><h1>Blast at depot hurts four</h1><p class="byline">By A. Writer</p></header>
<figure><img src="x.jpg"><figcaption>Smoke after a blast in 2019 that killed 9.</figcaption></figure>
<p>Four workers were hurt on Tuesday when a fuel tank exploded at a depot in Harbour Town, police said.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/b">Fire kills 6 at warehouse</a></li></ul></aside>
<p>The fire was put out within an hour &amp; the road reopened.</p>
<div class="newsletter">Sign up for our newsletter</div></article></main>
<footer>&copy; 2024 Daily Wire</footer></body></html>"""


class TestHtmlPages:
    """A saved web page is read as its article, without the page around it."""

    def test_the_article_text_title_and_metadata(self, tmp_path):
        doc = load(write(tmp_path / "depot.html", PAGE))[0]
        assert doc.id == "depot"
        assert doc.title == "Blast at depot hurts four"
        assert doc.published == dt.date(2024, 5, 8)
        assert (doc.outlet, doc.url) == ("Daily Wire", "https://example.org/a")
        assert doc.text == (
            "Blast at depot hurts four\n\n"
            "Four workers were hurt on Tuesday when a fuel tank exploded at a depot in "
            "Harbour Town, police said.\n\nThe fire was put out within an hour & the road reopened."
        )

    def test_furniture_of_the_page_gives_no_claims(self, tmp_path):
        doc = load(write(tmp_path / "depot.html", PAGE))[0]
        counts = sorted((c.measure, c.quantity.low) for c in cr.extract_claims(doc))
        assert counts == [("injured", 4), ("injured", 4)]

    def test_a_folder_loads_pages_beside_text_files(self, tmp_path):
        write(tmp_path / "a.html", PAGE)
        write(tmp_path / "b.txt", "Title\n\nFour were hurt.")
        assert [d.id for d in load(tmp_path)] == ["a", "b"]

    def test_linked_data_gives_the_date_and_headline(self, tmp_path):
        page = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Ferry sinks in storm", "datePublished": "2024-02-03T10:00:00Z"}</script>'
            "<script>var headline = 'not this';</script><p>Nine died.</p>"
        )
        doc = load(write(tmp_path / "f.html", page))[0]
        assert (doc.title, doc.published) == ("Ferry sinks in storm", dt.date(2024, 2, 3))
        assert doc.text == "Ferry sinks in storm\n\nNine died."

    def test_a_page_without_article_text_is_an_error(self, tmp_path):
        corpus = load(write(tmp_path / "empty.html", "<html><script>x()</script></html>"))
        assert len(corpus) == 0
        assert "no article text" in str(corpus.errors[0])

    def test_a_claimrec_report_page_is_no_article(self, tmp_path):
        report = cr.reconcile([Document("d", "Four were hurt in a blast on Monday.")])
        corpus = load(write(tmp_path / "report.html", report.to_html()))
        assert len(corpus) == 0
        assert "report page" in str(corpus.errors[0])

    def test_a_bad_date_keeps_the_page(self, tmp_path):
        page = '<meta name="date" content="soon"><p>Four were hurt.</p>'
        corpus = load(write(tmp_path / "p.html", page))
        assert corpus[0].published is None
        assert corpus.errors[0].field == "published"

    def test_malformed_and_deep_pages_finish(self, tmp_path, no_hang):
        deep = "<div>" * 50_000 + "<p>Four were hurt.</p>" + "</span>" * 1000
        unclosed = "<aside><p>Related</p>" + "<p>Nine were hurt.</p>" * 10_000
        with no_hang(60):
            assert "Four were hurt." in load(write(tmp_path / "deep.html", deep))[0].text
            corpus = load(write(tmp_path / "unclosed.html", unclosed))
        assert len(corpus) == 0  # everything sits in an aside that never closes


class TestBanners:
    def test_a_cookie_banner_above_the_headline_is_not_the_title(self, tmp_path):
        text = (
            "We use cookies to improve your visit. Read our cookie policy.\nAccept all\n"
            "Floods cut off mountain villages\ndate 2024-07-02\n\nRain fell for days."
        )
        doc = load(write(tmp_path / "f.txt", text))[0]
        assert (doc.title, doc.published) == (
            "Floods cut off mountain villages",
            dt.date(2024, 7, 2),
        )

    def test_a_headline_about_cookies_is_a_title(self, tmp_path):
        doc = load(write(tmp_path / "f.txt", "Cookie factory fire injures 12\n\nIt burned."))[0]
        assert doc.title == "Cookie factory fire injures 12"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Tue 9 Sep 2025 09.30 BST", dt.date(2025, 9, 9)),
        ("By Jane Doe | May 5, 2025", dt.date(2025, 5, 5)),
        ("Staff writer • Updated 6 May 2025", dt.date(2025, 5, 6)),
        ("Published: 5.05.2025", dt.date(2025, 5, 5)),
    ],
)
def test_a_date_under_the_headline_as_outlets_print_it(tmp_path, header, day):
    doc = load(
        write(tmp_path / "a.txt", f"Dam bursts after days of rain\n{header}\n\nWater rose.")
    )[0]
    assert (doc.title, doc.published) == ("Dam bursts after days of rain", day)


def test_a_bar_without_a_date_gives_none(tmp_path):
    doc = load(
        write(tmp_path / "a.txt", "Dam bursts after days of rain\nNews | World\n\nWater rose.")
    )[0]
    assert doc.published is None
