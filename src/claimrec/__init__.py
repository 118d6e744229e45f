"""claimrec: reconcile claims that different sources make about the same real-world event."""

from claimrec.errors import ClaimrecError
from claimrec.model import (
    Attribution,
    Claim,
    CountClaim,
    Document,
    Event,
    EventMention,
    Finding,
    Quantity,
    ResponsibilityClaim,
)

__all__ = [
    "Attribution",
    "Claim",
    "ClaimrecError",
    "CountClaim",
    "Document",
    "Event",
    "EventMention",
    "Finding",
    "Quantity",
    "ResponsibilityClaim",
]
