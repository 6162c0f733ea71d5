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
_DEFAULT_DENIAL = frozenset({"deny", "dismiss", "refute", "rebut", "reject"})
_DEFAULT_CLAIMS = frozenset({"accusation", "allegation", "claim", "report", "charge", "suggestion", "involvement", "role", "responsibility"})


@dataclass
class Modality:
    negated: bool = False
    modality: str = "asserted"
    condition_clause: Token | None = None  # head of the "if"/"unless" clause attached to the event
    inside_condition: bool = False  # the trigger itself sits in a condition clause
    denied: bool = False  # the trigger's clause is what a denial verb denies ("denied that X attacked")


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
    # verbs reached through a conjunction share the clause's auxiliaries and "not" ("did not attack
    # and kill"), but not their own meaning: "denied X and offered Y" does not negate the offer
    via_conj: set[int] = set()
    # climb through the verbs that govern this one in the same proposition
    while t.dep_ in ("xcomp", "aux", "auxpass") or (t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX")):
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
        if t.dep_ == "conj":
            via_conj.add(len(chain))
        t = t.head
        chain.append(t)
        if t.dep_ == "ROOT":
            break
    for i, v in enumerate(chain):
        for c in v.children:
            if i in via_conj and c.dep_ not in ("neg", "aux", "advmod"):
                continue
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in neg_words):
                if i in via_conj and c.i > chain[0].i:
                    continue  # "attacked X and did not stop": the negation after us is the later verb's
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
        if i > 0 and i not in via_conj:
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
    if denied_clause(top, lex):
        negs += 1
        m.denied = True
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


def denial_verbs(lex: Lexicon) -> frozenset[str]:
    return lex.cue_set("denial_verbs") or _DEFAULT_DENIAL


def claim_nouns(lex: Lexicon) -> frozenset[str]:
    return lex.cue_set("claim_nouns") or _DEFAULT_CLAIMS


def denied_clause(top: Token, lex: Lexicon) -> bool:
    """Is the clause headed by ``top`` the content of a denial?

    "denied that its soldiers had opened fire" (a that-clause of the denial verb), "denied attacking"
    (its gerund), "denied accusations that it had armed" and "rejected reports of a raid" (the content
    of a claim noun the denial verb takes as object). ``top`` may also be an event noun.
    """
    deny = denial_verbs(lex)
    head = top.head
    if head.i == top.i:
        return False
    if top.dep_ in ("ccomp", "xcomp") and top.i > head.i and head.lemma_.lower() in deny and top.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP", "VB"):
        # "denied that X attacked", "denied attacking"; "refused to" is a different construction (xcomp VB)
        return top.dep_ == "ccomp" or top.tag_ == "VBG"
    # the content of a claim noun: "accusations that it had armed", "reports of a raid", "involvement in"
    noun = None
    if top.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":
        noun = head
    elif top.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("of", "in", "that", "about", "for"):
        noun = head.head  # a claim noun, or the denial verb itself
    if noun is not None and noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in deny:
        # the parser hangs "in the bombing" on the verb: "denied [any role] [in the bombing]"
        noun = next((c for c in noun.children if c.dep_ in ("dobj", "obj") and c.i < top.i), None)
    if noun is None or noun.lemma_.lower() not in claim_nouns(lex):
        return False
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in deny
