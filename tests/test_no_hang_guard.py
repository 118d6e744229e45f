"""The hang guard of the hostile-input tests counts this process's CPU time, not wall time."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from timing import assert_linear_time


def test_a_runaway_loop_fails_with_a_clear_message(
    no_hang: Callable[[int], AbstractContextManager[None]],
) -> None:
    def spin() -> None:
        with no_hang(1):
            while True:
                pass

    with pytest.raises(AssertionError, match="did not finish within 1 CPU s"):
        spin()


def test_waiting_costs_no_cpu_so_a_loaded_machine_is_no_hang(
    no_hang: Callable[[int], AbstractContextManager[None]],
) -> None:
    with no_hang(1):
        time.sleep(1.5)  # wall time past the limit, CPU time far below it


# --------------------------------------------------------------------------- the linear-time check


def _spin(seconds: float) -> None:
    """Burn this process's CPU for about *seconds*."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_a_quadratic_function_fails_the_linear_time_check_in_every_round() -> None:
    def quadratic(text: str) -> None:
        _spin(len(text) ** 2 / 4e9)  # 0.004 s for 4,000 characters, 0.256 s for 32,000

    with pytest.raises(AssertionError, match="linear share"):
        assert_linear_time(quadratic, lambda n: "x" * n, ms_per_kb=10, floor=0.01, rounds=2)


def test_one_slow_round_on_a_busy_machine_does_not_fail_the_linear_time_check() -> None:
    calls: list[int] = []

    def once_slow(text: str) -> None:
        calls.append(len(text))
        if len(calls) <= 4:  # the first round's four timed calls meet contention
            _spin(0.2)

    assert_linear_time(once_slow, lambda n: "x" * n, ms_per_kb=1, floor=0.05)
    assert len(calls) == 8  # the second round passed
