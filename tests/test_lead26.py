"""The lead's round-26 readings: people hit by gunfire with a fatal share after a place,
nobody hurt in a named spot, and detentions counted by their noun. Sentences are the
lead's own, of invented incidents."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.model import CountClaim


def _readings(text: str) -> set[tuple[str, str, int, int | None]]:
    doc = cr.Document(id="d", text=text, published="2026-03-03")
    return {
        (c.measure, c.group, c.quantity.low, c.quantity.high)
        for c in cr.extract_claims(doc)
        if isinstance(c, CountClaim)
    }


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Nine people were struck by gunfire outside the bar, three of them fatally, police said.",
            3,
            6,
        ),
        ("Seven people were struck by gunfire at a bus stop, two of them fatally.", 2, 5),
        ("Six people were shot at a house party in the east of the city, two fatally.", 2, 4),
        ("Four were shot on Main Street, one fatally.", 1, 3),
    ],
)
def test_people_hit_by_gunfire_then_a_fatal_share_split_into_dead_and_wounded(
    text: str, killed: int, injured: int
) -> None:
    readings = _readings(text)
    assert ("killed", "people", killed, killed) in readings
    assert ("injured", "people", injured, injured) in readings


def test_people_struck_by_gunfire_with_no_fatal_share_are_all_wounded() -> None:
    assert _readings("Nine people were struck by gunfire outside the bar, police said.") == {
        ("injured", "people", 9, 9)
    }


@pytest.mark.parametrize(
    "text",
    [
        "No one on the ground was hurt, the airline said.",
        "Nobody on board was injured when the jet skidded off the runway.",
        "No one in the building was hurt, firefighters said.",
    ],
)
def test_nobody_hurt_in_a_named_spot_is_a_zero_of_the_injured(text: str) -> None:
    assert ("injured", "people", 0, 0) in _readings(text)


def test_detentions_are_counted_as_arrests() -> None:
    text = "The monitors said they had documented 210 detentions, including 15 minors."
    assert ("arrested", "people", 210, 210) in _readings(text)


def test_a_detention_order_is_no_arrest() -> None:
    assert _readings("The court reviewed 40 detention orders on Monday.") == set()


def _events(*docs: cr.Document) -> dict[str, str | None]:
    report = cr.reconcile(list(docs))
    return dict(report.document_event)


def test_reports_of_a_named_wildfire_two_days_apart_are_one_event() -> None:
    first = cr.Document(
        "fire-1",
        "OROVILLE, Calif. — Two people were found dead on Monday as the wind-driven Cedar Ridge "
        "Fire tore through the foothills of Butte County, the sheriff's office said. The fire "
        "had burned about 12,000 acres and was 5% contained by Monday evening.",
        title="Cedar Ridge Fire: two found dead near Oroville",
        published="2025-07-14",
    )
    second = cr.Document(
        "fire-2",
        "OROVILLE, Calif. — The Butte County coroner confirmed a third death from the Cedar Ridge "
        "Fire on Wednesday, bringing the number of people killed by the fire to three. Crews "
        "had held the fire at 18,500 acres.",
        title="Cedar Ridge Fire death toll rises to 3",
        published="2025-07-16",
    )
    events = _events(first, second)
    assert events["fire-1"] is not None
    assert events["fire-1"] == events["fire-2"]


def test_a_house_fire_and_a_wildfire_days_apart_in_one_town_stay_apart() -> None:
    wildfire = cr.Document(
        "wild",
        "OROVILLE, Calif. — Two people were found dead on Monday as the Cedar Ridge Fire tore "
        "through the foothills, the sheriff's office said. It had burned 12,000 acres.",
        title="Wildfire kills two near Oroville",
        published="2025-07-14",
    )
    house = cr.Document(
        "house",
        "OROVILLE, Calif. — A woman was killed in a house fire on Elm Street on Thursday, "
        "firefighters said. The cause of the fire was under investigation.",
        title="Woman dies in Oroville house fire",
        published="2025-07-17",
    )
    events = _events(wildfire, house)
    assert events["wild"] != events["house"]


def test_an_editors_note_before_the_dateline_leaves_the_dateline_the_place() -> None:
    first = cr.Document(
        "note-1",
        "EL ALTO, Bolivia — Three protesters were killed on Wednesday when riot police cleared "
        "a blockade of the highway to La Paz, a rights group said.",
        title="Three protesters killed as police clear blockade",
        published="2025-10-09",
    )
    second = cr.Document(
        "note-2",
        "(Translated from the Spanish.) EL ALTO — The ombudsman said on Thursday it had "
        "confirmed four deaths in Wednesday's police operation to clear the blockade of the "
        "highway to La Paz.",
        title="Ombudsman confirms four deaths in blockade crackdown",
        published="2025-10-10",
    )
    events = _events(first, second)
    assert events["note-1"] == events["note-2"]


def test_the_dead_now_include_counts_each_group() -> None:
    readings = _readings("The dead now include five soldiers and four civilians, the police said.")
    assert {("killed", "soldiers", 5, 5), ("killed", "civilians", 4, 4)} <= readings


def test_a_group_repeating_its_claim_after_an_attack_claims_it() -> None:
    doc = cr.Document(
        "d",
        "The bombing killed nine people. The Sahel Dawn Front repeated its claim on Sunday.",
        published="2026-03-03",
    )
    stances = {(c.stance, c.actor) for c in cr.extract_claims(doc) if hasattr(c, "stance")}
    assert stances == {("claimed", "The Sahel Dawn Front")}


def test_a_fire_agency_named_by_its_service_word_is_an_organization() -> None:
    doc = cr.Document(
        "d", "Four firefighters had been injured, Cal Fire said.", published="2026-03-03"
    )
    (claim,) = cr.extract_claims(doc)
    assert (claim.attribution.kind, claim.attribution.source) == ("organization", "Cal Fire")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The enemy launched 40 attack drones and five Kh-101 and Kalibr missiles overnight.",
            {("launched", "munition.drone", 40, 40), ("launched", "munition.missile", 5, 5)},
        ),
        (
            "Russia launched six Iskander-M and Kalibr missiles at the port.",
            {("launched", "munition.missile", 6, 6)},
        ),
        (
            "The air force said 11 drones and two missiles had evaded air defences and struck the city.",
            {("impacted", "munition.drone", 11, 11), ("impacted", "munition.missile", 2, 2)},
        ),
        ("Nine drones got through the air defences.", {("impacted", "munition.drone", 9, 9)}),
        ("Russia launched 90 aerial weapons in total.", {("launched", "munition", 90, 90)}),
    ],
)
def test_barrages_count_types_named_together_and_what_got_through(
    text: str, expected: set[tuple[str, str, int, int | None]]
) -> None:
    assert _readings(text) == expected


def test_a_second_count_of_another_munition_is_its_own_claim_not_a_type() -> None:
    assert _readings("Russia launched 40 drones and two missiles.") == {
        ("launched", "munition.drone", 40, 40),
        ("launched", "munition.missile", 2, 2),
    }


def _stances(text: str) -> set[tuple[str, str, str | None]]:
    doc = cr.Document("d", text, published="2026-03-03")
    return {
        (c.stance, c.actor, c.attribution.source)
        for c in cr.extract_claims(doc)
        if not isinstance(c, CountClaim)
    }


@pytest.mark.parametrize(
    ("text", "blamer"),
    [
        ("The shells had been fired by the Kivu Patriotic Front, the army said.", "the army"),
        ("The governor said the Kivu Patriotic Front had fired the shells.", "The governor"),
        (
            "A spokesman told a local radio station that the Kivu Patriotic Front had fired the shells.",
            "A spokesman",
        ),
    ],
)
def test_the_attacks_munitions_laid_on_a_named_group_blame_it(text: str, blamer: str) -> None:
    assert _stances(text) == {("blamed", "the Kivu Patriotic Front", blamer)}


@pytest.mark.parametrize(
    "text",
    [
        "The shells had been fired by artillery units, residents said.",
        "Soldiers fired the shells at rebel positions.",
        "The army said the troops fired the shells in self-defence.",
    ],
)
def test_munitions_fired_by_no_named_group_lay_no_blame(text: str) -> None:
    assert _stances(text) == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said 14 of the escaped inmates had been recaptured by Sunday.", 14),
        ("Twenty escapees were back in custody, the prison service said.", 20),
        ("16 escapees recaptured after jailbreak", 16),
        ("Prosecutors detained the mine's safety manager on Friday.", 1),
        ("Police said they had detained the ferry's loading supervisor.", 1),
    ],
)
def test_recaptured_escapees_and_a_sites_detained_manager_are_arrests(
    text: str, count: int
) -> None:
    assert _readings(text) == {("arrested", "people", count, count)}


def test_escapees_still_at_large_are_no_arrest() -> None:
    assert _readings("Twenty escapees were still at large on Monday.") == set()


def test_the_bodies_of_all_n_miners_are_the_dead() -> None:
    assert _readings("The bodies of all 12 miners were brought to the surface on Friday.") == {
        ("killed", "people", 12, 12)
    }


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The civilian death toll rose to 30, the ministry said.", "civilians"),
        ("The military death toll has climbed to 12.", "soldiers"),
        ("The Palestinian death toll rose to 300.", "ps"),
    ],
)
def test_a_toll_named_by_its_group_counts_that_group(text: str, group: str) -> None:
    ((measure, found, _, _),) = _readings(text)
    assert (measure, found) == ("killed", group)


@pytest.mark.parametrize("text", ["Blast toll hits 45", "The death toll rose to 30."])
def test_a_toll_named_by_its_event_counts_people(text: str) -> None:
    assert {group for _, group, _, _ in _readings(text)} == {"people"}


@pytest.mark.parametrize(
    "text",
    [
        "Eleven survivors were taken to a clinic in the port.",
        "Nine people were taken to the district health centre.",
        "Three gunshot victims were rushed to the trauma center.",
    ],
)
def test_people_taken_to_a_clinic_or_health_centre_are_treated(text: str) -> None:
    assert {m for m, _, _, _ in _readings(text)} == {"treated"}


def test_there_were_dozens_of_bodies_counts_the_dead() -> None:
    assert _readings("There were dozens of bodies in the street, a witness said.") == {
        ("killed", "people", 24, 99)
    }


def test_a_morgues_capacity_is_no_toll() -> None:
    assert _readings("The morgue can hold 40 bodies.") == set()
