"""
Extraction round 21: the hospital's wounded, the speaker's own service members, parts of a toll.

Sentences written for this round (invented incidents): a hospital or medics that treated
a counted number of wounded count them injured as well as treated; a spokesman for the
U.S., the Pentagon or the coalition decides whose "troops" / "service members" its own
sentence counts before a force named in an earlier sentence does; and the people a toll
"included" are a part of it, never a second toll.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimrec import Document, extract_claims
from probe import consensus_in as _consensus
from probe import counts_in as _counts


class TestTheHospitalsWounded:
    @pytest.mark.parametrize(
        ("text", "group", "count"),
        [
            (
                "Surgeons at the district hospital said they had treated 62 wounded people.",
                "people",
                "62",
            ),
            ("Paramedics treated 27 injured civilians near the market.", "civilians", "27"),
            ("The field clinic treated 15 wounded soldiers overnight.", "soldiers", "15"),
            ("Volunteers said their teams treated 33 injured people.", "people", "33"),
        ],
    )
    def test_wounded_a_hospital_treated_are_injured_and_treated(
        self, text: str, group: str, count: str
    ) -> None:
        """'treated 62 wounded people' counts 62 injured (of the noun's group) and 62 treated."""
        counts = _counts(text)

        assert ("injured", group, count) in counts
        assert any(m == "treated" and q == count for m, _, q in counts)

    def test_the_wounded_a_hospital_received_beside_its_dead(self) -> None:
        """'received 18 bodies and 64 wounded' is 18 killed, 64 injured and 64 treated."""
        counts = _counts("The hospital in Rafah received 18 bodies and 64 wounded.")

        assert ("killed", "people", "18") in counts
        assert ("injured", "people", "64") in counts
        assert ("treated", "people", "64") in counts

    @pytest.mark.parametrize(
        "text",
        [
            "Medics treated 55 patients for heatstroke as the heatwave went on.",
            "Doctors treated nine people for minor cuts.",
            "The clinic treated 400 patients last month.",
        ],
    )
    def test_patients_treated_for_no_wound_are_not_injured(self, text: str) -> None:
        """Patients treated for heatstroke or at a clinic in a month are care, not injuries."""
        assert [c for c in _counts(text) if c[0] == "injured"] == []

    def test_the_wounded_with_no_figure_count_nothing(self) -> None:
        """'Soldiers treated the wounded' has no count."""
        assert _counts("Soldiers treated the wounded before the convoy moved on.") == []


class TestTheSpeakersOwnServiceMembers:
    @pytest.mark.parametrize(
        ("speaker", "group"),
        [
            ("A spokesman for the U.S.-led coalition said", "coalition"),
            ("A Pentagon spokeswoman said", "us.military"),
            ("A CENTCOM spokesman said", "us.military"),
            ("A U.S. defense official said", "us.military"),
            ("A British defence ministry spokesman said", "uk.military"),
        ],
    )
    def test_the_speaker_decides_over_officials_named_before(
        self, speaker: str, group: str
    ) -> None:
        """After 'Iraqi officials said ...', a U.S. spokesman's 'three troops' are his side's."""
        text = (
            "Iraqi officials said rockets struck the Harir air base on Tuesday. "
            f"{speaker} three service members were being treated for concussions."
        )

        groups = {g for m, g, _ in _counts(text) if m == "injured"}

        assert groups == {group}

    def test_a_nation_in_the_counted_noun_keeps_its_own_group(self) -> None:
        """'The coalition said two Iraqi soldiers were hurt' stays Iraqi security forces."""
        text = (
            "Kurdish officials said the convoy was hit near Erbil. "
            "The coalition said two Iraqi soldiers were hurt."
        )

        assert _counts(text) == [("injured", "iraqi_security_forces", "2")]

    def test_a_force_named_in_the_counts_own_clause_is_nearer_than_the_speaker(self) -> None:
        """'A U.S. official said a patrol of Iraqi troops was hit and two soldiers died': Iraqi."""
        text = "A U.S. official said a patrol of Iraqi troops was hit and two soldiers died."

        assert ("killed", "iraqi_security_forces", "2") in _counts(text)

    def test_a_speaker_after_the_count_speaks_for_its_side(self) -> None:
        """'Five troops were hurt, a U.S. defense official said' after Iraqi officials: U.S."""
        text = (
            "Iraqi officials said drones targeted the Tanf garrison. "
            "Five troops were hurt in the attack, a U.S. defense official said."
        )

        assert _counts(text) == [("injured", "us.military", "5")]

    def test_a_speaker_relaying_reports_does_not_lend_its_side(self) -> None:
        """'A Pentagon spokesman said it was monitoring reports that 40 soldiers died': not U.S."""
        text = (
            "Ukrainian officials said the brigade held the bridge. "
            "A Pentagon spokesman said it was monitoring reports that 40 soldiers were killed."
        )

        groups = {g for m, g, _ in _counts(text) if m == "killed"}

        assert "us.military" not in groups

    def test_an_armed_group_speaking_has_no_side_of_a_state(self) -> None:
        """'A spokesman for the militia said 20 soldiers were killed' counts plain soldiers."""
        text = "A spokesman for the Islamic Resistance said 20 soldiers were killed."

        assert _counts(text) == [("killed", "soldiers", "20")]

    def test_a_speaker_without_a_side_leaves_the_earlier_force(self) -> None:
        """'Police said four soldiers were hurt' after British troops are named: British."""
        text = (
            "A convoy carrying British troops hit a mine near Gao. "
            "Police said four soldiers were hurt."
        )

        assert _counts(text) == [("injured", "uk.military", "4")]


class TestPartsOfAToll:
    def test_the_dead_included_is_a_breakdown_of_the_toll(self) -> None:
        """'killing all 14 aboard. The dead included 12 passengers and two crew' is 14 killed."""
        text = (
            "The seaplane sank off Lombok, killing all 14 aboard. "
            "The dead included 12 passengers and two crew members."
        )

        counts = _counts(text)

        assert ("killed", "people", "14") in counts
        assert ("killed", "people", "12") not in counts
        assert _consensus(text, "killed") == [("people", 14, 14)]

    @pytest.mark.parametrize(
        "text",
        [
            "The coach overturned, killing 19 people, including 12 pilgrims.",
            "The storm killed 19 people, among them 12 passengers.",
            "The death toll rose to 19, including 12 pilgrims.",
            "Divers recovered 19 bodies, including those of 12 pilgrims.",
        ],
    )
    def test_a_part_of_people_after_including_is_no_second_toll(self, text: str) -> None:
        """'killing 19 people, including 12 pilgrims' is one toll of 19, the 12 a part of it."""
        counts = _counts(text)

        assert ("killed", "people", "19") in counts
        assert [(g, low) for g, low, _ in _consensus(text, "killed")] == [("people", 19)]

    def test_a_part_with_its_own_group_stays_exact(self) -> None:
        """'killing 19 people, including four children' is exactly four children."""
        counts = _counts("The coach overturned, killing 19 people, including four children.")

        assert ("killed", "children", "4") in counts


@pytest.mark.parametrize(
    "unit",
    [
        "treated 12 wounded the ",
        "a U.S. spokesman said , ",
        "Pentagon said said said ",
        "killing 9 people , including 4 the ",
    ],
)
def test_round21_rules_stay_linear_on_hostile_repeats(unit: str, no_hang: Any) -> None:
    """The new readings finish on a long repeat of their own cue words."""
    large = unit * (60_000 // len(unit))

    with no_hang(120):
        extract_claims(Document(id="l", text=large))
