"""Tests for claimrec.model: strict quantities and typed errors for misused value objects."""

from __future__ import annotations

import copy
import os
import pickle

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec._checks import evolve_unchecked
from claimrec.errors import (
    ClaimrecError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidValueError,
)
from claimrec.model import MAX_COUNT
from strategies import quantities
from timing import seconds


class TestQuantityParse:
    @pytest.mark.parametrize(
        ("text", "bounds"),
        [
            ("12", (12, 12)),
            ("14,128", (14128, 14128)),
            ("1 000", (1000, 1000)),
            ("10 000 000", (10_000_000, 10_000_000)),
            ("1\u00a0000", (1000, 1000)),
            ("at least 1 000", (1000, None)),
            ("between 1 000 and 2 000", (1000, 2000)),
            ("  seven  ", (7, 7)),
            ("17 to 40", (17, 40)),
            ("between 17 and 40", (17, 40)),
            ("several hundred", (300, 999)),
            ("2.5 million", (2_500_000, 2_500_000)),
            ("10 or more", (10, None)),
        ],
    )
    def test_whole_text_that_is_a_count_is_read(self, text, bounds) -> None:
        """A text that is exactly one count gives its bounds; spaces may group thousands."""
        q = cr.Quantity.parse(text)

        assert (q.low, q.high) == bounds
        assert q.text == text.strip()

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("12abc", "'abc' follows"),
            ("3k", "'k' follows"),
            ("1e308", "'e308' follows"),
            ("seven Americans", "strict=False"),
            ("7.", "'.' follows"),
            ("1 0000", "'0000' follows"),
            ("1.000", "decimal"),
            ("12.5", "no count"),
            ("", "no count"),
            ("9" * 30, "more than 15 digits"),
            ("1" * 201, "201 characters long"),
        ],
    )
    def test_text_that_is_more_or_less_than_a_count_is_an_error(self, text, names) -> None:
        """Trailing letters, units, exponents or decimals are errors that name the text."""
        with pytest.raises(InvalidQuantityError) as info:
            cr.Quantity.parse(text)

        assert repr(text)[:20] in str(info.value) or text == ""
        assert names in str(info.value)

    @pytest.mark.parametrize(
        "text", ["10 to 5", "40-17", "between 40 and 17", "forty to seventeen"]
    )
    def test_downward_range_is_an_error_that_says_so(self, text) -> None:
        """A range whose second end is smaller is refused, with the order to write instead."""
        with pytest.raises(InvalidQuantityError, match="runs downwards"):
            cr.Quantity.parse(text)

    @pytest.mark.parametrize("text", ["between 40", "from 5"])
    def test_one_end_of_a_range_is_an_error(self, text) -> None:
        """'between 40' alone is not read as 40."""
        with pytest.raises(InvalidQuantityError, match="one end of a range"):
            cr.Quantity.parse(text)

    def test_lenient_reading_takes_the_count_at_the_start(self) -> None:
        """strict=False reads the count that opens a longer phrase, as the extractor does."""
        q = cr.Quantity.parse("seven Americans", strict=False)

        assert (q.low, q.high, q.text) == (7, 7, "seven")

    @pytest.mark.parametrize("value", [None, 12, b"12", ["12"]])
    def test_non_string_is_a_type_error_naming_the_type(self, value) -> None:
        """Quantity.parse(None) and friends raise InvalidTypeError, not a bare TypeError."""
        with pytest.raises(InvalidTypeError, match=type(value).__name__):
            cr.Quantity.parse(value)

    def test_lexicon_of_the_wrong_type_is_a_type_error(self) -> None:
        """A lexicon that is not a Lexicon is refused by name."""
        with pytest.raises(InvalidTypeError, match="lexicon"):
            cr.Quantity.parse("several", lexicon={"several": (3, 9)})

    def test_long_adversarial_text_is_linear(self) -> None:
        """100,000 characters of digit groups, spaces and dots parse (or fail) in well under a second."""
        texts = ["1 000 " * 20_000, "1." * 50_000, "9" * 100_000, "1 " * 50_000]

        def parse_all() -> None:
            for text in texts:
                with pytest.raises(ClaimrecError):
                    cr.Quantity.parse(text)

        elapsed = seconds(parse_all, tries=1)

        assert elapsed < 5.0

    @given(st.text(alphabet="0123456789 ,.-toandbewfrmi\u00a0", max_size=40))
    @settings(max_examples=300, deadline=None)
    def test_any_text_gives_a_valid_quantity_or_a_claimrec_error(self, text) -> None:
        """Strings of digits, separators and range words never raise anything but ClaimrecError."""
        try:
            q = cr.Quantity.parse(text)
        except ClaimrecError:
            return

        assert 0 <= q.low <= MAX_COUNT
        assert q.high is None or q.low <= q.high
        assert q.text == text.strip()

    @given(quantities)
    @settings(max_examples=300, deadline=None)
    def test_what_str_writes_reads_back_with_the_same_bounds(self, q) -> None:
        """parse(str(q)) has q's bounds for every kind of quantity, vague ones included."""
        back = cr.Quantity.parse(str(q))

        assert (back.low, back.high) == (q.low, q.high)

    def test_vague_words_with_bounds_keep_the_words(self) -> None:
        """'several (3–9)' is the vague count 3..9 whose words are 'several'."""
        q = cr.Quantity.parse("several (3–9)")

        assert (q.low, q.high, q.qualifier, q.text) == (3, 9, "vague", "several")


class TestQuantityBounds:
    def test_copies_read_their_own_bounds_after_the_original_was_read(self) -> None:
        """lower/upper are kept once read; a copy with another tolerance or high computes its own."""
        q = cr.Quantity(100, 200, tolerance=0.1)
        assert (q.lower, q.upper) == (90, 220)

        wider = attrs.evolve(q, tolerance=0.2)
        open_ended = evolve_unchecked(q, "high", None)
        copies = (copy.copy(q), copy.deepcopy(q), pickle.loads(pickle.dumps(q)))  # noqa: S301 - our own bytes

        assert (wider.lower, wider.upper) == (80, 240)
        assert (open_ended.lower, open_ended.upper) == (90, None)
        assert [(c.lower, c.upper) for c in copies] == [(90, 220)] * 3
        assert q == copies[0]
        assert hash(q) == hash(cr.Quantity(100, 200, tolerance=0.1))


class TestQuantityConstructor:
    def test_one_number_is_exact(self) -> None:
        """Quantity(14) is exactly 14 and prints '14', not 'at least 14'."""
        q = cr.Quantity(14)

        assert (q.low, q.high, q.qualifier, str(q)) == (14, 14, "exact", "14")

    def test_qualifier_follows_the_bounds(self) -> None:
        """An open end defaults to at_least and two bounds to range."""
        assert cr.Quantity(10, None).qualifier == "at_least"
        assert str(cr.Quantity(10, None)) == "at least 10"
        assert cr.Quantity(17, 40).qualifier == "range"

    def test_exact_with_other_bounds_is_an_error(self) -> None:
        """qualifier='exact' with an open or wider interval is refused."""
        with pytest.raises(InvalidValueError, match="exact"):
            cr.Quantity(5, None, qualifier="exact")

    @pytest.mark.parametrize(
        ("build", "error", "names"),
        [
            (lambda: cr.Quantity(None), InvalidTypeError, "Quantity.low"),
            (lambda: cr.Quantity("5"), InvalidTypeError, "Quantity.low"),
            (lambda: cr.Quantity(3.0), InvalidTypeError, "Quantity.low"),
            (lambda: cr.Quantity(True), InvalidTypeError, "Quantity.low"),
            (lambda: cr.Quantity(2, "9"), InvalidTypeError, "Quantity.high"),
            (lambda: cr.Quantity(-1), InvalidValueError, "Quantity.low"),
            (lambda: cr.Quantity(10**5000), InvalidValueError, "5001 digits"),
            (lambda: cr.Quantity.exact(10**5000), InvalidValueError, "Quantity.low"),
            (lambda: cr.Quantity(1, tolerance=float("nan")), InvalidValueError, "tolerance"),
            (lambda: cr.Quantity(1, tolerance="x"), InvalidTypeError, "tolerance"),
            (lambda: cr.Quantity(1, text=5), InvalidTypeError, "Quantity.text"),
        ],
    )
    def test_misuse_is_a_typed_error_naming_the_field(self, build, error, names) -> None:
        """Wrong types and out-of-range counts fail at construction, naming field and value."""
        with pytest.raises(error, match=names):
            build()

    def test_the_largest_count_prints(self) -> None:
        """str() of the largest allowed count works, and sums saturate there instead of failing."""
        big = cr.Quantity(MAX_COUNT)

        total = big + big

        assert str(big) == str(MAX_COUNT)
        assert (total.low, total.high) == (MAX_COUNT, MAX_COUNT)

    def test_integer_likes_become_ints(self) -> None:
        """numpy integers (from a DataFrame) are accepted as plain ints."""
        np = pytest.importorskip("numpy")

        q = cr.Quantity(np.int64(5))

        assert type(q.low) is int
        assert q == cr.Quantity(5)


class TestMisusedValueObjects:
    @pytest.mark.parametrize(
        ("build", "error", "names"),
        [
            (lambda: cr.Document("a", "t", title=5), InvalidTypeError, "Document.title"),
            (lambda: cr.Document("a\ud800", "t"), InvalidValueError, "surrogate"),
            (lambda: cr.Document("a", "t", outlet=["x"]), InvalidTypeError, "Document.outlet"),
            (lambda: cr.Document("a", "t", url=1.5), InvalidTypeError, "Document.url"),
            (lambda: cr.Document("a", "t", metadata=5), InvalidTypeError, "Document.metadata"),
            (lambda: cr.Document("a", "t", published=5), InvalidValueError, "got int 5"),
            (
                lambda: cr.Document("a", "t", published="2024-01-02garbage"),
                InvalidValueError,
                "garbage",
            ),
            (
                lambda: cr.Document("a", "t", published="2024-13-45"),
                InvalidValueError,
                "Document.published must be a date",
            ),
            (lambda: cr.Attribution("none", 5), InvalidTypeError, "Attribution.source"),
            (lambda: cr.Attribution("none", chain=5), InvalidTypeError, "Attribution.chain"),
            (lambda: cr.Attribution("none", chain=["a", 5]), InvalidTypeError, "Attribution.chain"),
            (lambda: cr.EventMention(location=5), InvalidTypeError, "EventMention.location"),
            (lambda: cr.EventMention(kind=5), InvalidTypeError, "EventMention.kind"),
            (lambda: cr.Event(id="e", documents=5), InvalidTypeError, "Event.documents"),
            (lambda: cr.Event(id="e", mentions=["x"]), InvalidTypeError, "Event.mentions"),
            (lambda: cr.Event(id=""), InvalidValueError, "Event.id"),
            (
                lambda: cr.Event(id="e", window=("2024-01-02", "2024-01-01")),
                InvalidValueError,
                "Event.window",
            ),
            (
                lambda: cr.Finding(event=5, measure="killed", group="g", verdict="consistent"),
                InvalidTypeError,
                "Finding.event",
            ),
            (
                lambda: cr.Finding(
                    event="e", measure="killed", group="g", verdict="consistent", consensus=5
                ),
                InvalidTypeError,
                "Finding.consensus",
            ),
            (
                lambda: cr.CountClaim(
                    id="c",
                    document="d",
                    span=(0, 1),
                    measure="killed",
                    quantity=cr.Quantity(1),
                    attribution="x",
                ),
                InvalidTypeError,
                "CountClaim.attribution",
            ),
            (lambda: cr.testing.count_claim(mention="x"), InvalidTypeError, "CountClaim.mention"),
            (lambda: cr.testing.count_claim(sentence=5), InvalidTypeError, "CountClaim.sentence"),
            (lambda: cr.testing.count_claim(flags=5), InvalidTypeError, "CountClaim.flags"),
            (lambda: cr.testing.count_claim(provisional="no"), InvalidTypeError, "provisional"),
            (lambda: cr.testing.count_claim(document=""), InvalidValueError, "CountClaim.document"),
            (lambda: cr.testing.count_claim(group=5), InvalidTypeError, "CountClaim.subject"),
            (
                lambda: cr.testing.count_claim(subject="x", group=5),
                InvalidValueError,
                "CountClaim.group",
            ),
            (
                lambda: cr.ResponsibilityClaim(
                    id="c", document="d", span=(0, 1), stance="claimed", actor=5
                ),
                InvalidTypeError,
                "ResponsibilityClaim.actor",
            ),
        ],
    )
    def test_wrong_value_is_a_typed_error_naming_the_field(self, build, error, names) -> None:
        """Each misused field fails at construction with a ClaimrecError naming field and value."""
        with pytest.raises(error, match=names) as info:
            build()

        assert isinstance(info.value, ClaimrecError)

    def test_testing_builder_names_a_wrong_quantity(self) -> None:
        """claimrec.testing.count_claim(quantity=None) is a typed error, not an AttributeError."""
        with pytest.raises(InvalidTypeError, match="quantity"):
            cr.testing.count_claim(quantity=None)

    def test_lists_are_frozen_into_tuples(self) -> None:
        """A list given for a tuple field becomes a tuple."""
        a = cr.Attribution("media", "AFP", chain=["Le Monde", "AFP"])

        assert a.chain == ("Le Monde", "AFP")

    @pytest.mark.parametrize(
        ("value", "day"),
        [
            ("2024-03-02", "2024-03-02"),
            ("2024-03-02T09:21:00Z", "2024-03-02"),
            (" 2024-03-02 09:21 ", "2024-03-02"),
            (None, None),
            (float("nan"), None),
        ],
    )
    def test_published_reads_iso_text_and_missing_values(self, value, day) -> None:
        """ISO dates and timestamps give the day; None and NaN mean no date."""
        doc = cr.Document("a", "t", published=value)

        assert (doc.published.isoformat() if doc.published else None) == day

    def test_pandas_missing_timestamp_is_no_date(self) -> None:
        """pandas NaT (a missing published column value) is None, not a crash later."""
        pd = pytest.importorskip("pandas")

        doc = cr.Document("a", "t", published=pd.NaT)

        assert doc.published is None


# --------------------------------------------------------------------------- fuzz (opt-in)

_FUZZ_EXAMPLES = int(os.environ.get("CLAIMREC_FUZZ_EXAMPLES", "2000"))
#: The alphabet of count phrases: digits, separators, range words, multipliers, cue words.
_COUNT_PIECES = st.sampled_from(
    [
        *"0123456789",
        *(" ", "\u00a0", ",", ".", "-", "–", "+", "k", "e"),
        *(" to ", " and ", " or ", "between ", "from ", "at least ", "about ", "nearly "),
        *("hundred", " thousand", "dozen", "several", "dozens", "seven", "no", "more"),
    ]
)


@pytest.mark.fuzz
@settings(max_examples=_FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_COUNT_PIECES, max_size=24).map("".join))
def test_fuzz_strict_parse_reads_the_whole_text_or_raises_a_claimrec_error(text: str) -> None:
    """Strict Quantity.parse either reads all of the text as one valid interval or raises ClaimrecError."""
    try:
        q = cr.Quantity.parse(text)
    except ClaimrecError:
        return

    assert q.text == text.strip()
    assert 0 <= q.low <= MAX_COUNT
    assert q.high is None or q.low <= q.high <= MAX_COUNT
    assert str(q)


@pytest.mark.fuzz
@settings(max_examples=_FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8)),
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8)),
    st.one_of(st.floats(), st.integers(), st.text(max_size=3)),
)
def test_fuzz_quantity_constructor_only_raises_claimrec_errors(low, high, tolerance) -> None:
    """Any low, high and tolerance give a valid Quantity or a ClaimrecError, never a bare error."""
    try:
        q = cr.Quantity(low, high, tolerance=tolerance)
    except ClaimrecError:
        return

    assert q.high is None or q.low <= q.high
    assert str(q)


class _BrokenRepr:
    def __repr__(self) -> str:
        msg = "a repr that fails"
        raise RuntimeError(msg)


class TestErrorMessages:
    @pytest.mark.parametrize(
        "build",
        [
            lambda: cr.Document("a", "t", title=10**5000),
            lambda: cr.Document("a", "t", title=_BrokenRepr()),
            lambda: cr.Attribution(_BrokenRepr()),
            lambda: cr.Quantity(_BrokenRepr()),
            lambda: cr.Settings(threshold=_BrokenRepr()),
            lambda: cr.extract_claims(_BrokenRepr()),
        ],
    )
    def test_values_that_cannot_be_printed_still_give_a_typed_error(self, build) -> None:
        """A huge int or an object whose repr raises is described, not printed, in the message."""
        with pytest.raises(ClaimrecError) as info:
            build()

        assert "cannot be shown" in str(info.value) or "digits" in str(info.value)

    def test_long_values_are_cut_in_messages(self) -> None:
        """A 100,000-character value shows as at most 80 characters of its repr."""
        with pytest.raises(InvalidTypeError) as info:
            cr.Document("a", "t", title=["x" * 100_000])

        assert len(str(info.value)) < 200
