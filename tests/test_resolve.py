"""Tests for claimrec.resolve: slots, verdicts, flags, estimates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.errors import InvalidValueError
from claimrec.model import Document, Quantity
from claimrec.report import Report
from claimrec.resolve import resolve
from claimrec.testing import count_claim, responsibility_claim
from timing import seconds


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
        assert finding.explanation == (
            "7 (a U.S. official, d1) ∩ several (3–9) (an American official via CNN, d2) = 7"
        )

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
        assert "military 5 + contractors 2 (reporter, d1)" in finding.explanation
        assert finding.explanation.endswith("= 7")
        summed = [t for t in finding.arithmetic.consensus.terms if t.op == "sum"]
        assert [t.claims for t in summed[0].terms] == [("c1",), ("c2",)]

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
            ("launched", "munition"),
            ("impacted", "munition"),
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

    def test_disjoint_figures_of_one_day_without_a_cue_conflict(self) -> None:
        """Two sources giving 2 and 8 on the same day, with no word of an update, disagree."""
        a = count_claim(id="a", document="d1", quantity=2, group="us", kind="media", source="AFP")
        b = count_claim(
            id="b",
            document="d2",
            quantity=8,
            group="us",
            kind="organization",
            source="the Pentagon",
        )
        docs = _docs(("d1", "2023-11-21"), ("d2", "2023-11-21"))

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

    def test_reports_blaming_different_actors_conflict(self) -> None:
        """A medics' group blames a militia; the militia, in another report, blames the army."""
        a = responsibility_claim(
            id="a",
            stance="blamed",
            actor="the Red Crag militia",
            kind="organization",
            source="a medics' group",
        )
        b = responsibility_claim(
            id="b",
            document="d2",
            stance="blamed",
            actor="the army",
            kind="party",
            source="the Red Crag militia",
        )

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "conflicting"
        assert {c.id for c in res.claims if "contested" in c.flags} == {"a", "b"}

    def test_a_headline_description_is_no_rival_to_the_name(self) -> None:
        """'Militant faction claims attack' in one report, the faction's name in another."""
        a = responsibility_claim(id="a", actor="militant faction", document="d1")
        b = responsibility_claim(id="b", actor="the Stone Valley Front", document="d2")

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "consistent"

    def test_one_report_naming_two_actors_does_not_dispute_itself(self) -> None:
        """A group claims the attack; the same report names a rival claim elsewhere in its text."""
        a = responsibility_claim(id="a", actor="the Stone Valley Front", document="d1")
        b = responsibility_claim(id="b", actor="the Eastern Hawks", document="d1", source="x")

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "consistent"


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

    def test_victims_named_as_such_and_their_attacker_add_up(self) -> None:
        """'One woman dead' and 'killing the suspect': the woman and the suspect, 2."""
        a = count_claim(id="a", quantity=1, measure="killed", group="people", subject="one woman")
        b = count_claim(
            id="b",
            document="d2",
            quantity=1,
            measure="killed",
            group="suspects",
            subject="the suspect",
        )

        est = resolve([a, b], _on("ev", a, b)).estimates["ev"]["killed"]

        assert (est.low, est.best) == (2, 2)

    def test_unspecified_dead_may_include_the_attacker(self) -> None:
        """'Three dead' in a murder-suicide and 'the gunman killed himself': 3, not 4."""
        a = count_claim(id="a", quantity=3, measure="killed", group="people", subject="Three")
        b = count_claim(
            id="b",
            document="d2",
            quantity=1,
            measure="killed",
            group="suspects",
            subject="the gunman",
        )

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
                "A shooting left three men and one woman injured, police said.",
                ["three men and one woman injured", "one woman injured"],
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
                "He was one of seven people who were hurt.",
                ["one of seven people", "seven people who were hurt"],
                "7",
            ),
            ("Five people, including two women, were injured.", ["Five people", "two women"], "5"),
        ],
    )
    def test_counts_one_sentence_conjoins_add_up_and_parts_do_not(
        self, sentence, phrases, consensus
    ) -> None:
        """'three men and one woman' is 4; 'one of seven' is 7; 'five, including two women' is 5."""
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

    def test_some_of_the_wounded_who_died_are_part_of_the_toll(self) -> None:
        """'Eight of the wounded died' and 'the toll rose to 22' agree: the eight are some of the 22."""
        a = count_claim(id="a", quantity=8, measure="killed", subject="eight of the wounded")
        b = count_claim(id="b", document="d2", quantity=22, measure="killed", subject="22")

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "22"

    def test_the_wounded_themselves_are_counted_as_they_are(self) -> None:
        """'Eight of the dead were soldiers' is no part of the wounded: 8 against 22 conflict."""
        a = count_claim(id="a", quantity=8, measure="killed", subject="eight people")
        b = count_claim(id="b", document="d2", quantity=22, measure="killed", subject="22")

        res = resolve([a, b], _on("ev", a, b))

        assert res.findings[0].verdict == "conflicting"


def cr_quantity(text: str) -> Quantity:
    """The quantity an extractor gives a victim described ('a man') or counted ('one man')."""
    return Quantity(1, 1, qualifier="exact", text=text)


class TestConflictBest:
    def test_on_conflict_best_is_the_figure_most_independent_origins_allow(self) -> None:
        """Two outlets say 3 injured, one says 4: the estimate takes 3."""
        a = count_claim(id="a", document="d1", quantity=3, kind="media", source="KQRT")
        b = count_claim(id="b", document="d2", quantity=3, kind="media", source="KRVT 6")
        c = count_claim(id="c", document="d3", quantity=4, kind="media", source="KBLV 4")

        est = resolve([a, b, c], _on("ev", a, b, c)).estimates["ev"]["injured"]

        assert (est.low, est.best, est.high) == (3, 3, 4)

    def test_victims_described_one_by_one_in_a_sentence_are_a_lower_bound(self) -> None:
        """'A 17-year-old was wounded, a 23-year-old was wounded' agrees with 'four men were shot'."""
        s = "A 17-year-old was wounded in the hip and a 23-year-old was wounded in the foot."
        doc = Document("d1", s)
        first = count_claim(
            id="a", document="d1", quantity=cr_quantity("A"), sentence=s, span=(0, 15)
        )
        second = count_claim(
            id="b", document="d1", quantity=cr_quantity("a"), sentence=s, span=(43, 57)
        )
        total = count_claim(id="c", document="d2", quantity=4)

        res = resolve([first, second, total], _on("ev", first, second, total), documents=[doc])

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "4"


# ----------------------------------------------------------------------------- stories


def _story(doc: Document, phrase: str, quantity: str | int, **changes):
    """A claim on the words *phrase* of *doc*: its span and sentence come from the text."""
    start = doc.text.index(phrase)
    sentence_start = doc.text.rfind(". ", 0, start) + 1
    sentence_end = doc.text.find(".", start) + 1 or len(doc.text)
    return count_claim(
        document=doc.id,
        quantity=quantity,
        span=(start, start + len(phrase)),
        sentence=doc.text[sentence_start:sentence_end].strip(),
        **changes,
    )


def _doc(id_: str, day: str, text: str, outlet: str | None = None) -> Document:
    return Document(id_, text, published=day, outlet=outlet or f"outlet-{id_}")


class TestEvolvingStories:
    def test_a_toll_rising_over_three_days_from_three_outlets_is_evolving(self) -> None:
        """12 on Monday, 19 on Tuesday, 21 on Wednesday: the early tolls are superseded."""
        d1 = _doc("d1", "2025-03-03", "Police said 12 people were killed in the blast.")
        d2 = _doc("d2", "2025-03-04", "The health ministry said the toll stood at 19 dead.")
        d3 = _doc("d3", "2025-03-05", "Officials said 21 people have died in the bombing.")
        a = _story(d1, "12", 12, id="a", measure="killed", kind="organization", source="police")
        b = _story(d2, "19", 19, id="b", measure="killed", kind="organization", source="ministry")
        c = _story(
            d3, "21", 21, id="c", measure="killed", kind="anonymous_official", source="officials"
        )

        res = resolve([a, b, c], _on("ev", a, b, c), documents=[d1, d2, d3])

        (finding,) = res.findings
        flags = {k.id: k.flags for k in res.claims}
        assert finding.verdict == "evolving"
        assert "superseded" in flags["a"]
        assert "superseded" in flags["b"]
        assert "superseded" not in flags["c"]
        assert str(finding.consensus) == "21"
        assert {r[0] for r in finding.arithmetic.raised} == {"a", "b"}
        killed = res.estimates["ev"]["killed"]
        assert killed.best == 21
        assert killed.rule == "consensus: evolving: latest figure of the most authoritative origin"

    def test_words_of_an_update_order_figures_of_one_day(self) -> None:
        """'initially put at 11' and 'rose to 19' in one report: the 11 was raised."""
        d1 = _doc(
            "d1",
            "2025-03-03",
            "The toll was initially put at 11 by rescuers. By evening it rose to 19, police said.",
        )
        a = _story(d1, "11", 11, id="a", measure="killed", kind="organization", source="rescuers")
        b = _story(d1, "19", 19, id="b", measure="killed", kind="organization", source="police")

        res = resolve([a, b], _on("ev", a, b), documents=[d1])

        assert res.findings[0].verdict == "evolving"
        assert "superseded" in next(k for k in res.claims if k.id == "a").flags

    def test_a_downward_revision_conflicts_whatever_its_words(self) -> None:
        """
        27 on Friday, then 'revised the toll down to 19' or a bare 19: both conflict.

        Only a toll that rises evolves (DESIGN.md); a lowered figure is a dispute, its
        correction told in words or not. Before: the revision in words was evolving.
        """
        d1 = _doc("d1", "2025-02-07", "A fire service official said 27 people were killed.")
        d2 = _doc("d2", "2025-02-08", "Authorities revised the death toll down to 19 on Saturday.")
        d3 = _doc("d3", "2025-02-08", "Authorities said 19 people were killed in the fire.")
        early = _story(
            d1, "27", 27, id="e", measure="killed", kind="anonymous_official", source="an official"
        )
        revised = _story(
            d2, "19", 19, id="r", measure="killed", kind="organization", source="authorities"
        )
        bare = _story(
            d3, "19", 19, id="b", measure="killed", kind="organization", source="authorities"
        )

        with_words = resolve([early, revised], _on("ev", early, revised), documents=[d1, d2])
        without = resolve([early, bare], _on("ev", early, bare), documents=[d1, d3])

        assert with_words.findings[0].verdict == "conflicting"
        assert "superseded" not in next(k for k in with_words.claims if k.id == "e").flags
        assert without.findings[0].verdict == "conflicting"

    def test_two_authorities_disputing_a_figure_at_the_same_time_conflict(self) -> None:
        """A ministry's 31 dead and an army's 'no civilians were killed' on one day disagree."""
        d1 = _doc("d1", "2024-11-02", "The ministry said 31 civilians were killed.")
        d2 = _doc("d2", "2024-11-02", "The army said no civilians were killed.")
        a = _story(
            d1,
            "31",
            31,
            id="a",
            measure="killed",
            group="civilians",
            kind="organization",
            source="the ministry",
        )
        b = _story(
            d2,
            "no civilians",
            0,
            id="b",
            measure="killed",
            group="civilians",
            kind="organization",
            source="the army",
        )

        res = resolve([a, b], _on("ev", a, b), documents=[d1, d2])

        (finding,) = res.findings
        assert finding.verdict == "conflicting"
        assert finding.conflicts == (("a", "b"),)
        assert finding.origins == ("the army", "the ministry")

    def test_a_denial_raised_later_by_another_source_is_still_a_dispute(self) -> None:
        """An army's 'no one was killed', then villagers' 14 dead a day later: not an update."""
        d1 = _doc("d1", "2024-11-02", "The army said no one was killed in the strike.")
        d2 = _doc("d2", "2024-11-03", "A local official said 14 people were killed.")
        a = _story(
            d1, "no one", 0, id="a", measure="killed", kind="organization", source="the army"
        )
        b = _story(
            d2,
            "14",
            14,
            id="b",
            measure="killed",
            kind="anonymous_official",
            source="a local official",
        )

        res = resolve([a, b], _on("ev", a, b), documents=[d1, d2])

        assert res.findings[0].verdict == "conflicting"

    def test_arrests_rising_from_none_to_two_are_evolving(self) -> None:
        """'No arrests have been made' then 'two suspects were arrested' is the story moving on."""
        d1 = _doc("d1", "2024-05-26", "Police said no arrests have been made.")
        d2 = _doc("d2", "2024-05-28", "Police said two suspects were arrested on Tuesday.")
        a = _story(
            d1, "no arrests", 0, id="a", measure="arrested", kind="organization", source="police"
        )
        b = _story(
            d2,
            "two",
            2,
            id="b",
            measure="arrested",
            kind="organization",
            source="detectives",
        )

        res = resolve([a, b], _on("ev", a, b), documents=[d1, d2])

        assert res.findings[0].verdict == "evolving"

    def test_a_missing_count_that_falls_as_people_are_found_is_evolving(self) -> None:
        """About 40 missing, then 19 still missing two days later: people were found."""
        d1 = _doc(
            "d1", "2025-08-02", "Officials said 40 people were missing after the boat capsized."
        )
        d2 = _doc("d2", "2025-08-04", "Officials said 19 people were still missing.")
        a = _story(
            d1, "40", 40, id="a", measure="missing", kind="anonymous_official", source="officials"
        )
        b = _story(
            d2, "19", 19, id="b", measure="missing", kind="anonymous_official", source="officials"
        )

        res = resolve([a, b], _on("ev", a, b), documents=[d1, d2])

        assert res.findings[0].verdict == "evolving"
        assert "superseded" in next(k for k in res.claims if k.id == "a").flags

    def test_rising_lower_bounds_and_an_exact_figure_above_them_are_consistent(self) -> None:
        """'More than 100', later 'more than 300', later '312': every report can hold."""
        d1 = _doc("d1", "2025-01-01", "More than 100 people were hurt, police said.")
        d2 = _doc("d2", "2025-01-02", "More than 300 people were hurt, police said.")
        d3 = _doc("d3", "2025-01-03", "Police said 312 people were hurt.")
        a = _story(
            d1, "More than 100", "more than 100", id="a", kind="organization", source="police"
        )
        b = _story(
            d2, "More than 300", "more than 300", id="b", kind="organization", source="police"
        )
        c = _story(d3, "312", 312, id="c", kind="organization", source="police")

        res = resolve([a, b, c], _on("ev", a, b, c), documents=[d1, d2, d3])

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "312"


class TestArithmetic:
    def test_rockets_and_missiles_add_up_after_the_missiles_intersect(self) -> None:
        """rockets ≥ 2 + missiles (≥ 10 ∩ 17–40 = 17–40) = at least 19, as data and as text."""
        rockets = count_claim(
            id="r",
            measure="launched",
            group="munition.rocket",
            quantity="a number of",
            kind="party",
            source="the group",
        )
        ten = count_claim(
            id="m1",
            document="d2",
            measure="launched",
            group="munition.missile",
            quantity="at least ten",
            kind="media",
            source="Al-Mayadeen",
        )
        range_ = count_claim(
            id="m2",
            document="d3",
            measure="launched",
            group="munition.missile",
            quantity="17 to 40",
            kind="vague",
            source="other estimates",
        )

        res = resolve([rockets, ten, range_], _on("ev", rockets, ten, range_))

        (finding,) = res.findings
        term = finding.arithmetic.consensus
        assert str(finding.consensus) == "at least 19"
        assert term.op == "sum"
        missile, rocket = term.terms
        assert missile.op == "intersect"
        assert sorted(t.claims[0] for t in missile.terms) == ["m1", "m2"]
        assert str(missile.result) == "17–40"
        assert rocket.claims == ("r",)
        assert finding.explanation == (
            "missile (≥ 10 (Al-Mayadeen, d2) ∩ 17–40 (other estimates, d3) = 17–40)"
            " + rocket a number of (2 or more) (the group, d1) = at least 19"
        )

    def test_claims_of_another_scope_are_set_aside_with_the_reason(self) -> None:
        """'62 injuries since October' is named as set aside, not silently dropped."""
        event = count_claim(id="a", quantity=7, group="us")
        tally = count_claim(id="b", document="d2", quantity=62, group="us", scope="cumulative")

        res = resolve([event, tally], _on("ev", event, tally))

        (finding,) = res.findings
        assert finding.claims == ("a",)
        assert finding.arithmetic.set_aside[0][0] == "b"
        assert "running total" in finding.arithmetic.set_aside[0][1]
        assert "set aside as other scope: 62 (cumulative)" in finding.explanation


class TestSourceIndependence:
    def test_two_outlets_running_one_wire_story_are_one_origin(self) -> None:
        """The same AFP sentence in two papers does not corroborate itself."""
        words = "At least seven people were injured when rockets struck the base on Monday night."
        d1 = _doc("d1", "2024-08-05", f"BAGHDAD (AFP) — {words}", outlet="Paper One")
        d2 = _doc("d2", "2024-08-05", f"BAGHDAD (AFP) — {words}", outlet="Paper Two")
        a = _story(d1, "At least seven", "at least seven", id="a")
        b = _story(d2, "At least seven", "at least seven", id="b")

        res = resolve([a, b], _on("ev", a, b), documents=[d1, d2])

        (finding,) = res.findings
        assert finding.origins == ("wire:afp",)
        assert all("corroborated" not in k.flags for k in res.claims)
        assert all("single_source" in k.flags for k in res.claims)

    def test_relays_of_one_agency_report_share_an_origin_and_others_corroborate(self) -> None:
        """Two outlets citing AFP's military source are one origin; a ministry is another."""
        a = count_claim(
            id="a",
            document="d1",
            kind="anonymous_official",
            source="a military source",
            chain=("AFP", "a military source"),
        )
        b = count_claim(
            id="b",
            document="d2",
            kind="anonymous_official",
            source="a military source",
            chain=("AFP", "a military source"),
        )
        c = count_claim(id="c", document="d3", kind="organization", source="the ministry")

        alone = resolve([a, b], _on("ev", a, b))
        with_ministry = resolve([a, b, c], _on("ev", a, b, c))

        assert alone.findings[0].origins == ("afp:a military source",)
        assert all("corroborated" not in k.flags for k in alone.claims)
        assert all("corroborated" in k.flags for k in with_ministry.claims)

    def test_unnamed_officials_heard_by_different_outlets_are_different_origins(self) -> None:
        """'A U.S. official' in two outlets' own reporting are two people."""
        a = count_claim(id="a", document="d1", kind="anonymous_official", source="a U.S. official")
        b = count_claim(id="b", document="d2", kind="anonymous_official", source="a U.S. official")

        res = resolve([a, b], _on("ev", a, b))

        assert len(res.findings[0].origins) == 2


class TestUnknownIsNotZero:
    def test_a_measure_nobody_mentions_is_not_reported_not_zero(self) -> None:
        """Three injured and no word of deaths: killed is 'not reported', with no high end."""
        a = count_claim(id="a", quantity=3)

        est = resolve([a], _on("ev", a)).estimates["ev"]

        assert est["killed"].high is None
        assert est["killed"].rule.startswith("not reported")
        assert est["injured"].best == 3

    def test_people_treated_beyond_the_dead_leave_injured_unknown(self) -> None:
        """Two killed and 41 treated: injured is absent, never 0."""
        a = count_claim(id="a", quantity=2, measure="killed")
        b = count_claim(id="b", quantity=41, measure="treated")

        est = resolve([a, b], _on("ev", a, b)).estimates["ev"]

        assert "injured" not in est

    def test_an_explicit_no_one_was_hurt_is_zero(self) -> None:
        """'No one was hurt' is a claim: injured 0..0."""
        a = count_claim(id="a", quantity=2, measure="killed")
        b = count_claim(id="b", quantity=Quantity(0, 0), measure="injured")

        est = resolve([a, b], _on("ev", a, b)).estimates["ev"]

        assert (est["injured"].low, est["injured"].best, est["injured"].high) == (0, 0, 0)

    def test_the_old_behaviour_is_an_opt_in(self) -> None:
        """absent_as_zero=True estimates every unmentioned casualty measure as 0..0."""
        a = count_claim(id="a", quantity=2, measure="killed")
        b = count_claim(id="b", quantity=41, measure="treated")

        est = resolve([a, b], _on("ev", a, b), absent_as_zero=True).estimates["ev"]

        assert est["injured"].rule == "no claim of this measure: 0"
        assert est["injured"].high == 0


def test_a_long_revised_toll_resolves_in_near_linear_time() -> None:
    """Thousands of dated, revised figures in one slot stay well under a second per thousand."""

    n = 4000
    docs = [
        Document(
            f"d{i}",
            f"The toll was revised down to {n - i} people.",
            published=dt.date(2020, 1, 1) + dt.timedelta(days=i),
        )
        for i in range(n)
    ]
    claims = [
        count_claim(
            id=f"c{i}",
            document=f"d{i}",
            quantity=n - i,
            measure="killed",
            sentence=docs[i].text,
            span=(29, 29 + len(str(n - i))),
        )
        for i in range(n)
    ]

    out = []
    elapsed = seconds(
        lambda: out.append(resolve(claims, {c.id: "ev" for c in claims}, documents=docs)), tries=1
    )
    res = out[0]

    assert res.findings[0].verdict == "conflicting"  # a toll revised down is a dispute
    assert elapsed < 20.0  # a hang guard: about 1 s here; the quadratic version took minutes


class TestSubgroupsNamedAsPartOfMore:
    """Subgroups a sentence introduces with 'including' or 'among them' only bound the parent."""

    @staticmethod
    def _report(text: str, counts: list[tuple[str, str, str]]) -> Report:
        """Reconcile *text* (document 'a') with claims (phrase, group, quantity) spanning it."""
        import claimrec as cr  # noqa: PLC0415 - the public entry point under test

        doc = Document("a", text, title="Bus bombing in the old city", published="2025-05-05")
        claims = []
        for i, (phrase, group, quantity) in enumerate(counts):
            start = text.index(phrase)
            sentence = next(s for s in text.split(". ") if phrase in s)
            claims.append(
                count_claim(
                    id=f"a:c{i}",
                    document="a",
                    measure="killed",
                    quantity=quantity,
                    group=group,
                    sentence=sentence,
                    span=(start, start + len(phrase)),
                )
            )
        return cr.reconcile([doc], claims=claims)

    def test_including_two_nations_is_consistent_with_at_least_twelve(self) -> None:
        """'at least 12 foreigners ..., including five Britons and two Germans' is one story."""
        text = (
            "A bomb tore through a tourist bus in the old city on Monday. At least 12 "
            "foreigners were among the dead, including five Britons and two Germans, police said."
        )

        report = self._report(
            text,
            [
                ("At least 12 foreigners", "foreigners", "at least 12"),
                ("five Britons", "foreigners.uk", "five"),
                ("two Germans", "foreigners.de", "two"),
            ],
        )

        (finding,) = [f for f in report.findings if f.group == "foreigners"]
        assert finding.verdict == "consistent"
        assert str(finding.consensus) == "at least 12"
        assert report.conflicts() == []

    def test_among_them_keeps_the_named_part_a_lower_bound(self) -> None:
        """'nine tourists died; among them were four Italians and three Japanese' allows nine."""
        text = (
            "Nine foreigners died when the ferry capsized off the coast on Sunday. Among them "
            "were four Italians and three Japanese, the coast guard said."
        )

        report = self._report(
            text,
            [
                ("Nine foreigners", "foreigners", "nine"),
                ("four Italians", "foreigners.it", "four"),
                ("three Japanese", "foreigners.jp", "three"),
            ],
        )

        (finding,) = [f for f in report.findings if f.group == "foreigners"]
        assert finding.verdict == "consistent"
        assert str(finding.consensus) == "9"

    def test_a_breakdown_without_including_still_adds_up_to_an_exact_total(self) -> None:
        """'Four Italians and three Japanese died' is seven, which conflicts with nine."""
        text = (
            "Four Italians and three Japanese died when the ferry capsized on Sunday. Officials "
            "later said nine foreigners were killed in the capsizing."
        )

        report = self._report(
            text,
            [
                ("Four Italians", "foreigners.it", "four"),
                ("three Japanese", "foreigners.jp", "three"),
                ("nine foreigners", "foreigners", "nine"),
            ],
        )

        (finding,) = [f for f in report.findings if f.group == "foreigners"]
        assert finding.verdict == "conflicting"
