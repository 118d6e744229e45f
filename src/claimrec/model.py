"""Frozen value objects shared by every stage: documents, quantities, claims, events, findings."""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from attrs import Attribute, Factory, field, frozen

from claimrec._checks import brief, show
from claimrec._checks import instance_of as _is
from claimrec._checks import to_date as _to_date
from claimrec._checks import to_tuple as _to_tuple
from claimrec._checks import tuple_of as _tuple_of
from claimrec.errors import InvalidTypeError, InvalidValueError

if TYPE_CHECKING:
    from claimrec.lexicon import Lexicon

__all__ = [
    "ATTRIBUTION_KINDS",
    "FOCI",
    "MAX_COUNT",
    "MEASURES",
    "QUALIFIERS",
    "SCOPES",
    "STANCES",
    "VERDICTS",
    "Arithmetic",
    "Attribution",
    "Claim",
    "CountClaim",
    "Document",
    "Event",
    "EventMention",
    "Finding",
    "Quantity",
    "ResponsibilityClaim",
    "Term",
]

#: How a quantity was qualified by the words around the number.
QUALIFIERS: Final = ("exact", "approximate", "at_least", "at_most", "range", "vague")
#: Who stands behind a claim (see DESIGN.md, "Conventions").
ATTRIBUTION_KINDS: Final = (
    "named_person",
    "anonymous_official",
    "organization",
    "media",
    "party",
    "vague",
    "none",
)
#: What a count claim counts.
MEASURES: Final = (
    "killed",
    "injured",
    "missing",
    "arrested",
    "evacuated",
    "treated",
    "launched",
    "impacted",
    "intercepted",
    "seized",
    "explosions",
    "attacks",
    "troops",
    "rescued",
    "destroyed",
    "damaged",
    "affected",
)
#: Whether a count is about the event at hand, a running tally, or a standing fact.
SCOPES: Final = ("event", "cumulative", "standing")
#: What a responsibility claim says about who did it.
STANCES: Final = ("claimed", "blamed", "denied", "none_claimed")
#: Whether a mention is about the document's main event or another one it recalls.
FOCI: Final = ("main", "other")
#: The verdict of a finding.
VERDICTS: Final = ("consistent", "conflicting", "evolving")
#: Precision of a resolved date.
PRECISIONS: Final = ("day", "weekday", "month", "year")

_GROUP_KEY = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
#: Half of a UTF-16 pair on its own: no UTF-8 encoder, JSON writer or file system takes it.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Whole numbers below this are floats exactly, so a zero tolerance leaves them as they are.
_EXACT_FLOAT: Final = 2**52


def _one_of(allowed: tuple[str, ...]) -> Any:  # noqa: ANN401 - attrs validators are untyped callables
    """Validate that a field holds one of *allowed*, naming field, value and choices."""
    fast = frozenset(allowed)

    def check(instance: object, attribute: Attribute[Any], value: object) -> None:
        if type(value) is str and value in fast:
            return  # the common case: a set look-up, not a scan of the tuple
        if value not in allowed:
            msg = (
                f"{type(instance).__name__}.{attribute.name} must be one of "
                f"{', '.join(allowed)}; got {brief(value)}"
            )
            raise InvalidValueError(msg)

    return check


def _optional_one_of(allowed: tuple[str, ...]) -> Any:  # noqa: ANN401 - see _one_of
    inner = _one_of(allowed)

    def check(instance: object, attribute: Attribute[Any], value: object) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


#: One checker of ``str`` fields, built once (``_text`` runs for every claim and finding).
_IS_STR = _is(str)


def _text(instance: object, attribute: Attribute[Any], value: object) -> None:
    """A non-empty string: ids and references to ids."""
    if type(value) is str and value and not value[0].isspace():
        return  # the common case: an id that starts with a visible character
    _IS_STR(instance, attribute, value)
    if isinstance(value, str) and not value.strip():
        msg = f"{type(instance).__name__}.{attribute.name} must be a non-empty string; got {brief(value)}"
        raise InvalidValueError(msg)


def _to_nested_tuple(value: Any) -> Any:  # noqa: ANN401 - any iterable of iterables
    outer = _to_tuple(value)
    if not isinstance(outer, tuple):
        return outer
    return tuple(_to_tuple(x) for x in outer)


def _to_mapping(value: Any) -> Mapping[str, Any]:  # noqa: ANN401 - accepts any mapping
    if value is None:
        return {}
    if type(value) is dict:
        return dict(value)
    if not isinstance(value, Mapping):
        msg = f"Document.metadata must be a mapping (a dict); got {show(value)}"
        raise InvalidTypeError(msg)
    return dict(value)


# --------------------------------------------------------------------------- Document


def _published(value: Any) -> dt.date | None:  # noqa: ANN401 - accepts date, datetime or ISO text
    """``Document.published`` as a date; a value that is none names the field."""
    return _to_date(value, "Document.published")


@frozen
class Document:
    """
    One article or report as it was given to claimrec.

    ``text`` is kept exactly as read: every claim's ``span`` indexes into it.

    >>> Document(id="002", text="Seven Americans were wounded.", published="2024-08-06")
    Document(id='002', title=None, published=datetime.date(2024, 8, 6), outlet=None, chars=29)
    """

    id: str = field(validator=_is(str))
    text: str = field(validator=_is(str), repr=False)
    title: str | None = field(default=None, kw_only=True, validator=_is(str, optional=True))
    published: dt.date | None = field(default=None, converter=_published, kw_only=True)
    outlet: str | None = field(default=None, kw_only=True, validator=_is(str, optional=True))
    url: str | None = field(
        default=None, kw_only=True, repr=False, validator=_is(str, optional=True)
    )
    path: str | None = field(
        default=None, kw_only=True, repr=False, validator=_is(str, optional=True)
    )
    metadata: Mapping[str, Any] = field(
        factory=dict, converter=_to_mapping, kw_only=True, repr=False, hash=False
    )
    chars: int = field(init=False, repr=True, eq=False)

    @chars.default
    def _chars(self) -> int:
        return len(self.text) if isinstance(self.text, str) else 0

    @id.validator
    def _check_id(self, attribute: Attribute[str], value: str) -> None:
        if not value.strip():
            msg = f"Document.{attribute.name} must be a non-empty string; got {brief(value)}"
            raise InvalidValueError(msg)
        if _SURROGATE.search(value):
            msg = (
                f"Document.{attribute.name} must be text UTF-8 can encode; got {brief(value)} "
                "with a lone surrogate (decode the source with errors='replace')"
            )
            raise InvalidValueError(msg)


# --------------------------------------------------------------------------- Quantity

#: The largest count a ``Quantity`` holds (a billion billion): anything larger is a typo
#: or an attack, and would not print (Python refuses ``str()`` of ints over 4300 digits).
MAX_COUNT: Final = 10**18


def _fmt(n: int) -> str:
    try:
        return str(n)
    except ValueError:  # more digits than sys.get_int_max_str_digits() allows
        return f"<a number of about {math.floor(n.bit_length() * math.log10(2)) + 1} digits>"


def _to_count(value: object) -> object:
    """Turn integer-likes (numpy and pandas integers) into ``int``; leave the rest to the validator."""
    if type(value) is int or isinstance(value, int) or not hasattr(value, "__index__"):
        return value
    try:
        return operator.index(value)
    except TypeError:
        return value


def _check_count(instance: object, attribute: Attribute[Any], value: object) -> None:
    if type(value) is int and 0 <= value <= MAX_COUNT:
        return  # the common case, first
    name = f"{type(instance).__name__}.{attribute.name}"
    if value is None and attribute.name == "high":
        return
    if not isinstance(value, int) or isinstance(value, bool):
        unbounded = " or None (unbounded)" if attribute.name == "high" else ""
        msg = f"{name} must be a whole number (int){unbounded}; got {show(value)}"
        raise InvalidTypeError(msg)
    if not 0 <= value <= MAX_COUNT:
        msg = f"{name} must be a count from 0 to 10**18; got {brief(value)}"
        raise InvalidValueError(msg)


def _default_qualifier(self: Quantity) -> str:
    if self.high is None:
        return "at_least"
    return "exact" if self.high == self.low else "range"


def _check_tolerance(_instance: Quantity, attribute: Attribute[float], value: object) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        msg = f"Quantity.{attribute.name} must be a number in [0, 1); got {show(value)}"
        raise InvalidTypeError(msg)
    if not 0.0 <= value < 1.0:  # NaN fails this too
        msg = f"Quantity.{attribute.name} must be a number in [0, 1); got {brief(value)}"
        raise InvalidValueError(msg)


@frozen
class Quantity:
    """
    A count known within bounds: the interval ``low..high`` (``high`` None = unbounded).

    ``qualifier`` records how the words qualified the number (see ``QUALIFIERS``),
    ``text`` the words themselves. Approximate figures keep their point value in
    ``low == high`` and carry a ``tolerance``: comparisons use the widened
    interval ``[floor(low * (1 - tolerance)), ceil(high * (1 + tolerance))]``.

    Defaults follow the bounds: ``Quantity(14)`` is exactly 14, ``Quantity(10, None)``
    is at least 10 and ``Quantity(17, 40)`` the range 17-40. Counts are whole numbers
    from 0 to ``MAX_COUNT`` (10**18); a qualifier ``exact`` needs ``low == high``.

    >>> Quantity(14)
    Quantity(low=14, high=14, qualifier='exact')
    >>> q = Quantity(17, 40)
    >>> str(q), q.qualifier, q.overlaps(Quantity(10, None))
    ('17–40', 'range', True)
    >>> str(Quantity(5, 5) + Quantity(2, 2))
    '7'
    >>> Quantity(None)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidTypeError: Quantity.low must be a whole number (int); got NoneType None
    """

    low: int = field(converter=_to_count, validator=_check_count)
    high: int | None = field(
        default=Factory(lambda self: self.low, takes_self=True),
        converter=_to_count,
        validator=_check_count,
    )
    qualifier: str = field(
        default=Factory(_default_qualifier, takes_self=True),
        kw_only=True,
        validator=_one_of(QUALIFIERS),
    )
    text: str = field(default="", kw_only=True, repr=False, validator=_is(str))
    tolerance: float = field(default=0.0, kw_only=True, repr=False, validator=_check_tolerance)

    def __attrs_post_init__(self) -> None:
        if self.high is not None and self.high < self.low:
            msg = f"Quantity.high must be >= low ({self.low}) or None (unbounded); got {brief(self.high)}"
            raise InvalidValueError(msg)
        if self.qualifier == "exact" and self.high != self.low:
            msg = (
                f"Quantity.qualifier 'exact' needs high == low ({self.low}); got high={brief(self.high)}: "
                "use 'at_least' for an open end or 'range' for an interval"
            )
            raise InvalidValueError(msg)

    # -- construction -------------------------------------------------------------

    @classmethod
    def exact(cls, n: int, *, text: str = "") -> Quantity:
        """
        An exact count.

        >>> Quantity.exact(7)
        Quantity(low=7, high=7, qualifier='exact')
        """
        return cls(n, n, qualifier="exact", text=text or _fmt(n))

    @classmethod
    def parse(cls, text: str, *, lexicon: Lexicon | None = None, strict: bool = True) -> Quantity:
        """
        Read the phrase a reporter wrote as an interval with its qualifier.

        Strict by default: the whole text must be one count. Thousands may be grouped
        with commas or spaces ("14,128", "1 000"); a range must run upwards ("17 to
        40", "between 17 and 40"), so "10 to 5" and "between 40 and 17" are errors,
        not guesses; "12abc", "3k", "1e308" and "12.5" are errors. With
        ``strict=False`` the count at the start of a phrase is read and the words after
        it are ignored (``"seven Americans"`` is 7), as the extractor does.

        Args:
            text: A count phrase: ``"seven"``, ``"at least ten"``, ``"17 to 40"``.
            lexicon: Vague quantifiers and their bounds; ``lexicon.ENGLISH`` by default.
            strict: Require the whole text to be the count.

        Raises:
            InvalidQuantityError: *text* is not a count (or, when strict, not only one).
            UnknownQuantifierError: *text* is a vague quantifier missing from *lexicon*.
            InvalidTypeError: *text* is not a string or *lexicon* not a ``Lexicon``.

        >>> Quantity.parse("at least ten")
        Quantity(low=10, high=None, qualifier='at_least')
        >>> Quantity.parse("1 000").low
        1000
        >>> Quantity.parse("12abc")  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        claimrec.errors.InvalidQuantityError: '12abc' is not only a count: ...
        >>> Quantity.parse("seven Americans", strict=False).low
        7
        """
        from claimrec._whole import parse_whole  # noqa: PLC0415 - model imports no stage

        return parse_whole(text, lexicon=lexicon, strict=strict)

    # -- interval views -----------------------------------------------------------

    @property
    def is_exact(self) -> bool:
        """True when the interval is a single number with no tolerance."""
        return self.high == self.low and self.tolerance == 0.0

    # ``lower`` and ``upper`` are read as cached properties: computed on first use and
    # then kept in the instance's own slot, so the resolver's many reads of them (about
    # 17 per claim) cost no Python call after the first
    @functools.cached_property
    def lower(self) -> int:
        """The low end after applying the tolerance."""
        if not self.tolerance and self.low < _EXACT_FLOAT:
            return self.low  # what the float arithmetic below gives, without it
        return math.floor(self.low * (1.0 - self.tolerance) + 1e-9)

    @functools.cached_property
    def upper(self) -> int | None:
        """The high end after applying the tolerance (None = unbounded)."""
        if self.high is None:
            return None
        if not self.tolerance and self.high < _EXACT_FLOAT:
            return self.high
        return math.ceil(self.high * (1.0 + self.tolerance) - 1e-9)

    def overlaps(self, other: Quantity) -> bool:
        """
        True when some count satisfies both quantities.

        >>> Quantity(2, 2).overlaps(Quantity(3, 9, qualifier="vague"))
        False
        """
        ou, su = other.upper, self.upper
        return (ou is None or self.lower <= ou) and (su is None or other.lower <= su)

    def intersection(self, other: Quantity) -> Quantity | None:
        """
        The counts both quantities allow, or None when they are disjoint.

        >>> str(Quantity(10, None, qualifier="at_least").intersection(Quantity(17, 40)))
        '17–40'
        """
        if not self.overlaps(other):
            return None
        low = max(self.lower, other.lower)
        uppers = [u for u in (self.upper, other.upper) if u is not None]
        high = min(uppers) if uppers else None
        return _interval(low, high)

    def contains(self, other: Quantity | int) -> bool:
        """
        True when every count *other* allows is allowed by this quantity.

        >>> Quantity(3, 9, qualifier="vague").contains(7)
        True
        """
        if isinstance(other, int):
            other = Quantity(other, other)
        su, ou = self.upper, other.upper
        if su is not None and (ou is None or ou > su):
            return False
        return other.lower >= self.lower

    def __add__(self, other: Quantity) -> Quantity:
        """Sum of two disjoint subgroups: the bounds add up."""
        if not isinstance(other, Quantity):
            return NotImplemented
        high = None if self.high is None or other.high is None else self.high + other.high
        qualifier = "exact" if self.qualifier == other.qualifier == "exact" else None
        text = f"{self.text or self} + {other.text or other}"
        if qualifier == "exact" and high is not None and high <= MAX_COUNT:
            return Quantity(self.low + other.low, high, qualifier="exact", text=text)
        result = _interval(self.lower + other.lower, _sum_upper(self, other))
        return Quantity(result.low, result.high, qualifier=result.qualifier, text=text)

    def __str__(self) -> str:
        """The quantity as a person reads it: '7', 'at least 10', '17–40', 'several (3–9)'."""
        low, high = self.low, self.high
        if self.qualifier == "vague":
            word = self.text.strip() or "some"
            inner = f"{low} or more" if high is None else _span(low, high)
            return f"{word} ({inner})"
        if high is None:
            return f"at least {_fmt(low)}"
        if self.qualifier == "approximate" and low == high:
            return f"about {_fmt(low)}"
        if low == high:
            return _fmt(low)
        if self.qualifier == "at_most" and low == 0:
            return f"at most {_fmt(high)}"
        return _span(low, high)


def _span(low: int, high: int) -> str:
    return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"


def _sum_upper(a: Quantity, b: Quantity) -> int | None:
    au, bu = a.upper, b.upper
    return None if au is None or bu is None else au + bu


def _interval(low: int, high: int | None) -> Quantity:
    """The interval low..high with its plain qualifier; sums past ``MAX_COUNT`` saturate."""
    low = min(low, MAX_COUNT)
    high = None if high is None else min(high, MAX_COUNT)
    if high is None:
        return Quantity(low, None, qualifier="at_least")
    if high == low:
        return Quantity(low, high, qualifier="exact")
    return Quantity(low, high, qualifier="range")


# --------------------------------------------------------------------------- Attribution


@frozen
class Attribution:
    """
    Who stands behind a claim.

    ``kind`` is the kind of the innermost identifiable source; ``source`` the name
    as written; ``chain`` the relay, outermost first.

    >>> Attribution("anonymous_official", "a military source", chain=("AFP", "a military source"))
    Attribution(kind='anonymous_official', source='a military source', chain=('AFP', 'a military source'))
    >>> Attribution("rumour")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidValueError: Attribution.kind must be one of named_person, ...
    """

    kind: str = field(default="none", validator=_one_of(ATTRIBUTION_KINDS))
    source: str | None = field(default=None, validator=_is(str, optional=True))
    chain: tuple[str, ...] = field(
        default=(), converter=_to_tuple, kw_only=True, validator=_tuple_of(str)
    )

    @property
    def is_unattributed(self) -> bool:
        """True when nobody identifiable stands behind the claim (kind none or vague)."""
        return self.kind in {"none", "vague"}

    @functools.cached_property  # kept in a slot once read: the resolver reads it per claim
    def origin(self) -> str:
        """
        The innermost source, lower-cased: two relays of one origin share it.

        >>> Attribution("media", "AFP", chain=("Le Monde", "AFP")).origin
        'afp'
        """
        name = self.chain[-1] if self.chain else (self.source or self.kind)
        return " ".join(name.lower().split())


# --------------------------------------------------------------------------- EventMention


@frozen
class EventMention:
    """
    What a claim's sentence says about its event: where, when, what kind.

    ``focus`` is ``main`` when the sentence is about the document's main event and
    ``other`` when it recalls another one (a past attack, a retaliation).

    >>> EventMention(location="Ain al-Asad air base", place="ain al asad", date="2023-11-20")
    EventMention(location='Ain al-Asad air base', date=datetime.date(2023, 11, 20), kind=None, focus='main')
    """

    location: str | None = field(default=None, validator=_is(str, optional=True))
    place: str | None = field(default=None, repr=False, validator=_is(str, optional=True))
    date: dt.date | None = field(default=None, converter=_to_date)
    precision: str | None = field(
        default=None, kw_only=True, repr=False, validator=_optional_one_of(PRECISIONS)
    )
    kind: str | None = field(default=None, kw_only=True, validator=_is(str, optional=True))
    focus: str = field(default="main", kw_only=True, validator=_one_of(FOCI))


# --------------------------------------------------------------------------- Claims


def _check_span(instance: Claim, attribute: Attribute[Any], value: tuple[int, int]) -> None:
    if type(value) is tuple and len(value) == 2:
        start, end = value
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return  # the common case, without the generator below
    ok = (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] <= value[1]
    )
    if not ok:
        msg = (
            f"{type(instance).__name__}.{attribute.name} must be (start, end) character "
            f"offsets with 0 <= start <= end; got {brief(value)}"
        )
        raise InvalidValueError(msg)


#: Group keys already checked: a run has few distinct keys and many claims.
_GOOD_GROUPS: set[str] = set()
#: A bound on that memo, so hostile input with endless keys cannot grow it without end.
_GOOD_GROUPS_MAX: Final = 4096


def _check_group(instance: object, attribute: Attribute[Any], value: str) -> None:
    if type(value) is str and value in _GOOD_GROUPS:
        return
    if not isinstance(value, str) or not _GROUP_KEY.fullmatch(value):
        msg = (
            f"{type(instance).__name__}.{attribute.name} must be a dotted lower-case key "
            f"such as 'us.military'; got {brief(value)}"
        )
        raise InvalidValueError(msg)
    if type(value) is str and len(_GOOD_GROUPS) < _GOOD_GROUPS_MAX:
        _GOOD_GROUPS.add(value)


@frozen(kw_only=True)
class Claim:
    """
    What one sentence of one document asserts, and who stands behind it.

    Use the typed kinds ``CountClaim`` and ``ResponsibilityClaim``; ``pattern``
    names the extraction rule that produced the claim, ``provisional`` marks an
    explicitly early or partial figure ("initial indications", "so far"), and
    ``flags`` are set by the resolver.
    """

    id: str = field(validator=_is(str))  # the extractor numbers its claims after building them
    document: str = field(validator=_text)
    span: tuple[int, int] = field(converter=_to_tuple, validator=_check_span)
    sentence: str = field(default="", repr=False, validator=_is(str))
    attribution: Attribution = field(factory=Attribution, repr=False, validator=_is(Attribution))
    mention: EventMention = field(factory=EventMention, repr=False, validator=_is(EventMention))
    pattern: str = field(default="", repr=False, validator=_is(str))
    provisional: bool = field(default=False, repr=False, validator=_is(bool))
    flags: tuple[str, ...] = field(
        default=(), converter=_to_tuple, repr=False, validator=_tuple_of(str)
    )


@frozen(kw_only=True)
class CountClaim(Claim):
    """
    A claim that some number of people or things were killed, injured, fired, ...

    >>> CountClaim(id="002-c1", document="002", span=(0, 15), measure="injured",
    ...            subject="Seven Americans", group="us", quantity=Quantity.exact(7))
    CountClaim(id='002-c1', document='002', span=(0, 15), measure='injured', subject='Seven Americans', group='us', quantity=Quantity(low=7, high=7, qualifier='exact'), scope='event')
    >>> CountClaim(id="x", document="d", span=(0, 1), measure="vibes", subject="",
    ...            group="us", quantity=Quantity.exact(1))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidValueError: CountClaim.measure must be one of killed, ...
    """

    measure: str = field(validator=_one_of(MEASURES))
    subject: str = field(default="", validator=_is(str))
    group: str = field(default="people", validator=_check_group)
    quantity: Quantity = field(validator=_is(Quantity))
    scope: str = field(default="event", validator=_one_of(SCOPES))


@frozen(kw_only=True)
class ResponsibilityClaim(Claim):
    """
    A claim about who carried out an event: claimed, blamed, denied, or nobody claimed.

    >>> ResponsibilityClaim(id="c2", document="004", span=(0, 40), stance="claimed",
    ...                     actor="The Islamic Resistance in Iraq")
    ResponsibilityClaim(id='c2', document='004', span=(0, 40), stance='claimed', actor='The Islamic Resistance in Iraq')
    """

    stance: str = field(validator=_one_of(STANCES))
    actor: str | None = field(default=None, validator=_is(str, optional=True))


# --------------------------------------------------------------------------- Event & Finding


@frozen(kw_only=True)
class Event:
    """
    One real-world event: the documents and mentions that describe it.

    >>> Event(id="ev-1a2b", documents=("002", "003"), location="Ain al-Asad air base",
    ...       date="2024-08-05", kind="rocket attack")
    Event(id='ev-1a2b', documents=('002', '003'), location='Ain al-Asad air base', date=datetime.date(2024, 8, 5), kind='rocket attack')
    """

    id: str = field(validator=_text)
    documents: tuple[str, ...] = field(default=(), converter=_to_tuple, validator=_tuple_of(str))
    mentions: tuple[EventMention, ...] = field(
        default=(), converter=_to_tuple, repr=False, validator=_tuple_of(EventMention)
    )
    location: str | None = field(default=None, validator=_is(str, optional=True))
    place: str | None = field(default=None, repr=False, validator=_is(str, optional=True))
    date: dt.date | None = field(default=None, converter=_to_date)
    window: tuple[dt.date, dt.date] | None = field(default=None, repr=False)
    kind: str | None = field(default=None, validator=_is(str, optional=True))

    @window.validator
    def _check_window(self, attribute: Attribute[Any], value: object) -> None:
        if value is None:
            return
        ok = (
            isinstance(value, tuple)
            and len(value) == 2
            and all(isinstance(d, dt.date) for d in value)
            and value[0] <= value[1]
        )
        if not ok:
            msg = f"Event.{attribute.name} must be None or (first, last) dates in order; got {brief(value)}"
            raise InvalidValueError(msg)


@frozen(kw_only=True)
class Finding:
    """
    The verdict on one slot (measure × group) of one event.

    ``conflicts`` lists the smallest sets of claim ids that cannot all hold.

    >>> Finding(event="ev-1", measure="injured", group="us", verdict="consistent",
    ...         consensus=Quantity.exact(7), claims=("c1", "c2"))
    Finding(event='ev-1', measure='injured', group='us', verdict='consistent', consensus=Quantity(low=7, high=7, qualifier='exact'))
    """

    event: str = field(validator=_text)
    measure: str = field(validator=_is(str))
    group: str = field(validator=_is(str))
    verdict: str = field(validator=_one_of(VERDICTS))
    consensus: Quantity | None = field(default=None, validator=_is(Quantity, optional=True))
    claims: tuple[str, ...] = field(
        default=(), converter=_to_tuple, repr=False, validator=_tuple_of(str)
    )
    conflicts: tuple[tuple[str, ...], ...] = field(
        default=(), converter=_to_nested_tuple, repr=False, validator=_tuple_of(tuple)
    )
    explanation: str = field(default="", repr=False, validator=_is(str))
    origins: tuple[str, ...] = field(default=(), converter=_to_tuple, repr=False)
    arithmetic: Arithmetic | None = field(default=None, repr=False)


@frozen(kw_only=True)
class Term:
    """
    One step of a slot's arithmetic: a claim's interval, or an operation on terms.

    ``op`` is ``claim`` (``claims`` holds the claim's id), ``sum`` (subgroup or
    conjoined counts added up) or ``intersect`` (constraints on one number);
    ``result`` is what the step gives (None: its terms cannot all hold); ``note``
    says why a claim counts as less than it reads ("a victim described: at least 1").

    >>> seven = Term(op="claim", group="us", result=Quantity.exact(7), claims=("c1",))
    >>> Term(op="intersect", group="us", result=Quantity.exact(7), terms=(seven,)).terms[0].claims
    ('c1',)
    """

    op: str = field(validator=_one_of(("claim", "sum", "intersect")))
    group: str
    result: Quantity | None
    claims: tuple[str, ...] = field(default=(), converter=_to_tuple)
    terms: tuple[Term, ...] = field(default=(), converter=_to_tuple, repr=False)
    note: str = field(default="", repr=False)


@frozen(kw_only=True)
class Arithmetic:
    """
    A finding's computation as data: what was intersected and summed, what was set aside.

    ``consensus`` is the term tree whose result is the finding's consensus (None on
    conflict); ``raised`` pairs each superseded claim with the later claims that
    replaced it; ``set_aside`` pairs claim ids with the reason they did not count.

    >>> Arithmetic(set_aside=(("c3", "cumulative: a running total"),)).set_aside[0][1]
    'cumulative: a running total'
    """

    consensus: Term | None = None
    raised: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), converter=_to_tuple)
    set_aside: tuple[tuple[str, str], ...] = field(default=(), converter=_to_tuple)
