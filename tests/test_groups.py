"""Tests for claimrec.extract._groups: a count's group read with the people the text named before."""

from __future__ import annotations

import pytest

from claimrec.extract import extract
from claimrec.extract._groups import GroupContext, Mention, mentions
from claimrec.kinds import is_within
from claimrec.model import CountClaim, Document, Quantity
from timing import seconds


def groups_of(text: str) -> list[tuple[str, str, int | None]]:
    """(measure, group, low) of every count claim of *text*, in text order."""
    doc = Document(id="g", text=text, published="2024-05-02")
    return [(c.measure, c.group, c.quantity.low) for c in extract(doc) if isinstance(c, CountClaim)]


class TestMentions:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Mortar rounds hit a post manned by Chadian troops.", ["soldiers.td"]),
            ("The convoy of U.S. Marines left the valley at dusk.", ["us.military"]),
            ("Rebels overran a police checkpoint near the river.", ["fighters", "police"]),
            ("The shells landed near the Canadian embassy.", ["ca"]),
            ("Soldiers of the Malian army guarded dozens of pilgrims.", ["soldiers.ml", "people"]),
            ("Three Filipinos and two Danes were on board.", ["ph", "dk"]),
        ],
    )
    def test_reads_people_and_posts_of_forces(self, sentence, expected):
        """Head nouns with their modifiers, and posts whose modifiers name a side, are mentions."""
        found = mentions(sentence)

        assert [m.group for m in found] == expected

    def test_a_post_with_no_side_is_no_mention(self):
        """'a base' alone says nothing about whose people are there."""
        assert mentions("A drone hit a base in the desert.") == ()

    def test_a_speaker_is_marked(self):
        """'police said' speaks about the people; it is not one of them."""
        (found,) = mentions("Officers said the road was closed.")

        assert found.speaker

    def test_a_country_possessive_is_no_mention_of_its_people(self):
        """'in Chad's north' names a place; 'Chad's soldiers' names people."""
        assert mentions("Drones hit a base in Chad's north.") == ()
        assert [m.group for m in mentions("Drones hit Chad's soldiers.")] == ["soldiers.td"]

    def test_singular_heads_are_not_plural(self):
        """'them' may refer to 'the villagers', never to 'a gunman'."""
        found = mentions("A gunman shot at villagers.")

        assert [(m.group, m.plural) for m in found] == [("suspects", False), ("civilians", True)]


class TestGroupContextForces:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "Mortar rounds hit an outpost manned by Australian troops on Friday. "
                    "Four soldiers were wounded, the defence force said."
                ),
                ("injured", "soldiers.au", 4),
            ),
            (
                (
                    "A roadside bomb struck a convoy of U.S. Marines near Ramadi. "
                    "Two troops were killed."
                ),
                ("killed", "us.military", 2),
            ),
            (
                "Gunmen ambushed a police convoy outside Kano. Six personnel were killed.",
                ("killed", "police", 6),
            ),
            (
                (
                    "A rocket landed inside the American embassy compound. "
                    "Three personnel were slightly hurt."
                ),
                ("injured", "us", 3),
            ),
            (
                "Insurgents shelled a coalition airfield overnight. Five troops were wounded.",
                ("injured", "coalition", 5),
            ),
            (
                (
                    "The missile hit barracks housing American personnel. "
                    "Nine service members were treated for concussions."
                ),
                ("treated", "us.military", 9),
            ),
        ],
    )
    def test_a_force_noun_takes_the_force_named_before(self, text, expected):
        """Soldiers, troops, personnel and service members are the force the text set up."""
        assert expected in groups_of(text)

    def test_the_latest_force_wins(self):
        """Canadian troops, then Malian soldiers at the post: the soldiers killed are Malian."""
        text = (
            "Canadian troops at the airport were unhurt. Militants then stormed a post held "
            "by Malian soldiers, killing three soldiers."
        )

        assert ("killed", "soldiers.ml", 3) in groups_of(text)

    def test_a_group_named_after_the_noun_wins(self):
        """'A fourth soldier, from the Jordanian army,' is Jordanian, not American."""
        text = (
            "Three U.S. soldiers were hurt. A fourth soldier, from the Jordanian army, was killed."
        )

        found = groups_of(text)

        assert ("killed", "soldiers.jo", 1) in found
        assert ("killed", "us.military", 1) not in found

    def test_a_force_too_far_back_is_not_inherited(self):
        """A force named four sentences earlier no longer settles who 'soldiers' are."""
        text = (
            "Belgian troops trained at the camp last year. The camp was later closed. "
            "It reopened in spring. A new unit arrived. Then a mine exploded. "
            "Two soldiers were wounded."
        )

        assert ("injured", "soldiers", 2) in groups_of(text)


class TestGroupContextReferences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Militiamen stormed the town before dawn. Fifteen of them were killed.",
                ("killed", "fighters", 15),
            ),
            (
                "The truck ploughed into schoolchildren at the crossing. Five of them were hurt.",
                ("injured", "children", 5),
            ),
            (
                "An avalanche buried Italian hikers near the pass. Three of them died.",
                ("killed", "it", 3),
            ),
            (
                "Three Nigerien soldiers were wounded by a mine. The three were evacuated.",
                ("evacuated", "soldiers.ne", 3),
            ),
            (
                "Four Turkish soldiers were killed and one was wounded.",
                ("injured", "soldiers.tr", 1),
            ),
        ],
    )
    def test_a_reference_takes_its_antecedent(self, text, expected):
        """'them', 'the three' and an elided noun refer to people named just before."""
        assert expected in groups_of(text)

    def test_them_skips_a_singular_mention(self):
        """'them' after 'a gunman fired at worshippers' are the worshippers."""
        text = "A gunman fired at worshippers outside the shrine. Six of them were killed."

        assert ("killed", "civilians", 6) in groups_of(text)


class TestGroupContextRoles:
    def test_contractors_take_the_nation_named_before(self):
        """Contractors at a base of U.S. forces are American contractors."""
        text = "Rockets hit a compound used by U.S. forces. Two contractors were hurt."

        assert ("injured", "us.contractors", 2) in groups_of(text)

    @pytest.mark.parametrize(
        ("opening", "group"),
        [
            ("Rebels attacked the barracks at night.", "fighters"),
            ("Gunmen attacked the barracks at night.", "suspects"),
        ],
    )
    def test_attackers_are_fighters_only_when_the_text_says_so(self, opening, group):
        """Attackers are suspects, unless the text called them rebels or militants."""
        text = f"{opening} Seven of the attackers were killed."

        assert ("killed", group, 7) in groups_of(text)

    def test_passengers_take_the_nation_of_the_travellers(self):
        """'of the passengers' after 'a coach of German tourists' are German."""
        text = "A coach full of German tourists crashed in the Alps. Eleven of the passengers were hurt."

        assert ("injured", "de", 11) in groups_of(text)

    def test_people_do_not_inherit(self):
        """'people' is everyone: a count of people keeps the general key."""
        text = "Ukrainian soldiers held the bridge. Twelve people were killed in the shelling."

        assert ("killed", "people", 12) in groups_of(text)


class TestGroupContextOwnMen:
    @pytest.mark.parametrize(
        ("text", "group"),
        [
            (
                (
                    "Rebels of the Western Front raided a garrison. The rebels said they killed nine "
                    "soldiers and lost three of their own men."
                ),
                "fighters",
            ),
            (
                (
                    "Insurgents attacked the town. The army said it killed 20 insurgents and lost "
                    "three of its own men."
                ),
                "soldiers",
            ),
            (
                "Troops shelled the ridge. The rebels said three of their men died in the assault.",
                "fighters",
            ),
        ],
    )
    def test_own_men_are_the_side_that_speaks(self, text, group):
        """'lost three of its own men' counts the side whose statement it is."""
        sentence = text.split(". ", 1)[1]
        ctx = GroupContext(text.split(". ", 1))

        own = ctx.resolve(
            1,
            sentence.index("three of"),
            sentence[sentence.index("three of") :].split(" died")[0].split(" men")[0] + " men",
            quantity=Quantity.exact(3, text="three"),
            measure="killed",
        )

        assert own == group


class TestGroupContextLocals:
    def test_local_staff_do_not_take_the_nation_of_foreigners(self):
        """'two Americans ... three local employees': the employees are not Americans."""
        found = groups_of(
            "The attack on the embassy wounded two Americans. Three local employees were also hurt."
        )

        assert ("injured", "soldiers", 3) in found or ("injured", "people", 3) in found


class TestGroupContextOthers:
    def test_others_after_one_group_are_that_group(self):
        """'two Ghanaian peacekeepers were killed and three others' are peacekeepers too."""
        text = "Two Ghanaian peacekeepers were killed and three others were wounded."

        assert ("injured", "soldiers.gh", 3) in groups_of(text)

    def test_others_after_a_mixed_list_are_people(self):
        """After soldiers and civilians of two nations, 'others' are people."""
        text = (
            "The blast killed four Egyptian soldiers and two Libyan civilians, "
            "and 20 others were wounded."
        )

        assert ("injured", "people", 20) in groups_of(text)

    def test_others_after_one_person_are_people(self):
        """'a 15-year-old boy died and four others were hurt': the others are people."""
        text = "A 15-year-old boy died and four others were hurt."

        assert ("injured", "people", 4) in groups_of(text)


class TestGroupContextSubgroups:
    def test_nationals_among_foreigners_are_a_part_of_them(self):
        """'nine foreigners, including three Japanese': foreigners.jp lies within foreigners."""
        sentence = "Nine foreigners were killed, including three Japanese, the ministry said."
        ctx = GroupContext([sentence])
        start = sentence.index("three")

        whole = ctx.resolve(
            0, 0, "Nine foreigners", quantity=Quantity.exact(9, text="Nine"), measure="killed"
        )
        part = ctx.resolve(
            0, start, "three Japanese", quantity=Quantity.exact(3, text="three"), measure="killed"
        )

        assert (whole, part) == ("foreigners", "foreigners.jp")
        assert is_within(part, whole)

    def test_nationals_outside_a_count_of_foreigners_are_the_nation(self):
        """'including three Japanese' after 'nine people' is the nation, not foreigners."""
        sentence = "Nine people were killed, including three Japanese."
        ctx = GroupContext([sentence])

        part = ctx.resolve(
            0,
            sentence.index("three"),
            "three Japanese",
            quantity=Quantity.exact(3, text="three"),
            measure="killed",
        )

        assert part == "jp"


class TestGroupContextApi:
    def test_resolve_remembers_counts_for_later_references(self):
        """A count resolved first is what a later 'one' in its sentence refers to."""
        ctx = GroupContext(["Two Polish soldiers were killed and one was hurt."])

        first = ctx.resolve(
            0, 0, "Two Polish soldiers", quantity=Quantity.exact(2, text="Two"), measure="killed"
        )
        second = ctx.resolve(
            0, 36, "one", quantity=Quantity.exact(1, text="one"), measure="injured"
        )

        assert (first, second) == ("soldiers.pl", "soldiers.pl")

    def test_things_are_left_alone(self):
        """A munition keeps its group: context is about people."""
        ctx = GroupContext(["U.S. troops fired four rockets."])

        group = ctx.resolve(
            0, 22, "four rockets", quantity=Quantity.exact(4, text="four"), measure="launched"
        )

        assert group == "munition.rocket"

    def test_a_mention_is_a_value(self):
        """Mentions are frozen values that compare by content."""
        assert Mention(0, 5, "uk") == Mention(0, 5, "uk")


class TestGroupContextNegations:
    @pytest.mark.parametrize(
        ("text", "group"),
        [
            ("Danish and coalition forces suffered no casualties in the raid.", "coalition"),
            (
                "Gunmen hit the convoy, but the Kenyan troops sustained no casualties.",
                "soldiers.ke",
            ),
            ("There were no Kurdish casualties, the regional government said.", "kurds"),
            ("There were no Pakistani casualties, the army said.", "pk"),
        ],
    )
    def test_a_zero_keeps_the_group_of_its_people(self, text, group):
        """'X suffered no casualties' and 'no X casualties' are zero killed and injured of X."""
        found = groups_of(text)

        assert ("killed", group, 0) in found
        assert ("injured", group, 0) in found


class TestGroupContextAgents:
    def test_an_attacking_force_is_not_the_victims(self):
        """'Chinese troops shelled the post. Three soldiers were killed': whose, is not said."""
        text = "Chinese troops shelled the post at dawn. Three soldiers were killed."

        assert ("killed", "soldiers", 3) in groups_of(text)

    def test_an_attacked_force_is(self):
        """'Rebels shelled a post held by Chadian troops. Three soldiers were killed' are Chadian."""
        text = "Rebels shelled a post held by Chadian troops. Three soldiers were killed."

        assert ("killed", "soldiers.td", 3) in groups_of(text)


class TestHostileInput:
    @pytest.mark.parametrize(
        "make",
        [
            lambda n: "Seven" + " " * (5_000 * n) + "soldiers were killed.",
            lambda n: "Kenyan troops" + " ," * (2_000 * n) + " of the army. Two soldiers died.",
            lambda n: "Two soldiers" + "'" * (5_000 * n) + " were killed and one was hurt.",
            lambda n: " ".join(["Italian hikers and"] * (300 * n)) + " three of them died.",
            lambda n: "members of" + " " * (5_000 * n) + "the unit",
        ],
    )
    def test_time_grows_about_linearly(self, make):
        """Long runs of spaces, commas, quotes or mentions never make reading groups quadratic."""
        times = []
        for n in (1, 4):
            text = make(n)
            ctx = GroupContext([text, text])

            def run(text: str = text, ctx: GroupContext = ctx) -> None:
                mentions(text)
                for index in (0, 1):
                    for subject in ("three of them", "others", "two soldiers", "", "the attackers"):
                        ctx.resolve(
                            index,
                            len(text) // 2,
                            subject,
                            quantity=Quantity.exact(2),
                            measure="killed",
                        )

            times.append(seconds(run, tries=3))

        assert times[1] < 8 * times[0] + 0.2


class TestGroupContextSpeakers:
    def test_a_force_that_speaks_owns_its_soldiers(self):
        """'The Lebanese army said three soldiers were killed': Lebanese soldiers."""
        assert ("killed", "soldiers.lb", 3) in groups_of(
            "The Lebanese army said three soldiers were killed in the strike."
        )

    def test_a_speaker_is_not_others(self):
        """'Police said a man died and two others were hurt': the others are people."""
        assert ("injured", "people", 2) in groups_of(
            "Police said a man died and two others were hurt."
        )

    @pytest.mark.parametrize(
        ("subject", "words"), [("any casualties", "any"), ("did not suffer any casualties", "did")]
    )
    def test_a_negated_verb_keeps_the_people_before_it(self, subject, words):
        """Whether the zero starts at the noun or at the verb, it counts the subject's people."""
        sentence = "Egyptian forces did not suffer any casualties in the raid."
        ctx = GroupContext([sentence])

        group = ctx.resolve(
            0,
            sentence.index(subject),
            subject,
            quantity=Quantity(0, 0, text=words),
            measure="killed",
        )

        assert group == "soldiers.eg"

    def test_a_speaker_of_a_nation_speaks_of_its_soldiers(self):
        """'A Polish defence official said 12 service members were hurt': Polish soldiers."""
        assert ("injured", "soldiers.pl", 12) in groups_of(
            "A Polish defence official, speaking on condition of anonymity, said 12 service "
            "members were hurt."
        )


class TestGroupContextAppositions:
    @pytest.mark.parametrize(
        "sentence",
        ["Three soldiers, all Malian, were killed.", "Three soldiers, all from Mali, were killed."],
    )
    def test_an_apposition_names_the_group(self, sentence):
        """'three soldiers, all Malian,' are Malian whatever came before."""
        ctx = GroupContext(["Belgian troops patrolled the town.", sentence])

        group = ctx.resolve(
            1, 0, "Three soldiers", quantity=Quantity.exact(3, text="Three"), measure="killed"
        )

        assert group == "soldiers.ml"


class TestGroupContextStanding:
    def test_an_elided_deployment_takes_the_first_one(self):
        """'Britain has 600 troops in Estonia and 150 in Poland': both are British."""
        found = groups_of("Britain has 600 troops in Estonia and 150 in Poland.")

        assert ("troops", "uk.military", 600) in found
        assert ("troops", "uk.military", 150) in found
