"""
Builders for users' own tests: a valid claim or document in one call, changed by keywords.

>>> from claimrec.testing import count_claim
>>> count_claim(quantity="at least ten", measure="launched", group="munition.missile")
CountClaim(id='c1', document='d1', span=(0, 12), measure='launched', subject='munition.missile', group='munition.missile', quantity=Quantity(low=10, high=None, qualifier='at_least'), scope='event')
"""

from __future__ import annotations

from typing import Any

from claimrec.errors import InvalidTypeError
from claimrec.model import (
    Attribution,
    CountClaim,
    Document,
    EventMention,
    Quantity,
    ResponsibilityClaim,
)

__all__ = ["count_claim", "document", "responsibility_claim"]


def _attribution(kind: str, source: str | None, chain: tuple[str, ...] | None) -> Attribution:
    if source is None and kind != "none":
        source = kind.replace("_", " ")
    return Attribution(
        kind, source, chain=chain if chain is not None else ((source,) if source else ())
    )


def count_claim(
    *,
    id: str = "c1",  # noqa: A002 - the field's public name
    document: str = "d1",
    quantity: Quantity | str | int = 7,
    measure: str = "injured",
    group: str = "people",
    subject: str | None = None,
    scope: str = "event",
    kind: str = "none",
    source: str | None = None,
    chain: tuple[str, ...] | None = None,
    provisional: bool = False,
    mention: EventMention | None = None,
    sentence: str = "",
    span: tuple[int, int] | None = None,
    **changes: Any,  # noqa: ANN401 - passed through to CountClaim
) -> CountClaim:
    """
    A valid ``CountClaim``; keywords change any field.

    ``quantity`` may be a ``Quantity``, a phrase (parsed) or an int (exact);
    ``kind``/``source``/``chain`` build the attribution.

    >>> str(count_claim(quantity="17 to 40").quantity)
    '17–40'
    """
    if isinstance(quantity, int):
        q = Quantity.exact(quantity)
    elif isinstance(quantity, str):
        q = Quantity.parse(quantity)
    elif isinstance(quantity, Quantity):
        q = quantity
    else:
        msg = f"count_claim quantity must be a Quantity, a phrase or an int; got {type(quantity).__name__}"
        raise InvalidTypeError(msg)
    text = q.text or str(q)
    return CountClaim(
        id=id,
        document=document,
        span=span or (0, len(text)),
        sentence=sentence or f"{text} {subject or group} {measure}.",
        attribution=_attribution(kind, source, chain),
        mention=mention or EventMention(),
        provisional=provisional,
        measure=measure,
        subject=subject if subject is not None else group,
        group=group,
        quantity=q,
        scope=scope,
        **changes,
    )


def responsibility_claim(
    *,
    id: str = "r1",  # noqa: A002 - the field's public name
    document: str = "d1",
    stance: str = "claimed",
    actor: str | None = "the Islamic Resistance in Iraq",
    kind: str = "party",
    source: str | None = None,
    chain: tuple[str, ...] | None = None,
    **changes: Any,  # noqa: ANN401 - passed through to ResponsibilityClaim
) -> ResponsibilityClaim:
    """
    A valid ``ResponsibilityClaim``; keywords change any field.

    >>> responsibility_claim(stance="none_claimed", actor=None, kind="none").stance
    'none_claimed'
    """
    sentence = f"{actor or 'Nobody'} {stance.replace('_', ' ')} responsibility."
    return ResponsibilityClaim(
        id=id,
        document=document,
        span=(0, len(sentence)),
        sentence=sentence,
        attribution=_attribution(kind, source if source or kind == "none" else actor, chain),
        stance=stance,
        actor=actor,
        **changes,
    )


def document(
    *,
    id: str = "d1",  # noqa: A002 - the field's public name
    text: str = "Seven people were injured in a shooting on Monday, police said.",
    **changes: Any,  # noqa: ANN401 - passed through to Document
) -> Document:
    """
    A valid ``Document``; keywords change any field.

    >>> document(published="2024-01-20").published
    datetime.date(2024, 1, 20)
    """
    return Document(id=id, text=text, **changes)
