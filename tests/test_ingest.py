"""Tests for claimrec.ingest: files, folders, JSON(L) and dicts become documents; bad input loses nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

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

        def refuse(p: Path) -> bytes:
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

    def test_wrong_source_types_are_reported(self):
        """A number where a source belongs is an error, not a crash."""
        corpus = load(42, [{"id": "a", "text": "t"}, 7])  # type: ignore[arg-type]

        assert [d.id for d in corpus] == ["a"]
        assert len(corpus.errors) == 2

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
