"""A unit of government in a speaker's title names a place only after a name."""

from __future__ import annotations

import pytest

from claimrec.extract import extract_claims
from claimrec.model import Document


def _speaker(text: str) -> tuple[str, str | None]:
    (claim,) = extract_claims(Document("d", text, published="2025-03-05"))
    return claim.attribution.kind, claim.attribution.source


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Nine people were killed, State Minister for Relief Ana Obi said.",
            "named_person",
            id="a state minister with a portfolio and a name",
        ),
        pytest.param(
            "Nine people were killed, Secretary of State Ana Obi said.",
            "named_person",
            id="a secretary of state with a name",
        ),
        pytest.param(
            "Nine people were killed, County Executive Ana Obi said.",
            "named_person",
            id="a county executive with a name",
        ),
        pytest.param(
            "Nine people were killed, the Mercer County sheriff said.",
            "anonymous_official",
            id="a county's sheriff with no name",
        ),
        pytest.param(
            "Nine people were killed, the Kano State governor said.",
            "anonymous_official",
            id="a state's governor with no name",
        ),
    ],
)
def test_a_titled_speaker_is_a_person_only_when_named(text: str, kind: str) -> None:
    assert _speaker(text)[0] == kind


@pytest.mark.parametrize(
    ("headline", "actor"),
    [
        pytest.param(
            "Militant group claims bombing of market in Quetta", "Militant group", id="a kind"
        ),
        pytest.param(
            "Armed faction claims attack on army post in Mopti", "Armed faction", id="another kind"
        ),
    ],
)
def test_a_headline_opening_with_a_described_group_keeps_its_words(
    headline: str, actor: str
) -> None:
    doc = Document("d", "A blast hit the market on Monday.", title=headline, published="2025-03-05")
    stances = [c for c in extract_claims(doc) if getattr(c, "stance", None) == "claimed"]

    assert [c.actor for c in stances] == [actor]
