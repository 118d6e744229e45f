"""
Responsibility claims: who claimed, denied or is blamed for an attack, read by rules as data.

The rules live in the language pack (``claimrec/lang/en/responsibility.toml``): each
names its stance, where its actor is written (before the verb, after it, inside the
pattern, or nowhere), who speaks for a blame, a literal pre-filter and the sentences it
must and must not read. This module compiles them and reads a document sentence by
sentence, remembering the last actor and the last group named so that "it", "the
group" or "the group's spokesman" find the group meant.

Every pattern and every search here is bounded: subjects are read in a window of
``_WINDOW`` characters before the verb and actors in one after it, word by word, so a
sentence of any length is read in time linear in its length.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Final

from attrs import evolve, field, frozen

from claimrec._text import literal_union
from claimrec.errors import InvalidValueError
from claimrec.extract._attribution import (
    PARTY_CUES,
    attribute_clause,
    classify_speaker,
    explicit_speaker,
    is_capital,
    is_state_actor,
    lead_subject,
    names_party,
    names_someone,
    title_case_words,
)
from claimrec.kinds import NATIONS, SEATS, find_nations
from claimrec.link.places import default_gazetteer, nation_country, national_capital
from claimrec.model import Attribution

if TYPE_CHECKING:
    from claimrec._text import Sentence

__all__ = ["RULES", "ResponsibilityReader", "Rule", "Stance", "load_rules"]

STANCES: Final = ("claimed", "denied", "blamed", "none_claimed")
_ACTOR_PLACES: Final = (
    "before",
    "after",
    "group",
    "blamed",
    "wielder",
    "side",
    "own_side",
    "none",
)
_BLAMERS: Final = ("subject", "clause", "relative")
_NEEDS: Final = ("attack", "armed", "accusation", "attack_near", "attack_before", "blame")
#: How far before a verb its subject is looked for, and after it its actor.
_WINDOW: Final = 200
#: A blamer phrase longer than this is a clause, not a speaker: the clause's speaker blames.
_MAX_BLAMER_WORDS: Final = 8


@frozen
class Rule:
    """
    One responsibility rule of a language pack (see ``responsibility.toml``).

    >>> rule = RULES[0]
    >>> (rule.name, rule.stance, rule.actor)
    ('none_claimed', 'none_claimed', 'none')
    """

    name: str
    stance: str
    actor: str
    pattern: re.Pattern[str] = field(repr=False)
    keys: tuple[str, ...] = field(repr=False)
    #: the pre-filter: one of *keys* at the start of a word of the lower-cased sentence
    key_re: re.Pattern[str] = field(repr=False, eq=False)
    blamer: str = "subject"
    needs: str | None = None
    fires_on: tuple[str, ...] = field(default=(), repr=False)
    ignores: tuple[str, ...] = field(default=(), repr=False)


@frozen
class Stance:
    """A responsibility claim found in one sentence (offsets into the sentence)."""

    start: int
    end: int
    stance: str
    actor: str | None
    pattern: str
    attribution: Attribution


def _alternation(words: Sequence[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _word_starts(keys: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of *keys* where a word starts (a trie of their letters)."""
    return re.compile(r"\b" + literal_union(keys).pattern)


def _check(record: Mapping[str, object], key: str, allowed: Sequence[str], default: str) -> str:
    value = record.get(key, default)
    if value not in allowed:
        msg = f"responsibility rule {record.get('name')!r}: {key} must be one of {', '.join(allowed)}, got {value!r}"
        raise InvalidValueError(msg)
    return str(value)


def _compile(record: Mapping[str, object], words: Mapping[str, list[str]]) -> Rule:
    """One rule record of the TOML table, its placeholders filled and its pattern compiled."""
    pattern = str(record["pattern"])
    for name, alternatives in words.items():
        pattern = pattern.replace(f"<{name.upper()}>", _alternation(alternatives))
    if "<" in pattern and re.search(r"<[A-Z]+>", pattern):
        msg = f"responsibility rule {record.get('name')!r}: unknown word list in {pattern!r}"
        raise InvalidValueError(msg)
    flags = 0 if record.get("case") else re.IGNORECASE
    keys = tuple(str(k) for k in record.get("keys", ()))  # type: ignore[attr-defined]
    if not keys:
        msg = f"responsibility rule {record.get('name')!r}: keys must not be empty"
        raise InvalidValueError(msg)
    return Rule(
        name=str(record["name"]),
        stance=_check(record, "stance", STANCES, ""),
        actor=_check(record, "actor", _ACTOR_PLACES, ""),
        pattern=re.compile(pattern, flags),
        keys=keys,
        key_re=_word_starts(keys),
        blamer=_check(record, "blamer", _BLAMERS, "subject"),
        needs=_check(record, "needs", _NEEDS, "") or None if "needs" in record else None,
        fires_on=tuple(record.get("fires_on", ())),  # type: ignore[arg-type]
        ignores=tuple(record.get("ignores", ())),  # type: ignore[arg-type]
    )


def _pack_text() -> str:
    return resources.files("claimrec.lang.en").joinpath("responsibility.toml").read_text("utf-8")


def load_rules(text: str | None = None) -> tuple[Rule, ...]:
    """
    The responsibility rules of a TOML table (the English pack's when *text* is None).

    Args:
        text: A TOML document with ``[words]`` and ``[[rule]]`` tables.

    Raises:
        InvalidValueError: A rule names an unknown stance, actor place or word list, or
            two rules share a name.

    >>> [r.name for r in load_rules()][:2]
    ['none_claimed', 'no_claim_of_responsibility']
    """
    table = tomllib.loads(_pack_text() if text is None else text)
    words: dict[str, list[str]] = table.get("words", {})
    rules = tuple(_compile(record, words) for record in table.get("rule", ()))
    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            msg = f"responsibility rule names must be unique, got {rule.name!r} twice"
            raise InvalidValueError(msg)
        seen.add(rule.name)
    return rules


_TABLE: Final = tomllib.loads(_pack_text())
#: The English pack's rules, in the order they are tried.
RULES: Final = load_rules()
#: An attack or act of violence named anywhere in a sentence (rules that ``need`` one).
_ATTACK_RE: Final = re.compile(
    r"\b(?:"
    + "|".join(_TABLE["words"]["attack"])
    + r"|violence|fire|rockets?|missiles?|drones?)\b",
    re.IGNORECASE,
)
#: Armed violence named in a sentence (rules that ``need`` "armed"): a strike only with
#: what struck ("an air strike", "drone strikes"; a bare "strike" may be a walkout), fire
#: only aimed ("fire on the convoy"), never "operations".
_ARMED_RE: Final = re.compile(
    r"\b(?:"
    + "|".join(w for w in _TABLE["words"]["attack"] if w not in {"strikes?", "operations?"})
    + r"|violence|rockets?|missiles?|drones?|shells?|mortars?|"
    + "|".join(_TABLE["words"]["launcher"])
    + r"|attacked|shelled|bombed|bombarded|ambushed|shot\s+down"
    r"|(?:its|their|our|his)\s+(?:fighters|militants|troops|soldiers|forces|aircraft|jets|warplanes|"
    r"gunmen|artillery|mujahideen)"
    r"|(?:air|drone|missile|rocket|artillery|military|aerial|naval|israeli|russian|u\.s\.)[\s-]*strikes?"
    r"|(?:carr(?:y|ied|ying)\s+out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:(?:any|a|an|the)\s+)?(?:\w+\s+)?strikes?"
    r"|(?:open(?:ed|ing)?\s+)?fir(?:e|ed|ing)\s+(?:on|at|into|upon))\b",
    re.IGNORECASE,
)
_ADVERBS: Final = frozenset(
    [
        *(w.replace("\\s+", " ") for w in _TABLE["words"]["adverb"]),
        "has",
        "have",
        "had",
        "not",
        "so",
        "far",
        "never",
    ]
)

# --------------------------------------------------------------------------- actors

_WORD: Final = re.compile(r"[\"“”‘’']|[\w'’.\-]+|[,.;:()\[\]—–]")
_STOP_PUNCT: Final = frozenset(',.;:”"’()[]—–')
#: Words that end an actor read after a verb ("blamed X for ...").
_ACTOR_STOP: Final = frozenset(
    [
        "for",
        "after",
        "as",
        "which",
        "who",
        "whose",
        "that",
        "and",
        "since",
        "over",
        "because",
        "when",
        "while",
        "on",
        "at",
        "with",
        "to",
        "by",
        "said",
        "says",
        "following",
        "amid",
        "during",
        "in",
        "from",
        # irregular past verbs of a weapon's clause ("a rocket fired by X fell short")
        "fell",
        "hit",
        "struck",
        "blew",
        "tore",
        "went",
        "came",
        # auxiliaries end the actor's name: "a rocket fired by X had fallen short"
        "had",
        "has",
        "have",
        "was",
        "were",
        "would",
        "will",
    ]
)
#: Adjectives and participles that take a preposition inside a group's description ("a
#: cell loyal to X", "proxies sponsored by Y").
_LINKING: Final = frozenset(_TABLE["words"]["linking"])
#: Adjectives in -ed inside a group's name or description ("ethnic armed groups",
#: "an unidentified faction"), not a verb that ends the actor.
_ED_ADJECTIVES: Final = frozenset(
    [
        "armed", "unidentified", "unnamed", "suspected", "alleged", "banned", "outlawed",
        "organised", "organized", "proscribed", "self-styled", "so-called", "hardened",
        "disaffected",
    ]
)  # fmt: skip
#: Phrases after which the group's own name follows ("a gang known as X").
_NAMING: Final = re.compile(
    r"\b(?:call(?:s|ing)?\s+(?:itself|themselves)|known\s+as|called|named|dubbed)\s+",
    re.IGNORECASE,
)
#: An actor that only points back to a group named elsewhere.
_REFERENCE: Final = re.compile(
    r"(?:it|they|we|he|she|the\s+(?:group|movement|militia|organi[sz]ation|faction|network|outfit|"
    r"alliance)|its\s+\w+|their\s+\w+|our\s+\w+)",
    re.IGNORECASE,
)
#: A reference to an armed group by its kind ("the group", "the militia").
_GROUP_REFERENCE: Final = re.compile(
    r"the\s+(?:group|movement|militia|organi[sz]ation|faction|network|outfit|alliance)",
    re.IGNORECASE,
)
#: The members of a group named before, by what they are: "the militants", "the rebels".
_MEMBERS_REFERENCE: Final = re.compile(
    r"the\s+" + _alternation(_TABLE["actor"]["members"]), re.IGNORECASE
)
#: A kind of group standing alone without its article, as headlines write it ("Group
#: claims attack", "Faction denies role"): it names no one.
#: A group named as a third party ("the militia"), which a speaker of itself calls "it".
_THE_GROUP: Final = re.compile(
    r"\bthe\s+(?:group|movement|militia|organi[sz]ation|faction|network)\b", re.IGNORECASE
)


def _third_party_deed(said: str, speaker: str | None) -> bool:
    """
    True when a speaker that is no armed group says "the militia" did it: an account, no claim.

    >>> _third_party_deed("said the militia fired", "Officials")
    True
    >>> _third_party_deed("said the movement had carried out", "Hamas")
    False
    >>> _third_party_deed("said that the group's forces had targeted", "Houthi military")
    False
    """
    if speaker is None or _THE_GROUP.search(said) is None:
        return False
    if names_party(speaker.lower().split()):
        return False  # "a Houthi military spokesman said the group's forces ...": its own
    return is_state_actor(speaker) or not names_someone(speaker)


_BARE_KIND: Final = re.compile(
    r"(?:group|movement|militia|organi[sz]ation|faction|network|outfit|alliance)", re.IGNORECASE
)
#: Who speaks for a group: "a spokesman for X", "X's spokesman", "a X spokesman".
_SPOKESMAN_FOR: Final = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|leader|commander|emir|official|member)s?"
    r"\s+(?:for|of)\s+(?P<owner>.+)$",
    re.IGNORECASE,
)
_OWNER_SPOKESMAN: Final = re.compile(
    r"^(?P<owner>.+?)(?:'s|’s)\s+(?:[\w\-]+\s+){0,2}?(?:spokes(?:man|woman|person)|leader|commander|emir|statement|channel|account|"
    r"(?:news\s+)?agency|outlet|website|television|tv|radio)$",
    re.IGNORECASE,
)
_SPOKESMAN_AFTER: Final = re.compile(
    r"^(?:a|an|the)\s+(?P<owner>[^\s].{0,80}?)\s+spokes(?:man|woman|person)$", re.IGNORECASE
)
_LEADING: Final = re.compile(
    r"^(?:(?:but|and|while|whilst|whereas|although|though|meanwhile|however|earlier|later|so\s+far|"
    r"then|also|separately|"
    r"on\s+\w+|in\s+(?:a|an|its|their)\s+\w+|now|"
    # a date written first with no comma: "In 2019 the same faction claimed ..."
    r"in\s+(?:early\s+|late\s+)?(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)(?:\s+\d{4})?|\d{4})|last\s+(?:year|month|week)|"
    # a place written first with no comma: "In Kabul the Taliban claimed ..."
    r"(?:in|at|near|outside|inside|across)\s+(?:[\w'’\-]+\s+){1,5}?(?=(?:the|a|an)\s))"
    r"\b[\s,]*){1,4}",
    re.IGNORECASE,
)
_TRAILING: Final = re.compile(
    r"\s+(?:in|on|via|through)\s+(?:a|an|its|their)\b[^,;]{0,80}$|\s+(?:on|via)\s+(?:telegram|social\s+media|"
    r"twitter|x|facebook|its\s+website)$|\s+online$"
    r"|\s+(?:has|have|had)\s+(?:in\s+the\s+past|in\s+recent\s+\w+|before|often|repeatedly)$"
    # a hedge raised over the subject: "X is believed to (have) claimed": X
    r"|\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:believed|thought|said|reported|understood|"
    r"alleged|presumed|reputed|suspected)\s+to$",
    re.IGNORECASE,
)
#: A comma segment that is an adverbial ("in a statement published on its channel",
#: "on Saturday", "according to ...") is no subject: the subject stands before it.
_ADVERBIAL_SEGMENT: Final = re.compile(
    r"(?:in|on|at|via|through|according\s+to|citing|after|during|late|earlier|later|"
    # an anonymity aside: "A U.S. official, speaking on condition of anonymity, blamed X"
    r"speaking|asking|declining|"
    r"reached|contacted|interviewed)\s",
    re.IGNORECASE,
)
#: The last complementizer or speech verb in a subject: what follows it is the real subject.
_INNER_SUBJECT: Final = re.compile(
    r"\b(?:that|said|says|say|believe|believes|believed|suspect|suspects|added|stated|think|thinks|"
    r"insisted|insists|maintained|maintains|stressed|stresses|argued|argues)\s+"
    # "X is believed to have claimed": X is the subject, "to" no clause
    r"(?!to\b)",
    re.IGNORECASE,
)
_SPEECH_BEFORE: Final = re.compile(
    r"\b(?:said|says|told|stated|added|announced|insisted|declared|wrote|posted)\b", re.IGNORECASE
)
#: A coordinated verb phrase shares the subject of the verb before it.
_COORDINATED: Final = re.compile(r"(?:^|\s|,)(?:and|but|then|or|before|after)$", re.IGNORECASE)
_NAMERS: Final = frozenset(["known", "calling", "calls", "called", "named", "dubbed"])
_NAME_JOINERS: Final = frozenset(
    ["of", "the", "al", "el", "al-", "bin", "ibn", "e", "de", "du", "la", "le", "for", "and"]
)
_SAME: Final = "\x00same"
_PARTICIPLE: Final = re.compile(
    r"(?:saying|adding|insisting|stressing|noting|stating)\s", re.IGNORECASE
)
_PRONOUNS: Final = frozenset(
    {"it", "they", "we", "he", "she", "its", "their", "our"}
)  # the subject is the one of the previous verb in the clause


def _last(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """The last match of *pattern* in ``text[pos:endpos]`` (matches do not overlap)."""
    found = None
    for found in pattern.finditer(text, pos, len(text) if endpos is None else endpos):  # noqa: B007
        pass
    return found


def _strip_adverbs(head: str) -> str:
    """*head* without the adverbs and auxiliaries that stand before its verb."""
    for _ in range(6):
        stripped = head.rstrip()
        cut = stripped.rfind(" ")
        last = stripped[cut + 1 :].lower()
        if last not in _ADVERBS:
            return stripped
        head = stripped[: max(cut, 0)]
    return head.rstrip()


def _trailing_name(segment: str) -> str:
    """The run of capitalised words (and their joiners) that ends *segment*."""
    words = segment.split()
    start = len(words)
    while start > 0 and len(words) - start < 10:
        word = words[start - 1]
        if word[:1].isupper() or word.lower() in _NAME_JOINERS:
            start -= 1
            continue
        break
    while start < len(words) and words[start].lower() in _NAME_JOINERS - {"the"}:
        start += 1
    return " ".join(words[start:]) or segment


#: A group's message between it and the verb that claims: "X posted a statement claiming".
_MESSAGE_VERB: Final = re.compile(
    r"\s+(?:posted|issued|published|released|put\s+out|sent|shared|circulated)\s+(?:a|an)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:message|statement|video|post|communiqu[eé]|recording|audio)"
    r"(?:\s+(?:on|in|to|via|through)\s+[^,;]{1,40}?)?$",
    re.IGNORECASE,
)


#: A break between clauses: what stands before it is no apposition of what follows.
_CLAUSE_BREAK: Final = re.compile(r"[;:]")
#: A participle that claims, whose subject is the clause's before its comma.
_CLAIMING: Final = re.compile(r"claiming\b", re.IGNORECASE)
#: An opening adjunct of time, no name: "An hour after the blast, the group ...".
_TIME_ADJUNCT: Final = re.compile(
    r"\b(?:after|before|since|following|later|earlier|ago)\b", re.IGNORECASE
)


def _subject_before(text: str, end: int) -> str | None:
    """The subject phrase written before the verb at *end*, ``_SAME``, or None."""
    if _CLAIMING.match(text, end) and text[:end].rstrip().endswith(","):
        return lead_subject(text) or _SAME  # "The army rejected it, claiming it had ...": the army
    head = _strip_adverbs(text[max(0, end - _WINDOW) : end])
    if _COORDINATED.search(head):
        return _SAME
    segments = [s.strip() for s in re.split(r"[,;:—–()\"“”]", head)]
    segments = [s for s in segments if s]
    while len(segments) > 1 and _ADVERBIAL_SEGMENT.match(segments[-1]):
        segments.pop()
    if not segments:
        return None
    candidate = segments[-1]
    if _PARTICIPLE.match(candidate):
        # "X rejected the accusation, saying it had no role": X speaks
        return lead_subject(text) or _SAME
    if candidate.lower().startswith("or ") and len(segments) > 1:
        return segments[-2]  # "the Pakistani Taliban, or TTP, claimed": the name before the alias
    if re.match(r"(?:which|who|that)\b", candidate, re.IGNORECASE) and len(segments) > 1:
        # "X, which claimed the attack, said it ...": the relative clause is no subject, but
        # "the militants, who call themselves the Y, said": the name they give themselves
        named = _last(_NAMING, candidate)
        return candidate[named.end() :] if named else _trailing_name(segments[-2])
    if len(segments) > 1 and (
        _SPOKESMAN_FOR.search(segments[-2])
        or _OWNER_SPOKESMAN.match(segments[-2])
        or _SPOKESMAN_AFTER.match(segments[-2])  # "A Houthi military spokesman, Yahya X,"
    ):
        return segments[-2]  # "the group's spokesman, Abu X, said": he speaks for it
    message = _MESSAGE_VERB.search(candidate)
    if message is not None and message.start() > 0:
        candidate = candidate[: message.start()]  # "the group posted a message claiming ..."
    naming = _last(_NAMING, candidate)
    if naming is not None:
        return candidate[naming.end() :]
    if (
        re.match(r"(?:the|a|an)\s", candidate)
        and len(segments) > 1
        and not _CLAUSE_BREAK.search(head)  # "X blamed Y; the group said": no apposition
        and segments[0][:1].isupper()
        and not _LEADING.match(segments[0])
        and not _INNER_SUBJECT.search(segments[0])
        and not _TIME_ADJUNCT.search(segments[0])
        and not _ADVERBIAL_SEGMENT.match(segments[0])
        and not names_someone(candidate)
    ):
        return segments[0]  # "Hezbollah, the Lebanese movement, claimed"
    if _LEADING.fullmatch(candidate + " ") and len(segments) > 1:
        candidate = segments[-2]
    return candidate


#: A group's outlet as a subject: "a website close to the militants", "a channel affiliated
#: with X", "the group's news agency". The group speaks through it, so the group claims.
_OUTLET_OF: Final = re.compile(
    r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:outlets?|websites?|sites?|channels?|agency|"
    r"media|broadcasters?|stations?|accounts?|newspapers?|television|radio|platforms?)\s+"
    r"(?:(?:closely|directly)\s+)?(?:(?:linked|close|affiliated|tied|allied|aligned|loyal|"
    r"connected)\s+(?:to|with)|(?:run|operated)\s+by)\s+(?P<group>\S.{0,80})",
    re.IGNORECASE,
)


#: A group's message as a subject, put out through its own outlet: "a statement posted on
#: the group's news agency claimed ..." (the group claims).
_MESSAGE_OF: Final = re.compile(
    r"(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:statement|message|post|video|communiqu[eé])\s+"
    r"(?:posted|published|released|issued|carried|circulated|sent)\s+(?:on|by|in|via|through)\s+"
    r"(?P<owner>\S.{0,60}?)['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:agency|channels?|outlets?|websites?|"
    r"accounts?|media|wing|office)",
    re.IGNORECASE,
)


#: A message put out on an outlet as a subject: "a post on a channel linked to X", "a
#: statement posted on a Telegram channel affiliated with X" (the outlet's group claims).
_MESSAGE_ON: Final = re.compile(
    r"(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:statement|message|post|video|communiqu[eé]|claim)\s+"
    r"(?:(?:posted|published|released|issued|carried|circulated|sent)\s+)?(?:on|in|via|through)\s+"
    r"(?P<outlet>(?:a|an|the)\s+\S.{0,120})",
    re.IGNORECASE,
)


#: "told Reuters (that)" before what was said: the subject of the said clause follows.
_TOLD_INNER: Final = re.compile(
    r"\btold\s+" + _alternation(_TABLE["words"]["told"]) + r"\s+(?:that\s+)?", re.IGNORECASE
)


def _clean(actor: str) -> str:
    inner = _last(_INNER_SUBJECT, actor) or _last(_TOLD_INNER, actor)
    if inner is not None and inner.end() < len(actor):
        actor = actor[inner.end() :]
    on_outlet = _MESSAGE_ON.fullmatch(actor.strip())
    if on_outlet is not None and _OUTLET_OF.fullmatch(on_outlet.group("outlet")):
        actor = on_outlet.group("outlet")  # "a post on a channel linked to X": X's outlet
    actor = _LEADING.sub("", actor)
    actor = _TRAILING.sub("", actor)
    outlet = _OUTLET_OF.fullmatch(actor.strip())
    if outlet is not None:
        actor = outlet.group("group")  # "a website close to the militants": the militants
    message = _MESSAGE_OF.fullmatch(actor.strip())
    if message is not None:
        actor = message.group("owner")  # "a statement posted on the group's channel": the group
    return actor.strip(" ,.\"“”'‘’")


#: A name right after "and" (its article allowed): "and Y", "and the Y Brigades".
_NEXT_NAME: Final = re.compile(r"\s(?:the\s)?[A-Z]")


def _actor_after(text: str, pos: int) -> tuple[int, str] | None:
    """The actor written right after *pos*, word by word: (end, words) or None."""
    first = last = -1
    previous = ""
    window = text[pos : pos + _WINDOW]
    naming = _NAMING.match(window)
    for m in _WORD.finditer(window):
        w = m.group()
        if first < 0 and w in {'"', "“", "‘", "'"}:
            continue
        if w in _STOP_PUNCT:
            break
        lw = w.lower()
        if first >= 0 and lw in {"that", "which", "who"} and _NAMING.match(window, m.end() + 1):
            continue  # "a faction that calls itself X": the name follows
        if previous in _NAMERS and lw in {"as", "itself", "themselves"}:
            previous = lw
            continue
        if first >= 0 and lw in _ACTOR_STOP and previous not in _LINKING:
            if lw == "and" and _NEXT_NAME.match(window, m.end()):
                pass  # "X and Y", "the X Front and the Y Brigades": two names
            else:
                break
        if (
            first >= 0
            and w.islower()
            and lw.endswith(("ed", "ing"))
            and lw not in _LINKING
            and lw not in _NAMERS
            and lw not in _ED_ADJECTIVES  # "the ethnic armed groups"
            and previous not in {"a", "an", "the"}  # "a misfired rocket": an adjective
        ):
            break
        if first < 0:
            if lw in _ACTOR_STOP:
                return None  # "blamed for ...": no one is named
            first = m.start()
        last = m.end()
        previous = lw
        if last - first > 80:
            break
    if first < 0:
        return None
    actor = window[first:last].rstrip(" .").strip("\"'“”‘’")
    if actor.lower() in {"each other", "one another"}:
        return None
    return pos + last, _own_name(actor, naming, first)


#: A weapon or an attack named as what did it ("a rocket", "an air strike").
_WEAPON_HEAD: Final = re.compile("(?:" + "|".join(_TABLE["words"]["weapon"]) + ")", re.IGNORECASE)
#: Causes that are no one's doing ("a gas leak", "an electrical fault").
_CAUSES: Final = frozenset(_TABLE["words"]["cause"])
#: Who used a weapon: "a rocket [fired by] militants", "an air strike [by] the army".
_WIELDED_BY: Final = re.compile(
    r"\s+(?:(?:\w+ly\s+)?(?:[a-z]+ed|flown|sent|carried\s+out|set\s+off|shot|thrown)\s+)?by\s+",
    re.IGNORECASE,
)


def _is_weapon(actor: str) -> bool:
    """
    Whether an actor phrase names a weapon, maybe with a participle after it, not who used it.

    >>> _is_weapon("a rocket"), _is_weapon("explosives hidden"), _is_weapon("the Rocket Brigade")
    (True, True, False)
    """
    words = actor.split()
    for at, word in enumerate(words):
        if _WEAPON_HEAD.fullmatch(word) and word.islower():
            rest = words[at + 1 :]
            return all(
                w.islower() and w.endswith(("ed", "en", "ing", "laid", "left")) for w in rest
            )
    return False


def _wielder(text: str, end: int, weapon: str) -> tuple[int, str] | None:
    """
    Who used the *weapon* phrase that ends at *end*: the agent after it, or its nationality.

    "a rocket fired by militants" names the militants; "an Israeli air strike" names
    the one its capitalised modifier stands for; a weapon alone names nobody (None).

    >>> _wielder("a rocket fired by militants.", 8, "a rocket")
    (28, 'militants')
    >>> _wielder("an Israeli air strike.", 21, "an Israeli air strike")
    (21, 'Israeli')
    """
    if weapon.split()[-2:] in (["a", "strike"], ["the", "strike"], ["strike"]):
        return None  # a bare "strike" may be a walkout ("a strike by rail workers")
    by = _WIELDED_BY.match(text, end, min(len(text), end + 60))
    if by is not None:
        agent = _actor_after(text, by.end())
        if agent is not None and not _is_event(agent[1]):
            return agent
        return None
    words = weapon.split()
    bare = words[0].lower() not in _ARTICLES  # "blamed Ukrainian drones for the fire"
    words = words[int(not bare) : -1]
    named = [w for w in words if w[:1].isupper()]
    if named and named == words[: len(named)] and not (bare and not _names_wielder(named[0])):
        return end, " ".join(named)
    return None


def _own_name(actor: str, naming: re.Match[str] | None, first: int) -> str:
    """
    The name a described actor gives itself, or *actor*.

    *naming* is a naming phrase that opened the window ("calling itself ..."), and
    *first* where the actor starts in that window.

    >>> _own_name("a faction that calls itself the Sons of the Delta", None, 0)
    'the Sons of the Delta'
    """
    named = _NAMING.search(actor)
    if named is not None and named.end() < len(actor):
        return actor[named.end() :]
    if naming is not None and naming.end() > first:
        return actor[naming.end() - first :]
    return actor


def _owner(phrase: str) -> str | None:
    """The group a spokesperson phrase speaks for, or None when *phrase* is not one."""
    for pattern in (_SPOKESMAN_FOR, _OWNER_SPOKESMAN, _SPOKESMAN_AFTER):
        found = pattern.search(phrase) if pattern is _SPOKESMAN_FOR else pattern.match(phrase)
        if found is not None:
            return found.group("owner").strip()
    return None


def _leading_group(text: str) -> str | None:
    """The capitalised name a sentence opens with ("The Sons of X posted ..."), or None."""
    words = text[:160].split()[:10]
    if len(words) < 2 or words[0] != "The" or not words[1][:1].isupper():
        return None
    run = words[:2]
    for word in words[2:]:
        bare = word.rstrip(",.;:")
        if not (bare[:1].isupper() or bare.lower() in _NAME_JOINERS):
            break
        run.append(bare)
        if bare != word:
            break
    while len(run) > 2 and run[-1].lower() in _NAME_JOINERS:
        run.pop()
    return " ".join(run).rstrip(",.;:")


_EVENT_HEADS: Final = frozenset(
    [
        "incident",
        "altercation",
        "fight",
        "dispute",
        "confrontation",
        "violence",
        "crash",
        "accident",
        "clash",
        "clashes",
        "feud",
        "feuds",
        "rivalry",
    ]
)


def _is_event(actor: str) -> bool:
    """Whether an actor phrase names an event ("the shooting"), not who did it."""
    words = [w.strip('[]()"“”,') for w in actor.split()]
    if not words or words[0].lower() not in {"the", "this", "that", "these", "those", "a", "an"}:
        return False
    head = words[-1].lower()
    return (head in _EVENT_HEADS or _ATTACK_RE.fullmatch(head) is not None) and not names_someone(
        actor
    )


def _is_reference(actor: str) -> bool:
    return bool(_REFERENCE.fullmatch(actor)) or actor.lower().startswith(("its ", "their "))


def _group_kind(actor: str, sentence: str) -> str:
    """``party`` for a group speaking for itself; an institution's or a hedge's own kind."""
    if is_state_actor(actor):
        return "organization"  # a state's institution or the state itself ("Tehran denied")
    made = classify_speaker(actor, sentence)
    if made is not None and made.kind == "vague" and _proper_name(actor):
        return "party"  # "The Guardians of the Dawn claimed": a name of common words
    if made is not None and made.kind in {"media", "anonymous_official", "vague"}:
        return made.kind  # an outlet, an official; "vague" for people nobody names
    return "party"


def _proper_name(actor: str) -> bool:
    """
    Whether *actor* is written as a proper name: a capital on a word past its first.

    >>> _proper_name("The Guardians of the Dawn"), _proper_name("Residents")
    (True, False)
    """
    return any(_capitalised(word) for word in actor.split()[1:])


# --------------------------------------------------------------------------- reading


@functools.lru_cache(maxsize=8)
def _key_filter(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """One pattern for every key of *rules*: a sentence it does not match holds no stance."""
    return _word_starts(tuple(sorted({k for r in rules for k in r.keys})))


class ResponsibilityReader:
    """
    Reads the responsibility claims of one document, sentence by sentence, in order.

    It remembers the last actor that claimed or denied and the last group a sentence
    opened with, so a pronoun, "the group" or "the group's spokesman" finds its group.
    Create one reader per document.

    >>> from claimrec._text import split_sentences
    >>> reader = ResponsibilityReader()
    >>> s = split_sentences("The Hill Front claimed the ambush. It also claimed the raid.")
    >>> [(x.stance, x.actor, x.attribution.kind) for t in s for x in reader(t, Attribution())]
    [('claimed', 'The Hill Front', 'party'), ('claimed', 'The Hill Front', 'party')]
    """

    def __init__(self, rules: Sequence[Rule] = RULES) -> None:
        self.rules = tuple(rules)
        self._keys = _key_filter(self.rules)
        self._all_keys = tuple(sorted({k for r in self.rules for k in r.keys}))
        self.last_actor: str | None = None
        self.last_group: str | None = None
        #: the last named group (not a state) of any stance: whom "the group" means
        self.last_party: str | None = None
        #: whether the sentence before laid blame: "The faction rejected the accusation." answers it
        self.blamed_before = False
        #: every actor named so far (the last few), for "the faction" after "an armed faction"
        self.actors: list[str] = []
        #: the sentence before (rules that need an attack "near" may find it there)
        self.previous = ""
        #: whether any sentence so far named an attack (for a denial with no object)
        self.attacked = False
        #: the actors blamed so far (the last few): whom a state's denial answers for
        self.accused: list[str] = []
        #: the actors blamed so far in the sentence being read (the last few)
        self.blamed_here: list[str] = []

    def __call__(self, sentence: Sentence, attribution: Attribution) -> list[Stance]:
        """The stances of *sentence*; *attribution* is its speaker (``attribute_sentences``)."""
        original = sentence.text
        cased = _sentence_case(original)
        if (
            cased != original
        ):  # "Russian Missile Attack Kills 8": read as "Russian missile attack kills 8"
            read = [
                _recased(s, original) for s in self._read(evolve(sentence, text=cased), attribution)
            ]
        else:
            read = self._read(sentence, attribution)
        # the reader keeps the actors as written (a later "the militia" finds them); a
        # claim names each as a reader does
        return [evolve(s, actor=reader_name(s.actor)) for s in read]

    def _read(self, sentence: Sentence, attribution: Attribution) -> list[Stance]:
        """The stances of *sentence* as written in sentence case."""
        matches = self._matches(sentence.text)
        out: list[Stance] = []
        self.blamed_here = []
        for rule, match in sorted(matches, key=lambda m: m[1].start()):
            stance = self._stance(rule, match, sentence, attribution, out)
            if stance is not None:
                read = self._each_actor(stance, sentence.text, out)
                out.extend(read)
                blamed = [x.actor for x in read if x.stance == "blamed" and x.actor]
                self.blamed_here = [*self.blamed_here, *blamed][-_RECENT:]
        self.last_group = _leading_group(sentence.text) or self.last_group
        self.blamed_before = False
        self.previous = sentence.text
        self.attacked = self.attacked or _ATTACK_RE.search(sentence.text) is not None
        if not out:
            return out
        self.blamed_before = any(stance.stance == "blamed" for stance in out)
        # the last few blamed here are the last few of all blamed here: ``blamed_here`` holds them
        self.accused = [*self.accused, *self.blamed_here][-_RECENT:]
        named = [x.actor for x in out if x.actor and not _GROUP_REFERENCE.fullmatch(x.actor)]
        self.actors = [*self.actors, *named][-_RECENT:]
        return [s for s in out if not _answered_twice(s, out)]

    def _matches(self, text: str) -> list[tuple[Rule, re.Match[str]]]:
        """The rules' matches in *text*; one that overlaps an earlier rule's match is dropped."""
        low = text.lower()
        kept: list[tuple[Rule, re.Match[str]]] = []
        if self._keys.search(low) is None:
            return kept
        taken: list[tuple[int, int]] = []  # the spans kept, sorted and disjoint
        present = {k for k in self._all_keys if k in low}  # one pass, then set tests per rule
        needs: dict[str, bool] = {}
        for rule in self.rules:
            if present.isdisjoint(rule.keys) or rule.key_re.search(low) is None:
                continue
            matches = list(rule.pattern.finditer(text))
            if not matches:
                continue
            if rule.needs is not None:  # read after the pattern: most sentences fail it first
                if rule.needs not in needs:
                    needs[rule.needs] = self._needed(rule.needs, text)
                if not needs[rule.needs]:
                    continue
            for match in matches:
                start, end = match.span()
                at = bisect.bisect_left(taken, (start, end))
                if (at > 0 and taken[at - 1][1] > start) or (
                    at < len(taken) and taken[at][0] < end
                ):
                    continue  # a more specific rule read this text already
                if rule.stance != "none_claimed" and _negated(text, start):
                    continue
                taken.insert(at, (start, end))
                kept.append((rule, match))
        return kept

    def _needed(self, need: str, text: str) -> bool:
        """Whether *text* (or what came before it, for some needs) holds what a rule needs."""
        if need == "blame":  # "X blamed Y, which Z denied": blame laid here or just before
            return self.blamed_before or _BLAME_WORD.search(text) is not None
        if (_ARMED_RE if need == "armed" else _ATTACK_RE).search(text) is not None:
            return True
        if need == "attack_near":  # "A bomb hit the market. Officials pointed the finger at X."
            # a claim of responsibility speaks of an attack: "No group claimed
            # responsibility, but suspicion fell on X"
            return (
                _ATTACK_RE.search(self.previous) is not None
                or _RESPONSIBILITY_TAKEN.search(text) is not None
            )
        if need == "attack_before":  # "A bomb hit the market. The faction denied any role."
            return self.attacked or _RESPONSIBILITY_TAKEN.search(text) is not None
        return need == "accusation" and self.blamed_before

    def _stance(
        self,
        rule: Rule,
        match: re.Match[str],
        sentence: Sentence,
        attribution: Attribution,
        found: list[Stance],
    ) -> Stance | None:
        start = match.start()
        if rule.stance != "none_claimed" and _asked(sentence.text, start):
            return None  # "Who was behind the attack is unclear": a question asserts nothing
        read = self._actor(rule, match, sentence.text, found)
        if read is None:
            return None
        end, actor = read
        if actor is not None and _is_event(actor):
            return None  # "[the shooting] had nothing to do with her": an event, not an actor
        if actor is not None and _BARE_KIND.fullmatch(actor):
            actor = None  # a headline's "Group claims attack": a kind of group, no name
        if rule.stance == "claimed" and actor is not None and _NO_ONE.match(actor):
            return None  # "No one said they fired the coach": no one claims
        if rule.stance in {"claimed", "denied"} and actor is not None:
            self.last_actor = actor
        if actor is not None and names_someone(actor) and not is_state_actor(actor):
            self.last_party = actor
        speaker = self._speaker(rule, actor, sentence, attribution, (start, end))
        # the speaker as written before the match's own "said" when no clause names one
        said_by = speaker.source or _said_by(rule, sentence.text, start)
        if rule.actor in {"wielder", "side"} and _own_side(actor or "", said_by):
            return _own_account(rule, start, end, speaker)
        if rule.actor in {"wielder", "side"} and _whose_unsaid(actor or "", said_by):
            return None  # "Indian troops killed three militants, the army said": whose army?
        if rule.stance == "denied" and actor is not None:
            actor = _accused_state(actor, [*self.accused, *self.blamed_here])
        return Stance(start, end, rule.stance, actor, rule.name, speaker)

    def _actor(
        self, rule: Rule, match: re.Match[str], text: str, found: list[Stance]
    ) -> tuple[int, str | None] | None:
        """Where the stance of *match* ends and its actor, as *rule* reads it; None: no stance."""
        start, end = match.span()
        actor: str | None = None
        if rule.actor == "after":
            after = _actor_after(text, end)
            if after is None:
                return None
            end, actor = after
            if _is_event(actor) or _is_weapon(actor):
                after = _wielder(text, end, actor)
                if after is None:
                    return None
                end, actor = after
            words = actor.split()
            if not words or words[-1].lower() in _CAUSES:
                return None  # "blamed the blast on a gas leak": no one's doing; no words: no one
        elif rule.actor == "group":
            actor = self._resolve(_clean(match.group("actor")), text, start, found)
            last = actor.split()[-1:] if actor is not None else []
            if last and last[0].lower() in _CAUSES | _EVENT_HEADS:
                return None  # "Gas leak blamed for blast": a cause, no one's doing
        elif rule.actor in {"wielder", "side"}:
            actor = match.group("actor")
            if not _names_wielder(actor, states=rule.actor == "wielder"):
                return None  # "said Grad rockets struck": a make of weapon, no one's side
        elif rule.actor == "blamed":
            actor = _answering(match, found)
            if actor is None:
                return None  # "…, a claim the army denied": a statement denied, no blame
        elif rule.actor in {"before", "own_side"}:
            return self._subject_actor(rule, match, text, found)
        return end, actor

    def _subject_actor(
        self, rule: Rule, match: re.Match[str], text: str, found: list[Stance]
    ) -> tuple[int, str | None] | None:
        """The actor written before the verb of *match* (rules ``before`` and ``own_side``)."""
        start = match.start()
        actor = self._relative_antecedent(text, start, found)
        if actor is None:
            actor = self._resolve(_subject_before(text, start), text, start, found)
        if rule.stance == "claimed" and _third_party_deed(match.group(0), actor):
            return None  # "Officials said the militia fired 22 rockets": no one claims
        if rule.actor == "own_side" and not _own_side(match.group("side"), actor or ""):
            return None  # "the army denied that rebel fighters attacked": not its own deed
        return match.end(), actor

    def _each_actor(self, stance: Stance, text: str, found: Sequence[Stance]) -> list[Stance]:
        """
        One stance per actor of *stance*: two named actors, or the two a bare "Both" means.

        "the X and the Y" and "Both the X and the Y" are two actors; a bare "Both" is the
        two actors named last ("X and Y were blamed. Both denied it.").
        """
        actors = _both_actors(stance.actor or "")
        if actors is None and _BOTH.fullmatch(stance.actor or ""):
            earlier = [s.actor for s in found if s.actor] or self.actors
            named = list(dict.fromkeys(a for a in reversed(earlier) if not _BOTH.fullmatch(a)))
            actors = (named[1], named[0]) if len(named) > 1 else None
        if actors is None and _BOTH.fullmatch(stance.actor or "") and found:
            blamed = list(dict.fromkeys(s.actor for s in found if s.stance == "blamed" and s.actor))
            if len(blamed) == 1:  # "blamed two factions, an accusation the two groups denied"
                return [evolve(stance, actor=blamed[0], attribution=_side(blamed[0], text))]
        if actors is None:  # "Both sides blamed each other": no side named, no stance
            return [] if stance.pattern == "blamed_each_other" else [stance]
        if stance.pattern == "blamed_each_other":  # each side blamed by the other
            return [
                evolve(stance, actor=actor, attribution=_side(other, text))
                for actor, other in (actors, actors[::-1])
            ]
        if stance.stance == "blamed":
            return [evolve(stance, actor=actor) for actor in actors]
        outer = stance.attribution.chain[:-1]
        return [
            evolve(
                stance,
                actor=actor,
                attribution=Attribution(_group_kind(actor, text), actor, chain=(*outer, actor)),
            )
            for actor in actors
        ]

    def _relative_antecedent(self, text: str, start: int, found: Sequence[Stance]) -> str | None:
        """
        Whom a bare "which"/"who" before the verb at *start* stands for, or None.

        The one blamed before it ("X blamed Y, which denied ..."), else the noun phrase in
        lower case ending the clause before the comma ("the army blamed the group, which
        ..."); a capitalised name there is read by ``_subject_before``.
        """
        relative = _BARE_RELATIVE.search(text, max(0, start - 40), start)
        if relative is None:
            return None
        blamed = _blamed_before(found, relative.start())
        if blamed is not None:
            return blamed
        last = text[max(0, relative.start() - 40) : relative.start()].rsplit(maxsplit=1)
        if not last or last[-1][:1].isupper():
            return None  # "..., blamed on Israel, which claimed ...": the name reads as before
        before = _THE_NP_END.search(text, max(0, relative.start() - 80), relative.start())
        return before.group(0) if before is not None else None

    def _resolve(
        self, subject: str | None, text: str, pos: int, found: Sequence[Stance], depth: int = 0
    ) -> str | None:
        """The group *subject* names, following references back in the sentence and document."""
        if subject == _SAME:
            earlier = _earlier_actor(found, pos)
            if earlier is not None:
                return earlier
            subject = _first_subject(text, pos)
        if subject is not None and (
            _MESSAGE_OF.fullmatch(subject.strip()) or _MESSAGE_ON.fullmatch(subject.strip())
        ):
            # "a statement posted on the group's channel claimed": its "posted" is no speech
            # verb whose subject the group would be; the group is named before the message
            pos = max(0, text.rfind(subject.strip(), 0, pos))
        if subject is not None:
            subject = _clean(subject)
            owner = _owner(subject)
            if owner is not None:
                subject = _clean(owner)
        members_of = self._members_of() if subject else None
        if members_of is not None and _MEMBERS_REFERENCE.fullmatch(subject or ""):
            return members_of  # "Police blamed the X Brigade. The militants denied it."
        if subject and not _is_reference(subject):
            return subject
        if depth == 0:
            speech = _last(_SPEECH_BEFORE, text, max(0, pos - _WINDOW), pos)
            if speech is not None:
                named = self._resolve(
                    _subject_before(text, speech.start()), text, speech.start(), found, 1
                )
                if named is not None:
                    return named
        fallback = subject if subject and subject.split()[0].lower() not in _PRONOUNS else None
        same = self._same_head(subject) if subject and _GROUP_REFERENCE.fullmatch(subject) else None
        if same is not None:
            return same  # "... blamed an armed faction. The faction rejected it": that faction
        if subject and self.last_party and _GROUP_REFERENCE.fullmatch(subject):
            # "the army blamed the X militia. The group denied it": the group named last
            return _earlier_actor(found, pos) or self.last_party
        return _earlier_actor(found, pos) or self.last_actor or self.last_group or fallback

    def _members_of(self) -> str | None:
        """
        The named group whose members "the militants" or "the rebels" are, or None.

        The last named group of a stance, else an armed group a sentence opened with
        ("The X Battalion has fought the army since 2019. The militants claimed ...").
        """
        if self.last_party is not None:
            return self.last_party
        group = self.last_group
        made = classify_speaker(group) if group is not None else None
        return group if made is not None and made.kind == "party" else None

    def _same_head(self, reference: str) -> str | None:
        """The latest actor whose name ends in the head of *reference* ("the faction")."""
        head = reference.rsplit(maxsplit=1)[-1].lower()
        return next(
            (a for a in reversed(self.actors) if a.rsplit(maxsplit=1)[-1].lower() == head), None
        )

    def _speaker(
        self,
        rule: Rule,
        actor: str | None,
        sentence: Sentence,
        attribution: Attribution,
        span: tuple[int, int],
    ) -> Attribution:
        """Who stands behind the stance: the group itself, its blamer, or the clause's speaker."""
        start, end = span
        clause = attribute_clause(
            sentence, sentence.start + start, sentence.start + end, attribution, figure=False
        )
        if rule.stance == "none_claimed":
            return clause if explicit_speaker(sentence.text, start) is not None else Attribution()
        if rule.stance in {"claimed", "denied"}:
            return clause if actor is None else _group_speaker(actor, sentence, clause)
        return _blamer(rule, sentence, span) or clause


def _said_by(rule: Rule, text: str, start: int) -> str:
    """
    The subject before a wielder rule's own speech verb at *start*, or "" when there is none.

    "Kyiv" in "Kyiv said Ukrainian forces struck": the speaker when no clause names one.
    """
    if rule.actor != "wielder" or not _SAID_AT.match(text, start):
        return ""
    subject = _subject_before(text, start)
    return "" if subject in {None, _SAME} else str(subject)


#: A speech verb opening a wielder rule's match: "said Ukrainian forces struck".
_SAID_AT: Final = re.compile(r"(?:said|says|say|saying|added|reported)\b", re.IGNORECASE)


def _group_speaker(actor: str, sentence: Sentence, clause: Attribution) -> Attribution:
    """A group claiming or denying speaks for itself, relayed by the outlet that carried it."""
    relayed = clause.kind == "media" or _OUTLET_OF.fullmatch(clause.source or "")
    outer = clause.chain[:-1] if relayed else ()
    chain = (*outer, clause.source) if relayed and clause.source else outer
    return Attribution(_group_kind(actor, sentence.text), actor, chain=(*chain, actor))


def _blamer(rule: Rule, sentence: Sentence, span: tuple[int, int]) -> Attribution | None:
    """
    Who lays a blame written in the stance's own words, or None (the clause's speaker).

    A passive's agent ("X was blamed by the army"), a relative clause's subject ("which
    officials blamed on X"), or the subject before the verb, cut at its own verb ("The
    Front claimed the raid, blaming the army": the Front).
    """
    start, end = span
    agent = _passive_blamer(sentence.text, start, end)
    if agent is not None:
        return agent  # "X was blamed by the army for ...", "... was blamed on X by officials"
    if rule.blamer == "relative":
        # "…, which U.S. officials blamed on X": the relative clause's subject blames
        inner = _RELATIVE_SUBJECT.match(sentence.text, start, end)
        made = classify_speaker(inner.group(1), sentence.text) if inner else None
        if made is not None:
            return made
    if rule.blamer == "subject":
        subject = _subject_before(sentence.text, start)
        if subject not in {None, _SAME}:
            subject = lead_subject(subject or "") or subject
        if subject not in {None, _SAME} and len((subject or "").split()) <= _MAX_BLAMER_WORDS:
            made = classify_speaker(_clean(subject or ""), sentence.text)
            if made is not None and made.kind != "none":
                return made
    return None


#: "Both", "both sides", "both groups", "both of them", "the two groups": two actors named before.
_BOTH: Final = re.compile(
    r"(?:both|the\s+two)(?:\s+(?:of\s+them|sides|groups|parties|factions|militias|movements|governments|countries))?",
    re.IGNORECASE,
)
#: A denial in a relative clause said by more than one: "…, which both governments rejected".
_PLURAL_ANSWER: Final = re.compile(r"\b(?:both|the\s+two)\b", re.IGNORECASE)


def _answering(match: re.Match[str], found: Sequence[Stance]) -> str | None:
    """
    Who answers the blame laid before *match*: the one blamed, or "both" when more speak.

    "…, which both governments rejected" answers for each one blamed (see ``_each_actor``).
    """
    actor = _blamed_before(found, match.start())
    if actor is not None and _PLURAL_ANSWER.search(match.group(0)):
        return "both"
    return actor


def _names_wielder(agent: str, *, states: bool = True) -> bool:
    """
    Whether the word before a weapon names a side that used it: a nation, a state or a party.

    With *states* False a state's seat or capital does not count: in "killed in Kabul
    checkpoint attack" the capital is where, not who.

    >>> _names_wielder("Ukrainian"), _names_wielder("rebel"), _names_wielder("Grad")
    (True, True, False)
    >>> _names_wielder("Israeli troops"), _names_wielder("rebel fighters"), _names_wielder("its troops")
    (True, True, False)
    >>> _names_wielder("Kabul"), _names_wielder("Kabul", states=False)
    (True, False)
    >>> _names_wielder("Iraqi militia", states=False), _names_wielder("government", states=False)
    (True, True)
    >>> _names_wielder("Saudi-led coalition", states=False), _names_wielder("Iran-backed", states=False)
    (True, True)
    >>> _names_wielder("U.S.", states=False), _names_wielder("rescue units")
    (True, False)
    """
    if _SIDE_BODY.fullmatch(agent):
        return True  # "government shelling", "army drones": the state's own arms
    side, _, forces = agent.partition(" ")
    if forces.lower() in _FORCES | _MEMBER_NOUNS or _SIDE_BODY.fullmatch(forces):
        agent = side  # "Russian forces", "rebel fighters", "Iraqi militia": the side is named first
        if side.islower() and not _SIDE_BODY.fullmatch(side):
            states = False  # "rescue units" are no state's: only a nation or a party is a side
    led = _LED_BY.search(agent)
    if led is not None:
        # "a Saudi-led coalition", "Iran-backed militias": a state leads or backs them
        agent, states = agent[: led.start()], True
    agent = agent.replace(".", "")  # "U.S." is read as "US"
    nations = find_nations(agent)
    if nations and nations[0][:2] == (0, len(agent)):
        return True
    return names_party(agent.lower().split()) or (states and is_state_actor(agent))


#: A side's armed men or machines: "forces" in "Russian forces".
_FORCES: Final = frozenset(_TABLE["words"]["forces"])
#: A side named as the one that leads or backs a body: "Saudi-led", "Iran-backed".
_LED_BY: Final = re.compile(r"-(?:led|backed)$", re.IGNORECASE)
#: A side's state or armed body: "army" in "Sudanese army air strike", "government shelling".
_SIDE_BODY: Final = re.compile("(?:" + "|".join(_TABLE["words"]["side_body"]) + ")", re.IGNORECASE)


#: Who may take a deadly act of its own side on itself: a state's body or a party speaking.
_OWN_ACCOUNT_KINDS: Final = frozenset({"organization", "party"})


def _own_account(rule: Rule, start: int, end: int, speaker: Attribution) -> Stance | None:
    """
    A side's own account of its deadly act: the side claims it, and blames no one.

    "Air force strikes killed 35 fighters, the army said": the army claims the strikes of its
    own air force (actor: the speaker); a medic or a reporter telling of a side's strike
    claims nothing for it.
    """
    if rule.stance != "blamed" or speaker.kind not in _OWN_ACCOUNT_KINDS or not speaker.source:
        return None
    return Stance(start, end, "claimed", speaker.source, "own_account", speaker)


def _own_side(agent: str, speaker: str) -> bool:
    """
    Whether the speaker tells of its own side's weapon: same nation, or the agent in its name.

    >>> _own_side("Russian", "the Russian defence ministry"), _own_side("army", "The army")
    (True, True)
    >>> _own_side("Ukrainian", "Local authorities"), _own_side("army", "the defence ministry")
    (False, True)
    >>> _own_side("US", "The Pentagon"), _own_side("Russian", "Moscow"), _own_side("US", "Moscow")
    (True, True, False)
    >>> _own_side("Air force", "the army"), _own_side("Militia", "the army")
    (True, False)
    >>> _own_side("Indian", "New Delhi")
    True
    """
    words = {w.lower() for w in re.findall(r"[\w\-]+", speaker)}
    if agent.lower() in words:
        return True
    theirs = {key for _, _, key in find_nations(agent)}
    own = {key for _, _, key in find_nations(speaker)} | {SEATS[w] for w in words & SEATS.keys()}
    spoken = " " + " ".join(re.findall(r"[\w\-]+", speaker.lower())) + " "
    capitals = [_capital_of(key) for key in theirs]
    if not own.isdisjoint(theirs) or any(c and f" {c} " in spoken for c in capitals):
        return True  # "New Delhi" for Indian troops: a capital of two words counts
    state = is_state_actor(agent) or _STATE_BODY.fullmatch(agent.strip()) is not None
    return not theirs and state and is_state_actor(speaker)


def _whose_unsaid(agent: str, speaker: str) -> bool:
    """
    Whether a state's body that names no nation speaks of a nation's side: its own or not.

    "Indian troops killed three militants, the army said" is India's army telling its own
    deed, "Russian forces shelled the town, the army said" another army's blame: the words
    do not say which, so neither is read.

    >>> _whose_unsaid("Indian", "the army"), _whose_unsaid("Indian", "the Pakistani army")
    (True, False)
    >>> _whose_unsaid("rebel", "the army"), _whose_unsaid("Russian", "medics")
    (False, False)
    """
    return bool(find_nations(agent)) and _STATE_BODY.fullmatch(speaker.strip()) is not None


#: A state's own body named alone, as a sentence may open with it: "Air force", "Army".
_STATE_BODY: Final = re.compile(
    "(?:the\\s+|its\\s+|our\\s+)?(?:" + "|".join(_TABLE["words"]["state_body"]) + ")", re.IGNORECASE
)


#: How many actors named last a reader keeps (blamed, or named by a stance): a denial or
#: a pronoun answers one of the few named just before it, and a bounded list keeps a text
#: of thousands of accusations linear.
_RECENT: Final = 8


def _accused_state(denier: str, accused: Sequence[str]) -> str:
    """
    The accused a state denies for, when it answers by its name, capital or seat.

    "X blamed India ..., a charge New Delhi rejected": India denies, in the voice of New
    Delhi. The latest accused of the denier's nation is returned; else *denier* itself.

    >>> _accused_state("New Delhi", ["India"]), _accused_state("Kiev", ["Ukrainian troops"])
    ('India', 'Ukrainian troops')
    >>> _accused_state("Moscow", ["the Hill Front"]), _accused_state("The Kremlin", ["Russia"])
    ('Moscow', 'Russia')
    >>> _accused_state("Kabul", ["Afghan militants"])
    'Kabul'
    """
    for blamed in reversed(accused):
        if blamed == denier or names_party([_bare_word(w) for w in blamed.split()]):
            continue  # "Afghan militants" are no state: Kabul denies in its own name
        if any(_stands_for(denier, c) for c in _countries_of(blamed)):
            return blamed
    return denier


def _after_break(text: str, start: int) -> bool:
    """
    Whether a headline's own phrase starts again at *start*: after a colon, a bar or a dash.

    "Gaza: Israeli Strike ...", "Kharkiv — Drone Attack ...". Only the spaces and dashes
    just before *start* are read, so a headline of many words stays linear.

    >>> _after_break("Gaza: Israeli Strike", 6), _after_break("Kyiv — Drone", 7)
    (True, True)
    >>> _after_break("Drone-Maker Hit", 6), _after_break("Drone Attack", 6)
    (False, False)
    """
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i > 0 and text[i - 1] in ":|":
        return True
    j = i
    while j > 0 and text[j - 1] in "-—–":
        j -= 1
    return 0 < j < i and text[j - 1].isspace()


def _sentence_case(text: str) -> str:
    """
    *text* in sentence case when it is written in title case, else *text* itself.

    Title-case headlines capitalise every word, so "Missile" and "Kills" read as names. A
    word keeps its capital where it is a phrase's first, an acronym, a nationality or a
    country, or a party's name; every other capitalised word is lowered, letter for letter,
    so offsets hold.

    >>> _sentence_case("Russian Missile Attack Kills 8 In Ukraine")
    'Russian missile attack kills 8 in Ukraine'
    >>> _sentence_case("Rebel rocket kills three at Kano market")
    'Rebel rocket kills three at Kano market'
    """
    words = title_case_words(text)
    if words is None:
        return text
    out = list(text)
    for i, word in enumerate(words):
        if i == 0 or _after_break(text, word.start()) or not _common(word.group()):
            continue
        out[word.start()] = word.group()[0].lower()
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    """Whether a capitalised headline word is a common word, not a name a side is known by."""
    bare = _bare_word(word)
    if not word[:1].isupper() or word.isupper() or names_party([bare]):
        return False
    return not find_nations(word) and not _countries_of(word.removesuffix("’s").removesuffix("'s"))


def _recased(stance: Stance, original: str) -> Stance:
    """*stance* read in sentence case, its actor as the original headline writes it."""
    if stance.actor is None:
        return stance
    at = original.lower().find(stance.actor.lower())
    if at < 0:
        return stance
    return evolve(stance, actor=original[at : at + len(stance.actor)])


def _bare_word(word: str) -> str:
    return word.lower().strip(".,’'").removesuffix("’s").removesuffix("'s")


@functools.lru_cache(maxsize=1024)
def _countries_of(actor: str) -> frozenset[str]:
    """
    The ISO codes of the countries an actor is named by: its nationality or its name.

    >>> sorted(_countries_of("Ukrainian troops")), sorted(_countries_of("India"))
    (['UA'], ['IN'])
    >>> sorted(_countries_of("the Hill Front")), sorted(_countries_of("Kiev"))
    ([], ['UA'])
    """
    codes = {nation_country(key) for _, _, key in find_nations(actor)}
    if len(actor) <= _LONGEST_NAME:
        place = default_gazetteer().resolve(actor.strip())
        if place is not None and (place.level == "country" or is_capital(actor)):
            codes.add(place.country)  # "India"; "Kiev" blamed is Ukraine's state
    return frozenset(code for code in codes if code)


@functools.lru_cache(maxsize=1024)
def _stands_for(name: str, country: str) -> bool:
    """
    Whether *name* speaks for the state of *country* (ISO code): its name, seat or capital.

    Capitals are compared as places of the gazetteer, so its alternate names count
    ("Kiev" is Kyiv).

    >>> _stands_for("Kiev", "UA"), _stands_for("Kyiv", "UA"), _stands_for("Moscow", "UA")
    (True, True, False)
    """
    if country in _countries_of(name):
        return True
    words = {w.lower() for w in re.findall(r"[\w\-]+", name)}
    if any(nation_country(SEATS[w]) == country for w in words & SEATS.keys()):
        return True
    capital = national_capital(country)
    if capital is None or len(name) > _LONGEST_NAME:
        return False
    gazetteer = default_gazetteer()
    here, there = gazetteer.resolve(name.strip()), gazetteer.resolve(capital)
    return here is not None and there is not None and here.id == there.id


#: A state's or a capital's name is short: a longer phrase is never looked up in the gazetteer.
_LONGEST_NAME: Final = 40


def _capital_of(nation: str) -> str:
    """
    The capital of a nation key, in lower case ("" when it has none): "ua" -> "kyiv".

    >>> _capital_of("ru"), _capital_of("kurds")
    ('moscow', '')
    """
    country = nation_country(nation)
    capital = national_capital(country) if country else None
    return (capital or "").lower()


#: Two named actors joined by "and": "(both) the Front and the Brigades".
_TWO_ACTORS: Final = re.compile(
    r"(?:both\s+)?(?P<a>(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,5}?)\s+and\s+"
    r"(?P<b>(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,5})",
    re.IGNORECASE,
)


def _both_actors(actor: str) -> tuple[str, str] | None:
    """
    The two actors of a coordinated phrase, when each names a group or state.

    >>> _both_actors("Both the militia and the army")
    ('the militia', 'the army')
    >>> _both_actors("the Northern Front and the Sabil Brigades")
    ('the Northern Front', 'the Sabil Brigades')
    >>> _both_actors("the Front for Peace and Justice") is None
    True
    """
    found = _TWO_ACTORS.fullmatch(actor.strip()) if len(actor) < 160 else None
    if found is None:
        return None
    a, b = found.group("a"), found.group("b")
    if not all(_names_group(x) for x in (a, b)):
        return None
    return a, b


def _side(actor: str, text: str) -> Attribution:
    """A party to a conflict speaking for itself, as the attribution of what it says."""
    return Attribution(_group_kind(actor, text), actor, chain=(actor,))


def _names_group(phrase: str) -> bool:
    """Whether a phrase alone names a group or a state ("the army", "the Sabil Brigades")."""
    made = classify_speaker(phrase)
    return is_state_actor(phrase) or (made is not None and made.kind in {"party", "organization"})


#: A passive blame's agent inside the match: "was blamed [by the army] for" (or "on").
_BLAMED_BY: Final = re.compile(
    r"\bblamed\s+by\s+(?P<agent>[^,.;:]{1,60}?)\s+(?:for|over|on)\s", re.IGNORECASE
)
#: A passive verb right before "blamed on": "The attack was blamed on X".
_PASSIVE_BEFORE: Final = re.compile(
    r"\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: The agent after a passive blame's actor: "… was blamed on X [by local officials]".
_BY_AFTER: Final = re.compile(r"\s+by\s+", re.IGNORECASE)


def _passive_blamer(text: str, start: int, end: int) -> Attribution | None:
    """
    Who lays a passive blame: the agent after "blamed by", or after the actor of "was blamed on".

    *start* and *end* span the blame and its actor. None when the blame is not passive or
    names no agent.

    >>> _passive_blamer("The front was blamed by the army for the raid.", 10, 42).source
    'the army'
    >>> _passive_blamer("The raid was blamed on the front by officials.", 13, 32).source
    'officials'
    >>> _passive_blamer("Officials blamed the raid on the front.", 10, 38) is None
    True
    """
    inside = _BLAMED_BY.search(text, start, end)
    if inside is not None:
        return classify_speaker(inside.group("agent"), text)
    blamed = text.find("blamed", start, end)
    if blamed < 0 or _PASSIVE_BEFORE.search(text, max(0, blamed - 30), blamed) is None:
        return None
    by = _BY_AFTER.match(text, end)
    after = _actor_after(text, by.end()) if by is not None else None
    return classify_speaker(after[1], text) if after is not None else None


#: An actor that is no one: "No group", "Nobody", "None of the factions".
_NO_ONE: Final = re.compile(r"(?:no|none|nobody|no-one|neither)\b", re.IGNORECASE)

_NEGATION: Final = re.compile(
    r"(?:\b(?:not|never|yet\s+to|refused\s+to|declined\s+to|failure\s+to|failed\s+to|unable\s+to)|n't)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


#: The subject of a relative clause that blames: "which [U.S. officials] blamed on".
_RELATIVE_SUBJECT: Final = re.compile(r"(?:which|that)\s+(.+?)\s+(?:\w+ly\s+)?blam", re.IGNORECASE)


def _answered_twice(stance: Stance, found: Sequence[Stance]) -> bool:
    """
    Whether *stance* only rejects an accusation its actor denies again in the sentence.

    "The group rejected the accusation and said it had fired no rockets": one denial.
    """
    return stance.pattern == "rejected_the_accusation" and any(
        other is not stance and other.stance == "denied" and other.actor == stance.actor
        for other in found
    )


def _earlier_actor(found: Sequence[Stance], pos: int) -> str | None:
    """The actor of the nearest stance before *pos* in the sentence (*found* is in text order)."""
    for stance in reversed(found[-8:]):
        if stance.actor is not None and stance.start < pos:
            return stance.actor
    return None


#: A question's word opening a sentence ("Who was behind …?") or a clause that asks
#: ("Asked whether his group was behind …", "It is unclear if the militia …").
_QUESTION_OPENING: Final = re.compile(
    r"\s*[\"“‘']?(?:who|which\s+group|what\s+group)\b", re.IGNORECASE
)
_ASKING: Final = re.compile(r"\b(?:whether|if)\s", re.IGNORECASE)
#: A condition set before the main clause by inversion: "Should the militants claim the
#: attack, ...", "Had the group claimed it, ...", "Were they to claim it, ...".
_INVERTED_CONDITION: Final = re.compile(r"\s*[\"“‘']?(?:should|had|were)\s", re.IGNORECASE)
#: An embedded question right before the verb: "too early to say which group [was
#: behind]", "investigating who [was responsible]" (a relative "the man who was behind"
#: follows a noun, a question a verb).
_EMBEDDED_QUESTION: Final = re.compile(
    # "which group", not "which later" (a relative clause's adverb before its verb)
    r"(?:\b(?:which|what)\s+(?!(?:later|also|since|then|\w+ly)\s)[\w\-]+"
    r"(?:\s+(?:later|also|first|then|\w+ly))?|"
    r"\b(?:\w+ing|say|know|known|clear|unclear|determine|"
    r"establish|identify|confirm|ask|asked|about|into|over|on)\s+who)\s*$",
    re.IGNORECASE,
)


def _asked(text: str, start: int) -> bool:
    """
    Whether the verb at *start* is asked about or supposed rather than asserted.

    A sentence that ends with a question mark, one that opens with "Who" before the
    verb's clause ends, a clause of "whether"/"if" that holds the verb, or an inverted
    condition that opens the sentence ("Should the group claim it, ...").

    >>> _asked("Who was behind the attack remains unclear.", 4)
    True
    >>> _asked("Asked whether his group was behind the raid, he declined to comment.", 24)
    True
    >>> _asked("The militia, who claimed the raid, said so.", 17)
    False
    >>> _asked("It is too early to say which group was behind it.", 35)
    True
    >>> _asked("Police arrested the man who was behind the raid.", 28)
    False
    >>> _asked("Should the militants claim the raid, talks will end.", 21)
    True
    """
    if text.rstrip(" \"”’'").endswith("?"):
        return True
    if start <= _WINDOW and "," not in text[:start] and _INVERTED_CONDITION.match(text):
        return True  # "Should the group claim the attack, ...": a condition asserts nothing
    clause = re.split(r"[,;:—–]", text[max(0, start - _WINDOW) : start])[-1]
    opens = start <= _WINDOW and "," not in text[:start] and _QUESTION_OPENING.match(text)
    embedded = _EMBEDDED_QUESTION.search(clause) is not None
    return bool(opens) or embedded or _ASKING.search(clause) is not None


#: Blame laid in a sentence: "blamed", "accused", "blaming".
_BLAME_WORD: Final = re.compile(r"\b(?:blam|accus)", re.IGNORECASE)
#: Responsibility claimed (or not) for an attack the sentence need not name.
_RESPONSIBILITY_TAKEN: Final = re.compile(
    r"\b(?:claimed|claim|claims|claiming|taken|took|assumed)\s+(?:\w+ly\s+)?responsibility\b",
    re.IGNORECASE,
)
#: A bare relative pronoun as the subject of the verb that follows: ", which denied".
_BARE_RELATIVE: Final = re.compile(
    r"(?:,\s*(?:which|who)|\s(?:that|which|who))\s+(?:(?:\w+ly|later|also|since|swiftly)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:(?:\w+ly|since|also|repeatedly)\s+)?$",
    re.IGNORECASE,
)
#: A noun phrase opened by an article that ends a clause: "... blamed the militia".
_THE_NP_END: Final = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+$", re.IGNORECASE)


def _blamed_before(found: Sequence[Stance], pos: int) -> str | None:
    """
    The actor of the nearest blame before *pos* in the sentence (*found* is in text order).

    >>> _blamed_before([Stance(0, 9, "blamed", "the Hill Front", "blamed_on", Attribution())], 20)
    'the Hill Front'
    >>> _blamed_before([], 20) is None
    True
    """
    for stance in reversed(found[-8:]):
        if stance.stance == "blamed" and stance.actor is not None and stance.start < pos:
            return stance.actor
    return None


def _negated(text: str, start: int) -> bool:
    """Whether the verb at *start* is negated ("has not claimed", "declined to claim")."""
    return _NEGATION.search(text, max(0, start - 30), start) is not None


def _first_subject(text: str, pos: int) -> str | None:
    """The subject of the clause that holds *pos*: its leading words before the first verb."""
    head = text[max(0, pos - _WINDOW) : pos]
    clause = re.split(r"[;:—–]", head)[-1]
    naming = _NAMING.search(clause)
    if naming is not None:
        clause = clause[naming.end() :]
    name = re.match(
        r"\s*((?:The\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|the|al|el|for)){0,8})", clause
    )
    if name is not None and name.group(1).lower() in {"the", "a", "an"}:
        # "A spokesman for X rejected ... and said": the subject runs to its verb
        return lead_subject(clause.strip()) or name.group(1)
    return name.group(1) if name else None


# --------------------------------------------------------------------------- reader names

_NAMING_TABLE: Final = _TABLE["actor"]
#: Words of a state's own bodies, arms and weapons after its nationality ("Pakistani jets").
_STATE_WORDS: Final = frozenset(_NAMING_TABLE["state_words"])
#: A descriptor of who backs a group: "Iran-backed", "al-Qaeda-linked".
_BACKED: Final = re.compile(
    r"[\w'’\-]+-(?:" + "|".join(_NAMING_TABLE["backers"]) + ")", re.IGNORECASE
)
_KIND_NOUNS: Final = frozenset(_NAMING_TABLE["kinds"])
_MEMBER_NOUNS: Final = frozenset(_NAMING_TABLE["members"])
_ADJECTIVE_ENDINGS: Final = tuple(_NAMING_TABLE["adjective_endings"])
#: Words that describe a group and name none ("Militant group", "Armed faction").
_DESCRIPTORS: Final = frozenset(_NAMING_TABLE["descriptors"])
#: What a movement named by its adjective fights or speaks as: "the Houthi military".
_MOVEMENT_BODIES: Final = frozenset(_NAMING_TABLE["movement_bodies"])
_ARTICLES: Final = frozenset(["the", "a", "an"])
#: A possessive before a group's name: "Somalia's", "Iraq's" (its owner is read after).
_POSSESSOR: Final = re.compile(r"^(?P<owner>(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)['’]s\s+")
#: A capital letter of an abbreviation written with dots ("U.S.", "U.K.").
_DOTTED: Final = re.compile(r"\b([A-Z])\.(?=[A-Z]\.|\s|$)")
#: The longest actor phrase a reader name is looked for in (longer ones stay as written).
_LONGEST_ACTOR: Final = 80


@functools.lru_cache(maxsize=1)
def _nation_of_country() -> Mapping[str, str]:
    """The pack's nation key of each ISO country code ("GB" -> "uk")."""
    keys: dict[str, str] = {}
    for key in sorted(NATIONS):
        country = nation_country(key)
        if country is not None:
            keys.setdefault(country, key)
    return keys


def _words_of(phrase: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w\-]+", phrase)]


def _named_state(actor: str) -> str | None:
    """
    The nation key of the state *actor* names, with nothing but its own bodies or arms.

    >>> _named_state("Pakistani jets"), _named_state("Ukraine's air force"), _named_state("IDF")
    ('pk', 'ua', 'il')
    >>> _named_state("Iraqi militia"), _named_state("the Pakistani Taliban"), _named_state("Kyiv")
    (None, None, 'ua')
    """
    bare = _DOTTED.sub(r"\1", actor.strip())  # "U.S." is read as "US"
    head, _, rest = bare.partition(" ")
    if head.lower() in _ARTICLES:
        bare = rest
    owner = _POSSESSOR.match(bare)
    if owner is not None and set(_words_of(bare[owner.end() :])) <= _STATE_WORDS:
        countries = _countries_of(owner.group("owner"))  # "Ukraine's General Staff"
        if len(countries) == 1:
            return _nation_of_country().get(next(iter(countries)))
    nations = find_nations(bare)
    if nations:
        start, end, key = nations[0]
        tail = bare[end:].removeprefix("'s").removeprefix("’s")
        if start != 0 or len(key) != 2 or any(n[2] != key for n in nations):
            return None
        return key if set(_words_of(tail)) <= _STATE_WORDS else None
    words = _words_of(bare)
    seats = [SEATS[w] for w in words if w in SEATS]
    if seats:
        others = [w for w in words if w not in SEATS]
        return seats[0] if set(others) <= _STATE_WORDS else None
    if len(words) > 3 or not bare[:1].isupper():
        return None
    countries = _countries_of(bare)
    return _nation_of_country().get(next(iter(countries))) if len(countries) == 1 else None


def _group_name(actor: str) -> str:
    """
    A group's own name without the descriptors a reader drops (see ``responsibility.toml``).

    >>> _group_name("the Iran-backed Kataib Hezbollah militia")
    'Kataib Hezbollah'
    >>> _group_name("Somalia's al-Shabaab militants"), _group_name("Yemen's Houthi rebels")
    ('al-Shabaab', 'Houthis')
    >>> _group_name("the Hill Front"), _group_name("the Saudi-led coalition")
    ('the Hill Front', 'the Saudi-led coalition')
    >>> _group_name("Iraqi faction"), _group_name("Little-known militia")
    ('Iraqi faction', 'Little-known militia')
    >>> _group_name("Militant group"), _group_name("Unknown gunmen")
    ('Militant group', 'Unknown gunmen')
    >>> _group_name("paramilitary RSF")
    'RSF'
    """
    words = actor.split()
    owner = _POSSESSOR.match(actor)
    if owner is not None and (
        find_nations(owner.group("owner")) or _countries_of(owner.group("owner"))
    ):
        words = actor[owner.end() :].split()
    words = [w for w in words if not _BACKED.fullmatch(w)]
    if len(words) > 1 and words[0].lower() in _DESCRIPTORS and words[1].isupper():
        words.pop(0)  # "paramilitary RSF": a kind before initials
    if len(words) > 1 and words[-1].lower() in _KIND_NOUNS and _is_name(words[-2]):
        words.pop()
    if len(words) > 1 and words[-1].lower() in _MEMBER_NOUNS and _is_name(words[-2]):
        words.pop()
    if len(words) > 1 and words[-1].lower() in _MEMBER_NOUNS | _MOVEMENT_BODIES:
        plural = _movement_plural(words[-2])
        if plural is not None:
            words[-2:] = [plural]  # "Houthi rebels", "the Houthi military": the Houthis
    if len(words) > 1 and words[0].lower() in _ARTICLES and len(words) < len(actor.split()):
        words.pop(0)
    named = [w for w in words if w.lower() not in _ARTICLES]
    if len(words) == len(actor.split()) or not any(_capitalised(w) for w in named):
        return actor  # "the militia" names no one more than it did
    return " ".join(words)


def _movement_plural(word: str) -> str | None:
    """
    The plural a movement named by its adjective goes by, when the pack knows it as a party.

    "Houthi" -> "Houthis" ("houthis" is a party cue); a nation's, a creed's or a kind's
    adjective is no movement's name ("Somali", "Islamist", "Rebel").

    >>> _movement_plural("Houthi"), _movement_plural("Somali"), _movement_plural("Islamist")
    ('Houthis', None, None)
    """
    low = word.lower()
    if not _capitalised(word) or low in _DESCRIPTORS or find_nations(word):
        return None
    return word + "s" if low in PARTY_CUES and low + "s" in PARTY_CUES else None


def _is_name(word: str) -> bool:
    """Whether *word* is a group's name, not an adjective of a people or creed ("Houthi")."""
    if word.isupper() and len(word) > 1:
        return True  # "PKK", "ISWAP"
    if word.lower() in _KIND_NOUNS | _MEMBER_NOUNS | _DESCRIPTORS:
        return False  # "Militia alliance", "Militant group" opening a headline: a kind, no name
    if "-" in word and word.rsplit("-", 1)[1].islower():
        return False  # "Little-known", "Pro-government": an adjective
    return _capitalised(word) and not (
        find_nations(word) or word.lower().endswith(_ADJECTIVE_ENDINGS)
    )


def _capitalised(word: str) -> bool:
    """Whether a word is written with a capital, maybe after a particle ("al-Shabaab")."""
    return any(c.isupper() for c in word[:4])


def reader_name(actor: str | None) -> str | None:
    """
    The actor as a reader names it: a state by its name, a group by its own name.

    One rule for every stance (``responsibility.toml [actor]``); the words as written
    stay in the claim's span.

    >>> reader_name("Turkish"), reader_name("the Nigerian army"), reader_name("The Pentagon")
    ('Turkey', 'Nigeria', 'United States')
    >>> reader_name("the Iran-backed Kataib Hezbollah militia"), reader_name("the army")
    ('Kataib Hezbollah', 'the army')
    """
    if actor is None or len(actor) > _LONGEST_ACTOR:
        return actor
    state = _named_state(actor)
    if state is not None:
        return NATIONS[state]
    return _group_name(actor)
