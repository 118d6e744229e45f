"""
The colours and labels every view of a report shares, defined once.

Each verdict also reads as a word: colour is never the only cue.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ATTRIBUTION_LABELS", "FLAG_COLOURS", "KIND_COLOURS", "MUTED", "VERDICT_COLOURS"]

#: Text colour of each verdict.
VERDICT_COLOURS: Final = {
    "consistent": "#1b7f3b",
    "conflicting": "#b42318",
    "evolving": "#b54708",
}
#: Secondary text: ids, attribution kinds, counts in brackets.
MUTED: Final = "#475467"
#: Colour of each claim flag.
FLAG_COLOURS: Final = {
    "unattributed": "#6941c6",
    "contested": "#b42318",
    "superseded": "#b54708",
    "corroborated": "#1b7f3b",
    "single_source": MUTED,
}
#: How each attribution kind reads in the page.
ATTRIBUTION_LABELS: Final = {
    "named_person": "named person",
    "anonymous_official": "anonymous official",
    "organization": "organization",
    "media": "media",
    "party": "party to the conflict",
    "vague": "vague",
    "none": "reporter's own voice",
}
#: Colour of each attribution kind in charts (Okabe-Ito, readable with colour-blindness).
KIND_COLOURS: Final = {
    "named_person": "#0072B2",
    "organization": "#009E73",
    "anonymous_official": "#56B4E9",
    "media": "#E69F00",
    "party": "#D55E00",
    "vague": "#CC79A7",
    "none": "#7F7F7F",
}
