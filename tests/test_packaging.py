"""Packaging: the licence, the version, the metadata and the README's commands agree."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import claimrec as cr

ROOT = Path(__file__).resolve().parents[1]
DEV_TOOLS = ("pytest", "hypothesis", "mypy", "ruff", "playwright", "mkdocs", "nbclient")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", readme)


def _extra_requirements(extra: str, extras: dict[str, list[str]]) -> set[str]:
    """The distribution names an extra pulls in, following claimrec[...] self-references."""
    names: set[str] = set()
    for requirement in extras[extra]:
        inner = re.fullmatch(r"claimrec\[(.+)\]", requirement)
        if inner:
            for sub in inner.group(1).split(","):
                names |= _extra_requirements(sub.strip(), extras)
        else:
            names.add(re.split(r"[<>=\[;~! ]", requirement, maxsplit=1)[0].lower())
    return names


class TestLicense:
    def test_mit_licence_file_names_the_authors_and_year(self) -> None:
        """LICENSE is the MIT licence of the claimrec developers, 2026, and pyproject ships it."""
        text = (ROOT / "LICENSE").read_text(encoding="utf-8")

        project = _pyproject()["project"]

        assert text.startswith("MIT License")
        assert "Copyright (c) 2026 claimrec developers" in text
        assert project["license"] == "MIT"
        assert project["license-files"] == ["LICENSE"]


class TestVersion:
    def test_version_comes_from_the_installed_metadata(self) -> None:
        """claimrec.__version__ is the version of the installed distribution."""
        assert cr.__version__ == importlib.metadata.version("claimrec")


class TestMetadata:
    def test_classifiers_name_python_versions_status_and_audience(self) -> None:
        """The classifiers say Python 3.11-3.13, Alpha, and who it is for."""
        classifiers = set(_pyproject()["project"]["classifiers"])

        assert {
            "Programming Language :: Python :: 3.11",
            "Programming Language :: Python :: 3.12",
            "Programming Language :: Python :: 3.13",
            "Development Status :: 3 - Alpha",
            "Intended Audience :: Science/Research",
        } <= classifiers

    def test_project_urls_are_declared(self) -> None:
        """[project.urls] names the home page, documentation, source and issue tracker."""
        urls = _pyproject()["project"]["urls"]

        assert {"Homepage", "Documentation", "Source", "Issues"} <= set(urls)

    def test_all_extra_pulls_no_developer_tool(self) -> None:
        """`pip install claimrec[all]` gives the features, not pytest, mypy, ruff, playwright or mkdocs."""
        extras = _pyproject()["project"]["optional-dependencies"]

        pulled = _extra_requirements("all", extras)

        assert {"pandas", "matplotlib"} <= pulled
        assert not [name for name in pulled if name.startswith(DEV_TOOLS)]

    def test_dev_extra_holds_every_developer_tool(self) -> None:
        """The dev extra installs what the tests, the gates and the docs build need."""
        extras = _pyproject()["project"]["optional-dependencies"]

        pulled = _extra_requirements("dev", extras)

        assert all(any(name.startswith(tool) for name in pulled) for tool in DEV_TOOLS)


class TestReadmeCommands:
    def test_ci_runs_the_readme_commands_verbatim(self) -> None:
        """.ci/run calls exactly the README's install command and its test command."""
        ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

        commands = _readme_commands()

        assert len(commands) == 2
        assert commands[1] == 'pip install -e ".[dev]" && python -m pytest'
        assert all(
            command in ci.splitlines() or f"{command} > /dev/null" in ci for command in commands
        )
