r"""
The claim graph of a report, a `networkx.MultiDiGraph`; its schema is documented here and only here.

Schema `claimrec.graph/3` (the graph attribute `schema`). Node ids are namespaced
by type, `<type>:<id>`, so no document, claim, source or event id can overwrite a
node of another type (a document named `x:c1` is `document:x:c1`, the claim
`x:c1` is `claim:x:c1`). `node_id(type, id)` builds them.

| type | node id | plain attributes |
|---|---|---|
| `document` | `document:<id>` | `object_id`, `label`, `title`, `published` (ISO date or ""), `outlet`, `url` |
| `claim` | `claim:<id>` | `object_id`, `label`, `kind` (`count` or `responsibility`), `document` (its id), `sentence` (a sentence longer than `report.excerpt.SENTENCE_LIMIT` characters as the JSON report writes it: a bounded excerpt around the claim, cut ends marked `…`), `start`, `end`, `focus`, `attribution_kind`, `source`, `flags` (comma-separated); counts add `measure`, `subject`, `group`, `scope`, `low`, `high` (-1 = unbounded), `qualifier`, `quantity`; responsibility claims add `stance`, `actor` |
| `source` | `source:<name>` | `object_id` (the name, lower-cased, spaces collapsed), `label` (the name as first written), `attribution_kind` |
| `event` | `event:<id>` | `object_id`, `label`, `location`, `place`, `date` (ISO or ""), `kind`, `documents` (count) |
| `finding` | `finding:<event>/<measure>/<group>` | `object_id`, `label`, `event`, `measure`, `group`, `verdict`, `consensus` (the quantity as text, or ""), `claims` (count) |

Every node also carries `type`. Attributes are plain values only (str, int, float,
bool), so networkx's own writers work on the graph as it is:
`nx.write_graphml(report.graph, path)` and `nx.node_link_data(report.graph)`.
Characters XML 1.0 forbids (NUL and other C0 controls but tab, newline and carriage
return; lone surrogates; U+FFFE, U+FFFF) are written as their Python escape (`\x00`,
`\x1b`, `\ud800`, `\ufffe`) in every id and string, so GraphML is
well-formed and reads back.

The attrs objects are reachable through the graph's `objects` mapping, node id ->
`Document`, `Claim`, `Event`, `Finding` or (for a source) the first `Attribution` that
named it: `report.graph.objects["claim:x:c1"]`. It is an attribute of the graph
object, not of a node, so exporters never see it (a `copy()` or a subgraph starts
with an empty mapping).

Edges carry a `type` and are keyed by it:

| type | direction | attributes |
|---|---|---|
| `contains` | document → claim | |
| `attributed_to` | claim → source | `attribution_kind` |
| `cites` | source → source | outer relays inner ("AFP, citing a military source": `source:afp` → `source:a military source`) |
| `about` | claim → event, document → event | `score` (document → event: 1.0) |
| `match` | document → document | `score`, `explanation` (the accepted pairwise evidence, left < right) |
| `about` | finding → event | `score` (1.0) |
| `in_finding` | claim → finding | (every claim the finding weighed) |
| `conflicts_with` | claim → claim | `event`, `measure`, `group` (one edge per pair, smaller id first, within each of the finding's smallest sets of claims that cannot all hold) |

A finding is a node rather than edges between all its claims, so the graph grows
linearly with the claims: the claims consistent with `claim:c1` are the other
claims `in_finding` of its findings whose `verdict` is `consistent`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Final

import networkx as nx

from claimrec import _checks
from claimrec.errors import InvalidValueError
from claimrec.match import EventMatching
from claimrec.model import (
    Attribution,
    Claim,
    CountClaim,
    Document,
    Event,
    Finding,
    ResponsibilityClaim,
)
from claimrec.report.excerpt import SENTENCE_LIMIT, SentenceLocator, excerpt

__all__ = [
    "NODE_TYPES",
    "SCHEMA",
    "ClaimGraph",
    "build_graph",
    "from_graphml",
    "from_node_link",
    "node_id",
    "plain_graph",
    "to_graphml",
    "to_node_link",
]

#: The graph attribute ``schema`` of every graph ``build_graph`` makes.
SCHEMA: Final = "claimrec.graph/3"
#: The node types, each the prefix of its node ids.
NODE_TYPES: Final = ("document", "claim", "source", "event", "finding")

#: Characters XML 1.0 does not allow in a document, escaped or not.
_XML_INVALID: Final = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    r"""*text* with every XML-invalid character written as its Python escape (``\x00``)."""
    if _XML_INVALID.search(text) is None:
        return text
    return _XML_INVALID.sub(lambda m: ascii(m.group())[1:-1], text)


def node_id(node_type: str, key: str) -> str:
    """
    The graph's node id of a document, claim, source or event.

    Sources are keyed by their name lower-cased with spaces collapsed; ids keep their case.

    Raises:
        InvalidValueError: *node_type* is not one of ``NODE_TYPES``.

    >>> node_id("claim", "x:c1"), node_id("source", "  The  Pentagon")
    ('claim:x:c1', 'source:the pentagon')
    """
    if node_type not in NODE_TYPES:
        msg = f"node_type must be one of {', '.join(NODE_TYPES)}; got {node_type!r}"
        raise InvalidValueError(msg)
    if node_type == "source":
        key = " ".join(key.lower().split())
    return f"{node_type}:{_xml_safe(key)}"


class ClaimGraph(nx.MultiDiGraph):  # type: ignore[misc]  # networkx ships no type information
    """
    The claim graph: a ``networkx.MultiDiGraph`` with plain node attributes and ``objects``.

    ``objects`` maps node ids to the attrs objects they stand for; it is not part of
    the graph's data, so every networkx algorithm and writer sees plain values only.

    >>> g = ClaimGraph(); g.add_node("document:a", type="document")
    >>> g.objects["document:a"] = Document("a", "text"); g.objects["document:a"].id
    'a'
    """

    def __init__(self, incoming_graph_data: Any = None, **attr: Any) -> None:  # noqa: ANN401 - as networkx
        super().__init__(incoming_graph_data, **attr)
        self.objects: dict[str, Document | Claim | Event | Finding | Attribution] = {}

    def __repr__(self) -> str:
        """
        One line of counts, as ``Report`` and ``Corpus`` show themselves.

        >>> ClaimGraph([("document:a", "claim:c1")])
        ClaimGraph(<2 nodes>, <1 edges>)
        """
        return f"ClaimGraph(<{self.number_of_nodes()} nodes>, <{self.number_of_edges()} edges>)"


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _plain(**attrs: object) -> dict[str, Any]:
    """Node or edge attributes with every string made XML-safe."""
    return {k: _xml_safe(v) if isinstance(v, str) else v for k, v in attrs.items()}


def _shown_sentence(claim: Claim, where: SentenceLocator) -> str:
    """The claim's sentence, or for one longer than ``SENTENCE_LIMIT`` a bounded excerpt."""
    sentence = claim.sentence
    if len(sentence) <= SENTENCE_LIMIT:
        return sentence
    at = where(claim)
    start, end = (claim.span[0] - at, claim.span[1] - at) if at is not None else (0, 0)
    return excerpt(sentence, start, end)[0]


def _claim_attrs(claim: Claim, sentence: str) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "type": "claim",
        "object_id": claim.id,
        "label": sentence[:80] or claim.id,
        "document": claim.document,
        "sentence": sentence,
        "start": claim.span[0],
        "end": claim.span[1],
        "focus": claim.mention.focus,
        "attribution_kind": claim.attribution.kind,
        "source": claim.attribution.source or "",
        "flags": ",".join(claim.flags),
    }
    if isinstance(claim, CountClaim):
        q = claim.quantity
        attrs.update(
            kind="count",
            measure=claim.measure,
            subject=claim.subject,
            group=claim.group,
            scope=claim.scope,
            low=q.low,
            high=-1 if q.high is None else q.high,
            qualifier=q.qualifier,
            quantity=str(q),
        )
    elif isinstance(claim, ResponsibilityClaim):
        attrs.update(kind="responsibility", stance=claim.stance, actor=claim.actor or "")
    else:
        attrs.update(kind="claim")
    return _plain(**attrs)


def _add_sources(graph: ClaimGraph, claim: Claim, claim_node: str) -> None:
    attribution: Attribution = claim.attribution
    chain = list(attribution.chain) or ([attribution.source] if attribution.source else [])
    if not chain:
        return
    ids = [node_id("source", name) for name in chain]
    for name, node in zip(chain, ids, strict=True):
        if node not in graph:
            graph.add_node(
                node,
                **_plain(
                    type="source",
                    object_id=" ".join(name.lower().split()),
                    label=name,
                    attribution_kind=attribution.kind,
                ),
            )
            graph.objects[node] = attribution
    graph.add_edge(
        claim_node,
        ids[-1],
        key="attributed_to",
        type="attributed_to",
        attribution_kind=attribution.kind,
    )
    for outer, inner in itertools.pairwise(ids):
        if outer != inner:
            graph.add_edge(outer, inner, key="cites", type="cites")


def _check_inputs(documents: object, claims: object, matching: object, findings: object) -> None:
    _checks.sequence(documents, Document, "build_graph() documents")
    _checks.sequence(claims, Claim, "build_graph() claims")
    _checks.require(matching, EventMatching, "build_graph() matching")
    _checks.sequence(findings, Finding, "build_graph() findings")


def _add_events_and_documents(
    graph: ClaimGraph, documents: Sequence[Document], matching: EventMatching
) -> None:
    for ev in matching.events:
        node = node_id("event", ev.id)
        graph.add_node(
            node,
            **_plain(
                type="event",
                object_id=ev.id,
                label=ev.location or ev.id,
                location=ev.location or "",
                place=ev.place or "",
                date=_iso(ev.date),
                kind=ev.kind or "",
                documents=len(ev.documents),
            ),
        )
        graph.objects[node] = ev
    for doc in documents:
        node = node_id("document", doc.id)
        graph.add_node(
            node,
            **_plain(
                type="document",
                object_id=doc.id,
                label=doc.title or doc.id,
                title=doc.title or "",
                published=_iso(doc.published),
                outlet=doc.outlet or "",
                url=doc.url or "",
            ),
        )
        graph.objects[node] = doc
        event = matching.document_event.get(doc.id)
        if event is not None:
            graph.add_edge(node, node_id("event", event), key="about", type="about", score=1.0)


def _add_claims(
    graph: ClaimGraph,
    claims: Sequence[Claim],
    matching: EventMatching,
    texts: dict[str, str],
) -> None:
    where = SentenceLocator(texts, claims)
    for claim in claims:
        node = node_id("claim", claim.id)
        graph.add_node(node, **_claim_attrs(claim, _shown_sentence(claim, where)))
        graph.objects[node] = claim
        document = node_id("document", claim.document)
        if document in graph:
            graph.add_edge(document, node, key="contains", type="contains")
        event = matching.claim_event.get(claim.id)
        if event is not None:
            graph.add_edge(node, node_id("event", event), key="about", type="about", score=1.0)
        _add_sources(graph, claim, node)


def _finding_id(f: Finding) -> str:
    return f"{f.event}/{f.measure}/{f.group}"


def _add_findings(graph: ClaimGraph, findings: Sequence[Finding]) -> None:
    for f in findings:
        node = node_id("finding", _finding_id(f))
        graph.add_node(
            node,
            **_plain(
                type="finding",
                object_id=_finding_id(f),
                label=f"{f.measure} ({f.group}): {f.verdict}",
                event=f.event,
                measure=f.measure,
                group=f.group,
                verdict=f.verdict,
                consensus="" if f.consensus is None else str(f.consensus),
                claims=len(f.claims),
            ),
        )
        graph.objects[node] = f
        event = node_id("event", f.event)
        if event in graph:
            graph.add_edge(node, event, key="about", type="about", score=1.0)
        for claim in f.claims:
            if (u := node_id("claim", claim)) in graph:
                graph.add_edge(u, node, key="in_finding", type="in_finding")
        attrs = _plain(type="conflicts_with", event=f.event, measure=f.measure, group=f.group)
        for group in f.conflicts:
            for a, b in itertools.combinations(sorted(set(group)), 2):
                u, v = node_id("claim", a), node_id("claim", b)
                if u in graph and v in graph:
                    graph.add_edge(u, v, key="conflicts_with", **attrs)


def build_graph(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    matching: EventMatching,
    findings: Sequence[Finding] = (),
) -> ClaimGraph:
    """
    Build the claim graph (schema in this module's docstring).

    Args:
        documents: The documents.
        claims: Their claims.
        matching: The result of ``match_events`` over them.
        findings: Resolver findings; they add ``finding`` nodes and ``conflicts_with`` edges.

    Returns:
        A ``ClaimGraph`` (a ``networkx.MultiDiGraph``) with plain attributes.

    Raises:
        InvalidTypeError: An argument is not what it should be.

    >>> from claimrec.match import match_events
    >>> doc = Document("d1", "A boy was shot Monday in Fairhaven.", published="2014-01-13")
    >>> g = build_graph([doc], [], match_events([doc]))
    >>> sorted(g.nodes)[1], g.nodes["document:d1"]["type"], g.objects["document:d1"].id
    ('event:...', 'document', 'd1')
    """
    _check_inputs(documents, claims, matching, findings)
    graph = ClaimGraph(schema=SCHEMA)
    _add_events_and_documents(graph, documents, matching)
    _add_claims(graph, claims, matching, {d.id: d.text for d in documents})
    for m in matching.matches:
        u, v = node_id("document", m.left), node_id("document", m.right)
        if u in graph and v in graph:
            graph.add_edge(
                u, v, key="match", **_plain(type="match", score=m.score, explanation=m.explain())
            )
    _add_findings(graph, findings)
    return graph


def plain_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    r"""
    A copy of any multigraph that GraphML and JSON take: plain attributes, XML-safe text.

    Attributes that are not str, int, float or bool are dropped, and XML-invalid
    characters in string ids and values are escaped. A graph from ``build_graph``
    already is plain; this serves graphs a user has added to.

    >>> g = nx.MultiDiGraph(); g.add_node("d\x00", type="document", obj=object())
    >>> dict(plain_graph(g).nodes(data=True))
    {'d\\x00': {'type': 'document'}}
    """
    plain = nx.MultiDiGraph(**_plain_attrs(graph.graph))
    for node, data in graph.nodes(data=True):
        plain.add_node(_plain_id(node), **_plain_attrs(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        plain.add_edge(_plain_id(u), _plain_id(v), key=_plain_id(key), **_plain_attrs(data))
    return plain


def _plain_id(value: Any) -> Any:  # noqa: ANN401 - node ids and keys are any hashable
    return _xml_safe(value) if isinstance(value, str) else value


def _plain_attrs(data: dict[str, Any]) -> dict[str, Any]:
    return {
        _xml_safe(k): _xml_safe(v) if isinstance(v, str) else v
        for k, v in data.items()
        if isinstance(v, str | int | float | bool)
    }


def to_graphml(graph: nx.MultiDiGraph, path_or_buffer: str | Path | IO[bytes]) -> None:
    """
    Write *graph* as GraphML (networkx's XML writer escapes the text).

    Args:
        graph: A graph from ``build_graph``.
        path_or_buffer: A file path or a binary file object.

    >>> import io
    >>> buf = io.BytesIO(); g = nx.MultiDiGraph(); g.add_node("d", type="document", title="A & B")
    >>> to_graphml(g, buf); b"A &amp; B" in buf.getvalue()
    True
    """
    target = str(path_or_buffer) if isinstance(path_or_buffer, Path) else path_or_buffer
    nx.write_graphml(plain_graph(graph), target)


def from_graphml(path_or_buffer: str | Path | IO[bytes]) -> nx.MultiDiGraph:
    """
    Read a graph written by ``to_graphml``.

    >>> import io
    >>> buf = io.BytesIO(); g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", key="cites", type="cites")
    >>> to_graphml(g, buf); _ = buf.seek(0)
    >>> list(from_graphml(buf).edges(keys=True))
    [('a', 'b', 'cites')]
    """
    source = str(path_or_buffer) if isinstance(path_or_buffer, Path) else path_or_buffer
    graph = nx.read_graphml(source, force_multigraph=True)
    return nx.MultiDiGraph(graph)


def to_node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """
    The graph as node-link data (JSON-ready: plain attributes only).

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", key="cites", type="cites")
    >>> sorted(to_node_link(g))
    ['directed', 'graph', 'links', 'multigraph', 'nodes']
    """
    data: dict[str, Any] = nx.node_link_data(plain_graph(graph), edges="links")
    json.dumps(data)  # fail here, not in the caller, if anything is not JSON-ready
    return data


def from_node_link(data: dict[str, Any]) -> nx.MultiDiGraph:
    """
    Rebuild a graph from ``to_node_link`` output.

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", key="cites", type="cites")
    >>> list(from_node_link(to_node_link(g)).edges(keys=True))
    [('a', 'b', 'cites')]
    """
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    return nx.MultiDiGraph(graph)
