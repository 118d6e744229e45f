"""The documentation: the tutorial notebook executes, and the mkdocs site builds with --strict."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


class TestTutorialNotebook:
    @pytest.mark.skipif(
        importlib.util.find_spec("nbclient") is None
        or importlib.util.find_spec("ipykernel") is None,
        reason="the docs extra (nbclient, ipykernel) is not installed",
    )
    def test_notebook_executes_and_shows_the_report_frames_and_a_chart(self) -> None:
        """Every cell of docs/tutorial-notebook.ipynb runs; outputs hold the report, a frame and a PNG."""
        import nbformat  # noqa: PLC0415 - the docs extra is optional
        from nbclient import NotebookClient  # noqa: PLC0415

        notebook = nbformat.read(ROOT / "docs" / "tutorial-notebook.ipynb", as_version=4)

        NotebookClient(
            notebook,
            timeout=300,
            kernel_name="python3",
            resources={"metadata": {"path": ROOT / "docs"}},
        ).execute()

        outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
        assert not [o for o in outputs if o.output_type == "error"]
        html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
        assert any("claimrec-report" in h for h in html)
        assert any("claimrec-event" in h for h in html)
        assert any("<table" in h and "attribution_kind" in h for h in html)
        assert any("image/png" in o.get("data", {}) for o in outputs)


class TestShippedNotebook:
    def test_the_notebook_is_saved_with_its_outputs(self) -> None:
        """The site renders the notebook as saved, so every code cell carries its output."""
        notebook = json.loads((ROOT / "docs" / "tutorial-notebook.ipynb").read_text("utf-8"))

        code = [c for c in notebook["cells"] if c["cell_type"] == "code"]

        assert code
        assert all(c["outputs"] for c in code)
        assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]


class TestMkdocsSite:
    @pytest.mark.skipif(
        shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None,
        reason="the docs extra (mkdocs-material, mkdocstrings) is not installed",
    )
    def test_site_builds_with_warnings_as_errors(self, tmp_path: Path) -> None:
        """`mkdocs build --strict` succeeds: every link, nav entry and API reference resolves."""
        mkdocs = str(Path(sys.executable).parent / "mkdocs")

        done = subprocess.run(
            [mkdocs, "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent)},
        )

        assert done.returncode == 0, done.stderr
        assert (tmp_path / "site" / "tutorial" / "index.html").exists()
        assert (tmp_path / "site" / "images" / "event-conflict.png").exists()
        notebook_page = tmp_path / "site" / "tutorial-notebook" / "index.html"
        assert "data:image/png" in notebook_page.read_text(encoding="utf-8")
