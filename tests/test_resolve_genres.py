"""
Verdicts on whole stories of the genres held-out reports come from.

Strikes on bases, bombings, earthquakes, floods and landslides, disputed hospital tolls,
wildfires and boat disasters: every report below is invented for these tests (places,
outlets, people and groups included) and written the way wires and papers write such
stories over a few days (rising tolls in many voices, headline and body figures, lower
bounds and exact counts, ranges, vague words, category totals, tolls of one town, stale
recaps of an older figure, corrections, and tolls two authorities dispute). Each story is
reconciled on its own, and the tests check the verdict per measure and slot that a
fact-checker reading the reports would give.
"""

from __future__ import annotations

import pytest

import claimrec as cr

D = cr.Document


def _d(id_: str, day: str, title: str, text: str, outlet: str) -> cr.Document:
    return D(id_, text, title=title, published=day, outlet=outlet)


QUAKE = [
    _d(
        "q1",
        "2027-03-02",
        "Strong quake kills at least 40 in Kestrian highlands",
        "VALDMOR, Kestria — A magnitude 6.4 earthquake shook the highland district of Valdmor "
        "before dawn on Tuesday, killing at least 40 people and injuring more than 200, the "
        "national emergency agency said.\n"
        "Rescue crews were still searching collapsed apartment blocks in the district capital "
        "at nightfall.",
        "Meridian Wire",
    ),
    _d(
        "q2",
        "2027-03-03",
        "Valdmor earthquake toll climbs to 112",
        "VALDMOR, Kestria — The number of people killed by Tuesday's earthquake in Valdmor has "
        "climbed to 112, the national emergency agency said on Wednesday.\n"
        "In the mountain town of Sarnet alone, 37 people died when a school and two apartment "
        "buildings fell.\n"
        "More than 650 people were hurt, the agency said.",
        "Northgate Post",
    ),
    _d(
        "q3",
        "2027-03-04",
        "Hopes fade for survivors in Valdmor",
        "VALDMOR, Kestria — Rescuers in Valdmor pulled two women alive from the rubble on "
        "Thursday, but hopes of finding more survivors were fading two days after the "
        "earthquake, which killed at least 40 people.\n"
        "The interior minister said 131 people were now known to have died in the quake.",
        "Evening Ledger",
    ),
]

BASE = [
    _d(
        "b1",
        "2027-05-10",
        "Drone attack on Tal Serra air base kills three soldiers",
        "Three soldiers were killed and 14 were wounded when explosive-laden drones struck the "
        "Tal Serra air base on Saturday, the defence ministry said in a statement.\n"
        "Air defences shot down four of the drones, the ministry said.",
        "Meridian Wire",
    ),
    _d(
        "b2",
        "2027-05-11",
        "Militia says its attack on Tal Serra base killed 25",
        "The Crescent Dawn militia said on Sunday that its drone attack on the Tal Serra air "
        "base had killed 25 soldiers, a figure the defence ministry dismissed as propaganda.\n"
        "The ministry maintained that three soldiers died in the attack.",
        "Northgate Post",
    ),
    _d(
        "b3",
        "2027-05-12",
        "Wounded in Tal Serra base attack rises to 19",
        "The number of soldiers wounded in Saturday's drone attack on the Tal Serra air base "
        "has risen to 19, the defence ministry said on Monday.",
        "Evening Ledger",
    ),
]

HOSPITAL = [
    _d(
        "h1",
        "2027-06-15",
        "Hundreds killed in blast at Qadira hospital, ministry says",
        "QADIRA — The health ministry said 471 people were killed when an explosion hit the "
        "crowded grounds of the Al-Safa hospital in Qadira on Tuesday night.\n"
        "The ministry blamed an air strike.",
        "Meridian Wire",
    ),
    _d(
        "h2",
        "2027-06-16",
        "Army says Qadira hospital toll far lower",
        "The army said on Wednesday that between 10 and 50 people died in the blast at the "
        "Al-Safa hospital in Qadira, rejecting the ministry's figure, and blamed a misfired "
        "rocket.",
        "Northgate Post",
    ),
    _d(
        "h3",
        "2027-06-18",
        "Monitor documents at least 100 deaths in Qadira hospital blast",
        "An independent monitoring group said on Friday it had documented at least 100 deaths "
        "in the explosion at the Al-Safa hospital in Qadira.",
        "Evening Ledger",
    ),
]

BOMBING = [
    _d(
        "m1",
        "2027-04-09",
        "Bus station bombing kills 15 in Marzan",
        "MARZAN — A suicide bomber killed 12 soldiers and three civilians at a crowded bus "
        "station in Marzan on Friday, police said.\n"
        "Another 30 people were wounded in the blast.",
        "Meridian Wire",
    ),
    _d(
        "m2",
        "2027-04-09",
        "At least 14 dead in Marzan bus station attack",
        "At least 14 people were killed in a suicide bombing at the Marzan bus station on "
        "Friday, hospital officials said.\n"
        "Among the dead were two children, the officials said.",
        "Northgate Post",
    ),
    _d(
        "m3",
        "2027-04-11",
        "Marzan bombing toll rises to 17",
        "The death toll from Friday's suicide bombing at the Marzan bus station rose to 17 on "
        "Sunday after two of the wounded died in hospital, police said.",
        "Evening Ledger",
    ),
]

FLOOD = [
    _d(
        "f1",
        "2027-08-20",
        "Dozens feared dead as floods hit Lorrin valley",
        "Flash floods tore through villages in the Lorrin valley on Thursday, and officials "
        "said 23 people had died and more than 60 were missing.\n"
        "Several villages were cut off by the water.",
        "Meridian Wire",
    ),
    _d(
        "f2",
        "2027-08-21",
        "Lorrin valley flood toll rises to 31",
        "Rescuers have recovered the bodies of 31 people after Thursday's flash floods in the "
        "Lorrin valley, the provincial governor said on Friday, and 40 people remain missing.",
        "Northgate Post",
    ),
    _d(
        "f3",
        "2027-08-23",
        "Lorrin valley villagers return to ruined homes",
        "Villagers in the Lorrin valley began returning to their homes on Sunday. The floods, "
        "which killed 23 people, destroyed hundreds of houses and washed away two bridges.\n"
        "Provincial officials said on Sunday that 38 people had died and 19 were still "
        "missing.",
        "Evening Ledger",
    ),
]

LANDSLIDE = [
    _d(
        "l1",
        "2027-10-04",
        "Landslide buries highway near Ostrel",
        "A landslide buried a stretch of the mountain highway near Ostrel on Monday after days "
        "of heavy rain. No one was killed, police said, but four people were injured.",
        "Meridian Wire",
    ),
    _d(
        "l2",
        "2027-10-05",
        "Body of driver found under Ostrel landslide",
        "Rescuers digging through the landslide near Ostrel found the body of a truck driver "
        "on Tuesday, bringing the death toll to one, police said.",
        "Northgate Post",
    ),
]

MUDSLIDE = [
    _d(
        "u1",
        "2027-12-01",
        "Mudslide sweeps through Brannock village",
        "A mudslide swept through the hill village of Brannock on Wednesday after a night of "
        "heavy rain, burying a dozen homes. No one was killed, the district administrator "
        "said, but 11 villagers were taken to hospital.",
        "Meridian Wire",
    ),
    _d(
        "u2",
        "2027-12-03",
        "Brannock mudslide claims first victim",
        "The death toll from the Brannock mudslide rose to one on Friday when an elderly man "
        "who had been pulled from the mud died in hospital.",
        "Evening Ledger",
    ),
]

WILDFIRE = [
    _d(
        "w1",
        "2027-07-13",
        "Wildfire near Carrow kills at least five",
        "At least five people have died in a fast-moving wildfire north of Carrow, fire "
        "officials said on Tuesday.\n"
        "About 12,000 people were evacuated from their homes.",
        "Meridian Wire",
    ),
    _d(
        "w2",
        "2027-07-15",
        "Carrow wildfire death toll reaches eight",
        "The wildfire north of Carrow has killed eight people, the county sheriff's office "
        "said on Thursday.\n"
        "Authorities estimate the blaze has destroyed as many as 300 homes.",
        "Northgate Post",
    ),
    _d(
        "w3",
        "2027-07-16",
        "Crews contain Carrow wildfire",
        "Firefighters had contained most of the wildfire north of Carrow by Friday. The fire, "
        "which broke out on Monday and killed five people, has burned more than 40,000 acres.",
        "Evening Ledger",
    ),
]

BOAT = [
    _d(
        "s1",
        "2027-09-02",
        "Migrant boat capsizes off Kelso Point, 23 dead",
        "A boat carrying about 80 migrants capsized off Kelso Point on Wednesday, and the "
        "coast guard said 23 bodies had been recovered and about 40 people were missing.",
        "Meridian Wire",
    ),
    _d(
        "s2",
        "2027-09-03",
        "Kelso Point shipwreck toll revised down to 21",
        "The coast guard said on Thursday that 21 people died in the Kelso Point shipwreck, "
        "revising down its earlier figure after two bodies were counted twice.",
        "Northgate Post",
    ),
    _d(
        "s3",
        "2027-09-04",
        "UN agency says 20 to 25 died in Kelso Point shipwreck",
        "Between 20 and 25 people died when the migrant boat capsized off Kelso Point, the UN "
        "migration agency said on Friday.",
        "Evening Ledger",
    ),
]

BASE_DENIAL = [
    _d(
        "r1",
        "2027-11-07",
        "Rockets target Camp Deran, no casualties reported",
        "Several rockets were fired at Camp Deran in northern Ostrava on Sunday night. There "
        "were no casualties, a military spokesman said.",
        "Meridian Wire",
    ),
    _d(
        "r2",
        "2027-11-08",
        "Group claims rocket attack on Camp Deran",
        "The Northern Shield Brigades said on Monday that its rocket attack on Camp Deran "
        "killed 10 soldiers, a claim the military denied.",
        "Northgate Post",
    ),
]

MARKET = [
    _d(
        "k1",
        "2027-02-18",
        "Several killed in Tarvin market blast",
        "Several people were killed when a bomb hidden in a vegetable cart exploded at a busy "
        "market in Tarvin on Thursday, witnesses said.",
        "Meridian Wire",
    ),
    _d(
        "k2",
        "2027-02-18",
        "Seven dead in Tarvin market bombing",
        "A bomb exploded at a market in Tarvin on Thursday, killing seven people and "
        "wounding 22, the provincial police chief said.",
        "Northgate Post",
    ),
]

MOSQUE = [
    _d(
        "p1",
        "2027-06-03",
        "Seven killed in Rashan mosque bombing, police say",
        "A bomb went off inside a mosque in Rashan during Friday prayers, killing seven "
        "people, police said.",
        "Meridian Wire",
    ),
    _d(
        "p2",
        "2027-06-03",
        "Hospital says 11 dead after Rashan mosque blast",
        "The main hospital in Rashan received 11 bodies after the mosque bombing on Friday, a "
        "hospital spokesman said, more than the seven dead given by police.",
        "Northgate Post",
    ),
    _d(
        "p3",
        "2027-06-04",
        "Militants claim Rashan mosque bombing",
        "The Black Banner group said on Saturday it carried out the bombing of a mosque in "
        "Rashan and claimed it had killed more than 50 people.",
        "Evening Ledger",
    ),
]

SHOOTING = [
    _d(
        "g1",
        "2027-01-22",
        "Man shot dead outside Halvern bar",
        "A man aged 31 died after being shot outside a bar in Halvern early on Saturday, police "
        "said. No arrests were made in connection with the killing.\n"
        "Police arrested two other men for disorderly conduct outside the bar.",
        "Meridian Wire",
    ),
]

#: Per story: the verdict a careful reader gives each (measure, group) slot of its event.
STORIES = {
    "quake": (
        QUAKE,
        # 40+ on day one, "climbed to 112", a plain 131 later; 37 "in Sarnet alone" is part
        # of the toll, and the day-three recap "which killed at least 40" agrees with it.
        {("killed", "people"): "evolving", ("injured", "people"): "consistent"},
    ),
    "base": (
        BASE,
        # The ministry's three dead against the militia's 25; the wounded "risen to 19".
        {("killed", "soldiers"): "conflicting", ("injured", "soldiers"): "evolving"},
    ),
    "hospital": (HOSPITAL, {("killed", "people"): "conflicting"}),
    "bombing": (
        BOMBING,
        # 12 soldiers and three civilians = the headline's 15 = "at least 14"; two children
        # among the dead; two of the wounded died later: 17.
        {
            ("killed", "people"): "evolving",
            ("killed", "soldiers"): "consistent",
            ("killed", "civilians"): "consistent",
            ("injured", "people"): "consistent",
        },
    ),
    "flood": (
        FLOOD,
        # 23, 31, then 38; the day-three recap "which killed 23" repeats the first figure.
        {("killed", "people"): "evolving", ("missing", "people"): "evolving"},
    ),
    "landslide": (
        LANDSLIDE,
        {("killed", "people"): "evolving", ("injured", "people"): "consistent"},
    ),
    "mudslide": (MUDSLIDE, {("killed", "people"): "evolving"}),
    "wildfire": (
        WILDFIRE,
        # "At least five", then eight: a lower bound and an exact figure above it agree.
        {("killed", "people"): "consistent", ("evacuated", "people"): "consistent"},
    ),
    "boat": (
        BOAT,
        # 23 revised down to 21 (double counted): a lowered toll is a dispute.
        {("killed", "people"): "conflicting", ("missing", "people"): "consistent"},
    ),
    "base-denial": (
        BASE_DENIAL,
        # "No casualties" from the military, ten soldiers killed from the attackers.
        {("killed", "soldiers"): "conflicting"},
    ),
    "market": (
        MARKET,
        {("killed", "people"): "consistent", ("injured", "people"): "consistent"},
    ),
    "mosque": (
        MOSQUE,
        # Police's seven and the hospital's 11 the same day; the bombers' "more than 50" a
        # day later is their own claim, not the toll moving on.
        {("killed", "people"): "conflicting"},
    ),
    "shooting": (
        SHOOTING,
        # Nobody arrested in the shooting; two arrested for another offence at the scene.
        {("killed", "people"): "consistent", ("arrested", "people"): "consistent"},
    ),
}


def _findings(docs: list[cr.Document]) -> dict[tuple[str, str], cr.Finding]:
    report = cr.reconcile(docs)
    event = next(e.id for e in report.events if docs[0].id in e.documents)
    return {(f.measure, f.group): f for f in report.findings if f.event == event}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_verdicts(name: str) -> None:
    docs, expected = STORIES[name]
    found = _findings(docs)
    got = {slot: found[slot].verdict if slot in found else None for slot in expected}
    assert got == expected


def _report(docs: list[cr.Document]) -> tuple[cr.Report, str]:
    report = cr.reconcile(docs)
    return report, next(e.id for e in report.events if docs[0].id in e.documents)


def _claim(report: cr.Report, doc: str, words: str) -> cr.Claim:
    """The count claim of *doc* whose quantity reads *words*."""
    return next(
        c
        for c in report.claims
        if c.document == doc and isinstance(c, cr.CountClaim) and c.quantity.text == words
    )


def test_a_toll_of_one_town_alone_is_part_of_the_rising_toll() -> None:
    """ "In Sarnet alone, 37 died" is some of the 112, not an early toll that 131 replaced."""
    report, event = _report(QUAKE)
    alone = _claim(report, "q2", "37")

    assert "superseded" not in alone.flags
    assert "contested" not in alone.flags
    assert report.estimates(event)["killed"].best == 131


def test_a_recap_of_the_first_toll_in_a_later_story_is_superseded_not_contested() -> None:
    """ "The floods, which killed 23 people" on day four retells day one's figure."""
    report, event = _report(FLOOD)
    recap = _claim(report, "f3", "23")

    assert "superseded" in recap.flags
    assert "contested" not in recap.flags
    assert report.estimates(event)["killed"].best == 38


def test_a_disputed_hospital_toll_names_both_authorities() -> None:
    """The ministry's 471 against the army's 10 to 50: a conflict between h1 and h2."""
    report, event = _report(HOSPITAL)
    finding = next(f for f in report.findings if f.event == event and f.measure == "killed")
    sides = {tuple(sorted({cid.split(":")[0] for cid in pair})) for pair in finding.conflicts}

    assert ("h1", "h2") in sides
    assert "ministry" in finding.explanation
    assert "army" in finding.explanation


def test_no_casualties_from_the_military_conflicts_with_a_groups_dead_soldiers() -> None:
    """A zero for everyone is a zero for soldiers: the two reports dispute the toll."""
    report, event = _report(BASE_DENIAL)
    finding = next(
        f
        for f in report.findings
        if f.event == event and f.measure == "killed" and f.group == "soldiers"
    )
    pair = {cid.split(":")[0] for cids in finding.conflicts for cid in cids}

    assert pair == {"r1", "r2"}
    assert "contested" in _claim(report, "r2", "10").flags


def test_no_arrests_in_a_shooting_and_arrests_for_another_offence_are_two_counts() -> None:
    """The report's zero stays with the suspects; its two arrests are of other people."""
    report, event = _report(SHOOTING)
    found = {
        f.group: f.verdict for f in report.findings if f.event == event and f.measure == "arrested"
    }

    assert found == {"people": "consistent", "suspects": "consistent"}


def test_a_correction_down_is_the_best_figure() -> None:
    """23 revised down to 21 after a double count: a dispute, whose best figure is 21."""
    report, event = _report(BOAT)

    assert report.estimates(event)["killed"].best == 21
    assert "superseded" not in _claim(report, "s1", "23").flags


def test_an_armed_groups_later_higher_toll_supersedes_nothing() -> None:
    """
    The group's "more than 50" leaves the police's and the hospital's figures standing.

    The hospital's own words are read (the 11 bodies it received): its headline "Hospital
    says 11 dead" repeats that count one hospital received, a lower bound the 50 meets.
    """
    report, _ = _report(MOSQUE)
    hospital = next(
        c
        for c in report.claims
        if c.document == "p2" and c.attribution.source == "a hospital spokesman"
    )

    for flags in (_claim(report, "p1", "seven").flags, hospital.flags):
        assert "superseded" not in flags
        assert "contested" in flags


def test_a_headlines_vague_word_does_not_dispute_its_own_bodys_figure() -> None:
    """ "Dozens feared dead" over "23 people had died" in one report: consistent, 23."""
    report, event = _report(FLOOD[:1])
    finding = next(f for f in report.findings if f.event == event and f.measure == "killed")

    assert finding.verdict == "consistent"
    assert str(finding.consensus) == "23"


# Second round: estimates, evacuations, corrections, a base strike, a same-day revision
# and a bombing whose later story recaps the first toll.
ESTIMATE_2 = [
    _d(
        "a1",
        "2027-02-08",
        "Cyclone Ren kills 1,200 in Marovia",
        "The government of Marovia said on Monday that 1,200 people were confirmed dead after Cyclone Ren made landfall over the weekend.",
        "Meridian Wire",
    ),
    _d(
        "a2",
        "2027-02-08",
        "Aid agencies fear Cyclone Ren toll could reach 5,000",
        "Aid agencies estimated that the cyclone had killed about 5,000 people, many of them in remote fishing villages that rescuers had yet to reach.",
        "Meridian Wire",
    ),
]

EVAC_2 = [
    _d(
        "b1",
        "2027-08-03",
        "Wildfire forces 50,000 to flee near Sorel",
        "About 50,000 people were evacuated as a wildfire spread towards Sorel on Tuesday, the regional government said.",
        "Meridian Wire",
    ),
    _d(
        "b2",
        "2027-08-04",
        "Sorel wildfire evacuations top 80,000",
        "More than 80,000 people have now been evacuated from towns around Sorel, the regional government said on Wednesday.",
        "Meridian Wire",
    ),
]

CORRECTION_2 = [
    _d(
        "c1",
        "2027-05-06",
        "Twelve die in Kesh market fire",
        "Twelve people died when fire swept through a market in Kesh on Thursday, the fire service said.",
        "Meridian Wire",
    ),
    _d(
        "c2",
        "2027-05-07",
        "Kesh market fire toll lowered to 10",
        "The fire service said on Friday that ten people died in the Kesh market fire, lowering its earlier count of twelve after two people listed as dead were found alive in hospital.",
        "Meridian Wire",
    ),
]

BASE3_2 = [
    _d(
        "t1",
        "2027-03-15",
        "US troops wounded in rocket attack on Camp Rhee",
        "Five US troops were wounded when rockets struck Camp Rhee in Syria on Sunday, a US defence official said.",
        "Meridian Wire",
    ),
    _d(
        "t2",
        "2027-03-16",
        "Eight US troops hurt in Camp Rhee attack",
        "Eight American service members were injured in Sunday's rocket attack on Camp Rhee, the Pentagon said on Monday. No US troops were killed.",
        "Meridian Wire",
    ),
    _d(
        "t3",
        "2027-03-16",
        "Militia says it killed 20 Americans at Camp Rhee",
        "The Valley Brigades militia said its rocket attack on Camp Rhee killed 20 American soldiers.",
        "Meridian Wire",
    ),
]

REVISED_SAME_DAY_2 = [
    _d(
        "r1",
        "2027-07-01",
        "Building collapse in Tamsa kills 11",
        "Eleven people were killed when a five-storey building collapsed in Tamsa on Saturday, the city's mayor said.",
        "Meridian Wire",
    ),
    _d(
        "r2",
        "2027-07-01",
        "Tamsa building collapse toll revised to 9",
        "The mayor of Tamsa later revised the toll from the building collapse down to nine, saying two people had been counted twice.",
        "Meridian Wire",
    ),
]

STALE_PLAIN_2 = [
    _d(
        "s1",
        "2027-10-10",
        "Bomb kills 4 at Gorran checkpoint",
        "A roadside bomb killed four soldiers at a checkpoint near Gorran on Thursday, the army said.",
        "Meridian Wire",
    ),
    _d(
        "s2",
        "2027-10-11",
        "Gorran checkpoint bomb toll rises to 6",
        "Two more soldiers died of their wounds on Friday, bringing the number of soldiers killed in Thursday's bombing near Gorran to six, the army said.",
        "Meridian Wire",
    ),
    _d(
        "s3",
        "2027-10-13",
        "Funerals held for Gorran bomb victims",
        "Funerals were held on Saturday for the soldiers killed in the bombing near Gorran. The attack that killed four soldiers was the deadliest in the province this year.",
        "Meridian Wire",
    ),
]

STORIES_2 = {
    "estimate": (ESTIMATE_2, {("killed", "people"): "consistent"}),
    "evac": (EVAC_2, {("evacuated", "people"): "evolving"}),
    "correction": (CORRECTION_2, {("killed", "people"): "conflicting"}),
    "base3": (BASE3_2, {("injured", "us"): "evolving", ("killed", "us"): "conflicting"}),
    "revised-same-day": (REVISED_SAME_DAY_2, {("killed", "people"): "conflicting"}),
    "stale-plain": (STALE_PLAIN_2, {("killed", "soldiers"): "evolving"}),
}


@pytest.mark.parametrize("name", sorted(STORIES_2))
def test_verdicts_second_round(name: str) -> None:
    docs, expected = STORIES_2[name]
    found = _findings(docs)
    got = {slot: found[slot].verdict if slot in found else None for slot in expected}
    assert got == expected


def test_counts_below_an_estimate_of_the_whole_toll_agree_with_it() -> None:
    """1,200 confirmed dead and aid agencies' estimated 5,000: no dispute, counts lag."""
    report, event = _report(ESTIMATE_2)
    finding = next(f for f in report.findings if f.event == event and f.measure == "killed")

    assert finding.verdict == "consistent"
    assert not finding.conflicts


def test_a_headline_kept_apart_from_the_text_is_read_for_words_of_an_update() -> None:
    """
    '... toll rises to 6' in a title outside the text raises the first report's 4.

    The headlines' unspecified dead are counted with the soldiers, the one group the
    reports name: one finding, raised from 4 to 6, the first headline superseded.
    """
    report, event = _report(STALE_PLAIN_2)
    finding = next(
        f
        for f in report.findings
        if f.event == event and f.measure == "killed" and "s2:c1" in f.claims
    )

    assert finding.verdict == "evolving"
    assert "s1:c1" in {c.id for c in report.claims if "superseded" in c.flags}


def test_a_long_update_phrase_keeps_what_raised_the_toll_a_part_of_it() -> None:
    """'Two more died, bringing the number of soldiers killed in ... to six': six, not eight."""
    report, event = _report(STALE_PLAIN_2)
    finding = next(
        f
        for f in report.findings
        if f.event == event and f.measure == "killed" and f.group == "soldiers"
    )

    assert str(finding.consensus) == "6"
