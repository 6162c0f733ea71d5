"""Why an article yielded the events it did: sentence by sentence, the events coded (with their confidence and whether
the threshold keeps them), the acts found with no nameable actor, and every trigger the coder found and then dropped,
with the rule that dropped it (``eventcoder explain``).

It reads the coder's drop hook (:data:`eventcoder.events.coder.DROP_HOOK`), which is off in normal runs and costs
nothing there; while an explanation runs the hook is set for this process, so explain from one thread at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .config import Settings, load_settings
from .events import coder
from .guard import coding_error
from .models import Article, Event
from .nlp import get_nlp, parse

# what each drop reason means, for the reader (reasons not listed are printed as they are)
REASONS = {
    "no_actor": "no actor could be named for it (the act is kept aside as unattributed)",
    "no_actor_negated": "a denied or refused act with no actor named",
    "one_reading": "another reading of the same words was chosen",
    "inside_condition": "it is the condition of another act (an 'if'/'unless' clause)",
    "alleged": "it is what a speaker alleges, coded as the accusation",
    "requested": "it is what someone asks for, coded as the request",
    "turned_down": "it is what someone turned down, coded as the rejection",
    "left_open": "it is left open ('would not rule out'), not done",
    "time_reference": "it only dates another act ('since the war began')",
    "background": "it is background told to date another act",
    "setting": "it is only the setting of another act",
    "duplicate_sig": "the same act with the same parties is already coded in the sentence",
    "supposed_act": "a supposed or hypothetical act, not one done",
    "raid_setting": "the raid is the setting of the act coded from it",
    "reason": "it is the reason given for another act",
    "purpose": "it is the purpose of another act",
    "goal": "it is the goal of another act",
    "topic": "it is the topic of talks or a statement, not an act done",
    "permitted": "it is what the actor lets or relies on others do, not its own act",
    "willing_no_target": "a readiness to act with no target named",
    "forecast": "a forecast, not an act",
    "habitual": "a habit or a general statement, not a dated act",
    "ordered": "it is what someone orders, coded as the order",
    "approved_offer": "it is what an approval or an offer is about",
    "past_adjective": "a past act used only to describe someone ('the jailed leader')",
    "match_void": "a sports result, not a political act",
    "market_move": "a market's move, not a political act",
    "market_rally": "a market's move, not a political act",
}


@dataclass
class Dropped:
    """A trigger the coder found and then dropped: its word, offset, event type and the rule that dropped it."""

    word: str
    start: int
    event: str
    reason: str

    @property
    def meaning(self) -> str:
        base = self.reason.removeprefix("post:")
        if self.reason.startswith("post:"):
            return f"merged or removed by the article-level step '{base}'"
        return REASONS.get(base, base)


@dataclass
class SentenceTrace:
    """One sentence of an article and what the coder made of it."""

    start: int
    end: int
    text: str
    events: list[Event] = field(default_factory=list)
    unattributed: list[Event] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


@dataclass
class Explanation:
    """An article, its sentences' traces and the confidence threshold that decides which events are kept."""

    article: Article
    threshold: float
    sentences: list[SentenceTrace]
    error: str | None = None


def explain_articles(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[Explanation]:
    """Trace each article through the pipeline with every event kept (``min_confidence`` 0) and the drop hook on."""
    s = replace(settings or load_settings(), min_confidence=0.0)
    nlp = get_nlp(s)
    threshold = float(getattr(nlp.get_pipe("eventcoder_confidence"), "threshold", 0.0))
    drops: dict[int, list[tuple[Token, str, str]]] = {}

    def hook(doc: Doc, tok: Token, etype: str, reason: str) -> None:
        if reason != "found":
            drops.setdefault(id(doc), []).append((tok, etype, reason))

    before = coder.DROP_HOOK
    coder.DROP_HOOK = hook
    try:
        for art, doc in parse(articles, s):
            found = drops.pop(id(doc), [])
            failed = coding_error(doc)
            if failed:
                yield Explanation(art, threshold, [], failed)
                continue
            yield Explanation(art, threshold, _trace(doc, found))
    finally:
        coder.DROP_HOOK = before
        drops.clear()


def _trace(doc: Doc, found: list[tuple[Token, str, str]]) -> list[SentenceTrace]:
    traces = [SentenceTrace(s.start_char, s.end_char, s.text.strip()) for s in doc.sents]

    def at(offset: int) -> SentenceTrace | None:
        return next((t for t in traces if t.start <= offset < t.end), None)

    for e in doc._.events or ():
        t = at(e.span[0])
        if t is not None:
            t.events.append(e)
    for e in doc._.unattributed or ():
        t = at(e.span[0])
        if t is not None:
            t.unattributed.append(e)
    seen: set[tuple[int, str, str]] = set()
    for tok, etype, reason in found:
        key = (tok.idx, etype, reason)
        t = at(tok.idx)
        if t is None or key in seen:
            continue
        seen.add(key)
        t.dropped.append(Dropped(tok.text, tok.idx, etype, reason))
    return traces
