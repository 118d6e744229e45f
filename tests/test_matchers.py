"""Tests for claimrec.matchers: each built-in matcher and place keys."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from claimrec.link.places import Place
from claimrec.matchers import (
    DEFAULT_MATCHERS,
    SKELETON_SIMILARITY,
    ActorMatcher,
    ContextMatcher,
    CountMatcher,
    DateMatcher,
    EventProfile,
    KindMatcher,
    Matcher,
    PlaceMatcher,
    RegionMatcher,
    SiteMatcher,
    StreetMatcher,
    place_key,
    place_similarity,
    place_specificity,
)


def profile(key: str = "a", **changes: object) -> EventProfile:
    return EventProfile(key=key, document=key, **changes)  # type: ignore[arg-type]


def day(iso: str) -> EventProfile:
    d = dt.date.fromisoformat(iso)
    return profile(iso, date=d, precision="day", weekday=d.weekday())


def published(iso: str) -> EventProfile:
    d = dt.date.fromisoformat(iso)
    return profile("p" + iso, date=d, precision="published", weekday=d.weekday())


class TestPlaceKey:
    @pytest.mark.parametrize(
        "name",
        ["Ain al-Asad", "Ain Al-Assad Airbase", "(Ain) Al-Assad air base", "AIN AL ASAD AIR BASE"],
    )
    def test_transliteration_variants_share_a_key(self, name: str) -> None:
        """Articles, doubled letters, case, brackets and 'air base' do not change the key."""
        key = place_key(name)

        assert key == "ain asad"

    def test_accents_and_apostrophes_are_dropped(self) -> None:
        """'Coeur d'Alene' and 'Cœur d’Alène' are one place."""
        assert place_key("Coeur d'Alene") == place_key("Coeur d’Alène".replace("œ", "oe"))

    def test_nothing_distinctive_gives_an_empty_key(self) -> None:
        """A generic phrase such as 'the air base' leaves nothing to match on."""
        assert place_key("the air base") == ""


class TestPlaceSimilarity:
    def test_evidence_is_graded(self) -> None:
        """One key beats one skeleton, which beats a fuzzy match."""
        exact = place_similarity("kourdanit", "kourdanit")
        skeleton = place_similarity("kourdanit", "kurdanyt")
        fuzzy = place_similarity("kourdanit", "kourdant")

        assert exact > skeleton >= SKELETON_SIMILARITY > fuzzy >= 0.85

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("Qusayr", "Kusseir"),
            ("Mariupol", "Mariupil"),
            ("Kharkiv", "Kharkov"),
            ("Tel Afar", "Tal Afar"),
        ],
    )
    def test_transliterations_of_news_places_match(self, a: str, b: str) -> None:
        """Transliterations the news uses side by side clear the matcher's cutoff."""
        assert place_similarity(place_key(a), place_key(b), 0.85) >= PlaceMatcher().cutoff


class TestPlaceMatcher:
    def test_another_name_of_one_city_matches(self) -> None:
        """'Benares' and 'Varanasi' resolve to one gazetteer entry: full agreement."""
        city = Place("1", "Varanasi", "city", "IN", "36", 25.3, 83.0)
        a = profile(places=("benares",), geo=(city,))
        b = profile("b", places=("varanasi",), geo=(city,))

        assert PlaceMatcher()(a, b) == 1.0

    def test_a_quake_district_unknown_beside_a_known_city_is_no_evidence(self) -> None:
        """A quake told from a district the gazetteer does not know and from a city: None."""
        herat = Place("4", "Herat", "city", "AF", "11", 34.35, 62.2)
        quake = frozenset({"earthquake"})
        a = profile(places=("zindajan",), kinds=quake)
        b = profile("b", places=("herat",), geo=(herat,), kinds=quake)

        assert PlaceMatcher()(a, b) is None
        assert PlaceMatcher()(attrs.evolve(a, kinds=frozenset({"shooting"})), b) == 0.0

    def test_two_spellings_near_enough_to_match_by_name_are_one_entry(self) -> None:
        """'Kharkov' and 'Kharkiv' are close as names (fuzzy) and one gazetteer entry: 1.0."""
        city = Place("706483", "Kharkiv", "city", "UA", "07", 49.98, 36.25)
        a = profile(places=("kharkov",), geo=(city,))
        b = profile("b", places=("kharkiv",), geo=(city,))

        assert PlaceMatcher()(a, b) == 1.0

    def test_two_towns_of_one_region_do_not_conflict_over_a_flood(self) -> None:
        """A flood over two towns of one province agrees on place; two shootings there do not."""
        region = Place("IT.05", "Emilia-Romagna", "admin1", "IT", "05")
        faenza = Place("1", "Faenza", "city", "IT", "05", 44.29, 11.88)
        cesena = Place("2", "Cesena", "city", "IT", "05", 44.14, 12.24)
        flood = frozenset({"flood"})
        a = profile(places=("faenza", "emilia romagna"), geo=(faenza, region), kinds=flood)
        b = profile("b", places=("cesena",), geo=(cesena,), kinds=flood)
        shootings = frozenset({"shooting"})

        flooded = PlaceMatcher()(a, b)
        shot = PlaceMatcher()(attrs.evolve(a, kinds=shootings), attrs.evolve(b, kinds=shootings))

        assert flooded == 0.9
        assert shot is not None
        assert shot < 0.5

    def test_a_quake_at_an_unknown_town_of_a_province_agrees_with_the_next_province(
        self,
    ) -> None:
        """An epicentre 'near Sivrice in Elazig province' and a rescue in Malatya: 0.8, not None.

        A shooting there is no quake: a town placed in Elazig province is not in Malatya's
        (only their country agrees), where it was left open (None) before round 19.
        """
        turkey = Place("TR", "Turkey", "country", "TR")
        elazig = Place("TR.23", "Elazig", "admin1", "TR", "23", 38.67, 39.22)
        malatya = Place("1", "Malatya", "city", "TR", "44", 38.35, 38.31)
        quake = frozenset({"earthquake"})
        a = profile(places=("turkey", "sivrice", "elazig"), geo=(turkey, None, elazig), kinds=quake)
        b = profile("b", places=("malatya",), geo=(malatya,), kinds=quake)
        shot = frozenset({"shooting"})

        assert PlaceMatcher()(a, b) == 0.8
        assert PlaceMatcher()(attrs.evolve(a, kinds=shot), attrs.evolve(b, kinds=shot)) < 0.1

    def test_two_towns_of_one_region_alone_agree_over_a_wildfire(self) -> None:
        """A wildfire near one town and near another of its province agrees; a province away does not."""
        torbali = Place("1", "Torbali", "city", "TR", "35", 38.16, 27.36)
        izmir = Place("2", "Izmir", "city", "TR", "35", 38.41, 27.14)
        manavgat = Place("3", "Manavgat", "city", "TR", "07", 36.79, 31.44)
        fire = frozenset({"wildfire"})
        a = profile(places=("izmir",), geo=(izmir,), kinds=fire)
        b = profile("b", places=("torbali",), geo=(torbali,), kinds=fire)
        c = profile("c", places=("manavgat",), geo=(manavgat,), kinds=fire)

        near, away = PlaceMatcher()(a, b), PlaceMatcher()(a, c)

        assert near == 0.9
        assert away == 0.0

    def test_a_city_within_its_region_is_partial_evidence(self) -> None:
        """A report naming the province and one naming its city agree in part."""
        city = Place("1", "Antakya", "city", "TR", "31", 36.2, 36.2)
        region = Place("TR.31", "Hatay", "admin1", "TR", "31")
        a = profile(places=("antakya",), geo=(city,))
        b = profile("b", places=("hatay",), geo=(region,))

        assert PlaceMatcher()(a, b) == 0.6

    def test_two_addresses_in_one_city_barely_match(self) -> None:
        """Reports of one city giving two different street addresses agree little on place."""
        a = profile(places=("springfield", place_key("800 block of Oak Street")))
        b = profile("b", places=("springfield", place_key("40 block of Elm Avenue")))

        assert PlaceMatcher()(a, b) == 0.2

    def test_neighbourhoods_on_opposite_sides_do_not_match(self) -> None:
        """'East Garfield Park' and 'West Garfield Park' are two places, however alike."""
        a = profile(places=(place_key("East Garfield Park"),))
        b = profile("b", places=(place_key("West Garfield Park"),))

        assert PlaceMatcher()(a, b) == 0.0

    def test_neighbouring_places_agree_in_part(self) -> None:
        """Two gazetteer places a few kilometres apart (a base near its town) are partial evidence."""
        town = Place("1", "Qaim", "city", "IQ", "01", 34.37, 41.09)
        village = Place("2", "Husaybah", "city", "IQ", "01", 34.40, 41.05)
        a = profile(places=("qaim",), geo=(town,))
        b = profile("b", places=("husaybah",), geo=(village,))

        assert PlaceMatcher()(a, b) == 0.5

    def test_two_cities_of_one_country_do_not_match(self) -> None:
        """Different cities of one country are different places, however close their names."""
        a = profile(places=("lahore",), geo=(Place("1", "Lahore", "city", "PK", "04", 31.5, 74.3),))
        b = profile(
            "b", places=("karachi",), geo=(Place("2", "Karachi", "city", "PK", "05", 24.9, 67.0),)
        )

        assert PlaceMatcher()(a, b) == 0.0

    def test_all_spellings_of_one_base_match(self) -> None:
        """'Al Asad Air Base' and 'Ain al-Asad' are one place (token-set ratio on keys)."""
        a = profile(places=(place_key("Al Asad Air Base"),))
        b = profile("b", places=(place_key("Ain al-Asad"),))

        assert PlaceMatcher()(a, b) == 1.0

    def test_small_misspellings_still_match(self) -> None:
        """'Pittsburgh' and 'Pittsburg' are close enough to clear the cutoff."""
        score = PlaceMatcher()(profile(places=("pitsburgh",)), profile("b", places=("pitsburg",)))

        assert score is not None
        assert score > 0.85

    def test_different_places_score_zero(self) -> None:
        """Two unrelated cities score 0.0."""
        score = PlaceMatcher()(profile(places=("elgin",)), profile("b", places=("memphis",)))

        assert score == 0.0

    def test_no_place_is_no_evidence(self) -> None:
        """A side without places gives None, not a penalty."""
        assert PlaceMatcher()(profile(places=("elgin",)), profile("b")) is None

    def test_a_frequent_shared_place_counts_less(self) -> None:
        """Sharing a place that many reports name scores its specificity, not 1.0."""
        a = profile(places=("chicago",), specificity=(0.6,))
        b = profile("b", places=("chicago",), specificity=(0.6,))

        assert PlaceMatcher()(a, b) == 0.6

    def test_towns_sharing_only_a_street_name_barely_match(self) -> None:
        """Two towns with a 'Main Street' each: the differing towns outweigh the shared street."""
        a = profile(places=("elgin", "main stret"), specificity=(1.0, 0.4))
        b = profile("b", places=("aurora", "main stret"), specificity=(1.0, 0.4))

        score = PlaceMatcher()(a, b)

        assert score is not None
        assert score < 0.2

    def test_a_rare_shared_place_outweighs_differing_datelines(self) -> None:
        """'WASHINGTON' and 'BAGHDAD' datelines do not hide a shared, rare base."""
        a = profile(places=("washington", "ain asad"))
        b = profile("b", places=("baghdad", "ain asad"))

        assert PlaceMatcher()(a, b) == 1.0

    def test_a_place_one_side_adds_is_no_conflict(self) -> None:
        """'Riverton' against 'Riverton' and 'Millhaven': only one side names more, full score."""
        a = profile(places=("riverton",), specificity=(0.6,))
        b = profile("b", places=("riverton", "milhaven"), specificity=(0.6, 1.0))

        assert PlaceMatcher()(a, b) == 0.6


class TestPlaceSpecificity:
    def test_rare_places_count_fully(self) -> None:
        """A place at most 40 of 100,000 profiles name has specificity 1.0."""
        assert place_specificity(40, 100_000) == 1.0

    def test_weight_falls_with_frequency(self) -> None:
        """The more profiles name a place, the less it tells; one every profile names tells nothing."""
        weights = [place_specificity(df, 100_000) for df in (100, 1_000, 10_000, 100_000)]

        assert weights == sorted(weights, reverse=True)
        assert weights[-1] == 0.0

    def test_small_corpora_keep_every_place(self) -> None:
        """In 30 profiles every place counts fully, even one all of them name."""
        assert place_specificity(30, 30) == 1.0


class TestDateMatcher:
    def test_same_day_scores_one(self) -> None:
        """Two reports dated to the same day agree fully."""
        assert DateMatcher()(day("2024-01-20"), day("2024-01-20")) == 1.0

    def test_days_a_week_apart_are_vetoed(self) -> None:
        """Two attacks a week apart are two events: 0.0 from a veto matcher."""
        matcher = DateMatcher()

        assert matcher(day("2024-01-20"), day("2024-01-27")) == 0.0
        assert matcher.veto

    def test_adjacent_days_are_weak_evidence(self) -> None:
        """Night events straddle midnight: one day apart is allowed but weak."""
        assert DateMatcher()(day("2024-01-20"), day("2024-01-21")) == 0.4

    def test_days_of_one_flood_agree_and_days_of_shootings_do_not(self) -> None:
        """Floods last days: reports two days apart may tell one flood; two shootings may not."""
        flood = frozenset({"flood"})
        monday = attrs.evolve(day("2024-01-20"), kinds=flood)
        wednesday = attrs.evolve(day("2024-01-22"), kinds=flood)
        shooting = frozenset({"shooting"})

        assert DateMatcher()(monday, wednesday) == 0.6
        assert DateMatcher()(monday, attrs.evolve(day("2024-01-27"), kinds=flood)) == 0.0
        assert (
            DateMatcher()(
                attrs.evolve(monday, kinds=shooting), attrs.evolve(wednesday, kinds=shooting)
            )
            == 0.0
        )

    def test_weekday_only_must_agree_with_the_day(self) -> None:
        """'On Saturday' in an undated report fits Saturday 20 January, not Monday 22."""
        sat = profile("u", precision="weekday", weekday=5)

        assert DateMatcher()(sat, day("2024-01-20")) == 0.8
        assert DateMatcher()(sat, day("2024-01-22")) == 0.0

    def test_event_after_publication_is_vetoed(self) -> None:
        """A report published on the 10th cannot describe an event on the 20th."""
        assert DateMatcher()(day("2024-01-20"), published("2024-01-10")) == 0.0

    def test_publication_lag_decays(self) -> None:
        """A report published the next day fits better than one published three weeks later."""
        event = day("2024-01-20")
        soon = DateMatcher()(event, published("2024-01-21"))
        late = DateMatcher()(event, published("2024-02-10"))

        assert soon is not None
        assert late is not None
        assert soon > late > 0.0

    def test_follow_up_joins_an_earlier_day_and_decays(self) -> None:
        """An arrest reported on the 25th fits a shooting on the 20th better than one weeks before."""
        follow = profile("f", date=dt.date(2024, 1, 25), precision="before")

        near = DateMatcher()(follow, day("2024-01-20"))
        far = DateMatcher()(day("2023-12-30"), follow)

        assert near is not None
        assert far is not None
        assert near > far > 0.0

    def test_follow_up_cannot_precede_its_event(self) -> None:
        """A statement dated the 10th is not about an event on the 20th, nor one months before."""
        follow = profile("f", date=dt.date(2024, 1, 10), precision="before")

        assert DateMatcher()(follow, day("2024-01-20")) == 0.0
        assert DateMatcher()(follow, day("2023-06-01")) == 0.0

    def test_month_holds_its_days_only(self) -> None:
        """'Last month's air strike' fits any day of that month and vetoes the others."""
        month = profile("m", date=dt.date(2024, 2, 1), precision="month")

        assert DateMatcher()(month, day("2024-02-29")) == 0.8
        assert DateMatcher()(day("2024-03-01"), month) == 0.0

    def test_month_fits_a_report_published_within_it(self) -> None:
        """A report of 26 November fits 'the November shooting'."""
        month = profile("m", date=dt.date(2016, 11, 1), precision="month")

        assert DateMatcher()(month, published("2016-11-26")) == 0.6
        assert DateMatcher()(month, published("2016-10-30")) == 0.05

    def test_week_holds_three_days_either_side(self) -> None:
        """'Last week's bombing' read as a week around its middle day."""
        week = profile("w", date=dt.date(2024, 1, 18), precision="week")

        assert DateMatcher()(week, day("2024-01-15")) == 0.8
        assert DateMatcher()(week, day("2024-01-23")) == 0.0

    def test_unknown_date_is_neutral(self) -> None:
        """A profile without any date gives None."""
        assert DateMatcher()(day("2024-01-20"), profile("b")) is None

    def test_dates_are_compared_as_dates_not_strings(self) -> None:
        """2024-01-02 and 2024-01-20 look alike as strings but are eighteen days apart."""
        assert DateMatcher()(day("2024-01-02"), day("2024-01-20")) == 0.0


class TestKindMatcher:
    def test_same_kind_scores_one(self) -> None:
        """Two shootings agree."""
        a, b = profile(kinds=frozenset({"shooting"})), profile("b", kinds=frozenset({"shooting"}))

        assert KindMatcher()(a, b) == 1.0

    def test_partial_overlap_is_jaccard(self) -> None:
        """'missiles and rockets' against 'rockets' scores one half."""
        a = profile(kinds=frozenset({"missile", "rocket"}))
        b = profile("b", kinds=frozenset({"rocket"}))

        assert KindMatcher()(a, b) == 0.5


class TestActorMatcher:
    def test_fuzzy_actor_names_match(self) -> None:
        """'Islamic Resistance in Iraq' matches 'the Islamic Resistance in Iraq'."""
        a = profile(actors=frozenset({"islamic resistance in iraq"}))
        b = profile("b", actors=frozenset({"the islamic resistance in iraq movement"}))

        assert ActorMatcher()(a, b) == 1.0

    def test_different_actors_score_zero(self) -> None:
        """Two unrelated groups do not match."""
        a = profile(actors=frozenset({"houthis"}))
        b = profile("b", actors=frozenset({"kataib hezbollah"}))

        assert ActorMatcher()(a, b) == 0.0


class TestCountMatcher:
    def test_equal_counts_score_one(self) -> None:
        """'Five injured' against 'five wounded' agree fully."""
        a = profile(counts=(("injured", 5, 5),))

        assert CountMatcher()(a, profile("b", counts=(("injured", 5, 5),))) == 1.0

    def test_disjoint_counts_are_a_weak_signal_not_a_veto(self) -> None:
        """Early and later tallies differ: seven against eight scores 0.3, not zero."""
        a = profile(counts=(("injured", 7, 7),))

        assert CountMatcher()(a, profile("b", counts=(("injured", 8, 8),))) == 0.3

    def test_measures_are_averaged(self) -> None:
        """Killed disagrees, injured agrees: the mean of 0.3 and 1.0."""
        a = profile(counts=(("killed", 4, 4), ("injured", 12, 12)))
        b = profile("b", counts=(("killed", 6, -1), ("injured", 12, 12)))

        assert CountMatcher()(a, b) == 0.65

    def test_unbounded_counts_overlap(self) -> None:
        """'At least ten' (high -1) is compatible with 17."""
        a = profile(counts=(("launched", 10, -1),))

        assert CountMatcher()(a, profile("b", counts=(("launched", 17, 17),))) == 0.8

    def test_no_shared_measure_is_no_evidence(self) -> None:
        """Killed on one side and injured on the other say nothing."""
        a = profile(counts=(("killed", 1, 1),))

        assert CountMatcher()(a, profile("b", counts=(("injured", 4, 4),))) is None


class TestContextMatcher:
    def test_shared_rare_words_saturate(self) -> None:
        """Two shared rare words (weight 5 each) reach the saturation of 10."""
        a = profile(terms={"benchwarmer": 5.0, "culver": 5.0, "police": 0.2})
        b = profile("b", terms={"benchwarmer": 5.0, "culver": 5.0})

        assert ContextMatcher()(a, b) == 1.0

    def test_common_words_are_weak(self) -> None:
        """Sharing only 'police' and 'shooting' is little evidence."""
        a = profile(terms={"police": 0.2, "shooting": 0.1, "elm": 4.0})
        b = profile("b", terms={"police": 0.2, "shooting": 0.1, "oak": 4.0})

        score = ContextMatcher()(a, b)

        assert score is not None
        assert score < 0.1


class TestMatcher:
    def test_builtins_satisfy_the_protocol_and_show_settings(self) -> None:
        """Every default matcher is a Matcher whose repr shows its settings."""
        for matcher in DEFAULT_MATCHERS:
            assert isinstance(matcher, Matcher)
            assert "weight=" in repr(matcher)

    @pytest.mark.parametrize("matcher", DEFAULT_MATCHERS, ids=lambda m: m.name)
    def test_scores_stay_in_range_and_are_symmetric(self, matcher: Matcher) -> None:
        """Scores run from 0.0 to 1.0 and do not depend on argument order."""
        a = profile(
            places=("elgin",),
            kinds=frozenset({"shooting"}),
            counts=(("injured", 5, 5),),
            terms={"north": 2.0},
            actors=frozenset({"gang"}),
            date=dt.date(2014, 1, 12),
            precision="day",
            weekday=6,
        )
        b = profile(
            "b",
            places=("elgin north",),
            kinds=frozenset({"shooting", "stabbing"}),
            counts=(("injured", 3, 9),),
            terms={"north": 2.0, "street": 1.0},
            actors=frozenset({"a gang"}),
            date=dt.date(2014, 1, 13),
            precision="published",
            weekday=0,
        )

        ab, ba = matcher(a, b), matcher(b, a)

        assert ab == ba
        assert ab is None or 0.0 <= ab <= 1.0


class TestStreetMatcher:
    def test_a_different_block_outweighs_a_shared_city_and_context(self) -> None:
        """One city, one count, a compatible day and many shared words: two blocks keep them apart."""
        from claimrec.link.cluster import PairScorer  # noqa: PLC0415 - only this test scores pairs

        terms = {"fernhill": 5.0, "hospital": 3.0, "neighborhood": 3.0, "wounded": 3.0}
        a = EventProfile(
            key="a",
            document="a",
            places=("tollington",),
            date=dt.date(2025, 6, 13),
            precision="day",
            kinds=frozenset({"shooting"}),
            counts=(("injured", 2, 2),),
            terms=terms,
            streets=frozenset({"larchmont"}),
        )
        b = EventProfile(
            key="b",
            document="b",
            places=("tollington",),
            date=dt.date(2025, 6, 15),
            precision="published",  # undated: on or shortly before publication
            kinds=frozenset({"shooting"}),
            counts=(("injured", 2, 2),),
            terms=terms,
            streets=frozenset({"quillan"}),
        )
        same_block = attrs.evolve(b, key="c", document="c", streets=frozenset({"larchmont"}))

        apart, _ = PairScorer([a, b], DEFAULT_MATCHERS)(0, 1)
        together, _ = PairScorer([a, same_block], DEFAULT_MATCHERS)(0, 1)

        assert StreetMatcher()(a, b) == 0.0
        assert apart < 0.62 <= together


class TestRegionMatcher:
    QUAKE = frozenset({"earthquake"})
    EPICENTRE = Place("TR.44", "Malatya", "admin1", "TR", "44", 38.4, 38.0)

    def test_an_epicentre_and_the_worst_hit_city_nearby_are_one_quake(self) -> None:
        """'Centred in Malatya province' and 'in Adiyaman, the worst hit': one region."""
        city = Place("2", "Adiyaman", "city", "TR", "02", 37.76, 38.28)
        a = profile(places=("malatya",), geo=(self.EPICENTRE,), kinds=self.QUAKE)
        b = profile("b", places=("adiyaman",), geo=(city,), kinds=self.QUAKE)

        assert RegionMatcher()(a, b) == 1.0

    def test_a_quake_across_the_country_is_another_quake(self) -> None:
        """A city 1,000 km away, or in another country: two quakes (0.0, evidence against)."""
        far = Place("3", "Edirne", "city", "TR", "22", 41.67, 26.56)
        herat = Place("4", "Herat", "city", "AF", "11", 34.35, 62.2)
        a = profile(places=("malatya",), geo=(self.EPICENTRE,), kinds=self.QUAKE)

        for other in (far, herat):
            b = profile("b", places=(other.name.lower(),), geo=(other,), kinds=self.QUAKE)
            assert RegionMatcher()(a, b) == 0.0

    def test_a_quake_a_few_hundred_km_away_is_no_evidence(self) -> None:
        """A city 300 km away may be one big quake or two: None, the other matchers decide."""
        middle = Place("5", "Kayseri", "city", "TR", "38", 38.73, 35.49)
        a = profile(places=("malatya",), geo=(self.EPICENTRE,), kinds=self.QUAKE)
        b = profile("b", places=("kayseri",), geo=(middle,), kinds=self.QUAKE)

        assert RegionMatcher()(a, b) is None

    def test_a_country_both_name_is_no_region(self) -> None:
        """Two wildfires 'in Spain', one near a village the gazetteer does not know: no region."""
        spain = Place("ES", "Spain", "country", "ES")
        malaga = Place("6", "Malaga", "city", "ES", "51", 36.72, -4.42)
        fire = frozenset({"wildfire"})
        a = profile(places=("tabara", "spain"), geo=(None, spain), kinds=fire)
        b = profile("b", places=("malaga", "spain"), geo=(malaga, spain), kinds=fire)

        assert RegionMatcher()(a, b) is None

    def test_a_quake_told_by_its_country_alone_is_the_quake_named_by_towns(self) -> None:
        """'This week's earthquake in eastern Turkey' is the quake another names by town."""
        turkey = Place("TR", "Turkey", "country", "TR")
        a = profile(places=("malatya", "turkey"), geo=(self.EPICENTRE, turkey), kinds=self.QUAKE)
        b = profile("b", places=("turkey",), geo=(turkey,), kinds=self.QUAKE)
        flood = frozenset({"flood"})

        assert RegionMatcher()(a, b) == 1.0
        assert RegionMatcher()(attrs.evolve(a, kinds=flood), attrs.evolve(b, kinds=flood)) is None

    def test_two_quakes_named_by_towns_are_placed_by_their_towns(self) -> None:
        """A shared country does not join quakes whose towns lie 300 km apart."""
        turkey = Place("TR", "Turkey", "country", "TR")
        middle = Place("5", "Kayseri", "city", "TR", "38", 38.73, 35.49)
        a = profile(places=("malatya", "turkey"), geo=(self.EPICENTRE, turkey), kinds=self.QUAKE)
        b = profile("b", places=("kayseri", "turkey"), geo=(middle, turkey), kinds=self.QUAKE)

        assert RegionMatcher()(a, b) is None


class TestSiteMatcher:
    JORDAN = Place("JO", "Jordan", "country", "JO")
    BASE = frozenset({"base"})

    def test_a_base_placed_only_by_its_country_meets_a_base_named_there(self) -> None:
        """'A US outpost in Jordan' and 'Outpost 41 in Ruwayshid, Jordan': one kind of site."""
        town = Place("9", "Ruwayshid", "city", "JO", "12", 32.5, 38.2)
        a = profile(places=("jordan",), geo=(self.JORDAN,), sites=self.BASE)
        b = profile("b", places=("ruwayshid", "jordan"), geo=(town, self.JORDAN), sites=self.BASE)

        assert SiteMatcher()(a, b) == 1.0

    def test_a_town_unknown_to_the_gazetteer_may_lie_in_the_others_province(self) -> None:
        """'A market in the town of Ariha in Syria' and 'a market in Idlib province': a site."""
        syria = Place("SY", "Syria", "country", "SY")
        idlib = Place("SY.12", "Idlib", "admin1", "SY", "12")
        market = frozenset({"market"})
        a = profile(places=("ariha", "syria"), geo=(None, syria), sites=market)
        b = profile("b", places=("idlib",), geo=(idlib,), sites=market)

        assert SiteMatcher()(a, b) == 1.0
        assert PlaceMatcher()(a, b) is None

    def test_a_report_naming_only_a_hospital_meets_one_naming_the_city(self) -> None:
        """'The strike on Nasser hospital' and 'the hospital in southern Gaza': a site, no place conflict."""
        gaza = Place("281133", "Gaza", "city", "PS", "GZ", 31.5, 34.47)
        hospital = frozenset({"hospital"})
        a = profile(places=("naser hospital",), sites=hospital)
        b = profile("b", places=("gaza",), geo=(gaza,), sites=hospital)

        assert SiteMatcher()(a, b) == 1.0
        assert PlaceMatcher()(a, b) is None

    def test_bases_in_two_countries_are_no_evidence(self) -> None:
        """A base in Jordan and a base in Iraq share the word only."""
        iraq = Place("IQ", "Iraq", "country", "IQ")
        a = profile(places=("jordan",), geo=(self.JORDAN,), sites=self.BASE)
        b = profile("b", places=("iraq",), geo=(iraq,), sites=self.BASE)

        assert SiteMatcher()(a, b) is None
