"""Tests for claimrec.engines: every backend and both entry points compute the same report."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claimrec as cr
import claimrec._run
from claimrec._synthetic import place_names
from claimrec.engines import (
    Dateline,
    datelines_of_rows,
    documents_of_claims,
    reconcile_claims,
    resolution_groups,
    sentence_offset,
)
from claimrec.link.places import place_key
from claimrec.link.profile import (
    _AROUND,
    _AROUND_NEEDS,
    _COMPASS_OF,
    _COMPASS_WORD,
    _around,
    _compass,
    profile_documents,
)
from claimrec.link.rows import (
    READING,
    place_namers,
    place_words_weighed,
    reading_of,
    told_by_mentions,
    weighed_by_namers,
)
from claimrec.matchers import EventProfile
from claimrec.report.codec import decode_claim, encode_claim
from claimrec.testing import count_claim
from strategies import REPORT_DAYS, REPORT_FIGURES, REPORT_PLACES, news_reports

_PLACES, _DAYS, _NUMBERS = REPORT_PLACES, REPORT_DAYS, REPORT_FIGURES


def _article(
    n: int, place: str, day: str, number: str, outlet: int, *, published: str = "2024-03-09"
) -> cr.Document:
    """A short wire-style report of one attack; the figure and the source vary with *outlet*."""
    source = ("police said", "a hospital official said", "witnesses said")[outlet % 3]
    return cr.Document(
        f"doc{n:03d}",
        f"{number.capitalize()} people were killed in a bombing in {place} on {day}, {source}. "
        f"At least {number} others were injured, officials said.",
        title=f"Bombing in {place} kills {number}",
        published=published,
        outlet=f"Outlet {outlet % 3}",
    )


def _led_article(n: int, place: str, day: str, number: str, outlet: int) -> cr.Document:
    """
    A crawled page: menus, then a lead that names the place and day, then figures that do not.

    Only the headline and the lead say where and when, so rows fed back group these
    reports as the article path does only if they carry the title and the lead.
    """
    source = ("police said", "a hospital official said", "witnesses said")[outlet % 3]
    return cr.Document(
        f"doc{n:03d}",
        "Home | World | Sport\nLatest news\n\n"
        f"{place.upper()} — A bomb exploded near a bus station in {place} on {day}, {source}.\n\n"
        f"{number.capitalize()} people were killed and at least {number} others were hurt.\n\n"
        "The station was closed for the rest of the week.",
        title=f"Bus station bomb attack in {place}",
        published="2024-03-09",
        outlet=f"Outlet {outlet % 3}",
    )


def _corpus(size: int, *, days_apart: int = 0) -> list[cr.Document]:
    """
    Reports of a few attacks: each attack told by up to three outlets, one figure disagreeing.

    With *days_apart*, an attack's reports are published that many days after each
    other from Thursday 7 March on (the figure that disagrees comes last: a toll that
    rose; the attack's weekday still names the same day).
    """
    docs = []
    for n in range(size):
        attack = n // 3
        place, day = _PLACES[attack % len(_PLACES)], _DAYS[(attack // len(_PLACES)) % len(_DAYS)]
        number = _NUMBERS[(attack + (n % 3 == 2)) % len(_NUMBERS)]
        published = f"2024-03-{7 + days_apart * (n % 3):02d}" if days_apart else "2024-03-09"
        # dated apart, the later, higher figure is a hospital official's, not witnesses'
        source = n + 2 if days_apart else n
        docs.append(_article(n, place, day, number, source, published=published))
    return docs


def _summary(report: cr.Report) -> tuple[Any, ...]:
    """What must agree: the documents of each event, and each finding's verdict and consensus."""
    events = sorted(tuple(e.documents) for e in report.events)
    findings = sorted(
        (f.event, f.measure, f.group, f.verdict, str(f.consensus)) for f in report.findings
    )
    return events, findings, dict(report.document_event)


def _fed_back(report: cr.Report, *, dated: bool = True) -> cr.Report:
    """The article path's claim rows, written as JSON and read back, on the claim path."""
    rows = [json.loads(json.dumps(r)) for r in report.claim_rows()]
    if not dated:
        rows = [{k: v for k, v in r.items() if k not in {"published", "outlet"}} for r in rows]
    return reconcile_claims([decode_claim(r) for r in rows], datelines=datelines_of_rows(rows))


class TestBackendsAgree:
    def test_one_process_workers_and_fed_back_claims_agree_on_a_corpus(self) -> None:
        """Articles on one or two processes, and their claims fed back, give one report."""
        docs = _corpus(12)

        one = cr.reconcile(docs)
        two = cr.reconcile(docs, n_process=2)
        fed = _fed_back(one)

        assert _summary(one) == _summary(two) == _summary(fed)
        assert len(one.events) > 1

    def test_rows_with_their_headline_and_lead_agree_on_crawled_pages(self) -> None:
        """Pages whose place and day stand only in the headline and lead: their rows agree."""
        docs = [
            _led_article(n, _PLACES[(n // 3) % 5], _DAYS[(n // 3) % 4], _NUMBERS[n // 3 % 5], n)
            for n in range(12)
        ]

        article = cr.reconcile(docs)
        fed = _fed_back(article)

        assert _summary(fed) == _summary(article)
        assert len(article.events) == 4
        assert [d.title for d in fed.documents] == [d.title for d in article.documents]

    def test_spawned_workers_agree(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Workers started with ``spawn`` (no inherited memory) extract the same claims."""
        docs = _corpus(6)
        spawn = multiprocessing.get_context("spawn")
        monkeypatch.setattr(claimrec._run.multiprocessing, "get_context", lambda *_: spawn)

        spawned = cr.reconcile(docs, n_process=2)

        assert _summary(spawned) == _summary(cr.reconcile(docs))

    def test_fed_back_rows_agree_when_reports_are_published_on_different_days(self) -> None:
        """A toll that rises over the days is 'evolving' on both paths: the rows carry the days."""
        docs = _corpus(12, days_apart=1)

        article = cr.reconcile(docs)
        fed = _fed_back(article)
        undated = _fed_back(article, dated=False)

        assert "evolving" in {f.verdict for f in article.findings}
        assert _summary(fed) == _summary(article)
        assert [d.published for d in fed.documents] == [d.published for d in article.documents]
        # without the days the rising figures conflict: the rows' dates are what agrees
        assert _summary(undated) != _summary(article)

    @settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        news_reports,
        st.lists(st.integers(0, 3), min_size=5, max_size=5),
        st.lists(st.booleans(), min_size=5, max_size=5),
    )
    # two reports of one day's bombing that date it a day apart, published a day apart:
    # the publication days order their figures on both paths
    @example(
        [("Kano", "Tuesday", "two", 0), ("Kano", "Wednesday", "three", 0)],
        [0, 1, 0, 0, 0],
        [False] * 5,
    )
    def test_fed_back_claims_give_the_article_report(
        self, reports: list[tuple[str, str, str, int]], days: list[int], crawled: list[bool]
    ) -> None:
        """For any small set of reports, wire copy or crawled pages, their rows fed back agree."""
        docs = [
            evolve(_led_article(n, *r), published=f"2024-03-{9 + days[n]:02d}")
            if crawled[n]
            else _article(n, *r, published=f"2024-03-{9 + days[n]:02d}")
            for n, r in enumerate(reports)
        ]

        article = cr.reconcile(docs)
        fed = _fed_back(article)

        assert _summary(fed) == _summary(article)


class TestSentenceOffset:
    def test_a_figure_inside_a_word_places_nothing(self) -> None:
        """'one' inside 'someone' is no figure; only the whole word places the sentence."""
        c = count_claim(quantity="one", span=(20, 27), sentence="Someone saw one man hurt.")

        assert sentence_offset(c) == (8,)


class TestDocumentsOfClaims:
    def test_pads_to_the_longest_span(self) -> None:
        """A claim whose sentence cannot be placed still fits inside the rebuilt text."""
        c = count_claim(quantity="seven", span=(50, 60), sentence="Nothing here matches.")

        (doc,) = documents_of_claims([c])

        assert len(doc.text) >= 60
        assert "Nothing here matches." in doc.text

    def test_a_lead_stands_at_its_offset_with_the_sentences_around_it(self) -> None:
        """The lead a row carries stands where it stood; sentences it holds are not repeated."""
        lead = "A bomb went off in Kano.\nSeven people were killed."
        inside = count_claim(
            id="a", quantity="seven", span=(30, 35), sentence="Seven people were killed."
        )
        after = count_claim(id="b", quantity="two", span=(60, 63), sentence="Two were hurt.")
        line = Dateline(title="Kano blast", lead=(5, lead))

        (doc,) = documents_of_claims([inside, after], datelines={"d1": line})

        assert doc.text[5:55] == lead
        assert doc.text[60:74] == "Two were hurt."
        assert doc.text.count("Seven people were killed.") == 1
        assert doc.title == "Kano blast"

    def test_a_lead_that_repeats_one_opening_is_read_once(self) -> None:
        """A hostile lead of one opening repeated is tried a few times per sentence, not at every start."""
        lead = "Seven people were hurt. " * 20_000 + "Seven people were killed."
        c = count_claim(quantity="seven", span=(0, 5), sentence="Seven people were killed.")

        (doc,) = documents_of_claims([c], datelines={"d1": Dateline(lead=(0, lead))})

        assert doc.text.startswith(lead)
        assert doc.text.endswith("Seven people were killed.")

    def test_refuses_a_span_past_the_limit(self) -> None:
        """A hostile span does not allocate gigabytes; it is a typed error naming the claim."""
        c = count_claim(id="c9", quantity="seven", span=(0, 10**12), sentence="Seven hurt.")

        with pytest.raises(cr.errors.InvalidValueError, match="c9"):
            documents_of_claims([c])


def _profile_fields(profile: EventProfile) -> tuple[Any, ...]:
    """What a profile says of its event (not the objects it is built of)."""
    return (
        profile.key,
        profile.places,
        profile.date,
        profile.precision,
        profile.kinds,
        profile.counts,
        profile.actors,
        profile.terms,
        profile.sites,
        profile.streets,
        profile.specificity,
    )


class TestRowProfiles:
    def test_rows_with_title_and_lead_profile_as_their_articles(self) -> None:
        """A document known by its rows is profiled as its article: the title, lead and mentions agree."""
        docs = [
            _led_article(n, _PLACES[(n // 2) % 3], _DAYS[(n // 2) % 4], _NUMBERS[n % 5], n)
            for n in range(6)
        ]
        article = cr.reconcile(docs)
        rows = [json.loads(json.dumps(r)) for r in article.claim_rows()]
        claims = [decode_claim(r) for r in rows]

        stubs = documents_of_claims(claims, datelines=datelines_of_rows(rows))
        from_rows, _ = profile_documents(stubs, claims)
        from_articles, _ = profile_documents(docs, article.claims)

        assert [_profile_fields(p) for p in from_rows] == [
            _profile_fields(p) for p in from_articles
        ]
        assert all(p.places and p.date is not None for p in from_rows)

    def test_rows_without_a_lead_are_read_whole(self) -> None:
        """Where no row carries a lead, the sentences are read: mentions alone leave day and place unread."""
        first = count_claim(
            id="a",
            quantity="three",
            span=(0, 5),
            sentence="Three people were hurt when a bomb went off in Varnholt on Monday.",
        )
        later = count_claim(
            id="b", quantity="two", span=(90, 93), sentence="Two of them are in hospital."
        )
        line = Dateline(dt.date(2024, 3, 13), title="Bomb hurts three")

        (doc,) = documents_of_claims([later, first], datelines={"d1": line})
        (profile,), _ = profile_documents([doc], [first, later])

        assert reading_of(doc) is doc
        assert profile.places == ("varnholt",)
        assert (profile.date, profile.precision) == (dt.date(2024, 3, 11), "day")

    def test_rows_with_a_lead_are_not_read_beyond_it(self) -> None:
        """A sentence outside the lead its rows carry is the resolver's, not the matcher's."""
        lead = "A bomb went off in Varnholt on Monday, police said."
        c = count_claim(
            quantity="two", span=(80, 83), sentence="Two people were hurt near the Orvel bridge."
        )
        line = Dateline(dt.date(2024, 3, 13), title="Bomb in Varnholt", lead=(0, lead))

        (doc,) = documents_of_claims([c], datelines={"d1": line})
        (profile,), _ = profile_documents([doc], [c])

        assert reading_of(doc).text == lead
        assert "Orvel" in doc.text
        assert profile.places == ("varnholt",)

    def test_rows_whose_mentions_tell_day_and_place_are_not_read_again(self) -> None:
        """Mentions that give the day and a place are the profile's: the sentences are not read for them."""
        told = cr.EventMention(
            location="Varnholt", place="varnholt", date="2024-03-11", precision="day"
        )
        c = count_claim(
            quantity="two",
            span=(0, 3),
            sentence="Two people were hurt near the Orvel bridge on Sunday.",
            mention=told,
        )
        line = Dateline(dt.date(2024, 3, 13))

        (doc,) = documents_of_claims([c], datelines={"d1": line})
        (profile,), _ = profile_documents([doc], [c])

        assert told_by_mentions(doc, [c]) == {"day", "place"}
        assert "Orvel" in doc.text
        assert profile.places == ("varnholt",)
        assert (profile.date, profile.precision) == (dt.date(2024, 3, 11), "day")

    def test_rows_whose_mentions_leave_the_day_unknown_are_read_whole(self) -> None:
        """A mention with a place but no day: the sentences are read for the day and places."""
        placed = cr.EventMention(location="Varnholt", place="varnholt")
        c = count_claim(
            quantity="three",
            span=(0, 5),
            sentence="Three people were hurt when a bomb went off in Varnholt on Monday.",
            mention=placed,
        )
        line = Dateline(dt.date(2024, 3, 13))

        (doc,) = documents_of_claims([c], datelines={"d1": line})
        (profile,), _ = profile_documents([doc], [c])

        assert told_by_mentions(doc, [c]) == set()
        assert profile.places == ("varnholt",)
        assert (profile.date, profile.precision) == (dt.date(2024, 3, 11), "day")

    def test_rows_without_a_lead_weigh_their_places_names_by_the_places_rarity(self) -> None:
        """A name many reports' place bears weighs among the context words as the place matcher weighs it."""
        towns = ["Varnholt"] * 45 + place_names(3, 105)
        day = cr.EventMention(date="2024-03-11", precision="day")
        claims = [
            count_claim(id=f"d{n:03d}-c0", document=f"d{n:03d}", quantity="two", span=(0, 3),
                        sentence=f"Two guards {'of the cannery ' * (n < 3)}were hurt in {town}.",
                        mention=evolve(day, location=town))
            for n, town in enumerate(towns)
        ]  # fmt: skip
        rebuilt = documents_of_claims(claims)
        as_articles = [cr.Document(d.id, d.text) for d in rebuilt]

        (rows, *_), _ = profile_documents(rebuilt, claims)
        (article, *_), _ = profile_documents(as_articles, claims)

        assert rows.places == article.places == ("varnholt",)
        assert 0.0 < rows.place_weight(0) < 1.0
        assert rows.terms["varnholt"] == round(article.terms["varnholt"] * rows.place_weight(0), 3)
        assert rows.terms["cannery"] == article.terms["cannery"] > rows.terms["varnholt"]

    def test_rows_with_a_lead_keep_their_places_among_the_context_words(self) -> None:
        """Rows that carry their lead are read as the article is: its place names stay context words."""
        lead = "A bomb went off near the Orvel bridge in Varnholt on Monday, police said."
        claims = [
            count_claim(id=f"{d}-c0", document=d, quantity="two", span=(80, 83),
                        sentence="Two guards were hurt.")
            for d in ("d1", "d2")
        ]  # fmt: skip
        line = Dateline(dt.date(2024, 3, 13), title="Bomb in Varnholt", lead=(0, lead))

        docs = documents_of_claims(claims, datelines={"d1": line, "d2": line})
        profiles, _ = profile_documents(docs, claims)

        assert all("varnholt" in p.terms for p in profiles)

    def test_a_document_with_the_marker_in_its_own_metadata_is_read_whole(self) -> None:
        """Only claimrec's own marker object makes a document rebuilt: a user's field of that name does not."""
        doc = cr.Document("d1", "A bomb hit Kano.", metadata={READING: "x"})

        assert reading_of(doc) is doc


class TestHeadline:
    def test_claims_of_the_headline_give_the_title(self) -> None:
        """A headline's claims have the empty span at 0: their sentence is the title, not body text."""
        head = count_claim(id="a", quantity="two", span=(0, 0), sentence="Two killed in Kano blast")
        body = count_claim(id="b", quantity="two", span=(0, 3), sentence="Two people died.")

        (doc,) = documents_of_claims([head, body])

        assert doc.title == "Two killed in Kano blast"
        assert doc.text == "Two people died."


class TestResolutionGroups:
    def test_events_sharing_a_document_resolve_together(self) -> None:
        """A document with claims in two events pulls both events into one group."""
        a = count_claim(id="a", document="d1")
        b = count_claim(id="b", document="d1")
        c = count_claim(id="c", document="d2")

        groups = resolution_groups([a, b, c], {"a": "ev1", "b": "ev2", "c": "ev2"})

        assert groups == {"a": "d1", "b": "d1", "c": "d1"}


def test_claims_file_round_trips_through_the_cli(tmp_path: Path) -> None:
    """`claimrec reconcile --claims` on a report's claims gives that report's findings."""
    from claimrec.cli import main  # noqa: PLC0415

    article = cr.reconcile(_corpus(6))
    src = tmp_path / "c.jsonl"
    src.write_text(
        "".join(json.dumps(encode_claim(c, None)) + "\n" for c in article.claims), encoding="utf-8"
    )

    status = main(["reconcile", "--claims", str(src), "--out", str(tmp_path / "r.json"), "--quiet"])

    out = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert status == 0
    assert sorted((f["event"], f["verdict"]) for f in out["findings"]) == sorted(
        (f.event, f.verdict) for f in article.findings
    )


class TestResolveInProcesses:
    def test_spawned_workers_give_one_process_resolution(self) -> None:
        """Resolution split over two spawned workers equals resolve() in one process."""
        from claimrec._synthetic import generate_claims  # noqa: PLC0415
        from claimrec.engines import resolve_in_processes  # noqa: PLC0415
        from claimrec.match import match_events  # noqa: PLC0415
        from claimrec.resolve import resolve  # noqa: PLC0415

        claims = [decode_claim(r) for r in generate_claims(400)]
        documents = documents_of_claims(claims)
        claim_event = match_events(documents, claims).claim_event

        one = resolve(claims, claim_event, documents=documents)
        two = resolve_in_processes(
            claims,
            claim_event,
            documents=documents,
            processes=2,
            start_method="spawn",
            min_claims=0,
        )

        assert two == one


def _weighed_one_place_at_a_time(
    terms: dict[str, float], places: list[str], weights: list[float]
) -> dict[str, float]:
    """The rule of ``place_words_weighed`` as its docstring states it: each place asked in turn."""
    out = dict(terms)
    for word, weight in terms.items():
        for place, share in zip(places, weights, strict=True):
            if place in (word, place_key(word)) or word in place.split():
                out[word] = weight * share
                break
    return out


_PLACE_WORDS = st.sampled_from(["kano", "kanno", "al kano", "market", "city", "old", "aleppo"])


class TestPlaceNamers:
    @settings(max_examples=200, deadline=None)
    @given(
        st.dictionaries(_PLACE_WORDS, st.floats(0.1, 9.0), max_size=6),
        st.lists(st.lists(_PLACE_WORDS, min_size=1, max_size=3).map(" ".join), max_size=4),
    )
    def test_index_weighs_as_asking_each_place(
        self, terms: dict[str, float], places: list[str]
    ) -> None:
        """Weighing through the index built once per list of places is asking each place in turn."""
        weights = [0.5 + i / 10 for i in range(len(places))]

        indexed = weighed_by_namers(terms, place_namers(places), weights)

        assert indexed == _weighed_one_place_at_a_time(terms, places, weights)
        assert place_words_weighed(terms, places, weights) == indexed

    def test_first_place_named_counts(self) -> None:
        """A word naming two places weighs by the first: its key names one, its word the other."""
        terms = {"kanno": 6.0, "market": 4.0}

        out = weighed_by_namers(terms, place_namers(["market kanno", "kano"]), [0.5, 0.25])

        assert out == {"kanno": 3.0, "market": 2.0}


class TestReaderPreChecks:
    """The profile readers that skip a text (``claimrec.link.profile``) skip none they would read."""

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(_AROUND, fullmatch=False))
    def test_every_place_around_writes_a_needed_word(self, text: str) -> None:
        """Each text the "villages east of X" pattern matches holds a word of ``_AROUND_NEEDS``."""
        assert _AROUND.search(text) is not None

        assert any(word in text for word in _AROUND_NEEDS)

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(_COMPASS_OF, fullmatch=False))
    def test_every_compass_region_writes_a_direction(self, text: str) -> None:
        """Each text the "in northern X" pattern matches names a direction ``_compass`` looks for."""
        assert _COMPASS_OF.search(text) is not None

        assert _COMPASS_WORD.search(text) is not None

    def test_skipped_texts_read_as_before(self) -> None:
        """A text with no direction and no "of"/"outside" names no compass region and nothing it lies near."""
        text = "Four people were hurt in a blast in Kano, police said."

        compass, around = _compass(text, {"kano"}), _around(text, {"kano"})

        assert (compass, around) == (frozenset(), frozenset())
        assert _compass("A quake hit northern Kano.", {"kano"}) == {("kano", "north")}
        assert _around("A fire burned villages outside Kano.", {"kano"}) == {"kano"}
