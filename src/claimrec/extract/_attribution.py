"""
Who stands behind each sentence of a news text: speech verbs, relays, carried speakers.

The rules read the general grammar of English news attribution:

* speech verbs (``SPEECH_VERBS``) with their subject before them ("Ryder said that …",
  "…, a U.S. official said Tuesday") or after them ("…,” said Lt. John Smith");
* "according to X"; "X told Reuters" (the outlet relays X); "X reported, citing Y"
  and "X cited Y" (X relays Y); "cited by X"; an outlet prefix such as "REUTERS: …";
* pronouns and short references ("he said", "the official added", "the statement
  said", "the group said", "the Lebanon-based network") carry the last speaker of a
  fitting kind; a quotation that spans several sentences takes the speaker named in
  any of them;
* anonymity cues ("on condition of anonymity", "who asked not to be named");
* weasel attributions ("reportedly", "it is believed", "other estimates",
  "witnesses said") are ``vague``: witnesses, residents, neighbours and other unnamed
  non-officials count as vague unless named;
* parties to a conflict speaking for themselves are recognised by ``PARTY_CUES``;
* a sentence with no speech verb and no open quotation is the reporter's own voice
  (``none``), whoever spoke before it.

The speaker's kind is read from the head of its noun phrase: the last word before
"of", "for", "at", "in", "with", "from" ("Lt. John Smith of the Fairhaven Police
Department" is a person; "a spokesman for the police" is the organization). The cue
words are data, in the language pack's ``claimrec/lang/en/attribution.toml``:
institutions are known by their head nouns (agency, ministry, service, patrol, corps,
office, centre, hospital, company, ...), not by their names; a named armed unit ("the
Dawn Brigades") is a party unless a service word makes it an institution ("the fire
brigade"); a document speaks for its owner ("the ministry's report"). Verbs that give
a figure ("put the toll at", "revised the figure to") name a speaker too, and one who
announces figures ("X gave new figures") carries into the next sentences of its
paragraph.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Final, TypeAlias

from attrs import evolve, frozen

from claimrec._text import literal_union
from claimrec.kinds import find_nations
from claimrec.link.places import default_gazetteer, national_capital
from claimrec.model import Attribution

if TYPE_CHECKING:
    from claimrec._text import Sentence

__all__ = [
    "MEDIA_CUES",
    "ORGANIZATION_CUES",
    "PARTY_CUES",
    "SPEECH_VERBS",
    "attribute_clause",
    "attribute_sentences",
    "classify_speaker",
    "explicit_speaker",
    "figure_agent",
    "figure_owner",
    "is_state_actor",
    "lead_subject",
    "names_party",
    "names_someone",
    "rejected_figure_source",
    "title_case_words",
]


def _wordset(words: str) -> frozenset[str]:
    """The whitespace-separated words of *words* as a set (keeps word lists readable)."""
    return frozenset(words.split())


def _alternation(words: Sequence[str]) -> str:
    """Whole-word alternation of *words* (longest first, spaces as any whitespace)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


NONE: Final = Attribution("none")
#: The English pack's attribution cues (``claimrec/lang/en/attribution.toml``).
_CUES: Final[dict[str, list[str]]] = tomllib.loads(
    resources.files("claimrec.lang.en").joinpath("attribution.toml").read_text("utf-8")
)


def _cue_words(key: str) -> frozenset[str]:
    """One word list of the attribution cues, as a set."""
    return frozenset(_CUES[key])


#: Verbs that introduce what somebody said, wrote or reported (all inflections listed).
SPEECH_VERBS: Final = _cue_words("speech_verbs")
#: Nouns (lower case, as a head word) naming a news outlet.
MEDIA_CUES: Final = _cue_words("media")
#: Words that mark a party to an armed conflict speaking for itself (the table's phrases
#: of several words are ``_PARTY_PHRASES``).
PARTY_CUES: Final = frozenset(w for w in _CUES["party"] if " " not in w)
#: The party cues of several words ("islamic state"), each padded to match whole words.
_PARTY_PHRASES: Final = tuple(f" {w} " for w in _CUES["party"] if " " in w)
#: Head words of institutions speaking as such.
ORGANIZATION_CUES: Final = _cue_words("organization")
_OFFICIAL_NOUNS: Final = _cue_words("official")
_VAGUE_NOUNS: Final = _cue_words("vague")
#: People of the place whom anonymity makes no official ("a resident, who asked not to be named").
_BYSTANDERS: Final = _cue_words("bystanders")
_TITLES: Final = _cue_words("titles")
#: Words that make a capitalised name a body's wherever they stand ("Rights Watch Sahel").
_BODY_NAME_WORDS: Final = _cue_words("body_name_words")
_PRONOUNS: Final = {
    "he": "person",
    "she": "person",
    "it": "thing",
    "they": "any",
    "we": "any",
    "i": "any",
}
_NON_NAMES: Final = _cue_words("non_names")
_SMALL_NUMBERS: Final = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10",
}  # fmt: skip
#: A speaker named by how many they are: "All three", "Both", "The two", "All four of them".
_COUNTED_REFERENCE: Final = re.compile(
    rf"(?:(?:all|the)\s+(?P<n>{'|'.join(_SMALL_NUMBERS)})|both)(?:\s+of\s+them)?", re.IGNORECASE
)
#: Words that take a part of a speaker phrase: "one of the officials", "two of them".
_PARTITIVES: Final = frozenset({"one", "two", "three", "some", "several", "each", "both", "all"})
#: Outlet names as patterns (``lang/en/attribution.toml``), one alternative each.
_OUTLET_NAMES: Final = tuple(_CUES["outlets"])
_OUTLETS_MULTI: Final = re.compile(
    # the look-ahead names the first letter of every outlet: other places fail at once
    rf"\b(?=[{''.join(sorted({n[0] for n in _OUTLET_NAMES}))}])(?:{'|'.join(_OUTLET_NAMES)})\b",
    re.IGNORECASE,
)
#: Initials of bodies that look like call letters ("WHO", "WFP"): the table's institutions.
_NOT_CALL_LETTERS: Final = "|".join(
    sorted(w.upper() for w in ORGANIZATION_CUES if re.fullmatch(r"[kw][a-z]{2,3}", w))
)
_CALL_LETTERS: Final = re.compile(
    rf"\b(?!(?:{_NOT_CALL_LETTERS})\b)[KW][A-Z]{{2,3}}(?:-(?:TV|FM|AM))?\b"
)


def _verb_pattern(verbs: frozenset[str]) -> re.Pattern[str]:
    """
    The speech verbs and "according to" as whole words, one branch per first letter.

    A search tests one letter per word instead of every verb (no two verbs match at
    one place: a verb that extends another needs a letter where the other needs a
    word end).
    """
    by_first: dict[str, list[str]] = {}
    for verb in [*sorted(verbs), "according to", "According to"]:
        by_first.setdefault(verb[0], []).append(re.escape(verb[1:]))
    branches = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return re.compile(rf"\b(?:{branches})\b")


#: Speech verbs, found with one test of the first letter per word.
_VERB_RE: Final = _verb_pattern(SPEECH_VERBS)
_ADJECTIVAL: Final = frozenset({"alleged", "estimated", "alleges", "disclosed"})
_TRANSITIVE: Final = _wordset(
    "cited told tells tell blamed blames denied denies quoted claimed claims claim"
)
#: A relay's own words: "citing", "quoting", and figures passed on from a source
#: ("relaying figures from the ministry", "using data from", "drawing on figures from").
_CITING: Final = re.compile(
    r"\b(?:[Cc]iting|[Qq]uoting|(?:[Rr]elaying|[Uu]sing|[Dd]rawing\s+on|[Pp]assing\s+on)\s+"
    r"(?:the\s+)?(?:latest\s+|official\s+|new\s+|preliminary\s+)?"
    r"(?:figures|numbers|data|statistics|tolls?|tallies|a\s+tally)\s+(?:from|of|by|provided\s+by))\b"
)
_CITING_KEYS: Final = ("iting", "uoting", "elaying", "sing", "rawing")
_CITED_BY: Final = re.compile(r"\b(?:cited|quoted) by\b")
_QUOTED_BY: Final = re.compile(r"\s+(?:cited|quoted)\s+by\b")
_PREFIX: Final = re.compile(r"([A-Z][A-Za-z&.\-]{1,20}(?: [A-Z][A-Za-z&.\-]{1,20}){0,3}):\s")
#: A headline's speaker before a colon, its later words in any case ("Hospital director:").
_SPEAKER_PREFIX: Final = re.compile(r"([A-Z][\w&.\-]{1,20}(?: [\w&.\-]{1,20}){0,3}):\s")
#: "claims to be", "says to have": the verb governs an infinitive, it reports nothing.
_TO_BE_AFTER: Final = re.compile(
    # "claimed to have killed 60 soldiers" gives a figure: a deed after "to have" speaks
    r"\s+(?:not\s+)?to\s+(?:be\b|have\b(?!\s+(?:\w+ed|shot|hit|struck|downed|brought)\b))"
)
_PASSIVE_BEFORE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has been|have been)\s+"
    r"(?:(?:\w+ly|still|also|not|then|later|now|being|already|since|first)\s+){0,2}$"
)
_ANONYMITY: Final = re.compile(
    # the look-ahead names the first letter of every alternative: other places fail at once
    r"(?=[acdnorsw])(?:condition of anonymity|(?:asked|requested|declined) not to be (?:named|identified)"
    r"|declined to be (?:named|identified)|not authori[sz]ed to (?:speak|talk|comment)"
    r"|speaking anonymously|on background|who did not want to be (?:named|identified))",
    re.IGNORECASE,
)
_VAGUE_CUES: Final = re.compile(
    r"\b(?=[aceiopr-w])(?:reportedly|allegedly|purportedly|rumou?red"
    r"|it (?:is|was|has been) (?:believed|thought|understood|reported|said|claimed|alleged)"
    r"|(?:is|are|was|were) (?:believed|thought|said|reported|understood|alleged) to"
    r"|(?:were|was) reported (?:killed|dead|injured|wounded|hurt|missing)"
    r"|according to (?:some |unconfirmed |local |media |initial |early |other )?(?:reports|accounts|estimates)"
    r"|(?:other|some|unofficial|independent|conflicting|varying) estimates"
    r"|estimates (?:of the|of|have|had) (?:\w+ ){0,3}?(?:ranged|range|varied|vary|differ|differed)"
    r"|unconfirmed reports|(?:some|other) reports|reports (?:said|say|suggest|suggested|indicate|indicated)"
    r"|there (?:were|are|have been|had been) (?:unconfirmed |conflicting |)reports"
    r"|(?:unverified|unconfirmed) (?:videos?|footage|images|photos|posts|accounts))\b",
    re.IGNORECASE,
)
_HARD_STOPS: Final = '“”"«»;:()[]—–'
#: The characters ``_segments_before`` stops at: commas, hard stops, "!", "?", brackets.
_SEGMENT_MARKS: Final = re.compile("[" + re.escape(_HARD_STOPS + ",!?)]") + "]")
_LEADING_JUNK: Final = re.compile(
    r"^(?:(?:and|but|while|whereas|though|although|which|(?-i:who|Who)|that|as|so|then|also|meanwhile|however|"
    r"earlier|later|previously|separately|moreover|furthermore|now|yet)\b[ ,]*)+",
    re.IGNORECASE,
)
_ADJUNCT: Final = re.compile(
    r"^(?:in|on|at|during|after|before|via|through|earlier|later|meanwhile|however|also|"
    r"separately|moreover|last|this|on|since|when|while|as|according|in a statement|"
    # a relay between a speaker and its verb: "State TV, quoting the Guards, said"
    r"citing|quoting|"
    # how the reporter reached the speaker: "A rebel commander, reached by phone, said"
    r"reached|contacted|interviewed)\b",
    re.IGNORECASE,
)
_TRAILING_JUNK: Final = re.compile(
    r"(?:\s+(?:also|later|earlier|previously|again|further|then|now|had|has|have|would|"
    r"will|did|initially|first|originally|subsequently|since|quickly|publicly|officially|"
    r"separately|formally|repeatedly|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on \w+ \d{1,2}|"
    r"in a statement|in a news release|in an interview|"
    # "a police statement released (late) on Monday said": the document, not its issuing
    rf"late|overnight|early|{_alternation(_CUES['issuing'])})\b)+$",
    re.IGNORECASE,
)
_NP_CUT: Final = re.compile(
    r"\s(?:regarding|about|on|at|during|after|before|(?-i:who)|which|that|when|while|as|saying|"
    r"confirming|adding|noting|to|because|in a statement|in an? \w+ (?:post|statement|"
    r"interview|briefing)|said|says|told|reported|claimed|announced)\b|\s\w+ing\b",
    re.IGNORECASE,
)
#: A relative pronoun ("WHO" in capitals is the World Health Organization).
_RELATIVE: Final = re.compile(r"\s(?:(?-i:who)|whom|which)(?:\s|$)", re.IGNORECASE)
#: A figure or claim as the object of a contact clause: "a claim the army [denied]".
_CONTESTED: Final = re.compile(
    r"(?:a|an|the)\s+(?:figure|number|toll|claim|count|tally|account|assertion)\s+"
    r"(?!(?:disputed|rejected|contested|denied|challenged|questioned|dismissed)\b)(?:\w+\s+){0,3}?\w+$",
    re.IGNORECASE,
)
#: The agent of a participle: "a figure disputed by".
_AGENT: Final = re.compile(r"\b\w+ed\s+by\s+")
#: The subject of a relative "that" clause right before its speech verb: "video was
#: released that [police] said captured the man" (the speaker is inside the clause).
_THAT_SUBJECT: Final = re.compile(
    r"\s(?:was|were|is|are|has\s+been|had\s+been)\s+\w+(?:\s+\w+){0,2}?\s+that\s+"
    r"((?:the\s+)?[\w.\-]+(?:\s+[\w.\-]+)?)$",
    re.IGNORECASE,
)
_HEAD_CUT: Final = re.compile(
    r"\s(?:of|for|at|in|with|from|on|(?-i:who)|which|that|run|based|working|operating|active"
    # insiders: "a diplomat briefed on", "people familiar with", "sources close to"
    r"|briefed|familiar|privy|close\sto"
    # pictures and posts by where they went round: "videos circulating online"
    r"|circulating|posted|shared|uploaded|filmed)\s",
    re.IGNORECASE,
)
_AUX: Final = re.compile(
    r"\s(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|may|might|should)\s",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"[\w'’.\-]+")
#: "…, and police said 3 died": a coordinated clause with a speaker of its own (not a
#: pronoun pointing back), whose words stay in its clause.
_AND_SPEAKER: Final = (
    r",\sand\s(?=(?:(?:the|a|an)\s)?(?!(?:he|she|it|they|we|i|you|that|this|then|also)\s)"
    r"(?:[\w\-’']+\s){1,4}?(?:said|says|reported|added|told)\b)"
)
_AND_SPEAKER_RE: Final = re.compile(_AND_SPEAKER, re.IGNORECASE)
_CLAUSE_SPLIT: Final = re.compile(
    r";|,\s(?:while|whereas|but|although|though)\b|\s(?:while|whereas)\s"
    # "…, and the air force said it had shot down 20": a second speaker's clause
    r"|" + _AND_SPEAKER + r"|"
    # "…, a figure disputed by the opposition, who say": the contest is another speaker's
    r",\s(?:a|the)\s(?:figure|number|toll|claim|count|tally|account)\s(?=(?:\w+\s){0,3}?"
    r"(?:disputed|rejected|contested|denied|challenged|questioned|dismissed)\b)",
    re.IGNORECASE,
)


@frozen
class _Found:
    """One attribution found in a sentence: where its verb is and what it refers to."""

    attribution: Attribution
    position: int
    ref: str | None = None
    final: bool = False
    #: a claim of responsibility ("X claimed the raid"): X speaks, but of no figure
    claim: bool = False


# --------------------------------------------------------------------------- classifying


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_media(np: str) -> bool:
    head = _head(np)
    words = [w.lower().strip(".’'") for w in _words(head)]
    if not words:
        return False
    return bool(_OUTLETS_MULTI.search(head) or _CALL_LETTERS.search(head) or _media_word(words[-1]))


def _media_word(word: str) -> bool:
    """
    Whether a head word (lower case) names an outlet, alone or in a hyphenated name.

    >>> _media_word("gazette-mail"), _media_word("post-war")
    (True, True)
    >>> _media_word("front-line")
    False
    """
    return word in MEDIA_CUES or not MEDIA_CUES.isdisjoint(word.split("-"))


def _head(np: str) -> str:
    """The noun phrase before its first post-modifier ("of", "for", "at", ...)."""
    cut = _HEAD_CUT.search(np)
    return np[: cut.start()] if cut else np


_BROADCAST: Final = _wordset("network channel station broadcaster television tv radio")
_PRINT: Final = _wordset("newspaper paper daily magazine website outlet")
_WIRE: Final = _wordset("agency wire")
_BROADCASTERS: Final = re.compile(
    r"cnn|bbc|fox|jazeera|mayadeen|arabiya|manar|press tv|sky|nbc|cbs|abc|msnbc|npr|rudaw"
    r"|kurdistan 24|\b[KW][A-Z]{2,3}\b",
    re.IGNORECASE,
)
_AGENCIES: Final = re.compile(
    r"reuters|afp|agence|associated press|\bap\b|xinhua|irna|tasnim|fars|anadolu|sana|wafa"
    r"|tass|ria|interfax|yonhap|kyodo|dpa|ansa|efe|upi|isna|mehr",
    re.IGNORECASE,
)


def _media_class(np: str) -> str:
    """``broadcast``, ``print`` or ``wire``: what kind of outlet a phrase names or describes."""
    words = {w.lower().strip(".’'") for w in _words(np)}
    if words & _BROADCAST:
        return "broadcast"
    if words & _WIRE:
        return "wire"
    if words & _PRINT:
        return "print"
    if _BROADCASTERS.search(np):
        return "broadcast"
    if _AGENCIES.search(np):
        return "wire"
    return "print"


def _outlet_name(np: str) -> str:
    """The outlet's name as written: a known outlet or call letters inside *np*, else *np*."""
    found = _OUTLETS_MULTI.search(np) or _CALL_LETTERS.search(np)
    return found.group(0) if found else np


def _has_name(words: Sequence[str]) -> bool:
    """Whether capitalised words other than titles, places and cue words remain."""
    national = _national_words(tuple(words))
    for i, word in enumerate(words):
        if i in national:
            continue  # "Sri Lanka's army", "the Chadian army": a nation's, no one's name
        bare = word.strip(".’'-")
        low = word.lower().rstrip("’'s").rstrip("’'")
        if not bare or not bare[0].isupper():
            continue
        key = word.lower()
        if key in _TITLES or key.rstrip(".") in _TITLES or low in _TITLES:
            continue
        if key in _NON_NAMES or low in _NON_NAMES or key.rstrip("’'s") in _NON_NAMES:
            continue
        if "-" in key and all(part in _NON_NAMES for part in key.split("-")):
            continue  # "Twenty-two"
        if low in ORGANIZATION_CUES or low in PARTY_CUES or low in MEDIA_CUES:
            continue
        if i == 0 and (low in _VAGUE_NOUNS or low in _OFFICIAL_NOUNS):
            continue  # "Relatives said", "Doctors said": a capital that opens the sentence
        if key.endswith(("-based", "-led", "-backed", "-aligned", "-run")):
            continue
        if i == 0 and key in {"the", "a", "an"}:
            continue
        return True
    return False


@functools.lru_cache(maxsize=2048)
def _national_words(words: tuple[str, ...]) -> frozenset[int]:
    """
    The positions of the words that name a nation (every country's, not a few).

    A nationality ("Chadian") or a country's name as a nation's ("Sri Lanka's army"), before
    a common noun; before a capitalised word it is part of a body's name ("the Senegalese
    League for Civil Liberties").

    >>> sorted(_national_words(("Sri", "Lanka's", "army"))), sorted(_national_words(("the", "Chadian", "army")))
    ([0, 1], [1])
    >>> sorted(_national_words(("the", "Delta", "Front"))), sorted(_national_words(("the", "Senegalese", "League")))
    ([], [])
    """
    text = " ".join(words)
    found = find_nations(text)
    if not found:
        return frozenset()
    starts = list(itertools.accumulate((len(w) + 1 for w in words), initial=0))
    national: set[int] = set()
    for start, end, _ in found:
        covered = [i for i, at in enumerate(starts[:-1]) if start <= at < end]
        after = covered[-1] + 1 if covered else len(words)
        if after < len(words) and words[after][:1].isupper():
            continue  # "the Senegalese League ...": a name that opens with a nationality
        national.update(covered)
    return frozenset(national)


_ARMED_UNITS: Final = _cue_words("armed_units")
#: Words that make a guard an institution ("the coast guard", "the national guard").
_GUARDS: Final = frozenset({"coast", "national", "border", "civil", "presidential", "home"})
#: Words before "workers" that make them staff of an institution ("aid workers").
_STAFF: Final = frozenset({"aid", "health", "hospital", "relief", "humanitarian", "un", "red"})
_SERVICE: Final = _cue_words("service")
#: Who runs a business and the businesses: "the ship's manager" speaks for the company.
_COMPANY_ROLES: Final = _cue_words("company_roles")
_COMPANY_THINGS: Final = _cue_words("company_things")
_DOCUMENTS: Final = _cue_words("documents")
_GROUP_HEADS: Final = frozenset(
    {
        "group",
        "groups",
        "movement",
        "organization",
        "organisation",
        "faction",
        "organizations",
        "organisations",
    }
)
_ARMED_ADJECTIVES: Final = frozenset(
    {"armed", "militant", "rebel", "insurgent", "jihadist", "terrorist", "extremist", "separatist"}
)


_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")


def _bare(word: str) -> str:
    """A word in lower case without its possessive ending or edge punctuation."""
    return word.lower().strip(".’'").removesuffix("’s").removesuffix("'s")


@functools.lru_cache(maxsize=4096)
def _classify(np: str) -> tuple[str, str | None] | None:
    """
    The kind of a speaker phrase, and the kind of earlier speaker it refers to (if any).

    The kind is read from the head noun of the phrase and the words before it (see
    ``lang/en/attribution.toml``). Returns None when *np* names nobody ("no group",
    "which").
    """
    np = np.strip(" ,.")
    words = _words(np)
    if not words:
        return None
    first = words[0].lower()
    if first in {"no", "nobody", "none", "neither", "nor", "which", "what", "who", "whom"} and (
        words[0] != "WHO"  # the World Health Organization
    ):
        return None
    if len(words) == 1 and first in _PRONOUNS:
        return "none", _PRONOUNS[first]
    if _COUNTED_REFERENCE.fullmatch(np):
        return "none", "counted"  # "All three said": the three people named before
    if len(words) > 2 and first in _PARTITIVES and words[1].lower() == "of":
        whole = " ".join(words[2:])  # "one of the officials": one of whom the phrase names
        return _classify("they" if whole.lower() in {"them", "those", "these"} else whole)
    head_words = _words(_head(np))
    if (
        len(head_words) > 2
        and _ACRONYM.fullmatch(head_words[-1])
        and head_words[-2].islower()
        and _bare(head_words[-1]) not in MEDIA_CUES | ORGANIZATION_CUES | PARTY_CUES
    ):
        head_words = head_words[:-1]  # "the state news agency NNA": the head is "agency"
    owner = _document_owner(head_words) or _document_from(np, head_words)
    if owner is not None:
        return owner
    if _armed_collective(np):
        return "party", None
    if _is_staff_body(head_words):
        return "organization", None
    if _armed_by_name(np, head_words):
        return "party", None
    return _classify_head(np, head_words)


#: A body made of others, what it is made of, and the name it calls itself, if any: "an
#: alliance of armed groups calling itself the Northern Front".
_COLLECTIVE: Final = re.compile(
    rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?{_alternation(_CUES['collectives'])}\s+of\s+"
    r"(?P<members>(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)"
    r"(?:\s+(?:(?:that|which)\s+)?(?:calling|calls|called|known\s+as|dubbed)\s+(?:(?:itself|"
    r"themselves)\s+)?(?P<name>\S.{0,80}))?",
    re.IGNORECASE,
)


def _armed_collective(np: str) -> bool:
    """
    Whether *np* is a body made of armed groups, or one that calls itself by a party's name.

    >>> _armed_collective("An alliance of armed groups"), _armed_collective("a coalition of charities")
    (True, False)
    >>> _armed_collective("a coalition of opposition parties")
    False
    >>> _armed_collective("A coalition of tribes calling itself the Sons of the Delta Front")
    True
    """
    found = _COLLECTIVE.fullmatch(np.strip(" ,."))
    if found is None:
        return False
    members = [_bare(w) for w in found.group("members").split()]
    head = members[-1]
    if {head, head.removesuffix("s")} & PARTY_CUES or any(w in _ARMED_ADJECTIVES for w in members):
        return True  # "of rebel factions", "of armed groups"; "of opposition parties" is not
    name = found.group("name")
    return name is not None and names_party([_bare(w) for w in name.split()])


#: Armed units whose capitalised name runs past "of": "The Army of the Northern Hills",
#: "The Sons of the Eastern Valley Brigade".
_ARMED_NAME_UNITS: Final = frozenset(
    {"army", "brigade", "brigades", "battalion", "battalions", "legion", "front"}
)
_NAME_JOINERS: Final = frozenset({"the", "of", "and"})


def _armed_by_name(np: str, head_words: Sequence[str]) -> bool:
    """
    Whether a capitalised name running past "of" is an armed group's.

    Its head or its last word is an armed unit, and the words after "of" name no nation
    ("the Army of Kenya" is a state's army).

    >>> _armed_by_name("The Army of the Northern Hills", ["The", "Army"])
    True
    >>> _armed_by_name("The Sons of the Eastern Valley Brigade", ["The", "Sons"])
    True
    >>> _armed_by_name("The Army of Kenya", ["The", "Army"]), _armed_by_name("the army of the north", ["the", "army"])
    (False, False)
    """
    words = _words(np)
    rest = words[len(head_words) + 1 :]
    if len(words) <= len(head_words) or words[len(head_words)].lower() != "of" or not rest:
        return False
    if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in rest):
        return False
    if not rest[-1][:1].isupper() or find_nations(" ".join(rest)) or _names_country(rest):
        return False
    head = head_words[-1]
    return _bare(rest[-1]) in _ARMED_NAME_UNITS or (
        head[:1].isupper() and _bare(head) in _ARMED_NAME_UNITS
    )


def _is_staff_body(head_words: Sequence[str]) -> bool:
    """Whether the head names a command body ("the general staff", "the Joint Staff"), not people."""
    return (
        len(head_words) > 1
        and _bare(head_words[-1]) == "staff"
        and _bare(head_words[-2]) in {"general", "joint"}
    )


def _document_owner(head_words: Sequence[str]) -> tuple[str, str | None] | None:
    """
    The kind of the institution that owns a document ("the ministry's report", "a police tally").

    None when the head is not a document noun or its owner is not an institution.
    """
    if len(head_words) < 2 or _bare(head_words[-1]) not in _DOCUMENTS:
        return None
    owners = [i for i, w in enumerate(head_words[:-1]) if w.endswith(("’s", "'s"))]
    owner = head_words[: owners[-1] + 1] if owners else head_words[:-1]
    if not owner or all(_bare(w) in {"the", "a", "an", "its", "their"} for w in owner):
        return None
    kind = _classify_head(" ".join(owner), [w.removesuffix("’s").removesuffix("'s") for w in owner])
    if kind is None or kind[0] not in {"organization", "party", "anonymous_official"}:
        return None
    return kind[0], None


#: An institution after a document noun: "casualty figures [from] the ministry".
_DOCUMENT_FROM: Final = re.compile(
    r"\s(?:from|by|of|released\s+by|issued\s+by|compiled\s+by)\s+(?P<owner>.{2,80})$",
    re.IGNORECASE,
)


#: Participles of issuing a document (``lang/en/attribution.toml``): "released", "put out".
_ISSUING: Final = _alternation(_CUES["issuing"])
#: A document, how it came out, then who issued it: "a bulletin issued late on Sunday by
#: the civil defence" (at most five words, a time or a place, stand before "by").
_ISSUED_LATER_BY: Final = re.compile(
    r"(?:[\w'’\-]+\s+){0,3}?(?P<document>[\w'’\-]+)\s+"
    rf"{_ISSUING}\s+(?:[\w'’\-]+\s+){{1,5}}?by\s+(?P<owner>\S.{{1,79}})",
    re.IGNORECASE,
)


def _document_from(np: str, head_words: Sequence[str]) -> tuple[str, str | None] | None:
    """
    The kind of the institution a document comes from ("figures from the ministry").

    >>> _document_from("Casualty figures from the ministry", ["Casualty", "figures"])
    ('organization', None)
    >>> _document_from("Reports of the dead", ["Reports"]) is None
    True
    >>> _document_from("A bulletin issued late on Sunday by the civil defence", ["A", "bulletin"])
    ('organization', None)
    """
    later = _ISSUED_LATER_BY.fullmatch(np)
    if later is not None and _bare(later.group("document")) in _DOCUMENTS:
        return _owner_kind(later.group("owner"))
    if not head_words or _bare(head_words[-1]) not in _DOCUMENTS:
        return None
    found = _DOCUMENT_FROM.search(np, len(_head(np)) - 1)
    if found is None:
        return None
    return _owner_kind(found.group("owner"))


def _owner_kind(owner: str) -> tuple[str, str | None] | None:
    """The kind of who issued a document, when it is an institution, a party or an official."""
    kind = _classify_head(owner, _words(_head(owner)))
    if kind is None or kind[0] not in {"organization", "party", "anonymous_official"}:
        return None
    return kind[0], None


#: Institutions that govern: a party owning one ("the rebels' ministry") runs it.
_GOVERNING: Final = frozenset(
    {"ministry", "ministries", "government", "administration", "authorities"}
)


def names_party(words: Sequence[str]) -> bool:
    """
    Whether lower-case *words* hold a party cue: one word of ``PARTY_CUES`` or a phrase.

    Args:
        words: The words of a phrase, lower case, without possessive endings.

    Returns:
        True when a cue word or a cue phrase of whole words is among them.

    >>> names_party(["islamic", "state", "sahel", "province"]), names_party(["the", "rebels"])
    (True, True)
    >>> names_party(["the", "islamic", "statehood", "council"]), names_party(["the", "state"])
    (False, False)
    """
    if not PARTY_CUES.isdisjoint(words):
        return True
    padded = f" {' '.join(words)} "
    return any(phrase in padded for phrase in _PARTY_PHRASES)


def _is_armed(head_words: Sequence[str], *, named: bool) -> bool:
    """Whether the head names a party to a conflict: its cue words, or a named armed unit."""
    bare = [_bare(w) for w in head_words]
    if not bare:
        return False
    if bare[-1] in _GOVERNING:
        return False  # "the Houthi rebels' health ministry" governs, as "the Houthi-run" one does
    if names_party(bare):
        return True
    before = bare[-2] if len(bare) > 1 else ""
    return named and bare[-1] in _ARMED_UNITS and before not in _SERVICE and bare[-1] != "group"


_NETWORK_MEMBERS: Final = (
    r"(?:activists|volunteers|doctors|medics|monitors|journalists|lawyers|researchers|observers|"
    r"residents|citizens|sources|informants|organi[sz]ations|groups|charities|clinics|hospitals)"
)
#: A network of people, not of stations: "a network of local activists", "a doctors' network",
#: "the Sudan Doctors Network", "the Network for Human Rights".
_PEOPLES_NETWORK: Final = re.compile(
    rf"\bnetwork\s+of\s+(?:[\w\-]+\s+){{0,2}}?{_NETWORK_MEMBERS}\b"
    rf"|\b{_NETWORK_MEMBERS}['’]?\s+network\b"
    r"|\bnetwork\s+(?:for|against)\s+(?:[\w\-]+\s+){0,2}?(?:rights|justice|peace|democracy)\b",
    re.IGNORECASE,
)


def _classify_head(np: str, head_words: Sequence[str]) -> tuple[str, str | None] | None:  # noqa: C901, PLR0912 - one decision table read top to bottom; split when it next grows
    """The kind of a speaker phrase from its head words (see ``_classify``)."""
    if not head_words:
        return None
    head = " ".join(head_words)
    first = head_words[0].lower()
    last = head_words[-1].lower().strip(".’'")
    last_raw = _bare(head_words[-1])
    definite = first in {"the", "this", "that", "its", "his", "her", "their"}
    named = _has_name(head_words)
    if _PEOPLES_NETWORK.search(np):
        return "organization", None  # "a network of local activists" is no broadcaster
    if "state" in np.lower().split() and last_raw in MEDIA_CUES:
        return "media", "state"  # "state media": a party when it speaks of its forces' attack
    media = _media_kind(np, head, head_words, named=named, definite=definite)
    if media is not None:
        return media
    if last_raw in _OFFICIAL_NOUNS:
        if definite and not named and len(head_words) <= 3:
            return "anonymous_official", "official"  # "the official added"
        if first == "some" and last_raw in {"sources", "source"}:
            return "vague", None
        return "anonymous_official", None
    if last_raw in {"statement", "statements", "communique", "release", "update", "bulletin"}:
        return ("organization", "statement") if definite else ("organization", None)
    if _is_armed(head_words, named=named) and last_raw not in {
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }:
        return "party", None
    if last_raw in _GROUP_HEADS:
        if any(w.lower() in _ARMED_ADJECTIVES for w in head_words):
            return "party", None
        return ("organization", "group") if definite and not named else ("organization", None)
    if last_raw in _COMPANY_ROLES and any(
        w.lower().replace("’", "'") in _COMPANY_THINGS for w in head_words[:-1]
    ):
        return "organization", None  # "the ship's manager", "the mine's owner": the company
    if last_raw in _VAGUE_NOUNS:
        if last_raw in {"workers", "worker"} and _bare(head_words[0]) in _SERVICE | _STAFF:
            return "anonymous_official", None  # "rescue workers", "health workers"
        if named and last_raw in {"family", "relatives"}:
            return "named_person", None
        return "vague", None
    if last_raw == "guard" and len(head_words) > 1 and _bare(head_words[-2]) in _GUARDS:
        return "organization", None  # "the coast guard"; "a security guard" is a person
    if last_raw in ORGANIZATION_CUES or last in ORGANIZATION_CUES:
        if last_raw in {"spokesman", "spokeswoman", "spokesperson"} and definite and not named:
            return "organization", "spokesperson"
        return "organization", None
    if named:
        if _institution_name(head_words) or is_capital(head):
            return "organization", None  # "Save the Children"; "Islamabad" speaks for its state
        if last_raw in _TITLES and _names_a_place(head_words):
            # "the Mercer County sheriff", "Chile's interior minister": the name is a place's
            return ("anonymous_official", "title") if definite else ("anonymous_official", None)
        return "named_person", None
    if last_raw in _SIDES and find_nations(head):
        return "organization", None  # "the Ukrainian side": a state at war speaking
    if last_raw in _TITLES:
        if first in {"a", "an", "one", "two", "three", "several", "some"}:
            return "anonymous_official", None  # "a senior Iraqi commander"
        if _has_name(_words(np)) and not _names_a_place(_words(np)):
            # "Chief of Detectives Ana Obi": the name after the head ("of Kano State": a place)
            return ("named_person", "title") if definite else ("named_person", None)
        # "the provincial governor", "the interior minister", "the mayor": an office with no
        # person's name is an official, unless it points back to the holder named before
        # (``_Memory.resolve``)
        return ("anonymous_official", "title") if definite else ("anonymous_official", None)
    return "vague", None


def _names_country(words: Sequence[str]) -> bool:
    """Whether *words* (after "the") name a country in the gazetteer: "Kenya", "the Congo"."""
    name = " ".join(words[1:] if words[0].lower() == "the" else words)
    place = default_gazetteer().resolve(name) if 0 < len(name) <= _LONGEST_CAPITAL else None
    return place is not None and place.level == "country"


#: Units of government whose name makes a name before a title a place's ("Mercer County").
_PLACE_UNITS: Final = frozenset(
    {"county", "state", "province", "district", "city", "region", "governorate", "prefecture"}
)


def _names_a_place(words: Sequence[str]) -> bool:
    """
    Whether the capitalised words of an office's phrase name a place, not a person.

    They hold a unit of government after a name ("Mercer County", "Kano State") or the
    gazetteer knows them. A unit word that follows no name is part of a title: "State
    Minister for Relief Ana Obi", "Secretary of State Ana Obi" name a person.

    >>> _names_a_place(["the", "Ohio", "governor"]), _names_a_place(["Chief", "of", "Detectives", "Ana", "Obi"])
    (True, False)
    >>> _names_a_place(["Kano", "State", "governor"]), _names_a_place(["Secretary", "of", "State", "Ana", "Obi"])
    (True, False)
    """
    bare = [_bare(w) for w in words]
    if any(
        b in _PLACE_UNITS and words[i - 1][:1].isupper() and bare[i - 1] not in _TITLES
        for i, b in enumerate(bare[1:], start=1)
    ):
        return True
    names = [w for w in words if w[:1].isupper() and _bare(w) not in _TITLES | _NON_NAMES]
    name = " ".join(names)
    return 0 < len(name) <= _LONGEST_CAPITAL and default_gazetteer().resolve(name) is not None


#: A side of a war: "the Ukrainian side" is a state speaking (a nationality before it).
_SIDES: Final = frozenset({"side", "sides"})
#: A capital is a short name: a longer phrase is never looked up in the gazetteer.
_LONGEST_CAPITAL: Final = 30


@functools.lru_cache(maxsize=2048)
def is_capital(name: str) -> bool:
    """
    Whether *name* is the capital of a country (by the gazetteer, so alternate names count).

    A capital speaking or blamed stands for its state ("Islamabad blamed ...", "Kiev denied").

    Args:
        name: A capitalised name as written.

    Returns:
        True when the gazetteer reads *name* as the place a country's capital names.

    >>> is_capital("Islamabad"), is_capital("Kiev"), is_capital("Kandahar"), is_capital("Ali Musa")
    (True, True, False, False)
    """
    name = name.strip()
    if not name[:1].isupper() or len(name) > _LONGEST_CAPITAL:
        return False
    gazetteer = default_gazetteer()
    place = gazetteer.resolve(name)
    capital = national_capital(place.country) if place is not None else None
    there = gazetteer.resolve(capital) if capital is not None else None
    return place is not None and there is not None and place.id == there.id


#: Words that stand inside a body's name, never a person's: "Save the Children".
_INNER_NAME_WORDS: Final = frozenset({"the", "to", "without", "against", "sans"})


def _institution_name(head_words: Sequence[str]) -> bool:
    """
    Whether a capitalised name is a body's, not a person's.

    It opens with "the" (no title in it), holds "the", "to", "without" or "against"
    between capitalised words, or holds a capitalised word of ``body_name_words`` (no
    title in it: "Rights Watch Sahel").

    >>> _institution_name(["Save", "the", "Children"]), _institution_name(["Maria", "Lopez"])
    (True, False)
    >>> _institution_name(["Action", "Against", "Hunger"]), _institution_name(["The", "Rev.", "Ann", "Lee"])
    (True, False)
    >>> _institution_name(["Rights", "Watch", "Sahel"]), _institution_name(["Aid", "chief", "Ali", "Musa"])
    (True, False)
    """
    untitled = not any(_bare(w) in _TITLES or w.endswith(".") for w in head_words)
    if untitled and head_words[0].lower() == "the":
        return True  # "The Refugee Relief Fund": a person's name takes no article (titles aside)
    if untitled and any(w[:1].isupper() and _bare(w) in _BODY_NAME_WORDS for w in head_words):
        return True  # "Rights Watch Sahel": a body named with the region it works in
    return any(
        word.lower() in _INNER_NAME_WORDS
        and head_words[i - 1][:1].isupper()
        and head_words[i + 1][:1].isupper()
        for i, word in enumerate(head_words[1:-1], start=1)
    )


def _media_kind(
    np: str, head: str, head_words: Sequence[str], *, named: bool, definite: bool
) -> tuple[str, str | None] | None:
    """``media`` (with a reference when "the network" points back) or None."""
    last_raw = _bare(head_words[-1])
    if (
        last_raw == "agency"
        and not {"news", "press", "wire"} & {_bare(w) for w in head_words}
        and not (_OUTLETS_MULTI.search(head) or _CALL_LETTERS.search(head))
    ):
        return None  # "the civil defence agency" is an institution, "a news agency" an outlet
    known_outlet = bool(_OUTLETS_MULTI.search(head) or _CALL_LETTERS.search(head))
    titled = any(_bare(w) in _TITLES for w in head_words[:-1])  # "health minister Sana Obi"
    if (_described_outlet(head_words) or (known_outlet and not titled)) and (
        last_raw not in _OFFICIAL_NOUNS | _TITLES
    ):
        return "media", None
    if (_is_media(np) or _media_word(last_raw) or last_raw == "agency") and not (
        last_raw in _OFFICIAL_NOUNS
        or (named and not _media_word(last_raw) and last_raw != "agency")
    ):
        if definite and not named:
            return "media", "media"  # "the Lebanon-based network"
        return "media", None
    return None


#: Words that describe an outlet before its name ("broadcaster NTV").
_OUTLET_DESCRIPTORS: Final = _cue_words("outlet_descriptors")


def _described_outlet(head_words: Sequence[str]) -> bool:
    """
    Whether the head describes an outlet, then names it: "the local newspaper Kathimerini".

    >>> _described_outlet(["broadcaster", "NTV"]), _described_outlet(["the", "daily", "Le", "Monde"])
    (True, True)
    >>> _described_outlet(["the", "newspaper"]), _described_outlet(["Radio", "Chief", "Ana", "Obi"])
    (False, False)
    """
    for i, word in enumerate(head_words[:-1]):
        if _bare(word) in _OUTLET_DESCRIPTORS:
            name = head_words[i + 1 :]  # "Radio Chief Ana Obi" is a person
            if any(_bare(w) in _TITLES for w in name):
                return False
            return all(w[:1].isupper() for w in name) and _has_name(name)
    return False


def _source_text(np: str, kind: str) -> str:
    """
    The name to record as ``source``: an outlet's name, or who issued a document.

    >>> _source_text("figures released by the disaster agency Sunday night", "organization")
    'the disaster agency'
    >>> _source_text("the ministry's figures", "organization"), _source_text("data from police", "organization")
    ("the ministry's figures", 'police')
    """
    np = np.strip(" ,.")
    issued = _ISSUED_DOCUMENT.match(np)
    if issued is not None:
        # "figures released by the agency on Monday": the agency
        np = _TRAILING_JUNK.sub("", _DAYTIME.sub("", issued.group("owner")))
    if kind == "media":
        return _outlet_name(np)
    return np


#: Documents that are a body's own words, kept whole as the source: "a statement from the command".
_SPOKEN_DOCUMENTS: Final = frozenset({"statement", "statements", "communique"})
#: A time of day closing a phrase: "police Sunday afternoon" is police.
_DAYTIME: Final = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.IGNORECASE)
#: A document named by who issued it: "figures released by the agency", "data from police".
_ISSUED_DOCUMENT: Final = re.compile(
    r"(?:(?:the|a|an|new|latest|official|casualty|preliminary|updated|news|press)\s+){0,3}"
    rf"(?:{'|'.join(sorted(_DOCUMENTS - _SPOKEN_DOCUMENTS))})\s+"
    rf"(?:from|by|{_ISSUING}\s+(?:[\w'’\-]+\s+){{0,5}}?by)\s+(?P<owner>\S.{{1,79}})",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- noun phrases


def _segments_before(text: str, end: int) -> list[tuple[int, int]]:
    """Comma segments of ``text[:end]`` back to a hard stop, nearest first (max 4)."""
    segments: list[tuple[int, int]] = []
    seg_end = end
    floor = max(0, end - 400)
    # only commas, stops and closing brackets matter: visit them right to left
    marks = [m.start() for m in _SEGMENT_MARKS.finditer(text, floor, end)]
    i = end - 1  # characters right of i were passed (or skipped inside brackets)
    for at in reversed(marks):
        if at > i:
            continue
        if len(segments) >= 4:
            return segments
        ch = text[at]
        if ch in ")]":
            opener = text.rfind("(" if ch == ")" else "[", floor, at)
            if opener >= 0 and at - opener <= 60:
                i = opener - 1
                continue
        if ch == ",":
            segments.append((at + 1, seg_end))
            seg_end = at
        elif ch in _HARD_STOPS or ch in "!?":
            segments.append((at + 1, seg_end))
            return segments
        i = at - 1
    if len(segments) < 4:
        segments.append((floor, seg_end))
    return segments


#: A live blog's time stamp before its entry ("14:05 GMT - The governor says"; the
#: colon of the clock time cut the segment, so the minutes may open it).
_TIME_STAMP: Final = re.compile(
    r"^(?:\d{1,2}[:.h])?\d{1,2}\s*(?:[ap]\.?m\.?\s*)?(?:(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT"
    r"|local\s+time)\s*)?[-–—|]\s+",
    re.IGNORECASE,
)


def _clean_subject(text: str) -> str:
    """
    A segment before a speech verb without the words that open or close it but name no one.

    >>> _clean_subject("05 GMT - The governor now"), _clean_subject("and the army")
    ('The governor', 'the army')
    """
    s = _TIME_STAMP.sub("", text.strip(" ,"))
    s = _LEADING_JUNK.sub("", s).strip(" ,")
    return _TRAILING_JUNK.sub("", s).strip(" ,")


def _before_figure_verb(phrase: str) -> str:
    """A clause that gives a figure cut to its subject: "Officials put the toll at 45"."""
    given = _FIGURE_RE.search(phrase)
    if given is None or given.start() == 0:
        return phrase
    return _TRAILING_JUNK.sub("", phrase[: given.start()].rstrip())  # "The ministry later"


#: The noun phrase that ends a clause, with its determiner: "… given by the army".
_LAST_NP: Final = re.compile(r"\b(?:the|a|an)\s+(?:[\w\-’']+\s+){0,3}?[\w\-’']+$", re.IGNORECASE)
#: Or a bare name, before a relay's "which cited": "According to Reuters, which cited two officials".
_LAST_NP_OR_NAME: Final = re.compile(
    rf"{_LAST_NP.pattern}|(?<![\w\-’'])(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*){{0,3}}$",
    re.IGNORECASE,
)
#: A relay's verb: its "which" may stand for a bare name.
_RELAY_VERB: Final = re.compile(r"(?:cited|quoted)\b")


#: A person's noun phrase that ends a clause, its place after it: "a doctor at the hospital".
_LAST_PERSON_NP: Final = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w\-’']+\s+){0,5}?[\w\-’']+$", re.IGNORECASE
)


def _antecedent(before: str, *, person: bool = False, relay: bool = False) -> str | None:
    """
    The speaker a non-restrictive "which"/"who" stands for: the phrase before its comma.

    A *person* ("who") may carry a longer phrase: "a doctor at the city hospital, who";
    a *relay* ("which cited") may stand for a bare name: "According to Reuters, which".
    """
    pattern = _LAST_PERSON_NP if person else _LAST_NP_OR_NAME if relay else _LAST_NP
    match = pattern.search(before.rstrip(" ,"), max(0, len(before) - 80))
    if match is None:
        return None
    made = _make(match.group(0), before)
    return match.group(0) if made is not None and made[0].kind not in {"vague", "none"} else None


#: A clause that ends with a conjunction: the speech verb after it shares its subject.
_COORDINATED_END: Final = re.compile(r"\s(?:and|but|then)$", re.IGNORECASE)


#: A segment that is a non-restrictive relative clause with an anonymity cue ("who asked
#: not to be identified because ..."): the speaker is its antecedent, before it.
_RELATIVE_OPEN: Final = re.compile(r"\s*(?:who|which)\s+\w", re.IGNORECASE)


def _relative_clause(segment: str) -> bool:
    """Whether a comma segment is a relative clause that hides its antecedent's name."""
    return _RELATIVE_OPEN.match(segment) is not None and _ANONYMITY.search(segment) is not None


def _inner_subject(first: str) -> str:
    """
    The speaker inside a phrase that runs up to its verb: clauses and modifiers cut away.

    >>> _inner_subject("Toll in dispute as ministry")
    'ministry'
    >>> _inner_subject("An official who was not authorised to speak")
    'An official'
    """
    inner = _THAT_SUBJECT.search(first)
    if inner is not None:
        first = inner.group(1)  # "video was released that police said": police speak
    aux = _AUX.search(first)
    if aux and aux.start() > 0:
        first = first[: aux.start()]  # "The statement did not confirm … but said"
    first = _before_figure_verb(first)
    subordinate = None if _PARTICIPIAL.match(first) else _SUBORDINATE_SUBJECT.search(first)
    if subordinate is not None:
        first = subordinate.group(1)  # "Toll in dispute as ministry says": the ministry
    relative = _RELATIVE.search(first)
    if relative and relative.start() > 0:
        agent = _AGENT.search(first, 0, relative.start())
        if agent and relative.end() >= len(first.rstrip()):
            first = first[agent.end() : relative.start()]  # "a figure disputed by X who say"
        else:
            first = first[: relative.start()]  # "An official who was not authorised to speak"
    return first


#: A comma segment that gives another name of the phrase before it: ", also known as Y,".
_ALIAS: Final = re.compile(
    r"(?:(?:also|better|widely|locally)\s+)?(?:known|referred\s+to)\s+as\s", re.IGNORECASE
)


#: An aside in brackets (at most 60 characters, as ``_segments_before`` skips them).
_ASIDE: Final = re.compile(r"\s*\([^()]{0,60}\)")


def _subject_before(text: str, verb_start: int) -> str | None:
    """The speaker phrase written before a speech verb, or None if there is none."""
    segments = _segments_before(text, verb_start)
    if not segments:
        return None
    # "the health authority (which is run by the rebels) said": the aside is no subject
    raw = _ASIDE.sub("", text[segments[0][0] : segments[0][1]]).strip(" ,")
    relative = "" if raw == "WHO" else raw.lower()  # "WHO said": the World Health Organization
    if relative in {"which", "who"} and text[: segments[0][0]].rstrip().endswith(","):
        # "…, the army, which estimates that"; "…, said a nurse at the clinic, who spoke ..."
        return _antecedent(
            text[: segments[0][0]],
            person=relative == "who",
            relay=_RELAY_VERB.match(text, verb_start) is not None,
        )
    if relative in {"which", "who", "that", "whom"}:
        return None  # a relative clause whose antecedent is not a speaker phrase
    first = _clean_subject(raw)
    if _COORDINATED_END.search(first):
        # "A spokesman for X rejected the account and said": the subject of the first verb
        first = _clean_subject(lead_subject(first) or first)  # "The ministry later"
    if first and not _ADJUNCT.match(first):
        first = _inner_subject(first)
        if len(_words(first)) > 12:
            return None
        return first
    # the verb follows a comma or an adjunct: "Ryder, a Pentagon spokesperson, said",
    # "The group, in a statement published on Telegram, claimed"
    rest = [_clean_subject(text[s:e]) for s, e in segments[1:] if not _relative_clause(text[s:e])]
    rest = [r for r in rest if r]
    while rest and (_ADJUNCT.match(rest[0]) or (len(rest) > 1 and _ALIAS.match(rest[0]))):
        rest.pop(0)  # "X, also known as Y, said": X speaks, by its other name
    if not rest:
        return None
    nearest = _before_figure_verb(rest[0])  # "Officials put the toll at 45, but said"
    # "Ryder, a Pentagon spokesperson, said": the head comes before the appositive
    if (
        len(rest) > 1
        and len(_words(rest[1])) <= 8
        and not _ADJUNCT.match(rest[1])
        and (nearest.lower().startswith(("a ", "an ")) or not _has_name(_words(_head(nearest))))
    ):
        return rest[1]
    if len(_words(nearest)) > 12:
        return None
    return nearest


def _phrase_after(text: str, start: int) -> str:
    """The noun phrase right after *start*, up to a comma, a stop or a clause word."""
    end = start
    limit = min(len(text), start + 200)
    while end < limit and text[end] not in ',;:“”"()—!?':
        end += 1
    phrase = text[start:end].strip()
    issued = _ISSUED_BY_AHEAD.match(phrase)
    head = issued.end() if issued is not None else 0  # "figures released late on Monday by X"
    cut = _np_cut(" " + phrase[head:])
    if cut > 0:
        phrase = phrase[: head + cut - 1]
    return _TRAILING_JUNK.sub("", phrase).strip(" ,")


#: A document and how it came out, up to who issued it: "figures released late on Tuesday
#: by" (its time or place is no end of the phrase: the issuer follows).
_ISSUED_BY_AHEAD: Final = re.compile(
    rf"(?:[\w'’\-]+\s+){{1,4}}?{_ISSUING}\s+(?:[\w'’\-]+\s+){{1,5}}?by\s+(?=\S)",
    re.IGNORECASE,
)


#: The word after an -ing word, when it may be the institution the -ing word names.
_NEXT_WORD: Final = re.compile(r"\s+([\w'’]+)")


def _np_cut(phrase: str) -> int:
    """
    Where a speaker phrase ends (see ``_NP_CUT``), or -1 when it runs to its end.

    An -ing word that modifies an institution is part of its name: "the housing
    ministry", "the mining department" (a participle ends the phrase: "officials
    briefing reporters").

    >>> _np_cut(" the housing ministry"), _np_cut(" officials briefing reporters")
    (-1, 10)
    >>> _np_cut(" local officials 12 people died"), _np_cut(" the 2021 census")
    (16, -1)
    """
    figure = _FIGURE_AFTER_SOURCE.search(phrase)
    limit = figure.start() if figure is not None else len(phrase)
    for cut in _NP_CUT.finditer(phrase, 0, limit):
        word = cut.group(0).strip().lower()
        after = _NEXT_WORD.match(phrase, cut.end())
        if word.endswith("ing") and after and _bare(after.group(1)) in ORGANIZATION_CUES | _STATE:
            continue
        return cut.start()
    return figure.start() if figure is not None else -1


#: A figure that opens the clause after a source set off by no comma: "according to
#: local officials 12 people died" (a count, not a year or an ordinal: "the 2021 census",
#: "the 3rd brigade").
_FIGURE_AFTER_SOURCE: Final = re.compile(
    r"(?<=\w)\s+(?=(?:\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,}|(?!19|20)\d{4})\s+[a-z])"
)


#: ", Marta Quispe" closing an apposition: up to four words, each capitalised or a title.
_APPOSED_NAME: Final = re.compile(
    r"\s*,\s*((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*)\s*(?=[,.;!?]|$)"
)


def _apposed_name(text: str, np: str, end: int) -> str | None:
    """
    The name set after an office holder's title: "the regional governor, Marta Quispe".

    *np* is the phrase that ends at *end*; None unless it names an office by its title
    (or an unnamed official) and a person's name follows it between commas or at the end.
    """
    kind = _classify(np)
    if kind is None or kind[0] not in {"named_person", "anonymous_official"}:
        return None
    if kind[0] == "named_person" and _has_name(_words(_head(np))):
        return None  # already named: "Governor Ana Obi, a lawyer"
    found = _APPOSED_NAME.match(text, end, min(len(text), end + 80))
    if found is None:
        return None
    words = _words(found.group(1))
    return (
        found.group(1)
        if _has_name(words)
        and _classify(found.group(1))
        == (
            "named_person",
            None,
        )
        else None
    )


# --------------------------------------------------------------------------- finding


_CONFLICT: Final = re.compile(
    r"\b(?:fired|launched|missiles?|rockets?|drones?|strikes?|struck|attack(?:s|ed)?|forces|troops|guards|"
    r"retaliat\w*|targeted|shot\s+down|intercepted|militants?|soldiers|army|offensive|shelling|"
    r"shelled|raids?|bombed|bombardments?|fighters)\b",
    re.IGNORECASE,
)


#: A natural hazard "strikes" as an army does: "an earthquake struck the province".
_HAZARD: Final = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|storms?|cyclones?|typhoons?"
    r"|hurricanes?|tornado(?:e?s)?|tsunamis?|landslides?|mudslides?|avalanches?|lightning|heatwaves?)\b",
    re.IGNORECASE,
)
_STRUCK: Final = frozenset({"struck", "strike", "strikes"})


@functools.lru_cache(maxsize=64)
def _conflict(sentence: str) -> bool:
    """
    Whether a sentence tells of armed conflict (state media then speak for a side).

    A hazard's strike is none:

    >>> _conflict("A strong earthquake struck the province, state television reported.")
    False
    >>> _conflict("A drone struck the base, state television reported.")
    True
    """
    words = {m.group(0).lower() for m in _CONFLICT.finditer(sentence)}
    if words and words <= _STRUCK and _HAZARD.search(sentence) is not None:
        return False
    return bool(words)


@functools.lru_cache(maxsize=64)
def _anonymous(sentence: str) -> bool:
    """Whether a sentence holds an anonymity cue (read once per sentence, not per speaker)."""
    return _ANONYMITY.search(sentence) is not None


#: A group telling of its own fighters' deeds: "its fighters", "it killed", "its men".
_OWN_FIGHTERS: Final = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:fighters|militants|gunmen|men|combatants|mujahideen)\b"
    r"|\b(?:it|they)\s+(?:had\s+|have\s+|has\s+)?(?:killed|ambushed|attacked|shot\s+down|targeted|fired|"
    r"launched|carried\s+out)\b",
    re.IGNORECASE,
)


def _speaks_for_fighters(np: str, sentence: str) -> bool:
    """Whether a group (or its armed wing) speaks of its own fighters: then it is a party."""
    head = _words(_head(np))
    return (
        bool(head)
        and (_bare(head[-1]) in _GROUP_HEADS or (_bare(head[-1]) == "wing" and len(head) > 1))
        and _OWN_FIGHTERS.search(sentence) is not None
    )


#: What a body issues or posts on (``lang/en/attribution.toml``), as alternatives.
_BODY_DOCUMENTS: Final = _alternation(sorted(_CUES["body_documents"]))
_PLATFORMS: Final = _alternation(sorted(_CUES["platforms"]))
#: What follows a name that speaks as a body, not a person: "X said on its channel",
#: "X said in a statement that it had killed 30", "X said its fighters ...". A person's
#: statement ("Maria Lopez said in a statement that ...") names no "its".
_AS_BODY: Final = re.compile(
    r"\s*(?:,[^,]{1,60},\s*)?(?:[a-z]+\s+)?(?:said|says|claimed|claims|announced|stated|added|"
    r"reported|wrote|posted)\s+(?:(?:on|late|early|last)\s+(?!(?:its|a|an|the)\s)\w+\s+)?"
    r"(?:(?P<via>in|on|via|through)\s+(?P<owner>a|an|its)\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:{_BODY_DOCUMENTS})\b)?"
    r"(?:\s+(?:on|late|early|last)\s+\w+)?(?:\s*,?\s*that)?\s*"
    r"(?P<self>its\s+(?:own\s+)?(?:fighters|militants|gunmen|men|combatants|mujahideen|members|forces)\b"
    r"|it\s+(?:had\s+|has\s+|have\s+)?(?:killed|ambushed|attacked|shot\s+down|targeted|fired|"
    r"launched|carried\s+out|struck|downed|destroyed)\b)?",
    re.IGNORECASE,
)


#: How a body, not a person, is written after a one-word name: "X, which ...", "X say",
#: "X said in a statement", "X said on Telegram" (a time word may come between).
_ONE_WORD_BODY: Final = re.compile(
    r"\s*(?:,\s*which\b|(?:(?:also|later|earlier|then)\s+)?(?:(?P<plural>say)\b|(?:said|says|announced|"
    r"stated|added|reported|wrote|posted|claimed|claims)\s+(?:(?:(?:late|early|last)\s+(?:on\s+)?|"
    rf"on\s+)(?!(?:{_PLATFORMS}|a|an|its|their|the)\b)\w+\s+)?(?:(?:in|on|via|through)\s+"
    r"(?:a|an|its|their)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{_BODY_DOCUMENTS})\b|(?:on|via)\s+(?:{_PLATFORMS})\b)))",
    re.IGNORECASE,
)


def _one_word_body(np: str, sentence: str, at: int) -> bool:
    """
    Whether a one-word name with no title speaks as a body ("Talvar said in a statement").

    A plural verb ("Talvar say") counts only inside a sentence: a capital that opens one
    may be a common noun's ("Co-workers say").

    >>> _one_word_body("Talvar", "Talvar said on Telegram that 3 died.", 0)
    True
    >>> _one_word_body("Karimi", "Karimi said 3 died.", 0), _one_word_body("Ana Obi", "Ana Obi said in a statement", 0)
    (False, False)
    >>> _one_word_body("Classmates", "Classmates say 3 died.", 0)
    False
    """
    words = _words(np)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    if _apposed_to_body(sentence[:at]):
        return True  # "The operator of the mine, Coalcorp, said": the body's own name
    found = _ONE_WORD_BODY.match(sentence, at + len(np))
    opens = not sentence[:at].strip(" \"'“‘")
    return found is not None and not (found.group("plural") and opens)


def _apposed_to_body(before: str) -> bool:
    """
    Whether what stands before a name is a body named by what it is, then a comma.

    >>> _apposed_to_body("The operator of the mine, "), _apposed_to_body("The company, ")
    (True, True)
    >>> _apposed_to_body("The army spokesman, "), _apposed_to_body("The regional governor, ")
    (False, False)
    """
    before = before.rstrip()
    if not before.endswith(","):
        return False
    prior = before[:-1].rsplit(",", 1)[-1].strip()
    head = _words(_head(prior))
    if not head or len(head) > _BODY_WORDS or _has_name(head):
        return False
    last = _bare(head[-1])
    return last in ORGANIZATION_CUES and last not in _SPOKES | _TITLES | _OFFICIAL_NOUNS


#: A body named by what it is, before its own name set off by commas, is a short phrase.
_BODY_WORDS: Final = 5


def _as_body(np: str, sentence: str) -> str | None:
    """
    The kind of a name that speaks of itself as "it": ``party`` or ``organization``.

    None when the name speaks as a person (or the sentence does not show it).

    >>> _as_body("Al-Shabaab", "Al-Shabaab said in a statement that it had killed 30 soldiers.")
    'party'
    >>> _as_body("Northwind", "Northwind said on its website that 3 were hurt.")
    'organization'
    >>> _as_body("Maria Lopez", "Maria Lopez said in a statement that 5 were hurt.") is None
    True
    """
    at = sentence.find(np) if np else -1
    found = _AS_BODY.match(sentence, at + len(np)) if at >= 0 else None
    if found is None:
        return "organization" if at >= 0 and _one_word_body(np, sentence, at) else None
    if found.group("self"):
        return "party"
    if found.group("owner") and found.group("owner").lower() == "its":
        return "organization"
    return "organization" if _one_word_body(np, sentence, at) else None


#: People who know from inside, unnamed: "people familiar with the talks", "two
#: people briefed on the inquiry", "those with knowledge of the matter".
_INSIDERS: Final = re.compile(
    r"\b(?:familiar\s+with|briefed\s+on|privy\s+to|(?:direct\s+)?knowledge\s+of)\b",
    re.IGNORECASE,
)
_SPOKES: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
_COMMANDERS: Final = frozenset({"commander", "commanders", "leader", "leaders", "chief", "chiefs"})
#: Whom a spokesperson speaks for: "a spokesman [for] the militia".
_SPOKES_FOR: Final = re.compile(
    r"\bspokes(?:man|woman|person|people)\s+(?:for|of)\s+(.{2,80})$", re.IGNORECASE
)


#: Whom a commander leads: "a commander of the rebel brigade" (a party's own voice, as
#: "a rebel commander" is).
_COMMANDER_OF: Final = re.compile(
    r"\b(?:commanders?|leaders?|chiefs?)\s+(?:for|of|in|with)\s+(.{2,80})$", re.IGNORECASE
)


def _spokesman_of_party(np: str, *, roles: frozenset[str] = _SPOKES) -> bool:
    """
    Whether an unnamed spokesperson (or another of *roles*) speaks for a party to a conflict.

    >>> _spokesman_of_party("A spokesman for the Red Sickle militia"), _spokesman_of_party("a rebel spokesman")
    (True, True)
    >>> _spokesman_of_party("a spokesman for the army")
    False
    """
    head = [_bare(w) for w in _words(_head(np))]
    if not head or head[-1] not in roles:
        return False
    found = (_SPOKES_FOR if roles is _SPOKES else _COMMANDER_OF).search(np)
    owner = found.group(1) if found else " ".join(head[:-1])
    classified = _classify(owner) if owner else None
    return classified is not None and classified[0] == "party"


#: An apposition that says what a name is: ", a volunteer group," or ", the war monitor".
_DESCRIPTION: Final = re.compile(r"\s*,\s*((?:a|an|the)\s[^,;.()\"“”]{2,60}?)\s*(?:[,;.]|$)")
#: What describes a person, not a body: "Karimi, a spokesman for the ministry".
_PERSON_HEADS: Final = _SPOKES | _TITLES | _OFFICIAL_NOUNS


def _described(np: str, sentence: str) -> str | None:
    """
    The kind an apposition gives a named speaker: ``organization``, ``media`` or ``party``.

    None when no apposition follows *np* in *sentence*, or it describes a person.

    >>> _described("Airwars", "Airwars, a monitoring group, said 12 people died.")
    'organization'
    >>> _described("Karimi", "Karimi, a local doctor, said 12 people died.") is None
    True
    """
    at = sentence.find(np) if np and _has_name(_words(_head(np))) else -1
    found = _DESCRIPTION.match(sentence, at + len(np)) if at >= 0 else None
    if found is None:
        return None
    head = _words(_head(found.group(1)))
    if not head or _bare(head[-1]) in _PERSON_HEADS or _has_name(head):
        return None
    kind = _classify(found.group(1))
    return kind[0] if kind is not None and kind[0] in {"organization", "media", "party"} else None


#: An anonymity clause set right after a speaker: ", who asked not to be named,".
_OWN_ANONYMITY: Final = re.compile(r"\s*,([^,;]{1,120})(?:,|$)")


def _anonymous_spokesman(np: str, sentence: str) -> bool:
    """
    Whether an unnamed spokesperson asks, in the clause after it, not to be named.

    >>> _anonymous_spokesman("A spokesman", "A spokesman, who declined to be named, said 4 died.")
    True
    >>> _anonymous_spokesman("A spokesman", "A spokesman said 4 died, officials said on condition of anonymity.")
    False
    """
    head = _words(_head(np))
    if not head or _bare(head[-1]) not in _SPOKES or _has_name(head):
        return False
    at = sentence.find(np)
    found = _OWN_ANONYMITY.match(sentence, at + len(np)) if at >= 0 else None
    return found is not None and _ANONYMITY.search(found.group(1)) is not None


#: Heads of a phrase that is a figure, never its speaker: "the provincial toll".
_TOLL_HEADS: Final = frozenset({"toll", "tolls", "tally", "tallies"})


def _is_toll(np: str) -> bool:
    """
    Whether a phrase is a toll by its head word.

    >>> _is_toll("the provincial toll"), _is_toll("a tally of the dead"), _is_toll("officials")
    (True, True, False)
    """
    head = _words(_head(np))
    return bool(head) and head[-1].lower() in _TOLL_HEADS


def _party_outlet(np: str) -> bool:
    """
    Whether an outlet is owned by a party to a conflict, by its possessive name.

    >>> _party_outlet("the group's Amaq news agency"), _party_outlet("Hezbollah's television")
    (True, True)
    >>> _party_outlet("the government's news agency"), _party_outlet("the rebel-held city's radio")
    (False, False)
    """
    words = _words(_head(np))
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s", "s'", "s’"))]
    if not owners:
        return False
    owner = [_bare(w).rstrip("'’") for w in words[: owners[-1] + 1]]
    return owner[-1] == "group" or names_party(owner[-1:])


def _bystander(np: str) -> bool:
    """
    Whether a speaker is one of the people of the place, whose anonymity makes no official.

    >>> _bystander("A resident"), _bystander("two witnesses"), _bystander("a police source")
    (True, True, False)
    """
    words = _words(_head(np))
    return bool(words) and _bare(words[-1]) in _BYSTANDERS


def _make(np: str, sentence: str) -> tuple[Attribution, str | None] | None:
    classified = _classify(np)
    if classified is None or (classified[0] == "vague" and _is_toll(np)):
        return None  # "The toll was revised to 41": a toll says nothing (its owner may)
    kind, ref = classified
    if ref == "state" or (kind == "media" and _party_outlet(np)):
        # state media, and a party's own outlet ("the group's news agency", "Hezbollah's
        # television"), speak for their side of a conflict, else as outlets
        kind, ref = ("party" if _conflict(sentence) else "media"), None
    if (
        ref is None
        and kind in {"vague", "named_person"}
        and (_anonymous(sentence) or _INSIDERS.search(np) is not None)
        and (kind == "vague" or not _has_name(_words(_head(np))))
        and not _bystander(np)
    ):
        kind = "anonymous_official"
    if kind == "named_person" and (body := _as_body(np, sentence)) is not None:
        kind = body  # "Al-Shabaab said in a statement that it had killed 30 soldiers"
    elif kind in {"named_person", "media", "vague"} and (described := _described(np, sentence)):
        kind = described  # "Airwars, a monitoring group, said": what the apposition says it is
    if kind == "organization" and _anonymous_spokesman(np, sentence):
        kind = "anonymous_official"  # "a spokesman, who asked not to be named, said"
    if kind == "organization" and (_speaks_for_fighters(np, sentence) or _spokesman_of_party(np)):
        kind = "party"  # "The group said its fighters killed 12", "a militia spokesman said"
    elif kind == "anonymous_official" and _spokesman_of_party(np, roles=_COMMANDERS):
        kind = "party"  # "a commander of the rebel brigade said", as "a rebel commander said"
    if kind == "none":
        return Attribution("none", np), ref
    source = _source_text(np, kind)
    return Attribution(kind, source, chain=(source,)), ref


def classify_speaker(phrase: str, sentence: str = "") -> Attribution | None:
    """
    The attribution a speaker phrase stands for on its own, or None when it names nobody.

    Args:
        phrase: A noun phrase such as ``"Security officials"`` or ``"the Lake Front"``.
        sentence: The sentence around it (anonymity cues are read there).

    >>> classify_speaker("Security officials").kind
    'anonymous_official'
    >>> classify_speaker("which") is None
    True
    """
    made = _make(phrase, sentence)
    if made is None or made[0].kind == "none":
        return None
    return made[0]


_STATE: Final = _cue_words("state")


def is_state_actor(phrase: str) -> bool:
    """
    Whether a phrase names a state or one of its institutions (government, army, ministry).

    A named armed group ("the Free Delta Army") or any other group is not one.

    >>> is_state_actor("Tehran"), is_state_actor("the defence ministry"), is_state_actor("the Free Delta Army")
    (True, True, False)
    """
    made = _classify(phrase)
    if made is None or made[0] != "organization":
        return False
    words = [_bare(w) for w in _words(_head(phrase))]
    if len(words) == 1 and words[0] in ORGANIZATION_CUES:
        return True  # a country or a capital speaking for its state
    if is_capital(_head(phrase)) or (bool(words) and words[-1] in _SIDES):
        return True  # "Islamabad", "New Delhi"; "the Ukrainian side"
    return bool(words) and words[-1] in _STATE and not _has_name(_words(_head(phrase)))


def names_someone(phrase: str) -> bool:
    """
    Whether a noun phrase holds a name (not only titles, places, nationalities or cue words).

    >>> names_someone("the Lebanese movement"), names_someone("the Delta Vanguard")
    (False, True)
    """
    return _has_name(_words(_head(phrase)))


def explicit_speaker(text: str, at: int = 0) -> Attribution | None:
    """
    The first speaker named in the clause of *text* that holds offset *at*, or None.

    Pronouns and short references do not count; clauses are cut as in
    ``attribute_clause`` (semicolons, "while", "whereas", ", but").

    >>> explicit_speaker("No group has claimed the attack, police said.").kind
    'organization'
    >>> explicit_speaker("No group has claimed it, but police blamed a gang.") is None
    True
    """
    starts, clauses, _ = _clauses(text)
    return clauses[max(0, bisect.bisect_right(starts, at) - 1)][2]


@functools.lru_cache(maxsize=512)
def _find(text: str) -> tuple[_Found, ...]:
    """Every attribution written in one sentence, in text order (cached: clauses repeat)."""
    return tuple(_find_uncached(_speech_verbs_lowered(text)))


#: A word of a headline: letters, with inner hyphens and apostrophes ("Al-Shabaab", "Israel's").
_HEADLINE_WORD: Final = re.compile(r"[A-Za-z][\w'’\-]*")
#: Words this long or longer tell a headline's case ("In", "Of" and "At" may stay lower).
_LONG_WORD: Final = 4
#: A headline is in title case when at least this share of its words of four letters or more
#: are capitalised (sentence case capitalises names only, rarely most of the words).
_TITLE_CASE_SHARE: Final = 0.8
#: Fewer long words than this tell nothing of a headline's case ("Gunmen Kill 3").
_TITLE_CASE_WORDS: Final = 3


def title_case_words(text: str) -> list[re.Match[str]] | None:
    """
    The words of *text* when it is written in title case ("Flood Kills 30, Officials Say").

    >>> [w.group() for w in title_case_words("Flood Kills 30, Officials Say") or []]
    ['Flood', 'Kills', 'Officials', 'Say']
    >>> title_case_words("Flood kills 30 in Kenya, officials say") is None
    True
    """
    words = list(_HEADLINE_WORD.finditer(text))
    long_words = [w.group() for w in words if len(w.group()) >= _LONG_WORD]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    if len(long_words) < _TITLE_CASE_WORDS or capitalised < _TITLE_CASE_SHARE * len(long_words):
        return None
    return words


#: Speech verbs of a title-case headline (``lang/en/attribution.toml``): "Officials Say".
_HEADLINE_SPEECH_VERBS: Final = _cue_words("headline_speech_verbs")


def _speech_verbs_lowered(text: str) -> str:
    """
    *text* with its speech verbs in lower case when it is written in title case.

    A title-case headline capitalises its verb ("Flood Kills 30, Officials Say"); the speaker
    keeps its capitals, which tell a name from an office. Offsets hold.

    >>> _speech_verbs_lowered("Flood Kills 30 In Kenya, Red Cross Says")
    'Flood Kills 30 In Kenya, Red Cross says'
    """
    words = title_case_words(text) if text[:1].isupper() else None
    if words is None:
        return text
    out = list(text)
    for word in words[1:]:
        if word.group().lower() in _HEADLINE_SPEECH_VERBS or word.group() == "To":
            out[word.start()] = word.group()[0].lower()  # "According To Police": "to"
    return "".join(out)


#: A determiner or preposition ending a text (before its trailing spaces): the verb
#: after it is a noun ("the reports", "false claims") or an infinitive ("to say").
_NOUN_DETERMINER_END: Final = re.compile(
    r"\b(?:the|a|an|false|these|those|such|its|their|his|her|of|new|no|some|other|many|several|"
    r"unconfirmed|local|initial|early|earlier|media|news|press|conflicting|preliminary|first|"
    r"immediate|further|any)\s+$",
    re.IGNORECASE,
)
_DETERMINER_END: Final = re.compile(
    r"\b(?:the|a|an|its|their|his|her|to|of|for|by|with|from|about)\s+$", re.IGNORECASE
)


_THAT_AFTER: Final = re.compile(r"\s*that\b")


#: A verb that gives a figure with its object: "put the toll at", "gave new figures".
_FIGURE_RE: Final = re.compile(
    rf"\b{_alternation(_CUES['figure_verbs'])}\s+"
    rf"(?:(?:{_alternation(_CUES['figure_modifiers'])}|\d[\d,.]*+)\s+){{0,3}}"
    rf"{_alternation(_CUES['figure_nouns'])}\b"
    # "..., while the rebels put it at more than 50": "it" is the toll named before
    r"|\b(?:put|puts|putting|placed|places|estimated|estimates|estimate)\s+(?:it|them)\s+at\b",
    re.IGNORECASE,
)
_FIGURE_KEYS: Final = literal_union(tuple(sorted(_CUES["figure_nouns"])))
_QUOTES: Final = ('"', "“", "‘", "'", "«")
#: A speech verb whose words follow a colon: "said in a statement:", "wrote on Telegram:".
_SAID_COLON: Final = re.compile(
    r"\b(?:said|says|wrote|writes|stated|states|added|adds|announced|announces|declared|"
    r"declares|posted|tweeted|told\s+[\w.]+)(?:\s+(?:in|on|to|at|via|through|from|late|early|"
    r"earlier|later|yesterday|today|overnight|this|last)\b[^.:;\"“”]{0,50}?)?:(?=\s|$)",
    re.IGNORECASE,
)
#: A sentence that announces figures the next sentences give ("X gave new figures").
_INTRODUCES: Final = re.compile(
    rf"\b(?:{_alternation(_CUES['figure_verbs'])}|announced|published|released)\s+"
    rf"(?:{_alternation(_CUES['figure_modifiers'])}\s+){{0,3}}"
    r"(?:figures|tolls?|tally|details|breakdown|numbers|count|casualty\s+figures)\b(?![^.]*\d)",
    re.IGNORECASE,
)


_PARTICIPLE_START: Final = re.compile(
    r"(?:saying|adding|noting|stating|explaining|insisting|warning|citing)\b", re.IGNORECASE
)
_DATELINE: Final = re.compile(r"[A-Z][A-Z .,'’\-]{1,40}\s[—–-]\s")
_AUX_WORDS: Final = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "did",
        "does",
        "do",
        "can",
        "could",
        "may",
    ]
)


def lead_subject(text: str) -> str | None:
    """
    The subject a sentence opens with: its words before the first verb (dateline skipped).

    >>> lead_subject("KABUL — The interior ministry rejected the report on Monday.")
    'The interior ministry'
    """
    head = text[:260]
    dateline = _DATELINE.match(head)
    words = head[dateline.end() if dateline else 0 :].split()
    subject: list[str] = []
    for word in words[:12]:
        low = word.lower().strip(",;:")
        if (
            subject
            and word[:1].islower()
            and (low.endswith("ed") or low in SPEECH_VERBS | _AUX_WORDS)
            and "-" not in low  # "Sudan's army-aligned government": an adjective, no verb
        ):
            return " ".join(subject)
        subject.append(word)
        if word.endswith((",", ";", ":")):
            return None
    return None


def _reduced_relative(verb: str, before: str, after_text: str) -> bool:
    """A participle after a noun with its agent: "the two deaths acknowledged by the government"."""
    return (
        verb.endswith(("ed", "said", "told"))
        and before[-1:] == " "
        and before.rstrip()[-1:].isalpha()
        and _BY_AGENT.match(after_text) is not None
    )


#: "by" before an agent, not before a means: "said by telephone" names no one.
_BY_AGENT: Final = re.compile(
    r"\s+by\s(?!\s*(?:(?:tele)?phone|text|e-?mail|video|radio|satellite|messag|letter|post\b))",
    re.IGNORECASE,
)


#: Participles of issuing a document that are also speech verbs ("posted").
_ISSUING_WORDS: Final = frozenset(_CUES["issuing"])
#: The agent of an issuing participle a few words on: "posted late on Monday by the ministry"
#: (at most five words, none opening a clause, stand before "by").
_ISSUED_LATER_AGENT: Final = re.compile(
    r"(?:\s+(?!(?:that|saying|as)\b)[\w'’\-]+){0,5}?\s+by\s"
    r"(?!\s*(?:(?:tele)?phone|text|e-?mail|video|radio|satellite|messag|letter|post\b))",
    re.IGNORECASE,
)


#: What an anonymous speaker asks for: "asked that her name be withheld", "requested
#: that their names not be used", "asked not to be named" (the verb is no speech).
_ANONYMITY_ASKED: Final = re.compile(
    r"\s+(?:that\s+)?(?:(?:her|his|their|its)\s+(?:full\s+|real\s+)?names?\s+"
    r"(?:not\s+)?(?:be|being)\s+(?:withheld|used|published|given|disclosed|printed)|"
    r"not\s+to\s+be\s+(?:named|identified|quoted)|anonymity)\b",
    re.IGNORECASE,
)


def _not_speech(verb: str, before: str, after_text: str) -> bool:
    """
    Whether a speech verb is used for something else here.

    Nouns ("the reports", "false claims"), infinitives ("declined to say"), adjectives
    ("an estimated 500"), a declaration with a noun object ("declared three days of
    mourning", "maintains 40,000 troops"), "claims to be".
    """
    if _not_speech_by_what_follows(verb, after_text):
        return True
    # the words right before the verb; every word the tests below look for is at
    # most 5 letters long (13 for the adjectives before a noun) and ends where the
    # trailing spaces begin
    end = len(before.rstrip())
    tail = max(0, end - 6)
    if verb.endswith("ed") and _FIGURE_BEFORE.search(before):
        return True  # "up from the 8 reported last week": the figure's participle
    if verb.endswith("ed") and _STATE_AFTER.match(after_text):
        return True  # "with 19 confirmed dead", "12 reported missing": the state's participle
    if _CITED_FIGURES.search(before):
        return True  # "..., the mayor said, citing figures the hospital reported": a relay
    if verb in {"estimates", "estimate"} and not _ESTIMATE_OBJECT.match(after_text):
        return True  # "independent estimates suggest ...", "an estimate of": the noun
    if verb in _NOUN_LIKE and _NOUN_DETERMINER_END.search(before, max(0, end - 14)):
        return True  # nouns: "false claims", "the reports", "no immediate reports"
    if verb in _NOUN_LIKE and before[max(0, end - 1) : end] in {"-", "—", "–", ":"}:
        return True  # a headline's trailing hedge: "Floods kill 20 - reports"
    if verb in _NOUN_LIKE and _SPEECH_NEXT.match(after_text):
        return True  # "…, reports said": the noun is the subject of the verb after it
    passive = _PASSIVE_AFTER.get(verb)
    if passive is not None and passive.match(after_text):
        return True  # "blamed on", "cited by"; "a man accused of shooting": a participle
    if verb in _ADJECTIVAL and not _CLAUSE_OBJECT.match(after_text):
        return True  # "alleged training", "an estimated 500"
    if verb in _DECLARE_VERBS and not _CLAUSE_OBJECT.match(after_text):
        return True  # "declared three days of mourning"
    if verb in _RETRACT_VERBS and not _RETRACTED_OBJECT.match(after_text):
        return True  # "withdrew its troops": only "withdrew its statement that" gave a figure
    return _DETERMINER_END.search(before, tail) is not None


def _not_speech_by_what_follows(verb: str, after_text: str) -> bool:
    """Whether the words after a speech verb make it something else (see ``_not_speech``)."""
    if _TO_BE_AFTER.match(after_text) or (verb in _CLAIM_VERBS and _LIVES_AFTER.match(after_text)):
        return True  # "what Washington claims to be", "the blast claimed 90 lives"
    if verb in _ISSUING_WORDS and _ISSUED_LATER_AGENT.match(after_text):
        return True  # "an update posted late on Monday by the ministry": the document's participle
    if _ANONYMITY_ASKED.match(after_text):
        return True  # "a nurse, who asked that her name be withheld, said": the nurse speaks
    # "the toll showed no sign of slowing": a trend, no one's figure
    return verb in _SHOW_VERBS and _NO_SIGN.match(after_text) is not None


#: Speech verbs that are participles (passive or of a noun) before these words.
_PASSIVE_AFTER: Final[dict[str, re.Pattern[str]]] = {
    **dict.fromkeys(("blamed", "cited", "quoted"), re.compile(r"\s+(?:by|on|for)\b")),
    **dict.fromkeys(("accused", "accuses"), re.compile(r"\s+(?:of|by|in)\b")),
}
#: "…, local media report." closing a sentence: the present-tense verb (not a speech verb
#: elsewhere, where "report" is mostly the noun: "the police report said").
_REPORT_AT_END: Final = re.compile(
    r",\s*((?:[\w.'’\-]+\s+){0,2}[\w.'’\-]+)\s+report[.!?]?[\"”’']?\s*$"
)
#: A speech verb right after a noun-like word, which is then its subject: "reports said",
#: "estimates suggest".
_SPEECH_NEXT: Final = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:said|say|says|suggested|suggest|suggests|indicated|"
    r"indicate|indicates|showed|show|shows)\b"
)
_NOUN_LIKE: Final = frozenset(
    {"claim", "claims", "reports", "notes", "states", "estimate", "estimates", "say", "tell"}
)
#: The state of the counted people after a participle: "19 confirmed dead".
_STATE_AFTER: Final = re.compile(r"\s+(?:dead|killed|injured|wounded|hurt|missing|drowned)\b")
#: A figure right before a participle: "the 8 reported", "the 19 deaths announced".
_FIGURE_BEFORE: Final = re.compile(
    r"\bthe\s+(?:\d[\d,]*|dozens|hundreds|thousands|scores)(?:\s+[a-z]+)?\s*$", re.IGNORECASE
)
#: A relay's figures with their source in a relative clause: "citing figures (that) the
#: hospital reported" (the verb's subject is the relayed source, not the speaker).
_CITED_FIGURES: Final = re.compile(
    r"\b(?:citing|quoting)\s+(?:the\s+|new\s+|official\s+|preliminary\s+){0,2}"
    r"(?:figures|data|numbers|statistics|tallies|a\s+tally|a\s+count|a\s+toll|estimates)\s+"
    r"(?:that\s+|which\s+)?(?:[\w'’.\-]+\s+){1,5}$",
    re.IGNORECASE,
)
#: What the verb "estimates" takes: a clause or a figure ("the army estimates that ...").
_ESTIMATE_OBJECT: Final = re.compile(
    r"\s+(?:that\b|\d|about\b|around\b|some\b|at\s+least\b|more\s+than\b|nearly\b|"
    r"up\s+to\b|as\s+many\s+as\b|roughly\b|the\s+(?:death\s+)?toll\b)"
)
_CLAIM_VERBS: Final = frozenset({"claimed", "claims", "claim"})
#: A death toll as the object of "claimed": "claimed 90 lives", "claimed the lives of 17",
#: "has claimed at least 300 more lives" (an event's toll, no speaker's claim).
_LIVES_AFTER: Final = re.compile(
    r"\s+(?:the\s+lives?\s+of\b|(?:[\w.\-]+(?:,\d+)*\s+){0,4}?(?:lives|life)\b)", re.IGNORECASE
)
#: An attack set off by a comma before "claimed by": the claim is of the attack.
_CLAIMED_ATTACK: Final = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|strikes?|raids?|ambush|assault|explosion|kidnapping|"
    r"abduction|shelling)\s*,\s*(?:which\s+was\s+)?$",
    re.IGNORECASE,
)
#: Verbs that report speech only before a clause ("maintains that", "declared:",
#: "intelligence agencies assessed that", "…, officials fear."; not "calculated risks",
#: "determined to", "fear for their lives").
_DECLARE_VERBS: Final = frozenset(
    {"declared", "declares", "maintains", "maintained", "maintain", "contends", "contended"}
    | {"assessed", "assesses", "calculated", "calculates", "determined", "determines"}
    | {"fear", "fears", "found", "heard"}
    # "the spokesman repeated that the strike killed four", not "rebels repeated the attack"
    | {"repeated", "repeats", "reiterated", "reiterates"}
)
#: Verbs that take back what the speaker said, a speaker only before the statement they
#: take back ("the army retracted its statement that 40 had died": the army gave the 40).
_RETRACT_VERBS: Final = frozenset({"retracted", "retracts", "withdrew", "withdraws"})
#: The statement taken back, then its clause: "its earlier claim that", "a report that".
_RETRACTED_OBJECT: Final = re.compile(
    r"\s+(?:its|their|his|her|an?|the)\s+(?:(?:earlier|initial|previous|first|original)\s+)?"
    r"(?:statement|claim|report|announcement|assertion|figure|estimate)s?\s+that\b",
    re.IGNORECASE,
)
_RESPONSIBILITY_OBJECT: Final = re.compile(
    r"\s+(?:full\s+|sole\s+)?(?:responsibility|credit)\b"
    r"|\s+(?:(?:the|a|an|this|that|its|their|\w+day[’']s|last\s+\w+[’']s)\s+)?"
    r"(?:(?!(?:killed|dead|died|wounded|injured|hurt|missing)\b)[\w’'\-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|strikes?|raids?|ambush|assault|kidnapping|abduction|explosion)\b"
    r"(?!\s+(?:had|has|have|was|were|would|will|is|are|did|killed|wounded|injured|left|caused)\b)",
    re.IGNORECASE,
)
_DENY_VERBS: Final = frozenset({"denied", "denies", "deny"})
#: A deed denied (a stance, no figure): "denied any role in the raid", "denied responsibility
#: for the blast", "denied shelling the
#: market" ("denied that 40 died" denies a figure, so it still speaks of one).
_DENIED_DEED: Final = re.compile(
    r"\s+(?:(?:any|all|its|their)\s+)?(?:role|involvement|responsibility|part)\s+(?:in|for)\b"
    r"|\s+(?:carrying\s+out|being\s+behind|targeting|shelling|attacking|bombing|striking|"
    r"firing\s+on|launching|conducting)\b",
    re.IGNORECASE,
)
#: What a verb that reports only a clause takes: "that", a colon or a quote, maybe after
#: a time or manner adjunct ("estimated on Friday that", "assessed in a report that").
_CLAUSE_OBJECT: Final = re.compile(
    r"\s*(?:(?:(?:on\s+)?\w+day|last\s+\w+|this\s+\w+|earlier|later|privately|publicly|"
    r"separately|in\s+(?:a|an|its|their)\s+[\w\-]+(?:\s+[\w\-]+)?)\s*)?"
    r"(?:that\b|,|:|[\"“]|[.!?][\"”’']?\s*$|$)",
    re.IGNORECASE,
)


def _find_uncached(text: str) -> list[_Found]:
    """Every attribution written in one sentence, in text order."""
    found: list[_Found] = []
    prefix = _PREFIX.match(text)
    if (
        prefix
        and _is_media(prefix.group(1))
        and (prefix.group(1).isupper() or _OUTLETS_MULTI.fullmatch(prefix.group(1)))
    ):
        name = prefix.group(1)
        found.append(_Found(Attribution("media", name, chain=(name,)), 0))
    elif (speaker := _SPEAKER_PREFIX.match(text)) and _bare(
        speaker.group(1).split()[-1]
    ) in _STATE | _OFFICIAL_NOUNS | _TITLES:
        made = _make(speaker.group(1), text)  # "Ministry: 210 killed", "Hospital director: ..."
        if made is not None and made[0].kind in {
            "organization",
            "anonymous_official",
            "named_person",
        }:
            found.append(_Found(made[0], 0, made[1]))
    stripped = text.rstrip(" .!?\"”’'")
    for match in _VERB_RE.finditer(text):
        one = _at_verb(text, match, len(stripped))
        if one is not None:
            found.append(one)
    found = [f for f in found if not _in_rejected(text, f.position)]
    givers = _figure_givers(text, found)
    found = _closing_relay(found, givers) or [*found, *givers]
    found.extend(_by_count(text))
    found.extend(_trailing_source(text))
    tail = max(0, len(text) - 60)
    at_end = _REPORT_AT_END.search(text, tail) if "report" in text[tail:] else None
    made_end = _make(at_end.group(1), text) if at_end else None
    if at_end and made_end:
        found.append(_Found(made_end[0], at_end.end(1) + 1, made_end[1], final=True))
    found = [f for f in found if not _in_rejected(text, f.position)]
    found.sort(key=lambda f: f.position)
    _relays(text, found)
    _another(found)
    return found


#: A quick test for the words that open a rejected or compared figure (most sentences have none).
_REJECTS: Final = re.compile(
    r"\b(?:not|than|instead|below|above|from|contrary|unlike|despite|contrast|double|twice|"
    r"triple|times|compared|against)\s",
    re.IGNORECASE,
)
_FIGURE_WORD: Final = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a\s+dozen|dozens|hundreds)"
)
#: A figure set against the one a sentence keeps, with the words of whoever gave it: "(19,)
#: not 23 as some media reported", "rather than the 55 that local media gave", "lower than the
#: 40 given by the rebels". Its speaker stands behind that figure only, never the kept one.
#: The tail stops at a punctuation mark or a new clause, at most 100 characters.
_REJECTED_SPAN: Final = re.compile(
    r"\b(?:not\s+(?:the\s+)?|(?:rather\s+than|instead\s+of)\s+(?:the\s+)?|"
    r"(?:lower|higher|fewer|less|smaller|larger|greater|more|below|above|short\s+of)\s+"
    r"(?:than\s+)?the\s+|(?:up|down)\s+from\s+(?:the\s+)?|"
    r"(?:double|twice|triple|three\s+times)\s+the\s+|(?:compared\s+(?:with|to)|against)\s+(?:the\s+)?)"
    + _FIGURE_WORD
    + r",?(?:\s+[a-z]+){0,2}?\s+"
    r"(?:as|that|which|reported|given|cited|claimed|announced|quoted|released|published|"
    r"provided|circulated|put\s+forward|gave|had\s+given)\b"
    r"(?:(?!\s(?:and|but|while|whereas|although)\b)[^,;:.!?()\"“”—–]){0,100}",
    re.IGNORECASE,
)
#: Who gave a rejected figure, inside its span: "as (some media) reported", "that (the
#: governor) had given".
_REJECTED_SPEAKER: Final = re.compile(
    r"(?:\b(?:as|that|which)|\d(?=\s))\s+(?!(?:first|initially|earlier|previously|originally|"
    r"widely|officially|was|were|had|has|is|as|that|which)\b)(?P<np>[\w'’.\-]+(?:\s+[\w'’.\-]+){0,5}?)\s+"
    r"(?:(?:had|has|have|first|initially|earlier|previously|originally|wrongly|widely)\s+)*"
    r"(?:reported|said|says|claimed|claims|announced|stated|estimated|gave|given|cited|"
    r"suggested|put\s+it|put\s+out|published|circulated)\b",
    re.IGNORECASE,
)


#: Reports set aside by the sentence's own figure: "(40 died,) contrary to reports of 23
#: dead", "Unlike earlier accounts that 70 died, ...". The reports are a vague source of
#: their figure; the sentence's speaker stands behind its own figure only.
_SET_ASIDE: Final = re.compile(
    r"\b(?:contrary\s+to|unlike|despite|in\s+contrast\s+to)\s+"
    r"(?P<np>(?:the\s+|some\s+)?(?:[\w\-]+\s+){0,2}?(?:reports|accounts|claims|rumou?rs|estimates))"
    r"\s+(?:of|that)\s[^,;:.!?()\"“”—–]{1,80}",
    re.IGNORECASE,
)


def rejected_figure_source(text: str, at: int) -> Attribution | None:
    """
    Who stands behind a figure the sentence rejects or sets against its own, or None.

    In "The toll stands at 19, not 23 as some media reported" the 23 is the media's,
    and the 19 is not (its sentence names no speaker).

    Args:
        text: The sentence.
        at: Offset in *text* where the figure starts.

    >>> rejected_figure_source("The toll stands at 19, not 23 as some media reported.", 27).source
    'some media'
    >>> rejected_figure_source("The toll stands at 19, not 23 as some media reported.", 19) is None
    True
    >>> rejected_figure_source("Officials said 40 died, contrary to reports of 23 dead.", 48).source
    'reports'
    """
    starts, spans = _rejected_spans(text)
    index = bisect.bisect_right(starts, at) - 1
    if index < 0 or at >= spans[index][1]:
        return None
    return spans[index][2]


def _in_rejected(text: str, at: int) -> bool:
    """Whether offset *at* of *text* lies in the words of a rejected figure ("not 23 as X said")."""
    starts, spans = _rejected_spans(text)
    index = bisect.bisect_right(starts, at) - 1
    return index >= 0 and at < spans[index][1]


@functools.lru_cache(maxsize=256)
def _rejected_spans(
    text: str,
) -> tuple[tuple[int, ...], tuple[tuple[int, int, Attribution | None], ...]]:
    """The rejected figures of a sentence, read once: their starts, and (start, end, speaker)."""
    if _REJECTS.search(text) is None:
        return (), ()
    spans = []
    for span in _REJECTED_SPAN.finditer(text):
        speaker = _REJECTED_SPEAKER.search(span.group(0))
        made = classify_speaker(speaker.group("np"), text) if speaker else None
        keep = made if made is not None and made.kind not in {"vague", "none"} else None
        spans.append((span.start(), span.end(), keep))
    for aside in _SET_ASIDE.finditer(text):
        np = aside.group("np")
        vague = Attribution("vague", np, chain=(np,))
        spans.append((aside.start(), aside.end(), classify_speaker(np, text) or vague))
    spans.sort(key=lambda span: span[0])
    return tuple(a for a, _, _ in spans), tuple(spans)


#: A second speaker of the same kind as the one before: "One official said 16; another
#: put the number at 21".
_ANOTHER: Final = frozenset({"another", "another one", "a second", "a third", "the other"})


def _another(found: list[_Found]) -> None:
    """Give "another" (after "one official said") the kind of the speaker before it, in place."""
    for index in range(1, len(found)):
        one = found[index]
        made = _another_of(one.attribution, found[index - 1].attribution)
        if made is not one.attribution:
            found[index] = evolve(one, attribution=made)


def _another_of(speaker: Attribution, before: Attribution) -> Attribution:
    """
    *speaker* with the kind of *before* when it is "another" of them, else *speaker* itself.

    >>> _another_of(Attribution("vague", "another"), Attribution("anonymous_official", "One official")).kind
    'anonymous_official'
    """
    if (speaker.source or "").lower() in _ANOTHER and before.kind not in {"vague", "none"}:
        return evolve(speaker, kind=before.kind)
    return speaker


#: A phrase opening with a participle ("revising its figure after families") is an
#: adjunct of the clause before, not a speaker.
#: A lower-case participle opening (or making up) a speaker phrase: "revising its figure",
#: "denying" before "reports of heavier losses" (a noun there, not a speech verb).
_PARTICIPIAL: Final = re.compile(r"[a-z]+ing(?:\s|$)")


def _according_to(text: str, start: int, end: int, length: int) -> _Found | None:
    """The source "according to" at ``[start, end)`` names (*length*: the sentence's)."""
    np = _phrase_after(text, end)
    speaker = _QUOTED_BY.split(np, maxsplit=1)[0]  # "officials quoted by the BBC"
    if speaker != np and (_classify(speaker) or ("vague", None))[0] not in {"vague", "none"}:
        np = speaker  # (the relay is joined by _relays; "figures cited by X" stays whole)
    np_end = text.find(np, end) + len(np)
    name = _apposed_name(text, np, np_end) if np else None
    made = _make(name or np, text)
    if name:
        np = text[end:np_end] + ", " + name  # where the phrase ends, for `final`
    return _Found(made[0], start, made[1], final=end + len(np) + 2 >= length) if made else None


def _at_verb(text: str, match: re.Match[str], length: int) -> _Found | None:
    """
    The speaker of the speech verb *match*, or None when it reports nothing here.

    *length* is the length of the sentence without its closing punctuation.
    """
    verb = match.group(0)
    start, end = match.start(), match.end()
    if verb in {"according to", "According to"}:
        return _according_to(text, start, end, length)
    before = text[max(0, start - 200) : start]  # bounded windows keep this linear
    if verb.lower() == "saying":
        return _saying(text, before)
    start, before = _without_seems(verb, start, before)
    after_text = text[end : end + 200]
    if verb in _CLAIM_VERBS and _CLAIMED_ATTACK.search(before) and after_text.startswith(" by "):
        return None  # "The attack, claimed by X, killed three": X claims the attack, not the toll
    if _PASSIVE_BEFORE.search(before) or _reduced_relative(verb, before, after_text):
        return _passive_agent(text, verb, start, end)
    if _NEGATED_BEFORE.search(before):
        return None  # "officials have not confirmed the toll": no one gives it here
    if _not_speech(verb, before, after_text):
        return None
    left = before.rstrip()
    inverted = verb not in _TRANSITIVE and (
        not left or left[-1] in ",“”\"'’" or left.endswith(("—", "–"))
    )
    subject, inverted = _speaker_phrase(text, start, end, inverted=inverted)
    if subject is None or _spans_verb(subject):
        return None  # no subject, or a phrase spanning another speech verb
    if _CONTESTED.match(subject):
        return None  # "…, a claim the army denied": the army stands behind no figure here
    if _PARTICIPIAL.match(subject):
        return None  # "…, revising its figure after families reported …": an adjunct's verb
    made = _make(subject, text)
    if made is None:
        return None
    attribution, ref = made
    rest = text[end : end + 60].strip(" .!?\"”’'") if length - end < 60 else "x" * 60
    final = (
        len(rest) < 40
        and not _VERB_RE.search(rest)
        and (inverted or not _THAT_AFTER.match(text, end))
        and not _OWN_FIGURE_AFTER.match(rest)  # "..., army says far fewer": its own figure
    )
    if verb in {"told", "tells", "tell"}:  # relays: "X told Reuters"
        target = _phrase_after(text, end)
        if (
            target
            and _is_media(target)
            and (_OUTLETS_MULTI.search(target) or _CALL_LETTERS.search(target))
        ):
            attribution = evolve(attribution, chain=(_outlet_name(target), *attribution.chain))
    claim = (verb in _CLAIM_VERBS and _RESPONSIBILITY_OBJECT.match(after_text) is not None) or (
        verb in _DENY_VERBS and _DENIED_DEED.match(after_text) is not None
    )
    outer = _Found(attribution, start, ref, final=final, claim=claim)
    if verb in {"cited", "quoted"} and not inverted:  # "X cited Y", "X quoted Y as saying"
        made_cited = _make(_phrase_after(text, end), text)
        if made_cited:
            outer = _relay(outer, _Found(made_cited[0], end, made_cited[1]))
    return outer


def _spans_verb(subject: str) -> bool:
    """
    Whether a speaker phrase holds a speech verb, but for a closing noun ("local reports").

    >>> _spans_verb("local reports"), _spans_verb("officials said the army")
    (False, True)
    >>> _spans_verb("an update posted late on Monday by the ministry")
    False
    """
    spoken = [
        verb
        for verb in _VERB_RE.finditer(subject)
        if verb.group(0) not in _ISSUING_WORDS
        or _ISSUED_LATER_AGENT.match(subject, verb.end()) is None
    ]  # "an update posted late on Monday by the ministry": the document's participle
    if len(spoken) == 1 and spoken[0].end() == len(subject):
        return spoken[0].group(0) not in _NOUN_LIKE
    return bool(spoken)


_SHOW_VERBS: Final = frozenset({"show", "shows", "showed"})
#: What a trend shows, no figure: "showed no sign of", "shows few signs of".
_NO_SIGN: Final = re.compile(r"\s+(?:no|little|few|any|some)\s+signs?\b", re.IGNORECASE)
#: The subject of a subordinate clause that ends a speaker phrase: "Toll in dispute as
#: [ministry] says", "Clashes go on after [the army] says" (not "such as", "as well as").
_SUBORDINATE_SUBJECT: Final = re.compile(
    r"(?<!such)\s(?:as|after|while|when|because|since|though|although)\s+(?!well\b)"
    r"((?:the\s+)?[\w.'’\-]+(?:\s+[\w.'’\-]+){0,3})$",
    re.IGNORECASE,
)
#: A comparison of the speaker's own closing the sentence: "…, the army says far fewer"
#: (the speaker does not close the sentence over the figures before it).
_OWN_FIGURE_AFTER: Final = re.compile(
    r"(?:(?:far|much|many|slightly|even)\s+)?(?:fewer|more|less|lower|higher)"
    r"(?:\s+(?:dead|deaths|died|people|casualties|victims))?$",
    re.IGNORECASE,
)
#: A hedge before "show": "the footage appeared to show", "images seem to show".
_SEEMS_BEFORE: Final = re.compile(r"\b(?:appear|appears|appeared|seem|seems|seemed)\s+to\s+$")
#: A clause before ", saying" that leaves its subject out of what it says: "The army
#: disputed the figure, saying ..." (not "..., the army said, saying").
_DISPUTE_VERB: Final = re.compile(
    r"\b(?:disputed|disputes|rejected|rejects|contested|contests|challenged|challenges|"
    r"questioned|questions|denied|denies|dismissed|dismisses|revised|revises|corrected|"
    r"corrects|lowered|lowers|raised|raises|updated|updates)\s",
    re.IGNORECASE,
)


#: A speech verb negated right before it: "have not confirmed", "did not say", "never said".
_NEGATED_BEFORE: Final = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|would|could)\s+(?:not|never)|(?:hasn|haven|hadn|didn|doesn|don)['’]t)"
    r"\s+(?:yet\s+|officially\s+|publicly\s+|independently\s+)?$",
    re.IGNORECASE,
)


def _without_seems(verb: str, start: int, before: str) -> tuple[int, str]:
    """
    Where "show" starts and the text before it, a hedge "appeared to" taken out.

    "Footage appeared to show 10 bodies": the footage shows them.

    >>> _without_seems("show", 20, "Footage appeared to ")
    (8, 'Footage ')
    """
    seems = _SEEMS_BEFORE.search(before) if verb in {"show", "shows"} else None
    if seems is None:
        return start, before
    return start - (len(before) - seems.start()), before[: seems.start()]


def _passive_agent(text: str, verb: str, start: int, end: int) -> _Found | None:
    """
    The agent after a passive speech verb ("was reported by X", "officials quoted by X").

    An agent that quotes or cites relays the speaker named right before the verb.
    """
    by = re.match(r"\s+by\s", text[end : end + 200])
    phrase = _phrase_after(text, end + by.end()) if by else ""
    aux = _AUX.search(f" {phrase} ")
    if aux is not None:
        phrase = phrase[: max(0, aux.start() - 1)]  # "the toll given by X was revised": X
    made = _make(phrase, text) if phrase else None
    if made is None:
        return None
    agent = _Found(made[0], start, made[1])
    quoted = _quoted_speaker(text, start) if verb in {"quoted", "cited"} else None
    return _relay(agent, quoted) if quoted is not None else agent


def _quoted_speaker(text: str, start: int) -> _Found | None:
    """
    The speaker named before "quoted by"/"cited by" at *start*: whom the agent relays.

    "Military sources quoted by the state news agency said 3 died": the agency relays the
    military sources.
    """
    subject = _subject_before(text, start)
    if not subject or not text[max(0, start - 200) : start].rstrip().endswith(subject):
        return None  # "…, according to figures cited by X": no speaker right before
    made = _make(subject, text)
    if made is None or made[0].kind == "none":
        return None
    return _Found(made[0], start, made[1])


def _saying(text: str, before: str) -> _Found | None:
    """
    The speaker of ", saying ..." after a clause that disputes, revises or claims.

    "The military disputed that figure, saying fewer than 50 had died": the figures
    after "saying" are the subject's of the sentence; so are those of a group that
    claims or denies an attack ("Islamic State claimed the ambush, saying its fighters had
    killed 30 soldiers"; "the army denied shelling the market, saying three had died").
    """
    if not before.endswith(", "):
        return None
    spoken = [m.group(0).lower() for m in _VERB_RE.finditer(before)]
    claims = bool(spoken) and all(verb in _CLAIM_VERBS | _DENY_VERBS for verb in spoken)
    if spoken and not claims:
        return None
    disputed = None if claims else _DISPUTE_VERB.search(before)
    if not (claims or disputed):
        return None
    subject = lead_subject(text)
    if subject is None and disputed is not None:
        # "Col. Ana Obi, the army spokesman, disputed that figure, saying ...": past the aside
        subject = _subject_before(text, disputed.start())
    made = _make(subject, text) if subject else None
    return _Found(made[0], len(before), made[1]) if made else None


def _speaker_phrase(text: str, start: int, end: int, *, inverted: bool) -> tuple[str | None, bool]:
    """
    The phrase that names the speaker of the verb at ``[start, end)``, and whether it follows.

    An inverted verb ("…,” said X) takes the phrase after it, unless an identifiable
    speaker stands before the comma; otherwise the subject before the verb speaks.
    """
    subject = None
    left = text[max(0, start - 200) : start].rstrip()
    if inverted and left.endswith(","):
        candidate = _subject_before(text, start)
        # the phrase's own kind: an anonymity cue elsewhere in the sentence names no one here
        made_candidate = _make(candidate, "") if candidate else None
        if (
            candidate
            and made_candidate
            and made_candidate[0].kind not in {"vague", "none"}
            and not _AUX.search(f" {candidate} ")  # a clause is not a speaker ("N were killed")
            and not any(ch.isdigit() for ch in candidate)  # "Blast kills 18, says fire service"
        ):
            subject, inverted = candidate, False
    if inverted and subject is None:
        np_after = _phrase_after(text, end)
        words_after = _words(np_after)
        if (
            words_after
            and (
                words_after[0][0].isupper()
                or words_after[0].lower() in {"a", "an", "the", "one", "two", "several"}
                or _has_name(words_after)  # "said district police chief Ana Obi"
                or _headline_speaker(text, np_after, end)  # "…, says health ministry"
                or _bare_speaker(np_after)  # "…, said police", "…, said officials at the hospital"
            )
            and words_after[0].lower() != "that"
            and not _figure_clause(np_after)
        ):
            after_end = text.find(np_after, end) + len(np_after)
            subject = _apposed_name(text, np_after, after_end) or np_after
    if subject is None:
        subject = _subject_before(text, start)
    if subject is not None and _PARTICIPLE_START.match(subject):
        subject = lead_subject(text)  # "X called for ..., saying it had received"
    if subject is not None and _REJECTED_FIGURE.match(subject):
        subject = None  # "19 died, not 23 as earlier reported": no one is named
    return subject, inverted


def _bare_speaker(phrase: str) -> bool:
    """
    Whether a phrase with no article names a speaker by its head: officials, police, witnesses.

    >>> _bare_speaker("police"), _bare_speaker("officials at the hospital"), _bare_speaker("on Monday")
    (True, True, False)
    """
    head = _words(_head(phrase))
    if not head or len(head) > 4:
        return False
    made = _classify(phrase)
    if made is None:
        return False
    return made[0] in {"organization", "anonymous_official", "media", "party"} or (
        made[0] == "vague" and _bare(head[-1]) in _VAGUE_NOUNS
    )


#: The words before the verb of a rejected figure: "(19,) not 23 as (earlier reported)".
_REJECTED_FIGURE: Final = re.compile(r"not\s+[\d,.]+\w*\s+as\b", re.IGNORECASE)


def _figure_clause(phrase: str) -> bool:
    """
    Whether *phrase* after a verb is what was said, a figure and its verb, not a speaker.

    "Local activists, who track the fighting, said 19 civilians had been killed": the
    activists speak, "19 civilians had been killed" is their figure.

    >>> _figure_clause("19 civilians had been killed since Friday")
    True
    >>> _figure_clause("a man who was at the scene")
    False
    """
    return phrase[:1].isdigit() and _AUX.search(f" {phrase} ") is not None


def _headline_speaker(text: str, np: str, end: int) -> bool:
    """
    Whether *np*, closing the sentence after an inverted verb, is a headline's bare speaker.

    Headlines drop the article: "Blast kills 18, says fire service", "…, say officials".

    >>> _headline_speaker("Blast kills 18, says fire service", "fire service", 20)
    True
    >>> _headline_speaker("Blast kills 18, says fire service", "fire", 20)
    False
    """
    words = _words(np)
    if not words or len(words) > 4 or len(text) - end > 60:
        return False  # (a bounded tail keeps a sentence of many verbs linear)
    rest = text[end:].strip(" .!?\"”’'")
    return rest == np.strip() and _bare(words[-1]) in (
        ORGANIZATION_CUES | _OFFICIAL_NOUNS | MEDIA_CUES | _TITLES
    )


def _closing_relay(found: Sequence[_Found], givers: Sequence[_Found]) -> list[_Found] | None:
    """
    A closing speaker relaying the one figure giver before it, or None when there is none.

    "U.S. intelligence put the toll at 100 to 300, a senior official said": the official
    relays the intelligence estimate (chain official, intelligence).
    """
    if len(found) != 1 or len(givers) != 1:
        return None
    outer, inner = found[0], givers[0]
    if (
        not outer.final
        or outer.claim
        or inner.position >= outer.position
        or len(outer.attribution.chain) != 1
        or inner.attribution.kind in {"vague", "none"}
    ):
        return None
    return [_relay(outer, inner)]


def _figure_givers(text: str, found: Sequence[_Found]) -> list[_Found]:
    """
    Speakers who give a figure without a speech verb: "the Red Crescent put the toll at 52".

    The verb ("put", "revised", "gave", ...) must take a toll or figure noun as its
    object; its subject is read like a speech verb's.
    """
    out: list[_Found] = []
    low = text.lower()
    if _FIGURE_KEYS.search(low) is None and " it at " not in low and " them at " not in low:
        return out  # no figure noun, and no "put it at" (a clause after the toll's own)
    taken = {f.position for f in found}
    for match in _FIGURE_RE.finditer(text):
        if match.start() in taken:
            continue
        subject = _subject_before(text, match.start())
        if subject is not None and subject.lower() in {"i", "we"}:
            continue  # "'I counted 11 bodies,' said Karim": the quote's speaker gives it
        made = _make(subject, text) if subject else None
        if made is not None and (made[0].kind != "none" or made[1] is not None):
            out.append(_Found(made[0], match.start(), made[1]))  # "It put the toll at 22"
    return out


#: A figure framed by whose count it is: "By the ministry's count, 64 died", "on the
#: UN's tally". The owner is at most five words, so the search stays linear.
_BY_COUNT: Final = re.compile(
    r"\b(?:[Bb]y|[Oo]n|[Ii]n)\s+(?P<np>(?:[\w.\-]{1,40}\s+){0,4}?[\w.\-]{1,40})['’]s?\s+(?:own\s+|latest\s+|"
    r"official\s+|new\s+|revised\s+){0,2}(?:count|tally|reckoning|estimate|figures|calculations?)\b"
)


#: Figures a sentence opens with and their giver between commas: "The figures, provided
#: by the local health authority, could not be verified: 88 dead".
_FIGURES_GIVEN_BY: Final = re.compile(
    r"(?:The|These|Those)\s+(?:latest\s+|official\s+|new\s+|casualty\s+)?"
    r"(?:figures|numbers|data|statistics|toll|tally|count)\s*,\s*(?:which\s+were\s+)?"
    r"(?:provided|released|compiled|given|issued|supplied|published)\s+by\s+"
    r"(?P<np>[^,;:]{1,80}?)\s*,"
)


#: A document by its owner before its figure: "an initial report by the civil defence of
#: 200 dead", "a tally by the monitor of 64 deaths" (the owner is at most six words).
_DOCUMENT_BY_OF: Final = re.compile(
    r"\b(?:report|tally|count|toll|estimate|figure|figures|statement)\s+"
    r"(?:(?:issued|released|given|published|compiled)\s+)?by\s+"
    r"(?P<np>(?:[\w.'’\-]{1,40}\s+){0,5}?[\w.'’\-]{1,40})\s+of\s+"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|around\s+)?\d",
    re.IGNORECASE,
)


def _by_count(text: str) -> list[_Found]:
    """
    The owner of a count that frames a figure: "By the ministry's count, 64 were killed".

    >>> [f.attribution.source for f in _by_count("By the UN's tally, 64 were killed.")]
    ['the UN']
    >>> [f.attribution.source for f in _by_count("The figures, released by the army, show 9 dead.")]
    ['the army']
    >>> [f.attribution.source for f in _by_count("A report by the navy of 9 dead was withdrawn.")]
    ['the navy']
    """
    out = []
    given = _FIGURES_GIVEN_BY.match(text)
    made = _make(given.group("np"), text) if given is not None else None
    if given is not None and made is not None and made[0].kind not in {"none", "vague"}:
        out.append(_Found(made[0], given.start("np"), made[1]))
    for match in _DOCUMENT_BY_OF.finditer(text) if " by " in text else ():
        made = _make(match.group("np"), text)
        if made is not None and made[0].kind not in {"none", "vague"}:
            out.append(_Found(made[0], match.start("np"), made[1]))
    if "’" not in text and "'" not in text:
        return out
    for match in _BY_COUNT.finditer(text):
        made = _make(match.group("np"), text)
        if made is not None and made[0].kind not in {"none", "vague"}:
            out.append(_Found(made[0], match.start(), made[1]))
    return out


#: A headline's source after a closing dash or colon: "Quake toll rises to 520 - ministry",
#: "Bomb kills 14 at market: police" (up to four words, read in the last 50 characters).
_TRAILING_SOURCE: Final = re.compile(
    r"(?:\s[-—–]+\s*|:\s+)(?P<np>[A-Za-z][\w.'’\-]*(?:\s[\w.'’\-]+){0,3})[\s.]*$"
)
_TRAILING_KINDS: Final = frozenset(
    {"organization", "anonymous_official", "named_person", "media", "party"}
)


def _trailing_source(text: str) -> list[_Found]:
    """
    The source a headline names after a closing dash or colon.

    >>> [f.attribution.source for f in _trailing_source("Bomb kills 14 at market: police")]
    ['police']
    >>> _trailing_source("The toll stands at: 14 dead")
    []
    """
    if not ("-" in text or ":" in text or "—" in text or "–" in text):
        return []
    start = max(0, len(text) - 50)
    match = _TRAILING_SOURCE.search(text, start)
    np = match.group("np") if match is not None else ""
    if match is not None and np.lower() in {"report", "reports"}:
        # "Twelve dead after storm - report": a hedge
        return [_Found(Attribution("vague", np, chain=(np,)), match.start(), final=True)]
    if match is None or _VERB_RE.search(np):
        return []
    made = _make(np, text)
    if made is None or made[0].kind not in _TRAILING_KINDS:
        return []
    return [_Found(made[0], match.start(), made[1], final=True)]


#: How far after "citing Y" the verb of its relay may stand ("X, citing Y, reported").
_CITING_REACH: Final = 120


#: Cited figures named with their source in a relative clause: "figures (that) the
#: hospital reported".
_FIGURES_OF: Final = re.compile(
    r"\s*(?:the\s+|new\s+|official\s+|preliminary\s+){0,2}"
    r"(?:figures|data|numbers|statistics|tallies|a\s+tally|a\s+count|a\s+toll|estimates)\s+"
    r"(?:that\s+|which\s+)?(?P<np>(?:[\w'’.\-]+\s+){0,4}?[\w'’.\-]+)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:reported|released|gave|given|provided|compiled|published|issued)\b",
    re.IGNORECASE,
)


def _cited_phrase(text: str, start: int) -> str:
    """
    The source "citing" names at *start*.

    That is the phrase after it, or the subject of a relative clause on cited figures
    ("citing figures the hospital reported").

    >>> _cited_phrase("he said, citing figures the hospital reported.", 15)
    'the hospital'
    """
    match = _FIGURES_OF.match(text, start)
    return match.group("np") if match else _phrase_after(text, start)


def _relays(text: str, found: list[_Found]) -> None:
    """
    Join the relays of a sentence into *found* (sorted by position, kept sorted).

    "X said, citing Y": the last speaker before "citing" relays Y; "cited by X": X
    relays the first speaker after it. Speakers are looked up by bisection, so a
    sentence with many of them is read in linear time.
    """
    positions = [f.position for f in found]
    for match in _CITING.finditer(text) if any(k in text for k in _CITING_KEYS) else ():
        index = bisect.bisect_left(positions, match.start()) - 1
        if index < 0 and found and positions[0] - match.end() < _CITING_REACH:
            index = 0  # "X, citing Y, reported that ...": the verb comes after the relay
        if index < 0:
            continue
        made_cited = _make(_cited_phrase(text, match.end()), text)
        if made_cited:
            inner = _Found(made_cited[0], match.end(), made_cited[1])
            found[index] = _relay(found[index], inner)
            positions[index] = found[index].position
    _said_according_to(text, found, positions)
    for match in _CITED_BY.finditer(text) if (" by" in text) else ():
        index = bisect.bisect_right(positions, match.start())
        if index >= len(found):
            _relay_before(text, match, found, positions)
            continue
        made_relay = _make(_phrase_after(text, match.end()), text)
        if made_relay:
            outer = _Found(made_relay[0], match.start(), made_relay[1])
            found[index] = _relay(outer, found[index])
            positions[index] = found[index].position


#: A speech verb whose clause opens with "according to": "X said on Tuesday that, according
#: to the ministry, 56 people had been killed" (X relays the ministry).
_SAID_THAT_ACCORDING: Final = re.compile(
    r"[a-z]+(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+\w+day)?(?:\s+that)?\s*,?\s*"
    r"according\s+to\b",
    re.IGNORECASE,
)


def _said_according_to(text: str, found: list[_Found], positions: list[int]) -> None:
    """
    Join a speaker and the "according to Y" right after its verb into one relay, in place.

    When the clause opens with it, the speaker relays Y ("X said that, according to Y,
    ..."); when it closes the sentence, Y relays the speaker ("..., X said, according to
    AFP"), so X still stands behind the figure.
    """
    if "ccording to" not in text:
        return
    for index in range(len(found) - 1, 0, -1):
        outer, inner = found[index - 1], found[index]
        gap = inner.position - outer.position
        if (
            0 < gap <= 50
            and len(outer.attribution.chain) == 1
            and outer.attribution.kind not in {"vague", "none"}
            and inner.attribution.kind not in {"vague", "none"}
            and _SAID_THAT_ACCORDING.fullmatch(text, outer.position, inner.position + 12)
        ):
            # "X said, according to AFP." closes the sentence: the agency relays X
            found[index - 1] = _relayed_by(outer, inner) if inner.final else _relay(outer, inner)
            positions[index - 1] = found[index - 1].position
            del found[index]
            del positions[index]


def _relayed_by(speaker: _Found, agency: _Found) -> _Found:
    """*speaker* relayed by *agency* named after it: the speaker's own kind, source and reference."""
    chain = (*agency.attribution.chain, *speaker.attribution.chain)
    return _Found(
        evolve(speaker.attribution, chain=chain),
        speaker.position,
        speaker.ref,
        final=speaker.final or agency.final,
    )


def _relay_before(
    text: str, match: re.Match[str], found: list[_Found], positions: list[int]
) -> None:
    """
    Relay the speaker named just before "quoted by Y" through Y, in place.

    "According to local officials quoted by the BBC, 17 died": the chain is BBC, officials.
    """
    index = bisect.bisect_left(positions, match.start()) - 1
    if index < 0 or match.start() - positions[index] > _CITING_REACH:
        return
    made = _make(_phrase_after(text, match.end()), text)
    inner = found[index].attribution
    if (
        made is not None
        and made[0].kind == "media"
        and inner.kind not in {"vague", "none", "media"}
    ):
        found[index] = _relay(_Found(made[0], match.start(), made[1]), found[index])
        positions[index] = found[index].position


#: Words one of which every match of ``_VAGUE_CUES`` holds, in lower case.
_VAGUE_KEYS: Final = (
    "report", "alleged", "purported", "rumo", "believed", "thought", "understood", "said",
    "claimed", "accounts", "estimates", "unverified", "unconfirmed",
)  # fmt: skip
#: Letters that ignore-case matching takes for the ASCII "i" or "s" but lower() keeps apart
#: (the Kelvin sign, the other such letter, lowers to "k").
_CASE_TWINS: Final = ("\u017f", "\u0131", "\u0130")


def _vague_cue(text: str) -> re.Match[str] | None:
    """``_VAGUE_CUES.search(text)``, skipped when the lower-case text lacks every key word."""
    if not any(map(text.__contains__, _CASE_TWINS)):
        low = text.lower()
        if not any(map(low.__contains__, _VAGUE_KEYS)):
            return None
    return _VAGUE_CUES.search(text)


def _outlet_cues() -> re.Pattern[str]:
    """
    ``_OUTLETS_MULTI`` for lower-case ASCII text: its names grouped by first letter.

    Without IGNORECASE and with one branch per first letter, a sentence without an
    outlet is rejected about three times faster; on lowered text it matches wherever
    ``_OUTLETS_MULTI`` does, unless the text holds one of ``_CASE_TWINS`` (letters
    ignore-case matching takes for an ASCII letter that lower() does not give).
    """
    by_first: dict[str, list[str]] = {}
    for name in _OUTLET_NAMES:
        by_first.setdefault(name[0], []).append(name[1:])
    branches = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return re.compile(rf"(?<!\w)(?:{branches})\b")


_OUTLET_CUES: Final = _outlet_cues()


def _outlets_in(text: str) -> list[str]:
    """Outlets named in a sentence with the words that describe them, in text order."""
    out: list[str] = []
    if not any(map(text.__contains__, _CASE_TWINS)) and not _OUTLET_CUES.search(text.lower()):
        return out  # the cheap test: no outlet name at all
    for match in _OUTLETS_MULTI.finditer(text):
        if match.group(0).isupper() or match.group(0)[0].isupper() or "-" in match.group(0):
            tail = text[match.end() : match.end() + 40]
            descr = re.match(
                r"[\w\s\-]{0,40}?\b(?:network|channel|television|tv|station|newspaper|agency|radio)\b",
                tail,
                re.IGNORECASE,
            )
            out.append(match.group(0) + (descr.group(0) if descr else ""))
    return out


def _relay(outer: _Found, inner: _Found) -> _Found:
    """*inner* as relayed by *outer*: the chain joins, the kind is the innermost identifiable."""
    chain = (*outer.attribution.chain, *inner.attribution.chain)
    if inner.attribution.kind in {"vague", "none"} or inner.ref not in {None, "title"}:
        # an office relayed ("quoted the provincial governor as saying") is identifiable
        kind, source = outer.attribution.kind, outer.attribution.source
    else:
        kind, source = inner.attribution.kind, inner.attribution.source
    return _Found(
        Attribution(kind, source, chain=chain),
        min(outer.position, inner.position),
        outer.ref,
        final=outer.final or inner.final,
    )


# --------------------------------------------------------------------------- state


#: How many earlier speakers "the <head>" may point back to.
_HISTORY: Final = 20
#: How many sentences after "X gave new figures" take X as their speaker.
_CARRY_SENTENCES: Final = 3


class _Memory:
    """The speakers seen so far, for pronouns and short references."""

    def __init__(self) -> None:
        self.last: Attribution | None = None
        self.by_kind: dict[str, Attribution] = {}
        self.spokesperson: Attribution | None = None
        self.outlets: list[tuple[str, str]] = []  # (class, name), most recent last
        # a speaker who announced figures, the paragraph, and how many sentences may follow
        self.carry: tuple[Attribution, int, int] | None = None
        self.history: list[Attribution] = []  # the last speakers, most recent last
        # the office a named speaker was introduced with ("The governor, Ana Obi, said")
        self.offices: dict[str, Attribution] = {}
        # the last sentence without a speaker, read for an office holder or institution it
        # opens with ("The governor toured") only when a pronoun needs it
        self.speakerless: str | None = None
        # the sentence before, where "All three said" finds its three people
        self.previous = ""
        # the last speaker that put out a statement ("said in a statement", "issued a
        # statement"): whom a later "the statement said" quotes
        self.stated: Attribution | None = None
        # the speaker of the sentence just before and its paragraph, for a partitive that
        # goes on with its figures ("Six of them were flown to Multan")
        self.just_said: tuple[Attribution, int] | None = None

    def introduce(self, speaker: Attribution, sentence: Sentence) -> None:
        """
        Carry *speaker* forward when *sentence* announces the figures or the words that follow.

        "X said:" opens reported speech: the rest of its paragraph is X's, or the next
        paragraph when the colon ends the sentence ("The governor wrote on Telegram:").
        """
        self.carry = None
        colon = _SAID_COLON.search(sentence.text)
        if colon is not None and not sentence.text[colon.end() :].lstrip().startswith(_QUOTES):
            # (a quotation after the colon is the speaker's to its end, and no further)
            ends = not sentence.text[colon.end() :].strip()
            self.carry = (speaker, sentence.paragraph + int(ends), _CARRY_SENTENCES)
            return
        if _FIGURE_KEYS.search(sentence.text.lower()) is None:
            return
        match = _INTRODUCES.search(sentence.text)
        if match is not None and not any(ch.isdigit() for ch in sentence.text[match.end() :]):
            self.carry = (speaker, sentence.paragraph, _CARRY_SENTENCES)

    def carried(self, sentence: Sentence) -> Attribution | None:
        """The announcing speaker for a sentence of its paragraph that names no speaker."""
        said = self.just_said
        if said is not None and said[1] == sentence.paragraph and _GOES_ON.match(sentence.text):
            return said[0]  # "..., the department said. Six of them were flown to Multan."
        if self.carry is None or self.carry[1] != sentence.paragraph:
            self.carry = None
            return None
        speaker, paragraph, left = self.carry
        self.carry = (speaker, paragraph, left - 1) if left > 1 else None
        return speaker

    def remember_office(self, attribution: Attribution, sentence: Sentence) -> None:
        """Note the titles written just before a named speaker: "the governor" is then her."""
        name = attribution.source or ""
        at = sentence.text.find(name) if attribution.kind == "named_person" and name else -1
        for word in _words(sentence.text[max(0, at - 60) : at]) if at > 0 else ():
            if _bare(word) in _TITLES:
                self.offices[_bare(word)] = attribution

    def note_statement(self, speaker: Attribution | None, sentence: Sentence) -> None:
        """Remember *speaker* (or the body a speakerless sentence opens with) as a statement's."""
        if _STATEMENT_WORD.search(sentence.text) is None:
            return
        issuer = speaker if speaker is not None else _opening_speaker(sentence.text)
        if issuer is not None and issuer.kind not in {"none", "vague"}:
            self.stated = issuer

    def remember_outlet(self, phrase: str) -> None:
        self.outlets.append((_media_class(phrase), _outlet_name(phrase.strip(" ,."))))

    def remember(self, attribution: Attribution) -> None:
        if attribution.kind == "none":
            return
        self.history = [*self.history[-(_HISTORY - 1) :], attribution]
        self.last = attribution
        self.by_kind[attribution.kind] = attribution
        if attribution.source and "spokes" in attribution.source.lower():
            self.spokesperson = attribution

    def _last_group(self) -> Attribution | None:
        """The latest speaker named as a group ("two aid organisations"), or None."""
        for earlier in reversed(self.history):
            head = [_bare(w) for w in _words(_head(earlier.source or ""))]
            if earlier.kind == "organization" and head and head[-1] in _GROUP_NOUNS:
                return earlier
        return None

    def _first(self, *kinds: str) -> Attribution | None:
        # the most recent of the given kinds
        if self.last is not None and self.last.kind in kinds:
            return self.last
        for kind in kinds:
            if kind in self.by_kind:
                return self.by_kind[kind]
        return None

    def _issuer(self, document: Attribution) -> Attribution | None:
        """The institution whose own document ("the report") the sentence before announced."""
        head = (document.source or "").lower().split()[-1:]
        if self.outlets or self.last is not None or not self.speakerless or head != ["report"]:
            return None
        issued = _ISSUED_REPORT.search(self.speakerless)
        return self._mentioned("thing") if issued is not None else None

    def _introduced(self, title: str) -> Attribution | None:
        """The person a speakerless sentence opened with under *title*, unless an office holder spoke."""
        if _bare(title) in self.offices or not self.speakerless:
            return None
        opening = self.speakerless[:80].lower()
        mentioned = _opening_speaker(self.speakerless)
        named = mentioned is not None and mentioned.kind == "named_person"
        return mentioned if named and _bare(title) in _words(opening) else None

    def _mentioned(self, ref: str) -> Attribution | None:
        """The office holder or institution a speakerless sentence opened with, if *ref* fits."""
        mentioned = _opening_speaker(self.speakerless) if self.speakerless else None
        if mentioned is None:
            return None
        fits = {
            "person": ("named_person", "anonymous_official"),
            "thing": ("organization", "party"),
            "any": ("anonymous_official", "organization", "party", "vague"),
            "statement": ("organization", "party", "named_person", "anonymous_official"),
        }
        return mentioned if mentioned.kind in fits.get(ref, ()) else None

    def _just_opened(self, ref: str) -> Attribution | None:
        """
        The office holder or institution the sentence just before opened with, if *ref* fits.

        A pronoun points back to the subject of the sentence before it, when that sentence
        named no speaker: a speaker of an earlier sentence yields to it.
        """
        if self.speakerless is None or self.speakerless != self.previous:
            return None
        return self._mentioned(ref)

    def _named_person(self, words: Sequence[str]) -> bool:
        """Whether a one-word name (no cue word) is the surname of a person who spoke before."""
        if len(words) != 1 or words[0] in ORGANIZATION_CUES | PARTY_CUES | MEDIA_CUES:
            return False
        for earlier in self.history:
            name = _words(_head(earlier.source or ""))
            if earlier.kind == "named_person" and _has_name(name) and name[-1].lower() == words[0]:
                return True
        return False

    def same_head(self, attribution: Attribution) -> Attribution:
        """
        The earlier speaker "the <head>" points back to, or *attribution* itself.

        "The coalition" after "the main opposition coalition" is that coalition.
        """
        words = (attribution.source or "").lower().split()
        if attribution.kind == "organization" and self._named_person(words):
            return evolve(
                attribution, kind="named_person"
            )  # "Ahmed Karimi ... Karimi said in a statement"
        if len(words) != 2 or words[0] != "the":
            return attribution
        if words[1] == "agency" and self.last is not None and self.last.kind == "media":
            return self.last  # "Xinhua reported ... The agency said": the news agency
        for earlier in reversed(self.history):
            source = (earlier.source or "").lower().split()
            if len(source) > 2 and source[-1] == words[1]:
                return earlier
        # "The regional civil protection agency held a briefing. The agency said ..."
        opened = _opening_speaker(self.speakerless) if self.speakerless else None
        source = (opened.source or "").lower().split() if opened is not None else []
        return (
            opened
            if opened is not None and len(source) > 2 and source[-1] == words[1]
            else attribution
        )

    def resolve(self, found: _Found) -> Attribution:
        ref = found.ref
        if ref is None:
            return self.same_head(found.attribution)
        if ref == "counted":
            counted = _counted_people(found.attribution.source or "", self.previous)
            return counted or Attribution(
                "vague", found.attribution.source, chain=found.attribution.chain
            )
        wanted = {
            "person": ("named_person", "anonymous_official"),
            "official": ("anonymous_official", "named_person"),
            "statement": ("organization", "party", "named_person", "anonymous_official"),
            "media": ("media",),
            "group": ("party", "organization"),
            "spokesperson": (),
            "title": (),
            "thing": ("organization", "party", "media"),
            "any": tuple(
                k for k in ("named_person", "anonymous_official", "organization", "party", "media")
            ),
        }[ref]
        if ref == "title":
            title = (found.attribution.source or "").split()[-1:]
            person = self.by_kind.get("named_person")
            if title and person and title[0].lower() in (person.source or "").lower():
                return person
            introduced = self._introduced(title[0]) if title else None
            if introduced is not None:
                return introduced  # "The governor, Ana Obi, toured the camps. The governor said"
            return (
                self.offices.get(_bare(title[0]), found.attribution) if title else found.attribution
            )
        if ref == "media" and (issuer := self._issuer(found.attribution)) is not None:
            return issuer  # "The office published its latest report. According to the report"
        if ref == "media" and self.outlets:
            wanted_class = _media_class(found.attribution.source or "")
            names = [name for cls, name in self.outlets if cls == wanted_class]
            name = names[-1] if names else self.outlets[-1][1]
            return Attribution("media", name, chain=(*found.attribution.chain[:-1], name))
        hit = self.spokesperson if ref == "spokesperson" else self._first(*wanted)
        if ref == "statement" and self.stated is not None:
            hit = self.stated  # "X said in a statement ... Y spoke ... The statement said": X
        if ref in {"person", "thing"} and (opened := self._just_opened(ref)) is not None:
            hit = opened  # "The foreign minister condemned the strike. He said: ...": the minister
        if ref == "group" and hit is not None and hit.kind != "party" and _not_a_group(hit):
            # "the group(s)" is a party or a group named before, never a spokesman or a state
            hit = self.by_kind.get("party") or self._last_group()
        if hit is None and ref in {"person", "thing", "any", "statement"}:
            hit = self.last or self._mentioned(ref)
        if hit is not None:
            outer = found.attribution.chain[:-1] if len(found.attribution.chain) > 1 else ()
            return evolve(hit, chain=(*outer, *hit.chain)) if outer else hit
        base = found.attribution
        if base.kind == "none":
            return Attribution("vague", base.source, chain=base.chain or (base.source or "",))
        return base


#: A statement put out, as a sentence names it: "said in a statement", "issued a statement".
_STATEMENT_WORD: Final = re.compile(
    r"\b(?:in|issued|released|published|put\s+out)\s+(?:a|an|its|their)\s+(?:[\w\-]+\s+)?"
    r"(?:statement|communiqu[eé]|update|bulletin|press\s+release)\b",
    re.IGNORECASE,
)
#: An institution putting out its own report: "published its latest situation report".
_ISSUED_REPORT: Final = re.compile(
    r"\b(?:published|released|issued|put\s+out)\s+(?:its|their|a|an|the)\s+(?:[\w\-]+\s+){0,3}?report\b",
    re.IGNORECASE,
)


_GROUP_NOUNS: Final = frozenset(
    [
        "group",
        "groups",
        "organisation",
        "organisations",
        "organization",
        "organizations",
        "charity",
        "charities",
        "ngo",
        "ngos",
        "agencies",
        "alliance",
        "coalition",
    ]
)


def _counted_people(reference: str, previous: str) -> Attribution | None:
    """
    The people *reference* counts ("All three", "Both") as *previous* introduced them.

    >>> _counted_people("All three", "We spoke to three doctors at the clinic.").source
    'three doctors'
    >>> _counted_people("Both", "Two rockets hit the base.") is None
    True
    """
    match = _COUNTED_REFERENCE.fullmatch(reference.strip())
    word = (match.group("n") or "two").lower() if match else "two"
    people = re.search(
        rf"\b(?:{word}|{_SMALL_NUMBERS[word]})\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+s\b",
        previous[:400],
        re.IGNORECASE,
    )
    if people is None or _bare(people.group(0).split()[-1]) not in _OFFICIAL_NOUNS | _VAGUE_NOUNS:
        return None  # "Two rockets hit the base": things, not people who speak
    return classify_speaker(people.group(0))


def _not_a_group(attribution: Attribution) -> bool:
    """Whether a speaker is a person's office or a state's institution, not a group."""
    source = attribution.source or ""
    head = [_bare(w) for w in _words(_head(source))]
    return bool(head) and (head[-1] in _SPOKES or is_state_actor(source))


def _primary(found: Sequence[_Found], memory: _Memory) -> Attribution | None:
    """The sentence's attribution: a clause-final one wraps the rest; else the first."""
    if not found:
        return None
    finals = [f for f in found if f.final]
    main = finals[-1] if finals else found[0]
    relayed = [
        f
        for f in found
        if f.position > main.position
        and len(f.attribution.chain) > 1
        and f.attribution.chain[0] == main.attribution.source
    ]
    if relayed:
        main = relayed[0]  # "According to the UN, which cited health officials, ...": the UN relays
    named = [f for f in found if f.ref is None and f.position < main.position]
    if main.ref is not None and named:
        main = named[-1]  # "The UN said ..., though it warned ...": "it" is the UN
    resolved = memory.resolve(main)
    inner = [f for f in found if f is not main and f.position < main.position]
    if resolved.kind == "media" and inner:
        inner_resolved = memory.resolve(inner[-1])
        if inner_resolved.kind not in {"media", "none", "vague"}:
            chain = (*resolved.chain, *inner_resolved.chain)
            return Attribution(inner_resolved.kind, inner_resolved.source, chain=chain)
    return resolved


def _opens_with_quote(sentence: Sentence) -> bool:
    return sentence.quote_before or sentence.text[:1] in '“"«'


def attribute_sentences(sentences: Sequence[Sentence]) -> list[Attribution]:
    """
    One attribution per sentence, carrying speakers the way news writing does.

    A speaker named in a sentence stands behind it; pronouns and short references
    ("he said", "the official added", "the statement said", "the network said")
    take the last speaker of a fitting kind; every sentence of a quotation that
    spans several sentences takes the speaker named in any of them; a quoted
    sentence with no speaker takes the last speaker; a sentence with a hedge
    ("reportedly", "other estimates") is ``vague``; any other sentence is the
    reporter's own voice (``none``). Furniture is always ``none``.

    Args:
        sentences: The sentences of one document, in text order.

    Returns:
        A list as long as *sentences*.

    >>> from claimrec._text import split_sentences
    >>> text = "Seven were hurt, a U.S. official said. Two were evacuated, he said. Iraq has 2,500 troops."
    >>> [a.kind for a in attribute_sentences(split_sentences(text))]
    ['anonymous_official', 'anonymous_official', 'none']
    """
    memory = _Memory()
    results: list[Attribution] = []
    i, n = 0, len(sentences)
    while i < n:
        if sentences[i].kind == "furniture":
            results.append(NONE)
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and sentences[j].quote_after
            and sentences[j + 1].quote_before
            and sentences[j + 1].kind != "furniture"
        ):
            j += 1
        results.extend(_attribute_run(sentences[i : j + 1], memory))
        i = j + 1
    for k in range(1, n):
        if results[k - 1].kind == "none" and sentences[k - 1].kind != "furniture":
            back = _points_back(sentences[k].text)
            if back is not None and sentences[k].paragraph == sentences[k - 1].paragraph:
                results[k - 1] = back  # "31 were killed. That is according to the ministry."
    return results


#: A sentence that names the source of the one before: "That is according to the
#: ministry.", "Those figures come from the regional health office."
_POINTS_BACK: Final = re.compile(
    r"(?:That|This|Those|These)(?:['’]s|\s+(?:figures?|numbers?|toll|count|tally|total|"
    r"estimate)?\s*(?:is|was|are|were|comes?|came))\s+(?:according\s+to|from)\s"
)


def _points_back(text: str) -> Attribution | None:
    """
    The source a sentence gives for the figures of the sentence before it.

    >>> _points_back("That is according to the regional health department.").source
    'the regional health department'
    >>> _points_back("That is a record.") is None
    True
    """
    match = _POINTS_BACK.match(text)
    if match is None or any(ch.isdigit() for ch in text):
        return None
    made = _make(_phrase_after(text, match.end()), text)
    return made[0] if made is not None and made[0].kind not in {"none", "vague"} else None


def _attribute_run(run: Sequence[Sentence], memory: _Memory) -> list[Attribution]:
    """
    The attributions of a run of sentences one quotation spans (often a single sentence).

    Every sentence of a multi-sentence quotation takes the speaker named in any of them.
    """
    founds = [_find(s.text) for s in run]
    # memory is not changed before the loop below reads the first primary again
    first_primary = _primary(founds[0], memory)
    run_speaker = (
        first_primary if first_primary is not None and first_primary.kind != "none" else None
    )
    for found in founds[1:] if run_speaker is None else ():
        primary = _primary(found, memory)
        if primary is not None and primary.kind != "none":
            run_speaker = primary
            break
    results: list[Attribution] = []
    for index, (sentence, found) in enumerate(zip(run, founds, strict=True)):
        primary = first_primary if index == 0 else _primary(found, memory)
        for phrase in _outlets_in(sentence.text):
            memory.remember_outlet(phrase)
        if primary is not None and primary.kind != "none":
            results.append(primary)
            memory.remember(primary)
            memory.remember_office(primary, sentence)
            memory.introduce(primary, sentence)
            memory.note_statement(primary, sentence)
        elif len(run) > 1 and run_speaker is not None:
            results.append(run_speaker)
        elif _opens_with_quote(sentence):
            results.append(run_speaker or memory.last or Attribution("vague", None))
        elif (cue := _vague_cue(sentence.text)) is not None:
            source = cue.group(0)
            results.append(Attribution("vague", source, chain=(source,) if source else ()))
        else:
            results.append(memory.carried(sentence) or NONE)
            memory.speakerless = sentence.text
            memory.note_statement(None, sentence)
        memory.previous = sentence.text
        said = results[-1]
        memory.just_said = None if said.kind in {"none", "vague"} else (said, sentence.paragraph)
    return results


#: A sentence that goes on with the figures of the one before by a partitive: "Six of
#: them were flown to Multan", "Of the injured, 14 remained in hospital", "Among the dead
#: were two children", "Nine others were hurt".
_GOES_ON: Final = re.compile(
    r"\s*(?:(?:\d[\d,]*|[A-Za-z]+)\s+of\s+(?:them|those|these|the\s+(?:dead|injured|wounded|victims))\b"
    r"|Of\s+(?:them|those|the\s+(?:dead|injured|wounded|victims|casualties|hurt))\b"
    r"|Among\s+(?:them|those|the\s+(?:dead|injured|wounded|victims))\b"
    r"|(?:\d[\d,]*|[A-Za-z]+)\s+others?\s+(?:were|was|had|have|remain)\b)"
)


#: Lower-case words before an office in a sentence's opening phrase ("the provincial governor").
_OFFICE_MODIFIERS: Final = frozenset(
    {"the", "a", "an", "local", "provincial", "regional", "state", "district", "city", "county"}
)


def _opens_office(word: str) -> bool:
    """Whether *word* may stand before an office: a modifier or a possessive ("the agency's")."""
    return word.lower() in _OFFICE_MODIFIERS or word.endswith(("'s", "’s"))


def _opening_speaker(text: str) -> Attribution | None:
    """
    The office holder or institution a sentence without a speaker opens with.

    A later "he said" or "it said" with no speaker before points back to it.

    >>> _opening_speaker("The provincial governor toured the camps.").source
    'The provincial governor'
    >>> _opening_speaker("The river burst its banks.") is None
    True
    """
    subject = lead_subject(text)
    institution = classify_speaker(subject) if subject and len(subject.split()) <= 5 else None
    if institution is not None and institution.kind in {"organization", "party"}:
        return institution  # "The civil defence agency issued its latest update."
    people = _opening_people(text)
    if people is not None:
        return people
    words = text.split()[:8]
    for i, word in enumerate(words[:5]):
        if _bare(word) in _TITLES:
            end = i + 1
            while (
                end < len(words) and words[end][:1].isupper() and not words[end - 1].endswith(",")
            ):
                end += 1  # "Governor Ana Obi"
            made = classify_speaker(" ".join(words[:end]).rstrip(","))
            return made if made is not None and made.kind == "named_person" else None
        if i > 0 and word[:1].islower() and not _opens_office(word):
            return None
    return None


#: Words a sentence's opening noun phrase may hold before its head: determiners,
#: counts and adjectives of place or rank ("Two senior local officials").
_OPENING_MODIFIERS: Final = _OFFICE_MODIFIERS | frozenset(
    {"two", "three", "four", "several", "some", "many", "senior", "western", "foreign", "military",
     "security", "police", "health", "hospital", "government", "fire", "rescue", "provincial",
     "civil", "national", "emergency", "disaster", "humanitarian"}
)  # fmt: skip


def _opening_people(text: str) -> Attribution | None:
    """
    The officials, office holder or witnesses a sentence opens with, read from its head noun.

    "Local officials spoke to reporters." and "The fire chief, Tom Becker, gave an update."
    open with a speaker whom a later "they said" or "he said" points back to.

    >>> _opening_people("Local officials spoke to reporters at the scene.").source
    'Local officials'
    >>> _opening_people("The fire chief, Tom Becker, gave an update.").source
    'Tom Becker'
    >>> _opening_people("Heavy rain cut off the officials.") is None
    True
    >>> _opening_people("The Red Cross sent teams to the area.").source
    'The Red Cross'
    >>> _opening_people("Omar Siddiqui, 29, rushed to the scene.").source
    'Omar Siddiqui'
    """
    words = text[:120].split()[:6]
    for i, word in enumerate(words):
        bare = _bare(word.rstrip(",;:"))
        if (
            bare in _TITLES
            and not word.endswith(",")
            and words[i + 1 : i + 2]
            and words[i + 1][:1].isupper()
        ):
            return None  # "Governor Ana Obi toured": a title before a name (read by the caller)
        compound = not word.endswith(",") and words[i + 1 : i + 2] and words[i + 1][:1].isupper()
        owner = word.endswith(("'s", "’s"))  # "The agency's director": the head comes later
        if _office_follows(word, words[i + 1 : i + 2]):
            continue  # "The district commissioner": the head is the office after the place
        if bare in _OPENING_HEADS and not owner and not (compound and word[:1].isupper()):
            return _opening_head(text, words[: i + 1])  # (not "Police" of "Police Chief Ana Obi")
        if word.endswith(",") and i > 0 and all(w[:1].isupper() for w in words[: i + 1]):
            made = classify_speaker(" ".join(words[: i + 1]).rstrip(","))  # "Omar Siddiqui, 29,"
            return made if made is not None and made.kind == "named_person" else None
        if (
            word.lower() not in _OPENING_MODIFIERS
            and not word[:1].isupper()
            and not word.endswith(("'s", "’s"))
        ):
            return None
    return None


#: Head nouns of the speakers a sentence may open with (officials, crowds, offices,
#: institutions, armed groups).
_OPENING_HEADS: Final = (
    _OFFICIAL_NOUNS | _VAGUE_NOUNS | _TITLES | ORGANIZATION_CUES | PARTY_CUES
) - {"us", "u.s.", "uk", "u.k.", "un"}
_OPENING_KINDS: Final = frozenset(
    {"named_person", "anonymous_official", "vague", "organization", "party"}
)


def _office_follows(word: str, following: Sequence[str]) -> bool:
    """
    Whether *word* only qualifies the office or body after it ("district commissioner").

    >>> _office_follows("district", ["commissioner,"])
    True
    >>> _office_follows("police", ["said"])
    False
    """
    return (
        not word.endswith(",")
        and word[:1].islower()
        and bool(following)
        and following[0][:1].islower()
        and _bare(following[0].rstrip(",;:")) in _TITLES | _OPENING_HEADS
    )


#: An office's place between its title and the name set after it: "The governor of the
#: province, Ahmed Nouri, ..." (the name is read after the place).
_OFFICE_PLACE: Final = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,2}?(?=\s*,)"
)


def _opening_head(text: str, words: Sequence[str]) -> Attribution | None:
    """The speaker *words* (a sentence's opening, up to its head noun) name, if any."""
    phrase = " ".join(words).rstrip(",")
    end = text.find(phrase) + len(phrase)
    if not words[-1].endswith(",") and (place := _OFFICE_PLACE.match(text, end, end + 60)):
        name = _apposed_name(text, phrase, place.end())
        if name is not None:  # "The governor of the province, Ahmed Nouri, ..."
            made = classify_speaker(name)
            return made if made is not None and made.kind in _OPENING_KINDS else None
    name = _apposed_name(text, phrase, end) if words[-1].endswith(",") else None
    made = classify_speaker(name or phrase)
    return made if made is not None and made.kind in _OPENING_KINDS else None


def attribute_clause(
    sentence: Sentence, start: int, end: int, default: Attribution, *, figure: bool = True
) -> Attribution:
    """
    The attribution of a claim at ``[start, end)`` when its sentence holds two speakers.

    In "X said A, while Y said B" a claim inside B belongs to Y. The sentence is cut
    into clauses at semicolons and contrastive conjunctions ("while", "whereas",
    ", but"); when two clauses name different speakers, the claim takes the speaker
    of its own clause. Otherwise, and whenever the clause's speaker is only a pronoun
    or a short reference, the answer is *default*. When the only speakers of the
    sentence claim or deny responsibility ("X claimed the raid, which killed 11"), the
    figures are the reporter's (``none``), though a stance is still theirs ("X denied the
    raid, blaming Y": X blames).

    Args:
        sentence: The sentence holding the claim.
        start: Document offset where the claim starts.
        end: Document offset where the claim ends.
        default: The sentence's attribution (from ``attribute_sentences``).
        figure: Whether the claim is a figure (False: a stance).

    Returns:
        The attribution of the clause holding the claim, or *default*.

    >>> from claimrec._text import split_sentences
    >>> s = split_sentences("Police said two died, while the hospital said three died.")[0]
    >>> attribute_clause(s, 50, 55, Attribution("organization", "Police")).source
    'the hospital'
    """
    rejected = rejected_figure_source(sentence.text, start - sentence.start)
    if rejected is not None:
        return rejected  # "19, not 23 as some media reported": the 23 is the media's
    starts, clauses, speakers = _clauses(sentence.text)
    if figure and _claims_only(sentence.text):
        return NONE  # "X claimed the raid, which killed 11": the reporter describes the raid
    local = start - sentence.start
    local_end = max(local, end - sentence.start)
    index = max(0, bisect.bisect_right(starts, local) - 1)
    a, b, attribution = clauses[index]
    if speakers < 2:
        return _before_and_speaker(sentence.text, clauses, index, default)
    if a <= local < b or (a < local_end <= b):
        return attribution if attribution is not None else default
    return default


def _before_and_speaker(
    text: str, clauses: Sequence[_Clause], index: int, default: Attribution
) -> Attribution:
    """
    The reporter's (``none``) for a clause with no speaker before "…, and police said".

    In "Eight people died, and police said 20 were hurt" the police speak for the
    second clause only; any other clause keeps *default*.
    """
    _, b, attribution = clauses[index]
    later = [c[2] for c in clauses[index + 1 :] if c[2] is not None]
    if (
        attribution is None
        and later
        and later[0] == default
        and _AND_SPEAKER_RE.match(text, b) is not None
        and not any(c[2] is not None for c in clauses[:index])
    ):
        return NONE
    return default


#: A figure's own source after it: "the 90 deaths reported by the rebels", "the 15 dead
#: acknowledged so far by the government" (a reduced relative with its agent).
_FIGURE_AGENT: Final = re.compile(
    r"(?:\s+(?:dead|deaths|killed|injured|wounded|casualties|victims|fatalities)\b)?"
    r"\s*,?\s*(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:reported|announced|acknowledged|given|confirmed|recorded|counted|cited|claimed|"
    r"registered|documented|published|released|issued|put\s+out|provided)"
    r"(?:\s+(?:so\s+far|earlier|initially|officially|previously|publicly|a\s+day\s+earlier|"
    r"the\s+day\s+before|(?:on\s+|last\s+)?\w+day))?\s+by\s+"
    r"(?P<np>(?:the\s+|a\s+|an\s+)?[\w'’.\-]+(?:\s+(?!and\b|but\b|while\b|which\b|who\b|"
    r"on\b|in\b|at\b|after\b|before\b|since\b|last\b)[\w'’.\-]+){0,5})",
    re.IGNORECASE,
)


#: A participle that ends a figure's span: "the toll of 26 given" (its agent follows).
_PARTICIPLE_END: Final = re.compile(
    r"\s(?:reported|announced|acknowledged|given|confirmed|recorded|counted|cited|provided)$"
)


#: A figure's owner before it: "the ministry's figure of 64 dead", "the army's count of".
_FIGURE_OWNER: Final = re.compile(
    r"(?P<owner>[\w\-]+(?:\s+[\w\-]+){0,2})['’]s\s+"
    r"(?:(?:own|latest|new|official|revised|initial|updated|earlier|higher|lower|final)\s+)?"
    r"(?:(?:figure|count|toll|tally|estimate|number|total|account)"
    r"(?:\s+of\s+|(?:\s*,\s*(?:which|that)\s[^,]{1,50},\s*|\s+)(?:was|is|stood\s+at|stands\s+at)\s+)"
    r"|(?:claim|assertion|account|statement)\s+that\s+)$",
    re.IGNORECASE,
)


def figure_owner(text: str, start: int) -> Attribution | None:
    """
    The owner a figure names right before itself, or None.

    "the ministry's figure of 64 dead" ("the army's figure was 40") is the ministry's,
    whoever disputes it later in the sentence.

    Args:
        text: The sentence.
        start: Offset in *text* where the figure starts.

    >>> figure_owner("The ministry's figure of 64 dead was disputed.", 25).source
    'The ministry'
    >>> figure_owner("The army's figure, which it did not explain, was 40 dead.", 49).source
    'The army'
    >>> figure_owner("The army's claim that 40 died was disputed.", 22).source
    'The army'
    >>> figure_owner("A figure of 64 dead was given.", 12) is None
    True
    """
    match = _FIGURE_OWNER.search(text, max(0, start - 80), start)
    if match is None:
        return None
    words = match.group("owner").split()
    determiners = [i for i, w in enumerate(words) if w.lower() in {"the", "a", "an"}]
    made = classify_speaker(" ".join(words[determiners[-1] :] if determiners else words), text)
    return made if made is not None and made.kind != "vague" else None


def figure_agent(text: str, end: int) -> Attribution | None:
    """
    The source a figure names right after itself, or None.

    "the 90 deaths reported by the rebel group" is the rebel group's figure, whoever
    speaks for the rest of the sentence.

    Args:
        text: The sentence.
        end: Offset in *text* where the figure's noun phrase ends.

    >>> figure_agent("far above the 15 deaths acknowledged by the government.", 23).source
    'the government'
    >>> figure_agent("15 deaths in the flood, police said.", 9) is None
    True
    >>> figure_agent("the toll of 26 given by local authorities", 20).source
    'local authorities'
    >>> figure_agent("the toll of 26 that local officials gave", 14).source
    'local officials'
    """
    match = _FIGURE_AGENT.match(text, end) or _FIGURE_RELATIVE.match(text, end)
    participle = _PARTICIPLE_END.search(text, max(0, end - 14), end) if match is None else None
    if participle is not None:  # the claim's span took the participle: "26 given| by X"
        match = _FIGURE_AGENT.match(text, participle.start())
    if match is None:
        return None
    phrase = match.group("np").rstrip(" .,;")
    return classify_speaker(phrase, text)


#: A figure's own source in a relative clause after it: "the toll of 471 that officials
#: gave", "the 40 dead which the army had reported" (a verb that gives figures, not "said").
_FIGURE_RELATIVE: Final = re.compile(
    r"(?:\s+(?:dead|deaths|killed|injured|wounded|casualties|victims|fatalities)\b)?"
    r"\s+(?:that|which)\s+(?P<np>(?:the\s+|a\s+|an\s+)?[\w'’.\-]+(?:\s+(?!had\b|has\b|have\b|"
    r"initially\b|earlier\b|first\b)[\w'’.\-]+){0,4}?)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:initially\s+|earlier\s+|first\s+|previously\s+)?"
    r"(?:gave|reported|announced|released|published|issued|cited|recorded|counted|registered|"
    r"documented|put\s+out|provided)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _claims_only(text: str) -> bool:
    """Whether every speaker a sentence names only claims responsibility (no figure is theirs)."""
    named = [f for f in _find(text) if f.ref is None and f.attribution.kind != "none"]
    return bool(named) and all(f.claim for f in named)


_Clause: TypeAlias = tuple[int, int, "Attribution | None"]
#: A contrast set before the main clause, up to its comma: "While the government has
#: acknowledged 12 deaths, opposition groups say ..." (the first figure is the government's).
_FRONTED_CLAUSE: Final = re.compile(
    r"[\"“]?(?:while|whereas|although|though|even\s+though)\s[^,;]{1,200},", re.IGNORECASE
)


@functools.lru_cache(maxsize=256)
def _clauses(text: str) -> tuple[tuple[int, ...], tuple[_Clause, ...], int]:
    """
    The clauses of a sentence with the first speaker each names, read once per sentence.

    Returns their start offsets (for bisection), the clauses ``(start, end, speaker)``
    and how many different speakers they name.
    """
    fronted = _FRONTED_CLAUSE.match(text)
    cuts = [0, *(m.start() for m in _CLAUSE_SPLIT.finditer(text)), len(text)]
    if fronted is not None and fronted.end() - 1 not in cuts:
        cuts = sorted([*cuts, fronted.end() - 1])
    clauses: list[_Clause] = []
    for a, b in itertools.pairwise(cuts):
        found = [
            f for f in _find(text[a:b]) if f.ref in {None, "title"} and f.attribution.kind != "none"
        ]  # "the regional governor said" names a speaker; "he said" points back
        speaker = found[0].attribution if found else None
        previous = clauses[-1][2] if clauses else None
        if speaker is not None and previous is not None:
            speaker = _another_of(speaker, previous)  # "one official said 16; another ..."
        clauses.append((a, b, speaker))
    speakers = len({c[2] for c in clauses if c[2] is not None})
    return tuple(cuts[:-1]), tuple(clauses), speakers
