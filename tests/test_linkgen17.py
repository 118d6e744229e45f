"""
Round-seventeen linking stories: one incident's reports, and only those, in one event.

Each story holds two or three reports of one incident and a confounder beside it: a
ferry named by its lake and by the nearest town; a migrant boat "off the coast" of an
island and "near" it; a landslide in a valley and in its district; a wildfire on a
mountain and outside the city below it; a bombing "near", "on the outskirts of" and "in
a northern district of" one city; a mine collapse and a building collapse in one state a
day apart; a stadium crush; a dam burst; a bridge collapse; a gas explosion and a missile
strike in one city on one day; an aftershock two days after a quake; a second bombing in
one city a week later; floods in neighbouring counties in one week; a toll told again "a
week after the blast".

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.link.places import default_gazetteer, is_landscape
from claimrec.link.profile import _gave_way, profile_documents
from claimrec.matchers import AirGroundMatcher, EventProfile
from stories import clusters, story_tests
from timing import assert_linear_time

D = cr.Document

LAKE_FERRY = [
    D(
        "lf1",
        "A ferry carrying about 120 passengers capsized on Lake Victoria on Thursday, "
        "killing at least 38 people, Tanzanian officials said.",
        title="Ferry capsizes on Lake Victoria, 38 dead",
        published="2028-04-13",
        outlet="Wire One",
    ),
    D(
        "lf2",
        "Thirty-eight people drowned when an overloaded ferry sank near Mwanza on Thursday, "
        "the regional police commander said.",
        title="38 drown as ferry sinks near Mwanza",
        published="2028-04-13",
        outlet="Wire Two",
    ),
    D(
        "lf3",
        "A boat capsized on Lake Kivu near Goma on Thursday, leaving 12 people missing, "
        "provincial officials said.",
        title="Boat capsizes on Lake Kivu, 12 missing",
        published="2028-04-13",
        outlet="Wire One",
    ),
]

OFF_THE_COAST = [
    D(
        "oc1",
        "A boat carrying migrants sank off the coast of Lampedusa on Saturday, killing 17 "
        "people, the Italian coast guard said.",
        title="17 migrants die as boat sinks off Lampedusa",
        published="2028-07-08",
        outlet="Wire One",
    ),
    D(
        "oc2",
        "Seventeen migrants drowned on Saturday when their boat capsized near the Italian "
        "island of Lampedusa, rescuers said.",
        title="Seventeen migrants drown near Lampedusa",
        published="2028-07-08",
        outlet="Wire Two",
    ),
    D(
        "oc3",
        "A migrant boat capsized off Sabratha in western Libya on Saturday, leaving 40 "
        "people missing, the UN migration agency said.",
        title="40 missing after boat capsizes off Libya",
        published="2028-07-08",
        outlet="Wire One",
    ),
]

VALLEY_LANDSLIDE = [
    D(
        "vl1",
        "A landslide buried a row of shops in the Kedarnath valley on Monday, killing nine "
        "pilgrims, rescue officials said.",
        title="Landslide kills nine pilgrims in Kedarnath valley",
        published="2028-08-07",
        outlet="Wire One",
    ),
    D(
        "vl2",
        "Nine pilgrims were killed when a hillside gave way near Gaurikund in Rudraprayag "
        "district of Uttarakhand on Monday, the state disaster force said.",
        title="Nine pilgrims killed in Uttarakhand landslide",
        published="2028-08-07",
        outlet="Wire Two",
    ),
    D(
        "vl3",
        "A landslide hit a bus on a highway in Kullu district of Himachal Pradesh on Monday, "
        "killing six passengers, police said.",
        title="Landslide hits bus in Kullu, six dead",
        published="2028-08-07",
        outlet="Wire One",
    ),
]

MOUNTAIN_FIRE = [
    D(
        "mf1",
        "A wildfire raced across the slopes of Mount Parnitha on Tuesday, killing three "
        "firefighters, the fire service said.",
        title="Wildfire on Mount Parnitha kills three firefighters",
        published="2028-07-25",
        outlet="Wire One",
    ),
    D(
        "mf2",
        "Three firefighters died on Tuesday battling a forest fire north of Athens, "
        "officials said, as water-bombing planes fought the flames.",
        title="Three firefighters die in wildfire north of Athens",
        published="2028-07-25",
        outlet="Wire Two",
    ),
    D(
        "mf3",
        "A wildfire on the island of Rhodes forced 2,000 tourists from their hotels on "
        "Tuesday, officials said.",
        title="Wildfire on Rhodes forces 2,000 from hotels",
        published="2028-07-25",
        outlet="Wire One",
    ),
]

PRECISION = [
    D(
        "pr1",
        "A roadside bomb struck a police vehicle near Kandahar on Wednesday, killing four "
        "officers, a provincial spokesman said.",
        title="Roadside bomb kills four police near Kandahar",
        published="2028-03-15",
        outlet="Wire One",
    ),
    D(
        "pr2",
        "Four policemen were killed when a bomb hit their pickup on the outskirts of "
        "Kandahar city on Wednesday, officials said.",
        title="Bomb kills four policemen on Kandahar outskirts",
        published="2028-03-15",
        outlet="Wire Two",
    ),
    D(
        "pr3",
        "A bomb exploded under a police truck in a northern district of Kandahar on "
        "Wednesday, killing four officers, police said.",
        title="Four police killed in Kandahar bomb",
        published="2028-03-15",
        outlet="Wire Three",
    ),
    D(
        "pr4",
        "A suicide bomber killed seven people outside a bank in Kabul on Wednesday, the "
        "interior ministry said.",
        title="Suicide bomber kills seven in Kabul",
        published="2028-03-15",
        outlet="Wire One",
    ),
]

MINE_AND_BUILDING = [
    D(
        "mb1",
        "A gold mine collapsed near Anka in Zamfara state on Tuesday, killing 21 miners, "
        "local officials said.",
        title="Gold mine collapse kills 21 in Zamfara",
        published="2028-05-09",
        outlet="Wire One",
    ),
    D(
        "mb2",
        "Twenty-one artisanal miners were buried when a pit caved in at an illegal gold mine "
        "in Zamfara on Tuesday, the state emergency agency said.",
        title="21 miners buried in Zamfara pit",
        published="2028-05-09",
        outlet="Wire Two",
    ),
    D(
        "mb3",
        "A three-storey building collapsed in Gusau, the Zamfara state capital, on "
        "Wednesday, killing five people, emergency officials said.",
        title="Building collapse kills five in Gusau",
        published="2028-05-10",
        outlet="Wire One",
    ),
]

STADIUM_CRUSH = [
    D(
        "sc1",
        "Eight fans were killed in a crush at the gates of a football stadium in Yaounde "
        "on Sunday, the health minister said.",
        title="Eight die in Yaounde stadium crush",
        published="2028-01-30",
        outlet="Wire One",
    ),
    D(
        "sc2",
        "A stampede outside the Olembe stadium in Cameroon's capital killed eight "
        "supporters on Sunday, officials said.",
        title="Stadium stampede kills eight in Cameroon",
        published="2028-01-30",
        outlet="Wire Two",
    ),
    D(
        "sc3",
        "A bus collided with a truck near Yaounde on Sunday, killing 11 passengers, police said.",
        title="Bus crash kills 11 near Yaounde",
        published="2028-01-30",
        outlet="Wire One",
    ),
]

DAM_BURST = [
    D(
        "db1",
        "A dam burst in Ratnagiri district of Maharashtra on Tuesday night, sweeping away "
        "houses and killing 14 villagers, officials said.",
        title="Dam burst kills 14 in Maharashtra",
        published="2028-07-05",
        outlet="Wire One",
    ),
    D(
        "db2",
        "Fourteen people were killed when water from a breached dam swept through villages "
        "near Chiplun on Tuesday night, the district collector said.",
        title="Breached dam floods villages near Chiplun, 14 dead",
        published="2028-07-05",
        outlet="Wire Two",
    ),
    D(
        "db3",
        "A building collapsed in Bhiwandi near Mumbai on Wednesday, killing seven people, "
        "firefighters said.",
        title="Building collapse kills seven in Bhiwandi",
        published="2028-07-05",
        outlet="Wire One",
    ),
]

BRIDGE_COLLAPSE = [
    D(
        "bc1",
        "A pedestrian bridge over a river collapsed in Vadodara on Thursday, killing 11 "
        "people, Gujarat officials said.",
        title="Bridge collapse kills 11 in Vadodara",
        published="2028-10-19",
        outlet="Wire One",
    ),
    D(
        "bc2",
        "Eleven people died when a footbridge gave way under a crowd in Vadodara on "
        "Thursday, police said.",
        title="Footbridge gives way in Vadodara, 11 dead",
        published="2028-10-19",
        outlet="Wire Two",
    ),
    D(
        "bc3",
        "A building collapsed in Surat on Friday, killing three workers, fire officials said.",
        title="Building collapse kills three in Surat",
        published="2028-10-20",
        outlet="Wire One",
    ),
]

GAS_AND_MISSILE = [
    D(
        "gm1",
        "A gas explosion tore through an apartment block in Dnipro on Friday, killing six "
        "residents, emergency services said.",
        title="Gas explosion kills six in Dnipro apartment block",
        published="2028-02-11",
        outlet="Wire One",
    ),
    D(
        "gm2",
        "Six people were killed in Dnipro on Friday when a gas leak caused a blast that "
        "destroyed flats in a nine-storey building, officials said.",
        title="Gas blast kills six in Dnipro",
        published="2028-02-11",
        outlet="Wire Two",
    ),
    D(
        "gm3",
        "A Russian missile struck an industrial site in Dnipro on Friday, killing two "
        "workers, the regional governor said.",
        title="Russian missile kills two in Dnipro",
        published="2028-02-11",
        outlet="Wire One",
    ),
]

AFTERSHOCK = [
    D(
        "as1",
        "A magnitude 6.1 earthquake struck Herat province on Saturday, killing 61 people "
        "and flattening villages, officials said.",
        title="Quake kills 61 in western Afghanistan",
        published="2028-10-07",
        outlet="Wire One",
    ),
    D(
        "as2",
        "Sixty-one people died when Saturday's earthquake destroyed homes in Zindajan "
        "district, the disaster ministry said.",
        title="Zindajan buries its dead after quake",
        published="2028-10-08",
        outlet="Wire Two",
    ),
    D(
        "as3",
        "A magnitude 5.4 aftershock struck Herat on Monday, killing four people in "
        "already damaged houses, officials said.",
        title="Aftershock kills four in Herat",
        published="2028-10-09",
        outlet="Wire One",
    ),
]

SECOND_BOMBING_A_WEEK_LATER = [
    D(
        "sw1",
        "A bomb exploded at a vegetable market in Quetta on Monday, killing 12 people, "
        "police said.",
        title="Market bomb kills 12 in Quetta",
        published="2028-02-14",
        outlet="Wire One",
    ),
    D(
        "sw2",
        "Twelve people were killed when explosives hidden in a cart went off at a market in "
        "Quetta on Monday, a government spokesman said.",
        title="Quetta market blast kills 12",
        published="2028-02-14",
        outlet="Wire Two",
    ),
    D(
        "sw3",
        "A bomb exploded near a police station in Quetta on Monday, killing five people, "
        "a week after a market bombing in the city, police said.",
        title="Bomb kills five near Quetta police station",
        published="2028-02-21",
        outlet="Wire One",
    ),
]

NEIGHBOURING_FLOODS = [
    D(
        "nf1",
        "Floods swept through villages in Garissa county on Tuesday, killing 15 people and "
        "displacing thousands, the Kenya Red Cross said.",
        title="Floods kill 15 in Garissa",
        published="2028-04-25",
        outlet="Wire One",
    ),
    D(
        "nf2",
        "Fifteen people drowned in Garissa on Tuesday after the Tana river burst its banks, "
        "county officials said.",
        title="Fifteen drown as Tana bursts its banks in Garissa",
        published="2028-04-26",
        outlet="Wire Two",
    ),
    D(
        "nf3",
        "Flash floods hit Wajir county on Thursday, killing six people, officials said.",
        title="Flash floods kill six in Wajir",
        published="2028-04-27",
        outlet="Wire One",
    ),
]

TOLL_A_WEEK_LATER = [
    D(
        "tw1",
        "A car bomb exploded outside a hotel in Mogadishu on Friday, killing 22 people, "
        "police said.",
        title="Car bomb kills 22 outside Mogadishu hotel",
        published="2028-06-02",
        outlet="Wire One",
    ),
    D(
        "tw2",
        "A week after the car bomb outside a Mogadishu hotel, the death toll reached 40 as "
        "more of the wounded died, hospital officials said on Friday.",
        title="Mogadishu hotel bombing toll reaches 40",
        published="2028-06-09",
        outlet="Wire Two",
    ),
    D(
        "tw3",
        "A car bomb exploded at a checkpoint in Mogadishu on Friday, killing six soldiers, "
        "military officials said.",
        title="Car bomb kills six soldiers at Mogadishu checkpoint",
        published="2028-06-09",
        outlet="Wire One",
    ),
]

TWO_SHORES = [
    D(
        "ts1",
        "A passenger boat capsized on Lake Victoria on Monday, killing nine people, Ugandan "
        "police said.",
        title="Nine dead as boat capsizes on Lake Victoria",
        published="2028-09-04",
        outlet="Wire One",
    ),
    D(
        "ts2",
        "Nine people drowned when a boat overturned near Entebbe on Monday, a police "
        "spokesman said.",
        title="Nine drown near Entebbe",
        published="2028-09-04",
        outlet="Wire Two",
    ),
    D(
        "ts3",
        "A fishing boat sank on Lake Victoria near Musoma on Monday, leaving five fishermen "
        "dead, Tanzanian officials said.",
        title="Five fishermen die on Lake Victoria",
        published="2028-09-04",
        outlet="Wire One",
    ),
]

SWAT_VALLEY = [
    D(
        "sv1",
        "Flash floods tore through the Swat valley on Wednesday, killing 23 people and "
        "washing away hotels, officials said.",
        title="Floods kill 23 in Swat valley",
        published="2028-08-16",
        outlet="Wire One",
    ),
    D(
        "sv2",
        "Twenty-three people died in Mingora and nearby villages on Wednesday as the Swat "
        "river burst its banks, the provincial disaster authority said.",
        title="23 dead as river floods Mingora",
        published="2028-08-16",
        outlet="Wire Two",
    ),
    D(
        "sv3",
        "Floods in Punjab's Sialkot district killed eight people on Thursday, officials said.",
        title="Floods kill eight in Sialkot",
        published="2028-08-17",
        outlet="Wire One",
    ),
]

BRIDGE_AND_BUILDING = [
    D(
        "bb1",
        "A footbridge collapsed onto a road in Mumbai on Thursday, killing four people, "
        "municipal officials said.",
        title="Footbridge collapse kills four in Mumbai",
        published="2028-07-13",
        outlet="Wire One",
    ),
    D(
        "bb2",
        "Four people were killed when a pedestrian bridge gave way near a railway station "
        "in Mumbai on Thursday, police said.",
        title="Mumbai bridge gives way, four dead",
        published="2028-07-13",
        outlet="Wire Two",
    ),
    D(
        "bb3",
        "A four-storey building collapsed in Mumbai after heavy rain on Thursday, killing "
        "six residents, firefighters said.",
        title="Building collapse kills six in Mumbai",
        published="2028-07-13",
        outlet="Wire One",
    ),
]

OUTSIDE_AND_IN = [
    D(
        "oi1",
        "A car bomb exploded at a checkpoint outside Baqubah on Sunday, killing six soldiers, "
        "officials said.",
        title="Car bomb kills six soldiers outside Baqubah",
        published="2028-11-05",
        outlet="Wire One",
    ),
    D(
        "oi2",
        "Six soldiers were killed when a car bomb hit their checkpoint in Baqubah on Sunday, "
        "the army said.",
        title="Car bomb kills six soldiers in Baqubah",
        published="2028-11-05",
        outlet="Wire Two",
    ),
    D(
        "oi3",
        "A car bomb exploded on the outskirts of Baqubah on Sunday, killing six soldiers at an "
        "army checkpoint.",
        title="Six soldiers killed on Baqubah outskirts",
        published="2028-11-05",
        outlet="Wire Three",
    ),
    D(
        "oi4",
        "A car bomb killed four people at a market in Kirkuk on Sunday, police said.",
        title="Car bomb kills four in Kirkuk",
        published="2028-11-05",
        outlet="Wire One",
    ),
]

SECOND_BOMB_IN_A_DISTRICT = [
    D(
        "sd1",
        "Six soldiers were killed when a car bomb hit their checkpoint in Baqubah on Sunday, "
        "the army said.",
        title="Car bomb kills six soldiers in Baqubah",
        published="2028-11-05",
        outlet="Wire One",
    ),
    D(
        "sd2",
        "A roadside bomb killed two policemen in Baqubah's northern district of Buhriz on "
        "Sunday, police said.",
        title="Roadside bomb kills two police in Buhriz",
        published="2028-11-05",
        outlet="Wire Two",
    ),
]

#: Each story's reports and its gold incidents.
STORIES = {
    "ferry by lake and town": (LAKE_FERRY, [{"lf1", "lf2"}, {"lf3"}]),
    "off the coast of an island": (OFF_THE_COAST, [{"oc1", "oc2"}, {"oc3"}]),
    "landslide in a valley": (VALLEY_LANDSLIDE, [{"vl1", "vl2"}, {"vl3"}]),
    "wildfire on a mountain": (MOUNTAIN_FIRE, [{"mf1", "mf2"}, {"mf3"}]),
    "near, outskirts, district": (PRECISION, [{"pr1", "pr2", "pr3"}, {"pr4"}]),
    "mine and building collapse": (MINE_AND_BUILDING, [{"mb1", "mb2"}, {"mb3"}]),
    "stadium crush": (STADIUM_CRUSH, [{"sc1", "sc2"}, {"sc3"}]),
    "dam burst": (DAM_BURST, [{"db1", "db2"}, {"db3"}]),
    "bridge collapse": (BRIDGE_COLLAPSE, [{"bc1", "bc2"}, {"bc3"}]),
    "gas explosion and missile": (GAS_AND_MISSILE, [{"gm1", "gm2"}, {"gm3"}]),
    "aftershock two days later": (AFTERSHOCK, [{"as1", "as2"}, {"as3"}]),
    "second bombing a week later": (SECOND_BOMBING_A_WEEK_LATER, [{"sw1", "sw2"}, {"sw3"}]),
    "floods in neighbouring counties": (NEIGHBOURING_FLOODS, [{"nf1", "nf2"}, {"nf3"}]),
    "toll a week later": (TOLL_A_WEEK_LATER, [{"tw1", "tw2"}, {"tw3"}]),
    "two shores of one lake": (TWO_SHORES, [{"ts1", "ts2"}, {"ts3"}]),
    "floods in a valley": (SWAT_VALLEY, [{"sv1", "sv2"}, {"sv3"}]),
    "bridge and building in one city": (BRIDGE_AND_BUILDING, [{"bb1", "bb2"}, {"bb3"}]),
    "outside and in one city": (OUTSIDE_AND_IN, [{"oi1", "oi2", "oi3"}, {"oi4"}]),
    "second bomb in a district": (SECOND_BOMB_IN_A_DISTRICT, [{"sd1"}, {"sd2"}]),
}

#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset(
    {"two shores of one lake", "bridge and building in one city", "second bomb in a district"}
)

test_each_story_alone_links_its_incidents, _ = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    reason=(
        "two shores of one lake: ts2's 'a boat overturned near Entebbe' gives the extractor "
        "no kind, so the Ugandan shore of Lake Victoria (place 0.6) and the same day and "
        "count stay at 0.552 (ts3, on the Tanzanian shore, stays apart). bridge and "
        "building in one city: bb3's 'building "
        "collapsed after heavy rain' reads as a flood, and the words of two collapses in "
        "Mumbai on one day (context 0.75) outweigh the kinds that differ (kind weight 0.1). "
        "second bomb in a district: 'in Baqubah's northern district of Buhriz' names the "
        "city too, and one city, day and kind (0.892) outweigh counts that differ (0.3)"
    ),
)
#: The stories the linker gets right, reconciled as one corpus.
_, test_all_stories_as_one_corpus = story_tests(
    {name: story for name, story in STORIES.items() if name not in STILL_WRONG}
)


def _event_kinds(doc: cr.Document) -> list[str | None]:
    """The kind of each event one report makes, as a user sees it."""
    return [event.kind for event in cr.reconcile([doc]).events]


class TestWhatGaveWay:
    """A collapse is told by what gave way: a mine, a building, a bridge; a dam that burst floods."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            (
                "A coal mine caved in near Zonguldak on Monday, killing four miners.",
                "mine collapse",
            ),
            (
                "A five-storey building collapsed in Lagos on Monday, killing nine people.",
                "building collapse",
            ),
            (
                "A footbridge gave way over a canal in Dhaka on Monday, killing three people.",
                "bridge collapse",
            ),
            ("A dam burst near Derna on Monday, killing 30 people, officials said.", "flood"),
        ],
    )
    def test_the_structure_names_the_kind(self, text: str, kind: str) -> None:
        """The event's kind is what collapsed, not a bare "collapse"."""
        doc = D("x", text, title=text.split(",", maxsplit=1)[0], published="2028-03-06")

        kinds = _event_kinds(doc)

        assert kinds == [kind]

    def test_talks_that_collapsed_are_no_event_kind(self) -> None:
        """ "Talks collapsed" and "bursts of gunfire" name no structure that gave way."""
        assert _gave_way("Ceasefire talks collapsed on Monday") == frozenset()
        assert _gave_way("Bursts of gunfire were heard near the houses") == frozenset()

    def test_a_hostile_run_of_words_scans_in_linear_time(self) -> None:
        """Thousands of 'building' words and no verb take time in proportion."""
        assert_linear_time(
            _gave_way,
            lambda n: "building " * (n // 18) + "collapse of the " * (n // 32),
            ms_per_kb=5,
        )


class TestLandscapePlaces:
    """A lake, a valley or a mountain is a place: the regions of one country it lies in."""

    @pytest.mark.parametrize(
        ("name", "region"),
        [
            ("Kedarnath valley", "Uttarakhand"),
            ("Mount Parnitha", "Attica"),
            ("Lake Toba", "North Sumatra"),
        ],
    )
    def test_the_feature_lies_in_its_region(self, name: str, region: str) -> None:
        gazetteer = default_gazetteer()
        feature, holder = gazetteer.resolve(name), gazetteer.resolve(region, region=True)

        assert feature is not None
        assert holder is not None
        assert is_landscape(feature)
        assert feature.within(holder)

    def test_a_town_on_the_shore_lies_in_the_lake(self) -> None:
        """Mwanza lies in Lake Victoria's Tanzanian shore."""
        gazetteer = default_gazetteer()
        lake = next(p for p in gazetteer.lookup("Lake Victoria") if p.country == "TZ")
        mwanza = gazetteer.resolve("Mwanza")

        assert mwanza is not None
        assert mwanza.within(lake)

    @pytest.mark.parametrize(
        ("nation", "country"), [("Ugandan", "UG"), ("Kenyan", "KE"), ("Tanzanian", "TZ")]
    )
    def test_a_shared_lake_is_read_in_the_reports_country(self, nation: str, country: str) -> None:
        """ "... on Lake Victoria, Ugandan police said" places the event on the Ugandan shore."""
        doc = D(
            "x",
            f"A boat capsized on Lake Victoria on Monday, killing six people, {nation} police said.",
            title="Boat capsizes on Lake Victoria",
            published="2028-09-04",
        )

        profile = profile_documents([doc])[0][0]

        assert [p.country for p in profile.geo if p is not None] == [country]

    def test_a_lake_and_a_town_of_another_country_keep_the_town(self) -> None:
        """ "Lake Kivu near Gisenyi" names Rwanda's shore, and the town stays known."""
        doc = D(
            "x",
            "A boat capsized on Lake Kivu near Gisenyi on Monday, killing six people.",
            title="Boat capsizes on Lake Kivu",
            published="2028-09-04",
        )

        profile = profile_documents([doc])[0][0]

        assert {p.country for p in profile.geo if p is not None} == {"RW"}


class TestAccidentAgainstWeapon:
    """An accident and a weapon in one city on one day weigh against one event."""

    def test_a_gas_explosion_and_a_missile_are_two_events(self) -> None:
        found = clusters(GAS_AND_MISSILE)

        assert found["gm3"] == frozenset({"gm3"})
        assert found["gm1"] == frozenset({"gm1", "gm2"})

    def test_one_target_with_its_cause_disputed_is_no_clash(self) -> None:
        """Both reports name the hospital hit: a gas blast or a missile, one event disputed."""
        gas = EventProfile(
            key="a", document="a", kinds=frozenset({"gas explosion"}), sites=frozenset({"hospital"})
        )
        missile = EventProfile(
            key="b", document="b", kinds=frozenset({"missile"}), sites=frozenset({"hospital"})
        )

        assert AirGroundMatcher()(gas, missile) is None
