"""Tests for the claim path's profiles read with less work (issue #13, engine19): the same profiles, faster."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimrec._quantity import _PART_CUE, listed_part
from claimrec._synthetic import write_claims
from claimrec.engines import documents_of_claims
from claimrec.link import profile
from claimrec.link.profile import (
    _OWN_BASE,
    _SITE,
    _headline_and_lead,
    _may_name_site,
    _paragraphs,
    _sites,
    _written_in_lower_case,
    profile_documents,
)
from claimrec.model import Claim, Document
from claimrec.scale import read_claim_rows

#: Hand-written headlines and leads of invented incidents, with and without sites.
HAND_WRITTEN = (
    "Two people were hurt in a blast in Kano, police said.",
    "A car bomb hit a police compound in Dera Ismail Khan; the police station was flattened.",
    "Police said a gunman opened fire at the Ridgeview mall on Saturday.",
    "A drone hit their base in Syria; two were flown to a hospital in Iraq, police said.",
    "Three officers were wounded at a police post near Quetta, a police source said.",
    "Police  headquarters in Jalalabad came under attack, POLICE SAID.",
    "Four died when a bus plunged off a road in Himachal Pradesh, police said.",
    "Police in Valdoria said nobody was hurt at the Hotel Miramar.",
    "The blast at the Kano market killed 5 people, the police chief said.",
    "Gunmen attacked a checkpoint; the police said 3 soldiers were killed at the outpost.",
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Document], list[Claim]]:
    """Documents rebuilt from 3,000 generated claim rows (Zipf places), with their claims."""
    path = Path(tmp_path_factory.mktemp("engine19")) / "claims.jsonl"
    write_claims(path, 3000, seed=11, places="zipf")
    claims, datelines, _ = read_claim_rows(path)

    return documents_of_claims(claims, datelines=datelines), claims


def _heads(documents: list[Document]) -> list[str]:
    """The headline and lead the main-event reader reads of each document."""
    heads = []
    for doc in documents:
        title, lead, _ = _headline_and_lead(doc)
        heads.append(f"{title}\n{lead}")
    return heads


def _sites_unchecked(text: str, monkeypatch: pytest.MonkeyPatch) -> frozenset[str]:
    """``_sites`` of *text* with its pre-check open: every text is scanned."""
    with monkeypatch.context() as m:
        m.setattr(profile, "_may_name_site", lambda _text: True)
        return _sites(text)


class TestSitePreCheck:
    """``_may_name_site`` skips only texts ``_sites`` would find no site in."""

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(_SITE, fullmatch=False))
    def test_every_site_the_pattern_reads_is_scanned(self, text: str) -> None:
        """Each text the site pattern matches passes the pre-check, "police station" and kin included."""
        assert _SITE.search(text) is not None

        assert _may_name_site(text)

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(_OWN_BASE, fullmatch=False))
    def test_every_own_base_is_scanned(self, text: str) -> None:
        """Each text naming "their base" or "the base in X" passes the pre-check."""
        assert _OWN_BASE.search(text) is not None

        assert _may_name_site(text)

    def test_police_speaking_is_not_scanned(self) -> None:
        """ "Police said" names no site: the text is not scanned for one."""
        text = "Two people were hurt in a blast in Kano, police said."

        scanned = _may_name_site(text)

        assert not scanned
        assert _sites(text) == frozenset()

    def test_police_sites_are_still_read(self) -> None:
        """A police compound, post or headquarters is a police station, however it is spaced."""
        texts = [
            "A car bomb hit a police compound in Dera Ismail Khan.",
            "Three officers were wounded at a police post near Quetta.",
            "Gunmen stormed the Police  Headquarters in Jalalabad.",
        ]

        found = [_sites(t) for t in texts]

        assert found == [frozenset({"police station"})] * 3

    def test_hand_written_heads_read_as_unchecked(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Hand-written leads give the sites the pattern gives when every text is scanned."""
        expected = [_sites_unchecked(t, monkeypatch) for t in HAND_WRITTEN]

        found = [_sites(t) for t in HAND_WRITTEN]

        assert found == expected
        assert any(found)

    def test_generated_heads_read_as_unchecked(
        self,
        generated: tuple[list[Document], list[Claim]],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Documents rebuilt from generated claim rows give the sites an unchecked scan gives."""
        heads = _heads(generated[0])
        expected = [_sites_unchecked(h, monkeypatch) for h in heads]

        found = [_sites(h) for h in heads]

        assert found == expected


class TestWrittenInLowerCase:
    """``_written_in_lower_case`` answers as searching for every written form does."""

    @settings(max_examples=300, deadline=None)
    @given(
        st.text(alphabet="abk .,;:'\n", max_size=6).filter(lambda w: w.strip()),
        st.text(alphabet="abkAB .,;:'\n", max_size=40),
    )
    def test_same_as_every_form_searched(self, word: str, text: str) -> None:
        """One search for " word" first changes no answer."""
        expected = any(f" {word}{end}" in text for end in " ,.;:")

        found = _written_in_lower_case(word, text)

        assert found == expected

    def test_names_written_with_capitals_only(self) -> None:
        """ "Kano" written only as a name is not written in lower case; "custody" is."""
        text = "Police in Kano took him into custody; Kano police said."

        found = _written_in_lower_case("kano", text), _written_in_lower_case("custody", text)

        assert found == (False, True)


class TestOneLineParagraphs:
    """A one-line text (a text rebuilt from claim rows) is one paragraph, as the general reading gives."""

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab .\t\u00a0", max_size=30))
    def test_same_as_the_general_reading(self, line: str) -> None:
        """A line reads as the same line after an empty one (the reading that counts repeats)."""
        expected = _paragraphs("\n" + line)

        found = _paragraphs(line)

        assert found == expected

    def test_padded_line(self) -> None:
        """Spaces a rebuilt text pads between sentences fold to one."""
        text = "Two were hurt in Kano.          Police said."

        found = _paragraphs(text)

        assert found == ["Two were hurt in Kano. Police said."]


class TestGeneratedProfiles:
    """Profiles of documents rebuilt from generated rows are those of the readers without their shortcuts."""

    def test_profiles_equal_the_unchecked_readers(
        self,
        generated: tuple[list[Document], list[Claim]],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Opening the site pre-check and reading paragraphs the general way changes no profile."""
        documents, claims = generated
        fast = profile_documents(documents, claims)

        with monkeypatch.context() as m:
            m.setattr(profile, "_may_name_site", lambda _text: True)
            m.setattr(profile, "_paragraphs", lambda text: _paragraphs("\n" + text))
            m.setattr(profile, "_written_in_lower_case", _every_form)
            slow = profile_documents(documents, claims)

        assert fast == slow
        assert len(fast[0]) > 500


def _every_form(word: str, text: str) -> bool:
    """Whether *text* writes *word* in lower case, every form searched."""
    return any(f" {word}{end}" in text for end in " ,.;:")


class TestListedPartPreCheck:
    """``listed_part`` skips a sentence with no cue word, and reads the rest as before."""

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(_PART_CUE, fullmatch=False))
    def test_every_cue_writes_a_checked_word(self, text: str) -> None:
        """Each text the part-cue pattern matches writes "including" or "among"."""
        assert _PART_CUE.search(text) is not None

        assert "including" in text or "among" in text

    def test_parts_still_read(self) -> None:
        """ "Among them 12 children" is a part; the sentence's toll and a cue-less count are not."""
        sentence = "41 people died in Kano, among them 12 children."

        found = (
            listed_part("12 children", sentence),
            listed_part("41 people", sentence),
            listed_part("12 children", "12 children died in Kano."),
        )

        assert found == (True, False, False)
