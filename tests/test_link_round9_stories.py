"""
Round-nine linking stories: a town the gazetteer knows only by another town's alternate name.

A wildfire burns "villages east of" a capital in one report and "near" a small town of
its region in the next, a town too small for the gazetteer whose name a commune of
another country bears as an alternate name; a separate blaze in another region of the
same country that day stays apart. An attack report names the attacker's nationality
and the city struck, which stays the city.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.extract import extract
from claimrec.link.profile import profile_documents
from claimrec.match import match_events

D = cr.Document

GREEK_FIRE = [
    D(
        "wf1",
        "A wildfire fanned by gale-force winds tore through pine-covered villages east of "
        "Athens on Monday, killing three people and forcing thousands from their homes, the "
        "fire service said.",
        title="Wildfire east of Athens kills three",
        published="2026-08-10",
        outlet="Wire One",
    ),
    D(
        "wf2",
        "Greek firefighters struggled on Tuesday to contain the blaze near Marathon, where a "
        "wildfire that broke out on Monday has killed three people and burned dozens of homes.",
        title="Greek blaze near Marathon burns for a second day",
        published="2026-08-11",
        outlet="Paper Two",
    ),
    D(
        "wf3",
        "A separate wildfire broke out on Monday in hills near Patras in western Greece, "
        "injuring two firefighters, local officials said.",
        title="Wildfire near Patras injures two firefighters",
        published="2026-08-10",
        outlet="Wire Two",
    ),
]


def _clusters(docs: list[cr.Document]) -> set[frozenset[str]]:
    events = {frozenset(e.documents) for e in cr.reconcile(docs).events}
    alone = {frozenset({d.id}) for d in docs if not any(d.id in e for e in events)}
    return events | alone


def _geo(title: str, text: str) -> list[str]:
    doc = D("d", text, title=title, published="2026-08-11")
    profiles, _ = profile_documents([doc], extract(doc))
    return [g.path if g else "" for g in profiles[0].geo]


class TestAnotherTownsAlternateName:
    @pytest.mark.xfail(
        strict=True,
        reason=(
            "still wrong: Marathon (a town under the gazetteer's 15,000 people) is unknown, so wf2 "
            "has no place evidence against wf1 'east of Athens' (0.60), while the words 'Greek' "
            "and 'firefighters' link it to the Patras fire (0.69) (round 11)"
        ),
    )
    def test_a_fire_near_a_small_town_joins_the_fire_east_of_its_capital(self) -> None:
        """'Greek blaze near Marathon' is the fire 'east of Athens', not a town in France."""
        found = _clusters(GREEK_FIRE)

        assert found == {frozenset({"wf1", "wf2"}), frozenset({"wf3"})}

    def test_a_town_known_only_as_a_foreign_alternate_name_is_unknown(self) -> None:
        """A nationality names the country: an alternate name of a town elsewhere is doubtful."""
        geo = _geo(
            "Greek blaze near Marathon burns for a second day",
            "Greek firefighters struggled on Tuesday to contain the blaze near Marathon.",
        )

        assert not any(path.startswith("FR") for path in geo)

    def test_the_city_an_attackers_nationality_strikes_stays_the_city(self) -> None:
        """'Israeli strike on Gaza City': the city struck is in another country, and stays."""
        geo = _geo(
            "Israeli strike on Gaza City kills 12",
            "An Israeli air strike on a house in Gaza City killed 12 people on Monday, medics said.",
        )

        assert any(path.startswith("PS") for path in geo)


def _places(title: str, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    doc = D("d", text, title=title, published="2026-08-11")
    profiles, _ = profile_documents([doc], extract(doc))
    return profiles[0].places, profiles[0].labels


class TestNamesWithParticles:
    def test_a_province_named_with_a_lower_case_particle_is_one_name(self) -> None:
        """'Deir ez-Zor province' is the province of Deir ez-Zor, not one called 'Zor'."""
        _, labels = _places(
            "Drone strike hits base in eastern Syria",
            "A drone struck a base in Deir ez-Zor province on Monday, killing two fighters.",
        )

        assert "Zor province" not in labels
        assert "Deir ez-Zor province" in labels

    def test_a_district_named_with_de_is_one_name(self) -> None:
        """'the Saint-Pierre de Chartreuse district' names no district called 'Chartreuse'."""
        _, labels = _places(
            "Floods cut roads in the Alps",
            "Floods cut roads in the Saint-Pierre de Chartreuse district on Monday.",
        )

        assert "Chartreuse district" not in labels


def _pair_score(docs: list[cr.Document]) -> float:
    claims = [c for d in docs for c in extract(d)]
    return max(c.score for c in match_events(docs, claims).pairs if "#" not in c.left + c.right)


class TestCountryOnlyFollowUps:
    REGION = D(
        "r",
        "The death toll from Monday's floods in the Thessaly region rose to five on Tuesday, "
        "after rescuers found two more bodies in flooded villages.",
        title="Thessaly flood toll rises to five",
        published="2026-09-08",
    )

    def _country(self, subject: str) -> cr.Document:
        return D(
            "c",
            f"{subject} declared a state of emergency on Wednesday after this week's floods, "
            "which killed five people, the civil protection ministry said.",
            title=f"{subject} declares emergency after deadly floods",
            published="2026-09-09",
        )

    def test_a_country_holding_the_region_is_no_worse_than_no_place(self) -> None:
        """A flood's follow-up naming only the country agrees at least as well as naming none."""
        named = _pair_score([self.REGION, self._country("Greece")])
        unnamed = _pair_score([self.REGION, self._country("The government")])

        assert named >= unnamed > 0.0

    def test_another_country_still_disagrees(self) -> None:
        """A country that does not hold the region is no agreement."""
        named = _pair_score([self.REGION, self._country("Portugal")])
        unnamed = _pair_score([self.REGION, self._country("The government")])

        assert named < unnamed
