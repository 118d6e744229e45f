"""Linking a handful of reports of one incident, as a fact-checker reconciles them.

Every sentence here is invented for these tests (places included). Three to five
reports of one incident name it at two levels (a province, a town), date it
relative to publication and revise its toll; another incident of the same kind in
the same place days later stays apart.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.link.background import RARE_WEIGHT, background_weight
from claimrec.link.profile import profile_documents


def doc(id_: str, title: str, text: str, published: str) -> cr.Document:
    return cr.Document(id_, text, title=title, published=published)


def events(docs: list[cr.Document]) -> set[tuple[str, ...]]:
    return {e.documents for e in cr.reconcile(docs).events}


LANDSLIDE = [
    doc(
        "s1",
        "Landslide buries homes in Orvenna",
        "A landslide buried dozens of homes in the hill province of Orvenna on Thursday, "
        "killing at least 23 people, the civil protection agency said. Rescuers worked "
        "through the night in the village of Kestrany.",
        "2024-09-12",
    ),
    doc(
        "s2",
        "Orvenna landslide toll rises",
        "The number of people killed in Thursday's landslide in Orvenna province has risen "
        "to 41, officials said on Saturday, as diggers cleared mud from Kestrany.",
        "2024-09-14",
    ),
    doc(
        "s3",
        "Survivors pulled from mud",
        "Two days after the landslide that swept away much of Kestrany, the civil protection "
        "agency said 44 people had died. Dozens remain unaccounted for.",
        "2024-09-14",
    ),
    doc(
        "s4",
        "Government revises landslide toll",
        "At least 52 people died in the Orvenna landslide last week, the government said on "
        "Tuesday, after relatives reported more people unaccounted for.",
        "2024-09-17",
    ),
]


class TestBackgroundRarity:
    def test_a_name_english_does_not_use_weighs_most(self) -> None:
        """An invented town name is as rare as a word can be; everyday words weigh nothing."""
        assert background_weight("kestrany") == RARE_WEIGHT
        assert background_weight("people") == background_weight("said") == 0.0

    def test_a_rarer_word_weighs_more(self) -> None:
        """Weight falls with frequency in English: 'diggers' is rarer than 'government'."""
        assert background_weight("diggers") > background_weight("government")

    def test_every_report_sharing_a_name_keeps_it_as_context(self) -> None:
        """In four reports that all name the province, its name is still a rare shared word."""
        profiles, _ = profile_documents(LANDSLIDE)

        assert all("orvenna" in p.terms for p in profiles if p.key != "s3")

    def test_large_corpora_weigh_by_the_corpus_alone(self) -> None:
        """Among twenty reports or more, a word all of them share carries nothing, whatever English says."""
        docs = [
            doc(
                f"d{i}", f"Report {i}", f"Something happened in Vorlund district {i}.", "2024-01-02"
            )
            for i in range(25)
        ]

        profiles, _ = profile_documents(docs)

        assert all("vorlund" not in p.terms for p in profiles)


class TestOneIncidentAlone:
    def test_a_handful_of_reports_of_one_landslide_is_one_event(self) -> None:
        """Province-only, town-only and both: the leads naming both tell they are one place."""
        assert events(LANDSLIDE) == {("s1", "s2", "s3", "s4")}

    def test_two_reports_of_one_incident_are_one_event(self) -> None:
        """The first report and the update alone, with no corpus to learn word rarity from."""
        assert events(LANDSLIDE[:2]) == {("s1", "s2")}

    def test_another_landslide_in_the_province_days_later_stays_apart(self) -> None:
        """Same kind, same province, a named other day: two events."""
        other = doc(
            "s5",
            "New landslide hits Orvenna",
            "Another landslide struck a road in Orvenna province on Monday, killing three "
            "drivers, police said.",
            "2024-09-16",
        )

        assert events([*LANDSLIDE[:3], other]) == {("s1", "s2", "s3"), ("s5",)}

    @pytest.mark.xfail(
        strict=True,
        reason="PlaceMatcher scores the shared province 1.0 when each side also names its own "
        "town (both towns count fully in a small corpus); before this change too",
    )
    def test_two_towns_of_a_province_on_one_day_stay_apart(self) -> None:
        """Two reports naming the province with two different towns do not make them one place."""
        docs = [
            doc(
                "t1",
                "Blast at Merrow depot",
                "A fuel depot exploded in the town of Merrow in Taskel province on Friday, "
                "killing four workers, officials said.",
                "2024-06-07",
            ),
            doc(
                "t2",
                "Bridge collapse in Taskel",
                "A bridge collapsed in the town of Ondry in Taskel province on Friday, killing "
                "six people, police said.",
                "2024-06-07",
            ),
        ]

        assert events(docs) == {("t1",), ("t2",)}


class TestWeakContextInAHandful:
    def test_three_reports_of_a_collapse_with_a_rising_toll_are_one_event(self) -> None:
        """Few shared words in three reports are weak evidence for, not evidence against."""
        docs = [
            doc(
                "c1",
                "Building collapses in Port Amsel's Vey district",
                "A five-storey building collapsed in the Vey district of Port Amsel on Tuesday "
                "morning, killing at least four people, emergency officials said.",
                "2024-09-10",
            ),
            doc(
                "c2",
                "Port Amsel collapse: toll rises to 11",
                "The number of people killed in Tuesday's building collapse in Vey rose to 11 "
                "overnight, the state emergency agency said, with 14 still missing.",
                "2024-09-11",
            ),
            doc(
                "c3",
                "Search ends at Vey collapse site with 19 dead",
                "Emergency workers ended the search of the collapsed building in Port Amsel "
                "after recovering 19 bodies, the state government said.",
                "2024-09-13",
            ),
        ]

        assert events(docs) == {("c1", "c2", "c3")}
