"""
Stage 2: read the count and responsibility claims of a document, with attribution and mention.

The extractor works sentence by sentence (page furniture is skipped). Every
count phrase found by the quantity scanner is read in its grammatical frame:

* ``passive``: a counted subject and a predicate, "Seven Americans were
  wounded", "17 to 40 missiles fired at the base", "two have been evacuated";
* ``active``: a verb before the count, "killing four members", "fired six
  rockets", "left two people dead", "claimed three lives";
* ``noun``: the count of a measure noun, "eight injuries", "three explosions",
  "two casualties" (killed and injured, each bounded above by the figure),
  "attacked 66 times";
* ``troops``: standing deployments, "There are nearly 2,500 American troops in Iraq".

Articles are not counts for the scanner; the extractor decides them from
grammar ("a member of Iraq's security forces was wounded" counts one injured,
"a U.S. official said" counts nothing). Negations ("no casualties", "no one was
hurt") are claims of zero. Responsibility has its own patterns (claimed,
blamed, denied, none_claimed). Each claim names the rule that made it in
``pattern``.

Shootings: in news "shot" covers the dead and the wounded. "N people were shot,
one fatally" counts N-1 injured and 1 killed; "shot dead" and "fatally shot" count
killed. "N people were shot" with no fatal share counts N *injured* when the
document counts no dead; when it counts K killed in the main event (K <= N), the
claim becomes N-K injured (pattern ``shot_minus_killed``). Counts that add to
victims already named ("four others were shot", "the other three") and single
victims are left as written.

Scope: running tallies ("since October", "so far this year") and tallies over
several events ("in seven separate shootings", "weekend shootings across the
city") are ``cumulative``; deployments are ``standing``; the rest are ``event``.

Layout of the package (each module private; the public names are the ones below):

* ``_engine``: the stage itself, :func:`extract` (public as ``claimrec.extract_claims``)
  and :func:`extract_all`, with the
  count readers, scope and the merging of rule hits;
* ``_mentions``: the one main-event reader, the event mention of each claim, place
  finding and :func:`normalize_place`;
* ``_rules``: the rule engine over the declarative rules of :mod:`claimrec.lang`;
* ``_attribution``: who a sentence or clause is attributed to;
* ``_responsibility``: claimed, denied and blamed, read by rules as data;
* ``_groups``: a count's group read with the people the text named before.

``claimrec.extract`` is this package, and ``claimrec.extract_claims`` its function for
one document. Calling the package itself, ``claimrec.extract(document)``, as that
function was called before, still works for one release and warns
(``DeprecationWarning``) to call ``claimrec.extract_claims(document)`` instead.

>>> from claimrec.extract import extract_claims
>>> from claimrec.model import Document
>>> [(c.measure, str(c.quantity)) for c in extract_claims(Document("d", "Two people were killed."))]
[('killed', '2')]
"""

from __future__ import annotations

import sys
import types
import warnings
from typing import TYPE_CHECKING

from claimrec.extract._engine import extract, extract_all
from claimrec.extract._engine import extract as extract_claims
from claimrec.extract._mentions import normalize_place

if TYPE_CHECKING:
    from claimrec.extract._rules import RuleSet
    from claimrec.lexicon import Lexicon
    from claimrec.model import Claim, Document

__all__ = ["extract", "extract_all", "extract_claims", "normalize_place"]


class _CallablePackage(types.ModuleType):
    """
    The ``claimrec.extract`` package, callable for one release as the old function was.

    ``claimrec.extract`` was the function :func:`extract_claims`, which hid this package;
    calling the package warns and then reads the document as ``extract_claims`` does.
    """

    def __call__(
        self, document: Document, *, lexicon: Lexicon | None = None, rules: RuleSet | None = None
    ) -> list[Claim]:
        """Warn that ``claimrec.extract(document)`` is deprecated, then extract the claims."""
        msg = (
            "calling claimrec.extract(document) is deprecated and stops working in the next "
            "release; call claimrec.extract_claims(document) instead"
        )
        warnings.warn(msg, DeprecationWarning, stacklevel=2)
        return extract_claims(document, lexicon=lexicon, rules=rules)


sys.modules[__name__].__class__ = _CallablePackage
