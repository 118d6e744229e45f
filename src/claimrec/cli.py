"""
The ``claimrec`` command: ``claimrec reconcile PATH... [--json] [--out FILE]``.

Also run as ``python -m claimrec``. Exit status:

* 0: every input was read and the output written;
* 1: some input was skipped (each problem is one ``claimrec: input problem:`` line on
  standard error); the output holds everything else;
* 2: a usage error, or an output that cannot be written;
* 3: no document could be read at all (an empty folder, only broken files); nothing
  is written;
* 70: an unexpected internal error (a bug): one ``claimrec: internal error:`` line,
  the traceback with ``--verbose``; no output file is left half-written;
* 130: interrupted (Ctrl-C);
* 141: standard output was closed early (``claimrec ... | head``); nothing is printed.

Outputs (``--out``, ``--html``) are written to a temporary file beside the target and
renamed over it, so a crash never leaves a truncated file.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final, TextIO

from claimrec.errors import ClaimrecError, InvalidValueError
from claimrec.resolve import POLICIES

if TYPE_CHECKING:
    from claimrec.model import Document
    from claimrec.report import Report

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_NOTHING",
    "EXIT_OK",
    "EXIT_PIPE",
    "EXIT_USAGE",
    "main",
    "write_atomic",
    "write_plots",
]

EXIT_OK: Final = 0
EXIT_INPUT: Final = 1
EXIT_USAGE: Final = 2
EXIT_NOTHING: Final = 3
EXIT_INTERNAL: Final = 70  # EX_SOFTWARE of sysexits.h
EXIT_INTERRUPTED: Final = 130
EXIT_PIPE: Final = 141  # 128 + SIGPIPE, what a shell reports for a closed pipe

_EPILOG: Final = (
    "exit status: 0 all input read; 1 some input skipped (named on standard error); "
    "2 usage error or unwritable output; 3 no readable document; 70 internal error "
    "(--verbose shows the traceback); 130 interrupted; 141 output pipe closed"
)
#: Characters that would act on a terminal (escape sequences, bidirectional overrides).
_CONTROL: Final = {
    c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\t\n"
} | {c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_LOG: Final = logging.getLogger("claimrec")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - fast start

    try:
        return version("claimrec")
    except PackageNotFoundError:  # pragma: no cover - a source tree without metadata
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimrec",
        description="Reconcile claims that different sources make about the same event.",
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"claimrec {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser(
        "reconcile",
        help="extract, match and resolve the claims of articles",
        description=(
            "Read articles (.txt, .json, .jsonl files or folders of them; - reads JSON Lines "
            "from standard input), find what they claim and who stands behind it, and report "
            "per event what agrees and what conflicts."
        ),
        epilog=_EPILOG,
    )
    rec.add_argument(
        "paths", nargs="*", help="files or folders of articles; - for JSON Lines on standard input"
    )
    rec.add_argument(
        "--claims",
        type=Path,
        metavar="JSONL",
        help=(
            "reconcile pre-extracted claims (claimrec.report/1 claim shape, one a line) with the "
            "article path's matcher and resolver instead of articles; writes compact JSON"
        ),
    )
    rec.add_argument(
        "--documents",
        type=Path,
        metavar="PATH",
        help=(
            "with --claims: the articles the claims come from (a file or folder of articles, "
            "or a claimrec.report/1 JSON with their texts), read for titles, dates, outlets "
            "and texts instead of rebuilding documents from the claims"
        ),
    )
    rec.add_argument(
        "--claims-out",
        type=Path,
        metavar="JSONL",
        help=(
            "also write the articles' claims as claim JSONL for --claims, each row with its "
            "document's published date, outlet and title, and one row of each document with "
            "its lead, so that the rows alone group the reports as the articles do"
        ),
    )
    rec.add_argument(
        "--processes",
        type=int,
        default=None,
        help="accepted for --claims; the result never depends on it (kept for old scripts)",
    )
    rec.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="processes that extract claims from articles (default: 1; 0: one per CPU)",
    )
    rec.add_argument("--json", action="store_true", help="write the claimrec.report/1 JSON")
    rec.add_argument("--out", type=Path, help="write to this file instead of standard output")
    rec.add_argument(
        "--policy",
        choices=POLICIES,
        default="consensus",
        help="rule for each estimate's best figure (default: consensus)",
    )
    rec.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="skip input files larger than N bytes (default: 1 GiB)",
    )
    rec.add_argument(
        "--follow-links",
        action="store_true",
        help="read symbolic links in folders that lead outside the given paths",
    )
    talk = rec.add_mutually_exclusive_group()
    talk.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar and no stage lines"
    )
    talk.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="stage lines, and tracebacks of internal errors",
    )
    rec.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="also write the self-contained report page (no script, no network) to FILE",
    )
    rec.add_argument(
        "--plots",
        type=Path,
        metavar="DIR",
        help="also write charts to DIR: one per event, one timeline per casualty measure "
        "(needs the plot extra)",
    )
    rec.add_argument(
        "--plot-format",
        choices=("png", "svg"),
        default="png",
        help="image format of --plots (default: png)",
    )
    return parser


# --------------------------------------------------------------------------- output


def _safe(text: str) -> str:
    """*text* with the characters that would act on a terminal shown as escapes."""
    return text.translate(_CONTROL)


@contextmanager
def _atomic(path: Path) -> Iterator[IO[str]]:
    """A file beside *path* that replaces it once the block finished; removed on any error."""
    directory = path.parent if str(path.parent) else Path()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        Path(tmp).chmod(0o666 & ~_umask())  # what a plain open() would give, not 0600
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """
    Write *text* to *path* (UTF-8) through a temporary file and a rename.

    A crash, an interrupt or a text that cannot be encoded leaves *path* as it was:
    never truncated, never half-written.

    Raises:
        OSError: The folder of *path* cannot be written.
        UnicodeEncodeError: *text* holds characters UTF-8 cannot encode (lone surrogates).

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "r.json"
    >>> write_atomic(target, "{}")
    >>> target.read_text()
    '{}'
    """
    with _atomic(Path(path)) as f:
        f.write(text)


def _write_views(report: Report, args: argparse.Namespace, err: TextIO) -> int:
    """Write --claims-out, the --html page and the --plots charts; 0, or 2 when one cannot be written."""
    try:
        if args.claims_out is not None:
            rows = report.claim_rows()
            write_atomic(args.claims_out, "".join(f"{json.dumps(r)}\n" for r in rows))
        if args.html is not None:
            write_atomic(args.html, report.to_html())
        if args.plots is not None:
            written = write_plots(report, args.plots, fmt=args.plot_format)
            _LOG.info("wrote %d charts to %r", len(written), str(args.plots))
    except ImportError as exc:
        err.write(f"claimrec: error: {_safe(str(exc))}\n")
        return EXIT_USAGE
    except OSError as exc:
        err.write(f"claimrec: error: cannot write {exc.filename!r}: {exc.strerror}\n")
        return EXIT_USAGE
    return EXIT_OK


def write_plots(report: Report, directory: Path, *, fmt: str = "png") -> list[Path]:
    """
    Save the charts of a report into *directory*; return the paths written.

    ``report.plot(event)`` for each event with count findings, and
    ``report.plot_timeline(measure)`` for each casualty measure that has claims. Files are ``event-<event id>.<fmt>`` and ``timeline-<measure>.<fmt>``.

    Raises:
        ImportError: matplotlib is not installed.
        OSError: *directory* cannot be created or written.
    """
    from claimrec.report.plot import write_charts  # noqa: PLC0415 - fast --help; optional extra

    return write_charts(report, directory, fmt=fmt)


# --------------------------------------------------------------------------- running


class _Line(logging.Formatter):
    """``claimrec: message`` with terminal controls escaped."""

    def format(self, record: logging.LogRecord) -> str:
        return f"claimrec: {_safe(record.getMessage())}"


@contextmanager
def _logging_to(err: TextIO, *, verbose: bool, quiet: bool) -> Iterator[None]:
    """
    Send the claimrec logger to *err* for one run.

    Stage lines (INFO) show with --verbose, and on a terminal unless --quiet; problems
    (WARNING) always.
    """
    handler = logging.StreamHandler(err)
    handler.setFormatter(_Line())
    level = _LOG.level
    _LOG.addHandler(handler)
    on_terminal = bool(getattr(err, "isatty", lambda: False)())
    _LOG.setLevel(logging.INFO if verbose or (on_terminal and not quiet) else logging.WARNING)
    try:
        yield
    finally:
        _LOG.removeHandler(handler)
        _LOG.setLevel(level)


def main(argv: list[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """
    Run the command line; return the exit status (see the module docstring).

    >>> main(["reconcile", "--help"])  # doctest: +SKIP
    """
    out = stdout or sys.stdout
    err = sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help and --version
        return int(exc.code or 0)
    with _logging_to(err, verbose=args.verbose, quiet=getattr(args, "quiet", False)):
        try:
            if args.claims is not None or not args.paths:
                return _reconcile_claims(args, out, err)
            return _reconcile(args, out, err)
        except KeyboardInterrupt:
            err.write("claimrec: interrupted\n")
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # the reader went away (| head): stop quietly, and keep Python's exit-time
            # flush from failing on the closed pipe again
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_PIPE
        except Exception as exc:  # noqa: BLE001 - the last resort: one line, not a traceback
            return _internal_error(exc, err, verbose=args.verbose)


def _internal_error(exc: BaseException, err: TextIO, *, verbose: bool) -> int:
    if verbose:
        err.write(_safe("".join(traceback.format_exception(exc))))
    err.write(
        f"claimrec: internal error: {type(exc).__name__}: {_safe(str(exc))[:300]}"
        f"{'' if verbose else ' (run with --verbose for the traceback)'}; please report it\n"
    )
    return EXIT_INTERNAL


def _sources(args: argparse.Namespace) -> list[object]:
    """The paths, with ``-`` as the standard input stream (read as JSON Lines, named ``<stdin>``)."""
    return [sys.stdin.buffer if raw == "-" else raw for raw in args.paths]


def _reconcile(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from claimrec.ingest import MAX_BYTES, load  # noqa: PLC0415 - fast --help
    from claimrec.pipeline import Settings, reconcile  # noqa: PLC0415

    if args.documents is not None:
        err.write("claimrec: error: --documents goes with --claims (articles are read as PATH)\n")
        return EXIT_USAGE
    if args.jobs < 0 or (args.max_bytes is not None and args.max_bytes < 1):
        err.write("claimrec: error: --jobs must be 0 or more and --max-bytes 1 or more\n")
        return EXIT_USAGE
    try:
        corpus = load(
            *_sources(args),  # type: ignore[arg-type]
            max_bytes=args.max_bytes or MAX_BYTES,
            follow_links=args.follow_links,
        )
    except ClaimrecError as exc:
        err.write(f"claimrec: error: {_safe(str(exc))}\n")
        return EXIT_INPUT
    for problem in corpus.errors:
        _LOG.warning("input problem: %s", problem)
    if not corpus:
        where = ", ".join(repr(p) for p in args.paths)
        err.write(
            f"claimrec: error: no document could be read from {_safe(where)} (no readable .txt, "
            ".json or .jsonl document); wrote nothing\n"
        )
        return EXIT_NOTHING
    report = reconcile(
        corpus,
        settings=Settings(policy=args.policy),
        progress=False if args.quiet else None,
        n_process=args.jobs or None,
    )
    # the summary is for a terminal: escape sequences in article strings must not act there
    text = report.to_json() + "\n" if args.json else _safe(report.summary()) + "\n"
    status = _emit(text, args, out, err)
    if status:
        return status
    status = _write_views(report, args, err)
    if status:
        return status
    return EXIT_INPUT if report.errors else EXIT_OK


def _emit(text: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write the main output to --out (atomically) or standard output."""
    if args.out is None:
        out.write(text)
        out.flush()
        return EXIT_OK
    try:
        write_atomic(args.out, text)
    except OSError as exc:
        err.write(f"claimrec: error: cannot write {str(args.out)!r}: {exc.strerror}\n")
        return EXIT_USAGE
    return EXIT_OK


def _reconcile_claims(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``claimrec reconcile --claims FILE``: the claim-level path of ``claimrec.scale``."""
    if args.claims is None or args.paths:
        err.write("claimrec: error: give either PATH... (articles) or --claims JSONL\n")
        return EXIT_USAGE
    if args.claims_out is not None:
        err.write(
            "claimrec: error: --claims-out writes the claims of articles; not with --claims\n"
        )
        return EXIT_USAGE
    from claimrec.scale import ScaleOptions, reconcile_claims  # noqa: PLC0415 - fast --help

    if not args.claims.is_file():
        err.write(
            f"claimrec: error: no such claims file {_safe(str(args.claims))!r}; check the path\n"
        )
        return EXIT_NOTHING

    def progress(stage: str, seconds: float, counts: object) -> None:
        _LOG.info("%s %.2f s %s", stage, seconds, counts)  # shown as the article path's stages

    try:
        documents = _given_documents(args.documents)
    except (ClaimrecError, OSError, ValueError) as exc:
        err.write(f"claimrec: error: --documents: {_safe(str(exc))}\n")
        return EXIT_INPUT

    def run(target: Path) -> tuple[ClaimrecError, ...]:
        stats = reconcile_claims(
            args.claims,
            target,
            documents=documents,
            options=ScaleOptions(policy=args.policy),
            processes=args.processes,
            progress=progress,
        )
        return stats.errors

    try:
        errors, report = _claims_to(args, out, run)
    except OSError as exc:
        err.write(f"claimrec: error: {_safe(str(exc))}\n")
        return EXIT_USAGE
    if report is not None and (status := _write_views(report, args, err)):
        return status
    for problem in errors:
        _LOG.warning("input problem: %s", problem)
    if errors:
        _LOG.warning(
            "skipped %d claim line(s) of %r; the report holds the rest",
            len(errors),
            str(args.claims),
        )
        return EXIT_INPUT
    return EXIT_OK


def _given_documents(path: Path | None) -> list[Document]:
    """
    The documents of ``--documents``: a ``claimrec.report/1`` JSON's, else articles as PATH reads them.

    Documents that cannot be read are logged as input problems, the others kept.

    Raises:
        ClaimrecError: No document can be read from the path, or the report JSON is not one.
        OSError: The file cannot be read.
    """
    from claimrec.ingest import load  # noqa: PLC0415 - fast --help
    from claimrec.report import Report  # noqa: PLC0415
    from claimrec.report.codec import SCHEMA  # noqa: PLC0415

    if path is None:
        return []
    if path.suffix.lower() == ".json" and path.is_file():
        text = path.read_text(encoding="utf-8")
        if f'"{SCHEMA}"' in text[:200]:
            return list(Report.from_json(text).documents)
    corpus = load(path)
    if not corpus:
        first = corpus.errors[0] if corpus.errors else f"no document in {str(path)!r}"
        raise InvalidValueError(str(first))
    for problem in corpus.errors:
        _LOG.warning("input problem: %s", problem)
    return list(corpus)


def _claims_to(
    args: argparse.Namespace, out: TextIO, run: Callable[[Path], tuple[ClaimrecError, ...]]
) -> tuple[tuple[ClaimrecError, ...], Report | None]:
    """
    Run the claim-level path into a temporary file, then rename it to --out or print it.

    Returns the input problems, and the report read back when --html or --plots asks
    for a view of it (else None: the claim path never holds the whole report).
    """
    from claimrec.report import Report  # noqa: PLC0415 - fast --help

    target = args.out
    directory = target.parent if target is not None else None
    with tempfile.TemporaryDirectory(prefix="claimrec-", dir=directory) as tmp:
        written = Path(tmp, "report.json")
        errors = run(written)
        views = args.html is not None or args.plots is not None
        report = Report.from_json(written.read_text(encoding="utf-8")) if views else None
        if target is not None:
            written.replace(target)
        else:
            with written.open(encoding="utf-8") as f:
                out.writelines(iter(lambda: f.read(1 << 20), ""))
            out.write("\n")
    return errors, report


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
