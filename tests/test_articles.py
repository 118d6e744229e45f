"""Whole hand-written articles: what each claim is about, and what the page around it gives."""

from __future__ import annotations

from typing import Any

import pytest

from article_score import documents, expected, score
from claimrec.extract._mentions import _find_place

DOCUMENTS = {doc.id: doc for doc in documents()}
EXPECTED = expected()


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    return {name: score(doc, EXPECTED[name]) for name, doc in DOCUMENTS.items()}


def test_every_article_is_loaded_and_expected():
    assert sorted(DOCUMENTS) == sorted(EXPECTED)
    assert len(DOCUMENTS) >= 10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_main_event_place_and_date_come_from_the_lead(scores, name):
    """Not from the dateline city, a caption, a cookie banner or the date line of the page."""
    s = scores[name]
    assert (s["place_ok"], s["date_ok"]) == (True, True), (s["place"], s["date"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_and_background_attach_no_claim_to_the_main_event(scores, name):
    assert scores[name]["false_main"] == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_claim_found_is_about_the_right_event(scores, name):
    assert scores[name]["focus"] == scores[name]["found"]


def test_most_expected_claims_are_found(scores):
    found = sum(s["found"] for s in scores.values())
    wanted = sum(s["expected"] for s in scores.values())
    assert found >= wanted - 6, (found, wanted)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A strike hit a block of flats in the central city of Harlow on Monday.", "Harlow"),
        ("Gunmen raided a police post near the town of Tamba late on Friday.", "Tamba"),
        ("The tremor was felt most strongly in Rukum district.", "Rukum"),
        ("A mudslide buried homes in the Vila Nova neighbourhood of Recife.", "Vila Nova"),
        ("Rain flooded the village of Ponte de Lima overnight.", "Ponte de Lima"),
        ("The river burst its banks in Santa Cruz do Sul on Tuesday.", "Santa Cruz do Sul"),
        ("The blast shook Ourense's Ávila Alta district at dawn.", "Ávila Alta"),
    ],
)
def test_a_place_named_with_its_own_noun_is_found(sentence, place):
    found = _find_place(sentence)
    assert found is not None
    assert found[2] == place


@pytest.mark.parametrize(
    "sentence",
    ["The Islamic State group said it carried out the attack.", "State media gave no toll."],
)
def test_a_state_is_no_place_noun(sentence):
    assert _find_place(sentence) is None
