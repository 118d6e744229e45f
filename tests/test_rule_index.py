"""The derived indexes that make extraction fast give the answers of the slow paths they replace."""

from __future__ import annotations

import itertools
import random

from claimrec.extract import extract
from claimrec.extract._rules import (
    Rule,
    RuleSet,
    _group_end,
    _layout,
    _split_top,
    _structure,
    required_keys,
)
from claimrec.lang import load_rules
from claimrec.lexicon import ENGLISH
from claimrec.model import CountClaim, Document

#: Characters that build regular expressions with groups, classes, escapes and quantifiers.
_PIECES = "()|[]\\ab?*^{0}"


def _walk_end(pattern: str, i: int) -> int:
    """The group end by walking the structure from *i*: the definition _layout must keep."""
    for j, c, depth in _structure(pattern, i):
        if c == ")" and depth == 1:
            return j + 1
    return len(pattern)


def _walk_bars(pattern: str) -> list[int]:
    return [j for j, c, depth in _structure(pattern) if c == "|" and depth == 0]


def _tried_by_scan(rules: RuleSet, low: str) -> list[int]:
    """The rules a whole-sentence key scan admits, in order (the path words replace)."""
    mask = rules._always | rules._keys_mask(low)
    return [i for i in range(len(rules.rules)) if mask >> i & 1]


class TestLayout:
    def test_group_ends_and_bars_agree_with_a_walk_of_the_structure(self) -> None:
        """Every offset of random patterns gives the group end and top-level bars of a walk."""
        rng = random.Random(7)  # noqa: S311 - a fixed sample, not a secret
        for _ in range(3000):
            pattern = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
            assert _layout(pattern)[1] == tuple(_walk_bars(pattern)), pattern
            assert _split_top(pattern, "|") == _split_top_by_walk(pattern), pattern
            for i in range(len(pattern)):
                assert _group_end(pattern, i) == _walk_end(pattern, i), (pattern, i)

    def test_an_escaped_bracket_opens_no_group(self) -> None:
        r"""'\(' and '[(]' are literal brackets: only the real group is in the table."""
        ends, bars = _layout(r"\(a|[(]|(b|c)d")

        assert ends == {8: 13}
        assert bars == (3, 7)

    def test_keys_of_shared_pieces_are_the_same_when_remembered(self) -> None:
        """A piece read a second time (from the memo) gives the same keys."""
        pattern = r"(?:death\s+)?toll\s+(?:rose|climbed)\s+to\s+\d+"

        assert required_keys(pattern) == required_keys(pattern) == ("toll",)


def _split_top_by_walk(pattern: str) -> list[str]:
    bounds = [-1, *_walk_bars(pattern), len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


class TestRulesTriedByWord:
    def test_the_english_rules_tried_are_those_of_a_whole_sentence_scan(self) -> None:
        """Keys inside words, at their edges, beside digits, '_' and accents admit the same rules."""
        rules = load_rules()
        sentences = [
            "the death toll rose to 45 after the blast",
            "unhurt,injured;killed_2 killings3 tolls",
            "officials said 2 people were airlifted to a hospital in árbil",
            "nobody was hurt__ and none claimed it",
            "",
            "12345 67 - ,,,",
        ]
        for low in sentences:
            assert rules._tried(low) == _tried_by_scan(rules, low), low

    def test_random_words_admit_the_rules_of_a_whole_scan(self) -> None:
        """Random mixes of rule keys and other characters admit the same rules both ways."""
        rules = load_rules()
        keys = [key for key, _ in rules._index[0]]
        rng = random.Random(11)  # noqa: S311 - a fixed sample, not a secret
        for _ in range(500):
            parts = [
                rng.choice(keys) if rng.random() < 0.5 else rng.choice("ab _-1é,") for _ in range(8)
            ]
            low = "".join(parts)
            assert rules._tried(low) == _tried_by_scan(rules, low), low

    def test_a_key_that_lower_casing_makes_more_than_letters_is_scanned_whole(self) -> None:
        """'İ' lower-cases to 'i' and a combining dot, no letter: such keys are found by a whole scan."""
        rules = RuleSet(macros={"COUNT": r"(?P<count>\d+)"}).add_patterns(
            [
                Rule(
                    name="istanbul_toll",
                    frame="toll",
                    measures="killed",
                    pattern=r"\bİstanbul\s+toll\s+{COUNT}",
                )
            ]
        )

        text = "i\u0307stanbul toll 12"  # "i" and a combining dot, as the pattern lower-cased

        assert not rules._by_word
        assert rules._tried(text) == _tried_by_scan(rules, text) == [0]
        assert [str(h.quantity) for h in rules.hits(text)] == ["12"]


class TestCountsMemo:
    def test_a_repeated_sentence_gives_the_same_claims(self) -> None:
        """A sentence read from the memo (another document) gives the claims read the first time."""
        text = "Three soldiers were wounded and two civilians were killed, officials said."

        first = extract(Document("m1", text))
        again = extract(Document("m2", text))

        assert [(c.measure, str(c.quantity)) for c in first] == [
            (c.measure, str(c.quantity)) for c in again
        ]
        assert [c.id for c in again] == ["m2:c1", "m2:c2"]

    def test_another_lexicon_does_not_read_the_memo_of_the_first(self) -> None:
        """The memo is per lexicon: a quantifier only one lexicon knows is read by that one only."""
        text = "Umpteen passengers were hurt in the crash."
        umpteen = ENGLISH.extend({"umpteen": (10, 99)})

        with_word = [
            c for c in extract(Document("u1", text), lexicon=umpteen) if isinstance(c, CountClaim)
        ]
        without = [
            c for c in extract(Document("u2", text), lexicon=ENGLISH) if isinstance(c, CountClaim)
        ]

        assert [(c.measure, c.quantity.low, c.quantity.high) for c in with_word] == [
            ("injured", 10, 99)
        ]
        assert all(c.quantity.low != 10 for c in without)
