"""Profiles read as fast as the text allows, with the same readings (issue #13, engine12)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.kinds import find_nations
from claimrec.link.profile import (
    _bare_capital_named,
    _clean_title,
    _may_name_nation,
    _nations,
    _raw_document,
    profile_documents,
)
from claimrec.model import Document, EventMention
from claimrec.testing import count_claim

#: Words that name nations or nearly do, in every case, with possessives, hyphens,
#: initials, accents and digits, for texts the nation reader is tested on.
_PIECES = (
    "Kenyan", "kenyan", "KENYAN", "Kenya's", "Kenyans'", "Kenya", "Greek", "greece",
    "U.S.", "U. S.", "u.s.", "US", "us", "UK", "Guinea-Bissau", "guinea-bissau",
    "Bissau-Guinean", "Iraq’s", "Côte", "d'Ivoire", "Åland", "Northern", "Irish",
    "the", "police", "army", "troops", "in", "from", "of", "Defence", "Forces",
    "Kano", "McKenya", "xKenyan", "Kenyan2", "_Kenyan", "3Kenyan", "American", "African",
    "-", ".", ",", "'", "’", "\n", "(", ")",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=12), st.lists(st.sampled_from(" -.'"), max_size=12)
)
def test_a_text_the_quick_test_passes_over_names_no_nation(
    words: list[str], gaps: list[str]
) -> None:
    """Whatever the text, when the quick test says no nation, the nation reader finds none."""
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))

    may = _may_name_nation(text)

    assert may or find_nations(text) == ()


def test_nationalities_are_read_in_every_way_a_report_writes_them() -> None:
    """People, adjectives, initials and possessives name their countries; a bare name does not."""
    texts = (
        "Kenyan police said two buses collided near Nakuru.",
        "Two U.S. soldiers were wounded when rockets hit the base.",
        "GREEK FIREFIGHTERS BATTLE WILDFIRE NEAR ATHENS",
        "Iraq's army said a drone struck a checkpoint.",
        "Floods swept through villages in Kenya on Monday.",
    )

    found = [sorted(_nations(t)) for t in texts]

    assert found == [["KE"], ["US"], ["GR"], ["IQ"], []]


def test_the_capital_of_a_country_named_by_its_people_is_read_as_its_city() -> None:
    """'Somali police said ... near the capital' places the blast in Mogadishu."""
    title, lead = "Car bomb kills five", "Somali police said a car bomb exploded near the capital."

    _, named = _bare_capital_named(title, lead)

    assert "Mogadishu" in named


def test_a_title_is_cut_at_its_separators_only_when_it_has_one() -> None:
    """The outlet after a bar or a spaced dash goes; a hyphenated word stays whole."""
    titles = (
        "Blast kills 12 in Kano | Daily Courier",
        "Quake toll rises to 40 — Wire Service",
        "Two-storey building collapses in Lagos",
        "  Fire at a plant in Ohio  ",
    )

    cleaned = [_clean_title(t) for t in titles]

    assert cleaned == [
        "Blast kills 12 in Kano",
        "Quake toll rises to 40",
        "Two-storey building collapses in Lagos",
        "Fire at a plant in Ohio",
    ]


def test_reports_without_kinds_or_actors_share_one_empty_set() -> None:
    """Raw profiles built with one table of sets hold one object for equal small sets."""
    seen: dict[frozenset[object], frozenset[object]] = {}
    a = Document("a", "A bus overturned on a highway near Kisumu, police said.")
    b = Document("b", "Three people drowned when a boat capsized off Lamu.")

    ra, rb = _raw_document(a, [], seen=seen), _raw_document(b, [], seen=seen)

    assert ra.actors is rb.actors
    assert ra.nations is rb.nations


def test_the_day_the_claims_tell_dates_a_report_whose_text_names_none() -> None:
    """A weekday resolved by the extractor dates a report that has no publication date."""
    claim = count_claim(
        document="d1",
        mention=EventMention(location="Kisumu", date="2025-03-07", precision="weekday"),
    )
    doc = Document("d1", "Four people were killed in Kisumu, police said.")

    profiles, _ = profile_documents([doc], [claim])

    assert str(profiles[0].date) == "2025-03-07"
