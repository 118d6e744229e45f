"""
Stage 4: the claim graph, a ``networkx.MultiDiGraph``; its schema is documented here and only here.

Nodes are keyed by stable string ids and carry a ``type``:

=============  =====================  ==================================================
type           key                    plain attributes
=============  =====================  ==================================================
``document``   the document id        ``label``, ``title``, ``published`` (ISO date or
                                      ""), ``outlet``, ``url``
``claim``      the claim id           ``label``, ``kind`` (``count`` | ``responsibility``),
                                      ``document``, ``sentence``, ``start``, ``end``,
                                      ``focus``, ``attribution_kind``, ``source``,
                                      ``flags`` (comma-separated); counts add
                                      ``measure``, ``subject``, ``group``, ``scope``,
                                      ``low``, ``high`` (-1 = unbounded),
                                      ``qualifier``, ``quantity``; responsibility
                                      claims add ``stance``, ``actor``
``source``     ``source:<name>``      ``label`` (the name as written, innermost
                                      spelling first seen), ``attribution_kind``
``event``      the event id           ``label``, ``location``, ``place``, ``date``
                                      (ISO or ""), ``kind``, ``documents`` (count)
=============  =====================  ==================================================

Every node also carries its attrs object under ``obj`` (a ``Document``,
``Claim``, ``Event`` or ``Attribution``); the exporters drop ``obj`` so GraphML
and node-link JSON hold plain types only (str, int, float, bool), open in
Gephi and load back into networkx.

Edges carry a ``type`` and are keyed by it:

===================  ======================  ============================================
type                 direction               attributes
===================  ======================  ============================================
``contains``         document → claim
``attributed_to``    claim → source          ``attribution_kind``
``cites``            source → source         outer relays inner ("AFP, citing a military
                                             source": ``source:afp`` → ``source:a
                                             military source``)
``about``            claim → event,          ``score`` (document → event: 1.0)
                     document → event
``match``            document → document     ``score``, ``explanation`` (the accepted
                                             pairwise evidence, left < right)
``consistent_with``  claim → claim           ``event``, ``measure``, ``group`` (from a
``conflicts_with``                           finding; one edge per ordered pair)
===================  ======================  ============================================
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import networkx as nx

from claimrec.match import EventMatching
from claimrec.model import Attribution, Claim, CountClaim, Document, Finding, ResponsibilityClaim

__all__ = [
    "build_graph",
    "from_graphml",
    "from_node_link",
    "plain_graph",
    "to_graphml",
    "to_node_link",
]

_OBJ = "obj"


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _source_id(name: str) -> str:
    return "source:" + " ".join(name.lower().split())


def _claim_attrs(claim: Claim) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "type": "claim",
        "label": claim.sentence[:80] or claim.id,
        "document": claim.document,
        "sentence": claim.sentence,
        "start": claim.span[0],
        "end": claim.span[1],
        "focus": claim.mention.focus,
        "attribution_kind": claim.attribution.kind,
        "source": claim.attribution.source or "",
        "flags": ",".join(claim.flags),
        _OBJ: claim,
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
    return attrs


def _add_sources(graph: nx.MultiDiGraph, claim: Claim) -> None:
    attribution: Attribution = claim.attribution
    chain = list(attribution.chain) or ([attribution.source] if attribution.source else [])
    if not chain:
        return
    ids = [_source_id(name) for name in chain]
    for name, node in zip(chain, ids, strict=True):
        if node not in graph:
            graph.add_node(
                node, type="source", label=name, attribution_kind=attribution.kind, obj=attribution
            )
    graph.add_edge(
        claim.id,
        ids[-1],
        key="attributed_to",
        type="attributed_to",
        attribution_kind=attribution.kind,
    )
    for outer, inner in itertools.pairwise(ids):
        if outer != inner:
            graph.add_edge(outer, inner, key="cites", type="cites")


def build_graph(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    matching: EventMatching,
    findings: Sequence[Finding] = (),
) -> nx.MultiDiGraph:
    """
    Build the claim graph (schema in this module's docstring).

    Args:
        documents: The documents.
        claims: Their claims.
        matching: The result of ``match_events`` over them.
        findings: Resolver findings; they add ``consistent_with`` / ``conflicts_with`` edges.

    Returns:
        A ``networkx.MultiDiGraph``.

    >>> from claimrec.match import match_events
    >>> doc = Document("d1", "A boy was shot Monday in Elgin.", published="2014-01-13")
    >>> g = build_graph([doc], [], match_events([doc]))
    >>> sorted(d["type"] for _, d in g.nodes(data=True))
    ['document', 'event']
    """
    graph = nx.MultiDiGraph(schema="claimrec.graph/1")
    for ev in matching.events:
        graph.add_node(
            ev.id,
            type="event",
            label=ev.location or ev.id,
            location=ev.location or "",
            place=ev.place or "",
            date=_iso(ev.date),
            kind=ev.kind or "",
            documents=len(ev.documents),
            obj=ev,
        )
    for doc in documents:
        graph.add_node(
            doc.id,
            type="document",
            label=doc.title or doc.id,
            title=doc.title or "",
            published=_iso(doc.published),
            outlet=doc.outlet or "",
            url=doc.url or "",
            obj=doc,
        )
        event = matching.document_event.get(doc.id)
        if event is not None:
            graph.add_edge(doc.id, event, key="about", type="about", score=1.0)
    for claim in claims:
        graph.add_node(claim.id, **_claim_attrs(claim))
        if claim.document in graph:
            graph.add_edge(claim.document, claim.id, key="contains", type="contains")
        event = matching.claim_event.get(claim.id)
        if event is not None:
            graph.add_edge(claim.id, event, key="about", type="about", score=1.0)
        _add_sources(graph, claim)
    for m in matching.matches:
        if m.left in graph and m.right in graph:
            graph.add_edge(
                m.left, m.right, key="match", type="match", score=m.score, explanation=m.explain()
            )
    for f in findings:
        edge = "conflicts_with" if f.verdict == "conflicting" else "consistent_with"
        pairs = f.conflicts if f.verdict == "conflicting" else (f.claims,)
        for group in pairs:
            for a in group:
                for b in group:
                    if a < b and a in graph and b in graph:
                        graph.add_edge(
                            a,
                            b,
                            key=edge,
                            type=edge,
                            event=f.event,
                            measure=f.measure,
                            group=f.group,
                        )
    return graph


def plain_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """
    A copy of *graph* without the attrs objects: only str, int, float and bool attributes.

    >>> g = nx.MultiDiGraph(); g.add_node("d", type="document", obj=object())
    >>> plain_graph(g).nodes["d"]
    {'type': 'document'}
    """
    plain = nx.MultiDiGraph(**{k: v for k, v in graph.graph.items() if _is_plain(v)})
    for node, data in graph.nodes(data=True):
        plain.add_node(node, **{k: v for k, v in data.items() if k != _OBJ and _is_plain(v)})
    for u, v, key, data in graph.edges(keys=True, data=True):
        plain.add_edge(u, v, key=key, **{k: x for k, x in data.items() if _is_plain(x)})
    return plain


def _is_plain(value: object) -> bool:
    return isinstance(value, str | int | float | bool)


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
