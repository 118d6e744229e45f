"""
The lean resolver gives what the plain readings give (issue #13, engine18).

A run's party set tests the kinds and the count its readers need before calling them;
the earlier figure of a revision ("up from 34") is looked for only when "from" is among
the characters before a figure; two figures whose known days differ are ordered without
reading the words around them. None of it may change a finding, a flag or a byte: each
lean reading is checked against the plain one, and a synthetic corpus is resolved and
written both ways.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import resolve as resolve_module
from claimrec.engines.claims import documents_of_claims
from claimrec.match import match_events
from claimrec.model import Claim, Document
from claimrec.report import Report
from claimrec.report.codec import dump
from claimrec.resolve import (
    _EARLY_AT,
    _FAR_FUTURE,
    _Context,
    _Item,
    _order,
    _own_kills,
    _partisan,
    _when,
    resolve,
)
from claimrec.scale import read_claim_rows
from claimrec.testing import count_claim, responsibility_claim

#: Words of the text before a figure: every spelling of "from", near misses, breaks.
_WORDS = (
    *("up", "down", "from", "From", "FROM", "fRoM", "the", "an", "earlier", "toll"),
    *("of", "figure", "rose", "to", "frm", "fromage", "7", ",", ".", "\n", "İ", "Σ"),
)

#: Sources and the sentences they speak in: armed roles told before and after a name,
#: guards, a side counting those it says it killed, and plain voices.
_VOICES = (
    ("named_person", "Ali Hamid", "A militia commander, Ali Hamid, said {q} died."),
    ("named_person", "Ali Hamid", "Ali Hamid, a local rebel spokesman, said {q} died."),
    (
        "named_person",
        "Ali Hamid",
        "Ali Hamid, a village self-defence militia leader, said {q} died.",
    ),
    ("named_person", "Ali Hamid", "Ali Hamid said {q} died."),
    ("organization", "The army", "The army said on Sunday its troops killed {q} militants."),
    ("organization", "The army", "The army said {q} militants were killed in clashes."),
    ("organization", "the insurgents", "the insurgents said {q} soldiers died."),
    ("party", "the Free Hills Front", "the Free Hills Front said {q} soldiers died."),
    ("media", "Radio Kano", "Radio Kano said {q} people died."),
    ("none", None, "At least {q} people died near Kano."),
    ("vague", None, "Reports said {q} people died."),
)


def _text_with_figure(before: list[str], figure: int, after: list[str]) -> tuple[str, int, int]:
    """A text of *before* words, the figure, then *after* words; the figure's span."""
    head = " ".join(before) + (" " if before else "")
    text = f"{head}{figure} {' '.join(after)}"
    return text, len(head), len(head) + len(str(figure))


def _plain_revised_from(ctx: _Context, claim: Claim) -> bool:
    """``revised_from`` as it read before: the window before the figure, always cut."""
    before = ctx._read_window(claim)[0]
    return "from" in before.lower() and _EARLY_AT.search(before) is not None


def _plain_order(a: _Item, b: _Item, ctx: _Context) -> int:
    """``_order`` as it read before: both cues read, then the days decide when they can."""
    (da, ca), (db, cb) = _when(a, ctx, told=True), _when(b, ctx)
    if da != db and _FAR_FUTURE not in {da, db}:
        return -1 if da < db else 1
    return (ca > cb) - (ca < cb)


def _plain_party(ctx: _Context, claims: list[Claim]) -> frozenset[str]:
    """The party set as it read before: every claim's voice, role and own-kill reading."""
    return frozenset(
        c.id for c in claims if ctx.voice(c) == "party" or _partisan(c) or _own_kills(c)
    )


class TestRevisedFromGuard:
    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(st.sampled_from(_WORDS), max_size=30),
        st.integers(0, 500),
        st.lists(st.sampled_from(_WORDS), max_size=6),
        st.sampled_from(("text", "headline", "beyond")),
    )
    def test_a_figure_without_from_before_it_is_never_the_earlier_one(
        self, before: list[str], figure: int, after: list[str], where: str
    ) -> None:
        """The cheap test on the characters before a figure never hides "up from 34"."""
        text, start, end = _text_with_figure(before, figure, after)
        span = {"text": (start, end), "headline": (0, 0), "beyond": (start, len(text) + 5)}
        claim = count_claim(quantity=figure, sentence=text, span=span[where])
        ctx = _Context([Document("d1", text)], [claim], {"c1": "ev"})

        lean = ctx.revised_from(claim)

        assert lean == _plain_revised_from(ctx, claim)

    def test_the_figure_a_toll_rose_from_is_the_earlier_one(self) -> None:
        """In "rose to 19, Up From 12" the 12 is the earlier figure; the 19 is not."""
        text = "The toll rose to 19 on Tuesday, Up From 12 a day earlier, officials said."
        late = count_claim(id="a", quantity=19, sentence=text, span=(17, 19))
        early = count_claim(id="b", quantity=12, sentence=text, span=(40, 42))
        ctx = _Context([Document("d1", text)], [late, early], {"a": "ev", "b": "ev"})

        found = (ctx.revised_from(late), ctx.revised_from(early))

        assert found == (False, True)


class TestOrderByDays:
    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=2, max_size=2),
        st.sampled_from(("initially", "now", "earlier", "rose to", "", "up from")),
        st.sampled_from(("initially", "now", "earlier", "rose to", "", "up from")),
    )
    def test_two_figures_are_ordered_as_the_plain_reading_orders_them(
        self, days: list[int | None], first_words: str, second_words: str
    ) -> None:
        """Known, different days decide without the words; otherwise the words do, as before."""
        claims = []
        for i, words in enumerate((first_words, second_words)):
            text = f"Officials {words} said {10 + i} people died."
            at = text.find(str(10 + i))
            claims.append(
                count_claim(
                    id=f"c{i}", document=f"d{i}", quantity=10 + i, sentence=text, span=(at, at + 2)
                )
            )
        docs = [
            Document(
                c.document,
                c.sentence,
                published=None if day is None else dt.date(2024, 5, 1) + dt.timedelta(days=day),
            )
            for c, day in zip(claims, days, strict=True)
        ]
        ctx = _Context(docs, claims, {"c0": "ev", "c1": "ev"})
        a, b = (_Item(c.group, c.quantity, (c,), c.id) for c in claims)

        lean = (_order(a, b, ctx), _order(b, a, ctx))

        assert lean == (_plain_order(a, b, ctx), _plain_order(b, a, ctx))

    def test_reports_of_two_known_days_are_ordered_without_reading_their_words(self) -> None:
        """Monday's 12 before Tuesday's "initially 15": the days decide; no cue is read."""
        one = count_claim(id="a", document="d1", quantity=12, sentence="12 died.", span=(0, 2))
        two = count_claim(
            id="b", document="d2", quantity=15, sentence="Initially 15 died.", span=(10, 12)
        )
        docs = [
            Document("d1", one.sentence, published=dt.date(2024, 5, 6)),
            Document("d2", two.sentence, published=dt.date(2024, 5, 7)),
        ]
        ctx = _Context(docs, [one, two], {"a": "ev", "b": "ev"})

        order = _order(
            _Item("people", one.quantity, (one,), "a"),
            _Item("people", two.quantity, (two,), "b"),
            ctx,
        )

        assert order == -1
        assert ctx._cues == {}


class TestPartySet:
    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(_VOICES),
                st.sampled_from(("killed", "injured")),
                st.sampled_from(("people", "fighters", "soldiers")),
                st.booleans(),
            ),
            min_size=1,
            max_size=6,
        )
    )
    def test_the_party_set_is_every_claim_a_side_speaks_for(
        self, drawn: list[tuple[tuple[str, str | None, str], str, str, bool]]
    ) -> None:
        """Role, own kills and a party's voice read as before, responsibility claims too."""
        claims: list[Claim] = []
        for i, ((kind, source, sentence), measure, group, stance) in enumerate(drawn):
            text = sentence.format(q=7)
            if stance:
                claims.append(
                    responsibility_claim(id=f"c{i}", document=f"d{i % 2}", kind=kind, source=source)
                )
                continue
            at = text.find("7")
            claims.append(
                count_claim(
                    id=f"c{i}",
                    document=f"d{i % 2}",
                    measure=measure,
                    group=group,
                    kind=kind,
                    source=source,
                    sentence=text,
                    span=(at, at + 1),
                )
            )
        docs = [Document(d, "") for d in sorted({c.document for c in claims})]
        ctx = _Context(docs, claims, dict.fromkeys((c.id for c in claims), "ev"))

        assert ctx.party == _plain_party(ctx, claims)

    def test_an_army_counting_the_militants_it_killed_speaks_as_a_side(self) -> None:
        """ "The army said its troops killed 80 militants": a party's own count."""
        text = "The army said on Sunday its troops killed 80 militants."
        claim = count_claim(
            measure="killed",
            group="fighters",
            kind="organization",
            source="The army",
            sentence=text,
            span=(42, 44),
        )

        ctx = _Context([Document("d1", text)], [claim], {"c1": "ev"})

        assert ctx.party == frozenset({"c1"})


def _resolve_and_write(
    claims: list[Claim], documents: list[Document], claim_event: dict[str, str | None]
) -> tuple[object, str]:
    """The resolution and its one-line report, as ``reconcile_claims`` writes it."""
    res = resolve(claims, claim_event, documents=documents)
    report = Report(
        documents=tuple(documents),
        events=(),
        claims=res.claims,
        findings=res.findings,
        document_event={},
        claim_event=claim_event,
        estimates_by_event=res.estimates,
    )
    out = io.StringIO()
    dump(report, out, indent=None)
    return res, out.getvalue()


class TestCorpus:
    @pytest.mark.parametrize("places", ["zipf", "hot"])
    def test_a_synthetic_corpus_resolves_to_the_same_bytes_as_the_plain_readings(
        self, places: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """2,000 generated claims: findings, flags, estimates and bytes as before."""
        from claimrec._synthetic import write_claims  # noqa: PLC0415 - the benchmark's generator

        path = tmp_path / "claims.jsonl"
        write_claims(path, 2000, seed=11, places=places)
        claims, datelines, _ = read_claim_rows(path)
        documents = list(documents_of_claims(claims, datelines=datelines))
        claims.sort(key=lambda c: c.id)
        claim_event = dict(match_events(documents, claims).claim_event)

        lean = _resolve_and_write(claims, documents, claim_event)
        monkeypatch.setattr(_Context, "revised_from", _plain_revised_from)
        monkeypatch.setattr(resolve_module, "_order", _plain_order)
        plain = _resolve_and_write(claims, documents, claim_event)

        assert lean == plain
        assert '"verdict": "conflicting"' in lean[1]
