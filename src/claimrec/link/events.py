"""Events from clusters of profiles: the most specific agreed place, the day, the kind."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Final

from claimrec._ids import event_id
from claimrec.link.profile import possessive_tails, specific_kinds
from claimrec.matchers import (
    EventProfile,
    place_key,
    place_similarity,
)
from claimrec.model import Event, EventMention

__all__ = ["build_event"]

# --------------------------------------------------------------------------- events


def _mention(p: EventProfile) -> EventMention:
    precision = p.precision if p.precision in {"day", "weekday"} else None
    return EventMention(
        location=p.labels[0] if p.labels else None,
        place=p.places[0] if p.places else None,
        date=p.date if precision == "day" else None,
        precision=precision,
        kind=min(specific_kinds(p.kinds)) if p.kinds else None,
        focus=p.focus,
    )


#: Countries and US states: containers of the places where events happen.
_CONTAINER_NAMES: Final = (
    "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan"
    "|Bahrain|Bangladesh|Belarus|Belgium|Benin|Bolivia|Bosnia|Brazil|Bulgaria|Burkina Faso"
    "|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus"
    "|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia"
    "|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary"
    "|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan"
    "|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania"
    "|Madagascar|Malawi|Malaysia|Mali|Mauritania|Mexico|Moldova|Mongolia|Montenegro"
    "|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria"
    "|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland"
    "|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone"
    "|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain"
    "|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo"
    "|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom"
    "|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe"
    "|America|Britain|England|Scotland|Wales|UK|USA|U.S|Europe|Africa|Asia|Middle East"
    "|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon"
    "|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont"
    "|Virginia|West Virginia|Wisconsin|Wyoming"
)
_CONTAINERS: Final = frozenset(place_key(name) for name in _CONTAINER_NAMES.split("|"))
#: Words that make a place name a region: it contains the places where events happen.
_REGION_WORDS: Final = frozenset(
    {"province", "governorate", "state", "county", "region", "district", "oblast", "territory"}
)


def _is_container(key: str, label: str) -> bool:
    """
    True for a country, a US state or a named region ("Anbar province", "Cook County").

    >>> _is_container("iraq", "Iraq"), _is_container("cok", "Cook County")
    (True, True)
    >>> _is_container("ain asad", "Ain al-Asad air base")
    False
    """
    if key in _CONTAINERS:
        return True
    return any(w.strip(".,").lower() in _REGION_WORDS for w in label.split())


_GLUED_SENTENCE: Final = re.compile(r"(?<=[a-z]{3})\.\s")


def _tidy(label: str) -> str:
    """
    A place label fit to show: no brackets, no glued next sentence, no all-caps dateline.

    >>> _tidy("(Ain) Al-Assad air base"), _tidy("CARVER"), _tidy("Halden. Investigators")
    ('Ain Al-Assad air base', 'Carver', 'Halden')
    >>> _tidy("St. Paul"), _tidy("São Paulo's")
    ('St. Paul', 'São Paulo')
    """
    label = _GLUED_SENTENCE.split(label, maxsplit=1)[0]
    label = " ".join(label.replace("(", " ").replace(")", " ").split()).strip(" .,;:")
    label = re.sub(r"['’]s$", "", label)
    return label.title() if label.isupper() and len(label) > 3 else label  # "UK" stays


def _location(
    members: Sequence[EventProfile], mentioned: Mapping[str, Counter[str]]
) -> tuple[str | None, str | None]:
    """
    The most specific place the event's reports agree on, as ``(label, key)``.

    Every report votes for the places of its headline and lead (2 for the first,
    1 for the next two; not for the wider places other reports imply) and for the places its claims name (2 for the one most of
    its claims name, 1 for the others). Spelling variants pool their votes. A
    country, US state or region loses to a more specific place (a base, a town, a
    street) that has at least a third of its votes: "Ain al-Asad air base" rather
    than "Iraq" when the reports name both. A region is a name written as one
    ("Anbar province") or one the gazetteer resolves to a region ("North Darfur").
    Of the group's spellings the most written is the label, then the longest, then one
    with diacritics ("Jardim Ângela" over "Jardim Angela").
    """
    votes: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    wide = {  # places the gazetteer resolves to a country or a region ("North Darfur")
        k for p in members for k, g in zip(p.places, p.geo, strict=False) if g and g.level != "city"
    }
    for p in members:
        named = [(k, lab) for k, lab in zip(p.places, p.labels, strict=False) if k not in p.implied]
        for rank, (key, label) in enumerate(named[:3]):
            votes[key] += 2 if rank == 0 else 1
            labels[key][_tidy(label)] += 1
        tails = possessive_tails(p.labels)  # "Bazar" read from "Cox's Bazar" is no place
        for rank, (label, n) in enumerate(mentioned.get(p.key, Counter()).most_common()):
            key = place_key(label)
            if key and key not in tails:
                votes[key] += 2 if rank == 0 else 1
                labels[key][_tidy(label)] += n
    if not votes:
        return None, None
    groups: list[list[str]] = []
    for key in sorted(votes, key=lambda k: (-votes[k], k)):
        for group in groups:
            if place_similarity(group[0], key, 0.85) >= 0.85:  # PlaceMatcher's cutoff
                group.append(key)
                break
        else:
            groups.append([key])
    support = [sum(votes[k] for k in g) for g in groups]
    top = max(support)
    order = sorted(
        range(len(groups)),
        key=lambda g: (
            _is_container(groups[g][0], labels[groups[g][0]].most_common(1)[0][0])
            or groups[g][0] in wide
            or support[g] * 3 < top,
            -support[g],
            groups[g][0],
        ),
    )
    struck = frozenset(k for p in members for k in p.sites)
    group = groups[_street_first(groups, support, order, struck)]
    pooled: Counter[str] = Counter()
    for key in group:
        pooled.update(labels[key])
    # of spellings as often written, the place's own (with its diacritics) over its
    # transliteration: "Jardim Ângela" over "Jardim Angela"
    label = min(pooled, key=lambda lab: (-pooled[lab], -len(lab), lab.isascii(), lab))
    return label, group[0]


#: The last word of a street address's place key ("400 block linden st", "pine hills rd"):
#: the words ``place_key`` keeps for a street (``claimrec.matchers`` reads them alike).
_STREET_ENDS: Final = frozenset(
    {"st", "street", "ave", "avenue", "rd", "road", "dr", "drive", "blvd", "boulevard", "ln"}
    | {"lane", "pkwy", "parkway", "hwy", "highway", "way", "trail", "circle", "terrace"}
)
#: Ends of a street's name that also end other names ("King County Superior Court",
#: "Market Place"): an address only after a block ("12000 block of Northwest Fourth Court").
_BLOCK_ENDS: Final = frozenset({"ct", "court", "pl", "place"})


def _is_address(key: str) -> bool:
    """
    True for the place key of a street address: a block of a street, or a street's name.

    >>> _is_address("400 block linden st"), _is_address("pine hils rd")
    (True, True)
    >>> _is_address("brooklyn drive by shooting"), _is_address("king county superior court")
    (False, False)
    """
    words = key.split()
    if len(words) < 2:
        return False
    return "block" in words[:-1] or (words[-1] in _STREET_ENDS and words[-1] not in _BLOCK_ENDS)


def _street_first(
    groups: Sequence[Sequence[str]],
    support: Sequence[int],
    order: Sequence[int],
    struck: frozenset[str] = frozenset(),
) -> int:
    """
    The group the label comes from: a street address or a named site struck over a town.

    The most specific place the reports agree on: when the best place is a town
    (or a neighbourhood, or anything but an address) and the event's reports name
    one street address more often than any other address, the address wins ("the
    1900 block of Payson Street" over "Baltimore"); two addresses named alike often
    are two accounts of the place (or a crossing): the best place stays. Else a
    named site of a kind the reports say was struck (*struck*: ``EventProfile.sites``)
    wins the same way ("Al-Nour hospital" over "Sarafa"; a hospital the wounded were
    taken to is no site struck). A country or a region never stands in the way:
    ``order`` already puts it last.

    >>> groups = [["baltimore"], ["1900 block payson st"]]
    >>> _street_first(groups, [6, 2], [0, 1]), _street_first(groups + [["elm st"]], [6, 2, 2], [0, 1, 2])
    (1, 0)
    >>> sites = [["sarafa"], ["nour hospital"]]
    >>> _street_first(sites, [6, 2], [0, 1], frozenset({"hospital"})), _street_first(sites, [6, 2], [0, 1])
    (1, 0)
    """
    first = order[0]
    if _is_address(groups[first][0]) or _is_site(groups[first][0], struck):
        return first
    for named in (_is_address, lambda key: _is_site(key, struck)):
        found = sorted((g for g in order if named(groups[g][0])), key=lambda g: -support[g])
        if found and (len(found) == 1 or support[found[1]] < support[found[0]]):
            return found[0]
    return first


#: Sites news names more often as where people are held after an attack than as where
#: it happened ("was booked into the Parish Prison"): never a label by kind alone.
_HELD_AFTER: Final = frozenset({"prison"})


def _is_site(key: str, struck: frozenset[str]) -> bool:
    """
    True for the name of a site of a kind struck: "nour hospital" when a hospital was struck.

    >>> _is_site("nour hospital", frozenset({"hospital"})), _is_site("hospital", frozenset({"hospital"}))
    (True, False)
    >>> _is_site("parish prison", frozenset({"prison"}))
    False
    """
    words = key.split()
    return len(words) > 1 and words[-1] in struck and words[-1] not in _HELD_AFTER


def build_event(members: Sequence[EventProfile], mentioned: Mapping[str, Counter[str]]) -> Event:
    """
    The event a cluster of profiles describes.

    Its id comes from its main documents, its location from ``_location``, its
    date is the day most of its reports name (the window spans every named day);
    when no report names the event's day but some date a later development (a
    statement, an arrest), the earliest of those, with the week before it as the
    window; else no date and the week before the first publication. Its kind is
    the one most reports name.

    Args:
        members: The profiles of one cluster.
        mentioned: Per profile key, the places its claims name and how often.

    Returns:
        The event.

    >>> import datetime as dt
    >>> p = EventProfile(key="d1", document="d1", places=("fairhaven",), labels=("Fairhaven",),
    ...                  date=dt.date(2014, 1, 12), precision="day")
    >>> ev = build_event([p], {})
    >>> ev.location, ev.date
    ('Fairhaven', datetime.date(2014, 1, 12))
    """
    main = sorted(p.key for p in members if p.focus == "main")
    ev_id = event_id(main or [p.key for p in members])
    location, place = _location(members, mentioned)
    days = Counter(p.date for p in members if p.precision == "day" and p.date)
    published = [p.published for p in members if p.published]
    date: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    bounds = [p.date for p in members if p.precision == "before" and p.date]
    if days:
        date = min(days, key=lambda d: (-days[d], d))
        window = (min(days), max(days))
    elif bounds:  # only later developments are dated: the earliest is the best estimate
        date = min(bounds)
        window = (date - dt.timedelta(days=7), date)
    elif published:
        window = (min(published) - dt.timedelta(days=7), min(published))
    kinds = Counter(k for p in members for k in specific_kinds(p.kinds))
    return Event(
        id=ev_id,
        documents=tuple(main),
        mentions=tuple(_mention(p) for p in sorted(members, key=lambda p: p.key)),
        location=location,
        place=place,
        date=date,
        window=window,
        kind=min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None,
    )
