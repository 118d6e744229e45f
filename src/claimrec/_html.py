"""
Private: the article text of a saved web page, for ``claimrec.load`` (stage 1).

A crawled page wraps its article in furniture that is built the same way on every
site: scripts and styles, navigation, header and footer bars, asides with related
links, figures with captions, forms, buttons, embedded frames, and boxes whose
class or id names them (cookie banners, newsletter sign-ups, share bars, adverts).
:func:`read_html` drops those, keeps the ``<article>`` (else ``<main>``, else the
body) as plain text, one block of text a paragraph, and reads the headline, date,
outlet and address from the page's own markup (``<h1>``, ``<meta>``, ``<time>``, and the
``datePublished`` and ``headline`` of a JSON-LD block, read as text).

It uses only :mod:`html.parser` from the standard library: nothing is fetched and no
script runs. Parsing is linear in the page: every tag is looked at once, and the
stack of open elements is bounded.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Final

from attrs import frozen

__all__ = ["HtmlPage", "read_html"]


def _tags(names: str) -> frozenset[str]:
    """The whitespace-separated tag names of *names* as a set (keeps the lists readable)."""
    return frozenset(names.split())


#: Elements whose whole content is never article text.
_SKIPPED: Final = _tags(
    """script style noscript template svg canvas iframe object embed nav header footer aside
    figure figcaption form button select textarea label dialog menu"""
)
#: Elements that end a block of text (a line break in the text read).
_BLOCKS: Final = _tags(
    """p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr
    td th br hr address"""
)
#: Elements that never have content or an end tag.
_VOID: Final = _tags("area base br col embed hr img input link meta param source track wbr")
#: Elements that end an open ``<p>`` (and an open element of their own kind) when they start.
_IMPLIED_END: Final = _tags("p li dt dd tr td th h1 h2 h3 h4 h5 h6 ul ol div table")
#: Elements that end an open element of their own kind when they start.
_SELF_ENDING: Final = _tags("p li dt dd tr td th option")
#: A class or id that names a box of furniture ("cookie-banner", "related-links", "ad-slot").
_FURNITURE_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|banner|newsletter|subscribe|signup|sign-up|promo|advert"
    r"|ads?|sponsor(?:ed)?|share|sharing|social|related|recommended|most-read|trending|outbrain"
    r"|taboola|comments?|byline|breadcrumbs?|caption|credit|nav|navigation|menu|sidebar"
    r"|paywall|modal|popup|toolbar|tags)(?:$|[\s_-])",
    re.IGNORECASE,
)
#: Meta properties that give the publication date, the outlet, the address and the title.
_META_DATE: Final = (
    "article:published_time", "datepublished", "date", "dc.date", "pubdate", "publishdate",
    "og:published_time", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
_META_OUTLET: Final = ("og:site_name", "application-name", "publisher")
_META_URL: Final = ("og:url",)
_META_TITLE: Final = ("og:title", "twitter:title", "headline")
#: A field of a JSON-LD block (schema.org NewsArticle) that gives the date or the headline.
_LINKED_DATA: Final = re.compile(r'"(datePublished|headline)"\s{0,5}:\s{0,5}"([^"\\]{1,200})"')
#: How much of a JSON-LD block is searched.
_LINKED_DATA_MAX: Final = 100_000
#: Open elements kept at most: a page nested deeper is malformed and read flat.
_MAX_DEPTH: Final = 512
#: A " | Site" or " - Site" tail of a ``<title>``.
_TITLE_TAIL: Final = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")


@frozen
class HtmlPage:
    """
    What a web page says of its article: the text and what its markup tells.

    >>> HtmlPage("Four were hurt.", "Blast", "2024-01-02", None, None).title
    'Blast'
    """

    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


class _Reader(HTMLParser):
    """Collects the text of the page, its article and its ``<h1>``, and the meta fields."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped box)
        self.skipping = 0  # skipped boxes open
        self.parts: dict[str, list[str]] = {"body": [], "article": [], "main": []}
        self.open_roots: list[str] = []  # "article" / "main" elements open
        self.h1: list[str] = []
        self.in_h1 = False
        self.in_title = False
        self.page_title: list[str] = []
        self.meta: dict[str, str] = {}
        self.time: str | None = None
        self.canonical: str | None = None
        self.linked_data = False  # inside a <script type="application/ld+json">

    # -- text ----------------------------------------------------------------------

    def _emit(self, piece: str) -> None:
        self.parts["body"].append(piece)
        for root in set(self.open_roots):
            self.parts[root].append(piece)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page_title.append(data)
        if self.stack and self.stack[-1][0] == "script" and self.linked_data:
            self._linked_data(data)
        if self.skipping:
            return
        if self.in_h1:
            self.h1.append(data)
        self._emit(data)

    # -- tags ----------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            self._meta(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower():
            self.canonical = values.get("href") or None
        elif tag == "time" and self.time is None and values.get("datetime"):
            self.time = values["datetime"]
        if tag == "title":
            self.in_title = True
        if tag == "script":
            self.linked_data = values.get("type", "").lower() == "application/ld+json"
        if tag in _VOID:
            if tag in _BLOCKS and not self.skipping:
                self._emit("\n")
            return
        skip = (tag in _SKIPPED and not (tag == "header" and self.open_roots)) or bool(
            _FURNITURE_CLASS.search(f"{values.get('class', '')} {values.get('id', '')}")
            or values.get("hidden") is not None
            or values.get("aria-hidden") == "true"
            or values.get("role") in {"navigation", "banner", "complementary", "contentinfo"}
        )
        top = self.stack[-1][0] if self.stack else ""
        if (top == "p" and tag in _IMPLIED_END) or (top == tag and tag in _SELF_ENDING):
            self.handle_endtag(self.stack[-1][0])  # a new block ends an open <p> (or <li>)
        if len(self.stack) >= _MAX_DEPTH:
            return
        self.stack.append((tag, skip))
        self.skipping += skip
        if tag in {"article", "main"} and not self.skipping:
            self.open_roots.append(tag)
        if tag == "h1" and not self.skipping:
            self.in_h1 = True
        if tag in _BLOCKS and not self.skipping:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return  # a stray end tag closes nothing
        while self.stack:
            open_tag, skip = self.stack.pop()
            self.skipping -= skip
            if open_tag in {"article", "main"} and open_tag in self.open_roots:
                self.open_roots.remove(open_tag)
            if open_tag == "h1":
                self.in_h1 = False
            if open_tag in _BLOCKS and not self.skipping:
                self._emit("\n\n")
            if open_tag == tag:
                break

    def _linked_data(self, data: str) -> None:
        """The date and headline of a JSON-LD block, read as text (never run, never parsed deep)."""
        for key, found in _LINKED_DATA.findall(data[:_LINKED_DATA_MAX]):
            self.meta.setdefault(key.lower(), found)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content", "").strip()
        if key and content and key not in self.meta:
            self.meta[key] = content


def _clean(text: str) -> str:
    """Plain text: spaces inside a line collapsed, one blank line between blocks."""
    blocks: list[str] = []
    for raw in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def read_html(page: str) -> HtmlPage:
    r"""
    The article of a web page as plain text, with its title, date, outlet and address.

    Args:
        page: The page's HTML source.

    Returns:
        The article text (its headline first), and what the page's markup gives.

    >>> page = ('<html><head><meta property="og:site_name" content="Wire"></head><body>'
    ...         '<nav>Home | World</nav><article><h1>Blast hits depot</h1>'
    ...         '<figure><figcaption>Smoke, 2 hurt</figcaption></figure>'
    ...         '<p>Four were hurt on Monday.</p><aside>Read more</aside></article></body></html>')
    >>> read_html(page).text
    'Blast hits depot\n\nFour were hurt on Monday.'
    >>> read_html(page).title, read_html(page).outlet
    ('Blast hits depot', 'Wire')
    """
    reader = _Reader()
    reader.feed(page)
    reader.close()
    parts = reader.parts
    chosen = parts["article"] or parts["main"] or parts["body"]
    text = _clean("".join(chosen))
    title = " ".join("".join(reader.h1).split()) or _first(reader.meta, _META_TITLE)
    if not title:
        whole = " ".join("".join(reader.page_title).split())
        title = _TITLE_TAIL.sub("", whole) or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    published = _first(reader.meta, _META_DATE) or reader.time
    url = _first(reader.meta, _META_URL) or reader.canonical
    return HtmlPage(text, title, published, _first(reader.meta, _META_OUTLET), url)
