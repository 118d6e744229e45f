"""The local backend: resolution on worker processes (``fork`` or ``spawn``), the same result as one process."""

from __future__ import annotations

import heapq
import multiprocessing
from collections import defaultdict
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Final

from claimrec.engines.claims import resolution_groups

if TYPE_CHECKING:
    from claimrec.model import Claim, Document
    from claimrec.resolve import Resolution

__all__ = ["MIN_PARALLEL", "resolve_in_processes"]

#: Below this many claims, resolution stays in this process (starting workers costs more).
MIN_PARALLEL: Final = 20_000

_Shard = tuple[list["Claim"], dict[str, "str | None"], list["Document"], str, bool]


def _resolve_shard(shard: _Shard) -> Resolution:
    """A worker's task: resolve whole groups (module level, so ``spawn`` finds it)."""
    from claimrec.resolve import resolve  # noqa: PLC0415 - the worker imports what it runs

    claims, claim_event, documents, policy, absent_as_zero = shard
    return resolve(
        claims, claim_event, documents=documents, policy=policy, absent_as_zero=absent_as_zero
    )


def _shards(
    claims: Sequence[Claim], claim_event: Mapping[str, str | None], processes: int
) -> list[list[Claim]]:
    """The claims split into *processes* shards of whole groups, largest group first to the lightest."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c, group in zip(claims, resolution_groups(claims, claim_event).values(), strict=True):
        groups[group].append(c)
    loads = [(0, i) for i in range(processes)]
    shards: list[list[Claim]] = [[] for _ in range(processes)]
    for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        load, i = heapq.heappop(loads)
        shards[i].extend(groups[name])
        heapq.heappush(loads, (load + len(groups[name]), i))
    return [s for s in shards if s]


def resolve_in_processes(
    claims: Sequence[Claim],
    claim_event: Mapping[str, str | None],
    *,
    documents: Sequence[Document] = (),
    policy: str = "consensus",
    absent_as_zero: bool = False,
    processes: int = 1,
    start_method: str | None = None,
    min_claims: int = MIN_PARALLEL,
) -> Resolution:
    """
    ``claimrec.resolve.resolve`` on worker processes: whole events and documents per worker, merged.

    Groups (``resolution_groups``) never split, so each worker sees every claim of
    its events and every claim of its documents, and the merged result equals one
    process's, whatever the process count or start method.

    Args:
        claims: As for ``resolve``.
        claim_event: As for ``resolve``.
        documents: As for ``resolve``.
        policy: As for ``resolve``.
        absent_as_zero: As for ``resolve``.
        processes: Worker processes (1: this process).
        start_method: ``fork``, ``spawn`` or ``forkserver`` (None: the interpreter's default).
        min_claims: Fewer claims than this resolve in this process.

    Returns:
        The ``Resolution`` ``resolve`` gives.

    >>> from claimrec.testing import count_claim
    >>> a, b = count_claim(id="a", quantity="seven"), count_claim(id="b", document="d2", quantity="7")
    >>> res = resolve_in_processes([a, b], {"a": "ev", "b": "ev"}, processes=2, min_claims=0)
    >>> [f.verdict for f in res.findings]
    ['consistent']
    """
    from claimrec.resolve import Resolution  # noqa: PLC0415 - stages load on first use

    shards = _shards(claims, claim_event, processes) if processes > 1 else [list(claims)]
    if len(shards) < 2 or len(claims) < min_claims:
        return _resolve_shard(
            (list(claims), dict(claim_event), list(documents), policy, absent_as_zero)
        )
    by_id = {d.id: d for d in documents}
    work: list[_Shard] = []
    for shard in shards:
        own = sorted({c.document for c in shard})
        work.append(
            (
                shard,
                {c.id: claim_event.get(c.id) for c in shard},
                [by_id[d] for d in own if d in by_id],
                policy,
                absent_as_zero,
            )
        )
    context = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(max_workers=len(work), mp_context=context) as pool:
        parts = list(pool.map(_resolve_shard, work))
    estimates = {e: m for part in parts for e, m in part.estimates.items()}
    return Resolution(
        findings=tuple(
            sorted(
                (f for part in parts for f in part.findings),
                key=lambda f: (f.event, f.measure, f.group),
            )
        ),
        claims=tuple(sorted((c for part in parts for c in part.claims), key=lambda c: c.id)),
        estimates=dict(sorted(estimates.items())),
    )
