"""Tests for the claimrec command, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
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

    def test_missing_path_is_reported_with_exit_one(self, tmp_path: Path) -> None:
        """A path that does not exist is named on standard error."""
        done = run("reconcile", str(tmp_path / "nope.txt"))

        assert done.returncode == 1
        assert "nope.txt" in done.stderr

    def test_usage_error_exits_two(self) -> None:
        """An unknown option is a usage error: exit 2."""
        done = run("reconcile", str(SEEDS), "--bogus")

        assert done.returncode == 2

    def test_output_is_byte_identical_across_runs(self) -> None:
        """Running twice gives the same bytes."""
        a = run("reconcile", str(SEEDS), "--json").stdout
        b = run("reconcile", str(SEEDS), "--json").stdout

        assert a == b
