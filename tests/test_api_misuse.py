"""Every public function of claimrec refuses wrong arguments with a typed error naming them."""

from __future__ import annotations

import pytest

import claimrec as cr
import claimrec.scale
from claimrec.errors import ClaimrecError, InvalidTypeError, InvalidValueError

DOC = cr.Document("a", "Two people were killed on Monday in Kano, police said.")


def _matching() -> cr.EventMatching:
    return cr.match_events([DOC])


@pytest.mark.parametrize(
    ("call", "error", "names"),
    [
        (lambda: cr.extract_claims("text"), InvalidTypeError, "extract() document"),
        (lambda: cr.Corpus(5), InvalidTypeError, "Corpus.documents"),
        (lambda: cr.Corpus([DOC, "b"]), InvalidTypeError, "Corpus.documents"),
        (lambda: cr.Report(5, (), (), (), {}, {}), InvalidTypeError, "Report.documents"),
        (lambda: cr.Report((DOC,), (), (), (), 5, {}), InvalidTypeError, "Report.document_event"),
        (lambda: cr.scale.load_claims(5), InvalidTypeError, "read_claims() path"),
        (lambda: cr.extract_claims(None), InvalidTypeError, "extract() document"),
        (lambda: cr.extract_claims(DOC, lexicon="x"), InvalidTypeError, "extract() lexicon"),
        (lambda: cr.extract_all("text"), InvalidTypeError, "extract_all() documents"),
        (lambda: cr.extract_all([DOC, 5]), InvalidTypeError, "item #1"),
        (lambda: cr.match_events(5), InvalidTypeError, "match_events() documents"),
        (lambda: cr.match_events(["a"]), InvalidTypeError, "match_events() documents"),
        (lambda: cr.match_events([DOC], [5]), InvalidTypeError, "match_events() claims"),
        (lambda: cr.match_events([DOC], matchers=[print]), InvalidTypeError, "matchers"),
        (
            lambda: cr.match_events([DOC], threshold=float("nan")),
            InvalidValueError,
            "match_events() threshold",
        ),
        (lambda: cr.match_events([DOC], threshold="x"), InvalidTypeError, "threshold"),
        (lambda: cr.match_events([DOC], max_block=0), InvalidValueError, "max_block"),
        (lambda: cr.resolve_claims(5, {}), InvalidTypeError, "resolve() claims"),
        (lambda: cr.resolve_claims([], 5), InvalidTypeError, "resolve() claim_event"),
        (lambda: cr.resolve_claims([], {}, documents=[5]), InvalidTypeError, "resolve() documents"),
        (
            lambda: cr.resolve_claims([], {}, absent_as_zero="no"),
            InvalidTypeError,
            "absent_as_zero",
        ),
        (lambda: cr.build_graph(5, [], _matching()), InvalidTypeError, "build_graph() documents"),
        (lambda: cr.build_graph([DOC], [], {}), InvalidTypeError, "build_graph() matching"),
        (lambda: cr.reconcile([DOC], settings="x"), InvalidTypeError, "reconcile settings"),
        (lambda: cr.reconcile([DOC], progress=5), InvalidTypeError, "reconcile progress"),
        (lambda: cr.reconcile([DOC], claims=[5]), ClaimrecError, "does not fit"),
        (lambda: cr.Settings(threshold=float("nan")), InvalidValueError, "Settings.threshold"),
        (lambda: cr.Quantity.parse(None), InvalidTypeError, "text"),
        (lambda: cr.Document("a", "t", title=5), InvalidTypeError, "Document.title"),
        (lambda: cr.Estimate("a", 1, 2), InvalidTypeError, "Estimate.low"),
        (lambda: cr.Estimate(1, -1, 2), InvalidValueError, "Estimate.best"),
        (lambda: cr.Estimate(1, 1, 2, rule=5), InvalidTypeError, "Estimate.rule"),
        (lambda: cr.Resolution(5, (), {}), InvalidTypeError, "Resolution.findings"),
        (lambda: cr.Resolution((), [5], {}), InvalidTypeError, "Resolution.claims"),
        (lambda: cr.Resolution((), (), 5), InvalidTypeError, "Resolution.estimates"),
        (lambda: cr.Match("a", "b", "x"), InvalidTypeError, "Match.score"),
        (lambda: cr.Match("a", "b", float("nan")), InvalidValueError, "Match.score"),
        (lambda: cr.Match(1, "b", 0.5), InvalidTypeError, "Match.left"),
        (
            lambda: cr.EventMatching(events=5, document_event={}, claim_event={}, matches=()),
            InvalidTypeError,
            "EventMatching.events",
        ),
        (
            lambda: cr.EventMatching(events=(), document_event=5, claim_event={}, matches=()),
            InvalidTypeError,
            "EventMatching.document_event",
        ),
        (
            lambda: cr.EventMatching(events=(), document_event={}, claim_event={}, matches=[5]),
            InvalidTypeError,
            "EventMatching.matches",
        ),
    ],
)
def test_wrong_argument_is_a_typed_error_naming_it(call, error, names) -> None:
    """A wrong argument fails at the entry with a ClaimrecError that names it, not deep inside."""
    with pytest.raises(error, match=names.replace("(", r"\(").replace(")", r"\)")) as info:
        call()

    assert isinstance(info.value, ClaimrecError)


def test_a_generator_of_documents_is_still_read_once() -> None:
    """The checks read no item of an iterator, so extract_all and match_events still see them all."""
    claims = cr.extract_all(d for d in [DOC])

    matching = cr.match_events([DOC], iter(claims))

    assert len(claims) >= 1
    assert set(matching.document_event) == {"a"}


def test_result_objects_freeze_lists_into_tuples() -> None:
    """Result objects built by hand from lists hold tuples, as the ones claimrec builds do."""
    matching = cr.EventMatching(events=[], document_event={}, claim_event={}, matches=[])

    resolution = cr.Resolution([], [], {})

    assert (matching.events, matching.matches) == ((), ())
    assert (resolution.findings, resolution.claims) == ((), ())
