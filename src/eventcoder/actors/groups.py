"""Unnamed groups and bodies placed by location ("militias in Iraq", "Soldiers in Niger", "the army"
in an article about one country), adherents of a party or person ("supporters of Imran Khan"), and
regions the registry does not know, used as places of their state."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import Mention
from .base import ResolverBase, token_index
from .vocab import (
    ADHERENT_NOUNS,
    ARMED_NOUNS,
    EDGE_NOUNS,
    LOCATIVE_PREPS,
    NOT_BARE_GROUPS,
)


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
        for tok in doc:
            if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            role = self._role_of(tok)
            if role is None or role[0] in NOT_BARE_GROUPS:
                continue
            r = reg.roles[role[0]]
            if r.kind == "person" or (r.kind == "body" and tok.tag_ in ("NNS", "NNPS")):
                continue
            if any(c.dep_ == "poss" for c in tok.children) or self._modified_by_actor(tok):
                continue
            dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "predet")]
            if any(d in ("a", "an", "another", "any", "every", "each", "no") for d in dets):
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
            org = self._member_of(tok, index) if r.kind == "group" else None
            if org is not None:
                # "fighters from the Pakistani Taliban", "members of Hezbollah": the organisation's people
                n = len(role[0].split())
                span = doc[max(tok.i - n + 1, tok.sent.start) : tok.i + 1]
                out.append(self._mention(span, reg.entity(org.key), org.key, "location", "org", plural=tok.tag_ in ("NNS", "NNPS")))
                taken.update(range(span.start, span.end))
                continue
            country = self._located(tok, places, index)
            if country is None:
                # a state named for a border ("on the Algerian border") is one of two sides, not the group's home
                sent_places = [c for i, (c, loc) in sorted(places.items())
                               if loc and tok.sent.start <= i < tok.sent.end and doc[i].head.lemma_.lower() not in EDGE_NOUNS]
                country = sent_places[0] if sent_places else home
            if country is None:
                continue
            n = len(role[0].split())
            span = doc[max(tok.i - n + 1, tok.sent.start) : tok.i + 1]
            ent = reg.entity(country)
            plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("police", "people")
            out.append(self._mention(span, ent, f"{country}.{role[1]}", "location", "group", plural=plural))
            taken.update(range(span.start, span.end))
        return out

    def _member_of(self, tok: Token, index: dict[int, Mention]) -> Mention | None:
        """The named non-state organisation in "<people> from/of <organisation>"."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                for p in c.children:
                    m = index.get(p.i)
                    if p.dep_ == "pobj" and m is not None and m.kind == "org" and not m.key.startswith("UNK:"):
                        return m
        return None

    def _located(self, tok: Token, places: dict[int, tuple[str, bool]], index: dict[int, Mention]) -> str | None:
        """The country named in a "<group> in/of/off <place>" phrase."""
        reg = self.registry
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "across", "from", "of", "off", "near", "at", "throughout"):
                if c.lower_ in ("near", "at", "off") and any(g.dep_ == "pobj" and g.lemma_.lower() in EDGE_NOUNS for g in c.children):
                    continue  # "rebels near the Algerian border": at the edge of the state, not its own
                for t in c.subtree:
                    if t.i in places:
                        return places[t.i][0]
                    m = index.get(t.i)
                    if m is not None:
                        base = m.key.split(".", 1)[0]
                        if base in reg.entities and reg.entities[base].kind == "state":
                            return base
        return None

    # ------------------------------------------------------------------ adherents and regions
    def _adherents(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """Supporters, followers and loyalists of a named party or person ("supporters of Imran Khan", "PTI
        loyalists", "Khan's followers"): the party itself; a person's supporters are his country's
        opposition when he is in opposition or out of office, else its civilians. They are the party's
        people wherever they are, never a group placed by the location."""
        reg = self.registry
        index = token_index(doc, mentions)
        out: list[Mention] = []
        for tok in doc:
            if tok.i in taken or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ADHERENT_NOUNS:
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i in index and c.tag_ != "PRP$"]
            owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.i in index]
            if not owners:
                continue
            m = index[owners[0].i]
            top, _, sector = m.key.partition(".")
            if m.key.startswith("UNK:") or top not in reg.entities:
                continue
            if m.kind in ("org", "group") and reg.entities[top].kind != "state":
                key = m.key
            elif m.kind == "person" and reg.entities[top].kind == "state":
                key = f"{top}.OPP" if sector in ("OPP", "PTY", "ELI") else f"{top}.CVL"
            else:
                continue
            plural = tok.tag_ in ("NNS", "NNPS")
            out.append(self._mention(doc[tok.i : tok.i + 1], reg.entity(key), key, "location", "group", plural=plural))
            taken.add(tok.i)
        return out

    @staticmethod
    def _region_places(doc: Doc, taken: set[int], places: dict[int, tuple[str, bool]]) -> None:
        """Named regions, districts and conflict towns the registry does not know ("the authorities in
        Puntland", "police in Balochistan's Kech district"): places of their state, for placing unnamed groups."""
        from ..events.places import lookup_region, region_at

        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") or any(t.i in taken for t in ent):
                continue
            p = lookup_region(ent.text)
            if p is not None and p.country:
                for t in ent:
                    places[t.i] = (p.country, True)
        # a region the NER model misses or mislabels, as the object of a locative preposition ("in Sumy",
        # "in the Kharkiv region")
        for tok in doc:
            if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS and tok.i not in taken and tok.i not in places:
                p = region_at(tok)
                if p is not None and p.country:
                    places[tok.i] = (p.country, True)
