"""Shared fixtures: a guard against hangs, and where the optional evaluation data lives."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example time limit: Hypothesis's default deadline (200 ms) is a timing assertion,
# and on a shared machine one slow example fails a correct property. Hangs are caught by
# ``no_hang``; time is measured in benchmarks/.
settings.register_profile("claimrec", deadline=None)
settings.load_profile("claimrec")

ROOT = Path(__file__).resolve().parents[1]
#: The GVA evaluation articles, when this checkout sits next to the project's shared folder
#: (or CLAIMREC_EVAL_DIR points at a folder holding gva/docs.jsonl); tests that need them skip
#: otherwise.
EVAL_DIR = Path(os.environ.get("CLAIMREC_EVAL_DIR", ROOT.parent / "shared" / "eval"))
GVA_DOCS = EVAL_DIR / "gva" / "docs.jsonl"


@contextmanager
def _guard(seconds: int) -> Iterator[None]:
    """Fail after *seconds* of this process's CPU time (not wall time: a loaded machine is no hang)."""

    def on_timer(_signum: int, _frame: object) -> None:
        msg = (
            f"did not finish within {seconds} CPU s: pathological backtracking or a quadratic loop?"
        )
        raise AssertionError(msg)

    previous = signal.signal(signal.SIGPROF, on_timer)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@pytest.fixture
def no_hang() -> Callable[[int], AbstractContextManager[None]]:
    """
    Fail instead of hanging: ``with no_hang(60): ...``.

    A guard against runaway backtracking on adversarial input, not a speed test: speed
    is measured in benchmarks/, never asserted in unit tests.
    """
    return _guard
