"""Tests for claimrec.link.candidates: every scored pair, with its decision and explanation."""

from __future__ import annotations

import claimrec
from claimrec.link.candidates import Candidate, candidates_frame
from claimrec.match import match_events
from claimrec.model import Document

DOCS = [
    Document(
        "a",
        "FAIRHAVEN — Gunmen wounded five people Sunday on Linden Street in Fairhaven, police said.",
        title="Five wounded in Fairhaven shooting",
        published="2014-01-13",
    ),
    Document(
        "b",
        "Police said five people were wounded early Sunday on Linden Street in Fairhaven.",
        title="5 hurt in Fairhaven shooting on Linden Street",
        published="2014-01-13",
    ),
    Document(
        "c",
        "FAIRHAVEN — A man was shot Thursday on Birch Street in Fairhaven, police said.",
        title="Man shot on Birch Street in Fairhaven",
        published="2014-01-17",
    ),
]


class TestCandidate:
    def test_explain_shows_features_threshold_and_decision(self) -> None:
        """The explanation reads as a waterfall ending in the decision."""
        c = Candidate("a", "b", 0.0, 0.62, "vetoed", {"place": 1.0, "date": 0.0})

        assert c.explain() == "place 1.00, date 0.00 -> 0.000 < 0.620: vetoed"

    def test_only_pairs_left_apart_just_under_the_threshold_are_near_misses(self) -> None:
        """A linked pair and a pair far below the threshold are not near misses."""
        near = Candidate("a", "b", 0.58, 0.62, "below threshold")
        far = Candidate("a", "c", 0.2, 0.62, "below threshold")
        linked = Candidate("b", "c", 0.58, 0.62, "linked through others")

        assert [c.near_miss(0.1) for c in (near, far, linked)] == [True, False, False]


class TestCandidatesFrame:
    def test_one_row_per_pair_one_column_per_feature(self) -> None:
        """The frame has the pair, the decision, each feature and the explanation."""
        pairs = match_events(DOCS).pairs

        frame = candidates_frame(pairs)

        assert len(frame) == len(pairs)
        assert {"left", "right", "score", "threshold", "decision", "place", "date"} <= set(frame)


class TestEventMatchingPairs:
    def test_rejected_pairs_are_listed_with_accepted_ones(self) -> None:
        """The pair of one shooting is linked; the shooting four days later is vetoed by its day."""
        pairs = {(c.left, c.right): c for c in match_events(DOCS).pairs}

        assert pairs["a", "b"].decision == "linked"
        assert pairs["a", "c"].decision == "vetoed"
        assert "date 0.00" in pairs["a", "c"].explain()

    def test_report_candidates_are_the_matching_pairs(self) -> None:
        """``Report.candidates()`` gives the pairs of the reconciliation, known links applied."""
        settings = claimrec.Settings(cannot_link=(("a", "b"),))

        report = claimrec.reconcile(DOCS, settings=settings)

        pairs = {(c.left, c.right): c for c in report.candidates()}
        assert pairs["a", "b"].decision == "vetoed"
        assert pairs["a", "b"].known == "cannot"
        assert report.document_event["a"] != report.document_event["b"]
