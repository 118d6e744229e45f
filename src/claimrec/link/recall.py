"""Events a report recalls: their day, and whether the recall is the report's own event told later."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from claimrec.errors import ClaimrecError
from claimrec.link.dates import days_in, span_days
from claimrec.model import Claim

__all__ = ["OWN_EVENT_DAYS", "recall_day", "recalls_own_event"]

#: "came three days after a bombing", "two weeks after rockets were fired": the recalled
#: event lies that long before what the sentence dates (not after a dated possessive,
#: "a week after Sunday's blast", which dates the recalled event itself, nor a span
#: only bounded, "less than a week after").
_DAYS_AFTER: Final = re.compile(
    r"(?<!than )(?<!about )(?<!nearly )(?<!almost )(?<!over )(?<!under )(?<!within )"
    r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+after"
    r"\s+(?!\w+['’]s\b)",
    re.IGNORECASE,
)
#: A recalled day this many days after the report's own event (a follow-up written a
#: week later resolves "Monday's bombing" to the latest Monday) can still be it.
OWN_EVENT_DAYS: Final = 7
#: Precisions of a recalled day, from the extractor's mention (see ``EventMention``).
_DAYS: Final = frozenset({None, "day", "weekday"})


def recall_day(
    claims: Sequence[Claim], anchor: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """
    The day of the event *claims* recall, and its precision, or ``(None, None)``.

    The extractor's mention gives a day, a weekday it resolved or a month or week.
    "Three days after a bombing" puts the recalled event that long before the day
    the sentence dates, or before *anchor* (the report's own event day) when it
    dates none; the precision is then ``day``.

    Args:
        claims: Claims of one recalled event (one mention).
        anchor: The day of the report's own event, if known to the day.

    Returns:
        The day and its precision (``day``, ``weekday``, ``week`` or ``month``).

    >>> from claimrec.testing import count_claim
    >>> c = count_claim(sentence="The raid came three days after a bombing killed 11 people.")
    >>> recall_day([c], dt.date(2025, 4, 11))
    (datetime.date(2025, 4, 8), 'day')
    """
    mention = claims[0].mention
    day, precision = mention.date, mention.precision
    back = _days_back(claims)
    if back is not None:
        start = day if day is not None and precision in _DAYS else anchor
        return (start - dt.timedelta(days=back), "day") if start is not None else (None, None)
    if day is None:
        return None, None
    return day, precision or "day"


def _days_back(claims: Sequence[Claim]) -> int | None:
    """How many days before the sentence's own time it says the recalled event was."""
    for claim in claims:
        m = _DAYS_AFTER.search(claim.sentence)
        if m is None:
            continue
        try:
            return days_in(m.group(1), m.group(2))
        except ClaimrecError:
            continue
    return None


def recalls_own_event(
    day: dt.date | None,
    precision: str | None,
    main_day: dt.date | None,
    main_precision: str | None,
) -> bool:
    """
    True when a recalled event's day is the day of the report's own event.

    A follow-up tells its event from a later development ("police arrested two men
    on Tuesday in connection with Sunday's shooting"): the extractor reads
    "Sunday's shooting" as another event, yet it is the report's own when its day
    is the report's event day (a weekday up to ``OWN_EVENT_DAYS`` later: resolved
    against a later publication), falls in the report's event week or month, or
    comes at most ``OWN_EVENT_DAYS`` before the later development a follow-up dates
    (precision ``before``). The caller checks that places and kinds agree too.

    Args:
        day: The recalled day (``recall_day``).
        precision: Its precision.
        main_day: The report's own event day, or its week or month.
        main_precision: Its precision (``claimrec.matchers.DATE_PRECISIONS``).

    Returns:
        Whether the days agree.

    >>> sun = dt.date(2024, 5, 26)
    >>> recalls_own_event(sun, "weekday", sun, "day"), recalls_own_event(sun, "day", sun + dt.timedelta(1), "day")
    (True, False)
    """
    if day is None or main_day is None or precision is None:
        return False
    if main_precision == "day":
        return _fits_day(day, precision, main_day)
    if main_precision in {"week", "month"}:
        first, last = span_days(main_day, main_precision)
        if precision in {"week", "month"}:
            o_first, o_last = span_days(day, precision)
            return first <= o_last and o_first <= last
        return first <= day <= last
    if main_precision == "before" and precision in _DAYS:
        return 0 <= (main_day - day).days <= OWN_EVENT_DAYS
    return False


def _fits_day(day: dt.date, precision: str, main_day: dt.date) -> bool:
    """A recalled day, weekday, week or month against the report's own event day."""
    if precision == "day":
        return day == main_day
    if precision == "weekday":
        return day.weekday() == main_day.weekday() and 0 <= (day - main_day).days <= OWN_EVENT_DAYS
    if precision in {"week", "month"}:
        first, last = span_days(day, precision)
        return first <= main_day <= last
    return False
