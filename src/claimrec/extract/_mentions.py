"""
Mentions for stage 2 (:mod:`claimrec.extract`): the one reader of a document's main event.

A document's main event (kind, place, date) is read from its title and lead;
each claim then takes an :class:`~claimrec.model.EventMention`, either of that
main event or of another one its sentence is about ("last week's attack",
"days after the strike", a date far from the main one). Place finding and the
place key of :func:`normalize_place` live here too.

>>> normalize_place("Ain al-Asad") == normalize_place("(Ain) Al-Assad air base")
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final

from attrs import frozen

from claimrec._dates import DateMatch, scan_dates
from claimrec.link.background import common_phrase, title_cased
from claimrec.link.dates import (
    dates_a_statement,
    dates_an_event_noun,
    days_before_aftermath,
    names_earlier_year,
)
from claimrec.link.places import default_gazetteer, place_key
from claimrec.model import Attribution, EventMention

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimrec._text import Sentence

__all__ = ["normalize_place"]


# --------------------------------------------------------------------------- helpers


def _has_any(low: str, keys: tuple[str, ...]) -> bool:
    """Whether any of *keys* occurs in *low* (a cheap literal pre-filter before a regex)."""
    return any(map(low.__contains__, keys))


# --------------------------------------------------------------------------- kinds of event

#: (pattern, kind, literal keys): a pattern is tried only when one of its keys is in the
#: lower-cased sentence (every match holds one), which keeps the many cues cheap.
_KIND_CUES: Final[tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]] = tuple(
    (re.compile(p, re.IGNORECASE), k, keys)
    for p, k, keys in (
        (r"\bballistic\s+missiles?\b", "ballistic missile attack", ("ballistic",)),
        (
            (
                r"\b(?:air\s*strikes?|airstrikes?|aerial\s+(?:assault|strike|bombardment)s?)\b"
                r"|\b(?:warplanes?|(?:fighter\s+)?jets|helicopter\s+gunships?)"
                r"\s+(?:struck|bombed|hit|pounded|attacked)\b"
            ),
            "air strike",
            ("strike", "aerial", "warplane", "jets", "gunship"),
        ),
        (
            r"\bdrones?\s+(?:attack|strike)s?\b|\b(?:attack|kamikaze|suicide|one-way)\s+drones?\b",
            "drone attack",
            ("drone",),
        ),
        (r"\brockets?\b|\bkatyushas?\b", "rocket attack", ("rocket", "katyusha")),
        (r"\bmissiles?\b", "missile attack", ("missile",)),
        (r"\bdrones?\b", "drone attack", ("drone",)),
        (
            (
                r"\bshootings?\b|\bgunfire\b|\bgunman\b|\bgunmen\b|\bshot\b|\bshots\s+fired\b|"
                r"\bgunshots?\b|\bopened\s+fire\b"
            ),
            "shooting",
            ("shoot", "gun", "shot", "fire"),
        ),
        (r"\bstabb(?:ed|ing)\b", "stabbing", ("stabb",)),
        # "water-bombing planes" fight a wildfire
        (
            r"(?<!water-)(?<!water\s)\b(?:bombings?|bombs?|bombers?|explosives?)\b",
            "bombing",
            ("bomb", "explosive"),
        ),
        (r"\bstrikes?\b", "strike", ("strike",)),  # any munition: no weapon told
        (
            r"\b(?:shelling|shelled|artillery|mortars?|bombardments?)\b",
            "shelling",
            ("shell", "artiller", "mortar", "bombard"),
        ),
        # A boat that sank in a storm is a capsizing; a storm is the cause.
        (
            (
                r"\b(?:capsiz(?:ed|es|ing)|sank|sunk(?:en)?|sinking|shipwrecks?"
                r"|overturned\s+(?:boat|ferry))\b"
            ),
            "capsizing",
            ("capsiz", "sank", "sunk", "sinking", "shipwreck", "overturned"),
        ),
        # Armed men fighting each other: "a tribal clash", "clashes between gangs", "a
        # gun battle" (a side that attacks is an attack, above).
        (
            r"\b(?:clash(?:es|ed)?|gun\s*battles?|firefights?|tribal\s+fighting)\b",
            "clash",
            ("clash", "battle", "firefight", "fighting"),
        ),
        (
            r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?)\b",
            "earthquake",
            ("quake", "tremor", "aftershock"),
        ),
        # A named kind of storm is the event its floods and landslides are part of
        # ("floodwaters cut off roads after the cyclone"); a bare "storm" is not.
        (
            r"\b(?:cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?)\b",
            "storm",
            ("cyclone", "hurricane", "typhoon", "tornado"),
        ),
        (r"\b(?:floods?|flooding|floodwaters?|deluge)\b", "flood", ("flood", "deluge")),
        (r"\b(?:landslides?|mudslides?|landslips?)\b", "landslide", ("slide", "slip")),
        (r"\b(?:avalanches?)\b", "avalanche", ("avalanche",)),
        (
            r"\b(?:cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|storms?)\b",
            "storm",
            ("cyclone", "hurricane", "typhoon", "tornado", "storm"),
        ),
        # Rain names a flood only when nothing more specific does ("heavy rains
        # triggered a landslide" is a landslide, "Typhoon X's rains" a storm).
        (
            (
                r"\b(?:downpours?|cloudbursts?)\b"
                r"|\b(?:heavy|torrential|monsoon|seasonal)\s+rain(?:s|fall)?\b"
            ),
            "flood",
            ("downpour", "cloudburst", "rain"),
        ),
        # A blast whose cause is no weapon: "a gas explosion", "a cooking gas cylinder
        # exploded", "a boiler blast", "a fireworks explosion" (a bomb is a bombing, above).
        (
            (
                r"\b(?:gas|cylinders?|boilers?|pipelines?|fireworks?|firecrackers?|chemicals?"
                r"|methane|propane|tankers?)\s+(?:[\w-]+\s+)?"
                r"(?:blasts?|explosions?|exploded|explodes)\b"
            ),
            "gas explosion",
            (
                *("gas", "cylinder", "boiler", "pipeline", "firework", "firecracker"),
                *("chemical", "methane", "propane", "tanker"),
            ),
        ),
        # A blast in a mine that miners work is a mine disaster, not a landmine: "a coal
        # mine blast", "the explosion trapped 20 miners" (anchored: one linear scan).
        (
            (
                r"(?s)^(?=.*\b(?:blasts?|explosions?|exploded)\b)"
                r".*?\b(?:miners|coal\s*mines?|collier(?:y|ies))\b"
            ),
            "gas explosion",
            ("miners", "coal", "collier"),
        ),
        (r"\b(?:blasts?|explosions?|exploded)\b", "explosion", ("blast", "explo")),
        (
            # a fire measured by the land it burned and its containment is a wildfire ("the
            # fire had burned 31,800 acres and was 22% contained")
            (
                r"\b(?:wildfires?|bushfires?|(?:forest|brush|wildland|scrub)\s+fires?)\b"
                r"|\bfires?\b(?=[^.;]{0,60}?\b(?:burned|burnt|scorched|charred|consumed)\s+"
                r"(?:more\s+than\s+|about\s+|nearly\s+|some\s+)?[\d,.]+\s+(?:acres|hectares)\b)"
                r"|\b\d{1,3}\s*(?:%|percent|per\s+cent)\s+contained\b"
            ),
            "wildfire",
            ("fire",),
        ),
        (r"\b(?:blazes?|arson)\b", "fire", ("blaze", "arson")),
        # A fire in a building: "an apartment fire", "a fire broke out in a hotel", "a
        # fire at a factory" (a bare "fire" is also gunfire: "opened fire", "fire on").
        (
            (
                r"\b(?:house|home|apartment|building|factory|hotel|hospital|warehouse|nightclub"
                r"|shop|market|tower|dormitory|school)\s+fires?\b"
                r"|\bfires?\s+(?:broke\s+out|swept|gutted|engulfed|raged|ripped|tore)\b"
                r"|\bfire\s+(?:in|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:apartment|house|home"
                r"|building|factory|hotel|hospital|warehouse|nightclub|shop|market|tower|dormitory"
                r"|school|block)s?\b"
            ),
            "fire",
            ("fire",),
        ),
        # A fire named as what killed: "the fire that killed nine", "a fire killed two", "Fire
        # kills 9" (gunfire is fired by someone: "police fire killed", "returned fire").
        (
            (
                r"(?<!\bpolice\s)(?<!\btroops\s)(?<!\barmy\s)(?<!\bforces\s)(?<!\bsniper\s)"
                r"(?<!\breturned\s)(?<!\bopened\s)(?<!\bheavy\s)(?<!\bgun\s)(?<!\btank\s)"
                # a side's fire is its guns: "Israeli fire", "Russian fire", "enemy fire"
                # (demonyms in -i by name: "Delhi fire kills 9" is a fire)
                r"(?<!\bisraeli\s)(?<!\biraqi\s)(?<!\bpakistani\s)(?<!\bsaudi\s)"
                r"(?<!\byemeni\s)(?<!\bbangladeshi\s)(?<!\bkuwaiti\s)"
                r"(?<!\bsomali\s)(?<!\bqatari\s)(?<!\bemirati\s)(?<!\bomani\s)"
                r"(?<!\bnepali\s)(?<!\bazerbaijani\s)(?<!\bafghani\s)"
                r"(?<!\bbahraini\s)(?<!\bthai\s)"
                r"(?<!ian\s)(?<!ese\s)(?<!ish\s)(?<!\benemy\s)(?<!-)"
                r"\bfires?\s+(?:(?:that|which)\s+)?"
                r"(?:killed|kills|killing|claimed|left|injured|hurt)\b"
            ),
            "fire",
            ("fire",),
        ),
        # The dead of a fire named by what killed them: "killed by the fire", "deaths from
        # the Bullion Fire", "the toll of the fire" (a side's fire is "by Israeli fire").
        (
            (
                r"\b(?:killed|injured|hurt|burned|trapped|died)\s+(?:by|in)\s+the\s+"
                r"(?:[\w'’-]+\s+){0,2}?fire\b"
                r"|\b(?:deaths?|death\s+toll|toll|victims)\s+(?:from|in|of)\s+the\s+"
                r"(?:[\w'’-]+\s+){0,2}?fire\b"
            ),
            "fire",
            ("fire",),
        ),
        (r"\b(?:stampedes?|crush)\b", "stampede", ("stampede", "crush")),
        (
            (
                r"\b(?:crash(?:ed|es)?|collisions?|collided|derail(?:ed|ment))\b"
                # a train off its rails: "came off the tracks", "jumped the rails"
                r"|\b(?:came|comes|coming|jumped|jumps|left|leaves)\s+(?:off\s+)?the\s+"
                r"(?:tracks|rails)\b"
            ),
            "crash",
            ("crash", "collid", "collision", "derail", "tracks", "rails"),
        ),
        # A vehicle off the road: "a bus plunged into a gorge", "Bus plunge kills 12", "a
        # truck overturned on a highway" (a boat that overturns capsizes, above).
        (
            (
                r"\b(?:bus|buses|minibus|coach|truck|lorry|van|car|jeep|vehicle|tractor)"
                r"\s+(?:plunge[sd]?|plunging|overturned|overturns|skidded|toppled|fell|veered)\b"
                r"|\bplung(?:ed|es|ing)\s+(?:off|into|down)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:gorge|ravine|river|canal|valley|ditch|cliff|chasm|gully|abyss|embankment)\b"
            ),
            "crash",
            ("plung", "overturn", "skid", "toppl", "fell", "veer"),
        ),
        # A vehicle driven into people: "a car drove into crowds watching a parade"
        (
            (
                r"\b(?:drove|driven|ploughed|plowed|rammed|slammed|careered|veered|smashed)\s+into"
                r"\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:crowds?|pedestrians|people"
                r"|parade(?:-goers)?|shoppers|fans|protesters|revellers|worshippers|spectators"
                r"|onlookers)\b"
            ),
            "crash",
            ("into",),
        ),
    )
)


#: Kinds of disaster whose coverage holds other incidents (a relief helicopter crashing,
#: a stampede at an aid handout): their words can be the scene, not the event.
_DISASTER_KINDS: Final = frozenset({"earthquake", "storm", "flood", "landslide", "wildfire"})
_DISASTER_WORD: Final = (
    r"(?:(?:earth)?quakes?|typhoons?|cyclones?|hurricanes?|storms?|floods?|flooding"
    r"|landslides?|tsunamis?|wildfires?)"
)
#: A disaster named as the scene of a sentence's event, not as the event: "typhoon
#: survivors", "flood victims", "quake-hit", "earthquake relief", "a building damaged in
#: last week's earthquake", "relief for victims of the typhoon" (one alternation and
#: bounded gaps: linear).
_BACKDROP: Final = re.compile(
    rf"\b{_DISASTER_WORD}(?:-|\s+)(?:survivors|victims|relief|aid|response|evacuees|displaced"
    r"|refugees|hit|affected|stricken|ravaged|damaged|zones?|areas?|shelters?|camps?)\b"
    r"|\b(?:damaged|weakened|cracked|battered)\s+(?:in|by)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"{_DISASTER_WORD}\b"
    # "on a relief mission for victims of Typhoon X", "aid for survivors of the quake"
    r"|\b(?:victims|survivors|evacuees|relief|aid)\s+(?:of|from|for)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"{_DISASTER_WORD}\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _kind_rank(text: str) -> int | None:
    """
    The rank in ``_KIND_CUES`` of the kind of event *text* tells, or None.

    A disaster told as the scene ("typhoon survivors", "flood victims") gives way to an
    incident of another kind the sentence tells (a crash, a stampede, a fire).

    >>> _KIND_CUES[_kind_rank("A helicopter carrying aid to typhoon survivors crashed")][1]
    'crash'
    >>> _KIND_CUES[_kind_rank("A boat taking aid to victims of the floods capsized")][1]
    'capsizing'
    >>> _KIND_CUES[_kind_rank("Typhoon survivors waited for aid on Monday")][1]
    'storm'
    >>> _KIND_CUES[_kind_rank("A tribal clash hampered aid to the landslide area")][1]
    'clash'
    """
    rank = _first_cue(text)
    if rank is not None and _KIND_CUES[rank][1] in _DISASTER_KINDS and _BACKDROP.search(text):
        scene = _first_cue(_BACKDROP.sub(" ", text))
        if scene is not None and _KIND_CUES[scene][1] not in _DISASTER_KINDS:
            return scene
    return rank


def _first_cue(text: str) -> int | None:
    low = text.lower()
    for rank, (pattern, _, keys) in enumerate(_KIND_CUES):
        if _has_any(low, keys) and pattern.search(text):
            return rank
    return None


def _kind_of(text: str) -> str | None:
    rank = _kind_rank(text)
    return None if rank is None else _KIND_CUES[rank][1]


# --------------------------------------------------------------------------- places

_FACILITY: Final = (
    r"(?i:air\s*base|air\s+field|airfield|airport|military\s+base|base|camp|garrison|outpost)"
)
_CAP: Final = r"\(?(?:[ae][lnrsd]-)?[A-Z][\w'’\-]*\)?"
_PLACE_FACILITY: Final = re.compile(
    rf"(?:^|\b(?:at|on|in|of|the|near|to|from|targeting|targeted|hit|struck|attacked|"
    rf"attacking|against)\s+)(?P<place>(?:{_CAP}\s+){{1,4}}?{_FACILITY})\b"
)
_PLACE_BLOCK: Final = re.compile(
    r"\b(?P<place>\d+\s+block\s+of\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?"
    r"(?:[A-Z0-9][\w'’.\-]*\s+){0,3}?(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|"
    r"Boulevard|Blvd\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Parkway|Pkwy\.?|Highway|Terrace|"
    r"Circle|Trail))"
)
#: A lower-case particle inside a place name ("Santa Cruz do Sul", "Rio de Janeiro").
_PARTICLE: Final = r"(?:(?:de|do|da|dos|das|del|della|di|du|des|la|le)\s+)?"
#: A word of a place name after its first: capitalised, after a particle or not, or an
#: Arabic article and its word ("Deir ez-Zor", "Ras al-Ain", "Deir al-Balah").
_NEXT_WORD: Final = (
    r"(?:" + _PARTICLE + r"[A-Z][\w'’.\-]*|(?:a[lnrsdtz]|e[lnrsdtz]|ash|adh|um)-[\w'’\-]+)"
)
_PLACE_IN: Final = re.compile(
    # "villages east of Athens", "40 km north-west of Kabul": near the town named
    r"\b(?:in|near|outside|at|through|(?:north|south)(?:-?(?:east|west))?\s+of|east\s+of"
    r"|west\s+of)\s+(?P<place>[A-Z][\w'’.\-]*(?:\s+" + _NEXT_WORD + r"){0,2})"
)
#: A capital letter, accented ones included ("Ângela", "Érd").
_UPPER: Final = "[A-ZÀ-ÖØ-Þ]"
#: Words before "in X" that make X where something was said ("said in Geneva", "told
#: reporters in Washington", "a briefing in New York", "a statement issued in Kabul").
_SPEECH_VENUE: Final = re.compile(
    r"\b(?:(?:said|says|told|spoke|speaking)(?:\s+(?:to\s+)?(?:reporters|journalists|lawmakers"
    r"|parliament|the\s+press))?"
    r"|(?:briefing|conference|statement|summit|talks|meeting|hearing|interview)"
    r"(?:\s+(?:issued|held|given|released))?)\s+in\s$",
    re.IGNORECASE,
)
#: "the city of Dnipro", "near the town of Niono", "Jumla district", "the Jardim Ângela
#: district of São Paulo" (the district, which comes first): a settlement or an area
#: named with its own noun.
_PLACE_NAMED: Final = re.compile(
    rf"(?<!\ba\s)(?<!\ban\s)(?<![\w'’\-])(?P<area>{_UPPER}[\w'’\-]*(?:\s+{_UPPER}[\w'’\-]*){{0,2}})\s+(?:district|province|region"
    r"|county|governorate|oblast|prefecture|regency|neighbou?rhood|quarter)\b"
    r"|\b(?:city|town|village|district|province|region|county|governorate|oblast|prefecture"
    r"|regency|municipality|suburb|port|neighbou?rhood|quarter)\s+of\s+"
    rf"(?P<place>{_UPPER}[\w'’.\-]*(?:\s+{_PARTICLE}{_UPPER}[\w'’.\-]*){{0,2}})"
)
_PLACE_POLICE: Final = re.compile(
    r"\b(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})\s+(?:police|sheriff|fire\s+department)\b"
)
_NOT_PLACES: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "us",
        "u.s.",
        "u.s",
        "american",
        "americans",
        "military",
        "police",
        "officers",
        "officials",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "targets",
        "attack",
        "attacks",
        "missile",
        "rocket",
        "drone",
        "strike",
        "occupation",
        "occupied",
        "us-occupied",
        "several",
        "seven",
        "some",
        "two",
        "three",
        "four",
        "five",
        "reuters",
        "afp",
        "ap",
        "cnn",
        "associated",
        "press",
        "news",
        "pentagon",
        "centcom",
        "state",
        "states",
        "united",
        "county",
        "city",
        "department",
        "sheriff's",
        "deputies",
        "authorities",
        "local",
        "when",
        "after",
        "before",
        "while",
        "during",
        "according",
        "but",
        "and",
        "or",
        "said",
        "says",
        "police's",
    ]
)


def normalize_place(location: str) -> str:
    """
    The place key of *location*: ``claimrec.link.places.place_key``, the one place key.

    The claims' mentions, the event profiles and the gazetteer key places alike, so
    a place read from a claim and from a headline meets itself.

    Args:
        location: A place as written.

    Returns:
        The key ("" when nothing distinctive is left).

    >>> {normalize_place(p) for p in ("Ain al-Asad", "Ain Al-Assad Airbase",
    ...                                "(Ain) Al-Assad air base", "AIN AL ASAD AIR BASE")}
    {'ain asad'}
    >>> normalize_place("400 block of Linden Street"), normalize_place("São Paulo")
    ('400 block linden st', 'sao paulo')
    """
    return place_key(location)


#: Per place pattern, literals one of which every match holds (lower case).
_PLACE_KEYS: Final = (
    ("base", "field", "airport", "camp", "garrison", "outpost"),
    ("block",),
    (
        "city",
        "town",
        "village",
        "district",
        "province",
        "region",
        "county",
        "governorate",
        "oblast",
        "prefecture",
        "regency",
        "municipality",
        "suburb",
        "port",
        "neighbo",
        "quarter",
    ),
    ("in", "near", "outside", "at", "through", " of "),
    ("police", "sheriff", "fire"),
)


def _find_place(text: str) -> tuple[int, int, str] | None:
    """The best place of a sentence as (rank, offset, words as written); lower rank is surer."""
    low = text.lower()
    patterns = (_PLACE_FACILITY, _PLACE_BLOCK, _PLACE_NAMED, _PLACE_IN, _PLACE_POLICE)
    for rank, pattern in enumerate(patterns):
        if not _has_any(low, _PLACE_KEYS[rank]):
            continue  # a literal every match of the pattern holds is missing
        for m in pattern.finditer(text):
            group = "area" if m.re is _PLACE_NAMED and m.group("area") else "place"
            place = m.group(group).strip()
            words = place.split()
            if len(words) == 1 and words[0][-2:] in {"'s", "’s"}:
                words = [words[0][:-2]]  # "in Beirut's port": Beirut
            while words and (
                words[0].strip("()").lower() in _NOT_PLACES
                or re.search(
                    r"(?:['’]s|-(?:occupied|run|led|controlled|based))$", words[0], re.IGNORECASE
                )
            ):
                words = words[1:]
            while len(words) > 1 and words[-1].lower() in _TRAILING:
                words = words[:-1]  # "the town of Klamath Friday night": Klamath
            place = " ".join(words)
            if not words or (rank == 0 and len(words) < 2):
                continue
            if rank >= 2 and any(
                w.lower() in _NOT_PLACES
                and not (w.rstrip(".") == "City" and 0 < k == len(words) - 1)
                for k, w in enumerate(words)
            ):
                continue  # "Gaza City" is a place, "the city" is not
            if rank >= 2 and _common_in_title(text, place):
                continue  # "Male Juvenile in Custody": a title-case headline's common word
            if pattern is _PLACE_IN and _SPEECH_VENUE.search(
                text, max(0, m.start() - 40), m.start(group)
            ):
                continue  # where something was said, not where it happened: "said in Geneva"
            return rank, m.start(group) + len(m.group(group).strip()) - len(place), place
    return None


#: Words of time a name runs into when no comma ends it ("in Kabul Monday night").
_TRAILING: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "tonight", "yesterday", "morning", "afternoon", "evening", "night"}
)


def _common_in_title(text: str, place: str) -> bool:
    """
    True when *text* is a title-case headline and *place* common words no gazetteer place.

    >>> _common_in_title("Boy Shot in the Head Dies; Teen in Custody", "Custody")
    True
    >>> _common_in_title("Boy Shot in Klamath Dies; Teen in Custody", "Klamath")
    False
    >>> _common_in_title("Two Killed in Shooting in Mobile Tonight", "Mobile")
    False
    """
    return (
        title_cased(text)
        and common_phrase(place)
        and default_gazetteer().resolve(place_key(place)) is None
    )


@functools.lru_cache(maxsize=256)
def _cached_place(text: str) -> tuple[int, int, str] | None:
    return _find_place(text)


# --------------------------------------------------------------------------- focus

_OTHER_CUES: Final = re.compile(
    r"\b(?:last\s+(?:week|month|year)|(?:a|one|two|three|several|few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|"
    r"(?:an?|one|two|three|four|five|several|few|\d+)\s+(?:hours?|minutes?)\s+earlier|"
    r"(?:previous|prior|earlier|separate|similar|another|last)\s+(?:\w+\s+)?"
    r"(?:attack|strike|shooting|incident|raid|assault|bombing)|"
    r"(?:days?|weeks?|months?|years?|hours?|shortly|just|less\s+than\s+a\s+\w+|"
    r"(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?))\s+after)\b"
    # "claimed the strike hours after it happened": the time of the event itself
    r"(?!\s+(?:it|the\s+(?:attack|strike|blast|bombing))\s+(?:happened|occurred|took\s+place)\b)"
    # a sentence that turns to another event: "Elsewhere, ...", "Separately, ...",
    # "In neighbouring Chad, ..."
    r"|^(?:elsewhere|separately|in\s+neighbou?ring\s+[A-Z])"
    # a tally over years: "has killed 10,000 over two decades", "has carried out dozens of"
    r"|\bover\s+(?:the\s+(?:past|last)\s+)?(?:(?:two|three|four|five|several|many|\d+)\s+)?"
    r"(?:decades?|years|months)\b"
    r"|\b(?:has|have)\s+carried\s+out\s+(?:dozens|scores|hundreds|a\s+series|many|several)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE: Final = re.compile(
    r"(?:the|that|this)\s+(?:\w+\s+)?(?:strike|attack|raid|operation|bombing|shooting|incident)\b",
    re.IGNORECASE,
)
_AFTER_CLAUSE: Final = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?|hours?)\s+after|(?:less|more)\s+than\s+a\s+"
    r"(?:day|week|month|year)\s+after|(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"after|in\s+retaliation\s+for"
    # "the deadliest since a bombing at a wedding hall killed 63": what follows is that bombing
    r"|since\s+an?\s+(?:[\w-]+\s+){0,3}?(?:bombing|attack|strike|blast|explosion|earthquake|quake"
    r"|flood|shooting|massacre|raid|landslide|storm|fire|crash)"
    # "the deadliest quake since 2015, when a tremor killed 9,000": the record it beats
    r"|(?:deadliest|worst|highest|biggest|largest|bloodiest|strongest)\b[^.;]{0,60}?\bsince)\b",
    re.IGNORECASE,
)
#: A sentence dated a day from the main event that says so: "a day before the blast",
#: "Elsewhere, ..." (a day apart is otherwise within a report's uncertainty).
_DAY_APART: Final = re.compile(
    r"\b(?:a|one|two|three|\d+)\s+days?\s+(?:before|earlier)\b|^(?:elsewhere|separately)\b",
    re.IGNORECASE,
)
_OTHER_KEYS: Final = (
    "last", "ago", "earlier", "before", "previous", "prior", "separate", "similar", "another",
    "after", "elsewhere", "neighbo", "over", "carried out",
)  # fmt: skip


@functools.lru_cache(maxsize=256)
def _has_other_cue(text: str) -> bool:
    return _has_any(text.lower(), _OTHER_KEYS) and _OTHER_CUES.search(text) is not None


@functools.lru_cache(maxsize=256)
def _first_after(text: str) -> int | None:
    low = text.lower()
    if "after" not in low and "retaliation" not in low and "since" not in low:
        return None
    m = _AFTER_CLAUSE.search(text)
    return m.start() if m is not None else None


#: What a main clause's event did, after an aside between commas: ", killing one man".
_RESULT: Final = re.compile(
    r",\s*(?:killing|injuring|wounding|leaving|forcing|destroying|damaging|displacing"
    r"|flooding|burying|cutting|sweeping|trapping)\b"
)


def _aside(text: str, after_at: int, offset: int) -> bool:
    """
    True when the "after" clause before *offset* is an aside the main clause's result follows.

    "Flash floods swept through X on Tuesday, a week after the deadly floods in Y,
    killing one man": the aside recalls Y's floods, the man died in X's.

    >>> s = "Floods swept through Volos on Tuesday, a week after the floods in Larissa, killing one man."
    >>> _aside(s, s.index("a week"), s.index("one man"))
    True
    >>> s = "A week after the floods in Larissa killed one man, Volos flooded."
    >>> _aside(s, 0, s.index("one man"))
    False
    """
    if not text[:after_at].rstrip().endswith(","):
        return False
    result = None
    for m in _RESULT.finditer(text, after_at, offset):
        result = m
    return result is not None and "," not in text[result.end() : offset]


# --------------------------------------------------------------------------- mentions


@frozen
class _Main:
    """The main event of a document, read from its title and lead."""

    location: str | None
    place: str | None
    date: dt.date | None
    precision: str | None
    kind: str | None


def _main_event(
    sentences: Sequence[Sentence],
    published: dt.date | None,
    scanned: dict[str, list[DateMatch]],
) -> _Main:
    """The main event of an article from its first sentences (their dates go into *scanned*)."""
    lead = [s for s in sentences if s.kind != "furniture"][:4]
    kind = place = location = None
    date = precision = None
    best_rank = 9
    kind_rank: int | None = None
    for n, s in enumerate(lead):
        sentence_kind = _kind_rank(s.text)
        if sentence_kind is not None and (kind_rank is None or sentence_kind < kind_rank):
            kind_rank = sentence_kind
        if n and published is not None and names_earlier_year(s.text, published.year):
            continue  # background: "the worst fire, at Mati in 2018, killed 104"
        found = _cached_place(s.text)  # the claims of a lead sentence read its place again
        if found is not None and found[0] < best_rank:
            best_rank, location = found[0], found[2]
        if date is None:
            matches = scan_dates(s.text, published)
            scanned[s.text] = matches
            date, precision = _lead_date(s.text, matches)
    if location is not None:
        place = place_key(location) or None
    if kind_rank is not None:
        kind = _KIND_CUES[kind_rank][1]
    return _Main(location, place, date, precision, kind)


def _lead_date(text: str, matches: Sequence[DateMatch]) -> tuple[dt.date | None, str | None]:
    """
    The event's day from one lead sentence's dates, or ``(None, None)``.

    A date of a later development dates nothing, unless the sentence says how long
    before it the event was ("buried on Wednesday the victims of the bomb that struck
    two days earlier").
    """
    for dm in matches:
        if dm.date is None or re.match(
            r"(?i)since\b", text[max(0, dm.start - 6) : dm.start].strip()
        ):
            continue
        if not dates_a_statement(text, dm):
            return dm.date, dm.precision
        earlier = days_before_aftermath(text, dm) if dm.precision == "day" else None
        if earlier is not None:
            return dm.date - dt.timedelta(days=earlier), "day"
    return None, None


def _differs(a: dt.date, a_precision: str | None, b: dt.date, b_precision: str | None) -> bool:
    coarse = {"year": 0, "month": 1, "weekday": 2, "day": 2}
    level = min(coarse.get(a_precision or "day", 2), coarse.get(b_precision or "day", 2))
    if level == 0:
        return a.year != b.year
    if level == 1:
        return (a.year, a.month) != (b.year, b.month)
    return abs((a - b).days) > 1


#: A sentence that goes on with the figures of the event the sentence before it told:
#: "Dozens more were wounded.", "Another 45 were hurt.", "Four officers died and six were
#: hurt.", "Most of them were children."
_CONTINUES: Final = re.compile(
    r"(?:(?:dozens|scores|hundreds|thousands|\d[\d,]*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|several|many)\s+more\b|another\s+(?:\d|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|dozen|several)|(?:most|many|some|all|several)\s+of\s+(?:them|the\s+"
    r"(?:dead|victims|wounded|injured))|among\s+(?:them|the\s+(?:dead|victims|wounded|injured))"
    r"|(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores"
    r"|hundreds)\s+(?:[a-z]+\s+){0,2}?(?:died|were\s+(?:killed|wounded|injured|hurt)|was\s+"
    r"(?:killed|wounded|injured|hurt))\b)",
    re.IGNORECASE,
)
#: A new event brought in with an indefinite article: "an air strike on a camp", "a car bomb".
_NEW_EVENT: Final = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|bombing|blast|explosion"
    r"|shelling|raid|drone|missile|rocket|shell|bomb|quake|earthquake|flood|landslide|fire|ambush)s?\b",
    re.IGNORECASE,
)
#: A sentence that opens with its own date: "On Wednesday, ...", "Late on Monday, ...".
_FRONTED_DATE: Final = 16


#: Kinds of main event that one place bounds: a strike elsewhere is another strike (a
#: quake or a flood reaches many places, and a shooting's streets are too many to tell).
_PLACED_KINDS: Final = frozenset(
    {"air strike", "missile attack", "ballistic missile attack", "drone attack", "rocket attack",
     "shelling", "bombing"}
)  # fmt: skip
#: Strikes named as the subject of a sentence, before its figure.
_STRIKE_NOUN: Final = re.compile(
    r"\b(?:air\s*strikes?|airstrikes?|strikes|missiles?|drones?|rockets?|shelling|bombing|attacks)\b",
    re.IGNORECASE,
)
#: The main event's site named back: "near the base", "at the airport".
_MAIN_SITE: Final = re.compile(
    r"\bthe\s+(?:air\s*base|base|airport|airfield|camp|compound|garrison|hospital|market|city|town)\b",
    re.IGNORECASE,
)
#: How far after a claim's own words its strike noun may stand ("Two rockets hit ...").
_SUBJECT_REACH: Final = 24
#: A region word after a place name.
_REGION_AFTER: Final = re.compile(
    r"\s+(?:province|region|district|county|governorate|oblast|state|prefecture|regency)\b"
)
#: A tally over a period that holds the main event's day: "have killed 120 this month".
_PERFECT: Final = re.compile(
    r"\b(?:have|has)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|wounded|injured|claimed)\b",
    re.IGNORECASE,
)


def _strikes_elsewhere(
    text: str, offset: int, found: tuple[int, int, str] | None, main: _Main, *, surest: int = 2
) -> bool:
    """Whether strikes a sentence names hit a named place (of rank *surest* or surer) other than the main event's."""
    if found is None or found[0] > surest or main.kind not in _PLACED_KINDS or not main.place:
        return False
    after = text[found[1] + len(found[2]) : found[1] + len(found[2]) + 14].lower()
    if _REGION_AFTER.match(after):
        return False  # a province may hold the main place: "struck the base in Anbar province"
    place = place_key(found[2])
    if not place or main.place in place or place in main.place:
        return False
    if _MAIN_SITE.search(text):
        return False  # "rockets struck a town near the base": the main event's site
    return _STRIKE_NOUN.search(text, 0, offset + _SUBJECT_REACH) is not None


#: A sentence that opens on what came of the main event hours on: "Hours later, ...",
#: "Later that day, ...", "In retaliation, ...", "In response, ...".
_SEQUEL: Final = re.compile(
    r"(?:(?:several\s+|a\s+few\s+|\d+\s+)?hours\s+later|later\s+(?:that|the\s+same)\s+"
    r"(?:day|night|evening)|in\s+(?:retaliation|response|reprisal))\s*,",
    re.IGNORECASE,
)
#: Someone striking in that sentence: "US aircraft struck depots", "launched air strikes".
_STRIKING: Final = re.compile(
    r"\b(?:struck|hit|bombed|shelled|pounded|launched|fired|carried\s+out)\b", re.IGNORECASE
)


def _answering_strike(text: str, offset: int) -> bool:
    """
    Whether a sentence tells a strike that answered the main event, before the claim at *offset*.

    "Rockets hit a US base on Sunday, wounding three soldiers. Hours later, US aircraft
    struck depots near Albu Kamal, killing eight fighters": the eight are the
    retaliatory strike's, another event, in the lead too. "Hours later, the toll rose
    to 12" names no strike and stays the main event's.

    >>> _answering_strike("Hours later, US aircraft struck depots, killing 8 fighters.", 41)
    True
    >>> _answering_strike("Hours later, the toll rose to 12.", 30)
    False
    """
    return _SEQUEL.match(text) is not None and _STRIKING.search(text, 0, offset) is not None


def _dated_other(
    text: str,
    offset: int,
    own_date: DateMatch,
    main: _Main,
    *,
    day: dt.date,
    main_day: dt.date,
    is_lead: bool,
) -> bool:
    """Whether a claim dated *day* in its own sentence is about another event than the main one."""
    if _differs(day, own_date.precision, main_day, main.precision):
        return True
    if is_lead:
        return False
    if _DAY_APART.search(text) is not None:  # "On Monday, a day before the blast, ..."
        return True
    if (
        own_date.precision in {"month", "year"}
        and main.precision in {"day", "weekday"}
        and _PERFECT.search(text, 0, offset) is not None
    ):
        return True  # "Russian attacks have killed 120 people in the region this month"
    # "On Wednesday, an air strike on a camp killed 30": another day, a new event
    return (
        own_date.start <= _FRONTED_DATE
        and day != main_day
        and own_date.precision in {"day", "weekday"}
        and main.precision in {"day", "weekday"}
        and _NEW_EVENT.search(text, own_date.end, offset) is not None
    )


#: What happens on a later day to the victims of an event named by its own day: "a man
#: hurt in Sunday's quake died on Wednesday, raising the toll to three".
_LATER_DEATH: Final = re.compile(
    r"\b(?:died|dies|succumbed|passed\s+away|raising|bringing|pushing|taking)\b", re.IGNORECASE
)


def _main_day_named(
    text: str, offset: int, own_date: DateMatch | None, dates: list[DateMatch], main: _Main
) -> DateMatch | None:
    """
    The date naming the main event by its day, when the sentence's own later day is a sequel's.

    "A man hurt in Sunday's earthquake died on Wednesday, raising the toll to three":
    the toll is the earthquake's (Sunday), not an event of Wednesday's. A new event
    told in the sentence ("a second quake on Monday killed four") keeps its own day.
    """
    if (
        own_date is None
        or main.date is None
        or own_date.date == main.date
        or main.precision not in {"day", "weekday"}
        or _NEW_EVENT.search(text, 0, offset) is not None
    ):
        return None
    for dm in dates:
        if (
            dm.start < own_date.start
            and dm.date == main.date
            and dates_an_event_noun(text, dm)
            and _LATER_DEATH.search(text, dm.end, offset) is not None
        ):
            return dm
    return None


def _another_day(own_date: DateMatch | None, main: _Main) -> bool:
    """Whether a sentence's own day is not the main event's, both known to the day."""
    return (
        own_date is not None
        and own_date.date is not None
        and main.date is not None
        and own_date.precision in {"day", "weekday"}
        and main.precision in {"day", "weekday"}
        and own_date.date != main.date
    )


def _another_kind(kind: str | None, main: _Main) -> bool:
    """Whether a sentence names another kind of strike than the main event's."""
    return kind is not None and main.kind is not None and kind != main.kind


def _mention(
    sentence: Sentence,
    offset: int,
    main: _Main,
    dates: list[DateMatch],
    *,
    is_lead: bool,
    previous_other: bool = False,
) -> EventMention:
    text = sentence.text
    other = False
    own_date: DateMatch | None = None
    for dm in dates:
        if re.search(r"(?i)\bsince\s*$", text[max(0, dm.start - 7) : dm.start]):
            continue
        if dm.date is not None and (own_date is None or dm.start <= offset):
            if dates_a_statement(text, dm):
                continue  # "the ministry said on Monday, adding that 162 were wounded"
            own_date = dm
    after_at = _first_after(text)
    after = after_at is not None and after_at < offset and not _aside(text, after_at, offset)
    if after:
        other = True
    elif own_date is not None and own_date.date is not None and main.date is not None:
        other = _dated_other(
            text, offset, own_date, main, day=own_date.date, main_day=main.date, is_lead=is_lead
        )
    elif (
        (not is_lead and _has_other_cue(text))
        or (
            not is_lead
            and main.date is None
            and own_date is not None
            and own_date.precision in {"month", "year"}
        )
        or (
            not is_lead
            and main.date is None
            and re.match(
                r"(?i)(?:in|during|last)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d|week|month|year|mon|tue|wed|thu|fri|sat|sun)",
                text,
            )
        )
        or (
            not is_lead
            and previous_other
            and (_BACK_REFERENCE.match(text) or (own_date is None and _CONTINUES.match(text)))
        )
    ):
        other = True
    if sentence.kind == "title" and not after:
        other = False
    found = _cached_place(text)
    kind = _kind_of(text)
    # a roundup's second incident, a strike elsewhere on another day or by another weapon,
    # even in the lead and named only after "in": "In the south, a drone hit port
    # facilities in Odesa" after Monday's missile strike on Kharkiv
    apart = _another_day(own_date, main) or _another_kind(kind, main)
    if not other and (apart or not is_lead):
        other = _strikes_elsewhere(text, offset, found, main, surest=3 if apart else 2)
    if not other and sentence.kind != "title":
        other = _answering_strike(text, offset)
    if other:
        location = found[2] if found is not None else None
        return EventMention(
            location=location,
            place=place_key(location) if location else None,
            date=own_date.date if own_date is not None else None,
            precision=own_date.precision if own_date is not None else None,
            kind=kind,
            focus="other",
        )
    if found is not None and not place_key(found[2]):
        found = None  # nothing distinctive ("at Children's Village"): the main event's place
    location = found[2] if found is not None else main.location
    place = place_key(location) if location else None
    if (
        found is not None
        and main.place
        and place
        and main.place not in place
        and place not in main.place
    ):
        location, place = main.location, main.place
    date = own_date.date if own_date is not None else main.date
    precision = own_date.precision if own_date is not None else main.precision
    return EventMention(
        location=location,
        place=place or None,
        date=date,
        precision=precision,
        kind=main.kind or kind,
        focus="main",
    )


class _Focus:
    """
    Whether each body sentence is about another event, read only when a claim needs it.

    A sentence is about another event by its own cues, or when it refers back ("the
    attack", "that shooting") and the sentence before it is about another event; the
    chain of back references is followed without recursion.
    """

    def __init__(
        self,
        body: Sequence[tuple[Sentence, Attribution]],
        main: _Main,
        lead_ids: set[int],
        published: dt.date | None,
        scanned: dict[str, list[DateMatch]],
    ) -> None:
        self.body = body
        self.main = main
        self.lead_ids = lead_ids
        self.published = published
        self._scanned = scanned  # dates already read, by sentence text
        self._dates: dict[int, list[DateMatch]] = {}
        self._other: dict[int, bool] = {}

    def dates(self, index: int) -> list[DateMatch]:
        if index not in self._dates:
            text = self.body[index][0].text
            found = self._scanned.get(text)
            if found is None:
                found = self._scanned[text] = scan_dates(text, self.published)
            self._dates[index] = found
        return self._dates[index]

    def is_lead(self, index: int) -> bool:
        sentence = self.body[index][0]
        return sentence.kind == "title" or id(sentence) in self.lead_ids

    def is_other(self, index: int) -> bool:
        if index < 0:
            return False
        start = index
        while (
            start > 0
            and start - 1 not in self._other
            and _BACK_REFERENCE.match(self.body[start][0].text)
        ):
            start -= 1  # the earliest sentence this chain of back references needs
        for k in range(start, index + 1):
            if k in self._other:
                continue
            previous = self._other.get(k - 1, False) if k > 0 else False
            sentence = self.body[k][0]
            mention = _mention(
                sentence,
                0,  # what the sentence opens with: a figure after "days after ..." is not it
                self.main,
                self.dates(k),
                is_lead=self.is_lead(k),
                previous_other=previous,
            )
            self._other[k] = mention.focus == "other"
        return self._other[index]


# --------------------------------------------------------------------------- dates of a claim

_SINCE_BEFORE: Final = re.compile(r"(?i)\bsince\s*$")


def _own_dates(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The dates of a sentence that can date its claims (resolved, not "since March")."""
    return [
        dm
        for dm in dates
        if dm.date is not None and not _SINCE_BEFORE.search(text[max(0, dm.start - 7) : dm.start])
    ]


def _date_at(dates: list[DateMatch], starts: list[int], offset: int) -> list[DateMatch]:
    """
    The one date a claim at *offset* takes: the last at or before it, else the first.

    Found by bisection, so a sentence with many dates and many claims costs no more than
    its length times a logarithm.
    """
    k = bisect.bisect_right(starts, offset)
    if k:
        return [dates[k - 1]]
    return dates[:1]


def _claim_dates(
    text: str, dates: list[DateMatch], starts: list[int], offset: int, main: _Main
) -> list[DateMatch]:
    """
    The date a claim at *offset* takes (``_date_at``), or the main event's day named there.

    "A man hurt in Sunday's quake died on Wednesday, raising the toll to three": the toll
    takes Sunday, the quake's day, not Wednesday, the day of the death.
    """
    picked = _date_at(dates, starts, offset)
    named = _main_day_named(text, offset, picked[0] if picked else None, dates, main)
    return [named] if named is not None else picked
