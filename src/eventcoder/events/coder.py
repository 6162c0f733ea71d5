"""PLOVER event coding from dependency parses, as the spaCy component ``eventcoder_events``.

For each sentence: find triggers (verbs, multiword verbs, nominal events), read actor and recipient
from the dependency structure (subjects, passive agents, objects, recipient prepositions,
possessives and modifiers of nominal events, control verbs), then negation, modality and
conditions, mode, date and place. Writes ``doc._.events`` (a list of :class:`Event`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Condition, Event, Mention, content_id
from .lexicon import Lexicon, Trigger, get_lexicon
from .modality import Modality, denied_clause, read_modality
from .phrases import phrased_actor
from .places import place_of
from .timex import event_date

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

from .roles import (  # noqa: F401  (re-exported for the coder and its tests)
    _ADJUNCT_PREPS,
    _FROM_IS_RECIPIENT,
    _NOT_PARTIES,
    _RECIPROCAL,
    DEFAULT_RECIPIENT_PREPS,
    OBJ,
    PASS_SUBJ,
    RELATIVE,
    SUBJ,
    Found,
    RoleReader,
    _through_prep,
    _unique,
    passive_anchor,
)


class EventCoder(RoleReader):
    """Codes PLOVER events in a Doc whose actors were resolved by ``eventcoder_actors``."""

    def __init__(self, nlp: Language, lexicon_files: Iterable[str] = ()) -> None:
        self.lex: Lexicon = get_lexicon(tuple(lexicon_files))
        self.reporting = self.lex.cue_set("reporting_verbs")
        # cue phrases indexed by their first word: a sentence is scanned once, not once per cue
        self._not_index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for etype, phrases in self.lex.nots.items():
            for ph in phrases:
                if ph:
                    self._not_index.setdefault(etype, {}).setdefault(ph[0], []).append(ph)
        self._mode_index: dict[str, dict[str, list[tuple[int, str, tuple[str, ...]]]]] = {}
        for etype, cues in self.lex.mode_cues.items():
            for order, (mode, cue) in enumerate(cues):
                if cue:
                    self._mode_index.setdefault(etype, {}).setdefault(cue[0], []).append((order, mode, cue))
        self._context_index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for ctx, ctx_cues in self.lex.contexts.items():
            for cue in ctx_cues:
                if cue:
                    self._context_index.setdefault(cue[0], []).append((ctx, cue))
        self.light = self.lex.cue_set("light_verbs")
        control = self.lex.cues.get("control_verbs") or {}
        self.control = {str(k).lower(): v for k, v in (control.items() if isinstance(control, dict) else [])}
        self.max_verb_len = max((len(k) for k in self.lex.verbs), default=1)
        from ..actors.registry import get_registry

        self.roles = get_registry().roles
        self.undergo = self.lex.cue_set("undergo_verbs")
        self.host_verbs = self.lex.cue_set("host_verbs")
        self.lends_subject = self.light | self.lex.cue_set("negating_verbs") | self.lex.cue_set("preventing_verbs") | self.lex.cue_set("aspect_verbs")
        self.nominal_negators = self.lex.cue_set("negating_verbs") | self.lex.cue_set("preventing_verbs")
        self.clause_only = self.lex.cue_set("not_with_clause")
        self.intent = self.lex.cue_set("intent_verbs")
        self.participation = self.lex.cue_set("participation_verbs")
        self.lends_subject |= self.participation
        self.allegation = self.lex.cue_set("allegation_verbs")
        self.convene = self.host_verbs | self.lex.cue_set("convene_verbs")
        self.act_nouns = self.lex.cue_set("act_nouns")
        self.travel = self.lex.cue_set("travel_words")
        self.destination_preps = self.lex.cue_set("destination_preps")
        self.transfer = self.lex.cue_set("transfer_verbs")
        self.relation_nouns = self.lex.cue_set("relation_nouns")

    # ------------------------------------------------------------ triggers
    def _verb_trigger(self, tok: Token) -> Trigger | None:
        lemma = tok.lemma_.lower()
        extras = [c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "dobj", "acomp", "advmod", "compound:prt")]
        extras += [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj",)]
        for e in extras:
            t = self.lex.verbs.get((lemma, e))
            if t:
                return t
        # verb + preposition + object noun ("call for talks") are handled by the noun
        return self.lex.verbs.get((lemma,))

    def _noun_trigger(self, tok: Token) -> Trigger | None:
        # the surface form too: plural-only entries ("talks", "hostilities") lemmatise away from themselves
        forms = (tok.lemma_.lower(), tok.lower_)
        left = tok.doc[tok.i - 1] if tok.i > 0 else None
        if left is not None and left.dep_ in ("compound", "amod", "nmod"):
            for form in forms:
                t = self.lex.nouns.get((left.lower_, form)) or self.lex.nouns.get((left.lemma_.lower(), form))
                if t:
                    return t
        return self.lex.nouns.get((forms[0],)) or self.lex.nouns.get((forms[1],))

    def _excluded(self, tok: Token, trig: Trigger) -> bool:
        index = self._not_index.get(trig.type)
        if not index:
            return False
        window = [t.lemma_.lower() for t in tok.doc[max(tok.sent.start, tok.i - 3) : min(tok.sent.end, tok.i + 4)]]
        for i, w in enumerate(window):
            for phrase in index.get(w, ()):
                if tuple(window[i : i + len(phrase)]) == phrase and trig.words[-1] in phrase:
                    return True
        return False

    def _non_event_use(self, tok: Token, trig: Trigger) -> bool:
        """Uses of a trigger verb that are not the event: "recognizes that ...", "is seeking to prevent ..."."""
        lemma = tok.lemma_.lower()
        deps = {c.dep_ for c in tok.children}
        has_obj = bool(deps & {"dobj", "obj", "dative"})
        if len(trig.words) == 1 and lemma in self.clause_only and "ccomp" in deps and not has_obj:
            return True
        if len(trig.words) == 1 and lemma in self.intent and "xcomp" in deps and not has_obj:
            return True  # the intended act (the xcomp) is the event, if it is one
        return False

    def _find(self, sent: Span) -> list[Found]:
        found: list[Found] = []
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_.startswith("VB")):
                trig = self._verb_trigger(tok)
                if tok.lemma_.lower() in self.reporting and (trig is None or len(trig.words) == 1):
                    continue  # "said" is not an event; a reporting verb with a fixed object may be ("stressed the need")
                if trig and not self._excluded(tok, trig) and not self._non_event_use(tok, trig):
                    found.append(Found(tok, trig, False, tok))
            elif tok.pos_ in ("NOUN", "PROPN") and tok.tag_ not in ("NNP",):
                trig = self._noun_trigger(tok)
                if trig and not self._excluded(tok, trig):
                    anchor = self._anchor_of_noun(tok)
                    found.append(Found(tok, trig, True, anchor))
        # a verb trigger whose object is a nominal trigger of the same type ("launched attacks"): keep the noun
        # "Oman hosted talks between ...", "has not received any request": the nominal is the event
        nominal_heads = {f.tok.head.i for f in found if f.nominal}
        nominal_heads |= {f.anchor.i for f in found if f.nominal and f.anchor.i != f.tok.i and self._argument_of(f.tok, f.anchor)
                          and f.tok.head.dep_ == "prep" and f.tok.head.lower_ == "of"}  # "launched a wave of strikes"
        keep_verb = self.light | self.host_verbs
        return [f for f in found if f.nominal or f.tok.i not in nominal_heads or f.tok.lemma_.lower() not in keep_verb]

    def _anchor_of_noun(self, noun: Token) -> Token:
        """The verb that governs a nominal event (its clause gives tense, negation, subject)."""
        t = noun
        while t.dep_ in ("pobj", "prep", "conj", "appos", "compound") and t.head is not t:
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
        if t.dep_ in OBJ + SUBJ + PASS_SUBJ and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        return noun

    @staticmethod
    def _argument_of(noun: Token, anchor: Token) -> bool:
        """Is the event noun an argument of its anchor verb, not a circumstance ("over the war")?"""
        t = noun
        while t.i != anchor.i and t.head.i != t.i:
            if t.dep_ == "prep" and t.lower_ in _ADJUNCT_PREPS:
                return False
            if t.dep_ in ("advcl", "advmod", "npadvmod"):
                return False
            t = t.head
        return True

    def _participates(self, noun: Token, anchor: Token) -> bool:
        """Is the anchor a verb of taking part in the event noun ("attend the summit", "take part in drills",
        "send a delegation to the talks")?"""
        if not self._argument_of(noun, anchor):
            return False
        lemma = anchor.lemma_.lower()
        if lemma in self.participation:
            return True
        if lemma == "take" and any(c.lower_ == "part" for c in anchor.children):
            return True
        return lemma == "send" and noun.dep_ == "pobj" and noun.head.lower_ == "to"

    def _alleged(self, f: Found) -> bool:
        """The act an accusation alleges ("accused Rwanda of deploying troops"): not asserted by the sentence."""
        t = f.tok
        if t.dep_ == "conj":
            t = t.head  # "of arming and funding"
        if t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep" or t.head.lower_ not in ("of", "for"):
            return False
        return t.head.head.lemma_.lower() in self.allegation

    # ------------------------------------------------------------ roles
    def _mode(self, f: Found, sent: Span) -> str | None:
        """The first mode, in lexicon order, whose cue appears in the event's phrase."""
        if f.trigger.mode:
            return f.trigger.mode
        index = self._mode_index.get(f.trigger.type)
        if not index:
            return None
        words = [t.lemma_.lower() for t in f.tok.subtree] + [t.lemma_.lower() for t in f.anchor.children]
        lowers = [t.lower_ for t in f.tok.subtree]
        best: tuple[int, str] | None = None
        for seq in (words, lowers):
            for i, w in enumerate(seq):
                for order, mode, cue in index.get(w, ()):
                    if (best is None or order < best[0]) and tuple(seq[i : i + len(cue)]) == cue:
                        best = (order, mode)
        return best[1] if best else None

    def _contexts(self, sent: Span) -> tuple[str, ...]:
        if not self._context_index:
            return ()
        lemmas = [t.lemma_.lower() for t in sent]
        found: set[str] = set()
        for i, w in enumerate(lemmas):
            for ctx, cue in self._context_index.get(w, ()):
                if ctx not in found and tuple(lemmas[i : i + len(cue)]) == cue:
                    found.add(ctx)
        return tuple(c for c in self.lex.contexts if c in found)  # in the lexicon's order

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        meta = doc.user_data or {}
        article_id = str(meta.get("article_id", "doc"))
        published = meta.get("published")
        events: list[Event] = []
        heads: list[Token] = []  # each event's trigger token
        prior: list[tuple[int, str, list[Mention]]] = []  # (trigger token, type, actors) of the acts coded so far
        for sent in doc.sents:
            found = self._find(sent)
            if not found:
                continue
            contexts = self._contexts(sent)
            seen: set[tuple[str, bool, tuple[str, ...], tuple[str, ...]]] = set()
            for f in found:
                mod = self._modality(f)
                if mod.inside_condition:
                    continue  # the event inside an "if"/"unless" clause is the condition of another
                if self._alleged(f):
                    continue
                actors, recips = self._roles(doc, f, prior)
                if not actors:
                    continue
                if not mod.negated and mod.modality == "asserted":
                    prior.append((f.tok.i, f.trigger.type, actors))
                cond = self._condition(doc, mod)
                # the type as emitted: "warned it would attack" and "threatened" are one THREATEN
                final = plover_type(f.trigger.type, "conditional" if cond is not None else mod.modality, mod.negated)
                sig = (final, mod.negated, tuple(m.key for m in actors), tuple(m.key for m in recips))
                if sig in seen:
                    continue
                seen.add(sig)
                events.append(self._event(doc, sent, f, actors, recips, mod, cond, contexts, article_id, published))
                heads.append(f.tok)
        doc._.events = _drop_subsumed(events, heads)
        return doc

    def _modality(self, f: Found) -> Modality:
        """Negation and modality of a trigger; a nominal event takes its governing verb's only when that verb
        lends it its subject ("did not launch strikes", "will not attend the summit"): "India did not condemn
        Russia's invasion" leaves the invasion asserted."""
        if not f.nominal or f.anchor.i == f.tok.i:
            mod = read_modality(f.tok if not f.nominal else f.anchor, self.lex)
            if f.nominal and any(c.dep_ == "det" and c.lower_ == "no" for c in f.tok.children):
                mod.negated = not mod.negated  # "no attack took place"
            return mod
        anchor, tok = f.anchor, f.tok
        lemma = anchor.lemma_.lower()
        mod = read_modality(anchor, self.lex, inner=tok)  # inner: is the noun itself in a condition ("in case of an attack")?
        if (lemma not in self.lends_subject and lemma not in self.undergo) or not self._argument_of(tok, anchor):
            mod.negated = False
        index = tok.doc._.token_mentions or {}
        own_actor = any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in index and c.tag_ != "PRP$" for c in tok.children)
        if lemma in self.nominal_negators and tok.dep_ in OBJ and not own_actor and not denied_clause(tok, self.lex):
            # "avoid direct confrontation", "withhold intervention"; but "rejected Trump's offer" was an offer
            mod.negated = not mod.negated
        if denied_clause(tok, self.lex):
            mod.negated, mod.denied = True, True  # "denied any involvement in the attack"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            mod.negated = not mod.negated
        return mod

    def _condition(self, doc: Doc, mod: Modality) -> Condition | None:
        if mod.condition_clause is None:
            return None
        clause = mod.condition_clause
        lo = clause.head.left_edge.i if clause.head.dep_ == "advmod" and clause.head.i < clause.i else clause.left_edge.i  # "as long as"
        text = doc[lo : clause.right_edge.i + 1].text
        sub = [f for f in self._find(clause.sent) if f.tok.i in {t.i for t in clause.subtree}]
        if not sub:
            return Condition(text=text, event=None)

        def depth(f: Found) -> int:  # the clause's own act, not one nested in it ("if sanctions are lifted")
            t, n = f.anchor if f.nominal and f.anchor.i in {x.i for x in clause.subtree} else f.tok, 0
            while t.i != clause.i and t.head.i != t.i:
                t, n = t.head, n + 1
            return n

        f = min(sub, key=depth)
        actors, recips = self._roles(doc, f)
        neg = read_modality(f.anchor if f.nominal else f.tok, self.lex).negated
        return Condition(
            text=text,
            event=f.trigger.type,
            actor=tuple(m.actor() for m in actors),
            recipient=tuple(m.actor() for m in recips),
            negated=neg,
        )

    def _event(
        self,
        doc: Doc,
        sent: Span,
        f: Found,
        actors: list[Mention],
        recips: list[Mention],
        mod: Modality,
        cond: Condition | None,
        contexts: tuple[str, ...],
        article_id: str,
        published: str | None,
    ) -> Event:
        tok = f.tok
        lo = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("prt", "neg", "aux", "compound")])
        hi = max([tok.i] + [c.i for c in tok.children if c.dep_ in ("prt", "compound")])
        event_text = doc[lo : hi + 1].text
        modality = "conditional" if cond is not None else mod.modality
        conf = 0.55 + 0.2 * bool(recips) + 0.1 * all(not m.key.startswith("UNK:") for m in actors) - 0.1 * f.nominal
        conf += 0.05 * (f.trigger.mode is not None)
        return Event(
            id=content_id(article_id, str(sent.start_char), str(tok.idx), f.trigger.type),
            article_id=article_id,
            date=event_date(sent, published),
            event=plover_type(f.trigger.type, modality, mod.negated),
            mode=self._mode(f, sent),
            context=contexts,
            actor=tuple(phrased_actor(m, tok) for m in actors),
            recipient=tuple(phrased_actor(m, tok) for m in recips),
            negated=mod.negated,
            modality=modality,
            condition=cond,
            event_text=event_text,
            text=sent.text.strip(),
            span=(sent.start_char, sent.end_char),
            event_loc=place_of(sent, doc),
            confidence=max(0.05, min(0.99, conf)),
            trigger=" ".join(f.trigger.words),
        )


def _drop_subsumed(events: list[Event], heads: list[Token]) -> list[Event]:
    """In one sentence, "A US strike killed a KH commander" yields the noun's and the verb's reading of one
    act; keep the more specific (same type and polarity, actors covered, recipients a strict superset).
    Triggers joined by the syntax but not by coordination ("warned it would take countermeasures") are
    one act read twice: keep the one whose parties are named more precisely (IRN.GOV over IRN, any
    recipient over none), the first of two equal readings. "Expelled the ambassador and closed the border"
    are two acts."""
    out = []
    for i, e in enumerate(events):
        subsumed = False
        for j, o in enumerate(events):
            if j == i or o.span != e.span or o.event != e.event or o.negated != e.negated:
                continue
            if set(e.actor_keys) <= set(o.actor_keys) and set(e.recipient_keys) < set(o.recipient_keys):
                subsumed = True
                break
            if not (_linked(heads[i], heads[j]) or _linked(heads[j], heads[i])):
                continue
            if _covered(e.actor_keys, o.actor_keys) and _covered(e.recipient_keys, o.recipient_keys):
                mutual = _covered(o.actor_keys, e.actor_keys) and _covered(o.recipient_keys, e.recipient_keys)
                if not mutual or j < i:
                    subsumed = True
                    break
        if not subsumed:
            out.append(e)
    return out


def _linked(low: Token, high: Token) -> bool:
    """Is ``high`` above ``low`` in the parse with no coordination between them?"""
    t = low
    for _ in range(12):
        if t.i == high.i:
            return True
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def _covered(general: tuple[str, ...], specific: tuple[str, ...]) -> bool:
    """Does every key of ``general`` appear in ``specific`` as it is or extended ("IRN" in "IRN.GOV")?"""
    return all(any(s == k or s.startswith(k + ".") for s in specific) for k in general)


# PLOVER: "the coder should always return the single event category": a threat of force or coercion
# is THREATEN, not ASSAULT + hypothetical. (The manual's twin rule, future cooperation -> AGREE, lowered
# F1 on our development gold, whose annotators keep "will provide aid" as AID or AGREE: not applied.)
_HOSTILE_TO_THREATEN = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def plover_type(etype: str, modality: str, negated: bool) -> str:
    """The single PLOVER category for an act stated as future, hypothetical or conditional."""
    if not negated and modality != "asserted" and etype in _HOSTILE_TO_THREATEN:
        return "THREATEN"
    return etype


@Language.factory("eventcoder_events", default_config={"lexicon_files": []})
def make_event_coder(nlp: Language, name: str, lexicon_files: list[str]) -> EventCoder:
    return EventCoder(nlp, lexicon_files)
