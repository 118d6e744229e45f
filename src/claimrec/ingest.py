"""
Stage 1: read files, folders, JSON(L) and dicts into ``Document`` objects.

``load(*sources)`` takes any mix of

* a path (``str`` or ``pathlib.Path``) to a ``.txt`` file, a ``.json`` file holding
  one document object or a list of them, a ``.jsonl`` file with one document a
  line, or a folder, read recursively in sorted order (other file types in a
  folder are not documents and are passed over; hidden files and folders too);
* a ``dict``, a ``Document``, or an iterable of these.

**Text files.** The document id is the file name without its extension. The first
non-empty line is the title. A header line among the first lines gives
``published``: a line made only of a date (``Wednesday 22 November 2023 -
09:21``), or a line that starts with a date keyword or an ISO date (``date
2024-11-11 Rocket Op. Targets ...``); when such a line carries more words after an
ISO date, they are the title. The text is kept exactly as decoded, header
included, so claim spans index into it.

**JSON.** Fields ``id`` (or ``doc_id``), ``text``, and optional ``title``,
``published``, ``outlet`` (or ``source``), ``url``; every other field is kept in
``Document.metadata``. A record without an id gets ``<file stem>-<line>``.

**Bad input loses nothing.** Problems never stop the load: each becomes an
``InvalidDocumentError`` (naming the file, the 1-based line and the field) or an
``InputNotFoundError`` on ``Corpus.errors``, and every good document is still
loaded. With ``strict=True`` an ``IngestError`` carrying all of them is raised
after everything was read. The policies:

* decoding: UTF-8 (a byte-order mark is removed; UTF-16 with a byte-order mark
  is read too). Text that is not valid UTF-8 is read as cp1252 (Windows Western
  European, what most mis-saved news text is); if that fails too, as UTF-8 with
  U+FFFD replacement characters. Either way the document is kept and an error
  records which fallback was used, so nothing is dropped silently;
* a file with NUL bytes is binary and is skipped with an error; so are empty
  files, records without a non-empty ``text``, malformed JSON lines and lines
  that are not objects;
* a ``published`` value that is not a date: the document is kept with
  ``published`` None, and the error names the field;
* a duplicate id: a record with the same id and the same text as an earlier one
  is the same document and is skipped; with a different text it is kept under
  the id ``<id>~2`` (``~3``, ...). Both cases are recorded;
* a missing path, or a file that cannot be read: ``InputNotFoundError``.

Nothing in a document is ever followed: no includes, no URLs fetched, no code run.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, overload

from attrs import field, frozen

from claimrec._dates import parse_date
from claimrec.errors import (
    IngestError,
    InputNotFoundError,
    InvalidDocumentError,
    InvalidValueError,
)
from claimrec.model import Document

__all__ = ["Corpus", "LoadError", "Source", "load"]

#: A problem met while loading.
LoadError = InvalidDocumentError | InputNotFoundError
#: What ``load`` accepts.
Source = str | os.PathLike[str] | Mapping[str, Any] | Document | Iterable[Any]

_SUFFIXES: Final = frozenset({".txt", ".json", ".jsonl"})
_ID_FIELDS: Final = ("id", "doc_id")
_OUTLET_FIELDS: Final = ("outlet", "source")
_KNOWN_FIELDS: Final = frozenset({"text", "title", "published", "url"})
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
_DATE_WORDS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec at on am pm a m p gmt utc est
    edt cst cdt pst pdt bst cet cest the of st nd rd th
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
_WORD: Final = re.compile(r"[^\W\d_]+")


def _documents(value: Iterable[Document]) -> tuple[Document, ...]:
    return tuple(value)


def _errors(value: Iterable[LoadError]) -> tuple[LoadError, ...]:
    return tuple(value)


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

    documents: tuple[Document, ...] = field(converter=_documents)
    errors: tuple[LoadError, ...] = field(default=(), converter=_errors, eq=False)

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

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.errors: list[LoadError] = []
        self.by_id: dict[str, Document] = {}
        self.dict_count = 0

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
        renamed = Document(
            new_id,
            doc.text,
            title=doc.title,
            published=doc.published,
            outlet=doc.outlet,
            url=doc.url,
            path=doc.path,
            metadata=doc.metadata,
        )
        self.by_id[new_id] = renamed
        self.documents.append(renamed)
        self.error(
            f"duplicate document id {doc.id!r} in {where} with a different text; kept as {new_id!r}",
            path=doc.path,
            line=line,
            field="id",
        )

    # -- sources -------------------------------------------------------------------

    def source(self, source: object) -> None:
        if isinstance(source, Document):
            self.add(source, where="the given documents", line=None)
        elif isinstance(source, str | os.PathLike):
            self.path(Path(source))
        elif isinstance(source, Mapping):
            self.dict_count += 1
            self.record(source, path=None, line=None, default_id=f"doc-{self.dict_count}")
        elif isinstance(source, Iterable) and not isinstance(source, bytes | bytearray):
            for item in source:
                if isinstance(item, Document | Mapping):
                    self.source(item)
                else:
                    self.error(
                        f"expected a dict or a Document in the iterable; got {type(item).__name__} "
                        f"{_short(item)!r}"
                    )
        else:
            self.error(
                f"cannot load {_short(source)!r}: expected a path, a dict, a Document "
                "or an iterable of dicts"
            )

    def path(self, path: Path) -> None:
        try:
            info = path.stat()
        except FileNotFoundError:
            self.missing(f"no such file or folder {str(path)!r}; check the path", str(path))
            return
        except OSError as exc:
            self.missing(f"cannot read {str(path)!r}: {exc.strerror or exc}", str(path), exc.errno)
            return
        if stat.S_ISDIR(info.st_mode):
            for file in _walk(path):
                self.file(file)
        else:
            self.file(path, explicit=True)

    def file(self, path: Path, *, explicit: bool = False) -> None:
        where = str(path)
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                self.error(f"{where!r} is not a regular file; skipped", path=where)
                return
            data = _read_bytes(path)
        except FileNotFoundError:
            self.missing(f"no such file {where!r}; it vanished while loading", where)
            return
        except OSError as exc:
            self.missing(f"cannot read {where!r}: {exc.strerror or exc}", where, exc.errno)
            return
        suffix = path.suffix.lower()
        if not explicit and suffix not in _SUFFIXES:
            return
        text = self.decode(data, where)
        if text is None:
            return
        if not text.strip():
            self.error(f"{where!r} is empty", path=where)
        elif suffix == ".jsonl":
            self.jsonl(text, path)
        elif suffix == ".json":
            self.json(text, path)
        else:
            self.text_file(text, path)

    def decode(self, data: bytes, where: str) -> str | None:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
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
            {"id": path.stem, "text": text, "title": title},
            published=published,
            path=str(path),
            line=None,
            metadata={},
        )

    def jsonl(self, text: str, path: Path) -> None:
        where = str(path)
        for number, raw in enumerate(text.splitlines(), start=1):
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
            self.record(value, path=where, line=number, default_id=f"{path.stem}-{number}")

    def json(self, text: str, path: Path) -> None:
        where = str(path)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            self.error(f"{where!r} is not valid JSON: {exc}", path=where, line=exc.lineno)
            return
        except (ValueError, RecursionError) as exc:
            self.error(f"{where!r} is not valid JSON: {exc}", path=where)
            return
        if isinstance(value, dict):
            self.record(value, path=where, line=None, default_id=path.stem)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    self.record(item, path=where, line=None, default_id=f"{path.stem}-{index + 1}")
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

    def record(
        self, record: Mapping[str, Any], *, path: str | None, line: int | None, default_id: str
    ) -> None:
        """Turn one JSON object or dict into a document, recording what is wrong with it."""
        where = f"line {line} of {path!r}" if line else (repr(path) if path else "a given dict")
        fields = dict(record)
        doc_id: Any = default_id
        for name in _ID_FIELDS:
            if name in fields and fields[name] not in (None, ""):
                doc_id = fields.pop(name)
                break
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id.strip():
            self.error(
                f"the id of the record in {where} must be a non-empty string or a whole number; "
                f"got {_short(doc_id)!r}; used {default_id!r}",
                path=path,
                line=line,
                field="id",
            )
            doc_id = default_id
        text = fields.pop("text", None)
        if not isinstance(text, str) or not text.strip():
            problem = (
                "is missing"
                if text is None
                else f"must be a non-empty string; got {_short(text)!r}"
            )
            self.error(
                f"the text of document {doc_id!r} in {where} {problem}; skipped it",
                path=path,
                line=line,
                field="text",
            )
            return
        outlet = None
        for name in _OUTLET_FIELDS:
            if name in fields and outlet is None:
                outlet = fields.pop(name)
        raw = {"id": doc_id, "text": text, "outlet": outlet}
        for name in ("title", "url"):
            raw[name] = fields.pop(name, None)
        published = self.published(fields.pop("published", None), doc_id, where, path, line)
        self.build(raw, published=published, path=path, line=line, metadata=fields)

    def published(
        self, value: object, doc_id: str, where: str, path: str | None, line: int | None
    ) -> object:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            day = parse_date(value)
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


def _read_bytes(path: Path) -> bytes:
    return path.read_bytes()


def _walk(folder: Path) -> list[Path]:
    """Every document file under *folder*, sorted by relative path; hidden entries are skipped."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(root)
        rel = base.relative_to(folder).parts
        found.extend(
            ((*rel, name), base / name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in _SUFFIXES
        )
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def _text_header(text: str) -> tuple[str | None, object]:
    """The title and publication date of a text file, read from its first lines."""
    lines = _first_lines(text, _HEADER_LINES)
    title: str | None = None
    published = None
    for line in lines:
        if published is None:
            found = _header_date(line)
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
        title = next(iter(_first_lines(text, 1)), None)
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
        day = parse_date(line)
        if day is not None:
            return day, ""
    return None


def _json_kind(value: object) -> str:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


def _short(value: object) -> object:
    """A value cut short enough to show in a message."""
    text = repr(value)
    return value if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------- public


def load(*sources: Source, strict: bool = False) -> Corpus:
    """
    Read documents from paths, folders, JSON(L) files, dicts and Documents.

    Args:
        *sources: Paths (``.txt``, ``.json``, ``.jsonl`` or a folder of these),
            dicts with a ``text`` field, ``Document`` objects, or iterables of these.
        strict: Raise ``IngestError`` when anything was wrong, after loading all.

    Returns:
        The documents in the order met, with every problem on ``Corpus.errors``.

    Raises:
        IngestError: *strict* is true and some input was bad; ``errors`` lists all.

    >>> corpus = load([{"doc_id": "g1", "text": "Two men were shot.", "source": "waff.com"}])
    >>> corpus[0].id, corpus[0].outlet, corpus.errors
    ('g1', 'waff.com', ())
    """
    loader = _Loader()
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
