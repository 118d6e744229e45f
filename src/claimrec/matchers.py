"""Extension point: the ``Matcher`` protocol and the built-in matchers that score two event profiles."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Mapping, Sequence
from typing import Final, Protocol, runtime_checkable

from attrs import evolve, field, frozen
from rapidfuzz import fuzz

from claimrec.link.dates import span_days
from claimrec.link.places import (
    LEVEL_WEIGHTS,
    Place,
    compass_holds,
    default_gazetteer,
    is_landscape,
    key_skeleton,
    level_weight,
    place_key,
)

__all__ = [
    "ACCIDENT_KINDS",
    "AIR_KINDS",
    "COUNTRYWIDE_KINDS",
    "DEFAULT_MATCHERS",
    "GENERIC_KINDS",
    "GROUND_KINDS",
    "LASTING_KINDS",
    "RARE_KINDS",
    "REGIONAL_KINDS",
    "SKELETON_FUZZY",
    "SKELETON_SIMILARITY",
    "TOLLED_KINDS",
    "WEAPON_KINDS",
    "ActorMatcher",
    "AirGroundMatcher",
    "ApartMatcher",
    "ContextMatcher",
    "CountMatcher",
    "DateMatcher",
    "EventProfile",
    "FollowUpMatcher",
    "KindMatcher",
    "Matcher",
    "PlaceMatcher",
    "RareKindMatcher",
    "RegionMatcher",
    "SiteMatcher",
    "StreetMatcher",
    "place_key",
    "place_similarity",
    "place_specificity",
]

#: How a profile's date was obtained, most to least precise.
#: ``day``: the text names the day (an absolute date, or a weekday or "yesterday"
#: resolved against the publication date); ``weekday``: only a weekday, nothing to
#: resolve it against; ``published``: no cue, the event happened on or shortly
#: before the publication date.
#: ``month``/``week``: the event's month or week ("last month's strike"); ``before``:
#: only a later development is dated (an arrest, a revised toll), the event came
#: on or before it.
DATE_PRECISIONS: Final = ("day", "weekday", "month", "week", "published", "before")


@frozen
class EventProfile:
    """
    What matching knows about one event mention: a document's main event or another one it recalls.

    Built by ``claimrec.match`` from a document's headline and lead (and its
    claims' mentions when given); matchers compare two profiles.

    Attributes:
        key: A stable key: the document id, or ``"<doc>#<n>"`` for another event it recalls.
        document: The document the profile comes from.
        places: Place keys (see ``place_key``), most salient first.
        labels: The places as written, in the same order.
        date: The event's date, or None.
        precision: How ``date``/``weekday`` were obtained (see ``DATE_PRECISIONS``), or None.
        weekday: Monday = 0 ... Sunday = 6, or None.
        published: The publication date (an upper bound of the event date), or None.
        kinds: Event kind keys ("shooting", "rocket", "missile", "drone", ...).
        actors: Normalized names of actors claiming or blamed.
        counts: ``(measure, low, high)`` triples; high -1 = unbounded.
        terms: Content words and their corpus IDF weights.
        specificity: How telling each place in ``places`` is, 0.0-1.0 (see
            ``place_specificity``); empty means every place counts fully.
        focus: ``main`` for a document's own event, ``other`` for one it recalls.
        geo: The gazetteer entry of each place in ``places`` (None when unknown).
        streets: The streets the event is placed on by block ("the 2700 block of West
            Lexington" -> ``"lexington"``), from the headline and lead.
        sites: The kinds of facility the headline and lead say were struck ("the
            hospital" -> ``"hospital"``, "a crowded market" -> ``"market"``).
        implied: Places of ``places`` the report does not name but other reports put
            its place in ("the town of X in northern Y": Y for a report naming only X).
        compass: ``(place key, direction)`` for each place of ``places`` the headline
            and lead name by a compass region ("in central Nepal" -> ``("nepal",
            "central")``; "northwestern" gives "north" and "west").

    >>> EventProfile(key="d1", document="d1", places=("asad",), date=dt.date(2024, 1, 20), precision="day")
    EventProfile(key='d1', places=('asad',), date=datetime.date(2024, 1, 20), precision='day')
    """

    key: str
    document: str = field(repr=False)
    places: tuple[str, ...] = ()
    labels: tuple[str, ...] = field(default=(), repr=False)
    date: dt.date | None = None
    precision: str | None = None
    weekday: int | None = field(default=None, repr=False)
    published: dt.date | None = field(default=None, repr=False)
    kinds: frozenset[str] = field(default=frozenset(), repr=False)
    actors: frozenset[str] = field(default=frozenset(), repr=False)
    counts: tuple[tuple[str, int, int], ...] = field(default=(), repr=False)
    terms: Mapping[str, float] = field(factory=dict, repr=False, hash=False, eq=False)
    focus: str = field(default="main", repr=False)
    specificity: tuple[float, ...] = field(default=(), repr=False, hash=False, eq=False)
    geo: tuple[Place | None, ...] = field(default=(), repr=False, hash=False, eq=False)
    streets: frozenset[str] = field(default=frozenset(), repr=False)
    implied: frozenset[str] = field(default=frozenset(), repr=False)
    sites: frozenset[str] = field(default=frozenset(), repr=False)
    compass: frozenset[tuple[str, str]] = field(default=frozenset(), repr=False)

    def geo_of(self, i: int) -> Place | None:
        """
        The gazetteer entry of ``places[i]``, None when unknown.

        >>> EventProfile(key="a", document="a", places=("x",)).geo_of(0) is None
        True
        """
        return self.geo[i] if i < len(self.geo) else None

    def place_weight(self, i: int) -> float:
        """
        The specificity of ``places[i]`` (1.0 when not computed).

        >>> EventProfile(key="a", document="a", places=("x", "y"), specificity=(1.0, 0.4)).place_weight(1)
        0.4
        """
        return self.specificity[i] if i < len(self.specificity) else 1.0

    @property
    def dated(self) -> bool:
        """True when the profile has a calendar anchor (an event day or a publication date)."""
        return self.precision in {"day", "published"}


@runtime_checkable
class Matcher(Protocol):
    """
    Scores whether two event profiles describe one event, 0.0-1.0, or None for no evidence.

    ``name`` labels the feature in explanations; ``weight`` is its share of the
    combined score; a matcher with ``veto`` True forbids the pair when it returns 0.0
    (a cannot-link constraint that clustering respects). A pair needs positive
    evidence: a matcher whose optional ``positive`` attribute is True (or missing
    on a matcher that is no veto, as in most users' matchers) scoring above 0.0. The built-in date, kind, actor
    and count matchers say ``positive = False``: agreeing on a day or a kind alone
    does not make two reports one event.
    """

    @property
    def name(self) -> str:
        """The feature name used in ``Match.features``."""
        ...

    @property
    def weight(self) -> float:
        """Relative weight in the combined score."""
        ...

    @property
    def veto(self) -> bool:
        """True when a 0.0 from this matcher forbids the pair."""
        ...

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b*: 0.0-1.0, or None when there is no evidence either way."""
        ...


#: What two place keys with one transliteration skeleton (``key_skeleton``) score at
#: least: less than one key, more than most fuzzy matches.
SKELETON_SIMILARITY: Final = 0.95
#: The most a fuzzy match of two skeletons (not of the keys) scores.
SKELETON_FUZZY: Final = 0.9


@functools.lru_cache(maxsize=1 << 18)
def place_similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """
    Similarity of two place keys, 0.0-1.0, cached per pair.

    Graded evidence: one key is 1.0; one transliteration skeleton ("qusayr" and
    "kuseir", ``key_skeleton``) at least ``SKELETON_SIMILARITY``; otherwise RapidFuzz's
    token-set ratio (a dropped letter in a long name, one name inside a longer one)
    of the keys, or of the skeletons up to ``SKELETON_FUZZY`` (a swapped vowel and
    a dropped letter: "fyngravile", "fingavile").

    Args:
        a: A place key (see ``place_key``).
        b: Another.
        cutoff: Similarities below this (0.0-1.0) are returned as 0.0.

    Returns:
        The similarity.

    >>> place_similarity("ain asad", "asad"), place_similarity("elgin", "memphis", 0.85)
    (1.0, 0.0)
    >>> place_similarity("qusayr", "kuseir"), round(place_similarity("dorwilburg", "dorilburg"), 2)
    (0.95, 0.95)
    >>> place_similarity("east garfield park", "w garfield park")
    0.0
    """
    if a == b:
        return 1.0
    if _opposite_sides(a, b):
        return 0.0
    ratio = fuzz.token_set_ratio(a, b, score_cutoff=cutoff * 100) / 100
    skeleton_a, skeleton_b = key_skeleton(a), key_skeleton(b)
    if skeleton_a == skeleton_b:
        return max(ratio, SKELETON_SIMILARITY)
    if ratio < SKELETON_FUZZY:
        # a swapped vowel and a dropped letter: near only once the skeletons fold the swap
        near = fuzz.token_set_ratio(skeleton_a, skeleton_b, score_cutoff=cutoff * 100) / 100
        ratio = max(ratio, min(near, SKELETON_FUZZY))
    return ratio


_SIDES: Final = {"north": "n", "south": "s", "east": "e", "west": "w"}
_OPPOSITE: Final = {"n": "s", "s": "n", "e": "w", "w": "e"}


def _opposite_sides(a: str, b: str) -> bool:
    """
    True when two place keys name opposite sides ("East Garfield Park", "West Garfield Park").

    >>> _opposite_sides("e garfield park", "west garfield park"), _opposite_sides("n st", "main st")
    (True, False)
    """
    sides_a = {_SIDES.get(w, w) for w in a.split()} & _OPPOSITE.keys()
    if not sides_a:
        return False
    sides_b = {_SIDES.get(w, w) for w in b.split()} & _OPPOSITE.keys()
    return any(_OPPOSITE[s] in sides_b for s in sides_a)


#: Kinds of event so rare that two reports of one within days are about the same one
#: unless their places say otherwise (an earthquake, a flood), unlike shootings or strikes.
RARE_KINDS: Final = frozenset(
    {"earthquake", "flood", "landslide", "storm", "stampede", "capsizing"}
)
#: Rare kinds that strike a region, not a spot: an earthquake is named by its epicentre
#: in one report and by the worst-hit city in the next; floods and storms hit several
#: towns of one region at once.
REGIONAL_KINDS: Final = frozenset({"earthquake", "flood", "landslide", "storm", "wildfire"})
#: Regional disasters a country names well enough: a deadly earthquake is one event in
#: its country and week ("this week's earthquake in eastern Turkey"), while floods and
#: wildfires burn in several provinces of one country at once.
COUNTRYWIDE_KINDS: Final = frozenset({"earthquake"})
#: Rare kinds that last days: floods and storms are reported day after day as one event.
LASTING_KINDS: Final = frozenset({"flood", "storm", "wildfire"})
#: Kinds that name no weapon: a "strike" is how news names any munition hitting (a
#: missile, a drone, an air raid), so one attack told as "strikes" and as "a missile"
#: does not conflict.
GENERIC_KINDS: Final = frozenset({"strike"})
#: Kinds told only of a strike from the air, and kinds told only of an attack from the
#: ground: one report of each at one place on one day are two events (rocket fire on a
#: town and an air raid on it). Drones, missiles and bombs may come either way.
AIR_KINDS: Final = frozenset({"airstrike"})
GROUND_KINDS: Final = frozenset({"rocket", "shelling", "shooting", "stabbing"})
#: Kinds told only of an accident or a disaster nobody fired, and kinds told only of a
#: weapon: one report of each at one place on one day are two events (a gas explosion in
#: a block of flats and a missile strike on a factory of the same city). A bomb is in
#: neither: a blast is often called a bomb before a gas leak is found, and the other way.
ACCIDENT_KINDS: Final = frozenset(
    {"gas explosion", "crash", "capsizing", "stampede", "earthquake", "flood", "landslide"}
    | {"storm", "mine collapse", "building collapse", "bridge collapse"}
)
WEAPON_KINDS: Final = frozenset(
    {"rocket", "missile", "drone", "airstrike", "shelling", "shooting", "stabbing"}
)


def place_specificity(df: int, n: int, *, common: int = 40) -> float:
    """
    How much agreeing on a place named by *df* of *n* profiles tells, 0.0-1.0.

    A place named by at most *common* profiles counts fully; beyond that the
    weight falls with the log of its frequency, reaching 0.0 for a place every
    profile names. Frequent places ("Main Street" in many towns, the country of
    every report, a big city in a city's news) say little about which event a
    report is about; rare ones (a village, a base, a venue) say much.

    Args:
        df: How many profiles name the place.
        n: How many profiles there are.
        common: The frequency up to which a place counts fully.

    Returns:
        The specificity.

    >>> place_specificity(10, 100_000), round(place_specificity(5_000, 100_000), 2)
    (1.0, 0.38)
    """
    if df <= common or n <= common:
        return 1.0
    return round(max(0.0, 1.0 - math.log(df / common) / math.log(n / common)), 4)


@frozen
class PlaceMatcher:
    """
    Fuzzy agreement of the two profiles' place keys, weighted by how specific the shared place is.

    Uses ``place_similarity`` on ``place_key`` output (graded: one key, one
    transliteration skeleton, a fuzzy match), so word order, articles, generic
    words, doubled letters and transliterations do not matter; similarities below
    ``cutoff`` do not match. The score is the best match's similarity times
    the specificity of its places (``EventProfile.specificity``). When both sides
    also name a place the other does not, and that place is more specific than the
    shared one (two towns that share only a street name, two neighbourhoods of
    one big city), the shared place explains little and the score shrinks to
    ``best * best / conflict``; a place inside a wider one the other side names
    still counts as its own (two towns of one region conflict as two towns of
    nowhere known do). Names the gazetteer resolves (``EventProfile.geo``)
    also match when they are one place by another name ("Banaras" and "Varanasi")
    or one city the gazetteer lists twice (1.0); two neighbouring places within
    ``near_km`` agree in part (0.5), and so does a place within another
    (a city in its region 0.6, a spot in its district 0.6, in its country 0.3;
    ``_geo_similarity``). 0.0 when
    nothing matches; None when either side names no place, or when a flood or a
    wildfire's report, or a report of the kind of facility the other's names, names
    only the country holding the other's places (a flood's follow-up "Greece declared
    an emergency", a claim of "the attack on the base in western Iraq": that country
    holds many regions, no evidence either way; the site tells, ``SiteMatcher``). When both sides tell a
    disaster that strikes a region (``REGIONAL_KINDS``: an earthquake named by its
    epicentre and by its worst-hit city, floods over several towns), places in one
    first-level region (0.9) or within ``regional_km`` (0.8: a region is placed at
    the centre of its cities) agree and the towns
    only one side names are no conflict. When both sides give a
    street address and none of them matches, the score is at most ``other_street``:
    two shootings in one city at two addresses are two events.

    >>> a = EventProfile(key="a", document="a", places=(place_key("Ain Al-Assad Airbase"),))
    >>> b = EventProfile(key="b", document="b", places=(place_key("Al Asad Air Base"),))
    >>> PlaceMatcher()(a, b)
    1.0
    >>> c = EventProfile(key="c", document="c", places=("elgin", "main stret"), specificity=(1.0, 0.4))
    >>> d = EventProfile(key="d", document="d", places=("aurora", "main stret"), specificity=(1.0, 0.4))
    >>> PlaceMatcher()(c, d)
    0.16
    """

    cutoff: float = 0.85
    limit: int = 6
    near_km: float = 10.0
    other_street: float = 0.2
    regional_kinds: frozenset[str] = REGIONAL_KINDS
    regional_km: float = 150.0
    weight: float = 0.25
    veto: bool = False
    positive: bool = True
    name: str = "place"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if not a.places or not b.places or self._country_of_other(a, b):
            return None
        if _may_lie_within(a, b) or _may_lie_within(b, a):
            # a quake's epicentre at a town the gazetteer lacks, "in Elazig province", and
            # a city of the next province: the regions still tell
            regional = 0.0
            if a.kinds & b.kinds & self.regional_kinds:
                regional = self._regional(a, b, country=_countrywide(a, b))
            return round(regional, 4) if regional > 0.0 else None
        left, right = a.places[: self.limit], b.places[: self.limit]
        if not any(map(_names_town, left)) or not any(map(_names_town, right)):
            # "Nasser hospital" alone: a facility, in a town the report does not name
            return None if not any(k in right for k in left) else 1.0
        best = 0.0
        hit_left: set[int] = set()
        hit_right: set[int] = set()
        for i in range(len(left)):
            for j in range(len(right)):
                ratio, inner = self._pair(a, b, i, j)
                if ratio > 0.0:
                    # a place inside the other's wider one is not explained by it: two
                    # towns of one region still conflict
                    if inner >= 0:
                        hit_right.add(j)
                    if inner <= 0:
                        hit_left.add(i)
                    best = max(best, ratio * self._weight(a, b, i, j, inner))
        if not hit_left and not hit_right:
            if self._unknown_beside_known(a, b):
                return None
            # two towns of one province: a flood or a wildfire covers both
            disaster = a.kinds & b.kinds & self.regional_kinds
            return round(self._regional(a, b, country=_countrywide(a, b)), 4) if disaster else 0.0
        extra_left = max(
            (a.place_weight(i) for i in range(len(left)) if i not in hit_left), default=0.0
        )
        extra_right = max(
            (b.place_weight(j) for j in range(len(right)) if j not in hit_right), default=0.0
        )
        conflict = min(extra_left, extra_right)
        if conflict > best:
            best = best * best / conflict
        if len(hit_left) < len(left) and _streets_differ(left, right, hit_left, hit_right):
            best = min(best, self.other_street)
        if a.kinds & b.kinds & self.regional_kinds:
            best = max(best, self._regional(a, b, country=_countrywide(a, b)))
        return round(best, 4)

    def _country_of_other(self, a: EventProfile, b: EventProfile) -> bool:
        """
        True when one side places its event only by the country holding the other's places.

        For a flood or a wildfire, or a facility of one kind both name: "Greece declared
        a state of emergency after the floods" against "floods in Thessaly", "claimed
        the attack on the base in western Iraq" against "Ain al-Asad air base in
        Anbar": the country holds many regions, neither agreeing nor not. Not for an
        earthquake: one country is its region (``_countrywide``). Reports of other
        events ("a missile strike in Libya") keep the country's weak agreement. Also
        True for one kind of facility struck, placed on one side only where the gazetteer
        knows nothing ("the base at the Conoco field") and on the other only widely
        (``_unknown_beside_broad``).
        """
        if a.sites & b.sites and (_unknown_beside_broad(a, b) or _unknown_beside_broad(b, a)):
            return True
        if a.kinds & b.kinds & COUNTRYWIDE_KINDS:
            return False
        if not (a.kinds & b.kinds & self.regional_kinds or a.sites & b.sites):
            return False
        return _country_only(a, b) or _country_only(b, a)

    def _pair(self, a: EventProfile, b: EventProfile, i: int, j: int) -> tuple[float, int]:
        """The similarity of ``a.places[i]`` and ``b.places[j]``, and which lies inside (``_geo_match``)."""
        ratio = place_similarity(a.places[i], b.places[j], self.cutoff)
        inner = 0
        # a sea the report read on no shore of its own is the shore the other faces
        geo_a, geo_b = _shore_facing(a, i, b.geo_of(j)), _shore_facing(b, j, a.geo_of(i))
        if ratio < 1.0 and a.geo and b.geo:
            # one entry by two spellings ("Kharkov", "Kharkiv") is one place, not a near one
            geo, geo_inner = _geo_match(geo_a, geo_b, self.near_km)
            if geo > ratio:
                ratio, inner = geo, geo_inner
        if ratio > 0.0 and _compass_apart(a, b, i, j):
            return 0.0, 0  # "central Nepal" and "far western Nepal" are two places
        held = _compass_holds(a, b, i, j) if ratio > 0.0 else None
        if held is False:
            return 0.0, 0  # "southern Lebanon" and Baalbek in its east
        if held and ratio < _HELD_BY_COMPASS:
            ratio = (
                _HELD_BY_COMPASS  # "northeast Syria" holds Hasakah as a province holds its towns
            )
        if ratio > 0.0 and a.geo and b.geo and _two_regions(geo_a, geo_b):
            return 0.0, 0  # "Shanxi" and "Shaanxi": one key, two provinces
        return ratio, inner

    @staticmethod
    def _weight(a: EventProfile, b: EventProfile, i: int, j: int, inner: int) -> float:
        """
        How much agreeing on ``a.places[i]`` and ``b.places[j]`` tells: the lesser specificity.

        A place inside the other's (``inner`` 1: *a*'s inside *b*'s) is already scored
        down by the wider one's level (``_geo_similarity``: 0.3 in a country), so the
        wider one's weight leaves its level out: "Sofala province" in "Mozambique" is
        0.3 of the province's weight, not 0.3 of the country's weight again.

        One city named by both, one of them only as what the event lay outside ("outside
        Baqubah", placed by the city's region) and the other plainly ("in Baqubah"),
        tells as the city does: the same place at two precisions agrees in full.
        """
        weight_a, weight_b = a.place_weight(i), b.place_weight(j)
        if inner == 0 and a.places[i] == b.places[j]:
            geo_a, geo_b = a.geo_of(i), b.geo_of(j)
            key = a.places[i]
            if _region_for_city(geo_a, geo_b, key) or _region_for_city(geo_b, geo_a, key):
                return max(weight_a, weight_b)
        if _compass_shared(a, b, i, j):
            # one compass region of a country ("central Nepal" twice) tells as a region does
            weight_a = min(weight_a / level_weight(a.geo_of(i)) * LEVEL_WEIGHTS["admin1"], 1.0)
            weight_b = min(weight_b / level_weight(b.geo_of(j)) * LEVEL_WEIGHTS["admin1"], 1.0)
        if inner == 1:
            weight_b = min(weight_b / level_weight(b.geo_of(j)), 1.0)
        elif inner == -1:
            weight_a = min(weight_a / level_weight(a.geo_of(i)), 1.0)
        return min(weight_a, weight_b)

    def _unknown_beside_known(self, a: EventProfile, b: EventProfile) -> bool:
        """
        True for a regional disaster one side places only where the gazetteer knows nothing.

        "Villages in the Zindajan district" against "near the city of Herat": the
        district may lie in the province or not, the gazetteer cannot tell, so the
        places are no evidence either way (a town only one side names is no conflict
        in a region, ``_regional``).
        """
        if not a.kinds & b.kinds & self.regional_kinds:
            return False
        known_a = any(g is not None for g in a.geo)
        known_b = any(g is not None for g in b.geo)
        return known_a != known_b

    def _regional(self, a: EventProfile, b: EventProfile, *, country: bool = False) -> float:
        """
        Agreement of two places at a region's scale, for a disaster that strikes a region.

        One first-level region (two towns of one province, a town and its province)
        0.9, two places within ``regional_km`` 0.8 (a region by the centre of its
        cities), weighted by how often the corpus names the places, not by their
        level (a province tells a quake as well as a town does); a place the other
        does not name is no conflict: a flood covers both towns.
        """
        best = 0.0
        for i in range(min(len(a.places), self.limit)):
            for j in range(min(len(b.places), self.limit)):
                geo_a, geo_b = a.geo_of(i), b.geo_of(j)
                ratio = _regional_similarity(geo_a, geo_b, self.regional_km, country=country)
                if (
                    ratio > 0.0
                    and not _compass_apart(a, b, i, j)
                    and _compass_holds(a, b, i, j) is not False
                ):
                    weight_a = a.place_weight(i) / level_weight(geo_a)
                    weight_b = b.place_weight(j) / level_weight(geo_b)
                    best = max(best, ratio * min(weight_a, weight_b, 1.0))
        return best


def _region_for_city(region: Place | None, city: Place | None, key: str) -> bool:
    """
    True when *region* stands for *city*, both named *key*: the region holding it, not named so.

    A city named only as what an event lay near or outside is placed by its region
    (``claimrec.link.profile``); "the Kherson region" named so is the region itself.

    >>> diyala = Place("IQ.10", "Diyala", "admin1", "IQ", "10")
    >>> baqubah = Place("1", "Baqubah", "city", "IQ", "10")
    >>> _region_for_city(diyala, baqubah, "baqubah"), _region_for_city(diyala, baqubah, "diyala")
    (True, False)
    """
    return (
        region is not None
        and city is not None
        and region.level == "admin1"
        and city.level == "city"
        and city.within(region)
        and place_key(region.name) != key
    )


def _two_regions(a: Place | None, b: Place | None) -> bool:
    """
    True when *a* and *b* are two first-level regions: names alike, places apart.

    >>> shanxi = Place("CN.24", "Shanxi", "admin1", "CN", "24")
    >>> _two_regions(shanxi, Place("CN.26", "Shaanxi", "admin1", "CN", "26"))
    True
    >>> _two_regions(shanxi, shanxi), _two_regions(shanxi, None)
    (False, False)

    A region of several (a lake's shores, ``areas.tsv``) holds each of them:

    >>> lake = Place("CN.24+26~lake", "Lake Ostrel", "admin1", "CN", "24+26")
    >>> _two_regions(shanxi, lake), _two_regions(lake, shanxi)
    (False, False)
    """
    return (
        a is not None
        and b is not None
        and a.level == b.level == "admin1"
        and a.path != b.path
        and not a.within(b)
        and not b.within(a)
    )


#: The place similarity of a province and the compass region of its country holding it
#: ("a base in northeast Syria" and "near Qamishli in Hasakah"): a region's, as
#: ``_geo_similarity`` gives a town and its province.
_HELD_BY_COMPASS: Final = 0.6


def _compass_holds(a: EventProfile, b: EventProfile, i: int, j: int) -> bool | None:
    """
    Whether one side's compass region of a country holds the other's place in it (``compass_holds``).

    One side names the country by a compass region ("in northeast Syria"), the other a
    province or town of that country: True when the region holds the province, False
    when it excludes it, None otherwise (no compass region, no row in the table).

    >>> sy = Place("SY", "Syria", "country", "SY")
    >>> a = EventProfile(key="a", document="a", places=("syria",), geo=(sy,),
    ...                  compass=frozenset({("syria", "north"), ("syria", "east")}))
    >>> hasakah = Place("SY.01", "Al-Hasakah", "admin1", "SY", "01")
    >>> daraa = Place("SY.06", "Daraa", "admin1", "SY", "06")
    >>> b = EventProfile(key="b", document="b", places=("hasakah", "dara"), geo=(hasakah, daraa))
    >>> _compass_holds(a, b, 0, 0), _compass_holds(b, a, 1, 0)
    (True, False)
    """
    if not a.compass and not b.compass:
        return None
    for outer, k, inner, m in ((a, i, b, j), (b, j, a, i)):
        country, place = outer.geo_of(k), inner.geo_of(m)
        if country is None or place is None or country.level != "country":
            continue
        if place.level == "country" or place.country != country.country:
            continue
        words = {d for key, d in outer.compass if key == outer.places[k]}
        if words:
            return compass_holds(country.country, place.admin1, words)
    return None


def _compass_shared(a: EventProfile, b: EventProfile, i: int, j: int) -> bool:
    """
    True when both sides name one country by compass regions sharing a direction ("central" twice).

    >>> c = frozenset({("nepal", "central")})
    >>> a = EventProfile(key="a", document="a", places=("nepal",), compass=c)
    >>> _compass_shared(a, a, 0, 0), _compass_shared(a, EventProfile(key="b", document="b", places=("nepal",)), 0, 0)
    (True, False)
    """
    if not a.compass or not b.compass or a.places[i] != b.places[j]:
        return False
    dirs_a = {d for k, d in a.compass if k == a.places[i]}
    return any(k == b.places[j] and d in dirs_a for k, d in b.compass)


def _compass_apart(a: EventProfile, b: EventProfile, i: int, j: int) -> bool:
    """
    True when both sides name ``a.places[i]`` and ``b.places[j]`` by compass regions that share no direction.

    "Central Nepal" and "far western Nepal" are two parts of one country; "northwestern"
    and "western" may be one; a town one side names inside the country is never
    vetoed: only two compass regions of the places compared conflict.

    >>> a = EventProfile(key="a", document="a", places=("nepal",), compass=frozenset({("nepal", "central")}))
    >>> b = EventProfile(key="b", document="b", places=("nepal",), compass=frozenset({("nepal", "west")}))
    >>> c = EventProfile(key="c", document="c", places=("nepal",))
    >>> _compass_apart(a, b, 0, 0), _compass_apart(a, c, 0, 0)
    (True, False)
    """
    if not a.compass or not b.compass:
        return False
    key_a, key_b = a.places[i], b.places[j]
    dirs_a = {d for k, d in a.compass if k == key_a}
    dirs_b = {d for k, d in b.compass if k == key_b}
    return bool(dirs_a) and bool(dirs_b) and dirs_a.isdisjoint(dirs_b)


#: Words of a street address in a place key (``place_key`` keeps them; the extractor
#: shortens them: "st", "ave").
_STREET: Final = frozenset(
    {"st", "street", "stret", "ave", "avenue", "rd", "road", "dr", "drive", "blvd", "boulevard"}
    | {"ln", "lane", "pkwy", "parkway", "ct", "court", "hwy", "highway", "block", "way", "pl"}
)


@functools.lru_cache(maxsize=1 << 16)
def _is_street(key: str) -> bool:
    return any(w in _STREET for w in key.split())


def _streets_differ(
    left: Sequence[str], right: Sequence[str], hit_left: set[int], hit_right: set[int]
) -> bool:
    """
    True when both sides give a street address and no address of one matches one of the other.

    Two shootings in one city on one day at two addresses are two events; the
    city they share says nothing against that.

    >>> _streets_differ(["chicago", "800 block oak st"], ["chicago", "40 block elm st"], {0}, {0})
    True
    """
    streets_left = [i for i, k in enumerate(left) if _is_street(k)]
    streets_right = [j for j, k in enumerate(right) if _is_street(k)]
    if not streets_left or not streets_right:
        return False
    return not any(i in hit_left for i in streets_left) and not any(
        j in hit_right for j in streets_right
    )


#: Levels of a place too wide to tell one facility or town from another.
_BROAD: Final = frozenset({"country", "admin1"})


def _may_lie_within(a: EventProfile, b: EventProfile) -> bool:
    """
    True when *a* names a town the gazetteer does not know and wide places holding all of *b*'s.

    "The town of Ariha in northwest Syria" against "Idlib province": the town may lie
    in the province or not, the gazetteer cannot tell; neither side names a place
    the other's contradicts.

    >>> syria = Place("SY", "Syria", "country", "SY")
    >>> idlib = Place("SY.12", "Idlib", "admin1", "SY", "12")
    >>> a = EventProfile(key="a", document="a", places=("ariha", "syria"), geo=(None, syria))
    >>> b = EventProfile(key="b", document="b", places=("idlib",), geo=(idlib,))
    >>> _may_lie_within(a, b), _may_lie_within(b, a)
    (True, False)

    A country both name is no shared place that settles it:

    >>> _may_lie_within(a, evolve(b, places=("idlib", "syria"), geo=(idlib, syria)))
    True

    A town placed in a province may lie in that province, not in the rest of its country:

    >>> hama = Place("SY.10", "Hama", "admin1", "SY", "10")
    >>> _may_lie_within(evolve(a, places=("ariha", "syria", "hama"), geo=(None, syria, hama)), b)
    False
    """
    if not a.geo or not b.geo:
        return False
    own = [a.geo_of(i) for i in range(len(a.places))]
    wide = [g for g in own if g is not None]
    # the cheap tests first: most profiles fail them, and the place pairs are quadratic
    if len(wide) == len(own) or any(g.level not in _BROAD for g in wide):
        return False
    # a country both name ("near the Conoco field in eastern Syria", "in Deir ez-Zor
    # province, Syria") leaves the town as open as naming it alone does, against a
    # report naming only wide places (a town it names is another town)
    named = [x for x, g in zip(a.places, own, strict=True) if g is None or g.level != "country"]
    if any(place_similarity(x, y) == 1.0 for x in named for y in b.places):
        return False
    theirs = [b.geo_of(j) for j in range(len(b.places))]
    if (
        len(named) < len(a.places)
        and any(g is None or g.level not in _BROAD for g in theirs)
        and any(place_similarity(x, y) == 1.0 for x in a.places for y in b.places)
    ):
        return False
    # the narrowest of them: a town the report places in Lahj province, Yemen, may lie in
    # Lahj, not anywhere in Yemen
    narrow = [w for w in wide if not any(o is not w and o.within(w) for o in wide)]
    return all(g is not None and any(g.within(w) for w in narrow) for g in theirs)


def _unknown_beside_broad(a: EventProfile, b: EventProfile) -> bool:
    """
    True when *a* names only places the gazetteer does not know, and *b* only wide ones.

    "The American base at the Conoco field" against "the base in Deir ez-Zor province,
    Syria": the field may lie in the province or not; the gazetteer cannot tell (the
    place matcher asks this of reports naming one kind of facility struck only).

    >>> syria = Place("SY", "Syria", "country", "SY")
    >>> a = EventProfile(key="a", document="a", places=("conoco",), geo=(None,))
    >>> b = EventProfile(key="b", document="b", places=("syria",), geo=(syria,))
    >>> _unknown_beside_broad(a, b), _unknown_beside_broad(b, a)
    (True, False)
    """
    if any(g is not None for g in a.geo) or not b.geo or len(b.geo) < len(b.places):
        return False
    return all(g is not None and g.level in _BROAD for g in b.geo)


def _apart(a: Place | None, b: Place | None, km: float) -> bool:
    """
    True when two known places cannot be one disaster's region: other countries, or *km* apart.

    An unknown place (None) is apart from nothing it could be near: True, so that
    the known places decide.

    >>> _apart(Place("AF", "Afghanistan", "country", "AF"), Place("9", "Van", "city", "TR"), 500.0)
    True
    """
    if a is None or b is None:
        return True
    if a.country != b.country:
        return True
    distance = a.distance_km(b)
    return distance is not None and distance > km


def _countrywide(a: EventProfile, b: EventProfile) -> bool:
    """
    True when one country named by both reports may place one disaster for them.

    For a disaster one per country and week (``COUNTRYWIDE_KINDS``), told by one side
    only by its country ("this week's earthquake in eastern Turkey"): a report naming
    towns on both sides is placed by its towns.
    """
    if not a.kinds & b.kinds & COUNTRYWIDE_KINDS:
        return False
    return _only_country(a) or _only_country(b)


def _only_country(profile: EventProfile) -> bool:
    """True when every place of *profile* the gazetteer knows is a country."""
    known = [g for g in profile.geo if g is not None]
    return bool(known) and all(g.level == "country" for g in known)


def _regional_similarity(
    a: Place | None, b: Place | None, km: float, *, country: bool = False
) -> float:
    """
    How well two gazetteer entries fit one disaster's region, 0.0-1.0.

    >>> malatya = Place("1", "Malatya", "city", "TR", "44", 38.35, 38.32)
    >>> adiyaman = Place("2", "Adiyaman", "city", "TR", "02", 37.76, 38.28)
    >>> _regional_similarity(malatya, adiyaman, 150.0)
    0.8
    >>> _regional_similarity(malatya, Place("TR.44", "Malatya", "admin1", "TR", "44"), 150.0)
    0.9
    >>> _regional_similarity(malatya, Place("TR", "Turkey", "country", "TR"), 150.0)
    0.0

    A country is no region: two wildfires "in Spain" may burn 600 km apart.

    >>> spain = Place("ES", "Spain", "country", "ES")
    >>> _regional_similarity(spain, spain, 150.0)
    0.0

    Unless *country* says the kind of disaster is one per country (an earthquake): then
    one country named by both is its region.

    >>> _regional_similarity(spain, spain, 150.0, country=True)
    1.0

    and a place in that country agrees as a place in one region does.

    >>> _regional_similarity(spain, Place("3", "Malaga", "city", "ES", "51"), 150.0, country=True)
    0.9
    """
    if a is None or b is None:
        return 0.0
    if a.path == b.path and (country or a.level != "country"):
        return 1.0
    if "country" in {a.level, b.level}:
        # "last weekend's quake in Afghanistan" and one near Herat: the country's one quake
        return 0.9 if country and (a.within(b) or b.within(a)) else 0.0
    if "country" not in {a.level, b.level} and a.country == b.country and a.admin1 == b.admin1:
        return 0.9
    if a.within(b) or b.within(a):
        return 0.9  # a town of the Kurdistan Region, an area of several first-level regions
    distance = a.distance_km(b)  # cities, and regions by the centre of their cities
    return 0.8 if distance is not None and distance <= km else 0.0


def _shore_facing(p: EventProfile, i: int, other: Place | None) -> Place | None:
    """
    ``p.geo_of(i)``, or the shore of its sea or lake in *other*'s country when *p* chose none.

    A sea several countries share ("the Red Sea", "the Gulf of Aden") is read on the
    shore of the country the report names (``claimrec.link.profile``); a report that
    names nothing but the sea ("a missile hit a tanker in the Red Sea") chose no shore,
    so it may be the shore of any country, the other report's among them ("50 nautical
    miles southwest of Hodeidah").

    >>> g = default_gazetteer()
    >>> sea = EventProfile(key="a", document="a", places=("red sea",), geo=(g.resolve("Red Sea"),))
    >>> hodeidah = g.resolve("Hodeidah")
    >>> _shore_facing(sea, 0, hodeidah).country
    'YE'
    >>> town = evolve(sea, places=("red sea", "jeddah"), geo=(*sea.geo, g.resolve("Jeddah")))
    >>> _shore_facing(town, 0, hodeidah).country
    'SA'
    """
    place = p.geo_of(i)
    if (
        place is None
        or other is None
        or other.country == place.country
        or not is_landscape(place)
        or not all(g is None or is_landscape(g) for g in p.geo)
    ):
        return place
    shores = (s for s in default_gazetteer().lookup(p.places[i]) if is_landscape(s))
    return next((s for s in shores if s.country == other.country), place)


def _geo_match(a: Place | None, b: Place | None, near_km: float) -> tuple[float, int]:
    """
    ``_geo_similarity`` of *a* and *b*, and which lies inside the other: 1 *a*, -1 *b*, else 0.

    >>> city = Place("1", "Varanasi", "city", "IN", "36", 25.3, 83.0)
    >>> _geo_match(city, Place("IN.36", "Uttar Pradesh", "admin1", "IN", "36"), 10.0)
    (0.6, 1)
    """
    ratio = _geo_similarity(a, b, near_km)
    if ratio == 0.0 or a is None or b is None or a.path == b.path or a.level == b.level:
        return ratio, 0
    return ratio, 1 if a.within(b) else -1


def _geo_similarity(a: Place | None, b: Place | None, near_km: float) -> float:
    """
    How compatible two gazetteer entries are as the place of one event, 0.0-1.0.

    >>> city = Place("1", "Varanasi", "city", "IN", "36", 25.3, 83.0)
    >>> _geo_similarity(city, Place("IN.36", "Uttar Pradesh", "admin1", "IN", "36"), 10.0)
    0.6
    >>> _geo_similarity(city, Place("2", "Lucknow", "city", "IN", "36", 26.8, 80.9), 10.0)
    0.0
    """
    if a is None or b is None:
        return 0.0
    if a.path == b.path:
        return 1.0
    if a.level == b.level == "city" and not (a.within(b) or b.within(a)):
        km = a.distance_km(b)
        if km is None or km > near_km:
            return 0.0
        return 1.0 if place_key(a.name) == place_key(b.name) else 0.5  # one city twice; neighbours
    if a.within(b):
        outer = b
    elif b.within(a):
        outer = a
    else:
        return 0.0
    return (
        0.3 if outer.level == "country" else 0.6
    )  # a spot in its district as a town in its region


@frozen
class DateMatcher:
    """
    Date compatibility that respects how precise each side's date is.

    Two days: same day 1.0, within ``slack_days`` ``slack`` (0.4: night events straddle
    midnight), further apart 0.0 (veto: two attacks on one base on different
    days are two events, whatever else agrees); two days of a lasting kind both
    report (``LASTING_KINDS``: a flood, a storm) within ``lasting_days`` score
    ``lasting``. A day against a
    weekday-only mention: 0.8 when the weekday agrees, else 0.0 (veto). A day
    against a publication date: the event must not follow the publication (beyond
    one day) nor precede it by more than ``stale_days`` (a report that dates
    nothing is about something recent) and scores ``0.9 * (1 - lag / horizon_days)``; two publication dates
    score by their distance on the same scale (floor 0.05), and more than ``stale_days``
    apart 0.0 (veto: an anniversary piece and the first report, a year apart). A weekday-only mention
    of a dated report (an event it recalls, "last Friday's siege") names a day of
    the week before its publication: another side's day outside it is 0.0 (veto). A month or a week
    ("last month's air strike", "last week's bombing") against a day: 0.8 when the
    day falls in it, else 0.0 (veto). A follow-up that dates only a later
    development (precision ``before``: the event happened on or before its date)
    against a day: 0.0 (veto) when the day is more than ``slack_days`` later or more
    than ``follow_up_days`` earlier, ``slack`` when it is up to ``slack_days`` later,
    else ``follow_up`` falling with the lag (floor 0.1): follow-ups come
    days or weeks later, rarely months. Two follow-ups, or a follow-up and a publication date,
    score like two publication dates. Unknown on either side: None (neutral).

    >>> from datetime import date
    >>> mon = EventProfile(key="a", document="a", date=date(2023, 11, 20), precision="day", weekday=0)
    >>> sat = EventProfile(key="b", document="b", precision="weekday", weekday=5)
    >>> DateMatcher()(mon, sat)
    0.0
    >>> later = EventProfile(key="c", document="c", date=date(2023, 11, 23), precision="before")
    >>> DateMatcher()(mon, later)
    0.7467
    """

    slack_days: int = 1
    slack: float = 0.4
    horizon_days: int = 30
    follow_up: float = 0.8
    follow_up_days: int = 45
    stale_days: int = 120
    lasting_kinds: frozenset[str] = LASTING_KINDS
    lasting_days: int = 3
    lasting: float = 0.6
    weight: float = 0.2
    veto: bool = True
    positive: bool = False
    name: str = "date"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        pa, pb = a.precision, b.precision
        if pa is None or pb is None:
            return None
        if pa == "weekday" or pb == "weekday":
            return self._weekday(a, b)
        da, db = a.date, b.date
        if da is None or db is None:
            return None
        if pa == pb == "day":
            gap = abs((da - db).days)
            if gap == 0:
                return 1.0
            if gap <= self.slack_days:
                return max(self.slack, self._lasts(a, b, gap))
            return self._lasts(a, b, gap)
        if pb in _SPANS or (pb == "before" and pa != "before"):
            da, db, pa, pb = db, da, pb, pa
        if pa in _SPANS:
            return self._span(da, pa, db, pb)
        if pa == "before":
            return self._before(da, db, pb)
        if pa == "day" or pb == "day":
            day, pub = (da, db) if pa == "day" else (db, da)
            lag = (pub - day).days
            if lag < -1 or lag > self.stale_days:
                return 0.0
            return self._decay(max(lag, 0))
        return self._loose(abs((da - db).days))

    def _lasts(self, a: EventProfile, b: EventProfile, gap: int) -> float:
        """
        ``lasting`` for two days of one lasting disaster (a flood) ``lasting_days`` apart, else 0.0.

        Both reports tell one kind, and one of them names it lasting: a report of "the
        fire" two days into what another calls a wildfire is on the same disaster.
        """
        if (
            gap <= self.lasting_days
            and a.kinds & b.kinds
            and (a.kinds | b.kinds) & self.lasting_kinds
        ):
            return self.lasting
        return 0.0

    def _weekday(self, a: EventProfile, b: EventProfile) -> float | None:
        """A weekday-only side against anything."""
        pa, pb = a.precision, b.precision
        if a.weekday is None or b.weekday is None:
            return None
        if pa != pb and {pa, pb} & _UNDATED_DAY:
            day, other = (a, b) if pa == "weekday" else (b, a)
            resolved = _last_weekday(day)
            if resolved is not None:  # the day it names, against a side whose weekday is no event's
                return self(evolve(day, date=resolved, precision="day"), other)
        if a.weekday != b.weekday or not self._same_week(a, b) or not self._same_week(b, a):
            return 0.0
        return 0.8 if pa != pb else 0.7

    def _same_week(self, a: EventProfile, b: EventProfile) -> bool:
        """
        Whether *b*'s day can be the weekday *a* names.

        True unless *a* is a weekday-only mention of a dated report and *b*'s day
        falls outside the week before that report (news names the last such day).
        """
        if a.precision != "weekday" or a.published is None or b.date is None:
            return True
        return -self.slack_days <= (a.published - b.date).days <= 7 + self.slack_days

    def _span(self, date: dt.date, precision: str, other: dt.date, other_precision: str) -> float:
        """A month or week against anything dated."""
        first, last = span_days(date, precision)
        if other_precision in _SPANS:
            o_first, o_last = span_days(other, other_precision)
            return 0.7 if first <= o_last and o_first <= last else 0.0
        if other_precision == "day":
            return 0.8 if first <= other <= last else 0.0
        if other_precision == "before":
            return 0.5 if first <= other + dt.timedelta(days=1) else 0.0
        # a publication date: the event precedes it, by less than the horizon
        fits = first <= other + dt.timedelta(days=1) and (other - last).days <= self.horizon_days
        return 0.6 if fits else 0.05

    def _before(self, date: dt.date, other: dt.date, other_precision: str) -> float:
        """A follow-up (the event on or before *date*) against a day, a publication or a follow-up."""
        lag = (date - other).days
        if other_precision == "day":
            if lag < -self.slack_days or lag > self.follow_up_days:
                return 0.0
            if lag < 0:
                return self.slack  # the day after the bound: only as two days a night apart
            return round(max(0.1, self.follow_up * (1.0 - lag / self.follow_up_days)), 4)
        return self._loose(abs(lag))

    def _loose(self, days: int) -> float:
        """
        Two loose dates (publications, follow-ups' bounds) *days* apart.

        Each tells an event shortly before it, so two more than ``stale_days`` apart
        are two events (0.0, veto: an anniversary piece a year on); else ``_decay``.
        """
        return 0.0 if days > self.stale_days else self._decay(days)

    def _decay(self, days: int) -> float:
        if days <= 1:
            return 0.9
        return max(0.05, 0.9 * (1.0 - days / self.horizon_days))


#: Precisions whose weekday is not the event's: a publication date, a follow-up's bound.
_UNDATED_DAY: Final = frozenset({"published", "before", "month", "week"})


def _last_weekday(p: EventProfile) -> dt.date | None:
    """
    The last day on or before *p*'s publication that falls on its weekday, None without both.

    >>> p = EventProfile(key="a", document="a", precision="weekday", weekday=4,
    ...                  published=dt.date(2024, 6, 13))
    >>> _last_weekday(p)
    datetime.date(2024, 6, 7)
    """
    if p.weekday is None or p.published is None:
        return None
    return p.published - dt.timedelta(days=(p.published.weekday() - p.weekday) % 7)


#: Precisions that name a span of days: a calendar month, a week around a date.
_SPANS: Final = frozenset({"month", "week"})


@frozen
class KindMatcher:
    """
    Jaccard agreement of event kinds ("rocket", "missile", "shooting", ...); None when unknown.

    A generic kind (``GENERIC_KINDS``: "strikes") is left out: it tells no weapon.

    >>> a = EventProfile(key="a", document="a", kinds=frozenset({"rocket"}))
    >>> KindMatcher()(a, EventProfile(key="b", document="b", kinds=frozenset({"missile"})))
    0.0
    >>> KindMatcher()(a, EventProfile(key="b", document="b", kinds=frozenset({"strike"}))) is None
    True
    """

    weight: float = 0.1
    veto: bool = False
    positive: bool = False
    name: str = "kind"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        kinds_a, kinds_b = a.kinds - GENERIC_KINDS, b.kinds - GENERIC_KINDS
        if not kinds_a or not kinds_b:
            return None
        return len(kinds_a & kinds_b) / len(kinds_a | kinds_b)


@frozen
class AirGroundMatcher:
    """
    A strike from the air against an attack from the ground: 0.0, weighing against; else None.

    "Rockets slammed into Idlib on Monday" and "warplanes carried out airstrikes on
    Idlib on Monday" are most likely two events; "attack", "strike" and "bombing" of
    one target are not told apart (only the kind matcher weighs them). It is no veto:
    the parties to a disputed blast blame it on different weapons ("an air strike",
    says the ministry; "a misfired rocket", says the army), so the rest of the evidence
    may still join them, and two reports naming one kind of target struck (both a
    hospital) are no clash at all: one target, its weapon disputed. A side telling
    both (rocket fire and the air raids that answered it) is no clash either.

    The same holds of an accident against a weapon (``ACCIDENT_KINDS``,
    ``WEAPON_KINDS``): "a gas explosion tore through a block of flats" and "a missile
    struck a factory" in one city on one day are two events, unless both name one
    target (its cause disputed). A bomb is in neither (a blast is often called a bomb
    before a gas leak is found, and the other way), unless both reports name the kind
    of target struck and they differ: "a bomb exploded at a market" and "a blast at a
    chemical plant" in one city on one day are two events.

    >>> air = EventProfile(key="a", document="a", kinds=frozenset({"airstrike"}))
    >>> rockets = EventProfile(key="b", document="b", kinds=frozenset({"rocket"}))
    >>> AirGroundMatcher()(air, rockets), AirGroundMatcher()(rockets, air)
    (0.0, 0.0)
    >>> bombing = EventProfile(key="c", document="c", kinds=frozenset({"bombing", "strike"}))
    >>> AirGroundMatcher()(air, bombing) is None
    True
    >>> hospital = frozenset({"hospital"})
    >>> AirGroundMatcher()(evolve(air, sites=hospital), evolve(rockets, sites=hospital)) is None
    True
    >>> gas = EventProfile(key="g", document="g", kinds=frozenset({"gas explosion"}))
    >>> AirGroundMatcher()(gas, evolve(air, kinds=frozenset({"missile"})))
    0.0
    >>> bomb = EventProfile(key="m", document="m", kinds=frozenset({"bombing"}))
    >>> AirGroundMatcher()(gas, bomb) is None
    True
    >>> AirGroundMatcher()(evolve(gas, sites=frozenset({"factory"})),
    ...                    evolve(bomb, sites=frozenset({"market"})))
    0.0
    """

    air: frozenset[str] = AIR_KINDS
    ground: frozenset[str] = GROUND_KINDS
    accident: frozenset[str] = ACCIDENT_KINDS
    weapon: frozenset[str] = WEAPON_KINDS
    weight: float = 0.15
    veto: bool = False
    positive: bool = False
    name: str = "air/ground"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if a.sites & b.sites:
            return None  # one target, its weapon disputed
        if self._only(a, self.air, self.ground) and self._only(b, self.ground, self.air):
            return 0.0
        if self._only(a, self.ground, self.air) and self._only(b, self.air, self.ground):
            return 0.0
        if self._only(a, self.accident, self.weapon) and self._only(b, self.weapon, self.accident):
            return 0.0
        if self._only(a, self.weapon, self.accident) and self._only(b, self.accident, self.weapon):
            return 0.0
        if a.sites and b.sites and (self._bomb_beside(a, b) or self._bomb_beside(b, a)):
            return 0.0  # a bomb at a market, an accident at a factory: two named targets
        return None

    def _bomb_beside(self, a: EventProfile, b: EventProfile) -> bool:
        """True when *a* tells only a bombing and *b* only an accident."""
        return a.kinds - GENERIC_KINDS == {"bombing"} and self._only(b, self.accident, self.weapon)

    @staticmethod
    def _only(p: EventProfile, told: frozenset[str], other: frozenset[str]) -> bool:
        return bool(p.kinds & told) and not p.kinds & other


@frozen
class ActorMatcher:
    """
    Whether the actors claiming or blamed overlap (fuzzy); None when either side names none.

    >>> a = EventProfile(key="a", document="a", actors=frozenset({"islamic resistance in iraq"}))
    >>> b = EventProfile(key="b", document="b", actors=frozenset({"the islamic resistance in iraq"}))
    >>> ActorMatcher()(a, b)
    1.0
    """

    cutoff: float = 0.8
    weight: float = 0.05
    veto: bool = False
    positive: bool = False
    name: str = "actors"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if not a.actors or not b.actors:
            return None
        best = max(fuzz.token_set_ratio(x, y) / 100 for x in a.actors for y in b.actors)
        return best if best >= self.cutoff else 0.0


@frozen
class CountMatcher:
    """
    Whether the counts both sides report for one measure agree.

    Equal figures score 1.0, overlapping intervals 0.8. Disjoint figures ("four
    killed" against "at least six killed") are only a weak signal, ``disagree``
    (0.3): early tallies are revised and sources disagree, and that disagreement
    is what the resolver exists to show, so with the weight of 0.1 it cannot
    split reports that agree on place, day and kind; it still tells apart two
    shootings in one city whose places differ. A higher figure in a report that
    looks back (it dates the event before its publication, or only a later
    development) published up to ``rising_days`` after a lower one says nothing
    either way: tolls rise as the dead are counted ("nine killed" on Wednesday, "14
    killed since Wednesday" on Friday), so that measure is left out.
    The score is the mean over the measures both sides report; None when they share
    none or every shared measure only rose.

    >>> a = EventProfile(key="a", document="a", counts=(("injured", 7, 7),))
    >>> b = EventProfile(key="b", document="b", counts=(("injured", 3, 9),))
    >>> CountMatcher()(a, b)
    0.8
    >>> CountMatcher()(a, EventProfile(key="c", document="c", counts=(("injured", 12, 12),)))
    0.3
    >>> early = EventProfile(key="d", document="d", counts=(("killed", 9, 9),), published=dt.date(2025, 3, 5))
    >>> late = EventProfile(key="e", document="e", counts=(("killed", 14, 14),), published=dt.date(2025, 3, 7),
    ...                     date=dt.date(2025, 3, 7), precision="before")
    >>> CountMatcher()(early, late) is None, CountMatcher()(late, early) is None
    (True, True)
    """

    disagree: float = 0.3
    rising_days: int = 14
    weight: float = 0.1
    veto: bool = False
    positive: bool = False
    name: str = "counts"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if not a.counts or not b.counts:
            return None
        rose: tuple[bool, bool] | None = None  # (b later, a later): read at the first disjoint pair
        scores: list[float] = []
        for measure, low, high in a.counts:
            best: float | None = None
            for m2, low2, high2 in b.counts:
                if m2 != measure:
                    continue
                if low == low2 and high == high2:
                    s = 1.0
                elif (high < 0 or low2 <= high) and (high2 < 0 or low <= high2):
                    s = 0.8
                elif (
                    (rose := rose or (self._rose_in(a, b), self._rose_in(b, a)))[0]
                    and 0 <= high < low2
                ) or (rose[1] and 0 <= high2 < low):
                    continue  # the toll rose: no evidence either way
                else:
                    s = self.disagree
                if best is None or s > best:  # the first best, as max() keeps it
                    best = s
            if best is not None:
                scores.append(best)
        return sum(scores) / len(scores) if scores else None

    def _rose_in(self, early: EventProfile, late: EventProfile) -> bool:
        """Whether *late* looks back on the event up to ``rising_days`` after *early*."""
        if early.published is None or late.published is None:
            return False
        return 0 < (late.published - early.published).days <= self.rising_days and _looks_back(late)


def _looks_back(p: EventProfile) -> bool:
    """True for a report of an event before its publication: a follow-up, an update."""
    if p.precision == "before":
        return True
    return p.date is not None and p.published is not None and p.date < p.published


@frozen
class ContextMatcher:
    """
    Shared rare words of the two headlines and leads, IDF-weighted.

    The score is the IDF mass the sides share divided by ``saturation`` (capped
    at 1.0): a couple of rare shared words (a street, a victim's surname, a
    venue) are strong evidence, common words are none. None when either side
    has no terms. The shared mass is summed exactly (``math.fsum``), so the score
    does not depend on the order the shared words are met in.

    >>> a = EventProfile(key="a", document="a", terms={"benchwarmer": 5.0, "police": 0.5})
    >>> b = EventProfile(key="b", document="b", terms={"benchwarmer": 5.0, "shooting": 0.4})
    >>> ContextMatcher()(a, b)
    0.5
    """

    saturation: float = 10.0
    weight: float = 0.35
    veto: bool = False
    positive: bool = True
    name: str = "context"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if not a.terms or not b.terms:
            return None
        at, bt = a.terms, b.terms
        words = at.keys() & bt.keys()
        if not words:
            return 0.0  # what the sum of no shared word gives
        # fsum is exact, so the score does not follow the set's (hash-seeded) order
        shared = math.fsum(map(min, map(at.__getitem__, words), map(bt.__getitem__, words)))
        return round(min(1.0, shared / self.saturation), 4)


@frozen
class StreetMatcher:
    """
    The block-level streets of the two reports: one shared is 1.0, none shared 0.0.

    Local crime reports place a shooting on a block ("the 2700 block of West
    Lexington"); two reports that each name a block and share no street are about
    two incidents however much city, neighbourhood and wording they share. None
    when either side names no block.

    >>> a = EventProfile(key="a", document="a", streets=frozenset({"lexington"}))
    >>> b = EventProfile(key="b", document="b", streets=frozenset({"maypole"}))
    >>> StreetMatcher()(a, b), StreetMatcher()(a, a)
    (0.0, 1.0)
    >>> StreetMatcher()(a, EventProfile(key="c", document="c")) is None
    True
    """

    weight: float = 0.6
    veto: bool = False
    positive: bool = True
    name: str = "street"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if not a.streets or not b.streets:
            return None
        return 1.0 if a.streets & b.streets else 0.0


@frozen
class RareKindMatcher:
    """
    A rare kind of disaster both reports tell, when one of them names no place: 1.0.

    "The earthquake, which killed at least 64 people" in a report that names no
    place can only be matched by what happened and when: two reports of an
    earthquake within days are one earthquake unless their places differ, and a
    report without a place cannot differ. This is positive evidence (a pair needs
    some), weighed lightly; the date matcher still vetoes other days. None when
    both name places, or either tells no rare kind (``RARE_KINDS``): shootings and
    strikes are too many for their kind to tell reports apart.

    >>> quake = frozenset({"earthquake"})
    >>> a = EventProfile(key="a", document="a", kinds=quake, places=("kestra",))
    >>> b = EventProfile(key="b", document="b", kinds=quake)
    >>> RareKindMatcher()(a, b)
    1.0
    >>> RareKindMatcher()(a, EventProfile(key="c", document="c", kinds=quake, places=("elm",))) is None
    True
    """

    weight: float = 0.1
    veto: bool = False
    positive: bool = True
    name: str = "rare kind"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        shared = a.kinds & b.kinds & RARE_KINDS
        if shared and (_country_only(a, b) or _country_only(b, a)):
            return (
                1.0  # "Greece declared a state of emergency after the floods": no place of its own
            )
        return _where_one_is_unplaced(a, b, shared)


@frozen
class SiteMatcher:
    """
    The kind of facility both reports say was struck, when one of them names no place: 1.0.

    "A European intelligence assessment said the explosion at the hospital on
    Tuesday killed no more than 50 people" names no town, but it names what was hit:
    a hospital, the day and the kind of event agree with the reports of the Al-Nour
    hospital blast. Disputed tolls are written that way, so this is positive
    evidence, weighed like shared context. A report that names only a country or a
    region ("a US outpost in Jordan near the Syrian border") counts as naming no
    place against a report of a place in it, and so does a report naming a town the
    gazetteer does not know in a country or region holding the other's places ("the
    town of Ariha in northwest Syria" against "Idlib"). None when both reports name places, or
    either names no facility, or they name different ones.

    >>> a = EventProfile(key="a", document="a", places=("nour hospital",), sites=frozenset({"hospital"}))
    >>> b = EventProfile(key="b", document="b", sites=frozenset({"hospital"}))
    >>> SiteMatcher()(a, b)
    1.0
    >>> SiteMatcher()(a, EventProfile(key="c", document="c", sites=frozenset({"market"}))) is None
    True
    """

    weight: float = 0.35
    veto: bool = False
    positive: bool = True
    name: str = "site"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        shared = a.sites & b.sites
        if shared and (
            _broad_only(a, b) or _broad_only(b, a) or _may_lie_within(a, b) or _may_lie_within(b, a)
        ):
            return 1.0
        return _where_one_is_unplaced(a, b, shared)


#: Disasters and accidents whose toll is followed up in reports that name neither the
#: kind nor the day ("the number of dead in Derna rose to 112"): a place hit by one of
#: them has seldom another within days. Shootings and strikes are too many.
TOLLED_KINDS: Final = RARE_KINDS | ACCIDENT_KINDS | frozenset({"fire", "wildfire", "avalanche"})


@frozen
class ApartMatcher:
    """
    Negative evidence: the two reports place their events in towns far apart (0.0).

    Two car bombs at police stations on one day in two cities of one country share
    every word but the towns': in a large corpus those words are rare enough to
    saturate the context matcher, and context alone would outweigh the place matcher's
    0.0. This matcher weighs the places once more when they say "elsewhere": 0.0 when
    each side names a place below its country (a town, a district, a province), no
    place key is shared, and every such place of one side lies far from every place of
    the other (beyond ``far_km`` when both are located, in another first-level region
    or country when not; neither within the other). None otherwise: a side that names
    only its country, a lake or a sea (``is_landscape``), a disaster that strikes a
    region (``REGIONAL_KINDS``: the quake's epicentre and the city it shook), or a
    place the gazetteer does not know. It is never positive evidence and never a veto:
    a report that names only where the wounded were flown is outweighed by the rest.

    >>> mazar = Place("1", "Mazar-i-Sharif", "city", "AF", "30", 36.7, 67.1)
    >>> lashkar = Place("2", "Lashkar Gah", "city", "AF", "10", 31.6, 64.4)
    >>> a = EventProfile(key="a", document="a", places=("mazar i sharif",), geo=(mazar,))
    >>> b = EventProfile(key="b", document="b", places=("lashkar gah",), geo=(lashkar,))
    >>> ApartMatcher()(a, b)
    0.0
    >>> ApartMatcher()(a, a) is None
    True
    """

    far_km: float = 100.0
    regional_kinds: frozenset[str] = REGIONAL_KINDS
    weight: float = 0.25
    veto: bool = False
    positive: bool = False
    name: str = "apart"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if (a.kinds | b.kinds) & self.regional_kinds or set(a.places) & set(b.places):
            return None
        here, there = _below_country(a), _below_country(b)
        if not here or not there:
            return None
        for x in here:
            for y in there:
                if not _far_apart(x, y, self.far_km):
                    return None
        return 0.0


def _below_country(p: EventProfile) -> list[Place]:
    """
    The places of *p* below its country, when the gazetteer places each surely; else [].

    Countries, lakes and seas are left out. A side with a name the gazetteer lacks (a
    surname read as a place, a hospital) or bears in several regions ("Lakewood": a
    Chicago neighbourhood read as a town of another state) is not sure where it is.
    """
    found = []
    for key, g in zip(p.places, p.geo, strict=False):
        if g is not None and (g.level == "country" or is_landscape(g)):
            continue
        if g is None or not _one_place(key):
            return []
        found.append(g)
    return found


@functools.lru_cache(maxsize=4096)
def _one_place(key: str) -> bool:
    """
    True when every gazetteer entry *key* may mean lies in one first-level region.

    >>> _one_place("lashkar gah"), _one_place("lakewod")
    (True, False)
    """
    entries = default_gazetteer().lookup(key)
    return len({(g.country, g.admin1) for g in entries}) == 1


def _far_apart(x: Place, y: Place, far_km: float) -> bool:
    """
    True when *x* and *y* cannot be the place of one event: far apart, neither within the other.

    >>> pylos = Place("GR.25.p", "Pylos", "city", "GR", "25")
    >>> _far_apart(pylos, Place("GR.41.l", "Lesbos", "city", "GR", "41"), 100.0)
    True
    >>> _far_apart(pylos, Place("GR.25", "Messenia", "admin1", "GR", "25"), 100.0)
    False
    """
    if x.within(y) or y.within(x):
        return False
    km = x.distance_km(y)
    if km is not None:
        return km > far_km
    return x.country != y.country or x.admin1 != y.admin1


@frozen
class FollowUpMatcher:
    """
    A toll follow-up with no kind of its own, in the place of a disaster days before: 1.0.

    "The number of dead in Hatay rose to 112, the disaster agency said on Wednesday"
    names no kind and dates only the new toll (precision ``before``, or only its
    publication); a report of an earthquake in Hatay two days before it is the event
    it follows up, when they share a place, the disaster (``TOLLED_KINDS``) falls
    within ``days`` before the follow-up's date, and the follow-up's toll is not below
    the disaster's (tolls rise). Positive evidence, weighed as a shared site; None
    otherwise (most pairs: both tell a kind).

    >>> from datetime import date
    >>> quake = EventProfile(key="a", document="a", places=("hatay",), date=date(2029, 2, 5),
    ...                      precision="day", kinds=frozenset({"earthquake"}),
    ...                      counts=(("killed", 45, 45),))
    >>> toll = EventProfile(key="b", document="b", places=("hatay",), date=date(2029, 2, 7),
    ...                     precision="before", counts=(("killed", 112, 112),))
    >>> FollowUpMatcher()(quake, toll), FollowUpMatcher()(toll, quake)
    (1.0, 1.0)
    >>> FollowUpMatcher()(quake, evolve(toll, counts=(("killed", 12, 12),))) is None
    True
    """

    days: int = 10
    kinds: frozenset[str] = TOLLED_KINDS
    weight: float = 0.35
    veto: bool = False
    positive: bool = True
    name: str = "follow-up"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        told_a = bool(a.kinds) and not a.kinds <= GENERIC_KINDS  # no set built: most pairs
        if told_a and b.kinds and not b.kinds <= GENERIC_KINDS:
            return None
        event, toll = (a, b) if told_a else (b, a)
        if not event.kinds & self.kinds or toll.precision not in {"before", "published"}:
            return None
        if event.precision != "day" or event.date is None or toll.date is None:
            return None
        if not 0 <= (toll.date - event.date).days <= self.days:
            return None
        if not set(event.places) & set(toll.places):
            return None
        return 1.0 if _toll_not_below(toll.counts, event.counts) else None


def _toll_not_below(
    toll: Sequence[tuple[str, int, int]], event: Sequence[tuple[str, int, int]]
) -> bool:
    """
    True when *toll* tells the dead, no fewer than *event* tells (a toll rises).

    >>> _toll_not_below([("killed", 112, 112)], [("killed", 45, 45)])
    True
    >>> _toll_not_below([("killed", 12, 12)], [("killed", 45, 45)])
    False
    """
    dead = [high for measure, _, high in toll if measure == "killed"]
    if not dead:
        return False
    most = max(float("inf") if high < 0 else high for high in dead)
    return all(most >= low for measure, low, _ in event if measure == "killed")


def _country_only(a: EventProfile, b: EventProfile) -> bool:
    """
    True when *a* names only countries, one of which holds a place of *b*, which names more.

    >>> greece = Place("GR", "Greece", "country", "GR")
    >>> thessaly = Place("GR.14", "Thessaly", "admin1", "GR", "14")
    >>> a = EventProfile(key="a", document="a", places=("grece",), geo=(greece,))
    >>> b = EventProfile(key="b", document="b", places=("thesaly",), geo=(thessaly,))
    >>> _country_only(a, b), _country_only(b, a), _country_only(a, a)
    (True, False, False)
    """
    return (
        _only_country(a)
        and len(a.geo) == len(a.places)
        and not _only_country(b)
        and _broad_only(a, b)
    )


def _broad_only(a: EventProfile, b: EventProfile) -> bool:
    """
    True when *a* names only countries or regions, one of which holds or lies in a place of *b*.

    "A US outpost in Jordan" places a base no better than a report naming no place,
    but only among the reports of that country, and only in the part of it a compass
    word names: "a police station in southern Afghanistan" says nothing for or against
    one in Helmand, but it is not one in Kunduz, in the north, nor one in "northern
    Afghanistan".
    """
    if not a.places or len(a.geo) < len(a.places) or not b.geo:
        return False
    if any(g is None or g.level not in _BROAD for g in a.geo[: len(a.places)]):
        return False
    return any(
        (other := b.geo_of(j)) is not None
        and (other.within(g) or g.within(other))
        and _compass_holds(a, b, i, j) is not False
        and not _compass_apart(a, b, i, j)
        for i, g in enumerate(a.geo[: len(a.places)])
        if g is not None
        for j in range(len(b.places))
    )


@frozen
class RegionMatcher:
    """
    A disaster that strikes a region, told by both reports in one region: 1.0.

    An earthquake is named by its epicentre's province in one report and by its
    worst-hit city in the next; floods are reported town by town. Two reports of
    such a disaster (``REGIONAL_KINDS``) whose places lie in one first-level region
    or within ``regional_km`` of each other are one disaster unless their dates say
    otherwise (the date matcher still vetoes). Positive evidence, weighed like a
    shared site; 0.0 when every place one side resolves lies more than ``far_km``
    from every place the other resolves, or in another country (an earthquake in
    western Afghanistan and one in eastern Turkey on the same day share their words).
    None when the kinds differ, either side names no place the gazetteer knows, or
    neither holds: other matchers decide.

    >>> quake = frozenset({"earthquake"})
    >>> epicentre = Place("TR.44", "Malatya", "admin1", "TR", "44", 38.4, 38.0)
    >>> city = Place("2", "Adiyaman", "city", "TR", "02", 37.76, 38.28)
    >>> a = EventProfile(key="a", document="a", kinds=quake, places=("malatya",), geo=(epicentre,))
    >>> b = EventProfile(key="b", document="b", kinds=quake, places=("adiyaman",), geo=(city,))
    >>> RegionMatcher()(a, b)
    1.0
    >>> RegionMatcher()(a, evolve(b, kinds=frozenset({"shooting"}))) is None
    True
    """

    kinds: frozenset[str] = REGIONAL_KINDS
    regional_km: float = 150.0
    far_km: float = 500.0
    limit: int = 6
    weight: float = 0.35
    veto: bool = False
    positive: bool = True
    name: str = "region"

    def __call__(self, a: EventProfile, b: EventProfile, /) -> float | None:
        """Score *a* against *b* (see the class docstring)."""
        if not (a.kinds & b.kinds & self.kinds) or not a.geo or not b.geo:
            return None
        far = True
        country = _countrywide(a, b)
        for i in range(min(len(a.places), self.limit)):
            for j in range(min(len(b.places), self.limit)):
                geo_a, geo_b = a.geo_of(i), b.geo_of(j)
                ratio = _regional_similarity(geo_a, geo_b, self.regional_km, country=country)
                if ratio >= 0.8:
                    return 1.0
                far = far and _apart(geo_a, geo_b, self.far_km)
        return 0.0 if far else None


def _where_one_is_unplaced(
    a: EventProfile, b: EventProfile, shared: frozenset[str]
) -> float | None:
    """1.0 when the sides share something and one of them names no town, else None (no evidence)."""
    return 1.0 if shared and not (_towns(a.places) and _towns(b.places)) else None


#: The last word of a place key that names a facility, not a town ("naser hospital").
_FACILITY_WORDS: Final = frozenset(
    {"hospital", "clinic", "school", "mosque", "church", "market", "university", "stadium"}
    # a military site named by its own name, not its town's: "the Tower outpost"
    | {"outpost", "garrison", "barracks", "checkpoint"}
)


@functools.lru_cache(maxsize=1 << 16)
def _names_town(key: str) -> bool:
    """
    True when place key *key* may name a town: it names no facility (``_towns``).

    >>> _names_town("naser hospital"), _names_town("gaza"), _names_town("tower outpost")
    (False, True, False)
    """
    return key.rsplit(" ", 1)[-1] not in _FACILITY_WORDS


def _towns(places: Sequence[str]) -> list[str]:
    """
    The place keys that may name a town: all but facilities' names.

    >>> _towns(["naser hospital", "gaza"])
    ['gaza']
    """
    return [k for k in places if _names_town(k)]


#: The matchers ``match_events`` uses unless told otherwise.
DEFAULT_MATCHERS: Final[tuple[Matcher, ...]] = (
    PlaceMatcher(),
    DateMatcher(),
    KindMatcher(),
    AirGroundMatcher(),
    ActorMatcher(),
    CountMatcher(),
    ContextMatcher(),
    StreetMatcher(),
    RareKindMatcher(),
    SiteMatcher(),
    RegionMatcher(),
    FollowUpMatcher(),
    ApartMatcher(),
)


def idf(df: int, n: int) -> float:
    """
    Inverse document frequency of a word found in *df* of *n* documents.

    >>> round(idf(1, 100), 2)
    4.21
    """
    return math.log((n + 1) / (df + 0.5))
