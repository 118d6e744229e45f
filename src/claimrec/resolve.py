"""
Stage 5: per event and slot, what agrees, what conflicts, what evolved, and what number to use.

Claims of one event fall into **slots** by ``measure`` and the top group of the subject
taxonomy (``claimrec.kinds``): ``injured/us`` holds "seven Americans", "several American
personnel", and "five US military personnel and two US contractors" (the two subgroup
claims of one sentence add up to one figure for ``us``). Everyone ``arrested`` is a
suspect, so there ``suspects`` and ``people`` share a slot, named ``people`` when a claim
counts people and ``suspects`` when all count suspects; but a report that says nobody was
arrested in the shooting and counts arrests for something else ("two arrested for
disorderly conduct") keeps its zero in the ``suspects`` slot. An explicit zero of people
("no casualties", "no one was killed") is a zero for every group, so it also enters the
event's other person slots of its measure (not the attackers', and not "no one else").
Claims whose ``scope`` is ``cumulative`` or ``standing``, and claims attached to no event,
never enter a slot.

One answer per figure: unspecified victims (``people``) join the event's one other slot
of victims of their measure ("killing six worshippers", then "the six people killed"),
and a bare ``soldiers`` ("109 troops") joins the one slot holding a side's troops
("coalition troops", "US service members"), counted as that group. Attackers
(``suspects``, ``fighters``) and things are no victims. Nothing joins beside two named
groups, when one sentence counts both ("seven dead: six worshippers and the gunman",
"ten, including three children"), for arrests, when either side counts nobody, or when
their ranges miss each other (but people whose every count says the toll moved, above
the group's figures, are those victims counted later: "the death toll rose to 31"). Claims keep their group; the finding takes the group most
of its claims use and says in its explanation which claims it counted as the other. A
count of people that says it includes the attackers ("seven, including the gunman",
"twelve, including the two bombers", "seven died, six worshippers and the gunman") allows their victims alone or everyone
(6..7), and so does, beside it, every other count of people of its slot ("seven killed"
in another report): it disputes neither "six killed" nor the gunman's own slot.

Within a slot every claim constrains the same unknown number:

- a claim about the slot's group constrains it directly (its interval);
- subgroup claims from one sentence add up (``Quantity.__add__``) to one constraint
  (a headline's too: "Ferry sinks: 142 passengers and six crew dead");
  when the sentence introduces them as some of a larger count ("including five Britons
  and two Germans", "among them"), their sum is only a lower bound for the parent;
- a lone subgroup claim is a lower bound for its ancestors (7 contractors hurt means at
  least 7 people hurt);
- a victim described rather than counted ("a man was killed", "the victim") says the
  total is at least one; "one person was killed" counts, and is exact;
- a count limited to one place of the event ("in the town of Sarnet alone, 37 died") is
  a lower bound, and so is a count one hospital received ("St Luke's hospital received 12
  wounded", "the military hospital took in nine", "received the bodies of 14"; a hospital
  that gives a toll is a source, not a place; the counts of hospitals one report names
  apart, "Central Hospital received 14 ... St Anne's took in 12", add up to at least 26,
  and so do the counts of provinces, or of districts, one report names apart: "In Corvan
  province, 18 died ... In Lisk province, 11 died" is at least 29),
  and so are the dead confirmed or bodies recovered so far ("1,200 were
  confirmed dead", "23 bodies have been recovered"), but not a toll named after the
  bodies ("found more bodies, bringing the toll to 31"): an estimate above them agrees; a
  headline in the reporter's voice giving the same count of the measure as a body
  sentence of one place or one hospital is read as it ("Floods kill 120 in Kessar
  province" over "in Kessar province alone, 120 were killed"), and one its body tells
  as a floor above it is that floor ("Stampede kills 40" over "more than 40 died"); a count whose clause
  opens on one province or district ("In Gorsk province, 70 people died", "In the
  district of Belun, 30 died") is one too when another count of the event's measure is
  told without naming that place (the event is wider than the province); when every
  count names it, the province is the event's place and its count the whole;
- some of a group its report counts as a whole ("four suspects were arrested ... two of
  the suspects were detained in the raid", "four were shot, one of whom died") is a
  lower bound ("three of the attackers were killed" alone is exact), and so is a count
  added to one told elsewhere ("two more people died", "another three"; but "another"
  after a count of another measure only, in its report, sets people apart: "killed 18
  ... another 12 were missing" is the whole count of the missing), and a count of
  people treated, evacuated or arrested who are still so ("twelve were still being
  treated", "remain in custody");
- of two counts of one sentence, when the larger's words call it a raised total and the
  smaller is not called early, the smaller is what raised it, a part ("two more died,
  bringing the toll to nine", "rose to nine after two women died"); "rose to nine from
  seven" keeps seven an early figure.

Intervals that all overlap are ``consistent`` and their intersection is the consensus
(in one dimension, pairwise overlap implies a common point). Disjoint pairs are either a
change over time or a dispute. Each figure is placed in time by its report's publication
date and, within a day or when undated, by the words around it ("initially", "earlier",
"up from" make it early; "now", "latest", "rose to", "climbs to", "reaches", "bringing
(taking, pushing) the toll to", "the number of soldiers killed in ... to", "revised" make
it later; so does a count of the dead who "later died" or "died of their injuries"; a
headline kept apart from the text is read from its own words). Then:

- two counts of one sentence, one called early and the other corrected or later ("police
  corrected an earlier figure of 12, saying eight had died", "retracted its earlier figure
  of 60, saying 26 had died"), are one count told at two moments, not a sum; an early word before a count of the same measure is that count's;
- a figure a report calls early ("officials had earlier said five had died") is early in
  another report told no later, too ("Five workers died", that day);
- a figure a later report raises is ``evolving`` and the early one ``superseded`` when
  the raising figure's words say it is an update, or the early one was marked early
  (``provisional``), or it counts people that news raises as a story goes on (killed,
  injured, arrested, evacuated, treated, and any measure not fixed by its event: people
  rescued or affected, homes destroyed) and was reported on a later day, in any voice
  but a hedge or a party's own (the reporter's own "nine people died" a day after "seven
  killed" is the story moving on; an armed group's "our attack killed more than 50"
  disputes the police's seven), not in a headline alone, and when neither sentence disputes a
  figure ("denied", "rejected", "disputed"). Words of an update do not make a change of a
  figure whose sentence sets it against another ("has risen to 34, said residents, who
  rejected the official toll"), unless one source gave both. A count of things (rockets fired) is
  fixed by its event: a later, higher one without such words is a dispute. An explicit
  zero from another source (not the reporter's own "no casualties", and not another
  voice of the same organization: "a coalition spokesman" and "the coalition") that
  does not say it is early is a denial, and
  a later figure against it is a dispute (arrests, evacuations and treatment do start
  from zero);
- a figure a source disputed in its own report ("86 dead, the ministry said ... the army
  said no more than 20") is not raised by a later report repeating the higher figure:
  the pair stays a dispute, unless the source raises its own figure, the later words
  say the toll moved, or the low figure was marked early;
- two figures of one day that no word beside them orders, from two sources, where the
  higher one's report (not the lower's) says the count of that measure went up ("the
  number of injured has risen", "Quake injured rises to 34", "the death toll climbed"),
  or whose own words say "now" ("34 people are now known to have been injured"), are a change: the lower figure was early; the finding quotes the report's words;
- an open floor a source marks early ("at least 30, according to a preliminary count",
  "at least 30 ... warning that the toll was likely to rise") that a later, equally or
  more authoritative figure raises (45 the next day) is ``evolving`` though the two
  meet, the floor and its report's retelling ``superseded``; an open floor not marked
  early ("at least 12", then 19) was already open and stays ``consistent``, and so does
  the reporter's own floor ("six months earlier, a boy was killed" dates another event);
- a zero raised by a later figure whose words say the toll moved ("bringing the death
  toll to one") is ``evolving`` too, unless either sentence disputes a figure;
- in a slot of people, a count below an estimate of the whole toll ("aid agencies
  estimated about 5,000 killed", "could reach") is a lower bound: counts lag estimates
  (a ceiling, "no more than 50", is no count and still disputes);
- a report's zero of people arrested (in custody), missing, evacuated or treated beside
  its own count of them ("one man in custody" over the first shooting, "nobody was in
  custody" further down) is about other people or another moment, not a dispute: with
  no word of time around it and no word of a dispute in either sentence, it sets no
  bound (at least 0). Zeros of the dead and wounded keep disputing ("no soldiers were
  killed", the army said, beside an armed group's ten, in one report);
- a figure a later report lowers is a dispute (only a toll that rises evolves), even
  when the later sentence says the earlier one was corrected ("revised down to",
  "double counted", "19, not 23 as first reported"; the corrected figure is a later
  one, not early) or one named source gives both: the corrected figure then leaves
  the figures the best is read from (not the range), but never a party's own figure
  of another origin (officials correcting their toll do not correct an armed group's
  "more than 60"), which no early figure of another origin gives way to either; a
  ``missing`` count may fall as people are found;
- a lower figure the reporter retells in a clause that describes the event ("the
  floods, which killed 23 people, destroyed ...") is placed on the day it was first
  reported: a later report's background repeating the first toll is superseded with it,
  not a dispute;
- a party's own figure (an armed group's count of the soldiers it killed, or of its own
  dead, and the reporter's voice relaying it) and a figure of another origin dispute,
  whichever was told first and whatever words of an update either uses: the ministry's
  17 a day after a group's 10 does not supersede it, nor does the group's "30 are now
  known to have been killed" supersede the ministry's 17;
- a named source does not dispute itself: its two figures in two reports (not a hedge's,
  not unnamed officials', and with no word of a dispute) are an update, the later one
  standing (a lower one, "the county fire service" said 20 on Sunday and 16 on Monday,
  is still a dispute, as above, whose best figure is the 16), and of a
  count of people news raises told the same day, the higher one (a ministry's 31, then
  35);
- a voice of an armed group is a party's whatever kind its attribution reads ("a local
  militia leader, Ali Hamid", "rebel spokesman ..."): its later, higher toll beside an
  official one is a side of a dispute, not an update, as residents' figure is (two
  sources at two times with two figures dispute unless words or one source say the toll
  moved; a party's voice never says so for another's figure), and never the best figure
  beside another voice; a role that guards its own people takes no side ("a village
  self-defence militia leader", "a vigilante commander", "a community militia chief"
  reporting an attack by gunmen): its later, higher toll moves the story on as a council
  member's does;
- a party's figure that another side denies in its report ("the rebels said they killed
  30 soldiers. The army denied the claim", "denied losing any soldiers") is
  ``contested`` though no count of that side is told, and the finding quotes the denial;
- an increment of the dead a report tells with no total of its own ("three more bodies
  were recovered" a day after "nine killed") adds to the lowest figure of the latest
  earlier day, when that day's figures agree and one is a count (not a hedge's, a
  party's or a vague word): at least 12, the nine raised;
- a later, lower count of the injured is the earlier one less the wounded who died when
  a report after the higher count, no later than the lower one, says wounded people died
  ("two of the injured died", "died of their wounds") and the event's toll rose by at
  least the fall: ``evolving``, not a dispute;
- a sentence that counts groups and says none of another died ("killed three fighters
  and no civilians", the army said) is its speaker's whole toll of people, fighters
  included: exactly three people beside the ministry's 22 is a dispute of the people's
  toll, whose best figure comes from the counts of people;
- disjoint figures that no date or cue orders are ``conflicting``;
- a figure is paired with the highest one above it; when that pair disputes (an armed
  group's own 40 over the ministry's 12), the few figures just above it are tried too,
  and one that words or one source say replaced it ("rose to 15" a day later) supersedes
  it: the dispute is then between the 15 and the 40, and ``best`` is 15.

Rising lower bounds ("more than 100", later "more than 300") overlap, as does a lower
bound and an exact figure above it: they are consistent. The search runs again among the
figures still standing until nothing changes, so a toll told three times supersedes both
early figures. Each finding carries its arithmetic as data (``Finding.arithmetic``: the
term tree of intersections and sums, the raised claims, the claims of another scope set
aside and why), renders it as its explanation, and lists its independent ``origins``:
claims repeating one long sentence word for word (wire copy) and the reporter's voice of
documents that credit a wire agency share one origin, and unnamed officials are told
apart by the relay or outlet that heard them. Named people of one event with one surname
are one person ("provincial governor Ilse Markov", "governor Ilse Markov", "Markov"), an
organization named shorter and longer is one ("the fire service", "the city's fire
service"; not "the ministry" beside two ministries), and
the reporter's voice giving the figure its report credits to a source, or to hearsay
("according to unconfirmed reports"), or to relatives, witnesses or residents ("Relatives
say fire killed 14" over "relatives said 14 died"; not a hedge of the act, "allegedly shot") (a headline's "Bus
crash kills 14" over "killing 14, the governor said") is that source: two outlets quoting
one person are one claim-giver.

Flags set on every claim: ``unattributed`` (attribution kind none or vague),
``single_source`` (one origin alone speaks about the slot), ``corroborated`` (a claim of
another, independent origin agrees), ``contested`` (part of an unresolved conflict),
``superseded`` (an early figure a later report replaced).

Estimates per event follow UCDP's low / best / high for each casualty measure over all
people; the rule for ``best`` is a policy:

=================  ==================================================================
policy             best
=================  ==================================================================
``consensus``      the consensus's exact figure, else its low end; beside an estimate of
                   the whole toll the highest count; on an evolving slot
                   the latest figure of the most authoritative origin; on conflict
                   the figure that the most independent origins allow, then the most
                   authoritative, latest one (of one day, a toll its words update
                   before a bare figure), a party's own toll of its attack last
                   and an upper bound ("fewer than 100") read as its high end (default)
``latest``         the figure of the latest report, most authoritative first on ties
``conservative``   the lowest figure any claim allows (ACLED-style)
=================  ==================================================================

A source counting the fighters it says it, or its forces, killed ("the army said its
troops killed 80 militants") speaks as a party, whatever kind its attribution reads; when
every figure of such a slot is that claim (or its report's retelling) and the event has an
independent count of people, the claim is set aside for ``low`` and ``best`` and only
raises ``high``; it is also a floor of the people's toll (those fighters are the victims
of its strike), so beside local officials' 25 dead the people's toll is ``conflicting``
and the estimate 25, 25, open (the army's account allows 80 or more).

When a slot of people holds counts below an estimate of the whole toll ("1,200 confirmed
dead" beside aid agencies' "about 5,000"), its ``low`` is the highest count, and under
``consensus`` so is ``best``; the estimate's range gives ``high``. That is what a data
desk reports: the dead counted so far, with the estimate as how high the toll may go;
the finding's consensus still intersects both (the count is a lower bound the estimate
satisfies).

A casualty measure no claim gives is "not reported": absent when the event's claims imply
it (people treated or evacuated beyond the dead were hurt; missing people may be dead),
else low 0, best 0 and no high end, with a rule that says so. Only a claim gives an exact
zero ("no one was hurt"). ``absent_as_zero=True`` keeps the older 0..0.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import operator
import re
import sys
import types
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TypeVar

import attrs
from attrs import frozen
from rapidfuzz import fuzz

from claimrec import _checks
from claimrec._quantity import REJECTED_EARLY, adds_to_earlier, sets_apart
from claimrec.kinds import TAXONOMY
from claimrec.model import (
    Arithmetic,
    Claim,
    CountClaim,
    Document,
    Finding,
    Quantity,
    ResponsibilityClaim,
    Term,
)

__all__ = ["CASUALTY_MEASURES", "POLICIES", "Estimate", "Resolution", "authority", "resolve"]

#: Policies for an estimate's ``best`` figure (see the module docstring).
POLICIES: Final = ("consensus", "latest", "conservative")
#: Measures that get low / best / high estimates per event.
CASUALTY_MEASURES: Final = ("killed", "injured")
#: Groups that count things, not people: never part of casualty estimates.
_NOT_PEOPLE: Final = frozenset({"munition"})
#: How much weight each attribution kind carries when reports disagree.
_AUTHORITY: Final = {
    "organization": 4,
    "named_person": 4,
    "anonymous_official": 3,
    "media": 2,
    "party": 2,
    "none": 1,
    "vague": 0,
}
_FAR_FUTURE: Final = dt.date.max
#: Words that count one rather than describe one ("one person", not "a man").
_COUNTED_ONE: Final = frozenset({"1", "one", "a single", "single", "only one", "just one"})
#: Items kept per group when looking for conflicts (a sum item may share claims with a part).
_KEEP: Final = 4
#: Claims each claim of a conflicting slot is compared with when looking for corroboration.
_MAX_COMPARED: Final = 256
#: Between two counts of one sentence: they name disjoint people ("three men and one woman").
_CONJOINED: Final = re.compile(r"\b(?:and|plus|while|as well as|along with)\b|,|;")
#: The second count names people besides the first ("four other people", "two more").
_OTHERS: Final = re.compile(r"\b(?:others?|another|additional|more|remaining)\b", re.IGNORECASE)
#: Between two counts: the second is part of the first ("one of six", "including two").
_SUBSET: Final = re.compile(
    r"\b(?:of|including|includes|included|among them|among whom|of whom|of them)\s*$"
    r"|\b(?:including|among them|of whom)\b",
    re.IGNORECASE,
)
#: Words that present the counts after them as some of a larger number ("including").
_INTRODUCES_PART: Final = re.compile(
    r"\b(?:including|includes|included|among them|among whom|among those|of whom|of them"
    r"|such as)(?:\s+[a-z]+){0,3}\s*$",
    re.IGNORECASE,
)
#: A subject that counts some of a group named as a whole ("two of the suspects", "three
#: more of the wounded"); "all", "both", "each" and "none" count the whole or nobody.
_PARTITIVE: Final = re.compile(
    r"(?!\s*(?:all|both|each|none|neither)\b)\s*[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:more\s+)?of\s+"
    r"(?:the|them|those|these|whom|which)\b",
    re.IGNORECASE,
)
#: A partitive group that a measure defines: "of the wounded", "of the people injured".
_OF_VICTIMS: Final = re.compile(
    r"\bof\s+(?:the|those|them)\s+(?:(?!(?:were|was|are|is|been|have|has|had|who|that)\b)"
    r"[a-z-]+\s+){0,2}?(?:wounded|injured|hurt|dead|killed"
    r"|victims?|casualties|shot|arrested|detained|hospitali[sz]ed|treated|missing|evacuated)\b",
    re.IGNORECASE,
)
#: Characters before a subgroup count searched for such words.
_PART_WINDOW: Final = 60
_SAME_ACTOR: Final = 80.0
#: Attributions that name no organization, and the words of a source that are no name.
_NO_BODY: Final = frozenset({"none", "vague", "anonymous_official"})
_ROLE_WORDS: Final = re.compile(
    r"\b(?:a|an|the|its|spokes(?:man|woman|person)|officials?|statement|press\s+office"
    r"|sources?)\b|[^\w\s]"
)
#: Times a slot's standing figures are searched again for changes (each pass is n log n).
_ROUNDS: Final = 8
#: Figures just above a low one tried for a change when its pair with the highest disputes.
_NEARER: Final = 4
#: Terms of one intersection written out in an explanation.
_SHOWN: Final = 6


@frozen
class Estimate:
    """
    An event's reconciled figure for one measure: UCDP-style low, best and high.

    >>> Estimate(2, 2, 9, rule="consensus low end")
    Estimate(low=2, best=2, high=9, rule='consensus low end')
    """

    low: int = attrs.field(validator=_checks.non_negative_int())
    best: int = attrs.field(validator=_checks.non_negative_int())
    high: int | None = attrs.field(validator=_checks.non_negative_int(optional=True))
    rule: str = attrs.field(default="", validator=_checks.instance_of(str))


@frozen
class Resolution:
    """What ``resolve`` returns: findings, the claims with their flags, and estimates."""

    findings: tuple[Finding, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Finding)
    )
    claims: tuple[Claim, ...] = attrs.field(
        converter=_checks.to_tuple, validator=_checks.tuple_of(Claim)
    )
    estimates: Mapping[str, Mapping[str, Estimate]] = attrs.field(
        validator=_checks.instance_of(Mapping)
    )


def authority(claim: Claim) -> int:
    """
    Rank a claim's source when reports disagree.

    Institutions and named people rank above anonymous officials, media and parties,
    then the reporter's own voice, then vague hedges.

    >>> from claimrec.testing import count_claim
    >>> authority(count_claim(kind="organization")) > authority(count_claim(kind="vague"))
    True
    """
    return _AUTHORITY[claim.attribution.kind]


# ----------------------------------------------------------------------------- helpers


#: The group's parent in ``claimrec.kinds.TAXONOMY``; a group outside it is a root (None).
#: The mapping's own look-up: no Python call per question.
_parent: Final[Callable[[str], str | None]] = TAXONOMY.get


@functools.lru_cache(maxsize=4096)
def _chain(group: str) -> tuple[str, ...]:
    """The group and its ancestors, most specific first."""
    out = [group]
    seen = {group}
    p = _parent(group)
    while p is not None and p not in seen:
        out.append(p)
        seen.add(p)
        p = _parent(p)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _top(group: str) -> str:
    """The slot a group's claims fall into: its top ancestor below the ``people`` root (read once per group)."""
    chain = _chain(group)
    if len(chain) > 1 and chain[-1] == "people":
        return chain[-2]
    return chain[-1]


def _slot(claim: CountClaim) -> str:
    """
    The slot a count claim falls into: its group's top group below ``people``.

    Everyone a measure like ``arrested`` counts is a suspect, so there suspects and
    people share the ``people`` slot ("no arrests" of suspects, then "two men arrested").

    >>> from claimrec.testing import count_claim
    >>> _slot(count_claim(group="us.military")), _slot(count_claim(group="suspects"))
    ('us', 'suspects')
    >>> _slot(count_claim(measure="arrested", group="suspects"))
    'people'
    """
    top = _top(claim.group)
    if claim.measure in _SUSPECTS_ONLY and top == "suspects":
        return "people"
    return top


def _common_ancestor(groups: Iterable[str]) -> str:
    distinct = list(dict.fromkeys(groups))  # in order: the first group decides when none is common
    if len(distinct) == 1:  # most slots: one group, its own common ancestor
        return distinct[0]
    chains = [_chain(g) for g in distinct]
    first = chains[0]
    for candidate in first:
        if all(candidate in c for c in chains[1:]):
            return candidate
    return _top(first[0])


#: A claim's id, read in C (``_Item.ids`` reads it without a generator frame per claim).
_CLAIM_ID: Final = operator.attrgetter("id")
#: The resolver's own findings, arithmetic and terms, built without the checks user input
#: takes (every field given, in final form): several are built per claim.
_new: Final = _checks.new_unchecked
#: The first field of a key (a slot's event), read in C.
_FIRST: Final = operator.itemgetter(0)
#: A finding's place in the report: event, measure, group (read in C).
_FINDING_KEY: Final = operator.attrgetter("event", "measure", "group")
#: A claim's sentence, read in C.
_SENTENCE: Final = operator.attrgetter("sentence")
#: A claim's place in its document, then its id: text order.
_SPAN_ID: Final = operator.attrgetter("span", "id")
#: Attribution kinds no identifiable source stands behind.
_UNATTRIBUTED: Final = frozenset({"none", "vague"})


@frozen
class _Item:
    """One constraint on a slot's number: a claim, or subgroup claims of one sentence added up."""

    target: str
    quantity: Quantity
    claims: tuple[CountClaim, ...]
    label: str
    note: str = ""
    #: The ids of ``claims``, read once (a slot's search for changes asks many times). An
    #: item of one claim is given them (``frozenset((c.id,))``, built in C): no Python call.
    ids: frozenset[str] = attrs.field(
        default=attrs.Factory(lambda i: frozenset(map(_CLAIM_ID, i.claims)), takes_self=True),
    )


#: Wire agencies whose copy many outlets run: claims in their voice share one origin.
_WIRES: Final = (
    ("afp", r"AFP|Agence France[- ]Presse"),
    ("reuters", r"Reuters"),
    ("ap", r"AP|Associated Press"),
    ("dpa", r"dpa|DPA"),
    ("xinhua", r"Xinhua"),
    ("anadolu", r"Anadolu(?: Agency)?"),
    ("efe", r"EFE"),
    ("ansa", r"ANSA"),
    ("pti", r"PTI|Press Trust of India"),
    ("ani", r"ANI"),
    ("upi", r"UPI"),
    ("bernama", r"Bernama"),
    ("kyodo", r"Kyodo(?: News)?"),
    ("yonhap", r"Yonhap"),
    ("tass", r"TASS|Tass"),
    ("irna", r"IRNA"),
)
#: A credit line that says a story is a wire agency's copy: "(AFP) —", "— Reuters", "By AP".
_WIRE_CREDIT: Final = re.compile(
    r"\((?P<a>[^()\n]{2,30})\)\s*[-–—:]"
    r"|^[ \t]*(?:[-–—][ \t]*)?(?:By[ \t]+)?(?P<b>[A-Z][A-Za-z .-]{1,28}?)[ \t]*$"
    r"|[-–—][ \t]*(?P<c>[A-Z][A-Za-z .-]{1,28}?)[ \t]*$",
    re.MULTILINE,
)
_WIRE_NAMES: Final = tuple((key, re.compile(rf"(?:{pattern})\Z")) for key, pattern in _WIRES)
#: Any wire agency's name: a window without one credits no wire (looked for before the credit).
_WIRE_ANY: Final = re.compile("|".join(pattern for _, pattern in _WIRES))
#: Characters a sentence needs before two copies of it are taken for one wire story.
_SAME_WORDS: Final = 40
#: Characters of a document's head and tail searched for a wire credit.
_CREDIT_WINDOW: Final = 400
#: Characters around a claim's number read for time cues: "raising the death toll from
#: Sunday's flash floods in the northern valley to 41" puts its cue far before the figure.
_CUE_BEFORE: Final = 100
_CUE_AFTER: Final = 40
#: Where the words around a figure stop being its own: a sentence break before it, and a
#: sentence or clause break after it (compiled once: ``re.split`` with a string costs two
#: Python calls per use, and the resolver reads about one window per claim).
_BREAK_BEFORE: Final = re.compile(r"[.!?]\s|\n")
_BREAK_AFTER: Final = re.compile(r"[.!?,;]\s|\n")
_BREAK_SENTENCE: Final = re.compile(r"[.!?;]\s|\n")
_SENTENCE_END: Final = re.compile(r"[.!?]\s")
#: A figure said to be an early one ("initially", "earlier", "up from").
_EARLY: Final = re.compile(
    r"\b(?:initial(?:ly)?|earlier|at first|first reports?|preliminary|previous(?:ly)?"
    r"|original(?:ly)?|had (?:earlier )?(?:said|put|reported|given))\b",
    re.IGNORECASE,
)
_EARLY_AT: Final = re.compile(
    r"\b(?:(?:up|down)\s+from\s+(?:the|an?)\s+(?:(?:earlier|previous|initial|first|original)\s+)?"
    r"(?:(?:toll|figure|count|tally|number)\s+of\s+)?|(?:up|down)?\s*from\s*)$",
    re.IGNORECASE,
)
#: A figure said to be a later one ("now", "latest", "rose to", "revised").
_LATE: Final = re.compile(
    r"\b(?:now|latest|new (?:toll|figures?|count|tally)|updated?|final"
    r"|r(?:ise[sn]?|ose|ising)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:es|ed|ing)"
    r"|mount(?:s|ed|ing)|gr(?:ows?|ew|own|owing)|rais(?:es|ed|ing)|bring(?:s|ing)|brought"
    r"|revis(?:es|ed|ing)|since|subsequently|reach(?:es|ed|ing)|swell(?:s|ed|ing)|soar(?:s|ed|ing)"
    r"|(?:tak(?:es|ing)|took|push(?:es|ed|ing)|lift(?:s|ed|ing))\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:toll|total|tally|count|number))\b"
    r"|\b(?:toll|tally|number)\s+of\s+[^.;:]{0,60}?\bto\s*$",
    re.IGNORECASE,
)
#: A finite verb of a count that went up ("has risen", "rose", "climbs"): no participle,
#: which describes ("rising waters", "mounting anger") rather than reports a change.
_ROSE_VERB: Final = (
    r"(?:(?:has|have|had)\s+)?(?:r(?:ose|isen|ises?)|climb(?:s|ed)?|jump(?:s|ed)"
    r"|increas(?:es|ed)|gr(?:ew|own|ows)|swell(?:s|ed)|soar(?:s|ed)|mount(?:s|ed))"
)
#: The words that name a count of a measure in a report saying it rose: a noun after
#: "number of" ("the number of injured"), or a toll ("the death toll", "the injury toll").
_ROSE_NOUNS: Final = {
    "killed": (
        r"(?:dead|deaths|killed|fatalities|victims|bodies)",
        r"(?<!injury\s)(?:death\s+)?toll",
    ),
    "injured": (r"(?:injured|wounded|hurt|injuries|casualties)", r"(?:injury|casualty)\s+toll"),
    "missing": (r"missing", r"number\s+missing"),
}
#: A report saying a count of its measure went up, anywhere in its headline or text: "the
#: number of injured in the quake has risen", "Quake injured rises to 34", "the death toll
#: climbed"; a count's own words ("rose to 34") are read apart (``_LATE``).
_ROSE_OF: Final = {
    measure: re.compile(
        rf"\b(?:(?:number|count|tally|total)\s+of\s+(?:[\w'-]+\s+){{0,2}}?{noun}|{toll})\b"
        rf"(?:\s+[\w'-]+){{0,6}}?\s+{_ROSE_VERB}\b|\b{noun}\s+{_ROSE_VERB}\s+to\b",
        re.IGNORECASE,
    )
    for measure, (noun, toll) in _ROSE_NOUNS.items()
}
#: A figure set against an earlier one further on in its sentence: "19 people were killed
#: in the bombing, not 23 as first reported" (the 19 is the correction, not an early figure).
_NOT_AS_FIRST: Final = re.compile(r"[^.;!?]{0,100}?,\s*" + REJECTED_EARLY, re.IGNORECASE)
_NOT_AS_FIRST_CHARS: Final = 180
#: A sentence that tells of deaths after the event: "later died", "died of his injuries".
_DIED_LATER: Final = re.compile(
    r"\b(?:later|since|subsequently|afterwards)\s+died\b"
    r"|\bdied\s+(?:later|since|overnight|subsequently|afterwards)\b"
    r"|\bdied\s+(?:of|from)\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)\b"
    r"|\bsuccumb(?:ed|s|ing)\b",
    re.IGNORECASE,
)
#: Words that say some of the wounded died ("two of the injured died", "one of the wounded
#: later died"); bounded, no nested repeats.
_WOUNDED_DIED: Final = re.compile(
    r"\bof\s+(?:the|those)\s+(?:\w+\s+){0,2}(?:injured|wounded|hurt)\b[^.;]{0,60}?\b(?:died|succumbed)\b",
    re.IGNORECASE,
)
#: A sentence that says an earlier figure was corrected downward, or withdrawn ("retracted
#: its earlier figure of 60", "withdrew the toll it gave"; not "troops withdrew").
_REVISED: Final = re.compile(
    r"\b(?:revis(?:ed|ing|ion)|correct(?:ed|ion)|lowered|downgraded|double[- ]count\w*"
    r"|counted twice|overstated|retract(?:s|ed|ing|ion)?)\b"
    r"|\bwithdr(?:ew|aws?|awn|awing)\s+(?:(?:its|their|his|her|the|an?)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:figures?|toll|tally|count|estimate|statement)\b"
    r"|\b" + REJECTED_EARLY,  # "19 were killed, not 23 as first reported"
    re.IGNORECASE,
)
#: Words at or after a figure that count those still in a state ("were still being treated",
#: "remain in hospital", "are still in custody").
_STILL: Final = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?|continu(?:e|es|ed|ing) to be)\b", re.IGNORECASE
)
#: The same words before it ("there are still 12 people in hospital").
_STILL_BEFORE: Final = re.compile(r"\b(?:still|remain(?:s|ed|ing)?)\s*$", re.IGNORECASE)
#: A sentence that sets a figure against another ("rejected the ministry's toll", "a figure
#: the army disputed"): such a figure disputes, it does not update. Only near a word for a
#: figure: "the dispute that led to the shooting" is a quarrel.
_DISPUTED: Final = re.compile(
    r"\b(?:disput|contest|reject|dismiss|den[iy]|contradict|exaggerat|inflat)[a-z]*\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:figures?|toll|tally|count|numbers?|claims?|reports?|account)\b"
    r"|\b(?:figures?|toll|tally|count|numbers?|claims?)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:disput|contest|reject|dismiss|den[iy]|contradict|exaggerat|inflat)[a-z]*",
    re.IGNORECASE,
)
#: Another side denying a party's claim, told after it: a figure disputed ("the army
#: denied the claim", "dismissed the figures as propaganda") or the loss itself ("denied
#: losing any soldiers", "denies that it suffered any casualties").
_DENIED_AFTER: Final = re.compile(
    rf"{_DISPUTED.pattern}"
    r"|\bden(?:ied|ies|y|ying)\s+(?:that\s+)?(?:(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)?"
    r"(?:losing|lost|losses|suffering|suffered|any\s+(?:casualties|losses|deaths|dead))\b",
    re.IGNORECASE,
)
#: "Now" in a count's own words or right after them: "34 people are now known to have been
#: injured", "the dead now number 40", "12 have now died".
_NOW_AFTER: Final = re.compile(
    r"\b(?:(?:are|is|were|have|has|had)\s+now|now\s+(?:numbers?|stands?|totals?))\b",
    re.IGNORECASE,
)
#: A sentence saying its count may still go up: "the toll was likely to rise", "officials
#: feared the number of dead would climb", "the toll could rise".
_MAY_RISE: Final = re.compile(
    r"\b(?:toll|number|figure|count|tally)\b(?:\s+[\w'-]+){0,6}?\s+(?:(?:is|was|were|are)\s+)?"
    r"(?:(?:likely|expected|feared|set)\s+to|could|may|might|would|will)\s+(?:still\s+)?"
    r"(?:rise|climb|increase|grow)\b",
    re.IGNORECASE,
)
#: Characters after a party's figure read for another side's denial (the next sentence or two).
_DENIAL_AFTER: Final = 240
#: A clause that describes the event by its toll: "the floods, which killed", "that left".
_RECAP: Final = re.compile(r"\b(?:which|that|in which)\s+(?:[\w'-]+\s+){0,4}?$", re.IGNORECASE)
#: A count limited to one place of a wider event, told before it: "In the town of X alone, 37".
_ALONE_BEFORE: Final = re.compile(
    r"\b(?:in|at|from|across|within)\s+(?:[\w'-]+\s+){1,6}?alone\b[\s,]*$", re.IGNORECASE
)
#: The same told after it: "37 people died in the town of X alone".
_ALONE_AFTER: Final = re.compile(
    r"\s*(?:[\w'-]+\s+){0,4}?(?:in|at|from|across|within)\s+(?:[\w'-]+\s+){1,6}?alone\b",
    re.IGNORECASE,
)
#: People who tell what they saw or lost ("relatives of the patients", "witnesses",
#: "residents"): no authority, but a side of a dispute over a toll all the same.
_WITNESS_WORDS: Final = (
    r"(?:eye)?witness(?:es)?|residents?|relatives?|famil(?:y|ies)|survivors?|locals"
    r"|villagers|neighbou?rs?"
)
_WITNESSES: Final = re.compile(rf"\b(?:{_WITNESS_WORDS})\b", re.IGNORECASE)
#: A hedge that names hearsay as the source of a figure ("unconfirmed reports", "other
#: estimates", "it was said to") or witnesses (``_WITNESS_WORDS``): a headline giving its
#: figure relays it. A hedge of the act ("allegedly shot five") says nothing of where the
#: count came from.
_HEARSAY: Final = re.compile(
    rf"\b(?:reports?|reported|estimates?|said\s+to|believed|rumou?rs?|{_WITNESS_WORDS})\b",
    re.IGNORECASE,
)
#: The capitalized words of a hospital's name just before its word ("Central", "St Anne's").
_HOSPITAL_NAME: Final = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}$")
#: Units a country or region is divided into: a count told of one is some of a wider toll.
_SUBDIVISION: Final = (
    r"(?:province|district|county|state|region|prefecture|governorate|department"
    r"|municipality|oblast|canton)"
)
_SUBDIVISION_WORD: Final = re.compile(r"\b" + _SUBDIVISION + r"\b", re.IGNORECASE)
#: A clause that opens on one subdivision and names it: "In Gorsk province, 70 died",
#: "In the district of Belun, 30 people died", "In neighbouring Dulan province," (after a
#: dateline too). Group ``of`` or the last word of ``name`` is its name; the count
#: follows the comma.
_IN_SUBDIVISION: Final = re.compile(
    r"(?:^|[—–]\s*|\s-\s+)[Ii]n\s+(?:the\s+)?(?:"
    r"(?:[a-z][\w'’-]*\s+){0,2}" + _SUBDIVISION + r"\s+of\s+(?P<of>[A-Z][\w'’-]*)"
    r"(?:\s+[A-Z][\w'’-]*)?"
    r"|(?:[\w'’-]+\s+){0,2}?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+" + _SUBDIVISION + r")"
    r",\s*"
)
#: Between that comma and the figure: a few words of one clause ("the floods killed"),
#: not another clause or a toll ("rescuers searched as the national toll rose to").
_SAME_CLAUSE: Final = re.compile(r"(?:(?:[\w'’-]+)\s+){0,5}", re.IGNORECASE)
_NOT_SAME_CLAUSE: Final = re.compile(r"[,;:]|\b(?:toll|tally|total|nationwide|overall)\b")
#: The dead counted so far, told around the figure: "1,200 people were confirmed dead",
#: "23 bodies had been recovered", "recovered 27 bodies". Confirmation and recovery lag
#: the toll.
_SO_FAR_AFTER: Final = re.compile(
    r"\b(?:recovered|retrieved|pulled\s+out|found)\s+(?:the\s+)?(?:\S+\s+){1,3}?bodies\b"
    r"|\b(?:confirmed\s+(?:dead|killed|deaths?|fatalities)"
    r"|bodies\s+(?:(?:were|have|had)\s+)?(?:been\s+)?(?:recovered|retrieved|pulled|found))\b",
    re.IGNORECASE,
)
#: Words a sentence needs before the finer patterns above and below are tried, looked for
#: once per sentence as plain substrings of its lower case (cheaper than a pattern): each
#: entry is one bit of ``_Context.marks``.
_MARKS: Final = (
    ("alone",),
    ("confirmed", "bodies", "remains"),
    ("estimat", "could", "feared"),
    ("which", "that"),
    ("hospital", "clinic", "infirmary", "medical cent", "morgue", "mortuary"),
)
_MARK_ALONE, _MARK_SO_FAR, _MARK_ESTIMATE, _MARK_RECAP, _MARK_HOSPITAL = 1, 2, 4, 8, 16
#: Before a figure, one hospital (or morgue) that received it: "St Luke's hospital in
#: Corran received 12", "the city's military hospital took in nine", "the morgue received
#: the bodies of 14", a headline's "hospital receives 14 dead". Those are the people
#: brought to one place, some of the toll; a hospital that says a toll is a source, and so
#: is its staff speaking ("hospital staff said they had treated 12").
_ONE_HOSPITAL: Final = re.compile(
    r"\b(?:hospital|clinic|infirmary|medical\s+cent(?:er|re)|morgue|mortuary)\s+"
    r"(?:(?!(?:said|says|say|told|reported|added|stated)\b)[\w'’-]+\s+){0,5}?"
    r"(?:(?:has|had)\s+(?:received|admitted|taken\s+in|treated)|received|admitted|took\s+in"
    r"|receives|admits|takes\s+in|(?:was|is)\s+treating|treated)\s+"
    r"(?:the\s+(?:bodies|remains)\s+of\s+)?(?:(?:at\s+least|about|around|some)\s+)?$",
    re.IGNORECASE,
)
#: The words of ``_MARKS`` with their bits, flat: one loop, no generator per bit.
_MARK_WORDS: Final = tuple((w, 1 << bit) for bit, words in enumerate(_MARKS) for w in words)
#: Any word of ``_MARKS``: one scan tells the sentences that hold none (the bits are then 0).
_ANY_MARK: Final = re.compile("|".join(re.escape(w) for w, _ in _MARK_WORDS))
#: A sentence that gives a figure as an estimate of the whole toll, not a count.
_ESTIMATE: Final = re.compile(
    r"\b(?:estimat\w*|could\s+(?:reach|exceed|top|rise\s+to|climb\s+to)|feared\s+dead)\b",
    re.IGNORECASE,
)
#: The toll named between words of bodies found and the figure after them.
_TOLL_NAMED: Final = re.compile(r"\btoll\b", re.IGNORECASE)
#: The same told before it: "the confirmed death toll stood at", "recovered the bodies of".
_SO_FAR_BEFORE: Final = re.compile(
    r"\bconfirmed\s+(?:death\s+toll|toll|dead|deaths|fatalities)\b[^.;:]{0,30}$"
    r"|\b(?:recovered|retrieved|pulled\s+out|found)\s+(?:the\s+)?(?:bodies|remains)\s+of"
    r"\s+(?:at\s+least\s+|another\s+)?$",
    re.IGNORECASE,
)
#: Characters after a figure read for a place it is limited to.
_ALONE_AFTER_CHARS: Final = 90
#: Voices whose later, higher figure without words of an update disputes, not updates: a
#: hedge, and a party to the conflict speaking of its own attack.
_SELF_SERVING: Final = frozenset({"vague", "party"})
#: Attribution kinds that name who stands behind a figure.
_NAMED_KINDS: Final = frozenset({"organization", "named_person", "media", "party"})
#: Measures whose count grows or shrinks as a matter of course (people found, arrests made).
_ACCUMULATING: Final = frozenset({"arrested", "missing", "evacuated", "treated", "rescued"})
#: Measures that count only suspects: their ``suspects`` and ``people`` claims share a slot.
_SUSPECTS_ONLY: Final = frozenset({"arrested"})
#: Counts that news reports raise as a story goes on: tolls, arrests, treatment, rescues,
#: and the surveys of homes destroyed or damaged and of people affected. Counts of things
#: fired or heard (rockets, blasts) are fixed by the event and do not rise.
_RISING: Final = frozenset(
    {
        "killed",
        "injured",
        "arrested",
        "evacuated",
        "treated",
        "rescued",
        "destroyed",
        "damaged",
        "affected",
    }
)


def _wire(text: str) -> str | None:
    r"""
    The wire agency a document credits as its source, if any.

    >>> _wire("KABUL (AFP) — Eight people were killed.")
    'afp'
    >>> _wire("Eight people were killed.\n\n— Reuters")
    'reuters'
    >>> _wire("Eight people were killed, AP reported.") is None
    True
    """
    head = text[:_CREDIT_WINDOW]
    # a short text is its own head and tail: read once
    windows = (head,) if len(text) <= _CREDIT_WINDOW else (head, text[-_CREDIT_WINDOW:])
    for window in windows:
        if _WIRE_ANY.search(window) is None:
            continue
        for m in _WIRE_CREDIT.finditer(window):
            name = (m.group("a") or m.group("b") or m.group("c") or "").strip()
            for key, pattern in _WIRE_NAMES:
                if pattern.match(name):
                    return key
    return None


#: Words after a surname that are no name ("Adam Bourgeois Jr").
_NAME_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: The words of a name: a letter, then letters, digits, apostrophes and hyphens.
_NAME_WORDS: Final = re.compile(r"[^\W\d_][\w'’-]*")


def _surname(claim: Claim) -> str:
    """
    A named person's surname, lower-cased: the last capitalized word of the source.

    >>> from claimrec.testing import count_claim
    >>> _surname(count_claim(kind="named_person", source="provincial governor Ilse Markov"))
    'markov'
    >>> _surname(count_claim(kind="named_person", source="Judge Adam Bourgeois Jr."))
    'bourgeois'
    >>> _surname(count_claim(kind="organization", source="the Markov Institute"))
    ''
    """
    att = claim.attribution
    name = att.chain[-1] if att.chain else att.source
    if att.kind != "named_person" or not name:
        return ""
    words: list[str] = _NAME_WORDS.findall(name)
    while words and words[-1].lower() in _NAME_SUFFIXES:
        words.pop()
    if not words or not words[-1][:1].isupper():
        return ""
    return words[-1].lower()


#: The words of an organization's name, without a possessive ("the city's" is "city").
_BODY_WORDS: Final = re.compile(r"[^\W_]+")
#: Words of an organization's name that name nothing of it.
_NOT_NAMES: Final = frozenset({"in", "of", "for", "and", "on", "at", "s"})
#: Organizations of one event compared name by name; more are left as they are.
_MAX_BODIES: Final = 64


def _widest_names(names: Mapping[str, frozenset[str]]) -> dict[str, str]:
    """
    Each organization name inside exactly one widest name of the event: that name.

    Names of the same words ("an army spokesman", "the army") are one name, the longest.

    >>> _widest_names({"fire service": frozenset({"fire", "service"}),
    ...                "the city's fire service": frozenset({"city", "fire", "service"})})
    {'fire service': "the city's fire service"}
    >>> _widest_names({"ministry": frozenset({"ministry"}),
    ...                "health ministry": frozenset({"health", "ministry"}),
    ...                "interior ministry": frozenset({"interior", "ministry"})})
    {}
    >>> _widest_names({"the army": frozenset({"army"}), "an army spokesman": frozenset({"army"})})
    {'the army': 'an army spokesman'}
    """
    if len(names) > _MAX_BODIES:
        return {}
    longest: dict[frozenset[str], str] = {}
    for name, words in names.items():
        if words not in longest or (len(name), name) > (len(longest[words]), longest[words]):
            longest[words] = name
    out: dict[str, str] = {}
    for name, words in sorted(names.items()):
        wider = [more for more in longest if words < more]
        widest = [w for w in wider if not any(w < o for o in wider)]
        if len(widest) == 1:
            out[name] = longest[widest[0]]
        elif not wider and longest[words] != name:
            out[name] = longest[words]
    return out


_T = TypeVar("_T")
#: A document whose wire credit is not read yet (``None`` is a read: no credit).
_UNREAD: Final = "\0unread"


class _Context:
    """Per-run lookups: document dates, wire credits, origins and time cues."""

    def __init__(
        self,
        documents: Sequence[Document],
        claims: Sequence[Claim] = (),
        claim_event: Mapping[str, str | None] | None = None,
    ) -> None:
        self.docs = {d.id: d for d in documents}
        #: Each document's ``date`` (its publication date, else unknown), one look-up a question.
        self._days: dict[str, dt.date] = {
            d.id: _FAR_FUTURE if d.published is None else d.published for d in documents
        }
        #: A document's text by its id (None when unknown): the dict's own look-up, no
        #: Python call per question (the resolver asks several times per claim).
        self.text: Callable[[str], str | None] = {d.id: d.text for d in documents}.get
        self._wires: dict[str, str | None] = {}
        #: Each document's outlet and wire credit (``_outlet``), read once per document.
        self._outlets: dict[str, tuple[str, str | None]] = {}
        self._origins: dict[str, str] = {}
        #: The reporter's claims that take the origin of their report's source: its kind.
        self._lent: dict[str, str] = {}
        self._cues: dict[str, int] = {}
        #: The words before and after each claim's figure (``_window``), read once per event.
        self._windows: dict[str, tuple[str, str, str]] = {}
        self._says: dict[tuple[re.Pattern[str], str], bool] = {}
        self._marked: dict[str, int] = {}
        #: The words of a report saying a count of a measure rose, by report and measure.
        self._rose: dict[tuple[str, str], str] = {}
        #: The same, or "now" in a count's own words (``rose_words``), by claim id.
        self._rose_words: dict[str, str] = {}
        #: Claims that retell a figure first reported on an earlier day: that day.
        self.retold: dict[str, dt.date] = {}
        #: One object for equal values the results repeat (origins, estimates), this run.
        self._kept: dict[Any, Any] = {}
        #: ``share`` as the dict's own method, for the per-slot sites: ``keep(v, v)``, no Python call.
        self.keep: Callable[[Any, Any], Any] = self._kept.setdefault
        self._claims = claims
        #: Each document's counts as (start, measure), in text order; built when first read.
        self._counts: dict[str, list[tuple[int, str]]] | None = None
        #: Each document's counts as (start, end, measure), in text order; built when first read.
        self._ends: dict[str, list[tuple[int, int, str]]] | None = None
        #: The body's counts its words make lower bounds, by (document, measure, low, high).
        self._bounded: dict[tuple[str, str, int, int | None], str] | None = None
        self._event_of: Mapping[str, str | None] = claim_event or {}
        #: Each event's counts of the dead (``tolls``); built when first read.
        self._tolls: defaultdict[str | None, list[CountClaim]] | None = None
        #: The sentences of each event's counts, by (event, measure); built when first read.
        self._told: dict[tuple[str | None, str], dict[str, None]] | None = None
        #: Whether a sentence of (event, measure) does not name a subdivision, by both.
        self._wider: dict[tuple[tuple[str | None, str], str], bool] = {}
        #: Each sentence's subdivision named before a count and where its clause starts.
        self._subdivisions: dict[str, tuple[str, int] | None] = {}
        self._bind(claims, claim_event or {})

    def _bind(self, claims: Sequence[Claim], claim_event: Mapping[str, str | None]) -> None:
        """
        Claims of one event that repeat one sentence word for word share its origin.

        That is how wire copy looks when outlets run it unchanged; short sentences
        ("Five people died.") may repeat by chance and keep their own origins.
        """
        first: dict[tuple[str | None, str, str], str] = {}
        # each distinct sentence normalised once (lower case, spaces collapsed: wire copies
        # run the same sentence; one long sentence may hold many claims), all in C
        sentences = dict.fromkeys(map(_SENTENCE, claims))
        normalised = map(" ".join, map(str.split, map(str.lower, sentences)))
        prints = dict(zip(sentences, normalised, strict=True))
        names: dict[str, str] = {}  # one string per origin: many claims share one
        for c in self._by_date(claims):
            own = self._own_origin(c)
            own = names.setdefault(own, own)
            words = prints[c.sentence]
            if len(words) < _SAME_WORDS:
                self._origins[c.id] = own
                continue
            key = (claim_event.get(c.id), words, c.attribution.kind)
            self._origins[c.id] = first.setdefault(key, own)
        self._one_person(claims, claim_event)
        self._one_organization(claims, claim_event)
        self._reporter_relays(claims)
        self._outlets.clear()  # read once per document while binding; not held through the run
        #: The claims in a party's voice (``voice``), for one subset test per item.
        lent = self._lent  # ``voice`` read inline: no call per claim
        # the kinds ``_partisan`` reads and the count ``_own_kills`` reads, tested inline
        # first: most claims are neither, and skip both calls
        self.party: frozenset[str] = frozenset(
            [
                c.id
                for c in claims
                if lent.get(c.id, c.attribution.kind) == "party"
                or (c.attribution.kind in _ROLE_KINDS and _partisan(c))
                or (isinstance(c, CountClaim) and c.group == "fighters" and _own_kills(c))
            ]
        )

    def _one_organization(
        self, claims: Sequence[Claim], claim_event: Mapping[str, str | None]
    ) -> None:
        """
        An organization of one event named shorter and longer is one claim-giver.

        "the fire service" and "the city's fire service", "the health ministry" and "the
        health ministry in Gaza": a name whose words all belong to one longer name of
        the event takes its origin. A name inside two names that are not one inside the
        other ("the ministry" beside the health and interior ministries) keeps its own.
        """
        bodies: dict[str | None, dict[str, frozenset[str]]] = defaultdict(dict)
        members: list[tuple[Claim, str | None, str]] = []
        named: dict[str, frozenset[str]] = {}  # an organization's words, read once per name
        for c in claims:
            if c.attribution.kind == "organization" and len(c.attribution.chain) < 2:
                origin = self._origins.get(c.id) or self._own_origin(c)
                event = claim_event.get(c.id)
                words = named.get(c.attribution.origin)  # ``_body`` reads only the name
                if words is None:
                    words = frozenset(_BODY_WORDS.findall(_body(c))) - _NOT_NAMES
                    named[c.attribution.origin] = words
                if words:
                    bodies[event].setdefault(origin, words)
                    members.append((c, event, origin))
        canonical = {event: _widest_names(names) for event, names in bodies.items()}
        for c, event, origin in members:
            widest = canonical[event].get(origin)
            if widest is not None:
                self._origins[c.id] = widest

    def _one_person(self, claims: Sequence[Claim], claim_event: Mapping[str, str | None]) -> None:
        """
        Named people of one event with one surname are one person, whatever their titles.

        "provincial governor Ilse Markov" in one report, "governor Ilse Markov" in another
        and "Markov" further down are one claim-giver: each takes the longest name's origin.
        """
        names: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        people: list[tuple[Claim, tuple[str | None, str]]] = []
        surnames: dict[str | None, str] = {}  # a name's surname, read once per name
        for c in claims:
            att = c.attribution
            if att.kind != "named_person":
                continue
            said = att.chain[-1] if att.chain else att.source  # the name ``_surname`` reads
            surname = surnames.get(said)
            if surname is None:
                surname = surnames[said] = _surname(c)
            if surname:
                key = (claim_event.get(c.id), surname)
                names[key].add(self._origins.get(c.id) or self._own_origin(c))
                people.append((c, key))
        for c, key in people:
            if len(names[key]) > 1:
                self._origins[c.id] = max(names[key], key=lambda n: (len(n), n))

    def _reporter_relays(self, claims: Sequence[Claim]) -> None:
        """
        The reporter's voice giving the figure its report credits to a source is that source.

        A headline "Bus crash kills 14" over "killing 14 passengers, the governor said":
        the 14 is the governor's, so two outlets relaying him are one origin, not three.
        The first source of the report (in text order) giving the same count, measure
        and group lends its origin (and "more than 40" lends it to a headline's 40); a
        figure no source of the report gives keeps its own.
        """
        sourced: dict[tuple[str, str, str, int, int | None], Claim] = {}
        counts = [c for c in claims if isinstance(c, CountClaim)]  # read once for both passes
        speaking = [
            c
            for c in counts
            if c.attribution.kind not in _UNATTRIBUTED
            or (c.attribution.kind == "vague" and _HEARSAY.search(c.attribution.source or ""))
        ]
        speaking.sort(key=_SPAN_ID)
        for c in speaking:
            q = c.quantity
            sourced.setdefault((c.document, c.measure, c.group, q.lower, q.upper), c)
            # unspecified victims take any group's figure
            sourced.setdefault((c.document, c.measure, "people", q.lower, q.upper), c)
            if q.upper is None and (floor := _floor_below(q)) is not None:
                sourced.setdefault((c.document, c.measure, c.group, floor, floor), c)
                sourced.setdefault((c.document, c.measure, "people", floor, floor), c)
        for own in counts if sourced else ():
            if own.attribution.kind == "none":
                q = own.quantity
                found = sourced.get((own.document, own.measure, own.group, q.lower, q.upper))
                if found is not None:
                    self._origins[own.id] = self.origin(found)
                    self._lent[own.id] = found.attribution.kind

    def voice(self, claim: Claim) -> str:
        """
        The attribution kind a claim speaks in: its own, or the source's it relays.

        A headline "Rebels say they killed 10 soldiers" over the group's own words is in
        the reporter's voice but gives the group's figure: ``party``.
        """
        return self._lent.get(claim.id, claim.attribution.kind)

    def named_origin(self, claim: Claim) -> str | None:
        """
        The origin of a claim a named source stands behind, directly or through a headline.

        Unnamed officials, hedges and the reporter's own figures have none: "officials"
        heard twice by one outlet may be other officials.
        """
        kind = self._lent.get(claim.id, claim.attribution.kind)
        if kind not in _NAMED_KINDS:
            return None
        return self._origins.get(claim.id) or self._own_origin(claim)  # ``origin``, read here

    def _by_date(self, claims: Sequence[Claim]) -> list[Claim]:
        """The claims ordered by ``date``, document and id, each key built without a call per claim."""
        days = {d.id: d.published for d in self.docs.values() if d.published is not None}
        keys = [
            (days.get(c.document, _FAR_FUTURE), c.document, c.id, i) for i, c in enumerate(claims)
        ]
        keys.sort()
        return [claims[k[3]] for k in keys]

    def forget(self) -> None:
        """
        Let go of the readings of one event's claims (cues, marks, sentence tests).

        They are pure functions of a claim and its document, kept only while an event's
        slots are resolved: a later question reads them again. So a run holds one
        event's readings at a time instead of every claim's.
        """
        self._cues.clear()
        self._says.clear()
        self._marked.clear()
        self._windows.clear()
        self._rose.clear()
        self._rose_words.clear()

    def share(self, value: _T) -> _T:
        """The run's one copy of *value* (a frozen value many findings repeat)."""
        return self._kept.setdefault(value, value)  # type: ignore[no-any-return]

    def date(self, claim: Claim) -> dt.date:
        """
        When the claim was reported: its document's publication date, else unknown.

        The event's date (``claim.mention.date``) says when the event happened, not
        when a figure was given: two reports of one event may read its day differently,
        and that must not order their figures (the claim path, which rebuilds documents
        without publication dates, then resolves as the article path does).
        """
        return self._days.get(claim.document, _FAR_FUTURE)

    def told(self, claim: Claim) -> dt.date:
        """When the claim's figure was first told: a retold figure's first day, else ``date``."""
        return self.retold.get(claim.id) or self._days.get(claim.document, _FAR_FUTURE)

    def wire(self, document: str) -> str | None:
        if document not in self._wires:
            text = self.text(document)
            self._wires[document] = _wire(text) if text else None
        return self._wires[document]

    def _own_origin(self, claim: Claim) -> str:
        att = claim.attribution
        found = self._outlets.get(claim.document)
        if found is None:
            found = self._outlets[claim.document] = self._outlet(claim.document)
        outlet, wire = found
        if att.kind in _UNATTRIBUTED:
            return f"wire:{wire}" if wire else f"{att.kind}:{outlet}"
        if att.kind == "anonymous_official":
            # Unnamed officials are told apart by who heard them: the relay, else the outlet.
            relay = att.chain[0].lower() if len(att.chain) > 1 else (wire or outlet)
            return f"{relay}:{att.origin}"
        return att.origin

    def _outlet(self, document: str) -> tuple[str, str | None]:
        """A document's outlet (lower case; its id when it names none) and wire credit."""
        doc = self.docs.get(document)
        outlet = (doc.outlet if doc is not None and doc.outlet else document).lower()
        wire = self._wires.get(document, _UNREAD)
        if wire is _UNREAD:
            wire = self.wire(document)
        return outlet, wire

    def origin(self, claim: Claim) -> str:
        """Who independently stands behind a claim; relays and wire copies of one source share it."""
        return self._origins.get(claim.id) or self._own_origin(claim)

    def origins(self, claims: Iterable[Claim]) -> set[str]:
        """The set of the claims' ``origin``: read from the run's map in C when all are bound."""
        found = set(map(self._origins.get, map(_CLAIM_ID, claims)))
        if None in found or "" in found:  # one not bound (or bound to nothing): one by one
            return {self.origin(c) for c in claims}
        return found  # type: ignore[return-value]  # None is not in it

    def origin_list(self, claims: Sequence[Claim]) -> list[str]:
        """Each claim's ``origin``, in order: read from the run's map in C when all are bound."""
        found = list(map(self._origins.get, map(_CLAIM_ID, claims)))
        if None in found or "" in found:  # one not bound (or bound to nothing): one by one
            return [self.origin(c) for c in claims]
        return found  # type: ignore[return-value]  # None is not in it

    def _window(self, claim: Claim) -> tuple[str, str, str]:
        """The words before the claim's figure, after it, and its sentence (read once per event)."""
        found = self._windows.get(claim.id)
        if found is None:
            found = self._windows[claim.id] = self._read_window(claim)
        return found

    def _read_window(self, claim: Claim) -> tuple[str, str, str]:
        text = self.text(claim.document)
        start, end = claim.span
        if text is None or end > len(text):
            return claim.sentence, "", claim.sentence
        if start == end and isinstance(claim, CountClaim):
            # a headline kept apart from the text has no span there: read its own words
            text, start, end = _in_sentence(claim)
        before = text[max(0, start - _CUE_BEFORE) : start]
        before = _BREAK_BEFORE.split(before)[-1]
        after = _BREAK_AFTER.split(text[end : end + _CUE_AFTER])[0]
        return before, after, claim.sentence

    def cue(self, claim: Claim) -> int:
        """0 when the words around the figure call it early, 2 when they call it later, else 1."""
        found = self._cues.get(claim.id)
        if found is None:
            found = self._cues[claim.id] = self._read_cue(claim)
        return found

    def _read_cue(self, claim: Claim) -> int:
        before, after, _ = self._window(claim)
        # every form of ``_EARLY_AT`` ends in "from": a window without it is read no further
        if "from" in before.lower() and _EARLY_AT.search(before):
            return 0
        early = [m.end() for m in _EARLY.finditer(before)]
        if early:
            # "corrected an earlier figure of 12, saying eight had died": the early word is
            # the 12's; a count of the measure before this one ends what is read as its words
            since = self._after_previous(claim, len(before))
            early = [at for at in early if at > since]
        late = [m.end() for m in _LATE.finditer(before)]
        if early or late:
            return 0 if max(early, default=-1) > max(late, default=-1) else 2
        if self.corrects(claim):
            return 2
        if claim.provisional or _EARLY.search(after):
            return 0
        if isinstance(claim, CountClaim) and self.died_later(claim):
            return 2
        return 1

    def died_later(self, claim: CountClaim) -> bool:
        """
        True when a count of the dead says they died after the event ("later died").

        "One of the wounded later died in hospital", "succumbed to his injuries": the
        toll moved after the first count of it, as a figure called later does.
        """
        return claim.measure == "killed" and self._sentence_says(_DIED_LATER, claim)

    def says_wounded_died(self, claim: CountClaim) -> bool:
        """True when a count of the dead says wounded people died ("two of the injured died")."""
        return self.died_later(claim) or self._sentence_says(_WOUNDED_DIED, claim)

    def tolls(self, claim: Claim) -> list[CountClaim]:
        """The counts of the dead (above zero) of the claim's event, read once per run."""
        if self._tolls is None:
            self._tolls = defaultdict(list)
            for c in self._claims:
                if not isinstance(c, CountClaim) or c.measure != "killed":
                    continue
                if c.scope == "event" and c.quantity.lower > 0:
                    self._tolls[self._event_of.get(c.id)].append(c)
        return self._tolls.get(self._event_of.get(claim.id), [])

    def _after_previous(self, claim: Claim, window: int) -> int:
        """
        Where, in the *window* characters before the claim, the previous count ends.

        Only a count of the claim's own measure in its document, in text order, is read;
        0 when none ends in the window (a headline kept apart has no span to read).
        """
        start = claim.span[0]
        if not isinstance(claim, CountClaim) or start >= claim.span[1]:
            return 0
        if self._ends is None:
            self._ends = _ends_by_document(self._claims)
        counts = self._ends.get(claim.document, [])
        found = 0
        # counts are short: one starting a window before the window ends before it
        for first, end, measure in reversed(counts[: bisect.bisect_left(counts, (start,))]):
            if first < start - 2 * window:
                break
            if measure == claim.measure and start - window <= end <= start:
                found = max(found, window - (start - end))
        return found

    def revised_from(self, claim: Claim) -> bool:
        """True when the figure is the earlier one of a revision ("up from 34", "from 12 to 14")."""
        found = self._windows.get(claim.id)
        if found is None:
            # the words before a figure in its text are some of the characters before it:
            # without "from" among those, no window is cut (most claims of a slot end here)
            text = self.text(claim.document)
            start, end = claim.span
            if (
                text is not None
                and start < end <= len(text)
                and "from" not in text[max(0, start - _CUE_BEFORE) : start].lower()
            ):
                return False
            found = self._window(claim)
        before = found[0]
        # every form of ``_EARLY_AT`` ends in "from": a window without it is read no further
        return "from" in before.lower() and _EARLY_AT.search(before) is not None

    def corrects(self, claim: Claim) -> bool:
        """True when the figure is set against an earlier one ("19 were killed, not 23 as first reported")."""
        text = self.text(claim.document)
        end = claim.span[1]
        if text is None or end > len(text):
            return False
        return _NOT_AS_FIRST.match(text, end, end + _NOT_AS_FIRST_CHARS) is not None

    def recap(self, claim: Claim) -> bool:
        """True when the figure sits in a clause that describes the event ("which killed 23")."""
        before, _, _ = self._window(claim)
        return bool(_RECAP.search(before)) and self.cue(claim) == 1

    def one_place(self, claim: Claim) -> bool:
        """True when the words around the figure limit it to one place ("in Sarnet alone")."""
        if not self.marks(claim) & _MARK_ALONE:
            return False
        before, _, _ = self._window(claim)
        if _ALONE_BEFORE.search(before):
            return True
        text = self.text(claim.document)
        end = claim.span[1]
        if text is None or end > len(text):
            return False
        after = _BREAK_SENTENCE.split(text[end : end + _ALONE_AFTER_CHARS])[0]
        return _ALONE_AFTER.match(after) is not None

    def one_subdivision(self, claim: CountClaim) -> bool:
        """
        True when the count is told of one province or district narrower than its event.

        "In Gorsk province, 70 people died" beside "the quake's toll rose to 130": the
        clause opens on one subdivision, and another count of the event's measure is
        told without naming it, so the event is wider than the province and the 70 some
        of its toll. When every count names it ("Floods in Gorsk province kill 70"), the
        province is the event's place and its count the whole.
        """
        found = self._subdivision(claim.sentence)
        if found is None:
            return False
        name, clause = found
        _, at, _ = _in_sentence(claim)
        between = claim.sentence[clause:at]
        if at < clause or _SAME_CLAUSE.fullmatch(between) is None:
            return False
        if _NOT_SAME_CLAUSE.search(between):
            return False
        if self._told is None:
            self._told = defaultdict(dict)
            for c in self._claims:
                if isinstance(c, CountClaim) and c.scope == "event":
                    self._told[(self._event_of.get(c.id), c.measure)][c.sentence] = None
        key = (self._event_of.get(claim.id), claim.measure)
        wider = self._wider.get((key, name))
        if wider is None:  # once per event, measure and subdivision: linear in the claims
            wider = any(name not in sentence for sentence in self._told.get(key, ()))
            self._wider[(key, name)] = wider
        return wider

    def subdivision_of(self, claim: CountClaim) -> tuple[str, str] | None:
        """
        The unit and name of the one province or district a count is told of.

        ("province", "Corvan") for "In Corvan province, 18 people died" of a wider
        event (``one_subdivision``); None for any other count.
        """
        if not self.one_subdivision(claim):
            return None
        name, clause = self._subdivision(claim.sentence) or ("", 0)
        units = _SUBDIVISION_WORD.findall(claim.sentence, 0, clause)
        return (units[-1].lower(), name) if units else None

    def _subdivision(self, sentence: str) -> tuple[str, int] | None:
        """The subdivision a sentence opens a clause on, and where that clause's words start."""
        if sentence not in self._subdivisions:
            found = _IN_SUBDIVISION.search(sentence) if "n " in sentence else None
            self._subdivisions[sentence] = (
                # "In Keshavar's Rumal province": the name is the word before the unit
                None if found is None else (found["of"] or found["name"].split()[-1], found.end())
            )
        return self._subdivisions[sentence]

    def hospital_name(self, claim: Claim) -> str:
        """
        The name of the one hospital that received the count ("Central", "St Anne's").

        Empty when the count is no hospital's, or the hospital is not named ("the city's
        military hospital took in nine").
        """
        if not self.marks(claim) & _MARK_HOSPITAL:
            return ""
        before, _, _ = self._window(claim)
        found = _ONE_HOSPITAL.search(before)
        if found is None:
            return ""
        name = _HOSPITAL_NAME.search(before, max(0, found.start() - 60), found.start())
        return "" if name is None else " ".join(name.group().split())

    def one_hospital(self, claim: Claim) -> bool:
        """True when the figure counts the people one hospital received ("took in nine")."""
        if not self.marks(claim) & _MARK_HOSPITAL:
            return False
        before, _, _ = self._window(claim)
        return _ONE_HOSPITAL.search(before) is not None

    def adds(self, claim: CountClaim) -> bool:
        """True when a count is an increment on a figure told elsewhere ("two more died")."""
        return adds_to_earlier(claim.subject) and not self.sets_apart(claim)

    def sets_apart(self, claim: CountClaim) -> bool:
        """True when "another" sets the claim's people apart (``_quantity.sets_apart``)."""
        return sets_apart(claim.subject, claim.measure, self._measures_before(claim))

    def _measures_before(self, claim: CountClaim) -> Iterator[str]:
        """The measures the claim's document counts before it (read when first asked)."""
        if self._counts is None:
            self._counts = _counts_by_document(self._claims)
        start = claim.span[0]
        yield from (m for at, m in self._counts.get(claim.document, ()) if at < start)

    def echoed_bound(self, claim: CountClaim) -> str:
        """
        Why a headline's count in the reporter's voice is a lower bound: its body's is one.

        "Floods kill 120 in Kessar province" over "In Kessar province alone, 120 people
        were killed" (or "In Kessar province, 120 died" of a wider event): a headline
        squeezes its body's words, so the same count of the same measure is read as the
        body reads it (one place, one province, one hospital; not the dead
        confirmed so far, which a toll "rose to nine after two more bodies were found"
        may name). So is a headline's bare figure its body tells as a floor above it:
        "Stampede kills 40" over "more than 40 people died" is no rival 40. Empty when the
        body gives no such count.
        """
        if claim.attribution.kind != "none" or not self.headline(claim):
            return ""
        if self._bounded is None:
            self._bounded = {}
            for c in self._claims:
                if not isinstance(c, CountClaim) or c.span[0] >= c.span[1]:
                    continue
                note = ""
                q = c.quantity
                if self.marks(c) and not self.headline(c):
                    note = _some_of_the_toll(c, self)
                if not note and "In " in c.sentence and self.one_subdivision(c):
                    note = _ONE_SUBDIVISION_NOTE  # "In Rumal province, 40 died"
                if note:
                    self._bounded.setdefault((c.document, c.measure, q.lower, q.upper), note)
                elif q.upper is None and (floor := _floor_below(q)) is not None:
                    self._bounded.setdefault((c.document, c.measure, floor, floor), _ABOVE_NOTE)
        q = claim.quantity
        return self._bounded.get((claim.document, claim.measure, q.lower, q.upper), "")

    def so_far(self, claim: Claim) -> bool:
        """True when the figure counts the dead confirmed or bodies recovered so far."""
        if not self.marks(claim) & _MARK_SO_FAR:
            return False
        before, after, _ = self._window(claim)
        if _SO_FAR_BEFORE.search(before):
            return True
        text = self.text(claim.document)
        start, end = claim.span
        words = text[start:end] if text is not None and start < end <= len(text) else ""
        found = _SO_FAR_AFTER.search(f"{before}{words}{after}")
        if found is None:
            return False
        # "found more bodies, bringing the death toll to 31": the figure is the toll
        return found.end() > len(before) or _TOLL_NAMED.search(before, found.end()) is None

    def estimated(self, claim: Claim) -> bool:
        """True when the claim's sentence gives its figure as an estimate ("estimated", "could reach")."""
        return bool(self.marks(claim) & _MARK_ESTIMATE) and self._sentence_says(_ESTIMATE, claim)

    def all_estimated(self, claims: Iterable[Claim]) -> bool:
        """Whether every claim is ``estimated``: one call for an item, its marks read from the run's map."""
        marked = self._marked
        for c in claims:
            found = marked.get(c.sentence)
            if found is None:
                found = self.marks(c)
            if not found & _MARK_ESTIMATE or not self._sentence_says(_ESTIMATE, c):
                return False
        return True

    def revised(self, claim: Claim) -> bool:
        """True when the claim's sentence says an earlier figure was corrected."""
        return self._sentence_says(_REVISED, claim)

    def remaining(self, claim: Claim) -> bool:
        """
        True when the words around the figure count those still in a state ("still in hospital").

        Twelve people "still being treated" two days after 40 were treated are some of
        the 40, not a lower count of them.
        """
        before, after, _ = self._window(claim)
        text = self.text(claim.document)
        start, end = claim.span
        words = text[start:end] if text is not None and end <= len(text) else ""
        return bool(_STILL.search(words + after) or _STILL_BEFORE.search(before))

    def disputed(self, claim: Claim) -> bool:
        """True when the claim's sentence sets it against another figure ("the army denied")."""
        return self._sentence_says(_DISPUTED, claim)

    def denial(self, claim: Claim) -> str:
        """
        The words denying a party's figure its report tells after it, or "".

        "The rebels said they killed 30 soldiers. The army denied the claim.": a claim
        another side denies is contested even where no count of that side is told.
        """
        text = self.text(claim.document)
        end = claim.span[1]
        if text is None or end > len(text) or claim.id not in self.party:
            return ""
        found = _DENIED_AFTER.search(text, end, end + _DENIAL_AFTER)
        return "" if found is None else found.group()

    def report_rose(self, claim: CountClaim) -> str:
        """
        The words of the claim's report saying the count of its measure went up, or "".

        "The number of injured in the quake has risen. Thirty-four people were hurt": the
        34 is a later figure, though no word beside it says so (``_ROSE_OF``). Read once
        per report and measure.
        """
        words = _ROSE_OF.get(claim.measure)
        if words is None:
            return ""
        key = (claim.document, claim.measure)
        found = self._rose.get(key)
        if found is None:
            doc = self.docs.get(claim.document)
            told = None if doc is None else words.search(f"{doc.title or ''}\n{doc.text}")
            found = self._rose[key] = "" if told is None else " ".join(told.group().split())
        return found

    def rose_words(self, claim: CountClaim) -> str:
        """
        The words saying the claim's count went up, or "".

        Its report's (``report_rose``), or "now" right after the figure ("34 people are
        now known to have been injured").
        """
        found = self._rose_words.get(claim.id)
        if found is not None:
            return found
        found = self.report_rose(claim)
        text = self.text(claim.document)
        start, end = claim.span
        if not found and text is not None and start < end <= len(text):
            now = _NOW_AFTER.search(text[start:end] + self._window(claim)[1])
            found = "" if now is None else " ".join(now.group().split())
        self._rose_words[claim.id] = found
        return found

    def may_rise(self, claim: Claim) -> bool:
        """True when the claim's sentence says its count may still rise ("the toll could rise")."""
        return self._sentence_says(_MAY_RISE, claim)

    def marks(self, claim: Claim) -> int:
        """The rare words of the claim's sentence (``_MARKS``), as bits, read once per sentence."""
        sentence = claim.sentence
        found = self._marked.get(sentence)
        if found is None:
            low = sentence.lower()
            found = 0
            for word, bit in _MARK_WORDS if _ANY_MARK.search(low) else ():
                if not found & bit and word in low:
                    found |= bit
            self._marked[sentence] = found
        return found

    def _sentence_says(self, words: re.Pattern[str], claim: Claim) -> bool:
        """Whether *words* occur in the claim's sentence (read once per sentence)."""
        key = (words, claim.sentence)
        if key not in self._says:
            self._says[key] = words.search(claim.sentence) is not None
        return self._says[key]

    def headline(self, claim: Claim) -> bool:
        """True when the claim's sentence is its document's title."""
        doc = self.docs.get(claim.document)
        return doc is not None and doc.title is not None and claim.sentence == doc.title.strip()

    def label(self, claim: Claim) -> str:
        att = claim.attribution
        who = att.source or ("reporter" if att.kind == "none" else att.kind)
        if len(att.chain) > 1:
            who = " via ".join(reversed(att.chain))
        return f"{who}, {claim.document}"


def _in_sentence(claim: CountClaim) -> tuple[str, int, int]:
    """The claim's sentence and where its figure's words are in it (its end when not found)."""
    sentence = claim.sentence
    words = claim.quantity.text
    at = sentence.rfind(words) if words else -1
    if at < 0:
        return sentence, len(sentence), len(sentence)
    return sentence, at, at + len(words)


def _when(item: _Item, ctx: _Context, *, told: bool = False) -> tuple[dt.date, int]:
    """
    When an item was reported: its latest claim's date and time cue.

    With *told*, a figure the reporter retells from an earlier day is placed on that day.
    """
    day = ctx.told if told else ctx.date
    claims = item.claims
    if len(claims) == 1:  # most items hold one claim: no generator to run, nothing to compare
        (c,) = claims
        return day(c), ctx.cue(c)
    return max((day(c), ctx.cue(c)) for c in claims)


def _order(a: _Item, b: _Item, ctx: _Context) -> int:
    """
    -1 when *a* was reported before *b*, 1 after, 0 when no date or cue tells them apart.

    Dates decide when both are known and differ; otherwise the words around the
    figures do ("initially 11", "rose to 19"). *a* is the lower figure: when the
    reporter retells it from an earlier day, it is placed on that day.
    """
    if len(a.claims) == 1 and len(b.claims) == 1:  # most pairs: ``_when`` of each, inline
        (first,), (second,) = a.claims, b.claims
        da, db = ctx.told(first), ctx.date(second)
        if da != db and _FAR_FUTURE not in (da, db):
            return -1 if da < db else 1  # the days decide: the words are not read
        ca, cb = ctx.cue(first), ctx.cue(second)
    else:
        (da, ca), (db, cb) = _when(a, ctx, told=True), _when(b, ctx)
    if da != db and _FAR_FUTURE not in {da, db}:
        return -1 if da < db else 1
    return (ca > cb) - (ca < cb)


def _describe(item: _Item, ctx: _Context) -> str:
    sources = "; ".join(sorted({ctx.label(c) for c in item.claims}))
    if len(item.claims) > 1:
        parts = " + ".join(f"{c.quantity} {c.group}" for c in item.claims)
        return f"{parts} = {item.quantity} ({sources})"
    return f"{item.quantity} ({sources})"


def _sum_item(
    group: str, parts: Sequence[CountClaim], *, partial: bool = False, why: str | None = None
) -> _Item:
    """
    Counts one sentence adds up; victims it only describes one by one are a lower bound.

    "a woman and two men were killed" is 3; "a 17-year-old was wounded in the hip, a
    23-year-old in the foot" is at least 2 (the article may name more victims).
    With *partial* the sentence introduced the parts as some of a larger count
    ("including five Britons and two Germans"): their sum is a lower bound too, and
    *why* says why, where not that.
    """
    ordered = tuple(sorted(parts, key=_SPAN_ID))
    total = ordered[0].quantity
    for c in ordered[1:]:
        total = total + c.quantity
    note = ""
    if partial:
        total = Quantity(total.lower, None, qualifier="at_least", text=total.text)
        note = why or "named as some of a larger count ('including'): at least their sum"
    elif all(_individual(c) for c in ordered):
        total = Quantity(total.lower, None, qualifier="at_least", text=total.text)
        note = "victims described one by one: at least their number"
    return _Item(group, total, ordered, "+".join(c.id for c in ordered), note)


def _introduced_as_part(first: CountClaim, text: str | None) -> bool:
    """
    True when the words just before *first* present it as part of more people.

    "at least 12 foreigners were among the dead, including five Britons and two
    Germans": the Britons and Germans are some of the dead, not all of them. Only the
    words after the last sentence break in a short window before the count are read.
    """
    if text is None:
        return False
    window = text[max(0, first.span[0] - _PART_WINDOW) : first.span[0]]
    window = _SENTENCE_END.split(window)[-1]
    return bool(_INTRODUCES_PART.search(window))


def _relation(first: CountClaim, second: CountClaim, text: str | None) -> str | None:
    """
    How two counts of one group in one sentence relate.

    ``"sum"`` when they name disjoint people ("three men and one woman injured", "killed
    one and injured four other people"); ``"part"`` when one is part of the other ("one
    of six people", "five people, including two women", "four were shot, one of whom
    died"); None otherwise. A headline's counts have no span and are read in its own
    words ("Ferry sinks: 142 passengers and six crew dead").
    """
    spans = text  # where the claims' spans point: none for a headline's
    if second.span[1] == 0:
        text, start, (_, at, end) = first.sentence, _in_sentence(first)[1], _in_sentence(second)
        spans = None
    elif text is None:
        return None
    else:
        start, (at, end) = first.span[0], second.span
    if start >= at:
        return None
    between = text[start:at]
    after = text[at:end]
    if _SUBSET.search(between) or _partitive(second, spans):
        return "part"
    if _CONJOINED.search(between) or _OTHERS.search(after):
        return "sum"
    return None


def _at_least(c: CountClaim, note: str) -> _Item:
    """A count that is part of a larger one only bounds the group from below."""
    q = Quantity(c.quantity.lower, None, qualifier="at_least", text=c.quantity.text)
    return _Item(c.group, q, (c,), c.id, note, frozenset((c.id,)))


def _individual(c: CountClaim) -> bool:
    """
    A claim about one victim described, not counted: "a man was killed", "the victim".

    Such a sentence says the total is at least one; "one person was killed" counts, and
    so does "a ballistic missile" (things are not described one by one as victims are).
    """
    q = c.quantity
    if not q.low == q.high == 1:  # most counts: no words to read
        return False
    words = q.text.strip().lower()
    return words[:1].isalpha() and words not in _COUNTED_ONE and _top(c.group) not in _NOT_PEOPLE


def _partitive(c: CountClaim, text: str | None = None) -> bool:
    """
    A count of some of a group named as a whole: "two of the suspects".

    After "four suspects were arrested", "two of the suspects were detained in one
    raid" says some of the four, not that two were; "all four of the victims" and
    "both of them" count the whole.
    The claim's subject is read, then the words of *text* where its span starts.

    >>> from claimrec.testing import count_claim
    >>> _partitive(count_claim(quantity=2, subject="Two of the suspects"))
    True
    >>> _partitive(count_claim(quantity=4, subject="all four of the victims"))
    False
    >>> _partitive(count_claim(quantity=1, subject="Four people", span=(0, 11)),
    ...            "Four people were shot, one of which died.")
    False
    """
    return _subject_reads(c, text, _PARTITIVE.match)


def _of_victims(c: CountClaim, text: str | None) -> bool:
    """
    Whether a partitive count is of people a measure defines: "two of the wounded".

    >>> from claimrec.testing import count_claim
    >>> _of_victims(count_claim(subject="Two of the people injured in the blast"), None)
    True
    >>> _of_victims(count_claim(subject="Three of the attackers"), None)
    False
    >>> _of_victims(count_claim(subject="Three of the attackers", span=(0, 22)),
    ...             "Three of the attackers were killed.")
    False
    """
    return _subject_reads(c, text, _OF_VICTIMS.search)


def _subject_reads(
    c: CountClaim, text: str | None, test: Callable[[str], re.Match[str] | None]
) -> bool:
    """Whether *test* finds its words in the claim's subject or in *text* where its span starts."""
    if test(c.subject[:_PART_WINDOW]):
        return True
    start = c.span[0]
    return text is not None and test(text[start : start + _PART_WINDOW]) is not None


#: The note of an increment read alone ("two more died"): at least its own figure.
_ADDED_NOTE: Final = "added to a count told elsewhere ('two more died'): at least this"


def _single(c: CountClaim) -> _Item:
    if _individual(c):
        return _at_least(c, "a victim described, not counted: at least 1")
    return _Item(c.group, c.quantity, (c,), c.id, "", frozenset((c.id,)))


def _flush(
    group: str, run: Sequence[CountClaim], partial: set[str], ctx: _Context, most: int
) -> _Item:
    """
    One constraint from a run of counts one sentence adds up, or from one count.

    *most* is the largest count of the slot its document gives: "two of the suspects"
    is part of the report's "four suspects arrested", and "two of the wounded" of all
    the wounded, while "three of the attackers were killed" with no larger count of
    them is the number killed.
    """
    if len(run) > 1:
        return _sum_item(group, run)
    c = run[0]
    if c.id in partial:
        return _at_least(c, "part of a larger count in its sentence: at least this")
    upper = c.quantity.upper
    text = ctx.text(c.document)
    # ``_partitive`` (``_subject_reads``) inline: the subject, then the text at the span
    start = c.span[0]
    partitive = _PARTITIVE.match(c.subject[:_PART_WINDOW]) is not None or (
        text is not None and _PARTITIVE.match(text[start : start + _PART_WINDOW]) is not None
    )
    if partitive and (_of_victims(c, text) or (upper is not None and upper < most)):
        return _at_least(
            c, "some of a group counted as a whole ('two of the wounded'): at least this"
        )
    if ctx.marks(c) and (bounded := _bounded_below(c, ctx)):
        return _at_least(c, bounded)
    if "In " in c.sentence and ctx.one_subdivision(c):
        return _at_least(c, _ONE_SUBDIVISION_NOTE)
    # only the reporter's voice echoes its body (``echoed_bound``): no call for a source's
    if c.attribution.kind == "none" and (echoed := ctx.echoed_bound(c)):
        return _at_least(c, f"a headline repeating its report's count: {echoed}")
    if adds_to_earlier(c.subject) and not ctx.sets_apart(c):  # ``ctx.adds``, one call less
        return _at_least(c, _ADDED_NOTE)
    if c.measure in _ACCUMULATING and c.measure != "missing" and ctx.remaining(c):
        return _at_least(c, "those still held or treated ('still in hospital'): at least this")
    q = c.quantity
    if q.low == q.high == 1:  # only a count of one may describe a victim (``_individual``)
        return _single(c)
    # ``_single`` of a count that is no described victim
    return _Item(c.group, q, (c,), c.id, "", frozenset((c.id,)))


#: After a count, words that count attackers among its people ("seven, including the
#: gunman"); bounded windows, no nested repeats.
_COUNTS_PERPETRATORS: Final = re.compile(
    r"[^.;!?\n]{0,60}?(?:\b(?:including|counting|among them|among the dead (?:was|were))"
    r"|,\s*(?:[\w-]+\s+){1,3}(?:and|plus))\s+"
    r"(?:the\s+(?=two|three|four))?(?P<n>the|a|one|two|both|three|four)\s+"
    r"(?:(?:suspected|alleged|lone|armed|suicide)\s+)?"
    r"(?P<who>gunm[ae]n|shooters?|attackers?|bombers?|assailants?|suspects?|perpetrators?"
    r"|hijackers?|killers?)\b",
    re.IGNORECASE,
)
#: Words of the attackers in lower case, looked for before the full pattern is tried (a
#: pattern of plain words over lowered text runs ten times faster than one ignoring case).
_PERPETRATOR_WORD: Final = re.compile(
    "gunm|shooter|attacker|bomber|assailant|suspect|perpetrator|hijacker|killer"
)
_PERPETRATOR_NUMBERS: Final = {
    "the": 1,
    "a": 1,
    "one": 1,
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
}


def _perpetrators_counted(c: CountClaim, text: str | None) -> int:
    """
    How many attackers a count of people says it includes ("seven, including the gunman").

    The attackers are counted in when the count is followed by "including", "counting"
    or "among them" and them, or by a list of its people that ends with them ("seven
    died, six worshippers and the gunman"). Zero when its words name none, name "the
    gunmen" (how many is not said), or the count is of the attackers themselves.

    >>> from claimrec.testing import count_claim
    >>> t = "Seven people died, including the gunman, police said."
    >>> _perpetrators_counted(count_claim(quantity=7, span=(0, 12)), t)
    1
    >>> t = "Nine were killed, including both attackers."
    >>> _perpetrators_counted(count_claim(quantity=9, span=(0, 4)), t)
    2
    >>> t = "Twelve died, including the two suicide bombers."
    >>> _perpetrators_counted(count_claim(quantity=12, span=(0, 6)), t)
    2
    >>> _perpetrators_counted(count_claim(quantity=9, span=(0, 4)), "Nine died, including three children.")
    0
    >>> t = "Seven people died, six worshippers and the gunman."
    >>> _perpetrators_counted(count_claim(quantity=7, span=(0, 12)), t)
    1
    >>> _perpetrators_counted(count_claim(quantity=6, span=(19, 34)), t)
    0
    """
    if text is None:
        return 0
    end = c.span[1]
    window = text[end : end + 2 * _PART_WINDOW]
    if _PERPETRATOR_WORD.search(window.lower()) is None:
        return 0  # most counts: no attacker named after them
    m = _COUNTS_PERPETRATORS.match(window)
    if m is None or _top(c.group) in _PERPETRATORS or _top(c.group) in _NOT_PEOPLE:
        return 0
    n, who = m["n"].lower(), m["who"].lower()
    plural = who.endswith(("s", "men"))
    if plural == (n in {"the", "a", "one"}):
        return 0  # "the gunmen": how many is not said; "one gunmen": not read
    return _PERPETRATOR_NUMBERS[n]


#: The note of a count that says it includes the attackers (``_besides_perpetrators``).
_WITH_ATTACKERS: Final = "counts the attackers among them"


def _besides_perpetrators(c: CountClaim, perpetrators: int, target: str) -> _Item:
    """A count that includes the attackers: their victims are that many fewer, or all of it."""
    q = c.quantity
    low = max(0, q.lower - perpetrators)
    bounds = Quantity(low, q.upper, qualifier="range", text=q.text)
    note = f"{_WITH_ATTACKERS} ({perpetrators}): {low} besides them, or all {q.upper}"
    return _Item(target, bounds, (c,), c.id, note, frozenset((c.id,)))


def _with_attackers(items: list[_Item], ctx: _Context) -> list[_Item]:
    """Counts of one claim that say they include the attackers, read as ``_besides_perpetrators``."""
    out = items
    for n, i in enumerate(items):
        if len(i.claims) != 1 or i.note or i.quantity.upper is None:
            continue
        c = i.claims[0]
        if perpetrators := _perpetrators_counted(c, ctx.text(c.document)):
            out = out if out is not items else list(items)
            out[n] = _besides_perpetrators(c, perpetrators, i.target)
    return out


def _attackers_either_way(items: list[_Item]) -> list[_Item]:
    """
    Beside a count that includes the attackers, any count of the slot may or may not.

    "Seven died, six worshippers and the gunman" in one report and "seven people were
    killed" in another: the second may count the gunman too, so every count of people
    of the slot above the victims alone allows its figure less the attackers (7 allows
    6..7), and "the six people killed" agrees with both.
    """
    counted = [i for i in items if i.note.startswith(_WITH_ATTACKERS)]
    if not counted:
        return items
    k = max(i.quantity.upper - i.quantity.lower for i in counted if i.quantity.upper is not None)
    victims = min(i.quantity.lower for i in counted)
    note = f"beside a count that includes {k} attacker(s): {{}} besides them, or all of them"
    own = {id(i) for i in counted}
    return [
        i
        if id(i) in own or i.quantity.upper is None or i.quantity.lower <= victims
        else _Item(
            i.target,
            Quantity(max(0, i.quantity.lower - k), i.quantity.upper, qualifier="range"),
            i.claims,
            i.label,
            i.note or note.format(max(0, i.quantity.lower - k)),
        )
        for i in items
    ]


def _counts_by_document(claims: Iterable[Claim]) -> dict[str, list[tuple[int, str]]]:
    """
    Each document's counts as (start, measure), in text order.

    >>> from claimrec.testing import count_claim
    >>> _counts_by_document([count_claim(id="b", span=(30, 32), measure="missing"),
    ...                      count_claim(id="a", span=(2, 4), measure="killed")])
    {'d1': [(2, 'killed'), (30, 'missing')]}
    """
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in claims:
        if isinstance(c, CountClaim):
            out[c.document].append((c.span[0], c.measure))
    for spans in out.values():
        spans.sort()
    return dict(out)


def _ends_by_document(claims: Iterable[Claim]) -> dict[str, list[tuple[int, int, str]]]:
    """
    Each document's counts as (start, end, measure), in text order (spans in its text only).

    >>> from claimrec.testing import count_claim
    >>> _ends_by_document([count_claim(id="b", span=(30, 32), measure="missing"),
    ...                    count_claim(id="a", span=(2, 4)), count_claim(id="h", span=(0, 0))])
    {'d1': [(2, 4, 'injured'), (30, 32, 'missing')]}
    """
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for c in claims:
        if isinstance(c, CountClaim) and c.span[0] < c.span[1]:
            out[c.document].append((c.span[0], c.span[1], c.measure))
    for spans in out.values():
        spans.sort()
    return dict(out)


#: The notes of counts limited to one place or one hospital (``_bounded_below``).
_ONE_PLACE_NOTE: Final = "a count of one place ('in the town of X alone'): at least this"
_ONE_SUBDIVISION_NOTE: Final = (
    "a count of one province or district of a wider event ('In X province, 40 died'): at least this"
)
_ONE_HOSPITAL_NOTE: Final = (
    "the people one hospital received ('St Luke's received 12'): at least this"
)


_ABOVE_NOTE: Final = "its body's count is more than it ('more than 40 died'): at least this"
#: The figure of a count's words, in digits ("More than 1,200"); not a word ("over forty").
_DIGITS: Final = re.compile(r"\d[\d,]*")


def _floor_below(q: Quantity) -> int | None:
    """
    The figure a count above it is told by: 40 of "more than 40" (41 and up); else None.

    >>> _floor_below(Quantity.parse("more than 40")), _floor_below(Quantity.parse("at least 40"))
    (40, None)
    """
    found = _DIGITS.search(q.text)
    if found is None or q.qualifier != "at_least":
        return None
    figure = int(found.group().replace(",", ""))
    return figure if figure == q.lower - 1 else None


def _bounded_below(c: CountClaim, ctx: _Context) -> str:
    """Why a count is only a lower bound by the words around it ("alone", "confirmed dead")."""
    if ctx.one_place(c):
        return _ONE_PLACE_NOTE
    if c.measure == "killed" and ctx.so_far(c):
        return "dead confirmed or bodies recovered so far: at least this"
    if ctx.one_hospital(c):
        return _ONE_HOSPITAL_NOTE
    return ""


def _some_of_the_toll(c: CountClaim, ctx: _Context) -> str:
    """
    Why a count is some people of the event by where they were (one place, one hospital).

    Unlike the dead confirmed so far, a headline squeezing such a count keeps its limit.
    """
    if ctx.one_place(c):
        return _ONE_PLACE_NOTE
    return _ONE_HOSPITAL_NOTE if ctx.one_hospital(c) else ""


def _raised_total(first: CountClaim, second: CountClaim, ctx: _Context) -> bool:
    """
    One of two counts of one sentence is a raised total and the other what raised it.

    "Two more passengers died, bringing the toll to nine" and "the toll rose to nine
    after two women died": the larger count's words call it an update, the smaller is
    not called early ("rose to nine from seven" keeps seven an early figure), so the
    smaller is part of the larger.
    """
    small, big = sorted((first, second), key=lambda k: (k.quantity.lower, k.id))
    upper = small.quantity.upper
    if upper is None or upper >= big.quantity.lower:
        return False
    if _increment_then_total(small, big):
        return True
    return ctx.cue(big) == 2 and ctx.cue(small) != 0


def _increment_then_total(small: CountClaim, big: CountClaim) -> bool:
    """
    An increment told before a toll in its sentence: the toll it raised.

    "Four more die of wounds, toll at 31" and "three more bodies were found; the number of
    dead is now 40": the 31 and the 40 hold the people the increment adds. An increment
    told after ("14 were killed and two more died in hospital") adds to the count before
    it, as one a toll word does not follow does ("another woman was shot, while the
    remaining two were hit in the legs"), and two increments add up.
    """
    if not adds_to_earlier(small.subject) or adds_to_earlier(big.subject):
        return False
    sentence, at, _ = _in_sentence(small)
    _, to, _ = _in_sentence(big)
    return at < to and _TOLL_BETWEEN.search(sentence, at, to) is not None


#: Words that call a count the event's toll ("toll at 31", "bringing the number of dead to").
_TOLL_BETWEEN: Final = re.compile(
    r"\b(?:toll|total|tally|number\s+of\s+(?:dead|deaths|people\s+killed|victims))\b",
    re.IGNORECASE,
)


def _two_readings(first: CountClaim, second: CountClaim, ctx: _Context) -> bool:
    """
    Whether two counts of one sentence are one count told at two moments, not a sum.

    "Police corrected an earlier figure of 12, saying eight people had died": one of
    the two is called early, the other is not, and the sentence says the figure was
    corrected (or calls the other a later one), so they do not add up to 20. "Earlier on
    Monday, two men were grazed, and two more were shot" is a time of day: a sum.
    """
    cues = sorted((ctx.cue(first), ctx.cue(second)))
    if cues[0] != 0 or cues[1] == 0:
        return False
    return cues[1] == 2 or ctx.revised(first)


def _items_for_slot(claims: Sequence[CountClaim], ctx: _Context) -> list[_Item]:
    """
    Turn a slot's claims into constraints.

    Each claim constrains its own group, except counts of one group that one sentence
    conjoins ("three women and one man"): those add up to one constraint. Subgroup
    claims of one sentence ("five US military personnel and two US contractors") add
    up to one constraint on their parent too.
    """
    if len(claims) == 1:  # half the slots: one claim is its own constraint, no sum to read
        (c,) = claims
        return [_flush(c.group, claims, set(), ctx, max(0, c.quantity.lower))]
    items: list[_Item] = []
    same_group: dict[tuple[str, str, str], list[CountClaim]] = defaultdict(list)
    most: dict[str, int] = defaultdict(int)
    for c in claims:
        if ctx.revised_from(c):  # "up from 34": an earlier figure, neither a sum nor a whole
            items.append(_single(c))
            continue
        same_group[(c.document, c.sentence, c.group)].append(c)
        most[c.document] = max(most[c.document], c.quantity.lower)
    for (doc, _, group), members in sorted(same_group.items()):
        members.sort(key=_SPAN_ID)
        text = ctx.text(doc)
        run: list[CountClaim] = []
        partial: set[str] = set()
        for c in members:
            relation = _relation(run[-1], c, text) if run else None
            if run and relation != "part" and _raised_total(run[-1], c, ctx):
                relation = "part"
            if relation == "sum" and _two_readings(run[-1], c, ctx):
                relation = None
            if relation == "part":
                # "one of six" / "five, including two": the smaller count is a part.
                small = min(run[-1], c, key=lambda k: (k.quantity.lower, k.id))
                partial.add(small.id)
            if relation == "sum":
                run.append(c)
                continue
            if run:
                items.append(_flush(group, run, partial, ctx, most[doc]))
            run = [c]
        if run:
            items.append(_flush(group, run, partial, ctx, most[doc]))
    items.extend(_parent_sums(claims, ctx))
    items.extend(_place_sums(claims, ctx))
    return items


def _place_sums(claims: Sequence[CountClaim], ctx: _Context) -> list[_Item]:
    """
    The counts of several places one report names apart add up to a lower bound.

    "Central Hospital received 14 wounded ... St Anne's hospital took in 12": other
    people, so at least 26 were wounded, and a toll of 20 disputes them. So do "In Corvan
    province, 18 people died ... In Lisk province, 11 were killed" (at least 29) beside a
    national toll. Only counts of one report, each of a place of one kind (a hospital; a
    province, a district: a district may lie in a province, so units are not mixed)
    named differently (two reports may name one).
    """
    named: dict[tuple[str, str], dict[str, CountClaim]] = defaultdict(dict)
    for c in claims:
        if "ospital" in c.sentence and (name := ctx.hospital_name(c)):
            named[(c.document, "hospital")].setdefault(name, c)
        elif "In " in c.sentence and (found := ctx.subdivision_of(c)) is not None:
            unit, name = found
            named[(c.document, unit)].setdefault(name, c)
    items: list[_Item] = []
    for (_, unit), places in sorted(named.items()):
        if len(places) > 1:
            parts = list(places.values())
            summed = _sum_item(_common_ancestor(c.group for c in parts), parts, partial=True)
            note = _HOSPITALS_NOTE if unit == "hospital" else _SUBDIVISIONS_NOTE
            items.append(attrs.evolve(summed, note=note))
    return items


_HOSPITALS_NOTE: Final = (
    "the people several named hospitals received ('Central received 14', 'St Anne's took"
    " in 12'): at least their sum"
)
_SUBDIVISIONS_NOTE: Final = (
    "the counts of several provinces or districts of one report ('In X province, 18 died',"
    " 'In Y province, 11 died'): at least their sum"
)


def _parent_sums(claims: Sequence[CountClaim], ctx: _Context) -> list[_Item]:
    """
    The sums one sentence's subgroup counts make of their parent group.

    "five US military personnel and two US contractors" is one constraint on the US
    people as a whole; a sum needs two parts of distinct groups.
    """
    by_sentence: dict[tuple[str, str, str], list[CountClaim]] = defaultdict(list)
    for c in claims if len(claims) > 1 else ():
        p = _parent(c.group)
        if p is not None:
            by_sentence[(c.document, c.sentence, p)].append(c)
    items: list[_Item] = []
    for (doc, _, p), parts in sorted(by_sentence.items()):
        groups = {c.group for c in parts}
        if len(groups) < 2 or len(groups) != len(parts):
            continue
        first = min(parts, key=_SPAN_ID)
        items.append(_sum_item(p, parts, partial=_introduced_as_part(first, ctx.text(doc))))
    return items


#: The note of a count that ``_below_estimates`` reads as a lower bound.
_BELOW_ESTIMATE: Final = "a count below an estimate of the whole toll: at least this"


def _below_estimates(items: list[_Item], ctx: _Context) -> list[_Item]:
    """
    Counts below an estimate of the whole toll are the dead counted so far: lower bounds.

    "1,200 confirmed dead" and aid agencies' "estimated about 5,000 killed" do not
    dispute each other: counts lag, estimates reach for the whole. A count above an
    estimate's range still disputes it ("far fewer than the ministry's 471").
    """
    if not items or not _rises(items[0].claims[0].measure):
        return items  # counts of things (rockets fired) do not lag
    estimates = [i for i in items if ctx.all_estimated(i.claims)]
    if not estimates or len(estimates) == len(items):
        return items
    floor = max(i.quantity.lower for i in estimates)
    note = _BELOW_ESTIMATE

    def below(i: _Item) -> bool:
        upper = i.quantity.upper
        if upper is None or upper >= floor or i.quantity.qualifier == "at_most":
            return False  # a ceiling ("no more than 50") is no count that lags: it disputes
        return not any(ctx.estimated(c) for c in i.claims)

    return [_at_least_item(i, note) if below(i) else i for i in items]


def _at_least_item(item: _Item, note: str) -> _Item:
    q = item.quantity
    return attrs.evolve(
        item, quantity=Quantity(q.lower, None, qualifier="at_least", text=q.text), note=note
    )


def _held_elsewhere(items: list[_Item], measure: str, ctx: _Context) -> list[_Item]:
    """
    A report's zero of people held beside its own count of them is about other people.

    "Police had one man in custody over the first shooting" and, further down the same
    report, "nobody was in custody", an officer said: a roundup of two incidents, or
    one incident at two moments. People arrested, missing, evacuated or treated are a
    state that holds for some people at some time, and one report does not dispute
    its own count of them with a zero unless its words say so ("denied"). Such a zero,
    with no word of time around it ("initially no arrests" stays an early figure), then
    sets no bound (at least 0). Other measures keep their zeros: a military's "no soldiers
    killed" beside an armed group's ten in one report is a dispute.
    """
    if measure not in _ACCUMULATING:
        return items
    counted = {
        c.document: c for i in items if i.quantity.lower > 0 for c in i.claims if len(i.claims) == 1
    }
    if not counted:
        return items

    def other_people(i: _Item) -> bool:
        if len(i.claims) != 1 or i.quantity.upper != 0:
            return False
        zero = i.claims[0]
        count = counted.get(zero.document)
        return (
            count is not None
            and ctx.cue(zero) == 1
            and not ctx.disputed(zero)
            and not ctx.disputed(count)
        )

    note = "a zero beside its own report's count of people held: about others, or another time"
    return [_at_least_item(i, note) if other_people(i) else i for i in items]


def _loosen_vague(items: list[_Item]) -> list[_Item]:
    """
    The reporter's vague word that its own report contradicts with a figure reads loosely.

    A headline's "dozens feared dead" over a body's "23 people had died", or "hundreds
    unaccounted for" over "more than 1,000": the report says what its word meant, and a
    reporter does not dispute their own figure; it then says at least one. A source's
    vague word ("several US soldiers", military sources said) beside another source's
    figure in one article stays a dispute between them. Each document's figures are read
    once (their highest low end and lowest high end), so a slot costs O(n).
    """
    if "vague" not in [i.quantity.qualifier for i in items]:
        return items
    highest: dict[str, int] = {}
    lowest: dict[str, int] = {}
    for i in items:
        if i.quantity.qualifier == "vague" or len({c.document for c in i.claims}) != 1:
            continue
        doc = i.claims[0].document
        highest[doc] = max(highest.get(doc, 0), i.quantity.lower)
        upper = i.quantity.upper
        if upper is not None:
            lowest[doc] = min(lowest.get(doc, upper), upper)
    if not highest:
        return items
    return [_loose(i) if _contradicted(i, highest, lowest) else i for i in items]


def _contradicted(item: _Item, highest: Mapping[str, int], lowest: Mapping[str, int]) -> bool:
    """Whether the reporter's vague word lies above or below a figure of its own document."""
    q = item.quantity
    if q.qualifier != "vague" or len(item.claims) != 1:
        return False
    if item.claims[0].attribution.kind != "none":
        return False
    doc = item.claims[0].document
    below = q.upper is not None and q.upper < highest.get(doc, 0)
    return below or q.lower > lowest.get(doc, q.lower)


def _loose(item: _Item) -> _Item:
    q = item.quantity
    loose = Quantity(min(1, q.lower), None, qualifier="at_least", text=q.text)
    return attrs.evolve(
        item, quantity=loose, note="a vague word its own report puts a figure on: at least one"
    )


def _leaf(item: _Item) -> Term:
    """An item as a term: one claim, or the claims one sentence adds up."""
    if len(item.claims) == 1:
        c = item.claims[0]
        return _new(
            Term,
            op="claim",
            group=item.target,
            result=item.quantity,
            claims=(c.id,),
            terms=(),
            note=item.note,
        )
    parts = tuple(
        _new(Term, op="claim", group=c.group, result=c.quantity, claims=(c.id,), terms=(), note="")
        for c in item.claims
    )
    return Term(op="sum", group=item.target, result=item.quantity, terms=parts, note=item.note)


def _claim_ids(*terms: Term) -> list[str]:
    """Every claim id under some terms."""
    out: list[str] = []
    for t in terms:
        out.extend(t.claims)
        out.extend(_claim_ids(*t.terms))
    return out


def _compute(items: Sequence[_Item], group: str) -> Term | None:
    """
    What the slot's items say about *group*, as a term (None when they say nothing).

    That is the intersection of the items that target the group and the lower bound
    the sum of its subgroups implies; the term's result is None when they disagree.
    """
    if len(items) == 1 and items[0].target == group and _parent(group) != group:
        return _leaf(items[0])  # one constraint on the group itself: its own term
    direct = [_leaf(i) for i in items if i.target == group]
    children = sorted({i.target for i in items if _parent(i.target) == group})
    below = [t for t in (_compute(items, child) for child in children) if t and t.result]
    lower = sum(t.result.lower for t in below if t.result is not None)
    inputs = list(direct)
    summed = [set(_claim_ids(t)) for t in direct if t.op == "sum"]
    if below and not any(set(_claim_ids(*below)) <= ids for ids in summed):
        inputs.append(
            Term(
                op="sum",
                group=group,
                result=Quantity(lower, None, qualifier="at_least"),
                terms=tuple(below),
                note="subgroups add up: at least their sum",
            )
        )
    if not inputs:
        return None
    result = direct[0].result if direct else None
    for term in direct[1:]:
        if result is None or term.result is None:
            result = None
            break
        result = result.intersection(term.result)
    if not direct:
        result = Quantity(lower, None, qualifier="at_least")
    elif result is not None and below:
        if result.upper is not None and result.upper < lower:
            result = None
        elif lower > result.lower:
            result = result.intersection(Quantity(lower, None, qualifier="at_least"))
    if len(inputs) == 1 and inputs[0].result == result:
        return inputs[0]
    return _new(
        Term, op="intersect", group=group, result=result, claims=(), terms=tuple(inputs), note=""
    )


def _conflicts(items: Sequence[_Item]) -> list[tuple[_Item, _Item]]:
    """
    The smallest incompatible sets, as pairs.

    For each item with an upper end, the item with the highest lower end above it among
    items about the same group or its descendants. One pass keeps, per group, the few
    items with the highest lower ends in its subtree, so a slot costs O(n log n).
    """
    top: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for index, item in enumerate(items):
        key = (item.quantity.lower, item.label, index)
        for group in _chain(item.target):
            best = top[group]
            best.append(key)
            best.sort(reverse=True)
            del best[_KEEP:]
    pairs: list[tuple[_Item, _Item]] = []
    for low_item in items:
        upper = low_item.quantity.upper
        if upper is None:
            continue
        for lower, _, index in top.get(low_item.target, ()):
            if lower <= upper:
                break
            candidate = items[index]
            if candidate is not low_item and not _share_claim(low_item, candidate):
                pairs.append((low_item, candidate))
                break
    return pairs


def _share_claim(a: _Item, b: _Item) -> bool:
    """Whether two items hold an equal claim (equal claims have equal ids: most pairs end there)."""
    return bool(a.ids & b.ids) and bool(set(a.claims) & set(b.claims))


def _change(low: _Item, high: _Item, measure: str, ctx: _Context) -> _Item | None:
    """
    The item a disjoint pair's other item replaced over time, or None for a conflict.

    A figure a later report raises is early (``low``), unless it was a denial (an
    exact zero from another origin, not marked provisional, of a count that does not
    accumulate); a figure a later report lowers (``high``) was revised only when the
    later sentence says so ("revised down to", "double counted") or its source gave
    both (a correction: still a dispute, ``_corrections``); missing counts fall as
    people are found. Figures no date or cue orders are a dispute.
    """
    party = ctx.party  # the subset tests first: most pairs hold no party's figure
    if (low.ids <= party or high.ids <= party) and (
        _party_apart(low, high, ctx) or _party_apart(high, low, ctx)
    ):
        return None  # a party's own figure and another origin's dispute, whenever told
    order = _order(low, high, ctx)
    if order >= 0 and measure == "injured" and _wounded_died(low, high, ctx):
        return high  # the wounded who died left the count, whenever told
    if order == 0:
        if _evolves(low, high, ctx) or (
            _rises(measure) and (_own_update(low, high, ctx) or _said_to_rise(low, high, ctx))
        ):
            return low
        return None
    if measure == "missing":
        return low if order < 0 else high
    if order < 0:
        if not _stands_behind(high, low, measure, ctx) and not _own_update(low, high, ctx):
            return None
        denial = low.quantity.upper == 0 and not any(
            c.provisional or c.attribution.kind == "none" for c in low.claims
        )  # the reporter's own zero ("Rockets hit base, no casualties") denies nothing
        origins = {ctx.origin(c) for c in low.claims}
        same = bool(origins & {ctx.origin(c) for c in high.claims}) or _one_body(low, high)
        if denial and not same and measure not in _ACCUMULATING and not _updates(high, low, ctx):
            return None
        return low
    if any(ctx.revised(c) for c in low.claims) and not _party_apart(high, low, ctx):
        return high
    if _own_update(low, high, ctx):
        return high
    return None


def _said_to_rise(low: _Item, high: _Item, ctx: _Context) -> bool:
    """
    Whether the higher figure's report, and not the lower's, says the count rose.

    "21 injured", the mayor said in the morning; "the number of injured has risen to 34"
    or "Quake injured rises to 34 ... 34 people were hurt", the emergency service said
    that evening: two sources of one day, but the later report tells the count moved, so
    the 21 was early. Not when the lower figure's report says so too (each calls its own
    figure later), nor a figure of the reporter's voice or a hedge alone, nor a sentence
    that disputes a figure ("the army rejected the toll").
    """
    reports = {c.document for c in low.claims}
    said = [c for c in high.claims if c.document not in reports and ctx.rose_words(c)]
    if not said or all(ctx.voice(c) in _UNATTRIBUTED for c in said):
        return False  # most pairs end here: no word of a rise
    if any(ctx.rose_words(c) for c in low.claims):
        return False
    return not any(ctx.disputed(c) for c in (*low.claims, *high.claims))


def _wounded_died(low: _Item, high: _Item, ctx: _Context) -> bool:
    """
    Whether a later, lower count of the injured is the earlier one less those who died.

    "Twelve injured" on Sunday, then "the toll rose to six after two of the injured
    died ... ten people were injured": a report after the higher count's, or the lower
    count's own, says wounded people died, and as many died as the count fell (the
    event's toll rose by that many, or the report counts that many who died), so the
    fall is the story moving on, not a dispute. Two figures of one report are not: it
    tells both at once.
    """
    upper = low.quantity.upper
    if upper is None or any(map(_no_base, (low, high))):
        return False
    if {c.document for c in low.claims} & {c.document for c in high.claims}:
        return False  # one report telling both figures: no story moving on between them
    died = _deaths_of_wounded(low, high, ctx)
    return died > 0 and high.quantity.lower - died <= upper


def _deaths_of_wounded(low: _Item, high: _Item, ctx: _Context) -> int:
    """How many wounded died between the higher count and the lower one, as the reports tell it."""
    before = max(ctx.date(c) for c in high.claims)
    after = min(ctx.date(c) for c in low.claims)
    if after == _FAR_FUTURE or before > after:
        return 0
    own = {c.document for c in low.claims}
    tolls = ctx.tolls(low.claims[0])
    told = [
        c
        for c in tolls
        if (c.document in own or before < ctx.date(c) <= after) and ctx.says_wounded_died(c)
    ]
    if not told:
        return 0
    first = {c.document for c in high.claims}
    then = [c.quantity.lower for c in tolls if c.document in first and c.document not in own]
    now = [c.quantity.lower for c in tolls if c.document in own or ctx.date(c) <= after]
    rise = max(now, default=0) - max(then, default=max(now, default=0))
    return max(rise, min(c.quantity.lower for c in told))


def _own_update(low: _Item, high: _Item, ctx: _Context) -> bool:
    """
    Whether one named source gave both figures, in two reports: it updated its count.

    The fire service's 20 dead on Sunday and its 16 on Monday, or a ministry's 31 and 35
    in two reports of one day: a source does not dispute itself. Unnamed officials may be
    other officials; and a sentence that sets a figure against another ("rejected") or
    a figure named in its own report beside the other keeps the dispute.
    """
    if len(low.claims) == 1 and len(high.claims) == 1:  # most pairs: no set to build
        (a,), (b,) = low.claims, high.claims
        origin = ctx.named_origin(a)
        if origin is None or origin != ctx.named_origin(b) or a.document == b.document:
            return False
        return not (ctx.disputed(a) or ctx.disputed(b))
    mine = {ctx.named_origin(c) for c in low.claims}
    theirs = {ctx.named_origin(c) for c in high.claims}
    if None in mine or None in theirs or not mine & theirs:
        return False
    if {c.document for c in low.claims} & {c.document for c in high.claims}:
        return False
    return not any(ctx.disputed(c) for c in (*low.claims, *high.claims))


def _disputed_then(low: _Item, high: _Item, items: Sequence[_Item], ctx: _Context) -> bool:
    """
    Whether a raising figure only repeats what its source said beside the low one already.

    A ministry's 86 dead and, the same day, the army's "no more than 20", then 86 again a
    day later: the army disputed the 86, it did not give an early figure, so the later
    report raises nothing: the low figure's own report set another named source's higher
    one beside it. A source raising its own figure, the reporter's own figure or a hedge, and
    words of an update ("rose to") or a figure marked early still make a change.
    """
    if any(ctx.cue(c) == 2 for c in high.claims) or any(ctx.cue(c) == 0 for c in low.claims):
        return False
    if any(c.provisional or ctx.voice(c) in _UNATTRIBUTED for c in low.claims):
        return False  # the reporter's own or a hedged figure is no side of a dispute (a
        # headline relaying a source, "Army says 6 killed", is that source's figure)
    low_origins = {ctx.origin(c) for c in low.claims}
    if low_origins & {ctx.origin(c) for c in high.claims}:
        return False  # a source raising its own figure
    reports = {c.document for c in low.claims}
    return any(
        other is not high
        and other.quantity.overlaps(high.quantity)
        and not other.quantity.overlaps(low.quantity)
        and any(c.document in reports and _a_side(c) for c in other.claims)
        and not low_origins & {ctx.origin(c) for c in other.claims}
        for other in items
    )


def _a_side(c: Claim) -> bool:
    """
    Whether a claim's voice can be a side of a dispute: a source, or witnesses.

    "The army said six died. Residents said more than 20 had died": the residents are a
    hedge (no authority) but people who were there, so the army's six is disputed, not
    an early figure a later, higher toll raises; "reports said" is no side.
    """
    if not c.attribution.is_unattributed:
        return True
    return c.attribution.kind == "vague" and bool(_WITNESSES.search(c.attribution.source or ""))


def _one_body(a: _Item, b: _Item) -> bool:
    """
    Whether one organization speaks for both items, through whichever voice.

    "No casualties, a coalition spokesman said" and, a week later, "23 troops were
    diagnosed with brain injuries, the coalition said": the coalition raised its own zero.
    """
    names = {_body(c) for c in a.claims} - {""}
    return bool(names) and bool(names & {_body(c) for c in b.claims})


def _body(c: Claim) -> str:
    """
    The organization a source speaks for: its name without articles and roles.

    >>> from claimrec.testing import count_claim
    >>> _body(count_claim(kind="organization", source="a coalition spokesman"))
    'coalition'
    >>> _body(count_claim(kind="organization", source="The Coalition"))
    'coalition'
    >>> _body(count_claim(kind="vague", source="reports"))
    ''
    """
    if c.attribution.kind in _NO_BODY:
        return ""
    return " ".join(_ROLE_WORDS.sub(" ", c.attribution.origin).split())


#: Words of an armed group's role ("militia", "rebel", "insurgent") and a speaker of it
#: ("leader", "commander", "spokesman"); the role told before a source's name:
#: "a local militia leader, Ali Hamid".
_ARMED_ROLE: Final = (
    r"(?:militias?|rebels?|insurgents?|militants?|guerrillas?|armed\s+groups?|paramilitar\w*)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:leaders?|commanders?|spokes(?:man|woman|person)|chiefs?)"
)
_PARTISAN_ROLE: Final = re.compile(rf"\b{_ARMED_ROLE}\W{{0,3}}$", re.IGNORECASE)
#: The same role told after the name: "Ali Hamid, a local militia commander, said".
_PARTISAN_AFTER: Final = re.compile(
    rf"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_ARMED_ROLE}\b", re.IGNORECASE
)
#: Characters of a sentence read before a source's name for the role it speaks in.
_ROLE_WINDOW: Final = 60
#: Words of an armed role that guards its own people and takes no side: "a village
#: self-defence militia commander", "the vigilante group's leader", "a community militia
#: chief". Such a voice reports an attack by others; it is no party to it (a party is
#: the side accused or claiming).
_GUARDS: Final = re.compile(
    r"\b(?:self[\s-]*defen[cs]e|vigilantes?|village|villagers'?|neighbou?rhood|community"
    r"|civilian|home[\s-]+guards?|local\s+defen[cs]e)\b",
    re.IGNORECASE,
)
#: Characters before an armed role read for the words of guards ("self-defence" before "militia").
_GUARD_WINDOW: Final = 30
#: The attribution kinds whose source may speak for an armed group (``_partisan``).
_ROLE_KINDS: Final = frozenset({"named_person", "organization"})


def _partisan(c: Claim) -> bool:
    """
    Whether a named source speaks for an armed group ("a local militia leader, Ali Hamid").

    Such a voice is a party's, whatever kind its attribution reads: its later, higher
    toll beside an official one is a side of a dispute, as residents' figure is.

    >>> from claimrec.testing import count_claim
    >>> t = "A militia commander, Ali Hamid, said 19 died."
    >>> _partisan(count_claim(kind="named_person", source="Ali Hamid", sentence=t))
    True
    >>> t = "Ali Hamid, a local militia commander, said 19 died."
    >>> _partisan(count_claim(kind="named_person", source="Ali Hamid", sentence=t))
    True
    >>> _partisan(count_claim(kind="named_person", source="Ali Hamid", sentence="Ali Hamid said 19 died."))
    False
    >>> t = "Ali Hamid, a village self-defence militia leader, said 19 died."
    >>> _partisan(count_claim(kind="named_person", source="Ali Hamid", sentence=t))
    False
    """
    source = c.attribution.source
    if c.attribution.kind not in _ROLE_KINDS or not source:
        return False
    at = c.sentence.find(source)
    if at < 0:
        return False
    role = _PARTISAN_AFTER.match(c.sentence, at + len(source))
    if role is None and at > 0:
        role = _PARTISAN_ROLE.search(c.sentence, max(0, at - _ROLE_WINDOW), at)
    if role is None:
        return False
    return _GUARDS.search(c.sentence, max(0, role.start() - _GUARD_WINDOW), role.end()) is None


#: A speaker saying it, or its forces, killed: "The army said on Sunday its troops killed",
#: "the ministry said it had killed", "claimed that its fighters killed". Read right after
#: the source's name.
_OWN_KILLING: Final = re.compile(
    r"\W{0,3}(?:said|says|claimed|claims|announced|reported)\b(?:\s+(?:late\s+|early\s+)?on\s+\w+)?"
    r"\s*,?\s*(?:that\s+)?(?:it|its|they|their|we|our)\b(?:\s+[\w-]+){0,4}?\s+"
    r"(?:(?:had|have|has)\s+)?(?:killed|shot\s+dead|eliminated|neutrali[sz]ed)\b",
    re.IGNORECASE,
)


def _own_kills(c: Claim) -> bool:
    """
    Whether a source counts the fighters it says it killed itself: a party's own claim.

    "The army said on Sunday its troops killed 80 militants": the army speaks as the side
    that struck, whatever kind its attribution reads; its count is its claim of success,
    never the best figure beside an independent toll of the dead.

    >>> from claimrec.testing import count_claim
    >>> t = "The army said on Sunday its troops killed 80 militants."
    >>> _own_kills(count_claim(measure="killed", group="fighters", kind="organization", source="The army", sentence=t))
    True
    >>> t = "The army said 80 militants were killed in clashes."
    >>> _own_kills(count_claim(measure="killed", group="fighters", kind="organization", source="The army", sentence=t))
    False
    """
    if not isinstance(c, CountClaim) or c.measure != "killed" or c.group != "fighters":
        return False
    source = c.attribution.source
    if c.attribution.kind in _UNATTRIBUTED or not source:
        return False
    at = c.sentence.find(source)
    return at >= 0 and _OWN_KILLING.match(c.sentence, at + len(source)) is not None


def _party_apart(party: _Item, other: _Item, ctx: _Context) -> bool:
    """
    Whether *party* is a party's own figure and *other* of another origin.

    Officials correcting their toll ("19, not 23 as first reported") do not correct an
    armed group's claim of more than 60: that stays a dispute.
    """
    if not party.ids <= ctx.party:
        return False
    return not ctx.origins(party.claims) & ctx.origins(other.claims)


def _updates(high: _Item, low: _Item, ctx: _Context) -> bool:
    """
    A figure whose words say a count moved past an earlier zero, with no word of a dispute.

    "No one was killed" on Monday and, a day later, "bringing the death toll to one":
    the toll rose; "killed ten soldiers, a claim the army denied" disputes the zero.
    """
    if any(ctx.disputed(c) for c in (*low.claims, *high.claims)):
        return False
    return any(ctx.cue(c) == 2 for c in high.claims)


def _stands_behind(high: _Item, low: _Item, measure: str, ctx: _Context) -> bool:
    """
    A raised figure strong enough to replace an earlier one.

    Its words say it is an update ("rose to", "bringing the toll to", "now"), or the
    earlier figure was marked early; or it is a count of people that news raises as a
    story goes on (a toll, arrests, people treated) reported on a later day, in any
    voice but a hedge or a party's own (an armed group saying its attack killed more
    than 50 disputes the police's seven): the reporter's own "nine people died" a day
    after "seven killed" is the story moving on. A count of things (rockets fired) is fixed by the
    event, so a later, higher one without such words is a dispute. So is a figure
    whose sentence, or the earlier figure's, sets it against another ("a toll the
    army rejected"), and a headline's figure that no sentence of its report's body
    gives (headlines squeeze words: "father of 5 killed").
    """
    if any(ctx.cue(c) == 0 for c in low.claims):
        return True
    if any(ctx.cue(c) == 2 for c in high.claims):
        # "the toll has risen to 34, said residents, who rejected the official toll": the
        # words of an update, but set against the low figure: a dispute
        return not any(ctx.disputed(c) for c in high.claims) or _own_update(low, high, ctx)
    if not _rises(measure) or _top(high.target) in _NOT_PEOPLE:
        return False
    if any(ctx.disputed(c) for c in (*low.claims, *high.claims)):
        return False
    body = [c for c in high.claims if not ctx.headline(c)]
    if all(c.attribution.kind in _SELF_SERVING for c in body):
        return False
    (low_day, _), (high_day, _) = _when(low, ctx, told=True), _when(high, ctx)
    return low_day < high_day < _FAR_FUTURE


def _note_early(
    old: _Item,
    new: _Item,
    early: dict[tuple[int, int | None], list[tuple[_Item, dt.date]]],
    ctx: _Context,
) -> None:
    """Keep a replaced figure a report's words call early, by its bounds (``_retells_early``)."""
    days = [ctx.date(c) for c in old.claims if ctx.cue(c) == 0]
    if days:
        early[(old.quantity.lower, old.quantity.upper)].append((new, max(days)))


def _retells_early(
    low: _Item,
    high: _Item,
    early: Mapping[tuple[int, int | None], list[tuple[_Item, dt.date]]],
    ctx: _Context,
) -> bool:
    """
    Whether *low* repeats a figure that a report told no earlier called early.

    "A fire killed eight workers ... Officials had earlier said five people had died",
    and another report of that day with five dead: its five is the early figure the
    first report names, raised to the eight that replaced it, not a dispute. Only a
    figure a report's own words call early ("earlier", "initially", "up from") counts
    (*early* holds those replaced so far, by bounds, with what replaced them and the
    day they were called early), and not one the low report calls later or sets against
    another figure.
    """
    found = early.get((low.quantity.lower, low.quantity.upper))
    if not found or any(ctx.cue(c) == 2 or ctx.disputed(c) for c in low.claims):
        return False
    told = max(ctx.date(c) for c in low.claims)
    return any(
        new.quantity.overlaps(high.quantity) and told <= day for new, day in found
    ) and not _party_apart(high, low, ctx)


def _evolves(low: _Item, high: _Item, ctx: _Context) -> bool:
    """An early figure later raised by an equally or more authoritative report."""
    claims = low.claims
    if not (claims[0].provisional if len(claims) == 1 else any(c.provisional for c in claims)):
        return False
    low_date = max(ctx.date(c) for c in low.claims)
    high_date = min(ctx.date(c) for c in high.claims)
    if high_date < low_date or _party_apart(high, low, ctx):
        return False  # a party's own higher figure disputes an early one, it does not raise it
    return max(authority(c) for c in high.claims) >= min(authority(c) for c in low.claims)


# ----------------------------------------------------------------------------- count slots


@attrs.define
class _SlotResult:
    finding: Finding
    flags: dict[str, set[str]]
    consensus: Quantity | None
    items: list[_Item]
    superseded: set[str]
    ctx: _Context = attrs.field(repr=False)
    #: Figures a later, lower one corrected (``_corrections``): out of the best, in the range.
    corrected: list[_Item] = attrs.field(factory=list, repr=False)


#: An item's claim ids (``_Item.ids``), read in C: no Python call per question.
_ids: Final[Callable[[_Item], frozenset[str]]] = operator.attrgetter("ids")


def _settle(
    items: Sequence[_Item], measure: str, ctx: _Context
) -> tuple[list[tuple[_Item, _Item]], list[tuple[_Item, _Item]], set[str]]:
    """
    Split a slot's disjoint pairs into changes over time and open conflicts.

    Returns the open conflicts, the changes as (replaced, replacing) pairs, and the ids
    of the replaced (superseded) claims. Pairs are looked for again among the items
    still standing until no new change appears (at most ``_ROUNDS`` times), so a toll
    told three times (12, 19, 21) supersedes both early figures.
    """
    superseded: set[str] = set()
    changes: list[tuple[_Item, _Item]] = []
    open_pairs: list[tuple[_Item, _Item]] = []
    if len(items) < 2 or not _disjoint(items):
        return open_pairs, changes, superseded  # no pair misses another: nothing to settle
    live = list(items)
    early: dict[tuple[int, int | None], list[tuple[_Item, dt.date]]] = defaultdict(list)
    for _ in range(_ROUNDS):
        open_pairs = []
        new = False
        ladder: _Ladder | None = None  # built when a pair first disputes
        for low, high in _conflicts(live):
            old = _pair_change(low, high, measure, ctx, live=live, early=early)
            replacing = high if old is low else low
            if old is None:
                ladder = ladder or _Ladder(live)
                # the highest figure disputes *low*; a nearer one may have replaced it
                old, replacing = ladder.change(low, high, measure, early, ctx) or (None, high)
            if old is None:
                open_pairs.append((low, high))
                continue
            changes.append((old, replacing))
            _note_early(old, replacing, early, ctx)
            superseded |= _ids(old)
            new = True
        live = [i for i in live if not _ids(i) & superseded]
        if not new:
            break
    open_pairs = [(a, b) for a, b in open_pairs if not (_ids(a) | _ids(b)) & superseded]
    return open_pairs, changes, superseded


def _raised_floors(
    items: Sequence[_Item], ctx: _Context
) -> tuple[list[tuple[_Item, _Item]], list[tuple[_Item, _Item]], set[str]]:
    """
    Open floors called early that a later, higher figure raised, in a slot whose figures all meet.

    "At least 30 killed, according to a preliminary count" on Monday and the ministry's 45
    on Tuesday: the intervals meet, but the first was explicitly early, so the toll moved
    (``evolving``, the floor ``superseded``, each step shown). An open floor not called
    early ("at least 12", then 19) was already open: that stays ``consistent``. The raising
    figure is told later and is equally or more authoritative (``_evolves``), and not a
    party's figure beside another origin's. Same shape as ``_settle``'s result.
    """
    changes: list[tuple[_Item, _Item]] = []
    if len(items) < 2:
        return [], changes, set()
    top = max(i.quantity.lower for i in items)  # only a floor below some figure is raised
    early = [
        i
        for i in items
        if i.quantity.upper is None
        and i.quantity.lower < top
        and any(_called_early(c, ctx) for c in i.claims)
    ]
    olds = _with_retellings(early, items)
    # the highest figures first, and only the few highest above a floor tried (as
    # ``_Ladder`` does): a slot of many floors costs n log n, not n squared
    ranked = (
        sorted(items, key=lambda i: (i.quantity.lower, _when(i, ctx), i.label), reverse=True)
        if olds
        else []
    )
    for old in olds:
        floor = min(authority(c) for c in old.claims)
        above = [
            i for i in itertools.islice(ranked, _NEARER) if i.quantity.lower > old.quantity.lower
        ]
        for new in above:
            if (
                max(authority(c) for c in new.claims) >= floor
                and _order(old, new, ctx) < 0
                and not _party_apart(new, old, ctx)
                and not any(ctx.disputed(c) for c in (*old.claims, *new.claims))
            ):
                changes.append((old, new))
                break
    return [], changes, {cid for old, _ in changes for cid in _ids(old)}


def _called_early(c: CountClaim, ctx: _Context) -> bool:
    """
    Whether a source's figure is marked early: provisional, or early words around it.

    Early words include a sentence saying the count may rise ("warning that the toll was
    likely to rise").

    The reporter's own words are not enough: "Six months earlier, a boy was killed" dates
    another incident, it does not call a count early.
    """
    if ctx.voice(c) in _UNATTRIBUTED:
        return False
    return c.provisional or ctx.cue(c) == 0 or ctx.may_rise(c)


def _with_retellings(early: Sequence[_Item], items: Sequence[_Item]) -> list[_Item]:
    """
    The early items and those that retell one of them in its own report with its bounds.

    "Floods killed at least 30 people, according to a preliminary count by officials":
    the reporter's own "at least 30" of that sentence is the same early figure.
    """
    if not early:
        return []
    told = {(c.document, i.quantity.lower) for i in early for c in i.claims}
    return [
        i
        for i in items
        if i.quantity.upper is None
        and all((c.document, i.quantity.lower) in told for c in i.claims)
    ]


def _pair_change(
    low: _Item,
    high: _Item,
    measure: str,
    ctx: _Context,
    *,
    live: Sequence[_Item],
    early: Mapping[tuple[int, int | None], list[tuple[_Item, dt.date]]],
) -> _Item | None:
    """The item of a disjoint pair the other replaced over time (``_change``), or None."""
    old = _change(low, high, measure, ctx)
    if old is low and _disputed_then(low, high, live, ctx):
        old = None
    if old is None and early and _retells_early(low, high, early, ctx):  # none called early yet
        old = low
    return old


class _Ladder:
    """
    A slot's standing items by lower end: the figures just above one, found by bisection.

    ``_conflicts`` pairs a figure with the highest one above it. When that pair is a
    dispute (an armed group's own 40 over the ministry's 12), a nearer figure may still
    have replaced the low one (the ministry's "rose to 15" a day later): ``change``
    tries the few figures just above it (``_NEARER``), so the 12 is superseded and the
    dispute is between the 15 and the 40. Only a change words or one source tell
    (``_told_change``) counts there.
    """

    def __init__(self, live: Sequence[_Item]) -> None:
        self._items = sorted(live, key=lambda i: (i.quantity.lower, i.label))
        self._lows = [i.quantity.lower for i in self._items]

    def change(
        self,
        low: _Item,
        high: _Item,
        measure: str,
        early: Mapping[tuple[int, int | None], list[tuple[_Item, dt.date]]],
        ctx: _Context,
    ) -> tuple[_Item, _Item] | None:
        """The (replaced, replacing) pair of *low* and a figure below *high*, or None."""
        upper = low.quantity.upper
        if upper is None:
            return None
        start = bisect.bisect_right(self._lows, upper)
        for other in self._items[start : start + _NEARER]:
            if other.quantity.lower >= high.quantity.lower:
                break
            if low.target not in _chain(other.target) or _share_claim(low, other):
                continue
            old = _pair_change(low, other, measure, ctx, live=self._items, early=early)
            new = other if old is low else low
            if old is not None and _told_change(old, new, ctx):
                return old, new
        return None


def _corrections(
    changes: list[tuple[_Item, _Item]], measure: str, ctx: _Context
) -> tuple[list[tuple[_Item, _Item]], list[tuple[_Item, _Item]]]:
    """
    Split a slot's changes into a toll that rose and figures a lower one corrected.

    Only a toll that rises evolves: a figure a later one lowers ("revised down to 19",
    "counted twice", the fire service's 20 on Sunday and its 16 on Monday) stays a
    dispute of the two figures, whatever words tell it; the correction is the best
    figure all the same (the corrected one leaves the figures that stand, not the
    range). A ``missing`` count falls as people are found: that is a change.
    Returns the rises and the corrections, each as (old, new) pairs.
    """
    if measure == "missing" or not changes:
        return changes, []
    rises: list[tuple[_Item, _Item]] = []
    lowered: list[tuple[_Item, _Item]] = []
    for old, new in changes:
        upper = new.quantity.upper
        below = upper is not None and upper < old.quantity.lower
        if below and measure == "injured" and _wounded_died(new, old, ctx):
            below = False  # the wounded who died left the count: the story moved on
        (lowered if below else rises).append((old, new))
    return rises, lowered


def _told_change(old: _Item, new: _Item, ctx: _Context) -> bool:
    """
    Whether words or one source say *new* replaced *old*, not the order of days alone.

    Beside a dispute, a later figure of another voice may be one more side of it: the
    change needs the early figure called early, the new one called later or a
    correction ("rose to 15", "revised down to"), or one named source giving both.
    """
    if any(ctx.cue(c) == 0 for c in old.claims):
        return True
    if any(ctx.cue(c) == 2 or ctx.revised(c) for c in new.claims):
        return True
    low, high = sorted((old, new), key=lambda i: (i.quantity.lower, i.label))
    return _own_update(low, high, ctx)


def _resolve_slot(
    event: str,
    measure: str,
    claims: Sequence[CountClaim],
    ctx: _Context,
    *,
    joined: Mapping[str, str] | None = None,
    floors: Sequence[_Item] = (),
) -> _SlotResult:
    # one claim (half the slots) is its own common ancestor: no list, no call
    group = claims[0].group if len(claims) == 1 else _common_ancestor([c.group for c in claims])
    items = _items_for_slot(claims, ctx)
    if measure == "killed" and any(_increment(i, ctx) for i in items):
        items = _on_earlier_toll(items, ctx)
    if floors:  # the named groups of other reports, each some of the people (``_group_floors``)
        items = [*items, *floors]
    if joined:
        # the generic claims stand for a group the named ones may only be some of
        # ("38 people" as civilians beside "nine children"): the slot is about both
        named = [c.group for c in claims if c.group not in joined]
        group = _common_ancestor([*named, *joined.values()])
        items = _stand_for(items, joined)
    disjoint = len(items) > 1 and _disjoint(items)
    if disjoint:
        # only disjoint figures need the readings that tell a dispute from loose words
        items = _below_estimates(_held_elsewhere(_loosen_vague(items), measure, ctx), ctx)
        items = _attackers_either_way(_with_attackers(items, ctx))
        _date_retold(claims, ctx)
    if measure in _SUSPECTS_ONLY and group != "suspects":
        # "no arrests" (of suspects) and "two men arrested" count the same people
        items = [attrs.evolve(i, target=group) if i.target == "suspects" else i for i in items]
    # figures that all meet have nothing to settle (``_settle`` would find no pair), but an
    # open floor called early that a later figure raises ("at least 30, a preliminary count")
    open_pairs, changes, superseded = (
        _settle(items, measure, ctx) if disjoint else _raised_floors(items, ctx)
    )
    live = [i for i in items if not _ids(i) & superseded] if superseded else list(items)
    changes, corrected = _corrections(changes, measure, ctx) if changes else (changes, [])
    if corrected:
        # the corrected figure leaves the figures that stand, but is no early one
        superseded = {cid for old, _ in changes for cid in _ids(old)}
        open_pairs = [*open_pairs, *((new, old) for old, new in corrected)]
    term = None if open_pairs else _compute(live, group)
    consensus = term.result if term is not None else None
    verdict = "conflicting" if open_pairs else ("evolving" if superseded else "consistent")
    flags: dict[str, set[str]] = defaultdict(set)  # a set only for a claim that gets a flag
    contested = (
        {c.id for pair in open_pairs for i in pair for c in i.claims} if open_pairs else set()
    )
    origins = ctx.origins(claims)
    if contested and floors:  # a named group's count that disputes the people's toll
        for c in {c.id: c for i in floors for c in i.claims if c.id in contested}.values():
            flags[c.id].add("contested")
    # a consistent slot of several origins flags nothing here: no pass over its claims
    for c in claims if contested or superseded or len(origins) == 1 else ():
        if c.id in contested:
            flags[c.id].add("contested")
        if c.id in superseded:
            flags[c.id].add("superseded")
        if len(origins) == 1:
            flags[c.id].add("single_source")
    if len(origins) > 1:  # one origin alone corroborates nothing
        _corroborate(claims, flags, contested | superseded, ctx, consistent=not open_pairs)
    # only a party's figure can be denied: most slots hold none, and skip the call
    speaks = ctx.party and not open_pairs and not ctx.party.isdisjoint(map(_CLAIM_ID, claims))
    denied = _denied(claims, ctx) if speaks else {}
    for cid in denied:
        flags[cid].add("contested")
    conflicts = (
        sorted({tuple(sorted(_ids(a) | _ids(b))) for a, b in open_pairs}) if open_pairs else []
    )
    raised = (
        sorted({(c.id, tuple(sorted(_ids(new)))) for old, new in changes for c in old.claims})
        if changes
        else []
    )
    arithmetic = _new(Arithmetic, consensus=term, raised=tuple(raised), set_aside=())
    finding = _new(
        Finding,
        event=event,
        measure=measure,
        group=_top(group),
        verdict=verdict,
        consensus=consensus,
        claims=tuple(sorted(map(_CLAIM_ID, claims))),
        conflicts=tuple(conflicts),
        explanation=_explain(items, open_pairs, changes, term, ctx)
        + (_denied_note(denied) if denied else ""),
        origins=ctx.keep(shown := tuple(sorted(origins)), shown),
        arithmetic=arithmetic,
    )
    old_items = list({id(old): old for old, _ in corrected}.values()) if corrected else []
    return _SlotResult(finding, flags, consensus, live, superseded, ctx, old_items)


def _denied(claims: Sequence[CountClaim], ctx: _Context) -> dict[str, str]:
    """
    A party's figures of a slot that another side denies in their report, with the words.

    "The rebels said they killed 30 soldiers. The army denied losing any soldiers.": the
    army gave no count, yet the rebels' 30 is contested, not an agreed toll.
    """
    found: dict[str, str] = {}
    for c in claims:
        if c.id in ctx.party and (words := ctx.denial(c)):
            found[c.id] = words
    return found


def _denied_note(denied: Mapping[str, str]) -> str:
    """The explanation's note of a party's figures denied in their report ("" when none)."""
    if not denied:
        return ""
    told = "; ".join(f"{cid}: “{words}”" for cid, words in sorted(denied.items()))
    return f"; a party's figure denied in its report ({told})"


#: Voices whose figure is no base an increment adds to: a hedge, a party's own count.
_NO_BASE: Final = frozenset({"vague", "party"})


def _on_earlier_toll(items: list[_Item], ctx: _Context) -> list[_Item]:
    """
    An increment a report tells with no total of its own adds to the toll told before it.

    "Three more bodies were recovered" a day after "nine killed" is at least 12: the
    report's increment of the dead is added to the lowest figure of the latest earlier
    day (other reports only; a hedge's, a party's own, a vague word or another increment
    is no base), and stays at least its own figure when its report gives a larger count
    of the slot, no earlier day gave one, or that day's figures dispute.
    """
    adds = [_increment(i, ctx) for i in items]
    figures = [i for i, add in zip(items, adds, strict=True) if not add and i.quantity.lower > 0]
    out: list[_Item] = []
    for i, add in zip(items, adds, strict=True):
        base = _earlier_toll(i, figures, ctx) if add else None
        if base is None:
            out.append(i)
            continue
        low = base.quantity.lower + i.quantity.lower
        note = f"added to {base.quantity.lower} told earlier ({base.label}): at least {low}"
        out.append(
            _Item(i.target, Quantity(low, None, qualifier="at_least"), i.claims, i.label, note)
        )
    return out


def _increment(item: _Item, ctx: _Context) -> bool:
    """Whether an item is one count read as an increment ("three more bodies"): at least it."""
    if len(item.claims) != 1 or item.quantity.upper is not None:
        return False
    return ctx.adds(item.claims[0])


def _earlier_toll(increment: _Item, figures: Sequence[_Item], ctx: _Context) -> _Item | None:
    """
    The base an increment adds to: the lowest count of the latest day before its report.

    None when its report gives a larger count, that day's *figures* dispute (in any voice,
    residents' too), or none of them is a base (``_on_earlier_toll``).
    """
    (c,) = increment.claims[:1]
    day = ctx.date(c)
    if day == _FAR_FUTURE:
        return None
    own = [b for b in figures if any(k.document == c.document for k in b.claims)]
    if any(b.quantity.lower > increment.quantity.lower for b in own):
        return None  # its report tells the toll too: the increment is some of it
    dated = [(max(ctx.date(k) for k in b.claims), b) for b in figures if b not in own]
    earlier = [(d, b) for d, b in dated if d < day]
    if not earlier:
        return None
    latest = max(d for d, _ in earlier)
    told = [b for d, b in earlier if d == latest]
    if len(told) > 1 and _disjoint(told):
        return None  # that day's figures dispute: no toll to add to
    bases = [b for b in told if b.quantity.qualifier != "vague" and not _no_base(b)]
    return min(bases, key=lambda b: (b.quantity.lower, b.label)) if bases else None


def _no_base(item: _Item) -> bool:
    """Whether a hedge or a party gives the item: no toll an increment adds to."""
    claims = item.claims
    if len(claims) == 1:  # most items: no generator to run
        return claims[0].attribution.kind in _NO_BASE
    return any(c.attribution.kind in _NO_BASE for c in claims)


def _stand_for(items: list[_Item], joined: Mapping[str, str]) -> list[_Item]:
    """Items about a generic group, counted as the group it joined (``_join_generic``)."""
    return [
        _Item(joined[i.target], i.quantity, i.claims, i.label, i.note) if i.target in joined else i
        for i in items
    ]


def _joined_finding(
    finding: Finding, claims: Sequence[CountClaim], joined: Mapping[str, str]
) -> Finding:
    """A joined slot's finding, named by ``_joined_label`` and saying what it joined."""
    return attrs.evolve(
        finding,
        group=_joined_label(claims, finding.group, joined),
        explanation=finding.explanation + _joined_note(claims, joined),
    )


def _joined_label(claims: Sequence[CountClaim], group: str, joined: Mapping[str, str]) -> str:
    """
    The group a joined slot's finding is named after: the one most of its claims use.

    Reports that mostly say "people" keep a finding of ``people``, reports that mostly name
    the group keep the group's (ties too): the figure is one answer either way.

    >>> from claimrec.testing import count_claim
    >>> claims = [count_claim(id=i, group=g) for i, g in (("a", "people"), ("b", "people"),
    ...                                                  ("c", "civilians"))]
    >>> _joined_label(claims, "civilians", {"people": "civilians"})
    'people'
    """
    named = _top(group)
    counts = Counter(c.group if c.group in joined else named for c in claims)
    generic, most = max(((g, n) for g, n in counts.items() if g in joined), key=lambda p: p[1])
    return generic if most > counts[named] else named


def _joined_note(claims: Sequence[CountClaim], joined: Mapping[str, str] | None) -> str:
    """
    The words of a finding that says which claims of a generic group it counted as another.

    >>> from claimrec.testing import count_claim
    >>> _joined_note([count_claim(id="a", group="people")], {"people": "civilians"})
    '; people (a) counted as civilians: the one group of victims the reports name'
    """
    if not joined:
        return ""
    notes = []
    for generic, group in sorted(joined.items()):
        ids = sorted(c.id for c in claims if c.group == generic)
        if ids:
            whom = "the one group of victims" if generic == "people" else "the one side's troops"
            shown = ", ".join(ids[:3]) + (f" (+{len(ids) - 3} more)" if len(ids) > 3 else "")
            notes.append(f"{generic} ({shown}) counted as {group}: {whom} the reports name")
    return "".join(f"; {n}" for n in notes)


def _disjoint(items: Sequence[_Item]) -> bool:
    """Whether two of the items' intervals miss each other (the highest low above the lowest high)."""
    quantities = [i.quantity for i in items]  # each bound read once, no generator frames
    uppers = [u for u in [q.upper for q in quantities] if u is not None]
    return bool(uppers) and max([q.lower for q in quantities]) > min(uppers)


def _date_retold(claims: Sequence[CountClaim], ctx: _Context) -> None:
    """
    Date a figure the reporter retells from an earlier day by the day it was first told.

    A later story's background ("the floods, which killed 23 people, destroyed ...")
    repeats the figure of the first reports in the reporter's own voice, in a clause that
    describes the event, while the toll has moved on: it is that early figure again, not a
    new, lower count. Only the reporter's voice retells; a source that gives the same
    figure again still stands behind it, and a figure of the story's own sentences ("all
    five survived") is news of its day.
    """
    retelling = [c for c in claims if c.attribution.kind == "none" and ctx.marks(c) & _MARK_RECAP]
    if not retelling or len(claims) < 2:
        return
    first: dict[tuple[int, int | None], dt.date] = {}
    for c in claims:
        key = (c.quantity.lower, c.quantity.upper)
        day = ctx.date(c)
        if day < first.get(key, _FAR_FUTURE):
            first[key] = day
    for c in retelling:
        told = first.get((c.quantity.lower, c.quantity.upper), _FAR_FUTURE)
        if told < ctx.date(c) < _FAR_FUTURE and ctx.recap(c):
            ctx.retold[c.id] = told


def _corroborate(
    claims: Sequence[CountClaim],
    flags: dict[str, set[str]],
    excluded: set[str],
    ctx: _Context,
    *,
    consistent: bool,
) -> None:
    """
    Flag claims that a claim of another, independent origin agrees with.

    In a consistent slot every live claim is compatible with every other (intervals
    that pairwise overlap share a point), so another origin among them suffices; in a
    conflicting slot each claim is checked against the others, up to a bounded number.
    """
    live = [c for c in claims if c.id not in excluded]
    owns = ctx.origin_list(live)  # each claim's origin, read once
    origins = Counter(owns)
    total = len(live)
    compared = list(zip(live[:_MAX_COMPARED], owns, strict=False))
    for c, mine in zip(live, owns, strict=True):
        if origins[mine] == total:
            continue
        if consistent:
            flags[c.id].add("corroborated")
            continue
        for other, theirs in compared:
            if theirs == mine:
                continue
            related = (
                other.group == c.group
                or c.group in _chain(other.group)
                or other.group in _chain(c.group)
            )
            if related and _compatible(c, other):
                flags[c.id].add("corroborated")
                break


def _compatible(a: CountClaim, b: CountClaim) -> bool:
    if a.group == b.group:
        return a.quantity.overlaps(b.quantity)
    low, high = (a, b) if a.group in _chain(b.group) else (b, a)
    # `low` is the ancestor; the descendant's count must fit inside it.
    upper = low.quantity.upper
    return upper is None or upper >= high.quantity.lower


def _short(q: Quantity) -> str:
    """A quantity inside arithmetic: '7', '≥ 10', '≤ 5', '17–40', 'several (3–9)'."""
    if q.qualifier != "vague" and q.upper is None:
        return f"≥ {q.lower}"
    if q.qualifier == "at_most" and q.low == 0 and q.high is not None:
        return f"≤ {q.high}"
    return str(q)


def _name(group: str) -> str:
    """A subgroup's name in a sum: the last part of its key ('us.military' -> 'military')."""
    return group.rsplit(".", 1)[-1]


def _render(term: Term, claims: Mapping[str, CountClaim], ctx: _Context, *, nested: bool) -> str:
    """One term as text; nested intersections show their result in brackets."""
    if term.op == "claim":
        c = claims[term.claims[0]]
        q, read = c.quantity, term.result
        if read is not None and read is not q and (read.lower, read.upper) != (q.lower, q.upper):
            q = read  # as the arithmetic reads it: "two of the wounded" is at least 2
        return f"{_short(q)} ({ctx.label(c)})"
    if term.op == "sum" and all(t.op == "claim" and t.group != term.group for t in term.terms):
        first = claims[term.terms[0].claims[0]]
        if all(
            t.claims[0] in claims and claims[t.claims[0]].sentence == first.sentence
            for t in term.terms
        ):
            parts = " + ".join(
                f"{_name(t.group)} {_short(claims[t.claims[0]].quantity)}" for t in term.terms
            )
            return f"{parts} ({ctx.label(first)})"
    if term.op == "sum":
        parts = " + ".join(
            f"{_name(t.group)} {_render(t, claims, ctx, nested=True)}" for t in term.terms
        )
        return f"({parts} = {_short(term.result)})" if nested and term.result else parts
    shown = [_render(t, claims, ctx, nested=True) for t in term.terms[:_SHOWN]]
    if len(term.terms) > _SHOWN:
        shown.append(f"… ({len(term.terms) - _SHOWN} more)")
    body = " ∩ ".join(shown)
    if not nested:
        return body
    result = _short(term.result) if term.result is not None else "nothing"
    return f"({body} = {result})"


def _explain(
    items: Sequence[_Item],
    open_pairs: Sequence[tuple[_Item, _Item]],
    changes: Sequence[tuple[_Item, _Item]],
    term: Term | None,
    ctx: _Context,
) -> str:
    """
    The finding's arithmetic as one sentence.

    "rocket ≥ 2 (…) + missile (≥ 10 (…) ∩ 17–40 (…) = 17–40) = at least 19"; a conflict
    names its pairs ("8 (police, d1) < 11 (health officials, d2)"); a change over time
    is shown as "12 (…) → 21 (…)" before the figures that still stand.
    """
    if open_pairs:
        parts = [f"{_describe(a, ctx)} < {_describe(b, ctx)}" for a, b in open_pairs[:3]]
        more = f" (+{len(open_pairs) - 3} more)" if len(open_pairs) > 3 else ""
        return "; ".join(parts) + more + " → no count satisfies all"
    claims = {c.id: c for i in items for c in i.claims}
    body = ""
    if term is not None:
        body = _render(term, claims, ctx, nested=False)
        if term.op != "claim" and term.result is not None:
            body += f" = {term.result}"
    if changes:
        steps: dict[tuple[str, str], str] = {}
        for old, new in sorted(changes, key=lambda p: (_when(p[0], ctx), p[0].label)):
            key = (old.label, new.label)
            if key not in steps:
                steps[key] = (
                    ""
                    if len(steps) >= 3
                    else f"{_describe(old, ctx)} → {_describe(new, ctx)}{_fell(old, new)}"
                    f"{_rose_note(old, new, ctx)}"
                )
        shown = [s for s in steps.values() if s]
        more = f" (+{len(steps) - 3} more)" if len(steps) > 3 else ""
        body = f"{'; '.join(shown)}{more}; now {body}"
    return body


def _rose_note(old: _Item, new: _Item, ctx: _Context) -> str:
    """
    The words that made a change of one day, where its report said the count rose.

    "21 (the mayor, q1) → 34 (the emergency service, q2; its report: “number of injured
    ... has risen”)": no date or word beside the figures orders them, the report does.
    """
    if _order(old, new, ctx) != 0 or not _said_to_rise(old, new, ctx):
        return ""
    words = next(w for c in new.claims if (w := ctx.rose_words(c)))
    return f" (its report: “{words}”)"


def _fell(old: _Item, new: _Item) -> str:
    """The reason a count of the injured fell over time: those who died left it (``_wounded_died``)."""
    upper = new.quantity.upper
    if upper is None or upper >= old.quantity.lower or old.claims[0].measure != "injured":
        return ""
    return " (injured who died left the count)"


# ----------------------------------------------------------------------------- responsibility


def _same_actor(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= _SAME_ACTOR


def _rival_actors(
    accusations: Sequence[ResponsibilityClaim], ctx: _Context
) -> list[tuple[ResponsibilityClaim, ResponsibilityClaim]]:
    """
    Pairs of claims and blames in different reports that name different actors.

    A medics' group blaming a paramilitary force and, in another report, the force
    blaming the army dispute who did it. A description ("militant faction", "Iraqi
    faction" in a headline) names no one in particular, and one report naming two
    actors is read as one account (its headline and its body, a group and its backers).
    """
    named = [c for c in accusations if c.actor and not _described(c.actor)]
    return [
        (a, b)
        for k, a in enumerate(named)
        for b in named[k + 1 :]
        if a.document != b.document
        and ctx.origin(a) != ctx.origin(b)
        and not _same_actor(a.actor, b.actor)
    ]


def _described(actor: str) -> bool:
    """
    True for an actor described rather than named: no article and no capital after its first word.

    >>> _described("militant faction"), _described("Little-known militia")
    (True, True)
    >>> _described("the army"), _described("Hamas"), _described("the Northern Dawn Brigades")
    (False, False, False)
    """
    words = actor.split()
    if len(words) == 1:
        return not words[0][:1].isupper()
    if words[0].lower() == "the":
        return False
    return not any(w[:1].isupper() for w in words[1:])


def _resolve_responsibility(
    event: str, claims: Sequence[ResponsibilityClaim], ctx: _Context
) -> tuple[Finding, dict[str, set[str]]]:
    flags: dict[str, set[str]] = defaultdict(set)  # a set only for a claim that gets a flag
    superseded: set[str] = set()
    pairs: list[tuple[ResponsibilityClaim, ResponsibilityClaim]] = []
    claimed = [c for c in claims if c.stance == "claimed"]
    for c in claims:
        if c.stance == "none_claimed":
            later = [k for k in claimed if ctx.date(k) >= ctx.date(c)]
            if later:
                superseded.add(c.id)
            elif claimed:
                pairs.append((c, claimed[0]))
    denials = [c for c in claims if c.stance == "denied"]
    accusations = [c for c in claims if c.stance in {"claimed", "blamed"}]
    pairs.extend(
        (min(a, d, key=lambda c: c.id), max(a, d, key=lambda c: c.id))
        for d in denials
        for a in accusations[:_MAX_COMPARED]
        if _same_actor(a.actor, d.actor)
    )
    pairs.extend(_rival_actors(accusations[:_MAX_COMPARED], ctx))
    contested = {c.id for pair in pairs for c in pair}
    for c in claims:
        if c.id in contested:
            flags[c.id].add("contested")
        if c.id in superseded:
            flags[c.id].add("superseded")
    origins = ctx.origins(claims)
    for c in claims:
        if len(origins) == 1:
            flags[c.id].add("single_source")
        elif c.id not in contested and any(
            o.stance == c.stance
            and _same_actor(o.actor, c.actor)
            and ctx.origin(o) != ctx.origin(c)
            for o in claims[:_MAX_COMPARED]
        ):
            flags[c.id].add("corroborated")
    verdict = "conflicting" if pairs else ("evolving" if superseded else "consistent")
    said = "; ".join(
        f"{c.stance}{' by ' + c.actor if c.actor and c.stance == 'claimed' else ''}"
        f"{' on ' + c.actor if c.actor and c.stance == 'blamed' else ''} ({ctx.label(c)})"
        for c in sorted(claims, key=lambda c: (ctx.date(c), c.id))[:6]
    )
    finding = Finding(
        event=event,
        measure="responsibility",
        group="actor",
        verdict=verdict,
        consensus=None,
        claims=tuple(sorted(c.id for c in claims)),
        conflicts=sorted({tuple(sorted((a.id, b.id))) for a, b in pairs}),
        explanation=said,
    )
    return finding, flags


# ----------------------------------------------------------------------------- estimates


def _point(q: Quantity) -> int:
    """
    The one figure a claim gives: its low end, but an upper bound's high end.

    "Fewer than 100 were killed" gives 99, not 0: it says how high the toll goes.

    >>> _point(Quantity(0, 99, qualifier="at_most", text="fewer than 100")), _point(Quantity(7, 7))
    (99, 7)
    """
    if q.qualifier == "at_most" and q.upper is not None:
        return q.high if q.high is not None else q.low
    return q.low


class _Support:
    """
    How many independent origins allow a figure, among a slot's items.

    Each item's bounds and origins are read once, and each figure is counted once, so a
    slot of n items costs n bounds and one pass per distinct figure asked about.
    """

    def __init__(self, items: Sequence[_Item], ctx: _Context) -> None:
        self._items = [(i.quantity.lower, i.quantity.upper, ctx.origins(i.claims)) for i in items]
        self._known: dict[int, int] = {}

    def __call__(self, figure: int) -> int:
        """The origins of the items whose bounds contain *figure* (``Quantity.contains``)."""
        if figure not in self._known:
            # the bounds of the exact quantity ``figure``, as ``Quantity.lower``/``upper`` read them
            low = math.floor(figure * 1.0 + 1e-9)
            high = math.ceil(figure * 1.0 - 1e-9)
            origins: set[str] = set()
            for lower, upper, own in self._items:
                if (upper is None or high <= upper) and low >= lower:
                    origins |= own
            self._known[figure] = len(origins)
        return self._known[figure]


def _newest_rank_own(item: _Item, ctx: _Context) -> tuple[dt.date, int, bool]:
    """
    An item's latest report date, its highest ``authority``, and whether a party gives it all.

    A party is one by its attribution's kind or by the voice it speaks in (``_partisan``).

    Most items hold one claim: its own readings, with no generator run per question.
    """
    claims = item.claims
    if len(claims) == 1:
        (c,) = claims
        return ctx.date(c), authority(c), c.attribution.kind == "party" or c.id in ctx.party
    return (
        max(ctx.date(c) for c in claims),
        max(authority(c) for c in claims),
        all(c.attribution.kind == "party" or c.id in ctx.party for c in claims),
    )


def _best(
    policy: str,
    consensus: Quantity | None,
    items: Sequence[_Item],
    ctx: _Context,
) -> tuple[int, str]:
    if policy == "conservative":
        return min(i.quantity.lower for i in items), "lowest figure any claim allows"
    if policy == "consensus" and consensus is not None:
        if consensus.high == consensus.low:
            return consensus.low, "consensus figure"
        exact = sorted(
            {
                i.quantity.low
                for i in items
                if i.quantity.is_exact and consensus.contains(i.quantity.low)
            }
        )
        if exact:
            return exact[-1], "highest exact figure inside the consensus"
        return consensus.low, "consensus low end"

    support = _Support(items, ctx) if policy != "latest" else None

    def key(i: _Item) -> tuple[int, int, int, dt.date, int, int]:
        newest, rank, own = _newest_rank_own(i, ctx)
        when = newest if newest != _FAR_FUTURE else dt.date.min
        if support is None:
            return (0, 0, 0, when, rank, i.quantity.low)
        # a party's own toll of its attack is a claim, not a count: any other voice first
        point = support(_point(i.quantity))
        return (int(not own), point, rank, when, int(i.quantity.is_exact), i.quantity.low)

    compared = items[:_MAX_COMPARED]
    keys = list(map(key, compared))
    top = max(keys)
    chosen = compared[keys.index(top)]
    if support is not None and keys.count(top) < len(keys):
        alike = top[:4]
        tied = [i for i, k in zip(compared, keys, strict=True) if k[:4] == alike]
        chosen = _told_update(chosen, tied, ctx)
    if policy == "latest":
        return _point(chosen.quantity), "latest figure, most authoritative on ties"
    return (
        _point(chosen.quantity),
        "figure the most independent origins allow, then the most authoritative (conflict)",
    )


def _told_update(chosen: _Item, tied: Sequence[_Item], ctx: _Context) -> _Item:
    """
    Of figures alike in support, authority and day, a toll its words update first.

    "Rose to 23" (the ministry) before "80 were killed" (a district governor), told the
    same day: the line the story follows, not the bare figure far from it. Among those
    alike in that too, the exact one, then the higher, as before.
    """
    if len(tied) < 2:
        return chosen
    return max(
        tied,
        key=lambda i: (
            max(map(ctx.cue, i.claims)),
            int(i.quantity.is_exact),
            i.quantity.low,
        ),
    )


def _slot_best(s: _SlotResult, policy: str, ctx: _Context, counted: int | None) -> tuple[int, str]:
    """
    A slot's best figure; an evolving slot's is the latest of its most authoritative origin.

    The superseded figures are out already: among the figures that stand, the most
    authoritative origin's latest one, kept inside the consensus. Under ``consensus``,
    *counted* (``_counted``), when known, is the best figure.
    """
    if policy == "consensus" and counted is not None:
        return counted, "highest count below an estimate of the whole toll (its high end)"
    if policy != "consensus" or s.finding.verdict != "evolving" or not s.items:
        # a toll read from a speaker's groups ("three fighters and no civilians") is a
        # side of the dispute, not the figure beside those who counted the people
        counts = [i for i in s.items if i.note != _WHOLE_NOTE] or s.items
        return _best(policy, s.consensus, counts, ctx)

    def rank(i: _Item) -> tuple[int, tuple[dt.date, int], int]:
        when = _when(i, ctx)
        known = when if when[0] != _FAR_FUTURE else (dt.date.min, when[1])
        return (max(authority(c) for c in i.claims), known, i.quantity.low)

    chosen = max(s.items[:_MAX_COMPARED], key=rank)
    best = _point(chosen.quantity)
    if s.consensus is not None and not s.consensus.contains(best):
        best = s.consensus.low
    return best, "evolving: latest figure of the most authoritative origin"


def _counted(s: _SlotResult) -> int | None:
    """
    The highest count of a slot whose estimates of the whole toll lie above its counts.

    "1,200 confirmed dead" beside aid agencies' "about 5,000": what is counted so far is
    the figure a data desk reports, the estimate its high end. None when the slot holds
    no count below an estimate.
    """
    items = s.items
    if len(items) < 2:  # one figure is no count below an estimate, nor an estimate above one
        return None
    if not _rises(s.finding.measure) or _top(s.finding.group) in _NOT_PEOPLE:
        return None
    ctx = s.ctx
    estimates = [i for i in items if ctx.all_estimated(i.claims)]
    if not estimates or len(estimates) == len(items):
        return None
    floor = max(i.quantity.lower for i in estimates)
    below = [
        i.quantity.lower
        for i in items
        if i.quantity.lower < floor
        and i.quantity.qualifier != "at_most"
        and not any(ctx.estimated(c) for c in i.claims)
    ]
    return max(below) if below else None


def _slot_bounds(s: _SlotResult, counted: int | None) -> tuple[int, int | None]:
    """
    A slot's low and high: its consensus, or the widest its claims allow on conflict.

    The low end of a slot whose counts lie below an estimate is its highest, *counted*.
    """
    if s.consensus is not None:
        return (s.consensus.lower if counted is None else counted), s.consensus.upper
    items = [*s.items, *s.corrected]  # a corrected figure is still one side of the dispute
    uppers = [i.quantity.upper for i in items]
    high = None if None in uppers else max(u for u in uppers if u is not None)
    return min([i.quantity.lower for i in items]), high


def _estimate(slots: Sequence[_SlotResult], policy: str, ctx: _Context) -> Estimate | None:
    """Combine a measure's person slots of one event into low / best / high."""
    lows, highs, bests, rules = 0, 0, 0, []
    unbounded = False
    people: _SlotResult | None = None
    others: list[_SlotResult] = []
    for s in slots:
        if s.finding.group == "people":
            people = s
        else:
            others.append(s)
    claimed: list[_SlotResult] = []
    if people is not None and others and not _party_only(people):
        # a party's own count of the fighters it killed is its claim of success: beside an
        # independent toll of the dead it gives the high end, never the best
        claimed = [s for s in others if _party_only(s)]
        others = [s for s in others if s not in claimed]
    parts = others or ([people] if people else [])
    if not parts:
        return None
    for s in parts:
        if not s.items:
            continue
        counted = _counted(s) if len(s.items) > 1 else None  # one figure counts nothing below
        low, high = _slot_bounds(s, counted)
        best, rule = _slot_best(s, policy, ctx, counted)
        best = min(max(best, low), high) if high is not None else max(best, low)
        lows += low
        bests += best
        rules.append(rule)
        if high is None:
            unbounded = True
        else:
            highs += high
    if people is not None and others and people.items:
        counted = _counted(people) if len(people.items) > 1 else None
        p_best, p_rule = _slot_best(people, policy, ctx, counted)
        p_low = _slot_bounds(people, counted)[0]
        if _victims_only(people) and all(s.finding.group in _PERPETRATORS for s in others):
            # "one woman dead" beside "killing the suspect": victims and their attacker
            bests, lows, rules = bests + p_best, lows + p_low, [*rules, p_rule]
        else:
            # Unspecified victims ("five people") may include every named group.
            if p_best > bests:
                bests, rules = p_best, [p_rule]
            lows = max(lows, p_low)
        unbounded = True
    high = None if unbounded else max(highs, bests)
    if claimed:
        rules.append(_CLAIMED_ASIDE)
        if high is not None:
            high = max(high, *(_slot_bounds(s, _counted(s))[0] for s in claimed if s.items))
    return _new(  # the resolver's own ints, never negative: no validator call per field
        Estimate,
        low=lows,
        best=max(bests, lows),
        high=high,
        rule=ctx.keep(rule := f"{policy}: " + "; ".join(sorted(set(rules))), rule),
    )


#: The rule's words when a party's own count of the fighters it killed is set aside.
_CLAIMED_ASIDE: Final = "a party's own count of those it killed never the best"


def _party_only(s: _SlotResult) -> bool:
    """
    Whether every figure of a slot is a side's count of those it says it killed (``_own_kills``).

    "The army said its troops killed 80 militants" (and the headline's "80 militants
    killed" over it, its report's retelling) is one side's claim of success, not a count
    another origin gives.
    """
    claims = [c for i in s.items for c in i.claims]
    told = {(c.document, c.quantity.lower) for c in claims if _own_kills(c)}
    return bool(told) and all(
        _own_kills(c) or (c.attribution.is_unattributed and (c.document, c.quantity.lower) in told)
        for c in claims
    )


#: A subject that names victims as such ("a young woman", "1 other person", "two
#: bystanders"): a count no attacker is part of.
_VICTIM_SUBJECT: Final = re.compile(
    r"\b(?:others?|victims?|wom[ae]n|girls?|boys?|child(?:ren)?|bystanders?|passers?-?by"
    r"|pedestrians?|students?|worshipp?ers?|customers?|patrons?|shoppers?|passengers?"
    r"|officers?|policem[ae]n|deput(?:y|ies)|security\s+guards?|clerks?|employees?)\b",
    re.IGNORECASE,
)


def _victims_only(people: _SlotResult) -> bool:
    """
    Whether every claim of an unspecified slot names its people as victims.

    Such a count ("one woman dead", "1 other person dead") does not hold the attacker a
    report counts apart ("killing the suspect"), unlike "three dead" in a murder-suicide.
    """
    return all(
        _VICTIM_SUBJECT.search(c.subject) is not None for i in people.items for c in i.claims
    )


#: Measures whose claims say a casualty measure nobody mentions is not zero.
_IMPLIES: Final = {"injured": frozenset({"treated", "evacuated"}), "killed": frozenset({"missing"})}
_NOT_REPORTED: Final = (
    "not reported: no claim gives this measure (0 assumed, as reports name the dead and "
    "wounded they know of; high unknown)"
)


#: The estimates of a measure no claim gives (frozen: every event shares them).
_ABSENT_ZERO: Final = Estimate(0, 0, 0, rule="no claim of this measure: 0")
_ABSENT: Final = Estimate(0, 0, None, rule=_NOT_REPORTED)


def _fill_absent(known: dict[str, Estimate], counted: Mapping[str, int], *, as_zero: bool) -> None:
    """
    Estimate the casualty measures no claim mentions (see ``resolve``'s *absent_as_zero*).

    *counted* maps each measure of the event's claims to the highest count any claim
    allows at least. People treated or evacuated beyond the dead were hurt, and
    missing people may be dead: then the measure stays unknown (absent).
    """
    for m in CASUALTY_MEASURES:
        if m in known:
            continue
        if as_zero:
            known[m] = _ABSENT_ZERO
            continue
        dead = known["killed"].best if "killed" in known else 0
        implied = max((counted.get(k, 0) for k in _IMPLIES[m]), default=0)
        if (m == "injured" and implied > dead) or (m == "killed" and implied > 0):
            continue
        known[m] = _ABSENT


def _set_aside(finding: Finding, claims: Sequence[CountClaim]) -> Finding:
    """Record the event's claims of another scope that a slot left out, and why."""
    if not claims:
        return finding
    why = {
        "cumulative": "cumulative: a running total across events, not this event's count",
        "standing": "standing: a deployment or population, not a count of this event",
    }
    pairs = tuple((c.id, why.get(c.scope, f"scope {c.scope}")) for c in claims)
    arithmetic = finding.arithmetic or Arithmetic()
    shown = ", ".join(f"{c.quantity} ({c.scope})" for c in claims[:3])
    more = f" (+{len(claims) - 3} more)" if len(claims) > 3 else ""
    return attrs.evolve(
        finding,
        arithmetic=attrs.evolve(arithmetic, set_aside=pairs),
        explanation=f"{finding.explanation}; set aside as other scope: {shown}{more}",
    )


# ----------------------------------------------------------------------------- entry point


def resolve(
    claims: Sequence[Claim],
    claim_event: Mapping[str, str | None],
    *,
    documents: Sequence[Document] = (),
    policy: str = "consensus",
    absent_as_zero: bool = False,
) -> Resolution:
    """
    Reconcile claims per event and slot.

    Args:
        claims: Every claim, from any number of documents.
        claim_event: Claim id -> event id (None: the claim is about no event).
        documents: The documents, for publication dates and outlets.
        policy: The rule for each estimate's ``best`` figure (see ``POLICIES``).
        absent_as_zero: The old behaviour, as an opt-in: when an event has casualty
            claims of one measure but none of another, estimate the missing one as
            ``0..0``, even next to claims that imply it ("41 treated"). By default a
            measure nobody mentions is "not reported": absent when the event's claims
            imply it (treated or evacuated people were hurt; missing people may be
            dead), else low 0, best 0 and no high end, with a rule that says no claim
            gave it. Only a claim gives an exact zero ("no one was hurt").

    Returns:
        Findings sorted by event, measure and group; every claim with its flags; the
        estimates per event and casualty measure.

    >>> from claimrec.testing import count_claim
    >>> a = count_claim(id="a", quantity="seven", kind="anonymous_official", source="a U.S. official")
    >>> b = count_claim(id="b", document="d2", quantity="several", kind="media", source="CNN")
    >>> res = resolve([a, b], {"a": "ev", "b": "ev"})
    >>> res.findings[0].verdict, str(res.findings[0].consensus)
    ('consistent', '7')
    >>> sorted(res.claims[0].flags)
    ['corroborated']
    """
    _checks.sequence(claims, Claim, "resolve() claims")
    _checks.mapping(claim_event, "resolve() claim_event")
    _checks.sequence(documents, Document, "resolve() documents")
    _checks.flag(absent_as_zero, "resolve() absent_as_zero")
    if policy not in POLICIES:
        msg = f"policy must be one of {', '.join(POLICIES)}; got {policy!r}"
        from claimrec.errors import InvalidValueError  # noqa: PLC0415 - keeps the import light

        raise InvalidValueError(msg)
    claims = sorted(claims, key=_CLAIM_ID)  # read in C: no call per claim
    ctx = _Context(documents, claims, claim_event)
    flags: dict[str, tuple[str, ...]] = {}  # each flagged claim's flags, sorted (a set costs more)
    slots: dict[tuple[str, str, str], list[CountClaim]] = defaultdict(list)
    aside: dict[tuple[str, str, str], list[CountClaim]] = defaultdict(list)
    responsibility: dict[str, list[ResponsibilityClaim]] = defaultdict(list)
    tops: dict[tuple[str, str], str] = {}  # ``_slot`` read once per measure and group
    for c in claims:
        if c.attribution.kind in _UNATTRIBUTED:  # ``is_unattributed``, without a call
            flags[c.id] = ("unattributed",)
        event = claim_event.get(c.id)
        if event is None:
            continue
        if isinstance(c, CountClaim):
            top = tops.get(read := (c.measure, c.group)) or tops.setdefault(read, _slot(c))
            (slots if c.scope == "event" else aside)[(event, c.measure, top)].append(c)
        elif isinstance(c, ResponsibilityClaim):
            responsibility[event].append(c)
    _split_other_arrests(slots, ctx)
    _spread_zeros(slots)
    joined = _join_generic(slots, ctx)
    findings, estimates = _resolve_counts(slots, aside, flags, ctx, policy, joined=joined)
    for event, stances in sorted(responsibility.items()):
        finding, rflags = _resolve_responsibility(event, stances, ctx)
        findings.append(finding)
        _merge(flags, rflags)
    counted: dict[str, dict[str, int]] = defaultdict(dict)
    for (event, measure, _), members in slots.items():
        most = (
            members[0].quantity.lower
            if len(members) == 1
            else max([c.quantity.lower for c in members])
        )
        counted[event][measure] = max(most, counted[event].get(measure, 0))
    for event, known in estimates.items():
        _fill_absent(known, counted[event], as_zero=absent_as_zero)
    del slots, aside, responsibility, counted, ctx  # the flagged copies take their place
    # one list comprehension, no call per claim: the claim itself when its flags stand
    flagged = tuple(
        [
            c if (f := flags.get(c.id, ())) == c.flags else _checks.evolve_unchecked(c, "flags", f)
            for c in claims
        ]
    )
    findings.sort(key=_FINDING_KEY)
    for event, known in estimates.items():  # sorted in place: one event's dict at a time
        estimates[event] = dict(sorted(known.items()))
    return Resolution(
        findings=tuple(findings),
        claims=flagged,
        estimates=dict(sorted(estimates.items())),
    )


_Slots = dict[tuple[str, str, str], list[CountClaim]]


def _split_other_arrests(slots: _Slots, ctx: _Context) -> None:
    """
    Keep a report's "no arrests" apart from the arrests it counts for something else.

    One report that says nobody was arrested in the shooting and that two people were
    arrested for disorderly conduct counts two kinds of arrest at once: its zero is about
    suspects of the event, its count about other people, so the zero keeps the
    ``suspects`` slot. A zero the report calls early ("initially no arrests") stays.
    """
    for event, measure, top in [k for k in slots if k[1] in _SUSPECTS_ONLY and k[2] == "people"]:
        members = slots[(event, measure, top)]
        counted = {c.document for c in members if c.group != "suspects" and c.quantity.lower > 0}
        zeros = [
            c
            for c in members
            if c.group == "suspects"
            and c.quantity.upper == 0
            and c.document in counted
            and ctx.cue(c) == 1
        ]
        if zeros:
            moved = {c.id for c in zeros}
            slots[(event, measure, top)] = [c for c in members if c.id not in moved]
            slots[(event, measure, "suspects")].extend(zeros)


#: Words after "no one" that leave some people out ("no one else", "nobody other than").
_EXCEPT: Final = re.compile(r"\b(?:else|other|apart|besides|except|aside)\b", re.IGNORECASE)
#: Slots of the people who attacked, whom "no one was killed" often leaves out.
_PERPETRATORS: Final = frozenset({"suspects", "fighters"})


def _spread_zeros(slots: _Slots) -> None:
    """
    An explicit zero of people ("no casualties", "no one was killed") is a zero for every group.

    Each such claim also enters the event's other person slots of its measure that count
    someone, so a military's "no casualties" and an armed group's "ten soldiers killed"
    meet in the soldiers' slot. Zeros that leave people out ("no one else") and the attackers'
    slots are skipped: "no one was killed" seldom counts the bomber.
    """
    siblings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (event, measure, top), members in slots.items():
        if top == "people" or top in _NOT_PEOPLE or top in _PERPETRATORS:
            continue
        # a zero can only dispute a count (one list, not a generator frame per member)
        if members and max([c.quantity.lower for c in members]) > 0:
            siblings[(event, measure)].append(top)
    for (event, measure, top), members in list(slots.items()):
        if top != "people" or (event, measure) not in siblings:
            continue
        zeros = [
            c
            for c in members
            if c.group == "people"
            and c.quantity.upper == 0
            and not _EXCEPT.search(c.subject[:_PART_WINDOW])
        ]
        for other in siblings[(event, measure)] if zeros else ():
            slots[(event, measure, other)].extend(attrs.evolve(c, group=other) for c in zeros)


#: Measures fixed by their event (things fired, hit, seized; attacks; troops present) and
#: the missing, who fall as people are found. Every other measure, one this module has
#: never heard of included, counts what news raises as a story goes on (``_rises``).
_NOT_RISING: Final = frozenset(
    {"launched", "impacted", "intercepted", "seized", "explosions", "attacks", "troops", "missing"}
)


def _rises(measure: str) -> bool:
    """
    Whether later reports raise a count of *measure* as a matter of course.

    Tolls, arrests and people treated rise (``_RISING``), and so does a measure the
    resolver has no word on (people rescued, homes destroyed, people affected): a later,
    higher count of it is the story moving on, not a dispute. Things fired or hit are
    fixed by their event.

    >>> _rises("killed"), _rises("rescued"), _rises("launched"), _rises("missing")
    (True, True, False, False)
    """
    return measure in _RISING or measure not in _NOT_RISING


#: Groups that name no side: unspecified victims, and bare troops beside a side's troops.
_GENERIC: Final = ("soldiers", "people")
#: The troops of one side, whom a bare "troops" or "soldiers" beside them counts too.
_FORCES: Final = frozenset({"us.military", "uk.military", "coalition", "iraqi_security_forces"})


def _join_generic(slots: _Slots, ctx: _Context) -> dict[tuple[str, str, str], dict[str, str]]:
    """
    Count unspecified victims with the one group of victims an event's reports name.

    "Six worshippers killed" and, in the next report, "the six people killed" are one
    figure, as are "109 troops" and "coalition troops": the ``people`` slot joins the
    event's only other slot of victims of its measure, and a bare ``soldiers`` slot the
    only slot holding one side's troops. Nothing joins when two groups of victims are
    named (attackers and things are not victims), when one sentence counts both
    ("seven people: six worshippers and the gunman", "ten, including three children":
    the report tells them apart), for arrests (``_SUSPECTS_ONLY``), when either side counts
    nobody (a zero of people is a zero for every group already, ``_spread_zeros``), or
    when the figures cannot be the same people (their ranges miss each other: a toll of
    four beside six civilians may be early, or other people). Claims keep their group; the returned map
    names, per joined slot, each generic group and the group its claims now stand for.
    """
    joined: dict[tuple[str, str, str], dict[str, str]] = {}
    tops: dict[tuple[str, str], list[str]] = defaultdict(list)  # the slots of each measure
    for event, measure, top in slots:
        tops[(event, measure)].append(top)
    for generic in _GENERIC:
        for (event, measure), names in tops.items():
            if generic not in names or len(names) < 2:
                continue
            found = _join_target(slots, (event, measure, generic), names, ctx)
            if found is None:
                continue
            key, group = found
            names.remove(generic)
            members = slots.pop((event, measure, generic))
            present = {c.id for c in slots[key]}
            slots[key].extend(c for c in members if c.id not in present)
            joined.setdefault(key, {})[generic] = group
    return joined


def _join_target(
    slots: _Slots, slot: tuple[str, str, str], names: Sequence[str], ctx: _Context
) -> tuple[tuple[str, str, str], str] | None:
    """
    The slot a generic *slot* joins and the group its claims stand for, if exactly one fits.

    *names* are the top groups of the slots of the generic slot's event and measure.
    """
    event, measure, generic = slot
    own = slots[slot]
    if measure in _SUSPECTS_ONLY or not _counts_someone(own):
        return None  # "no one was hurt" is about everyone: it spread already (_spread_zeros)
    fits: list[tuple[tuple[str, str, str], str]] = []
    others: list[CountClaim] = []
    for top in names:
        if top == generic:
            continue
        key = (event, measure, top)
        members = slots[key]
        others.extend(members)
        if top in _NOT_PEOPLE or top in _PERPETRATORS or top == "people":
            continue  # bare soldiers are victims beside people: two groups, nothing joins
        if generic == "people":
            fits.append((key, top))
            continue
        forces = {c.group for c in members if c.group in _FORCES}
        if len(forces) == 1:
            fits.append((key, forces.pop()))
    if len(fits) != 1:
        return None
    key, group = fits[0]
    if not _counts_someone(slots[key], counted=True):
        return None
    sentences = {(c.document, c.sentence) for c in own}
    if any((c.document, c.sentence) in sentences for c in others):
        return None  # one sentence counts both: its report tells them apart
    return (key, group) if _may_be_same(own, slots[key], ctx) else None


def _group_floors(
    slots: Mapping[tuple[str, str, str], Sequence[CountClaim]],
    keys: Sequence[tuple[str, str, str]],
    slot: tuple[str, str, str],
    ctx: _Context,
) -> list[_Item]:
    """
    The counts of named groups of victims as lower bounds of a toll of unspecified people.

    "Five soldiers and three civilians were killed" (the army) is at least eight people,
    so "six people were killed" (the police) disputes it, and "eight people" agrees:
    each named group (victims, not attackers nor things) is some of the people, and
    counts of several groups one sentence conjoins add up. A report that counts people
    itself beside a group is left out: it tells the two apart ("three people and two
    officers were hurt"), so its people may be the others. Only casualty measures, and
    only floors above the lowest count of people (one at or below it tells nothing). A
    zero of people ("no casualties") is a zero of each group already (``_spread_zeros``):
    the groups' own slots hold that dispute, so a slot of people with a zero gets none.
    """
    event, measure, _ = slot  # *keys*: the event's slots, so an event costs its own slots
    people = slots.get(slot)
    if not people or measure not in CASUALTY_MEASURES:
        return []
    least = min([c.quantity.lower for c in people])
    if least == 0:
        return []
    told = {c.document for c in people}
    by_sentence: dict[tuple[str, str], list[CountClaim]] = defaultdict(list)
    for ev, m, top in keys:
        if ev != event or m != measure or top in _NOT_PEOPLE or top == "people":
            continue  # (people: the slot itself)
        # attackers are no victims, but for the fighters a side says its forces killed:
        # those are the victims of its strike ("its troops killed 80 militants")
        struck = top in _PERPETRATORS
        for c in slots[(ev, m, top)]:
            if struck and not _own_kills(c):
                continue
            if c.document not in told and c.quantity.lower > 0:
                by_sentence[(c.document, c.sentence)].append(c)
    floors: list[_Item] = []
    for (doc, _), counts in sorted(by_sentence.items()):
        counts.sort(key=_SPAN_ID)
        text = ctx.text(doc)
        run = [counts[0]]
        for c in counts[1:]:
            if c.group != run[-1].group and _relation(run[-1], c, text) == "sum":
                run.append(c)
                continue
            floors.append(_floor(run))
            run = [c]
        floors.append(_floor(run))
    return [f for f in floors if f.quantity.lower > least]


#: After a group's count, words that say no one of another group was counted: "three
#: fighters and no civilians", "two soldiers, but no civilians".
_AND_NONE: Final = re.compile(r"\s*,?\s*(?:and|but)\s+no\b", re.IGNORECASE)


#: The note of a speaker's whole toll read from its groups (``_whole_tolls``).
_WHOLE_NOTE: Final = "its groups and none of another: the speaker's whole toll"


def _whole_tolls(
    slots: Mapping[tuple[str, str, str], Sequence[CountClaim]],
    keys: Sequence[tuple[str, str, str]],
    slot: tuple[str, str, str],
    ctx: _Context,
) -> list[_Item]:
    """
    A sentence that counts groups and says none of another died is its speaker's whole toll.

    "The strike killed three fighters and no civilians, the army said" is exactly three
    people dead, fighters included: beside the ministry's twelve people it disputes the
    toll, not only the civilians'. Only reports that count no people themselves; the
    best figure of a dispute is read from the counts of people (``_slot_best``).
    """
    event, measure, _ = slot
    people = slots.get(slot)
    if not people or measure not in CASUALTY_MEASURES:
        return []
    told = {c.document for c in people}
    by_sentence: dict[tuple[str, str], list[CountClaim]] = defaultdict(list)
    for ev, m, top in keys:
        if ev == event and m == measure and top not in _NOT_PEOPLE and top != "people":
            for c in slots[(ev, m, top)]:
                if c.document not in told and c.span[0] < c.span[1]:
                    by_sentence[(c.document, c.sentence)].append(c)
    wholes: list[_Item] = []
    for (doc, _), counts in sorted(by_sentence.items()):
        text = ctx.text(doc) or ""
        counted = [c for c in counts if c.quantity.lower > 0 and c.quantity.upper is not None]
        zeros = {c.group for c in counts if c.quantity.upper == 0}
        if not zeros or not counted or zeros & {c.group for c in counted}:
            continue
        if any(_AND_NONE.match(text, c.span[1]) for c in counted):
            whole = _sum_item("people", counted)
            wholes.append(_Item("people", whole.quantity, whole.claims, whole.label, _WHOLE_NOTE))
    return wholes


def _floor(run: Sequence[CountClaim]) -> _Item:
    """A named group's count (or one sentence's sum of groups) as at least that many people."""
    return _sum_item("people", run, partial=True, why="named groups of victims: at least their sum")


def _counts_someone(claims: Sequence[CountClaim], *, counted: bool = False) -> bool:
    """
    Whether a claim counts at least one person; *counted*: a figure, not a victim described.

    "A teenage boy was wounded" is one of the victims, not the count of a group.
    """
    return any(c.quantity.lower > 0 and not (counted and _individual(c)) for c in claims)


def _may_be_same(a: Sequence[CountClaim], b: Sequence[CountClaim], ctx: _Context) -> bool:
    """
    Whether the ranges the two sets of counts span meet (attackers counted in set aside).

    A generic set (*a*) whose every count says the toll moved ("the death toll rose to
    31") counts the same victims later, above the other's figures: it meets them too.
    """
    if all(ctx.cue(c) == 2 for c in a) and min(c.quantity.lower for c in a) > max(
        (c.quantity.lower for c in b), default=0
    ):
        return True

    def span(claims: Sequence[CountClaim], *, attackers: bool) -> tuple[int, float]:
        low = min(
            c.quantity.lower - (_perpetrators_counted(c, ctx.text(c.document)) if attackers else 0)
            for c in claims
        )
        uppers = [c.quantity.upper for c in claims]
        high = math.inf if None in uppers else max(u for u in uppers if u is not None)
        return low, high

    for attackers in (False, True):  # the words of the attackers only when the figures miss
        (a_low, a_high), (b_low, b_high) = (
            span(a, attackers=attackers),
            span(b, attackers=attackers),
        )
        if max(a_low, b_low) <= min(a_high, b_high):
            return True
    return False


#: One tuple per distinct set of flags: most claims carry one of a handful of sets.
_FLAG_SETS: dict[frozenset[str], tuple[str, ...]] = {}


def _merge(flags: dict[str, tuple[str, ...]], found: Mapping[str, set[str]]) -> None:
    """Add one slot's flags to the run's, kept as a sorted tuple per flagged claim (shared)."""
    for cid, f in found.items():
        if f:
            key = frozenset(f.union(flags.get(cid, ())))
            kept = _FLAG_SETS.get(key)
            if kept is None:
                kept = _FLAG_SETS[key] = tuple(sorted(key))
            flags[cid] = kept


def _resolve_counts(
    slots: Mapping[tuple[str, str, str], Sequence[CountClaim]],
    aside: Mapping[tuple[str, str, str], Sequence[CountClaim]],
    flags: dict[str, tuple[str, ...]],
    ctx: _Context,
    policy: str,
    *,
    joined: Mapping[tuple[str, str, str], Mapping[str, str]] | None = None,
) -> tuple[list[Finding], dict[str, dict[str, Estimate]]]:
    """
    Every count slot's finding, and each event's estimates once its slots are resolved.

    Slots come in (event, measure, group) order, so an event's slots are resolved
    together and its items are let go before the next event's are built.
    """
    findings: list[Finding] = []
    estimates: dict[str, dict[str, Estimate]] = defaultdict(dict)
    for event, grouped in itertools.groupby(sorted(slots), key=_FIRST):
        by_measure: dict[str, list[_SlotResult]] = defaultdict(list)
        keys = list(grouped)  # the event's slots: a people slot reads its groups' among them
        for key in keys:
            _, measure, top = key
            stands_for = joined.get(key) if joined else None
            floors = (
                [*_group_floors(slots, keys, key, ctx), *_whole_tolls(slots, keys, key, ctx)]
                if top == "people"
                else []
            )
            result = _resolve_slot(
                event, measure, slots[key], ctx, joined=stands_for, floors=floors
            )
            if stands_for:
                result.finding = _joined_finding(result.finding, slots[key], stands_for)
            other_scope = aside.get(key)  # most slots have none: no call
            findings.append(
                _set_aside(result.finding, other_scope) if other_scope else result.finding
            )
            _merge(flags, result.flags)
            if top not in _NOT_PEOPLE and measure in CASUALTY_MEASURES:
                by_measure[measure].append(result)
        for measure, results in sorted(by_measure.items()):
            est = _estimate(results, policy, ctx)
            if est is not None:
                estimates[event][measure] = ctx.keep(est, est)
        ctx.forget()
    return findings, estimates


# ----------------------------------------------------------------------------- the old call


class _CallableModule(types.ModuleType):
    """
    The ``claimrec.resolve`` module, callable for one release as the old function was.

    ``claimrec.resolve`` was the function :func:`resolve` (public now as
    ``claimrec.resolve_claims``), which hid this module; calling the module warns and
    then resolves as ``resolve_claims`` does.
    """

    def __call__(
        self,
        claims: Sequence[Claim],
        claim_event: Mapping[str, str | None],
        *,
        documents: Sequence[Document] = (),
        policy: str = "consensus",
        absent_as_zero: bool = False,
    ) -> Resolution:
        """Warn that ``claimrec.resolve(...)`` is deprecated, then resolve the claims."""
        msg = (
            "calling claimrec.resolve(claims, claim_event) is deprecated and stops working in "
            "the next release; call claimrec.resolve_claims(claims, claim_event) instead"
        )
        warnings.warn(msg, DeprecationWarning, stacklevel=2)
        return resolve(
            claims,
            claim_event,
            documents=documents,
            policy=policy,
            absent_as_zero=absent_as_zero,
        )


sys.modules[__name__].__class__ = _CallableModule
