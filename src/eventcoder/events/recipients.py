"""Reading the recipient of an event when the clause names none directly.

``RecipientReader`` is the recipient half of :class:`~eventcoder.events.roles.RoleReader`: parties deeper
in the object phrase, places and the states they lie in, hosts of visits, addressees of requests and
threats, parties of conditions and of answered acts, earlier acts named again ("condemned the launch"),
retaliation, and the objects of purpose clauses ("fired tear gas to disperse protesters").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors.registry import get_registry
from ..models import Mention
from .lexicon import Lexicon, Trigger
from .modality import denial_verbs
from .places import lookup_place, place_noun_state
from .syntax import name_like, same_party

if TYPE_CHECKING:
    from .roles import Found

# acts that answer the other side of the sentence: "X did A after Y agreed to B" -> Y agrees with X
_ANSWERING = frozenset({"AGREE", "CONCEDE"})
_ANSWER_MARKS = frozenset({"after", "once", "when"})
# force used "to disperse the protesters": the purpose clause's object is the target
_PURPOSE_TARGETS = frozenset({"ASSAULT", "COERCE"})
# what a vow of retaliation names ("vowed revenge", "vowed to retaliate"); the lexicon's cue set
# "retaliation_words" replaces it when present
_RETALIATION = frozenset({"revenge", "retaliation", "retaliate", "retribution", "reprisal", "reprisals", "countermeasure",
                          "countermeasures", "avenge", "vengeance", "response", "respond"})
# the acts a vow of retaliation answers
_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
# the answer: a rejection or an acceptance of the act as object ("rejected the call", "heeded the appeal")
_ANSWER_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
# "in defiance of", "despite", "in response to": a circumstance that the main clause's subject answers
_ANSWER_PREPS = frozenset({"despite", "notwithstanding", "defiance", "response", "spite"})
# words of a mutual act, when the lexicon's grammar cues give no "reciprocal_words" list: "Armenia and
# Azerbaijan exchanged prisoners", "a prisoner swap", "traded fire", "accused each other": each side acts on
# the other
_MUTUAL_WORDS = frozenset({"exchange", "swap", "trade", "reciprocal", "mutual", "each other", "one another"})
_LOCATING_PREPS = frozenset({"to", "in", "near", "inside", "across", "around", "into", "at"})


class RecipientReader:
    """Mixin: the recipient fallbacks of the role reader (which provides the phrase and subject readers)."""

    lex: Lexicon
    act_nouns: frozenset[str]
    destination_preps: frozenset[str]

    if TYPE_CHECKING:

        def _noun_trigger(self, tok: Token) -> Trigger | None: ...

        def _mentions_in(self, doc: Doc, tok: Token, deep: bool = True) -> list[Mention]: ...

        def _subject(self, verb: Token) -> tuple[list[Token], bool]: ...

        def _prep_objects(self, head: Token, preps: frozenset[str]) -> list[Token]: ...

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
                if m is not index[t.i] and self._in_installation(t, h):
                    continue  # "the al-Tanf garrison": a place naming a base does not name whose base it is
                if m.key not in own and m.key.split(".")[0] not in own and m.kind != "alliance":
                    return [m]
        return []

    def _names_installation(self, doc: Doc, m: Mention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and self._in_installation(span.root, span.root.sent.root)

    def _in_installation(self, t: Token, top: Token) -> bool:
        """Is ``t`` inside the name of an installation noun (base, garrison ...) at or below ``top``?"""
        hosted = self.lex.cue_set("installation_nouns")
        while True:
            if t.lemma_.lower() in hosted:
                return True
            if t.i == top.i or t.head.i == t.i:
                return False
            t = t.head

    @staticmethod
    def _placed(m: Mention) -> Mention:
        """An unresolved name that is a known place stands for its state as a target ("a base in Arauca")."""
        if m.kind != "unresolved":
            return m
        p = lookup_place(m.entity_text)
        if p is None or p.country is None:
            return m
        return Mention(m.start, m.end, m.entity_text, p.country, p.country, None, p.name, "location", "state")

    def _visit_host(self, doc: Doc, tok: Token, trig: Trigger, preps: frozenset[str]) -> list[Mention]:
        """The host of a visit: the party of the meeting it was for ("arrived in Washington for talks with
        Biden"), else the state of the place travelled to ("travelled to Moscow", "a visit to Minsk")."""
        for n in self._prep_objects(tok, frozenset({"for"})):
            t = self._noun_trigger(n)
            if t is not None and t.type == trig.type:
                found = [m for p in self._prep_objects(n, preps) for m in self._mentions_in(doc, p)]
                if found:
                    return found
        for p in self._prep_objects(tok, self.destination_preps):
            found = [self._placed(m) for m in self._party(doc, p)]
            if found:
                return found
        return []

    @staticmethod
    def _own(doc: Doc, noun: Token, actors: list[Mention]) -> bool:
        """Is the noun possessed by a pronoun that stands for the actor ("its ambassador", "their troops")?"""
        index: dict[int, Mention] = doc._.token_mentions or {}
        tops = {a.key.split(".")[0] for a in actors}
        return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.i in index and index[c.i].key.split(".")[0] in tops
                   for c in noun.children)

    def _located_target(self, doc: Doc, tok: Token, nominal: bool, preps: frozenset[str]) -> list[Mention]:
        """The state where the attacked object lies: "struck an oil refinery in Russia's Ryazan region",
        "strikes on military sites across Syria"."""
        heads = [] if nominal else [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        heads += self._prep_objects(tok, preps | _LOCATING_PREPS)
        hosted = self.lex.cue_set("installation_nouns")
        for h in heads:
            if h.lemma_.lower() in hosted:
                continue  # "a garrison in Syria" may be another state's: its place does not name the target
            for t in h.subtree:
                found = self._place_noun_state(doc, t)
                if not found and t.i != h.i and name_like(t):
                    found = self._place_state(doc, t)
                if found:
                    return found
        return []

    @staticmethod
    def _place_noun_state(doc: Doc, tok: Token) -> list[Mention]:
        """The state a place noun names: "the Palestinian village of X" -> PSE, "Russia's Saratov region" -> RUS."""
        reg = get_registry()
        key = place_noun_state(tok, reg.adjectives, reg.terms)
        if key is None:
            return []
        return [Mention(tok.idx, tok.idx + len(tok.text), tok.text, key, key, None, tok.text, "location", "state")]

    def _party(self, doc: Doc, tok: Token) -> list[Mention]:
        """The parties a recipient phrase names: its actor mentions, else the state of the place it names
        ("transferred missiles to Russia", "supplies airdropped over Gaza", "travelled to Moscow")."""
        return self._mentions_in(doc, tok) or self._place_state(doc, tok)

    @staticmethod
    def _place_state(doc: Doc, tok: Token) -> list[Mention]:
        """The state of a named place the actor resolver kept as a location, not a party."""
        if not name_like(tok):
            return []
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        span = ent if ent is not None else doc[tok.i : tok.i + 1]
        place = lookup_place(span.text, get_registry().terms)
        if place is None or place.country is None:
            return []
        return [Mention(span.start_char, span.end_char, span.text, place.country, place.country, None, place.name, "location", "state")]

    def _embedded_subject(self, doc: Doc, tok: Token, actors: list[Mention]) -> list[Mention]:
        """The addressee of a demand stated as a clause: "urged that Israel withdraw", "the need for Hamas to act";
        the party a threat's condition names: "warned that it would retaliate if Manila allowed ..." (the
        actor itself, "it would retaliate", is passed over)."""
        for t in tok.subtree:
            if t.i != tok.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != tok.i and t.head.pos_ in ("VERB", "AUX"):
                ms = [m for m in self._mentions_in(doc, t) if not same_party(m, actors)]
                if ms:
                    return ms
        return []

    @staticmethod
    def _purpose_objects(verb: Token) -> list[Token]:
        """Objects of an infinitive of purpose hung on ``verb`` ("fired tear gas to disperse the crowd")."""
        return [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for o in c.children if o.dep_ in ("dobj", "obj")]

    def _mutual(self, f: Found) -> bool:
        """Is the act one both sides do to each other: its trigger names an exchange ("exchanged prisoners",
        "a prisoner swap", "traded fire"), or its object is "each other" / "one another"?"""
        words = self.lex.cue_set("reciprocal_words") or _MUTUAL_WORDS
        if any(w in words for w in f.trigger.words) or f.tok.lemma_.lower() in words:
            return True
        for head in {f.tok, f.anchor}:
            if head.lemma_.lower() in words and head.pos_ in ("VERB", "NOUN"):
                return True
            for c in head.children:
                if c.dep_ in ("dobj", "obj", "npadvmod") and " ".join(t.lower_ for t in c.subtree) in words:
                    return True
        return False

    def _answering_verb(self, noun: Token) -> Token | None:
        """The verb that answers a directed act noun: its object ("rejected the UN's call", "heeded the
        appeals"), or the clause it is a circumstance of ("despite repeated requests", "in defiance of calls")."""
        if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
            verb = noun.head
            lemma = verb.lemma_.lower()
            trig = self.lex.verbs.get((lemma,))
            if lemma in denial_verbs(self.lex) or (trig is not None and trig.type in _ANSWER_TYPES):
                return verb
            return None
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _ANSWER_PREPS:
            prep = prep.head.head if prep.head.dep_ == "pobj" else prep.head  # "in defiance of", "in spite of"
        if noun.dep_ == "pobj" or prep is not noun.head:
            if prep.lower_ in _ANSWER_PREPS or (prep.dep_ == "pobj" and prep.lower_ in _ANSWER_PREPS):
                head = prep.head
                while head.dep_ == "pobj" or head.pos_ == "ADP":
                    head = head.head
                if head.pos_ in ("VERB", "AUX"):
                    return head
        return None

    def _addressee(self, doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
        """The addressee of a request or threat named as a noun: the party that answers it."""
        verb = self._answering_verb(noun)
        if verb is None:
            return []
        subj, passive = self._subject(verb)
        if passive:
            return []
        return [m for x in subj if x.i != noun.i for m in self._mentions_in(doc, x) if not same_party(m, actors)]

    def _condition_party(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """The party whose act a promise or threat is conditioned on: "Israel will halt its offensive if Hamas
        releases the hostages", "will respond with force if Iran attacks"."""
        marks = self.lex.cue_set("conditional_markers")
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                subj, _ = self._subject(c)
                found = [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors)]
                if found:
                    return found
        return []

    def _answered_party(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """The party an agreement answers: "Cuba freed prisoners after Washington agreed to ...", where the
        main clause's subject is the other side."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _ANSWER_MARKS for c in verb.children):
            return []
        subj, passive = self._subject(verb.head)
        if passive:
            return []
        return [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors)]

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

    def _vows_retaliation(self, f: Found) -> bool:
        """"vowed revenge", "promised retaliation", "vowed to take countermeasures", "warned it would respond"."""
        words = self.lex.cue_set("retaliation_words") or _RETALIATION
        if any(w in words for w in f.trigger.words):
            return True
        subj = {t.i for x in self._subject(f.tok)[0] for t in x.subtree}
        return any(t.lemma_.lower() in words for t in f.tok.subtree if t.i not in subj)

    @staticmethod
    def _retaliated(doc: Doc, tok: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """Whom a vow of retaliation is aimed at: the author of the latest hostile act before it, in its sentence
        or the one before ("... killed in an Israeli strike, and Iran vowed revenge"), not the vower's own side."""
        own = {a.key.split(".")[0] for a in actors}
        sent = tok.sent
        prev_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i, typ, ms in reversed(prior):
            if i >= tok.i or i < prev_start or typ not in _HOSTILE_ACTS:
                continue
            out = [m for m in ms if m.key.split(".")[0] not in own]
            if out:
                return out
        return []

    def _more_recipients(self, doc: Doc, f: Found, preps: frozenset[str], actors: list[Mention], found: list[Mention],
                         prior: list[tuple[int, str, list[Mention]]] | None) -> tuple[list[Mention], list[Token]]:
        """The recipients ``found`` in the clause, else the first that the fallbacks below find, tried in
        order; and the objects of the act's purpose clause (for the caller's unnamed-group fallback)."""
        tok = f.tok
        recips = list(found)
        if not recips and f.trigger.type in ("REQUEST", "THREATEN", "REJECT"):
            recips += self._embedded_subject(doc, tok, actors)
        if not recips and not f.nominal and f.trigger.type in _ANSWERING:
            recips += self._answered_party(doc, tok, actors)
        if not recips:
            recips += self._condition_party(doc, f.anchor if f.nominal else tok, actors)
        if not recips and not f.nominal and len(actors) < 2:
            # (several actors and no recipient: a reciprocal act, "Thailand and Cambodia agreed")
            recips += self._deep_recipient(doc, tok, preps, actors)
        if not recips and not f.nominal and prior:
            recips += self._antecedent(doc, tok, actors, prior)
        if not recips and prior and f.trigger.type == "THREATEN" and self._vows_retaliation(f):
            recips += self._retaliated(doc, tok, actors, prior)
        purpose = self._purpose_objects(f.anchor if f.nominal else tok) if f.trigger.type in _PURPOSE_TARGETS else []
        if not recips:
            # "police fired tear gas to disperse protesters", "used water cannon to break up the crowds": the
            # force is aimed at whoever the purpose clause acts on
            recips += [m for o in purpose for m in self._mentions_in(doc, o)]
        return recips, purpose
