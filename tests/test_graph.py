"""Tests for claimrec.graph: schema, findings edges, GraphML and node-link round trips."""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.errors import InvalidTypeError, InvalidValueError
from claimrec.graph import (
    SCHEMA,
    ClaimGraph,
    build_graph,
    from_graphml,
    from_node_link,
    node_id,
    plain_graph,
    to_graphml,
    to_node_link,
)
from claimrec.match import match_events
from claimrec.model import Claim, Document, Event, Finding
from claimrec.testing import count_claim, responsibility_claim

PLAIN = str | int | float | bool
HOSTILE = "a\x00b\x1bc\ufffed\ud800e\uffff f\x7f"


def sample() -> nx.MultiDiGraph:
    docs = [
        Document(
            "d1",
            "Rockets hit Ain al-Asad on Monday.",
            title="Rockets <hit> base & more",
            published="2024-08-06",
        ),
        Document(
            "d2",
            "Seven Americans were wounded Monday at Ain al-Asad.",
            title="Seven hurt",
            published="2024-08-06",
        ),
    ]
    claims = [
        count_claim(
            id="c1",
            document="d1",
            quantity=7,
            kind="media",
            source="a military source",
            chain=("AFP", "a military source"),
            sentence='He said "seven" <b>hurt</b>',
        ),
        count_claim(
            id="c2", document="d2", quantity=5, kind="anonymous_official", source="a US official"
        ),
        responsibility_claim(id="c3", document="d2"),
    ]
    matching = match_events(docs, claims)
    findings = [
        Finding(
            event=matching.document_event["d1"],
            measure="injured",
            group="people",
            verdict="conflicting",
            claims=("c1", "c2"),
            conflicts=(("c1", "c2"),),
        )
    ]
    return build_graph(docs, claims, matching, findings)


class TestClaimGraph:
    def test_repr_says_what_it_is_and_how_big(self) -> None:
        """repr() of a report's graph is one line with its node and edge counts, not an address."""
        g = sample()

        text = repr(g)

        assert text == f"ClaimGraph(<{g.number_of_nodes()} nodes>, <{g.number_of_edges()} edges>)"
        assert str(g).startswith("ClaimGraph with ")


class TestBuildGraph:
    def test_nodes_are_typed(self) -> None:
        """Documents, claims, sources and events each carry their type."""
        g = sample()

        types = {n: d["type"] for n, d in g.nodes(data=True)}

        assert types["document:d1"] == "document"
        assert types["claim:c1"] == "claim"
        assert types["source:afp"] == "source"
        assert sum(t == "event" for t in types.values()) >= 1
        assert all(n.startswith(f"{t}:") for n, t in types.items())
        assert g.graph["schema"] == SCHEMA

    def test_edges_follow_the_schema(self) -> None:
        """contains, attributed_to, cites, about, in_finding and conflicts_with edges are present."""
        g = sample()

        edges = {(u, v, k) for u, v, k in g.edges(keys=True)}

        assert ("document:d1", "claim:c1", "contains") in edges
        assert ("claim:c1", "source:a military source", "attributed_to") in edges
        assert ("source:afp", "source:a military source", "cites") in edges
        assert any(u == "claim:c1" and k == "about" and v.startswith("event:") for u, v, k in edges)
        assert ("claim:c1", "claim:c2", "conflicts_with") in edges
        finding = next(n for n, d in g.nodes(data=True) if d["type"] == "finding")
        assert {("claim:c1", finding, "in_finding"), ("claim:c2", finding, "in_finding")} <= edges
        assert g.nodes[finding]["verdict"] == "conflicting"
        assert isinstance(g.objects[finding], Finding)

    def test_a_finding_is_one_node_so_the_graph_grows_linearly(self) -> None:
        """A consistent finding over n claims adds n edges to its node, not n*(n-1)/2 pairs."""
        n = 200
        doc = Document("d1", "Rockets hit Ain al-Asad on Monday.")
        claims = [count_claim(id=f"c{i}", document="d1", quantity=7) for i in range(n)]
        matching = match_events([doc], claims)
        finding = Finding(
            event=matching.document_event["d1"],
            measure="injured",
            group="people",
            verdict="consistent",
            claims=tuple(c.id for c in claims),
        )

        g = build_graph([doc], claims, matching, [finding])

        kinds = [k for *_, k in g.edges(keys=True)]
        assert kinds.count("in_finding") == n
        assert "conflicts_with" not in kinds
        assert g.number_of_edges() < 5 * n

    def test_node_attributes_are_plain_and_objects_are_in_a_mapping(self) -> None:
        """Nodes hold only str/int/float/bool; graph.objects maps each node to its attrs object."""
        g = sample()

        values = [v for _, data in g.nodes(data=True) for v in data.values()]
        edge_values = [v for *_, data in g.edges(keys=True, data=True) for v in data.values()]

        assert all(isinstance(v, PLAIN) for v in values + edge_values)
        assert isinstance(g, ClaimGraph)
        assert isinstance(g.objects["claim:c1"], Claim)
        assert g.objects["document:d1"].title == "Rockets <hit> base & more"
        assert g.nodes["claim:c1"]["object_id"] == "c1"
        assert set(g.objects) == set(g.nodes)

    def test_plain_graph_drops_objects_a_user_added(self) -> None:
        """plain_graph keeps plain types only, for graphs a user has added objects to."""
        g = sample()
        g.add_node("mine", type="note", obj=object())

        plain = plain_graph(g)

        assert plain.nodes["mine"] == {"type": "note"}

    def test_ids_of_one_type_cannot_overwrite_nodes_of_another(self) -> None:
        """A document named like a claim id or a source node stays its own node."""
        docs = [
            Document("x", "Two people were killed, police said."),
            Document("x:c1", "Three people were hurt."),
            Document("source:police", "Four were hurt."),
        ]
        claims = [count_claim(id="x:c1", document="x", source="police", kind="organization")]

        g = build_graph(docs, claims, match_events(docs, claims))

        assert g.nodes["document:x:c1"]["type"] == "document"
        assert g.nodes["claim:x:c1"]["type"] == "claim"
        assert g.nodes["document:source:police"]["type"] == "document"
        assert g.nodes["source:police"]["type"] == "source"
        assert sum(d["type"] == "document" for _, d in g.nodes(data=True)) == 3

    def test_node_id_names_each_type(self) -> None:
        """node_id builds the namespaced id and refuses unknown types."""
        assert node_id("event", "ev-1") == "event:ev-1"
        with pytest.raises(InvalidValueError, match="node_type"):
            node_id("person", "x")

    def test_arguments_of_the_wrong_type_are_typed_errors(self) -> None:
        """build_graph names the argument that is not what it should be."""
        doc = Document("d", "text")

        with pytest.raises(InvalidTypeError, match="documents"):
            build_graph(["d"], [], match_events([doc]))
        with pytest.raises(InvalidTypeError, match="matching"):
            build_graph([doc], [], {})


class TestGraphML:
    def test_round_trip_keeps_nodes_edges_and_escaped_text(self) -> None:
        """GraphML written and read back has the same nodes, typed edges and text with <, & and quotes."""
        g = sample()
        buf = io.BytesIO()

        to_graphml(g, buf)
        buf.seek(0)
        back = from_graphml(buf)

        assert set(back.nodes) == set(g.nodes)
        assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True))
        assert back.nodes["document:d1"]["title"] == "Rockets <hit> base & more"
        assert back.nodes["claim:c1"]["sentence"] == 'He said "seven" <b>hurt</b>'

    def test_file_path_is_accepted(self, tmp_path) -> None:
        """A path works as well as a buffer."""
        path = tmp_path / "g.graphml"

        to_graphml(sample(), path)

        assert from_graphml(path).number_of_nodes() == sample().number_of_nodes()


class TestNodeLink:
    def test_round_trip_through_json(self) -> None:
        """Node-link data survives json.dumps/loads and rebuilds the same graph."""
        g = sample()

        data = json.loads(json.dumps(to_node_link(g)))
        back = from_node_link(data)

        assert set(back.nodes) == set(g.nodes)
        assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True))
        assert back.nodes["claim:c1"]["low"] == 7


def hostile_report() -> cr.Report:
    doc = cr.Document(
        f"doc{HOSTILE.replace(chr(0xD800), '')}",
        f"Two people were killed {HOSTILE}, police said.",
        title=f"Title {HOSTILE}",
        outlet=HOSTILE,
        published="2024-03-02",
    )
    return cr.reconcile([doc])


class TestNetworkxWriters:
    def test_write_graphml_of_a_report_graph_works_and_reads_back(self, tmp_path) -> None:
        """networkx's own GraphML writer takes report.graph as it is, and the file reads back."""
        report = cr.reconcile(
            [cr.Document("a", "Two people were killed on Monday in Kano, police said.")]
        )
        path = tmp_path / "g.graphml"

        nx.write_graphml(report.graph, path)
        back = nx.read_graphml(path, force_multigraph=True)

        assert set(back.nodes) == set(report.graph.nodes)
        assert back.number_of_edges() == report.graph.number_of_edges()

    def test_node_link_json_of_a_report_graph_round_trips(self) -> None:
        """nx.node_link_data of report.graph is JSON as it is, and rebuilds the graph."""
        graph = hostile_report().graph

        data = json.loads(json.dumps(nx.node_link_data(graph, edges="links")))
        back = nx.node_link_graph(data, edges="links")

        assert set(back.nodes) == set(graph.nodes)

    def test_xml_invalid_characters_leave_graphml_well_formed(self, tmp_path) -> None:
        """NUL, ESC, U+FFFE, U+FFFF and lone surrogates in ids and text are escaped, not written raw."""
        graph = hostile_report().graph
        path = tmp_path / "g.graphml"

        nx.write_graphml(graph, path)
        ET.parse(path)  # noqa: S314 - our own file, parsed to prove it is well-formed
        back = nx.read_graphml(path, force_multigraph=True)

        doc = next(n for n, d in back.nodes(data=True) if d["type"] == "document")
        assert doc == "document:doc" + "a\\x00b\\x1bc\\ufffede\\uffff f\x7f"
        # reconcile replaces a lone surrogate with U+FFFD at ingest; the rest is escaped
        assert back.nodes[doc]["outlet"] == "a\\x00b\\x1bc\\ufffed\ufffde\\uffff f\x7f"
        assert back.nodes[doc]["title"].startswith("Title a\\x00b")
        assert graph.objects[doc].outlet == HOSTILE.replace("\ud800", "\ufffd")

    def test_exports_of_this_module_escape_too(self) -> None:
        """to_graphml of a report graph with hostile text gives bytes an XML parser accepts."""
        buf = io.BytesIO()

        to_graphml(hostile_report().graph, buf)

        ET.fromstring(buf.getvalue())  # noqa: S314 - our own bytes, parsed to prove they are well-formed

    def test_event_objects_are_reachable(self) -> None:
        """Every event node maps to its Event."""
        graph = hostile_report().graph

        events = [n for n, d in graph.nodes(data=True) if d["type"] == "event"]

        assert events
        assert all(isinstance(graph.objects[n], Event) for n in events)


# --------------------------------------------------------------------------- fuzz (opt-in)

_FUZZ_EXAMPLES = int(os.environ.get("CLAIMREC_FUZZ_EXAMPLES", "2000"))
_ANY_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), min_size=1, max_size=30
)


@pytest.mark.fuzz
@settings(
    max_examples=max(_FUZZ_EXAMPLES // 20, 20),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(_ANY_TEXT, _ANY_TEXT, _ANY_TEXT)
def test_fuzz_any_ids_and_text_give_well_formed_graphml(doc_id, title, sentence) -> None:
    """Whatever the ids and text hold, GraphML of the graph parses and keeps one node per object."""
    try:
        doc = Document(doc_id, f"{sentence} Two people were killed.", title=title)
    except cr.ClaimrecError:
        return
    claims = [count_claim(id=f"{doc_id}:c1", document=doc_id, sentence=sentence, source=title)]
    graph = build_graph([doc], claims, match_events([doc], claims))
    buf = io.BytesIO()

    nx.write_graphml(graph, buf)
    ET.fromstring(buf.getvalue())  # noqa: S314 - our own bytes, parsed to prove they are well-formed

    assert graph.number_of_nodes() == len(graph.objects)
