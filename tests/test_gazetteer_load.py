"""The gazetteer keys its names in bulk exactly as ``place_key`` keys them one by one."""

from __future__ import annotations

import gc

from claimrec.link import places
from claimrec.link.places import Gazetteer, Place, _ascii_key, _ascii_keys, _names, place_key


def _gazetteer_names() -> list[str]:
    cities = places._read("cities15000.json")
    names = [places.fold(c["name"]) for c in places._read("countries.json").values()]
    names += [places.fold(s["name"]) for s in places._read("us_states.json").values()]
    names += [places.fold(name) for _, _, name in places._read_regions()]
    for c in cities.values() if isinstance(cities, dict) else cities:
        names += _names(Place(str(c["geonameid"]), c["name"], "city", "XX"), c["alternatenames"])
    return names


def test_bulk_keys_equal_one_by_one_on_every_gazetteer_name() -> None:
    names = _gazetteer_names()
    assert len(names) > 100_000
    assert _ascii_keys(names) == [_ascii_key(n) for n in names]


def test_bulk_keys_of_awkward_names() -> None:
    written = [
        "",
        " ",
        "  Al  ",
        "al-asad air base",
        "the city of  Ba'qubah's",
        "qal`eh",
        "Qaʼim",
        "São Paulo’s",
        "U.S. Base",
        "as-Sulaymaniyah",
        "aa bb\tcc",
        "Łódź",
        "ash",
        "Ashdod",
        "x\u2028y",
        "Ελλάδα",
        "naïve 12 -- 3",
    ]
    names = [places.fold(n) for n in written]
    assert _ascii_keys(names) == [place_key(n) for n in written]
    assert _ascii_keys([*names, "two\nlines"]) == [_ascii_key(n) for n in [*names, "two\nlines"]]


def _one_by_one(
    entries: list[Place],
    alternates: dict[str, list[str]],
    followed: dict[str, list[str]] | None = None,
) -> dict[str, list[str]]:
    """The index as the gazetteer built it before bulk keying: a key per name.

    *followed* maps a region to the names of the capital it is also found by.
    """
    index: dict[str, list[str]] = {}
    for place in entries:
        if places._vague_admin1(place, place.name):
            continue  # "River Nile", "Van": found only as a region (``resolve(region=True)``)
        keys = {place_key(place.name)}
        names = {n.lower() for n in alternates.get(place.id, ()) if len(n) <= 40}
        names.discard(place.name.lower())
        keys.update(
            _ascii_key(n) if n.isascii() else place_key(n)
            for n in names
            if not places._NON_LATIN.search(n)
        )
        if place.level == "admin1":  # "Plateau" of "Plateau State": a region only, too
            keys = {k for k in keys if not places._vague_admin1(place, k)}
        capital = {n.lower() for n in (followed or {}).get(place.id, ()) if len(n) <= 40}
        keys.update(
            _ascii_key(n) if n.isascii() else place_key(n)
            for n in capital
            if not places._NON_LATIN.search(n)
        )
        for key in keys - {""}:
            index.setdefault(key, []).append(place.id)
    return index


def test_gazetteer_index_equals_keying_one_by_one() -> None:
    entries = [
        Place("1", "Kraków", "city", "PL", population=9),
        Place("2", "Krakow", "city", "XX"),
        Place("3", "Qal`eh", "city", "IR"),
        Place("4", "Al Asad", "city", "IQ"),
    ]
    alternates = {"1": ["Cracow", "КРАКОВ", "Krakau", "KRAKÓW"], "3": ["qal`eh", "Qalʼeh"]}
    g = Gazetteer(entries, alternates)
    expected = _one_by_one(entries, alternates)
    assert {k: [p.id for p in v] for k, v in g._index.items()} == expected
    assert g.resolve("Cracow") == g.resolve("krakau") == entries[0]


def test_default_gazetteer_equals_keying_one_by_one() -> None:
    entries = [
        Place(iso, c["name"], "country", iso) for iso, c in places._read("countries.json").items()
    ]
    entries += [
        Place(f"US.{k}", s["name"], "admin1", "US", k)
        for k, s in places._read("us_states.json").items()
    ]
    alternates: dict[str, list[str]] = {
        iso: list(names) for iso, names in places._COUNTRY_SHORT_NAMES.items()
    }
    cities = places._read("cities15000.json")
    found = []
    for c in cities.values() if isinstance(cities, dict) else cities:
        found.append(
            Place(
                str(c["geonameid"]),
                c["name"],
                "city",
                c["countrycode"],
                c["admin1code"],
                population=c["population"],
            )
        )
        alternates[str(c["geonameid"])] = c["alternatenames"]
    regions, capitals = places._regions(places._read_regions(), found, alternates)
    by_id = {p.id: p for p in found}
    followed = {  # a region is found by its capital's names too
        region: [by_id[capital].name, *alternates[capital]] for region, capital in capitals.items()
    }
    entries += regions
    entries += places._areas(places._read_areas(), regions, alternates)
    entries += found
    expected = {k: sorted(ids) for k, ids in _one_by_one(entries, alternates, followed).items()}
    index = places.default_gazetteer()._index
    assert {k: sorted(p.id for p in v) for k, v in index.items()} == expected


def test_loading_leaves_the_collector_as_it_was() -> None:
    """The collector pauses while the gazetteer loads, and is left on or off as it was."""
    places.default_gazetteer.cache_clear()
    try:
        gc.disable()
        places.default_gazetteer()
        assert not gc.isenabled()
        places.default_gazetteer.cache_clear()
        gc.enable()
        assert len(places.default_gazetteer()) > 100_000
        assert gc.isenabled()
    finally:
        gc.enable()
