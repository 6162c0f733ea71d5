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

from ..models import Condition, Event, Mention, content_id
from .lexicon import Lexicon, Trigger, get_lexicon
from .modality import Modality, claim_nouns, denial_verbs, denied_clause, read_modality
from .places import lookup_place, place_of
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
_RECIPROCAL = frozenset({"CONSULT", "COOPERATE"})
_FROM_IS_RECIPIENT = frozenset({"RETREAT"})
# prepositions that attach a circumstance, not an argument: "launched strikes over the war" does not make
# the striker a party to the war, "has not withdrawn despite requests" does not negate the requests
_ADJUNCT_PREPS = frozenset({"over", "despite", "after", "before", "amid", "during", "since", "following", "until",
                            "because", "like", "as", "than", "ahead", "near", "outside", "inside", "across"})


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
        self.participation = self.lex.cue_set("participation_verbs")
        self.lends_subject |= self.participation
        self.allegation = self.lex.cue_set("allegation_verbs")
        self.convene = self.host_verbs | self.lex.cue_set("convene_verbs")
        self.act_nouns = self.lex.cue_set("act_nouns")

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
                if index[h.i].via == "location":
                    # "militias in Iraq and Syria": a group placed in several countries is one group per place
                    for g in self._prep_objects(h, frozenset({"in"})):
                        if g.i in index and index[g.i].via == "location":
                            add(g)
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

    def _deep_recipient(self, doc: Doc, verb: Token, preps: frozenset[str], actors: list[Mention]) -> list[Mention]:
        """The party named deeper in the verb's object or recipient phrase, or in the object of the act it
        governs: "attacked a military base in Arauca", "struck a boat carrying drugs from Venezuela",
        "refused to allow UN investigators into the country", "massed troops near its border with Ukraine"."""
        index: dict[int, Mention] = doc._.token_mentions or {}
        own = {a.key for a in actors} | {a.key.split(".")[0] for a in actors}
        heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps | {"near", "toward", "towards", "into"}
                  for g in c.children if g.dep_ == "pobj"]
        # "refused to allow X": the object of the governed verb (not for intent verbs, whose act is coded)
        heads += [o for c in verb.children if c.dep_ == "xcomp" for o in c.children if o.dep_ in ("dobj", "obj")]
        for h in heads:
            for t in h.subtree:
                if t.dep_ == "relcl" or t.i not in index:
                    continue
                m = self._placed(index[t.i])
                if m.key not in own and m.key.split(".")[0] not in own and m.kind != "alliance":
                    return [m]
        return []

    @staticmethod
    def _placed(m: Mention) -> Mention:
        """An unresolved name that is a known place stands for its state as a target ("a base in Arauca")."""
        if m.kind != "unresolved":
            return m
        p = lookup_place(m.entity_text)
        if p is None:
            return m
        return Mention(m.start, m.end, m.entity_text, p.country, p.country, None, p.name, "location", "state")

    def _embedded_subject(self, doc: Doc, tok: Token) -> list[Mention]:
        """The addressee of a demand stated as a clause: "urged that Israel withdraw", "the need for Hamas to act"."""
        for t in tok.subtree:
            if t.i != tok.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != tok.i and t.head.pos_ in ("VERB", "AUX"):
                ms = self._mentions_in(doc, t)
                if ms:
                    return ms
        return []

    def _antecedent(self, doc: Doc, verb: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """The parties of an earlier act that the verb's object names again: "Seoul condemned the launch",
        "the paramilitary force rejected the decision", "a move Israel condemned". The act's actors are the
        recipients (of the condemnation, rejection, praise)."""
        index: dict[int, Mention] = doc._.token_mentions or {}
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
            obj, definite = verb.head, True  # "a move Israel condemned": the move is the clause's act
        else:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            if not objs:
                return []
            obj = objs[0]
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
                           for c in obj.children)
        inner = {t.i for t in verb.subtree}
        if not definite or any(t.i in index and t.i not in inner for t in obj.subtree):
            return []
        trig = self._noun_trigger(obj)
        if trig is None and obj.lemma_.lower() not in self.act_nouns:
            return []
        own = {a.key.split(".")[0] for a in actors}
        sent_start = verb.sent.start
        for i, typ, ms in reversed(prior):
            if i >= verb.i:
                continue
            if trig is not None and typ != trig.type:
                continue
            if trig is None and i < sent_start and verb.doc[i].sent.end < sent_start - 1:
                continue
            out = [m for m in ms if m.key.split(".")[0] not in own]
            if out:
                return out
        return []

    def _roles(self, doc: Doc, f: Found, prior: list[tuple[int, str, list[Mention]]] | None = None) -> tuple[list[Mention], list[Mention]]:
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
                # "supplied ammunition to Ukraine": the preposition hangs on the object noun; "severed
                # relations with Israel", "suspended talks with the ELN": the partner of the object
                for c in tok.children:
                    if c.dep_ in ("dobj", "obj") and c.i not in (doc._.token_mentions or {}):
                        for p in self._prep_objects(c, (preps - {"of"}) | {"with"}):
                            recips += self._mentions_in(doc, p)
            # "called on X to": the object of "on"
            if not recips:
                for p in self._prep_objects(tok, frozenset({"on", "upon"})):
                    recips += self._mentions_in(doc, p)
        else:
            # nominal event: by/from phrase, possessive, modifiers -> actor; preps -> recipient ("withdrawal
            # from ECOWAS": for a retreat, "from" names what is left, not who leaves)
            by_from = frozenset({"by"}) if f.trigger.type in _FROM_IS_RECIPIENT else frozenset({"by", "from"})
            for p in self._prep_objects(tok, by_from):
                actors += self._mentions_in(doc, p)
            for c in tok.children:
                if c.dep_ == "acl":  # "the attack launched by Hamas on Israel"
                    if c.lemma_.lower() in self.convene:
                        continue  # "talks mediated by Turkey", "hosted by China": a third party, not a side
                    for a in self._agent(c):
                        actors += self._mentions_in(doc, a)
                    for p in self._prep_objects(c, preps):
                        recips += self._mentions_in(doc, p)
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in (doc._.token_mentions or {}):
                    actors += self._mentions_in(doc, c, deep=False)
            for p in self._prep_objects(tok, preps - by_from):
                recips += self._mentions_in(doc, p)
            if f.trigger.type in ("ASSAULT", "COOPERATE", "CONSULT") :
                for p in self._prep_objects(tok, frozenset({"between"})):
                    actors += self._mentions_in(doc, p)
            anchor = f.anchor
            if anchor.i != tok.i and not passive_anchor(anchor) and self._participates(tok, anchor):
                # "Turkey did not take part in the NATO exercise", "China did not attend the UN meeting": the
                # participant acts; the named organiser of the event is its counterpart
                part = [m for x in self._subject(anchor)[0] if x.i != tok.i for m in self._mentions_in(doc, x)]
                if part:
                    index = doc._.token_mentions or {}
                    recips += [index[t.i] for t in tok.subtree if t.i < tok.i and t.i in index]
                    actors = part
            if anchor.i != tok.i:
                subj, passive = self._subject(anchor)
                subj = [x for x in subj if x.i != tok.i]
                fronted = self._fronted_subject(anchor, subj)
                if fronted is not None and fronted.i != tok.i:
                    for o in subj:
                        recips += self._mentions_in(doc, o)
                    subj = [fronted]
                # "denied the allegation": the subject is its target, not its author
                undergo = tok.dep_ in OBJ and (anchor.lemma_.lower() in self.undergo or (
                    anchor.lemma_.lower() in denial_verbs(self.lex) and tok.lemma_.lower() in claim_nouns(self.lex)))
                if undergo:
                    # "the U.S. has faced attacks from militias": the subject is on the receiving end
                    for x in subj:
                        recips += self._mentions_in(doc, x)
                elif not actors and not passive and anchor.lemma_.lower() in self.lends_subject and self._argument_of(tok, anchor):
                    # only a light verb lends its subject ("Russia carried out strikes"); "Iraq condemned
                    # the strike" does not make Iraq the striker
                    for x in subj:
                        actors += self._mentions_in(doc, x)
                elif not actors and not passive and f.trigger.type in _RECIPROCAL:
                    # "Ethiopia and Somalia agreed ... after talks": the talks of the parties named together
                    parties = [m for x in subj for m in self._mentions_in(doc, x)]
                    if len(_unique(parties)) >= 2:
                        actors += parties
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
        if not recips and not f.nominal and len(actors) < 2:
            # (several actors and no recipient: a reciprocal act, "Thailand and Cambodia agreed")
            recips += self._deep_recipient(doc, tok, preps, actors)
        if not recips and not f.nominal and prior:
            recips += self._antecedent(doc, tok, actors, prior)
        recips = [self._placed(m) for m in recips]
        if not actors or not recips:
            place = place_of(tok.sent, doc)
            country = place.country if place is not None else None
            if not actors and country:
                # an unnamed group ("protesters", "security agents") belongs to the place of the event; in a
                # passive it is the agent ("was arrested by security agents in Kampala")
                subj, passive = self._subject(f.anchor if f.nominal else tok)
                heads = self._agent(tok) if passive and not f.nominal else subj
                actors += self._unnamed_groups(doc, heads, country, passive_ok=False)
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
        prior: list[tuple[int, str, list[Mention]]] = []  # (trigger token, type, actors) of the acts coded so far
        for sent in doc.sents:
            found = self._find(sent)
            if not found:
                continue
            contexts = self._contexts(sent)
            seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
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
                sig = (f.trigger.type, tuple(m.key for m in actors), tuple(m.key for m in recips))
                if sig in seen:
                    continue
                seen.add(sig)
                events.append(self._event(doc, sent, f, actors, recips, mod, cond, contexts, article_id, published))
        doc._.events = _drop_subsumed(events)
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
        mod = read_modality(anchor, self.lex)
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


def passive_anchor(t: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ for c in t.children)


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
