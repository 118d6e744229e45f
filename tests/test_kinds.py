"""Tests for claimrec.kinds: the subject taxonomy and subject classification."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from claimrec.errors import InvalidValueError
from claimrec.kinds import (
    NATIONS,
    ROLES,
    TAXONOMY,
    ancestors,
    classify_subject,
    common_ancestor,
    compose,
    find_nations,
    is_person,
    is_within,
    parent,
    split_group,
)


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


class TestNationalityScheme:
    @pytest.mark.parametrize(
        ("subject", "group", "within"),
        [
            ("two Kenyan soldiers", "soldiers.ke", "soldiers"),
            ("French paratroopers", "soldiers.fr", "soldiers"),
            ("U.S. troops", "us.military", "us"),
            ("British troops", "uk.military", "uk"),
            ("Scottish soldiers", "uk.military", "uk"),
            ("Iraqi soldiers", "iraqi_security_forces", "iraqi_security_forces"),
            ("Iraqi police", "iraqi_security_forces", "iraqi_security_forces"),
            ("nine Afghan civilians", "civilians.af", "civilians"),
            ("Nigerian police officers", "police.ng", "police"),
            ("Turkish contractors", "contractors.tr", "contractors"),
            ("Kurdish Peshmerga", "soldiers.kurds", "soldiers"),
            ("five Britons", "uk", "uk"),
            ("Iraqi", "iq", "people"),
            ("Pakistanis", "pk", "people"),
            ("Chinese nationals", "cn", "people"),
            ("foreign nationals", "foreigners", "foreigners"),
        ],
    )
    def test_a_nationality_combines_with_a_role(self, subject, group, within):
        """Nation and role make one key, within the slot the evaluation conventions expect."""
        key = classify_subject(subject)

        assert (key, is_within(key, within)) == (group, True)

    @pytest.mark.parametrize(
        ("subject", "group"),
        [
            ("troops in Iraq", "soldiers"),
            ("Kenya's army", "soldiers.ke"),
            ("the Kenya Defence Forces", "soldiers.ke"),
            ("soldiers from Chad", "soldiers.td"),
            ("an African American man", "people"),
            ("utility poles", "people"),
            ("Polish workers", "pl"),
            ("Iranian drones", "munition.drone"),
            ("medical personnel", "people"),
            ("two of us", "people"),
            ("IRAQI TROOPS", "iraqi_security_forces"),
            ("U.S. and Iraqi troops", "people"),
            ("two members of the U.S. Navy", "us.military"),
            ("Pakistani special forces", "soldiers.pk"),
            ("Turkish gendarmerie", "police.tr"),
        ],
    )
    def test_a_country_name_or_word_is_a_nationality_only_in_context(self, subject, group):
        """Names count in "Kenya's army" or "from Chad", never "in Iraq"; English words stay words."""
        assert classify_subject(subject) == group

    def test_every_nation_has_its_keys(self):
        """Each of the 249 ISO countries (and Kosovo) has a key and the role keys below it."""
        for nation in NATIONS:
            assert TAXONOMY[nation] == "people"
            for role in ROLES:
                assert split_group(compose(nation, role))[0] == nation or nation == "iq"

    def test_nation_keys_are_codes_or_words(self):
        """Nations are two-letter codes; peoples without a state have longer word keys."""
        assert len(NATIONS) >= 250
        assert all(len(k) == 2 or len(k) >= 3 for k in NATIONS)
        assert {"us", "uk", "ke", "iq", "kurds"} <= set(NATIONS)
        assert "gb" not in NATIONS

    def test_split_inverts_compose(self):
        """split_group gives back the nation and role compose was given."""
        assert split_group(compose("ke", "police")) == ("ke", "police")
        assert split_group(compose("us", "contractors")) == ("us", "contractors")
        assert split_group("iraqi_security_forces") == ("iq", "military")

    def test_common_ancestor(self):
        """Subgroups of one nation share it; unrelated groups share only people."""
        assert common_ancestor(["us.military", "us.contractors"]) == "us"
        assert common_ancestor(["soldiers.ke", "soldiers.fr"]) == "soldiers"
        assert common_ancestor(["foreigners.uk", "foreigners"]) == "foreigners"
        assert common_ancestor(["children", "police"]) == "people"

    def test_common_ancestor_of_nothing_is_an_error(self):
        """An empty list of groups has no ancestor: the error says so."""
        with pytest.raises(InvalidValueError, match="at least one"):
            common_ancestor([])


class TestFindNations:
    def test_spans_and_keys_in_text_order(self):
        """Each nationality is found where it is written."""
        text = "Ghanaian and Dutch peacekeepers met New Zealanders."

        found = find_nations(text)

        assert [(text[s:e], k) for s, e, k in found] == [
            ("Ghanaian", "gh"),
            ("Dutch", "nl"),
            ("New Zealanders", "nz"),
        ]

    def test_hostile_input_is_linear(self):
        """A long run of capitalised words is read in one pass."""
        text = "Kenyan " * 20_000

        assert len(find_nations(text)) == 20_000


class TestPack:
    def test_every_thing_and_role_key_is_in_the_taxonomy(self):
        """The pack's things name taxonomy keys, and each role composes to one."""
        groups = tomllib.loads(
            resources.files("claimrec.lang").joinpath("en/groups.toml").read_text("utf-8")
        )

        assert all(t["key"] in TAXONOMY for t in groups["thing"])
        assert all(compose(None, r["name"]) in TAXONOMY for r in groups["role"])
        assert all(compose("ke", r["name"]) in TAXONOMY for r in groups["role"])

    def test_every_nation_form_is_unique_to_its_nation(self):
        """No adjective or people noun names two nations (a name may, e.g. a shared island)."""
        pack = tomllib.loads(
            resources.files("claimrec.lang").joinpath("en/nationalities.toml").read_text("utf-8")
        )
        owners: dict[str, set[str]] = {}
        for table in ("nations", "peoples"):
            for code, entry in pack[table].items():
                for form in (*entry.get("adjectives", ()), *entry.get("people", ())):
                    owners.setdefault(form, set()).add(code)

        assert {form: codes for form, codes in owners.items() if len(codes) > 1} == {}
