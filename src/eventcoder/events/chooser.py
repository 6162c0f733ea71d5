"""A learned choice of the article party an act with no stated recipient is aimed at.

:mod:`.discourse` gives such an act the article's most salient other party by hand-set rules. This module scores
each candidate instead (every other party the article names, the actor's own state's bodies across the line
between its organs and its society, and leaving the recipient empty) with a small logistic model over what the
article says about the candidate around the act: how often and how recently it was named before the act, whether
it took part in the previous sentence's events or was the actor's counterpart in another event, its kind and side,
the act's type, and whether the rules would choose it (so the model starts from the rules). The best candidate
wins. Weights are fitted on the team's gold sets by ``benchmarks/fit_recipients.py`` (a ranking: logistic
regression on the feature differences of right and wrong candidates of one act) and read from
``data/events/recipients.json``; without that file the rules decide alone. None is shipped yet: on the eleven
development sets, left out file by file, the model gained too little over the rules (see the script).

"The army shelled the town; the rebels vowed revenge" names the army in the sentence before the vow: the army, named
last before it and the actor of the previous event, outranks a party the article names more often but only later.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..models import Actor, Event, Mention, top_key

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "events" / "recipients.json"

# the state's own organs (discourse.py reads the line between them and society with these too)
STATE_SIDE = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def known(key: str) -> bool:
    """A resolved party's key (not empty, not ``UNK``)."""
    return bool(key) and not key.startswith("UNK")


def sector_key(key: str) -> str | None:
    """``IDN.CVL.X`` -> ``IDN.CVL``; a key with no sector (or a ``UNK:``/``ALLIANCE:`` key) has none."""
    if ":" in key or "." not in key:
        return None
    return ".".join(key.split(".")[:2])


def _sector(key: str) -> str | None:
    sk = sector_key(key)
    return sk.split(".")[1] if sk else None


def _side(key: str) -> str:
    s = _sector(key)
    return "state" if s is None or s in STATE_SIDE else "society"


def _unit(key: str) -> str:
    """The key a candidate is compared on: a state's body as ``IDN.CVL``, any other party by its top key."""
    return sector_key(key) or top_key(key)


@dataclass
class ArticleView:
    """What the features read from an article, built once: where each party (top key and state body) is named,
    its kind, and the events' parties in text order."""

    starts: dict[str, list[int]]
    kinds: dict[str, str]
    first: str | None
    events: Sequence[Event]

    @classmethod
    def build(cls, events: Sequence[Event], mentions: Iterable[Mention], party_kinds: frozenset[str]) -> ArticleView:
        starts: dict[str, list[int]] = {}
        kinds: dict[str, str] = {}
        first = None
        for m in sorted(mentions, key=lambda m: m.start):
            if m.kind not in party_kinds or not known(m.key):
                continue
            top = top_key(m.key)
            first = first or top
            for k in {top, _unit(m.key)}:
                starts.setdefault(k, []).append(m.start)
                kinds.setdefault(k, m.kind)
        return cls(starts, kinds, first, events)


def _roles(events: Iterable[Event]) -> tuple[set[str], set[str]]:
    """The top keys and state bodies of the actors, and of the stated recipients, of some events."""
    act: set[str] = set()
    rec: set[str] = set()
    for e in events:
        for a in e.actor:
            act |= {top_key(a.key), _unit(a.key)}
        for r in e.recipient:
            if not r.inferred:
                rec |= {top_key(r.key), _unit(r.key)}
    return act, rec


def _bucket(n: int, top: int) -> str:
    return str(min(n, top))


def candidate_features(view: ArticleView, e: Event, cands: Sequence[tuple[str, Actor, float]],
                       rule: str | None) -> list[dict[str, float]]:
    """Features of each candidate ``(unit key, party, salience weight)`` for act ``e``, then of leaving the
    recipient empty (the last dict). ``rule`` is the unit key the hand-set rules choose."""
    at = e.span[0]
    own = top_key(e.actor[0].key)
    akind = view.kinds.get(own, "other")
    aside = _side(e.actor[0].key)
    earlier = [x for x in view.events if x.span[0] < at]
    last = max((x.span[0] for x in earlier), default=-1)
    prev_act, prev_rec = _roles(x for x in earlier if x.span[0] == last)
    same_act, same_rec = _roles(x for x in view.events if x.span == e.span and x is not e)
    # the actor's counterparts elsewhere: whom it acts on, and who acts on it
    mine = [x for x in view.events if x is not e and any(top_key(a.key) == own for a in x.actor)]
    on_me = [x for x in view.events if x is not e and any(top_key(r.key) == own for r in x.recipient)]
    _, its_targets = _roles(mine)
    its_actors, _ = _roles(on_me)
    best = max((w for _, _, w in cands), default=1.0) or 1.0
    # the candidate named last before the act
    recent = max(cands, key=lambda c: _last_before(view, c[0], at), default=None)
    recent_key = recent[0] if recent is not None and _last_before(view, recent[0], at) >= 0 else None
    rule_w = next((w for u, _, w in cands if u == rule), 0.0)
    out = []
    order = sorted(range(len(cands)), key=lambda i: -cands[i][2])
    rank = {i: r for r, i in enumerate(order)}
    for i, (unit, party, w) in enumerate(cands):
        starts = view.starts.get(unit, [])
        before = bisect_left(starts, at)
        ckind = view.kinds.get(unit, "other")
        dom = top_key(unit) == own
        f: dict[str, float] = {
            "rule": unit == rule,
            "rank=" + _bucket(rank[i], 3): 1,
            "weight": min(w, 12) / 12,
            "share": w / best,
            "named_before": before > 0,
            "named_before_n": min(before, 5) / 5,
            "named_after_only": before == 0,
            "named_in_sentence": any(e.span[0] <= s < e.span[1] for s in starts),
            "last_named": unit == recent_key,
            "first_named": top_key(unit) == view.first and not dom,
            "prev_actor": unit in prev_act,
            "prev_recipient": unit in prev_rec,
            "sentence_party": unit in same_act or unit in same_rec,
            "actors_target": unit in its_targets,
            "acts_on_actor": unit in its_actors,
            "domestic": dom,
            "rule_after_only": unit == rule and before == 0,
            "close_to_rule": unit != rule and rule_w > 0 and w >= 0.75 * rule_w,
            "below_rule": max(-2.0, math.log(w / rule_w)) if unit != rule and rule_w > 0 and w > 0 else 0.0,
            "kind=" + ckind: 1,
            "type=" + e.event + ":" + ckind: 1,
            "sides=" + aside + ":" + _side(party.key): 1,
        }
        if dom:
            f["sector=" + (_sector(unit) or "")] = 1
        if before:
            gap = at - starts[before - 1]
            f["gap=" + ("near" if gap <= 300 else "mid" if gap <= 1200 else "far")] = 1
        out.append({k: float(v) for k, v in f.items() if v})
    none: dict[str, float] = {
        "none": 1,
        "none_type=" + e.event: 1,
        "none_modality=" + ("negated" if e.negated else e.modality): 1,
        "none_parties=" + _bucket(len(cands), 3): 1,
        "none_rule_weight": min(rule_w, 12) / 12,
        "none_rule_unnamed_before": rule is not None and bisect_left(view.starts.get(rule, []), at) == 0,
        "none_actor=" + akind: 1,
    }
    out.append({k: float(v) for k, v in none.items() if v})
    return out


def _last_before(view: ArticleView, unit: str, at: int) -> int:
    starts = view.starts.get(unit, [])
    i = bisect_left(starts, at)
    return starts[i - 1] if i else -1


@dataclass(frozen=True)
class Chooser:
    """Logistic weights by feature name and an intercept; the candidate with the highest score wins."""

    weights: dict[str, float]
    bias: float
    meta: dict[str, Any]

    def score(self, feats: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum(w.get(k, 0.0) * v for k, v in feats.items())

    def choose(self, feats: Sequence[dict[str, float]]) -> int:
        """The index of the best candidate (the last index is leaving the recipient empty)."""
        scores = [self.score(f) for f in feats]
        return max(range(len(scores)), key=lambda i: (scores[i], -i))

    def to_dict(self) -> dict[str, Any]:
        return {"bias": round(self.bias, 6), "meta": self.meta,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Chooser:
        return cls({str(k): float(v) for k, v in d["weights"].items()}, float(d["bias"]), dict(d.get("meta", {})))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Chooser | None:
    """The packaged weights (or those at ``path``); None when there are none, and the rules decide alone."""
    p = Path(path) if path else DEFAULT_FILE
    if not p.exists():
        return None
    return Chooser.from_dict(json.loads(p.read_text(encoding="utf-8")))
