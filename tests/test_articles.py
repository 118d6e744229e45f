"""Whole hand-written articles: what each claim is about, and what the page around it gives."""

from __future__ import annotations

from typing import Any

import pytest

import claimrec as cr
from article_score import documents, expected, score
from claimrec.extract._mentions import _find_place
from claimrec.model import CountClaim

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
    known = len(EXPECTED[name].get("known_misses", []))
    assert scores[name]["focus"] == scores[name]["found"] - known


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
        ("The agency said in Brussels that a dam burst in Tarnow, killing 30.", "Tarnow"),
        (
            "Speaking to reporters in Vienna, she said the quake in Koprivnica hurt 12.",
            "Koprivnica",
        ),
        ("Water swept through Marbella overnight.", "Marbella"),
        ("A shell hit a school in Panama City on Monday.", "Panama City"),
        ("A fire broke out in Valletta's harbour.", "Valletta"),
    ],
)
def test_a_place_named_with_its_own_noun_is_found(sentence, place):
    found = _find_place(sentence)
    assert found is not None
    assert found[2] == place


@pytest.mark.parametrize(
    "sentence",
    [
        "The Islamic State group said it carried out the attack.",
        "State media gave no toll.",
        "Shots rang out in a Port-Vila neighbourhood late on Friday.",
        "Shots were fired outside Sin City Lounge early on Sunday.",
    ],
)
def test_a_state_is_no_place_noun(sentence):
    assert _find_place(sentence) is None


LEAD = (
    "Bomb blast at bus depot kills 12 in Vornak\n\n"
    "VORNAK (Wire) - A bomb went off at the main bus depot in Vornak on Tuesday, killing 12 "
    "people and wounding 30, police said.\n\n"
)


def _background(sentence: str) -> list[tuple[str, int, str, str]]:
    doc = cr.Document(
        "p", LEAD + sentence, title=LEAD.split("\n", maxsplit=1)[0], published="2025-03-12"
    )
    return [
        (c.measure, c.quantity.low, c.mention.focus, c.scope)
        for c in cr.extract_claims(doc)
        if isinstance(c, CountClaim) and c.span[0] >= len(LEAD)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Elsewhere, a grenade thrown at a taxi rank in the north injured five people.",
        "Separately, two guards died when their truck struck a mine near the border.",
        "In neighbouring Dalmir, a landslide killed 40 people.",
        "It was the worst bloodshed there since a bombing at a cinema killed 63 people.",
        "On Monday, a day before the blast, gunmen killed three guards at a bank.",
        "The militants have carried out dozens of raids in the province, killing hundreds.",
        "The insurgency has killed more than 10,000 people over two decades.",
        "The 2016 bombing season was worse: a truck bomb at the market killed 70 people.",
        "On Wednesday, a car bomb at a checkpoint in the east killed seven soldiers.",
        "It was the worst blast in the city since 2016, when a truck bomb killed 70 people.",
        "Police called it the bloodiest since the 2011 siege, which left 45 dead.",
        "In 2019, a bombing at the same depot killed 20 people. Dozens more were wounded.",
        "Last month, gunmen raided a police post outside the city. Four officers died.",
        "Elsewhere, a grenade hit a taxi rank. Another 45 were hurt, most of them traders.",
    ],
)
def test_a_claim_about_another_event_or_a_tally_is_not_the_main_event(sentence):
    claims = _background(sentence)
    assert claims
    assert all(focus == "other" or scope != "event" for _, _, focus, scope in claims), claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 12 people died at the scene and two more in hospital.",
        "On Wednesday, the toll rose to 14, the police said.",
        "On Tuesday, a second bomb near the depot wounded four people.",
        "The blast came days after a separate attack. Thirty people were taken to hospital.",
    ],
)
def test_a_follow_up_figure_of_the_main_event_stays_main(sentence):
    claims = _background(sentence)
    assert claims
    assert {focus for _, _, focus, _ in claims} == {"main"}


BASE_LEAD = (
    "Rockets hit Tall Rumah air base\n\n"
    "BAGHDAD (Wire) - Several rockets struck Tall Rumah air base in western Iraq on Tuesday, "
    "wounding four U.S. troops, officials said.\n\n"
)


def _after_base_lead(sentence: str) -> list[tuple[str, int, str]]:
    doc = cr.Document(
        "b",
        BASE_LEAD + sentence,
        title=BASE_LEAD.split("\n", maxsplit=1)[0],
        published="2025-03-12",
    )
    return [
        (c.measure, c.quantity.low, c.mention.focus)
        for c in cr.extract_claims(doc)
        if isinstance(c, CountClaim) and c.span[0] >= len(BASE_LEAD)
    ]


def test_strikes_on_another_named_site_are_another_event():
    claims = _after_base_lead("Rockets also hit Qaryat airport that night, wounding three guards.")
    assert {focus for _, _, focus in claims} == {"other"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Drones struck the base in western Sahra province, wounding two more.",
        "Two rockets struck the village of Umm Tala near the base, killing a shepherd.",
    ],
)
def test_strikes_in_a_province_or_near_the_site_stay_the_main_event(sentence):
    claims = _after_base_lead(sentence)
    assert claims
    assert {focus for _, _, focus in claims} == {"main"}


def test_a_tally_over_the_month_of_the_event_is_not_the_event():
    claims = _background("Bombings have killed at least 120 people in the province this month.")
    assert [focus for _, _, focus, _ in claims] == ["other"]
