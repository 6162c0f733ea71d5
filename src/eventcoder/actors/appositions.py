"""Appositions and naming phrases: both halves share a key ("its military spokesman, Yahya Saree",
"Turkey's intelligence agency, known as MIT")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..models import Mention
from ..nlp import sent_of, token_attrs
from .base import ResolverBase
from .vocab import (
    NAMING_VERBS,
    RELATION_PARTICIPLES,
    SINGULAR_PRONOUNS,
)


class AppositionResolver(ResolverBase):
    """Mixin: keys carried across appositions."""

    # ------------------------------------------------------------------ appositions
    def _appositions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Both halves of an apposition or a naming phrase share a key: "its military spokesman, Yahya
        Saree", "JNIM, al-Qaeda's Sahel affiliate", "Cindy McCain, the agency's executive director",
        "Turkey's intelligence agency, known as MIT"."""
        reg = self.registry
        index: dict[int, Mention] = {}
        for m in mentions:
            if m.key.startswith("UNK:"):
                continue
            sp = self._span_of(doc, m)
            if sp is not None:
                for i in range(sp.start, sp.end):  # (the positions only: no Token made)
                    index.setdefault(i, m)
        unk: dict[int, Mention] = {}
        for m in mentions:
            if m.key.startswith("UNK:") and m.via == "ner":
                sp = self._span_of(doc, m)
                if sp is not None:
                    unk[sp.root.i] = m
        replaced: dict[int, Mention] = {}  # id of an unresolved mention -> its resolved copy
        added: list[Mention] = []
        dropped: set[int] = set()
        for tok in (doc[i] for i, dep in enumerate(token_attrs(doc).dep) if dep in ("appos", "pobj")):
            if tok.dep_ == "appos":
                pair = [(tok.head, tok), (tok, tok.head)]
            elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in NAMING_VERBS and tok.head.head.dep_ == "acl":
                pair = [(tok.head.head.head, tok)]  # "X, known as Y"
            else:
                continue
            for src, dst in pair:
                hit = index.get(src.i)
                if hit is None and src.pos_ == "NOUN":
                    # "the UN special rapporteur", "the Hamas leader", "the agency's regional coordinator": a
                    # title (any office, after a possessor) whose organisation is its modifier
                    role = self._role_of(src) is not None
                    owner = [index[c.i] for c in src.lefts if c.i in index and (c.dep_ == "poss" or (role and c.dep_ in ("compound", "nmod")))]
                    if owner and owner[0].kind in ("org", "igo"):
                        hit = owner[0]
                if hit is None or hit.kind in ("unresolved",) or hit.key.startswith("UNK:"):
                    continue
                if dst.i in unk and id(unk[dst.i]) not in replaced:
                    m = unk[dst.i]
                    kind = "person" if dst.ent_type_ == "PERSON" else hit.kind
                    replaced[id(m)] = Mention(m.start, m.end, m.entity_text, hit.key, hit.code, hit.sector, m.entity_text, "apposition", kind)
                    continue
                if dst.i in index:
                    # "the Iraqi militia Kataib Hezbollah", "Hamas, the Palestinian militant group": a descriptor
                    # that resolved to an unnamed group of a state is the named organisation it describes
                    d = index[dst.i]
                    if (hit.kind == "org" and d.via in ("demonym", "role", "location") and id(d) not in replaced
                            and dst.pos_ == "NOUN" and d.key.split(".")[0] in reg.entities
                            and reg.entities[d.key.split(".")[0]].kind == "state"):
                        replaced[id(d)] = Mention(d.start, d.end, d.entity_text, hit.key, hit.code, hit.sector, hit.name,
                                                  "apposition", hit.kind, d.plural)
                    elif (hit.kind in ("org", "igo") and src.pos_ == "PROPN" and hit.via in ("registry", "alias") and dst.pos_ == "NOUN"
                          and d.via == "coreference" and d.kind in ("org", "igo") and d.key != hit.key and id(d) not in replaced):
                        # "The African Union mission, AUSSOM, condemned ...": a descriptor read back to the body
                        # that its modifier names is the named body it describes (the modifier then names no party)
                        replaced[id(d)] = Mention(d.start, d.end, d.entity_text, hit.key, hit.code, hit.sector, hit.name,
                                                  "apposition", hit.kind, d.plural)
                        left = dst.left_edge.idx
                        dropped.update(id(m) for m in mentions if m.key == d.key and left <= m.start and m.end <= dst.idx)
                        end = sent_of(dst).end_char  # "... said it stood with": its pronouns in the sentence follow it
                        for m in mentions:
                            if (m.key == d.key and m.via == "coreference" and dst.idx < m.start < end and id(m) not in replaced
                                    and m.entity_text.lower() in SINGULAR_PRONOUNS):
                                replaced[id(m)] = replace(m, key=hit.key, code=hit.code, sector=hit.sector, name=hit.name)
                    continue
                if dst.pos_ == "PROPN" and hit.kind in ("org", "igo") and src.pos_ == "NOUN" and dst.ent_type_ in ("", "PERSON", "NORP"):
                    # "Francesca Albanese, the UN special rapporteur": a name the registry and the NER model
                    # missed, described by a title of an organisation
                    first = dst.i
                    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == dst.i and doc[first - 1].pos_ == "PROPN":
                        first -= 1
                    span = doc[first : dst.i + 1]
                    for i in range(span.start, span.end):
                        for m in mentions:
                            if m.key.startswith("UNK:") and m.start <= doc[i].idx < m.end:
                                dropped.add(id(m))
                    new = Mention(span.start_char, span.end_char, span.text, hit.key, hit.code, hit.sector, span.text, "apposition", "person")
                    added.append(new)
                    for i in range(span.start, span.end):
                        index[i] = new
                    continue
                if dst.pos_ != "NOUN":
                    continue
                lemma = dst.lemma_.lower()
                # "Cindy McCain, the agency's executive director": any office of a possessor that is the same actor
                owned = any(c.dep_ == "poss" and c.i in index and index[c.i].key == hit.key for c in dst.lefts)
                if self._role_of(dst) is None and lemma not in reg.corefs and lemma not in RELATION_PARTICIPLES and not owned:
                    continue
                # the descriptor's own words, left of the head, that name no other actor: "Sahel affiliate", "Hutu militia"
                first = dst.i
                for c in sorted((c for c in dst.lefts if c.dep_ in ("compound", "amod", "nmod")), key=lambda c: -c.i):
                    if c.i == first - 1 and c.i not in index:
                        first = c.i
                span = doc[first : dst.i + 1]
                for i in range(span.start, span.end):
                    if i in unk:
                        dropped.add(id(unk[i]))
                new = Mention(span.start_char, span.end_char, span.text, hit.key, hit.code, hit.sector, hit.name, "apposition", hit.kind, dst.tag_ in ("NNS", "NNPS"))
                added.append(new)
                for i in range(span.start, span.end):
                    index[i] = new
        out = []
        for m in mentions:
            if id(m) in dropped:
                continue
            out.append(replaced.get(id(m), m))
        return out + added
