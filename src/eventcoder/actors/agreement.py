"""Antecedent search with agreement: number, animacy, gender and kind, subject salience, and the
noun-phrase checks that keep an anaphor from taking a mention inside its own phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import Mention
from ..nlp import sent_of
from .base import ResolverBase
from .vocab import (
    ACCUSING_VERBS,
    ARMED_SECTORS,
    ATTACK_VERBS,
    ATTACKER_NOUNS,
    IRREGULAR_SECTORS,
    LOCATIVE_PREPS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
)


class AgreementResolver(ResolverBase):
    """Mixin: which earlier mentions an anaphor may take, and the nearest salient one among them."""

    # ------------------------------------------------------------------ agreement
    def _gender(self, m: Mention) -> str | None:
        if m.kind != "person" or not m.name:
            return None
        t = self.registry.terms.get(m.name)
        return t.entity.gender if t is not None and t.entity.kind == "person" else None

    def _plural(self, doc: Doc, m: Mention) -> bool:
        """A plural antecedent: "Iraqi soldiers", "Daesh militants" (an organisation heading a plural noun)."""
        if m.plural:
            return True
        sp = self._span_of(doc, m)
        if sp is None:
            return False
        root = sp.root
        return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= sp.end and root.head.tag_ in ("NNS", "NNPS")

    def _compatible(self, doc: Doc, m: Mention, tok: Token) -> bool:
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            g = self._gender(m)
            return m.kind == "person" and (g is None or g == PERSON_PRONOUNS[low])
        if m.kind not in ("state", "org", "igo", "group") and not (low in PLURAL_PRONOUNS and m.plural and m.kind == "person"):
            return False
        if low in SINGULAR_PRONOUNS:
            return not self._plural(doc, m)
        return self._plural(doc, m) or m.kind in ("org", "group")

    # ------------------------------------------------------------------ nearest antecedent
    def _nearest(
        self,
        doc: Doc,
        mentions: list[Mention],
        tok: Token,
        kinds: set[str],
        prefer_plural: bool = False,
        armed: bool = False,
        noun: str | None = None,
        want_sector: str | None = None,
        exclude_keys: set[str] | frozenset[str] = frozenset(),
        singular: bool = False,
        civil: bool = False,
    ) -> Mention | None:
        reg = self.registry
        sent_start = sent_of(tok).start_char
        prev = sent_of(doc[sent_of(tok).start - 1]).start_char if sent_of(tok).start > 0 else sent_start
        cands = [m for m in mentions if m.end <= tok.idx and m.kind in kinds and m.start >= sent_start - 1500 and m.key not in exclude_keys]
        if tok.lower_ in SINGULAR_PRONOUNS or singular:
            cands = [m for m in cands if not self._plural(doc, m)]
        if tok.lower_ in PERSON_PRONOUNS:
            cands = [m for m in cands if self._compatible(doc, m, tok)]
        if tok.dep_ in ("dobj", "pobj", "dative", "iobj") and tok.lower_ not in ("its", "their", "his", "her"):
            # "police fired at them": an object pronoun is not its own clause's subject
            verb = self._clause(tok)
            subj = [t for s in self._subjects(verb) for t in s.subtree]
            covered = [m for m in cands if self._covers(m, subj)]
            cands = [m for m in cands if m not in covered]
            own = self._accusers(mentions, tok)
            if own:
                cands = [m for m in cands if m.key not in own]
        if noun is not None:
            cands = [m for m in cands if not self._inside_np(doc, m, tok)]
            # "the kingdom", "the Islamic Republic": a state whose names say so, where one is near
            named = [m for m in cands if m.kind == "state" and noun in reg.name_words.get(m.key.split(".", 1)[0], ())]
            if named and noun not in ("state", "country", "nation", "government", "regime", "administration", "authorities"):
                cands = named
        if noun is not None and cands and "state" in kinds and tok.dep_ not in ("nsubj", "nsubjpass", "attr", "appos", "oprd"):
            # round 29: a full noun phrase never takes up a state that is itself the subject of its own clause, which a
            # pronoun would ("Russia objected to the wording on the country's delayed elections": not Russia, "its"
            # would be); a state's organ as the subject leaves the state free ("Mali's junta dissolved the country's
            # main union": Mali's), and a predicate is its subject ("Russia became the first country to ...")
            subj = self._subjects(self._clause(tok))
            if subj:
                cands = [m for m in cands if not (m.kind == "state" and "." not in m.key and self._covers(m, subj))]
        if noun is not None and cands:
            # round 28: "the ministry", "the country" take up a state or its organ, never a company named since ("Angola's
            # exports fell as Chevron shut two platforms, the oil ministry said": Angola's ministry)
            cands = [m for m in cands if m.sector != "BUS" or m.kind != "state"]
        if armed:
            cands = [m for m in cands if m.kind != "org" or (e.sector if (e := reg.entities.get(m.key)) is not None else m.sector) in ARMED_SECTORS]
            # "gunmen who crossed from Afghanistan ... the attackers": an unnamed group is taken back only when it is an
            # armed one no state commands (soldiers or the victims named between are not "the attackers")
            cands = [m for m in cands if m.kind != "group" or m.sector in IRREGULAR_SECTORS]
        if civil:
            # "the charity", "the rights group": an unarmed body is taken back past any armed organisation named since
            cands = [m for m in cands if m.kind != "org" or (e := reg.entities.get(m.key)) is None or e.sector not in ARMED_SECTORS]
        if want_sector is not None:
            holding = [m for m in cands if m.kind == "person" and m.key.rpartition(".")[2] == want_sector]
            if holding:
                cands = holding  # "the new premier": who holds the office now, not the one who lost it
        if singular and noun is not None and len(cands) > 1:
            # "the junta", "the regime": the governing body of a state the story follows, not of one a relative clause
            # names in passing ("rebels overran a river port that Thailand helped to dredge ... the junta ordered a curfew")
            background = [m for m in cands if self._in_relative_clause(doc, m)]
            if background and len(background) < len(cands):
                cands = [m for m in cands if m not in background]
        if not cands:
            return None
        if prefer_plural:
            tiers = (
                [m for m in cands if m.start >= sent_start and self._plural(doc, m)],
                [m for m in cands if m.start >= sent_start and m.kind in ("org", "group")],
                [m for m in cands if prev <= m.start < sent_start and self._plural(doc, m)],
            )
            for tier in tiers:
                if tier:
                    cands = tier
                    break

        if noun in ATTACKER_NOUNS:
            # "insurgents beheaded 11 villagers ... troops tracked down the attackers": who attacked, before who spoke
            struck = [m for m in cands if self._attacked(doc, m)]
            if struck:
                return struck[-1]
        # salience: the nearest subject in this or the previous sentence beats a nearer object, and any
        # actor beats one named as a place ("filed a case against the UAE at the ICJ, accusing it")
        if len(cands) > 1:
            placed = [m for m in cands if m.start >= prev and self._in_place_phrase(doc, m)]
            if placed and len(placed) < len(cands):
                cands = [m for m in cands if m not in placed]
        recent_subjects = [m for m in cands if m.start >= prev and self._is_subject(doc, m)]
        if recent_subjects:
            return recent_subjects[-1]
        return cands[-1]

    def _in_relative_clause(self, doc: Doc, m: Mention) -> bool:
        """Is the mention a subject inside a relative clause ("a dam that Japan financed", "the pass, where
        Peru keeps a customs post")?"""
        sp = self._span_of(doc, m)
        if sp is None:
            return False
        root = self._np_root(sp)
        return root.dep_ in ("nsubj", "nsubjpass") and any(a.dep_ == "relcl" for a in root.ancestors)

    def _accusers(self, mentions: list[Mention], tok: Token) -> set[str]:
        """The keys of the subject of a verb of blaming whose object noun ``tok`` is: "the ANC's secretary-general accused
        the party of ...": the body accused is not the accuser's own (a pronoun may be: "accused it of lying")."""
        if tok.pos_ == "PRON" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ACCUSING_VERBS:
            return set()
        subj = {t.i for s in self._subjects(tok.head) for t in s.subtree}
        verb = tok.head
        if verb.dep_ == "relcl" and subj and all(tok.doc[i].tag_ in ("WDT", "WP") for i in subj):
            # "the French group Orano, which has accused the junta": the relative pronoun stands for the noun
            # phrase the clause hangs on (its words before the clause)
            subj = set(range(verb.head.left_edge.i, verb.head.i + 1))
        if not subj:
            return set()
        lo, hi = tok.doc[min(subj)].idx, tok.doc[max(subj)].idx + len(tok.doc[max(subj)].text)
        return {m.key for m in mentions if lo <= m.start and m.end <= hi}

    def _attacked(self, doc: Doc, m: Mention) -> bool:
        """Whether ``m`` is the subject of a verb of attacking ("Gunmen who crossed from Afghanistan attacked a post")."""
        sp = self._span_of(doc, m)
        if sp is None:
            return False
        root = self._np_root(sp)
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in ATTACK_VERBS

    def _in_place_phrase(self, doc: Doc, m: Mention) -> bool:
        sp = self._span_of(doc, m)
        if sp is None:
            return False
        root = self._np_root(sp)
        return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS

    def _inside_np(self, doc: Doc, m: Mention, tok: Token) -> bool:
        """Whether ``m`` is part of the anaphor's own noun phrase ("the al-Qaeda-linked group") or
        contains it through a preposition or a possessive ("Trump, an ally of the far-right leader")."""
        sp = self._span_of(doc, m)
        if sp is None:
            return False
        if tok.left_edge.i <= sp.start and sp.end - 1 <= tok.i:
            return True
        t = tok
        crossed = False
        for _ in range(8):
            if t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.i != tok.i:
                return False
            crossed = crossed or t.dep_ in ("pobj", "poss")
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return False
            # "China and Russia, the junta's main backers": a phrase in apposition to a coordination is inside each
            if crossed and any(sp.start <= c.i < sp.end for c in (t, *t.conjuncts)):
                return True
        return False
