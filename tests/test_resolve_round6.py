"""
Verdicts, round 6: one answer per figure.

Every report below is invented for these tests (places, outlets, people included).
Unspecified victims ("the six people killed") are counted with the one group of victims
an event's reports name ("six worshippers"), a bare "troops" with the one side's troops
named ("US service members"); attackers never add to or dispute the victims' toll; and a
measure the resolver has no word on rises like a toll.
"""

from __future__ import annotations

import claimrec as cr
from claimrec import _checks
from claimrec.model import CountClaim, Quantity
from claimrec.resolve import resolve
from claimrec.testing import count_claim


def _d(id_: str, day: str, title: str, text: str, outlet: str) -> cr.Document:
    return cr.Document(id_, text, title=title, published=day, outlet=outlet)


def _findings(docs: list[cr.Document], measure: str) -> dict[str, cr.Finding]:
    """The findings on *measure* by group (one event expected)."""
    report = cr.reconcile(docs)
    assert len({f.event for f in report.findings if f.measure == measure}) == 1
    return {f.group: f for f in report.findings if f.measure == measure}


CHAPEL = _d(
    "sh1",
    "2027-02-12",
    "Gunman kills six worshippers at Dorrance chapel",
    "DORRANCE — A gunman opened fire during an evening service at a chapel in Dorrance on "
    "Friday, killing six worshippers, police said.\n"
    "Officers returned fire and the gunman was killed, a police spokesman said.",
    "Dorrance Ledger",
)
CHAPEL_NEXT = _d(
    "sh2",
    "2027-02-13",
    "Dorrance chapel shooting: gunman kills six",
    "DORRANCE — Police on Saturday named the six people killed when a gunman opened fire "
    "at a chapel in Dorrance on Friday.\n"
    "Seven people died in all, including the gunman, the county coroner said.",
    "Valley Wire",
)


def test_unspecified_victims_join_the_one_named_group() -> None:
    """Before: killed/civilians 6 and killed/people 6, two answers. After: one, 6."""
    found = _findings([CHAPEL, CHAPEL_NEXT], "killed")
    victims = [f for g, f in found.items() if g != "suspects"]
    assert len(victims) == 1
    (finding,) = victims
    assert finding.verdict == "consistent"
    assert finding.consensus is not None
    assert (finding.consensus.low, finding.consensus.high) == (6, 6)
    assert "counted as civilians" in finding.explanation
    report = cr.reconcile([CHAPEL, CHAPEL_NEXT])
    groups = {
        c.group for c in report.claims if isinstance(c, CountClaim) and c.id in finding.claims
    }
    assert groups == {"civilians", "people"}  # the claims keep the group they were read with
    assert not any("contested" in c.flags for c in report.claims)


def test_a_toll_counting_the_gunman_does_not_dispute_the_victims() -> None:
    """Before: 'six people killed' < 'seven, including the gunman' was a conflict."""
    found = _findings([CHAPEL_NEXT], "killed")
    assert found["people"].verdict == "consistent"
    term = found["people"].arithmetic.consensus
    assert term is not None
    assert any("attacker" in t.note for t in term.terms)
    report = cr.reconcile([CHAPEL_NEXT])
    assert not any("contested" in c.flags for c in report.claims)


def test_a_toll_listing_the_gunman_agrees_with_the_victims_and_with_everyone() -> None:
    """
    'Seven died, six worshippers and the gunman' beside a headline's six and another
    report's seven: the seven may count the gunman, the six are the victims. Before: the
    six and the sevens were a conflict.
    """
    docs = [
        _d(
            "sh3",
            "2027-02-12",
            "Gunman kills six at Dorrance chapel",
            "DORRANCE — Seven people died at a chapel in Dorrance on Friday, six worshippers "
            "and the gunman, police said.",
            "Dorrance Ledger",
        ),
        _d(
            "sh4",
            "2027-02-12",
            "Dorrance chapel shooting leaves seven dead",
            "DORRANCE — Seven people were killed when a gunman opened fire at a chapel in "
            "Dorrance on Friday, police said.",
            "Valley Wire",
        ),
    ]
    found = _findings(docs, "killed")
    victims = [f for g, f in found.items() if g != "suspects"]
    assert [f.verdict for f in victims] == ["consistent"]
    assert victims[0].consensus is not None
    assert victims[0].consensus.low == 6


def test_without_a_count_of_the_attackers_a_dispute_stays() -> None:
    a = count_claim(id="a", quantity=6, subject="six people", sentence="Six died.")
    b = count_claim(id="b", document="d2", quantity=7, subject="seven people")
    res = resolve([a, b], {"a": "ev", "b": "ev"})
    assert res.findings[0].verdict == "conflicting"


def test_a_gunman_counted_alone_stays_apart_from_the_victims() -> None:
    a = count_claim(id="a", quantity=6, group="civilians", subject="six worshippers")
    b = count_claim(id="b", document="d2", quantity=6, subject="six people", sentence="Six died.")
    g = count_claim(
        id="g", document="d2", quantity=1, group="suspects", sentence="The gunman was killed."
    )
    res = resolve([a, b, g], dict.fromkeys("abg", "ev"))
    by_group = {f.group: f for f in res.findings}
    assert sorted(by_group) == ["civilians", "suspects"]
    assert by_group["civilians"].claims == ("a", "b")
    assert all(f.verdict == "consistent" for f in res.findings)


def test_the_finding_is_named_after_the_group_most_claims_use() -> None:
    a = count_claim(id="a", quantity=6, group="civilians", sentence="Six civilians died.")
    b = count_claim(id="b", document="d2", quantity=6, subject="six people")
    res = resolve([a, b], {"a": "ev", "b": "ev"})
    assert [f.group for f in res.findings] == ["civilians"]
    c = count_claim(id="c", document="d3", quantity="at least 5", subject="at least five people")
    res = resolve([a, b, c], dict.fromkeys("abc", "ev"))
    assert [f.group for f in res.findings] == ["people"]
    assert res.findings[0].claims == ("a", "b", "c")


def test_a_victim_described_is_not_the_named_group() -> None:
    """'A teenage boy was hurt' is one of the wounded: the people's count stays theirs."""
    a = count_claim(
        id="a",
        quantity=Quantity(1, 1, qualifier="exact", text="a"),
        group="children",
        sentence="A boy was hurt.",
    )
    b = count_claim(id="b", document="d2", quantity=5, subject="five people")
    res = resolve([a, b], {"a": "ev", "b": "ev"})
    assert sorted(f.group for f in res.findings) == ["civilians", "people"]


def test_two_named_groups_leave_unspecified_victims_apart() -> None:
    a = count_claim(id="a", quantity=4, group="soldiers", sentence="Four soldiers died.")
    b = count_claim(id="b", quantity=2, group="civilians", sentence="Two civilians died.")
    c = count_claim(id="c", document="d2", quantity=6, subject="six people")
    res = resolve([a, b, c], dict.fromkeys("abc", "ev"))
    assert sorted(f.group for f in res.findings) == ["civilians", "people", "soldiers"]


def test_a_part_in_the_same_sentence_keeps_its_slot() -> None:
    """'Ten people, including three children': the report tells the two counts apart."""
    doc = _d(
        "pt1",
        "2027-05-04",
        "Bus bomb kills ten in Harlow market",
        "HARLOW — A bomb hidden on a bus killed ten people, including three children, in the "
        "market town of Harlow on Tuesday, police said.",
        "Harlow Times",
    )
    found = _findings([doc], "killed")
    assert "people" in found
    people = found["people"].consensus
    assert people is not None
    assert (people.low, people.high) == (10, 10)


def test_figures_that_miss_each_other_are_not_joined() -> None:
    """Four people killed beside six civilians: another count or an early one, not one figure."""
    a = count_claim(id="a", quantity=6, group="civilians", subject="six civilians")
    b = count_claim(id="b", document="d2", quantity=4, subject="four people")
    res = resolve([a, b], {"a": "ev", "b": "ev"})
    assert sorted(f.group for f in res.findings) == ["civilians", "people"]


BASE = _d(
    "bs1",
    "2027-04-19",
    "Drone attack wounds 11 troops at Sarvan air base",
    "SARVAN — A drone attack on the Sarvan air base on Monday wounded 11 troops, a defense "
    "official said.",
    "Capital Courier",
)
BASE_OTHER = _d(
    "bs2",
    "2027-04-19",
    "US service members hurt in Sarvan drone strike",
    "SARVAN — Eleven US service members were wounded when a drone struck the Sarvan air base "
    "on Monday, the Pentagon said.",
    "Frontline Wire",
)


def test_bare_troops_join_the_one_side_named() -> None:
    """Before: injured/soldiers 11 and injured/us 11, estimated 22 wounded. After: 11."""
    found = _findings([BASE, BASE_OTHER], "injured")
    assert list(found) == ["us"]
    us = found["us"]
    assert us.verdict == "consistent"
    assert us.consensus is not None
    assert (us.consensus.low, us.consensus.high) == (11, 11)
    report = cr.reconcile([BASE, BASE_OTHER])
    (estimates,) = report.estimates_by_event.values()
    assert estimates["injured"].best == 11


def test_a_headline_count_of_troops_is_the_sides_troops_of_the_body() -> None:
    """Before: injured/soldiers 109 and injured/coalition 'troops' (2 or more), two answers."""
    doc = _d(
        "bs3",
        "2027-01-18",
        "Missile strike wounds 109 troops at Qarun base",
        "QARUN — Coalition troops were wounded when ballistic missiles struck the Qarun air "
        "base on Sunday night, a coalition spokesman said on Monday.\n"
        "The spokesman did not say how many were hurt.",
        "Desert Wire",
    )
    found = _findings([doc], "injured")
    assert list(found) == ["coalition"]
    consensus = found["coalition"].consensus
    assert consensus is not None
    assert (consensus.low, consensus.high) == (109, 109)


def test_bare_troops_beside_two_sides_stay_apart() -> None:
    a = count_claim(id="a", quantity=3, group="us.military", sentence="Three US troops hurt.")
    b = count_claim(
        id="b", quantity=5, group="iraqi_security_forces", sentence="Five Iraqi soldiers hurt."
    )
    c = count_claim(id="c", document="d2", quantity=8, group="soldiers", subject="eight troops")
    res = resolve([a, b, c], dict.fromkeys("abc", "ev"))
    assert "soldiers" in {f.group for f in res.findings}


def test_troops_join_the_troops_not_the_whole_side() -> None:
    """Seven Americans (five troops, two contractors) beside 'five troops': consistent."""
    a = count_claim(id="a", quantity=5, group="us.military", sentence="Five soldiers, two more.")
    b = count_claim(id="b", quantity=2, group="us.contractors", sentence="Five soldiers, two more.")
    c = count_claim(id="c", document="d2", quantity=7, group="us", subject="seven Americans")
    d = count_claim(id="d", document="d3", quantity=5, group="soldiers", subject="five troops")
    res = resolve([a, b, c, d], dict.fromkeys("abcd", "ev"))
    (finding,) = res.findings
    assert finding.verdict == "consistent"
    assert finding.consensus is not None
    assert finding.consensus.low == 7


QUAKE = _d(
    "qk1",
    "2027-06-01",
    "Quake flattens villages near Terzan",
    "TERZAN — A strong earthquake struck villages near Terzan on Tuesday, killing at least "
    "40 people, the disaster agency said.\n"
    "Another 12 people were missing under the rubble, the agency said.",
    "Highland Post",
)
QUAKE_NEXT = _d(
    "qk2",
    "2027-06-02",
    "Terzan quake toll climbs to 52",
    "TERZAN — The death toll from Tuesday's earthquake near Terzan rose to 52, the disaster "
    "agency said on Wednesday, as rescuers searched for the missing.",
    "Highland Post",
)


def test_a_quake_toll_beside_its_missing() -> None:
    """The missing are counted apart: the toll of 52 and the 12 missing are two answers."""
    killed = _findings([QUAKE, QUAKE_NEXT], "killed")
    assert killed["people"].verdict == "consistent"
    missing = _findings([QUAKE, QUAKE_NEXT], "missing")
    assert missing["people"].consensus is not None
    assert missing["people"].consensus.low == 12


HOSPITAL = _d(
    "hp1",
    "2027-09-12",
    "Blast at Oresk hospital kills 86, ministry says",
    "ORESK — An explosion tore through the courtyard of a hospital in Oresk on Sunday, "
    "killing 86 people, the local health ministry said.",
    "Plains Monitor",
)
HOSPITAL_NEXT = _d(
    "hp2",
    "2027-09-13",
    "Oresk hospital toll disputed",
    "ORESK — The armed forces said on Monday that 18 people died in Sunday's explosion at "
    "the Oresk hospital, far fewer than the health ministry's figure.",
    "Northern Review",
)


def test_a_disputed_hospital_toll_stays_a_conflict() -> None:
    found = _findings([HOSPITAL, HOSPITAL_NEXT], "killed")
    assert found["people"].verdict == "conflicting"


HOSPITAL_BOTH = _d(
    "hp3",
    "2027-09-12",
    "Blast at Oresk hospital: ministry and army give different tolls",
    "ORESK — An explosion tore through the courtyard of a hospital in Oresk on Sunday, "
    "killing 86 people, the local health ministry said.\n"
    "The army said in a statement that no more than 20 people had died.",
    "Plains Monitor",
)
HOSPITAL_REPEAT = _d(
    "hp4",
    "2027-09-13",
    "Oresk hospital blast: ministry stands by its toll",
    "ORESK — The health ministry said on Monday that 86 people were killed in Sunday's "
    "explosion at the Oresk hospital.",
    "Northern Review",
)


def test_a_toll_repeated_a_day_later_does_not_supersede_the_dispute() -> None:
    """Before: the army's 'no more than 20' was superseded by the ministry's 86 repeated."""
    found = _findings([HOSPITAL_BOTH, HOSPITAL_REPEAT], "killed")
    assert found["people"].verdict == "conflicting"
    report = cr.reconcile([HOSPITAL_BOTH, HOSPITAL_REPEAT])
    army = next(c for c in report.claims if isinstance(c, CountClaim) and c.quantity.high == 20)
    assert "contested" in army.flags
    assert "superseded" not in army.flags


def test_a_source_raising_its_own_figure_still_evolves() -> None:
    """The army's 20 beside the ministry's 86, then the army's own 86 a day later."""
    a = count_claim(id="a", quantity=86, kind="organization", source="the ministry")
    b = count_claim(id="b", quantity=20, kind="organization", source="the army", sentence="b")
    c = count_claim(id="c", document="d2", quantity=86, kind="organization", source="the army")
    docs = [
        cr.Document("d1", "x", published="2027-06-01"),
        cr.Document("d2", "y", published="2027-06-02"),
    ]
    res = resolve([a, b, c], dict.fromkeys("abc", "ev"), documents=docs)
    flags = {c.id: c.flags for c in res.claims}
    assert "superseded" in flags["b"]


def _rescued(claim: CountClaim) -> CountClaim:
    """The claim as a count of a measure the model may not list yet (people rescued)."""
    return _checks.evolve_unchecked(claim, "measure", "rescued")


def test_a_measure_the_resolver_does_not_know_rises_like_a_toll() -> None:
    """Before: 30 rescued, next day 45 rescued, was a conflict (a fixed count). After: evolving."""
    a = _rescued(count_claim(id="a", quantity=30, kind="organization", source="the agency"))
    b = _rescued(count_claim(id="b", document="d2", quantity=45, kind="organization"))
    docs = [
        cr.Document("d1", "x", published="2027-06-01"),
        cr.Document("d2", "y", published="2027-06-02"),
    ]
    res = resolve([a, b], {"a": "ev", "b": "ev"}, documents=docs)
    (finding,) = res.findings
    assert finding.measure == "rescued"
    assert finding.verdict == "evolving"
    flags = {c.id: c.flags for c in res.claims}
    assert "superseded" in flags["a"]


def test_a_count_of_things_fired_stays_fixed() -> None:
    a = count_claim(id="a", measure="launched", group="munition", quantity=8, kind="media")
    b = count_claim(id="b", document="d2", measure="launched", group="munition", quantity=12)
    docs = [
        cr.Document("d1", "x", published="2027-06-01"),
        cr.Document("d2", "y", published="2027-06-02"),
    ]
    res = resolve([a, b], {"a": "ev", "b": "ev"}, documents=docs)
    assert res.findings[0].verdict == "conflicting"
