"""Settings (frozen) and ``reconcile()``: ingest, extract, match and resolve in one call."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import Attribute, field, frozen

from claimrec._checks import brief, show
from claimrec.errors import (
    ClaimrecError,
    InvalidClaimError,
    InvalidClaimsError,
    InvalidTypeError,
    InvalidValueError,
)
from claimrec.lexicon import Lexicon
from claimrec.model import Claim, Document
from claimrec.resolve import POLICIES

if TYPE_CHECKING:
    from claimrec.match import EventMatching
    from claimrec.matchers import Matcher
    from claimrec.report import Report

__all__ = ["Settings", "check_claims", "reconcile"]


def _check_policy(_instance: Settings, _attribute: Attribute[str], value: object) -> None:
    if not isinstance(value, str) or value not in POLICIES:
        msg = f"Settings.policy must be one of {', '.join(POLICIES)}; got {brief(value)}"
        raise InvalidValueError(msg)


def _check_lexicon(_instance: Settings, _attribute: Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Lexicon):
        msg = (
            "Settings.lexicon must be a claimrec.Lexicon (such as claimrec.ENGLISH.extend(...)) "
            f"or None; got {show(value)}"
        )
        raise InvalidTypeError(msg)


def _to_matchers(value: object) -> object:
    """Freeze a list of matchers into a tuple; the validator judges anything else."""
    return tuple(value) if isinstance(value, list) else value


def _check_matchers(_instance: Settings, _attribute: Attribute[Any], value: object) -> None:
    from claimrec.matchers import Matcher  # noqa: PLC0415 - rapidfuzz loads with the matchers

    if value is None:
        return
    if not isinstance(value, tuple) or not value:
        msg = (
            "Settings.matchers must be a non-empty tuple of matchers (see claimrec.matchers) "
            f"or None; got {show(value)}"
        )
        raise InvalidTypeError(msg)
    for matcher in value:
        if not isinstance(matcher, Matcher):
            msg = (
                "Settings.matchers must hold matchers: callables with name, weight and veto "
                f"(claimrec.Matcher); got {show(matcher)}"
            )
            raise InvalidTypeError(msg)


def _check_threshold(_instance: Settings, _attribute: Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int | float) or isinstance(value, bool):
        msg = f"Settings.threshold must be a number from 0 to 1 or None; got {show(value)}"
        raise InvalidTypeError(msg)
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        msg = f"Settings.threshold must be a number from 0 to 1 or None; got {brief(value)}"
        raise InvalidValueError(msg)


def _default_packs() -> tuple[str, ...]:
    from claimrec.lang import DEFAULT_PACKS  # noqa: PLC0415 - the packs load on first use

    return DEFAULT_PACKS


def _shipped_packs() -> list[str]:
    """The names of the English rule packs shipped in ``claimrec/lang/en/rules/``."""
    from importlib import resources  # noqa: PLC0415 - read only when a pack is unknown

    folder = resources.files("claimrec.lang").joinpath("en", "rules")
    return sorted(
        f.name.removesuffix(".toml") for f in folder.iterdir() if f.name.endswith(".toml")
    )


def _check_packs(_instance: Settings, _attribute: Attribute[Any], value: tuple[Any, ...]) -> None:
    from claimrec.lang import load_rules  # noqa: PLC0415 - the packs load on first use

    if not value or not all(isinstance(p, str) for p in value):
        msg = f"Settings.packs must be a non-empty tuple of pack names such as ('general',); got {value!r:.80}"
        raise InvalidValueError(msg)
    shipped = _shipped_packs()
    unknown = [p for p in value if p not in shipped]
    if unknown:
        msg = f"Settings.packs names no pack {unknown[0]!r}; the packs are {', '.join(shipped)}"
        raise InvalidValueError(msg)
    load_rules(packs=value)  # a pack whose rules are broken is named now, not at extraction


def _check_flag(_instance: Settings, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        msg = f"Settings.{attribute.name} must be True or False; got {show(value)}"
        raise InvalidTypeError(msg)


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
        packs: The rule packs extraction reads (``claimrec.lang.DEFAULT_PACKS``: general news,
            conflict and shootings; see ``claimrec.lang.load_rules``).
        absent_as_zero: Opt in to the old estimates: a casualty measure nobody mentions
            is 0..0 whenever the event has other casualty claims. By default it is "not
            reported" (``claimrec.resolve.resolve``).
        must_link: Pairs of document ids known to report one event.
        cannot_link: Pairs of document ids known to report different events.
        known_events: Document id -> a known incident id: equal ids are one event,
            different ids never are.

    Every option is checked when the settings are made: a wrong type raises
    ``InvalidTypeError`` and a value out of range ``InvalidValueError``, both naming
    the field and the value.

    >>> Settings(policy="conservative").policy
    'conservative'
    >>> Settings(threshold=float("nan"))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidValueError: Settings.threshold must be a number from 0 to 1 or None; got nan
    """

    lexicon: Lexicon | None = field(default=None, validator=_check_lexicon)
    matchers: tuple[Matcher, ...] | None = field(
        default=None, converter=_to_matchers, validator=_check_matchers
    )
    threshold: float | None = field(default=None, validator=_check_threshold)
    policy: str = field(default="consensus", validator=_check_policy)
    packs: tuple[str, ...] = field(factory=_default_packs, converter=tuple, validator=_check_packs)
    absent_as_zero: bool = field(default=False, validator=_check_flag)
    must_link: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)
    cannot_link: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)
    known_events: Mapping[str, str] = field(factory=dict, hash=False)


_DEFAULT = Settings()
#: At most this many problems are listed in one InvalidClaimsError.
_MAX_PROBLEMS = 100


def _claim_problems(claim: object, n: int, texts: dict[str, str]) -> list[InvalidClaimError]:
    if not isinstance(claim, Claim):
        msg = (
            f"item #{n} of claims is a {type(claim).__name__}, not a claimrec Claim: {brief(claim)}"
        )
        return [InvalidClaimError(msg, claim=f"#{n}", field="type")]
    name = claim.id or f"#{n}"
    problems = []
    if not claim.id.strip():
        msg = f"claim #{n} has an empty id; give every claim a unique id"
        problems.append(InvalidClaimError(msg, claim=name, field="id"))
    text = texts.get(claim.document)
    if text is None:
        msg = (
            f"claim {brief(name)} names document {brief(claim.document)}, which is not among the "
            f"{len(texts)} documents given; pass that document too or fix the id"
        )
        problems.append(InvalidClaimError(msg, claim=name, field="document"))
    elif claim.span[1] > len(text):
        msg = (
            f"the span {claim.span!r} of claim {brief(name)} runs past the end of document "
            f"{brief(claim.document)} ({len(text)} characters); spans are character offsets into its text"
        )
        problems.append(InvalidClaimError(msg, claim=name, field="span"))
    return problems


def _check_options(settings: object, progress: object) -> None:
    """``reconcile``'s keyword options: typed errors instead of failures deep inside."""
    if not isinstance(settings, Settings):
        msg = f"reconcile settings must be a claimrec.Settings; got {show(settings)}"
        raise InvalidTypeError(msg)
    if progress is not None and not isinstance(progress, bool) and not callable(progress):
        msg = f"reconcile progress must be True, False, None or a callable taking one line of text; got {type(progress).__name__}"
        raise InvalidTypeError(msg)


def check_claims(documents: Sequence[Document], claims: Sequence[Claim]) -> None:
    """
    Check claims built outside claimrec against their documents, raising every problem at once.

    Each claim must be a ``Claim`` with a unique, non-empty id, name one of
    *documents* and have a span inside that document's text. ``reconcile(documents,
    claims=...)`` runs this check.

    Args:
        documents: The documents the claims come from.
        claims: The claims (from your own extractor, an LLM, a spreadsheet).

    Raises:
        InvalidClaimsError: An ``ExceptionGroup`` of ``InvalidClaimError``, one per
            problem (the first 100), each naming the claim and the field.

    >>> doc = Document("a", "Two people were killed.")
    >>> from claimrec.testing import count_claim
    >>> check_claims([doc], [count_claim(id="c1", document="a", span=(0, 3))])
    >>> check_claims([doc], [count_claim(id="c1", document="b")])  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidClaimsError: 1 of 1 claims does not fit the documents (1 sub-exception)
    """
    if isinstance(claims, str | bytes) or not isinstance(claims, Iterable):
        msg = f"claims must be a list of claimrec Claim objects; got {type(claims).__name__}"
        raise InvalidTypeError(msg)
    texts = {d.id: d.text for d in documents}
    problems: list[InvalidClaimError] = []
    seen: dict[str, int] = {}
    bad = 0
    for n, claim in enumerate(claims):
        found = _claim_problems(claim, n, texts)
        if isinstance(claim, Claim) and claim.id.strip():
            if claim.id in seen:
                msg = f"claim id {brief(claim.id)} is used by claims #{seen[claim.id]} and #{n}; ids must be unique"
                found.append(InvalidClaimError(msg, claim=claim.id, field="id"))
            seen.setdefault(claim.id, n)
        bad += bool(found)
        problems.extend(found[: _MAX_PROBLEMS - len(problems)])
    if problems:
        msg = (
            f"{bad} of {n + 1} claims does not fit the documents"
            if bad == 1
            else (f"{bad} of {n + 1} claims do not fit the documents")
        )
        raise InvalidClaimsError(msg, problems)


Source = Document | str | Path | dict[str, Any]


def _as_documents(
    sources: object, columns: dict[str, str]
) -> tuple[list[Document], tuple[ClaimrecError, ...]]:
    from claimrec.ingest import Corpus, load  # noqa: PLC0415 - I/O stage, loads on first use

    if isinstance(sources, Corpus) and not columns:
        return list(sources), tuple(sources.errors)
    # every other input goes through load: paths, dicts, DataFrames and Documents alike, so
    # duplicate ids and unwritable strings are caught the same way whatever came in
    corpus = load(sources, **columns)  # type: ignore[arg-type]
    return list(corpus), tuple(corpus.errors)


def reconcile(
    sources: Iterable[Any] | str | Path | Mapping[str, Any],
    *,
    settings: Settings = _DEFAULT,
    claims: Sequence[Claim] | None = None,
    progress: bool | Callable[[str], None] | None = None,
    n_process: int | None = 1,
    id: str | None = None,  # noqa: A002 - the field it maps is called id
    text: str | None = None,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Report:
    """
    Reconcile what the sources claim: extract claims, match events, resolve each slot.

    Args:
        sources: Documents, a ``Corpus`` from ``claimrec.load``, paths (files or
            folders), a dict, a pandas DataFrame, or an iterable of these; dicts and
            rows are read as ``claimrec.load`` reads them (``id`` or ``doc_id``,
            ``text``, ``published`` or ``date``, ...).
        settings: Every option (``Settings``).
        claims: Claims you already have (from your own extractor, an LLM, a
            spreadsheet); extraction is skipped and these are matched and resolved.
        progress: A progress bar on standard error: None draws one on a terminal or
            in a notebook (with the ``progress`` extra), True always, False never. A
            callable gets one line per finished stage instead. Stage lines also go to
            ``logging.getLogger("claimrec")`` at INFO.
        n_process: Processes that extract claims (None: one per CPU); the report is
            the same whatever the number.
        id: The column holding the document id (likewise *text*, *title*,
            *published*, *outlet*, *url*); see ``claimrec.load``.
        text: The column holding the text.
        title: The column holding the title.
        published: The column holding the publication date.
        outlet: The column holding the outlet.
        url: The column holding the URL.

    Returns:
        The ``Report``.

    Raises:
        InvalidTypeError: *sources* or *n_process* is of a type it cannot take.

    >>> import claimrec as cr
    >>> doc = cr.Document("d1", "Two people were killed and five were injured, police said.",
    ...                   published="2024-03-02")
    >>> report = cr.reconcile([doc])
    >>> {m: e.best for m, e in report.estimates(report.document_event["d1"]).items()}
    {'injured': 5, 'killed': 2}
    >>> cr.reconcile({"doc_id": "g1", "text": "One man was shot dead.", "date": "May 3, 2024"}
    ...              ).documents[0].published
    datetime.date(2024, 5, 3)
    """
    _check_not_claims(sources)
    columns = {
        k: v
        for k, v in {"id": id, "text": text, "title": title, "published": published}.items()
        if v is not None
    } | {k: v for k, v in {"outlet": outlet, "url": url}.items() if v is not None}
    return _reconcile(
        sources,
        settings=settings,
        claims=claims,
        progress=progress,
        n_process=n_process,
        columns=columns,
    )


def _check_not_claims(sources: object) -> None:
    """
    Raise ``InvalidTypeError`` when *sources* is a list of claims: they go in ``claims=``.

    Only the first item is looked at, so a long list costs nothing.

    >>> from claimrec.testing import count_claim
    >>> _check_not_claims([count_claim()])  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    claimrec.errors.InvalidTypeError: reconcile() sources ...
    """
    if isinstance(sources, list | tuple) and sources and isinstance(sources[0], Claim):
        msg = (
            f"reconcile() sources are documents, and item #0 is a claim ({show(sources[0])}); "
            "pass claims you already have as reconcile(documents, claims=claims)"
        )
        raise InvalidTypeError(msg)


def _matching_summary(matching: EventMatching) -> EventMatching:
    """
    *matching* without what explains it: its events, assignments and count of candidate pairs.

    No ``matches`` and no ``pairs``: nothing then holds the profiles, the scored pairs
    or the clusters they were computed from.

    >>> from claimrec.match import match_events
    >>> m = match_events([Document("a", "Five people were hurt in Elgin on Sunday.")])
    >>> s = _matching_summary(m)
    >>> (s.events, s.document_event, s.candidate_pairs) == (m.events, m.document_event, 0), s.pairs
    (True, ())
    """
    from claimrec.match import EventMatching  # noqa: PLC0415 - stages load on first use

    return EventMatching(
        events=matching.events,
        document_event=matching.document_event,
        claim_event=matching.claim_event,
        matches=(),
        candidate_pairs=matching.candidate_pairs,
    )


def _reconcile(
    sources: Iterable[Any] | str | Path | Mapping[str, Any],
    *,
    settings: Settings,
    claims: Sequence[Claim] | None,
    progress: bool | Callable[[str], None] | None,
    n_process: int | None,
    columns: dict[str, str],
    keep_matching: bool = True,
) -> Report:
    """
    ``reconcile`` with its column names gathered; *keep_matching* False keeps less.

    With *keep_matching* False (the claim path of ``claimrec.scale``, which writes the
    report and returns counts), the report's ``matching`` is ``_matching_summary`` of
    it, taken before resolving: the profiles, the scored pairs and the matches of
    matching are let go of instead of being held through resolution and writing.
    The report's bytes are the same.
    """
    from claimrec._run import (  # noqa: PLC0415
        LOG,
        check_processes,
        extract_documents,
        pair_ticker,
        progress_bar,
        wants_bar,
    )
    from claimrec.match import match_events  # noqa: PLC0415 - stages load on first use
    from claimrec.report import Report  # noqa: PLC0415
    from claimrec.resolve import resolve  # noqa: PLC0415

    _check_options(settings, progress)

    def say(line: str) -> None:
        LOG.info("%s", line)
        if callable(progress):
            progress(line)

    processes = check_processes(n_process)
    if isinstance(sources, str | Path):
        sources = [sources]
    documents, errors = _as_documents(sources, columns)
    documents.sort(key=lambda d: d.id)
    say(f"loaded {len(documents)} documents ({len(errors)} input problems)")
    # asked for: drawn at once; automatic: only once a run takes more than a second
    delay = 0.0 if progress is True else 1.0
    if claims is None:
        with progress_bar(
            len(documents), enabled=wants_bar(progress), desc="extract", delay=delay
        ) as bar:
            claims = extract_documents(
                documents,
                lexicon=settings.lexicon,
                n_process=processes,
                bar=bar,
                packs=settings.packs,
            )
        say(f"extracted {len(claims)} claims")
    else:
        check_claims(documents, claims)
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
    with progress_bar(
        0, enabled=wants_bar(progress), desc="match", delay=delay, unit="pair"
    ) as bar:
        matching = match_events(documents, claims, progress=pair_ticker(bar), **options)
    say(f"matched {len(matching.events)} events")
    if not keep_matching:
        matching = _matching_summary(matching)  # the rest is let go of before resolving
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
