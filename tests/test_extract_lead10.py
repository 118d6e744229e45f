"""Extraction fixes of the lead's round-10 review, each in sentences of my own."""

from __future__ import annotations

import pytest

from claimrec import Document, extract_claims


def _read(text: str) -> set[tuple[str, int, str | None]]:
    claims = extract_claims(Document(id="d", text=text))
    return {(c.measure, c.quantity.low, c.pattern) for c in claims if hasattr(c, "measure")}


@pytest.mark.parametrize(
    "text",
    [
        "Police said 12 people died at the market, including the two bombers, and 30 others were hurt.",
        "Officials said 14 people died in the blast, including the two attackers, and 25 were injured.",
    ],
)
def test_a_part_named_with_its_article_is_no_subject_of_the_next_clause(text: str) -> None:
    read = _read(text)
    assert ("killed", 2, "including_part") in read
    assert not any(m == "injured" and low == 2 for m, low, _ in read)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "The Pentagon said eight troops were hurt in the strike, up from the four first reported.",
            4,
        ),
        ("Officials said 40 people were killed, up from the 32 initially reported.", 32),
        ("The toll rose to 31 from 25 originally given by the police.", 25),
    ],
)
def test_an_earlier_figure_first_or_initially_reported_is_read(text: str, earlier: int) -> None:
    assert any(low == earlier and rule == "earlier_figure" for _, low, rule in _read(text))


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A monitoring group put the toll far higher, at 212, citing local medics.", 212),
        ("The relief agency put the number of deaths lower, at 61.", 61),
    ],
)
def test_a_toll_put_higher_or_lower_at_a_figure_is_read(text: str, toll: int) -> None:
    assert ("killed", toll, "put_toll_at") in _read(text)
