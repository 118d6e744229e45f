"""Linking beyond shootings: disasters and bombings told over days, with rising tolls.

Every sentence here is invented for these tests (places included): follow-up reports
of an earthquake, a flood or a bombing name the event by its place ("the Dalbur
blast"), date it relative to publication ("last week", "three days after the
quake") and give a higher toll than the first reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimrec as cr
from claimrec.extract import extract
from claimrec.link.dates import read_event_date
from claimrec.link.profile import _places, profile_documents
from claimrec.matchers import CountMatcher, DateMatcher, EventProfile

MONDAY = dt.date(2025, 3, 10)


def doc(id_: str, title: str, text: str, published: str) -> cr.Document:
    return cr.Document(id_, text, title=title, published=published)


class TestRelativeDates:
    def test_an_event_last_week_is_dated_to_that_week(self) -> None:
        """'killed in the earthquake last week' dates the event to the previous week."""
        text = ["At least 90 people died in the earthquake last week, the ministry said on Monday."]

        reading = read_event_date(text, MONDAY)

        assert reading.precision == "week"
        assert reading.date == dt.date(2025, 3, 6)

    def test_a_statement_last_week_does_not_date_the_event(self) -> None:
        """'The ministry said last week' dates what was said, not the event."""
        reading = read_event_date(["The ministry said last week that 40 had died."], MONDAY)

        assert reading.precision is None

    def test_days_after_the_event_count_back_from_publication(self) -> None:
        """'Three days after the earthquake' puts the event three days before the report."""
        text = ["Three days after the earthquake, rescuers are still digging in the rubble."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (dt.date(2025, 3, 7), "week")


class TestPlacesOfOtherGenres:
    @pytest.mark.parametrize(
        ("sentence", "place"),
        [
            ("Floods swept through the port city of Quarrow on Friday.", "Quarrow"),
            ("A drone hit an outpost in northeastern Veltria overnight.", "Veltria"),
            ("Families buried the victims of the Ostrel blast.", "Ostrel"),
            ("Aid reached the outskirts of Brenmouth by boat.", "Brenmouth"),
            ("Relief convoys moved across central Darrowland.", "Darrowland"),
            ("A powerful earthquake struck Tarvos before dawn.", "Tarvos"),
            ("Warplanes pounded Ostrel for a third night.", "Ostrel"),
        ],
    )
    def test_a_place_is_read_from_how_disaster_news_names_it(
        self, sentence: str, place: str
    ) -> None:
        """'the city of X', 'in northeastern X', 'the X blast' and 'the outskirts of X' name X."""
        labels = [label for _, label in _places("", sentence)[0]]

        assert place in labels

    @pytest.mark.parametrize(
        "sentence",
        [
            "Heavy flooding cut roads in the north.",
            "The shells struck Israeli positions near the border.",
            "Artillery pounded Russian lines overnight.",
            # a country's initials and the platform a statement was posted on
            "A drone struck on U.S. outpost overnight.",
            "The militia claimed the strike on Telegram.",
        ],
    )
    def test_an_adjective_is_no_place(self, sentence: str) -> None:
        """'Heavy flooding', 'struck Israeli positions', 'on U.S. outpost', 'on Telegram' are no places."""
        assert _places("", sentence)[0] == []

    @pytest.mark.parametrize(
        ("title", "place"),
        [
            ("Kestra quake toll rises to 58", "Kestra"),
            ("Port Avel bombing: what we know", "Port Avel"),
            ("Marrow Flood Kills Nine", "Marrow"),
        ],
    )
    def test_a_headline_names_its_event_after_a_place(self, title: str, place: str) -> None:
        """A headline that opens 'X quake', 'X bombing' names X."""
        labels = [label for _, label in _places(title, "Rescue teams worked through the night.")[0]]

        assert place in labels

    @pytest.mark.parametrize(
        "lead",
        [
            "The toll rose to 58, the agency said on Friday. Hundreds of aftershocks followed.",
            "Officials spoke on Sunday. Thousands of people slept outside.",
            "Dozens of homes collapsed in the night.",
        ],
    )
    def test_a_sentence_after_a_weekday_or_a_crowd_is_no_place(self, lead: str) -> None:
        """'on Friday. Hundreds of ...' and 'Dozens of homes' name no place."""
        assert _places("", lead)[0] == []


class TestKindsOfOtherGenres:
    @pytest.mark.parametrize(
        ("sentence", "kind"),
        [
            (
                "A strong earthquake killed 30 people in the hills of Tarvos on Monday.",
                "earthquake",
            ),
            ("Floods killed nine people in the river town of Elm Ford on Friday.", "flood"),
            ("A landslide killed 12 people in the village of Corrin on Sunday.", "landslide"),
            ("A cyclone killed 14 people along the coast of Pellar on Tuesday.", "storm"),
            ("Warplanes struck the town of Ostrel on Sunday, killing five people.", "air strike"),
            ("Artillery shelling of a market in Ostrel killed seven people on Sunday.", "shelling"),
            ("A crowded ferry capsized on Lake Pellar on Sunday, killing 19 people.", "capsizing"),
        ],
    )
    def test_a_disaster_report_names_its_kind(self, sentence: str, kind: str) -> None:
        """The extractor gives disaster reports an event kind, so matching can compare kinds."""
        claims = extract(cr.Document("d", sentence, published="2025-03-10"))

        assert claims
        assert {c.mention.kind for c in claims} == {kind}


class TestRisingTolls:
    def test_a_higher_toll_days_later_is_no_evidence_against(self) -> None:
        """Nine dead on Wednesday, and 14 in Friday's report of Wednesday's flood: left out (None)."""
        early = EventProfile(
            key="a", document="a", counts=(("killed", 9, 9),), published=dt.date(2025, 3, 5)
        )
        late = EventProfile(
            key="b",
            document="b",
            counts=(("killed", 14, 14),),
            published=dt.date(2025, 3, 7),
            date=dt.date(2025, 3, 5),
            precision="day",
        )
        fresh = EventProfile(
            key="c", document="c", counts=(("killed", 14, 14),), published=dt.date(2025, 3, 7)
        )

        assert CountMatcher()(early, late) is None
        assert CountMatcher()(early, fresh) == 0.3

    def test_a_lower_toll_later_or_months_apart_still_disagrees(self) -> None:
        """A toll that fell, or one from months later, is still weak evidence against (0.3)."""
        early = EventProfile(
            key="a", document="a", counts=(("killed", 14, 14),), published=dt.date(2025, 3, 5)
        )
        late = EventProfile(
            key="b", document="b", counts=(("killed", 9, 9),), published=dt.date(2025, 3, 7)
        )
        much_later = EventProfile(
            key="c", document="c", counts=(("killed", 20, 20),), published=dt.date(2025, 6, 7)
        )

        assert CountMatcher()(early, late) == 0.3
        assert CountMatcher()(early, much_later) == 0.3


class TestStoriesOverDays:
    def test_a_flood_told_over_three_days_is_one_event(self) -> None:
        """Three reports of one flood, the toll rising from 9 to 15, form one event."""
        docs = [
            doc(
                "f1",
                "Floods kill nine in Quarrow",
                "Flash floods swept through the coastal city of Quarrow on Wednesday, killing nine "
                "people, police said. Four people were missing.",
                "2025-03-05",
            ),
            doc(
                "f2",
                "Quarrow flood toll rises to 14",
                "Floods in Quarrow have killed 14 people since Wednesday, the regional governor "
                "said on Friday, as heavy rain kept falling on the coast.",
                "2025-03-07",
            ),
            doc(
                "f3",
                "Thousands homeless after floods",
                "Heavy flooding in the port city of Quarrow has left at least 15 people dead and "
                "thousands homeless, the Red Crescent said.",
                "2025-03-08",
            ),
        ]

        report = cr.reconcile(docs)

        assert [e.documents for e in report.events] == [("f1", "f2", "f3")]

    def test_a_bombing_and_another_blast_days_later_stay_apart(self) -> None:
        """A market bombing and its follow-up are one event; a blast in the city later is another."""
        docs = [
            doc(
                "m1",
                "Car bomb kills 31 in Ostrel market",
                "A car bomb exploded in a crowded market in the city of Ostrel on Saturday, "
                "killing 31 people and wounding 70, police and hospital officials said.",
                "2025-04-12",
            ),
            doc(
                "m2",
                "Ostrel bombing toll rises",
                "The toll from Saturday's market bombing in Ostrel rose to 38 on Sunday, a health "
                "official said. No group has claimed responsibility.",
                "2025-04-13",
            ),
            doc(
                "m4",
                "Bus station blast kills two",
                "A bomb exploded near a bus station in Ostrel on Thursday, killing two people, "
                "police said.",
                "2025-04-17",
            ),
        ]

        events = {e.documents for e in cr.reconcile(docs).events}

        assert events == {("m1", "m2"), ("m4",)}


class TestPlacesAtTwoLevels:
    def test_a_report_placed_in_a_country_meets_one_placed_in_its_city(self) -> None:
        """'A strike in Libya' and 'a strike in Derna' on one day are candidates and one event."""
        docs = [
            doc(
                "a",
                "Strike kills 12 in Derna",
                "A missile strike in Derna killed 12 people on Monday, officials said.",
                "2024-05-06",
            ),
            doc(
                "b",
                "Missile attack in Libya",
                "Twelve people were killed in a missile strike in Libya on Monday, the governor said.",
                "2024-05-06",
            ),
        ]

        assert [e.documents for e in cr.reconcile(docs).events] == [("a", "b")]

    def test_two_cities_of_one_country_stay_apart(self) -> None:
        """Reports from two cities of one country on one day are not drawn together by the country."""
        docs = [
            doc(
                "a",
                "Strike in Aleppo",
                "A missile strike in Aleppo killed 12 people on Monday.",
                "2024-05-06",
            ),
            doc(
                "b",
                "Strike in Homs",
                "A missile strike in Homs killed 12 people on Monday.",
                "2024-05-06",
            ),
        ]

        assert len(cr.reconcile(docs).events) == 2

    @pytest.mark.parametrize(
        ("sentence", "label"),
        [
            ("A missile strike in Deir ez-Zor killed 12 people.", "Deir ez-Zor"),
            ("Floods in Rio de Janeiro killed three people.", "Rio de Janeiro"),
            ("A blast in Deir el-Balah wounded four.", "Deir el-Balah"),
        ],
    )
    def test_a_name_with_a_lower_case_particle_is_read_whole(
        self, sentence: str, label: str
    ) -> None:
        """Articles and particles inside a name ('ez-Zor', 'de') keep the name whole."""
        labels = [found for _, found in _places("", sentence)[0]]

        assert label in labels


class TestWiderPlacesFromOtherReports:
    """A town first placed "in southern X", then named alone, then only X from afar."""

    def test_a_quake_hitting_western_country_is_placed_there(self) -> None:
        """'a strong earthquake hit western Y' names Y, as 'struck' does."""
        labels = [label for _, label in _places("", "A strong earthquake hit western Dravia.")[0]]

        assert labels == ["Dravia"]

    def test_a_base_attack_told_by_three_outlets_is_one_event(self) -> None:
        """The claim names only the town, the wire only the region: the first report links them."""
        docs = [
            doc(
                "k1",
                "Suicide bombing kills 11 soldiers at army base",
                "A suicide bomber drove a truck into an army base near the town of Qarvan in "
                "eastern Mardesh on Monday, killing 11 soldiers, military officials said.",
                "2025-06-02",
            ),
            doc(
                "k2",
                "Rebel group claims base bombing",
                "The Red Hill Brigade said on Tuesday it carried out Monday's attack on the army "
                "base at Qarvan, which the military said killed 11 soldiers.",
                "2025-06-03",
            ),
            doc(
                "k3",
                "Base attack toll rises to 13",
                "PORT SELLA (Reuters) - A suicide bombing at a military base in eastern Mardesh "
                "this week killed 13 soldiers, two security officials said on Wednesday.",
                "2025-06-04",
            ),
            doc(
                "k4",
                "Market blast kills five",
                "A bomb exploded in a busy market in the city of Tollen in Mardesh on Thursday, "
                "killing five people and wounding 18, police said.",
                "2025-06-05",
            ),
        ]

        report = cr.reconcile(docs)

        assert sorted(e.documents for e in report.events) == [("k1", "k2", "k3"), ("k4",)]
        base = next(e for e in report.events if "k1" in e.documents)
        assert base.location == "Qarvan"

    def test_a_town_placed_in_two_regions_gains_neither(self) -> None:
        """Two reports that put one town name in two regions teach nothing about it."""
        docs = [
            doc(
                "t1",
                "Fire",
                "A fire swept through Elmsby in northern Cardova on Monday.",
                "2025-06-02",
            ),
            doc(
                "t2",
                "Fire",
                "A fire swept through Elmsby in southern Pellis on Monday.",
                "2025-06-02",
            ),
            doc("t3", "Fire", "Firefighters fought a blaze at Elmsby on Monday.", "2025-06-02"),
        ]

        profiles, _ = cr.match.profile_documents(docs)

        assert [p.implied for p in profiles] == [frozenset()] * 3


class TestFollowUpBound:
    def test_a_day_after_a_follow_ups_bound_scores_as_a_night_apart(self) -> None:
        """An event the day after a follow-up was filed fits it no better than one the same day."""
        follow_up = EventProfile(
            key="f", document="f", date=dt.date(2025, 6, 4), precision="before"
        )
        same_day = EventProfile(key="s", document="s", date=dt.date(2025, 6, 4), precision="day")
        next_day = EventProfile(key="n", document="n", date=dt.date(2025, 6, 5), precision="day")
        two_days = EventProfile(key="t", document="t", date=dt.date(2025, 6, 6), precision="day")

        matcher = DateMatcher()

        assert matcher(follow_up, next_day) == 0.4 < matcher(follow_up, same_day) == 0.8
        assert matcher(next_day, follow_up) == 0.4
        assert matcher(follow_up, two_days) == 0.0


class TestAHandfulOfReports:
    """A fact-checker's few reports: shared rare words weigh as they would in a real corpus."""

    def test_a_disputed_hospital_toll_and_a_later_strike_in_the_city(self) -> None:
        """Three reports dispute one strike's toll (22, 8, 17); a market strike two days on is another."""
        docs = [
            doc(
                "h1",
                "Strike on hospital kills 22",
                "An air strike hit the Al-Karim hospital in the city of Bexar on Friday, killing "
                "22 people, the health ministry said.",
                "2025-08-08",
            ),
            doc(
                "h2",
                "Army disputes hospital toll",
                "The army said on Saturday that its strike on the Bexar hospital compound killed "
                "eight militants and no civilians, disputing the health ministry's toll of 22.",
                "2025-08-09",
            ),
            doc(
                "h3",
                "Monitors put hospital toll at 17",
                "Independent monitors said on Sunday that 17 civilians were killed in Friday's "
                "strike on the hospital in Bexar.",
                "2025-08-10",
            ),
            doc(
                "h4",
                "Market strike kills nine",
                "Warplanes struck a market in Bexar on Sunday, killing nine people, residents and "
                "medics said.",
                "2025-08-10",
            ),
            doc(
                "h5",
                "Nine killed in Bexar market strike",
                "Nine people were killed on Sunday when an air strike hit a vegetable market in "
                "the city of Bexar, a local official said.",
                "2025-08-11",
            ),
        ]

        report = cr.reconcile(docs)

        assert sorted(e.documents for e in report.events) == [("h1", "h2", "h3"), ("h4", "h5")]

    def test_words_most_of_a_handful_share_stay_out(self) -> None:
        """In four reports, a word all of them use is no context; one two of them share is."""
        docs = [
            doc("a", "Flood", "Floods hit Arrow town; the Kessel dam gave way.", "2025-03-05"),
            doc("b", "Flood", "Floods hit Arrow town after the Kessel dam broke.", "2025-03-05"),
            doc("c", "Flood", "Floods hit Brill town on Monday.", "2025-03-05"),
            doc("d", "Flood", "Floods hit Corran town on Monday.", "2025-03-05"),
        ]

        profiles, _ = cr.match.profile_documents(docs)

        terms = profiles[0].terms
        assert "floods" not in terms
        assert terms["kessel"] > 1.0


class TestDisputedTollsNamingOnlyTheSite:
    HOSPITAL = (
        doc(
            "h1",
            "Blast at Verrin hospital kills hundreds",
            "An explosion at the Santa Ilda hospital in Verrin killed 320 people on Tuesday "
            "night, the city's health department said.",
            "2025-06-11",
        ),
        doc(
            "h2",
            "Verrin hospital toll disputed",
            "Foreign analysts said on Thursday that far fewer than the 320 deaths reported by the "
            "Verrin health department had occurred in the hospital blast.",
            "2025-06-12",
        ),
        doc(
            "h3",
            "Assessment puts hospital blast toll at under 60",
            "An allied intelligence assessment said the explosion at the hospital on Tuesday "
            "killed no more than 60 people.",
            "2025-06-14",
        ),
    )

    def test_an_estimate_naming_only_the_hospital_joins_the_blast(self) -> None:
        """A placeless estimate of 'the hospital' blast, same day and kind, is the same event."""
        report = cr.reconcile(list(self.HOSPITAL))

        assert sorted(map(sorted, (e.documents for e in report.events if e.documents))) == [
            ["h1", "h2", "h3"]
        ]

    def test_a_placeless_report_of_another_facility_stays_apart(self) -> None:
        """'A blast at a market' the same day names another site: it does not join the hospital."""
        market = doc(
            "m1",
            "Market blast kills four",
            "A bomb exploded at a crowded market on Tuesday, killing four people, police said.",
            "2025-06-11",
        )
        report = cr.reconcile([*self.HOSPITAL, market])

        groups = sorted(map(sorted, (e.documents for e in report.events if e.documents)))
        assert ["m1"] in groups


class TestABaseAttackToldTwice:
    def test_a_follow_up_naming_the_outpost_and_the_country_joins(self) -> None:
        """A base attack placed only by its country joins its follow-up: 'U.S.' and 'Telegram' place nothing."""
        first = doc(
            "o1",
            "Drone strike on U.S. outpost in Oman wounds 14 troops",
            "MUSCAT (Wire) — A drone hit a small U.S. supply outpost in western Oman overnight, "
            "wounding 14 American troops, the military said on Tuesday. Two were flown to a "
            "hospital in Germany.",
            "2025-05-06",
        )
        second = doc(
            "o2",
            "Pentagon raises count of service members hurt in Oman",
            "The count of service members hurt in last week's drone attack on the Camp Sable "
            "outpost in Oman has risen to 31, the Pentagon said on Monday, as more were diagnosed "
            "with concussions. A militia alliance claimed the strike on Telegram hours after it "
            "happened.",
            "2025-05-12",
        )

        report = cr.reconcile([first, second])

        assert [sorted(e.documents) for e in report.events if e.documents] == [["o1", "o2"]]
        claimed = [c for c in report.claims if isinstance(c, cr.ResponsibilityClaim)]
        assert [report.claim_event.get(c.id) for c in claimed] == [report.events[0].id]


class TestAPartIsNoToll:
    def test_a_part_listed_beside_its_whole_is_not_compared(self) -> None:
        """'41 killed, among them 12 children': matching compares the 41, not the 12."""
        report = doc(
            "p1",
            "Toll of school strike rises",
            "Rescuers said on Sunday that 41 people were killed, among them 12 children.",
            "2025-08-04",
        )
        profiles, _ = profile_documents([report], extract(report))

        assert [c[:2] for c in profiles[0].counts] == [("killed", 41)]
