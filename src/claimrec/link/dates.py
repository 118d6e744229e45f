"""The day a report's main event happened, read from its headline and lead."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from attrs import Factory, field, frozen

from claimrec._dates import _MONTHS, _WEEKDAYS, DateMatch, scan_dates
from claimrec._quantity import parse_quantity

__all__ = [
    "EventDate",
    "dates_a_statement",
    "dates_an_event_noun",
    "days_before_aftermath",
    "days_in",
    "names_earlier_year",
    "read_event_date",
    "span_days",
]

#: Words that name what happened: a date next to one of them dates the event.
_EVENT_CUE: Final = re.compile(
    r"(?:attack\w*|shoot\w*|shot|gunfire|gunm[ae]n|kill\w*|wound\w*|injur\w*|hurt|dead|died"
    r"|die|dies|slain|stabb\w*|struck|strike|strikes|fired|rocket\w*|missile\w*|drone\w*"
    r"|bomb\w*|explo\w*|blast|blasts|crash\w*|collided|collision|collapse\w*|fire|fires"
    r"|blaze|flood\w*|swept|sweeps|landslide\w*|mudslide\w*|wildfire\w*|quake|earthquake"
    r"|stampede|capsiz\w*|sank"
    r"|sinking|leak\w*|clashes|clashed|siege|raid|ambush\w*|hit|hits|erupted|overturned"
    r"|burst|tore|rips?|ripped|caught|homicide|murder\w*|massacre|happened|occurred"
    r"|responded|blew|blown|detonat\w*|plung\w*|derail\w*|skidded|veered|tracks|rails)",
    re.IGNORECASE,
)
#: Words of what came after (statements, arrests, tolls revised, inquiries): a date
#: next to one of them dates the follow-up, not the event.
_FOLLOW_UP_CUE: Final = re.compile(
    r"(?:arrest\w*|charg\w*|arraign\w*|indict\w*|sentenc\w*|convicted|pleaded|plea|pleas"
    r"|guilty|accepted|identified|released|called|urged|rose|climbed|risen|reached|revised"
    r"|recovered|funeral|vigil|demanded|appeared|court|trial|booked|detained|custody|resumed"
    r"|searched|searching|held|named|visited|vowed|issued|published|updated|condemned"
    r"|protested|marched|mourn\w*|declared|ordered|closed|reopen\w*|found|attended|met|meets"
    r"|visit\w*|testif\w*|resign\w*|suspend\w*|began|continued|ended|denied|blamed|claimed"
    r"|stood|stands|put|raised"
    # fighting a fire or a flood that is already burning or rising: "battled on Tuesday to
    # contain the blaze", "struggled to contain"
    r"|battl\w*|struggl\w*|contain|containing)",
    re.IGNORECASE,
)
#: Statement verbs: a date next to one dates what was said; behind a comma after the
#: date (", police said") they are the attribution of the whole sentence.
_STATEMENT_CUE: Final = re.compile(
    r"(?:said|says|say|told|according|reported|added|spoke|speaking|announc\w*|confirm\w*"
    r"|estimat\w*|assess\w*|conclud\w*|acknowledg\w*|admitt\w*|insist\w*|stated|statement"
    r"|disclosed|revealed|alleged|accus(?:ed|es|ing)?|warn(?:s|ed|ing)?|appeal(?:s|ed|ing)?|briefed|briefing|wrote|tweeted)",
    re.IGNORECASE,
)
#: Nouns that name what happened.
_EVENT_NOUNS: Final = (
    r"(?:attack|shooting|shootout|bombing|blast|explosion|strike|airstrike|fire|flood|collapse"
    r"|crash|stampede|landslide|quake|earthquake|siege|raid|clash|ambush|stabbing|killing"
    r"|murder|homicide|massacre|collision|leak|capsizing|disaster|incident|violence|riot"
    r"|bomb|blaze|wildfire|mudslide)e?s?\b"
)
#: A date written as the attribute of an event noun: "Sunday's flood", "the March 3
#: bombing", "last week's strike", "this month's missile attack".
_ATTRIBUTIVE: Final = re.compile(
    r"^(?:['’]s\s+(?:[\w-]+\s+){0,2}|\s+(?:(?:deadly|fatal|double|triple|mass|suicide|car"
    r"|truck|roadside|air|drone|missile|rocket|gas|cylinder|market)\s+){0,2})" + _EVENT_NOUNS,
    re.IGNORECASE,
)
_WEEK_OR_MONTH: Final = re.compile(
    r"\b(last|this)\s+(week|month)(?:end)?['’]s\s+(?=\w)|\b(?:at|over|during)\s+the\s+weekend\b"
    # "the weekend attack", "the weekend's floods": the weekend named as the event's own
    r"|\bthe\s+weekend(?:['’]s)?\s+(?=(?:[\w-]+\s+){0,2}?" + _EVENT_NOUNS + r")",
    re.IGNORECASE,
)
#: "killed in the quake last week", "struck earlier this month": a week or month that
#: dates the event when an event word is its nearest cue.
_LAST_WEEK: Final = re.compile(r"\b(last|earlier\s+this)\s+(week|month)\b(?!['’])", re.IGNORECASE)
#: "Three days after the earthquake", "a week after Sunday's blast": the event lies that
#: long before the report.
_DAYS_AFTER: Final = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)\s+(?:after|since)"
    r"\s+(?:(?:the|a|an|\w+['’]s)\s(?=[^.;]{0,40}?" + _EVENT_NOUNS + r")"
    # "a day after Ukrainian officials said a missile had killed four": the event was told
    # that long before
    r"|(?:[\w'’-]+\s+){1,3}?(?:said|reported|announced)\s+(?:that\s+)?(?:a|an|the)\s"
    r"(?=[^.;]{0,40}?\b(?:killed|struck|hit|exploded|wounded)\b))",
    re.IGNORECASE,
)
#: "The earthquake that killed 120 people in Herat two weeks ago", "the blast three days
#: ago": an event named, then how long before the report it was (in the same clause).
_AGO: Final = re.compile(
    r"\b" + _EVENT_NOUNS + r"[^.;:]{0,60}?\b(a|one|two|three|four|five|six|seven|ten|\d{1,2})"
    r"\s+(days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)
#: An aftermath told of an event named as a thing past: "Mourners buried victims of the
#: Dalbur bombing on Sunday", "a vigil for those killed in the blast on Friday": the date
#: right after the event noun is the aftermath's (read on the words before the date).
_AFTERMATH: Final = re.compile(
    r"\b(?:buried|bury|burying|buries|mourn\w*|funerals?|laid\s+to\s+rest|vigils?|honou?r\w*"
    r"|remember\w*|commemorat\w*|paid\s+(?:tribute|respects?)|prayed|prayers)\b[^,;.]{0,60}?"
    r"\b(?:of|for|in|from)\s+(?:the|this|last|\w+['’]s)\s+(?:[\w-]+\s+){0,3}?"
    + _EVENT_NOUNS
    + r"\s+(?:on\s+|late\s+|early\s+){0,2}$",
    re.IGNORECASE,
)
#: A burial told after its date: "gathered on Wednesday to bury people killed by the
#: blast", "Families on Friday buried the victims of ..." (read on the words after the
#: date; "a landslide on Monday buried five homes" is the event itself).
_BURIAL_AFTER: Final = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:to\s+)?(?:bury|buried|buries|burying|laid\s+to\s+rest)\s+"
    r"(?:(?:the|their|its|some|more|of|dozens|hundreds|scores)\s+){0,3}"
    r"(?:victims\b|dead\b|bodies\b|coffins\b|(?:[\w-]+\s+){0,2}?(?:killed|who\s+died)\b)",
    re.IGNORECASE,
)
#: A revised toll dated after its figure: "put the toll from the weekend strike on the
#: hospital at 22 on Monday", "raised the death toll in the quake to 41 on Thursday".
_TOLL_REVISED: Final = re.compile(
    r"\btoll\s+(?:from|in|of|for)\s+(?:the|this|last|\w+['’]s)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:at|to)\s+(?:about\s+|nearly\s+|at\s+least\s+|more\s+than\s+)?[\d,]+\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: A later death or a recovery of bodies: "a fourth worker died in hospital on Saturday
#: from wounds suffered ...", "divers recovered 14 more bodies on Saturday" (read on the
#: words just before the date, and for a death just after it).
_DIED_OF_WOUNDS: Final = re.compile(
    r"\b(?:died|succumbed)\b[^,;.]{0,40}?\b(?:of|from|to)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:wounds|injuries)\b",
    re.IGNORECASE,
)
#: A later death told before its date: "two more passengers died on Tuesday", "a
#: wounded guard died in hospital on Friday" (not "exploded on Sunday died in hospital":
#: that date is the event's).
_DIED_LATER: Final = re.compile(
    r"(?:\b(?:died|succumbed)\s+(?:later\s+)?(?:in|at)\s+(?:(?:a|the)\s+)?hospital"
    r"|\b(?:more|another|other)\s+(?:[\w'’-]+\s+){0,2}?(?:died|succumbed)"
    r"(?:\s+(?:later|overnight|(?:in|at)\s+(?:(?:a|the)\s+)?hospital))?)"
    r"\s+(?:(?:on|late|early)\s+){0,2}$",
    re.IGNORECASE,
)
_BODIES_RECOVERED: Final = re.compile(
    r"\b(?:recover\w*|retriev\w*|pulled|found|exhumed|brought|carried)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?"
    # "from the ferry that sank on Saturday": the date after "that" is the event's
    r"(?:bodies|body|remains)\b(?:(?!\b(?:after|when|following|as|since|that|which)\b)[^,;.]){0,60}$",
    re.IGNORECASE,
)
#: A word, a dotted abbreviation as one word ("U.S.-backed", "U.N.-run"), or punctuation.
_WORD: Final = re.compile(r"(?:[A-Za-z]\.){2,}[\w'’-]*|[A-Za-z0-9][\w'’-]*|[,;:—–()]")
_BOUNDARIES: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})
#: Words skipped when counting the distance from a date to a cue.
_SKIP: Final = frozenset(
    {"on", "in", "at", "the", "a", "an", "of", "and", "late", "early", "near", "for", "by"}
    | {"to", "from", "that", "this", "last", "its", "their", "his", "her", "into", "with"}
)
#: How many words either side of a date are searched for a cue.
_REACH: Final = 8
#: How many tokens either side of a date are looked at at all (skipped words included).
_WINDOW: Final = 40
#: A sentence's first dates are read; a list of hundreds (a table, an archive) dates nothing more.
_DATES_PER_SENTENCE: Final = 12
_AFTER_OTHER: Final = re.compile(
    r"\b(?:after|following|since)\s+(?:a|an|the|last)\b[^,;]*$", re.IGNORECASE
)
#: Words after a date that put it after the event they name ("on Saturday after the quake";
#: "arrested on Thursday over the bombing": "over" only before an event noun).
_AFTER_WORDS: Final = frozenset({"after", "following", "over"})
_EVENT_NOUN: Final = re.compile(_EVENT_NOUNS, re.IGNORECASE)
#: "the car bomb that struck the market two days earlier": the event lies that long
#: before the sentence's own (aftermath) date.
_DAYS_EARLIER: Final = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)\s+(?:earlier|before)\b",
    re.IGNORECASE,
)
#: A sentence opening on an event the report recalled: "In that attack, ...", "That strike
#: came ...", "During that earlier raid, ..." (the distal "that" points back).
_THAT_EVENT: Final = re.compile(
    r"\s*(?:(?:in|during|after)\s+)?that\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUNS, re.IGNORECASE
)
_DAY: Final = dt.timedelta(days=1)
_SINCE: Final = re.compile(r"(?i)\bsince\s*$")


def _day_of_week(reading: EventDate) -> int | None:
    """The weekday of a reading that names a day."""
    if reading.date is not None and reading.precision == "day":
        return reading.date.weekday()
    return None


@frozen
class EventDate:
    """
    What a report says about its event's day.

    ``precision`` is ``day`` (the event's day), ``weekday`` (a weekday only, no
    publication date to resolve it against), ``month`` (the event's month: "last
    month's strike"), ``before`` (only a later development is dated: the event
    happened on or before ``date``), or None (nothing known).

    >>> EventDate(dt.date(2024, 3, 3), "day").weekday
    6
    """

    date: dt.date | None
    precision: str | None
    weekday: int | None = field(default=Factory(_day_of_week, takes_self=True))


#: Verbs that, followed by "to", send police or rescuers to the event as it happens.
_DISPATCHED: Final = frozenset({"called", "dispatched", "summoned", "sent"})


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    """
    The words and punctuation of *sentence* with offsets; "called to" reads as "responded".

    >>> [w for _, _, w in _tokens("Officers were called to the park.")]
    ['Officers', 'were', 'responded', 'to', 'the', 'park']
    >>> [w for _, _, w in _tokens("fighters of the U.S.-backed force")]
    ['fighters', 'of', 'the', 'U.S.-backed', 'force']
    """
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    for k in range(len(words) - 1):
        if words[k][2].lower() in _DISPATCHED and words[k + 1][2].lower() == "to":
            words[k] = (words[k][0], words[k][1], "responded")
    return words


def _cue(words: Sequence[tuple[int, int, str]], at: int, end: int) -> str | None:
    """
    The kind of the cue word nearest a date at ``[at, end)``: ``event``, ``follow`` or None.

    Words are counted either side, skipping prepositions and articles, and a comma
    costs more than a word. A statement or follow-up verb just before the date
    ("said on Monday", "claimed responsibility on Wednesday") decides; a statement
    verb behind a comma after it (", police said") is the attribution of the whole
    sentence and does not count, another follow-up behind a comma counts for less.
    """
    first_after = bisect.bisect_left(words, (end,))
    last_before = bisect.bisect_left(words, (at,))  # words starting before the date
    if _after_the_event(words, first_after):
        # "flags flew at half-mast on Saturday after the earthquake": a day after the event
        near = [w for w in words[max(0, last_before - 8) : last_before] if w[1] <= at]
        before = [w for w in near if w[2].lower() not in _SKIP][-3:]
        if not any(_EVENT_CUE.fullmatch(w[2]) for w in before):
            return "follow"
    before = [w for w in words[max(0, last_before - _WINDOW) : last_before] if w[1] <= at][::-1]
    after = words[first_after : first_after + _WINDOW]
    best: tuple[float, str] | None = None
    for side, penalty in ((before, 0.0), (after, 0.25)):
        found = _nearest(side, reversed_side=side is before)
        if found is None:
            continue
        distance, crossed, kind = found
        if kind == "statement" and crossed and side is after:
            continue
        if kind == "event" and side is after and _recalled_on(after):
            kind = "follow"  # "returned on Sunday to homes ruined after this week's floods"
        if kind == "event" and side is before and _owned_by_time(before):
            kind = "follow"  # "which lost its homes in last week's quake, ... in tents on Tuesday"
        if kind != "event":
            kind = "follow"
            distance += 3.0 if crossed else 0.0
        if side is before and kind == "follow" and distance <= 2:
            return kind
        if best is None or distance + penalty < best[0]:
            best = (distance + penalty, kind)
    return best[1] if best is not None else None


#: A time that owns the event noun after it: "last weekend's quake", "Saturday's blast".
_TIME_OWNER: Final = re.compile(
    r"(?i)(?:\w*day|week|weekend|month|year|night|morning|evening)['’]s"
)


def _recalled_on(side: Sequence[tuple[int, int, str]]) -> bool:
    """
    True when the first event word after a date is one recalled with its own date.

    It follows "after the"/"following this week's", or a time owns it ("families
    left homeless by last weekend's quake").

    >>> _recalled_on(_tokens("to homes caked in mud after this week's floods"))
    True
    >>> _recalled_on(_tokens("when a bomb exploded after a wedding"))
    False
    >>> _recalled_on(_tokens("for families left homeless by last weekend's quake"))
    True
    """
    for k, (_, _, word) in enumerate(side[:_WINDOW]):
        if word in _BOUNDARIES:
            continue  # the cue reader reads past a comma too
        if _EVENT_CUE.fullmatch(word):
            # "left homeless by last weekend's quake": the event has its own date
            return k > 0 and _TIME_OWNER.fullmatch(side[k - 1][2]) is not None
        if word.lower() in _AFTER_WORDS and _after_the_event(side, k):
            return True
    return False


def _owned_by_time(before: Sequence[tuple[int, int, str]]) -> bool:
    """
    True when the nearest event word before a date (*before*, nearest first) has its own time.

    >>> _owned_by_time(_tokens("homes lost in last week's quake, families in tents")[::-1])
    True
    >>> _owned_by_time(_tokens("a quake killed nine")[::-1])
    False
    """
    for k, (_, _, word) in enumerate(before[:_WINDOW]):
        if _EVENT_CUE.fullmatch(word):
            return k + 1 < len(before) and _TIME_OWNER.fullmatch(before[k + 1][2]) is not None
    return False


def _after_the_event(words: Sequence[tuple[int, int, str]], k: int) -> bool:
    """
    True when the words from *k* refer back to an event told before: "after the quake".

    "after the earthquake", "following Sunday's blast", "after last week's attack" name
    an event the reader knows; "after a car bomb blew open the gate" tells a new one.

    >>> _after_the_event(_tokens("on Saturday after the quake"), 2)
    True
    >>> _after_the_event(_tokens("on Friday after a car bomb exploded"), 2)
    False
    >>> _after_the_event(_tokens("on Sunday, four days after the floods"), 2)
    True
    >>> _after_the_event(_tokens("on Thursday over the bombing"), 2)
    True
    >>> _after_the_event(_tokens("on Thursday over the city"), 2)
    False
    """
    if k < len(words) and words[k][2] == ",":
        k += 1  # "on Sunday, four days after the floods"
    if k + 2 < len(words) and words[k + 1][2].lower().rstrip("s") in {"day", "week", "hour"}:
        k += 2
    if k + 1 >= len(words) or words[k][2].lower() not in _AFTER_WORDS:
        return False
    det = words[k + 1][2].lower()
    if not (det in {"the", "this", "last", "that"} or det.endswith(("'s", "’s"))):
        return False
    # "over the city" is where; "over the bombing" what a later act answers
    return words[k][2].lower() != "over" or any(
        _EVENT_NOUN.fullmatch(w[2]) for w in words[k + 2 : k + 5]
    )


#: Participles of ruin that, after an article or a preposition, describe what is left
#: ("through collapsed mud homes", "from the flooded streets"), not the event's day.
_RUIN: Final = frozenset(
    {"collapsed", "flooded", "damaged", "destroyed", "flattened", "burned", "burnt", "gutted"}
)
_BEFORE_RUIN: Final = frozenset(
    {"the", "a", "an", "of", "from", "through", "under", "in", "into", "among", "its", "their"}
    | {"with", "beneath", "amid", "around", "near", "over", "across", "between"}
)


def _describes_ruin(side: Sequence[tuple[int, int, str]], k: int, *, reversed_side: bool) -> bool:
    """
    True when ``side[k]`` is a participle of ruin used as an adjective ("collapsed homes").

    *reversed_side* says *side* runs away from the date towards the sentence start, so
    the word before ``side[k]`` in the sentence is ``side[k + 1]``.
    """
    if side[k][2].lower() not in _RUIN:
        return False
    j = k + 1 if reversed_side else k - 1
    return 0 <= j < len(side) and side[j][2].lower() in _BEFORE_RUIN


def _nearest(
    side: Sequence[tuple[int, int, str]], *, reversed_side: bool = False
) -> tuple[float, bool, str] | None:
    """
    The first cue word of *side* as ``(distance, behind a comma, kind)``, within reach.

    A participle of ruin used as an adjective ("through collapsed homes") is no cue.
    """
    distance, crossed, counted = 0.0, False, 0
    for k, (_, _, word) in enumerate(side):
        if word in _BOUNDARIES:
            distance += 2.5
            crossed = True
            continue
        if word.lower() in _SKIP:
            continue
        distance += 1
        counted += 1
        if counted > _REACH:
            return None
        if _STATEMENT_CUE.fullmatch(word):
            return distance, crossed, "statement"
        if _FOLLOW_UP_CUE.fullmatch(word):
            return distance, crossed, "follow"
        if _EVENT_CUE.fullmatch(word) and not _describes_ruin(side, k, reversed_side=reversed_side):
            return distance, crossed, "event"
    return None


def dates_a_statement(sentence: str, dm: DateMatch) -> bool:
    """
    True when the date *dm* of *sentence* is the day of a statement or a later development.

    "The toll has risen to 54, the ministry said on Monday, adding that 162 people had
    been wounded": Monday is when the ministry spoke, not when anyone was wounded. A
    date next to an event word, or before an event noun ("Saturday's shelling"), dates
    an event; so does a date next to no cue at all.

    >>> s = "The toll rose to 54, the ministry said on Monday, adding that 162 were wounded."
    >>> dates_a_statement(s, scan_dates(s, None)[0])
    True
    >>> s = "Gunmen killed four farmers on Saturday."
    >>> dates_a_statement(s, scan_dates(s, None)[0])
    False
    """
    if dates_an_event_noun(sentence, dm):
        return False
    return _cue(_tokens(sentence), dm.start, dm.end) == "follow" or _aftermath(sentence, dm)


def dates_an_event_noun(sentence: str, dm: DateMatch) -> bool:
    """
    True when the date *dm* of *sentence* is written as the attribute of an event noun.

    "A man hurt in Sunday's earthquake died on Wednesday": Sunday is the quake's day,
    Wednesday only the death's.

    >>> s = "A man hurt in Sunday's earthquake died on Wednesday."
    >>> [dates_an_event_noun(s, dm) for dm in scan_dates(s, None)]
    [True, False]
    >>> s = "the March 3 bombing"
    >>> dates_an_event_noun(s, scan_dates(s, None)[0])
    True
    """
    return _ATTRIBUTIVE.match(sentence[dm.end : dm.end + 60]) is not None


def days_before_aftermath(sentence: str, dm: DateMatch) -> int | None:
    """
    How many days before the date *dm* of a later development its event happened, if said.

    "Hundreds gathered on Wednesday to bury victims of the blast that struck the
    market two days earlier": the blast was two days before Wednesday; so was "the
    blast" of "mourned on Wednesday, two days after the blast". The words
    between the date and "N days earlier" must tell the event (an event word the
    last cue before it), so "arrested a man released two days earlier" dates nothing.

    >>> s = "Crowds gathered on Friday to bury victims of the bomb that struck two days earlier."
    >>> days_before_aftermath(s, scan_dates(s, None)[0])
    2
    >>> s = "Police on Friday arrested a man who was released a week earlier."
    >>> days_before_aftermath(s, scan_dates(s, None)[0]) is None
    True
    >>> s = "Relatives waited in the port on Friday, three days after the disaster."
    >>> days_before_aftermath(s, scan_dates(s, None)[0])
    3
    >>> s = "The army said on Friday it hit depots, a day after officials said a shell killed two."
    >>> days_before_aftermath(s, scan_dates(s, None)[0])
    1
    """
    after = _DAYS_AFTER.search(sentence, dm.end)
    if after is not None and after.start() - dm.end <= 80:
        return days_in(after.group(1), after.group(2))  # "on Tuesday, three days after the blast"
    m = _DAYS_EARLIER.search(sentence, dm.end)
    if m is None or m.start() - dm.end > 160:
        return None
    kind = _nearest(_tokens(sentence[dm.end : m.start()])[::-1], reversed_side=True)
    if kind is None or kind[2] != "event":
        return None
    return days_in(m.group(1), m.group(2))


def _aftermath(sentence: str, dm: DateMatch) -> bool:
    """
    True when *dm* dates an aftermath of an event the sentence names as past.

    A burial or a vigil (``_AFTERMATH``), or a toll revised after its figure
    (``_TOLL_REVISED``).

    >>> s = "Mourners buried victims of the Dalbur bombing on Sunday."
    >>> _aftermath(s, scan_dates(s, None)[0])
    True
    >>> s = "The victims of the bombing on Sunday were buried on Monday."
    >>> _aftermath(s, scan_dates(s, None)[0])
    False
    >>> s = "Medics put the toll from the weekend strike on the school at 22 on Monday."
    >>> _aftermath(s, scan_dates(s, None)[0])
    True
    >>> s = "Families on Friday buried the victims of the blast."
    >>> _aftermath(s, scan_dates(s, None)[0])
    True
    >>> s = "A landslide early on Friday buried a row of houses, killing five."
    >>> _aftermath(s, scan_dates(s, None)[0])
    False

    So is a later death of wounds, or bodies recovered.

    >>> s = "Rescuers pulled the bodies of five more miners from the shaft on Wednesday."
    >>> _aftermath(s, scan_dates(s, None)[0])
    True
    >>> s = "A fourth worker died in hospital on Saturday from wounds suffered in the blast."
    >>> _aftermath(s, scan_dates(s, None)[0])
    True
    >>> s = "Two more passengers died in hospital on Tuesday, bringing the toll to nine."
    >>> _aftermath(s, scan_dates(s, None)[0])
    True
    >>> s = "Two injured when a tanker exploded on Sunday died in hospital on Monday."
    >>> _aftermath(s, scan_dates(s, None)[0])
    False
    >>> s = "Rescuers cleared the rubble of the block hit by a missile on March 23."
    >>> _aftermath(s, scan_dates(s, None)[0])
    False
    """
    before = sentence[max(0, dm.start - 120) : dm.start]
    after = sentence[dm.end : dm.end + 120]
    return (
        _AFTERMATH.search(before) is not None
        or _TOLL_REVISED.search(before) is not None
        or _BURIAL_AFTER.match(after) is not None
        or _BODIES_RECOVERED.search(before[-100:]) is not None
        or _DIED_OF_WOUNDS.search(f"{before[-50:]} {after[:60]}") is not None
        or _DIED_LATER.search(before[-80:]) is not None
    )


#: Between a date and "a day after the quake" that dates it from the event.
_TO_AFTER: Final = re.compile(r"[\s,]*")
#: A new event the sentence tells, which "N days after" an earlier one does not re-date:
#: "A second quake struck on Friday", "An aftershock hit the region on Thursday", "Flash
#: floods swept through Alexandroupoli on Tuesday, a week after the floods in Thessaly".
#: A word joined by a hyphen is an adjective, not a new event: "the worst-hit villages",
#: "quake-hit towns", "flood-stricken"; and a word is whole ("news", "newly" are not "new").
_NEW_ONE: Final = re.compile(
    r"(?<![\w-])(?:second|another|new|fresh|separate|latest|aftershocks?|struck|hit|shook"
    r"|jolted|rocked|exploded|erupted|attacked|killed|opened\s+fire|shot\s+down|downed"
    r"|intercepted|" + _EVENT_NOUNS + r")\b(?!-)",
    re.IGNORECASE,
)


def _days_after_next(sentence: str, dm: DateMatch) -> bool:
    """
    True when "N days after the <event>" follows the date *dm*.

    "Rescuers pulled a woman from a collapsed building on Friday, a day after the
    earthquake": Friday dates the rescue, the quake was Thursday
    (``days_before_aftermath``), unless the words before the date tell a new event
    of their own (``_new_one``: "A second quake struck on Friday, a day after the
    first quake").

    >>> s = "Rescuers pulled a woman from a collapsed house on Friday, a day after the quake."
    >>> _days_after_next(s, scan_dates(s, None)[0]), _new_one(s, scan_dates(s, None)[0])
    (True, False)
    >>> s = "Flash floods swept through Alexandroupoli on Tuesday, a week after the floods."
    >>> _days_after_next(s, scan_dates(s, None)[0]), _new_one(s, scan_dates(s, None)[0])
    (True, True)
    >>> s = "Air defences shot down two drones on Monday, four days after a rocket attack."
    >>> _days_after_next(s, scan_dates(s, None)[0]), _new_one(s, scan_dates(s, None)[0])
    (True, True)

    A word joined by a hyphen describes a place, it tells no new event:

    >>> s = "Aid reached the worst-hit and quake-hit villages on Monday, a week after the quake."
    >>> _new_one(s, scan_dates(s, None)[0])
    False
    """
    at = _TO_AFTER.match(sentence, dm.end)
    start = at.end() if at is not None else dm.end
    return _DAYS_AFTER.match(sentence, start) is not None


def _new_one(sentence: str, dm: DateMatch) -> bool:
    """True when the words before *dm* tell an event of their own (``_NEW_ONE``)."""
    return _NEW_ONE.search(sentence, 0, dm.start) is not None


def _week_or_month(
    sentence: str, words: Sequence[tuple[int, int, str]], published: dt.date | None
) -> EventDate | None:
    """Resolve "last week's strike", "this month's attack" or "at the weekend", when possible."""
    if published is None:
        return None
    for m in _WEEK_OR_MONTH.finditer(sentence):
        if m.group(2) is None:  # the weekend before publication: its Saturday, next to the event
            if _cue(words, m.start(), m.end()) != "event":
                continue
            back = (published.weekday() - 5) % 7 or 7
            return EventDate(published - dt.timedelta(days=back), "day")
        if not _ATTRIBUTIVE.match("'s " + sentence[m.end() : m.end() + 60]):
            continue
        return _calendar_span(published, last=m.group(1).lower() == "last", unit=m.group(2))
    return None


def span_days(date: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """
    The first and last day of a month (``date`` its first day) or week (``date`` its middle).

    >>> span_days(dt.date(2024, 2, 1), "month")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    if precision == "month":
        following = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return date, following - dt.timedelta(days=1)
    return date - dt.timedelta(days=3), date + dt.timedelta(days=3)


def days_in(number: str, unit: str) -> int:
    """
    How many days "three days" or "two weeks" is (*number* a numeral or number word).

    Raises:
        ClaimrecError: *number* is no number.

    >>> days_in("three", "days"), days_in("a", "week"), days_in("2", "weeks")
    (3, 7, 14)
    """
    n = parse_quantity(number, allow_article=True).low
    return n * (7 if unit.lower().startswith("week") else 1)


def _calendar_span(published: dt.date, *, last: bool, unit: str) -> EventDate:
    """
    The current or the previous week or month of *published*.

    A month is given by its first day, a week by its middle (Thursday).

    >>> _calendar_span(dt.date(2025, 3, 10), last=True, unit="week")
    EventDate(date=datetime.date(2025, 3, 6), precision='week', weekday=None)
    """
    if unit.lower() == "month":
        month = published.replace(day=1)
        return EventDate((month - _DAY).replace(day=1) if last else month, "month")
    monday = published - dt.timedelta(days=published.weekday() + (7 if last else 0))
    return EventDate(monday + dt.timedelta(days=3), "week")


def _relative(
    sentence: str, words: Sequence[tuple[int, int, str]], published: dt.date | None
) -> EventDate | None:
    """
    The event's week or month from words relative to the publication date.

    "killed in the earthquake last week" and "struck earlier this month" (an event word
    the nearest cue) give that week or month; "three days after the earthquake" gives
    the week around the day that long before publication, as does "the earthquake that
    killed 120 two weeks ago".

    >>> pub = dt.date(2025, 3, 10)
    >>> _relative("Three days after the quake, the toll rose.", [], pub)
    EventDate(date=datetime.date(2025, 3, 7), precision='week', weekday=None)
    >>> _relative("Survivors of the quake that killed 120 two weeks ago wait.", [], pub)
    EventDate(date=datetime.date(2025, 2, 24), precision='week', weekday=None)
    """
    if published is None:
        return None
    if (m := _DAYS_AFTER.search(sentence) or _AGO.search(sentence)) is not None:
        days = days_in(m.group(1), m.group(2))
        return EventDate(published - dt.timedelta(days=days), "week")
    for m in _LAST_WEEK.finditer(sentence):
        if _cue(words, m.start(), m.end()) != "event":
            continue
        return _calendar_span(published, last=m.group(1).lower() == "last", unit=m.group(2))
    return None


def _reading(dm: DateMatch, published: dt.date | None) -> EventDate | None:
    if published is None:
        words = dm.text.lower().split()
        day = next((i for i, name in enumerate(_WEEKDAYS) if name in words), None)
        if day is not None:
            return EventDate(None, "weekday", day)
    if dm.date is None or dm.precision not in {"day", "weekday", "month"}:
        return None
    if published is not None and dm.date > published + _DAY:
        return None
    return EventDate(dm.date, "month" if dm.precision == "month" else "day")


_STAMP: Final = re.compile(r"(?i)(?:\b(?:published|posted|updated|last\s+modified)|^date)\W*$")


def _skipped(sentence: str, dm: DateMatch, following: Sequence[DateMatch], *, first: bool) -> bool:
    """
    True for a date that says nothing about the event.

    "Since Monday" starts a span; a page stamp ("Published Tuesday, Oct. 11")
    dates the page; a weekday written before its full date ("Friday, March 6")
    gives way to the date; in a later sentence, a date in an "after a ..." clause
    belongs to another event, and so does a date of a sentence opening on "In that
    attack" or "That strike": the distal "that" points back at an event the report
    recalled, not at its own.

    >>> s = "In that attack, on January 28, three soldiers were killed."
    >>> _skipped(s, scan_dates(s, None)[0], [], first=False)
    True
    >>> s = "In the attack, on January 28, three soldiers were killed."
    >>> _skipped(s, scan_dates(s, None)[0], [], first=False)
    False
    """
    before = sentence[max(0, dm.start - 20) : dm.start]
    if _SINCE.search(before) or _STAMP.search(before):
        return True
    if following and following[0].start - dm.end <= 4 and following[0].precision == "day":
        return True
    if not first and _THAT_EVENT.match(sentence, 0, dm.start) is not None:
        return True
    return not first and bool(_AFTER_OTHER.search(sentence[max(0, dm.start - 80) : dm.start]))


def read_event_date(sentences: Sequence[str], published: dt.date | None) -> EventDate:
    """
    The event's day from the first sentences that date it.

    A date next to an event word ("killed Sunday", "a fire on Friday", "Sunday's
    flood", "the March 3 bombing") dates the event; a date next to a later
    development ("said on Monday", "Police on Monday arrested", "rose to 19 on
    Tuesday"), or next to no cue at all ("rescuers on Tuesday pulled a boy from the
    rubble"), only bounds it: the event happened on or before that day (precision
    ``before``), unless a later sentence dates the event itself.

    Args:
        sentences: The headline and lead sentences, in order.
        published: The publication date, which weekdays and "yesterday" resolve against.

    Returns:
        The reading (``EventDate(None, None)`` when no sentence dates anything).

    >>> pub = dt.date(2025, 2, 10)
    >>> read_event_date(["Police on Monday arrested three people over the fire on Friday."], pub)
    EventDate(date=datetime.date(2025, 2, 7), precision='day', weekday=4)
    >>> read_event_date(["The toll rose to 19 on Monday, officials said."], pub)
    EventDate(date=datetime.date(2025, 2, 10), precision='before', weekday=None)

    Fighting a fire that already burns dates the firefighting, not the fire:

    >>> read_event_date(["Crews battled on Monday to contain the blaze near Volos."], pub)
    EventDate(date=datetime.date(2025, 2, 10), precision='before', weekday=None)

    What is left of an event ("through collapsed homes") dates no event: the event's own
    day later in the sentence does.

    >>> read_event_date(["Rescuers dug through collapsed homes on Monday after Saturday's quake."], pub)
    EventDate(date=datetime.date(2025, 2, 8), precision='day', weekday=5)
    """
    bound: EventDate | None = None
    for n, sentence in enumerate(sentences):
        cued: EventDate | None = None
        matches = scan_dates(sentence, published)[:_DATES_PER_SENTENCE]
        # words are read only around a date or a week ("last week's"): most sentences have none
        needed = matches or (published is not None and _WEEK_OR_MONTH.search(sentence))
        words = _tokens(sentence) if needed else []
        for k, dm in enumerate(matches):
            reading = _reading(dm, published)
            if reading is None or _skipped(sentence, dm, matches[k + 1 : k + 2], first=n == 0):
                continue
            if dates_an_event_noun(sentence, dm):
                # "struck on Thursday, four days after Sunday's quake": the earlier date wins
                return cued if cued is not None and cued.precision == "day" else reading
            cue = _cue(words, dm.start, dm.end)
            if cue == "event" and _aftermath(sentence, dm):
                cue = "follow"
            if _days_after_next(sentence, dm):
                # "on Friday, a day after the quake": a development's day, unless the words
                # before it tell a new event ("Flash floods swept through X on Tuesday, a week
                # after the floods in Y")
                cue = "event" if _new_one(sentence, dm) else "follow"
            if cue != "event" and cued is None:
                earlier, cue = _days_before(sentence, dm, reading, cue)
                if earlier is not None:
                    cued = earlier
                    continue
            if reading.precision == "month":
                if cue == "event" and cued is None:
                    cued = reading  # "shot and killed a friend in February"
            elif cue == "event" and (cued is None or cued.precision == "month"):
                cued = reading
            elif bound is None and reading.date is not None:
                bound = EventDate(reading.date, "before")
        week = _week_or_month(sentence, words, published) or _relative(sentence, words, published)
        if cued is not None:
            return cued
        if week is not None:
            return week
    return bound or EventDate(None, None)


def _days_before(
    sentence: str, dm: DateMatch, reading: EventDate, cue: str | None
) -> tuple[EventDate | None, str | None]:
    """
    The event's day a development's date tells ("on Friday, three days after the blast"), and the cue.

    A sentence that tells a new event before its date ("a tanker was struck on Thursday,
    the navy said, three days after an attack on a freighter") dates that event: no
    earlier day, and the cue becomes ``event``.

    >>> s = "Relatives waited in the port on Friday, three days after the disaster."
    >>> dm = scan_dates(s, dt.date(2025, 2, 10))[0]
    >>> _days_before(s, dm, EventDate(dm.date, "day"), None)[0]
    EventDate(date=datetime.date(2025, 2, 4), precision='day', weekday=1)
    >>> s = "A tanker was struck on Friday, the navy said, three days after an attack on a freighter."
    >>> dm = scan_dates(s, dt.date(2025, 2, 10))[0]
    >>> _days_before(s, dm, EventDate(dm.date, "day"), None)
    (None, 'event')
    """
    if reading.precision != "day" or reading.date is None:
        return None, cue
    earlier = days_before_aftermath(sentence, dm)
    if earlier is None:
        return None, cue
    if _new_one(sentence, dm):
        return None, "event"
    return EventDate(reading.date - dt.timedelta(days=earlier), "day"), cue


#: A year with the word before it: "in 2018", "the 2015 earthquake", "May 2025".
_YEAR: Final = re.compile(r"(?<![\d],\s)(?<!\d,)\b([\w.]+\s+)?((?:19|20)\d\d)\b(?!-)")


def names_earlier_year(sentence: str, year: int) -> bool:
    """
    True when *sentence* names a bare year before *year* (the report's): background.

    A full date ("May 3, 2025", "in May 2025") is no bare year.

    >>> names_earlier_year("The worst fire, at Mati in 2018, killed 104.", 2026)
    True
    >>> names_earlier_year("It began on May 3, 2025, and in March 2024.", 2026)
    False
    >>> names_earlier_year("A 2000-strong crowd gathered in 2026.", 2026)
    False
    """
    if "19" not in sentence and "20" not in sentence:
        return False
    return any(
        int(m.group(2)) < year and (m.group(1) or "").strip().rstrip(".").lower() not in _MONTHS
        for m in _YEAR.finditer(sentence)
    )
