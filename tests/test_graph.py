"""Tests for claimrec.graph: schema, findings edges, GraphML and node-link round trips."""

from __future__ import annotations

import io
import json

import networkx as nx

from claimrec.graph import (
    build_graph,
    from_graphml,
    from_node_link,
    plain_graph,
    to_graphml,
    to_node_link,
)
from claimrec.match import match_events
from claimrec.model import Document, Finding
from claimrec.testing import count_claim, responsibility_claim


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


class TestBuildGraph:
    def test_nodes_are_typed(self) -> None:
        """Documents, claims, sources and events each carry their type."""
        g = sample()

        types = {n: d["type"] for n, d in g.nodes(data=True)}

        assert types["d1"] == "document"
        assert types["c1"] == "claim"
        assert types["source:afp"] == "source"
        assert sum(t == "event" for t in types.values()) >= 1

    def test_edges_follow_the_schema(self) -> None:
        """contains, attributed_to, cites, about and conflicts_with edges are present."""
        g = sample()

        edges = {(u, v, k) for u, v, k in g.edges(keys=True)}

        assert ("d1", "c1", "contains") in edges
        assert ("c1", "source:a military source", "attributed_to") in edges
        assert ("source:afp", "source:a military source", "cites") in edges
        assert any(u == "c1" and k == "about" for u, _, k in edges)
        assert ("c1", "c2", "conflicts_with") in edges

    def test_attrs_objects_are_kept_but_plain_copy_drops_them(self) -> None:
        """The attrs object rides under 'obj'; plain_graph keeps only plain types."""
        g = sample()

        plain = plain_graph(g)

        assert "obj" in g.nodes["c1"]
        for _, data in plain.nodes(data=True):
            assert all(isinstance(v, str | int | float | bool) for v in data.values())


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
        assert back.nodes["d1"]["title"] == "Rockets <hit> base & more"
        assert back.nodes["c1"]["sentence"] == 'He said "seven" <b>hurt</b>'

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
        assert back.nodes["c1"]["low"] == 7
