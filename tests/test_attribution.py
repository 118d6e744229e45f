import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec._text import split_sentences
from claimrec.extract import extract
from claimrec.extract._attribution import (
    _ANONYMITY,
    _OUTLETS_MULTI,
    _VAGUE_CUES,
    _VERB_RE,
    SPEECH_VERBS,
    _outlets_in,
    _segments_before,
    _vague_cue,
    attribute_clause,
    attribute_sentences,
)
from claimrec.model import Attribution, CountClaim, Document
from timing import seconds

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def attribute(text: str) -> list[Attribution]:
    return attribute_sentences(split_sentences(text))


def first_count_source(text: str) -> str | None:
    """The source of the first count claim extracted from *text* read as a headline."""
    claims = extract(Document(id="h", text=text, title=text))
    counts = [c for c in claims if isinstance(c, CountClaim)]
    return counts[0].attribution.source if counts else None


def last(text: str) -> Attribution:
    return attribute(text)[-1]


def seed(prefix: str) -> list[tuple[str, Attribution]]:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    sentences = split_sentences(text)
    return [(s.text, a) for s, a in zip(sentences, attribute_sentences(sentences), strict=True)]


def find(pairs: list[tuple[str, Attribution]], start: str) -> Attribution:
    return next(a for t, a in pairs if t.startswith(start))


# (text, kind, source or None to skip, chain or None to skip); the last sentence is checked
CASES = [
    # a participle before the state of the counted people is no speech verb
    ("Rescue ends at the flooded mine with 12 confirmed dead", "none", None, None),
    ("Nine reported missing after the ferry capsized", "none", None, None),
    # named persons, pre-posed and post-posed, with and without titles
    ("Brig. Gen. Pat Ryder said the base was hit.", "named_person", "Brig. Gen. Pat Ryder", None),
    ("Singh added that eight were hurt.", "named_person", "Singh", None),
    ("Trump said the attack was cowardly.", "named_person", "Trump", None),
    ("“We are heartbroken,” said Sandra Holmes.", "named_person", "Sandra Holmes", None),
    (
        "Two were shot, said Lt. John Smith of the Fairhaven Police Department.",
        "named_person",
        "Lt. John Smith of the Fairhaven Police Department",
        None,
    ),
    ("Ryder, a Pentagon spokesperson, said eight were hurt.", "named_person", "Ryder", None),
    (
        "Officer Dan Pellingham said shots were fired.",
        "named_person",
        "Officer Dan Pellingham",
        None,
    ),
    ("Five died, Mayor Karen Bass told reporters.", "named_person", "Mayor Karen Bass", None),
    (
        "The Iraqi prime minister noted that the coalition must leave.",
        "anonymous_official",
        None,
        None,
    ),
    ("Earlier, Abu Ali, a commander of the group, said two died.", "named_person", "Abu Ali", None),
    # anonymous officials
    (
        "Seven were wounded, a U.S. official said Tuesday.",
        "anonymous_official",
        "a U.S. official",
        None,
    ),
    ("US military sources said several soldiers were wounded.", "anonymous_official", None, None),
    (
        "Two died, according to officials who asked not to be named.",
        "anonymous_official",
        None,
        None,
    ),
    (
        "A security source told Reuters that two died.",
        "anonymous_official",
        None,
        ("Reuters", "A security source"),
    ),
    ("Three were hurt, a military source said.", "anonymous_official", "a military source", None),
    (
        "Troops are being evaluated, according to a Pentagon official.",
        "anonymous_official",
        None,
        None,
    ),
    ("A senior Iraqi commander said the base was hit.", "anonymous_official", None, None),
    ("Sources said the convoy was struck.", "anonymous_official", None, None),
    ("Officials said four people died.", "anonymous_official", None, None),
    (
        "An officer who spoke on condition of anonymity said two died.",
        "anonymous_official",
        None,
        None,
    ),
    # organizations
    ("CENTCOM said in a statement that no one was hurt.", "organization", "CENTCOM", None),
    ("The Pentagon said two rockets hit the base.", "organization", "The Pentagon", None),
    ("The Iraqi government said Tuesday that a truck was seized.", "organization", None, None),
    ("Four people were hurt, police said.", "organization", "police", None),
    ("Authorities said five were injured.", "organization", None, None),
    ("The sheriff's office said the suspect fled.", "organization", None, None),
    ("Two died, according to a statement from the Interior Ministry.", "organization", None, None),
    ("The Red Cross said 40 people were treated.", "organization", None, None),
    ("The Fairhaven Police Department announced two arrests.", "organization", None, None),
    ("Hillcrest police responded to a shooting, police said.", "organization", None, None),
    ("A spokesman for the ministry said three died.", "organization", None, None),
    ("The White House announced new sanctions.", "organization", None, None),
    ("Investigators said a fight led to the shooting.", "organization", None, None),
    # media
    ("Two rockets hit the base, Reuters reported.", "media", "Reuters", ("Reuters",)),
    ("REUTERS: Two Americans were slightly injured.", "media", "REUTERS", None),
    ("Three explosions were heard, according to Al-Mayadeen.", "media", "Al-Mayadeen", None),
    ("CNN reported that two drones were downed.", "media", "CNN", None),
    ("Local media reported that four died.", "media", None, None),
    ("KSDK reports that one man died.", "media", "KSDK", None),
    ("The New York Times reported that 12 were hurt.", "media", None, None),
    # parties to the conflict
    (
        "The Islamic Resistance in Iraq said on its Telegram channel that it hit the base.",
        "party",
        None,
        None,
    ),
    ("Hamas said 20 fighters were killed.", "party", "Hamas", None),
    ("The Taliban claimed the attack killed 30 soldiers.", "party", None, None),
    ("Iranian state TV said the Guards fired 12 missiles.", "party", None, None),
    ("Hezbollah said in a statement that it fired rockets.", "party", None, None),
    ("The Houthis claimed responsibility for the strike.", "party", None, None),
    ("The armed group said it had downed a drone.", "party", None, None),
    # relays
    (
        "AFP reported, citing a military source, that rockets fell.",
        "anonymous_official",
        "a military source",
        ("AFP", "a military source"),
    ),
    (
        "Fox News reported, citing US defense officials, that two were hurt.",
        "anonymous_official",
        None,
        ("Fox News", "US defense officials"),
    ),
    (
        "CNN cited an American official confirming the casualties.",
        "anonymous_official",
        None,
        ("CNN", "an American official"),
    ),
    (
        "In a statement cited by Al-Mayadeen, the Iraqi Resistance said the drone fell.",
        "party",
        None,
        ("Al-Mayadeen", "the Iraqi Resistance"),
    ),
    # a group telling of its own fighters speaks as a party to the conflict
    ("The group said its fighters hit the base, Al Jazeera reported.", "party", None, None),
    # vague
    ("Other estimates have ranged from 17 to 40 missiles.", "vague", None, None),
    ("Reports said dozens were killed.", "vague", None, None),
    ("Twelve people were reportedly killed.", "vague", None, None),
    ("It is believed that 30 died.", "vague", None, None),
    ("Ten died, according to reports.", "vague", None, None),
    ("Some sources said the toll was higher.", "vague", None, None),
    ("Witnesses said they heard five shots.", "vague", None, None),
    ("Neighbors said the man often argued with his wife.", "vague", None, None),
    ("Three are said to have died.", "vague", None, None),
    # the reporter's own voice
    ("There are nearly 2,500 American troops in Iraq.", "none", None, None),
    ("No person or group has claimed responsibility for the attack.", "none", None, None),
    ("The attack is described as the strongest since October.", "none", None, None),
    (
        "Iraqi groups have been pressing for an end to the presence of foreign forces.",
        "none",
        None,
        None,
    ),
    ("US forces are stationed there on alleged training missions.", "none", None, None),
    (
        "Troops are there as part of what Washington claims to be a fighting force.",
        "none",
        None,
        None,
    ),
    (
        "The Arab countries defeated the group in 2017, despite false claims of victory.",
        "none",
        None,
        None,
    ),
    (
        "The killing was blamed on Israel, which claimed responsibility for a second.",
        "none",
        None,
        None,
    ),
    ("An estimated 500 people attended the vigil.", "none", None, None),
    ("There were no immediate reports of damage.", "none", None, None),
    ("There have been no further reports of fighting.", "none", None, None),
    # a name set after an office holder's title speaks
    ("Ten died, according to the regional governor, Ana Obi.", "named_person", "Ana Obi", None),
    ("Ten died, said the district administrator, Ana Obi.", "named_person", "Ana Obi", None),
    (
        "Ten died, according to the governor, who spoke on radio.",
        # an office with no name is an official (round 14), not a named person
        "anonymous_official",
        "the governor",
        None,
    ),
    ("Ten died, according to the police, Reuters said.", "organization", "the police", None),
    # a clause before the comma is not a speaker, whatever its capitals
    ("Seven people died, said the mayor.", "anonymous_official", "the mayor", None),
    ("Twenty-two people died, said the mayor.", "anonymous_official", "the mayor", None),
    # a cell is an institution's ("the security media cell") unless armed ("a jihadist cell")
    ("Ten died, the security media cell said.", "organization", None, None),
    ("Ten died, the crisis cell said.", "organization", None, None),
    ("A jihadist cell said it set the fire.", "party", None, None),
    # a figure giver names who a figure counts
    (
        "Since the spring, the monitoring council has recorded 640 deaths among civilians.",
        "organization",
        None,
        None,
    ),
    # a group telling of its own fighters is a party; one telling of its members is not
    ("The group said its fighters killed 12 soldiers.", "party", "The group", None),
    ("The aid group said its members had treated 40 people.", "organization", None, None),
    # a contested figure's contester stands behind no figure of the sentence
    (
        "The ministry said 40 died, a figure the army rejected.",
        "organization",
        "The ministry",
        None,
    ),
    # a headline's institution before a colon speaks; a place or a label does not
    ("Ministry: 210 killed in strike on hospital", "organization", "Ministry", None),
    ("Officials: 12 hurt in blast", "anonymous_official", "Officials", None),
    ("Update: Two dead in crash", "none", None, None),
    # a contested figure: the contesting side speaks in its own clause
    (
        "The army said 27 died, a figure disputed by rebel groups who say 100 were killed.",
        "party",
        "rebel groups",
        None,
    ),
    # public-safety services named by what they do are institutions
    ("The boat sank, the civil defence said.", "organization", "the civil defence", None),
    ("Ten were saved, the coastguard said.", "organization", "the coastguard", None),
    ("The roads are shut, according to the civil protection.", "organization", None, None),
    ("The tremor was shallow, the geological survey said.", "organization", None, None),
]


class TestAttributeSentences:
    @pytest.mark.parametrize(("text", "kind", "source", "chain"), CASES)
    def test_reads_who_stands_behind_a_sentence(self, text, kind, source, chain):
        """Each pattern of news attribution yields its kind, source and relay chain."""
        result = last(text)

        assert result.kind == kind, result
        if source is not None:
            assert result.source == source, result
        if chain is not None:
            assert result.chain == chain, result

    def test_has_one_attribution_per_sentence(self):
        """The result is as long as the sentence list."""
        sentences = split_sentences("Title\nA. B said so. “C.” Copyright 2020 X.")

        assert len(attribute_sentences(sentences)) == len(sentences)

    @pytest.mark.parametrize(
        ("text", "kind", "source"),
        [
            (
                "Seven were hurt, a US official said. Two were evacuated, he said.",
                "anonymous_official",
                "a US official",
            ),
            ("Singh arrived first. Later she said eight were hurt.", "vague", None),
            ("Singh spoke of two dead. Later she said eight were hurt.", "named_person", "Singh"),
            ("Sandra Holmes wept. “He was a good boy,” she said.", "vague", None),
            (
                "Ryder said eight were hurt. He added that two were flown out.",
                "named_person",
                "Ryder",
            ),
            (
                "CNN cited an American official. “Several were injured,” the official said.",
                "anonymous_official",
                "an American official",
            ),
            (
                "CENTCOM said in a statement that the base was hit. The statement said two were hurt.",
                "organization",
                "CENTCOM",
            ),
            ("Hamas said it fired rockets. The group said two of its men died.", "party", "Hamas"),
            ("Hezbollah claimed the strike. It said three soldiers died.", "party", "Hezbollah"),
            (
                "AFP reported, citing a military source, that rockets fell. Two hit the base, the source added.",
                "anonymous_official",
                "a military source",
            ),
            (
                "Explosions were heard, according to Lebanon’s al-Mayadeen television network. The Lebanon-based network said ten missiles were fired.",
                "media",
                "al-Mayadeen",
            ),
            (
                "Al Jazeera said six died. REUTERS: Two were hurt. The Qatar-based channel said more were missing.",
                "media",
                "Al Jazeera",
            ),
            (
                "Police Chief Ann Lee said two died. The chief added that a third was hurt.",
                "named_person",
                "Police Chief Ann Lee",
            ),
        ],
    )
    def test_carries_the_speaker_into_pronouns_and_short_references(self, text, kind, source):
        """'he said', 'the official said', 'the statement said', 'the network said' take the last fitting speaker."""
        result = last(text)

        assert result.kind == kind, result
        if source is not None:
            assert result.source == source, result

    def test_does_not_carry_a_speaker_into_the_reporters_voice(self):
        """A sentence with no speech verb and no quote is the reporter's own, after any speaker."""
        result = attribute("Police said two died. The shooting happened on Main Street.")

        assert [a.kind for a in result] == ["organization", "none"]

    def test_a_quote_takes_the_speaker_named_where_it_closes(self):
        """Every sentence of a multi-sentence quotation takes the speaker named at its end."""
        result = attribute("“Two died. Three were hurt. We fear more,” Lt. Ray Bo said. Rain fell.")

        assert [a.kind for a in result] == ["named_person"] * 3 + ["none"]
        assert result[0].source == "Lt. Ray Bo"

    def test_a_quote_takes_the_speaker_named_where_it_opens(self):
        """A quotation introduced by its speaker keeps that speaker to its end."""
        result = attribute("The mayor said: “Two died. Three were hurt.” Rain fell.")

        assert [a.kind for a in result] == ["anonymous_official", "anonymous_official", "none"]

    def test_a_standalone_quote_takes_the_last_speaker(self):
        """A quoted sentence with no speaker of its own continues the last speaker."""
        result = attribute("Sheriff Tom Ng said the man fled. “We will find him.”")

        assert result[-1].source == "Sheriff Tom Ng"

    def test_furniture_is_unattributed(self):
        """Page furniture never carries a speaker."""
        text = "Police said two died.\nCopyright 2020 Example News. All rights reserved."

        assert last(text).kind == "none"


class TestAttributeClause:
    def test_two_speakers_in_one_sentence_each_keep_their_clause(self):
        """In 'X said A, while Y said B' a claim in B belongs to Y and one in A to X."""
        text = "Police said two people died, while the hospital said three people died."
        sentence = split_sentences(text)[0]
        default = attribute_sentences([sentence])[0]

        in_b = attribute_clause(sentence, text.index("three"), text.index("three") + 5, default)
        in_a = attribute_clause(sentence, text.index("two"), text.index("two") + 3, default)

        assert (in_b.kind, in_b.source) == ("organization", "the hospital")
        assert (in_a.kind, in_a.source) == ("organization", "Police")

    def test_a_contested_figure_keeps_its_speaker(self):
        """In 'X said A, a figure disputed by Y who say B' A is X's and B is Y's."""
        text = "The army said 27 died, a figure disputed by rebel groups who say 100 were killed."
        sentence = split_sentences(text)[0]
        default = attribute_sentences([sentence])[0]

        first = attribute_clause(sentence, text.index("27"), text.index("27") + 2, default)
        second = attribute_clause(sentence, text.index("100"), text.index("100") + 3, default)

        assert (first.kind, first.source) == ("organization", "The army")
        assert (second.kind, second.source) == ("party", "rebel groups")

    def test_one_speaker_returns_the_default(self):
        """With one speaker the sentence's attribution stands."""
        text = "Two died and three were hurt, police said."
        sentence = split_sentences(text)[0]
        default = Attribution("organization", "police", chain=("police",))

        assert attribute_clause(sentence, 0, 3, default) is default

    def test_semicolon_separates_speakers(self):
        """A semicolon also separates two attributed clauses."""
        text = "Hamas said 20 fighters died; the army said 40 were killed."
        sentence = split_sentences(text)[0]

        result = attribute_clause(
            sentence, text.index("40"), text.index("40") + 2, Attribution("party", "Hamas")
        )

        assert result.kind == "organization"


class TestSeedArticles:
    def test_pronoun_carries_the_anonymous_defense_official(self):
        """'..., he said' after the anonymous US defense official is that official."""
        pairs = seed("002")

        result = find(pairs, "Five of the injured are being treated")

        assert result.kind == "anonymous_official"
        assert "official" in (result.source or "")

    def test_lebanon_based_network_is_al_mayadeen(self):
        """'The Lebanon-based news network' resolves to the network named earlier."""
        result = find(seed("004"), "The Lebanon-based news network said")

        assert result.kind == "media"
        assert (result.source or "").lower() == "al-mayadeen"

    def test_weasel_estimates_and_reporter_voice(self):
        """'Other estimates' is vague; the standing troop count is the reporter's own voice."""
        assert find(seed("004"), "Other estimates have ranged").kind == "vague"
        assert find(seed("000"), "There are nearly 2,500 American troops").kind == "none"

    def test_relay_and_carried_source_in_the_afp_report(self):
        """'AFP reported, citing a military source' and 'the source added' share the chain."""
        pairs = seed("000")

        first = find(pairs, '"Rockets were launched')
        second = find(pairs, "Some of the projectiles")

        assert first.chain == ("AFP", "a military source")
        assert second == first

    def test_named_spokesman_and_party_statement(self):
        """Ryder in a statement is a named person; the Islamic Resistance on Telegram is a party."""
        pairs = seed("001")

        assert find(pairs, "Brigadier General Pat Ryder").kind == "named_person"
        assert find(pairs, "The Islamic Resistance in Iraq, an umbrella").kind == "party"
        assert find(pairs, "US personnel have sustained approximately 62").source == "Singh"

    def test_statement_relayed_by_reuters(self):
        """'The statement ... said ..., Reuters reported' is the Central Command relayed by Reuters."""
        result = find(seed("003"), "The statement did not confirm")

        assert result.kind == "organization"
        assert result.chain[0] == "Reuters"

    def test_no_claim_of_responsibility_is_unattributed(self):
        """'No person or group has claimed responsibility' is the reporter's voice."""
        assert find(seed("000"), "No person or group has claimed").kind == "none"


class TestOutletsIn:
    @pytest.mark.parametrize(
        ("text", "outlets"),
        [
            ("The network Al-Jazeera said two died.", ["Al-Jazeera"]),
            ("He told al-jazeera television two died.", ["al-jazeera television"]),
            ("AP reported that it happened at night.", ["AP"]),
            ("It happened at night; the ap said so.", []),
            ("Reuters news agency and SANA said so.", ["Reuters news agency", "SANA"]),
            ("The Waſhington Post said so.", ["Waſhington Post"]),
            ("“Two died,” the Waſhington Post said.", ["Waſhington Post"]),
            ("“Two died,” Sky News said.", ["Sky News"]),
            ("“Two died,” S\u212ay News said.", ["S\u212ay News"]),  # a Kelvin sign for "k"
            ("“Two died,” AL-JAZEERA said.", ["AL-JAZEERA"]),
            ("Two died at a checkpoint near the border.", []),
        ],
    )
    def test_outlets_are_named_ones_capitalised_or_hyphenated(self, text, outlets):
        """Outlet names are found in any script variant; lower-case ones only when hyphenated."""
        assert _outlets_in(text) == outlets

    @given(
        st.lists(
            st.sampled_from(
                [
                    "“",
                    "’",
                    "é",
                    "Sky",
                    "SKY",
                    "News",
                    "Al",
                    "Jazeera",
                    "-",
                    "Waſhington",
                    "Post",
                    "İ",
                    "AP",
                    "Reuters",
                    "said",
                    "the",
                    "Kyodo",
                    "ıt",
                    "x",
                ]
            ),
            max_size=8,
        ),
        st.sampled_from([" ", "", "-"]),
    )
    @settings(max_examples=400)
    def test_cheap_test_skips_only_sentences_without_outlets(self, words, sep):
        """On any text, with any letters, the cheap test never hides an outlet the full search finds."""
        text = sep.join(words)
        full = [
            m.group(0)
            for m in _OUTLETS_MULTI.finditer(text)
            if m.group(0).isupper() or m.group(0)[0].isupper() or "-" in m.group(0)
        ]

        assert [o.split(" ")[0] for o in _outlets_in(text)] == [o.split(" ")[0] for o in full]


class TestSegmentsBefore:
    @pytest.mark.parametrize(
        ("text", "segments"),
        [
            ("Ryder, a Pentagon spokesperson, said", [(31, 31), (6, 30), (0, 5)]),
            ("Two died; the group (in Gaza, Palestine) said", [(9, 40)]),
            ("a, b, c, d, e, f said", [(14, 16), (11, 13), (8, 10), (5, 7)]),
            ("x" * 500 + ", y said", [(501, 503), (103, 500)]),
        ],
    )
    def test_comma_segments_back_to_a_stop(self, text, segments):
        """Segments end at commas, stop at a hard stop, skip short brackets, look back 400 chars."""
        assert _segments_before(text, text.index(" said")) == segments


class TestVerbPattern:
    @given(
        st.lists(
            st.sampled_from([*sorted(SPEECH_VERBS), "according to", "sayings", "a", "x", "tel"]),
            max_size=8,
        ),
        st.sampled_from([" ", ", ", "-", "", "ly "]),
    )
    @settings(max_examples=300)
    def test_same_matches_as_plain_alternation(self, words, sep):
        """Grouping the verbs by first letter finds the same verbs at the same places."""
        plain = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|according to)\b")
        text = sep.join(words)

        assert [m.span() for m in _VERB_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]

    def test_whole_words_only(self):
        """A verb inside a longer word ("sayings", "toldx") is no speech verb."""
        found = [m.group() for m in _VERB_RE.finditer("sayings toldx, says; according to")]

        assert found == ["says", "according to"]


class TestCuePrefilters:
    """The cheap tests before the hedge and anonymity searches change no answer."""

    words = st.sampled_from(
        [
            "it",
            "is",
            "was",
            "has",
            "been",
            "believed",
            "thought",
            "understood",
            "reported",
            "said",
            "claimed",
            "alleged",
            "are",
            "were",
            "to",
            "killed",
            "according",
            "some",
            "unconfirmed",
            "early",
            "reports",
            "accounts",
            "estimates",
            "reportedly",
            "Allegedly",
            "RUMOURED",
            "ıs",
            "ſome",
            "x",
            "on",
            "condition",
            "of",
            "anonymity",
            "declined",
            "named",
            "speaking",
            "anonymously",
            "background",
            "who",
            "not",
            "want",
        ]
    )

    @given(st.lists(words, max_size=7))
    @settings(max_examples=400)
    def test_vague_cue_same_as_search(self, words):
        """The key-word test skips the hedge search only where it would find nothing."""
        text = " ".join(words)
        plain = _VAGUE_CUES.search(text)
        fast = _vague_cue(text)

        assert (fast and fast.span()) == (plain and plain.span())

    @given(st.lists(words, max_size=7))
    @settings(max_examples=300)
    def test_anonymity_first_letters(self, words):
        """The first-letter look-ahead of the anonymity cues finds the same phrases."""
        text = " ".join(words)
        plain = re.compile(_ANONYMITY.pattern.replace("(?=[acdnorsw])", "", 1), re.IGNORECASE)

        assert [m.span() for m in _ANONYMITY.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]

    def test_vague_cue_examples(self):
        """A hedge in any case is found; a plain sentence is not."""
        found = [_vague_cue(s) for s in ("He was REPORTEDLY hurt.", "Two were hurt.")]

        assert [m.group() if m else None for m in found] == ["REPORTEDLY", None]


class TestLinearTime:
    def test_long_line_finishes_in_proportion(self, no_hang):
        """A 100,000-character line of speech verbs and commas is attributed without hanging."""
        unit = "Two died, a U.S. official said, while “police said” the group, citing sources, "
        line = (unit * (100_000 // len(unit) + 1))[:100_000]

        with no_hang(120):
            attribute(line)
            attribute((line + "\n") * 4)


INSTITUTIONS = [
    "The highway patrol said three drivers died.",
    "The municipality said 40 homes were flooded.",
    "The organisers said 12 fans were hurt in the crush.",
    "A fire brigade spokesman said two firefighters were injured.",
    "The fire brigade said the blaze killed four.",
    "The Coast Guard said six fishermen were missing.",
    "The Marine Corps said one Marine was killed.",
    "The civil defence agency said five people died.",
    "The transport ministry said 19 passengers were hurt.",
    "The regional hospital said it had treated 30 people.",
    "The Red Crescent said 20 were hurt.",
    "The UN refugee office said 400 families were displaced.",
    "Two aid organisations working in the area said 11 villagers were killed.",
    "A Paris-based rights monitor said nine fighters were killed.",
    "The rail operator said 3 passengers died.",
    "The provincial disaster management centre said seven were missing.",
    "Authorities said 12 people were arrested.",
    "The district administration's final report counted 31 injured.",
    "A police tally put the dead at 300.",
    "The Federal Road Safety Corps said eight travellers died.",
]


class TestInstitutions:
    @pytest.mark.parametrize("text", INSTITUTIONS)
    def test_institutions_are_organizations_by_their_head_noun(self, text: str) -> None:
        """Agencies, services, brigades, patrols, corps, offices, centres, aid groups: organization."""
        assert last(text).kind == "organization"

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("The Kestrel News Agency reported that two rockets landed.", "media"),
            ("State television said nine people died in the landslide.", "media"),
            ("Local media said 12 people drowned.", "media"),
            ("According to local media, 12 people drowned.", "media"),
            ("State television said the Guards fired 20 missiles at the base.", "party"),
            ("The Dawn Brigades said three soldiers were killed.", "party"),
            ("The Free Delta Army said three soldiers were killed.", "party"),
            ("The Syrian army said three soldiers were killed.", "organization"),
            ("Doctors at the central hospital said 30 were treated.", "anonymous_official"),
            ("A surgeon at the clinic said 12 were admitted.", "anonymous_official"),
        ],
    )
    def test_outlets_parties_and_staff_are_told_apart(self, text: str, kind: str) -> None:
        """A news agency is media, a civil agency an institution; state media speak for a side at war."""
        assert last(text).kind == kind


class TestFigureGivers:
    @pytest.mark.parametrize(
        ("text", "kind", "source"),
        [
            ("The ministry later revised the figure to 31 dead.", "organization", "The ministry"),
            ("The Red Cross put the death toll at 52.", "organization", "The Red Cross"),
            ("Other estimates put the number of dead at 90.", "vague", None),
            ("Some reports put the number of injured at 100.", "vague", "Some reports"),
            ("Police initially said 12 people had been killed.", "organization", "Police"),
            ("The army first said four soldiers had died.", "organization", "The army"),
        ],
    )
    def test_a_speaker_who_gives_a_figure_stands_behind_it(
        self, text: str, kind: str, source: str | None
    ) -> None:
        """'X put the toll at', 'X revised the figure', 'X initially said': X, not a hedge."""
        result = last(text)

        assert result.kind == kind
        if source is not None:
            assert result.source == source

    def test_each_figure_keeps_its_own_source(self) -> None:
        """'N died, according to police, while the Red Cross put the toll at M': two speakers."""
        text = "Nine died, according to police, while the Red Cross put the toll at 14."
        sentence = split_sentences(text)[0]
        default = attribute_sentences([sentence])[0]

        first = attribute_clause(sentence, 0, 4, default)
        second = attribute_clause(sentence, len(text) - 3, len(text) - 1, default)

        assert (first.source, second.source) == ("police", "the Red Cross")

    def test_a_speaker_who_announces_figures_carries_into_the_next_sentences(self) -> None:
        """'X released new figures. Ten died and 40 were hurt.': the figures are X's."""
        text = (
            "The health ministry released new figures on Monday. Ten people died and 40 were hurt."
        )

        result = attribute(text)

        assert [a.kind for a in result] == ["organization", "organization"]

    def test_a_speaker_does_not_carry_into_another_paragraph(self) -> None:
        """The carried speaker stops at a paragraph break."""
        text = (
            "The health ministry released new figures on Monday.\n\nTen people died in the storm."
        )

        result = attribute(text)

        assert result[-1].kind == "none"

    def test_an_unnamed_official_in_a_relative_clause_stays_anonymous(self) -> None:
        """'A police officer who was not authorised to speak said': anonymous_official."""
        text = "A police officer who was not authorised to speak said 14 bodies had arrived."

        assert last(text).kind == "anonymous_official"


class TestAttributionLinearTime:
    @pytest.mark.parametrize(
        "unit",
        [
            "Nine died, according to police, while the Red Cross put the toll at 14; ",
            "the ministry gave new figures ",
            "Some reports said, citing officials, ",
            "A B C  D\u00a0E ",
            "By the ministry's count, in the army's tally, ",
            "Blast kills 5 - police: ",
            "a commander of the rebel brigade, reached by phone, ",
            "the army withdrew its earlier statement that ",
            "Footage appeared to show Images seem to ",
            "video was released Monday that police ",
            "a report by the Ab Cd Ef of 1 ",
            "toll in dispute as ministry says 3 dead, army says far fewer ",
            "Ab sources quoted by the Cd said another put ",
            "Northwatch, a monitoring group, said the Ab, a Cd network, ",
            "A spokesman, who asked not to be named, said ",
            "Save the Children Ab the Cd said in a statement ",
            "The Ab Cd, also known as the Ef, said the Gh-Mail, ",
            "a network of ab cd network of local ",
            "Nine died, said officials at the ab cd, who spoke on condition of anonymity, ",
        ],
    )
    def test_time_grows_in_proportion_to_length(self, unit: str, no_hang) -> None:
        """Four times the text takes well under sixteen times as long (no quadratic or worse)."""

        def run(n: int) -> None:
            line = unit * n + "1."
            attribute(line)
            attribute_clause(split_sentences(line)[0], 0, 1, Attribution())

        with no_hang(120):
            small = seconds(lambda: run(300))
            large = seconds(lambda: run(1200))

        assert large < 8 * small + 0.5


class TestClaimsOfResponsibility:
    def test_a_figure_beside_a_claim_of_responsibility_is_the_reporters(self) -> None:
        """'X claimed the raid, which killed 11': the group speaks, but the 11 are the reporter's."""
        text = "The Hill Front claimed the raid, which killed 11 guards."
        sentence = split_sentences(text)[0]
        default = attribute_sentences([sentence])[0]

        clause = attribute_clause(sentence, text.index("11"), text.index("11") + 2, default)

        assert (default.kind, clause.kind) == ("party", "none")

    def test_a_figure_the_group_gives_is_its_own(self) -> None:
        """'X said its fighters killed 11 guards': the figure is the group's (party)."""
        text = "The Hill Front said its fighters killed 11 guards."
        sentence = split_sentences(text)[0]
        default = attribute_sentences([sentence])[0]

        clause = attribute_clause(sentence, text.index("11"), text.index("11") + 2, default)

        assert clause.kind == "party"


class TestSpeakerPlacement:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Two were missing, said district police chief Ana Obi.", "named_person"),
            ("Nine died, according to provincial health minister Sana Obi.", "named_person"),
            (
                "The opposition said nine died, far more than the two deaths acknowledged by the government.",
                "party",
            ),
            ("The government maintains that two people died.", "organization"),
            ("The country maintains 4,000 troops in the region.", "none"),
            ("The government declared three days of mourning for the 21 people killed.", "none"),
            (
                "Health officials said 57 people were treated, nine of whom were still admitted.",
                "anonymous_official",
            ),
        ],
    )
    def test_the_speaker_is_found_where_news_writing_puts_it(self, text: str, kind: str) -> None:
        """Speakers after the verb, reduced relatives, verbs that need a clause, passives."""
        assert last(text).kind == kind

    def test_a_relay_named_before_its_verb_keeps_its_chain(self) -> None:
        """'The Levant Wire, citing a security source, reported that ...': the source, relayed."""
        result = last(
            "The Levant Wire, citing a security source, reported that two rockets landed."
        )

        assert (result.kind, result.chain) == (
            "anonymous_official",
            ("The Levant Wire", "a security source"),
        )


class TestContextSpeakers:
    def test_a_participle_clause_speaks_for_the_sentence_subject(self) -> None:
        """'X called for an inquiry, saying it had reports that N died': X is the speaker."""
        text = (
            "GENEVA — The UN rights office called for an inquiry into the strike, "
            "saying it had received reports that 30 villagers were killed."
        )

        assert last(text).kind == "organization"

    def test_the_head_noun_alone_points_back_to_the_speaker_named_in_full(self) -> None:
        """'the coalition' after 'the main opposition coalition' is that coalition (party)."""
        text = (
            "The main opposition coalition said nine protesters were killed. "
            "The coalition said 300 of its supporters were arrested."
        )

        result = attribute(text)

        assert [a.kind for a in result] == ["party", "party"]
        assert result[1].source == "The main opposition coalition"


class TestNamesOfInstitutionsAndCrowds:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Reporters Without Borders said two journalists were killed.", "organization"),
            ("Amnesty International said 60 protesters were killed.", "organization"),
            ("Human Rights Watch said 14 civilians died.", "organization"),
            ("The country's state news agency KNA reported three dead.", "media"),
            ("The national disaster agency BNDA said 52 people were killed.", "organization"),
            ("Villagers said 30 people were killed.", "vague"),
            ("Protesters said 4 people were shot.", "vague"),
            ("Rescue workers said 12 people were trapped.", "anonymous_official"),
            ("Factory workers said three colleagues died.", "vague"),
            ("Okafor said three colleagues died.", "named_person"),
            ("The coast guard said six fishermen were missing.", "organization"),
            ("A security guard said three shoppers were hurt.", "vague"),
            ("A second suspect was taken into custody after the shooting that killed one.", "none"),
            ("According to an arrest affidavit, two men were shot.", "organization"),
            ("Western intelligence put the number of dead at about 60.", "organization"),
            ("A military intelligence assessment said 30 fighters were killed.", "organization"),
        ],
    )
    def test_names_of_institutions_and_crowds_at_the_start_of_a_sentence(
        self, text: str, kind: str
    ) -> None:
        """A capital at the start of a sentence is not a person's name: crowds are vague."""
        assert last(text).kind == kind


class TestParticipialAdjuncts:
    def test_a_speech_verb_inside_a_participial_adjunct_names_no_speaker(self) -> None:
        """'…, the agency said, updating its count after relatives reported …' is the agency's."""
        text = (
            "At least 75 people died in the floods, the agency said on Friday, updating its "
            "count after relatives reported family members missing."
        )

        attribution = last(text)

        assert (attribution.kind, attribution.source) == ("organization", "the agency")


class TestAssessmentsAndEstimates:
    """Intelligence estimates and assessments are their makers' ("estimated on Friday that")."""

    @pytest.mark.parametrize(
        ("text", "kind", "source"),
        [
            (
                (
                    "Western intelligence officials estimated on Friday that between 100 and 300 "
                    "people were killed in the explosion."
                ),
                "anonymous_official",
                "Western intelligence officials",
            ),
            (
                "Western intelligence agencies assessed that fewer than 100 people died.",
                "organization",
                "Western intelligence agencies",
            ),
            (
                "Analysts at the institute calculated that about 500 people were wounded.",
                "vague",
                "Analysts at the institute",
            ),
            (
                "A United Nations panel determined that 37 civilians were killed in the strike.",
                "organization",
                "A United Nations panel",
            ),
            (
                "The agency estimated last week that 40 people had died.",
                "organization",
                "The agency",
            ),
            (
                "UN agencies estimate that 2,000 people have died in the floods.",
                "organization",
                "UN agencies",
            ),
        ],
    )
    def test_the_maker_of_an_estimate_speaks(self, text: str, kind: str, source: str) -> None:
        """'estimated/assessed/calculated/determined (on Friday) that' names who stands behind it."""
        attribution = last(text)

        assert (attribution.kind, attribution.source) == (kind, source)

    @pytest.mark.parametrize(
        "text",
        [
            "An estimated 500 people were killed in the explosion.",
            "The rebels took a calculated risk and 12 fighters died.",
            "Rescuers determined to reach the village found 20 bodies.",
            "The army assessed damage to 30 buildings.",
        ],
    )
    def test_the_same_words_as_adjectives_or_with_objects_report_nothing(self, text: str) -> None:
        """'an estimated 500', 'a calculated risk', 'determined to', 'assessed damage': no speaker."""
        assert last(text).kind == "none"


class TestCoordinatedSpeechVerb:
    def test_the_subject_of_the_first_verb_speaks_after_and(self) -> None:
        """'A spokesman for X rejected the account and said …': the spokesman, not the clause."""
        text = (
            "A spokesman for the Red Sickle militia rejected the army's account and said the "
            "group had fired no rockets that night."
        )

        assert last(text).source == "A spokesman for the Red Sickle militia"


class TestSpeakersHiddenByTheirClauses:
    """A speaker is found past an anonymity clause, at a sentence's end and before a colon."""

    @pytest.mark.parametrize(
        ("text", "kind", "source"),
        [
            (
                (
                    "A doctor at the field clinic, who asked not to be named because she feared "
                    "reprisals, said 12 patients had died."
                ),
                "anonymous_official",
                "A doctor at the field clinic",
            ),
            (
                "Up to 30 people may have died under the rubble, rescue officials fear.",
                "anonymous_official",
                "rescue officials",
            ),
            ("Camp commander: 'Four of my men were wounded'", "named_person", "Camp commander"),
            (
                "The agency stood by its count of 212, saying every victim had been named.",
                "organization",
                "The agency",
            ),
        ],
    )
    def test_the_speaker_is_found(self, text: str, kind: str, source: str) -> None:
        """'X, who asked not to be named …, said', '…, officials fear.', 'Title: …', 'stood by its count'."""
        attribution = last(text)

        assert (attribution.kind, attribution.source) == (kind, source)

    @pytest.mark.parametrize(
        "text",
        [
            "Residents fear for their lives after 20 homes burned.",
            "Survivors feared dead were found alive: 14 of them walked out.",
        ],
    )
    def test_fear_with_an_object_names_no_speaker(self, text: str) -> None:
        """'fear for their lives', 'feared dead': no one speaks the figure."""
        assert last(text).kind == "none"


class TestDocumentsFromAnInstitution:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Casualty figures from the ministry show 56 dead.", "organization"),
            ("Data released by the health ministry show 300 killed.", "organization"),
            ("Four were killed in the storm, local media report.", "media"),
            ("The police report said 4 died.", "organization"),
        ],
    )
    def test_a_document_speaks_for_who_issued_it(self, text: str, kind: str) -> None:
        """'figures from X show', 'data released by X', '…, local media report.' are X's."""
        assert last(text).kind == kind

    def test_reports_of_the_dead_are_no_institution(self) -> None:
        """'Reports of the dead' names what is reported, not who reports it: a hedge."""
        assert last("Reports of the dead said 40 died.").kind == "vague"


def test_an_estimate_closing_a_sentence_with_its_day_names_its_maker() -> None:
    """'…, the country's disaster agency estimated on Tuesday.' is the agency's estimate."""
    attribution = last(
        "The quake killed at least 2,000 people, the disaster agency estimated on Tuesday."
    )

    assert (attribution.kind, attribution.source) == ("organization", "the disaster agency")


class TestSpokespeopleOfParties:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("A spokesman for the Red Sickle militia said two fighters were killed.", "party"),
            ("A rebel spokesman said 14 soldiers were killed.", "party"),
            ("A spokesman for the army said two soldiers were killed.", "organization"),
            ("A police spokesman said two officers were hurt.", "organization"),
        ],
    )
    def test_an_unnamed_spokesperson_speaks_as_whom_they_speak_for(
        self, text: str, kind: str
    ) -> None:
        """A militia's or rebels' spokesman is the party; an army's or police's is the institution."""
        assert last(text).kind == kind


class TestTheGroupAsASpeaker:
    def test_the_group_is_never_a_spokesman_named_before(self) -> None:
        """'A military spokesman said … The group said it had fired no rockets': the group, a party."""
        text = (
            "A military spokesman said the blast was caused by a rocket fired by the militia. "
            "The group rejected the accusation and said it had fired no rockets that night."
        )

        attribution = attribute(text)[-1]

        assert (attribution.kind, attribution.source) == ("party", "The group")

    def test_the_groups_are_the_organisations_named_before_not_the_army(self) -> None:
        """After 'two aid organisations said … The army has said …', 'the groups said' is theirs."""
        text = (
            "An air strike killed 11 civilians, two aid organisations working in the area said. "
            "The army has said three fighters were killed. "
            "Nine people were wounded, the groups said in a joint statement."
        )

        attribution = attribute(text)[-1]

        assert attribution.source == "two aid organisations working in the area"


class TestSpeakersNamedAroundTheFigure:
    @pytest.mark.parametrize(
        ("text", "at", "kind", "source"),
        [
            (
                "By the health ministry's count, 64 were killed.",
                0,
                "organization",
                "the health ministry",
            ),
            ("Quake toll rises to 520 - ministry", 0, "organization", "ministry"),
            ("Blast at depot kills 18, says fire service", 0, "organization", "fire service"),
            (
                "Local officials spoke to reporters. They said 27 were hurt.",
                1,
                "anonymous_official",
                "Local officials",
            ),
            (
                "Thirty-one died. That is according to the health department.",
                0,
                "organization",
                "the health department",
            ),
            (
                "Two people familiar with the inquiry said four were held.",
                0,
                "anonymous_official",
                None,
            ),
            ("The insurgents claimed to have killed 60 soldiers.", 0, "party", "The insurgents"),
        ],
    )
    def test_reads_the_speaker_however_it_is_placed(
        self, text: str, at: int, kind: str, source: str | None
    ) -> None:
        """A count's owner, a headline's trailing source, a pronoun's antecedent and a back-pointer are read."""
        result = attribute(text)[at]

        assert result.kind == kind, result
        if source is not None:
            assert result.source == source, result

    @pytest.mark.parametrize(
        "text",
        [
            "The toll stands at: 14 dead",
            "By Monday's count, 12 soldiers had died.",
            "Rescuers heard cries under the rubble where 9 people died.",
            "It is what the group claims to be a victory in which 40 died.",
            "Twelve died in the crash. That is a record for the road.",
        ],
    )
    def test_invents_no_source(self, text: str) -> None:
        """A colon, a date's count, a heard noise, "claims to be" and "That is" name nobody."""
        result = attribute(text)

        assert {a.kind for a in result} == {"none"}, result


class TestRetractedStatements:
    """A speaker that takes back its statement still stands behind the figure it gave."""

    @pytest.mark.parametrize(
        "text",
        [
            "The navy retracted its statement that 12 sailors had been killed.",
            "The ministry withdrew its earlier claim that 12 people had died in the camp.",
        ],
        ids=["retracted", "withdrew-earlier"],
    )
    def test_the_retracting_speaker_gave_the_figure(self, text: str) -> None:
        assert last(text).kind == "organization"

    def test_withdrawing_troops_is_no_speech(self) -> None:
        assert last("The army withdrew its troops after 12 soldiers were killed.").kind == "none"


class TestRound7Speakers:
    """Who speaks before a relative clause, and what pictures show."""

    def test_a_hedged_speaker_before_a_relative_clause_keeps_the_figure(self) -> None:
        """The clause after "said" is the figure, not a speaker named after the verb."""
        text = "Local residents, who fled the shelling, said 12 neighbours had been killed."

        assert (last(text).kind, last(text).source) == ("vague", "Local residents")

    @pytest.mark.parametrize(
        "text",
        [
            "Footage posted online appeared to show 9 bodies near the checkpoint.",
            "Photos seem to show 9 bodies near the checkpoint.",
        ],
        ids=["appeared-to-show", "photos-seem-to-show"],
    )
    def test_pictures_that_appear_to_show_a_figure_are_vague(self, text: str) -> None:
        assert last(text).kind == "vague"

    def test_a_trend_that_shows_no_sign_names_no_speaker(self) -> None:
        assert last("The toll showed no sign of slowing after 9 more died.").kind == "none"

    def test_the_subject_of_a_that_clause_before_said_speaks(self) -> None:
        """ "A video was released that police said showed ...": the police speak."""
        text = "A recording was released on Friday that police said captured the man who shot 3 people."

        assert (last(text).kind, last(text).source) == ("organization", "police")

    def test_a_closing_speaker_relays_the_figure_giver_before_it(self) -> None:
        """ "X put the toll at N, an official said": the official relays X's figure."""
        text = "Army intelligence put the toll at 40, a senior official said."

        assert last(text).chain == ("a senior official", "Army intelligence")

    def test_a_report_by_its_owner_of_a_figure(self) -> None:
        text = "An early report by the coast guard of 12 dead was later corrected."

        assert (last(text).kind, last(text).source) == ("organization", "the coast guard")

    def test_a_speaker_giving_a_comparison_does_not_close_over_earlier_figures(self) -> None:
        """ "Ministry says 300 dead, army says far fewer": the 300 is the ministry's."""
        text = "Toll in dispute as ministry says 300 dead, army says far fewer"

        assert first_count_source(text) == "ministry"

    @pytest.mark.parametrize(
        ("text", "chain"),
        [
            (
                "Army sources quoted by the state broadcaster said 4 soldiers died.",
                ("the state broadcaster", "Army sources"),
            ),
            ("Officials cited by Reuters said 4 soldiers died.", ("Reuters", "Officials")),
        ],
        ids=["quoted-by", "cited-by"],
    )
    def test_a_speaker_quoted_by_an_outlet_is_relayed_by_it(
        self, text: str, chain: tuple[str, ...]
    ) -> None:
        assert (last(text).kind, last(text).chain) == ("anonymous_official", chain)

    def test_figures_cited_by_an_institution_stay_its_own(self) -> None:
        assert (
            last("Three people died, according to figures cited by the ministry.")
            .chain[0]
            .endswith("ministry")
        )

    def test_a_negated_speech_verb_names_no_speaker(self) -> None:
        text = "Six people were reportedly killed, though officials have not confirmed the toll."

        assert last(text).kind == "vague"

    def test_another_speaker_takes_the_kind_of_the_one_before(self) -> None:
        text = "One official said 16 people had died; another put the number at 21."
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [c.attribution.kind for c in claims] == ["anonymous_official"] * 2

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("Doctors said 12 patients died, not 15 as reported earlier.", "Doctors"),
            ("The toll from the crash is 12, not 15 as first reported.", None),
        ],
    )
    def test_a_rejected_figure_names_no_speaker(self, text: str, source: str | None) -> None:
        """'…, not 15 as reported earlier': the words of the rejected figure are no speaker."""
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert claims[0].quantity.low == 12
        assert claims[0].attribution.source == source


class TestRejectedFigures:
    """Round 8: the words of a figure set against the kept one speak for that figure only."""

    @pytest.mark.parametrize(
        ("text", "kept", "other"),
        [
            (
                "The toll from the storm stands at 14, not 20 as some outlets reported.",
                None,
                "outlets",
            ),
            ("The toll is 14, not 20 as the mayor had said on Monday.", None, "mayor"),
            ("Medics said 14 patients died, not 20 as a local channel claimed.", "Medics", None),
            (
                "The agency put the toll at 14, rather than the 20 that residents reported.",
                "agency",
                None,
            ),
            (
                "Fourteen people died, the agency said, fewer than the 20 given by the rebels.",
                "agency",
                "rebels",
            ),
        ],
    )
    def test_the_rejected_figures_source_is_not_the_kept_ones(
        self, text: str, kept: str | None, other: str | None
    ) -> None:
        """'14, not 20 as X reported': X stands behind the 20 (when read), never the 14."""
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        by_low = {c.quantity.low: c.attribution for c in claims}
        assert (by_low[14].source is None) == (kept is None)
        assert kept is None or kept in (by_low[14].source or "")
        assert other is None or other not in " ".join(by_low[14].chain)
        if other is not None and 20 in by_low:
            assert other in (by_low[20].source or "")

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("The toll from the storm stands at 14, not 20, as some outlets reported.", None),
            ("The agency said 14 people died, down from the 20 the mayor announced.", "The agency"),
        ],
    )
    def test_a_comma_or_a_reduced_relative_still_rejects(self, text: str, kept: str | None) -> None:
        """'14, not 20, as X reported' and 'down from the 20 X announced': X is not the 14's."""
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [(c.quantity.low, c.attribution.source) for c in claims][:1] == [(14, kept)]

    def test_a_figure_given_in_a_relative_clause_is_its_givers(self) -> None:
        """'the toll of 47 that hospital officials gave' is the officials' figure."""
        text = "The toll of 47 that hospital officials gave was revised later."
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [(c.quantity.low, c.attribution.source) for c in claims] == [
            (47, "hospital officials")
        ]

    def test_a_rejected_figure_keeps_the_later_speaker(self) -> None:
        """A speaker after the rejected figure's clause still speaks for the kept figure."""
        text = "The toll stands at 14, not 20 as some outlets reported, the governor said."
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [(c.quantity.low, c.attribution.source) for c in claims] == [
            (14, "the governor"),
            (20, "some outlets"),
        ]


class TestRound8Speakers:
    """Round 8: figures passed on by a relay, and speakers who asked not to be named."""

    @pytest.mark.parametrize(
        ("text", "chain"),
        [
            (
                "The aid agency, relaying figures from the health ministry, said 30 people died.",
                ("The aid agency", "the health ministry"),
            ),
            (
                "The UN office said 30 people died, using data from the local authorities.",
                ("The UN office", "the local authorities"),
            ),
        ],
    )
    def test_figures_passed_on_are_a_relay(self, text: str, chain: tuple[str, ...]) -> None:
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [c.attribution.chain for c in claims] == [chain]

    @pytest.mark.parametrize(
        "text",
        [
            "A nurse at the clinic, who asked that her name be withheld, said 30 people died.",
            "A guard at the depot, who asked not to be named, said 30 people died.",
            "A medic at the field hospital, who requested anonymity, said 30 people died.",
        ],
    )
    def test_asking_for_anonymity_is_no_speech(self, text: str) -> None:
        """'who asked that her name be withheld': the clinic does not speak, the nurse does."""
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [c.attribution.kind for c in claims] == ["anonymous_official"]

    def test_lifting_a_toll_gives_it(self) -> None:
        """'The agency lifted its death toll to 122' is the agency's figure, like 'raised'."""
        text = "The agency lifted its death toll to 122 on Monday."
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [(c.quantity.low, c.attribution.source) for c in claims] == [(122, "The agency")]

    def test_a_headline_closing_with_a_title_names_it(self) -> None:
        """'Dam burst: 40 dead, says regional governor': the governor, no '40 dead' speaker."""
        text = "Dam burst: 40 dead, 200 missing, says regional governor"
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert {c.attribution.source for c in claims} == {"regional governor"}

    @pytest.mark.parametrize(
        "text",
        [
            "The UN office said on Tuesday that, according to the ministry, 56 people died.",
            "The UN office said, according to the ministry, that 56 people died.",
        ],
    )
    def test_said_that_according_to_is_a_relay(self, text: str) -> None:
        """'X said that, according to Y, 56 died': X relays Y."""
        claims = [c for c in extract(Document(id="a", text=text)) if isinstance(c, CountClaim)]

        assert [c.attribution.chain for c in claims] == [("The UN office", "the ministry")]
