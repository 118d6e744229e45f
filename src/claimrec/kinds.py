"""
Extension: the subject taxonomy of count claims and the table of measures and their verbs.

A count claim names *who or what* was counted ("Seven Americans", "two US
contractors", "at least ten heavy missiles") and *what happened to them*
(wounded, killed, fired, shot down). This module holds both vocabularies as
data, so the resolver can add subgroups up and a user can read the rules: the taxonomy,
the role and thing cues come from the English pack's ``lang/en/groups.toml`` and the
nationalities from ``lang/en/nationalities.toml`` (both read with importlib.resources).

Subject taxonomy (key → parent); a key is within all of its ancestors:

==========================  ========================  =========================================
key                         parent                    cues in a subject phrase
==========================  ========================  =========================================
``people``                  —                         people, persons, victims, men, women, teens
``us``                      ``people``                Americans, U.S. personnel, American citizens
``us.military``             ``us``                    US troops, U.S. service members, US soldiers
``us.contractors``          ``us``                    (American) contractors
``uk``                      ``people``                Britons, British nationals, UK personnel
``uk.military``             ``uk``                    British soldiers, British troops
``<nation>``                ``people``                Kenyans, Iraqi (no role): ``ke``, ``iq``, ...
``soldiers.<nation>``       ``soldiers``              Kenyan soldiers, French troops
``police.<nation>``         ``police``                Nigerian police officers
``civilians.<nation>``      ``civilians``             Afghan civilians
``contractors.<nation>``    ``contractors``           Turkish contractors
``foreigners.<nation>``     ``foreigners``            "12 foreigners, including five Britons"
``coalition``               ``people``                coalition forces / troops / personnel
``iraqi_security_forces``   ``people``                Iraqi troops, police, counter-terrorism forces
``soldiers``                ``people``                soldiers, troops, service members (no nation)
``fighters``                ``people``                fighters, militants, militiamen, insurgents
``police``                  ``people``                officers, policemen, deputies, troopers
``civilians``               ``people``                civilians, residents, bystanders, worshippers
``children``                ``civilians``             children, kids, boys, girls, pupils
``suspects``                ``people``                gunman, suspect, shooter, attacker
``contractors``             ``people``                contractors (no nation)
``foreigners``              ``people``                foreigners, foreign nationals, expatriates
``munition``                —                         projectiles, shells, munitions
``munition.rocket``         ``munition``              rockets, Katyushas
``munition.missile``        ``munition``              missiles, ballistic missiles
``munition.drone``          ``munition``              drones, UAVs, one-way attack drones
``attack``                  —                         attacks, times (as in "attacked 66 times")
``explosion``               —                         explosions, blasts
``buildings``               —                         homes, houses, huts, shops, tents (destroyed, damaged)
``facility``                —                         facilities, bases, sites
``vehicle``                 —                         vehicles, trucks, cars, boats
``animals``                 —                         cattle, goats, sheep, livestock
``land``                    —                         hectares, acres, km, tonnes
==========================  ========================  =========================================

Measures and the verbs that signal them (see ``MEASURE_VERBS``):

=============  ==============================================================================
measure        verbs and nouns
=============  ==============================================================================
killed         killed, dead, died, slain, murdered, martyred, fatally shot, deaths, fatalities
injured        injured, wounded, hurt, suffered injuries, injuries, shot (non-fatally), TBI
treated        treated, hospitalized, taken to hospital, being evaluated
evacuated      evacuated, airlifted, medevaced, flown out; displaced, driven or forced from
               their homes, left homeless, fled their homes, sheltering in tents or camps
missing        missing, unaccounted for; trapped (under rubble, in a mine), feared trapped
rescued        rescued, pulled out alive, saved, found alive, plucked from rooftops
arrested       arrested, detained, taken into custody, apprehended, taken prisoner
launched       launched, fired, involved, used, targeted by
impacted       hit, struck, fell, landed, impacted
intercepted    intercepted, downed, shot down
seized         seized, confiscated
explosions     explosions / blasts heard
attacks        attacked N times, N attacks
troops         N troops stationed / deployed / based, there are N troops
destroyed      (buildings) destroyed, flattened, razed, swept away, collapsed
damaged        (buildings) damaged, partly destroyed, cracked
affected       affected, hit by the disaster (people, families, households)
=============  ==============================================================================

"casualties" counts killed and injured together: the extractor writes two
claims on one span, each bounded above by the figure.

Nationalities follow one scheme for every country, read from the English pack's
``lang/en/nationalities.toml`` (see ``NATIONS``):

- a nation's key is its ISO 3166-1 alpha-2 code in lower case (``ke``, ``fr``,
  ``iq``), except the United Kingdom, which keeps ``uk``; a people without a state that
  conflict news names as a side has a word key (``kurds``). A nationality with no role
  ("five Kenyans", "no Iraqi casualties") is the nation key, below ``people``;
- a nationality combines with a role (``military``, ``police``, ``civilians``,
  ``contractors``). For the nations DESIGN.md names (``us``, ``uk``) the key is
  ``<nation>.<role>`` below the nation, so all their people share one resolver slot
  (``us.military``, ``us.contractors`` ⊂ ``us``). For every other nation it is
  ``<role key>.<nation>`` below the role, so a Kenyan soldier (``soldiers.ke``) falls in
  the slot of ``soldiers`` with the reports that do not name the nation; the first
  segment of a key is always its slot. Iraq's military and police keep DESIGN.md's
  ``iraqi_security_forces``; ``coalition`` takes every role;
- victims named inside a count of foreigners ("12 foreigners, including five Britons")
  take ``foreigners.<nation>`` below ``foreigners``, so they add up against the whole.

>>> classify_subject("two Kenyan soldiers"), parent("soldiers.ke")
('soldiers.ke', 'soldiers')
>>> classify_subject("British troops"), classify_subject("Kurdish Peshmerga")
('uk.military', 'soldiers.kurds')
>>> compose("fr", "police"), compose("us", "contractors"), compose(None, "military")
('police.fr', 'us.contractors', 'soldiers')
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any, Final

from claimrec.errors import InvalidValueError

__all__ = [
    "MEASURE_VERBS",
    "NATIONS",
    "PERSON_GROUPS",
    "ROLES",
    "SEATS",
    "TAXONOMY",
    "ancestors",
    "classify_subject",
    "common_ancestor",
    "compose",
    "find_nations",
    "is_person",
    "is_within",
    "parent",
    "split_group",
    "subject_parts",
]


def _load_pack(name: str) -> dict[str, Any]:
    text = resources.files("claimrec.lang").joinpath(f"en/{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


_PACK: Final = _load_pack("nationalities")
_GROUPS: Final = _load_pack("groups")
_SCHEME: Final[dict[str, Any]] = _PACK["scheme"]
_NATION_FIRST: Final = frozenset(_SCHEME["nation_first"])

#: The nation and people keys of the pack and a display name of each (``"ke"`` -> Kenya).
NATIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        code: (entry.get("names") or entry.get("adjectives") or entry.get("people") or [code])[0]
        for table in ("nations", "peoples")
        for code, entry in sorted(_PACK[table].items())
    }
)

#: Institutions news names a state by, with the nation key each speaks for
#: (``"pentagon"`` -> ``"us"``; ``nationalities.toml [seats]``).
SEATS: Final[Mapping[str, str]] = MappingProxyType(
    {str(word): str(nation) for word, nation in _PACK["seats"].items()}
)

#: The roles a nationality combines with, and the key of each role with no nation.
ROLES: Final[Mapping[str, str]] = MappingProxyType(dict(_SCHEME["roles"]))

#: Roles that never take a nation: their key is the role's own.
_PLAIN_ROLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "children": "children",
        "fighters": "fighters",
        "suspects": "suspects",
        "foreigners": "foreigners",
        # bare "staff", "personnel", "employees" are people of that kind; "base personnel",
        # "military staff" name the military role instead (lang/en/groups.toml)
        "staff": "people",
    }
)

_BASE: Final[dict[str, str | None]] = {k: v or None for k, v in _GROUPS["taxonomy"].items()}


def compose(nation: str | None, role: str | None) -> str:
    """
    The group key of a nationality combined with a role, by the scheme above.

    Args:
        nation: A key of ``NATIONS`` (or ``"coalition"``), or None for no nationality.
        role: ``military``, ``police``, ``civilians``, ``contractors``, ``staff``,
            ``children``, ``fighters``, ``suspects``, ``foreigners``, or None for none.

    Returns:
        A key of ``TAXONOMY``.

    >>> compose("ke", "military"), compose("us", "military"), compose("iq", "police")
    ('soldiers.ke', 'us.military', 'iraqi_security_forces')
    >>> compose("ke", None), compose(None, None), compose("uk", "foreigners")
    ('ke', 'people', 'foreigners.uk')
    """
    if nation is None:
        if role is None:
            return "people"
        return ROLES.get(role) or _PLAIN_ROLES.get(role, "people")
    if nation == "coalition":
        return "coalition"
    if role == "foreigners":
        return f"foreigners.{nation}"
    if role is not None and role in _PLAIN_ROLES and role != "staff":
        return _PLAIN_ROLES[role]
    override = _PACK["overrides"].get(f"{nation}.{role}")
    if override is not None:
        return str(override)
    if role is None or role not in ROLES:
        return nation
    if nation in _NATION_FIRST:
        return f"{nation}.{role}"
    return f"{ROLES[role]}.{nation}"


def _build_taxonomy() -> tuple[dict[str, str | None], dict[str, tuple[str | None, str | None]]]:
    taxonomy = dict(_BASE)
    parts: dict[str, tuple[str | None, str | None]] = {
        "coalition": ("coalition", "military"),
        "iraqi_security_forces": ("iq", "military"),
    }
    for role, key in (*ROLES.items(), *_PLAIN_ROLES.items()):
        if key != "people":  # the root names no role
            parts.setdefault(key, (None, role))
    for nation in NATIONS:
        taxonomy.setdefault(nation, "people")
        parts.setdefault(nation, (nation, None))
        for role, role_key in (*ROLES.items(), ("foreigners", "foreigners")):
            key = compose(nation, role)
            up = nation if nation in _NATION_FIRST and role != "foreigners" else role_key
            taxonomy.setdefault(key, up)
            parts.setdefault(key, (nation, role))
    return taxonomy, parts


_TAXONOMY, _PARTS = _build_taxonomy()

#: The subject taxonomy: each key and its parent (None for a root).
TAXONOMY: Final[Mapping[str, str | None]] = MappingProxyType(_TAXONOMY)

#: The verbs and nouns that signal each measure (documentation; claimrec.extract holds the rules).
MEASURE_VERBS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "killed": (
            "killed",
            "dead",
            "died",
            "slain",
            "murdered",
            "martyred",
            "fatally shot",
            "shot dead",
            "pronounced dead",
            "claimed N lives",
            "death toll rose to N",
            "deaths",
            "fatalities",
        ),
        "injured": (
            "injured",
            "wounded",
            "hurt",
            "suffered injuries",
            "sustained injuries",
            "injuries",
            "shot (non-fatally)",
            "diagnosed with traumatic brain injury",
        ),
        "treated": ("treated", "hospitalized", "taken to hospital", "being evaluated"),
        "evacuated": (
            "evacuated",
            "airlifted",
            "medevaced",
            "flown out",
            "displaced",
            "forced from their homes",
            "left homeless",
        ),
        "missing": ("missing", "unaccounted for", "trapped", "feared trapped"),
        "rescued": ("rescued", "pulled out alive", "saved", "found alive"),
        "arrested": (
            "arrested",
            "detained",
            "taken into custody",
            "apprehended",
            "taken prisoner",
        ),
        "launched": ("launched", "fired", "involved", "used", "targeted by"),
        "impacted": ("hit", "struck", "fell", "landed", "impacted"),
        "intercepted": ("intercepted", "downed", "shot down"),
        "seized": ("seized", "confiscated"),
        "explosions": ("explosions heard", "blasts heard"),
        "attacks": ("attacked N times", "N attacks"),
        "troops": ("N troops stationed", "N troops deployed", "there are N troops"),
        "destroyed": ("destroyed", "flattened", "razed", "swept away", "collapsed"),
        "damaged": ("damaged", "partly destroyed"),
        "affected": ("affected",),
    }
)

_ROOT_PEOPLE: Final = "people"


def _check(group: str) -> None:
    if group not in TAXONOMY:
        msg = f"unknown subject group {group!r}; use one of {', '.join(sorted(TAXONOMY))}"
        raise InvalidValueError(msg)


def parent(group: str) -> str | None:
    """
    The parent of *group* in the taxonomy, or None for a root.

    Args:
        group: A taxonomy key such as ``"us.military"``.

    Returns:
        The parent key or None.

    Raises:
        InvalidValueError: *group* is not a taxonomy key.

    >>> parent("us.military"), parent("people")
    ('us', None)
    """
    _check(group)
    return TAXONOMY[group]


@functools.lru_cache(maxsize=8192)
def ancestors(group: str) -> tuple[str, ...]:
    """
    The ancestors of *group*, nearest first (the group itself excluded).

    Args:
        group: A taxonomy key.

    Returns:
        The chain of parents up to the root.

    Raises:
        InvalidValueError: *group* is not a taxonomy key.

    >>> ancestors("us.contractors")
    ('us', 'people')
    """
    _check(group)
    chain: list[str] = []
    up = TAXONOMY[group]
    while up is not None:
        chain.append(up)
        up = TAXONOMY[up]
    return tuple(chain)


def is_within(group: str, ancestor: str) -> bool:
    """
    True when *group* is *ancestor* or lies below it.

    Args:
        group: A taxonomy key.
        ancestor: Another taxonomy key.

    Returns:
        Whether every member of *group* is a member of *ancestor*.

    Raises:
        InvalidValueError: either key is not in the taxonomy.

    >>> is_within("us.military", "us"), is_within("us", "us.military")
    (True, False)
    """
    _check(ancestor)
    return group == ancestor or ancestor in ancestors(group)


def is_person(group: str) -> bool:
    """
    True when *group* counts people (it lies below ``people``).

    >>> is_person("children"), is_person("munition.drone")
    (True, False)
    """
    return is_within(group, _ROOT_PEOPLE)


#: Every group that counts people.
PERSON_GROUPS: Final = frozenset(g for g in TAXONOMY if is_person(g))


def common_ancestor(groups: Iterable[str]) -> str:
    """
    The most specific key that holds every one of *groups*.

    Args:
        groups: Taxonomy keys (at least one).

    Returns:
        Their lowest common ancestor; ``people`` for people of unrelated groups.

    Raises:
        InvalidValueError: a key is unknown, or *groups* is empty.

    >>> common_ancestor(["us.military", "us.contractors"]), common_ancestor(["children", "soldiers.ke"])
    ('us', 'people')
    """
    chains = [(g, *ancestors(g)) for g in groups]
    if not chains:
        msg = "groups must hold at least one key, got none"
        raise InvalidValueError(msg)
    shared = set(chains[0]).intersection(*chains[1:])
    for key in chains[0]:
        if key in shared:
            return key
    return _ROOT_PEOPLE


def split_group(group: str) -> tuple[str | None, str | None]:
    """
    The nation and role a person key stands for (None where it names none).

    Args:
        group: A taxonomy key.

    Returns:
        ``(nation, role)``: ``("ke", "military")`` for ``soldiers.ke``.

    >>> split_group("soldiers.ke"), split_group("us"), split_group("police")
    (('ke', 'military'), ('us', None), (None, 'police'))
    """
    if group in ("us.military", "us.contractors"):
        nation, _, role = group.partition(".")
        return nation, role
    return _PARTS.get(group, (None, None))


# ------------------------------------------------------------------ nationality forms

#: "U.S." / "U. K." / "U.S.A." written with dots: read as one token (same length).
_DOTTED: Final = re.compile(r"\b([A-Za-z])\.\s?([A-Za-z])\.(?:\s?([A-Za-z])\.)?")
#: Lower-cased forms that are also English words: never a nation in lower-case text.
_ENGLISH_WORDS: Final = frozenset(_PACK["not_nations"]["english_words"])
_TOKEN: Final = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?(?:['’]s?)?")
#: Words after a country's name that make it a nationality ("Kenya Defence Forces").
_ROLE_AFTER_NAME: Final = frozenset(_SCHEME["role_words_after_name"])
_OF_FROM: Final = frozenset(("of", "from"))


def _forms() -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """First word -> (words, key, kind), longest first; kinds: name, adjective, people, none."""
    table: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}

    def add(phrase: str, key: str, kind: str) -> None:
        for variant in {phrase, phrase.upper(), phrase.lower()}:
            words = tuple(_TOKEN.findall(variant))
            if words:
                table.setdefault(words[0], []).append((words, key, kind))

    for group in ("nations", "peoples"):
        for code, entry in _PACK[group].items():
            for name in entry.get("names", ()):
                add(name, code, "name")
            for adjective in entry.get("adjectives", ()):
                add(adjective, code, "adjective")
                derived = adjective.endswith(("an", "i", "o"))
                if "people" not in entry and derived:
                    add(adjective + "s", code, "people")
                if "people" not in entry and adjective.endswith(("ese", "ss")):
                    add(adjective, code, "people")
            for noun in entry.get("people", ()):
                add(noun, code, "people")
    for phrase in _PACK["not_nations"]["phrases"]:
        add(phrase, "", "none")
    rank = {"none": 0, "adjective": 1, "people": 2, "name": 3}
    return {
        k: tuple(sorted(set(v), key=lambda f: (-len(f[0]), rank[f[2]], f[1])))
        for k, v in table.items()
    }


_FORMS: Final = _forms()


def _undot(text: str) -> str:
    """'U.S. troops' -> 'US   troops': the same length, so offsets still point into *text*."""
    return _DOTTED.sub(
        lambda m: "".join(g or "" for g in m.groups()).upper().ljust(len(m.group())), text
    )


@functools.lru_cache(maxsize=4096)
def find_nations(text: str) -> tuple[tuple[int, int, str], ...]:
    """
    Where *text* names a nationality: ``(start, end, nation key)`` in text order.

    Adjectives and people nouns count wherever they stand ("Kenyan", "Britons"); a
    country's name counts as a nationality only in "Kenya's army", "Kenya Defence
    Forces" (a role word follows) and "soldiers from Kenya", never in "troops in Kenya".
    Forms are matched as written (capitalised, or all capitals in a headline), so
    "polish" and "turkey" name no one; phrases such as "African American" name no nation.

    Args:
        text: Any text.

    Returns:
        The spans and keys, longest form first where two overlap.

    >>> find_nations("U.S. troops and Iraq's army met Kenyans in Iraq")
    ((0, 2, 'us'), (16, 22, 'iq'), (32, 39, 'ke'))
    >>> find_nations("the u.s. maintains troops; polish them"), find_nations("two of us")
    (((4, 6, 'us'),), ())
    >>> find_nations("the us has 900 troops")
    ((4, 6, 'us'),)
    """
    cased = text.lower() != text
    text = _undot(text)
    written = _TOKEN.findall(text)
    if cased:  # cased text: a nation is written with a capital (``_bare`` keeps the first letter)
        words = [_bare(w) if w[:1].isupper() else "" for w in written]
    else:  # lower-cased text (as some callers pass it): skip words English also uses
        words = [_bare(w) for w in written]
        words = [
            w if w not in _ENGLISH_WORDS or (w == "us" and i and words[i - 1] == "the") else ""
            for i, w in enumerate(words)
        ]
    if _FORMS.keys().isdisjoint(words):  # most texts name no nation: nothing to look at
        return ()
    tokens = list(_TOKEN.finditer(text))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        hit = _form_at(tokens, words, i) if words[i] in _FORMS else None
        if hit is None:
            i += 1
            continue
        size, key, kind = hit
        if kind != "none" and (kind != "name" or _name_is_nationality(tokens, words, i, size)):
            found.append((tokens[i].start(), tokens[i + size - 1].end(), key))
        i += size
    return tuple(found)


def _bare(word: str) -> str:
    """A token without its possessive ending."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def _form_at(tokens: list[re.Match[str]], words: list[str], i: int) -> tuple[int, str, str] | None:
    for form, key, kind in _FORMS.get(words[i], ()):
        size = len(form)
        if tuple(words[i : i + size]) == form and all(
            tokens[j].group() == form[j - i] for j in range(i, i + size - 1)
        ):
            return size, key, kind
    return None


def _name_is_nationality(tokens: list[re.Match[str]], words: list[str], i: int, size: int) -> bool:
    last = tokens[i + size - 1].group()
    if last != words[i + size - 1]:
        return True  # "Kenya's army"
    after = _bare(tokens[i + size].group()).lower() if i + size < len(tokens) else ""
    before = tokens[i - 1].group().lower() if i > 0 else ""
    before2 = tokens[i - 2].group().lower() if i > 1 else ""
    return (
        after in _ROLE_AFTER_NAME or before in _OF_FROM or (before == "the" and before2 in _OF_FROM)
    )


# ------------------------------------------------------------------ roles and things

#: Role cues of the pack (``groups.toml``), tried in order on the lower-cased phrase.
_ROLE_CUES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = tuple(
    (r["name"], tuple(r["cues"])) for r in _GROUPS["role"]
)
_ROLE_RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(r"\b(?:" + "|".join(words) + r")\b"), role) for role, words in _ROLE_CUES
)


def _thing_rules(*, early: bool) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"\b(?:" + "|".join(t["cues"]) + r")\b"), t["key"])
        for t in _GROUPS["thing"]
        if t["early"] == early and not t.get("head", False)
    )


#: Things, not people: munitions and the like win over a role; facilities lose to one.
_THING_RULES: Final = _thing_rules(early=True)
_LATE_THING_RULES: Final = _thing_rules(early=False)
#: Things a count's head noun names ("300 houses", "40 goats"): the pack's ``head`` things,
#: tried on the head only, so "23 people from flooded homes" stays people.
_HEAD_THING_RULES: Final = tuple(
    (re.compile(r"\b(?:" + "|".join(t["cues"]) + r")$"), t["key"])
    for t in _GROUPS["thing"]
    if t.get("head", False)
)
#: Where a subject's head phrase ends: a preposition, a conjunction, a relative or a verb.
_HEAD_END: Final = re.compile(
    r"[,;:()\u2014\u2013]|\s(?:of|from|in|on|at|along|near|across|and|or|who|whose|which|that"
    r"|with|by|to|for|as|into|after|during|while|were|was|are|is|have|has|had|inside|over|about"
    r"|against|under|through|between|among|without|since|before|outside|around|behind|amid)\b"
)
_COALITION: Final = re.compile(r"\bcoalition\b")
_PENTAGON_STAFF: Final = re.compile(r"\bpentagon\b[^.;]{0,60}?\bpersonnel\b")


def _first(rules: tuple[tuple[re.Pattern[str], str], ...], low: str) -> str | None:
    return next((g for pattern, g in rules if pattern.search(low)), None)


def head_thing(low: str) -> str | None:
    """
    The thing a lower-cased subject phrase's head noun names, or None.

    The head is the last word before the first preposition, conjunction or verb.

    >>> head_thing("300 houses along the coast"), head_thing("23 people from flooded homes")
    ('buildings', None)
    """
    end = _HEAD_END.search(low)
    head = (low[: end.start()] if end else low).rstrip()
    return _first(_HEAD_THING_RULES, head) if head else None


def _role_of(low: str) -> str | None:
    """The role a lower-cased subject phrase names, or None."""
    return _first(_ROLE_RULES, low)


@functools.lru_cache(maxsize=4096)
def subject_parts(subject_text: str) -> tuple[tuple[str, ...], str | None]:
    """
    The nationalities and the role a subject phrase names, without combining them.

    Args:
        subject_text: A noun phrase such as ``"three soldiers of the Syrian army"``.

    Returns:
        ``(nations, role)``: the nation keys in text order (no repeats) and the role
        (``military``, ``police``, ``staff``, ...) or None.

    >>> subject_parts("three soldiers of the Syrian army"), subject_parts("the passengers")
    ((('sy',), 'military'), ((), None))
    """
    nations = tuple(dict.fromkeys(key for _, _, key in find_nations(subject_text)))
    return nations, _role_of(" ".join(subject_text.lower().replace("’", "'").split()))


@functools.lru_cache(maxsize=8192)
def classify_subject(subject_text: str) -> str:
    """
    The taxonomy key of a subject phrase as a reporter wrote it.

    Cues are general English: nationalities of every country ("Americans", "U.S.",
    "Kenyan", "Britons", "Iraq's"), roles ("troops", "service members", "contractors",
    "officers", "gunman", "civilians", "children") combined with them by the scheme
    above, and munitions ("rockets", "drones"). A phrase with no cue counts unspecified
    ``people``; a phrase that names two nations counts their common ancestor.

    Args:
        subject_text: The counted noun phrase, e.g. ``"US military personnel"``.

    Returns:
        A key of ``TAXONOMY``.

    >>> classify_subject("Seven Americans"), classify_subject("two US contractors")
    ('us', 'us.contractors')
    >>> classify_subject("U.S. service members"), classify_subject("heavy missiles")
    ('us.military', 'munition.missile')
    >>> classify_subject("members of Iraq's security forces"), classify_subject("teens")
    ('iraqi_security_forces', 'people')
    >>> classify_subject("five Britons"), classify_subject("nine Afghan civilians")
    ('uk', 'civilians.af')
    >>> classify_subject("three army drones"), classify_subject("army personnel")
    ('munition.drone', 'soldiers')
    """
    low = " ".join(subject_text.lower().replace("’", "'").split())
    if not low:
        return _ROOT_PEOPLE
    if _COALITION.search(low):
        return "coalition"
    if _PENTAGON_STAFF.search(low):
        return "us.military"
    thing = head_thing(low)
    if thing is not None:
        return thing
    nations, role = subject_parts(subject_text)
    if role is None or _role_of(low.rsplit(" ", 1)[-1]) is None:
        # a role word modifying a thing ("three army drones") does not make it people
        thing = _first(_THING_RULES, low if role is None else low.rsplit(" ", 1)[-1])
        if thing is not None:
            return thing
    if nations:
        return common_ancestor(compose(n, role) for n in nations)
    if role is not None:
        return compose(None, role)
    return _first(_LATE_THING_RULES, low) or _ROOT_PEOPLE
