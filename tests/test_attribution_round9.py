"""Attribution, round 9: coordinated speakers, set-aside reports, run-on sources, self-speaking groups."""

import pytest

from claimrec.extract import extract
from claimrec.model import CountClaim, Document


def sources(text: str) -> list[tuple[str, str | None]]:
    """(kind, source) of each count claim of *text*, in text order."""
    claims = [c for c in extract(Document(id="r9", text=text)) if isinstance(c, CountClaim)]
    claims.sort(key=lambda c: c.span[0])
    return [(c.attribution.kind, c.attribution.source) for c in claims]


# 1. ", and police said 3 died": the second speaker's words are its own clause
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels said 5 soldiers were killed near the dam, and police said 3 civilians died.",
            [("party", "Rebels"), ("organization", "police")],
        ),
        (
            "The mayor said 14 people were killed in the storm, and firefighters said 6 were missing.",
            [("anonymous_official", "The mayor"), ("organization", "firefighters")],
        ),
        (
            "Eight people died when the bridge fell, and police said 20 more were hurt.",
            [("none", None), ("organization", "police")],
        ),
    ],
)
def test_coordinated_speaker_keeps_to_its_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert sources(text) == expected


def test_pronoun_after_and_keeps_the_sentence_speaker() -> None:
    found = sources("Police said eight people died, and he said 20 were hurt.")
    assert found == [("organization", "Police"), ("organization", "Police")]


# 2. "contrary to reports of 23 dead": the reports stand behind the 23 only
@pytest.mark.parametrize(
    ("text", "kept", "set_aside"),
    [
        ("The governor said 40 people died, contrary to reports of 23 dead.", "40", "23"),
        ("Contrary to early reports of 70 dead, the ministry said 45 were killed.", "45", "70"),
        ("Unlike earlier reports of 9 deaths, the agency said 4 people died.", "4", "9"),
    ],
)
def test_reports_set_aside_are_their_own_source(text: str, kept: str, set_aside: str) -> None:
    claims = [c for c in extract(Document(id="r9", text=text)) if isinstance(c, CountClaim)]
    by_text = {text[c.span[0] : c.span[1]]: c.attribution for c in claims}
    aside = next(a for t, a in by_text.items() if set_aside in t)
    own = next(a for t, a in by_text.items() if kept in t and set_aside not in t)
    assert aside.kind == "vague"
    assert "reports" in (aside.source or "")
    assert own.kind != "vague"


# 3. "said that according to local officials 12 people": the source ends before the figure
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The army said that according to local officials 12 people were killed.",
            "local officials",
        ),
        ("A spokesman said according to the police 9 people were hurt in the crash.", "the police"),
        ("According to hospital staff 31 patients were hurt in the fire.", "hospital staff"),
    ],
)
def test_according_to_without_comma_stops_at_the_figure(text: str, source: str) -> None:
    found = sources(text)
    assert found
    assert found[0][1] == source


# 4. a speaker whose name holds an -ing word: "the housing ministry"
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At least 12 families lost their homes, according to the housing ministry.",
            "the housing ministry",
        ),
        ("According to the planning ministry, 300 homes were destroyed.", "the planning ministry"),
        (
            "Some 40 miners were trapped, according to the mining department.",
            "the mining department",
        ),
        (
            "According to the shipping authority, 6 crew members are missing.",
            "the shipping authority",
        ),
    ],
)
def test_ing_word_inside_a_speaker_name(text: str, source: str) -> None:
    assert sources(text) == [("organization", source)]


def test_ing_participle_still_ends_the_source() -> None:
    found = sources("According to officials briefing reporters on Monday, 14 people died.")
    assert found == [("anonymous_official", "officials")]


# 5. a group speaking for itself ("in a statement", "on its channel", "its fighters")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Al-Shabaab said in a statement on Monday that it had killed 30 soldiers.", "party"),
        ("Kataib Sayed said on its channel that it had attacked the base, killing 4.", "party"),
        ("Boko Haram said its fighters killed 17 soldiers in the raid.", "party"),
        ("Northwind said on its website that 3 employees were hurt in the fire.", "organization"),
    ],
)
def test_named_body_speaking_for_itself(text: str, kind: str) -> None:
    assert [k for k, _ in sources(text)] == [kind]


def test_person_with_statement_stays_a_person() -> None:
    found = sources("Maria Lopez said in a statement that 5 people were hurt.")
    assert found == [("named_person", "Maria Lopez")]
