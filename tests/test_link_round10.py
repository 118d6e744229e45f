"""
Round-ten linking stories: one incident told across outlets and days, among confounders.

Each story has two to four reports of one incident in a genre we are scored on (an
attack on a base, a mosque, market or bus bombing, an earthquake, a flood, a dam burst
or a landslide, a disputed hospital toll), written in different styles: a wire story
with a dateline, a local paper, a live blog, a follow-up a day or three later with a
revised toll, a report from the capital naming only the province or the country, a
report naming only the site ("the Tower outpost", "the main market"). Confounders sit
beside them: a second incident of the same kind in the same country the same week, a
retaliation strike the next day, an anniversary piece a year on.

Every sentence is written for these tests; the places are real, the incidents are not.
Each story is reconciled on its own (as a fact-checker reconciles a handful of reports)
and all of them as one corpus.
"""

from __future__ import annotations

import datetime as dt

import claimrec as cr
from claimrec.extract import extract
from claimrec.link.profile import profile_documents
from claimrec.matchers import DateMatcher, EventProfile, PlaceMatcher, SiteMatcher
from stories import story_tests

D = cr.Document

OUTPOST = [
    D(
        "op1",
        "AMMAN, Jordan (Wire One) - Two American soldiers were killed and at least 25 wounded "
        "when a one-way attack drone struck a small US outpost in northeastern Jordan near the "
        "Syrian border early on Sunday, US officials said. No group has claimed the attack.",
        title="Drone attack on US outpost in Jordan kills two soldiers",
        published="2026-02-01",
        outlet="Wire One",
    ),
    D(
        "op2",
        "The number of service members hurt in Sunday's drone attack on the Tower outpost has "
        "risen to 41, a Pentagon spokesman said on Tuesday. Most were treated for concussions "
        "and have returned to duty.",
        title="Wounded in Tower outpost drone attack rises to 41",
        published="2026-02-03",
        outlet="Defense Daily",
    ),
    D(
        "op3",
        "An alliance of militias backed by Tehran claimed responsibility on Monday for the drone "
        "that hit the outpost in Jordan on Sunday, saying it was a response to American support "
        "for the war.",
        title="Militia alliance claims drone strike that killed US troops",
        published="2026-02-02",
        outlet="Wire Two",
    ),
    D(
        "op4",
        "US warplanes struck militia command centres and weapons depots near Al-Qaim in western "
        "Iraq on Monday night in retaliation for the deadly drone attack in Jordan, killing at "
        "least 16 fighters, an Iraqi security official said.",
        title="US strikes militia sites in western Iraq",
        published="2026-02-03",
        outlet="Wire One",
    ),
]

MOSQUE = [
    D(
        "mq1",
        "KUNDUZ, Afghanistan (Wire Two) - A suicide bomber blew himself up inside a Shiite "
        "mosque in the northern city of Kunduz during Friday prayers, killing at least 46 "
        "worshippers and wounding dozens, a provincial spokesman said.",
        title="Suicide bomber kills 46 at Kunduz mosque",
        published="2026-10-09",
        outlet="Wire Two",
    ),
    D(
        "mq2",
        "Officials in Kabul said on Saturday that the toll from Friday's mosque bombing in "
        "northern Kunduz province had risen to 62, and that more than 140 people were being "
        "treated in hospital.",
        title="Kunduz mosque bombing toll rises to 62",
        published="2026-10-10",
        outlet="Capital Times",
    ),
    D(
        "mq3",
        "A regional affiliate of the Islamic State group said one of its fighters carried out "
        "the attack on the mosque in Kunduz, in a statement posted on its news channel.",
        title="Islamic State affiliate claims Kunduz mosque attack",
        published="2026-10-09",
        outlet="Monitor Service",
    ),
    D(
        "mq4",
        "A week after the Kunduz attack, another suicide bomber struck a Shiite mosque in the "
        "southern city of Kandahar during Friday prayers, killing at least 33 people, "
        "witnesses said.",
        title="Bomber strikes Kandahar mosque, killing 33",
        published="2026-10-16",
        outlet="Wire Two",
    ),
]

MARKET = [
    D(
        "mk1",
        "BAGHDAD (Wire One) - A car bomb tore through a crowded market in the Sadr City "
        "district of Baghdad on Wednesday evening, killing 18 people and wounding 40, police "
        "and medics said.",
        title="Car bomb kills 18 in Baghdad market",
        published="2026-07-15",
        outlet="Wire One",
    ),
    D(
        "mk2",
        "Shopkeepers swept glass from the main market on Thursday, a day after the car bomb "
        "that killed 23 people there, according to the health ministry. Many stalls were "
        "reduced to twisted metal.",
        title="Traders return to bombed market as toll rises to 23",
        published="2026-07-16",
        outlet="City Paper",
    ),
    D(
        "mk3",
        "A bomb hidden in a motorcycle exploded near a checkpoint in the northern city of "
        "Mosul on Friday, killing four soldiers, an army officer said.",
        title="Motorcycle bomb kills four soldiers in Mosul",
        published="2026-07-17",
        outlet="Wire One",
    ),
]

BUS = [
    D(
        "bs1",
        "QUETTA, Pakistan (Wire Two) - A bomb planted on a passenger bus exploded on the "
        "outskirts of Quetta on Tuesday morning, killing 14 people, including three "
        "schoolchildren, police said.",
        title="Bus bomb kills 14 near Quetta",
        published="2026-04-21",
        outlet="Wire Two",
    ),
    D(
        "bs2",
        "The death toll from Tuesday's bus bombing in Balochistan rose to 17 on Wednesday, "
        "officials in Islamabad said, after three wounded passengers died in hospital.",
        title="Balochistan bus bombing toll climbs to 17",
        published="2026-04-22",
        outlet="Capital Times",
    ),
    D(
        "bs3",
        "Families gathered in Quetta on Wednesday to mark one year since a bomb on a passenger "
        "bus killed 17 people on the outskirts of the city. No one has been convicted.",
        title="A year on, Quetta remembers bus bombing victims",
        published="2027-04-21",
        outlet="Local Herald",
    ),
]

QUAKE = [
    D(
        "qk1",
        "A magnitude 6.3 earthquake struck western Afghanistan on Saturday, flattening "
        "villages in Herat province and killing at least 120 people, the disaster management "
        "authority said.",
        title="Strong earthquake kills 120 in western Afghanistan",
        published="2026-10-10",
        outlet="Wire One",
    ),
    D(
        "qk2",
        "Rescuers dug with bare hands through collapsed mud homes in Zindajan district on "
        "Sunday, where Saturday's quake killed hundreds. A district official said 320 bodies "
        "had been recovered.",
        title="Rescuers dig for survivors in quake-hit Zindajan",
        published="2026-10-11",
        outlet="Regional News",
    ),
    D(
        "qk3",
        "Three days after the Herat earthquake, the health ministry put the death toll at "
        "1,050 and said more than 2,000 people had been injured. Aid groups warned of "
        "shortages of tents.",
        title="Herat quake toll passes 1,000",
        published="2026-10-13",
        outlet="Wire Two",
    ),
    D(
        "qk4",
        "A magnitude 5.1 earthquake shook Badakhshan province in northeastern Afghanistan on "
        "Tuesday, injuring six people and damaging a school, local officials said.",
        title="Quake injures six in Badakhshan",
        published="2026-10-13",
        outlet="Wire One",
    ),
]

DAM = [
    D(
        "dm1",
        "LIVE: 10:40 - An earthen dam gave way after days of torrential rain in Kerala's Idukki "
        "district on Thursday, sending a wall of water through three villages. Police say at "
        "least nine people are dead and 30 missing.",
        title="Live: dam burst in Kerala",
        published="2026-08-13",
        outlet="Live Desk",
    ),
    D(
        "dm2",
        "The death toll from the dam collapse in the southern state of Kerala rose to 21 on "
        "Saturday, a state minister said in New Delhi, as rescuers searched for 15 people "
        "still missing.",
        title="Kerala dam collapse toll rises to 21",
        published="2026-08-15",
        outlet="Capital Times",
    ),
    D(
        "dm3",
        "A landslide triggered by heavy rain buried a tea estate workers' colony in Wayanad "
        "district of Kerala on Friday, killing seven people, district officials said.",
        title="Landslide kills seven in Wayanad",
        published="2026-08-14",
        outlet="Wire Two",
    ),
]

LANDSLIDE = [
    D(
        "ls1",
        "PORT MORESBY (Wire One) - A massive landslide buried a remote village in Enga province "
        "in the highlands of Papua New Guinea before dawn on Friday, and local officials "
        "feared more than 100 people were dead.",
        title="Landslide buries village in Papua New Guinea",
        published="2026-05-22",
        outlet="Wire One",
    ),
    D(
        "ls2",
        "The United Nations migration agency estimated on Sunday that 670 people were killed "
        "in Friday's landslide in Papua New Guinea, while the national disaster centre told "
        "the UN it believed more than 2,000 were buried alive.",
        title="UN puts Papua New Guinea landslide toll at 670",
        published="2026-05-24",
        outlet="Wire Two",
    ),
    D(
        "ls3",
        "One year after the landslide that buried a village in Enga province, survivors in "
        "Papua New Guinea say they are still waiting for the land they were promised.",
        title="A year on, landslide survivors wait for land",
        published="2027-05-22",
        outlet="Pacific Weekly",
    ),
]

HOSPITAL = [
    D(
        "hs1",
        "EL FASHER, Sudan (Wire Two) - Shelling hit the Saudi hospital in El Fasher on Friday, "
        "killing 70 patients and visitors, the health ministry said, blaming the paramilitary "
        "forces besieging the city.",
        title="Shelling of El Fasher hospital kills 70, ministry says",
        published="2026-01-23",
        outlet="Wire Two",
    ),
    D(
        "hs2",
        "The World Health Organization said on Saturday it had confirmed 30 deaths in Friday's "
        "attack on the hospital in North Darfur, a figure well below the toll given by the "
        "health ministry. The paramilitary group denied shelling the hospital.",
        title="WHO confirms 30 deaths in Darfur hospital attack",
        published="2026-01-24",
        outlet="Wire One",
    ),
    D(
        "hs3",
        "A drone struck a market in Omdurman on Saturday, killing 12 civilians, activists said.",
        title="Drone strike on Omdurman market kills 12",
        published="2026-01-24",
        outlet="Wire Two",
    ),
]

FLOOD = [
    D(
        "fl1",
        "MINGORA, Pakistan - Flash floods triggered by a cloudburst swept through villages in "
        "the Swat valley on Monday, killing 11 people, including tourists camping on the "
        "river bank, rescue officials said.",
        title="Flash floods kill 11 in Swat valley",
        published="2026-06-29",
        outlet="Wire One",
    ),
    D(
        "fl2",
        "The toll from Monday's flash floods in Khyber Pakhtunkhwa province rose to 19 on "
        "Wednesday, the provincial disaster authority said, after more bodies were pulled "
        "from the Swat river.",
        title="Pakistan flood toll rises to 19",
        published="2026-07-01",
        outlet="Capital Times",
    ),
    D(
        "fl3",
        "Floods after heavy rain in Balochistan province on Thursday killed six people and "
        "washed away a bridge on the main highway, officials said.",
        title="Floods kill six in Balochistan",
        published="2026-07-02",
        outlet="Wire Two",
    ),
]

BASE = [
    D(
        "bb1",
        "Several rockets struck the Ain al-Asad air base in Anbar province on Tuesday, "
        "wounding four American service members, a US official said on condition of "
        "anonymity.",
        title="Rockets hit Ain al-Asad base, wounding four Americans",
        published="2026-01-20",
        outlet="Wire One",
    ),
    D(
        "bb2",
        "An Iraqi militia group claimed Tuesday's rocket attack on the base hosting US troops "
        "in western Iraq, the second on the base this month.",
        title="Iraqi militia claims rocket attack on US base",
        published="2026-01-21",
        outlet="Monitor Service",
    ),
    D(
        "bb3",
        "US aircraft carried out strikes on Wednesday on three facilities used by the militia "
        "in Jurf al-Sakhar, south of Baghdad, in response to the attack on Ain al-Asad, the "
        "Pentagon said.",
        title="US strikes Iraqi militia after base attack",
        published="2026-01-22",
        outlet="Wire Two",
    ),
]

#: Rocket fire on a city and an air raid on it the same day: two events.
IDLIB = [
    D(
        "id1",
        "Rockets fired by government forces slammed into a residential area of Idlib on "
        "Monday, killing four civilians, rescue workers said.",
        title="Rocket fire kills four in Idlib",
        published="2026-03-02",
        outlet="Wire One",
    ),
    D(
        "id2",
        "Russian warplanes carried out airstrikes on Idlib on Monday, killing nine people in a "
        "crowded market, a war monitor said.",
        title="Airstrikes on Idlib market kill nine",
        published="2026-03-02",
        outlet="Wire Two",
    ),
    D(
        "id3",
        "The toll from Monday's air strikes on a market in Idlib rose to 11 on Tuesday, the "
        "civil defence said.",
        title="Idlib market air strike toll rises to 11",
        published="2026-03-03",
        outlet="Local Herald",
    ),
]

#: One hospital blast blamed on an air strike by one side and on a misfired rocket by the
#: other: one target, its weapon disputed; shelling of a school nearby that day is apart.
DISPUTED = [
    D(
        "dp1",
        "An air strike hit the Al-Awda hospital in Jabalia on Tuesday evening, killing at "
        "least 120 people, the health ministry said.",
        title="Air strike on Jabalia hospital kills 120, ministry says",
        published="2026-10-13",
        outlet="Wire One",
    ),
    D(
        "dp2",
        "The army said on Wednesday that a rocket misfired by a militant group had struck the "
        "Al-Awda hospital on Tuesday, and that it had carried out no strike in the area.",
        title="Army blames misfired rocket for hospital blast",
        published="2026-10-14",
        outlet="Wire Two",
    ),
    D(
        "dp3",
        "Shelling hit a school sheltering families in Beit Lahia on Tuesday, killing six "
        "people, medics said.",
        title="Shelling of Beit Lahia school kills six",
        published="2026-10-13",
        outlet="Wire One",
    ),
]

#: A drone attack and rockets on one base one night, told by two outlets; a drone attack
#: on the city's airport two days later is apart.
HARIR = [
    D(
        "a1",
        "A drone attack targeted the Harir air base north of Erbil on Monday night, causing no casualties, a Kurdish security official said.",
        title="Drone attack targets Harir base near Erbil",
        published="2026-06-09",
        outlet="Wire One",
    ),
    D(
        "a2",
        "Two rockets struck near the Harir base in Iraq's Kurdistan region late on Monday, the coalition said on Tuesday, adding that there was no damage.",
        title="Rockets strike near Harir base",
        published="2026-06-10",
        outlet="Wire Two",
    ),
    D(
        "a3",
        "A drone attack on Erbil international airport on Wednesday wounded one contractor, officials said.",
        title="Drone attack on Erbil airport wounds contractor",
        published="2026-06-10",
        outlet="Wire One",
    ),
]
#: A quake named by the town near its epicentre, then by its province from the capital;
#: a weaker quake in another province two days later is apart.
KHOY = [
    D(
        "q1",
        "A magnitude 6.1 earthquake struck 35 km east of Khoy in northwestern Iran on Saturday night, killing at least three people and injuring more than 400, state media said.",
        title="Quake near Khoy kills three, injures 400",
        published="2026-01-28",
        outlet="Wire One",
    ),
    D(
        "q2",
        "TEHRAN - Officials in Tehran said on Sunday that the death toll from the earthquake in West Azerbaijan province had risen to seven, with 800 people hurt.",
        title="Iran quake toll rises to seven",
        published="2026-01-29",
        outlet="Capital Times",
    ),
    D(
        "q3",
        "A magnitude 5.4 earthquake hit Kerman province in southeastern Iran on Monday, damaging homes but causing no deaths.",
        title="Quake hits Kerman province",
        published="2026-01-30",
        outlet="Wire Two",
    ),
]
#: A convoy bombing named by its town, then by its province from the capital; a gun
#: attack on police in a nearby district that day is apart.
BANNU = [
    D(
        "s1",
        "A suicide bomber on a motorcycle rammed a police convoy in Bannu on Thursday, killing six officers, police said.",
        title="Suicide attack on police convoy kills six in Bannu",
        published="2026-05-14",
        outlet="Wire One",
    ),
    D(
        "s2",
        "The toll from Thursday's suicide bombing of a police convoy in Khyber Pakhtunkhwa rose to nine on Friday, officials in Islamabad said. The Pakistani Taliban claimed the attack.",
        title="Police convoy bombing toll rises to nine",
        published="2026-05-15",
        outlet="Capital Times",
    ),
    D(
        "s3",
        "Gunmen attacked a police checkpoint in Lakki Marwat on Thursday, killing two policemen, officials said.",
        title="Gunmen kill two police in Lakki Marwat",
        published="2026-05-14",
        outlet="Wire Two",
    ),
]

STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "outpost": (OUTPOST, [{"op1", "op2", "op3"}, {"op4"}]),
    "mosque": (MOSQUE, [{"mq1", "mq2", "mq3"}, {"mq4"}]),
    "market": (MARKET, [{"mk1", "mk2"}, {"mk3"}]),
    "bus": (BUS, [{"bs1", "bs2"}, {"bs3"}]),
    "quake": (QUAKE, [{"qk1", "qk2", "qk3"}, {"qk4"}]),
    "dam": (DAM, [{"dm1", "dm2"}, {"dm3"}]),
    "landslide": (LANDSLIDE, [{"ls1", "ls2"}, {"ls3"}]),
    "hospital": (HOSPITAL, [{"hs1", "hs2"}, {"hs3"}]),
    "flood": (FLOOD, [{"fl1", "fl2"}, {"fl3"}]),
    "base": (BASE, [{"bb1", "bb2"}, {"bb3"}]),
    "idlib": (IDLIB, [{"id1"}, {"id2", "id3"}]),
    "disputed": (DISPUTED, [{"dp1", "dp2"}, {"dp3"}]),
    "harir": (HARIR, [{"a1", "a2"}, {"a3"}]),
    "khoy": (KHOY, [{"q1", "q2"}, {"q3"}]),
    "bannu": (BANNU, [{"s1", "s2"}, {"s3"}]),
}


#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset()

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES, still_wrong=STILL_WRONG
)


class TestLooseDatesFarApart:
    """Two loose dates (publications, follow-ups' bounds) tell recent events: far apart, two."""

    @staticmethod
    def _profile(key: str, day: dt.date, precision: str) -> EventProfile:
        return EventProfile(key=key, document=key, date=day, precision=precision, published=day)

    def test_an_anniversary_a_year_on_is_another_event(self) -> None:
        """A follow-up's bound and a piece a year later dating nothing: vetoed."""
        first = self._profile("a", dt.date(2026, 5, 22), "before")
        anniversary = self._profile("b", dt.date(2027, 5, 22), "published")

        assert DateMatcher()(first, anniversary) == 0.0
        assert DateMatcher()(anniversary, first) == 0.0

    def test_two_publications_weeks_apart_still_agree_in_part(self) -> None:
        """Within ``stale_days`` the old decay holds (its floor, not a veto)."""
        first = self._profile("a", dt.date(2026, 5, 22), "published")
        later = self._profile("b", dt.date(2026, 7, 1), "published")

        assert DateMatcher()(first, later) == 0.05


def _profile_of(title: str, text: str, published: str = "2026-01-22") -> EventProfile:
    doc = D("d", text, title=title, published=published)
    profiles, _ = profile_documents([doc], extract(doc))
    return profiles[0]


class TestRetaliationAndClaims:
    def test_the_attack_a_retaliation_answers_is_no_place_of_it(self) -> None:
        """'Jets struck X in retaliation for the attack on Y': Y is the other event's place."""
        profile = _profile_of(
            "Jets strike militia depots",
            "Warplanes struck weapons depots near Mayadin on Wednesday in retaliation for the "
            "rocket attack on Ain al-Asad air base.",
        )

        assert "ain asad" not in profile.places
        assert profile.places

    def test_a_claim_placing_the_base_only_by_its_country_is_no_disagreement(self) -> None:
        """'The base hosting US troops in western Iraq' against the base in Anbar: no conflict."""
        named = _profile_of(
            "Rockets hit Ain al-Asad",
            "Rockets struck the Ain al-Asad air base in Anbar province on Tuesday, wounding two.",
        )
        claim = _profile_of(
            "Militia claims base attack",
            "A militia claimed Tuesday's rocket attack on the base hosting US troops in western Iraq.",
        )

        assert PlaceMatcher()(named, claim) is None
        assert SiteMatcher()(named, claim) == 1.0


class TestWhatIsLeftDatesNothing:
    def test_collapsed_homes_do_not_date_the_quake(self) -> None:
        """'Dug through collapsed homes on Sunday, where Saturday's quake killed' is Saturday's."""
        profile = _profile_of(
            "Rescuers dig in quake-hit villages",
            "Rescuers dug through collapsed mud homes in Herat on Sunday, where Saturday's quake "
            "killed hundreds.",
            published="2026-10-11",
        )

        assert (profile.date, profile.precision) == (dt.date(2026, 10, 10), "day")


class TestArabicArticlesInNames:
    def test_a_province_with_an_arabic_article_is_one_place(self) -> None:
        """'In Deir ez-Zor province' is Deir ez-Zor, with no place 'Deir' beside it."""
        profile = _profile_of(
            "Drone hits base in Deir ez-Zor",
            "A drone struck a base in Deir ez-Zor province on Monday, killing two fighters.",
        )

        assert profile.places == ("deir zor",)  # "ez" is the article, folded like "al"

    def test_the_claims_mention_keeps_the_whole_name(self) -> None:
        """The claim's mention names 'Deir al-Balah', not 'Deir'."""
        doc = D(
            "d",
            "An air strike on a house in Deir al-Balah killed 12 people on Monday.",
            title="Strike kills 12",
            published="2026-04-09",
        )

        assert {c.mention.location for c in extract(doc)} == {"Deir al-Balah"}


class TestAsideRecalls:
    def test_a_toll_after_an_aside_is_the_main_events(self) -> None:
        """', a week after the floods in Y, killing one man': the man died in the main flood."""
        doc = D(
            "d",
            "Flash floods swept through Kavala on Tuesday, a week after the deadly floods in "
            "central Greece, killing one man and flooding the town's port, police said.",
            title="Flash floods hit Kavala",
            published="2026-09-15",
        )

        focus = {c.mention.focus for c in extract(doc) if "one man" in c.sentence}

        assert focus == {"main"}

    def test_a_toll_inside_the_recall_stays_the_other_events(self) -> None:
        """'A week after the floods in Y killed one man, ...': that man is Y's."""
        doc = D(
            "d",
            "Flash floods hit Kavala on Tuesday. A week after the floods in Larissa killed one "
            "man, rescuers there were still clearing mud.",
            title="Flash floods hit Kavala",
            published="2026-09-15",
        )

        focus = {c.mention.focus for c in extract(doc) if "one man" in c.sentence}

        assert focus == {"other"}
