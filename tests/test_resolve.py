"""Tests for claimrec.resolve: slots, verdicts, flags, estimates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.errors import InvalidValueError
from claimrec.model import Document, Quantity
from claimrec.resolve import resolve
from claimrec.testing import count_claim, responsibility_claim


def _on(event: str, *claims):  # every claim on one event
    return {c.id: event for c in claims}


def _docs(*pairs: tuple[str, str]) -> list[Document]:
    return [Document(i, "text", published=d) for i, d in pairs]


class TestSlots:
    def test_seven_and_several_from_different_sources_are_consistent_with_consensus_seven(
        self,
    ) -> None:
        """'7 injured' (a US official) and 'several injured' (CNN citing an official) agree on 7."""
        a = count_claim(
            id="a",
            document="d1",
            quantity="seven",
            group="us",
            kind="anonymous_official",
            source="a U.S. official",
        )
        b = count_claim(
            id="b",
            document="d2",
            quantity="several",
            group="us",
            kind="anonymous_official",
            source="an American official",
            chain=("CNN", "an American official"),
        )

        res = resolve([a, b], _on("ev", a, b))

        (finding,) = res.findings
        assert finding.verdict == "consistent"
        assert finding.consensus == Quantity(7, 7, qualifier="exact")
        assert "injured/us: consistent" in finding.explanation

    def test_subgroups_of_one_sentence_add_up_to_the_parent(self) -> None:
        """Five US military and two US contractors in one sentence are consistent with seven Americans."""
        s = "Five US military personnel and two US contractors were injured."
        m = count_claim(id="c1", document="d1", quantity=5, group="us.military", sentence=s)
        c = count_claim(id="c2", document="d1", quantity=2, group="us.contractors", sentence=s)
        us = count_claim(id="u", document="d2", quantity=7, group="us", kind="media", source="AFP")

        res = resolve([m, c, us], _on("ev", m, c, us))

        (finding,) = res.findings
        assert finding.verdict == "consistent"
        assert finding.group == "us"
        assert str(finding.consensus) == "7"
        assert "5 us.military + 2 us.contractors = 7" in finding.explanation

    def test_subgroup_sum_larger_than_parent_claim_conflicts(self) -> None:
        """Five military plus two contractors cannot be 'two Americans'."""
        s = "Five US military personnel and two US contractors were injured."
        m = count_claim(id="m", document="d1", quantity=5, group="us.military", sentence=s)
        c = count_claim(id="c", document="d1", quantity=2, group="us.contractors", sentence=s)
        us = count_claim(
            id="u", document="d2", quantity=2, group="us", kind="media", source="Reuters"
        )

        res = resolve([m, c, us], _on("ev", m, c, us))

        assert res.findings[0].verdict == "conflicting"

    def test_two_slightly_injured_and_several_wounded_conflict_with_both_sides_named(self) -> None:
        """'Two Americans' (Reuters) and 'several US soldiers' (US military sources) cannot both hold."""
        a = count_claim(
            id="a", document="d1", quantity="two", group="us", kind="media", source="Reuters"
        )
        b = count_claim(
            id="b",
            document="d1",
            quantity="several",
            group="us.military",
            kind="anonymous_official",
            source="US military sources",
        )

        res = resolve([a, b], _on("ev", a, b))

        (finding,) = res.findings
        assert finding.verdict == "conflicting"
        assert finding.conflicts == (("a", "b"),)
        assert "Reuters" in finding.explanation
        assert "US military sources" in finding.explanation
        assert all("contested" in c.flags for c in res.claims)

    def test_at_least_ten_and_seventeen_to_forty_missiles_are_consistent(self) -> None:
        """An open lower bound and a range that lies above it agree on the range."""
        a = count_claim(
            id="a",
            quantity="at least ten",
            measure="launched",
            group="munition.missile",
            kind="media",
            source="Al-Mayadeen",
        )
        b = count_claim(
            id="b",
            quantity="17 to 40",
            measure="launched",
            group="munition",
            kind="vague",
            source="other estimates",
        )

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "17–40"

    def test_different_populations_and_measures_are_separate_slots(self) -> None:
        """US personnel vs Iraqi security forces, launched vs impacted: no conflict between them."""
        claims = [
            count_claim(id="a", quantity=2, group="us"),
            count_claim(id="b", document="d2", quantity=1, group="iraqi_security_forces"),
            count_claim(id="c", quantity=10, measure="launched", group="munition.rocket"),
            count_claim(
                id="d", document="d2", quantity=2, measure="impacted", group="munition.rocket"
            ),
        ]

        res = resolve(claims, _on("ev", *claims))

        assert {(f.measure, f.group) for f in res.findings} == {
            ("injured", "us"),
            ("injured", "iraqi_security_forces"),
            ("launched", "munition.rocket"),
            ("impacted", "munition.rocket"),
        }
        assert all(f.verdict == "consistent" for f in res.findings)

    def test_cumulative_and_standing_scopes_never_enter_a_slot(self) -> None:
        """'62 injuries since October' does not conflict with 'eight injuries' in the attack."""
        a = count_claim(id="a", quantity=8, group="us")
        b = count_claim(id="b", quantity="approximately 62", group="us", scope="cumulative")
        t = count_claim(
            id="t", quantity=2500, measure="troops", group="us.military", scope="standing"
        )

        res = resolve([a, b, t], _on("ev", a, b, t))

        assert [f.claims for f in res.findings] == [("a",)]

    def test_claims_without_an_event_are_kept_but_not_resolved(self) -> None:
        """A background claim attached to no event keeps its flags and enters no finding."""
        a = count_claim(id="a", quantity=3, measure="killed")

        res = resolve([a], {"a": None})

        assert res.findings == ()
        assert [c.id for c in res.claims] == ["a"]


class TestTime:
    def test_early_figure_raised_later_is_evolving_and_superseded(self) -> None:
        """'initial indications: two injured' then, a day later, 'eight injuries' from the Pentagon."""
        early = count_claim(
            id="e",
            document="d1",
            quantity=2,
            group="us",
            kind="anonymous_official",
            source="an official",
            provisional=True,
        )
        later = count_claim(
            id="l",
            document="d2",
            quantity=8,
            group="us",
            kind="organization",
            source="the Pentagon",
        )
        docs = _docs(("d1", "2023-11-21"), ("d2", "2023-11-22"))

        res = resolve([early, later], _on("ev", early, later), documents=docs)

        (finding,) = res.findings
        assert finding.verdict == "evolving"
        assert "superseded" in next(c for c in res.claims if c.id == "e").flags
        assert str(finding.consensus) == "8"

    def test_lower_figure_without_an_early_cue_still_conflicts(self) -> None:
        """Only explicitly early or partial figures may be superseded."""
        a = count_claim(id="a", document="d1", quantity=2, group="us", kind="media", source="AFP")
        b = count_claim(
            id="b",
            document="d2",
            quantity=8,
            group="us",
            kind="organization",
            source="the Pentagon",
        )
        docs = _docs(("d1", "2023-11-21"), ("d2", "2023-11-22"))

        res = resolve([a, b], _on("ev", a, b), documents=docs)

        assert res.findings[0].verdict == "conflicting"

    def test_no_group_claimed_followed_by_a_claim_is_superseded_not_contradicted(self) -> None:
        """'No group has claimed responsibility' before a group claims it is an evolving story."""
        none = responsibility_claim(
            id="n", document="d1", stance="none_claimed", actor=None, kind="none"
        )
        claimed = responsibility_claim(id="c", document="d2")
        docs = _docs(("d1", "2024-01-20"), ("d2", "2024-01-21"))

        res = resolve([none, claimed], _on("ev", none, claimed), documents=docs)

        (finding,) = res.findings
        assert finding.verdict == "evolving"
        assert "superseded" in next(c for c in res.claims if c.id == "n").flags

    def test_claim_and_denial_by_one_actor_conflict(self) -> None:
        """A group cannot both claim and deny the same attack."""
        a = responsibility_claim(id="a", actor="Kataib Hezbollah")
        b = responsibility_claim(id="b", document="d2", stance="denied", actor="Kataib Hezbollah")

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "conflicting"


class TestFlags:
    def test_reporter_voice_and_vague_hedges_are_unattributed(self) -> None:
        """Attribution kind none or vague marks a claim unattributed."""
        a = count_claim(id="a", kind="none")
        b = count_claim(id="b", document="d2", kind="vague", source="other estimates")
        c = count_claim(id="c", document="d3", kind="organization", source="police")

        res = resolve([a, b, c], _on("ev", a, b, c))

        flagged = {c.id: c.flags for c in res.claims}
        assert "unattributed" in flagged["a"]
        assert "unattributed" in flagged["b"]
        assert "unattributed" not in flagged["c"]

    def test_two_outlets_relaying_one_wire_report_are_one_origin(self) -> None:
        """Le Monde and Le Figaro both citing AFP do not corroborate each other."""
        a = count_claim(
            id="a", document="d1", kind="media", source="AFP", chain=("Le Monde", "AFP")
        )
        b = count_claim(
            id="b", document="d2", kind="media", source="AFP", chain=("Le Figaro", "AFP")
        )

        res = resolve([a, b], _on("ev", a, b))

        assert all(c.flags == ("single_source",) for c in res.claims)

    def test_independent_origins_that_agree_corroborate(self) -> None:
        """Police and a hospital agreeing on 3 killed corroborate each other."""
        a = count_claim(id="a", quantity=3, measure="killed", kind="organization", source="police")
        b = count_claim(
            id="b",
            document="d2",
            quantity=3,
            measure="killed",
            kind="organization",
            source="the hospital",
        )

        res = resolve([a, b], _on("ev", a, b))

        assert all(c.flags == ("corroborated",) for c in res.claims)


class TestEstimates:
    def test_policies_choose_best_differently_on_conflict(self) -> None:
        """Consensus takes the most authoritative figure; conservative the lowest."""
        a = count_claim(
            id="a", document="d1", quantity=2, measure="killed", kind="media", source="AFP"
        )
        b = count_claim(
            id="b",
            document="d2",
            quantity=4,
            measure="killed",
            kind="organization",
            source="police",
        )

        best = {
            p: resolve([a, b], _on("ev", a, b), policy=p).estimates["ev"]["killed"].best
            for p in ("consensus", "conservative")
        }

        assert best == {"consensus": 4, "conservative": 2}

    def test_unknown_policy_is_a_clear_error(self) -> None:
        """A policy name outside POLICIES names the allowed ones."""
        with pytest.raises(InvalidValueError, match="consensus, latest, conservative"):
            resolve([], {}, policy="median")

    def test_people_slot_and_named_groups_combine_without_double_counting(self) -> None:
        """'Three people killed' and 'two officers killed': at least 3, best 3."""
        a = count_claim(id="a", quantity=3, measure="killed", group="people")
        b = count_claim(id="b", document="d2", quantity=2, measure="killed", group="police")

        est = resolve([a, b], _on("ev", a, b)).estimates["ev"]["killed"]

        assert (est.low, est.best) == (3, 3)

    def test_measure_nobody_mentions_is_zero_when_other_casualties_are_reported(self) -> None:
        """An event with 'five injured' and no word of deaths estimates killed as 0."""
        a = count_claim(id="a", quantity=5)

        est = resolve([a], _on("ev", a)).estimates["ev"]

        assert (est["killed"].best, est["injured"].best) == (0, 5)


quantities = st.builds(
    lambda lo, width: Quantity(lo, None if width is None else lo + width),
    st.integers(0, 50),
    st.one_of(st.none(), st.integers(0, 20)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(quantities, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_verdicts_and_flags_do_not_depend_on_claim_order(qs, rnd) -> None:
    """Shuffling the claims changes no finding and no flag."""
    claims = [
        count_claim(
            id=f"c{i}", document=f"d{i % 3}", quantity=q, kind="media", source=f"outlet{i % 2}"
        )
        for i, q in enumerate(qs)
    ]
    shuffled = claims[:]
    rnd.shuffle(shuffled)

    a = resolve(claims, _on("ev", *claims))
    b = resolve(shuffled, _on("ev", *claims))

    assert a == b


@settings(max_examples=60, deadline=None)
@given(st.lists(quantities, min_size=1, max_size=6))
def test_consistent_slot_consensus_lies_inside_every_claim(qs) -> None:
    """When a slot is consistent, its consensus is allowed by every claim; no claim is lost."""
    claims = [count_claim(id=f"c{i}", document=f"d{i}", quantity=q) for i, q in enumerate(qs)]

    res = resolve(
        claims,
        _on("ev", *claims),
        documents=[Document(f"d{i}", "x", published=dt.date(2024, 1, 1)) for i in range(len(qs))],
    )

    assert sorted(c.id for c in res.claims) == sorted(c.id for c in claims)
    (finding,) = res.findings
    if finding.verdict == "consistent":
        assert finding.consensus is not None
        assert all(c.quantity.contains(finding.consensus) for c in claims)
    else:
        assert finding.conflicts


class TestConjoinedCounts:
    @staticmethod
    def _claims_in(sentence: str, phrases: list[str]) -> tuple[Document, list]:
        doc = Document("d1", sentence)
        claims = []
        for i, phrase in enumerate(phrases):
            start = sentence.index(phrase)
            claims.append(
                count_claim(
                    id=f"c{i}",
                    document="d1",
                    quantity=phrase.split()[0],
                    sentence=sentence,
                    span=(start, start + len(phrase)),
                )
            )
        return doc, claims

    @pytest.mark.parametrize(
        ("sentence", "phrases", "consensus"),
        [
            (
                "A shooting left three women and one man injured, police said.",
                ["three women and one man injured", "one man injured"],
                "4",
            ),
            (
                "The gunman killed a guard and wounded four other people.",
                ["four other people"],
                "4",
            ),
            (
                "A woman was shot in the arm, while two others were shot in the legs.",
                ["two others were shot"],
                "2",
            ),
            (
                "She was one of six people who were wounded.",
                ["one of six people", "six people who were wounded"],
                "6",
            ),
            ("Five people, including two women, were injured.", ["Five people", "two women"], "5"),
        ],
    )
    def test_counts_one_sentence_conjoins_add_up_and_parts_do_not(
        self, sentence, phrases, consensus
    ) -> None:
        """'three women and one man' is 4; 'one of six' is 6; 'five, including two women' is 5."""
        doc, claims = self._claims_in(sentence, phrases)

        res = resolve(claims, _on("ev", *claims), documents=[doc])

        assert str(res.findings[0].consensus) == consensus


class TestIndividualMentions:
    def test_a_victim_described_is_a_lower_bound_not_the_total(self) -> None:
        """'A man was killed' and 'three people were killed' agree: the man is one of the three."""
        a = count_claim(id="a", quantity=cr_quantity("a"), measure="killed")
        b = count_claim(id="b", document="d2", quantity=3, measure="killed")

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "3"

    def test_one_counted_is_the_total(self) -> None:
        """'One person was killed' counts: it conflicts with 'three people were killed'."""
        a = count_claim(id="a", quantity=cr_quantity("one"), measure="killed")
        b = count_claim(id="b", document="d2", quantity=3, measure="killed")

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "conflicting"

    def test_a_lone_victim_mention_estimates_one(self) -> None:
        """With only 'a man was killed', the estimate is 1 (at least one, best one)."""
        a = count_claim(id="a", quantity=cr_quantity("a"), measure="killed")

        est = resolve([a], _on("ev", a)).estimates["ev"]["killed"]

        assert (est.low, est.best) == (1, 1)


def cr_quantity(text: str) -> Quantity:
    """The quantity an extractor gives a victim described ('a man') or counted ('one man')."""
    return Quantity(1, 1, qualifier="exact", text=text)


class TestConflictBest:
    def test_on_conflict_best_is_the_figure_most_independent_origins_allow(self) -> None:
        """Two outlets say 3 injured, one says 4: the estimate takes 3."""
        a = count_claim(id="a", document="d1", quantity=3, kind="media", source="WSVN")
        b = count_claim(id="b", document="d2", quantity=3, kind="media", source="NBC 6")
        c = count_claim(id="c", document="d3", quantity=4, kind="media", source="CBS 4")

        est = resolve([a, b, c], _on("ev", a, b, c)).estimates["ev"]["injured"]

        assert (est.low, est.best, est.high) == (3, 3, 4)

    def test_victims_described_one_by_one_in_a_sentence_are_a_lower_bound(self) -> None:
        """'A 19-year-old was shot, a 21-year-old was shot' agrees with 'four men were shot'."""
        s = "A 19-year-old was shot in the face and a 21-year-old was shot in the thigh."
        doc = Document("d1", s)
        first = count_claim(
            id="a", document="d1", quantity=cr_quantity("A"), sentence=s, span=(0, 15)
        )
        second = count_claim(
            id="b", document="d1", quantity=cr_quantity("a"), sentence=s, span=(41, 55)
        )
        total = count_claim(id="c", document="d2", quantity=4)

        res = resolve([first, second, total], _on("ev", first, second, total), documents=[doc])

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "4"
