"""
Aftermath stories: funerals dated before their verb, a city that mourns in the headline,
a wildfire told from two towns, a mudslide recalled by its day in a report about the rain.

Each story holds one incident told three or four ways and a confounder of the same kind
nearby. Every sentence is written for these tests; the places are real, the incidents
are not. Before this round each story alone split its incident (funeral 1/2, mourns 1/2,
wildfire 1/2, mudslide 0/1 exact incidents).
"""

from __future__ import annotations

import pytest

import claimrec as cr

D = cr.Document

FUNERAL = [
    D(
        "fu1",
        "A car bomb tore through a busy vegetable market in the Iraqi city of Kirkuk on Monday, killing 17 people and wounding dozens, police said.",
        title="Car bomb kills 17 at Kirkuk market",
        published="2026-05-04",
        outlet="Wire One",
    ),
    D(
        "fu2",
        "Hundreds of residents gathered on Wednesday to bury people killed by the car bomb that ripped through the market two days earlier. Local doctors said the number of dead had reached 21.",
        title="Residents bury market bomb victims",
        published="2026-05-06",
        outlet="Paper Two",
    ),
    D(
        "fu3",
        "Grieving families on Wednesday buried the victims of Monday's bombing in Kirkuk, as the city health office said 21 people had died.",
        title="Kirkuk families bury their dead",
        published="2026-05-06",
        outlet="Wire Three",
    ),
    D(
        "fu4",
        "A roadside bomb struck an army patrol outside Kirkuk on Friday, killing two soldiers, a security official said.",
        title="Roadside bomb kills two soldiers",
        published="2026-05-08",
        outlet="Wire One",
    ),
]

MOURNS = [
    D(
        "mo1",
        "A suicide bomber blew himself up at a crowded beach restaurant in Mogadishu on Friday night, killing 12 people and wounding 30, police said.",
        title="Suicide bomber kills 12 at Mogadishu restaurant",
        published="2026-06-12",
        outlet="Wire One",
    ),
    D(
        "mo2",
        "Relatives wept at the hospital on Saturday as the number killed in the restaurant attack rose to 19, a health official said. The Islamist group claimed the bombing.",
        title="Mogadishu mourns as restaurant bombing toll climbs to 19",
        published="2026-06-13",
        outlet="Paper Two",
    ),
    D(
        "mo3",
        "Gunmen attacked a hotel in Kismayo on Sunday, killing four guards, officials said.",
        title="Gunmen kill four at Kismayo hotel",
        published="2026-06-14",
        outlet="Wire Three",
    ),
]

WILDFIRE = [
    D(
        "wf1",
        "A wildfire fanned by strong winds swept through pine forests near the town of Portimão in southern Portugal on Monday, killing five people, the civil protection agency said.",
        title="Wildfire kills five in southern Portugal",
        published="2026-08-10",
        outlet="Wire One",
    ),
    D(
        "wf2",
        "The blaze that broke out on Monday and killed five people had burned more than 9,000 hectares by Wednesday, firefighters said, as crews fought flames close to the town of Loulé.",
        title="Portugal fire burns 9,000 hectares",
        published="2026-08-12",
        outlet="Wire Two",
    ),
    D(
        "wf3",
        "Firefighters battling the wildfire in the Algarve on Tuesday said a sixth person, a farmer, had died near Portimão.",
        title="Algarve wildfire death toll rises to six",
        published="2026-08-11",
        outlet="Paper Three",
    ),
    D(
        "wf4",
        "A fire in an apartment block in Lisbon on Tuesday killed three people, firefighters said.",
        title="Apartment fire kills three in Lisbon",
        published="2026-08-11",
        outlet="Wire One",
    ),
]

MUDSLIDE = [
    D(
        "ms1",
        "A mudslide triggered by days of heavy rain buried homes in a hillside village in Kerala's Wayanad district on Wednesday, killing 23 people, officials said.",
        title="Mudslide kills 23 in Wayanad",
        published="2026-07-29",
        outlet="Wire One",
    ),
    D(
        "ms2",
        "Rescuers pulled more bodies from the mud on Thursday, raising the death toll from Wednesday's mudslide in Wayanad to 41, the state government said. Dozens of people are still missing.",
        title="Wayanad mudslide toll rises to 41",
        published="2026-07-30",
        outlet="Wire Two",
    ),
    D(
        "ms3",
        "Wednesday's mudslide in Wayanad killed at least 45 people, the district collector said on Friday, as soldiers built a temporary bridge to reach cut-off hamlets.",
        title="Army bridges river to reach mudslide survivors",
        published="2026-07-31",
        outlet="Paper Three",
    ),
    D(
        "ms4",
        "Heavy rain on Friday hampered the search for survivors in Kerala, where Wednesday's mudslide killed at least 57 people. The weather office warned of more downpours.",
        title="Rain hampers Kerala search",
        published="2026-07-31",
        outlet="Paper Four",
    ),
]

STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "funeral": (FUNERAL, [{"fu1", "fu2", "fu3"}, {"fu4"}]),
    "mourns": (MOURNS, [{"mo1", "mo2"}, {"mo3"}]),
    "wildfire": (WILDFIRE, [{"wf1", "wf2", "wf3"}, {"wf4"}]),
    "mudslide": (MUDSLIDE, [{"ms1", "ms2", "ms3", "ms4"}]),
}


def _groups(docs: list[cr.Document]) -> list[list[str]]:
    return sorted(sorted(e.documents) for e in cr.reconcile(docs).events if e.documents)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_each_story_alone_is_its_incidents(name: str) -> None:
    """One story reconciled on its own: each incident one event, the confounder apart."""
    docs, gold = STORIES[name]

    groups = _groups(docs)

    assert groups == sorted(sorted(i) for i in gold)


def test_all_stories_as_one_corpus() -> None:
    """The stories reconciled together keep every incident whole and apart."""
    docs = [d for story, _ in STORIES.values() for d in story]
    gold = [incident for _, incidents in STORIES.values() for incident in incidents]

    groups = _groups(docs)

    assert groups == sorted(sorted(i) for i in gold)


def test_a_burial_dated_before_its_verb_dates_the_event_days_earlier() -> None:
    """'gathered on Wednesday to bury victims of the bomb that struck two days earlier' is Monday."""
    report = cr.reconcile(FUNERAL[:3])

    (event,) = [e for e in report.events if "fu2" in e.documents]

    assert str(event.date) == "2026-05-04"


def test_a_wildfire_is_its_own_kind() -> None:
    """Reports of a wildfire make a wildfire event; a flat fire stays a fire."""
    report = cr.reconcile(WILDFIRE)

    kinds = {tuple(sorted(e.documents)): e.kind for e in report.events}

    assert kinds == {("wf1", "wf2", "wf3"): "wildfire", ("wf4",): "fire"}


def test_claims_of_an_event_recalled_by_its_day_stay_on_the_event() -> None:
    """'Wednesday's mudslide killed 57' in a report led by Friday's rain is the mudslide's claim."""
    report = cr.reconcile(MUDSLIDE)

    (claim,) = [c for c in report.claims if c.document == "ms4"]

    assert claim.mention.focus == "main"
    assert claim.mention.place == "kerala"
