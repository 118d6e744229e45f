"""Private date helpers: the only module that calls dateutil."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from dateutil import parser as _parser

__all__ = ["parse_date"]

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
