"""An event's kind and place as a user reads them on the report: one vocabulary of kinds."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.extract._mentions import _KIND_CUES
from claimrec.link.profile import KIND_WORDS, _mention_kinds


@pytest.mark.parametrize("label", sorted({label for _, label, _ in _KIND_CUES}))
def test_every_kind_the_extractor_reads_is_a_kind_linking_knows(label: str) -> None:
    kinds = _mention_kinds(label)
    assert kinds, label
    assert kinds <= set(KIND_WORDS)


def _event(text: str) -> cr.Event:
    report = cr.reconcile([cr.Document("d1", text, published="2026-05-05")])
    (event,) = report.events
    return event


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A suicide bomber blew himself up at a checkpoint in Quetta on Monday, killing nine.",
            "bombing",
        ),
        (
            "A bomb hidden in a rubbish bin went off near a bus stop in Lahore on Monday, killing four.",
            "bombing",
        ),
        (
            "A wildfire tore through pine forests near Larnaca on Friday, killing three firefighters.",
            "wildfire",
        ),
        (
            "A blaze that broke out on Friday burned 4,000 hectares of scrub near Larnaca, killing two.",
            "wildfire",
        ),
        ("A blaze gutted a hotel in Larnaca on Friday, killing three guests.", "fire"),
        (
            "Torrential rain battered Chennai on Sunday, killing 12 people as streets turned to rivers.",
            "flood",
        ),
        ("Monsoon rains lashed Sindh province on Saturday, killing 13 people.", "flood"),
        (
            "A cyclone killed 20 people in Sindh on Saturday as floodwaters swamped villages.",
            "storm",
        ),
        (
            "A storm brought flash floods to Karachi on Saturday, killing a driver.",
            "flood",
        ),
        (
            "Nine fishermen drowned when their boat sank in a storm off Karachi on Saturday.",
            "capsizing",
        ),
        (
            "A van ploughed into shoppers at a market in Karachi on Saturday, injuring 14.",
            "crash",
        ),
        (
            "Water-bombing planes fought a wildfire that killed two near Larnaca on Friday.",
            "wildfire",
        ),
        # a disaster named as whom the relief was for is the scene of another incident
        (
            (
                "An army helicopter flying aid to victims of the floods crashed near Sukkur on"
                " Saturday, killing its four crew."
            ),
            "crash",
        ),
        (
            (
                "A ferry carrying relief for survivors of Cyclone Amara capsized off Chittagong on"
                " Saturday, killing 11."
            ),
            "capsizing",
        ),
    ],
)
def test_the_event_kind_is_read_from_how_news_names_the_event(text: str, kind: str) -> None:
    assert _event(text).kind == kind


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Flash floods in Marsabit County have killed at least 13 people, aid workers said.",
            "Marsabit County",
        ),
        (
            "Heavy rains in Kenya's Marsabit County have killed at least nine people.",
            "Marsabit County",
        ),
        ("Massive blasts rocked Kharkiv on Tuesday, killing two people.", "Kharkiv"),
    ],
)
def test_a_common_word_opening_the_lead_is_no_place(text: str, place: str) -> None:
    assert _event(text).location == place


def test_a_place_that_is_also_an_english_word_stays_a_place() -> None:
    assert (
        _event("A gunman opened fire in a bar in Mobile on Friday, killing two.").location
        == "Mobile"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A wildfire swept through hamlets east of Larnaca on Saturday, killing four people.",
            "Larnaca",
        ),
        (
            "A roadside bomb exploded 40 km north-west of Kandahar on Monday, killing six soldiers.",
            "Kandahar",
        ),
    ],
)
def test_a_place_a_compass_word_points_from_places_the_event(text: str, place: str) -> None:
    assert _event(text).location == place


def test_a_background_sentence_with_an_earlier_year_gives_no_place() -> None:
    text = (
        "A wildfire swept through hamlets east of Larnaca on Saturday, killing four people.\n"
        "The island's worst blaze, near Limassol in 2021, killed eleven."
    )
    report = cr.reconcile([cr.Document("d1", text, published="2026-05-05")])
    (event,) = [e for e in report.events if e.documents]
    assert event.location == "Larnaca"
