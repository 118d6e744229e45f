"""
Round-seven linking: places and kinds the round-six stories read wrong, one class each.

A common noun opening a headline ("Gas blast kills four") is no place even when the
gazetteer knows it as some town's alternate name or code; a named sea or bay is one
name ("the Bay of Bengal"); a blast with a named cause that is no weapon (gas, a boiler,
fireworks, a coal mine) is no bombing; "the fire that killed" names a fire; a vehicle
that plunges off a road is a crash. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.extract import extract
from claimrec.link.places import Place
from claimrec.link.profile import profile_documents
from claimrec.matchers import EventProfile, PlaceMatcher


def profile(title: str, text: str, published: str = "2026-03-02") -> EventProfile:
    doc = cr.Document("d", text, title=title, published=published)
    profiles, _ = profile_documents([doc], extract(doc))
    return profiles[0]


class TestHeadlineNouns:
    def test_a_common_noun_opening_a_headline_is_no_place(self) -> None:
        """'Gas blast kills four' names no town 'Gas' when the story writes 'a gas cylinder'."""
        found = profile(
            "Gas blast kills four",
            "A gas cylinder blew up in a crowded eatery in Lahore on Sunday, killing four diners.",
        )

        assert found.places == ("lahore",)

    def test_a_bus_opening_a_headline_is_no_place(self) -> None:
        """'Bus plunge kills 12' names no town 'Bus' when the story writes 'a bus'."""
        found = profile(
            "Bus plunge kills 12 in Nepal",
            "A bus carrying pilgrims plunged into a gorge in Nepal on Friday, killing 12 people.",
        )

        assert "bus" not in found.places


class TestHeadlinePlaces:
    @pytest.mark.parametrize(
        ("title", "place"),
        [
            ("Peru bus landslide: rescuers find 11 bodies", "peru"),
            ("Dhaka factory fire toll climbs to 30", "dhaka"),
        ],
    )
    def test_a_headline_place_before_what_the_event_struck(self, title: str, place: str) -> None:
        """'Peru bus landslide' names Peru: a lower-case noun may stand between place and event."""
        found = profile(
            title, "Officials gave the new toll on Monday, as relatives waited for news."
        )

        assert place in found.places


class TestNamedWaters:
    @pytest.mark.parametrize(
        ("sentence", "label"),
        [
            (
                "A cyclone churning in the Bay of Bengal sank a trawler on Tuesday, killing 3.",
                "Bay of Bengal",
            ),
            (
                "Pirates seized a tanker in the Gulf of Aden on Monday, wounding 2 crew.",
                "Gulf of Aden",
            ),
            (
                "A cyclone gathering strength over the Bay of Bengal sank 2 boats on Monday.",
                "Bay of Bengal",
            ),
        ],
    )
    def test_a_bay_or_gulf_of_a_name_is_one_place(self, sentence: str, label: str) -> None:
        """'the Bay of Bengal' is one place, never a place 'Bay'."""
        found = profile("Storm at sea", sentence)

        assert label in found.labels
        assert "bay" not in found.places
        assert "gulf" not in found.places


class TestKindsOfAccidents:
    @pytest.mark.parametrize(
        ("title", "text"),
        [
            (
                "Kitchen blast kills four",
                "A gas cylinder exploded in a kitchen in Multan on Sunday, killing four people.",
            ),
            (
                "Boiler blast kills six",
                "A boiler explosion tore through a dye works in Surat on Sunday, killing six workers.",
            ),
            (
                "Fireworks blast kills 5",
                "A fireworks explosion levelled a workshop in Sivakasi on Sunday, killing five.",
            ),
            (
                "Pit blast kills 9",
                "An explosion ripped through a coal mine in Quetta on Sunday, killing nine miners.",
            ),
        ],
    )
    def test_a_blast_with_a_cause_that_is_no_weapon_is_no_bombing(
        self, title: str, text: str
    ) -> None:
        """A gas, boiler, fireworks or coal-mine blast is a gas explosion, never a bombing."""
        found = profile(title, text)

        assert found.kinds == frozenset({"gas explosion"})

    def test_a_landmine_blast_stays_a_bombing(self) -> None:
        """A mine blast that kills soldiers, with no miners, is still a bombing."""
        found = profile(
            "Mine blast kills three soldiers",
            "A mine blast hit an army patrol near Kandahar on Sunday, killing three soldiers.",
        )

        assert found.kinds == frozenset({"bombing"})

    def test_the_fire_that_killed_names_a_fire(self) -> None:
        """'the fire that killed nine' types the report's event as a fire."""
        found = profile(
            "Factory toll at nine",
            "Investigators said on Monday the fire that killed nine workers in a Dhaka garment plant began in a storeroom.",
        )

        assert found.kinds == frozenset({"fire"})

    @pytest.mark.parametrize(
        "title", ["Delhi fire kills nine", "Karachi fire kills 12 in shopping plaza"]
    )
    def test_a_city_named_before_its_fire_names_a_fire(self, title: str) -> None:
        """A city whose name ends like a demonym ('Delhi', 'Karachi') before 'fire kills' is a fire."""
        found = profile(title, "Firefighters searched the gutted building on Tuesday.")

        assert "fire" in found.kinds

    @pytest.mark.parametrize(
        "sentence",
        [
            "Police fire killed two protesters in Nairobi on Monday, witnesses said.",
            "Syrian fire killed two farmers near Daraa on Monday, witnesses said.",
            "Israeli fire killed two fishermen off Gaza on Monday, witnesses said.",
            "Cross-fire killed two bystanders in Juba on Monday, witnesses said.",
        ],
    )
    def test_a_sides_fire_that_killed_is_gunfire(self, sentence: str) -> None:
        """'police fire killed', 'Syrian fire killed', 'cross-fire killed' name no fire."""
        found = profile("Two die", sentence)

        assert "fire" not in found.kinds

    @pytest.mark.parametrize(
        ("title", "text"),
        [
            (
                "Bus plunge kills 12",
                "A bus plunged into a gorge in Himachal Pradesh on Friday, killing 12 passengers.",
            ),
            (
                "12 die on mountain road",
                "A minibus carrying 20 people plunged off a cliff near Gilgit on Friday, killing 12.",
            ),
            (
                "Truck accident kills 7",
                "A truck overturned on a highway near Kano on Friday, killing seven passengers.",
            ),
        ],
    )
    def test_a_vehicle_off_the_road_is_a_crash(self, title: str, text: str) -> None:
        """A bus that plunges into a gorge or a truck that overturns is a crash."""
        found = profile(title, text)

        assert found.kinds == frozenset({"crash"})


D = cr.Document

#: Two landslides in one country on one day, each told twice; the reports place them
#: only by a compass region of the country.
TWO_LANDSLIDES = [
    D(
        "c1",
        "A landslide buried four houses in central Nepal on Monday, killing nine people, police said.",
        title="Landslide kills nine in central Nepal",
        published="2026-07-06",
    ),
    D(
        "c2",
        "Soldiers dug through mud on Tuesday for survivors of Monday's landslide in central Nepal, which killed nine villagers.",
        title="Search goes on after central Nepal landslide",
        published="2026-07-07",
    ),
    D(
        "w1",
        "A landslide swept away a hillside hamlet in far western Nepal on Monday, killing five people, officials said.",
        title="Landslide kills five in far western Nepal",
        published="2026-07-06",
    ),
    D(
        "w2",
        "Five people were killed when a landslide struck a hamlet in far-western Nepal on Monday, the district office said on Tuesday.",
        title="Five dead in western Nepal landslide",
        published="2026-07-07",
    ),
]


def _events(docs: list[cr.Document]) -> set[frozenset[str]]:
    return {frozenset(e.documents) for e in cr.reconcile(docs).events}


class TestCompassRegions:
    def test_far_western_names_the_country(self) -> None:
        """'in far western Nepal' places the event in Nepal, in its west."""
        found = profile(
            "Landslide kills five",
            "A landslide struck a hamlet in far western Nepal on Monday, killing five people.",
        )

        assert found.places == ("nepal",)
        assert found.compass == frozenset({("nepal", "west")})

    def test_two_compass_regions_of_one_country_are_two_events(self) -> None:
        """A landslide in central Nepal and one in far western Nepal on one day stay apart."""
        events = _events(TWO_LANDSLIDES)

        assert frozenset({"c1", "c2"}) in events
        assert frozenset({"w1", "w2"}) in events

    def test_a_compass_region_never_vetoes_a_town_inside_it(self) -> None:
        """'central Nepal' and a report naming only a town in Nepal can be one event."""
        a = D(
            "a",
            "A landslide buried four houses in central Nepal on Monday, killing nine people, police said.",
            title="Landslide kills nine in central Nepal",
            published="2026-07-06",
        )
        b = D(
            "b",
            "Nine people were killed when a landslide buried four houses near Pokhara, Nepal, on Monday, police said.",
            title="Landslide near Pokhara kills nine",
            published="2026-07-06",
        )

        assert frozenset({"a", "b"}) in _events([a, b])


class TestProvinceInCountry:
    def test_a_province_inside_a_country_is_scored_down_once(self) -> None:
        """A province in the country the other report names agrees 0.3 times the province's weight."""
        country = Place("XX", "Valdoria", "country", "XX")
        province = Place("XX.07", "Ostrel", "admin1", "XX", "07")
        a = EventProfile(
            key="a", document="a", places=("ostrel",), geo=(province,), specificity=(0.5,)
        )
        b = EventProfile(
            key="b", document="b", places=("valdoria",), geo=(country,), specificity=(0.3,)
        )

        score = PlaceMatcher()(a, b)

        assert score == 0.15
