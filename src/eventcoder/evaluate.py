"""Scoring coded events against gold: ``eventcoder eval GOLD.jsonl``.

Gold is JSONL, one article a line::

    {"id", "text", "published"?, "events": [{"source": [keys], "type": [types], "target": [keys] | null,
      "negated"?: bool, "conditional"?: bool, "symmetric"?: bool, "optional"?: bool}]}

Lists are accepted alternatives. A gold key matches an emitted key equal to it or extending it with a
dot (``IRN`` matches ``IRN.GOV``); ``target: null`` accepts any target; ``symmetric`` accepts either
direction; negation must agree; ``optional`` events are neither missed nor false alarms.

Compound events: PLOVER codes "Egypt and Qatar urged Israel and Hamas" as one event with lists, while
gold writes one event per member. An emitted event is therefore split into member pairs (each actor
with each recipient); each gold event must be met by a distinct pair (one-to-one, a maximum matching,
scored gold before optional). An emitted event is a false alarm when none of its pairs met a gold event.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config import Settings
from .errors import MalformedRecordError
from .models import EVENT_TYPES, Article, Event, key_matches


@dataclass
class GoldEvent:
    source: tuple[str, ...]
    types: tuple[str, ...]
    target: tuple[str, ...] | None
    negated: bool = False
    conditional: bool = False
    symmetric: bool = False
    optional: bool = False
    # when and where it happened, where the annotator could tell: accepted days ("YYYY-MM-DD") and countries
    # (ISO3); scored only on matched events, apart from F1
    dates: tuple[str, ...] | None = None
    places: tuple[str, ...] | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GoldEvent:
        def tup(x: Any) -> tuple[str, ...]:
            return tuple(x) if isinstance(x, list) else (x,)

        return cls(
            source=tup(d["source"]),
            types=tup(d["type"]),
            target=None if d.get("target") is None else tup(d["target"]),
            negated=bool(d.get("negated", False)),
            conditional=bool(d.get("conditional", False)),
            symmetric=bool(d.get("symmetric", False)),
            optional=bool(d.get("optional", False)),
            dates=None if d.get("date") is None else tup(d["date"]),
            places=None if d.get("place") is None else tup(d["place"]),
        )

    def describe(self) -> str:
        tgt = "|".join(self.target) if self.target else "*"
        neg = "NOT " if self.negated else ""
        return f"{neg}{'|'.join(self.types)} {'|'.join(self.source)} -> {tgt}"


def _any_match(gold: Iterable[str], emitted: Iterable[str]) -> bool:
    em = list(emitted)
    return any(key_matches(g, k) for g in gold for k in em)


def matches(g: GoldEvent, e: Event, check_roles: bool = True) -> bool:
    if e.event not in g.types or e.negated != g.negated:
        return False
    if not check_roles:
        return True

    def directed(src: tuple[str, ...], tgt: tuple[str, ...] | None, actors: tuple[str, ...], recips: tuple[str, ...]) -> bool:
        if not _any_match(src, actors):
            return False
        return tgt is None or _any_match(tgt, recips)

    if directed(g.source, g.target, e.actor_keys, e.recipient_keys):
        return True
    if g.symmetric:
        # either direction; reciprocal events may also list both sides as actors
        if g.target is not None and directed(g.target, g.source, e.actor_keys, e.recipient_keys):
            return True
        if g.target is not None and _any_match(g.source, e.actor_keys) and _any_match(g.target, e.actor_keys):
            return True
    return False


@dataclass
class Item:
    id: str
    text: str
    published: str | None
    gold: list[GoldEvent]
    tags: list[str] = field(default_factory=list)


@dataclass
class Report:
    tp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[Item, GoldEvent, list[Event]]] = field(default_factory=list)
    false_alarms: list[tuple[Item, Event]] = field(default_factory=list)
    type_tp: int = 0
    type_fn: int = 0
    type_fp: int = 0
    n_items: int = 0
    tag_tp: Counter[str] = field(default_factory=Counter)
    tag_fn: Counter[str] = field(default_factory=Counter)
    # events whose recipient was read from the article (``Actor.inferred``), those of them matched, and the
    # overall counts with those recipients left out (what the sentences alone give)
    inferred: int = 0
    inferred_tp: int = 0
    stated_tp: int = 0
    stated_fp: int = 0
    stated_fn: int = 0
    # matched events whose gold gives a day / a country: how many, and those the coder got wrong
    dated: int = 0
    placed: int = 0
    date_errors: list[tuple[Item, GoldEvent, Event]] = field(default_factory=list)
    place_errors: list[tuple[Item, GoldEvent, Event]] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def overall(self) -> tuple[float, float, float]:
        return self.prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def to_dict(self) -> dict[str, Any]:
        p, r, f = self.overall()
        tp_, tr_, tf_ = self.prf(self.type_tp, self.type_fp, self.type_fn)
        return {
            "items": self.n_items,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": sum(self.tp.values()),
            "fp": sum(self.fp.values()),
            "fn": sum(self.fn.values()),
            "type_only": {"precision": round(tp_, 4), "recall": round(tr_, 4), "f1": round(tf_, 4)},
            "inferred_recipients": {
                "events": self.inferred,
                "matched": self.inferred_tp,
                "f1_without": round(self.prf(self.stated_tp, self.stated_fp, self.stated_fn)[2], 4),
            },
            "dates": {"events": self.dated, "correct": self.dated - len(self.date_errors),
                      "accuracy": round(1 - len(self.date_errors) / self.dated, 4) if self.dated else None},
            "places": {"events": self.placed, "correct": self.placed - len(self.place_errors),
                       "accuracy": round(1 - len(self.place_errors) / self.placed, 4) if self.placed else None},
            "per_type": {
                t: dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in self.prf(self.tp[t], self.fp[t], self.fn[t]))))
                | {"tp": self.tp[t], "fp": self.fp[t], "fn": self.fn[t]}
                for t in EVENT_TYPES
                if self.tp[t] + self.fp[t] + self.fn[t]
            },
            "recall_by_tag": {
                t: round(self.tag_tp[t] / (self.tag_tp[t] + self.tag_fn[t]), 4)
                for t in sorted(set(self.tag_tp) | set(self.tag_fn))
                if self.tag_tp[t] + self.tag_fn[t]
            },
        }


def load_gold(path: str | Path) -> list[Item]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            items.append(
                Item(
                    id=str(d.get("id") or f"line{n}"),
                    text=d["text"],
                    published=d.get("published"),
                    gold=[GoldEvent.from_dict(g) for g in d.get("events") or []],
                    tags=list(d.get("tags") or []),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise MalformedRecordError(f"bad gold record: {exc}", path=str(path), line=n) from exc
    return items


def _atoms(e: Event) -> list[Event]:
    """The member pairs of a (possibly compound) event."""
    actors = e.actor or ()
    recips = e.recipient or ()
    if len(actors) <= 1 and len(recips) <= 1:
        return [e]
    out = []
    for a in actors:
        if recips:
            out += [replace(e, actor=(a,), recipient=(r,)) for r in recips]
        else:
            out.append(replace(e, actor=(a,)))
    # reciprocal events list every party as actor: keep the whole event too, for symmetric gold
    if not recips and len(actors) > 1:
        out.append(e)
    return out


def _greedy(golds: list[GoldEvent], events: list[Event], check_roles: bool) -> tuple[dict[int, int], set[int]]:
    """gold index -> event index for matched pairs (through member pairs); the set of events that matched.

    A maximum bipartite matching between gold events and member pairs (augmenting paths), so a gold event
    with an open target cannot take the only pair another gold event could use.
    """
    atoms = [(ei, a) for ei, e in enumerate(events) for a in _atoms(e)]
    edges = {gi: [ai for ai, (_, a) in enumerate(atoms) if matches(g, a, check_roles)] for gi, g in enumerate(golds)}
    owner: dict[int, int] = {}  # atom -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for ai in edges[gi]:
            if ai in seen:
                continue
            seen.add(ai)
            if ai not in owner or augment(owner[ai], seen):
                owner[ai] = gi
                return True
        return False

    # a maximum matching, scored events first: an optional event never takes a pair a scored one needs
    for gi in [i for i, g in enumerate(golds) if not g.optional]:
        augment(gi, set())
    for gi in [i for i, g in enumerate(golds) if g.optional]:
        saved = dict(owner)
        if not augment(gi, set()) or sum(not golds[o].optional for o in owner.values()) < sum(
            not golds[o].optional for o in saved.values()
        ):
            owner = saved
    pairs = {gi: atoms[ai][0] for ai, gi in owner.items()}
    return pairs, {atoms[ai][0] for ai in owner}


def date_agrees(day: str | None, precision: str | None, gold: Iterable[str]) -> bool:
    """Does an emitted date agree with the gold's accepted dates? A day must be one of them; a month or a year
    (given as its first day: "2022-02-01" at month precision) agrees with a gold date given at that same
    precision ("2022-02", "2021"), not with a day inside its period: the gold then says the text gives the day."""
    if not day:
        return False
    if precision in ("month", "year"):
        cut = 7 if precision == "month" else 4
        return any(len(g) == cut and g == day[:cut] for g in gold)
    return day in gold


def _when_where(rep: Report, item: Item, g: GoldEvent, e: Event) -> None:
    """Score the date and country of a matched event where the gold gives them."""
    if g.dates:
        rep.dated += 1
        if not date_agrees(e.date, e.date_precision, g.dates):
            rep.date_errors.append((item, g, e))
    if g.places:
        rep.placed += 1
        if (e.event_loc.country if e.event_loc else None) not in g.places:
            rep.place_errors.append((item, g, e))


def score(items: list[Item], coded: dict[str, list[Event]]) -> Report:
    rep = Report(n_items=len(items))
    for item in items:
        events = coded.get(item.id, [])
        pairs, used = _greedy(item.gold, events, True)
        for gi, g in enumerate(item.gold):
            if g.optional:
                continue
            if gi in pairs:
                _when_where(rep, item, g, events[pairs[gi]])
                rep.tp[g.types[0]] += 1
                for t in item.tags:
                    rep.tag_tp[t] += 1
            else:
                rep.fn[g.types[0]] += 1
                rep.misses.append((item, g, events))
                for t in item.tags:
                    rep.tag_fn[t] += 1
        for ei, e in enumerate(events):
            if ei not in used:
                rep.fp[e.event] += 1
                rep.false_alarms.append((item, e))
        guessed = [i for i, e in enumerate(events) if any(r.inferred for r in e.recipient)]
        rep.inferred += len(guessed)
        rep.inferred_tp += sum(1 for i in guessed if i in used)
        stated = [replace(e, recipient=tuple(r for r in e.recipient if not r.inferred)) for e in events] if guessed else events
        spairs, sused = _greedy(item.gold, stated, True) if guessed else (pairs, used)
        rep.stated_tp += sum(1 for gi in spairs if not item.gold[gi].optional)
        rep.stated_fn += sum(1 for gi, g in enumerate(item.gold) if not g.optional and gi not in spairs)
        rep.stated_fp += sum(1 for ei in range(len(stated)) if ei not in sused)
        tpairs, tused = _greedy(item.gold, events, False)
        rep.type_tp += sum(1 for gi in tpairs if not item.gold[gi].optional)
        rep.type_fn += sum(1 for gi, g in enumerate(item.gold) if not g.optional and gi not in tpairs)
        rep.type_fp += sum(1 for ei in range(len(events)) if ei not in tused)
    return rep


def evaluate(path: str | Path, settings: Settings | None = None) -> Report:
    """Code every gold item and score it."""
    from .pipeline import code_articles

    items = load_gold(path)
    arts = [Article(id=i.id, text=i.text, published=i.published) for i in items]
    coded = {c.article.id: list(c.events) for c in code_articles(arts, settings)}
    return score(items, coded)


def describe_event(e: Event) -> str:
    neg = "NOT " if e.negated else ""
    return f"{neg}{e.event} {'+'.join(e.actor_keys) or '-'} -> {'+'.join(e.recipient_keys) or '-'} [{e.event_text}]"
