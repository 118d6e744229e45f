"""
The claim path at scale: claim JSONL in, ``claimrec.report/1`` JSON out, on the one engine.

A pipeline that already holds claims (claim JSONL in the ``claimrec.report/1`` claim
shape, from its own extractor, an LLM or an earlier report) reconciles them here.
There is no second engine: ``reconcile_claims`` reads the claims with the public
codec (``claimrec.report.codec.decode_claim``) and runs the article path on them
(``claimrec.engines.reconcile_claims``: the same profiles, blocking, matchers,
clustering, resolver and place key as ``claimrec.reconcile``), so a report's own
claims fed back give the events and findings of the report. A claim row carries
its mention (place, date, precision, kind), its sentence and its span; documents
known only by their claims are rebuilt from those.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs
from attrs import field, frozen

from claimrec import _checks
from claimrec._gc import collector_paused
from claimrec.engines.claims import (
    DOCUMENT_FIELDS,
    MAX_TEXT,
    Dateline,
    dateline_of_row,
    merge_dateline,
)
from claimrec.errors import (
    ClaimrecError,
    IngestError,
    InvalidDocumentError,
    InvalidTypeError,
    InvalidValueError,
)
from claimrec.model import Claim, Document

__all__ = [
    "DEFAULT_OPTIONS",
    "ScaleOptions",
    "ScaleStats",
    "claim_row",
    "load_claims",
    "read_claim_rows",
    "read_claims",
    "reconcile_claims",
]


@frozen(kw_only=True)
class ScaleOptions:
    """
    The resolver's knobs for the claim path (matching has no knobs of its own: it is the article path's).

    Args:
        policy: The resolver's policy for ``best`` estimates (``claimrec.resolve.POLICIES``).
        absent_as_zero: See ``claimrec.resolve.resolve``.

    >>> ScaleOptions().policy
    'consensus'
    """

    policy: str = "consensus"
    absent_as_zero: bool = False


#: The documented defaults of the claim path.
DEFAULT_OPTIONS: Final = ScaleOptions()


@frozen
class ScaleStats:
    """
    What one run measured, stage by stage.

    ``errors`` holds every claim line that was skipped (also written to the report).

    >>> ScaleStats(claims=0, profiles=0, events=0, candidate_pairs=0, stages=())
    ScaleStats(claims=0, profiles=0, events=0, candidate_pairs=0, stages=())
    """

    claims: int
    profiles: int
    events: int
    candidate_pairs: int
    stages: tuple[tuple[str, float], ...]
    errors: tuple[ClaimrecError, ...] = field(default=(), repr=False, eq=False)


# --------------------------------------------------------------------------- loading


def _loads() -> Callable[[bytes], Any]:
    try:
        import orjson  # noqa: PLC0415 - optional speed-up
    except ImportError:  # pragma: no cover - depends on the environment
        return json.loads
    return orjson.loads


def read_claims(path: str | os.PathLike[str]) -> tuple[list[Claim], list[ClaimrecError]]:
    r"""
    Read claim JSONL with the public codec, keeping every good line and naming every bad one.

    Blank lines are skipped; a repeated claim id keeps its first line. The rows'
    ``published`` and ``outlet`` are checked; ``read_claim_rows`` also returns them.

    Args:
        path: The file.

    Returns:
        The claims in file order, and one ``InvalidDocumentError`` per bad line.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> _ = p.write_text('[1]\n{"id": "c1", "document": "d1", "type": "responsibility", '
    ...                  '"stance": "claimed", "actor": "X", "span": [0, 1], "attribution": {"kind": "none"}}\n')
    >>> claims, errors = read_claims(p)
    >>> [c.id for c in claims], [e.line for e in errors]
    (['c1'], [1])
    """
    claims, _, errors = read_claim_rows(path)
    return claims, errors


def read_claim_rows(
    path: str | os.PathLike[str],
) -> tuple[list[Claim], dict[str, Dateline], list[ClaimrecError]]:
    r"""
    Read claim JSONL as ``read_claims`` does, with the publication day, outlet and title rows carry.

    A row may carry its document's ``published`` (ISO 8601 date), ``outlet`` and
    ``title`` (``Report.claim_rows`` writes them); a row that gives one differently
    from an earlier row of its document is skipped and named (``field`` says which).

    Args:
        path: The file.

    Returns:
        The claims in file order, document id -> ``Dateline`` for the documents whose
        rows gave one, and one ``InvalidDocumentError`` per bad line.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> _ = p.write_text('{"id": "c1", "document": "d1", "type": "responsibility", "stance": '
    ...     '"claimed", "actor": "X", "span": [0, 1], "attribution": {"kind": "none"}, '
    ...     '"published": "2024-03-09", "outlet": "Daily Post"}\n')
    >>> claims, datelines, errors = read_claim_rows(p)
    >>> datelines["d1"].published, datelines["d1"].outlet, errors
    (datetime.date(2024, 3, 9), 'Daily Post', [])
    """
    from claimrec.report.codec import (  # noqa: PLC0415 - stages load on first use
        decode_claim,
        join_excerpts,
    )

    loads = _loads()
    shared: dict[Any, Any] = {}  # one object for the strings, mentions, ... claims repeat
    claims: list[Claim] = []
    errors: list[ClaimrecError] = []
    first_line: dict[str, int] = {}
    datelines: dict[str, Dateline] = {}
    excerpts: list[tuple[int, Mapping[str, Any]]] = []  # lines of a long sentence's excerpt
    # one Dateline per distinct day, outlet and title the rows give
    read: dict[tuple[Any, ...], Dateline | None] = {}
    _checks.require(path, (str, os.PathLike), "read_claims() path")
    with Path(path).open("rb") as f:
        for number, line in enumerate(f, start=1):
            if line[:1].isspace() and not line.strip():  # a row starts with "{": no copy of it
                continue
            try:
                row, dateline = _checked_row(loads(line), read)
                claim = decode_claim(row, shared=shared)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                errors.append(_line_error(path, number, exc))
                continue
            if claim.span[1] > MAX_TEXT:
                errors.append(_line_error(path, number, _too_far(claim.span)))
                continue
            if claim.id in first_line:
                errors.append(_duplicate_error(str(path), number, claim.id, first_line[claim.id]))
                continue
            if dateline is not None:
                try:
                    merge_dateline(datelines, claim.document, dateline)
                except InvalidDocumentError as exc:
                    errors.append(_line_error(path, number, exc))
                    continue
            first_line[claim.id] = number
            if "sentence_span" in row:
                excerpts.append((len(claims), row))
            claims.append(claim)
    joined = join_excerpts([claims[i] for i, _ in excerpts], [row for _, row in excerpts])
    for (i, _), claim in zip(excerpts, joined, strict=True):
        claims[i] = claim
    return claims, datelines, errors


def load_claims(path: str | os.PathLike[str]) -> list[Claim]:
    r"""
    Read claim JSONL (one claim a line, the ``claimrec.report/1`` claim shape) into ``Claim`` objects.

    Args:
        path: The file.

    Returns:
        The claims, in file order.

    Raises:
        IngestError: Some lines are not claims; ``errors`` lists every one of them.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> _ = p.write_text('{"id": "c1", "document": "d1", "type": "responsibility", '
    ...                  '"stance": "claimed", "actor": "X", "span": [0, 1], "attribution": {"kind": "none"}}\n')
    >>> [c.id for c in load_claims(p)]
    ['c1']
    """
    claims, errors = read_claims(path)
    if errors:
        msg = f"{len(errors)} of the lines of {str(path)!r} are not claims; see .errors"
        raise IngestError(msg, tuple(errors))
    return claims


def claim_row(value: object) -> Mapping[str, Any]:
    """
    Check that one decoded claim line has the claim shape ``claim_key`` reads; return it.

    Raises:
        InvalidTypeError: The line is not a JSON object, or its ``mention`` is not one.
        InvalidValueError: Its ``id`` or ``document`` is not a non-empty string.
        InvalidDocumentError: Its optional ``published`` is not an ISO 8601 date, or its
            optional ``outlet`` or ``title`` not a non-empty string (``field`` names which).

    >>> claim_row([1, 2])
    Traceback (most recent call last):
    ...
    claimrec.errors.InvalidTypeError: a claim line must be a JSON object; got a JSON array [1, 2]
    """
    return _checked_row(value)[0]


#: ``DOCUMENT_FIELDS`` as a set: whether a row has one is one test in C.
_DOCUMENT_KEYS: Final = frozenset(DOCUMENT_FIELDS)
#: The types of a row's ``published``, ``outlet`` and ``title`` whose ``Dateline`` is shared.
_STRINGS_OR_NONE: Final = frozenset({str, type(None)})
#: Not read yet (None is a reading: the row gives none); the most readings kept at once.
_UNREAD: Final = object()
_READ_MAX: Final = 1 << 16


def _checked_row(
    value: object, read: dict[tuple[Any, ...], Dateline | None] | None = None
) -> tuple[Mapping[str, Any], Dateline | None]:
    """
    ``claim_row``, with the row's ``Dateline`` (None when it gives none), read once.

    With *read*, rows that give the same ``published``, ``outlet`` and ``title`` strings
    (and no ``lead``) share one ``Dateline``, checked once: the check reads nothing else.
    """
    if not isinstance(value, dict):
        kind = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
        shown = "null" if value is None else kind.get(type(value), type(value).__name__)
        msg = f"a claim line must be a JSON object; got a JSON {shown} {_cut(value)}"
        raise InvalidTypeError(msg)
    for name in ("id", "document"):
        if not isinstance(value.get(name), str) or not value[name]:
            msg = (
                f"the claim field {name!r} must be a non-empty string; got {_cut(value.get(name))}"
            )
            raise InvalidValueError(msg)
    mention = value.get("mention")
    if mention is not None and not isinstance(mention, dict):
        msg = f"the claim field 'mention' must be a JSON object or null; got {_cut(mention)}"
        raise InvalidTypeError(msg)
    if _DOCUMENT_KEYS.isdisjoint(value):
        return value, None
    if read is None or "lead" in value:
        return value, dateline_of_row(value)
    key = (value.get("published"), value.get("outlet"), value.get("title"))
    if not _STRINGS_OR_NONE.issuperset(map(type, key)):
        return value, dateline_of_row(value)  # not kept: only plain values are keys
    found = read.get(key, _UNREAD)
    if found is _UNREAD:
        found = dateline_of_row(value)  # raises for a bad value: never kept
        if len(read) >= _READ_MAX:
            read.clear()
        read[key] = found
    return value, found  # type: ignore[return-value]  # _UNREAD was replaced


def _too_far(span: tuple[int, int]) -> InvalidValueError:
    msg = f"the claim field 'span' ends past {MAX_TEXT} characters; got {span!r}"
    return InvalidValueError(msg)


def _cut(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _line_error(path: str | os.PathLike[str], number: int, exc: Exception) -> ClaimrecError:
    return InvalidDocumentError(
        f"line {number} is not a claim: {type(exc).__name__}: {exc}",
        path=str(path),
        line=number,
        field=getattr(exc, "field", None),
    )


def _duplicate_error(path: str, number: int, claim: str, first: int) -> ClaimrecError:
    return InvalidDocumentError(
        f"line {number} repeats the claim id {claim!r} of line {first}; skipped it",
        path=str(path),
        line=number,
        field="id",
    )


# --------------------------------------------------------------------------- the engine


def reconcile_claims(
    path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    documents: Sequence[Document] = (),
    options: ScaleOptions = DEFAULT_OPTIONS,
    processes: int | None = None,
    progress: Callable[[str, float, Mapping[str, Any]], None] | None = None,
) -> ScaleStats:
    r"""
    Reconcile a claim JSONL file into ``claimrec.report/1`` JSON on the article path's engine.

    Lines that are not claims are skipped and listed under ``errors`` (in the
    report and in the returned stats).

    Args:
        path: Claim JSONL (the ``claimrec.report/1`` claim shape, one claim a line).
        out: Where to write the report JSON.
        documents: The documents the claims come from, when known (their titles, dates,
            outlets and texts); the others are rebuilt from their claims and the
            ``published`` and ``outlet`` their rows carry.
        options: The resolver's options.
        processes: Accepted for the command line's ``--processes``; claims need no
            extraction, and matching and resolution run in this process (shipping
            claims to resolution workers costs more than resolving them: 28.6 s on
            two workers against 8.3 s in one process for 50,000 claims).
        progress: Called after each stage with its name, seconds and counts.

    Returns:
        Counts and the seconds each stage took (``load``, ``match``, ``resolve``, ``write``).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "c.jsonl").write_text('{"id": "c1", "document": "d1", "type": "responsibility", '
    ...     '"stance": "claimed", "actor": "X", "span": [0, 1], "attribution": {"kind": "none"}}\n')
    >>> reconcile_claims(d / "c.jsonl", d / "r.json").events
    1
    """
    stages: list[tuple[str, float]] = []
    clock = [time.perf_counter()]

    def say(stage: str, counts: Mapping[str, Any]) -> None:
        now = time.perf_counter()
        stages.append((stage, now - clock[0]))
        clock[0] = now
        if progress is not None:
            progress(stage, stages[-1][1], counts)

    del processes  # see above: the result never depends on it
    # a run allocates millions of small objects that live until the report is
    # written; automatic collections would walk them all again and again
    with collector_paused():
        stats = _run(path, out, documents, options, say)
    return attrs.evolve(stats, stages=tuple(stages))


def _run(
    path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    documents: Sequence[Document],
    options: ScaleOptions,
    say: Callable[[str, Mapping[str, Any]], None],
) -> ScaleStats:
    """Load, reconcile on the one engine, write: the stages of ``reconcile_claims``."""
    from claimrec.engines.claims import reconcile_rows  # noqa: PLC0415 - stages load on first use
    from claimrec.pipeline import Settings  # noqa: PLC0415
    from claimrec.report.codec import dump  # noqa: PLC0415

    claims, datelines, errors = read_claim_rows(path)
    n = len(claims)
    say("load", {"items": n})

    def heard(line: str) -> None:
        for word, stage in (("matched", "match"), ("resolved", "resolve")):
            if line.startswith(word):
                say(stage, {"items": n, "line": line})

    report = reconcile_rows(
        claims,
        documents=documents,
        datelines=datelines,
        settings=Settings(policy=options.policy, absent_as_zero=options.absent_as_zero),
        progress=heard,
        keep_matching=False,  # the report is written, not returned: no pair is explained
    )
    del claims  # the report holds the resolved copies; the claims as read can go
    report = attrs.evolve(report, errors=tuple(errors))
    with Path(out).open("w", encoding="utf-8") as f:
        dump(report, f, indent=None)
    say("write", {"items": n})
    matching = report.matching
    return ScaleStats(
        claims=n,
        profiles=len(report.documents),
        events=len(report.events),
        candidate_pairs=matching.candidate_pairs if matching is not None else 0,
        stages=(),
        errors=tuple(errors),
    )
