"""Recalled events: a follow-up's own event told from a later day, and earlier incidents in the corpus.

Every sentence here is invented for these tests (places included). A follow-up
("police arrested two men on Tuesday over Sunday's shooting") recalls its own
event; a report of a new incident recalls an earlier one of the same city ("the
raid came three days after a bombing at the city's market"), which may be in the
corpus with its own reports; two incidents of one kind in one city days apart stay
two events.
"""

from __future__ import annotations

import datetime as dt

import claimrec as cr
from claimrec.link.recall import recall_day, recalls_own_event
from claimrec.match import match_events
from claimrec.matchers import DateMatcher, EventProfile
from claimrec.model import EventMention
from claimrec.testing import count_claim

SUNDAY = dt.date(2024, 5, 26)


def doc(id_: str, title: str, text: str, published: str) -> cr.Document:
    return cr.Document(id_, text, title=title, published=published)


class TestRecallDay:
    def test_days_after_count_back_from_the_reports_event(self) -> None:
        """'came three days after a bombing' is three days before the report's own event."""
        c = count_claim(sentence="The raid came three days after a bombing killed 11 people.")

        assert recall_day([c], dt.date(2025, 4, 11)) == (dt.date(2025, 4, 8), "day")

    def test_a_bounded_span_dates_nothing(self) -> None:
        """'less than a week after' only bounds the gap: no day."""
        c = count_claim(sentence="It came less than a week after a strike killed four men.")

        assert recall_day([c], dt.date(2025, 4, 11)) == (None, None)

    def test_a_dated_possessive_is_the_recalled_day_itself(self) -> None:
        """'a week after Sunday's blast': Sunday is the recalled event, not a week before it."""
        c = count_claim(sentence="A week after Sunday's blast killed 11 people, shops reopened.")

        assert recall_day([c], dt.date(2025, 4, 11)) == (None, None)


class TestOwnEventDay:
    def test_a_weekday_resolved_a_week_later_is_still_the_event(self) -> None:
        """A follow-up a week on resolves 'Monday's bombing' to the latest Monday."""
        assert recalls_own_event(SUNDAY + dt.timedelta(days=7), "weekday", SUNDAY, "day")

    def test_another_day_is_another_event(self) -> None:
        assert not recalls_own_event(SUNDAY - dt.timedelta(days=1), "day", SUNDAY, "day")

    def test_a_day_in_the_reports_event_week(self) -> None:
        """A report dating its event only to a week ('three days after the flood') takes a day in it."""
        assert recalls_own_event(SUNDAY + dt.timedelta(days=1), "day", SUNDAY, "week")


SHOOTING = [
    doc(
        "p1",
        "Two killed in Harlow Park shooting",
        "Two people were killed and five wounded when gunmen opened fire at a birthday party "
        "in Harlow Park in Brennick on Sunday evening, police said.",
        "2024-05-26",
    ),
    doc(
        "p2",
        "Brennick park shooting: victims named",
        "Police in Brennick on Monday named the two people killed in Sunday's shooting at "
        "Harlow Park, where five others were wounded.",
        "2024-05-27",
    ),
    doc(
        "p3",
        "Two men arrested over Harlow Park shooting",
        "Brennick police arrested two men on Tuesday in connection with Sunday's shooting "
        "at Harlow Park that killed two people and wounded five, police said.",
        "2024-05-28",
    ),
]


class TestFollowUpRecallsItsOwnEvent:
    def test_the_recalled_shooting_is_the_follow_ups_own_event(self) -> None:
        """'in connection with Sunday's shooting ... that killed two': the claims join the event."""
        report = cr.reconcile(SHOOTING)

        assert {e.documents for e in report.events if e.documents} == {("p1", "p2", "p3")}
        assert len(report.events) == 1

    def test_a_recall_naming_only_its_day_attaches_to_no_event(self) -> None:
        """'two died in Friday's clashes' with no place or kind may be another event of that day."""
        docs = [
            doc(
                "r1",
                "Protests in Tellan turn violent",
                "Riot police fired tear gas at protesters in Tellan on Friday. The interior "
                "ministry said two people died in the unrest.",
                "2025-06-13",
            ),
            doc(
                "r2",
                "Tellan counts the cost of unrest",
                "Shops reopened in Tellan on Friday after a night of unrest. The government "
                "maintains that two people died in Friday's clashes, while the opposition "
                "puts the figure at nine.",
                "2025-06-13",
            ),
        ]

        report = cr.reconcile(docs)
        recalled = [c for c in report.claims if "Friday's clashes" in c.sentence]

        assert recalled
        assert all(c.mention.focus == "main" or report.claim_event[c.id] is None for c in recalled)


KABREN = [
    doc(
        "m1",
        "Bomb kills 11 at Kabren market",
        "A bomb exploded at the Oldgate market in Kabren on Tuesday, killing 11 people, "
        "police said.",
        "2025-04-08",
    ),
    doc(
        "m2",
        "Kabren market bombing toll at 11",
        "Eleven people were killed in Tuesday's bombing at the Oldgate market in Kabren, "
        "the city's police chief said on Wednesday.",
        "2025-04-09",
    ),
    doc(
        "c1",
        "Gunmen attack Kabren checkpoint",
        "Gunmen attacked a police checkpoint on the northern edge of Kabren on Friday, "
        "killing four officers, officials said. The attack came three days after a bombing "
        "at the city's Oldgate market killed 11 people.",
        "2025-04-11",
    ),
]


class TestEarlierIncidentInTheCorpus:
    def test_the_recalled_bombing_joins_its_own_reports(self) -> None:
        """'three days after a bombing at the city's Oldgate market' dates and places the recall."""
        report = cr.reconcile(KABREN)
        claim = next(c for c in report.claims if "three days after" in c.sentence)

        assert claim.mention.focus == "other"
        assert _documents(report, report.claim_event[claim.id]) == ("m1", "m2")

    def test_the_two_incidents_stay_apart(self) -> None:
        """A bombing and a checkpoint attack in one city three days apart are two events."""
        report = cr.reconcile(KABREN)

        assert {e.documents for e in report.events if e.documents} == {("c1",), ("m1", "m2")}


def _documents(report: cr.Report, event_id: str | None) -> tuple[str, ...] | None:
    if event_id is None:
        return None
    return next(e.documents for e in report.events if e.id == event_id)


class TestRecalledWeekday:
    def test_a_weekday_recalled_in_a_dated_report_is_in_the_week_before_it(self) -> None:
        """'Sunday's drive-by' in a report of 2015 is no Sunday of 2013."""
        recalled = EventProfile(
            key="r#1", document="r", precision="weekday", weekday=6, published=SUNDAY
        )
        same = EventProfile(key="a", document="a", date=SUNDAY, precision="day", weekday=6)
        years_before = EventProfile(
            key="b", document="b", date=dt.date(2022, 5, 29), precision="day", weekday=6
        )

        assert DateMatcher()(recalled, same) == 0.8
        assert DateMatcher()(recalled, years_before) == 0.0

    def test_a_weekday_against_a_publication_date_is_resolved_first(self) -> None:
        """A report published on Saturday about Friday's siege meets 'last Friday's siege'."""
        recalled = EventProfile(
            key="r#1", document="r", precision="weekday", weekday=4, published=dt.date(2024, 6, 13)
        )
        next_day = EventProfile(
            key="a", document="a", date=dt.date(2024, 6, 8), precision="published", weekday=5
        )

        assert DateMatcher()(recalled, next_day) == 0.9

    def test_the_recall_clause_names_the_earlier_incidents_place(self) -> None:
        """'after two trams collided on Dorn Street on Tuesday': the street places the recall."""
        docs = [
            doc(
                "t1",
                "Trams collide in Velmar, 31 hurt",
                "Two trams collided on Dorn Street in central Velmar on Tuesday morning, "
                "injuring 31 people, the city's fire service said.",
                "2025-01-21",
            ),
            doc(
                "g1",
                "Gas blast wrecks Velmar flats",
                "A gas explosion destroyed a block of flats in the Ostry district of Velmar on "
                "Monday, killing two residents. It was the second serious accident in the city "
                "in less than a week, after two trams collided on Dorn Street on Tuesday, "
                "injuring 31 people.",
                "2025-01-27",
            ),
        ]

        report = cr.reconcile(docs)
        claim = next(
            c
            for c in report.claims
            if "trams collided on Dorn" in c.sentence and c.document == "g1"
        )

        assert _documents(report, report.claim_event[claim.id]) == ("t1",)
        assert {e.documents for e in report.events if e.documents} == {("g1",), ("t1",)}


class TestUnplacedRecall:
    def test_a_recall_naming_no_place_does_not_keep_two_reports_apart(self) -> None:
        """'came four days after rockets were fired at the city's ministries' joins last."""
        docs = [
            doc(
                "z1",
                "Rockets land near Corvale ministries, no casualties",
                "Two rockets landed near the ministries in Corvale's Arden Quarter on Monday "
                "night without causing casualties, officials said.",
                "2024-03-18",
            ),
            doc(
                "z2",
                "Launch pads found in Corvale",
                "Security forces in Corvale on Tuesday found the launch pads behind the rocket "
                "fire near the Arden Quarter.",
                "2024-03-19",
            ),
            doc(
                "s1",
                "Car bomb kills 12 in Corvale's Tamsin district",
                "A car bomb exploded at a bus stop in the Tamsin district of Corvale on Friday, "
                "killing 12 people, officials said.",
                "2024-03-22",
            ),
        ]
        recall = count_claim(
            id="s1:c9",
            document="s1",
            quantity=0,
            measure="killed",
            sentence="The attack came four days after rockets were fired at the city's "
            "ministries without causing casualties.",
            mention=EventMention(kind="rocket attack", focus="other"),
        )

        matching = match_events(docs, [recall])

        assert matching.document_event["z1"] == matching.document_event["z2"]
        assert matching.document_event["s1"] != matching.document_event["z1"]
