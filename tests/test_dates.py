"""Tests for claimrec._dates: resolving news date expressions against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrec._dates import DateMatch, parse_date, resolve_date, scan_dates

# A Wednesday.
WED = dt.date(2023, 11, 22)


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("22 November 2023", dt.date(2023, 11, 22)),
            ("Jan. 7, 2024", dt.date(2024, 1, 7)),
            ("2024-11-11", dt.date(2024, 11, 11)),
            ("Posted: Thursday, March 12, 2015 6:05 PM EDT", dt.date(2015, 3, 12)),
        ],
    )
    def test_absolute_dates_with_a_year(self, text, expected):
        """Dates that carry a year read the same whatever the day."""
        assert parse_date(text) == expected

    @pytest.mark.parametrize("text", ["Monday night", "on Jan. 7", "", "2024-13-45", "x" * 300])
    def test_no_year_or_no_date_is_none(self, text):
        """Relative dates, impossible dates and long text are not absolute dates."""
        assert parse_date(text) is None


class TestResolveDate:
    @pytest.mark.parametrize(
        ("expression", "expected", "precision"),
        [
            ("Wednesday", WED, "weekday"),
            ("on Monday", dt.date(2023, 11, 20), "weekday"),
            ("Monday night", dt.date(2023, 11, 20), "weekday"),
            ("Thursday", dt.date(2023, 11, 16), "weekday"),
            ("last Wednesday", dt.date(2023, 11, 15), "weekday"),
            ("this past Sunday", dt.date(2023, 11, 19), "weekday"),
            ("yesterday", dt.date(2023, 11, 21), "day"),
            ("last night", dt.date(2023, 11, 21), "day"),
            ("two days ago", dt.date(2023, 11, 20), "day"),
            ("a day ago", dt.date(2023, 11, 21), "day"),
            ("3 days ago", dt.date(2023, 11, 19), "day"),
            ("the day before yesterday", dt.date(2023, 11, 20), "day"),
            ("this morning", WED, "day"),
            ("earlier this month", dt.date(2023, 11, 1), "month"),
            ("last month", dt.date(2023, 10, 1), "month"),
            ("this year", dt.date(2023, 1, 1), "year"),
            ("last year", dt.date(2022, 1, 1), "year"),
            ("in January", dt.date(2023, 1, 1), "month"),
            ("in December", dt.date(2022, 12, 1), "month"),
            ("on Nov. 19", dt.date(2023, 11, 19), "day"),
            ("Nov. 27", dt.date(2023, 11, 27), "day"),
            ("Dec. 25", dt.date(2022, 12, 25), "day"),
            ("March 3, 2021", dt.date(2021, 3, 3), "day"),
            ("in 2019", dt.date(2019, 1, 1), "year"),
        ],
    )
    def test_relative_to_publication(self, expression, expected, precision):
        """Weekdays look back (the same day counts), 'last' is strictly before, months look back."""
        assert resolve_date(expression, WED) == (expected, precision)

    def test_without_publication_only_absolute_dates_resolve(self):
        """With no publication date a weekday cannot be placed; a full date still can."""
        assert resolve_date("Monday", None) == (None, None)
        assert resolve_date("Jan. 7, 2024", None) == (dt.date(2024, 1, 7), "day")

    def test_unknown_words_are_unresolved(self):
        """Words that are no date resolve to nothing."""
        assert resolve_date("the other day", WED) == (None, None)

    @given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
    def test_a_weekday_is_never_after_publication_nor_a_week_before(self, published):
        """'on Friday' is within the six days up to the publication day."""
        date, precision = resolve_date("on Friday", published)

        assert precision == "weekday"
        assert date is not None
        assert date.weekday() == 4
        assert 0 <= (published - date).days <= 6


class TestScanDates:
    def test_finds_each_expression_with_its_offsets(self):
        """Every expression is found in order with offsets into the sentence."""
        text = "The attack on Monday night followed strikes on Nov. 12 and earlier this month."
        found = scan_dates(text, WED)

        assert [m.text for m in found] == ["Monday night", "Nov. 12", "earlier this month"]
        assert all(text[m.start : m.end] == m.text for m in found)
        assert [m.date for m in found] == [
            dt.date(2023, 11, 20),
            dt.date(2023, 11, 12),
            dt.date(2023, 11, 1),
        ]

    def test_no_dates_in_plain_words(self):
        """Words that only look like months ('may', 'march') in lower case still need a date form."""
        assert scan_dates("Police may march on the suspect's home.", WED) == []

    def test_a_match_is_a_value(self):
        """DateMatch is a frozen value with equality."""
        assert scan_dates("Seven were hurt Monday.", WED) == [
            DateMatch(16, 22, "Monday", dt.date(2023, 11, 20), "weekday")
        ]

    def test_linear_on_a_long_line(self, no_hang):
        """A 100,000-character line of date-like words scans without hanging."""
        text = "on Monday and in May " * 5000

        with no_hang(60):
            found = scan_dates(text, WED)

        assert len(found) == 10000


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Unlike the 2015 earthquake, the shaking was brief.", 2015),
        ("A 2019 bombing at the same market killed 20.", 2019),
        ("The 2018 rainy season was among the deadliest.", 2018),
    ],
)
def test_a_year_that_names_an_event_dates_it(sentence, year):
    found = scan_dates(sentence, dt.date(2025, 4, 30))
    assert [(m.date, m.precision) for m in found] == [(dt.date(year, 1, 1), "year")]


def test_a_count_that_looks_like_a_year_is_no_date():
    assert scan_dates("The 2000 people displaced were moved to tents.", dt.date(2025, 4, 30)) == []
