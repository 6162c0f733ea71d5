"""The trigger lexicon and cue lists, loaded from ``data/events/*.yaml`` plus user files.

``triggers.yaml`` maps each PLOVER type to verb and noun lemmas, multiword phrases, ``not`` phrases,
modes (``triggers`` and ``cues``), ``switch`` rules (another type's trigger read as this type by its
context) and the prepositions that introduce its recipient. ``cues.yaml``
holds negation, modality, condition, reporting, light-verb and control-verb lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import RegistryError
from ..models import EVENT_TYPES, fast_frozen_init
from ..yamlio import load_vocab


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    words: tuple[str, ...]  # lemmas, lower case


fast_frozen_init(Trigger)  # (a trigger is made for every word read as one)


@dataclass(frozen=True, slots=True)
class Switch:
    """A trigger of another type read as ``trigger`` when a cue is in its phrase or its clause's subject and
    no ``unless`` cue is in the sentence ("doctors went on strike": PROTEST, not ASSAULT)."""

    trigger: Trigger
    cues: tuple[tuple[str, ...], ...]
    unless: tuple[tuple[str, ...], ...]
    # cues that keep the original type when they are in the trigger's phrase or its subject (not anywhere)
    unless_near: tuple[tuple[str, ...], ...] = ()
    also: bool = False  # both readings are events ("protesters attacked embassies": a riot and an assault)


@dataclass
class Lexicon:
    verbs: dict[tuple[str, ...], Trigger] = field(default_factory=dict)
    nouns: dict[tuple[str, ...], Trigger] = field(default_factory=dict)
    nots: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # type -> phrases that are not it
    mode_cues: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)  # type -> [(mode, cue)]
    recipient_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    mode_scores: dict[tuple[str, str], float] = field(default_factory=dict)
    quads: dict[str, str] = field(default_factory=dict)
    contexts: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    cues: dict[str, Any] = field(default_factory=dict)
    switches: dict[tuple[str, tuple[str, ...]], list[Switch]] = field(default_factory=dict)  # (from type, words)
    # words that are a trigger of a type only with a cue in their phrase or subject ("troops left Chad")
    cued: dict[tuple[str, ...], list[Switch]] = field(default_factory=dict)
    _cue_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        # ``cue_set`` read as a dictionary's own lookup once a set is built (the rules ask some fifty thousand times
        # a pass): the instance's ``cue_set`` is the lookup of ``_cue_sets``, which builds a missing set as below
        self._cue_sets = _CueSets(self, self._cue_sets)
        self.cue_set = self._cue_sets.__getitem__  # type: ignore[method-assign]

    def cue_set(self, name: str) -> frozenset[str]:
        """A cue list as a set of lower-cased words; built once (the role reader asks for some per event)."""
        got = self._cue_sets.get(name)
        if got is None:
            v = self.cues.get(name) or []
            if isinstance(v, dict):
                v = list(v)
            got = self._cue_sets[name] = frozenset(str(x).lower() for x in v)
        return got


class _CueSets(dict):
    """``Lexicon._cue_sets``: the cue sets by name, a missing one built on its first read (``Lexicon.cue_set``)."""

    def __init__(self, lex: Lexicon, items: Any = ()) -> None:
        super().__init__(items)
        self.lex = lex

    def __missing__(self, name: str) -> frozenset[str]:
        return Lexicon.cue_set(self.lex, name)


def _words(s: Any) -> tuple[str, ...]:
    return tuple(str(s).lower().replace("-", " - ").split()) if "-" in str(s) and " " in str(s) else tuple(str(s).lower().split())


def _list(x: Any) -> list[Any]:
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def _add(lex: Lexicon, data: dict[str, Any], path: str, override: bool) -> None:
    for etype, spec in data.items():
        if etype == "CONTEXTS":
            for ctx, cues in (spec or {}).items():
                lex.contexts.setdefault(str(ctx), []).extend(_words(c) for c in _list(cues))
            continue
        if etype not in EVENT_TYPES:
            raise RegistryError(f"unknown PLOVER type {etype!r}", path=path, hint=f"use one of {', '.join(EVENT_TYPES)}")
        spec = spec or {}
        if "score" in spec:
            lex.scores[etype] = float(spec["score"])
        if spec.get("quad"):
            lex.quads[etype] = str(spec["quad"])
        preps = frozenset(str(p).lower() for p in _list(spec.get("recipient_preps")))
        if preps or etype not in lex.recipient_preps:
            lex.recipient_preps[etype] = preps | lex.recipient_preps.get(etype, frozenset())
        for w in _list(spec.get("verbs")) + _list(spec.get("phrases")):
            k = _words(w)
            if override or k not in lex.verbs:
                lex.verbs[k] = Trigger(etype, None, k)
        for w in _list(spec.get("nouns")):
            k = _words(w)
            if override or k not in lex.nouns:
                lex.nouns[k] = Trigger(etype, None, k)
        lex.nots.setdefault(etype, set()).update(_words(w) for w in _list(spec.get("not")))
        for sw in _list(spec.get("switch")):
            if not isinstance(sw, dict) or str(sw.get("from", "")) not in EVENT_TYPES:
                raise RegistryError(f"{etype} switch: needs `from:` naming a PLOVER type", path=path)
            for w in _list(sw.get("words")):
                k = _words(w)
                mode = str(sw["mode"]) if sw.get("mode") else None
                lex.switches.setdefault((str(sw["from"]), k), []).append(_rule(etype, k, sw))
        for cw in _list(spec.get("cued")):
            if not isinstance(cw, dict) or not cw.get("cues"):
                raise RegistryError(f"{etype} cued: needs `words:` and `cues:`", path=path)
            for w in _list(cw.get("words")):
                k = _words(w)
                lex.cued.setdefault(k, []).append(_rule(etype, k, cw))
        for mode, mspec in (spec.get("modes") or {}).items():
            mspec = mspec or {}
            if isinstance(mspec, list):
                mspec = {"cues": mspec}
            if "score" in mspec:
                lex.mode_scores[(etype, str(mode))] = float(mspec["score"])
            for w in _list(mspec.get("triggers")) + _list(mspec.get("verbs")):
                k = _words(w)
                if override or k not in lex.verbs:
                    lex.verbs[k] = Trigger(etype, str(mode), k)
            for w in _list(mspec.get("triggers")) + _list(mspec.get("nouns")):
                k = _words(w)
                if override or k not in lex.nouns or lex.nouns[k].type == etype:
                    lex.nouns[k] = Trigger(etype, str(mode), k)
            for c in _list(mspec.get("cues")) + _list(mspec.get("triggers")):
                lex.mode_cues.setdefault(etype, []).append((str(mode), _words(c)))


def _rule(etype: str, words: tuple[str, ...], spec: dict[str, Any]) -> Switch:
    mode = str(spec["mode"]) if spec.get("mode") else None
    return Switch(Trigger(etype, mode, words), tuple(_words(c) for c in _list(spec.get("cues"))),
                  tuple(_words(c) for c in _list(spec.get("unless"))),
                  tuple(_words(c) for c in _list(spec.get("unless_near"))), bool(spec.get("also")))


def _load(path: Any) -> Any:
    try:
        return load_vocab(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RegistryError(f"invalid YAML: {exc}", path=str(path), line=mark.line + 1 if mark else None) from exc


def build_lexicon(user_files: Iterable[str | Path] = ()) -> Lexicon:
    lex = Lexicon()
    base = resources.files("eventcoder") / "data" / "events"
    trig = base / "triggers.yaml"
    if trig.is_file():
        _add(lex, _load(trig), str(trig), False)
    for name in ("cues.yaml", "grammar.yaml"):
        f = base / name
        if f.is_file():
            lex.cues.update(_load(f))
    for uf in user_files:
        data = _load(Path(uf))
        if not isinstance(data, dict):
            raise RegistryError("a lexicon file must be a mapping of PLOVER types", path=str(uf))
        extra_cues = data.pop("CUES", None)
        _add(lex, data, str(uf), True)
        if extra_cues:
            for k, v in extra_cues.items():
                lex.cues[k] = list(_list(lex.cues.get(k))) + list(_list(v))
    lex._cue_sets.clear()  # cue sets are cached from here on: the cues are complete
    return lex


@lru_cache(maxsize=8)
def get_lexicon(user_files: tuple[str, ...] = ()) -> Lexicon:
    return build_lexicon(user_files)
