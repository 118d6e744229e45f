"""Tests for the claimrec command, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimrec.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def seeds_json() -> dict:
    done = run("reconcile", str(SEEDS), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


class TestReconcileCommand:
    def test_summary_of_the_seeds_lists_events_and_verdicts(self) -> None:
        """Without --json the command prints a readable summary and exits 0."""
        done = run("reconcile", str(SEEDS))

        assert done.returncode == 0, done.stderr
        assert "5 documents" in done.stdout
        assert "Event " in done.stdout
        assert "Unattributed claims" in done.stdout

    def test_json_of_the_seeds_holds_every_document(self, seeds_json: dict) -> None:
        """--json writes claimrec.report/1 with the five seed documents."""
        assert seeds_json["schema"] == "claimrec.report/1"
        assert sorted(d["id"] for d in seeds_json["documents"]) == sorted(
            p.stem for p in SEEDS.glob("*.txt")
        )

    def test_seven_and_several_injured_americans_are_consistent(self, seeds_json: dict) -> None:
        """The design card's example: '7 injured' and 'several injured' from different sources agree."""
        by_doc = {d["id"]: d["event"] for d in seeds_json["documents"]}
        claims = {c["id"]: c for c in seeds_json["claims"]}
        findings = [
            f
            for f in seeds_json["findings"]
            if f["measure"] == "injured"
            and f["group"].startswith("us")
            and {claims[c]["document"][:3] for c in f["claims"]} >= {"000", "002"}
        ]

        assert (
            by_doc[next(d for d in by_doc if d.startswith("000"))]
            == by_doc[next(d for d in by_doc if d.startswith("002"))]
        )
        assert findings
        assert findings[0]["verdict"] == "consistent"

    def test_reporter_voice_troop_numbers_are_flagged_unattributed(self, seeds_json: dict) -> None:
        """'There are nearly 2,500 American troops in Iraq' is stated by nobody."""
        troops = [c for c in seeds_json["claims"] if c["measure"] == "troops"]

        assert troops
        assert all(c["scope"] == "standing" for c in troops)
        assert any("unattributed" in c["flags"] for c in troops)

    def test_out_writes_a_file(self, tmp_path: Path) -> None:
        """--out FILE writes the output there, not to standard output."""
        target = tmp_path / "report.json"

        done = run("reconcile", str(SEEDS), "--json", "--out", str(target))

        assert done.returncode == 0, done.stderr
        assert done.stdout == ""
        assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "claimrec.report/1"

    def test_bad_files_are_reported_and_the_rest_processed_with_exit_one(
        self, tmp_path: Path
    ) -> None:
        """A broken JSONL line is named on standard error; good documents still come out; exit 1."""
        src = tmp_path / "in.jsonl"
        src.write_text(
            '{"id": "ok", "text": "Three people were injured in a shooting, police said."}\n{broken\n',
            encoding="utf-8",
        )

        done = run("reconcile", str(src), "--json")

        assert done.returncode == 1
        assert "in.jsonl" in done.stderr
        assert "line 2" in done.stderr
        assert [d["id"] for d in json.loads(done.stdout)["documents"]] == ["ok"]

    def test_missing_path_is_named_once_and_the_rest_processed_with_exit_one(
        self, tmp_path: Path
    ) -> None:
        """A path that does not exist is named once on standard error; the seeds still come out."""
        done = run("reconcile", str(SEEDS), str(tmp_path / "nope.txt"))

        assert done.returncode == 1
        assert done.stderr.count("nope.txt") == 1
        assert "5 documents" in done.stdout

    def test_nothing_readable_says_so_and_exits_three(self, tmp_path: Path) -> None:
        """An empty folder, a folder of broken files or a lone missing path: exit 3, no report."""
        (tmp_path / "empty").mkdir()
        (tmp_path / "broken").mkdir()
        (tmp_path / "broken" / "x.jsonl").write_text("{nope\n", encoding="utf-8")

        runs = [
            run("reconcile", str(tmp_path / "empty")),
            run("reconcile", str(tmp_path / "broken")),
            run("reconcile", str(tmp_path / "nope.txt")),
        ]

        assert [r.returncode for r in runs] == [3, 3, 3]
        assert all("no document could be read" in r.stderr for r in runs)
        assert all(r.stdout == "" for r in runs)
        assert runs[2].stderr.count("nope.txt") == 2  # the problem, then the summary line

    def test_usage_error_exits_two(self) -> None:
        """An unknown option is a usage error: exit 2."""
        done = run("reconcile", str(SEEDS), "--bogus")

        assert done.returncode == 2

    def test_output_is_byte_identical_across_runs(self) -> None:
        """Running twice gives the same bytes."""
        a = run("reconcile", str(SEEDS), "--json").stdout
        b = run("reconcile", str(SEEDS), "--json").stdout

        assert a == b


def run_module(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimrec", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def run_patched(patch: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run main(args) in a fresh interpreter after *patch* (Python code) broke something."""
    code = f"import sys\n{patch}\nfrom claimrec.cli import main\nsys.exit(main({list(args)!r}))"
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


GVA_LIKE = [
    {
        "doc_id": "g1",
        "title": "Two wounded in Fairhaven shooting",
        "text": "Two people were wounded in a shooting in Fairhaven on Sunday, police said.",
        "published": "2014-01-12",
        "source": "a.example",
    },
    {
        "doc_id": "g2",
        "title": "Fairhaven shooting",
        "text": "Police said two men were shot and wounded in Fairhaven on Sunday night.",
        "published": "January 13, 2014",
        "source": "b.example",
    },
]


class TestCommandLine:
    def test_version_is_the_installed_distribution(self) -> None:
        """claimrec --version prints the version importlib.metadata knows."""
        done = run_module("--version")

        assert done.returncode == 0
        assert done.stdout.strip() == f"claimrec {version('claimrec')}"

    def test_python_dash_m_claimrec_runs_the_command(self) -> None:
        """python -m claimrec gives the same bytes as python -m claimrec.cli."""
        assert (
            run_module("reconcile", str(SEEDS), "--json").stdout
            == run("reconcile", str(SEEDS), "--json").stdout
        )

    def test_standard_input_is_read_as_json_lines(self, tmp_path: Path) -> None:
        """'-' reads JSONL from standard input: the same report as the file."""
        lines = "".join(json.dumps(r) + "\n" for r in GVA_LIKE)
        path = tmp_path / "docs.jsonl"
        path.write_text(lines, encoding="utf-8")

        piped = run_module("reconcile", "-", "--json", stdin=lines)

        assert piped.returncode == 0, piped.stderr
        assert piped.stdout == run_module("reconcile", str(path), "--json").stdout

    def test_jobs_give_the_same_bytes_as_one_process(self) -> None:
        """--jobs 2 extracts on two processes and writes the same JSON."""
        one = run_module("reconcile", str(SEEDS), "--json")
        two = run_module("reconcile", str(SEEDS), "--json", "--jobs", "2")

        assert two.returncode == 0, two.stderr
        assert two.stdout == one.stdout

    def test_verbose_prints_stage_lines_and_quiet_prints_none(self) -> None:
        """--verbose logs each stage on standard error; --quiet and a pipe print nothing."""
        loud = run_module("reconcile", str(SEEDS), "--verbose")
        quiet = run_module("reconcile", str(SEEDS), "--quiet")
        piped = run_module("reconcile", str(SEEDS))

        assert "claimrec: extracted" in loud.stderr
        assert quiet.stderr == ""
        assert piped.stderr == ""

    def test_an_unexpected_error_is_one_line_and_exit_seventy(self) -> None:
        """A bug: one 'internal error' line and status 70; the traceback only with --verbose."""
        patch = (
            "import claimrec.match as m\n"
            "def boom(*a, **k): raise RuntimeError('matcher exploded')\n"
            "m.match_events = boom"
        )

        plain = run_patched(patch, "reconcile", str(SEEDS))
        verbose = run_patched(patch, "reconcile", str(SEEDS), "--verbose")

        assert plain.returncode == verbose.returncode == 70
        expected = (
            "claimrec: internal error: RuntimeError: matcher exploded "
            "(run with --verbose for the traceback); please report it"
        )
        assert plain.stderr.strip().splitlines() == [expected]
        assert "Traceback (most recent call last)" in verbose.stderr

    def test_a_crash_while_writing_leaves_the_old_outputs_whole(self, tmp_path: Path) -> None:
        """--out and --html go through a temporary file: a failure never truncates them."""
        out, page = tmp_path / "r.json", tmp_path / "r.html"
        out.write_text("old report", encoding="utf-8")
        page.write_text("old page", encoding="utf-8")
        patch = (
            "from claimrec.report import Report\n"
            "Report.to_json = lambda self, **k: 'half' + chr(0xD800)\n"
            "Report.to_html = lambda self, **k: 'half' + chr(0xD800)"
        )

        done = run_patched(patch, "reconcile", str(SEEDS), "--json", "--out", str(out))
        page_done = run_patched(patch, "reconcile", str(SEEDS), "--html", str(page))

        assert (done.returncode, page_done.returncode) == (70, 70)
        assert out.read_text(encoding="utf-8") == "old report"
        assert page.read_text(encoding="utf-8") == "old page"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.json"]

    def test_outputs_are_written_whole_with_ordinary_permissions(self, tmp_path: Path) -> None:
        """--out and --html write complete files readable as any new file would be."""
        out, page = tmp_path / "r.json", tmp_path / "r.html"

        done = run_module("reconcile", str(SEEDS), "--json", "--out", str(out), "--html", str(page))

        assert done.returncode == 0, done.stderr
        assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "claimrec.report/1"
        assert page.read_text(encoding="utf-8").rstrip().endswith("</html>")
        mask = os.umask(0o022)
        os.umask(mask)
        assert out.stat().st_mode & 0o777 == 0o666 & ~mask

    def test_claim_lines_that_are_not_claims_are_named_and_exit_one(self, tmp_path: Path) -> None:
        """[1,2], "x", mention: [] and a repeated id: named errors, exit 1, the rest reconciled."""
        good = {
            "id": "c1",
            "document": "d1",
            "type": "responsibility",
            "stance": "claimed",
            "actor": "X",
            "span": [0, 1],
            "attribution": {"kind": "none"},
        }
        path = tmp_path / "claims.jsonl"
        path.write_text(
            "\n".join(
                [
                    json.dumps(good),
                    "[1, 2]",
                    '"x"',
                    json.dumps({**good, "id": "c2", "mention": []}),
                    json.dumps(good),
                ]
            )
            + "\n",
            encoding="utf-8",
        )

        done = run_module("reconcile", "--claims", str(path), "--quiet")

        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        for says in ("JSON array", "JSON string", "'mention'", "repeats the claim id 'c1'"):
            assert says in done.stderr
        report = json.loads(done.stdout)
        assert [c["id"] for c in report["claims"]] == ["c1"]
        assert all(len(f["claims"]) == len(set(f["claims"])) for f in report["findings"])

    def test_claims_give_the_page_and_charts_they_are_asked_for(self, tmp_path: Path) -> None:
        """--claims with --html and --plots writes the page and charts of the claims' report."""
        rows, out, page = tmp_path / "rows.jsonl", tmp_path / "r.json", tmp_path / "r.html"
        wrote = run_module("reconcile", str(SEEDS), "--quiet", "--claims-out", str(rows))
        assert wrote.returncode == 0, wrote.stderr

        done = run_module(
            "reconcile", "--claims", str(rows), "--quiet", "--out", str(out), "--html", str(page)
        )

        assert done.returncode == 0, done.stderr
        events = json.loads(out.read_text(encoding="utf-8"))["events"]
        html = page.read_text(encoding="utf-8")
        assert html.rstrip().endswith("</html>")
        assert all(event["id"] in html for event in events)

    def test_a_missing_claims_file_is_named_and_exits_three(self, tmp_path: Path) -> None:
        """--claims with a path that does not exist: one line naming it, exit 3."""
        done = run_module("reconcile", "--claims", str(tmp_path / "nope.jsonl"))

        assert done.returncode == 3
        assert done.stderr.count("nope.jsonl") == 1
        assert "Traceback" not in done.stderr

    def test_a_closed_output_pipe_stops_quietly(self) -> None:
        """The reader of standard output goes away (| head): exit 141, no traceback."""
        with subprocess.Popen(
            [sys.executable, "-m", "claimrec", "reconcile", str(SEEDS), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        ) as proc:
            assert proc.stdout is not None
            assert proc.stderr is not None
            proc.stdout.close()
            err = proc.stderr.read().decode()
            status = proc.wait(timeout=300)

        assert status == 141
        assert err == ""

    def test_the_summary_escapes_terminal_control_characters(self, tmp_path: Path) -> None:
        """An id or title holding ESC sequences is printed escaped in the summary."""
        src = tmp_path / "e.jsonl"
        src.write_text(
            json.dumps(
                {
                    "id": "x\x1b]0;pwned\x07",
                    "title": "Shooting \x1b[2J in Fairhaven",
                    "text": "Two people were killed in Fairhaven on Sunday, police said.",
                }
            )
            + "\n",
            encoding="utf-8",
        )

        done = run_module("reconcile", str(src))

        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout
        assert "\x07" not in done.stdout
