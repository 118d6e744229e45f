"""Multi-report stories for claimrec.resolve: rising tolls, disputes, corrections, arrests."""

from __future__ import annotations

import pytest

from claimrec.model import CountClaim, Document
from claimrec.resolve import Resolution, resolve
from claimrec.testing import count_claim


def _doc(id_: str, day: str, text: str, title: str | None = None) -> Document:
    """A report of one outlet published on *day*; a *title* leads its text when given."""
    body = f"{title}\n\n{text}" if title else text
    return Document(id_, body, published=day, outlet=f"outlet-{id_}", title=title)


def _claim(doc: Document, phrase: str, quantity: str | int, **changes: object) -> CountClaim:
    """A claim on the words *phrase* of *doc*: its span and sentence come from the text."""
    start = doc.text.index(phrase)
    line_start = doc.text.rfind("\n", 0, start) + 1
    sentence_start = max(doc.text.rfind(". ", 0, start) + 1, line_start)
    ends = [i for i in (doc.text.find(".", start), doc.text.find("\n", start)) if i >= 0]
    sentence_end = min(ends) + 1 if ends else len(doc.text)
    fields: dict[str, object] = {"measure": "killed", "kind": "none", "source": None}
    fields.update(changes)
    return count_claim(
        document=doc.id,
        quantity=quantity,
        span=(start, start + len(phrase)),
        sentence=doc.text[sentence_start:sentence_end].strip(),
        **fields,  # type: ignore[arg-type]
    )


def _run(docs: list[Document], *claims: CountClaim) -> Resolution:
    return resolve(list(claims), {c.id: "ev" for c in claims}, documents=docs)


def _flags(res: Resolution, claim_id: str) -> tuple[str, ...]:
    return next(c.flags for c in res.claims if c.id == claim_id)


class TestRisingTolls:
    def test_a_toll_rising_over_three_days_in_the_reporters_voice_is_evolving(self) -> None:
        """Three outlets, three days, no source named and no word of an update: news tolls rise."""
        d1 = _doc("d1", "2026-04-06", "Nine people were killed when a bridge gave way in Orvale.")
        d2 = _doc("d2", "2026-04-07", "Fourteen people have died since the bridge in Orvale fell.")
        d3 = _doc("d3", "2026-04-08", "The collapse in Orvale has killed 17 people.")
        a = _claim(d1, "Nine people", "nine", id="a")
        b = _claim(d2, "Fourteen people", "fourteen", id="b")
        c = _claim(d3, "17 people", 17, id="c")

        res = _run([d1, d2, d3], a, b, c)

        (finding,) = res.findings
        assert finding.verdict == "evolving"
        assert "superseded" in _flags(res, "a")
        assert "superseded" in _flags(res, "b")
        assert "superseded" not in _flags(res, "c")
        assert res.estimates["ev"]["killed"].best == 17

    @pytest.mark.parametrize(
        "words",
        [
            "bringing the toll to 7",
            "taking the death toll to 7",
            "pushing the number of dead to 7",
            "and the toll has now reached 7",
        ],
    )
    def test_words_of_an_update_order_two_figures_of_one_day(self, words: str) -> None:
        """'Two more died in hospital, bringing the toll to 7': the morning's 5 was raised."""
        d1 = _doc("d1", "2026-04-06", "Police said five people were killed in the market attack.")
        d2 = _doc("d2", "2026-04-06", f"Two more victims died in hospital on Monday, {words}.")
        a = _claim(d1, "five people", "five", id="a", kind="organization", source="police")
        b = _claim(d2, "7", 7, id="b")

        res = _run([d1, d2], a, b)

        assert res.findings[0].verdict == "evolving"
        assert "superseded" in _flags(res, "a")

    def test_two_authorities_giving_two_figures_on_one_day_dispute(self) -> None:
        """A ministry's 31 and the army's 12 on the same day: neither updates the other."""
        d1 = _doc("d1", "2026-04-06", "The health ministry said 31 people were killed.")
        d2 = _doc("d2", "2026-04-06", "The army said 12 people were killed in the strike.")
        a = _claim(d1, "31 people", 31, id="a", kind="organization", source="the ministry")
        b = _claim(d2, "12 people", 12, id="b", kind="organization", source="the army")

        res = _run([d1, d2], a, b)

        (finding,) = res.findings
        assert finding.verdict == "conflicting"
        assert finding.conflicts == (("a", "b"),)

    def test_a_hedge_a_day_later_does_not_replace_an_official_toll(self) -> None:
        """'Some reports put the toll at 40' is not an update of the governor's 12."""
        d1 = _doc("d1", "2026-04-06", "The governor said 12 people were killed.")
        d2 = _doc("d2", "2026-04-07", "Some reports put the toll at 40 people.")
        a = _claim(d1, "12 people", 12, id="a", kind="named_person", source="the governor")
        b = _claim(d2, "40 people", 40, id="b", kind="vague", source="some reports")

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"

    def test_a_denial_then_the_reporters_figure_a_day_later_is_a_dispute(self) -> None:
        """The army's 'no one was killed' is not an early toll that a later report raises."""
        d1 = _doc("d1", "2026-04-06", "The army said no one was killed in the shelling.")
        d2 = _doc("d2", "2026-04-07", "Six people were killed in the shelling.")
        a = _claim(d1, "no one", 0, id="a", kind="organization", source="the army")
        b = _claim(d2, "Six people", "six", id="b")

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"

    @pytest.mark.parametrize(
        "second",
        [
            "A day later the health ministry said 40 people were killed, a toll the army rejected.",
            "The health ministry said 40 people were killed, disputing the army's figure.",
        ],
    )
    def test_a_higher_toll_set_against_another_is_a_dispute_not_an_update(
        self, second: str
    ) -> None:
        """A ministry's 40 against the army's 12 the day before: a dispute, though later."""
        d1 = _doc("d1", "2026-04-06", "The army said 12 people were killed in the strike.")
        d2 = _doc("d2", "2026-04-07", second)
        a = _claim(d1, "12 people", 12, id="a", kind="organization", source="the army")
        b = _claim(d2, "40 people", 40, id="b", kind="organization", source="the ministry")

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"

    def test_a_quarrel_is_no_dispute_of_a_figure(self) -> None:
        """'the dispute that led to the shooting' does not stop a toll from rising."""
        d1 = _doc("d1", "2026-04-06", "Police said two men were wounded in the shooting.")
        d2 = _doc("d2", "2026-04-07", "Three men were wounded after a dispute at a party.")
        a = _claim(d1, "two men", "two", id="a", measure="injured", kind="organization")
        b = _claim(d2, "Three men", "three", id="b", measure="injured")

        assert _run([d1, d2], a, b).findings[0].verdict == "evolving"

    def test_a_headline_alone_does_not_raise_a_toll(self) -> None:
        """A later headline's number that its own body never gives is no update by itself."""
        d1 = _doc("d1", "2026-04-06", "Police said one man was killed in the shooting.")
        d2 = _doc(
            "d2",
            "2026-04-07",
            "Police are still looking for the gunman.",
            title="Father of 4 killed in Elmsbury shooting",
        )
        a = _claim(d1, "one man", "one", id="a", kind="organization", source="police")
        b = _claim(d2, "4", 4, id="b")

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"

    def test_a_count_of_rockets_is_not_raised_by_a_later_claim(self) -> None:
        """11 rockets by officials, then a group's 'dozens' a day later: a dispute, not an update."""
        d1 = _doc("d1", "2026-04-06", "Officials said 11 rockets were fired at the base.")
        d2 = _doc("d2", "2026-04-07", "The militants claimed they launched dozens of rockets.")
        fields = {"measure": "launched", "group": "munition.rocket"}
        a = _claim(d1, "11 rockets", 11, id="a", kind="anonymous_official", **fields)
        b = _claim(d2, "dozens", "dozens", id="b", kind="party", source="the group", **fields)

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"


class TestCorrections:
    def test_a_lower_figure_a_day_later_is_a_dispute_without_words_of_a_correction(self) -> None:
        """27 dead on Friday, then the reporter's own 19 on Saturday: not explained, so disputed."""
        d1 = _doc("d1", "2026-02-06", "Firefighters said 27 people died in the warehouse fire.")
        d2 = _doc("d2", "2026-02-07", "The warehouse fire killed 19 people.")
        a = _claim(d1, "27 people", 27, id="a", kind="organization", source="firefighters")
        b = _claim(d2, "19 people", 19, id="b")

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"

    def test_a_lower_figure_that_says_it_corrects_the_count_disputes_it(self) -> None:
        """'corrected the toll to 19, saying some were counted twice' disputes 27 (was evolving)."""
        d1 = _doc("d1", "2026-02-06", "Firefighters said 27 people died in the warehouse fire.")
        d2 = _doc(
            "d2",
            "2026-02-07",
            "Officials corrected the toll to 19 people, saying some victims were counted twice.",
        )
        a = _claim(d1, "27 people", 27, id="a", kind="organization", source="firefighters")
        b = _claim(d2, "19 people", 19, id="b", kind="anonymous_official", source="officials")

        res = _run([d1, d2], a, b)

        assert res.findings[0].verdict == "conflicting"
        assert "contested" in _flags(res, "a")


class TestArrests:
    def test_arrests_rising_over_days_are_evolving(self) -> None:
        """Two arrested on Monday, five by Wednesday in the reporter's voice: the inquiry moved on."""
        d1 = _doc("d1", "2026-04-06", "Police said two men were arrested after the attack.")
        d2 = _doc("d2", "2026-04-08", "Five people have now been detained over the attack.")
        a = _claim(d1, "two men", "two", id="a", measure="arrested", kind="organization")
        b = _claim(d2, "Five people", "five", id="b", measure="arrested")

        res = _run([d1, d2], a, b)

        assert res.findings[0].verdict == "evolving"
        assert "superseded" in _flags(res, "a")

    def test_no_arrests_then_two_men_arrested_share_one_slot_and_evolve(self) -> None:
        """'No arrests' counts suspects, 'two men arrested' people: everyone arrested is a suspect."""
        d1 = _doc("d1", "2026-04-06", "No arrests had been made by Sunday night, police said.")
        d2 = _doc("d2", "2026-04-08", "Police arrested two men on Tuesday over the shooting.")
        a = _claim(d1, "No arrests", 0, id="a", measure="arrested", group="suspects")
        b = _claim(d2, "two men", "two", id="b", measure="arrested", kind="organization")

        res = _run([d1, d2], a, b)

        (finding,) = res.findings
        assert (finding.group, finding.verdict) == ("people", "evolving")
        assert "superseded" in _flags(res, "a")

    def test_arrests_of_suspects_alone_keep_the_suspects_slot(self) -> None:
        d1 = _doc("d1", "2026-04-06", "Police said three suspects were arrested.")
        a = _claim(d1, "three suspects", "three", id="a", measure="arrested", group="suspects")

        assert _run([d1], a).findings[0].group == "suspects"

    @pytest.mark.parametrize("part", ["Two of the suspects", "Two of them"])
    def test_some_of_the_suspects_counted_later_in_one_report_are_part_of_them(
        self, part: str
    ) -> None:
        """'arrested four suspects' ... 'Two of the suspects were picked up at a farm': consistent."""
        d1 = _doc(
            "d1",
            "2026-03-09",
            "Police said they had arrested four suspects over the bombing. "
            f"{part} were picked up at a farm near Kessel, police said.",
        )
        fields = {"measure": "arrested", "group": "suspects", "kind": "organization"}
        a = _claim(d1, "four suspects", "four", id="a", **fields)
        b = _claim(d1, part, "two", id="b", subject=part, **fields)

        res = _run([d1], a, b)

        (finding,) = res.findings
        assert finding.verdict == "consistent"
        assert str(finding.consensus) == "4"


class TestPartsOfOneSentence:
    def test_two_of_them_after_a_count_is_part_of_it_not_added(self) -> None:
        """'Six people were wounded, two of them seriously' is six wounded, not eight."""
        d1 = _doc(
            "d1", "2026-04-06", "Six people were wounded, two of them seriously, police said."
        )
        a = _claim(d1, "Six people", "six", id="a", kind="organization", measure="injured")
        b = _claim(d1, "two of them", "two", id="b", kind="organization", measure="injured")

        res = _run([d1], a, b)

        assert str(res.findings[0].consensus) == "6"

    def test_some_of_a_group_no_count_gives_is_the_number(self) -> None:
        """'Three of the attackers were killed', with no count of attackers, is three killed."""
        d1 = _doc("d1", "2026-04-06", "Three of the attackers were killed by the guards.")
        a = _claim(
            d1,
            "Three of the attackers",
            "three",
            id="a",
            group="fighters",
            subject="Three of the attackers",
        )

        assert str(_run([d1], a).findings[0].consensus) == "3"

    def test_some_of_the_wounded_told_a_day_later_are_some_of_them(self) -> None:
        """'Two of the people wounded ... were flown to the capital' does not dispute 12 wounded."""
        d1 = _doc("d1", "2026-04-06", "Police said 12 people were wounded in the blast.")
        d2 = _doc(
            "d2", "2026-04-07", "Two of the people wounded in the blast were flown to the capital."
        )
        a = _claim(d1, "12 people", 12, id="a", measure="injured", kind="organization")
        b = _claim(
            d2, "Two of the people", "two", id="b", measure="injured", subject="Two of the people"
        )

        res = _run([d1, d2], a, b)

        assert (res.findings[0].verdict, str(res.findings[0].consensus)) == ("consistent", "12")

    def test_all_four_of_the_victims_counts_the_whole(self) -> None:
        """'all four of the victims' is exactly four: no lower bound."""
        d1 = _doc("d1", "2026-04-06", "Doctors said all four of the victims had died.")
        a = _claim(d1, "all four of the victims", "four", id="a", subject="all four of the victims")

        assert str(_run([d1], a).findings[0].consensus) == "4"

    @pytest.mark.parametrize(
        "sentence",
        [
            "Two more passengers died in hospital, bringing the death toll to nine.",
            "The death toll rose to nine after two women succumbed to their wounds on Monday.",
            (
                "Divers recovered two more bodies from the lake on Monday, raising the death toll "
                "from Saturday's capsizing of the overloaded ferry off the northern shore to nine."
            ),
        ],
    )
    def test_what_raised_a_total_is_part_of_it(self, sentence: str) -> None:
        """The two who died overnight are among the nine: not 11, and no dispute with 9."""
        d1 = _doc("d1", "2026-04-07", sentence)
        d2 = _doc("d2", "2026-04-07", "Officials said nine people had died.")
        two = next(
            p for p in ("Two more passengers", "two women", "two more bodies") if p in sentence
        )
        a = _claim(d1, two, "two", id="a", subject=two, kind="organization")
        b = _claim(d1, "nine", "nine", id="b", kind="organization")
        c = _claim(d2, "nine people", "nine", id="c", kind="anonymous_official")

        res = _run([d1, d2], a, b, c)

        (finding,) = res.findings
        assert finding.verdict == "consistent"
        assert str(finding.consensus) == "9"

    def test_a_toll_raised_from_an_early_figure_in_one_sentence_still_evolves(self) -> None:
        """'rose to nine from seven': seven is the early figure, not a part of nine."""
        d1 = _doc("d1", "2026-04-07", "The death toll rose to nine from seven, officials said.")
        a = _claim(d1, "nine", "nine", id="a", kind="organization")
        b = _claim(d1, "seven", "seven", id="b", kind="organization")

        res = _run([d1], a, b)

        assert res.findings[0].verdict == "evolving"
        assert "superseded" in _flags(res, "b")

    def test_more_dead_reported_alone_a_day_later_add_to_the_toll(self) -> None:
        """'Two more people died on Wednesday' after a toll of nine is no lower toll: at least 11."""
        d1 = _doc("d1", "2026-04-07", "Officials said nine people had died.")
        d2 = _doc("d2", "2026-04-08", "Two more people died in hospital on Wednesday.")
        a = _claim(d1, "nine people", "nine", id="a", kind="anonymous_official")
        b = _claim(d2, "Two more people", "two", id="b", subject="Two more people")

        (finding,) = _run([d1, d2], a, b).findings

        assert finding.verdict == "evolving"
        assert str(finding.consensus) == "at least 11"


class TestStillInAState:
    def test_those_still_in_hospital_days_later_are_some_of_those_treated(self) -> None:
        """40 treated on Monday, 'twelve were still being treated' on Wednesday: consistent."""
        d1 = _doc("d1", "2026-04-06", "The governor said 40 people were treated in hospital.")
        d2 = _doc("d2", "2026-04-08", "Twelve people were still being treated, the governor said.")
        a = _claim(d1, "40 people", 40, id="a", measure="treated", kind="named_person")
        b = _claim(d2, "Twelve people", "twelve", id="b", measure="treated", kind="named_person")

        res = _run([d1, d2], a, b)

        (finding,) = res.findings
        assert finding.verdict == "consistent"
        assert str(finding.consensus) == "40"

    def test_a_lower_count_of_people_treated_without_still_is_a_dispute(self) -> None:
        d1 = _doc("d1", "2026-04-06", "The governor said 40 people were treated in hospital.")
        d2 = _doc("d2", "2026-04-08", "Hospital staff said they had treated 12 people.")
        a = _claim(d1, "40 people", 40, id="a", measure="treated", kind="named_person")
        b = _claim(d2, "12 people", 12, id="b", measure="treated", kind="anonymous_official")

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"


class TestRecapsAndScopes:
    def test_a_later_storys_recap_of_the_first_toll_is_superseded_with_it(self) -> None:
        """Day three retells day one's 23 in a clause about the storm, beside its new 38."""
        d1 = _doc("d1", "2026-05-01", "The coast guard said 23 people died in the storm.")
        d2 = _doc(
            "d2",
            "2026-05-03",
            "The storm, which killed 23 people, wrecked the harbour. "
            "Officials said on Sunday that 38 people had died.",
        )
        a = _claim(d1, "23 people", 23, id="a", kind="organization", source="the coast guard")
        b = _claim(d2, "23 people", 23, id="b")
        c = _claim(d2, "38 people", 38, id="c", kind="anonymous_official", source="officials")

        res = _run([d1, d2], a, b, c)

        assert res.findings[0].verdict == "evolving"
        assert "superseded" in _flags(res, "b")
        assert "contested" not in _flags(res, "b")

    def test_a_later_figure_in_the_reporters_own_sentence_is_not_a_recap(self) -> None:
        """'Five of them survived' on day two is news of its day: 5 against 6 stays a dispute."""
        d1 = _doc("d1", "2026-05-01", "Police said five people were hurt in the shooting.")
        d2 = _doc("d2", "2026-05-02", "Six people were shot. All five of them survived.")
        a = _claim(d1, "five people", "five", id="a", measure="injured", kind="organization")
        b = _claim(d2, "All five", "five", id="b", measure="injured")
        c = _claim(d2, "Six people", "six", id="c", measure="injured")

        res = _run([d1, d2], a, b, c)

        assert res.findings[0].verdict == "conflicting"

    @pytest.mark.parametrize(
        "sentence",
        [
            "In the port town of Brisk alone, 37 people died.",
            "37 people died in the port town of Brisk alone.",
        ],
    )
    def test_a_toll_of_one_place_alone_is_a_lower_bound(self, sentence: str) -> None:
        d1 = _doc("d1", "2026-05-01", f"The storm killed 112 people. {sentence}")
        a = _claim(d1, "112 people", 112, id="a")
        b = _claim(d1, "37", 37, id="b")

        res = _run([d1], a, b)

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "112"

    def test_no_casualties_is_a_zero_for_soldiers_too(self) -> None:
        """'No casualties', then a group's 'killed 10 soldiers, a claim the army denied'."""
        d1 = _doc("d1", "2026-05-01", "There were no casualties, an army spokesman said.")
        d2 = _doc(
            "d2", "2026-05-02", "The group said it killed 10 soldiers, a claim the army denied."
        )
        a = _claim(d1, "no casualties", 0, id="a", kind="organization", source="the army")
        b = _claim(d2, "10 soldiers", 10, id="b", group="soldiers", kind="party", source="group")

        res = _run([d1, d2], a, b)

        soldiers = next(f for f in res.findings if f.group == "soldiers")
        assert soldiers.verdict == "conflicting"
        assert soldiers.conflicts == (("a", "b"),)
        assert next(f for f in res.findings if f.group == "people").verdict == "consistent"

    def test_no_one_else_leaves_the_other_groups_alone(self) -> None:
        d1 = _doc("d1", "2026-05-01", "Two soldiers were killed. No one else was killed.")
        a = _claim(d1, "Two soldiers", "two", id="a", group="soldiers")
        b = _claim(d1, "No one else", 0, id="b", subject="No one else")

        res = _run([d1], a, b)

        assert all(f.verdict == "consistent" for f in res.findings)

    def test_a_zero_raised_by_words_of_a_rising_toll_is_evolving(self) -> None:
        """The administrator's 'no one was killed', then 'the death toll rose to one'."""
        d1 = _doc("d1", "2026-05-01", "No one was killed, the district administrator said.")
        d2 = _doc("d2", "2026-05-03", "The death toll from the mudslide rose to one on Friday.")
        a = _claim(d1, "No one", 0, id="a", kind="named_person", source="the administrator")
        b = _claim(d2, "one", "one", id="b")

        res = _run([d1, d2], a, b)

        assert res.findings[0].verdict == "evolving"
        assert "superseded" in _flags(res, "a")


class TestArrestsForAnotherOffence:
    def test_no_arrests_in_the_shooting_and_arrests_for_fighting_do_not_conflict(self) -> None:
        d1 = _doc(
            "d1",
            "2026-05-01",
            "Nobody was arrested over the shooting. Officers detained four people for brawling.",
        )
        a = _claim(d1, "Nobody", 0, id="a", measure="arrested", group="suspects")
        b = _claim(d1, "four people", "four", id="b", measure="arrested")

        res = _run([d1], a, b)

        assert {(f.group, f.verdict) for f in res.findings} == {
            ("people", "consistent"),
            ("suspects", "consistent"),
        }


class TestVoices:
    def test_a_partys_higher_figure_a_day_later_is_a_dispute(self) -> None:
        """Police's seven, then the bombers' 'we killed 40' the next day: not the toll rising."""
        d1 = _doc("d1", "2026-05-01", "Police said seven people were killed in the bombing.")
        d2 = _doc("d2", "2026-05-02", "The group said its bombing had killed 40 people.")
        a = _claim(d1, "seven people", "seven", id="a", kind="organization", source="police")
        b = _claim(d2, "40 people", 40, id="b", kind="party", source="the group")

        res = _run([d1, d2], a, b)

        assert res.findings[0].verdict == "conflicting"
        assert "superseded" not in _flags(res, "a")

    def test_a_partys_figure_with_words_of_an_update_still_raises_its_own(self) -> None:
        """The group's own fighters: 'the number of its members killed rose to 12'."""
        d1 = _doc("d1", "2026-05-01", "The group said nine of its members were killed.")
        d2 = _doc("d2", "2026-05-02", "The group said the number of its members killed rose to 12.")
        a = _claim(d1, "nine", "nine", id="a", kind="party", source="the group")
        b = _claim(d2, "12", 12, id="b", kind="party", source="the group")

        assert _run([d1, d2], a, b).findings[0].verdict == "evolving"

    def test_the_reporters_vague_headline_word_reads_loosely_beside_its_own_figure(
        self,
    ) -> None:
        d1 = _doc(
            "d1",
            "2026-05-01",
            "Hundreds missing after dam bursts\n\nThe police said 1,200 people were missing.",
            title="Hundreds missing after dam bursts",
        )
        a = _claim(d1, "Hundreds", "hundreds", id="a", measure="missing")
        b = _claim(d1, "1,200 people", 1200, id="b", measure="missing", kind="organization")

        res = _run([d1], a, b)

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "1200"

    def test_a_sources_vague_word_beside_another_sources_figure_is_a_dispute(self) -> None:
        d1 = _doc(
            "d1",
            "2026-05-01",
            "The ministry said dozens of people were hurt. A hospital said 9 people were hurt.",
        )
        a = _claim(d1, "dozens", "dozens", id="a", measure="injured", kind="organization")
        b = _claim(d1, "9 people", 9, id="b", measure="injured", kind="organization")

        assert _run([d1], a, b).findings[0].verdict == "conflicting"


class TestCountsSoFar:
    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            ("Divers have recovered 14 bodies from the river.", "14"),
            ("So far 14 bodies have been pulled from the river.", "14"),
            ("Officials said 14 people were confirmed dead.", "14 people"),
            ("The confirmed death toll stood at 14 on Monday.", "14"),
        ],
    )
    def test_the_dead_counted_so_far_agree_with_a_higher_toll(
        self, sentence: str, phrase: str
    ) -> None:
        d1 = _doc("d1", "2026-05-01", sentence)
        d2 = _doc("d2", "2026-05-01", "The provincial governor said 20 people died.")
        a = _claim(d1, phrase, 14, id="a")
        b = _claim(d2, "20 people", 20, id="b", kind="named_person", source="the governor")

        res = _run([d1, d2], a, b)

        assert res.findings[0].verdict == "consistent"
        assert str(res.findings[0].consensus) == "20"

    def test_a_count_above_an_estimates_range_still_disputes_it(self) -> None:
        """The ministry's 471 against an intelligence estimate of 100 to 300."""
        d1 = _doc("d1", "2026-05-01", "The ministry said 471 people were killed.")
        d2 = _doc("d2", "2026-05-02", "Intelligence officials estimated 100 to 300 were killed.")
        a = _claim(d1, "471 people", 471, id="a", kind="organization", source="the ministry")
        b = _claim(d2, "100 to 300", "100 to 300", id="b", kind="anonymous_official")

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"

    def test_a_count_of_rockets_below_an_estimate_still_disputes_it(self) -> None:
        d1 = _doc("d1", "2026-05-01", "The army said 11 rockets were fired.")
        d2 = _doc("d2", "2026-05-01", "Residents estimated that 40 rockets were fired.")
        fields = {"measure": "launched", "group": "munition.rocket"}
        a = _claim(d1, "11 rockets", 11, id="a", kind="organization", **fields)
        b = _claim(d2, "40 rockets", 40, id="b", kind="vague", **fields)

        assert _run([d1, d2], a, b).findings[0].verdict == "conflicting"


class TestHostileWords:
    def test_long_runs_of_words_around_a_figure_are_read_in_linear_time(self) -> None:
        """No pattern of the resolver backtracks on a sentence of one endless word."""
        junk = "x" * 5000 + " in " + "y" * 5000 + " which " + "z" * 5000
        d1 = _doc("d1", "2026-05-01", f"The storm killed 112 people. {junk} 37 {junk} bodies")
        d2 = _doc("d2", "2026-05-02", f"Aid groups estimated {junk} that 500 died {junk}.")
        a = _claim(d1, "112 people", 112, id="a")
        b = _claim(d1, "37", 37, id="b")
        c = _claim(d2, "500", 500, id="c")

        res = _run([d1, d2], a, b, c)

        assert {f.measure for f in res.findings} == {"killed"}
