"""Tests for claimrec.match: profiles, blocking, constrained clustering, stable ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import claimrec
from claimrec._dates import parse_date
from claimrec._ids import event_id
from claimrec.match import (
    EventMatching,
    Match,
    _copy_pairs,
    candidate_pairs,
    match_events,
    profile_documents,
)
from claimrec.matchers import EventProfile
from claimrec.model import Document, EventMention
from claimrec.testing import count_claim

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def load_seed(path: Path) -> Document:
    """First non-empty line is the title; a leading date header gives the publication date."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    published = None
    first = lines[0]
    if first.startswith("date "):
        published, first = parse_date(first[5:15]), first[16:].strip()
        lines = [first, *lines[1:]]
    elif len(first) < 60 and parse_date(first) is not None:
        published, lines = parse_date(first), lines[1:]
    return Document(
        path.stem.split("_")[0], "\n".join(lines[1:]), title=lines[0], published=published
    )


def doc(id_: str, title: str, text: str, published: str | None = None) -> Document:
    return Document(id_, text, title=title, published=published)


class TestProfileDocuments:
    def test_weekday_in_the_lead_resolves_against_publication(self) -> None:
        """'Monday night' in a report of Wednesday 22 November 2023 is 20 November."""
        d = doc(
            "d",
            "Troops hurt in attack on base",
            "The attack on Monday night injured eight.",
            "2023-11-22",
        )

        (p,), _ = profile_documents([d])

        assert (p.date, p.precision) == (dt.date(2023, 11, 20), "day")

    def test_undated_weekday_stays_a_weekday(self) -> None:
        """With no date anywhere, 'on Saturday' is kept as a weekday only."""
        d = doc("d", "Base attacked", "Rockets struck the base on Saturday, officials said.")

        (p,), _ = profile_documents([d])

        assert (p.precision, p.weekday) == ("weekday", 5)

    def test_follow_up_sentences_do_not_date_the_event(self) -> None:
        """'Arrested Friday' in a later report does not date a shooting written 'on March 3'."""
        d = doc(
            "d",
            "Suspect arrested in Carver shooting",
            "Police arrested a man Friday. The shooting on March 3 left two people wounded.",
            "2016-03-18",
        )

        (p,), _ = profile_documents([d])

        assert p.date == dt.date(2016, 3, 3)

    def test_a_distant_dateline_is_not_the_event_place(self) -> None:
        """A report filed in the capital about a town in another country drops the dateline."""
        d = doc(
            "d",
            "Rockets hit base near Erbil",
            "WASHINGTON — Rockets struck a base near Erbil in Iraq on Monday, officials said.",
            "2024-07-23",
        )

        (p,), _ = profile_documents([d])

        assert "washington" not in p.places
        assert "erbil" in p.places

    def test_possessive_weekdays_are_not_places(self) -> None:
        """'Sunday's flood' and 'the country's' do not become places."""
        d = doc(
            "d",
            "Rescuers search after Sunday's flood in Hatay",
            "Rescuers in Hatay searched on Monday for people missing since Sunday's flood.",
            "2025-05-19",
        )

        (p,), _ = profile_documents([d])

        assert "sunday" not in p.places
        assert "sundays" not in p.places

    def test_dateline_and_preposition_places_are_found(self) -> None:
        """A dateline and 'in <Place>' both give places, the dateline first."""
        d = doc(
            "d",
            "Man shot",
            "MILLHAVEN — A man was shot Sunday in Northgate, police said.",
            "2014-02-10",
        )

        (p,), _ = profile_documents([d])

        assert p.places[:2] == ("milhaven", "northgate")

    def test_headline_counts_are_read(self) -> None:
        """'2 killed, 3 others wounded' gives a killed and an injured count."""
        d = doc("d", "2 killed, 3 others wounded in Brookvale shooting", "Text.", "2014-06-07")

        (p,), _ = profile_documents([d])

        assert ("killed", 2, 2) in p.counts
        assert ("injured", 3, 3) in p.counts

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("At least six people were killed", ("killed", 6, -1)),
            ("more than 20 were wounded", ("injured", 21, -1)),
            ("Over 100 people were hurt", ("injured", 101, -1)),
            ("Four people were killed", ("killed", 4, 4)),
        ],
    )
    def test_lower_bounds_are_open_ended(self, phrase: str, expected: tuple[str, int, int]) -> None:
        """'At least N' reads N or more; 'more than N' and 'over N' read N + 1 or more."""
        d = doc("d", "Attack", f"{phrase} in the attack on Tuesday.", "2021-05-04")

        (p,), _ = profile_documents([d])

        assert expected in p.counts

    @pytest.mark.parametrize(
        ("sentence", "label"),
        [
            ("Rockets struck Ain al-Asad air base on Monday.", "Ain al-Asad air base"),
            ("Gunmen stormed Al-Shifa hospital on Monday.", "Al-Shifa hospital"),
            ("Fighting spread across Anbar province on Monday.", "Anbar province"),
        ],
    )
    def test_named_sites_without_a_preposition_are_places(self, sentence: str, label: str) -> None:
        """A capitalized name before 'air base', 'hospital' or 'province' is a place, noun included."""
        d = doc("d", "Attack", sentence, "2024-08-06")

        (p,), _ = profile_documents([d])

        assert label in p.labels

    def test_in_two_reports_only_words_rare_in_english_are_context(self) -> None:
        """In two reports every shared word is in both: English at large tells which are rare."""
        a = doc(
            "a", "Market bombing", "A suicide bomber struck the market on Tuesday.", "2021-05-04"
        )
        b = doc(
            "b", "Bomber hits market", "The suicide bomber hit a market on Tuesday.", "2021-05-04"
        )

        profiles, _ = profile_documents([a, b])

        # "market" is common English; "bomber" and "Tuesday" are for the kind and date matchers
        assert [sorted(p.terms) for p in profiles] == [["suicide"], ["suicide"]]

    def test_rare_shared_words_are_context_in_a_larger_corpus(self) -> None:
        """Among ten reports, a word two of them share is a weighted context word."""
        docs = [
            doc(f"d{i}", f"Report {i}", f"Something happened in Town{i} on Tuesday.", "2021-05-04")
            for i in range(8)
        ]
        docs += [
            doc("x", "Bomber hits market", "A suicide bomber hit a market.", "2021-05-04"),
            doc("y", "Market bombing", "The suicide bomber struck the market.", "2021-05-04"),
        ]

        profiles, _ = profile_documents(docs)

        by_key = {p.key: p for p in profiles}
        assert by_key["x"].terms["suicide"] > 1.0

    def test_page_furniture_before_the_lead_is_skipped(self) -> None:
        """Repeated teaser paragraphs do not become the lead; the paragraph fitting the headline does."""
        teaser = "Fuel costs across the county shot up overnight before the holiday weekend."
        text = f"{teaser}\n\n{teaser}\n\nHillcrest police answered a call about gunfire at a bar early Sunday."
        d = doc("d", "Shooting at Hillcrest bar sends victims to hospital", text, "2014-01-12")

        (p,), _ = profile_documents([d])

        assert "hilcrest" in p.places
        assert "fuel" not in p.terms


class TestCandidatePairs:
    def test_blocking_never_produces_all_pairs(self) -> None:
        """400 reports about 200 places over two years yield far fewer pairs than all pairs."""
        start = dt.date(2022, 1, 1)
        profiles = [
            EventProfile(
                key=f"d{i:03d}",
                document=f"d{i:03d}",
                places=(f"place{i % 200}",),
                date=start + dt.timedelta(days=(i * 37) % 730),
                precision="published",
                terms={f"name{i % 150}": 5.0},
            )
            for i in range(400)
        ]

        pairs = candidate_pairs(profiles)

        assert len(pairs) < 400 * 399 // 2 // 20

    def test_same_place_same_week_is_a_candidate(self) -> None:
        """Two reports about one place a few days apart meet in a block."""
        a = EventProfile(
            key="a", document="a", places=("elgin",), date=dt.date(2014, 1, 12), precision="day"
        )
        b = EventProfile(
            key="b",
            document="b",
            places=("elgin",),
            date=dt.date(2014, 1, 14),
            precision="published",
        )

        assert candidate_pairs([a, b]) == {(0, 1)}

    def test_frequent_places_do_not_block_when_a_telling_one_exists(self) -> None:
        """Two towns sharing a frequent street name do not meet through the street."""
        a = EventProfile(
            key="a",
            document="a",
            places=("elgin", "main stret"),
            specificity=(1.0, 0.3),
            date=dt.date(2014, 1, 12),
            precision="day",
        )
        b = EventProfile(
            key="b",
            document="b",
            places=("aurora", "main stret"),
            specificity=(1.0, 0.3),
            date=dt.date(2014, 1, 12),
            precision="day",
        )

        assert candidate_pairs([a, b]) == set()

    def test_profiles_corpus_place_frequency(self) -> None:
        """A place most of a large corpus names gets a low specificity; a rare one 1.0."""
        docs = [
            doc(
                f"d{i:03d}",
                f"Man shot in Town{i}",
                f"TOWN{i} — A man was shot Sunday on Main Street in Town{i}, police said.",
                "2015-05-04",
            )
            for i in range(200)
        ]

        profiles, _ = profile_documents(docs)

        weights = dict(zip(profiles[0].places, profiles[0].specificity, strict=True))
        assert weights[profiles[0].places[0]] == 1.0
        assert weights["main st"] < 0.5

    def test_a_rare_spelling_of_a_frequent_place_is_as_frequent(self) -> None:
        """Specificity counts every spelling of a place: one report dropping a letter is no rarer place."""
        names = ["Tarvanabad"] * 60 + ["Tarvnabad"]
        names += [f"Lindor{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(60)]
        claims = [
            count_claim(
                id=f"c{i}", document=f"d{i}", mention=EventMention(location=n, kind="bombing")
            )
            for i, n in enumerate(names)
        ]
        docs = [Document(f"d{i}", "") for i in range(len(names))]

        profiles, _ = profile_documents(docs, claims)

        weight = {p.places[0]: p.place_weight(0) for p in profiles}
        assert weight["tarvnabad"] == weight["tarvanabad"] < 1.0 == weight["lindorab"]


class TestMatchEvents:
    def test_seed_articles_form_three_attacks(self) -> None:
        """The five seeds describe three attacks: Monday 20 Nov 2023; Saturday 20 Jan 2024 (003, 004); a Monday rocket attack (000, 002)."""
        docs = [load_seed(p) for p in sorted(SEEDS.glob("*.txt"))]

        m = match_events(docs)

        ev = m.document_event
        assert ev["003"] == ev["004"]
        assert ev["000"] == ev["002"]
        assert len({ev["000"], ev["001"], ev["003"]}) == 3

    def test_event_location_is_the_most_specific_place(self) -> None:
        """A base named with its country and province locates the event at the base."""
        a = doc(
            "a",
            "Rockets hit US base in Iraq",
            "Rockets struck Ain al-Asad air base in Anbar province, Iraq, on Monday, officials "
            "said. Iraq's government condemned the attack.",
            "2024-08-06",
        )
        b = doc(
            "b",
            "US troops hurt in Iraq rocket attack",
            "Several US troops were hurt on Monday when rockets hit the Ain al-Asad air base in "
            "western Iraq.",
            "2024-08-06",
        )

        m = match_events([a, b])

        (ev,) = m.events
        assert ev.place == "ain asad"
        assert ev.location is not None
        assert ev.location.startswith("Ain al-Asad")

    def test_claims_vote_for_the_event_location(self) -> None:
        """The place a document's claims name outvotes a country named only in the headline."""
        d = doc("d", "Attack in Syria", "An attack killed three people on Monday.", "2024-08-06")
        claims = [
            count_claim(
                id=f"c{i}",
                document="d",
                quantity=3,
                mention=EventMention(location="Deir ez-Zor airport"),
            )
            for i in range(2)
        ]

        m = match_events([d], claims)

        assert m.events[0].location == "Deir ez-Zor airport"

    def test_a_country_alone_is_still_a_location(self) -> None:
        """With no more specific place, the event is located in the country."""
        d = doc("d", "Blast in Iraq", "A blast in Iraq killed two people on Monday.", "2024-08-06")

        m = match_events([d])

        assert m.events[0].location == "Iraq"

    def test_every_document_gets_a_main_event(self) -> None:
        """Even an empty report has a main event of its own."""
        docs = [doc("a", "Nothing", ""), doc("b", "Still nothing", "No text at all here.")]

        m = match_events(docs)

        assert set(m.document_event) == {"a", "b"}
        assert m.document_event["a"] != m.document_event["b"]

    def test_same_place_on_different_days_are_two_events(self) -> None:
        """Two rocket attacks on one base, a week apart, with every other field alike, stay apart."""
        text = "Rockets hit Ain al-Asad air base on {d}, wounding five US troops, officials said."
        a = doc(
            "a",
            "Rocket attack on Ain al-Asad base",
            text.format(d="January 13, 2024"),
            "2024-01-13",
        )
        b = doc(
            "b",
            "Rocket attack on Ain al-Asad base",
            text.format(d="January 20, 2024"),
            "2024-01-20",
        )

        m = match_events([a, b])

        assert m.document_event["a"] != m.document_event["b"]

    def test_reports_of_one_shooting_merge(self) -> None:
        """Two outlets' reports of one shooting, same street and victims, are one event."""
        a = doc(
            "a",
            "Five wounded in Fairhaven shooting",
            "FAIRHAVEN — Gunfire wounded five people early Sunday in the 400 block of Linden "
            "Street, near the Moonlight Lounge, police said.",
            "2014-01-12",
        )
        b = doc(
            "b",
            "5 hurt in shooting near Moonlight Lounge in Fairhaven",
            "Police said five people were wounded Sunday on Linden Street outside the Moonlight "
            "Lounge in Fairhaven.",
            "2014-01-13",
        )

        m = match_events([a, b])

        assert m.document_event["a"] == m.document_event["b"]
        assert len(m.matches) == 1
        assert "place" in m.matches[0].explain()

    def test_conflicting_counts_do_not_split_one_attack(self) -> None:
        """'Four killed' and 'at least six killed' at one place, day and kind are one event, in conflict."""
        a = doc(
            "a",
            "Four killed in Kandahar market bombing",
            "KANDAHAR — Four people were killed on Tuesday when a suicide bomber attacked a "
            "market in Kandahar, police said.",
            "2021-05-04",
        )
        b = doc(
            "b",
            "At least six killed as bomber strikes Kandahar market",
            "At least six people were killed on Tuesday in a suicide bombing at a crowded market "
            "in Kandahar, a hospital official said.",
            "2021-05-04",
        )

        m = match_events([a, b])

        assert m.document_event["a"] == m.document_event["b"]
        assert claimrec.reconcile([a, b]).conflicts()

    def test_clustering_does_not_chain_across_incompatible_dates(self) -> None:
        """A~B and B~C do not merge A and C when A and C name different days."""
        body = "A gunman opened fire at the Riverside Market on Elm Street in Millbrook {d}, police said."
        a = doc(
            "a",
            "Shooting at Riverside Market in Millbrook",
            body.format(d="on March 3"),
            "2016-03-03",
        )
        b = doc(
            "b", "Shooting at Riverside Market in Millbrook", body.format(d="again"), "2016-03-12"
        )
        c = doc(
            "c",
            "Shooting at Riverside Market in Millbrook",
            body.format(d="on March 10"),
            "2016-03-10",
        )

        m = match_events([a, b, c])

        ev = m.document_event
        assert ev["a"] != ev["c"]

    def test_ambiguous_undated_report_stays_alone(self) -> None:
        """An undated report that fits two dated events equally joins neither."""
        body = "Rockets struck Ain al-Asad air base on Monday, wounding US troops, officials said."
        a = doc("a", "Rocket attack on Ain al-Asad base", body, "2024-01-15")
        b = doc("b", "Rocket attack on Ain al-Asad base", body, "2024-02-05")
        u = doc("u", "Rocket attack on Ain al-Asad base", body)

        m = match_events([a, b, u])

        ev = m.document_event
        assert ev["a"] != ev["b"]
        assert ev["u"] not in {ev["a"], ev["b"]}

    def test_other_focus_claims_never_attach_to_the_main_event(self) -> None:
        """A claim about a recalled attack goes to another event; a cumulative tally to None."""
        d = doc(
            "d", "Rockets hit Ain al-Asad base", "Rockets hit Ain al-Asad on Monday.", "2024-08-06"
        )
        main = count_claim(id="c1", document="d", quantity=7)
        other = count_claim(
            id="c2",
            document="d",
            quantity=3,
            measure="killed",
            mention=EventMention(location="Tower 22, Jordan", date="2024-01-28", focus="other"),
        )
        tally = count_claim(id="c3", document="d", quantity=62, scope="cumulative")

        m = match_events([d], [main, other, tally])

        assert m.claim_event["c1"] == m.document_event["d"]
        assert m.claim_event["c2"] not in {None, m.document_event["d"]}
        assert m.claim_event["c3"] is None

    def test_same_input_gives_the_same_ids(self) -> None:
        """Matching twice yields identical event ids."""
        docs = [load_seed(p) for p in sorted(SEEDS.glob("*.txt"))]

        assert match_events(docs).document_event == match_events(docs).document_event

    def test_adding_documents_keeps_existing_ids(self) -> None:
        """Adding unrelated reports does not renumber the events already found."""
        docs = [load_seed(p) for p in sorted(SEEDS.glob("*.txt"))]
        extra = [
            doc(f"z{i}", f"Shooting in Town{i}", f"A man was shot Sunday in Town{i}.", "2015-05-03")
            for i in range(5)
        ]

        before = match_events(docs).document_event
        after = match_events(docs + extra).document_event

        assert {k: after[k] for k in before} == before


class TestMatch:
    def test_explain_lists_features_then_score(self) -> None:
        """Unknown features read 'unknown'; the combined score comes last."""
        m = Match("a", "b", 0.8, {"place": 1.0, "actors": None})

        assert m.explain() == "place 1.00, actors unknown -> 0.80"


class TestEventMatching:
    def test_event_lookup_names_the_missing_id(self) -> None:
        """Asking for an unknown event raises KeyError naming it."""
        m = EventMatching(events=(), document_event={}, claim_event={}, matches=())

        with pytest.raises(KeyError, match="ev-nope"):
            m.event("ev-nope")


class TestEventId:
    def test_id_depends_on_the_smallest_member_only(self) -> None:
        """Adding a member that sorts later keeps the id."""
        assert event_id(["b", "c"]) == event_id(["c", "b", "d"])
        assert event_id(["b"]) != event_id(["a", "b"])

    def test_no_members_is_an_error(self) -> None:
        """An event without members has no id."""
        with pytest.raises(ValueError, match="at least one"):
            event_id([])


class TestLinkingRealCoverage:
    def test_follow_up_weeks_later_joins_by_the_named_date(self) -> None:
        """'The March 3 bombing' in a report of late March joins the bombing's first reports."""
        docs = [
            doc(
                "a",
                "Bomb kills 9 at bus depot in Quetta",
                "QUETTA — A bomb exploded at a bus depot in Quetta on Monday, killing nine people, police said.",
                "2025-03-03",
            ),
            doc(
                "b",
                "Quetta depot bomb toll rises to 12",
                "QUETTA — The toll from Monday's bus depot bombing in Quetta rose to 12 on Tuesday, officials said.",
                "2025-03-04",
            ),
            doc(
                "c",
                "Police name suspect in Quetta depot bombing",
                "QUETTA — Police on Friday named a suspect in the March 3 bombing at the Quetta bus depot.",
                "2025-03-28",
            ),
        ]

        m = match_events(docs)

        assert m.document_event["a"] == m.document_event["b"] == m.document_event["c"]

    def test_same_city_incidents_days_apart_stay_apart(self) -> None:
        """A market blast and a checkpoint attack in one city three days apart are two events."""
        docs = [
            doc(
                "a",
                "Blast at Kandahar market kills 8",
                "KANDAHAR — A bomb ripped through a crowded market in Kandahar on Tuesday, killing eight people.",
                "2025-04-08",
            ),
            doc(
                "b",
                "Eight dead in Kandahar market bombing",
                "KANDAHAR — Eight people were killed when a bomb exploded at a market in Kandahar on Tuesday, officials said.",
                "2025-04-09",
            ),
            doc(
                "c",
                "Gunmen attack Kandahar checkpoint",
                "KANDAHAR — Gunmen attacked a police checkpoint on the edge of Kandahar late on Friday, killing three guards. The attack came three days after a bombing at a city market killed eight people.",
                "2025-04-12",
            ),
        ]

        m = match_events(docs)

        assert m.document_event["a"] == m.document_event["b"] != m.document_event["c"]

    def test_same_neighbourhood_shootings_on_different_blocks_stay_apart(self) -> None:
        """Two shootings a day apart in one neighbourhood, pages sharing a teaser sidebar, are two events."""
        sidebar = (
            "MORE LOCAL NEWS\n"
            "Crews battle warehouse fire near Tollington rail yard\n"
            "Tollington council approves budget for Fernhill library renovation\n"
            "Police seek driver in Fernhill hit-and-run that injured cyclist\n"
        )
        first = (
            "Two men were shot Thursday afternoon in the Fernhill neighborhood of Tollington, "
            "police said.\nThe shooting happened about 2 p.m. in the 4100 block of West "
            "Larchmont Avenue. The victims were taken to Saint Brendan Hospital in serious condition."
        )
        second = (
            "Two men were shot Friday night in Tollington's Fernhill neighborhood, police said."
            "\nThe shooting happened in the 1800 block of North Quillan Street. Both "
            "victims were taken to Saint Brendan Hospital in serious condition."
        )
        docs = [
            doc("a", "Two shot in Fernhill", sidebar + first, "2025-06-13"),
            doc("b", "2 men wounded in Fernhill shooting", first + "\n" + sidebar, "2025-06-13"),
            doc("c", "Two men shot in Fernhill", sidebar + second, "2025-06-14"),
            doc("d", "Fernhill shooting leaves 2 wounded", second + "\n" + sidebar, "2025-06-14"),
        ]

        m = match_events(docs)

        assert m.document_event["a"] == m.document_event["b"]
        assert m.document_event["c"] == m.document_event["d"]
        assert m.document_event["a"] != m.document_event["c"]
        across = [c for c in m.pairs if {c.left, c.right} == {"a", "c"}]
        # the pair itself falls below the threshold: the blocks are the reason
        assert [(c.decision, c.features["street"]) for c in across] == [("below threshold", 0.0)]

    def test_an_outlets_dateline_is_not_shared_context(self) -> None:
        """Two stories filed under one station's dateline share its city and call letters, not an event."""
        docs = [
            doc(
                "a",
                "Teenager dies after accidental shooting",
                "MILLHAVEN, Ore. (KXYZ) – A teenager died after a gun went off at a house party.",
                "2025-05-20",
            ),
            doc(
                "b",
                "Woman wanted after drive-by",
                "MILLHAVEN, Ore. (KXYZ) – Police want to question a woman about a drive-by shooting.",
                "2025-05-21",
            ),
            doc(
                "c",
                "Storm cuts power",
                "Thousands lost power overnight as a storm passed.",
                "2025-05-21",
            ),
            doc(
                "d",
                "School board meets",
                "The school board met to discuss the budget.",
                "2025-05-21",
            ),
        ]

        (pa, pb, *_), _ = profile_documents(docs)

        assert {"millhaven", "ore", "kxyz"}.isdisjoint(pa.terms.keys() | pb.terms.keys())

    def test_one_block_written_two_ways_is_one_street(self) -> None:
        """'4100 block of W. Larchmont Ave.' and '4100-block of West Larchmont Avenue' agree."""
        docs = [
            doc(
                "a",
                "Two shot in Fernhill",
                "Two men were shot Sunday in the 4100 block of W. Larchmont Ave. in Fernhill, police said.",
                "2025-06-16",
            ),
            doc(
                "b",
                "Fernhill shooting wounds 2",
                "Police said two men were wounded Sunday in the 4100-block of West Larchmont Avenue Sunday.",
                "2025-06-16",
            ),
        ]

        (pa, pb), _ = profile_documents(docs)

        assert pa.streets == pb.streets == frozenset({"larchmont"})

    def test_disagreeing_counts_do_not_split_one_event(self) -> None:
        """Reports of one place, day and kind whose tolls disagree stay one event."""
        docs = [
            doc(
                "a",
                "Factory fire in Gazipur kills 12",
                "GAZIPUR — A fire at a garment factory in Gazipur on Friday killed 12 workers, the fire service said.",
                "2025-02-07",
            ),
            doc(
                "b",
                "Gazipur factory fire: 20 dead, union says",
                "GAZIPUR — At least 20 workers died in Friday's fire at a garment factory in Gazipur, a union leader said.",
                "2025-02-08",
            ),
        ]

        m = match_events(docs)

        assert m.document_event["a"] == m.document_event["b"]

    def test_words_that_are_not_places_do_not_become_places(self) -> None:
        """'When police arrived' and a station's call letters are not places."""
        d = doc(
            "d",
            "Man shot in Elgin",
            "A man was shot on Sunday in Elgin, KXYZ reported. When police arrived, he was taken into custody.",
            "2014-01-13",
        )

        (p,), _ = profile_documents([d])

        assert "when" not in p.places
        assert "kxyz" not in p.places
        assert (
            "metro"
            not in profile_documents(
                [doc("m", "Man shot", "Metro police said a man was shot on Sunday.", "2014-01-13")]
            )[0][0].places
        )
        assert "elgin" in p.places


class TestCopies:
    """Identical copies of one report (a wire story under many ids) are one event."""

    def test_copies_published_the_same_day_are_one_event(self) -> None:
        text = "FAIRHAVEN — Gunmen wounded five people Sunday on Linden Street, police said."
        copies = [
            Document(f"w{i}", text, title="Five wounded", published="2014-01-13") for i in range(9)
        ]
        other = Document(
            "o", "MILHAVEN — A man was killed Sunday on Oak Street.", published="2014-01-12"
        )

        m = match_events([*copies, other])

        assert len({m.document_event[d.id] for d in copies}) == 1
        assert m.document_event["o"] != m.document_event["w0"]

    def test_copy_links_are_linear_in_the_number_of_copies(self) -> None:
        docs = [Document(f"c{i}", "Two were hurt in Fairhaven on Monday.") for i in range(50)]
        profiles, _ = profile_documents(docs, [])

        assert len(_copy_pairs(profiles, docs)) == 49


class TestProgress:
    """match_events reports how many candidate pairs it has scored, for a progress bar."""

    def test_progress_ends_at_the_number_of_candidate_pairs(self) -> None:
        docs = [
            Document(
                f"d{i}", "Two were hurt in a shooting on Linden Street in Fairhaven on Monday."
            )
            for i in range(6)
        ]
        calls: list[tuple[int, int]] = []

        m = match_events(docs, progress=lambda done, total: calls.append((done, total)))

        assert calls
        assert calls[-1] == (m.candidate_pairs, m.candidate_pairs)
        assert [done for done, _ in calls] == sorted(done for done, _ in calls)
