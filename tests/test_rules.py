"""Tests for the rule engine (claimrec._rules), the English pack and hostile input to extraction."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from claimrec.extract import extract
from claimrec.model import Document

#: Inputs that once made extraction quadratic: one builder per shape, by size in units.
HOSTILE: dict[str, Callable[[int], str]] = {
    "count word then a run of spaces": lambda n: "Seven" + " " * (10_000 * n) + "were killed.",
    "a run of digits and commas": lambda n: "attack " + "1," * (5_000 * n),
    "many coordinated counts": lambda n: "1 and " * (1_600 * n) + "were killed.",
    "many claims with many dates": lambda n: "on Monday 2 were killed," * (1_000 * n),
}


def _seconds(text: str) -> float:
    """The best of two runs of extract on *text* (the best damps noise from other jobs)."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        extract(Document(id="h", text=text))
        best = min(best, time.perf_counter() - start)
    return best


class TestHostileInput:
    @pytest.mark.parametrize("shape", sorted(HOSTILE))
    def test_time_grows_about_linearly(self, shape: str, no_hang) -> None:
        """Doubling a hostile input at most about doubles the time, within a budget per KB."""
        build = HOSTILE[shape]
        small, large = build(1), build(2)

        with no_hang(120):
            t_small, t_large = _seconds(small), _seconds(large)

        per_kb = t_large / (len(large) / 1000)
        assert per_kb < 0.05, f"{per_kb * 1000:.1f} ms per KB"
        assert t_large < 3.5 * t_small + 0.05, f"{t_small:.3f}s then {t_large:.3f}s"
