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

    >>> Settings(policy="conservative").policy
    'conservative'
    """

    lexicon: Lexicon | None = None
    matchers: tuple[Matcher, ...] | None = field(default=None)
    threshold: float | None = None
    policy: str = field(default="consensus", validator=_check_policy)
    absent_as_zero: bool = True


_DEFAULT = Settings()

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
    from claimrec._run import LOG, check_processes, extract_documents, progress_bar, wants_bar  # noqa: PLC0415
    from claimrec.match import match_events  # noqa: PLC0415 - stages load on first use
    from claimrec.report import Report  # noqa: PLC0415
    from claimrec.resolve import resolve  # noqa: PLC0415

    def say(line: str) -> None:
        LOG.info("%s", line)
        if callable(progress):
            progress(line)

    processes = check_processes(n_process)
    columns = {
        k: v
        for k, v in {"id": id, "text": text, "title": title, "published": published}.items()
        if v is not None
    } | {k: v for k, v in {"outlet": outlet, "url": url}.items() if v is not None}
    if isinstance(sources, str | Path):
        sources = [sources]
    documents, errors = _as_documents(sources, columns)
    documents.sort(key=lambda d: d.id)
    say(f"loaded {len(documents)} documents ({len(errors)} input problems)")
    if claims is None:
        # asked for: drawn at once; automatic: only once a run takes more than a second
        delay = 0.0 if progress is True else 1.0
        with progress_bar(
            len(documents), enabled=wants_bar(progress), desc="extract", delay=delay
        ) as bar:
            claims = extract_documents(
                documents, lexicon=settings.lexicon, n_process=processes, bar=bar
            )
        say(f"extracted {len(claims)} claims")
    claims = sorted(claims, key=lambda c: c.id)
    options: dict[str, Any] = {}
    if settings.matchers is not None:
        options["matchers"] = settings.matchers
    if settings.threshold is not None:
        options["threshold"] = settings.threshold
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
    )
