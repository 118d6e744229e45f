"""Every candidate pair matching scored, rejected ones included, with why it was decided so."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from attrs import field, frozen

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DECISIONS", "Candidate", "candidates_frame"]

#: What became of a scored pair.
#: ``linked``: same event, the pair cleared the threshold; ``linked through others``:
#: same event though the pair itself scored below it; ``below threshold``: apart, too
#: weak; ``kept apart``: cleared the threshold, but other members of the two clusters
#: vetoed or averaged below it; ``vetoed``: a veto matcher (a different day, the same
#: document) or a known cannot-link forbade it.
DECISIONS: Final = ("linked", "linked through others", "below threshold", "kept apart", "vetoed")


@frozen
class Candidate:
    """
    One candidate pair of event profiles: its score, the threshold, and the decision.

    >>> c = Candidate("a", "b", 0.58, 0.62, "below threshold",
    ...               {"place": 1.0, "date": 0.4, "counts": 0.3, "kind": None})
    >>> c.explain()
    'place 1.00, date 0.40, counts 0.30, kind unknown -> 0.580 < 0.620: below threshold'
    >>> c.near_miss(0.05)
    True
    """

    left: str
    right: str
    score: float
    threshold: float
    decision: str
    features: Mapping[str, float | None] = field(factory=dict, repr=False, hash=False)
    known: str | None = field(default=None, repr=False)

    @property
    def linked(self) -> bool:
        """True when the two profiles ended in one event."""
        return self.decision.startswith("linked")

    def near_miss(self, within: float = 0.1) -> bool:
        """True for a pair left apart whose score fell short of the threshold by less than *within*."""
        return self.decision == "below threshold" and self.threshold - within <= self.score

    def explain(self) -> str:
        """
        The features as a waterfall, the combined score against the threshold, and the decision.

        Returns:
            A one-line explanation.
        """
        parts = [
            f"{name} unknown" if value is None else f"{name} {value:.2f}"
            for name, value in self.features.items()
        ]
        relation = ">=" if self.score >= self.threshold else "<"
        known = f" (known {self.known}-link)" if self.known else ""
        return (
            f"{', '.join(parts)} -> {self.score:.3f} {relation} {self.threshold:.3f}: "
            f"{self.decision}{known}"
        )


def candidates_frame(candidates: Sequence[Candidate]) -> pd.DataFrame:
    """
    The candidates as a pandas DataFrame: one row a pair, one column a feature.

    Args:
        candidates: The pairs (``EventMatching.pairs``).

    Returns:
        Columns ``left, right, score, threshold, decision, linked, known``, one
        column per feature, and ``explanation``.

    Raises:
        ImportError: pandas is not installed (``pip install claimrec[frames]``).

    >>> frame = candidates_frame([Candidate("a", "b", 0.9, 0.62, "linked", {"place": 1.0})])
    >>> frame[["left", "right", "decision", "place"]].to_dict("records")
    [{'left': 'a', 'right': 'b', 'decision': 'linked', 'place': 1.0}]
    """
    import pandas as pd  # noqa: PLC0415 - an optional dependency

    rows: list[dict[str, Any]] = []
    for c in candidates:
        row: dict[str, Any] = {
            "left": c.left,
            "right": c.right,
            "score": c.score,
            "threshold": c.threshold,
            "decision": c.decision,
            "linked": c.linked,
            "known": c.known,
        }
        row.update(c.features)
        row["explanation"] = c.explain()
        rows.append(row)
    return pd.DataFrame(rows)
