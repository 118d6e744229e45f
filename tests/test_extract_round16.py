"""Extraction, round 16: casualty reporting beyond conflict (capsizings, collapses, fires)."""

from __future__ import annotations

import pytest

from claimrec import CountClaim, Document
from claimrec.extract import extract


def _counts(text: str) -> list[tuple[str, int, int | None, str]]:
    """(measure, low, high, scope) of the counts read from *text*."""
    claims = extract(Document(id="r16", text=text))
    return [
        (c.measure, c.quantity.low, c.quantity.high, c.scope)
        for c in claims
        if isinstance(c, CountClaim)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The blast at the depot, which employs 900 people, killed two guards.",
        "The roof of the arena, which can hold 6,000 spectators, fell in and killed two guards.",
        "A fire at the school, which houses about 300 pupils, killed two guards.",
    ],
)
def test_how_many_a_place_holds_is_no_count(text: str) -> None:
    assert _counts(text) == [("killed", 2, 2, "event")]


def test_the_bodies_of_all_of_a_figure_are_the_dead() -> None:
    assert _counts("Navy divers recovered the bodies of all 14 people aboard the tug.") == [
        ("killed", 14, 14, "event")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two guards who were wounded in a previous attack said the raiders came at dawn.",
        "Two guards injured in an earlier bombing told reporters the gate was unguarded.",
    ],
)
def test_speakers_hurt_in_an_earlier_incident_are_no_count(text: str) -> None:
    assert _counts(text) == []


def test_speakers_hurt_in_this_incident_still_count() -> None:
    assert _counts("Two guards who were wounded in the attack said the raiders came at dawn.") == [
        ("injured", 2, 2, "event")
    ]


def test_a_count_with_a_verb_of_its_own_is_no_second_object() -> None:
    text = "The fire killed six patients, and 25 others were moved to nearby hospitals."
    assert _counts(text) == [("killed", 6, 6, "event"), ("evacuated", 25, 25, "event")]


def test_a_second_object_still_shares_the_verb() -> None:
    assert _counts("The fire killed six patients and two nurses.") == [
        ("killed", 6, 6, "event"),
        ("killed", 2, 2, "event"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A district official said '45' people had died in the flood.", [("killed", 45, 45)]),
        ("A police officer said 'dozens' of people were hurt.", [("injured", 24, 99)]),
        ("A police officer said a man was hurt.", [("injured", 1, 1)]),
    ],
)
def test_a_speakers_article_is_no_count(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert [c[:3] for c in _counts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since Friday, the toll has risen to 35, the governor said.",
        "Since dawn, the death toll has climbed to 35.",
        "The toll has risen to 35 since Friday, rescuers said.",
    ],
)
def test_a_toll_risen_since_a_recent_time_is_this_events(text: str) -> None:
    assert _counts(text) == [("killed", 35, 35, "event")]


@pytest.mark.parametrize(
    "text",
    [
        "Since January, the toll has risen to 350.",
        "Since Friday, 35 people have been killed in the province.",
    ],
)
def test_a_tally_over_a_period_stays_cumulative(text: str) -> None:
    assert [c[3] for c in _counts(text)] == ["cumulative"]


@pytest.mark.parametrize("target", ["a school", "a hospital", "the market", "a mosque"])
def test_munitions_that_got_through_hit_any_target_of_the_table(target: str) -> None:
    text = f"Six drones were shot down and two others hit {target}, officials said."
    assert [c[:3] for c in _counts(text)] == [("intercepted", 6, 6), ("impacted", 2, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aircraft, carrying 40 passengers and four crew, came down and none survived.",
            [("killed", 40, 40), ("killed", 4, 4)],
        ),
        (
            "The minibus, with 18 people on board, fell into a ravine and none survived.",
            [("killed", 18, 18)],
        ),
        ("The aircraft, carrying 40 passengers and four crew, landed safely.", []),
    ],
)
def test_people_carried_that_none_survived_are_the_dead(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert [c[:3] for c in _counts(text)] == expected


def test_the_sick_are_no_subject_of_the_deaths_after_them() -> None:
    text = "The outbreak has sickened 4,000 people this year and 65 have died."
    assert [c[:2] for c in _counts(text)] == [("killed", 65)]
