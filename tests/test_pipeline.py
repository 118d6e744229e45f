"""Tests for claimrec.pipeline: Settings validation and the checks on hand-built claims."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.errors import (
    ClaimrecError,
    InvalidClaimError,
    InvalidClaimsError,
    InvalidTypeError,
    InvalidValueError,
)
from claimrec.matchers import DEFAULT_MATCHERS
from claimrec.pipeline import check_claims
from claimrec.testing import count_claim

TEXT = "Four people were killed in Kano on Sunday, police said."


def docs() -> list[cr.Document]:
    return [cr.Document("a", TEXT, published="2024-05-06")]


class TestSettings:
    @pytest.mark.parametrize(
        ("options", "error", "names"),
        [
            ({"threshold": "x"}, InvalidTypeError, "Settings.threshold"),
            ({"threshold": float("nan")}, InvalidValueError, "Settings.threshold"),
            ({"threshold": float("inf")}, InvalidValueError, "Settings.threshold"),
            ({"threshold": 1.5}, InvalidValueError, "Settings.threshold"),
            ({"threshold": True}, InvalidTypeError, "Settings.threshold"),
            ({"lexicon": "x"}, InvalidTypeError, "Settings.lexicon"),
            ({"lexicon": {"oodles": (50, None)}}, InvalidTypeError, "Settings.lexicon"),
            ({"matchers": "x"}, InvalidTypeError, "Settings.matchers"),
            ({"matchers": ()}, InvalidTypeError, "Settings.matchers"),
            ({"matchers": (print,)}, InvalidTypeError, "Settings.matchers"),
            ({"policy": "median"}, InvalidValueError, "Settings.policy"),
            ({"policy": 5}, InvalidValueError, "Settings.policy"),
            ({"absent_as_zero": "no"}, InvalidTypeError, "Settings.absent_as_zero"),
        ],
    )
    def test_wrong_option_fails_at_construction_naming_field_and_value(
        self, options, error, names
    ) -> None:
        """Settings refuses wrong types and ranges when it is made, not deep inside reconcile."""
        with pytest.raises(error, match=names) as info:
            cr.Settings(**options)

        assert isinstance(info.value, ClaimrecError)

    def test_valid_options_are_kept_and_a_matcher_list_is_frozen(self) -> None:
        """A lexicon, a threshold in [0, 1] and a list of matchers are accepted."""
        lexicon = cr.ENGLISH.extend({"oodles": (50, None)})

        settings = cr.Settings(lexicon=lexicon, threshold=0.7, matchers=list(DEFAULT_MATCHERS))

        assert settings.lexicon is lexicon
        assert settings.threshold == 0.7
        assert settings.matchers == tuple(DEFAULT_MATCHERS)


class TestReconcileOptions:
    def test_settings_of_the_wrong_type_is_a_typed_error(self) -> None:
        """reconcile(settings=...) with something else than Settings names the option."""
        with pytest.raises(InvalidTypeError, match="settings"):
            cr.reconcile(docs(), settings={"policy": "latest"})

    def test_progress_that_is_not_callable_is_a_typed_error(self) -> None:
        """reconcile(progress=5) fails before any work with a named error."""
        with pytest.raises(InvalidTypeError, match="progress"):
            cr.reconcile(docs(), progress=5)


class TestHandBuiltClaims:
    def test_claims_that_fit_are_reconciled(self) -> None:
        """Claims naming a known document, with spans inside its text, pass the checks."""
        claim = count_claim(id="a:1", document="a", quantity=4, span=(0, 11), measure="killed")

        report = cr.reconcile(docs(), claims=[claim])

        assert [c.id for c in report.claims] == ["a:1"]

    def test_claims_given_as_sources_point_to_the_claims_argument(self) -> None:
        """reconcile(claims) says the claims go in claims=, instead of failing to load them."""
        claim = count_claim(id="a:1", document="a", quantity=4, span=(0, 11), measure="killed")

        with pytest.raises(InvalidTypeError, match=r"reconcile\(documents, claims=claims\)"):
            cr.reconcile([claim])

    def test_every_problem_is_raised_at_once_naming_claim_and_field(self) -> None:
        """Unknown document, span past the end, duplicate id, empty id and a non-claim all show up."""
        claims = [
            count_claim(id="a:1", document="zz"),
            count_claim(id="a:2", document="a", span=(10, len(TEXT) + 5)),
            count_claim(id="a:3", document="a"),
            count_claim(id="a:3", document="a"),
            count_claim(id=" ", document="a"),
            {"id": "a:9"},
        ]

        with pytest.raises(InvalidClaimsError) as info:
            cr.reconcile(docs(), claims=claims)

        found = {(e.claim, e.field) for e in info.value.exceptions}
        assert found == {
            ("a:1", "document"),
            ("a:2", "span"),
            ("a:3", "id"),
            (" ", "id"),
            ("#5", "type"),
        }
        assert "5 of 6 claims" in str(info.value)
        assert all(isinstance(e, InvalidClaimError) for e in info.value.exceptions)

    def test_the_group_is_also_a_value_error_and_a_claimrec_error(self) -> None:
        """Callers catching ValueError or ClaimrecError see the problem; except* sees each one."""
        claims = [count_claim(id="c", document="zz")]

        with pytest.raises(ValueError, match="1 of 1 claims does not fit") as info:
            check_claims(docs(), claims)

        assert isinstance(info.value, ClaimrecError)
        assert "'zz'" in str(info.value.exceptions[0])

    def test_claims_that_are_not_a_list_are_a_typed_error(self) -> None:
        """claims=5 or a string is refused by type."""
        with pytest.raises(InvalidTypeError, match="claims"):
            check_claims(docs(), "a:1")


class TestRulePacks:
    """Settings choose the rule packs extraction reads; every backend honours them."""

    TEXT = "Two people were shot dead outside a bar on Friday, police said."

    def test_the_default_packs_are_general_conflict_and_shootings(self) -> None:
        assert cr.Settings().packs == ("general", "conflict", "shootings")

    def test_a_pack_that_does_not_exist_is_named_when_the_settings_are_made(self) -> None:
        with pytest.raises(cr.ClaimrecError, match="nope"):
            cr.Settings(packs=("nope",))

    def test_an_unknown_pack_names_the_field_and_the_shipped_packs(self) -> None:
        """A misspelt pack names Settings.packs, the value, and the packs one can choose."""
        with pytest.raises(ValueError, match=r"Settings\.packs") as caught:
            cr.Settings(packs=("general", "shootngs"))

        assert str(caught.value) == (
            "Settings.packs names no pack 'shootngs'; the packs are conflict, general, shootings"
        )

    def test_worker_processes_read_the_same_packs_as_one_process(self) -> None:
        docs = [cr.Document(f"d{i}", self.TEXT, published="2024-05-03") for i in range(3)]
        settings = cr.Settings(packs=("general",))

        one = cr.reconcile(docs, settings=settings, n_process=1)
        two = cr.reconcile(docs, settings=settings, n_process=2)

        assert one.to_json() == two.to_json()
