"""Matching speed (issue #13): blocking as array joins, clustering's own pairs scored a batch at a time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimrec._packed import PackedPairs
from claimrec.link.blocking import (
    DEFAULT_BLOCKING,
    BlockingRule,
    UndatedSamePlace,
    WithinPlace,
    block_on,
    candidate_packed,
)
from claimrec.link.cluster import PairScorer
from claimrec.link.places import Place
from claimrec.matchers import DEFAULT_MATCHERS, EventProfile

pytest.importorskip("numpy")

_COUNTRY = Place("NG", "Nigeria", "country", "NG")
_REGION = Place("NG.KN", "Kano State", "admin1", "NG", "KN")
_CITY = Place("1", "Kano", "city", "NG", "KN", 12.0, 8.5)
_OTHER_CITY = Place("2", "Zaria", "city", "NG", "KD", 11.1, 7.7)
#: place keys with their gazetteer entries: spelling variants one letter apart, a town
#: named twice, a country, a region, a street every town has
_PLACES = (
    ("kano", _CITY),
    ("kanno", _CITY),
    ("dorwilburg", None),
    ("dorilburg", None),
    ("zaria", _OTHER_CITY),
    ("nigeria", _COUNTRY),
    ("kano state", _REGION),
    ("market road", None),
)
_PRECISIONS = ("day", "published", "before", "month", "week", "weekday", None)
_WORDS = ("bridge", "ferry", "river", "bus", "school", "fire", "rain", "clinic", "gunmen", "mall")
_KINDS = ("flood", "shooting", "fire", "bombing")


@st.composite
def _profile(draw: st.DrawFn, n: int) -> EventProfile:
    """One profile of document ``d<n>``: a few places (perhaps twice), a day or none, some words."""
    named = draw(st.lists(st.sampled_from(_PLACES), max_size=3))
    precision = draw(st.sampled_from(_PRECISIONS))
    day = draw(st.none() | st.dates(dt.date(2025, 3, 1), dt.date(2025, 6, 30)))
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=5, unique=True))
    return EventProfile(
        key=f"k{draw(st.integers(0, 3))}-{n}",
        document=f"d{n}",
        places=tuple(k for k, _ in named),
        geo=tuple(g for _, g in named),
        specificity=tuple(draw(st.sampled_from((0.2, 1.0))) for _ in named),
        date=day if precision is not None else draw(st.none() | st.just(day)),
        precision=precision,
        kinds=frozenset(draw(st.sets(st.sampled_from(_KINDS), max_size=2))),
        terms={w: draw(st.sampled_from((0.5, 2.0, 4.0))) for w in words},
    )


@st.composite
def _profiles(draw: st.DrawFn) -> list[EventProfile]:
    return [draw(_profile(n)) for n in range(draw(st.integers(0, 45)))]


_RULES = (
    DEFAULT_BLOCKING,
    block_on("place", "week"),
    block_on("rare", "month") | block_on("kind"),
    block_on("word") & block_on("kind", "month"),
    block_on("place") & (block_on("week") | block_on("rare")),
    UndatedSamePlace() | WithinPlace(),
)


def _words(packed: PackedPairs) -> list[int]:
    return list(packed.words())


class TestBlockingAsArrayJoins:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        _profiles(),
        st.sampled_from(_RULES),
        st.fixed_dictionaries(
            {
                "max_block": st.integers(1, 6),
                "window": st.integers(1, 4),
                "block_terms": st.integers(1, 5),
                "global_df": st.integers(1, 6),
            }
        ),
    )
    def test_the_joined_pairs_are_those_of_the_set_of_keys(
        self, profiles: list[EventProfile], rule: BlockingRule, sizes: dict[str, int]
    ) -> None:
        """Whatever the rule and the sizes, the array joins propose exactly the pairs of ``keys``."""

        joined = rule.packed(profiles, columns=True, **sizes)
        gathered = rule.packed(profiles, columns=False, **sizes)

        assert _words(joined) == _words(gathered) == sorted(rule.keys(profiles, **sizes))

    def test_extra_pairs_join_the_proposed_ones_once(self) -> None:
        """Known pairs given as *extra* are added to what blocking proposes, each pair once."""
        ps = [EventProfile(key=k, document=k, places=("elgin",)) for k in "abcd"]

        packed = candidate_packed(ps, rule=block_on("place"), extra=[0 << 32 | 1, 2 << 32 | 3])

        assert list(packed) == [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]

    @pytest.mark.parametrize("columns", [True, False])
    def test_a_report_naming_a_crowded_place_twice_is_never_paired_with_itself(
        self, *, columns: bool
    ) -> None:
        """Thirty reports naming 'Dorwilburg' and its variant 'Dorilburg' pair with others only, and score."""
        day = dt.date(2025, 5, 6)
        profiles = [
            EventProfile(
                key=f"k{n:02}",
                document=f"d{n}",
                places=("dorwilburg", "dorilburg") if n < 30 else ("dorwilburg",),
                date=day,
                precision="day",
            )
            for n in range(35)
        ]

        packed = candidate_packed(profiles, rule=block_on("place", "week"), columns=columns)
        edges = PairScorer(profiles, DEFAULT_MATCHERS).scored(packed)

        assert all(i < j for i, j in packed)
        assert len(edges) == len(packed) > 0
