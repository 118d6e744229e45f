"""
Language packs as data: the pieces, words and count rules of a language, shipped as TOML.

A pack folder (``lang/en/``) holds ``macros.toml`` (the named pieces rule patterns use,
the stop words of a noun phrase, the words that name each measure), ``frames.toml`` (the
verb and noun tables of the built-in readers of :mod:`claimrec.extract`) and
``rules/*.toml``, one file per pack of rules:

* ``general``: casualty language of all news (tolls, injuries, negations, scope, recaps);
* ``conflict``: munitions and attacks;
* ``shootings``: the phrasing of shooting reports (and the ``shot_minus_killed``
  arithmetic of :func:`claimrec.extract.extract`).

Each rule in a file is a ``[[rule]]`` table with the fields of :class:`Rule`. A new
language is a new folder with the same files. Users extend a set of rules at run time with
:meth:`RuleSet.add_patterns`; nothing is registered globally.

>>> rules = load_rules()
>>> rules.packs()
('conflict', 'general', 'shootings')
>>> [(h.measure, str(h.quantity)) for h in rules.hits("The death toll rose to 31 on Friday.")]
[('killed', '31')]
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any, Final

from attrs import frozen

from claimrec.errors import InvalidValueError
from claimrec.extract._rules import FRAMES, Cue, Hit, Rule, RuleSet

__all__ = [
    "DEFAULT_PACKS",
    "FRAMES",
    "Cue",
    "Frames",
    "Hit",
    "Rule",
    "RuleSet",
    "common_words",
    "load_frames",
    "load_rules",
]

#: The packs :func:`load_rules` reads by default: general news, conflict and shootings.
DEFAULT_PACKS: Final = ("general", "conflict", "shootings")


def _read(language: str, *parts: str) -> dict[str, Any]:
    node = resources.files(__name__).joinpath(language, *parts)
    if not node.is_file():
        msg = f"language pack file {'/'.join((language, *parts))!r} not found; check the language and pack names"
        raise InvalidValueError(msg)
    return tomllib.loads(node.read_text(encoding="utf-8"))


def _rule(pack: str, table: dict[str, Any]) -> Rule:
    try:
        return Rule(pack=pack, **table)
    except TypeError as exc:
        msg = f"rule {table.get('name')!r} of pack {pack!r} has a field Rule does not know ({exc})"
        raise InvalidValueError(msg) from None


@frozen
class Frames:
    """
    The verb and noun tables of the built-in count readers (``frames.toml`` of a pack).

    >>> frames = load_frames()
    >>> frames.passive[0][1], frames.noun[2][1]
    ('killed', ('killed', 'injured'))
    """

    passive: tuple[tuple[str, str], ...]
    active: tuple[tuple[str, str], ...]
    noun: tuple[tuple[str, tuple[str, ...]], ...]


@functools.cache
def load_frames(language: str = "en") -> Frames:
    """
    The predicate, active-verb and measure-noun tables of *language*, in file order.

    Raises:
        InvalidValueError: The pack has no ``frames.toml`` or a row lacks a field.
    """
    data = _read(language, "frames.toml")
    try:
        return Frames(
            passive=tuple((r["pattern"], r["measure"]) for r in data.get("passive", [])),
            active=tuple((r["pattern"], r["measure"]) for r in data.get("active", [])),
            noun=tuple((r["pattern"], tuple(r["measures"])) for r in data.get("noun", [])),
        )
    except KeyError as exc:
        msg = (
            f"a row of {language}/frames.toml lacks the field {exc}; give it pattern and measure(s)"
        )
        raise InvalidValueError(msg) from None


@functools.cache
def common_words(language: str = "en") -> frozenset[str]:
    """
    The words of *language* found in most sentences (``[keys] common`` of its pack).

    A literal index avoids them when a pattern holds a rarer word.

    >>> "the" in common_words()
    True
    """
    return frozenset(_read(language, "macros.toml").get("keys", {}).get("common", ()))


@functools.cache
def load_rules(language: str = "en", packs: tuple[str, ...] = DEFAULT_PACKS) -> RuleSet:
    """
    The rules of *packs* in *language*, with the pack's pieces and words.

    Args:
        language: The folder under ``claimrec/lang`` (``"en"``).
        packs: Names of rule files under ``rules/`` (without ``.toml``).

    Returns:
        A frozen :class:`RuleSet` (cached: the same arguments give the same object).

    Raises:
        InvalidValueError: A pack file is missing or a rule in it is malformed.

    >>> load_rules(packs=("general",)).packs()
    ('general',)
    """
    base = _read(language, "macros.toml")
    rules: list[Rule] = []
    for pack in packs:
        data = _read(language, "rules", f"{pack}.toml")
        rules.extend(_rule(pack, table) for table in data.get("rule", []))
    stop = sorted(set(base.get("noun_phrase", {}).get("stop", ())), key=lambda w: (-len(w), w))
    macros = {"STOP": "(?:" + "|".join(map(re.escape, stop)) + ")", **base.get("macros", {})}
    return RuleSet(
        rules=tuple(rules),
        macros=macros,
        measure_words=base.get("measure_words", {}),
        stop_words=frozenset(stop),
        common_words=common_words(language),
    )
