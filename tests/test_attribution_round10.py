"""Attribution and responsibility, round 10: described names, bodies' names, relative denials, places first."""

import pytest

from claimrec.extract import extract
from claimrec.model import CountClaim, Document, ResponsibilityClaim


def sources(text: str) -> list[tuple[str, str | None]]:
    """(kind, source) of each count claim of *text*, in text order."""
    claims = [c for c in extract(Document(id="r10", text=text)) if isinstance(c, CountClaim)]
    claims.sort(key=lambda c: c.span[0])
    return [(c.attribution.kind, c.attribution.source) for c in claims]


def stances(text: str) -> list[tuple[str, str | None]]:
    """(stance, actor) of each responsibility claim of *text*, in text order."""
    claims = [
        c for c in extract(Document(id="r10", text=text)) if isinstance(c, ResponsibilityClaim)
    ]
    claims.sort(key=lambda c: c.span[0])
    return [(c.stance, c.actor) for c in claims]


# 1. "X, a volunteer group, said": the apposition says what kind of source the name is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northwatch, a monitoring group, said 12 people died.", ("organization", "Northwatch")),
        (
            "Forty people died, said the Lakeside Aid Network, a volunteer group.",
            ("organization", "the Lakeside Aid Network"),
        ),
        ("The Hill Times, a local newspaper, said 40 people died.", ("media", "The Hill Times")),
        ("Karimi, a local doctor, said 40 people died.", ("named_person", "Karimi")),
        ("Omar Sayed, a spokesman for the agency, said 4 died.", ("named_person", "Omar Sayed")),
    ],
)
def test_an_apposition_names_the_kind_of_a_named_source(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert sources(text) == [expected]


# 2. a name with an inner "the" is a body's name, not a person's
def test_a_name_holding_the_is_an_institution() -> None:
    found = sources("Rescue the Valley said in a statement that 9 people died.")
    assert found == [("organization", "Rescue the Valley")]


def test_a_persons_statement_stays_a_person() -> None:
    found = sources("Maria Lopez said in a statement that 9 people died.")
    assert found == [("named_person", "Maria Lopez")]


# 3. a spokesman who asks not to be named is an anonymous source
def test_a_spokesman_asking_not_to_be_named_is_anonymous() -> None:
    text = "A spokesman for the province, who asked not to be named, said 7 people were missing."
    assert [kind for kind, _ in sources(text)] == ["anonymous_official"]


def test_anonymity_elsewhere_in_the_sentence_leaves_the_spokesman_alone() -> None:
    text = "A spokesman for the province said 7 died, while an official speaking on condition of anonymity said 9 died."
    assert [kind for kind, _ in sources(text)] == ["organization", "anonymous_official"]


# 4. "X blamed Y, which denied ...": Y is blamed and Y denies
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The police blamed the gang, which denied carrying out the shooting.",
            [("blamed", "the gang"), ("denied", "the gang")],
        ),
        (
            "The army blamed the rebels for the raid on the convoy, which denied carrying out any strikes.",
            [("blamed", "the rebels"), ("denied", "the rebels")],
        ),
    ],
)
def test_a_relative_denial_belongs_to_the_one_blamed(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert stances(text) == expected


# 5. "In Kabul the Taliban claimed": the place written first is no part of the actor
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("In Kandahar the Taliban claimed the bombing.", "the Taliban"),
        ("In the north on Monday the Hill Front claimed the ambush.", "the Hill Front"),
    ],
)
def test_a_place_written_first_is_cut_from_the_actor(text: str, actor: str) -> None:
    assert stances(text) == [("claimed", actor)]


# 6. a claim of a run of attacks, and suspicion after no claim
def test_a_series_of_attacks_is_claimed() -> None:
    text = "An alliance of militias claimed a series of attacks on bases in the east."
    assert stances(text) == [("claimed", "An alliance of militias")]


def test_suspicion_after_no_claim_of_responsibility_is_blame() -> None:
    text = "No group has claimed responsibility, but suspicion fell on a local cell."
    assert stances(text) == [("none_claimed", None), ("blamed", "a local cell")]


# 7. a bomber's deed told by its group, a downing claimed, "played no part" closing a clause
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The front said one of its fighters had blown himself up at the gate.",
            [("claimed", "The front")],
        ),
        (
            "Near the pass a small militia claimed the downing of the jet.",
            [("claimed", "a small militia")],
        ),
        (
            "Police blamed the bombing on the Hill Front; the front said it had played no part.",
            [("blamed", "the Hill Front"), ("denied", "the front")],
        ),
    ],
)
def test_deeds_downings_and_no_part(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert stances(text) == expected


def test_a_group_after_a_semicolon_is_no_apposition_of_the_clause_before() -> None:
    text = (
        "Police blamed the bombing on the Hill Front; the group said it had no role in the attack."
    )
    assert stances(text) == [("blamed", "the Hill Front"), ("denied", "the Hill Front")]


# 8. a state's ministry spokesman denies for the state: "Iran's foreign ministry spokesman"
def test_a_ministry_spokesman_denies_for_the_state() -> None:
    text = "Iran's foreign ministry spokesman rejected any link to the attack on the base."
    assert stances(text) == [("denied", "Iran")]


# 9. bodies' names: "The X Y", inner prepositions, one-word agencies, aliases, hyphenated outlets
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Refugee Relief Fund said 5,000 people had fled.",
            ("organization", "The Refugee Relief Fund"),
        ),
        (
            "Action Against Floods said 30 people died.",
            ("organization", "Action Against Floods"),
        ),
        ("Thirty people died, Amnesty said.", ("organization", "Amnesty")),
        (
            "The Valley Civil Defence, also known as the Blue Helmets, said 33 bodies were recovered.",
            ("organization", "The Valley Civil Defence"),
        ),
        (
            "Two people died, the Riverton Gazette-Mail reports.",
            ("media", "the Riverton Gazette-Mail"),
        ),
        ("The Rev. Ann Lee said 3 people died.", ("named_person", "The Rev. Ann Lee")),
    ],
)
def test_names_of_bodies_and_outlets(text: str, expected: tuple[str, str | None]) -> None:
    assert sources(text) == [expected]


# 10. a headline's reduced passive blames its subject; a cause blamed is no one
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lake Front blamed for drone attack on army base", [("blamed", "Lake Front")]),
        ("Gas leak blamed for blast at steel plant", []),
    ],
)
def test_a_headline_blamed_for(title: str, expected: list[tuple[str, str | None]]) -> None:
    doc = Document(id="r10", text=f"{title}\n\nThe blast struck at dawn.", title=title)
    claims = [c for c in extract(doc) if isinstance(c, ResponsibilityClaim)]
    assert [(c.stance, c.actor) for c in claims] == expected


# 11. a network of people is no broadcaster; "neither group has claimed" is no claim
def test_a_network_of_activists_is_an_organization() -> None:
    found = sources("A network of volunteer medics said 12 people died in the shelling.")
    assert found == [("organization", "A network of volunteer medics")]


def test_neither_group_has_claimed() -> None:
    assert stances("Neither faction has claimed the ambush on the convoy.") == [
        ("none_claimed", None)
    ]


# 12. denials that answer blame: a named denier, "denied it", "that has denied", "which later denied"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials blamed the Hill Front for the raid on the market, which Tehran denied.",
            [("blamed", "the Hill Front"), ("denied", "Iran")],
        ),
        (
            "Officials blamed the separatists for the blast; the separatists denied it.",
            [("blamed", "the separatists"), ("denied", "the separatists")],
        ),
        (
            "Police blamed the Hill Front, a militia that has denied involvement in past attacks.",
            [("blamed", "the Hill Front"), ("denied", "the Hill Front")],
        ),
        (
            "The army blamed the militia, which later denied carrying out the attack.",
            [("blamed", "the militia"), ("denied", "the militia")],
        ),
    ],
)
def test_denials_that_answer_blame(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they downed a jet, which Tehran denied.",
        "It is not known which group later claimed the attack.",
    ],
)
def test_no_stance_without_blame_or_in_a_question(text: str) -> None:
    assert stances(text) == []


# 13. an inverted "said" before a bare speaker, and an anonymity clause after the speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people died in the blast, said police.", [("organization", "police")]),
        ("Nine people died in the blast, said witnesses.", [("vague", "witnesses")]),
        (
            "Nine people died, said officials at the district hospital.",
            [("anonymous_official", "officials")],
        ),
        (
            '"We have counted 40 bodies," said a nurse at the clinic, who spoke on condition of anonymity.',
            [("anonymous_official", "a nurse at the clinic")],
        ),
        (
            "Nine people died, said a spokesman for the agency, who asked not to be named.",
            [("anonymous_official", "a spokesman for the agency")],
        ),
    ],
)
def test_inverted_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sources(text) == expected


# 14. a ministry a party runs governs: "the rebels' health ministry" is an organization
@pytest.mark.parametrize(
    "text",
    [
        "The rebels' health ministry said 12 people died in the strike.",
        "The rebel health ministry said 12 people died in the strike.",
    ],
)
def test_a_ministry_run_by_a_party_is_an_organization(text: str) -> None:
    assert [kind for kind, _ in sources(text)] == ["organization"]


# 15. a message put out through a group's outlet claims for the group; a denial beside "no
# other group claimed responsibility" needs no attack named
def test_a_statement_on_a_groups_outlet_claims_for_the_group() -> None:
    text = (
        "A statement posted on the Hill Front's news agency claimed responsibility for the attack."
    )
    assert stances(text) == [("claimed", "the Hill Front")]


def test_a_denial_beside_no_other_claim() -> None:
    text = "The Hill Front denied involvement, and no other group claimed responsibility."
    assert stances(text) == [("denied", "The Hill Front"), ("none_claimed", None)]
