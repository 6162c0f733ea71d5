"""Coreference within an article: pronouns, role nouns and possessed nouns resolved to earlier actors.

``CorefResolver`` is a mixin of :class:`~eventcoder.actors.resolve.ActorResolver` (which provides
``registry`` and the role helpers): number, animacy, gender and kind agreement, subject salience,
complement clauses ("warned Iran that it ..."), cataphora ("In his speech, X said"), coordinated
antecedents for plurals ("X and Y ... their"), possessors and appositions.
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
# token -> every member a plural pronoun stands for ("Britain and France ... their": both), beyond the one
# mention ``token_mentions`` keeps for it
if not Doc.has_extension("coref_members"):
    Doc.set_extension("coref_members", default=None)

from .vocab import (
    ACCUSE_VERBS,
    ACTOR_OBJECT_VERBS,
    ARMED_NOUNS,
    ARMED_SECTORS,
    DEATH_NOUNS,
    DENY_VERBS,
    KILL_VERBS,
    LOCATIVE_PREPS,
    NAMING_VERBS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATION_PARTICIPLES,
    SINGULAR_PRONOUNS,
)

ACTOR_KINDS = ("person", "state", "org", "igo", "group")
SUBJ_DEPS = ("nsubj", "nsubjpass")


class CorefResolver:
    """Mixin: the coreference half of the actor resolver."""

    registry: Registry  # provided by ActorResolver

    if TYPE_CHECKING:

        def _role_of(self, tok: Token) -> tuple[str, str] | None: ...

        def _mention(
            self, span: Span, ent: Entity | None, key: str, via: str, kind: str, sector: str | None = None, plural: bool = False
        ) -> Mention: ...

    # ------------------------------------------------------------------ syntax helpers
    @staticmethod
    def _span_of(doc: Doc, m: Mention) -> Span | None:
        return doc.char_span(m.start, m.end, alignment_mode="expand")

    @staticmethod
    def _np_root(sp: Span) -> Token:
        """The head of the noun phrase a mention stands in: "ELN" in "ELN fighters" -> fighters."""
        root = sp.root
        for _ in range(2):
            if root.dep_ in ("compound", "amod", "nmod") and not (sp.start <= root.head.i < sp.end) and root.head.i > root.i:
                root = root.head
        while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head  # "Burns and Barnea met": the first conjunct carries the relation
        return root

    def _is_subject(self, doc: Doc, m: Mention) -> bool:
        sp = self._span_of(doc, m)
        return sp is not None and self._np_root(sp).dep_ in SUBJ_DEPS

    @staticmethod
    def _clause(tok: Token) -> Token:
        """The verb (or clause head) governing ``tok``."""
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.dep_ != "ROOT" and v.head.i != v.i:
            v = v.head
        return v

    @staticmethod
    def _subjects(verb: Token) -> list[Token]:
        """Subjects of a verb, inherited through conjoined, open-complement and adverbial clauses
        ("Sudan filed a case ..., accusing it": the subject of "accusing" is Sudan)."""
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in SUBJ_DEPS]
            if subj or v.dep_ not in ("conj", "xcomp", "advcl") or v.head.i == v.i:
                return subj
            v = v.head
        return []

    @staticmethod
    def _covers(m: Mention, toks: list[Token]) -> bool:
        return any(m.start <= t.idx < m.end for t in toks)

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

    def _role_words(self) -> frozenset[str]:
        """Every word of a role noun ("foreign", "minister"): titles between coordinated names."""
        words = getattr(self, "_role_word_set", None)
        if words is None:
            words = frozenset(w for r in self.registry.roles for w in r.split())
            self._role_word_set = words
        return words

    def _coordinations(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Coordinated actors as one plural antecedent ("Raisi and Foreign Minister Amir-Abdollahian",
        "Britain, France and Germany"), keyed by the first: a mention spanning first to last."""
        ms = sorted((m for m in mentions if m.kind in ACTOR_KINDS and not m.key.startswith("UNK:")), key=lambda m: m.start)
        out: list[Mention] = []
        i = 0
        while i < len(ms):
            j = i
            saw_and = False
            while j + 1 < len(ms):
                a, b = ms[j], ms[j + 1]
                sa, sb = self._span_of(doc, a), self._span_of(doc, b)
                if sa is None or sb is None or sb.start < sa.end:
                    break
                between = doc[sa.end : sb.start]
                ok = len(between) > 0 and all(
                    t.lower_ in ("and", ",", "&") or (t.is_title and t.lower_ in self._role_words()) or t.dep_ == "det" for t in between
                )
                if not ok or not any(t.lower_ in ("and", ",", "&") for t in between):
                    break
                saw_and = saw_and or any(t.lower_ in ("and", "&") for t in between)
                j += 1
                if saw_and:
                    break
            if j > i and saw_and:
                first, last = ms[i], ms[j]
                out.append(Mention(first.start, last.end, doc.text[first.start : last.end], first.key, first.code, first.sector, first.name, first.via, first.kind, True))
                i = j + 1
            else:
                i += 1
        return out

    # ------------------------------------------------------------------ main pass
    def _corefs(self, doc: Doc, mentions: list[Mention], taken: set[int], home: str | None = None) -> list[Mention]:
        """Pronouns and role nouns ("the group", "the regime", "the supreme leader") -> earlier mentions;
        a possessed role noun takes its owner's key ("his government", "its armed wing"). "The country" with
        no state named before it is the article's country (``home``, places included: "Gangs in
        Port-au-Prince attacked the country's main prison")."""
        reg = self.registry
        out = list(mentions)
        by_start = sorted(mentions, key=lambda m: m.start)
        coords = self._coordinations(doc, mentions)
        singular_keys: dict[int, set[str]] = {}  # sentence start -> keys taken by "it"/"its" there

        def add(m: Mention, toks: range) -> None:
            out.append(m)
            by_start.append(m)
            by_start.sort(key=lambda x: x.start)
            taken.update(toks)

        # "the agency's executive director", "Hamas's leader": a role owned by a named organisation
        for m in list(mentions):
            if m.kind in ("org", "igo") and not m.key.startswith("UNK:"):
                sp = self._span_of(doc, m)
                if sp is not None and sp.root.dep_ == "poss" and sp.root.head.i >= sp.end and sp.root.head.i not in taken:
                    owned = self._possessed(sp.root.head, m)
                    if owned is not None and owned[0].start >= m.end:
                        add(owned[0], owned[1])

        for tok in doc:
            if tok.i in taken:
                continue
            low = tok.lower_
            ante: Mention | None = None
            sector: str | None = None
            fixed: str | None = None
            if low in PLURAL_PRONOUNS or low in SINGULAR_PRONOUNS or low in PERSON_PRONOUNS:
                if low == "it" and tok.dep_ in ("dobj", "pobj") and tok.head.lemma_.lower() not in ACTOR_OBJECT_VERBS:
                    continue  # "denied it", "called it a violation", "to discuss it": an object "it" is mostly a thing said or done
                ante = self._pronoun(doc, by_start, coords, tok, singular_keys.get(tok.sent.start_char, set()))
                if ante is not None and low in SINGULAR_PRONOUNS:
                    singular_keys.setdefault(tok.sent.start_char, set()).add(ante.key)
            elif tok.pos_ == "NOUN" or tok.pos_ == "PROPN":
                has_det = any(c.lower_ in ("the", "this", "that", "these", "those", "their", "its") for c in tok.lefts)
                if not has_det:
                    continue
                noun = tok.lemma_.lower()
                if noun not in reg.corefs and low in reg.corefs:
                    noun = low  # "powers": listed as a plural
                role = self._role_of(tok)
                plural_noun = tok.tag_ in ("NNS", "NNPS")
                if role and reg.roles[role[0]].country:
                    r = reg.roles[role[0]]
                    fixed = f"{r.country}.{r.sector}"  # "the pontiff": the Holy See's, whoever was named before
                elif role and reg.roles[role[0]].kind == "person":
                    ante = self._nearest_role(doc, by_start, tok, role[0])
                if fixed is None and ante is None and ((role and reg.roles[role[0]].kind == "body") or set(reg.corefs.get(noun, ())) & {"org", "igo"}):
                    ante = self._named_like(by_start, tok, noun)  # "the International Criminal Court ... the court"
                if fixed is None and ante is None and noun in reg.corefs:
                    kinds = set(reg.corefs[noun])
                    armed = noun in ARMED_NOUNS or low in ARMED_NOUNS
                    if plural_noun and kinds == {"state"}:
                        ante = self._plural_states(doc, by_start, coords, tok)  # "the three countries"
                    else:
                        want_sector = reg.roles[role[0]].sector if role and reg.roles[role[0]].kind == "person" else None
                        ante = self._nearest(doc, by_start, tok, kinds, armed=armed, noun=noun, want_sector=want_sector)
                    if ante is not None and role and ante.kind == "state":
                        sector = role[1]
                    elif ante is not None and "state" in kinds and ante.kind == "state" and not role:
                        sector = ""  # "the country", "the kingdom": the state itself, not the organ named before
                    if (ante is None and home is not None and kinds == {"state"} and not role and not plural_noun
                            and any(c.lower_ == "the" for c in tok.lefts) and home in reg.entities):
                        ent = reg.entity(home)
                        add(self._mention(doc[tok.i : tok.i + 1], ent, home, "coreference", "state"), range(tok.i, tok.i + 1))
                        continue
            if fixed is not None:
                ent = reg.entity(fixed)
                m = self._mention(doc[tok.i : tok.i + 1], ent, fixed, "coreference", "person")
                add(m, range(tok.i, tok.i + 1))
                continue
            if ante is None:
                continue
            key = ante.key
            if sector and ":" not in key:
                key = f"{key.split('.')[0]}.{sector}"
            elif sector == "" and ":" not in key:
                key = key.split(".")[0]
            plural = ante.plural if tok.pos_ == "PRON" else tok.tag_ in ("NNS", "NNPS")
            m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, key, ante.code, sector or ante.sector, ante.name, "coreference", ante.kind, plural)
            add(m, range(tok.i, tok.i + 1))
            if low in PLURAL_PRONOUNS or (tok.pos_ != "PRON" and plural):
                members = self._members(mentions, coords, ante, m, sector)
                if len(members) > 1:
                    if doc._.coref_members is None:
                        doc._.coref_members = {}
                    doc._.coref_members[tok.i] = members
            if tok.dep_ == "poss" and low in ("his", "her", "its", "their") and tok.head.i not in taken:
                owned = self._possessed(tok.head, m)
                if owned is not None:
                    add(owned[0], owned[1])
        return out

    # ------------------------------------------------------------------ pronouns
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

    def _pronoun(self, doc: Doc, mentions: list[Mention], coords: list[Mention], tok: Token, singular_keys: set[str]) -> Mention | None:
        low = tok.lower_
        person = low in PERSON_PRONOUNS
        plural = low in PLURAL_PRONOUNS
        before = [m for m in mentions if m.end <= tok.idx]
        if plural:
            ante = self._coordinated_subject(mentions, tok)  # "Modi and Xi held their first talks"
            if ante is not None:
                return ante
            before = before + [c for c in coords if c.end <= tok.idx]
            before.sort(key=lambda m: m.start)
        ante = self._reflexive(doc, before, tok) if low.endswith(("self", "selves")) else None
        if ante is None:
            ante = self._cataphor(doc, mentions + (coords if plural else []), tok)
        if ante is None:
            ante = self._accused(doc, before, tok)
        if ante is None and person and tok.dep_ == "poss" and tok.head.lemma_.lower() in DEATH_NOUNS:
            ante = self._victim(doc, before, tok)
        if ante is None:
            ante = self._complement_subject(doc, before, tok)
        if ante is not None:
            return ante
        kinds = {"person"} if person else {"state", "org", "igo", "group"}
        return self._nearest(doc, before, tok, kinds, prefer_plural=plural, exclude_keys=singular_keys if plural else set())

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
        root = tok.sent.root
        subj = [c for c in root.children if c.dep_ in SUBJ_DEPS and c.i > tok.i]
        if not subj or tok.dep_ not in ("poss", "nsubj"):
            return None
        front = [c for c in root.children if c.i < subj[0].i and c.dep_ in ("prep", "advcl", "npadvmod") and c.left_edge.i <= tok.i <= c.right_edge.i]
        if not front:
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
        start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        for v in reversed(tok.doc[start : tok.i]):
            if v.pos_ == "VERB" and v.lemma_.lower() in ACCUSE_VERBS:
                objs = [c for c in v.children if c.dep_ == "dobj"]
                for m in reversed(mentions):
                    if objs and self._covers(m, objs) and self._compatible(doc, m, tok):
                        return m
        return None

    def _victim(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """"Israeli troops killed Yahya Sinwar ... Netanyahu said his death ...": the one killed."""
        start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
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

    @staticmethod
    def _members(mentions: list[Mention], coords: list[Mention], ante: Mention, m: Mention, sector: str | None) -> list[Mention]:
        """The members of the coordination a plural anaphor's antecedent heads ("the United States and the
        Philippines ... their"), each as a mention at the anaphor (with its sector: "the two governments")."""
        coord = next((c for c in coords if c.start <= ante.start and ante.end <= c.end), None)
        if coord is None:
            return []
        out: list[Mention] = []
        for x in mentions:
            if coord.start <= x.start and x.end <= coord.end and x.kind in ACTOR_KINDS and not x.key.startswith("UNK:"):
                key = x.key
                if sector and ":" not in key:
                    key = f"{key.split('.')[0]}.{sector}"
                elif sector == "" and ":" not in key:
                    key = key.split(".")[0]
                if all(y.key != key for y in out):
                    out.append(Mention(m.start, m.end, m.entity_text, key, x.code, sector or x.sector, x.name, "coreference", x.kind, m.plural))
        return out

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

    # ------------------------------------------------------------------ role nouns
    def _plural_states(self, doc: Doc, mentions: list[Mention], coords: list[Mention], tok: Token) -> Mention | None:
        """"the three countries", "the European powers": the nearest coordination of states (or of their leaders)."""
        reg = self.registry
        start = tok.doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else tok.sent.start_char
        for c in reversed([c for c in coords if c.end <= tok.idx and c.start >= start]):
            base = c.key.split(".", 1)[0]
            if base in reg.entities and reg.entities[base].kind == "state":
                return c
        plural = [m for m in mentions if m.end <= tok.idx and m.start >= start and m.kind == "state" and m.plural]
        return plural[-1] if plural else None

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
            elif "person" in refers and role and reg.roles[role[0]].kind == "person" and owner.kind in ("org", "igo"):
                key = owner.key  # "the agency's executive director"
                if role[0].count(" ") and noun.i > 0:
                    start = noun.i - role[0].count(" ")
        else:
            role = self._role_of(noun)
            if role is not None:
                if is_state:
                    key = f"{base}.{role[1]}"
                elif owner.kind in ("org", "person", "igo"):
                    key = owner.key
                if role[0].count(" ") and noun.i > 0:
                    start = noun.i - role[0].count(" ")
        if key is None:
            return None
        span = doc[start : noun.i + 1]
        ent = reg.entity(key)
        kind = owner.kind if owner.kind != "person" else ("state" if is_state else "org")
        return self._mention(span, ent, key, "coreference", kind, plural=noun.tag_ in ("NNS", "NNPS")), range(start, noun.i + 1)

    @staticmethod
    def _named_like(mentions: list[Mention], tok: Token, noun: str) -> Mention | None:
        """The nearest earlier organisation or body whose name has this noun ("the court" -> the ICC)."""
        for m in reversed([m for m in mentions if m.end <= tok.idx and m.start >= tok.sent.start_char - 1500]):
            if m.kind in ("org", "igo", "state") and not m.key.startswith("UNK:"):
                words = re.findall(r"[a-z]+", f"{m.name or ''} {m.entity_text}".lower())
                if noun in words or tok.lower_ in words:
                    return m
        return None

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
    ) -> Mention | None:
        reg = self.registry
        sent_start = tok.sent.start_char
        prev = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else sent_start
        cands = [m for m in mentions if m.end <= tok.idx and m.kind in kinds and m.start >= sent_start - 1500 and m.key not in exclude_keys]
        if tok.lower_ in SINGULAR_PRONOUNS:
            cands = [m for m in cands if not self._plural(doc, m)]
        if tok.lower_ in PERSON_PRONOUNS:
            cands = [m for m in cands if self._compatible(doc, m, tok)]
        if tok.dep_ in ("dobj", "pobj", "dative", "iobj") and tok.lower_ not in ("its", "their", "his", "her"):
            # "police fired at them": an object pronoun is not its own clause's subject
            verb = self._clause(tok)
            subj = [t for s in self._subjects(verb) for t in s.subtree]
            cands = [m for m in cands if not self._covers(m, subj)]
        if noun is not None:
            cands = [m for m in cands if not self._inside_np(doc, m, tok)]
            # "the kingdom", "the Islamic Republic": a state whose names say so, where one is near
            named = [m for m in cands if m.kind == "state" and noun in reg.name_words.get(m.key.split(".", 1)[0], ())]
            if named and noun not in ("state", "country", "nation", "government", "regime", "administration", "authorities"):
                cands = named
        if armed:
            cands = [m for m in cands if m.kind != "org" or (reg.entities.get(m.key).sector if m.key in reg.entities else m.sector) in ARMED_SECTORS]
        if want_sector is not None:
            holding = [m for m in cands if m.kind == "person" and m.key.rpartition(".")[2] == want_sector]
            if holding:
                cands = holding  # "the new premier": who holds the office now, not the one who lost it
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
            if crossed and sp.start <= t.i < sp.end:
                return True
        return False

    def _nearest_role(self, doc: Doc, mentions: list[Mention], tok: Token, role: str) -> Mention | None:
        for m in reversed([m for m in mentions if m.end <= tok.idx]):
            if self._inside_np(doc, m, tok):
                continue
            if role in m.entity_text.lower() or (m.kind == "person" and m.name and any(r.role.lower() == role for r in self.registry.person_roles.get(m.name, ()))):
                return m
            if m.kind == "person" and tok.lower_ in m.entity_text.lower():
                return m
        return None

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
                for t in sp:
                    index.setdefault(t.i, m)
        unk: dict[int, Mention] = {}
        for m in mentions:
            if m.key.startswith("UNK:") and m.via == "ner":
                sp = self._span_of(doc, m)
                if sp is not None:
                    unk[sp.root.i] = m
        replaced: dict[int, Mention] = {}  # id of an unresolved mention -> its resolved copy
        added: list[Mention] = []
        dropped: set[int] = set()
        for tok in doc:
            if tok.dep_ == "appos":
                pair = [(tok.head, tok), (tok, tok.head)]
            elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in NAMING_VERBS and tok.head.head.dep_ == "acl":
                pair = [(tok.head.head.head, tok)]  # "X, known as Y"
            else:
                continue
            for src, dst in pair:
                hit = index.get(src.i)
                if hit is None or hit.kind in ("unresolved",) or hit.key.startswith("UNK:"):
                    continue
                if dst.i in unk and id(unk[dst.i]) not in replaced:
                    m = unk[dst.i]
                    kind = "person" if dst.ent_type_ == "PERSON" else hit.kind
                    replaced[id(m)] = Mention(m.start, m.end, m.entity_text, hit.key, hit.code, hit.sector, m.entity_text, "apposition", kind)
                    continue
                if dst.i in index or dst.pos_ != "NOUN":
                    continue
                lemma = dst.lemma_.lower()
                if self._role_of(dst) is None and lemma not in reg.corefs and lemma not in RELATION_PARTICIPLES:
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
