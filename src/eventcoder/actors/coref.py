"""Coreference within an article: pronouns, role nouns and possessed nouns resolved to earlier actors.

``CorefResolver`` is a mixin of :class:`~eventcoder.actors.resolve.ActorResolver`: the main pass, role
nouns, possessors and coordinations live here; pronoun antecedents in :mod:`.pronouns` (agreement and
salience in :mod:`.agreement`) and appositions in :mod:`.appositions`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..models import Mention
from ..nlp import dateline_country, doc_text, sent_of, token_attrs
from .appositions import AppositionResolver
from .base import ACTOR_KINDS, SUBJ_DEPS
from .pronouns import PronounResolver, members_at
from .vocab import (
    ACTOR_OBJECT_VERBS,
    ARMED_NOUNS,
    CIVIL_SECTORS,
    DEPARTURE_VERBS,
    DOMESTIC_SECTORS,
    ENVOY_NOUNS,
    FIRST_PLURAL_PRONOUNS,
    FORMER_WORDS,
    FOUNDED_BODY_NOUNS,
    GOVERNING_STATE_NOUNS,
    OBLIGATION_MODALS,
    PARTY_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    REASON_TIME_MARKS,
    REPORTING_VERBS,
    RULING_MILITARY_NOUNS,
    SINGULAR_PRONOUNS,
    SUBNATIONAL_WORDS,
)

__all__ = ["ACTOR_KINDS", "SUBJ_DEPS", "CorefResolver"]

_PRONOUNS = FIRST_PLURAL_PRONOUNS | PLURAL_PRONOUNS | SINGULAR_PRONOUNS | frozenset(PERSON_PRONOUNS)


# a party in power (PTY) and one in opposition (OPP): "the ruling party" never refers back to an opposition party
_PARTY_SECTORS = frozenset({"PTY", "OPP"})
# round 39: the number words of "the two countries", "the three European powers"
# round 42: plural nouns that take back two states named apart ("both governments", "the two neighbours")
_APART_NOUNS = frozenset({"countries", "governments", "nations", "neighbours", "neighbors", "states"})
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5}
# the tokens ``_coref_candidates`` found, kept in ``user_data`` with what they were read from
_COREF_CANDIDATES = "eventcoder.coref_candidates"


class CorefResolver(PronounResolver, AppositionResolver):
    """Mixin: the coreference half of the actor resolver."""

    # ------------------------------------------------------------------ coordinations
    def _coordinations(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Coordinated actors as one plural antecedent ("Raisi and Foreign Minister Amir-Abdollahian",
        "Britain, France and Germany"), keyed by the first: a mention spanning first to last."""
        ms = sorted((m for m in mentions if m.kind in ACTOR_KINDS and not m.key.startswith("UNK:")), key=lambda m: m.start)
        out: list[Mention] = []
        text: str | None = None  # ``doc.text`` joins every token on each read: once, when a pair is found
        attrs = token_attrs(doc)
        lower, dep, role_words = attrs.lower, attrs.dep, self._role_words()
        i = 0
        while i < len(ms):
            j = i
            saw_and = False
            while j + 1 < len(ms):
                a, b = ms[j], ms[j + 1]
                sa, sb = self._span_of(doc, a), self._span_of(doc, b)
                if sa is None or sb is None or sb.start <= sa.end:
                    break
                # (the words between read off the token attributes: no Span, no Token for most pairs, which fail on
                # their first word)
                between = lower[sa.end : sb.start]
                ok = all(
                    w in ("and", ",", "&") or (w in role_words and doc[k].is_title) or dep[k] == "det"
                    or w in FORMER_WORDS for k, w in enumerate(between, sa.end)  # "Tidjane Thiam and ex-President Laurent Gbagbo"
                )
                if not ok or not any(w in ("and", ",", "&") for w in between):
                    break
                saw_and = saw_and or any(w in ("and", "&") for w in between)
                j += 1
                if saw_and:
                    break
            if j > i and saw_and:
                first, last = ms[i], ms[j]
                words = self._between_text(doc, first, last)
                if words is None:
                    if text is None:
                        text = doc_text(doc)
                    words = text[first.start : last.end]
                out.append(Mention(first.start, last.end, words, first.key, first.code, first.sector, first.name, first.via, first.kind, True))
                i = j + 1
            else:
                i += 1
        return out

    def _between_text(self, doc: Doc, first: Mention, last: Mention) -> str | None:
        """``doc.text[first.start : last.end]``, read off the tokens from the first mention's to the last's
        (``doc.text`` joins every token of the document); None where the offsets fall outside those tokens."""
        sf, sl = self._span_of(doc, first), self._span_of(doc, last)
        if sf is None or sl is None or sl.end <= sf.start:
            return None
        words = doc[sf.start : sl.end].text_with_ws
        lo = sf.start_char
        if not lo <= first.start <= last.end <= lo + len(words):
            return None
        return words[first.start - lo : last.end - lo]

    # ------------------------------------------------------------------ main pass
    def _coref_candidates(self, doc: Doc) -> list[int]:
        """The tokens the main pass can resolve, in order: pronouns, and words that head a role or refer back
        ("the group", "the regime"); the pass does nothing with any other token."""
        attrs = token_attrs(doc)
        corefs = self.registry.corefs
        roles = self._role_candidates(doc)
        cached = doc.user_data.get(_COREF_CANDIDATES)  # (the pass runs twice a document)
        if cached is not None and cached[0] is attrs and cached[1] is corefs and cached[2] is roles:
            return cached[3]
        found = {i for i, (lower, lemma) in enumerate(zip(attrs.lower, attrs.lemma)) if lower in _PRONOUNS or lemma in corefs or lower in corefs}
        out = sorted(found.union(roles))
        doc.user_data[_COREF_CANDIDATES] = (attrs, corefs, roles, out)
        return out

    def _corefs(self, doc: Doc, mentions: list[Mention], taken: set[int], home: str | None = None, only_pronouns: bool = False) -> list[Mention]:
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

        # a first-person plural whose speaker is a mention this pass makes later ('"Our patience has limits," the
        # Hamas official said': "official" is found after "Our") is read again once the pass is through
        queue = [doc[i] for i in self._coref_candidates(doc)]
        deferred: set[int] = set()
        for tok in queue:
            if tok.i in taken or (only_pronouns and tok.pos_ != "PRON"):
                continue
            low = tok.lower_
            ante: Mention | None = None
            sector: str | None = None
            fixed: str | None = None
            placed: str | None = None
            if low in FIRST_PLURAL_PRONOUNS and tok.text.isupper() and len(tok.text) > 1:
                continue  # "US-sponsored talks": the country's abbreviation, not the pronoun "us"
            if low in FIRST_PLURAL_PRONOUNS:
                ante = self._speaker(doc, by_start, tok)
                if ante is None and tok.i not in deferred:
                    deferred.add(tok.i)
                    queue.append(tok)
                if ante is not None and ante.kind == "person":
                    ante = Mention(ante.start, ante.end, ante.entity_text, ante.key, ante.code, ante.sector, ante.name, ante.via, "state", True)
            elif low in PLURAL_PRONOUNS or low in SINGULAR_PRONOUNS or low in PERSON_PRONOUNS:
                if low == "it" and tok.dep_ in ("dobj", "pobj") and tok.head.lemma_.lower() not in ACTOR_OBJECT_VERBS:
                    continue  # "denied it", "called it a violation", "to discuss it": an object "it" is mostly a thing said or done
                ante = self._pronoun(doc, by_start, coords, tok, singular_keys.get(sent_of(tok).start_char, set()))
                if ante is not None and low in SINGULAR_PRONOUNS:
                    singular_keys.setdefault(sent_of(tok).start_char, set()).add(ante.key)
            elif tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ == "amod"):
                noun = tok.lemma_.lower()
                if noun not in reg.corefs and low in reg.corefs:
                    noun = low  # "powers": listed as a plural
                role = self._role_of(tok)
                if role is None and noun not in reg.corefs:
                    continue  # neither a role nor a word that refers back ("the border"): asked first, most nouns are such
                bare = self._body_compound(tok)
                founder = self._founder(by_start, tok) if low in FOUNDED_BODY_NOUNS else None
                if founder is not None:
                    # "the parallel government set up by the RSF": the organisation that founded it, not a state's
                    add(replace(founder, start=tok.idx, end=tok.idx + len(tok.text), entity_text=tok.text, via="coreference"),
                        range(tok.i, tok.i + 1))
                    continue
                has_det = bare or any(c.lower_ in ("the", "this", "that", "these", "those", "their", "its") for c in tok.lefts)
                if not has_det:
                    continue
                if role and (reg.roles[role[0]].kind == "body" or (reg.roles[role[0]].kind == "group" and role[1] == "GOV")) \
                        and tok.n_rights and not any(c.dep_ == "poss" for c in tok.lefts):
                    placed = self._capital_of_phrase(tok)  # (a body stays home; people travel: "their ministers in Doha")
                mod = tok.doc[tok.i - 1] if tok.i > 0 and tok.doc[tok.i - 1].head.i == tok.i and tok.doc[tok.i - 1].dep_ in ("compound", "nmod") else None
                if mod is not None and (role or noun in reg.corefs):
                    # "the Taliban government", "the Hamas leadership": the organisation named before the noun
                    ante = next((m for m in by_start if m.start <= mod.idx < m.end and m.kind in ("org", "igo")
                                 and not m.key.startswith("UNK:")), None)
                plural_noun = tok.tag_ in ("NNS", "NNPS")
                if ante is not None:
                    pass
                elif role and reg.roles[role[0]].country:
                    r = reg.roles[role[0]]
                    fixed = f"{r.country}.{r.sector}"  # "the pontiff": the Holy See's, whoever was named before
                elif role and reg.roles[role[0]].kind == "person":
                    ante = self._nearest_role(doc, by_start, tok, role[0])
                if fixed is None and ante is None and placed is None and role and reg.roles[role[0]].kind == "body" and role[1] == "GOV":
                    ante = self._r52a_addressed_own_government(doc, by_start, tok, plural_noun)
                    sector = role[1] if ante is not None else sector
                if fixed is None and ante is None and ((role and reg.roles[role[0]].kind == "body") or set(reg.corefs.get(noun, ())) & {"org", "igo"}):
                    ante = self._named_like(by_start, tok, noun)  # "the International Criminal Court ... the court"
                    if ante is not None and ante.kind == "state" and role and reg.roles[role[0]].kind == "body":
                        ante, sector = self._foreign_body(by_start, tok, noun, ante, role[1])
                    if ante is not None and role and " " in role[0] and {role[1], ante.sector} <= _PARTY_SECTORS and role[1] != ante.sector:
                        # "the opposition Liberal Party accused the ruling party": the other side, of the same state
                        if ante.kind == "state" and ":" not in ante.key:
                            sector = role[1]
                        else:
                            ante = None
                    elif ante is not None and ante.key in self._accusers(by_start, tok):
                        ante = None  # "Labour's leader accused the party": another party, found below
                    if ante is None:
                        sector = None
                if fixed is None and ante is None and noun in reg.corefs:
                    kinds = set(reg.corefs[noun])
                    armed = noun in ARMED_NOUNS or low in ARMED_NOUNS or "group" in kinds
                    if plural_noun and kinds == {"state"}:
                        ante = self._plural_states(doc, by_start, coords, tok)  # "the three countries"
                    else:
                        want_sector = reg.roles[role[0]].sector if role and reg.roles[role[0]].kind == "person" else None
                        # "the junta", "the government": one governing body is never a plural group ("French troops")
                        body = role is not None and reg.roles[role[0]].kind == "body" and kinds == {"state"} and not plural_noun
                        ante = self._own_government(doc, by_start, tok) if body and role and role[1] == "GOV" else None
                        if ante is None and body and role and role[1] == "GOV":
                            ante = self._acted_on_government(by_start, tok)
                        civil = role is not None and reg.roles[role[0]].sector in CIVIL_SECTORS
                        if ante is None:
                            ante = self._nearest(doc, by_start, tok, kinds, armed=armed, noun=noun, want_sector=want_sector,
                                                 singular=body, civil=civil)
                            if body and role and role[1] == "GOV" and ante is not None:
                                ante = self._home_government(by_start, tok, ante, home)
                            elif body and noun in RULING_MILITARY_NOUNS and ante is not None:
                                ante = self._home_junta(by_start, tok, ante, home)
                    if ante is not None and noun == "country" and self._envoy(ante):
                        ante = self._host(by_start, tok, ante, home)
                    if ante is not None and role and ante.kind == "state":
                        sector = role[1]
                    elif ante is not None and "state" in kinds and ante.kind == "state" and not role:
                        # "the country", "the kingdom": the state itself, not the organ named before; "the state
                        # must ..." acting as a government is its government
                        sector = "GOV" if self._governs(tok, noun) else ""
                    if (ante is None and home is not None and kinds == {"state"} and not role and not plural_noun
                            and (bare or any(c.lower_ == "the" for c in tok.lefts)) and home in reg.entities):
                        key = f"{home}.GOV" if self._governs(tok, noun) else home
                        envoy = self._departing_envoy(by_start, tok) if noun == "country" else None
                        host = self._host(by_start, tok, envoy, home) if envoy is not None else None
                        if host is not None and host is not envoy:
                            key = host.key.split(".", 1)[0]  # "the French ambassador was told to leave the country": the host's
                        add(self._mention(doc[tok.i : tok.i + 1], reg.entity(key), key, "coreference", "state"), range(tok.i, tok.i + 1))
                        continue
            if ante is not None and tok.pos_ != "PRON" and low in PARTY_NOUNS:
                ante = self._party_of_article(by_start, tok, ante, home)
            if placed is not None and role is not None and not self._of_state(ante, placed):
                # round 46: "the government in Havana", "the authorities in Minsk": a body its own phrase places in a
                # capital is that capital's state's, whichever state was named last (the one acting, or acted on)
                key = f"{placed}.{role[1]}" if role[1] else placed
                add(self._mention(doc[tok.i : tok.i + 1], reg.entity(key), key, "location", "state",
                                  plural=tok.tag_ in ("NNS", "NNPS")), range(tok.i, tok.i + 1))
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
                members = self._members(mentions, coords, ante, m, sector) or self._apart_members(doc, ante, m, sector)
                if len(members) > 1:
                    if doc._.coref_members is None:
                        doc._.coref_members = {}
                    doc._.coref_members[tok.i] = members
            # (and "the country's main labour federation": a body owned by a state taken back by a noun is that state's)
            if tok.dep_ == "poss" and (low in ("his", "her", "its", "their") or (tok.pos_ == "NOUN" and m.kind == "state" and "." not in key)) \
                    and tok.head.i not in taken:
                owned = self._possessed(tok.head, m)
                if owned is None:
                    # "give his landlocked country access": the parser often makes the possessed noun a
                    # modifier of the next one; the modifier right before the head is then what is owned
                    mod = next((c for c in tok.head.children if c.dep_ == "compound" and c.i == tok.head.i - 1 and c.i > tok.i
                                and c.i not in taken and c.pos_ == "NOUN"), None)
                    owned = self._possessed(mod, m) if mod is not None else None
                if owned is not None:
                    add(owned[0], owned[1])
                    members = (doc._.coref_members or {}).get(tok.i)
                    if members and owned[0].plural and low in PLURAL_PRONOUNS:
                        # round 39: "Ethiopia and Eritrea ... urged their governments": each member's, not the first's
                        owned_sector = owned[0].key.split(".", 1)[1] if "." in owned[0].key and ":" not in owned[0].key else ""
                        each = (self._members(mentions, coords, ante, owned[0], owned_sector)
                                or self._apart_members(doc, ante, owned[0], owned_sector))
                        if len(each) > 1:
                            doc._.coref_members[owned[1][-1]] = each
        return out

    def _capital_of_phrase(self, tok: Token) -> str | None:
        """Round 46: the state whose capital the noun's own "in" phrase names ("the government in Caracas", "the
        regime in Damascus", "the authorities in Addis Ababa"); None for any other phrase ("in November")."""
        for prep in tok.rights:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                for name in (obj.doc[obj.left_edge.i : obj.i + 1].text, obj.text):
                    state = self.registry.capitals.get(name)
                    if state is not None:
                        return state
        return None

    def _of_state(self, ante: Mention | None, state: str) -> bool:
        """Is the mention the state's, or a registered body of that state ("the Taliban" for Afghanistan)?"""
        if ante is None:
            return False
        base = ante.key.split(".", 1)[0]
        ent = self.registry.entities.get(base)
        return base == state or (ent is not None and ent.country == state)

    def _party_of_article(self, mentions: list[Mention], tok: Token, ante: Mention, home: str | None) -> Mention | None:
        """"The party" refers back only to a party of a state the article names (or is filed from): in a German
        story whose Social Democrats the registry misreads as the US Democrats, "the SPD leader accused the
        party" is a German party (the home state's PTY, or OPP for "the opposition party"), else nothing."""
        reg = self.registry
        base = ante.key.split(".", 1)[0]
        ent = reg.entities.get(base)
        if ent is None or ":" in ante.key:
            return ante
        state = base if ent.kind == "state" else ent.country
        if not state:
            return ante
        named = {home} if home else set()
        for m in mentions:
            b = m.key.split(".", 1)[0]
            if m.kind in ("state", "person", "group") and b in reg.entities and reg.entities[b].kind == "state":
                named.add(b)
        if not named or state in named:
            return ante
        if home is None or home not in reg.entities:
            return None
        role = self._role_of(tok)
        sector = role[1] if role and role[1] in _PARTY_SECTORS else "PTY"
        e = reg.entities[home]
        return Mention(tok.idx, tok.idx, e.name, f"{home}.{sector}", e.code, sector, e.name, "coreference", "state")

    def _foreign_body(self, mentions: list[Mention], tok: Token, noun: str, ante: Mention, role_sector: str) -> tuple[Mention, str | None]:
        """Round 39: a body noun ("the court", "the government") taken back to a state's phrase with that word. Where
        the body's clause names that state as another party ("an Italian appeals court freed him ... The court said
        Italy had not consulted it"), the body is the organisation named with the word before (the ICC), not the
        state's own; else, where the noun only modified the phrase's head, the state's body of the noun's sector
        ("a Spanish government jet ... the government": ESP.GOV, not the jet's MIL)."""
        base = ante.key.split(".", 1)[0]
        sent = sent_of(tok)
        if any(m.key.split(".", 1)[0] == base and m.start > tok.idx and m.end <= sent.end_char and m.via != "coreference"
               and "." not in m.key for m in mentions):
            other = self._named_like([m for m in mentions if m.kind in ("org", "igo")], tok, noun)
            if other is not None:
                return other, None
        if role_sector in _PARTY_SECTORS or ante.sector in _PARTY_SECTORS:
            return ante, None  # (a party's side, ruling or opposition, is read below)
        words = ante.entity_text.lower().split()
        if words and words[-1] in (noun, tok.lower_):
            return ante, None  # "Taiwan's defence ministry ... the ministry": the body named, its own sector
        return ante, (role_sector if ante.sector != role_sector else None)

    def _own_government(self, doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """"Albanian opposition lawmakers protested, accusing the government of ...": a government that a
        state's own opposition or people act on (the object of their clause, or the subject of what they say or
        demand: "protesters demanded that the government resign") is their state's, whatever other
        state the article names before it."""
        verb = self._clause(tok)
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.i != verb.i:
            verb = verb.head  # "protesters demanded that the government resign"
        elif tok.dep_ not in ("dobj", "pobj"):
            return None
        subj = self._subjects(verb)
        if not subj:
            return None
        reg = self.registry
        for m in reversed([m for m in mentions if m.end <= tok.idx]):
            base, _, sector = m.key.partition(".")
            if sector in DOMESTIC_SECTORS and self._covers(m, subj) and base in reg.entities and reg.entities[base].kind == "state":
                return replace(m, key=base, kind="state", sector=None)  # "protesters" are a group, their state a state
        return None

    def _r52a_addressed_own_government(self, doc: Doc, mentions: list[Mention], tok: Token, plural: bool) -> Mention | None:
        """Round 52. A bare "the government" that a party of a state's own society urges, accuses or asks ("Zambian
        health charities ... urged the government to publish its terms", "Turkey's main opposition party ... urged
        the government to free jailed politicians") is its own state's (as in ``_own_government``), read before the body a
        name with the same word gave earlier ("the Kurdistan Regional Government", "African governments"). Not a
        government its own words place or name ("the government in Kyiv", "the Afghan government")."""
        if plural or any(c.dep_ in ("poss", "compound", "prep", "nmod", "amod", "acl", "relcl") for c in tok.children):
            return None
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("in", "of", "at"):
            return None  # (a placing phrase the parser hangs elsewhere: "urged the government in Kampala to ...")
        verb = self._clause(tok)
        if tok.dep_ not in ("dobj", "pobj"):
            return None
        subj = self._subjects(verb)
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
            # "the charities said the deal lacked safeguards and urged the government to ...": the parser hangs the
            # second verb on the reported clause; its subject is the reporter's
            subj = subj + self._subjects(verb.head.head)
        reg = self.registry
        for m in reversed([m for m in mentions if m.end <= tok.idx]):
            base = self._r52a_domestic_state(m)
            if base is not None and self._covers(m, subj) and base in reg.entities and reg.entities[base].kind == "state":
                if self._r52a_placed_abroad(subj, base):
                    return None  # (review of round 52: "Afghan rights groups in Pakistan urged the government": Pakistan's)
                return replace(m, key=base, kind="state", sector=None)
        return None

    @staticmethod
    def _r52a_placed_abroad(subj: list[Token], base: str) -> bool:
        """Review of round 52: a party of one state's society that its own phrase places in another state ("Afghan
        rights groups in Pakistan", "Syrian opposition groups based in Turkey") addresses the government where it
        is, not its own state's: true where an "in" phrase of the subject names a state other than ``base``."""
        from ..events.places import lookup_place

        for s in subj:
            for p in (t for t in s.subtree if t.dep_ == "prep" and t.lower_ in ("in", "inside")):
                for g in (c for c in p.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                    name = next((e.text for e in g.doc.ents if e.start <= g.i < e.end), g.text)
                    place = lookup_place(name)
                    if place is not None and place.country and place.country != base:
                        return True
        return False

    @staticmethod
    def _r52a_domestic_state(m: Mention) -> str | None:
        """The state of a party of a state's own society that addresses "the government" (``_own_government``):
        a society sector of the state (``DOMESTIC_SECTORS``, and round 52: its charities and rights groups, ``SOC``:
        "Zambian health charities urged the government to publish the deal"), or a political party known by name
        ("Mexico's opposition National Action Party called on the government to ...": the party's own state, not
        the foreign state the article named last)."""
        base, _, sector = m.key.partition(".")
        if sector in DOMESTIC_SECTORS or sector == "SOC":
            return base
        if not sector and m.code and m.sector in ("PTY", "OPP"):
            return m.code
        return None

    def _acted_on_government(self, mentions: list[Mention], tok: Token) -> Mention | None:
        """"Canada lifted sanctions on Nicaragua after the government freed 40 prisoners": "the government" as the
        subject of a clause that gives the reason or the time of what one state did to another is the other
        state's: the state the main clause acts on, when its subject is a state and it names exactly one other."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or verb.head.i == verb.i or not any(
                c.dep_ == "mark" and c.lower_ in REASON_TIME_MARKS for c in verb.children):
            return None
        subj = self._subjects(verb.head)
        if not subj:
            return None
        reg = self.registry
        sent_start = sent_of(tok).start_char
        states = [m for m in mentions if sent_start <= m.start and m.end <= tok.idx and m.kind in ("state", "person", "group")
                  and (b := m.key.split(".", 1)[0]) in reg.entities and reg.entities[b].kind == "state"]
        doers = {m.key.split(".", 1)[0] for m in states if self._covers(m, subj)}
        others = {m.key.split(".", 1)[0] for m in states} - doers
        if not doers or len(others) != 1:
            return None
        other = next(m for m in states if m.key.split(".", 1)[0] in others)
        base = other.key.split(".", 1)[0]
        return replace(other, key=base, kind="state", sector=None)

    @staticmethod
    def _speaker(doc: Doc, mentions: list[Mention], tok: Token) -> Mention | None:
        """The speaker a first-person plural in reported speech stands for: "'We will not back down,' Iran's foreign
        minister said" (we = IRN.GOV): the subject of the reporting verb the quoted clause hangs on."""
        v = tok.head
        for _ in range(6):
            if v.dep_ in ("ccomp", "parataxis") and v.head.lemma_.lower() in REPORTING_VERBS:
                for s in v.head.children:
                    if s.dep_ == "nsubj":
                        m = next((m for m in mentions if m.start <= s.idx < m.end and not m.key.startswith("UNK:")), None)
                        if m is not None:
                            return m
                return None
            if v.head.i == v.i:
                return None
            v = v.head
        return None

    @staticmethod
    def _envoy(m: Mention) -> bool:
        """Is the mention an envoy ("the Swedish ambassador", "French diplomats")?"""
        words = m.entity_text.lower().split()
        return bool(words) and words[-1] in ENVOY_NOUNS

    def _departing_envoy(self, mentions: list[Mention], tok: Token) -> Mention | None:
        """The envoy who leaves "the country" when no state was named before it: the subject of the departure
        verb ("the French ambassador was told to leave the country", subject through "told to") or the object of
        the verb it completes ("X ordered the ambassador to leave the country")."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in DEPARTURE_VERBS:
            return None
        cands = list(self._subjects(verb))
        if verb.dep_ == "xcomp":
            cands += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
        for c in cands:
            m = next((m for m in mentions if m.start <= c.idx < m.end), None)
            if m is not None and self._envoy(m):
                return m
        return None

    def _host(self, mentions: list[Mention], tok: Token, envoy: Mention, home: str | None) -> Mention | None:
        """"Mali gave the Swedish ambassador 72 hours to leave the country": the country an envoy leaves is the
        host state (the nearest other state named before, else later in the sentence, else the article's), not the
        envoy's own."""
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in DEPARTURE_VERBS:
            return envoy
        own = envoy.key.split(".", 1)[0]
        reg = self.registry
        before = [m for m in mentions if m.end <= tok.idx][::-1]
        after = [m for m in mentions if m.start > tok.idx and m.start < tok.sent.end_char]
        for m in before + after:
            base = m.key.split(".", 1)[0]
            if base != own and base in reg.entities and reg.entities[base].kind == "state" and m.kind in ("state", "person", "group"):
                return m
        if home is not None and home != own and home in reg.entities:
            e = reg.entities[home]
            return Mention(tok.idx, tok.idx, e.name, home, e.code, None, e.name, "coreference", "state")
        return envoy

    def _home_government(self, mentions: list[Mention], tok: Token, ante: Mention, home: str | None) -> Mention:
        """A bare "the government" is the government of the state the article is about, not of a foreign state
        named last as acting there: "New Zealand flew medics to the islands at the government's invitation" (a Port
        Vila story: Vanuatu's), "Romanian doctors demanded parity with colleagues in Hungary. The government said" (Romania's).
        A government a word places stays ("the government in Paris", "the Afghan government")."""
        reg = self.registry
        base = ante.key.split(".", 1)[0]
        if home is None or base == home or ante.kind != "state" or home not in reg.entities or reg.entities[home].kind != "state":
            return ante
        if base == dateline_country(tok.doc):
            return ante  # the dateline's own state is never the foreign party ("NIAMEY - ... the junta ... The government said")
        if tok.dep_ == "compound" or any(c.dep_ in ("poss", "compound", "prep", "nmod") or (c.dep_ == "amod" and (
                c.ent_type_ or c.pos_ == "PROPN" or c.lower_ in SUBNATIONAL_WORDS)) for c in tok.children):
            return ante  # ("a government plane"; "the regional administration": a province's, not the state's)
        if not any(m.key.split(".", 1)[0] == home and m.start < tok.idx for m in mentions):
            return ante  # the article's state must be named before (a dateline alone is a bureau's city)
        sp = self._span_of(tok.doc, ante)
        if sp is not None and sp.root.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if sp.root.head.i != verb.i:
                return ante  # the subject of another clause is what a later "the government" most often takes up
                # ("Lima said on Monday ... The government also denied"); the subject of its own clause never
        return Mention(ante.start, ante.end, ante.entity_text, home, reg.entities[home].code, None, reg.entities[home].name,
                       ante.via, "state", ante.plural)

    def _home_junta(self, mentions: list[Mention], tok: Token, ante: Mention, home: str | None) -> Mention:
        """A bare "the junta" in a story filed from the state it is about rules that state, whichever foreign
        state's organ was the last subject ("OUAGADOUGOU - ... France's foreign ministry said ... The junta cut
        ties with Paris": Burkina Faso's); a junta abroad is named with its state ("Mali's junta")."""
        reg = self.registry
        base = ante.key.split(".", 1)[0]
        if (home is None or base == home or home not in reg.entities or reg.entities[home].kind != "state"
                or dateline_country(tok.doc) != home):
            return ante
        if any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN"))
               for c in tok.children):
            return ante
        if any(w in ("military", "junta") for w in ante.entity_text.lower().split()):
            return ante  # "Myanmar's military government ... the junta's leaders": the junta named before
        if not any(m.key.split(".", 1)[0] == home and m.kind in ("state", "person") and m.via not in ("location", "coreference", "home")
                   and m.start < tok.idx for m in mentions):
            return ante  # (the text names the state itself: a group the article's state was guessed for is no name)
        e = reg.entities[home]
        return Mention(ante.start, ante.end, ante.entity_text, home, e.code, None, e.name, ante.via, "state", ante.plural)

    @staticmethod
    def _governs(tok: Token, noun: str) -> bool:
        """Does a state noun act as a government: "the state" as a clause's subject ("the state will pay
        compensation"), or "the country"/"the nation" as the subject of an obligation ("the country must protect
        its borders")? Elsewhere ("fled the country", "the country's economy") it is the state itself."""
        if noun not in GOVERNING_STATE_NOUNS or tok.dep_ != "nsubj" or tok.tag_ != "NN":
            return False
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if noun == "state":
            return True
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ in OBLIGATION_MODALS for c in verb.children) or (
            verb.lemma_.lower() in ("have", "need") and any(c.dep_ == "xcomp" for c in verb.children))

    # ------------------------------------------------------------------ role nouns
    def _plural_states(self, doc: Doc, mentions: list[Mention], coords: list[Mention], tok: Token) -> Mention | None:
        """"the three countries", "the European powers": the nearest coordination of states (or of their leaders)."""
        reg = self.registry
        start = sent_of(tok.doc[sent_of(tok).start - 1]).start_char if sent_of(tok).start > 0 else sent_of(tok).start_char
        # round 39: an object set never holds its own clause's subject ("Russia and China voted no, and Moscow's envoy
        # accused the Western powers": not Russia's set)
        own: set[str] = set()
        if tok.dep_ in ("dobj", "pobj", "dative"):
            subj = [t for s in self._subjects(self._clause(tok)) for t in s.subtree]
            own = {m.key.split(".", 1)[0] for m in mentions if m.end <= tok.idx and self._covers(m, subj)}

        def members(c: Mention) -> set[str]:
            return {m.key.split(".", 1)[0] for m in mentions if c.start <= m.start and m.end <= c.end
                    and m.kind in ACTOR_KINDS and not m.key.startswith("UNK:")}

        # (session 21: a number on the noun holds near as well as far: "Egypt, Qatar and the United States ... between
        # Israel and Hamas ... the three mediating countries" -> the three, not the pair named last)
        size = next((_COUNT_WORDS.get(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)
        near = [c for c in reversed([c for c in coords if c.end <= tok.idx and c.start >= start])
                if c.key.split(".", 1)[0] in reg.entities and reg.entities[c.key.split(".", 1)[0]].kind == "state"
                and not (own and own & members(c))]
        counted = [c for c in near if size is None or len(members(c)) == size]
        if counted:
            return counted[0]
        # round 39: "Ethiopia and Eritrea ... (two sentences on) ... The two countries fought a war": further back, the
        # most recent coordination of states whose size the number says ("the two", "the three"), or with no number
        # the article's one earlier coordination of states ("the European powers")
        sets: list[tuple[Mention, frozenset[str]]] = []
        for c in [c for c in coords if c.end <= tok.idx and c.start < start]:
            base = c.key.split(".", 1)[0]
            if base not in reg.entities or reg.entities[base].kind != "state":
                continue
            keys = frozenset(members(c))
            if keys & own:
                continue
            if len(keys) >= 2 and (size is None or len(keys) == size) and all(
                    k in reg.entities and reg.entities[k].kind == "state" for k in keys):  # (states only: not "X and Hezbollah")
                sets.append((c, keys))
        if sets and (size is not None or len({k for _, k in sets}) == 1):
            return sets[-1][0]
        if near:
            return near[0]  # (no set of that size anywhere: the nearest, as it is named: "alongside Biden and Sunak")
        plural = [m for m in mentions if m.end <= tok.idx and m.start >= start and m.kind == "state" and m.plural
                  and m.key.split(".", 1)[0] not in own]
        return plural[-1] if plural else None

    def _apart_pairs(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """Round 42: "both governments", "the two countries", "both neighbours" where no coordination of states
        comes before them (the two states were named apart, in sentences of their own, or one only in a place
        phrase): the two states the article has named most before them, each a side of its own, when those two
        stand clear of any third (named more often than it, each at least twice). The members go to
        ``doc._.coref_members``; a plural pronoun taking the noun back ("their foreign ministers") gets them too."""
        reg = self.registry
        out: list[Mention] = []
        # (the words read off the token attributes: a Token is made only for the few nouns of the list)
        cands = [t for t in (doc[i] for i, w in enumerate(token_attrs(doc).lower) if w in _APART_NOUNS)
                 if t.i not in taken and t.tag_ in ("NNS", "NNPS")
                 and any((c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
                         or (c.dep_ == "nummod" and c.lower_ == "two") for c in t.children)]
        if not cands:
            return out
        by_start = sorted(mentions, key=lambda m: m.start)
        coords = self._coordinations(doc, by_start)
        for tok in cands:
            if self._plural_states(doc, by_start, coords, tok) is not None:
                continue  # "Chad and Niger ... the two countries": the coordination, read by the role-noun pass
            own: set[str] = set()
            if tok.dep_ in ("dobj", "pobj", "dative"):
                subj = [t for s in self._subjects(self._clause(tok)) for t in s.subtree]
                own = {m.key.split(".", 1)[0] for m in by_start if m.end <= tok.idx and self._covers(m, subj)}
            counts: dict[str, int] = {}
            first: dict[str, Mention] = {}
            for m in by_start:
                if m.end > tok.idx:
                    break
                base = m.key.split(".", 1)[0]
                if m.kind not in ACTOR_KINDS or ":" in m.key or base in own:
                    continue
                ent = reg.entities.get(base)
                if ent is None or ent.kind != "state":
                    continue
                counts[base] = counts.get(base, 0) + 1
                first.setdefault(base, m)
            ranked = sorted(counts, key=lambda k: (-counts[k], first[k].start))
            if len(ranked) < 2 or counts[ranked[1]] < 2 or (len(ranked) > 2 and counts[ranked[2]] >= counts[ranked[1]]):
                continue
            sector = "GOV" if tok.lower_ == "governments" else ""
            members: list[Mention] = []
            for base in ranked[:2]:
                key = f"{base}.{sector}" if sector else base
                members.append(self._mention(doc[tok.i : tok.i + 1], reg.entity(key), key, "coreference", "state", plural=True))
            out.append(members[0])
            taken.add(tok.i)
            if doc._.coref_members is None:
                doc._.coref_members = {}
            doc._.coref_members[tok.i] = members
        return out

    def _apart_members(self, doc: Doc, ante: Mention, m: Mention, sector: str | None) -> list[Mention]:
        """The two states ``_apart_pairs`` gave "both countries" when a plural anaphor takes that noun back
        ("Tanzania, which borders both countries, ... their foreign ministers"), each at the anaphor."""
        group = doc._.coref_members
        if not group or ante.via != "coreference":
            return []
        sp = self._span_of(doc, ante)
        if sp is None or (sp.end - 1) not in group or doc[sp.end - 1].lower_ not in _APART_NOUNS:
            return []
        return members_at(m, list(group[sp.end - 1]), sector)

    def _possessed(self, noun: Token, owner: Mention) -> tuple[Mention, range] | None:
        """"his government" (the person's state + GOV), "his soldiers", "his country", "its armed wing", "his movement"."""
        reg = self.registry
        doc = noun.doc
        base = owner.key.split(".", 1)[0]
        is_state = base in reg.entities and reg.entities[base].kind == "state"
        lemma = noun.lemma_.lower()
        start = noun.i
        key: str | None = None
        if is_state and owner.kind == "person" and lemma in PARTY_NOUNS and "." in owner.key and owner.sector not in ("GOV", "LEG", "PTY"):
            # "Tidjane Thiam and ex-President Laurent Gbagbo ... their parties": a party of people out of office
            # (a former president, a businessman, an opposition leader) is an opposition party
            key = f"{base}.OPP"
        elif lemma == "wing":
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

    def _nearest_role(self, doc: Doc, mentions: list[Mention], tok: Token, role: str) -> Mention | None:
        for m in reversed([m for m in mentions if m.end <= tok.idx]):
            if self._inside_np(doc, m, tok):
                continue
            if role in m.entity_text.lower() or (m.kind == "person" and m.name and any(r.role.lower() == role for r in self.registry.person_roles.get(m.name, ()))):
                return m
            if m.kind == "person" and tok.lower_ in m.entity_text.lower():
                return m
        return None
