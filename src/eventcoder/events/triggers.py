"""Finding event triggers in a sentence: verbs, multiword verbs, nominal events, and one reading per act.

``TriggerFinder`` is the trigger half of :class:`~eventcoder.events.coder.EventCoder` (which builds the
cue sets it reads in its ``__init__``): lexicon lookups for verbs and nouns with their particles,
objects and modifiers, ``switch:`` and ``not:`` rules, uses of a trigger word that report no act, and
the choice of one reading where two triggers read one act ("vowed to retaliate", "suspended its attacks").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp import TokenAttrs, child_indices, lower_lemmas, sent_of, token_attrs
from .lexicon import Lexicon, Switch, Trigger
from .modality import MODAL_AUX, _verb_keys, denial_verbs
from .roles import _ADJUNCT_PREPS, Found
from .syntax import OBJ, PASS_SUBJ, SUBJ

# labelling verbs that take their label as a bare second object ("called it a crime", "consider X a target")
_NAMING = frozenset({"call", "dub", "term", "label", "brand", "deem", "consider"})
_DESCRIBING = frozenset({"describe", "characterise", "characterize", "portray"})  # verbs that name their object "as" a label
COOPERATION_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# cooperative acts a pledge may name ("pledged new assistance"): the pledge is the one reading
_PLEDGEABLE = COOPERATION_TO_AGREE | {"AGREE", "CONCEDE", "RETREAT"}
# what a party can withhold from another as coercion ("withheld military aid"); any other act withheld is not done
_WITHHELD_RESOURCES = frozenset({"AID", "SUPPORT", "COOPERATE"})
_SENT_TO = frozenset({"to", "into"})  # prepositions of a sending's destination ("ordered troops to the capital")
# labels that judge a state of things as much as a party's act ("said the situation was dangerous"): no
# criticism when only reported as a clause's predicate
_STATE_LABELS = frozenset({"dangerous", "unprecedented", "escalation", "escalatory"})
_SUMS = frozenset({"billion", "million", "trillion"})  # quantities that are sums of money ("$2 billion in loans")
_PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "you", "he", "she", "they"})  # personal pronouns for people
# Round 22: measures and acts a noun may name as only threatened ("threatened tariffs", "a threatened strike")
_THREATENABLE = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
# Round 22: acts a party retaliates against or that no label praises ("would respond to the sanctions", "called the
# offensive a turning point"); not arrests ("would respond to the arrests of its nationals" names no foe, "called
# the arrest a step toward accountability" is praise) nor protests
_HOSTILE = frozenset({"SANCTION", "ASSAULT"})
# Round 22: verbs that give a label of approval ("called the deal historic", "described the deal as a milestone")
_APPROVING = _NAMING | {"describe"}


class TriggerFinder:
    """Mixin: trigger lookup and the one-reading rules (cue sets are built by the coder's ``__init__``)."""

    lex: Lexicon
    reporting: frozenset[str]
    _not_index: dict[str, dict[str, list[tuple[str, ...]]]]
    _not_words: dict[str, frozenset[str]]
    light: frozenset[str]
    commissive: frozenset[str]
    verb_heads: frozenset[str]
    dismay_states: frozenset[str]
    self_pronouns: frozenset[str]
    dismay_preps: frozenset[str]
    nonact_causes: frozenset[str]
    operation_nouns: frozenset[str]
    armed_foes: frozenset[str]
    armed_sites: frozenset[str]
    asked_nouns: frozenset[str]
    eliciting_verbs: frozenset[str]
    reaction_nouns: frozenset[str]
    toned_reactions: frozenset[str]
    hostile_tones: frozenset[str]
    noun_ends: frozenset[str]
    verb_phrases: dict[str, frozenset[str]]
    retribution: frozenset[str]
    suffer: frozenset[str]
    clause_only: frozenset[str]
    threat_verbs: frozenset[str]
    requesting: frozenset[str]
    intent: frozenset[str]
    order_verbs: frozenset[str]
    host_verbs: frozenset[str]
    authorizing: frozenset[str]
    restating: frozenset[str]
    participation: frozenset[str]
    nominal_negators: frozenset[str]
    excluding: frozenset[str]
    partitive: frozenset[str]
    stative: frozenset[str]
    ceasing: frozenset[str]
    halting: frozenset[str]
    labeling: frozenset[str]
    citing_verbs: frozenset[str]
    deverbal: dict[str, str]
    ordered_measures: frozenset[str]
    presence_verbs: frozenset[str]
    placement_verbs: frozenset[str]
    war_nouns: frozenset[str]
    war_victims: frozenset[str]
    changing: frozenset[str]
    own_course: frozenset[str]
    disapproval_labels: frozenset[str]
    threat_labels: frozenset[str]
    carrying: frozenset[str]
    relation_participles: frozenset[str]
    force_nouns: frozenset[str]
    claims: frozenset[str]
    stance_verbs: frozenset[str]
    offering: frozenset[str]
    hazards: frozenset[str]
    response_verbs: frozenset[str]
    finding: frozenset[str]
    mandative: frozenset[str]
    helping: frozenset[str]
    wrong_nouns: frozenset[str]
    force_verbs: frozenset[str]
    retaliatory: frozenset[str]
    reply_manners: frozenset[str]
    reconsidering: frozenset[str]
    retributive: frozenset[str]
    quantities: frozenset[str]
    resolute_measures: frozenset[str]
    measure_nouns: frozenset[str]
    refusing: frozenset[str]
    deadline_nouns: frozenset[str]
    pursuit_verbs: frozenset[str]
    wrongdoers: frozenset[str]
    penalty_verbs: frozenset[str]
    benign_purposes: frozenset[str]
    obstructing: frozenset[str]
    clearing: frozenset[str]
    currencies: frozenset[str]
    sum_giving: frozenset[str]
    cleared_things: frozenset[str]
    state_forces: frozenset[str]
    cleared_people: frozenset[str]
    pursuit_down: frozenset[str]
    crowd_people: frozenset[str]

    def _org_left(self, tok: Token) -> bool:
        """Round 33: is the object of a verb of leaving an international organisation itself ("left ECOWAS", "quit
        the International Criminal Court"), its head inside the organisation's name (not "left the NATO summit")?"""
        for c in tok.children:
            if c.dep_ in ("dobj", "obj"):
                ms = [m for m in self._mentions_in(tok.doc, c, deep=False) if m.start <= c.idx < m.end]  # type: ignore[attr-defined]
                return bool(ms) and all(m.kind in ("igo", "alliance") for m in ms)
        return False

    def _help_sought(self, tok: Token) -> bool:
        """Round 40: does a verb of turning to another ("turned to Russia for military help", "looks to Beijing for
        loans") name a party after "to" and help after "for" (not "turned to the economy", "looked to the future")?"""
        to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if not to:
            return False
        helps = self.lex.cue_set("r40t_help_nouns")
        # (the "for" phrase may hang on the party's noun: "turned to [Russia for support]")
        fors = [c for h in (tok, *to) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
        if not any(g.dep_ == "pobj" and g.lemma_.lower() in helps for c in fors for g in c.children):
            return False
        index = tok.doc._.token_mentions or {}
        return any(t.i in index for g in to for t in g.subtree)

    def _verb_trigger(self, tok: Token) -> Trigger | None:
        lemma = tok.lemma_.lower()
        if lemma in self.lex.cue_set("r33t_leaving_org_verbs") and tok.pos_ == "VERB" and self._org_left(tok):
            return Trigger("SANCTION", "withdraw", (lemma,))  # Round 33: "left ECOWAS", "quit the ICC"
        if lemma in self.lex.cue_set("r40t_seeking_verbs") and tok.pos_ == "VERB" and self._help_sought(tok):
            return Trigger("REQUEST", "assist", (lemma, "to"))  # Round 40: "turned to Moscow for security support"
        if lemma not in self.verb_heads:
            return None  # no entry, cued rule or promise of retribution starts with this verb
        # the verb's phrase is read only where a second word of its two-word entries is in the sentence (the phrase's
        # words are the sentence's), and then its children once: each pass over ``tok.children`` makes them anew
        second = self.verb_phrases.get(lemma)
        kids = list(tok.children) if second and not second.isdisjoint(_sentence_words(tok)) else []
        if lemma in self.sum_giving:
            sum_aid = self._sum_given(tok, kids or list(tok.children))
            if sum_aid is not None:
                return sum_aid
        # a preposition whose object is a date or time is no particle of the verb ("fired warning shots on
        # Tuesday" is no "fire on", "met on Monday" no "meet on")
        extras = [c.lower_ for c in kids if c.dep_ in ("prt", "prep", "dobj", "acomp", "advmod", "compound:prt")
                  and not (c.dep_ == "prep" and _dated_phrase(c))]
        # the predicate of a small clause on the object ("found the mayor guilty", passive "was declared persona
        # non grata"): a verb + predicate entry reads it
        extras += [c.lower_ for c in kids if c.dep_ == "oprd" or (c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ")]
        # Round 33: a noun predicate the parse makes a verbless clause on the object ("declared [the French ambassador
        # persona] non grata"): read as the small clause's predicate, as the object's would be
        extras += [c.lower_ for c in kids if c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > tok.i
                   and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
                   and not any(g.dep_ in ("aux", "auxpass", "cop", "mark") for g in c.children)]
        # Round 28: a "for ... to" clause is the verb's "for" phrase ("pressed for the junta to free the
        # journalists", "appealed for donors to step in"), which the parse reads as a clause marked by "for"
        extras += ["for" for c in kids if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > tok.i
                   and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in c.children)]
        objs = [c for c in kids if c.dep_ in ("dobj",)]
        # a passive clause's subject is the verb's object ("more troops would be sent to the area", "the ambassador
        # was recalled", "no delegation would be sent"): the verb + object entries read it as in the active
        objs += [c for c in kids if c.dep_ == "nsubjpass"]
        # "allowed inspectors to return": the object parsed as the subject of the infinitive
        # or of a verbless small clause ("allow inspectors back into its sites")
        objs += [g for c in kids if c.dep_ in ("ccomp", "xcomp") and (
                     any(a.lower_ == "to" for a in c.children) or c.pos_ in ("ADV", "ADP", "ADJ"))
                 for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
        # Round 28: or the object noun itself read as the head of that small clause ("let a UN convoy through")
        objs += [c for c in kids if c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > tok.i
                 and any(g.dep_ == "advmod" and g.pos_ in ("ADP", "ADV") for g in c.children)]
        objs += self._r51d_conjoined_objects(tok, objs)
        extras += [c.lemma_.lower() for c in objs]
        for c in objs:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of" and c.lemma_.lower() in self.partitive:
                    # "sent thousands of troops", "fired a barrage of missiles": the head of the "of" phrase
                    extras += [g.lemma_.lower() for g in p.children if g.dep_ == "pobj"]
                elif p.dep_ == "prep" and self._quantity_of(c, p):
                    # "removed most of its tariffs", "approved $1.5 billion in financing": what the quantity is of
                    extras += [g.lemma_.lower() for g in p.children if g.dep_ == "pobj"]
                elif p.dep_ == "prep" and p.lower_ in ("of", "from") and p.i > c.i:
                    extras.append(p.lower_)  # "stripped the prisoners of their citizenship", "barred women from"
            if c.ent_type_ == "MONEY" or c.lemma_.lower() in self.currencies:
                # Round 24: a sum's "in" phrase the parse hangs on the verb ("releasing 20 million shekels in aid")
                extras += [g.lemma_.lower() for p in kids if p.dep_ == "prep" and p.lower_ == "in" and p.i == c.right_edge.i + 1
                           for g in p.children if g.dep_ == "pobj"]
        for e in extras:
            t = self.lex.verbs.get((lemma, e))
            if t and t.type == "CONSULT" and lemma in self.carrying and any(c.dep_ == "dobj" for c in kids):
                continue  # Round 28: "flew insulin to the islands": carrying something is no visit (read on)
            if t:
                if e == "to" and lemma in self.lex.cue_set("r21_reflexive_pledges") and any(
                        c.dep_ == "dobj" and c.tag_ != "PRP" for c in kids):
                    continue  # Round 21: "committed treason to the homeland", "committed troops to": no pledge
                return t
        if lemma in self.commissive and self._promises_retribution(tok):
            return Trigger("THREATEN", None, (lemma,))  # "vowed revenge", "promised a tough response"
        if self._retaliates(tok):
            return Trigger("THREATEN", None, (lemma,))  # "vowed to respond in kind", "would respond accordingly"
        if self._conditional_measures(tok):
            return Trigger("THREATEN", None, (lemma, "measure"))  # "would take its own measures if ..."
        # verb + preposition + object noun ("call for talks") are handled by the noun
        t = self.lex.verbs.get((lemma,))
        if self.lex.cued:
            # words that are a trigger only with a cue ("the last French troops left Chad"); a two-word cued
            # entry wins over the bare verb as two-word entries do ("pressed on with the offensive" is no "press")
            keys = [(lemma, e) for e in extras] + ([(lemma,)] if t is None else [])
            for key in keys:
                rules = self.lex.cued.get(key)
                if not rules:
                    continue
                # "return to the negotiating table": the cue is in the preposition's phrase
                within = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == key[-1]), None) if len(key) > 1 else None
                if within is None and len(key) > 1 and any(c.dep_ in ("prt", "advmod") and c.lower_ == key[-1] for c in tok.children):
                    # "pressed on with the offensive": a particle verb's cue is in its "with" phrase, if it has one
                    within = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
                rule = self._matching_rule(tok, rules, within) if rules else None
                if rule is not None:
                    return rule.trigger
        return t

    def _r51d_conjoined_objects(self, verb: Token, objs: list[Token]) -> list[Token]:
        """Round 51: the later conjuncts of a moving or sending verb's object that name forces ("moved air defence
        systems and several thousand troops closer to the border", "sent engineers and two battalions"): the
        forces are moved or sent as the first object is, so the verb + force entry reads them. Other conjuncts
        ("sent a tanker and a ship loaded with rice") and other verbs keep the first object's reading only."""
        if verb.lemma_.lower() not in self.lex.cue_set("r51d_sending_verbs"):
            return []
        forces = self.force_nouns | self.state_forces
        return [g for c in objs for g in c.conjuncts if g.i > c.i and g.lemma_.lower() in forces]

    def _noun_trigger(self, tok: Token) -> Trigger | None:
        # the surface form too: plural-only entries ("talks", "hostilities") lemmatise away from themselves
        forms = (tok.lemma_.lower(), tok.lower_)
        if forms[0] in self.deverbal:
            acted = self._deverbal_trigger(tok, self.deverbal[forms[0]])
            if acted is not None:
                return acted
        if forms[0] in self.ordered_measures:
            acted = self._ordered_measure(tok)  # Round 31: "ordered the dissolution of the parties"
            if acted is not None:
                return acted
        if forms[0] not in self.noun_ends and forms[1] not in self.noun_ends:
            return None  # no entry ends with the word: most nouns of a sentence
        left = tok.doc[tok.i - 1] if tok.i > 0 else None
        if left is not None and left.text == "-" and tok.i > 1:
            left = tok.doc[tok.i - 2]  # Round 22: a hyphenated compound split by the tokenizer ("a sit-in", "sit - in")
        if left is not None and left.dep_ in ("compound", "amod", "nmod"):
            for form in forms:
                key = (left.lower_, form) if (left.lower_, form) in self.lex.nouns else (left.lemma_.lower(), form)
                t = self.lex.nouns.get(key)
                if t and left.tag_ == "JJ" and key in self.lex.verbs and left.lower_ in self.stative:
                    continue  # "its last open crossing": an adjective names a state; the verb entry is the act
                if t:
                    return t
        return self.lex.nouns.get((forms[0],)) or self.lex.nouns.get((forms[1],))

    @staticmethod
    def _describes_forces(verb: Token) -> bool:
        """A bare participle of presence (no auxiliary of its own) that says what forces were doing or where they
        were when something else happened describes them, no deployment: "soldiers patrolling the frontier were
        wounded", "a bomb killed two officers patrolling the border", "troops stationed in Niger". A participle
        clause of the sentence's own subject ("Russia massed troops, patrolling the border") is not one."""
        if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        if verb.dep_ == "acl":
            return verb.i > verb.head.i
        return verb.dep_ in ("ccomp", "advcl") and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)

    def _war_on_people(self, noun: Token) -> bool:
        """A war "on" or "against" a people or a class of citizens ("waging war on its own people", "declared war
        on retirees and workers", "a war against the poor"), the phrase on the noun or on its verb."""
        holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "obj") else [])
        for h in holders:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in ("on", "against") and p.i > noun.i:
                    for g in p.children:
                        if g.dep_ == "pobj" and any(x.lemma_.lower() in self.war_victims for x in (g, *(c for c in g.children if c.dep_ == "conj"))):
                            return True
        return False

    def _reported_war(self, tok: Token) -> bool:
        """A reported clause whose object is a war on a people: "said the government was waging war on its own
        people"."""
        for c in tok.children:
            if c.dep_ == "ccomp" and any(g.dep_ in SUBJ for g in c.children):
                if any(g.dep_ in ("dobj", "obj") and g.lemma_.lower() in self.war_nouns and self._war_on_people(g) for g in c.children):
                    return True
        return False

    @staticmethod
    def _placed_forces(verb: Token) -> bool:
        """A verb of placing forces that says where they are: a bare participle after its noun ("troops deployed
        in the area went after the attackers", "peacekeepers based in the town") or a placement that has lasted
        "since" a time ("who have been deployed in the province since 2021"). "Troops were deployed to the
        border on Monday" is a move."""
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.i > verb.head.i and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children):
            return True  # the forces' standing state ("have been deployed ... since 2021"), not "has deployed troops since Monday"
        # a misparse of the reduced relative as the clause's verb: "troops deployed in the area went after ..."
        # read as two verbs with no "and", no comma and no subject or conjunction of the second
        if verb.tag_ != "VBD" or any(c.dep_ in ("cc", "dobj", "obj") for c in verb.children):
            return False
        doc = verb.doc
        return any(c.dep_ in ("conj", "advcl") and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > verb.i
                   and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "cc") for g in c.children)
                   and not any(doc[k].is_punct for k in range(verb.i + 1, c.i)) for c in verb.children)

    def _deverbal_trigger(self, noun: Token, verb: str) -> Trigger | None:
        """A noun of an act with its object in an "of" phrase is the act's verb with that object: "ordered the
        closure of the Russian consulate" is "close consulate", "the suspension of military aid" is "suspend
        aid" (the verb's two-word entry; a noun whose object makes no entry is no trigger: "road closures")."""
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of" and p.i > noun.i:
                for g in p.children:
                    if g.dep_ == "pobj":
                        t = self.lex.verbs.get((verb, g.lemma_.lower())) or self.lex.verbs.get((verb, g.lower_))
                        if t is not None:
                            return t
        return None

    def _sum_given(self, tok: Token, kids: list[Token]) -> Trigger | None:
        """Round 30: a sum of money given or provided is aid (pledged or promised, aid intended: AGREE), whatever the verb's own reading ("will give
        Mauritania 200 million euros", "pledged $1.2 billion in fuel and budget support to Yemen", "will provide up to
        $400 million to fight malaria"); the sum's "in" phrase, where it has one, must name aid ("in loans", "in
        support"), not trade or investment ("$5 billion in investment" is no aid)."""
        sums = [c for c in kids if c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "MONEY" or c.lemma_.lower() in self.currencies)]
        if not sums:
            return None
        ins = [g.lemma_.lower() for c in sums for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "of") and p.i > c.i
               for g in p.children if g.dep_ == "pobj"]
        ins += [g.lemma_.lower() for c in sums for p in kids if p.dep_ == "prep" and p.lower_ == "in" and p.i == c.right_edge.i + 1
                for g in p.children if g.dep_ == "pobj"]
        if ins and not any(w in self.lex.cue_set("r30t_aid_sum_nouns") for w in ins):
            return None
        if tok.lemma_.lower() in self.lex.cue_set("r30t_sum_promising_verbs"):
            # a sum pledged or promised is aid intended, AGREE (CAMEO 033), whatever its "in" noun ("pledged $800
            # million in budget support" is no SUPPORT)
            return Trigger("AGREE", None, (tok.lemma_.lower(), "sum"))
        return Trigger("AID", None, (tok.lemma_.lower(), "sum"))

    def _quantity_of(self, obj: Token, prep: Token) -> bool:
        """Is ``prep`` the phrase of what a quantity object is: "most of its tariffs", "some of the sanctions",
        "$2 billion in loans", "3 million euros in aid" (the "in" phrase only of a sum of money)?"""
        lemma = obj.lemma_.lower()
        if prep.i < obj.i:
            return False
        if obj.ent_type_ == "MONEY" or lemma in self.currencies:
            # Round 23: "3 million euros in emergency aid", "500 million dollars in loans", "5 million euros of aid"
            return prep.lower_ in ("in", "of")
        if lemma not in self.quantities:
            return False
        if prep.lower_ == "of":
            return True
        return prep.lower_ == "in" and (lemma in _SUMS or any(c.lower_ in ("$", "€", "£") for c in obj.subtree))

    def _retribution_object(self, verb: Token) -> bool:
        """Does a verb take a retribution noun as object ("revenge", "a heavy price", "its just punishment")?"""
        for c in verb.children:
            if c.dep_ in ("dobj", "obj"):
                if c.lemma_.lower() in self.retribution or any(g.dep_ == "conj" and g.lemma_.lower() in self.retribution for g in c.children):
                    return True
                # Round 22: "the full force of the law": the noun with its adjective
                if any(g.dep_ == "amod" and f"{g.lemma_.lower()} {c.lemma_.lower()}" in self.retribution for g in c.children):
                    return True
        return False

    def _promises_retribution(self, verb: Token) -> bool:
        """A commissive verb whose object is retribution ("vowed retaliation"), or whose clause says that a
        party will suffer it ("vowed that Israel would receive its punishment", "would pay a heavy price")."""
        if self._retribution_object(verb):
            return True
        if any(c.dep_ == "ccomp" and self._suffers_retribution(c) for c in verb.children):
            return True
        return self._vows_retribution(verb)

    def _vows_retribution(self, verb: Token) -> bool:
        """A commissive verb whose clause is an act of retribution on others, active or passive ("vowed to
        punish those responsible", "vowed the attackers would be hunted down and punished")."""
        for c in verb.children:
            if c.dep_ not in ("xcomp", "ccomp"):
                continue
            acts = [c] + [g for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]
            if any(a.lemma_.lower() in self.retributive for a in acts):
                return True
            if any(self._resolute_measures(a) for a in acts if c.dep_ == "xcomp"):
                return True
        return False

    def _resolute_measures(self, act: Token) -> bool:
        """ "(vowed) to take all necessary measures", "to take firm action", "to adopt countermeasures": measures
        taken so qualified are a response to others, a threat; "to take measures to improve safety" is none."""
        if act.lemma_.lower() not in ("take", "adopt"):
            return False
        purposes = [c for c in act.children if c.dep_ in ("advcl", "xcomp")]
        purposes += [g for c in act.children if c.dep_ in ("dobj", "obj") for g in c.children if g.dep_ in ("acl", "relcl")]
        if any(c.lemma_.lower() in self.benign_purposes for c in purposes):
            return False  # Round 23: "to take all necessary measures to help the flood victims": relief, no threat
        for o in act.children:
            if o.dep_ not in ("dobj", "obj") or o.lemma_.lower() not in self.measure_nouns:
                continue
            if o.lemma_.lower() in self.resolute_measures or any(m.dep_ == "amod" and m.lemma_.lower() in self.resolute_measures for m in o.children):
                return True
        return False

    def _suffers_retribution(self, verb: Token) -> bool:
        """ "Israel would pay a heavy price", "it will receive its punishment": a verb of undergoing with a
        retribution noun as object (conjoined verbs too: "had made a mistake and would pay a price")."""
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        return any(v.lemma_.lower() in self.suffer and self._retribution_object(v) for v in verbs)

    def _retaliates(self, verb: Token) -> bool:
        """A response yet to come that is retaliation: a bare verb of responding that a party vows ("vowed to
        respond", "promised to react") or that it will do in a retaliatory manner ("would respond accordingly",
        "will respond in kind"). A response already made, or one "to the proposal", is no threat."""
        lemma = verb.lemma_.lower()
        if lemma not in self.response_verbs or (lemma,) in self.lex.verbs or verb.dep_ not in ("xcomp", "ccomp", "ROOT", "conj"):
            return False
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return False  # "answer questions", "counter the claims"
        if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() not in self.retribution
                                                            and g.lemma_.lower() not in ("attack", "aggression", "provocation")
                                                            and not self._hostile_noun(g) for g in c.children)
               for c in verb.children):
            return False  # "respond to the proposal"; Round 22: "would respond to the sanctions" is retaliation
        vowed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.commissive
        if vowed:
            return True
        if not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
            return False
        manners = self.retaliatory
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in manners:
                return True
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and f"{c.lower_} {g.lower_}" in manners for g in c.children):
                return True
        # Round 21: a party that says it will respond, with no more said ("Peskov said Russia would respond,
        # without giving details"), announces retaliation; not a reply put off ("would respond later", "in writing")
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.reporting and any(c.dep_ in SUBJ for c in verb.children):
            return not any((c.dep_ == "advmod" and c.lower_ in self.reply_manners)
                           or (c.dep_ == "prep" and " ".join(t.lower_ for t in c.subtree) in self.reply_manners)
                           for c in verb.children)
        return False

    def _hostile_noun(self, noun: Token) -> bool:
        """Round 22: a noun whose entry is a hostile measure or attack ("sanctions", "tariffs", "strikes"); not a
        protest ("will respond to the protesters' demands" may meet them) nor an arrest ("would respond to the arrests
        of its nationals": the arrested are no foe)."""
        t = self.lex.nouns.get((noun.lemma_.lower(),)) or self.lex.nouns.get((noun.lower_,))
        return t is not None and t.type in _HOSTILE

    def _conditional_measures(self, verb: Token) -> bool:
        """Round 21: measures a party will take if another acts, or unless it does ("Paris would take its own
        measures if the expulsions were not reversed", "will take action unless the ban is lifted"): a threat."""
        if verb.lemma_.lower() not in ("take", "adopt") or not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
            return False
        if not any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in self.measure_nouns for o in verb.children):
            return False
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in verb.children)

    def _switch_rule(self, tok: Token, trig: Trigger) -> Switch | None:
        """The ``switch:`` rule that reads a trigger as another type by the words of its phrase and subject."""
        rules = self.lex.switches.get((trig.type, trig.words))
        return self._matching_rule(tok, rules) if rules else None

    def _matching_rule(self, tok: Token, rules: list[Switch], within: Token | None = None) -> Switch | None:
        """The first rule with a cue in the trigger's phrase or its clause's subject (a one-word cue), or a
        longer cue that contains the trigger; none of its ``unless`` cues in the sentence, nor of its
        ``unless_near`` cues in that phrase and subject."""
        sent = sent_of(tok)
        lemmas = lower_lemmas(tok.doc)[sent.start : sent.end]
        present = _sentence_words(tok)
        if not any(c and c[0] in present for rule in rules for c in rule.cues):
            return None  # no rule's cue in the sentence (the phrase's and the subject's words are the sentence's)
        scope, subj = self._cue_scope(tok)
        if within is not None and within.dep_ == "pobj":
            # the noun of the phrase and its modifiers ("with its ground offensive"), not what hangs on it
            scope = {within.lemma_.lower()} | {c.lemma_.lower() for c in within.children if c.dep_ in ("compound", "amod")} | subj
        elif within is not None:
            scope = {t.lemma_.lower() for t in within.subtree} | subj

        def at(cue: tuple[str, ...], must_cover: int | None) -> bool:
            if cue and cue[0] not in present:
                return False
            for i in range(len(lemmas) - len(cue) + 1):
                if tuple(lemmas[i : i + len(cue)]) == cue and (must_cover is None or i <= must_cover < i + len(cue)):
                    return True
            return False

        here = tok.i - sent.start
        for rule in rules:
            if any(at(u, None) for u in rule.unless):
                continue
            # a cue in the subject is read with the subject's words only ("supporters clashed with police")
            words = subj if any(len(c) == 1 and c[0] in subj for c in rule.cues) else scope
            if any(len(u) == 1 and u[0] in words for u in rule.unless_near):
                continue
            if any((c[0] in scope) if len(c) == 1 else at(c, here) for c in rule.cues):
                return rule
        return None

    def _cue_scope(self, tok: Token) -> tuple[set[str], set[str]]:
        """Lemmas of the trigger's phrase and of its clause's subject: an object-controlled or relative clause
        takes its controller ("ordered his fighters to halt", "protesters who tried to storm parliament").
        Returns (all those lemmas, the subject's)."""
        anchor = self._anchor_of_noun(tok) if tok.pos_ in ("NOUN", "PROPN") else tok
        # a verb's phrase without the clauses conjoined to it ("stormed Congress, and police arrested ...")
        skip = {t.i for c in tok.children if c.dep_ in ("conj", "parataxis") and tok.pos_ in ("VERB", "AUX") for t in c.subtree}
        scope = {t.lemma_.lower() for t in tok.subtree if t.i not in skip}
        subject: set[str] = set()
        v = anchor
        for _ in range(3):
            subj = [c for c in v.children if c.dep_ in SUBJ or c.dep_ in ("agent",)]
            for c in subj:
                subject.update(t.lemma_.lower() for t in c.subtree if t.i < v.i or c.dep_ == "agent")
            if subj and not any(c.tag_ == "WDT" or c.lower_ in ("who", "that", "which") for c in subj):
                break
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
                subject.update(t.lemma_.lower() for t in v.head.subtree if t.i < v.i)  # "protesters who stormed"
                break
            if v.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or v.head.i == v.i:
                break
            head = v.head
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < v.i]
            if objs and v.dep_ == "xcomp":
                subject.update(t.lemma_.lower() for t in objs[0].subtree)  # "ordered his fighters to halt"
                break
            v = head
        if anchor.dep_ in ("relcl", "acl") and anchor.head.pos_ in ("NOUN", "PROPN") and (
                anchor.tag_ == "VBN" and (anchor.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in anchor.children))):
            # a passive relative or participle's noun is what the act befalls ("girls who were seized by gunmen",
            # "hostages returned by the group"): its words are the phrase's
            noun = anchor.head
            scope |= {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        return scope | subject, subject

    def _switched(self, tok: Token, trig: Trigger) -> Trigger:
        """A trigger read as another type by the words of its phrase and subject (``switch:`` in the lexicon)."""
        rule = self._switch_rule(tok, trig)
        return rule.trigger if rule is not None else trig

    def _excluded(self, tok: Token, trig: Trigger) -> bool:
        if self._contest_or_term(tok):
            return True
        index = self._not_index.get(trig.type)
        if not index or (trig.words and trig.words[-1] not in self._not_words[trig.type]):
            return False
        sent = sent_of(tok)
        window = lower_lemmas(tok.doc)[max(sent.start, tok.i - 3) : min(sent.end, tok.i + 4)]
        for i, w in enumerate(window):
            for phrase in index.get(w, ()):
                if tuple(window[i : i + len(phrase)]) == phrase and trig.words[-1] in phrase:
                    return True
        return False

    def _contest_or_term(self, tok: Token) -> bool:
        """Round 22: a verb whose object is a title won in a contest ("defended her title", "will defend his Olympic
        crown") names a contest, no act toward a party; a sentence or term that is served ("to serve out their
        sentences", "will serve the rest of his sentence at home") was passed before: no sanction now."""
        if tok.pos_ in ("VERB", "AUX"):
            titles = self.lex.cue_set("r22b_contest_titles")
            attrs = token_attrs(tok.doc)  # (the children's labels and lemmas, read once a run: no Token made for each)
            deps, lemmas = attrs.dep, attrs.lemma
            return any(deps[c] in ("dobj", "obj") and lemmas[c] in titles for c in child_indices(tok.doc)[tok.i])
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.cue_set("r22b_served_terms"):
            return False
        n = tok
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.i != n.head.i:
            n = n.head.head  # "the rest of his sentence"
        return n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() in self.lex.cue_set("r22b_serving_verbs")

    def _r49c_anonymity_asked(self, kids: list[Token]) -> bool:
        """Round 49: a source's asking not to be named ("an official said, asking not to be named", "a commander, who
        asked not to be identified"): the reporter's note on the source, no request of any party. The verb's negated
        passive infinitive of naming (its lemma in ``r49c_anonymity_verbs``)."""
        verbs = self.lex.cue_set("r49c_anonymity_verbs")
        if any(c.dep_ in ("dobj", "obj", "dative") for c in kids):
            return False  # (review: "asked the United States not to be named in the report" has an addressee)
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in verbs and any(g.dep_ == "neg" for g in c.children)
                   and any(g.dep_ == "auxpass" for g in c.children) for c in kids)

    def _r50c_rescued(self, tok: Token) -> bool:
        """Round 50: captives freed by a state's forces ("gendarmes stormed the farm and freed four of the abducted
        workers", "marines freed 30 crew members from a ferry hijacked by pirates"): the
        subject names troops or police and the freed people's phrase names them as captives (hostages, abducted,
        kidnapped, hijacked). That is no release (RETREAT is the captors'), and, like round 21's
        ``_freed_by_force`` (coder.py), which reads the object alone and misses "four of the abducted workers" and
        "crew members from a hijacked ferry", it is dropped (the gold sets code some such rescues AID, others only the raid).
        Forces that held them and let them go ("the army released the detained protesters") name no captivity by
        others and stay a release."""
        if tok.lemma_.lower() not in ("free", "release"):
            return False
        _scope, subject = self._cue_scope(tok)
        if not subject & self.lex.cue_set("r50c_rescuer_nouns"):
            return False
        captive = self.lex.cue_set("r50c_captive_words")
        freed = {t.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "obj", "prep", "ccomp") for t in c.subtree}
        # (review 50: "police released the hijacking suspects": suspects of the crime, held by the forces themselves)
        return bool(freed & captive) and not freed & self.lex.cue_set("r50c_suspect_words")

    def _r50c_market_cause(self, tok: Token) -> bool:
        """Round 50: a past participle with a "by" phrase hanging on a clause whose subject is a currency, a market
        index or an economic figure ("Ghana's cedi held firm, supported by cocoa receipts", "the lira slid to a new
        low, pressured by a wider trade gap", "the benchmark index ended higher, lifted by bank shares"): the cause of a price's move, no act of a party (the sets code no event in market reports)."""
        if tok.tag_ != "VBN" or tok.dep_ not in ("advcl", "acl", "conj", "xcomp") or not any(c.dep_ == "agent" for c in tok.children):
            return False
        market = self.lex.cue_set("r50c_market_nouns") | self.lex.cue_set("r23_currency_nouns")
        v = tok.head
        if tok.dep_ == "acl":
            return v.lemma_.lower() in market
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in market for c in v.children)

    def _r50c_travel_advisory(self, tok: Token) -> Token | None:
        """Round 50: a verb of travel governed by advice against it given to a state's own people ("told its students
        to avoid going to Israel", "warned its nationals against travelling to Finland", "urged tourists to avoid
        visiting the border region"): a travel advisory, in which nobody visits anyone (the development sets code the
        advisory itself, where at all, as a SANCTION or THREATEN of the country, which the verb of the advice or the
        measures beside it carry). Returns the verb of the advice (None when the travel is no such advice)."""
        if tok.lemma_.lower() not in self.lex.cue_set("r50c_travel_verbs"):
            return None
        against = self.lex.cue_set("r50c_advise_against")
        people = self.lex.cue_set("r50c_own_people")
        v, adviser, advised, seen = tok, None, False, set()
        for _ in range(4):
            infinitive = v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            if v.head.i == v.i or (v.dep_ not in ("xcomp", "pcomp", "prep", "pobj") and not infinitive):
                break  # (the advice governs the travel: "the minister, who visited the port, urged residents to stay" is a visit)
            v = v.head
            if v.lemma_.lower() in against:
                advised = True
                if v.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ for c in v.children):
                    adviser = v
            seen |= {c.lemma_.lower() for c in v.children if c.dep_ in ("dobj", "obj", "dative", "nsubj")}
        return adviser if advised and seen & people else None

    def _non_event_use(self, tok: Token, trig: Trigger) -> bool:
        """Uses of a trigger verb that are not the event: "recognizes that ...", "is seeking to prevent ...",
        a participle before a noun ("the besieged city")."""
        lemma = tok.lemma_.lower()
        if tok.dep_ == "amod" and tok.i < tok.head.i and tok.tag_ in ("VBN", "VBG"):
            return True  # a participle as adjective: "in occupied Zaporizhzhia", "the disputed region", "UN-backed"
        kids = list(tok.children)
        if trig.type == "PROTEST" and trig.words == (lemma, "to") and any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in kids):
            # "took to the streets" has no object; "would take the migrants by bus to the coast", "were taken to
            # shelters": something carried somewhere, no protest
            return True
        subjects = [c for c in kids if c.dep_ in SUBJ]
        if subjects and all(self._hazard(c) for c in subjects):
            return True  # "wildfires burned 20,000 hectares", "Tropical Storm Hilary hit the coast": no party acts
        if not subjects and self._hazard_caused(tok, kids):
            return True  # Round 23: "were killed by falling trees", "the typhoon that struck the coast, killing 150"
        deps = {c.dep_ for c in kids}
        has_obj = bool(deps & {"dobj", "obj", "dative"})
        objs = [c.lemma_.lower() for c in kids if c.dep_ in ("dobj", "obj")]
        if trig.type == "REQUEST" and self._r49c_anonymity_asked(kids):
            return True  # Round 49: "a senior official said, asking not to be named": a source's anonymity, no request
        if self._refused_exclusion(tok):
            return True  # "refused to rule out using force": the force left open is the event, no refusal
        if self._stance(tok):
            return True  # "its commitment to opposing Israel": a stance toward a party; PLOVER's REJECT is of a proposal or demand
        if trig.type == "CONSULT" and has_obj and lemma in self.carrying:
            return True  # "flew him to New York": carrying someone is no visit
        if lemma in self.host_verbs and any(o in self.force_nouns for o in objs):
            return True  # "a base hosting US troops", "Poland hosts NATO forces": stationing, no meeting
        if (lemma in self.host_verbs and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN"
                and any(c.dep_ == "agent" for c in kids)):
            # Round 46: "after talks hosted by Malaysia", "at a ceremony hosted by Trump": the host of others' meeting
            # is no party to it (the meeting noun is the event; a host's part is at most optional)
            return True
        if lemma in self.relation_participles and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and len(trig.words) == 1 and self._described(tok):
            return True  # "M23 rebels backed by Rwanda", "militias allied to Iran": a party described
        if (lemma in denial_verbs(self.lex) and tok.dep_ == "relcl" and tok.head.lemma_.lower() in self.claims and tok.head.dep_ == "pobj"
                and not _r50b_summing_charge(tok.head)):
            # "jailed on extremism charges he denied": a claim the circumstance of another act, its denial a
            # standing answer ("a claim that Pristina rejected", restating the news, is rejected as news)
            return True
        if len(trig.words) == 1 and lemma in self.clause_only and "ccomp" in deps and not has_obj:
            return True
        if (lemma in self.threat_verbs and lemma != "threaten" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and not has_obj
                and _verb_keys(tok.head) & self.requesting):
            return True  # "called for a ceasefire, warning that hospitals were collapsing": the request's reason
        if lemma in self.suffer and self._retribution_object(tok):
            return True  # "it would receive its just punishment": undergoing retribution is no meeting, no act
        if len(trig.words) == 1 and lemma in self.intent and "xcomp" in deps and not has_obj:
            return True  # the intended act (the xcomp) is the event, if it is one
        if len(trig.words) == 1 and lemma in denial_verbs(self.lex) and (
            "ccomp" in deps or any(c.dep_ in ("xcomp", "dobj", "obj", "pcomp") and c.tag_ == "VBG" for c in tok.children)
        ) and self._r50b_charge_subject(tok) is None:
            return True  # "denied that Tehran had ordered it", "denied firing": a denial of an act, not a rejection
        return False

    def _watchdog_claim(self, tok: Token) -> bool:
        """A reporting verb whose subject is a watchdog or critic and whose following clause states abuse: "Rights
        groups say thousands of innocent people have been jailed", "Critics say the campaign has targeted
        women", "Amnesty said the man had been tortured". A source named after the news ("police killed five
        people, a rights group said") only attributes the report, and is left to the act it reports."""
        subj = [c for c in tok.children if c.dep_ in SUBJ and c.i < tok.i]
        if not subj:
            return False
        # the subject's head and its own modifiers name the watchdog ("rights groups", "Amnesty International",
        # "critics"); a title in a name is no watchdog ("Rights Minister Ali Khan")
        watchdogs = self.lex.cue_set("r19a_watchdogs")
        head = subj[0]
        names = [head, *(c for c in head.children if c.dep_ in ("compound", "amod"))]
        if head.ent_type_ == "PERSON" or not any(t.lemma_.lower() in watchdogs or t.lower_ in watchdogs for t in names):
            return False
        harms = self.lex.cue_set("r19a_abuse_verbs")
        marks = self.lex.cue_set("r19a_abuse_marks")
        for c in tok.children:
            if c.dep_ != "ccomp" or c.i < tok.i or any(g.dep_ == "neg" for g in c.children):
                continue
            if any(v.lemma_.lower() in harms for v in [c, *(g for g in c.children if g.dep_ == "conj")]):
                return True
            if any(t.lemma_.lower() in marks for t in c.subtree):
                return True
        return False

    def _reported_retribution(self, tok: Token) -> bool:
        """A reported clause in which another party will undergo retribution: "said Israel would pay a heavy
        price", "'these militias will pay for every drop of blood,' the spokesman said" (future only: "paid a
        heavy price" is a loss, no threat). A verb with its hearer as object ("told reporters") is left: its
        hearer would be read as the one threatened."""
        hearers = self.lex.cue_set("r43t_press_hearers")
        if any(c.dep_ in ("dative", "dobj", "obj") and c.lemma_.lower() not in hearers for c in tok.children):
            return False  # (Round 43: "told reporters", "told a news conference": the press hears it, no one threatened)
        reported = [c for c in tok.children if c.dep_ == "ccomp"]
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX"):
            # Round 22: a quote before its speaker, parsed with "said" hanging on the quote's verb
            reported.append(tok.head.head if tok.head.dep_ == "conj" else tok.head)
        for cc in reported:
            # Round 22: a clause joined to the reported one ("the ELN has chosen war, and it will get the response it
            # deserves")
            for c in (cc, *(g for g in cc.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX"))):
                if self._announced_retribution(c, cc) or self._no_refuge(c):
                    return True
                if c.lemma_.lower() not in self.suffer or any(g.dep_ == "neg" for g in c.children):
                    continue
                if not any(g.dep_ == "aux" and g.lower_ in ("will", "shall", "'ll", "would") for g in c.children):
                    continue
                if self._pays_for_wrongs(c) or self._suffers_retribution(c):
                    return True
        return False

    def _held_to_account(self, verb: Token) -> bool:
        """Round 43: is ``verb`` ("hold") told with what makes it a reckoning: "accountable", "responsible",
        "answerable" as its complement, or "to account"?"""
        words = self.lex.cue_set("r43t_account_words")
        for c in verb.children:
            if c.lemma_.lower() in words or c.lower_ in words:
                return True
            if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "account" for g in c.children):
                return True
        return False

    def _no_refuge(self, verb: Token) -> bool:
        """Round 43: a party that will find no refuge ("\"These gangs will find no hiding place anywhere,\" the
        minister said", "said the killers would find no safe haven"): the speaker's side will hunt it, a threat. A
        refuge found ("will find shelter in the camps") or one found no more ("found no shelter") is none."""
        if verb.lemma_.lower() not in self.lex.cue_set("r43t_refuge_verbs"):
            return False
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in verb.children):
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        refuges = self.lex.cue_set("r43t_refuge_nouns")
        return any(o.dep_ in ("dobj", "obj") and (o.lemma_.lower() in refuges or any(g.dep_ == "compound" and g.lemma_.lower() in refuges for g in o.children))
                   and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in verb.children)

    def _announced_retribution(self, verb: Token, clause: Token) -> bool:
        """Round 23: a reported clause that says what the speaker's side will yet do to others in retribution: hunt
        or pursue wrongdoers ("'We will hunt them down,' the minister said", "said its forces would pursue the
        attackers"), take resolute measures ("said it would take all necessary measures"), or deal out a penalty
        to whoever acts so ("said workers who did not return would be dismissed", "those who cross illegally will be
        detained"). The act is only announced, so it is a threat; done or negated, it is not. A verb joined to the
        clause's first shares its auxiliaries and subject ("would be found and punished")."""
        act = verb
        if verb is not clause and not any(c.dep_ in ("aux", "auxpass") or c.dep_ in SUBJ for c in verb.children):
            verb = clause
        if verb.lemma_.lower() == "go" and verb.tag_ == "VBG":
            # "we are going to hunt them down": the act is the infinitive
            act = next((c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), verb)
            future = act is not verb and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
        else:
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would", "wo") for c in verb.children)
        if not future or any(c.dep_ == "neg" for c in (*verb.children, *act.children)):
            return False
        if any(c.dep_ in ("nsubj", "csubj") for c in (*act.children, *verb.children)) and self._verb_trigger(act) is not None:
            return False  # "China will take countermeasures if ...": an act with its own doer and trigger is read itself
        lemma = act.lemma_.lower()
        kids = list(act.children) + ([c for c in verb.children if c.dep_ in ("nsubjpass", "auxpass")] if act is not verb else [])
        if lemma in self.lex.cue_set("r43t_holding_verbs") and self._held_to_account(act):
            # Round 43: "would hold the group accountable", "those who shelter them will be held responsible": a
            # reckoning announced for someone, a threat (a demand that others do so is a request, read elsewhere)
            # the party held: the object, the passive's subject, or the subject of the small clause ("hold [the group
            # accountable]"), which must name a party ("would hold the perpetrators accountable" names none: no threat
            # against anyone the article can tell)
            held = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")] + [g for c in kids for g in c.children if g.dep_ == "nsubj"]
            ms = act.doc._.actor_mentions or ()
            return any(h.left_edge.idx <= m.start < h.right_edge.idx + len(h.right_edge) and not m.key.startswith("UNK") for h in held for m in ms)
        if lemma in self.retributive or lemma in self.pursuit_verbs:
            # what is done to someone: an object ("hunt them down", "pursue these criminals"), or the passive's subject
            objs = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if lemma in self.retributive:
                return bool(objs)
            if lemma in self.pursuit_down and not any(c.dep_ == "prt" and c.lower_ == "down" for c in act.children):
                return False  # Round 24: "will track them down"; "will track them closely" only watches
            # a person named by a personal pronoun ("will pursue them"; "will pursue it vigorously" is a policy)
            return any(o.lower_ in _PEOPLE_PRONOUNS or o.lemma_.lower() in self.wrongdoers for o in objs)
        if self._resolute_measures(act):
            return True
        return lemma in self.penalty_verbs and self._conduct_penalized(kids)

    @staticmethod
    def _conduct_penalized(kids: list[Token]) -> bool:
        """Round 23: a passive penalty whose subject is picked out by what it does or fails to do ("workers who do
        not return will be dismissed", "anyone caught looting will be arrested"): a penalty set for conduct, not the
        report of one ("the men will be detained for 15 days" names who, not what they do)."""
        if not any(c.dep_ == "auxpass" for c in kids):
            return False
        for s in kids:
            if s.dep_ != "nsubjpass":
                continue
            if any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in s.children):
                return True
        return False

    def _pays_for_wrongs(self, verb: Token) -> bool:
        """A party that will pay for the wrongs it did is promised retribution: "these militias will pay for every
        drop of blood", "the regime will pay for its crimes". Paying for goods or costs ("will pay for the
        reconstruction") is none; a price paid ("will pay a heavy price") is read as retribution elsewhere."""
        if verb.lemma_.lower() != "pay" or not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in verb.children):
            return False
        if not any(c.dep_ in SUBJ for c in verb.children) or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return False
        wrongs = self.lex.cue_set("r19a_paid_wrongs")
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ != "for":
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                # "every drop of blood", "each of its crimes": the noun of the "of" phrase
                nouns = [g] + [o for q in g.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
                if any(n.lemma_.lower() in wrongs for n in nouns):
                    return True
        return False

    def _firm_handling(self, verb: Token) -> bool:
        """A verb of handling yet to come, done in a harsh manner: "would be dealt with firmly", "will deal
        decisively with the rebels", "will be dealt with with the full force of the law". Handling already done
        ("police dealt firmly with the rioters") is the act itself, no threat."""
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in verb.children):
            return False
        manners = self.lex.cue_set("r19a_firm_manners")
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in manners:
                return True
            if c.dep_ == "prep" and c.lower_ == "with":
                # "with force", "with an iron fist", "with the full force of the law" (the phrase's first words)
                words = [t.lower_ for t in c.subtree]
                if any(" ".join(words[:n]) in manners for n in (2, 3, 4, 5)):
                    return True
        return False

    def _forces_block(self, verb: Token) -> bool:
        """Round 23: security forces that block people, vessels or a way ("riot police blocked a column of students",
        "police blocked them at the border", "coast guard ships blocked two fishing boats", "police blocked the main
        avenue") coerce them: PLOVER's COERCE (restricting movement), not a protest blockade; so do forces that clear
        people or their blockades and camps away ("police cleared a blockade with tear gas", "sent police to clear
        the camps"). The subject's words name the forces; a blocked bill or deal is read elsewhere (REJECT)."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objs or any(c.dep_ == "neg" for c in verb.children):
            return False
        if verb.lemma_.lower() in self.clearing and any(
                o.lemma_.lower() in self.cleared_things for o in (*objs, *(g for h in (verb, *objs) for p in h.children
                                                                          if p.dep_ == "prep" and p.lower_ == "of"
                                                                          for g in p.children if g.dep_ == "pobj"))):
            return False  # "cleared the officers of wrongdoing", "soldiers cleared mines", "cleared the way"
        if verb.lemma_.lower() in self.clearing and not any(
                o.lemma_.lower() in self.cleared_people or o.lower_ in _PEOPLE_PRONOUNS or o.ent_type_ == "NORP"
                for o in (*objs, *(g for h in (verb, *objs) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                                   for g in p.children if g.dep_ == "pobj"))):
            return False  # Round 24: people, crowds and their camps are cleared by force; "cleared the road" is none
        return not self.state_forces.isdisjoint(self._cue_scope(verb)[1])

    def _forces_means(self, noun: Token) -> bool:
        """Round 23: a noun in the "with" phrase of security forces' blocking is their means ("police blocked them at
        the border with concrete barricades"); the phrase may hang on a noun of the verb's phrase."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "with":
            return False
        v = noun.head.head
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        return v.lemma_.lower() in self.obstructing and self._forces_block(v)

    def _hazard_caused(self, tok: Token, kids: list[Token]) -> bool:
        """Round 23: a verb with no subject of its own whose causer is a natural hazard: the agent of a passive
        ("nine people were killed by falling trees and landslides") or, for a participle clause, the subject of the
        verb it hangs on, through a relative pronoun ("a typhoon that struck the coast last week, killing 150")."""
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            agents += [c for a in agents for c in a.children if c.dep_ == "conj"]
            return all(self._hazard(a) for a in agents)
        if tok.dep_ != "advcl" or tok.tag_ != "VBG":
            return False
        heads = [tok.head]
        if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == ",":
            # the clause right before the comma, which the parse may not hang the participle on ("sending aid for
            # victims of the typhoon that struck the coast, killing 150" hangs "killing" on "sending")
            v = tok.doc[tok.i - 2]
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                v = v.head
            if v.i != tok.head.i and v.pos_ in ("VERB", "AUX"):
                heads.append(v)
        for head in heads:
            causers = [c for c in head.children if c.dep_ in SUBJ]
            if head.dep_ == "relcl" and causers and all(c.tag_ in ("WDT", "WP") for c in causers):
                causers = [head.head]  # "the typhoon that struck ...": the relative pronoun's noun
            if causers and all(self._hazard(c) for c in causers):
                return True
        return False

    def _hazard(self, noun: Token) -> bool:
        """A natural hazard named as a subject: "wildfires", "the earthquake", "Typhoon Haiyan" (a name's kind)."""
        return noun.lemma_.lower() in self.hazards or noun.lower_ in self.hazards or any(
            c.dep_ == "compound" and c.lemma_.lower() in self.hazards for c in noun.children)

    def _stance(self, verb: Token) -> bool:
        """A verb of stance whose objects are parties themselves ("opposing Israel and the U.S."), not acts or
        proposals of theirs ("opposed the plan", "opposed Ukraine's accession")."""
        if verb.lemma_.lower() not in self.stance_verbs:
            return False
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        index = verb.doc._.token_mentions or {}
        return bool(objs) and all(o.i in index for o in objs)

    def _described(self, tok: Token) -> bool:
        """A participle of backing or alliance after a noun describes it ("rebels backed by Rwanda", "a loan
        backed by frozen assets"), unless its agent is armed forces that take part in the fighting reported
        ("troops backed by Russian mercenaries")."""
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return not any(g.lemma_.lower() in self.force_nouns or g.lower_ in self.force_nouns for g in agents)

    def _find(self, sent: Span) -> list[Found]:
        found: list[Found] = []
        lemmas = lower_lemmas(sent.doc)  # read once a document; ``lemma_.lower()`` makes a new string on each read
        attrs, clausal, jointly = _find_index(sent.doc)
        pos = attrs.pos
        doc = sent.doc
        for i in range(sent.start, sent.end):
            if pos[i] not in _FIND_POS:
                continue  # no Token made for the words no branch below reads
            tok = doc[i]
            if pos[tok.i] in ("VERB", "AUX") or (pos[tok.i] == "NOUN" and (
                    (attrs.dep[tok.i] == "ROOT" and tok.tag_.startswith("VB")) or tok.i in clausal)) or (
                    pos[tok.i] in ("ADV", "ADJ") and tok.i in clausal):
                trig = self._verb_trigger(tok)
                lemma = lemmas[tok.i]
                if (trig is None or trig.type == "REJECT") and lemma in self.lex.cue_set("r41t_denying_verbs") and self._denied_charge(tok):
                    # Round 41: "Kigali denied the charge", "the party denied any role", "militias, which deny
                    # involvement": a charge turned down by the party charged (the denied act stays negated by its noun)
                    found.append(Found(tok, Trigger("REJECT", None, (lemma, "charge")), False, tok))
                    continue
                if lemma in self.labeling and (trig is None or trig.words == (lemma,) or (trig.type == "CONSULT" and trig.words[0] == lemma)):
                    # Round 41: "called the meeting a sham" is a label; "called a meeting" (no label) the meeting held
                    # "calling the attack inhumane": a label that judges is the act, before a verb's bare reading
                    # ("called the strike cowardly" is no request)
                    label = self._label_trigger(tok)
                    if label is not None:
                        found.append(Found(tok, label, False, tok))
                        continue
                if jointly and self._joint_act(tok):
                    # "the navy and the coast guard jointly intercepted a boat": the parties cooperate, besides the act
                    found.append(Found(tok, Trigger("COOPERATE", None, ("jointly",)), False, tok))
                if trig is None and lemma in self.helping and self._helped(tok):
                    found.append(Found(tok, Trigger("COOPERATE", None, (lemma,)), False, tok))
                    continue  # "the FBI helped Mexican police arrest him": cooperation with the party helped
                if trig is None and lemma in self.changing and self._refused_change(tok):
                    found.append(Found(tok, Trigger("REJECT", None, ("change", "refused")), False, tok))
                    continue  # "said it would not change course": the change asked for is rejected
                if trig is None and lemma in self.mandative and self._mandated(tok) is not None:
                    found.append(Found(tok, Trigger("REQUEST", None, (lemma,)), False, tok))
                    continue  # "insisted that Moscow first agree to a truce": a demand of Moscow
                if trig is None and lemma in self.lex.cue_set("r19a_handling_verbs") and self._firm_handling(tok):
                    found.append(Found(tok, Trigger("THREATEN", None, (lemma, "firmly")), False, tok))
                    continue  # "any gathering would be dealt with firmly": harsh treatment promised, a threat
                if (lemma in self.obstructing or lemma in self.clearing) and (trig is None or trig.type == "PROTEST") and self._forces_block(tok):
                    found.append(Found(tok, Trigger("COERCE", None, (lemma, "forces")), False, tok))
                    continue  # "riot police blocked a column of students", "coast guard ships blocked two boats"
                if trig is None and lemma in self.finding:
                    trig = self._finding_trigger(tok)  # "concluded that X committed genocide", "citing X's meddling"
                if trig is None and lemma in self.reporting and self._deontic_clause(tok) is not None:
                    # Round 30: "said Russia must also free the detainees", "said Hungary should stop buying gas":
                    # what the speaker says another party must do is its demand of that party
                    found.append(Found(tok, Trigger("REQUEST", None, (lemma, "must")), False, tok))
                    continue
                if trig is None and lemma in self.reporting and self._reported_label(tok):
                    # "said the vote was rigged", "said the sanctions were an illegal interference": criticism;
                    # Round 22: "said the wage demands were unaffordable": a demand so labelled is turned down
                    demand = self._labelled_demand(tok)
                    found.append(Found(tok, Trigger("REJECT", None, (lemma, "label")) if demand else Trigger("ACCUSE", "disapprove", (lemma, "label")), False, tok))
                    continue
                if trig is None and lemma in self.reporting and self._voiced_dismay(tok):
                    # Round 26: "said it was deeply concerned by the arrests", "said it was dismayed and urged an
                    # inquiry": the reporter's own dismay is its disapproval of what dismays it
                    found.append(Found(tok, Trigger("ACCUSE", "disapprove", (lemma, "dismay")), False, tok))
                    continue
                if trig is None and lemma in self.reporting and self._watchdog_claim(tok):
                    # "Rights groups say thousands of innocent people have been jailed", "critics say the campaign
                    # has targeted women": a watchdog's statement of abuse is its accusation
                    found.append(Found(tok, Trigger("ACCUSE", "allege", (lemma, "watchdog")), False, tok))
                    continue
                if trig is None and lemma in self.reporting and self._reported_retribution(tok):
                    # "'These militias will pay for every drop of blood,' the army said", "said Israel would pay a
                    # heavy price": the speaker promises the party retribution, a threat
                    found.append(Found(tok, Trigger("THREATEN", "violence", (lemma, "retribution")), False, tok))
                    continue
                if trig is None and lemma in self.reporting and self._reported_war(tok):
                    # "'The government has declared war on retirees and workers,' the union leader said": the
                    # figure of speech is the speaker's charge against whoever wages the war
                    found.append(Found(tok, Trigger("ACCUSE", "disapprove", (lemma, "war", "label")), False, tok))
                    continue
                if lemma in self.reporting and (trig is None or len(trig.words) == 1):
                    continue  # "said" is not an event; a reporting verb with a fixed object may be ("stressed the need")
                rule = self._switch_rule(tok, trig) if trig and self.lex.switches else None
                read_as = trig  # Round 38: the trigger the lexicon's `not` phrases are read against
                if rule is not None and trig is not None:
                    if rule.also and not self._excluded(tok, trig) and not self._non_event_use(tok, trig):
                        found.append(Found(tok, trig, False, tok))  # "protesters attacked embassies": both
                    trig = rule.trigger
                    # a trigger read as another type by its cues keeps its own type's `not` phrases: the new type's
                    # guard that type's own words ("warning shot" is no verbal warning, but shots fired as a warning
                    # are a threat)
                    read_as = trig if trig.type != "THREATEN" else read_as
                if trig is not None and trig.type == "RETREAT" and trig.mode == "release" and self._r50c_rescued(tok):
                    continue  # Round 50: "marines freed the crew of a hijacked ferry": no release by the captors
                if trig is not None and self._r50c_market_cause(tok):
                    continue  # Round 50: "the cedi held firm, supported by cocoa receipts": a cause of a price's move
                if trig is not None and trig.type == "CONSULT" and self._r50c_travel_advisory(tok) is not None:
                    continue  # Round 50: "told its students to avoid going to Israel": advice to its people, no visit
                if trig and lemma in self.presence_verbs and self._describes_forces(tok):
                    continue  # "a mine wounded three soldiers patrolling the frontier": who they were, no move
                if trig and trig.words[-1] in self.war_nouns and any(c.dep_ in OBJ and c.lemma_.lower() in self.war_nouns and self._war_on_people(c) for c in tok.children):
                    continue  # "is waging war on its own people": harsh policy in a figure of speech, no attack
                if trig and lemma in self.placement_verbs and self._placed_forces(tok):
                    continue  # "troops deployed in the area went after the attackers": where they were, no move
                if trig and not self._excluded(tok, read_as or trig) and not self._non_event_use(tok, trig):
                    found.append(Found(tok, trig, False, tok))
                elif trig is None and self._orders_party(tok):
                    found.append(Found(tok, Trigger("REQUEST", None, (lemma,)), False, tok))
                elif trig is None and lemma == "give" and (act := self._deadline_act(tok)) is not None:
                    # "gave him a week to leave the country": a party given a deadline to leave is expelled
                    leave = act.lemma_.lower() in ("leave", "depart")
                    found.append(Found(tok, Trigger("SANCTION" if leave else "REQUEST", "expel" if leave else None, (lemma, "deadline")), False, tok))
            elif pos[tok.i] in ("NOUN", "PROPN") and tok.tag_ not in ("NNP",):
                trig = self._noun_trigger(tok)
                if trig is not None and tok.lemma_.lower() in self.war_nouns and self._war_on_people(tok):
                    trig = None  # "declared war on retirees": harsh policy in a figure of speech, no attack
                if trig is None and self._force_used(tok):
                    trig = Trigger("ASSAULT", None, ("force",))  # "would not rule out force", "resorted to force"
                if (trig is None or (trig.type == "COOPERATE" and trig.words[0] == "joint")) and self._operation_on_armed(tok):
                    # Round 26: "began a sweep against separatist guerrillas": an attack on them; a "joint operation"
                    # against them is both the attack and the cooperation
                    assault = Trigger("ASSAULT", None, (tok.lemma_.lower(), "against"))
                    if trig is None:
                        trig = assault
                    else:
                        found.append(Found(tok, assault, True, self._anchor_of_noun(tok)))
                if trig is None and lemmas[tok.i] in self.lex.cue_set("r49c_agreement_nouns") and self._r49c_agreement_in_force(tok):
                    # Round 49: "deported them under a return arrangement agreed with Kabul", "part of a deal between
                    # the president and the opposition leader": an agreement in force between named parties
                    trig = Trigger("AGREE", None, (lemmas[tok.i], "under"))
                if trig is None and self._drawn_reaction(tok):
                    # Round 26: "provoking a sharp retort from Cairo", "sparking fury in Beijing": criticism
                    trig = Trigger("ACCUSE", "disapprove", (tok.lemma_.lower(), "drawn"))
                if trig and self.lex.switches:
                    trig = self._switched(tok, trig)
                if trig and trig.type == "PROTEST" and self._forces_means(tok):
                    trig = None  # Round 23: "police blocked them with concrete barricades": the forces' means, no protest
                if trig and trig.type == "PROTEST" and self._gathering_as_setting(tok):
                    trig = None  # Round 30: "arrested the opposition leader after a rally in Mbinga": where, no protest
                if trig and tok.dep_ == "compound" and tok.head.dep_ == "nsubj" and self._r50b_charge_subject(tok.head.head) is not None:
                    trig = None  # Round 50: "..., a charge Kigali denied" parsed with "charge" a compound of "Kigali"
                if trig and not self._excluded(tok, trig):
                    anchor = self._anchor_of_noun(tok)
                    found.append(Found(tok, trig, True, anchor))
        # a verb trigger whose object is a nominal trigger of the same type ("launched attacks"): keep the noun
        # "Oman hosted talks between ...", "has not received any request": the nominal is the event
        nominal_heads = {f.tok.head.i for f in found if f.nominal}
        nominal_heads |= {f.anchor.i for f in found if f.nominal and f.anchor.i != f.tok.i and self._argument_of(f.tok, f.anchor)
                          and f.tok.head.dep_ == "prep" and f.tok.head.lower_ == "of"}  # "launched a wave of strikes"
        # "approved the deployment", "reaffirmed its commitment": the noun is the event
        keep_verb = self.light | self.host_verbs | self.authorizing | self.restating
        # a verb's own two-word entry of another type than its object noun is that noun's sense ("workers held a
        # strike": a stoppage, not an air strike): the verb's reading wins, the noun's goes
        # ("fired warning shots": a show of force, read by the verb and its object, not crowd control)
        read_by_verb = {f.tok.i: f for f in found if not f.nominal and len(f.trigger.words) == 2}
        senses = {n.tok.i: n.tok.head.i for n in found if n.nominal and n.tok.dep_ in ("dobj", "obj") and n.tok.head.i in read_by_verb
                  and read_by_verb[n.tok.head.i].trigger.type != n.trigger.type
                  and read_by_verb[n.tok.head.i].trigger.words[1] in (n.tok.lemma_.lower(), n.tok.lower_)}
        if senses:
            found = [f for f in found if not (f.nominal and f.tok.i in senses)]
            nominal_heads -= set(senses.values())
        sums = {f.tok.i for f in found if not f.nominal and f.trigger.words[1:] == ("sum",)}
        if sums:
            # Round 30: "pledged $800 million in fuel and budget support": what the sum is of is the sum's act, no other
            found = [f for f in found if not (f.nominal and _in_sum_phrase(f.tok, sums))]
        process = self.lex.cue_set("r47t_membership_process_words")
        if process and any(f.nominal and f.trigger.type == "CONSULT" for f in found):
            found = [f for f in found if not self._membership_process(f, process)]
        court_orders = self.lex.cue_set("r47t_court_order_nouns")
        orders = [f for f in found if f.nominal and f.trigger.type == "THREATEN" and f.tok.lemma_.lower() in court_orders] if court_orders else []
        if orders:
            # Round 47: a court's order against a person ("issued an arrest warrant for the rebel leader") is coercion
            # set in motion against them (COERCE), as the development sets written since wire2 code it, not a threat
            grounds = self.lex.cue_set("r47t_charge_grounds_nouns")
            found = [Found(f.tok, Trigger("COERCE", "arrest", f.trigger.words), True, f.anchor) if f in orders else f for f in found]
            # ... and one issued over a crime it names ("over alleged war crimes", "on charges of fraud") is also the
            # court's charge against the person (ACCUSE)
            found += [Found(f.tok, Trigger("ACCUSE", "allege", (*f.trigger.words, "grounds")), True, f.anchor)
                      for f in orders if self._order_grounds(f, grounds)]
        return [f for f in found if f.nominal or f.tok.i not in nominal_heads or f.tok.lemma_.lower() not in keep_verb]

    def _r49c_agreement_in_force(self, noun: Token) -> bool:
        """Round 49: an agreement noun the sentence's act is done under ("withdrew under a 2024 agreement with
        Baghdad", "built under an agreement between Iraq and the Kurdish region") or that the act is part of ("part
        of a deal between the president and the opposition leader"), with the parties named on it: "with" or
        "between" on the noun or on a participle of concluding it ("an arrangement agreed with the Iraqi
        government"). The development sets code such an agreement in force as made (AGREE, between its parties),
        though the sentence has no verb of agreeing. With no party named ("under the deal, troops will ...") it
        names no one and is left to the sentence that tells it."""
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if not (prep.lower_ == "under" or (prep.lower_ == "of" and prep.head.lemma_.lower() == "part")):
            return False
        # (review: the act is done under it: "under" hangs on a verb, "part" is the verb's complement; "rights under
        # its agreement with Togo" names the agreement, not an act done under it)
        if (prep.head if prep.lower_ == "under" else prep.head.head).pos_ not in ("VERB", "AUX"):
            return False
        concluding = self.lex.cue_set("r49c_concluding_participles")
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in concluding)]
        return any(p.dep_ == "prep" and p.lower_ in ("with", "between") and any(g.dep_ == "pobj" for g in p.children)
                   for h in holders for p in h.children)

    def _order_grounds(self, f: Found, grounds: frozenset[str]) -> bool:
        """Round 47: does a court's order, or the verb issuing it, name the crime it is issued over ("issued warrants
        for X over alleged war crimes", "a warrant for Y on charges of fraud", "for a commander accused of
        torture")? Read in the order's phrase and the issuing verb's own phrases."""
        toks = list(f.tok.subtree)
        if f.anchor.i != f.tok.i:
            toks += [g for p in f.anchor.children if p.dep_ == "prep" for g in p.subtree]
        for g in toks:
            p = g.head
            if g.dep_ != "pobj" or p.lower_ not in ("over", "for", "on", "of"):
                continue
            if p.lower_ == "of" and p.head.lemma_.lower() not in ("accuse", "charge", "suspect", "convict", "accusation",
                                                                    "allegation", "suspicion"):
                continue  # "of" names the crime only after a word of charging ("accused of torture")
            if g.lemma_.lower() in grounds or any(c.dep_ == "amod" and c.lower_ == "alleged" for c in g.children):
                return True
        return False

    def _membership_process(self, f: Found, process: frozenset[str]) -> bool:
        """Round 47: talks named by a membership process ("its EU accession talks", "the suspension of membership
        talks", "halted accession negotiations") are the process, not a meeting held (CONSULT), unless a verb of
        holding or opening governs them ("held the first round of accession talks", "opened membership
        negotiations"): PLOVER's CONSULT is a meeting or talks held at a time."""
        if not f.nominal or f.trigger.type != "CONSULT":
            return False
        t = f.tok
        if not any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in process for c in t.children):
            return False
        holding = self.lex.cue_set("r47t_talks_holding_verbs")
        v = t
        for _ in range(3):  # "held the first round of accession talks": the verb over the round
            if v.dep_ in ("dobj", "obj", "nsubjpass", "pobj") and v.head.pos_ in ("VERB", "AUX"):
                return v.head.lemma_.lower() not in holding
            if v.dep_ != "pobj" or v.head.head.i == v.head.i:
                break
            v = v.head.head
        return True

    def _crowd_voice(self, f: Found) -> bool:
        """Round 28: what a street crowd denounces or demands is its protest: "outside the embassy, the crowd
        condemned the treaty", "The marchers were demanding a new vote" (a crowd's speech act told as the news of
        its protest; the caller keeps it a demand where the article already told the protest)."""
        if f.nominal or f.trigger.type not in ("ACCUSE", "REQUEST"):
            return False
        if f.trigger.type == "ACCUSE" and any(c.dep_ == "prep" and c.lower_ in ("of", "for")
                                             for o in (f.tok, *(d for d in f.tok.children if d.dep_ == "dobj")) for c in o.children):
            return False  # review of round 28: "rioters accused the police of shooting a boy": a charge, an accusation
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.crowd_people for c in f.tok.children)

    @staticmethod
    def _joint_act(tok: Token) -> bool:
        """A verb done "jointly" by a coordinated subject of two or more parties."""
        if not any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in tok.children):
            return False
        # "the navy and the coast guard", "Greek and Turkish coast guards"
        return any(c.dep_ in SUBJ and any(g.dep_ == "conj" for g in c.subtree) for c in tok.children)

    def _helped(self, tok: Token) -> list[Token]:
        """The party a verb of helping helps do an act ("helped Georgian police arrest", "helped the army to
        retake the town"): the subject of its clause, or its object before the clause."""
        index = tok.doc._.token_mentions or {}
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if not comps:
            return []
        heads = [g for g in comps[0].children if g.dep_ in SUBJ and g.i < comps[0].i]
        heads += [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i < comps[0].i]
        return [h for h in heads if any(t.i in index for t in h.subtree)]

    @staticmethod
    def _mandated(tok: Token) -> Token | None:
        """The subjunctive clause of a verb of insisting ("insisted that Kyiv withdraw first", "required that
        the army hand over power"): a bare verb with its own subject and no modal nor tense; what is demanded."""
        for c in tok.children:
            if c.dep_ != "ccomp" or any(g.dep_ in ("aux", "auxpass") for g in c.children):
                continue
            subj = [g for g in c.children if g.dep_ in SUBJ]
            # a base form, or a present form after a singular subject ("that Iran release": no agreement)
            if subj and (c.tag_ == "VB" or (c.tag_ == "VBP" and subj[0].tag_ in ("NN", "NNP")
                                            and not any(g.dep_ == "conj" for g in subj[0].children))):
                return c
        return None

    def _deontic_clause(self, tok: Token) -> Token | None:
        """Round 30: the reported clause of a reporting verb that says what another party must or should do ("said
        Iran must account for its stockpile", "said Hungary should buy its oil elsewhere"): an active verb with the
        modal "must" or "should" and a subject that names a party other than a pronoun; None for a passive ("must be
        allowed"), a subject that is no party ("inflation should fall") or a pronoun ("said it must do more")."""
        modals = self.lex.cue_set("r30t_deontic_modals")
        attrs = token_attrs(tok.doc)  # (the children's labels, read once a run: a Token made only for a clause)
        for ci in child_indices(tok.doc)[tok.i]:
            if attrs.dep[ci] != "ccomp" or ci < tok.i or attrs.pos[ci] not in ("VERB", "AUX"):
                continue
            c = tok.doc[ci]
            kids = list(c.children)
            if not any(g.dep_ == "aux" and g.lower_ in modals for g in kids) or any(g.dep_ in ("auxpass", "nsubjpass") for g in kids):
                continue
            subj = next((g for g in kids if g.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() in ("it", "we", "they"):
                continue
            index = tok.doc._.token_mentions or {}
            if any(t.i in index for t in subj.subtree):
                return c
        return None

    def _finding_trigger(self, tok: Token) -> Trigger | None:
        """A verb of finding or citing whose content is a wrong done by a party is an accusation of it: "the panel
        concluded that the army committed war crimes", "determined that X had violated the accord", "expelled
        the envoys, citing Moscow's interference" (the wrong named as a noun with its party)."""
        for c in tok.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                for v in [c] + [g for g in c.children if g.dep_ == "conj"]:
                    objs = [o for o in v.children if o.dep_ in ("dobj", "obj")]
                    if v.lemma_.lower() in self.wrong_nouns or any(self._wrong(o) for o in objs):
                        return Trigger("ACCUSE", "allege", (tok.lemma_.lower(),))
            elif c.dep_ in ("dobj", "obj") and tok.lemma_.lower() == "cite":
                nouns = [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                index = tok.doc._.token_mentions or {}
                for n in nouns:
                    if self._wrong(n) and any(m.dep_ in ("poss", "amod", "compound", "nmod") and m.i in index for m in n.children):
                        return Trigger("ACCUSE", "allege", (tok.lemma_.lower(),))
        return None

    def _wrong(self, noun: Token) -> bool:
        """A noun of wrongdoing ("genocide", "war crimes", "interference")."""
        return noun.lemma_.lower() in self.wrong_nouns or noun.lower_ in self.wrong_nouns

    def _force_used(self, noun: Token) -> bool:
        """Bare singular "force" governed by a verb of using or excluding it is the use of force ("would not
        rule out force", "resorted to military force", "authorized the use of force" is the noun "use");
        "forces" and "the force" are troops or a unit."""
        if noun.lower_ != "force" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            return False
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "resort to force", "with force"
            if head.pos_ == "NOUN" and head.lemma_.lower() == "use" and head.dep_ in ("dobj", "obj") and self._left_open(head.head):
                return True  # "refused to rule out the use of force": the use of force left open
        elif noun.dep_ not in ("dobj", "obj", "conj"):
            return False
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in self.force_verbs

    def _operation_on_armed(self, noun: Token) -> bool:
        """Round 26: an operation noun with an "against" phrase naming an armed group or its fighters ("an
        offensive against separatist guerrillas", "a sweep against the LRA"); not one against crime or
        smuggling networks ("an operation against a smuggling ring": arrests tell what was done)."""
        if noun.lemma_.lower() not in self.operation_nouns:
            return False
        index = noun.doc._.token_mentions or {}
        foes = self.armed_foes
        for p in noun.children:
            if p.dep_ != "prep" or p.lower_ != "against":
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if g.lemma_.lower() in foes:
                    return True
                # the group named by the object itself ("against the ADF"); a group only modifying the object names
                # no foe ("a campaign against Islamic State propaganda")
                m = index.get(g.i)
                if m is not None and m.sector == "REB":
                    return True
                # or its places or units ("against Islamic State hideouts", "against rebel positions")
                # (the form's singular too: "bases" is lemmatised as "basis")
                if (g.lemma_.lower() in self.armed_sites or g.lower_.removesuffix("s") in self.armed_sites) and any(
                        c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in foes or c.lemma_.lower() in foes or
                        (index.get(c.i) is not None and index[c.i].sector == "REB")) for c in g.children):
                    return True
        return False

    def _drawn_reaction(self, noun: Token) -> bool:
        """Round 26: a hostile reaction an act draws from a party is its criticism: "provoking a sharp retort from
        Cairo", "sparking fury in Beijing", "earning a stern reply from Oslo" (the reaction the object of a
        verb of drawing one, its party in a "from", "in" or "among" phrase; "response" and "reaction" only with a
        hostile word on them: "drew a swift response from Kyiv" may be a strike)."""
        if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in self.eliciting_verbs:
            return False
        lemma = noun.lemma_.lower()
        if lemma in self.toned_reactions:
            tones = self.hostile_tones
            if not any(c.dep_ == "amod" and c.lower_ in tones for c in noun.children):
                return False
        elif lemma not in self.reaction_nouns:
            return False
        index = noun.doc._.token_mentions or {}
        # (the party's phrase hung on the noun, or on the verb after the noun: "sparked fury in Beijing")
        preps = [*noun.children, *(c for c in noun.head.children if c.i > noun.i)]
        return any(g.i in index for p in preps if p.dep_ == "prep" and p.lower_ in ("from", "in", "among")
                   for g in p.subtree)

    def _refused_change(self, tok: Token) -> bool:
        """A negated verb of changing one's own line of conduct is a refusal, REJECT: "said Tbilisi would not change
        course", "will not amend the constitution", "has no plans to... " is not one; "would not budge" needs no
        object. The object must be the party's conduct (`own_course_nouns`), not a party or a place."""
        if not any(c.dep_ == "neg" for c in tok.children):
            return False
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if not objs:
            return tok.lemma_.lower() == "budge"
        return any(o.lemma_.lower() in self.own_course or o.lower_ in self.own_course for o in objs)

    def _label_trigger(self, tok: Token) -> Trigger | None:
        """A verb of labelling whose label disapproves ("called the attack inhumane", "described the move as a
        violation") is criticism, ACCUSE; one whose label makes its object a target is a threat."""
        if (any(c.lower_ == "what" for c in tok.children) or any(c.lower_ == "what" for c in tok.head.children if c.i < tok.i)) \
                and not self._cited_label(tok):
            return None  # "condemned what it called a cowardly attack": the label names the governing verb's object
        labels: list[Token] = []
        bare: list[Token] = []
        for c in tok.children:
            if c.dep_ in ("oprd", "acomp", "attr"):
                labels.append(c)
            elif (c.dep_ == "advmod" and c.lower_ in self.disapproval_labels
                  and any(o.dep_ in ("dobj", "obj") and o.i < c.i for o in tok.children)):
                labels.append(c)  # "called the attack cowardly": an adjective in -ly parsed as an adverb
            elif c.dep_ == "prep" and c.lower_ == "as":
                labels += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("dobj", "obj"):
                labels += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
                labels += [g for g in c.children if g.dep_ in ("oprd", "appos") and g.i > c.i]
                # "called the verdict politically motivated": the label parsed as a participle on the object
                # (the participle and its adverbs only, not its own phrases)
                bare += [t for g in c.children if g.dep_ == "acl" and g.i > c.i and g.tag_ in ("VBN", "JJ")
                         for t in (*[a for a in g.children if a.dep_ == "advmod" and a.i < g.i], g)]
                # "called the move \"deeply irresponsible\"": the label parsed as an adjective after its object
                bare += [t for g in c.children if g.dep_ == "amod" and g.i > c.i
                         for t in (*[a for a in g.children if a.dep_ == "advmod" and a.i < g.i], g)]
                bare += self._quoted_tail(c)
        # "called the decision \"blackmail\"": the object hung on the label as its modifier, no object left
        predicate = any(c.dep_ == "oprd" for c in labels) and tok.lemma_.lower() in _NAMING
        if bare and not labels:
            words = [t.lemma_.lower() for t in bare]
            lowers = [t.lower_ for t in bare]
        elif not labels or not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children) and tok.dep_ != "relcl" and not predicate:
            # "a step Lula called an unacceptable interference", "would consider any deployment a legitimate
            # target": parsed with the label as the object; its head and modifiers only
            labels = [c for c in tok.children if c.dep_ in ("dobj", "obj") and tok.lemma_.lower() in _NAMING]
            if not labels:
                return None
            words = [t.lemma_.lower() for lab in labels for t in lab.children if t.dep_ in ("amod", "compound") and t.i < lab.i]
            words += [lab.lemma_.lower() for lab in labels]
            lowers = words
        else:
            words = [t.lemma_.lower() for lab in labels for t in lab.subtree]
            lowers = [t.lower_ for lab in labels for t in lab.subtree]

        def has(cues: frozenset[str]) -> bool:
            joined = " " + " ".join(words) + " ", " " + " ".join(lowers) + " "
            padded = _padded(cues)  # (each cue with its spaces, made once a cue set)
            return any(map(joined[0].__contains__, padded)) or any(map(joined[1].__contains__, padded))

        if has(self.threat_labels):
            return Trigger("THREATEN", "violence", (tok.lemma_.lower(),))
        if has(self.lex.cue_set("r21_falsity_labels")) and any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in self.lex.cue_set("r21_claim_nouns") for c in tok.children):
            # Round 21: "called the accusations baseless", "described the charges as a fabrication": a claim labelled
            # false is rejected (REJECT), not a criticism of its author
            return Trigger("REJECT", None, (tok.lemma_.lower(),))
        if has(self.disapproval_labels) or has(self.lex.cue_set("r19a_disapproval_labels")):
            if any(c.dep_ in ("dobj", "obj", "nsubjpass") and self._demand_noun(c) for c in tok.children):
                # Round 22: "called the offer an insult", "described the demands as unreasonable": turned down
                return Trigger("REJECT", None, (tok.lemma_.lower(),))
            return Trigger("ACCUSE", "disapprove", (tok.lemma_.lower(),))
        if has(self.lex.cue_set("r22_approval_labels")) and tok.lemma_.lower() in _APPROVING \
                and not self._hostile_label(tok, labels):
            # Round 22: "called the arrest a crucial step toward accountability", "described the deal as historic": praise
            return Trigger("SUPPORT", None, (tok.lemma_.lower(),))
        if self._attributing_label(tok, labels):
            # Round 26: "called the sabotage the work of a foreign service run by Tehran": the act laid at another's door
            return Trigger("ACCUSE", "allege", (tok.lemma_.lower(),))
        if self._hostile_name(tok, labels):
            # Round 30: "called the balloon flights a hybrid attack", "described the deployment as an invasion": a
            # thing named an attack or a hostile measure is criticism of its doer
            return Trigger("ACCUSE", "disapprove", (tok.lemma_.lower(),))
        return None

    def _r50b_charge_subject(self, verb: Token) -> Token | None:
        """Round 50: the charge noun of "accused Kigali of arming the rebels, a charge Kigali denied" where the parse
        makes the denial the sentence's root, the charge a compound of its subject and the accusation its clause:
        the charge noun, set off by a comma after the accusation, or None. The denial is then the charged party's
        reply (REJECT), not a denial of the accusation's act, and the charge noun no second accusation."""
        if verb.lemma_.lower() not in denial_verbs(self.lex):
            return None
        for subj in verb.children:
            if subj.dep_ != "nsubj":
                continue
            for c in subj.children:
                if c.dep_ == "compound" and c.i < subj.i and c.lemma_.lower() in self.claims and _r50b_summing_charge(c):
                    return c
        return None

    def _denied_charge(self, verb: Token) -> bool:
        """Round 41: a verb of denying whose object is a charge or the part a party is charged with ("denied the
        accusation", "denies any link", "denied wrongdoing"), said by the verb's own clause (not negated: "did not
        deny the report" grants it); a denied clause ("denied that its troops fired") is read by the act it denies."""
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            return False
        nouns = self.lex.cue_set("r41t_denied_nouns")
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns for c in verb.children)

    def _gathering_as_setting(self, noun: Token) -> bool:
        """Round 30: a rally named only as where or when another act happened ("detained three bodyguards at a rally
        in Masaka", "arrested him after a rally", "as he left a rally", "during a BJP rally", "as they gathered for a
        rally"): a campaign gathering, the setting of the act, no protest; a rally told with what it opposes or
        demands ("at a rally against the new law") stays one, as does one called or held ("called supporters to a
        rally")."""
        if noun.lemma_.lower() not in self.lex.cue_set("r30t_setting_gatherings"):
            return False
        head = noun.head
        if noun.dep_ == "pobj":
            if head.lower_ not in self.lex.cue_set("r30t_setting_preps"):
                return False
        elif not ((noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in ("leave", "address"))
                  or (noun.dep_ in ("dobj", "obj", "dative") and head.lemma_.lower() in self.lex.cue_set("r43t_hearing_verbs"))):
            return False  # (Round 43: "he told a rally in Caracas": the crowd he speaks to, no protest)
        cues = self.lex.cue_set("r30t_protest_cues")
        return not any(t.lemma_.lower() in cues or t.lower_.startswith("anti") for t in noun.subtree)

    def _hostile_name(self, tok: Token, labels: list[Token]) -> bool:
        """Round 30: a label whose head noun is an attack or a hostile measure given to an object that is none
        ("called the drone flights a hybrid attack", "termed the sanctions an act of economic war"); not a hostile act
        relabelled ("described the raid as a counter-terrorism operation" names an attack for what it is)."""
        if tok.lemma_.lower() not in _NAMING and tok.lemma_.lower() not in _DESCRIBING:
            return False  # review of round 31: "described the flights as a hybrid attack" names them as "called" does
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if not objs or any(self._hostile_noun(o) for o in objs):
            return False
        heads = [lab for lab in labels if lab.pos_ == "NOUN" and all(lab.i != o.i for o in objs)]
        heads += [g for lab in heads if lab.lemma_.lower() in ("act", "form", "kind") for p in lab.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return any(self._hostile_noun(h) for h in heads)

    def _attributing_label(self, tok: Token, labels: list[Token]) -> bool:
        """Round 26: a label that names a party as the doer of the hostile act labelled lays the act at its door:
        "termed the arson a plot by Caracas", "described the cyberattack as a Russian
        operation", "called the bombing the work of Iran's proxies" (the party the label's possessor, its "by"
        agent or a demonym on its noun; the act labelled a hostile one, attack or measure)."""
        if not labels or not any(c.dep_ in ("dobj", "obj", "nsubjpass") and self._hostile_noun(c) for c in tok.children):
            return False
        index = tok.doc._.token_mentions or {}
        for lab in labels:
            for t in lab.subtree:
                if t.i not in index:
                    continue
                if t.dep_ in ("poss", "amod", "compound", "nmod") or (t.dep_ == "pobj" and t.head.lower_ == "by"):
                    return True
        return False

    def _hostile_label(self, tok: Token, labels: list[Token]) -> bool:
        """Round 22: a label of approval that praises nothing: the act labelled is hostile ("called the Russian
        offensive a turning point in the war", "described the sanctions as a landmark"), or the step is one toward
        a hostile or deplored end ("called the expulsion a step toward war", "a step towards chaos")."""
        if any(c.dep_ in ("dobj", "obj", "nsubjpass") and self._hostile_noun(c) for c in tok.children):
            return True
        bad = self.disapproval_labels | self.lex.cue_set("r19a_disapproval_labels")
        return any(t.lower_ in ("toward", "towards") and any(g.dep_ == "pobj" and (self._hostile_noun(g) or g.lemma_.lower() in bad)
                                                           for g in t.children)
                   for lab in labels for t in lab.subtree)

    def _cited_label(self, tok: Token) -> bool:
        """A label given in "what X called ..." as the grounds cited for an act is the labeller's own criticism:
        "imposed tariffs, citing what he called a witch hunt" (the governing verb is no act against what is
        labelled, as "condemned what it called" is; "expelled them over what it called interference" is read by
        the act's own rule)."""
        clause = tok.head if tok.dep_ not in ("ccomp", "pcomp", "pobj", "dobj", "obj") and tok.head.i != tok.i else tok
        gov = clause.head
        if gov.i == clause.i:
            return False
        if gov.pos_ == "VERB" and gov.lemma_.lower() in self.citing_verbs:
            return True
        # Round 19: a response aimed at what the responder labels ("would respond accordingly to what he called a
        # witch hunt", "vowed to retaliate against what it called aggression"): the label is its own criticism
        if gov.dep_ == "prep" and gov.lower_ in ("to", "against") and gov.head.i != gov.i:
            gov = gov.head
            return gov.pos_ == "VERB" and gov.lemma_.lower() in self.response_verbs
        return False

    def _reported_label(self, tok: Token) -> bool:
        """A reported clause that gives a disapproving label as its predicate is the reporter's criticism of what
        it labels: "said the election was rigged", "said the sanctions were illegal and a violation of
        international law", "insisted the raid had been unjustified". The label is the clause's predicate noun or
        adjective, or its passive participle ("was rigged"); a clause with an act of its own is that act."""
        for c in tok.children:
            if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
                continue
            if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            if c.lemma_.lower() == "be":
                preds = [g for g in c.children if g.dep_ in ("attr", "acomp")]
                words = [t.lemma_.lower() for p in preds for t in p.subtree] + [t.lower_ for p in preds for t in p.subtree]
            elif c.tag_ == "VBN" and any(g.dep_ == "auxpass" for g in c.children):
                words = [c.lemma_.lower(), c.lower_]
            else:
                continue
            joined = " " + " ".join(words) + " "
            if any(map(joined.__contains__, _padded(self.disapproval_labels, _STATE_LABELS))):  # (the words with their spaces, made once)
                return True
            aimed = self.lex.cue_set("aimed_labels")
            hostile_aim = any(map(joined.__contains__, _padded(self.lex.cue_set("hostile_aims"))))
            labels = self.lex.cue_set("r19a_disapproval_labels")
            if any(map(joined.__contains__, _padded(labels) if hostile_aim else _padded(labels, aimed))):
                return True  # "said the build-up was a threat to its security", "said the arrest was a ploy"
        return False

    def _voiced_dismay(self, tok: Token) -> bool:
        """Round 26: a reported clause in which the reporter says it is dismayed is its disapproval: "said it was
        deeply concerned by the arrests", "said it was alarmed at the violence", "said they were appalled" (the
        clause's subject a pronoun for the reporter; its predicate a state of dismay, as an adjective after "be" or a
        passive participle). Not a fear of what may come ("said it was concerned that the unrest could spread"),
        nor a denial ("said it was not troubled")."""
        states = self.dismay_states
        for c in tok.children:
            if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
                continue
            if not any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in self.self_pronouns for g in c.children):
                continue
            if c.lemma_.lower() == "be":
                preds = [g for g in c.children if g.dep_ == "acomp" and g.lower_ in states
                         and not any(x.dep_ == "neg" for x in g.children)]
            elif c.tag_ == "VBN" and c.lemma_.lower() in states and any(g.dep_ == "auxpass" for g in c.children):
                preds = [c]
            else:
                continue
            for p in preds:
                # the dismay is about a thing, or stands alone; a clause after it is a fear ("concerned that ...")
                if any(g.dep_ in ("ccomp", "xcomp") for g in p.children) or any(
                        g.dep_ in ("ccomp", "xcomp") for g in c.children if g.i > p.i):
                    continue
                # Review of round 26: dismay at a thing no one did is sympathy, no disapproval ("shocked by the
                # earthquake", "alarmed by the outbreak", "disappointed with the result")
                causes = [o for h in (p, c) for x in h.children if x.dep_ in ("prep", "agent") and x.lower_ in self.dismay_preps
                          for o in x.children if o.dep_ == "pobj"]
                if causes and all(self._nonact_cause(o) for o in causes):
                    continue
                return True
        return False

    def _nonact_cause(self, noun: Token) -> bool:
        """Review of round 26: a cause of dismay that is no one's act ("the earthquake", "the outbreak"); not one whose
        phrase names the act or its doer ("the deaths of three nurses in an air raid", "news of the detention of its
        consul", "the fire set by guards")."""
        if noun.lemma_.lower() not in self.nonact_causes and noun.lower_ not in self.nonact_causes:
            return False
        for d in noun.subtree:
            if d.i == noun.i:
                continue
            if d.dep_ == "agent":
                return False
            if d.pos_ == "NOUN":
                t = self.lex.nouns.get((d.lemma_.lower(),)) or self.lex.nouns.get((d.lower_,))
                if t is not None and (t.type in _HOSTILE or t.type == "COERCE"):
                    return False
        return True

    def _labelled_demand(self, tok: Token) -> bool:
        """Round 22: the subject of a reported clause that is a demand, request or offer ("said the wage demands
        were unaffordable"): a label given to it turns it down."""
        return any(g.dep_ in ("nsubj", "nsubjpass") and self._demand_noun(g)
                   for c in tok.children if c.dep_ == "ccomp" for g in c.children)

    def _demand_noun(self, noun: Token) -> bool:
        """Round 22: a noun of what one party asks or offers, alone ("the demands") or with the compound that makes it
        one ("the pay claim", "the union's wage claim")."""
        nouns = self.lex.cue_set("r22_demand_nouns")
        lemma = noun.lemma_.lower()
        return lemma in nouns or any(c.dep_ == "compound" and f"{c.lemma_.lower()} {lemma}" in nouns for c in noun.children)

    @staticmethod
    def _quoted_tail(obj: Token) -> list[Token]:
        """A quoted phrase that closes an object's phrase after its head is a label given to it, however parsed:
        "called the new levies on farm goods \"blackmail\"" (the quote read as the object of "on")."""
        sub = list(obj.subtree)
        doc = obj.doc
        end = sub[-1].i + 1
        if end < len(doc) and doc[end].tag_ == "''":
            end += 1  # the closing quote hung on the verb
        if end - 1 <= obj.i or doc[end - 1].tag_ != "''":
            return []
        start = end - 2
        while start > obj.i and doc[start].tag_ not in ("``", "''"):
            start -= 1
        if start <= obj.i or doc[start].tag_ not in ("``", "''") or end - start > 8:
            return []
        return [t for t in doc[start + 1:end - 1] if not t.is_punct]

    def _orders_party(self, tok: Token) -> bool:
        """ "The court ordered Israel to ...": an order given to a party named as object, with its act."""
        if tok.lemma_.lower() not in self.order_verbs or not any(c.dep_ == "xcomp" for c in tok.children):
            return False
        index = tok.doc._.token_mentions or {}
        return any(c.dep_ in ("dobj", "obj") and c.i in index for c in tok.children)

    def _compels(self, verb: Token) -> bool:
        """Round 31: an order whose act is one of stopping or closing ("ordered the broadcaster to close its bureau",
        "ordered two mining firms to halt operations"), given by a party that is no court or council to a party that
        is not its own forces or officials ("ordered the army to halt" is command, "the court ordered Israel to halt"
        a ruling). Leaving is left to the expulsion rules; the coder asks besides that the party ordered be a body,
        no state or organ of one."""
        acts = self.lex.cue_set("r31t_compelled_acts")
        if not any(c.dep_ == "xcomp" and c.lemma_.lower() in acts for c in verb.children):
            return False
        ruling = self.lex.cue_set("r31t_ruling_words")
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or any(t.lemma_.lower() in ruling for s in subj for t in s.subtree):
            return False
        own = self.lex.cue_set("r31t_own_ordered")
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return bool(objs) and not any(o.lemma_.lower() in own or any(g.dep_ == "poss" and g.lower_ in ("its", "his", "her", "their", "our")
                                                                    for g in o.children) for o in objs)

    def _ordered_measure(self, noun: Token) -> Trigger | None:
        """Round 31: a measure ordered by a party: the dissolution, closure or suspension of a body named as a party,
        as the object of a verb of ordering ("ordered the dissolution of Mali's opposition parties", "decreed the
        closure of Amnesty's office") or told with its orderer ("the suspension of the union ordered by the
        ministry"): the orderer's COERCE. None for one of an inquiry, talks or schools ("ordered the closure of the
        inquiry"), or of no party named ("a blackout ordered by Baghdad": whom it hit is not told)."""
        measures = self.lex.cues.get("r31t_ordered_measures") or {}
        if noun.lemma_.lower() not in measures:
            return None
        ordering = self.lex.cue_set("r31t_ordering_verbs")
        index = noun.doc._.token_mentions or {}
        if not any(t.i in index for t in noun.subtree if t.i > noun.i):
            return None  # the body closed or dissolved must be a party named ("the closure of 30 charities" names none)
        head = noun.head
        ordered = noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in ordering
        ordered = ordered or any(c.dep_ == "acl" and c.lemma_.lower() in ordering and any(a.dep_ == "agent" for a in c.children)
                                 for c in noun.children)
        if not ordered:
            return None
        whats = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not whats or any(g.lemma_.lower() in self.lex.cue_set("r31t_unmeasured") for g in whats):
            return None
        return Trigger("COERCE", "restrict", (noun.lemma_.lower(), "ordered"))

    def _deadline_act(self, verb: Token) -> Token | None:
        """An ultimatum: "gave Hamas until Sunday to accept the plan", "gave Iran two months to reach a deal", "was
        given 72 hours to leave": a party given a time limit to do an act is asked to do it. Returns the act's verb
        (what is demanded, not done); none without a party given the time ("the law gives the president until June")."""
        limit = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "till")]
        spans = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod") and c.lemma_.lower() in self.deadline_nouns]
        if not limit and not spans:
            return None
        acts = [c for c in list(verb.children) + [a for n in spans for a in n.children if a.dep_ in ("relcl", "acl")]
                if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not acts:
            return None
        index = verb.doc._.token_mentions or {}
        given = [c for c in verb.children if c.dep_ in ("dative", "dobj", "obj", "nsubjpass") and c.lemma_.lower() not in self.deadline_nouns]
        if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children):
            given += [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "was declared ... and given a week to leave"
        return acts[0] if any(t.i in index for g in given for t in g.subtree) else None

    def _orders_own_forces(self, verb: Token) -> bool:
        """An order to forces named as one's own or by no party ("ordered his fighters to return to base", "ordered
        the army to withdraw"), with its act: the ordered act is the event, whoever else the clause names; an order
        to another's forces ("ordered French troops to leave") is not."""
        if not any(c.dep_ == "xcomp" for c in verb.children):
            return False
        index = verb.doc._.token_mentions or {}
        for c in verb.children:
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.force_nouns:
                own = any(d.dep_ == "poss" and d.pos_ == "PRON" for d in c.children)
                return own or not any(t.i in index and index[t.i].via not in ("role", "location") for t in c.subtree if t.pos_ != "PRON")
        return False

    def _one_reading(self, found: list[Found]) -> tuple[list[Found], set[int], set[int]]:
        """One event where two triggers read one act.

        A promise of an act ("vowed to retaliate", "pledged to send aid") is the act itself, future: the
        commissive verb gives way to its to-infinitive when that is a trigger (plover_type makes it AGREE,
        THREATEN or CONCEDE), and a pledged cooperative noun ("pledged new assistance") to the pledge. A verb
        that negates or concedes an event noun ("suspended its attacks", "cancelled the talks") is the one
        reading of it. A threat's content ("threatened to withdraw", "warned that it would strike") is the
        threat, not an event of its own unless it reads as a threat too (returned apart: the caller knows the
        final type). A commitment to an act ("its commitment to supporting Ukraine") takes that act's type,
        future (the tokens so retyped are returned too).
        """
        found = self._responses_with(self._reconsidered_support(self._halted_cooperation(self._ceased_hostilities(found))))
        found = self._r22_measures(found)
        drop: set[int] = set()
        contents: set[int] = set()
        retyped: dict[int, Trigger] = {}
        given: dict[int, Trigger] = {}  # offers that are the act offered, retyped without futurity
        for f in found:
            if f.trigger.type == "AGREE":
                # "its commitment to opposing X", "committed to supporting Ukraine": the commitment is the act
                # committed to, future (plover_type makes cooperation AGREE), read on the commitment's own
                # token, whose actor the parse gives; the gerund's reading goes
                for c in f.tok.children:
                    if c.dep_ == "prep" and c.lower_ == "to":
                        for ger in c.children:
                            if ger.tag_ == "VBG" and ger.dep_ == "pcomp" and self._stance(ger):
                                drop.add(f.tok.i)  # "its commitment to opposing Israel": a commitment to a stance is one
                                continue
                            act = next((g for g in found if g is not f and ger.tag_ == "VBG" and ger.dep_ == "pcomp" and _heads(g, ger)), None)
                            if act is not None:
                                retyped[f.tok.i] = Trigger(act.trigger.type, act.trigger.mode, f.trigger.words)
                                drop.add(act.tok.i)
            if f.nominal:
                continue
            lemma = f.tok.lemma_.lower()
            if f.trigger.type == "AGREE" and f.trigger.words == (lemma,):
                # "agreed to a ceasefire": the agreement is the event, what is agreed to its content
                objs = {g.i for c in f.tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"}
                drop.update(g.tok.i for g in found if g.nominal and g.tok.i in objs)
                if lemma == "agree" and _joint_subject(f.tok):
                    # Round 28: "Quito and Bogota agreed to hand back each other's seized trawlers", "the two
                    # sides' envoys agreed to prolong the truce and to reopen the bridge": a release or truce two
                    # parties agree to is their agreement's content, one AGREE between them
                    comps = [c for c in f.tok.children if c.dep_ == "xcomp"]
                    comps += [g for c in comps for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB"]
                    drop.update(g.tok.i for g in found if g.trigger.type in ("RETREAT", "CONCEDE") and any(_heads(g, c) for c in comps))
                if lemma == "invite" and any(f.tok.doc[i].lower_ in self.lex.cue_set("r22_talks_nouns") for i in objs):
                    # Round 22: "invited union leaders to talks": the party invited is asked to negotiate
                    given[f.tok.i] = Trigger("REQUEST", None, f.trigger.words)
            if lemma in self.commissive:
                # "vowed that the army would press on with its offensive": a clause of the act promised, too
                comps = [c for c in f.tok.children if c.dep_ == "xcomp"] or [c for c in f.tok.children if c.dep_ == "ccomp"]
                if comps and any(g is not f and _heads(g, comps[0]) for g in found):
                    drop.add(f.tok.i)
                objs = {c.i for c in f.tok.children if c.dep_ in ("dobj", "obj")}
                drop.update(g.tok.i for g in found if g.nominal and g.tok.i in objs and g.trigger.type in _PLEDGEABLE)
            if f.trigger.words == ("give", "deadline"):
                # "gave Hamas until Sunday to accept the plan": the act demanded is not done
                demanded = self._deadline_act(f.tok)
                if demanded is not None:
                    drop.update(g.tok.i for g in found if g is not f and _heads(g, demanded))
            if f.trigger.type == "MOBILIZE" and lemma in self.order_verbs:
                # "ordered his troops to attack the town", "ordered the army to pull back": the act ordered is the
                # one reading; the forces' deployment alone ("ordered troops to the border") stays MOBILIZE
                comps = [c for c in f.tok.children if c.dep_ == "xcomp"]
                sent_to = any(c.dep_ == "prep" and c.lower_ in _SENT_TO for c in f.tok.children)
                if comps and not sent_to and self._orders_own_forces(f.tok) and any(g is not f and _heads(g, comps[0]) for g in found):
                    drop.add(f.tok.i)
            if lemma in self.offering and f.trigger.type != "SUPPORT":
                # "offered its full support to Azerbaijan": verbal support offered is given, one SUPPORT (the
                # noun's reading); "offered humanitarian aid" stays an offer of aid
                # (read on the verb, whose subject the parse gives through "would continue to offer")
                objs = {c.i for c in f.tok.children if c.dep_ in ("dobj", "obj")}
                offered = next((g for g in found if g.nominal and g.tok.i in objs and g.trigger.type == "SUPPORT"), None)
                if offered is not None:
                    given[f.tok.i] = Trigger("SUPPORT", offered.trigger.mode, f.trigger.words)
                    drop.add(offered.tok.i)
                    continue
            if f.trigger.type == "COERCE" and f.trigger.words == (lemma,) and lemma in self.nominal_negators:
                # "withheld direct intervention": withholding one's own act is that act, negated (the noun's
                # reading, negated by the verb); "withheld aid" keeps a resource from its recipient, coercion
                withheld = {c.i for c in f.tok.children if c.dep_ in ("dobj", "obj")}
                if any(g.nominal and g.tok.i in withheld and g.trigger.type not in _WITHHELD_RESOURCES for g in found):
                    drop.add(f.tok.i)
                    continue
            if f.trigger.type == "CONCEDE" or (_verb_keys(f.tok) & self.nominal_negators and not self._left_open(f.tok)):
                # "suspended its attacks", "cancelled the talks", "lifted the ban": the verb's reading is the one
                direct = [c for c in f.tok.children if c.dep_ in ("dobj", "obj")]
                objs = {c.i for c in direct} | {g.i for c in direct for g in c.children if g.dep_ == "conj"}
                # "suspended new development aid commitments": the noun naming what the object is of, too
                objs |= {g.i for c in direct for g in c.children if g.dep_ == "compound"}
                # "removed most of its tariffs": what the quantity is of
                objs |= {g.i for c in direct for p in c.children if p.dep_ == "prep" and self._quantity_of(c, p)
                         for g in p.children if g.dep_ == "pobj"}
                # but "rejected the UN's call", "rejected Trump's offer": another party's act, made
                drop.update(g.tok.i for g in found if g.nominal and g.tok.i in objs and not self._own_actor(g.tok))
                # "dropped its plan to ban grain imports", "scrapped a bid to raise tariffs": the act planned is
                # what is given up, no act of its own
                drop.update(g.tok.i for g in found if not g.nominal and g.tok.dep_ == "acl" and g.tok.head.i in objs)
            if f.trigger.type == "SANCTION" and f.trigger.words == (lemma,):
                # "froze some of its assistance", "cut development aid commitments": the cooperation halted is the
                # sanction's object, no aid given besides
                direct = [c for c in f.tok.children if c.dep_ in ("dobj", "obj")]
                held = {c.i for c in direct} | {g.i for c in direct for g in c.children if g.dep_ == "compound"}
                held |= {g.i for c in direct for p in c.children if p.dep_ == "prep" and self._quantity_of(c, p)
                         for g in p.children if g.dep_ == "pobj"}
                drop.update(g.tok.i for g in found if g.nominal and g.tok.i in held and g.trigger.type in _WITHHELD_RESOURCES)
            if lemma in self.threat_verbs or f.trigger.type == "THREATEN":
                # "reserved the right to strike": the act infinitive on the threat's object is its content too
                clauses = [c for c in f.tok.children if c.dep_ in ("dobj", "obj")]
                for c in list(f.tok.children) + [a for o in clauses for a in o.children if a.dep_ == "acl"]:
                    if c.dep_ in ("xcomp", "acl") or (c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in MODAL_AUX for a in c.children)):
                        contents.update(g.tok.i for g in found if g is not f and _heads(g, c))
        out = [f for f in found if f.tok.i not in drop] if drop else found
        if retyped or given:
            out = [Found(f.tok, (retyped | given)[f.tok.i], f.nominal, f.anchor) if f.tok.i in retyped or f.tok.i in given else f for f in out]
        return out, contents, set(retyped)

    def _r22_measures(self, found: list[Found]) -> list[Found]:
        """Round 22: a hostile measure named with the word that says it is only threatened, proposed, or the
        alternative of an ultimatum.

        - "to ward off threatened U.S. tariffs", "the union's threatened strike": the noun is a threat of the
          measure by its owner (THREATEN, read on the noun); the participle "threatened" is no threat of its own.
        - "the bloc would propose new sanctions on Russia", "proposed tariffs on Chinese steel": a sanction
          proposed against a party is the proposer's measure (the noun's SANCTION), not an offer; the verb's
          reading goes (``_requested`` keeps the noun).
        - "gave the rebels 48 hours to leave or face decisive measures": a demand whose act is joined by "or
          face ..." also threatens the party (THREATEN, read on the demand's verb); what it would face is the
          threat's content, no act of its own.
        """
        if not found:
            return found
        drop: set[int] = set()
        retyped: dict[int, Found] = {}
        added: list[Found] = []
        threatened = self.lex.cue_set("r22_threatened_modifiers")
        for g in found:
            if g.nominal and g.trigger.type in _THREATENABLE:
                mark = self._threatened_mark(g.tok, threatened)
                if mark is not None:
                    retyped[g.tok.i] = Found(g.tok, Trigger("THREATEN", None, g.trigger.words), True, g.anchor)
                    drop.add(mark.i)
                    continue
                noun = self._threat_noun_of(g.tok)
                if noun is not None:
                    # Round 37: "threats of U.S. military action", "issued threats of sanctions against Minsk": the
                    # act is the threat's content, not done; one THREATEN, read on the act's noun (its owner and
                    # target are the act's), the threat noun's own reading going; a threat with its own owner
                    # ("Trump's threats of tariffs") is read on the threat noun, the content going
                    if any(c.dep_ == "poss" for c in noun.children) and any(h.tok.i == noun.i for h in found):
                        drop.add(g.tok.i)
                        continue
                    retyped[g.tok.i] = Found(g.tok, Trigger("THREATEN", None, g.trigger.words), True, g.anchor)
                    drop.add(noun.i)
                elif g.trigger.type in ("SANCTION", "COERCE") and self._proposed_measure(g):
                    drop.add(g.tok.head.i)
            elif not g.nominal and g.trigger.type in ("REQUEST", "SANCTION") and g.tok.pos_ in ("VERB", "AUX"):
                face = self._ultimatum_alternative(g.tok)
                if face is not None:
                    added.append(Found(g.tok, Trigger("THREATEN", None, (g.tok.lemma_.lower(), face.lemma_.lower())), False, g.tok))
                    drop.update(h.tok.i for h in found if h.nominal and h.tok.head.i == face.i and h.tok.dep_ in ("dobj", "obj"))
        if not drop and not retyped and not added:
            return found
        out = [retyped.get(f.tok.i, f) for f in found if f.tok.i not in drop or f.tok.i in retyped]
        return out + added

    def _threat_noun_of(self, noun: Token) -> Token | None:
        """Round 37: the threat noun whose "of" phrase a measure or attack noun is ("threats of military action",
        "the threat of new sanctions on Iran"), the act being only threatened; None for an act done or any other
        "of" phrase ("the scale of the attack")."""
        t = noun
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "threats of sanctions and military action"
        if t.dep_ != "pobj" or t.head.lower_ != "of":
            return None
        head = t.head.head
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.cue_set("r37t_threat_nouns"):
            return None
        return head

    @staticmethod
    def _threatened_mark(noun: Token, marks: frozenset[str]) -> Token | None:
        """The word "threatened" before a measure noun, as its modifier ("threatened tariffs") or read by the parse
        as a bare participle taking the noun as its object ("avert threatened U.S. tariffs": no subject nor
        auxiliary of its own, only the noun's modifiers between them). A verb joined to another by "and", "or" or a
        comma shares that verb's subject and is a threat made ("imposed duties on steel and threatened tariffs on
        Mexico")."""
        for c in noun.children:
            if c.dep_ == "amod" and c.i < noun.i and c.lower_ in marks:
                return c
        head = noun.head
        if head.i > 0 and noun.doc[head.i - 1].dep_ in ("cc", "punct"):
            return None
        if (noun.dep_ in ("dobj", "obj") and head.i < noun.i and head.lower_ in marks and head.tag_ in ("VBN", "VBD", "JJ")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children)
                and all(t.head.i == noun.i or t.head.head.i == noun.i for t in noun.doc[head.i + 1 : noun.i])):
            return head
        return None

    def _proposed_measure(self, g: Found) -> bool:
        """A sanction or ban that is the object of a verb of proposing and names its target with "on" or "against"
        ("proposed new sanctions on Russia's banks"): the proposer's own measure."""
        head = g.tok.head
        if g.tok.dep_ not in ("dobj", "obj") or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in self.lex.cue_set("r22_proposing_verbs"):
            return False
        return any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in g.tok.children)

    def _ultimatum_alternative(self, verb: Token) -> Token | None:
        """The verb "face" (or "risk") of "or face ..." joined to the act a demand or deadline asks for ("gave them 48
        hours to leave or face arrest", "urged the strikers to return to work or risk dismissal")."""
        alts = self.lex.cue_set("r22_ultimatum_verbs")
        for act in verb.children:
            if act.dep_ not in ("xcomp", "ccomp", "advcl") or act.pos_ not in ("VERB", "AUX"):
                continue
            for c in act.children:
                if c.dep_ == "conj" and c.lemma_.lower() in alts and any(
                        x.dep_ == "cc" and x.lower_ == "or" for x in (*act.children, *c.children)):
                    return c
        return None

    def _responses_with(self, found: list[Found]) -> list[Found]:
        """ "retaliated with counter-tariffs", "would respond with military action", "hit back with drone
        strikes": the act a response is made with is the response, one event of that act's type read on the
        verb of responding (its subject, tense and condition are the act's); the verb's own reading goes."""
        made: dict[int, Found] = {}
        for g in found:
            prep = g.tok.head
            if not g.nominal or g.tok.dep_ != "pobj" or prep.lower_ != "with":
                continue
            verb = prep.head
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.response_verbs and verb.i not in made:
                made[verb.i] = Found(verb, Trigger(g.trigger.type, g.trigger.mode, g.trigger.words), False, verb)
                made[g.tok.i] = made[verb.i]
        if not made:
            return found
        out = [f for f in found if f.tok.i not in made]
        return out + list({id(f): f for f in made.values()}.values())

    def _ceased_hostilities(self, found: list[Found]) -> list[Found]:
        """ "would stop attacking ships", "halted shelling the city": a verb of ceasing with a hostile gerund is a
        concession, CONCEDE, read on the verb of ceasing, like "halt attacks" (no negated attack besides)."""
        out: list[Found] = []
        ceasing: dict[int, Found] = {}
        for g in found:
            head = g.tok.head
            if (not g.nominal and g.trigger.type in ("ASSAULT", "COERCE") and g.tok.tag_ == "VBG" and g.tok.dep_ in ("xcomp", "dobj", "pcomp")
                    and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in self.ceasing):
                ceasing[head.i] = Found(head, Trigger("CONCEDE", None, (head.lemma_.lower(), g.tok.lemma_.lower())), False, head)
                continue
            out.append(g)
        if not ceasing:
            return found
        out = [g for g in out if g.tok.i not in ceasing]
        return out + list(ceasing.values())

    def _halted_cooperation(self, found: list[Found]) -> list[Found]:
        """ "a pause in all US military aid", "the suspension of arms deliveries", "a freeze on trade": a noun of
        halting whose "in/of/on/to" phrase is an aid or cooperation noun is one act, SANCTION (discontinue),
        read on the halting noun; the cooperation noun and any reading of the halting noun go."""
        halts: dict[int, Found] = {}
        for g in found:
            if not g.nominal or g.trigger.type not in ("AID", "COOPERATE"):
                continue
            prep = g.tok.head
            noun = prep.head
            if g.tok.dep_ == "pobj" and prep.lower_ in ("in", "of", "on", "to") and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.halting:
                halts[g.tok.i] = Found(noun, Trigger("SANCTION", "discontinue", (noun.lemma_.lower(),)), True, self._anchor_of_noun(noun))
        if not halts:
            return found
        nouns = {h.tok.i for h in halts.values()}
        out = [f for f in found if f.tok.i not in nouns]
        return [halts.get(f.tok.i, f) for f in out]

    def _reconsidered_support(self, found: list[Found]) -> list[Found]:
        """ "would review its aid to Kigali", "warned it will reconsider its military support": aid, support or
        cooperation that a party will reconsider is a threat to withhold it (THREATEN, read on the verb of
        reconsidering), not the aid. A review already made ("reviewed its aid last year") keeps no event."""
        out: list[Found] = []
        changed = False
        for g in found:
            verb = g.tok.head
            if (g.nominal and g.trigger.type in _WITHHELD_RESOURCES and g.tok.dep_ in ("dobj", "obj")
                    and verb.lemma_.lower() in self.reconsidering):
                changed = True
                if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children) or verb.head.lemma_.lower() in self.threat_verbs:
                    out.append(Found(verb, Trigger("THREATEN", None, (verb.lemma_.lower(),)), False, verb))
                continue
            out.append(g)
        return out if changed else found

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
        # (the climb read off the token attributes and head indices of the run: no Token made for each step)
        attrs = token_attrs(noun.doc)
        heads, deps, lowers = attrs.head, attrs.dep, attrs.lower
        t, top = noun.i, anchor.i
        while t != top and heads[t] != t:
            if deps[t] == "prep" and lowers[t] in _ADJUNCT_PREPS:
                return False
            if deps[t] in ("advcl", "advmod", "npadvmod"):
                return False
            t = heads[t]
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

    def _own_actor(self, noun: Token) -> bool:
        """Does an event noun name its own party ("Trump's offer", "the UN call"), not a pronoun ("its attacks")?"""
        index = noun.doc._.token_mentions or {}
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in index and c.tag_ != "PRP$" for c in noun.children):
            return True
        # Round 27: the party in a "from"/"by" phrase of a request ("brushed off appeals from the church to pardon
        # the strikers", "turned down an appeal by Lisbon"): the request is another's, made (or in the agent phrase
        # of a participle on it: "rejected a demand made by the union's leaders")
        return noun.lemma_.lower() in self.asked_nouns and any(p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by") and g.dep_ == "pobj" and g.i in index
                   for p in (*noun.children, *(a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children))
                   for g in p.children)

    def _left_open(self, verb: Token) -> bool:
        """A negated verb of excluding ("did not rule out", "would not exclude"), or one refused ("refused to rule
        out", "declined to exclude"): what it governs is possible."""
        if not _verb_keys(verb) & self.excluding:
            return False
        return any(c.dep_ == "neg" for c in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.refusing and not any(c.dep_ == "neg" for c in verb.head.children))

    def _left_open_gerund(self, verb: Token) -> bool:
        """A gerund governed by a verb of excluding left open ("did not rule out using force")."""
        return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "obj", "pcomp") and self._left_open(verb.head)

    def _refused_exclusion(self, verb: Token) -> bool:
        """ "refused to rule out force", "declined to exclude sanctions": the refusal leaves the act open, no rejection."""
        return verb.lemma_.lower() in self.refusing and any(c.dep_ == "xcomp" and self._left_open(c) for c in verb.children)


# the parts of speech ``_find`` reads a trigger of (verbs, and nouns: a noun the tagger took for a verb too)
_FIND_POS = frozenset(("VERB", "AUX", "NOUN", "PROPN", "ADV", "ADJ"))


def _in_sum_phrase(noun: Token, sums: set[int]) -> bool:
    """Round 30: is ``noun`` in the "in"/"of" phrase of a sum given by one of the verbs ``sums``?"""
    ups = [noun, *list(noun.ancestors)[:4]]
    for a, b in zip(ups, ups[1:]):
        if b.dep_ == "prep" and b.lower_ in ("in", "of") and a.dep_ == "pobj":
            return any(t.i in sums for t in list(b.ancestors)[:2])
    return False


def _find_index(doc: Doc) -> tuple[TokenAttrs, frozenset[int], bool]:
    """What ``_find`` reads of a whole document, once a run (kept with the token attributes it was read from):
    those attributes, the tokens with both a subject and an object ("nsubj" and "dobj" children: a noun so
    governing is a verb the tagger missed), and whether "jointly" is in the document at all."""
    attrs = token_attrs(doc)
    cached = doc.user_data.get(_FIND_INDEX)
    if cached is None or cached[0] is not attrs:
        dep = attrs.dep
        heads = attrs.head  # (no Token made for each subject and object)
        subj = {heads[i] for i, d in enumerate(dep) if d == "nsubj" and heads[i] != i}
        obj = {heads[i] for i, d in enumerate(dep) if d == "dobj" and heads[i] != i}
        cached = doc.user_data[_FIND_INDEX] = (attrs, frozenset((subj & obj) | _r50b_infinitive_heads(doc, obj)), "jointly" in attrs.lower)
    return cached


def _r50b_summing_charge(noun: Token) -> bool:
    """Round 50: a charge noun set off by a comma after the accusation it sums up ("accused Caracas of moving troops
    to the border, a claim that Caracas rejected"), however the parse hangs it (as the object of the accusation's
    "of"): the denial in its relative clause is the charged party's reply, no circumstance of another act."""
    doc = noun.doc
    i = noun.left_edge.i
    if doc[i].lower_ not in ("a", "an") and i > 0 and doc[i - 1].lower_ in ("a", "an"):
        i -= 1  # ("an allegation Marape rejected": the article parsed as the subject's)
    return i > 0 and doc[i].lower_ in ("a", "an") and doc[i - 1].text == ","


def _r50b_infinitive_heads(doc: Doc, obj: set[int]) -> set[int]:
    """Round 50: the words the tagger took for an adverb, adjective or noun that head an infinitive with an object
    ("voted on Tuesday to authorise a stabilisation force", the small model tagging the British "-ise" spelling an
    adverb): a word with the infinitive's "to" and a direct object is the verb the tagger missed."""
    return {h for h in obj if doc[h].pos_ in ("ADV", "ADJ", "NOUN")
            and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < h for c in doc[h].children)}


# What ``_find_index`` read, kept in ``user_data`` under this key with the token attributes of its run.
_FIND_INDEX = "eventcoder.find_index"


def _padded(words: frozenset[str], minus: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of a cue set (less those in ``minus``), each with a space on either side (" rigged "), made once for
    each set: the label readers look them up in a space-joined text, some hundred words for every reported clause."""
    key = (words, minus)
    got = _PADDED.get(key)
    if got is None:
        if len(_PADDED) > 512:
            _PADDED.clear()
        got = _PADDED[key] = tuple(f" {w} " for w in words if w not in minus)
    return got


# The padded words ``_padded`` made, by cue set (and the set left out).
_PADDED: dict[tuple[frozenset[str], frozenset[str]], tuple[str, ...]] = {}


def _sentence_words(tok: Token) -> frozenset[str]:
    """The lower-cased lemmas and forms of the sentence of ``tok``, read once a sentence and run."""
    doc = tok.doc
    attrs = token_attrs(doc)
    cached = doc.user_data.get(_SENTENCE_WORDS)
    if cached is None or cached[0] is not attrs:
        cached = doc.user_data[_SENTENCE_WORDS] = (attrs, {})
    by_start: dict[int, frozenset[str]] = cached[1]
    sent = sent_of(tok)
    words = by_start.get(sent.start)
    if words is None:
        words = by_start[sent.start] = frozenset(attrs.lemma[sent.start : sent.end]) | frozenset(attrs.lower[sent.start : sent.end])
    return words


# The words ``_sentence_words`` read, by sentence start, kept in ``user_data`` under this key with the token attributes of its run.
_SENTENCE_WORDS = "eventcoder.sentence_words"


def _joint_subject(verb: Token) -> bool:
    """Round 28: is the verb's subject (or, with none of its own, that of the verb it is joined to) two parties
    coordinated ("Quito and Bogota agreed", "Thai and Cambodian officers talked for hours and agreed")?"""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj:
            # the subject itself coordinated, or its possessor or modifier ("Peruvian and Chilean negotiators",
            # "the two sides' envoys"), or the parties of a plural subject ("the envoys of Peru and Chile"); not a
            # coordination inside a name (review of round 28: "the head of the Department of Justice and Security
            # agreed to free them" is one party)
            s = subj[0]
            heads = [s, *(c for c in s.children if c.dep_ in ("poss", "amod", "compound", "nmod"))]
            if s.tag_ in ("NNS", "NNPS"):
                heads += [g for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            return any(c.dep_ == "conj" or (c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both"))
                       for h in heads for c in h.children)
        if v.dep_ != "conj":
            return False
        v = v.head
    return False


def _heads(f: Found, clause: Token) -> bool:
    """Is ``f`` the act of the clause headed by ``clause`` (its verb, or an event noun it governs as an argument)?"""
    if f.tok.i == clause.i:
        return True
    return f.nominal and f.anchor.i == clause.i and TriggerFinder._argument_of(f.tok, clause)


def _dated_phrase(prep: Token) -> bool:
    """Is a preposition's object a date or a time ("on Tuesday", "in March", "at dawn")?"""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)

