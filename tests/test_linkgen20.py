"""
Round-twenty linking stories: genres the linker has seen little of, told as news tells them.

Each story holds two to four reports of one incident, from different outlets and days,
and a confounder beside it: a mine collapse whose toll grows as bodies come up, a
migrant boat told from the port it left and from the capital, a crush at a festival, a
prison riot, a derailment named a week later by its date, shelling of a market, an
ambush on a convoy, a wildfire, a cholera outbreak, a building collapse whose toll is
revised down, a light-aircraft crash; beside them, other kinds of incident in the same
city or province a few days apart. A last test reconciles two car bombings at police
stations in two cities of one country inside a corpus large enough to make "police",
"car" and "station" rare words: the towns, far apart, keep them two events.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import datetime as dt

from attrs import evolve

import claimrec as cr
from claimrec.link.dates import read_event_date
from claimrec.link.places import default_gazetteer
from claimrec.matchers import ApartMatcher, EventProfile, PlaceMatcher, place_key
from stories import story_tests

D = cr.Document

MINE_COLLAPSE_BODIES_OVER_DAYS = [
    D(
        "mc1",
        "SOMA, Turkey (Wire One) - A gallery of a coal mine in Soma caved in on Tuesday, "
        "trapping at least 30 miners underground, the energy ministry said.\n\nRescuers pumped "
        "air into the shaft through the night. In 2014 a fire at another mine in the town "
        "killed 301 workers.",
        title="Dozens of miners trapped after collapse at Turkish coal mine",
        published="2029-04-15",
        outlet="Wire One",
    ),
    D(
        "mc2",
        "Rescue teams recovered the bodies of 11 miners from the collapsed coal mine in "
        "western Turkey on Thursday, and 19 workers remain trapped, officials said.",
        title="Bodies of 11 miners recovered in Soma",
        published="2029-04-17",
        outlet="Daily Two",
    ),
    D(
        "mc3",
        "A minibus carrying farm workers overturned on a highway near Soma on Saturday, "
        "killing five people, the governor's office said.",
        title="Five farm workers killed in minibus crash",
        published="2029-04-19",
        outlet="Wire One",
    ),
]

MIGRANT_BOAT_FROM_THE_PORT_AND_THE_CAPITAL = [
    D(
        "mb1",
        "ZUWARA, Libya - A boat carrying about 90 migrants capsized shortly after leaving "
        "Zuwara on Sunday, and 61 people drowned, the Libyan Red Crescent said.",
        title="Dozens drown as migrant boat capsizes off Libya",
        published="2029-07-08",
        outlet="Wire One",
    ),
    D(
        "mb2",
        "ROME - Sixty-one migrants died when their overcrowded boat went down off the Libyan "
        "coast on Sunday, the UN migration agency said, the deadliest shipwreck on the central"
        " Mediterranean route this year.\n\nLast month 40 people were missing after a dinghy "
        "sank near Lampedusa.",
        title="61 migrants dead in shipwreck off Libya",
        published="2029-07-08",
        outlet="Daily Two",
    ),
    D(
        "mb3",
        "A fishing boat sank off Lampedusa on Wednesday and two fishermen drowned, the "
        "Italian coast guard said.",
        title="Two fishermen drown off Lampedusa",
        published="2029-07-11",
        outlet="Wire One",
    ),
]

CRUSH_AT_A_FESTIVAL = [
    D(
        "fs1",
        "At least 18 pilgrims were killed in a stampede at a Hindu festival in Prayagraj on "
        "Monday as crowds surged towards the river to bathe, police said.",
        title="Stampede at Indian festival kills 18",
        published="2029-01-29",
        outlet="Wire One",
    ),
    D(
        "fs2",
        "Eighteen devotees died in a crush at the bathing ghats in Prayagraj early on Monday, "
        "Uttar Pradesh officials said, and dozens more were injured.",
        title="18 die in crush at Prayagraj ghats",
        published="2029-01-29",
        outlet="Daily Two",
    ),
    D(
        "fs3",
        "A fire swept through a tent camp for pilgrims in Prayagraj on Thursday, injuring "
        "six people, fire officials said.",
        title="Fire at pilgrim camp injures six",
        published="2029-02-01",
        outlet="Wire One",
    ),
]

PRISON_RIOT_AND_A_SHOOTING_IN_ONE_CITY = [
    D(
        "pr1",
        "GUAYAQUIL, Ecuador - At least 27 inmates were killed when a riot broke out between "
        "rival gangs at a prison in Guayaquil on Tuesday, the prisons service said.",
        title="Prison riot kills 27 in Ecuador",
        published="2029-11-13",
        outlet="Wire One",
    ),
    D(
        "pr2",
        "Gangs fought with guns and knives for hours inside the Litoral penitentiary in "
        "Guayaquil on Tuesday, leaving 27 prisoners dead, officials said.",
        title="27 dead in Guayaquil jail clashes",
        published="2029-11-14",
        outlet="Daily Two",
    ),
    D(
        "pr3",
        "Gunmen on a motorcycle shot dead three people outside a restaurant in Guayaquil on "
        "Thursday, police said.",
        title="Three shot dead outside Guayaquil restaurant",
        published="2029-11-15",
        outlet="Wire One",
    ),
]

DERAILMENT_NAMED_BY_ITS_DATE = [
    D(
        "dr1",
        "Seven coaches of a passenger train derailed near Balasore in Odisha on Saturday, "
        "killing 14 people and injuring more than 60, railway officials said.",
        title="Train derails in Odisha, 14 killed",
        published="2029-03-03",
        outlet="Wire One",
    ),
    D(
        "dr2",
        "Fourteen passengers died when an express train came off the tracks in eastern India"
        " on Saturday, the railway ministry said.",
        title="14 dead as express train comes off tracks in India",
        published="2029-03-04",
        outlet="Daily Two",
    ),
    D(
        "dr3",
        "Investigators blamed a faulty signal for the March 3 derailment near Balasore, which"
        " killed 14 people, in a report released on Friday.",
        title="Faulty signal blamed for Balasore derailment",
        published="2029-03-10",
        outlet="Wire One",
    ),
    D(
        "dr4",
        "A bus fell into a gorge in Odisha on Wednesday, killing nine passengers, police said.",
        title="Bus plunges into gorge in Odisha, nine dead",
        published="2029-03-07",
        outlet="Daily Two",
    ),
]

SHELLING_OF_A_MARKET = [
    D(
        "sm1",
        "Artillery shells slammed into a busy market in Kherson on Saturday morning, "
        "killing 11 shoppers, the regional governor said.",
        title="Shelling of Kherson market kills 11",
        published="2029-05-12",
        outlet="Wire One",
    ),
    D(
        "sm2",
        "Eleven civilians were killed when Russian forces shelled a crowded market in the "
        "southern city of Kherson on Saturday, Ukrainian officials said.",
        title="Russian shelling kills 11 at Kherson market",
        published="2029-05-12",
        outlet="Daily Two",
    ),
    D(
        "sm3",
        "A drone struck an apartment block in Kharkiv on Saturday, wounding four people, the"
        " mayor said.",
        title="Drone hits Kharkiv apartment block",
        published="2029-05-12",
        outlet="Wire One",
    ),
]

AMBUSH_ON_A_CONVOY = [
    D(
        "cv1",
        "Militants ambushed a military supply convoy near Djibo on Thursday, killing 23 "
        "soldiers, security sources said.",
        title="23 soldiers killed in ambush on convoy in Burkina Faso",
        published="2029-09-20",
        outlet="Wire One",
    ),
    D(
        "cv2",
        "Twenty-three soldiers died when jihadists attacked a convoy escorting supply trucks"
        " in northern Burkina Faso on Thursday, the army said on Friday.",
        title="Burkina army says 23 soldiers killed in convoy attack",
        published="2029-09-21",
        outlet="Daily Two",
    ),
    D(
        "cv3",
        "Gunmen stormed a village near Djibo on Sunday and killed 12 civilians, residents said.",
        title="Gunmen kill 12 villagers near Djibo",
        published="2029-09-24",
        outlet="Wire One",
    ),
]

BUILDING_COLLAPSE_TOLL_REVISED_DOWN = [
    D(
        "bc1",
        "A five-storey residential building collapsed in Nairobi's Kasarani area on Monday,"
        " killing 22 people, the Kenya Red Cross said.",
        title="Building collapse kills 22 in Nairobi",
        published="2029-05-07",
        outlet="Wire One",
    ),
    D(
        "bc2",
        "The death toll from Monday's building collapse in Nairobi was revised down to 17 on"
        " Wednesday after officials found that some victims had been counted twice.",
        title="Nairobi collapse toll revised down to 17",
        published="2029-05-09",
        outlet="Daily Two",
    ),
    D(
        "bc3",
        "Floods swept through low-lying parts of Nairobi on Thursday, killing four people, "
        "police said.",
        title="Floods kill four in Nairobi",
        published="2029-05-10",
        outlet="Wire One",
    ),
]

LIGHT_AIRCRAFT_CRASH = [
    D(
        "la1",
        "A small plane crashed shortly after take-off from an airfield near Tepic on Friday,"
        " killing all four people on board, civil aviation officials said.",
        title="Four killed in light aircraft crash in Mexico",
        published="2029-08-17",
        outlet="Wire One",
    ),
    D(
        "la2",
        "A light aircraft went down in a field outside Tepic, the capital of Nayarit state, "
        "on Friday, and its pilot and three passengers died, state officials said.",
        title="Four dead as light plane goes down in Nayarit",
        published="2029-08-18",
        outlet="Daily Two",
    ),
    D(
        "la3",
        "Gunmen killed five people at a bar in Tepic on Sunday, state prosecutors said.",
        title="Gunmen kill five at bar in Tepic",
        published="2029-08-19",
        outlet="Wire One",
    ),
]

CHOLERA_OUTBREAK_AND_AN_ATTACK = [
    D(
        "ob1",
        "A cholera outbreak has killed 41 people in Borno state in the past two weeks, the "
        "state health commissioner said on Tuesday.",
        title="Cholera kills 41 in Nigeria's Borno",
        published="2029-08-14",
        outlet="Wire One",
    ),
    D(
        "ob2",
        "Cholera has killed 41 people and sickened more than 900 in northeast Nigeria's Borno "
        "state, health officials said, as flooding spread the disease in displacement camps.",
        title="Cholera outbreak spreads in Borno camps",
        published="2029-08-15",
        outlet="Daily Two",
    ),
    D(
        "ob3",
        "Suicide bombers struck a market in Maiduguri, the Borno state capital, on Wednesday,"
        " killing eight people, police said.",
        title="Suicide bombers kill eight in Maiduguri market",
        published="2029-08-15",
        outlet="Wire One",
    ),
]

WILDFIRE_AND_A_CRASH = [
    D(
        "wf1",
        "A wildfire fanned by strong winds killed nine people on the outskirts of Valparaiso"
        " on Friday, Chilean officials said.",
        title="Wildfire kills nine near Valparaiso",
        published="2029-02-03",
        outlet="Wire One",
    ),
    D(
        "wf2",
        "The death toll from the forest fire near Valparaiso rose to 26 on Sunday as "
        "firefighters searched burned-out homes in the hills, the interior ministry said.",
        title="Chile wildfire toll rises to 26",
        published="2029-02-05",
        outlet="Daily Two",
    ),
    D(
        "wf3",
        "A bus carrying firefighters crashed on a highway near Valparaiso on Monday, injuring "
        "seven, police said.",
        title="Bus carrying firefighters crashes near Valparaiso",
        published="2029-02-06",
        outlet="Wire One",
    ),
]

STORIES = {
    "mine collapse, bodies over days": (MINE_COLLAPSE_BODIES_OVER_DAYS, [{"mc1", "mc2"}, {"mc3"}]),
    "migrant boat from the port and the capital": (
        MIGRANT_BOAT_FROM_THE_PORT_AND_THE_CAPITAL,
        [{"mb1", "mb2"}, {"mb3"}],
    ),
    "crush at a festival": (CRUSH_AT_A_FESTIVAL, [{"fs1", "fs2"}, {"fs3"}]),
    "prison riot and a shooting in one city": (
        PRISON_RIOT_AND_A_SHOOTING_IN_ONE_CITY,
        [{"pr1", "pr2"}, {"pr3"}],
    ),
    "derailment named by its date": (
        DERAILMENT_NAMED_BY_ITS_DATE,
        [{"dr1", "dr2", "dr3"}, {"dr4"}],
    ),
    "shelling of a market": (SHELLING_OF_A_MARKET, [{"sm1", "sm2"}, {"sm3"}]),
    "ambush on a convoy": (AMBUSH_ON_A_CONVOY, [{"cv1", "cv2"}, {"cv3"}]),
    "building collapse, toll revised down": (
        BUILDING_COLLAPSE_TOLL_REVISED_DOWN,
        [{"bc1", "bc2"}, {"bc3"}],
    ),
    "light aircraft crash": (LIGHT_AIRCRAFT_CRASH, [{"la1", "la2"}, {"la3"}]),
    "cholera outbreak and an attack": (CHOLERA_OUTBREAK_AND_AN_ATTACK, [{"ob1", "ob2"}, {"ob3"}]),
    "wildfire and a crash": (WILDFIRE_AND_A_CRASH, [{"wf1", "wf2"}, {"wf3"}]),
}

#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset(
    {"migrant boat from the port and the capital", "derailment named by its date"}
)

test_each_story_alone_links_its_incidents, _ = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    reason=(
        "migrant boat: 'their boat went down off the Libyan coast on Sunday, the agency "
        "said' dates a statement ('went down' is no event word to the date reader), so the "
        "background paragraph's 'last month ... a dinghy sank' dates the report (month): "
        "the date matcher vetoes it against the Zuwara report. derailment (alone): the "
        "follow-up names the derailment by its date and Balasore but shares no context "
        "word with the report from 'eastern India' (0.550), and the mean link of the "
        "three falls below the threshold (0.668 with the first report)"
    ),
)
#: The stories the linker gets right, reconciled as one corpus.
_, test_all_stories_as_one_corpus = story_tests(
    {name: story for name, story in STORIES.items() if name not in STILL_WRONG}
)


def _at(key: str, *names: str, kinds: frozenset[str] = frozenset()) -> EventProfile:
    """A report of an incident at the places *names*, resolved by the shipped gazetteer."""
    gazetteer = default_gazetteer()
    return EventProfile(
        key=key,
        document=key,
        places=tuple(place_key(n) for n in names),
        geo=tuple(gazetteer.resolve(n) for n in names),
        kinds=kinds,
    )


class TestTownsFarApart:
    """Two towns far apart say "elsewhere", however many words the reports share."""

    def test_two_towns_of_one_country_far_apart_are_evidence_against(self) -> None:
        """Mazar-i-Sharif and Lashkar Gah lie 600 km apart: 0.0."""
        score = ApartMatcher()(_at("a", "Mazar-i-Sharif"), _at("b", "Lashkar Gah"))

        assert score == 0.0

    def test_two_islands_without_coordinates_in_two_regions_are_apart(self) -> None:
        """Pylos and Lesbos lie in two Greek regions."""
        score = ApartMatcher()(_at("a", "Pylos", "Greece"), _at("b", "Lesbos"))

        assert score == 0.0

    def test_a_town_and_its_province_are_no_evidence(self) -> None:
        """Balasore lies in Odisha: the matcher says nothing."""
        score = ApartMatcher()(_at("a", "Balasore"), _at("b", "Odisha"))

        assert score is None

    def test_a_name_several_regions_bear_is_no_evidence(self) -> None:
        """ "Englewood" is a Chicago neighbourhood and a town in four states."""
        score = ApartMatcher()(_at("a", "Chicago"), _at("b", "Englewood"))

        assert score is None

    def test_a_flood_over_a_region_is_no_evidence(self) -> None:
        """Floods strike several towns at once: two far apart may be one flood."""
        flood = frozenset({"flood"})

        score = ApartMatcher()(
            _at("a", "Mazar-i-Sharif", kinds=flood), _at("b", "Kunduz", kinds=flood)
        )

        assert score is None


class TestATrainOffItsRails:
    """ "Came off the tracks" tells a derailment as "derailed" does."""

    def test_a_train_that_came_off_the_tracks_is_a_crash(self) -> None:
        """The report has the kind of a derailment."""
        doc = D(
            "x",
            "Nine passengers died when a goods train and a passenger train came off the tracks "
            "near Katihar on Sunday, officials said.",
            title="Nine dead as trains come off tracks",
            published="2029-06-11",
        )

        kinds = [event.kind for event in cr.reconcile([doc]).events]

        assert kinds == ["crash"]

    def test_the_day_a_train_jumped_the_rails_is_the_events(self) -> None:
        """ "Jumped the rails ... on Saturday, the ministry said": Saturday is the event's."""
        lead = (
            "Twelve people died when an express train jumped the rails in eastern India on "
            "Saturday, the railway ministry said."
        )

        reading = read_event_date([lead], dt.date(2029, 3, 5))

        assert (reading.date, reading.precision) == (dt.date(2029, 3, 3), "day")


def test_eastern_india_holds_a_town_of_odisha_as_a_region_does() -> None:
    """A report from "eastern India" and one from Balasore agree as a region and its town."""
    east = evolve(_at("a", "India"), compass=frozenset({("india", "east")}))

    score = PlaceMatcher()(east, _at("b", "Balasore"))

    assert score is not None
    assert score > 0.3  # more than any town of the country
