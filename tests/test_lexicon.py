"""Tests for claimrec.lexicon: the vague-quantifier table and the approximation tolerance."""

from __future__ import annotations

import pytest

from claimrec.errors import InvalidValueError, UnknownQuantifierError
from claimrec.lexicon import ENGLISH, KNOWN_VAGUE, Lexicon


class TestLexicon:
    @pytest.mark.parametrize(
        ("phrase", "bounds"),
        [
            ("several", (3, 9)),
            ("multiple", (2, None)),
            ("dozens", (24, 99)),
            ("a few", (2, 4)),
            ("a handful", (2, 6)),
            ("a number of", (2, None)),
            ("scores", (40, 199)),
            ("hundreds", (200, 999)),
            ("many", (2, None)),
            ("tens of", (20, 99)),
        ],
    )
    def test_english_holds_the_documented_table(self, phrase, bounds):
        """ENGLISH gives each documented quantifier its documented bounds."""
        assert ENGLISH.bounds(phrase) == bounds

    def test_every_known_english_quantifier_is_in_the_default(self):
        """The default lexicon covers every quantifier the parser recognises."""
        assert all(phrase in ENGLISH for phrase in KNOWN_VAGUE)

    def test_defaults(self):
        """The default tolerance is 0.1 and a bare plural is 2 or more."""
        assert (ENGLISH.tolerance, ENGLISH.plural) == (0.1, (2, None))

    def test_lookup_ignores_case_and_spacing(self):
        """'  A   Few ' finds 'a few'."""
        assert ENGLISH.bounds("  A   Few ") == (2, 4)

    def test_unknown_phrase_raises_and_says_how_to_add_it(self):
        """A phrase missing from the table raises UnknownQuantifierError naming extend()."""
        with pytest.raises(UnknownQuantifierError, match=r"'oodles'.*Lexicon\.extend"):
            ENGLISH.bounds("oodles")

    def test_unknown_is_a_lookup_error(self):
        """UnknownQuantifierError is caught by except LookupError."""
        with pytest.raises(LookupError):
            ENGLISH.bounds("oodles")

    def test_extend_adds_and_overrides_without_changing_the_original(self):
        """extend() returns a new lexicon; ENGLISH stays as it was."""
        lexicon = ENGLISH.extend({"Oodles": (50, None), "dozens": (12, 99)})

        assert lexicon.bounds("oodles") == (50, None)
        assert lexicon.bounds("dozens") == (12, 99)
        assert lexicon.bounds("several") == (3, 9)
        assert ENGLISH.bounds("dozens") == (24, 99)
        assert "oodles" not in ENGLISH
        assert lexicon.tolerance == ENGLISH.tolerance

    def test_replace_gives_an_entirely_own_table(self):
        """replace(entries=...) drops every default entry."""
        own = ENGLISH.replace(entries={"a smattering": (1, 3)}, tolerance=0.05, plural=(2, 50))

        assert len(own) == 1
        assert "several" not in own
        assert (own.tolerance, own.plural) == (0.05, (2, 50))

    def test_constructor_builds_a_lexicon_from_scratch(self):
        """Lexicon({...}) is a whole new table with the default tolerance."""
        own = Lexicon({"a bunch": (3, None)})

        assert own.bounds("a bunch") == (3, None)
        assert own.tolerance == 0.1
        assert own.max_words == 2

    def test_first_words_follow_the_entries(self):
        """first_words holds the first word of every phrase, also after extend()."""
        own = Lexicon({"a bunch": (3, None)}).extend({"scores": (40, 99)})

        assert own.first_words == frozenset({"a", "scores"})

    @pytest.mark.parametrize(
        "bounds",
        [(5, 2), (-1, 3), (1.5, 3), ("3", 9), (3,), None, (True, 4)],
    )
    def test_bad_bounds_are_refused_with_the_phrase_named(self, bounds):
        """An entry must be (low, high) whole numbers with low <= high, or high None."""
        with pytest.raises(InvalidValueError, match="'bad'"):
            ENGLISH.extend({"bad": bounds})

    @pytest.mark.parametrize("tolerance", [-0.1, 1.0, 2, "0.1"])
    def test_bad_tolerance_is_refused(self, tolerance):
        """The tolerance must lie in [0, 1)."""
        with pytest.raises(InvalidValueError, match="tolerance"):
            ENGLISH.replace(tolerance=tolerance)

    def test_empty_keys_are_refused(self):
        """A blank phrase cannot be a key."""
        with pytest.raises(InvalidValueError, match="non-empty"):
            Lexicon({"  ": (1, 2)})

    def test_is_frozen_and_reads_in_one_line(self):
        """A lexicon cannot be changed in place and its repr is short."""
        with pytest.raises(AttributeError):
            ENGLISH.tolerance = 0.5  # type: ignore[misc]

        assert repr(ENGLISH) == f"Lexicon(<{len(ENGLISH)} entries>, tolerance=0.1)"

    def test_equal_tables_are_equal(self):
        """Two lexicons with the same entries and settings compare equal."""
        assert Lexicon({"a few": (2, 4)}) == Lexicon({"A few": (2, 4)})
