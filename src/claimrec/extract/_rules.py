"""
The count-rule engine: declarative rules (data with examples), indexed and run over a sentence.

A :class:`Rule` is a record: a name, the frame it reads (``toll``, ``negation``,
``passive``, ``active``, ``noun``, ``headline``, ``recap``, ``scope``, ``unknown``), the
measures it yields, a regular expression written with named pieces of the language pack
(``{COUNT}``, ``{NP}``, ``{DEATH}``...), a constraint on its subject, a scope, and the
sentences it must fire on and must ignore. A :class:`RuleSet` is a table of rules plus the
pack's pieces; everything the engine needs to run fast is derived from that table:

* each pattern is expanded and compiled once (cached by its text);
* each pattern's *required literals* (words of which every match holds one) are read
  from the structure of the expanded pattern itself, and a sentence tries a rule only
  when it holds one of them. No pre-filter is written by hand, so a rule added at run time with
  :meth:`RuleSet.add_patterns` fires with no other edit.

Named groups a pattern may use: ``count`` (the figure, read by the lenient quantity
scanner), ``np`` (the counted noun phrase, which gives the group; cut before the pack's
stop words; a rule with ``subject_before`` reads it from the words before the match
instead, "French troops | did not suffer any casualties"), ``m`` (the words that name the measure, for rules whose ``measures`` is
``("*",)``), ``cue`` (where a ``scope`` rule's cue starts, when the match begins earlier:
"killed 40 people in the province | last year"). A rule without ``np`` reads its group
from the words after the count.

Frames ``scope``, ``recap`` and ``unknown`` may yield no claim: they mark a span of the
sentence. ``scope`` makes the counts of its clause ``cumulative``; ``unknown`` ("it was not
clear whether anyone was hurt") and ``whole`` (a total the sentence then divides, "of the
43 passengers, 12 died", "a third of the 90 passengers") remove the counts other rules
read inside their span.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Final

from attrs import Attribute, evolve, field, frozen

from claimrec import kinds
from claimrec._quantity import part_of_total, scan_quantities
from claimrec._text import literal_union
from claimrec.errors import InvalidValueError
from claimrec.model import SCOPES, Quantity

if TYPE_CHECKING:
    from claimrec.lexicon import Lexicon

__all__ = ["FRAMES", "Cue", "Hit", "Rule", "RuleSet", "required_keys"]

#: The frames a rule can read.
FRAMES: Final = (
    "active",
    "headline",
    "negation",
    "noun",
    "passive",
    "recap",
    "scope",
    "toll",
    "unknown",
    "whole",
)
#: What the counted subject must be for a rule to yield a claim.
SUBJECTS: Final = ("any", "munition", "person")
#: How a rule bounds the figure it read: "the toll passed 300" is more than 300.
BOUNDS: Final = ("at_least", "at_most", "more_than")
#: Frames whose matches need no figure.
_SPAN_FRAMES: Final = frozenset({"scope", "unknown", "whole"})


def _check_choice(choices: tuple[str, ...]) -> Callable[[object, Attribute[str], str], None]:
    def check(instance: object, attribute: Attribute[str], value: str) -> None:
        del instance
        if value not in choices:
            msg = f"{attribute.name} must be one of {choices!r}, got {value!r}"
            raise InvalidValueError(msg)

    return check


def _check_optional(
    choices: tuple[str, ...],
) -> Callable[[object, Attribute[str | None], str | None], None]:
    def check(instance: object, attribute: Attribute[str | None], value: str | None) -> None:
        del instance
        if value is not None and value not in choices:
            msg = f"{attribute.name} must be None or one of {choices!r}, got {value!r}"
            raise InvalidValueError(msg)

    return check


def _to_tuple(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@frozen
class Rule:
    r"""
    One declarative count rule: what it reads, what it yields, where it must and must not fire.

    Fields: ``name`` (unique in a set), ``frame`` (one of :data:`FRAMES`), ``pattern`` (a
    regular expression with the pack's ``{PIECES}``), ``measures`` (``("*",)`` takes them
    from the words of the ``m`` group), ``subject`` (``person``, ``munition`` or ``any``:
    what the counted group must be), ``group`` (a fixed group key), ``scope`` and
    ``focus`` (fixed, else read from context), ``bound`` (``more_than``, ``at_least``,
    ``at_most``), ``zero`` / ``value`` / ``plural`` (a claim of 0, a fixed figure, a
    bare plural of 2..), ``plus`` (people named beside the figure and added to it: "a
    mother and her three children" is 3 plus 1), ``subject_before`` (the group from the words before the match), a pattern group
    ``less`` (a figure taken off the count: "all but one of the 40" is 39),
    ``weak`` (only when nothing else counts the measure in the sentence), ``shot`` (the
    figure counts everyone hit by gunfire, so the dead the report counts come off it, as
    for "N people were shot"), ``part`` (the figure is some of a whole, "six firefighters
    were among those hurt": when its subject names no group of the taxonomy it is only a
    lower bound of the whole), ``rereads`` (the match is of its own measure only: a
    built-in count of another measure over it is dropped, as in "two of the people
    wounded in the blast died", killed and not injured), ``title_only``,
    ``pack``, and the example sentences ``fires_on`` and ``ignores``.

    >>> rule = Rule(name="toll_hits", frame="toll", measures=("killed",),
    ...             pattern=r"\btoll\s+hits\s+{COUNT}", fires_on=("Blast toll hits 45",))
    >>> rule.name, rule.frame, rule.measures
    ('toll_hits', 'toll', ('killed',))
    """

    name: str
    frame: str = field(validator=_check_choice(FRAMES))
    pattern: str = field(repr=False)
    measures: tuple[str, ...] = field(default=(), converter=_to_tuple)
    subject: str = field(default="person", validator=_check_choice(SUBJECTS))
    group: str | None = None
    scope: str | None = field(default=None, validator=_check_optional(SCOPES))
    focus: str | None = field(default=None, validator=_check_optional(("main", "other")))
    bound: str | None = field(default=None, validator=_check_optional(BOUNDS))
    zero: bool = False
    value: int | None = None
    plus: int = 0
    plural: bool = False
    subject_before: bool = False
    weak: bool = False
    shot: bool = False
    part: bool = False
    rereads: bool = False
    title_only: bool = False
    pack: str = "general"
    fires_on: tuple[str, ...] = field(default=(), converter=_to_tuple, repr=False)
    ignores: tuple[str, ...] = field(default=(), converter=_to_tuple, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.name:
            msg = "name must be a non-empty string, got ''"
            raise InvalidValueError(msg)
        if self.frame not in _SPAN_FRAMES and self.frame != "recap" and not self.measures:
            msg = f"measures of rule {self.name!r} must not be empty for frame {self.frame!r}"
            raise InvalidValueError(msg)
        if self.value is not None and self.value < 0:
            msg = f"value of rule {self.name!r} must be None or >= 0, got {self.value!r}"
            raise InvalidValueError(msg)
        if self.plus < 0:
            msg = f"plus of rule {self.name!r} must be >= 0, got {self.plus!r}"
            raise InvalidValueError(msg)


@frozen
class Hit:
    """A count a rule read: offsets in the sentence, measure, subject, group, figure."""

    start: int
    end: int
    measure: str
    subject: str
    group: str
    quantity: Quantity
    rule: Rule = field(repr=lambda r: r.name)
    #: Where the part of the sentence this count replaces starts: for a claim of zero,
    #: its noun phrase ("killed three fighters and no | civilians"); else ``start``.
    cover: int = 0


@frozen
class Cue:
    """A span a ``scope``, ``recap`` or ``unknown`` rule marked in a sentence."""

    start: int
    end: int
    rule: Rule = field(repr=lambda r: r.name)


@functools.lru_cache(maxsize=1024)
def _expand(pattern: str, macros: tuple[tuple[str, str], ...]) -> str:
    """*pattern* with every ``{NAME}`` of *macros* replaced, pieces inside pieces too."""
    table = dict(macros)

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in table:
            return m.group()  # a repetition count such as {0,4}
        return _MACRO.sub(one, table[name])

    return _MACRO.sub(one, pattern)


_MACRO: Final = re.compile(r"\{([A-Z][A-Z_]*)\}")
#: What lower-casing a pattern leaves alone: escapes and named groups ("(?P<np>").
_PATTERN_KEEP: Final = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P[<=]")


def _lower_pattern(pattern: str) -> str:
    r"""
    *pattern* lower-cased outside its escapes and group syntax.

    Rules match the lower-cased sentence with a case-sensitive pattern: the same matches
    as ``re.IGNORECASE`` on the sentence, found faster.

    >>> print(_lower_pattern(r"(?P<np>U\.S\.)\s+Troops\S"))
    (?P<np>u\.s\.)\s+troops\S
    """
    out: list[str] = []
    last = 0
    for m in _PATTERN_KEEP.finditer(pattern):
        out.append(pattern[last : m.start()].lower())
        out.append(m.group())
        last = m.end()
    out.append(pattern[last:].lower())
    return "".join(out)


def _lower_text(text: str) -> str:
    """*text* lower-cased letter by letter, so every offset stays where it was."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@functools.lru_cache(maxsize=1024)
def _compile(pattern: str, macros: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    expanded = _expand(pattern, macros)
    try:
        return re.compile(_lower_pattern(expanded))
    except re.error as exc:
        msg = f"pattern {pattern!r} does not compile ({exc}); check its brackets and macros"
        raise InvalidValueError(msg) from None


@functools.lru_cache(maxsize=1024)
def _key(
    pattern: str, macros: tuple[tuple[str, str], ...], common: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    return required_keys(_expand(pattern, macros), common=common)


def required_keys(pattern: str, *, common: frozenset[str] = frozenset()) -> tuple[str, ...]:
    r"""
    Literals of which every match of *pattern* holds at least one (lower-cased), or ``()``.

    Read from the structure of the pattern: a run of letters at its top level, or a
    group at its top level whose every alternative requires a literal. Letters inside a
    class or an escape, and parts made optional by ``?``, ``*`` or ``{0,...}``, are left
    out. Of the candidates, one that holds none of the *common* words (they are in most
    sentences) is preferred, then the one whose shortest literal is longest.

    >>> required_keys(r"(?:death\s+)?toll\s+(?:rose|climbed)\s+to\s+\d+")
    ('toll',)
    >>> required_keys(r"\b(?:no\s+one|nobody)\s+was\b")
    ('was',)
    >>> required_keys(r"a?|b")
    ()
    >>> required_keys(r"us(?:ed|ing)")
    ('using', 'used')
    >>> required_keys(r"(?:half|most)\s+of\s+(?:the|its)\s+", common=frozenset({"the", "its"}))
    ('half', 'most')
    """
    return _required_keys(pattern, common)


@functools.lru_cache(maxsize=4096)
def _required_keys(pattern: str, common: frozenset[str]) -> tuple[str, ...]:
    """:func:`required_keys`, remembered: rules share pieces ({COUNT} is in most of them)."""
    alternatives = _split_top(pattern, "|")
    if len(alternatives) > 1:
        keys = [required_keys(alt, common=common) for alt in alternatives]
        if not all(keys):
            return ()
        return tuple(sorted({k for ks in keys for k in ks}, key=lambda k: (-len(k), k)))
    candidates = [cand for cand in _candidates(pattern, common) if cand]
    if not candidates:
        return ()
    best = max(
        candidates,
        key=lambda ks: (not common.intersection(ks), min(map(len, ks)), -len(ks)),
    )
    return tuple(sorted(set(best), key=lambda k: (-len(k), k)))


def _candidates(pattern: str, common: frozenset[str]) -> list[tuple[str, ...]]:
    """Key sets of the top-level items of *pattern* (one alternative, no top-level ``|``)."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(_flush(run, optional=False))
            run = []
            i += 2
        elif c == "[":
            out.append(_flush(run, optional=False))
            run = []
            i = _class_end(pattern, i)
        elif c == "(":
            close = _group_end(pattern, i)
            body = _group_body(pattern[i + 1 : close - 1])
            if run and not _optional_at(pattern, close) and _WORD_ENDINGS.fullmatch(body):
                # "us(?:ed|ing)": the letters before a group of endings join each ending
                out.append(tuple("".join(run) + ending for ending in body.split("|")))
            else:
                out.append(_flush(run, optional=False))
                if not _optional_at(pattern, close):
                    out.append(required_keys(body, common=common))
            run = []
            i = close
        elif c.isalpha():
            run.append(c.lower())
            i += 1
        else:
            out.append(_flush(run, optional=run != [] and c in "?*{"))
            run = []
            i += 1
    out.append(_flush(run, optional=False))
    return out


#: A group body of plain lower-case endings: "ed|ing|s".
_WORD_ENDINGS: Final = re.compile(r"[a-z]+(?:\|[a-z]+)*")


def _flush(run: list[str], *, optional: bool) -> tuple[str, ...]:
    """*run* as a key set (less its last letter when a quantifier makes that optional)."""
    kept = run[:-1] if optional else run
    return ("".join(kept),) if kept else ()


def _optional_at(pattern: str, i: int) -> bool:
    """Whether the item that ended before *i* is made optional by a quantifier at *i*."""
    return pattern.startswith(("?", "*", "{0"), i)


def _group_body(inner: str) -> str:
    """The body of a group, less its ``?:``/``?P<name>`` head; ``""`` for look-arounds."""
    if not inner.startswith("?"):
        return inner
    if inner.startswith("?:"):
        return inner[2:]
    if inner.startswith("?P<"):
        return inner[inner.index(">") + 1 :]
    return ""  # look-ahead, look-behind, flags: they hold no required letters


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    r"""
    (offset, character, depth) of each character of *pattern* that is not escaped or in a class.

    *depth* counts the groups open before the character ("(" itself is at the depth outside it).

    >>> [(c, d) for _, c, d in _structure(r"a(b|[)|])\(")]
    [('a', 0), ('(', 0), ('b', 1), ('|', 1), (')', 1)]
    """
    depth = 0
    j = start
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pattern, j)
            continue
        yield j, c, depth
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        j += 1


def _group_end(pattern: str, i: int) -> int:
    """The offset after the group that opens at *i*."""
    end = _layout(pattern)[0].get(i)
    if end is not None:
        return end
    for j, c, depth in _structure(pattern, i):  # not a group opening *pattern* holds
        if c == ")" and depth == 1:
            return j + 1
    return len(pattern)


@functools.lru_cache(maxsize=4096)
def _layout(pattern: str) -> tuple[dict[int, int], tuple[int, ...]]:
    r"""
    The groups of *pattern*, read in one pass: each opening's end, and the top-level bars.

    The same offsets as walking :func:`_structure` from each opening (an opening left
    unclosed is not in the table); read once per pattern, since keys are read from a
    pattern's groups inside groups.

    >>> _layout(r"a(b|[)|])\(|c(d)")
    ({1: 9, 13: 16}, (11,))
    """
    ends: dict[int, int] = {}
    opened: list[int] = []
    bars: list[int] = []
    for j, c, depth in _structure(pattern):
        if c == "(":
            opened.append(j)
        elif c == ")":
            if opened:
                ends[opened.pop()] = j + 1
        elif c == "|" and depth == 0:
            bars.append(j)
    return ends, tuple(bars)


def _split_top(pattern: str, sep: str) -> list[str]:
    """*pattern* split at the *sep* characters outside groups and classes."""
    if sep == "|":
        cuts: list[int] = list(_layout(pattern)[1])
    else:
        cuts = [j for j, c, depth in _structure(pattern) if c == sep and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _class_end(pattern: str, i: int) -> int:
    """The offset after the character class that opens at *i*."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


#: A toll's noun, and the word right before it ("the civilian death toll", "the soldiers'
#: toll"): the group it counts.
_TOLL_NOUN: Final = re.compile(r"\b(?:death\s+)?toll\b", re.IGNORECASE)
_WORD_BEFORE: Final = re.compile(r"([A-Za-z][\w'’.]*)\s+$")


def _toll_owner(text: str, start: int, end: int) -> str | None:
    """
    The group a toll is told of by the word before its noun, or None.

    >>> _toll_owner("The civilian death toll rose to 30.", 13, 34)
    'civilians'
    >>> _toll_owner("Army raises soldiers' toll to nine", 5, 34), _toll_owner("Blast toll hits 45", 6, 18)
    ('soldiers', None)
    """
    noun = _TOLL_NOUN.search(text, start, end)
    if noun is None:
        return None
    m = _WORD_BEFORE.search(text, max(0, noun.start() - 40), noun.start())
    if m is None:
        return None
    word = m.group(1).removesuffix("'s").removesuffix("’s").rstrip("'’")
    group = kinds.classify_subject(word)
    return group if group != "people" and kinds.is_person(group) else None


def _to_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _to_rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def _to_macros(
    value: Mapping[str, str] | tuple[tuple[str, str], ...],
) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), str(v)) for k, v in items))


def _to_words(
    value: Mapping[str, Iterable[str]] | tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), tuple(v)) for k, v in items))


@frozen
class RuleSet:
    r"""
    A table of rules and the pack pieces their patterns use; indexes are derived from it.

    >>> rules = RuleSet(macros={"COUNT": r"(?P<count>\d+)"}).add_patterns(
    ...     [Rule(name="toll_hits", frame="toll", measures="killed",
    ...           pattern=r"\btoll\s+hits\s+{COUNT}")])
    >>> [(h.measure, str(h.quantity)) for h in rules.hits("Blast toll hits 45")]
    [('killed', '45')]
    """

    rules: tuple[Rule, ...] = field(default=(), converter=_to_rules)
    macros: tuple[tuple[str, str], ...] = field(default=(), converter=_to_macros)
    measure_words: tuple[tuple[str, tuple[str, ...]], ...] = field(
        default=(), converter=_to_words, repr=False
    )
    stop_words: frozenset[str] = field(default=frozenset(), converter=_to_set, repr=False)
    common_words: frozenset[str] = field(default=frozenset(), converter=_to_set, repr=False)

    def __attrs_post_init__(self) -> None:
        names = [r.name for r in self.rules]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            msg = f"rule names must be unique, got {twice!r} twice; remove_by_name() first"
            raise InvalidValueError(msg)
        for rule in self.rules:
            _compile(rule.pattern, self.macros)  # fail on a bad pattern now, not mid-document

    def add_patterns(self, rules: Iterable[Rule]) -> RuleSet:
        """A copy with *rules* appended (names must stay unique)."""
        return evolve(self, rules=(*self.rules, *rules))

    def remove_by_name(self, name: str) -> RuleSet:
        """A copy without the rule called *name*."""
        return evolve(self, rules=tuple(r for r in self.rules if r.name != name))

    def packs(self) -> tuple[str, ...]:
        """The names of the packs the rules come from, sorted."""
        return tuple(sorted({r.pack for r in self.rules}))

    def select(self, packs: Iterable[str]) -> RuleSet:
        """A copy holding only the rules of *packs*."""
        chosen = frozenset(packs)
        return evolve(self, rules=tuple(r for r in self.rules if r.pack in chosen))

    def compiled(self, rule: Rule) -> re.Pattern[str]:
        """The compiled pattern of *rule*, its pieces expanded."""
        return _compile(rule.pattern, self.macros)

    def key(self, rule: Rule) -> tuple[str, ...]:
        """Literals of which a sentence must hold one (lower-cased) for *rule* to be tried."""
        return _key(rule.pattern, self.macros, self.common_words)

    def hits(self, text: str, *, title: bool = False, lexicon: Lexicon | None = None) -> list[Hit]:
        """The counts the rules read in *text*, in rule order."""
        return self.run(text, title=title, lexicon=lexicon)[0]

    @functools.cached_property
    def _index(self) -> tuple[tuple[tuple[str, tuple[int, ...]], ...], tuple[int, ...]]:
        """
        The derived index of the set, built once.

        Each distinct key with the rules it admits, and the rules that have no key
        (tried on every sentence).
        """
        by_key: dict[str, list[int]] = {}
        always: list[int] = []
        for i, rule in enumerate(self.rules):
            keys = self.key(rule)
            if not keys:
                always.append(i)
            for key in keys:
                by_key.setdefault(key, []).append(i)
        return tuple((k, tuple(v)) for k, v in sorted(by_key.items())), tuple(always)

    @functools.cached_property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(self.compiled(rule) for rule in self.rules)

    @functools.cached_property
    def _figure(self) -> re.Pattern[str] | None:
        """A zero-width search for every start of the pack's ``{COUNT}``, or None without one."""
        if "COUNT" not in dict(self.macros):
            return None
        return _compile("(?={COUNT})", self.macros)

    @functools.cached_property
    def _scan(self) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]], dict[str, int]]:
        """
        The key scanner of the set, derived from its keys.

        A zero-width search for the keys as a trie of letters (it reports the shortest
        key at each offset), each key's longer keys that start with it, and the bit mask
        of the rules each key admits.
        """
        by_key, _ = self._index
        keys = tuple(k for k, _ in by_key)
        masks = {k: sum(1 << i for i in set(admitted)) for k, admitted in by_key}
        longer = {k: tuple(x for x in keys if x.startswith(k)) for k in keys}
        scan = re.compile(f"(?=({literal_union(keys).pattern}))") if keys else None
        return scan, longer, masks

    def _tried(self, low: str) -> list[int]:
        """The positions of the rules whose keys *low* holds (or that have none), in order."""
        mask = self._always
        if self._by_word:
            # a key is letters, so it lies inside one run of letters: the keys of a
            # sentence are those of its words, each word scanned once per rule set
            known = self._word_masks
            for word in _LETTERS.findall(low):
                bits = known.get(word)
                if bits is None:
                    bits = self._keys_mask(word)
                    if len(word) <= _WORD_MEMO_LENGTH:  # a run-on "word" is not worth keeping
                        if len(known) >= _WORD_MEMO:
                            known.clear()  # bounded: a long stream of new words
                        known[word] = bits
                mask |= bits
        else:
            mask |= self._keys_mask(low)
        tried: list[int] = []
        while mask:
            bit = mask & -mask
            tried.append(bit.bit_length() - 1)
            mask ^= bit
        return tried

    def _keys_mask(self, low: str) -> int:
        """The bit mask of the rules admitted by the keys *low* holds."""
        scan, longer, masks = self._scan
        mask = 0
        if scan is not None:
            for m in scan.finditer(low):
                at = m.start()
                for key in longer[m.group(1)]:
                    if low.startswith(key, at):
                        mask |= masks[key]
        return mask

    @functools.cached_property
    def _always(self) -> int:
        """The bit mask of the rules that have no key (tried on every sentence)."""
        return sum(1 << i for i in self._index[1])

    @functools.cached_property
    def _by_word(self) -> bool:
        """Whether every key is a run of letters, so the keys can be looked up word by word."""
        return all(_LETTERS.fullmatch(key) for key, _ in self._index[0])

    @functools.cached_property
    def _word_masks(self) -> dict[str, int]:
        """The rule mask of each word seen (words repeat from sentence to sentence)."""
        return {}

    def run(
        self, text: str, *, title: bool = False, lexicon: Lexicon | None = None
    ) -> tuple[list[Hit], list[Cue]]:
        """The counts the rules read in *text* and the spans span-rules marked."""
        memo = self._memo
        key = (text, title, id(lexicon) if lexicon is not None else 0)
        done = memo.get(key)
        if done is None:
            if len(memo) >= _RUN_MEMO:
                memo.clear()  # bounded: a long stream of distinct sentences
            done = memo[key] = self._run(text, title=title, lexicon=lexicon)
        return list(done[0]), list(done[1])

    @functools.cached_property
    def _memo(self) -> dict[tuple[str, bool, int], tuple[tuple[Hit, ...], tuple[Cue, ...]]]:
        """What :meth:`run` read per sentence (pages repeat sentences; rules are pure)."""
        return {}

    def _run(
        self, text: str, *, title: bool, lexicon: Lexicon | None
    ) -> tuple[tuple[Hit, ...], tuple[Cue, ...]]:
        hits: list[Hit] = []
        cues: list[Cue] = []
        low = _lower_text(text)
        tried = self._tried(low)
        if not tried:
            return (), ()
        starts: list[int] | None = None  # where a figure starts, read once if a rule needs it
        plans = self._plans
        for i in tried:
            rule, pattern, anchored, figure, at_start = plans[i]
            if rule.title_only and not title:
                continue
            if figure:
                if starts is None:
                    starts = self._figure_starts(low)
                if not starts:
                    continue  # no figure in the sentence: this rule cannot fire
            matches: Iterable[re.Match[str]]
            if anchored:
                matches = _matches_at(pattern, low, starts or [])
            elif at_start:  # the sentence start only: one try
                matches = [m] if (m := pattern.match(low)) is not None else []
            else:
                matches = pattern.finditer(low)
            for m in matches:
                self._take(rule, m, text, lexicon, into=(hits, cues))
        return tuple(hits), tuple(cues)

    def _take(
        self,
        rule: Rule,
        m: re.Match[str],
        text: str,
        lexicon: Lexicon | None,
        *,
        into: tuple[list[Hit], list[Cue]],
    ) -> None:
        """Add what one match of *rule* yields: a cue, hits, or both (a recap)."""
        hits, cues = into
        if rule.frame in _SPAN_FRAMES or (rule.frame == "recap" and not rule.measures):
            # a group ``cue`` places the cue inside a longer match ("killed 40 ... last year")
            at = m.start("cue") if "cue" in m.re.groupindex and m.start("cue") >= 0 else m.start()
            cues.append(Cue(at, m.end(), rule))
            return
        found = self._read(rule, m, text, lexicon)
        hits.extend(found)
        if rule.frame == "recap" and found:
            cues.append(Cue(m.start(), m.end(), rule))

    @functools.cached_property
    def _plans(self) -> tuple[tuple[Rule, re.Pattern[str], bool, bool, bool], ...]:
        """
        How each rule is run, read once from the table.

        The rule, its compiled pattern, whether it is matched at figure starts only,
        whether it needs a figure in the sentence, and whether it is tried at the
        sentence start only.
        """
        return tuple(
            (
                rule,
                pattern,
                anchored,
                anchored or _needs_count(rule),
                rule.pattern.startswith("^"),
            )
            for rule, pattern, anchored in zip(
                self.rules, self._patterns, self._anchored, strict=True
            )
        )

    @functools.cached_property
    def _anchored(self) -> tuple[bool, ...]:
        """
        Whether each rule's pattern opens with the figure (look-behinds aside).

        Such a rule is matched only where a figure starts, found once per sentence,
        instead of being searched for at every offset.
        """
        has_count = "COUNT" in dict(self.macros)
        return tuple(
            has_count and _OPENS_WITH_COUNT.match(r.pattern) is not None for r in self.rules
        )

    def _figure_starts(self, text: str) -> list[int]:
        """Every offset where the pack's ``{COUNT}`` piece matches (overlapping ones too)."""
        figure = self._figure
        return [] if figure is None else [m.start() for m in figure.finditer(text)]

    def _read(self, rule: Rule, m: re.Match[str], text: str, lexicon: Lexicon | None) -> list[Hit]:
        quantity = _quantity(rule, m, text, lexicon)
        if quantity is None:
            return []
        np = (
            _np_before(text, m.start(), self.stop_words)
            if rule.subject_before
            else self._noun_phrase(m, text)
        )
        if np is None:
            return []  # "a party of 250 guests ends with one dead": no noun phrase before "dead"
        group = rule.group or (kinds.classify_subject(np) if np else "people")
        if rule.frame == "toll" and group == "people":
            group = _toll_owner(text, m.start(), m.end()) or group
        if not _subject_fits(rule.subject, group):
            return []
        start = m.start("count") if _has(m, "count") else m.start()
        subject = text[start : max(m.end(), start + 1)].strip()
        cover = m.start("np") if rule.zero and _has(m, "np") else start
        return [
            Hit(start, m.end(), measure, subject, group, quantity, rule, cover=cover)
            for measure in self._measures(rule, m)
        ]

    def _measures(self, rule: Rule, m: re.Match[str]) -> tuple[str, ...]:
        if rule.measures != ("*",):
            return rule.measures
        words = dict(self.measure_words)
        said = " ".join(m.group(g) or "" for g in ("m", "m2") if g in m.re.groupindex)
        out: list[str] = []
        for word in re.findall(r"[a-z]+", said.lower()):
            out.extend(x for x in words.get(word, ()) if x not in out)
        return tuple(out)

    def _noun_phrase(self, m: re.Match[str], text: str) -> str | None:
        """The counted noun phrase; None when one inside the pattern holds a stop word."""
        if _has(m, "np"):
            said = text[m.start("np") : m.end("np")]
            np = _cut(said, self.stop_words)
            inner = m.end("np") < m.end()
            return None if inner and np != " ".join(said.split()) else np
        if not _has(m, "count"):
            return ""
        after = _NP_AFTER.match(text, m.end("count"))
        return _cut(after.group(1), self.stop_words) if after else ""


#: Sentences a rule set remembers what it read in before it starts again.
_RUN_MEMO: Final = 4096
#: Words a rule set remembers the keys of before it starts again.
_WORD_MEMO: Final = 65536
#: Longer runs of letters are scanned each time, not remembered.
_WORD_MEMO_LENGTH: Final = 40
#: A run of letters (digits and "_" end it); every key, made of letters, lies inside one.
_LETTERS: Final = re.compile(r"[^\W\d_]+")

_NP_AFTER: Final = re.compile(r"\s+((?:[\w'’.\-]+\s+){0,4}[\w'’.\-]+)")


#: A raw pattern that opens with the figure, perhaps after look-behinds: "(?<!the\s){COUNT}".
_OPENS_WITH_COUNT: Final = re.compile(r"(?:\(\?<[!=][^()]*\))*\{COUNT\}")


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches of *pattern* anchored at *starts*, left to right, none overlapping."""
    out: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            out.append(m)
            end = max(m.end(), start + 1)
    return out


def _needs_count(rule: Rule) -> bool:
    """Whether *rule* yields only with a figure (not a zero, a fixed one, a plural, a span)."""
    fixed = rule.zero or rule.value is not None or rule.plural
    return not fixed and rule.frame not in _SPAN_FRAMES and bool(rule.measures)


def _np_before(text: str, start: int, stop: frozenset[str]) -> str:
    """The noun phrase that ends right before *start*: up to five words, back to a stop."""
    words: list[str] = []
    for word in reversed(text[max(0, start - 100) : start].split()):
        if word.lower() in stop or word[-1] in ",;:!?" or len(words) == 5:
            break
        words.append(word)
    return " ".join(reversed(words))


def _cut(np: str, stop: frozenset[str]) -> str:
    """*np* up to the first stop word."""
    words: list[str] = []
    for word in np.split():
        if word.lower() in stop:
            break
        words.append(word)
    return " ".join(words)


def _subject_fits(subject: str, group: str) -> bool:
    if subject == "person":
        return kinds.is_person(group)
    if subject == "munition":
        return kinds.is_within(group, "munition")
    return True


def _has(m: re.Match[str], name: str) -> bool:
    """Whether *m* has a group *name* and it took part in the match."""
    return name in m.re.groupindex and m.start(name) >= 0 and m.end(name) > m.start(name)


@functools.lru_cache(maxsize=4096)
def _first_quantity(said: str, lexicon: Lexicon | None) -> Quantity | None:
    """The first count the scanner reads in a rule's figure ("at least 5"): figures repeat."""
    found = scan_quantities(said, lexicon=lexicon)
    return found[0].quantity if found else None


def _less(whole: Quantity, said: str, lexicon: Lexicon | None) -> Quantity:
    """
    *whole* less the figure *said* ("all but one of the 40": 39), never below zero.

    >>> _less(Quantity.exact(40), "one", None)
    Quantity(low=39, high=39, qualifier='exact')
    """
    part = _first_quantity(said, lexicon)
    if part is None:
        return whole
    low = max(0, whole.low - (whole.low if part.high is None else part.high))
    high = None if whole.high is None else max(0, whole.high - part.low)
    return evolve(whole, low=low, high=high)


def _quantity(rule: Rule, m: re.Match[str], text: str, lexicon: Lexicon | None) -> Quantity | None:
    """The figure of a match: zero for negations, else the count group read and bounded."""
    said = text[m.start() : m.end()]
    if rule.zero:
        return Quantity(0, 0, qualifier="exact", text=said.split()[0])
    if rule.value is not None:  # "a third suspect was arrested", "arrested the driver"
        return Quantity.exact(rule.value, text=said)
    if rule.plural:  # a bare plural: "rockets hit the base" is two or more
        plural = text[m.start("np") : m.end("np")] if _has(m, "np") else said
        return Quantity(2, None, qualifier="vague", text=plural)
    if not _has(m, "count"):
        return None
    said = text[m.start("count") : m.end("count")].strip("“”\"‘’'")
    q = _first_quantity(said, lexicon)
    if q is None:
        return None
    if rule.plus:
        high = None if q.high is None else q.high + rule.plus
        q = evolve(q, low=q.low + rule.plus, high=high)
    if _has(m, "less"):
        q = _less(q, text[m.start("less") : m.end("less")], lexicon)
    if rule.bound == "more_than":
        return Quantity(q.low + 1, None, qualifier="at_least", text=said)
    if rule.bound == "at_least":
        return Quantity(q.low, None, qualifier="at_least", text=said)
    if rule.bound == "at_most":
        return part_of_total(evolve(q, text=said))
    return q
