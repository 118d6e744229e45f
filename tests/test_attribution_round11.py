"""Attribution, round 11: closing relays, earlier figures, agentless passives, headline claims."""

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from claimrec.extract import extract
from claimrec.model import CountClaim, Document


def attributions(text: str) -> list[tuple[int, str, str | None, tuple[str, ...]]]:
    """(low, kind, source, chain) of each count claim of *text*, in text order."""
    claims = [c for c in extract(Document(id="r11", text=text)) if isinstance(c, CountClaim)]
    claims.sort(key=lambda c: c.span[0])
    return [
        (c.quantity.low, c.attribution.kind, c.attribution.source, c.attribution.chain)
        for c in claims
    ]


# 1. "X said, according to AFP": the agency relays X's figure; X stands behind it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people died in the blaze, the fire brigade said, according to AFP.",
            (9, "organization", "the fire brigade", ("AFP", "the fire brigade")),
        ),
        (
            "At least 14 people were killed, the interior ministry said, according to Reuters.",
            (14, "organization", "the interior ministry", ("Reuters", "the interior ministry")),
        ),
    ],
)
def test_a_speaker_before_a_closing_according_to_is_relayed(
    text: str, expected: tuple[int, str, str, tuple[str, ...]]
) -> None:
    assert attributions(text) == [expected]


def test_two_agencies_relaying_one_speaker_give_one_source() -> None:
    first = attributions("Nine people died, the fire brigade said, according to AFP.")
    second = attributions("Nine people died, the fire brigade said, according to Reuters.")
    assert [a[1:3] for a in first] == [a[1:3] for a in second]


def test_a_clause_opening_with_according_to_is_still_relayed_by_its_speaker() -> None:
    text = "The mayor said on Monday that, according to the hospital, 12 people had died."
    assert attributions(text) == [
        (12, "organization", "the hospital", ("The mayor", "the hospital"))
    ]


# 2. "up from 96 reported on Sunday": the earlier figure is no speaker
@pytest.mark.parametrize(
    "text",
    [
        "Medical officials put the number of dead at 130, up from 85 reported on Monday.",
        "The ministry said 75 people died, up from 60 announced a day earlier.",
        "The agency said 31 people were missing, down from 40 given on Friday.",
    ],
)
def test_an_earlier_figure_is_never_a_source(text: str) -> None:
    found = attributions(text)
    assert len(found) == 2
    for _, _, source, chain in found:
        assert source is None or not any(ch.isdigit() for ch in source)
        assert not any(ch.isdigit() for link in chain for ch in link)
    assert found[0][1] != "vague"


@pytest.mark.parametrize(
    "text",
    [
        "Medical officials raised the toll to 130, up from 85 reported a day earlier by the ministry.",
        "Medical officials raised the toll to 130, up from 85 reported on Monday by the ministry.",
    ],
)
def test_an_earlier_figure_with_its_agent_after_a_time_is_the_agents(text: str) -> None:
    assert [a[:3] for a in attributions(text)] == [
        (130, "anonymous_official", "Medical officials"),
        (85, "organization", "the ministry"),
    ]


# 3. a toll is never a speaker; a passive with no agent names no one
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regional toll was revised to 37 killed, reports said.", ("vague", "reports")),
        ("The toll announced by the province was revised to 37.", ("organization", "the province")),
        ("The district toll was revised to 37.", ("none", None)),
    ],
)
def test_a_toll_is_never_its_own_speaker(text: str, expected: tuple[str, str | None]) -> None:
    assert [a[1:3] for a in attributions(text)] == [expected]


# 4. "double the 45 announced by the authorities": the agent of the earlier figure
def test_the_agent_of_an_earlier_figure_stands_behind_it() -> None:
    text = "The hospital said 80 people had died, twice the 40 announced by the governor's office."
    found = attributions(text)
    assert [a[:3] for a in found] == [
        (80, "organization", "The hospital"),
        (40, "organization", "the governor's office"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 90 people had died, more than double the 45 that the authorities announced.",
        "Officials said 90 people had died, against 45 announced by the authorities.",
        "Officials said 90 people had died, compared with 45 reported by the police.",
    ],
)
def test_a_figure_compared_with_another_keeps_the_sentences_speaker(text: str) -> None:
    assert attributions(text)[0] == (90, "anonymous_official", "Officials", ("Officials",))


def test_a_multiple_of_an_earlier_figure_leaves_each_to_its_own_speaker() -> None:
    text = "Ninety people died, three times the 30 reported by the police, the hospital said."
    assert [a[:3] for a in attributions(text)] == [
        (90, "organization", "the hospital"),
        (30, "organization", "the police"),
    ]


# 5. a headline "Militants claim dozens killed": the claimant's figure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels claim dozens killed in raid on army post", ("party", "Rebels")),
        ("Insurgents claim 30 soldiers killed in attack on base", ("party", "Insurgents")),
        ("Army claims 50 militants killed in offensive", ("organization", "Army")),
    ],
)
def test_a_headline_claim_is_the_claimants_figure(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert [a[1:3] for a in attributions(text)] == [expected]


@pytest.mark.parametrize(
    "piece",
    [
        "the fire brigade said, according to AFP, ",
        "up from 60 announced ",
        "the toll was revised to ",
        "Rebels claim dozens killed ",
        "twice the 45 that the police announced ",
        "compared with 45 reported by ",
        "up from 85 reported on Monday by the ",
        "nine died, reports said, ",
    ],
)
def test_hostile_repeats_end_with_short_sources(
    piece: str, no_hang: Callable[[int], AbstractContextManager[None]]
) -> None:
    """A piece repeated 400 times ends (no runaway backtracking) and names no run as a source."""
    with no_hang(60):
        claims = extract(Document(id="h", text=piece * 400 + "."))
    for claim in claims:
        assert len(claim.attribution.source or "") < 100
