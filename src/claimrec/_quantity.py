"""
Private: read count phrases ("at least ten", "17 to 40", "several hundred") as intervals.

Two entry points share one small grammar over word tokens:

* ``parse_quantity(text)`` reads a phrase that is known to be a count;
* ``scan_quantities(text)`` finds every count phrase in a sentence, skipping numbers
  that are dates, clock times, money, percentages, ages, ordinals, addresses, phone
  numbers, measurements and identifiers.

Grammar (a phrase)::

    phrase  := [prefix] core [range] [suffix]
    prefix  := bound ("at least", "more than", "up to", "nearly", ...)
             | approximation ("about", "some", "an estimated", ...) | "between" | "from"
    core    := number [multiplier] | vague [multiplier] | "no" | "both" | "half a dozen"
    range   := ("to" | "-" | "–" | "or" | "and" after "between") number
    suffix  := "or more" | "or fewer" | "or so" | "-odd" | "-plus" | "+"

Everything runs over a token list made by one linear regex; every look-around is
bounded by a constant, so time is linear in the length of the text.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from attrs import field, frozen, validators
from text_to_num import text2num

from claimrec.errors import InvalidQuantityError, UnknownQuantifierError
from claimrec.lexicon import ENGLISH, KNOWN_VAGUE, Lexicon
from claimrec.model import Quantity

__all__ = [
    "REJECTED_EARLY",
    "QuantityMatch",
    "adds_to_earlier",
    "listed_before",
    "listed_part",
    "opens_with_another",
    "parse_quantity",
    "part_of_total",
    "scan_quantities",
    "sets_apart",
]

#: "Another" and its kin at a subject's start: people besides those of an earlier count.
_ANOTHER: Final = r"\s*(?:another|an additional|a further)\b"
#: A subject that adds to a count told elsewhere: "two more passengers", "another three",
#: "12 new deaths" ("new" only before a word for the dead: "three New York firefighters").
_INCREMENT: Final = re.compile(
    r"(?:[\w-]+\s+){1,3}?(?:(?:more|additional|further)\b(?!\s+than)"
    r"|new\s+(?:deaths?|bodies|victims?|fatalit(?:y|ies)|casualt(?:y|ies)|dead)\b)|" + _ANOTHER,
    re.IGNORECASE,
)
_OPENS_WITH_ANOTHER: Final = re.compile(_ANOTHER, re.IGNORECASE)
#: Characters of a subject read for an increment's words.
_INCREMENT_WINDOW: Final = 60
#: A figure a correction rejects, as its sentence writes it: "(19 killed,) not 23 as first
#: reported" (a pattern to build on: the early words are of the 23, not of the 19).
REJECTED_EARLY: Final = (
    r"not\s+(?:the\s+)?[\d,]+\s+(?:as\s+|that\s+)?(?:was\s+|were\s+|had\s+been\s+)?"
    r"(?:first|initially|earlier|previously|originally)\s+(?:reported|said|announced|given|stated)\b"
)


def part_of_total(total: Quantity) -> Quantity:
    """
    The bounds of one part of a *total* told for several measures ("40 killed or injured").

    Each part is at most the total's high end; a total with no high end ("more than
    2,000 killed or wounded") bounds no part, which is then vague (0 and up), never an
    ``at_most`` with no ceiling.

    >>> part_of_total(Quantity(40, 40, qualifier="exact", text="40"))
    Quantity(low=0, high=40, qualifier='at_most')
    >>> part_of_total(Quantity(2001, None, qualifier="at_least", text="More than 2,000"))
    Quantity(low=0, high=None, qualifier='vague')
    """
    if total.high is None:
        return Quantity(0, None, qualifier="vague", text=total.text)
    return Quantity(0, total.high, qualifier="at_most", text=total.text)


def adds_to_earlier(subject: str) -> bool:
    """
    True when a count's *subject* adds people to a count told elsewhere.

    Such a figure ("14 more bodies", "another three") is not the event's toll: the
    resolver reads it as a lower bound, and matching does not compare it with tolls.

    >>> adds_to_earlier("14 more bodies"), adds_to_earlier("Another 30")
    (True, True)
    >>> adds_to_earlier("12 new deaths"), adds_to_earlier("three New York firefighters")
    (True, False)
    >>> adds_to_earlier("more than 40 people"), adds_to_earlier("40 people")
    (False, False)
    """
    return _INCREMENT.match(subject[:_INCREMENT_WINDOW]) is not None


def opens_with_another(subject: str) -> bool:
    """
    True when a count's *subject* opens with "another" or its kin ("a further", "an additional").

    >>> opens_with_another("Another 12 villagers"), opens_with_another("12 more bodies")
    (True, False)
    """
    return _OPENS_WITH_ANOTHER.match(subject[:_INCREMENT_WINDOW]) is not None


def sets_apart(subject: str, measure: str, measures_before: Iterable[str]) -> bool:
    """
    True when "another" in *subject* sets its people apart from a count of another measure.

    "A landslide killed 18 people ... Another 12 villagers were missing": the 12 are
    people other than the dead, and the whole count of the missing. That holds when the
    document counts another measure before the figure (*measures_before*, read only when
    the subject opens with "another") and not its own; "another three died" after "seven
    died" adds to the seven, and "three more bodies" always adds.

    >>> sets_apart("Another 12 villagers", "missing", ["killed"])
    True
    >>> sets_apart("Another 3", "killed", ["killed"]), sets_apart("Another 12", "missing", [])
    (False, False)
    """
    if not opens_with_another(subject):
        return False
    before = set(measures_before)
    return bool(before) and measure not in before


#: Where a sentence lists a part of those it counted: "including", "among them", and of
#: bodies counted, "including those of".
_PART_CUE: Final = re.compile(
    r"\b(?:including|among\s+them)(?:\s+(?:those|the\s+bodies|the\s+remains)\s+of)?(\s+)"
)


#: A listed part's cue right before its count (as lower-case text is written).
_PART_CUE_BEFORE: Final = re.compile(r"\b(?:including|among\s+(?:them|whom))\s+(?:the\s+)?$")


def listed_before(text: str, at: int, *, reach: int = 20) -> bool:
    """
    True when a part's cue ("including", "among them", "among whom") ends right before *at*.

    Only the *reach* characters before *at* are read: the extractor asks it of every
    count, and a count after the cue is a part of the count before it.

    >>> text = "13 dead, including four children, and 40 injured"
    >>> listed_before(text, text.index("four")), listed_before(text, text.index("40"))
    (True, False)
    >>> text = "12 died, including the two bombers, and 30 were hurt"
    >>> listed_before(text, text.index("two"))
    True
    """
    return _PART_CUE_BEFORE.search(text, max(0, at - reach), at) is not None


def listed_part(subject: str, sentence: str) -> bool:
    """
    True when *sentence* lists *subject* as a part: "including two children", "among them ...".

    A part is no toll of its own: the resolver keeps it in its group's slot, and
    matching does not compare it with tolls.

    >>> listed_part("12 children", "41 people died, among them 12 children.")
    True
    >>> listed_part("41 people", "41 people died, among them 12 children.")
    False
    >>> listed_part("nine children", "It received 37 bodies, including those of nine children.")
    True

    The same test as a search for the cue, spaces and the subject, without compiling
    a pattern per subject: the subject must start within, or right after, the spaces
    that follow a cue.
    """
    if "including" not in sentence and "among" not in sentence:  # every cue writes one
        return False
    for m in _PART_CUE.finditer(sentence):
        for at in range(m.start(1) + 1, m.end(1) + 1):
            if sentence.startswith(subject, at):
                return True
    return False


# --------------------------------------------------------------------------- tokens

_TOKEN: Final = re.compile(
    # the look-ahead passes over spaces at once; words, the most frequent tokens, are
    # tried first (no word starts with a digit, so the order finds the same tokens)
    r"(?=\S)(?:(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<time>\d{1,2}:\d{2}(?!\d))"
    # thousands grouped with a space, thin space or no-break space ("2 000"), then commas
    r"|(?P<num>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))+(?![,.]\d)|\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)"
    r"|(?P<other>\S))"
)

#: The separators of digit groups: "1,046", "2 000", "2\u2009000".
_GROUPING: Final = re.compile(r"[, \u00a0\u2009\u202f]")

#: Spans no count can sit in: ISO and slashed dates, phone numbers.
_BLOCKED: Final = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,4}/\d{1,2}(?:/\d{1,4})?\b"
    r"|(?:\b1[-. ])?\(?\b\d{3}\)?[-. ]\d{3}[-.]\d{4}\b"
    r"|\b\d{3}-\d{4}\b"
    r"|\b\d+(?:-\d+){2,}\b"
)
#: Every _BLOCKED span holds a digit, a "-", "/" or "." and another digit ("555-1234").
_BLOCKED_CUE: Final = re.compile(r"\d[-/.]\d")
_CLOCK_AFTER: Final = re.compile(r"\s?(?:[aApP]\.\s?[mM]\b\.?|[aApP][mM]\b|o['’]clock\b)")


class _Tok(NamedTuple):
    kind: str  # "num", "word", "time", "other"
    text: str
    low: str  # lower-cased text
    start: int
    end: int


def _tokenize(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    append = out.append
    new = tuple.__new__  # _Tok(...) without the Python-level __new__ frame: tokens are many
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        append(new(_Tok, (m.lastgroup or "other", word, word.lower(), start, end)))
    return out


# --------------------------------------------------------------------------- word lists


def _words(text: str) -> list[str]:
    return text.split()


_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENS: Final = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
_SCALES: Final = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 10**9}
_PLURAL_SCALES: Final = {"hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9}
#: South Asian scales written after digits ("1.2 lakh", "3 crore"); never number words.
_DIGIT_SCALES: Final = {
    **_SCALES,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_NUMBER_WORDS: Final = frozenset(_UNITS) | frozenset(_SCALES)

#: Prefixes: words -> (qualifier, operation). Longest match wins.
_PREFIXES: Final[dict[tuple[str, ...], str]] = {
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("not", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("upwards", "of"): "at_least",
    ("upward", "of"): "at_least",
    ("as", "few", "as"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("well", "over"): "more_than",
    ("just", "over"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("north", "of"): "more_than",
    ("at", "most"): "at_most",
    ("no", "more", "than"): "at_most",
    ("not", "more", "than"): "at_most",
    ("a", "maximum", "of"): "at_most",
    ("up", "to"): "at_most",
    ("as", "many", "as"): "at_most",
    ("fewer", "than"): "fewer_than",
    ("less", "than"): "fewer_than",
    ("nearly",): "nearly",
    ("almost",): "nearly",
    ("just", "under"): "nearly",
    ("approximately",): "approximate",
    ("approx",): "approximate",
    ("about",): "approximate",
    ("around",): "approximate",
    ("roughly",): "approximate",
    ("some",): "approximate",
    ("an", "estimated"): "approximate",
    ("estimated",): "approximate",
    ("close", "to"): "approximate",
    ("closer", "to"): "approximate",
    ("circa",): "approximate",
    ("a", "total", "of"): "exact",
    ("somewhere", "around"): "approximate",
    ("between",): "between",
    ("somewhere", "between"): "between",
    ("anywhere", "between"): "between",
    ("from",): "from",
    ("anywhere", "from"): "from",
}
_PREFIX_FIRST: Final = frozenset(k[0] for k in _PREFIXES)
#: The prefixes by first word, longest first: the first that fits is the longest match.
_PREFIXES_BY_FIRST: Final = {
    first: sorted(
        ((key, op) for key, op in _PREFIXES.items() if key[0] == first),
        key=lambda entry: -len(entry[0]),
    )
    for first in _PREFIX_FIRST
}

_MONTHS: Final = frozenset(
    _words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
#: Month names that are also ordinary words: only capitalized ones count.
_AMBIGUOUS_MONTHS: Final = frozenset({"may", "march"})
_AFTER_UNITS: Final = frozenset(
    _words(
        """
    km kms kilometer kilometers kilometre kilometres mile miles meter meters metre metres m
    ft feet foot inch inches yard yards kg kgs kilogram kilograms gram grams lb lbs pound pounds
    ton tons tonne tonnes mm cm mph kph kmh knots degree degrees acre acres hectare hectares
    liter liters litre litres gallon gallons barrel barrels caliber calibre gauge mg ml
    sq square cubic second seconds sec secs minute minutes min mins hour hours hr hrs day days
    week weeks month months year years yr yrs decade decades century centuries
    year-old years-old month-old months-old week-old weeks-old day-old days-old
    percent pct per percentage dollars dollar cents euros euro rupees dinars yuan yen riyals
    shekels usd bucks gmt utc est edt pst pdt cst cdt bst am pm
    """
    )
)
_MONEY_BEFORE: Final = frozenset({"rs", "usd", "eur", "inr", "iqd", "gbp", "us$"})
_CURRENCY: Final = frozenset("$£€¥₹")
_AGE_BEFORE: Final = frozenset({"aged", "age", "ages"})
_ID_BEFORE: Final = frozenset(
    _words(
        """
    route highway hwy interstate flight room apartment apt unit suite building gate section
    article resolution chapter page level floor number code precinct district ward lot box
    phase stage grade class category channel bus line track pier terminal hangar sector zone
    exit season episode version model type tier platform bay lane row seat block
    image photo photos picture slide news sky id ref tel phone fax case story pin zip
    """
    )
)
_STREET: Final = frozenset(
    _words(
        """
    street st road rd avenue ave av drive dr lane ln boulevard blvd way court ct place pl
    highway hwy parkway pkwy circle cir terrace ter trail trl square sq plaza crescent
    close pike alley loop path
    """
    )
)
_DIRECTIONS: Final = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw"})
_YEAR_BEFORE: Final = frozenset(
    _words(
        """
    a in since of by until till from during early late mid spring summer autumn fall winter
    year season class fiscal the and to through
    """
    )
)
_NO_STOP: Final = frozenset(
    _words(
        """
    longer doubt matter sooner way less more fewer further other than such sign
    """
    )
)
_AGE_NAME_NOUNS: Final = frozenset(
    _words(
        """
    man woman boy girl son daughter teen teenager victim suspect brother sister father
    mother wife husband child baby toddler resident driver student gunman shooter attacker
    assailant bomber bystander passerby officer deputy trooper soldier sergeant pilot worker
    passenger pedestrian motorist motorcyclist cyclist rider guard owner employee customer
    mom dad grandmother grandfather grandson granddaughter nephew niece cousin uncle aunt
    friend neighbor neighbour boyfriend girlfriend fiance fiancee partner roommate patient
    nurse doctor teacher pastor priest imam journalist photographer farmer fisherman
    """
    )
)
#: Verbs of one person: a number set off by commas before them is an age, not a count.
_ONE_PERSON_VERBS: Final = frozenset({"was", "is", "has", "had"})
_EMERGENCY: Final = frozenset({911, 999, 112})
_DIAL: Final = frozenset(
    {"called", "call", "calling", "calls", "dial", "dialed", "dialled", "dialing"}
)
_EMERGENCY_NOUNS: Final = frozenset(
    _words(
        """
        call calls caller callers dispatch dispatcher dispatchers operator operators center
        centre tape tapes recording recordings line system
        """
    )
)
#: A hyphened range's middle: "100-to-300".
_TO_NUMBER: Final = re.compile(r"-to-\d")
_RANGE_WORDS: Final = frozenset({"to", "-", "–", "—", "or"})
_MAX_DIGITS: Final = 15
_MAX_NUMBER_WORDS: Final = 10


def _may_follow(prev: str, word: str) -> bool:
    """True when number word *word* can continue a number ending in *prev* ("twenty" "one")."""
    if not prev or prev in _SCALES or prev == "and" or word in _SCALES:
        return True
    return prev in _TENS and "-" not in word and _UNITS.get(word, 10) < 10


# --------------------------------------------------------------------------- results


@frozen
class QuantityMatch:
    """
    A count phrase found in a text: character offsets and the quantity it says.

    >>> scan_quantities("At least ten missiles hit the base.")[0]
    QuantityMatch(start=0, end=12, quantity=Quantity(low=10, high=None, qualifier='at_least'))
    """

    start: int = field(validator=validators.ge(0))
    end: int = field(validator=validators.ge(0))
    quantity: Quantity = field(validator=validators.instance_of(Quantity))


class _Core(NamedTuple):
    """A number or vague word: tokens [i, j), bounds, and whether it is vague."""

    i: int
    j: int
    low: int
    high: int | None
    vague: bool


class _Skip(NamedTuple):
    """Tokens [i, j) hold a number that is not a count (a date, a time, ...)."""

    j: int


# --------------------------------------------------------------------------- the parser


class _Parser:
    """The grammar of the module docstring over one token list."""

    def __init__(self, text: str, lexicon: Lexicon, *, context: bool) -> None:
        self.text = text
        self.toks = _tokenize(text)
        self.lex = lexicon
        self.context = context  # check the words around numbers (scan) or not (parse)
        self.blocked: list[tuple[int, int]] = (
            [m.span() for m in _BLOCKED.finditer(text)]
            if context and _BLOCKED_CUE.search(text)
            else []
        )
        self._blocked_at = 0
        self.lex_first = lexicon.first_words

    # -- small helpers ---------------------------------------------------------

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def glued(self, i: int) -> bool:
        """True when token i follows token i-1 with no space between."""
        return 0 < i < len(self.toks) and self.toks[i - 1].end == self.toks[i].start

    def is_blocked(self, tok: _Tok) -> bool:
        # tokens are visited in increasing order, so a moving pointer keeps this linear
        while (
            self._blocked_at < len(self.blocked) and self.blocked[self._blocked_at][1] <= tok.start
        ):
            self._blocked_at += 1
        if self._blocked_at < len(self.blocked):
            start, end = self.blocked[self._blocked_at]
            return start <= tok.start < end
        return False

    # -- numbers ---------------------------------------------------------------

    def digits(self, i: int) -> tuple[float, int] | None:
        tok = self.toks[i]
        raw = _GROUPING.sub("", tok.text)
        if len(raw) > _MAX_DIGITS or (self.context and raw == tok.text and len(raw) >= 5):
            return None  # "text NEWS to 44848", "account 763187648": news writes counts with commas
        return float(raw) if "." in raw else int(raw), i + 1

    def words(self, i: int) -> tuple[int, int] | None:
        """A run of number words ("one hundred and five", "Thirty-two") -> (value, next)."""
        parts: list[str] = []
        j = i
        while j < len(self.toks) and len(parts) < _MAX_NUMBER_WORDS:
            tok = self.toks[j]
            if (
                tok.kind == "word"
                and all(p in _NUMBER_WORDS for p in tok.low.split("-"))
                and _may_follow(parts[-1] if parts else "", tok.low)
            ):
                parts.append(tok.low)
                j += 1
            elif tok.low in {"a", "an"} and not parts and self.low(j + 1) in _SCALES:
                parts.append("one")
                j += 1
            elif (
                tok.low == "and"
                and parts
                and parts[-1] in _SCALES
                and self.low(j + 1) in _NUMBER_WORDS
                and self.low(j + 1) not in _SCALES
            ):
                parts.append("and")
                j += 1
            else:
                break
        while parts and parts[-1] == "and":
            parts.pop()
            j -= 1
        while parts:
            try:
                return int(text2num(" ".join(parts), "en")), j
            except ValueError:
                j -= 1
                parts.pop()
                while parts and parts[-1] == "and":
                    parts.pop()
                    j -= 1
        return None

    def number(self, i: int) -> tuple[int, int] | None:
        """A whole number with its multiplier ("2.5 million", "two dozen") -> (value, next)."""
        if i >= len(self.toks):
            return None
        tok = self.toks[i]
        found: tuple[float, int] | tuple[int, int] | None = None
        if tok.kind == "num":
            found = self.digits(i)
        elif tok.low == "half" and self.low(i + 1) == "a" and self.low(i + 2) == "dozen":
            return 6, i + 3
        elif tok.low == "half-dozen":
            return 6, i + 1
        elif tok.low in {"a", "an"} and self.low(i + 1) == "half-dozen":
            return 6, i + 2
        elif tok.low in {"a", "an"} and self.low(i + 1) == "dozen":
            return 12, i + 2
        elif (
            tok.low == "a"
            and self.low(i + 1) == "score"
            and self.low(i + 2) == "of"
            and i + 3 < len(self.toks)
            and self.toks[i + 3].kind == "word"
        ):
            return 20, i + 2  # "a score of villagers" (not "a score of 3-1")
        elif tok.kind == "word":
            found = self.words(i)
        if found is None:
            return None
        value, j = found
        nxt = self.low(j)
        if nxt == "dozen":
            value, j = value * 12, j + 1
        elif nxt in _DIGIT_SCALES and tok.kind == "num":
            value, j = value * _DIGIT_SCALES[nxt], j + 1
        if value != int(value):
            return None  # "2.5" alone is a measurement, not a count
        return int(value), j

    def vague(self, i: int) -> tuple[int, int | None, int] | None:
        """A lexicon phrase with an optional multiplier -> (low, high, next)."""
        if self.toks[i].low not in self.lex_first:
            return None
        for n in range(min(self.lex.max_words, len(self.toks) - i), 0, -1):
            key = " ".join(t.low for t in self.toks[i : i + n])
            if key in self.lex.entries:
                low, high = self.lex.entries[key]
                return (*self._multiply(low, high, i + n, of_done=key.endswith(" of")),)
        return None

    def _multiply(
        self, low: int, high: int | None, j: int, *, of_done: bool
    ) -> tuple[int, int | None, int]:
        nxt = self.low(j)
        if nxt in _SCALES or nxt == "dozen":
            scale = 12 if nxt == "dozen" else _SCALES[nxt]
            j += 1
        elif nxt in _PLURAL_SCALES and of_done:
            scale = _PLURAL_SCALES[nxt]
            j += 1
        elif nxt == "of" and self.low(j + 1) in _PLURAL_SCALES:
            scale = _PLURAL_SCALES[self.low(j + 1)]
            j += 2
        elif nxt == "of" and self.low(j + 1) == "dozen":
            scale, j = 12, j + 2  # "a couple of dozen", the vague word times twelve
        else:
            return low, high, j
        if scale == 12:
            return low * 12, None if high is None else high * 12, j
        return low * scale, None if high is None else (high + 1) * scale - 1, j

    def core(self, i: int) -> _Core | _Skip | None:
        """A number, a vague phrase, or "no", at token i."""
        if i >= len(self.toks):
            return None
        tok = self.toks[i]
        if tok.kind == "time":
            return _Skip(i + 1)
        vague = self.vague(i)
        found = self.number(i)
        if vague is not None and (found is None or vague[2] >= found[1]):
            low, high, j = vague
            return _Core(i, j, low, high, vague=True)
        if found is not None:
            value, j = found
            return _Core(i, j, value, value, vague=False)
        if tok.low in {"no", "none", "nobody"}:
            return self._no(i)
        if tok.low == "both":
            return _Core(i, i + 1, 2, 2, vague=False)
        return None

    def _no(self, i: int) -> _Core | None:
        tok = self.toks[i]
        if tok.low == "no":
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            if nxt is None and not self.context:
                return _Core(i, i + 1, 0, 0, vague=False)
            if nxt is None or nxt.kind != "word" or nxt.low in _NO_STOP:
                return None
            if nxt.low == "one":
                return _Core(i, i + 2, 0, 0, vague=False)
        return _Core(i, i + 1, 0, 0, vague=False)

    # -- context: is this number a count? -------------------------------------

    def not_a_count(self, core: _Core) -> bool:  # noqa: C901, PLR0912 - one decision table read top to bottom; split when it next grows
        """True when the number at *core* is a date, time, money, age, address, ..."""
        toks, i, j = self.toks, core.i, core.j
        first, last = toks[i], toks[j - 1]
        if self.is_blocked(first):
            return True
        if core.vague or (first.kind == "word" and first.low in {"no", "none", "nobody", "both"}):
            # "a few days later", "multiple times": a duration or a frequency
            return self.low(j) in _AFTER_UNITS
        text = self.text
        before = text[first.start - 1] if first.start else " "
        before2 = text[first.start - 2] if first.start > 1 else " "
        after = text[last.end] if last.end < len(text) else " "
        # identifiers and ordinals glued to letters: AC-130, MQ9, COVID-19, 7th, 1990s, 9mm
        if before.isalnum() or after.isalpha() or before in _CURRENCY or before in "#@":
            return True
        if before == "-" and before2.isalpha():
            return True
        if (after in "'′\"″" and not _quoted(text, first.start, after)) or (
            before in "'’′" and before2.isdigit()
        ):
            return True  # 6'4", feet and inches; not a quoted figure, 'at least 60' people
        if after in "%/" or before == "/" or (before == "." and before2.isdigit()):
            return True
        # "13-year-old", "12-gauge", "three-day": a number glued to "-word" is an adjective
        if after == "-" and last.end + 1 < len(text) and text[last.end + 1].isalpha():
            # ("100-to-300" is a range, "50-odd" and "3,000-plus" are counts)
            return not text.startswith(("odd", "plus"), last.end + 1) and not _TO_NUMBER.match(
                text, last.end
            )
        if (
            first.kind == "word"
            and "-" in first.low
            and not all(p in _NUMBER_WORDS for p in first.low.split("-"))
        ):
            return True
        if _CLOCK_AFTER.match(text, last.end):
            return True
        prev = self._prev_word(i)
        nxt = self.low(j)
        if nxt in _AFTER_UNITS or (nxt in _MONTHS and not self._ambiguous_month(j)):
            return True
        if prev in _MONEY_BEFORE or prev in _AGE_BEFORE or prev in _ID_BEFORE:
            return True
        if prev in _MONTHS and not self._ambiguous_month(self._prev_index(i)):
            return True
        if self.low(i - 1) == "#" or (
            self.low(i - 1) == ":" and self._prev_word(i - 1) in _ID_BEFORE
        ):
            return True
        if core.low in _EMERGENCY and (prev in _DIAL or nxt in _EMERGENCY_NOUNS):
            return True  # "called 911", "a 911 call"
        if self.low(i - 1) == "." and self.low(i - 2) in {"no", "nos"}:
            return True
        if first.kind == "num" and self._is_year(core):
            return True
        if first.kind == "num" and self._is_address(j):
            return True
        if self._after_acronym(i, j):
            return True
        return self._is_age(core)

    def _prev_index(self, i: int) -> int:
        k = i - 1
        if self.low(k) == ".":
            k -= 1
        return k

    def _prev_word(self, i: int) -> str:
        k = self._prev_index(i)
        return self.low(k) if k >= 0 and self.toks[k].kind == "word" else ""

    def _ambiguous_month(self, k: int) -> bool:
        tok = self.toks[k] if 0 <= k < len(self.toks) else None
        return tok is not None and tok.low in _AMBIGUOUS_MONTHS and not tok.text[0].isupper()

    def _is_year(self, core: _Core) -> bool:
        tok = self.toks[core.i]
        if core.j != core.i + 1 or len(tok.text) != 4 or not tok.text.isdigit():
            return False
        if not 1800 <= core.low <= 2100:
            return False
        if self.low(core.i - 1) in _YEAR_BEFORE or self.low(core.i - 1) in {",", "("}:
            return True
        nxt = self.toks[core.j] if core.j < len(self.toks) else None
        return (
            nxt is None
            or nxt.kind != "word"
            or not nxt.text[0].islower()
            or nxt.low in _YEAR_BEFORE
        )

    def _is_address(self, j: int) -> bool:
        if self.low(j) == "block":
            return True
        if (
            self.low(j) in _DIRECTIONS
            and self.toks[j].text.isupper()
            and (self.low(j + 1) == "." or self._capitalized(j + 1))
        ):
            return True  # "418 W. Elm Line", "1200 NW 5th"
        k = j
        seen = 0
        while k < len(self.toks) and seen < 4:
            tok = self.toks[k]
            if tok.kind != "word" or not tok.text[0].isupper():
                if tok.kind == "num" and seen == 0:  # "100 5th Avenue" is rare; stop
                    return False
                return False
            if seen and tok.low in _STREET:
                return True
            seen += 1
            k += 1
            if self.low(k) == ".":
                k += 1
        return False

    def _after_acronym(self, i: int, j: int) -> bool:
        """'KRVT 4 Riverton', 'KQRT 8': a station or unit name, not a count."""
        k = i - 1
        if k < 0 or self.toks[k].kind != "word" or not self.glued_space(k, i):
            return False
        name = self.toks[k].text
        if not (2 <= len(name) <= 5 and name.isupper() and name.isalpha()):
            return False
        nxt = self.toks[j] if j < len(self.toks) else None
        return nxt is None or not (nxt.kind == "word" and nxt.text[0].islower())

    def glued_space(self, k: int, i: int) -> bool:
        """True when tokens k and i are separated by exactly one space."""
        return self.toks[i].start - self.toks[k].end == 1

    def _capitalized(self, k: int) -> bool:
        return 0 <= k < len(self.toks) and self.toks[k].text[:1].isupper()

    def _is_age(self, core: _Core) -> bool:
        """'Sammy, 13, was hurt' / 'the victim, 21, died' / 'the gunman, 31, was killed'."""
        i, j = core.i, core.j
        if core.low >= 120 or self.low(i - 1) != "," or self.low(j) not in {",", ".", ";", ")"}:
            return False
        k = i - 2
        if k > 0 and self.low(k) == "." and self.toks[k - 1].kind == "word":
            k -= 1  # "John Roe Jr., 2, was hurt": a name ending in an abbreviation
        if k < 0 or self.toks[k].kind != "word":
            return False
        name = self.toks[k]
        if self.low(j + 1) in _ONE_PERSON_VERBS:
            return True  # "the gunman, 31, was killed": a verb of one person follows
        return name.text[0].isupper() or name.low in _AGE_NAME_NOUNS

    # -- phrases ---------------------------------------------------------------

    def prefix(self, i: int) -> tuple[str, int] | None:
        options = _PREFIXES_BY_FIRST.get(self.toks[i].low)
        if options is None:
            return None
        toks = self.toks
        for key, op in options:
            n = len(key)
            if i + n <= len(toks) and all(toks[i + k].low == key[k] for k in range(1, n)):
                return op, i + n
        return None

    def phrase(self, i: int) -> tuple[Quantity, int, int] | _Skip | None:
        """The phrase starting at token i -> (quantity, first token, next token)."""
        if self.toks[i].kind == "other":
            return None  # no count starts with punctuation
        found = self.prefix(i)
        if found is not None:
            op, k = found
            core = self.core(k)
            if isinstance(core, _Core):
                if self.context and self.not_a_count(core):
                    return _Skip(self._range_end(core))
                return self._finish(op, core, i)
        core = self.core(i)
        if core is None:
            return None
        if isinstance(core, _Skip):
            return core
        if self.context and self.not_a_count(core):
            return _Skip(self._range_end(core))
        return self._finish(None, core, i)

    def _range_end(self, core: _Core) -> int:
        """Past a skipped number and the numbers chained to it ("July 16 and 25")."""
        j = core.j
        while self.low(j) in _RANGE_WORDS | {"and", "of"} and j + 1 < len(self.toks):
            nxt = self.toks[j + 1]
            if nxt.kind != "num" and not (nxt.kind == "word" and nxt.low in _UNITS):
                break
            j += 2
        return j

    def _range(self, core: _Core, *, between: bool) -> tuple[int, int] | _Skip | None:
        """The upper end of "17 to 40", "17-40", "17-to-40", "17 or 18", "between 17 and 40"."""
        j = core.j
        sep = self.low(j)
        hyphened = sep == "-" and self.low(j + 1) == "to" and self.low(j + 2) == "-"
        if hyphened:
            j, sep = j + 2, "-"  # "a 100-to-300 range": hyphened as one modifier
        if core.vague or not (sep in _RANGE_WORDS or (between and sep == "and")):
            return None
        if (
            sep in {"-", "–", "—"}
            and self.context
            and not (self.glued(j) and self.glued(j + 1))
            and sep == "-"
        ):
            return None
        found = self.number(j + 1)
        if found is None:
            return None
        high, k = found
        if high < core.low:
            if sep in {"-", "–", "—"}:
                return _Skip(k)  # a score "24-10", a code
            return None
        if self.context and not hyphened:  # "-to-300": the end is glued to its "to"
            end_core = _Core(j + 1, k, high, high, vague=False)
            if self.not_a_count(end_core):
                return _Skip(k)
        return high, k

    def _suffix(self, op: str | None, j: int) -> tuple[str | None, int]:
        """The operator a suffix at *j* gives ("or more", "or so", "-plus", "+") -> (op, next)."""
        s1, s2 = self.low(j), self.low(j + 1)
        if s1 == "or" and s2 == "more":
            return op or "at_least", j + 2
        if s1 == "or" and s2 in {"fewer", "less"}:
            return op or "at_most", j + 2
        if s1 == "or" and s2 == "so":
            return op or "approximate", j + 2
        if s1 in {"-", "+"} and self.glued(j) and (s1 == "+" or s2 in {"plus", "odd"}):
            step = 1 if s1 == "+" else 2
            if s2 == "odd":
                return op or "approximate", j + step
            if op in {None, "approximate"}:
                return "at_least", j + step  # "some 3,000-plus": bounded from below
            return op, j + step
        return op, j

    def _finish(self, op: str | None, core: _Core, start: int) -> tuple[Quantity, int, int] | _Skip:
        low, high, j = core.low, core.high, core.j
        qualifier = "vague" if core.vague else "exact"
        tolerance = 0.0
        upper = self._range(core, between=op == "between")
        if isinstance(upper, _Skip):
            return upper
        if upper is not None:
            high, j = upper
            qualifier = "range" if high != low else "exact"
            if op != "approximate":
                op = None  # "at least 17 to 40": the range is the more specific reading
        elif op in {"between", "from"}:
            start = core.i  # "from 5" alone: the prefix is not part of the count
            op = None
        op, j = self._suffix(op, j)
        if op == "at_least":
            high, qualifier = None, "at_least"
        elif op == "more_than":
            low = low + 1 if not core.vague else low
            high, qualifier = None, "at_least"
        elif op == "at_most":
            low, qualifier = 0, "at_most"
        elif op == "fewer_than":
            high = None if high is None else max(high - 1, 0)
            low, qualifier = 0, "at_most"
        elif op == "nearly" and high is not None:
            low = min(math.floor(high * (1.0 - self.lex.tolerance) + 1e-9), high)
            qualifier = "at_most" if low != high else "approximate"
        elif op == "approximate" and not core.vague:
            qualifier, tolerance = "approximate", self.lex.tolerance
            if upper is not None:
                qualifier = "range"
        begin, end = self.toks[start].start, self.toks[j - 1].end
        words = self.text[begin:end]
        return Quantity(low, high, qualifier=qualifier, text=words, tolerance=tolerance), start, j


# --------------------------------------------------------------------------- public

#: Words other than number words and vague quantifiers that may open a count phrase.
_STARTERS: Final = _PREFIX_FIRST | {"a", "an", "half", "half-dozen", "no", "none", "nobody", "both"}


@functools.lru_cache(maxsize=8)
def _core_cues(lexicon_cues: frozenset[str]) -> re.Pattern[str]:
    """
    A pattern that every count core matches: a digit, a number word or a quantifier.

    A phrase needs a core, and a vague phrase every word of its lexicon entry, so a
    text this pattern does not match holds no count (*lexicon_cues* are the
    lexicon's ``cue_words``).
    """
    cues = set(_NUMBER_WORDS) | {"no", "none", "nobody", "both", "half", "half-dozen", "dozen"}
    cues.add("score")
    cues |= lexicon_cues
    # one branch per first letter: a word is tested against the cues of its letter only
    by_first: dict[str, list[str]] = {}
    for word in sorted((w for w in cues if w), key=lambda w: (-len(w), w)):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    words = "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()
    )
    first = "".join(sorted(re.escape(c) for c in by_first))
    return re.compile(rf"\d|\b(?=[{first}])(?:{words})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _openers(lexicon_first: frozenset[str]) -> frozenset[str]:
    """Every word that may open a count phrase by itself: starters, number words, quantifiers."""
    return _STARTERS | lexicon_first | _NUMBER_WORDS


def _may_start(low: str, starters: frozenset[str]) -> bool:
    """Whether a word token may open a count phrase (a prefix, number word or quantifier)."""
    return (
        low in starters or low in _NUMBER_WORDS or all(p in _NUMBER_WORDS for p in low.split("-"))
    )


def _quoted(text: str, start: int, quote: str) -> bool:
    """
    Whether the figure at *start*, followed by *quote*, opens with the same quote.

    The quote may stand right before the figure or before a few words of its qualifier
    ("'60' people", "'at least 60' people"); a height in feet ("a 12' wall") opens with none.

    >>> _quoted("said '60' people", 6, "'"), _quoted("said 'at least 60' people", 15, "'")
    (True, True)
    >>> _quoted("a 12' wall", 2, "'")
    False
    """
    if quote not in "'\"":
        return False
    opened = text.rfind(quote, max(0, start - 24), start)
    if opened < 0 or (opened > 0 and text[opened - 1].isalnum()):
        return False
    return all(c.isalpha() or c == " " for c in text[opened + 1 : start])


def scan_quantities(text: str, *, lexicon: Lexicon | None = None) -> list[QuantityMatch]:
    """
    Find every count phrase in *text*, with its bound, approximation and range.

    Numbers that are dates, clock times, money, percentages, ages, ordinals,
    street addresses, phone numbers, measurements or identifiers are skipped, and
    so are bare articles ("a", "an"): whether "a member" is a count is up to the caller.

    Args:
        text: A sentence or a whole document.
        lexicon: Vague quantifiers and the approximation tolerance; ``ENGLISH`` by default.

    Returns:
        The matches in text order, with offsets into *text*.

    >>> [str(m.quantity) for m in scan_quantities(
    ...     "On Jan. 7, at least 17 to 40 rockets and several drones hit the base at 1 p.m.")]
    ['17–40', 'several (3–9)']
    """
    lex = lexicon or ENGLISH
    if not _core_cues(lex.cue_words).search(text):
        return []  # no digit, number word or quantifier: no count can start anywhere
    parser = _Parser(text, lex, context=True)
    found: list[QuantityMatch] = []
    toks = parser.toks
    openers = _openers(parser.lex_first)
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        kind = tok.kind
        if kind == "other" or (
            kind == "word"
            and tok.low not in openers
            and ("-" not in tok.low or not _may_start(tok.low, openers))
        ):
            i += 1  # no phrase starts here (the parser would say None): skip it cheaply
            continue
        result = parser.phrase(i)
        if result is None:
            i += 1
        elif isinstance(result, _Skip):
            i = max(result.j, i + 1)
        else:
            quantity, start, j = result
            found.append(QuantityMatch(parser.toks[start].start, parser.toks[j - 1].end, quantity))
            i = max(j, i + 1)
    return found


def parse_quantity(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    allow_article: bool = False,
    allow_plural: bool = False,
) -> Quantity:
    """
    Read a count phrase as an interval with its qualifier.

    The phrase starts with the count; words after it (the noun) are ignored:
    ``"seven Americans"`` is 7.

    Args:
        text: ``"seven"``, ``"14,128"``, ``"at least ten"``, ``"17 to 40"``, ``"dozens"``.
        lexicon: Vague quantifiers and the approximation tolerance; ``ENGLISH`` by default.
        allow_article: Read a lone "a"/"an" ("a member") as 1; the caller knows
            from the grammar that it is a count, which "a U.S. official" is not.
        allow_plural: Read a phrase with no number ("US personnel") as a bare
            plural, ``lexicon.plural`` (2.. by default).

    Returns:
        The quantity; ``text`` holds the words of the count.

    Raises:
        InvalidQuantityError: *text* holds no count.
        UnknownQuantifierError: *text* is a vague quantifier missing from *lexicon*.

    >>> parse_quantity("more than 175")
    Quantity(low=176, high=None, qualifier='at_least')
    >>> parse_quantity("several hundred")
    Quantity(low=300, high=999, qualifier='vague')
    """
    lex = lexicon or ENGLISH
    parser = _Parser(text, lex, context=False)
    if parser.toks:
        result = parser.phrase(0)
        if result is not None and not isinstance(result, _Skip):
            return result[0]
        first = parser.toks[0].low
        if first in {"a", "an"} and allow_article:
            return Quantity(1, 1, qualifier="exact", text=parser.toks[0].text)
    _raise_unknown(parser, lex)
    stripped = text.strip()
    if allow_plural and stripped:
        low, high = lex.plural
        return Quantity(low, high, qualifier="vague", text=stripped)
    if parser.toks and parser.toks[0].low in {"a", "an"}:
        msg = (
            f"{text!r} has only an article, which is not a count (as in 'a U.S. official'); "
            "pass allow_article=True when the grammar says it is one"
        )
    else:
        msg = (
            f"no count in {text!r}; expected a number, a number word, a bound such as "
            "'at least 10', a range such as '17 to 40' or a vague quantifier such as 'several'"
        )
    raise InvalidQuantityError(msg)


def _raise_unknown(parser: _Parser, lex: Lexicon) -> None:
    """Raise UnknownQuantifierError when the phrase is a known English quantifier *lex* lacks."""
    toks = parser.toks
    for n in range(min(4, len(toks)), 0, -1):
        key = " ".join(t.low for t in toks[:n])
        if key in KNOWN_VAGUE and key not in lex.entries:
            msg = (
                f"unknown quantifier {key!r}; add it with Lexicon.extend({{{key!r}: (low, high)}})"
            )
            raise UnknownQuantifierError(msg)
