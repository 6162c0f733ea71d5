"""The one vocabulary of eventcoder: frozen records passed between the pipeline stages.

Every stage (ingest, nlp, actors, events, store, analysis, web) reads and writes these records and
nothing else. ``Event.to_dict`` produces the JSONL event record, the project's public contract
(validated by ``schema/event.schema.json``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

#: The 16 PLOVER event types, in the manual's order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "REJECT",
    "ACCUSE",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

MODALITIES: tuple[str, ...] = ("asserted", "hypothetical", "conditional", "future")

#: How much of ``Event.date`` the text gives: a day ("on Monday"), a month ("in February 2022": the date is the
#: month's first day) or a year ("in 2021": January 1). Background acts a story recalls are often dated so.
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")


def precision_of(day: str | None, precision: str | None) -> str | None:
    """An event's date precision, where records and files written before precision existed have none: such a
    dated event was dated to a day; an undated one has no precision."""
    if day is None:
        return None
    return precision or "day"


def date_label(day: str | None, precision: str | None) -> str | None:
    """An event's date written at its precision: "2021" (year), "2022-02" (month), "2024-03-05" (day)."""
    if not day:
        return None
    return day[:4] if precision == "year" else day[:7] if precision == "month" else day[:10]


def content_id(*parts: str, length: int = 16) -> str:
    """A stable hexadecimal id from the given strings (used for articles and events)."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, a JSONL/CSV record, HTML or stdin."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    path: str | None = None  # where it was read from, "file:line" for record files

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        """Build an article whose id is the hash of its text unless ``id`` is given."""
        aid = meta.pop("id", None) or content_id(text)
        return cls(id=str(aid), text=text, **meta)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "path": self.path,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor or recipient of an event, as in the event record."""

    key: str  # stable identity: IRN, IRN.GOV, HAMAS, HAMAS.MIL, UN, IRQ.REB, UNK:<name>
    code: str  # PLOVER country/entity code: ISO3, or IGO/UNO/EUR/NGO/IMG, or UNK
    sector: str | None
    entity_text: str  # the words in the article
    name: str | None = None  # canonical name of the resolved entity
    # the noun phrase that fills the role, as written ("the Egyptian foreign minister"), and its character
    # offsets in the article text; evidence only, so not part of an actor's identity (equality, dedup)
    phrase: str | None = field(default=None, compare=False)
    phrase_span: tuple[int, int] | None = field(default=None, compare=False)
    # true when the sentence does not name this party and it was read from the article instead (the
    # recipient an act with none named most likely has: see ``events/discourse.py``)
    inferred: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "code": self.code,
            "sector": self.sector,
            "entity_text": self.entity_text,
            "name": self.name,
            "phrase": self.phrase,
            "phrase_span": list(self.phrase_span) if self.phrase_span else None,
            "inferred": self.inferred,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        ps = d.get("phrase_span")
        return cls(
            key=d["key"],
            code=d.get("code") or "UNK",
            sector=d.get("sector"),
            entity_text=d.get("entity_text") or "",
            name=d.get("name"),
            phrase=d.get("phrase"),
            phrase_span=(int(ps[0]), int(ps[1])) if ps else None,
            inferred=bool(d.get("inferred", False)),
        )

    @property
    def top(self) -> str:
        """The top-level key: ``IRN`` for ``IRN.GOV``, ``HAMAS`` for ``HAMAS.MIL``."""
        return top_key(self.key)


def top_key(key: str) -> str:
    """``IRN.GOV`` -> ``IRN``; ``UNK:foo`` and ``ALLIANCE:X`` are returned unchanged."""
    if ":" in key:
        return key
    return key.split(".", 1)[0]


def key_matches(pattern: str, key: str) -> bool:
    """The dotted-prefix rule: ``IRN`` matches ``IRN`` and ``IRN.GOV``; ``IRN.GOV`` matches only itself."""
    return key == pattern or key.startswith(pattern + ".")


@dataclass(frozen=True, slots=True)
class Mention:
    """One actor mention in an article: what the words are, where, and what they resolve to."""

    start: int  # character offsets in the article text
    end: int
    entity_text: str
    key: str
    code: str
    sector: str | None
    name: str | None
    via: str  # registry | alias | demonym | metonym | role | coreference | location | person | ner
    kind: str  # state | org | igo | person | group | alliance | unresolved
    plural: bool = False

    def actor(self) -> Actor:
        return Actor(self.key, self.code, self.sector, self.entity_text, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_text": self.entity_text,
            "span": [self.start, self.end],
            "key": self.key,
            "code": self.code,
            "sector": self.sector,
            "name": self.name,
            "via": self.via,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: at least a country, with coordinates for a known city."""

    name: str
    country: str | None  # ISO3
    lat: float | None = None
    lon: float | None = None
    feature: str = "country"  # country | city | region

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(d["name"], d.get("country"), d.get("lat"), d.get("lon"), d.get("feature", "country"))


@dataclass(frozen=True, slots=True)
class Condition:
    """The condition under which an event would happen: "unless it is attacked by Israel"."""

    text: str
    event: str | None
    actor: tuple[Actor, ...] = ()
    recipient: tuple[Actor, ...] = ()
    negated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "event": self.event,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "negated": self.negated,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Condition:
        return cls(
            text=d.get("text", ""),
            event=d.get("event"),
            actor=tuple(Actor.from_dict(a) for a in d.get("actor") or ()),
            recipient=tuple(Actor.from_dict(a) for a in d.get("recipient") or ()),
            negated=bool(d.get("negated", False)),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event with its evidence. ``to_dict`` is the JSONL record."""

    id: str
    article_id: str
    date: str | None
    event: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    negated: bool
    modality: str
    condition: Condition | None
    event_text: str
    text: str
    span: tuple[int, int]
    event_loc: Place | None = None
    confidence: float = 0.5
    trigger: str = field(default="", compare=False)  # how it was found, for explanations
    # how much of ``date`` the text gives (``DATE_PRECISIONS``): "year" for "seized power in 2021", whose date is
    # 2021-01-01; None exactly when ``date`` is None
    date_precision: str | None = "day"

    def __post_init__(self) -> None:
        precision = precision_of(self.date, self.date_precision)
        if precision != self.date_precision:
            object.__setattr__(self, "date_precision", precision)

    @property
    def date_label(self) -> str | None:
        """The date at its precision: "2021", "2022-02" or "2024-03-05"."""
        return date_label(self.date, self.date_precision)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "negated": self.negated,
            "modality": self.modality,
            "condition": self.condition.to_dict() if self.condition else None,
            "event_text": self.event_text,
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "confidence": round(float(self.confidence), 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=d["id"],
            article_id=d["article_id"],
            date=d.get("date"),
            event=d["event"],
            mode=d.get("mode"),
            context=tuple(d.get("context") or ()),
            actor=tuple(Actor.from_dict(a) for a in d.get("actor") or ()),
            recipient=tuple(Actor.from_dict(a) for a in d.get("recipient") or ()),
            negated=bool(d.get("negated", False)),
            modality=d.get("modality") or "asserted",
            condition=Condition.from_dict(d["condition"]) if d.get("condition") else None,
            event_text=d.get("event_text", ""),
            text=d.get("text", ""),
            span=(int(d["span"][0]), int(d["span"][1])),
            event_loc=Place.from_dict(d["event_loc"]) if d.get("event_loc") else None,
            confidence=float(d.get("confidence", 0.5)),
            # records written before precision existed: ``precision_of``
            date_precision=precision_of(d.get("date"), d.get("date_precision")),
        )

    @property
    def actor_keys(self) -> tuple[str, ...]:
        return tuple(a.key for a in self.actor)

    @property
    def recipient_keys(self) -> tuple[str, ...]:
        return tuple(a.key for a in self.recipient)

    @property
    def stated_recipient_keys(self) -> tuple[str, ...]:
        """The recipients the text names, without those read from the article (``Actor.inferred``): what the
        analyses (incidents, networks, escalation, commitment alerts) are built from."""
        return tuple(a.key for a in self.recipient if not a.inferred)


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event pattern that meets a commitment's condition: types, actor keys, recipient keys.

    Keys match by the dotted-prefix rule; an empty tuple matches anything.
    """

    types: tuple[str, ...]
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"types": list(self.types), "actors": list(self.actors), "recipients": list(self.recipients)}

    def matches(self, event: Event) -> bool:
        if event.event not in self.types:
            return False
        if self.actors and not any(key_matches(p, k) for p in self.actors for k in event.actor_keys):
            return False
        if self.recipients and not any(key_matches(p, k) for p in self.recipients for k in event.stated_recipient_keys):
            return False
        return True


@dataclass(frozen=True, slots=True)
class Commitment:
    """A stated condition: who says they will (or will not) do what, to whom, if (or unless) what happens."""

    id: str
    event_id: str
    article_id: str
    date: str | None
    actor: tuple[str, ...]  # keys of who committed
    action: str  # the PLOVER type they say they will (or will not) do
    negated: bool  # "will not intervene"
    recipient: tuple[str, ...]
    trigger: Trigger
    condition_text: str
    text: str  # the sentence
    kind: str = "conditional"  # conditional (if/unless) | threat | promise
    status: str = "open"  # open | triggered

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "article_id": self.article_id,
            "date": self.date,
            "actor": list(self.actor),
            "action": self.action,
            "negated": self.negated,
            "recipient": list(self.recipient),
            "trigger": self.trigger.to_dict(),
            "condition_text": self.condition_text,
            "text": self.text,
            "kind": self.kind,
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class Alert:
    """A stored event that meets an open commitment's trigger."""

    id: str
    commitment_id: str
    event_id: str
    date: str | None
    commitment_text: str
    event_text: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "commitment_id": self.commitment_id,
            "event_id": self.event_id,
            "date": self.date,
            "commitment_text": self.commitment_text,
            "event_text": self.event_text,
            "summary": self.summary,
        }


@dataclass(frozen=True, slots=True)
class Incident:
    """One real-world event told by one or more articles (its mentions)."""

    id: str
    event: str
    actor: tuple[str, ...]  # top-level keys
    recipient: tuple[str, ...]
    date: str | None
    country: str | None
    n_articles: int
    n_events: int
    text: str  # the first report's sentence

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "actor": list(self.actor),
            "recipient": list(self.recipient),
            "date": self.date,
            "country": self.country,
            "n_articles": self.n_articles,
            "n_events": self.n_events,
            "text": self.text,
        }


def fast_frozen_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that fills each slot through the slot's own descriptor: the
    generated one calls ``object.__setattr__`` per field (a frozen class's ``__setattr__`` refuses), several times
    the cost, and the components make some ten thousand mentions, actors, triggers and events a pass. The same
    parameters, defaults and ``__post_init__`` call; left as it is where a field is not a plain positional one."""
    import dataclasses

    fields = dataclasses.fields(cls)
    if not fields or any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING
                         or not isinstance(cls.__dict__.get(f.name), type(Mention.start)) for f in fields):
        return cls
    ns: dict[str, Any] = {}
    params, body = [], []
    for f in fields:
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            ns[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        ns[f"_s_{f.name}"] = cls.__dict__[f.name].__set__
        body.append(f"    _s_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n", ns)  # noqa: S102
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


for _cls in (Actor, Mention, Place, Condition, Event):
    fast_frozen_init(_cls)
