# ruff: noqa: INP001 - docs/ holds pages, not a package
"""Doctests in docs/*.md run from the repository root, so ``"seeds/"`` names the seeds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The griffe extension of the API reference needs the docs extra.
collect_ignore = [] if importlib.util.find_spec("griffe") else ["griffe_doctests.py"]


@pytest.fixture(autouse=True)
def _run_from_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
