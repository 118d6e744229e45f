"""A people named by the nation of the country the event happened in is the event's people."""

from __future__ import annotations

import pytest

from claimrec import kinds
from claimrec.extract import extract_claims
from claimrec.extract._home import home_group
from claimrec.model import Document


def _groups(text: str, published: str = "2025-03-10") -> list[tuple[str, str | None]]:
    doc = Document("d", text, published=published)
    return [(c.measure, c.group) for c in extract_claims(doc) if hasattr(c, "group")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Militants attacked a police camp in Lamu, Kenya, on Monday, killing five Kenyan soldiers.",
            [("killed", "soldiers")],
            id="home soldiers are soldiers",
        ),
        pytest.param(
            "Airstrikes killed 12 Palestinians in Khan Younis on Friday, the health ministry said.",
            [("killed", "people")],
            id="home people are people",
        ),
        pytest.param(
            "Five Kenyan soldiers were killed on Monday when their convoy hit a mine near "
            "Beledweyne in Somalia.",
            [("killed", "soldiers.ke")],
            id="soldiers abroad keep their nation",
        ),
        pytest.param(
            "Seven Americans were wounded on Monday in a rocket attack on a base in Erbil, Iraq.",
            [("injured", "us")],
            id="Americans in Iraq stay Americans",
        ),
        pytest.param(
            "Two Iraqi soldiers were killed in a roadside bombing in Mosul on Sunday.",
            [("killed", "iraqi_security_forces")],
            id="the contract's own key stays",
        ),
    ],
)
def test_a_group_names_a_nation_only_where_it_tells_people_apart(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _groups(text) == expected


def test_a_report_with_no_place_keeps_every_nation() -> None:
    assert _groups("Five Kenyan soldiers were killed on Monday.") == [("killed", "soldiers.ke")]


@pytest.mark.parametrize("country", ["KE", "PS", "IQ", "US", "GB", "UA", "RU"])
def test_every_group_read_at_home_is_a_key_of_the_taxonomy_and_reads_so_twice(country: str) -> None:
    for group in kinds.TAXONOMY:
        home = home_group(group, country)
        assert home in kinds.TAXONOMY
        assert home_group(home, country) == home
        assert kinds.is_person(home) == kinds.is_person(group)


def _counts(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document("d", text, published="2025-03-05")
    return [
        (c.measure, c.group, str(c.quantity)) for c in extract_claims(doc) if hasattr(c, "group")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least nine divers whose boat overturned near the reef were missing.",
            [("missing", "people", "at least 9")],
            id="whose clause then were missing",
        ),
        pytest.param(
            "Four porters who had carried supplies to the camp were killed by the avalanche.",
            [("killed", "people", "4")],
            id="who clause then were killed",
        ),
        pytest.param(
            "Two residents who saw the blast said six people were killed.",
            [("killed", "people", "6")],
            id="a speaker inside the clause counts nothing",
        ),
        pytest.param(
            "Five inspectors who visited the plant were briefed by the company.",
            [],
            id="a passive of no measure counts nothing",
        ),
    ],
)
def test_a_count_reads_its_predicate_past_a_relative_clause(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Crews cleared the last of the rubble on Thursday, bringing the number of "
            "workers who died in Tuesday's collapse at the depot to 14, the mayor said.",
            [("killed", "people", "14")],
            id="a toll update's gerund",
        ),
        pytest.param(
            "The number of hikers who died on the pass has climbed to 8.",
            [("killed", "people", "8")],
            id="a relative clause and its verb",
        ),
        pytest.param(
            "The number of people who died or were hurt rose to 30.",
            [],
            id="dead and hurt together are no toll of the dead",
        ),
    ],
)
def test_the_number_of_people_who_died_is_a_toll(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _counts(text) == expected
