"""
Round-eight linking stories: follow-ups that place an incident otherwise, and confounders.

A wildfire is "in villages east of" a city in one report and "near" a town of that
city's province in the next; a flood's follow-up names only the country, while another
flood strikes the same country a week later; two provinces whose names differ by one
letter (Shanxi and Shaanxi) flood on one day; a cyclone is "over the Bay of Bengal";
one city is struck on two consecutive days; a base attack and the retaliatory strike
are told in one article.

Every sentence is written for these tests; the places are real, the incidents are not.
Each story is reconciled on its own (as a fact-checker reconciles a handful of reports)
and all of them as one corpus.
"""

from __future__ import annotations

import claimrec as cr
from claimrec.extract import extract
from claimrec.link.profile import profile_documents
from stories import story_tests

D = cr.Document

IZMIR_FIRE = [
    D(
        "iz1",
        "A wildfire driven by strong winds swept through pine forests in villages east of "
        "Izmir on Tuesday, killing two people and forcing hundreds from their homes, the "
        "governor's office said.",
        title="Wildfire east of Izmir kills two",
        published="2026-07-14",
        outlet="Wire One",
    ),
    D(
        "iz2",
        "Firefighting planes dropped water on Wednesday over hills near Torbali, where a "
        "wildfire that broke out on Tuesday has killed two people and burned dozens of houses.",
        title="Planes battle wildfire near Torbali",
        published="2026-07-15",
        outlet="Paper Two",
    ),
    D(
        "iz3",
        "Turkey's forestry minister said on Thursday that the wildfire outside Izmir had been "
        "brought under control after burning some 3,000 hectares. Two people died in the fire.",
        title="Izmir wildfire under control, minister says",
        published="2026-07-16",
        outlet="Wire Two",
    ),
    D(
        "iz4",
        "A separate wildfire broke out on Tuesday in wooded hills near Manavgat in Antalya "
        "province, injuring three firefighters, local officials said.",
        title="Wildfire near Manavgat injures three firefighters",
        published="2026-07-14",
        outlet="Wire One",
    ),
]

GREEK_FLOODS = [
    D(
        "gf1",
        "Torrential rain flooded streets and homes in Volos on Monday, killing three people "
        "and leaving thousands without power, the fire service said.",
        title="Floods kill three in Volos",
        published="2026-09-07",
        outlet="Wire One",
    ),
    D(
        "gf2",
        "The death toll from Monday's floods in the Thessaly region rose to five on Tuesday, "
        "after rescuers found two more bodies in flooded villages near Larissa.",
        title="Thessaly flood toll rises to five",
        published="2026-09-08",
        outlet="Paper Two",
    ),
    D(
        "gf3",
        "Greece declared a state of emergency on Wednesday after this week's floods, which "
        "killed five people, the civil protection ministry said.",
        title="Greece declares emergency after deadly floods",
        published="2026-09-09",
        outlet="Wire Two",
    ),
    D(
        "gf4",
        "Flash floods swept through Alexandroupoli on Tuesday, a week after the deadly floods "
        "in central Greece, killing one man and flooding the town's port, police said.",
        title="Flash floods kill one in Alexandroupoli",
        published="2026-09-15",
        outlet="Wire One",
    ),
]

CHINA_FLOODS = [
    D(
        "cf1",
        "Flash floods triggered by days of heavy rain killed 11 people in northern China's "
        "Shanxi province on Monday, state media said.",
        title="Flash floods kill 11 in Shanxi",
        published="2026-08-03",
        outlet="Wire One",
    ),
    D(
        "cf2",
        "Flash floods killed four people in Shaanxi province on Monday, and 12 others were "
        "missing, the provincial emergency bureau said.",
        title="Floods in Shaanxi leave four dead",
        published="2026-08-03",
        outlet="Wire Two",
    ),
    D(
        "cf3",
        "Rescuers in Shanxi searched on Tuesday for survivors of Monday's flash floods near "
        "Luliang, which killed 11 people, state television said.",
        title="Shanxi rescuers search for flood survivors",
        published="2026-08-04",
        outlet="Paper Three",
    ),
    D(
        "cf4",
        "The toll from Monday's flash floods in Shaanxi province rose to six on Tuesday, with "
        "another 10 people still missing near Yan'an, officials said.",
        title="Shaanxi flood toll rises to six",
        published="2026-08-04",
        outlet="Wire One",
    ),
]

CYCLONE = [
    D(
        "cy1",
        "A cyclone gathering strength over the Bay of Bengal capsized a fishing trawler on "
        "Monday, drowning six fishermen, Bangladesh's coast guard said.",
        title="Six fishermen drown as cyclone gathers strength",
        published="2026-05-18",
        outlet="Wire One",
    ),
    D(
        "cy2",
        "Six fishermen drowned when their trawler capsized in rough seas in the Bay of Bengal "
        "on Monday as the cyclone approached, the coast guard said on Tuesday.",
        title="Trawler capsizes in Bay of Bengal, six dead",
        published="2026-05-19",
        outlet="Paper Two",
    ),
]

ZAPORIZHZHIA = [
    D(
        "zp1",
        "A Russian missile struck an apartment block in Zaporizhzhia on Monday, killing four "
        "people and wounding 12, the regional governor said.",
        title="Missile strike on Zaporizhzhia apartments kills four",
        published="2026-02-09",
        outlet="Wire One",
    ),
    D(
        "zp2",
        "Russian drones hit an industrial site in Zaporizhzhia on Tuesday, killing two "
        "workers, a day after a missile killed four people in the city.",
        title="Drones kill two workers in Zaporizhzhia",
        published="2026-02-10",
        outlet="Wire Two",
    ),
    D(
        "zp3",
        "Mourners buried on Wednesday the four people killed when a missile hit their "
        "apartment block in Zaporizhzhia on Monday.",
        title="Zaporizhzhia buries victims of missile strike",
        published="2026-02-11",
        outlet="Paper Three",
    ),
    D(
        "zp4",
        "The drone attack on an industrial site in Zaporizhzhia on Tuesday killed two workers "
        "and wounded five, the plant's owner said on Wednesday.",
        title="Plant owner says drone attack killed two",
        published="2026-02-11",
        outlet="Wire One",
    ),
]

SYRIA_BASE = [
    D(
        "sb1",
        "Rockets were fired at a US base in Syria's Deir ez-Zor province on Sunday, wounding "
        "three American soldiers, a US official said. Hours later, US aircraft struck weapons "
        "depots near Albu Kamal, killing eight fighters, a war monitor said.",
        title="Rocket attack wounds three US troops in Syria",
        published="2026-04-12",
        outlet="Wire One",
    ),
    D(
        "sb2",
        "Three US service members were wounded on Sunday when rockets hit their base in "
        "eastern Syria, the Pentagon said on Monday.",
        title="Pentagon says three troops hurt in rocket attack",
        published="2026-04-13",
        outlet="Wire Two",
    ),
    D(
        "sb3",
        "US air strikes on weapons depots near Albu Kamal late on Sunday killed eight "
        "fighters of an Iran-backed militia, a Britain-based war monitor said on Monday.",
        title="US strikes kill eight militia fighters near Albu Kamal",
        published="2026-04-13",
        outlet="Paper Three",
    ),
]

QUAKE = [
    D(
        "qk1",
        "A magnitude 6.1 earthquake struck eastern Turkey early on Thursday, its epicentre "
        "near the town of Sivrice in Elazig province, killing at least 9 people, the disaster "
        "agency said.",
        title="Quake kills 9 in eastern Turkey",
        published="2026-01-22",
        outlet="Wire One",
    ),
    D(
        "qk2",
        "Rescuers pulled a woman alive from a collapsed building in Malatya on Friday, a day "
        "after the earthquake that has now killed 21 people across the region.",
        title="Woman rescued from rubble in Malatya",
        published="2026-01-23",
        outlet="Paper Two",
    ),
    D(
        "qk3",
        "Turkey's interior minister said on Saturday that the toll from Thursday's quake had "
        "risen to 29, and that 1,400 people had been injured.",
        title="Turkey quake toll rises to 29",
        published="2026-01-24",
        outlet="Wire Two",
    ),
    D(
        "qk4",
        "A magnitude 5.4 earthquake struck western Iran's Kermanshah province on Thursday, "
        "injuring 40 people, state media said.",
        title="Quake injures 40 in western Iran",
        published="2026-01-22",
        outlet="Wire One",
    ),
]

HOSPITAL = [
    D(
        "hp1",
        "An explosion at a hospital in Gaza City on Tuesday night killed at least 470 people, "
        "the health ministry in the enclave said.",
        title="Hundreds killed in blast at Gaza City hospital",
        published="2026-10-14",
        outlet="Wire One",
    ),
    D(
        "hp2",
        "US intelligence estimates that between 100 and 300 people were killed in Tuesday's "
        "blast at al-Ahli hospital in Gaza, a US official said on Wednesday.",
        title="US puts Gaza hospital blast toll far lower",
        published="2026-10-14",
        outlet="Wire Two",
    ),
    D(
        "hp3",
        "An air strike on a school sheltering displaced families in Khan Younis killed 12 "
        "people on Wednesday, medics said.",
        title="Strike on Khan Younis school kills 12",
        published="2026-10-14",
        outlet="Wire One",
    ),
]

STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "izmir fire": (IZMIR_FIRE, [{"iz1", "iz2", "iz3"}, {"iz4"}]),
    "greek floods": (GREEK_FLOODS, [{"gf1", "gf2", "gf3"}, {"gf4"}]),
    "china floods": (CHINA_FLOODS, [{"cf1", "cf3"}, {"cf2", "cf4"}]),
    "cyclone": (CYCLONE, [{"cy1", "cy2"}]),
    "zaporizhzhia": (ZAPORIZHZHIA, [{"zp1", "zp3"}, {"zp2", "zp4"}]),
    "syria base": (SYRIA_BASE, [{"sb1", "sb2"}, {"sb3"}]),
    "quake": (QUAKE, [{"qk1", "qk2", "qk3"}, {"qk4"}]),
    "hospital": (HOSPITAL, [{"hp1", "hp2"}, {"hp3"}]),
}


#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset({"greek floods"})

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    corpus_wrong=True,
    reason=(
        "still wrong: gf3 names only Greece for this week's floods; a flood is no one-per-country "
        "disaster (COUNTRYWIDE_KINDS holds only earthquakes), so a country-only flood report has "
        "no positive place evidence: day, kind and the toll of five give 0.54 with gf2 (round 11)"
    ),
)


def _counts(text: str) -> tuple[tuple[str, int, int], ...]:
    doc = D("d", text, title="Flood", published="2026-03-02")
    profiles, _ = profile_documents([doc], extract(doc))
    return profiles[0].counts


class TestAnotherInCounts:
    def test_another_of_a_new_measure_is_its_whole_count(self) -> None:
        """'killing 9 ... Another 14 residents were missing': matching compares 14 missing."""
        counts = _counts(
            "A flood swept through a valley village on Monday, killing 9 people. "
            "Another 14 residents were missing, police said."
        )

        assert counts == (("killed", 9, 9), ("missing", 14, 14))

    def test_another_of_the_same_measure_adds_to_it(self) -> None:
        """'killing 9 ... Another 3 people died': the 3 add to the dead, no toll to compare."""
        counts = _counts(
            "A flood swept through a valley village on Monday, killing 9 people. "
            "Another 3 people died in hospital on Tuesday."
        )

        assert counts == (("killed", 9, 9),)


def _geo(title: str, text: str) -> list[str]:
    doc = D("d", text, title=title, published="2026-07-14")
    profiles, _ = profile_documents([doc], extract(doc))
    return [g.path if g else "" for g in profiles[0].geo]


class TestPlacesAround:
    def test_villages_east_of_a_city_lie_in_its_region(self) -> None:
        """'villages east of Izmir' places a wildfire in Izmir's province, not in the city."""
        geo = _geo(
            "Wildfire forces hundreds to flee",
            "A wildfire tore through villages east of Izmir on Tuesday, killing two people.",
        )

        assert geo == ["TR/35"]

    def test_a_city_also_named_plainly_stays_the_city(self) -> None:
        """'Izmir wildfire ... outside Izmir': the headline names the city itself."""
        geo = _geo(
            "Izmir wildfire under control",
            "The wildfire outside Izmir was brought under control on Thursday.",
        )

        assert geo == ["TR/35/311046"]

    def test_a_bomb_outside_a_city_and_one_in_its_centre_are_two_events(self) -> None:
        """A car bomb outside Baghdad and a roadside bomb in central Baghdad on one day stay apart."""
        docs = [
            D(
                "out",
                "A car bomb exploded at an army checkpoint outside Baghdad on Monday, killing "
                "seven soldiers, security sources said.",
                title="Car bomb kills seven soldiers outside Baghdad",
                published="2026-06-01",
            ),
            D(
                "in",
                "A roadside bomb struck a police patrol in central Baghdad on Monday, killing "
                "two officers, police said.",
                title="Roadside bomb kills two police in Baghdad",
                published="2026-06-01",
            ),
        ]

        events = {frozenset(e.documents) for e in cr.reconcile(docs).events}

        assert events == {frozenset({"out"}), frozenset({"in"})}


def _places(title: str, text: str) -> tuple[str, ...]:
    doc = D("d", text, title=title, published="2026-09-29")
    profiles, _ = profile_documents([doc], extract(doc))
    return profiles[0].places


class TestMorePlaceWords:
    def test_a_place_before_its_event_after_after_in_a_headline(self) -> None:
        """'Villagers live in tents after Morocco quake' names Morocco."""
        places = _places(
            "Villagers live in tents after Morocco quake",
            "Families were still living in tents on Tuesday, officials said.",
        )

        assert places == ("moroco",)

    def test_a_hamlet_of_a_name_is_a_place(self) -> None:
        """'In the hamlet of Tizi Ntest' names Tizi Ntest, as 'the village of' does."""
        places = _places(
            "Villagers live in tents",
            "In the hamlet of Tizi Ntest, families were still living in tents on Tuesday.",
        )

        assert places == ("tizi ntest",)
