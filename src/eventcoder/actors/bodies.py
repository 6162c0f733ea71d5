"""Round 41: unnamed bodies described by the people or the field they serve.

"A grassroots health network accused ...", "the country's biggest student movement denounced ...", "the Belarusian
Federation of Journalists said ...", "a coalition of nurses' unions": an organisation's head noun (``BODY_HEADS``)
whose own modifiers, or its "of" phrase, name a civil sector (a role noun of that sector, "students", "farmers", or
a field's word, ``FIELD_SECTORS``: "medical", "health", "press") is the body of that sector of the state its words
name (a demonym, a state's possessive), else of the state the article is about. "The network", "the association"
later in the article, with no field of their own, take back the body named before with that noun, unless a named
organisation came between (which "the group" then means, as coreference reads it)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import Mention
from ..nlp import char_span, token_attrs
from .base import ResolverBase, token_index
from .vocab import BODY_HEADS, BODY_SECTORS, FIELD_SECTORS, OFFICE_HEADS, OWNED_NAME_SECTORS, SHORT_NAME_HEADS

_QUANTIFIERS = frozenset({"no", "any", "every", "each", "another", "which", "what", "whichever"})
_BACK_DETS = frozenset({"the", "this", "that"})


class BodyResolver(ResolverBase):
    def _field_of(self, tok: Token, index: dict[int, Mention]) -> tuple[str | None, str | None]:
        """(state, sector) the modifiers of a body's head noun name: a mention of a state's civil sector
        ("Kenyan nurses'"), a bare state ("Belarusian", "the country's"), a role noun ("student", "farmers") or a
        field's word ("medical") of a civil sector; the "of" phrase after it likewise ("of Journalists")."""
        reg = self.registry
        state: str | None = None
        sector: str | None = None
        words: list[Token] = []
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod"):
                words.append(c)
                words.extend(g for g in c.children if g.dep_ in ("amod", "compound", "poss") and g.i < c.i)
            elif c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
                for g in c.children:
                    if g.dep_ == "pobj":
                        words.append(g)
                        words.extend(x for x in g.children if x.dep_ in ("amod", "compound", "poss") and x.i < g.i)
        for w in words:
            m = index.get(w.i)
            if m is not None and ":" not in m.key:
                base, _, sec = m.key.partition(".")
                if m.kind == "state" or sec:
                    if sec and sec in BODY_SECTORS:
                        state, sector = state or base, sector or sec
                    elif not sec and m.kind == "state":
                        state = state or base
                    else:
                        return None, None  # "a police union", "an army veterans' group": a state organ's own people
                    continue
                if m.kind in ("org", "igo"):
                    return None, None  # "the Hamas movement", "a UN agency": a named organisation's own
            low, lemma = w.lower_, w.lemma_.lower()
            if low in FIELD_SECTORS or lemma in FIELD_SECTORS:
                sector = sector or FIELD_SECTORS.get(low) or FIELD_SECTORS[lemma]
                continue
            r = reg.roles.get(low) or reg.roles.get(lemma)
            if r is not None and r.kind in ("group", "person") and r.sector in BODY_SECTORS and not r.country:
                sector = sector or r.sector
        return state, sector

    @staticmethod
    def _acts(tok: Token) -> bool:
        """Does a body named without "the" act in its own clause: a subject (or one coordinated with it), a
        passive's agent, or the subject of its own relative clause ("a rights network, which accused ...")?"""
        subj = tok.head if tok.dep_ in ("conj", "appos") else tok
        if subj.dep_ in ("nsubj", "nsubjpass"):
            return True
        if subj.dep_ == "pobj" and subj.head.lower_ == "by" and subj.head.head.tag_ == "VBN":
            return True
        return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that", "who") for g in c.children)
                   for c in tok.children)

    def _described_bodies(self, doc: Doc, mentions: list[Mention], taken: set[int], home: str | None) -> list[Mention]:
        """New mentions for the bodies the module's docstring describes, and for their nouns named again."""
        attrs = token_attrs(doc)
        cands = [i for i, lemma in enumerate(attrs.lemma) if lemma in BODY_HEADS and attrs.pos[i] in ("NOUN", "PROPN")]
        if not cands:
            return []
        index = token_index(doc, mentions)
        out: list[Mention] = []
        bodies: dict[str, tuple[int, Mention]] = {}  # head lemma -> (token, mention) of the last body of that noun
        for i in cands:
            tok = doc[i]
            lemma = attrs.lemma[i]
            dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "predet")]
            if any(d in _QUANTIFIERS for d in dets):
                continue  # "no group claimed the attack", "any group": no one body
            state, sector = self._field_of(tok, index)
            if sector is not None:
                key_state = state or home
                if key_state is None or key_state not in self.registry.entities:
                    continue
                key = f"{key_state}.{sector}"
                held = index.get(i)
                if held is not None:
                    bodies[lemma] = (i, held)
                    continue  # the noun already inside a mention ("rights group"): that one stands
                m = self._mention(doc[i : i + 1], self.registry.entity(key), key, "role", "group",
                                  plural=tok.tag_ in ("NNS", "NNPS"))
                bodies[lemma] = (i, m)
                definite = any(d in _BACK_DETS for d in dets) or any(c.dep_ == "poss" for c in tok.children)
                # "fired tear gas at a group of masked protesters": a body of the people its "of" phrase names is them
                of_people = any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.i in index and index[g.i].key == key for g in c.children) for c in tok.children)
                if definite or of_people or self._acts(tok):
                    out.append(m)
                    taken.add(i)
                # ("suspended a rights group": an unnamed body acted on is no party, but "the group" may name it again)
                continue
            if i in taken or i in index:
                continue
            before = bodies.get(lemma)
            if before is None or not any(d in _BACK_DETS for d in dets) or tok.tag_ in ("NNS", "NNPS"):
                continue
            start = doc[before[0]].idx
            if any(start < m.start < tok.idx and m.kind in ("org", "igo") and not m.key.startswith("UNK:") for m in mentions):
                continue  # "Al Shabaab ... the group": a named organisation between is what coreference will take
            b = before[1]
            m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, b.key, b.code, b.sector, b.name, "coreference", b.kind, False)
            out.append(m)
            taken.add(i)
        return out

    def _short_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the European Commission ... urged the Commission", "the Palestinian Authority ... The Authority said": a
        capitalised head noun of a body (``SHORT_NAME_HEADS``) standing alone, which the model reads as an unknown
        name, is the body named before in the article whose name ends in that word."""
        if not any(m.key.startswith("UNK:") for m in mentions):
            return mentions
        out = list(mentions)
        for n, m in enumerate(mentions):
            if not m.key.startswith("UNK:"):
                continue
            words = m.entity_text.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() not in SHORT_NAME_HEADS:
                continue
            word = words[0].lower()
            named = None
            for e in mentions:
                if e.end > m.start:
                    break
                if e.key.startswith("UNK:") or e.kind not in ("org", "igo", "state"):
                    continue
                ew = e.entity_text.split()
                if len(ew) >= 2 and ew[-1].lower() == word and ew[-1][:1].isupper():
                    named = e  # (the latest such name before)
            if named is not None:
                out[n] = Mention(m.start, m.end, m.entity_text, named.key, named.code, named.sector, named.name, "coreference",
                                 named.kind, m.plural)
        return out

    def _possessed_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Libya's House of Representatives", "the Philippines' Senate": a body's name the registry gives one state
        (the U.S. House), owned by another state's possessive, is the owner's body of that sector; an unknown
        office's name so owned ("Australia's Department of Defence") is the owner's government (``OFFICE_HEADS``)."""
        index = token_index(doc, mentions)
        out = list(mentions)
        for n, m in enumerate(mentions):
            unknown = m.key.startswith("UNK:")
            # round 46: an international body's name owned by a state ("Russia's Security Council") is read as unknown
            foreign_igo = m.kind == "igo" and "." not in m.key and ":" not in m.key
            if not unknown and not foreign_igo and ("." not in m.key or m.kind != "state"):
                continue
            sp = char_span(doc, m.start, m.end)
            if sp is None:
                continue
            pos = sp.start - 1
            if foreign_igo:
                # "South Korea's National Security Council": capitalised words of the name the alias left out
                while pos > 0 and doc[pos].is_title and doc[pos].dep_ in ("compound", "amod") and sp.start <= doc[pos].head.i < sp.end:
                    pos -= 1
            if pos < 1 or doc[pos].tag_ != "POS":
                continue
            owner = index.get(pos - 1)
            if owner is None or owner is m or owner.kind != "state" or ":" in owner.key:
                continue
            base = owner.key.split(".", 1)[0]
            ent = self.registry.entities.get(base)
            if ent is None or ent.kind != "state" or doc[pos - 1].head.i < sp.start or doc[pos - 1].head.i >= sp.end:
                continue  # (the possessive must own this name: its head inside the name)
            if unknown or foreign_igo:
                # (the name heads its phrase: not "Sweden's NATO membership")
                owned = None if sp[-1].dep_ in ("compound", "nmod") and sp[-1].head.i >= sp.end else OWNED_NAME_SECTORS.get(sp[-1].lower_)
                if owned is not None and sp[-1].is_title:
                    key = f"{base}.{owned}"
                elif foreign_igo or (sp[-1].lower_ not in OFFICE_HEADS and not any(t.lower_ in OFFICE_HEADS for t in sp if t.dep_ != "pobj")):
                    continue
                else:
                    key = f"{base}.GOV"
            else:
                if m.key.split(".", 1)[0] == base:
                    continue
                key = f"{base}.{m.key.split('.', 1)[1]}"
            out[n] = Mention(m.start, m.end, m.entity_text, key, base, key.split(".", 1)[1], ent.name, m.via, "state", m.plural)
        return out
