"""Settings (frozen) and ``reconcile()``: ingest, extract, match and resolve in one call."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from claimrec.errors import ClaimrecError, InvalidValueError
from claimrec.model import Claim, Document
from claimrec.resolve import POLICIES

if TYPE_CHECKING:
    from claimrec.lexicon import Lexicon
    from claimrec.matchers import Matcher
    from claimrec.report import Report

__all__ = ["Settings", "reconcile"]


def _check_policy(instance: Settings, attribute: Any, value: str) -> None:  # noqa: ANN401, ARG001
    if value not in POLICIES:
        msg = f"Settings.policy must be one of {', '.join(POLICIES)}; got {value!r}"
        raise InvalidValueError(msg)


def _pairs(value: Iterable[Sequence[str]]) -> tuple[tuple[str, str], ...]:
    """Known links as a tuple of id pairs; anything else is an error naming the value."""
    pairs = []
    for pair in value:
        if isinstance(pair, str) or len(pair) != 2:
            msg = f"a known link must be a pair of document ids; got {pair!r}"
            raise InvalidValueError(msg)
        pairs.append((str(pair[0]), str(pair[1])))
    return tuple(pairs)


@frozen(kw_only=True)
class Settings:
    """
    Every option of a reconciliation, in one frozen object.

    Args:
        lexicon: Vague quantifiers and their bounds (``claimrec.lexicon.ENGLISH`` if None).
        matchers: The event matchers (``claimrec.matchers.DEFAULT_MATCHERS`` if None).
        threshold: The match score that links two documents (the matcher default if None).
        policy: The rule for each estimate's ``best`` figure (``claimrec.resolve.POLICIES``).
        absent_as_zero: Estimate a casualty measure nobody mentions as 0 when the event
            has other casualty claims.
        must_link: Pairs of document ids known to report one event.
        cannot_link: Pairs of document ids known to report different events.
        known_events: Document id -> a known incident id: equal ids are one event,
            different ids never are.

    >>> Settings(policy="conservative").policy
    'conservative'
    """

    lexicon: Lexicon | None = None
    matchers: tuple[Matcher, ...] | None = field(default=None)
    threshold: float | None = None
    policy: str = field(default="consensus", validator=_check_policy)
    absent_as_zero: bool = True
    must_link: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)
    cannot_link: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)
    known_events: Mapping[str, str] = field(factory=dict, hash=False)


_DEFAULT = Settings()

Source = Document | str | Path | dict[str, Any]


def _as_documents(
    sources: Iterable[Any],
) -> tuple[list[Document], tuple[ClaimrecError, ...]]:
    items = list(sources)
    if all(isinstance(s, Document) for s in items):
        return items, tuple(getattr(sources, "errors", ()))
    from claimrec.ingest import load  # noqa: PLC0415 - I/O stage, only when paths are given

    corpus = load(*items)
    return list(corpus), tuple(corpus.errors)


def reconcile(
    sources: Iterable[Any] | str | Path,
    *,
    settings: Settings = _DEFAULT,
    claims: Sequence[Claim] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """
    Reconcile what the sources claim: extract claims, match events, resolve each slot.

    Args:
        sources: Documents, a ``Corpus`` from ``claimrec.load``, paths (files or
            folders) or dicts with at least ``id`` and ``text``.
        settings: Every option (``Settings``).
        claims: Claims you already have (from your own extractor, an LLM, a
            spreadsheet); extraction is skipped and these are matched and resolved.
        progress: Called with one line per finished stage (the CLI prints them).

    Returns:
        The ``Report``.

    >>> import claimrec as cr
    >>> doc = cr.Document("d1", "Two people were killed and five were injured, police said.",
    ...                   published="2024-03-02")
    >>> report = cr.reconcile([doc])
    >>> {m: e.best for m, e in report.estimates(report.document_event["d1"]).items()}
    {'injured': 5, 'killed': 2}
    """
    from claimrec.extract import extract_all  # noqa: PLC0415 - stages load on first use
    from claimrec.match import match_events  # noqa: PLC0415
    from claimrec.report import Report  # noqa: PLC0415
    from claimrec.resolve import resolve  # noqa: PLC0415

    say = progress or (lambda _line: None)
    if isinstance(sources, str | Path):
        sources = [sources]
    documents, errors = _as_documents(sources)
    documents.sort(key=lambda d: d.id)
    say(f"loaded {len(documents)} documents ({len(errors)} input problems)")
    if claims is None:
        claims = extract_all(documents, lexicon=settings.lexicon)
        say(f"extracted {len(claims)} claims")
    claims = sorted(claims, key=lambda c: c.id)
    options: dict[str, Any] = {}
    if settings.matchers is not None:
        options["matchers"] = settings.matchers
    if settings.threshold is not None:
        options["threshold"] = settings.threshold
    if settings.must_link or settings.cannot_link or settings.known_events:
        from claimrec.link.cluster import KnownLinks  # noqa: PLC0415

        options["known"] = KnownLinks(
            must=settings.must_link,
            cannot=settings.cannot_link,
            incidents=dict(settings.known_events),
        )
    matching = match_events(documents, claims, **options)
    say(f"matched {len(matching.events)} events")
    resolution = resolve(
        claims,
        matching.claim_event,
        documents=documents,
        policy=settings.policy,
        absent_as_zero=settings.absent_as_zero,
    )
    say(f"resolved {len(resolution.findings)} findings")
    return Report(
        documents=tuple(documents),
        events=matching.events,
        claims=resolution.claims,
        findings=resolution.findings,
        document_event=dict(matching.document_event),
        claim_event=dict(matching.claim_event),
        estimates_by_event=resolution.estimates,
        errors=errors,
        matching=matching,
    )
