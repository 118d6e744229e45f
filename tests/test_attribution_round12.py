"""Attribution, round 12: one-word bodies, party phrases, passive blame, "both" and "neither"."""

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from claimrec.extract import extract
from claimrec.extract._attribution import classify_speaker, names_party
from claimrec.model import CountClaim, Document, ResponsibilityClaim


def counts(text: str) -> list[tuple[int, str, str | None]]:
    """(low, kind, source) of each count claim of *text*, in text order."""
    claims = [c for c in extract(Document(id="r12", text=text)) if isinstance(c, CountClaim)]
    claims.sort(key=lambda c: c.span[0])
    return [(c.quantity.low, c.attribution.kind, c.attribution.source) for c in claims]


def stances(text: str) -> list[tuple[str, str | None, str | None]]:
    """(stance, actor, who stands behind it) of each responsibility claim of *text*."""
    claims = [
        c for c in extract(Document(id="r12", text=text)) if isinstance(c, ResponsibilityClaim)
    ]
    claims.sort(key=lambda c: c.span[0])
    return [(c.stance, c.actor, c.attribution.source) for c in claims]


# 1. a one-word name with no given name or title that issues statements is a body
@pytest.mark.parametrize(
    "text",
    [
        "Talvar said in a statement that 14 soldiers were killed at the outpost.",
        "Talvar said on Telegram that 14 soldiers were killed at the outpost.",
        "Talvar said late on Sunday in a communique that 14 soldiers were killed.",
        "Talvar, which has fought the army for a decade, said 14 soldiers were killed.",
        "In the north, Talvar say 14 soldiers were killed at the outpost.",
    ],
)
def test_a_one_word_name_that_speaks_as_a_body_is_an_organization(text: str) -> None:
    assert counts(text) == [(14, "organization", "Talvar")]


def test_a_plural_verb_after_an_opening_capital_makes_no_body() -> None:
    """A sentence's first word is capitalised whatever it is: "Classmates say" is people."""
    assert [kind for _, kind, _ in counts("Classmates say 14 students were hurt.")] != [
        "organization"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Karimi said 14 soldiers were killed at the outpost.",
        "Karimi told reporters that 14 soldiers were killed at the outpost.",
        "Maria Karimi said in a statement that 14 soldiers were killed.",
        "Gen. Karimi said in a statement that 14 soldiers were killed.",
    ],
)
def test_a_person_speaking_stays_a_person(text: str) -> None:
    assert [kind for _, kind, _ in counts(text)] == ["named_person"]


def test_a_surname_named_before_stays_a_person_in_a_statement() -> None:
    text = (
        "Ahmed Karimi, who runs the ward, said 40 people were wounded. "
        "Karimi said in a statement that seven of the wounded had died."
    )
    assert [kind for _, kind, _ in counts(text)] == ["named_person", "named_person"]


def test_an_institution_after_an_office_holder_stays_an_institution() -> None:
    text = "The provincial police chief said eight people died. Police later raised the toll to 11."
    assert counts(text)[-1][1] == "organization"


# 2. the party cues hold phrases: "Islamic State" is one entry of the one table
@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Islamic State", "party"),
        ("Islamic State's Sahel Province", "party"),
        ("the Islamic affairs ministry", "organization"),
    ],
)
def test_party_phrases_come_from_the_table(phrase: str, kind: str) -> None:
    made = classify_speaker(phrase)
    assert made is not None
    assert made.kind == kind


def test_a_party_phrase_matches_whole_words_only() -> None:
    assert names_party(["islamic", "state"])
    assert not names_party(["islamic", "statehood"])
    assert not names_party(["state", "islamic"])


def test_a_party_phrase_speaking_of_its_fighters_is_a_party() -> None:
    text = "Islamic State said in a statement that its fighters had killed 20 soldiers."
    assert counts(text) == [(20, "party", "Islamic State")]


# 3. passive blame: the one blamed, and who blamed them after "by"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sabil Movement was blamed by the army for the bombing of the depot.",
            ("blamed", "Sabil", "the army"),
        ),
        (
            "The attack was blamed on separatist militants by local officials.",
            ("blamed", "separatist militants", "local officials"),
        ),
        (
            "The bombing was blamed by the interior ministry on a splinter faction.",
            ("blamed", "a splinter faction", "the interior ministry"),
        ),
        (
            "The convoy was hit by a roadside bomb, which the army blamed on the Eastern Legion.",
            ("blamed", "the Eastern Legion", "the army"),
        ),
    ],
)
def test_a_passive_blame_names_its_blamer(text: str, expected: tuple[str, str, str]) -> None:
    assert stances(text) == [expected]


def test_a_blame_with_no_agent_names_no_blamer_from_by() -> None:
    found = stances("The attack on the airbase was blamed on the Dawn Brigades.")
    assert [(s, a) for s, a, _ in found] == [("blamed", "the Dawn Brigades")]


# 4. "both" means the two actors named before; "neither" claims nothing
def test_both_after_two_blamed_groups_denies_for_each() -> None:
    text = (
        "Police blamed the Northern Front and the Sabil Brigades for the attack on the "
        "checkpoint. Both denied involvement."
    )
    assert [(s, a) for s, a, _ in stances(text)] == [
        ("blamed", "the Northern Front"),
        ("blamed", "the Sabil Brigades"),
        ("denied", "the Northern Front"),
        ("denied", "the Sabil Brigades"),
    ]


def test_both_with_two_names_denies_for_each_in_its_own_voice() -> None:
    text = "Both the militia and the army denied responsibility for the explosion at the market."
    assert stances(text) == [
        ("denied", "the militia", "the militia"),
        ("denied", "the army", "the army"),
    ]


def test_one_name_with_and_inside_stays_one_actor() -> None:
    text = "The Front for Peace and Justice claimed responsibility for the bombing."
    assert [a for _, a, _ in stances(text)] == ["The Front for Peace and Justice"]


@pytest.mark.parametrize(
    "text",
    [
        "Two armed groups operate near the dam, and neither side claimed the attack.",
        "Neither the army nor the rebels claimed the shelling of the market.",
    ],
)
def test_neither_side_claims_nothing(text: str) -> None:
    assert [s for s, _, _ in stances(text)] == ["none_claimed"]


# 5. blame answered in the same sentence; sides blaming each other; relays of a bare name
def test_a_blamed_group_that_claims_it_in_a_relative_clause_claims() -> None:
    text = "Officials blamed the blast on the Hill Front, which claimed it hours later."
    assert stances(text) == [
        ("blamed", "the Hill Front", "Officials"),
        ("claimed", "the Hill Front", "the Hill Front"),
    ]


def test_which_claimed_it_was_is_no_claim() -> None:
    text = "Officials blamed the blast on the Hill Front, which claimed it was not involved."
    assert [s for s, _, _ in stances(text)] == ["blamed"]


def test_a_denial_in_a_statement_answers_the_blame_before_it() -> None:
    text = (
        "The government blamed the bombing on the Hill Front; the group denied it in a statement."
    )
    assert [(s, a) for s, a, _ in stances(text)] == [
        ("blamed", "the Hill Front"),
        ("denied", "the Hill Front"),
    ]


def test_sides_blaming_each_other_are_each_blamed_by_the_other() -> None:
    text = "The rebels and the army blamed each other for the shelling of the hospital."
    assert stances(text) == [
        ("blamed", "The rebels", "the army"),
        ("blamed", "the army", "The rebels"),
    ]


def test_blaming_each_other_for_no_attack_is_no_stance() -> None:
    assert stances("The two coaches blamed each other for the defeat.") == []


def test_a_bare_name_before_which_cited_relays_its_source() -> None:
    found = extract(
        Document(
            id="r12",
            text="According to Reuters, which cited security sources, 11 guards were killed.",
        )
    )
    assert [(c.attribution.kind, c.attribution.chain) for c in found] == [
        ("anonymous_official", ("Reuters", "security sources"))
    ]


@pytest.mark.parametrize(
    "piece",
    [
        "Talvar said on Telegram, which ",
        "Talvar said in a statement in a statement ",
        "The Front was blamed by the army for the ",
        "the attack was blamed on the Front by the ",
        "the bombing was blamed by the army on the ",
        "Both the militia and the army and the ",
        "neither the army nor the rebels nor ",
        "blamed the Front and the Brigades and the ",
        "Both denied involvement. Both ",
        "blamed the bombing on the Front, which claimed it, which ",
        "the Ab and the Cd blamed each other for the ",
        "According to Ab Cd Ef Gh, which cited ",
    ],
)
def test_hostile_repeats_end_with_short_sources(
    piece: str, no_hang: Callable[[int], AbstractContextManager[None]]
) -> None:
    """A piece repeated 400 times ends (no runaway backtracking) and names no run as a source."""
    with no_hang(60):
        claims = extract(Document(id="h", text=piece * 400 + "the bombing."))
    for claim in claims:
        assert len(claim.attribution.source or "") < 160
        if isinstance(claim, ResponsibilityClaim):
            assert len(claim.actor or "") < 200
