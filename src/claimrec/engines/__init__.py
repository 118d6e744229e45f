"""
How the work runs, never what it computes: one process, worker processes, Spark.

The work is specified once, by ``claimrec.reconcile``: extract (``claimrec.extract``),
match (``claimrec.match.match_events``: profiles, blocking, matchers, constrained
average linkage) and resolve (``claimrec.resolve.resolve``), written with the one
``claimrec.report.codec``. A backend only decides where that runs:

- ``local``: this process, or worker processes for extraction and resolution
  (``resolve_in_processes``; ``fork`` or ``spawn``); the result never depends on
  the process count or the start method.
- ``claims``: the claim path is the article path fed with claims that already exist
  (``reconcile_claims``). A claim row carries its mention (place, date, precision,
  kind), its sentence and its span, and may carry its document's ``published``,
  ``outlet`` and ``title`` (``Dateline``); ``documents_of_claims`` rebuilds, for every
  document known only by its claims, a text that holds each sentence at the offset
  its spans point to, so the resolver reads what it reads on the article path.
  When the rows carry the document's lead, the matcher's profile reads only what
  the main-event reader reads on the article path, its title and lead
  (``claimrec.link.rows``), and takes counts, kinds, actors and resolved places
  and days from its claims' mentions, as on the article path. Where a row carries
  less (no lead, no title, no sentence, no span), the result degrades (less
  evidence), it does not change engine.
- ``claimrec.spark``: the same functions, run by PySpark.
"""

from claimrec.engines.claims import (
    DOCUMENT_FIELDS,
    MAX_TEXT,
    Dateline,
    dateline_of_row,
    datelines_of_rows,
    documents_of_claims,
    merge_dateline,
    reconcile_claims,
    resolution_groups,
    sentence_offset,
)
from claimrec.engines.local import MIN_PARALLEL, resolve_in_processes

__all__ = [
    "DOCUMENT_FIELDS",
    "MAX_TEXT",
    "MIN_PARALLEL",
    "Dateline",
    "dateline_of_row",
    "datelines_of_rows",
    "documents_of_claims",
    "merge_dateline",
    "reconcile_claims",
    "resolution_groups",
    "resolve_in_processes",
    "sentence_offset",
]
