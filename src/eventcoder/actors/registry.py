"""The actor registry: states, organs, roles, people, organisations and IGOs, loaded from YAML.

Our files live in ``eventcoder/data/actors/``; a user file (``--actors FILE`` / config
``actors_files`` / env ``EVENTCODER_ACTORS``) may add entries of the same shapes, and a user entry
overrides ours (same key, or the same alias). A user file may hold any of the top-level sections
``countries``, ``metonyms``, ``organizations``, ``people``, ``roles``, ``corefs``, or be a plain list
of organisation-style entries (``key``, ``name``, ``aliases``...).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import RegistryError
from ..yamlio import load_vocab


@dataclass(frozen=True, slots=True)
class Entity:
    """Something a name can resolve to."""

    key: str
    name: str
    kind: str  # state | org | igo | person | alliance | organ
    code: str  # PLOVER country/entity code
    sector: str | None
    country: str | None = None  # home state (ISO3) where known
    gender: str | None = None
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Term:
    """A surface form in the registry and what it means."""

    entity: Entity
    via: str  # registry | alias | metonym | person | capital


@dataclass(frozen=True, slots=True)
class PersonRole:
    role: str
    key: str
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class Role:
    noun: str
    sector: str
    kind: str  # person | group | body
    title: bool = False
    country: str | None = None  # a role of one state whatever the holder's nationality (the pope: VAT)
    # people of this role placed in (or writing from) one state's territory who belong to another state:
    # "settlers in the West Bank" are Israeli civilians ({PSE: ISR}); a demonym still decides ("Moroccan settlers")
    settled: tuple[tuple[str, str], ...] = ()
    # a people that lives in one state: named in a sentence that places it nowhere, it is that state's ("forced
    # labour of Uyghurs" in a Brussels story: CHN.CVL), not the dateline's; a place in the sentence still decides
    homeland: str | None = None

    def home_in(self, country: str) -> str:
        """The state of people of this role placed in ``country`` ("settlers in the West Bank": ISR)."""
        for place, home in self.settled:
            if place == country:
                return home
        return country


@dataclass
class Registry:
    """Everything the resolver needs, indexed by surface form."""

    entities: dict[str, Entity] = field(default_factory=dict)  # key -> entity
    terms: dict[str, Term] = field(default_factory=dict)  # exact surface form -> term
    adjectives: dict[str, str] = field(default_factory=dict)  # "Iranian" -> IRN
    people_nouns: dict[str, str] = field(default_factory=dict)  # "Iranians" -> IRN
    capitals: dict[str, str] = field(default_factory=dict)  # "Tehran" -> IRN
    roles: dict[str, Role] = field(default_factory=dict)  # "supreme leader" -> Role
    corefs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "regime" -> ("state",)
    person_roles: dict[str, tuple[PersonRole, ...]] = field(default_factory=dict)  # person name -> roles
    role_holders: dict[tuple[str, str], list[tuple[str, PersonRole]]] = field(default_factory=dict)
    # forms that name a different actor in different countries ("Democratic Party", "National Guard"):
    # the resolver picks the one of the article's country
    local_terms: dict[str, list[Term]] = field(default_factory=dict)
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)  # state key -> words of its names
    # organisation key -> keys of its regional branches and affiliates ("AL_QAEDA" -> JNIM, AQAP, ...)
    affiliates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # person name -> key of the party or movement they lead ("Imran Khan" -> PTI): their supporters are the party
    person_party: dict[str, str] = field(default_factory=dict)
    # head words of roles.yaml peoples (``people: true``: "kurds", "serbs" of "ethnic serbs"), which the NER model tags
    # NORP or GPE: they may head an unnamed group
    peoples: set[str] = field(default_factory=set)
    # adjectives that name a bloc only when they qualify what a body puts forward ("a European offer", "European
    # sanctions": the EU); elsewhere ("European leaders") they name no one actor
    bloc_adjectives: dict[str, str] = field(default_factory=dict)  # "European" -> EU
    # a bloc's seat named as an actor is the bloc, not the host state, unless the story names the host state
    # ("Orban accused Brussels of blackmail": the EU; "Congo cut ties with Belgium, accusing Brussels": Belgium)
    bloc_seats: dict[str, str] = field(default_factory=dict)  # "Brussels" -> EU
    # round 30: aliases of a state that name a piece of its land ("Gaza", "the West Bank"), with and without "the";
    # named on a war, a truce or talks they are its setting, no party
    territories: set[str] = field(default_factory=set)
    # demonyms several states share ("Guinean": Guinea, Guinea-Bissau, Equatorial Guinea; "Korean"): the state of
    # those the article names, when it names one
    shared_adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Guinean" -> (GIN, GNB, GNQ)
    # round 31: the state a shared demonym names when the article names none of its states ("Guinean" -> GIN)
    shared_defaults: dict[str, str] = field(default_factory=dict)

    def entity(self, key: str) -> Entity | None:
        if key in self.entities:
            return self.entities[key]
        top = key.split(".", 1)[0]
        base = self.entities.get(top)
        if base is None:
            return None
        sector = key.split(".", 1)[1] if "." in key else base.sector
        return Entity(key, base.name, base.kind, base.code, sector, base.country)

    def key_for(self, country: str, sector: str | None) -> str:
        return f"{country}.{sector}" if sector else country

    def person_key(self, name: str, date: str | None) -> tuple[str, PersonRole] | None:
        """The key a person held on ``date`` (ISO); the latest role if no date.

        Between or after their roles a state official is a former official (``country.ELI``: Trump
        in 2023, Biden in 2025); before their first role they have no sector yet (the bare country,
        or the organisation key they held). A person's non-state key (``HAMAS``) is kept as is.
        """
        roles = self.person_roles.get(name)
        if not roles:
            return None
        best = max(roles, key=lambda r: r.start or "")
        if not date:
            return best.key, best
        day = date[:10]
        current = [r for r in roles if (r.start or "") <= day and (r.end is None or day <= r.end)]
        if current:
            return current[0].key, current[0]  # overlapping roles: the file lists the main one first
        past = [r for r in roles if r.end is not None and r.end < day]
        if past:
            last = max(past, key=lambda r: r.end or "")
            if _days_between(last.end or "", day) <= ROLE_GRACE_DAYS and not self._succeeded(name, last, day):
                return last.key, last  # news of the death/ouster itself still names the office
            base = last.key.split(".", 1)[0]
            party = self.person_party.get(name)
            if party is not None and party in self.entities and self.entities[party].kind != "state":
                # round 37: out of office, the leader of a party speaks and is acted on as his party ("jailed former
                # mayor X", "ousted leader Y"), not as a former official of the state
                return party, last
            if base in self.entities and self.entities[base].kind == "state":
                return f"{base}.ELI", last
            return last.key, last
        first = min(roles, key=lambda r: r.start or "")
        base = first.key.split(".", 1)[0]
        if base in self.entities and self.entities[base].kind == "state":
            return base, first
        return first.key, first

    def _succeeded(self, name: str, role: PersonRole, day: str) -> bool:
        """Whether someone else took up the same office when ``role`` ended (a handover, not a death or an
        ouster): the predecessor is then a former official at once."""
        country = role.key.split(".", 1)[0]
        for other, r in self.role_holders.get((country, role.role.lower()), []):
            if other != name and r.start is not None and role.end is not None and role.end <= r.start <= day:
                return True
        return False

    def holder(self, country: str, role: str, date: str | None) -> str | None:
        """Name of who held ``role`` in ``country`` on ``date`` (the president of the USA on 2023-05-01)."""
        for name, r in self.role_holders.get((country, role), []):
            if date is None or ((r.start or "") <= date and (r.end is None or date <= r.end)):
                return name
        return None


# For this many days after a role ends, reports (of the death, the coup, the handover) still speak of
# the person in that office: "Raisi's helicopter crashed" two days after his death is IRN.GOV.
ROLE_GRACE_DAYS = 14


def _days_between(a: str, b: str) -> int:
    """Days from ISO date ``a`` to ``b`` (a large number when either does not parse)."""
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
    except ValueError:
        return 1 << 30


def _load_yaml(path: Path | Any) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"cannot read registry file: {exc}", path=str(path)) from exc
    try:
        return load_vocab(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise RegistryError(f"invalid YAML: {exc}", path=str(path), line=line + 1 if line is not None else None) from exc


def _as_list(x: Any) -> list[Any]:
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    return [x]


def _variants(form: str) -> set[str]:
    """Surface variants of a registry form: as written, capitalised, and with/without a leading "the"."""
    form = form.strip()
    out = {form}
    if form.lower().startswith("the "):
        out.add(form[4:])
    for f in list(out):
        if f and f[0].islower():
            out.add(f[0].upper() + f[1:])
    return {f for f in out if f}


class _Builder:
    def __init__(self) -> None:
        self.reg = Registry()

    def add_local(self, form: str, ent: Entity, via: str) -> None:
        for v in _variants(form):
            terms = self.reg.local_terms.setdefault(v, [])
            if all(t.entity.key != ent.key for t in terms):
                terms.append(Term(ent, via))

    def add_term(self, form: str, ent: Entity, via: str, override: bool) -> None:
        for v in _variants(form):
            if override or v not in self.reg.terms:
                self.reg.terms[v] = Term(ent, via)

    def countries(self, items: Iterable[dict[str, Any]], override: bool) -> None:
        for c in items:
            key = str(c["key"]).upper()
            ent = Entity(key, c.get("name") or key, "state", key, None, key)
            self.reg.entities[key] = ent
            self.add_term(ent.name, ent, "registry", override)
            for a in _as_list(c.get("aliases")):
                self.add_term(str(a), ent, "alias", override)
            words = " ".join([ent.name, *map(str, _as_list(c.get("aliases")))]).lower().split()
            self.reg.name_words[key] = self.reg.name_words.get(key, frozenset()) | frozenset(words)
            for adj in _as_list(c.get("adjectives")):
                if override or adj not in self.reg.adjectives:
                    self.reg.adjectives[str(adj)] = key
            for adj in _as_list(c.get("shared_adjectives")):
                keys = self.reg.shared_adjectives.get(str(adj), ())
                if key not in keys:
                    self.reg.shared_adjectives[str(adj)] = (*keys, key)
            for adj in _as_list(c.get("shared_default")):
                self.reg.shared_defaults[str(adj)] = key
            for t in _as_list(c.get("territories")):
                self.reg.territories |= _variants(str(t))
            for p in _as_list(c.get("people")):
                if override or p not in self.reg.people_nouns:
                    self.reg.people_nouns[str(p)] = key
            for cap in _as_list(c.get("capital")) + _as_list(c.get("capitals")):
                if override or cap not in self.reg.capitals:
                    self.reg.capitals[str(cap)] = key

    def metonyms(self, items: Iterable[dict[str, Any]], override: bool) -> None:
        for m in items:
            key = str(m["key"])
            country, _, sector = key.partition(".")
            ent = Entity(key, m.get("name") or m["text"], "organ", country, sector or None, country)
            self.reg.entities.setdefault(key, ent)
            forms = [str(m["text"]), *map(str, _as_list(m.get("aliases")))]
            for f in forms:
                if m.get("local"):
                    self.add_local(f, ent, "metonym")
                else:
                    self.add_term(f, ent, "metonym", override)

    def organizations(self, items: Iterable[dict[str, Any]], override: bool) -> None:
        for o in items:
            key = str(o["key"])
            kind = o.get("kind") or "org"
            kind = {"igo": "igo", "alliance": "alliance"}.get(kind, "org")
            code = o.get("code") or o.get("country") or ("IGO" if kind == "igo" else "UNK")
            ent = Entity(
                key,
                o.get("name") or key,
                kind,
                str(code),
                o.get("sector"),
                o.get("country"),
                members=tuple(_as_list(o.get("members"))),
            )
            if override or key not in self.reg.entities:
                self.reg.entities[key] = ent
            parent = o.get("affiliate_of")
            if parent and key not in self.reg.affiliates.get(str(parent), ()):
                self.reg.affiliates[str(parent)] = (*self.reg.affiliates.get(str(parent), ()), key)
            self.add_term(ent.name, ent, "registry", override)
            for a in _as_list(o.get("aliases")):
                self.add_term(str(a), ent, "alias", override)
            for a in _as_list(o.get("local_aliases")):
                self.add_local(str(a), ent, "alias")
            for a in _as_list(o.get("bloc_adjectives")):
                if override or a not in self.reg.bloc_adjectives:
                    self.reg.bloc_adjectives[str(a)] = key
            for seat in _as_list(o.get("seat")):
                if override or seat not in self.reg.bloc_seats:
                    self.reg.bloc_seats[str(seat)] = key
            for w in _as_list(o.get("wings")):
                wkey = str(w["key"])
                went = Entity(wkey, w.get("name") or wkey, kind, str(code), wkey.partition(".")[2] or None, o.get("country"))
                self.reg.entities[wkey] = went
                self.add_term(went.name, went, "registry", override)
                for a in _as_list(w.get("aliases")):
                    self.add_term(str(a), went, "alias", override)

    def people(self, items: Iterable[dict[str, Any]], override: bool) -> None:
        for p in items:
            name = str(p["name"])
            roles = tuple(
                PersonRole(
                    str(r.get("role") or ""),
                    str(r["key"]),
                    str(r["start"]) if r.get("start") else None,
                    str(r["end"]) if r.get("end") else None,
                )
                for r in _as_list(p.get("roles"))
                if r.get("key")
            )
            if not roles and p.get("key"):
                roles = (PersonRole(str(p.get("role") or ""), str(p["key"]), p.get("start"), p.get("end")),)
            if not roles:
                continue
            self.reg.person_roles[name] = roles
            if p.get("party"):
                self.reg.person_party[name] = str(p["party"])
            latest = max(roles, key=lambda r: r.start or "")
            country, _, sector = latest.key.partition(".")
            ent = Entity(latest.key, name, "person", country, sector or None, country, gender=p.get("gender"))
            for form in [name, *map(str, _as_list(p.get("aliases")))]:
                if override or form not in self.reg.terms or self.reg.terms[form].entity.kind == "person":
                    self.reg.terms[form] = Term(ent, "person")
            for r in roles:
                c = r.key.split(".", 1)[0]
                self.reg.role_holders.setdefault((c, r.role.lower()), []).append((name, r))

    def roles(self, items: Iterable[dict[str, Any]], override: bool) -> None:
        for r in items:
            noun = str(r["noun"]).lower()
            if override or noun not in self.reg.roles:
                settled = tuple((str(k), str(v)) for k, v in (r.get("settled") or {}).items())
                self.reg.roles[noun] = Role(noun, str(r["sector"]), str(r.get("kind") or "group"), bool(r.get("title")), r.get("country"), settled,
                                            r.get("homeland"))
                if r.get("people"):
                    self.reg.peoples.add(noun.rsplit(" ", 1)[-1])

    def corefs(self, items: Iterable[dict[str, Any]], override: bool) -> None:
        for c in items:
            noun = str(c["noun"]).lower()
            if noun.startswith("the "):
                noun = noun[4:]
            if override or noun not in self.reg.corefs:
                self.reg.corefs[noun] = tuple(_as_list(c.get("refers_to")))


_SECTIONS = ("countries", "metonyms", "organizations", "people", "roles", "corefs")


def _package_files() -> dict[str, Any]:
    base = resources.files("eventcoder") / "data" / "actors"
    out = {}
    for name in _SECTIONS:
        f = base / f"{name}.yaml"
        if f.is_file():
            out[name] = f
    return out


def build_registry(user_files: Iterable[str | Path] = ()) -> Registry:
    """Load our registry files, then the user's (which override ours)."""
    b = _Builder()
    for section, f in _package_files().items():
        data = _load_yaml(f) or []
        getattr(b, section)(_check_list(data, f), False)
    for uf in user_files:
        path = Path(uf)
        data = _load_yaml(path)
        if isinstance(data, list):
            b.organizations(_check_list(data, path), True)
        elif isinstance(data, dict):
            for section, items in data.items():
                if section not in _SECTIONS:
                    raise RegistryError(f"unknown section {section!r}", path=str(path), hint=f"use one of {', '.join(_SECTIONS)}")
                getattr(b, section)(_check_list(items, path), True)
        elif data is not None:
            raise RegistryError("a registry file must hold a list or a mapping of sections", path=str(path))
    _person_codes(b.reg)
    return b.reg


def _person_codes(reg: Registry) -> None:
    """A person's PLOVER code is that of the body they act for: Haniyeh (HAMAS) -> PSE, Guterres (UN) -> UNO."""
    for form, term in list(reg.terms.items()):
        ent = term.entity
        if ent.kind != "person":
            continue
        body = reg.entities.get(ent.key.split(".", 1)[0])
        if body is not None and body.code and body.code != ent.code:
            reg.terms[form] = Term(replace(ent, code=body.code), term.via)


def _check_list(data: Any, path: Any) -> list[dict[str, Any]]:
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise RegistryError("expected a list of mappings", path=str(path))
    return data


@lru_cache(maxsize=8)
def get_registry(user_files: tuple[str, ...] = ()) -> Registry:
    """The registry, loaded once per process for a given set of user files."""
    return build_registry(user_files)
