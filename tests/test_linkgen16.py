"""
Round-sixteen linking stories: one incident, one event, in any genre.

Each story holds two or three reports of one incident and a confounder beside it: an
earthquake and its aftershock days later; a flood told by its division and by its
districts; a bombing and a second bombing in the same city three days later; an
attack on a base told by the army and by the group that claims it; a mine collapse told
by its province and by its town; a strike on a hospital and the inquiry two days later;
a landslide told again "last week"; a fire told again "earlier this month"; a toll
raised by a later death ("died on Thursday of wounds from Tuesday's explosion"); a
state named with "state" in lower case; a town named with and without its diacritics;
a bomb "near", "outside" and "around" a city.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimrec as cr
from claimrec.link.dates import read_event_date
from claimrec.link.places import default_gazetteer, region_phrase
from claimrec.link.profile import _places, profile_documents
from stories import clusters, exact, story_tests
from timing import seconds

D = cr.Document

FOLLOW_UP_DAY = [
    D(
        "fd1",
        "A bomb exploded at a bus station in Peshawar on Tuesday, killing nine people, "
        "police said.",
        title="Bus station bomb kills nine in Peshawar",
        published="2027-03-02",
        outlet="Wire One",
    ),
    D(
        "fd2",
        "Two more people died on Thursday of wounds from Tuesday's explosion at a bus "
        "station in Peshawar, raising the toll to 11, hospital officials said.",
        title="Peshawar bus station blast toll rises to 11",
        published="2027-03-04",
        outlet="Wire Two",
    ),
    D(
        "fd3",
        "A suicide bomber killed six soldiers at a checkpoint in Peshawar on Thursday, the "
        "army said.",
        title="Suicide bomber kills six soldiers in Peshawar",
        published="2027-03-04",
        outlet="Wire One",
    ),
]

QUAKE_AND_AFTERSHOCK = [
    D(
        "qk1",
        "A magnitude 6.4 earthquake struck Van province on Sunday, killing 27 people and "
        "toppling hundreds of homes, the disaster agency said.",
        title="Quake kills 27 in eastern Turkey",
        published="2027-10-24",
        outlet="Wire One",
    ),
    D(
        "qk2",
        "Twenty-seven people were killed when Sunday's quake flattened homes in Ercis, "
        "officials said, as rescuers dug through rubble.",
        title="Ercis digs out after deadly quake",
        published="2027-10-25",
        outlet="Anatolia Daily",
    ),
    D(
        "qk3",
        "A magnitude 5.2 aftershock hit Van on Wednesday, killing two people in a damaged "
        "hotel, officials said.",
        title="Aftershock kills two in Van",
        published="2027-10-27",
        outlet="Wire One",
    ),
]

FLOOD_DISTRICTS = [
    D(
        "fl1",
        "Floods swept through Sylhet division on Monday, killing 18 people across several "
        "districts, officials said.",
        title="Floods kill 18 in northeast Bangladesh",
        published="2027-06-14",
        outlet="Wire One",
    ),
    D(
        "fl2",
        "Eighteen people drowned when rivers burst their banks in Sunamganj and Habiganj on "
        "Monday, the disaster ministry said.",
        title="Floods kill 18 in Sunamganj, Habiganj",
        published="2027-06-14",
        outlet="Dhaka Daily",
    ),
    D(
        "fl3",
        "A landslide killed four Rohingya refugees in a camp in Cox's Bazar on Monday, "
        "officials said.",
        title="Landslide kills four refugees in Cox's Bazar",
        published="2027-06-14",
        outlet="Wire Two",
    ),
]

SECOND_BOMBING = [
    D(
        "bt1",
        "A car bomb exploded near a market in Mogadishu on Saturday, killing 12 people, "
        "police said.",
        title="Car bomb kills 12 in Mogadishu",
        published="2027-02-13",
        outlet="Wire One",
    ),
    D(
        "bt2",
        "Twelve people were killed in Saturday's car bombing near a busy market in "
        "Mogadishu, a police officer said.",
        title="Mogadishu market bombing kills 12",
        published="2027-02-14",
        outlet="Wire Two",
    ),
    D(
        "bt3",
        "A suicide car bomber struck a hotel in Mogadishu on Tuesday, killing eight people, "
        "police said.",
        title="Hotel car bombing kills eight in Mogadishu",
        published="2027-02-16",
        outlet="Wire One",
    ),
]

BASE_BOTH_SIDES = [
    D(
        "bs1",
        "Militants fired rockets at a military base near Kandahar airport on Friday, "
        "wounding four soldiers, the army said.",
        title="Rocket attack wounds four soldiers at Kandahar base",
        published="2027-05-07",
        outlet="Wire One",
    ),
    D(
        "bs2",
        "The Taliban said on Saturday they had fired rockets at the foreign base in "
        "Kandahar on Friday night and claimed to have killed many soldiers.",
        title="Taliban claim rocket attack on Kandahar base",
        published="2027-05-08",
        outlet="Wire Two",
    ),
    D(
        "bs3",
        "A roadside bomb killed three police in Helmand on Friday, officials said.",
        title="Roadside bomb kills three police in Helmand",
        published="2027-05-07",
        outlet="Wire One",
    ),
]

MINE_COLLAPSE = [
    D(
        "mc1",
        "A coal mine collapsed in Manisa province on Thursday, trapping 30 miners and "
        "killing 11, the energy ministry said.",
        title="Mine collapse kills 11 in Turkey",
        published="2027-11-11",
        outlet="Wire One",
    ),
    D(
        "mc2",
        "Eleven miners were killed when a gallery caved in at a coal mine in Soma on "
        "Thursday, the governor said.",
        title="Eleven miners killed in Soma mine collapse",
        published="2027-11-11",
        outlet="Anatolia Daily",
    ),
    D(
        "mc3",
        "A fire at a chemical plant in Kocaeli killed three workers on Thursday, officials said.",
        title="Chemical plant fire kills three in Kocaeli",
        published="2027-11-11",
        outlet="Wire Two",
    ),
]

HOSPITAL_STRIKE = [
    D(
        "hs1",
        "An air strike hit a hospital in Saada on Monday night, killing seven patients and "
        "staff, the aid group running it said.",
        title="Air strike on hospital kills seven in Yemen",
        published="2027-01-12",
        outlet="Wire One",
    ),
    D(
        "hs2",
        "The coalition said on Wednesday it was investigating Monday night's strike on a "
        "hospital in Saada province that medics said killed seven people.",
        title="Coalition to investigate Saada hospital strike",
        published="2027-01-14",
        outlet="Wire Two",
    ),
    D(
        "hs3",
        "Shelling killed five people in a market in Taiz on Monday, local officials said.",
        title="Shelling kills five in Taiz market",
        published="2027-01-12",
        outlet="Wire One",
    ),
]

LAST_WEEK_LANDSLIDE = [
    D(
        "lk1",
        "A landslide buried a village in Enga province on Friday, killing 40 people, "
        "officials said.",
        title="Landslide kills 40 in Papua New Guinea",
        published="2027-05-28",
        outlet="Wire One",
    ),
    D(
        "lk2",
        "Rescuers have recovered 52 bodies from the landslide that buried a village in Enga "
        "last week, officials said on Thursday.",
        title="Enga landslide toll rises to 52",
        published="2027-06-03",
        outlet="Wire Two",
    ),
    D(
        "lk3",
        "A landslide killed six people in Morobe province on Thursday, police said.",
        title="Landslide kills six in Morobe",
        published="2027-06-03",
        outlet="Wire One",
    ),
]

NEAR_OUTSIDE_AROUND = [
    D(
        "an1",
        "A bomb exploded near Jalalabad on Sunday, killing around 12 people near midnight, "
        "officials said.",
        title="Bomb kills 12 near Jalalabad",
        published="2027-08-01",
        outlet="Wire One",
    ),
    D(
        "an2",
        "Twelve people were killed on Sunday when a roadside bomb hit a minibus outside "
        "Jalalabad, police said.",
        title="Roadside bomb kills 12 outside Jalalabad",
        published="2027-08-01",
        outlet="Wire Two",
    ),
    D(
        "an3",
        "A bomb killed four people around Kunduz on Sunday, officials said.",
        title="Bomb kills four around Kunduz",
        published="2027-08-01",
        outlet="Wire One",
    ),
]

STATE_LOWER_CASE = [
    D(
        "sl1",
        "Gunmen raided a village in Plateau state on Sunday, killing 16 villagers, police said.",
        title="Gunmen kill 16 in Nigeria's Plateau state",
        published="2027-04-11",
        outlet="Wire One",
    ),
    D(
        "sl2",
        "Sixteen villagers were killed on Sunday when gunmen attacked a village near Jos, a "
        "local official said.",
        title="Sixteen killed in attack near Jos",
        published="2027-04-11",
        outlet="Wire Two",
    ),
    D(
        "sl3",
        "Gunmen killed seven farmers in Benue state on Sunday, police said.",
        title="Gunmen kill seven in Benue",
        published="2027-04-11",
        outlet="Wire One",
    ),
]

EARLIER_THIS_MONTH = [
    D(
        "em1",
        "A fire swept through a market in Kano on Saturday night, destroying hundreds of "
        "shops and killing four traders, the fire service said.",
        title="Market fire kills four in Kano",
        published="2027-12-05",
        outlet="Wire One",
    ),
    D(
        "em2",
        "Traders who lost their stalls in the Kano market fire earlier this month said on "
        "Monday they had received no help, two weeks after the blaze killed four people.",
        title="Kano traders wait for help after market fire",
        published="2027-12-20",
        outlet="Wire Two",
    ),
    D(
        "em3",
        "A fire at a fuel depot in Kano killed two workers on Friday, officials said.",
        title="Fuel depot fire kills two in Kano",
        published="2027-12-18",
        outlet="Wire One",
    ),
]

DIACRITICS = [
    D(
        "dc1",
        "A bus plunged into a ravine near Târgu Jiu on Friday, killing 13 passengers, police said.",
        title="Bus crash kills 13 in Romania",
        published="2027-07-16",
        outlet="Wire One",
    ),
    D(
        "dc2",
        "Thirteen people died when a bus left the road near Targu Jiu on Friday, rescuers said.",
        title="Thirteen killed in Targu Jiu bus crash",
        published="2027-07-16",
        outlet="Wire Two",
    ),
    D(
        "dc3",
        "A bus crash near Cluj killed two people on Friday, police said.",
        title="Bus crash kills two near Cluj",
        published="2027-07-16",
        outlet="Wire One",
    ),
]

FERRY_FOLLOW_UP = [
    D(
        "fx1",
        "A ferry capsized on the Meghna river near Chandpur on Saturday night, killing 23 "
        "passengers, officials said.",
        title="Ferry capsizes near Chandpur, 23 dead",
        published="2027-08-08",
        outlet="Wire One",
    ),
    D(
        "fx2",
        "Authorities on Thursday blamed an overloaded ferry for the capsizing on Saturday "
        "night near Chandpur that killed 23 people.",
        title="Overloading blamed for Chandpur ferry disaster",
        published="2027-08-12",
        outlet="Dhaka Daily",
    ),
    D(
        "fx3",
        "A fishing boat capsized near Chandpur on Thursday, killing four fishermen, police said.",
        title="Boat capsizes near Chandpur, four dead",
        published="2027-08-12",
        outlet="Wire Two",
    ),
]

BODIES_FROM_THE_FERRY = [
    D(
        "bf1",
        "A ferry sank in the Shire river near Chikwawa on Saturday, killing at least 30 "
        "passengers, police said.",
        title="Ferry sinks in Malawi, 30 dead",
        published="2027-04-10",
        outlet="Wire One",
    ),
    D(
        "bf2",
        "Divers on Wednesday recovered 12 more bodies from the ferry that sank in the Shire "
        "river near Chikwawa on Saturday, raising the toll to 42.",
        title="Malawi ferry toll rises to 42",
        published="2027-04-14",
        outlet="Wire Two",
    ),
    D(
        "bf3",
        "A boat capsized on Lake Malawi near Nkhata Bay on Wednesday, killing six people, "
        "police said.",
        title="Boat capsizes on Lake Malawi, six dead",
        published="2027-04-14",
        outlet="Wire One",
    ),
]

DISTRICT_THE_GAZETTEER_LACKS = [
    D(
        "ud1",
        "Floods swept through Dolakha district on Monday, killing nine villagers, Nepali "
        "officials said.",
        title="Floods kill nine in Nepal",
        published="2027-07-12",
        outlet="Wire One",
    ),
    D(
        "ud2",
        "Nine people died when floodwaters swept away homes in Dolakha on Monday, the district "
        "office said.",
        title="Nine killed in Dolakha floods",
        published="2027-07-12",
        outlet="Kathmandu Post",
    ),
    D(
        "ud3",
        "Floods killed nine people in Sikkim on Monday, Indian officials said.",
        title="Floods kill nine in India",
        published="2027-07-12",
        outlet="Wire Two",
    ),
]

DIACRITIC_CAPITAL = [
    D(
        "dk1",
        "A bus overturned near Ödemiş on Sunday, killing eight passengers, the governor said.",
        title="Bus crash kills eight near Ödemiş",
        published="2027-05-16",
        outlet="Wire One",
    ),
    D(
        "dk2",
        "Eight people died when a bus rolled over on a road near Odemis on Sunday, officials said.",
        title="Eight killed in Odemis bus crash",
        published="2027-05-16",
        outlet="Wire Two",
    ),
    D(
        "dk3",
        "A minibus collided with a truck near Isparta on Sunday, killing three people, "
        "police said.",
        title="Minibus crash kills three near Isparta",
        published="2027-05-16",
        outlet="Wire One",
    ),
]

#: Each story's reports and its gold incidents.
STORIES = {
    "district the gazetteer lacks": (DISTRICT_THE_GAZETTEER_LACKS, [{"ud1", "ud2"}, {"ud3"}]),
    "capital with a diacritic": (DIACRITIC_CAPITAL, [{"dk1", "dk2"}, {"dk3"}]),
    "ferry blamed days later": (FERRY_FOLLOW_UP, [{"fx1", "fx2"}, {"fx3"}]),
    "bodies from the ferry that sank": (BODIES_FROM_THE_FERRY, [{"bf1", "bf2"}, {"bf3"}]),
    "died later of tuesday's wounds": (FOLLOW_UP_DAY, [{"fd1", "fd2"}, {"fd3"}]),
    "quake and aftershock": (QUAKE_AND_AFTERSHOCK, [{"qk1", "qk2"}, {"qk3"}]),
    "flood by division and districts": (FLOOD_DISTRICTS, [{"fl1", "fl2"}, {"fl3"}]),
    "second bombing three days later": (SECOND_BOMBING, [{"bt1", "bt2"}, {"bt3"}]),
    "base attack from both sides": (BASE_BOTH_SIDES, [{"bs1", "bs2"}, {"bs3"}]),
    "mine collapse by province and town": (MINE_COLLAPSE, [{"mc1", "mc2"}, {"mc3"}]),
    "hospital strike and inquiry": (HOSPITAL_STRIKE, [{"hs1", "hs2"}, {"hs3"}]),
    "landslide told last week": (LAST_WEEK_LANDSLIDE, [{"lk1", "lk2"}, {"lk3"}]),
    "near, outside and around": (NEAR_OUTSIDE_AROUND, [{"an1", "an2"}, {"an3"}]),
    "state in lower case": (STATE_LOWER_CASE, [{"sl1", "sl2"}, {"sl3"}]),
    "fire told earlier this month": (EARLIER_THIS_MONTH, [{"em1", "em2"}, {"em3"}]),
    "diacritics": (DIACRITICS, [{"dc1", "dc2"}, {"dc3"}]),
}

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(STORIES)

#: A ferry on a lake told by the lake and a district the gazetteer lacks, and by an
#: island and the region: no place the two share is known.
FERRY_ON_A_LAKE = [
    D(
        "fc1",
        "A ferry carrying more than 200 passengers capsized on Lake Victoria near Ukerewe on "
        "Wednesday, killing 44 people, officials said.",
        title="Ferry capsizes on Lake Victoria, 44 dead",
        published="2027-09-22",
        outlet="Wire One",
    ),
    D(
        "fc2",
        "At least 44 people drowned when an overloaded ferry sank near Ukara island in Mwanza "
        "region on Wednesday, the regional commissioner said.",
        title="44 drown as ferry sinks in Tanzania",
        published="2027-09-22",
        outlet="Wire Two",
    ),
    D(
        "fc3",
        "A boat capsized on the Congo river in Mai-Ndombe province on Wednesday, leaving 30 "
        "people missing, officials said.",
        title="Boat capsizes in Congo, 30 missing",
        published="2027-09-22",
        outlet="Wire One",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the gazetteer knows neither Lake Victoria nor Ukerewe (a district of Mwanza "
        "region): fc1's places are unknown names that fc2's do not share, so the place "
        "feature is 0.0 and same day, kind and count (0.468) stay below the threshold"
    ),
)
def test_a_ferry_told_by_its_lake_and_by_its_region_is_one_event() -> None:
    """A capsizing told by the lake and a district, and by the island and region, is one event."""
    found = clusters(FERRY_ON_A_LAKE)

    assert exact(found, [{"fc1", "fc2"}, {"fc3"}]) == 2


ARRESTS_OVER_THE_BOMBING = [
    D(
        "ar1",
        "A bomb hidden in a motorcycle exploded at a market in Quetta on Monday, killing nine "
        "people, police said.",
        title="Market bomb kills nine in Quetta",
        published="2027-09-06",
        outlet="Wire One",
    ),
    D(
        "ar2",
        "Police arrested two men on Thursday over the market bombing in Quetta that killed "
        "nine people.",
        title="Two held over Quetta market bombing",
        published="2027-09-09",
        outlet="Wire Two",
    ),
    D(
        "ar3",
        "A bomb exploded at a bus stop in Quetta on Thursday, killing three people, police said.",
        title="Bus stop bomb kills three in Quetta",
        published="2027-09-09",
        outlet="Wire One",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "ar2 is dated only as on or before Thursday (the arrest's day): the date feature "
        "scores the same day as the bound (ar3, 0.80) above the bombing three days before "
        "(ar1, 0.75), so ar2's best fit (0.748) beats the runner-up (0.689) by less than "
        "the 0.08 margin an undated report needs, and it is kept apart from both"
    ),
)
def test_an_arrest_report_joins_the_bombing_it_follows() -> None:
    """ "Police arrested two men on Thursday over the market bombing" joins Monday's bombing."""
    found = clusters(ARRESTS_OVER_THE_BOMBING)

    assert exact(found, [{"ar1", "ar2"}, {"ar3"}]) == 2


class TestTheDayAFollowUpTellsItsEventBy:
    """A later report's own day is not its event's: the day the incident is told with is."""

    @pytest.mark.parametrize(
        ("sentence", "day"),
        [
            (
                "Authorities on Thursday blamed an overloaded ferry for the capsizing on Saturday.",
                dt.date(2027, 2, 27),
            ),
            (
                "Officials on Thursday raised the toll from the ferry capsizing on Saturday to 60.",
                dt.date(2027, 2, 27),
            ),
            (
                "Divers on Thursday recovered 20 more bodies from the ferry that sank on Saturday.",
                dt.date(2027, 2, 27),
            ),
            (
                "Two more people died on Thursday of wounds from Tuesday's explosion in Peshawar.",
                dt.date(2027, 3, 2),
            ),
        ],
    )
    def test_the_incident_day_dates_the_report(self, sentence: str, day: dt.date) -> None:
        """The capsizing's, the sinking's or the explosion's day, not Thursday, dates the event."""
        reading = read_event_date([sentence], dt.date(2027, 3, 4))

        assert (reading.date, reading.precision) == (day, "day")

    @pytest.mark.parametrize(
        "sentence",
        [
            "Police arrested two men on Thursday over the bombing in Peshawar.",
            "Divers on Thursday recovered 20 more bodies from the river.",
        ],
    )
    def test_a_later_act_only_bounds_the_day(self, sentence: str) -> None:
        """An arrest "over the bombing" or a recovery dates only itself: the event was on or before it."""
        reading = read_event_date([sentence], dt.date(2027, 3, 4))

        assert (reading.date, reading.precision) == (dt.date(2027, 3, 4), "before")

    def test_over_a_place_is_no_later_act(self) -> None:
        """ "A drone exploded on Thursday over the city" is dated Thursday."""
        reading = read_event_date(
            ["A drone exploded on Thursday over the city, officials said."], dt.date(2027, 3, 4)
        )

        assert (reading.date, reading.precision) == (dt.date(2027, 3, 4), "day")


def _geo(doc: cr.Document) -> list[tuple[str, str, str] | None]:
    """The gazetteer entries (name, level, country) the profile of *doc* resolves."""
    profiles, _ = profile_documents([doc], cr.reconcile([doc]).claims)
    return [g and (g.name, g.level, g.country) for g in profiles[0].geo]


class TestAStateWrittenInLowerCase:
    """ "in Plateau state" names the state; "state media", "the Gulf state" name none."""

    def test_the_state_is_the_region_of_its_country(self) -> None:
        """A report naming only "Plateau state" is placed in Nigeria's Plateau State."""
        geo = _geo(STATE_LOWER_CASE[0])

        assert ("Plateau State", "admin1", "NG") in geo

    def test_a_landscape_name_with_state_is_a_region(self) -> None:
        """ "Rivers state" and "Plateau state" find Nigeria's states; the bare words find none."""
        gazetteer = default_gazetteer()

        found = [gazetteer.resolve(name, region=True) for name in ("Rivers", "Plateau")]

        assert [p and (p.name, p.country) for p in found] == [
            ("Rivers State", "NG"),
            ("Plateau State", "NG"),
        ]
        assert gazetteer.resolve("Rivers") is None
        assert gazetteer.resolve("Plateau") is None

    @pytest.mark.parametrize(
        "sentence",
        [
            "Iranian state media said a drone was shot down over Isfahan.",
            "The Gulf state of Qatar offered to mediate after the blast.",
            "Officials of a Baltic state condemned the attack.",
            "Kano state-run radio said the fire was put out.",
        ],
    )
    def test_state_media_and_kinds_of_country_name_no_state(self, sentence: str) -> None:
        """'state media', 'the Gulf state', 'a Baltic state' and 'state-run' place nothing."""
        doc = D("s1", sentence, title="Statement", published="2027-04-11")

        profiles, _ = profile_documents([doc])

        assert not {"gulf", "baltic", "iranian"} & set(profiles[0].places)
        assert region_phrase("Gulf state") is None or "gulf" not in profiles[0].places


class TestARegionByItsNameElsewhere:
    """A name a populated region bears is not a commune abroad that holds no town."""

    def test_saada_province_is_in_yemen(self) -> None:
        """ "Saada province" is Yemen's governorate, not a commune of Mayotte named Sada."""
        found = default_gazetteer().resolve("Saada", region=True)

        assert found is not None
        assert (found.level, found.country) == ("admin1", "YE")

    def test_a_report_naming_saada_is_placed_in_yemen(self) -> None:
        """The inquiry report naming only "Saada province" is placed in Yemen."""
        geo = _geo(HOSPITAL_STRIKE[1])

        assert [g[2] for g in geo if g is not None] == ["YE"]


class TestPlacesAroundAndNear:
    """ "around X" names X; "around 40 people", "near midnight", "around Christmas" name nothing."""

    def test_around_a_city_places_the_event_there(self) -> None:
        """ "A bomb killed four people around Kunduz" is placed in Kunduz."""
        doc = D("a1", "A bomb killed four people around Kunduz on Sunday, officials said.")

        profiles, _ = profile_documents([doc])

        assert profiles[0].places == ("kunduz",)

    @pytest.mark.parametrize(
        "sentence",
        [
            "A bomb killed around 40 people near midnight on Sunday, officials said.",
            "A bomb killed four people around Christmas, officials said.",
            "Shelling killed three people near Easter, officials said.",
            "A car bomb killed six people around Ramadan, police said.",
        ],
    )
    def test_counts_hours_and_feasts_are_no_places(self, sentence: str) -> None:
        """A count, an hour or a feast after "around" or "near" is no place."""
        doc = D("a2", sentence)

        profiles, _ = profile_documents([doc])

        assert profiles[0].places == ()


def test_a_place_named_with_an_apostrophe_stays_whole() -> None:
    """ "Cox's Bazar" is the town in Bangladesh, not "Bazar" in Kyrgyzstan."""
    geo = _geo(FLOOD_DISTRICTS[2])

    assert geo == [("Cox’s Bāzār", "city", "BD")]


def test_a_name_whose_capital_has_a_diacritic_is_read() -> None:
    """ "near Ödemiş" names Ödemiş (a capital with a diacritic began no name before)."""
    geo = _geo(DIACRITIC_CAPITAL[0])

    assert geo == [("Ödemiş", "city", "TR")]


def test_an_unknown_district_lies_in_the_country_its_report_names() -> None:
    """A report naming only "Dolakha" learns from another that Dolakha is in Nepal."""
    profiles, _ = profile_documents(DISTRICT_THE_GAZETTEER_LACKS[:2])

    assert profiles[1].places == ("dolakha", "nepal")
    assert profiles[1].implied == frozenset({"nepal"})


def test_diacritics_and_plain_letters_find_one_town() -> None:
    """ "Târgu Jiu" and "Targu Jiu" resolve to one town, so both reports share it."""
    first, second = _geo(DIACRITICS[0]), _geo(DIACRITICS[1])

    assert ("Târgu Jiu", "city", "RO") in first
    assert second == [("Târgu Jiu", "city", "RO")]


@pytest.mark.parametrize("word", ["Plateau", "Şa", "Kano"])
def test_a_long_run_of_capitalised_words_is_read_in_linear_time(word: str) -> None:
    """A hostile lead of thousands of capitalised words and no facility takes time in proportion."""

    def took(n: int) -> float:
        text = f"{word} " * n + "state. " + "around " * n
        return seconds(lambda: _places("x", text, 2027))  # CPU time, best of two

    took(100)  # the gazetteer and the patterns load once

    small, large = took(1_000), took(8_000)

    assert large < 0.5 or large < 20 * small, (small, large)
