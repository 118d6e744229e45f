"""Matching speed at 1M claims (issue #13): place keys folded without re's template expansion, a skeleton cache the size of a million claims' keys."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.link import places
from claimrec.link.places import key_skeleton, place_key, spelling_heads

#: Letters, a few doubled, spaces, digits and an accent: what place names are written with.
_NAMES = st.text(alphabet="aabbddkkllsshtuoeyq zZ0044é-'", max_size=30)
#: The specification of a run of one letter kept once: the template the code used before.
_RUNS = re.compile(r"([a-z])\1+")


def _skeleton_spec(key: str) -> str:
    """``key_skeleton`` as the specification computes it: runs folded by the template, no cache."""
    for digraph, sound in places._DIGRAPHS:
        if digraph in key:
            key = key.replace(digraph, sound)
    skeleton = _RUNS.sub(r"\1", key.translate(places._LETTER_CLASS))
    if " " in skeleton or skeleton in places._GENERIC_SKELETONS:
        words = skeleton.split()
        kept = [w for w in words if w not in places._GENERIC_SKELETONS]
        skeleton = " ".join(kept or words)
    return skeleton


class TestPlaceKeys:
    @settings(max_examples=300, deadline=None)
    @given(_NAMES)
    def test_a_doubled_letter_is_kept_once_and_digits_stay(self, name: str) -> None:
        """A place key holds no letter twice in a row, and its digits are the name's ("400" stays)."""
        key = place_key(name)

        assert _RUNS.search(key) is None
        assert [c for c in key if c.isdigit()] == [c for c in name if c.isdigit()]
        assert place_key("400 block of Linden Street") == "400 block linden st"

    @settings(max_examples=300, deadline=None)
    @given(_NAMES)
    def test_skeletons_are_those_of_the_template_specification(self, name: str) -> None:
        """Whatever the name, its skeleton is the one folding runs with the template ``r"\\1"`` gives."""
        key = place_key(name)

        assert key_skeleton(key) == _skeleton_spec(key)

    def test_transliterations_of_one_name_share_a_skeleton(self) -> None:
        """Spellings such as "Qusayr", "Al-Qusair" and "Kusseir" meet under one skeleton."""
        keys = [place_key(n) for n in ("Qusayr", "Al-Qusair", "Kusseir", "Qussayr")]

        skeletons = {key_skeleton(k) for k in keys}

        assert skeletons == {"kusair"}


def _invented_keys(n: int) -> dict[str, int]:
    """*n* invented place keys of seven or more letters, with counts."""
    syllables = ("dor", "wil", "burg", "zal", "kan", "ost", "rel", "mar", "tin", "vas")
    keys: dict[str, int] = {}
    i = 0
    while len(keys) < n:
        a, b, c = i % 10, i // 10 % 10, i // 100 % 10
        keys[syllables[a] + syllables[b] + syllables[c] + ("" if i < 1000 else str(i))] = 1 + i % 7
        i += 1
    return keys


class TestSpellingHeads:
    def test_heads_do_not_depend_on_what_the_skeleton_cache_holds(self) -> None:
        """The heads of a cold cache, of a warm one, and of no cache at all are the same."""
        counts = _invented_keys(400)
        counts |= {"dorilburg": 1, "dorwylburg": 2, "kanzalmar": 9, "kanzalmr": 1}

        key_skeleton.cache_clear()
        cold = spelling_heads(counts)
        warm = spelling_heads(counts)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(places, "key_skeleton", _skeleton_spec)
            spec = spelling_heads(counts)

        assert cold == warm == spec
        assert cold["kanzalmr"] == cold["kanzalmar"] == key_skeleton("kanzalmar")

    def test_a_second_reading_of_many_keys_folds_nothing_again(self) -> None:
        """
        Profiles and blocking both ask for the heads: the second asks fold no key or deletion again.

        At 1M generated claims the keys and their one-letter deletions are about 131k
        strings; a cache smaller than that folded all of them twice.
        """
        counts = _invented_keys(3000)
        key_skeleton.cache_clear()

        spelling_heads(counts)
        folded = key_skeleton.cache_info().misses
        spelling_heads(counts)

        assert key_skeleton.cache_info().misses == folded
        assert (key_skeleton.cache_info().maxsize or 0) >= 131_072
