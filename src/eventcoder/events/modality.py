"""Negation, modality and conditions of a trigger's clause."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import Lexicon

_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPO_AUX = frozenset({"would", "could", "might", "may", "can", "should", "must", "'d"})
_DEFAULT_NEG_VERBS = frozenset({"refuse", "decline", "fail", "avoid", "deny", "reject", "halt", "stop", "abandon", "cancel", "rule"})
_DEFAULT_FUTURE = frozenset({"plan", "intend", "vow", "pledge", "promise", "threaten", "prepare", "aim", "seek", "expect", "set", "due", "go", "decide", "agree", "offer", "hope", "want", "propose"})
_DEFAULT_HYPO = frozenset({"consider", "willing", "ready", "prepared", "able"})
_DEFAULT_COND = frozenset({"if", "unless", "provided", "should", "once", "whether"})


@dataclass
class Modality:
    negated: bool = False
    modality: str = "asserted"
    condition_clause: Token | None = None  # head of the "if"/"unless" clause attached to the event
    inside_condition: bool = False  # the trigger itself sits in a condition clause


def _first_word(item: object) -> str:
    return str(item).lower().split()[0] if str(item).strip() else ""


def read_modality(tok: Token, lex: Lexicon) -> Modality:
    neg_verbs = lex.cue_set("negating_verbs") or _DEFAULT_NEG_VERBS
    future = {_first_word(x) for x in lex.cue_set("future")} | _DEFAULT_FUTURE
    hypo = {_first_word(x) for x in lex.cue_set("hypothetical")} | _DEFAULT_HYPO
    cond_markers = {_first_word(x) for x in lex.cue_set("conditional_markers")} | _DEFAULT_COND
    neg_words = lex.cue_set("negation") | _NEG_WORDS
    neg_words = {w for w in neg_words if w not in ("without", "neither", "nor")} | {"never"}
    m = Modality()
    negs = 0
    t = tok
    chain = [tok]
    # climb through the verbs that govern this one in the same proposition
    while t.dep_ in ("xcomp", "aux", "auxpass") or (t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX")):
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
        t = t.head
        chain.append(t)
        if t.dep_ == "ROOT":
            break
    for i, v in enumerate(chain):
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in neg_words):
                negs += 1
            if c.dep_ in ("aux",):
                low = c.lower_
                if low in _FUTURE_AUX and m.modality == "asserted":
                    m.modality = "future"
                elif low in _HYPO_AUX and m.modality in ("asserted", "future"):
                    m.modality = "hypothetical"
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in cond_markers and g.lower_ not in ("whether",) for g in c.children):
                if m.condition_clause is None:
                    m.condition_clause = c
        if i > 0:
            lemma = v.lemma_.lower()
            if lemma in neg_verbs:
                negs += 1
            elif lemma in future and m.modality == "asserted":
                m.modality = "future"
            elif lemma in hypo and m.modality in ("asserted", "future"):
                m.modality = "hypothetical"
    # "without entering the war": pcomp of "without"
    top = chain[-1]
    if top.dep_ == "pcomp" and top.head.lower_ == "without":
        negs += 1
    # is the trigger itself in a conditional clause?
    h = top
    for _ in range(4):
        if h.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in cond_markers for g in h.children):
            m.inside_condition = True
            break
        if h.head is h:
            break
        h = h.head
    m.negated = negs % 2 == 1
    return m
