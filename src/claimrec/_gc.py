"""A pause of Python's cyclic garbage collector around bulk work that makes no cycles."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """
    Pause the cyclic garbage collector inside the block; it is left on or off as it was.

    Building many small objects (a gazetteer, the profiles and pairs of matching)
    sets off collections that walk every object the process holds, such as the
    claims being matched, again and again; objects without reference cycles are
    freed by reference counting all the same, and cycles made inside the block
    are collected after it.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
