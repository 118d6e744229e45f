"""
The lean resolver and writer give what the plain readings give (issue #13, engine16).

The resolver reads single-claim pairs without building sets or generators, looks for
"from" before the early-figure pattern, normalises sentences in one pass and reads a
document's date from one map; the one-line writer spells whole numbers, nulls and id
lists inline. None of it may change a finding, a flag or a byte.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.model import CountClaim, Document, EventMention, Quantity
from claimrec.report import codec
from claimrec.resolve import (
    _EARLY_AT,
    _FAR_FUTURE,
    _Context,
    _Item,
    _order,
    _own_update,
    _when,
    resolve,
)
from claimrec.testing import count_claim

_SOURCES = (
    ("named_person", "Governor Ilse Markov"),
    ("named_person", "Markov"),
    ("organization", "the fire service"),
    ("organization", "the health ministry"),
    ("anonymous_official", "a police source"),
    ("media", "Radio Kano"),
    ("none", None),
    ("vague", None),
)
_SENTENCES = (
    "The fire service said {q} people died in the blaze in Kano.",
    "The toll, up from {q}, was given by the ministry.",
    "The ministry rejected the figure of {q} dead given by the rebels.",
    "Initially {q} people were reported killed in the flood near Elgin.",
    "Officials now say {q} people were killed.",
)


@st.composite
def _claims(draw: st.DrawFn, n: int) -> list[CountClaim]:
    """*n* claims of one event: varied sources, documents, figures, sentences, days."""
    out = []
    for i in range(n):
        kind, source = draw(st.sampled_from(_SOURCES))
        figure = draw(st.integers(0, 60))
        sentence = draw(st.sampled_from(_SENTENCES)).format(q=figure)
        at = sentence.find(str(figure))
        out.append(
            count_claim(
                id=f"c{i}",
                document=f"d{draw(st.integers(0, 3))}",
                quantity=figure,
                measure=draw(st.sampled_from(("killed", "injured", "missing"))),
                kind=kind,
                source=source,
                provisional=draw(st.booleans()),
                sentence=sentence,
                span=(at, at + len(str(figure))),
            )
        )
    return out


def _documents(claims: list[CountClaim], days: list[int | None]) -> list[Document]:
    """One document per claim document, its text the claim's sentence, dated or not."""
    texts = {c.document: c.sentence for c in claims}
    return [
        Document(
            doc,
            text,
            published=None if day is None else dt.date(2024, 5, 1) + dt.timedelta(days=day),
            outlet=f"outlet {doc}",
        )
        for (doc, text), day in zip(sorted(texts.items()), days, strict=False)
    ]


def _own_update_as_sets(low: _Item, high: _Item, ctx: _Context) -> bool:
    """``_own_update`` as it read before the lean path: sets of origins and documents."""
    mine = {ctx.named_origin(c) for c in low.claims}
    theirs = {ctx.named_origin(c) for c in high.claims}
    if None in mine or None in theirs or not mine & theirs:
        return False
    if {c.document for c in low.claims} & {c.document for c in high.claims}:
        return False
    return not any(ctx.disputed(c) for c in (*low.claims, *high.claims))


def _order_as_items(a: _Item, b: _Item, ctx: _Context) -> int:
    """``_order`` as it read before the lean path: ``_when`` of each item."""
    (da, ca), (db, cb) = _when(a, ctx, told=True), _when(b, ctx)
    if da != db and _FAR_FUTURE not in {da, db}:
        return -1 if da < db else 1
    return (ca > cb) - (ca < cb)


def _item(c: CountClaim) -> _Item:
    return _Item(c.group, c.quantity, (c,), c.id)


class TestLeanPairs:
    @settings(max_examples=150, deadline=None)
    @given(_claims(2), st.lists(st.one_of(st.none(), st.integers(0, 5)), min_size=4, max_size=4))
    def test_single_claim_pairs_read_as_the_set_readings(
        self, claims: list[CountClaim], days: list[int | None]
    ) -> None:
        """Whether a source updated itself, and which figure came first, as before."""
        docs = _documents(claims, days)
        ctx = _Context(docs, claims, dict.fromkeys((c.id for c in claims), "ev"))
        low, high = map(_item, claims)

        lean = (_own_update(low, high, ctx), _order(low, high, ctx), _order(high, low, ctx))

        plain = (
            _own_update_as_sets(low, high, ctx),
            _order_as_items(low, high, ctx),
            _order_as_items(high, low, ctx),
        )
        assert lean == plain

    def test_a_source_raising_its_own_toll_in_a_later_report_is_an_update(self) -> None:
        """The fire service's 12 then its 15 a day later: evolving, the 12 superseded."""
        first = count_claim(
            id="a",
            document="d1",
            quantity=12,
            measure="killed",
            kind="organization",
            source="the fire service",
            sentence="The fire service said 12 people died.",
            span=(27, 29),
        )
        second = count_claim(
            id="b",
            document="d2",
            quantity=15,
            measure="killed",
            kind="organization",
            source="the fire service",
            sentence="The fire service said 15 people died.",
            span=(27, 29),
        )
        docs = [
            Document("d1", first.sentence, published=dt.date(2024, 5, 1), outlet="A"),
            Document("d2", second.sentence, published=dt.date(2024, 5, 2), outlet="B"),
        ]

        res = resolve([first, second], {"a": "ev", "b": "ev"}, documents=docs)

        (finding,) = res.findings
        assert finding.verdict == "evolving"
        assert "superseded" in {c.id: c for c in res.claims}["a"].flags


#: Words of the windows before a figure: every spelling of "from", and near misses.
_WINDOW_WORDS = (
    *("up", "down", "from", "From", "FROM", "fRoM", "the", "an", "earlier", "toll"),
    *("of", "figure", "rose", "to", " ", "\t", "frm", "fromage", "7", ","),
)


class TestEarlyFigureGuard:
    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from(_WINDOW_WORDS),
            max_size=12,
        ).map(" ".join)
    )
    def test_words_without_from_are_never_an_early_figure(self, before: str) -> None:
        """The pattern ends in "from" in every form: the cheap test never hides a match."""
        found = _EARLY_AT.search(before) is not None

        assert found == ("from" in before.lower() and found)

    def test_up_from_marks_the_earlier_figure_of_a_revision(self) -> None:
        """In "rose to 19, up from 12" the 12 is the earlier figure: no dispute, 19 stands."""
        text = "The toll rose to 19 on Tuesday, Up From 12 a day earlier, officials said."
        late = count_claim(
            id="a",
            quantity=19,
            measure="killed",
            kind="anonymous_official",
            source="officials",
            sentence=text,
            span=(17, 19),
        )
        early = count_claim(
            id="b",
            quantity=12,
            measure="killed",
            kind="anonymous_official",
            source="officials",
            sentence=text,
            span=(40, 42),
        )

        res = resolve([late, early], {"a": "ev", "b": "ev"}, documents=[Document("d1", text)])

        (finding,) = res.findings
        assert finding.verdict != "conflicting"
        assert finding.consensus is not None
        assert (finding.consensus.low, finding.consensus.high) == (19, 19)


class TestWireCopies:
    def test_copies_differing_in_case_and_spaces_share_one_origin(self) -> None:
        """Two outlets running one sentence (case, spacing apart) are one origin: not corroborated."""
        words = "Seven  people were killed when the bridge collapsed in Elgin, police said."
        a = count_claim(
            id="a",
            document="d1",
            quantity=7,
            measure="killed",
            kind="organization",
            source="police",
            sentence=words,
            span=(0, 5),
        )
        b = count_claim(
            id="b",
            document="d2",
            quantity=7,
            measure="killed",
            kind="organization",
            source="police",
            sentence=words.upper().replace("  ", " "),
            span=(0, 5),
        )
        docs = [Document("d1", a.sentence, outlet="A"), Document("d2", b.sentence, outlet="B")]

        res = resolve([a, b], {"a": "ev", "b": "ev"}, documents=docs)

        (finding,) = res.findings
        assert len(finding.origins) == 1
        assert all("corroborated" not in c.flags for c in res.claims)


class TestLeanFindings:
    @settings(max_examples=60, deadline=None)
    @given(_claims(6), st.lists(st.one_of(st.none(), st.integers(0, 5)), min_size=4, max_size=4))
    def test_resolving_twice_and_in_any_order_gives_the_same_findings(
        self, claims: list[CountClaim], days: list[int | None]
    ) -> None:
        """The lean readings keep no state between runs nor depend on the input's order."""
        docs = _documents(claims, days)
        events = dict.fromkeys((c.id for c in claims), "ev")

        first = resolve(claims, events, documents=docs)
        second = resolve(list(reversed(claims)), events, documents=list(reversed(docs)))

        assert first == second


class TestOneLineWriter:
    @given(st.integers(0, 10**12), st.one_of(st.none(), st.integers(0, 10**6)))
    def test_bounds_are_written_as_json_dumps_writes_them(
        self, low: int, extra: int | None
    ) -> None:
        """Whole numbers spelt inline read as the encoder spells them."""
        high = None if extra is None else low + extra
        qualifier = "at_least" if high is None else ("exact" if extra == 0 else "range")
        q = Quantity(low, high, qualifier=qualifier)

        text = codec._bounds_text(q)

        assert text == json.dumps(codec._bounds_json(q), ensure_ascii=False)

    @given(
        st.one_of(st.none(), st.text(max_size=12)),
        st.one_of(st.none(), st.sampled_from(("day", "weekday", "month"))),
        st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
    )
    def test_mentions_with_missing_fields_are_written_with_nulls(
        self, location: str | None, precision: str | None, day: dt.date | None
    ) -> None:
        """A mention's absent place, day or kind is ``null``, as the encoder writes it."""
        mention = EventMention(location=location, date=day, precision=precision, kind=None)

        text = codec._mention_text(mention)

        assert text == json.dumps(codec._mention_json(mention), ensure_ascii=False)
