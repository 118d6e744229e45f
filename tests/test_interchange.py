"""Tests for claimrec.report.interchange: schema.org ClaimReview and Wikidata-shaped statements."""

from __future__ import annotations

import json
from pathlib import Path

import claimrec as cr
from claimrec.report import Report
from claimrec.report.interchange import PROPERTIES, RATINGS, to_claimreview, to_statements
from claimrec.report.page import render_page
from claimrec.resolve import resolve
from claimrec.testing import count_claim, document, responsibility_claim

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _report(*claims: cr.Claim, docs: tuple[cr.Document, ...] = ()) -> Report:
    claim_event = {c.id: "ev-1" for c in claims}
    res = resolve(list(claims), claim_event, documents=list(docs))
    return Report(
        documents=docs,
        events=(
            cr.Event(
                id="ev-1",
                documents=tuple(d.id for d in docs),
                location="Ain al-Asad air base",
                date="2024-01-20",
                kind="missile attack",
            ),
        ),
        claims=res.claims,
        findings=res.findings,
        document_event={d.id: "ev-1" for d in docs},
        claim_event=claim_event,
        estimates_by_event=res.estimates,
    )


DOC = document(
    id="d1",
    title="Base hit",
    published="2024-01-21",
    outlet="Example Wire",
    url="https://wire.example/base",
)


class TestToClaimReview:
    def test_one_review_per_finding_with_the_schema_org_shape(self) -> None:
        """Each finding gives a ClaimReview with a Rating and a reviewed Claim."""
        report = _report(
            count_claim(id="a", document="d1", quantity=7, kind="organization", source="CENTCOM"),
            responsibility_claim(id="r", document="d1"),
            docs=(DOC,),
        )

        reviews = to_claimreview(report)

        assert len(reviews) == len(report.findings) == 2
        for review in reviews:
            assert review["@context"] == "https://schema.org"
            assert review["@type"] == "ClaimReview"
            assert review["reviewRating"]["@type"] == "Rating"
            assert review["itemReviewed"]["@type"] == "Claim"
            assert review["itemReviewed"]["about"]["startDate"] == "2024-01-20"
        json.dumps(reviews)

    def test_rating_names_the_verdict_and_measures_agreement(self) -> None:
        """A conflicting slot is rated 1 of 3 with alternateName 'conflicting'."""
        report = _report(
            count_claim(id="a", quantity=2, kind="media", source="Reuters"),
            count_claim(id="b", quantity="several", kind="anonymous_official"),
        )

        rating = to_claimreview(report)[0]["reviewRating"]

        assert rating["alternateName"] == "conflicting"
        assert (rating["ratingValue"], rating["worstRating"], rating["bestRating"]) == (1, 1, 3)
        assert RATINGS == {"conflicting": 1, "evolving": 2, "consistent": 3}

    def test_appearances_carry_article_sentence_and_relay(self) -> None:
        """Each claim appears as its article, with the sentence and 'X citing Y' credit."""
        claim = count_claim(
            id="a",
            document="d1",
            quantity=7,
            kind="anonymous_official",
            chain=("AFP", "a military source"),
            source="a military source",
            sentence="Seven were hurt, AFP reported, citing a military source.",
        )

        (appearance,) = to_claimreview(_report(claim, docs=(DOC,)))[0]["itemReviewed"]["appearance"]

        assert appearance["headline"] == "Base hit"
        assert appearance["url"] == "https://wire.example/base"
        assert appearance["datePublished"] == "2024-01-21"
        assert appearance["publisher"] == {"@type": "Organization", "name": "Example Wire"}
        assert appearance["text"].startswith("Seven were hurt")
        assert appearance["creditText"] == "AFP citing a military source"

    def test_review_urls_point_at_the_page_anchors(self) -> None:
        """With url=, each review links to the anchor its finding has in the HTML page."""
        report = _report(count_claim(id="a", quantity=7))

        review = to_claimreview(report, url="https://x.example/r.html")[0]

        anchor = review["url"].split("#", 1)[1]
        assert f"id='{anchor}'" in render_page(report)

    def test_seed_report_gives_a_review_per_finding(self) -> None:
        """On the seeds, reviews and findings match one to one."""
        report = cr.reconcile(str(SEEDS))

        reviews = report.to_claimreview()

        assert len(reviews) == len(report.findings)
        assert {r["reviewRating"]["alternateName"] for r in reviews} <= set(RATINGS)


class TestToStatements:
    def test_one_entity_per_event_in_wbgetentities_shape(self) -> None:
        """Entities have id, type item, an English label and claims keyed by property."""
        report = _report(count_claim(id="a", quantity=7, measure="killed"))

        entity = to_statements(report)["entities"]["ev-1"]

        assert entity["type"] == "item"
        assert entity["labels"]["en"]["value"] == (
            "missile attack at Ain al-Asad air base on 2024-01-20"
        )
        assert list(entity["claims"]) == [PROPERTIES["killed"]]

    def test_quantity_has_amount_and_bounds_and_open_ends_drop_the_upper(self) -> None:
        """17–40 has bounds 17 and 40; 'at least 10' has no upperBound; units are '1'."""
        report = _report(
            count_claim(id="a", quantity="17 to 40", measure="launched", group="munition"),
            count_claim(id="b", quantity="at least 10", measure="launched", group="munition"),
        )

        statements = to_statements(report)["entities"]["ev-1"]["claims"]["claimrec:launched"]
        values = {s["id"]: s["mainsnak"]["datavalue"]["value"] for s in statements}

        assert values["ev-1$a"] == {
            "amount": "+17",
            "unit": "1",
            "lowerBound": "+17",
            "upperBound": "+40",
        }
        assert values["ev-1$b"] == {"amount": "+10", "unit": "1"}

    def test_approximate_figures_carry_their_tolerance_as_bounds(self) -> None:
        """'about 66' keeps 66 as the amount and the lexicon's tolerance as the bounds."""
        q = cr.Quantity(66, 66, qualifier="approximate", tolerance=0.1, text="about 66")

        (statement,) = to_statements(_report(count_claim(id="a", quantity=q)))["entities"]["ev-1"][
            "claims"
        ]["P1339"]

        value = statement["mainsnak"]["datavalue"]["value"]
        assert (value["amount"], value["lowerBound"], value["upperBound"]) == ("+66", "+59", "+73")
        assert statement["qualifiers"]["P1932"][0]["datavalue"]["value"] == "about 66"

    def test_qualifiers_give_point_in_time_group_and_scope(self) -> None:
        """The event's date is P585 (day precision); group and scope are qualifiers."""
        report = _report(count_claim(id="a", quantity=5, group="us.military"))

        (statement,) = to_statements(report)["entities"]["ev-1"]["claims"]["P1339"]
        q = statement["qualifiers"]

        assert q["P585"][0]["datavalue"]["value"]["time"] == "+2024-01-20T00:00:00Z"
        assert q["P585"][0]["datavalue"]["value"]["precision"] == 11
        assert q["claimrec:group"][0]["datavalue"]["value"] == "us.military"
        assert q["claimrec:scope"][0]["datavalue"]["value"] == "event"
        assert statement["qualifiers-order"] == list(q)

    def test_references_keep_the_attribution_chain_in_order(self) -> None:
        """The relay is a list of author names, outermost first, with kind, quote and source."""
        claim = count_claim(
            id="a",
            document="d1",
            quantity=7,
            kind="anonymous_official",
            source="US defense officials",
            chain=("Fox News", "US defense officials"),
            sentence="Seven were hurt, Fox News reported, citing US defense officials.",
        )

        (statement,) = to_statements(_report(claim, docs=(DOC,)))["entities"]["ev-1"]["claims"][
            "P1339"
        ]
        snaks = statement["references"][0]["snaks"]

        assert [s["datavalue"]["value"] for s in snaks["P2093"]] == [
            "Fox News",
            "US defense officials",
        ]
        assert snaks["claimrec:attribution_kind"][0]["datavalue"]["value"] == "anonymous_official"
        assert snaks["P1683"][0]["datavalue"]["value"]["text"].startswith("Seven were hurt")
        assert snaks["P854"][0]["datavalue"]["value"] == "https://wire.example/base"
        assert snaks["P577"][0]["datavalue"]["value"]["time"] == "+2024-01-21T00:00:00Z"

    def test_rank_follows_the_verdict(self) -> None:
        """Consensus claims are preferred, wider ones normal, superseded ones deprecated."""
        consistent = _report(
            count_claim(id="a", quantity=7, kind="organization", source="police"),
            count_claim(id="b", quantity="several", kind="vague", source="reports"),
        )
        conflicting = _report(
            count_claim(id="a", quantity=2, kind="media", source="Reuters"),
            count_claim(id="b", quantity=5, kind="organization", source="police"),
        )
        early = document(id="e", published="2024-01-20")
        late = document(id="l", published="2024-01-22")
        evolving = _report(
            count_claim(
                id="a",
                document="e",
                quantity=2,
                kind="organization",
                source="police",
                provisional=True,
            ),
            count_claim(id="b", document="l", quantity=5, kind="organization", source="police"),
            docs=(early, late),
        )

        def ranks(report: Report) -> dict[str, str]:
            claims = to_statements(report)["entities"]["ev-1"]["claims"]["P1339"]
            return {s["id"].split("$")[1]: s["rank"] for s in claims}

        assert ranks(consistent) == {"a": "preferred", "b": "normal"}
        assert ranks(conflicting) == {"a": "normal", "b": "normal"}
        assert ranks(evolving) == {"a": "deprecated", "b": "preferred"}

    def test_responsibility_claims_are_string_statements_or_novalue(self) -> None:
        """A claim of responsibility names the actor; 'nobody claimed' is a novalue snak."""
        report = _report(
            responsibility_claim(id="r1", stance="claimed"),
            responsibility_claim(id="r2", stance="none_claimed", actor=None, kind="none"),
        )

        statements = to_statements(report)["entities"]["ev-1"]["claims"]["claimrec:responsibility"]
        by_id = {s["id"]: s for s in statements}

        assert (
            by_id["ev-1$r1"]["mainsnak"]["datavalue"]["value"] == "the Islamic Resistance in Iraq"
        )
        assert by_id["ev-1$r2"]["mainsnak"]["snaktype"] == "novalue"
        assert by_id["ev-1$r2"]["qualifiers"]["claimrec:stance"][0]["datavalue"]["value"] == (
            "none_claimed"
        )

    def test_seed_statements_serialise_and_cover_every_event_claim(self) -> None:
        """Every claim attached to an event becomes exactly one statement; all is JSON."""
        report = cr.reconcile(str(SEEDS))

        entities = report.to_statements()["entities"]

        n = sum(len(v) for e in entities.values() for v in e["claims"].values())
        assert n == sum(1 for c in report.claims if report.claim_event.get(c.id))
        json.dumps(entities)


class TestInjection:
    def test_script_in_article_text_cannot_close_the_json_ld_block(self) -> None:
        """'</script><script>' in a sentence stays JSON text inside one script element."""
        sentence = "Two people were killed </script><script>alert(1)</script> & more, police said."
        doc = document(id="d1", text=sentence, url="https://example.org/a")
        claim = count_claim(
            id="d1:c1", document="d1", sentence=sentence, kind="organization", source="police"
        )

        block = _report(claim, docs=(doc,)).claimreview_script()

        assert block.count("<script") == 1
        assert block.count("</script>") == 1
        assert "\\u003c/script\\u003e" in block
        inner = block.split("\n", 1)[1].rsplit("\n", 1)[0]
        assert json.loads(inner)[0]["itemReviewed"]["appearance"][0]["text"] == sentence

    def test_only_http_urls_reach_claimreview_and_wikidata(self) -> None:
        """javascript:, data: and URLs with control or bidi characters are left out."""
        bad = (
            "javascript:alert(1)",
            "data:text/html,x",
            "https://a.org/\u202ex",
            "https://a.org/\x1bx",
            " JAVASCRIPT:x",
        )
        docs = tuple(document(id=f"d{i}", url=u) for i, u in enumerate(bad))
        claims = tuple(count_claim(id=f"d{i}:c1", document=f"d{i}") for i in range(len(bad)))
        report = _report(*claims, docs=docs)

        reviews = report.to_claimreview()
        statements = json.dumps(report.to_statements())

        assert all("url" not in a for r in reviews for a in r["itemReviewed"]["appearance"])
        assert "P854" not in statements
        assert "javascript" not in json.dumps(reviews).lower()

    def test_a_page_url_that_is_not_http_is_a_typed_error(self) -> None:
        """to_claimreview(url='javascript:…') raises InvalidValueError naming the value."""
        import pytest  # noqa: PLC0415

        report = _report(count_claim(id="a"))

        with pytest.raises(cr.errors.InvalidValueError, match="javascript"):
            report.to_claimreview(url="javascript:alert(1)")

    def test_http_urls_still_pass(self) -> None:
        """A plain https article URL is kept in the appearance and as P854."""
        doc = document(id="d1", url="https://example.org/news/1")
        report = _report(count_claim(id="d1:c1", document="d1"), docs=(doc,))

        (review,) = report.to_claimreview()

        assert review["itemReviewed"]["appearance"][0]["url"] == "https://example.org/news/1"
        assert "https://example.org/news/1" in json.dumps(report.to_statements())
