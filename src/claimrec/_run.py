"""How a reconciliation runs, never what it computes: the log, progress bars, worker processes."""

from __future__ import annotations

import importlib.util
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.reduction import ForkingPickler
from typing import TYPE_CHECKING, Any, Final, Protocol

from claimrec.errors import InvalidTypeError, InvalidValueError

if TYPE_CHECKING:
    from claimrec.lexicon import Lexicon
    from claimrec.model import Claim, Document

__all__ = [
    "LOG",
    "Bar",
    "check_processes",
    "extract_documents",
    "pair_ticker",
    "progress_bar",
    "wants_bar",
]

#: The library's logger: stage lines at INFO, skipped work at WARNING. The command line
#: gives it a handler; a library user configures ``logging.getLogger("claimrec")``.
LOG: Final = logging.getLogger("claimrec")
LOG.addHandler(logging.NullHandler())

#: Documents a worker extracts per task: large enough to hide the cost of sending them.
_CHUNK: Final = 16


class Bar(Protocol):
    """What a progress bar does: advance and close (``tqdm`` fits)."""

    def update(self, n: float | None = 1, /) -> bool | None:
        """Advance by *n*."""

    def close(self) -> None:
        """Finish the bar."""


class _NoBar:
    """A bar that shows nothing."""

    def update(self, n: float | None = 1, /) -> None:
        """Do nothing."""

    def close(self) -> None:
        """Do nothing."""


def _in_notebook() -> bool:
    shell = getattr(sys.modules.get("IPython"), "get_ipython", lambda: None)()
    return type(shell).__name__ == "ZMQInteractiveShell"


def wants_bar(setting: object) -> bool:
    """
    Whether to draw a progress bar: True or False as asked; None means on a terminal or notebook.

    A bar also needs ``tqdm`` (the ``progress`` extra); without it there is none.

    >>> wants_bar(False)
    False
    """
    if setting is False or callable(setting):
        return False
    if importlib.util.find_spec("tqdm") is None:
        return False
    if setting is True:
        return True
    stream = sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) or _in_notebook()


def pair_ticker(bar: Bar) -> Callable[[int, int], None]:
    """
    A ``match_events`` *progress* callback that advances *bar* (its total set on first call).

    >>> tick = pair_ticker(_NoBar())
    >>> tick(10, 20); tick(20, 20)
    """
    seen = 0

    def tick(done: int, total: int) -> None:
        nonlocal seen
        if getattr(bar, "total", total) != total:
            bar.total = total  # type: ignore[attr-defined] # tqdm: the total is known now
        bar.update(done - seen)
        seen = done

    return tick


@contextmanager
def progress_bar(
    total: int, *, enabled: bool, desc: str, delay: float = 0.0, unit: str = "doc"
) -> Iterator[Bar]:
    """
    A progress bar over *total* items, or one that shows nothing.

    In a notebook with ipywidgets it is a widget; elsewhere text on standard error.
    Nothing is drawn before *delay* seconds, so short runs stay quiet.

    >>> with progress_bar(3, enabled=False, desc="extract") as bar:
    ...     bar.update(3)
    """
    bar: Bar = _NoBar()
    if enabled:
        bar = _tqdm()(total=total, desc=desc, unit=unit, leave=False, delay=delay)
    try:
        yield bar
    finally:
        bar.close()


def _tqdm() -> Any:  # noqa: ANN401 - the tqdm class, an optional extra
    """Tqdm's notebook widget in a notebook that has ipywidgets, else its text bar."""
    if _in_notebook() and importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.notebook import tqdm as widget  # noqa: PLC0415 - optional extra

        return widget
    from tqdm.std import tqdm as text  # noqa: PLC0415 - optional extra

    return text


def check_processes(n_process: object) -> int:
    """
    The number of worker processes *n_process* asks for: a whole number >= 1, or None for every CPU.

    Raises:
        InvalidTypeError: *n_process* is not a whole number or None.
        InvalidValueError: *n_process* is below 1.

    >>> check_processes(2), check_processes(None) >= 1
    (2, True)
    """
    if n_process is None:
        return max(1, os.cpu_count() or 1)
    if isinstance(n_process, bool) or not isinstance(n_process, int):
        msg = f"n_process must be a whole number of processes or None; got {n_process!r}"
        raise InvalidTypeError(msg)
    if n_process < 1:
        msg = f"n_process must be at least 1 (None uses every CPU); got {n_process!r}"
        raise InvalidValueError(msg)
    return n_process


def _extract_chunk(
    documents: Sequence[Document], lexicon: Lexicon | None, packs: tuple[str, ...] | None = None
) -> list[Claim]:
    """The worker's task: the claims of some documents, in order (module level, so spawn finds it)."""
    from claimrec.extract import extract_all  # noqa: PLC0415 - the worker imports what it runs
    from claimrec.lang import load_rules  # noqa: PLC0415

    rules = load_rules(packs=packs) if packs is not None else None
    return extract_all(documents, lexicon=lexicon, rules=rules)


def _sendable(value: object) -> bool:
    """Whether *value* can be sent to a worker process (serialised as the pool would)."""
    try:
        ForkingPickler.dumps(value)
    except Exception:  # noqa: BLE001 - any failure to serialise means: keep it in this process
        return False
    return True


def extract_documents(
    documents: Sequence[Document],
    *,
    lexicon: Lexicon | None,
    n_process: int,
    bar: Bar,
    packs: tuple[str, ...] | None = None,
) -> list[Claim]:
    """
    The claims of *documents* in document order, on *n_process* processes: the same list as serial.

    Worker processes start with the interpreter's start method (fork, or spawn where
    that is the default or was chosen); each extracts chunks of documents and the
    chunks are joined in order, so the result does not depend on the process count.

    >>> from claimrec.model import Document
    >>> docs = [Document("a", "Two were killed."), Document("b", "One was hurt.")]
    >>> [c.document for c in extract_documents(docs, lexicon=None, n_process=1, bar=_NoBar())]
    ['a', 'b']
    """
    if n_process > 1 and len(documents) > 1 and not _sendable(lexicon):
        LOG.warning("the lexicon cannot be sent to worker processes; extracting in this process")
        n_process = 1
    if n_process == 1 or len(documents) < 2:
        claims: list[Claim] = []
        for document in documents:
            claims.extend(_extract_chunk([document], lexicon, packs))
            bar.update(1)
        return claims
    size = max(1, min(_CHUNK, len(documents) // (n_process * 4) or 1))
    chunks = [documents[i : i + size] for i in range(0, len(documents), size)]
    claims = []
    context: Any = multiprocessing.get_context()
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        for chunk, found in zip(
            chunks,
            pool.map(_extract_chunk, chunks, [lexicon] * len(chunks), [packs] * len(chunks)),
            strict=True,
        ):
            claims.extend(found)
            bar.update(len(chunk))
    return claims
