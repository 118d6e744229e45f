"""
Whole stories in the genres held-out reports come from: a hospital blast with a disputed
toll, a drone attack on a base, an earthquake, a suicide bombing, a flood, a market
shelling, a missile strike on a city and a ferry disaster.

Every report here is invented for these tests (places, outlets and groups included). Each
story is reconciled on its own, as a fact-checker reconciles a handful of reports of one
incident, and the tests check what such a reader checks: which reports are one event, what
the toll is, what agrees or conflicts, and who is said to have done it.
"""

from __future__ import annotations

import pytest

import claimrec as cr

D = cr.Document

HOSPITAL = [
    D(
        "a1",
        """GAZIRA CITY — An explosion tore through the courtyard of the Saint Elan hospital late on Tuesday, killing at least 200 people who had been sheltering there, the territory's health ministry said.
Hundreds more were wounded, the ministry said in a statement, blaming an air strike by the northern army.
The northern army denied carrying out the strike and said the blast was caused by a misfired rocket launched by the Red Sickle militia.""",
        title="Hundreds killed in blast at Gazira hospital",
        published="2026-03-11",
        outlet="Wire One",
    ),
    D(
        "a2",
        """The health ministry in Gazira raised its toll from Tuesday's hospital explosion to 471 dead on Wednesday, and said 314 people had been injured.
A spokesman for the Red Sickle militia rejected the army's account and said the group had fired no rockets that night.""",
        title="Gazira hospital blast toll rises to 471, ministry says",
        published="2026-03-12",
        outlet="Wire Two",
    ),
    D(
        "a3",
        """Western intelligence officials estimated on Friday that between 100 and 300 people were killed in the explosion at the Saint Elan hospital in Gazira City, far fewer than the figure given by the health ministry.
The officials said the evidence pointed to a failed rocket launch.""",
        title="Intelligence puts Gazira hospital toll at 100 to 300",
        published="2026-03-14",
        outlet="Paper Three",
    ),
    D(
        "a4",
        """A drone struck a checkpoint on the edge of Gazira City on Thursday, killing three police officers, local officials said. No group claimed the attack.""",
        title="Drone kills three police in Gazira",
        published="2026-03-13",
        outlet="Wire One",
    ),
]

BASE = [
    D(
        "b1",
        """WASHINGTON — Two American service members were wounded when a one-way attack drone hit Camp Tolvar in eastern Syria on Sunday, the Pentagon said. The drone evaded the base's air defences, officials said. Both troops were treated and returned to duty.""",
        title="Drone attack wounds two US troops in Syria",
        published="2026-02-02",
        outlet="Wire One",
    ),
    D(
        "b2",
        """The number of U.S. personnel hurt in Sunday's drone attack on Camp Tolvar has climbed to 11, a defence official said on Tuesday, speaking on condition of anonymity. Most of them suffered concussions in the explosion.
The Islamic Front of the Valley, an alliance of armed groups, said it was behind the attack.""",
        title="11 US troops now hurt in Syria drone strike",
        published="2026-02-04",
        outlet="Wire Two",
    ),
    D(
        "b3",
        """Militants fired three rockets at Camp Tolvar late on Sunday; two were shot down and one landed outside the perimeter, causing no damage, a US official told reporters. Separately, a drone struck the base's housing area, injuring several troops.""",
        title="Rockets and drone target US base in Syria",
        published="2026-02-03",
        outlet="Paper Three",
    ),
]

QUAKE = [
    D(
        "e1",
        """A magnitude 6.4 earthquake shook the northern province of Kestra before dawn on Thursday, flattening dozens of homes. At least 31 people were killed and 140 injured, the interior ministry said.""",
        title="Earthquake kills 31 in Kestra",
        published="2026-05-07",
        outlet="Wire One",
    ),
    D(
        "e2",
        """Rescuers pulled 12 survivors from the rubble overnight as the death toll from Thursday's earthquake rose to 58, the disaster management agency said on Friday. Hundreds of aftershocks have rattled the region and about 2,000 people have been left homeless.""",
        title="Kestra quake toll rises to 58",
        published="2026-05-08",
        outlet="Wire Two",
    ),
    D(
        "e3",
        """The president ordered flags flown at half-mast on Saturday after the earthquake, which killed at least 64 people. Seventeen people are still unaccounted for.""",
        title="National mourning declared after quake",
        published="2026-05-09",
        outlet="Paper Three",
    ),
]

BOMBING_AND_FLOOD = [
    D(
        "c1",
        """QUETTA, Pakistan (Wire) — A suicide bomber blew himself up outside a police training centre in the southwestern city of Quetta on Monday morning, killing at least 14 people, most of them recruits, police said.
Provincial health officials said 37 wounded had been brought to the Civil Hospital, several in critical condition.
No one immediately claimed responsibility.""",
        title="Suicide bombing kills 14 at Quetta police centre",
        published="2026-04-06",
        outlet="Wire One",
    ),
    D(
        "c2",
        """The death toll from Monday's suicide attack on a police training centre in Quetta rose to 22 on Tuesday after eight of the wounded succumbed in hospital overnight, a senior police officer said.
A splinter faction of the Pakistani Taliban claimed the bombing in a message to journalists, saying it had targeted police for raids on its members.""",
        title="Quetta bombing toll rises to 22; Taliban faction claims attack",
        published="2026-04-07",
        outlet="Wire Two",
    ),
    D(
        "c3",
        """Balochistan's home minister told the provincial assembly on Wednesday that 19 people had died in the blast at the police training centre, and that 41 others were wounded. Relatives of the victims staged a sit-in outside the assembly.""",
        title="Minister gives lower toll for Quetta blast",
        published="2026-04-08",
        outlet="Paper Three",
    ),
    D(
        "f1",
        """Torrential monsoon rains triggered flash floods and landslides across the northern district of Swat, killing 11 people and washing away dozens of homes, the provincial disaster management authority said on Thursday. Seven people were missing.""",
        title="Floods kill 11 in Swat valley",
        published="2026-07-16",
        outlet="Wire One",
    ),
    D(
        "f2",
        """Rescuers recovered four more bodies from the Swat river on Friday, bringing the death toll from this week's floods to 15, officials said. Three people were still missing and more than 2,000 had been moved to relief camps.""",
        title="Swat flood toll rises to 15",
        published="2026-07-17",
        outlet="Wire Two",
    ),
]

MARKET_STRIKE_FERRY = [
    D(
        "s1",
        """PORT KELLA — Shelling on a crowded livestock market in the town of Ambara in western Dornia killed at least 38 people on Saturday, a local medics' group said, blaming the paramilitary Swift Guard.
The group said more than 100 people were wounded, many of them children.""",
        title="Market shelling kills 38 in Dornia's Ambara",
        published="2026-06-13",
        outlet="Wire One",
    ),
    D(
        "s2",
        """The Swift Guard denied shelling the Ambara market and accused the army of staging the attack to discredit it. The United Nations said it was "horrified" by reports that dozens of civilians had been killed.""",
        title="Paramilitary denies Ambara market attack",
        published="2026-06-14",
        outlet="Wire Two",
    ),
    D(
        "s3",
        """The death toll from Saturday's shelling of Ambara's main market has risen to 54, the health ministry said on Monday, adding that 162 people had been wounded.""",
        title="Ambara market toll rises to 54",
        published="2026-06-15",
        outlet="Paper Three",
    ),
    D(
        "u1",
        """KHARVA REGION — A missile strike on an apartment block in the city of Velyn killed nine people, including two children, and injured 31 overnight, the regional governor said on Tuesday.
Air defences shot down 23 of 40 drones launched overnight, the air force said.""",
        title="Missile strike kills nine in Velyn",
        published="2026-02-17",
        outlet="Wire One",
    ),
    D(
        "u2",
        """Rescuers found two more bodies under the rubble of the apartment block in Velyn, bringing the death toll from Tuesday's strike to 11, emergency services said on Wednesday.""",
        title="Velyn strike toll rises to 11",
        published="2026-02-18",
        outlet="Wire Two",
    ),
    D(
        "k1",
        """An overloaded ferry capsized on Lake Oren on Sunday evening, killing at least 27 passengers, police said. About 40 people were rescued and a search was under way for dozens more.""",
        title="Ferry capsizes on Lake Oren, 27 dead",
        published="2026-09-07",
        outlet="Wire One",
    ),
    D(
        "k2",
        """Divers recovered 15 more bodies from Lake Oren on Monday, raising the death toll from the ferry disaster to 42, a regional official said. The ferry had been licensed to carry 60 people but was carrying more than 150, he said.""",
        title="Lake Oren ferry toll climbs to 42",
        published="2026-09-08",
        outlet="Wire Two",
    ),
]


#: One base attack told by a headline that names the country before the outpost, and by a
#: later report that names the province and the hospital abroad where the hurt were flown.
OUTPOST = [
    D(
        "o1",
        """A rocket salvo hit a small U.S. garrison in southern Syria on Monday, lightly wounding four American soldiers, two U.S. officials said on condition of anonymity.""",
        title="Rockets hurt US soldiers at Syria garrison",
        published="2026-05-05",
        outlet="Wire One",
    ),
    D(
        "o2",
        """Six U.S. soldiers were hurt when rockets slammed into their base in the Deir ez-Zor countryside of Syria on Monday, the Pentagon said on Tuesday. Three of them were flown to a military hospital in Germany for tests.""",
        title="Pentagon raises count of troops hurt in Syria rocket attack",
        published="2026-05-06",
        outlet="Wire Two",
    ),
]


def _events(docs: list[cr.Document]) -> list[set[str]]:
    return sorted((set(e.documents) for e in cr.reconcile(docs).events if e.documents), key=sorted)


def _finding(report: cr.Report, measure: str, group: str, doc: str) -> cr.Finding:
    event = next(e.id for e in report.events if doc in e.documents)
    return next(
        f for f in report.findings if f.event == event and f.measure == measure and f.group == group
    )


@pytest.mark.parametrize(
    ("docs", "events"),
    [
        pytest.param(HOSPITAL, [{"a1", "a2", "a3"}, {"a4"}], id="hospital"),
        pytest.param(BASE, [{"b1", "b2", "b3"}], id="base"),
        pytest.param(OUTPOST, [{"o1", "o2"}], id="outpost-by-country"),
        pytest.param(QUAKE, [{"e1", "e2", "e3"}], id="quake"),
        pytest.param(BOMBING_AND_FLOOD, [{"c1", "c2", "c3"}, {"f1", "f2"}], id="bombing-flood"),
        pytest.param(
            MARKET_STRIKE_FERRY, [{"k1", "k2"}, {"s1", "s2", "s3"}, {"u1", "u2"}], id="three"
        ),
    ],
)
def test_each_incident_is_one_event(docs: list[cr.Document], events: list[set[str]]) -> None:
    """The reports of one incident form one event, and two incidents stay two."""
    assert _events(docs) == sorted(events, key=sorted)


def test_a_toll_rising_over_days_is_evolving_and_its_latest_figure_is_best() -> None:
    """A ferry toll of 27, then 42 the next day: evolving, best 42."""
    report = cr.reconcile(MARKET_STRIKE_FERRY)
    finding = _finding(report, "killed", "people", "k1")
    event = next(e.id for e in report.events if "k1" in e.documents)

    assert finding.verdict == "evolving"
    assert report.estimates(event)["killed"].best == 42


def test_a_lower_toll_from_another_authority_days_later_is_a_dispute() -> None:
    """22 dead from the police on day two, 19 from a minister on day three: conflicting."""
    report = cr.reconcile(BOMBING_AND_FLOOD)

    assert _finding(report, "killed", "people", "c1").verdict == "conflicting"


def test_reports_blaming_each_other_dispute_responsibility() -> None:
    """Medics blame the paramilitary force; the force blames the army: conflicting."""
    report = cr.reconcile(MARKET_STRIKE_FERRY)
    finding = _finding(report, "responsibility", "actor", "s1")

    assert finding.verdict == "conflicting"


def test_a_statements_day_leaves_its_figures_on_the_main_event() -> None:
    """'..., the ministry said on Monday, adding that 162 people had been wounded'."""
    report = cr.reconcile(MARKET_STRIKE_FERRY)
    finding = _finding(report, "injured", "people", "s3")

    assert any(c.startswith("s3:") for c in finding.claims)
