"""
Event profiles: what a report says about its main event and the other events it recalls.

A profile is read once per report: the event's day by ``claimrec.link.dates`` (over
the one date scanner, ``claimrec._dates``), its places from the headline and lead
(datelines, "in <Place>", named sites) and from its claims' mentions, resolved in
the gazetteer (``claimrec.link.places``); with claims, its counts and kinds come from
the extractor's claims and mentions only (without claims, the headline and lead are
read for them).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import Any, Final, TypeVar

from attrs import evolve, frozen

from claimrec._dates import _MONTHS, _WEEKDAYS, scan_dates
from claimrec._quantity import adds_to_earlier, listed_part, sets_apart
from claimrec._text import split_sentences
from claimrec.kinds import _FORMS, find_nations
from claimrec.link.background import (
    WORD_ZIPF,
    background_weight,
    common_phrase,
    english_zipf,
    title_cased,
)
from claimrec.link.dates import EventDate, names_earlier_year, read_event_date
from claimrec.link.places import (
    Gazetteer,
    Place,
    default_gazetteer,
    is_landscape,
    level_weight,
    nation_country,
    national_capital,
    region_phrase,
    spelling_heads,
)
from claimrec.link.recall import recall_day, recalls_own_event
from claimrec.link.rows import (
    PlaceNamers,
    place_namers,
    reading_of,
    told_by_mentions,
    weighed_by_namers,
    weighs_place_words,
)
from claimrec.matchers import (
    GENERIC_KINDS,
    WEAPON_KINDS,
    EventProfile,
    idf,
    place_key,
    place_specificity,
)
from claimrec.model import Claim, CountClaim, Document, ResponsibilityClaim

__all__ = ["actor_names", "lead_range", "possessive_tails", "profile_documents", "specific_kinds"]

# --------------------------------------------------------------------------- words

#: Words that name what happened; the first sentence carrying one and a date cue dates the event.
_EVENT_WORD: Final = re.compile(
    r"\b(?:attack\w*|shoot\w*|shot|gunfire|gunman|gunmen|kill\w*|wound\w*|injur\w*|hurt"
    r"|dead|died|slain|stabb\w*|struck|strike|fired|rocket\w*|missile\w*|drone\w*|bomb\w*"
    r"|explo\w*|blast|crash\w*|fire|homicide|murder\w*|hit)\b",
    re.IGNORECASE,
)
#: Event kind keys and the words that signal them.
KIND_WORDS: Final[Mapping[str, tuple[str, ...]]] = {
    "shooting": (
        "shooting",
        "shootings",
        "shot",
        "shootout",
        "gunman",
        "gunmen",
        "gunfire",
        "gunshot",
    ),
    "stabbing": ("stabbing", "stabbed", "knife"),
    "rocket": ("rocket", "rockets", "katyusha"),
    "missile": ("missile", "missiles"),
    "drone": ("drone", "drones", "uav"),
    "bombing": (
        "bomb",
        "bombs",
        "bomber",
        "bombers",
        "bombing",
        "explosive",
        "ied",
        "blast",
        "blasts",
        "car-bomb",
        "explosion",
    ),
    # a blast with a named cause that is no weapon ("a gas explosion", "a boiler blast")
    "gas explosion": (),
    # what gave way, read from phrases (``_GAVE_WAY``): a mine, a building, a bridge
    "mine collapse": (),
    "building collapse": (),
    "bridge collapse": (),
    "earthquake": ("earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock"),
    "flood": ("flood", "floods", "flooding", "floodwaters", "deluge", "downpour", "downpours"),
    "landslide": ("landslide", "landslides", "mudslide", "mudslides"),
    "avalanche": ("avalanche", "avalanches"),
    "storm": ("cyclone", "hurricane", "typhoon", "tornado", "storm"),
    "stampede": ("stampede",),
    "clash": ("clash", "clashes", "firefight", "firefights"),
    "airstrike": ("airstrike", "airstrikes", "air-strike"),
    "strike": ("strike", "strikes"),
    "crash": ("crash", "collision"),
    "fire": ("blaze", "arson"),
    "wildfire": ("wildfire", "wildfires", "bushfire", "bushfires", "wildland"),
    "shelling": ("shelling", "shelled", "artillery", "mortar", "mortars", "bombardment"),
    "capsizing": (
        "capsized",
        "capsizing",
        "capsize",
        "capsizes",
        "sank",
        "sunk",
        "sunken",
        "sinking",
        "shipwreck",
    ),
}
_KIND_OF: Final = {w: k for k, words in KIND_WORDS.items() for w in words}
#: The verbs news tells a structure giving way with ("collapsed", "caved in", "gave way").
_GIVE_WAY: Final = (
    r"(?:collaps(?:e|es|ed|ing)|cave-in|caved?\s+in|gave\s+way|gives?\s+way|crumbled)"
)
#: ... and a dam or a river bank with ("burst", "breached").
_BURST: Final = rf"(?:{_GIVE_WAY}|burst|bursts|breach(?:ed|es)?|failed)"
#: A structure that gave way, and the kind of event it makes, first match wins: a dam
#: that burst is a flood ("a dam burst", "water from a breached dam"); a mine, a bridge
#: and a building that collapsed are three kinds, so a mine collapse and a building
#: collapse in one province a day apart stay two events. The structure is named before
#: its verb ("a gold mine collapsed", "a pit caved in") or after it ("the collapse of a
#: bridge", "a collapse at a coal mine"); gaps are bounded, so the scan is linear.
_GAVE_WAY: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (
        kind,
        re.compile(
            rf"\b(?:{nouns})\s+(?:[\w'’-]+\s+){{0,3}}?{verbs}\b"
            r"|\b(?:collapse|cave-in|breach)\s+(?:at|of|in)\s+(?:an?|the)\s+"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b"
            rf"|\bbreached\s+(?:{nouns})\b",
            re.IGNORECASE,
        ),
    )
    for kind, nouns, verbs in (
        ("flood", r"dams?|reservoirs?|embankments?|levees?|dykes?|dikes?", _BURST),
        (
            "mine collapse",
            r"mines?|pits?|mine\s+shafts?|collier(?:y|ies)|quarry|quarries",
            _GIVE_WAY,
        ),
        (
            "bridge collapse",
            r"bridges?|footbridges?|flyovers?|overpass(?:es)?|viaducts?",
            _GIVE_WAY,
        ),
        (
            "building collapse",
            (
                r"buildings?|houses?|homes?|blocks?|towers?|hotels?|schools?|mosques?|churches"
                r"|church|factory|factories|malls?|roofs?|walls?|storey|story|apartments?"
            ),
            _GIVE_WAY,
        ),
    )
)
#: Where a blast with no weapon named is an accident of industry, not a bombing: "an
#: explosion at a fuel depot", "a blast at a chemical plant", "a gas tanker exploded"
#: (the extractor reads a blast whose cause is named, "a gas explosion", itself).
_INDUSTRIAL_SITE: Final = re.compile(
    r"\b(?:(?:fuel|oil|gas|petrol|diesel|chemicals?|gunpowder)\s+(?:[\w-]+\s+)?"
    r"(?:depots?|terminals?|tankers?|trucks?|storage|tanks?|warehouses?|stations?|plants?"
    r"|facilit(?:y|ies)|pipelines?|factor(?:y|ies))"
    r"|refiner(?:y|ies)|petrochemical|(?:chemical|fertili[sz]er|power|gas|industrial)\s+"
    r"(?:plants?|factor(?:y|ies)|complex|park|zone)|factor(?:y|ies)|(?:filling|petrol|gas)"
    r"\s+stations?|fireworks?|boilers?|silos?|smelters?)\b",
    re.IGNORECASE,
)
#: What makes a blast an attack whatever it hit: a bomb, an attacker, a weapon.
_ATTACK_CUE: Final = re.compile(
    r"\b(?:bomb\w*|car-bomb|ieds?|explosive\s+devices?|attack\w*|suicide|militants?"
    r"|insurgents?|terror\w*|sabotage\w*|saboteurs?|jihadists?|gunmen|claimed\s+responsibility"
    r"|drones?|missiles?|rockets?|shell(?:s|ing|ed)|air\s*strikes?|strikes?|targeted)\b",
    re.IGNORECASE,
)
#: A kind that is also a wider one: a wildfire is a fire.
_ALSO: Final[Mapping[str, str]] = {"wildfire": "fire"}
#: Land a fire burns when it is a wildfire ("a blaze that burned 9,000 hectares of forest").
_WILDLAND: Final = frozenset(
    {"hectares", "acres", "forest", "forests", "woodland", "woodlands", "scrub", "scrubland"}
    | {"brush", "pine", "vegetation", "hillsides", "firebreak", "firebreaks", "water-bombing"}
)
_NUMBER_WORDS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_VAGUE_COUNTS: Final = {"several": (3, 9), "multiple": (2, -1), "dozens": (24, 99), "many": (2, -1)}
_COUNT: Final = re.compile(
    r"\b(?:(at\s+least|more\s+than|over)\s+)?"
    r"(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|several|multiple|dozens|many)"
    r"\s+(?:[A-Za-z'-]+\s+){0,3}?(?:were\s+|are\s+|was\s+|have\s+been\s+)?"
    r"(killed|dead|slain|injured|wounded|hurt|shot|injuries)\b",
    re.IGNORECASE,
)
_MEASURE_OF: Final = {
    "killed": "killed",
    "dead": "killed",
    "slain": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "injuries": "injured",
    "shot": "shot",
}
#: A capitalised word; its capital may carry a diacritic ("Şanlıurfa", "Édéa", "Ōsaka",
#: "Țăndărei": Latin-1's capitals, Latin Extended-A, and the comma-below S and T).
_CAP: Final = r"[A-ZÀ-ÖØ-ÞĀ-žȘȚ][\w'’.&-]*"
#: A compass word before a place: "in northeastern Syria", "across central Italy".
_REGION: Final = (
    r"(?:(?:far[-\s])?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)"
    r"|central"
    r"|upper|lower|coastal|rural|downtown)\s+"
)
#: One word of a place name: capitalised, an Arabic article and its word ("al-Asad",
#: "ez-Zor", "el-Balah"), or a lower-case particle before a capitalised word ("Rio de
#: Janeiro", "Deir ez-Zor").
_NAME: Final = (
    r"(?:" + _CAP + r"|(?:a[lnrsdtz]|e[lnrsdtz]|ash|adh|um)-\w+"
    r"|(?:de|do|da|dos|das|del|di|du|la|le|van|von|den|der)\s+" + _CAP + r")"
)
#: A named body of water or cape: "the Bay of Bengal", "the Gulf of Aden" is one name.
_WATER: Final = r"(?:Bay|Gulf|Sea|Straits?|Lake|Cape|Isles?)\s+of\s+(?:the\s+)?" + _CAP
_PLACE_AFTER_PREP: Final = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom|[Tt]argeting|[Oo]n|[Aa]cross|[Tt]hroughout"
    r"|[Tt]hrough|[Ii]nto|[Aa]round|struck|hit|shelled|bombed|pounded|targeted|rocked|devastated|hammered"
    r"|shook|jolted|flattened|ravaged|battered|lashed|engulfed|flooded|inundated|raided|stormed"
    # "a cyclone over the Bay of Bengal": over a named water only ("over Easter" is no place)
    r"|[Oo]ver(?=\s+(?:the\s+)?(?:Bay|Gulf|Sea|Straits?|Lake)\s+of\s)"
    # "a boat sank off Lesbos", "in Greek waters off Pylos": at sea beside the place named
    r"|(?<![\w-])off"
    # "villages east of Athens", "40 km north-west of Kabul": a place near the one named
    r"|(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?\s+of|[Ee]ast\s+of|[Ww]est\s+of)"
    r"\s+(?:the\s+)?(?:" + _REGION + r")?"
    r"((?:" + _WATER + r"|" + _CAP + r"|al-\w+)(?:\s+" + _NAME + r")*)"
)
#: A place named as what a settlement or area is part of: "the port city of X", "the
#: outskirts of X", "on the edge of X", "much of X", "the countryside of X", "the shores of X".
_PLACE_OF: Final = re.compile(
    r"\b(?:city|town|village|port|province|region|district|county|state|capital|island"
    r"|outskirts|suburbs?|parts?|much|area|neighbou?rhood|centre|center|coast|governorate"
    r"|municipality|prefecture|heart|streets|hamlet|edges?|[Rr]esidents|[Vv]illagers"
    r"|countryside|vicinity|environs|shores?|banks)\s+of\s+(?:"
    + _REGION
    + r")?((?:"
    + _CAP
    + r"|al-\w+)(?:\s+(?:"
    + _NAME
    + r"))*)"
)
_PLACE_BEFORE_NOUN: Final = re.compile(
    r"((?:" + _CAP + r"\s+){1,3})(?:police|sheriff|officers|authorities|shooting|stabbing"
    r"|gunman|attack|homicide|man|woman|teen|boy|girl|resident|residents|neighborhood|home)\b"
)
#: A place naming an event after an article: "the Dalbur blast", "after the Talvara
#: earthquake" (the article keeps a sentence's capitalised first word out: "Heavy flooding").
_PLACE_BEFORE_EVENT: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+((?:" + _CAP + r"\s+){1,3})(?:blast|bombing|explosion|earthquake"
    r"|quake|floods?|flooding|blaze|wildfire|fire|crash|massacre|stampede|landslide|disaster)s?\b"
)
#: A town named before what was struck in it: "the Kyiv apartment block", "the Gaza
#: power plant" (kept only for names the gazetteer knows as a place's own, ``_town_by_name``).
_PLACE_BEFORE_FACILITY: Final = re.compile(
    r"\b[Tt]he\s+((?:" + _CAP + r"\s+){1,3})(?:apartment|residential|office|tower|high-rise"
    r"|hospital|school|market|mosque|church|camp|airport|port|power|plant|factory|bridge"
    r"|station|building|block|prison|hotel|bus|train|metro|shopping|shelter)\b"
)
#: A headline that opens with the place its event is named after: "Kestra quake toll
#: rises", "Dalbur bombing: what we know" (one-word names the text writes in lower case,
#: "Deadly", "Fatal", are dropped by ``_plausible``).
_TITLE_PLACE_BEFORE_EVENT: Final = re.compile(
    # at the start, or after "after"/"following": "Villagers live in tents after Morocco quake"
    r"(?:^|\b(?:after|following)\s+)((?:" + _CAP + r"\s+){1,3})"
    # what the event struck, in lower case: "Nepal bus landslide", "Dhaka factory fire"
    r"(?:(?:bus|train|ferry|boat|mine|factory|market|school|hospital|hotel|bridge|building"
    r"|dam|road|highway|village|church|mosque|gas|boiler|fireworks)\s+)?"
    r"(?i:blast|bombing|explosion|earthquake|quake|floods?"
    r"|flooding|blaze|wildfire|fire|crash|massacre|stampede|landslide|disaster|shooting"
    r"|attack|strike|airstrike)s?\b"
)
#: A headline whose subject is the place that grieves or copes: "Kestra mourns as toll
#: rises", "Dalbur buries its dead", "Port town counts the cost" (kept only for names the
#: gazetteer knows as a place's own, ``_town_by_name``).
_TITLE_PLACE_COPES: Final = re.compile(
    r"^((?:" + _CAP + r"\s+){1,3})(?:mourns|buries|grieves|weeps|reels|remembers|honou?rs"
    r"|counts\s+(?:the\s+)?(?:cost|dead)|holds\s+funerals?|bids\s+farewell|braces|digs\s+out"
    r"|cleans\s+up|rebuilds|pays\s+tribute)\b"
)
#: A lower-case particle inside a name: "Deir ez-Zor", "Ras al-Ain", "Saint-Pierre de Chartreuse".
_PARTICLE: Final = r"(?:a[lnrsdtz]|e[lnrsdtz]|ash|adh|um)-\w+|(?:de|du|da|del|di|la|le)\s+" + _CAP
#: A named facility or region and its lowercase noun: "Ain al-Asad air base", "Anbar province".
#: The name holds at most six words, so a long run of capitalised words that ends in
#: no facility is given up in linear time (it was tried again from each of its words).
_NAMED_SITE: Final = re.compile(
    r"((?:" + _CAP + r"|al-\w+)(?:\s+(?:" + _CAP + r"|" + _PARTICLE + r")){0,5}\s+"
    r"(?:air\s+base|airbase|base|airport|airfield|camp|barracks|outpost|compound|refinery"
    r"|hospital|school|university|mosque|church|synagogue|temple|market|mall|stadium"
    r"|province|governorate|district|county|region|oblast|krai|prefecture))\b"
)
#: A state named with the noun in lower case: "in Plateau state", "Blue Nile state"
#: (``_PLACE_AFTER_PREP`` ends the name before "state"). Kept only for a state the
#: gazetteer knows so (``_state_spots``): "the Gulf state of Qatar", "Iranian state
#: media", "a Baltic state" name none.
_NAMED_STATE: Final = re.compile(
    r"((?:" + _CAP + r")(?:\s+" + _CAP + r"){0,2}\s+state)\b"
    r"(?!\s+(?:media|TV|television|news|agency|broadcaster|radio|press|run|owned|controlled"
    r"|of\b)|-)"
)
#: Words before "state" that make it a kind of country, not a region ("the Gulf state").
_NOT_STATES: Final = frozenset(
    {"gulf", "baltic", "arab", "balkan", "nordic", "pacific", "caribbean", "muslim", "islamic"}
    | {"jewish", "member", "nation", "island", "sovereign", "client", "buffer", "frontline"}
    | {"police", "welfare", "rogue", "failed", "the", "a", "an", "this", "that", "each", "every"}
)
#: A place named inside a wider one: "the town of X in northern Y", "X, Y". The wider
#: name is what a report written from afar gives alone ("an earthquake hit western Y").
_CONTAINED: Final = re.compile(
    r"(" + _CAP + r"(?:\s+" + _NAME + r"){0,3})(?:,\s*|\s+in\s+(?:the\s+)?(?:" + _REGION + r")?)"
    r"(" + _CAP + r"(?:\s+" + _CAP + r"){0,2})"
)
#: A capital named by its nation: "the Somali capital", "Ukraine's capital" (read by
#: ``_capital_spots``: the nation word must be a nationality or a country).
_NATIONAL_CAPITAL: Final = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(" + _CAP + r")(?:['’]s)?\s+capital\b"
)
_COUNTRY_CAPITAL: Final = re.compile(r"\b(" + _CAP + r")['’]s\s+capital\b")
_DATELINE: Final = re.compile(
    r"^\(?([A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3})\)?(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?"
    r"\s*(?:\((?:AP|Reuters|AFP|CNN|UPI)\)\s*)?(?:—|–|--|-\s)"
)
#: A dateline as a context-word source sees it: the outlet's city in capitals, its
#: state, its call letters or agency ("NASHVILLE, Tenn. (WKRN) –"): anchored, bounded.
_DATELINE_HEAD: Final = re.compile(
    r"^\(?[A-Z][A-Z.'’ -]{2,40}\)?(?:,\s?[A-Z][A-Za-z.]{0,15}(?:\s[A-Z][A-Za-z.]{0,15})?)?"
    r"\s?(?:\([^()\n]{1,30}\)\s?)?(?:—|–|--|-\s)"
)
#: A wire agency's dateline ("ISTANBUL (Reuters) —"): filed from a bureau, often in
#: another country than the event.
_WIRE: Final = re.compile(
    r"^\(?[A-Z][A-Za-z.'’ -]{1,40}\)?(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s*"
    r"\((?:AP|Reuters|AFP|UPI|Bloomberg|dpa|DPA|Xinhua|Anadolu|IANS|PTI|ANI|EFE)\)"
)
_DATELINE_PAREN: Final = re.compile(r"^\(([A-Z][A-Za-z .'’-]{1,40})\)")
#: A wire editor's note before the dateline ("(Updates toll, adds quote)", "(Translated
#: from the Spanish.)"): no place of the event, and the dateline follows it.
_EDITORS_NOTE: Final = re.compile(
    r"^\((?:[Tt]ranslated|[Uu]pdates?|[Aa]dds|[Rr]ecasts|[Cc]orrects?|[Rr]epeats|[Rr]efiles|"
    r"[Ee]ditor['’]s\s+note|[Tt]his\s+(?:story|article|report))\b[^()\n]{0,120}\)\s*"
)
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|\d{2,}")
_DAY: Final = dt.timedelta(days=1)
_TITLE_SPLIT: Final = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_NOT_PLACES: Final = frozenset(
    {
        # where a statement was posted, not where the event was: "claimed it on Telegram"
        "telegram",
        "twitter",
        "facebook",
        "instagram",
        "youtube",
        "tiktok",
        "whatsapp",
        "truth social",
        "the",
        "a",
        "an",
        "police",
        "metro",
        "breaking",
        "update",
        "updated",
        "latest",
        "news",
        "video",
        "photos",
        "watch",
        "read",
        "more",
        "mr",
        "mrs",
        "ms",
        "dr",
        "his",
        "her",
        "their",
        "this",
        "that",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "officials",
        "official",
        "authorities",
        "hundreds",
        "thousands",
        "dozens",
        "scores",
        "saturday",
        "sunday",
        *_WEEKDAYS,
        *_MONTHS,
        # feasts and hours a report dates by: "around Christmas", "near midnight"
        "christmas",
        "easter",
        "ramadan",
        "eid",
        "thanksgiving",
        "diwali",
        "hanukkah",
        "passover",
        "nowruz",
        "midnight",
        "noon",
        "dawn",
        "dusk",
    }
)
_STOPWORDS: Final = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "against",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "said",
        "says",
        "say",
        "told",
        "according",
        "reported",
        "report",
        "reports",
        "news",
        "new",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "last",
        "first",
        "year",
        "years",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "time",
        "around",
        "near",
        "least",
        "early",
        "late",
        "later",
        "night",
        "morning",
        "afternoon",
        "evening",
        "people",
        "man",
        "woman",
        "men",
        "women",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
        "according",
        "just",
        "like",
        "many",
        "much",
        "may",
        "might",
        "must",
        "per",
        "since",
        "still",
        "while",
        "via",
    ]
)


# --------------------------------------------------------------------------- profiling


#: "the 2700 block of West Lexington", "3300-block of Maypole": the block-level street
#: address of US local crime reporting (bounded repeats, no nested quantifiers).
_BLOCK: Final = re.compile(
    r"\b\d{1,6}(?:\s?-\s?|\s)[Bb]lock\s+of\s+(?:the\s+)?"
    r"(?:(?:North|South|East|West|[NSEW])\.?\s+)?"
    r"([A-Z0-9][A-Za-z'’]{1,30}(?:[ ][A-Z0-9][A-Za-z'’]{0,30}){0,3})"
)
#: Street-type words dropped from a street's key ("Newburgh Drive" and "Newburgh Dr." match).
_STREET_TYPES: Final = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "drive",
        "dr",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "place",
        "pl",
        "court",
        "ct",
        "way",
        "parkway",
        "pkwy",
        "terrace",
        "circle",
        "cir",
        "highway",
        "hwy",
    ]
)

#: Compass words: "NW 4th" and "Northwest Fourth" are one street.
_DIRECTIONS: Final = frozenset(
    [
        "n",
        "s",
        "e",
        "w",
        "ne",
        "nw",
        "se",
        "sw",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
)
#: Words that end a street name written before them ("Wall Street Friday").
_STREET_END: Final = frozenset(_WEEKDAYS) | frozenset(_MONTHS) | {"in", "near", "and", "at"}
_ORDINALS: Final = dict(
    zip(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ],
        ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"],
        strict=True,
    )
)


#: A facility an attack or disaster struck, named by its kind ("the hospital", "a
#: crowded market", "the Al-Nour hospital"): what a report that names no town still says
#: about where it happened.
_SITE: Final = re.compile(
    r"\b(?:the|a|an|its|their|\w+['’]s|(?-i:[A-Z][\w'’.-]+))\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(hospital|clinic|market|marketplace|school|university|mosque|church|synagogue|temple"
    r"|refugee\s+camp|(?:air|military|army|naval|logistics|support|patrol|coalition|occupation"
    r"|U\.?S\.?|American|foreign)\s+base|airbase"
    r"|police\s+(?:station|compound|post|headquarters)"
    r"|outpost|garrison|barracks|checkpoint|stadium|mall|hotel"
    r"|prison|refinery|power\s+plant|train\s+station|bus\s+station|bus(?:es)?|rally|parade|wedding"
    r"|concert|(?:chemical|fertili[sz]er|gas|industrial)\s+plant|factory|factories"
    r"|(?:fuel|oil|gas)\s+(?:storage\s+)?depot)s?\b",
    re.IGNORECASE,
)
#: "Their base", "its base", "the base hosting US troops", "the base in Deir ez-Zor": a
#: base troops hold or a place holds, named with no qualifier.
_OWN_BASE: Final = re.compile(
    r"\b(?:(?:their|its|our)\s+(base)\b(?!\s+(?:of|for|rate)\b)"
    r"|(?:the|a)\s+(base)\s+(?:hosting|housing|used\s+by|that\s+(?:hosts|houses)|where\b"
    r"|(?:in|at|near)\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)
#: A word every match of ``_SITE`` and ``_OWN_BASE`` holds (``_may_name_site``), but for
#: a police site, which ``_POLICE_SITE`` finds.
_SITE_WORDS: Final = (
    "hospital", "clinic", "market", "school", "university", "mosque", "church", "synagogue",
    "temple", "camp", "base", "outpost", "garrison", "barracks", "checkpoint", "stadium",
    "mall", "hotel", "prison", "refinery", "plant", "station", "rally", "wedding", "concert",
    "bus", "parade", "factory", "factories", "depot",
)  # fmt: skip
#: A police site as ``_SITE`` writes it, in lower case: "police" alone ("police said", in
#: most reports) names none.
_POLICE_SITE: Final = re.compile(r"police\s+(?:station|compound|post|headquarters)")
#: A hospital the wounded were taken to is no site of the attack: "two were flown to a
#: hospital in Iraq", "treated at the city's main hospital", "pronounced dead at a
#: hospital" (read just before the site).
_CARE_BEFORE: Final = re.compile(
    r"\b(?:taken|flown|rushed|airlifted|evacuated|transferred|transported|brought|admitted"
    r"|treated|treatment|moved|sent|driven|pronounced)\b[^.;]{0,30}?\b(?:to|at|in)\s+$",
    re.IGNORECASE,
)
#: One kind of facility by its several names: a base is a base, an outpost, a garrison; a
#: police compound is a police station.
_SITE_KIND: Final = {
    "airbase": "base",
    "outpost": "base",
    "garrison": "base",
    "barracks": "base",
    "police compound": "police station",
    "police post": "police station",
    "police headquarters": "police station",
    "chemical plant": "factory",
    "fertilizer plant": "factory",
    "fertiliser plant": "factory",
    "gas plant": "factory",
    "industrial plant": "factory",
    "factories": "factory",
    "fuel depot": "fuel depot",
    "oil depot": "fuel depot",
    "gas depot": "fuel depot",
    "fuel storage depot": "fuel depot",
    "oil storage depot": "fuel depot",
    "gas storage depot": "fuel depot",
}


def _sites(text: str) -> frozenset[str]:
    """
    The kinds of facility a report's headline and lead say were struck.

    >>> sorted(_sites("An explosion at the Al-Nour hospital in Sarafa; a blast near a crowded market."))
    ['hospital', 'market']
    >>> sorted(_sites("A drone hit a US outpost in Jordan, a small logistics base."))
    ['base']
    >>> sorted(_sites("Drone strike on U.S. outpost; a small U.S. logistics outpost was hit."))
    ['base']
    >>> sorted(_sites("The toll from Friday's mosque bombing rose."))
    ['mosque']
    >>> sorted(_sites("Drones hit the coalition base near the airport."))
    ['base']
    >>> sorted(_sites("A bomber struck an election rally; the rally was in the main square."))
    ['rally']
    >>> sorted(_sites("A car ploughed into parade-goers; the carnival parade was halted."))
    ['parade']
    >>> sorted(_sites("A bomb on a passenger bus; Tuesday's bus bombing; the bus station."))
    ['bus', 'bus station']
    >>> sorted(_sites("A car bomb hit a police compound; the police station was flattened."))
    ['police station']
    >>> sorted(_sites("A blast at a chemical plant; the factory burned."))
    ['factory']
    >>> sorted(_sites("A fire at an oil storage depot set off a blast."))
    ['fuel depot']

    A base named as its troops' own is one; a hospital the wounded were taken to is not
    where the attack was.

    >>> sorted(_sites("A drone hit their base in Syria; two were flown to a hospital in Iraq."))
    ['base']
    >>> sorted(_sites("He was shot on a street and pronounced dead at Ridge Hospital."))
    []
    >>> _sites("Two people were hurt in Kano, police said.")
    frozenset()
    """
    if not _may_name_site(text):
        return frozenset()
    found = {
        _site_kind(" ".join(m.group(1).lower().split()))
        for m in _SITE.finditer(text)
        if not _CARE_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
    }
    found.update((m.group(1) or m.group(2)).lower() for m in _OWN_BASE.finditer(text))
    return frozenset(found)


def _may_name_site(text: str) -> bool:
    """
    False when *text* cannot name a site (no word of ``_SITE_WORDS``): most texts are not scanned.

    Only ASCII text is tested (its lower case is what the patterns' IGNORECASE matches);
    any other may.

    >>> _may_name_site("Two were hurt at the Kano MARKET."), _may_name_site("Two were hurt in Kano.")
    (True, False)
    >>> _may_name_site("Police said two were hurt."), _may_name_site("A police post was hit.")
    (False, True)
    """
    if not text.isascii():
        return True
    low = text.lower()
    return any(map(low.__contains__, _SITE_WORDS)) or (
        "police" in low and _POLICE_SITE.search(low) is not None
    )


def _site_kind(site: str) -> str:
    """
    One key for a kind of facility: "the logistics base", "a US outpost" and "the air base" are bases.

    >>> _site_kind("logistics base"), _site_kind("outpost"), _site_kind("market")
    ('base', 'base', 'market')
    """
    if site.endswith(" base"):
        return "base"
    return _SITE_KIND.get(site, site)


def _streets(text: str) -> frozenset[str]:
    """
    The streets a report places its event on by block ("the 2700 block of West Lexington").

    Keys are the street's name without direction or street type, lower case.

    >>> sorted(_streets("Police went to the 8300 block of North Elmwood Drive. In the 400-block of Elmwood Dr."))
    ['elmwood']
    """
    found: set[str] = set()
    if "lock" not in text:  # every match of ``_BLOCK`` writes "[Bb]lock of"
        return frozenset()
    for m in _BLOCK.finditer(text):
        words: list[str] = []
        for written in m.group(1).lower().replace("’", "'").split():
            word = written.strip(".'")
            if word in _STREET_TYPES or word in _STREET_END:
                break
            if word not in _DIRECTIONS:
                words.append(_ORDINALS.get(word, word))
        if words:
            found.add(" ".join(words))
    return frozenset(found)


def _paragraphs(text: str) -> list[str]:
    paras = [" ".join(p.split()) for p in text.splitlines()]
    if len(paras) == 1:  # one line (a text rebuilt from claim rows): nothing is repeated
        return paras if paras[0] else []
    counts = Counter(p.lower() for p in paras if p)
    return [p for p in paras if p and counts[p.lower()] == 1]


#: What a separator ``_TITLE_SPLIT`` splits a title at holds: a bar or a dash.
_TITLE_SEPARATORS: Final = ("|", "–", "—", "-")


def _clean_title(title: str) -> str:
    """
    The longest part of a title split at its separators ("Blast in Kano | World News").

    >>> _clean_title("Blast in Kano | World News"), _clean_title(" Blast in Kano ")
    ('Blast in Kano', 'Blast in Kano')
    """
    if not any(map(title.__contains__, _TITLE_SEPARATORS)):  # one part: no scan
        return title.strip()
    parts = [p.strip() for p in _TITLE_SPLIT.split(title) if p.strip()]
    return max(parts, key=len) if parts else title.strip()


def _words(text: str) -> list[str]:
    """
    The words of *text* in lower case, with ASCII apostrophes.

    Words hold ASCII letters, apostrophes and hyphens only, so they are lowered in one
    call: an ASCII text is lowered before it is read (lowering changes no other
    character of it, and the words match in either case).

    >>> _words("The Gunman’s car — 25 SHOTS, 3 dead")
    ['the', "gunman's", 'car', '25', 'shots', 'dead']
    >>> _words("The Gunman's car - 25 SHOTS, 3 dead")
    ['the', "gunman's", 'car', '25', 'shots', 'dead']
    """
    if text.isascii():
        return _WORD.findall(text.lower())
    words = _WORD.findall(text.replace("’", "'"))
    return " ".join(words).lower().split(" ") if words else []


def _context_words(head: str) -> set[str]:
    """
    The content words of a headline and lead, without their datelines.

    A dateline names where the outlet files from and who it is, which every
    report of that outlet shares whatever it is about.

    >>> sorted(_context_words("MILLHAVEN, Ore. (KXYZ) – A boy was shot at a bakery."))
    ['bakery', 'boy', 'shot']
    """
    return _content("\n".join(_DATELINE_HEAD.sub("", line) for line in head.split("\n")))


def _content(text: str) -> set[str]:
    # interned: every raw profile holds its words until the corpus's are counted; each
    # distinct word is looked at once
    return {sys.intern(w) for w in set(_words(text)) - _STOPWORDS if len(w) > 2}


def _headline_and_lead(doc: Document, *, lead_paragraphs: int = 3) -> tuple[str, str, str]:
    """
    The cleaned headline, the lead and the body that follows it.

    Crawled pages open with menus and teasers, so the lead is the first
    substantial paragraph that shares at least half as many headline words as
    the best-fitting paragraph does and names an event; duplicated paragraphs
    (page furniture) and the repeated headline are skipped.
    """
    paras = _paragraphs(doc.text)
    title = doc.title
    if not title:
        title = paras[0] if paras else ""
    title = _clean_title(title)
    title_low = title.lower()
    body = [
        p for p in paras[:120] if p.lower() != title_low and p.lower() != (doc.title or "").lower()
    ]
    title_words = _content(title) if body else set()  # a headline alone: nothing to weigh
    overlaps = [len(_content(p) & title_words) if len(p) >= 40 else -1 for p in body]
    best = max(overlaps, default=0)
    need = max(1, (best + 1) // 2)
    start = 0
    for i, (p, overlap) in enumerate(zip(body, overlaps, strict=True)):
        if overlap >= need and _EVENT_WORD.search(p):
            start = i
            break
    lead = body[start : start + lead_paragraphs]
    rest = body[start + lead_paragraphs : start + 2 * lead_paragraphs]
    return title, "\n".join(lead), "\n".join(rest)


def lead_range(doc: Document) -> tuple[int, int]:
    r"""
    Where the paragraphs the main-event reader reads after the headline start and end in the text.

    They are the lead and the paragraphs after it that date the event when the lead
    does not; ``(0, 0)`` when the text has none. Claim rows carry this slice of the
    text (``claimrec.report.codec.claim_rows``) so that the claim path reads what
    this reader reads.

    >>> text = "Menu\nA gunman shot two people at a Kano bakery, police said.\nMore later."
    >>> start, end = lead_range(Document("d1", text, title="Two shot at Kano bakery"))
    >>> text[start:end]
    'A gunman shot two people at a Kano bakery, police said.\nMore later.'
    """
    _, lead, rest = _headline_and_lead(doc)
    wanted = [p for p in f"{lead}\n{rest}".split("\n") if p]
    if not wanted:
        return 0, 0
    start, at = -1, 0
    for line in doc.text.splitlines(keepends=True):
        shown = " ".join(line.split())
        if start < 0 and shown == wanted[0]:
            start = at
        if start >= 0 and shown == wanted[-1]:
            return start, at + len(line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"))
        at += len(line)
    return 0, 0  # not reached: the reader's paragraphs are lines of the text


def _sentences(title: str, text: str) -> list[str]:
    """
    The headline, then the sentences of *text* that are not page furniture (date lines, bylines).

    >>> _sentences("Man shot", "It happened shortly before 9 p.m. Friday. Police came.")
    ['Man shot', 'It happened shortly before 9 p.m. Friday.', 'Police came.']
    """
    found = [s.text for s in split_sentences(text) if s.kind != "furniture"]
    return [title, *found] if title else found


def _reference_date(doc: Document) -> dt.date | None:
    """The publication date, else the latest full date written in the text (a dateline, a byline)."""
    if doc.published is not None:
        return doc.published
    dates = [
        m.date
        for m in scan_dates(doc.text[:20000], None)
        if m.date is not None and m.precision == "day"
    ]
    return max(dates) if dates else None


def _without_past_years(lead: str, year: int | None) -> str:
    """
    The lead with its sentences after the first that name an earlier year blanked out.

    Such a sentence is background ("Greece's deadliest fire, at Mati in 2018, killed
    104"): its places are another event's, not this one's. Its characters become
    spaces, so the lead's lines (and a dateline on the first) stay where they were.

    >>> _without_past_years("A fire hit Lyon. In 2018 a fire at Mati killed 104.", 2026)
    'A fire hit Lyon.'
    >>> _without_past_years("A fire hit Lyon. It began on May 3, 2025.", 2026)
    'A fire hit Lyon. It began on May 3, 2025.'
    """
    if year is None or not names_earlier_year(lead, year):
        return lead
    chars = list(lead)
    for sentence in split_sentences(lead)[1:]:
        if names_earlier_year(sentence.text, year):
            chars[sentence.start : sentence.end] = " " * (sentence.end - sentence.start)
    return "".join(chars).rstrip()


#: What a retaliation answers, up to the place it struck: "in retaliation for the deadly
#: drone attack on Tower 22", "in response to Tuesday's rocket attack on Ain al-Asad".
_AVENGED: Final = re.compile(
    r"\b(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|to\s+avenge)\s+"
    r"(?:the|an?|last\s+\w+['’]s|\w+['’]s|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|bombings?|assaults?|raids?|killings?)\s+"
    r"(?:on|in|at|against|near)\s+(?:the\s+)?(?:" + _CAP + r")(?:\s+" + _NAME + r")*"
)


def _without_avenged(text: str) -> str:
    """
    *text* with the place of the attack a retaliation answers blanked out.

    A retaliation strike is told with the attack it answers ("US jets struck militia
    sites in Syria in retaliation for the attack on Tower 22"): that place is the
    other event's. Blanked characters become spaces, so positions stay.

    >>> _without_avenged("Jets hit Qaim in retaliation for the drone attack on Ain al-Asad.")
    'Jets hit Qaim                                                        .'
    >>> _without_avenged("Police made arrests after the attack on Ain al-Asad.")
    'Police made arrests after the attack on Ain al-Asad.'
    """
    if not any(cue in text for cue in ("venge", "response", "reprisal", "retaliation")):
        return text
    return _AVENGED.sub(lambda m: " " * len(m.group()), text)


#: The key of a dotted initialism ("U.S." is ``u s``): a nation's or body's initials, which
#: place no event ("in US" and "in UK" give no place either).
_INITIALISM_KEY: Final = re.compile(r"[a-z](?: [a-z]){1,3}")


#: Capitals in parentheses that open a report and name no place ("(CBS) —", "(WKRN) –").
_CALL_LETTERS: Final = re.compile(r"[A-Z]{2,5}")


def _credit(name: str) -> bool:
    """
    True when a parenthesized dateline is a broadcaster's or agency's credit, not a place.

    Call letters and network initials ("(CBS) —", "(KTLA) –") name no place by
    themselves (an airport code is only another name of a town); "(ROME) —" is a city.

    >>> _credit("CBS"), _credit("ROME"), _credit("Baghdad")
    (True, False, False)
    """
    return _CALL_LETTERS.fullmatch(name) is not None and not _town_by_name(name)


def _places(title: str, lead: str, year: int | None = None) -> tuple[list[tuple[str, str]], str]:
    """
    Places named in the headline and lead as ``(key, label)``, most salient first.

    Lead sentences after the first that name an earlier year than *year* (the
    report's) are background and name no place of this event. Also returns the key
    of the dateline ("BAGHDAD (Reuters) —"), "" when there is none.
    """
    lead = _without_avenged(_without_past_years(lead, year))
    title = _without_avenged(title)
    found: list[str] = []
    spoken: list[tuple[int, str]] = []  # the capital officials spoke in, kept only alone
    dateline = ""
    for line in lead.split("\n")[:2]:
        para = _EDITORS_NOTE.sub("", line, count=1)
        m = _DATELINE_PAREN.match(para) or _DATELINE.match(para)
        if m and not _credit(m.group(1)):
            found.append(m.group(1))
            dateline = dateline or place_key(m.group(1).strip(" .,'’-"))
    for text in (title, lead):
        spots = _spots(text, spoken, title=text is title)
        # at one position the longer name first: "Ain al-Asad air base" over "Ain al-Asad"
        found.extend(label for _, label in sorted(spots, key=lambda s: (s[0], -len(s[1]))))
    seen: dict[str, str] = {}
    wider: list[str] = []
    for raw in (part for name in found for part in _border_pair(_town_of_facility(name))):
        label = raw.strip(" .,'’-")
        words = label.split()
        while words and words[0].lower().strip(".") in _NOT_PLACES:
            # "on Friday. Hundreds of ...": a full stop ends the sentence, and the name with it
            words = [] if words[0].endswith(".") and len(words[0]) > 5 else words[1:]
        # "Modesto Police Department" is Modesto's, "Orleans Parish Jail" in Orleans Parish
        label = _INSTITUTION.sub("", _before_next_sentence(" ".join(words[:5]))).strip(" .,")
        if "'s " in label.replace("’", "'") and not _possessive_name(label):
            *owners, label = re.split(r"['’]s ", label)
            wider.extend(o for o in owners[-1:] if _wide_region(o))  # "Kerala's Wayanad district"
            label = _in_owner(owners[-1], label)  # "Iraq's Kurdistan region" is in Iraq
        if any(map(_names_event, label.split())):
            continue
        if _nationality_first(label):
            continue  # "hit Israeli positions", "in Kenyan custody"
        region = region_phrase(label)
        key = region or place_key(label)  # "Lagos State" is Lagos, the region
        if not key or key in _NOT_PLACES or len(key) < 3 or key.isdigit():
            continue
        if _INITIALISM_KEY.fullmatch(key):
            continue  # "on U.S. outpost", "the U.N. compound": a country's initials, no place
        _keep_label(seen, key, label, region=region is not None)
    for label in wider:
        seen.setdefault(place_key(label), label)
    if not seen:
        for _, label in spoken:
            seen.setdefault(place_key(label), label)
    if dateline in seen and _filed_elsewhere(dateline, lead):
        del seen[dateline]
    return list(seen.items()), dateline if dateline in seen else ""


def possessive_tails(labels: Iterable[str]) -> frozenset[str]:
    """
    The keys of the words after "'s" in names that keep it ("Cox's Bazar" gives "bazar").

    A reader that stops at the possessive reads them as a place of their own.

    >>> sorted(possessive_tails(["Cox's Bazar", "St John’s Wood", "Kano"]))
    ['bazar', 'wod']
    """
    return frozenset(
        place_key(label.replace("’", "'").rsplit("'s ", 1)[1])
        for label in labels
        if "'s " in label.replace("’", "'")
    )


def _possessive_name(label: str) -> bool:
    """
    True when a name written with "'s" is a place's own name ("Cox's Bazar", "St John's").

    >>> _possessive_name("Cox's Bazar"), _possessive_name("Nigeria's Plateau")
    (True, False)
    """
    return bool(default_gazetteer().lookup(label))


def _keep_label(seen: dict[str, str], key: str, label: str, *, region: bool) -> None:
    """
    Keep the first label of *key*, or a later one that says region where the first names nothing.

    "in Nigeria's Plateau" then "in Plateau state": the bare name is no place the
    gazetteer knows, the region phrase is ("Kherson" then "the Kherson region" keeps the
    city first named).

    >>> seen = {"plateau": "Plateau"}
    >>> _keep_label(seen, "plateau", "Plateau state", region=True); seen
    {'plateau': 'Plateau state'}
    >>> seen = {"kherson": "Kherson"}
    >>> _keep_label(seen, "kherson", "the Kherson region", region=True); seen
    {'kherson': 'Kherson'}
    """
    first = seen.setdefault(key, label)
    if (
        region
        and first != label
        and region_phrase(first) is None
        and default_gazetteer().resolve(first) is None
    ):
        seen[key] = label


def _spots(text: str, spoken: list[tuple[int, str]], *, title: bool) -> list[tuple[int, str]]:
    """The places *text* names, with their positions; capitals only spoken from go to *spoken*."""
    spots: list[tuple[int, str]] = []
    for m in _PLACE_AFTER_PREP.finditer(text):
        spot = (m.start(1), m.group(1))
        (spoken if _spoken_from_capital(text, m.start(1), m.end(1)) else spots).append(spot)
    spots.extend((m.start(1), m.group(1)) for m in _PLACE_OF.finditer(text))
    spots.extend((m.start(1), m.group(1)) for m in _PLACE_BEFORE_EVENT.finditer(text))
    if title:
        spots.extend((m.start(1), m.group(1)) for m in _TITLE_PLACE_BEFORE_EVENT.finditer(text))
        spots.extend(
            (m.start(1), m.group(1))
            for m in _TITLE_PLACE_COPES.finditer(text)
            if _town_by_name(m.group(1).strip())
        )
    spots.extend((m.start(1), m.group(1)) for m in _PLACE_BEFORE_NOUN.finditer(text))
    spots.extend((m.start(1), m.group(1)) for m in _NAMED_SITE.finditer(text))
    spots.extend(_state_spots(text))
    spots.extend(_capital_spots(text))
    spots.extend(
        (m.start(1), m.group(1))
        for m in _PLACE_BEFORE_FACILITY.finditer(text)
        if _town_by_name(m.group(1).strip())
    )
    if title and title_cased(text):  # "Teen in Custody": capitals tell no name there
        spots = [s for s in spots if not _common_unknown(s[1])]
    return spots


def _common_unknown(label: str) -> bool:
    """
    True when *label* is common English words and no place the gazetteer knows.

    >>> _common_unknown("Head Dies"), _common_unknown("Mobile"), _common_unknown("Klamath")
    (True, False, False)
    """
    label = label.strip(" .,;:'’-")
    return common_phrase(label) and default_gazetteer().resolve(place_key(label)) is None


#: A place with a compass word: "in northwest Pakistan", "across eastern Congo".
_COMPASS_PLACE: Final = re.compile(
    r"\b(?:in|across|of|to)\s+(?:the\s+)?"
    + _REGION.replace(r"|downtown", "")
    + r"("
    + _CAP
    + r"(?:\s+"
    + _NAME
    + r"){0,3})"
)


#: A compass word written in lower case before a place, and its place: "in central
#: Nepal", "across far-western Nepal", "in the northwest of" is not read ("North Korea",
#: "West Bank", "Central Java" are names).
_COMPASS_OF: Final = re.compile(
    r"\b(?:in|across|of|to|hit|struck)\s+(?:the\s+)?(?:far[-\s])?"
    r"((?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+("
    + _CAP
    + r"(?:\s+"
    + _NAME
    + r"){0,3})"
)
_COMPASS_WORD: Final = re.compile(r"north|south|east|west|central")


def _compass(text: str, keys: set[str]) -> frozenset[tuple[str, str]]:
    """
    ``(place key, direction)`` for each of *keys* the text names by a compass region.

    A direction is one of north, south, east, west and central, so "northwestern" gives two.

    >>> sorted(_compass("Slides hit far-western Valdoria and struck northeastern Ostrel.",
    ...                 {"valdoria", "ostrel"}))
    [('ostrel', 'east'), ('ostrel', 'north'), ('valdoria', 'west')]
    """
    out: set[tuple[str, str]] = set()
    if not keys or _COMPASS_WORD.search(text) is None:  # no place, or no direction to name
        return frozenset()
    for m in _COMPASS_OF.finditer(text):
        key = place_key(m.group(2).strip(" .,;:'’-"))
        if key in keys:
            out.update((key, d) for d in _COMPASS_WORD.findall(m.group(1)))
    return frozenset(out)


#: Words that place an event around a named place, not in it: "villages east of
#: Izmir", "40 km northwest of the city of Herat", "outside Kabul", "on the outskirts
#: of Kharkiv", "on the edge of X", "a suburb of Paris".
_AROUND: Final = re.compile(
    r"\b(?:(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?\s+of|[Ee]ast\s+of|[Ww]est\s+of"
    r"|[Oo]utside(?:\s+of)?|outskirts\s+of|edges?\s+of|suburbs?\s+of)"
    r"\s+(?:the\s+)?(?:city\s+of\s+)?(" + _CAP + r"(?:\s+" + _NAME + r")*)"
)
#: What every match of ``_AROUND`` writes: "of" or "utside" (its words of place end with
#: "of" but "outside"); a text with neither is not scanned (a test draws matches of the
#: pattern and checks each holds one).
_AROUND_NEEDS: Final = ("of", "utside")
#: Where a name read by ``_AROUND`` ends: a line break, a full stop or a comma.
_NAME_END: Final = re.compile(r"\n|[.,;:]\s")
#: A facility after a place: "outside Kabul airport" is at the airport, in the city.
_FACILITY_AFTER: Final = re.compile(
    r"\s+(?:air\s*port|air\s*base|airfield|base|hospital|embassy|prison|jail|stadium|camp"
    r"|station|port|mosque|church|school|market|hotel|office|headquarters)\b"
)


def _around(text: str, keys: set[str]) -> frozenset[str]:
    r"""
    The places of *keys* the text names only as what the event lies near or outside.

    A wildfire "in villages east of Izmir" burns in Izmir's province, not in the city;
    the report is placed by the city's region (``_locate``). A place the text also
    names plainly ("Izmir wildfire under control ... outside Izmir") is the place.

    >>> sorted(_around("A fire burned villages east of Izmir and hills outside Tarsus.",
    ...                {"izmir", "tarsus"}))
    ['izmir', 'tarsus']
    >>> _around("Izmir wildfire: the fire outside Izmir was contained.", {"izmir"})
    frozenset()
    >>> _around("A blast outside Kabul airport killed 3.", {"kabul"})
    frozenset()
    >>> _around("Bomb kills 7 outside Baghdad\nA car bomb outside Baghdad. Army said.", {"baghdad"})
    frozenset({'baghdad'})
    """
    if not keys or not any(word in text for word in _AROUND_NEEDS):  # nothing to lie near
        return frozenset()
    relative: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for m in _AROUND.finditer(text):
        # the name ends with its sentence or line ("outside Baghdad\nA car bomb ...")
        label = _NAME_END.split(m.group(1), maxsplit=1)[0].strip(" .,;:'’-")
        key = place_key(label)
        if key not in keys or _FACILITY_AFTER.match(text, m.start(1) + len(label)):
            continue
        relative[key] += 1
        labels[key] = label
    return frozenset(
        key
        for key, n in relative.items()
        if len(re.findall(r"\b" + re.escape(labels[key]) + r"\b", text)) == n
    )


#: A place named as where someone spoke: "officials in Kabul said", "said in New Delhi".
_SPOKEN_AFTER: Final = re.compile(r"\s+(?:said|says|say|told|announced|confirmed)\b")
_SPOKEN_BEFORE: Final = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists)|speaking|(?:news|press)\s+conference"
    r"|briefing|statement)\s+(?:in|from)\s+(?:the\s+)?$"
)


def _spoken_from_capital(text: str, start: int, end: int) -> bool:
    """
    True when ``text[start:end]`` is a national capital named only as where someone spoke.

    A report from the capital ("officials in Islamabad said", "the minister said in New
    Delhi") names the seat of government, not the province its event struck. A town that
    is no capital is kept: local police speak where their event happened.

    >>> _spoken_from_capital("Officials in Islamabad said", 13, 22)
    True
    >>> _spoken_from_capital("A minister said in New Delhi on Friday", 19, 28)
    True
    >>> _spoken_from_capital("Police in Quetta said", 10, 16)
    False
    >>> _spoken_from_capital("A bomb exploded in Islamabad on Friday", 19, 28)
    False
    """
    if not (
        _SPOKEN_AFTER.match(text, end) or _SPOKEN_BEFORE.search(text[max(0, start - 40) : start])
    ):
        return False
    place = default_gazetteer().resolve(text[start:end])
    if place is None or place.level != "city":
        return False
    capital = national_capital(place.country)
    return capital is not None and place_key(capital) == place_key(text[start:end])


def _filed_elsewhere(dateline: str, lead: str) -> bool:
    """
    True when a wire dateline's city lies in a country or region the lead names by a compass word.

    "ISLAMABAD (Reuters) - ... a bombing in northwest Pakistan": the bureau is in
    Pakistan, the bombing elsewhere in it; so is a compass-named place the gazetteer
    does not know ("in eastern Congo").

    >>> _filed_elsewhere("islamabad", "ISLAMABAD (Reuters) - A bomb exploded in northwest Pakistan.")
    True
    >>> _filed_elsewhere("islamabad", "ISLAMABAD (Reuters) - A bomb exploded in the city.")
    False
    >>> _filed_elsewhere("kinshasa", "KINSHASA (Reuters) - A boat sank in eastern Kivuland.")
    True
    """
    if _WIRE.match(lead) is None:
        return False
    gazetteer = default_gazetteer()
    city = gazetteer.resolve(dateline)
    if city is None or city.level != "city":
        return False
    for m in _COMPASS_PLACE.finditer(lead[:600]):
        name = m.group(1).strip(" .,;:'’-")
        wide = gazetteer.resolve(name)
        if wide is None and place_key(name) not in {dateline, ""}:
            return True  # "KINSHASA (Reuters) - ... in eastern Congo": somewhere else
        if wide is not None and wide.level in {"country", "admin1"} and city.within(wide):
            return True
    return False


#: Facilities that a town's name before them places: "the Idlib market", "the Peshawar
#: mosque blast" (the name must be the town's own name: "Nasser hospital" bears a person's).
_TOWN_FACILITIES: Final = frozenset(
    {"market", "marketplace", "bazaar", "hospital", "clinic", "school", "mosque", "church"}
    | {"university", "stadium"}
)


#: Facilities of troops, which a country's name before them only places.
_MILITARY_SITES: Final = frozenset(
    {"base", "airbase", "outpost", "camp", "barracks", "garrison", "airfield", "compound"}
)


def _in_owner(owner: str, label: str) -> str:
    """
    The place to keep of one its country owns: *label*, or *owner* when *label* lies elsewhere.

    "Syria's Kurdistan region" is neither the Iranian province nor the Kurdistan
    Region of Iraq, the regions the gazetteer knows so: the place is Syria. A region
    the owner holds ("Iraq's Kurdistan region"), a name the gazetteer does not know,
    or an owner that is no country alone (Georgia is also a US state) keeps *label*.

    >>> _in_owner("Syria", "Kurdistan region"), _in_owner("Iraq", "Kurdistan region")
    ('Syria', 'Kurdistan region')
    >>> _in_owner("Kerala", "Wayanad district"), _in_owner("Pakistan", "Harnai district")
    ('Wayanad district', 'Harnai district')
    """
    gazetteer = default_gazetteer()
    entries = gazetteer.lookup(owner)
    if not entries or entries[0].level != "country" or any(e.level == "admin1" for e in entries):
        return label
    country = entries[0]
    key = region_phrase(label, gazetteer)
    place = gazetteer.resolve(key or label, within=country, region=key is not None)
    return owner if place is not None and not place.within(country) else label


def _wide_region(name: str) -> bool:
    """
    True when the gazetteer knows *name* itself as a first-level region (a state, a province).

    A country owning a place ("Ukraine's Kharkiv region") tells too little to add.

    >>> _wide_region("Kerala"), _wide_region("Kenya"), _wide_region("Mombasa")
    (True, False, False)
    """
    found = default_gazetteer().resolve(name)
    return (
        found is not None and found.level == "admin1" and place_key(found.name) == place_key(name)
    )


@functools.lru_cache(maxsize=1 << 16)
def _mention_key(name: str) -> str:
    """
    The place key of a mention's place: of its town when it names a facility there (read once per name).

    >>> _mention_key("Idlib market"), _mention_key("Ain al-Asad air base")
    ('idlib', 'ain asad')
    """
    return place_key(_town_of_facility(name))


def _town_of_facility(name: str) -> str:
    """
    The town of "<town> <facility>" ("Idlib market" is a market in Idlib), else *name*.

    A facility whose name the gazetteer does not know by that very name is a name
    ("Tamsin market").

    >>> _town_of_facility("Idlib market"), _town_of_facility("Tamsin market")
    ('Idlib', 'Tamsin market')
    >>> _town_of_facility("Nasser hospital")
    'Nasser hospital'

    A country is no name of a base: a headline's "US troops hurt at Syria outpost" is an
    outpost in Syria.

    >>> _town_of_facility("Syria outpost"), _town_of_facility("Ain al-Asad air base")
    ('Syria', 'Ain al-Asad air base')
    """
    words = name.strip(" .,'’-").split()
    if len(words) < 2:
        return name
    town = " ".join(words[:-1])
    if words[-1].lower() in _MILITARY_SITES:
        found = default_gazetteer().resolve(town)
        if found is None or found.level != "country":
            return name
        return town if place_key(found.name) == place_key(town) else name
    if words[-1].lower() not in _TOWN_FACILITIES:
        return name
    return town if _town_by_name(town) else name


def _town_by_name(name: str) -> bool:
    """True when the gazetteer knows a place by *name* itself (not by one of its other names)."""
    found = default_gazetteer().resolve(name)
    return found is not None and place_key(found.name) == place_key(name)


def _without_facility_names(
    places: list[tuple[str, str]], dateline: str = ""
) -> list[tuple[str, str]]:
    """
    *places* without a name that is only part of a facility's name the report also gives.

    "Nasser hospital" is no hospital in a town called Nasser: "nasser" alone, as an
    extractor may read it, would resolve to a city of that name elsewhere.

    >>> _without_facility_names([("naser hospital", "Nasser hospital"), ("naser", "Nasser")])
    [('naser hospital', 'Nasser hospital')]

    A name the text also gives as a region's ("Saada province") is a place's:

    >>> _without_facility_names([("sada hospital", "Saada hospital"), ("sada", "Saada province")])
    [('sada hospital', 'Saada hospital'), ('sada', 'Saada province')]
    """
    keys = {k for k, _ in places}
    named = {k.rsplit(" ", 1)[0] for k in keys if k.rsplit(" ", 1)[-1] in _TOWN_FACILITIES}
    return [
        (k, label)
        for k, label in places
        if k not in named
        or k == dateline
        or _town_by_name(label)
        or region_phrase(label) is not None
    ]


def _border_pair(name: str) -> list[str]:
    """
    The two countries of a hyphenated pair ("the Jordan-Syria border"), else *name* alone.

    >>> _border_pair("Jordan-Syria"), _border_pair("Ain al-Asad"), _border_pair("Kestra")
    (['Jordan', 'Syria'], ['Ain al-Asad'], ['Kestra'])
    """
    parts = name.strip(" .,'’-").split("-")
    if len(parts) != 2 or not all(parts):
        return [name]
    found = [default_gazetteer().resolve(p) for p in parts]
    if all(p is not None and p.level == "country" for p in found):
        return parts
    return [name]


def _capital_spots(text: str) -> list[tuple[int, str]]:
    """
    The capitals *text* names by their nation, with their positions.

    >>> _capital_spots("A bomb exploded in the Somali capital on Saturday.")
    [(23, 'Mogadishu')]
    >>> _capital_spots("Kenya's capital was calm; the Big capital letters")
    [(0, 'Nairobi')]
    """
    out: list[tuple[int, str]] = []
    for pattern in (_NATIONAL_CAPITAL, _COUNTRY_CAPITAL):
        for m in pattern.finditer(text):
            name = m.group(1)
            nations = find_nations(name)
            country = default_gazetteer().resolve(name)
            if nations and nations[0][0] == 0 and nations[0][1] == len(name):
                capital = national_capital(nations[0][2])
            elif country is not None and country.level == "country":
                capital = national_capital(country.country)
            else:
                continue
            if capital is not None:
                out.append((m.start(1), capital))
    return out


def _state_spots(text: str) -> list[tuple[int, str]]:
    """
    The states *text* names with "state" in lower case, with their positions.

    A name is kept only when the gazetteer knows it as a first-level region
    (``region_phrase``) and no word of it makes "state" a kind of country.

    >>> _state_spots("Gunmen raided a village in Plateau state; Blue Nile state was calm.")
    [(27, 'Plateau state'), (42, 'Blue Nile state')]
    >>> _state_spots("Iranian state media said the Gulf state of Qatar and a Baltic state agreed.")
    []
    """
    if " state" not in text:  # every match of ``_NAMED_STATE`` writes it
        return []
    out: list[tuple[int, str]] = []
    for m in _NAMED_STATE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_PLACES | _STOPWORDS:
            words = words[1:]  # "On Sunday Plateau state": the sentence's first words
        name = " ".join(words)
        if len(words) < 2 or not _NOT_STATES.isdisjoint(w.lower() for w in words[:-1]):
            continue
        if _nationality_first(name) or region_phrase(name) is None:
            continue
        out.append((m.end(1) - len(name), name))
    return out


@functools.lru_cache(maxsize=1 << 16)
def _nationality_first(label: str) -> bool:
    """
    True when the name starts with a nationality adjective or people noun ("Israeli", "Kenyans").

    Read once per name (many reports name one place): the cache is bounded.

    >>> _nationality_first("Israeli positions"), _nationality_first("Lebanon")
    (True, False)
    """
    found = find_nations(label)
    return bool(found) and found[0][0] == 0


@functools.lru_cache(maxsize=1 << 16)
def _names_event(word: str) -> bool:
    """
    True when *word* names an event or its kind, so the words around it are no place name.

    >>> _names_event("Shooting"), _names_event("Elgin")
    (True, False)
    """
    return word.lower() in _KIND_OF or _EVENT_WORD.fullmatch(word) is not None


#: How much of a document is read for the words it writes in lower case.
_SCANNED: Final = 20_000
_ACRONYM: Final = re.compile(r"[A-Z]{2,4}\.?")


def _plausible(key: str, label: str, text: str) -> bool:
    """
    False for a one-word "place" that is no name.

    That is a function word ("When police arrived"), a word *text* also writes in
    lower case ("Custody", "Fatal",
    "Local" at a sentence start), a common English word ("Flash floods", "Heavy
    rains", see ``WORD_ZIPF``) or an unknown acronym (a station's call letters,
    a police department's initials); names the gazetteer knows always pass.

    >>> _plausible("custody", "Custody", "He was taken into custody on Monday.")
    False
    >>> _plausible("flash", "Flash", "Flash floods hit Garissa."), _plausible("mobile", "Mobile", "")
    (False, True)
    >>> _plausible("wreg", "WREG", ""), _plausible("memphis", "MEMPHIS", "")
    (False, True)
    >>> _plausible("strong", "Strong", "A quake hit."), _plausible("kestra", "Kestra", "")
    (False, True)
    >>> _plausible("gas", "Gas", "A gas cylinder exploded in a kitchen.")
    False
    """
    if " " in key or not label.strip():
        return True
    word = label.split(maxsplit=1)[0].lower().strip(".,'’")
    if word in _STOPWORDS:
        return False
    lower = _written_in_lower_case(word, text)
    if not lower and not _ACRONYM.fullmatch(label.strip()) and english_zipf(word) < WORD_ZIPF:
        return True
    place = default_gazetteer().resolve(key)
    # a word the text also writes in lower case names a place by that place's own
    # name, never by an alternate or a code ("Gas blast ..." over "a gas leak")
    return place is not None and (not lower or place_key(place.name) == key)


def _written_in_lower_case(word: str, text: str) -> bool:
    """
    True when *text* writes *word* after a space and before a space or a punctuation mark.

    Every such form holds " word", and most names are never written in lower case: one
    search tells them, and only a text that holds it is searched for each form.

    >>> _written_in_lower_case("custody", "He was taken into custody."), _written_in_lower_case("kano", "In Kano.")
    (True, False)
    """
    return f" {word}" in text and any(f" {word}{end}" in text for end in " ,.;:")


def _kinds(text: str) -> frozenset[str]:
    """
    The kind keys *text* names, with the wider kinds they imply.

    A fire that burns forest or hectares is a wildfire, and a wildfire is a fire.

    >>> sorted(_kinds("A wildfire killed two")), sorted(_kinds("A blaze burned 900 hectares"))
    (['fire', 'wildfire'], ['fire', 'wildfire'])
    >>> sorted(_kinds("A blaze gutted a hotel"))
    ['fire']
    """
    words = _words(text)
    return _implied({_KIND_OF[w] for w in words if w in _KIND_OF}, words)


def _industrial_blast(kinds: set[str], head: str, *, bombs: bool = False) -> set[str]:
    """
    *kinds*, a blast at a site of industry read as an accident ("gas explosion"), not a bombing.

    "An explosion at a fuel depot", "a blast at a chemical plant", "a fuel tanker
    exploded": a blast names no weapon, and one where fuel or chemicals are kept is
    most often an accident. It stays a bombing when a bomb, an attacker or a weapon is
    named (*head*: the headline and lead; *bombs*: a claim's mention told a bomb),
    or any other kind of weapon is read.

    >>> sorted(_industrial_blast({"bombing"}, "An explosion at a fuel depot in Conakry"))
    ['gas explosion']
    >>> sorted(_industrial_blast({"bombing"}, "A car bomb went off at a fuel depot"))
    ['bombing']
    >>> sorted(_industrial_blast({"bombing"}, "A blast hit a market in Kano"))
    ['bombing']
    """
    if (
        bombs
        or "bombing" not in kinds
        or kinds & WEAPON_KINDS
        or not _INDUSTRIAL_SITE.search(head)
        or _ATTACK_CUE.search(head)
    ):
        return kinds
    return (kinds - {"bombing"}) | {"gas explosion"}


def _gave_way(text: str) -> frozenset[str]:
    """
    The kind of event *text* tells by what gave way (``_GAVE_WAY``), or none.

    >>> _gave_way("A gold mine collapsed near Anka"), _gave_way("a pit caved in at a mine")
    (frozenset({'mine collapse'}), frozenset({'mine collapse'}))
    >>> _gave_way("A dam burst on Tuesday night"), _gave_way("water from a breached dam")
    (frozenset({'flood'}), frozenset({'flood'}))
    >>> _gave_way("the collapse of a footbridge"), _gave_way("A six-storey building collapsed")
    (frozenset({'bridge collapse'}), frozenset({'building collapse'}))
    >>> _gave_way("Talks collapsed on Tuesday"), _gave_way("Bursts of gunfire were heard")
    (frozenset(), frozenset())
    """
    for kind, pattern in _GAVE_WAY:
        if pattern.search(text):
            return frozenset({kind})
    return frozenset()


def specific_kinds(kinds: Iterable[str]) -> frozenset[str]:
    """
    *kinds* without the wider kinds a narrower one of them implies: what to show a reader.

    >>> sorted(specific_kinds({"fire", "wildfire"})), sorted(specific_kinds({"fire", "flood"}))
    (['wildfire'], ['fire', 'flood'])
    >>> sorted(specific_kinds({"strike", "missile"})), sorted(specific_kinds({"strike"}))
    (['missile'], ['strike'])
    """
    found = frozenset(kinds)
    narrow = found - {_ALSO[k] for k in found if k in _ALSO}
    return narrow - GENERIC_KINDS or narrow


def _implied(kinds: set[str] | frozenset[str], words: Sequence[str]) -> frozenset[str]:
    """
    *kinds* with the wider kinds they imply, and a fire burning land (*words*) a wildfire.

    >>> sorted(_implied({"fire"}, ["burned", "forest"])), sorted(_implied({"wildfire"}, []))
    (['fire', 'wildfire'], ['fire', 'wildfire'])
    """
    found = set(kinds)
    if "fire" in found and not _WILDLAND.isdisjoint(words):
        found.add("wildfire")
    return frozenset(found | {_ALSO[k] for k in found if k in _ALSO})


@functools.lru_cache(maxsize=4096)
def _mention_kinds(kind: str) -> frozenset[str]:
    """
    The kind keys of an extractor's event kind ("air strike" is an airstrike).

    >>> sorted(_mention_kinds("air strike")), sorted(_mention_kinds("drone attack"))
    (['airstrike'], ['drone'])
    >>> sorted(_mention_kinds("fire"))
    ['fire']
    """
    if kind in KIND_WORDS:
        return frozenset((kind, _ALSO.get(kind, kind)))
    return _kinds(kind.replace("air strike", "airstrike"))


def _counts(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _COUNT.finditer(text):
        bound, word = m.group(1), m.group(2).lower()
        measure = _MEASURE_OF[m.group(3).lower()]
        if word.isdigit():
            low = high = int(word)
        elif word in _NUMBER_WORDS:
            low = high = _NUMBER_WORDS[word]
        else:
            low, high = _VAGUE_COUNTS[word]
        if bound is not None and low == high:
            # "at least six" is six or more; "more than six" is seven or more
            low, high = (low if bound.lower().startswith("at") else low + 1), -1
        out.append((measure, low, high))
    return out


@frozen
class _Raw:
    """A profile before corpus statistics (IDF) are known."""

    key: str
    document: str
    places: list[tuple[str, str]]
    date: dt.date | None
    precision: str | None
    weekday: int | None
    published: dt.date | None
    kinds: frozenset[str]
    actors: frozenset[str]
    counts: list[tuple[str, int, int]]
    words: set[str]
    focus: str
    dateline: str = ""
    streets: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    within: tuple[tuple[str, str, str], ...] = ()
    implied: frozenset[str] = frozenset()
    recalled: tuple[dt.date | None, str | None] = (None, None)  # an other event's day as read
    wire: bool = False  # the dateline is a wire agency's
    compass: frozenset[tuple[str, str]] = frozenset()
    around: frozenset[str] = frozenset()  # places named only as what the event lies near
    place_words: bool = False  # its places' names weigh in its terms by their rarity (rows)
    nations: frozenset[str] = frozenset()  # countries its headline and lead name by nationality


#: The one empty set raw profiles share (``_shared_sets``).
_NO_SET: Final[frozenset[str]] = frozenset()
#: The fields of ``_Raw`` that hold frozensets.
_RAW_SETS: Final = (
    "kinds",
    "actors",
    "streets",
    "sites",
    "implied",
    "compass",
    "around",
    "nations",
)


def _shared_sets(raw: _Raw, seen: dict[frozenset[Any], frozenset[Any]]) -> _Raw:
    """
    *raw* with its empty and one-member sets replaced by the equal ones in *seen*: every raw is held until all are read.

    Each ``frozenset()`` is a new object of 216 bytes; a set of at most one member
    reads the same whichever equal set holds it.

    >>> seen = {}
    >>> a = _shared_sets(_Raw("a", "a", [], None, None, None, None, frozenset(), frozenset({"fire"}), [], set(), "main"), seen)
    >>> b = _shared_sets(_Raw("b", "b", [], None, None, None, None, frozenset({"fire"}), frozenset(), [], set(), "main"), seen)
    >>> a.kinds is b.actors is _NO_SET, a.actors is b.kinds
    (True, True)
    """
    shared: dict[str, Any] = {}
    for name in _RAW_SETS:
        value = getattr(raw, name)
        if len(value) <= 1:
            one = seen.setdefault(value, value) if value else _NO_SET
            if one is not value:
                shared[name] = one
    return evolve(raw, **shared) if shared else raw


def actor_names(actor: str) -> tuple[str, ...]:
    """
    How a report's actor is compared: its words folded, and the nation it names, if any.

    "Russian" (a missile's side) and "Russia's defence ministry" (the side claiming it)
    name one side: both carry ``nation:ru``, so the actor matcher hears them agree.

    >>> actor_names("Russia's  Defence Ministry")
    ("russia's defence ministry", 'nation:ru')
    >>> actor_names("the Islamic State group")
    ('the islamic state group',)
    >>> actor_names("Jihadist fighters")
    ()
    """
    nations = sorted({key for _, _, key in find_nations(actor)})
    folded = " ".join(actor.lower().split())
    if not nations and all(w.strip("'’") in _UNNAMED_ACTOR for w in folded.split()):
        return ()  # "Jihadist fighters", "the insurgents": a description, no one side's name
    return (folded, *(f"nation:{key}" for key in nations))


#: Words that describe armed men without naming them ("suspected Islamist militants",
#: "the gunmen"): two reports blaming "jihadist fighters" and "insurgents" name no two sides.
_UNNAMED_ACTOR: Final = frozenset(
    {"the", "a", "an", "some", "suspected", "armed", "unknown", "unidentified", "local"}
    | {"militant", "militants", "rebel", "rebels", "insurgent", "insurgents", "terrorist"}
    | {"terrorists", "extremist", "extremists", "islamist", "islamists", "jihadist", "jihadists"}
    | {"fighters", "gunmen", "attackers", "assailants", "bandits", "men", "group", "groups"}
)


def _event_count(claim: Claim, claims: Sequence[Claim] = ()) -> tuple[str, int, int] | None:
    """
    A claim's figure as matching compares it: measure, low, high (-1 for none).

    None for a claim that is no count of the event, for one that adds to a count told
    elsewhere ("divers recovered 14 more bodies"), unless "another" sets its people apart
    from a count of another measure among *claims* (its document's), as the resolver reads
    it (``_quantity.sets_apart``), and for a part listed beside its whole ("41 killed,
    among them 12 children"): they are no tolls to compare.
    """
    if not isinstance(claim, CountClaim) or claim.scope != "event":
        return None
    if adds_to_earlier(claim.subject) and not sets_apart(
        claim.subject, claim.measure, _measures_before(claim, claims)
    ):
        return None  # "14 more bodies": no toll to compare
    if listed_part(claim.subject, claim.sentence):
        return None  # "among them 12 children": a part, not the toll
    q = claim.quantity
    return (claim.measure, q.low, -1 if q.high is None else q.high)


def _measures_before(claim: CountClaim, claims: Sequence[Claim]) -> Iterator[str]:
    """The measures *claims* of the claim's document count before it (read when asked)."""
    start = claim.span[0]
    for c in claims:
        if isinstance(c, CountClaim) and c.document == claim.document and c.span[0] < start:
            yield c.measure


#: No day read: a claim row's mentions tell it.
_UNDATED: Final = EventDate(None, None)


def _raw_document(
    doc: Document,
    claims: Sequence[Claim],
    *,
    told: frozenset[str] = frozenset(),
    place_words: bool = False,
    seen: dict[frozenset[Any], frozenset[Any]] | None = None,
    parts: tuple[str, str, str] | None = None,
) -> _Raw:
    """
    The raw profile of a report's main event: its headline and lead, then its claims.

    The steps run in order: the day the headline and lead tell (``_head_day``), the
    places they name, what the claims carry (``_ClaimReadings``: counts, kinds,
    actors, places and days of their mentions), the day the claims tell where the
    text tells none (``_claims_day``), then the readers of the headline and lead
    (``_head_readings``). *told* is what the claims' mentions give, not read
    (``claimrec.link.rows.told_by_mentions``); empty and one-member sets are shared
    through *seen* (``_shared_sets``); *parts* are ``_headline_and_lead(doc)`` when
    already read.
    """
    title, lead, rest = _headline_and_lead(doc) if parts is None else parts
    title, lead = _bare_capital_named(title, lead)
    head = f"{title}\n{lead}"
    ref = None if len(told) == 2 else _reference_date(doc)
    day = _head_day(doc, (title, lead, rest), ref, told=told)
    year = ref.year if ref is not None else None
    places, dateline = ([], "") if "place" in told else _places(title, lead, year)
    text = doc.text[:_SCANNED]
    places = [(k, lab) for k, lab in places if k == dateline or _plausible(k, lab, text)]
    # with claims, the extractor's reading of kinds and counts is the one reading
    read = _ClaimReadings(places, text)
    for claim in claims:
        read.add(claim, claims)
    kinds = (read.kinds if claims else set(_kinds(head))) or set(_gave_way(head))
    kinds = _industrial_blast(kinds, head, bombs=read.bombs)
    counts = read.counts if claims else _counts(head)
    day = _claims_day(day, read.mention_days, read.weekday_days)
    places = _without_facility_names(read.places, dateline) or _countries_named(head)
    one = {} if seen is None else seen
    return _Raw(
        key=doc.id,
        document=doc.id,
        places=places,
        date=day[0],
        precision=day[1],
        weekday=day[2],
        published=doc.published,
        kinds=_share(_implied(kinds, _words(head)) if "fire" in kinds else frozenset(kinds), one),
        actors=_share(frozenset(read.actors), one),
        counts=counts,
        words=_context_words(head),
        focus="main",
        dateline=dateline,
        wire=_WIRE.match(lead) is not None,
        **_head_readings(head, {k for k, _ in places}, places, one),
        implied=_NO_SET,
        place_words=place_words,
    )


#: A day as read: date, precision, weekday.
_Day = tuple[dt.date | None, str | None, int | None]


def _head_day(
    doc: Document, parts: tuple[str, str, str], ref: dt.date | None, *, told: frozenset[str]
) -> _Day:
    """
    The event's day as the headline and lead tell it (*parts*: title, lead, the body after).

    Without a day there (or only a day before), the sentences after the lead that
    name an event date it, when no later than a day after the lead's; without any,
    the publication date. Nothing is read when the claims tell the day (*told*).
    """
    if "day" in told:
        reading = _UNDATED
    else:
        title, lead, rest = parts
        reading = read_event_date(_sentences(title, lead), ref)
        if reading.precision in {None, "before"}:
            later = read_event_date([s for s in _sentences("", rest) if _EVENT_WORD.search(s)], ref)
            dates_event = later.precision not in {None, "before"} and (
                reading.date is None or later.date is None or later.date <= reading.date + _DAY
            )
            if dates_event or reading.precision is None:
                reading = later
    if reading.precision is None and doc.published is not None:
        return doc.published, "published", doc.published.weekday()
    return reading.date, reading.precision, reading.weekday


def _claims_day(day: _Day, mention_days: Counter[dt.date], weekday_days: Counter[dt.date]) -> _Day:
    """
    *day* or the day the claims' mentions tell, where the text tells no day of its own.

    The most told day of day precision replaces a publication date, a weekday
    (when it falls on it) or no day; with no day at all, the day a weekday was
    resolved to by the extractor (claims fed back without their document).
    """
    date, precision, weekday = day
    if precision in {None, "published", "weekday"} and mention_days:
        told = mention_days.most_common(1)[0][0]
        if weekday is None or precision != "weekday" or told.weekday() == weekday:
            date, precision, weekday = told, "day", told.weekday()
    if date is None and weekday_days:
        # no publication date to resolve a weekday against (claims fed back without
        # their document): the day the extractor resolved it to, as a dated lead reads
        told = min(weekday_days, key=lambda d: (-weekday_days[d], d))
        if weekday is None or told.weekday() == weekday:
            date, precision, weekday = told, "day", told.weekday()
    return date, precision, weekday


class _ClaimReadings:
    """
    What a report's own claims carry, read claim by claim: counts, kinds, actors, places, days.

    *places* (the headline's and lead's, as ``(key, label)``) grows by the places the
    mentions name as written (its key is ``_mention_key`` of it: one key, its town read
    from it: "Syria garrison" is a garrison in Syria); *text* is what ``_plausible``
    reads them against.

    >>> from claimrec.testing import count_claim
    >>> from claimrec.model import EventMention
    >>> c = count_claim(mention=EventMention(location="Kano", date="2024-05-06", precision="day"))
    >>> read = _ClaimReadings([], "")
    >>> read.add(c, [c])
    >>> read.places, read.counts, dict(read.mention_days)
    ([('kano', 'Kano')], [('injured', 7, 7)], {datetime.date(2024, 5, 6): 1})

    A mention reading only the words after a name's "'s" is that name:

    >>> c = count_claim(mention=EventMention(location="Bazar"))
    >>> read = _ClaimReadings([("cox bazar", "Cox's Bazar")], "")
    >>> read.add(c, [c]); read.places
    [('cox bazar', "Cox's Bazar")]
    """

    def __init__(self, places: list[tuple[str, str]], text: str) -> None:
        self.places = places
        self.keys = {k for k, _ in places}
        # "Bazar" of "Cox's Bazar": a mention reading the words after a name's "'s"
        self.tails = possessive_tails(label for _, label in places)
        self.text = text
        self.kinds: set[str] = set()
        self.bombs = False  # a mention told a bomb, not a bare blast
        self.counts: list[tuple[str, int, int]] = []
        self.actors: set[str] = set()
        self.mention_days: Counter[dt.date] = Counter()
        self.weekday_days: Counter[dt.date] = Counter()  # weekdays the extractor resolved

    def add(self, claim: Claim, claims: Sequence[Claim]) -> None:
        """Read one of *claims* (its document's main claims)."""
        mention = claim.mention
        if isinstance(claim, ResponsibilityClaim) and claim.actor:
            self.actors.update(actor_names(claim.actor))
        if (count := _event_count(claim, claims)) is not None:
            self.counts.append(count)
        name = mention.location or mention.place
        if name:
            self._add_place(_mention_key(name), mention.location)
        if mention.kind:
            self.kinds |= _mention_kinds(mention.kind)
            self.bombs = self.bombs or "bomb" in mention.kind
        if mention.date is not None and mention.precision in {None, "day"}:
            self.mention_days[mention.date] += 1
        elif mention.date is not None and mention.precision == "weekday":
            self.weekday_days[mention.date] += 1

    def _add_place(self, key: str, location: str | None) -> None:
        label = location or key
        if (
            key
            and key not in self.keys
            and key not in self.tails
            and not _nationality_first(label)
            and _plausible(key, label, self.text)
        ):
            self.places.append((key, label))
            self.keys.add(key)


def _share(value: frozenset[Any], seen: dict[frozenset[Any], frozenset[Any]]) -> frozenset[Any]:
    """*value*, or the equal set in *seen* for an empty or one-member set (see ``_shared_sets``)."""
    if len(value) > 1:
        return value
    return seen.setdefault(value, value) if value else _NO_SET


def _head_readings(
    head: str,
    keys: set[str],
    places: Sequence[tuple[str, str]],
    seen: dict[frozenset[Any], frozenset[Any]],
) -> dict[str, Any]:
    """The fields of a raw profile the headline and lead give besides places, day and words."""
    return {
        "streets": _share(_streets(head), seen),
        "sites": _share(_sites(head), seen),
        "within": _contained(head, places),
        "compass": _share(_compass(head, keys), seen),
        "around": _share(_around(head, keys), seen),
        "nations": _share(_nations(head), seen),
    }


#: A capitalised name of one to three words, as a country's is written.
_CAPITALISED: Final = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")


#: "The capital" named bare: not "the capital of X", "the capital, X" or "the capital X"
#: (the name follows), nor "the capital's" own name ("the provincial capital" has a word
#: between and does not match).
_BARE_CAPITAL: Final = re.compile(r"\b([Tt]he) capital\b(?!['’]s\b|\s+of\b|,?\s+[A-Z])")


#: A name ending in a body or building of law enforcement and justice: where police
#: spoke or a suspect was jailed or charged, no town ("Modesto Police Department",
#: "Orleans Parish Jail", "Toledo Municipal Court", "the county detention center"): the
#: place is the town or county before it, as "Modesto police" name Modesto; a
#: court only with a word of justice before it ("Deer Ridge Court" is a street).
_INSTITUTION: Final = re.compile(
    r"\s*\b(?:[Pp]olice(?:\s+[Dd]epartment)?|[Ss]heriff['’]?s?(?:\s+[Oo]ffice)?|[Jj]ail|[Pp]rison"
    r"|[Cc]ourthouse|[Dd]etention\s+[Cc]ent(?:er|re)|[Pp]enitentiary|[Cc]orrectional\s+\w+"
    r"|(?:[Ss]uperior|[Dd]istrict|[Mm]unicipal|[Cc]riminal|[Cc]ircuit|[Ff]ederal|[Ss]upreme|[Bb]ranch"
    r"|[Pp]leas|[Ff]amily|[Jj]uvenile|[Mm]agistrates['’]?|[Cc]rown)\s+[Cc]ourt)$"
)
#: A full stop ending a sentence inside a name read across it: "Waco. Police", "Friday.Police"
#: (a word of four letters or more, or an owner's "'s", before it: "St. Louis", "Ft. Worth"
#: are abbreviations).
_SENTENCE_INSIDE: Final = re.compile(r"(?:(?<=[a-z]{4})|(?<=[a-z]{2}['’]s))\.\s*(?=[A-Z])")


def _before_next_sentence(label: str) -> str:
    """
    A place name up to a full stop that ends its sentence.

    >>> _before_next_sentence("Los Angeles. Police"), _before_next_sentence("Friday.Police")
    ('Los Angeles', 'Friday')
    >>> _before_next_sentence("St. Louis"), _before_next_sentence("St. Mary's. A")
    ('St. Louis', "St. Mary's")
    """
    return _SENTENCE_INSIDE.split(label, maxsplit=1)[0]


def _bare_capital_named(title: str, lead: str) -> tuple[str, str]:
    """
    Headline and lead with a bare "the capital" written as the capital of the report's country.

    A report names its country once ("Somali officials said") and then the city only as
    "near the capital"; another report names Mogadishu. The capital is the national
    capital of the one country the headline and lead name, by its name or a nationality
    (``claimrec.link.places.national_capital``); with none or several, or none of the
    words, the text is left as it is.

    >>> _bare_capital_named("Blast in Somalia", "A bomb exploded near the capital.")
    ('Blast in Somalia', 'A bomb exploded near Mogadishu.')
    >>> _bare_capital_named("Blast", "Somali police said a bomb hit the capital of Bay.")
    ('Blast', 'Somali police said a bomb hit the capital of Bay.')
    >>> _bare_capital_named("Blast", "Kenyan and Somali troops entered the capital.")
    ('Blast', 'Kenyan and Somali troops entered the capital.')
    """
    if "capital" not in title and "capital" not in lead:
        return title, lead
    head = f"{title}\n{lead}"
    if _BARE_CAPITAL.search(head) is None:
        return title, lead
    gazetteer = default_gazetteer()
    countries = {gazetteer.lookup(key)[0].country for key, _ in _countries_named(head)}
    capitals = {national_capital(c) for c in countries | _nations(head)} - {None}
    if len(capitals) != 1:
        return title, lead
    (capital,) = capitals
    return _BARE_CAPITAL.sub(str(capital), title), _BARE_CAPITAL.sub(str(capital), lead)


def _countries_named(head: str) -> list[tuple[str, str]]:
    """
    The countries a headline and lead name, for a report that names no other place.

    "Greece declared a state of emergency after the floods" places the floods in
    Greece, though no preposition or event word stands by the name.

    >>> _countries_named("Greece declares emergency after floods")
    [('grece', 'Greece')]
    """
    gazetteer = default_gazetteer()
    found: dict[str, str] = {}
    for m in _CAPITALISED.finditer(head):
        key = place_key(m.group())
        entries = gazetteer.lookup(key) if key and key not in _NOT_PLACES else ()
        if entries and entries[0].level == "country":
            found.setdefault(key, m.group())
    return list(found.items())


#: A run of letters, as ``claimrec.kinds.find_nations`` reads a word's first letters.
_LETTERS: Final = re.compile(r"[^\W\d_]+")
#: The first run of letters of every form ``find_nations`` looks up (its words' first),
#: and of those written with a capital: in a text with capitals it reads no other.
_NATION_HEADS: Final = frozenset(m.group() for k in _FORMS if (m := _LETTERS.match(k)))
_CAPITAL_NATION_HEADS: Final = frozenset(h for h in _NATION_HEADS if h[:1].isupper())
#: In an ASCII text, a run of letters that begins with a capital (every run that
#: follows no letter, and some that do: "McDonald" gives "Mc" and "Donald").
_CAPITAL_RUN: Final = re.compile(r"[A-Z][A-Za-z]*")
#: What every set of initials ``find_nations`` reads ("U.S.", "U. K.") holds: a full
#: stop, a letter and a full stop.
_INITIALS: Final = re.compile(r"\.\s?[A-Za-z]\.")


def _may_name_nation(text: str) -> bool:
    """
    False when ``find_nations`` finds nothing in *text*: no run of its letters begins a nation's form.

    A word ``find_nations`` looks up begins with a letter that follows no letter, so
    its first run of letters is one of the text's, and in a text with capitals it
    begins with a capital; initials ("U.S.") are read with ``find_nations`` itself.
    Most texts name no nation, and one pass over their letters costs less than
    reading their words.

    >>> _may_name_nation("Two people were hurt in Kano."), _may_name_nation("Kenyan police said")
    (False, True)
    >>> _may_name_nation("U.S. troops"), _may_name_nation("Guinea-Bissau's army")
    (True, True)
    >>> _may_name_nation("the kenyan police"), _may_name_nation("The police in Kenya")
    (True, True)
    """
    if _INITIALS.search(text) is not None:
        return True
    if text.isascii() and (capitals := _CAPITAL_RUN.findall(text)):
        return not _CAPITAL_NATION_HEADS.isdisjoint(capitals)  # a text with capitals
    heads = _CAPITAL_NATION_HEADS if text.lower() != text else _NATION_HEADS
    return not heads.isdisjoint(_LETTERS.findall(text))


def _nations(text: str) -> frozenset[str]:
    """
    The countries (ISO codes) *text* names by a nationality: "Greek firefighters" names Greece.

    >>> sorted(_nations("Greek firefighters and Kenyan police"))
    ['GR', 'KE']
    >>> sorted(_nations("British police and Kurdish fighters"))
    ['GB']
    """
    if not _may_name_nation(text):
        return _NO_SET
    return frozenset(
        code for _, _, key in find_nations(text) if (code := nation_country(key)) is not None
    )


def _sentence_day(sentence: str, doc: Document | None) -> dt.date | None:
    """
    The first day *sentence* names, resolved against its report's date, or None.

    >>> _sentence_day("Residents returned on Friday, three days after the fire.", None) is None
    True
    >>> d = Document("d", "", published="2025-03-08")
    >>> _sentence_day("Residents returned on Friday, three days after the fire.", d)
    datetime.date(2025, 3, 7)
    """
    reference = _reference_date(doc) if doc is not None else None
    if reference is None:
        return None
    for dm in scan_dates(sentence, reference):
        if dm.date is not None and dm.precision in {"day", "weekday"} and dm.date <= reference:
            return dm.date
    return None


def _raw_other(key: str, doc: Document | None, claims: Sequence[Claim], main: _Raw) -> _Raw | None:
    """
    The profile of an event *claims* recall, None when nothing places or dates it.

    Its day is the mention's, or counted back from the report's own event ("three
    days after a bombing", ``recall_day``), or from the later development that alone
    dates the report ("Moscow said on Tuesday ..., a day after officials said a missile
    had killed four").
    """
    mention = claims[0].mention
    places = [(place_key(n), mention.location or n) for n in (mention.place, mention.location) if n]
    places = [(k, label) for k, label in places if k]
    # "said on Tuesday ..., a day after officials said a missile had killed four": "a day
    # after" counts back from the day the sentence dates, else from the report's event
    anchor = _sentence_day(claims[0].sentence, doc) or (
        main.date if main.precision in {"day", "before"} else None
    )
    day, day_precision = recall_day(claims, anchor)
    date, precision, weekday = None, None, None
    if day is not None and day_precision == "day":
        date, precision, weekday = day, "day", day.weekday()
    elif day is not None and day_precision == "weekday":
        precision, weekday = "weekday", day.weekday()
    if not places and precision is not None:
        places = _recalled_places(claims)
    if not places and date is None:
        return None
    counts = [
        (c.measure, c.quantity.low, -1 if c.quantity.high is None else c.quantity.high)
        for c in claims
        if isinstance(c, CountClaim) and c.scope == "event"
    ]
    actors = frozenset(
        name
        for c in claims
        if isinstance(c, ResponsibilityClaim) and c.actor
        for name in actor_names(c.actor)
    )
    text = " ".join(c.sentence for c in claims)
    return _Raw(
        key=key,
        document=claims[0].document,
        places=places,
        date=date,
        precision=precision,
        weekday=weekday,
        published=doc.published if doc else None,
        kinds=_kinds(f"{mention.kind or ''} {text}"),
        actors=actors,
        counts=counts,
        words=_content(text),
        focus="other",
        recalled=(day, day_precision),
    )


#: Where a sentence turns to the event it recalls: "came three days after a bombing at ...".
_RECALL_CUE: Final = re.compile(r"\b(?:after|following)\s", re.IGNORECASE)


def _recalled_places(claims: Sequence[Claim]) -> list[tuple[str, str]]:
    """
    The places the sentences of a recalled event name after the words that recall it.

    The extractor places a mention at the places it reads; a recall clause often
    names its place where it does not look ("after two trams collided on Dorn
    Street on Tuesday"). Only the clause after "after" or "following" is read: a
    sentence without one may name the report's own places too.

    >>> from claimrec.testing import count_claim
    >>> _recalled_places([count_claim(sentence="A blast in Orvel came a day after a bombing at "
    ...                                        "the city's Tamsin market killed 11 people.")])
    [('tamsin market', 'Tamsin market')]
    """
    out: dict[str, str] = {}
    for claim in claims:
        cues = list(_RECALL_CUE.finditer(claim.sentence))
        if not cues:
            continue
        for key, label in _places("", claim.sentence[cues[-1].start() :])[0]:
            out.setdefault(key, label)
    return list(out.items())


def _own_event(raw: _Raw, main: _Raw) -> bool | None:
    """
    True when a recalled event is the report's own event told from a later development.

    Its day agrees with the report's event day (``recalls_own_event``), it names no
    place the report's own event does not and no other kind of event, and it names
    one of them. False when it is another event; None when only the day agrees (a
    day alone, "Friday's clashes", may be another event of that day): its claims
    attach to no event.
    """
    day, precision = raw.recalled
    if not recalls_own_event(day, precision, main.date, main.precision):
        return False
    own = {k for k, _ in main.places}
    named = [k for k, _ in raw.places if k not in raw.implied]
    if any(k not in own for k in named):
        return False
    kinds, own_kinds = raw.kinds - GENERIC_KINDS, main.kinds - GENERIC_KINDS  # "strikes": any
    if kinds and own_kinds and not kinds & own_kinds:
        return False
    return True if named or kinds & own_kinds else None


@functools.cache
def _anaphora() -> tuple[frozenset[str], frozenset[str]]:
    """The determiners and nouns that point back at a report's own target (``anaphora.tsv``)."""
    text = resources.files("claimrec.link").joinpath("anaphora.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    determiners = frozenset(word for kind, word in rows if kind == "determiner")
    nouns = frozenset(word for kind, word in rows if kind == "noun")
    return determiners, nouns | {f"{n}s" for n in nouns}


#: An event placed from a town: "20 km north of Taiz", "about 50 nautical miles
#: southwest of Hodeidah", "40 kilometres (25 miles) east of Kabul" (bounded: linear).
_FROM_A_TOWN: Final = re.compile(
    r"\b\d[\d,.]*\s*(?:km|kilometres?|kilometers?|(?:nautical\s+)?miles?)\s+"
    r"(?:\([^()]{1,30}\)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    rf"((?:{_CAP})(?:\s+{_CAP}){{0,2}})"
)
_LOWER_WORD: Final = re.compile(r"[a-z]+")


def _placed_elsewhere(sentence: str, head: str) -> str | None:
    """
    The town *sentence* places another event from, or None when it tells the report's own.

    A sentence after the lead that places its event from a town the headline and lead
    (*head*) never name and points back at no target of the report (``anaphora.tsv``:
    "the vessel", "both missiles", "the blast") tells another event: "A drone struck a
    bridge 20 km north of Taiz" in a report of a drone on an air base.

    >>> head = "Drone kills four at Yemen air base"
    >>> _placed_elsewhere("A drone struck a bridge 20 km north of Taiz on Sunday.", head)
    'Taiz'
    >>> _placed_elsewhere("The blast destroyed two barracks about 60 km north of Aden.", head)
    >>> _placed_elsewhere("Both missiles struck about 50 nautical miles southwest of Hodeidah.", head)
    >>> _placed_elsewhere("A drone hit a truck 20 km north of Taiz.", "Drone strikes near Taiz")
    """
    found = _FROM_A_TOWN.search(sentence)
    town = found.group(1).rstrip(".") if found is not None else ""
    if not town or town in head:
        return None
    determiners, nouns = _anaphora()
    words = _LOWER_WORD.findall(sentence.lower())
    if any(a in determiners and b in nouns for a, b in itertools.pairwise(words)):
        return None
    return town


def _elsewhere(claim: Claim, head: str) -> Claim | None:
    """
    *claim* as a claim of another event placed at its town (``_placed_elsewhere``), or None.

    Only for the profile: the report keeps the claim as the extractor read it.
    """
    if claim.sentence in head:
        return None
    town = _placed_elsewhere(claim.sentence, head)
    if town is None:
        return None
    mention = evolve(claim.mention, location=town, place=town, focus="other")
    return evolve(claim, mention=mention)


def _other_key(claim: Claim) -> tuple[str, str, str, str]:
    m = claim.mention
    return (
        claim.document,
        place_key(m.place or m.location or ""),
        m.date.isoformat() if m.date else "",
        m.kind or "",
    )


def profile_documents(
    documents: Sequence[Document],
    claims: Sequence[Claim] = (),
    *,
    max_terms: int = 30,
    min_idf: float = 0.5,
) -> tuple[list[EventProfile], dict[str, str | None]]:
    """
    Profile every document's main event, and every other event its claims recall.

    Args:
        documents: The documents.
        claims: Their claims, if extracted; claims of unknown documents profile those documents.
        max_terms: How many of a profile's rarest words to keep for context matching.
        min_idf: Words weighing less (found in more than about 60% of the profiles,
            or common in English in a corpus too small to tell) are dropped.

    Returns:
        The profiles (main profiles keyed by document id), and for every claim the
        key of the profile it belongs to (None for cumulative/standing claims and
        for recalled events with neither place nor date; the document's id for a
        recall of its own event, see ``claimrec.match``).

    >>> doc = Document("d1", "MILLHAVEN — A boy was shot Monday.", title="Boy shot", published="2014-02-11")
    >>> profiles, _ = profile_documents([doc])
    >>> profiles[0].places, profiles[0].date
    (('milhaven',), datetime.date(2014, 2, 10))
    """
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.document].append(claim)
    docs = {d.id: d for d in documents}
    for doc_id, own in by_doc.items():
        if doc_id not in docs:
            docs[doc_id] = Document(doc_id, " ".join(c.sentence for c in own))
    raws: list[_Raw] = []
    seen: dict[frozenset[Any], frozenset[Any]] = {}  # one object per set of one member
    claim_profile: dict[str, str | None] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        main_claims: list[Claim] = []
        others: dict[tuple[str, str, str, str], list[Claim]] = {}
        parts = _headline_and_lead(doc)
        title, lead, _ = parts
        head = f"{title}\n{lead.split(chr(10), 1)[0]}"  # the headline and first paragraph
        placed: set[tuple[str, str, str, str]] = set()  # other events placed from a town
        for claim in by_doc.get(doc_id, ()):
            if isinstance(claim, CountClaim) and claim.scope != "event":
                claim_profile[claim.id] = None
            elif claim.mention.focus == "other":
                others.setdefault(_other_key(claim), []).append(claim)
            elif (elsewhere := _elsewhere(claim, head)) is not None:
                others.setdefault(_other_key(elsewhere), []).append(elsewhere)
                placed.add(_other_key(elsewhere))
            else:
                main_claims.append(claim)
                claim_profile[claim.id] = doc_id
        told = told_by_mentions(doc, main_claims)
        # claim rows without a lead weigh their places' names (claimrec.link.rows)
        reading = reading_of(doc)
        main = _raw_document(
            reading,
            main_claims,
            told=told,
            place_words=weighs_place_words(doc),
            seen=seen,
            parts=parts if reading is doc else None,  # read once: the reader reads it whole
        )
        raws.append(main)
        at = len(raws) - 1
        for n, (other, group) in enumerate(others.items(), start=1):
            key = f"{doc_id}#{n}"
            raw = _raw_other(key, doc, group, main)
            mine = _own_event(raw, main) if raw is not None and other not in placed else False
            if raw is None or mine is None:
                target: str | None = None  # nothing places or dates it, or only the day agrees
            elif mine:
                target = doc_id  # the report's own event, told from a later development
            else:
                raws.append(_shared_sets(raw, seen))
                target = key
                raws[at] = _without_places_of(raws[at], raw, group, reading)
            for claim in group:
                claim_profile[claim.id] = target
    return _finish(raws, max_terms=max_terms, min_idf=min_idf), claim_profile


def _without_places_of(main: _Raw, other: _Raw, claims: Sequence[Claim], doc: Document) -> _Raw:
    """
    *main* without the places its headline and lead name only in sentences about *other*.

    "Rockets hit a US base in Deir ez-Zor province on Sunday, wounding three soldiers.
    Hours later, US aircraft struck depots near Albu Kamal, killing eight": Albu Kamal
    is the place of the retaliatory strike, another event, not the rocket attack's, and
    the words of those sentences ("aircraft", "depots") are no context of the attack.
    """
    keys = {k for k, _ in other.places}
    if not keys & {k for k, _ in main.places}:
        return main
    title, lead, _ = _headline_and_lead(doc)
    head = f"{title}\n{lead}"
    sentences = list(dict.fromkeys(c.sentence for c in claims))
    dropped = set()
    for key, label in main.places:
        if key not in keys or key == main.dateline:
            continue
        word = re.compile(r"\b" + re.escape(label) + r"\b")
        named = len(word.findall(head))
        if named and named == sum(len(word.findall(s)) for s in sentences):
            dropped.add(key)
    if not dropped:
        return main
    for sentence in sentences:
        head = head.replace(sentence, " ")  # its words tell the other event, as its places do
    return evolve(
        main,
        places=[(k, label) for k, label in main.places if k not in dropped],
        words=_context_words(head) & main.words,
    )


def _contained(text: str, places: Sequence[tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """
    ``(place, wider place, its label)`` for each of *places* the text names inside another.

    >>> _contained("A quake hit the town of Hollin in western Valdoria.",
    ...            [("holin", "Hollin"), ("valdoria", "Valdoria")])
    (('holin', 'valdoria', 'Valdoria'),)

    A report naming one country and one place the gazetteer does not know puts that
    place in the country ("Landslide kills 11 in Nepal ... in Sindhupalchok district"):

    >>> _contained("Landslide kills 11 in Nepal", [("nepal", "Nepal"), ("sindhupalchok", "X")])
    (('sindhupalchok', 'nepal', 'Nepal'),)
    """
    labels = dict(places)
    out: dict[tuple[str, str], str] = {}
    if len(labels) < 2:  # one place lies inside no other of them
        return ()
    for m in _CONTAINED.finditer(text):
        inner, outer = place_key(m.group(1)), place_key(m.group(2))
        if inner != outer and inner in labels and outer in labels and not _a_country(inner):
            out.setdefault((inner, outer), labels[outer])  # "with Afghanistan in Khyber": no
    if not out and len(labels) == 2:  # a country and one other place
        out.update(_unknown_in_country(labels))
    return tuple((inner, outer, label) for (inner, outer), label in out.items())


def _a_country(key: str) -> bool:
    """True when *key* names a country: no place of a report lies around one."""
    place = default_gazetteer().resolve(key)
    return place is not None and place.level == "country"


def _unknown_in_country(labels: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """
    ``{(unknown place, country): country's label}`` when *labels* are a country and a name the gazetteer lacks.

    >>> _unknown_in_country({"nepal": "Nepal", "kathmandu": "Kathmandu"})
    {}
    """
    gazetteer = default_gazetteer()
    found = {k: gazetteer.resolve(k) for k in labels}
    countries = [k for k, p in found.items() if p is not None and p.level == "country"]
    unknown = [k for k, p in found.items() if p is None]
    if len(countries) == 1 and len(unknown) == 1:
        return {(unknown[0], countries[0]): labels[countries[0]]}
    return {}


def _widen(raws: Sequence[_Raw]) -> list[_Raw]:
    """
    Raws that name a place other reports put inside a wider one, with that wider place too.

    A first report names "the town of X in northern Y"; an update names only X, a
    wire report filed from the capital only Y. The gazetteer knows few small towns,
    so what the corpus itself says of X (one wider place, never two) lets the update
    meet the wire report; places the leads name together (``_companions``) widen only
    main events. The wider place goes last: it is the least salient.
    """
    wider: dict[str, dict[str, str]] = {}
    for raw in raws:
        for inner, outer, label in raw.within:
            wider.setdefault(inner, {}).setdefault(outer, label)
    known = {inner: next(iter(o.items())) for inner, o in wider.items() if len(o) == 1}
    # a place named with another by every lead naming it widens main events only: a
    # recalled event named in passing ("a rocket attack on a base in Iraq") is no lead
    companions = _companions(raws) if len(raws) < _FEW else {}
    if not known and not companions:
        return list(raws)
    out = []
    for raw in raws:
        keys = {k for k, _ in raw.places}
        learnt = {**companions, **known} if raw.focus == "main" else known
        extra = {learnt[k] for k in keys if k in learnt and learnt[k][0] not in keys}
        implied = frozenset(k for k, _ in extra)
        out.append(
            evolve(raw, places=[*raw.places, *sorted(extra)], implied=implied) if extra else raw
        )
    return out


def _companions(raws: Sequence[_Raw]) -> dict[str, tuple[str, str]]:
    """
    For a place every report naming it with others names with one same place, that place.

    In a handful of reports (``_FEW``), a town and its province named together by
    two or more leads ("the province of Y ... the town of X") and never with
    anything else are one event's place at two levels: an update naming only X
    and another naming only Y meet through them. Only main events count, and
    only a single companion: two or more say nothing of which one is wider.

    >>> raw = _Raw("a", "a", [("x", "X"), ("y", "Y")], None, None, None, None,
    ...            frozenset(), frozenset(), [], set(), "main")
    >>> sorted(_companions([raw, evolve(raw, key="b", document="b")]).items())
    [('x', ('y', 'Y')), ('y', ('x', 'X'))]
    """
    together: dict[str, set[str]] = {}
    seen: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for raw in raws:
        keys = {k for k, _ in raw.places}
        if raw.focus != "main" or len(keys) < 2:
            continue
        for k, label in raw.places:
            labels.setdefault(k, label)
            seen[k] += 1
            others = keys - {k}
            together[k] = together[k] & others if k in together else others
    return {
        k: (next(iter(others)), labels[next(iter(others))])
        for k, others in together.items()
        if seen[k] >= 2 and len(others) == 1
    }


#: Below this many reports a word's IDF cannot reach what it has in a real corpus:
#: in four reports, a word two of them share weighs 0.69 against 2.1 among twenty,
#: and one all of them share weighs nothing however rare it is ("the Hollin quake"),
#: so the corpus IDF is rescaled to the weight it would have among ``_FEW`` reports
#: and blended with the word's rarity in English (``_term_weights``); places named
#: together are learnt from the leads (``_companions``).
_FEW: Final = 20


#: A way of naming places resolved (``_finish``): the places and their gazetteer
#: entries (``_locate``), their specificity, and which place a word names (``place_namers``).
_Located = tuple[list[tuple[str, str]], tuple["Place | None", ...], tuple[float, ...], PlaceNamers]


def _finish(given: list[_Raw], *, max_terms: int, min_idf: float) -> list[EventProfile]:
    """
    Profiles from raw readings, with corpus statistics: word IDF, place frequency, gazetteer.

    *given* is emptied, and each raw let go of once its profile is made: the raws
    and the profiles are not all held at once.
    """
    raws = _widen(given)
    given.clear()
    df: Counter[str] = Counter()
    for raw in raws:
        df.update(raw.words)
    n = len(raws)
    common = n // 3 if n >= 30 else n  # in a large corpus, words in a third of it carry nothing
    # in a handful of reports, a word most of them share says nothing about which
    # event they are about (in two reports, every shared word is in all of them)
    place_df: Counter[str] = Counter()
    for raw in raws:
        place_df.update({k for k, _ in raw.places})
    # a place is as frequent as all its spellings: a rare variant of a hot place is hot
    heads = spelling_heads(place_df)
    head_df: Counter[str] = Counter()
    for raw in raws:
        head_df.update({heads[k] for k, _ in raw.places})
    gazetteer = default_gazetteer()
    term_weights = _term_weights(df, n, common=common, min_idf=min_idf)
    one = _Interned()  # equal words, weights and sets of many profiles: one object each
    profiles = []
    # many profiles name the same places the same way: each way is resolved once, and
    # its places' specificity and the index of the words naming them built once
    located: dict[Hashable, _Located] = {}
    raws.reverse()
    while raws:
        raw = raws.pop()  # in order; its words go with it once its terms are weighed
        way = (tuple(raw.places), raw.dateline, raw.wire, raw.around, raw.nations)
        found = located.get(way)
        if found is None:
            places, geo = _locate(
                raw.places,
                raw.dateline,
                gazetteer,
                wire=raw.wire,
                around=raw.around,
                nations=raw.nations,
            )
            specificity = tuple(
                place_specificity(head_df[heads[k]], n) * level_weight(geo[i] if geo else None)
                for i, (k, _) in enumerate(places)
            )
            namers = place_namers([k for k, _ in places])
            found = located[way] = (places, geo, specificity, namers)
        places, geo, specificity, namers = found
        weighted = sorted(
            ((term_weights[w], w) for w in raw.words if w in term_weights), reverse=True
        )[:max_terms]
        terms = {w: s for s, w in weighted}
        if raw.place_words:
            terms = weighed_by_namers(terms, namers, specificity)
        if geo and any(map(is_landscape, geo)):
            terms = _without_landscape_nouns(terms, namers[0], geo)
        profiles.append(
            EventProfile(
                key=raw.key,
                document=raw.document,
                places=tuple(k for k, _ in places),
                labels=tuple(label for _, label in places),
                date=raw.date,
                precision=raw.precision,
                weekday=raw.weekday,
                published=raw.published,
                kinds=one.value(raw.kinds),
                actors=one.value(raw.actors),
                counts=one.value(tuple(raw.counts)),
                terms=one.terms(terms),
                focus=raw.focus,
                streets=one.value(raw.streets),
                sites=one.value(raw.sites),
                implied=one.value(raw.implied),
                compass=one.value(raw.compass),
                specificity=specificity,
                geo=geo,
            )
        )
    return profiles


#: Day and month names: the date matcher weighs them, the background does not.
_CALENDAR: Final = frozenset(_WEEKDAYS) | frozenset(_MONTHS)


def _told_elsewhere(word: str) -> bool:
    """
    True for a word another matcher weighs: a day or month, an event kind, what happened.

    Two reports of one kind of event share "missile", "killed" and "Monday"
    whichever events they are about; the date, kind and count matchers weigh those.

    >>> [w for w in ("tuesday", "missile", "wounded", "mourners") if _told_elsewhere(w)]
    ['tuesday', 'missile', 'wounded']
    """
    return word in _CALENDAR or word in _KIND_OF or _EVENT_WORD.fullmatch(word) is not None


def _term_weights(
    df: Mapping[str, int], n: int, *, common: int, min_idf: float
) -> dict[str, float]:
    """
    The context weight of every word at least two of *n* profiles share (see ``_FEW``).

    In a corpus of ``_FEW`` or more the weight is the word's IDF. In fewer reports
    IDF cannot tell a rare word from a common one (in three reports of one quake,
    the town's name and "said" are in all three), so the weight blends the corpus
    IDF, rescaled to what it would be among ``_FEW`` reports, with the word's rarity
    in English at large (``background_weight``), the background's share growing as
    the corpus shrinks. Words weighing less than *min_idf* are left out.
    """
    if n >= _FEW:
        weight_of = {count: idf(count, n) for count in set(df.values())}
        return {
            w: weight_of[c] for w, c in df.items() if 1 < c <= common and weight_of[c] >= min_idf
        }
    scale = idf(2, _FEW) / idf(2, n) if n > 1 else 1.0
    share = n / _FEW  # of the corpus IDF
    out = {}
    for w, c in df.items():
        if c < 2:
            continue
        local = idf(c, n)
        corpus = local * scale if local >= min_idf else 0.0
        rarity = 0.0 if _told_elsewhere(w) else background_weight(w)
        weight = share * corpus + (1.0 - share) * rarity
        if weight >= min_idf:
            out[w] = weight
    return out


_T = TypeVar("_T")


class _Interned:
    """
    One object for equal values of many profiles (memory only: the profiles are equal).

    Weights are kept apart from other values and by their sign, so ``0.0`` and
    ``-0.0`` stay what they were.

    >>> one = _Interned()
    >>> one.value(frozenset({"a"})) is one.value(frozenset({"a"}))
    True
    """

    def __init__(self) -> None:
        self._values: dict[object, object] = {}
        self._weights: dict[tuple[float, bool], float] = {}
        self._rounded: dict[float, float] = {}  # a positive weight -> its rounded weight

    def value(self, value: _T) -> _T:
        """The first of the values equal to *value* (strings, frozensets, tuples)."""
        return self._values.setdefault(value, value)  # type: ignore[return-value]

    def weight(self, value: float) -> float:
        """The first float equal to *value* with its sign."""
        return self._weights.setdefault((value, math.copysign(1.0, value) > 0), value)

    def terms(self, terms: Mapping[str, float]) -> dict[str, float]:
        """
        ``{self.value(w): self.weight(round(s, 3)) for w, s in terms.items()}``, each positive weight rounded once.

        >>> one = _Interned()
        >>> one.terms({"kano": 2.30259, "market": 0.0})
        {'kano': 2.303, 'market': 0.0}
        """
        word, weight, rounded = self._values.setdefault, self.weight, self._rounded
        out: dict[str, float] = {}
        for w, s in terms.items():
            r = rounded.get(s) if s > 0.0 else None  # 0.0 and -0.0 are one key: not kept
            if r is None:
                r = weight(round(s, 3))
                if s > 0.0:
                    rounded[s] = r
            out[word(w, w)] = r  # type: ignore[index]
        return out


def _locate(
    places: Sequence[tuple[str, str]],
    dateline: str,
    gazetteer: Gazetteer,
    *,
    wire: bool = False,
    around: frozenset[str] = frozenset(),
    nations: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, str]], tuple[Place | None, ...]]:
    """
    Resolve a profile's places in the gazetteer; drop a dateline far from the event.

    A name is resolved inside the first country or region the profile names, if
    any ("Georgia" next to "Atlanta"); a name written with a region noun ("the
    Kherson region", ``region_phrase``) is the region, not the city of its name. The dateline ("WASHINGTON —") is where the
    report was filed: when another place of the report resolves to somewhere more
    than ``_DATELINE_KM`` away, or to another country (any other country for a wire
    agency's dateline, *wire*), the dateline is not the event's
    place and is dropped (a city of another country counts only when the report
    names that country or one of its regions). A city resolved in a country the
    report does not name, when it names some, is unknown (None). A city the report
    names only as what the event lies near or outside (*around*: "villages east of
    Izmir", ``_around``) stands for its first-level region. A small town of another
    country found only by one of its alternate names is unknown when the report names
    a country, by name or by a nationality (*nations*: "Greek blaze near Marathon",
    ``_doubtful``).
    """
    regions = [region_phrase(label, gazetteer) is not None for _, label in places]
    broad = [
        gazetteer.resolve(k, region=r, spelled=label) if k != dateline else None
        for (k, label), r in zip(places, regions, strict=True)
    ]
    # a lake or a valley names no country: several may share it (``_on_the_shore``)
    wide = [p for p in broad if p is not None and p.level != "city" and not is_landscape(p)]
    context = next(iter(wide), None)
    geo = [
        gazetteer.resolve(k, within=context, region=r, spelled=label)
        if context is not None or k == dateline
        else g
        for (k, label), g, r in zip(places, broad, regions, strict=True)
    ]
    named = {g.country for g in wide}
    if named:
        # "the town of Ariha in northwest Syria": a city of a country the report never
        # names is another place of that name (the gazetteer knows few small towns)
        geo = [
            None
            if g is not None and g.level == "city" and g.country not in named and k != dateline
            else g
            for (k, _), g in zip(places, geo, strict=True)
        ]
    if named | nations:
        geo = [
            None if k != dateline and _doubtful(k, g, named | nations) else g
            for (k, _), g in zip(places, geo, strict=True)
        ]
    geo = _on_the_shore(places, geo, named | nations, gazetteer)
    geo = _regions_of_named_countries(geo, [k == dateline for k, _ in places])
    if around:
        geo = [
            gazetteer.region_of(g) if g is not None and k in around else g
            for (k, _), g in zip(places, geo, strict=True)
        ]
    if dateline:
        at = next(i for i, (k, _) in enumerate(places) if k == dateline)
        filed = geo[at]
        if filed is not None and any(
            _far(filed, g, named, wire=wire) for i, g in enumerate(geo) if i != at and g is not None
        ):
            return [p for i, p in enumerate(places) if i != at], tuple(
                g for i, g in enumerate(geo) if i != at
            )
    return list(places), tuple(geo) if any(g is not None for g in geo) else ()


#: A city this populous is known abroad by its other names ("Bombay", "Saigon").
_KNOWN_ABROAD: Final = 100_000


#: Words of a lake's, a valley's or a mountain's name that tell what kind of place it is,
#: not which: "Lake" of "Lake Kivu" and of "Lake Victoria" is no shared context.
_LANDSCAPE_NOUNS: Final = frozenset(
    {"lake", "mount", "mountain", "valley", "river", "island", "sea", "gulf", "bay", "coast"}
)


def _without_landscape_nouns(
    terms: Mapping[str, float], namers: Mapping[str, int], geo: Sequence[Place | None]
) -> dict[str, float]:
    """
    *terms* without the landscape nouns (``_LANDSCAPE_NOUNS``) of a landscape place they name.

    >>> lake = Place("CD.11~lake kivu", "Lake Kivu", "admin1", "CD", "11")
    >>> _without_landscape_nouns({"lake": 2.0, "kivu": 3.0, "boat": 1.0}, {"lake": 0, "kivu": 0}, [lake])
    {'kivu': 3.0, 'boat': 1.0}
    """
    return {
        w: s
        for w, s in terms.items()
        if w not in _LANDSCAPE_NOUNS or w not in namers or not is_landscape(geo[namers[w]])
    }


def _on_the_shore(
    places: Sequence[tuple[str, str]],
    geo: Sequence[Place | None],
    countries: set[str] | frozenset[str],
    gazetteer: Gazetteer,
) -> list[Place | None]:
    """
    *geo* with each lake or valley several countries share read in the report's country.

    "A ferry capsized on Lake Victoria, Tanzanian officials said" and "... near
    Mwanza": the lake's Tanzanian shore, found by a country the report names (by name or
    nationality, *countries*) or by the country of another place it names.

    >>> g = default_gazetteer()
    >>> places = [("lake victoria", "Lake Victoria"), ("kisumu", "Kisumu")]
    >>> [p.country for p in _on_the_shore(places, [g.resolve("Lake Victoria"), g.resolve("Kisumu")], set(), g)]
    ['KE', 'KE']
    """
    if not any(is_landscape(p) for p in geo):
        return list(geo)
    held = set(countries) | {p.country for p in geo if p is not None and not is_landscape(p)}
    out: list[Place | None] = []
    for (key, _), place in zip(places, geo, strict=True):
        found = place
        if place is not None and is_landscape(place) and place.country not in held:
            shores = (p for p in gazetteer.lookup(key) if is_landscape(p) and p.country in held)
            found = next(shores, place)
        out.append(found)
    return out


def _doubtful(key: str, place: Place | None, countries: set[str] | frozenset[str]) -> bool:
    """
    True for a small town outside *countries* that *key* finds only by an alternate name.

    The gazetteer knows few small towns: a town the report names ("near Marathon")
    may be too small for it and share its name with an alternate name of a town
    elsewhere (a commune's old name). A city's own name, and the other names of a
    city known abroad (``_KNOWN_ABROAD``), stay.

    >>> town = Place("9", "Saint-Ostrel", "city", "FR", "93", population=15_000)
    >>> _doubtful("marathon", town, {"GR"}), _doubtful("saint ostrel", town, {"GR"})
    (True, False)
    """
    return (
        place is not None
        and place.level == "city"
        and place.country not in countries
        and place.population < _KNOWN_ABROAD
        and place_key(place.name) != key
    )


def _regions_of_named_countries(
    geo: list[Place | None], datelines: list[bool]
) -> list[Place | None]:
    """
    *geo* without the regions of countries other than the one the report names, if it names any.

    "A Kurdistan base" in a report about Iraq is no Iranian province of that name: the
    gazetteer knows no region of Iraq so called, and the region is one of the country
    the report names (placed as that country), or unknown (None) when it names
    several. A dateline (*datelines*) is where the report was filed and stays.

    >>> iraq = Place("IQ", "Iraq", "country", "IQ")
    >>> kurdistan = Place("IR.16", "Kurdistan", "admin1", "IR", "16")
    >>> _regions_of_named_countries([kurdistan, iraq], [False, False]) == [iraq, iraq]
    True
    """
    named = [g for g in geo if g is not None and g.level == "country"]
    if not named:
        return geo
    countries = {g.country for g in named}
    instead = named[0] if len(countries) == 1 else None
    return [
        instead
        if g is not None and g.level == "admin1" and g.country not in countries and not d
        else g
        for g, d in zip(geo, datelines, strict=True)
    ]


#: A dateline this far from another place the report names is not the event's place.
_DATELINE_KM: Final = 100.0


def _far(a: Place, b: Place, named: set[str], *, wire: bool = False) -> bool:
    """
    True when *b* lies more than ``_DATELINE_KM`` from *a*, or in another country the report names.

    A city of another country whose country the report never names is more likely
    a local place that shares its name ("Medina", a district of Dakar), unless the
    dateline is a wire agency's (*wire*: "ISTANBUL (Reuters) — ... in Idlib"): wire
    bureaus file on the countries around them.
    """
    if a.country != b.country:
        return wire or b.country in named
    km = a.distance_km(b)
    return km is not None and km > _DATELINE_KM
