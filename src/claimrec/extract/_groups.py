"""
Who the counted people are: a count's group read with what the document said before.

A reporter names the people once and then counts them with a generic noun: "Rockets
struck a base that houses U.S. service members. Three soldiers suffered minor
injuries" - the soldiers are the U.S. service members (``us.military``), and slots
line up across reports only when the count says so. This module reads the people a
text mentions (``mentions``) and gives a count the group the text set up for it
(``GroupContext.resolve``):

=====================================  ===============================================
the count's noun                       takes the group of
=====================================  ===============================================
soldiers, troops, service members,     the latest mention of a force that is not the
personnel, forces                      attacker: "U.S. service members", "British
                                       troops", "a coalition outpost", "a police
                                       patrol", "the U.S. embassy", "the army said"
contractors                            the nation of the latest mention that has one
attackers, gunmen, assailants          militants named before ("Insurgents attacked")
them, those                            the latest plural mention of people
the three, all four                    the latest victim count
"among the 17 killed"                  ``people``: the whole, not the part named before it
"one" coordinated with a count         that count ("two soldiers were killed and one
                                       was wounded")
others                                 what all the people named before it in the
                                       sentence share (mixed, or one person -> ``people``)
of the holidaymakers, the passengers   the latest civilian mention with a nation
its own men, their men                 the armed side that speaks, else the latest named
no casualties after "X suffered"       X ("British forces suffered no casualties")
of the injured, the dead               the latest victims counted with a group
=====================================  ===============================================

A count keeps its own group when its phrase names one ("three soldiers of the Syrian
army", "A third soldier, from the Kurdish Peshmerga,", "three local employees");
inheritance looks back three sentences at most; speakers ("police said") are never
"them" or "others". "Five Britons" inside a count of foreigners ("12 foreigners,
including five Britons") is ``foreigners.uk``, a part of the whole.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from typing import Any, Final

from attrs import frozen

from claimrec import kinds
from claimrec._quantity import listed_before
from claimrec.model import Quantity

__all__ = ["GroupContext", "Mention", "mentions"]

_WINDOW: Final = 3  # sentences before the count's own that a reference may reach


def _load_mentions() -> dict[str, Any]:
    text = resources.files("claimrec.lang").joinpath("en/groups.toml").read_text("utf-8")
    return dict(tomllib.loads(text)["mentions"])


_WORDS: Final = _load_mentions()
_PERSON_HEAD: Final = "|".join(_WORDS["person_heads"])
_PLACE_HEAD: Final = "|".join(_WORDS["place_heads"])
_HEAD: Final = re.compile(
    rf"\b(?:(?P<person>{_PERSON_HEAD})|(?P<place>{_PLACE_HEAD}))\b", re.IGNORECASE
)
_SINGULAR: Final = re.compile("|".join(_WORDS["singular_heads"]), re.IGNORECASE)
_PLACE_AFTER: Final = re.compile(rf"\s+(?:{_PLACE_HEAD})\b", re.IGNORECASE)
_MODIFIER: Final = frozenset(_WORDS["modifiers"])
_POST: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:all|both)\s+(?:(?:from|of)\s+)?|(?:from|of|with|belonging\s+to)\s+)"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_POST_HEAD: Final = frozenset(_WORDS["post_heads"])
_WORD: Final = re.compile(r"[^\W\d_](?:[\w'’\-.]*\w)?['’]?s?")


def _any_word_of(key: str) -> re.Pattern[str]:
    """A pattern of any of the words ``groups.toml`` lists under *key*, as whole words."""
    return re.compile(rf"\b(?:{'|'.join(_WORDS[key])})\b", re.IGNORECASE)


_SEAFARER: Final = _any_word_of("seafarers")
_MERCHANT: Final = _any_word_of("merchant")
_NAVAL: Final = _any_word_of("naval")
_BUSINESS: Final = _any_word_of("business_speakers")
_ARMY: Final = _any_word_of("army_words")
_POLICE: Final = _any_word_of("police_words")
_SPEAKS: Final = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,]{0,60},\s*)?(?:said|says|say|told|reported|confirmed|"
    r"added|stated|announced)\b",
    re.IGNORECASE,
)
_PLURAL_NOUN: Final = re.compile(
    r"\s+(?!(?:was|is|has|his|its|this|as|us|does|thus|plus|whereas|across)\b)[a-z]+s\b"
)
_ATTACKS: Final = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+|then\s+|later\s+)?(?:attacked|shelled|struck|bombed|"
    r"ambushed|stormed|raided|overran|targeted|fired\s+(?:on|at|upon)|opened\s+fire|"
    r"launched|carried\s+out|killed|shot)\b",
    re.IGNORECASE,
)
_ABBREVIATION: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_ACCORDING: Final = re.compile(r"according\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: A verb of speech after its speaker ("a coalition spokesman said"), and how far back
#: the speaker's clause may reach (a clause break before it ends the reach sooner).
_SPEECH: Final = re.compile(
    r"\b(?:said|says|told|stated|announced|confirmed|added)\b", re.IGNORECASE
)
_SPEAKER_REACH: Final = 80
#: Words between a speaker's verb and a count that relay someone else's account.
_RELAYED: Final = re.compile(
    r"\b(?:reports?|claims?|allegations?|accounts?|said|says|told|according|rumou?rs?)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:—–(]|\b(?:and|but|that|while|after|when)\b", re.IGNORECASE)


@frozen
class Mention:
    """
    People (or a post of a force) a sentence names: where, their group, and how.

    ``plural`` tells "them" what it may refer to; ``speaker`` marks a mention that
    speaks ("police said") rather than one the text counts or describes; ``agent``
    one that attacks ("Russian forces shelled the village"), whose own losses a later
    "three soldiers" need not be; ``counted`` a victim count already read, and
    ``measure`` the measure of any count already read.
    """

    start: int
    end: int
    group: str
    plural: bool = True
    speaker: bool = False
    agent: bool = False
    counted: bool = False
    measure: str | None = None


def mentions(text: str) -> tuple[Mention, ...]:
    """
    The people and the posts of forces a sentence names, in text order.

    A person mention is a head noun (troops, civilians, militants, passengers, Britons,
    ...) with the modifiers before it and an "of/from ..." after it; a post (base,
    patrol, embassy, outpost, ...) counts only when its modifiers name a nation, the
    coalition or the police.

    Args:
        text: One sentence.

    Returns:
        The mentions, each with its taxonomy group.

    >>> [(m.group, m.plural) for m in mentions("Gunmen hit a police patrol guarding Iraqi troops.")]
    [('suspects', True), ('police', True), ('iraqi_security_forces', True)]
    """
    found: list[Mention] = []
    for m in _HEAD.finditer(text):
        if found and m.start() < found[-1].end:
            continue  # "soldiers of the Malian army": the army is part of the mention
        start = _modifiers_start(text, m.start())
        end = _postmodifier_end(text, m.end())
        phrase = text[start:end]
        if m.group("person") is not None:
            if _PLACE_AFTER.match(text, m.end()):
                continue  # "police patrol": the post is the mention
            group = kinds.classify_subject(phrase)
            plural = _SINGULAR.fullmatch(m.group()) is None
        else:
            nations, role = kinds.subject_parts(phrase)
            if not nations and role != "police" and kinds.classify_subject(phrase) != "coalition":
                continue
            group = _post_group(phrase, m.group("place"), nations, role)
            plural = True
        speaker = _is_speaker(text, start, end)
        agent = _ATTACKS.match(text, end) is not None
        found.append(Mention(start, end, group, plural, speaker=speaker, agent=agent))
    for start, nation_end, _ in kinds.find_nations(text):
        if all(not (f.start <= start < f.end) for f in found):
            noun = _PLURAL_NOUN.match(text, nation_end)  # "Italian hikers"
            end = noun.end() if noun is not None else nation_end
            word = text[start:end]
            if noun is None and word.endswith(("'s", "’s")):
                continue  # "in Iraq's west": a place's possessive, not its people
            if word[-1:] in "sS" or word.lower().endswith("ese"):
                group = kinds.classify_subject(word)
                speaker = _is_speaker(text, start, end)
                found.append(Mention(start, end, group, plural=True, speaker=speaker))
    return tuple(sorted(found, key=lambda f: (f.start, f.end)))


def _post_group(phrase: str, head: str, nations: tuple[str, ...], role: str | None) -> str:
    if kinds.classify_subject(phrase) == "coalition":
        return "coalition"
    if role is None or role not in {"police", "military", "staff"}:
        low = head.lower()
        role = "staff" if low in {"embassy", "consulate", "mission"} else "military"
    if not nations:
        return kinds.compose(None, role)
    return kinds.common_ancestor(kinds.compose(n, role) for n in nations)


def _modifiers_start(text: str, head: int) -> int:
    """Where the modifiers before a head noun begin ("the Iraqi and U.S. troops" -> Iraqi)."""
    start = head
    words = list(_WORD.finditer(text, max(0, head - 80), head))[-5:]
    for word in reversed(words):
        gap = text[word.end() : start].strip(" -")
        token = word.group()
        if gap and not (gap == "." and _ABBREVIATION.fullmatch(token)):
            break
        if not (token[:1].isupper() or token.lower() in _MODIFIER):
            break
        start = word.start()
    return start


def _postmodifier_end(text: str, head_end: int) -> int:
    """The end of an "of/from the Syrian army" phrase after a head noun, or the head's end."""
    post = _POST.match(text, head_end)
    if post is None:
        return head_end
    end = head_end
    pos = post.end()
    for word in list(_WORD.finditer(text, pos, min(len(text), pos + 80)))[:5]:
        if text[pos : word.start()].strip(" -"):
            break
        token = word.group()
        low = token.lower()
        if not (token[:1].isupper() or low in _MODIFIER or low in _POST_HEAD):
            break
        end = pos = word.end()
    has_group = end > head_end and (
        kinds.find_nations(text[head_end:end])
        or any(w in _POST_HEAD for w in text[head_end:end].lower().split())
    )
    return end if has_group else head_end


def _is_speaker(text: str, start: int, end: int) -> bool:
    return _SPEAKS.match(text, end) is not None or (
        _ACCORDING.search(text, max(0, start - 20), start) is not None
    )


# ------------------------------------------------------------------ the count's noun

_THEM: Final = re.compile(r"(?:of\s+)?(?:them|those|these|whom)", re.IGNORECASE)
_DEFINITE_BEFORE: Final = re.compile(r"\b(?:the|all|both|all\s+the|those)\s+$", re.IGNORECASE)
#: "Three soldiers were among the 17 killed": the figure after "among" counts the whole, of
#: everyone the measure names, not the part named before it.
_AMONG_BEFORE: Final = re.compile(r"\bamong\s+(?:the\s+|those\s+)?$", re.IGNORECASE)
_COORDINATED: Final = re.compile(r"(?:[,;]|\band|\bbut|\bwhile|\bwith)\s*$", re.IGNORECASE)
#: A bare figure after a second verb of a count of many: "injured 41 soldiers and killed 3"
#: shares the object's noun ("killed a soldier and wounded four" does not: four others).
_VERB_COORDINATED: Final = re.compile(
    r"\band\s+(?:killed|killing|wounded|wounding|injured|injuring)\s+$", re.IGNORECASE
)
_VICTIMS: Final = frozenset(("killed", "injured", "treated", "evacuated", "missing", "rescued"))
#: A figure right before a mention ("19 | children"), whose noun a bare "and six" may share.
_COUNT_BEFORE: Final = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
    r"\s+(?:[\w'’\-]+\s+)?$",
    re.IGNORECASE,
)
_SUFFERED: Final = re.compile(
    r"\s*(?:(?:have|has|had|did|do|does)\s+(?:not\s+)?)?(?:suffered|sustained|took|incurred|"
    r"suffer|sustain|take|incur|reported|report)?\s*(?:any\s+|no\s+)?",
    re.IGNORECASE,
)
_LOCAL: Final = re.compile(r"\b(?:local|host|native)\b", re.IGNORECASE)
_OWN_MEN: Final = re.compile(
    r"(?:of\s+)?(?:its|their)\s+(?:own\s+)?(?:men|members|fighters|ranks|soldiers|forces|troops)",
    re.IGNORECASE,
)
_ARMED: Final = frozenset(("military", "police", "fighters"))
_OTHERS: Final = re.compile(r"(?:of\s+the\s+)?others?", re.IGNORECASE)
_VICTIM_WORDS: Final = re.compile(
    r"(?i)\b(?:of|the|them|those|injured|wounded|dead|injuries|deaths|casualties|fatalities|"
    r"no|lives|were|reports?|reported|not|any|did|does|do|have|has|had|suffer\w*|sustain\w*|"
    r"took|take|incur\w*)\b"
)
_NAMES_SOMEONE: Final = re.compile(r"[A-Za-z]{3,}")
_DEFINITE_NOUN: Final = re.compile(r"(?:of\s+)?(?:the|these|those)\s", re.IGNORECASE)
_FOREIGN_WHOLE: Final = re.compile(
    r"\bforeign(?:ers|\s+nationals|\s+citizens|\s+tourists|\s+workers)\b[^.;]{0,80}?"
    r"\b(?:including|among\s+(?:them|whom)|of\s+whom)\s+$",
    re.IGNORECASE,
)
_GENERIC: Final = frozenset(("people", "soldiers", "contractors", "suspects"))


def _is_victim_reference(noun: str) -> bool:
    """A noun that names nobody ("of the injured", "deaths"): it points back at victims."""
    return not _NAMES_SOMEONE.search(_VICTIM_WORDS.sub("", noun))


class GroupContext:
    """
    The people one document has named so far, to read each count's group against.

    Built once per document from its sentence texts; ``resolve`` is called for the
    counts in text order and remembers each result, so a later "one" or "others" can
    refer to it. Sentences are read only when a count needs them.

    >>> from claimrec.model import Quantity
    >>> ctx = GroupContext(["A convoy carrying British troops hit a bomb.",
    ...                     "Two soldiers were killed and one was wounded."])
    >>> ctx.resolve(1, 0, "Two soldiers", quantity=Quantity.exact(2, text="Two"), measure="killed")
    'uk.military'
    >>> ctx.resolve(1, 29, "one", quantity=Quantity.exact(1, text="one"), measure="injured")
    'uk.military'
    """

    def __init__(self, sentences: Sequence[str]) -> None:
        self._sentences = list(sentences)
        self._mentions: dict[int, tuple[Mention, ...]] = {}
        self._counted: dict[int, list[Mention]] = {}
        # (sentence, speakers) -> its mentions in order, kept up to date as counts resolve
        self._merged: dict[tuple[int, bool], _Merged] = {}
        self._victims: str | None = None
        self._sides: dict[int, tuple[tuple[int, int, str], ...]] = {}
        self._battles: dict[int, bool] = {}  # sentence -> names an army and no police
        self._merchants: dict[int, bool] = {}  # sentence -> tells of a merchant ship

    def resolve(
        self,
        index: int,
        start: int,
        subject: str,
        *,
        quantity: Quantity,
        measure: str,
        preset: str | None = None,
    ) -> str:
        """
        The group of the count at ``start:end`` of sentence *index*.

        Args:
            index: The count's sentence, an index into the sentences given.
            start: Where the count's subject starts in its sentence.
            subject: The count's subject as written there ("Three of them", "two soldiers").
            quantity: The count, whose words (``quantity.text``) open *subject*.
            measure: The count's measure (killed, injured, ...).
            preset: A group the extractor already read, if any.

        Returns:
            A key of ``claimrec.kinds.TAXONOMY``.
        """
        noun = " ".join(subject.removeprefix(quantity.text).split())
        group = preset if preset is not None else kinds.classify_subject(noun)
        end = start + len(subject)
        if kinds.is_person(group):
            fallback = self._victims if preset is None else None
            group = self._in_context(
                index, (start, end), noun, group, fallback=fallback, measure=measure
            )
            if measure in {"killed", "injured"} and group not in {"people", "suspects"}:
                self._victims = _top(group)
            plural = quantity.upper is None or quantity.upper > 1
            count = Mention(
                start,
                max(end, start + 1),
                group,
                plural,
                counted=measure in _VICTIMS,
                measure=measure,
            )
            self._counted.setdefault(index, []).append(count)
            for speakers in (False, True):
                merged = self._merged.get((index, speakers))
                if merged is not None:
                    merged.add(count)
        return group

    def _in_context(
        self,
        index: int,
        span: tuple[int, int],
        noun: str,
        group: str,
        *,
        fallback: str | None,
        measure: str,
    ) -> str:
        """*group* read against what came before (the rules of the module docstring)."""
        start, end = span
        text = self._sentences[index]
        # "rescued from the rubble by army teams": whom people were rescued from or by is
        # no group of theirs
        own = None if measure == "rescued" else _own_group(text, end, noun)
        if own is not None:
            return own
        nations, role = kinds.subject_parts(noun) if noun else ((), None)
        if nations:
            whole = _FOREIGN_WHOLE.search(text, max(0, start - 120), start)
            return kinds.compose(nations[0], "foreigners") if whole and len(nations) == 1 else group
        if group not in _GENERIC or _LOCAL.search(noun):
            return group  # "three local employees" are not the foreigners named before
        if not noun:
            return self._bare(index, start, fallback or group, measure)
        if _THEM.fullmatch(noun):
            return self._latest(index, start, fallback or group, _is_plural)
        if _OWN_MEN.fullmatch(noun):  # "the group said it lost two of its own men"
            return self._own_side(index, start) or group
        if _OTHERS.fullmatch(noun):
            return self._shared(index, start, group)
        if role == "military" and _SEAFARER.search(noun) and self._merchant(index):
            return "people"  # "one sailor remained missing, the ship's manager said"
        if role in {"military", "staff"}:
            return self._force(index, start, group, role)
        if role == "contractors":
            return self._with_nation(index, start, group, "contractors")
        if role == "suspects":
            if _battle_dead(noun, measure) and self._battle(index):
                group = "fighters"  # "troops ... killed 11 assailants": a battle, no crime
            return self._latest(index, start, group, lambda m: m.group in {"fighters", "suspects"})
        if _is_victim_reference(noun):  # "British forces suffered no casualties"
            return self._sufferer(index, start) or fallback or group
        if role is None and _DEFINITE_NOUN.match(noun):
            return self._latest(index, start, group, _is_civilian_with_nation)
        return group

    def _battle(self, index: int) -> bool:
        """Whether sentence *index* names an army and no police (read once a sentence)."""
        if index not in self._battles:
            text = self._sentences[index]
            self._battles[index] = _ARMY.search(text) is not None and _POLICE.search(text) is None
        return self._battles[index]

    def _merchant(self, index: int) -> bool:
        """Whether sentence *index* and the ones before it tell of a merchant ship, not a navy."""
        if index not in self._merchants:
            window = self._sentences[max(0, index - _WINDOW) : index + 1]
            self._merchants[index] = any(_MERCHANT.search(t) for t in window) and not any(
                _NAVAL.search(t) for t in window
            )
        return self._merchants[index]

    def _bare(self, index: int, start: int, group: str, measure: str) -> str:
        """The group of a figure with no noun ("the three", "and one"), *group* when none is set up."""
        before = self._sentences[index][max(0, start - 16) : start]
        if _AMONG_BEFORE.search(before) is not None:  # "among the 17 killed": the whole
            return "people" if kinds.is_within(group, "people") else group
        if _DEFINITE_BEFORE.search(before) is not None:  # "the three", "all four"
            return self._latest(index, start, group, _is_counted)
        if _COORDINATED.search(before) is not None:  # "two soldiers ... and one"
            return self._ellipsis(index, start, group, measure)
        if _VERB_COORDINATED.search(before) is not None:  # "injured 41 soldiers and killed 3"
            return self._ellipsis(index, start, group, measure, plural=True)
        return group

    # -- where a reference may point, nearest first

    def _sentence_mentions(self, index: int, *, speakers: bool = False) -> list[Mention]:
        """
        The counts resolved in sentence *index* and the other people it names, in order.

        Built once per sentence and kept up to date as its counts resolve (a count hides
        the mentions it overlaps), so a sentence of many counts is not re-read per count.
        """
        merged = self._merged.get((index, speakers))
        if merged is None:
            if index not in self._mentions:
                self._mentions[index] = mentions(self._sentences[index])
            counted = self._counted.get(index, [])
            outside = _Spans(counted)
            scanned = [
                m
                for m in self._mentions[index]
                if (speakers or not m.speaker) and not outside.overlaps(m.start, m.end)
            ]
            merged = self._merged[(index, speakers)] = _Merged(counted, scanned)
        return merged.found

    def _before(self, index: int, start: int, *, speakers: bool = False) -> Iterator[Mention]:
        """Mentions of the count's own sentence that end before it, nearest first."""
        self._sentence_mentions(index, speakers=speakers)
        return self._merged[(index, speakers)].before(start)

    def _candidates(self, index: int, start: int, *, speakers: bool = False) -> Iterator[Mention]:
        yield from self._before(index, start, speakers=speakers)
        yield from self._earlier(index, speakers=speakers)

    def _earlier(self, index: int, *, speakers: bool = False) -> Iterator[Mention]:
        """Mentions of the sentences before *index* within the window, nearest first."""
        for back in range(index - 1, max(-1, index - 1 - _WINDOW), -1):
            yield from reversed(self._sentence_mentions(back, speakers=speakers))

    # -- the rules of the table in the module docstring

    def _sufferer(self, index: int, start: int) -> str | None:
        """The people just before "suffered / sustained / took" and the count, if any."""
        text = self._sentences[index]
        for m in self._before(index, start):
            if start - m.end > 60:
                return None
            if _SUFFERED.fullmatch(text, m.end, start):
                return m.group
        return None

    def _own_side(self, index: int, start: int) -> str | None:
        """Whose "own men": the armed side speaking in the sentence, else the latest one named."""
        speaking = [m for m in self._before(index, start, speakers=True) if m.speaker]
        for m in [*speaking, *self._candidates(index, start)]:
            if kinds.split_group(m.group)[1] in _ARMED and not m.counted:
                return m.group
        return None

    def _ellipsis(
        self, index: int, start: int, group: str, measure: str, *, plural: bool = False
    ) -> str:
        """The group a bare figure shares with the count before it (*plural*: a count of many)."""
        text = self._sentences[index]
        # the latest count before this one that lends its noun, read back from the latest
        # (one look per count in a long list, not a pass over all counts before it)
        for c in reversed(self._counted.get(index, [])):
            if (
                c.start < start
                and (c.counted or c.measure == measure)
                and (c.plural or not plural)
                # "13 dead, including four children, and 40 injured": a listed part lends no noun
                and not listed_before(text, c.start)
            ):
                return c.group
        # "19 children were rescued and six are missing": the people of the clause before
        near = next(iter(self._before(index, start)), None)
        if (
            near is not None
            and near.plural
            and start - near.end <= 40
            and kinds.split_group(near.group)[1] not in _ARMED
            and _COUNT_BEFORE.search(self._sentences[index][max(0, near.start - 24) : near.start])
            is not None
        ):
            return near.group
        return group

    def _latest(self, index: int, start: int, group: str, wanted: Callable[[Mention], bool]) -> str:
        return next((m.group for m in self._candidates(index, start) if wanted(m)), group)

    def _shared(self, index: int, start: int, group: str) -> str:
        named = list(self._before(index, start)) or (
            self._sentence_mentions(index - 1) if index > 0 else []
        )
        if not named:
            return group
        if not all(m.plural for m in named):
            return "people"  # "a 15-year-old boy is dead and four others": other people
        return kinds.common_ancestor(m.group for m in named)

    def _force(self, index: int, start: int, group: str, role: str) -> str:
        own = self._before(index, start, speakers=True)  # "the army said three soldiers"
        found = next(filter(None, (_force_of(m, role) for m in own)), None)
        if found is not None:
            return found
        # "A Pentagon spokesman said four service members ...": the side that speaks in the
        # count's own sentence is nearer than any force named in the sentences before
        side = self._speaking_side(index, start)
        if side is not None:
            return side if side == "coalition" else kinds.compose(side, role)
        earlier = self._earlier(index, speakers=True)
        return next(filter(None, (_force_of(m, role) for m in earlier)), group)

    def _speaking_side(self, index: int, start: int) -> str | None:
        """The nation or ``coalition`` a speaker of sentence *index* (not the count) speaks for."""
        if index not in self._sides:
            self._sides[index] = _speaker_sides(self._sentences[index])
        text = self._sentences[index]
        return next(
            (side for s, e, side in self._sides[index] if _speaks_of(text, s, e, start)), None
        )

    def _with_nation(self, index: int, start: int, group: str, role: str) -> str:
        for m in self._candidates(index, start):
            nation, kind = kinds.split_group(m.group)
            if nation is not None and kind not in {"fighters", "suspects"}:
                return kinds.compose(nation, role)
        return group


class _Merged:
    """
    One sentence's resolved counts and the mentions they do not overlap, in text order.

    A count added later hides the mentions it overlaps and takes its place in the order
    (after the counts of the same span), in time near the log of the sentence's size.

    >>> merged = _Merged([], [Mention(0, 5, "people", True), Mention(9, 14, "soldiers", True)])
    >>> merged.add(Mention(8, 20, "soldiers", True, counted=True))
    >>> [(m.start, m.counted) for m in merged.found]
    [(0, False), (8, True)]
    >>> [m.start for m in merged.before(8)]
    [0]
    """

    def __init__(self, counted: Sequence[Mention], scanned: Sequence[Mention]) -> None:
        self.found = sorted([*counted, *scanned], key=lambda m: (m.start, m.end))
        self._keys = [(m.start, m.end) for m in self.found]
        self._scanned = {id(m) for m in scanned}
        self._reach = max((m.end - m.start for m in scanned), default=0)

    def add(self, count: Mention) -> None:
        """Hide the scanned mentions *count* overlaps and put it in its place."""
        low = bisect.bisect_left(self._keys, (count.start - self._reach, -1))
        high = bisect.bisect_left(self._keys, (count.end, -1))
        for at in range(high - 1, low - 1, -1):
            m = self.found[at]
            if id(m) in self._scanned and m.end > count.start and m.start < count.end:
                self._scanned.discard(id(m))
                del self.found[at], self._keys[at]
        at = bisect.bisect_right(self._keys, (count.start, count.end))
        self.found.insert(at, count)
        self._keys.insert(at, (count.start, count.end))

    def before(self, start: int) -> Iterator[Mention]:
        """The mentions that end by *start*, nearest first."""
        at = bisect.bisect_right(self._keys, (start, start))
        found = self.found
        return (found[i] for i in range(at - 1, -1, -1) if found[i].end <= start)


class _Spans:
    """
    The union of some spans, to ask in log time whether a span overlaps any of them.

    >>> spans = _Spans([Mention(4, 9, "people", True), Mention(6, 12, "people", True)])
    >>> spans.overlaps(0, 4), spans.overlaps(11, 20), spans.overlaps(12, 20)
    (False, True, False)
    """

    def __init__(self, spans: Sequence[Mention]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted((m.start, m.end) for m in spans):
            if self.starts and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``start:end`` shares a character with one of the spans."""
        at = bisect.bisect_left(self.starts, end) - 1  # the last span starting before the end
        return at >= 0 and self.ends[at] > start


def _is_counted(mention: Mention) -> bool:
    return mention.counted


def _is_plural(mention: Mention) -> bool:
    return mention.plural


def _is_civilian_with_nation(mention: Mention) -> bool:
    nation, kind = kinds.split_group(mention.group)
    return nation is not None and kind in {None, "civilians"} and mention.plural


def _own_group(text: str, end: int, noun: str) -> str | None:
    """The group an "of/from ..." after the count names ("A third soldier, from the Peshmerga,")."""
    post = _POST.match(text, end)
    if post is None:
        return None
    rest = re.split(r"[,.;]", text[post.end() : post.end() + 80], maxsplit=1)[0]
    phrase = (text[end : post.end()] + rest).strip(" ,")  # "from Mali": a name needs its "from"
    nations, place_role = kinds.subject_parts(phrase)
    role = kinds.subject_parts(noun)[1] or place_role
    if nations:
        return kinds.common_ancestor(kinds.compose(n, role) for n in nations)
    if place_role is not None:
        return kinds.compose(None, role)
    return None


def _force_of(mention: Mention, role: str) -> str | None:
    """The group of a count of *role* ("soldiers", "personnel") that *mention* sets up, if any."""
    if mention.agent:
        return None  # "Russian forces shelled the village": their losses are not implied
    nation, kind = kinds.split_group(mention.group)
    if kind == "police" and role == "staff":
        return kinds.compose(nation, "police")
    if kind in {"military", "staff"}:
        return kinds.compose(nation, role if role == "military" else kind)
    if kind is None and nation is not None and (mention.plural or mention.speaker):
        return kinds.compose(nation, role)  # "Americans", "a U.S. official said"
    return None


def _speaker_sides(text: str) -> tuple[tuple[int, int, str], ...]:
    """
    The side each speaker of *text* speaks for: (start, end, nation key or ``coalition``).

    A speaker is the clause before a verb of speech ("A spokesman for the U.S.-led
    coalition said", ", the Pentagon said"); its side is a nation it names, the
    coalition, or a seat of a state ("Pentagon" -> ``us``). Fighters and hedges have none.

    >>> _speaker_sides("A Pentagon spokesman said two troops were hurt.")
    ((0, 21, 'us'),)
    """
    found: list[tuple[int, int, str]] = []
    for verb in _SPEECH.finditer(text):
        begin = max(0, verb.start() - _SPEAKER_REACH)
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, begin, verb.start())]
        begin = breaks[-1] if breaks else begin
        side = _side_of(text[begin : verb.start()])
        if side is not None:
            found.append((begin, verb.start(), side))
    return tuple(found)


def _speaks_of(text: str, begin: int, verb: int, start: int) -> bool:
    """
    Whether the speaker at ``begin:verb`` tells the count at *start* in its own words.

    A speaker after the count ("four troops were hurt, a Pentagon spokesman said") does;
    one before it does when nothing relays another's account between its verb and the
    count ("said it was monitoring reports that 40 soldiers were killed" does not).
    """
    if begin <= start < verb:
        return False
    if start < begin:
        return True
    gap = text[verb:start]
    return len(gap) <= _SPEAKER_REACH and _RELAYED.search(gap, 1) is None


def _battle_dead(noun: str, measure: str) -> bool:
    """
    Whether attackers counted dead or hurt may have fallen in a battle (the sentence decides).

    "Suspects" an army detains stay suspects: the word names the accused of a crime.

    >>> _battle_dead("assailants", "killed"), _battle_dead("suspects", "killed")
    (True, False)
    """
    return measure in {"killed", "injured"} and "suspect" not in noun.lower()


def _side_of(phrase: str) -> str | None:
    group = kinds.classify_subject(phrase)
    if group == "coalition":
        return group
    nations, role = kinds.subject_parts(phrase)
    if role not in {None, "military", "staff"}:
        return None  # "police said", "the militants said": no side of a force
    if role is None and _BUSINESS.search(phrase):
        return None  # "the ship's Greek manager said": a business speaks for no side
    if len(nations) == 1:
        return nations[0]
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    return next((kinds.SEATS[w] for w in sorted(words & kinds.SEATS.keys())), None)


def _top(group: str) -> str:
    """The group just below ``people`` that holds *group* (itself when it is one)."""
    chain = (group, *kinds.ancestors(group))
    if "people" not in chain or group == "people":
        return group
    return chain[chain.index("people") - 1]
