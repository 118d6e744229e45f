"""
Round-twelve linking stories: compass regions, aftershocks, region words, labels.

Each story has two or three reports of one incident told in different styles, with a
confounder beside them by class: a report naming only a compass region of a country ("a
base in northeast Syria", "a village in southern Lebanon") against one naming the town or
the base in a province of that region; an aftershock that kills days after the main quake
(its own incident) against follow-ups of the quake that mention aftershocks in passing; a
regional disaster told from the capital naming only a region word ("in the highlands")
against a report naming the country.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

from importlib import resources

import pytest

import claimrec as cr
from claimrec.link.events import _is_address, _street_first
from claimrec.link.places import (
    COMPASS_WORDS,
    _read_regions,
    compass_holds,
    default_gazetteer,
    place_key,
)
from claimrec.link.profile import profile_documents
from claimrec.matchers import PlaceMatcher
from stories import story_tests

D = cr.Document

NORTHEAST = [
    D(
        "ne1",
        "A drone attack on a base hosting US troops in northeast Syria on Sunday wounded four "
        "American service members, the Pentagon said.",
        title="Drone attack wounds four US troops in Syria",
        published="2026-02-08",
        outlet="Wire One",
    ),
    D(
        "ne2",
        "Drones struck a US position near Qamishli in Hasakah province on Sunday, wounding four "
        "soldiers, a war monitor said. An Iran-aligned militia claimed the attack.",
        title="Militia claims drone strike on US troops near Qamishli",
        published="2026-02-09",
        outlet="Wire Two",
    ),
    D(
        "ne3",
        "A car bomb exploded at a checkpoint in Daraa in southern Syria on Sunday, killing six "
        "members of the security forces, state media said.",
        title="Car bomb kills six at Daraa checkpoint",
        published="2026-02-08",
        outlet="Wire One",
    ),
]

NORTHEAST_BASE = [
    D(
        "nb1",
        "Rockets were fired at a base used by US-led coalition forces in northeastern Syria on "
        "Friday, wounding two soldiers, the coalition said.",
        title="Rockets wound two coalition soldiers in Syria",
        published="2026-05-15",
        outlet="Wire One",
    ),
    D(
        "nb2",
        "Two coalition soldiers were lightly wounded on Friday when rockets hit their base "
        "outside Raqqa, a local official said.",
        title="Rockets hit coalition base near Raqqa",
        published="2026-05-15",
        outlet="Wire Two",
    ),
    D(
        "nb3",
        "Rockets hit a government base near Hama in central Syria on Friday, killing three "
        "soldiers, state media said.",
        title="Rockets kill three soldiers near Hama",
        published="2026-05-15",
        outlet="Wire One",
    ),
]

NORTHEAST_NIGERIA = [
    D(
        "ng1",
        "Jihadist fighters overran a military base in northeast Nigeria on Tuesday, killing at "
        "least 11 soldiers, security sources said.",
        title="Jihadists overrun army base in Nigeria, 11 soldiers killed",
        published="2026-07-21",
        outlet="Wire One",
    ),
    D(
        "ng2",
        "MAIDUGURI - The army said on Wednesday that 11 troops died when insurgents attacked "
        "its base in Borno state, and that the attackers were repelled.",
        title="Army says 11 troops killed in Borno base attack",
        published="2026-07-22",
        outlet="Wire Two",
    ),
    D(
        "ng3",
        "Gunmen on motorbikes raided a village in Zamfara state in northwest Nigeria on "
        "Tuesday, killing 14 villagers, police said.",
        title="Gunmen kill 14 in Zamfara village raid",
        published="2026-07-21",
        outlet="Wire One",
    ),
]

SOUTH_LEBANON = [
    D(
        "sl1",
        "An Israeli air strike on a village in southern Lebanon on Wednesday killed five people, "
        "including two children, the health ministry said.",
        title="Israeli strike kills five in south Lebanon",
        published="2026-10-21",
        outlet="Wire One",
    ),
    D(
        "sl2",
        "TYRE - Rescuers pulled five bodies from a house flattened by an air strike on the "
        "outskirts of Tyre on Wednesday, civil defence workers said.",
        title="Five killed as strike flattens house near Tyre",
        published="2026-10-21",
        outlet="Beirut Daily",
    ),
    D(
        "sl3",
        "An air strike on a car near Baalbek in eastern Lebanon on Wednesday killed two men, "
        "the state news agency said.",
        title="Strike on car near Baalbek kills two",
        published="2026-10-21",
        outlet="Wire Two",
    ),
]

WESTERN_IRAQ = [
    D(
        "wi1",
        "Rockets hit an air base hosting US forces in western Iraq on Monday, wounding two "
        "contractors, a security official said.",
        title="Rockets hit base in western Iraq",
        published="2026-01-12",
        outlet="Wire One",
    ),
    D(
        "wi2",
        "Two contractors were hurt on Monday when rockets slammed into Ain al-Asad air base in "
        "Anbar, the coalition said in a statement.",
        title="Two contractors hurt in rocket attack on Ain al-Asad",
        published="2026-01-12",
        outlet="Wire Two",
    ),
    D(
        "wi3",
        "A roadside bomb struck a patrol near Kirkuk in northern Iraq on Monday, killing two "
        "soldiers, police said.",
        title="Roadside bomb kills two soldiers near Kirkuk",
        published="2026-01-12",
        outlet="Wire One",
    ),
]

AFTERSHOCK = [
    D(
        "ak1",
        "A magnitude 6.4 earthquake struck eastern Turkey on Saturday, killing at least 38 "
        "people in Malatya province, the disaster agency said.",
        title="Quake kills 38 in eastern Turkey",
        published="2026-03-14",
        outlet="Wire One",
    ),
    D(
        "ak2",
        "MALATYA - The toll from Saturday's earthquake rose to 52 on Monday, officials said, as "
        "aftershocks kept survivors sleeping outdoors in freezing weather.",
        title="Turkey quake toll rises to 52",
        published="2026-03-16",
        outlet="Wire Two",
    ),
    D(
        "ak3",
        "A magnitude 4.8 aftershock on Wednesday toppled two buildings already damaged in "
        "Malatya, killing three people, the disaster agency said.",
        title="Aftershock topples buildings in Malatya, three dead",
        published="2026-03-18",
        outlet="Wire One",
    ),
]

AFTERSHOCK_RECALL = [
    D(
        "ar1",
        "A strong earthquake of magnitude 6.1 hit western Nepal on Friday night, killing at "
        "least 70 people in Jajarkot district, officials said.",
        title="Quake kills 70 in western Nepal",
        published="2026-11-06",
        outlet="Wire One",
    ),
    D(
        "ar2",
        "Aftershocks rattled Jajarkot on Sunday as the toll from Friday's earthquake rose to "
        "153, the home ministry said, with survivors camping in the open.",
        title="Nepal quake toll rises to 153",
        published="2026-11-08",
        outlet="Kathmandu Post Daily",
    ),
    D(
        "ar3",
        "An aftershock of magnitude 5.2 struck Jajarkot on Thursday, killing two people when a "
        "cracked wall fell on their tent. It came six days after the quake that killed 153 "
        "people in the district.",
        title="Aftershock kills two in quake-hit Jajarkot",
        published="2026-11-12",
        outlet="Wire Two",
    ),
]

NORTHERN_FLOODS = [
    D(
        "nf1",
        "Flash floods and landslides in northern Pakistan killed at least 23 people on Monday, "
        "the national disaster authority said, as rescuers searched for a dozen missing.",
        title="Floods kill 23 in northern Pakistan",
        published="2026-07-27",
        outlet="Wire One",
    ),
    D(
        "nf2",
        "Flash floods swept away homes and a bridge in Gilgit-Baltistan on Monday, killing 25 "
        "people, the regional government said on Tuesday.",
        title="Gilgit-Baltistan floods kill 25",
        published="2026-07-28",
        outlet="Wire Two",
    ),
    D(
        "nf3",
        "Floods in Sindh province in southern Pakistan killed 9 people on Tuesday, officials "
        "said, after two days of heavy monsoon rain.",
        title="Sindh floods kill nine",
        published="2026-07-28",
        outlet="Wire One",
    ),
]

HIGHLANDS = [
    D(
        "hl1",
        "GUATEMALA CITY - Mudslides triggered by days of heavy rain buried homes in the "
        "highlands on Sunday, killing at least 19 people, the disaster agency said.",
        title="Mudslides kill 19 in highlands",
        published="2026-06-14",
        outlet="Wire One",
    ),
    D(
        "hl2",
        "Heavy rains set off mudslides across Guatemala on Sunday that killed 21 people and "
        "left 14 missing, officials said on Monday.",
        title="Guatemala mudslides kill 21",
        published="2026-06-15",
        outlet="Wire Two",
    ),
    D(
        "hl3",
        "A bus plunged into a ravine on a highway west of Guatemala City on Tuesday, killing "
        "11 passengers, firefighters said.",
        title="Bus plunges into ravine, 11 dead",
        published="2026-06-16",
        outlet="Wire One",
    ),
]

CENTRAL_PROVINCES = [
    D(
        "cp1",
        "HANOI - Floods in the central provinces have killed 27 people since Friday, the "
        "disaster management agency said on Sunday.",
        title="Floods kill 27 in central provinces",
        published="2026-10-18",
        outlet="Wire One",
    ),
    D(
        "cp2",
        "The toll from flooding in Vietnam rose to 31 on Monday, with thousands of homes "
        "still under water, state media said.",
        title="Vietnam flood toll rises to 31",
        published="2026-10-19",
        outlet="Wire Two",
    ),
]


STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "northeast syria": (NORTHEAST, [{"ne1", "ne2"}, {"ne3"}]),
    "northeast base": (NORTHEAST_BASE, [{"nb1", "nb2"}, {"nb3"}]),
    "northeast nigeria": (NORTHEAST_NIGERIA, [{"ng1", "ng2"}, {"ng3"}]),
    "south lebanon": (SOUTH_LEBANON, [{"sl1", "sl2"}, {"sl3"}]),
    "western iraq": (WESTERN_IRAQ, [{"wi1", "wi2"}, {"wi3"}]),
    "aftershock": (AFTERSHOCK, [{"ak1", "ak2"}, {"ak3"}]),
    "aftershock recall": (AFTERSHOCK_RECALL, [{"ar1", "ar2"}, {"ar3"}]),
    "northern floods": (NORTHERN_FLOODS, [{"nf1", "nf2"}, {"nf3"}]),
    "highlands": (HIGHLANDS, [{"hl1", "hl2"}, {"hl3"}]),
    "central provinces": (CENTRAL_PROVINCES, [{"cp1", "cp2"}]),
}

#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset({"highlands", "northeast syria"})

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    corpus_wrong=True,
    reason=(
        "still split: northeast syria: ne2 names 'a US position' (no site) near Qamishli, ne1 "
        "'a base' in northeast Syria: the region holds Hasakah (place 0.60) but alone the pair "
        "has little context (0.601); highlands: hl1's only place is its capital dateline (the "
        "country) and 'the highlands' names no region, hl2 names only Guatemala: a landslide "
        "is local, so one country is weak evidence (0.487); in the corpus, central provinces: "
        "cp1 (Hanoi dateline, 'the central provinces') and cp2 (Vietnam) share a flood and a "
        "day but few words (0.507)"
    ),
)


def _rows() -> list[list[str]]:
    text = resources.files("claimrec.link").joinpath("compass.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


class TestCompassTable:
    """The shipped compass table names real first-level regions and compass words only."""

    def test_every_row_names_a_region_of_the_gazetteer(self) -> None:
        """Each row is a row of ``regions.tsv``, the gazetteer's first-level regions."""
        regions = {(country, code): name for country, code, name in _read_regions()}
        for country, code, name, _ in _rows():
            assert regions.get((country, code)) == name, (country, code, name)

    def test_a_town_of_a_listed_region_is_held_by_its_words(self) -> None:
        """Qamishli lies in Al-Hasakah: "northeast Syria" holds it, "southern Syria" does not."""
        (town,) = [p for p in default_gazetteer().lookup("Qamishli") if p.level == "city"][:1]

        assert compass_holds(town.country, town.admin1, {"north", "east"}) is True
        assert compass_holds(town.country, town.admin1, {"south"}) is False

    def test_every_row_holds_compass_words_only(self) -> None:
        for row in _rows():
            assert len(row) == 4, row
            assert set(row[3].split()) <= COMPASS_WORDS, row
            assert row[3].split(), row

    def test_each_region_is_listed_once(self) -> None:
        keys = [(country, code) for country, code, _, _ in _rows()]
        assert len(keys) == len(set(keys))

    @pytest.mark.parametrize(
        ("country", "code", "words", "held"),
        [
            ("SY", "01", {"north", "east"}, True),  # northeast Syria: Al-Hasakah
            ("SY", "01", {"east"}, True),  # eastern Syria: Al-Hasakah
            ("LB", "06", {"south"}, True),  # southern Lebanon: South Governorate
            ("IQ", "01", {"west"}, True),  # western Iraq: Anbar
            ("LB", "11", {"south"}, False),  # southern Lebanon: not Baalbek-Hermel
            ("SY", "10", {"north", "east"}, False),  # northeast Syria: not Hama
            ("SY", "11", {"south", "east"}, None),  # southeastern Syria: Homs spans it in part
            ("SY", "13", {"south"}, None),  # Damascus: no row
            ("FR", "11", {"north"}, None),  # a country the table leaves out
        ],
    )
    def test_a_compass_region_holds_or_excludes(
        self, country: str, code: str, words: set[str], held: bool | None
    ) -> None:
        assert compass_holds(country, code, words) is held


def _place(a: cr.Document, b: cr.Document) -> float | None:
    profiles, _ = profile_documents([a, b], [])
    return PlaceMatcher()(profiles[0], profiles[1])


class TestCompassRegionAgainstItsProvince:
    """A report naming a compass region of a country and one naming a town of a province."""

    def test_the_region_holding_the_province_agrees_as_a_region(self) -> None:
        held = _place(SOUTH_LEBANON[0], SOUTH_LEBANON[1])
        bare = _place(
            D(
                "x",
                "An air strike on a village in Lebanon on Wednesday killed five people.",
                title="Strike in Lebanon",
                published="2026-10-21",
            ),
            SOUTH_LEBANON[1],
        )

        assert held is not None
        assert bare is not None
        assert held > bare

    def test_the_region_excluding_the_province_is_another_place(self) -> None:
        assert _place(SOUTH_LEBANON[0], SOUTH_LEBANON[2]) == 0.0


def _shooting(doc: str, text: str, title: str) -> cr.Document:
    return D(doc, text, title=title, published="2026-04-12", outlet=f"Paper {doc}")


class TestTheLabelIsTheMostSpecificPlace:
    """An event's label is a street address its reports name rather than their town."""

    def test_an_address_one_report_names_labels_the_event(self) -> None:
        docs = [
            _shooting(
                "la1",
                "ORVENNA - Two men were shot in the 1900 block of Marlow Street on Saturday "
                "night, police said. One of them died at the scene.",
                "One dead, one hurt in weekend shooting",
            ),
            _shooting(
                "la2",
                "A man was killed and another wounded in a shooting in Orvenna on Saturday "
                "night, police said.",
                "Man killed in Orvenna shooting",
            ),
        ]
        (event,) = cr.reconcile(docs).events

        assert event.location == "1900 block of Marlow Street"

    def test_two_addresses_named_alike_leave_the_town(self) -> None:
        """Two accounts of the place (or a crossing) named as often: the town stays the label."""
        groups = [["orvena"], ["400 block doran ave"], ["kesel st"]]

        assert _street_first(groups, [6, 2, 2], [0, 1, 2]) == 0
        assert _street_first(groups, [6, 3, 2], [0, 1, 2]) == 1

    def test_a_court_is_no_address(self) -> None:
        """'King County Superior Court' is where a suspect was charged, not a street."""
        assert not _is_address(place_key("Riverside County Superior Court"))
        assert _is_address(place_key("12000 block of Northwest Fourth Court"))

    def test_a_named_site_struck_labels_the_event(self) -> None:
        """A market bombed, named by one report: the market, not the city, is the label."""
        docs = [
            D(
                "lm1",
                "DALBUR - A bomb exploded in the crowded Tarrin Bazaar market on Friday, killing "
                "nine shoppers, police said.",
                title="Bomb kills nine at market",
                published="2026-05-09",
                outlet="Wire One",
            ),
            D(
                "lm2",
                "The toll from Friday's market bombing in Dalbur rose to 12 on Saturday, a "
                "hospital official said.",
                title="Dalbur market bombing toll rises to 12",
                published="2026-05-10",
                outlet="Wire Two",
            ),
        ]
        (event,) = cr.reconcile(docs).events

        assert event.location == "Tarrin Bazaar market"

    def test_a_hospital_where_a_victim_died_is_no_site(self) -> None:
        """'Pronounced dead at Ridge Hospital': the shooting's place stays the town."""
        doc = _shooting(
            "lh1",
            "A man was shot outside a bar in Orvenna on Saturday night and was pronounced dead "
            "at Ridgecrest Memorial Hospital, police said.",
            "Man shot dead outside Orvenna bar",
        )
        (event,) = cr.reconcile([doc]).events

        assert event.location == "Orvenna"
