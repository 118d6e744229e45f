"""
Verdicts and estimates, round 4: zeros of people held in one report, and counts beside estimates.

Every report below is invented for these tests (places, outlets, people included).
A city roundup that tells of two shootings says one man is in custody for the first and,
further down, that nobody is in custody: a state of some people at some time, not a
report disputing itself. A disaster's counted dead beside aid groups' estimate of the
whole toll: the count is the figure a data desk reports, the estimate its high end.
"""

from __future__ import annotations

import claimrec as cr


def _d(id_: str, day: str, title: str, text: str, outlet: str) -> cr.Document:
    return cr.Document(id_, text, title=title, published=day, outlet=outlet)


ROUNDUP = _d(
    "k1",
    "2027-06-12",
    "Two men wounded in separate Larkmoor shootings",
    "Two men were wounded in separate shootings across Larkmoor on Friday night, police said.\n"
    "In the first, a 24-year-old took a bullet to the leg outside a corner shop on Pell Street "
    "shortly after 9 p.m. Police had one man in custody in connection with that attack.\n"
    "About two hours later a 31-year-old was hit in the arm while walking home along "
    "Dunmere Road.\n"
    "Nobody was in custody, Lieutenant Mara Quill said.",
    "Larkmoor Courier",
)
FOLLOW_UP = _d(
    "k2",
    "2027-06-13",
    "Man held over Pell Street shooting",
    "One man has been arrested over Friday's shooting on Pell Street in Larkmoor, police said "
    "on Saturday. Detectives were still looking for the gunman who fired on Dunmere Road.",
    "Valley Herald",
)
EARLY_ZERO = _d(
    "e1",
    "2027-07-02",
    "Suspect detained after Tessford stabbing",
    "A woman was stabbed outside a nightclub in Tessford early on Sunday, police said.\n"
    "Initially no one was in custody. Hours later police had one man in custody, a spokesman "
    "said.",
    "Tessford Gazette",
)
OUTPOST = _d(
    "o1",
    "2027-08-19",
    "Rival tolls after attack on Qerim outpost",
    "The army said no soldiers were killed when fighters stormed the Qerim outpost on Monday.\n"
    "The Red Hill Brigade said on its channel that its fighters killed ten soldiers in the "
    "assault.",
    "Meridian Wire",
)
QUAKE = [
    _d(
        "t1",
        "2027-04-20",
        "Quake in Brennic hills: 860 confirmed dead",
        "The civil protection agency said on Tuesday that 860 people were confirmed dead after "
        "the earthquake in the Brennic hills.",
        "Meridian Wire",
    ),
    _d(
        "t2",
        "2027-04-20",
        "Relief groups fear Brennic quake toll could top 3,000",
        "Relief groups estimated that about 3,000 people had died in the earthquake, most of them "
        "in villages cut off by landslides.",
        "Northgate Post",
    ),
]


def _slot(docs: list[cr.Document], measure: str, group: str = "people") -> cr.Finding:
    report = cr.reconcile(docs)
    event = report.document_event[docs[0].id]
    return next(
        f for f in report.findings if (f.event, f.measure, f.group) == (event, measure, group)
    )


def _estimate(docs: list[cr.Document], measure: str, policy: str = "consensus") -> cr.Estimate:
    report = cr.reconcile(docs, settings=cr.Settings(policy=policy))
    return report.estimates_by_event[report.document_event[docs[0].id]][measure]


def test_a_reports_zero_in_custody_beside_its_own_count_is_about_other_people() -> None:
    finding = _slot([ROUNDUP], "arrested")

    assert finding.verdict == "consistent"
    assert str(finding.consensus) == "1"
    assert "≥ 0" in finding.explanation


def test_a_later_arrest_does_not_supersede_a_zero_about_another_shooting() -> None:
    finding = _slot([ROUNDUP, FOLLOW_UP], "arrested")

    assert finding.verdict == "consistent"
    assert str(finding.consensus) == "1"
    assert not finding.arithmetic.raised


def test_a_zero_called_early_in_its_own_report_is_still_raised() -> None:
    finding = _slot([EARLY_ZERO], "arrested")

    assert finding.verdict == "evolving"


def test_a_zero_of_the_dead_beside_another_sources_toll_in_one_report_is_a_dispute() -> None:
    finding = _slot([OUTPOST], "killed", "soldiers")

    assert finding.verdict == "conflicting"


def test_the_best_figure_beside_an_estimate_is_the_highest_count() -> None:
    est = _estimate(QUAKE, "killed")

    assert (est.low, est.best, est.high) == (860, 860, 3300)
    assert "below an estimate" in est.rule


def test_the_findings_consensus_still_meets_the_estimate() -> None:
    """The slot's arithmetic is unchanged: counts are lower bounds the estimate satisfies."""
    finding = _slot(QUAKE, "killed")

    assert finding.verdict == "consistent"
    # the estimate's "about 3,000" (2700-3300), narrowed by the headline's "could top 3,000"
    assert str(finding.consensus) == "3001–3300"


def test_other_policies_keep_their_rules_beside_an_estimate() -> None:
    assert _estimate(QUAKE, "killed", "conservative").best == 860
    assert _estimate(QUAKE, "killed", "latest").best >= 860
