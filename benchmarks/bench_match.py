"""
Benchmark ``match_events`` on seeded synthetic reports.

Usage: python benchmarks/bench_match.py [--sizes 1000,10000,100000] [--seed 7] [--cpu]

The generator draws events over two years in a few thousand places (names with
spelling and transliteration variants), reported by many outlets, some reports
undated with only a weekday and some with no date at all. Each size prints the
seconds spent (CPU seconds with ``--cpu``; the first size includes loading the
gazetteer), the candidate pairs scored, the peak resident memory and the
B-cubed F1 against the generated truth.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import resource
import time
from collections import Counter

from claimrec.match import match_events
from claimrec.model import Document

SYLLABLES = [
    "ka",
    "lo",
    "mar",
    "ten",
    "vi",
    "sa",
    "ber",
    "qu",
    "ash",
    "dor",
    "el",
    "fin",
    "ra",
    "mon",
    "tu",
    "zel",
    "ha",
    "nor",
    "pe",
    "sud",
    "gra",
    "wil",
    "ox",
    "by",
]
SUFFIXES = ["ville", "ton", "burg", "field", " City", " Springs", "abad", "iyah", " Heights", ""]
STREETS = [
    "Oak",
    "Elm",
    "Main",
    "Maple",
    "Cedar",
    "Park",
    "Lake",
    "Hill",
    "River",
    "Church",
    "Market",
    "Mill",
    "Pine",
    "Walnut",
    "Spring",
    "Bridge",
    "Station",
    "Garden",
]
KINDS = [
    ("shooting", "shot"),
    ("rocket attack", "hit by rockets"),
    ("stabbing", "stabbed"),
    ("drone strike", "hit by a drone"),
    ("bombing", "hurt in a blast"),
]
FIRST = [
    "James",
    "Maria",
    "Ahmed",
    "Li",
    "Olga",
    "Kwame",
    "Sofia",
    "Ravi",
    "Ana",
    "Tomas",
    "Fatima",
    "Ivan",
    "Grace",
    "Omar",
    "Chen",
    "Lucia",
    "Yusuf",
    "Nina",
    "Pedro",
    "Aisha",
]
LAST = [
    "Okafor",
    "Novak",
    "Haddad",
    "Moreno",
    "Kowalski",
    "Tanaka",
    "Osei",
    "Petrov",
    "Silva",
    "Nguyen",
    "Jaber",
    "Lindqvist",
    "Mensah",
    "Duarte",
    "Kaur",
    "Farouk",
    "Reyes",
    "Ivanova",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def place_names(rng: random.Random, n: int) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        names.add(word.capitalize() + rng.choice(SUFFIXES))
    return sorted(names)


def variant(rng: random.Random, name: str) -> str:
    """A spelling variant: doubled or dropped letter, 'Al-' prefix, case."""
    roll = rng.random()
    if roll < 0.6:
        return name
    if roll < 0.75 and len(name) > 5:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i] + name[i:]
    if roll < 0.9:
        return "Al-" + name
    return name.upper() if rng.random() < 0.5 else name


def generate(n_docs: int, seed: int = 7) -> tuple[list[Document], dict[str, int]]:
    rng = random.Random(seed)
    places = place_names(rng, 3000)
    outlets = [f"Outlet{i}" for i in range(300)]
    start = dt.date(2022, 1, 1)
    docs: list[Document] = []
    truth: dict[str, int] = {}
    event = 0
    while len(docs) < n_docs:
        event += 1
        place = rng.choice(places)
        day = start + dt.timedelta(days=rng.randrange(730))
        kind, verb = rng.choice(KINDS)
        street = f"{rng.choice(STREETS)} Street"
        victim = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        killed, injured = rng.randint(0, 4), rng.randint(1, 9)
        for _ in range(min(rng.randint(1, 7), n_docs - len(docs))):
            lag = rng.choice([0, 0, 1, 1, 1, 2, 3, 5])
            published: dt.date | None = day + dt.timedelta(days=lag)
            roll = rng.random()
            if roll < 0.06:
                when, published = f"on {WEEKDAYS[day.weekday()]}", None
            elif roll < 0.09:
                when, published = "", None
            elif roll < 0.5:
                when = f"on {WEEKDAYS[day.weekday()]}"
            elif roll < 0.8:
                when = f"on {MONTHS[day.month - 1]} {day.day}"
            else:
                when = ""
            name = variant(rng, place)
            outlet = rng.choice(outlets)
            title = f"{NUMBERS[injured - 1].capitalize()} hurt in {kind} in {name}"
            text = (
                f"{name.upper()} — {NUMBERS[injured - 1].capitalize()} people were {verb} {when} "
                f"near {street} in {name}, police said. {victim} was among the wounded"
                + (f" and {NUMBERS[killed - 1]} people were killed." if killed else ".")
                + f"\n{outlet} reported that officers were still at the scene."
            )
            doc_id = f"{outlet.lower()}-{len(docs):07d}"
            docs.append(Document(doc_id, text, title=title, published=published, outlet=outlet))
            truth[doc_id] = event
    return docs, truth


def bcubed(pred: dict[str, str], truth: dict[str, int]) -> tuple[float, float, float]:
    by_p, by_t = Counter(pred.values()), Counter(truth.values())
    pair = Counter((pred[d], truth[d]) for d in truth)
    p = sum(pair[pred[d], truth[d]] / by_p[pred[d]] for d in truth) / len(truth)
    r = sum(pair[pred[d], truth[d]] / by_t[truth[d]] for d in truth) / len(truth)
    return p, r, 2 * p * r / (p + r)


def main() -> int:
    ap = argparse.ArgumentParser(
        description="Benchmark claimrec.match_events on synthetic reports."
    )
    ap.add_argument("--sizes", default="1000", help="comma-separated document counts")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time this process's CPU seconds, not the wall clock (steadier on a shared machine)",
    )
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    times: dict[int, float] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        docs, truth = generate(size, args.seed)
        start = clock()
        matching = match_events(docs)
        seconds = clock() - start
        # process high-water mark (sizes run in ascending order, so it is this size's peak)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        times[size] = seconds
        p, r, f1 = bcubed(dict(matching.document_event), truth)
        print(
            f"{size:>7} docs  {seconds:7.2f} s  {matching.candidate_pairs:>9} candidate pairs  "
            f"peak {peak:7.1f} MiB  events {len(matching.events):>6} (true {len(set(truth.values()))})  "
            f"B-cubed P {p:.3f} R {r:.3f} F1 {f1:.3f}",
            flush=True,
        )
    sizes = sorted(times)
    for a, b in itertools.pairwise(sizes):
        print(f"{a} -> {b}: {b / a:.0f}x documents, {times[b] / times[a]:.1f}x time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
