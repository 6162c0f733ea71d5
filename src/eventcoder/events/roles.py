"""Reading the parties of an event from the parse: actors and recipients of verbs and event nouns.

``RoleReader`` is the role half of :class:`~eventcoder.events.coder.EventCoder`: subjects, passive
agents, objects, recipient prepositions, possessives and modifiers of nominal events, coordination,
control, hosts and mediators, unnamed groups placed by the event's location.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors.registry import Role, get_registry
from ..actors.vocab import AFFILIATION_WORDS, NATURAL_FEATURES, SPONSOR_PARTICIPLES
from ..models import Mention
from ..nlp import child_indices, lower_lemmas, sent_of, token_attrs
from .lexicon import Lexicon, Trigger
from .modality import claim_nouns, denial_verbs
from .places import place_noun_state, place_of
from .recipients import RecipientReader
from .syntax import (  # noqa: F401  (re-exported)
    OBJ,
    PASS_SUBJ,
    RELATIVE,
    SUBJ,
    actor_mentions,
    armed_object,
    coordinated_inside,
    coordinated_names,
    coref_members,
    mention_index,
    passive_anchor,
    place_name,
    role_cache,
    same_party,
    through_prep,
    unique_keys,
)

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# nouns after a recipient preposition that name no party ("on their behalf", "on the part of")
_NOT_PARTIES = frozenset({"behalf", "part", "account", "basis", "side", "sidelines", "occasion"})

DEFAULT_RECIPIENT_PREPS = frozenset({"on", "against", "to", "with", "at"})

_RECIPROCAL = frozenset({"CONSULT", "COOPERATE"})
# round 43: acts of helping or joining a partner, whose "against" phrase names the partners' common foe
_JOINT_ACTS = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})
# round 43: the modal auxiliaries a simple past joined to their verb cannot share
_MODALS = frozenset({"would", "will", "could", "can", "may", "might", "must", "should", "shall", "'ll", "wo", "ca"})
# round 42: sectors of a state's society, whose acts do not put the state's organs in
_R42_SOCIETY = frozenset({"OPP", "PTY", "REB", "CVL", "LAB", "JRN", "EDU", "REL", "BUS", "SOC", "AGR", "MED"})

# diplomatic acts that several states doing each with their own envoys or missions do to each other
_MUTUAL_OWN = frozenset({"SUPPORT", "SANCTION", "COOPERATE", "AGREE"})

_FROM_IS_RECIPIENT = frozenset({"RETREAT"})

# acts whose target may be a place: the state where the struck or seized object lies
_PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})

# hostile acts whose target, when it is a place in the actor's own state, is that state's civilians
_OWN_PLACE_CIVILIANS = frozenset({"ASSAULT", "COERCE"})

# directed speech acts whose addressee, when unnamed, is whoever answers them: "the Taliban rejected the UN's
# call" (REQUEST UN -> Taliban), "Russia stayed despite requests from Moldova", "dismissed Israel's threats"
_ADDRESSED = frozenset({"REQUEST", "THREATEN"})

# sectors outside the state: their acts may target their own state
_SOCIETY = frozenset({"CVL", "REB", "JRN", "REL", "MED", "BUS", "SOC", "LAB", "CRM", "REF", "EDU", "UAF", "OPP",
                      "AGR", "PTY", "INS"})

# prepositions that attach a circumstance, not an argument: "launched strikes over the war" does not make
# the striker a party to the war, "has not withdrawn despite requests" does not negate the requests
_ADJUNCT_PREPS = frozenset({"over", "despite", "after", "before", "amid", "during", "since", "following", "until",
                            "because", "like", "as", "than", "ahead", "near", "outside", "inside", "across"})

# prepositions that place a group by a natural feature: "farmers near the Euphrates", "fishermen along the Nile"
_FEATURE_PREPS = frozenset({"in", "near", "along", "across", "around", "inside", "on"})
# prepositions that place the act: "set fire to homes in the village of X", "struck sites near Damascus"
# "pulled out of positions in southern Lebanon", "withdrew from towns near Kherson": the place left
_LEFT_PLACE_PREPS = frozenset({"of", "from"})

_PARTICLES = frozenset({"out", "back", "away", "off"})

# relative adverbs: "the town where rebels attacked" does not make the town the object
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "whereby"})

# conjunctions the small parser may read as prepositions with the clause's subject as their object
_CLAUSE_CONJUNCTIONS = frozenset({"as", "while", "when", "after", "before", "until", "since"})

# acts done by speaking: a participle of one after an inserted report is the speaker's ("..., X said, accusing Y")
_SPEECH_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "PROTEST"})


# acts whose recipient is not guessed from the one other party of the sentence: a protest with none named is
# against the protesters' own government (see the coder), a drill with a partner is joint, and a withdrawal or
# resignation is mostly from no one ("the fighters withdrew as the army deployed")
_NO_SOLE_PARTY = frozenset({"PROTEST", "COOPERATE", "RETREAT"})

# Round 18. Measures a state's organ takes against people of its own state, whose object may be people named only
# by what they are ("ordered the arrest of three magistrates", "stripped 47 critics of their citizenship", "jailed
# a lawyer"): with no named party, the people are the home state's (of the sector the noun names)
_HOME_PEOPLE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# the state's own organs: one person of these (a judge, a minister, a police chief) acts for the state at home
_STATE_ORGANS = frozenset({"GOV", "JUD", "COP", "MIL", "SPY", "LEG"})
# prepositions placing an attack by what it hit or stood near ("a bombing outside a court", "a blast near a station")
_ATTACK_PLACE_PREPS = frozenset({"outside", "near", "at", "in", "inside", "by", "on", "opposite", "beside"})
# a state's key (three capitals), as against a group's or an organisation's
_STATE_LIKE = re.compile(r"[A-Z]{3}")
# nouns of a number, whose "of" phrase names what is counted ("dozens of opponents", "a group of villagers")
_QUANTITY_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "score", "number", "group", "handful", "couple",
                             "several", "some", "many", "dozens", "hundreds", "thousands"})


# prepositions naming the body officials are drawn from ("envoys of the bloc", "ministers from the party")
_DRAWN_FROM = frozenset({"from", "of"})
_AT = frozenset({"at"})
# Round 49a: how many sentences before a reciprocal accusation of its own ("Each side accused the other.") the clash
# whose two sides it names is looked for
_R49A_CLASH_WINDOW = 4
# acts of promising or giving, made to whoever is to receive what they hand over (round 28)
_GIVING = frozenset({"AGREE", "SUPPORT", "AID"})
# acts of giving or pledging that, naming no recipient, go where another party's gift just went (round 29)
_FELLOW_GIFTS = frozenset({"AGREE", "AID"})
# prepositions of a destination inside the phrase of what is sent ("a plane carrying tents to Malawi")
_INTO = frozenset({"to", "into"})
# the object of "over" on a transfer verb, read beside its destination
_HANDED_OVER = frozenset({"over"})


@dataclass
class Found:
    """A trigger found in a sentence, before roles are read."""

    tok: Token  # the head token of the trigger
    trigger: Trigger
    nominal: bool
    anchor: Token  # the verb whose clause gives subject/negation/modality (== tok for verbs)



class _Found(list):  # type: ignore[type-arg]
    """The mentions ``_mentions_in`` has found, in order, knowing which it holds (by identity and by key): the
    tests "not found yet" were a walk over the list, for each conjunct of each conjunct (a list of 400 states in
    one phrase took seconds). Each mention is added one at a time, so a test inside ``extend`` sees the mentions
    added before it, as with a plain list."""

    __slots__ = ("ids", "keys")

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[int] = set()
        self.keys: set[str] = set()

    def append(self, m: Mention) -> None:
        super().append(m)
        self.ids.add(id(m))
        self.keys.add(m.key)

    def extend(self, ms: Iterable[Mention]) -> None:  # type: ignore[override]
        for m in ms:
            self.append(m)


class RoleReader(RecipientReader):
    """Mixin: the role-reading methods of the event coder (it provides ``lex``, ``roles`` and the verb classes)."""

    # provided by EventCoder
    lex: Lexicon
    roles: dict[str, Role]
    undergo: frozenset[str]
    host_verbs: frozenset[str]
    lends_subject: frozenset[str]
    allegation: frozenset[str]
    convene: frozenset[str]
    act_nouns: frozenset[str]
    travel: frozenset[str]
    transfer: frozenset[str]
    relation_nouns: frozenset[str]
    destination_preps: frozenset[str]

    if TYPE_CHECKING:

        def _noun_trigger(self, tok: Token) -> Trigger | None: ...

        def _participates(self, noun: Token, anchor: Token) -> bool: ...

        @staticmethod
        def _argument_of(noun: Token, anchor: Token) -> bool: ...

    def _mentions_in(self, doc: Doc, tok: Token, deep: bool = True) -> list[Mention]:
        """Actor mentions for the phrase headed by ``tok``, expanding coordination."""
        index: dict[int, Mention] = mention_index(doc)
        cache = role_cache(doc, self)
        out = _Found()

        def add(t: Token) -> bool:
            found = False
            for x in [t, *cache.later_conjuncts(t)]:
                m = index.get(x.i)
                if m is None and x is not t:
                    # "Malian soldiers and Wagner mercenaries": a conjunct named by its own modifier
                    mod = next((c for c in x.children if c.dep_ in ("compound", "amod", "nmod") and c.i in index), None)
                    m = index[mod.i] if mod is not None else None
                if m is not None and id(m) not in out.ids:
                    out.append(m)
                    found = True
                    # "their": every member of the coordination it stands for
                    out.extend(n for n in coref_members(doc).get(x.i, ()) if n.key not in out.keys)
                    if cache.coordinates(doc, m):
                        # "Cambodian and Thai troops": the second modifier's own mention lies inside the first's
                        out.extend(n for n in coordinated_inside(doc, m) if id(n) not in out.ids)
                        out.extend(n for n in coordinated_names(doc, m) if n.key not in out.keys)
            return found

        heads = [tok, *cache.later_conjuncts(tok)]
        for h in heads:
            if h.i in index and index[h.i].via == "location":
                # "Islamic State fighters in the Golis Mountains": an organisation named in the phrase wins over
                # the unnamed group the resolver placed by the location
                named = [c for c in h.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i in index
                         and index[c.i] is not index[h.i] and index[c.i].kind in ("org", "state", "igo") and c.tag_ != "PRP$"]
                if named and add(named[0]):
                    continue
                # "officials from the bloc", "ministers from the party and its ally": the body they are drawn from,
                # named after them, over the place the resolver gave them
                # (round 28: also the body they work at, "judges at the International Criminal Court")
                drawn = [g for g in self._prep_objects(h, _DRAWN_FROM) if g.i not in index or index[g.i].kind in ("org", "igo")]
                drawn += [g for g in self._prep_objects(h, _AT) if g.i in index and index[g.i].kind in ("org", "igo")]
                if drawn and len(h.conjuncts) == 0 and add(drawn[0]):
                    continue
            if h.i in index and index[h.i].via == "coreference":
                # "the two leaders", "both sides": the pair named before, not the one party coreference chose
                pair = self._pair_parties(doc, h)
                if pair:
                    out.extend(m for m in pair if id(m) not in out.ids)
                    continue
            if h.i in index:
                add(h)
                top = index[h.i].key.split(".")[0]
                # "leaders of France, Germany and Poland", "negotiators from the army and the RSF",
                # "militias in Iraq and Syria": a group drawn from several parties is one group per party
                for g in self._prep_objects(h, frozenset({"of", "from", "in"})):
                    if g.i in index and index[g.i].key.split(".")[0] == top and g.conjuncts:
                        add(g)
                # "Mali, Burkina Faso and Niger": a list the parser hangs as an apposition with conjuncts
                # (and "the presidents of the two countries, X and Y": the persons a plural title names)
                for c in h.children:
                    if (c.dep_ == "appos" and c.i in index and any(x.i > c.i for x in c.conjuncts) and (
                            (index[c.i].kind == index[h.i].kind and index[c.i].kind in ("state", "org", "igo"))
                            or (index[c.i].kind == "person" and h.tag_ == "NNS"))):
                        add(c)
                continue
            if h.lower_ in RELATIVE and h.head.dep_ == "relcl":
                out.extend(m for m in self._mentions_in(doc, self._casualty_antecedent(h)) if id(m) not in out.ids)
                continue
            pair = self._pair_parties(doc, h)
            if pair:
                out.extend(m for m in pair if id(m) not in out.ids)
                continue
            if not deep:
                continue
            kids = list(h.children)  # (read once: each walk over ``children`` makes every Token again)
            # "its allies, including Iran and Hezbollah": the members named
            inc = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("including", "like") for g in c.children if g.dep_ == "pobj"]
            if inc and any(add(g) for g in inc):
                continue
            # the head's own modifiers: "Hamas fighters", "the Israeli army", "Israeli and American targets",
            # "a US drone strike" (a modifier of a modifier)
            lemmas = token_attrs(doc).lemma
            relation = any(lemmas[x.i] in self.relation_nouns for x in (h, *h.conjuncts))
            # (the possessor of an adversary noun is whom the group stands against, not the group: "Erdogan's
            # critics", "the minister's killers"; a demonym still names the group's state: "Iranian dissidents";
            # "Bolsonaro's supporters" are of his side)
            against = relation and lemmas[h.i] in self.lex.cue_set("adversary_nouns")
            mods = [c for c in kids if c.dep_ in ("compound", "amod", "poss", "nmod", "appos") and c.i in index
                    and not (against and c.dep_ == "poss")]
            if not mods:
                mods = [g for c in kids if c.dep_ in ("compound", "amod", "nmod") and c.i < h.i
                        for g in c.subtree if g.i in index and g.i < h.i]
            # a pronoun possessor ("its allies") is the weakest clue; a named one ("Finland's NATO membership",
            # "Kyiv's EU accession") is the owner, before an organisation the noun merely concerns
            # a name in apposition to a description is the party itself, before the description's modifiers ("the
            # U.N. peacekeeping force in Lebanon, UNIFIL": UNIFIL, not the U.N.)
            mods.sort(key=lambda c: -1 if c.dep_ == "appos" and c.pos_ == "PROPN" else
                      0 if c.dep_ == "poss" and c.tag_ != "PRP$" else 2 if c.dep_ == "poss" else 1)
            if mods and add(mods[0]):
                continue
            if h.head.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in kids):
                # "Sadr, whose movement boycotted the vote", "Bahrain, whose forces joined the raid": the body of the
                # party the relative clause is on
                out.extend(m for m in self._mentions_in(doc, h.head.head, deep=False) if id(m) not in out.ids)
                continue
            if against and self._home_people_sectors().get(lemmas[h.i]) == "OPP":
                # "Erdogan's critics", "the president's opponents in parliament": those who stand against a state's
                # rulers are its opposition
                ruler = [index[c.i] for c in kids if c.dep_ == "poss" and c.i in index]
                # only a state's rulers: a party's critics ("Labour's critics") are no state's opposition
                if (ruler and ":" not in ruler[0].key and (ruler[0].sector or "GOV") in ("GOV", "ELI")
                        and ruler[0].key.split(".")[0] == ruler[0].code and len(ruler[0].code) == 3):
                    top = ruler[0].code
                    out.append(Mention(h.idx, h.idx + len(h.text), h.text, f"{top}.OPP", ruler[0].code, "OPP", None,
                                       "role", "group", True))
                    continue
            # "leaders of Hamas", "militias in Iraq and Syria"; but a critic, rival or victim of X is not X
            if relation:
                continue
            for c in kids:
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
                    for g in c.children:
                        if g.dep_ == "pobj" and add(g):
                            break
                        if (g.dep_ == "pobj" and c.lower_ == "of" and g.i not in index and g.pos_ == "NOUN"
                                and lemmas[h.i] in self.lex.cue_set("r38r_body_of_nouns")):
                            # Round 38: "a panel of U.N. experts", "a team of IAEA inspectors": the members' body,
                            # named on the noun of the of-phrase
                            named = [x for x in g.children if x.dep_ in ("compound", "amod", "nmod", "poss")
                                     and x.i < g.i and x.i in index and x.tag_ != "PRP$"]
                            if named and add(named[0]):
                                break
        return list(out)

    def _casualty_antecedent(self, rel: Token) -> Token:
        """The noun a relative pronoun stands for. A casualty clause ("that killed 12 people") the small parser hangs
        on the place of an attack ("a suicide bombing outside a court that killed 12", "a blast near a police station
        which wounded five") tells of the attack, not of the court or the station."""
        noun = rel.head.head
        if rel.lower_ not in ("that", "which") or rel.head.lemma_.lower() not in self.lex.cue_set("casualty_verbs"):
            return noun
        p = noun.head
        if noun.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ in _ATTACK_PLACE_PREPS and p.head.pos_ == "NOUN":
            trig = self._noun_trigger(p.head)
            if trig is not None and trig.type == "ASSAULT":
                return p.head
        return noun

    def _relative_object(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """The noun a relative clause with a subject of its own and no object describes is that clause's
        object: "two Germans it accused of spying", "the rebels the army fought" -> the Germans, the rebels (not
        "the town where rebels attacked", "the rebels it negotiated with")."""
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return []
        kids = list(verb.children)
        if any(c.dep_ in OBJ or c.dep_ in PASS_SUBJ or c.lower_ in _RELATIVE_ADVERBS or (c.dep_ == "prep" and not any(
                g.dep_ in ("pobj", "pcomp") for g in c.children)) for c in kids):
            return []
        if not any(c.dep_ in SUBJ and c.lower_ not in RELATIVE for c in kids):
            return []
        head = verb.head
        while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
            head = head.head  # "three Americans and two Spaniards it accused": the whole coordination
        return [m for m in self._mentions_in(doc, head) if not same_party(m, actors)]

    def _ordered_done(self, part: Token) -> Token | None:
        """Round 37. The verb of ordering whose object ``part`` is a bare passive participle on ("ordered two
        activists detained", "a judge ordered the editor held in custody"), else None. The parser hangs the
        participle on the noun as a reduced relative clause, or reads noun and participle as a clause of their own
        with no auxiliary ("activists detained" as subject and verb; not "ordered that police detain them")."""
        if part.tag_ not in ("VBN", "VBD") or part.pos_ != "VERB":
            return None
        if part.dep_ == "acl" and part.tag_ == "VBN" and part.head.dep_ in ("dobj", "obj"):
            gov = part.head.head
        elif part.dep_ == "ccomp" and any(c.dep_ in SUBJ for c in part.children) and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in part.children):
            gov = part.head
        else:
            return None
        return gov if gov.lemma_.lower() in self.lex.cue_set("ordering_verbs") else None

    def _object_authors(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """The authors of the document or act a verb takes as its object, named by a participle's agent:
        "welcomed the truce signed by Kinshasa and the rebels", "rejected the plan drawn up by Washington"."""
        index = mention_index(doc)
        nouns = (self.lex.cue_set("document_nouns") | self.lex.cue_set("proposal_nouns")
                 | self.lex.cue_set("accord_frame_nouns") | self.act_nouns)
        out: list[Mention] = []
        for c in verb.children:
            if c.dep_ not in ("dobj", "obj") or c.i in index or c.lemma_.lower() not in nouns:
                continue
            for a in c.children:
                if a.dep_ == "acl" and a.tag_ == "VBN":
                    out += [m for g in self._agent(a) for m in self._mentions_in(doc, g) if not same_party(m, actors)]
                elif a.dep_ == "relcl" and a.lemma_.lower() in self.lex.cue_set("r37r_authoring_verbs") and not any(
                        o.dep_ in OBJ and o.lower_ not in RELATIVE for o in a.children):
                    # round 37: a relative clause whose subject made it: "denounced the decision, which Ethiopia
                    # announced a day earlier", "rejected the measures Tanzania imposed" (its object is the noun)
                    out += [m for g in a.children if g.dep_ in SUBJ and g.lower_ not in RELATIVE
                            for m in self._mentions_in(doc, g) if not same_party(m, actors)]
        return out

    def _pair_parties(self, doc: Doc, h: Token) -> list[Mention]:
        """ "the two sides", "both countries", "each side": the parties named just before (in the sentence, else
        with the sentence before it), when exactly that many are named."""
        if h.lower_ in ("both", "each") and h.dep_ in SUBJ:
            n = 2
        elif h.lemma_.lower() in self.lex.cue_set("reciprocal_party_nouns"):
            words = {c.lower_ for c in h.children if c.dep_ in ("det", "predet", "nummod") and c.i < h.i}
            n = 2 if words & {"both", "each", "two"} else 3 if "three" in words else 0
        else:
            n = 0
        if not n:
            return []
        # "spoke with the leaders of India and Pakistan and urged both countries to ...": not the speaker
        verb = h.head.head if h.dep_ == "pobj" else h.head
        # (never the pair itself: "Both sides were urged to ...", whose passive subject is the pair, asked for the
        # pair's speaker without end)
        subj = [x for x in self._subject(verb)[0] if x.i != h.i] if h.dep_ not in SUBJ and h.dep_ not in PASS_SUBJ else []
        speaker = {m.key.split(".")[0] for x in subj for m in self._mentions_in(doc, x, deep=False)}
        # a subject named two ways in apposition is one speaker, not two sides: "AMISOM, the African Union force,
        # urged both sides", "the E.U. mission in Kosovo, EULEX, urged both sides"
        appos = [c for x in subj for c in x.children if c.dep_ == "appos"]
        index = mention_index(doc)
        named_twice = {index[g.i].key.split(".")[0] for x in subj for g in [x, *(
            t for c in x.children if c.dep_ in ("compound", "amod", "nmod", "poss", "appos") for t in c.subtree)]
            if g.i in index} if appos else set()
        speaker |= named_twice
        sent = sent_of(h)
        if n == 2 and h.dep_ in SUBJ and self._r49a_blames_the_other(h.head):
            clash = self._r49a_clash_sides(doc, sent, h)
            if clash:
                return clash
        starts = [sent.start_char]
        if sent.start > 0:
            starts.append(sent_of(doc[sent.start - 1]).start_char)
        for start in starts:
            first: dict[str, Mention] = {}
            referred: dict[str, Mention] = {}
            for m in actor_mentions(doc):
                if (start <= m.start and m.end <= h.idx and m.via != "coreference" and m.kind != "unresolved"
                        and (m.via != "location" or (speaker and self._named_of(doc, m)))):
                    first.setdefault(m.key.split(".")[0], m)
                elif start <= m.start and m.end <= h.idx and (
                        (m.via == "coreference" and m.kind in ("org", "group", "state")) or (m.via == "location" and m.kind == "group")):
                    referred.setdefault(m.key.split(".")[0], m)
            # "The army bombed the group's positions. China urged both sides ...": a party the window names only by
            # a description ("the group", or a force placed by the location: "the army") is a side too, when the
            # count then comes out right
            extra = {k: m for k, m in referred.items() if k not in first}
            if extra and len(first) + len(extra) == n + len(speaker & (first.keys() | extra.keys())):
                first.update(extra)
            if speaker and len(first) == n + len(speaker & first.keys()) and speaker & first.keys():
                return [m for k, m in first.items() if k not in speaker]
            first = {k: m for k, m in first.items() if m.via != "location" and k not in named_twice}
            if len(first) == n:
                return list(first.values())
            refined = self._r52d_pair_refined(doc, h, first, n, start)
            if refined:
                return refined
        return []

    def _r52d_pair_refined(self, doc: Doc, h: Token, first: dict[str, Mention], n: int, start: int) -> list[Mention]:
        """Round 52 (r52d). "The two sides", "the two countries" where more parties than the pair are named before
        them: the pair is told apart from the rest by (1) a "between" phrase naming exactly that many ("talks between
        the government and the rebels, where the two sides agreed to ..."); (2) for a noun of states ("the two
        countries", "the two neighbours"), the states among them when exactly that many are states ("France backed
        India's bid for a seat on the Security Council, and the two countries agreed ..."); (3) the speaker who
        announces what the pair did ("Trump announced that the two neighbours had agreed to a ceasefire"), left out."""
        if len(first) <= n or h.dep_ not in SUBJ:
            return []  # (the pair as the subject of its own act: "between the two sides" is read with its noun)
        index = mention_index(doc)
        for p in (t for t in doc[max(0, h.i - 80) : h.i] if t.idx >= start and t.lower_ == "between"):
            keys: dict[str, Mention] = {}
            for g in (c for c in p.children if c.dep_ == "pobj"):
                for x in (g, *g.conjuncts):
                    for t in x.subtree:
                        m = index.get(t.i)
                        if m is not None and m.kind != "unresolved" and m.key.split(".")[0] in first:
                            keys.setdefault(m.key.split(".")[0], first[m.key.split(".")[0]])
            if len(keys) == n:
                return list(keys.values())
        if h.lemma_.lower() in self.lex.cue_set("r52d_state_pair_nouns"):
            states = [m for m in first.values() if m.kind == "state"]
            if len(states) == n:
                return states
        if h.dep_ in SUBJ and h.head.dep_ == "ccomp" and h.head.head.lemma_.lower() in self.lex.cue_set("r52d_announcing_verbs"):
            speaker = {m.key.split(".")[0] for x in self._subject(h.head.head)[0] for m in self._mentions_in(doc, x)}
            rest = [m for k, m in first.items() if k not in speaker]
            if speaker and len(rest) == n:
                return rest
        return []

    def _r49a_blames_the_other(self, verb: Token) -> bool:
        """Round 49a. "Each side accused the other", "each party blamed the other": a verb of accusing whose object
        is "the other" (the parties' reciprocal accusation)."""
        return verb.lemma_.lower() in self.lex.cue_set("r49a_reciprocal_accusing_verbs") and any(
            c.dep_ in OBJ and c.lower_ == "other" and any(d.lower_ == "the" for d in c.children) for c in verb.children)

    def _r49a_fought(self, v: Token) -> bool:
        """Review of round 49a: is a clash verb told as the two sides fighting each other? "exchanged fire" and "traded
        shots" are (the object a word of ``r49a_exchanged_blows``), "exchanged ambassadors" is not; "fought together"
        or "fought alongside", and fighting a third party ("fought the jihadists"), are not."""
        lemma = v.lemma_.lower()
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        if lemma in ("exchange", "trade"):
            return any(o.lemma_.lower() in self.lex.cue_set("r49a_exchanged_blows") for o in objs)
        if lemma in ("fight", "battle") and v.pos_ == "VERB":
            return not objs and not any(c.lower_ in ("together", "alongside") or (
                c.dep_ == "prep" and c.lower_ in ("alongside", "beside")) for c in v.children)
        return True

    def _r49a_clash_sides(self, doc: Doc, sent, h: Token) -> list[Mention]:
        """Round 49a. The two sides of the clash told before a reciprocal accusation (in its sentence, else in one
        of the few sentences before it, as when it stands as a sentence of its own: "Pakistani and Afghan forces exchanged fire at the crossing ...
        Each side accused the other of firing first"; "supporters of the two parties clashed in the market ...
        police said ... Each party blamed the other"): the sentence before it may name two other parties
        (mediators urging restraint) or more than two, so the pair is read from the subject, or the "between" phrase, of the nearest
        verb of fighting each other, when that names exactly two parties."""
        verbs = self.lex.cue_set("r49a_clash_verbs")
        back = sent
        for step in range(_R49A_CLASH_WINDOW + 1):
            if step:
                if back.start == 0:
                    break
                back = sent_of(doc[back.start - 1])
            for v in reversed(list(back)):  # the nearest first
                if v.pos_ not in ("VERB", "NOUN") or v.lemma_.lower() not in verbs or v.i >= h.i or not self._r49a_fought(v):
                    continue
                spans = [x for x in v.children if x.dep_ in SUBJ] + self._prep_objects(v, frozenset({"between"}))
                sides: dict[str, Mention] = {}
                for x in spans:
                    for m in self._mentions_in(doc, x):
                        if m.kind != "unresolved" and m.via != "coreference":
                            sides.setdefault(m.key.split(".")[0], m)
                if len(sides) == 2:
                    return list(sides.values())
        return []

    @staticmethod
    def _named_of(doc: Doc, m: Mention) -> bool:
        """Is a state the resolver read as a place named as whose people a phrase speaks of ("the leaders of
        India and Pakistan"), not where something is ("talks in Doha")?"""
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None:
            return False
        t = sp.root
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ == "of"

    def _document_author(self, doc: Doc, verb: Token, subj: list[Token]) -> list[Mention]:
        """ "parliament passed legislation banning UNRWA", "the board adopted a resolution censuring Iran": the
        act of a law or resolution (a participle or relative clause on it) is that of whoever enacts or issues it."""
        if verb.dep_ not in ("acl", "relcl") or len(subj) != 1 or subj[0].i != verb.head.i:
            return []
        text = verb.head
        if text.lemma_.lower() not in self.lex.cue_set("document_nouns") or text.dep_ not in ("dobj", "obj"):
            return []
        lemma = text.head.lemma_.lower()
        if not (lemma in self.lends_subject or lemma in self.lex.cue_set("enacting_verbs")
                or lemma in self.lex.cue_set("presenting_verbs")) or lemma in self.lex.cue_set("negating_verbs"):
            return []
        heads, passive = self._subject(text.head)
        return [] if passive else [m for x in heads for m in self._mentions_in(doc, x)]

    def _own_in_turn(self, doc: Doc, f: Found, actors: list[Mention]) -> bool:
        """ "India and Canada reinstated their envoys", "the two states reopened their embassies": several states
        each doing a diplomatic act with its own envoys or missions do it to each other."""
        if f.nominal or f.trigger.type not in _MUTUAL_OWN:
            return False
        return any(c.dep_ in ("dobj", "obj") and self._own(doc, c, actors) for c in f.tok.children)

    @staticmethod
    def _the_other(f: Found) -> bool:
        """ "each side accused the other", "both blamed the other": the parties act on each other."""
        return any(c.dep_ in OBJ and c.lower_ == "other" and any(d.lower_ == "the" for d in c.children)
                   for c in (f.anchor if f.nominal else f.tok).children)

    def _subject(self, verb: Token) -> tuple[list[Token], bool]:
        """(subject tokens, passive?) of a verb, climbing through control/raising verbs and conjunctions (read
        once a run for each verb)."""
        table = role_cache(verb.doc, self).subjects
        found = table.get(verb.i)
        if found is None:
            found = table[verb.i] = self._find_subject(verb)
        return list(found[0]), found[1]

    def _find_subject(self, verb: Token) -> tuple[list[Token], bool]:
        light = self._r51a_misread_light_object(verb)
        if light is not None:
            return self._find_subject(light)  # round 51: "imposed asset freezes on": the light verb's subject
        t = verb
        controlled = False  # reached through an active infinitive: "X was asked to leave", "X was prepared to sign"
        crowd = self._crowd_participle_noun(verb)
        if crowd is not None:
            return [crowd], False
        if verb.tag_ == "VBZ" and verb.dep_ in ("advcl", "pobj") and not any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in verb.children):
            # round 27: "days after US strikes on their positions", "hours after Russian attacks on the port": a plural
            # act noun the small parser reads as a verb, with its doer as a compound or adjective before it, is that
            # doer's act (not the act of the clause it is attached to)
            owner = [c for c in verb.children if c.dep_ in ("compound", "amod", "nmod") and c.i == verb.i - 1]
            if owner:
                return owner, False
        tied = self._r52c_tied_subject(verb)
        if tied is not None:
            return [tied], False  # round 52 (r52c): "Militants linked to the Islamic State attacked a school"
        for _ in range(6):
            kids = list(t.children)  # (read once a step: each walk over ``children`` makes every Token again)
            subj = [c for c in kids if c.dep_ in SUBJ]
            if len(subj) > 1:
                # "Sudan's paramilitary Rapid Support Forces shelled ...": the small parser splits an adjective
                # (with the possessor) off the name it describes as a second subject; the name is the party
                subj = [x for x in subj if not (x.tag_ == "JJ" and any(y.left_edge.i == x.i + 1 for y in subj))]
            if subj:
                # a passive verb joined to a clause shares its subject as the one the act falls on: "Kharkiv lies near
                # the border and has been struck almost daily", "the convoy left at dawn and was ambushed by rebels"
                shared_passive = t.i != verb.i and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children)
                return subj, shared_passive
            psubj = [c for c in kids if c.dep_ in PASS_SUBJ]
            if psubj:
                if t.i != verb.i and _active_finite_conjunct(verb, t) and self._state_word(t):
                    # round 45: a finite active verb joined to a state the small parser reads as a passive shares
                    # its subject as its doer: "they were concerned and backed the plan" (not the passive's missing
                    # agent; an act's passive keeps it: "he was being held and demanded his release")
                    return psubj, False
                # the passive subject of the governing verb is the doer of its active infinitive
                return psubj, not controlled
            if t.dep_ == "acomp" and t.head is not t and t.i != verb.i and _active_finite_conjunct(verb, t):
                t = t.head  # round 45: "they were shocked and accused Moscow": the verb joined to the adjective
                continue
            if t.dep_ == "acomp" and t.head is not t and t.lemma_.lower() in self.lex.cue_set("subject_adjectives"):
                t = t.head  # "Kyiv is ready to hold talks", "Yerevan was prepared to sign": the clause's subject
                continue
            if t.dep_ == "xcomp" and t.head is not t:
                paired = self._paired_controllee(t)
                if paired is not None:
                    return [paired], False
                # object control: "forcing them to mobilize", "urged Iran to join"
                objs = [c for c in t.head.children if c.dep_ in ("dobj", "obj") and c.i < t.i]
                if objs and t.head.lemma_.lower() not in self.lex.cue_set("r23_summoning_verbs") and (
                        # round 46: "Ghana used the summit to sign a pact", "seized the chance to press": the object of
                        # a verb of using is the means, the user does the purpose infinitive's act
                        t.head.lemma_.lower() not in self.lex.cue_set("r46a_means_verbs") or self._force_means(objs)):
                    return objs, False
                # (but "summoned Japan's ambassador to demand an apology": the summoner's purpose)
            if t.dep_ == "pcomp" and t.head.head is not t.head:
                gov = t.head.head
                if t.i == verb.i and t.head.lower_ in ("for", "of") and gov.lemma_.lower() in self.lex.cue_set("deed_judging_verbs"):
                    # "sentenced two men for attacking a police post", "praised Oman for hosting the
                    # talks", "convicted two men of spying": whoever is judged for the deed did it
                    objs = [c for c in gov.children if c.dep_ in ("dobj", "obj") and c.i < t.i]
                    if objs:
                        return objs, False
                if t.i == verb.i and t.head.lower_ == "for":
                    # round 26: "imposed sanctions on three firms for supplying drones to Russia", "slapped a fine
                    # on the bank for ...": whoever a measure named as the object falls on did the deed it is for
                    # (the "on" phrase on the measure or on the verb: "imposed a penalty on a bank for ...")
                    # (review of round 26: a time phrase is no party, "imposed sanctions on Monday for ...": a measure
                    # that names no one it falls on has no named doer, and the deed is not the imposer's)
                    measures = self.lex.cue_set("deed_judging_verbs") | self.lex.cue_set("r26r_measure_nouns")
                    objs = [c for c in gov.children if c.dep_ in ("dobj", "obj") and c.i < t.i and c.lemma_.lower() in measures]
                    on = {g.i: g for c in objs for p in [*c.children, *gov.children] if p.dep_ == "prep"
                          and p.lower_ in ("on", "against") and p.i < t.i for g in p.children if g.dep_ == "pobj"}
                    hit = [g for _, g in sorted(on.items()) if g.ent_type_ not in ("DATE", "TIME")]
                    if hit:
                        return hit, False
                    if on:
                        return objs, False
                intent = self._r50a_intent_of_holder(t) if t.i == verb.i else None
                if intent is not None:
                    if intent.dep_ == "poss":
                        return [intent], False  # "Ethiopia's intention of invading Eritrea"
                    t = intent  # "Ethiopia had no intention of invading Eritrea": the subject of "had"
                    continue
                t = gov  # "focused on ensuring aid": the verb that governs the preposition
                continue
            if t.dep_ == "conj" and t.i == verb.i:
                above = self._r51b_finite_clause_above(t)
                if above is not None:
                    t = above
                    continue
            if t.dep_ == "advcl" or (t.dep_ == "conj" and t.i == verb.i):
                # (also a finite verb the small parser joins to the first clause with no "and": "accused India of
                # backing rebels after a bombing killed nine")
                clause_subj = self._clause_subject_as_object(t)
                if clause_subj:
                    return clause_subj, any(c.dep_ == "auxpass" for c in kids)
            if t.dep_ in ("xcomp", "conj", "advcl", "acl") and t.head is not t:
                intent = self._intent_holder(t)
                if intent is not None:
                    if intent.dep_ == "poss":
                        return [intent], False  # "Japan's plan to impose tariffs"
                    t = intent  # "Japan has no plans to impose sanctions", "announced plans to open an embassy"
                    continue
                if (t.dep_ == "acl" and t.tag_ == "VB" and t.head.dep_ in ("dobj", "obj") and t.head.head is not t.head
                        and t.head.head.lemma_.lower() in self.lex.cue_set("r46a_means_verbs")):
                    t = t.head.head  # round 46: "seized the opportunity to sign a deal": the user's act
                    continue
                gap = self._r49c_gap_clause_subject(t) if t.i == verb.i else None
                if gap:
                    return gap, False
                top = self._r52c_modified_subject(t) if t.i == verb.i else None
                if top is not None:
                    return [top], False  # round 52 (r52c): "tribal fighters armed with rifles killed 16 people, police said"
                if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
                    # "Israeli forces arrested 25 Palestinians, the society said": the small parser makes the
                    # clause a participle on a subject of the reporting verb, which has a subject of its own; with
                    # a direct object the participle is active
                    # (also a participle on a noun left as the sentence's root, which has no verb but it: "An armed
                    # group, the ADF, killed 30 villagers on Sunday")
                    misread = t.tag_ == "VBN" and any(c.dep_ in ("dobj", "obj") for c in kids) and (
                        (t.head.dep_ in SUBJ and any(c.dep_ in SUBJ and c.i != t.head.i for c in t.head.head.children))
                        or (t.head.dep_ == "ROOT" and t.i > t.head.i))
                    return [t.head], t.tag_ == "VBN" and not misread
                if t.dep_ == "xcomp":
                    controlled = t.tag_ in ("VB", "VBG") and not any(c.dep_ == "auxpass" for c in kids)
                if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ", "VBP") and t.i > 0:
                    # "protesters set fire to parliament and police killed 19 people": the small parser joins the
                    # second clause's subject to the first's object; a finite verb right after it is its own
                    prev = t.doc[t.i - 1]
                    if prev.dep_ == "conj" and prev.pos_ in ("NOUN", "PROPN") and prev.head.i != t.head.i and prev.head.i < prev.i:
                        return [prev], False
                if t.dep_ == "advcl" and t.tag_ == "VBG":
                    crowd = self._participle_party(t) if t.i == verb.i else None
                    if crowd is not None:
                        return [crowd], False
                    deed = self._charged_deed(t) if t.i == verb.i else None
                    if deed is not None:
                        t = deed
                        continue
                    reporter = self._interposed_reporter(t)
                    if reporter:
                        return reporter, False
                    if self._r51b_existential_report(t):
                        t = t.head.head
                        continue
                    if t.i > 0 and t.doc[t.i - 1].text == "," and t.head.dep_ == "xcomp" and t.head.head is not t.head:
                        # "ordered the envoy to leave, accusing Abidjan of ...": a participle set off after an
                        # ordered infinitive is the orderer's, not the ordered party's
                        t = t.head.head
                        continue
                    if (t.i > 0 and t.doc[t.i - 1].text == "," and t.head.dep_ == "ccomp" and t.head.head is not t.head
                            and t.head.tag_ in ("VB", "VBP") and not any(c.dep_ == "aux" for c in t.head.children)
                            and t.head.head.lemma_.lower() in self.lex.cue_set("r27r_demanding_verbs")):
                        # round 27: "demanded that Chile recall its ship, accusing Santiago of ...", "insisted that the
                        # junta free the prisoners, saying ...": a participle set off after a demanded clause is the
                        # demander's (the demanded act has not happened; its subject did nothing yet)
                        t = t.head.head
                        continue
                above = self._above_infinitive(t)
                if above is not None:
                    t = above  # "endorsed a plan to rebuild Gaza and rejected any proposal": "endorsed" and "rejected"
                    continue
                if self._reporter_conjunct(t) or self._finder_conjunct(t):
                    t = t.head.head  # "X said Y had done A and vowed B": the reporter vowed
                    continue
                t = t.head
                continue
            if t.dep_ == "relcl":
                return [t.head], False
            break
        return [], False

    @staticmethod
    def _r52c_modified_subject(t: Token) -> Token | None:
        """Round 52 (r52c): a sentence's finite verb read as a participle on a noun inside the modifier of its
        subject ("Tribal fighters armed with high-powered rifles killed 16 people in an ambush, police said": "killed"
        hung on "rifles"; "Raiders in two boats fired on a tanker, the firm said": "fired" on "boats"), while the
        subject is left as a second subject of the reporting verb, which has one of its own. The verb, active (an
        object, or "fired on"), is the subject's: the noun the modifier chain climbs to. None where the participle
        hangs on no such phrase ("the men killed in the raid, officials said" has no object: a passive)."""
        if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or t.head.dep_ != "pobj":
            return None
        if any(c.dep_ in ("agent", "auxpass") for c in t.children):
            return None
        if not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("on", "at")) for c in t.children):
            return None
        x = t.head
        # (the subject may be left as a bare dependent of the reporting verb: "dep")
        for _ in range(6):
            if x.dep_ in SUBJ or (x.dep_ == "dep" and x.head.pos_ == "VERB"):
                break
            if x.dep_ not in ("pobj", "prep", "acl", "amod") or x.head is x:
                return None
            x = x.head
        else:
            return None
        if x.dep_ not in (*SUBJ, "dep") or x.pos_ not in ("NOUN", "PROPN") or x.i >= t.i:
            return None
        gov = x.head
        if gov.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJ and c.i > t.i for c in gov.children):
            return None  # the subject's verb has no subject of its own after the phrase: no misread clause
        return x

    @staticmethod
    def _r52c_tied_subject(t: Token) -> Token | None:
        """Round 52 (r52c): a finite verb after a subject with a participle of ties ("Militants linked to the Islamic
        State attacked a school", "Gunmen backed by the cartel seized a mayor"), where the small parser takes the
        participle for the clause's verb and leaves the real verb as an unlabelled dependent ("dep") of it: the
        verb, active (an object), is the subject's. None otherwise."""
        head = t.head
        if t.dep_ != "dep" or t.tag_ != "VBD" or head is t or head.i > t.i or head.lower_ not in AFFILIATION_WORDS | SPONSOR_PARTICIPLES:
            return None
        if any(c.dep_ in SUBJ for c in t.children) or not any(c.dep_ in ("dobj", "obj") for c in t.children):
            return None
        subj = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        return subj[0] if subj else None

    @staticmethod
    def _r51b_finite_clause_above(t: Token) -> Token | None:
        """Round 51: a finite verb with no subject of its own that the small parser joins to a gerund or a
        to-infinitive is coordinated with the finite clause above them: "the group accused the police of beating
        students and called for an inquiry", "the bloc urged Serbia to end the boycott and said ..." (a simple past
        cannot share a gerund's or an infinitive's subject; the gerund's is the accused's or the urged party's). The
        nearest finite verb above is returned (its subject is the doer), or None."""
        head = t.head
        if t.tag_ not in ("VBD", "VBZ", "VBP") or head is t or any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return None
        if not (head.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)) and not (
                head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)):
            return None
        g = head.head
        for _ in range(8):
            if g.pos_ in ("VERB", "AUX") and g.i < t.i and (g.tag_ in ("VBD", "VBZ", "VBP") or any(
                    c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in g.children)):
                return g
            if g.head is g:
                return None
            g = g.head
        return None

    @staticmethod
    def _r51b_existential_report(part: Token) -> bool:
        """Round 51: a participle on a reported "there is" clause is the reporter's: "the minister said there was
        clear proof that the vote had been rigged, rejecting the result" (the small parser hangs the participle on
        "was", whose subject is only the expletive "there": nobody there can reject)."""
        head = part.head
        return (part.i > 0 and part.doc[part.i - 1].text == "," and head.dep_ == "ccomp" and head.head is not head
                and head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in head.children)
                and not any(c.dep_ in SUBJ for c in head.children))

    def _force_means(self, objs: list[Token]) -> bool:
        """Round 46: is a used object (or one joined to it) a means of force the lexicon reads as an attack itself
        ("used tear gas and batons to push the crowd back")? That act is read from the means; its purpose
        infinitive is left as before."""
        for o in objs:
            for x in (o, *o.conjuncts):
                lemma = x.lemma_.lower()
                comp = [c.lemma_.lower() for c in x.children if c.dep_ in ("compound", "amod") and c.i == x.i - 1]
                trig = (self.lex.nouns.get((*comp[-1:], lemma)) if comp else None) or self.lex.nouns.get((lemma,))
                if trig is not None and trig.type == "ASSAULT":
                    return True
        return False

    def _state_word(self, t: Token) -> bool:
        """Round 45: a participle or adjective that names a state of mind or readiness ("concerned", "alarmed",
        "ready"), not an act undergone."""
        words = self.lex.cue_set("r26t_dismay_states") | self.lex.cue_set("subject_adjectives")
        return t.lower_ in words or t.lemma_.lower() in words

    def _crowd_participle_noun(self, verb: Token) -> Token | None:
        """Round 36. "Police fired tear gas at striking teachers", "troops beat demonstrating students": an -ing form
        of a protest verb set right before a plural noun naming people describes them (the small parser often reads
        the noun as its object, or as the clause's subject's act); the noun, or None."""
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in self.lex.cue_set("r36r_crowd_participles"):
            return None
        if verb.dep_ == "amod" and verb.head.i == verb.i + 1 and verb.head.tag_ == "NNS":
            return verb.head
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if (nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("dobj", "obj") and nxt.tag_ == "NNS"
                and nxt.i in mention_index(verb.doc)):
            return nxt
        return None

    def _charged_deed(self, t: Token) -> Token | None:
        """Round 28. A participle of result set off after a charge, which the small parser hangs on the charging verb,
        tells the result of the last deed the charge names, not of the charge: "blamed Kabul for sheltering militants
        who bombed a bus, killing nine" (the militants killed). The deed's verb, or None. (Review of round 28: a toll
        only; any other participle is the accuser's: "accused X of arming rebels who took the city, demanding
        sanctions".)"""
        if (t.i < 2 or t.doc[t.i - 1].text != "," or t.head.lemma_.lower() not in self.allegation
                or t.lemma_.lower() not in self.lex.cue_set("r22_toll_verbs")):
            return None
        return next((v for v in reversed(t.doc[t.head.i + 1 : t.i - 1]) if v.pos_ == "VERB" and v.tag_ in ("VBD", "VBZ", "VBP")
                     and v.dep_ in ("relcl", "ccomp", "conj", "advcl")), None)

    @staticmethod
    def _participle_party(t: Token) -> Token | None:
        """Round 28. A participle the small parser hangs on the verb although it follows a group the verb acts on, with
        no comma between, tells what that group was doing: "police arrested farmers blocking the highway", "troops
        opened fire on villagers fleeing the town" (the farmers blocked it). The group is a plural party the
        coder knows; a participle set off by a comma is the clause subject's ("fired on the crowd, killing two")."""
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ not in ("pobj", "dobj", "obj", "conj"):
            return None
        m = mention_index(t.doc).get(prev.i)
        if m is None or not m.plural or m.kind not in ("group", "person", "state") or m.key.startswith("UNK"):
            return None
        h = prev
        for _ in range(4):  # the group hangs on the participle's own verb ("fired ... at students")
            h = h.head
            if h.i == t.head.i:
                return prev
            if h.dep_ not in ("prep", "pobj", "dobj", "obj", "conj"):
                break
        return None

    @staticmethod
    def _paired_controllee(t: Token) -> Token | None:
        """Round 27. "prompting Moscow to accuse Tbilisi of persecuting Russian speakers and the OSCE to urge both
        sides ...", "asked Chad to open its border and the UN to send food": the small parser joins the second
        controlled party to the nearest noun of the first infinitive's clause and hangs the second infinitive there; a
        noun joined by "and" right before an infinitive's "to" is that infinitive's doer."""
        to = [c for c in t.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < t.i]
        if not to or to[0].i == 0:
            return None
        n = t.doc[to[0].i - 1]
        if n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN") or n.head.i >= n.i:
            return None
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in n.head.children):
            return None
        # (the first conjunct is inside the clause the infinitive hangs on, and that clause is itself controlled: an
        # infinitive with its own controller before it; review of round 27: not "urged Oslo and Rome to ...", where the
        # conjuncts are the controllers themselves)
        if not (t.head.is_ancestor(n) or t.head.i == n.head.i):
            return None
        h, inner = t.head, n.head.head
        controlled = h.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") and c.i < h.i for c in h.head.children)
        if not controlled and not (inner is not h and inner.dep_ == "xcomp" and h.is_ancestor(inner)):
            return None
        return n

    @staticmethod
    def _clause_subject_as_object(verb: Token) -> list[Token]:
        """ "Police watched as supporters of the party attacked reporters", "troops stood by while gunmen looted
        shops": the small parser reads the conjunction as a preposition, the clause's subject as its object and
        the clause's finite verb as a subjectless adverbial clause; that object, ending right before the verb,
        is the verb's subject."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        if any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ or c.dep_ == "mark" for c in verb.children):
            return []
        end = verb.i - 1 - sum(1 for a in verb.children if a.i < verb.i and a.dep_ in ("aux", "auxpass", "neg", "advmod"))
        for c in verb.head.children:
            if c.dep_ == "prep" and c.lower_ in _CLAUSE_CONJUNCTIONS and c.i < verb.i:
                objs = [g for g in c.children if g.dep_ == "pobj" and g.right_edge.i == end]
                if objs:
                    return objs
        # round 26: "accused Bogota of harbouring rebels after an attack on a border post killed two soldiers": the
        # conjunction may hang deeper in the clause before (on its gerund or object); the phrase it heads, ending right
        # before the subjectless verb, is still that verb's subject (not the first clause's subject)
        if end <= verb.head.i:  # (also when the verb's head follows it, or nothing precedes it)
            return []
        g = verb.doc[end]
        for _ in range(8):
            if g.dep_ == "pobj" and g.right_edge.i == end and g.head.dep_ == "prep" and g.head.lower_ in _CLAUSE_CONJUNCTIONS:
                p = g.head
                # (the preposition sits inside the clause the verb hangs on, after its head)
                if verb.head.i < p.i and p.right_edge.i == end and verb.head.is_ancestor(p):
                    return [g]
                return []
            if g.head.i == g.i or g.head.i >= verb.i or g.head.right_edge.i != end:
                break
            g = g.head
        return []

    @staticmethod
    def _through_clause(t: Token, top: Token) -> bool:
        """Is ``t`` inside a clause of its own below ``top`` (a gerund, an adverbial or relative clause)?"""
        while t.i != top.i and t.head.i != t.i:
            if t.dep_ in ("pcomp", "advcl", "relcl", "ccomp"):
                return True
            t = t.head
        return False

    def _puts_in_force(self, noun: Token, verb: Token) -> bool:
        """Does the verb carry out or impose its object ("imposed UN sanctions", "held NATO drills"), rather than
        stop it ("blocked the EU aid package", "vetoed UN sanctions")?"""
        lemma = verb.lemma_.lower()
        return (noun.dep_ in ("dobj", "obj") and noun.head.i == verb.i and lemma not in self.lex.cue_set("negating_verbs")
                and lemma not in self.lex.cue_set("preventing_verbs") and lemma not in self.lex.cue_set("aspect_verbs"))

    def _interposed_reporter(self, part: Token) -> list[Token]:
        """The subject of a participle that follows an inserted report: "Russia shelled the port, the governor
        said, calling it a war crime", "rebels took the town, Kinshasa said, accusing Kigali of backing them"
        (the small parser hangs the participle on the reported clause; the speaker does it)."""
        head = part.head
        reporting = self.lex.cue_set("reporting_verbs")
        said = self.lex.verbs.get((part.lemma_.lower(),))
        if part.lemma_.lower() not in reporting and part.lemma_.lower() not in self.lex.cue_set("naming_verbs") and (
                said is None or said.type not in _SPEECH_ACTS):
            return []  # "X moved weapons to the border, diplomats said, raising fears": the move raised them
        for r in head.children:
            if (r.dep_ in ("parataxis", "ccomp", "conj") and head.i < r.i < part.i and r.lemma_.lower() in reporting
                    and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in r.children)):
                subj = [c for c in r.children if c.dep_ in SUBJ]
                if subj:
                    return subj
        # the reported clause itself a complement of the report ("X struck Y, the ministry said, accusing X"):
        # the participle then hangs on the report, whose subject the usual climb finds
        return []

    def _reporter_conjunct(self, t: Token) -> bool:
        """A subjectless simple past joined to a perfect inside a reported clause belongs to the reporter:
        "Oman said rebels had seized the port and vowed to retake it", "Chile found that the firm had bribed
        officials and fined it" (the small parser joins it to the reported verb; a shared "had" would make it
        a participle too, "had seized and looted")."""
        head = t.head
        if head.dep_ != "ccomp" or head.head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJ for c in head.head.children):
            return False
        auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
        if t.tag_ == "VBD" and head.tag_ == "VBN" and auxes & {"had", "has", "have"}:
            return self._reporters_own_past(t)
        if any(c.dep_ in ("aux", "auxpass") for c in t.children) or not any(c.dep_ in SUBJ for c in head.children):
            return False
        # round 43: a simple past cannot share a modal ("said the bloc would not rejoin the union and accused Togo of
        # ...": "would accused" is no verb), nor a bare form a perfect ("said Rwanda had committed an act of war and cut
        # ties with Kigali": the tagger reads a past it cannot tell from the base, "cut", "shut", "set", as a bare verb;
        # a shared "had" would make it a participle): the second verb is the reporter's
        if t.tag_ == "VBD" and head.tag_ == "VB" and auxes & _MODALS:
            return True
        if self._r50b_reporter_after_copula(t, head) or self._r51b_reporter_after_copular_phrase(t, head):
            return True
        return t.tag_ == "VB" and head.tag_ == "VBN" and bool(auxes & {"had", "has", "have"}) and not any(
            c.dep_ == "aux" for c in t.children)

    def _r50b_reporter_after_copula(self, t: Token, head: Token) -> bool:
        """Round 50: a speech act in the past joined to a reported copular clause is the reporter's: "the rebels said
        most of the dead were civilians and vowed to retaliate", "the ministry said the report was false and warned
        of a response" (the small parser joins it to "were"; the dead vow nothing)."""
        return (t.tag_ == "VBD" and head.lemma_.lower() == "be" and head.tag_ in ("VBD", "VBZ", "VBP")
                and any(c.dep_ in ("attr", "acomp") for c in head.children)
                and t.lemma_.lower() in self.lex.cue_set("lead18_reporter_acts"))

    def _r51b_reporter_after_copular_phrase(self, t: Token, head: Token) -> bool:
        """Round 51: as round 50's copular clause, with a phrase as its predicate: "the premier said the island was
        not for sale and called on Washington to respect it", "the union said its members were under threat and
        urged ..." (the small parser joins the speech act to "was"; the reported subject asks nothing)."""
        return (t.tag_ == "VBD" and head.lemma_.lower() == "be" and head.tag_ in ("VBD", "VBZ", "VBP")
                and not any(c.dep_ in ("attr", "acomp") for c in head.children)
                and any(c.dep_ == "prep" and c.i < t.i for c in head.children)
                and t.lemma_.lower() in self.lex.cue_set("lead18_reporter_acts"))

    def _reporters_own_past(self, t: Token) -> bool:
        """Is a past tagged as simple past, joined to a reported perfect, the reporter's own act? A regular "-ed" form
        is the participle's twin: the tagger's choice tells nothing, and the perfect's "had" is shared ("said the
        rebels had seized the town and killed ten civilians": the rebels killed). It is the reporter's when it is a
        speech act ("had seized the port and vowed to retake it"), when it acts on the reported subject by pronoun
        ("had bribed officials and fined it"), a state's measure ("expelled the ambassador"), or when its form is a simple
        past only (an irregular "took", "swore")."""
        if not t.lower_.endswith("ed"):
            return True
        lemma = t.lemma_.lower()
        if lemma in self.lex.cue_set("reporting_verbs") or lemma in self.lex.cue_set("lead18_reporter_acts"):
            return True
        return any(c.dep_ in ("dobj", "obj") and c.tag_ == "PRP" for c in t.children)

    def _captives_home(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """The side whose people a release hands to an intermediary: "Hamas handed the remains of four Israeli
        hostages to the Red Cross", "freed the prisoners, handing them over to the ICRC": the captives' own
        state, not the relief body that carries them home. A pronoun object stands for the object of the clause
        the participle hangs on."""
        if f.trigger.type != "RETREAT":
            return []
        tok = f.tok
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if objs and objs[0].tag_ == "PRP" and tok.dep_ in ("advcl", "conj") and objs[0].i not in mention_index(doc):
            objs = [c for c in tok.head.children if c.dep_ in ("dobj", "obj")]
        found = [m for o in objs for m in self._mentions_in(doc, o)]
        return [m for m in found if m.code not in ("NGO", "IGO") and m.kind != "unresolved" and not same_party(m, actors)]

    def _protesters(self, doc: Doc, objs: list[Token], home: str) -> list[Mention]:
        """The crowd of a protest that force is used on: "police dispersed the opposition rally", "the march was
        broken up by riot police" (the group named on it, else the civilians of the state it takes place in)."""
        out: list[Mention] = []
        for o in objs:
            trig = self._noun_trigger(o) if o.pos_ == "NOUN" else None
            if trig is None or trig.type != "PROTEST":
                continue
            found = self._unnamed_groups(doc, self._group_modifiers(o), home, passive_ok=True)
            if not found and o.lemma_.lower() in self.lex.cue_set("crowd_protest_words"):
                found = [Mention(o.idx, o.idx + len(o.text), o.text, f"{home}.CVL", home, "CVL", None, "location", "group", True)]
            out += found
        return out

    @staticmethod
    def _r49c_gap_clause_subject(verb: Token) -> list[Token]:
        """Round 49: a relative clause with no relative word whose object is the noun before it ("a peace accord
        the two countries signed in October", "despite a deal the government and the rebels signed in Doha"): the
        small parser reads the clause's subject as a noun in apposition to the first one, right after it with no
        comma, and the verb as a participle on that noun (or on its last conjunct), so the act read as passive
        falls on its own doers and names no one. With no agent, object or subject of its own, the verb is the
        clause's active verb and the noun in apposition (with its conjuncts) its subject."""
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or any(
                c.dep_ in ("agent", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp") or c.dep_ in SUBJ or c.dep_ in PASS_SUBJ
                for c in verb.children):
            return []
        head = verb.head
        if verb.i != head.i + 1 or head.pos_ not in ("NOUN", "PROPN"):
            return []
        first = head.head if head.dep_ == "conj" and head.head.dep_ == "appos" else head
        if first.dep_ != "appos" or first.head.pos_ != "NOUN" or first.head.i > first.i:
            return []
        noun = first.head
        if first.ent_type_ == "PERSON":
            return []  # (review: "the activist Stella Nyanzi detained in Kampala" is a title and a name, passive)
        start = first.left_edge
        # (right after the noun and its own modifiers, no comma: "the accord, a text signed in May" is apposition)
        if start.i != max([noun.i, *(c.right_edge.i for c in noun.children if noun.i < c.i < first.i)]) + 1 or any(
                t.is_punct for t in noun.doc[noun.i + 1 : start.i]):
            return []
        if not (start.dep_ in ("det", "nummod", "poss", "compound", "amod") or first.pos_ == "PROPN"):
            return []
        return [first]

    @staticmethod
    def _misread_participle_subjects(verb: Token) -> list[Token]:
        """ "police detained hundreds of farmers marching toward the capital": the small parser reads the
        participle phrase on the object as a clause with its own subject; with no object of its own, the verb's
        object is that subject."""
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return []
        return [s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > verb.i
                and not any(a.dep_ in ("aux", "mark") for a in c.children)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]

    @staticmethod
    def _continued_actor(doc: Doc, f: Found, prior: list[tuple[int, str, list[Mention]]] | None) -> list[Mention]:
        """The doer of an agentless passive act that continues one just reported: "The EU adopted sanctions on
        Russia. Sanctions were also imposed on three Chinese firms" (the EU): the actors of the latest act of
        the same type in its sentence or the one before."""
        sent = f.tok.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i, typ, ms in reversed(prior or ()):
            if start <= i < f.tok.i and typ == f.trigger.type and ms:
                return list(ms)
        return []

    def _attributing_body(self, doc: Doc, verb: Token) -> list[Mention]:
        """The doer of an agentless passive act of force that a state security or justice body reports: "48 people
        were arrested, police said", "three men were detained, according to the army" (the police, the army): in
        news prose the body that reports an arrest it does not ascribe to others made it. Only a body of a security
        or justice sector (cues.yaml ``r25_security_sectors``), or a ministry of the interior or justice, counts;
        "two protesters were killed, police said" is no act of the police (an ASSAULT is not read so)."""
        return self._reporting_bodies(doc, verb, self.lex.cue_set("r25_security_sectors"),
                                      self.lex.cue_set("r25_security_ministry_words"), ministry=True)

    def _reporting_bodies(self, doc: Doc, verb: Token, sectors: frozenset[str], gov_words: frozenset[str], ministry: bool) -> list[Mention]:
        """The parties reporting a clause's act (``_report_speakers``) that are bodies of one of ``sectors``, or
        government bodies named with one of ``gov_words`` (and "ministry", where ``ministry``)."""
        out: list[Mention] = []
        for m in self._report_speakers(doc, verb):
            sector = (m.sector or "").lower()
            words = set(m.entity_text.lower().replace("-", " ").split())
            if sector in sectors or (sector == "gov" and words & gov_words and (not ministry or "ministry" in words)):
                out.append(m)
        return out

    def _report_speakers(self, doc: Doc, verb: Token) -> list[Mention]:
        """The parties that report a clause's act: the subject of a reporting verb above it or after it ("police
        said"), or the object of "according to"."""
        reporting = self.lex.cue_set("reporting_verbs")
        clause = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
        speakers: list[Token] = []
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in reporting:
            speakers += [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in [*clause.children, *(verb.children if verb.i != clause.i else ())]:
            # (a conjoined act may carry the attribution itself: "two were shot and four were detained, according to ...")
            if c.dep_ in ("parataxis", "advcl", "ccomp") and c.i > clause.i and c.lemma_.lower() in reporting:
                speakers += [s for s in c.children if s.dep_ == "nsubj"]
            elif c.dep_ == "prep" and c.lower_ == "according":
                speakers += [g for p in c.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        return [m for sp in speakers for m in self._mentions_in(doc, sp, deep=False)]

    def _reported_own_operation(self, doc: Doc, verb: Token, subj: list[Token], recips: list[Mention]) -> list[Mention]:
        """Round 38: "Chad's army said the operation had killed 40 fighters", "the raids destroyed three camps, the
        defence ministry said": an act of force whose subject is an operation, a strike or a war machine with no
        party named on it is the act of the armed body reporting it (cues.yaml ``r38r_force_reporter_sectors``, or
        a ministry with a word of ``r38r_force_ministry_words``), unless those it hit are that state's own people
        other than its enemies within (a victim's state reporting a strike: "the health ministry said the strike
        killed four civilians")."""
        nouns = self.lex.cue_set("r38r_own_operation_nouns")
        if not subj or not all(s.pos_ == "NOUN" and s.lemma_.lower() in nouns for s in subj):
            return []
        enemies = self.lex.cue_set("r38r_enemy_sectors")
        out = self._reporting_bodies(doc, verb, self.lex.cue_set("r38r_force_reporter_sectors"),
                                     self.lex.cue_set("r38r_force_ministry_words"), ministry=False)
        homes = {m.key.split(".")[0] for m in out}
        if any(r.key.split(".")[0] in homes and (r.sector or "").lower() not in enemies for r in recips):
            return []
        objs = self._counted([c for c in verb.children if c.dep_ in ("dobj", "obj")])
        for o in objs:
            role = self.roles.get(o.lower_) or self.roles.get(o.lemma_.lower())
            if role is not None and (role.sector or "").lower() not in enemies:
                return []  # people of no armed camp ("civilians", "villagers"): a victim may report it
        return out[:1]

    @staticmethod
    def _above_infinitive(t: Token) -> Token | None:
        """A finite past verb the small parser joins to a to-infinitive is no part of it: "Putin had no plans to
        meet Zelensky and dismissed the proposal", "the members endorsed a plan to rebuild Gaza and rejected any
        proposal to relocate its people". It is a conjunct of the clause above, whose verb is returned (the verb
        whose object the infinitive's noun is, or that governs the infinitive)."""
        inf = t.head
        if t.dep_ != "conj" or t.tag_ != "VBD" or inf.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            return None
        if any(c.dep_ in SUBJ for c in t.children):
            return None
        if inf.dep_ == "acl" and inf.head.dep_ in ("dobj", "obj") and inf.head.head.pos_ in ("VERB", "AUX"):
            return inf.head.head
        if inf.dep_ in ("xcomp", "advcl") and inf.head.pos_ in ("VERB", "AUX"):
            return inf.head
        return None

    def _intent_holder(self, t: Token) -> Token | None:
        """Whose intention a to-infinitive on a noun of intent states: the noun's possessor ("Japan's plan to
        impose tariffs"), else the verb whose object the noun is, to take its subject ("Jakarta has no plans to
        open ties", "Seoul announced plans to expand drills", "Tokyo dropped its bid to host talks")."""
        noun = t.head
        if t.dep_ != "acl" or t.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return None
        if noun.lemma_.lower() not in self.lex.cue_set("future_nouns"):
            return None
        return self._intent_noun_holder(noun)

    def _intent_noun_holder(self, noun: Token) -> Token | None:
        """Who holds the intention a noun of intent states: its possessor ("Japan's plan"), else the verb that has
        the noun as its object, to take its subject ("Jakarta has no plans ...", "Tokyo dropped its bid ...")."""
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
        if poss is not None:
            return poss
        if (noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i
                and noun.head.lemma_.lower() in self.lex.cue_set("intent_holding_verbs")):
            return noun.head
        return None

    def _r50a_intent_of_holder(self, t: Token) -> Token | None:
        """Round 50: whose intention an "of"-gerund on a noun of intent states, as ``_intent_holder`` reads a
        to-infinitive: the noun's possessor, else the verb that has the noun, to take its subject ("Ethiopia had no
        intention of invading Eritrea", "Seoul has no plan of sending troops"). The act is the holder's (and, with
        "no", negated by ``read_modality``); without a holder the noun governs no one's act."""
        prep = t.head
        if t.dep_ != "pcomp" or t.tag_ != "VBG" or prep.lower_ != "of" or prep.dep_ != "prep":
            return None
        noun = prep.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.cue_set("future_nouns"):
            return None
        return self._intent_noun_holder(noun)

    def _finder_conjunct(self, t: Token) -> bool:
        """A finding's measure: "the US determined that the militia had committed genocide and imposed sanctions",
        "the court found that the firm had bribed officials and fined it". After a verb of finding, a conjunct of
        the found perfect that the small parser tags as a participle sharing its "had" is still the finder's
        own act (the wrong found is one clause; what follows it is what the finder did about it)."""
        head = t.head
        if t.tag_ != "VBN" or head.tag_ != "VBN" or head.dep_ != "ccomp" or t.dep_ != "conj":
            return False
        if head.head.lemma_.lower() not in self.lex.cue_set("finding_verbs"):
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in t.children) or not any(c.dep_ in ("dobj", "obj") for c in t.children):
            return False
        if not any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children):
            return False
        return any(c.dep_ in SUBJ for c in head.head.children)

    def _at_unknown_feature(self, doc: Doc, verb: Token) -> bool:
        """Is the act or its object placed by a natural feature or region that no table places ("struck farmers near
        the Euphrates river", "killed militants in the Sahel")? Such a place may lie in several states: the
        actor's own state is then no guess for the unnamed group there."""
        index: dict[int, Mention] = mention_index(doc)
        hosts = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        hosts += [g for h in hosts[1:] for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for h in hosts:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in _FEATURE_PREPS:
                    continue
                for g in c.children:
                    if g.dep_ != "pobj" or not (g.lower_ in NATURAL_FEATURES or (
                            g.pos_ == "PROPN" and g.ent_type_ in ("LOC", "PRODUCT"))):
                        continue
                    if not any(t.i in index or self._place_state(doc, t) for t in g.subtree):
                        return True
        return False

    def _unnamed_groups(self, doc: Doc, heads: list[Token], country: str, passive_ok: bool) -> list[Mention]:
        """Unnamed groups placed by the event's location: "protesters marched through Amman" -> JOR.CVL. A
        recipient (``passive_ok``) may be one unnamed person of a sector: "the opposition leader was arrested"."""
        out = []
        for h in heads:
            cands = [h] + [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for t in cands:
                left = doc[t.i - 1] if t.i > 0 and doc[t.i - 1].dep_ == "compound" and doc[t.i - 1].head.i == t.i else None
                role = ((self.roles.get(f"{left.lower_} {t.lower_}") if left is not None else None)
                        or self.roles.get(t.lower_) or self.roles.get(t.lemma_.lower()))
                if role is not None and (role.kind == "group" or (role.kind == "person" and (t.tag_ == "NNS" or (passive_ok and not role.title)))):
                    # "consumers in Jordan and Egypt", "students from Kenya and Uganda": one group per place named
                    # on it, before the sentence's place
                    places = [m.key for p in self._prep_objects(t, frozenset({"in", "from"})) for g in (p, *p.conjuncts)
                              for m in self._place_state(doc, g)]
                    for code in dict.fromkeys(places if len(places) > 1 else [country]):
                        key = f"{code}.{role.sector}"
                        out.append(Mention(t.idx, t.idx + len(t.text), t.text, key, code, role.sector, None, "location", "group", True))
                    break
        return out

    def _home_people(self, heads: list[Token], home: str, actors: list[Mention]) -> list[Mention]:
        """People named only by what they are, whom the registry does not list, as the object of a measure at home:
        "stripped 47 critics of their citizenship" (OPP), "sentenced a rights lawyer to 18 years" (CVL). The cue map
        ``home_people_sectors`` gives each noun's sector; none when the sector is the actor's own (a party is not
        its own target) or the noun is a title before a name ("lawyer John Smith" is named, not unnamed)."""
        sectors = self._home_people_sectors()
        own = {a.key for a in actors}
        out = []
        for h in self._counted(heads):
            if h.pos_ not in ("NOUN", "PROPN") or h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            sector = sectors.get(h.lower_) or sectors.get(h.lemma_.lower())
            if not sector or f"{home}.{sector}" in own:
                continue
            out.append(Mention(h.idx, h.idx + len(h.text), h.text, f"{home}.{sector}", home, sector, None, "location", "group", True))
        return out[:1]

    def _civilian_property(self, heads: list[Token], owner: str) -> list[Mention]:
        """Homes, shops and markets attacked with no party named: the people of the state they stand in are the
        target ("armed men set fire to houses in a village", "they demolished several homes": X.CVL, as for the
        state's own forces striking a place of theirs). The cue set ``civilian_property_nouns`` lists them."""
        nouns = self.lex.cue_set("civilian_property_nouns")
        for h in self._counted(heads):
            if h.pos_ == "NOUN" and (h.lower_ in nouns or h.lemma_.lower() in nouns):
                return [Mention(h.idx, h.idx + len(h.text), h.text, f"{owner}.CVL", owner, "CVL", None, "location", "group", True)]
        return []

    @staticmethod
    def _counted(heads: list[Token]) -> list[Token]:
        """The heads and the nouns counted by a quantity among them: "dozens of opponents", "hundreds of homes"."""
        return heads + [g for h in heads if h.tag_ == "CD" or h.lemma_.lower() in _QUANTITY_NOUNS
                        for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]

    def _home_people_sectors(self) -> dict[str, str]:
        """The cue map ``home_people_sectors`` (noun -> sector), lower-cased, built once."""
        got: dict[str, str] | None = getattr(self, "_home_people_map", None)
        if got is None:
            raw = self.lex.cues.get("home_people_sectors") or {}
            got = {str(k).lower(): str(v).upper() for k, v in raw.items()} if isinstance(raw, dict) else {}
            self._home_people_map = got
        return got

    @staticmethod
    def _group_modifiers(noun: Token) -> list[Token]:
        """Words on an event noun that may name its party: "opposition rally", "student-led protests"."""
        out = []
        for c in noun.children:
            if c.i > noun.i:
                continue
            if c.dep_ in ("compound", "amod", "nmod"):
                out.append(c)
            if c.dep_ == "amod" and c.tag_ == "VBN":
                out += [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i]
        return out

    def _crowd_protest(self, tok: Token) -> bool:
        """A street protest reported as news: not "in protest at" (the clause's own act), nor protests recalled as
        the background of another act ("a day after the deadly protests")."""
        if tok.lemma_.lower() not in self.lex.cue_set("crowd_protest_words") or tok.dep_ in ("compound", "amod", "nmod"):
            return False  # (not a word describing another noun: "the protest movement", "a protest camp")
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.tag_ == "NN":
            return False  # "recalled its envoy in protest", "walked out in a nationwide strike"
        return not self._recalled(tok)

    @staticmethod
    def _recalled(tok: Token) -> bool:
        """An event noun recalled as the background of the news: "a day after the deadly protests", "the
        crackdown on last year's protests"."""
        if any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in tok.children):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since", "following", "before", "during"):
            return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "those", "these")) for c in tok.children)
        return False

    def _sentence_state(self, doc: Doc, tok: Token) -> str | None:
        """The one state the acting parties of the sentence (subjects, not sources of a report) belong to."""
        from ..actors.registry import get_registry

        reg = get_registry()
        index: dict[int, Mention] = mention_index(doc)
        reporting = self.lex.cue_set("reporting_verbs")
        states = set()
        for t in sent_of(tok):
            m = index.get(t.i)
            if m is None or t.dep_ not in SUBJ + PASS_SUBJ or t.head.lemma_.lower() in reporting:
                continue
            ent = reg.entity(m.key)
            if ent is not None and ent.country is not None:
                states.add(ent.country)
        return states.pop() if len(states) == 1 else None

    @staticmethod
    def _fronted_subject(verb: Token, subj: list[Token]) -> Token | None:
        if not subj or any(x.i < verb.i for x in subj) or verb.i < 2:
            return None
        if any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
            return None  # inversion ("said X", "did X") is not this pattern
        if verb.doc[verb.i - 1].text != ",":
            return None
        end = verb.i - 2
        for t in verb.doc[sent_of(verb).start : verb.i - 1]:
            if t.dep_ == "appos" and t.head.i < t.i and t.right_edge.i >= end - 1 and t.pos_ in ("NOUN", "PROPN"):
                head = t
                while head.dep_ == "appos" and head.head.dep_ == "appos":
                    head = head.head
                return head
        return None

    @staticmethod
    def _passive_subject(noun: Token, verb: Token) -> bool:
        """Is the noun (or the first of its coordination) the passive subject of the verb?"""
        t = noun
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        return t.dep_ in PASS_SUBJ and t.head.i == verb.i

    def _lends_agent(self, verb: Token) -> bool:
        """A light verb in the passive lends its agent to its subject event; not one that prevents or refuses
        it ("the attack was foiled by police", "the proposal was rejected by Hamas")."""
        lemma = verb.lemma_.lower()
        return ((lemma in self.lends_subject or lemma in self.lex.cue_set("enacting_verbs"))
                and lemma not in self.lex.cue_set("preventing_verbs")
                and lemma not in self.lex.cue_set("negating_verbs"))

    def _agent(self, verb: Token) -> list[Token]:
        found = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not found:
            found = _r50b_ditransitive_agent(verb)
        if found or not any(c.dep_ == "oprd" for c in verb.children):
            return found
        return self._small_clause_agent(verb)

    @staticmethod
    def _small_clause_agent(verb: Token) -> list[Token]:
        """The agent of a passive verb with a small-clause predicate, which the small parser hangs on the
        predicate's nouns: "the envoy was declared persona non grata by Vilnius", "the group was named a
        terrorist organisation by Canada" (a "by" phrase on the predicate noun, not inside a clause below it)."""
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        out: list[Token] = []
        for c in verb.children:
            if c.dep_ != "oprd" or c.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            # the predicate and the nouns it is built of ("persona non grata": grata on persona)
            nouns = [c, *(g for g in c.children if g.dep_ in ("dobj", "compound", "appos") and g.pos_ in ("NOUN", "PROPN"))]
            out += [g for n in nouns for p in n.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                    for g in p.children if g.dep_ == "pobj"]
        return out

    def _third_party_of(self, tok: Token, nominal: bool) -> Token | None:
        """The meeting noun a third party's act is about: "talks hosted by X" (a participle on the noun),
        "under Saudi mediation" (the mediation noun itself); None for other acts."""
        if nominal:
            return tok if tok.lemma_.lower() in self.lex.cue_set("third_party_nouns") else None
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in self.convene and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        return None

    def _convened_parties(self, doc: Doc, noun: Token) -> list[Mention]:
        """The parties of a meeting: "talks between X and Y", else the subject of the clause the meeting phrase
        hangs on ("X and Y agreed ... after talks hosted by Z", "negotiators met under US mediation")."""
        # (the parser may hang the participle on a place in the phrase: "talks in Doha mediated by Qatar")
        while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") and noun.head.lower_ in ("in", "at"):
            noun = noun.head.head
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head  # "under US and Saudi mediation" parsed as a coordination of "US" and "mediation"
        found = [m for p in self._prep_objects(noun, frozenset({"between"})) for m in self._mentions_in(doc, p)]
        if found or noun.dep_ != "pobj" or noun.head.head.pos_ not in ("VERB", "AUX"):
            return found
        subj, passive = self._subject(noun.head.head)
        return [] if passive else [m for x in subj for m in self._mentions_in(doc, x)]

    def _destination(self, doc: Doc, verb: Token, objs: list[Token]) -> list[Mention]:
        """Where a verb sends what it moves: the party of a destination preposition on the verb ("extradited a
        hacker to Peru", "sent troops into Niger") or inside the phrase of what is sent ("flew a plane carrying
        tents to Malawi")."""
        heads = self._prep_objects(verb, self.destination_preps)
        heads += [p for o in objs for t in o.subtree if t.dep_ != "relcl" for p in self._prep_objects(t, _INTO)]
        return [m for p in heads for m in self._party(doc, p)]

    def _r52_goods_origin(self, noun: Token) -> set[int]:
        """Session 25: the "from" phrases of a trade measure's noun that follow its goods ("restrictions on beef
        imports from Brazil", "a ban on shipments of grain from Ukraine"), which the small parser hangs on the measure
        rather than on the goods: the goods' origin, whose trade is cut (the measure's target), not its author
        ("sanctions from the EU on Russian oil" names the author before the goods and stays). Returns the
        prepositions' indices."""
        if noun.lemma_.lower() not in self.lex.cue_set("r52_trade_measure_nouns"):
            return set()
        goods = self.lex.cue_set("r52_traded_goods_nouns")
        kids = list(noun.children)
        firsts = [c.i for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "against", "of")
                  and any(g.dep_ == "pobj" and g.lemma_.lower() in goods for g in c.children)]
        if not firsts:
            return set()
        return {c.i for c in kids if c.dep_ == "prep" and c.lower_ == "from" and c.i > min(firsts)}

    def _prep_objects(self, head: Token, preps: frozenset[str]) -> list[Token]:
        """The objects of the prepositions in ``preps`` on ``head`` (read once a run for each head: the readers
        ask each head for several sets of prepositions)."""
        table = role_cache(head.doc, self).preps
        found = table.get(head.i)
        if found is None:
            found = table[head.i] = self._all_prep_objects(head)
        return [g for p, objs in found if p in preps for g in objs]

    @staticmethod
    def _all_prep_objects(head: Token) -> list[tuple[str, list[Token]]]:
        """(preposition, its objects naming possible parties) for each preposition on ``head``."""
        out = []
        # (read off the children index and the token attributes of the run: a Token made only for an object kept)
        doc = head.doc
        attrs = token_attrs(doc)
        deps, lowers, lemmas = attrs.dep, attrs.lower, attrs.lemma
        under = child_indices(doc)
        # "pulled back from Kyiv", "pulled out of the town": the preposition hangs on the verb's particle
        own = under[head.i]
        kids = [*own, *(g for c in own if deps[c] in ("prt", "advmod", "prep") and lowers[c] in _PARTICLES for g in under[c])]
        for c in kids:
            if deps[c] == "prep":
                # ("on the sidelines", "on its side"; but "called on both sides": the parties counted)
                objs = [doc[g] for g in under[c] if deps[g] == "pobj" and (lemmas[g] not in _NOT_PARTIES or any(
                    deps[d] in ("det", "predet", "nummod") and lowers[d] in ("both", "each", "two", "all") for d in under[g]))]
                if objs:
                    out.append((lowers[c], objs))
        return out

    def _relative_clause_agent(self, doc: Doc, f: Found) -> tuple[list[Mention], list[Mention]]:
        """Round 46: an act noun that a relative clause of a verb carrying it out modifies is that clause's subject's
        act ("the curfew the army imposed on border towns", "the drills that Japanese forces held", "the blockade
        which Turkey had mounted"), with the clause's own recipients ("on border towns"). The noun is the clause's
        object gap: a clause with an object of its own, a passive one or one whose verb only undergoes, mediates or
        judges the act ("the truce Qatar brokered", "the strikes Rome condemned") names no doer. Also the small
        parser's misreading of a clause with no relative word as a participle on its subject set after the noun
        ("the pact the two neighbours signed": "neighbours" as a second object, "signed" as a participle on it)."""
        noun = f.tok
        if noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "the peace accord the two sides signed"
        if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in noun.children):
            return [], []  # "would respond to any new sanctions London imposed": no act told
        verbs = self._relative_agent_verbs()
        clauses = [(c, None) for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
        nxt = noun.right_edge.i + 1
        if nxt < len(doc) and not clauses:
            n2 = next((t for t in doc[nxt : min(len(doc), nxt + 6)] if t.left_edge.i == nxt and t.pos_ in ("NOUN", "PROPN")
                       and ((t.head.i == noun.i and t.dep_ == "appos") or (t.head.i == noun.head.i and t.dep_ == noun.dep_))), None)
            if n2 is not None and (doc[nxt].dep_ in ("det", "nummod", "poss", "compound", "amod") or n2.pos_ == "PROPN"):
                clauses = [(c, n2) for c in n2.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > n2.i]
        for verb, subj_tok in clauses:
            if verb.lemma_.lower() not in verbs:
                continue
            kids = list(verb.children)
            if any(k.dep_ in ("auxpass", "nsubjpass", "agent", "ccomp", "xcomp") for k in kids):
                continue
            if any(k.dep_ in ("dobj", "obj", "dative") and k.lower_ not in ("that", "which") for k in kids):
                continue  # the clause has an object of its own: the noun is not what it does
            subj = [subj_tok] if subj_tok is not None else [k for k in kids if k.dep_ == "nsubj" and k.lower_ not in ("that", "which", "who")]
            actors = [m for s in subj for m in self._mentions_in(doc, s)]
            if not actors:
                continue
            preps = self.lex.recipient_preps.get(f.trigger.type) or DEFAULT_RECIPIENT_PREPS
            recips = [m for p in self._prep_objects(verb, preps) for m in self._party(doc, p) if not same_party(m, actors)]
            return actors, recips
        return [], []

    def _relative_agent_verbs(self) -> frozenset[str]:
        got = getattr(self, "_r46a_agent_verbs", None)
        if got is None:
            cue = self.lex.cue_set
            got = (cue("light_verbs") | cue("enacting_verbs") | cue("imposing_verbs") | cue("presenting_verbs")
                   | cue("r28t_raising_verbs") | cue("r46a_relative_agent_verbs"))
            self._r46a_agent_verbs = got
        return got

    def _r51a_misread_light_object(self, verb: Token) -> Token | None:
        """Round 51: "the EU imposed asset freezes and travel bans on four generals": the small parser reads a plural
        act noun after a noun modifier as a verb ("freezes", with "asset" its subject) in a clause governed by the
        light verb before it. The light verb is the act's clause, and its subject does the act. Only a bare noun
        modifier standing alone between the two (no determiner, possessor, number or name: "said talks resume" is a
        clause), no complementiser, auxiliary or negation in the misread clause, and no object of the light verb's
        own. Returns the light verb (``r51a_misread_object_verbs`` besides the light, enacting and imposing verbs)."""
        head = verb.head
        if verb.tag_ != "VBZ" or verb.dep_ != "ccomp" or head.i == verb.i or head.i > verb.i or head.pos_ != "VERB":
            return None
        lemma = head.lemma_.lower()
        cue = self.lex.cue_set
        if not (lemma in cue("light_verbs") or lemma in cue("enacting_verbs") or lemma in cue("imposing_verbs")
                or lemma in cue("r51a_misread_object_verbs")):
            return None
        if any(c.dep_ in ("dobj", "obj", "dative") for c in head.children):
            return None
        kids = list(verb.children)
        subj = [c for c in kids if c.dep_ in SUBJ]
        if len(subj) != 1 or any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in kids):
            return None
        s = subj[0]
        if s.pos_ != "NOUN" or s.tag_ != "NN" or s.left_edge.i != head.i + 1 or s.right_edge.i != verb.i - 1:
            return None
        if any(t.dep_ in ("det", "poss", "nummod") or t.pos_ in ("PRON", "PROPN", "NUM") for t in s.subtree):
            return None
        return head

    def _r51a_joint_clause_parties(self, doc: Doc, f: Found, tok: Token, anchor: Token) -> list[Mention]:
        """Round 51: a meeting noun with no party of its own, told as the occasion the clause's act followed, is the
        meeting of the parties that clause names together: "Ethiopia and Somalia agreed to restore ties after talks
        in Ankara mediated by Turkey" (the small parser reads "talks ... mediated by" as a clause with the talks as
        its subject, hung below the act), "Vietnam and the Philippines agreed to hold joint patrols, the ministry said
        after a meeting of defence officials" (the phrase hung on the verb of saying, whose reported clause names
        the parties). Two parties at least, named by one active subject; a mediator or host of the talks stays their
        third party (cue sets ``r51a_joint_occasion_marks``, ``r51a_meeting_participles``)."""
        if f.trigger.type not in _RECIPROCAL:
            return []
        marks = self.lex.cue_set("r51a_joint_occasion_marks")
        clause: Token | None = None
        if (tok.dep_ in SUBJ and tok.head.i == anchor.i and anchor.tag_ == "VBN" and anchor.dep_ == "advcl"
                and anchor.lemma_.lower() in self.lex.cue_set("r51a_meeting_participles")
                and any(c.dep_ == "mark" and c.lower_ in marks for c in anchor.children)):
            clause = anchor.head
            while clause.dep_ in ("advcl", "pcomp", "prep", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
        elif (tok.dep_ == "pobj" and tok.head.lower_ in marks and tok.head.head.i == anchor.i
              and anchor.lemma_.lower() in self.lex.cue_set("reporting_verbs")):
            clause = next((c for c in anchor.children if c.dep_ == "ccomp"), None)
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            return []
        heads, passive = self._subject(clause)
        if passive:
            return []
        parties = [m for x in heads if x.i != tok.i for m in self._mentions_in(doc, x)]
        return parties if len(unique_keys(parties)) >= 2 else []

    def _r51a_in_protest_subject(self, doc: Doc, f: Found, tok: Token, anchor: Token, subj: list[Token],
                                 passive: bool) -> list[Mention]:
        """Round 51: "two opposition lawmakers resigned in protest against the amendment", "union delegates walked
        out in protest at the ruling": a bare protest noun told as the manner of a clause's act ("in protest", no
        determiner or modifier) is the protest of the clause's active subject. Only a subject of society (a party, a
        union, an opposition): a state's or a state organ's act "in protest" (a recall, a suspension) is coded by the
        development sets as that measure, not as a protest (round 48 read every bare "in protest" so, and wire17 and
        dev fell), and a state organ's protest gets no target (``_implied_recipients``). Cue set
        ``r51a_manner_protest_nouns``."""
        if (f.trigger.type != "PROTEST" or passive or tok.dep_ != "pobj" or tok.head.lower_ != "in"
                or tok.head.head.i != anchor.i or tok.lemma_.lower() not in self.lex.cue_set("r51a_manner_protest_nouns")
                or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children)):
            return []
        named = [m for x in subj if x.i != tok.i for m in self._mentions_in(doc, x)]
        if not named or any(m.kind == "unresolved" or m.sector is None or m.sector in _STATE_ORGANS or m.sector == "UAF"
                            for m in named):
            return []
        return named

    def _talks_not_held(self, anchor: Token) -> bool:
        """Whether the verb holding talks is negated, or sits (through xcomp/ccomp) under a verb of refusing or
        preventing: "would not open talks", "refused to open talks", "did not seek to resume talks": none were held."""
        refusing = self.lex.cue_set("negating_verbs") | self.lex.cue_set("preventing_verbs")
        v = anchor
        while True:
            if any(c.dep_ == "neg" for c in v.children) or (v is not anchor and v.lemma_.lower() in refusing):
                return True
            if v.dep_ not in ("xcomp", "ccomp") or v.head.i == v.i:
                return False
            v = v.head

    def _r51a_held_meeting_doers(self, doc: Doc, f: Found, tok: Token, anchor: Token, subj: list[Token],
                                 passive: bool) -> list[Mention]:
        """Round 51: "Angola's president hosted separate meetings on Saturday with Congo's foreign minister": a
        meeting noun held by a verb of holding talks (``r47t_talks_holding_verbs``), whose "with" phrase the small
        parser hangs on the verb (past a time phrase) rather than on the noun, is the verb subject's meeting with the
        "with" party, as round 48 reads "opened talks with Lima" (``_r48n_clause_doers``). Not talks not held (a
        negation, or a verb of refusing or preventing above the verb)."""
        if (f.trigger.type not in _RECIPROCAL or passive or tok.dep_ not in ("dobj", "obj") or tok.head.i != anchor.i
                or anchor.lemma_.lower() not in self.lex.cue_set("r47t_talks_holding_verbs")
                or self._prep_objects(tok, frozenset({"with"}))):
            return []
        partners = [m for p in self._prep_objects(anchor, frozenset({"with"})) for m in self._mentions_in(doc, p)]
        if not partners:
            return []
        if self._talks_not_held(anchor):
            return []
        return [m for x in subj if x.i != tok.i for m in self._mentions_in(doc, x) if not same_party(m, partners)]

    def _r48n_clause_doers(self, doc: Doc, f: Found, tok: Token, anchor: Token, subj: list[Token], passive: bool) -> list[Mention]:
        """Round 48: the doer of a joint act told as a noun whose partner its own "with" phrase names ("opened
        talks with Lima", "signed the accord after negotiations with Hungary", "was approved by Kazakhstan
        following talks with Uzbekistan"): the object of a verb of holding talks, or in a phrase of the clause's
        occasion; the other side is the clause's subject (or a passive clause's agent). Not where the clause only
        comments on the talks ("criticised the talks with"), nor talks not held ("would not open", "refused to
        begin"). (A bare "in protest" read the same way was tried and left out: gold codes a state's protest with
        its sanction, and wants its target; wire17 and dev fell.)"""
        if f.trigger.type not in _RECIPROCAL or not self._prep_objects(tok, frozenset({"with"})):
            return []
        if self._talks_not_held(anchor):
            return []
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is not None and prep.i == anchor.i and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
            # "following talks with": the participle preposition is taken for the anchor; the clause is its head's
            anchor = prep.head
            subj, passive = self._subject(anchor)
        on_clause = prep is not None and prep.head.i == anchor.i
        if ((on_clause and prep.lower_ in self.lex.cue_set("r48n_occasion_preps"))
                or (tok.dep_ in ("dobj", "obj") and tok.head.i == anchor.i
                    and anchor.lemma_.lower() in self.lex.cue_set("r47t_talks_holding_verbs"))):
            doers = self._agent(anchor) if passive else subj
        else:
            return []
        partners = [m for p in self._prep_objects(tok, frozenset({"with"})) for m in self._mentions_in(doc, p)]
        return [m for x in doers if x.i != tok.i for m in self._mentions_in(doc, x) if not same_party(m, partners)]

    def _roles(self, doc: Doc, f: Found, prior: list[tuple[int, str, list[Mention]]] | None = None) -> tuple[list[Mention], list[Mention]]:
        """The actors and recipients of a found trigger (the recipients are also kept for later acts that answer it)."""
        actors, recips = self._read_roles(doc, f, prior)
        if recips and f.trigger.type in _JOINT_ACTS:
            # round 43: the party an act of helping or joining is waged "against" is the partners' common foe, not their
            # counterpart ("offered to help coordinate a response against the militants", "to support operations
            # against the Islamic State"): it is left for the party helped
            recips = self._less_common_foe(doc, f, recips)
        if f.trigger.type == "ACCUSE" and recips:
            recips = recips + self._backers_of(doc, f, actors, recips)
        elif f.trigger.type in ("ASSAULT", "COERCE") and not f.nominal and actors:
            recips = recips + self._raid_targets(doc, f, actors, recips)
        if f.trigger.type in ("ASSAULT", "COERCE", "SANCTION", "ACCUSE") and not f.nominal and actors:
            recips = recips + self._counted_people_ties(doc, f, actors, recips)
        if f.trigger.type in ("SANCTION", "ASSAULT", "COERCE") and actors:
            recips = recips + self._aimed_participle_targets(doc, f, actors, recips)
        if f.trigger.mode == "crowd-control" and actors and recips and f.trigger.type in ("ASSAULT", "COERCE"):
            recips = self._crowd_of_sentence(doc, f, actors, recips)
        if f.trigger.type == "COERCE" and not f.nominal and actors:
            recips = recips + self._r52b_arrested_crowd(doc, f, actors, recips)
        if f.trigger.type == "MOBILIZE" and actors and not recips:
            recips = self._r52b_mission_place(doc, f, actors)
        if f.trigger.type in ("ASSAULT", "COERCE") and not f.nominal and actors:
            vessel = self._r52b_seized_vessel_party(doc, f, actors, recips)
            if vessel is not None:
                recips = vessel
        if f.nominal and f.trigger.type == "AGREE" and f.trigger.words[1:] == ("under",):
            actors, recips = self._r49c_agreement_parties(doc, f, actors, recips)
        if f.nominal and actors and f.tok.lemma_.lower() in self.travel:
            actors, recips = self._visitor_of_visited(doc, f, actors, recips)
        role_cache(doc, self).recipients[f.tok.i] = recips
        return actors, recips

    def _backers_of(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> list[Mention]:
        """Round 32. An accused group named with the party behind it ("blamed militants backed by X", "accused gangs
        directed by X of ..."): the agent of a backing participle on the accused phrase is accused too (the party
        the charge is aimed at; the group stays beside it)."""
        verbs = self.lex.cue_set("r32r_backing_verbs")
        index = mention_index(doc)
        sent = f.tok.sent
        out: list[Mention] = []
        for t in sent:
            m = index.get(t.i)
            if m is None or not any(m is r for r in recips):
                continue
            for part in t.children:
                if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in verbs:
                    continue
                for g in self._agent(part):
                    out += [n for n in self._mentions_in(doc, g) if not same_party(n, actors)
                            and n.kind != "unresolved" and all(n.key != r.key for r in recips + out)]
        return out

    def _raid_targets(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> list[Mention]:
        """Round 32. An attack or arrest told as done "in a raid on X" / "during an operation against X" ("police
        killed 12 people in a raid on the cartel", "troops detained 30 suspects in a crackdown on the party"): the
        party the raid was aimed at is a target too, beside the people the verb names (a place or building names
        no party and adds nothing)."""
        nouns = self.lex.cue_set("r32r_raid_nouns")
        out: list[Mention] = []
        for p in f.tok.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "during", "amid"):
                continue
            for n in p.children:
                if n.dep_ != "pobj" or n.lemma_.lower() not in nouns:
                    continue
                for q in n.children:
                    if q.dep_ not in ("prep", "acl") or q.lower_ not in self.lex.cue_set("r32r_raid_preps"):
                        continue
                    for g in q.children:
                        if g.dep_ not in ("pobj", "dobj"):
                            continue
                        out += [m for m in self._mentions_in(doc, g) if m.kind != "unresolved" and m.via != "location"
                                and not same_party(m, actors) and all(m.key != r.key for r in recips + out)]
        return out

    def _counted_people_ties(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> list[Mention]:
        """Round 32. People an act names only by count, tied by their own phrase to a party ("detained 30 people
        suspected of links to X", "arrested 40 people including two lawmakers from X"): that party is a target
        beside them."""
        generic = self.lex.cue_set("r32r_generic_people_nouns")
        # the list is written in plurals ("men", "women"): match the word as written or its lemma
        objs = [c for c in f.tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                and (c.lower_ in generic or c.lemma_.lower() in generic)]
        if not objs:
            return []
        index = mention_index(doc)
        parts = self.lex.cue_set("r32r_suspicion_participles")
        out: list[Mention] = []
        for g in objs:
            heads: list[Token] = []
            for c in g.children:
                if (c.dep_ == "prep" and c.lower_ in ("including", "among")) or (
                        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in parts):
                    heads += [x for x in c.subtree if x.i != c.i and x.i in index]
            found = [m for h in heads for m in [index[h.i]] if m.kind != "unresolved" and not same_party(m, actors)]
            # a party named in the phrase over people the resolver placed by the country alone
            named = [m for m in found if m.via != "location"]
            for m in named or found:
                if all(m.key != r.key for r in recips + out):
                    out.append(m)
        return out

    def _aimed_participle_targets(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> list[Mention]:
        """Round 33. A sanction or strike told with a participle of its aim set after it ("adopted sanctions against
        Russia, targeting tankers of its fleet and Chinese firms that supply drone parts", "struck the port,
        hitting ..."): the parties the participle's objects name are targets too, beside the one the act names
        (not parties inside a clause on those objects, nor the actor's own)."""
        verbs = self.lex.cue_set("r33r_aim_participles")
        parts = [c for c in {f.tok.i: f.tok, f.anchor.i: f.anchor}.values() for c in c.children
                 if c.tag_ == "VBG" and c.i > f.tok.i and c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in verbs]
        if not parts:
            return []
        index = mention_index(doc)
        out: list[Mention] = []
        for c in parts:
            for x in c.subtree:
                m = index.get(x.i)
                if m is None or x.i == c.i or m.kind == "unresolved" or same_party(m, actors):
                    continue
                # (not inside a clause on the objects: "firms that supply Russian buyers")
                up, inner = x, False
                while up.i != c.i:
                    if up.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
                        inner = True
                        break
                    up = up.head
                if not inner and all(m.key != r.key for r in recips + out):
                    out.append(m)
        return out

    def _crowd_of_sentence(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> list[Mention]:
        """Round 33. Crowd-control force (tear gas, water cannon, rubber bullets) is used on a crowd, never on an
        office: told with no one it was aimed at ("supporters of ex-president X blocked roads, and police fired tear
        gas to clear the highway"; "police fired tear gas when protesters tried to reach Congress"), the recipient the
        clause gave is the leader, office or building the crowd is tied to. Then the crowd the sentence names as
        the subject of another clause (its protesters, students, workers, supporters) is the target instead. Kept
        where a crowd-like party is already a recipient, and where nothing crowd-like is a subject nearby."""
        state = self.lex.cue_set("r33r_state_sectors")
        if any((m.key.split(".")[1].lower() if "." in m.key else "") not in state for m in recips if m.kind != "unresolved"):
            return recips
        index = mention_index(doc)
        verb = f.anchor
        # (force aimed in so many words is kept: "fired tear gas at lawmakers", "used water cannon against deputies")
        aimed = {g.i for h in {f.tok.i: f.tok, verb.i: verb}.values() for p in h.children
                 if p.dep_ == "prep" and p.lower_ in ("at", "against", "on", "into") for g in p.subtree}
        if any(index.get(i) is m for i in aimed for m in recips):
            return recips
        best: tuple[int, Mention] | None = None
        for t in f.tok.sent:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i == verb.i or t.head.pos_ not in ("VERB", "AUX"):
                continue
            # ("thousands of students marched": the crowd named after its count)
            for x in [t, *(g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")]:
                m = index.get(x.i)
                if m is None or m.kind == "unresolved" or "." not in m.key or m.key.split(".")[1].lower() in state:
                    continue
                if same_party(m, actors):
                    continue
                d = abs(t.i - f.tok.i)
                if best is None or d < best[0]:
                    best = (d, m)
                break
        return [best[1]] if best is not None else recips

    def _r52b_arrested_crowd(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> list[Mention]:
        """Round 52. People arrested at a protest named only by their count ("Hundreds of farmers drove their
        tractors onto the ring road to protest ... Riot police stopped a convoy and detained 27 people", "supporters of
        the former president blocked highways ...; police cleared a blockade and detained 23 people"): the people
        detained are of the crowd the story has just named, so the group that crowd is (its farmers, workers,
        students, a party's supporters) is a target beside the people (the resolver gives them only as the country's
        civilians). The crowd is the subject of a verb of protesting or blocking (or of one done "to protest") in the
        act's sentence or the one before, of the arresting state, and no office or force of it."""
        if f.tok.lemma_.lower() not in self.lex.cue_set("r52b_arrest_verbs"):
            return []
        generic = self.lex.cue_set("r32r_generic_people_nouns") | self.lex.cue_set("r52b_crowd_people_nouns")
        objs = [c for c in f.tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                and (c.lower_ in generic or c.lemma_.lower() in generic)]
        if not objs:
            return []
        homes = {a.key.split(".")[0] for a in actors}
        if len(homes) != 1 or any(not (m.key.endswith(".CVL") or m.kind == "unresolved") for m in recips):
            return []
        home = next(iter(homes))
        state = self.lex.cue_set("r33r_state_sectors") | {"cvl"}
        crowd_verbs = self.lex.cue_set("r52b_crowd_verbs")
        index = mention_index(doc)
        sent = sent_of(f.tok)
        prev = doc[sent.start - 1].sent if sent.start > 0 else None
        best: tuple[int, Mention] | None = None
        for s in [x for x in (prev, sent) if x is not None]:
            for t in s:
                if t.dep_ != "nsubj" or t.head.i == f.tok.i:
                    continue
                v = t.head
                if v.lemma_.lower() not in crowd_verbs and not any(
                        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in crowd_verbs for c in v.children):
                    continue
                for x in [t, *(g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                               for g in p.children if g.dep_ == "pobj")]:
                    m = index.get(x.i)
                    if m is None or m.kind == "unresolved" or m.key.split(".")[0] != home or "." not in m.key:
                        continue
                    if m.key.split(".")[1].lower() in state or same_party(m, actors):
                        continue
                    d = abs(t.i - f.tok.i)
                    if best is None or d < best[0]:
                        best = (d, m)
                    break
        if best is None or any(best[1].key == r.key for r in recips):
            return []
        return [best[1]]

    def _r52b_mission_place(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """Round 52. A force readied or sent with no target named but the place of its mission in a clause of purpose
        or result ("ordered the activation of a standby force to restore constitutional order in Niger", "sent a
        carrier group to the Caribbean, expanding the U.S. military presence near Venezuela"): the state of that place
        is the target (PLOVER: a mobilisation is aimed at the state it is sent against or into), not none. Only a
        state other than the actors' own, named under a preposition of place inside a "to" infinitive or a participle
        clause of the act."""
        homes = {a.key.split(".")[0] for a in actors} | {a.code for a in actors}
        preps = self.lex.cue_set("r52b_mission_place_preps")
        top = f.anchor if f.nominal else f.tok
        for p in top.subtree:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            up, clause = p, False
            while up.i != top.i and up.head is not up:
                if up.dep_ in ("advcl", "xcomp", "acl") and up.pos_ in ("VERB", "AUX") and (up.tag_ == "VBG" or any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in up.children)):
                    clause = True
                up = up.head
            if not clause or up.i != top.i:
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                found = [m for m in self._party(doc, g) if m.kind == "state" and "." not in m.key and m.key not in homes]
                if found:
                    return found[:1]
        return []

    def _r52b_seized_vessel_party(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> list[Mention] | None:
        """Round 52. A ship seized, impounded or intercepted ("the coast guard seized a foreign-flagged tanker off X",
        "impounded a rescue ship run by the German charity Y in the port of Z", "seized an oil tanker suspected of
        damaging a cable between Finland and Estonia"): the act is aimed at the ship's owner or flag state. Where the
        ship's own phrase names neither (its flag, demonym or owner), the target is the ship itself, an unknown party
        (PLOVER's UNK), not a party met in another sentence or the agency that reports the seizure (a party the
        sentence names for the act, a place and the seizer's own people are kept: a dev check set lost a match when
        they were replaced). An owner named by a participle
        ("run by", "owned by", "belonging to") whose name the registry does not know is read from its demonym and its
        noun ("the German charity ..." -> DEU.SOC). None where the verb is no seizure of a ship, or its phrase already
        names the party (kept as read)."""
        tok = f.tok
        if tok.lemma_.lower() not in self.lex.cue_set("r52b_vessel_seizing_verbs"):
            return None
        ships = self.lex.cue_set("flagged_ship_nouns")
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in ships]
        if not objs:
            return None
        obj = objs[0]
        # the ship's own phrase: not the clauses on it ("suspected of ..."), nor where it lies ("in the port of X")
        clauses = [c for c in obj.children if c.dep_ in ("relcl", "acl", "advcl")
                   or (c.dep_ == "prep" and c.lower_ not in ("of", "from"))]
        outer = {t.i for c in clauses for t in c.subtree}
        core = [t for t in obj.subtree if t.i not in outer]
        index = mention_index(doc)
        if any(m.via != "location" for t in core for m in [index.get(t.i)] if m is not None):
            return None
        starts = {t.idx for t in core}
        if any(m.start in starts for m in recips):
            return None  # read from the ship's phrase ("an Iranian-flagged tanker")
        reg = get_registry()
        sectors = self.lex.cues.get("r52b_owner_sectors") or {}
        own = {a.code for a in actors} | {a.key.split(".")[0] for a in actors}
        owners = self.lex.cue_set("r52b_owner_participles")
        for c in [t for t in obj.subtree if t.i not in starts and t.lemma_.lower() in owners and t.pos_ in ("VERB", "AUX")]:
            # ("run by the German charity X", "suspected of belonging to Russia's shadow fleet")
            for p in c.children:
                if not (p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "to")):
                    continue
                for g in p.children:
                    if g.dep_ != "pobj":
                        continue
                    named = [m for t in g.subtree for m in [index.get(t.i)] if m is not None and m.via != "location"
                             and m.kind != "unresolved"]
                    if named:
                        return named[:1]
                    adj = next((reg.adjectives[x.text] for x in g.children if x.dep_ in ("amod", "compound", "nmod")
                                and x.text in reg.adjectives), None)
                    if adj is not None:
                        sector = sectors.get(g.lemma_.lower())
                        key = f"{adj}.{sector}" if sector else adj
                        return [Mention(g.idx, g.idx + len(g.text), g.text, key, adj, sector, None, "demonym",
                                        "group" if sector else "state")]
                    placed = [m for m in self._party(doc, g) if m.kind == "state" and m.key not in own]
                    if placed:
                        return placed[:1]
        sent = sent_of(tok)
        reporting = self.lex.cue_set("reporting_verbs")
        for m in recips:
            # a party the sentence names for the act itself is kept ("arrested 14 Indian fishermen and seized two
            # trawlers", "intercepted two boats carrying Rohingya refugees"), and so is a place (left to the place
            # rules) and the seizer's own people: not a party of another sentence, or the agency that reports it
            if m.kind == "unresolved":
                continue
            if not (sent.start_char <= m.start < sent.end_char):
                continue
            t = doc.char_span(m.start, m.end, alignment_mode="expand")
            t = t.root if t is not None else None
            if t is not None and t.dep_ in SUBJ and t.head.lemma_.lower() in reporting:
                continue
            return None
        span = doc[obj.left_edge.i : obj.i + 1]
        return [Mention(span.start_char, span.end_char, span.text, "UNK", "UNK", None, None, "role", "unresolved", False)]

    def _r49c_agreement_parties(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Round 49. The parties of an agreement in force that an act is done under ("Norway returned the men under an
        arrangement agreed with Baghdad", "the group, which governs the region under a 2014 accord with Manila"): the
        doer of the act done under it is one party, the party named with "with" (on the noun or on its participle of
        concluding) the other. Parties named with "between" are read as for any act between two sides."""
        if actors:
            return actors, recips
        noun = f.tok
        verb = noun.head.head
        if noun.head.lower_ == "of":
            verb = verb.head  # "(passed the law,) part of a deal with ...": the clause the part belongs to
        if verb.pos_ not in ("VERB", "AUX"):
            return actors, recips
        subj, passive = self._subject(verb)
        if passive:
            return actors, recips
        doers = [m for s in subj for m in self._mentions_in(doc, s)]
        concluding = self.lex.cue_set("r49c_concluding_participles")
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in concluding)]
        others = [m for h in holders for g in self._prep_objects(h, frozenset({"with"})) for m in self._party(doc, g)
                  if not same_party(m, doers)]
        if not doers or not others:
            return actors, recips
        return doers, others

    def _visitor_of_visited(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Round 29. A visitor is never the party visited: when the place a trip goes to is the actor's own, the
        small parser has hung "during a visit to ..." inside a clause of the party visited ("welcomed Morocco's plan to
        open border posts during a trip to Rabat", "praised Georgia's efforts to end the dispute on a visit to
        Tbilisi"); the traveller is the subject of the nearest clause above whose party is another, and the party
        visited is the recipient."""
        dest = [m for g in self._prep_objects(f.tok, frozenset({"to"})) for m in self._party(doc, g)]
        if not dest or not any(same_party(m, actors) for m in dest):
            return actors, recips
        x = f.anchor
        for _ in range(6):
            if x.head.i == x.i:
                break
            x = x.head
            if x.pos_ not in ("VERB", "AUX"):
                continue
            subj = [m for s in self._subject(x)[0] for m in self._mentions_in(doc, s)]
            if subj and not any(same_party(m, dest) for m in subj):
                return subj, dest
        return actors, recips

    def _read_roles(self, doc: Doc, f: Found, prior: list[tuple[int, str, list[Mention]]] | None = None) -> tuple[list[Mention], list[Mention]]:
        preps = self.lex.recipient_preps.get(f.trigger.type) or DEFAULT_RECIPIENT_PREPS
        tok = f.tok
        if f.nominal and tok.dep_ in ("compound", "amod") and tok.i in mention_index(doc):
            # "riot police", "protest organisers" as a name: the word describes the party, it reports no act
            return [], []
        if f.trigger.type == "SANCTION" and any(w.startswith("export") for w in f.trigger.words):
            # "export controls on chips to China": an export ban's destination is its target
            preps = preps | {"to"}
        if f.trigger.type == "SANCTION" and (any(w.startswith("import") for w in f.trigger.words) or any(
                c.dep_ in ("dobj", "obj", "pobj") and c.lemma_.lower() in self.lex.cue_set("traded_goods_nouns")
                for c in ([] if f.nominal else f.tok.children))):
            # "banned imports of wheat from Kazakhstan", "halted purchases of gas from Qatar": the goods' origin
            # is the target
            preps = preps | {"from"}
        actors: list[Mention] = []
        recips: list[Mention] = []
        hosts: list[Mention] = []  # states hosting the actor's own mission (not a foreign installation's place)
        if not f.nominal:
            subj, passive = self._subject(tok)
            if not passive and self._ordered_done(tok) is not None:
                passive = True  # (round 37: "ordered two activists detained": the activists undergo it)
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
                        index = mention_index(doc)
                        # (not a pronoun in a clause inside it: "accused by rivals of lying after it lost")
                        hit = next((t for t in a.subtree if t.i in index and t.i != a.i and t.tag_ != "PRP"
                                    and not self._through_clause(t, a)), None)
                        if hit is not None:
                            found = [index[hit.i]]
                    actors += found
                if not actors and tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in self.lex.cue_set(
                        "ordering_verbs") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                    # "ordered the ambassadors to be reprimanded": whoever orders it has it done
                    heads, passive_order = self._subject(tok.head)
                    if not passive_order:
                        actors += [m for x in heads for m in self._mentions_in(doc, x)]
                ordering = self._ordered_done(tok) if not actors else None
                if ordering is not None:
                    # round 37: "ordered two activists detained", "ordered the envoy expelled": the object of a verb of
                    # ordering with a passive participle undergoes the act, whoever orders it has it done
                    heads, passive_order = self._subject(ordering)
                    if not passive_order:
                        actors += [m for x in heads for m in self._mentions_in(doc, x)]
                if not actors and f.trigger.type.lower() in self.lex.cue_set("r25_attributed_passive_types") and not self._agent(tok):
                    actors += self._attributing_body(doc, tok)
                for s in subj:
                    recips += self._mentions_in(doc, s)
            else:
                for s in subj:
                    actors += self._mentions_in(doc, s)
                members = self._included_members(doc, subj)
                if members:
                    # round 41: "Leaders across the region, including those of Brazil and Chile, condemned ...": the
                    # parties the subject names as its members act (before a party the unnamed subject was only
                    # placed in)
                    actors = members + [m for m in actors if m.via != "location" and m.kind != "unresolved"
                                        and not same_party(m, members)]
                if not actors:
                    actors += self._document_author(doc, tok, subj)
                elif tok.dep_ == "relcl":
                    actors = self._not_own_object(doc, tok, actors)
                # control verbs: "Hamas called on Iran to join" -> the event is REQUEST Hamas->Iran (handled by trigger)
                for c in tok.children:
                    # what is mobilised ("mobilize fighters", "deployed troops") is the actor's own force,
                    # not a recipient: MOBILIZE takes its recipient from a preposition ("to", "against")
                    if c.dep_ in OBJ and not (f.trigger.type == "MOBILIZE" and c.dep_ in ("dobj", "obj")):
                        if self._own(doc, c, actors):
                            continue  # "recalled its ambassador", "withdrew their troops": the actor's own
                        for o in through_prep(c):
                            recips += self._put_in_own(f, self._mentions_in(doc, o), actors)
                recips += self._relative_object(doc, tok, actors)
                if not actors and f.trigger.type == "ASSAULT":
                    actors += self._reported_own_operation(doc, tok, subj, recips)
                    # (a strike the article has already told that state's forces made is retold, not another)
                    if actors and any(p_type == "ASSAULT" and any(a.key.split(".")[0] == actors[0].key.split(".")[0] for a in p_actors)
                                      for _, p_type, p_actors in prior or ()):
                        actors = []
            if not actors and tok.tag_ == "VBG" and tok.dep_ in SUBJ + PASS_SUBJ + ("pobj",):
                # "fighting between the army and the RSF raged": a gerund used as a noun, with both its parties
                for p in self._prep_objects(tok, frozenset({"between"})):
                    actors += self._mentions_in(doc, p)
            for p in self._prep_objects(tok, preps):
                recips += self._party(doc, p)
            if not recips:
                # "supplied ammunition to Ukraine": the preposition hangs on the object noun; "severed
                # relations with Israel", "suspended talks with the ELN": the partner of the object;
                # "recalled its ambassador from Paris": the place the actor's own people leave
                for c in tok.children:
                    if c.dep_ in ("dobj", "obj"):
                        owned = self._own(doc, c, actors)
                        if c.i in mention_index(doc) and not owned:
                            continue
                        extra = {"from", "to"} if owned else set()
                        # "closed its embassy in Dublin", "reopened its consulate in Basra": the state hosting the
                        # actor's own mission is the target
                        mission = owned and c.lemma_.lower() in self.lex.cue_set("mission_nouns")
                        places = self._prep_objects(tok, frozenset({"in"})) if mission else []  # (or on the verb)
                        for p in self._prep_objects(c, (preps - {"of"}) | {"with"} | extra | ({"in"} if mission else set())) + places:
                            got = self._party(doc, p)
                            hosts += got if mission else []
                            recips += got
            if not recips:
                recips += self._object_authors(doc, tok, actors)
            if tok.lemma_.lower() in self.transfer:
                # "extradited a hacker to the United States": what is handed over is not the recipient
                objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
                dest = self._destination(doc, tok, objs) + [m for p in self._prep_objects(tok, _HANDED_OVER)
                                                            for m in self._party(doc, p)]
                held = self._captives_home(doc, f, actors) if any(m.code in ("NGO", "IGO") for m in dest) else []
                if held:
                    recips = held
                elif dest:
                    recips = dest
            if not recips and f.trigger.type in _GIVING:
                # round 28: "agreed to ship two frigates to Egypt", "offered to deliver fuel to Cuba": a promise to
                # hand something over is made to where it is to go
                for c in tok.children:
                    if c.dep_ == "xcomp" and c.lemma_.lower() in self.transfer:
                        recips += [m for m in self._destination(doc, c, [o for o in c.children if o.dep_ in ("dobj", "obj")])
                                   if not same_party(m, actors)]
            if not recips and f.trigger.type != "MOBILIZE":
                # "threatened to send troops into Nigeria", "refused to deploy soldiers to the border with Chad": where a
                # governed verb sends the actor's own force is whom the act is aimed at
                forces = self._sent_forces(tok)
                for sender in {o.head.i: o.head for o in forces}.values():
                    recips += [m for m in self._destination(doc, sender, [o for o in forces if o.head.i == sender.i])
                               if not same_party(m, actors)]
            # "called on X to": the object of "on" (also when only the actor's own side was found: "called on
            # both sides to protect Chinese investments")
            if not [m for m in recips if not same_party(m, actors)]:
                for p in self._prep_objects(tok, frozenset({"on", "upon"})):
                    recips += self._mentions_in(doc, p)
        else:
            # nominal event: by/from phrase, possessive, modifiers -> actor; preps -> recipient ("withdrawal
            # from ECOWAS": for a retreat, "from" names what is left, not who leaves)
            by_from = frozenset({"by"}) if f.trigger.type in _FROM_IS_RECIPIENT else frozenset({"by", "from"})
            origin = self._r52_goods_origin(tok)
            for p in self._prep_objects(tok, by_from):
                if p.head.i in origin:
                    recips += self._mentions_in(doc, p)  # "restrictions on beef imports from Brazil": whose goods
                    continue
                actors += self._mentions_in(doc, p)
            for c in tok.children:
                if c.dep_ == "acl":  # "the attack launched by Hamas on Israel"
                    if c.lemma_.lower() in self.convene:
                        continue  # "talks mediated by Turkey", "hosted by China": a third party, not a side
                    for a in self._agent(c):
                        actors += self._mentions_in(doc, a)
                    for p in self._prep_objects(c, preps):
                        recips += self._party(doc, p)
            weak: list[Mention] = []  # modifiers that only point back or are placed: "their drills", "military drills"
            kinds: list[Mention] = []  # modifiers naming the act's kind or source: "UN sanctions", "NATO drills"
            undergone = tok.lemma_.lower() in self.lex.cue_set("undergone_nouns") and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in mention_index(doc):
                    got = self._mentions_in(doc, c, deep=False)
                    if undergone and c.dep_ == "poss":
                        # "a warrant for his arrest", "Navalny's detention": the possessor undergoes the act
                        recips += got
                        continue
                    actors += got
                    if c.tag_ == "PRP$" or all(m.via == "location" for m in got):
                        weak += got
                    elif c.dep_ != "poss":
                        kinds += got
            authored = False
            if (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon") and not recips and f.anchor.i != tok.i
                    and tok.head.head.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.lex.cue_set("author_of_nouns")):
                # round 40: "entered Nigeria at Abuja's request", "sent troops at Mogadishu's invitation": a named
                # possessor is the author, as the "of" phrase is below; the clause's doer is whom it moved to act
                owners = [m for c in tok.children if c.dep_ == "poss" and c.tag_ != "PRP$"
                          for m in self._mentions_in(doc, c, deep=False)]
                if owners:
                    actors = owners
                    heads, pass_anchor = self._subject(f.anchor)
                    doers = (self._agent(f.anchor) or heads) if pass_anchor else heads
                    recips += [m for x in doers for m in self._mentions_in(doc, x) if not same_party(m, owners)]
                    authored = bool(recips)
            if (not actors and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon") and tok.head.head.pos_ in ("VERB", "AUX")
                    and tok.lemma_.lower() in self.lex.cue_set("author_of_nouns")):
                # "at the request of Kiir", "at the invitation of Beijing", "on the orders of the junta": the "of"
                # phrase names its author, and the clause's subject is whom it moved to act
                for p in self._prep_objects(tok, frozenset({"of"})):
                    actors += self._mentions_in(doc, p)
                if actors and not recips and f.anchor.i != tok.i:
                    heads, pass_anchor = self._subject(f.anchor)
                    recips += [m for x in (self._agent(f.anchor) if pass_anchor else heads) for m in self._mentions_in(doc, x)]
            if not actors and f.trigger.type == "MOBILIZE" and "of" not in preps:
                # "the deployment of Chinese fighter jets": the forces moved are their owner's, when named (not
                # "troops" placed by the location)
                for p in self._prep_objects(tok, frozenset({"of"})):
                    actors += [m for m in self._mentions_in(doc, p) if m.via != "location"]
            for p in self._prep_objects(tok, preps - by_from):
                recips += self._party(doc, p)
            if not actors or f.trigger.type in ("ASSAULT", "COOPERATE", "CONSULT"):
                # "the ceasefire between Israel and Hezbollah", "talks between the two sides": both parties
                for p in self._prep_objects(tok, frozenset({"between"})):
                    actors += self._mentions_in(doc, p)
            anchor = f.anchor
            if anchor.i != tok.i:
                # round 51: "imposed asset freezes and travel bans on": the light verb before a misread plural noun
                anchor = self._r51a_misread_light_object(anchor) or anchor
            ordering = (self._ordered_done(anchor) if not actors and anchor.i != tok.i and tok.dep_ == "pobj"
                        and tok.head.head.i == anchor.i else None)
            if ordering is not None:
                # round 37: "a court ordered three activists held in detention on charges of treason": the act the
                # participle's phrase names is done by whoever orders it, to the ordered object
                heads, passive_order = self._subject(ordering)
                named = [m for x in heads for m in self._mentions_in(doc, x)] if not passive_order else []
                if named:
                    actors = named
                    recips += [m for x in self._subject(anchor)[0] for m in self._mentions_in(doc, x)]
            if anchor.i != tok.i and not authored and not passive_anchor(anchor) and self._participates(tok, anchor):
                # "Turkey did not take part in the NATO exercise", "China did not attend the UN meeting": the
                # participant acts; the named organiser of the event is its counterpart
                part = [m for x in self._subject(anchor)[0] if x.i != tok.i for m in self._mentions_in(doc, x)]
                if part:
                    index = mention_index(doc)
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
                    if not recips and prior:
                        # "held talks with Putin, a visit that drew criticism from the EU": the act the noun set off
                        # after a clause sums up is what draws it, and its actors are on the receiving end
                        recips += [m for x in subj for m in self._summing_subject_act(doc, x, prior)]
                    if not actors:
                        # "drawing condemnation from the UN", "received support from Qatar": its doer
                        for p in self._prep_objects(anchor, frozenset({"from", "by"})):
                            actors += self._mentions_in(doc, p)
                elif (not actors or all(any(a is w for w in weak) for a in actors) or (
                        all(any(a is w for w in weak + kinds) for a in actors) and self._puts_in_force(tok, anchor))) and not passive and not (
                        # "she raised the detention of a writer": bringing up an act done to someone is not doing it
                        anchor.lemma_.lower() in self.lex.cue_set("topic_raising_verbs")
                        and tok.lemma_.lower() in self.lex.cue_set("undergone_nouns")) and (
                        anchor.lemma_.lower() in self.lends_subject or anchor.lemma_.lower() in self.lex.cue_set("enacting_verbs")
                        or anchor.lemma_.lower() in self.lex.cue_set("imposing_verbs") or (
                            # "police used water cannon", "troops employed rubber bullets": whoever uses the means of
                            # force named as the verb's object does the act, with or without a place to place them by
                            # (not "fire": its own triggers read "fired tear gas", and a volley fired may be a warning
                            # or a test: "fired warning shots", "fired a barrage of missiles into the sea")
                            f.trigger.type == "ASSAULT" and tok.head.i == anchor.i and tok.dep_ in ("dobj", "obj")
                            and anchor.lemma_.lower() != "fire" and anchor.lemma_.lower() in self.lex.cue_set("instrument_verbs")) or (
                            anchor.lemma_.lower() in self.lex.cue_set("presenting_verbs") and tok.head.i == anchor.i)
                        ) and self._argument_of(tok, anchor):
                    # only a light verb lends its subject ("Russia carried out strikes"); "Iraq condemned
                    # the strike" does not make Iraq the striker. A possessive pronoun stands for that subject
                    # ("US and Filipino troops began their exercises": both, whatever "their" was resolved to).
                    # A modifier naming another party names the act's kind or source, not its doer ("the EU
                    # reimposed UN sanctions on X", "Poland held NATO drills"): of a joint act it is the partner
                    named = [m for x in subj for m in self._mentions_in(doc, x)]
                    if named:
                        if not recips and f.trigger.type in _RECIPROCAL:
                            recips += [m for m in kinds if any(a is m for a in actors) and not same_party(m, named)]
                        actors = named
                elif not actors and passive and self._passive_subject(tok, anchor) and self._lends_agent(anchor):
                    # "new sanctions were announced by the US Treasury", "a rally was held by workers": the agent
                    # of a light verb whose passive subject is the event does it, as its subject would in the active
                    for a in self._agent(anchor):
                        actors += self._mentions_in(doc, a)
                    if not actors and not self._agent(anchor):
                        actors += self._continued_actor(doc, f, prior)
                elif not actors and passive and f.nominal and tok.dep_ in ("dobj", "obj") and tok.head.i == anchor.i and _r50b_ditransitive_agent(anchor):
                    # Round 50: "who had been granted asylum by Mexico": the giver of the second object of a passive
                    # verb, in a "by" phrase the parse hangs on the verb, gives the act the object names
                    for a in _r50b_ditransitive_agent(anchor):
                        actors += self._mentions_in(doc, a)
                elif not actors and passive and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.i == anchor.i:
                    # "the hostages were freed by Philippine troops in a raid": the agent's raid
                    for a in self._agent(anchor):
                        actors += self._mentions_in(doc, a)
                elif (not actors and not passive and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during")
                      and tok.head.head.i == anchor.i and f.trigger.type != "PROTEST"
                      and any(c.dep_ in ("dobj", "obj") for c in anchor.children)
                      and anchor.lemma_.lower() not in self.undergo):
                    # "Mexican forces arrested a cartel leader in a raid", "praised the accord during a visit to
                    # Bogota": the act the subject did its deed in is its own (not a protest it arrested people in),
                    # and one act with that deed: its object is the target ("killed a commander in a drone strike")
                    for x in subj:
                        actors += self._mentions_in(doc, x)
                    deed = [m for c in anchor.children if c.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, c)]
                    if actors and deed:
                        recips = deed + recips
                elif not actors and not passive and f.trigger.type in _RECIPROCAL:
                    # "Ethiopia and Somalia agreed ... after talks": the talks of the parties named together
                    parties = [m for x in subj for m in self._mentions_in(doc, x)]
                    if len(unique_keys(parties)) >= 2:
                        actors += parties
                if not actors:
                    actors += self._r51a_in_protest_subject(doc, f, tok, anchor, subj, passive)
                if not actors:
                    # round 48: "opened talks with Lima", "signed it after talks with Hanoi": the other side
                    actors += self._r48n_clause_doers(doc, f, tok, anchor, subj, passive)
                if not actors:
                    # round 51: "hosted meetings on Saturday with X": the "with" phrase hung on the verb
                    actors += self._r51a_held_meeting_doers(doc, f, tok, anchor, subj, passive)
                if not actors:
                    # round 51: "X and Y agreed ... after talks in Ankara mediated by Z": the parties named together
                    actors += self._r51a_joint_clause_parties(doc, f, tok, anchor)
                if not recips and actors and (f.trigger.type in _ADDRESSED or tok.lemma_.lower() in self.lex.cue_set("offer_nouns")):
                    # (and an offer or proposal: "Pyongyang dismissed Seoul's offer of talks", "Israel turned down a
                    # French proposal": whoever accepts or rejects it is whom it was made to)
                    recips += self._addressee(doc, tok, actors)
                if not recips:
                    for p in self._prep_objects(anchor, preps):
                        if p.i != tok.i:
                            recips += self._party(doc, p)
                    for c in anchor.children:
                        if c.dep_ == "dative":
                            for o in through_prep(c):
                                recips += self._mentions_in(doc, o)
        # round 49: the ends of a route the act is done on are no party of it ("torched tankers on the highways from
        # Senegal"): the fallbacks below (the place's state, the armed group's own) read it instead
        ends = {doc[i].idx for i in self._r49b_route_ends(list(sent_of(tok)))}
        if ends:
            recips = [m for m in recips if m.start not in ends]
        recips, purpose = self._more_recipients(doc, f, preps, actors, recips, prior)
        if (f.trigger.type in _OWN_PLACE_CIVILIANS and not f.nominal and actors and actors[0].kind in ("state", "group")
                and all(m.via == "location" for m in recips)):
            # "police dispersed the opposition rally in Dhaka": the crowd, before the place it gathered in
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            recips = self._protesters(doc, objs, actors[0].key.split(".")[0]) or recips
        recips = [m for m in (self._placed(m, doc) for m in recips) if not place_name(doc, m)]
        # a base, garrison or embassy may be another state's: its place names the target only when the actor
        # is that state's own insurgent ("rebels attacked a base in Arauca"), not "a drone at the al-Tanf garrison"
        homes = {a.key.split(".")[0] for a in actors} | self._insurgent_homes(actors)
        recips = [m for m in recips if m.via != "location" or m.key in homes or not self._names_installation(doc, m)
                  or any(m is h for h in hosts)]
        if not actors or not recips:
            place = place_of(sent_of(tok), doc)
            country = place.country if place is not None else None
            if not actors and not country and f.trigger.type == "PROTEST":
                # protesters with no place named protest where the sentence's parties are: "Hasina resigned after
                # weeks of student-led protests" (BGD)
                country = self._sentence_state(doc, tok)
            if not actors and country:
                # an unnamed group ("protesters", "security agents") belongs to the place of the event; in a
                # passive it is the agent ("was arrested by security agents in Kampala")
                if f.nominal and f.trigger.type == "PROTEST" and not self._recalled(tok):
                    # the group named on the protest noun: "the opposition rally", "student-led protests"
                    actors += self._unnamed_groups(doc, self._group_modifiers(tok), country, passive_ok=True)
                if not actors:
                    subj, passive = self._subject(f.anchor if f.nominal else tok)
                    heads = self._agent(tok) if passive and not f.nominal else subj
                    lemma = f.anchor.lemma_.lower()
                    lends = lemma in self.lends_subject or lemma in self.lex.cue_set("instrument_verbs")
                    # "doctors went on strike": the subject sets out on the act
                    lends = lends or (f.trigger.type == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ == "on"
                                      and tok.head.head.i == f.anchor.i and not passive)
                    if f.nominal and f.anchor.i != tok.i and not (lends and self._argument_of(tok, f.anchor)):
                        heads = [x for x in heads if x.i == tok.i]  # "police dispersed the rally": not the rally's party
                    actors += self._unnamed_groups(doc, heads, country, passive_ok=False)
                if (not actors and f.trigger.type == "PROTEST" and f.nominal and tok.dep_ == "pobj"
                        and tok.head.lower_ in self.lex.cue_set("r24_occasion_preps") and tok.head.head.pos_ == "VERB"
                        and self._crowd_protest(tok)):
                    # "nurses scuffled with guards at a rally outside the ministry": the protest a clause tells its
                    # act at is its subject's, when that is a part of society (not "police detained dozens during a
                    # march")
                    s_heads, s_passive = self._subject(tok.head.head)
                    if not s_passive:
                        actors += [m for x in s_heads for m in self._mentions_in(doc, x)
                                   if m.kind == "group" and m.sector is not None and m.sector not in _STATE_ORGANS]
                if not actors and f.trigger.type == "PROTEST" and self._crowd_protest(tok) and not any(
                        p_type == "PROTEST" and p_actors and sent_of(tok).start <= p_i < sent_of(tok).end for p_i, p_type, p_actors in prior or ()):
                    # (a protest whose protesters the sentence already named is theirs: "supporters clashed with
                    # police, who broke up the protests")
                    # "protests against the election results" in Mozambique: PLOVER's protesters are the
                    # civilians of the state where they protest
                    actors.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, f"{country}.CVL", country, "CVL",
                                          None, "location", "group", True))
            if not recips:
                # (one person of a state organ acts at home too: "a judge ordered the arrest of ...")
                organ = bool(actors) and actors[0].kind == "person" and actors[0].sector in _STATE_ORGANS and (
                    f.trigger.type in _HOME_PEOPLE_ACTS)
                home = country or (actors[0].key.split(".")[0] if actors and (actors[0].kind in ("state", "group") or organ)
                                   and not self._at_unknown_feature(doc, tok) else None)
                if home:
                    # "opened fire on the crowd in Mandalay", "the opposition leader was arrested in Kampala"
                    objs = [] if f.nominal else [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
                    objs += self._misread_participle_subjects(tok) if not f.nominal else []
                    objs += self._prep_objects(tok, preps) + purpose
                    if f.nominal and f.trigger.type in _HOME_PEOPLE_ACTS and tok.lemma_.lower() in self.lex.cue_set("undergone_nouns"):
                        # "the arrest of three magistrates", "the killing of six villagers": "of" names who undergoes it
                        objs += self._prep_objects(tok, frozenset({"of"}))
                    recips += self._put_in_own(f, self._unnamed_groups(doc, objs, home, passive_ok=True), actors)
                    if not recips and actors and f.trigger.type in _HOME_PEOPLE_ACTS:
                        recips += self._home_people(objs, home, actors)
                    # (the state of the place, or the home of an armed group of society: not a state force's own
                    # state, whose forces may raze homes abroad)
                    owner = country or (home if actors and actors[0].sector in _SOCIETY else None)
                    if not recips and owner and f.trigger.type == "ASSAULT":
                        recips += self._civilian_property(objs, owner)
                    if not recips and f.trigger.type in _OWN_PLACE_CIVILIANS:
                        recips += self._protesters(doc, objs, home)
        if not recips and f.trigger.type in _PLACE_TARGETS:
            recips += self._located_target(doc, tok, f.nominal, preps | _LEFT_PLACE_PREPS if f.trigger.type == "RETREAT" else preps,
                                           self._insurgent_homes(actors))
        if not recips and tok.lemma_.lower() in self.travel:
            recips += self._visit_host(doc, tok, f.trigger, preps)
        third = self._third_party_of(tok, f.nominal)
        if third is not None:
            # "talks hosted by China", "talks mediated by Turkey", "under US and Saudi mediation": the parties of
            # the meeting consult its host (PLOVER: the visitor acts), a mediator consults the parties
            parties = [m for m in self._convened_parties(doc, third) if not same_party(m, actors)]
            if not parties and actors and not f.nominal and tok.lemma_.lower() not in self.host_verbs:
                parties = self._brokered_sides(doc, f, actors)
            if parties and actors:
                if not f.nominal and tok.lemma_.lower() in self.host_verbs:
                    actors, recips = parties, actors
                else:
                    recips = parties
        if not f.nominal and tok.lemma_.lower() in self.host_verbs:
            # "the crown prince hosted the Ukrainian president": the visitor is the actor (PLOVER)
            guests = [m for c in tok.children if c.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, c)]
            if guests:
                actors, recips = guests, actors
        if not f.nominal and f.trigger.type == "MOBILIZE" and tok.lemma_.lower() in self.lex.cue_set("detection_verbs"):
            # "Manila said it had detected eight Chinese warships near the reef": whose ships they are deploys them,
            # and the watcher is their target
            owners = [m for c in tok.children if c.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, c)]
            if owners and actors and not same_party(owners[0], actors):
                actors, recips = owners, actors
        if recips and len({a.key.split(".")[0] for a in actors}) >= 2:
            # round 28: a party named as the host or go-between of the parties' meeting is neither's counterpart:
            # "Togo and Benin agreed to reopen their border at a meeting hosted by Ghana", "signed a truce brokered
            # by Qatar" (PLOVER: the parties act on each other; the host's part is its own, optional, event)
            between = self._go_betweens(f)
            if between:
                recips = [m for m in recips if m.start not in between]
        actors = unique_keys(actors)
        # round 35: "Uganda's main opposition NUP", "the main opposition People Power Party": a descriptor and the
        # party it describes, read as two mentions, are one party; the joint-act readings below (each side the
        # other's recipient, a party's own state no recipient of a joint act) are not theirs. Both keys are kept.
        described = _described_party(doc, actors)
        full = actors
        if described is not None:
            actors = [described]
        if (f.trigger.type == "ASSAULT" and len({a.key for a in actors}) >= 2 and all(m.via == "location" for m in recips)
                and self._fight_between(tok, actors)):
            # round 30: "Sudanese and South Sudanese forces clashed near Heglig", "clashes between police and
            # protesters": each side of a fight is the other's target (not the country it is fought in)
            return actors, list(actors)
        if (f.trigger.type in ("RETREAT", "CONCEDE") and len({a.key.split(".")[0] for a in actors}) >= 2
                and all(m.key.split(".")[0] in {a.key.split(".")[0] for a in actors} or m.via == "location" for m in recips)
                and self._towards_each_other(tok)):
            # round 30: "Armenia and Azerbaijan each freed 20 detainees": parties of a step each takes take it
            # towards each other
            return actors, list(actors)
        tops = {a.key for a in actors} | {a.key.split(".")[0] for a in actors}
        brokered = len({a.key.split(".")[0] for a in actors}) >= 2 and self._go_between_verb(tok) is not None
        if brokered:
            # round 41: "Norway and Cuba, which mediated talks between Bogota and the ELN", "offered to mediate
            # between Khartoum and Juba": go-betweens act on the sides they mediate between, never on each other
            sides = self._mediated_sides(doc, self._go_between_verb(tok), actors)
            if sides:
                recips = sides
        if len({a.key.split(".")[0] for a in actors}) >= 2 and not brokered and not (third is not None and not f.nominal) and (
                self._mutual(f) or self._the_other(f) or (
                f.trigger.type in _RECIPROCAL and not recips) or (
                all(same_party(m, actors) for m in recips) and self._own_in_turn(doc, f, actors))):
            # "Armenia and Azerbaijan exchanged prisoners", "Modi and Xi held talks": each side is the other's recipient
            return actors, actors + [m for m in unique_keys(recips) if m.key.split(".")[0] not in tops]
        # "Israel will respond ..., Israel's defence minister warned": a state is not its own recipient; but a
        # society sector may act on its state ("gangs attacked the country's main prison": HTI.CRM -> HTI)
        # (the place it happens in only for an attack with no other target: "militants attacked a checkpoint in
        # North Waziristan", not "clashed with police in Islamabad")
        own_state = {a.key for a in actors} | {a.key.split(".")[0] for a in actors if a.key.split(".", 1)[-1] not in _SOCIETY}
        # a state's forces attacking a place of their own ("the army shelled a village in Sagaing", "police raided
        # homes in Lagos"): the target is the state's people, not the state (PLOVER codes them X.CVL)
        home_place = [m for m in recips if m.via == "location" and m.kind == "state" and "." not in m.key and m.key in own_state]
        if f.trigger.type not in _OWN_PLACE_CIVILIANS or (home_place and armed_object(tok)):
            home_place = []
        # a force sent to a place in its own state ("ordered the National Guard to Los Angeles"): PLOVER's
        # target is that state, as for a deployment abroad
        sent_home = [m for m in recips if f.trigger.type == "MOBILIZE" and m.via == "location" and m.kind == "state"
                     and "." not in m.key and m.key in own_state]
        recips = [m for m in unique_keys(recips) if m.key not in own_state]
        if not recips and sent_home:
            recips = sent_home[:1]
        elif not recips and home_place:
            m = home_place[0]
            recips = [Mention(m.start, m.end, m.entity_text, f"{m.key}.CVL", m.code, "CVL", m.name, "location", "group", plural=True)]
        placed_own = [m for m in recips if m.key in tops and m.via == "location"]
        if placed_own and (len(placed_own) < len(recips) or f.trigger.type not in _PLACE_TARGETS):
            recips = [m for m in recips if m not in placed_own]
        if len({a.key.split(".")[0] for a in actors}) >= 2:
            # "Armenia and Azerbaijan exchanged prisoners": a party's own people are not a recipient of a joint act;
            # but allied forces may strike one ally's own people ("Malian troops and Russian mercenaries killed
            # villagers in Mopti": MLI.CVL)
            recips = [m for m in recips if m.key.split(".")[0] not in tops or (
                f.trigger.type in _OWN_PLACE_CIVILIANS and m.key.split(".", 1)[-1] in _SOCIETY and m.key not in tops)]
        if f.trigger.type == "MOBILIZE" and not f.nominal:
            # the force being mobilised ("mobilize fighters who ...") belongs to the actor, whatever path found it
            own = {t.idx for c in tok.children if c.dep_ in ("dobj", "obj") for t in [c, *(g for x in c.lefts for g in x.subtree)]}
            recips = [m for m in recips if m.start not in own]
        if not recips and actors and f.trigger.type in _FELLOW_GIFTS:
            recips = self._fellow_gift(doc, f, actors, prior or [])
        if actors and f.trigger.type == "COERCE" and not f.nominal:
            gov = self._seized_power(doc, tok, actors, recips)
            if gov is not None:
                recips = [gov]
        if actors and f.trigger.type == "ACCUSE" and not f.nominal:
            ante = self._charged_object(doc, f, recips)
            if ante is not None:
                recips = [m for m in ante if not same_party(m, actors)]
        if not recips and actors and f.trigger.type == "REQUEST" and not f.nominal:
            recips = self._unnamed_addressees(doc, f)
        if actors and f.trigger.type in ("ASSAULT", "COERCE") and not f.nominal:
            seat = self._r49b_seized_place_state(doc, tok, actors, recips)
            if seat is not None:
                recips = [seat]
        if (not recips and actors and len({a.key.split(".")[0] for a in actors}) == 1 and f.trigger.type not in _NO_SOLE_PARTY
                and not self._own_addressee(doc, f, actors)):
            recips = self._sole_party(doc, f, actors)
        if recips and not f.nominal and self._to_both_sides(tok, f.trigger.type):
            # "the envoy urged both sides to accept a truce brokered by Oman", "called on all parties to respect the
            # court": an act made to a conflict's sides named only so is aimed at the sides the sentence names
            # outside its own clause ("fighting broke out between X and Y, and the UN urged both sides ..."), never
            # at a party of what the sides are asked to do; with none there, at the story's two main parties
            # (the sides' own place is theirs: "urged the warring parties in Sudan to ...")
            clause = {t.idx for t in tok.subtree} - {t.idx for o in self._both_sides_objects(tok) for r in o.rights
                                                       for t in r.subtree}
            recips = [m for m in recips if m.start not in clause]
        if described is not None:
            actors = full
        return actors, recips

    def _seized_power(self, doc: Doc, tok: Token, actors: list[Mention], recips: list[Mention] | None = None) -> Mention | None:
        """Round 35. A seizure of power ("a unit of the presidential guard seized power in Niamey", "the army seized
        power"): the act is aimed at the government of the actors' one state (PLOVER: the coup's target is the
        state), not at the people of the place named. None unless the verb's object is power (cue list
        ``r35r_power_objects``) and the actors are of one state. Round 36: where the sentence places it, the state of
        that place is the one whose government is the target ("Russian mercenaries seized power in Bangui": CAF's,
        never the seizers' own state's)."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.lex.cue_set("r35r_power_objects")]
        if not objs:
            return None

        def state_code(c: str | None) -> bool:
            return bool(c) and len(c) == 3 and c.isalpha() and c.isupper()

        placed = [m.key.split(".")[0] for m in recips or () if m.via == "location" and state_code(m.key.split(".")[0])]
        place = place_of(sent_of(tok), doc)
        state = placed[0] if placed else (place.country if place is not None and state_code(place.country) else None)
        if state is None:
            states = {a.key.split(".")[0] if "." in a.key or a.kind == "state" else a.code for a in actors}
            if len(states) != 1:
                return None
            state = next(iter(states))
        if not state_code(state):
            return None
        o = objs[0]
        return Mention(o.idx, o.idx + len(o.text), o.text, f"{state}.GOV", state, "GOV", None, "location", "state")

    def _r49b_seized_place_state(self, doc: Doc, verb: Token, actors: list[Mention], recips: list[Mention]) -> Mention | None:
        """Round 49: "M23 rebels have seized two provincial capitals", "after the ethnic rebel group seized the Shan
        state capital", "the rebels overran the town": an armed group of one state that takes or attacks a place named
        only by a place noun (no name, demonym or owner naming another state) acts on its own state, not on a party
        the sentence names outside the act's clause (the bloc that reports it, the host of a summit, the broker of a
        later truce), which the sole-party fallback would otherwise take."""
        homes = self._insurgent_homes(actors)
        if len(homes) != 1:
            return None
        home = next(iter(homes))
        if any(home not in (a.key.split(".")[0], a.code) for a in actors):
            return None
        nouns = self.lex.cue_set("r49b_seized_place_nouns")
        installations = self.lex.cue_set("installation_nouns")
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"]
        if not objs:
            return None
        obj = objs[0]
        # (and a base or post a word before it gives as the state's forces': "overran a military garrison", "stormed
        # a police checkpoint" -> the state's army or police)
        sector = self._force_modifier(obj) if obj.lemma_.lower() in installations else None
        if obj.lemma_.lower() not in nouns and sector not in ("MIL", "COP"):
            return None
        reg = get_registry()
        if place_noun_state(obj, reg.adjectives, reg.terms) not in (None, home):
            return None  # "seized the Malian town of X": the place rules read it
        clause = {t.idx for t in verb.subtree}
        if any(m.key.split(".")[0] == home or (m.start in clause and m.via != "location") for m in recips):
            return None  # its own state, or a party the act's clause names ("seized the town from the army")
        if any(m.start in clause and m.via == "location" for m in recips):
            return None  # a place named in the clause ("seized two towns in Chad") keeps its state
        sent = sent_of(verb)
        reporting = self.lex.cue_set("reporting_verbs")
        for m in actor_mentions(doc):
            if (sent.start_char <= m.start < sent.end_char and m.start not in clause and m.via != "location"
                    and m.key.split(".")[0] != home and (m.kind == "state" or m.sector in ("GOV", "MIL", "COP"))):
                # (review: another state, or its forces or officials, reporting the attack is the side attacked
                # across a border: "Hezbollah fighters attacked a town near the border, the Israeli army said")
                t = doc.char_span(m.start, m.end, alignment_mode="expand")
                t = t.root if t is not None else None
                while t is not None and t.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos", "case") and t.head is not t:
                    t = t.head
                if t is not None and t.dep_ in SUBJ and t.head.lemma_.lower() in reporting:
                    return None
        if sector is not None:
            return Mention(obj.idx, obj.idx + len(obj.text), obj.text, f"{home}.{sector}", home, sector, None, "location", "group")
        return Mention(obj.idx, obj.idx + len(obj.text), obj.text, home, home, None, None, "location", "state")

    def _fellow_gift(self, doc: Doc, f: Found, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """Round 29. A gift or pledge that names no recipient, told after another party's gift in its sentence or the
        one before, goes where that gift went: "Japan delivered tents to Tonga, and Canada promised a field hospital"
        -> Tonga, "Canada pledged aid to Haiti. Brazil promised food and doctors" -> Haiti (the first giver gives beside
        it, not to it: it is no sole other party). The latest such act of aid (or of the act's own type) by another
        party, with the recipients read for it that are not the actor's own."""
        sent = sent_of(f.tok)
        start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        recorded = role_cache(doc, self).recipients
        for i, typ, ms in reversed(prior):
            if i >= f.tok.i or i < start or (typ != "AID" and typ != f.trigger.type) or not ms or any(same_party(m, actors) for m in ms):
                continue
            out = [m for m in recorded.get(i, ()) if not same_party(m, actors) and m.kind != "unresolved"]
            if out:
                return out
        # a clause joined before it whose act the coder did not read as aid: where that clause sent its goods
        # ("India shipped wheat to Afghanistan, and Iran promised fuel")
        verb = f.anchor if f.nominal else f.tok
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ != "VERB" or head.lemma_.lower() not in self.travel | self.transfer:
            return []
        givers = [m for s in self._subject(head)[0] for m in self._mentions_in(doc, s)]
        if not givers or any(same_party(m, actors) for m in givers):
            return []
        objs = [o for o in head.children if o.dep_ in ("dobj", "obj")]
        return [m for m in self._destination(doc, head, objs) if not same_party(m, actors) and not same_party(m, givers)]

    def _go_betweens(self, f: Found) -> set[int]:
        """Round 28. Start offsets of the parties named as the agent of a hosting or mediating participle in the act's
        sentence ("talks mediated by Turkey", "a ceremony hosted by the United States"), other than the act's own
        trigger ("hosted" itself)."""
        out: set[int] = set()
        sent = sent_of(f.tok)
        lemmas = lower_lemmas(f.tok.doc)
        for i in range(sent.start, sent.end):
            if lemmas[i] in self.convene and i != f.tok.i:
                t = f.tok.doc[i]
                if t.tag_ == "VBN" and t.dep_ in ("acl", "relcl", "amod"):
                    out |= {g.idx for a in self._agent(t) for g in a.subtree}
        return out

    def _brokered_sides(self, doc: Doc, f: Found, brokers: list[Mention]) -> list[Mention]:
        """Round 30. The sides of a deal its go-betweens brokered, when the deal's own phrase names none ("shattering
        a truce brokered by China and Japan", "a ceasefire brokered by Kenya collapsed"): the parties the rest of the
        sentence names as actors, other than the brokers, whoever reports it ("..., the army said") and a party only
        placed ("in Doha"); none when more than three are named (a list of reactions, not a pair of sides)."""
        sent = sent_of(f.tok)
        own = {t.i for t in f.tok.subtree}
        reporting = self.lex.cue_set("reporting_verbs")
        reporters: set[int] = set()
        for t in sent:
            if t.lemma_.lower() in reporting and (t.dep_ in ("parataxis", "ccomp") or any(
                    c.dep_ in ("ccomp", "parataxis") for c in t.children)):
                reporters |= {g.i for c in t.children if c.dep_ in SUBJ for g in c.subtree}
        skip = {doc[i].idx for i in own | reporters}
        found: dict[str, Mention] = {}
        for m in actor_mentions(doc):
            if (not sent.start_char <= m.start < sent.end_char or m.start in skip or m.via in ("coreference", "location")
                    or m.kind not in ("state", "group", "org", "alliance") or same_party(m, brokers)):
                continue
            found.setdefault(m.key.split(".")[0], m)
        return list(found.values()) if len(found) <= 3 else []

    @staticmethod
    def _less_common_foe(doc: Doc, f: Found, recips: list[Mention]) -> list[Mention]:
        """Round 43. ``recips`` less the parties named in an "against" phrase of the act's own clause."""
        top = f.anchor if f.nominal else f.tok
        spans = [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in top.subtree if p.dep_ == "prep" and p.lower_ == "against"]
        if not spans:
            return recips
        return [m for m in recips if not any(a <= m.start < b for a, b in spans)]

    def _put_in_own(self, f: Found, found: list[Mention], actors: list[Mention]) -> list[Mention]:
        """Round 42. The object's mentions less the actors' own state organs, for an act of giving, sending, joining or
        pulling back ("Israel said it would send a delegation", "Washington offered FBI assistance", "China trains
        police units"): what a state puts in is its own, not the party it acts toward. Not for acts that can fall on
        the state's own organs ("Bolivia arrested 17 officers", "the court sanctioned the minister")."""
        if not found or not actors or f.trigger.type.lower() not in self.lex.cue_set("r42r_own_organ_types"):
            return found
        tops = {a.key.split(".")[0] for a in actors}
        if len(tops) != 1 or any(a.sector in _R42_SOCIETY for a in actors):
            return found
        organs = self.lex.cue_set("r42r_own_organ_sectors")
        return [m for m in found if not (m.key.split(".")[0] in tops and m.key.count(".") == 1
                                         and m.key.split(".")[1].lower() in organs)]

    def _included_members(self, doc: Doc, subj: list[Token]) -> list[Mention]:
        """Round 41. The parties a subject names as its members with "including" ("Western states, including France
        and Germany", "leaders of the region, including those of Peru and Chile"); "those of X" stands for X's."""
        out: list[Mention] = []
        for s in subj:
            if s.pos_ not in ("NOUN", "PROPN"):
                continue
            for c in s.children:
                if c.dep_ != "prep" or c.lower_ not in self.lex.cue_set("r41r_member_preps"):
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    heads = [p]
                    if p.lower_ in ("those", "that"):
                        heads = [g for q in p.children if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
                    out += [m for h in heads for m in self._mentions_in(doc, h) if m.kind != "unresolved"]
        return unique_keys(out)

    def _go_between_verb(self, tok: Token) -> Token | None:
        """Round 41. The go-between's word of an act: the trigger itself ("mediated", "brokered") or the verb a
        pledge or offer governs ("offered to mediate", "agreed to facilitate"); None for any other act."""
        words = self.lex.cue_set("r41r_go_between_words")
        if not words:
            return None
        if tok.lemma_.lower() in words:
            return tok
        # (the small parser may hang "to mediate" on the offer as an adverbial clause)
        return next((c for c in tok.children if c.lemma_.lower() in words and (c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))), None)

    def _mediated_sides(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """Round 41. The sides a go-between's act names with "between" in its own phrase ("mediated talks between
        Kabul and Islamabad", "to mediate between the army and the rebels"), other than the go-betweens."""
        out: list[Mention] = []
        for t in verb.subtree:
            if t.dep_ == "prep" and t.lower_ == "between":
                for p in t.children:
                    if p.dep_ == "pobj":
                        out += [m for m in self._mentions_in(doc, p) if not same_party(m, actors) and m.kind != "unresolved"]
        return unique_keys(out)

    @staticmethod
    def _towards_each_other(tok: Token) -> bool:
        """Round 30. Is a step taken by coordinated parties one each takes ("Armenia and Azerbaijan each freed 20
        detainees", "both pulled back": a release or a concession, "each"/"both" on the verb or its subject)? (A step
        they agree on together, "agreed to halt hostilities", was measured too: it gained nothing on the development
        sets and let a mistyped act of such an agreement through the confidence layer.)"""
        subj = [c for c in tok.children if c.dep_ in SUBJ]
        marks = [c for t in [tok, *subj] for c in t.children if c.lower_ in ("each", "both") and c.dep_ in (
            "appos", "advmod", "det", "preconj", "npadvmod", "dep")]
        return bool(marks)

    def _fight_between(self, tok: Token, actors: list[Mention]) -> bool:
        """Round 30. Is the act a fight (cues.yaml ``r29t_mutual_fight_nouns``) whose actors are its two sides: no
        other side named after it ("clashed with riot police"), not a fight avoided or prevented ("urged both to
        avoid a confrontation"), and actors of different sides (two states or groups, or a state's organ and its
        society: "police and protesters"; not "workers and students")?"""
        if tok.lemma_.lower() not in self.lex.cue_set("r29t_mutual_fight_nouns"):
            return False
        # (a weapon is no side: "clashed with sticks and homemade bombs")
        index = mention_index(tok.doc)
        if any(c.dep_ == "prep" and c.lower_ in ("with", "against") and any(g.i in index or g.lemma_.lower() in self.lex.cue_set(
                "r30r_fight_side_nouns") for g in c.subtree) for c in tok.children):
            return False
        stoppers = self.lex.cue_set("negating_verbs") | self.lex.cue_set("preventing_verbs")
        h = tok
        while h.dep_ in ("dobj", "obj", "pobj", "prep", "xcomp", "nsubjpass") and h.head.i != h.i:
            h = h.head
            if h.lemma_.lower() in stoppers:
                return False

        def side(a: Mention) -> str:
            top, _, sector = a.key.partition(".")
            if not _STATE_LIKE.fullmatch(top):
                return a.key
            return top + (":society" if sector in _SOCIETY else ":state")

        return len({side(a) for a in actors}) >= 2

    def _charged_object(self, doc: Doc, f: Found, found: list[Mention]) -> list[Mention] | None:
        """Round 30. "seized a foreign tanker, accusing it of smuggling fuel", "suspended three opposition parties,
        accusing them of ...", "expelled the envoy after accusing him of spying": the pronoun a participle of
        accusation takes stands for the object of the act it follows, when that agrees in number (a ship, not the party
        named before it). The object's party; an unknown party (``UNK``) where the object names none (a ship, a
        lawyer). None where the rule does not apply or the pronoun's own reading is not a coreference guess."""
        tok = f.tok
        pron = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lower_ in ("it", "them", "him", "her")), None)
        if pron is None:
            return None
        if any(m.start == pron.idx and m.via != "coreference" for m in found) or any(m.start != pron.idx for m in found):
            return None
        # (a participle with no subject of its own: not "..., and the opposition accuses him of ..."; round 52: or a
        # verb that shares its subject with the verb before: "suspended talks with the group and accused it of ...")
        if (tok.tag_ != "VBG" and not self._r52a_shared_subject_conjunct(tok)) or any(c.dep_ in SUBJ for c in tok.children):
            return None
        head = tok.head
        if tok.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "after accusing it of ..."
        elif tok.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or head.i > tok.i:
            return None
        # the object nearest before the participle, of the verb or of the act it asks for ("asked the court to dissolve
        # the party, accusing it of ...": the party)
        verbs = [head, *(c for c in head.children if c.dep_ == "xcomp" and c.i < tok.i)]
        objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN") and c.i < tok.i]
        # (or whom the act is aimed at by a preposition: "issued warrants on Monday for two rebel commanders",
        # "imposed sanctions on three rights groups"; not a day)
        objs += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "against", "on")
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.i < tok.i
                 and g.ent_type_ not in ("DATE", "TIME")] if objs else []
        if not objs:
            return None
        obj = max(objs, key=lambda c: c.i)
        obj = self._r52a_tie_partners(obj, tok) or obj
        plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
        if plural != (pron.lower_ == "them"):
            return None
        index = mention_index(doc)
        # (the parties the object's phrase names, not those of a clause on it: "warrants for the Taliban's leader",
        # "the student wing of the Awami League")
        inner = {g.i for c in obj.children if c.dep_ in ("relcl", "acl") for g in c.subtree}
        ms = unique_keys([index[g.i] for g in obj.subtree if g.i in index and g.i not in inner and g.i < tok.i])
        if ms:
            return ms
        # (a group named only by what it is, of the actor's own state: "suspended three opposition parties")
        state = self._sentence_state(doc, tok)
        groups = self._unnamed_groups(doc, [obj], state, True) if state else []
        if groups:
            return groups
        span = doc[obj.left_edge.i : obj.i + 1]
        return [Mention(span.start_char, span.end_char, span.text, "UNK", "UNK", None, None, "role", "unresolved", plural)]

    @staticmethod
    def _r52a_shared_subject_conjunct(tok: Token) -> bool:
        """Round 52. A finite verb of accusation coordinated after another verb whose subject it shares ("Lima suspended
        talks with the group on Friday and accused it of killing soldiers"): its pronoun object stands for the object
        of the verb before, as a participle's does (``_charged_object``)."""
        return tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.head.i < tok.i and tok.head.pos_ == "VERB"

    def _r52a_tie_partners(self, obj: Token, tok: Token) -> Token | None:
        """Round 52. The partner in ties or talks the act before the accusation is done on ("cut diplomatic ties with
        Belgium, accusing it of lobbying", "suspended talks with the group and accused it of war crimes"): the object
        of the "with" phrase of such a noun (cues.yaml ``r52a_tie_nouns``), which the pronoun stands for. None for any
        other object."""
        if obj.lemma_.lower() not in self.lex.cue_set("r52a_tie_nouns"):
            return None
        # (the parser often hangs the "with" phrase on the verb, or misreads a time after the name: "cut ties with
        # Belgium hours later")
        for c in (c for h in (obj, obj.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            got = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.i < tok.i), None)
            got = got or next((g for g in c.subtree if g.pos_ == "PROPN" and g.i < tok.i), None)
            if got is not None:
                return got
        return None

    def _unnamed_addressees(self, doc: Doc, f: Found) -> list[Mention]:
        """Round 30. A demand addressed to a set of parties the text does not name ("urged allies to speed up air
        defence deliveries", "appealed to donors for $120 million", "called on the international community to act",
        cues.yaml ``r30r_unnamed_addressee_nouns``) is aimed at an unknown party (``UNK``), not at the article's other
        party, which is often the one the demand is about. Not when a bloc is named after the demand in its sentence
        ("pressed its partners ... when EU ministers meet": the discourse rule reads that bloc)."""
        nouns = self.lex.cue_set("r30r_unnamed_addressee_nouns")
        tok = f.tok
        heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + self._prep_objects(tok, frozenset({"on", "upon", "to"}))
        # (not a pair the sentence names before: "urged both neighbours to show restraint")
        heads = [h for h in heads if h.lemma_.lower() in nouns and (h.tag_ == "NNS" or h.lemma_.lower() == "community")
                 and not any(c.lower_ in ("both", "each", "two", "three") for c in h.children if c.dep_ in ("det", "predet", "nummod"))
                 # (review of round 30: a definite plural refers back to parties named before, "called on the
                 # neighbours to show restraint"; "the international community" is no such set)
                 and not (h.lemma_.lower() != "community" and any(
                     c.lower_ in ("the", "these", "those") for c in h.children if c.dep_ == "det"))]
        if not heads:
            return []
        index = mention_index(doc)
        h = heads[0]
        # (a party named in the phrase makes it named: "Ukraine's allies", "Gulf donors"; a pronoun does not)
        if any(g.i in index and g.tag_ not in ("PRP$", "PRP") for g in h.subtree):
            return []
        sent = sent_of(tok)
        if any(tok.idx < m.start < sent.end_char and m.kind in ("igo", "alliance") for m in actor_mentions(doc)):
            return []
        span = doc[h.left_edge.i : h.i + 1]
        return [Mention(span.start_char, span.end_char, span.text, "UNK", "UNK", None, None, "role", "unresolved", True)]

    def _not_own_object(self, doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
        """Round 26. A relative clause after a coordination of parties tells of the conjunct it does not name as its
        object: "soured ties between Oslo and Reykjavik, which accused Norway of ..." (Reykjavik), "talks between
        Lima and Quito, which had expelled Peru's envoy" (Quito). A party does not act on itself."""
        tops = {a.key.split(".")[0] for a in actors}
        if len(tops) < 2:
            return actors
        named = {m.key.split(".")[0] for c in verb.children if c.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, c)}
        if not named or not tops - named:
            return actors
        return [a for a in actors if a.key.split(".")[0] not in named]

    def _own_addressee(self, doc: Doc, f: Found, actors: list[Mention]) -> bool:
        """Round 26. A demand made to the actor's own side names its addressee: "Russian missiles struck Odesa, and
        Ukraine urged its allies to send air defences", "Manila called on its partners to speak out" (the allies are
        no party the coder knows, but they are not the attacker the clause before names either)."""
        if f.nominal or f.trigger.type != "REQUEST":
            return False
        heads = [c for c in f.tok.children if c.dep_ in ("dobj", "obj")] + self._prep_objects(f.tok, frozenset({"on", "upon"}))
        return any(self._own(doc, h, actors) for h in heads)

    def _to_both_sides(self, verb: Token, etype: str) -> bool:
        """Is the verb's addressee a phrase that names a conflict's sides together without naming them, for an
        act of a type made to such sides (cues.yaml ``r24_both_sides_types``)?"""
        return etype.lower() in self.lex.cue_set("r24_both_sides_types") and bool(self._both_sides_objects(verb))

    def _both_sides_objects(self, verb: Token) -> list[Token]:
        """The verb's addressees (its objects, or the objects of "on": "called on ...") that name a conflict's
        sides together ("both sides", "the warring parties", cues.yaml ``r24_both_sides_phrases``)."""
        phrases = self.lex.cue_set("r24_both_sides_phrases")
        doc = verb.doc
        # (round 41: also "spoke with both sides")
        objs = [g for c in verb.children for g in ([c] if c.dep_ in ("dobj", "obj") else [
            x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("on", "upon", "with") else [])]
        heads = {p.rsplit(" ", 1)[-1] for p in phrases}  # ("sides", "parties")

        def sides(o: Token) -> bool:
            return o.lower_ in heads and doc[o.left_edge.i : o.i + 1].text.lower() in phrases

        out = [o for o in objs if sides(o)]
        if not out:
            # round 41: "had spoken with both sides and urged them to talk": "them" after the sides named so in its
            # sentence stands for those sides (not for the parties the sentence before named)
            start = sent_of(verb).start
            out = [o for o in objs if o.tag_ == "PRP" and o.lower_ == "them" and any(
                sides(t) for t in doc[start : o.i])]
        return out

    # ------------------------------------------------------------ mode, context


def _described_party(doc: Doc, actors: list[Mention]) -> Mention | None:
    """Round 35. Of two actor mentions that are one noun phrase, a state's sector named by a descriptor and then the
    registry party it describes ("Uganda's main opposition NUP": UGA.OPP, NUP of code UGA), the named party; else None."""
    if len(actors) != 2:
        return None
    a, b = sorted(actors, key=lambda m: m.start)
    if "." not in a.key or "." in b.key or b.kind not in ("org", "group") or a.key.split(".")[0] != b.code:
        return None
    if not (0 <= b.start - a.end <= 1) or doc.text[a.end:b.start].strip():
        return None
    return b


def _active_finite_conjunct(verb: Token, head: Token) -> bool:
    """Round 45: ``verb`` is a finite active verb joined by "and" straight to ``head`` with no subject or passive
    auxiliary of its own ("were concerned and supported", "was ambushed and returned fire"), so the subject they share
    is its doer; a participle ("were arrested and charged") shares the passive."""
    if verb.dep_ != "conj" or verb.head.i != head.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("auxpass", "aux", "nsubj", "nsubjpass", "csubj", "csubjpass") for c in verb.children)


def _r50b_ditransitive_agent(verb: Token) -> list[Token]:
    """Round 50: the agent of a passive verb that keeps its second object ("who had been granted asylum by Mexico",
    "was offered shelter by Spain"), which the small parser often hangs on the verb as a plain "by" phrase."""
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or not any(c.dep_ in ("dobj", "obj") for c in kids):
        return []
    return [g for c in kids if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
