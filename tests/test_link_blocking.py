"""Tests for claimrec.link.blocking: composable blocking rules."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from claimrec.link.blocking import (
    DEFAULT_BLOCKING,
    UndatedSamePlace,
    block_on,
    candidate_keys,
    candidate_pairs,
)
from claimrec.link.places import Place, place_key
from claimrec.matchers import EventProfile


def profile(key: str, **changes: object) -> EventProfile:
    return EventProfile(key=key, document=key, **changes)  # type: ignore[arg-type]


def day(key: str, iso: str, *places: str) -> EventProfile:
    return profile(key, places=places, date=dt.date.fromisoformat(iso), precision="day")


class TestBlockOn:
    def test_place_and_week_pairs_only_reports_of_one_week(self) -> None:
        """Two reports from one town a month apart do not meet on place and week."""
        ps = [
            day("a", "2024-03-01", "elgin"),
            day("b", "2024-03-02", "elgin"),
            day("c", "2024-04-05", "elgin"),
        ]

        assert block_on("place", "week").pairs(ps) == {(0, 1)}

    def test_an_unknown_field_names_the_known_ones(self) -> None:
        """A typo in a field name is an error that lists the fields."""
        with pytest.raises(KeyError, match="unknown blocking field 'city'"):
            block_on("city")

    def test_two_names_of_one_city_meet_through_the_gazetteer(self) -> None:
        """'Banaras' and 'Varanasi' share no key but resolve to one city."""
        city = Place("1", "Varanasi", "city", "IN", "36")
        a = profile("a", places=("banaras",), geo=(city,))
        b = profile("b", places=("varanasi",), geo=(city,))

        assert block_on("place").pairs([a, b]) == {(0, 1)}

    def test_places_read_once_per_way_of_naming_them(self) -> None:
        """Profiles naming places one way block alike; one naming them otherwise blocks by its own specificity."""
        a = profile("a", places=("elgin", "kane"), specificity=(1.0, 0.9))
        b = profile("b", places=("elgin", "kane"), specificity=a.specificity)
        c = profile("c", places=("kane", "elgin"), specificity=(0.2, 0.3))

        pairs = block_on("place").pairs([a, b, c])

        assert pairs == {(0, 1), (0, 2), (1, 2)}
        assert block_on("place").pairs([a, c]) == {(0, 1)}

    def test_places_in_a_list_still_block(self) -> None:
        """A profile built by hand with its places in a list blocks as one with a tuple."""
        a = profile("a", places=["elgin"])  # type: ignore[arg-type]
        b = profile("b", places=("elgin",))

        assert block_on("place").pairs([a, b]) == {(0, 1)}


class TestCombinedRules:
    def test_union_and_intersection(self) -> None:
        """``|`` keeps pairs either rule makes, ``&`` pairs both make."""
        ps = [
            day("a", "2024-03-01", "elgin"),
            day("b", "2024-03-20", "elgin"),
            day("c", "2024-03-01", "aurora"),
        ]
        place, week = block_on("place"), block_on("week")

        assert (place | week).pairs(ps) == {(0, 1), (0, 2)}
        assert (place & week).pairs(ps) == set()

    def test_describe_reports_pairs_and_recall(self) -> None:
        """A rule says how many pairs it makes and what share of the true pairs it keeps."""
        ps = [day("a", "2024-03-01", "elgin"), day("b", "2024-03-20", "elgin")]

        stats = block_on("place", "week").describe(ps, {"a": 1, "b": 1})

        assert stats == {
            "rule": "block_on('place', 'week')",
            "pairs": 0,
            "true_pairs": 1,
            "recall": 0.0,
        }

    def test_repr_reads_as_the_expression(self) -> None:
        """The default rule shows how it is built."""
        assert repr(DEFAULT_BLOCKING).startswith(
            "block_on('place', 'week') | block_on('rare', 'month')"
        )


class TestUndatedSamePlace:
    def test_undated_report_meets_dated_reports_of_its_place(self) -> None:
        """A report with no date meets the dated reports naming its town."""
        ps = [
            profile("u", places=("elgin",)),
            day("a", "2024-03-01", "elgin"),
            day("b", "2024-03-01", "aurora"),
        ]

        assert UndatedSamePlace().pairs(ps) == {(0, 1)}

    def test_undated_report_meets_the_reports_that_came_in_around_it(self) -> None:
        """In a crowded place an undated report meets its neighbours in the stream, not the latest reports."""
        ps = [day(f"d{i}", f"2024-03-{1 + i // 4:02d}", "elgin") for i in range(100)]
        ps.insert(20, profile("u", places=("elgin",)))

        met = {j for pair in UndatedSamePlace().pairs(ps, max_block=10) for j in pair} - {20}

        assert met == set(range(15, 20)) | set(range(21, 26))

    def test_in_a_stream_undated_reports_meet_their_undated_neighbours(self) -> None:
        """However many undated reports a place has, one meets the undated ones that came in next to it."""
        ps = [day(f"d{i}", f"2024-03-{1 + i // 8:02d}", "elgin") for i in range(200)]
        for at in range(180, 20, -2):
            ps.insert(at, profile(f"u{at}", places=("elgin",)))
        undated = [i for i, p in enumerate(ps) if p.date is None]

        pairs = UndatedSamePlace().pairs(ps, max_block=4)

        assert all((a, b) in pairs for a, b in itertools.pairwise(undated))

    def test_out_of_order_input_says_nothing_of_when(self) -> None:
        """In a folder not in date order an undated report meets the latest reports of its place."""
        ps = [day(f"d{i}", f"2024-03-{1 + (i * 7) % 25:02d}", "elgin") for i in range(100)]
        ps.insert(20, profile("u", places=("elgin",)))

        met = {j for pair in UndatedSamePlace().pairs(ps, max_block=10) for j in pair} - {20}

        assert len(met) == 10
        assert all(ps[j].date >= dt.date(2024, 3, 23) for j in met)  # type: ignore[operator]


class TestSpellingVariants:
    @pytest.mark.parametrize(
        "variant",
        ["Al-Tarvanabad", "TARVANABAD", "Tarrvanabad", "Tarvnabad", "Tarvanbad", "Tervanabad"],
    )
    def test_variants_of_a_place_meet_in_one_week(self, variant: str) -> None:
        """A report spelling the town otherwise meets the reports that spell it as most do."""
        written = ["Tarvanabad"] * 5 + [variant]
        ps = [day(f"r{i}", "2024-03-04", place_key(w)) for i, w in enumerate(written)]

        assert all((i, 5) in block_on("place", "week").pairs(ps) for i in range(5))

    def test_distinct_places_stay_apart(self) -> None:
        """Two towns whose names differ in more than one letter do not share a block."""
        ps = [day("a", "2024-03-04", "tarvanabad"), day("b", "2024-03-04", "tarmonabid")]

        assert block_on("place", "week").pairs(ps) == set()


class TestCandidatePairs:
    def test_follow_up_meets_reports_weeks_before(self) -> None:
        """A follow-up dated three weeks later still meets the event's reports by place."""
        ps = [
            day("a", "2024-03-01", "elgin"),
            profile("f", places=("elgin",), date=dt.date(2024, 3, 22), precision="before"),
        ]

        assert candidate_pairs(ps) == {(0, 1)}


class TestCandidateKeys:
    def test_keys_are_the_pairs_packed_one_int_each(self) -> None:
        """Every rule's keys are its pairs written ``i << 32 | j``, the smaller index first."""
        ps = [
            day("a", "2024-03-01", "elgin"),
            day("b", "2024-03-02", "elgin", "aurora"),
            day("c", "2024-03-20", "aurora"),
            profile("d", places=("elgin",), precision="weekday", weekday=4),
            profile("e", places=("aurora",)),
        ]
        rules = [
            DEFAULT_BLOCKING,
            block_on("place") | block_on("week"),
            block_on("place") & block_on("week"),
            (block_on("place") & block_on("week")) | UndatedSamePlace(),
        ]

        for rule in rules:
            pairs, keys = rule.pairs(ps), rule.keys(ps)

            assert keys == {i << 32 | j for i, j in pairs}
            assert all(i < j for i, j in pairs)
        assert candidate_keys(ps) == {i << 32 | j for i, j in candidate_pairs(ps)}

    def test_a_union_gives_what_its_rules_give_together(self) -> None:
        """The rules of a union, adding to one set, make the union of their own pairs."""
        ps = [
            day(k, f"2024-03-{1 + n * 6:02d}", "elgin" if n % 2 else "aurora")
            for n, k in enumerate("abcde")
        ]
        place, week, undated = block_on("place"), block_on("week"), UndatedSamePlace()

        union = (place | week | undated).pairs(ps)

        assert union == place.pairs(ps) | week.pairs(ps) | undated.pairs(ps)
