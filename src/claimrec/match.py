"""
Stage 3: group documents and claims into real-world events (blocking, scoring, clustering).

Every document gets a **main event**, profiled from its headline and lead: the
places named there (datelines, "in <Place>", "<Place> police"), the day (an
absolute date, or a weekday, "yesterday" or "last night" resolved against the
publication date), the event kind, casualty counts, and its rare words. Claims,
when given, add their mentions' places, kinds, counts and actors.

Claims whose mention has focus ``other`` (a past attack recalled as background,
a retaliation) become separate profiles keyed ``"<document>#<n>"``: they may join
another document's main event, never their own document's; one with neither a
place nor a date attaches to no event (None). Claims of scope ``cumulative`` or
``standing`` ("62 injuries since October 17", "2,500 troops in Iraq") are not
about any one event and attach to None.

Candidate pairs come from blocking (place key × week, rare word × month, and
place or rare word alone for undated reports; oversized blocks fall back to a
sorted neighbourhood), so the cost grows near-linearly. Places many profiles
name (a street name many towns share) are weighted down by their specificity
and do not block when a report names a more telling place. Each candidate pair
is scored by the matchers (weighted mean of the features that have evidence).
Clustering is constrained average linkage: pairs are merged best first, two
clusters merge only when no pair across them is vetoed (different days, a
weekday that disagrees, a shared document) and their mean pairwise score clears
the threshold, so A~B and B~C never drag incompatible A and C together. Reports
with no date are attached last, to the dated cluster they fit best, and only when
it beats the runner-up by a clear margin; otherwise they group among themselves.
An event is located at the most specific place its reports and claims name (a
base or a town rather than its country or province).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Final

from attrs import field, frozen

from claimrec import _checks
from claimrec._dates import _MONTHS, _WEEKDAYS
from claimrec._ids import event_id
from claimrec.matchers import (
    DEFAULT_MATCHERS,
    EventProfile,
    Matcher,
    idf,
    place_key,
    place_similarity,
    place_specificity,
)
from claimrec.model import Claim, CountClaim, Document, Event, EventMention, ResponsibilityClaim

__all__ = ["EventMatching", "Match", "match_events", "profile_documents"]

# --------------------------------------------------------------------------- words

_MONTH_RE: Final = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MDY: Final = re.compile(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DMY: Final = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"(?:,?\s+(\d{4}))?\b")
_ISO_DATE: Final = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE: Final = re.compile(
    r"\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?"
    r"|(yesterday|last night|overnight|today|tonight|this morning|this afternoon|this evening))\b",
    re.IGNORECASE,
)
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
    "bombing": ("bomb", "bombing", "explosive", "ied", "blast", "car-bomb"),
    "airstrike": ("airstrike", "airstrikes", "air-strike"),
    "crash": ("crash", "collision"),
    "fire": ("blaze", "arson"),
}
#: Follow-up actions: a day named next to them dates the follow-up, not the event.
_FOLLOW_UP: Final = re.compile(
    r"\b(?:arrest\w*|charg\w*|arraign\w*|indict\w*|sentenc\w*|court|trial|convicted|pleaded"
    r"|released|identified|announc\w*|vigil|funeral|memorial|died|dies|passed away|briefing"
    r"|investigat\w*|custody|booked)\b",
    re.IGNORECASE,
)
_KIND_OF: Final = {w: k for k, words in KIND_WORDS.items() for w in words}
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
_CAP: Final = r"[A-Z][\w'’.&-]*"
_PLACE_AFTER_PREP: Final = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom|[Tt]argeting|[Oo]n)\s+(?:the\s+)?"
    r"((?:" + _CAP + r"|al-\w+)(?:\s+(?:" + _CAP + r"|al-\w+))*)"
)
_PLACE_BEFORE_NOUN: Final = re.compile(
    r"((?:" + _CAP + r"\s+){1,3})(?:police|sheriff|officers|authorities|shooting|stabbing"
    r"|gunman|attack|homicide|man|woman|teen|boy|girl|resident|residents|neighborhood|home)\b"
)
#: A named facility or region and its lowercase noun: "Ain al-Asad air base", "Anbar province".
_NAMED_SITE: Final = re.compile(
    r"((?:" + _CAP + r"|al-\w+)(?:\s+(?:" + _CAP + r"|al-\w+))*\s+"
    r"(?:air\s+base|airbase|base|airport|airfield|camp|barracks|outpost|compound|refinery"
    r"|hospital|school|university|mosque|church|synagogue|temple|market|mall|stadium"
    r"|province|governorate|district|county|region))\b"
)
_DATELINE: Final = re.compile(
    r"^\(?([A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3})\)?(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?"
    r"\s*(?:\((?:AP|Reuters|AFP|CNN|UPI)\)\s*)?(?:—|–|--|-\s)"
)
_DATELINE_PAREN: Final = re.compile(r"^\(([A-Z][A-Za-z .'’-]{1,40})\)")
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|\d{2,}")
_DAY: Final = dt.timedelta(days=1)
_SENTENCE: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_TITLE_SPLIT: Final = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_NOT_PLACES: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "police",
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
        "saturday",
        "sunday",
        *_WEEKDAYS,
        *_MONTHS,
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


# --------------------------------------------------------------------------- public values


@frozen
class Match:
    """
    One scored pair of profiles, with the per-feature scores that produced it.

    >>> m = Match("a", "b", 0.91, {"place": 0.95, "date": 1.0, "kind": 1.0})
    >>> m.explain()
    'place 0.95, date 1.00, kind 1.00 -> 0.91'
    """

    left: str = field(validator=_checks.instance_of(str))
    right: str = field(validator=_checks.instance_of(str))
    score: float = field(validator=_checks.finite)
    features: Mapping[str, float | None] = field(
        factory=dict, repr=False, hash=False, validator=_checks.instance_of(Mapping)
    )

    def explain(self) -> str:
        """
        The features as a waterfall, ``None`` shown as "unknown", then the combined score.

        Returns:
            A one-line explanation.
        """
        parts = [
            f"{name} unknown" if value is None else f"{name} {value:.2f}"
            for name, value in self.features.items()
        ]
        return f"{', '.join(parts)} -> {self.score:.2f}"


@frozen
class EventMatching:
    """
    The result of matching: events, the main event of every document, the event of every claim.

    >>> EventMatching(events=(), document_event={}, claim_event={}, matches=())
    EventMatching(events=0, document_event=0, claim_event=0, matches=0)
    """

    events: tuple[Event, ...] = field(
        repr=lambda v: str(len(v)), converter=_checks.to_tuple, validator=_checks.tuple_of(Event)
    )
    document_event: Mapping[str, str] = field(
        repr=lambda v: str(len(v)), hash=False, validator=_checks.instance_of(Mapping)
    )
    claim_event: Mapping[str, str | None] = field(
        repr=lambda v: str(len(v)), hash=False, validator=_checks.instance_of(Mapping)
    )
    matches: tuple[Match, ...] = field(
        repr=lambda v: str(len(v)), converter=_checks.to_tuple, validator=_checks.tuple_of(Match)
    )
    candidate_pairs: int = field(default=0, repr=False, validator=_checks.non_negative_int())

    def event(self, event_id: str) -> Event:
        """
        The event with id *event_id*.

        Raises:
            KeyError: No event has that id.
        """
        for ev in self.events:
            if ev.id == event_id:
                return ev
        msg = f"no event with id {event_id!r}; known ids start with {[e.id for e in self.events[:3]]!r}"
        raise KeyError(msg)


# --------------------------------------------------------------------------- profiling


def _paragraphs(text: str) -> list[str]:
    paras = [" ".join(p.split()) for p in text.splitlines()]
    counts = Counter(p.lower() for p in paras if p)
    return [p for p in paras if p and counts[p.lower()] == 1]


def _clean_title(title: str) -> str:
    parts = [p.strip() for p in _TITLE_SPLIT.split(title) if p.strip()]
    return max(parts, key=len) if parts else title.strip()


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _content(text: str) -> set[str]:
    return {w for w in _words(text) if len(w) > 2 and w not in _STOPWORDS}


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
    title_words = _content(title)
    title_low = title.lower()
    body = [
        p for p in paras[:120] if p.lower() != title_low and p.lower() != (doc.title or "").lower()
    ]
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


def _resolve_weekday(word: str, ref: dt.date) -> dt.date:
    target = _WEEKDAYS.index(word.lower())
    return ref - dt.timedelta(days=(ref.weekday() - target) % 7)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _absolute_dates(text: str, ref: dt.date | None) -> list[tuple[int, dt.date]]:
    """Dates written in *text* with their offsets; a date without a year needs *ref*."""
    found: list[tuple[int, dt.date]] = []
    for m in _MDY.finditer(text):
        month, day, year = _MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
        _add_date(found, m.start(), month, day, year, ref)
    for m in _DMY.finditer(text):
        day, month, year = int(m.group(1)), _MONTHS[m.group(2).lower()], m.group(3)
        _add_date(found, m.start(), month, day, year, ref)
    for m in _ISO_DATE.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    return sorted(found)


def _add_date(  # noqa: PLR0917 - a private helper fed from two regex shapes
    found: list[tuple[int, dt.date]],
    at: int,
    month: int,
    day: int,
    year: str | None,
    ref: dt.date | None,
) -> None:
    if year is not None:
        d = _safe_date(int(year), month, day)
    elif ref is not None:
        d = _safe_date(ref.year, month, day)
        if d is not None and d > ref + dt.timedelta(days=1):
            d = _safe_date(ref.year - 1, month, day)
    else:
        d = None
    if d is not None and 1900 < d.year < 2200:
        found.append((at, d))


def _date_cue(
    text: str, ref: dt.date | None, *, events_only: bool = False
) -> tuple[dt.date | None, str | None, int | None]:
    """
    The event's date from the first sentence that names both an event and a day.

    Returns ``(date, precision, weekday)``.
    """
    sentences = _SENTENCE.split(text)
    events = [s for s in sentences if _EVENT_WORD.search(s)]
    ordered = [s for s in events if not _FOLLOW_UP.search(s)] + events
    if not events_only:
        ordered += sentences
    for sentence in ordered:
        written = [d for _, d in _absolute_dates(sentence, ref) if ref is None or d <= ref + _DAY]
        if written:
            return written[0], "day", written[0].weekday()
        m = _RELATIVE.search(sentence)
        if m is None:
            continue
        if m.group(1):
            if ref is None:
                return None, "weekday", _WEEKDAYS.index(m.group(1).lower())
            d = _resolve_weekday(m.group(1), ref)
            return d, "day", d.weekday()
        if ref is not None:
            back = 1 if m.group(2).lower() in {"yesterday", "last night", "overnight"} else 0
            d = ref - back * _DAY
            return d, "day", d.weekday()
    return None, None, None


def _reference_date(doc: Document) -> dt.date | None:
    """The publication date, else the latest full date written in the text (a dateline, a byline)."""
    if doc.published is not None:
        return doc.published
    dates = [d for _, d in _absolute_dates(doc.text[:20000], None)]
    return max(dates) if dates else None


def _places(title: str, lead: str) -> list[tuple[str, str]]:
    """Places named in the headline and lead as ``(key, label)``, most salient first."""
    found: list[str] = []
    for para in lead.split("\n")[:2]:
        m = _DATELINE_PAREN.match(para) or _DATELINE.match(para)
        if m:
            found.append(m.group(1))
    for text in (title, lead):
        spots: list[tuple[int, str]] = []
        spots.extend((m.start(1), m.group(1)) for m in _PLACE_AFTER_PREP.finditer(text))
        spots.extend((m.start(1), m.group(1)) for m in _PLACE_BEFORE_NOUN.finditer(text))
        spots.extend((m.start(1), m.group(1)) for m in _NAMED_SITE.finditer(text))
        # at one position the longer name first: "Ain al-Asad air base" over "Ain al-Asad"
        found.extend(label for _, label in sorted(spots, key=lambda s: (s[0], -len(s[1]))))
    seen: dict[str, str] = {}
    for raw in found:
        label = raw.strip(" .,'’-")
        words = label.split()
        while words and words[0].lower().strip(".") in _NOT_PLACES:
            words = words[1:]
        label = " ".join(words[:5])
        if "'s " in label.replace("’", "'"):
            label = re.split(r"['’]s ", label)[-1]
        if any(w.lower() in _KIND_OF or _EVENT_WORD.fullmatch(w) for w in label.split()):
            continue
        key = place_key(label)
        if not key or key in _NOT_PLACES or len(key) < 3 or key.isdigit():
            continue
        seen.setdefault(key, label)
    return list(seen.items())


def _kinds(text: str) -> frozenset[str]:
    return frozenset(_KIND_OF[w] for w in _words(text) if w in _KIND_OF)


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


def _raw_document(doc: Document, claims: Sequence[Claim]) -> _Raw:
    title, lead, rest = _headline_and_lead(doc)
    head = f"{title}\n{lead}"
    ref = _reference_date(doc)
    date, precision, weekday = _date_cue(head, ref)
    if precision is None:
        date, precision, weekday = _date_cue(rest, ref, events_only=True)
    if precision is None and doc.published is not None:
        date, precision, weekday = doc.published, "published", doc.published.weekday()
    places = _places(title, lead)
    kinds = set(_kinds(head))
    counts = _counts(head)
    actors: set[str] = set()
    mention_days: Counter[dt.date] = Counter()
    for claim in claims:
        mention = claim.mention
        if isinstance(claim, ResponsibilityClaim) and claim.actor:
            actors.add(" ".join(claim.actor.lower().split()))
        if isinstance(claim, CountClaim) and claim.scope == "event":
            q = claim.quantity
            counts.append((claim.measure, q.low, -1 if q.high is None else q.high))
        for name in (mention.place, mention.location):
            key = place_key(name) if name else ""
            if key and key not in {k for k, _ in places}:
                places.append((key, mention.location or key))
        if mention.kind:
            kinds |= _kinds(mention.kind)
        if mention.date is not None and mention.precision in {None, "day"}:
            mention_days[mention.date] += 1
    if precision in {None, "published", "weekday"} and mention_days:
        day = mention_days.most_common(1)[0][0]
        if weekday is None or precision != "weekday" or day.weekday() == weekday:
            date, precision, weekday = day, "day", day.weekday()
    return _Raw(
        key=doc.id,
        document=doc.id,
        places=places,
        date=date,
        precision=precision,
        weekday=weekday,
        published=doc.published,
        kinds=frozenset(kinds),
        actors=frozenset(actors),
        counts=counts,
        words=_content(head),
        focus="main",
    )


def _raw_other(key: str, doc: Document | None, claims: Sequence[Claim]) -> _Raw | None:
    mention = claims[0].mention
    places = [(place_key(n), mention.location or n) for n in (mention.place, mention.location) if n]
    places = [(k, label) for k, label in places if k]
    date, precision, weekday = None, None, None
    if mention.date is not None and mention.precision in {None, "day"}:
        date, precision, weekday = mention.date, "day", mention.date.weekday()
    elif mention.date is not None and mention.precision == "weekday":
        precision, weekday = "weekday", mention.date.weekday()
    if not places and date is None:
        return None
    counts = [
        (c.measure, c.quantity.low, -1 if c.quantity.high is None else c.quantity.high)
        for c in claims
        if isinstance(c, CountClaim) and c.scope == "event"
    ]
    actors = frozenset(
        " ".join(c.actor.lower().split())
        for c in claims
        if isinstance(c, ResponsibilityClaim) and c.actor
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
    )


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
        min_idf: Words weighing less (found in more than about 60% of the profiles)
            are dropped; in two reports no word is left, so context is no evidence.

    Returns:
        The profiles (main profiles keyed by document id), and for every claim the
        key of the profile it belongs to (None for cumulative/standing claims and
        for recalled events with neither place nor date).

    >>> doc = Document("d1", "PUYALLUP — A boy was shot Monday.", title="Boy shot", published="2014-02-11")
    >>> profiles, _ = profile_documents([doc])
    >>> profiles[0].places, profiles[0].date
    (('puyalup',), datetime.date(2014, 2, 10))
    """
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.document].append(claim)
    docs = {d.id: d for d in documents}
    for doc_id, own in by_doc.items():
        if doc_id not in docs:
            docs[doc_id] = Document(doc_id, " ".join(c.sentence for c in own))
    raws: list[_Raw] = []
    claim_profile: dict[str, str | None] = {}
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        main_claims: list[Claim] = []
        others: dict[tuple[str, str, str, str], list[Claim]] = {}
        for claim in by_doc.get(doc_id, ()):
            if isinstance(claim, CountClaim) and claim.scope != "event":
                claim_profile[claim.id] = None
            elif claim.mention.focus == "other":
                others.setdefault(_other_key(claim), []).append(claim)
            else:
                main_claims.append(claim)
                claim_profile[claim.id] = doc_id
        raws.append(_raw_document(doc, main_claims))
        for n, group in enumerate(others.values(), start=1):
            key = f"{doc_id}#{n}"
            raw = _raw_other(key, doc, group)
            if raw is not None:
                raws.append(raw)
            for claim in group:
                claim_profile[claim.id] = key if raw is not None else None
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
    profiles = []
    for raw in raws:
        weighted = sorted(
            ((idf(df[w], n), w) for w in raw.words if 1 < df[w] <= common), reverse=True
        )[:max_terms]
        weighted = [(s, w) for s, w in weighted if s >= min_idf]
        profiles.append(
            EventProfile(
                key=raw.key,
                document=raw.document,
                places=tuple(k for k, _ in raw.places),
                labels=tuple(label for _, label in raw.places),
                date=raw.date,
                precision=raw.precision,
                weekday=raw.weekday,
                published=raw.published,
                kinds=raw.kinds,
                actors=raw.actors,
                counts=tuple(raw.counts),
                terms={w: round(s, 3) for s, w in weighted},
                focus=raw.focus,
                specificity=tuple(place_specificity(place_df[k], n) for k, _ in raw.places),
            )
        )
    return profiles, claim_profile


# --------------------------------------------------------------------------- blocking


def _blocks(
    profiles: Sequence[EventProfile], *, block_terms: int, max_df: int, global_df: int
) -> dict[tuple[str, str, int], list[int]]:
    blocks: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.terms.keys())
    for i, p in enumerate(profiles):
        anchor = p.date if p.precision in {"day", "published"} else None
        rare = [t for t in p.terms if df[t] <= max_df][:block_terms]
        for t in p.terms:
            if df[t] <= global_df:
                blocks["g", t, 0].append(i)
        keys = _blocking_places(p)
        if anchor is None:
            for key in keys:
                blocks["P", key, -1].append(i)
            continue
        week, month = anchor.toordinal() // 7, anchor.toordinal() // 30
        for key in keys:
            blocks["p", key, week].append(i)
            blocks["p", key, week + 1].append(i)
            blocks["P", key, -2].append(i)
        for t in rare:
            blocks["t", t, month].append(i)
            blocks["t", t, month + 1].append(i)
    return blocks


def _blocking_places(p: EventProfile, *, limit: int = 3, telling: float = 0.5) -> list[str]:
    """
    The place keys a profile blocks on: its first *limit*, less the frequent ones.

    A frequent place (a street name many towns share, the country of every
    report) would put the profile in a crowded block of unrelated reports; it is
    dropped when the profile names a place at least *telling* specific, and
    otherwise only the most specific place is kept.
    """
    keys = [(p.place_weight(i), k) for i, k in enumerate(p.places[:limit])]
    kept = [k for w, k in keys if w >= telling]
    if kept or not keys:
        return kept
    return [max(keys, key=lambda wk: wk[0])[1]]


def candidate_pairs(
    profiles: Sequence[EventProfile],
    *,
    block_terms: int = 4,
    global_df: int = 6,
    max_block: int = 40,
    window: int = 12,
) -> set[tuple[int, int]]:
    """
    The index pairs worth scoring: profiles sharing a block, never all pairs.

    Dated profiles meet when they share a place key in the same or next week,
    or one of their *block_terms* rarest words in the same or next month; any two
    profiles meet when they share a word found in at most *global_df* profiles
    (a street, a victim's name: it finds follow-ups published months later).
    Undated profiles meet every profile that shares a place key or a rare word.
    A block larger than *max_block* is sorted by date and each profile meets only
    its *window* nearest neighbours, so the cost grows near-linearly.

    Args:
        profiles: The profiles.
        block_terms: How many of a profile's rarest words become dated blocking keys.
        global_df: Words this rare block without a date bucket.
        max_block: The largest block whose pairs are all compared.
        window: Neighbours compared in a larger block.

    Returns:
        Pairs ``(i, j)`` of indices into *profiles*, ``i < j``.

    >>> a = EventProfile(key="a", document="a", places=("elgin",), precision="weekday", weekday=0)
    >>> b = EventProfile(key="b", document="b", places=("elgin",), precision="weekday", weekday=0)
    >>> sorted(candidate_pairs([a, b]))
    [(0, 1)]
    """
    n = len(profiles)
    # a rare word's block never outgrows one all-pairs block, so the cost stays near-linear
    max_df = min(max(8, int(n**0.5)), max_block)
    pairs: set[tuple[int, int]] = set()
    blocks = _blocks(profiles, block_terms=block_terms, max_df=max_df, global_df=global_df)

    def order(i: int) -> tuple[int, str]:
        p = profiles[i]
        return (p.date.toordinal() if p.date else 0, p.key)

    for (kind, key, bucket), members in blocks.items():
        if bucket == -2:
            continue
        if bucket == -1:
            dated = blocks.get((kind.upper(), key, -2), [])
            if len(dated) > max_block:
                dated = sorted(dated, key=order)[-max_block:]
            bounded = members[: max_block * 4]
            _all_pairs(pairs, bounded)
            for i in bounded:
                pairs.update((min(i, j), max(i, j)) for j in dated)
        elif len(members) <= max_block:
            _all_pairs(pairs, members)
        else:
            ordered = sorted(members, key=order)
            for a, i in enumerate(ordered):
                for j in ordered[a + 1 : a + 1 + window]:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _all_pairs(pairs: set[tuple[int, int]], members: Sequence[int]) -> None:
    for a, i in enumerate(members):
        for j in members[a + 1 :]:
            if i != j:
                pairs.add((min(i, j), max(i, j)))


# --------------------------------------------------------------------------- scoring


@frozen
class _Scorer:
    """
    Scores profile pairs; caches only the score and the veto of each pair.

    The per-feature scores of a pair are recomputed by ``features`` when a match
    is explained, so memory holds two numbers per scored pair, not a dict.
    """

    profiles: Sequence[EventProfile]
    matchers: Sequence[Matcher]
    cache: dict[tuple[int, int], tuple[float, bool]] = field(factory=dict)

    def __call__(self, i: int, j: int) -> tuple[float, bool]:
        """Score of pair (i, j) and whether it is vetoed."""
        if i > j:
            i, j = j, i
        hit = self.cache.get((i, j))
        if hit is None:
            score, _, vetoed = self._score(i, j, explain=False)
            hit = self.cache[i, j] = (score, vetoed)
        return hit

    def features(self, i: int, j: int) -> dict[str, float | None]:
        """The per-feature scores of pair (i, j), for explanations."""
        return self._score(min(i, j), max(i, j), explain=True)[1]

    def _score(
        self, i: int, j: int, *, explain: bool
    ) -> tuple[float, dict[str, float | None], bool]:
        a, b = self.profiles[i], self.profiles[j]
        features: dict[str, float | None] = {}
        if a.document == b.document:
            return 0.0, dict.fromkeys((m.name for m in self.matchers), None), True
        total = weight = 0.0
        positive = 0.0
        for matcher in self.matchers:
            s = matcher(a, b)
            if explain:
                features[matcher.name] = s
            if s is None:
                continue
            if matcher.veto and s == 0.0:
                if explain:
                    features.update((m.name, features.get(m.name)) for m in self.matchers)
                return 0.0, features, True
            if matcher.name in {"place", "context"}:
                positive += s
            total += matcher.weight * s
            weight += matcher.weight
        score = 0.0 if weight == 0.0 or positive == 0.0 else total / weight
        return round(score, 4), features, False


# --------------------------------------------------------------------------- clustering


class _Clusters:
    """Union-find over profile indices, with member lists per root."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> int:
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))
        return a


def _linkage(
    score: _Scorer, left: Sequence[int], right: Sequence[int], *, max_pairs: int
) -> float | None:
    """Mean pairwise score across two clusters, None when any pair is vetoed."""
    total, count = 0.0, 0
    if len(left) * len(right) > max_pairs:
        left = left[: max(1, max_pairs // max(1, len(right)))]
    for i in left:
        for j in right:
            s, vetoed = score(i, j)
            if vetoed:
                return None
            total += s
            count += 1
    return total / count if count else None


def _cluster(
    n: int,
    edges: Sequence[tuple[float, int, int]],
    score: _Scorer,
    *,
    threshold: float,
    margin: float,
    undated: set[int],
    max_pairs: int = 400,
) -> _Clusters:
    clusters = _Clusters(n)
    by_node: dict[int, list[int]] = defaultdict(list)
    for _, i, j in edges:
        by_node[i].append(j)
        by_node[j].append(i)

    def merge_pass(allowed: set[int] | None) -> None:
        for s, i, j in edges:
            if s < threshold:
                break
            if allowed is not None and (i not in allowed or j not in allowed):
                continue
            ri, rj = clusters.find(i), clusters.find(j)
            if ri == rj:
                continue
            link = _linkage(score, clusters.members[ri], clusters.members[rj], max_pairs=max_pairs)
            if link is not None and link >= threshold:
                clusters.union(ri, rj)

    dated = set(range(n)) - undated
    merge_pass(dated)
    for u in sorted(undated):
        options: dict[int, float] = {}
        for j in by_node[u]:
            if j in undated:
                continue
            root = clusters.find(j)
            if root in options:
                continue
            link = _linkage(score, [u], clusters.members[root], max_pairs=max_pairs)
            options[root] = -1.0 if link is None else link
        ranked = sorted(options.values(), reverse=True)
        if not ranked or ranked[0] < threshold:
            continue
        if len(ranked) > 1 and ranked[0] - ranked[1] < margin:
            continue
        best = next(r for r, v in options.items() if v == ranked[0])
        clusters.union(best, clusters.find(u))
    lonely = {u for u in undated if len(clusters.members.get(clusters.find(u), ())) == 1}
    merge_pass(lonely)
    return clusters


# --------------------------------------------------------------------------- events


def _mention(p: EventProfile) -> EventMention:
    precision = p.precision if p.precision in {"day", "weekday"} else None
    return EventMention(
        location=p.labels[0] if p.labels else None,
        place=p.places[0] if p.places else None,
        date=p.date if precision == "day" else None,
        precision=precision,
        kind=min(p.kinds) if p.kinds else None,
        focus=p.focus,
    )


#: Countries and US states: containers of the places where events happen.
_CONTAINER_NAMES: Final = (
    "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan"
    "|Bahrain|Bangladesh|Belarus|Belgium|Benin|Bolivia|Bosnia|Brazil|Bulgaria|Burkina Faso"
    "|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus"
    "|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia"
    "|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary"
    "|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan"
    "|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania"
    "|Madagascar|Malawi|Malaysia|Mali|Mauritania|Mexico|Moldova|Mongolia|Montenegro"
    "|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria"
    "|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland"
    "|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone"
    "|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain"
    "|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo"
    "|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom"
    "|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe"
    "|America|Britain|England|Scotland|Wales|UK|USA|U.S|Europe|Africa|Asia|Middle East"
    "|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon"
    "|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont"
    "|Virginia|West Virginia|Wisconsin|Wyoming"
)
_CONTAINERS: Final = frozenset(place_key(name) for name in _CONTAINER_NAMES.split("|"))
#: Words that make a place name a region: it contains the places where events happen.
_REGION_WORDS: Final = frozenset(
    {"province", "governorate", "state", "county", "region", "district", "oblast", "territory"}
)


def _is_container(key: str, label: str) -> bool:
    """
    True for a country, a US state or a named region ("Anbar province", "Cook County").

    >>> _is_container("iraq", "Iraq"), _is_container("cok", "Cook County")
    (True, True)
    >>> _is_container("ain asad", "Ain al-Asad air base")
    False
    """
    if key in _CONTAINERS:
        return True
    return any(w.strip(".,").lower() in _REGION_WORDS for w in label.split())


_GLUED_SENTENCE: Final = re.compile(r"(?<=[a-z]{3})\.\s")


def _tidy(label: str) -> str:
    """
    A place label fit to show: no brackets, no glued next sentence, no all-caps dateline.

    >>> _tidy("(Ain) Al-Assad air base"), _tidy("MEMPHIS"), _tidy("Sumter. Investigators")
    ('Ain Al-Assad air base', 'Memphis', 'Sumter')
    >>> _tidy("St. Paul")
    'St. Paul'
    """
    label = _GLUED_SENTENCE.split(label, maxsplit=1)[0]
    label = " ".join(label.replace("(", " ").replace(")", " ").split()).strip(" .,;:")
    return label.title() if label.isupper() and len(label) > 3 else label  # "UK" stays


def _location(
    members: Sequence[EventProfile], mentioned: Mapping[str, Counter[str]]
) -> tuple[str | None, str | None]:
    """
    The most specific place the event's reports agree on, as ``(label, key)``.

    Every report votes for the places of its headline and lead (2 for the first,
    1 for the next two) and for the places its claims name (2 for the one most of
    its claims name, 1 for the others). Spelling variants pool their votes. A
    country, US state or region loses to a more specific place (a base, a town, a
    street) that has at least a third of its votes: "Ain al-Asad air base" rather
    than "Iraq" when the reports name both.
    """
    votes: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for p in members:
        for rank, (key, label) in enumerate(zip(p.places[:3], p.labels[:3], strict=False)):
            votes[key] += 2 if rank == 0 else 1
            labels[key][_tidy(label)] += 1
        for rank, (label, n) in enumerate(mentioned.get(p.key, Counter()).most_common()):
            key = place_key(label)
            if key:
                votes[key] += 2 if rank == 0 else 1
                labels[key][_tidy(label)] += n
    if not votes:
        return None, None
    groups: list[list[str]] = []
    for key in sorted(votes, key=lambda k: (-votes[k], k)):
        for group in groups:
            if place_similarity(group[0], key, 0.85) >= 0.85:  # PlaceMatcher's cutoff
                group.append(key)
                break
        else:
            groups.append([key])
    support = [sum(votes[k] for k in g) for g in groups]
    top = max(support)
    order = sorted(
        range(len(groups)),
        key=lambda g: (
            _is_container(groups[g][0], labels[groups[g][0]].most_common(1)[0][0])
            or support[g] * 3 < top,
            -support[g],
            groups[g][0],
        ),
    )
    group = groups[order[0]]
    pooled: Counter[str] = Counter()
    for key in group:
        pooled.update(labels[key])
    label = min(pooled, key=lambda lab: (-pooled[lab], -len(lab), lab))
    return label, group[0]


def _event(members: Sequence[EventProfile], mentioned: Mapping[str, Counter[str]]) -> Event:
    main = sorted(p.key for p in members if p.focus == "main")
    ev_id = event_id(main or [p.key for p in members])
    location, place = _location(members, mentioned)
    days = Counter(p.date for p in members if p.precision == "day" and p.date)
    published = [p.published for p in members if p.published]
    date: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    if days:
        date = min(days, key=lambda d: (-days[d], d))
        window = (min(days), max(days))
    elif published:
        window = (min(published) - dt.timedelta(days=7), min(published))
    kinds = Counter(k for p in members for k in p.kinds)
    return Event(
        id=ev_id,
        documents=tuple(main),
        mentions=tuple(_mention(p) for p in sorted(members, key=lambda p: p.key)),
        location=location,
        place=place,
        date=date,
        window=window,
        kind=min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None,
    )


def match_events(
    documents: Sequence[Document],
    claims: Sequence[Claim] = (),
    *,
    matchers: Sequence[Matcher] = DEFAULT_MATCHERS,
    threshold: float = 0.62,
    margin: float = 0.08,
    max_block: int = 40,
) -> EventMatching:
    """
    Group documents and claims into events.

    Args:
        documents: The documents; each gets a main event.
        claims: Their claims (optional); mentions with focus ``other`` may form other events.
        matchers: The feature scorers (see ``claimrec.matchers``).
        threshold: The mean pairwise score two clusters need to merge.
        margin: How much better than the runner-up cluster an undated report's best fit must be.
        max_block: Blocks larger than this are compared by sorted neighbourhood.

    Returns:
        The events, each document's main event, each claim's event (or None), and
        the accepted pairwise matches.

    >>> a = Document("a", "ELGIN — Five people were shot Sunday on North Street in Elgin.",
    ...              title="Elgin shooting leaves 5 injured", published="2014-01-12")
    >>> b = Document("b", "Police said five people were wounded early Sunday on North Street in Elgin.",
    ...              title="5 hurt in Elgin shooting on North Street", published="2014-01-13")
    >>> m = match_events([a, b])
    >>> m.document_event["a"] == m.document_event["b"], len(m.events)
    (True, 1)
    """
    _checks.sequence(documents, Document, "match_events() documents")
    _checks.sequence(claims, Claim, "match_events() claims")
    _checks.sequence(matchers, Matcher, "match_events() matchers")
    _checks.number(threshold, "match_events() threshold", high=1.0)
    _checks.number(margin, "match_events() margin", high=1.0)
    _checks.whole(max_block, "match_events() max_block", low=1)
    profiles, claim_profile = profile_documents(documents, claims)
    n = len(profiles)
    score = _Scorer(profiles, matchers)
    pairs = candidate_pairs(profiles, max_block=max_block)
    edges = []
    for i, j in pairs:
        s, vetoed = score(i, j)
        if not vetoed and s > 0.0:
            edges.append((s, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    undated = {i for i, p in enumerate(profiles) if not p.dated}
    mentioned: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        key = claim_profile.get(claim.id)
        if key is not None and claim.mention.location:
            mentioned[key][" ".join(claim.mention.location.split())] += 1
    clusters = _cluster(n, edges, score, threshold=threshold, margin=margin, undated=undated)
    events: list[Event] = []
    profile_event: dict[str, str] = {}
    for members in clusters.members.values():
        ev = _event([profiles[i] for i in members], mentioned)
        events.append(ev)
        for i in members:
            profile_event[profiles[i].key] = ev.id
    matches = []
    for s, i, j in edges:
        if s >= threshold and clusters.find(i) == clusters.find(j):
            a, b = sorted((profiles[i].key, profiles[j].key))
            matches.append(Match(a, b, s, score.features(i, j)))
    matches.sort(key=lambda m: (m.left, m.right))
    return EventMatching(
        events=tuple(sorted(events, key=lambda e: e.id)),
        document_event={p.key: profile_event[p.key] for p in profiles if p.focus == "main"},
        claim_event={
            c: (profile_event[k] if k is not None else None) for c, k in claim_profile.items()
        },
        matches=tuple(matches),
        candidate_pairs=len(pairs),
    )
