"""The public API: no function hides a module, and the old calls still work, with a warning."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest

import claimrec as cr

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Seven Americans were wounded in a rocket attack, a U.S. official said."


def _submodules() -> set[str]:
    """The names of claimrec's own modules and packages, public or not."""
    return {info.name for info in pkgutil.iter_modules(cr.__path__)}


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's (RUF022) order of __all__: SCREAMING_CASE, then CamelCase, then the rest."""
    if name.isupper():
        return 0, name
    return (1, name) if name[0].isupper() else (2, name)


def _parameters(function: object) -> list[tuple[str, object, object]]:
    """Each parameter's name, kind and default (annotations are strings on both sides)."""
    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


class TestModules:
    def test_the_stages_are_modules(self) -> None:
        """claimrec.extract and claimrec.resolve are the modules, however they are reached."""
        import claimrec.extract as extract_package  # noqa: PLC0415
        import claimrec.resolve as resolve_module  # noqa: PLC0415
        from claimrec import extract, resolve  # noqa: PLC0415

        assert inspect.ismodule(cr.extract)
        assert inspect.ismodule(cr.resolve)
        assert cr.extract is extract is extract_package
        assert cr.resolve is resolve is resolve_module

    def test_no_public_name_is_the_name_of_a_module_it_hides(self) -> None:
        """A name of __all__ that a module of the package bears is that module itself."""
        modules = _submodules()

        hiding = [
            name
            for name in cr.__all__
            if name in modules
            and getattr(cr, name) is not importlib.import_module(f"claimrec.{name}")
        ]

        assert "extract" in modules
        assert "resolve" in modules
        assert hiding == []

    def test_all_is_sorted_and_every_name_resolves(self) -> None:
        """__all__ is sorted as ruff sorts it (constants, classes, the rest), and each name resolves."""
        names = list(cr.__all__)

        assert names == sorted(names, key=_isort_key)
        assert [name for name in names if not hasattr(cr, name)] == []

    def test_the_old_names_are_not_exported(self) -> None:
        """`from claimrec import *` gives extract_claims and resolve_claims, not the modules."""
        assert "extract" not in cr.__all__
        assert "resolve" not in cr.__all__
        assert {"extract_all", "extract_claims", "resolve_claims"} <= set(cr.__all__)


class TestExtractClaims:
    def test_imports_from_claimrec(self) -> None:
        """`from claimrec import extract_claims` reads one document's claims."""
        from claimrec import Document, extract_claims  # noqa: PLC0415

        claims = extract_claims(Document("d", TEXT))

        assert [(c.measure, c.group, str(c.quantity)) for c in claims] == [("injured", "us", "7")]

    def test_is_the_function_of_the_extract_package(self) -> None:
        """claimrec.extract_claims and claimrec.extract.extract_claims are one function."""
        from claimrec.extract import extract, extract_claims  # noqa: PLC0415

        assert cr.extract_claims is extract_claims is extract


class TestResolveClaims:
    def test_is_the_function_of_the_resolve_module(self) -> None:
        """claimrec.resolve_claims is claimrec.resolve.resolve under its public name."""
        from claimrec.resolve import resolve  # noqa: PLC0415

        assert cr.resolve_claims is resolve

    def test_resolves_extracted_claims(self) -> None:
        """Claims of one event resolve to a finding per slot."""
        claims = cr.extract_claims(cr.Document("d", TEXT))

        resolution = cr.resolve_claims(claims, {c.id: "e1" for c in claims})

        assert [(f.measure, f.group, f.verdict) for f in resolution.findings] == [
            ("injured", "us", "consistent")
        ]


class TestDeprecatedCalls:
    def test_calling_extract_warns_once_and_gives_the_same_claims(self) -> None:
        """cr.extract(doc) warns, naming extract_claims and this file, and reads the same claims."""
        doc = cr.Document("d", TEXT)

        with pytest.warns(DeprecationWarning, match=r"call claimrec\.extract_claims\(") as seen:
            old = cr.extract(doc)  # type: ignore[operator]

        assert len(seen) == 1
        assert seen[0].filename == __file__
        assert old == cr.extract_claims(doc)

    def test_calling_extract_passes_its_options(self) -> None:
        """A lexicon given to the old call reaches the extractor."""
        doc = cr.Document("d", "Scores of people were hurt.")
        lexicon = cr.ENGLISH.extend({"scores": (40, 199)})

        with pytest.warns(DeprecationWarning, match="extract_claims"):
            old = cr.extract(doc, lexicon=lexicon)  # type: ignore[operator]

        assert old == cr.extract_claims(doc, lexicon=lexicon)

    def test_calling_resolve_warns_once_and_gives_the_same_resolution(self) -> None:
        """cr.resolve(claims, claim_event) warns, naming resolve_claims, and resolves the same."""
        claims = cr.extract_claims(cr.Document("d", TEXT))
        claim_event = {c.id: "e1" for c in claims}

        with pytest.warns(DeprecationWarning, match=r"call claimrec\.resolve_claims\(") as seen:
            old = cr.resolve(claims, claim_event, policy="consensus")  # type: ignore[operator]

        assert len(seen) == 1
        assert seen[0].filename == __file__
        assert old == cr.resolve_claims(claims, claim_event)

    @pytest.mark.parametrize(
        ("module", "function"),
        [("claimrec.extract", "extract_claims"), ("claimrec.resolve", "resolve_claims")],
    )
    def test_the_old_call_takes_the_parameters_of_the_new_function(
        self, module: str, function: str
    ) -> None:
        """The callable module forwards every parameter the function has, with its default."""
        call = type(importlib.import_module(module)).__call__

        assert _parameters(call)[1:] == _parameters(getattr(cr, function))

    def test_the_functions_themselves_do_not_warn(self) -> None:
        """extract_claims and resolve_claims run under `filterwarnings = error` untouched."""
        claims = cr.extract_claims(cr.Document("d", TEXT))

        resolution = cr.resolve_claims(claims, {})

        assert resolution.findings == ()


class TestReference:
    def test_the_api_reference_lists_the_new_names(self) -> None:
        """docs/reference.md renders extract_claims and resolve_claims, not the old calls."""
        reference = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")

        rendered = re.findall(r"^::: (\S+)", reference, flags=re.MULTILINE)
        members = re.findall(r"members: \[([^\]]*)\]", reference)
        listed = set(rendered) | {m.strip() for group in members for m in group.split(",")}

        assert "claimrec.extract_claims" in listed
        assert "claimrec.resolve_claims" in listed
        assert "extract" not in listed
