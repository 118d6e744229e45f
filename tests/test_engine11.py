"""Matching speed (issue #13): the place matcher's own memo, and linkage read from the scored table."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec._packed import PackedPairs
from claimrec.link import cluster as cluster_module
from claimrec.link.cluster import PairScorer, cluster
from claimrec.link.places import Place
from claimrec.matchers import DEFAULT_MATCHERS, EventProfile, PlaceMatcher

_TOWN = Place("1", "Carrow", "city", "GB", "ENG", 52.6, 1.3)
_NEXT_TOWN = Place("2", "Thorpe", "city", "GB", "ENG", 52.62, 1.35)
_REGION = Place("GB.ENG", "England", "admin1", "GB", "ENG")
_PLACES = (
    ((), ()),
    (("carrow",), (_TOWN,)),
    (("thorpe",), (_NEXT_TOWN,)),
    (("carrow", "england"), (_TOWN, _REGION)),
    (("england",), (_REGION,)),
    (("carrow stadium",), (None,)),
    (("thorpe", "mill road"), (_NEXT_TOWN, None)),
)
#: kinds the place matcher reads (regional ones) and kinds only other matchers of its family read
_KINDS = ("earthquake", "flood", "stampede", "capsizing", "strike", "shooting", "fire")


@st.composite
def _profiles(draw: st.DrawFn) -> list[EventProfile]:
    """Profiles of a few documents whose places repeat while their kinds and sites vary."""
    out = []
    for n in range(draw(st.integers(2, 16))):
        names, geo = draw(st.sampled_from(_PLACES))
        day = draw(st.none() | st.dates(dt.date(2025, 5, 1), dt.date(2025, 5, 3)))
        out.append(
            EventProfile(
                key=f"k{n}",
                document=f"d{draw(st.integers(0, 6))}",
                places=names,
                geo=geo,
                specificity=tuple(draw(st.sampled_from((0.4, 1.0))) for _ in names),
                date=day,
                precision=None if day is None else "day",
                kinds=frozenset(draw(st.sets(st.sampled_from(_KINDS), max_size=2))),
                sites=frozenset(draw(st.sets(st.sampled_from(("stadium", "port")), max_size=1))),
                counts=(("killed", n % 3, n % 3),),
                terms={"crowd": 1.0 + n % 3} if n % 2 else {},
            )
        )
    return out


def _all_pairs(n: int) -> PackedPairs:
    return PackedPairs.of_keys({i << 32 | j for i in range(n) for j in range(i + 1, n)}, n)


class TestThePlaceMatchersOwnMemo:
    def test_reports_that_differ_only_in_a_kind_the_place_matcher_ignores_are_placed_once(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A stampede and a capsizing at the same two towns ask the place matcher one time."""
        calls: list[tuple[str, str]] = []
        ask = PlaceMatcher.__call__

        def counted(self: PlaceMatcher, a: EventProfile, b: EventProfile, /) -> float | None:
            calls.append((a.key, b.key))
            return ask(self, a, b)

        monkeypatch.setattr(PlaceMatcher, "__call__", counted)
        day = dt.date(2025, 5, 2)
        profiles = [
            EventProfile(
                key=f"k{n}",
                document=f"d{n}",
                places=(("carrow",), ("thorpe",))[n % 2],
                geo=((_TOWN,), (_NEXT_TOWN,))[n % 2],
                date=day,
                precision="day",
                kinds=frozenset({("stampede", "capsizing", "shooting")[n // 2]}),
            )
            for n in range(6)
        ]
        scorer = PairScorer(profiles, DEFAULT_MATCHERS)

        packed = _all_pairs(len(profiles))

        scorer.scored(packed, columns=False)

        # four ordered pairs of towns, not one call for each of the 15 pairs of reports
        assert sorted({(a[1], b[1]) for a, b in calls}) == [
            ("0", "1"),
            ("0", "2"),
            ("1", "2"),
            ("1", "3"),
        ]
        assert len(calls) == 4
        monkeypatch.setattr(PlaceMatcher, "__call__", ask)
        full = PairScorer(profiles, DEFAULT_MATCHERS)
        assert [scorer(i, j) for i, j in packed] == [
            full._score(i, j, explain=False)[::2] for i, j in packed
        ]

    @given(_profiles())
    @settings(max_examples=60, deadline=None)
    def test_scores_with_the_place_memo_are_those_of_every_matcher_asked(
        self, profiles: list[EventProfile]
    ) -> None:
        """Pair by pair, in columns, and the full reading give the same score and veto."""
        packed = _all_pairs(len(profiles))
        full = PairScorer(profiles, DEFAULT_MATCHERS)
        columns = PairScorer(profiles, DEFAULT_MATCHERS)
        scalar = PairScorer(profiles, DEFAULT_MATCHERS)

        assert columns.scored(packed, columns=True) == scalar.scored(packed, columns=False)
        expected = [full._score(i, j, explain=False)[::2] for i, j in packed]
        assert [columns(i, j) for i, j in packed] == expected
        assert [scalar(i, j) for i, j in packed] == expected

    @given(_profiles())
    @settings(max_examples=30, deadline=None)
    def test_a_full_place_memo_starts_again_and_scores_the_same(
        self, profiles: list[EventProfile]
    ) -> None:
        """A memo bounded at two values keeps at most two, and no score changes."""
        packed = _all_pairs(len(profiles))
        roomy = PairScorer(profiles, DEFAULT_MATCHERS)
        expected = roomy.scored(packed, columns=False)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cluster_module, "_OWN_MOST", 2)
            tight = PairScorer(profiles, DEFAULT_MATCHERS)
            assert tight.scored(packed, columns=False) == expected
        assert all(len(m.known) <= 2 for memo in tight._memos for m in memo.own.values())
        assert [tight(i, j) for i, j in packed] == [roomy(i, j) for i, j in packed]


class TestLinkageReadsTheTable:
    @given(_profiles(), st.data())
    @settings(max_examples=60, deadline=None)
    def test_the_mean_of_two_clusters_is_that_of_their_pairs_asked_one_by_one(
        self, profiles: list[EventProfile], data: st.DataObject
    ) -> None:
        """Pairs in the table, in the cache or never scored: the mean of asking each, or None on a veto."""
        n = len(profiles)
        some = data.draw(st.sets(st.integers(0, n - 1), max_size=n))
        packed = PackedPairs.of_keys(
            {i << 32 | j for i in range(n) for j in range(i + 1, n) if i in some}, n
        )
        scorer = PairScorer(profiles, DEFAULT_MATCHERS)
        scorer.scored(packed)
        plain = PairScorer(profiles, DEFAULT_MATCHERS)
        left = data.draw(st.lists(st.integers(0, n - 1), max_size=4, unique=True))
        right = data.draw(st.lists(st.integers(0, n - 1), max_size=4, unique=True))
        right = [j for j in right if j not in left]

        pairs = [plain(i, j) for i in left for j in right]
        if not pairs or any(v for _, v in pairs):
            expected = None
        else:
            total = 0.0
            for s, _ in pairs:
                total += s
            expected = total / len(pairs)

        assert scorer.mean(left, right) == expected
        assert plain.mean(left, right) == expected

    def test_an_undated_report_joins_the_event_it_fits_and_lone_ones_pair_up(self) -> None:
        """Dated reports of one town merge; an undated report of that town joins them; two undated of another pair up."""
        day = dt.date(2025, 5, 2)
        dated = [
            EventProfile(
                key=f"a{n}",
                document=f"a{n}",
                places=("carrow",),
                date=day,
                precision="day",
                kinds=frozenset({"fire"}),
            )
            for n in range(3)
        ]
        undated = [
            EventProfile(key=f"u{n}", document=f"u{n}", places=(p,), kinds=frozenset({"fire"}))
            for n, p in enumerate(("carrow", "thorpe", "thorpe"))
        ]
        profiles = dated + undated
        scorer = PairScorer(profiles, DEFAULT_MATCHERS)
        edges = scorer.scored(_all_pairs(len(profiles)))

        clusters = cluster(
            len(profiles), edges, scorer, threshold=0.6, margin=0.1, undated={3, 4, 5}
        )

        assert sorted(sorted(m) for m in clusters.members.values()) == [[0, 1, 2, 3], [4, 5]]
