"""A later death told of an event named by its day belongs to that event (lead, round 21)."""

from __future__ import annotations

import datetime as dt
import json

import claimrec as cr
from claimrec.model import CountClaim

_QUAKE = """Fourth victim of Manisa quake dies

MANISA, Turkey — A magnitude 5.6 earthquake struck the town of Soma on Saturday, killing three people, the disaster authority said.

A woman injured in Saturday's earthquake died in hospital in Izmir on Tuesday, raising the death toll to four, the health ministry said.
"""

_BOMBING = """Bomb toll rises in Quetta

QUETTA, Pakistan — A bomb exploded at a market in Quetta on Monday, killing 12 people, police said.

Two more people wounded in Monday's bombing died on Thursday, bringing the death toll to 14, a hospital official said.
"""

_NEW_ONE = """Second quake hits Soma

MANISA, Turkey — A magnitude 5.6 earthquake struck the town of Soma on Saturday, killing three people.

A second earthquake on Tuesday, three days after Saturday's earthquake, killed two people in Soma, officials said.
"""


def _counts(text: str, published: dt.date) -> list[CountClaim]:
    document = cr.Document(id="d", text=text, published=published)
    return [c for c in cr.extract_claims(document) if isinstance(c, CountClaim)]


def _by_value(claims: list[CountClaim]) -> dict[int, CountClaim]:
    return {c.quantity.low: c for c in claims}


def test_a_toll_raised_by_a_later_death_takes_the_day_of_the_event_it_names():
    claims = _by_value(_counts(_QUAKE, dt.date(2025, 10, 14)))
    assert claims[4].mention.focus == "main"
    assert claims[4].mention.date == dt.date(2025, 10, 11)  # Saturday's earthquake
    assert claims[4].mention.date == claims[3].mention.date


def test_deaths_of_the_wounded_days_later_stay_with_the_bombing():
    claims = _by_value(_counts(_BOMBING, dt.date(2025, 9, 25)))
    assert claims[14].mention.focus == "main"
    assert claims[14].mention.date == dt.date(2025, 9, 22)  # Monday's bombing


def test_a_new_event_told_beside_the_first_keeps_apart():
    claims = _by_value(_counts(_NEW_ONE, dt.date(2025, 10, 14)))
    assert claims[2].mention.focus == "other"


def test_the_follow_up_report_joins_the_event_it_follows():
    first = cr.Document(
        id="a",
        published=dt.date(2025, 10, 11),
        text=(
            "Quake kills three in western Turkey\n\nMANISA, Turkey — A magnitude 5.6 earthquake "
            "struck the town of Soma on Saturday, killing three people and injuring 40, the "
            "disaster authority said.\n"
        ),
    )
    later = cr.Document(id="b", text=_QUAKE, published=dt.date(2025, 10, 14))
    data = json.loads(cr.reconcile([first, later]).to_json())
    tolls = {
        c["quantity"]["low"]: c["event"] for c in data["claims"] if c.get("measure") == "killed"
    }
    assert set(tolls) >= {3, 4}
    assert len(set(tolls.values())) == 1, tolls


_ROCKETS = """Rockets hit air base in western Iraq

BAGHDAD — Several rockets struck the Ain al-Asad air base in Anbar province late on Thursday, wounding three soldiers, an Iraqi security official said.
"""

_DRONES = """Air defences down two drones over Iraqi base

BAGHDAD — Air defences at Ain al-Asad air base shot down two drones early on Monday, four days after a rocket attack on the same base, a military official said. Nobody was hurt.
"""


def test_drones_downed_days_after_a_rocket_attack_are_an_event_of_their_own():
    rockets = cr.Document(id="rockets", text=_ROCKETS, published=dt.date(2025, 8, 15))
    drones = cr.Document(id="drones", text=_DRONES, published=dt.date(2025, 8, 18))
    data = json.loads(cr.reconcile([rockets, drones]).to_json())
    events = {d["id"]: d["event"] for d in data["documents"]}
    assert events["rockets"] != events["drones"]


def test_a_rescue_days_after_the_quake_still_dates_the_quake():
    quake = cr.Document(
        id="quake",
        published=dt.date(2025, 10, 11),
        text=(
            "Quake kills three in western Turkey\n\nMANISA, Turkey — A magnitude 5.6 earthquake "
            "struck the town of Soma on Saturday, killing three people.\n"
        ),
    )
    rescue = cr.Document(
        id="rescue",
        published=dt.date(2025, 10, 13),
        text=(
            "Woman pulled alive from rubble in Soma\n\nMANISA, Turkey — Rescuers pulled a woman "
            "alive from a collapsed house in Soma on Monday, two days after the earthquake that "
            "killed three people.\n"
        ),
    )
    data = json.loads(cr.reconcile([quake, rescue]).to_json())
    events = {d["id"]: d["event"] for d in data["documents"]}
    assert events["quake"] == events["rescue"]
