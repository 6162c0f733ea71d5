"""Small helpers shared by the role and actor test files (imported as ``helpers``: pytest puts tests/ on the path)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from eventcoder.models import Article, key_matches
from eventcoder.nlp import get_nlp, make_doc


def find_event(events, etype, actor, recipient=None):
    """The first event of this type whose actor (and recipient, when given) match by the dotted-prefix rule."""
    for e in events:
        if e.event != etype or not any(key_matches(actor, k) for k in e.actor_keys):
            continue
        # recipients the sentence names: those read from the article (``inferred``) are not what rules are tested on
        if recipient is None or any(key_matches(recipient, k) for k in e.stated_recipient_keys):
            return e
    return None


def require_event(events, etype, actor, recipient=None):
    """``find_event``'s event, failing the test (with the events read) where there is none."""
    e = find_event(events, etype, actor, recipient)
    assert e is not None, show_events(events)
    return e


def require_instead(events, etype, other, actor, recipient=None):
    """``require_event``'s event, failing the test too where the same actor has an event of type ``other``: the act
    is read as ``etype`` instead of ``other``."""
    e = require_event(events, etype, actor, recipient)
    assert find_event(events, other, actor) is None, show_events(events)
    return e


def show_events(events):
    """A compact view of events for assertion messages."""
    return [(e.event, e.negated, e.actor_keys, tuple(f"({r.key})" if r.inferred else r.key for r in e.recipient)) for e in events]


def mentions(text: str, published: str = "2024-05-01"):
    """The actor mentions of one text coded as an article."""
    nlp = get_nlp()
    return nlp(make_doc(nlp, Article(id="t", text=text, published=published)))._.actor_mentions


def key_of(text: str, phrase: str, occurrence: int = 1, published: str = "2024-05-01") -> str | None:
    """The key of the narrowest resolved (not UNK:) mention overlapping the n-th occurrence of ``phrase``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(phrase, start + 1)
    assert start >= 0
    end = start + len(phrase)
    hits = [m for m in mentions(text, published) if m.start < end and start < m.end and not m.key.startswith("UNK:")]
    return min(hits, key=lambda m: m.end - m.start).key if hits else None


def events_of(text, etype=None, actor=None):
    """The events of one text, optionally only those of a type and/or with a matching actor."""
    from eventcoder import code_texts

    return [e for e in code_texts([text]) if (etype is None or e.event == etype)
            and (actor is None or any(key_matches(actor, k) for k in e.actor_keys))]


def types_of(text, actor=None):
    """The set of event types a text yields (for one actor when given)."""
    return {e.event for e in events_of(text, actor=actor)}


def rule_events(text, published=None):
    """Every event the rules read in one text, before the confidence layer leaves out low scores: for tests of
    a rule's reading of a lone sentence (a lone act with no recipient can score under the default threshold)."""
    from eventcoder import code_texts
    from eventcoder.config import load_settings

    return code_texts([text], published=published, settings=load_settings(min_confidence=0.0))


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` (not a package) imported as module ``bench_<name>``, for testing its pure helpers."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"bench_{name}"] = module
    spec.loader.exec_module(module)
    return module
