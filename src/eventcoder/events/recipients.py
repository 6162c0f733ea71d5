"""Reading the recipient of an event when the clause names none directly.

``RecipientReader`` is the recipient half of :class:`~eventcoder.events.roles.RoleReader`: parties deeper
in the object phrase, places and the states they lie in, hosts of visits, addressees of requests and
threats, parties of conditions and of answered acts, earlier acts named again ("condemned the launch"),
retaliation, and the objects of purpose clauses ("fired tear gas to disperse protesters").
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors.registry import get_registry
from ..models import Mention
from ..nlp import char_span, entity_at, lower_lemmas, sent_of, token_attrs
from .lexicon import Lexicon, Trigger
from .modality import denial_verbs
from .places import lookup_place, patron_name, place_noun_state, whole_name
from .syntax import SUBJ, RoleCache, actor_mentions, mention_index, name_like, role_cache, same_party

if TYPE_CHECKING:
    from .roles import Found

# acts that answer the other side of the sentence: "X did A after Y agreed to B" -> Y agrees with X; and a
# withdrawal the other side's act follows: "rebels entered the town after the army pulled out" -> the army
# retreats from the rebels
_ANSWERING = frozenset({"AGREE", "CONCEDE", "RETREAT"})
_ANSWER_MARKS = frozenset({"after", "once", "when"})
# marks of a clause told beside another as happening at the same time (round 28)
_CONCURRENT_MARKS = frozenset({"as", "while", "whereas"})

# hostile acts a state's organ may aim at another part of its own state (police -> opposition, courts -> media)
_DOMESTIC_TARGETS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE"})
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
# where a deeper recipient may hang, beyond the type's recipient prepositions: "suspended aid to Rwanda"
# (what a sanction stops flowing goes to its target), "deposited $3 billion in Pakistan's central bank"
# "a pause in aid to Ukraine", "the suspension of arms sales to Turkey": what a measure halts names its target
_DEEP_PREPS = {"SANCTION": frozenset({"to", "in", "of"}), "AID": frozenset({"in"})}
# speech acts aimed at a party, whose participle after a clause may name that clause's party by a description
_DIRECTED_SPEECH = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# pronouns that may stand for an earlier act or document ("rejected it", "condemned them")
_ANAPHORS = frozenset({"it", "this", "that", "them", "these", "those"})
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
# Round 39: acts that answer a proposal, offer or demand, whose author is their recipient
_ANSWERING_OFFERS = frozenset({"REJECT", "SUPPORT", "AGREE", "ACCUSE"})
# Round 39: words that set an act back in time as the background of another ("days after a visit", "since the coup")
_BACKGROUND_WORDS = frozenset({"after", "before", "since", "following", "until"})
# the reactions whose pronoun object may stand for an earlier act
# society's crowds: no doers of an armed operation ("the offensive" is not the rioters' attack told after it)
_CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "AGR"})

_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONCEDE", "PROTEST"})
# measures a state takes against bodies of its own ("banned a newspaper", "dissolved the broadcaster")
_DOMESTIC_MEASURES = frozenset({"COERCE", "SANCTION"})
# acts of taking whose "from" phrase names the loser ("recaptured the town from the rebels")
_TAKING_TYPES = frozenset({"ASSAULT", "COERCE"})
# hostile acts whose coordinated actors are allies, not each other's recipients ("Polish and NATO aircraft shot
# down drones ...": look deeper for the target, as for one actor); nor are the co-signers of a condemnation,
# demand or warning ("France and Germany condemned attacks by settlers": the attackers are its target)
_ALLIED_ACTS = frozenset({"ASSAULT", "SANCTION", "ACCUSE", "REQUEST", "THREATEN"})
# the sectors of a state's own organs, which an armed group of that state fights or bargains with
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
_FORCE_SECTORS = _STATE_SECTORS - {"GOV"}  # a state's armed forces and police
# the nouns that sum up what a speaker said, and the verbs whose content they sum up (cues.yaml, round 23)
_SAID_ACT_NOUNS = ("r23_said_act_nouns", "r21_claim_nouns", "anaphoric_act_nouns")
_CLAIMING_VERBS = ("reporting_verbs", "allegation_verbs", "threat_verbs", "commissive_verbs", "naming_verbs",
                   "r23_claiming_verbs")


def _cue_union(lex: Lexicon, names: tuple[str, ...]) -> frozenset[str]:
    """The union of several cue lists, built once per lexicon (cached beside its own cue sets)."""
    key = "+".join(names)
    got = lex._cue_sets.get(key)
    if got is None:
        got = lex._cue_sets[key] = frozenset().union(*(lex.cue_set(n) for n in names))
    return got
# acts done under an accord with the other side, whose recipient that side is ("withdrew under a truce with X")
_UNDER_ACCORD = frozenset({"AGREE", "CONCEDE", "RETREAT", "COOPERATE", "SUPPORT", "AID", "CONSULT", "RELEASE"})
_LOCATING_PREPS = frozenset({"to", "in", "near", "inside", "across", "around", "into", "at"})

# acts that leave someone held: the side that did the latest is whom a call for the captives' release is made to
_HOLDING_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})

# review of round 49: the prepositions of an act done on or along a route ("attacked convoys on the highways from X")
_ROUTE_PREPS = frozenset({"on", "along", "near", "via", "across", "at"})

# prepositions naming what a complaint is about
_GRIEVANCE_PREPS = frozenset({"over", "about"})


# sectors of a society that dispute with their own state's organs or with each other ("the opposition accused
# the ruling party ... The ruling party dismissed the claims"): a party of the same state, yet another side
_RIVAL_SECTORS = frozenset({"OPP", "PTY", "REB", "CVL", "LAB", "JRN", "EDU", "REL", "BUS", "UAF"})


def _domestic_rival(m: Mention, actors: list[Mention]) -> bool:
    """Is ``m`` another side of the actors' own state: a different sector, one of them a society sector?"""
    return bool(actors) and not same_party(m, actors) and all(
        m.sector != a.sector and (m.sector in _RIVAL_SECTORS or a.sector in _RIVAL_SECTORS) and m.sector and a.sector
        for a in actors)


# acts aimed at whom they address or refuse (not at a party that answers in a clause of its own)
_ADDRESSED_OR_REFUSED = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})

# dependents that open a clause of their own below a noun
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis"})

# named-entity kinds that are never a place, though a town may bear the name ("in March", "on May 1")
_NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _own_state(m: Mention, actors: list[Mention]) -> bool:
    """Is ``m`` the actors' own state named as a whole, when they are all its society ("Caracas freed 30
    activists ... The opposition welcomed the releases": the state's act, answered by its opposition)?"""
    return bool(actors) and m.kind == "state" and "." not in m.key and all(
        a.key.split(".")[0] == m.key and a.sector in _RIVAL_SECTORS for a in actors)


# the charges read for the document coded last, with the role cache they were read under (``_charge_clause``)
_CHARGES: list[tuple[RoleCache, dict[int, set[int]]]] = []



def _outside_bloc(ms: list[Mention], actors: list[Mention]) -> list[Mention]:
    """Round 39. The mentions that are neither members of an actor's bloc nor a bloc an actor belongs to (the Alliance
    of Sahel States and Mali are one side: Mali's deed is no act the alliance answers)."""
    if not ms:
        return ms
    reg = get_registry()
    tops = {a.key.split(".")[0] for a in actors}
    members: set[str] = set()
    for t in tops:
        ent = reg.entity(t)
        if ent is not None and ent.members:
            members |= set(ent.members)
    out = []
    for m in ms:
        top = m.key.split(".")[0]
        ent = reg.entity(top)
        if top in members or (ent is not None and tops & set(ent.members)):
            continue
        out.append(m)
    return out

class RecipientReader:
    """Mixin: the recipient fallbacks of the role reader (which provides the phrase and subject readers)."""

    lex: Lexicon
    act_nouns: frozenset[str]
    convene: frozenset[str]
    destination_preps: frozenset[str]
    force_nouns: frozenset[str]
    lends_subject: frozenset[str]

    if TYPE_CHECKING:

        def _noun_trigger(self, tok: Token) -> Trigger | None: ...

        def _mentions_in(self, doc: Doc, tok: Token, deep: bool = True) -> list[Mention]: ...

        def _subject(self, verb: Token) -> tuple[list[Token], bool]: ...

        def _agent(self, verb: Token) -> list[Token]: ...

        def _prep_objects(self, head: Token, preps: frozenset[str]) -> list[Token]: ...

    def _sent_forces(self, verb: Token) -> list[Token]:
        """The armed force a verb the act governs sends: "vowed to deploy soldiers to the frontier", "threatened to
        send its army into Chad" (not what else is moved: "pledged to move its archives to Lisbon")."""
        sending = self.lex.cue_set("force_sending_verbs")
        return [o for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in sending
                for o in c.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in self.force_nouns]

    def _deep_recipient(self, doc: Doc, f: Found, preps: frozenset[str], actors: list[Mention]) -> list[Mention]:
        """The party named deeper in the act's object or recipient phrase, or in the object of the act it
        governs: "attacked a military base in Arauca", "struck a boat carrying drugs from Venezuela",
        "refused to allow UN investigators into the country", "massed troops near its border with Ukraine",
        "a ban on the sale of Russian and Belarusian grain" (a demonym inside the phrase names the state)."""
        index: dict[int, Mention] = mention_index(doc)
        own = {a.key for a in actors} | {a.key.split(".")[0] for a in actors}
        verb = f.tok
        near = preps | {"near", "toward", "towards", "into"}
        charge: set[int] = set()
        if f.nominal:
            # the noun's own recipient phrase ("a ban on ...", "strikes on what it described as ...")
            # (or on the light verb that carries it: "carried out strikes on what it called hideouts in X")
            heads = [g for c in [*verb.children, *(f.anchor.children if f.anchor.i != verb.i else ())]
                     if c.dep_ == "prep" and c.lower_ in near - {"by", "from"} for g in c.children if g.dep_ in ("pobj", "pcomp")]
        else:
            # (and a passive subject: "one of its vessels was rammed" -> the owner of "its")
            heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "nsubjpass")]
            heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in near
                      for g in c.children if g.dep_ in ("pobj", "pcomp")]
            # "refused to allow X": the object of the governed verb (not for intent verbs, whose act is coded)
            # (not the actor's own force a governed verb sends: "vowed to send Chadian troops to the border")
            sent = self._sent_forces(verb)
            heads += [o for c in verb.children if c.dep_ == "xcomp" for o in c.children if o.dep_ in ("dobj", "obj")
                      and all(o.i != x.i for x in sent)]
            if f.trigger.type == "ACCUSE":
                # (not the charge: "accused it of serving foreign banks" tells what it did, not whom it is made
                # against)
                charge = self._charge_clause(doc, verb)
        event = {t.i for t in verb.subtree} if f.nominal else set()
        charging = self.lex.cue_set("r26r_charging_participles") if f.trigger.type != "ACCUSE" else frozenset()
        state_agents = self.lex.cue_set("r27r_state_agent_nouns")
        joining = self.lex.cue_set("r27r_membership_verbs")
        attrs = token_attrs(doc)
        dep = attrs.dep
        for h in heads:
            sub = list(h.subtree)
            # the tokens inside a "by" agent phrase below the head (as ``_in_agent`` reads them)
            agent = {g.i for a in sub if a.i != h.i and dep[a.i] == "agent" for g in a.subtree}
            # a relative clause set off by a comma on a noun that is no party comments on that noun, it does not
            # tell whom the act is aimed at: "condemned the raids, which it said were meant to frighten Benin" (one on
            # a party still names it, and so does one that tells which thing: "downed drones that entered Latvia")
            agent |= {g.i for a in sub if dep[a.i] == "relcl" and a.head.i not in index and a.left_edge.i > 0
                      and doc[a.left_edge.i - 1].text == "," for g in a.subtree}
            # round 26: the charge a participle on a noun of the phrase gives is what that one is said to have done,
            # not whom the act is aimed at: "jailed a blogger convicted of writing for an exiled outlet", "detained a
            # reporter accused of working for a foreign broadcaster" (review of round 26: but a charge is what an
            # accusation is made about, so its party is still an ACCUSE event's target, and a state's own agents are
            # that state: "expelled two diplomats suspected of spying for Moscow" is aimed at Moscow, and so are members charged
            # with fighting for a group: "arrested two men accused of fighting for al-Shabaab" is aimed at the group)
            if charging:
                agent |= {g.i for a in sub if dep[a.i] == "acl" and a.lemma_.lower() in charging
                          and a.head.lemma_.lower() not in state_agents for p in a.children
                          if dep[p.i] == "prep" and p.lower_ in ("of", "with", "for")
                          and not any(c.lemma_.lower() in joining for c in p.children) for g in p.subtree}
            # round 49: the ends a route noun's "from" or "to" phrase names are where the route runs, not whom an act
            # on it hits: "torched tankers on the main highways from Senegal and Ivory Coast" (r49b_route_nouns)
            agent |= self._r49b_route_ends(sub)
            for t in sub:
                if dep[t.i] == "relcl" or (t.i in event and h.i not in event) or t.i in agent or t.i in charge:
                    continue  # not the event noun's own phrase from the light verb's side, nor a "by" agent
                if t.i not in index:
                    # a place the resolver kept out of the parties: "near its border with Ukraine"
                    placed = self._place_state(doc, t) if t.i != h.i and attrs.pos[t.i] == "PROPN" else []
                    if placed and placed[0].key not in own and not self._in_installation(t, h):
                        return placed
                    continue
                found = index[t.i]
                if found.via == "location" and found.kind == "group":
                    continue  # "troops near X": a group the resolver placed by a location is not named here
                m = self._placed(found, doc)
                if m is not found and self._in_installation(t, h):
                    continue  # "the al-Tanf garrison": a place naming a base does not name whose base it is
                if m.key not in own and m.key.split(".")[0] not in own and m.kind != "alliance":
                    # "Russian and Belarusian grain": each coordinated party
                    more = [index[c.i] for c in t.conjuncts if c.i > t.i and c.i in index]
                    return [m] + [x for x in more if x.key.split(".")[0] not in own and x.key != m.key]
        return []

    def _r49b_route_ends(self, sub: list[Token]) -> set[int]:
        """Round 49: the tokens of the "from"/"to" phrases on a road, highway or route noun among ``sub``: the
        places a route runs between ("attacked convoys on the roads from Senegal", "the highway to the border") are
        no party of an act done on it; the state the route is in is read by the place rules."""
        routes = self.lex.cue_set("r49b_route_nouns")
        # (review: only a route the act is done on or along; a route that is the act's object keeps its ends: "blocked
        # the only road to Armenia")
        return {g.i for t in sub if t.lemma_.lower() in routes and t.pos_ == "NOUN" and t.dep_ == "pobj"
                and t.head.lower_ in _ROUTE_PREPS for p in t.children
                if p.dep_ == "prep" and p.lower_ in ("from", "to") for g in p.subtree}

    def _charge_clause(self, doc: Doc, verb: Token) -> set[int]:
        """The tokens of the charge an accusing verb makes: a gerund clause after a preposition on the verb or on its
        object ("accused its neighbours of using the trade bloc to squeeze Minsk", "blamed the rebels for
        shelling Malian villages") tells what the accused did; it does not name whom the charge is made against.
        Read once for each verb while the document's role cache lasts (do not change the set)."""
        cache = role_cache(doc, self)
        if not _CHARGES or _CHARGES[0][0] is not cache:
            _CHARGES[:] = [(cache, {})]
        table = _CHARGES[0][1]
        found = table.get(verb.i)
        if found is None:
            found = table[verb.i] = self._read_charge(doc, verb)
        return found

    @staticmethod
    def _read_charge(doc: Doc, verb: Token) -> set[int]:
        """The tokens of the charge (see ``_charge_clause``)."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        out = {g.i for h in [verb, *objs] for p in h.children if p.dep_ == "prep" for t in p.children
               if t.dep_ == "pcomp" and t.pos_ == "VERB" for g in t.subtree}
        index = mention_index(doc)
        accused = [o for o in objs if o.tag_ == "PRP" or o.pos_ == "PROPN" or o.i in index]
        if accused:
            # with a party as the object, "of" and "for" name the charge whatever it is ("accusing them of ties to
            # the ELN", "blamed the army for the deaths of Kenyan fishermen"; not "condemned a wave of attacks by
            # settlers", where "of" is the object's own)
            out |= {g.i for h in [verb, *accused] for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                    for g in p.subtree}
        return out

    def _shared_recipient(self, doc: Doc, verb: Token, preps: frozenset[str], actors: list[Mention],
                          participle: bool = False) -> list[Mention]:
        """The party of the verb a subjectless conjunct is joined to: "Germany apologised to Namibia and agreed
        to fund projects", "the group blamed Israel and vowed revenge" (one actor's answer to one party); with
        ``participle``, of the clause a speech act's participle is set off from: "Congo cut ties with Rwanda,
        accusing its neighbour of aggression" (the party it names by a description)."""
        if participle and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
            hosts = [verb.head] + ([verb.head.head] if verb.head.dep_ == "conj" and verb.head.head.pos_ == "VERB" else [])
        elif verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        elif self._prep_objects(verb, preps):
            # a conjunct that names its own addressee, even one no party resolves ("trucked flour to a camp
            # near Goma and pleaded with donors"), does not borrow the other verb's
            return []
        elif any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.act_nouns for c in verb.children):
            # nor one that names an act as its object: that act's author is its party ("sided with Hanoi and termed
            # the Chinese decision reckless")
            return []
        else:
            hosts = [verb.head]
        for head in hosts:
            heads = [c for c in head.children if c.dep_ in ("dobj", "obj", "dative")]
            heads += [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps | {"to", "with"}
                      for g in c.children if g.dep_ == "pobj"]
            if participle:
                # "cut ties with Rwanda, accusing ...", "recalled its envoy from Kigali, accusing ...": the
                # partner of the object, or the state of the place named
                heads += [g for o in heads if o.dep_ in ("dobj", "obj")
                          for c in o.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
                heads += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
            found = [m for h in heads for m in (self._party(doc, h) if participle else self._mentions_in(doc, h, deep=False))
                     if not same_party(m, actors)]
            if found:
                return found
        return []

    def _raised_object(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """The object shared by a verb with none and the later verb it is joined to: "police beat and deported
        hundreds of migrants", "troops detained and tortured two activists" (both acts fall on the one object).
        Not when the later verb has its own subject ("police beat them and the crowd fled")."""
        if any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp") for c in verb.children):
            return []
        for conj in role_cache(doc, self).later_conjuncts(verb):
            if conj.pos_ != "VERB" or any(c.dep_ in SUBJ or c.dep_ == "nsubjpass" for c in conj.children):
                return []
            objs = [c for c in conj.children if c.dep_ in ("dobj", "obj")]
            if objs:
                return [m for o in objs for m in self._mentions_in(doc, o) if not same_party(m, actors)]
        return []

    def _sole_party(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """The one other party the sentence names, for an act with none found in its own phrases: "a wave of
        Russian strikes on power plants left Ukraine in the dark", "Chinese vessels rammed a Philippine patrol
        boat", "would not attend talks unless the rebels withdrew". Only when exactly one party besides the
        actors' own is named (not a place, not an unresolved name); of a party named several ways ("Manila", "a
        Philippine boat") the mention nearest the act. A reporter outside the act's clause ("..., Reuters said")
        does not count, nor one inside the actor's own phrase."""
        index: dict[int, Mention] = mention_index(doc)
        sent = sent_of(f.tok)
        reporter = self._reporter_tokens(f)
        verb = f.anchor if f.nominal else f.tok
        if not f.nominal:
            # a party named inside the actor's own phrase describes the actor: "jihadists linked to al-Qaeda"
            subj, passive = self._subject(f.tok)
            reporter |= {g.i for x in (self._agent(f.tok) if passive else subj) for g in x.subtree}
        elif f.tok.dep_ in ("dobj", "obj") and f.tok.head.i == verb.i and f.trigger.type in _DIRECTED_SPEECH:
            # whoever answers a request or threat is its addressee only as the answer rule reads it (a rejecter is,
            # a backer is not: "Hungary backed the EU's call for a truce"); but whoever condemns an attack may be
            # its target ("Taiwan condemned China's drills around the island")
            reporter |= {g.i for x in self._subject(verb)[0] for g in x.subtree}
        if f.nominal:
            # the phrase that names the actor describes it, whatever it names beside ("the al-Qaeda-linked JNIM,
            # which announced a blockade", "an Iran-backed militia claimed the attack"): when the act's actor is
            # the verb's subject, that phrase (without its clauses) is no other party
            starts = {a.start for a in actors}
            for x in self._subject(verb)[0]:
                if x.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                    x = verb.head  # the antecedent of "which": "JNIM, which announced a blockade"
                phrase = {x.i} | {g.i for c in x.children if c.dep_ not in _CLAUSE_DEPS for g in c.subtree}
                if any(doc[i].idx in starts for i in phrase):
                    reporter |= phrase
        # a party in the act's purpose clause is whom that clause acts on, read by the purpose rules: "deployed
        # police to protect Somali refugees" (not a target)
        # (an infinitive after an object is one: "sent troops to ..."; one without is what the verb says: "agreed to
        # let inspectors return")
        has_obj = any(c.dep_ in ("dobj", "obj") for c in verb.children)
        reporter |= {g.i for c in verb.children if (c.dep_ == "advcl" or (c.dep_ == "xcomp" and has_obj)) and c.pos_ == "VERB"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for g in c.subtree}
        if not f.nominal:
            # a relative clause on a noun of the act's phrase tells of that noun, the parties in it are not the act's
            # "deplored the arrests, which it called a bid to silence Bolivia"
            reporter |= {g.i for t in verb.subtree if t.dep_ == "relcl" and t.i != verb.i and t.head.i not in index
                         for g in t.subtree}
            if f.trigger.type == "ACCUSE":
                reporter |= self._charge_clause(doc, verb)  # (the charge: "accused them of ties to the ELN")
            # what the actor goes on to say in a verb joined after the act tells of others: "accused him of stirring
            # panic and said the water board had found no cholera"
            reporting = self.lex.cue_set("reporting_verbs")
            reporter |= {g.i for c in role_cache(doc, self).later_conjuncts(verb) if c.lemma_.lower() in reporting
                         and not any(s.dep_ in SUBJ + ("nsubjpass",) for s in c.children) for g in c.subtree}
        # the force a governed verb sends is the actor's own, wherever it goes: "threatened to send troops into X"
        reporter |= {g.i for o in self._sent_forces(verb) for g in o.subtree}
        # round 26: a participle set off after the act that tells the reaction it drew holds those who react, not
        # the act's target: "clashed with rebels on Tuesday, prompting the UN to call for a truce", "arrested the
        # editor, drawing criticism from the EU"
        # (review of round 26: "lead" only with the reaction it leads to, "leading Syria to close the border", not
        # "leading a delegation")
        drawing = self.lex.cue_set("r26r_reaction_drawing_verbs")
        reporter |= {g.i for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and c.i > verb.i and c.tag_ == "VBG"
                     and c.lemma_.lower() in drawing and (c.lemma_.lower() != "lead" or any(x.dep_ == "xcomp" for x in c.children))
                     for g in c.subtree}
        # the subject of a clause that only places something by the act in time did nothing to its parties: "The
        # decision follows weeks after rebels seized the mine", "This happened as police raided a church" (a pronoun
        # or an act noun only: a party that "came under fire after rebels ambushed it" is the act's target)
        placing = verb.head if verb.dep_ == "advcl" else verb.head.head if verb.dep_ == "pcomp" else None
        if placing is not None and placing.lemma_.lower() in self.lex.cue_set("r23_time_placing_verbs"):
            reporter |= {g.i for c in placing.children if c.dep_ in SUBJ and self._placed_thing(c) for g in c.subtree}
        if f.trigger.type in _ADDRESSED_OR_REFUSED:
            # the subject of a clause coordinated after a demand, threat, charge or refusal does an act of its own,
            # it is not the one addressed: "Quito refused the offer, and Lima said it would wait" (a clause before
            # may tell the act answered: "the EU imposed tariffs, and Beijing vowed countermeasures")
            reporter |= {g.i for c in verb.conjuncts if c.i > verb.i and c.pos_ in ("VERB", "AUX")
                         and any(s.dep_ in SUBJ + ("nsubjpass",) for s in c.children) for g in c.subtree}
        # round 28: the subject of a clause set beside the act by "as" or "while" does an act of its own at the same
        # time, it is not the one acted on: "gunmen stormed a village, police said, as the governor appealed for
        # calm", "sent rescue teams while the EU pledged funds"
        lemmas = lower_lemmas(doc)
        marks = [doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _CONCURRENT_MARKS]
        reporter |= {g.i for m in marks if m.dep_ == "mark" and m.head.dep_ == "advcl"
                     and not m.head.left_edge.i <= verb.i <= m.head.right_edge.i
                     for s in m.head.children if s.dep_ in SUBJ for g in s.subtree}
        # round 49: nor the ends of a route ("on the highways from Senegal"): where a route runs, not a party
        reporter |= self._r49b_route_ends(list(sent))
        found: dict[str, list[tuple[int, Mention]]] = {}
        seen: set[int] = set()
        for i in range(sent.start, sent.end):
            m = index.get(i)
            if m is None or id(m) in seen or i in reporter:
                continue
            seen.add(id(m))
            if m.via == "location" or m.kind in ("unresolved", "alliance") or same_party(m, actors):
                continue
            if any(a.key.split(".")[0] == m.key.split(".")[0] for a in actors) and (
                    "." not in m.key or f.trigger.type not in _DOMESTIC_TARGETS):
                continue  # (another organ of the actor's state only for a measure against it: police -> opposition)
            found.setdefault(m.key.split(".")[0], []).append((abs(i - f.tok.i), m))
        if len(found) != 1:
            return []
        return [min(next(iter(found.values())), key=lambda x: x[0])[1]]

    def _reporter_tokens(self, f: Found) -> set[int]:
        """Token indices of whoever reports the act: the subjects of the report verbs above its clause ("X
        said that ...") or set off after it ("..., X said")."""
        reporting = self.lex.cue_set("reporting_verbs")
        out: set[int] = set()
        verb = f.anchor if f.nominal else f.tok
        t = verb
        while t.dep_ != "ROOT" and t.head.i != t.i:
            if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in reporting:
                out |= {g.i for c in t.head.children if c.dep_ in SUBJ for g in c.subtree}
            t = t.head
        for c in verb.children:
            if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and c.lemma_.lower() in reporting:
                out |= {g.i for s in c.children if s.dep_ in SUBJ for g in s.subtree}
        return out

    def _own_body(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """An unnamed body of the actor's own state that a measure falls on: "Iran's judiciary banned a reformist
        newspaper" -> IRN.JRN, "the government dissolved the public broadcaster" (a state's measures against
        an unnamed newspaper, broadcaster, union, party are about its own)."""
        index: dict[int, Mention] = mention_index(doc)
        home = next((a.key.split(".")[0] for a in actors if a.kind == "state"), None)
        roles = get_registry().roles
        if home is None:
            return []
        for o in verb.children:
            if o.dep_ not in ("dobj", "obj") or o.i in index or any(t.i in index for t in o.subtree):
                continue
            role = roles.get(o.lower_) or roles.get(o.lemma_.lower())
            if role is not None and role.kind == "body" and role.country is None:
                key = f"{home}.{role.sector}"
                return [Mention(o.idx, o.idx + len(o.text), o.text, key, home, role.sector, None, "location", "group")]
        return []

    @staticmethod
    def _in_agent(t: Token, top: Token) -> bool:
        """Is ``t`` inside a "by" agent phrase below ``top`` ("talks mediated by China": a third party)?"""
        while t.i != top.i and t.head.i != t.i:
            if t.dep_ == "agent":
                return True
            t = t.head
        return False

    def _names_installation(self, doc: Doc, m: Mention) -> bool:
        span = char_span(doc, m.start, m.end)
        return span is not None and self._in_installation(span.root, sent_of(span.root).root)

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
    def _placed(m: Mention, doc: Doc | None = None) -> Mention:
        """An unresolved name that is a known place stands for its state as a target ("a base in Arauca"); a
        name the tokenizer split at its hyphens only as a whole ("Croix-des-Bouquets", not "Croix")."""
        if m.kind != "unresolved":
            return m
        name = m.entity_text
        sp = char_span(doc, m.start, m.end) if doc is not None else None
        if sp is not None:
            if patron_name(sp):
                return m
            name = whole_name(sp).text
        p = lookup_place(name)
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
            found = [self._placed(m, doc) for m in self._party(doc, p)]
            if found:
                return found
        return []

    @staticmethod
    def _own(doc: Doc, noun: Token, actors: list[Mention]) -> bool:
        """Is the noun possessed by a pronoun that stands for the actor ("its ambassador", "their troops")?"""
        index: dict[int, Mention] = mention_index(doc)
        tops = {a.key.split(".")[0] for a in actors}
        return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.i in index and index[c.i].key.split(".")[0] in tops
                   for c in noun.children)

    def _located_target(self, doc: Doc, tok: Token, nominal: bool, preps: frozenset[str],
                        homes: frozenset[str] = frozenset()) -> list[Mention]:
        """The state where the attacked object lies: "struck an oil refinery in Russia's Ryazan region",
        "strikes on military sites across Syria"; a base or garrison only in a state whose own insurgents
        (``homes``) attack it ("rebels overran an army base in the Kidal region")."""
        heads = [] if nominal else [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        heads += self._prep_objects(tok, preps | _LOCATING_PREPS)
        hosted = self.lex.cue_set("installation_nouns")
        for h in heads:
            ends = self._r49b_route_ends(list(h.subtree))  # round 49: not a route's ends ("highways from Senegal")
            installation = h.lemma_.lower() in hosted
            if installation and not (homes and self._state_forces_word(h)):
                # "a garrison in Syria", "an air base in Iraq" may be another state's: its place does not name the
                # target; "an army base", "a military camp" is the state's own
                continue
            # round 49: nor the speaker of a clause on the object: "sank a boat Washington said was carrying drugs"
            ends |= self._r49b_clause_speakers(h)
            for t in h.subtree:
                if t.i in ends:
                    continue
                found = self._place_noun_state(doc, t) or self._flag_state(doc, t)
                if not found and name_like(t):
                    found = self._place_state(doc, t)
                if found and installation and found[0].key not in homes:
                    break
                if found:
                    return self._placed_force(h, t, found)
        return []

    def _r49b_clause_speakers(self, h: Token) -> set[int]:
        """Round 49: the tokens of the subjects of reporting verbs in clauses on ``h`` ("a boat Washington said was
        carrying drugs", "the depot that Kyiv says stored fuel"): who says something of the object is no place."""
        reporting = self.lex.cue_set("reporting_verbs")
        return {g.i for t in h.subtree if t.i != h.i and t.lemma_.lower() in reporting and t.pos_ == "VERB"
                for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.subtree}

    def _placed_thing(self, subj: Token) -> bool:
        """Is a time-placing verb's subject a thing that can only be placed in time, a pronoun or an act noun ("it",
        "this", "the move", "the proposal"), rather than a party?"""
        lemma = subj.lemma_.lower()
        return (subj.pos_ == "PRON" or lemma in self.act_nouns or lemma in self.lex.cue_set("anaphoric_act_nouns")
                or self._noun_trigger(subj) is not None)

    def _placed_force(self, noun: Token, place: Token, found: list[Mention]) -> list[Mention]:
        """The state's force that the target's own modifier names, of the state where the target lies: "fired on
        border guard posts outside Herat" -> Afghanistan's border police, "shelled army positions in the south of
        Kordofan" -> Sudan's army; the state alone otherwise, and when the place is reached through a word that
        does not locate ("army posts along the frontier with Chad" may be either side's)."""
        if len(found) != 1 or found[0].kind != "state" or "." in found[0].key:
            return found
        locating = self.lex.cue_set("r24_locating_preps")
        t = place
        while t.i != noun.i and t.head.i != t.i:
            if t.dep_ == "prep" and t.lower_ not in locating:
                return found
            t = t.head
        sector = self._force_modifier(noun)
        if sector is None:
            return found
        m = found[0]
        return [Mention(m.start, m.end, m.entity_text, f"{m.key}.{sector}", m.code, sector, m.name, "role", "group", True)]

    @staticmethod
    def _force_modifier(noun: Token) -> str | None:
        """The sector of a state's force a word before the noun names ("army positions" -> MIL, "police lines"
        -> COP), if any."""
        roles = get_registry().roles
        for c in noun.children:
            if c.i < noun.i and c.dep_ in ("amod", "compound"):
                if c.lemma_.lower() in ("military", "army"):
                    return "MIL"
                if c.lower_ in roles and roles[c.lower_].sector in _FORCE_SECTORS:
                    return roles[c.lower_].sector
        return None

    @classmethod
    def _state_forces_word(cls, noun: Token) -> bool:
        """Does a word before the noun name a state's forces ("an army base", "a military camp")?"""
        return cls._force_modifier(noun) == "MIL"

    @staticmethod
    def _insurgent_homes(actors: list[Mention]) -> frozenset[str]:
        """The states whose own armed opposition the actors are ("Al-Shabaab" -> SOM, "rebels" placed in Mali
        -> MLI): what they attack inside that state, a base included, is the state's."""
        reg = get_registry()
        out = set()
        for a in actors:
            top, _, sector = a.key.partition(".")
            if sector in ("REB", "INS"):
                out.add(top)
                continue
            ent = reg.entity(a.key)
            if ent is not None and ent.country is not None and getattr(ent, "sector", None) in ("REB", "INS"):
                out.add(ent.country)
        return frozenset(out)

    def _insurgents_state(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """An unnamed organ of the state ("the government", "the army", "the authorities") that an armed group of
        one state acts on or bargains with is that state's, when no other state is named in the sentence: "the
        rebels ambushed the army", "the ELN would return to talks if the government kept its word"."""
        homes = self._insurgent_homes(actors)
        if len(homes) != 1:
            return []
        home = next(iter(homes))
        index: dict[int, Mention] = mention_index(doc)
        sent = sent_of(f.tok)
        if any(m.kind == "state" and m.key.split(".")[0] != home for i in range(sent.start, sent.end) if (m := index.get(i)) is not None):
            return []
        roles = get_registry().roles
        verb = f.anchor if f.nominal else f.tok
        # (the clause the act's verb is governed in: "remained willing to return to talks if the government ...")
        reporting = self.lex.cue_set("reporting_verbs")
        while verb.dep_ in ("xcomp", "acomp", "ccomp") and verb.head.i != verb.i and verb.head.lemma_.lower() not in reporting:
            verb = verb.head
        skip = self._reporter_tokens(f) | {g.i for x in self._subject(verb)[0] for g in x.subtree}
        for t in verb.subtree:
            if t.i in skip or t.i in index or t.pos_ != "NOUN" or t.dep_ in ("compound", "amod"):
                continue
            role = roles.get(t.lower_)
            if role is None or role.sector not in _STATE_SECTORS or role.kind == "person":
                continue
            if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
                    c.dep_ in ("poss", "amod", "compound") or g.i in index for c in t.children for g in c.subtree):
                return [Mention(t.idx, t.idx + len(t.text), t.text, f"{home}.{role.sector}", home, role.sector, None,
                                "location", "group", t.tag_ == "NNS")]
        return []

    @staticmethod
    def _place_noun_state(doc: Doc, tok: Token) -> list[Mention]:
        """The state a place noun names: "the Palestinian village of X" -> PSE, "Russia's Saratov region" -> RUS."""
        reg = get_registry()
        key = place_noun_state(tok, reg.adjectives, reg.terms)
        if key is None:
            return []
        return [Mention(tok.idx, tok.idx + len(tok.text), tok.text, key, key, None, tok.text, "location", "state")]

    def _flag_state(self, doc: Doc, tok: Token) -> list[Mention]:
        """The state whose flag a ship flies: "fired missiles at a Liberian-flagged bulk carrier" -> LBR,
        "seized a Marshall Islands-flagged tanker" -> MHL (a demonym or a state's name before "-flagged")."""
        ships = self.lex.cue_set("flagged_ship_nouns")
        if tok.lemma_.lower() not in ships and tok.lower_ not in ships:
            return []
        reg = get_registry()
        for c in tok.children:
            if c.dep_ not in ("amod", "compound") or c.i > tok.i or c.lower_ not in ("flagged", "registered"):
                continue
            for d in c.children:
                if d.i > c.i or d.dep_ not in ("npadvmod", "amod", "compound", "nmod", "advmod"):
                    continue
                key = reg.adjectives.get(d.text)
                if key is None and d.pos_ == "PROPN":
                    p = lookup_place(doc[d.left_edge.i : d.i + 1].text, reg.terms)
                    key = p.country if p is not None and p.feature == "country" else None
                if key:
                    return [Mention(d.idx, c.idx + len(c.text), doc[d.left_edge.i : c.i + 1].text, key, key, None, None,
                                    "location", "state")]
        return []

    def _party(self, doc: Doc, tok: Token) -> list[Mention]:
        """The parties a recipient phrase names: its actor mentions, else the state of the place it names
        ("transferred missiles to Russia", "supplies airdropped over Gaza", "travelled to Moscow"), or of a
        place noun its demonym or possessor names ("imports from two Kazakh regions")."""
        return (self._mentions_in(doc, tok) or self._place_state(doc, tok) or self._place_noun_state(doc, tok)
                or self._flag_state(doc, tok))

    @staticmethod
    def _place_state(doc: Doc, tok: Token) -> list[Mention]:
        """The state of a named place the actor resolver kept as a location, not a party."""
        if not name_like(tok):
            return []
        if tok.ent_type_ in _NOT_PLACE_ENTS:
            return []  # a date or a number is no place: "seized the town in March" (a town called March is)
        ent = entity_at(tok)
        span = ent if ent is not None else doc[tok.i : tok.i + 1]
        # "the suburb of Croix-des-Bouquets": a name the tokenizer splits at its hyphens is looked up whole (its
        # first part alone, "Croix", is another town)
        if patron_name(span):
            return []
        span = whole_name(span)
        place = lookup_place(span.text, get_registry().terms)
        if place is None or place.country is None:
            return []
        return [Mention(span.start_char, span.end_char, span.text, place.country, place.country, None, place.name, "location", "state")]

    def _embedded_subject(self, doc: Doc, tok: Token, actors: list[Mention]) -> list[Mention]:
        """The addressee of a demand stated as a clause: "urged that Israel withdraw", "the need for Hamas to act";
        the party a threat's condition names: "warned that it would retaliate if Manila allowed ..." (the
        actor itself, "it would retaliate", is passed over)."""
        # (not the subject of a clause coordinated with the act, which tells another party's own act: "refused the
        # offer, and Turkey said it would stay neutral")
        other = {t.i for c in tok.children if c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX")
                 for t in c.subtree}
        for t in tok.subtree:
            if (t.i != tok.i and t.i not in other and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != tok.i
                    and t.head.pos_ in ("VERB", "AUX") and not self._summing_reaction(t.head)):
                ms = [m for m in self._mentions_in(doc, t) if not same_party(m, actors)]
                if ms:
                    return ms
        return []

    @classmethod
    def _summing_reaction(cls, clause: Token) -> bool:
        """Is the clause a relative clause on a noun set off by a comma after the phrase, summing up the whole act
        with someone's reaction to it ("fined the paper for defying a gag order on the case, a penalty press groups
        called absurd")? Its subject answers the act; it is not whom the act addresses."""
        return cls._set_off_noun(clause, ("appos", "npadvmod", "dep")) is not None

    @staticmethod
    def _set_off_noun(rel: Token, deps: tuple[str, ...]) -> Token | None:
        """The noun a relative clause hangs on, when that noun (hung by one of ``deps``) is set off by a comma after
        a clause and the relative clause has a subject of its own: "..., a verdict the opposition rejected"; not
        "..., a verdict that angered the opposition" (the noun is the clause's subject)."""
        noun = rel.head
        if (rel.dep_ != "relcl" or noun.dep_ not in deps or noun.left_edge.i < 1
                or noun.doc[noun.left_edge.i - 1].text != ","):
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in rel.children):
            return None
        return noun

    @staticmethod
    def _purpose_clauses(verb: Token, lemmas: frozenset[str]) -> list[Token]:
        """Infinitives of purpose of one of ``lemmas`` hung on ``verb`` ("sent troops to repel the attack")."""
        return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and c.lemma_.lower() in lemmas]

    @staticmethod
    def _purpose_objects(verb: Token, lemmas: frozenset[str] | None = None) -> list[Token]:
        """Objects of an infinitive of purpose hung on ``verb`` ("fired tear gas to disperse the crowd"), of
        one of ``lemmas`` when given."""
        return [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (lemmas is None or c.lemma_.lower() in lemmas)
                for o in c.children if o.dep_ in ("dobj", "obj")]

    def _summing_subject_act(self, doc: Doc, rel: Token, prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """The actors of the clause an act noun set off after it sums up, for the relative pronoun subject of a
        clause on that noun: "X held talks with Y, a visit that drew criticism" (-> the actors of "held talks")."""
        if rel.lower_ not in ("that", "which") or rel.head.dep_ != "relcl":
            return []
        noun = rel.head.head
        if (noun.dep_ not in ("npadvmod", "dep", "appos") or noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != ","
                or (noun.lemma_.lower() not in self.act_nouns and self._noun_trigger(noun) is None)):
            return []
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("dobj", "obj", "pobj", "prep"):
            verb = verb.head  # ("hosted the minister, a visit that ...": set off after the object)
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        return [m for i, _, ms in prior if i < noun.i and (i == verb.i or (doc[i].head.i == verb.i and doc[i].dep_ in ("dobj", "obj")))
                for m in ms]

    def _aid_beneficiary(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """Whom aid is given to help, named by an infinitive of purpose: "approved a loan to help Kenya expand its
        grid", "pledged $50 million to assist Ukraine" (the helping verb's object, or the subject of its clause)."""
        verbs = self.lex.cue_set("helping_verbs")
        hosts = [f.tok, f.anchor] if f.nominal else [f.tok, *(c for c in f.tok.children if c.dep_ in ("dobj", "obj"))]
        out: list[Mention] = []
        for h in hosts:
            for c in h.children:
                if (c.dep_ not in ("advcl", "xcomp", "acl", "relcl") or c.pos_ != "VERB" or c.lemma_.lower() not in verbs
                        or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                    continue
                for o in c.children:
                    if o.dep_ in ("dobj", "obj"):
                        out += self._mentions_in(doc, o) or [
                            # round 28: "to help Jordan and Lebanon house refugees": the small parser reads the helped
                            # clause's verb as a noun object with the helped parties as its subject
                            m for x in o.children if x.dep_ == "nsubj" for m in self._mentions_in(doc, x)]
                    elif o.dep_ in ("ccomp", "xcomp"):
                        out += [m for x in o.children if x.dep_ == "nsubj" for m in self._mentions_in(doc, x)]
        arrivals = self.lex.cue_set("arrival_nouns")
        if not out and f.trigger.type == "AID" and arrivals:
            # "Thousands of Syrians crossed the border ... the agency gave food to the new arrivals": the people of
            # the latest state named before them by a demonym (not a group placed by a location), as refugees
            named = [p for h in hosts for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in arrivals and p.i not in mention_index(doc)]
            if named:
                for m in reversed(actor_mentions(doc)):
                    if (m.start < named[0].idx and m.sector in ("CVL", "REF") and m.via == "demonym"
                            and not same_party(m, actors)):
                        code = m.key.split(".")[0]
                        out.append(Mention(m.start, m.end, m.entity_text, f"{code}.REF", code, "REF", m.name, "demonym", "group", True))
                        break
        if not out and f.trigger.type == "AID":
            # "airlifted tents to eastern Chad for Sudanese families", "food for Somali refugees": the people the
            # supplies are for (civilians or refugees, not "aid for reconstruction")
            out += [m for h in hosts for p in self._prep_objects(h, frozenset({"for"})) for m in self._mentions_in(doc, p)
                    if m.sector in ("CVL", "REF")]
        return [m for m in out if not same_party(m, actors)]

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
            prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
            if prt is not None:
                trig = self.lex.verbs.get((lemma, prt)) or trig  # "turned down the offer"
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

    def _condition_party(self, doc: Doc, verb: Token, actors: list[Mention],
                         prior: list[tuple[int, str, list[Mention]]] | None = None) -> list[Mention]:
        """The party whose act a promise or threat is conditioned on: "Israel will halt its offensive if Hamas
        releases the hostages", "will respond with force if Iran attacks"; or, when the condition's subject is
        an act named again, that act's party: "X will impose tariffs ..., and Y said it would retaliate if the
        tariffs went ahead" (the threatened party is whoever does the act the condition awaits)."""
        marks = self.lex.cue_set("conditional_markers")
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                subj, _ = self._subject(c)
                found = [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors)]
                if not found and prior is not None:
                    found = [m for x in subj for m in self._act_named_again(doc, x, actors, prior)]
                if found:
                    return found
        return []

    def _claimed_party(self, doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
        """Whom an accusation's "that" clause names as the wrongdoer: "Indian allegations that Islamabad was
        behind the attack", "claims that Kigali arms the rebels" (the clause's subject)."""
        for c in noun.children:
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                subj, passive = self._subject(c)
                if not passive:
                    return [m for x in subj if x.i > noun.i for m in self._mentions_in(doc, x) if not same_party(m, actors)]
        return []

    def _act_named_again(self, doc: Doc, noun: Token, actors: list[Mention],
                         prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """The parties of an earlier act of the sentence or the one before that a definite event noun names
        again ("the tariffs", "these strikes"), other than ``actors``' own side."""
        trig = self._noun_trigger(noun)
        if trig is None or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in noun.children):
            return []
        sent = noun.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i, typ, ms in reversed(prior):
            if start <= i < noun.i and typ == trig.type:
                out = [m for m in ms if not same_party(m, actors)]
                if out:
                    return out
        # (an act only announced or threatened is coded as no fact: the noun's earlier mention, "said he would
        # impose a tariff": the subject of the verb that imposes it)
        lemma = noun.lemma_.lower()
        for t in reversed(doc[start : noun.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.dep_ not in ("dobj", "obj"):
                continue
            verb = t.head
            vl = verb.lemma_.lower()
            if (vl not in self.lends_subject and vl not in self.lex.cue_set("imposing_verbs")) or (
                    vl in self.lex.cue_set("negating_verbs") or vl in self.lex.cue_set("preventing_verbs")):
                return []  # (not "lifted the tariffs", "blocked the sale")
            subj, passive = self._subject(verb)
            return [] if passive else [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors)]
        return []

    def _retaliation_target(self, doc: Doc, f: Found, actors: list[Mention],
                            prior: list[tuple[int, str, list[Mention]]] | None) -> list[Mention]:
        """The party of the act a clause answers "in retaliation for" or "in response to": "China will impose
        export controls, the ministry said, in retaliation for Washington's arms sale" (the phrase may hang on
        the reporting verb): the act's possessor, modifier or "by" agent, else the same act coded before."""
        words = self.lex.cue_set("retaliation_words") or _RETALIATION
        t = f.anchor if f.nominal else f.tok
        for _ in range(4):
            for c in t.children:
                if c.dep_ != "prep" or c.lower_ != "in":
                    continue
                for w in c.children:
                    if w.dep_ != "pobj" or w.lemma_.lower() not in words:
                        continue
                    acts = [a for p in w.children if p.dep_ == "prep" and p.lower_ in ("for", "to") for a in p.children
                            if a.dep_ == "pobj"]
                    for a in acts:
                        index = mention_index(doc)
                        named = [m for x in a.children if x.dep_ in ("poss", "compound", "amod", "nmod") and x.i in index
                                 for m in self._mentions_in(doc, x, deep=False)]
                        named += [m for p in a.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                                  if g.dep_ == "pobj" for m in self._mentions_in(doc, g)]
                        named = [m for m in named if not same_party(m, actors)]
                        if not named and prior is not None:
                            named = self._act_named_again(doc, a, actors, prior)
                        if named:
                            return named
            if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or t.head.i == t.i:
                return []
            t = t.head
        return []

    def _answered_party(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """The party an agreement answers: "Cuba freed prisoners after Washington agreed to ...", where the
        main clause's subject is the other side."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _ANSWER_MARKS for c in verb.children):
            return []
        if verb.head.lemma_.lower() in self.lex.cue_set("reporting_verbs"):
            # round 28: the subject of a report the clause hangs on tells, it is not the other side: "Oman will host
            # talks, Omani officials said, after Tehran agreed to resume negotiations"
            return []
        subj, passive = self._subject(verb.head)
        if passive:
            return []
        return [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors)]

    def _antecedent(self, doc: Doc, verb: Token, f: Found, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """The parties of an earlier act that the verb's object names again: "Seoul condemned the launch",
        "the paramilitary force rejected the decision", "a move Israel condemned", "a claim that Caracas
        rejected", "condemned what it called a cowardly attack", "in what the president denounced as a coup
        attempt", "Morocco welcomed the resolution, while the Polisario Front rejected it". The act's actors
        are the recipients (of the condemnation, rejection, praise)."""
        index: dict[int, Mention] = mention_index(doc)
        own = {a.key.split(".")[0] for a in actors}
        # ("a step X called ...": parsed as a modifier, or as a second subject before the real one)
        summary = next((c for c in verb.children if c.pos_ == "NOUN" and c.i < verb.i and c.lemma_.lower() in self.act_nouns
                        and (c.dep_ == "npadvmod" or (c.dep_ == "nsubj" and any(
                            s.dep_ == "nsubj" and c.i < s.i < verb.i for s in verb.children)))), None)
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
            speaker = self._claim_author(doc, verb, actors) or self._r52a_offer_maker(doc, verb, f, actors)
            if speaker:
                return speaker
            summed = self._summed_clause(verb)
            if summed is not None:
                # "pushed the reform through without a vote, a move that unions condemned", "its jets struck
                # hideouts, a raid Kabul condemned": the noun set off after the clause sums it up; its act (of
                # whatever type the noun names) or else its subject is the recipient
                acted = [m for i, _, ms in prior if i == summed.i for m in ms if not same_party(m, actors)]
                if acted:
                    return acted
                subj, passive = self._subject(summed)
                found = [] if passive else [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors)]
                if found:
                    return found
            obj, definite = verb.head, True  # "a move Israel condemned": the move is the clause's act
        elif summary is not None and verb.dep_ in ("advcl", "conj", "ccomp") and verb.head.pos_ == "VERB":
            # "imposed sanctions on X, a step Lula called interference": the step (parsed as a modifier of the
            # reaction) sums up the clause it follows, whose actors are the recipients
            head = verb.head
            return [m for i, _, ms in prior if i == head.i or (doc[i].head.i == head.i and doc[i].dep_ in ("dobj", "obj"))
                    for m in ms if not same_party(m, actors)]
        else:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            if not objs:
                # "condemned what it called a cowardly attack": the free relative hangs as a clause
                objs = [w for c in verb.children if c.dep_ in ("ccomp", "xcomp") for w in c.children
                        if w.dep_ in ("dobj", "obj") and w.tag_ == "WP" and w.lower_ == "what"]
            # "called the decision "blackmail"": the small parser may hang the named act on the predicate noun,
            # with the determiner on that noun
            dets = [c for c in verb.children if c.dep_ == "oprd"] if not objs else []
            if not objs:
                objs = [n for o in dets for n in o.children if n.dep_ in ("nmod", "compound") and n.pos_ == "NOUN"
                        and n.i < o.i and n.i + 1 < o.i and doc[n.i + 1].is_punct]
            if not objs:
                return []
            obj = objs[0]
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
                           for c in [*obj.children, *(c for o in dets for c in o.children if c.i < obj.i)])
            if obj.tag_ == "WP" and obj.lower_ == "what":
                named = self._named_as(obj.head)
                clause = obj.head
                if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.head.pos_ == "VERB":
                    # "surrounded the palace in what the president denounced as a coup attempt": the act is the
                    # clause the phrase is a circumstance of
                    acted = [m for i, _, ms in prior if i == clause.head.head.i for m in ms if not same_party(m, actors)]
                    if acted:
                        return acted
                if named is None:
                    return []
                authors = self._label_authors(doc, named, actors)
                if authors:
                    # round 41: "condemned what it called Ethiopian aggression", "what he described as Rwanda's
                    # invasion": the label names the act's author itself, whatever act the article told last
                    return authors
                obj, definite = named, True
            elif obj.tag_ in ("PRP", "DT") and obj.lower_ in _ANAPHORS and obj.i not in index:
                if f.trigger.type not in _REACTIONS:
                    return []
                found = self._pronoun_act(doc, verb, actors, prior)
                # round 39: a pronoun labelled as an act ("called it a political verdict", "described them as
                # murder", "denounced it as an invasion") names that act again as the label's noun would
                named = None if found else self._named_as(verb)
                if named is None or named.i in index or named.pos_ != "NOUN":
                    return found
                obj, definite = named, True
        if f.trigger.type == "ACCUSE" and obj.lemma_.lower() in self.lex.cue_set("r43r_account_nouns"):
            # round 43: "condemned what he called horrific reports of summary executions", "deplored the accounts of
            # torture": a report of an act is condemned for the act it tells; the act's noun names the act again
            told = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                         if g.dep_ == "pobj" and g.pos_ == "NOUN" and self._noun_trigger(g) is not None), None)
            if told is not None:
                obj = told
        inner = {t.i for t in verb.subtree}
        if not definite or any(t.i in index and t.i not in inner for t in obj.subtree):
            return []
        authors = self._r52a_document_author(doc, obj, actors)
        if authors:
            return authors
        trig = self._noun_trigger(obj)
        lemma = obj.lemma_.lower()
        claimed = lemma in self.lex.cue_set("claim_nouns")
        sent_start = sent_of(verb).start

        def common(i: int) -> int:
            return len(os.path.commonprefix([doc[i].lemma_.lower(), lemma]))

        def renamed(i: int) -> bool:
            # "India closed the border ... Nepal called the closure ...": the noun of the act's own verb names
            # that act again (in its sentence or the one before), whatever type each was coded as
            n = common(i)
            return n >= 3 and n >= min(4, len(doc[i].lemma_) - 1) and sent_of(doc[i]).end >= sent_start - 1

        def others(ms: list[Mention]) -> list[Mention]:
            return [m for m in ms if m.key.split(".")[0] not in own or _domestic_rival(m, actors) or _own_state(m, actors)]

        if lemma in self.lex.cue_set("judgment_nouns"):
            # "Moscow condemned the verdict", "his lawyers called the sentence excessive": a court's judgment is
            # named again, however far back the court's act was told (the acts told in between, a quote or a
            # reaction, are not judgments); any court but the actors themselves
            keys = {a.key for a in actors}
            court = next(([m for m in ms if m.sector == "JUD" and m.key not in keys] for i, _, ms in reversed(prior)
                          if i < verb.i and any(m.sector == "JUD" and m.key not in keys for m in ms)), [])
            if court:
                return court
        deed = trig is None and lemma in self.lex.cue_set("r39r_deed_nouns")
        generic = lemma in self.act_nouns or lemma in self.lex.cue_set("anaphoric_act_nouns") or claimed or deed
        if deed:
            found = self._logged_deed(doc, verb, prior, lambda ms: _outside_bloc(others(ms), actors))
            if found:
                return found
        if trig is None and not generic and not any(renamed(i) for i, _, _ in prior if i < verb.i):
            return self._uncoded_verb_act(doc, verb, obj, actors) if f.trigger.type in _REACTIONS else []
        if trig is not None and trig.type in _HOSTILE_ACTS:
            # round 43: "condemned the attack on the camp": the act named with the thing it fell on is the act told
            # earlier on that very thing ("militants overran a camp"), before any later act of the type
            found = self._act_on_thing(doc, verb, obj, prior, others)
            if found:
                return found
        if trig is not None and obj.tag_ == "NNS":
            # "Israeli air strikes killed 11 ... Hamas gunmen opened fire ... Egypt condemned the strikes": an act
            # told earlier by this very noun (plural: the strikes, the arrests) is the act named again, before a
            # later act of the same type told otherwise
            for i, _typ, ms in reversed(prior):
                if i < verb.i and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() == lemma:
                    out = others(ms)
                    if out:
                        return out
        if trig is not None:
            # "Militiamen torched a clinic in the valley. Soldiers later burned the militia's camp ... The charity
            # deplored the torching": an act named again by its own verb's noun (a close stem, unlike renamed()'s
            # loose one, as it reaches any distance) is that act, however far back it was told and whatever later
            # act of the same type came in between
            for i, _typ, ms in reversed(prior):
                if i < verb.i and doc[i].pos_ == "VERB" and common(i) >= max(5, len(doc[i].lemma_) - 1):
                    out = others(ms)
                    if out:
                        return out
        if trig is not None and trig.type in _HOSTILE_ACTS:
            # round 41: "Iran condemned the offensive" names the story's act of that type, past acts told as
            # background ("police had detained dozens and shot a gunman"), under "Separately", or, for an armed
            # operation, done by a crowd; only where such an act is passed over for one that is not
            story = self._story_act_of_type(doc, verb, obj, trig.type, prior, others)
            if story:
                return story
        for i, typ, ms in reversed(prior):
            if i >= verb.i:
                continue
            if trig is not None and typ != trig.type and not renamed(i):
                continue
            if trig is None and not generic and not renamed(i):
                continue
            if trig is None and claimed and typ != "ACCUSE":
                continue  # "a claim that Caracas rejected": the claim is an accusation
            if trig is None and i < sent_start and sent_of(verb.doc[i]).end < sent_start - 1:
                continue
            if trig is None and generic and self._describing_clause(doc[i], verb):
                continue  # (round 28: an act told of a party in passing is not "the move" a later clause answers)
            out = others(ms)
            if out:
                return out
        return self._uncoded_verb_act(doc, verb, obj, actors) if f.trigger.type in _REACTIONS else []

    def _r52a_offer_maker(self, doc: Doc, rel: Token, f: Found, actors: list[Mention]) -> list[Mention]:
        """Round 52. A refusal or an acceptance told in a relative clause on what a party offered or proposed ("the
        airline said it had offered arbitration, which the union turned down", "Cairo proposed a truce, which the
        rebels accepted") answers the party that made the offer: the subject of the verb of offering
        (cues.yaml ``r52a_offering_verbs``) the noun is the object of. The relative clause's gap must be its object
        ("which the union turned down", not "which angered the union")."""
        if f.trigger.type not in _ANSWERING_OFFERS or any(
                c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which") for c in rel.children):
            return []
        if not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in rel.children):
            return []
        noun = rel.head
        offering = noun.head
        if noun.dep_ not in ("dobj", "obj") or offering.pos_ != "VERB" or offering.lemma_.lower() not in self.lex.cue_set(
                "r52a_offering_verbs"):
            return []
        subj, passive = self._subject(offering)
        if passive:
            return []
        return [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors) and m.kind != "unresolved"]

    def _r52a_document_author(self, doc: Doc, obj: Token, actors: list[Mention]) -> list[Mention]:
        """Round 52. A decision or document named again with "the" as what a reaction answers ("Russia's envoy called
        the resolution counterproductive", "Israel dismissed the opinion as wrong"; cues.yaml
        ``r52a_authored_document_nouns``) is the one the article told of before by the same noun, and the reaction is
        aimed at the author that earlier phrase names: its possessor or modifier ("the council's decision"), the agent
        of a participle on it ("a resolution drafted by Britain and France"), or the subject of the clause it is the
        object of ("the agency's board passed a resolution", "the court said in an advisory opinion"). The latest such
        mention in an earlier sentence that names an author; none when none does (the coder's other readings apply)."""
        lemma = obj.lemma_.lower()
        if lemma not in self.lex.cue_set("r52a_authored_document_nouns"):
            return []
        start = sent_of(obj).start
        for o in reversed(doc[:start]):
            if o.pos_ != "NOUN" or o.lemma_.lower() != lemma:
                continue
            heads = [c for c in o.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.tag_ != "PRP$"]
            heads += [g for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN" for g in self._agent(a)]
            clause = o.head if o.dep_ in ("dobj", "obj") else (
                o.head.head if o.dep_ == "pobj" and o.head.dep_ == "prep" and o.head.lower_ in ("in", "with") else None)
            if clause is not None and clause.pos_ in ("VERB", "AUX") and (
                    clause.lemma_.lower() in self.lex.cue_set("r37r_authoring_verbs") or (o.dep_ == "pobj" and clause.lemma_.lower() == "say")):
                subj, passive = self._subject(clause)
                heads += self._agent(clause) if passive else subj
            found = [m for h in heads for m in self._mentions_in(doc, h)
                     if not same_party(m, actors) and m.kind != "unresolved" and m.via != "location"]
            if found:
                return found
        return []

    @staticmethod
    def _act_on_thing(doc: Doc, verb: Token, obj: Token, prior: list[tuple[int, str, list[Mention]]],
                      others: Callable[[list[Mention]], list[Mention]]) -> list[Mention]:
        """Round 43. The authors of the hostile act a reaction's object names by the thing it fell on, when that thing
        names no party ("condemned the attack on the camp", "deplored the assault on the convoy"): the latest hostile
        act before the reaction whose own clause names the same thing ("militants overran a camp near Baidoa"), not
        a later act of the type aimed elsewhere ("troops then shelled the militants")."""
        index = mention_index(doc)
        # (the small parser may hang the phrase on the reaction's verb: "deplored the assault on the convoy")
        preps = [*obj.children, *(c for c in verb.children if c.i == obj.right_edge.i + 1)]
        things = {g.lemma_.lower() for p in preps if p.dep_ == "prep" and p.lower_ in ("on", "against", "at")
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i not in index}
        if not things:
            return []
        for i, typ, ms in reversed(prior):
            if i >= verb.i or typ not in _HOSTILE_ACTS:
                continue
            t = doc[i]
            if t.pos_ not in ("VERB", "AUX"):
                continue
            # (the thing as the act's object or in a phrase of it: "stormed an army post", "fired on the convoy")
            args = [c for c in t.children if c.dep_ in ("dobj", "obj")]
            args += [g for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(a.lemma_.lower() in things and a.pos_ == "NOUN" for a in args):
                out = others(ms)
                if out:
                    return out
        return []

    def _victims_act_author(self, doc: Doc, verb: Token, actors: list[Mention], found: list[Mention],
                            prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """Round 39. The author of the hostile act a reaction's definite object names again together with the party
        it fell on ("condemned the strike on Odesa", "the killing of the officers"), when ``found`` (the reaction's
        recipients so far) are that party: the latest act of the noun's type in the article's record aimed at them."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in obj.children):
            return []
        trig = self._noun_trigger(obj)
        if trig is None or trig.type not in _HOSTILE_ACTS:
            return []
        pps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "against")]
        if not found or not pps:
            return []
        # round 43: only the parties the phrase names are the victims; recipients found otherwise (the act's author,
        # read by _antecedent from the article's record) are no victims whose attacker is asked for: "condemned the
        # attack on the base" where the base names no party
        spans = [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in pps]
        found = [m for m in found if any(s <= m.start < e for s, e in spans)]
        if not found:
            return []
        keys = {m.key for m in found}
        recorded = role_cache(doc, self).recipients
        for i, typ, ms in reversed(prior):
            if i >= verb.i or typ != trig.type:
                continue
            if not any(r.key in keys or r.key.split(".")[0] in keys or same_party(r, found) for r in recorded.get(i, ())):
                continue
            out = [m for m in ms if not same_party(m, actors) and not same_party(m, found) and m.kind != "unresolved"]
            if out:
                return out
        return []

    def _charge_author(self, doc: Doc, verb: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """Round 39. Who made the charge a rejection's object names again ("rejected the accusation that its army
        protects traffickers", "dismissed the charges"): in the article's record of acts, the latest accusation aimed
        at the rejecter, however far back; else the latest act aimed at it in its sentence or the one before (an
        accusation told only as a designation or a threat). Empty when the object is no definite claim noun."""
        nouns = self.lex.cue_set("r21_claim_nouns") | self.lex.cue_set("r39r_charge_nouns")
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns), None)
        if obj is None or not (any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in obj.children)
                               or (obj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in obj.children))):
            return []
        own = {a.key.split(".")[0] for a in actors}
        recorded = role_cache(doc, self).recipients

        def aimed(i: int) -> bool:
            # (the rejecter itself, or its state named as a whole)
            return any(r.key in own or same_party(r, actors) for r in recorded.get(i, ()))

        def authors(ms: list[Mention]) -> list[Mention]:
            return [m for m in ms if not same_party(m, actors) and m.key not in own and m.kind != "unresolved"]

        for i, typ, ms in reversed(prior):
            if i < verb.i and typ == "ACCUSE" and aimed(i) and authors(ms):
                return authors(ms)
        sent = sent_of(verb)
        start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        for i, _typ, ms in reversed(prior):
            if start <= i < verb.i and aimed(i) and authors(ms):
                return authors(ms)
        # round 43: a charge named by its matter ("dismissed the spying allegations", "rejected the corruption
        # charges"): the parties of the latest act told in a sentence that speaks of that matter ("the group said it
        # had dismantled a spy network"), the charge told there as a deed, however far back
        topics = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "VERB")
                  and c.i not in mention_index(doc) and len(c.lemma_) >= 3}
        if not topics:
            return []

        def speaks_of(i: int) -> bool:
            return any(t.pos_ in ("NOUN", "VERB") and len(os.path.commonprefix([t.lemma_.lower(), w])) >= min(4, len(w))
                       for t in sent_of(doc[i]) for w in topics)

        for i, _typ, ms in reversed(prior):
            if i < sent.start and speaks_of(i) and authors(ms):
                return authors(ms)
        return []

    def _offer_authors(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """Round 39. The parties a verb's object, a proposal, offer or demand, names as its authors by "by" or "from"
        ("a proposal by the United States and its partners", "demands from Washington")."""
        nouns = self.lex.cue_set("offer_nouns") | self.lex.cue_set("r39r_authored_nouns")
        out: list[Mention] = []
        active = verb.tag_ != "VBN" and not any(c.dep_ == "auxpass" for c in verb.children)
        for o in verb.children:
            if o.dep_ not in ("dobj", "obj") or o.lemma_.lower() not in nouns:
                continue
            # (the small parser may hang the noun's "by" phrase on the active verb as its agent: "rejected a proposal
            # by Egypt for a truce")
            misplaced = [c for c in verb.children if active and c.dep_ == "agent" and c.i == o.right_edge.i + 1]
            for p in [*o.children, *misplaced]:
                if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from"):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            out += [m for m in self._mentions_in(doc, g) if not same_party(m, actors) and m.kind != "unresolved"]
        return out

    def _logged_deed(self, doc: Doc, verb: Token, prior: list[tuple[int, str, list[Mention]]],
                     others: Callable[[list[Mention]], list[Mention]]) -> list[Mention]:
        """Round 39. The author of the deed a reaction's "the move", "the decision", "the measures" names again: the
        latest act in the article's record of acts (``prior``, in the text's order) that is a deed, however far back,
        and not the reactor's own. Acts read on verbs of comment (a welcome, a condemnation, an objection, a demand, a
        warning) and accusations are no deeds and are passed over ("Tokyo imposed sanctions on Beijing. Seoul said it
        opposed them. Beijing called the move illegal" -> Tokyo); a comment that itself names a deed again by such a
        noun answers the same deed, and its recipient is the answer ("Caracas lifted the curbs. Bogota welcomed the
        decision. Quito also praised the move" -> Caracas)."""
        comments = self.lex.cue_set("r39r_comment_verbs")
        deeds = self.lex.cue_set("r39r_deed_nouns")
        recorded = role_cache(doc, self).recipients
        for i, typ, ms in reversed(prior):
            if i >= verb.i:
                continue
            t = doc[i]
            if self._describing_clause(t, verb) or self._background_act(t, verb):
                continue
            if typ in ("ACCUSE", "REQUEST") or t.lemma_.lower() in comments:
                if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in deeds for c in t.children):
                    out = others(list(recorded.get(i, ())))
                    if out:
                        return out
                continue
            out = others(ms)
            if out:
                return out
        return []

    def _story_act_of_type(self, doc: Doc, verb: Token, obj: Token, etype: str, prior: list[tuple[int, str, list[Mention]]],
                           others: Callable[[list[Mention]], list[Mention]]) -> list[Mention]:
        """Round 41. The parties of the latest act of ``etype`` before ``verb`` that is a deed of the story, when a
        later one of that type is not: one told as background (``_background_act``, a past perfect shared by
        coordinated verbs too), one in a sentence opened as a separate story ("Separately, ...", "Elsewhere, ..."),
        or, when the noun names an armed operation ("the offensive", "the raid"), one whose doers are all a crowd
        of society (protesters, rioters, herders); for an armed operation, the latest attack or coercive act of armed
        forces. Empty when the latest act of the noun's own type is itself a deed of the story."""
        armed = obj.lemma_.lower() in self.lex.cue_set("r41r_armed_operation_nouns")
        # (an armed operation is read as an attack or as a coercive raid: "the raid" names either)
        types = {etype, "ASSAULT", "COERCE"} if armed else {etype}
        if armed and obj.lemma_.lower() in self.lex.cue_set("r43r_movement_operation_nouns"):
            # round 43: an operation of moving in ("the incursion", "the invasion") is also the act of forces sent
            # across told before it ("jets entered the airspace", coded as a deployment)
            types.add("MOBILIZE")
        separate = self.lex.cue_set("r41r_separate_story_openers")
        passed = False
        for i, typ, ms in reversed(prior):
            if i >= verb.i or typ not in types:
                continue
            t = doc[i]
            head = t.head if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") else t
            sent = sent_of(t)
            if sent.start == sent_of(verb).start:
                return []  # (an act of the reaction's own sentence: the rules after this one decide)
            if (self._background_act(t, verb) or self._background_act(head, verb)
                    or (len(sent) > 1 and sent[0].lower_ in separate and sent[1].is_punct)
                    or (armed and ms and all(m.sector in _CROWD_SECTORS for m in ms))):
                passed = True
                continue
            if not passed and typ == etype:
                return []  # (the latest act of the type is a deed of the story: the rules after this one take it)
            return others(ms)
        return []

    @staticmethod
    def _background_act(t: Token, verb: Token) -> bool:
        """Round 39. Is the act at ``t`` told as background to another, not as a deed of the story: in a phrase or
        clause of time before the story's act ("days after a visit by a U.S. envoy", "since Kigali closed the
        border", "after Slovakia dropped its objections") or in the past perfect ("Slovakia had blocked the
        package")? Not in the reaction's own clause (one the reaction governs)."""
        if verb.is_ancestor(t):
            return False
        if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children):
            return True
        if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in t.children) and any(
                c.lower_ == "since" and (c.dep_ == "prep" or (c.dep_ == "advcl" and c.i < t.i))
                or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
                or (c.dep_ in ("prep", "advcl") and c.i == c.left_edge.i and c.left_edge.lower_ == "since")
                for c in t.children):
            # round 43: a perfect that runs "since" a past point tells a state of affairs, not the story's deed: "Since
            # seizing power, the junta has banned ...", "has held the port since March"
            return True
        x = t
        for _ in range(6):
            if x.dep_ in ("prep", "mark") and x.lower_ in _BACKGROUND_WORDS:
                return True
            if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_WORDS for c in x.children):
                return True
            if x.head.i == x.i or x.dep_ in ("ROOT", "conj", "ccomp"):
                return False
            x = x.head
        return False

    @staticmethod
    def _describing_clause(t: Token, verb: Token) -> bool:
        """Round 28. Is ``t`` inside a relative clause that describes a noun, one the verb is not in: "banned the
        party, which had staged a coup in 1999, and the opposition hailed the decision" (the decision is the ban, not
        the coup told of the party in passing)?"""
        x = t
        for _ in range(8):
            if x.dep_ == "relcl" and x.head.pos_ in ("NOUN", "PROPN"):
                return not x.left_edge.i <= verb.i <= x.right_edge.i
            if x.head.i == x.i:
                break
            x = x.head
        return False

    def _uncoded_verb_act(self, doc: Doc, verb: Token, obj: Token, actors: list[Mention]) -> list[Mention]:
        """The subject of the verb whose own noun names its act again, when that act was coded as no event, in
        the reaction's sentence or the one before: "The court ruled that X was liable. Moscow said it would ignore
        the ruling" (-> the court), "Lima decided to expel the envoy; Bogota condemned the decision"."""
        lemma = obj.lemma_.lower()
        if obj.i in mention_index(doc) or len(lemma) < 4:
            return []
        sent = sent_of(verb)
        start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        reporting = self.lex.cue_set("reporting_verbs")
        for t in reversed(doc[start : min(obj.i, verb.i)]):
            if t.pos_ != "VERB" or t.dep_ in ("amod", "acl", "relcl"):
                continue
            base = t.lemma_.lower()
            common = len(os.path.commonprefix([base, lemma]))
            if common < 3 or common < min(4, len(base) - 1) or base in reporting:
                continue
            subj, passive = self._subject(t)
            if passive:
                return []
            return [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors) and m.kind != "unresolved"]
        return []

    def _claim_author(self, doc: Doc, rel: Token, actors: list[Mention]) -> list[Mention]:
        """The speaker of a claim, warning or pledge that a noun set off after the report sums up, for a relative
        clause on that noun: "Moscow said London was waging war on it, a charge London dismissed" (-> Moscow),
        "the envoy said Uganda would pay, a threat that Kampala dismissed" (-> the envoy). What was said is the
        speaker's act, whatever parties its content names."""
        # (set off by a comma; the small parser may hang it as the object of the report's last verb)
        noun = self._set_off_noun(rel, ("npadvmod", "dep", "appos", "conj", "dobj"))
        if noun is None or noun.lemma_.lower() not in _cue_union(self.lex, _SAID_ACT_NOUNS):
            return []
        claiming = _cue_union(self.lex, _CLAIMING_VERBS)
        head = noun.head
        # (or in apposition to the report's last noun: "said the rebels were shelling villages near the lake, an
        # allegation ..."; the climb ends at the sentence's root)
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        # (up from the content's verbs to the report: "said the deal showed X was ..., a charge ...")
        while head.lemma_.lower() not in claiming and head.dep_ in ("ccomp", "xcomp", "conj") and head.head.i < head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.i > noun.i or head.lemma_.lower() not in claiming:
            return []
        subj, passive = self._subject(head)
        if passive:
            return []
        return [m for x in subj for m in self._mentions_in(doc, x) if not same_party(m, actors)]

    def _summed_clause(self, rel: Token) -> Token | None:
        """The clause a summary noun set off after it sums up, for a relative clause on that noun whose gap is
        its object: "X pushed the bill through, a move that unions condemned" (-> "pushed"), "X said its jets
        had struck the camps, a raid Kabul condemned" (-> "struck", the report's content); None otherwise."""
        noun = self._set_off_noun(rel, ("npadvmod", "dep", "appos"))
        if noun is None or (noun.lemma_.lower() not in self.act_nouns and self._noun_trigger(noun) is None):
            return None
        if any(c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which") for c in rel.children):
            return None
        head = noun.head
        if head.pos_ not in ("VERB", "AUX") or head.i > noun.i:
            return None
        if head.lemma_.lower() in self.lex.cue_set("reporting_verbs"):
            # the report's content is the act summed up, not the saying
            content = [c for c in head.children if c.dep_ == "ccomp" and c.i < noun.i]
            return content[-1] if content else None
        return head

    def _label_authors(self, doc: Doc, named: Token, actors: list[Mention]) -> list[Mention]:
        """Round 41. The party a label for an act names as its doer by a modifier or possessor ("Israeli
        aggression", "Rwanda's invasion", "Houthi propaganda": a label names a deed or a wrong, whatever its noun);
        not a place only ("aggression in Gaza" is no modifier), nor the labelling party itself."""
        if named.pos_ != "NOUN":
            return []
        return [m for c in named.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                for m in self._mentions_in(doc, c, deep=False)
                if not same_party(m, actors) and m.via != "location" and m.kind != "unresolved"]

    @staticmethod
    def _named_as(clause: Token) -> Token | None:
        """What a free relative names the act: "what it called a cowardly attack", "what X described as a coup"."""
        for c in clause.children:
            if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN"):
                return c
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _pronoun_act(self, doc: Doc, verb: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """What a pronoun object ("rejected it", "condemned them") stands for, by parallelism with the clause it
        is joined to: that clause's object when it names no party ("Morocco welcomed the UN resolution, while
        the Polisario Front rejected it": the resolution's party), else that clause's act ("Russia struck
        Kyiv, and the EU condemned it": the striker)."""
        index: dict[int, Mention] = mention_index(doc)
        head = verb.head if verb.dep_ in ("conj", "advcl") and verb.head.pos_ == "VERB" else None
        if (head is None and verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.pos_ == "VERB"
                and verb.head.head.i < verb.i):
            # round 26: "signed a peace deal on Friday, with Rubio calling it a turning point", "struck a school,
            # with the UN calling it a grave violation": a "with" clause comments on the clause it follows
            head = verb.head.head
        if head is None:
            return []
        # round 26: a clause whose subject is itself an act ("an Israeli strike killed a commander, and Beirut called
        # it a violation", "a drone attack hit the airport, and the army condemned it"): the pronoun is that act, and
        # its doers are the recipients (not the people the act fell on)
        subj_act = [m for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                    for i, _, ms in prior if i == c.i for m in ms if not same_party(m, actors)]
        if subj_act:
            return subj_act
        antecedent = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"), None)
        if antecedent is not None and antecedent.i not in index:
            acted = [m for i, _, ms in prior if i == antecedent.i for m in ms]
            named = [m for m in acted or self._mentions_in(doc, antecedent) if not same_party(m, actors)]
            # (an object naming no party is the act itself: "signed a peace deal, and the UN welcomed it")
            if named or not (head.pos_ == "VERB" and any(i == head.i for i, _, _ in prior)):
                return named
        return [m for i, _, ms in prior if i == head.i for m in ms if not same_party(m, actors)]

    def _goods_country(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """The state whose goods a measure hits when they are "the country's": the latest state named before it
        other than the actor's ("workers in Lesotho ... after Washington raised tariffs on the country's goods":
        Lesotho; a state does not put tariffs on its own goods)."""
        goods = self.lex.cue_set("traded_goods_nouns")
        objs = [] if f.nominal else [c for c in f.tok.children if c.dep_ in ("dobj", "obj")]
        heads = [f.tok, *objs] + ([f.anchor] if f.nominal and f.anchor.i != f.tok.i else [])
        hit = [p for h in heads for p in self._prep_objects(h, frozenset({"on", "from", "of"}))] + objs
        owners = [c for p in hit if p.lemma_.lower() in goods
                  for c in p.children if c.dep_ == "poss" and c.lemma_.lower() in ("country", "nation")]
        if not owners:
            return []
        for m in reversed(actor_mentions(doc)):
            if m.start >= owners[0].idx or m.kind == "unresolved":
                continue
            code = m.key.split(".")[0]
            if m.code != code or same_party(m, actors) or any(a.key.split(".")[0] == code for a in actors):
                continue
            if m.kind == "state" or m.via == "location":
                return [Mention(m.start, m.end, m.entity_text, code, code, None, m.name, "location", "state")]
        return []

    def _renamed_act_target(self, doc: Doc, noun: Token, typ: str, actors: list[Mention],
                            prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """The target recorded for the latest earlier act of the same type, in the noun's sentence or the one
        before, that a definite act noun names again: "Gunmen stormed a police post, killing nine officers. A
        jihadist group said it was behind the attack" (-> the police)."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children):
            return []
        recorded = role_cache(doc, self).recipients
        sent = sent_of(noun)
        start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        # (a noun that names its own author, "the Hamas assault", "Russia's strike", names again only that
        # author's act, not another side's attack told just before it)
        own = [a for a in actors if noun.left_edge.idx <= a.start < noun.idx]
        for i, t, ms in reversed(prior):
            if i >= noun.i or i < start or t != typ:
                continue
            if own and ms and not any(same_party(m, own) for m in ms):
                continue
            out = [m for m in recorded.get(i, ()) if not same_party(m, actors)]
            if out:
                return out
        return []

    def _refused_party(self, doc: Doc, verb: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """Whom a refusal that names no one answers: the counterpart of the act it is joined to by the same side
        ("Iran agreed to let inspectors into one plant but refused access to the others": the inspectors' body),
        else the author of the latest act aimed at the refuser, in its sentence or the one before ("the EU
        suspended visas for Georgian officials. Georgia said it would not change course": the EU)."""
        if not actors:
            return []
        recorded = role_cache(doc, self).recipients
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            head = verb.head
            for i, _, ms in prior:
                if (i == head.i or (doc[i].head.i == head.i and doc[i].dep_ in ("xcomp", "ccomp"))) and ms and all(
                        same_party(m, actors) for m in ms):
                    out = [m for m in recorded.get(i, ()) if not same_party(m, actors)]
                    if out:
                        return out
        sent = sent_of(verb)
        start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        for i, _, ms in reversed(prior):
            if i >= verb.i or i < start:
                continue
            if doc[i].lemma_.lower() in self.convene and not self._hosts_guest(doc[i]):
                # round 28: a host's or go-between's part ("talks brokered by Norway. Bogota said the rebels had
                # refused to free the hostages") asks nothing of the parties: the refusal answers the other side
                continue
            if any(same_party(r, actors) for r in recorded.get(i, ())):
                out = [m for m in ms if not same_party(m, actors) and m.kind != "unresolved"]
                if out:
                    return out
        return []

    @staticmethod
    def _hosts_guest(t: Token) -> bool:
        """Review of round 28. Is a hosting verb the host's own meeting with a party it names as its object ("Erdogan
        received Aliyev", "Oman hosted Iranian envoys"), not a third party's part in others' meeting ("hosted talks
        between ...", "a truce brokered by Egypt")? The guest is that meeting's other side."""
        index = mention_index(t.doc)
        return t.tag_ != "VBN" and any(c.dep_ in ("dobj", "obj") and c.i in index for c in t.children)

    def _vows_retaliation(self, f: Found) -> bool:
        """"vowed revenge", "promised retaliation", "vowed to take countermeasures", "warned it would respond"."""
        words = self.lex.cue_set("retaliation_words") or _RETALIATION
        if any(w in words for w in f.trigger.words):
            return True
        subj = {t.i for x in self._subject(f.tok)[0] for t in x.subtree}
        # (the lemmas of the words between the subtree's edges first, from the document's list: reading each token of
        # the subtree for each trigger took seconds where clauses nest hundreds deep, "attacked X by attacking by ...")
        lemmas, tok = lower_lemmas(f.tok.doc), f.tok
        hits = [i for i in range(tok.left_edge.i, tok.right_edge.i + 1) if lemmas[i] in words and i not in subj]
        return any(i == tok.i or tok.is_ancestor(tok.doc[i]) for i in hits)

    def _responds(self, f: Found) -> bool:
        """Is the act the way its actor answers another ("responded by announcing ...", "hit back with
        tariffs", "in retaliation, expelled ..."): a word of response or retaliation governs it."""
        words = self.lex.cue_set("retaliation_words") or _RETALIATION
        t = f.anchor if f.nominal else f.tok
        for _ in range(4):
            if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in words for g in c.children if g.dep_ == "pobj")
                   for c in t.children):
                return True  # "in response", "in retaliation"
            if t.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "advcl", "conj") or t.head.i == t.i:
                return False
            t = t.head
            if t.pos_ == "VERB" and t.lemma_.lower() in words:
                return True
        return False

    @staticmethod
    def _retaliated(doc: Doc, tok: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """Whom a vow of retaliation is aimed at: the author of the latest hostile act before it, in its sentence
        or the one before ("... killed in an Israeli strike, and Iran vowed revenge"), not the vower's own side."""
        own = {a.key.split(".")[0] for a in actors}
        sent = sent_of(tok)
        prev_start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        for i, typ, ms in reversed(prior):
            if i >= tok.i or i < prev_start or typ not in _HOSTILE_ACTS:
                continue
            out = [m for m in ms if m.key.split(".")[0] not in own]
            if out:
                return out
        return []

    def _aimed_at_vower(self, doc: Doc, tok: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """With no hostile act before it, a vow of response answers the latest act of any kind aimed at the vower,
        in its sentence or the one before: "Poland closed the consulate, blaming Moscow for sabotage. Russia
        promised a mirror response" (the blame's author, POL)."""
        own = {a.key.split(".")[0] for a in actors}
        sent = sent_of(tok)
        prev_start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        recipients = role_cache(doc, self).recipients
        for i, _typ, ms in reversed(prior):
            if i >= tok.i or i < prev_start:
                continue
            if any(m.key.split(".")[0] in own for m in recipients.get(i, ())):
                out = [m for m in ms if m.key.split(".")[0] not in own]
                if out:
                    return out
        return []

    def _victims(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """Whom an attack killed or wounded is its target, before the place it happened in: "a strike in Iraq
        that killed a Kataib Hezbollah commander", "struck the convoy, killing two Hamas officials", "a commander
        who was killed in a US drone strike"."""
        casualty = self.lex.cue_set("casualty_verbs")
        if not casualty:
            return []
        found: list[Mention] = []
        heads = [f.tok] if not f.nominal or f.anchor.i == f.tok.i else [f.tok, f.anchor]
        for h in heads:
            for c in h.children:
                if c.dep_ in ("relcl", "acl", "advcl") and c.lemma_.lower() in casualty:
                    found += [m for o in c.children if o.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, o)]
        t = f.tok
        if not found and f.nominal and t.dep_ in ("nsubj", "csubj") and t.head.lemma_.lower() in casualty:
            # "a US drone strike on a vehicle killed a senior commander of Kataib Hezbollah"
            found += [m for o in t.head.children if o.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, o)]
        if not found and f.nominal and t.dep_ == "pobj" and t.head.lower_ in ("in", "by") and t.head.head.lemma_.lower() in casualty:
            verb = t.head.head
            subj, passive = self._subject(verb)
            if passive:
                found += [m for x in subj for m in self._mentions_in(doc, x)]
        # (an unnamed group placed only by a guess of the article's country, "killed 34 people", is no better
        # than the place itself)
        return [m for m in found if not same_party(m, actors) and m.via != "location"]

    @staticmethod
    def _nominal_path(t: Token, top: Token) -> bool:
        """Is ``t`` in ``top``'s noun phrase proper, with no clause (verb) between them?"""
        while t.i != top.i and t.head.i != t.i:
            if t.pos_ in ("VERB", "AUX"):
                return False
            t = t.head
        return t.i == top.i

    def _taken_from(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """The party a verb of taking takes from: "recaptured the town from the rebels" (named, not placed)."""
        verb = f.anchor if f.nominal else f.tok
        if verb.lemma_.lower() not in self.lex.cue_set("taking_verbs"):
            return []
        # (the parser may hang the phrase on the object's nouns: "recaptured the town of X from Y")
        hosts = [verb] + [t for o in verb.children if o.dep_ in ("dobj", "obj") for t in o.subtree
                          if t.pos_ in ("NOUN", "PROPN") and self._nominal_path(t, o)]
        return [m for h in hosts for p in self._prep_objects(h, frozenset({"from"})) for m in self._mentions_in(doc, p)
                if not same_party(m, actors) and m.via != "location"]

    def _retaken_from(self, doc: Doc, f: Found, actors: list[Mention],
                      prior: list[tuple[int, str, list[Mention]]] | None) -> list[Mention]:
        """Whom a place or thing is taken back from when no "from" names it: the taker reported just before,
        "rebels seized the town on Monday. Troops retook it hours later" (the author of the latest attack or
        seizure by another side, in the sentence or the two before)."""
        verb = f.anchor if f.nominal else f.tok
        if not prior or verb.lemma_.lower() not in self.lex.cue_set("retaking_verbs"):
            return []
        return self._recent_doer(doc, verb, actors, prior, _TAKING_TYPES)

    @staticmethod
    def _recent_doer(doc: Doc, tok: Token, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]],
                     types: frozenset[str]) -> list[Mention]:
        """The actors of the latest act of one of ``types`` before ``tok``, in its sentence or the two before, by
        a side other than ``actors``."""
        start = sent_of(tok).start
        for _ in range(2):
            if start > 0:
                start = sent_of(doc[start - 1]).start
        for i, typ, ms in reversed(prior):
            if i >= tok.i or i < start or typ not in types:
                continue
            out = RecipientReader._doers(ms, actors)
            if out:
                return out
        return []

    @staticmethod
    def _doers(ms: list[Mention], actors: list[Mention]) -> list[Mention]:
        """The resolved parties of an earlier act that are another side than ``actors``."""
        return [m for m in ms if not same_party(m, actors) and m.kind != "unresolved"]

    def _release_holder(self, doc: Doc, f: Found, actors: list[Mention], found: list[Mention],
                        prior: list[tuple[int, str, list[Mention]]] | None) -> list[Mention]:
        """Of whom a call for the release of captives asks it: their holder, named by a participle ("the release
        of the sailors held by Iran"), else the side that seized, detained or sentenced people just before ("rebels
        abducted two engineers. The UN demanded their release"). Only when the call names no other party than
        the captives ("urged Tehran to free them" is Tehran's)."""
        tok = f.tok
        nouns = self.lex.cue_set("release_nouns")
        asked = [] if f.nominal else [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        asked += self._prep_objects(tok, frozenset({"for"}))
        asked = [n for n in asked if n.lemma_.lower() in nouns]
        if asked:
            captives = [c for n in asked for c in n.children if c.dep_ == "poss"]
            captives += self._prep_objects(asked[0], frozenset({"of"}))
        elif f.nominal:
            return []
        else:
            # round 46 (C2): the release asked as a passive clause ("called for the kidnapped drivers to be freed",
            # "demanded that the detained workers be released"): its passive subject is the captives
            freeing = self.lex.cue_set("r21_freeing_verbs")
            captives = [s for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.lemma_.lower() in freeing
                        and any(a.dep_ == "auxpass" for a in c.children) for s in c.children if s.dep_ == "nsubjpass"]
            if not captives:
                return []
        captives = [x for c in captives for x in (c, *c.conjuncts)]
        held = {m.start for c in captives for m in self._mentions_in(doc, c)}
        if any(m.start not in held and not same_party(m, actors) for m in found):
            return []
        holders = [m for c in captives for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"
                   for g in self._agent(a) for m in self._mentions_in(doc, g) if not same_party(m, actors)]
        if holders or not prior or not captives:
            return holders
        # "Pirates seized a tanker's crew off the coast ... Navy ships later detained two fishing boats ... The
        # shipowner pleaded for the crew's release": the captives named again by their noun are those of the act
        # that took them, however far back it was told, not of the latest act that held anyone
        names = {c.lemma_.lower() for c in captives if c.pos_ == "NOUN"}
        for i, typ, ms in reversed(prior) if names else ():
            if i >= tok.i or typ not in _HOLDING_TYPES or doc[i].pos_ != "VERB":
                continue
            if any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in names for c in doc[i].children):
                out = self._doers(ms, actors)
                if out:
                    return out
        holders = self._recent_doer(doc, tok, actors, prior, _HOLDING_TYPES)
        return holders or self._charged_captor(doc, tok, actors, prior)

    def _charged_captor(self, doc: Doc, tok: Token, actors: list[Mention],
                        prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """Round 46 (C2). Whom a call to free captives asks when no act of taking them was told as a fact, but a charge
        of it was, in the call's sentence or the one before ("accused the police of abducting two activists and
        demanded that they be released"): the party charged."""
        taking = self.lex.cue_set("r46c_captive_taking_verbs")
        sent = sent_of(tok)
        start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        recorded = role_cache(doc, self).recipients
        for i, typ, _ms in reversed(prior):
            if i >= tok.i or i < start or typ != "ACCUSE":
                continue
            if any(w.lemma_.lower() in taking and w.pos_ in ("VERB", "NOUN") for w in doc[i].subtree if w.i != i):
                out = [m for m in recorded.get(i, ()) if not same_party(m, actors) and m.kind != "unresolved"]
                if out:
                    return out
        return []

    def _grievance_party(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """The target of a complaint: the author of the act it is about ("complained to the WTO about Seoul's
        subsidies", "protested over raids by Russian police": its possessor, modifier or "by" agent, not the
        sufferer of an act done to someone, "the arrest of its nationals"), else whom it is made to ("protested
        to Moscow", "lodged a complaint with Beijing"), unless that is an international body or court."""
        tok = f.tok
        index = mention_index(doc)
        hosts = [tok] + ([c for c in tok.children if c.dep_ in ("dobj", "obj")] if not f.nominal
                         else [f.anchor] if f.anchor.i != tok.i and tok.dep_ in ("dobj", "obj") else [])
        # (the parser may hang the "over" phrase on the forum: "filed a complaint at the WTO over X's tariffs")
        hosts += [g for h in list(hosts) for g in self._prep_objects(h, frozenset({"at", "to", "with", "before"}))]
        undergone = self.lex.cue_set("undergone_nouns")
        out: list[Mention] = []
        for act in (g for h in hosts for g in self._prep_objects(h, _GRIEVANCE_PREPS)):
            found = [m for g in self._prep_objects(act, frozenset({"by"})) for m in self._mentions_in(doc, g)]
            if not found:
                found = [index[c.i] for c in act.children if c.i in index and c.i < act.i and c.tag_ != "PRP$" and (
                    c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "poss" and act.lemma_.lower() not in undergone))]
            out += [m for m in found if not same_party(m, actors) and m.via != "location"]
        if not out:
            # round 28: the parties of a relation the complaint is about, "warned against the arms trade between
            # Tehran and Caracas", "alarm over clashes between the two" (the pair named before)
            acts = [g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in _GRIEVANCE_PREPS
                    for g in c.children if g.dep_ in ("pobj", "pcomp")]
            for g in (g for a in acts for x in [a, *(c for c in a.children if c.dep_ in ("dobj", "obj"))]
                      for g in self._prep_objects(x, frozenset({"between"}))):
                pair = self._mentions_in(doc, g)
                if not pair and (g.lower_ in ("two", "both") or any(c.lower_ in ("two", "both") for c in g.children)):
                    # (review of round 28: also "between the two sides", "the two neighbours")
                    pair = self._pair_named_before(doc, g, actors)
                out += [m for m in pair if not same_party(m, actors) and m.via != "location"]
        if out:
            return out
        addressed = [m for h in hosts for g in self._prep_objects(h, frozenset({"to", "with"}))
                     for m in self._mentions_in(doc, g)]
        return [m for m in addressed if not same_party(m, actors) and m.kind != "igo" and m.sector != "JUD"]

    @staticmethod
    def _pair_named_before(doc: Doc, h: Token, actors: list[Mention]) -> list[Mention]:
        """Round 28. The two parties "the two" stands for: those named before it in its sentence (else with the one
        before), apart from the actors, when exactly two are ("Iran and Venezuela signed an arms pact, and Bogota
        warned against the trade between the two")."""
        sent = sent_of(h)
        starts = [sent.start_char] + ([sent_of(doc[sent.start - 1]).start_char] if sent.start > 0 else [])
        for start in starts:
            first: dict[str, Mention] = {}
            for m in actor_mentions(doc):
                if (start <= m.start and m.end <= h.idx and m.via not in ("coreference", "location")
                        and m.kind != "unresolved" and not same_party(m, actors)):
                    first.setdefault(m.key.split(".")[0], m)
            if len(first) == 2:
                return list(first.values())
        return []

    def _accord_partner(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """The other side of the accord an act is done under: "withdrew from the town under a ceasefire with the
        junta", "began disarming as part of a peace process with Ankara" -> the junta, Ankara. The phrase may hang
        on the governing verb or on its infinitive ("agreed to withdraw under a truce with X")."""
        nouns = self.lex.cue_set("accord_frame_nouns")
        heads = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "conj"))]
        if verb.dep_ == "xcomp":
            heads.append(verb.head)
        frames: list[Token] = []
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep":
                    continue
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == "as":
                    # "as part of a deal with X"
                    objs = [g for p in objs if p.lower_ == "part" for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                            for g in q.children if g.dep_ == "pobj"]
                elif c.lower_ != "under":
                    continue
                frames += [g for g in objs if g.lemma_.lower() in nouns]
        return [m for n in frames for p in self._prep_objects(n, frozenset({"with"})) for m in self._mentions_in(doc, p)
                if not same_party(m, actors)]

    def _more_recipients(self, doc: Doc, f: Found, preps: frozenset[str], actors: list[Mention], found: list[Mention],
                         prior: list[tuple[int, str, list[Mention]]] | None) -> tuple[list[Mention], list[Token]]:
        """The recipients ``found`` in the clause, else the first that the fallbacks below find, tried in
        order; and the objects of the act's purpose clause (for the caller's unnamed-group fallback)."""
        tok = f.tok
        recips = list(found)

        def others(ms: list[Mention]) -> list[Mention]:
            return [m for m in ms if not same_party(m, actors)] if ms else ms

        if f.trigger.type in _ANSWERING_OFFERS and not f.nominal:
            # round 39: the author a proposal, offer or demand names by "by" or "from" is whom accepting, rejecting or
            # judging it answers, before any party a clause set off after it names ("rejected a proposal by Quito for
            # a truce, saying the rebels must first disarm" -> Quito)
            authors = self._offer_authors(doc, tok, actors)
            if authors:
                recips = authors
        if f.trigger.type == "REJECT" and not f.nominal and prior:
            # round 39: a charge rejected is the accuser's, not that of the parties its content names ("officials reject
            # the charge that Christians are singled out" -> whoever made it)
            accusers = self._charge_author(doc, tok, actors, prior)
            if accusers:
                recips = accusers

        if f.trigger.type == "REQUEST":
            # "demanded their immediate release": the captives' release is asked of whoever holds them
            holders = self._release_holder(doc, f, actors, recips, prior)
            if holders:
                recips = holders
        if f.trigger.type == "ACCUSE" and all(m.kind == "igo" or m.sector == "JUD" for m in others(recips)):
            # "filed a complaint at the WTO over Jakarta's duties", "protested to Moscow over raids by its police":
            # the author of the act complained of, else the addressee; not the forum it is brought to
            grievance = self._grievance_party(doc, f, actors)
            if grievance:
                recips = grievance
        if not recips and f.nominal and f.trigger.type == "ACCUSE":
            recips += self._claimed_party(doc, tok, actors)
        if not recips and (f.trigger.type in ("REQUEST", "THREATEN", "REJECT") or (
                not f.nominal and tok.lemma_.lower() in self.lex.cue_set("permitting_verbs"))):
            # (and "allowed UN inspectors to return": the party let act)
            recips += self._embedded_subject(doc, tok, actors)
        if not others(recips):
            # "issued arrest warrants for the prime minister", "a bounty for the rebel leader": "for" names
            # whom the measure is aimed at
            nouns = self.lex.cue_set("target_for_nouns")
            held = [tok] if f.nominal else [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            # (the phrase may hang on the verb that issues it: "issued warrants on Thursday for X")
            hosts = [h for n in held if n.lemma_.lower() in nouns for h in {n, n.head if n.dep_ in ("dobj", "obj") else n}]
            recips += [m for h in hosts for p in self._prep_objects(h, frozenset({"for"})) for m in self._mentions_in(doc, p)]
        if not others(recips) and f.trigger.type == "THREATEN":
            # "warned that quitting the bloc would have consequences for Armenia", "said X would pay a heavy price
            # for Y": whom a threatened cost falls on ("for" on a cost noun in the warning, not its subject)
            nouns = self.lex.cue_set("threatened_cost_nouns")
            top = f.anchor if f.nominal else tok
            subj = {t.i for x in self._subject(top)[0] for t in x.subtree}
            costs = [t for t in top.subtree if t.i not in subj and t.lemma_.lower() in nouns and t.pos_ == "NOUN"]
            # (the phrase may hang on the verb whose object the cost is: "threatened repercussions for Baku")
            costs += [t.head for t in costs if t.dep_ in ("dobj", "obj") and t.head.pos_ in ("VERB", "AUX")]
            recips += [m for n in costs for p in self._prep_objects(n, frozenset({"for"})) for m in self._mentions_in(doc, p)
                       if not same_party(m, actors)]
        if not recips and not f.nominal and f.trigger.type in _ANSWERING:
            recips += self._answered_party(doc, tok, actors)
        if not recips:
            recips += self._condition_party(doc, f.anchor if f.nominal else tok, actors, prior)
        if not others(recips) and f.trigger.type in _UNDER_ACCORD:
            recips += self._accord_partner(doc, f.anchor if f.nominal else tok, actors)
        if f.trigger.type in _TAKING_TYPES and all(m.via == "location" or m.kind == "unresolved" for m in others(recips)):
            # "recaptured the town from al-Shabaab", "seized rifles from the soldiers": whom it is taken from is
            # the target, before the place taken
            taken = self._taken_from(doc, f, actors) or self._retaken_from(doc, f, actors, prior)
            if taken:
                recips = taken
        if f.trigger.type == "ASSAULT" and all(m.via == "location" for m in others(recips)):
            # the dead or wounded named by the sentence are the target, before the place the attack was in
            victims = self._victims(doc, f, actors)
            if victims:
                recips = victims
        if not others(recips) and f.trigger.type in _HOSTILE_ACTS | {"ACCUSE", "REJECT"}:
            recips += self._retaliation_target(doc, f, actors, prior)
        if not others(recips) and (len(actors) < 2 or f.trigger.type in _ALLIED_ACTS):
            # (several actors and no recipient: a reciprocal act, "Thailand and Cambodia agreed"; only the
            # actor's own side found, "closed the crossings on its border with Belarus": look deeper)
            recips += self._deep_recipient(doc, f, preps | _DEEP_PREPS.get(f.trigger.type, frozenset()), actors)
        if not others(recips) and not f.nominal and (prior is not None or tok.dep_ == "relcl"):
            # (the actor's own side named in the clause does not stop it: "called it interference in Brazil's affairs")
            recips += self._antecedent(doc, tok, f, actors, prior or [])
        if not others(recips) and f.trigger.type == "SANCTION":
            recips += self._goods_country(doc, f, actors)
        if not others(recips) and prior and f.nominal and f.trigger.type in _HOSTILE_ACTS:
            # "JNIM said it was behind the attack", "claimed responsibility for the bombing": an attack named again
            # has the target of the attack it names
            recips += self._renamed_act_target(doc, tok, f.trigger.type, actors, prior)
        if not others(recips) and prior and f.trigger.type == "REJECT" and not f.nominal:
            # "Tbilisi would not change course", "agreed to X but refused Y": a refusal naming no one answers
            recips += self._refused_party(doc, tok, actors, prior)
        if not others(recips) and prior and f.trigger.type in _HOSTILE_ACTS and (self._vows_retaliation(f) or self._responds(f)):
            # "Beijing vowed to take countermeasures", "its troops had not retaliated", "Maduro responded by
            # announcing a mobilisation": the act answers the latest hostile act of the other side
            recips += self._retaliated(doc, tok, actors, prior)
            if not others(recips):
                recips += self._aimed_at_vower(doc, tok, actors, prior)
        if not others(recips) and prior and f.trigger.type == "CONCEDE" and not f.nominal and not any(
                c.dep_ in ("dobj", "obj") for c in tok.children):
            # "Bogota backed down", "the government relented": a concession with nothing named gives in to the
            # latest pressure of the other side (a hostile act in its sentence or the one before)
            recips += self._retaliated(doc, tok, actors, prior)
        if not others(recips) and f.trigger.type == "MOBILIZE":
            # "dispatched ships to monitor Chinese forces", "scrambled jets to intercept the bombers": a force
            # sent against someone has them as its target (not "deployed troops to protect civilians")
            hostile = self.lex.cue_set("hostile_purpose_verbs")
            recips += [m for o in self._purpose_objects(f.anchor if f.nominal else tok, hostile)
                       for m in self._mentions_in(doc, o) if not same_party(m, actors)]
            if not recips and prior:
                # "rushed reinforcements to repel the attack": the authors of the act the force is sent against
                recips += [m for c in self._purpose_clauses(f.anchor if f.nominal else tok, hostile)
                           for m in self._antecedent(doc, c, f, actors, prior)]
        if not others(recips) and not f.nominal:
            # (a described party: "accusing its neighbour", "urging the two sides")
            described = f.trigger.type in _DIRECTED_SPEECH and not any(
                c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN" for c in tok.children)
            recips += self._shared_recipient(doc, tok, preps, actors, described)
        if not others(recips) and not f.nominal and f.trigger.type in _DOMESTIC_TARGETS:
            recips += self._raised_object(doc, tok, actors)
        if not recips and not f.nominal and f.trigger.type in _DOMESTIC_MEASURES:
            recips += self._own_body(doc, tok, actors)
        if not others(recips):
            # (an insurgent's "the government" is its own state's)
            recips += self._insurgents_state(doc, f, actors)
        if not others(recips) and f.trigger.type in ("AID", "SUPPORT", "COOPERATE", "AGREE"):
            # (round 28: also a pledge, "promised to help Jordan and Lebanon house refugees": the party it is made
            # to help is the one it is made to, not a party of a clause set off after it)
            recips += self._aid_beneficiary(doc, f, actors)
        purpose = self._purpose_objects(f.anchor if f.nominal else tok) if f.trigger.type in _PURPOSE_TARGETS else []
        if not recips:
            # "police fired tear gas to disperse protesters", "used water cannon to break up the crowds": the
            # force is aimed at whoever the purpose clause acts on
            recips += [m for o in purpose for m in self._mentions_in(doc, o)]
        if f.trigger.type == "ACCUSE" and not f.nominal and prior and recips:
            # round 39: "condemned the killing of the officers", "the strike on Zaporizhzhia": an act named again with
            # the party it fell on is the record's act of that type on that party; its author is whom the reaction
            # answers, not the victims
            authors = self._victims_act_author(doc, tok, actors, others(recips), prior)
            if authors:
                recips = authors
        return recips, purpose
