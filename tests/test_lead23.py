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
