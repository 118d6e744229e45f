"""
What the main-event reader reads of a document known only by its claim rows.

On the article path a report's profile (``claimrec.link.profile.profile_documents``)
reads its headline and lead with the main-event reader (places, the event's day,
context words, streets, sites) and takes counts, kinds, actors and the places and
days the extractor resolved from its claims' mentions. A document rebuilt from
claim rows (``claimrec.engines.documents_of_claims``) has a text so that the
resolver reads the words around each figure where they stood; the matcher's
reader needs only the part of it that the article path reads, or that the
mentions leave unknown.

So a rebuilt document carries a ``RowReading`` (in its ``metadata``, under
``READING``), and its profile reads, with the same functions as the article path:

- where its rows carry its lead (as ``Report.claim_rows`` writes it), a document
  that holds only its title and that lead (``reading_of``);
- else the event's day and places from its claims' mentions where they tell them
  (``told_by_mentions``), and the rebuilt text for what they leave unknown and for
  its context words, streets and sites: reading a text for its places and days is
  most of a profile's cost, and a claim's mention alone often leaves the event's
  day or place unread (the extractor reads a claim's sentence for its figure, the
  main-event reader for the event), so the sentences are then the only text that
  can tell them.

Either way the names of a document's places weigh among its context words, when its
rows carry no lead, as the place matcher weighs them (``weighs_place_words``,
``place_words_weighed``): by how many reports name the place in any spelling
(``claimrec.matchers.place_specificity``), not by the IDF of one spelling alone, so
two events at one frequent place do not share a heavy word in every pair of their
reports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from attrs import frozen

from claimrec.link.places import place_key
from claimrec.model import Claim, Document

__all__ = [
    "READING",
    "PlaceNamers",
    "RowReading",
    "mentions_tell",
    "place_namers",
    "place_words_weighed",
    "reading_of",
    "told_by_mentions",
    "weighed_by_namers",
    "weighs_place_words",
]

#: The ``Document.metadata`` key under which a rebuilt document carries its ``RowReading``.
READING: Final = "claimrec.rows"


@frozen
class RowReading:
    """
    What claim rows give the main-event reader of their document besides its title: its lead.

    ``lead`` is the text of the paragraphs the reader reads after the headline
    (``claimrec.link.profile.lead_range``), as a row's ``lead`` carries it, or
    None when no row carries one.

    >>> RowReading("A bomb exploded in Kano on Monday.").lead
    'A bomb exploded in Kano on Monday.'
    >>> RowReading().lead is None
    True
    """

    lead: str | None = None


def mentions_tell(claims: Sequence[Claim], *, weekdays: bool = False) -> frozenset[str]:
    """
    What the mentions of a document's own claims tell of its event: ``day``, ``place``, both or neither.

    A day is a mention's date of day precision (or of none given), and with
    *weekdays* also one of weekday precision (a weekday the extractor resolved to
    its date); a place is a mention's place or location. These are what the
    main-event reader would otherwise read from the text.

    >>> from claimrec.testing import count_claim
    >>> from claimrec.model import EventMention
    >>> told = count_claim(mention=EventMention(location="Kano", date="2024-05-06", precision="day"))
    >>> undated = count_claim(mention=EventMention(location="Kano"))
    >>> sorted(mentions_tell([told])), sorted(mentions_tell([undated])), sorted(mentions_tell([]))
    (['day', 'place'], ['place'], [])
    >>> monday = count_claim(mention=EventMention(location="Kano", date="2024-05-06", precision="weekday"))
    >>> sorted(mentions_tell([monday])), sorted(mentions_tell([monday], weekdays=True))
    (['place'], ['day', 'place'])
    """
    days = _WEEKDAY_TOO if weekdays else _DAY_ONLY
    day = place = False
    for claim in claims:
        mention = claim.mention
        day = day or (mention.date is not None and mention.precision in days)
        place = place or bool(mention.place or mention.location)
        if day and place:
            break
    return frozenset(name for name, told in (("day", day), ("place", place)) if told)


#: The precisions of a mention's date that tell its event's day; with a resolved weekday.
_DAY_ONLY: Final = frozenset({None, "day"})
_WEEKDAY_TOO: Final = frozenset({None, "day", "weekday"})
#: What a resolved weekday tells, with no publication day: the day alone.
_DAY: Final = frozenset({"day"})


def told_by_mentions(document: Document, claims: Sequence[Claim]) -> frozenset[str]:
    """
    What *claims*' mentions tell of a document rebuilt from claim rows without a lead.

    Its profile takes the event's day (``day``) from those mentions where they
    tell it (``mentions_tell``), and its places (``place``) where they tell the day
    too, and reads its rebuilt text only for what they leave unknown, and for its
    context words, streets and sites. When its rows give no publication day, a
    weekday the extractor resolved to its date tells the day (``day`` alone): the
    extractor resolved it against the report's own day, while the rebuilt text can
    resolve its "on Monday" only against a date some sentence writes, or not at all
    (fed back without publication day, title and lead, the challenge stories grouped
    differently fall from 6 to 4 of 71 and GVA's from 137 to 136 of 325). Its places
    are still read from the text, as an undated mention's are. Undated mentions' places are not enough:
    their sentences tell the figures of an event their report places elsewhere
    (fed back without title and lead, 45 of the 78 challenge profiles then lose
    places the sentences name).
    A document whose rows carry its lead, and any document of the article path,
    is read as the article path reads it (the empty set).

    Args:
        document: A document given to ``claimrec.link.profile.profile_documents``.
        claims: Its claims about its own event (those its main profile reads).

    Returns:
        A subset of ``{"day", "place"}``.

    >>> from claimrec.testing import count_claim
    >>> from claimrec.model import EventMention
    >>> told = count_claim(mention=EventMention(location="Kano", date="2024-05-06", precision="day"))
    >>> rows = Document("d1", "Two people were hurt.", metadata={READING: RowReading()})
    >>> undated = count_claim(mention=EventMention(location="Kano"))
    >>> sorted(told_by_mentions(rows, [told])), sorted(told_by_mentions(rows, [undated]))
    (['day', 'place'], [])
    >>> monday = count_claim(mention=EventMention(location="Kano", date="2024-05-06", precision="weekday"))
    >>> dated = Document("d4", "Two people were hurt.", published="2024-05-08", metadata={READING: RowReading()})
    >>> sorted(told_by_mentions(rows, [monday])), sorted(told_by_mentions(dated, [monday]))
    (['day'], [])
    >>> told_by_mentions(Document("d2", "Two people were hurt."), [told])
    frozenset()
    >>> led = Document("d3", "Two people were hurt.", metadata={READING: RowReading("A bomb hit Kano.")})
    >>> told_by_mentions(led, [told])
    frozenset()
    """
    reading = document.metadata.get(READING)
    if not isinstance(reading, RowReading) or reading.lead is not None:
        return frozenset()
    told = mentions_tell(claims)
    if "day" in told:
        return told
    if document.published is None and "day" in mentions_tell(claims, weekdays=True):
        return _DAY
    return frozenset()


def reading_of(document: Document) -> Document:
    """
    What the main-event reader reads of *document*: itself, or for a rebuilt one its title and lead.

    A document rebuilt from claim rows that carry its lead (a ``RowReading`` under
    ``READING`` with a lead) is read as a document whose text is that lead, with
    its title, day and outlet; any other document is read whole, as on the article path.

    Args:
        document: A document given to ``claimrec.link.profile.profile_documents``.

    Returns:
        The document the reader reads.

    >>> doc = Document("d1", "Two people were hurt.", title="Two hurt",
    ...                metadata={READING: RowReading("A bomb hit Kano.")})
    >>> head = reading_of(doc)
    >>> head.text, head.title
    ('A bomb hit Kano.', 'Two hurt')
    >>> plain = Document("d2", "Two people were hurt.")
    >>> reading_of(plain) is plain
    True
    """
    reading = document.metadata.get(READING)
    if not isinstance(reading, RowReading) or reading.lead is None:
        return document
    return Document(
        document.id,
        reading.lead,
        title=document.title,
        published=document.published,
        outlet=document.outlet,
    )


def weighs_place_words(document: Document) -> bool:
    """
    True for a document rebuilt from claim rows that carry no lead: its places' names weigh by their rarity.

    Its context words are read from its rebuilt sentences, which name the place of
    every figure (see the module docstring). A document whose rows carry its lead,
    and any document of the article path, is read as the article path reads it.

    >>> weighs_place_words(Document("d1", "Two people were hurt.", metadata={READING: RowReading()}))
    True
    >>> led = Document("d2", "Two people were hurt.", metadata={READING: RowReading("A bomb hit Kano.")})
    >>> weighs_place_words(led), weighs_place_words(Document("d3", "Two people were hurt."))
    (False, False)
    """
    reading = document.metadata.get(READING)
    return isinstance(reading, RowReading) and reading.lead is None


def place_words_weighed(
    terms: Mapping[str, float], places: Sequence[str], weights: Sequence[float]
) -> dict[str, float]:
    """
    *terms* (word -> weight) with each word naming ``places[i]`` weighed by ``weights[i]`` as well.

    A word names a place when it is the place's key, one of its words, or a spelling
    whose key is the place's (``claimrec.link.places.place_key`` folds case, an "Al-"
    prefix and doubled letters: "kanno" names "kano"). The first place it names counts.

    >>> place_words_weighed({"kanno": 6.0, "market": 4.0, "police": 1.0}, ["kano", "market city"], [0.5, 1.0])
    {'kanno': 3.0, 'market': 4.0, 'police': 1.0}
    """
    return weighed_by_namers(terms, place_namers(places), weights)


#: Which place a word names (``place_namers``): the first place it is or is a word of,
#: and the first place a key is.
PlaceNamers = tuple[dict[str, int], dict[str, int]]


def place_namers(places: Sequence[str]) -> PlaceNamers:
    """
    For *places* (keys), the index of the first place each word is or is a word of, and of each key.

    Many profiles name the same places: built once for them, it answers for each of
    their words in two look-ups what ``place_words_weighed`` asks of every place.

    >>> place_namers(["kano", "market city", "kano"])
    ({'kano': 0, 'market city': 1, 'market': 1, 'city': 1}, {'kano': 0, 'market city': 1})
    """
    words: dict[str, int] = {}
    keys: dict[str, int] = {}
    for i, place in enumerate(places):
        keys.setdefault(place, i)
        words.setdefault(place, i)
        for word in place.split():
            words.setdefault(word, i)
    return words, keys


def weighed_by_namers(
    terms: Mapping[str, float], namers: PlaceNamers, weights: Sequence[float]
) -> dict[str, float]:
    """
    ``place_words_weighed(terms, places, weights)`` with ``namers = place_namers(places)``.

    A word names ``places[i]`` for the first *i* where it is the place or one of its
    words (``namers[0]``), or where its key is the place (``namers[1]``).

    >>> weighed_by_namers({"kanno": 6.0, "police": 1.0}, place_namers(["kano"]), [0.5])
    {'kanno': 3.0, 'police': 1.0}
    """
    by_word, by_key = namers
    out = dict(terms)
    if not by_word:
        return out
    for word, weight in terms.items():
        at = by_word.get(word)
        other = by_key.get(place_key(word))
        if other is not None and (at is None or other < at):
            at = other
        if at is not None:
            out[word] = weight * weights[at]
    return out
