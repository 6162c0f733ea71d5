"""PLOVER event coding from dependency parses, as the spaCy component ``eventcoder_events``.

For each sentence: find triggers (verbs, multiword verbs, nominal events), read actor and recipient
from the dependency structure (subjects, passive agents, objects, recipient prepositions,
possessives and modifiers of nominal events, control verbs), then negation, modality and
conditions, mode, date and place. Writes ``doc._.events`` (a list of :class:`Event`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Actor, Condition, Event, Mention, content_id
from .lexicon import Lexicon, Trigger, get_lexicon
from .modality import Modality, read_modality
from .places import place_of
from .timex import event_date

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj", "dative", "attr")
RELATIVE = frozenset({"who", "which", "that", "whom"})
# nouns after a recipient preposition that name no party ("on their behalf", "on the part of")
_NOT_PARTIES = frozenset({"behalf", "part", "account", "basis", "side", "sidelines", "occasion"})
DEFAULT_RECIPIENT_PREPS = frozenset({"on", "against", "to", "with", "at"})


@dataclass
class Found:
    """A trigger found in a sentence, before roles are read."""

    tok: Token  # the head token of the trigger
    trigger: Trigger
    nominal: bool
    anchor: Token  # the verb whose clause gives subject/negation/modality (== tok for verbs)


class EventCoder:
    """Codes PLOVER events in a Doc whose actors were resolved by ``eventcoder_actors``."""

    def __init__(self, nlp: Language, lexicon_files: Iterable[str] = ()) -> None:
        self.lex: Lexicon = get_lexicon(tuple(lexicon_files))
        self.reporting = self.lex.cue_set("reporting_verbs")
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
        lemma = tok.lemma_.lower()
        left = tok.doc[tok.i - 1] if tok.i > 0 else None
        if left is not None and left.dep_ in ("compound", "amod", "nmod"):
            t = self.lex.nouns.get((left.lower_, lemma)) or self.lex.nouns.get((left.lemma_.lower(), lemma))
            if t:
                return t
        return self.lex.nouns.get((lemma,))

    def _excluded(self, tok: Token, trig: Trigger) -> bool:
        nots = self.lex.nots.get(trig.type)
        if not nots:
            return False
        window = [t.lemma_.lower() for t in tok.doc[max(tok.sent.start, tok.i - 3) : min(tok.sent.end, tok.i + 4)]]
        for phrase in nots:
            n = len(phrase)
            for i in range(len(window) - n + 1):
                if tuple(window[i : i + n]) == phrase and trig.words[-1] in phrase:
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
                if tok.lemma_.lower() in self.reporting:
                    continue
                trig = self._verb_trigger(tok)
                if trig and not self._excluded(tok, trig) and not self._non_event_use(tok, trig):
                    found.append(Found(tok, trig, False, tok))
            elif tok.pos_ in ("NOUN", "PROPN") and tok.tag_ not in ("NNP",):
                trig = self._noun_trigger(tok)
                if trig and not self._excluded(tok, trig):
                    anchor = self._anchor_of_noun(tok)
                    found.append(Found(tok, trig, True, anchor))
        # a verb trigger whose object is a nominal trigger of the same type ("launched attacks"): keep the noun
        nominal_heads = {f.tok.head.i for f in found if f.nominal}
        return [f for f in found if f.nominal or f.tok.i not in nominal_heads or f.tok.lemma_.lower() not in self.light]

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

    # ------------------------------------------------------------ roles
    def _mentions_in(self, doc: Doc, tok: Token, deep: bool = True) -> list[Mention]:
        """Actor mentions for the phrase headed by ``tok``, expanding coordination."""
        index: dict[int, Mention] = doc._.token_mentions or {}
        out: list[Mention] = []

        def add(t: Token) -> bool:
            found = False
            for x in [t, *[c for c in t.conjuncts if c.i > t.i]]:
                m = index.get(x.i)
                if m is not None and all(y is not m for y in out):
                    out.append(m)
                    found = True
            return found

        heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i]
        for h in heads:
            if h.i in index:
                add(h)
                continue
            if h.lower_ in RELATIVE and h.head.dep_ == "relcl":
                out.extend(m for m in self._mentions_in(doc, h.head.head) if all(m is not y for y in out))
                continue
            if not deep:
                continue
            # "its allies, including Iran and Hezbollah": the members named
            inc = [g for c in h.children if c.dep_ == "prep" and c.lower_ in ("including", "like") for g in c.children if g.dep_ == "pobj"]
            if inc and any(add(g) for g in inc):
                continue
            # the head's own modifiers: "Hamas fighters", "the Israeli army", "Israeli and American targets",
            # "a US drone strike" (a modifier of a modifier)
            mods = [c for c in h.children if c.dep_ in ("compound", "amod", "poss", "nmod", "appos") and c.i in index]
            if not mods:
                mods = [g for c in h.children if c.dep_ in ("compound", "amod", "nmod") and c.i < h.i
                        for g in c.subtree if g.i in index and g.i < h.i]
            mods.sort(key=lambda c: c.dep_ == "poss")  # a possessor ("its allies") is the weakest clue
            if mods and add(mods[0]):
                continue
            # "leaders of Hamas", "militias in Iraq and Syria"
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
                    for g in c.children:
                        if g.dep_ == "pobj" and add(g):
                            break
        return out

    def _subject(self, verb: Token) -> tuple[list[Token], bool]:
        """(subject tokens, passive?) of a verb, climbing through control/raising verbs and conjunctions."""
        t = verb
        for _ in range(6):
            subj = [c for c in t.children if c.dep_ in SUBJ]
            if subj:
                return subj, False
            psubj = [c for c in t.children if c.dep_ in PASS_SUBJ]
            if psubj:
                return psubj, True
            if t.dep_ == "xcomp" and t.head is not t:
                # object control: "forcing them to mobilize", "urged Iran to join"
                objs = [c for c in t.head.children if c.dep_ in ("dobj", "obj") and c.i < t.i]
                if objs:
                    return objs, False
            if t.dep_ == "pcomp" and t.head.head is not t.head:
                t = t.head.head  # "focused on ensuring aid": the verb that governs the preposition
                continue
            if t.dep_ in ("xcomp", "conj", "advcl", "acl") and t.head is not t:
                if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
                    return [t.head], t.tag_ == "VBN"
                t = t.head
                continue
            if t.dep_ == "relcl":
                return [t.head], False
            break
        return [], False

    def _unnamed_groups(self, doc: Doc, heads: list[Token], country: str, passive_ok: bool) -> list[Mention]:
        """Unnamed groups placed by the event's location: "protesters marched through Amman" -> JOR.CVL."""
        out = []
        for h in heads:
            cands = [h] + [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for t in cands:
                role = self.roles.get(t.lower_) or self.roles.get(t.lemma_.lower())
                if role is not None and (role.kind == "group" or (t.tag_ == "NNS" and role.kind == "person")):
                    key = f"{country}.{role.sector}"
                    out.append(Mention(t.idx, t.idx + len(t.text), t.text, key, country, role.sector, None, "location", "group", True))
                    break
        return out

    @staticmethod
    def _fronted_subject(verb: Token, subj: list[Token]) -> Token | None:
        if not subj or any(x.i < verb.i for x in subj) or verb.i < 2:
            return None
        if any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
            return None  # inversion ("said X", "did X") is not this pattern
        if verb.doc[verb.i - 1].text != ",":
            return None
        end = verb.i - 2
        for t in verb.doc[verb.sent.start : verb.i - 1]:
            if t.dep_ == "appos" and t.head.i < t.i and t.right_edge.i >= end - 1 and t.pos_ in ("NOUN", "PROPN"):
                head = t
                while head.dep_ == "appos" and head.head.dep_ == "appos":
                    head = head.head
                return head
        return None

    def _agent(self, verb: Token) -> list[Token]:
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]

    def _prep_objects(self, head: Token, preps: frozenset[str]) -> list[Token]:
        out = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                out += [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in _NOT_PARTIES]
        return out

    def _embedded_subject(self, doc: Doc, tok: Token) -> list[Mention]:
        """The addressee of a demand stated as a clause: "urged that Israel withdraw", "the need for Hamas to act"."""
        for t in tok.subtree:
            if t.i != tok.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != tok.i and t.head.pos_ in ("VERB", "AUX"):
                ms = self._mentions_in(doc, t)
                if ms:
                    return ms
        return []

    def _roles(self, doc: Doc, f: Found) -> tuple[list[Mention], list[Mention]]:
        preps = self.lex.recipient_preps.get(f.trigger.type) or DEFAULT_RECIPIENT_PREPS
        tok = f.tok
        actors: list[Mention] = []
        recips: list[Mention] = []
        if not f.nominal:
            subj, passive = self._subject(tok)
            fronted = self._fronted_subject(tok, subj)
            if fronted is not None:
                # "In a meeting in Tehran, Iran's leader, X, told Y": the small parser often hangs the real
                # subject on the fronted phrase as an apposition and makes the object the subject.
                for o in subj:
                    recips += self._mentions_in(doc, o)
                subj = [fronted]
            if passive:
                for a in self._agent(tok):
                    found = self._mentions_in(doc, a)
                    if not found:
                        # "struck by a missile fired from a US drone": the party is deeper in the agent phrase
                        index = doc._.token_mentions or {}
                        hit = next((t for t in a.subtree if t.i in index and t.i != a.i), None)
                        if hit is not None:
                            found = [index[hit.i]]
                    actors += found
                for s in subj:
                    recips += self._mentions_in(doc, s)
            else:
                for s in subj:
                    actors += self._mentions_in(doc, s)
                # control verbs: "Hamas called on Iran to join" -> the event is REQUEST Hamas->Iran (handled by trigger)
                for c in tok.children:
                    if c.dep_ in OBJ:
                        for o in _through_prep(c):
                            recips += self._mentions_in(doc, o)
            for p in self._prep_objects(tok, preps):
                recips += self._mentions_in(doc, p)
            if not recips:
                # "supplied ammunition to Ukraine": the preposition hangs on the object noun
                for c in tok.children:
                    if c.dep_ in ("dobj", "obj") and c.i not in (doc._.token_mentions or {}):
                        for p in self._prep_objects(c, preps - {"of"}):
                            recips += self._mentions_in(doc, p)
            # "called on X to": the object of "on"
            if not recips:
                for p in self._prep_objects(tok, frozenset({"on", "upon"})):
                    recips += self._mentions_in(doc, p)
        else:
            # nominal event: by/from phrase, possessive, modifiers -> actor; preps -> recipient
            for p in self._prep_objects(tok, frozenset({"by", "from"})):
                actors += self._mentions_in(doc, p)
            for c in tok.children:
                if c.dep_ == "acl":  # "the attack launched by Hamas on Israel"
                    for a in self._agent(c):
                        actors += self._mentions_in(doc, a)
                    for p in self._prep_objects(c, preps):
                        recips += self._mentions_in(doc, p)
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in (doc._.token_mentions or {}):
                    actors += self._mentions_in(doc, c, deep=False)
            for p in self._prep_objects(tok, preps - {"by", "from"}):
                recips += self._mentions_in(doc, p)
            if f.trigger.type in ("ASSAULT", "COOPERATE", "CONSULT") :
                for p in self._prep_objects(tok, frozenset({"between"})):
                    actors += self._mentions_in(doc, p)
            anchor = f.anchor
            if anchor is not tok:
                subj, passive = self._subject(anchor)
                subj = [x for x in subj if x.i != tok.i]
                fronted = self._fronted_subject(anchor, subj)
                if fronted is not None and fronted.i != tok.i:
                    for o in subj:
                        recips += self._mentions_in(doc, o)
                    subj = [fronted]
                undergo = anchor.lemma_.lower() in self.undergo and tok.dep_ in OBJ
                if undergo:
                    # "the U.S. has faced attacks from militias": the subject is on the receiving end
                    for x in subj:
                        recips += self._mentions_in(doc, x)
                elif not actors and not passive and anchor.lemma_.lower() in self.lends_subject:
                    # only a light verb lends its subject ("Russia carried out strikes"); "Iraq condemned
                    # the strike" does not make Iraq the striker
                    for x in subj:
                        actors += self._mentions_in(doc, x)
                if not recips:
                    for p in self._prep_objects(anchor, preps):
                        if p.i != tok.i:
                            recips += self._mentions_in(doc, p)
                    for c in anchor.children:
                        if c.dep_ == "dative":
                            for o in _through_prep(c):
                                recips += self._mentions_in(doc, o)
        if not recips and f.trigger.type in ("REQUEST", "THREATEN", "REJECT"):
            recips += self._embedded_subject(doc, tok)
        if not actors or not recips:
            place = place_of(tok.sent, doc)
            country = place.country if place is not None else None
            if not actors and country:
                actors += self._unnamed_groups(doc, self._subject(f.anchor if f.nominal else tok)[0], country, passive_ok=False)
            if not recips:
                home = country or (actors[0].key.split(".")[0] if actors and actors[0].kind in ("state", "group") else None)
                if home and not f.nominal:
                    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
                    recips += self._unnamed_groups(doc, objs, home, passive_ok=True)
        if not f.nominal and tok.lemma_.lower() in self.host_verbs:
            # "the crown prince hosted the Ukrainian president": the visitor is the actor (PLOVER)
            guests = [m for c in tok.children if c.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, c)]
            if guests:
                actors, recips = guests, actors
        actors = _unique(actors)
        tops = {a.key for a in actors} | {a.key.split(".")[0] for a in actors}
        # "Israel will respond ..., Israel's defence minister warned": a state is not its own recipient
        recips = [m for m in _unique(recips) if m.key not in tops]
        return actors, recips

    # ------------------------------------------------------------ mode, context
    def _mode(self, f: Found, sent: Span) -> str | None:
        if f.trigger.mode:
            return f.trigger.mode
        cues = self.lex.mode_cues.get(f.trigger.type)
        if not cues:
            return None
        words = [t.lemma_.lower() for t in f.tok.subtree] + [t.lemma_.lower() for t in f.anchor.children]
        lowers = [t.lower_ for t in f.tok.subtree]
        for mode, cue in cues:
            n = len(cue)
            for seq in (words, lowers):
                for i in range(len(seq) - n + 1):
                    if tuple(seq[i : i + n]) == cue:
                        return mode
        return None

    def _contexts(self, sent: Span) -> tuple[str, ...]:
        if not self.lex.contexts:
            return ()
        lemmas = [t.lemma_.lower() for t in sent]
        out = []
        for ctx, cues in self.lex.contexts.items():
            for cue in cues:
                n = len(cue)
                if any(tuple(lemmas[i : i + n]) == cue for i in range(len(lemmas) - n + 1)):
                    out.append(ctx)
                    break
        return tuple(out)

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        meta = doc.user_data or {}
        article_id = str(meta.get("article_id", "doc"))
        published = meta.get("published")
        events: list[Event] = []
        for sent in doc.sents:
            found = self._find(sent)
            if not found:
                continue
            contexts = self._contexts(sent)
            seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
            for f in found:
                mod = read_modality(f.anchor if f.nominal else f.tok, self.lex)
                if f.nominal and f.anchor is not f.tok and f.anchor.lemma_.lower() in self.nominal_negators and f.tok.dep_ in OBJ:
                    mod.negated = not mod.negated  # "avoid direct confrontation", "withhold intervention"
                if mod.inside_condition:
                    continue  # the event inside an "if"/"unless" clause is the condition of another
                actors, recips = self._roles(doc, f)
                if not actors:
                    continue
                cond = self._condition(doc, mod)
                sig = (f.trigger.type, tuple(m.key for m in actors), tuple(m.key for m in recips))
                if sig in seen:
                    continue
                seen.add(sig)
                events.append(self._event(doc, sent, f, actors, recips, mod, cond, contexts, article_id, published))
        doc._.events = _drop_subsumed(events)
        return doc

    def _condition(self, doc: Doc, mod: Modality) -> Condition | None:
        if mod.condition_clause is None:
            return None
        clause = mod.condition_clause
        text = doc[clause.left_edge.i : clause.right_edge.i + 1].text
        sub = [f for f in self._find(clause.sent) if f.tok.i in {t.i for t in clause.subtree}]
        if not sub:
            return Condition(text=text, event=None)
        f = sub[0]
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
            event=f.trigger.type,
            mode=self._mode(f, sent),
            context=contexts,
            actor=tuple(m.actor() for m in actors),
            recipient=tuple(m.actor() for m in recips),
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


def _drop_subsumed(events: list[Event]) -> list[Event]:
    """In one sentence, "A US strike killed a KH commander" yields the noun's and the verb's reading of one
    act; keep the more specific (same type and polarity, actors covered, recipients a strict superset)."""
    out = []
    for e in events:
        subsumed = any(
            o is not e and o.span == e.span and o.event == e.event and o.negated == e.negated
            and set(e.actor_keys) <= set(o.actor_keys) and set(e.recipient_keys) < set(o.recipient_keys)
            for o in events
        )
        if not subsumed:
            out.append(e)
    return out


def _through_prep(t: Token) -> list[Token]:
    """A dative "to Hamas" is the preposition; its object is the party."""
    if t.pos_ == "ADP":
        return [g for g in t.children if g.dep_ == "pobj"]
    return [t]


def _unique(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    keys: set[str] = set()
    for m in ms:
        if m.key not in keys and m.kind not in ("alliance",):
            keys.add(m.key)
            out.append(m)
    return out


@Language.factory("eventcoder_events", default_config={"lexicon_files": []})
def make_event_coder(nlp: Language, name: str, lexicon_files: list[str]) -> EventCoder:
    return EventCoder(nlp, lexicon_files)
