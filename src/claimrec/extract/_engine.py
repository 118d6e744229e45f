"""
The body of stage 2 (:mod:`claimrec.extract`): sentences, count readers, scope and claims.

The public names are re-exported by :mod:`claimrec.extract`, whose docstring
describes the frames, the shooting arithmetic and the scopes read here.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final, Literal

import attrs
from attrs import frozen

from claimrec import _checks, kinds
from claimrec._dates import DateMatch
from claimrec._quantity import (
    REJECTED_EARLY,
    QuantityMatch,
    listed_before,
    listed_part,
    parse_quantity,
    part_of_total,
    scan_quantities,
)
from claimrec._text import Sentence, literal_union, split_sentences
from claimrec.extract._attribution import (
    attribute_clause,
    attribute_sentences,
    figure_agent,
    figure_owner,
)
from claimrec.extract._groups import GroupContext
from claimrec.extract._home import home_groups
from claimrec.extract._mentions import (
    _claim_dates,
    _date_at,
    _Focus,
    _has_any,
    _main_event,
    _mention,
    _own_dates,
)
from claimrec.extract._responsibility import ResponsibilityReader
from claimrec.extract._rules import Cue, Hit, RuleSet, _group_end, _split_top, required_keys
from claimrec.lang import common_words, load_frames, load_rules
from claimrec.model import (
    Attribution,
    Claim,
    CountClaim,
    Document,
    Quantity,
    ResponsibilityClaim,
)

if TYPE_CHECKING:
    from claimrec.lexicon import Lexicon

__all__ = ["extract", "extract_all"]

# --------------------------------------------------------------------------- vocabulary

_ADVERBS: Final = (
    r"(?:also|all|both|each|reportedly|allegedly|apparently|later|subsequently|initially|"
    r"seriously|critically|slightly|lightly|badly|severely|fatally|mortally|gravely|"
    r"moderately|minorly|non-fatally|superficially|still|now|then|since|just|already|"
    r"reported(?:ly)?|believed\s+to\s+have\s+been|said\s+to\s+have\s+been|confirmed|"
    r"immediately|eventually|ultimately|accidentally|accidently|unintentionally|"
    # hedges of an estimate: "between 100 and 300 people were probably killed"
    r"probably|likely|possibly|presumably|almost\s+certainly|"
    r"being|been|be)"
)
_AUX: Final = (
    r"(?:were|was|are|is|have|has|had|got|get|been|being|be|will\s+be|remains?|remained|found)"
)
_PRED_PREFIX: Final = re.compile(
    rf"\s*+[,“\"]?\s*+(?:(?:who|that|which)\s+)?[“\"]?((?:(?:{_AUX}|{_ADVERBS}|not|n't|may|might|could|would)\s+)*)",
    re.IGNORECASE,
)

# the verb and noun tables are data of the language pack (claimrec/lang/en/frames.toml)
_FRAMES: Final = load_frames()
# predicate → measure (the verb right after the subject and its auxiliaries)
_PREDICATES: Final = _FRAMES.passive
_PREDICATE_RE: Final = re.compile(
    "|".join(f"(?P<m{i}>{p})\\b" for i, (p, _) in enumerate(_PREDICATES)), re.IGNORECASE
)

# active verb right before the count → measure
_ACTIVE: Final = _FRAMES.active


def _first_letters(patterns: Iterable[str]) -> str | None:
    r"""
    The letters every match of one of *patterns* starts with, or None when unknown.

    Derived from the patterns (each alternative must open with a letter, or with a group
    whose alternatives do, optional or not): adding a verb adds its letter.

    >>> _first_letters([r"kill(?:ed|s)?|shot", r"(?:death\s+)?toll"])
    'dkst'
    """
    letters: set[str] = set()
    for pattern in patterns:
        for alternative in _split_top(pattern, "|"):
            found = _opening(alternative)
            if found is None:
                return None
            letters |= found
    return "".join(sorted(letters))


def _opening(alternative: str) -> set[str] | None:
    """The letters *alternative* may open with, or None when that is not plain."""
    if alternative[:1].isalpha():
        return {alternative[0].lower()}
    if alternative.startswith(("(?<!", "(?<=")):  # a look-behind reads nothing: skip it
        return _opening(alternative[_group_end(alternative, 0) :])
    if not alternative.startswith("(?:"):
        return None
    end = _group_end(alternative, 0)
    inner = _first_letters([alternative[3 : end - 1]])
    if inner is None:
        return None
    letters = set(inner)
    if alternative[end : end + 1] in {"?", "*"}:  # optional: what follows may open it
        rest = _opening(alternative[end + 1 :])
        if rest is None:
            return None
        letters |= rest
    return letters


_ACTIVE_FIRST: Final = _first_letters(p for p, _ in _ACTIVE)
_ACTIVE_RE: Final = re.compile(
    # the first letters of the verbs (derived from the table): the search passes over
    # other words at once
    r"\b"
    + (f"(?=[{_ACTIVE_FIRST}])" if _ACTIVE_FIRST else "")
    + r"(?:"
    + "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(_ACTIVE))
    + r")\s+(?:(?:a\s+total\s+of|an?\s+estimated|a\s+combined|another|all|the|some|up\s+to|a\s+further|"
    + r"an\s+additional)\s+)?$",
    re.IGNORECASE,
)

_MEASURE_NOUNS: Final = _FRAMES.noun
_MEASURE_NOUN_RE: Final = re.compile(
    r"(?:(?:\w+[\s-]+){0,2}?)(?:"
    + "|".join(f"(?P<n{i}>{p})" for i, (p, _) in enumerate(_MEASURE_NOUNS))
    + r")\b",
    re.IGNORECASE,
)

#: Participles that open a reduced relative clause after the counted noun ("four men
#: accused of planting the bomb", "two teenagers wanted over the shooting"); before
#: the noun they are adjectives ("four suspected militants") and the phrase goes on.
_REDUCED_RELATIVE: Final = frozenset(
    ["accused", "suspected", "charged", "wanted", "believed", "thought", "alleged"]
)

# words that end a counted noun phrase
_NP_STOP: Final = frozenset(
    [
        "can",
        "cannot",
        "could",
        "should",
        "must",
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "got",
        "get",
        "will",
        "would",
        "could",
        "may",
        "might",
        "who",
        "that",
        "which",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "as",
        "after",
        "before",
        "since",
        "during",
        "following",
        "linked",
        "attributed",
        "in",
        "at",
        "on",
        "by",
        "from",
        "with",
        "near",
        "for",
        "to",
        "into",
        "inside",
        "outside",
        "across",
        "over",
        "under",
        "and",
        "or",
        "but",
        "nor",
        ",",
        ";",
        ":",
        "(",
        ")",
        '"',
        "“",
        "”",
        "—",
        "–",
        "-",
        "said",
        "says",
        "say",
        "told",
        "according",
        "killed",
        "slain",
        "murdered",
        "martyred",
        "dead",
        "died",
        "drowned",
        "perished",
        "succumbed",
        "electrocuted",
        "asphyxiated",
        "suffocated",
        "injured",
        "wounded",
        "hurt",
        "shot",
        "treated",
        "hospitalized",
        "hospitalised",
        "evacuated",
        "missing",
        "arrested",
        "detained",
        "launched",
        "fired",
        "involved",
        "intercepted",
        "downed",
        "hit",
        "struck",
        "fell",
        "landed",
        "slammed",
        "impacted",
        "seized",
        "heard",
        "stationed",
        "deployed",
        "based",
        "suffered",
        "sustained",
        "survived",
        "received",
        "showed",
        "developed",
        "diagnosed",
        "remain",
        "remained",
        "remains",
        "also",
        "reportedly",
        "later",
        "found",
        "put",
        "puts",
    ]
)
_WORD: Final = re.compile(r"[A-Za-z0-9](?:[\w'’\-]|\.(?=\w))*|[,;:()\"“”—–]")

#: An age used as a noun: "a 17-year-old", "the three-year-old".
_AGE_NOUN: Final = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old"
#: Singular nouns of a person, for headlines that drop the article ("Man gunned down").
_SINGLE_PERSON: Final = (
    rf"(?:man|woman|boy|girl|teen(?:ager)?|youth|person|victim|child|infant|baby|toddler|"
    rf"student|officer|deputy|trooper|father|mother|son|daughter|brother|sister|husband|"
    rf"wife|grandmother|grandfather|dad|mom|clerk|driver|juvenile|{_AGE_NOUN})"
)
_PERSON_HEAD: Final = (
    rf"(?:{_AGE_NOUN}|father|mother|son|daughter|brother|sister|husband|wife|grandmother|"
    r"boyfriend|girlfriend|fianc[eé]e?|cousin|uncle|aunt|nephew|niece|friend|neighbou?r|"
    r"roommate|co-?worker|stepfather|stepson|stepdaughter|grandson|granddaughter|"
    r"grandfather|clerk|teacher|juvenile|male|female|"
    r"man|woman|men|women|boy|girl|teen(?:ager)?|youth|person|people|victim|child|infant|"
    r"baby|toddler|student|resident|civilian|bystander|passenger|driver|customer|worker|"
    r"employee|officer|deputy|trooper|soldier|marine|sailor|airman|contractor|member|"
    r"service\s*member|servicemember|security\s+guard|guard|suspect|gunman|shooter|"
    r"american|iraqi|national|citizen|journalist|reporter|staffer|fighter|militant|"
    # the victims of disasters and bombings named one by one ("a police constable was killed")
    r"constable|policeman|policewoman|firefighter|nurse|doctor|medic|paramedic|pilot|pupil|"
    r"farmer|fisherman|miner|pilgrim|worshipper|patient|tourist|migrant|refugee|villager|"
    r"bodyguard|volunteer|shepherd|labou?rer|peacekeeper|rescuer|priest|imam|monk|nun|cleric|"
    # the one of a crash or a wreck named by his place in it ("the captain drowned")
    r"captain|skipper|co-?pilot|crew\s*member|crewman|deckhand|conductor|motorcyclist|"
    r"motorist|cyclist|pedestrian|climber|hiker|diver|swimmer|"
    # the one leader a strike names before his men ("killed a commander and four bodyguards")
    r"commander|leader|elder|chief|aide)"
)
_SINGULAR_SUBJECT: Final = re.compile(
    rf"(?:^|[,;:]\s*|\b(?=[abstw])(?:and|but|while|when|after|as|said|says|say|that)\s+)"
    # "a man died and his son was injured": one kin or companion of a victim, a person more
    rf"(?P<det>an?|one|another|the|(?<=\band\s)(?:his|her|their))\s+"
    # no bare number inside one victim's words ("An audit found 31 people died" counts 31),
    # no quoted word nor verb of speech ("A local official said '60' people died" counts 60)
    rf"(?P<np>(?:(?!\d[\d,]*\s|[“\"‘'’]|(?:said|says|told)\s)[\w'’.\-]+\s+){{0,5}}?{_PERSON_HEAD}\b(?:\s+(?:of|from|with|in)\s+"
    rf"(?:[\w'’.\-]+\s+){{0,5}}?[\w'’.\-]+)?)"
    rf"(?:\s*,[^,]{{1,60}},)?\s+(?P<aux>(?:was|has\s+been|had\s+been|is|got|remains)\s+"
    rf"(?:(?:{_ADVERBS}|not)\s+)*|(?:{_ADVERBS}\s+)?(?=died|drowned|perished|suffered|sustained|survived\s+with))",
    re.IGNORECASE,
)
#: A verb before a singular object ("killing a man"), on lower-cased text: one branch per
#: first letter, each keeping the order of its alternatives, behind a look-ahead on them.
_SINGULAR_ACTIVE_VERB: Final = re.compile(
    r"(?=[dfiklsw])\b(?P<v>kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)"
    r"|s(?:hot\s+and\s+killed|hot|hooting|hot\s+down|eiz(?:ed|ing))|f(?:atally\s+shot|ir(?:ed|ing))"
    r"|launch(?:ed|ing)|i(?:nvolv(?:ed|ing)|ntercept(?:ed|ing))|down(?:ed|ing))\s+"
)
#: A determiner just before an "-ing" word makes it a noun ("the shooting", "this killing").
_NOUN_BEFORE: Final = re.compile(r"\b(?:the|a|an|this|its|his|her|their)\s+$")
#: Words that end one phrase and start another: never inside one victim's description.
_CLAUSE_WORD: Final = re.compile(r"(?i)\b(?:but|or|while|when|after|before|who|which|was|were)\b")
_ONE_A: Final = Quantity.exact(1, text="a")
_SINGULAR_ACTIVE_OBJECT: Final = re.compile(
    # "a barrage of rockets", "a swarm of drones": a collective of many, never one
    r"(?P<det>an?|one)\s+(?!(?:barrage|salvo|volley|swarm|wave|hail|series|number|flurry|"
    r"string|fusillade|batch|cluster|stream|rain|shower|spate)\s+of\b)"
    r"(?P<np>(?:[\w'’.\-]+\s+){0,4}?"
    + _PERSON_HEAD
    + r"|(?:[\w'’.\-]+\s+){0,3}?(?:missile|rocket|drone|projectile|shell|UAV)s?)\b",
    re.IGNORECASE,
)
_BARE_PLURAL: Final = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|REUTERS:)\s+|:\s*)"
    r"(?P<np>(?:(?i:members)\s+of\s+(?:the\s+)?|(?:[A-Z][\w'’.\-]*\s+){0,3})"
    r"(?:[\w'’.\-]+\s+){0,2}?"
    r"(?:personnel|troops|soldiers|forces|service\s*members|servicemembers|contractors|"
    r"civilians|Americans|officers|police\s*officers|guards|staff|fighters|marines))"
    rf"\s+(?P<aux>(?:(?:{_AUX}|{_ADVERBS})\s+)*)",
)

#: A figure inside a bare plural's noun phrase ("left 2 guards", "killing two soldiers"):
#: the phrase is then no bare plural.
_FIGURE_IN_NP: Final = re.compile(
    r"\d|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)

#: Sentences longer than this take the sentence attribution for every clause.
_CLAUSE_LIMIT: Final = 1500
_INCLUDING: Final = re.compile(
    r"\s*+,\s*+(?:including|among\s+them|among\s+whom|most\s+of\s+them|many\s+of\s+them|mostly"
    r"|all|aged)\b[^,.;]{1,80},"
    # a hedge of the figure: "At least 11 people, possibly more, died"
    r"|\s*+,\s*+(?:and\s+|or\s+)?(?:possibly|perhaps|maybe|probably|likely)\s+(?:many\s+|far\s+)?more\s*+,"
    # an aside between dashes or in parentheses: "Sixty people — 11 of them children — died"
    r"|\s*+[—–]\s*+[^—–.;]{1,80}?\s*+[—–](?=\s)|\s*+\([^().;]{1,80}\)"
)
_AND_COUNT: Final = re.compile(r"\s*+(?:,\s*+)?(?:and|as\s+well\s+as|plus|,)\s+")
_AND_WORD: Final = re.compile(r"\s+(?:and|or)\s+([a-z][\w-]*)\b")
#: A single person joined to a count: "two brothers and a young woman (were hurt)".
_AND_ONE: Final = re.compile(
    rf"\s*+,?\s*+(?:and|as\s+well\s+as|plus)\s+(?P<det>an?|one|another)\s+"
    rf"(?P<np>(?:[\w'’.\-]+\s+){{0,3}}?{_PERSON_HEAD})\b"
    rf"(?:\s+(?:in|of|from)\s+(?:his|her|their|the)\s+[\w'’\-]+)?",
    re.IGNORECASE,
)
#: Words before a bare number that make it an age: "who was 24", "aged 19".
_AGE_BEFORE: Final = re.compile(r"\b(?:(?:who|which)\s+(?:was|is)|aged?|ages)\s+$")
#: One person named before a bare number that is their age: "a woman of 25", "a man, 31,".
_AGE_BESIDE: Final = re.compile(
    rf"\b(?:an?|the|one)\s+(?:[\w'’\-]+\s+){{0,2}}?{_PERSON_HEAD}\s*+(?:\bof|,)\s+$"
)
#: Animals are no casualties of a count of people (shootings, floods).
_ANIMAL: Final = re.compile(
    r"\b(?:dogs?|puppy|puppies|cats?|kittens?|horses?|cows?|cattle|pets?|animals?|deer|"
    r"livestock|birds?|sheep|goats?|camels?|pigs?|chickens?|poultry|buffalo(?:es)?|donkeys?)\b"
)
#: Nouns of buildings, which take no predicate of people ("18 homes destroyed and ... killed",
#: "visited three of the hospitals treating the wounded").
_BUILDING: Final = re.compile(  # matched at the start of a noun phrase
    r"(?:of\s+the\s+)?(?:[\w'’\-]+\s+)?(?:homes|houses|buildings|structures|shops|dwellings"
    r"|huts|shelters|hospitals|clinics|schools|mosques|churches)\b"
)
#: Words right before a count that make it add to victims already counted: "the other three".
_ADDITIVE_BEFORE: Final = re.compile(
    r"\b(?:other|another|more|additional|remaining|further)\s+(?:(?:of\s+)?the\s+)?$"
)
_TIMES_PHRASE: Final = re.compile(
    r"\b(?P<q>(?:(?:at\s+least|approximately|about|around|nearly|almost|roughly|more\s+than|"
    r"over|some|another)\s+)?(?:(?<![\d,])\d[\d,]*+|[a-z]+(?:-[a-z]+)?))\s+(?:separate\s+|different\s+)?times\b",
    re.IGNORECASE,
)
_TIMES: Final = re.compile(r"\s*+(?:separate\s+|different\s+|more\s+)?times\b")

# --------------------------------------------------------------------------- scope, provisional

#: After "since": the start of this event ("since the quake", "since the bridge collapsed").
_SINCE_THIS_EVENT: Final = (
    r"(?!\s+(?:the|this|that|(?:\w+day|last\s+\w+)['’]s)\s+(?:[\w\-]+\s+)?(?:earthquake|quake|tremor|"
    r"floods?|flooding|storm|cyclone|hurricane|typhoon|tsunami|landslide|mudslide|eruption|attack|"
    r"blast|explosion|bombing|strike|collapse|fire|blaze|crash|derailment|disaster)\b"
    r"|\s+(?:the|his|her|their|its)\s+(?!(?:violence|truce|ceasefire|war|fighting|conflict|unrest|"
    r"uprising)\b)\w+\s+(?:collapsed|struck|exploded|capsized|sank|derailed|erupted|caught\s+fire|"
    r"made\s+landfall|overturned|crashed|(?:burst|broke|overflowed)\s+its\s+banks|gave\s+way)\b"
    # "since the power was cut": a hospital's outage is the start of its own deaths
    r"|\s+(?:the|its|their)\s+(?:[\w\-]+\s+)?(?:power|electricity|generators?|oxygen|fuel)"
    r"\s+(?:supply\s+|supplies\s+)?(?:(?:was|were)\s+(?:cut|lost|knocked\s+out|switched\s+off)"
    r"|went\s+out|ran\s+out|failed)\b"
    # "since it made landfall", "since it struck": a pronoun for the event itself
    r"|\s+(?:it|they)\s+(?:(?:first|last)\s+)?(?:made\s+landfall|struck|hit|erupted|capsized|sank|"
    r"collapsed|derailed|exploded|caught\s+fire)\b"
    # "since the shelling began at dawn": a start within the day is this event's
    r"|\s+(?:the|it|they)\s+(?:[\w\-]+\s+){0,2}?(?:began|started|erupted|broke\s+out)\s+(?:at\s+dawn|"
    r"this\s+morning|early\s+(?:today|this\s+morning)|overnight|last\s+night|hours\s+(?:earlier|ago))\b)"
)
_CUMULATIVE: Final = re.compile(
    # the look-ahead names the first letter of every alternative: other words fail at once
    # "have since returned to duty" is adverbial: it dates nothing; "since the quake",
    # "since the bridge collapsed" count from this event's start, not over a period
    rf"\b(?=[acdhiostw])(?:(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)since\b{_SINCE_THIS_EVENT}|so\s+far\s+this\s+(?:year|month)|"
    # "the heaviest losses in a single strike this year" compares one event with others
    r"(?<!\bstrike\s)(?<!\battack\s)(?<!\bday\s)(?<!\bincident\s)(?<!\bbombing\s)(?<!\bblast\s)"
    r"this\s+year|in\s+(?:these|those|the)\s+"
    r"(?:attacks|strikes|incidents)|to\s+date|in\s+(?:repeated\s+|recent\s+)?attacks\s+(?:on|against)\b|"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|week|fortnight)\b|"
    r"(?:have|has)\s+been\s+(?:\w+\s+)?(?:killed|martyred|injured|wounded)\s+(?:\S+\s+){0,4}?"
    r"(?:war|onslaught|offensive|conflict|campaign|aggression)|"
    r"(?:war|onslaught|offensive|conflict|campaign|aggression)\b[^.]{0,60}?\b(?:has|have)\s+"
    r"(?:killed|martyred|claimed)|(?:sustained|suffered)\s+injuries\s+as\s+well)",
    re.IGNORECASE,
)
#: A tally over several events: "in seven separate shootings", "in two East End
#: shootings", "shootings across the city", "weekend shootings", "a string of four
#: shooting deaths", "five killings in 2014" ("a number of deaths"; "the number of
#: deaths" is a toll). Its counts are no one
#: event's, so their scope is cumulative. ("in shootings that happened within an hour"
#: of one spree has no such cue and stays an event.)
_MULTI_EVENT: Final = re.compile(
    r"\b(?:(?:separate|unrelated|different|several|multiple|numerous|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:[\w'’\-]+\s+){0,2}?(?:shootings|stabbings|attacks|incidents)"
    r"|\b(?:series|string|spate|rash|wave|(?<!the\s)number)\s+of\s+(?:[\w'’\-]+\s+){0,2}?"
    r"(?:shootings|shooting's|stabbings|attacks|killings|homicides|murders|deaths)"
    r"|\b(?:killings|homicides|deaths|murders|shootings)\s+(?:[\w'’\-]+\s+){0,3}?in\s+"
    r"(?:all\s+of\s+)?(?:19|20)\d\d\b"
    r"|(?:shootings|stabbings|violence|gunfire)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:across|around|throughout|all\s+over)\s+(?:the\s+)?(?:city|county|state|region|area|"
    r"[A-Z][\w'’\-]+)"
    r"|(?:weekend|overnight)\s+(?:of\s+)?(?:shootings|shooting's|stabbings|violence|gunfire)"
    r"|(?:shootings|stabbings|violence)\s+(?:over|during|this|last)\s+(?:the\s+)?weekend)\b",
    re.IGNORECASE,
)
#: A span of hours ("nine shot in 24 hours"): a tally of violence over a city, but the pace
#: of one disaster or one hospital's intake ("admitted 90 wounded in two hours", "the river
#: rose 4 metres in six hours") when the sentence names no shooting or stabbing; "a 48-hour
#: span" or "period" is a tally either way.
_HOURS_SPAN: Final = re.compile(
    r"\b(?:in|over|within)\s+(?:about\s+|roughly\s+|less\s+than\s+|more\s+than\s+|just\s+)?"
    r"(?:a\s+|an\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[\s-]+hours?\b(?:\s+(?P<span>span|period))?",
    re.IGNORECASE,
)
_VIOLENCE_WORD: Final = re.compile(
    r"\b(?:shot|shoot\w*|stabb\w*|gunfire|gunshots?|gun\s+violence|homicides?|murder\w*"
    r"|killings)\b",
    re.IGNORECASE,
)
_MULTI_EVENT_KEYS: Final = (
    "hour",
    "shootings", "shooting's", "stabbings", "attacks", "incidents", "violence", "gunfire",
    "killings", "homicides", "murders", "deaths",
)  # fmt: skip
_PROVISIONAL: Final = re.compile(
    r"\b(?:initial(?:ly)?|preliminary|early\s+(?:estimat|report|indicat|count|figure)\w*|"
    r"so\s+far(?!\s+this\s+(?:year|month))|(?:may|could|might|is\s+expected\s+to|is\s+likely\s+to)"
    r"\s+(?:\w+\s+)?rise|first\s+reports?|at\s+this\s+(?:time|point|stage)|"
    r"yet\s+to\s+be\s+confirmed|still\s+being\s+(?:evaluated|assessed|determined))",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- data


@frozen
class _Found:
    """A count found in a sentence before it becomes a claim."""

    start: int
    end: int
    measure: str
    subject: str
    quantity: Quantity
    pattern: str
    group: str | None = None
    scope: str | None = None
    weak: bool = False
    focus: str | None = None
    part: bool = False


# --------------------------------------------------------------------------- helpers


def _lower(text: str) -> str:
    low = text.lower()
    return (
        low
        if len(low) == len(text)
        else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    )


#: Number words that open a new count inside what looked like one noun phrase.
_COUNT_WORDS: Final = frozenset(
    re.findall(
        r"\w+",
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty dozens several",
    )
)


#: The participle of a figure's source ending a counted noun: "deaths reported" (by ...).
_AGENT_PARTICIPLE: Final = re.compile(
    r"\s+(?:reported|announced|acknowledged|given|confirmed|recorded|counted|cited|claimed|"
    r"registered|documented|published|released|issued|provided)$"
)


def _noun_phrase(text: str, pos: int, limit: int) -> tuple[int, int]:
    """Offsets of the counted noun phrase starting at *pos* (may be empty)."""
    end = pos
    taken = 0
    partitive = False
    for m in _WORD.finditer(text, pos, min(limit, pos + 120)):
        word = m.group().lower()
        if word == "of" and taken == 0 and not partitive:
            partitive = True
            end = m.end()
            continue
        if partitive and word in {"the", "them", "those", "whom", "these"}:
            end = m.end()
            continue
        if word in _NP_STOP and not (
            partitive and taken == 0 and word in {"injured", "wounded", "dead"}
        ):
            break
        if taken >= 8 or (taken > 0 and (word in _COUNT_WORDS or word[0].isdigit())):
            break  # "27 News two men were hurt": a second count starts another phrase
        if taken > 0 and word in _REDUCED_RELATIVE:
            break  # "four men suspected of firing rockets": the men, not the rockets
        taken += 1
        end = m.end()
    return pos, end


# --------------------------------------------------------------------------- count rules


def _predicate(text: str, low: str, pos: int) -> tuple[str, int, int, str] | None:
    """The measure of the predicate at *pos*: (measure, start, end, auxiliaries) or None."""
    prefix = _PRED_PREFIX.match(low, pos)
    if prefix is None:
        return None
    aux = prefix.group(1)
    m = _PREDICATE_RE.match(low, prefix.end())
    if m is None or m.lastgroup is None:
        return None
    measure = _PREDICATES[int(m.lastgroup[1:])][1]
    aux_words = set(aux.split())
    if {"not", "n't"} & aux_words:
        return None
    if "fatally" in aux_words or "mortally" in aux_words:
        measure = "killed"
    passive = bool(aux_words & {"were", "was", "are", "is", "been", "being", "be", "got", "get"})
    after = low[m.end() : m.end() + 30]
    if (
        not passive
        and measure in {"killed", "injured", "arrested", "treated", "evacuated", "seized"}
        and m.group()
        not in {"died", "dies", "die", "dead", "perished", "drowned", "missing", "succumbed"}
        and not m.group().startswith(
            ("suffered", "sustained", "received", "had", "lost", "pronounced")
        )
        and re.match(
            r"\s+(?:an?\b|the\b|his\b|her\b|their\b|\d|one\b|two\b|three\b|several\b|"
            r"that\b|this\b|those\b|these\b|him\b|them\b|"
            # a qualified figure: "Security forces killed at least 14 militants"
            r"at\s+least\b|more\s+than\b|up\s+to\b|as\s+many\s+as\b|dozens\b|scores\b|"
            r"(?:some|about|around|nearly|almost|over)\s+\d|"
            r"(?!(?:during|following|including|according|amid)\b)[a-z]+ing\b)",
            after,
        )
    ):
        return None  # active voice: the subject did the killing
    if not passive and measure in {"killed", "injured"} and _NAMED_OBJECT.match(text, m.end()):
        return None  # "Responding officers then fatally shot Glenn.": a person named after it
    return measure, m.start(), m.end(), aux


#: A reduced relative clause after a counted noun, up to the passive of the sentence: "Four
#: men suspected of planting the bomb | were arrested" (words only: no comma, no clause turn).
_REDUCED_CLAUSE: Final = re.compile(
    r"\s+(?:accused|suspected|charged|wanted|believed|alleged|thought)\s+"
    r"(?:of|in\s+connection\s+with|over|for|to\s+(?:be|have))\s+"
    r"(?:(?!(?:and|but|or|who|which|while)\s)[\w'’\-]+\s+){1,8}?(?=(?:were|was|are|is|have\s+been|had\s+been)\s)",
    re.IGNORECASE,
)
#: A relative clause of a counted noun, words only, up to the passive of the sentence:
#: "11 fishermen whose trawlers capsized in the bay | were missing", "three guards who
#: had escorted the convoy | were killed"; no speaker's verb inside ("two men who saw it
#: said three were killed" counts the three, not the two).
_RELATIVE_CLAUSE: Final = re.compile(
    r"\s+(?:who|whose)\s+"
    r"(?:(?!(?:and|but|or|which|while|who|whose|said|says|say|told|tell|added)\s)[\w'’\-]+\s+)"
    r"{1,10}?(?=(?:were|was|are|is|have\s+been|had\s+been)\s)",
    re.IGNORECASE,
)
#: Auxiliaries of a passive.
_PASSIVE_AUX: Final = frozenset({"were", "was", "are", "is", "been"})


def _predicate_past_relative(text: str, low: str, pos: int) -> tuple[str, int, int, str] | None:
    """
    The passive predicate after a relative clause of the counted noun, or None.

    >>> low = "four men suspected of planting the bomb were arrested."
    >>> _predicate_past_relative(low, low, 8)[0]
    'arrested'
    >>> low = "11 fishermen whose trawlers capsized in the bay were missing."
    >>> _predicate_past_relative(low, low, 12)[0]
    'missing'
    """
    m = _REDUCED_CLAUSE.match(low, pos) or _RELATIVE_CLAUSE.match(low, pos)
    if m is None:
        return None
    pred = _predicate(text, low, m.end() - 1)
    if pred is None or not _PASSIVE_AUX & set(pred[3].split()):
        return None
    return pred


#: A person named by a capitalised name right after a verb, ending its clause ("fatally shot
#: Glenn."), not a day, a month, a word of time ("killed Monday.") or a headline's
#: preposition ("Two Critically Injured After Shooting").
_NAMED_OBJECT: Final = re.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday|"
    r"After|Before|In|At|On|Near|During|Following|Outside|Inside|As|While|And|Amid|By|From|"
    r"Over|Since|Overnight|Early|Late|Last|This|Along|Across|Into|Through|With|When|Of)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*(?:[.,;]|$))"
)


#: "N were shot, K fatally": the fatal share after a shooting count.
_SHOT_SPLIT: Final = re.compile(
    r"(?:\s+(?:outside|inside|in|at|near|on|during|after|early|late)\s+(?:[\w'’\-]+\s+){0,11}?[\w'’\-]+)?"
    r"\s*+[,—–-]++\s*+(?:(?:and|with|including)\s+)?(?P<k>one|two|three|four|five|\d+)\s+(?:of\s+(?:them|whom|which)\s+)?"
    r"(?:fatally|(?:who\s+)?(?:later\s+)?died|(?:was|were)\s+(?:\w+\s+)?killed|dead)\b"
)
_ATTACK_WORD: Final = re.compile(r"\b(?:attack|targeted|shelled|bombed)")
#: "left two people dead": the state the victims were left in.
_LEFT_STATE: Final = re.compile(r"\s+(dead|injured|wounded|hurt|missing|homeless)\b")
_TROOP_NOUN: Final = re.compile(
    r"\b(?:troops|soldiers|forces|service\s*members|personnel|marines)\b"
)
#: "There are nearly 2,500 troops", "the U.S. maintains about 900": a standing deployment.
_TROOP_VERB_BEFORE: Final = re.compile(
    r"\b(?:there\s+(?:are|were|is)|has|have|had|maintains?|keeps?|hosts?|hosted|houses|deploy(?:s|ed)?|station(?:s|ed)?)\s+(?:(?:some|about|around|roughly|nearly|approximately|almost|more\s+than)\s+)?$"
)
_TROOP_STATIONED_AFTER: Final = re.compile(
    r"\s+(?:(?:are|were|remain|is)\s+)?(?:currently\s+)?(?:stationed|deployed|based)\b"
)
_IN_PLACE_AFTER: Final = re.compile(r"\s+in\s+[A-Z]")
#: "Some 900 US troops remain in neighbouring Syria": a deployment kept in a named place
#: (read on the text as written: "remain in hospital" or "in custody" names no place).
_TROOPS_REMAIN_IN: Final = re.compile(
    r"\s+(?:still\s+)?remain(?:s|ed)?\s+(?:(?:deployed|stationed|based)\s+)?in\s+"
    r"(?!(?i:(?:the\s+|a\s+)?(?:hospitals?|critical|intensive|custody|captivity|serious|stable|coma)\b))"
    r"(?:(?:neighbou?ring|northern|southern|eastern|western|central)\s+)?(?:the\s+)?[A-Z]"
)
#: "Man shot wife", "shot himself": a person object after the verb (active voice).
_PERSON_OBJECT_AFTER: Final = re.compile(rf"\s+(?:{_PERSON_HEAD}|himself|herself)\b")


def _shot_split(low: str, end: int) -> tuple[int, int] | None:
    """For "N were shot, K fatally": (K, offset) of the fatal share, or None."""
    m = _SHOT_SPLIT.match(low, end)
    if m is None:
        return None
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    k = m.group("k")
    return (words[k] if k in words else int(k)), m.end()


_LEFT_BEFORE: Final = re.compile(r"\b(?:left|leaving|leaves)\s+(?:\w+\s+)?$")
_AND_OBJECT: Final = re.compile(r"\s*+,?\s*+(?:and|as\s+well\s+as|plus)\s+")
#: A finite verb right after a count: the count is the subject of a clause of its own
#: ("killed 11 patients, and 40 others were moved to clinics"), no second object.
_OWN_CLAUSE_AFTER: Final = re.compile(r"\s+(?:were|was|are|is|have|has|had|remain(?:s|ed)?)\b")


def _second_object(text: str, low: str, found: list[_Found], start: int, end: int) -> str | None:
    """
    The measure of an active verb whose second object starts at *start*, or None.

    "killed two soldiers and nine civilians": the count right after "and" that follows
    an active count is the verb's object too, unless a predicate of its own follows.
    """
    if not found or found[-1].pattern not in {"active", "active_shot"}:
        return None
    if _AND_OBJECT.fullmatch(text, found[-1].end, start) is None:
        return None
    if _LEFT_BEFORE.search(low, max(0, found[-1].start - 30), found[-1].start):
        return None  # "left one dead and three others in hospital": each has its own state
    if _predicate(text, low, end) is not None or _OWN_CLAUSE_AFTER.match(low, end):
        return None  # "killed two soldiers and 30 others were wounded (were moved)"
    return found[-1].measure


def _split_shot(start: int, end: int, subject: str, shot: Quantity, k: int) -> list[_Found]:
    """N shot, K of them fatally: N - K injured and K killed, on one span."""
    wounded = Quantity(
        shot.low - k,
        None if shot.high is None else shot.high - k,
        qualifier=shot.qualifier,
        text=shot.text,
    )
    return [
        _Found(start, end, "injured", subject, wounded, "shot_split"),
        _Found(start, end, "killed", subject, Quantity.exact(k, text=str(k)), "shot_split"),
    ]


_CLOSING: Final = ('"', "”", "'", "’")
#: Quotes that may open a quoted figure ("killed 'dozens' of troops").
_OPENING: Final = ('"', "“", "'", "‘")
#: Predicates that count everyone hit by gunfire, the dead among them ("suffered gunshot wounds").
_SHOT_WORDS: Final = re.compile(
    r"shot|(?:suffered|sustained|received|had)\s+(?:multiple\s+|\w+\s+)?gunshot\s+wounds?|"
    r"(?:struck|hit|wounded)\s+by\s+(?:gunfire|(?:stray\s+)?bullets?)"
)
#: A predicate of people hit by gunfire ("shot", "struck by gunfire"): a fatal share may follow.
_HIT_BY_GUNFIRE: Final = re.compile(r"shot|gunfire|bullets?\b")


#: Nouns that count the dead by themselves ("52 bodies"): no other measure's predicate.
_DEAD_NOUN: Final = re.compile(r"(?:[\w'’\-]+\s+)?(?:bodies|corpses|remains)")
#: What follows a count that is a part of the one before it, with a predicate of its own
#: ("15 rockets, two of which landed"); "nine people, six of them children, died" shares one.
_PART_OF_WHICH: Final = (" of which", " of whom")


#: Right before a count, the words that make it a count of speakers, not of the people
#: a claim is about: "according to two security sources", "citing three officials".
_SPEAKERS_BEFORE: Final = re.compile(r"\b(?:according\s+to|citing|quoting)\s+(?:the\s+)?$")
#: After a predicate, an earlier incident: "officials who were wounded in a previous attack".
_EARLIER_EVENT_AFTER: Final = re.compile(
    r"\s+(?:in|during|by)\s+(?:an?|the|one)\s+(?:previous|earlier|prior|past|former)\s+"
    r"(?:[\w\-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|strikes?|raids?|clash(?:es)?|"
    r"incidents?|shootings?|ambush(?:es)?|assaults?|shelling|fighting|battles?|wars?)\b"
)
#: Between a noun and its predicate, a relative clause: "three officials who were wounded".
_RELATIVE_BETWEEN: Final = re.compile(r"\s*+,?\s*+(?:who|that|whom)\s")
#: Right before a count, an active verb of illness: the count is its object, the sick
#: ("an outbreak that has sickened 2,300 people"), never the subject of a later predicate.
_ILL_VERB_BEFORE: Final = re.compile(
    r"\b(?:sicken(?:ed|ing|s)|infect(?:ed|ing|s)|(?:struck|striking)\s+down)\s+$"
)
#: A comma and "and" after a count: a new coordinated clause.
_COMMA_AND: Final = re.compile(r"\s*,\s*and\s")


def _follow_counts(
    text: str,
    low: str,
    pos: int,
    quantity_starts: dict[int, QuantityMatch],
    memo: dict[int, int],
) -> int:
    """
    The end of the run of coordinated counts from *pos* ("and three", ", four and five").

    Every offset the walk passes is remembered in *memo*, so the counts of one long
    list are each walked once for the whole sentence, not once per count before them.
    """
    path: list[int] = []
    while pos not in memo:
        cm = _AND_COUNT.match(low, pos)
        if (
            cm is None
            or cm.end() not in quantity_starts
            # "15 rockets, two of which landed": a part of the count, not a second count
            or low.startswith(_PART_OF_WHICH, quantity_starts[cm.end()].end)
        ):
            memo[pos] = pos
            break
        path.append(pos)
        pos = _noun_phrase(text, quantity_starts[cm.end()].end, len(text))[1]
    end = memo[pos]
    for passed in path:
        memo[passed] = end
    return end


def _counts(sentence: Sentence, lexicon: Lexicon | None) -> list[_Found]:  # noqa: C901, PLR0912, PLR0915 - the legacy count reader; its tables are pack data, its branches move into rules next
    text = sentence.text
    low = _lower(text)
    found: list[_Found] = []
    matches = list(scan_quantities(text, lexicon=lexicon))
    quantity_starts = {m.start: m for m in matches}
    troop_subject: str | None = None
    chain_memo: dict[int, int] = {}  # offset -> end of the "N and M and K" run from there
    for index, qm in enumerate(matches):
        qs, qe, quantity = qm.start, qm.end, qm.quantity
        limit = matches[index + 1].start if index + 1 < len(matches) else len(text)
        # a quoted vague word ("several" passengers): the noun starts after the quote
        np_start, np_end = _noun_phrase(text, qe + (text[qe : qe + 1] in _CLOSING), limit)
        noun = text[np_start:np_end].strip()
        noun_low = noun.lower()
        subject = text[qs:np_end].strip()
        # -- measure nouns: "eight injuries", "three explosions", "66 times"
        partitive = noun_low.startswith("of ")
        legal = noun_low.startswith(("count", "charge"))  # "four counts of murder"
        agent_cut = (
            _AGENT_PARTICIPLE.search(noun_low) if " by " in low[np_end : np_end + 4] else None
        )
        if agent_cut is not None and agent_cut.start() > 0:
            # "the 90 deaths reported by the rebels": the noun stops before its agent's verb
            np_end -= len(noun_low) - agent_cut.start()
            noun, noun_low = noun[: agent_cut.start()], noun_low[: agent_cut.start()]
            subject = text[qs:np_end].strip()
        nm = (
            _MEASURE_NOUN_RE.fullmatch(noun_low)
            if noun_low and not partitive and not legal
            else None
        )
        quoted = qs > 0 and text[qs - 1] in _OPENING and text[qe : qe + 1] in _CLOSING
        left = low[max(0, qs - 60 - quoted) : qs - quoted]
        if not noun and _AGE_BEFORE.search(left):
            continue  # "the father, who was 31, was shot": an age
        if not noun and _is_age_beside(low, left, qe):
            continue  # "a woman of 25 died", "a man, 31, was killed": an age
        if _SPEAKERS_BEFORE.search(left):
            continue  # "according to two security sources, seven soldiers were killed"
        am = _ACTIVE_RE.search(left)
        active = _ACTIVE[int(am.lastgroup[1:])][1] if am is not None and am.lastgroup else None
        if active is None:
            active = _second_object(text, low, found, qs, np_end)
        if nm is not None and nm.lastgroup is not None:
            measures = _MEASURE_NOUNS[int(nm.lastgroup[1:])][1]
            if measures == ("attacks",) and "times" in noun_low and not re.search(r"attack", low):
                continue
            if measures in (("explosions",), ("attacks",)):
                scope = "cumulative" if measures == ("attacks",) else None
                found.append(
                    _Found(qs, np_end, measures[0], subject, quantity, "noun", scope=scope)
                )
                continue
            if len(measures) == 2:
                capped = part_of_total(quantity)
                found.extend(
                    _Found(qs, np_end, m, subject, capped, "noun_casualties") for m in measures
                )
                continue
            if "lives" in noun_low and active != "killed":
                continue
            found.append(_Found(qs, np_end, measures[0], subject, quantity, "noun"))
            continue
        # -- "attacked 66 times", "come under attack at least 58 times"
        tm = _TIMES.match(low, qe)
        if tm is not None and _ATTACK_WORD.search(left):
            found.append(
                _Found(qs, tm.end(), "attacks", subject, quantity, "times", scope="cumulative")
            )
            continue
        # -- active verb before the count: "killing four", "fired six rockets", "left two dead"
        if active is not None:
            measure = active
            end = np_end
            if active == "left":
                lm = _LEFT_STATE.match(low, np_end)
                if lm is None:
                    active = None
                else:
                    measure = {"dead": "killed", "missing": "missing"}.get(lm.group(1), "injured")
                    if lm.group(1) == "homeless":
                        active = None
                    end = lm.end()
            if active is not None and _ANIMAL.search(noun_low):
                continue  # "injuring one of the farm dogs"
            if active is not None:
                object_group = kinds.classify_subject(noun) if noun else "people"
                is_munition = kinds.is_within(object_group, "munition")
                if measure in {"launched", "intercepted", "impacted", "seized"} and not is_munition:
                    continue
                if measure in {
                    "killed",
                    "injured",
                    "evacuated",
                    "treated",
                    "arrested",
                } and not kinds.is_person(object_group):
                    continue
                if measure == "explosions" and object_group != "explosion":
                    continue
                verb = am.group(am.lastgroup) if am is not None and am.lastgroup else ""
                shot_verb = measure == "injured" and verb.startswith(("shot", "shooting"))
                split = _shot_split(low, end) if shot_verb else None
                if split is not None and quantity.high is not None and quantity.low >= split[0]:
                    # "gunmen shot five people, two fatally": as the passive form
                    found.extend(_split_shot(qs, end, subject, quantity, split[0]))
                    continue
                found.append(
                    _Found(
                        qs,
                        end,
                        measure,
                        subject,
                        quantity,
                        "active_shot" if shot_verb else "active",
                        group=object_group if noun else "people",
                    )
                )
                continue
        # -- troops: "There are nearly 2,500 American troops in Iraq", "and 900 in Syria"
        group = kinds.classify_subject(noun) if noun else None
        troop_noun = _TROOP_NOUN.search(noun_low)
        if troop_noun and (
            _TROOP_VERB_BEFORE.search(left)
            or _TROOP_STATIONED_AFTER.match(low, np_end)
            or _TROOPS_REMAIN_IN.match(text, np_end)
        ):
            troop_subject = noun
            troop_group = kinds.classify_subject(noun)
            if troop_group == "soldiers":
                clause = re.split(r"[,;:]", left)[-1]
                owner = kinds.classify_subject(clause + " troops")
                troop_group = owner if owner != "soldiers" else troop_group
            found.append(
                _Found(
                    qs,
                    np_end,
                    "troops",
                    subject,
                    quantity,
                    "troops",
                    group=troop_group,
                    scope="standing",
                )
            )
            continue
        if troop_subject is not None and not noun and _IN_PLACE_AFTER.match(text, qe):
            found.append(
                _Found(
                    qs,
                    qe,
                    "troops",
                    subject,
                    quantity,
                    "troops_ellipsis",
                    group=next(f.group for f in reversed(found) if f.measure == "troops"),
                    scope="standing",
                )
            )
            continue
        # -- predicate after the subject; coordinated counts share it
        if _ILL_VERB_BEFORE.search(left):
            continue  # "cholera has sickened 2,300 people and 41 have died": the sick, not the dead
        if listed_before(low, qs - quoted, reach=60) and _COMMA_AND.match(low, np_end):
            continue  # "13 dead, including four children, and 40 injured": the part ends at its comma
        pos = np_end
        coordinated = False
        conjuncts: list[re.Match[str]] = []
        while True:
            chained = _follow_counts(text, low, pos, quantity_starts, chain_memo)
            if chained != pos:
                pos = chained
                continue
            am_one = _AND_ONE.match(text, pos)
            if am_one is not None and am_one.start("det") not in quantity_starts:
                conjuncts.append(am_one)  # "two brothers and a young woman were hurt"
                pos = am_one.end()
                continue
            om = _AND_WORD.match(low, pos)
            if (
                om is not None
                and om.group(1) not in _NP_STOP
                and om.start(1) not in quantity_starts
                and not coordinated
            ):
                coordinated = True
                pos = om.end()
                continue
            im = _INCLUDING.match(low, pos)
            if im is not None:
                pos = im.end()
                continue
            break
        pred = _predicate(text, low, pos) or _predicate_past_relative(text, low, pos)
        if pred is None:
            # headline and caption style: "Seven Americans injured by rocket fire" handled above;
            # "two dead, five injured"
            continue
        measure, _ps, pe, _aux = pred
        if _EARLIER_EVENT_AFTER.match(low, pe) and (
            not _aux or _RELATIVE_BETWEEN.match(low, pos) is not None
        ):
            continue  # "three officials who were wounded in a previous attack said": a speaker
        munition = group is not None and kinds.is_within(group, "munition")
        if measure in {"launched", "impacted", "intercepted"} and not munition:
            continue
        if measure == "seized" and not (munition or group == "vehicle"):
            continue
        if measure == "explosions" and group != "explosion":
            continue
        if measure == "troops" and not troop_noun:
            continue
        if (
            group is not None
            and not kinds.is_person(group)
            and measure in {"killed", "injured", "treated", "evacuated", "missing", "arrested"}
        ):
            continue
        if _ANIMAL.search(noun_low) or _BUILDING.match(noun_low):
            continue  # "18 homes destroyed and dozens of livestock killed": no people
        if _ANIMAL.search(low, qs, _ps):
            continue  # "in some places, and about 1,500 cattle drowned": the animals' predicate
        if measure != "killed" and _DEAD_NOUN.fullmatch(noun_low):
            continue  # "received 52 bodies and 140 wounded": the bodies take no other predicate
        gunfire = measure == "injured" and _HIT_BY_GUNFIRE.search(low, _ps, pe) is not None
        shot = _shot_split(low, pe) if gunfire else None
        if shot is not None and quantity.high is not None and quantity.low >= shot[0]:
            found.extend(_split_shot(qs, pe, subject, quantity, shot[0]))
            continue
        shot_only = (
            measure == "injured"
            and _SHOT_WORDS.fullmatch(low, _ps, pe) is not None
            and _ADDITIVE_BEFORE.search(left) is None
            and not conjuncts
        )
        if (
            shot_only
            and quantity.low == quantity.high == 1
            and (_THEN_DIED.match(low, pe) or _LATER_DIED.match(low, pe))
        ):
            measure, shot_only = "killed", False  # "one of the wounded, who was shot ..., died"
        whole = _whole_of_part(low, matches, index, (_ps, pe, _aux))
        if whole is False:
            continue  # "most of the 40 passengers died": the 40 are not the dead
        if whole is not None:  # "three of the 40 passengers died": the three are
            qs, quantity, subject = whole.start, whole.quantity, text[whole.start : np_end].strip()
        found.append(
            _Found(qs, pe, measure, subject, quantity, "passive_shot" if shot_only else "passive")
        )
        found.extend(
            _Found(
                c.start("det"),
                c.end("np"),
                measure,
                text[c.start("det") : c.end("np")],
                Quantity.exact(1, text=c.group("det")),
                "singular",
                group=kinds.classify_subject(c.group("np")),
            )
            for c in conjuncts
            if measure in {"killed", "injured", "treated", "evacuated", "missing", "arrested"}
        )
    found.extend(_times_counts(text, low, found, lexicon))
    if _SINGULAR_CUE.search(low):
        found.extend(_article_counts(text, low))
        found.extend(_definite_counts(text, low, is_title=sentence.kind == "title"))
    return found


#: A part named before a whole: "three of the", "most of those" (the whole's figure follows).
_PART_OF_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s,;:(\"“]))(?:(?P<vague>most|many|some|several|few|half|all|none|each|both|either)"
    r"|(?P<figure>\S+))\s+of\s+(?:the|those|these|its|their)\s+$",
    re.IGNORECASE,
)
#: A relative pronoun between a whole and its predicate: the predicate is the whole's.
_RELATIVE_WORD: Final = re.compile(r"\b(?:who|that|which|whom)\b")
#: Verbs that are finite without an auxiliary: "the 40 passengers died" tells what they did.
#: "Suffered" and "sustained" head a finite predicate too ("14 of the 45 sustained injuries").
_FINITE_ALONE: Final = frozenset(
    {"died", "perished", "drowned", "succumbed", "dies", "suffered", "sustained"}
)


def _is_age_beside(low: str, left: str, end: int) -> bool:
    """
    True when the bare number ending at *end* is the age of one person named before it.

    "a woman of 25" is an age; "a man, 31," only with the comma closing it ("a man, 31
    others" is no age, but then the number has a noun).

    >>> _is_age_beside("a man, 31, was killed", "a man, ", 9)
    True
    >>> _is_age_beside("one of 31 died", "one of ", 9)
    False
    """
    m = _AGE_BESIDE.search(left)
    if m is None:
        return False
    return left.rstrip().endswith("of") or low[end : end + 1] == ","


def _whole_of_part(
    low: str,
    matches: Sequence[QuantityMatch],
    index: int,
    predicate: tuple[int, int, str],
) -> QuantityMatch | Literal[False] | None:
    """
    The part a partitive names before the count *index*, whose predicate is the part's.

    "Three of the 40 passengers died": the passengers are 40, the dead three, so the claim
    is the part's (its match); "most of the 40 passengers died" gives no figure (False). A
    participle right after the whole modifies it ("two of the 14 people killed were
    children": 14 were killed): None, the count is the whole's.

    >>> t = "Three of the 40 passengers died."
    >>> m = scan_quantities(t)
    >>> _whole_of_part(t.lower(), m, 1, (27, 31, "")).quantity.low
    3
    """
    start, end, aux = predicate
    if not aux.strip() and low[start:end].split(" ", 1)[0] not in _FINITE_ALONE:
        return None
    qs = matches[index].start
    if _RELATIVE_WORD.search(low, qs, start):
        return None  # "one of the two who died": the two died, the relative clause is theirs
    pm = _PART_OF_BEFORE.search(low, max(0, qs - 40), qs)
    if pm is None:
        return None
    if pm.group("vague") is not None:
        return None if pm.group("vague") in {"all", "none", "each", "both", "either"} else False
    before = matches[index - 1] if index > 0 else None
    if before is None or before.start != pm.start("figure") or before.end != pm.end("figure"):
        return (
            False if pm.group("figure").isalpha() and pm.group("figure") in _COUNT_WORDS else None
        )
    return before if before.quantity.high != 0 else None


def _times_counts(
    text: str, low: str, found: list[_Found], lexicon: Lexicon | None
) -> list[_Found]:
    """Attack tallies the quantity scanner leaves out: "attacked at least 58 times"."""
    if not _ATTACK_WORD.search(low):
        return []
    out: list[_Found] = []
    starts = {f.start for f in found} | {f.start + len(f.quantity.text) for f in found}
    for m in _TIMES_PHRASE.finditer(text):
        if m.start("q") in starts or m.start() in starts:
            continue
        phrase = re.sub(r"(?i)^another\s+", "", m.group("q"))
        try:
            quantity = parse_quantity(phrase, lexicon=lexicon)
        except ValueError:
            continue
        out.append(
            _Found(
                m.start(),
                m.end(),
                "attacks",
                m.group(),
                quantity,
                "times",
                group="attack",
                scope="cumulative",
            )
        )
    return out


#: A literal or pattern every match of ``_SINGULAR_SUBJECT`` / ``_BARE_PLURAL`` holds
#: once lower-cased: the auxiliary ("was", "has been", "died") or the plural head.
_SINGULAR_AUX_CUE: Final = re.compile(
    r"\s(?:was|is|got|remains|been)\s|died|drowned|perished|suffered|sustained|survived\swith"
)
_BARE_HEAD_KEYS: Final = (
    "personnel",
    "troops",
    "soldiers",
    "forces",
    "members",
    "contractors",
    "civilians",
    "americans",
    "officers",
    "guards",
    "staff",
    "fighters",
    "marines",
)
#: Letters an IGNORECASE pattern matches to "s" and "i" that lower-casing keeps apart.
_CASE_TWINS: Final = ("\u017f", "\u0131", "\u0130")


def _article_counts(text: str, low: str) -> list[_Found]:  # noqa: C901, PLR0912 - the legacy count reader; its tables are pack data, its branches move into rules next
    """Singular subjects and objects: "a member of ... was wounded", "killing a man"."""
    out: list[_Found] = []
    one = _ONE_A
    singular = _SINGULAR_AUX_CUE.search(low) is not None or _has_any(low, _CASE_TWINS)
    for m in _SINGULAR_SUBJECT.finditer(text) if singular else ():
        pred = _predicate(text, low, m.start("aux"))  # past an apposition ("a man, John Doe,")
        if pred is None:
            continue
        measure, _, pe, _ = pred
        if measure not in {"killed", "injured", "treated", "evacuated", "missing", "arrested"}:
            continue
        if measure in {"injured", "treated"} and _THEN_DIED.match(low, pe):
            measure = "killed"  # "was hurt and then died": the victim is among the dead
        det = m.group("det").lower()
        subject = text[m.start("det") : m.end("np")]
        group = kinds.classify_subject(m.group("np"))
        out.append(
            _Found(
                m.start("det"),
                pe,
                measure,
                subject,
                Quantity.exact(1, text=m.group("det")),
                "singular",
                group=group,
                # "the woman's boyfriend was also shot": "also" adds a victim, it is no back-reference
                weak=det == "the" and "also" not in m.group("aux").lower(),
            )
        )
    for verb in _SINGULAR_ACTIVE_VERB.finditer(low):
        if verb.group("v").endswith("ing") and _NOUN_BEFORE.search(
            low, max(0, verb.start() - 6), verb.start()
        ):
            continue  # "called the shooting an accident": a noun, not a verb
        obj = _SINGULAR_ACTIVE_OBJECT.match(text, verb.end())
        if obj is None or re.search(
            r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|several)\b",
            re.sub(_AGE_NOUN, "", obj.group("np")),
            re.IGNORECASE,
        ):
            continue
        if _CLAUSE_WORD.search(obj.group("np")):
            continue  # "an accident but the shooter": two phrases, no one object
        v = verb.group("v")
        if v.startswith(("kill", "shot and killed", "fatally")):
            measure = "killed"
        elif v.startswith(("wound", "injur", "shot", "shooting")) and not v.startswith("shot down"):
            measure = "injured"
        elif v.startswith(("launch", "fir", "involv")):
            measure = "launched"
        elif v.startswith(("intercept", "down", "shot down")):
            measure = "intercepted"
        else:
            measure = "seized"
        group = kinds.classify_subject(obj.group("np"))
        if kinds.is_person(group) != (measure in {"killed", "injured"}):
            continue
        if re.match(r"\s+(?:dead|to\s+death)\b", low[obj.end() :]):
            measure = "killed"
        out.append(
            _Found(
                obj.start(), obj.end(), measure, obj.group(), one, "active_singular", group=group
            )
        )
    for m in _BARE_PLURAL.finditer(text) if _has_any(low, _BARE_HEAD_KEYS) else ():
        np = m.group("np")
        np_words = np.split()
        if any(w.lower() in _NP_STOP for w in np_words[:-1]) or np_words[0].lower() in {
            "said",
            "says",
            "that",
        }:
            continue
        if re.match(r"(?i)(?:the|these|those|his|her|their|its|our)\b", np.strip()):
            continue
        if _FIGURE_IN_NP.search(np):
            continue  # "left 2 guards dead": the figure's own readers count them
        pred = _predicate(text, low, m.end("np"))
        if pred is None:
            continue
        measure, _, pe, _ = pred
        if measure not in {"killed", "injured", "treated", "evacuated"}:
            continue
        low_bound = (
            2
            if np.rstrip().endswith("s")
            and not np.rstrip().lower().endswith(("personnel", "forces", "staff"))
            else 1
        )
        out.append(
            _Found(
                m.start("np"),
                pe,
                measure,
                np.strip(),
                Quantity(low_bound, None, qualifier="vague", text=np.strip()),
                "bare_plural",
                group=kinds.classify_subject(np),
            )
        )
    del one
    return out


_THEN_DIED: Final = re.compile(
    r"[^;.]{0,80}?\b(?:and|but)\s+(?:(?:later|then|eventually|subsequently|soon)\s+)?"
    r"(?:died|was\s+(?:later\s+)?pronounced\s+dead|succumbed)\b"
)
#: A victim first, then the death later in the clause ("a teen hurt in a yard has died").
_SHOT_THEN_DIED: Final = re.compile(
    # the look-ahead names the first character of every clause start: others fail at once
    rf"(?=[,;:ab]|^)(?:^|[,;:]\s*|\b(?:and|but)\s+)(?P<det>an?|one)\s+(?P<np>(?:[\w'’.\-]+\s+){{0,4}}?"
    rf"{_PERSON_HEAD})\s+(?:who\s+was\s+)?(?:(?:fatally|critically|accidentally)\s+)?shot\b"
    # an object after "shot" makes the person the shooter ("a gunman shot four men")
    rf"(?!\s+(?:\d|an?\s|the\s|his\s|her\s|their\s|him\b|them\b|at\b|two\b|three\b|four\b|five\b|several\b|multiple\b))"
    rf"[^;.]{{0,80}}?\b(?:has\s+died|had\s+died|died|is\s+dead|was\s+pronounced\s+dead)\b",
    re.IGNORECASE,
)
#: "One man died and another was hurt": "another" standing for a person.
_ANOTHER_ONE: Final = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?P<det>another|the\s+other)\s+"
    r"(?=(?:is|was|has\s+been|had\s+been)\b|(?:injured|wounded|hurt)\s*[,.;]|(?:injured|wounded|hurt)$)",
    re.IGNORECASE,
)
_LATER_DIED: Final = re.compile(r"[^;.]{0,100}?\b(?:has\s+|had\s+)?(?:died|succumbed)\b")
_RELATIVE_VICTIM: Final = re.compile(
    rf"(?=[ao])\b(?P<det>an?|one)\s+(?P<np>(?:[\w'’.\-]+\s+){{0,4}}?{_PERSON_HEAD})\s+(?:who|that)\s+"
    rf"(?:was|had\s+been|has\s+been)\s+(?:(?:{_ADVERBS})\s+)*",
    re.IGNORECASE,
)
#: A known victim as subject: a pronoun or a name (with its age), and a death.
_DEFINITE_DEATH: Final = re.compile(
    # the look-ahead names the first character of every clause start: others fail at once
    r"(?=[,;:abuw]|^)(?:^|[,;:]\s*|\b(?:and|but|where|when|after|before|until|as|while)\s+)"
    r"(?P<np>(?i:he|she)|[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,2}(?:,\s*\d{1,3},)?)\s+"
    r"(?:(?i:later|then|eventually|subsequently|also|soon)\s+)?"
    r"(?P<pred>(?i:died|succumbed)|(?i:was|had\s+been)\s+[^;.]{0,80}?\b(?i:and|but)\s+"
    r"(?:(?i:later|then|eventually|subsequently|soon)\s+)?(?i:died|succumbed|was\s+(?:later\s+)?"
    r"pronounced\s+dead)|(?i:was|had\s+been|has\s+been)\s+(?:(?i:later|then|"
    r"eventually|subsequently|also|soon)\s+)?(?i:killed|slain|shot\s+(?:and\s+)?killed|"
    r"shot\s+dead|shot\s+to\s+death|fatally\s+(?:shot|wounded|injured|stabbed)|gunned\s+down|"
    r"(?:pronounced|declared)\s+dead))\b"
)
#: Capitalised words that open sentences but name no victim.
_NOT_NAMES: Final = frozenset(
    re.findall(
        r"\w+",
        "the a an police officers authorities officials investigators witnesses detectives "
        "deputies he she it they we this that there then later but and when after before "
        "monday tuesday wednesday thursday friday saturday sunday",
    )
)
#: A headline's subject without an article: "Man gunned down", "Police: Teen killed",
#: "Jane Doe, 19, shot and killed".
_HEADLINE_SINGLE: Final = re.compile(
    rf"(?:^|:\s*|[—–|]\s*)(?P<np>(?:[\w'’.\-]+\s+){{0,3}}?(?:{_AGE_NOUN}\s+)?{_SINGLE_PERSON}"
    rf"|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}},\s*\d{{1,3}},)(?=\s)",
    re.IGNORECASE,
)
_SINGLE_TAIL: Final = re.compile(rf"(?:{_AGE_NOUN}\s+)?{_SINGLE_PERSON}$", re.IGNORECASE)
#: Self-inflicted shootings: "killed himself", "before killing himself", "turned the gun on
#: herself", "took his own life".
_SELF_INFLICTED: Final = re.compile(
    r"\b(?P<v>(?:fatally\s+)?shot\s+(?:and\s+killed\s+)?|killed\s+|(?<=\bbefore\s)killing\s+"
    r"|turn(?:ed|ing|s)\s+(?:the|a|his|her)\s+"
    r"(?:gun|weapon|rifle|pistol|handgun|shotgun|firearm)\s+on\s+)(?:him|her)self\b"
    r"|\b(?:took|taking|takes)\s+(?:his|her)\s+own\s+life\b",
    re.IGNORECASE,
)
#: A verb and its victim named with an age: "killed 24-year-old Jane Doe".
_ACTIVE_NAMED: Final = re.compile(
    # the look-ahead names the first letter of every verb: other places fail at once
    rf"(?=[fiksw])\b(?P<v>killed|killing|shot\s+and\s+killed|fatally\s+(?:shot|shooting|wounded|wounding)|"
    rf"wounded|wounding|injured|injuring|shot|shooting)\s+"
    rf"(?P<np>{_AGE_NOUN}(?:\s+[a-z]+)?\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}}"
    rf"|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}},\s*\d{{1,3}}(?=,))"
)
_SUSPECT_NOUN: Final = re.compile(
    r"\b(?:gunm[ae]n|shooter|suspect|attacker|assailant|killer|perpetrator)\b"
)
_SELF_CONTEXT_FATAL: Final = re.compile(r"\b(?:died|dead|fatal\w*|suicide|killed|death)\b")


#: Stems every death predicate of the single-victim rules holds.
_DEATH_KEYS: Final = ("died", "dead", "succumbed", "killed", "slain", "gunned", "death")


def _definite_counts(text: str, low: str, *, is_title: bool) -> list[_Found]:
    """
    Single victims that news names without a number.

    * ``then_died``: a victim who "was shot and later died" is killed;
    * ``singular`` for "another" or "the other" alone: "one man died and another
      was wounded", "one woman was shot; the other was grazed";
    * ``relative``: "a 40-year-old clerk who was shot" counts one;
    * ``named`` (weak, kept only when no other count has the measure): "he was
      pronounced dead", "Jane Doe, 19, died at the scene", "Doe was rushed to a
      hospital but died";
    * ``active_named``: "killed 24-year-old Jane Doe";
    * ``headline_singular``: headlines drop the article ("Man gunned down",
      "Police: Teen fatally shot");
    * ``self_inflicted``: "the gunman then killed himself" (group ``suspects`` when
      the one who did it is the shooter), "a boy accidentally shot himself" (injured
      unless the sentence says it was fatal).
    """
    out: list[_Found] = []
    for m in _ANOTHER_ONE.finditer(text) if "other" in low else ():
        pred = _predicate(text, low, m.end())
        if pred is not None and pred[0] in {"killed", "injured"}:
            out.append(
                _Found(
                    m.start("det"),
                    pred[2],
                    pred[0],
                    m.group("det"),
                    Quantity.exact(1, text=m.group("det")),
                    "singular",
                    group="people",
                )
            )
    for m in _RELATIVE_VICTIM.finditer(text) if _has_any(low, (" who ", " that ")) else ():
        pred = _predicate(text, low, m.end())
        if pred is None or pred[0] not in {"killed", "injured"}:
            continue
        measure, _, pe, _ = pred
        if measure == "injured" and (_THEN_DIED.match(low, pe) or _LATER_DIED.match(low, pe)):
            measure = "killed"  # a victim "who was shot ... died" later
        subject = text[m.start("det") : m.end("np")]
        group = kinds.classify_subject(m.group("np"))
        out.append(
            _Found(
                m.start("det"),
                pe,
                measure,
                subject,
                Quantity.exact(1, text=m.group("det")),
                "relative",
                group=group,
            )
        )
    deaths = _has_any(low, _DEATH_KEYS)  # both death patterns hold one of these
    out.extend(
        _Found(
            m.start("det"),
            m.end(),
            "killed",
            text[m.start("det") : m.end("np")],
            Quantity.exact(1, text=m.group("det")),
            "singular",
            group=kinds.classify_subject(m.group("np")),
        )
        for m in (_SHOT_THEN_DIED.finditer(text) if deaths else ())
    )
    for m in _DEFINITE_DEATH.finditer(text) if deaths else ():
        np = m.group("np")
        first = np.split()[0].strip(",").lower()
        if np[0].isupper() and np.lower() not in {"he", "she"} and first in _NOT_NAMES:
            continue
        out.append(
            _Found(
                m.start("np"),
                m.end("pred"),
                "killed",
                np,
                Quantity.exact(1, text=np),
                "named",
                group="people",
                weak=True,
            )
        )
    for m in _ACTIVE_NAMED.finditer(text) if "-year-old" in low or "," in low else ():
        verb = m.group("v")
        out.append(
            _Found(
                m.start("np"),
                m.end("np"),
                "killed" if verb.startswith(("kill", "fatal", "shot and")) else "injured",
                m.group("np"),
                Quantity.exact(1, text=m.group("np")),
                "active_named",
                group="people",
            )
        )
    if is_title:
        for m in _HEADLINE_SINGLE.finditer(text):
            np = m.group("np")
            if re.match(r"(?i)(?:an?|the|one|another)\s", np):
                continue  # with an article the general rules read it
            pred = _predicate(text, low, m.end("np"))
            if pred is None or pred[0] not in {"killed", "injured"}:
                continue
            measure, _, pe, _ = pred
            if _PERSON_OBJECT_AFTER.match(low, pe):
                continue  # "Man shot wife": active voice; "shot himself": self-inflicted
            tail = _SINGLE_TAIL.search(np)  # "Deputies ID girl": the group is the girl's
            out.append(
                _Found(
                    m.start("np"),
                    pe,
                    measure,
                    np,
                    Quantity.exact(1, text=np),
                    "headline_singular",
                    group=kinds.classify_subject(tail.group() if tail else np),
                )
            )
    selves = list(_SELF_INFLICTED.finditer(text)) if _has_any(low, ("self", "own life")) else []
    # read once per sentence, not once per match: keeps the rule linear
    fatal_context = bool(selves) and _SELF_CONTEXT_FATAL.search(low) is not None
    murder_suicide = bool(selves) and "murder-suicide" in low
    for m in selves:
        verb = (m.group("v") or "").lower()
        fatal = (
            not verb.startswith("shot") or "killed" in verb or "fatally" in verb or fatal_context
        )
        clause = re.split(r"[.;]", low[max(0, m.start() - 200) : m.start()])[-1]  # bounded
        suspect = _SUSPECT_NOUN.search(clause) is not None or (
            murder_suicide
            or re.search(r"\b(?:then|before)\s+(?:[\w'’]+\s+){0,2}$", clause) is not None
        )
        out.append(
            _Found(
                m.start(),
                m.end(),
                "killed" if fatal else "injured",
                m.group(),
                Quantity.exact(1, text="himself"),
                "self_inflicted",
                group="suspects" if suspect else "people",
            )
        )
    return out


#: Cheap pre-filters (lower-case stems): a sentence without any of them holds no claim of the kind.
_COUNT_KEYS: Final = (
    "kill", "dead", "die", "death", "wound", "injur", "hurt", "shot", "shoot", "slain", "murder",
    "martyr", "casualt", "fatal", "launch", "fire", "involv", "intercept", "down", "hit",
    "struck", "fell", "land", "impact", "seiz", "confiscat", "contain", "explos", "blast",
    "detonat", "attack", "troop", "force", "soldier", "personnel", "missing", "unaccounted",
    "arrest", "detain", "custody", "apprehend", "evacu", "airlift", "medevac", "treat",
    "hospital", "lives", "toll", "station", "deploy", "based", "heard", "left", "leav", "target",
    "using", "used", "with", "times", "harm", "grazed", "self", "own life", "succumb", "homicide",
    "drown",
)  # fmt: skip
#: Keys derived from the verb and noun tables, so a row added there passes the pre-filter.
_TABLE_KEYS: Final = tuple(
    key
    for pattern, _ in (*_PREDICATES, *_ACTIVE, *_MEASURE_NOUNS)
    for alternative in _split_top(pattern, "|")
    for key in required_keys(alternative, common=common_words())
)
_COUNT_CUE: Final = (
    literal_union((*_COUNT_KEYS, *_TABLE_KEYS))
    if all(
        required_keys(alternative)
        for pattern, _ in (*_PREDICATES, *_ACTIVE, *_MEASURE_NOUNS)
        for alternative in _split_top(pattern, "|")
    )
    else re.compile("")  # a row without a literal: every sentence is read
)
#: Stems every predicate of the article, definite and bare-plural rules holds.
_SINGULAR_KEYS: Final = (
    "kill", "dead", "die", "death", "wound", "injur", "hurt", "shot", "shoot", "slain", "murder",
    "martyr", "fatal", "launch", "fir", "involv", "intercept", "down", "seiz", "confiscat",
    "treat", "hospital", "evacu", "airlift", "medevac", "flown", "missing", "unaccounted",
    "arrest", "detain", "custody", "apprehend", "gunned", "grazed", "struck", "suffer",
    "sustain", "receiv", "diagnos", "lives", "perish", "succumb", "self", "own life", "harm",
    "used", "using", "fell", "landed", "impact", "slammed", "hit", "heard", "rang", "rocked",
    "stationed", "deployed", "based", "serving", "destroyed", "dies", "drown", "surviv",
)  # fmt: skip
_SINGULAR_CUE: Final = literal_union(_SINGULAR_KEYS)
#: A correction's rejected figure: "19 killed, not 23 as first reported" (the early words
#: are of the 23, not of the sentence's own figure).
_REJECTED_EARLY: Final = re.compile(r"\b" + REJECTED_EARLY, re.IGNORECASE)


def _provisional(text: str) -> bool:
    """
    True when a sentence calls its figures early ("initially", "so far", "could rise").

    >>> _provisional("Eight people were killed, according to initial reports.")
    True
    >>> _provisional("The blast killed 19 people, not 23 as first reported, police said.")
    False
    """
    return _PROVISIONAL.search(_REJECTED_EARLY.sub(" ", text)) is not None


_PROVISIONAL_KEYS: Final = (
    "initial", "preliminary", "early", "far", "rise", "first", "this", "yet", "being",
)  # fmt: skip

# --------------------------------------------------------------------------- public API


def _scope(text: str, found: _Found, cumulative_at: tuple[int, ...] | None) -> str:
    """
    The scope of a count: its own, else ``cumulative`` when a tally cue sits in its clause.

    A sentence is one clause unless a tally turn splits it ("..., bringing the number
    of ... since October to 71"): then only the counts of the clause with the cue are
    cumulative, and the event count before the turn stays ``event``.
    """
    if found.scope is not None:
        return found.scope
    if not cumulative_at:  # () no cue of a rule, None a rule's cue: the whole sentence
        return "cumulative" if cumulative_at is None or _is_cumulative(text) else "event"
    low, high = _clause_around(text, found.start)
    if any(low <= at < high for at in cumulative_at):
        return "cumulative"
    return "event"


#: Where a sentence turns from an event to a tally: ", bringing the toll to", "; since".
_TALLY_TURN: Final = re.compile(
    r"(?i),\s*(?:bringing|taking|raising|pushing|adding|which\s+(?:brings|takes|raises))\b|;"
    # "... so far this month, and the toll from Friday's storm alone is 18": one event's toll
    r"|,\s*(?:and|but|while)\s+the\s+(?:death\s+)?toll\s+(?:from|of|in)\b"
    # "... has claimed 58 lives since June, and 11 people remain unaccounted for": a state now
    r"|,\s*(?:and|while)\s+(?=(?:[\w'’\-]+\s+){1,4}?(?:remain|remains|are\s+still|is\s+still)"
    r"\s+(?:missing|unaccounted)\b)"
)


def _clause_around(text: str, pos: int) -> tuple[int, int]:
    """The offsets of the clause of *text* that holds *pos*, cut at tally turns."""
    low, high = 0, len(text)
    for m in _TALLY_TURN.finditer(text):
        if m.start() <= pos:
            low = m.start()
        else:
            high = m.start()
            break
    return low, high


#: A share of a counted whole: "half of the 40 dead were ...", "25 percent of the 80 injured".
_SHARE: Final = re.compile(
    r"\b(?:(half)|a\s+(third|quarter|fifth|tenth)|(two)[\s-]thirds|(three)[\s-]quarters"
    r"|(\d{1,3})\s*(?:%|percent|per\s+cent))\s+of\s+(?:the|those)\s+",
    re.IGNORECASE,
)
_SHARES: Final = {"half": (1, 2), "third": (1, 3), "quarter": (1, 4), "fifth": (1, 5), "tenth": (1, 10),
                  "two": (2, 3), "three": (3, 4)}  # fmt: skip
#: What the share of the whole was, after the whole: "were police officers".
_SHARE_WAS: Final = re.compile(
    r"\s+(?:were|are)\s+(?:all\s+)?((?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*)\b(?=\s*(?:[,.;]|$|and\b|who\b|from\b))",
    re.IGNORECASE,
)
#: Characters between a share's "of the" and the whole's count.
_SHARE_GAP: Final = 24


def _share(m: re.Match[str], whole: Quantity) -> Quantity | None:
    """The share *m* names of an exact *whole*, when it is a whole number of people."""
    if whole.high != whole.low or whole.high is None:
        return None
    words = [g for g in m.groups() if g is not None]
    top, bottom = (int(words[0]), 100) if words[0].isdigit() else _SHARES[words[0].lower()]
    share, rest = divmod(whole.low * top, bottom)
    return (
        Quantity.exact(share, text=m.group().strip())
        if rest == 0 and 0 < share < whole.low
        else None
    )


def _shares_of_counts(text: str, found: Sequence[_Found]) -> list[_Found]:
    """
    The shares of a counted whole a sentence names as a group, as parts of the whole.

    >>> q = Quantity.exact(40, text="40")
    >>> [(f.subject, str(f.quantity)) for f in _shares_of_counts(
    ...     "Half of the 40 dead were police officers.", [_Found(12, 19, "killed", "40", q, "toll")])]
    [('police officers', '20')]
    """
    out: list[_Found] = []
    starts = [f.start for f in found]
    for m in _SHARE.finditer(text):
        at = bisect.bisect_left(starts, m.end())
        for f in found[at : bisect.bisect_right(starts, m.end() + _SHARE_GAP)]:
            was = _SHARE_WAS.match(text, f.end)
            share = _share(m, f.quantity) if was is not None else None
            group = kinds.classify_subject(was.group(1)) if was is not None else "people"
            if was is None or share is None or not kinds.is_person(group) or group == "people":
                continue
            out.append(
                _Found(was.start(1), was.end(1), f.measure, was.group(1), share, "share_of_count",
                       group=group, part=True)
            )  # fmt: skip
    return out


#: A place a count is given for ("in Georgia", "along the coast"), not a state, a ward
#: or a time ("in hospital", "in critical condition", "in 2019"); it ends before a comma,
#: "and", or the end of the clause.
_PLACE_OF_FIGURE: Final = (
    r"(?:in|at|near|along|across|on)\s+"
    r"(?!(?:the\s+|an?\s+)?(?:hospitals?|custody|critical|serious|stable|intensive|jail|prison|detention|total|"
    r"all|past|last|first|recent|previous|earlier|prior|same|other|days?|weeks?|months?|years?|"
    r"attack|blast|strike|explosion|fire|crash|(?:19|20)\d\d)\b)"
    r"(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+(?=\s*+(?:[,.;:]|\band\b|$))"
)
#: The place right after a counted noun or predicate: "(killed 14 people) in the north".
_FIRST_PLACE: Final = re.compile(r"\s+" + _PLACE_OF_FIGURE)
#: One more figure of a list by place: ", eight in the capital", "and five along the coast".
_NEXT_PLACE: Final = re.compile(
    r"(?:\s*+,\s*+(?:and\s+)?|\s+and\s+)(?P<n>\d{1,3}(?:,\d{3})+|\d+|(?:(?:twen|thir|for|fif|"
    r"six|seven|eigh|nine)ty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:thir|"
    r"four|fif|six|seven|eigh|nine)teen|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\b)\s+(?:more\s+|others?\s+)?" + _PLACE_OF_FIGURE
)
#: Measures a figure given place by place counts.
_BY_PLACE: Final = frozenset({"killed", "injured", "missing"})


def _place_list_counts(text: str, low: str, found: Sequence[_Found]) -> list[_Found]:
    """
    The further figures of a count given place by place, each with its place in its span.

    "The storm left six dead in Georgia, three in South Carolina and two in Florida":
    the count read is the first; the others share its measure and its people. A total
    is not made up: only a stated one is read. Each stretch of text is walked once.

    >>> t = "The storm left six dead in Georgia, three in South Carolina and two in Florida."
    >>> first = _Found(15, 23, "killed", "six dead", Quantity.exact(6, text="six"), "active")
    >>> [(f.subject, str(f.quantity)) for f in _place_list_counts(t, t.lower(), [first])]
    [('three', '3'), ('two', '2')]
    """
    out: list[_Found] = []
    taken = {(f.start, f.measure) for f in found}
    walked = 0
    for f in found:
        if f.measure not in _BY_PLACE or f.end < walked or f.quantity.high == 0:
            continue
        place = _FIRST_PLACE.match(low, f.end)
        if place is None:
            continue
        pos = place.end()
        while (item := _NEXT_PLACE.match(low, pos)) is not None:
            pos = item.end()
            start = item.start("n")
            if (start, f.measure) in taken:
                continue
            taken.add((start, f.measure))
            figure = text[start : item.end("n")]  # the subject; the span holds the place too
            out.append(
                _Found(
                    start, pos, f.measure, figure, parse_quantity(figure), "by_place", group=f.group
                )
            )
        walked = pos
    return out


#: A quotation that may hold a figure with its noun: '"12 occupation soldiers"', '"at least 20"'.
#: Words only, no clause punctuation inside: a quoted sentence keeps its marks.
_QUOTED: Final = re.compile(r'(?<![\w"“])["“](?=\w)([^"“”\n,.;:!?]{1,60}?)["”](?!\w)')
#: Words of a quoted figure and its noun at most: '"at least 20 enemy troops"'.
_QUOTED_WORDS: Final = 5


def _unquoted_figures(sentence: Sentence, lexicon: Lexicon | None) -> Sentence:
    """
    *sentence* with the quotation marks around a figure read as spaces (same offsets).

    A party's own words quoted by the reporter ('killed "12 occupation soldiers"', '"at
    least 20" enemy troops died') count as the words without quotes do.

    >>> s = Sentence(0, 27, 'It killed "12" men, he said', 0, "body")
    >>> _unquoted_figures(s, None).text
    'It killed  12  men, he said'
    """
    text = sentence.text
    marks: list[int] = []
    for m in _QUOTED.finditer(text):
        if len(m.group(1).split()) > _QUOTED_WORDS:
            continue
        found = scan_quantities(m.group(1), lexicon=lexicon)
        if found and found[0].start == 0 and found[0].quantity.high != 0:
            marks += [m.start(), m.end() - 1]
    if not marks:
        return sentence
    chars = list(text)
    for at in marks:
        chars[at] = " "
    return attrs.evolve(sentence, text="".join(chars))


def _sentence_counts(
    sentence: Sentence, low: str, lexicon: Lexicon | None, rules: RuleSet
) -> tuple[list[_Found], tuple[int, ...] | None]:
    """
    The counts of a sentence and the offsets of its tally cues.

    The built-in readers and the rule engine both read the sentence; rule hits replace
    the built-in counts they overlap (see :func:`_merge_hits`). The tally cues are
    given when the sentence turns from an event to a tally; otherwise the cues are
    ``None`` when a scope rule marked the sentence (all its counts are tallies) and
    ``()`` when none did.
    """
    original = sentence.text
    if '"' in low or "“" in low:
        sentence = _unquoted_figures(sentence, lexicon)
    found = _remembered_counts(sentence, lexicon) if _COUNT_CUE.search(low) else []
    hits, cues = rules.run(sentence.text, title=sentence.kind == "title", lexicon=lexicon)
    if hits or cues:
        found = _merge_hits(found, hits, cues)
    text = sentence.text
    if ", " in text:
        found += _aside_counts(text, found, rules, title=sentence.kind == "title", lexicon=lexicon)
    if found and "from" in low:
        found += _earlier_figures(text, found, lexicon)
    if found and (" and " in low or ", " in low):
        found.sort(key=lambda f: (f.start, f.end))
        found += _place_list_counts(text, low, found)
    if found and " of the" in low:
        found.sort(key=lambda f: (f.start, f.end))
        found += _shares_of_counts(text, found)
    found.sort(key=lambda f: (f.start, f.end))
    if "anoth" in low or "furth" in low or "addit" in low:
        found = [_with_increment(f, text, found) for f in found]
    if text != original:
        found = [_as_written(f, text, original) for f in found]
    cumulative_at = [
        c.start for c in cues if c.rule.scope == "cumulative" and not _compared(text, c.start)
    ]
    if not found or _TALLY_TURN.search(text) is None:
        return found, (None if cumulative_at else ())
    cumulative_at += _tally_cues(text)
    if _has_any(low, _MULTI_EVENT_KEYS):
        cumulative_at += _multi_event_cues(text)
    return found, tuple(sorted(cumulative_at))


def _as_written(found: _Found, read: str, original: str) -> _Found:
    """*found*, read in *read* (figures unquoted), with its subject and span as *original* has them."""
    if not read.startswith(found.subject, found.start):
        return found
    start, end = found.start, found.start + len(found.subject)
    if start > 0 and original[start - 1] in '"“' and read[start - 1] == " ":
        start -= 1  # the opening mark of the quoted figure is the subject's, as without quotes
    return attrs.evolve(found, start=start, subject=original[start:end])


#: The words between "from" and an earlier figure: "(from) an earlier count of (34)".
_EARLIER_NOUN: Final = (
    r"(?:(?:an?|the|its|their)\s+)?"
    r"(?:(?:earlier|initial|previous|prior|first|preliminary|original|official)\s+)?"
    r"(?:(?:count|figure|toll|tally|estimate|report|number|total)\s+of\s+)?(?=[\w“\"])"
)
#: A revision's earlier figure after a count: "52 had died, up from an earlier count of 34",
#: "the toll stood at 19, revised down from 23" (the figure starts where the match ends).
_EARLIER_AFTER: Final = re.compile(
    r"\b(?:(?:revised|lowered|raised|cut|corrected|adjusted)(?:\s+(?:up|down)(?:wards?)?)?"
    r"|up|down)\s+from\s+" + _EARLIER_NOUN,
    re.IGNORECASE,
)
#: A revision's earlier figure before its new one: "raising the toll from 12 to 14".
_EARLIER_BEFORE: Final = re.compile(
    r"\bfrom\s+(?=[\w“\"])((?:[\w“\",]+\s+){0,3}?)to\s+(?=[\w“\"])", re.IGNORECASE
)
#: The earlier figure right after a new one: "lowered the toll to 58 from 63".
_FROM_AFTER: Final = re.compile(r"\s+from\s+" + _EARLIER_NOUN, re.IGNORECASE)
#: A new figure's "to" at the end of the words before it.
_TO_BEFORE: Final = re.compile(r"\bto\s+$", re.IGNORECASE)
#: Words of a tally that moved, before "from N to M" in its clause.
_TALLY_MOVED: Final = re.compile(
    r"\b(?:toll|tally|count|figure|number|total|estimate|revis\w+|rais\w+|lower\w+|rose|risen"
    r"|climb\w*|jump\w*|increas\w+|gr[eo]w\w*|mount\w*)\b[^.;:!?]{0,80}$",
    re.IGNORECASE,
)
#: What may follow an earlier figure: the end of its clause, a time or a word of reporting
#: ("up from the 12 first reported", "from 30 initially").
_EARLIER_TAIL: Final = re.compile(
    r"\s*(?:[,.;:)—–]|$)|\s+(?:on|in|at|a|an|the|last|earlier|previously|before|as|reported"
    r"|announced|given|recorded|counted|confirmed|yesterday|overnight|this|that|by|when|until"
    r"|people|dead|deaths|killed|injured|wounded|hurt|victims|casualties|fatalities|bodies"
    r"|missing|to|after|following|according|first|initially|originally)\b",
    re.IGNORECASE,
)
#: Characters between a count and the "up from" of its earlier figure (a place and a
#: time may stand between: "hurt in the weekend attack on the outpost, up from 34").
_EARLIER_GAP: Final = 100
#: A turn between a count and an "up from" that belongs to another clause.
_CLAUSE_END: Final = re.compile(r"[;:!?]|\b(?:while|whereas|but|and)\b", re.IGNORECASE)


def _figure_at(
    text: str, pos: int, lexicon: Lexicon | None, end: int | None = None
) -> QuantityMatch | None:
    """The count that starts at *pos* of *text* and ends its phrase (by *end*), offsets into *text*."""
    window = text[pos : min(pos + 48, len(text) if end is None else end)]
    found = scan_quantities(window, lexicon=lexicon)
    if not found or found[0].start > 1:
        return None
    m = found[0]
    if not _EARLIER_TAIL.match(window, m.end) or m.quantity.high == 0:
        return None
    return QuantityMatch(pos + m.start, pos + m.end, m.quantity)


def _earlier_figures(text: str, found: Sequence[_Found], lexicon: Lexicon | None) -> list[_Found]:
    """
    The earlier figures a sentence gives beside its revised counts, of the same measure.

    "The toll rose to 212, up from 187" and "raising the toll from 12 to 14" tell an
    earlier claim of the count they revise: it is read, with the count's measure, group
    and scope, and the resolver takes the words before it ("up from", "from") as an early
    figure's, so the new count supersedes it.

    >>> q = Quantity.exact(14, text="14")
    >>> [str(f.quantity) for f in _earlier_figures(
    ...     "It raised the toll from 12 to 14.", [_Found(29, 31, "killed", "14", q, "toll")], None)]
    ['12']
    """
    out: list[_Found] = []
    by_end: dict[int, list[_Found]] = {}
    for f in found:
        by_end.setdefault(f.end, []).append(f)
    ends = sorted(by_end)
    for m in _EARLIER_AFTER.finditer(text):
        at = bisect.bisect_right(ends, m.start()) - 1
        gap = (ends[at], m.start()) if at >= 0 else (0, len(text))
        if gap[1] - gap[0] > _EARLIER_GAP or _CLAUSE_END.search(text, *gap):
            continue
        fig = _figure_at(text, m.end(), lexicon)
        if fig is not None:
            out += _earlier(fig, text, by_end[ends[at]])
    for m in _EARLIER_BEFORE.finditer(text):
        fig = _figure_at(text, m.start(1), lexicon, m.end(1))
        if fig is None or not _TALLY_MOVED.search(text, max(0, m.start() - 100), m.start()):
            continue
        new = m.end()  # the new figure starts here: the count read over it ends soon after
        near = ends[bisect.bisect_right(ends, new) : bisect.bisect_right(ends, new + _EARLIER_GAP)]
        out += _earlier(fig, text, [f for e in near for f in by_end[e] if f.start <= new + 12])
    return out + _earlier_after_to(text, by_end, lexicon)


def _earlier_after_to(
    text: str, by_end: dict[int, list[_Found]], lexicon: Lexicon | None
) -> list[_Found]:
    """The earlier figures right after new ones: "lowered the toll to 58 from 63"."""
    out: list[_Found] = []
    for end, revised in by_end.items():
        m = _FROM_AFTER.match(text, end)
        if m is None:
            continue
        fig = _figure_at(text, m.end(), lexicon)
        to = [f for f in revised if _TO_BEFORE.search(text, max(0, f.start - 8), f.start)]
        if fig is None or not to:
            continue
        if _TALLY_MOVED.search(text, max(0, to[0].start - 100), to[0].start):
            out += _earlier(fig, text, to)
    return out


def _earlier(fig: QuantityMatch, text: str, revised: Sequence[_Found]) -> list[_Found]:
    """The earlier figure *fig* as a count of each measure of the counts it was *revised* to."""
    return [
        _Found(
            fig.start,
            fig.end,
            f.measure,
            text[fig.start : fig.end],
            fig.quantity,
            "earlier_figure",
            group=f.group,
            scope=f.scope,
            focus=f.focus,
        )
        for f in revised
        if f.quantity.high != 0 and f.pattern != "earlier_figure"
    ]


#: An increment's determiner right before its figure: "another 30", "a further 12".
_INCREMENT_BEFORE: Final = re.compile(
    r"(?i)(?:^|(?<=[\s,;:(\"“]))(?:another|a\s+further|an\s+additional)\s+$"
)
#: Characters before a count searched for an increment's determiner.
_INCREMENT_WINDOW: Final = 20


def _with_increment(found: _Found, text: str, others: Sequence[_Found] = ()) -> _Found:
    """
    *found* with the increment's determiner before its figure taken into its subject.

    "Another 30 were taken to hospitals" adds to a count told elsewhere: the subject
    the resolver reads ("Another 30") says so, as "30 more" does; the figure stays the
    one written. After a count of another measure in the same sentence ("12 died and
    another 30 were hurt") the word sets the people apart from those, and the figure is
    the whole count of its own measure: the subject stays as it is.

    >>> q = Quantity.exact(30, text="30")
    >>> _with_increment(_Found(8, 10, "treated", "30", q, "passive"), "Another 30 were hurt").subject
    'Another 30'
    """
    head = text[max(0, found.start - _INCREMENT_WINDOW) : found.start]
    m = _INCREMENT_BEFORE.search(head)
    if m is None or not text.startswith(found.subject, found.start):
        return found
    if any(o.end <= found.start and o.measure != found.measure for o in others):
        return found
    start = found.start - (len(head) - m.start())
    return attrs.evolve(found, start=start, subject=text[start : found.start] + found.subject)


#: Sentences whose built-in counts are remembered before the memo starts again.
_COUNTS_MEMO_SIZE: Final = 4096
#: Longer sentences are read each time, so the memo holds at most a few megabytes.
_COUNTS_MEMO_LENGTH: Final = 2000
#: (text, is title, id of the lexicon) -> (the lexicon, the counts): pages and wires
#: repeat sentences, and the built-in readers are pure in these. The lexicon is kept
#: with its counts, so its id cannot stand for another lexicon while it is remembered.
_COUNTS_MEMO: Final[dict[tuple[str, bool, int], tuple[Lexicon | None, tuple[_Found, ...]]]] = {}


def _remembered_counts(sentence: Sentence, lexicon: Lexicon | None) -> list[_Found]:
    """:func:`_counts` of *sentence*, read once per distinct sentence (bounded memo)."""
    if len(sentence.text) > _COUNTS_MEMO_LENGTH:
        return _counts(sentence, lexicon)  # a run-on "sentence" of a crawled page: not kept
    key = (sentence.text, sentence.kind == "title", id(lexicon))
    done = _COUNTS_MEMO.get(key)
    if done is None or done[0] is not lexicon:
        if len(_COUNTS_MEMO) >= _COUNTS_MEMO_SIZE:
            _COUNTS_MEMO.clear()  # bounded: a long stream of distinct sentences
        done = _COUNTS_MEMO[key] = (lexicon, tuple(_counts(sentence, lexicon)))
    return list(done[1])


def _merge_hits(found: list[_Found], hits: list[Hit], cues: list[Cue]) -> list[_Found]:
    """
    The overlap filter between the built-in readers and the rule engine.

    An ``unknown`` cue ("not clear whether anyone was hurt") or a ``whole`` one ("a third
    of the 90 passengers") drops every count inside it.
    A rule hit replaces the built-in counts it overlaps of its measure (of any measure
    for a rule that ``rereads`` its span, and for a claim of zero, which reads "none of the 40 passengers" as 0, not 40; a claim
    of zero replaces from its noun phrase on, and other zeros anywhere in it), unless
    it only repeats one of them (same figure, no group, scope or focus of its own).
    Of two rule hits of one measure over one span, the longer one is kept.
    """
    blocks = [(c.start, c.end) for c in cues if c.rule.frame in {"unknown", "whole"}]
    out = _Spans(f for f in found if not any(a <= f.start < b for a, b in blocks))
    added = _Spans()
    for h in hits:
        if any(a <= h.start < b for a, b in blocks):
            continue
        if h.rule.weak and any(f.measure == h.measure for f in found):
            continue
        over = [
            f
            for f in out.near(
                None if h.rule.zero or h.rule.rereads else h.measure, min(h.cover, h.start), h.end
            )
            if f.start < h.end
            and (h.cover < f.end or (h.start < f.end and f.quantity.high == 0))
            and (h.rule.zero or h.rule.rereads or f.measure == h.measure)
        ]
        if _repeats(h, over) or (h.rule.plural and over):
            continue  # a bare plural never overrides a figure
        rivals = [f for f in added.near(h.measure, h.start, h.end) if h.start < f.end]
        if any(f.end - f.start >= h.end - h.start for f in rivals):
            continue  # two rules read one span: the one that reads more of it wins
        added.drop(rivals)
        out.drop(over)
        added.add(_found_of_hit(h, found))
    return out.in_order() + added.in_order()


def _found_of_hit(h: Hit, found: list[_Found]) -> _Found:
    """The count a rule hit reads, its munition's kind taken from *found*."""
    return _Found(
        h.start,
        h.end,
        h.measure,
        h.subject,
        h.quantity,
        h.rule.name,
        group=_kind_of_munition(h, found),
        scope=h.rule.scope,
        focus=h.rule.focus,
        part=h.rule.part,
    )


#: An aside between a counted noun and its verb: "Forty migrants, including 11 women, were
#: rescued", "Two fishermen, both from the village, were killed". Bounded, no nesting.
_ASIDE_BEFORE_VERB: Final = re.compile(
    r"(?<=[a-z])\s*+,\s++(?:including|among\s+them|among\s+whom|most\s+of\s+them"
    r"|many\s+of\s+them|mostly|all|both|aged|(?:\d{1,3}|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+of\s+(?:them|whom))\b[^,.;:()]{1,80},"
    r"(?=\s+(?:were|was|are|is|have|has|had|remain|remained|remains|died|drowned|perished)\b)",
    re.IGNORECASE,
)
_SPACES: Final = re.compile(r"\s{2,}")


def _aside_counts(
    text: str, found: list[_Found], rules: RuleSet, *, title: bool, lexicon: Lexicon | None
) -> list[_Found]:
    """
    The counts the rules read across an aside that hid them, and that nothing read yet.

    The rules read the sentence again with each aside blanked (same offsets): a hit that
    spans the blank counts the noun before the aside with the verb after it. The counts
    inside the aside (the part "11 women") stay as they were read.

    >>> from claimrec.lang import load_rules
    >>> text = "Forty migrants, including 11 women, were rescued."
    >>> [(f.measure, str(f.quantity), f.subject) for f in _aside_counts(
    ...     text, [], load_rules(), title=False, lexicon=None)]
    [('rescued', '40', 'Forty migrants were rescued')]
    """
    asides = [m.span() for m in _ASIDE_BEFORE_VERB.finditer(text)]
    if not asides:
        return []
    chars = list(text)
    for a, b in asides:
        chars[a:b] = " " * (b - a)
    hits, _ = rules.run("".join(chars), title=title, lexicon=lexicon)
    out: list[_Found] = []
    for h in hits:
        aside = next(((a, b) for a, b in asides if h.start < a and b <= h.end), None)
        if aside is None or h.rule.zero:
            continue
        if any(f.measure == h.measure and f.start < aside[0] and f.end > h.start for f in found):
            continue  # the noun before the aside already has this measure
        subject = _SPACES.sub(" ", h.subject)
        out.append(attrs.evolve(_found_of_hit(h, found), subject=subject))
    return out


class _Spans:
    """
    Counts in order, indexed by start (per measure and for all), with some dropped.

    Finding the counts near a span looks only at those that start less than the longest
    span before it, so a sentence with thousands of counts stays near-linear.
    """

    def __init__(self, counts: Iterable[_Found] = ()) -> None:
        self._order: list[_Found] = []
        self._dropped: set[int] = set()
        self._index: dict[int, int] = {}  # id of a count -> its place in the order
        self._starts: dict[str | None, list[tuple[int, int]]] = {}  # measure -> (start, place)
        self._longest = 0
        for found in counts:
            self.add(found)

    def near(self, measure: str | None, start: int, end: int) -> list[_Found]:
        """The counts (of *measure*, or of any when None) starting in [start - longest, end)."""
        starts = self._starts.get(measure, [])
        low = bisect.bisect_left(starts, (start - self._longest, -1))
        high = bisect.bisect_left(starts, (end, -1))
        return [self._order[i] for _, i in starts[low:high] if i not in self._dropped]

    def drop(self, counts: Iterable[_Found]) -> None:
        for f in counts:
            self._dropped.add(self._index[id(f)])

    def add(self, found: _Found) -> None:
        place = len(self._order)
        self._index[id(found)] = place
        self._order.append(found)
        for key in (found.measure, None):
            bisect.insort(self._starts.setdefault(key, []), (found.start, place))
        self._longest = max(self._longest, found.end - found.start)

    def in_order(self) -> list[_Found]:
        return [f for i, f in enumerate(self._order) if i not in self._dropped]


#: The kinds of munition a sentence may name ("rockets", "a cruise missile").
_MUNITION_WORD: Final = re.compile(r"\b(rocket|missile|drone|shell|mortar|bomb)s?\b")
#: The measures of munitions.
_FIRED: Final = frozenset({"launched", "intercepted", "impacted"})


def _kind_of_munition(hit: Hit, found: list[_Found]) -> str | None:
    """
    The group of a rule hit: None for plain people, a bare ``munition`` made specific.

    "fired nine rockets ... shot down seven of them": "them" are the rockets the sentence
    counted, so the hit takes the kind of munition of another count of the sentence (a
    built-in count has no group yet: its subject is read here).
    """
    group = hit.group
    if group == "people" and hit.rule.group is None:
        written = kinds.classify_subject(hit.subject.removeprefix(hit.quantity.text))
        # "40,000 people fled their homes": the rule's noun is people, not the homes after it
        return None if kinds.is_person(written) else group
    if group == "munition":
        said = (f.group or kinds.classify_subject(f.subject) for f in found if f.measure in _FIRED)
        kinds_seen = {g for g in said if kinds.is_within(g, "munition")}
        kinds_seen.discard("munition")
        if len(kinds_seen) == 1:
            return kinds_seen.pop()
    return group


def _munition_in_context(group: str, last: str | None) -> tuple[str, str | None]:
    """
    A count's group read after the kind of munition counted last in the document, and the new last.

    "Militants fired 11 rockets. Seven of them were intercepted.": the bare ``munition``
    of the second sentence is the rockets the report counted before.

    >>> _munition_in_context("munition", "munition.rocket")
    ('munition.rocket', 'munition.rocket')
    >>> _munition_in_context("munition.drone", "munition.rocket")
    ('munition.drone', 'munition.drone')
    """
    if group == "munition":
        return (last or group), last
    if kinds.is_within(group, "munition"):
        return group, group
    return group, last


def _repeats(hit: Hit, over: list[_Found]) -> bool:
    """Whether *hit* only repeats a built-in count it overlaps."""
    plain = hit.group == "people" and hit.rule.scope is None and hit.rule.focus is None
    return plain and any(
        f.measure == hit.measure
        and (f.quantity.low, f.quantity.high) == (hit.quantity.low, hit.quantity.high)
        for f in over
    )


#: A superlative just before a tally cue compares this event with others ("the deadliest
#: attack on the base since the war began"): the cue dates no count.
_SUPERLATIVE_BEFORE: Final = re.compile(
    r"\b(?:deadliest|worst|heaviest|bloodiest|largest|biggest|strongest|fiercest|costliest|"
    # an ordinal ranks one event among others: "the third stabbing on the estate this year"
    r"second|third|fourth|fifth|sixth|latest|"
    r"most\s+\w+)\b[^.;,]{0,50}$",
    re.IGNORECASE,
)


def _tally_cues(text: str) -> list[int]:
    """
    The offsets of the tally cues of *text*, but for those a superlative compares.

    >>> _tally_cues("It was the deadliest attack on the base since the war began.")
    []
    >>> _tally_cues("Since the war began, 40 soldiers have been killed.")
    [0]
    """
    return [
        m.start()
        for m in _CUMULATIVE.finditer(text)
        if not _compared(text, m.start()) and not _held_since(text, m)
    ]


#: Before "since", a figure that has not moved: "the toll has stood at 40 since Tuesday",
#: "unchanged since the morning at 203", "held the number of dead at 212 since Friday".
#: The figure is the current count of this event, not a tally over the period.
_HELD: Final = (
    r"(?:st(?:ood|ands|ayed|ays)|remain(?:ed|s)?|held|holds|kept|unchanged|steady|unrevised)\b"
)
_TOLL_NOUN: Final = r"\b(?:toll|tally|figure|number|count|total)\b"
_HELD_BEFORE: Final = re.compile(
    rf"(?:{_TOLL_NOUN}[^.;]{{0,60}}?\b{_HELD}|\b{_HELD}[^.;]{{0,40}}?{_TOLL_NOUN})[^.;]{{0,40}}$",
    re.IGNORECASE,
)


#: "since" a recent time of day or week, no period of a campaign ("since Friday", "since
#: dawn", "since the weekend"): with the toll rising, this event's toll, not a tally.
_SINCE_RECENT: Final = re.compile(
    r"since\s+(?:(?:last|early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"dawn|daybreak|midnight|noon|(?:the|this)\s+(?:morning|afternoon|evening|weekend)|"
    r"last\s+night|overnight)\b(?:\s+(?:morning|afternoon|evening|night))?\s*+,?",
    re.IGNORECASE,
)
#: A toll rising to its figure: "the toll has risen to 35", "the death toll climbed to 12".
_TOLL_ROSE: Final = (
    r"\bthe\s+(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:now\s+)?"
    r"(?:risen|rose|climbed|jumped|increased|reached|grown|grew)\b"
)
_TOLL_ROSE_BEFORE: Final = re.compile(rf"{_TOLL_ROSE}\s+(?:to\s+)?[\w,]{{1,12}}\s+$", re.IGNORECASE)
_TOLL_ROSE_AFTER: Final = re.compile(rf"\s*+{_TOLL_ROSE}", re.IGNORECASE)


def _held_since(text: str, cue: re.Match[str]) -> bool:
    """
    Whether the tally cue *cue* is the "since" of a figure held unchanged.

    >>> _tally_cues("The toll has stood at 40 since Tuesday, officials said.")
    []
    >>> _tally_cues("Since Tuesday, 40 people have been killed in the region.")
    [0]
    >>> _tally_cues("Since Friday, the toll has risen to 35.")
    []
    """
    at = cue.start()
    if text[at : at + 5].lower() != "since":
        return False
    if _HELD_BEFORE.search(text, max(0, at - 140), at) is not None:
        return True
    recent = _SINCE_RECENT.match(text, at)
    return recent is not None and (
        _TOLL_ROSE_BEFORE.search(text, max(0, at - 80), at) is not None
        or _TOLL_ROSE_AFTER.match(text, recent.end()) is not None
    )


#: After a compared cue, the past event it names told with its own toll ("since 2017, when
#: 500 were killed"; "since an airliner crashed in 1982, killing 78"): a tally still.
_PAST_EVENT_TOLD: Final = re.compile(
    r"[^.;]{0,80}?,\s*(?:when|killing|leaving|in\s+which|which\s+killed)\b", re.IGNORECASE
)


def _compared(text: str, at: int) -> bool:
    """Whether a superlative just before *at* compares the event with others."""
    return (
        _SUPERLATIVE_BEFORE.search(text, max(0, at - 60), at) is not None
        and _PAST_EVENT_TOLD.match(text, at) is None
    )


@functools.lru_cache(maxsize=256)
def _is_cumulative(text: str) -> bool:
    return bool(_tally_cues(text)) or (
        _has_any(text.lower(), _MULTI_EVENT_KEYS) and bool(_multi_event_cues(text))
    )


def _multi_event_cues(text: str) -> list[int]:
    """
    The offsets of the cues of a tally over several events; a span of hours only with violence.

    >>> _multi_event_cues("Nine people were shot in 24 hours across the city.")
    [22]
    >>> _multi_event_cues("One hospital admitted 90 wounded in two hours.")
    []
    """
    cues = [m.start() for m in _MULTI_EVENT.finditer(text)]
    violence = _VIOLENCE_WORD.search(text) is not None
    cues += [m.start() for m in _HOURS_SPAN.finditer(text) if violence or m.group("span")]
    return sorted(cues)


def extract(
    document: Document, *, lexicon: Lexicon | None = None, rules: RuleSet | None = None
) -> list[Claim]:
    """
    Read the count and responsibility claims of one document.

    Args:
        document: The article; claim spans index into ``document.text``.
        lexicon: Vague quantifiers and their bounds (``lexicon.ENGLISH`` by default).
        rules: The count rules to run beside the built-in readers
            (``claimrec.lang.load_rules()`` by default: the general, conflict and
            shootings packs). Without the ``shootings`` pack, "N were shot" is not
            reduced by the dead the report counts elsewhere.

    Returns:
        The claims in text order, ids ``f"{document.id}:c{n}"`` from 1.

    >>> doc = Document(id="d1", published="2023-11-22",
    ...                text="Seven Americans were wounded Monday in a rocket attack, officials said.")
    >>> [(c.measure, c.group, str(c.quantity), str(c.mention.date)) for c in extract(doc)]
    [('injured', 'us', '7', '2023-11-20')]
    """
    _checks.require(document, Document, "extract() document")
    _checks.lexicon(lexicon, "extract() lexicon")
    rules = load_rules() if rules is None else rules
    sentences = split_sentences(document.text, title=document.title)
    attributions = attribute_sentences(sentences)
    if document.title and document.title.strip() and not any(s.kind == "title" for s in sentences):
        # a headline given apart from the text: its claims get an empty span at offset 0
        headline = Sentence(0, 0, document.title.strip(), -1, "title")
        sentences = [headline, *sentences]
        attributions = [Attribution(), *attributions]
    scanned: dict[str, list[DateMatch]] = {}  # sentence text -> its dates, scanned once
    main = _main_event(sentences, document.published, scanned)
    lead_ids = {id(s) for s in [s for s in sentences if s.kind == "body"][:1]}
    raw: list[tuple[int, int, Claim]] = []
    read_responsibility = ResponsibilityReader()
    body = [
        (sentence, attribution)
        for sentence, attribution in zip(sentences, attributions, strict=False)
        if sentence.kind != "furniture"
    ]
    groups = GroupContext([sentence.text for sentence, _ in body])
    focus = _Focus(body, main, lead_ids, document.published, scanned)
    claimed_texts: set[str] = set()
    last_munition: str | None = None
    for index, (sentence, attribution) in enumerate(body):
        text = sentence.text
        low = text.lower()
        if sentence.kind == "body" and low in claimed_texts:
            continue  # a sentence a crawled page repeats says nothing new
        found, cumulative_at = _sentence_counts(sentence, low, lexicon, rules)
        responsibility = read_responsibility(sentence, attribution)
        if not found and not responsibility:
            continue  # dates and focus are read only for sentences that claim something
        claimed_texts.add(low)
        provisional = _has_any(low, _PROVISIONAL_KEYS) and _provisional(text)
        dates = _own_dates(text, focus.dates(index))
        date_starts = [dm.start for dm in dates]
        is_lead = focus.is_lead(index)
        previous_other = focus.is_other(index - 1)
        seen: set[tuple[int, str]] = set()
        for f in found:
            key = (f.start, f.measure)
            if key in seen:
                continue
            seen.add(key)
            group = groups.resolve(
                index, f.start, f.subject, quantity=f.quantity, measure=f.measure, preset=f.group
            )
            group, last_munition = _munition_in_context(group, last_munition)
            quantity = _part_bound(f.quantity) if f.part and group == "people" else f.quantity
            start, end = f.start, max(f.end, f.start + 1)
            claim = CountClaim(
                id="",
                document=document.id,
                span=_span(sentence, start, end),
                sentence=text,
                attribution=_clause_attribution(sentence, start, end, attribution),
                mention=_mention(
                    sentence,
                    start,
                    main,
                    _claim_dates(text, dates, date_starts, start, main),
                    is_lead=is_lead,
                    previous_other=previous_other,
                ),
                pattern=f.pattern if not f.weak else f"{f.pattern}_definite",
                provisional=provisional,
                measure=f.measure,
                subject=f.subject,
                group=group,
                quantity=quantity,
                scope=_scope(text, f, cumulative_at),
            )
            if f.focus == "other" and claim.mention.focus != "other":
                claim = attrs.evolve(claim, mention=attrs.evolve(claim.mention, focus="other"))
            raw.append((claim.span[0], claim.span[1], claim))
        if len(set(_MUNITION_WORD.findall(low))) > 1:
            last_munition = None  # "two drones and a cruise missile": "all three" are mixed
        for stance in responsibility:
            rclaim = ResponsibilityClaim(
                id="",
                document=document.id,
                span=_span(sentence, stance.start, stance.end),
                sentence=text,
                attribution=stance.attribution,
                mention=_mention(
                    sentence,
                    stance.start,
                    main,
                    _date_at(dates, date_starts, stance.start),
                    is_lead=is_lead,
                    previous_other=previous_other,
                ),
                pattern=stance.pattern,
                provisional=provisional,
                stance=stance.stance,
                actor=stance.actor,
            )
            raw.append((rclaim.span[0], rclaim.span[1], rclaim))
    raw = home_groups(_drop_weak(raw), main.location)
    located = [s for s in sentences if s.paragraph >= 0]
    lead_sentences = {-1} | {
        i for i, s in enumerate(located) if s.kind == "title" or id(s) in lead_ids
    }
    if "shootings" in rules.packs():
        shot_patterns = _SHOT_PATTERNS | {r.name for r in rules.rules if r.shot}
        raw = _shot_less_killed(raw, _paragraph_finder(located), lead_sentences, shot_patterns)
    raw.sort(key=lambda item: (item[0], item[1]))
    return [_with_id(claim, f"{document.id}:c{n}") for n, (_, _, claim) in enumerate(raw, start=1)]


def _part_bound(quantity: Quantity) -> Quantity:
    """
    A part of a whole whose subject names no group: at least its figure, of the whole.

    "Six firefighters were among those hurt" says the hurt were six or more; read as the
    people hurt it is no exact count of them.

    >>> str(_part_bound(Quantity.exact(6, text="Six")))
    'at least 6'
    """
    if quantity.high is None:
        return quantity
    return Quantity(quantity.low, None, qualifier="at_least", text=quantity.text)


def _span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Document offsets of a claim; a headline kept apart from the text has an empty span."""
    if sentence.paragraph < 0:
        return (0, 0)
    return (sentence.start + start, sentence.start + end)


def _drop_weak(raw: list[tuple[int, int, Claim]]) -> list[tuple[int, int, Claim]]:
    """
    Keep definite singulars ("the victim died") only when no other count has the measure.

    A definite victim who was hurt or treated ("the victim was shot", "the victim was
    taken to a hospital") is the one who died when the document counts a death: it is
    dropped then too.
    """
    strong = {
        c.measure
        for _, _, c in raw
        if isinstance(c, CountClaim)
        and not c.pattern.endswith("_definite")
        and c.mention.focus == "main"
    }
    if any(
        isinstance(c, CountClaim) and c.measure == "killed" and c.mention.focus == "main"
        for _, _, c in raw
    ):
        strong |= {"injured", "treated"}
    kept: list[tuple[int, int, Claim]] = []
    weak_seen: set[str] = set()
    for item in raw:
        c = item[2]
        if isinstance(c, CountClaim) and c.pattern.endswith("_definite"):
            if c.measure in strong or c.measure in weak_seen:
                continue
            weak_seen.add(c.measure)
        kept.append(item)
    return kept


#: A shot subject that adds to victims counted before it ("four others were shot"),
#: names survivors ("the five survivors were shot") or a part ("three of those shot").
_ADDITIVE_SUBJECT: Final = re.compile(
    r"(?i)\b(?:others?|more|another|additional|further|remaining|rest|survivors?|"
    r"wounded|injured|of)\b"
)


#: "shot in the leg": a wound of a limb, so the people shot here are wounded, not dead.
_LIMB_WOUND: Final = re.compile(
    r"\s+(?:\w+\s+){0,3}?in\s+(?:the|their|his|her)\s+(?:legs?|arms?|hands?|feet|foot|"
    r"ankles?|knees?|thighs?|hips?|shoulders?|buttocks|backs?|elbows?|wrists?|fingers?)\b"
)


def _local_end(claim: CountClaim) -> int:
    """Where the claim's words end inside its sentence (0 when it cannot be told)."""
    written = claim.sentence.find(claim.subject)
    return 0 if written < 0 else written + len(claim.subject)


#: At most this many counts of dead per sentence (and in the lead) are weighed.
_MAX_CANDIDATES: Final = 16
#: How many sentences apart a count of dead may be from the count of people shot.
_NEAR_SENTENCES: Final = 2


#: "one of the victims", "two of them": a part of the people a report has counted.
_PART_OF_VICTIMS: Final = re.compile(
    r"(?i)(?:one|two|three|four|five|\d+)\s+of(?:\s+(?:the|those|them|whom|which))?"
    r"(?:\s+(?:victims|people|men|women|wounded|injured))?"
)
#: ... that died: the part is among the dead ("one of the victims later died").
_PART_DIED: Final = re.compile(
    r"\s+(?:(?:which|whom|them)\s+)?(?:later\s+|then\s+|has\s+|have\s+|had\s+)?(?:died|succumbed|was\s+pronounced\s+dead)\b"
)


def _is_part_died(claim: CountClaim) -> bool:
    """Whether a part of those shot died: "one of the victims died"."""
    if _PART_OF_VICTIMS.fullmatch(claim.subject) is None or len(claim.sentence) > _CLAUSE_LIMIT:
        return False
    end = _local_end(claim)
    return end > 0 and _PART_DIED.match(claim.sentence, end) is not None


def _is_victim_killed(claim: CountClaim) -> bool:
    """
    An exact main-event count of victims killed.

    Not a suspect, not "one other person", not a part ("three killed, including two
    children": the two are among the three).
    """
    return (
        (not _ADDITIVE_SUBJECT.search(claim.subject) or _is_part_died(claim))
        and not (
            len(claim.sentence) <= _CLAUSE_LIMIT and listed_part(claim.subject, claim.sentence)
        )
        and claim.measure == "killed"
        and claim.mention.focus == "main"
        and claim.scope == "event"
        and claim.quantity.high == claim.quantity.low
        and not kinds.is_within(claim.group, "suspects")
    )


def _paragraph_finder(sentences: Sequence[Sentence]) -> Callable[[int], tuple[int, int]]:
    """Document offset -> (paragraph, sentence number); (-1, -1) before the first sentence."""
    starts = [s.start for s in sentences if s.paragraph >= 0]
    numbers = [s.paragraph for s in sentences if s.paragraph >= 0]

    def find(offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        return (numbers[i], i) if i >= 0 else (-1, -1)

    return find


#: The built-in patterns of a count of people shot (the dead among them).
_SHOT_PATTERNS: Final = frozenset({"passive_shot", "active_shot"})


def _shot_less_killed(
    raw: list[tuple[int, int, Claim]],
    paragraph: Callable[[int], tuple[int, int]],
    lead: set[int],
    shot_patterns: frozenset[str] = frozenset(),
) -> list[tuple[int, int, Claim]]:
    """
    Read "N were shot" as N killed and wounded together when the document counts the dead.

    In news, "shot" covers the dead and the wounded ("Five people were shot, two
    fatally"). A count of people shot with no fatal share in its own phrase
    (patterns ``passive_shot``, ``active_shot`` and rules marked ``shot``, such as
    "a quadruple shooting") is injured N as written when the
    document counts no dead; when it also counts K killed in the main event
    (the nearest such claim, K <= N, in the headline, the lead sentence or at most
    two sentences from the shot count; a definite singular such as "he died" is not
    sure enough), the claim becomes injured N - K with pattern ``shot_minus_killed``.
    Subjects that add to earlier victims ("four others were shot"), single victims
    (one man shot), wounds of a limb (two people shot in a foot) and counts that are one
    clause of an enumeration (one victim hit in the back and two more hit in an arm) are
    left alone.
    """
    # indexes by sentence keep this linear: each shot count looks at a bounded few claims
    # counts of dead conjoined in one subject ("a father and two sons are dead")
    # share the end of their predicate: they add up to one K
    conjoined: dict[tuple[int, int], list[int]] = {}
    injured_ends: dict[int, set[int]] = {}
    for start, _, c in raw:
        if not isinstance(c, CountClaim):
            continue
        index = paragraph(start)[1] if c.span != (0, 0) else -1
        if c.measure == "injured" and c.pattern not in shot_patterns - _SHOT_PATTERNS:
            # "after a quadruple shooting" names the event, not one victim of a list
            injured_ends.setdefault(index, set()).add(c.span[1])
        if _is_victim_killed(c) and not c.pattern.endswith("_definite"):
            total = conjoined.setdefault((index, c.span[1]), [start, 0])
            total[1] += c.quantity.low
    if not conjoined:
        return raw
    killed_by_sentence: dict[int, list[tuple[int, int]]] = {}
    killed_lead: list[tuple[int, int]] = []
    for (index, _), (start, k) in conjoined.items():
        near = killed_by_sentence.setdefault(index, [])
        if len(near) < _MAX_CANDIDATES:
            near.append((start, k))
        if index in lead and len(killed_lead) < _MAX_CANDIDATES:
            killed_lead.append((start, k))
    out: list[tuple[int, int, Claim]] = []
    for start, end, written in raw:
        claim = written
        if (
            isinstance(claim, CountClaim)
            and claim.pattern in (shot_patterns or _SHOT_PATTERNS)
            and claim.mention.focus == "main"
            and claim.quantity.low >= 2  # a count, not a single victim
            and claim.quantity.qualifier != "vague"
            and not _ADDITIVE_SUBJECT.search(claim.subject)
        ):
            here = paragraph(start)[1] if claim.span != (0, 0) else -1
            if claim.pattern in _SHOT_PATTERNS and injured_ends.get(here, set()) - {claim.span[1]}:
                out.append((start, end, claim))  # one clause of an enumeration of victims
                continue
            if len(claim.sentence) <= _CLAUSE_LIMIT and _LIMB_WOUND.match(
                claim.sentence, _local_end(claim)
            ):
                out.append((start, end, claim))  # "shot in the leg": wounded
                continue
            n = claim.quantity
            candidates = list(killed_lead)
            for i in range(here - _NEAR_SENTENCES, here + _NEAR_SENTENCES + 1):
                candidates.extend(killed_by_sentence.get(i, ()))
            fitting = [(abs(s - start), k) for s, k in candidates if k <= n.low]
            if fitting:
                k = min(fitting)[1]
                quantity = Quantity(
                    n.low - k,
                    None if n.high is None else n.high - k,
                    qualifier=n.qualifier,
                    text=n.text,
                    tolerance=n.tolerance,
                )
                claim = attrs.evolve(claim, quantity=quantity, pattern="shot_minus_killed")
        out.append((start, end, claim))
    return out


def _with_id(claim: Claim, claim_id: str) -> Claim:
    return attrs.evolve(claim, id=claim_id)


def _clause_attribution(
    sentence: Sentence, start: int, end: int, default: Attribution
) -> Attribution:
    if len(sentence.text) > _CLAUSE_LIMIT or sentence.paragraph < 0:
        return default  # run-on "sentences" of crawled pages: keep extraction linear
    agent = figure_agent(sentence.text, end) or figure_owner(sentence.text, start)
    if agent is not None:
        return agent  # "the 90 deaths reported by the rebels" is the rebels' figure
    return attribute_clause(sentence, sentence.start + start, sentence.start + end, default)


def extract_all(
    documents: Iterable[Document], *, lexicon: Lexicon | None = None, rules: RuleSet | None = None
) -> list[Claim]:
    """
    Read the claims of many documents, in document order.

    Args:
        documents: The articles.
        lexicon: Vague quantifiers and their bounds.
        rules: The count rules (see :func:`extract`).

    Returns:
        All claims, each document's in text order.

    >>> extract_all([Document(id="a", text="No one was hurt.")])[0].quantity
    Quantity(low=0, high=0, qualifier='exact')
    """
    claims: list[Claim] = []
    for document in _checks.each(documents, Document, "extract_all() documents"):
        claims.extend(extract(document, lexicon=lexicon, rules=rules))
    return claims
