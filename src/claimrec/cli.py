"""The ``claimrec`` command: ``claimrec reconcile PATH... [--json] [--out FILE]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from claimrec.errors import ClaimrecError
from claimrec.resolve import POLICIES

if TYPE_CHECKING:
    from claimrec.report import Report

__all__ = ["main", "write_plots"]

_LONG_RUN = 200


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimrec",
        description="Reconcile claims that different sources make about the same event.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser(
        "reconcile",
        help="extract, match and resolve the claims of articles",
        description=(
            "Read articles (.txt, .json, .jsonl files or folders of them), find what they "
            "claim and who stands behind it, and report per event what agrees and what "
            "conflicts. Exit status: 0 all input read, 1 some input skipped, 2 usage error."
        ),
    )
    rec.add_argument("paths", nargs="*", type=Path, help="files or folders of articles")
    rec.add_argument(
        "--claims",
        type=Path,
        metavar="JSONL",
        help=(
            "reconcile pre-extracted claims (claimrec.report/1 claim shape, one a line) on the "
            "fast claim-level path instead of articles; writes compact JSON"
        ),
    )
    rec.add_argument(
        "--processes", type=int, default=None, help="worker processes for --claims (default: CPUs)"
    )
    rec.add_argument("--json", action="store_true", help="write the claimrec.report/1 JSON")
    rec.add_argument("--out", type=Path, help="write to this file instead of standard output")
    rec.add_argument(
        "--policy",
        choices=POLICIES,
        default="consensus",
        help="rule for each estimate's best figure (default: consensus)",
    )
    rec.add_argument("--quiet", action="store_true", help="no progress on standard error")
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


def _write_views(report: Report, args: argparse.Namespace, err: TextIO) -> int:
    """Write the --html page and the --plots charts; return 0, or 2 when one cannot be written."""
    try:
        if args.html is not None:
            report.write_html(args.html)
        if args.plots is not None:
            written = write_plots(report, args.plots, fmt=args.plot_format)
            if not args.quiet:
                err.write(f"claimrec: wrote {len(written)} charts to {str(args.plots)!r}\n")
    except ImportError as exc:
        err.write(f"claimrec: error: {exc}\n")
        return 2
    except OSError as exc:
        err.write(f"claimrec: error: cannot write {exc.filename!r}: {exc.strerror}\n")
        return 2
    return 0


def write_plots(report: Report, directory: Path, *, fmt: str = "png") -> list[Path]:
    """
    Save the charts of a report into *directory*; return the paths written.

    ``report.plot(event)`` for each event with count findings, and
    ``report.plot_timeline(measure)`` for each casualty measure that has claims. Files are ``event-<event id>.<fmt>`` and ``timeline-<measure>.<fmt>``.

    Raises:
        ImportError: matplotlib is not installed.
        OSError: *directory* cannot be created or written.
    """
    from claimrec.model import CountClaim  # noqa: PLC0415 - fast --help
    from claimrec.resolve import CASUALTY_MEASURES  # noqa: PLC0415

    directory.mkdir(parents=True, exist_ok=True)
    written = []
    counted = {c.id for c in report.claims if isinstance(c, CountClaim)}
    for event in sorted(report.events, key=lambda e: e.id):
        if not any(i in counted for f in report.findings if f.event == event.id for i in f.claims):
            continue
        path = directory / f"event-{event.id}.{fmt}"
        report.plot(event).savefig(path, dpi=120)
        written.append(path)
    measures = {c.measure for c in report.claims if isinstance(c, CountClaim)}
    for measure in (m for m in CASUALTY_MEASURES if m in measures):
        path = directory / f"timeline-{measure}.{fmt}"
        report.plot_timeline(measure).savefig(path, dpi=120)
        written.append(path)
    return written


def main(argv: list[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """
    Run the command line; return the exit status (0 fine, 1 input skipped, 2 usage error).

    >>> main(["reconcile", "--help"])  # doctest: +SKIP
    """
    from claimrec.pipeline import Settings, reconcile  # noqa: PLC0415 - fast --help

    out = stdout or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    err = sys.stderr
    if args.claims is not None or not args.paths:
        return _reconcile_claims(args, out, err)
    long_run = False

    def progress(line: str) -> None:
        # Stage lines go to standard error once the input is large enough to take a while.
        nonlocal long_run
        if line.startswith("loaded "):
            long_run = int(line.split()[1]) >= _LONG_RUN
        if long_run and not args.quiet:
            err.write(f"claimrec: {line}\n")

    try:
        report = reconcile(
            [str(p) for p in args.paths],
            settings=Settings(policy=args.policy),
            progress=progress,
        )
    except ClaimrecError as exc:
        err.write(f"claimrec: error: {exc}\n")
        return 1
    for problem in report.errors:
        err.write(f"claimrec: input problem: {problem}\n")
    text = report.to_json() + "\n" if args.json else report.summary() + "\n"
    if args.out is not None:
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            err.write(f"claimrec: error: cannot write {str(args.out)!r}: {exc.strerror}\n")
            return 2
    else:
        out.write(text)
    status = _write_views(report, args, err)
    if status:
        return status
    return 1 if report.errors else 0


def _reconcile_claims(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``claimrec reconcile --claims FILE``: the claim-level path of ``claimrec.scale``."""
    if args.claims is None or args.paths:
        err.write("claimrec: error: give either PATH... (articles) or --claims JSONL\n")
        return 2
    from claimrec.scale import ScaleOptions, reconcile_claims  # noqa: PLC0415 - fast --help

    def progress(stage: str, seconds: float, counts: object) -> None:
        if not args.quiet:
            err.write(f"claimrec: {stage} {seconds:.2f} s {counts}\n")

    try:
        if args.out is not None:
            reconcile_claims(
                args.claims,
                args.out,
                options=ScaleOptions(policy=args.policy),
                processes=args.processes,
                progress=progress,
            )
            return 0
        import tempfile  # noqa: PLC0415

        with tempfile.TemporaryDirectory(prefix="claimrec-") as tmp:
            target = Path(tmp, "report.json")
            reconcile_claims(
                args.claims,
                target,
                options=ScaleOptions(policy=args.policy),
                processes=args.processes,
                progress=progress,
            )
            out.write(target.read_text(encoding="utf-8") + "\n")
    except OSError as exc:
        err.write(f"claimrec: error: {exc}\n")
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
