"""
Long reports that recall an earlier incident in their background paragraphs.

A follow-up on a drone strike retells last week's other attack ("In that attack, on
March 3, ...") and a funeral piece covers that other attack: the retold date belongs
to the other attack, so the follow-up stays with its own incident. Invented
incidents, written for this test.
"""

from __future__ import annotations

import datetime as dt

import claimrec as cr
from claimrec.link.dates import read_event_date
from claimrec.link.profile import _sites
from stories import story_tests

D = cr.Document

CAMP = [
    D(
        "c1",
        """KABALA (Wire One) - A drone struck a training camp of the government-backed Northern Guard in Vesna province late on Sunday, killing nine of its recruits, the Guard said on Monday. It was the deadliest attack on the camp since last week's rocket strike on the Orlan depot.

Two recruits were in critical condition, a medic at the camp said. No group claimed the strike.""",
        title="Drone strike on Vesna camp kills nine recruits",
        published="2026-03-11",
        outlet="Wire One",
    ),
    D(
        "c2",
        """Nine recruits of the Northern Guard died when a drone hit their barracks at the Vesna training camp, the force said in a statement on Monday, blaming rebels for the attack, which it said came shortly before midnight.

The Guard has been on alert since the Orlan depot attack. In that attack, on March 3, four guards were killed and a fuel store burned for two days.

"They were asleep," a Guard commander said, adding that 14 other recruits had been wounded.""",
        title="Northern Guard says drone killed nine at Vesna camp",
        published="2026-03-11",
        outlet="Paper Two",
    ),
    D(
        "c3",
        """Hundreds of mourners gathered in the town of Orlan on Saturday to bury the four guards killed in the March 3 rocket attack on the Orlan depot. Officials said six other guards were wounded in that attack.""",
        title="Orlan buries depot guards",
        published="2026-03-08",
        outlet="Paper Three",
    ),
]

STORIES = {"camp and depot": (CAMP, [{"c1", "c2"}, {"c3"}])}

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(STORIES)


def test_a_date_retold_of_that_attack_does_not_date_the_report() -> None:
    """'In that attack, on March 3, ...' after the lead dates the recalled attack, not the report's."""
    sentences = [
        "Nine recruits died when a drone hit their barracks, the force said on Monday.",
        "In that attack, on March 3, four guards were killed.",
    ]

    found = read_event_date(sentences, dt.date(2026, 3, 11))

    assert found.date != dt.date(2026, 3, 3)


def test_a_dotted_abbreviation_does_not_push_the_event_verb_out_of_reach() -> None:
    """'killed nine young fighters of the U.S.-backed Northern Guard late on Sunday' dates the strike."""
    sentence = (
        "A drone killed nine young fighters of the U.S.-backed Northern Guard late on Sunday."
    )

    found = read_event_date([sentence], dt.date(2026, 3, 11))

    assert (found.date, found.precision) == (dt.date(2026, 3, 8), "day")


def test_a_broadcasters_credit_opening_the_report_is_no_place() -> None:
    """'(CBS) — ...' credits the station: a report that names no place has none (was "cbs")."""
    doc = D(
        "tv",
        "(CBS) — Two men were shot and wounded outside a bar on Friday, police said.",
        title="Two wounded in bar shooting",
        published="2026-05-02",
    )

    report = cr.reconcile([doc])

    assert [e.place for e in report.events] == [None]


def test_every_kind_of_site_struck_is_read() -> None:
    """Each kind of facility the site reader knows is found (the quick pre-check must not skip one)."""
    phrases = [
        "the hospital", "a crowded market", "the marketplace", "a school", "the university",
        "a mosque", "the church", "a synagogue", "the temple", "a refugee camp",
        "a military base", "the airbase", "the outpost", "the garrison", "the barracks",
        "a checkpoint", "the stadium", "a mall", "the hotel", "the prison", "a refinery",
        "a power plant", "the train station", "a bus station", "the bus", "a rally",
        "the parade", "a wedding", "the concert",
    ]  # fmt: skip

    assert [p for p in phrases if not _sites(f"A blast hit {p} on Sunday.")] == []
