"""
Stage 1: read files, folders, JSON(L) and dicts into ``Document`` objects.

``load(*sources)`` takes any mix of

* a path (``str`` or ``pathlib.Path``) to a ``.txt`` or ``.html`` file, a ``.json`` file holding
  one document object or a list of them, a ``.jsonl`` file with one document a
  line, or a folder, read recursively in sorted order (other file types in a
  folder are not documents and are passed over; hidden files and folders too);
* a ``dict``, a ``Document``, a pandas ``DataFrame`` (one document a row), a
  readable stream such as standard input (JSON Lines), or an iterable of these.

**Text files.** The document id is the file name without its extension. The first
non-empty line is the title (cookie and navigation banners above it, such as "We use
cookies ..." or "Accept all", are passed over). A header line among the first lines gives
``published``: a line made only of a date (``Wednesday 22 November 2023 -
09:21``), or a line that starts with a date keyword or an ISO date (``date
2024-11-11 Rocket Op. Targets ...``); when such a line carries more words after an
ISO date, they are the title. The text is kept exactly as decoded, header
included, so claim spans index into it.

**Web pages.** A ``.html`` or ``.htm`` file is a saved article page: its text is the
``<article>`` (else ``<main>``, else the body) without scripts, styles, navigation,
header and footer bars, asides, figures and captions, forms, and boxes whose class or
id names them (cookie banners, newsletter sign-ups, share bars, related links, adverts),
one paragraph a block; the ``<h1>`` (else ``og:title``, else ``<title>`` without its
" | Site" tail) is the title and the first line of the text; ``published``, ``outlet``
and ``url`` come from the page's ``<meta>`` tags (``article:published_time``,
``og:site_name``, ``og:url``), a ``<time datetime>`` or the canonical link. Claim spans
index into that text.

**JSON, dicts and DataFrame rows.** Fields ``id`` (or ``doc_id``), ``text``, and
optional ``title``, ``published`` (or ``date``), ``outlet`` (or ``source``), ``url``;
every other field is kept in ``Document.metadata``. ``load(df, id="key", text="body")``
names the columns explicitly. A record without an id gets ``<file stem>-<line>``.
JSON Lines end a record at a line feed only: U+2028 and U+0085 are valid inside strings.

**Bad input loses nothing.** Problems never stop the load: each becomes an
``InvalidDocumentError`` (naming the file, the 1-based line and the field) or an
``InputNotFoundError`` on ``Corpus.errors``, and every good document is still
loaded. With ``strict=True`` an ``IngestError`` carrying all of them is raised
after everything was read. The policies:

* decoding: UTF-8 (a byte-order mark is removed; UTF-32 and UTF-16 with a
  byte-order mark are read too). Text that is not valid UTF-8 is read as cp1252
  (Windows Western European, what most mis-saved news text is); if that fails too,
  as UTF-8 with U+FFFD replacement characters. Either way the document is kept and an error
  records which fallback was used, so nothing is dropped silently;
* a file with NUL bytes is binary and is skipped with an error; so are empty
  files, records without a non-empty ``text``, malformed JSON lines and lines
  that are not objects;
* a ``published`` value that is not a date: the document is kept with
  ``published`` None, and the error names the field;
* a duplicate id: a record with the same id and the same text as an earlier one
  is the same document and is skipped; with a different text it is kept under
  the id ``<id>~2`` (``~3``, ...). Both cases are recorded;
* a missing path, or a file that cannot be read: ``InputNotFoundError``;
* a file larger than ``max_bytes`` (``MAX_BYTES``, 1 GiB, by default): skipped with
  an error before it is read;
* a lone surrogate (from a JSON escape such as backslash-ud800): replaced with U+FFFD, with an
  error naming the field, so every writer can encode the text; a file name that is
  not valid UTF-8 gives a printable id and path the same way;
* a symbolic link in a folder that leads outside the given folders: skipped with an
  error unless ``follow_links=True``; links to folders are not descended (with
  ``follow_links=True`` each real folder is read once);
* a source of a type ``load`` cannot read: ``InvalidTypeError``, raised at once.

Nothing in a document is ever followed: no includes, no URLs fetched, no code run.
"""

from __future__ import annotations

import codecs
import errno
import json
import numbers
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, overload

import attrs
from attrs import field, frozen

from claimrec import _checks
from claimrec._dates import parse_date
from claimrec._html import read_html
from claimrec._text import is_banner
from claimrec.errors import (
    IngestError,
    InputNotFoundError,
    InvalidDocumentError,
    InvalidTypeError,
    InvalidValueError,
)
from claimrec.model import Document

__all__ = ["MAX_BYTES", "Corpus", "LoadError", "Source", "load"]

#: A problem met while loading.
LoadError = InvalidDocumentError | InputNotFoundError
#: What ``load`` accepts.
Source = str | os.PathLike[str] | Mapping[str, Any] | Document | Iterable[Any]

_SUFFIXES: Final = frozenset({".txt", ".json", ".jsonl", ".html", ".htm"})
_HTML: Final = frozenset({".html", ".htm"})
#: What the footer of a page ``Report.to_html()`` writes says: such a page is no article.
_REPORT_PAGE: Final = "Made by claimrec. This page loads nothing"
#: The document fields a record or DataFrame row gives, and the names each is read from.
_FIELDS: Final = ("id", "text", "title", "published", "outlet", "url")
_ALIASES: Final = {
    "id": ("id", "doc_id"),
    "published": ("published", "date"),
    "outlet": ("outlet", "source"),
}
#: The largest file ``load`` reads by default (1 GiB); ``load(max_bytes=...)`` changes it.
MAX_BYTES: Final = 1 << 30
#: Byte-order marks of the wide encodings, UTF-32 before UTF-16 (whose BOM starts UTF-32-LE's).
_WIDE_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: A lone surrogate: from a ``"\\ud800"`` JSON escape, or an undecodable file name byte.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
#: How many non-empty lines at the top of a text file may hold the date header.
_HEADER_LINES: Final = 4
#: A longer line is never a date header (a header is a date and a short title).
_HEADER_MAX: Final = 400
#: The first line is the title only up to this length (``_text`` caps it the same way).
_TITLE_MAX: Final = 250
_ISO_HEADER: Final = re.compile(
    r"\s*(?:(?:date|dated|published|posted|updated)\b\s*:?\s*)?"
    r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s*(.*)",
    re.IGNORECASE,
)
_KEYWORD_HEADER: Final = re.compile(
    r"\s*(?:date|dated|published|posted|updated|last updated)\s*:?\s+(.+)", re.IGNORECASE
)
#: A time written with a dot ("09.30"), as some outlets print it under the headline.
_DOTTED_TIME: Final = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")
#: What separates the parts of a byline bar: "By Jane Doe | 5 May 2025 • 10:32".
_BAR: Final = re.compile(r"\s[|•·]\s")
_DATE_WORDS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec at on am pm a m p gmt utc est
    edt cst cdt pst pdt bst cet cest the of st nd rd th
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
_WORD: Final = re.compile(r"[^\W\d_]+")


@frozen
class Corpus(Sequence[Document]):
    """
    The documents one ``load`` call read, and every problem it met.

    It behaves as a sequence of ``Document`` (``len``, iteration, indexing,
    slicing); ``get(id)`` finds a document by id.

    >>> corpus = load({"id": "a", "text": "Seven Americans were wounded."}, {"id": "b"})
    >>> len(corpus), corpus[0].id, [e.field for e in corpus.errors]
    (1, 'a', ['text'])
    """

    documents: tuple[Document, ...] = field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Document)
    )
    errors: tuple[LoadError, ...] = field(
        default=(),
        converter=_checks.to_tuple,
        eq=False,
        validator=_checks.tuple_of((InvalidDocumentError, InputNotFoundError)),
    )

    def __repr__(self) -> str:
        return f"Corpus(<{len(self.documents)} documents>, <{len(self.errors)} errors>)"

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Document, ...]: ...

    def __getitem__(self, index: int | slice) -> Document | tuple[Document, ...]:
        return self.documents[index]

    def get(self, doc_id: str) -> Document | None:
        """
        The document with id *doc_id*, or None.

        >>> load({"id": "a", "text": "x"}).get("a").id
        'a'
        """
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        return None


# --------------------------------------------------------------------------- the loader


class _Loader:
    """Collects documents and errors across every source of one ``load`` call."""

    def __init__(
        self,
        *,
        columns: Mapping[str, str] | None = None,
        max_bytes: int = MAX_BYTES,
        follow_links: bool = False,
    ) -> None:
        self.documents: list[Document] = []
        self.errors: list[LoadError] = []
        self.by_id: dict[str, Document] = {}
        self.dict_count = 0
        self.columns = dict(columns or {})
        self.max_bytes = max_bytes
        self.follow_links = follow_links
        self.roots: list[Path] = []

    def error(
        self,
        msg: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.errors.append(InvalidDocumentError(msg, path=path, line=line, field=field))

    def missing(self, msg: str, path: str, code: int | None = None) -> None:
        # OSError's own fields: errno, strerror (our message) and filename (the path)
        self.errors.append(InputNotFoundError(code or errno.ENOENT, msg, path))

    # -- keeping documents -----------------------------------------------------

    def add(self, doc: Document, *, where: str, line: int | None) -> None:
        first = self.by_id.get(doc.id)
        if first is None:
            self.by_id[doc.id] = doc
            self.documents.append(doc)
            return
        if first.text == doc.text:
            self.error(
                f"duplicate document id {doc.id!r} with the same text as {first.path or 'an earlier input'!s}; "
                "skipped the copy",
                path=doc.path,
                line=line,
                field="id",
            )
            return
        n = 2
        while f"{doc.id}~{n}" in self.by_id:
            n += 1
        new_id = f"{doc.id}~{n}"
        renamed = attrs.evolve(doc, id=new_id)
        self.by_id[new_id] = renamed
        self.documents.append(renamed)
        self.error(
            f"duplicate document id {doc.id!r} in {where} with a different text; kept as {new_id!r}",
            path=doc.path,
            line=line,
            field="id",
        )

    def given_document(self, doc: Document) -> None:
        """A ``Document`` passed in: its strings must be writable (no lone surrogates)."""
        changes: dict[str, str] = {}
        for name in ("id", "text", "title", "outlet", "url"):
            value = getattr(doc, name)
            if isinstance(value, str) and _SURROGATE.search(value):
                changes[name] = _SURROGATE.sub("\ufffd", value)
        if changes:
            self.error(
                f"document {changes.get('id', doc.id)!r} holds lone surrogates (not Unicode "
                f"characters) in {', '.join(changes)}; replaced them with U+FFFD",
                path=doc.path,
                field=next(iter(changes)),
            )
            doc = attrs.evolve(doc, **changes)
        self.add(doc, where="the given documents", line=None)

    # -- sources -------------------------------------------------------------------

    def source(self, source: object, *, position: str = "") -> None:
        if isinstance(source, Document):
            self.given_document(source)
        elif isinstance(source, str | os.PathLike):
            self.path(Path(source))
        elif isinstance(source, Mapping):
            self.dict_count += 1
            self.record(source, path=None, line=None, default_id=f"doc-{self.dict_count}")
        elif _is_frame(source):
            self.frame(source)
        elif hasattr(source, "read"):
            self.stream(source)
        elif isinstance(source, Iterable) and not isinstance(source, bytes | bytearray):
            for index, item in enumerate(source):
                self.source(item, position=f"item {index} of the {type(source).__name__}: ")
        else:
            msg = (
                f"{position}cannot load a value of type {type(source).__name__} ({_short(source)!r}); give paths, "
                "dicts, Documents, a pandas DataFrame or an iterable of these"
            )
            raise InvalidTypeError(msg)

    def frame(self, frame: Any) -> None:  # noqa: ANN401 - a pandas DataFrame, duck-typed
        """Every row of a DataFrame, read as a JSONL record would be."""
        if len(frame):
            self._check_columns([str(c) for c in frame.columns])
        for index, row in enumerate(frame.to_dict("records"), start=1):
            self.dict_count += 1
            self.record(
                row,
                path=None,
                line=None,
                default_id=f"doc-{self.dict_count}",
                where=f"row {index} of the DataFrame",
            )

    def _check_columns(self, columns: list[str]) -> None:
        """
        Raise ``InvalidValueError`` when a DataFrame lacks a column the caller named, or text.

        Every row would be skipped for it: one error naming the column and the frame's
        columns says more than one error a row.
        """
        shown = ", ".join(columns[:12]) + (", ..." if len(columns) > 12 else "")
        for name, column in self.columns.items():
            if column not in columns:
                msg = f"load({name}={column!r}): the DataFrame has no such column; its columns are {shown}"
                raise InvalidValueError(msg)
        if "text" not in self.columns and "text" not in columns:
            msg = f"the DataFrame has no 'text' column; its columns are {shown}; name the one holding the articles with text='...'"
            raise InvalidValueError(msg)

    def stream(self, stream: Any) -> None:  # noqa: ANN401 - any readable file object
        """A binary or text stream such as standard input, read as JSON Lines."""
        name = getattr(stream, "name", None)
        where = name if isinstance(name, str) else "<stream>"
        stem = Path(where.strip("<>")).stem or "stream"
        try:
            data = stream.read(self.max_bytes + 1)
        except OSError as exc:
            self.missing(f"cannot read {where}: {exc.strerror or exc}", where, exc.errno)
            return
        if len(data) > self.max_bytes:
            self.error(
                f"{where} holds more than the limit of {self.max_bytes:,} bytes; read none of it "
                "(raise the limit with load(max_bytes=...) or --max-bytes)",
                path=where,
            )
            return
        text = self.decode(data, where) if isinstance(data, bytes) else str(data)
        if text is None:
            return
        if not text.strip():
            self.error(f"{where} is empty", path=where)
            return
        self.jsonl(text, where, stem)

    def path(self, path: Path) -> None:
        shown = _shown(path)
        try:
            info = path.stat()
        except FileNotFoundError:
            self.missing(f"no such file or folder {shown!r}; check the path", shown)
            return
        except OSError as exc:
            self.missing(f"cannot read {shown!r}: {exc.strerror or exc}", shown, exc.errno)
            return
        if stat.S_ISDIR(info.st_mode):
            for file in self.walk(path):
                self.file(file)
        else:
            self.file(path, explicit=True)

    def file(self, path: Path, *, explicit: bool = False) -> None:
        where = _shown(path)
        suffix = path.suffix.lower()
        if not explicit and suffix not in _SUFFIXES:
            return
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                self.error(f"{where!r} is not a regular file; skipped", path=where)
                return
            data = None if info.st_size > self.max_bytes else _read_bytes(path, self.max_bytes)
        except FileNotFoundError:
            self.missing(f"no such file {where!r}; it vanished while loading", where)
            return
        except OSError as exc:
            self.missing(f"cannot read {where!r}: {exc.strerror or exc}", where, exc.errno)
            return
        if data is None:
            self.error(
                f"{where!r} is larger than the limit of {self.max_bytes:,} bytes; skipped it "
                "(split it, or raise the limit with load(max_bytes=...) or --max-bytes)",
                path=where,
            )
            return
        if where != str(path):
            self.error(
                f"the file name {where!r} is not valid UTF-8; its document id uses U+FFFD "
                "in place of the bad bytes",
                path=where,
                field="id",
            )
        text = self.decode(data, where)
        if text is None:
            return
        if not text.strip():
            self.error(f"{where!r} is empty", path=where)
        elif suffix == ".jsonl":
            self.jsonl(text, where, _shown(path.stem))
        elif suffix == ".json":
            self.json(text, path)
        elif suffix in _HTML:
            self.html_file(text, path)
        else:
            self.text_file(text, path)

    def walk(self, folder: Path) -> list[Path]:
        """Every document file under *folder*, sorted by relative path (see ``_walk_folder``)."""
        found, problems = _walk_folder(folder, self.roots, follow_links=self.follow_links)
        for msg, where in problems:
            self.error(msg, path=where)
        return found

    def decode(self, data: bytes, where: str) -> str | None:
        for bom, codec in _WIDE_BOMS:  # UTF-32 first: its little-endian BOM starts like UTF-16's
            if data.startswith(bom):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    break
        if b"\x00" in data:
            self.error(f"{where!r} is a binary file (it holds NUL bytes), not text", path=where)
            return None
        data = data.removeprefix(codecs.BOM_UTF8)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            bad = exc.start
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            self.error(
                f"{where!r} is neither UTF-8 nor cp1252 (first bad byte at offset {bad}); "
                "read as UTF-8 with replacement characters",
                path=where,
                line=line,
            )
            return data.decode("utf-8", errors="replace")
        self.error(
            f"{where!r} is not UTF-8 (first bad byte at offset {bad}); read it as cp1252; "
            "re-save the file as UTF-8 to silence this",
            path=where,
            line=line,
        )
        return text

    # -- formats -------------------------------------------------------------------

    def text_file(self, text: str, path: Path) -> None:
        title, published = _text_header(text)
        self.build(
            {"id": _shown(path.stem), "text": text, "title": title},
            published=published,
            path=_shown(path),
            line=None,
            metadata={},
        )

    def html_file(self, page: str, path: Path) -> None:
        where = _shown(path)
        if _REPORT_PAGE in page:
            self.error(f"{where!r} is a claimrec report page, not an article; skipped", path=where)
            return
        read = read_html(page)
        if not read.text.strip():
            self.error(f"{where!r} is a web page with no article text", path=where)
            return
        published = parse_date(read.published) if read.published else None
        if read.published and published is None:
            self.error(
                f"the page {where!r} gives the date {_short(read.published)!r}, which is not a "
                "date; kept the document with published None",
                path=where,
                field="published",
            )
        self.build(
            {
                "id": _shown(path.stem),
                "text": read.text,
                "title": read.title,
                "outlet": read.outlet,
                "url": read.url,
            },
            published=published,
            path=where,
            line=None,
            metadata={},
        )

    def jsonl(self, text: str, where: str, stem: str) -> None:
        # JSON Lines ends a record at "\n" only: U+2028, U+0085 and other breaks that
        # str.splitlines() honours are valid inside a JSON string
        for number, raw in enumerate(text.split("\n"), start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
            except (ValueError, RecursionError) as exc:
                self.error(
                    f"line {number} of {where!r} is not valid JSON: {exc}", path=where, line=number
                )
                continue
            if not isinstance(value, dict):
                self.error(
                    f"line {number} of {where!r} is a JSON {_json_kind(value)}, not an object",
                    path=where,
                    line=number,
                )
                continue
            self.record(value, path=where, line=number, default_id=f"{stem}-{number}")

    def json(self, text: str, path: Path) -> None:
        where = _shown(path)
        stem = _shown(path.stem)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            self.error(f"{where!r} is not valid JSON: {exc}", path=where, line=exc.lineno)
            return
        except (ValueError, RecursionError) as exc:
            self.error(f"{where!r} is not valid JSON: {exc}", path=where)
            return
        if isinstance(value, dict):
            self.record(value, path=where, line=None, default_id=stem)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    self.record(item, path=where, line=None, default_id=f"{stem}-{index + 1}")
                else:
                    self.error(
                        f"item {index} of {where!r} is a JSON {_json_kind(item)}, not an object",
                        path=where,
                    )
        else:
            self.error(
                f"{where!r} holds a JSON {_json_kind(value)}; expected an object or a list of objects",
                path=where,
            )

    def take(self, fields: dict[str, Any], name: str) -> Any:  # noqa: ANN401 - any JSON value
        """Pop the value of document field *name*: its mapped column, else its first alias set."""
        if name in self.columns:
            return fields.pop(self.columns[name], None)
        aliases = _ALIASES.get(name, (name,))
        for alias in aliases:
            if alias in fields and not _blank(fields[alias]):
                return fields.pop(alias)
        for alias in aliases:
            if alias in fields:
                return fields.pop(alias)
        return None

    def record(
        self,
        record: Mapping[str, Any],
        *,
        path: str | None,
        line: int | None,
        default_id: str,
        where: str | None = None,
    ) -> None:
        """Turn one JSON object or dict into a document, recording what is wrong with it."""
        where = where or (
            f"line {line} of {path!r}" if line else (repr(path) if path else "a given dict")
        )
        fields = dict(record)
        raw: dict[str, Any] = {name: self.take(fields, name) for name in _FIELDS}
        self.scrub(raw, where, path, line)
        doc_id = raw["id"]
        if _blank(doc_id):
            doc_id = default_id
        if isinstance(doc_id, numbers.Integral) and not isinstance(doc_id, bool):
            doc_id = str(int(doc_id))  # also numpy's integers, as table columns hold them
        if not isinstance(doc_id, str) or not doc_id.strip():
            self.error(
                f"the id of the record in {where} must be a non-empty string or a whole number; "
                f"got {_short(doc_id)!r}; used {default_id!r}",
                path=path,
                line=line,
                field="id",
            )
            doc_id = default_id
        raw["id"] = doc_id
        text = raw["text"]
        if not isinstance(text, str) or not text.strip():
            problem = (
                "is missing"
                if _blank(text)
                else f"must be a non-empty string; got {_short(text)!r}"
            )
            column = f" (column {self.columns['text']!r})" if "text" in self.columns else ""
            self.error(
                f"the text of document {doc_id!r} in {where}{column} {problem}; skipped it",
                path=path,
                line=line,
                field="text",
            )
            return
        published = self.published(raw["published"], doc_id, where, path, line)
        self.build(raw, published=published, path=path, line=line, metadata=fields)

    def scrub(self, raw: dict[str, Any], where: str, path: str | None, line: int | None) -> None:
        """Replace lone surrogates (from JSON escapes such as backslash-ud800) in the document's strings."""
        bad = [k for k, v in raw.items() if isinstance(v, str) and _SURROGATE.search(v)]
        for name in bad:
            raw[name] = _SURROGATE.sub("\ufffd", raw[name])
        if bad:
            self.error(
                f"the record in {where} holds lone surrogates (escapes such as \\ud800 that are "
                f"not Unicode characters) in {', '.join(bad)}; replaced them with U+FFFD",
                path=path,
                line=line,
                field=bad[0],
            )

    def published(
        self, value: object, doc_id: str, where: str, path: str | None, line: int | None
    ) -> object:
        if _blank(value):
            return None  # None, "", NaN or pandas NaT: the date is unknown
        if isinstance(value, str):
            day = parse_date(value)
            if day is not None:
                return day
        elif type(value).__name__ == "datetime64":  # numpy, as pandas columns hold dates
            day = parse_date(str(value))
            if day is not None:
                return day
        else:
            try:
                return Document("x", "", published=value).published
            except InvalidValueError:
                pass
        self.error(
            f"the published date of document {doc_id!r} in {where} is not a date: {_short(value)!r}; "
            "kept the document with published None",
            path=path,
            line=line,
            field="published",
        )
        return None

    def build(
        self,
        raw: Mapping[str, Any],
        *,
        published: object,
        path: str | None,
        line: int | None,
        metadata: Mapping[str, Any],
    ) -> None:
        values: dict[str, Any] = {}
        for name in ("title", "outlet", "url"):
            value = raw.get(name)
            if _blank(value):
                value = None
            if value is not None and not isinstance(value, str):
                self.error(
                    f"the {name} of document {raw['id']!r} must be a string; got {_short(value)!r}; "
                    "kept it in metadata",
                    path=path,
                    line=line,
                    field=name,
                )
                metadata = {**metadata, name: value}
                value = None
            values[name] = value.strip() or None if isinstance(value, str) else None
        try:
            doc = Document(
                raw["id"],
                raw["text"],
                published=published,
                path=path,
                metadata=metadata,
                **values,
            )
        except InvalidValueError as exc:
            self.error(str(exc), path=path, line=line, field="id")
            return
        self.add(doc, where=repr(path) if path else "the given dicts", line=line)


# --------------------------------------------------------------------------- helpers


def _read_bytes(path: Path, limit: int) -> bytes | None:
    """The bytes of *path*, or None when it holds more than *limit* (it may grow while read)."""
    with path.open("rb") as f:
        data = f.read(limit + 1)
    return None if len(data) > limit else data


def _shown(path: Path | str) -> str:
    """*path* as text that can be printed and written: undecodable bytes become U+FFFD."""
    text = str(path)
    if not _SURROGATE.search(text):
        return text
    return os.fsencode(text).decode("utf-8", errors="replace")


def _blank(value: object) -> bool:
    """None, an empty string, or a missing value of pandas or numpy (NaN, NaT, NA)."""
    if value is None or (isinstance(value, str) and not value):
        return True
    if isinstance(value, str | int | Mapping | list | tuple):
        return False
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves  # noqa: PLR0124
    except (TypeError, ValueError):  # pandas NA refuses bool(); arrays are ambiguous
        return type(value).__name__ in {"NAType", "NaTType"}


def _is_frame(value: object) -> bool:
    """Whether *value* is a pandas DataFrame (duck-typed: pandas is an optional extra)."""
    return all(hasattr(value, name) for name in ("to_dict", "columns", "iloc"))


def _link_message(path: Path, real: Path) -> str:
    """The error for a link out of the given folders."""
    return (
        f"{_shown(path)!r} is a symbolic link to {_shown(real)!r}, outside the given folders; "
        "skipped it (load(follow_links=True) or --follow-links reads it)"
    )


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def _walk_folder(
    folder: Path, roots: Sequence[Path], *, follow_links: bool
) -> tuple[list[Path], list[tuple[str, str]]]:
    """
    Every document file under *folder*, sorted by relative path, and the links not followed.

    Hidden entries are skipped. A symbolic link is read only when its target lies
    inside one of *roots* (the folders given to ``load``), unless *follow_links*;
    links to folders are followed only with *follow_links*, each real folder once.
    """
    found: list[tuple[tuple[str, ...], Path]] = []
    problems: list[tuple[str, str]] = []
    seen = {folder.resolve()}
    stack: list[tuple[Path, tuple[str, ...]]] = [(folder, ())]
    while stack:
        base, rel = stack.pop()
        try:
            entries = sorted(os.scandir(base), key=lambda e: e.name)
        except OSError as exc:
            problems.append(
                (f"cannot read the folder {_shown(base)!r}: {exc.strerror}", _shown(base))
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = base / entry.name
            try:
                is_dir = entry.is_dir()
                real = path.resolve() if entry.is_symlink() else None
            except (OSError, RuntimeError):  # a link loop
                problems.append(
                    (f"{_shown(path)!r} is a broken or looping link; skipped", _shown(path))
                )
                continue
            if real is not None and not follow_links:  # a symbolic link
                if not _inside(real, roots):
                    problems.append(
                        (
                            _link_message(path, real),
                            _shown(path),
                        )
                    )
                    continue
                if is_dir:
                    continue  # its files are read through the real folder, inside the roots
            if is_dir:
                key = real or path.resolve()
                if key not in seen:
                    seen.add(key)
                    stack.append((path, (*rel, entry.name)))
            elif Path(entry.name).suffix.lower() in _SUFFIXES:
                found.append(((*rel, entry.name), path))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found], problems


def _text_header(text: str) -> tuple[str | None, object]:
    """The title and publication date of a text file, read from its first lines."""
    lines = [line for line in _first_lines(text, _HEADER_LINES + 2) if not is_banner(line)]
    lines = lines[:_HEADER_LINES]
    title: str | None = None
    published = None
    for line in lines:
        if published is None:
            found = _header_date_or_part(line)
            if found is not None:
                published, rest = found
                if rest and title is None:
                    title = rest
                continue
        if title is None:
            title = line
        if title is not None and published is not None:
            break
    if title is None:
        title = next(iter(lines), None)
    if title is not None and len(title) > _TITLE_MAX:
        title = None  # one long line is a text without a title, not a headline
    return title, published


def _first_lines(text: str, limit: int) -> list[str]:
    found: list[str] = []
    start = 0
    while len(found) < limit and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            found.append(line)
        start = end + 1
    return found


def _header_date(line: str) -> tuple[object, str] | None:
    """(date, the rest of the line) when *line* is a date header, else None."""
    if len(line) > _HEADER_MAX:
        return None
    # one space between words: the header patterns' optional spaces then cannot
    # share out a long run of blanks in many ways (quadratic on "date" + 20,000 spaces)
    line = " ".join(line.split())
    iso = _ISO_HEADER.fullmatch(line)
    if iso:
        day = parse_date(iso.group(1))
        if day is not None:
            return day, iso.group(2).strip()
    keyword = _KEYWORD_HEADER.fullmatch(line)
    if keyword:
        day = parse_date(keyword.group(1))
        if day is not None:
            return day, ""
    if len(line) <= 80 and all(w.lower() in _DATE_WORDS for w in _WORD.findall(line)):
        day = parse_date(_DOTTED_TIME.sub(r"\1:\2", line))  # "Tue 9 Sep 2025 09.30 BST"
        if day is not None:
            return day, ""
    return None


def _header_date_or_part(line: str) -> tuple[object, str] | None:
    """``_header_date``, or a date header among the parts of a byline bar ("By X | 5 May 2025")."""
    found = _header_date(line)
    if found is not None or len(line) > _HEADER_MAX:
        return found
    parts = _BAR.split(line)
    for part in parts if len(parts) > 1 else ():
        day = _header_date(part)
        if day is not None:
            return day[0], ""
    return None


def _json_kind(value: object) -> str:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


def _short(value: object) -> object:
    """A value cut short enough to show in a message."""
    text = repr(value)
    return value if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------- public


def load(
    *sources: Source,
    strict: bool = False,
    max_bytes: int = MAX_BYTES,
    follow_links: bool = False,
    id: str | None = None,  # noqa: A002 - the field it maps is called id
    text: str | None = None,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Corpus:
    """
    Read documents from paths, folders, JSON(L) files, dicts, DataFrames and Documents.

    Dicts, JSON records and DataFrame rows are read alike: fields ``id`` (or
    ``doc_id``), ``text``, ``title``, ``published`` (or ``date``), ``outlet`` (or
    ``source``), ``url``; every other field goes to ``Document.metadata``. The
    keywords *id* ... *url* name the column each field is read from instead.
    ``published`` may be a date, a datetime, a pandas Timestamp or text such as
    "March 12, 2024", an RFC 822 or an ISO date; missing values (None, NaN, NaT)
    leave it unknown.

    Args:
        *sources: Paths (``.txt``, ``.json``, ``.jsonl`` or a folder of these),
            dicts, ``Document`` objects, pandas DataFrames, or iterables of these.
        strict: Raise ``IngestError`` when anything was wrong, after loading all.
        max_bytes: Files larger than this are skipped with an error (default 1 GiB).
        follow_links: Read symbolic links inside a folder that point outside the
            given folders (by default they are skipped with an error).
        id: The column holding the document id.
        text: The column holding the text.
        title: The column holding the title.
        published: The column holding the publication date.
        outlet: The column holding the outlet.
        url: The column holding the URL.

    Returns:
        The documents in the order met, with every problem on ``Corpus.errors``.

    Raises:
        IngestError: *strict* is true and some input was bad; ``errors`` lists all.
        InvalidTypeError: A source is of a type ``load`` cannot read (a ``TypeError``).

    >>> corpus = load([{"doc_id": "g1", "text": "Two men were shot.", "source": "waff.com"}])
    >>> corpus[0].id, corpus[0].outlet, corpus.errors
    ('g1', 'waff.com', ())
    >>> load({"key": 7, "body": "One man was hurt.", "day": "March 12, 2024"},
    ...      id="key", text="body", published="day")[0]
    Document(id='7', title=None, published=datetime.date(2024, 3, 12), outlet=None, chars=17)
    """
    mapped = {"id": id, "text": text, "title": title, "published": published}
    columns = {k: v for k, v in {**mapped, "outlet": outlet, "url": url}.items() if v is not None}
    for name, column in columns.items():
        if not isinstance(column, str):
            msg = f"load({name}=...) must be a column name (a string); got {_short(column)!r}"
            raise InvalidTypeError(msg)
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        msg = f"load(max_bytes=...) must be a positive whole number of bytes; got {max_bytes!r}"
        raise InvalidValueError(msg)
    loader = _Loader(columns=columns, max_bytes=max_bytes, follow_links=follow_links)
    loader.roots = [
        Path(s).resolve() for s in sources if isinstance(s, str | os.PathLike) and Path(s).is_dir()
    ]
    for source in sources:
        loader.source(source)
    corpus = Corpus(loader.documents, loader.errors)
    if strict and corpus.errors:
        first = corpus.errors[0]
        msg = (
            f"{len(corpus.errors)} problem(s) while loading {len(corpus)} document(s); "
            f"the first: {first}; load without strict=True to keep the good documents"
        )
        raise IngestError(msg, corpus.errors)
    return corpus
