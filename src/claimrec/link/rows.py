"""
What the main-event reader reads of a document known only by its claim rows: its title and lead.

On the article path a report's profile (``claimrec.link.profile.profile_documents``)
reads its headline and lead with the main-event reader (places, the event's day,
context words, streets, sites) and takes counts, kinds, actors and the places and
days the extractor resolved from its claims' mentions. A document rebuilt from
claim rows (``claimrec.engines.documents_of_claims``) has a text so that the
resolver reads the words around each figure where they stood; the matcher's
reader needs only the part of it that the article path reads.

So a rebuilt document whose rows carry its lead (as ``Report.claim_rows`` writes
it) carries a ``RowReading`` (in its ``metadata``, under ``READING``), and its
profile reads, with the same function as the article path, a document that holds
only its title and that lead (``reading_of``). Where no row carries a lead, the
rebuilt text is read whole, as before: a claim's mention alone often leaves the
event's day or place unread (the extractor reads a claim's sentence for its
figure, the main-event reader for the event), and the sentences are then the only
text that can tell them.
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from claimrec.model import Document

__all__ = ["READING", "RowReading", "reading_of"]

#: The ``Document.metadata`` key under which a rebuilt document carries its ``RowReading``.
READING: Final = "claimrec.rows"


@frozen
class RowReading:
    """
    What claim rows give the main-event reader of their document besides its title: its lead.

    ``lead`` is the text of the paragraphs the reader reads after the headline
    (``claimrec.link.profile.lead_range``), as a row's ``lead`` carries it.

    >>> RowReading("A bomb exploded in Kano on Monday.").lead
    'A bomb exploded in Kano on Monday.'
    """

    lead: str


def reading_of(document: Document) -> Document:
    """
    What the main-event reader reads of *document*: itself, or for a rebuilt one its title and lead.

    A document rebuilt from claim rows that carry its lead (a ``RowReading`` under
    ``READING``) is read as a document whose text is that lead, with its title, day
    and outlet; any other document is read whole, as on the article path.

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
    if not isinstance(reading, RowReading):
        return document
    return Document(
        document.id,
        reading.lead,
        title=document.title,
        published=document.published,
        outlet=document.outlet,
    )
