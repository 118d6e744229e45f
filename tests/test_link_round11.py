"""
Round-eleven linking stories: one incident, one event, among confounders by class.

Each story has two to four reports of one incident in a genre we are scored on (an
attack on a base, a mosque, market or bus bombing, an earthquake, a flood, a dam burst,
a landslide or a storm, a disputed hospital toll), written in different styles: a wire
story with a dateline, a local paper, a live blog, a follow-up days later with a revised
toll, a report from the capital naming only the province or the country, a report naming
only the site. Confounders sit beside them by class: a second incident of another kind
told inside a disaster's coverage (a relief helicopter crashing, a building collapsing in
an aftershock days later, a stampede at a relief distribution), a second attack of the
same kind in the same province the same week, a retaliation strike the next day, an
anniversary piece.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

from typing import Final

import pytest

import claimrec as cr
from claimrec.extract import extract, normalize_place
from claimrec.link.places import place_key
from claimrec.link.profile import profile_documents
from claimrec.link.rows import place_words_weighed
from stories import story_tests

D = cr.Document

TYPHOON = [
    D(
        "ty1",
        "MANILA (Wire One) - Typhoon Hagibis tore through the central Philippines on Saturday, "
        "killing at least 31 people and forcing 200,000 from their homes, the national disaster "
        "agency said.",
        title="Typhoon kills 31 in central Philippines",
        published="2026-11-07",
        outlet="Wire One",
    ),
    D(
        "ty2",
        "The death toll from the typhoon that battered Leyte and Samar at the weekend rose to 58 "
        "on Monday as rescuers reached cut-off villages, officials said.",
        title="Typhoon death toll climbs to 58",
        published="2026-11-09",
        outlet="Island Herald",
    ),
    D(
        "ty3",
        "A military helicopter carrying relief goods to typhoon survivors crashed in a mountainous "
        "area of Leyte on Tuesday, killing all four crew members, the air force said. The cause "
        "of the crash is under investigation.",
        title="Relief helicopter crashes in Leyte, four crew killed",
        published="2026-11-10",
        outlet="Wire Two",
    ),
]

AFTERSHOCK = [
    D(
        "as1",
        "A magnitude 6.8 earthquake struck southern Morocco late on Friday, killing at least 120 "
        "people in villages of the High Atlas, the interior ministry said.",
        title="Strong quake kills 120 in Morocco",
        published="2026-09-05",
        outlet="Wire One",
    ),
    D(
        "as2",
        "MARRAKECH - The number of people killed in Friday's earthquake has risen to 410, the "
        "interior ministry said on Sunday, as soldiers cleared roads into the mountains.",
        title="Morocco quake toll passes 400",
        published="2026-09-07",
        outlet="Wire Two",
    ),
    D(
        "as3",
        "A five-storey building that had been damaged in last week's earthquake collapsed in "
        "Marrakech on Thursday after a strong aftershock, killing three people, civil "
        "protection officials said.",
        title="Damaged building collapses in Marrakech, three dead",
        published="2026-09-10",
        outlet="City Daily",
    ),
]

STAMPEDE = [
    D(
        "sp1",
        "Floods triggered by days of monsoon rain killed at least 64 people across Sindh "
        "province on Wednesday, the provincial disaster authority said.",
        title="Monsoon floods kill 64 in Sindh",
        published="2026-08-19",
        outlet="Wire One",
    ),
    D(
        "sp2",
        "KARACHI - The toll from this week's floods in Sindh rose to 97 on Friday, with thousands "
        "of villages still under water, officials said.",
        title="Sindh flood toll rises to 97",
        published="2026-08-21",
        outlet="Capital Times",
    ),
    D(
        "sp3",
        "Eleven people, most of them women, were crushed to death in a stampede at a food "
        "distribution point for flood victims in Sukkur on Saturday, police said.",
        title="Stampede at flood relief centre kills 11",
        published="2026-08-22",
        outlet="Wire Two",
    ),
]

BASE_WEEK = [
    D(
        "bw1",
        "Militants stormed an army base in Khyber district of northwestern Pakistan before dawn "
        "on Monday, killing seven soldiers, the military said.",
        title="Militants storm army base, kill seven soldiers",
        published="2026-03-09",
        outlet="Wire One",
    ),
    D(
        "bw2",
        "The toll from Monday's attack on the army base in Khyber rose to nine on Tuesday after "
        "two wounded soldiers died in hospital. The Pakistani Taliban claimed the assault.",
        title="Khyber base attack toll rises to nine",
        published="2026-03-10",
        outlet="Frontier Post",
    ),
    D(
        "bw3",
        "Militants attacked another army post in Khyber district on Thursday night, killing two "
        "soldiers in a gun battle that lasted three hours, security officials said.",
        title="Two soldiers killed in second Khyber attack this week",
        published="2026-03-13",
        outlet="Wire Two",
    ),
]

RETALIATION = [
    D(
        "rt1",
        "A drone struck the Tanf garrison in southeastern Syria on Wednesday, wounding three US "
        "service members, the Pentagon said.",
        title="Drone attack wounds three US troops at Tanf",
        published="2026-06-17",
        outlet="Wire One",
    ),
    D(
        "rt2",
        "The Islamic Resistance in Iraq said it launched Wednesday's drone attack on the US base "
        "at al-Tanf near the Jordanian border.",
        title="Iraqi militia claims drone attack on Tanf",
        published="2026-06-18",
        outlet="Wire Two",
    ),
    D(
        "rt3",
        "US aircraft struck two militia facilities near Abu Kamal in eastern Syria on Thursday "
        "in response to the attack on American troops, killing at least six fighters, a war "
        "monitor said.",
        title="US strikes militia sites near Abu Kamal",
        published="2026-06-18",
        outlet="Wire One",
    ),
]

MARKET = [
    D(
        "mr1",
        "BAGHDAD (Wire Two) - A car bomb exploded in a crowded vegetable market in Sadr City on "
        "Saturday evening, killing at least 23 people and wounding 50, police and medical "
        "sources said.",
        title="Car bomb kills 23 at Baghdad market",
        published="2026-07-18",
        outlet="Wire Two",
    ),
    D(
        "mr2",
        "Live: 21:40 - Hospitals in eastern Baghdad say they have received 30 bodies from the "
        "market blast. The health ministry has appealed for blood donors.",
        title="Live: Baghdad market bombing",
        published="2026-07-18",
        outlet="News Live",
    ),
    D(
        "mr3",
        "A year after the car bombing that killed 35 people at the Sadr City market, traders "
        "say business has never recovered.",
        title="A year on, Sadr City market still scarred",
        published="2027-07-18",
        outlet="City Daily",
    ),
]

BUS = [
    D(
        "bu1",
        "A roadside bomb tore through a passenger bus on the road between Quetta and Mastung on "
        "Tuesday morning, killing 14 passengers, a local administration official said.",
        title="Bus bombing kills 14 in Balochistan",
        published="2026-04-14",
        outlet="Wire One",
    ),
    D(
        "bu2",
        "ISLAMABAD - At least 16 people died when a bomb hit a bus in Balochistan on Tuesday, "
        "the interior minister told parliament on Wednesday, condemning the attack.",
        title="Minister condemns Balochistan bus bombing",
        published="2026-04-15",
        outlet="Capital Times",
    ),
    D(
        "bu3",
        "Gunmen stopped a bus on the coastal highway near Gwadar on Thursday and shot dead "
        "seven passengers after checking their identity cards, police said.",
        title="Gunmen kill seven bus passengers near Gwadar",
        published="2026-04-16",
        outlet="Wire Two",
    ),
]

LANDSLIDE = [
    D(
        "lv1",
        "A landslide buried a mining village in Enga province in Papua New Guinea early on "
        "Friday, and officials fear more than 100 people are under the rubble.",
        title="Landslide buries village in Papua New Guinea",
        published="2026-05-22",
        outlet="Wire One",
    ),
    D(
        "lv2",
        "PORT MORESBY - Rescuers have recovered five bodies from the landslide in the highlands, "
        "the government said on Sunday, while the UN estimates 670 people died.",
        title="UN fears 670 dead in highlands landslide",
        published="2026-05-24",
        outlet="Pacific News",
    ),
    D(
        "lv3",
        "A tribal clash near Wabag in Enga province on Saturday killed eight men, police said, "
        "hampering the delivery of aid to the landslide area.",
        title="Tribal fighting in Enga kills eight",
        published="2026-05-23",
        outlet="Wire Two",
    ),
]

HOSPITAL = [
    D(
        "hd1",
        "An explosion at the courtyard of a hospital in Gaza City on Tuesday night killed "
        "hundreds of people, the Gaza health ministry said, blaming an Israeli air strike.",
        title="Hundreds killed in blast at Gaza hospital, ministry says",
        published="2026-10-14",
        outlet="Wire One",
    ),
    D(
        "hd2",
        "US intelligence estimates that between 100 and 300 people were killed in the hospital "
        "blast in Gaza on Tuesday, well below the ministry's figure of 471, officials said on "
        "Thursday.",
        title="US puts hospital blast toll at 100 to 300",
        published="2026-10-16",
        outlet="Wire Two",
    ),
    D(
        "hd3",
        "The Israeli military denied striking the hospital and said a misfired rocket launched "
        "by militants caused Tuesday's blast in Gaza City.",
        title="Israel denies hitting Gaza hospital",
        published="2026-10-15",
        outlet="Defense Daily",
    ),
    D(
        "hd4",
        "An air strike hit a school sheltering displaced families in Khan Younis on Friday, "
        "killing 12 people, medics said.",
        title="Strike on Khan Younis school kills 12",
        published="2026-10-17",
        outlet="Wire One",
    ),
]

DAM = [
    D(
        "db1",
        "Two dams burst near the eastern Libyan city of Derna after Storm Daniel dumped heavy rain "
        "on Sunday night, sweeping whole neighbourhoods into the sea and killing at least 2,000 "
        "people, officials said.",
        title="Dam bursts in eastern Libya kill thousands",
        published="2026-09-11",
        outlet="Wire One",
    ),
    D(
        "db2",
        "TRIPOLI - The Red Crescent said on Thursday that 11,300 people had died in the flood in "
        "Derna, while the health ministry put the toll at 3,958.",
        title="Derna flood toll disputed",
        published="2026-09-14",
        outlet="Wire Two",
    ),
    D(
        "db3",
        "Four Greek rescue workers were killed on Sunday when their vehicle collided with a car "
        "on the road to Derna, where they were headed to help flood victims, officials said.",
        title="Greek rescuers killed in road crash in Libya",
        published="2026-09-17",
        outlet="Athens Daily",
    ),
]


STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "typhoon": (TYPHOON, [{"ty1", "ty2"}, {"ty3"}]),
    "aftershock": (AFTERSHOCK, [{"as1", "as2"}, {"as3"}]),
    "stampede": (STAMPEDE, [{"sp1", "sp2"}, {"sp3"}]),
    "base week": (BASE_WEEK, [{"bw1", "bw2"}, {"bw3"}]),
    "retaliation": (RETALIATION, [{"rt1", "rt2"}, {"rt3"}]),
    "market": (MARKET, [{"mr1", "mr2"}, {"mr3"}]),
    "bus": (BUS, [{"bu1", "bu2"}, {"bu3"}]),
    "landslide": (LANDSLIDE, [{"lv1", "lv2"}, {"lv3"}]),
    "hospital": (HOSPITAL, [{"hd1", "hd2", "hd3"}, {"hd4"}]),
    "dam": (DAM, [{"db1", "db2"}, {"db3"}]),
}


#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset({"landslide", "typhoon"})

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    corpus_wrong=True,
    reason=(
        "still split: typhoon: Leyte and Samar (provinces below the first level) are unknown to "
        "the gazetteer and ty1 names only the Philippines, so ty1 and ty2 have no positive place "
        "evidence; landslide: lv2 is datelined from the capital (Port Moresby) and places the "
        "slide only 'in the highlands', 0.18 against Enga"
    ),
)


def _kinds(text: str, published: str = "2026-11-10") -> set[str | None]:
    doc = D("d", text, title="Report", published=published)
    return {c.mention.kind for c in extract(doc)}


class TestAnIncidentInsideADisastersCoverage:
    """A disaster told as the scene ('typhoon survivors') leaves the sentence's own incident."""

    def test_a_relief_helicopter_crash_is_a_crash(self) -> None:
        text = (
            "An army helicopter flying food to cyclone survivors crashed in hills on Tuesday, "
            "killing three crew members."
        )

        assert _kinds(text) == {"crash"}

    def test_a_stampede_at_an_aid_handout_is_a_stampede(self) -> None:
        text = "Nine people died in a stampede at a rice handout for flood victims on Sunday."

        assert _kinds(text) == {"stampede"}

    def test_a_fire_in_a_camp_for_quake_survivors_is_a_fire(self) -> None:
        text = "A fire broke out in a tent camp for quake-hit families on Monday, killing two children."

        assert _kinds(text) == {"fire"}

    def test_a_clash_hampering_aid_to_a_landslide_is_a_clash(self) -> None:
        text = (
            "A tribal clash near the mine on Saturday killed six men, hampering aid to the "
            "landslide area."
        )

        assert _kinds(text) == {"clash"}

    def test_the_disaster_told_alone_stays_the_disaster(self) -> None:
        """'Typhoon survivors' with no other incident: the typhoon is still the event."""
        text = "The typhoon killed at least 12 people, and survivors waited for aid on Monday."

        assert _kinds(text) == {"storm"}


#: Names with an article or a prefix, diacritics, hyphens and apostrophes, each in a
#: sentence whose claims place it: (name as written, the sentence).
_NAMED: Final = (
    (
        "Ain al-Asad air base",
        "Rockets struck Ain al-Asad air base on Monday, wounding two soldiers.",
    ),
    ("El-Arish", "A car bomb exploded in El-Arish on Monday, killing four people."),
    ("Deir ez-Zor", "A drone strike in Deir ez-Zor on Monday killed three fighters."),
    ("Kraków", "A gas explosion in Kraków on Monday killed two people."),
    ("São Paulo", "A bus crash in São Paulo on Monday killed six people."),
    ("Al-Qa'im", "An air strike near Al-Qa'im on Monday killed nine fighters."),
    ("Kafr el-Sheikh", "A building collapsed in Kafr el-Sheikh on Monday, killing seven people."),
    ("Ras al-Ain", "A car bomb in Ras al-Ain on Monday killed eight people."),
)


class TestOnePlaceKey:
    """The claims' mentions, the profiles, the recalled events and the rows key a place alike."""

    @pytest.mark.parametrize(("name", "text"), _NAMED)
    def test_every_reader_gives_the_same_key(self, name: str, text: str) -> None:
        doc = D("d", text, title="Report", published="2026-03-03")
        claims = extract(doc)
        profiles, _ = profile_documents([doc], claims)

        assert {c.mention.place for c in claims} == {place_key(name)} == {normalize_place(name)}
        assert profiles[0].places == (place_key(name),)

    def test_a_recalled_event_keys_its_place_as_its_report_does(self) -> None:
        """'Three days after a rocket attack on Ain al-Asad': the recall's key is the base's."""
        doc = D(
            "d",
            "A drone hit a base in Erbil on Thursday, wounding one soldier. It came three days "
            "after a rocket attack on Ain al-Asad air base wounded four soldiers.",
            title="Drone hits base in Erbil",
            published="2026-03-05",
        )
        claims = extract(doc)
        profiles, _ = profile_documents([doc], claims)

        recalled = [p for p in profiles if p.focus == "other"]
        assert [p.places[0] for p in recalled] == ["ain asad"]

    def test_the_rows_weigh_a_word_by_the_same_key(self) -> None:
        """A hyphenated word of the text names the place its key names."""
        weighed = place_words_weighed({"al-qaim": 2.0}, [place_key("Al-Qa'im")], [0.5])

        assert weighed == {"al-qaim": 1.0}

    @pytest.mark.parametrize(
        ("variants", "key"),
        [
            (("Ain al-Asad", "(Ain) Al-Assad Airbase", "AIN AL-ASAD AIR BASE"), "ain asad"),
            (("Al Asad Air Base", "al-Asad airbase"), "asad"),
            (("the Tower outpost", "Tower outpost"), "tower outpost"),
            (("400 block of Linden Street", "400 block of Linden St."), "400 block linden st"),
            (("Şanlıurfa", "Sanliurfa", "SANLIURFA"), "sanliurfa"),
        ],
    )
    def test_spellings_of_one_place_share_the_key(
        self, variants: tuple[str, ...], key: str
    ) -> None:
        assert {place_key(v) for v in variants} == {normalize_place(v) for v in variants} == {key}

    def test_a_number_keeps_its_digits(self) -> None:
        """'1100 block' is no '100 block' (doubled letters fold; doubled digits do not)."""
        assert place_key("1100 block of Oak Street") != place_key("100 block of Oak Street")


class TestTitleCaseHeadlines:
    """A title-case headline capitalises common words: they make no places."""

    def test_a_common_word_after_in_is_no_place(self) -> None:
        doc = D(
            "d",
            "A 16-year-old boy was shot in the town of Orvenna on Saturday night, deputies said.",
            title="Boy Shot in the Chest Dies; Older Brother in Custody",
            published="2026-04-12",
        )
        claims = extract(doc)
        profiles, _ = profile_documents([doc], claims)

        assert {c.mention.location for c in claims} == {"Orvenna"}
        assert profiles[0].places == ("orvena",)

    def test_a_place_the_gazetteer_knows_stays_a_place(self) -> None:
        """'Mobile' is a common word and a city: a title-case headline still names it."""
        doc = D(
            "d",
            "Two men were wounded in a shooting on Friday, police said.",
            title="Two Wounded in Shooting in Mobile Friday Night",
            published="2026-04-11",
        )

        assert {c.mention.place for c in extract(doc)} == {"mobile"}

    def test_a_headline_in_sentence_case_is_read_as_before(self) -> None:
        doc = D(
            "d",
            "Two men were wounded on Friday, police said.",
            title="Two wounded in Kestrany shooting",
            published="2026-04-11",
        )

        assert {c.mention.place for c in extract(doc)} == {"kestrany"}


def test_a_weekday_after_a_place_is_no_part_of_it() -> None:
    """'In the town of Orvenna Friday night' names Orvenna (no comma ends the name)."""
    doc = D(
        "d",
        "A man was shot dead in the town of Orvenna Friday night, police said.",
        title="Man shot dead",
        published="2026-04-12",
    )

    assert {c.mention.location for c in extract(doc)} == {"Orvenna"}
