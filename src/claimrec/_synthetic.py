"""
Private helpers: a seeded generator of news-like pre-extracted claims, for benchmarks and tests.

The stream grows by days at a steady daily rate: day ``d`` draws its events from a
random generator seeded with ``(seed, d)`` only, so the first *n* claims of a run are
the same whatever the total size (a smaller run is a prefix of a larger one).

Every event happens at one place on one day and is reported by one to seven
documents from a pool of outlets. Places follow a Zipf law (``places="zipf"``), a
uniform law (``"uniform"``) or one hot place in most reports (``"hot"``), and are
written with spelling and transliteration variants ("Al-" prefixes, doubled or
dropped letters, vowel and consonant swaps, case). A report dates the event by
its day, by a weekday alone, or not at all. Counts are exact, approximate, vague
("several"), bounded ("at least 12") or ranges; attributions include relay chains
("AFP, citing a police source"); some claims recall an earlier event at the same
place (focus ``other``) and some are running tallies (scope ``cumulative``).

Each claim is a dict in the ``claimrec.report/1`` claim shape (``report.codec.encode_claim``)
with ``"event"`` None, plus the generator's truth under ``"truth"`` (the event number).
"""

# S311: this generator makes benchmark data; reproducibility, not secrecy, is the point.
# ruff: noqa: S311

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

__all__ = ["PLACE_LAWS", "generate_claims", "place_names", "spelling_variant", "write_claims"]

#: How places are drawn.
PLACE_LAWS: Final = ("zipf", "uniform", "hot")
_START: Final = dt.date(2022, 1, 3)
_SYLLABLES: Final = (
    "ka", "lo", "mar", "ten", "vi", "sa", "ber", "qu", "ash", "dor", "el", "fin", "ra", "mon",
    "tu", "zel", "ha", "nor", "pe", "sud", "gra", "wil", "ox", "by", "kir", "ya", "hum", "dal",
)  # fmt: skip
_SUFFIXES: Final = ("", "", "", "abad", "iyah", "pur", "ville", "ton", "burg", " City")
_KINDS: Final = ("shooting", "rocket attack", "stabbing", "drone strike", "bombing", "air strike")
_OUTLET_WORDS: Final = ("Daily", "Times", "Herald", "Post", "News", "Tribune", "Wire", "Radio")
_WIRES: Final = ("AFP", "Reuters", "AP", "Xinhua", "Anadolu", "ANI")
_INNER: Final = (
    ("anonymous_official", "a police source"),
    ("anonymous_official", "a security official"),
    ("organization", "the health ministry"),
    ("organization", "the civil defence"),
    ("named_person", "spokesman Ali Hassan"),
    ("party", "the militant group"),
    ("vague", "local reports"),
)
_GROUPS: Final = (
    ("people", "people"),
    ("civilians", "civilians"),
    ("police", "police officers"),
    ("soldiers", "soldiers"),
    ("children", "children"),
)
_ACTORS: Final = ("the Islamic State", "the Kata'ib group", "the Northern Front", "unknown gunmen")
_SWAPS: Final = (("ou", "u"), ("u", "ou"), ("y", "i"), ("i", "y"), ("k", "q"), ("q", "k"),
                 ("e", "a"), ("c", "k"), ("ph", "f"), ("sh", "ch"))  # fmt: skip


def place_names(seed: int, n: int) -> list[str]:
    """
    *n* distinct synthetic place names, the same for the same seed.

    >>> place_names(1, 3) == place_names(1, 3)
    True
    """
    rng = random.Random(f"places:{seed}")
    names: dict[str, None] = {}
    while len(names) < n:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
        names.setdefault(word.capitalize() + rng.choice(_SUFFIXES), None)
    return list(names)


def spelling_variant(rng: random.Random, name: str) -> str:
    """
    The name as one report writes it: usually as is, else with one realistic variation.

    >>> spelling_variant(random.Random(3), "Karabad") in {"Karabad", "Al-Karabad", "KARABAD"}
    True
    """
    roll = rng.random()
    if roll < 0.62:
        return name
    if roll < 0.70:
        return "Al-" + name
    if roll < 0.76:
        return name.upper()
    if roll < 0.84 and len(name) > 4:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i] + name[i:]
    if roll < 0.90 and len(name) > 6:
        i = rng.randrange(2, len(name) - 1)
        return name[:i] + name[i + 1 :]
    for old, new in rng.sample(_SWAPS, len(_SWAPS)):
        at = name.find(old, 1)
        if at > 0:
            return name[:at] + new + name[at + len(old) :]
    return name


def _quantity(rng: random.Random, true: int) -> dict[str, Any]:
    roll = rng.random()
    if roll < 0.55 or true == 0:
        low = high = true if rng.random() < 0.85 else max(0, true + rng.choice((-2, -1, 1, 3)))
        return {"low": low, "high": high, "qualifier": "exact", "text": str(low), "tolerance": 0.0}
    if roll < 0.7:
        return {"low": true, "high": true, "qualifier": "approximate", "text": f"about {true}",
                "tolerance": 0.2}  # fmt: skip
    if roll < 0.8 and 3 <= true <= 9:
        return {"low": 3, "high": 9, "qualifier": "vague", "text": "several", "tolerance": 0.0}
    if roll < 0.92:
        low = max(1, true - rng.randint(0, 2))
        return {"low": low, "high": None, "qualifier": "at_least", "text": f"at least {low}",
                "tolerance": 0.0}  # fmt: skip
    low, high = max(0, true - 2), true + rng.randint(1, 5)
    return {"low": low, "high": high, "qualifier": "range", "text": f"{low} to {high}",
            "tolerance": 0.0}  # fmt: skip


def _attribution(rng: random.Random, outlet: str) -> dict[str, Any]:
    roll = rng.random()
    if roll < 0.15:
        return {"kind": "none", "source": None, "chain": []}
    kind, inner = rng.choice(_INNER)
    if roll < 0.55:
        return {"kind": kind, "source": inner, "chain": [inner]}
    if roll < 0.8:
        wire = rng.choice(_WIRES)
        return {"kind": kind, "source": inner, "chain": [wire, inner]}
    return {"kind": kind, "source": inner, "chain": [outlet, rng.choice(_WIRES), inner]}


def _weights(law: str, n: int) -> list[float]:
    if law == "uniform":
        return [1.0] * n
    if law == "hot":
        return [0.6 * n / 0.4 if i == 0 else 1.0 for i in range(n)]
    return [1.0 / (i + 1) ** 1.0 for i in range(n)]


def generate_claims(  # noqa: C901, PLR0912, PLR0915 - one generator of many record shapes, read top to bottom
    n: int,
    *,
    seed: int = 7,
    places: str = "zipf",
    per_day: int = 2000,
    n_places: int = 5000,
) -> Iterator[dict[str, Any]]:
    """
    Yield the first *n* claims of the seeded stream (see the module docstring).

    Args:
        n: How many claims.
        seed: The seed; the same seed gives the same stream.
        places: How places are drawn, one of ``PLACE_LAWS``.
        per_day: Claims per day (the stream grows by days at this rate).
        n_places: How many distinct places.

    Returns:
        An iterator of claim dicts.

    Raises:
        ValueError: *places* is not one of ``PLACE_LAWS``.

    >>> claims = list(generate_claims(50, seed=1))
    >>> len(claims), claims[:20] == list(generate_claims(20, seed=1))
    (50, True)
    """
    if places not in PLACE_LAWS:
        msg = f"places must be one of {', '.join(PLACE_LAWS)}; got {places!r}"
        raise ValueError(msg)
    names = place_names(seed, n_places)
    cum: list[float] = []
    total = 0.0
    for w in _weights(places, n_places):
        total += w
        cum.append(total)
    outlets = [f"{random.Random(f'o:{seed}:{i}').choice(_OUTLET_WORDS)} {i}" for i in range(1500)]
    emitted = 0
    day = 0
    while emitted < n:
        rng = random.Random(f"{seed}:{places}:{day}")
        date = _START + dt.timedelta(days=day)
        budget = per_day
        event = 0
        while budget > 0 and emitted < n:
            event += 1
            truth = f"e{day:05d}-{event:04d}"
            place = names[min(n_places - 1, _bisect(cum, rng.random() * total))]
            kind = rng.choice(_KINDS)
            killed, injured = rng.choice((0, 0, 1, 1, 2, 3, 5, 8)), rng.randint(0, 25)
            actor = rng.choice(_ACTORS) if rng.random() < 0.2 else None
            recall_day = day - rng.randint(3, 200)
            for d in range(rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 7))):
                outlet = rng.choice(outlets)
                doc = f"d{day:05d}-{event:04d}-{d}"
                written = spelling_variant(rng, place)
                roll = rng.random()
                if roll < 0.84:
                    mdate, precision = date.isoformat(), "day"
                elif roll < 0.93:
                    mdate, precision = date.isoformat(), "weekday"
                else:
                    mdate, precision = None, None
                mention = {"location": written, "place": None, "date": mdate,
                           "precision": precision, "kind": kind, "focus": "main"}  # fmt: skip
                if rng.random() < 0.1:
                    mention["kind"] = None
                items: list[tuple[str, Any]] = [("injured", injured)]
                if killed or rng.random() < 0.5:
                    items.append(("killed", killed))
                if rng.random() < 0.5:
                    items.append(("injured", max(0, injured // 2)))
                if actor and rng.random() < 0.6:
                    items.append(("claimed", actor))
                elif rng.random() < 0.1:
                    items.append(("none_claimed", None))
                if rng.random() < 0.1:
                    items.append(("cumulative", rng.randint(30, 400)))
                if recall_day >= 0 and rng.random() < 0.08:
                    items.append(("recall", recall_day))
                for c, (what, value) in enumerate(items):
                    if emitted >= n:
                        return
                    att = _attribution(rng, outlet)
                    claim: dict[str, Any] = {
                        "id": f"{doc}-c{c}",
                        "document": doc,
                        "event": None,
                        "type": "count",
                        "measure": None,
                        "subject": None,
                        "group": None,
                        "scope": "event",
                        "quantity": None,
                        "stance": None,
                        "actor": None,
                        "attribution": att,
                        "flags": [],
                        "span": [c * 120, c * 120 + 90],
                        "sentence": "",
                        "mention": dict(mention),
                        "pattern": "synthetic",
                        "provisional": False,
                        "truth": truth,
                    }
                    if what in {"claimed", "none_claimed"}:
                        claim.update(type="responsibility", scope=None, stance=what, actor=value)
                        who = value or "No group"
                        claim["sentence"] = (
                            f"{who} claimed responsibility for the {kind} in {written}."
                        )
                    else:
                        group, subject = rng.choice(_GROUPS) if rng.random() < 0.4 else _GROUPS[0]
                        measure = "killed" if what == "killed" else "injured"
                        q = _quantity(rng, int(value) if what != "recall" else rng.randint(1, 9))
                        claim.update(measure=measure, subject=f"{q['text']} {subject}",
                                     group=group, quantity=q)  # fmt: skip
                        if what == "cumulative":
                            claim["scope"] = "cumulative"
                            claim["truth"] = None
                        if what == "recall":
                            past = _START + dt.timedelta(days=int(value))
                            claim["mention"] = {"location": written, "place": None,
                                                "date": past.isoformat(), "precision": "day",
                                                "kind": kind, "focus": "other"}  # fmt: skip
                            claim["truth"] = None
                        claim["sentence"] = (
                            f"{q['text'].capitalize()} {subject} were {measure} in the {kind} "
                            f"in {written}, {att['source'] or 'the paper'} said."
                        )
                    claim["span"] = [c * 120, c * 120 + len(claim["sentence"])]
                    emitted += 1
                    budget -= 1
                    yield claim
        day += 1


def _bisect(cum: list[float], x: float) -> int:
    lo, hi = 0, len(cum)
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def write_claims(
    path: Path, n: int, *, seed: int = 7, places: str = "zipf"
) -> dict[str, str | None]:
    """
    Write the first *n* claims of the stream to *path* as claim JSONL; return their truth.

    The truth (each claim's true event, None for noise) is kept out of the rows, as the
    benchmarks score against it.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "claims.jsonl"
    >>> truth = write_claims(path, 3)
    >>> len(truth), len(path.read_text(encoding="utf-8").splitlines())
    (3, 3)
    """
    truth: dict[str, str | None] = {}
    with path.open("w", encoding="utf-8") as f:
        for claim in generate_claims(n, seed=seed, places=places):
            truth[claim["id"]] = claim.pop("truth")
            f.write(json.dumps(claim, ensure_ascii=False) + "\n")
    return truth
