"""Pronoun antecedents: reflexives, cataphora ("In his speech, X said"), the accused who denies, the
victim of a killing, complement clauses ("warned Iran that it ..."), coordinated antecedents for
plurals ("X and Y ... their"), else the nearest agreeing mention."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import Mention
from ..nlp import char_span, sent_of
from .agreement import AgreementResolver
from .base import ACTOR_KINDS, SUBJ_DEPS
from .vocab import (
    ACCUSE_VERBS,
    AUTHORITY_SECTORS,
    DEATH_NOUNS,
    DEFIANCE_VERBS,
    DENY_VERBS,
    KILL_VERBS,
    PARTY_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    REASON_MARKS,
)


def members_at(m: Mention, members: list[Mention], sector: str | None) -> list[Mention]:
    """The members a plural anaphor ``m`` stands for, each as a mention at the anaphor: with the anaphor's sector
    where it names one ("the two governments": GOV), the bare state where it names none (""), and once each."""
    out: list[Mention] = []
    for x in members:
        key = x.key
        if sector and ":" not in key:
            key = f"{key.split('.')[0]}.{sector}"
        elif sector == "" and ":" not in key:
            key = key.split(".")[0]
        if all(y.key != key for y in out):
            out.append(Mention(m.start, m.end, m.entity_text, key, x.code, sector or x.sector, x.name, "coreference", x.kind, m.plural))
    return out


class PronounResolver(AgreementResolver):
    """Mixin: the antecedent of a personal or possessive pronoun."""

    # ------------------------------------------------------------------ pronouns
    def _pronoun(self, doc: Doc, mentions: list[Mention], coords: list[Mention], tok: Token, singular_keys: set[str]) -> Mention | None:
        low = tok.lower_
        person = low in PERSON_PRONOUNS
        plural = low in PLURAL_PRONOUNS
        before = [m for m in mentions if m.end <= tok.idx]
        if plural:
            ante = self._coordinated_subject(mentions, tok)  # "Modi and Xi held their first talks"
            if ante is not None:
                return ante
            if tok.dep_ == "poss" and tok.head.lemma_.lower() in PARTY_NOUNS:
                # "barred X and ex-President Y, and their parties called ...": the parties of the people named together
                start = sent_of(tok).start_char
                people = [c for c in coords if start <= c.start and c.end <= tok.idx and c.kind == "person"]
                if people:
                    return people[-1]
            before = before + [c for c in coords if c.end <= tok.idx]
            before.sort(key=lambda m: m.start)
        ante = self._reflexive(doc, before, tok) if low.endswith(("self", "selves")) else None
        if ante is None and tok.dep_ == "poss":
            ante = self._conjunct_owner(before, tok, person)
        if ante is None:
            ante = self._cataphor(doc, mentions + (coords if plural else []), tok)
        if ante is None:
            ante = self._accused(doc, before, tok)
        if ante is None and person and tok.dep_ == "poss" and tok.head.lemma_.lower() in DEATH_NOUNS:
            ante = self._victim(doc, before, tok)
        if ante is None:
            ante = self._complement_subject(doc, before, tok)
        if ante is None and plural:
            ante = self._defiant_object(doc, before, tok)
        if ante is None and low in ("it", "its"):
            ante = self._last_main_subject(doc, before, tok)
        if ante is not None:
            return ante
        kinds = {"person"} if person else {"state", "org", "igo", "group"}
        exclude = singular_keys if plural else set()
        ante = self._nearest(doc, before, tok, kinds, prefer_plural=plural, exclude_keys=exclude)
        for _ in range(3):
            # "Mali, Burkina Faso and Niger quit ECOWAS after accusing it": a singular "it" is no member of a
            # coordination it stands outside of ("the US and its allies", with the pronoun inside, keeps the US)
            if ante is None or plural or person or not self._coordinated_apart(doc, ante, tok):
                break
            before = [m for m in before if m is not ante]
            ante = self._nearest(doc, before, tok, kinds, prefer_plural=plural, exclude_keys=exclude)
        return ante

    @staticmethod
    def _conjunct_owner(before: list[Mention], tok: Token, person: bool) -> Mention | None:
        """Session 21. A possessive whose noun is the second conjunct of a named party is that party's ("Iran and
        its ally, Hezbollah", "the army and its militias", "the president and his aides"): the first conjunct, where
        it is a party of the pronoun's kind named just before."""
        noun = tok.head
        if noun.dep_ != "conj" or noun.head.i >= tok.i or tok.i - noun.head.i > 4:
            return None
        first = noun.head
        for m in reversed(before):
            if m.start <= first.idx < m.end:
                if (m.kind == "person") == person and m.kind in ACTOR_KINDS:
                    return m
                return None
        return None

    def _last_main_subject(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """Round 43: "The IAEA said Iran had raised its stockpile. Its director general urged ...": an "It"/"Its"
        opening a sentence takes the subject of the sentence before's main verb, an organisation or a state that
        agrees, over a nearer mention inside that sentence's reported clause or phrases; None where that subject is
        a person, a plural or no mention."""
        sent = sent_of(tok)
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.i != tok.i or sent.start == 0:
            return None
        prev = sent_of(doc[sent.start - 1])
        subj = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1 or subj[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj[0].children):
            return None
        for m in reversed(mentions):
            if m.start < prev.start_char:
                break
            sp = self._span_of(doc, m)
            if sp is not None and self._np_root(sp).i == subj[0].i:
                if m.kind in ("org", "igo", "state") and not m.plural and self._compatible(doc, m, tok):
                    return m
                return None
        return None

    @staticmethod
    def _coordinated_apart(doc: Doc, m: Mention, tok: Token) -> bool:
        """Is the mention a member of a coordination ("Mali, Burkina Faso and Niger") that ``tok`` is outside of?"""
        sp = char_span(doc, m.start, m.end)
        if sp is None:
            return False
        root = sp.root
        # (a list may be parsed as appositions: "Mali, Burkina Faso and Niger")
        listed = any(c.dep_ == "conj" or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)) for c in root.children)
        if not (root.dep_ == "conj" or listed):
            return False
        head = root
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head
        return not head.left_edge.i <= tok.i <= head.right_edge.i

    def _reflexive(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """"gunmen ... barricaded themselves": a reflexive takes its own clause's subject."""
        subj = self._subjects(self._clause(tok))
        for m in reversed(mentions):
            sp = self._span_of(doc, m)
            if sp is not None and subj and self._np_root(sp).i == subj[0].i and self._compatible(doc, m, tok):
                return m
        return None

    def _cataphor(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """"On his first day back, President Donald Trump signed ...": a pronoun in a fronted phrase
        refers to the subject of the main clause when that agrees with it."""
        root = sent_of(tok).root
        subj = [c for c in root.children if c.dep_ in SUBJ_DEPS and c.i > tok.i]
        if not subj or tok.dep_ not in ("poss", "nsubj"):
            return None
        front = [c for c in root.children if c.i < subj[0].i and c.dep_ in ("prep", "advcl", "npadvmod") and c.left_edge.i <= tok.i <= c.right_edge.i]
        if not front:
            return None
        # (session 21: a fronted clause with its own subject before the pronoun keeps the pronoun: "While Hamas has
        # called on its allies ..., Iran stated" -> Hamas's allies, read by the later rules)
        own = [c for c in self._clause(tok).children if c.dep_ in SUBJ_DEPS and c.i < tok.i]
        if own and front[0].dep_ == "advcl":
            return None
        for m in mentions:
            sp = self._span_of(doc, m)
            if sp is not None and (sp.start <= subj[0].i < sp.end or self._np_root(sp).i == subj[0].i) and self._compatible(doc, m, tok):
                return m
        return None

    def _accused(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """"Russia accused Ukraine of ..., but it denied the charge": the accused denies."""
        if tok.dep_ not in SUBJ_DEPS or tok.head.lemma_.lower() not in DENY_VERBS:
            return None
        start = sent_of(tok.doc[sent_of(tok).start - 1]).start if sent_of(tok).start > 0 else sent_of(tok).start
        for v in reversed(tok.doc[start : tok.i]):
            if v.pos_ == "VERB" and v.lemma_.lower() in ACCUSE_VERBS:
                objs = [c for c in v.children if c.dep_ == "dobj"]
                for m in reversed(mentions):
                    if objs and self._covers(m, objs) and self._compatible(doc, m, tok):
                        return m
        return None

    def _victim(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """"Israeli troops killed Yahya Sinwar ... Netanyahu said his death ...": the one killed."""
        start = sent_of(tok.doc[sent_of(tok).start - 1]).start if sent_of(tok).start > 0 else sent_of(tok).start
        for m in reversed(mentions):
            if m.kind != "person" or m.start < tok.doc[start].idx or not self._compatible(doc, m, tok):
                continue
            sp = self._span_of(doc, m)
            if sp is None:
                continue
            root = self._np_root(sp)
            verb = root.head
            if verb.lemma_.lower() in KILL_VERBS and (root.dep_ == "dobj" or (root.dep_ == "nsubjpass")):
                return m
        return None

    def _complement_subject(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """A pronoun subject of a complement clause: "Hamas said it would ..." (the speaker),
        "Trump warned Iran that it ..." (the addressee when the speaker does not agree)."""
        t = tok
        while t.dep_ not in SUBJ_DEPS and t.dep_ in ("poss", "pobj", "prep", "compound", "amod") and t.head.i != t.i and t.head.pos_ not in ("VERB", "AUX"):
            t = t.head
        if t.dep_ not in SUBJ_DEPS:
            return None
        clause = t.head
        if clause.dep_ != "ccomp" or clause.head.i > tok.i:
            return None
        verb = clause.head
        subj = self._subjects(verb)
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        for group in (subj, objs):
            if not group:
                continue
            for m in reversed(mentions):
                if self._covers(m, group) and (sp := self._span_of(doc, m)) is not None and self._np_root(sp).i in {g.i for g in group}:
                    if self._compatible(doc, m, tok):
                        return m
        return None

    def _defiant_object(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """"Police detained 14 students after they blocked a courthouse": the subject of a reason clause (after,
        because, when) whose verb is an act of protest or violence refers to the object the authority acted on,
        not to the authority ("police detained students after they received a tip" keeps the police)."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.lemma_.lower() not in DEFIANCE_VERBS:
            return None
        if not any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in verb.children):
            return None
        main = verb.head
        subj = self._subjects(main)
        objs = [c for c in main.children if c.dep_ == "dobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not subj or not objs:  # ("dozens of teachers": the people counted)
            return None
        actor = next((m for m in reversed(mentions) if self._covers(m, subj)), None)
        if actor is None or actor.key.partition(".")[2] not in AUTHORITY_SECTORS:
            return None
        for m in reversed(mentions):
            sp = self._span_of(doc, m)
            if sp is not None and self._np_root(sp).i in {o.i for o in objs} and self._compatible(doc, m, tok):
                return m
        return None

    @staticmethod
    def _members(mentions: list[Mention], coords: list[Mention], ante: Mention, m: Mention, sector: str | None) -> list[Mention]:
        """The members of the coordination a plural anaphor's antecedent heads ("the United States and the
        Philippines ... their"), each as a mention at the anaphor (with its sector: "the two governments")."""
        coord = next((c for c in coords if c.start <= ante.start and ante.end <= c.end), None)
        if coord is None:
            return []
        return members_at(m, [x for x in mentions if coord.start <= x.start and x.end <= coord.end and x.kind in ACTOR_KINDS
                              and not x.key.startswith("UNK:")], sector)

    @staticmethod
    def _coordinated_subject(mentions: list[Mention], tok: Token) -> Mention | None:
        """The first of coordinated subjects of the pronoun's clause ("Modi and Xi ... their")."""
        verb = tok.head
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for s in verb.children:
            if s.dep_ in SUBJ_DEPS and s.i < tok.i and any(c.dep_ == "conj" for c in s.children):
                for m in mentions:
                    if m.start <= s.idx < m.end and m.kind in ACTOR_KINDS:
                        return m
        return None
