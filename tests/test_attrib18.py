"""
Attribution and responsibility, round 18: actors named as a reader names them, the
speaker's own deeds, blames told in a lede, and the kinds of varied sources.

Every sentence here was written for this round (invented incidents, real place names).
Each test asserts what a user sees on a claim: its stance and actor, or its source's kind.
"""

from __future__ import annotations

import pytest

from claimrec import extract_claims
from claimrec.extract._responsibility import reader_name
from claimrec.model import Document, ResponsibilityClaim
from probe import Counts, Stances, miss, read_sources

ORG, PARTY, MEDIA = "organization", "party", "media"
OFFICIAL, VAGUE = "anonymous_official", "vague"


def read(text: str) -> tuple[Counts, Stances]:
    """The (low, kind, source) of each count and (stance, actor, source) of each stance."""
    return read_sources(text, "a18")


def stances(text: str) -> list[tuple[str, str | None]]:
    """The (stance, actor) of each responsibility claim of *text*, in text order."""
    return [(stance, actor) for stance, actor, _ in read(text)[1]]


def headline(title: str) -> list[tuple[str, str | None]]:
    """The (stance, actor) of each stance a headline alone gives."""
    claims = extract_claims(Document(id="a18h", text=title, title=title))
    return [
        (c.stance, c.actor)
        for c in sorted(claims, key=lambda c: c.span[0])
        if isinstance(c, ResponsibilityClaim)
    ]


# 1. a state named by its nationality, possessive, seat or capital is the state
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Turkish drone strike killed four fighters near Qamishli, a monitor said.",
            [("blamed", "Turkey")],
        ),
        (
            "Pakistani jets bombed hideouts in the Tirah valley, killing 11, officials said.",
            [("blamed", "Pakistan")],
        ),
        (
            "The Nigerian army said it struck a camp near Lake Chad, killing 30 insurgents.",
            [("claimed", "Nigeria")],
        ),
        (
            "The Pentagon said it carried out the strike on the depot.",
            [("claimed", "United States")],
        ),
        (
            "Israeli warplanes struck a house in Rafah, killing seven people, medics said.",
            [("blamed", "Israel")],
        ),
        (
            "Russian missiles hit an energy plant in Lviv, killing two workers, the governor said.",
            [("blamed", "Russia")],
        ),
        (
            "Turkey's defence ministry said its jets struck 18 targets in northern Iraq.",
            [("claimed", "Turkey")],
        ),
        (
            "The Israeli military said it struck a weapons depot in southern Lebanon.",
            [("claimed", "Israel")],
        ),
        (
            "Kyiv blamed Moscow for the missile strike that killed 14 people.",
            [("blamed", "Russia")],
        ),
        (
            "Ukraine's General Staff said its forces struck an ammunition depot in Crimea.",
            [("claimed", "Ukraine")],
        ),
        (
            "The Russian Defence Ministry said its forces had struck two airfields.",
            [("claimed", "Russia")],
        ),
    ],
)
def test_a_state_named_by_its_nationality_seat_or_capital_is_the_state(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The actor is the state a reader names, not the adjective or body the text wrote."""
    found = stances(text)

    assert found == expected


# 1. a group keeps its own name, without the descriptors a reader drops
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Iran-backed Kataib Hezbollah militia claimed the drone attack on the base.",
            "Kataib Hezbollah",
        ),
        ("Somalia's al-Shabaab militants claimed the bombing at the checkpoint.", "al-Shabaab"),
        (
            "Iraq's Iran-aligned Nujaba movement claimed responsibility for the rocket attack.",
            "Nujaba",
        ),
        (
            "The al-Qaeda-linked JNIM group claimed the ambush on the convoy in central Mali.",
            "JNIM",
        ),
        ("Ethiopia's federal government blamed the Fano militia for the ambush.", "Fano"),
        (
            "The Sahel branch of the Islamic State group claimed the bombing.",
            "Sahel branch of the Islamic State",
        ),
        # no descriptor to drop: the name as written
        (
            "The Baloch Liberation Army claimed responsibility for the attack.",
            "The Baloch Liberation Army",
        ),
        (
            "The Pakistani Taliban claimed responsibility for the suicide bombing.",
            "The Pakistani Taliban",
        ),
        # a movement named by its adjective goes by its plural (round 19): "Houthi rebels" is
        # neither "Houthi" nor "Houthi rebels" but the Houthis
        ("Yemen's Houthi rebels claimed the missile attack on the tanker.", "Houthis"),
        # a kind of group with no name stays as it is
        ("The militia denied carrying out the attack on the convoy.", "The militia"),
        ("Washington blamed Iran-backed militias for the drone attack.", "Iran-backed militias"),
        (
            "The militant group is believed to have claimed the attack in an online post.",
            "The militant group",
        ),
    ],
)
def test_a_group_keeps_its_own_name_without_descriptors(text: str, actor: str) -> None:
    """The actor is the group's own name: no backers, possessor or kind noun around it."""
    found = stances(text)

    assert [a for _, a in found] == [actor]


def test_the_words_as_written_stay_in_the_source_and_the_sentence() -> None:
    """A state's reader name changes the actor only: its source and sentence keep the words."""
    text = "The Chadian army said its soldiers had killed 40 fighters on an island."
    claims = extract_claims(Document(id="a18s", text=text))

    (claim,) = [c for c in claims if isinstance(c, ResponsibilityClaim)]

    assert (claim.stance, claim.actor) == ("claimed", "Chad")
    assert claim.attribution.source == "The Chadian army"
    assert "The Chadian army" in claim.sentence


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("Turkish", "Turkey"),
        ("U.S.", "United States"),
        ("the IDF", "Israel"),
        ("The Kremlin", "Russia"),
        ("Sri Lanka's army", "Sri Lanka"),
        ("Iraqi militia", "Iraqi militia"),
        ("Iraqi faction", "Iraqi faction"),
        ("Little-known militia", "Little-known militia"),
        ("the Saudi-led coalition", "the Saudi-led coalition"),
        ("Kurdish", "Kurdish"),
        ("the Hill Front", "the Hill Front"),
        (None, None),
    ],
)
def test_reader_name_is_one_rule_for_every_actor(written: str | None, named: str | None) -> None:
    """States by their names, groups by theirs; a description and a people stay as written."""
    assert reader_name(written) == named


# 2. the speaker's own side's deed is claimed by the speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said its troops killed 12 militants near the border.",
            [("claimed", "The army")],
        ),
        (
            "The police said its officers shot dead two gunmen at the checkpoint.",
            [("claimed", "The police")],
        ),
        (
            "The group said in a statement that its fighters killed five soldiers in the ambush.",
            [("claimed", "The group")],
        ),
        (
            "The Pentagon said U.S. strikes killed four fighters near Deir el-Zour.",
            [("claimed", "United States")],
        ),
        (
            "The Turkish defence ministry said its jets neutralised 14 militants.",
            [("claimed", "Turkey")],
        ),
        # fixed in round 19: a side's forces doing the deed are armed violence
        (
            "U.S. Central Command said American forces struck a weapons depot in Yemen.",
            [("claimed", "United States")],
        ),
        pytest.param(
            "Indian troops killed three militants in Kashmir, the army said.",
            [("claimed", "India")],
            marks=miss("a bare 'the army' does not say whose: the side is left unread"),
        ),
    ],
)
def test_the_speakers_own_deed_is_claimed_by_the_speaker(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'X said its troops killed ...' is X's claim of the deed."""
    assert stances(text) == expected


def test_a_speakers_word_of_a_rival_side_is_no_claim() -> None:
    """'The army said the militants killed 12 soldiers' claims nothing for the army."""
    assert ("claimed", "The army") not in stances(
        "The army said the militants killed 12 soldiers near the border."
    )


# 2. a denial of a target is no denial of the attack
@pytest.mark.parametrize(
    "text",
    [
        "The army denied targeting civilians in the raid on the village.",
        "The air force denied deliberately striking civilians.",
        "The military denied that its troops had targeted civilians.",
    ],
)
def test_denying_a_target_is_no_denial_of_the_attack(text: str) -> None:
    """'denied targeting civilians' admits or says nothing of the attack: no stance."""
    assert stances(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The militia denied shelling the market in the town.",
        "The military denied that its troops had attacked the convoy.",
    ],
)
def test_denying_the_deed_is_still_a_denial(text: str) -> None:
    """A denial of the attack itself stays a denial."""
    assert [s for s, _ in stances(text)] == ["denied"]


# 2. a lede's blame with the speaker at the end of the sentence
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces shelled the town of Kupiansk, killing three people, the governor said.",
            [("blamed", "Russia")],
        ),
        (
            "Israeli troops opened fire on a crowd in Gaza City, killing six, medics said.",
            [("blamed", "Israel")],
        ),
        (
            "U.S. warplanes struck a compound near Idlib, killing three men, a monitor said.",
            [("blamed", "United States")],
        ),
        (
            "U.S. strikes killed four fighters in eastern Syria, officials said.",
            [("blamed", "United States")],
        ),
        (
            "Israeli forces killed four men in Jenin, the Palestinian health ministry said.",
            [("blamed", "Israel")],
        ),
        # fixed in round 19: a side's armed men as the doers (rule side_men_did_killing)
        (
            "Rebels attacked the garrison town overnight, killing nine soldiers, the army said.",
            [("blamed", "Rebels")],
        ),
        # fixed in round 19: a force named by its kind and initials ("paramilitary RSF")
        (
            "Sudan's paramilitary RSF shelled a market in El Fasher, killing 20, activists said.",
            [("blamed", "RSF")],
        ),
    ],
)
def test_a_ledes_blame_with_its_speaker_at_the_end(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'<side> <struck> ..., killing ..., <speaker> said' lays the deaths on that side."""
    assert stances(text) == expected


def test_a_make_of_weapon_still_names_no_side() -> None:
    """'Grad rockets struck the town, killing three' blames no one."""
    assert stances("Grad rockets struck the town centre, killing three people.") == []


# 2. claims in their channels and hedges
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Pakistani Taliban claim deadly attack on police post",
            [("claimed", "Pakistani Taliban")],
        ),
        ("Turkey says its jets killed 12 PKK militants in Iraq", [("claimed", "Turkey")]),
        ("Israel denies striking Gaza hospital", [("denied", "Israel")]),
    ],
)
def test_a_headlines_claim_or_denial_names_its_side(
    title: str, expected: list[tuple[str, str]]
) -> None:
    """A headline's present-tense claim is read, its actor named as a reader would."""
    assert headline(title) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials rejected the claim the raid on the depot was staged.",
        "The army dismissed the group's claim the ambush on the convoy succeeded.",
    ],
)
def test_the_noun_claim_is_no_claim(text: str) -> None:
    """'the claim the raid ... was staged' is a noun: no one claims the raid."""
    assert "claimed" not in [stance for stance, _ in stances(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a statement on Telegram, the Islamic Resistance in Iraq said it had targeted the base.",
            ("claimed", "the Islamic Resistance in Iraq", PARTY),
        ),
        (
            "Al-Shabaab said on its Andalus radio that its fighters had stormed the camp.",
            ("claimed", "Al-Shabaab", PARTY),
        ),
        (
            "A spokesman for the Hill Front claimed the bombing in a phone call to AFP.",
            ("claimed", "the Hill Front", PARTY),
        ),
        (
            "The Northern Dawn Brigades purportedly claimed the bombing, according to SITE.",
            ("claimed", "The Northern Dawn Brigades", PARTY),
        ),
        (
            "The Islamic State group's Amaq news agency said the group carried out the bombing.",
            ("claimed", "Islamic State", PARTY),
        ),
        # fixed in round 19 ("rocket fire" is an attack; a post on a linked channel is the
        # group's): a name with no descriptor to drop keeps its article, as written
        (
            "Hamas's armed wing, the Qassam Brigades, claimed the rocket fire.",
            ("claimed", "the Qassam Brigades", PARTY),
        ),
        (
            "A post on a channel linked to the Lake Front claimed the raid.",
            ("claimed", "the Lake Front", PARTY),
        ),
    ],
)
def test_a_claim_through_its_channels_is_the_groups_own(
    text: str, expected: tuple[str, str, str]
) -> None:
    """A group claiming through a statement, a radio, a spokesman or its agency is the party."""
    claims = extract_claims(Document(id="a18c", text=text))

    found = [
        (c.stance, c.actor, c.attribution.kind)
        for c in claims
        if isinstance(c, ResponsibilityClaim)
    ]

    assert found == [expected]


# 3. attribution kinds of varied sources
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chadian army said 14 soldiers were killed.", (14, ORG, "The Chadian army")),
        ("Sri Lanka's army said nine soldiers were wounded.", (9, ORG, "Sri Lanka's army")),
        ("Burkina Faso's junta said 30 soldiers died.", (30, ORG, "Burkina Faso's junta")),
        ("The junta said 12 soldiers were killed.", (12, ORG, "The junta")),
        (
            "A resident, who asked not to be named, told Reuters that five people were killed.",
            (5, VAGUE, "A resident"),
        ),
        (
            "A senior security official, speaking on condition of anonymity, said 20 militants died.",
            (20, OFFICIAL, "A senior security official"),
        ),
        ("Two police sources said 12 officers were wounded.", (12, OFFICIAL, "Two police sources")),
        (
            "The Interior Ministry said 14 people were killed in the blast.",
            (14, ORG, "The Interior Ministry"),
        ),
        (
            "Nine people were killed, state broadcaster NTV reported.",
            (9, MEDIA, "state broadcaster NTV"),
        ),
        ("The coast guard said 41 migrants were missing.", (41, ORG, "The coast guard")),
        (
            "Emergency services said five people were taken to hospital.",
            (5, ORG, "Emergency services"),
        ),
        ("Witnesses said dozens of people were wounded.", (24, VAGUE, "Witnesses")),
        ("The company said four employees were killed in the explosion.", (4, ORG, "The company")),
        # fixed in round 19: a one-word name set after a body named by what it is
        (
            "The operator of the mine, Coalcorp, said 12 workers were trapped.",
            (12, ORG, "Coalcorp"),
        ),
    ],
)
def test_a_source_is_of_the_kind_its_words_say(text: str, expected: tuple[int, str, str]) -> None:
    """A nation's army and a junta are institutions; a resident asking anonymity is no official."""
    assert read(text)[0] == [expected]


def test_an_army_named_by_any_nation_is_one_kind() -> None:
    """'The Chadian army' is the same kind of source as 'the Russian army'."""
    chad = read("The Chadian army said 14 soldiers were killed.")[0]
    russia = read("The Russian army said 14 soldiers were killed.")[0]

    assert [kind for _, kind, _ in chad] == [kind for _, kind, _ in russia] == [ORG]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fixed in round 19 (rules denied_own_forces_did; a side's weapon blamed names its side)
        (
            "The Kremlin denied that Russian forces had struck the hospital.",
            [("denied", "Russia")],
        ),
        (
            "Moscow blamed Ukrainian drones for the fire at the refinery.",
            [("blamed", "Ukraine")],
        ),
    ],
)
def test_a_states_denial_and_blame_name_a_state(text: str, expected: list[tuple[str, str]]) -> None:
    """A seat denying its nation's forces' deed, or blaming a side's weapon, names the state."""
    assert stances(text) == expected
