"""Packaging: the licence, the version, the metadata and the README's commands agree."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import pkgutil
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


class TestExtractPackage:
    def test_extraction_is_a_subpackage(self) -> None:
        """claimrec.extract is a package whose modules are private: its public names are in __all__."""
        package = importlib.import_module("claimrec.extract")

        modules = [m.name for m in pkgutil.iter_modules(package.__path__)]

        assert Path(package.__file__ or "").name == "__init__.py"
        assert modules
        assert all(name.startswith("_") for name in modules)
        assert package.__all__ == sorted(package.__all__)

    def test_public_names_import_from_the_package_and_from_claimrec(self) -> None:
        """extract_claims and extract_all are one object whether read from claimrec or claimrec.extract."""
        from claimrec.extract import extract_all, extract_claims, normalize_place  # noqa: PLC0415

        package = importlib.import_module("claimrec.extract")

        assert package.__all__ == ["extract", "extract_all", "extract_claims", "normalize_place"]
        assert cr.extract is package
        assert cr.extract_claims is extract_claims
        assert cr.extract_all is extract_all
        assert normalize_place("Ain al-Asad") == normalize_place("Ain Al-Assad")

    def test_old_module_paths_are_gone(self) -> None:
        """The modules moved into claimrec.extract leave no shim behind at their old paths."""
        moved = ("_rules", "_attribution", "_groups", "_responsibility")
        for old in moved:
            assert importlib.util.find_spec(f"claimrec.{old}") is None, old
            assert importlib.util.find_spec(f"claimrec.extract.{old}") is not None, old
        assert not (ROOT / "src" / "claimrec" / "extract.py").exists()


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
