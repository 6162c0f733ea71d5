"""Unnamed groups and bodies placed by location ("militias in Iraq", "Soldiers in Niger", "the army"
in an article about one country), adherents of a party or person ("supporters of Imran Khan"), and
regions the registry does not know, used as places of their state."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..models import Mention
from ..nlp import char_span, dateline_country, doc_ents, doc_text, entity_at, sent_of, token_attrs
from .base import ResolverBase, in_reported_clause, token_index
from .registry import Registry
from .vocab import (
    ADHERENT_NOUNS,
    AFFILIATION_WORDS,
    AGENT_NOUNS,
    ANAPHORIC_ARMED_PLURALS,
    ARMED_NOUNS,
    BELIEF_VERBS,
    BODY_AGAIN_NOUNS,
    BODY_SPEAKER_HEADS,
    CAPTIVE_NOUNS,
    CAPTIVE_VERBS,
    CROWD_NOUNS,
    CROWD_SECTORS,
    EDGE_NOUNS,
    EXERCISE_NOUNS,
    FOR_HEAD_NOUNS,
    FOREIGN_ADJS,
    FORMER_OFFICE_SECTORS,
    FORMER_RANK_NOUNS,
    FORMER_WORDS,
    FOUNDED_BODY_NOUNS,
    GENERIC_ARMED_MODIFIERS,
    GENERIC_ARMED_PLURALS,
    GOVERNING_NOUNS,
    GROUP_PART_NOUNS,
    HEAD_NOUNS,
    HEDGE_NOUNS,
    HOME_AFFAIRS_SECTORS,
    IDIOM_FORCES_VERBS,
    LEADER_PARTICIPLES,
    LOCATIVE_PREPS,
    MOVEMENT_NOUNS,
    NAME_HEAD_NOUNS,
    NAMED_BY_NOUNS,
    NATURAL_FEATURES,
    NOT_BARE_GROUPS,
    OFFICER_NOUNS,
    OPPOSING_WORDS,
    OPPOSITION_RANKS,
    ORIGIN_VERBS,
    OTHER_SIDE_WORDS,
    PARTY_NOUNS,
    PARTY_PART_NOUNS,
    PLACE_NOUNS,
    PROTEST_ACT_NOUNS,
    PROTEST_ACT_VERBS,
    PROTEST_PARTICIPLES,
    QUANTITY_DETS,
    QUANTITY_WORDS,
    R52C_FIGHT_NOUNS,
    REPORTING_VERBS,
    SPONSOR_PARTICIPLES,
    SPONSORED_GROUPS,
    SUBJECT_NGO_ROLES,
    TARGET_OWNER_NOUNS,
    THEATRE_NOUNS,
    THEATRE_SECTORS,
    TIE_LEAD_WORDS,
    TIE_PEOPLE,
    TIE_WORDS,
    TOWN_NOUNS,
    UNNAMED_WORDS,
    VICTIM_SECTORS,
    WING_NOUNS,
)

# verbs of sending a force abroad: "troops sent to Mali" are not Mali's
_DISPATCH = frozenset({"send", "deploy", "dispatch"})


def _by_agent(t: Token) -> bool:
    """The "by" phrase of a passive (the small model often parses it as a plain prepositional phrase)."""
    return t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")


def _relative_clause_place(place: Token, tok: Token) -> bool:
    """Is the place inside a relative clause that describes another noun ("the ministry accused a militia whose
    leaders once lived in exile in Nairobi": the exiles' city does not place the ministry)? (A participle after a
    noun is left alone: "the decision, announced after a meeting in Abuja, ... told reporters" places the reporters.)"""
    rel = next((a for a in place.ancestors if a.dep_ == "relcl"), None)
    # (a clause that describes the group itself places it: "soldiers they had captured in South Kivu")
    return rel is not None and rel.head.i != tok.i and not rel.left_edge.i <= tok.i <= rel.right_edge.i


def _reported_place(place: Token, subj: Token) -> bool:
    """Is the place inside what the subject reports ("Prosecutors said the network had paid cash through a bank
    registered in Moscow")? It places the reported deed, not the speakers: they stay the state the story is about."""
    if subj.dep_ != "nsubj":
        return False
    return in_reported_clause(place, subj.head)


# participles that tie a hyphenated noun to the noun after it ("army-aligned", "police-backed")
TIE_PARTICIPLES = AFFILIATION_WORDS | SPONSOR_PARTICIPLES



def _r52c_fight_side(tok: Token) -> bool:
    """Round 52 (r52c): is the noun a side named by "between" on a fight noun or on the verb telling its onset
    ("clashes between rival armed groups", "fighting broke out between armed groups")? Only a "between" phrase
    whose head is a noun of fighting (``R52C_FIGHT_NOUNS``) or a verb whose subject is one."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "between" or prep.head is prep:
        return False
    h = prep.head
    if h.pos_ in ("VERB", "AUX"):
        h = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), h)
    return h.lemma_.lower() in R52C_FIGHT_NOUNS


def _moved_to_states(mentions: list[Mention], swap: dict[int, str], reg: Registry) -> list[Mention]:
    """The mentions with those in ``swap`` (by ``id``) given to the state it names, their sector kept."""
    if not swap:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        c = swap.get(id(m))
        if c is not None:
            m = replace(m, key=f"{c}.{m.sector}" if m.sector else c, code=c, name=reg.entities[c].name)
        out.append(m)
    return out

class GroupResolver(ResolverBase):
    """Mixin: located groups and adherents."""

    # ------------------------------------------------------------------ located groups
    def _group_for_location(self, span: Span) -> tuple[Token, str] | None:
        """``militias in Iraq`` -> (militias token, 'REB')."""
        head = self._root(span)
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "from", "inside", "across", "of") and head.head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head.head
            role = self._role_of(noun)
            if (
                role
                and self.registry.roles[role[0]].kind in ("group", "person")
                and noun.tag_ in ("NNS", "NNPS", "NN", "NNP")
                and not self._modified_by_actor(noun)
                and role[0] not in NOT_BARE_GROUPS
                and noun.lower_ not in NOT_BARE_GROUPS
                and not (noun.lower_ in TARGET_OWNER_NOUNS and head.head.lower_ == "of")  # "critics of Israel": its foes
            ):
                return noun, role[1]
        # "militias in Iraq and Syria" parsed with Syria as a conjunct of "militias"
        if head.dep_ == "conj" and head.head.pos_ == "NOUN":
            noun = head.head
            role = self._role_of(noun)
            located = any(
                c.dep_ == "prep" and c.lower_ in ("in", "from", "inside", "across") and any(g.ent_type_ == "GPE" for g in c.children)
                for c in noun.children
            )
            if role and located and self.registry.roles[role[0]].kind == "group":
                return noun, role[1]
        # conjunct: "militias in Iraq and Syria": Syria's head is Iraq
        if head.dep_ == "conj":
            first = head.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.i != head.i:
                return self._group_for_location(first.doc[first.i : first.i + 1])
        return None

    def _groups(self, doc: Doc, mentions: list[Mention], taken: set[int], places: dict[int, tuple[str, bool]], home: str | None, anaphoric: bool) -> list[Mention]:
        """Unnamed groups and bodies: "Soldiers in Niger" (NER.MIL), "gunmen ... the army said" (the place of the
        sentence, else the article's country). The anaphoric pass ("the government", "the rebels") runs after
        coreference and takes only what it left."""
        reg = self.registry
        index = token_index(doc, mentions)
        out: list[Mention] = []
        # (a token heading no role is never a group; no Token made for one already taken)
        for tok in (doc[i] for i in self._role_candidates(doc) if i not in taken):
            bare = anaphoric and tok.dep_ in ("compound", "amod") and self._body_compound(tok)
            if (tok.pos_ not in ("NOUN", "PROPN") and not bare) or (tok.dep_ == "compound" and not bare):
                continue
            ethnic = tok.lower_ in reg.peoples  # "police detained dozens of Uyghurs" (tagged GPE or NORP)
            if tok.ent_type_ in ("PERSON", "ORG", "GPE") and not ethnic and not self._in_role_phrase(tok):
                continue
            if tok.ent_type_ == "NORP" and not ethnic and (tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in ARMED_NOUNS):
                continue  # "Jihadists" (a common noun the NER model tags NORP) is a group; "Shiites" is not ours
            if (tok.dep_ == "poss" and tok.text[:1].isupper() and tok.head.i > tok.i and tok.head.text[:1].isupper()
                    and tok.head.lower_ in NAME_HEAD_NOUNS and tok.i > sent_of(tok).start):
                continue  # "the People's Party", "the Workers' Party": a word of a name, no unnamed group
            if tok.lower_ == "forces" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in IDIOM_FORCES_VERBS and not any(
                    c.dep_ in ("amod", "compound", "poss", "det") for c in tok.children):
                continue  # "since the two parties joined forces": an idiom (to ally), no armed force
            if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in TIE_PARTICIPLES:
                continue  # "the army-aligned government", "police-backed vigilantes": a tie of the noun after, not an actor
            if tok.lower_ in HEDGE_NOUNS and ((tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORTING_VERBS) or (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() in REPORTING_VERBS)) and not any(
                    c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children):
                continue  # "critics say the law is a power grab": anonymous voices that hedge a claim, no party
            if tok.lower_ in TARGET_OWNER_NOUNS and any(
                    (c.dep_ == "compound" and c.lower_ not in GOVERNING_NOUNS and c.ent_type_ not in ("GPE", "NORP", "ORG"))
                    or (c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children))
                    for c in tok.children):
                continue  # "film critics", "critics of Israel": critics of an art or of a named state, no state's opposition
            role = self._role_of(tok)
            # "an Iran-backed militia" (not "Kataib Hezbollah, the Iran-backed militia": a name's apposition)
            sponsored = (role is not None and tok.lower_ in ARMED_NOUNS | SPONSORED_GROUPS and tok.dep_ != "appos"
                         and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and self._sponsored(tok))
            # "A migrant rights group accused ...": an unnamed civil-society body acting in its own clause
            ngo = (role is not None and not anaphoric and role[0] in SUBJECT_NGO_ROLES and (
                (tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"))
                # "was accused by opposition parties": the agent of a passive does what a subject does
                or (tok.dep_ == "pobj" and _by_agent(tok.head) and tok.head.head.tag_ == "VBN")
                # "according to a legal aid group, which accused officers of ...": its own clause says what it did
                or any(c.dep_ == "relcl" and c.pos_ == "VERB" and any(
                    g.dep_ == "nsubj" and g.lower_ in ("which", "that", "who") for g in c.children) for c in tok.children)))
            # round 52 (r52c): "clashes broke out between rival armed groups in the capital": the sides of a fight
            # named by "between" act as a subject does (each fights the other)
            ngo = ngo or (role is not None and not anaphoric and role[0] in SUBJECT_NGO_ROLES and _r52c_fight_side(tok))
            # "the teachers' union called off the strike": a union a group owns, acting in its own clause
            ngo = ngo or (role is not None and not anaphoric and any(
                c.dep_ == "poss" and self._union_owner(c, index) is not None for c in tok.children))
            if role is None or (role[0] in NOT_BARE_GROUPS and not sponsored and not ngo):
                continue
            r = reg.roles[role[0]]
            # "A police spokesman accused her ...": the spokesperson of a sector body speaks for that body
            speaker = (not anaphoric and r.kind == "person" and " " in role[0] and role[0].rsplit(" ", 1)[1] in BODY_SPEAKER_HEADS
                       and tok.dep_ in ("nsubj", "nsubjpass"))
            ngo = ngo or speaker
            if self._union_owner(tok, index) is not None:
                continue  # "the teachers' union called off the strike": the union acts, not the teachers
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ == "whose" and r.kind == "group" and not anaphoric:
                # round 47: "Hezbollah, whose fighters fired ...", "Ethiopia, whose troops crossed ...": the relative
                # possessor is the noun its clause hangs on (a named organisation's people, a state's sector)
                ante = self._whose_owner(tok, index)
                key = None if ante is None else ante.key if ante.kind in ("org", "igo", "alliance") else (
                    f"{ante.key.split('.', 1)[0]}.{role[1]}" if ante.kind == "state" else None)
                if key is not None and (key.split(".", 1)[0] in reg.entities):
                    out.append(self._mention(doc[tok.i : tok.i + 1], reg.entity(key), key, "location",
                                             "state" if ante.kind == "state" else "org", plural=tok.tag_ in ("NNS", "NNPS")))
                    taken.add(tok.i)
                continue
            if (owner is not None and self._union_owner(owner, index) is None) or self._modified_by_actor(tok):
                continue
            if any(c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_ADJS and not role[0].startswith(f"{c.lower_} ")
                   for c in tok.children):
                continue  # "foreign broadcasters" in Burkina Faso are not Burkinabe ("the foreign ministry" is theirs)
            dets = ["the"] if bare else [c.lower_ for c in tok.children if c.dep_ in ("det", "predet")]
            founder = self._founder(mentions, tok) if not anaphoric and tok.lower_ in FOUNDED_BODY_NOUNS else None
            if founder is not None:
                # "the RSF declared a rival government in Darfur": the founding organisation's, not the place's state's
                out.append(replace(founder, start=tok.idx, end=tok.idx + len(tok.text), entity_text=tok.text, via="coreference"))
                taken.add(tok.i)
                continue
            # "a court in Yekaterinburg", "A federal judge in Washington", "a doctor in Gaza": one unnamed
            # institution or person placed by the phrase is that place's state's, and refers to no one earlier
            placed = None
            if not anaphoric and dets and dets[0] in ("a", "an") and r.kind in ("person", "body"):
                placed = self._located(tok, places, index, cities=True)
                if any(index[t.i].via == "location" for t in tok.subtree if t.i != tok.i and t.i in index):
                    continue  # "a doctor in Gaza": the state's name already stands for the doctor (Gaza = PSE.MED)
            # "the interior minister said" with no minister named before: the office of the state the sentence (else
            # the article) is about, as for "the army"; coreference has already taken any earlier holder
            titled = anaphoric and r.kind == "person" and r.title and tok.tag_ in ("NN", "NNP") and dets == ["the"]
            # "MOSCOW (Reuters) - A court sentenced a journalist to six years": an unnamed court or judge acting
            # with no place named sits in the state the sentence (else the story) is about; a court abroad is placed
            # ("a court in Paris") and "a court" as an object or in a phrase ("appealed to a court") stays no one
            unplaced_court = (placed is None and not anaphoric and r.sector == "JUD" and r.kind in ("body", "person")
                              and dets[:1] in (["a"], ["an"]) and tok.dep_ == "nsubj" and tok.tag_ in ("NN", "NNP")
                              and home is not None and self._only_home_named(tok, mentions, home))
            ngo = ngo or unplaced_court
            # "police arrested a former cabinet minister", "a court sentenced a former interior minister": an unnamed
            # former officeholder is an ex-official (ELI) of the state the sentence (else the story) is about; an
            # office is a title or a seat in government or parliament ("a former lawmaker"), not "a former soldier"
            former = (not anaphoric and r.kind == "person" and r.sector in FORMER_OFFICE_SECTORS
                      and (r.title or r.sector in ("GOV", "LEG") or tok.lower_ in FORMER_RANK_NOUNS) and dets[:1] in (["a"], ["an"])
                      and any(c.lower_ in FORMER_WORDS and c.dep_ in ("amod", "compound") for c in tok.children)
                      and home is not None)
            ngo = ngo or former
            if placed is None and not ngo and ((r.kind == "person" and not titled) or (r.kind == "body" and tok.tag_ in ("NNS", "NNPS"))):
                continue
            if placed is None and any(d in ("a", "an", "another", "any", "every", "each", "no") for d in dets) and not sponsored and not ngo:
                continue
            is_coref = tok.lemma_.lower() in reg.corefs or tok.lower_ in reg.corefs
            if is_coref and any(d in ("the", "this", "that", "these", "those") for d in dets) != anaphoric:
                continue
            if anaphoric and not is_coref:
                continue
            if not anaphoric and "the" in dets and (r.kind == "body" or tok.lower_ in ARMED_NOUNS) and self._named_like(mentions, tok, tok.lemma_.lower()):
                continue  # "the International Criminal Court ... the court": coreference, not the local court
            if r.kind == "body" and not dets and not anaphoric and tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
                continue
            again = self._same_head(doc, mentions + out, tok) if r.kind == "group" and dets == ["the"] and not anaphoric else None
            if again is not None:
                # "North Korean soldiers crossed the line ... the soldiers retreated": the group named before with this noun
                out.append(replace(again, start=tok.idx, end=tok.idx + len(tok.text), entity_text=tok.text, via="coreference"))
                taken.add(tok.i)
                continue
            lead = self._leading_state(tok) if r.kind == "group" and r.sector == "MIL" else None
            if lead is not None:
                # "Saudi-led coalition jets", "U.S.-led forces", "Kenyan-led troops": the leading state's forces
                n = len(role[0].split())
                span = doc[max(tok.i - n + 1, sent_of(tok).start) : tok.i + 1]
                out.append(self._mention(span, reg.entity(f"{lead}.MIL"), f"{lead}.MIL", "location", "state",
                                         plural=tok.tag_ in ("NNS", "NNPS")))
                taken.update(range(span.start, span.end))
                continue
            org = self._member_of(tok, index, places) if r.kind == "group" else None
            if org is not None:
                # "fighters from the Pakistani Taliban", "members of Hezbollah": the organisation's people
                n = len(role[0].split())
                span = doc[max(tok.i - n + 1, sent_of(tok).start) : tok.i + 1]
                out.append(self._mention(span, reg.entity(org.key), org.key, "location", "org", plural=tok.tag_ in ("NNS", "NNPS")))
                taken.update(range(span.start, span.end))
                tie = index.get(tok.i - 3) if tok.i >= 3 and doc[tok.i - 2].text == "-" else None
                if tie is not None and tie.key != org.key and tie in mentions:
                    mentions.remove(tie)  # "Islamic State-linked insurgents" in Mozambique: the branch, not the parent, acts
                continue
            shared = self._conjoined_demonym(tok, role[0]) if placed is None and tok.dep_ == "conj" else None
            country = (placed or shared or (self._drill_holder(tok, index) if r.sector == "MIL" else None)
                       or self._located(tok, places, index, cities=True))
            if country is None and r.kind == "group":
                country = self._came_from(tok, index, places)
            sent = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _DISPATCH), None)
            if sent is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _DISPATCH and (
                    tok.head.tag_ == "VBN" or any(_by_agent(a) for a in tok.head.children)):
                sent = tok.head  # the same phrase parsed as a clause ("Troops sent to Mali by Russia clashed ...")
            if country is None and sent is not None:
                # "troops sent to Mali by Russia": the sender's (the agent's state), never the host's
                agent = [index[g.i] for a in sent.children if _by_agent(a) for g in a.subtree if g.i in index]
                country = next((m.key.split(".", 1)[0] for m in agent if m.kind == "state"), None)
                if country is None:
                    dest = [t.i for a in sent.children if a.dep_ in ("dative", "prep") and a.lower_ == "to" for t in a.subtree]
                    here = {i: p for i, p in places.items() if i not in dest}
            else:
                here = places
            guessed = country is None  # (the state below is no place the phrase names: the sentence's or the story's)
            if country is None:
                # a state named for a border ("on the Algerian border") is one of two sides, not the group's home
                # ("near the border with Mali" too: the side named through a preposition)
                kept = [(i, c) for i, (c, loc) in sorted(here.items())
                        if loc and sent_of(tok).start <= i < sent_of(tok).end and doc[i].head.lemma_.lower() not in EDGE_NOUNS
                        and not (doc[i].head.dep_ == "prep" and doc[i].head.head.lemma_.lower() in EDGE_NOUNS)
                        and not _reported_place(doc[i], tok) and not _relative_clause_place(doc[i], tok)]
                # round 29: a place in the group's own phrase beats one named earlier for another deed ("a swap agreed
                # in Doha, and the rebels freed 30 soldiers they had seized in South Kivu": Congo's soldiers)
                own = [c for i, c in kept if tok.left_edge.i <= i <= tok.right_edge.i]
                sent_places = own + [c for i, c in kept if c not in own]
                guessed = not sent_places
                country = sent_places[0] if sent_places else (r.homeland or home)
                if r.homeland is not None and not sent_places:
                    pass  # (a people of one homeland: "goods made with the forced labour of Uyghurs" is China's anywhere)
                elif not sent_places and ((r.sector in THEATRE_SECTORS and r.kind == "group") or tok.lower_ in THEATRE_NOUNS):
                    country = self._theatre(doc, places, home)
                elif not sent_places and country is not None and country in self._states_acted_on(tok, index):
                    country = self._theatre(doc, places, None) or country
                if not sent_places and (self._at_unknown_institution(tok, index) or self._at_unknown_feature(tok, index)):
                    continue  # "students at Columbia University", "farmers near the Euphrates": no guess from the article
                if not sent_places and country is not None and (r.sector == "OPP" or any(
                        c.dep_ in ("amod", "compound") and c.lower_ == "opposition" for c in tok.children)):
                    # round 37: an opposition opposes its own state's rulers: "opposition senators criticised
                    # Petro" in a story filed from Washington, "accused by the opposition" of a ruling party
                    country = self._opposed_state(tok, index) or country
            if country is None:
                continue
            kin = None
            generic = tok.lower_ in GENERIC_ARMED_PLURALS and r.sector in ("REB", "UAF")
            if not dets and generic:
                kin = self._registered_kin(doc, mentions + out, tok, ("REB",), country, guessed)
            elif (generic or role[0] in ANAPHORIC_ARMED_PLURALS) and r.sector in ("REB", "UAF", "CRM") and tok.dep_ != "attr" and (
                    set(dets) <= QUANTITY_DETS or (dets == ["the"] and not is_coref)):
                # round 43: "all five attackers", "these criminals", "gunmen", "armed men": the armed group (or gang)
                # named before the noun, the one the story is about ("the Gran Grif gang ... gunmen stormed the
                # town"); none named before: an unidentified band of the place, as before
                kin = self._registered_kin(doc, mentions + out, tok, ("REB", "CRM"), country, guessed, before_only=True)
            elif dets in ([], ["the"]) and tok.tag_ == "NNS" and any(c.dep_ == "compound" and c.lower_ in PARTY_NOUNS for c in tok.children):
                kin = self._registered_kin(doc, mentions + out, tok, ("PTY", "OPP"), country, False)  # "60 party activists"
            if kin is not None:
                # round 39: "troops killed 14 insurgents" in a story that names one armed group of that state: the
                # group, not an unnamed rebels' sector of the state ("party activists": the party named)
                n = len(role[0].split())
                first = min([c.i for c in tok.children if c.dep_ == "compound" and c.lower_ in PARTY_NOUNS] + [tok.i - n + 1])
                span = doc[max(first, sent_of(tok).start) : tok.i + 1]
                out.append(self._mention(span, reg.entity(kin), kin, "coreference", "org", plural=True))
                taken.update(range(span.start, span.end))
                continue
            country = r.home_in(country)  # "settlers in the West Bank" are Israeli
            n = len(role[0].split())
            span = doc[max(tok.i - n + 1, sent_of(tok).start) : tok.i + 1]
            ent = reg.entity(country)
            plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("police", "people") or (tok.tag_ == "NNP" and self._listed_plural(tok.lower_))
            if titled:
                date = doc.user_data.get("published") if doc.user_data else None
                out.append(self._role_mention(span, ent, country, role[0], role[1], tok, date, "location"))
                taken.update(range(span.start, span.end))
                continue
            sector = "COP" if role[1] == "MIL" and tok.lower_ in OFFICER_NOUNS and self._at_police_post(tok) else role[1]
            if former:
                sector = "ELI"
            if sector == "GOV":
                sector = self._unnamed_movement(tok, index) or sector
            out.append(self._mention(span, ent, f"{country}.{sector}", "location", "group", plural=plural))
            taken.update(range(span.start, span.end))
        return out

    def _conjoined_demonym(self, tok: Token, role: str) -> str | None:
        """round 36: "five Nigerian traders and farmers", "12 Haitian politicians and business leaders": a bare plural
        noun joined to a noun a state's adjective qualifies shares that adjective (the farmers are Nigerian), when
        it has no word of its own before it beyond its role's words."""
        if tok.tag_ not in ("NNS", "NNPS") or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i >= tok.i:
            return None
        n = len(role.split())
        if any(c.i < tok.i - n + 1 and c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children):
            return None
        reg = self.registry
        states = {reg.adjectives[c.text] for c in tok.head.children
                  if c.dep_ in ("amod", "compound") and c.i < tok.head.i and c.text in reg.adjectives}
        return states.pop() if len(states) == 1 else None

    def _registered_kin(self, doc: Doc, mentions: list[Mention], tok: Token, sectors: tuple[str, ...], country: str,
                        guessed: bool, later: bool = False, before_only: bool = False) -> str | None:
        """The one named organisation a bare generic noun for people of its kind stands for ("14 insurgents",
        "terrorists" in a story that names Boko Haram; "party activists" in one that names one party): an
        organisation of one of ``sectors`` named before the noun or in the lede, based in the state the noun
        would default to or in none (based anywhere where no place in the noun's phrase or sentence sets that
        state, ``guessed``: JNIM fights in Burkina Faso too), else for a noun of the lede one named ``later``; a transnational parent stands for its branch named
        in the article or its one branch based in that state. With several, the one named at least twice as
        often as each other. None where the noun has a modifier that sets it apart ("rival militants", "Kurdish
        fighters", "opposition party activists") or no such organisation is named. ``before_only`` (round 43): only
        an organisation named before the noun, none named after it in the lede ("gunmen" with nothing named before
        are an unidentified band); a quantity among the modifiers ("some three dozen insurgents") sets nothing apart,
        "unidentified" or "unknown" does."""
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ not in PARTY_NOUNS and c.lower_ not in GENERIC_ARMED_MODIFIERS
               and not (c.lower_ in QUANTITY_WORDS or c.like_num) and (
                c.lower_ in OTHER_SIDE_WORDS or c.lower_ in UNNAMED_WORDS or c.pos_ == "PROPN" or c.ent_type_ or "PTY" in sectors)
               for c in tok.children):
            return None
        reg = self.registry
        lede_end = sent_of(doc[0]).end_char if len(doc) else 0
        named = {m.key for m in mentions if m.kind == "org"}
        counts: dict[str, int] = {}
        for m in mentions:
            if m.kind != "org" or m.key.startswith("UNK:") or "." in m.key or not (
                    later or m.end <= tok.idx or (m.start < lede_end and not before_only)):
                continue
            if before_only and m.entity_text.rsplit(" ", 1)[-1].lower() in GOVERNING_NOUNS | {"authorities"}:
                continue  # "the Taliban government ... gunmen who crossed from Afghanistan": a ruler, not the band
            e = reg.entities.get(m.key)
            if e is None or e.sector not in sectors:
                continue
            key = m.key
            branches = reg.affiliates.get(key, ())
            if branches:
                # "An al Qaeda-linked group, JNIM": the branch named; "Islamic State" in Mozambique: its branch there
                mine = [b for b in branches if b in named] or [
                    b for b in branches if (x := reg.entities.get(b)) is not None and x.country == country]
                if len(mine) == 1 and mine[0] in reg.entities:
                    key, e = mine[0], reg.entities[mine[0]]
            if e.country is not None and e.country != country and not guessed:
                continue
            counts[key] = counts.get(key, 0) + 1
        if not counts and not later and not before_only and tok.idx < lede_end:
            # "Militants ambushed a convoy ... JNIM claimed the attack": a lede's noun, none named before, the one named after
            return self._registered_kin(doc, mentions, tok, sectors, country, guessed, later=True)
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            return ranked[0][0]
        return None

    def _dispatched_forces(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Unnamed forces a state sends are that state's, wherever they go and whatever the article is about:
        "Honduras said it had deployed extra troops to its border", "Kenya will send 1,000 police officers to
        Haiti" (the sender's MIL/COP). Run after coreference, so a pronoun subject ("it") has its state."""
        if not any(m.via == "location" and m.kind == "group" and m.sector in ("MIL", "COP") for m in mentions):
            return list(mentions)
        index = token_index(doc, mentions)
        reg = self.registry
        out: list[Mention] = []
        for m in mentions:
            if m.via == "location" and m.kind == "group" and m.sector in ("MIL", "COP"):
                sp = char_span(doc, m.start, m.end)
                tok = sp.root if sp is not None else None
                if tok is not None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DISPATCH:
                    subj = [index[s.i] for s in self._subjects(tok.head) if s.i in index]
                    base = subj[0].key.split(".", 1)[0] if len(subj) == 1 else None
                    if (base is not None and base != m.key.split(".", 1)[0] and base in reg.entities
                            and reg.entities[base].kind == "state" and subj[0].kind == "state"):
                        m = replace(m, key=f"{base}.{m.sector}", code=base, name=reg.entities[base].name)
            out.append(m)
        return out

    def _victims_of_armed_groups(self, doc: Doc, mentions: list[Mention], places: dict[int, tuple[str, bool]],
                                 home: str | None) -> list[Mention]:
        """Unplaced people an armed group of another state acts on are of the group's state, not of the story's
        ("WASHINGTON - The United States listed Colombia's Clan del Golfo as a terrorist group, saying the cartel
        had murdered civilians": Colombia's civilians; "a Kashmiri militant group that claimed the killing of 26
        tourists": India's). Only a group the story's state got by default (no place named in the sentence); the
        group (an insurgency or a gang, REB or CRM: they act at home) is the subject of the verb whose object (or
        its "of" phrase) the people are. Run after coreference,
        so "the cartel", "the militants" have their group."""
        if home is None:
            return mentions
        cands = [m for m in mentions if m.via == "location" and m.kind == "group" and m.key.split(".", 1)[0] == home
                 and m.sector in VICTIM_SECTORS]
        if not cands:
            return mentions
        index = token_index(doc, mentions)
        reg = self.registry
        swap: dict[int, str] = {}
        lede = next(iter(doc.sents), None)
        for m in cands:
            sp = char_span(doc, m.start, m.end)
            if sp is None:
                continue
            tok = sp.root
            sent = sent_of(tok)
            if any(sent.start <= i < sent.end and loc for i, (_, loc) in places.items()):
                continue  # a place in the sentence decided (or could have)
            if self._home_organ_named(mentions, home, [sent] + ([lede] if lede is not None else [])):
                continue  # Round 36: "Kenyan police said al Shabaab had ambushed herders": the story's own people
            if tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
                continue
            verb = tok.head
            if tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "NOUN":
                verb = verb.head.head  # "claimed the killing of 26 tourists": the verb of the deed the people are of
            if verb.pos_ != "VERB" or verb.lemma_.lower() in CAPTIVE_VERBS or tok.lower_ in ("hostages", "captives", "crew"):
                continue
            if tok.dep_ == "nsubjpass":
                subj = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            else:
                subj = self._subjects(verb)
                if len(subj) == 1 and subj[0].lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                    subj = [verb.head]  # "a group that claimed ...": the noun the clause tells of
            doers = [index[s.i] for s in subj if s.i in index]
            if len(doers) != 1:
                continue
            ent = reg.entities.get(doers[0].key)
            if ent is None or ent.kind != "org" or ent.sector not in ("REB", "CRM") or not ent.country or ent.country == home:
                continue
            if ent.country not in reg.entities or reg.entities[ent.country].kind != "state":
                continue
            swap[id(m)] = ent.country
        return _moved_to_states(mentions, swap, reg)

    def _captives_of_armed_groups(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Unplaced captives that a named insurgency or gang frees, hands over or holds are of the state the article
        is chiefly about when that is another state than the group's ("Hezbollah released four hostages" in a story of
        Israel's strikes: Israel's; "Hamas handed over the remains of two hostages", datelined in Cairo: Israel's, not
        Egypt's). The chief state is the one named most often, by more than any other; a group of that state holds
        that state's people ("Boko Haram freed 12 hostages" in a story of Nigeria: Nigeria's)."""
        cands = [m for m in mentions if m.via == "location" and m.kind == "group" and m.sector == "CVL"
                 and m.entity_text.lower().rsplit(" ", 1)[-1] in CAPTIVE_NOUNS]
        if not cands:
            return mentions
        reg = self.registry
        counts: dict[str, int] = {}
        for m in mentions:
            root = m.key.split(".", 1)[0]
            if m.via != "location" and (e := reg.entities.get(root)) is not None and e.kind == "state":
                counts[root] = counts.get(root, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return mentions
        chief = ranked[0][0]
        index = token_index(doc, mentions)
        swap: dict[int, str] = {}
        for m in cands:
            sp = char_span(doc, m.start, m.end)
            if sp is None or m.key.split(".", 1)[0] == chief:
                continue
            tok = sp.root
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("dobj", "nsubjpass"):
                tok = tok.head.head  # "handed over the bodies of two captives": the verb's object is the bodies
            verb = tok.head
            if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in CAPTIVE_VERBS:
                continue
            if tok.dep_ == "nsubjpass":
                subj = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            else:
                subj = self._subjects(verb)
            doers = [index[s.i] for s in subj if s.i in index]
            if len(doers) != 1:
                continue
            ent = reg.entities.get(doers[0].key)
            if ent is None or ent.kind != "org" or ent.sector not in ("REB", "CRM") or ent.country == chief:
                continue
            swap[id(m)] = chief
        return _moved_to_states(mentions, swap, reg)

    @staticmethod
    def _home_organ_named(mentions: list[Mention], home: str, spans: list) -> bool:
        """Round 36: whether the sentence or the lede names a party of the story's own state other than the state
        itself and its government, one that keeps its home affairs (police, courts: ``HOME_AFFAIRS_SECTORS``)
        ("Kenyan police said ...", "British police said ...": a story of that state's own
        affairs, whose people are its own; "Canada barred ..., saying the cartel had tortured farmers" names only the
        state acting abroad). Parties read from a place (the unplaced people themselves) do not count."""
        for m in mentions:
            if m.via == "location" or m.key.split(".", 1)[0] != home or m.kind not in ("state", "group", "person"):
                continue
            if m.sector not in HOME_AFFAIRS_SECTORS:
                continue
            if any(sp.start_char <= m.start < sp.end_char for sp in spans):
                return True
        return False

    def _union_owner(self, tok: Token, index: dict[int, Mention]) -> Token | None:
        """The union a group noun possesses ("the teachers' union", "nurses' unions"), when no actor is named in
        the group's place and the union is a subject: the workers' body speaks and acts (LAB)."""
        if (tok.dep_ != "poss" or tok.i in index or tok.head.i <= tok.i or tok.head.pos_ != "NOUN"
                or tok.head.dep_ not in ("nsubj", "nsubjpass")):
            return None
        union = self._role_of(tok.head)
        if union is None or union[1] != "LAB" or self.registry.roles[union[0]].kind not in ("body", "group"):
            return None
        return tok.head if self._role_of(tok) is not None else None

    @staticmethod
    def _only_home_named(tok: Token, mentions: list[Mention], home: str) -> bool:
        """Does the sentence name no state's party but the home state's? ("Iran said a court had sentenced a
        French teacher" filed from Paris: the court is not France's)."""
        sent = sent_of(tok)
        return all(m.key.split(".", 1)[0] == home for m in mentions
                   if sent.start_char <= m.start < sent.end_char and m.kind in ("state", "person", "group"))

    @staticmethod
    def _states_acted_on(tok: Token, index: dict[int, Mention]) -> set[str]:
        """The states an unplaced subject's clause acts on ("the government accused the United Arab Emirates of
        arming the rebels", "the army blamed Rwanda and attacked ..."): the subject is not of those states, so the
        article's most named state is no guess for it when it is one of them."""
        if tok.dep_ != "nsubj":
            return set()
        verbs = [tok.head] + [c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        out: set[str] = set()
        for v in verbs:
            for o in v.children:
                m = index.get(o.i) if o.dep_ == "dobj" else None
                if m is not None and m.kind == "state" and "." not in m.key:
                    out.add(m.key)
        return out

    def _opposed_state(self, tok: Token, index: dict[int, Mention]) -> str | None:
        """The state whose official, organ or ruling party an unplaced subject (or passive agent) acts on: the
        object of its verb, or the passive verb's subject; a bare state named as the object is no domestic target."""
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            verb, deps = tok.head, ("dobj",)
        elif tok.dep_ == "pobj" and _by_agent(tok.head) and tok.head.head.tag_ == "VBN":
            verb, deps = tok.head.head, ("nsubjpass",)
        else:
            return None
        reg = self.registry
        for o in verb.children:
            m = index.get(o.i) if o.dep_ in deps else None
            if m is None or ":" in m.key:
                continue
            base, _, sector = m.key.partition(".")
            ent = reg.entities.get(base)
            if ent is None:
                continue
            if ent.kind == "state" and (m.kind == "person" or sector in ("GOV", "PTY")):
                return base
            if ent.kind != "state" and ent.sector in ("PTY", "GOV") and ent.country in reg.entities:
                return ent.country
        return None

    @staticmethod
    def _unnamed_movement(tok: Token, index: dict[int, Mention]) -> str | None:
        """Leaders or officials of an unnamed party or movement are its people, not the government: "leaders of
        the independence movement", "officials of the opposition coalition" (OPP); "leaders of the ruling party"
        (PTY). A named one the registry knows is left to it."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for g in c.children:
                if g.dep_ != "pobj" or g.lemma_.lower() not in MOVEMENT_NOUNS or g.i in index:
                    continue
                mods = {m.lower_ for m in g.children if m.dep_ in ("amod", "compound", "nmod")}
                if not mods:
                    continue  # "leaders of the party": the party named before, for coreference
                if mods & {"ruling", "governing"}:
                    return "PTY"
                if g.lemma_.lower() in PARTY_NOUNS and not mods & OPPOSING_WORDS:
                    return "PTY"
                if mods & OPPOSING_WORDS or g.lemma_.lower() == "opposition":
                    return "OPP"
                # "leaders of the regional bloc", "officials of the military alliance": no side of a state
        return None

    @staticmethod
    def _at_police_post(tok: Token) -> bool:
        """Bare officers placed at or sent from a police post are police (COP), not the military bare "officers"
        default to: "gunmen killed two officers at a police station", "officers from the police headquarters" (the
        phrase the parser hangs on the verb right after the officers counts too)."""
        preps = list(tok.children)
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.i:
            preps.append(nxt)
        for c in preps:
            if c.dep_ == "prep" and c.lower_ in ("at", "from", "of", "in", "inside", "outside", "near"):
                for g in c.children:
                    if g.dep_ == "pobj" and (g.lower_ == "police" or any(m.lower_ == "police" for m in g.children if m.dep_ in ("compound", "amod", "nmod"))):
                        return True
        return False

    @staticmethod
    def _same_head(doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """The nearest earlier resolved mention headed by the same noun as "the soldiers" ("North Korean soldiers"), in
        this or the previous two sentences; a name ending in the noun ("the New People's Army") is no such phrase. A
        role phrase owned by a noun taken back ("the country's labour federation") counts as the phrase it is. A known
        name whose last word is a lower-case noun is such a phrase too ("FARC dissidents ... the dissidents' leader")."""
        start = sent_of(tok).start_char - 600
        end, n, low = tok.idx, len(tok.text), tok.lower_
        text: str | None = None  # ``doc.text`` joins every token on each read: once, when a mention may do
        best = None  # the latest start, the first listed of equal starts
        for m in mentions:
            if (start <= m.start and m.end <= end and (best is None or m.start > best.start) and not m.key.startswith("UNK:")
                    and m.via in ("demonym", "location", "role", "coreference", "registry", "alias") and m.end - m.start > n):
                text = doc_text(doc) if text is None else text
                if text[m.end - n : m.end].lower() == low and (m.via not in ("registry", "alias") or text[m.end - n : m.end] == low):
                    best = m
        return best

    def _bodies_again(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """"Tajikistan's border service said ... The service called on ...", "the national prison agency said ... The
        agency blamed ...": a bare "the <noun>" left unresolved after coreference refers back to the nearest state body
        named before whose role phrase ends in that noun (the same phrase read again, with its state and sector)."""
        out: list[Mention] = []
        attrs = token_attrs(doc)  # (a Token made only for a candidate its words let through)
        for tok in (doc[i] for i in self._role_candidates(doc) if attrs.lower[i] in BODY_AGAIN_NOUNS and attrs.pos[i] == "NOUN"):
            # (body nouns are words of role nouns: "electoral commission")
            if tok.i in taken or tok.lower_ not in BODY_AGAIN_NOUNS or tok.pos_ != "NOUN" or tok.dep_ == "compound":
                continue
            kids = [c for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss", "nmod")]
            if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
                continue  # "the electoral commission" is its own role phrase; "a commission" introduces a new one
            m = self._same_head(doc, mentions, tok)
            if m is None or "." not in m.key:  # a state body with its sector ("TJK.COP"), not a name
                continue
            out.append(replace(m, start=tok.idx, end=tok.idx + len(tok.text), entity_text=tok.text, via="coreference", plural=False))
            taken.add(tok.i)
        return out

    def _listed_plural(self, low: str) -> bool:
        """A role noun the parser took for a name ("DUSHANBE (Reuters) - Gunmen who crossed ...") is still plural when
        its singular is listed too (gunmen/gunman, militants/militant, militias/militia)."""
        roles = self.registry.roles
        return ((low.endswith("s") and not low.endswith("ss") and (low[:-1] in roles or (low.endswith("ies") and f"{low[:-3]}y" in roles)))
                or (low.endswith("men") and f"{low[:-3]}man" in roles))

    def _came_from(self, tok: Token, index: dict[int, Mention], places: dict[int, tuple[str, bool]]) -> str | None:
        """"Gunmen who crossed from Afghanistan attacked a border post": a group whose own clause says it came
        from a state is that state's, not the state where it struck."""
        reg = self.registry
        for v in tok.children:
            if v.dep_ not in ("relcl", "acl") or v.pos_ != "VERB" or v.lemma_.lower() not in ORIGIN_VERBS:
                continue
            for p in v.children:
                if p.dep_ != "prep" or p.lower_ != "from":
                    continue
                for g in p.children:
                    if g.dep_ == "pobj" and g.i in places:
                        return places[g.i][0]  # "crossed from Afghanistan" is read as a place the gunmen left
                    m = index.get(g.i)
                    if g.dep_ == "pobj" and m is not None:
                        base = m.key.split(".", 1)[0]
                        if base in reg.entities and reg.entities[base].kind == "state":
                            return base
        return None

    @staticmethod
    def _theatre(doc: Doc, places: dict[int, tuple[str, bool]], home: str | None) -> str | None:
        """Where an article's events happen: the state its locations (and its dateline) name most, else ``home``.
        Insurgents or gunmen no phrase places are of that state, not of a foreign force named more often as an actor
        ("Rwandan troops deployed in Mozambique's Cabo Delgado ... Kigali said the operation killed 20 insurgents":
        Mozambique's insurgents)."""
        if any(c == home and loc for c, loc in places.values()):
            return home  # the article's state is itself a place of the story: its insurgents (talks abroad name a venue)
        count: dict[str, float] = {}
        last = -2
        for i, (c, loc) in sorted(places.items()):
            head = doc[i].head
            edge = head.lemma_.lower() in EDGE_NOUNS or (head.dep_ == "prep" and head.head.lemma_.lower() in EDGE_NOUNS)
            if loc and i != last + 1 and not edge:
                count[c] = count.get(c, 0) + 1  # a name of several tokens counts once ("the border with Mali": a side, none)
            last = i
        filed = dateline_country(doc)
        if filed is not None:
            count[filed] = count.get(filed, 0) + 0.5
        if not count:
            return home
        best = max(count.values())
        if home in count and count[home] == best:
            return home
        return min((c for c in count if count[c] == best), key=lambda c: min(i for i, (p, _) in places.items() if p == c) if c != filed else -1)

    def _tied_people(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Police detained 40 people suspected of links to Islamic State", "three men with ties to al Qaeda",
        "people suspected of belonging to ...": civilians named by their tie to a non-state armed group or party are
        that group (read off the words after them, which the parser often attaches to the verb)."""
        cands = [m for m in mentions if m.sector in ("CVL", None) and m.entity_text.lower().split()[-1:] and
                 m.entity_text.lower().split()[-1] in TIE_PEOPLE]
        if not cands:
            return mentions
        starts = {m.start: m for m in mentions if "." not in m.key and not m.key.startswith("UNK") and m.kind in ("org", "group")}
        if not starts:
            return mentions
        out: list[Mention] = []
        for m in mentions:
            if m in cands and (sp := char_span(doc, m.start, m.end)) is not None:
                sent_end = sent_of(sp).end
                i, tied = sp.end, False
                while i < min(sent_end, sp.end + 7) and doc[i].lower_ in TIE_LEAD_WORDS:
                    i += 1
                if i < sent_end and doc[i].lower_ in TIE_WORDS:
                    i += 1
                    tied = i < sent_end and doc[i].lower_ in ("to", "with")
                    i += 1
                    if tied and i < sent_end and doc[i].lower_ == "the":
                        i += 1
                group = starts.get(doc[i].idx) if tied and i < sent_end else None
                if group is not None:
                    m = replace(m, key=group.key, code=group.code, sector=group.sector, name=group.name, kind=group.kind)
            out.append(m)
        return out

    def _opposition_parties(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"The (main) opposition Nepali Congress": a party the text itself calls the opposition is its state's
        opposition (OPP), not the PTY the registry gives a party in or out of power by the day; and "leaders of the
        opposition People's Freedom Party" are that party's, not the government bare "leaders" default to."""
        if not any(m.sector in ("PTY", "OPP") for m in mentions):
            return mentions
        out: list[Mention] = []
        for m in mentions:
            if m.sector == "PTY" and "." in m.key and (sp := char_span(doc, m.start, m.end)) is not None:
                i = sp.start - 1
                while i >= 0 and doc[i].lower_ in OPPOSITION_RANKS - {"the"}:
                    i -= 1
                # (adjacent words, not the parse: the tagger often makes "opposition" the subject and the name its apposition)
                if i >= 0 and doc[i].lower_ == "opposition" and doc[i].sent.start == sp.sent.start:
                    base = m.key.split(".", 1)[0]
                    m = replace(m, key=f"{base}.OPP", sector="OPP")
            out.append(m)
        by_token = token_index(doc, out)
        final: list[Mention] = []
        for m in out:
            if m.entity_text.lower() in PARTY_PART_NOUNS and m.sector in ("GOV", "CVL", None) and (sp := char_span(doc, m.start, m.end)) is not None:
                for prep in (c for c in sp.root.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for obj in (g for g in prep.children if g.dep_ == "pobj"):
                        owner = by_token.get(obj.i)
                        if owner is not None and owner.sector == "OPP" and owner.key.split(".", 1)[0] == m.key.split(".", 1)[0]:
                            m = replace(m, key=owner.key, sector="OPP", code=owner.code)
            final.append(m)
        return final

    @staticmethod
    def _protested(tok: Token) -> bool:
        """Is the group whose head this is said to protest: the subject of a protest verb ("teachers marched",
        "thousands of teachers marched"), the doer of a protest noun ("protests by taxi drivers", "a strike of
        nurses") or named by its protest ("striking nurses")?"""
        if any(c.dep_ == "amod" and c.lower_ in PROTEST_PARTICIPLES for c in tok.children):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "of"):
            if tok.head.head.lemma_.lower() in PROTEST_ACT_NOUNS:
                return True
            if tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "NUM") and tok.head.head.dep_ in ("nsubj", "conj"):
                tok = tok.head.head  # "thousands of teachers marched"
        while tok.dep_ == "conj":
            tok = tok.head  # "pilots and cabin crew walked out"
        if tok.dep_ != "nsubj":
            return False
        verb = tok.head
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # "drivers said they would not strike", "farmers did not march": no protest
        if verb.lemma_.lower() in PROTEST_ACT_VERBS:
            return True
        for c in verb.children:
            # "held a rally", "went on strike", "walked out"
            if c.dep_ == "dobj" and c.lemma_.lower() in PROTEST_ACT_NOUNS or c.dep_ == "prt" and c.lower_ == "out" and verb.lemma_ == "walk":
                return True
            if c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in PROTEST_ACT_NOUNS for g in c.children):
                return True
        return False

    def _protest_crowds(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Thousands of teachers marched ... Police detained dozens of demonstrators": a bare crowd noun after one
        sector group of the same state was said to protest is that group (EDU, LAB, AGR, MED), not civilians at
        large; two such groups of the state, or none before it: the crowd stays civilian."""
        if not any(m.sector == "CVL" and m.entity_text.lower() in CROWD_NOUNS for m in mentions):
            return mentions
        protesting: dict[str, dict[str, Mention]] = {}
        out: list[Mention] = []
        for m in mentions:
            base = m.key.split(".", 1)[0]
            crowd = m.sector == "CVL" and m.entity_text.lower() in CROWD_NOUNS
            if (m.sector in CROWD_SECTORS or m.sector == "CVL" and not crowd) and m.kind in ("group", "state") and "." in m.key:
                # (civilians protesting beside them, "taxi drivers and their passengers blocked roads": a mixed
                # crowd, no one sector)
                sp = char_span(doc, m.start, m.end)
                if sp is not None and self._protested(sp.root):
                    protesting.setdefault(base, {})[m.sector] = m
            elif crowd and len(protesting.get(base, {})) == 1 and next(iter(protesting[base])) != "CVL":
                (sector, group), = protesting[base].items()
                m = replace(m, key=group.key, sector=sector, code=group.code)
            out.append(m)
        return out

    @staticmethod
    def _police_officers(mentions: list[Mention]) -> list[Mention]:
        """Bare "officers" are the police's once the article has named its police: "Police fired tear gas ...
        the government said 30 officers were hurt", "its officers acted lawfully" (after "border police") are
        COP, not the military that bare "officers" default to; "army officers" keep their own word."""
        police: set[str] = set()
        agents: dict[str, str] = {}  # state -> sector of the agents named with their service ("immigration agents")
        out: list[Mention] = []
        for m in mentions:
            base = m.key.split(".", 1)[0]
            words = m.entity_text.lower().split()
            if m.sector == "COP":
                police.add(base)
            if len(words) > 1 and words[-1] in AGENT_NOUNS and m.sector:
                agents[base] = m.sector
            elif m.sector == "MIL" and base in police and m.entity_text.lower() in OFFICER_NOUNS:
                m = replace(m, key=f"{base}.COP", sector="COP")
            elif words and words[-1] in AGENT_NOUNS and len(words) <= 2 and base in agents and agents[base] != m.sector and m.via == "location":
                # "Mexican immigration agents ... accused the agents of beating migrants": the same agents (COP)
                m = replace(m, key=f"{base}.{agents[base]}", sector=agents[base])
            out.append(m)
        return out

    def _in_role_phrase(self, tok: Token) -> bool:
        """Is the token the head of an entity that is only a role phrase ("the Treasury", "the electoral
        institute": see ``_role_phrase``)? Such an entity is an unnamed body like "the army"."""
        ent = entity_at(tok)
        return ent is not None and ent.label_ == "ORG" and ent.root.i == tok.i and self._role_phrase(ent)

    def _drill_holder(self, tok: Token, index: dict[int, Mention]) -> str | None:
        """The state holding the exercise a bare service takes part in: "China held drills involving army, navy
        and air force units near Taiwan" (the navy is China's, not the place's); the drill's owner ("Japan's
        drills with navy ships") or the subject of its verb ("X staged/began drills")."""
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        link = first.head
        if first.dep_ not in ("dobj", "pobj") or link.lower_ not in ("involving", "including", "with", "involve", "include", "of"):
            return None
        drill = link.head
        if drill.pos_ in ("VERB", "AUX") and link.dep_ in ("advcl", "xcomp"):
            # "X began drills around Y on Tuesday involving army units": the participle hangs on the verb
            drill = next((c for c in drill.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in EXERCISE_NOUNS | {"games"}), drill)
        words = {drill.lemma_.lower(), drill.lower_}
        if drill.i > 0 and drill.doc[drill.i - 1].dep_ == "compound":
            words.add(f"{drill.doc[drill.i - 1].lower_} {drill.lower_}")  # "war games"
        if not words & EXERCISE_NOUNS:
            return None
        reg = self.registry
        cands = [c for c in drill.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        if drill.dep_ in ("dobj", "nsubj", "nsubjpass") and drill.head.pos_ in ("VERB", "AUX"):
            cands += [c for c in drill.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in cands:
            for t in c.subtree:
                m = index.get(t.i)
                if m is not None and not m.key.startswith("UNK:"):
                    base = m.key.split(".", 1)[0]
                    if base in reg.entities and reg.entities[base].kind == "state":
                        return base
        return None

    @staticmethod
    def _sponsored(tok: Token) -> bool:
        """Is the armed group modified by its sponsor ("an Iran-backed militia", "a Russian-backed armed group")?
        It is then an unnamed armed group of its own, of the place where it acts, not the sponsor's (whose name
        is no mention) and not a generic noun."""
        return any(c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in SPONSOR_PARTICIPLES
                   and any(g.i < c.i and (g.pos_ == "PROPN" or (g.pos_ == "ADJ" and g.is_title)) for g in c.children) for c in tok.children)

    @staticmethod
    def _at_unknown_institution(tok: Token, index: dict[int, Mention]) -> bool:
        """Is the group placed at (or of, from) a named institution the registry does not know ("students at
        Columbia University", "workers of Foxconn")? Its country is then not to be guessed from the article."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "of", "from"):
                for g in c.children:
                    m = index.get(g.i)
                    if g.dep_ == "pobj" and m is not None and m.key.startswith("UNK:") and g.ent_type_ in ("ORG", "FAC"):
                        return True
        return False

    @staticmethod
    def _at_unknown_feature(tok: Token, index: dict[int, Mention]) -> bool:
        """Is the group placed by a natural feature or region the registry cannot place ("farmers near the Euphrates
        river", "militants in the Sahel")? Such a place may lie in several states: the article's is not to be guessed."""
        # (the phrase may hang on the verb the group is the object of: "struck farmers near the river")
        for c in [*tok.children, *(tok.head.children if tok.dep_ in ("dobj", "nsubjpass") else ())]:
            if c.dep_ == "prep" and c.lower_ in ("in", "near", "along", "across", "on", "around", "inside"):
                for g in c.children:
                    if g.dep_ == "pobj" and not any(t.i in index for t in g.subtree) and (g.lower_ in NATURAL_FEATURES or (
                            g.pos_ == "PROPN" and g.ent_type_ in ("LOC", "PRODUCT"))):
                        return True
        return False

    def _member_of(self, tok: Token, index: dict[int, Mention], places: dict[int, tuple[str, bool]] | None = None) -> Mention | None:
        """The named non-state organisation in "<people> from/of <organisation>", or the one a group is tied
        to ("militants linked to the Islamic State", "fighters loyal to the RSF")."""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
        ties = []
        for c in tok.children:
            if c.dep_ in ("acl", "amod") and c.i == tok.i + 1 and c.lemma_.lower() in AFFILIATION_WORDS:
                ties += [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
        # the small parser often reads "Militants linked to X attacked ..." as a clause "Militants linked to X"
        if tok.dep_ == "nsubj" and tok.head.i == tok.i + 1 and tok.head.tag_ in ("VBD", "VBN") and tok.head.lemma_.lower() in AFFILIATION_WORDS:
            ties += [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
        # "Gunmen belonging to X", "gunmen believed to belong to X" (the clause read as the sentence's root too)
        held = [c for c in tok.children if c.dep_ == "acl" and c.i == tok.i + 1]
        if tok.dep_ == "nsubj" and tok.head.i == tok.i + 1 and tok.head.tag_ in ("VBD", "VBN"):
            held.append(tok.head)
        for c in held:
            low = c.lemma_.lower()
            belong = [c] if low == "belong" else [x for x in c.children if x.dep_ == "xcomp" and x.lemma_.lower() == "belong"] if low in BELIEF_VERBS else []
            ties += [p for b in belong for p in b.children if p.dep_ == "prep" and p.lower_ == "to"]
        for c in preps + ties:
            for p in c.children:
                m = self._named_org(p, index) if p.dep_ == "pobj" else None
                if m is not None and (m.kind == "org" or c not in ties):
                    return self._affiliate(tok, m, index, places or {}) if c in ties else m
        # round 29: people "in" a named organisation are its people ("gangs in the Viv Ansanm coalition", "fighters in
        # the Popular Mobilization Forces"); the object must be the name itself, not a place it names ("residents in
        # the Hezbollah stronghold" are no Hezbollah)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "within"):
                for p in c.children:
                    m = index.get(p.i) if p.dep_ == "pobj" else None
                    if m is not None and m.kind in ("org", "alliance") and not m.key.startswith("UNK:"):
                        return m
        # a hyphenated tie before the noun: "Islamic State-linked insurgents" (the branch where they fight, as
        # "linked to" above), "NATO-led peacekeepers" (the leading organisation's)
        doc = tok.doc
        for c in tok.children:
            low = c.lower_
            if c.dep_ != "amod" or c.i < 2 or c.i >= tok.i or doc[c.i - 1].text != "-" or not (low in AFFILIATION_WORDS or low in LEADER_PARTICIPLES):
                continue
            m = index.get(c.i - 2)
            if m is None or m.kind not in ("org", "igo", "alliance") or m.key.startswith("UNK:"):
                continue
            if low in LEADER_PARTICIPLES:
                return m
            return self._affiliate(tok, m, index, places or {}) if m.kind == "org" else None
        return None

    def _leading_state(self, tok: Token) -> str | None:
        """The state that leads a force, named by a hyphen before the noun or before "coalition" ahead of it:
        "Saudi-led coalition jets", "U.S.-led forces" (one token), "Kenyan-led troops" (round 29)."""
        reg = self.registry
        doc = tok.doc
        deps = ("amod", "compound", "nmod", "nummod")  # (the parser's reading of a one-token "U.S.-led" varies)
        mods = [c for c in tok.children if c.dep_ in deps and c.i < tok.i]
        mods += [g for c in mods if c.lower_ == "coalition" for g in c.children if g.dep_ in deps and g.i < c.i]
        for c in mods:
            if c.lower_ in LEADER_PARTICIPLES and c.i >= 2 and doc[c.i - 1].text == "-" and not doc[c.i - 2].whitespace_:
                name = doc[c.i - 2].text
            elif "-" in c.text and c.lower_.rsplit("-", 1)[1] in LEADER_PARTICIPLES:
                name = c.text.rsplit("-", 1)[0]
            else:
                continue
            term = reg.terms.get(name)
            state = reg.adjectives.get(name) or (term.entity.key if term is not None and term.entity.kind == "state" else None)
            if state is not None and "." not in state:
                return state
        return None

    @staticmethod
    def _named_org(noun: Token, index: dict[int, Mention]) -> Mention | None:
        """The named organisation a noun phrase stands for: the noun's own mention, the name before it ("the
        al Qaeda-linked JNIM group"), or for a part of an organisation the whole it is of ("the X faction of the
        Sinaloa cartel", "the armed wing of Hamas")."""
        for _ in range(2):
            m = index.get(noun.i)
            if m is None:
                m = next((index[c.i] for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and c.i in index), None)
            if m is None and noun.lemma_.lower() in NAMED_BY_NOUNS:
                # "officials from the West African bloc ECOWAS": a generic noun and the name right after it
                # (read off the words: the parser often takes the name for a verb or a clause of its own)
                nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
                m = index.get(nxt.i) if nxt is not None and nxt.text[:1].isupper() else None
            if m is not None and m.kind in ("org", "igo", "alliance") and not m.key.startswith("UNK:"):
                # "soldiers of the Gang Suppression Force": a multinational force's people are the force (and an
                # alliance's its own: "officials of the alliance AUKUS")
                return m
            if not _is_part_noun(noun):
                return None
            whole = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            if whole is None:
                return None
            noun = whole
        return None

    def _affiliate(self, tok: Token, parent: Mention, index: dict[int, Mention], places: dict[int, tuple[str, bool]]) -> Mention:
        """"Jihadists linked to al Qaeda" in an article that names JNIM, or in Mali where JNIM is al Qaeda's
        branch: the branch; else the organisation named."""
        reg = self.registry
        branches = reg.affiliates.get(parent.key, ())
        if not branches:
            return parent
        for m in index.values():
            if m.key in branches:
                return m
        sent = sent_of(tok)
        here = {index[t.i].key.split(".", 1)[0] for t in sent if t.i in index} | {places[t.i][0] for t in sent if t.i in places and places[t.i][1]}
        local = [b for b in branches if (e := reg.entities.get(b)) is not None and e.country in here]
        if len(local) == 1:
            e = reg.entities[local[0]]
            return Mention(parent.start, parent.end, parent.entity_text, e.key, e.code, e.sector, e.name, parent.via, "org")
        return parent

    # ------------------------------------------------------------------ unknown towns
    @staticmethod
    def _town_noun(root: Token, end: int) -> Token | None:
        """The place noun that makes an unknown name a place: "the town of X", "the X corridor", "X, a town in
        ...": None without such a cue (a name alone may be a person's)."""
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TOWN_NOUNS and head.head.i < root.i:
            return head.head
        if root.dep_ in ("compound", "nmod") and head.i >= end and head.lemma_.lower() in TOWN_NOUNS:
            return head
        return next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in TOWN_NOUNS), None)

    def _unknown_towns(self, doc: Doc, mentions: list[Mention], taken: set[int], places: dict[int, tuple[str, bool]],
                       home: str | None) -> list[Mention]:
        """Names the registry and the gazetteer do not know, made places by a place noun: "the town of X", "the
        northern town of X", "the X corridor", "X, a town in Ethiopia's Amhara region". The place is the state
        its own phrase names ("in central Gaza", "the Ethiopian town of X"), else the article's (else the one
        state every named organisation of the article is based in). In a locative phrase ("fighting in the town
        of X") it only places what happens there; otherwise ("rebels seized the town of X", "troops withdrew
        from the X corridor") it stands for its state, like a known town. Returns the mentions, names so
        resolved replaced."""
        reg = self.registry
        unknown = [m for m in mentions if m.key.startswith("UNK:") and m.via == "ner"]
        if not unknown:
            return mentions
        index = token_index(doc, mentions)
        fallback = home
        if fallback is None:
            bases = {e.country for m in mentions if m.kind == "org" and (e := reg.entities.get(m.key.split(".", 1)[0])) is not None and e.country}
            fallback = next(iter(bases)) if len(bases) == 1 else None
        replaced: dict[int, Mention | None] = {}
        for m in unknown:
            sp = char_span(doc, m.start, m.end)
            if sp is None:
                continue
            root = self._root(sp)
            noun = self._town_noun(root, sp.end)
            if noun is None:
                continue
            country = None
            for c in noun.children:
                if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i in places and c.i not in range(sp.start, sp.end):
                    country = places[c.i][0]  # "the Ethiopian town of X", "Ethiopia's town of X"
            country = country or self._located(noun, places, index) or self._located(root, places, index) or fallback
            if country is None or country not in reg.entities:
                continue
            phrase = noun if noun.i < sp.start or noun.dep_ != "appos" else root
            at = phrase.head if phrase.dep_ == "pobj" else None
            if at is not None and at.lower_ in LOCATIVE_PREPS:
                for t in sp:
                    places[t.i] = (country, True)
                replaced[id(m)] = None
                continue
            replaced[id(m)] = self._mention(sp, reg.entity(country), country, "location", "state")
        if not replaced:
            return mentions
        out = []
        for m in mentions:
            if id(m) not in replaced:
                out.append(m)
            elif (new := replaced[id(m)]) is not None:
                out.append(new)
        return out

    # ------------------------------------------------------------------ heads and members of a body
    def _heads(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """The head, spokesman or members of a named body stand for it: "the head of the UN nuclear
        watchdog" (IAEA, a person "he" can refer to), "a spokesman for the Taliban", "leaders of the Gulf
        Cooperation Council" (GCC), "the head of Ukraine's delegation" (UKR.GOV)."""
        reg = self.registry
        index = token_index(doc, mentions)
        out: list[Mention] = []
        # only nouns whose of/for phrase holds a mention can qualify: found from the mentions, not by a scan of the doc
        # (one pass over the mentions' objects and possessors, each token made once)
        dep = token_attrs(doc).dep
        found: set[int] = set()
        for t in (doc[i] for i in index if dep[i] in ("pobj", "poss")):
            h = t.head
            if t.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in ("of", "for"):
                found.add(h.head.i)
            # "a spokesman for the rebels' political wing": the wing of a body speaks for the body
            if (t.dep_ == "poss" and h.lower_ in WING_NOUNS and h.dep_ == "pobj" and h.head.dep_ == "prep"
                    and h.head.lower_ in ("of", "for")):
                found.add(h.head.head.i)
            # "members of a faction of Hamas": a part of a body is the body (as _named_org reads it)
            if _part_of_phrase(t):
                found.add(h.head.head.head.i)
        cands = sorted(found)
        for tok in (doc[i] for i in cands):
            if tok.i in taken or tok.pos_ != "NOUN" or tok.lower_ not in HEAD_NOUNS and tok.lemma_.lower() not in HEAD_NOUNS:
                continue
            if any(c.dep_ in ("poss", "amod", "compound") and c.i in index for c in tok.children):
                continue  # "Iran's supreme leader", "Hamas political chief": resolved with their modifier
            m = None
            for c in tok.children:
                if c.dep_ != "prep" or not (c.lower_ == "of" or (c.lower_ == "for" and tok.lower_ in FOR_HEAD_NOUNS)):
                    continue
                for g in c.children:
                    if g.dep_ == "pobj" and g.i not in index and g.lower_ in WING_NOUNS:
                        g = next((o for o in g.children if o.dep_ == "poss" and o.i in index), g)
                    if g.dep_ == "pobj" and g.i not in index and _is_part_noun(g):
                        g = next((o for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                                  if o.dep_ == "pobj" and o.i in index), g)
                    if g.dep_ in ("pobj", "poss") and g.i in index:
                        m = index[g.i]
                        break
            if m is None or m.key.startswith("UNK:") or ":" in m.key:
                continue
            top = m.key.split(".", 1)[0]
            ent = reg.entities.get(top)
            if ent is None:
                continue
            if m.kind in ("org", "igo", "alliance"):
                pass  # the body itself
            elif ent.kind == "state" and "." in m.key and m.kind in ("state", "group"):
                pass  # "the head of Ukraine's delegation": the state's body, with its sector
            else:
                continue  # "the president of Iran" is read off the state's name; "the leader of the protests"
            plural = tok.tag_ in ("NNS", "NNPS")
            first = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ else tok.i
            span = doc[first : tok.i + 1]  # "secretary-general"
            kind = m.kind if plural or tok.lower_ == "leadership" else "person"
            out.append(Mention(span.start_char, span.end_char, span.text, m.key, m.code, m.sector, None, "role", kind, plural))
            taken.add(tok.i)
        return out

    # ------------------------------------------------------------------ adherents and regions
    def _adherents(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """Supporters, followers and loyalists of a named party or person ("supporters of Imran Khan", "PTI
        loyalists", "Khan's followers"): the party itself; a party leader's supporters are the party he leads
        (people.yaml ``party``); another person's are his country's opposition when he is in opposition or out
        of office, else its civilians. They are the party's
        people wherever they are, never a group placed by the location."""
        reg = self.registry
        index = token_index(doc, mentions)
        out: list[Mention] = []
        attrs = token_attrs(doc)
        for tok in (doc[i] for i, lemma in enumerate(attrs.lemma) if lemma in ADHERENT_NOUNS and attrs.pos[i] == "NOUN"):
            if tok.i in taken or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ADHERENT_NOUNS:
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i in index and c.tag_ != "PRP$"]
            owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.i in index]
            ante = self._whose_owner(tok, index) if not owners else None
            if owners:
                key = self._adherent_key(index[owners[0].i])
            elif ante is not None:
                key = self._adherent_key(ante)  # round 47: "the KDP, whose supporters blocked the road": the KDP's
            elif any(c.dep_ == "compound" and c.lower_ in PARTY_NOUNS for c in tok.children):
                # round 47: "party supporters rallied": the one party the story names (as "party activists"), none
                # where it names several about as often
                key = self._registered_kin(doc, mentions, tok, ("PTY", "OPP"), "", True)
            else:
                continue
            if key is None:
                continue
            plural = tok.tag_ in ("NNS", "NNPS")
            out.append(self._mention(doc[tok.i : tok.i + 1], reg.entity(key), key, "location", "group", plural=plural))
            taken.add(tok.i)
        return out

    @staticmethod
    def _whose_owner(tok: Token, index: dict[int, Mention]) -> Mention | None:
        """Round 47: the mention a noun owned by the relative "whose" stands for: the noun its relative clause hangs
        on, by its own mention or the name before it ("Hezbollah, whose fighters ...", "the M23 rebellion, whose
        fighters ..."); None for an unnamed noun ("the village, whose residents ...")."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
            return None
        t = tok
        for _ in range(4):
            if t.dep_ == "relcl":
                ante = t.head
                m = index.get(ante.i)
                if m is None:
                    m = next((index[c.i] for c in ante.children if c.dep_ in ("compound", "nmod") and c.i < ante.i and c.i in index), None)
                return None if m is None or m.key.startswith("UNK:") else m
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _adherent_key(self, m: Mention) -> str | None:
        """The key of the adherents of mention ``m`` ("supporters of X", "X's followers"): a party leader's are the
        party he leads; an organisation's or movement's are it; a person of a state's are its opposition when he is in
        opposition or out of office (OPP, PTY, ELI), else its civilians; a state's party's are that party."""
        reg = self.registry
        top, _, sector = m.key.partition(".")
        if m.key.startswith("UNK:") or top not in reg.entities:
            return None
        party = reg.person_party.get(m.name or "") if m.kind == "person" else None
        if party is not None and party in reg.entities:
            return party  # "supporters of Imran Khan": the party their leader leads (PTI), in office or not
        if (m.kind in ("org", "group") or (m.kind == "person" and reg.entities[top].kind != "igo")) and reg.entities[top].kind != "state":
            # (a person keyed to a movement he leads: "followers of a firebrand cleric" are his movement; not one
            # who heads an international body, "supporters of the IAEA chief" are no part of the agency)
            return m.key
        if m.kind == "person" and reg.entities[top].kind == "state":
            return f"{top}.OPP" if sector in ("OPP", "PTY", "ELI") else f"{top}.CVL"
        if m.kind == "state" and sector in ("PTY", "OPP"):
            return m.key  # "supporters of Honduras' ruling party": the state's party, as a named party's are
        return None

    def _pronoun_adherents(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """"Police arrested former President X ... his supporters rallied": adherents owned by a pronoun are the
        adherents of the person (or party) coreference gave the pronoun, read as ``_adherents`` reads a named owner
        (run after coreference; the pronoun's own mention still stands for the owner)."""
        attrs = token_attrs(doc)
        cands = [i for i, lemma in enumerate(attrs.lemma) if lemma in ADHERENT_NOUNS and attrs.pos[i] == "NOUN" and i not in taken]
        if not cands:
            return mentions
        index = token_index(doc, mentions)
        out: list[Mention] = []
        for i in cands:
            tok = doc[i]
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # ("his supporters of ...": an owner of its own)
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.i in index), None)
            if owner is None:
                continue
            key = self._adherent_key(index[owner.i])
            if key is None:
                continue
            out.append(self._mention(doc[i : i + 1], self.registry.entity(key), key, "location", "group", plural=tok.tag_ in ("NNS", "NNPS")))
            taken.add(i)
        return sorted(mentions + out, key=lambda m: m.start) if out else mentions

    def _owned_parties(self, doc: Doc, mentions: list[Mention], taken: set[int], home: str | None) -> list[Mention]:
        """A party owned by a person is that person's party: "the lawmaker's party called the arrest revenge", "the
        president's party won". A named leader's is the party he leads (people.yaml ``party``); else the party of
        the owner's state (the article's when the owner is only a role noun), in opposition (OPP) when the owner
        is ("the opposition leader's party", or "an opposition lawmaker ... the lawmaker's party"), else PTY."""
        reg = self.registry
        index = token_index(doc, mentions)
        cands = self._role_candidates(doc)
        out: list[Mention] = []
        attrs = token_attrs(doc)  # (a Token made only for a candidate its words let through)
        for tok in (doc[i] for i in cands if attrs.lower[i] in PARTY_NOUNS and attrs.pos[i] == "NOUN"):
            if tok.i in taken or tok.lower_ not in PARTY_NOUNS or tok.pos_ != "NOUN":
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ != "PRP$" and c.i < tok.i), None)
            if owner is None:
                continue
            m = index.get(owner.i)
            key: str | None = None
            if m is not None and not m.key.startswith("UNK:"):
                top, _, sector = m.key.partition(".")
                party = reg.person_party.get(m.name or "") if m.kind == "person" else None
                if party is not None and party in reg.entities:
                    key = party
                elif m.kind == "person" and top in reg.entities and reg.entities[top].kind == "state":
                    # a former official's party is out of power ("Bolsonaro's party" in 2025): OPP
                    key = f"{top}.{'OPP' if sector in ('OPP', 'ELI') else 'PTY'}"
            elif m is None:
                role = self._role_of(owner)
                if role is None or reg.roles[role[0]].kind != "person" or home is None or home not in reg.entities:
                    continue
                # "the former minister's party": a former officeholder's party is out of power (OPP)
                opposed = role[1] == "OPP" or any(c.lower_ in FORMER_WORDS for c in owner.children) or any(
                    doc[i].lemma_ == owner.lemma_ and any(c.lower_ == "opposition" for c in doc[i].children)
                    for i in cands if i < owner.i)
                key = f"{home}.{'OPP' if opposed else 'PTY'}"
            if key is None:
                continue
            out.append(self._mention(doc[tok.i : tok.i + 1], reg.entity(key), key, "role", "state" if "." in key else "org"))
            taken.add(tok.i)
        return out

    @staticmethod
    def _region_places(doc: Doc, taken: set[int], places: dict[int, tuple[str, bool]], mentions: list[Mention]) -> list[Mention]:
        """Named regions, districts, conflict towns and facilities the registry does not know ("the authorities
        in Puntland", "police in Balochistan's Kech district", "a drone hit Ben Gurion airport"): places of their
        state, for placing unnamed groups and for targets, never parties. Returns the mentions left, without the unresolved names found to be such places."""
        from ..events.places import lookup_facility, lookup_region, region_at

        # a name the NER model took for an unknown organisation or person may still be a place ("Sumy")
        unknown = {}
        for m in mentions:
            if m.key.startswith("UNK:") and m.via == "ner":
                sp = char_span(doc, m.start, m.end)
                if sp is not None:
                    for i in range(sp.start, sp.end):  # (no Token made for each word)
                        unknown[i] = m

        def free(i: int) -> bool:
            return i not in taken or i in unknown

        placed: set[int] = set()
        for ent in doc_ents(doc):
            if ent.label_ not in ("GPE", "LOC", "FAC") and ent.start not in unknown:
                continue  # a region or facility the NER model took for an organisation or a person is one too
            if not all(free(i) for i in range(ent.start, ent.end)):
                continue
            p = lookup_region(ent.text) or lookup_facility(ent.text)
            if p is not None and p.country:
                for i in range(ent.start, ent.end):  # (no Token made for each word)
                    places[i] = (p.country, True)
                    placed.add(i)
        # a region the NER model misses or mislabels, as the object of a locative preposition ("in Sumy",
        # "in the Kharkiv region"), or a named place a place noun is the place of ("the city of Sumy")
        attrs = token_attrs(doc)
        # (a Token made only for an object still free; its preposition read off the token attributes)
        for tok in (doc[i] for i, dep in enumerate(attrs.dep) if dep == "pobj" and free(i) and i not in places):
            prep = attrs.lower[attrs.head[tok.i]]  # (``tok.head.lower_``)
            of_place = prep == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS and tok.pos_ == "PROPN"
            if prep not in LOCATIVE_PREPS and not of_place:
                continue
            p = region_at(tok)
            if p is None and tok.pos_ == "PROPN":
                p = ResolverBase._city_of(tok.head)  # a city read as an organisation or a person ("in Sumy")
            if p is not None and p.country:
                name = entity_at(tok)
                for i in range(name.start, name.end) if name is not None and name.root.i == tok.i else (tok.i,):
                    if free(i):
                        places[i] = (p.country, True)
                        placed.add(i)
        gone = {id(unknown[i]) for i in placed if i in unknown}
        return [m for m in mentions if id(m) not in gone] if gone else mentions


def _is_part_noun(noun: Token) -> bool:
    """A noun naming a part of an organisation: "faction", "wing", "cell", or a group so described ("a splinter
    group", "an offshoot group")."""
    return noun.lemma_.lower() in GROUP_PART_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in GROUP_PART_NOUNS for c in noun.children)


def _part_of_phrase(tok: Token) -> bool:
    """Is ``tok`` the whole in "<noun> of/for a <part> of <tok>" ("members of a faction of Hamas", "a spokesman
    for a splinter group of the Taliban")?"""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.dep_ != "pobj":
        return False
    part = prep.head
    return part.head.dep_ == "prep" and part.head.lower_ in ("of", "for") and _is_part_noun(part)
