"""
Private: checks of arguments and attrs fields, raising typed errors that name what was wrong.

A public function that gets the wrong thing ("a str where a Document belongs", a
threshold of NaN) fails at its entry with an ``InvalidTypeError`` or
``InvalidValueError`` naming the function, the argument and the value, instead of
an ``AttributeError`` from deep inside. Each check is one call at the top of the
function; all are O(1) per item.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import repeat
from typing import Any, TypeVar

import attrs
from attrs import Attribute

from claimrec.errors import InvalidTypeError, InvalidValueError

__all__ = [
    "brief",
    "each",
    "evolve_unchecked",
    "finite",
    "flag",
    "instance_of",
    "lexicon",
    "mapping",
    "new_unchecked",
    "non_negative_int",
    "number",
    "require",
    "sequence",
    "show",
    "to_date",
    "to_tuple",
    "tuple_of",
    "whole",
]

T = TypeVar("T")
#: How much of a value's repr an error message shows.
_BRIEF = 80


def brief(value: object) -> str:
    """
    ``repr(value)`` cut to 80 characters; never raises, even for huge ints or a broken ``__repr__``.

    >>> brief("x" * 100)[-4:], brief(10**5000)
    ('xxx…', '<an int of about 5001 digits>')
    """
    if isinstance(value, int) and value.bit_length() > 256:
        return f"<an int of about {math.floor(value.bit_length() * math.log10(2)) + 1} digits>"
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a user's __repr__ may raise anything; the message must not
        return f"<a {type(value).__name__} that cannot be shown>"
    return text if len(text) <= _BRIEF else text[: _BRIEF - 1] + "…"


def show(value: object) -> str:
    """
    The type and the brief repr of *value*, as error messages show what they got.

    >>> show(None), show("a")
    ('NoneType None', "str 'a'")
    """
    return f"{type(value).__name__} {brief(value)}"


# --------------------------------------------------------------------------- attrs fields


def to_date(value: Any, name: str | None = None) -> dt.date | None:  # noqa: ANN401 - accepts date, datetime or ISO text
    """
    A date from a date, a datetime (pandas ``Timestamp`` too) or ISO 8601 text.

    Missing values (None, NaN, pandas ``NaT``) are None; anything else raises, naming
    the field *name* when one is given.
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if value != value:  # noqa: PLR0124 - NaN and NaT are the values unequal to themselves
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    what = f"{name} must be" if name else "expected"
    msg = f"{what} a date, a datetime or an ISO 8601 date such as '2023-11-20'; got {show(value)}"
    raise InvalidValueError(msg)


def to_tuple(value: Any) -> Any:  # noqa: ANN401 - accepts any iterable
    """Freeze lists (and other iterables, but not strings) into tuples; the validator judges the rest."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Mapping) or not hasattr(value, "__iter__"):
        return value  # not a sequence: the field's validator names the field
    return tuple(value)


def tuple_of(kind: type | tuple[type, ...]) -> Any:  # noqa: ANN401 - attrs validators are untyped
    """Validate a tuple whose items are all of *kind*, naming the field and the first bad item."""
    names = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__
    exact = frozenset(kind) if isinstance(kind, tuple) else frozenset((kind,))

    def check(instance: object, attribute: Attribute[Any], value: object) -> None:
        # the common cases first, each item read in C (no Python frame per item): items
        # of exactly the kind, then items of its subclasses (claims of a tuple of Claim)
        if type(value) is tuple and (
            exact.issuperset(map(type, value)) or all(map(isinstance, value, repeat(kind)))
        ):
            return
        name = f"{type(instance).__name__}.{attribute.name}"
        if not isinstance(value, tuple):
            msg = f"{name} must be a list or tuple of {names}; got {show(value)}"
            raise InvalidTypeError(msg)
        for item in value:
            if not isinstance(item, kind):
                msg = f"{name} must hold only {names} items; got {show(item)}"
                raise InvalidTypeError(msg)

    return check


def instance_of(kind: type, *, optional: bool = False) -> Any:  # noqa: ANN401 - attrs validators are untyped
    """Validate a field's type (or None when *optional*), naming the field, the value and the type."""
    or_none = " or None" if optional else ""

    def check(instance: object, attribute: Attribute[Any], value: object) -> None:
        if type(value) is kind or (optional and value is None):
            return  # the common cases, first
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return
        msg = (
            f"{type(instance).__name__}.{attribute.name} must be a {kind.__name__}{or_none}; "
            f"got {show(value)}"
        )
        raise InvalidTypeError(msg)

    return check


def non_negative_int(*, optional: bool = False) -> Any:  # noqa: ANN401 - attrs validators are untyped
    """Validate a whole number >= 0 (or None when *optional*), naming the field and the value."""

    def check(instance: object, attribute: Attribute[Any], value: object) -> None:
        if (type(value) is int and value >= 0) or (optional and value is None):
            return
        name = f"{type(instance).__name__}.{attribute.name}"
        or_none = " or None" if optional else ""
        if not isinstance(value, int) or isinstance(value, bool):
            msg = f"{name} must be a whole number{or_none}; got {show(value)}"
            raise InvalidTypeError(msg)
        if value < 0:
            msg = f"{name} must be >= 0{or_none}; got {brief(value)}"
            raise InvalidValueError(msg)

    return check


def finite(instance: object, attribute: Attribute[Any], value: object) -> None:
    """Validate a finite real number (int or float, not bool), naming the field and the value."""
    if type(value) is float and math.isfinite(value):
        return
    name = f"{type(instance).__name__}.{attribute.name}"
    if not isinstance(value, int | float) or isinstance(value, bool):
        msg = f"{name} must be a number; got {show(value)}"
        raise InvalidTypeError(msg)
    if not math.isfinite(value):
        msg = f"{name} must be a finite number; got {brief(value)}"
        raise InvalidValueError(msg)


# --------------------------------------------------------------------------- arguments


def require(value: object, kind: type | tuple[type, ...], where: str) -> None:
    """
    Raise ``InvalidTypeError`` unless *value* is a *kind*; *where* names the argument.

    >>> require("d1", str, "extract() document")
    >>> require(5, str, "f() x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidTypeError: f() x must be a str; got int 5
    """
    if not isinstance(value, kind):
        names = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__
        msg = f"{where} must be a {names}; got {show(value)}"
        raise InvalidTypeError(msg)


def sequence(value: object, kind: type, where: str) -> None:
    """
    Raise ``InvalidTypeError`` unless *value* is a list or tuple (not a string) of *kind*.

    The items of an iterator are not checked, so that it is left for the caller to read.

    >>> sequence([1, 2], int, "f() xs")
    >>> sequence("ab", str, "f() xs")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidTypeError: f() xs must be a list or tuple of str; got str 'ab'
    """
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        msg = f"{where} must be a list or tuple of {kind.__name__}; got {show(value)}"
        raise InvalidTypeError(msg)
    if not isinstance(value, Sequence | AbstractSet):
        return  # an iterator: reading it here would leave nothing for the caller
    for n, item in enumerate(value):
        if not isinstance(item, kind):
            msg = f"{where} must hold only {kind.__name__} objects; item #{n} is {show(item)}"
            raise InvalidTypeError(msg)


def each(value: Iterable[T], kind: type, where: str) -> Iterator[T]:
    """
    Iterate *value*, raising ``InvalidTypeError`` at the first item that is not a *kind*.

    Lazy, so a stream of documents is checked as it is read.

    >>> list(each((1, 2), int, "f() xs"))
    [1, 2]
    """
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        msg = f"{where} must be an iterable of {kind.__name__}; got {show(value)}"
        raise InvalidTypeError(msg)
    for n, item in enumerate(value):
        if not isinstance(item, kind):
            msg = f"{where} must hold only {kind.__name__} objects; item #{n} is {show(item)}"
            raise InvalidTypeError(msg)
        yield item


def mapping(value: object, where: str) -> None:
    """Raise ``InvalidTypeError`` unless *value* is a mapping (a dict)."""
    if not isinstance(value, Mapping):
        msg = f"{where} must be a mapping (a dict); got {show(value)}"
        raise InvalidTypeError(msg)


def lexicon(value: object, where: str) -> None:
    """Raise ``InvalidTypeError`` unless *value* is a ``Lexicon`` or None."""
    from claimrec.lexicon import Lexicon  # noqa: PLC0415 - keep this module free of stages

    if value is not None and not isinstance(value, Lexicon):
        msg = (
            f"{where} must be a claimrec.Lexicon (such as claimrec.ENGLISH.extend(...)) or None; "
            f"got {show(value)}"
        )
        raise InvalidTypeError(msg)


def number(value: object, where: str, *, low: float = 0.0, high: float = math.inf) -> None:
    """
    Raise a typed error unless *value* is a finite number (not a bool) from *low* to *high*.

    >>> number(0.5, "f() threshold", high=1.0)
    >>> number(float("nan"), "f() threshold", high=1.0)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidValueError: f() threshold must be a number from 0.0 to 1.0; got nan
    """
    span = f"from {low} to {high}" if math.isfinite(high) else f"of at least {low}"
    if not isinstance(value, int | float) or isinstance(value, bool):
        msg = f"{where} must be a number {span}; got {show(value)}"
        raise InvalidTypeError(msg)
    if not (math.isfinite(value) and low <= value <= high):
        msg = f"{where} must be a number {span}; got {brief(value)}"
        raise InvalidValueError(msg)


def whole(value: object, where: str, *, low: int = 0) -> None:
    """Raise a typed error unless *value* is an int (not a bool) of at least *low*."""
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{where} must be a whole number of at least {low}; got {show(value)}"
        raise InvalidTypeError(msg)
    if value < low:
        msg = f"{where} must be a whole number of at least {low}; got {brief(value)}"
        raise InvalidValueError(msg)


def flag(value: object, where: str) -> None:
    """Raise ``InvalidTypeError`` unless *value* is True or False."""
    if not isinstance(value, bool):
        msg = f"{where} must be True or False; got {show(value)}"
        raise InvalidTypeError(msg)


#: Per slotted attrs class and field name: a reader of every other field's value (one C
#: call) and their slots' setters, then the named field's setter; built once per class.
_COPIERS: dict[tuple[type, str], tuple[Callable[[Any], Any], tuple[Any, ...], Any]] = {}


def _copier(cls: type, name: str) -> tuple[Callable[[Any], Any], tuple[Any, ...], Any]:
    """How ``evolve_unchecked`` copies an instance of *cls* with field *name* changed."""
    others = [a.name for a in attrs.fields(cls) if a.name != name]
    if not others:  # pragma: no cover - a class of one field: nothing else to copy
        return (lambda _: ()), (), getattr(cls, name).__set__
    read = operator.attrgetter(*others)
    single = len(others) == 1
    found = (
        (lambda instance: (read(instance),)) if single else read,
        tuple(getattr(cls, other).__set__ for other in others),
        getattr(cls, name).__set__,
    )
    _COPIERS[cls, name] = found
    return found


def evolve_unchecked(instance: T, name: str, value: object) -> T:
    """
    A copy of a slotted attrs *instance* with field *name* set to *value*, without checks.

    For trusted internal copies only: every other field is a value the instance's own
    checks already passed, and the caller guarantees *value* passes them too (the
    resolver giving a claim its sorted tuple of flags). Unlike ``attrs.evolve`` no
    converter, validator or ``__attrs_post_init__`` runs, and the old instance's field
    values are shared, not copied (so not for classes that cache their hash). User
    input keeps going through the class. The other fields are read in one call and
    set by their slots' own setters (a frozen class refuses ``setattr``), with no
    Python loop: about half the time of a loop over the slots.

    >>> from claimrec.model import Quantity
    >>> q = evolve_unchecked(Quantity(3, 5), "text", "three to five")
    >>> q == Quantity(3, 5, text="three to five"), q.text
    (True, 'three to five')
    """
    cls = type(instance)
    read, setters, own = _COPIERS.get((cls, name)) or _copier(cls, name)
    new = cls.__new__(cls)
    deque(map(operator.call, setters, repeat(new), read(instance)), maxlen=0)
    own(new, value)
    return new


#: Per slotted attrs class: its field names, and each field's name and slot setter in order.
_MAKERS: dict[type, tuple[frozenset[str], tuple[tuple[str, Any], ...]]] = {}


def _maker(cls: type) -> tuple[frozenset[str], tuple[tuple[str, Any], ...]]:
    """The field names of *cls* and their slots' setters, for ``new_unchecked``."""
    fields = tuple((a.name, getattr(cls, a.name).__set__) for a in attrs.fields(cls))
    found = _MAKERS[cls] = (frozenset(name for name, _ in fields), fields)
    return found


def new_unchecked(cls: type[T], /, **values: object) -> T:
    """
    An instance of the slotted attrs class *cls* from trusted *values*, without checks.

    For the resolver's own results only (findings, their arithmetic and terms, built
    several times per claim): every field must be given, already in the form the
    class's converters give (tuples, not lists), and passing its validators; unlike
    ``cls(**values)`` no converter, validator or ``__attrs_post_init__`` runs. User
    input keeps going through the class. A missing or unknown field is an error, so a
    field added to *cls* cannot be left unset.

    Raises:
        TypeError: *values* does not name exactly the fields of *cls*.

    >>> from claimrec.model import Quantity, Term
    >>> t = new_unchecked(Term, op="claim", group="people", result=Quantity(3),
    ...                   claims=("c1",), terms=(), note="")
    >>> t == Term(op="claim", group="people", result=Quantity(3), claims=["c1"])
    True
    >>> new_unchecked(Term, op="claim")
    Traceback (most recent call last):
    TypeError: new_unchecked(Term) needs every field; missing claims, group, note, result, terms; unknown -
    """
    names, fields = _MAKERS.get(cls) or _maker(cls)
    if values.keys() != names:
        missing = ", ".join(sorted(names - values.keys())) or "-"
        unknown = ", ".join(sorted(values.keys() - names)) or "-"
        msg = (
            f"new_unchecked({cls.__name__}) needs every field; missing {missing}; unknown {unknown}"
        )
        raise TypeError(msg)
    new = cls.__new__(cls)
    for name, setter in fields:
        setter(new, values[name])
    return new
