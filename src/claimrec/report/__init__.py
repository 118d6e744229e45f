"""
Stage 6: the Report, its JSON contract (``claimrec.report/1``), tables, frames and views.

- ``claimrec.report.core``: the ``Report`` (data and queries) and ``EventView``;
- ``claimrec.report.codec``: the public ``claimrec.report/1`` JSON codec every backend uses;
- views, each a function of a ``Report``: ``frames`` (pandas), ``text`` (the summary),
  ``notebook``, ``page`` (the HTML page), ``plot`` (matplotlib), ``interchange``
  (ClaimReview and Wikidata-shaped statements), with the colours defined once in ``theme``.
"""

from claimrec.report.codec import SCHEMA
from claimrec.report.core import EventView, Report

__all__ = ["SCHEMA", "EventView", "Report"]
