# ruff: noqa: INP001 - docs/ holds pages, not a package
"""
A griffe extension for the API reference: doctest blocks become ``pycon`` code blocks.

Docstrings follow STYLE.md (a summary, Args/Returns/Raises, then one doctest without an
``Examples:`` header). Markdown would read the doctest as prose, so ``x[0]["id"]`` would
turn into a link; fencing every block that starts with ``>>>`` renders it as code.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    r"""
    Wrap each doctest block (a ``>>>`` line up to the next blank line) in a pycon fence.

    >>> lines = fence_doctests("Sum.\n\n>>> 1 + 1\n2").splitlines()
    >>> lines[2], lines[-1], len(lines)
    ('```pycon', '```', 6)
    """
    out: list[str] = []
    inside = False
    for line in text.splitlines():
        if not inside and line.startswith(">>>"):
            out.append("```pycon")
            inside = True
        elif inside and not line.strip():
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence the doctests of every object's docstring."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:  # noqa: ARG002, ANN401
        """Rewrite *obj*'s docstring once it is loaded."""
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
