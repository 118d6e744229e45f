"""The hang guard of the hostile-input tests counts this process's CPU time, not wall time."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest


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
