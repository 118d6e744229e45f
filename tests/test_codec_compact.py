"""
The one-line writer (``codec.dump(..., indent=None)``) spells claim records out as text:
its bytes must be ``json.dumps`` of the records, whatever the strings and numbers hold.
"""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Arithmetic, EventMention, Finding, Quantity, Term
from claimrec.report import Report, codec
from claimrec.report.excerpt import SENTENCE_LIMIT
from claimrec.resolve import resolve
from claimrec.testing import count_claim, responsibility_claim

#: Text with what JSON escapes (quotes, backslashes, control characters) and what it keeps.
_TEXT = st.text(
    alphabet=st.sampled_from(
        ['"', "\\", "\n", "\t", "\x00", "\x1f", "é", "—", "ن", "😀", "a", " "]
    ),
    max_size=12,
)
_WORD = _TEXT.filter(lambda t: t != "" and not t[0].isspace())


def _one_line(report: Report) -> str:
    out = io.StringIO()
    codec.dump(report, out, indent=None)
    return out.getvalue()


def _report(claims: list[cr.Claim], claim_event: dict[str, str | None]) -> Report:
    res = resolve(claims, claim_event)
    return Report(
        documents=(),
        events=(),
        claims=res.claims,
        findings=res.findings,
        document_event={},
        claim_event=claim_event,
        estimates_by_event=res.estimates,
    )


_FIELDS = st.fixed_dictionaries(
    {
        "subject": _TEXT,
        "source": st.none() | _TEXT,
        "chain": st.lists(_TEXT, max_size=3).map(tuple),
        "location": st.none() | _TEXT,
        "tolerance": st.sampled_from([0.0, 0.1, 0.25, 1 / 3]),
        "high": st.none() | st.integers(min_value=9, max_value=10**18),
        "actor": st.none() | _TEXT,
        "event": st.none() | _WORD,
        "provisional": st.booleans(),
    }
)


@settings(max_examples=60, deadline=None)
@given(drawn=_FIELDS)
def test_claim_text_is_the_json_of_its_record(drawn: dict[str, Any]) -> None:
    subject, high, location = drawn["subject"], drawn["high"], drawn["location"]
    quantity = Quantity(
        9,
        high,
        qualifier="at_least" if high is None else "range",
        text=subject,
        tolerance=drawn["tolerance"],
    )
    count = count_claim(
        id=f"c{subject}",
        subject=subject,
        quantity=quantity,
        mention=EventMention(location=location, place=location, date="2024-02-29", kind=location),
        sentence=f"{subject} were hurt.",
        provisional=drawn["provisional"],
        flags=("corroborated", "contested"),
        kind="media",
        source=drawn["source"],
        chain=drawn["chain"],
    )
    resp = responsibility_claim(id="r\u00e9", actor=drawn["actor"])
    spelt = codec._Spelt()
    event = drawn["event"]
    for claim in (count, resp):
        expected = json.dumps(codec.encode_claim(claim, event), ensure_ascii=False)
        assert codec._claim_text(claim, event, spelt) == expected
        assert codec._claim_text(claim, event, spelt) == expected  # spelt once, read again


def test_one_line_report_is_json_dumps_of_the_report() -> None:
    long = "Witnesses said " + "the crowd ran " * (SENTENCE_LIMIT // 10) + "and 7 were hurt."
    claims: list[cr.Claim] = [
        count_claim(id="a", quantity="seven", kind="anonymous_official", source='a "US" official'),
        count_claim(id="b", document="d2", quantity="several", kind="media", source="CNN"),
        count_claim(
            id="c",
            document="d2",
            quantity=Quantity(7, tolerance=0.1),
            sentence=long,
            span=(len(long) - 17, len(long) - 16),
        ),
        responsibility_claim(id="r", actor=None),
    ]
    report = _report(claims, {"a": "ev", "b": "ev", "c": "ev", "r": None})
    assert _one_line(report) == json.dumps(codec.encode_report(report), ensure_ascii=False)
    assert json.loads(_one_line(report)) == json.loads(codec.dumps(report))


def test_one_line_report_of_a_reconciled_document() -> None:
    report = cr.reconcile([cr.testing.document()])
    assert _one_line(report) == json.dumps(codec.encode_report(report), ensure_ascii=False)
    empty = cr.reconcile([])
    assert _one_line(empty) == json.dumps(codec.encode_report(empty), ensure_ascii=False)


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(_WORD, min_size=3, max_size=3), note=_TEXT, high=st.none() | st.integers(9, 99)
)
def test_finding_text_is_the_json_of_its_record(
    words: list[str], note: str, high: int | None
) -> None:
    a, b, c = words
    seven = Term(op="claim", group="people", result=Quantity.exact(7), claims=(a,), note=note)
    loose = Term(op="claim", group="people.women", result=Quantity(2, high), claims=(b,))
    total = Term(op="sum", group="people", result=None, terms=(seven, loose), note=note)
    finding = Finding(
        event=a,
        measure="killed",
        group=b,
        verdict="evolving",
        consensus=Quantity(7, high, qualifier="vague" if high else "at_least"),
        claims=(a, b, c),
        conflicts=((a, b), (c,)),
        explanation=f"{note} → {c}",
        origins=(b, note),
        arithmetic=Arithmetic(consensus=total, raised=((a, (b, c)),), set_aside=((c, note),)),
    )
    for f in (finding, Finding(event=a, measure="injured", group="people", verdict="consistent")):
        assert codec._finding_text(f) == json.dumps(codec.encode_finding(f), ensure_ascii=False)
