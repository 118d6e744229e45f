"""
A seeded generator of news-like *articles* (not claims), so the article path can be measured at scale.

Every event happens at one place on one day and is reported by one to five
articles from a pool of outlets, published on the day or up to two days later.
Each article is distinct text: its headline, lead, attribution, figures (digits or
words, exact, "at least", "several"), the way it dates the event (weekday, month
and day, "on Tuesday night"), a street or venue, a quoted witness and a closing
background sentence are drawn per article. Places follow a Zipf law (or one hot
place in most reports) and are written with spelling variants. The first *n*
articles of a seed are the same whatever the total (events are drawn day by day).

Each article is a dict in the shape ``claimrec.load`` reads from JSONL (``id``,
``title``, ``text``, ``published``, ``outlet``) plus the generator's truth under
``incident`` (the event number).
"""

# S311: this generator makes benchmark data; reproducibility, not secrecy, is the point.

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any, Final

from claimrec._synthetic import place_names, spelling_variant

__all__ = ["generate_articles"]

_START: Final = dt.date(2022, 1, 3)
_NUMBERS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_KINDS: Final = (
    ("shooting", "shot", "gunmen opened fire"),
    ("bombing", "killed in a blast", "a bomb exploded"),
    ("stabbing", "stabbed", "an attacker with a knife"),
    ("rocket attack", "killed by rockets", "rockets struck"),
)
_SOURCES: Final = (
    "police said",
    "a police spokesperson said",
    "a hospital official said",
    "the health ministry said in a statement",
    "witnesses told reporters",
    "local officials said",
    "the mayor said",
    "a security source said",
)
_VENUES: Final = (
    "a market", "a bus station", "a wedding hall", "a mosque", "a school",
    "a checkpoint", "a petrol station", "a cafe", "a football pitch", "a bakery",
)  # fmt: skip
_STREET_WORDS: Final = ("Street", "Road", "Avenue", "Lane")
_OUTLETS: Final = ("Daily", "Times", "Herald", "Post", "News", "Tribune", "Courier", "Radio")
_CLOSERS: Final = (
    "The area was sealed off while investigators collected evidence.",
    "No arrests had been made by the evening.",
    "Residents said they heard several loud bangs before sirens.",
    "Shops in the neighbourhood stayed closed the next morning.",
    "It was the second violent incident in the district this month.",
    "Officials promised an inquiry into the security arrangements.",
)


def _figure(rng: random.Random, n: int) -> str:
    roll = rng.random()
    if n == 0:
        return "no"
    if roll < 0.45 and n <= 10:
        return _NUMBERS[n - 1]
    if roll < 0.8:
        return str(n)
    if roll < 0.92:
        return f"at least {max(1, n - rng.randint(0, 1))}"
    return "several" if 3 <= n <= 9 else str(n)


def _when(rng: random.Random, day: dt.date, published: dt.date) -> str:
    roll = rng.random()
    weekday = day.strftime("%A")
    if published == day and roll < 0.3:
        return rng.choice(("on Sunday" if day.weekday() == 6 else "today", "earlier today"))
    if roll < 0.6:
        return f"on {weekday}" + rng.choice(("", " night", " morning", " afternoon"))
    return f"on {day.strftime('%B')} {day.day}"


def _article(rng: random.Random, ident: str, event: dict[str, Any]) -> dict[str, Any]:
    kind, verb, phrase = event["kind"]
    place = spelling_variant(rng, event["place"])
    published = event["day"] + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2)))
    killed, injured = event["killed"], event["injured"]
    k, i = _figure(rng, killed), _figure(rng, injured)
    when, source = _when(rng, event["day"], published), rng.choice(_SOURCES)
    venue, street = rng.choice(_VENUES), event["street"]
    title = rng.choice(
        (
            f"{k.capitalize()} killed in {place} {kind}",
            f"{kind.capitalize()} in {place} leaves {k} dead",
            f"{place}: {k} dead, {i} hurt in {kind}",
        )
    )
    lead = (
        f"{k.capitalize()} people were {verb} and {i} others were wounded {when} "
        f"near {venue} on {street} in {place}, {source}."
    )
    witness = (
        f'"I saw people running from {venue}," said a shopkeeper who gave his name as '
        f"{rng.choice(('Omar', 'Daniel', 'Musa', 'Peter', 'Samir', 'Joseph'))}."
    )
    middle = f"The {kind} happened shortly after {phrase}, residents of {street} said."
    paragraphs = [lead, middle, witness, rng.choice(_CLOSERS)]
    rng.shuffle(paragraphs[1:])
    return {
        "id": ident,
        "title": title,
        "text": "\n\n".join(paragraphs),
        "published": published.isoformat(),
        "outlet": f"{event['city_word']} {rng.choice(_OUTLETS)}",
        "incident": event["number"],
    }


def generate_articles(
    n: int, *, seed: int = 7, places: str = "zipf", per_day: int = 300, n_places: int = 2000
) -> Iterator[dict[str, Any]]:
    """
    Yield the first *n* articles of the seeded stream (see the module docstring).

    Args:
        n: How many articles.
        seed: The stream's seed.
        places: ``zipf`` or ``hot`` (one place in most reports).
        per_day: Articles per day (about).
        n_places: Distinct places.

    >>> a = list(generate_articles(5, seed=1))
    >>> [x["id"] for x in a] == [x["id"] for x in list(generate_articles(8, seed=1))[:5]]
    True
    """
    names = place_names(seed, n_places)
    streets = [
        f"{word.split()[0]} {_STREET_WORDS[i % len(_STREET_WORDS)]}"
        for i, word in enumerate(place_names(seed + 1, 4 * n_places))
    ]
    weights = [1 / (r + 1) for r in range(n_places)]
    made, number, d = 0, 0, 0
    while made < n:
        rng = random.Random(f"articles:{seed}:{d}")
        day = _START + dt.timedelta(days=d)
        count = 0
        while count < per_day and made < n:
            if places == "hot" and rng.random() < 0.6:
                place = names[0]
            else:
                place = rng.choices(names, weights=weights)[0]
            event = {
                "number": number,
                "place": place,
                "day": day,
                "kind": rng.choice(_KINDS),
                "killed": rng.choice((0, 1, 1, 2, 3, 4, 5, 7, 12)),
                "injured": rng.choice((1, 2, 3, 4, 6, 9, 15)),
                "street": rng.choice(streets),
                "city_word": rng.choice(("Metro", "City", "Valley", "Coast", "Capital")),
            }
            event["killed"] = max(1, event["killed"])
            for _ in range(rng.randint(1, 5)):
                if made >= n:
                    break
                yield _article(rng, f"a{d:05d}-{count:04d}", event)
                made += 1
                count += 1
            number += 1
        d += 1
