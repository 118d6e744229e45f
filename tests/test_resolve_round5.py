"""
Verdicts, round 5: "another" after a count of another measure, and held-out genres.

Every report below is invented for these tests (places, outlets, people included).
"A mudslide killed 14 ... Another nine residents were missing" counts the missing whole:
"another" sets them apart from the dead, it adds to no earlier count of the missing.
"Another four died" after a count of the dead, and "three more bodies", still add.
"""

from __future__ import annotations

import claimrec as cr


def _d(id_: str, day: str, title: str, text: str, outlet: str) -> cr.Document:
    return cr.Document(id_, text, title=title, published=day, outlet=outlet)


def _consensus(docs: list[cr.Document], measure: str) -> list[tuple[int, int | None]]:
    """The (low, high) of each finding's consensus on *measure*."""
    report = cr.reconcile(docs)
    out = []
    for f in report.findings:
        if f.measure == measure:
            assert f.consensus is not None, f.explanation
            out.append((f.consensus.low, f.consensus.high))
    return out


MUDSLIDE = _d(
    "s1",
    "2027-10-08",
    "Mudslide hits hamlet above Corvel",
    "CORVEL — A mudslide killed 14 people in a hamlet above Corvel on Thursday, the regional "
    "rescue service said.\n"
    "Another nine residents were missing, the service said, as teams dug through the night.",
    "Upland Courier",
)


def test_another_after_a_count_of_another_measure_is_the_whole_count() -> None:
    """The nine missing are people besides the 14 dead: exactly nine, not at least nine."""
    assert _consensus([MUDSLIDE], "missing") == [(9, 9)]
    assert _consensus([MUDSLIDE], "killed") == [(14, 14)]


def test_another_after_the_wounded_counts_the_wounded_whole() -> None:
    doc = _d(
        "s2",
        "2027-03-02",
        "Grenade thrown into Vesk bus depot",
        "VESK — Two drivers were killed when a grenade was thrown into the bus depot in Vesk "
        "on Monday, police said.\n"
        "Another 16 people were wounded, a police spokeswoman said.",
        "Vesk Daily",
    )
    assert _consensus([doc], "injured") == [(16, 16)]


def test_another_after_a_count_of_its_own_measure_still_adds() -> None:
    """'Six died ... another four died in hospital': at least four more, the toll is ten."""
    doc = _d(
        "s3",
        "2027-05-20",
        "Fire at Brannock textile mill",
        "BRANNOCK — Six workers died when fire swept through a textile mill in Brannock on "
        "Tuesday, the fire service said.\n"
        "Another four died in hospital overnight, a doctor said.",
        "Brannock Star",
    )
    report = cr.reconcile([doc])
    notes = [
        t.note
        for f in report.findings
        if f.measure == "killed"
        for t in f.arithmetic.consensus.terms
    ]
    assert any("added to a count told elsewhere" in note for note in notes)


def test_more_after_a_count_of_another_measure_still_adds() -> None:
    """'Five more bodies were recovered' after a count of the missing: more of the dead."""
    doc = _d(
        "s4",
        "2027-11-14",
        "Search goes on after Darrow river flood",
        "DARROW — Twenty people were still missing after the Darrow river burst its banks, "
        "the civil defence said on Sunday.\n"
        "Five more bodies were recovered from the riverbank, the civil defence said.",
        "Darrow Times",
    )
    killed = _consensus([doc], "killed")
    assert killed == [(5, None)], killed


def test_another_with_no_earlier_count_in_its_report_adds_to_one_told_elsewhere() -> None:
    first = _d(
        "s5",
        "2027-02-03",
        "Ferry capsizes off Hallin",
        "HALLIN — Thirty passengers were missing after a ferry capsized off Hallin on Tuesday, "
        "the coast guard said.",
        "Coast Record",
    )
    second = _d(
        "s6",
        "2027-02-04",
        "Divers search Hallin ferry wreck",
        "HALLIN — Another 12 passengers were missing, the coast guard said on Wednesday, after "
        "divers reached the lower deck.",
        "Harbour Post",
    )
    report = cr.reconcile([first, second])
    notes = [
        t.note
        for f in report.findings
        if f.measure == "missing"
        for t in f.arithmetic.consensus.terms
    ]
    assert any("added to a count told elsewhere" in note for note in notes), notes


def _verdicts(docs: list[cr.Document]) -> dict[str, str]:
    return {f.measure: f.verdict for f in cr.reconcile(docs).findings if f.group == "people"}


DAM_BURST = [
    _d(
        "r1",
        "2027-05-02",
        "Reservoir wall gives way above Tolm",
        "TOLM — A reservoir wall gave way above Tolm on Thursday, flooding three villages. "
        "Five people were confirmed dead and 48 were missing, the district chief said.",
        "Tolm Herald",
    ),
    _d(
        "r2",
        "2027-05-04",
        "Tolm flood deaths climb as search goes on",
        "TOLM — Rescuers found more bodies in the mud on Saturday, bringing the death toll to "
        "27, the district chief said.",
        "Valley Wire",
    ),
    _d(
        "r3",
        "2027-05-07",
        "Tolm reservoir collapse: toll reaches 39",
        "TOLM — The death toll from last week's reservoir collapse near Tolm has reached 39, "
        "the district chief's office said on Tuesday.",
        "Tolm Herald",
    ),
]


def test_a_toll_raised_as_bodies_are_found_is_the_toll_not_a_count_so_far() -> None:
    """'Found more bodies, bringing the death toll to 27': 27 is the toll; 39 later raises it."""
    assert _verdicts(DAM_BURST)["killed"] == "evolving"


def test_bodies_recovered_so_far_stay_a_lower_bound() -> None:
    doc = _d(
        "r4",
        "2027-05-05",
        "Divers reach sunken barge at Orsk",
        "ORSK — Divers have recovered 12 bodies so far from the sunken barge, the river police "
        "said.",
        "Orsk News",
    )
    assert _consensus([doc], "killed") == [(12, None)]


QUAKE = [
    _d(
        "q1",
        "2027-09-20",
        "Strong quake shakes Vellan highlands",
        "VELLAN — An earthquake struck the Vellan highlands on Monday, and the national "
        "disaster office said 88 people were killed.",
        "Highland Post",
    ),
    _d(
        "q2",
        "2027-09-22",
        "Vellan quake: 140 dead and missing",
        "VELLAN — The disaster office said on Wednesday that 121 people had died in the "
        "earthquake and 19 were still missing.",
        "Capital Daily",
    ),
]


def test_dead_and_missing_counted_together_bound_each_measure() -> None:
    """'140 dead and missing' is no toll of 140: the 121 dead raise the 88."""
    verdicts = _verdicts(QUAKE)
    assert verdicts["killed"] == "evolving"
    assert _consensus(QUAKE, "missing") == [(19, 19)]


TERMINAL = [
    _d(
        "v1",
        "2027-12-06",
        "Van bomb outside Grell station kills 31",
        "GRELL — A van packed with explosives blew up outside the main station in Grell on "
        "Monday, killing 31 people, the city council said.",
        "Grell Journal",
    ),
    _d(
        "v2",
        "2027-12-07",
        "Grell council lowers toll from station bomb",
        "GRELL — The city council said on Tuesday that 26 people were killed in the blast "
        "outside the station, not 31 as first reported.",
        "Northern Wire",
    ),
]
CLAIM_OF_MORE = _d(
    "v3",
    "2027-12-07",
    "Insurgents say Grell blast killed far more",
    "GRELL — The Black Ridge Front said in a statement that more than 80 people died in the "
    "station blast and accused the council of hiding the true toll.",
    "Frontier Daily",
)


def test_a_toll_given_as_a_correction_of_the_first_report_disputes_it() -> None:
    """'26 were killed, not 31 as first reported': a lowered toll is a dispute (was evolving)."""
    assert _verdicts(TERMINAL)["killed"] == "conflicting"


def test_a_partys_higher_claim_is_not_replaced_by_an_officials_correction() -> None:
    """The council's 26 corrects its 31; the Front's 'more than 80' still disputes it."""
    report = cr.reconcile([*TERMINAL, CLAIM_OF_MORE])
    (killed,) = [f for f in report.findings if f.measure == "killed"]
    assert killed.verdict == "conflicting", killed.explanation
    flags = {c.id: c.flags for c in report.claims if c.document == "v3"}
    assert all("superseded" not in f for f in flags.values()), flags


AIRFIELD = [
    _d(
        "b1",
        "2027-06-10",
        "Rocket salvo hits Semra airfield, no casualties",
        "SEMRA — At least six rockets landed on the Semra airfield, which hosts coalition "
        "troops, late on Tuesday. There were no casualties, a coalition spokesman said.",
        "Desert Wire",
    ),
    _d(
        "b2",
        "2027-06-24",
        "Coalition troops diagnosed with brain injuries after Semra salvo",
        "SEMRA — Fourteen coalition soldiers were diagnosed with mild traumatic brain injuries "
        "after the rocket salvo on the Semra airfield this month, the coalition said on "
        "Wednesday.",
        "Capital Daily",
    ),
]


def test_an_organization_raising_its_own_zero_weeks_later_is_evolving() -> None:
    """'No casualties, a coalition spokesman said', then the coalition's 14 with brain injuries."""
    report = cr.reconcile(AIRFIELD)
    injured = [f for f in report.findings if f.measure == "injured" and f.group == "coalition"]
    assert [f.verdict for f in injured] == ["evolving"], [f.explanation for f in injured]


def test_another_sources_zero_raised_without_words_of_an_update_is_still_a_dispute() -> None:
    """The army's 'no soldiers were killed', then a militia's ten: a dispute, not a change."""
    docs = [
        _d(
            "b3",
            "2027-02-01",
            "Fighters storm Ostra checkpoint",
            "OSTRA — Fighters stormed an army checkpoint near Ostra on Sunday. The army said no "
            "soldiers were killed.",
            "Ostra Post",
        ),
        _d(
            "b4",
            "2027-02-02",
            "Militia says it killed ten soldiers at Ostra",
            "OSTRA — The Grey Hills Militia said its fighters killed ten soldiers at the Ostra "
            "checkpoint on Sunday.",
            "Ridge Times",
        ),
    ]
    verdicts = [f.verdict for f in cr.reconcile(docs).findings if f.measure == "killed"]
    assert verdicts == ["conflicting"], verdicts
