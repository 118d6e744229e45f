"""Private date helpers: the only module that calls dateutil."""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType
from typing import Final

from attrs import frozen
from dateutil import parser as _parser

__all__ = ["DateMatch", "parse_date", "resolve_date", "scan_dates"]

#: The fixed default that dateutil fills missing fields from (never the clock).
_DEFAULT: Final = dt.datetime(2000, 1, 1)  # noqa: DTZ001 - a calendar date, no time zone meant
_ISO: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_HAS_YEAR: Final = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def parse_date(text: str, *, dayfirst: bool = False) -> dt.date | None:
    """
    Read an absolute calendar date written in *text*, or None when there is none.

    A date needs a year: "22 November 2023", "2024-11-11", "Jan. 7, 2024",
    "Wednesday 22 November 2023 - 09:21". Text without a year returns None
    (relative dates are resolved against a publication date elsewhere).

    Args:
        text: A short piece of text holding a date.
        dayfirst: Read "03/04/2024" as 3 April rather than 4 March.

    Returns:
        The date, or None.

    >>> parse_date("Wednesday 22 November 2023 - 09:21")
    datetime.date(2023, 11, 22)
    >>> parse_date("date 2024-11-11 Rocket Op. Targets US-Occupied Base") is None
    False
    >>> parse_date("no date here") is None
    True
    """
    text = text.strip()
    if not text or len(text) > 200:
        return None
    iso = _ISO.search(text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group())
        except ValueError:
            return None
    if not _HAS_YEAR.search(text):
        return None
    try:
        parsed, _ = _parser.parse(
            text, default=_DEFAULT, dayfirst=dayfirst, fuzzy_with_tokens=True, ignoretz=True
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date()


_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS: Final = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
_MONTH_RE: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE: Final = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PART_RE: Final = r"(?:\s+(?:night|morning|afternoon|evening))?"

#: Date expressions a news sentence uses, longest forms first (each alternative is linear).
#: The look-ahead names every first letter an alternative can start with, so the many
#: alternatives are tried only at words that may open one.
_DATE_EXPR: Final = re.compile(
    r"\b(?=[0-9adefijlmnopstwy])(?:"
    rf"(?:last|this\s+past|past)\s+{_WEEKDAY_RE}"
    rf"|(?:(?:late|early)\s+)?{_WEEKDAY_RE}{_PART_RE}"
    rf"|{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|(?:(?:early|late|mid-?)\s*)?{_MONTH_RE}\s+\d{{4}}"
    rf"|in\s+(?:early\s+|late\s+|mid-?)?{_MONTH_RE}(?!\s*\d)"
    r"|in\s+(?:19|20)\d{2}"
    # a year that names an event: "the 2015 earthquake", "a 2019 bombing", "the 2018 rainy season"
    r"|(?:the|an?)\s+(?:19|20)\d{2}(?=\s+(?:[a-z][\w-]*\s+)?(?:earthquake|quake|tsunami|floods?"
    r"|flooding|bombings?|attacks?|strikes?|war|season|cyclone|hurricane|typhoon|storm|massacre"
    r"|shooting|invasion|coup|disaster|fire|blasts?|explosion|eruption|landslides?|crash"
    r"|offensive|raids?|siege|uprising|riots?|famine|drought)\b)"
    r"|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|(?:a|one|two|three|four|five|six|[1-6])\s+days?\s+ago|the\s+day\s+before\s+yesterday"
    r"|(?:earlier\s+|later\s+)?this\s+(?:month|year|week)"
    r"|last\s+(?:week|month|year)"
    r")\b",
    re.IGNORECASE,
)


#: "two days ago": a day counted back from publication.
_FEW_DAYS: Final = {
    **{w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six"), start=1)},
    **{str(n): n for n in range(1, 7)},
    "a": 1,
}
_DAYS_AGO: Final = re.compile(r"(?:(one|two|three|four|five|six|[1-6]) )?days? ago")


@frozen
class DateMatch:
    """
    A date expression found in a text, with its resolution.

    >>> DateMatch(0, 6, "Monday", None, None)
    DateMatch(start=0, end=6, text='Monday', date=None, precision=None)
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str | None


def _weekday_before(published: dt.date, weekday: int, *, strictly: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return published - dt.timedelta(days=back)


def _month_before(published: dt.date, month: int) -> dt.date:
    year = published.year if month <= published.month else published.year - 1
    return dt.date(year, month, 1)


def resolve_date(expression: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """
    Resolve a date expression of a news sentence against the publication date.

    A weekday is the most recent such day on or before publication ("on Monday"
    in a Monday article is that day); "last Tuesday" is strictly before it.
    A day and month without a year takes the publication's year, or the year
    before when that would lie more than a week after publication. A month
    alone ("in January") is the most recent such month. Without a publication
    date only expressions that carry a year resolve.

    Args:
        expression: The words, e.g. ``"Monday night"``, ``"on Jan. 7"``, ``"yesterday"``.
        published: The document's publication date, or None.

    Returns:
        ``(date, precision)`` with precision one of ``day``, ``weekday``, ``month``,
        ``year``; ``(None, None)`` when the expression cannot be resolved.

    >>> resolve_date("Monday night", dt.date(2023, 11, 22))
    (datetime.date(2023, 11, 20), 'weekday')
    >>> resolve_date("on Jan. 7", dt.date(2024, 1, 20))
    (datetime.date(2024, 1, 7), 'day')
    >>> resolve_date("earlier this month", dt.date(2023, 11, 22))
    (datetime.date(2023, 11, 1), 'month')
    >>> resolve_date("two days ago", dt.date(2023, 11, 22))
    (datetime.date(2023, 11, 20), 'day')
    """
    text = " ".join(expression.lower().replace(",", " ").split())
    text = re.sub(r"^(?:on|in|since|during|by|the|an?)\s+", "", text)
    absolute = parse_date(text, dayfirst=False)
    if absolute is not None:
        return _absolute(text, absolute)
    if published is None:
        return None, None
    relative = _relative(text, published)
    if relative is not None:
        return relative
    return _month_and_day(text, published)


def _absolute(text: str, absolute: dt.date) -> tuple[dt.date, str]:
    """The precision of a date that carries its year: a day, a month, or the year alone."""
    has_day = re.search(r"\d{1,2}(?:st|nd|rd|th)?(?!\d)", re.sub(r"\d{4}", "", text))
    if has_day or _ISO.search(text):
        return absolute, "day"
    if any(word.rstrip(".") in _MONTHS for word in text.split()):
        return absolute.replace(day=1), "month"
    return dt.date(absolute.year, 1, 1), "year"


#: Words that name the publication day or the day before it, and how many days back.
_DAYS_BACK: Final = MappingProxyType(
    {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": 1,
        "last night": 1,
        "day before yesterday": 2,  # "the" was taken off by the caller
    }
)


def _relative(text: str, published: dt.date) -> tuple[dt.date, str] | None:
    """A weekday, a day named from publication, or a month or year named from it."""
    words = text.split()
    for weekday, name in enumerate(_WEEKDAYS):
        if name in words:
            strictly = words[0] in {"last", "past"} or text.startswith("this past")
            return _weekday_before(published, weekday, strictly=strictly), "weekday"
    if text in _DAYS_BACK:
        return published - dt.timedelta(days=_DAYS_BACK[text]), "day"
    ago = _DAYS_AGO.fullmatch(text)
    if ago is not None:  # "two days ago"
        # "a day ago" reaches here as "day ago": the article was taken off above
        return published - dt.timedelta(days=_FEW_DAYS[ago.group(1) or "a"]), "day"
    if text.endswith("this month"):
        return published.replace(day=1), "month"
    if text == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), "month"
    if text.endswith("this year"):
        return dt.date(published.year, 1, 1), "year"
    if text == "last year":
        return dt.date(published.year - 1, 1, 1), "year"
    return None


def _month_and_day(text: str, published: dt.date) -> tuple[dt.date | None, str | None]:
    """A month, with or without its day, in the year that puts it before publication."""
    month_words = [w.rstrip(".") for w in text.split() if w.rstrip(".") in _MONTHS]
    if not month_words:
        return None, None
    month = _MONTHS[month_words[0]]
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
    if day is None:
        return _month_before(published, month), "month"
    try:
        parsed = _parser.parse(
            f"{month_words[0]} {day.group(1)} {published.year}",
            default=dt.datetime(published.year, 1, 1),  # noqa: DTZ001 - a calendar date
            dayfirst=False,
        ).date()
    except (ValueError, OverflowError):
        return None, None
    if parsed > published + dt.timedelta(days=7):
        try:
            parsed = parsed.replace(year=parsed.year - 1)
        except ValueError:
            return None, None
    return parsed, "day"


def scan_dates(text: str, published: dt.date | None) -> list[DateMatch]:
    """
    Find the date expressions of *text* and resolve each against *published*.

    Args:
        text: A sentence.
        published: The document's publication date, or None.

    Returns:
        The matches in text order.

    >>> [(m.text, str(m.date)) for m in scan_dates("Seven were hurt Monday night.", dt.date(2023, 11, 22))]
    [('Monday night', '2023-11-20')]
    """
    found: list[DateMatch] = []
    for m in _DATE_EXPR.finditer(text):
        date, precision = resolve_date(m.group(), published)
        found.append(DateMatch(m.start(), m.end(), m.group(), date, precision))
    return found
