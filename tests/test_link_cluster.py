"""Tests for claimrec.link.cluster: known links, pair scoring, constrained clustering."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from attrs import frozen
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec._packed import PackedPairs
from claimrec.link.cluster import KnownLinks, PairScorer, best_first, cluster, pair_key
from claimrec.link.places import Place
from claimrec.match import match_events
from claimrec.matchers import DEFAULT_MATCHERS, ContextMatcher, DateMatcher, EventProfile
from claimrec.model import Document


def profile(key: str, **changes: object) -> EventProfile:
    return EventProfile(key=key, document=key, **changes)  # type: ignore[arg-type]


@frozen
class SameReporter:
    """A user's matcher: two reports by one named reporter are strong evidence."""

    name: str = "reporter"
    weight: float = 0.5
    veto: bool = False

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        return 1.0 if a.key[0] == b.key[0] else None


class TestKnownLinks:
    def test_pairs_are_unordered(self) -> None:
        """A must-link given as (a, b) also decides (b, a)."""
        known = KnownLinks(must=(("a", "b"),), cannot=(("c", "d"),))

        assert known.decide("b", "a") == "must"
        assert known.decide("d", "c") == "cannot"

    def test_incident_ids_link_and_separate(self) -> None:
        """Equal incident ids are one event, different ids never are, unknown ids say nothing."""
        known = KnownLinks(incidents={"a": "x", "b": "x", "c": "y"})

        assert (known.decide("a", "b"), known.decide("a", "c"), known.decide("a", "z")) == (
            "must",
            "cannot",
            None,
        )


class TestPairScorer:
    def test_agreeing_on_day_and_kind_alone_is_no_link(self) -> None:
        """Without a place or shared words nothing says the two reports are one event."""
        day = dt.date(2024, 3, 1)
        a = profile("a", date=day, precision="day", kinds=frozenset({"shooting"}))
        b = profile("b", date=day, precision="day", kinds=frozenset({"shooting"}))

        assert PairScorer([a, b], DEFAULT_MATCHERS)(0, 1) == (0.0, False)

    def test_a_users_matcher_is_positive_evidence(self) -> None:
        """A matcher that does not declare ``positive`` counts as positive evidence."""
        day = dt.date(2024, 3, 1)
        a = profile("r1", date=day, precision="day")
        b = profile("r2", date=day, precision="day")

        score, vetoed = PairScorer([a, b], (DateMatcher(), SameReporter()))(0, 1)

        assert score > 0.9
        assert not vetoed

    def test_cannot_link_vetoes_a_perfect_pair(self) -> None:
        """A known cannot-link wins over agreeing features."""
        a, b = profile("a", places=("fairhaven",)), profile("b", places=("fairhaven",))

        scorer = PairScorer([a, b], DEFAULT_MATCHERS, known=KnownLinks(cannot=(("a", "b"),)))

        assert scorer(0, 1) == (0.0, True)


class TestCluster:
    def test_forced_pairs_join_despite_a_veto(self) -> None:
        """A must-link joins two reports whose days disagree."""
        a = profile("a", places=("fairhaven",), date=dt.date(2024, 3, 1), precision="day")
        b = profile("b", places=("fairhaven",), date=dt.date(2024, 3, 9), precision="day")
        scorer = PairScorer([a, b], DEFAULT_MATCHERS)

        clusters = cluster(2, [], scorer, threshold=0.6, margin=0.1, undated=set(), forced=[(0, 1)])

        assert clusters.find(0) == clusters.find(1)


class TestMatchEventsWithKnownLinks:
    def test_must_and_cannot_links_override_the_matchers(self) -> None:
        """Known links from the user decide pairs the matchers would decide otherwise."""
        docs = [
            Document(
                "a", "A man was shot on Oak Street in Fairhaven on Sunday.", published="2014-01-13"
            ),
            Document(
                "b",
                "Police said a man was shot on Oak Street in Fairhaven Sunday.",
                published="2014-01-13",
            ),
            Document("c", "A woman was stabbed in Aurora on Tuesday.", published="2014-01-15"),
        ]

        plain = match_events(docs).document_event
        known = match_events(
            docs, known=KnownLinks(must=(("a", "c"),), cannot=(("a", "b"),))
        ).document_event

        assert plain["a"] == plain["b"] != plain["c"]
        assert known["a"] == known["c"] != known["b"]


def _mixed_profiles() -> list[EventProfile]:
    """Profiles that agree, disagree, veto each other or share nothing, in many combinations."""
    days = [dt.date(2024, 3, 1), dt.date(2024, 3, 2), dt.date(2024, 3, 9), None]
    places = [("elgin",), ("elgin", "main st"), ("aurora",), ()]
    terms = [{"bakery": 4.0, "crowd": 1.5}, {"bakery": 3.0}, {}, {"parade": 2.0}]
    out = []
    for n in range(48):
        day = days[n % 4]
        out.append(
            EventProfile(
                key=f"{'pqrs'[n % 4]}{n}",
                document=f"d{n // 2}",
                places=places[n // 4 % 4],
                date=day,
                precision="day" if day else ("weekday" if n % 3 else None),
                weekday=day.weekday() if day else n % 7,
                kinds=frozenset({"shooting"} if n % 5 else {"fire"}),
                counts=(("killed", n % 3, n % 3), ("injured", 2, -1))[: n % 3],
                terms=terms[n // 16 % 4],
                streets=frozenset({"oak"} if n % 6 == 0 else ()),
            )
        )
    return out


class TestScoringShortcuts:
    def test_scores_and_features_equal_the_full_reading(self) -> None:
        """Asking the deciding matchers first changes no score, veto or explanation."""
        profiles = _mixed_profiles()
        matchers = (*DEFAULT_MATCHERS, SameReporter())
        fast = PairScorer(profiles, matchers)
        full = PairScorer(profiles, matchers)
        outcomes = set()
        for i in range(len(profiles)):
            for j in range(i + 1, len(profiles)):
                score, explained, vetoed = full._score(i, j, explain=True)
                assert fast(i, j) == (score, vetoed) == full._score(i, j, explain=False)[::2]
                assert fast.features(i, j) == explained
                outcomes.add("vetoed" if vetoed else "high" if score >= 0.3 else str(score > 0))
        assert outcomes == {"vetoed", "high", "True", "False"}


def _placed_profiles() -> list[EventProfile]:
    """Profiles that repeat places, gazetteer entries, kinds, sites and days in many combinations."""
    city = Place("1", "Elgin", "city", "US", "IL", 42.04, -88.28)
    near = Place("2", "South Elgin", "city", "US", "IL", 41.99, -88.29)
    state = Place("US.IL", "Illinois", "admin1", "US", "IL")
    places = [
        (("elgin",), (city,)),
        (("s elgin", "illinois"), (near, state)),
        (("illinois",), (state,)),
        (("elgin hospital",), (None,)),
        (("kestra", "illinois"), (None, state)),
        ((), ()),
    ]
    kinds = [{"flood"}, {"earthquake", "strike"}, {"shooting"}, set()]
    out = []
    for n in range(60):
        names, geo = places[n % 6]
        day = dt.date(2024, 3, 1 + n % 3) if n % 7 else None
        out.append(
            EventProfile(
                key=f"k{n}",
                document=f"d{n // 3}",
                places=names,
                geo=geo,
                specificity=tuple(0.5 if n % 4 == 0 else 1.0 for _ in names),
                date=day,
                precision="day" if day else ("weekday" if n % 2 else "published"),
                weekday=day.weekday() if day else n % 7,
                published=dt.date(2024, 3, 3 + n % 2),
                kinds=frozenset(kinds[n // 6 % 4]),
                actors=frozenset({"the front"} if n % 5 == 0 else ()),
                counts=(("killed", n % 4, n % 4),),
                terms={"levee": 2.0} if n % 3 else {},
                sites=frozenset({"hospital"} if n % 2 else ()),
                streets=frozenset({"oak"} if n % 9 == 0 else ()),
            )
        )
    return out


class TestMemorisedMatchers:
    def test_memos_and_the_batch_give_the_full_reading(self) -> None:
        """Matchers read once per distinct pair of their fields, and ``edges``, change no score."""
        profiles = _placed_profiles()
        pairs = [(i, j) for i in range(len(profiles)) for j in range(i + 1, len(profiles))]
        batch = PairScorer(profiles, DEFAULT_MATCHERS)
        edges = batch.edges(pairs)
        single = PairScorer(profiles, DEFAULT_MATCHERS)
        full = [single._score(i, j, explain=False) for i, j in pairs]

        assert [batch.cache[pair_key(*p)] for p in pairs] == [(s, v) for s, _, v in full]
        assert [single(i, j) for i, j in pairs] == [(s, v) for s, _, v in full]
        assert edges == [
            (s, i, j) for (s, _, v), (i, j) in zip(full, pairs, strict=True) if not v and s > 0.0
        ]
        assert len({round(s, 2) for s, _, _ in full}) > 8  # many kinds of pair, not one
        assert batch._memos[0].size < len(profiles)  # profiles share places: the memo is smaller

    def test_a_profile_built_with_lists_is_scored_as_before(self) -> None:
        """Lists where tuples are expected cannot key a memo: such profiles are scored pair by pair."""
        day = dt.date(2024, 3, 1)
        listed = [
            profile(k, places=["elgin", "oak st"], date=day, precision="day")  # type: ignore[arg-type]
            for k in "ab"
        ]
        plain = [profile(k, places=("elgin", "oak st"), date=day, precision="day") for k in "ab"]

        assert PairScorer(listed, DEFAULT_MATCHERS)(0, 1) == PairScorer(plain, DEFAULT_MATCHERS)(
            0, 1
        )
        assert PairScorer(listed, DEFAULT_MATCHERS).edges([(0, 1)]) == [(1.0, 0, 1)]

    def test_progress_is_reported_every_so_many_pairs_and_at_the_end(self) -> None:
        """``edges`` calls its progress as ``match_events``'s loop did."""
        profiles = _placed_profiles()[:6]
        seen: list[tuple[int, int]] = []
        pairs = [(i, j) for i in range(6) for j in range(i + 1, 6)]

        PairScorer(profiles, DEFAULT_MATCHERS).edges(
            pairs, lambda d, t: seen.append((d, t)), every=4
        )

        assert seen == [(4, 15), (8, 15), (12, 15), (15, 15)]


class TestBestFirst:
    def test_the_order_of_sorting_by_score_then_indices(self) -> None:
        """Many ties, in any input order: best score first, then by the two indices."""
        edges = [(round(0.5 + (i * 7 % 5) / 10, 1), i % 13, (i * 11) % 17 + 20) for i in range(300)]
        edges = list(dict.fromkeys(edges))[::-1]

        assert best_first(edges) == sorted(edges, key=lambda e: (-e[0], e[1], e[2]))
        assert len({e[0] for e in edges}) == 5


class TestContextOrder:
    def test_shared_mass_does_not_follow_word_order(self) -> None:
        """The shared words' weights are summed exactly: any order of them gives one score."""
        weights = {"quay": 6.3e-05, "mill": 5.9999999999999995e-05, "ferry": 2.7e-05}
        matcher = ContextMatcher(saturation=1.0)
        scores = set()
        for order in itertools.permutations(weights):
            terms = {w: weights[w] for w in order}
            scores.add(matcher(profile("a", terms=terms), profile("b", terms=dict(terms))))
        # a plain left-to-right sum gives 0.0001 in some orders and 0.0002 in others
        assert {round(sum(weights[w] for w in o), 4) for o in itertools.permutations(weights)} == {
            0.0001,
            0.0002,
        }
        assert scores == {0.0001}


class TestPairKeys:
    def test_packed_pairs_in_either_order_give_the_tuples_scores(self) -> None:
        """Edges read from packed pairs, a pair written either way round, as from tuples."""
        profiles = _placed_profiles()
        n = len(profiles)
        pairs = [(j, i) if (i + j) % 2 else (i, j) for i in range(n) for j in range(i + 1, n)]
        from_tuples = PairScorer(profiles, DEFAULT_MATCHERS)
        from_packed = PairScorer(profiles, DEFAULT_MATCHERS)
        packed = PackedPairs(pairs, n)

        assert from_packed.edges(packed) == from_tuples.edges(list(packed))
        assert from_packed.cache == from_tuples.cache
        assert all(i < j for _, i, j in from_packed.edges(packed))
        assert set(from_packed.cache) == {pair_key(i, j) for i, j in pairs}


class TestScoredPairs:
    def test_scored_gives_the_sorted_edges_and_the_scores_of_the_cache(self) -> None:
        """Scores kept in arrays give the edges best first and every pair's score as the cache does."""
        profiles = _placed_profiles()
        n = len(profiles)
        keys = {i << 32 | j for i in range(n) for j in range(i + 1, n) if (i * 7 + j) % 3}
        packed = PackedPairs.of_keys(keys, n)
        cached = PairScorer(profiles, DEFAULT_MATCHERS)
        arrays = PairScorer(profiles, DEFAULT_MATCHERS)

        edges = arrays.scored(packed)

        assert edges == best_first(cached.edges(packed))
        assert not arrays.cache
        assert all(arrays(i, j) == cached(i, j) for i in range(n) for j in range(n) if i != j)
        assert len(arrays.cache) == n * (n - 1) // 2 - len(packed)  # only the pairs not packed

    def test_known_links_and_shared_documents_score_as_in_the_cache(self) -> None:
        """A must-link, a cannot-link and two profiles of one document keep their scores in arrays."""
        profiles = _placed_profiles()[:12]
        known = KnownLinks(must=(("k0", "k5"),), cannot=(("k1", "k2"),))
        packed = PackedPairs.of_keys({i << 32 | j for i in range(12) for j in range(i + 1, 12)}, 12)
        cached = PairScorer(profiles, DEFAULT_MATCHERS, known=known)
        arrays = PairScorer(profiles, DEFAULT_MATCHERS, known=known)

        edges = arrays.scored(packed)

        assert edges == best_first(cached.edges(packed))
        assert [arrays(0, 5), arrays(2, 1), arrays(0, 1)] == [
            cached(0, 5),
            cached(1, 2),
            cached(0, 1),
        ]

    def test_forget_scores_pairs_again(self) -> None:
        """After forget() no score is kept, and a pair asked again scores the same."""
        profiles = _placed_profiles()[:6]
        scorer = PairScorer(profiles, DEFAULT_MATCHERS)
        packed = PackedPairs.of_keys({0 << 32 | 1, 2 << 32 | 4}, 6)
        before = [scorer(0, 1), scorer(2, 4)]

        scorer.scored(packed)
        scorer.forget()

        assert not scorer.cache
        assert [scorer(0, 1), scorer(2, 4)] == before

    def test_pairs_out_of_order_are_refused(self) -> None:
        """A pair whose first index is not below its second is a ValueError naming it."""
        scorer = PairScorer(_placed_profiles()[:4], DEFAULT_MATCHERS)

        with pytest.raises(ValueError, match=r"\(2, 1\)"):
            scorer.scored(PackedPairs([(2, 1)], 4))


_WORDS = ("harbour", "ferry", "mayor", "bridge", "quarry", "clinic", "convoy", "market")


@st.composite
def _profiles_with_words(draw: st.DrawFn) -> list[EventProfile]:
    """Profiles of a few documents with places, days, kinds, counts and weighted words drawn at random."""
    out = []
    for n in range(draw(st.integers(2, 14))):
        words = draw(st.lists(st.sampled_from(_WORDS), max_size=6, unique=True))
        weights = draw(
            st.lists(
                st.floats(0.0, 9.0, allow_nan=False).map(lambda w: round(w, 3)),
                min_size=len(words),
                max_size=len(words),
            )
        )
        counts = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(("killed", "injured")), st.integers(0, 9), st.integers(-1, 12)
                ),
                max_size=4,
            )
        )
        day = draw(st.none() | st.dates(dt.date(2024, 3, 1), dt.date(2024, 3, 4)))
        later = dt.timedelta(days=draw(st.sampled_from((0, 0, 2, 20))))
        out.append(
            EventProfile(
                key=f"k{n}",
                document=f"d{draw(st.integers(0, 5))}",
                places=draw(st.sampled_from([(), ("elgin",), ("aurora",), ("elgin", "illinois")])),
                date=day,
                precision=None if day is None else draw(st.sampled_from(("day", "before"))),
                published=None if day is None else day + later,
                kinds=frozenset(
                    draw(st.sets(st.sampled_from(("flood", "shooting", "fire")), max_size=2))
                ),
                counts=tuple(counts),
                terms=dict(zip(words, weights, strict=True)),
            )
        )
    return out


class TestScoredInColumns:
    """``PairScorer.scored(columns=True)`` (numpy, ``claimrec.link.columns``) keeps the scalar loop's scores."""

    @staticmethod
    def _both(profiles: list[EventProfile]) -> tuple[PairScorer, PairScorer, PackedPairs]:
        n = len(profiles)
        packed = PackedPairs.of_keys({i << 32 | j for i in range(n) for j in range(i + 1, n)}, n)
        return (
            PairScorer(profiles, DEFAULT_MATCHERS),
            PairScorer(profiles, DEFAULT_MATCHERS),
            packed,
        )

    def test_placed_profiles_score_the_same_in_columns(self) -> None:
        """The same edges, best first, and the same kept score for every pair."""
        profiles = [
            attrs.evolve(p, terms={w: 1.0 + (n * k) % 7 for k, w in enumerate(_WORDS[: n % 5])})
            for n, p in enumerate(_placed_profiles())
        ]
        scalar, columns, packed = self._both(profiles)

        edges = columns.scored(packed, columns=True)

        assert edges == scalar.scored(packed, columns=False)
        assert all(columns(i, j) == scalar(i, j) for i, j in packed)
        assert not columns.cache

    @given(_profiles_with_words())
    @settings(max_examples=80, deadline=None)
    def test_random_profiles_score_the_same_in_columns(self, profiles: list[EventProfile]) -> None:
        """Random places, days, kinds, counts and word weights: the same edges and scores."""
        scalar, columns, packed = self._both(profiles)

        assert columns.scored(packed, columns=True) == scalar.scored(packed, columns=False)
        assert [columns(i, j) for i, j in packed] == [scalar(i, j) for i, j in packed]

    def test_progress_is_reported_as_pair_by_pair(self) -> None:
        """The same progress calls, every few pairs and at the end."""
        scalar, columns, packed = self._both(_placed_profiles()[:20])
        seen: dict[bool, list[tuple[int, int]]] = {True: [], False: []}

        for mode, scorer in ((False, scalar), (True, columns)):
            scorer.scored(
                packed, lambda d, t, m=mode: seen[m].append((d, t)), every=7, columns=mode
            )

        assert seen[True] == seen[False]
        assert seen[True][-1] == (len(packed), len(packed))

    def test_pairs_out_of_order_are_refused_in_columns(self) -> None:
        """A pair whose first index is not below its second is a ValueError naming it."""
        scorer = PairScorer(_placed_profiles()[:4], DEFAULT_MATCHERS)

        with pytest.raises(ValueError, match=r"\(2, 1\)"):
            scorer.scored(PackedPairs([(0, 1), (2, 1)], 4), columns=True)
