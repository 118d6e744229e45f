"""Tests for claimrec.link.dates: the day of a report's main event."""

from __future__ import annotations

import datetime as dt

import pytest

from claimrec.link.dates import EventDate, read_event_date
from timing import seconds

MONDAY = dt.date(2025, 2, 10)


class TestEventDate:
    def test_a_day_knows_its_weekday(self) -> None:
        """A reading of a day carries that day's weekday."""
        reading = EventDate(dt.date(2025, 2, 7), "day")

        assert reading.weekday == 4

    def test_a_bound_has_no_weekday(self) -> None:
        """A follow-up's date bounds the event but names none of its weekdays."""
        reading = EventDate(MONDAY, "before")

        assert reading.weekday is None


class TestReadEventDate:
    def test_date_next_to_the_event_verb_wins(self) -> None:
        """'Killed ... on Saturday, officials said on Sunday' is Saturday's event."""
        text = ["Gunmen killed four farmers on Saturday, officials said on Sunday."]

        reading = read_event_date(text, dt.date(2025, 2, 9))

        assert (reading.date, reading.precision) == (dt.date(2025, 2, 8), "day")

    def test_statement_day_alone_only_bounds_the_event(self) -> None:
        """A lead that dates only a statement says the event came on or before it."""
        text = ["The governor said on Monday that the dam would be inspected after the flood."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (MONDAY, "before")

    @pytest.mark.parametrize(
        "sentence",
        [
            "A fifth miner died in hospital on Monday from injuries suffered in the blast.",
            "Divers recovered nine more bodies on Monday from the river where the bus plunged.",
            "Crews pulled the bodies of three workers from the collapsed pit on Monday.",
            "Relatives of the victims accused the owners on Monday of ignoring safety rules.",
            "Aid groups warned on Monday of cholera among families who fled the flooding.",
            "Two more passengers died on Monday, bringing the toll from the ferry sinking to 14.",
            "A wounded guard died in hospital on Monday, raising the toll from the siege to six.",
        ],
    )
    def test_a_later_death_a_recovery_or_an_accusation_only_bounds_the_event(
        self, sentence: str
    ) -> None:
        """A death of wounds, bodies recovered, an accusation: Monday is after the event."""
        reading = read_event_date([sentence], MONDAY)

        assert (reading.date, reading.precision) == (MONDAY, "before")

    def test_the_day_of_the_blast_that_wounded_those_who_died_later_is_the_event(self) -> None:
        """'Two injured when a tanker exploded on Saturday died in hospital' dates the blast."""
        text = ["Two people injured when a tanker exploded on Saturday died in hospital."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (dt.date(2025, 2, 8), "day")

    def test_a_later_death_two_days_after_dates_the_event_two_days_before(self) -> None:
        """'Died on Monday from wounds suffered when a shell hit ... two days earlier' is Saturday."""
        text = [
            "A guard died on Monday from wounds suffered when a shell hit the depot two days earlier."
        ]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (dt.date(2025, 2, 8), "day")

    def test_bodies_recovered_after_an_event_on_a_day_keep_its_day(self) -> None:
        """'Recovered 27 bodies after a boat capsized on Monday' dates the capsizing."""
        text = ["Rescuers recovered 27 bodies from the lake after a boat capsized on Monday."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (MONDAY, "day")

    def test_a_day_after_an_event_with_its_own_time_gives_way_to_that_time(self) -> None:
        """'Who lost homes in last week's quake were in tents on Monday': last week's quake."""
        text = ["Villagers who lost homes in last week's quake were still in tents on Monday."]

        reading = read_event_date(text, MONDAY)

        assert reading.precision == "week"

    def test_a_building_hit_on_a_day_is_dated_by_it(self) -> None:
        """'The block hit by a missile on Monday, bringing the toll to 11' is Monday's strike."""
        text = ["Crews cleared the block hit by a missile on Monday, bringing the toll to 11."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (MONDAY, "day")

    def test_arrest_day_gives_way_to_the_event_day(self) -> None:
        """'Police on Monday arrested ... over Friday's fire' dates the fire, not the arrest."""
        text = ["Police on Monday arrested two men over Friday's warehouse fire in the port."]

        reading = read_event_date(text, MONDAY)

        assert reading.date == dt.date(2025, 2, 7)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Analysts estimated on Monday that 80 people were killed in the blast.",
            "Investigators concluded on Monday that the fire killed 12 people.",
            "The army acknowledged on Monday that its strike had killed civilians.",
        ],
    )
    def test_an_estimate_or_finding_dates_only_itself(self, sentence: str) -> None:
        """'Estimated on Monday that ... were killed' bounds the event; it does not date it."""
        reading = read_event_date([sentence], MONDAY)

        assert (reading.date, reading.precision) == (MONDAY, "before")

    @pytest.mark.parametrize(
        "sentence",
        [
            "The ministry raised its toll from Friday's hospital explosion to 80 on Monday.",
            "Mourners gathered on Monday for victims of Friday's deadly market bombing.",
        ],
    )
    def test_a_possessive_day_before_a_described_event_dates_it(self, sentence: str) -> None:
        """'Friday's hospital explosion' dates the explosion, whatever words describe it."""
        reading = read_event_date([sentence], MONDAY)

        assert (reading.date, reading.precision) == (dt.date(2025, 2, 7), "day")

    def test_a_day_after_the_event_named_only_bounds_it(self) -> None:
        """'Flags flew at half-mast on Monday after the earthquake': Monday is after the quake."""
        text = ["Flags flew at half-mast on Monday after the earthquake, which killed 40."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (MONDAY, "before")

    def test_a_day_before_a_new_event_told_after_it_still_dates_the_event(self) -> None:
        """'Gunmen stormed a hotel on Friday after a car bomb blew open its gate': Friday."""
        text = ["Gunmen stormed a hotel in the capital on Friday after a car bomb blew its gate."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (dt.date(2025, 2, 7), "day")

    def test_named_date_of_the_event_joins_weeks_later(self) -> None:
        """'The January 21 bombing' in a report of 10 February dates the bombing."""
        text = ["Investigators named a suspect in the January 21 bombing of the bus depot."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (dt.date(2025, 1, 21), "day")

    def test_last_months_strike_is_a_month(self) -> None:
        """'Last month's air strike' is read as January when published in February."""
        text = ["A panel of experts said last month's air strike hit a crowded market."]

        reading = read_event_date(text, MONDAY)

        assert (reading.date, reading.precision) == (dt.date(2025, 1, 1), "month")

    def test_weekend_is_its_saturday(self) -> None:
        """'At the weekend' in a Monday report is the Saturday before."""
        text = ["The army said a drone strike at the weekend had hit a rebel camp."]

        reading = read_event_date(text, MONDAY)

        assert reading.date == dt.date(2025, 2, 8)

    def test_another_event_in_an_after_clause_is_skipped(self) -> None:
        """A later sentence recalling 'a blast on Monday' does not date this report's fire."""
        text = [
            "A bus caught fire on a highway outside the city.",
            "It was the second disaster this week, after a blast in the old town on Monday killed six.",
        ]

        reading = read_event_date(text, dt.date(2025, 2, 12))

        assert reading.precision is None

    def test_weekday_without_publication_stays_a_weekday(self) -> None:
        """With nothing to resolve it against, 'on Saturday' keeps only its weekday."""
        reading = read_event_date(["Rockets struck the base on Saturday."], None)

        assert (reading.precision, reading.weekday) == ("weekday", 5)

    def test_weekday_before_its_full_date_gives_way(self) -> None:
        """'On the evening of Friday, March 6' is March 6, whatever Friday resolves to."""
        text = ["A shooting on the evening of Friday, March 6, wounded a clerk."]

        reading = read_event_date(text, dt.date(2015, 3, 18))

        assert reading.date == dt.date(2015, 3, 6)

    def test_page_stamp_dates_nothing(self) -> None:
        """'(Published Tuesday, Oct. 11)' is the page's date, not the event's."""
        text = ["(Published Tuesday, Oct. 11, 2016)", "Two men were shot on Friday night."]

        reading = read_event_date(text, dt.date(2016, 10, 11))

        assert reading.date == dt.date(2016, 10, 7)

    def test_month_next_to_the_event_is_a_month(self) -> None:
        """'Shot and killed a friend in February' in a May report is February."""
        text = ["A teenager who shot and killed a friend in February was charged on Friday."]

        reading = read_event_date(text, dt.date(2014, 5, 16))

        assert (reading.date, reading.precision) == (dt.date(2014, 2, 1), "month")

    def test_fronted_date_of_a_later_action_is_a_bound(self) -> None:
        """'On Tuesday, detectives released ...' dates the release, not the shooting."""
        text = ["On Tuesday, detectives released new video of the shooting."]

        reading = read_event_date(text, dt.date(2017, 1, 25))

        assert reading.precision == "before"

    def test_an_earlier_event_named_after_this_one_does_not_date_it(self) -> None:
        """'An aftershock struck on Thursday, four days after Sunday's quake' is Thursday's."""
        text = [
            "A strong aftershock struck the region on Thursday, four days after Sunday's quake."
        ]

        reading = read_event_date(text, dt.date(2025, 2, 13))

        assert reading.date == dt.date(2025, 2, 13)

    def test_a_new_flood_a_week_after_another_keeps_its_day(self) -> None:
        """'Flash floods swept through a town on Tuesday, a week after the floods in X' is Tuesday's."""
        sentence = (
            "Flash floods swept through a coastal town on Tuesday, a week after the deadly "
            "floods in the north, killing one man."
        )
        text = [sentence]

        reading = read_event_date(text, dt.date(2025, 2, 11))

        assert reading.date == dt.date(2025, 2, 11)

    def test_a_rescue_a_day_after_the_quake_dates_the_quake_a_day_earlier(self) -> None:
        """'Rescuers pulled a woman from a collapsed house on Friday, a day after the earthquake': Thursday."""
        sentence = (
            "Rescuers pulled a woman alive from a collapsed house on Friday, a day after the "
            "earthquake."
        )
        text = [sentence]

        reading = read_event_date(text, dt.date(2025, 2, 14))

        assert reading.date == dt.date(2025, 2, 13)

    def test_a_burial_day_does_not_date_the_bombing_it_names(self) -> None:
        """'Mourners buried victims of the Orvel bombing on Sunday': Sunday is the burial's."""
        text = ["Mourners buried victims of the Orvel bombing on Sunday.", "The toll stood at 12."]

        reading = read_event_date(text, dt.date(2025, 2, 9))

        assert reading.precision == "before"

    def test_the_victims_of_an_attack_on_a_day_date_the_attack(self) -> None:
        """'The victims of the attack on Sunday were buried on Monday': Sunday is the attack's."""
        text = ["The victims of the attack on Sunday were buried on Monday."]

        reading = read_event_date(text, MONDAY)

        assert reading == EventDate(dt.date(2025, 2, 9), "day")

    def test_an_aftermath_days_after_the_event_dates_the_event_back(self) -> None:
        """'Volunteers cleared mud on Sunday, four days after the floods': the Wednesday before."""
        text = ["Volunteers cleared mud from the streets on Sunday, four days after the floods."]

        reading = read_event_date(text, dt.date(2025, 2, 16))

        assert reading.date == dt.date(2025, 2, 12)
        assert reading.precision == "day"

    def test_a_toll_put_at_a_figure_on_a_day_dates_the_toll(self) -> None:
        """'Medics put the toll from the weekend strike at 22 on Monday': Monday is the toll's."""
        text = ["Medics put the toll from the weekend strike on the school at 22 on Monday."]

        reading = read_event_date(text, MONDAY)

        assert reading.precision != "day"

    def test_an_aftermath_day_before_a_recalled_event_does_not_date_it(self) -> None:
        """'Residents returned on Sunday to homes ruined after this week's floods': not Sunday."""
        text = ["Residents returned on Sunday to homes caked in mud after this week's floods."]

        reading = read_event_date(text, dt.date(2025, 2, 16))

        assert reading.precision != "day"

    def test_a_day_before_an_event_with_its_own_date_does_not_date_it(self) -> None:
        """'Appealed on Wednesday for families left homeless by last weekend's quake'."""
        text = [
            "Aid groups appealed on Wednesday for families left homeless by last weekend's quake."
        ]

        reading = read_event_date(text, dt.date(2025, 2, 12))

        assert reading == EventDate(dt.date(2025, 2, 6), "week")

    def test_last_weekends_attack_is_in_last_week(self) -> None:
        """'Last weekend's drone attack', published on a Tuesday: the week before."""
        text = ["A group said it had carried out last weekend's drone attack on the base."]

        reading = read_event_date(text, dt.date(2025, 2, 11))

        assert reading == EventDate(dt.date(2025, 2, 6), "week")

    def test_a_date_next_to_no_cue_only_bounds_the_event(self) -> None:
        """'Rescuers on Tuesday pulled a boy from the rubble' does not date the collapse."""
        text = ["Rescuers on Tuesday pulled a boy alive from the rubble of the market."]

        reading = read_event_date(text, dt.date(2025, 2, 11))

        assert (reading.date, reading.precision) == (dt.date(2025, 2, 11), "before")

    def test_a_huge_sentence_full_of_dates_reads_in_linear_time(self) -> None:
        """Hostile input: a sentence of 50,000 words and 5,000 dates is read quickly."""
        text = ["the " * 50_000 + "Gunmen killed two on Monday " + "and on Tuesday " * 5_000]

        out = []
        took = seconds(lambda: out.append(read_event_date(text, dt.date(2024, 1, 10))), tries=1)
        reading = out[0]

        assert reading.date == dt.date(2024, 1, 8)
        assert took < 5.0

    def test_officers_called_to_the_scene_date_the_event(self) -> None:
        """'Officers were called to the park on March 28' is when it happened, not a follow-up."""
        text = ["On March 28, officers were called to a park where a man had been shot."]

        reading = read_event_date(text, dt.date(2017, 4, 11))

        assert (reading.date, reading.precision) == (dt.date(2017, 3, 28), "day")
