"""
Extension: the subject taxonomy of count claims and the table of measures and their verbs.

A count claim names *who or what* was counted ("Seven Americans", "two US
contractors", "at least ten heavy missiles") and *what happened to them*
(wounded, killed, fired, shot down). This module holds both vocabularies as
data, so the resolver can add subgroups up and a user can read the rules.

Subject taxonomy (key → parent); a key is within all of its ancestors:

==========================  ========================  =========================================
key                         parent                    cues in a subject phrase
==========================  ========================  =========================================
``people``                  —                         people, persons, victims, men, women, teens
``us``                      ``people``                Americans, U.S. personnel, American citizens
``us.military``             ``us``                    US troops, U.S. service members, US soldiers
``us.contractors``          ``us``                    (American) contractors
``coalition``               ``people``                coalition forces / troops / personnel
``uk``                      ``people``                British soldiers, UK personnel
``iraqi_security_forces``   ``people``                members of the Iraqi security forces
``soldiers``                ``people``                soldiers, troops, service members (no nation)
``fighters``                ``people``                fighters, militants, militiamen, gunmen of a group
``police``                  ``people``                officers, policemen, deputies, troopers
``civilians``               ``people``                civilians, residents, bystanders, Palestinians
``children``                ``civilians``             children, kids, boys, girls, toddlers
``suspects``                ``people``                gunman, suspect, shooter, attacker
``munition``                —                         projectiles, shells, munitions
``munition.rocket``         ``munition``              rockets, Katyushas
``munition.missile``        ``munition``              missiles, ballistic missiles
``munition.drone``          ``munition``              drones, UAVs, one-way attack drones
``attack``                  —                         attacks, times (as in "attacked 66 times")
``explosion``               —                         explosions, blasts
``facility``                —                         facilities, bases, sites
``vehicle``                 —                         vehicles, trucks, cars
==========================  ========================  =========================================

Measures and the verbs that signal them (see ``MEASURE_VERBS``):

=============  ==============================================================================
measure        verbs and nouns
=============  ==============================================================================
killed         killed, dead, died, slain, murdered, martyred, fatally shot, deaths, fatalities
injured        injured, wounded, hurt, suffered injuries, injuries, shot (non-fatally), TBI
treated        treated, hospitalized, taken to hospital, being evaluated
evacuated      evacuated, airlifted, medevaced, flown out
missing        missing, unaccounted for
arrested       arrested, detained, taken into custody, apprehended
launched       launched, fired, involved, used, targeted by
impacted       hit, struck, fell, landed, impacted
intercepted    intercepted, downed, shot down
seized         seized, confiscated
explosions     explosions / blasts heard
attacks        attacked N times, N attacks
troops         N troops stationed / deployed / based, there are N troops
=============  ==============================================================================

"casualties" counts killed and injured together: the extractor writes two
claims on one span, each bounded above by the figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from claimrec.errors import InvalidValueError

__all__ = [
    "MEASURE_VERBS",
    "PERSON_GROUPS",
    "TAXONOMY",
    "ancestors",
    "classify_subject",
    "is_person",
    "is_within",
    "parent",
]

#: The subject taxonomy: each key and its parent (None for a root).
TAXONOMY: Final[Mapping[str, str | None]] = MappingProxyType(
    {
        "people": None,
        "us": "people",
        "us.military": "us",
        "us.contractors": "us",
        "coalition": "people",
        "uk": "people",
        "iraqi_security_forces": "people",
        "soldiers": "people",
        "fighters": "people",
        "police": "people",
        "civilians": "people",
        "children": "civilians",
        "suspects": "people",
        "munition": None,
        "munition.rocket": "munition",
        "munition.missile": "munition",
        "munition.drone": "munition",
        "attack": None,
        "explosion": None,
        "facility": None,
        "vehicle": None,
    }
)

#: The verbs and nouns that signal each measure (documentation; extract.py holds the rules).
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
        "evacuated": ("evacuated", "airlifted", "medevaced", "flown out"),
        "missing": ("missing", "unaccounted for"),
        "arrested": ("arrested", "detained", "taken into custody", "apprehended"),
        "launched": ("launched", "fired", "involved", "used", "targeted by"),
        "impacted": ("hit", "struck", "fell", "landed", "impacted"),
        "intercepted": ("intercepted", "downed", "shot down"),
        "seized": ("seized", "confiscated"),
        "explosions": ("explosions heard", "blasts heard"),
        "attacks": ("attacked N times", "N attacks"),
        "troops": ("N troops stationed", "N troops deployed", "there are N troops"),
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

_US = r"(?:u\.?\s?s\.?(?:-led)?|united\s+states|american|americans|america's)"
_UK = r"(?:u\.?\s?k\.?|british|britain's|united\s+kingdom)"
_MILITARY = (
    r"(?:troops?|soldiers?|service\s*(?:wo)?m[ae]n|service\s+members?|servicemembers?|"
    r"military|army|marines?|sailors?|airm[ae]n|forces?|personnel|"
    r"occupation|servicepeople)"
)

# Ordered (pattern, group): the first that matches the lower-cased subject wins.
_RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(p), g)
    for p, g in (
        (r"\bcoalition\b", "coalition"),
        (rf"\b{_US}\b.*\bcontractors?\b|\bcontractors?\b.*\b{_US}\b", "us.contractors"),
        (rf"\b{_US}\b.*\b{_MILITARY}|\bpentagon\b.*\bpersonnel\b", "us.military"),
        (rf"\b{_US}\b|\bamericans?\b", "us"),
        (rf"\b{_UK}\b", "uk"),
        (
            (
                r"\biraq(?:i|'s|’s)?\b.*\b(?:security|police|army|soldiers?|forces?|"
                r"troops?|counter-?terrorism)\b"
            ),
            "iraqi_security_forces",
        ),
        (r"\b(?:rockets?|katyushas?|mortars?)\b", "munition.rocket"),
        (r"\b(?:missiles?)\b", "munition.missile"),
        (r"\b(?:drones?|uavs?|unmanned\s+aerial\s+vehicles?)\b", "munition.drone"),
        (r"\b(?:projectiles?|shells?|munitions?|bombs?|grenades?)\b", "munition"),
        (r"\b(?:explosions?|blasts?|detonations?)\b", "explosion"),
        (r"\b(?:attacks?|times|strikes?|assaults?)\b", "attack"),
        (
            (
                r"\b(?:gunm[ae]n|suspects?|shooters?|attackers?|assailants?|perpetrators?|"
                r"robbers?|gunpersons?)\b"
            ),
            "suspects",
        ),
        (
            (
                r"\b(?:officers?|police(?:m[ae]n|wom[ae]n)?|deput(?:y|ies)|troopers?|"
                r"patrolm[ae]n|cops?|constables?|sheriff)\b"
            ),
            "police",
        ),
        (
            (
                r"\b(?:children|child|kids?|boys?|girls?|toddlers?|infants?|bab(?:y|ies)|"
                r"minors?|juveniles?|students?|schoolchildren)\b"
            ),
            "children",
        ),
        (
            (
                r"\b(?:civilians?|residents?|bystanders?|passers-?by|villagers?|"
                r"palestinians?|worshippers?|shoppers?|patrons?|pedestrians?|customers?)\b"
            ),
            "civilians",
        ),
        (
            (
                r"\b(?:fighters?|militants?|militiam[ae]n|insurgents?|rebels?|guerrillas?|"
                r"jihadists?|members\s+of\b.*\b(?:units?|groups?|militias?|brigades?))\b"
            ),
            "fighters",
        ),
        (rf"\b{_MILITARY}\b", "soldiers"),
        (r"\b(?:facilit(?:y|ies)|bases?|sites?|positions?|buildings?)\b", "facility"),
        (r"\b(?:vehicles?|trucks?|cars?)\b", "vehicle"),
    )
)


def classify_subject(subject_text: str) -> str:
    """
    The taxonomy key of a subject phrase as a reporter wrote it.

    Cues are general English: nationalities ("Americans", "U.S."), services
    ("troops", "service members"), roles ("contractors", "officers",
    "gunman"), ages ("children", "teens" count as people) and munitions
    ("rockets", "drones"). A phrase with no cue counts unspecified ``people``.

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
    """
    text = " ".join(subject_text.lower().replace("’", "'").split())
    if not text:
        return _ROOT_PEOPLE
    for pattern, group in _RULES:
        if pattern.search(text):
            return group
    return _ROOT_PEOPLE
