"""Tests for claimrec.link.places: the one place key and the gazetteer."""

from __future__ import annotations

import pytest

from claimrec.extract import normalize_place
from claimrec.link.places import Gazetteer, Place, default_gazetteer, fold, place_key


class TestFold:
    def test_accents_and_scripts_become_ascii(self) -> None:
        """Diacritics and typographic apostrophes fold away."""
        assert fold("Jardim Ângela, Kraków’s") == "jardim angela, krakow's"


class TestPlaceKey:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("São Paulo", "Sao Paulo"),
            ("Kraków's", "Krakow"),
            ("Bouladié", "Bouladie"),
            ("Al-Qaim", "al Qaim"),
        ],
    )
    def test_spelling_variants_share_a_key(self, a: str, b: str) -> None:
        """Accents, possessives and Arabic articles do not split a place."""
        assert place_key(a) == place_key(b)

    def test_every_place_key_folds_alike(self) -> None:
        """The extractor, the matcher and the claim-level path fold 'São Paulo' the same way."""
        keys = {normalize_place("São Paulo"), place_key("São Paulo")}

        assert keys == {"sao paulo"}


class TestPlace:
    def test_a_city_lies_within_its_region_and_country(self) -> None:
        """A path that starts with another's path is inside it."""
        city = Place("9", "Sample City", "city", "XX", "07")

        assert city.within(Place("XX.07", "Region", "admin1", "XX", "07"))
        assert city.within(Place("XX", "Country", "country", "XX"))
        assert not city.within(Place("XX.08", "Other", "admin1", "XX", "08"))

    def test_distance_needs_both_locations(self) -> None:
        """Places without coordinates have no distance."""
        assert Place("1", "A", "city", "XX").distance_km(Place("2", "B", "city", "XX")) is None


class TestGazetteer:
    def test_alternate_names_resolve_to_one_entry(self) -> None:
        """An old name and a nickname find the city."""
        g = Gazetteer([Place("1", "Newtown", "city", "XX", "01")], {"1": ("Oldtown", "N-Town")})

        assert (
            g.resolve("Oldtown")
            == g.resolve("newtown")
            == Place("1", "Newtown", "city", "XX", "01")
        )

    def test_prefers_an_entry_inside_a_named_region(self) -> None:
        """Two towns share a name: the one inside the region the text names wins."""
        big = Place("1", "Springfield", "city", "XX", "01", population=90_000)
        small = Place("2", "Springfield", "city", "XX", "02", population=20_000)
        region = Place("XX.02", "Second Region", "admin1", "XX", "02")
        g = Gazetteer([big, small, region])

        assert g.resolve("Springfield") == big
        assert g.resolve("Springfield", within=region) == small

    def test_default_gazetteer_knows_aliases_and_levels(self) -> None:
        """GeoNames data: alternate names of a city, a country and a US state."""
        g = default_gazetteer()

        assert g.resolve("Benares") == g.resolve("Varanasi")
        assert g.resolve("Vizag").name == "Visakhapatnam"
        assert g.resolve("Iraq").level == "country"
        assert g.resolve("Tennessee").path == "US/TN"

    def test_words_that_are_not_places_resolve_to_nothing(self) -> None:
        """Weekdays and common nouns are not in the gazetteer."""
        g = default_gazetteer()

        assert g.resolve("Tuesday") is None
        assert g.resolve("file") is None
