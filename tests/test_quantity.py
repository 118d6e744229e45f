"""Tests for claimrec._quantity: count phrases as intervals, and scanning sentences for them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrec._quantity import (
    _NUMBER_WORDS,
    QuantityMatch,
    _core_cues,
    parse_quantity,
    scan_quantities,
)
from claimrec.errors import InvalidQuantityError, UnknownQuantifierError
from claimrec.lexicon import ENGLISH
from claimrec.model import Quantity
from strategies import quantities, roundtrip_quantities

# (phrase, low, high, qualifier). Phrases from the seed articles (seed), from the
# Gun Violence Archive articles (gva), and our own news-style writing.
PHRASES = [
    # seeds
    ("Seven Americans", 7, 7, "exact"),
    ("Several American Personnel", 3, 9, "vague"),
    ("At least three explosions", 3, None, "at_least"),
    ("eight injuries", 8, 8, "exact"),
    ("ten heavy missiles", 10, 10, "exact"),
    ("at least ten heavy missiles", 10, None, "at_least"),
    ("More than 175", 176, None, "at_least"),
    ("approximately 66 times", 66, 66, "approximate"),
    ("approximately 62 injuries", 62, 62, "approximate"),
    ("Some 2,500", 2500, 2500, "approximate"),
    ("some 900 in Syria", 900, 900, "approximate"),
    ("nearly 2,500", 2250, 2500, "at_most"),
    ("Five US military personnel", 5, 5, "exact"),
    ("two US contractors", 2, 2, "exact"),
    ("multiple ballistic missiles", 2, None, "vague"),
    ("dozens of strikes", 24, 99, "vague"),
    ("from 17 to 40 missiles", 17, 40, "range"),
    ("17 to 40", 17, 40, "range"),
    ("More than 33", 34, None, "at_least"),
    ("At least 14", 14, None, "at_least"),
    # gva
    ("At least 18 gang members", 18, None, "at_least"),
    ("At least 50 rounds", 50, None, "at_least"),
    ("between 20 and 30 shots", 20, 30, "range"),
    ("more than 25 shots", 26, None, "at_least"),
    ("more than two dozen bullets", 25, None, "at_least"),
    ("About 3,000 people", 3000, 3000, "approximate"),
    ("more than one gunman", 2, None, "at_least"),
    ("at least one gunshot wound", 1, None, "at_least"),
    ("At least two men", 2, None, "at_least"),
    ("at least eight others", 8, None, "at_least"),
    ("up to seven", 0, 7, "at_most"),
    ("More than 50 rounds", 51, None, "at_least"),
    ("more than 600 Smart Boards", 601, None, "at_least"),
    ("Multiple people", 2, None, "vague"),
    ("several people", 3, 9, "vague"),
    ("A few houses", 2, 4, "vague"),
    ("a number of 911 calls", 2, None, "vague"),
    # our own
    ("fourteen thousand", 14000, 14000, "exact"),
    ("14,128", 14128, 14128, "exact"),
    ("Thirty-two", 32, 32, "exact"),
    ("twenty-one soldiers", 21, 21, "exact"),
    ("one hundred and five", 105, 105, "exact"),
    ("a hundred and fifty protesters", 150, 150, "exact"),
    ("2.5 million refugees", 2_500_000, 2_500_000, "exact"),
    ("3 million", 3_000_000, 3_000_000, "exact"),
    ("over 100", 101, None, "at_least"),
    ("well over 200 people", 201, None, "at_least"),
    ("as many as 40", 0, 40, "at_most"),
    ("up to 30 civilians", 0, 30, "at_most"),
    ("fewer than 10", 0, 9, "at_most"),
    ("less than 20", 0, 19, "at_most"),
    ("no fewer than 12", 12, None, "at_least"),
    ("no more than 5", 0, 5, "at_most"),
    ("at most 9", 0, 9, "at_most"),
    ("almost 50", 45, 50, "at_most"),
    ("roughly 300", 300, 300, "approximate"),
    ("around 40 people", 40, 40, "approximate"),
    ("an estimated 66", 66, 66, "approximate"),
    ("close to 20", 20, 20, "approximate"),
    ("about a dozen", 12, 12, "approximate"),
    ("40 or so", 40, 40, "approximate"),
    ("between 17 and 40", 17, 40, "range"),
    ("17-40", 17, 40, "range"),
    ("17–40", 17, 40, "range"),
    ("17 or 18", 17, 18, "range"),
    ("one or two", 1, 2, "range"),
    ("five to seven", 5, 7, "range"),
    ("two dozen", 24, 24, "exact"),
    ("a dozen", 12, 12, "exact"),
    ("half a dozen", 6, 6, "exact"),
    ("several hundred", 300, 999, "vague"),
    ("a few hundred", 200, 499, "vague"),
    ("tens of thousands", 20_000, 99_999, "vague"),
    ("hundreds of thousands", 200_000, 999_999, "vague"),
    ("several thousand", 3000, 9999, "vague"),
    ("a few dozen", 24, 48, "vague"),
    ("a handful of", 2, 6, "vague"),
    ("a number of", 2, None, "vague"),
    ("scores of", 40, 199, "vague"),
    ("hundreds", 200, 999, "vague"),
    ("many", 2, None, "vague"),
    ("dozens", 24, 99, "vague"),
    ("10 or more", 10, None, "at_least"),
    ("100-plus", 100, None, "at_least"),
    ("some 3,000-plus", 3000, None, "at_least"),
    ("more than 40-plus", 41, None, "at_least"),
    ("about 20-odd", 20, 20, "approximate"),
    ("1.2 lakh", 120_000, 120_000, "exact"),
    ("2 crore", 20_000_000, 20_000_000, "exact"),
    ("a couple of dozen", 24, 36, "vague"),
    ("somewhere between 100 and 300", 100, 300, "range"),
    ("anywhere from 20 to 30", 20, 30, "range"),
    ("upward of 1,500", 1500, None, "at_least"),
    ("north of 200", 201, None, "at_least"),
    ("no casualties", 0, 0, "exact"),
    ("none", 0, 0, "exact"),
    ("zero", 0, 0, "exact"),
    ("no one", 0, 0, "exact"),
    ("both", 2, 2, "exact"),
]


class TestParseQuantity:
    @pytest.mark.parametrize(("phrase", "low", "high", "qualifier"), PHRASES)
    def test_reads_news_phrases_as_intervals(self, phrase, low, high, qualifier):
        """Each news phrase reads as its documented interval and qualifier."""
        q = parse_quantity(phrase)

        assert (q.low, q.high, q.qualifier) == (low, high, qualifier)

    def test_table_is_large_enough(self):
        """The table holds at least 60 phrases."""
        assert len(PHRASES) >= 60

    def test_approximate_figures_carry_the_lexicon_tolerance(self):
        """'about 66' keeps 66 as its point and widens by the lexicon's tolerance."""
        lexicon = ENGLISH.replace(tolerance=0.2)

        q = parse_quantity("about 66", lexicon=lexicon)

        assert (q.low, q.high, q.tolerance) == (66, 66, 0.2)
        assert (q.lower, q.upper) == (52, 80)

    def test_keeps_the_words_of_the_count(self):
        """The quantity's text is the count phrase, without the noun after it."""
        q = parse_quantity("At least ten heavy missiles")

        assert q.text == "At least ten"

    @pytest.mark.parametrize("phrase", ["a U.S. official", "a member", "an American"])
    def test_an_article_alone_is_not_a_count(self, phrase):
        """'a U.S. official' is nobody's count: an article alone raises."""
        with pytest.raises(InvalidQuantityError, match="allow_article"):
            parse_quantity(phrase)

    def test_an_article_counts_as_one_when_the_caller_says_so(self):
        """'a member of the security forces was wounded': the grammar makes 'a' a count of 1."""
        q = parse_quantity("a member", allow_article=True)

        assert (q.low, q.high, q.qualifier) == (1, 1, "exact")

    def test_a_bare_plural_is_at_least_two_when_asked(self):
        """'US personnel' with no number is the lexicon's plural, 2 or more."""
        q = parse_quantity("US personnel", allow_plural=True)

        assert (q.low, q.high, q.qualifier) == (2, None, "vague")

    @pytest.mark.parametrize("phrase", ["", "the base", "rockets", "  "])
    def test_text_without_a_count_raises(self, phrase):
        """A phrase with no number and no quantifier raises InvalidQuantityError."""
        with pytest.raises(InvalidQuantityError, match="no count"):
            parse_quantity(phrase)

    def test_a_quantifier_missing_from_the_lexicon_raises(self):
        """A lexicon without 'several' reports the word instead of ignoring it."""
        lexicon = ENGLISH.replace(entries={"a few": (2, 4)})

        with pytest.raises(UnknownQuantifierError, match="several"):
            parse_quantity("several", lexicon=lexicon)

    def test_extended_lexicon_is_used(self):
        """A user's own entry is read like the built-in ones, multipliers included."""
        lexicon = ENGLISH.extend({"oodles": (50, None), "a smattering": (1, 3)})

        assert parse_quantity("oodles", lexicon=lexicon).low == 50
        assert parse_quantity("a smattering of hundred", lexicon=lexicon).high is not None

    def test_model_parse_delegates_here(self):
        """Quantity.parse gives the same answer as parse_quantity."""
        assert Quantity.parse("between 17 and 40") == parse_quantity("between 17 and 40")

    @given(roundtrip_quantities)
    def test_reads_back_what_str_writes(self, q):
        """parse(str(q)) has the bounds of q for exact, bounded and ranged quantities."""
        back = parse_quantity(str(q))

        assert (back.low, back.high) == (q.low, q.high)

    @given(st.integers(min_value=0, max_value=10**9))
    def test_thousands_separators_are_read(self, n):
        """A number written with thousands separators reads as that number."""
        assert parse_quantity(f"{n:,}").low == n


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in scan_quantities(text)]


class TestScanQuantities:
    def test_finds_counts_with_their_bounds(self):
        """Every count phrase in a sentence is found with its prefix."""
        text = "At least three explosions were heard, and more than 175 attacks since October."

        assert spans(text) == ["At least three", "more than 175"]

    def test_offsets_index_into_the_text(self):
        """Each match's offsets cut its phrase out of the text."""
        text = "Officials said some 2,500 troops and several hundred contractors are there."

        found = scan_quantities(text)

        assert [text[m.start : m.end] for m in found] == ["some 2,500", "several hundred"]
        assert all(isinstance(m, QuantityMatch) for m in found)
        assert found[1].quantity.low == 300

    def test_reads_a_figure_in_quotes_but_not_feet_and_inches(self):
        """'60' and 'at least 60' in quotes are counts; 12' and 6'4\" are lengths."""
        assert spans("Officials said '60' people and \"at least 9\" soldiers died.") == [
            "60",
            "at least 9",
        ]
        assert spans("The 12' wall fell on a man who was 6'4\" tall.") == []

    def test_finds_ranges(self):
        """'from 17 to 40', '5-7' and 'between 20 and 30' are single range matches."""
        text = "Estimates ranged from 17 to 40 missiles; 5-7 people and between 20 and 30 shots."

        found = scan_quantities(text)

        assert [(m.quantity.low, m.quantity.high) for m in found] == [(17, 40), (5, 7), (20, 30)]

    def test_finds_number_words_and_vague_words(self):
        """Number words, 'no' and vague quantifiers are counts too."""
        text = "Seven Americans were wounded, two have been evacuated, and no casualties among dozens of troops."

        assert spans(text) == ["Seven", "two", "no", "dozens"]

    def test_a_score_of_people_is_twenty(self):
        """'a score of villagers' is 20; the score of a match is no count."""
        found = scan_quantities("A score of villagers died. The final score of 3-1 stood.")

        assert [(m.quantity.low, m.quantity.high) for m in found] == [(20, 20)]

    @pytest.mark.parametrize(
        "text",
        [
            "The attack happened on Jan. 7 and again on July 16 and 25.",
            "It was reported on 22 November 2023 in Baghdad.",
            "The strike was on 2024-11-11, or 11/11/2024.",
            "Shots rang out at 12:40 a.m. and again at 1 p.m. and 9 pm.",
            "The fine was $500 and unemployment rose to 20% or 7 percent.",
            "A 13-year-old boy and a man aged 21 were hit.",
            "Sammy, 13, was shot.",
            "Tom Lee Jr., 2, was shot.",
            "The gunman, 31, was killed at the scene by a deputy.",
            "A bystander, 67, died in hospital; the shooter, 24, has been charged.",
            "He was the 7th victim in the 1990s.",
            "It happened in the 400 block of Linden Street near 527 Quiet Pine Dr.",
            "Call 555-123-4567 or (555) 123-4567.",
            "The convoy drove 50 kilometers, then 100 miles.",
            "An AC-130 and an MQ9 flew over the COVID-19 ward; Story Code : 1097419",
            "It happened in 2014 on Route 66 after a 911 call.",
            "He faces up to 25 years in prison and was held for a few days.",
            "A U.S. official said a man was killed.",
            "Reach the desk at 937-5414 or text NEWS to 44848; the account is 763187648.",
            "He was described as standing 6'4\" and was heard on 9-1-1 tapes.",
            "Workers told KRVT 4 Riverton and Channel 11 about Image 3 of 5.",
            "It happened in front of the shop at 418 W. Elm Line.",
            "A 14 year-old male was hit.",
        ],
    )
    def test_skips_numbers_that_are_not_counts(self, text):
        """Dates, times, money, percentages, ages, ordinals, addresses, phones, units and ids are skipped."""
        assert spans(text) == []

    def test_counts_next_to_non_counts_are_kept(self):
        """A real count survives beside a date, a time and an age in the same sentence."""
        text = "On Monday, Jan. 8, at 9 p.m., three men, aged 20 to 25, shot 14 people."

        assert spans(text) == ["three", "14"]

    def test_a_year_does_not_swallow_the_count_after_it(self):
        """'Between March 2011 and May 2015, seven riders died' keeps 'seven'."""
        assert spans("Between March 2011 and May 2015, seven riders died on the road.") == ["seven"]

    def test_a_label_colon_does_not_hide_a_count(self):
        """'Brookvale: 2 killed, 2 injured' is two counts; 'Story Code : 1097419' is none."""
        assert spans("Brookvale: 2 killed, 2 injured. Story Code : 1097419") == ["2", "2"]

    def test_number_words_that_do_not_compose_are_separate_counts(self):
        """'one two' is two numbers, 'twenty one' and 'two thousand three hundred' are one."""
        text = "Counts of one two and twenty one and two thousand three hundred were given."

        assert [m.quantity.low for m in scan_quantities(text)] == [1, 2, 21, 2300]

    def test_frequencies_are_counts_for_the_caller(self):
        """'attacked approximately 66 times' is returned: the extractor decides what it counts."""
        [found] = scan_quantities(
            "US forces have been attacked approximately 66 times since October 17."
        )

        assert (found.quantity.low, found.quantity.qualifier) == (66, "approximate")

    def test_half_a_dozen_is_six(self):
        """'a half-dozen people' and 'half a dozen' are 6."""
        found = scan_quantities("A half-dozen people were shot; half a dozen more fled.")

        assert [m.quantity.low for m in found] == [6, 6]

    def test_plain_large_numbers_with_a_noun_are_counts(self):
        """'2000 troops' is a count even though 2000 could be a year."""
        assert spans("There were 2000 troops in 1999.") == ["2000"]

    def test_uses_the_given_lexicon(self):
        """A user's lexicon adds quantifiers to the scan."""
        lexicon = ENGLISH.extend({"oodles": (50, None)})

        found = scan_quantities("Oodles of drones flew.", lexicon=lexicon)

        assert [m.quantity.low for m in found] == [50]

    @pytest.mark.parametrize(
        "adversarial",
        [
            "9" * 100_000,
            "," * 100_000,
            "1," * 50_000,
            "1 to " * 20_000,
            "at least " * 12_000,
            "one " * 25_000,
            "a " * 50_000,
            "-1" * 50_000,
        ],
    )
    def test_adversarial_input_runs_in_linear_time(self, adversarial, no_hang):
        """100k characters of digits, commas or repeated prefixes finish without hanging."""
        with no_hang(60):
            scan_quantities(adversarial)


class TestScanPrefilter:
    """Sentences with no digit, number word or quantifier are skipped without a scan."""

    @pytest.mark.parametrize(
        ("phrase", "sentence", "low"),
        [
            ("oodles", "Oodles of people were hurt.", 50),
            ("a bunch", "A bunch of people were hurt.", 3),
        ],
    )
    def test_custom_quantifiers_are_still_found(self, phrase, sentence, low):
        """A lexicon's own words count as cues, the second word after an article."""
        lexicon = ENGLISH.extend({phrase: (low, None)})

        assert [m.quantity.low for m in scan_quantities(sentence, lexicon=lexicon)] == [low]

    def test_a_sentence_without_cues_has_no_counts(self):
        """Plain words hold no count."""
        assert scan_quantities("Police are investigating the shooting at the park.") == []

    @given(
        st.lists(
            st.sampled_from(
                [
                    *sorted(ENGLISH.cue_words),
                    "half-dozen",
                    "NO",
                    "Twenty-One",
                    "ſeveral",
                    "x1",
                    "nonex",
                    "ten",
                    "tens",
                    "doz",
                    "a",
                    "the",
                ]
            ),
            max_size=4,
        )
    )
    def test_cue_pattern_is_any_cue_word(self, words):
        """The cue pattern, grouped by first letter, finds a cue exactly where a plain list does."""
        cues = {
            *ENGLISH.cue_words,
            *_NUMBER_WORDS,
            "no",
            "none",
            "nobody",
            "both",
            "half",
            "half-dozen",
            "dozen",
        }
        plain = re.compile(
            r"\d|\b(?:" + "|".join(sorted(map(re.escape, cues), key=len, reverse=True)) + r")\b",
            re.IGNORECASE,
        )
        text = " ".join(words)

        assert bool(_core_cues(ENGLISH.cue_words).search(text)) == bool(plain.search(text))


class TestQuantityAlgebra:
    @given(quantities, quantities)
    def test_overlap_is_symmetric(self, a, b):
        """a overlaps b exactly when b overlaps a."""
        assert a.overlaps(b) == b.overlaps(a)

    @given(quantities, quantities)
    def test_intersection_is_contained_in_both(self, a, b):
        """The intersection, when there is one, lies inside both operands."""
        both = a.intersection(b)

        assert (both is None) == (not a.overlaps(b))
        if both is not None:
            assert a.contains(both)
            assert b.contains(both)

    @given(quantities, quantities)
    def test_containment_implies_overlap(self, a, b):
        """A quantity that contains another overlaps it."""
        if a.contains(b):
            assert a.overlaps(b)

    @given(quantities, quantities, quantities)
    def test_sums_are_monotone(self, a, b, c):
        """Adding a subgroup never lowers the low end nor the high end."""
        total = a + b

        assert total.lower >= a.lower
        bigger = total + c
        assert bigger.lower >= total.lower
        if bigger.upper is not None:
            assert total.upper is not None
            assert bigger.upper >= total.upper

    @given(quantities, quantities)
    def test_sum_contains_sums_of_members(self, a, b):
        """The sum allows the sum of the two low ends."""
        assert (a + b).contains(a.lower + b.lower)

    @given(quantities)
    def test_contains_its_own_bounds(self, q):
        """A quantity contains its low end and, if bounded, its high end."""
        assert q.contains(q.lower)
        if q.upper is not None:
            assert q.contains(q.upper)
