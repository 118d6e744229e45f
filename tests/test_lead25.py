"""The lead's round-25 readings: hazards that 'strike', zero tolls of a group, injuries
found later, and arrests told in a word. Sentences are the lead's own, of invented incidents."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.model import CountClaim


def _counts(text: str) -> list[CountClaim]:
    doc = cr.Document(id="d", text=text, published="2026-03-03")
    return [c for c in cr.extract_claims(doc) if isinstance(c, CountClaim)]


def _readings(text: str) -> set[tuple[str, str, int, int | None]]:
    return {(c.measure, c.group, c.quantity.low, c.quantity.high) for c in _counts(text)}


def test_state_television_on_an_earthquake_is_media_not_a_party() -> None:
    text = "A strong earthquake struck the province at dawn, killing 11 people, state television reported."
    (claim,) = _counts(text)
    assert claim.attribution.kind == "media"


def test_state_television_on_a_strike_speaks_for_its_side() -> None:
    text = "Enemy drones struck the port at dawn, killing 11 people, state television reported."
    kinds = {c.attribution.kind for c in _counts(text)}
    assert kinds == {"party"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("None of the dead were soldiers, the governor's office said.", ("killed", "soldiers")),
        ("None of the wounded were children, a doctor said.", ("injured", "children")),
        ("The movement said none of its fighters were among the dead.", ("killed", "fighters")),
    ],
)
def test_none_of_the_dead_names_a_group_at_zero(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, 0, 0) in _readings(text)


def test_none_of_the_dead_were_identified_counts_nothing() -> None:
    assert _readings("None of the dead were identified by Friday.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were found to have concussions after the shelling, the army said.",
        "Five U.S. troops were found to have traumatic brain injuries after the strike.",
    ],
)
def test_troops_found_to_have_injuries_are_injured(text: str) -> None:
    assert {(m, lo) for m, _, lo, _ in _readings(text)} == {("injured", 5)}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police arrested a welder suspected of building the device.", "suspects"),
        ("Bus plunges into gorge, 12 dead; driver arrested", "people"),
        ("Warehouse fire kills 8; owner held", "people"),
    ],
)
def test_one_arrest_told_in_few_words(text: str, group: str) -> None:
    assert ("arrested", group, 1, 1) in _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The owner held a press conference on Monday.",
        "Police questioned a welder suspected of theft.",
    ],
)
def test_a_role_holding_or_questioned_is_no_arrest(text: str) -> None:
    assert not any(m == "arrested" for m, *_ in _readings(text))


def test_munitions_counted_on_their_way_in_were_launched() -> None:
    text = "The defence ministry said five drones approached the airfield shortly after midnight."
    assert ("launched", "munition.drone", 5, 5) in _readings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three of the drones were shot down and the fourth struck a hangar.",
            {("intercepted", "munition.drone", 3, 3), ("impacted", "munition.drone", 1, 1)},
        ),
        (
            "Two were brought down by air defences, and the third hit an empty barracks.",
            {("intercepted", "munition", 2, 2), ("impacted", "munition", 1, 1)},
        ),
        (
            "The fifth missile hit a warehouse near the port.",
            {("impacted", "munition.missile", 1, 1)},
        ),
    ],
)
def test_a_munition_told_by_its_place_in_a_salvo_struck_once(
    text: str, expected: set[tuple[str, str, int, int | None]]
) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers approached the airfield at dawn.",
        "The second gunman hit a guard near the gate.",
    ],
)
def test_people_approaching_or_hitting_are_no_munitions(text: str) -> None:
    assert not any(m in {"launched", "impacted"} for m, *_ in _readings(text))


def test_a_group_that_sent_the_bomber_claims_the_attack() -> None:
    doc = cr.Document(
        id="d",
        text="The River Front said on its website that it had sent the bomber who struck the checkpoint.",
    )
    stances = [(c.stance, c.actor) for c in cr.extract_claims(doc) if hasattr(c, "stance")]
    assert stances == [("claimed", "The River Front")]


def test_police_sending_officers_claim_nothing() -> None:
    doc = cr.Document(id="d", text="The police said they had sent the officers to the scene.")
    assert not any(hasattr(c, "stance") for c in cr.extract_claims(doc))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Army spokesman Col. Dan Levi repeated on Monday that the raid had killed six militants.",
            "named_person",
        ),
        ("The ministry reiterated that 40 people had died.", "organization"),
    ],
)
def test_a_speaker_who_repeats_a_figure_stands_behind_it(text: str, kind: str) -> None:
    assert {c.attribution.kind for c in _counts(text)} == {kind}


def test_a_side_that_repeated_an_attack_is_no_speaker() -> None:
    (claim,) = _counts("Rebels repeated the attack on Tuesday, killing four soldiers.")
    assert claim.attribution.kind == "none"


def test_a_partitive_goes_on_with_the_speaker_before() -> None:
    text = (
        "Another 30 people were being treated in hospitals in Quetta, the health department "
        "said. Eight of them were flown to Karachi because the burns unit was full."
    )
    assert {c.attribution.source for c in _counts(text)} == {"the health department"}


def test_a_sentence_of_the_reporters_own_keeps_no_speaker() -> None:
    text = "The toll rose to 21, the coast guard said. The ferry was carrying 80 people."
    sources = [c.attribution.source for c in _counts(text) if c.measure == "killed"]
    assert sources == ["the coast guard"]


def test_troops_left_with_injuries_keep_their_nation_written_with_dots() -> None:
    text = "A rocket hit the base, leaving several U.S. service members with minor injuries."
    assert {(c.measure, c.group) for c in _counts(text)} == {("injured", "us.military")}
