"""Negation, modality and conditions of a trigger's clause."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..nlp import child_indices, token_attrs
from .lexicon import Lexicon

_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPO_AUX = frozenset({"would", "could", "might", "may", "can", "should", "must", "'d"})
MODAL_AUX = _FUTURE_AUX | _HYPO_AUX  # every modal auxiliary (the trigger rules read it too)
_BACKSHIFT_AUX = frozenset({"would", "'d"})  # "said it would attack": the reported "will"
_DEFAULT_NEG_VERBS = frozenset({"refuse", "decline", "fail", "avoid", "deny", "reject", "halt", "stop", "abandon", "cancel", "rule out"})
_DEFAULT_FUTURE = frozenset({"plan", "intend", "vow", "pledge", "promise", "threaten", "prepare", "aim", "seek", "expect", "set", "due", "go", "decide", "agree", "offer", "hope", "want", "propose"})
_DEFAULT_HYPO = frozenset({"consider", "willing", "ready", "prepared", "able"})
_DEFAULT_COND = frozenset({"if", "unless", "provided", "should", "once", "whether"})
_DEFAULT_DENIAL = frozenset({"deny", "dismiss", "refute", "rebut", "reject"})
_DEFAULT_CLAIMS = frozenset({"accusation", "allegation", "claim", "report", "charge", "suggestion", "involvement", "role", "responsibility"})
_NEG_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither"})
_SUBJ = ("nsubj", "nsubjpass", "csubj")
# the most verbs ``read_modality`` climbs through from a trigger ("urged X to ask Y to press Z to ..."): each trigger
# climbed the whole chain, and a chain of 400 infinitives took seconds (as ``inside_condition`` stops after 8)
_MAX_CHAIN = 40


@dataclass
class Modality:
    negated: bool = False
    modality: str = "asserted"
    condition_clause: Token | None = None  # head of the "if"/"unless" clause attached to the event
    inside_condition: bool = False  # the trigger itself sits in a condition clause
    denied: bool = False  # the trigger's clause is what a denial verb denies ("denied that X attacked")


def _first_word(item: object) -> str:
    return str(item).lower().split()[0] if str(item).strip() else ""


def _phrases(lex: Lexicon, name: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(str(x).lower().split()) for x in (lex.cues.get(name) or []) if str(x).strip())


def _verb_keys(v: Token) -> set[str]:
    """The lemma of a verb and, with its particle, the phrasal verb ("rule out")."""
    attrs = token_attrs(v.doc)  # (the words and labels read once a run: no Token made for the children)
    lemma, deps, lowers = attrs.lemma[v.i], attrs.dep, attrs.lower
    keys = {lemma}
    keys.update(f"{lemma} {lowers[c]}" for c in child_indices(v.doc)[v.i] if deps[c] in ("prt", "compound:prt"))
    return keys


@dataclass(frozen=True)
class _Cues:
    neg_verbs: frozenset[str]
    future: frozenset[str]
    hypo: frozenset[str]
    cond_words: frozenset[str]
    cond_phrases: frozenset[tuple[str, ...]]
    inversion: frozenset[str]
    neg_until: frozenset[str]
    neg_words: frozenset[str]
    neg_frames: frozenset[tuple[str, str]]
    intent_nouns: dict[str, str]
    backshift: frozenset[str]
    continuing: frozenset[str]
    own_voice: frozenset[str]  # round 30: verbs of a party's own voice ("asked", "accused", "blamed")
    stances: frozenset[str]  # round 46: verbs (and verb + preposition) of a stance taken towards a party
    # ``cond_phrases`` by their first and by their last word: a token is checked against the few it can start or end
    cond_by_first: dict[str, tuple[tuple[str, ...], ...]]
    cond_by_last: dict[str, tuple[tuple[str, ...], ...]]


_CACHE: dict[int, tuple[Lexicon, _Cues]] = {}


def _cues(lex: Lexicon) -> _Cues:
    hit = _CACHE.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    neg_verbs = lex.cue_set("negating_verbs") or _DEFAULT_NEG_VERBS
    neg_words = (lex.cue_set("negation") | _NEG_WORDS) - {"without", "neither", "nor"}
    intent = {w: "future" for w in lex.cue_set("future_nouns")} | {w: "hypothetical" for w in lex.cue_set("hypothetical_nouns")}
    cond_phrases = _phrases(lex, "conditional_phrases")
    cues = _Cues(
        neg_verbs=frozenset(neg_verbs),
        future=frozenset({_first_word(x) for x in lex.cue_set("future")} | _DEFAULT_FUTURE),
        hypo=frozenset({_first_word(x) for x in lex.cue_set("hypothetical")} | _DEFAULT_HYPO),
        cond_words=frozenset({_first_word(x) for x in lex.cue_set("conditional_markers")} | _DEFAULT_COND) - {"whether"},
        cond_phrases=cond_phrases,
        inversion=lex.cue_set("conditional_inversion"),
        neg_until=lex.cue_set("negated_condition_markers"),
        neg_words=frozenset(neg_words | {"never"}),
        neg_frames=frozenset((p[0], p[1]) for p in _phrases(lex, "negating_frames") if len(p) >= 2),
        intent_nouns=intent,
        backshift=lex.cue_set("reporting_verbs") | lex.cue_set("backshift_verbs") | lex.cue_set("affirming_verbs"),
        continuing=lex.cue_set("continuing_verbs"),
        own_voice=lex.cue_set("r30t_own_voice_verbs"),
        stances=lex.cue_set("r46t_stance_verbs"),
        cond_by_first=_by_word(cond_phrases, 0),
        cond_by_last=_by_word(cond_phrases, -1),
    )
    _CACHE[id(lex)] = (lex, cues)
    return cues


def _by_word(phrases: frozenset[tuple[str, ...]], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[at], []).append(p)
    return {w: tuple(ps) for w, ps in out.items()}


def _words_at(tok: Token, start: int, n: int) -> tuple[str, ...]:
    doc = tok.doc
    if start < 0 or start + n > len(doc):
        return ()
    return tuple(token_attrs(doc).lower[start : start + n])  # the tokens' ``lower_``, read once a run


def _marked_by_phrase(mark: Token, cues: _Cues) -> bool:
    """Does a multiword subordinator end at ``mark`` ("as long as", "provided that", "in case")?"""
    return any(_words_at(mark, mark.i - len(p) + 1, len(p)) == p for p in cues.cond_by_last.get(mark.lower_, ()))


def condition_head(c: Token, cues: _Cues, negated_main: bool = False) -> bool:
    """Does ``c`` head a condition on the clause it modifies?

    "if/unless X" (a marked adverbial clause), multiword subordinators ("as long as", "provided that",
    "on condition that", "in the event that"), a participle subordinator ("provided the junta agrees"),
    an inverted conditional ("should Israel attack", "were Israel to attack", "had Israel attacked"),
    a prepositional condition on an event noun ("in case of an attack", "in the event of a strike"),
    and, on a negated clause, "until X" ("will not return until sanctions are lifted").
    """
    dep = c.dep_
    if dep == "ccomp":  # "in the event that Israel strikes", parsed as a that-clause; never "asked if"
        return any(_marked_by_phrase(g, cues) for g in c.children if g.dep_ == "mark")
    if dep == "advcl":
        marks = [g for g in c.children if g.dep_ == "mark"]
        for m in marks:
            if m.lower_ in cues.cond_words or _marked_by_phrase(m, cues):
                return True
            if negated_main and m.lower_ in cues.neg_until:
                return True
        if not marks:
            low = c.lower_
            subj = [g for g in c.children if g.dep_ in _SUBJ]
            if low in cues.cond_words and not subj and c.i == c.left_edge.i and any(g.dep_ in ("ccomp", "advcl") for g in c.children):
                return True  # "provided (that) the junta sets a timeline"
            if low in cues.inversion and c.i == c.left_edge.i:
                return True  # "Were Israel to attack", parsed with the auxiliary as the clause head
            aux = [g for g in c.children if g.dep_ in ("aux", "auxpass") and g.lower_ in cues.inversion]
            if aux and subj and aux[0].i < subj[0].i and aux[0].i == c.left_edge.i:
                return True  # "Should Israel attack Iran, ..."
        return False
    if dep == "prep":
        if negated_main and c.lower_ in cues.neg_until:
            return any(t.pos_ in ("VERB", "AUX") for t in c.subtree)  # "not ... until the West lifts sanctions"; not "until Friday"
        # the whole phrase inside the prepositional phrase: "in case of an attack", not "in the event | that ..."
        return any(_words_at(c, c.i, len(p)) == p and c.right_edge.i >= c.i + len(p) - 1 for p in cues.cond_by_first.get(c.lower_, ()))
    return False


def _condition_child(v: Token, cues: _Cues, negated_main: bool) -> Token | None:
    doc = v.doc
    attrs = token_attrs(doc)  # (a Token made only for a child whose label fits)
    deps, kids = attrs.dep, child_indices(doc)
    for c in kids[v.i]:
        dep = deps[c]
        if dep in ("advcl", "prep", "ccomp") and condition_head(doc[c], cues, negated_main):
            return doc[c]
        if dep == "advmod" and attrs.lower[c] == "long":  # "as long as X", the clause parsed under "long"
            for g in kids[c]:
                if deps[g] == "advcl" and condition_head(doc[g], cues, negated_main):
                    return doc[g]
    return None


def inside_condition(tok: Token, lex: Lexicon) -> bool:
    """Does ``tok`` sit in a condition clause ("unless it is attacked", "in case of an attack")?"""
    cues = _cues(lex)
    doc = tok.doc
    attrs = token_attrs(doc)  # (climbed on the head indices: a Token made only for a clause whose label fits)
    heads, deps = attrs.head, attrs.dep
    h = tok.i
    for _ in range(8):
        if heads[h] == h or not deps[h]:  # (``h.head.i == h.i``: no head annotation, the token is its own head)
            return False
        if deps[h] in ("advcl", "prep", "ccomp") and condition_head(doc[h], cues, _clause_negated(doc[heads[h]], cues)):
            return True
        h = heads[h]
    return False


def _clause_negated(v: Token, cues: _Cues) -> bool:
    attrs = token_attrs(v.doc)  # (the children's labels and words read once a run, no Token made for them)
    deps, lowers = attrs.dep, attrs.lower
    return any(deps[c] == "neg" or (deps[c] in ("advmod", "det") and lowers[c] in cues.neg_words) for c in child_indices(v.doc)[v.i])


def read_modality(tok: Token, lex: Lexicon, inner: Token | None = None) -> Modality:
    """Negation, modality and condition of the clause of ``tok`` (a trigger verb, or the verb that governs
    an event noun ``inner``)."""
    cues = _cues(lex)
    neg_verbs, neg_words = cues.neg_verbs, cues.neg_words
    m = Modality()
    negs = 0
    t = tok
    chain = [tok]
    # verbs reached through a conjunction share the clause's auxiliaries and "not" ("did not attack
    # and kill"), but not their own meaning: "denied X and offered Y" does not negate the offer
    via_conj: set[int] = set()
    via_noun: set[int] = set()  # intent nouns in the chain: "has no plans to attack"
    own_aux: set[int] = set()  # heads of a conjunct verb with auxiliaries of its own: their "not" is theirs
    # climb through the verbs that govern this one in the same proposition
    while True:
        if t.dep_ in ("xcomp", "aux", "auxpass") or (t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX")):
            if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                break
            if t.dep_ == "conj" and _finite_after_infinitive(t):
                break  # "had no plans to meet him and dismissed the proposal": a clause of its own, asserted
            if t.dep_ == "conj" and _finite_after_auxiliary(t, cues):
                break  # "had not been informed and asked Lima for access": a clause of its own, asserted
            if t.dep_ == "conj":
                via_conj.add(len(chain))
                if any(c.dep_ == "aux" for c in t.children):
                    own_aux.add(len(chain))  # "would not sign it and would withdraw it": the second has its own
        elif t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in cues.intent_nouns and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children
        ):
            via_noun.add(len(chain))  # "plans to attack", "a promise to withdraw"
        elif t.dep_ == "pcomp" and t.head.lower_ in ("of", "to") and t.head.head.lemma_.lower() in cues.intent_nouns:
            via_noun.add(len(chain))  # "no intention of recognising", "its commitment to supporting"
            t = t.head
        elif t.dep_ == "pcomp" and t.head.lower_ == "to" and t.head.head.pos_ in ("VERB", "AUX") and t.head.head.lemma_.lower() in cues.future:
            t = t.head  # "committed to holding talks": the verb of intention governs through "to"
        elif t.dep_ in ("dobj", "obj", "attr") and len(chain) - 1 in via_noun and t.head.pos_ in ("VERB", "AUX"):
            pass  # "has no plans to ...": the verb that has the intent noun
        else:
            break
        t = t.head
        chain.append(t)
        if t.dep_ == "ROOT" or len(chain) >= _MAX_CHAIN:
            break
    aux_word = ""
    for i, v in enumerate(chain):
        for c in v.children:
            dep = c.dep_  # read once (each read is a string lookup)
            if i in via_conj and dep not in ("neg", "aux", "advmod"):
                continue
            if i in own_aux and dep in ("neg", "aux", "advmod"):
                continue
            if dep == "neg" or (dep in ("advmod", "det") and c.lower_ in neg_words):
                if i in via_conj and c.i > chain[0].i:
                    continue  # "attacked X and did not stop": the negation after us is the later verb's
                negs += 1
            elif dep in _SUBJ and i not in via_conj and (inner is None or c.i != inner.i) and (
                c.lower_ in _NEG_SUBJECTS or any(g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children)
            ):
                negs += 1  # "no troops crossed the border", "none of the parties attended"
            if dep in ("aux",):
                low = c.lower_
                if low in _FUTURE_AUX and m.modality == "asserted":
                    m.modality = "future"
                elif low in _HYPO_AUX and m.modality in ("asserted", "future"):
                    m.modality = "hypothetical"
                    aux_word = low
        if i > 0 and i not in via_conj:
            keys = _verb_keys(v)
            lemma = v.lemma_.lower()
            if keys & neg_verbs:
                negs += 1
            elif any((lemma, c.lower_) in cues.neg_frames for c in v.children if c.dep_ == "advmod"):
                negs += 1  # "has yet to sign", "is yet to respond"
            elif i in via_noun:
                kind = cues.intent_nouns.get(lemma, "future")
                if kind == "future" and m.modality == "asserted":
                    m.modality = "future"
                elif kind == "hypothetical" and m.modality in ("asserted", "future"):
                    m.modality = "hypothetical"
            elif lemma in cues.future and m.modality == "asserted":
                m.modality = "future"
            elif lemma in cues.hypo and m.modality in ("asserted", "future"):
                m.modality = "hypothetical"
    negated_main = negs % 2 == 1
    for i, v in enumerate(chain):
        if i in via_conj:
            continue
        cond = _condition_child(v, cues, negated_main)
        if cond is not None:
            m.condition_clause = cond
            break
    top = chain[-1]
    # "said it would attack": in reported speech "would" is the reported "will"
    if m.modality == "hypothetical" and aux_word in _BACKSHIFT_AUX and m.condition_clause is None:
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in cues.backshift and top.head.tag_ in ("VBD", "VBN"):
            m.modality = "future"
    # "affirmed that Iran would continue to offer support": an act said to go on in reported speech is under
    # way now, asserted (an unreported "would continue" stays a supposition)
    if m.modality == "future" and m.condition_clause is None and aux_word in _BACKSHIFT_AUX and any(
        v.lemma_.lower() in cues.continuing for v in chain[1:]
    ):
        m.modality = "asserted"
    # Round 46: "said the alliance would stand by Tallinn", "they will stand with us", "announced it would back the
    # case": a stance said in the plain or reported future of its own verb is taken now, in the saying (not a
    # stance promised by another verb, "pledged to back", nor one on a condition)
    if (m.modality == "future" and inner is None and m.condition_clause is None and cues.stances
            and _stance_verb(tok, cues.stances)):
        m.modality = "asserted"
    # "without entering the war": pcomp of "without"
    if top.dep_ == "pcomp" and top.head.lower_ == "without":
        negs += 1
    if denied_clause(top, lex):
        negs += 1
        m.denied = True
    # is the trigger itself in a conditional clause?
    m.inside_condition = inside_condition(inner if inner is not None else tok, lex)
    m.negated = negs % 2 == 1
    return m


def _stance_verb(v: Token, stances: frozenset[str]) -> bool:
    """Is ``v`` a stance verb ("back", "stand by") with a future auxiliary of its own ("will", a reported "would")?"""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or not (lemma in stances or any(f"{lemma} {c.lower_}" in stances for c in v.children if c.dep_ in ("prep", "prt"))):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | _BACKSHIFT_AUX for c in v.children)


def _finite_after_infinitive(conj: Token) -> bool:
    """A past or present-tense verb parsed as conjoined to a to-infinitive ("had no plans to meet Zelensky and
    dismissed the proposal") cannot share its "to": it is a clause of its own, conjoined higher up, and takes
    no negation, modality or intent from the infinitive's governors."""
    head = conj.head
    if conj.tag_ in ("VBD", "VBZ") and head.lemma_ == "be" and head.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in conj.children):
        # Round 27: nor a copula's ("said the dam was not a threat and invited Cairo to inspect it":
        # the "not" denies the state, the invitation is made)
        return True
    if conj.tag_ in ("VBD", "VBZ") and head.tag_ == "VBG" and head.dep_ in ("xcomp", "pcomp", "dobj", "obj"):
        # Round 27: nor a gerund's ("denied funding the militia and urged talks", "stopped short of naming
        # the attackers and urged calm": the later verb is the subject's own act, not one denied)
        return True
    # Round 22: nor a modal's ("said the group would not hand over its weapons and accused the government of ...":
    # the accusation is made, not withheld)
    return conj.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and any(
        c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in MODAL_AUX) for c in head.children)


def _finite_after_auxiliary(conj: Token, cues: _Cues) -> bool:
    """Round 30: an active past-tense verb with an object of its own, joined by "and" after a verb that has
    auxiliaries it cannot share, is a clause of its own and takes none of their "not": after a passive ("said it had
    not been informed of the arrests and asked Lima for access", "denied that the drones had been sent on purpose and
    accused the alliance of ..."), after do-support ("did not attend the summit and accused Guyana of ...") and, for a
    verb of the subject's own voice, after a perfect ("had not carried out the attack, and blamed Israel"). Joined by
    "or", or a bare or participle verb, or one with no object of its own ("had not arrested and charged anyone"),
    shares them."""
    if conj.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in conj.children):
        return False
    head = conj.head
    ccs = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i]
    if not ccs or ccs[-1].lower_ != "and":
        return False
    if not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in conj.children):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in auxes):
        return True
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in auxes):
        return True
    return head.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in auxes) and conj.lemma_.lower() in cues.own_voice


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
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in deny:
        return True  # "rejected as baseless allegations that ...": the claim parsed into the "as" phrase
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in deny
