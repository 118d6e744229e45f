"""
A reusable check that a function's time grows about linearly with its input.

``assert_linear_time(run, build, ms_per_kb=5)`` builds inputs of two sizes, times
``run`` on each (the process's CPU time, best of a few tries, so other jobs on a busy
machine do not fail the test), and
fails when either run exceeds its budget (a fixed floor plus so many milliseconds per
kilobyte) or when the larger input costs far more than its share: a quadratic loop
on an input 8 times larger takes 64 times longer, a linear one 8 times. On a slow or
crowded machine, ``CLAIMREC_TIME_FACTOR=3`` multiplies every budget.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable

__all__ = ["assert_linear_time", "seconds"]

#: Multiplies every budget (a slow or shared machine).
FACTOR = float(os.environ.get("CLAIMREC_TIME_FACTOR", "1"))


def seconds(run: Callable[[], object], *, tries: int = 2) -> float:
    """
    The best CPU time of *tries* calls of *run*, in seconds.

    CPU time, not wall time: the work of other processes on a shared machine is not
    counted (the code under test runs in this process and its threads). The collector
    sweeps before each call and rests during it: after thousands of fuzz examples a
    sweep of their garbage can cost more than the call itself.
    """
    best = float("inf")
    for _ in range(tries):
        gc.collect()  # the garbage of earlier tests is swept before, not during, the timing
        gc.disable()
        try:
            start = time.process_time()
            run()
            took = time.process_time() - start
        finally:
            gc.enable()
        best = min(best, took)
    return best


def assert_linear_time(
    run: Callable[[str], object],
    build: Callable[[int], str],
    *,
    ms_per_kb: float,
    sizes: tuple[int, int] = (4_000, 32_000),
    floor: float = 0.3,
    slack: float = 3.0,
    rounds: int = 3,
) -> None:
    """
    Fail when ``run(build(n))`` is not roughly linear in ``n`` characters.

    Args:
        run: The code under test, given the input text.
        build: Makes an input of about *n* characters.
        ms_per_kb: The time budget per 1,000 characters, in milliseconds.
        sizes: The small and the large input size.
        floor: Seconds every run may take whatever its size (start-up, caches).
        slack: How many times its linear share the large input may cost.
        rounds: How many whole timings may be tried before failing. A moment of
            contention on a shared machine (another job's cache traffic, a frequency
            drop) slows one timing; a quadratic loop is slow in every one.
    """
    ms_per_kb, floor = ms_per_kb * FACTOR, floor * FACTOR
    small, large = (build(n) for n in sizes)
    failure = ""
    for _ in range(rounds):
        failure = _over_budget(run, small, large, ms_per_kb=ms_per_kb, floor=floor, slack=slack)
        if not failure:
            return
    raise AssertionError(failure)


def _over_budget(
    run: Callable[[str], object],
    small: str,
    large: str,
    *,
    ms_per_kb: float,
    floor: float,
    slack: float,
) -> str:
    """One timing of both inputs: why it is over budget, or ``""`` when it is not."""
    t_small = seconds(lambda: run(small))
    t_large = seconds(lambda: run(large))
    for text, took in ((small, t_small), (large, t_large)):
        budget = floor + ms_per_kb * len(text) / 1_000_000
        if took > budget:
            return (
                f"{len(text):,} characters took {took:.3f} s, over the budget of {budget:.3f} s "
                f"({ms_per_kb} ms per kilobyte + {floor} s); input starts {text[:40]!r}"
            )
    share = t_small * len(large) / max(len(small), 1)
    if t_large > slack * share + floor:
        return (
            f"{len(small):,} characters took {t_small:.3f} s but {len(large):,} took {t_large:.3f} s: "
            f"more than {slack} times the linear share ({share:.3f} s); input starts {large[:40]!r}"
        )
    return ""
