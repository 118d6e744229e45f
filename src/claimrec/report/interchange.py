"""
View: a report in other people's shapes — schema.org ClaimReview and Wikidata statements.

**ClaimReview** (``to_claimreview``): one JSON-LD object per finding. ``claimReviewed``
states the slot ("How many us were injured in the missile attack at Ain al-Asad air base
on 2024-01-20?"), ``itemReviewed`` is a ``Claim`` whose ``appearance`` lists each claim
of the slot as the article it appeared in (headline, outlet, date, the sentence, who
said it; a sentence over 1,000 characters as a bounded excerpt around the claim, as in
the report's JSON), and ``reviewRating`` carries the verdict as ``alternateName``. The rating
measures **agreement among the sources**, not truth: 3 consistent, 2 evolving,
1 conflicting.

**Wikidata-shaped statements** (``to_statements``): the JSON of ``wbgetentities``, one
entity per event, one statement per count or responsibility claim about it:

- the main snak is a ``quantity`` with ``amount`` (the lowest count the claim allows, or
  the stated figure of an approximate one), ``lowerBound`` and ``upperBound`` (left out
  when the claim is open-ended, as in "at least ten"), unit ``"1"``;
- qualifiers: point in time (P585, the event's date), the group (``claimrec:group``),
  the scope (``claimrec:scope``), the words as written (P1932, "stated as");
- one reference per claim: its attribution chain, outermost first, as author name
  strings (P2093), the attribution kind, the quote (P1683), the publication date (P577),
  the URL (P854), the outlet and the document id;
- the rank follows the verdict: a superseded claim is ``deprecated``; in a consistent or
  evolving slot the claims that state the consensus exactly are ``preferred``; everything
  else, including every claim of a conflicting slot, is ``normal``.

Property ids are Wikidata's where one with a fitting datatype exists (P1120 number of
deaths, P1339 number of injured, P585, P1932, P2093, P1683, P577, P854); the rest are
``claimrec:`` names (listed in ``PROPERTIES``), because Wikidata's counterparts take
items that claimrec cannot know.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from claimrec.errors import InvalidValueError
from claimrec.model import (
    Claim,
    CountClaim,
    Document,
    Event,
    Finding,
    Quantity,
    ResponsibilityClaim,
)
from claimrec.report.excerpt import SENTENCE_LIMIT, SentenceLocator, excerpt
from claimrec.report.page import finding_anchor
from claimrec.report.safety import safe_url, script_json

if TYPE_CHECKING:
    from claimrec.report.core import Report

__all__ = ["PROPERTIES", "RATINGS", "claimreview_script", "to_claimreview", "to_statements"]

#: The property of each statement part; measures without a Wikidata property use ``claimrec:<measure>``.
PROPERTIES: Final[Mapping[str, str]] = {
    "killed": "P1120",
    "injured": "P1339",
    "responsibility": "claimrec:responsibility",
    "point_in_time": "P585",
    "stated_as": "P1932",
    "group": "claimrec:group",
    "scope": "claimrec:scope",
    "stance": "claimrec:stance",
    "author_name": "P2093",
    "attribution_kind": "claimrec:attribution_kind",
    "quote": "P1683",
    "publication_date": "P577",
    "reference_url": "P854",
    "outlet": "claimrec:outlet",
    "document": "claimrec:document",
}
#: ClaimReview rating per verdict: agreement among sources (worst 1, best 3), not truth.
RATINGS: Final[Mapping[str, int]] = {"conflicting": 1, "evolving": 2, "consistent": 3}
_GREGORIAN: Final = "http://www.wikidata.org/entity/Q1985727"


def _measure_property(measure: str) -> str:
    return PROPERTIES.get(measure, f"claimrec:{measure}")


# ----------------------------------------------------------------------------- ClaimReview


def _event_name(event: Event | None) -> str:
    if event is None:
        return "an unknown event"
    where = f" at {event.location}" if event.location else ""
    when = f" on {event.date.isoformat()}" if event.date else ""
    return f"the {event.kind or 'event'}{where}{when}"


def _question(finding: Finding, event: Event | None) -> str:
    if finding.measure == "responsibility":
        return f"Who carried out {_event_name(event)}?"
    return f"How many {finding.group} were {finding.measure} in {_event_name(event)}?"


def _said(claim: Claim) -> str:
    if isinstance(claim, CountClaim):
        return f"{claim.quantity} {claim.measure} ({claim.subject or claim.group})"
    if isinstance(claim, ResponsibilityClaim):
        actor = f" {claim.actor}" if claim.actor else ""
        return f"responsibility {claim.stance.replace('_', ' ')}{actor}"
    return claim.sentence


def _quote(claim: Claim, where: SentenceLocator) -> str:
    """The claim's sentence, or a bounded excerpt around its span when it is long."""
    if len(claim.sentence) <= SENTENCE_LIMIT:
        return claim.sentence
    at = where(claim)
    if at is None:
        return excerpt(claim.sentence, 0, 0)[0]
    return excerpt(claim.sentence, claim.span[0] - at, claim.span[1] - at)[0]


def _appearance(claim: Claim, doc: Document | None, where: SentenceLocator) -> dict[str, Any]:
    att = claim.attribution
    item: dict[str, Any] = {
        "@type": "NewsArticle",
        "identifier": claim.document,
        "text": _quote(claim, where),
        "description": _said(claim),
    }
    if doc is not None:
        if doc.title:
            item["headline"] = doc.title
        if safe_url(doc.url):
            item["url"] = safe_url(doc.url)
        if doc.published:
            item["datePublished"] = doc.published.isoformat()
        if doc.outlet:
            item["publisher"] = {"@type": "Organization", "name": doc.outlet}
    if att.chain or att.source:
        who = list(att.chain) or ([att.source] if att.source else [])
        item["creditText"] = " citing ".join(who)
    return item


def to_claimreview(report: Report, *, url: str | None = None) -> list[dict[str, Any]]:
    """
    One schema.org ``ClaimReview`` per finding, as JSON-LD-ready dicts.

    Args:
        report: The report.
        url: Where the HTML report page lives; each review's ``url`` is its finding's anchor.

    Returns:
        A list sorted like the report's findings (event, measure, group). Embed it in a
        page with ``claimreview_script``, never with a bare ``json.dumps``.

    Raises:
        InvalidValueError: *url* is not a plain ``http(s)`` URL.

    >>> import claimrec as cr
    >>> from claimrec.report import Report
    >>> from claimrec.resolve import resolve
    >>> from claimrec.testing import count_claim
    >>> claims = [count_claim(id="a", quantity=2, kind="media", source="Reuters"),
    ...           count_claim(id="b", quantity="several", kind="anonymous_official")]
    >>> res = resolve(claims, {"a": "ev-1", "b": "ev-1"})
    >>> report = Report(documents=(), events=(cr.Event(id="ev-1", kind="rocket attack"),),
    ...                 claims=res.claims, findings=res.findings,
    ...                 document_event={}, claim_event={"a": "ev-1", "b": "ev-1"})
    >>> review = to_claimreview(report, url="https://example.org/report.html")[0]
    >>> review["reviewRating"]["alternateName"], review["reviewRating"]["ratingValue"]
    ('conflicting', 1)
    >>> review["claimReviewed"]
    'How many people were injured in the rocket attack?'
    >>> review["url"]
    'https://example.org/report.html#finding-ev-1-injured-people'
    """
    page = safe_url(url) if url is not None else None
    if url is not None and page is None:
        msg = f"url must be a plain http(s) URL; got {url!r}"
        raise InvalidValueError(msg)
    events = {e.id: e for e in report.events}
    docs = {d.id: d for d in report.documents}
    where = SentenceLocator({d.id: d.text for d in report.documents}, report.claims)
    claims = {c.id: c for c in report.claims}
    out = []
    for f in sorted(report.findings, key=lambda f: (f.event, f.measure, f.group)):
        event = events.get(f.event)
        members = [claims[i] for i in f.claims if i in claims]
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "@id": f"urn:claimrec:{finding_anchor(f)}",
            "claimReviewed": _question(f, event),
            "author": {"@type": "Organization", "name": "claimrec"},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": RATINGS[f.verdict],
                "worstRating": 1,
                "bestRating": 3,
                "alternateName": f.verdict,
                "ratingExplanation": f.explanation,
            },
            "reviewBody": f.explanation,
            "itemReviewed": {
                "@type": "Claim",
                "appearance": [_appearance(c, docs.get(c.document), where) for c in members],
            },
        }
        if page:
            review["url"] = f"{page}#{finding_anchor(f)}"
        if f.consensus is not None:
            review["itemReviewed"]["description"] = f"consensus: {f.consensus}"
        dates = sorted(d.published for c in members if (d := docs.get(c.document)) and d.published)
        if dates:
            review["itemReviewed"]["firstAppearance"] = {
                "@type": "NewsArticle",
                "datePublished": dates[0].isoformat(),
            }
        if event is not None:
            about: dict[str, Any] = {
                "@type": "Event",
                "identifier": event.id,
                "name": _event_name(event).removeprefix("the "),
            }
            if event.date:
                about["startDate"] = event.date.isoformat()
            if event.location:
                about["location"] = {"@type": "Place", "name": event.location}
            review["itemReviewed"]["about"] = about
        out.append(review)
    return out


# ----------------------------------------------------------------------------- Wikidata


def claimreview_script(report: Report, *, url: str | None = None) -> str:
    """
    The report's ClaimReviews as one ``<script type="application/ld+json">`` block.

    The JSON goes through ``claimrec.report.safety.script_json``: ``<``, ``>`` and ``&``
    are escaped, so article text holding ``</script>`` cannot end the block.

    Raises:
        InvalidValueError: *url* is not a plain ``http(s)`` URL.

    >>> import claimrec as cr
    >>> doc = cr.Document("d1", "Two people were killed, police said. </script><script>x()")
    >>> block = claimreview_script(cr.reconcile([doc]))
    >>> block.startswith('<script type="application/ld+json">'), block.count("</script>")
    (True, 1)
    """
    body = script_json(to_claimreview(report, url=url), indent=2)
    return f'<script type="application/ld+json">\n{body}\n</script>'


def _signed(n: int) -> str:
    return f"+{n}" if n >= 0 else str(n)


def _quantity_value(q: Quantity) -> dict[str, Any]:
    value: dict[str, Any] = {"amount": _signed(q.low), "unit": "1"}
    upper = q.upper
    if upper is not None:
        value["lowerBound"] = _signed(q.lower)
        value["upperBound"] = _signed(upper)
    return value


def _snak(prop: str, datatype: str, value: Any) -> dict[str, Any]:  # noqa: ANN401 - JSON value
    kinds = {"quantity": "quantity", "time": "time", "monolingualtext": "monolingualtext"}
    return {
        "snaktype": "value",
        "property": prop,
        "datavalue": {"value": value, "type": kinds.get(datatype, "string")},
        "datatype": datatype,
    }


def _time(day: dt.date) -> dict[str, Any]:
    return {
        "time": f"+{day.isoformat()}T00:00:00Z",
        "timezone": 0,
        "before": 0,
        "after": 0,
        "precision": 11,
        "calendarmodel": _GREGORIAN,
    }


def _reference(claim: Claim, doc: Document | None, where: SentenceLocator) -> dict[str, Any]:
    att = claim.attribution
    snaks: dict[str, list[dict[str, Any]]] = {}

    def add(key: str, datatype: str, value: Any) -> None:  # noqa: ANN401 - JSON value
        prop = PROPERTIES[key]
        snaks.setdefault(prop, []).append(_snak(prop, datatype, value))

    for name in list(att.chain) or ([att.source] if att.source else []):
        add("author_name", "string", name)
    add("attribution_kind", "string", att.kind)
    if claim.sentence:
        add("quote", "monolingualtext", {"text": _quote(claim, where), "language": "en"})
    if doc is not None and doc.published:
        add("publication_date", "time", _time(doc.published))
    link = safe_url(doc.url) if doc is not None else None
    if link:
        add("reference_url", "url", link)
    if doc is not None and doc.outlet:
        add("outlet", "string", doc.outlet)
    add("document", "string", claim.document)
    return {"snaks": snaks, "snaks-order": list(snaks)}


def _rank(claim: Claim, finding: Finding | None) -> str:
    if "superseded" in claim.flags:
        return "deprecated"
    if (
        finding is not None
        and finding.verdict in {"consistent", "evolving"}
        and isinstance(claim, CountClaim)
        and finding.consensus is not None
        and claim.quantity.lower == finding.consensus.lower
        and claim.quantity.upper == finding.consensus.upper
    ):
        return "preferred"
    return "normal"


def _statement(
    claim: Claim,
    event: Event,
    finding: Finding | None,
    doc: Document | None,
    where: SentenceLocator,
) -> tuple[str, dict[str, Any]] | None:
    qualifiers: dict[str, list[dict[str, Any]]] = {}

    def qualify(key: str, datatype: str, value: Any) -> None:  # noqa: ANN401 - JSON value
        prop = PROPERTIES[key]
        qualifiers.setdefault(prop, []).append(_snak(prop, datatype, value))

    if isinstance(claim, CountClaim):
        prop = _measure_property(claim.measure)
        main = _snak(prop, "quantity", _quantity_value(claim.quantity))
        qualify("group", "string", claim.group)
        qualify("scope", "string", claim.scope)
        if claim.quantity.text:
            qualify("stated_as", "string", claim.quantity.text)
    elif isinstance(claim, ResponsibilityClaim):
        prop = PROPERTIES["responsibility"]
        main = (
            _snak(prop, "string", claim.actor)
            if claim.actor
            else {"snaktype": "novalue", "property": prop, "datatype": "string"}
        )
        qualify("stance", "string", claim.stance)
    else:
        return None
    day = event.date or claim.mention.date
    if day is not None:
        qualify("point_in_time", "time", _time(day))
    statement = {
        "id": f"{event.id}${claim.id}",
        "mainsnak": main,
        "type": "statement",
        "rank": _rank(claim, finding),
        "qualifiers": qualifiers,
        "qualifiers-order": list(qualifiers),
        "references": [_reference(claim, doc, where)],
    }
    return prop, statement


def _label(event: Event) -> str:
    return _event_name(event).removeprefix("the ")


def to_statements(report: Report) -> dict[str, Any]:
    """
    The report's claims as Wikidata-shaped entities: one per event, one statement per claim.

    Args:
        report: The report.

    Returns:
        ``{"entities": {event id: {"id", "type", "labels", "claims": {property: [statement]}}}}``,
        the shape of Wikidata's ``wbgetentities``.

    >>> import claimrec as cr
    >>> from claimrec.report import Report
    >>> from claimrec.resolve import resolve
    >>> from claimrec.testing import count_claim
    >>> claims = [count_claim(id="a", quantity=7, kind="organization", source="CENTCOM"),
    ...           count_claim(id="b", quantity="several", kind="vague", source="reports")]
    >>> res = resolve(claims, {"a": "ev-1", "b": "ev-1"})
    >>> report = Report(documents=(), events=(cr.Event(id="ev-1", date="2024-08-05"),),
    ...                 claims=res.claims, findings=res.findings,
    ...                 document_event={}, claim_event={"a": "ev-1", "b": "ev-1"})
    >>> entity = to_statements(report)["entities"]["ev-1"]
    >>> seven, several = entity["claims"]["P1339"]
    >>> seven["rank"], several["rank"]
    ('preferred', 'normal')
    >>> several["mainsnak"]["datavalue"]["value"]
    {'amount': '+3', 'unit': '1', 'lowerBound': '+3', 'upperBound': '+9'}
    >>> seven["qualifiers"]["P585"][0]["datavalue"]["value"]["time"]
    '+2024-08-05T00:00:00Z'
    >>> seven["references"][0]["snaks"]["P2093"][0]["datavalue"]["value"]
    'CENTCOM'
    """
    docs = {d.id: d for d in report.documents}
    where = SentenceLocator({d.id: d.text for d in report.documents}, report.claims)
    finding_of: dict[str, Finding] = {}
    for f in report.findings:
        for cid in f.claims:
            finding_of.setdefault(cid, f)
    entities: dict[str, Any] = {}
    for event in sorted(report.events, key=lambda e: e.id):
        statements: dict[str, list[dict[str, Any]]] = {}
        members: Sequence[Claim] = sorted(report.claims_of(event), key=lambda c: c.id)
        for claim in members:
            made = _statement(
                claim, event, finding_of.get(claim.id), docs.get(claim.document), where
            )
            if made is not None:
                prop, statement = made
                statements.setdefault(prop, []).append(statement)
        entities[event.id] = {
            "id": event.id,
            "type": "item",
            "labels": {"en": {"language": "en", "value": _label(event)}},
            "claims": dict(sorted(statements.items())),
        }
    return {"entities": entities}
