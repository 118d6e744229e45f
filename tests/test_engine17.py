"""Tests for the claim path's profiles: what the rows' columns tell is what the rebuilt text reads."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.engines import Dateline, documents_of_claims
from claimrec.link.profile import profile_documents
from claimrec.link.rows import mentions_tell, told_by_mentions
from claimrec.matchers import EventProfile
from claimrec.model import Claim
from claimrec.testing import count_claim

#: Invented towns, one and two words, none an English word.
_TOWNS = ("Varnholt", "Orvel", "Kestrin Vale", "Dunmarrow", "Tamsin Cross", "Zelwick")
#: Kinds of event as a report's sentence and its claims' mentions name them.
_KINDS = ("bombing", "shooting", "air strike", "fire", "flood")
_WEEKDAYS = tuple(calendar.day_name)
_MONTHS = tuple(calendar.month_name)[1:]


def _reported(
    town: str, day: dt.date, kind: str, figures: list[int], *, precision: str
) -> list[Claim]:
    """
    The claims of one report of an event at *town* on *day*, one sentence per figure.

    Each sentence writes the town and the day (as a date, or its weekday for
    *precision* ``weekday``) and the claims' mentions carry them, as an extractor gives them.
    """
    said = (
        f"on {_MONTHS[day.month - 1]} {day.day}, {day.year}"
        if precision == "day"
        else f"on {_WEEKDAYS[day.weekday()]}"
    )
    mention = cr.EventMention(
        location=town, place=town.lower(), date=day.isoformat(), precision=precision, kind=kind
    )
    claims: list[Claim] = []
    at = 0
    for n, figure in enumerate(figures):
        measure = ("killed", "injured")[n % 2]
        sentence = f"{figure} people were {measure} in a {kind} in {town} {said}, police said."
        claims.append(
            count_claim(
                id=f"c{n}",
                quantity=figure,
                measure=measure,
                span=(at, at + len(str(figure))),
                sentence=sentence,
                mention=mention,
            )
        )
        at += len(sentence) + 1
    return claims


def _both_readings(
    claims: list[Claim], *, published: dt.date | None = None
) -> tuple[EventProfile, EventProfile, frozenset[str]]:
    """
    The profile of the rows' document, of the same text read as an article, and what the rows told.

    The rows' document is rebuilt from *claims* (``documents_of_claims``); the article
    is a plain document with the rebuilt text, title and day, read whole by the
    main-event reader as on the article path.
    """
    line = {"d1": Dateline(published)} if published is not None else None
    (rows,) = documents_of_claims(claims, datelines=line)
    article = cr.Document("d1", rows.text, title=rows.title, published=rows.published)
    (by_columns,), _ = profile_documents([rows], claims)
    (by_text,), _ = profile_documents([article], claims)
    return by_columns, by_text, told_by_mentions(rows, claims)


def _told_fields(profile: EventProfile) -> tuple[object, ...]:
    """What a claim row's columns tell of its event: places, day and precision, kinds, counts, actors."""
    return (
        profile.places,
        profile.date,
        profile.precision,
        profile.weekday,
        profile.kinds,
        profile.counts,
        profile.actors,
    )


class TestColumnsProfile:
    @settings(max_examples=25, deadline=None)
    @given(
        town=st.sampled_from(_TOWNS),
        day=st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31)),
        kind=st.sampled_from(_KINDS),
        figures=st.lists(st.integers(1, 400), min_size=1, max_size=4),
        published=st.one_of(st.none(), st.integers(0, 3)),
    )
    def test_rows_telling_place_and_day_profile_as_their_text_reads(
        self, town: str, day: dt.date, kind: str, figures: list[int], published: int | None
    ) -> None:
        """Rows whose mentions give the town and the date profile as the sentences that write them are read."""
        claims = _reported(town, day, kind, figures, precision="day")
        when = None if published is None else day + dt.timedelta(days=published)

        by_columns, by_text, told = _both_readings(claims, published=when)

        assert told == {"day", "place"}
        assert _told_fields(by_columns) == _told_fields(by_text)

    @settings(max_examples=25, deadline=None)
    @given(
        town=st.sampled_from(_TOWNS),
        day=st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31)),
        kind=st.sampled_from(_KINDS),
        figures=st.lists(st.integers(1, 400), min_size=1, max_size=4),
    )
    def test_rows_telling_a_resolved_weekday_without_a_publication_day_are_not_read_for_the_day(
        self, town: str, day: dt.date, kind: str, figures: list[int]
    ) -> None:
        """With no publication day, "on Monday" and the extractor's date for it give one profile, read or told."""
        claims = _reported(town, day, kind, figures, precision="weekday")

        by_columns, by_text, told = _both_readings(claims)

        assert told == {"day"}
        assert _told_fields(by_columns) == _told_fields(by_text)
        assert (by_columns.date, by_columns.precision) == (day, "day")

    def test_rows_with_a_publication_day_read_their_weekday_from_the_text(self) -> None:
        """A publication day to resolve "on Monday" against: the text is read, as on the article path."""
        claims = _reported("Varnholt", dt.date(2024, 3, 11), "bombing", [3], precision="weekday")

        by_columns, by_text, told = _both_readings(claims, published=dt.date(2024, 3, 13))

        assert told == frozenset()
        assert _told_fields(by_columns) == _told_fields(by_text)
        assert (by_columns.date, by_columns.weekday) == (dt.date(2024, 3, 11), 0)

    def test_an_undated_mention_tells_no_day_and_its_place_is_not_enough(self) -> None:
        """A mention with a place but no date: the sentences are read for the day and the places."""
        undated = cr.EventMention(location="Orvel", place="orvel")
        claim = count_claim(
            quantity="four",
            span=(0, 4),
            sentence="Four people were hurt when a bus overturned near Orvel on Tuesday.",
            mention=undated,
        )

        told = mentions_tell([claim], weekdays=True)

        assert told == {"place"}
        (doc,) = documents_of_claims([claim])
        assert told_by_mentions(doc, [claim]) == frozenset()
