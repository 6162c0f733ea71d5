"""Coreference within an article: pronouns, role nouns and possessed nouns resolved to earlier actors.

``CorefResolver`` is a mixin of :class:`~eventcoder.actors.resolve.ActorResolver` (which provides
``registry`` and the role helpers): number, animacy and kind agreement, subject salience, possessors.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..models import Mention
from .registry import Entity, Registry

if not Doc.has_extension("actor_mentions"):
    Doc.set_extension("actor_mentions", default=None)
if not Doc.has_extension("token_mentions"):
    Doc.set_extension("token_mentions", default=None)

# Prepositions that make a place name a location rather than an actor ("clashes in Lebanon").
from .vocab import (
    ACTOR_OBJECT_VERBS,
    ARMED_NOUNS,
    ARMED_SECTORS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
)


class CorefResolver:
    """Mixin: the coreference half of the actor resolver."""

    registry: Registry  # provided by ActorResolver

    if TYPE_CHECKING:

        def _role_of(self, tok: Token) -> tuple[str, str] | None: ...

        def _mention(
            self, span: Span, ent: Entity | None, key: str, via: str, kind: str, sector: str | None = None, plural: bool = False
        ) -> Mention: ...

    def _corefs(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """Pronouns and role nouns ("the group", "the regime", "the supreme leader") -> earlier mentions;
        a possessed role noun takes its owner's key ("his government", "its armed wing")."""
        reg = self.registry
        out = list(mentions)
        by_start = sorted(mentions, key=lambda m: m.start)

        def add(m: Mention, toks: range) -> None:
            out.append(m)
            by_start.append(m)
            by_start.sort(key=lambda x: x.start)
            taken.update(toks)

        for tok in doc:
            if tok.i in taken:
                continue
            low = tok.lower_
            ante: Mention | None = None
            sector: str | None = None
            if low in PLURAL_PRONOUNS:
                ante = self._coordinated_subject(by_start, tok)  # "Modi and Xi held their first talks"
            if ante is not None:
                pass
            elif low == "it" and tok.dep_ in ("dobj", "pobj") and tok.head.lemma_.lower() not in ACTOR_OBJECT_VERBS:
                continue  # "denied it", "called it a violation", "to discuss it": an object "it" is mostly a thing said or done
            elif low in SINGULAR_PRONOUNS or low in PLURAL_PRONOUNS:
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
                if ante is None and ((role and reg.roles[role[0]].kind == "body") or set(reg.corefs.get(noun, ())) & {"org", "igo"}):
                    ante = self._named_like(by_start, tok, noun)  # "the International Criminal Court ... the court"
                if ante is None and noun in reg.corefs:
                    kinds = set(reg.corefs[noun])
                    armed = noun in ARMED_NOUNS or low in ARMED_NOUNS
                    ante = self._nearest(by_start, tok, kinds, armed=armed)
                    if ante is not None and role and ante.kind == "state":
                        sector = role[1]
            if ante is None:
                continue
            key = ante.key
            if sector and ":" not in key:
                key = f"{key.split('.')[0]}.{sector}"
            m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, key, ante.code, sector or ante.sector, ante.name, "coreference", ante.kind, ante.plural)
            add(m, range(tok.i, tok.i + 1))
            if tok.dep_ == "poss" and low in ("his", "her", "its", "their") and tok.head.i not in taken:
                owned = self._possessed(tok.head, m)
                if owned is not None:
                    add(owned[0], owned[1])
        return out

    @staticmethod
    def _coordinated_subject(mentions: list[Mention], tok: Token) -> Mention | None:
        """The first of coordinated subjects of the pronoun's clause ("Modi and Xi ... their")."""
        verb = tok.head
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for s in verb.children:
            if s.dep_ in ("nsubj", "nsubjpass") and s.i < tok.i and any(c.dep_ == "conj" for c in s.children):
                for m in mentions:
                    if m.start <= s.idx < m.end and m.kind in ("person", "state", "org", "igo", "group"):
                        return m
        return None

    def _possessed(self, noun: Token, owner: Mention) -> tuple[Mention, range] | None:
        """"his government" (the person's state + GOV), "his soldiers", "his country", "its armed wing", "his movement"."""
        reg = self.registry
        doc = noun.doc
        base = owner.key.split(".", 1)[0]
        is_state = base in reg.entities and reg.entities[base].kind == "state"
        lemma = noun.lemma_.lower()
        start = noun.i
        key: str | None = None
        if lemma == "wing":
            mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
            if not is_state:
                key = f"{base}.MIL" if mods & {"armed", "military"} else owner.key
                start = min([c.i for c in noun.children if c.dep_ in ("amod", "compound")] + [noun.i])
        elif lemma in reg.corefs or noun.lower_ in reg.corefs:
            refers = set(reg.corefs.get(lemma) or reg.corefs.get(noun.lower_) or ())
            role = self._role_of(noun)
            if "state" in refers and is_state:
                key = f"{base}.{role[1]}" if role else base
            elif refers & {"org", "igo"} and not is_state:
                key = owner.key
        else:
            role = self._role_of(noun)
            if role is not None:
                if is_state:
                    key = f"{base}.{role[1]}"
                elif owner.kind in ("org", "person"):
                    key = owner.key
                if role[0].count(" ") and noun.i > 0:
                    start = noun.i - role[0].count(" ")
        if key is None:
            return None
        span = doc[start : noun.i + 1]
        ent = reg.entity(key)
        return self._mention(span, ent, key, "coreference", owner.kind if owner.kind != "person" else ("state" if is_state else "org"), plural=noun.tag_ in ("NNS", "NNPS")), range(start, noun.i + 1)

    @staticmethod
    def _named_like(mentions: list[Mention], tok: Token, noun: str) -> Mention | None:
        """The nearest earlier organisation or body whose name has this noun ("the court" -> the ICC)."""
        for m in reversed([m for m in mentions if m.end <= tok.idx and m.start >= tok.sent.start_char - 1500]):
            if m.kind in ("org", "igo", "state") and not m.key.startswith("UNK:"):
                words = re.findall(r"[a-z]+", f"{m.name or ''} {m.entity_text}".lower())
                if noun in words or tok.lower_ in words:
                    return m
        return None

    def _appositions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Unknown people resolved once coreference has keyed their title: "its military spokesman, Yahya Saree"."""
        index: dict[int, Mention] = {}
        for m in mentions:
            if m.key.startswith("UNK:"):
                continue
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None:
                for t in sp:
                    index.setdefault(t.i, m)
        out = []
        for m in mentions:
            if m.key.startswith("UNK:") and m.via == "ner":
                sp = doc.char_span(m.start, m.end, alignment_mode="expand")
                if sp is not None and sp.root.ent_type_ == "PERSON":
                    root = sp.root
                    near = [root.head] if root.dep_ == "appos" else []
                    near += [c for c in root.children if c.dep_ == "appos"]
                    hit = next((index[t.i] for t in near if t.i in index and index[t.i].kind != "unresolved"), None)
                    if hit is not None:
                        m = Mention(m.start, m.end, m.entity_text, hit.key, hit.code, hit.sector, m.entity_text, "apposition", "person")
            out.append(m)
        return out

    def _nearest(self, mentions: list[Mention], tok: Token, kinds: set[str], prefer_plural: bool = False, armed: bool = False) -> Mention | None:
        doc = tok.doc
        sent_start = tok.sent.start_char
        prev = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else sent_start
        cands = [m for m in mentions if m.end <= tok.idx and m.kind in kinds and m.start >= sent_start - 1500]
        if tok.lower_ in SINGULAR_PRONOUNS:
            cands = [m for m in cands if not (m.plural and m.kind == "group")]
        if tok.dep_ in ("dobj", "pobj", "dative", "iobj") and tok.lower_ not in ("its", "their", "his", "her"):
            # "police fired at them": an object pronoun is not its own clause's subject
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            cands = [m for m in cands if not any(m.start <= s.idx < m.end for s in subj)]
        if armed:
            reg = self.registry
            cands = [m for m in cands if m.kind != "org" or (reg.entities.get(m.key).sector if m.key in reg.entities else m.sector) in ARMED_SECTORS]
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
