"""Sentences of news text: splitting that survives news typography, and page furniture."""

from __future__ import annotations

import re
from typing import Final, TypeAlias

from attrs import field, frozen

__all__ = ["SENTENCE_KINDS", "Sentence", "is_banner", "literal_union", "split_sentences"]


def _wordset(words: str) -> frozenset[str]:
    """The whitespace-separated words of *words* as a set (keeps word lists readable)."""
    return frozenset(words.split())


#: A trie of literal keys: one child per next character, ``""`` marks the end of a key.
_Trie: TypeAlias = dict[str, "_Trie"]


def literal_union(keys: tuple[str, ...]) -> re.Pattern[str]:
    """
    A pattern that matches where any of *keys* occurs, as a trie of their letters.

    ``literal_union(keys).search(s)`` finds something exactly when
    ``any(k in s for k in keys)``; for a few dozen keys the trie is about twice as
    fast as testing each key (a key that extends a shorter one is left out).

    Args:
        keys: The literal strings (at least one, none empty).

    Returns:
        The compiled pattern, without flags: matching is case-sensitive.

    Raises:
        ValueError: *keys* is empty or holds an empty string.

    >>> literal_union(("kill", "killed", "dead")).pattern
    '(?:dead|kill)'
    """
    if not keys or not all(keys):
        msg = f"keys must be non-empty strings, got {keys!r}"
        raise ValueError(msg)
    trie: _Trie = {}
    for key in sorted(set(keys)):  # a key sorts after the shorter keys it extends
        node = trie
        for char in key:
            if "" in node:
                break  # a shorter key already matches wherever this one does
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[""] = {}

    def branch(node: _Trie) -> str:
        if "" in node:
            return ""
        alternatives = [re.escape(char) + branch(child) for char, child in node.items()]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return re.compile(branch(trie))


#: What a sentence is on its page.
SENTENCE_KINDS: Final = ("title", "body", "furniture")


@frozen
class Sentence:
    """
    One sentence of a document, located by character offsets into the document text.

    ``text == document_text[start:end]`` always holds. ``kind`` is ``title`` for the
    headline, ``body`` for the article, ``furniture`` for page furniture (repeated
    headlines, captions, share buttons, bylines, embeds, sidebars). ``quote_before``
    is True when a quotation opened in an earlier sentence is still open where this
    sentence starts; ``quote_after`` when a quotation is still open where it ends.

    >>> Sentence(0, 5, "Hello", paragraph=0, kind="body")
    Sentence(start=0, end=5, text='Hello', paragraph=0, kind='body')
    """

    start: int
    end: int
    text: str
    paragraph: int
    kind: str
    quote_before: bool = field(default=False, kw_only=True, repr=False)
    quote_after: bool = field(default=False, kw_only=True, repr=False)


# --------------------------------------------------------------------------- abbreviations

#: Words that are always followed by a name or number: a period after them ends nothing.
_TITLES: Final = _wordset("""mr mrs ms messrs dr prof rev hon gen brig col lt ltc sgt capt cpt maj cpl pvt spc adm
    cmdr cmdr cdr gov sen rep reps supt insp det atty pres sec amb fr sr jr sgt1 mt ft pt
    vs v approx est ca cf op""")
#: A period after these ends a sentence only before a typical sentence opener.
_AMBIGUOUS: Final = _wordset("""st no nos inc corp co ltd bros ave rd blvd hwy etc jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun dept univ assn gov't pa tenn calif
    fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore wash wis wyo ariz
    ark colo conn del ala""")
#: Words that typically open an English news sentence (used after ambiguous periods).
_OPENERS: Final = _wordset("""the a an he she it they we i you his her their its our this that these those there
    but and so yet in on at after before when while as if since although though because
    police officials authorities according meanwhile however also earlier later no none
    some many one two three four five six seven eight nine ten several both all most other
    another each neither his what who where why how investigators witnesses family
    residents neighbors prosecutors upon during with without from for by then now here today
    officers deputies""")

_BOUNDARY: Final = re.compile(r"(?:\.{3}|[.!?…])[.!?…]{0,3}[\"”’'»)\]]{0,3}(?=\s)")
#: A sentence end glued to the next sentence ("near the car.Around 9 p.m."): a lower-case
#: word of two letters or more, a period, and a capitalised word.
_GLUED: Final = re.compile(r"[.!?](?<=[a-z\d][a-z][.!?])[\"”]?(?=[A-Z][a-z])")
_NEXT_START: Final = re.compile(r"\s{1,200}([\"“‘'(\[]{0,2})([^\s]{1,40})")
_SPEAKER_AFTER: Final = re.compile(
    r"(?:[A-Z][\w'’.\-]{0,30}[ \t]){1,4}(?:said|says|asked|asks|added|told|recalled|wrote|"
    r"shouted|screamed|explained|continued|wondered|replied)\b"
)
_URL: Final = re.compile(r"https?://|www\.\w|pic\.twitter\.com|\bt\.co/|\.com/\S", re.IGNORECASE)
_HANDLE: Final = re.compile(r"(?<![\w.])@\w{2,30}")
_EMAIL: Final = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}\b")
_BULLET: Final = re.compile(r"(?:[-–•*·▪►◦‣●■]|\x95|\d{1,2}[.)])[ \t]{1,8}")
#: The date a dateline may carry: ", Jan 5", ", Monday, Jan. 6, 2025", ", Sept 9".
_DATELINE_DATE: Final = (
    r"(?:,?[ \t](?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t])?"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2}(?:,?[ \t]\d{4})?)"
)
#: The agency in brackets after a dateline: "(Reuters)", "(AP)", "(Xinhua)".
_DATELINE_AGENCY: Final = r"\((?:[A-Z][\w&.]{1,20}(?:[ \t][A-Z][\w&.]{1,20}){0,2})\)"
_DATELINE_DASH: Final = r"[ \t]{0,3}(?:—|–|--?)[ \t]{1,4}"
#: A dateline: "(Baghdad)", "(CNN) —", "WASHINGTON (Reuters) -", "BEIRUT, Jan 5 (Reuters) -",
#: "NEW DELHI, Jan 5 (IANS)", "Kyiv, Ukraine (AFP) –", "Mogadishu, Somalia —", "Jan 5 (Reuters) -".
_DATELINE: Final = re.compile(
    # a place or outlet in brackets, a dash optional
    r"(?:\((?P<paren>[A-Z][\w'’.\- ]{1,40}(?:, ?[A-Z][\w.\- ]{1,30})?)\)[ \t]{1,4}"
    r"(?:(?:—|–|--?)[ \t]{1,4})?"
    # a city in capitals, a country, a date and an agency, then a dash (or the agency alone)
    r"|(?P<caps>[A-Z][A-Z'’.\-]{1,30}(?:[ \t][A-Z][A-Z'’.\-]{0,30}){0,4}"
    r"(?:,[ \t][A-Z][\w.]{1,20}(?:[ \t][A-Z][\w.]{1,20}){0,2})?)"
    rf"{_DATELINE_DATE}?"
    rf"(?:(?:[ \t]{_DATELINE_AGENCY})?{_DATELINE_DASH}|[ \t]{_DATELINE_AGENCY}[ \t]{{1,4}}(?=[A-Z]))"
    # a city and a country in mixed case, then an agency and a dash, or a long dash
    r"|[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?,[ \t][A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?"
    rf"{_DATELINE_DATE}?(?:[ \t]{_DATELINE_AGENCY}{_DATELINE_DASH}|[ \t]{{0,3}}[—–][ \t]{{1,4}})"
    # a date and an agency, then a dash
    rf"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{{0,6}}\.?[ \t]\d{{1,2}}[ \t]"
    rf"{_DATELINE_AGENCY}{_DATELINE_DASH})"
)
_TERMINAL: Final = re.compile(r"[.!?…:;][\"”’'»)\]]{0,3}$|[\"”]$")
#: No match of ``_TERMINAL`` starts further than this from the end (4 characters and a
#: final line break): searching only the tail finds the same answer.
_TERMINAL_REACH: Final = 6
#: Vocabulary of page furniture: share buttons, credits, navigation, legal lines.
_FURNITURE_WORDS: Final = re.compile(
    # every alternative starts at a word boundary before one of these letters, or at "©"
    # or "(": testing that first lets the search pass over other positions at once
    r"(?=\b[acdefghilmnprstuvw]|[©(])"
    r"(?:\bcopyright\b|©|\ball rights reserved\b|\bclick here\b|\bfollow (?:us|our)\b"
    r"|\blive blog\b|\bsign up\b|\bsubscribe\b|\bnewsletter\b|\bread more\b|\bread or share\b"
    r"|\bshare this\b|\bwatch this\b|\badvertisement\b|\benable javascript\b|\breport a typo\b"
    r"|\bview (?:full )?caption\b|\bslideshow\b|\bimage \d+ of\b|\bphoto:|\bphotos:|\bvideo:"
    r"|\bcaption\b|\(photo\b|\bgetty images\b|\bap photo\b|\bstory code\b|\bdate archive\b"
    r"|\bsource site-\d|\brelated(?: coverage| stories| articles)?:|\bposted:|\bupdated:"
    r"|\bcreated\b.{0,12}\d{4}|\bmore (?:stories|news) from\b|\bnext story\b|\bprevious story\b"
    r"|\bfacebook\b.{0,20}\btwitter\b|\btwitter:|\bfollow .{0,40} on twitter\b|\bcomments?\b$"
    r"|\b(?:we|this (?:web)?site) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b"
    r"|\bthis (?:story|article|post|report) (?:has been|was|is being) updated\b"
    r"|^(?:additional )?(?:reporting|editing|writing) by\b|;\s?(?:editing|writing) by\b"
    r"|\bcontributed (?:reporting )?to this (?:report|story)"
    r"|\btrust principles\b|\bour standards:|\breuse this content\b"
    r"|\blicensing rights\b|\bopens new tab\b|\bskip to (?:main )?content\b"
    r"|\b(?:reuters|afp|epa|anadolu|xinhua)[ \t]?/[ \t]?(?-i:[A-Z][\w.'’\-]{0,20}(?:[ \t][A-Z][\w.'’\-]{0,20}){0,3})$|\bfile photo\b"
    r"|^(?:watch|listen|gallery|in pictures|pictured|audio)\s?:"
    r"|^(?:latest|close|enlarge|share|save|print|email|tweet|home|menu|more|loading\.*"
    r"|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences))$)",
    re.IGNORECASE,
)
#: Literal pieces, one of which every match of ``_FURNITURE_WORDS`` holds (lower case): a
#: cheap substring test that spares the costly search on ordinary sentences.
_FURNITURE_KEYS: Final = (
    "copyright", "©", "rights reserved", "click here", "follow ", "live blog", "sign up",
    "subscribe", "newsletter", "read ", "share this", "watch this", "advertisement",
    "javascript", "typo", "caption", "slideshow", "image ", "photo", "video:", "getty",
    "story code", "archive", "source site-", "related", "posted:", "updated:", "created",
    "more stories", "more news", "next story", "previous story", "twitter", "comment",
    "cookie", "updated", "reporting by", "editing by", "writing by", "contributed to this",
    "trust principles", "our standards", "reuse this", "watch", "listen", "gallery",
    "in pictures", "pictured", "audio", "/", "licensing rights", "new tab", "skip to",
)  # fmt: skip
_FURNITURE_CUE: Final = literal_union(_FURNITURE_KEYS)
#: Lines this short may be a lone navigation word ("Share", "Loading...").
_SHORT_LINE: Final = 24
#: Possessive quantifiers keep it linear: a word ends where its letters end, so a run
#: of capitals cannot be split into words in many ways when the line fails to match.
_BYLINE: Final = re.compile(
    r"(?:by:?[ \t]{1,3}+[A-Z][\w'’.\-]{0,30}+(?:[ \t,]{1,3}+[A-Z][\w'’.\-]{0,30}+){0,5}+[ \t,]{0,3}+"
    r"(?:and [A-Z][\w.]{0,30}+[ \t]{0,3}+){0,3}+$"
    r"|[—–-][ \t]?[A-Z][\w.\-]{1,30}+(?:[ \t][A-Z][\w.\-]{1,30}+){0,3}+$)"
)
_DATE_LINE: Final = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t])?"
    r"(?:\d{1,2}[ \t])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]"
    r"\d{1,2}(?:,?[ \t]\d{4})?(?:,?[ \t]{1,3}(?:at[ \t])?\d{1,2}:\d{2}(?:[ \t]?[ap]\.?m\.?)?)?"
    r"(?:[ \t]\w{2,5})?"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t])?\d{1,2}[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
    r"[ \t]\d{4}(?:[ \t]{0,3}[-–—][ \t]{0,3}\d{1,2}:\d{2})?"
    r"|(?:date[ \t])?\d{4}-\d{2}-\d{2}.{0,10}",
    re.IGNORECASE,
)
#: A short line with no letters: "# # #", phone numbers, coordinates.
_NO_WORDS: Final = re.compile(r"[\W\d_]{1,40}")
#: A short line in brackets: "(PC, Al-Mayadeen)" credit lines.
_PAREN_LINE: Final = re.compile(r"\([^()]{1,60}\)")
_WORD: Final = re.compile(r"[A-Za-z][\w'’\-]*")
#: Letters whose lower case depends on their neighbours (final sigma) or is an ASCII
#: letter they are not (the Kelvin sign): a whole-text lower() is not word by word for them.
_CONTEXT_LOWER: Final = ("\u03a3", "\u212a")
_SMALL_WORDS: Final = _wordset(
    "a an the of in on at to for and or but by with from as vs via into over after"
)

#: A first block without final punctuation is the title only up to this length: a longer
#: one is a truncated page (its sentences are read as body, each with its own speaker).
_TITLE_MAX: Final = 250


def _norm(text: str) -> str:
    """Lower-case *text* and keep only its words, for repetition checks."""
    low = text.lower()
    if len(low) == len(text) and not any(map(text.__contains__, _CONTEXT_LOWER)):
        # one lower-casing of the whole block finds the same words as lower-casing each
        return " ".join(_WORD.findall(low))
    return " ".join(w.lower() for w in _WORD.findall(text))


# --------------------------------------------------------------------------- paragraphs


def _has_terminal(line: str) -> bool:
    """``_TERMINAL.search(line) is not None``, looking only at the end of *line*."""
    return _TERMINAL.search(line, max(0, len(line) - _TERMINAL_REACH)) is not None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """
    Split *text* into blocks at line breaks; join a wrapped line whose next line goes on in lower case.

    Returns (start, end) offsets of each block, stripped of surrounding whitespace.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped_left = len(content) - len(content.lstrip())
        body = content.strip()
        if body:
            lines.append((pos + stripped_left, pos + stripped_left + len(body)))
        else:
            lines.append((-1, -1))
        pos += len(raw)
    blocks: list[tuple[int, int]] = []
    previous_open = False
    for start, end in lines:
        if start < 0:
            previous_open = False
            continue
        first = text[start]
        if (
            previous_open
            and blocks
            and (first.islower() or (first.isdigit() and not _BULLET.match(text, start)))
            and not _DATE_LINE.fullmatch(text, start, end)  # "date 2024-05-10" under a title
        ):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
        last_line = text[start:end]
        previous_open = not _has_terminal(last_line) and len(last_line) > 40
    return blocks


# --------------------------------------------------------------------------- sentence ends


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    """Whether the punctuation *match* ends a sentence, given the word before and after it."""
    after = _NEXT_START.match(text, match.end(), limit)
    if after is None:
        return False
    opener, word = after.group(1), after.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit() or opener or first in "“\"‘'(["):
        return False
    punct = match.group(0)
    if (
        punct[0] in "?!"
        and punct[-1] in "\"”'’"
        and _SPEAKER_AFTER.match(text, after.start(2), limit)
    ):
        return False  # "How did they get in?" Harlan asked.
    if not punct.startswith(".") or punct.startswith("..."):
        return True
    # the word before the period
    begin = match.start()
    floor = max(0, begin - 40)
    while begin > floor and not text[begin - 1].isspace():
        begin -= 1
    before = text[begin : match.start()].lstrip("\"“‘'([")
    if not before:
        return True
    key = before.lower().rstrip(".")
    word_key = _WORD.match(word)
    next_word = word_key.group(0).lower() if word_key else ""
    starts_sentence = bool(opener) or next_word in _OPENERS
    if "." in key and len(key) <= 12 and all(len(part) <= 3 for part in key.split(".")):
        # a dotted abbreviation: U.S., a.m., D.C., e.g.
        return starts_sentence
    if len(before) == 1 and before.isalpha() and before.isupper():
        return False  # an initial: John F. Kennedy
    if key in _TITLES:
        return False
    if key in _AMBIGUOUS:
        return starts_sentence and not first.isdigit()
    return True


def _glued_cuts(text: str, start: int, end: int) -> list[int]:
    """Ends of sentences whose next one follows with no space, as crawled pages glue them."""
    cuts: list[int] = []
    for match in _GLUED.finditer(text, start, end):
        begin = match.start()
        while begin > start and text[begin - 1].isalpha():
            begin -= 1
        if text[begin : match.start()].lower() not in _AMBIGUOUS | _TITLES:
            cuts.append(match.end())
    return cuts


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the block ``text[start:end]`` into sentence spans."""
    spans: list[tuple[int, int]] = []
    cursor = start
    cuts = [
        m.end()
        for m in _BOUNDARY.finditer(text, start, end)
        if m.end() < end and _is_boundary(text, m, end)
    ]
    glued = _glued_cuts(text, start, end) if text.find(".", start, end) >= 0 else []
    if glued:  # the cuts found above are already in order, without repeats
        cuts = sorted(set(cuts) | set(glued))
    for cut in cuts:
        spans.append((cursor, cut))
        cursor = cut
    spans.append((cursor, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = text[s:e]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            out.append((s + left, s + right))
    return out


# --------------------------------------------------------------------------- furniture


def _is_headline_like(line: str) -> bool:
    """A line mostly of capitalised words: a headline, a sidebar link, a caption title."""
    words = _WORD.findall(line)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capital = sum(1 for w in content if w[0].isupper())
    return capital / len(content) >= 0.75


def _has_furniture_words(line: str, low: str) -> bool:
    """``_FURNITURE_WORDS.search(line)``, tried only when a literal piece of it is present."""
    if len(line) > _SHORT_LINE and not _FURNITURE_CUE.search(low):
        return False
    return _FURNITURE_WORDS.search(line) is not None


def _has_url(low: str) -> bool:
    """Whether ``_URL`` can match: a cheap literal test first."""
    return ("http" in low or "www." in low or ".co" in low) and _URL.search(low) is not None


def _block_furniture(line: str, *, first: bool) -> bool:
    """Whether a whole block is page furniture, from general cues only."""
    low = line.lower()
    if _has_furniture_words(line, low) or ("@" in line and _EMAIL.search(line)):
        return True
    if _has_url(low) and len(_WORD.findall(_URL.sub(" ", line))) < 25:
        return True
    if (
        "@" in line
        and _HANDLE.search(line)
        and re.search(r"\b(?:19|20)\d{2}\b", line)
        and len(line) < 200
    ):
        return True  # an embedded post: "— Name (@handle) January 20, 2024"
    if _DATE_LINE.fullmatch(line.strip()):
        return True
    if len(line) < 80 and _BYLINE.fullmatch(line.strip()):
        return True
    if _NO_WORDS.fullmatch(line):  # "# # #", phone numbers, coordinates
        return True
    if _PAREN_LINE.fullmatch(line.strip()):  # "(PC, Al-Mayadeen)" credit lines
        return True
    if first:
        return False
    if not _has_terminal(line):
        words = _WORD.findall(line)
        if len(words) <= 4 or (_is_headline_like(line) and len(words) <= 25):
            return True
    return False


def _sentence_furniture(sentence: str) -> bool:
    """Whether one sentence inside a body paragraph is furniture (a link, a handle, a credit)."""
    low = sentence.lower()
    if _has_url(low) or ("@" in sentence and _EMAIL.search(sentence)):
        return len(_WORD.findall(_URL.sub(" ", sentence))) < 25
    return len(sentence) < 160 and _has_furniture_words(sentence, low)


#: The heading of a box of links a page puts inside or after an article ("Related
#: coverage", "Read more:", "More on this story"): the short lines under it are links.
_LIST_HEADING: Final = re.compile(
    r"(?:related(?: coverage| stories| articles| topics| content| links| reading)?|read (?:more|next)"
    r"|more on this (?:story|topic)|more from [\w ]{1,30}|explore more on (?:these|this) topics?"
    r"|recommended(?: stories| reading)?|most (?:read|popular|viewed)|trending(?: now)?|see also"
    r"|also read|you (?:may|might) also like|more stories|top stories|editor'?s picks)[ \t]?:?",
    re.IGNORECASE,
)
#: A link under such a heading is at most this long and has no final punctuation.
_LINK_MAX: Final = 150
#: A photo credit on its own line ("Photo: AFP", "(Reuters photo)", "Image: Getty"): the
#: short block right above it is the caption.
_CREDIT_LINE: Final = re.compile(
    r"(?:photo(?:graph)?|picture|image|video)s?(?:[ \t]credit)?[ \t]?[:/].{0,60}"
    r"|\((?:[\w.&]{1,20}[ \t/]){0,3}photo\b.{0,60}\)",
    re.IGNORECASE,
)
#: A caption above a credit line (or below a caption label) is at most this long.
_CAPTION_MAX: Final = 300
#: A label a page prints on its own line before a caption: "Image caption,", "Photo:".
_CAPTION_LABEL: Final = re.compile(
    r"(?:image|photo(?:graph)?|picture|video)?[ \t]?(?:caption|source)[ \t]?[,:]?", re.IGNORECASE
)


def _as_furniture(sentence: Sentence) -> Sentence:
    return Sentence(sentence.start, sentence.end, sentence.text, sentence.paragraph, "furniture")


def _mark_links_and_captions(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """
    Mark the links under a list heading and the caption above a photo credit as furniture.

    Pages set a box of links under a heading ("Related coverage") and put a credit line
    ("Photo: AFP") right under a caption; both read like body text on their own.
    """
    paragraphs: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        paragraphs.setdefault(s.paragraph, []).append(i)
    in_list = False
    previous: list[int] = []
    labelled = False
    for members in paragraphs.values():
        first = sentences[members[0]]
        one = len(members) == 1
        if (
            labelled
            and len(members) <= 2
            and sentences[members[-1]].end - first.start <= _CAPTION_MAX
        ):
            for i in members:  # the caption under "Image caption,"
                sentences[i] = _as_furniture(sentences[i])
        labelled = one and first.kind == "furniture" and bool(_CAPTION_LABEL.fullmatch(first.text))
        if one and first.kind == "furniture" and _LIST_HEADING.fullmatch(first.text):
            in_list = True
        elif in_list and one and len(first.text) <= _LINK_MAX and not _has_terminal(first.text):
            sentences[members[0]] = _as_furniture(first)
        else:
            in_list = False
        if (
            one
            and previous
            and len(first.text) <= _SHORT_LINE * 3
            and _CREDIT_LINE.fullmatch(first.text)
            and all(sentences[i].kind == "body" for i in previous)
            and len(previous) <= 2
            and first.start - sentences[previous[-1]].end <= 2  # the very next line
            and sentences[previous[-1]].end - sentences[previous[0]].start <= _CAPTION_MAX
            and text.count("\n", sentences[previous[-1]].end, first.start) == 1
        ):
            for i in previous:
                sentences[i] = _as_furniture(sentences[i])
        previous = members
    return sentences


#: A consent or navigation banner a page prints above its headline.
_BANNER: Final = re.compile(
    r"\b(?:we|this (?:web)?site) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b"
    r"|^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences)|skip to (?:main )?"
    r"content|menu|search|sign in|log in|subscribe)$",
    re.IGNORECASE,
)


def is_banner(line: str) -> bool:
    """
    Whether *line* is a cookie, consent or navigation banner, never a headline.

    >>> is_banner("We use cookies to improve your visit."), is_banner("Accept all")
    (True, True)
    >>> is_banner("Cookie factory fire injures 12")
    False
    """
    return len(line) < 400 and _BANNER.search(line.strip()) is not None


# --------------------------------------------------------------------------- quotes

_OPEN_Q: Final = "“«"
_CLOSE_Q: Final = "”»"
_ALL_Q: Final = '“«”»"'
_QUOTE_MARK: Final = re.compile('[“«”»"]')


def _quote_state(sentence: str, *, inside: bool) -> bool:
    """Whether a double quotation is open at the end of *sentence*, given the state before it."""
    state = inside
    if not any(map(sentence.__contains__, _ALL_Q)):
        return state
    for match in _QUOTE_MARK.finditer(sentence):  # only the quotation marks change the state
        ch = match.group()
        if ch in _OPEN_Q:
            state = True
        elif ch in _CLOSE_Q:
            state = False
        else:  # a straight quote
            i = match.start()
            prev = sentence[i - 1] if i else " "
            # a straight quote after a space or an opening bracket opens; otherwise it closes
            state = prev.isspace() or prev in "([{—–-" if not state else False
    return state


# --------------------------------------------------------------------------- public


def split_sentences(text: str, *, title: str | None = None) -> list[Sentence]:
    """
    Split a news text into sentences with their offsets, paragraph and page role.

    A block is a run of lines between line breaks (a wrapped line whose next line
    goes on in lower case joins it). Periods after titles ("Brig. Gen."), initials,
    months before a day ("Jan. 7"), and dotted abbreviations ("U.S.", "a.m.") not
    followed by a typical sentence opener do not end a sentence. Datelines
    ("(Baghdad)", "HALDEN —", "WASHINGTON (Reuters) -") and bullet markers are left
    outside the sentence span. The first block that is the given *title* (or, with no
    title, a first line without final punctuation) is one ``title`` sentence; blocks
    that repeat an earlier one, links, embeds, credits, bylines, date lines,
    update notices, cookie banners, headline-like lines inside the page, the links
    under a list heading ("Related coverage") and the caption right above a photo
    credit ("Photo: AFP") are ``furniture``. A date line under a title is never part
    of the title.

    Args:
        text: The document text, exactly as read.
        title: The document's title, when known.

    Returns:
        The sentences in text order; they never overlap and ``text[s.start:s.end] == s.text``.

    >>> [s.text for s in split_sentences("Brig. Gen. Pat Ryder said the U.S. base was hit. Eight were hurt.")]
    ['Brig. Gen. Pat Ryder said the U.S. base was hit.', 'Eight were hurt.']
    """
    blocks = _paragraphs(text)
    title_key = _norm(title) if title else ""
    seen: set[str] = set()
    sentences: list[Sentence] = []
    title_done = False
    inside = False
    for paragraph, (start, end) in enumerate(blocks):
        block = text[start:end]
        key = _norm(block)
        # until the title or a body sentence is found, every sentence so far is furniture
        is_first = not title_done
        repeated = bool(key) and key in seen
        if key:
            seen.add(key)
        furniture = repeated or _block_furniture(block, first=is_first)
        if (
            is_first
            and not furniture
            and (
                (title_key and title_key in key and len(key) <= len(title_key) + 40)
                or (not title_key and len(block) <= _TITLE_MAX and not _has_terminal(block))
            )
        ):
            title_done = True
            if title_key:
                seen.add(title_key)
            sentences.append(Sentence(start, end, block, paragraph, "title"))
            inside = False
            continue
        if title_key and key == title_key:
            furniture = True
        if furniture:
            sentences.append(Sentence(start, end, block, paragraph, "furniture"))
            inside = False
            continue
        inner = start
        bullet = _BULLET.match(text, inner, end)
        if bullet and bullet.end() < end:
            inner = bullet.end()
        dateline = _DATELINE.match(text, inner, end)
        if dateline and dateline.end() < end and not text[dateline.end()].islower():
            inner = dateline.end()
        # a quote left open at the end of the last paragraph goes on only if this one reopens it
        if inside and block[:1] not in '“"«':
            inside = False
        for s, e in _split_block(text, inner, end):
            piece = text[s:e]
            after = _quote_state(piece, inside=inside)
            # a sentence that is the whole block passed the same tests as the block
            whole = s == start and e == end
            kind = "furniture" if not whole and _sentence_furniture(piece) else "body"
            sentences.append(
                Sentence(s, e, piece, paragraph, kind, quote_before=inside, quote_after=after)
            )
            inside = after
        title_done = True
    return _mark_links_and_captions(text, sentences)
