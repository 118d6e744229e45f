"""Blocking: the candidate pairs of profiles worth scoring, never all pairs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Final

from claimrec.matchers import (
    EventProfile,
)

__all__ = ["candidate_pairs"]

# --------------------------------------------------------------------------- blocking


def _blocks(
    profiles: Sequence[EventProfile], *, block_terms: int, max_df: int, global_df: int
) -> dict[tuple[str, str, int], list[int]]:
    blocks: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.terms.keys())
    for i, p in enumerate(profiles):
        anchor = p.date if p.precision in _ANCHORED else None
        rare = [t for t in p.terms if df[t] <= max_df][:block_terms]
        for t in p.terms:
            if df[t] <= global_df:
                blocks["g", t, 0].append(i)
        keys = _blocking_places(p)
        if anchor is None:
            for key in keys:
                blocks["P", key, -1].append(i)
            continue
        week, month = anchor.toordinal() // 7, anchor.toordinal() // 30
        back, ahead = _WEEKS_AROUND.get(p.precision or "", (0, 1))
        for key in keys:
            for w in range(week - back, week + ahead + 1):
                blocks["p", key, w].append(i)
            blocks["P", key, -2].append(i)
        for t in rare:
            blocks["t", t, month].append(i)
            blocks["t", t, month + 1].append(i)
    return blocks


#: Precisions whose date anchors a profile in the calendar for blocking.
_ANCHORED: Final = frozenset({"day", "published", "before", "month", "week"})
#: How many weeks before and after its date a profile blocks in (default: its week
#: and the next): a follow-up meets the reports of an event weeks earlier, a month
#: meets all of its weeks.
_WEEKS_AROUND: Final = {"before": (8, 1), "month": (0, 5), "week": (1, 1)}


def _blocking_places(p: EventProfile, *, limit: int = 3, telling: float = 0.5) -> list[str]:
    """
    The place keys a profile blocks on: its first *limit*, less the frequent ones.

    A frequent place (a street name many towns share, the country of every
    report) would put the profile in a crowded block of unrelated reports; it is
    dropped when the profile names a place at least *telling* specific, and
    otherwise only the most specific place is kept.
    """
    keys = [(p.place_weight(i), k) for i, k in enumerate(p.places[:limit])]
    kept = [k for w, k in keys if w >= telling]
    if kept or not keys:
        return kept
    return [max(keys, key=lambda wk: wk[0])[1]]


def candidate_pairs(
    profiles: Sequence[EventProfile],
    *,
    block_terms: int = 4,
    global_df: int = 6,
    max_block: int = 40,
    window: int = 12,
) -> set[tuple[int, int]]:
    """
    The index pairs worth scoring: profiles sharing a block, never all pairs.

    Dated profiles meet when they share a place key in the same or next week,
    or one of their *block_terms* rarest words in the same or next month; any two
    profiles meet when they share a word found in at most *global_df* profiles
    (a street, a victim's name: it finds follow-ups published months later).
    Undated profiles meet every profile that shares a place key or a rare word.
    A block larger than *max_block* is sorted by date and each profile meets only
    its *window* nearest neighbours, so the cost grows near-linearly.

    Args:
        profiles: The profiles.
        block_terms: How many of a profile's rarest words become dated blocking keys.
        global_df: Words this rare block without a date bucket.
        max_block: The largest block whose pairs are all compared.
        window: Neighbours compared in a larger block.

    Returns:
        Pairs ``(i, j)`` of indices into *profiles*, ``i < j``.

    >>> a = EventProfile(key="a", document="a", places=("elgin",), precision="weekday", weekday=0)
    >>> b = EventProfile(key="b", document="b", places=("elgin",), precision="weekday", weekday=0)
    >>> sorted(candidate_pairs([a, b]))
    [(0, 1)]
    """
    n = len(profiles)
    # a rare word's block never outgrows one all-pairs block, so the cost stays near-linear
    max_df = min(max(8, int(n**0.5)), max_block)
    pairs: set[tuple[int, int]] = set()
    blocks = _blocks(profiles, block_terms=block_terms, max_df=max_df, global_df=global_df)

    def order(i: int) -> tuple[int, str]:
        p = profiles[i]
        return (p.date.toordinal() if p.date else 0, p.key)

    for (kind, key, bucket), members in blocks.items():
        if bucket == -2:
            continue
        if bucket == -1:
            dated = blocks.get((kind.upper(), key, -2), [])
            if len(dated) > max_block:
                dated = sorted(dated, key=order)[-max_block:]
            bounded = members[: max_block * 4]
            _all_pairs(pairs, bounded)
            for i in bounded:
                pairs.update((min(i, j), max(i, j)) for j in dated)
        elif len(members) <= max_block:
            _all_pairs(pairs, members)
        else:
            ordered = sorted(members, key=order)
            for a, i in enumerate(ordered):
                for j in ordered[a + 1 : a + 1 + window]:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _all_pairs(pairs: set[tuple[int, int]], members: Sequence[int]) -> None:
    for a, i in enumerate(members):
        for j in members[a + 1 :]:
            if i != j:
                pairs.add((min(i, j), max(i, j)))
