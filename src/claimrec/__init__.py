"""
claimrec: reconcile claims that different sources make about the same real-world event.

``load`` reads articles (text, JSON Lines, saved web pages, DataFrames),
``extract_claims`` finds count and responsibility claims with who stands behind them,
``match_events`` links reports of one event, ``resolve_claims`` decides per slot what is
consistent, conflicting or evolving; ``reconcile`` runs them all and returns a ``Report``.
Each stage is also a module of its own (``claimrec.extract``, ``claimrec.match``,
``claimrec.resolve``); no function here hides one.

>>> import importlib.metadata
>>> import claimrec as cr
>>> cr.__version__ == importlib.metadata.version("claimrec")
True
>>> report = cr.reconcile([cr.Document("a", "Two people were killed, police said.")])
>>> report.estimates(report.document_event["a"])["killed"].best
2
"""

from claimrec import testing
from claimrec._version import __version__
from claimrec.errors import ClaimrecError
from claimrec.extract import extract_all, extract_claims
from claimrec.graph import build_graph
from claimrec.ingest import Corpus, load
from claimrec.lexicon import ENGLISH, Lexicon
from claimrec.match import EventMatching, Match, match_events
from claimrec.matchers import Matcher
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
from claimrec.pipeline import Settings, reconcile
from claimrec.report import EventView, Report
from claimrec.resolve import Estimate, Resolution
from claimrec.resolve import resolve as resolve_claims
from claimrec.scale import load_claims, reconcile_claims

__all__ = [
    "ENGLISH",
    "Attribution",
    "Claim",
    "ClaimrecError",
    "Corpus",
    "CountClaim",
    "Document",
    "Estimate",
    "Event",
    "EventMatching",
    "EventMention",
    "EventView",
    "Finding",
    "Lexicon",
    "Match",
    "Matcher",
    "Quantity",
    "Report",
    "Resolution",
    "ResponsibilityClaim",
    "Settings",
    "__version__",
    "build_graph",
    "extract_all",
    "extract_claims",
    "load",
    "load_claims",
    "match_events",
    "reconcile",
    "reconcile_claims",
    "resolve_claims",
    "testing",
]
