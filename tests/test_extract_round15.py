"""Extraction, round 15: held figures, wholes less a part, speakers, estimates' bounds."""

from __future__ import annotations

import pytest

from claimrec import CountClaim, Document
from claimrec.extract import extract


def _counts(text: str) -> list[tuple[str, int, int | None, str]]:
    """(measure, low, high, scope) of the counts read from *text*."""
    claims = extract(Document(id="r15", text=text))
    return [
        (c.measure, c.quantity.low, c.quantity.high, c.scope)
        for c in claims
        if isinstance(c, CountClaim)
    ]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The toll has stood at 40 since Tuesday, officials said.", 40),
        ("The death toll has remained at 35 since Friday, the agency said.", 35),
        ("Officials said the number of dead was unchanged since dawn at 140.", 140),
        ("The number of dead has stayed at 64 since Saturday, the governor said.", 64),
    ],
)
def test_a_figure_held_since_a_time_is_this_events_count(text: str, low: int) -> None:
    assert _counts(text) == [("killed", low, low, "event")]


def test_a_tally_since_a_time_stays_cumulative() -> None:
    assert _counts("Since Tuesday, 40 people have been killed in the region.") == [
        ("killed", 40, 40, "cumulative")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All but one of the 40 passengers on the bus were killed.", ("killed", 39, 39)),
        ("All but two of the 60 people aboard were rescued.", ("rescued", 58, 58)),
        ("All but two of the 30 people aboard survived.", ("killed", 2, 2)),
        ("None of the 12 crew members survived the crash.", ("killed", 12, 12)),
        ("There were no survivors among the 157 people on board.", ("killed", 157, 157)),
    ],
)
def test_wholes_less_a_part_and_wholes_that_did_not_survive(
    text: str, expected: tuple[str, int, int]
) -> None:
    assert [c[:3] for c in _counts(text)] == [expected]


def test_only_some_survived_says_nothing_of_the_rest() -> None:
    assert _counts("Only one of the 40 people on board survived.") == []


def test_speakers_after_according_to_are_not_counted() -> None:
    assert [
        c[:3] for c in _counts("According to two security sources, seven soldiers were killed.")
    ] == [("killed", 7, 7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said no more than 50 people could have died.", [("killed", 0, 50)]),
        ("At most 30 people could have been killed, police said.", [("killed", 0, 30)]),
        ("More than 200 people could have been killed if the bomb had gone off.", []),
        ("Hundreds could have died had the alarm not sounded.", []),
    ],
)
def test_an_upper_bound_before_could_have_is_an_estimate(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert [c[:3] for c in _counts(text)] == expected


def test_a_quoted_vague_figure_is_read() -> None:
    assert [c[:3] for c in _counts("The slide left two dead and 'dozens' trapped.")] == [
        ("killed", 2, 2),
        ("missing", 24, 99),
    ]
