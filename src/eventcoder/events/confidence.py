"""How likely an emitted event is right: a small logistic model over what the coder knows about it.

The rules find an event and its parties; this layer scores each one with weights learned from the team's own gold
sets (``eventcoder calibrate``), so ``Event.confidence`` is an estimate a user can filter on rather than a hand-set
number. The signals are ones the rules cannot weigh for themselves: how many other events the sentence yields
("sentences that yield five events yield wrong ones"), whether the actor is named in the sentence and how far from
the trigger, whether the parties are known, the event's type and trigger words, its modality, the lead sentence.

Events scoring under the model's threshold (or ``Settings.min_confidence``) are left out of the record, except
those carrying a stated condition (commitments); set it to 0 to keep every event. The weights live in ``data/events/confidence.json``; a user can fit their own on their own
gold with ``eventcoder calibrate GOLD.jsonl ... --out FILE`` and point ``confidence_file`` at it.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..guard import guarded
from ..models import Actor, Event
from ..nlp import child_indices, doc_text, drop_run_caches, token_attrs

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "events" / "confidence.json"

# the words a party is named with that only point back at someone named elsewhere
_POINTERS = frozenset("it they he she we i them him her its their this who which".split())
_STATE = re.compile(r"[A-Z]{3}")
_STATE_SECTOR = re.compile(r"[A-Z]{3}\.[A-Z]{3}")


def _kind(a: Actor) -> str:
    """The shape of a party's key: unknown, a state, a state's sector, or a named group or body."""
    if a.key.startswith("UNK"):
        return "unk"
    if _STATE.fullmatch(a.key):
        return "state"
    if _STATE_SECTOR.fullmatch(a.key):
        return "sector"
    return "group"


def _background(e: Event, published: str | None) -> bool:
    """Is the event dated apart from the report: a day in another month than the report's, or a month or a year
    wholly before the report's ("seized power in 2021")? Not a month or a year whose first day merely differs
    from the report's month ("will hold talks next year", "elections this year": 2025-01-01)."""
    if not published or not e.date:
        return False
    if e.date_precision == "year":
        return e.date[:4] < published[:4]
    if e.date_precision == "month":
        return e.date[:7] < published[:7]
    return e.date[:7] != published[:7]


# verbs an act can be reported under ("said that troops shelled ...") or wanted, planned or promised under
# ("plans to impose sanctions"): an act one step below them is more often not one the gold records
_SPEECH = frozenset("say tell announce report claim state add accuse deny warn insist note write describe confirm allege quote suggest argue reveal".split())
_WANT = frozenset(
    "want plan seek intend hope aim try expect threaten prepare vow pledge promise agree refuse decide call urge ask demand propose offer consider wish need".split()
)
# the words that subordinate the trigger's clause ("after the army shelled ...", "if talks fail ...")
_MARKS = frozenset("if after before since while when as unless until because whether".split())
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))


def text_start(doc: Doc, e: Event) -> int:
    """Where the event's text starts in the document. ``e.text`` is its sentence stripped, ``e.span`` the sentence as
    parsed: a lede keeps the blanked dateline's spaces (see ``make_doc``) in front of its first word."""
    raw = doc_text(doc)[e.span[0]:e.span[1]]
    return e.span[0] + len(raw) - len(raw.lstrip())


def trigger_token(doc: Doc, e: Event) -> Token | None:
    """The syntactic head of the event's trigger words in the parse, or None where they cannot be placed."""
    at = e.text.find(e.event_text)
    if at < 0 or not e.event_text:
        return None
    start = text_start(doc, e) + at
    span = doc.char_span(start, start + len(e.event_text), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _overlaps(span: tuple[int, int] | None, tokens: Iterable[Token]) -> bool:
    return span is not None and any(t.idx < span[1] and span[0] < t.idx + len(t.text) for t in tokens)


def _overlaps_at(span: tuple[int, int] | None, doc: Doc, idxs: Iterable[int]) -> bool:
    """``_overlaps`` of the tokens at these indices (their Tokens made only where there is a span to compare)."""
    return span is not None and _overlaps(span, (doc[i] for i in idxs))


def parse_features(e: Event, tok: Token) -> dict[str, float]:
    """What the parse says at the trigger: its tag, the trigger word with the type, a speech or planning verb one or
    two steps above it, the word subordinating its clause, and whether the actor is its subject (its head's, or the
    object that controls it: "forced them to withdraw"). Chosen by leaving each gold file out in turn; the trigger's
    dependency label (alone or with the type) and "the recipient is its object" added nothing there and pushed a
    required seed event under the threshold, so they are not read. (Read off the token attributes and a children
    index made once a run, not from Tokens: the words above the trigger are three steps, the root repeated, as
    ``a.head is not a`` stops only on a token with no head annotation, ``head`` making a fresh Token on each read.)"""
    doc = tok.doc
    attrs = token_attrs(doc)
    heads, lemmas, deps = attrs.head, attrs.lemma, attrs.dep
    kids = child_indices(doc)
    t = tok.i
    f: dict[str, float] = {"ttag=" + tok.tag_: 1.0}
    f["lemma_type=" + lemmas[t] + ":" + e.event] = 1.0
    above: list[int] = []
    a = t
    while deps[a] and len(above) < 3:  # (``a.head is not a``: only a token with no head annotation is its own head)
        a = heads[a]
        above.append(a)
    if any(lemmas[x] in _SPEECH for x in above[:2]):
        f["under_speech"] = 1.0
    if any(lemmas[x] in _WANT for x in above[:2]):
        f["under_want"] = 1.0
    for x in [t, *above]:
        for c in kids[x]:
            if deps[c] == "mark" and lemmas[c] in _MARKS:
                f["mark=" + lemmas[c]] = 1.0
    if e.actor:
        ps = e.actor[0].phrase_span
        subjects = [c for c in kids[t] if deps[c] in _SUBJECTS]
        subjects += [g for c in kids[t] if deps[c] == "agent" for g in kids[c]]
        if deps[t] == "xcomp":  # the object of "forced them to withdraw" is the subject of "withdraw"
            subjects += [c for c in kids[heads[t]] if deps[c] in ("dobj", "dative")]
        if _overlaps_at(ps, doc, subjects):
            f["actor_is_subj"] = 1.0
        elif deps[t] and _overlaps_at(ps, doc, [c for c in kids[heads[t]] if deps[c] in _SUBJECTS]):
            f["actor_is_head_subj"] = 1.0
        else:
            f["actor_not_subj"] = 1.0
    return f


def features(
    e: Event, siblings: Sequence[Event], lead_start: int, published: str | None, tok: Token | None = None,
    start: int | None = None,
) -> dict[str, float]:
    """The model's inputs for one event; ``siblings`` are the events of its sentence (itself included),
    ``lead_start`` the offset of the article's first sentence with an event, ``tok`` the trigger's head word
    in the parse (its features are left out without it) and ``start`` where the event's text starts in the document
    (``text_start``; the sentence's start without the document)."""
    f: dict[str, Any] = {
        "type=" + e.event: 1,
        "type_modality=" + e.event + ":" + ("negated" if e.negated else e.modality): 1,
        "trigger=" + e.trigger.lower(): 1,
        "mode": e.mode is not None,
        "negated": e.negated,
        "modality=" + e.modality: 1,
        "condition": e.condition is not None,
        "context": bool(e.context),
        "no_actor": not e.actor,
        "compound_actor": len(e.actor) > 1,
        "sentence_events": min(len(siblings) - 1, 4) / 4,
        "sentence_same_type": sum(1 for s in siblings if s.event == e.event) > 1,
        "lead_sentence": e.span[0] == lead_start,
        "sentence_length": min(len(e.text), 400) / 400,
        "quoted": '"' in e.text or "\u201c" in e.text,
        "background": _background(e, published),
        # a month or a year (a background act, or a future one "next year"), for the weights to tell from a day
        "precision=" + str(e.date_precision): e.date_precision in ("month", "year"),
        "multiword_trigger": " " in e.trigger,
        "event_text_words": min(len(e.event_text.split()), 4) / 4,
    }
    at = e.text.find(e.event_text)
    trigger_at = (e.span[0] if start is None else start) + max(at, 0)
    f["trigger_position"] = at / max(len(e.text), 1) if at >= 0 else 0.5
    if e.actor:
        a = e.actor[0]
        f["actor=" + _kind(a)] = 1
        f["actor_pointer"] = (a.entity_text or "").lower() in _POINTERS
        if a.phrase_span:
            inside = e.span[0] <= a.phrase_span[0] < e.span[1]
            f["actor_in_sentence"] = inside
            f["actor_before_trigger"] = a.phrase_span[1] <= trigger_at
            f["actor_distance"] = min(abs(a.phrase_span[0] - trigger_at), 200) / 200 if inside else 1
        else:
            f["actor_no_phrase"] = 1
    stated = [r for r in e.recipient if not r.inferred]
    f["no_recipient"] = not e.recipient
    f["recipient_inferred"] = bool(e.recipient) and not stated
    f["compound_recipient"] = len(stated) > 1
    if stated:
        r = stated[0]
        f["recipient=" + _kind(r)] = 1
        f["recipient_pointer"] = (r.entity_text or "").lower() in _POINTERS
        if r.phrase_span:
            f["recipient_distance"] = min(abs(r.phrase_span[0] - trigger_at), 200) / 200
            f["recipient_before_trigger"] = r.phrase_span[1] <= trigger_at
    states = {a.key.split(".")[0] for a in e.actor}
    f["domestic"] = bool(states & {r.key.split(".")[0] for r in e.recipient})
    out = {k: float(v) for k, v in f.items() if v}
    if tok is not None:
        out.update(parse_features(e, tok))
    return out


def article_features(events: Sequence[Event], published: str | None, doc: Doc | None = None) -> list[dict[str, float]]:
    """The features of every event of one article, in order; with the article's ``doc``, the parse's too."""
    by_sentence: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for e in events:
        by_sentence[e.span].append(e)
    lead = min((e.span[0] for e in events), default=0)
    if doc is None:
        return [features(e, by_sentence[e.span], lead, published) for e in events]
    return [features(e, by_sentence[e.span], lead, published, trigger_token(doc, e), text_start(doc, e)) for e in events]


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights by feature name, an intercept, and the threshold under which events are left out."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, feats: dict[str, float]) -> float:
        w = self.weights
        z = self.bias + sum(w.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "meta": self.meta,
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ConfidenceModel:
        return cls({str(k): float(v) for k, v in d["weights"].items()}, float(d["bias"]), float(d.get("threshold", 0.0)), dict(d.get("meta", {})))

    @classmethod
    def load(cls, path: str | Path) -> ConfidenceModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def score_events(
    events: list[Event], model: ConfidenceModel, published: str | None, min_confidence: float | None = None, doc: Doc | None = None
) -> list[Event]:
    """The events with the model's confidence, without those under the threshold (``doc``: the parse they came from)."""
    if not events:
        return events
    scored = [_with_confidence(e, round(model.probability(f), 4)) for e, f in zip(events, article_features(events, published, doc))]
    return kept(scored, model.threshold if min_confidence is None else min_confidence)


def _with_confidence(e: Event, confidence: float) -> Event:
    """``replace(e, confidence=confidence)``: the same ``Event(...)`` call, with every other field as it is, without
    ``dataclasses.replace``'s walk over the field objects (as long again as making the event)."""
    if type(e) is not Event or not _EVENT_POSITIONAL:
        return replace(e, confidence=confidence)
    values = list(_EVENT_VALUES(e))
    values[_CONFIDENCE_AT] = confidence
    return Event(*values)


# ``Event``'s fields in order (all set by ``__init__``: then ``Event(*values)`` is ``replace``'s call), a reader of
# their values, and where the confidence is among them
_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_EVENT_POSITIONAL = all(f.init for f in fields(Event))
_EVENT_VALUES = attrgetter(*_EVENT_FIELDS)
_CONFIDENCE_AT = _EVENT_FIELDS.index("confidence")


def kept(events: Sequence[Event], floor: float) -> list[Event]:
    """The scored events at or above ``floor``. A stated condition is a commitment record (a red line that later
    events are checked against): it is never left out, and the gold sets hold too few of them to learn its worth."""
    return [e for e in events if e.confidence >= floor or e.condition is not None]


def fit(rows: Sequence[tuple[dict[str, float], int]], l2: float = 3.0, iterations: int = 2000, min_count: int = 2) -> ConfidenceModel:
    """L2-regularised logistic regression by full-batch gradient descent (deterministic). ``rows`` pair an event's
    features with 1 when it matched a gold event, else 0; features seen fewer than ``min_count`` times are left out.
    The rows are kept sparse (a few dozen features of several hundred each), so many iterations stay cheap."""
    import numpy as np

    counts: dict[str, int] = defaultdict(int)
    for feats, _ in rows:
        for k in feats:
            counts[k] += 1
    names = sorted(k for k, n in counts.items() if n >= min_count)
    index = {k: i for i, k in enumerate(names)}
    width = len(names) + 1  # the last column is the intercept
    at_row: list[int] = []
    at_col: list[int] = []
    values: list[float] = []
    for i, (feats, _) in enumerate(rows):
        for k, v in feats.items():
            j = index.get(k)
            if j is not None:
                at_row.append(i)
                at_col.append(j)
                values.append(v)
        at_row.append(i)
        at_col.append(width - 1)
        values.append(1.0)
    r, c, v = np.array(at_row, dtype=np.intp), np.array(at_col, dtype=np.intp), np.array(values, dtype=float)
    y = np.array([label for _, label in rows], dtype=float)
    w = np.zeros(width)
    n = max(len(rows), 1)
    penalty = np.ones_like(w)
    penalty[-1] = 0.0  # the intercept is not shrunk
    step = min(2.0, n / (2.0 * l2)) if l2 > 0 else 2.0  # the penalty alone never overshoots zero
    for _ in range(iterations):
        z = np.bincount(r, weights=w[c] * v, minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        grad = np.bincount(c, weights=(p - y)[r] * v, minlength=width)
        w -= step * (grad / n + l2 * penalty * w / n)
    return ConfidenceModel({k: float(w[i]) for k, i in index.items() if abs(w[i]) > 1e-6}, float(w[-1]))


def training_rows(
    items: Iterable[Any], coded: dict[str, list[Event]], feats_of: dict[str, list[dict[str, float]]] | None = None
) -> list[tuple[dict[str, float], int]]:
    """(features, label) for every event coded from gold items: 1 when the scorer matches it to a gold event
    (an optional one too), else 0. ``feats_of``: the events' features by item id where they were read with the
    parse; else they are computed here without it."""
    from ..evaluate import _greedy

    rows = []
    for item in items:
        events = coded.get(item.id, [])
        _, used = _greedy(item.gold, events, True)
        given = feats_of.get(item.id) if feats_of is not None else None
        for i, feats in enumerate(given if given is not None else article_features(events, item.published)):
            rows.append((feats, int(i in used)))
    return rows


class ConfidenceScorer:
    """The pipeline component: scores every event of ``Doc._.events`` (it leaves none out: the entry points of
    :mod:`eventcoder.pipeline` apply the threshold, so one loaded pipeline serves every threshold)."""

    def __init__(self, model_file: str | None) -> None:
        path = Path(model_file) if model_file else DEFAULT_FILE
        if model_file and not path.exists():
            from ..errors import ConfigError

            raise ConfigError(f"confidence weights not found: {path}", path=str(path))
        self.model = ConfidenceModel.load(path) if path.exists() else None
        self.threshold = self.model.threshold if self.model is not None else 0.0

    @guarded("confidence scoring", lambda doc: setattr(doc._, "events", []))
    def __call__(self, doc: Doc) -> Doc:
        if self.model is not None and doc._.events:
            doc._.events = score_events(list(doc._.events), self.model, doc.user_data.get("published"), 0.0, doc)
        drop_run_caches(doc)  # (the last component: the document is coded)
        return doc


@Language.factory("eventcoder_confidence", default_config={"model_file": None})
def make_confidence_scorer(nlp: Language, name: str, model_file: str | None) -> ConfidenceScorer:
    return ConfidenceScorer(model_file)


# the thresholds calibrate tries; it stops at 0.5 so that no event the model finds more likely right than wrong is
# ever left out by default
THRESHOLDS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


@dataclass
class Calibration:
    """A fitted model and the cross-validated F1 of each gold file at each threshold (fitted without that file)."""

    model: ConfidenceModel
    f1: dict[str, dict[float, float]]

    def best_threshold(self, tolerance: float = 0.005) -> float:
        """The lowest threshold whose summed F1 is within ``tolerance`` of the best: where leaving out more
        events gains no more than noise, keep them."""
        total = {t: sum(v[t] for v in self.f1.values()) for t in THRESHOLDS}
        best = max(total.values())
        return min(t for t in THRESHOLDS if total[t] >= best - tolerance)


def calibrate(paths: Sequence[str | Path], settings: Any = None, l2: float = 3.0, folds: int = 5, iterations: int = 2000) -> Calibration:
    """Code every gold file with all events kept, fit the model leaving each file out in turn to choose the
    threshold that maximises the summed F1 of the files it did not see, then fit on all of them. A single file
    is split into ``folds`` parts by item instead, so the threshold is never chosen on the data it was fitted on."""
    from ..config import load_settings
    from ..evaluate import load_gold, score
    from ..models import Article
    from ..nlp import parse

    s = replace(settings or load_settings(), min_confidence=0.0)
    unique = list(dict.fromkeys(Path(p).resolve() for p in paths))
    # per group: its items, their events and the events' features (read with the parse), by item id
    groups: dict[str, tuple[list[Any], dict[str, list[Event]], dict[str, list[dict[str, float]]]]] = {}
    for p in unique:
        items = load_gold(p)
        arts = [Article(id=i.id, text=i.text, published=i.published) for i in items]
        events: dict[str, list[Event]] = {}
        feats: dict[str, list[dict[str, float]]] = {}
        for a, doc in parse(arts, s):
            events[a.id] = list(doc._.events or ())
            feats[a.id] = article_features(events[a.id], a.published, doc)
        parts = min(folds, len(items))
        if len(unique) == 1 and parts > 1:
            for k in range(parts):
                groups[f"{p.name} part {k + 1}/{parts}"] = (items[k::parts], events, feats)
        else:
            groups[p.name] = (items, events, feats)
    rows = {g: training_rows(items, events, feats) for g, (items, events, feats) in groups.items()}
    f1: dict[str, dict[float, float]] = {}
    for g, (items, events, feats) in groups.items():
        model = fit([r for q, rs in rows.items() if q != g or len(rows) == 1 for r in rs], l2, iterations)
        f1[g] = {}
        for t in THRESHOLDS:
            # as at run time: an act carrying a condition is kept whatever its score
            kept = {
                i.id: [e for e, x in zip(events.get(i.id, []), feats[i.id]) if model.probability(x) >= t or e.condition is not None]
                for i in items
            }
            f1[g][t] = round(score(items, kept).overall()[2], 4)
    model = fit([r for rs in rows.values() for r in rs], l2, iterations)
    cal = Calibration(model, f1)
    meta = {
        "gold_files": [p.name for p in unique],
        "events": sum(len(r) for r in rows.values()),
        "matched": sum(lab for r in rows.values() for _, lab in r),
        "l2": l2,
        "iterations": iterations,
        "cross_validated_f1": {g: {str(t): v for t, v in d.items()} for g, d in f1.items()},
    }
    cal.model = replace(model, threshold=cal.best_threshold(), meta=meta)
    return cal
