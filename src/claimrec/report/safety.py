r"""
What every view does to hostile input before it leaves the library: URLs, markup, JSON.

Article text, titles, ids and URLs come from the documents, which an adversary may
write. Views use these three functions and nothing else:

- ``safe_url``: an ``http``/``https`` URL with no control, whitespace, quote, angle or
  bidirectional characters, else None (``javascript:``, ``data:`` and look-alikes never
  pass);
- ``html_text``: text escaped for HTML, with NUL, ESC and the other C0/C1 controls
  (which HTML forbids) replaced by U+FFFD;
- ``script_json``: JSON text safe inside ``<script type="application/ld+json">``: ``<``,
  ``>`` and ``&`` (and U+2028/U+2029) are ``\uXXXX`` escapes, so ``</script>`` in an
  article cannot close the block.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Final

__all__ = ["html_text", "safe_url", "script_json"]

#: Controls (C0 but tab/newline/return, DEL, C1), noncharacters HTML forbids, and lone
#: surrogates; replaced in HTML text.
_HTML_INVALID: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
)
#: Characters no URL of ours may hold: controls, whitespace, quotes, angle brackets,
#: backslash, and the bidirectional marks, embeddings, overrides and isolates.
_URL_BAD: Final = re.compile(
    "[\x00-\x20\x7f-\x9f\"'<>\\\\`\u00a0\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\ufeff]"
)
_URL_START: Final = re.compile(r"https?://[^/?#]", re.IGNORECASE)
_SCRIPT_UNSAFE: Final = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SCRIPT_RE: Final = re.compile("[<>&\u2028\u2029]")
#: The longest URL passed on (browsers and Wikidata stop well before).
_MAX_URL: Final = 2048


def safe_url(url: object) -> str | None:
    r"""
    *url* when it is a plain ``http(s)`` URL, else None.

    >>> safe_url("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> safe_url("javascript:alert(1)") is None, safe_url("https://evil\u202e.org") is None
    (True, True)
    >>> safe_url(" HTTP://example.org/x\x00") is None
    True
    """
    if not isinstance(url, str) or len(url) > _MAX_URL:
        return None
    url = url.strip(" ")
    if not _URL_START.match(url) or _URL_BAD.search(url):
        return None
    return url


def html_text(value: object) -> str:
    r"""
    *value* as HTML text: escaped (quotes too), forbidden controls replaced by U+FFFD.

    >>> html_text("<b>\x00\x1b[31m & 'x'") == "&lt;b&gt;\ufffd\ufffd[31m &amp; &#x27;x&#x27;"
    True
    """
    text = "" if value is None else str(value)
    return html.escape(_HTML_INVALID.sub("\ufffd", text), quote=True)


def script_json(value: Any, *, indent: int | None = None) -> str:  # noqa: ANN401 - any JSON value
    r"""
    *value* as JSON that can sit inside a ``<script>`` element unchanged.

    >>> print(script_json({"text": "</script><script>alert(1)</script> & more"}))
    {"text": "\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 more"}
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _SCRIPT_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group()], text)
