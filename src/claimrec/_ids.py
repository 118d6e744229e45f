"""
Private helpers: stable ids for events.

An event id is derived from the cluster's **anchor**: the smallest key (in plain
string order) among the documents whose main event it is; an event made only of
mentions that documents recall as background is anchored on its smallest mention
key (``"<document>#<n>"``). The id is ``"ev-"`` followed by 12 hex digits of a
BLAKE2b hash of the anchor.

Why the anchor and not the member set, or place + date: a hash of all members
changes whenever one more report joins the event, and a place or date key changes
whenever a better-dated report refines it. With the anchor, matching the same
input twice gives the same ids, and adding documents never renumbers an existing
event unless a new document with a smaller id joins it (then the event takes
that document's id; every other event keeps its id). Callers that need ids that
never move can give documents ids that sort by arrival (a timestamp prefix).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

__all__ = ["event_id"]


def event_id(members: Iterable[str]) -> str:
    """
    The stable id of the event anchored on the smallest of *members*.

    Args:
        members: The keys of the documents (or mentions) that make up the event.

    Returns:
        ``"ev-"`` and 12 hex digits.

    Raises:
        ValueError: *members* is empty.

    >>> event_id(["b", "a"]) == event_id(["a", "c", "z"])
    True
    >>> event_id(["a"])
    'ev-...'
    """
    keys = list(members)
    if not keys:
        msg = "an event needs at least one member key to derive its id; got none"
        raise ValueError(msg)
    anchor = min(keys)
    return "ev-" + hashlib.blake2b(anchor.encode("utf-8"), digest_size=6).hexdigest()
