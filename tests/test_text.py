import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec._text import (
    _FURNITURE_WORDS,
    _GLUED,
    _TERMINAL,
    Sentence,
    _has_terminal,
    _quote_state,
    literal_union,
    split_sentences,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GVA = ROOT.parent / "shared" / "eval" / "gva" / "docs.jsonl"


def texts(text: str, title: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, title=title)]


def body(text: str, title: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, title=title) if s.kind == "body"]


# text made of news-like pieces: words, abbreviations, numbers, quotes, line breaks
news_pieces = st.sampled_from(
    [
        "Police said",
        " U.S.",
        " Brig. Gen.",
        " Jan. 7",
        " 3.5",
        " a.m.",
        " John F. Kennedy",
        ".",
        ". ",
        "? ",
        '"',
        "“",
        "”",
        "\n",
        "\n\n",
        " ",
        "The base was hit",
        "(Baghdad) ",
        "WASHINGTON (Reuters) - ",
        "- ",
        "No. 5",
        "…",
        "https://t.co/x",
        "Copyright 2024",
        "\t",
        "é",
    ]
)
news_texts = st.lists(st.one_of(news_pieces, st.text(max_size=12)), max_size=40).map("".join)


class TestSentence:
    def test_is_a_frozen_value(self):
        """A sentence cannot be changed after it is made."""
        s = Sentence(0, 3, "Hi.", paragraph=0, kind="body")

        with pytest.raises(AttributeError):
            s.start = 1  # type: ignore[misc]


class TestSplitSentences:
    @given(news_texts)
    @settings(max_examples=300, deadline=None)
    def test_spans_index_the_text_in_order_without_overlap(self, text):
        """Every sentence's text is text[start:end]; sentences are ordered and disjoint."""
        sentences = split_sentences(text)

        previous_end = 0
        for s in sentences:
            assert text[s.start : s.end] == s.text
            assert s.text == s.text.strip()
            assert s.text
            assert s.start >= previous_end
            previous_end = s.end
            assert s.kind in {"title", "body", "furniture"}

    @given(news_texts, st.text(max_size=30))
    @settings(max_examples=100, deadline=None)
    def test_spans_hold_with_any_title(self, text, title):
        """A given title never breaks the span invariant."""
        for s in split_sentences(text, title=title):
            assert text[s.start : s.end] == s.text

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Brig. Gen. Pat Ryder said the base was hit. Eight were hurt.",
                ["Brig. Gen. Pat Ryder said the base was hit.", "Eight were hurt."],
            ),
            (
                "A U.S. official said two died. The U.N. sent aid.",
                ["A U.S. official said two died.", "The U.N. sent aid."],
            ),
            (
                "It happened in the U.S. Police said so.",
                ["It happened in the U.S.", "Police said so."],
            ),
            (
                "It happened on Jan. 7 in Iraq. Two died.",
                ["It happened on Jan. 7 in Iraq.", "Two died."],
            ),
            (
                "The shot came at 1:30 a.m. The man fled.",
                ["The shot came at 1:30 a.m.", "The man fled."],
            ),
            (
                "The shot came at 1:30 a.m. Sunday in Fairhaven.",
                ["The shot came at 1:30 a.m. Sunday in Fairhaven."],
            ),
            ("John F. Kennedy was shot. He died.", ["John F. Kennedy was shot.", "He died."]),
            (
                "Dr. Smith and Mr. Jones spoke. They agreed.",
                ["Dr. Smith and Mr. Jones spoke.", "They agreed."],
            ),
            (
                "The rate rose 3.5 percent. It fell later.",
                ["The rate rose 3.5 percent.", "It fell later."],
            ),
            (
                "He lives on St. Paul Avenue. It is quiet.",
                ["He lives on St. Paul Avenue.", "It is quiet."],
            ),
            (
                "He was No. 5 on the list. Police said.",
                ["He was No. 5 on the list.", "Police said."],
            ),
            (
                "Lt. Col. Ann Ray spoke. Sgt. Bo Li agreed.",
                ["Lt. Col. Ann Ray spoke.", "Sgt. Bo Li agreed."],
            ),
            ("Is it over? Nobody knows! We wait.", ["Is it over?", "Nobody knows!", "We wait."]),
            (
                '"How did they get in?" Harlan asked. He left.',
                ['"How did they get in?" Harlan asked.', "He left."],
            ),
            (
                "“We are safe,” he said. “Nobody was hurt.”",
                ["“We are safe,” he said.", "“Nobody was hurt.”"],
            ),
            ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
            ("The toll rose… Rescuers kept digging.", ["The toll rose…", "Rescuers kept digging."]),
        ],
    )
    def test_splits_news_typography(self, text, expected):
        """Abbreviations, initials, decimals and quotes do not end a sentence; real ends do."""
        assert texts(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "No one was hurt.Two hours later a man was shot.",
                ["No one was hurt.", "Two hours later a man was shot."],
            ),
            ("It was loud.\u201dThen he ran.", ["It was loud.\u201d", "Then he ran."]),
            ("All were in their 20s.Two were hurt.", ["All were in their 20s.", "Two were hurt."]),
            ("Read more at Example.com today.", ["Read more at Example.com today."]),
            (
                "Mrs.Smith lives on Elm Ave.North of the park.",
                ["Mrs.Smith lives on Elm Ave.North of the park."],
            ),
        ],
    )
    def test_sentences_glued_by_a_crawler_are_split(self, text, expected):
        """A period between a lower-case word and a capitalised one ends a sentence, bar titles."""
        assert texts(text) == expected

    def test_lines_are_paragraphs(self):
        """Line breaks end sentences and number paragraphs."""
        sentences = split_sentences("Title here\nFirst line. Second one.\n\nThird para.")

        assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
        assert sentences[0].kind == "title"

    def test_wrapped_line_joins_its_continuation(self):
        """A line broken mid-sentence and continued in lower case is one sentence."""
        text = "Body.\nA 16-year-old girl sitting on the porch steps had also been\nhit in the arm, police said."

        assert (
            texts(text)[-1]
            == "A 16-year-old girl sitting on the porch steps had also been\nhit in the arm, police said."
        )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("(Baghdad) Seven Americans were wounded.", "Seven Americans were wounded."),
            ("HALDEN — The shooting killed a boy.", "The shooting killed a boy."),
            ("WASHINGTON (Reuters) - Two soldiers died.", "Two soldiers died."),
            ("BAGHDAD, Iraq (AP) — Rockets hit a base.", "Rockets hit a base."),
            ("CARVER, Tenn. -- New details emerged.", "New details emerged."),
            ("- Five people were hurt.", "Five people were hurt."),
            ("LAGOS, May 5 (Reuters) - A tanker exploded.", "A tanker exploded."),
            ("LIMA, Peru, Friday, Feb. 7, 2025 (AP) — A bus fell.", "A bus fell."),
            ("DHAKA, Jan 5 (UNB) A ferry sank.", "A ferry sank."),
            ("(CNN) — A dam broke.", "A dam broke."),
            ("Manila, Philippines (AFP) – A storm hit.", "A storm hit."),
            ("Harare, Zimbabwe — A mine flooded.", "A mine flooded."),
            ("Jan 5 (Reuters) - Two guards died.", "Two guards died."),
            (
                "Lee, Park and Cho - the victims - were named.",
                "Lee, Park and Cho - the victims - were named.",
            ),
            ("May 5 - the day of the vote - passed.", "May 5 - the day of the vote - passed."),
            ("• Two rockets hit the base.", "Two rockets hit the base."),
        ],
    )
    def test_leaves_datelines_and_bullets_outside_the_span(self, text, expected):
        """Datelines and bullet markers are not part of the sentence."""
        assert body("Intro.\n" + text)[-1] == expected

    def test_keeps_an_outlet_prefix_inside_the_sentence(self):
        """'REUTERS: ...' is attribution, not a dateline: it stays in the sentence."""
        assert body("Intro.\nREUTERS: Two Americans were slightly injured.")[-1].startswith(
            "REUTERS:"
        )

    def test_quote_state_follows_a_quote_across_sentences(self):
        """A quotation opened in one sentence and closed in a later one marks both."""
        sentences = split_sentences(
            "“Two died. Three were hurt. We fear more,” he said. Rain fell."
        )

        assert [(s.quote_before, s.quote_after) for s in sentences] == [
            (False, True),
            (True, True),
            (True, False),
            (False, False),
        ]

    def test_unclosed_quote_does_not_leak_into_the_next_paragraph(self):
        """A quote left open at a paragraph end carries on only if the next paragraph reopens it."""
        sentences = split_sentences("Intro.\n“We will fight.\nThe army withdrew.")

        assert sentences[-1].quote_before is False


class TestTitleAndFurniture:
    def test_first_line_without_period_is_the_title(self):
        """A first line with no final punctuation is the headline."""
        sentences = split_sentences("Seven Americans injured in rocket attack\n\nSeven were hurt.")

        assert [s.kind for s in sentences] == ["title", "body"]

    def test_given_title_marks_the_title_and_its_repeats(self):
        """The given title is the title once; its repeats later on the page are furniture."""
        title = "Troops Injured in Attack"
        text = "Monday 1 January 2024 - 09:21\nTroops Injured in Attack\nStory Code : 12\nTroops Injured in Attack\nTwo were hurt."

        kinds = [s.kind for s in split_sentences(text, title=title)]

        assert kinds == ["furniture", "title", "furniture", "furniture", "body"]

    def test_repeated_paragraph_is_furniture(self):
        """A paragraph that repeats an earlier one (a teaser, a sidebar) is furniture."""
        text = "Intro.\nTwo men were shot on Main Street.\nOther news.\nTwo men were shot on Main Street."

        kinds = [s.kind for s in split_sentences(text)]

        assert kinds[-1] == "furniture"
        assert kinds[1] == "body"

    @pytest.mark.parametrize(
        "line",
        [
            "Copyright 2016 KQRT. All rights reserved.",
            "FOLLOW OUR LIVE BLOG:https://t.co/abc pic.twitter.com/xyz",
            "— The Daily Planet (@DailyPlanet) January 20, 2024",
            "Click here to read more.",
            "Related: Man hurt in Fairhaven crash",
            "Enable JavaScript to play the clip",
            "Advertisement",
            "By Jane Doe and John Roe",
            "By: Metro Desk Staff",
            "source site-59",
            "Date archive",
            "Story Code : 1097419",
            "Read or share this article: http://example.com/abc",
            "reporter@example.com",
            "(813) 371-1860",
            "# # #",
            "(PC, Al-Mayadeen)",
            "March 3, 2015 9:15 AM",
            "Wednesday 22 November 2023 - 09:21",
            "Israel Has Failed to Achieve Its Objectives in Gaza – NYT",
            "Share",
            "Image 3 of 6 Officers stand near the taped-off lot",
            "(Photo: Courtesy/Sheriff's Office)",
            "Follow KQRT.COM: Facebook | Twitter",
            "Slideshow 4 Teens Hurt View Full Caption",
        ],
    )
    def test_recognises_page_furniture(self, line):
        """Credits, share buttons, embeds, bylines, date lines and sidebar headlines are furniture."""
        text = f"Two people were shot, police said.\n{line}\nThe victims were taken to hospital."

        kinds = {s.text: s.kind for s in split_sentences(text)}

        assert any(kinds[t] == "furniture" for t in kinds if t in line or line.startswith(t))
        assert kinds["The victims were taken to hospital."] == "body"

    @pytest.mark.parametrize(
        "line",
        [
            "A 19-year-old was grazed in the arm",
            "Five people were killed and 12 were injured in the shooting late on Saturday night near the club",
            "Police said two men were arrested.",
        ],
    )
    def test_keeps_plain_prose_lines_as_body(self, line):
        """A sentence-case line with a verb is body even without a final period."""
        text = f"Intro line.\n{line}\nEnd."

        assert split_sentences(text)[1].kind == "body"


class TestRealDocuments:
    def test_seed_sentences_keep_their_spans(self):
        """Every seed article splits into sentences that index its text."""
        for path in sorted(SEEDS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            for s in split_sentences(text):
                assert text[s.start : s.end] == s.text

    def test_seed_furniture(self):
        """Embeds and credits of a seed page are furniture, its report is body."""
        text = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")

        kinds = {s.text[:25]: s.kind for s in split_sentences(text)}

        assert kinds["FOLLOW OUR LIVE BLOG:http"] == "furniture"
        assert kinds["— The Palestine Chronicle"] == "furniture"
        assert kinds["US military sources said "] == "body"

    @pytest.mark.skipif(not GVA.exists(), reason="shared evaluation data not present")
    def test_crawled_pages_keep_spans_and_find_boilerplate(self):
        """On 351 crawled pages spans hold, and copyright lines are always furniture."""
        for line in GVA.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for s in split_sentences(doc["text"], title=doc.get("title")):
                assert doc["text"][s.start : s.end] == s.text
                if s.text.lower().startswith("copyright"):
                    assert s.kind == "furniture"


class TestLiteralUnion:
    def test_finds_any_key(self):
        """The pattern matches where any key occurs, a key inside a longer one included."""
        cue = literal_union(("kill", "killed", "dead", "© "))

        assert [bool(cue.search(s)) for s in ("unkillable", "dead", "© 2024", "©2024")] == [
            True,
            True,
            True,
            False,
        ]

    def test_is_case_sensitive(self):
        """Keys are literal: 'Kill' is not 'kill'."""
        assert literal_union(("kill",)).search("Kill") is None

    @pytest.mark.parametrize("keys", [(), ("kill", "")])
    def test_rejects_empty_keys(self, keys):
        """No key, or an empty key (which would match everything), is an error naming the keys."""
        with pytest.raises(ValueError, match="keys must be non-empty"):
            literal_union(keys)

    @given(
        st.lists(st.text(alphabet="ab .(", min_size=1, max_size=4), min_size=1, max_size=6),
        st.text(alphabet="ab .(c", max_size=20),
    )
    @settings(max_examples=300)
    def test_same_answer_as_testing_each_key(self, keys, text):
        """``search`` finds something exactly when one of the keys is a substring."""
        found = literal_union(tuple(keys)).search(text) is not None

        assert found == any(key in text for key in keys)


class TestFastPatterns:
    """The patterns rewritten for speed answer exactly as their plain forms."""

    @given(st.text(alphabet='ab .!?:;"”’)\n', max_size=30))
    @settings(max_examples=300)
    def test_terminal_tail_search(self, line):
        """Searching only the end of a line for final punctuation finds what the whole search finds."""
        assert _has_terminal(line) == (_TERMINAL.search(line) is not None)

    @given(st.text(alphabet='aZb1.!?"” ', max_size=30))
    @settings(max_examples=300)
    def test_glued_ends(self, text):
        """The glued-sentence pattern, punctuation first, finds the same ends as the look-behind first."""
        plain = re.compile(r"(?<=[a-z\d][a-z])[.!?][\"”]?(?=[A-Z][a-z])")

        assert [m.span() for m in _GLUED.finditer(text)] == [m.span() for m in plain.finditer(text)]

    @given(st.text(alphabet="ab ©(Photo:ckLIVE blog\n", max_size=40))
    @settings(max_examples=300)
    def test_furniture_words_first_letter(self, line):
        """The first-letter look-ahead of the furniture words changes no answer."""
        plain = re.compile(_FURNITURE_WORDS.pattern.split(")", 1)[1], re.IGNORECASE)

        assert (_FURNITURE_WORDS.search(line) is None) == (plain.search(line) is None)

    @given(st.text(alphabet='a “«”»"( -—', max_size=16), st.booleans())
    @settings(max_examples=300)
    def test_quote_state_by_marks(self, sentence, inside):
        """Visiting only the quotation marks gives the state that reading every character gives."""
        state = inside
        for i, ch in enumerate(sentence):
            if ch in "“«":
                state = True
            elif ch in "”»":
                state = False
            elif ch == '"':
                prev = sentence[i - 1] if i else " "
                state = prev.isspace() or prev in "([{—–-" if not state else False

        assert _quote_state(sentence, inside=inside) == state

    def test_terminal_examples(self):
        """A stop, a quote or a colon at the end counts; one inside the line does not."""
        assert [
            _has_terminal(s) for s in ("Shots fired.", 'he said."', "Updated:", "U.S. base", "")
        ] == [
            True,
            True,
            True,
            False,
            False,
        ]


class TestLinearTime:
    def test_long_line_and_long_text_finish_in_proportion(self, no_hang):
        """A 100,000-character line and a text ten times longer finish without hanging."""
        unit = (
            "Seven U.S. troops were hurt, a U.S. official said on Jan. 7 at 3 a.m. “We fear more "
        )
        line = (unit * (100_000 // len(unit) + 1))[:100_000]

        with no_hang(120):
            split_sentences(line)
            split_sentences((line + "\n") * 10)


class TestArticleFurniture:
    """Page furniture of full crawled articles: headers, credits, link boxes, captions."""

    def test_a_date_line_under_a_title_is_not_part_of_the_title(self):
        text = (
            "Storm floods coastal towns across the northern province\ndate 2024-03-02\n\nRain fell."
        )
        kinds = [(s.kind, s.text) for s in split_sentences(text)]
        assert kinds[0] == ("title", "Storm floods coastal towns across the northern province")
        assert ("furniture", "date 2024-03-02") in kinds

    @pytest.mark.parametrize(
        "line",
        [
            "This story has been updated.",
            "Reporting by Ann Lee in Lagos; Editing by Tom Hart",
            "A staff reporter in the capital contributed to this report.",
            "We use cookies to improve your visit. Read our cookie policy.",
            "Accept all",
            "Watch: Firefighters battle the blaze at the depot",
            "Our Standards: The Trust Principles.",
            "Purchase Licensing Rights, opens new tab",
            "Skip to main content",
        ],
    )
    def test_credits_updates_and_banners_are_furniture(self, line):
        text = f"Bridge collapse in river town\n\nA bridge fell on Monday.\n\n{line}\n\nTraffic stopped."
        kinds = {s.text: s.kind for s in split_sentences(text)}
        assert kinds[line] == "furniture"
        assert kinds["Traffic stopped."] == "body"

    def test_links_under_a_related_heading_are_furniture_until_the_article_goes_on(self):
        text = (
            "Gas blast wrecks apartment block\n\nA gas blast killed two people on Sunday.\n\n"
            "RELATED COVERAGE\nFire kills 4 in warehouse near the port\nCity orders checks of old pipes\n\n"
            "Residents were moved to a school, the mayor said."
        )
        kinds = {s.text: s.kind for s in split_sentences(text)}
        assert kinds["Fire kills 4 in warehouse near the port"] == "furniture"
        assert kinds["City orders checks of old pipes"] == "furniture"
        assert kinds["Residents were moved to a school, the mayor said."] == "body"

    def test_the_line_above_a_photo_credit_is_a_caption(self):
        text = (
            "Quake shakes hill towns\n\nA quake struck on Friday.\n\n"
            "Rescuers search a collapsed school in a hill village, where nine died.\nPhoto: Staff\n\n"
            "Aid arrived on Saturday."
        )
        kinds = {s.text: s.kind for s in split_sentences(text)}
        assert kinds["Rescuers search a collapsed school in a hill village, where nine died."] == (
            "furniture"
        )
        assert kinds["A quake struck on Friday."] == "body"
        assert kinds["Aid arrived on Saturday."] == "body"

    def test_a_paragraph_separated_from_a_credit_by_a_blank_line_stays_body(self):
        text = (
            "Quake shakes hill towns\n\nA quake struck on Friday, killing nine.\n\nPhoto: Staff\n"
        )
        kinds = {s.text: s.kind for s in split_sentences(text)}
        assert kinds["A quake struck on Friday, killing nine."] == "body"

    def test_the_text_under_a_caption_label_is_the_caption(self):
        text = (
            "Strike hits clinic\n\nA strike hit the clinic on Friday.\n\nImage caption,\n"
            "The ward after the strike, where 12 died, in a picture shared online\n\n"
            "The army denied it."
        )
        kinds = {s.text: s.kind for s in split_sentences(text)}
        assert kinds["The ward after the strike, where 12 died, in a picture shared online"] == (
            "furniture"
        )
        assert kinds["The army denied it."] == "body"

    def test_an_agency_photo_credit_ends_a_caption(self):
        text = (
            "Strike hits clinic\n\nA strike hit the clinic on Friday.\n\n"
            "Smoke rises after a strike that killed 4. REUTERS/Jane Roe\n\n"
            "A Reuters/Ipsos poll found most residents wanted a ceasefire."
        )
        kinds = {s.text: s.kind for s in split_sentences(text)}
        assert kinds["Smoke rises after a strike that killed 4. REUTERS/Jane Roe"] == "furniture"
        assert kinds["A Reuters/Ipsos poll found most residents wanted a ceasefire."] == "body"
