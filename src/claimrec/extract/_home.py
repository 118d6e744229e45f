"""
A people named by the country the event happened in is the event's people, not a subgroup.

The subject taxonomy composes a nationality with a role (``kinds.compose``): "Kenyan
soldiers" are ``soldiers.ke``, "Palestinians" ``ps``. That keeps apart what a report
tells apart: American troops wounded at a base in Iraq (``us.military``), British
tourists killed in Egypt (``foreigners.uk``'s kin), Russian and Ukrainian soldiers in
one toll. But a report names the people of the country the event happened in by their
nationality only to say who they were: "the Burkinabe army said 17 soldiers were
killed" in Burkina Faso, "31 Palestinians were killed" in Gaza. Those are the event's
soldiers and people, the same slot another report's "17 soldiers" or "31 people" fills.

So a count whose group names the nation of the document's main place (read by the one
main-event reader) takes the group of its role alone. The keys the contract names for
themselves (``iraqi_security_forces``, ``coalition``) stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

import attrs

from claimrec import kinds
from claimrec.link.places import default_gazetteer, nation_country
from claimrec.model import Claim, CountClaim

__all__ = ["home_country", "home_groups"]

#: Keys the report contract names for themselves: never rewritten to their role.
_OWN_KEYS: Final = frozenset({"iraqi_security_forces", "coalition"})

#: Where a place as written parts: a possessive ("Gaza City's Zeitoun") or a comma.
_PARTS: Final = re.compile(r"['’]s\s+|\s*,\s*")


def home_country(location: str | None) -> str | None:
    """
    The ISO code of the country a document's main place lies in, or None.

    A place the gazetteer does not hold is read by its parts: "Gaza City's Zeitoun" lies
    where Gaza City does.

    >>> home_country("Gaza City"), home_country("Nairobi"), home_country(None)
    ('PS', 'KE', None)
    >>> home_country("Gaza City's Zeitoun"), home_country("Kibera, Nairobi")
    ('PS', 'KE')
    """
    if not location:
        return None
    gazetteer = default_gazetteer()
    for part in (location, *_PARTS.split(location)):
        place = gazetteer.resolve(part) if part else None
        if place is not None:
            return place.country
    return None


def home_group(group: str, country: str) -> str:
    """
    *group* without its nation when that nation is *country*'s.

    >>> home_group("soldiers.ke", "KE"), home_group("ps", "PS"), home_group("us.military", "IQ")
    ('soldiers', 'people', 'us.military')
    >>> home_group("iraqi_security_forces", "IQ")
    'iraqi_security_forces'
    """
    if group in _OWN_KEYS:
        return group
    nation, role = kinds.split_group(group)
    if nation is None or role == "foreigners" or nation_country(nation) != country:
        return group
    return kinds.compose(None, role)


def home_groups(
    claims: Iterable[tuple[int, int, Claim]], location: str | None
) -> list[tuple[int, int, Claim]]:
    """The claims with the groups of the main place's own people read without their nation."""
    claims = list(claims)
    if not any(_names_a_nation(claim) for _, _, claim in claims):
        return claims  # most reports: no place to look up
    country = home_country(location)
    if country is None:
        return claims
    out: list[tuple[int, int, Claim]] = []
    for start, end, claim in claims:
        read = claim
        if isinstance(claim, CountClaim) and claim.group is not None:
            group = home_group(claim.group, country)
            if group != claim.group:
                read = attrs.evolve(claim, group=group)
        out.append((start, end, read))
    return out


def _names_a_nation(claim: Claim) -> bool:
    """Whether *claim* counts people its group ties to a nation (``kinds.split_group``)."""
    return (
        isinstance(claim, CountClaim)
        and claim.group is not None
        and kinds.split_group(claim.group)[0] is not None
    )
