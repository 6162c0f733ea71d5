"""Actor recognition and resolution, as a spaCy component.

``eventcoder_actors`` finds every actor mention in a parsed Doc and writes
``doc._.actor_mentions`` (a list of :class:`~eventcoder.models.Mention`, in text order) and
``doc._.token_mentions`` (token index -> Mention) for the event coder. Each mention says *why* it
resolved as it did (``via``): registry, alias, demonym, metonym, role, person, coreference, location.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..models import Mention
from .registry import Entity, Registry, get_registry

if not Doc.has_extension("actor_mentions"):
    Doc.set_extension("actor_mentions", default=None)
if not Doc.has_extension("token_mentions"):
    Doc.set_extension("token_mentions", default=None)

# Prepositions that make a place name a location rather than an actor ("clashes in Lebanon").
LOCATIVE_PREPS = frozenset({"in", "inside", "within", "across", "near", "throughout", "around", "into", "outside", "at", "over", "along"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them", "themselves", "theirs"})
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
DEFAULT_GROUP_SECTOR = {"militia": "REB", "militant": "REB", "rebel": "REB", "fighter": "REB", "insurgent": "REB"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


class ActorResolver:
    """Finds and resolves actor mentions in a Doc using the registry."""

    def __init__(self, nlp: Language, actors_files: Iterable[str] = ()) -> None:
        self.registry: Registry = get_registry(tuple(actors_files))
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        reg = self.registry
        groups = {
            "TERM": list(reg.terms),
            "ADJ": list(reg.adjectives),
            "PEOPLE": list(reg.people_nouns),
            "CAPITAL": list(reg.capitals),
        }
        # matched spans are looked up by their tokens, not their text: "al - Qaeda" in a pre-tokenised
        # sentence matches the pattern for "al-Qaeda" but has other spacing
        self.forms: dict[tuple[str, str], str] = {}
        for label, forms in groups.items():
            pats = []
            for f in forms:
                if not f.strip():
                    continue
                d = nlp.make_doc(f)
                self.forms[(label, " ".join(t.text for t in d))] = f
                pats.append(d)
            if pats:
                self.matcher.add(label, pats)
        role_forms = [r for r in reg.roles]
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        if role_forms:
            self.role_matcher.add("ROLE", [nlp.make_doc(r) for r in role_forms])
            # plurals of role nouns ("troops", "militias") are matched on lemma below

    # ------------------------------------------------------------------ helpers
    def _mention(self, span: Span, ent: Entity | None, key: str, via: str, kind: str, sector: str | None = None, plural: bool = False) -> Mention:
        code = ent.code if ent else (key.split(".", 1)[0] if not key.startswith("UNK:") else "UNK")
        sec = sector if sector is not None else (ent.sector if ent else None)
        if "." in key and ":" not in key:
            sec = key.split(".", 1)[1]
        return Mention(
            start=span.start_char,
            end=span.end_char,
            entity_text=span.text,
            key=key,
            code=code,
            sector=sec,
            name=ent.name if ent else None,
            via=via,
            kind=kind,
            plural=plural,
        )

    def _role_of(self, tok: Token) -> tuple[str, str] | None:
        """(role noun, sector) when ``tok`` heads a role noun phrase ("supreme leader", "troops")."""
        reg = self.registry
        cands = []
        # multiword: compound children + head ("foreign minister", "supreme leader", "air force")
        left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
        if left:
            cands.append(f"{left[0].text.lower()} {tok.text.lower()}")
            cands.append(f"{left[0].text.lower()} {tok.lemma_.lower()}")
        cands += [tok.text.lower(), tok.lemma_.lower()]
        for c in cands:
            r = reg.roles.get(c)
            if r:
                return c, r.sector
        return None

    def _is_location(self, span: Span) -> bool:
        head = span.root
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
            return True
        return head.dep_ in ("npadvmod",) and head.ent_type_ in ("GPE", "LOC")

    def _group_for_location(self, span: Span) -> tuple[Token, str] | None:
        """``militias in Iraq`` -> (militias token, 'REB')."""
        head = span.root
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "from", "inside", "across", "of") and head.head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head.head
            role = self._role_of(noun)
            if role and self.registry.roles[role[0]].kind in ("group", "person") and noun.tag_ in ("NNS", "NNPS", "NN"):
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
            while first.dep_ == "conj":
                first = first.head
            return self._group_for_location(first.doc[first.i : first.i + 1])
        return None

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        reg = self.registry
        date = doc.user_data.get("published") if doc.user_data else None
        mentions: list[Mention] = []
        taken: set[int] = set()
        matches = [Span(doc, s, e, label=lab) for lab, s, e in ((doc.vocab.strings[m], s, e) for m, s, e in self.matcher(doc))]
        for span in sorted(filter_spans(matches), key=lambda s: s.start):
            m = self._resolve_span(doc, span, date)
            if m is None:
                continue
            mentions.append(m)
            taken.update(range(doc.char_span(m.start, m.end, alignment_mode="expand").start, doc.char_span(m.start, m.end, alignment_mode="expand").end))
        # named entities the registry does not know
        for ent in doc.ents:
            if any(t.i in taken for t in ent):
                continue
            m = self._resolve_ner(doc, ent, date, mentions)
            if m is not None:
                mentions.append(m)
                taken.update(t.i for t in ent)
        mentions.sort(key=lambda m: m.start)
        mentions = self._corefs(doc, mentions, taken)
        mentions.sort(key=lambda m: m.start)
        doc._.actor_mentions = mentions
        index: dict[int, Mention] = {}
        for m in mentions:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None:
                for t in sp:
                    index.setdefault(t.i, m)
        doc._.token_mentions = index
        return doc

    def _resolve_span(self, doc: Doc, span: Span, date: str | None) -> Mention | None:
        reg = self.registry
        label = span.label_
        text = self.forms.get((label, " ".join(t.text for t in span)), span.text)
        if label == "ADJ":
            country = reg.adjectives[text]
            ent = reg.entity(country)
            root = span.root
            while root.dep_ == "conj" and root.head.pos_ in ("ADJ", "PROPN") and root.head.i < root.i:
                root = root.head  # "Cambodian and Thai troops": Thai shares Cambodian's noun
            head = root.head if root.dep_ in ("amod", "compound", "nmod") else None
            if head is not None and head.i > span.end - 1:
                role = self._role_of(head)
                if role:
                    full = doc[span.start : head.i + 1] if root is span.root else span
                    return self._mention(full, ent, f"{country}.{role[1]}", "demonym", "state", plural=head.tag_ in ("NNS", "NNPS"))
            return self._mention(span, ent, country, "demonym", "state")
        if label == "PEOPLE":
            country = reg.people_nouns[text]
            return self._mention(span, reg.entity(country), f"{country}.CVL", "demonym", "group", plural=True)
        if label == "CAPITAL":
            country = reg.capitals[text]
            if self._is_location(span):
                return None
            return self._mention(span, reg.entity(country), country, "metonym", "state")
        term = reg.terms[text]
        ent = term.entity
        if ent.kind == "person":
            hit = reg.person_key(ent.name, date)
            key = hit[0] if hit else ent.key
            return self._mention(span, ent, key, "person", "person")
        if ent.kind in ("state",):
            group = self._group_for_location(span)
            if group is not None:
                return self._mention(span, ent, f"{ent.key}.{group[1]}", "location", "group", plural=True)
            if self._is_location(span):
                return None
            # "Iran's supreme leader" -> IRN.GOV
            if span.root.dep_ == "poss" and span.root.head.i > span.end - 1:
                role = self._role_of(span.root.head)
                if role:
                    full = doc[span.start : span.root.head.i + 1]
                    return self._mention(full, ent, f"{ent.key}.{role[1]}", "role", "state")
            # "Iran foreign minister", "US troops"
            if span.root.dep_ == "compound" and span.root.head.i > span.end - 1:
                role = self._role_of(span.root.head)
                if role:
                    full = doc[span.start : span.root.head.i + 1]
                    return self._mention(full, ent, f"{ent.key}.{role[1]}", "role", "state")
        if ent.kind == "alliance":
            return self._mention(span, ent, ent.key, term.via, "alliance")
        return self._mention(span, ent, ent.key, term.via, ent.kind if ent.kind != "organ" else "state")

    def _resolve_ner(self, doc: Doc, ent: Span, date: str | None, prior: list[Mention]) -> Mention | None:
        reg = self.registry
        text = ent.text
        if text.startswith("the "):
            text = text[4:]
        if ent.label_ == "PERSON" and len(ent) == 1 and (ent.root.lower_ in reg.roles or ent.root.lower_ in reg.corefs):
            return None  # "the Ayatollah": a title used as a name; coreference resolves it
        if ent.label_ == "PERSON":
            titled = self._titled_person(doc, ent, text, prior)
            if titled is not None:
                return titled
            # "Hamas leader Ismail Haniyeh", "Iranian Foreign Minister X": the title before the name
            for m in reversed(prior):
                if m.end <= ent.start_char and ent.start_char - m.end <= 3 and m.kind in ("state", "org", "igo"):
                    return Mention(ent.start_char, ent.end_char, ent.text, m.key, m.code, m.sector, text, "role", "person")
            # apposition: "Iran's supreme leader, Ayatollah Ali Khamenei"
            if ent.root.dep_ == "appos":
                for m in reversed(prior):
                    sp = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if sp is not None and ent.root.head.i in range(sp.start, sp.end):
                        return Mention(ent.start_char, ent.end_char, ent.text, m.key, m.code, m.sector, text, "apposition", "person")
            # a surname of a known person ("Khamenei")
            last = text.split()[-1] if text.split() else text
            t = reg.terms.get(last)
            if t is not None and t.entity.kind == "person":
                hit = reg.person_key(t.entity.name, date)
                key = hit[0] if hit else t.entity.key
                return Mention(ent.start_char, ent.end_char, ent.text, key, key.split(".")[0], None, t.entity.name, "person", "person")
            return Mention(ent.start_char, ent.end_char, ent.text, f"UNK:{_norm(text)}", "UNK", None, None, "ner", "unresolved")
        if ent.label_ in ("ORG", "NORP"):
            if ent.label_ == "NORP":
                return None
            return Mention(ent.start_char, ent.end_char, ent.text, f"UNK:{_norm(text)}", "UNK", None, None, "ner", "unresolved")
        return None

    def _titled_person(self, doc: Doc, ent: Span, text: str, prior: list[Mention]) -> Mention | None:
        """An unknown person with a title or an apposition: "Japanese Prime Minister Fumio Kishida",
        "Itamar Ben-Gvir, Israel's national security minister", "President Aleksandar Vucic"."""
        index = {}
        for m in prior:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None:
                for t in sp:
                    index.setdefault(t.i, m)
        root = ent.root
        sector = None
        country_m: Mention | None = None
        # title words and modifiers inside the noun phrase, left of the name
        for t in doc[root.left_edge.i : ent.start]:
            role = self._role_of(t)
            if role and self.registry.roles[role[0]].kind == "person":
                sector = role[1]
            if t.i in index and index[t.i].kind in ("state", "org", "igo"):
                country_m = index[t.i]
        # an apposition after the name: ", Israel's national security minister"
        for c in [c for tok in ent for c in tok.children]:
            if c.dep_ == "appos" and c.i >= ent.end:
                for t in c.subtree:
                    if t.i in index and index[t.i].kind in ("state", "org", "igo"):
                        country_m = country_m or index[t.i]
                    role = self._role_of(t)
                    if role and sector is None:
                        sector = role[1]
        if country_m is None and sector is not None:
            # a bare title ("President Aleksandar Vucic said"): the state this sentence is about
            states = [m for m in prior if m.kind == "state" and ent.sent.start_char <= m.start < ent.sent.end_char and "." not in m.key]
            subjects = [m for m in states if (sp := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and sp.root.dep_ in ("nsubj", "nsubjpass")]
            if len(states) == 1:
                country_m = states[0]
            elif len(subjects) == 1:
                country_m = subjects[0]
        if country_m is None:
            return None
        base = country_m.key.split(".")[0]
        key = f"{base}.{sector}" if sector and country_m.kind == "state" else country_m.key
        return Mention(ent.start_char, ent.end_char, ent.text, key, country_m.code, sector or country_m.sector, text, "role", "person")

    def _corefs(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """Pronouns and role nouns ("the group", "the regime", "the supreme leader") -> earlier mentions."""
        reg = self.registry
        out = list(mentions)
        by_start = sorted(mentions, key=lambda m: m.start)
        for tok in doc:
            if tok.i in taken:
                continue
            low = tok.lower_
            ante: Mention | None = None
            sector: str | None = None
            if low in SINGULAR_PRONOUNS or low in PLURAL_PRONOUNS:
                kinds = {"state", "org", "igo", "group"} if low in SINGULAR_PRONOUNS else {"org", "group", "state", "igo"}
                ante = self._nearest(by_start, tok, kinds, prefer_plural=low in PLURAL_PRONOUNS)
            elif low in PERSON_PRONOUNS:
                ante = self._nearest(by_start, tok, {"person"})
            elif tok.pos_ == "NOUN" or tok.pos_ == "PROPN":
                has_det = any(c.lower_ in ("the", "this", "that", "their", "its") for c in tok.lefts)
                if not has_det:
                    continue
                noun = tok.lemma_.lower()
                role = self._role_of(tok)
                if role and reg.roles[role[0]].kind == "person":
                    ante = self._nearest_role(doc, by_start, tok, role[0])
                if ante is None and noun in reg.corefs:
                    kinds = set(reg.corefs[noun])
                    ante = self._nearest(by_start, tok, kinds)
                    if ante is not None and role and ante.kind == "state":
                        sector = role[1]
            if ante is None:
                continue
            key = ante.key
            if sector and ":" not in key:
                key = f"{key.split('.')[0]}.{sector}"
            m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, key, ante.code, sector or ante.sector, ante.name, "coreference", ante.kind, ante.plural)
            out.append(m)
            by_start.append(m)
            by_start.sort(key=lambda x: x.start)
        return out

    @staticmethod
    def _nearest(mentions: list[Mention], tok: Token, kinds: set[str], prefer_plural: bool = False) -> Mention | None:
        doc = tok.doc
        sent_start = tok.sent.start_char
        prev = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else sent_start
        cands = [m for m in mentions if m.end <= tok.idx and m.kind in kinds and m.start >= sent_start - 1500]
        if not cands:
            return None
        if prefer_plural:
            plural = [m for m in cands if m.plural or m.kind in ("org", "group")]
            if plural and plural[-1].start >= sent_start:
                return plural[-1]

        def is_subject(m: Mention) -> bool:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            return sp is not None and sp.root.dep_ in ("nsubj", "nsubjpass")

        # salience: the nearest subject in this or the previous sentence beats a nearer object
        recent_subjects = [m for m in cands if m.start >= prev and is_subject(m)]
        if recent_subjects:
            return recent_subjects[-1]
        return cands[-1]

    def _nearest_role(self, doc: Doc, mentions: list[Mention], tok: Token, role: str) -> Mention | None:
        for m in reversed([m for m in mentions if m.end <= tok.idx]):
            if role in m.entity_text.lower() or (m.kind == "person" and m.name and any(r.role.lower() == role for r in self.registry.person_roles.get(m.name, ()))):
                return m
            if m.kind == "person" and tok.lower_ in m.entity_text.lower():
                return m
        return None


@Language.factory("eventcoder_actors", default_config={"actors_files": []})
def make_actor_resolver(nlp: Language, name: str, actors_files: list[str]) -> ActorResolver:
    return ActorResolver(nlp, actors_files)
