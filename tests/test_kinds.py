"""Tests for claimrec.kinds: the subject taxonomy and subject classification."""

from __future__ import annotations

import pytest

from claimrec.errors import InvalidValueError
from claimrec.kinds import TAXONOMY, ancestors, classify_subject, is_person, is_within, parent


class TestTaxonomy:
    def test_every_parent_is_a_key(self):
        """The taxonomy is closed: every parent is itself a key."""
        assert all(p is None or p in TAXONOMY for p in TAXONOMY.values())

    def test_parent_and_ancestors(self):
        """us.military lies below us, which lies below people."""
        assert parent("us.military") == "us"
        assert ancestors("us.military") == ("us", "people")

    def test_is_within(self):
        """A group is within itself and its ancestors, not its children."""
        assert is_within("munition.drone", "munition")
        assert is_within("children", "people")
        assert not is_within("people", "children")

    def test_is_person(self):
        """Munitions are not people."""
        assert is_person("police")
        assert not is_person("munition.rocket")

    def test_unknown_group_is_named(self):
        """An unknown key raises an error that names it."""
        with pytest.raises(InvalidValueError, match="'aliens'"):
            parent("aliens")


class TestClassifySubject:
    @pytest.mark.parametrize(
        ("subject", "group"),
        [
            ("Seven Americans", "us"),
            ("U.S. service members", "us.military"),
            ("US personnel", "us"),
            ("American troops", "us.military"),
            ("two US contractors", "us.contractors"),
            ("members of the Iraqi security forces", "iraqi_security_forces"),
            ("people", "people"),
            ("victims", "people"),
            ("teens", "people"),
            ("officers", "police"),
            ("sheriff's deputies", "police"),
            ("children", "children"),
            ("the gunman", "suspects"),
            ("suspects", "suspects"),
            ("rockets", "munition.rocket"),
            ("ballistic missiles", "munition.missile"),
            ("one-way attack drones", "munition.drone"),
            ("projectiles", "munition"),
            ("shells", "munition"),
            ("coalition troops", "coalition"),
            ("British soldiers", "uk.military"),
            ("civilians", "civilians"),
            ("pro-Iranian fighters", "fighters"),
            ("soldiers", "soldiers"),
            ("", "people"),
        ],
    )
    def test_cues(self, subject, group):
        """General cues of nationality, service, role and munition decide the group."""
        assert classify_subject(subject) == group
