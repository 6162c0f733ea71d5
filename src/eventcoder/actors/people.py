"""People the registry does not know by name: titled names ("Japanese Prime Minister Fumio
Kishida"), appositions, surnames of people named earlier, and known people by surname (keyed by the
office they held on the article's date)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import Mention
from ..nlp import char_span, dateline_city, dateline_country, entity_at, sent_of
from .base import ResolverBase, in_reported_clause, token_index
from .vocab import (
    BODY_HEAD_TITLES,
    CANDIDATE_NOUNS,
    COMMAND_WORDS,
    COMMUNITY_NOUNS,
    COMPASS_WORDS,
    CURRENT_WORDS,
    FACILITY_ROLE_NOUNS,
    FAMILY_NAME_FIRST_STATES,
    GIVEN_NAME_FIRST_STATES,
    HEADED_BODY_NOUNS,
    HEADING_VERBS,
    LOCATIVE_PREPS,
    PARTY_NOUNS,
    PORTFOLIO_TITLES,
    RANK_ABBREVIATIONS,
    REGIONAL_OFFICE_HEADS,
    RELIGIOUS_COMMUNITIES,
    REPORTING_VERBS,
    VENUE_DATELINE_CITIES,
    _norm,
    _titles,
)

# prepositions whose object may place an unnamed official's office ("in Kharkiv", "in the centre of Kharkiv")
_PLACE_PREPS = LOCATIVE_PREPS | {"of"}


class PersonResolver(ResolverBase):
    """Mixin: person names found by the NER model."""

    # ------------------------------------------------------------------ people
    def _resolve_ner(self, doc: Doc, ent: Span, date: str | None, prior: list[Mention],
                     places: dict[int, tuple[str, bool]] | None = None) -> Mention | None:
        reg = self.registry
        text = ent.text
        if text.startswith("the "):
            text = text[4:]
        if ent.label_ == "PERSON" and len(ent) == 1 and (ent.root.lower_ in reg.roles or ent.root.lower_ in reg.corefs):
            return None  # "the Ayatollah": a title used as a name; coreference resolves it
        words = [t.lower_ for t in ent if t.pos_ != "DET"]
        if words and words[0] in RELIGIOUS_COMMUNITIES and ent.label_ in ("PERSON", "ORG", "NORP"):
            return self._community(doc, ent, words, prior, places or {})
        if len(words) >= 2 and words[-1] in COMMAND_WORDS and all(w in COMPASS_WORDS for w in words[:-1]):
            return self._command(doc, ent, prior, places or {})
        if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in PARTY_NOUNS and ent.root.dep_ == "compound":
            # "The liberal Volt party accused ..." with the name tagged a person: a name on "party" is a party's
            party = self._unknown_party(doc, ent, prior, places or {})
            if party is not None:
                return party
        if ent.label_ == "PERSON":
            titled = self._titled_person(doc, ent, text, prior, places or {})
            if titled is not None:
                return titled
            # "Hamas leader Ismail Haniyeh", "Iranian Foreign Minister X": the title before the name
            for m in reversed(prior):
                if m.end <= ent.start_char and ent.start_char - m.end <= 3 and _titles(m):
                    return Mention(ent.start_char, ent.end_char, ent.text, m.key, m.code, m.sector, text, "role", "person")
            titled = self._title_words_before(doc, ent, text, prior)
            if titled is not None:
                return titled
            # apposition: "Iran's supreme leader, Ayatollah Ali Khamenei"
            if ent.root.dep_ == "appos":
                for m in reversed(prior):
                    sp = char_span(doc, m.start, m.end)
                    if sp is not None and ent.root.head.i in range(sp.start, sp.end):
                        return Mention(ent.start_char, ent.end_char, ent.text, m.key, m.code, m.sector, text, "apposition", "person")
            # the surname of someone named earlier in the article ("Joseph Aoun ... Aoun said")
            if len(text.split()) == 1:
                earlier = self._earlier_person(prior, text, ent.start_char)
                if earlier is not None:
                    return Mention(ent.start_char, ent.end_char, ent.text, earlier.key, earlier.code, earlier.sector, earlier.name, "person", "person")
            # a surname of a known person ("Khamenei")
            last = text.split()[-1] if text.split() else text
            t = reg.terms.get(last)
            if t is not None and t.entity.kind == "person" and not self._other_person(text.split(), t.entity):
                hit = reg.person_key(t.entity.name, date)
                key = hit[0] if hit else t.entity.key
                return Mention(ent.start_char, ent.end_char, ent.text, key, key.split(".")[0], None, t.entity.name, "person", "person")
            return Mention(ent.start_char, ent.end_char, ent.text, f"UNK:{_norm(text)}", "UNK", None, None, "ner", "unresolved")
        if len(ent) == 1 and _portfolio_word(doc, ent):
            return None  # "Interior Minister X", "Secretary of State X": a portfolio inside a title, no body
        if ent.label_ in ("ORG", "NORP"):
            if ent.label_ == "NORP":
                return None
            if self._role_phrase(ent):
                return None  # "the foreign ministry", "the Treasury": no name, a role of some state (see ``_groups``)
            if len(text.split()) == 1:
                # "Foreign Minister Abbas Araqchi ... Araqchi said" with the surname tagged an organisation: the
                # surname of a person named earlier in the article is that person
                earlier = self._earlier_person(prior, text, ent.start_char)
                if earlier is not None:
                    return Mention(ent.start_char, ent.end_char, ent.text, earlier.key, earlier.code, earlier.sector, earlier.name, "person", "person")
            party = self._unknown_party(doc, ent, prior, places or {})
            if party is not None:
                return party
            if self._person_title_before(doc, ent):
                # "police arrested opposition leader Agbeyome Kodjo" with the name tagged an organisation: a
                # person's title right before a name makes it a person's
                titled = self._titled_person(doc, ent, text, prior, places or {})
                if titled is not None:
                    return titled
            return Mention(ent.start_char, ent.end_char, ent.text, f"UNK:{_norm(text)}", "UNK", None, None, "ner", "unresolved")
        return None

    @staticmethod
    def _earlier_person(prior: list[Mention], name: str, before: int) -> Mention | None:
        """The person named earlier in the article (ending before ``before``) whose surname is ``name``:
        "Joseph Aoun ... Aoun said", however the NER model tags the bare surname (a person, an organisation,
        or nothing). The nearest such person wins; unresolved names are no antecedent. A Korean name puts the
        family name first, before a hyphenated given name: "Lee Jae-myung ... Lee said"."""
        for m in reversed(prior):
            if m.kind != "person" or m.end > before or m.key.startswith("UNK:"):
                continue
            words = m.entity_text.split()
            if words[-1:] == [name] or (len(words) == 2 and words[0] == name and "-" in words[1].strip("-")):
                return m
            if len(words) == 3 and words[0] == name and m.key.split(".", 1)[0] in FAMILY_NAME_FIRST_STATES:
                return m  # "Kim Jong Un ... Kim pledged": a Korean or Chinese family name comes first
            if len(words) >= 2 and words[0] == name and m.key.split(".", 1)[0] in GIVEN_NAME_FIRST_STATES:
                return m  # "Anwar Ibrahim ... Anwar said": Malay, Indonesian and Thai news repeat the given name
        return None

    def _person_title_before(self, doc: Doc, ent: Span) -> bool:
        """Is a name of proper nouns only led by a person's role noun ("opposition leader", "activist") or a
        candidate's title ("presidential hopeful")?"""
        if not 2 <= len(ent) <= 3 or any(t.pos_ != "PROPN" for t in ent):
            return False
        words = _title_words(doc, ent)
        if not words:
            return False
        if words[0].lower_ in CANDIDATE_NOUNS:
            return True  # "presidential hopeful Rosa Quispe": a candidate's name
        role = self._role_of(words[0])
        return role is not None and self.registry.roles[role[0]].kind == "person"

    def _unknown_party(self, doc: Doc, ent: Span, prior: list[Mention], places: dict[int, tuple[str, bool]]) -> Mention | None:
        """A party the registry does not know is a party of the state its phrase names, else of the state the
        article is about: "The opposition Liberal Party accused ..." in a story from Honduras is HND.OPP, "the
        Socialist Party dismissed the claims" HND.PTY."""
        root = ent.root
        if root.i == ent.end - 1 and ent.end < len(doc) and doc[ent.end].lower_ in PARTY_NOUNS and root.head.i == ent.end and (
                root.dep_ in ("compound", "nmod", "amod")):
            # "the far-right Renew party" with only the name tagged: the phrase headed by "party" is the party
            root = doc[ent.end]
            ent = doc[ent.start : ent.end + 1]
        if ent[-1].lower_ in PARTY_NOUNS and ent[-1].text[:1].isupper() and ent[-1].head.i >= ent.end:
            root = ent[-1]  # "People's Party leader X": the parse may hang the name's first word on the noun after it
        if root.lower_ not in PARTY_NOUNS or root.i != ent.end - 1:
            return None
        owned = self._party_owner(root, ent.start)
        country = owned[0] if owned is not None else self._home_country(doc, prior, places)
        reg = self.registry
        if country is None or country not in reg.entities or reg.entities[country].kind != "state":
            return None
        sector = self._party_sector(root, ent.start)
        return self._mention(ent, reg.entity(country), f"{country}.{sector}", "role", "state")

    def _community(self, doc: Doc, ent: Span, words: list[str], prior: list[Mention], places: dict[int, tuple[str, bool]]) -> Mention | None:
        """A religious community named by its faith: "the Druze community", "Christians in northern Mozambique",
        "the Catholic Church", "the Sikh minority" are the community (REL) of the state they are placed in,
        else of the state the article is about. The faith's adjective on a role noun leaves the role to decide
        ("Druze fighters", "Sikh activists"); a church where something happened is a place ("at a Catholic
        church in Komanda")."""
        reg = self.registry
        if any(w not in COMMUNITY_NOUNS for w in words[1:]):
            return None  # "Christian Democrats": a party's name
        root = ent.root
        span = ent
        head = root.head
        if root.dep_ in ("amod", "compound", "nmod") and head.i >= ent.end:
            if head.lower_ not in COMMUNITY_NOUNS or any(t.pos_ not in ("NOUN", "ADJ", "PROPN") for t in doc[ent.end : head.i]):
                return None  # "Sikh activists", "Muslim countries": the noun, not the faith, is the actor
            span = doc[ent.start : head.i + 1]
            root = head
        if root.lower_ in FACILITY_ROLE_NOUNS and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            return None  # "a blast at a Coptic church": the building
        index = token_index(doc, prior)
        country = self._located(root, places, index) or self._home_country(doc, prior, places)
        if country is None or country not in reg.entities:
            return None
        plural = root.tag_ in ("NNS", "NNPS") or root.lower_ in ("community", "minority", "population", "faithful")
        return self._mention(span, reg.entity(country), f"{country}.REL", "location", "group", plural=plural)

    def _command(self, doc: Doc, ent: Span, prior: list[Mention], places: dict[int, tuple[str, bool]]) -> Mention | None:
        """A military command named by its region ("the Myanmar military's Western Command", "Northern Command
        said"): the military of the state that owns it, else of the state the article is about."""
        reg = self.registry
        index = token_index(doc, prior)
        owner = next((index[c.i] for c in ent.root.children if c.dep_ == "poss" and c.i in index), None)
        base = owner.key.split(".", 1)[0] if owner is not None else self._home_country(doc, prior, places)
        if base is None or base not in reg.entities or reg.entities[base].kind != "state":
            return None
        return self._mention(ent, reg.entity(base), f"{base}.MIL", "role", "state")

    def _title_words_before(self, doc: Doc, ent: Span, text: str, prior: list[Mention]) -> Mention | None:
        """A name after title words that follow a state's or body's phrase, whatever the parse: "Cameroon's
        opposition candidate Issa X" (CMR.OPP), "the Kenyan opposition presidential hopeful X"; the title's own
        person role, if it has one, gives the sector ("Zambia's former finance minister X": ZMB.GOV)."""
        words = _title_words(doc, ent)
        if not words:
            return None
        first = min(t.idx for t in words)
        # the phrase ends inside the title words or right before them ("Cameroon's opposition | candidate")
        owner = next((m for m in reversed(prior) if first - 3 <= m.end <= words[0].idx and _titles(m)
                      and sent_of(ent[0]).start_char <= m.start), None)
        if owner is None:
            return None
        words = [t for t in words if t.idx >= owner.end]
        sector = None
        for t in words:
            role = self._role_of(t)
            if role and self.registry.roles[role[0]].kind == "person":
                sector = role[1]
                break
        base = owner.key.split(".")[0]
        key = f"{base}.{sector}" if sector and owner.kind == "state" and base in self.registry.entities else owner.key
        return Mention(ent.start_char, ent.end_char, ent.text, key, owner.code, sector or owner.sector, text, "role", "person")

    def _owner_state(self, tok: Token) -> Mention | None:
        """The state of a known official named as a possessor ("Trump's envoy"): the envoy serves that state."""
        reg = self.registry
        ent = entity_at(tok)
        if ent is None:
            return None
        words = [t.text for t in ent if t.dep_ != "case" and t.text not in ("'s", "'")]
        for form in (" ".join(words), words[-1] if words else ""):
            term = reg.terms.get(form)
            if term is not None and term.entity.kind == "person":
                base = term.entity.key.split(".", 1)[0]
                if base in reg.entities and reg.entities[base].kind == "state":
                    return Mention(ent.start_char, ent.end_char, ent.text, base, base, None, None, "person", "state")
        return None

    def _office_region(self, ent: Span, places: dict[int, tuple[str, bool]]) -> Mention | None:
        """The state of the first region or city the sentence of ``ent`` places things in (a place already
        read, else the object of a locative or "of" phrase the place lists know: "in the centre of Kharkiv")."""
        from ..events.places import region_at

        sent = sent_of(ent)
        country = next((c for i, (c, loc) in sorted(places.items()) if loc and sent.start <= i < sent.end), None)
        if country is None:
            for tok in sent:
                if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ in _PLACE_PREPS:
                    p = region_at(tok)
                    if p is not None and p.country:
                        country = p.country
                        break
        if country is None or country not in self.registry.entities:
            return None
        return Mention(ent.start_char, ent.start_char, "", country, country, None, None, "home", "state")

    def _titled_person(self, doc: Doc, ent: Span, text: str, prior: list[Mention],
                       places: dict[int, tuple[str, bool]] | None = None) -> Mention | None:
        """An unknown person with a title or an apposition: "Japanese Prime Minister Fumio Kishida",
        "Itamar Ben-Gvir, Israel's national security minister", "President Aleksandar Vucic"."""
        index = token_index(doc, prior)
        root = ent.root
        sector = None
        country_m: Mention | None = None
        # title words and modifiers inside the noun phrase, left of the name
        role_noun = ""
        candidate = False
        # the parser may hang the name off the verb, apart from its title ("police arrested opposition leader X"
        # with X an adverbial): the lower-case title words right before the name count as its phrase
        first = min([root.left_edge.i] + [t.i for t in _title_words(doc, ent)])
        for t in doc[first : ent.start]:
            role = self._role_of(t)
            if role and self.registry.roles[role[0]].kind == "person":
                sector = role[1]
                role_noun = role[0]
                if role_noun == "leader" and any(w.lower_ in CURRENT_WORDS for w in doc[first : t.i]):
                    sector = "OPP"  # "far-right leader Marine Dupont": a political current's leader, no state's
            elif role is None and sector is None and t.lower_ in CANDIDATE_NOUNS and t in _title_words(doc, ent):
                # "far-right candidate Ana Popa", "opposition candidate Juan Perez": a candidate of a political
                # current or of the opposition is OPP; "presidential candidate X" is a party's (PTY)
                sector = "OPP" if any(w.lower_ in CURRENT_WORDS or w.lower_ == "opposition" for w in doc[first : t.i]) else "PTY"
                candidate = True
            if t.i in index and _titles(index[t.i]):
                country_m = index[t.i]
        if sector == "PTY" and any(w.lower_ == "opposition" for w in doc[first : ent.start]):
            sector = "OPP"  # "opposition People's Party leader Alberto X": the leader of an opposition party
        # an apposition after the name: ", Israel's national security minister"
        appos_role = ""
        for c in [c for tok in ent for c in tok.children]:
            if c.dep_ == "appos" and c.i >= ent.end:
                for t in c.subtree:
                    if t.i in index and _titles(index[t.i]):
                        country_m = country_m or index[t.i]
                    elif t.dep_ == "poss" and t.ent_type_ == "PERSON" and t.i >= ent.end:
                        country_m = country_m or self._owner_state(t)  # ", President Trump's envoy"
                    role = self._role_of(t)
                    if role and sector is None:
                        sector = role[1]
                        appos_role = role[0]
        if country_m is None and sector is None:
            # round 39: "Osama X, who heads a Tripoli prison", "Ana Y, who leads the Lima teachers' union": a person
            # placed by what he heads is that body's (a role's sector where the body is one) or its place's state's
            for c in [c for tok in ent for c in tok.children]:
                if c.dep_ != "relcl" or c.lemma_.lower() not in HEADING_VERBS or not any(
                        g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children):
                    continue
                for o in (o for o in c.children if o.dep_ == "dobj" and (o.lemma_.lower() in HEADED_BODY_NOUNS or (
                        (r := self._role_of(o)) is not None and self.registry.roles[r[0]].kind in ("body", "group")))):
                    for t in o.subtree:
                        if t.i in index and _titles(index[t.i]):
                            country_m = country_m or index[t.i]
                        elif country_m is None and t.pos_ == "PROPN":
                            place = places.get(t.i, (None,))[0] if places else None
                            if place is None:
                                from ..events.places import lookup_place

                                hit = lookup_place(t.text)
                                place = hit.country if hit is not None and hit.feature in ("city", "region") else None
                            if place is not None and place in self.registry.entities:
                                country_m = Mention(t.idx, t.idx + len(t.text), t.text, place, place, None, None, "location", "state")
                    role = self._role_of(o)
                    if role and country_m is not None and "." not in country_m.key and self.registry.roles[role[0]].kind == "body":
                        sector = role[1]
        if country_m is None and sector is not None and role_noun.rsplit(" ", 1)[-1] in REGIONAL_OFFICE_HEADS:
            # "A Russian drone hit a school in Kharkiv ..., regional governor Oleh X said": a governor or mayor
            # with no state in his title heads the region or city the sentence places things in
            country_m = self._office_region(ent, places or {})
        if country_m is None and sector is not None:
            # a bare title ("President Aleksandar Vucic said"): the state this sentence is about
            sent = sent_of(ent)
            states = [m for m in prior if m.kind == "state" and sent.start_char <= m.start < sent.end_char and "." not in m.key]
            subjects = [m for m in states if (sp := char_span(doc, m.start, m.end)) is not None and sp.root.dep_ in ("nsubj", "nsubjpass")]
            home = self._home_country(doc, prior, places or {})
            filed = dateline_country(doc)
            name_end = root.right_edge.idx + len(root.right_edge)  # "Foreign Minister X of Hungary": his own state
            earlier = any(m.kind == "state" and sent.start_char <= m.start < ent.start_char for m in prior)
            own = [m for m in states if ent.end_char <= m.start < name_end and (sp := char_span(doc, m.start, m.end)) is not None
                   and sp.root.head.lower_ == "of" and sp.root.head.head.i == root.i]
            if own:
                country_m = own[0]  # "Foreign Minister Peter X of Slovakia": the state in the phrase of his name
            elif filed is not None and states and not earlier and filed in self.registry.entities and role_noun and (
                    self.registry.roles[role_noun].title or _title_before_name(doc, role_noun, ent)) and all(
                    m.key != filed and m.start >= name_end and _acted_on(doc, m, root)
                    for m in states) and not any(t.dep_ == "case" for t in doc[root.left_edge.i : ent.start]) and (
                    dateline_city(doc) not in VENUE_DATELINE_CITIES):
                # the states a bare-titled official acts on after his name (none before it) are not his own: in a
                # story filed from a state, "KYIV - Foreign Minister Oleksandr X accused Russia of ..." is Ukraine's
                # (wire copy gives a foreign official his state's name: "Russian Foreign Minister ..."); not a state
                # he speaks of ("said Iran would ..."), nor in a story filed from a meeting place ("GENEVA - ...")
                country_m = Mention(ent.start_char, ent.start_char, "", filed, filed, None, None, "home", "state")
            elif home is not None and any(m.key == home for m in states):
                country_m = next(m for m in states if m.key == home)
            elif (len(states) == 1 and (home is None or states[0].start < ent.start_char)
                  and not (home is not None and _spoken_of(doc, states[0], root))):
                country_m = states[0]
            elif len(subjects) == 1 and not (home is not None and _spoken_of(doc, subjects[0], root)):
                country_m = subjects[0]
            elif (not states or (home is not None and all(_spoken_of(doc, m, root) for m in states))) and home is not None and (
                    candidate or role_noun and (
                    self.registry.roles[role_noun].title or _title_before_name(doc, role_noun, ent))):
                # "Interior Minister Mohsin Naqvi said" in an article about Pakistan; a role noun right before
                # the name serves as its title even if it is none by itself ("opposition leader Juan Perez").
                # Wire copy gives a foreign official his state ("Rwandan Defence Minister X"): a bare title in a
                # story filed from a state the text also names is that state's ("NIAMEY, Niger - ... Malian
                # troops ... Interior Minister Ibrahim Sani said"), however often another state is named
                owned = any(t.dep_ == "case" for t in doc[root.left_edge.i : ent.start])  # "the bloc's commission president X"
                city = dateline_city(doc)
                city_words = city.split()
                if filed is not None and filed != home and not owned and filed in self.registry.entities and (
                        any(m.key.split(".", 1)[0] == filed and m.entity_text.lower() != city for m in prior)
                        or any(c == filed and doc[i].lower_ not in city_words for i, (c, _) in (places or {}).items())):
                    home = filed
                country_m = Mention(ent.start_char, ent.start_char, "", home, home, None, None, "home", "state")
        if country_m is None:
            return None
        base = country_m.key.split(".")[0]
        key = f"{base}.{sector}" if sector and country_m.kind == "state" else country_m.key
        if (sector == "GOV" and (role_noun or appos_role) in BODY_HEAD_TITLES and country_m.kind == "state" and "." in country_m.key
                and ":" not in country_m.key and country_m.sector not in (None, "GOV") and doc[first].idx <= country_m.start):
            # round 39: "COSATU president X", "X, a spokesman for the coast guard": a generic head's title of a
            # body is the body's (ZAF.LAB, PHL.MIL), not the state's government
            key, sector = country_m.key, country_m.sector
        return Mention(ent.start_char, ent.end_char, ent.text, key, country_m.code, sector or country_m.sector, text, "role", "person")


def _spoken_of(doc: Doc, m: Mention, name: Token) -> bool:
    """Round 43: does the state of ``m`` stand in what the official named by ``name`` says, the complement clause
    of his verb of saying ("Foreign Minister X said Asmara had chosen war", "'Russia is targeting ...,' Deputy
    Prime Minister Y said")? Such a state is the one he speaks about, no sign of his own."""
    sp = char_span(doc, m.start, m.end)
    if sp is None or name.dep_ not in ("nsubj", "nsubjpass") or name.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    return in_reported_clause(sp.root, name.head)


def _acted_on(doc: Doc, m: Mention, name: Token) -> bool:
    """Is the state of ``m`` one the official named by ``name`` acts on: the object of his verb, the object of a
    preposition on it, the owner of such an object, or the doer of the infinitive he asks for ("accused Russia of",
    "met Russia's envoy", "urged Russia to withdraw")? A state in what he says ("said Iran would ...") is not."""
    sp = char_span(doc, m.start, m.end)
    if sp is None or name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb, t = name.head, sp.root
    while t.dep_ in ("poss", "compound", "conj") and t.head.i != t.i:
        t = t.head  # "Russia's envoy", "Russia and Belarus"
    if t.head.i == verb.i:
        return t.dep_ in ("dobj", "dative")
    if t.dep_ == "pobj":
        return t.head.dep_ in ("prep", "dative") and t.head.head.i == verb.i
    if t.dep_ == "nsubj" and t.head.dep_ in ("xcomp", "ccomp") and t.head.head.i == verb.i:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children)  # "urged Russia to withdraw"
    return False


def _title_before_name(doc: Doc, role_noun: str, ent: Span) -> bool:
    """Does the role noun end right before the name ("opposition leader Juan Perez"), with no comma between, or
    before other lower-case title words only ("dissident artist Li Wen", "opposition candidate X")? Wire copy
    also writes the title capitalised on the name ("National Security Adviser Juan Perez") and puts a rank
    between ("army spokesman Lt. Juan Perez"): the role's last word right before the name, past a rank, counts."""
    last = role_noun.split()[-1]
    for t in _title_words(doc, ent):
        if t.lower_ == last:
            return True
    i = _past_rank(doc, ent)
    if i < 0 or i == ent.start - 1 and doc[i].is_sent_start or not doc[i].text[:1].isupper():
        return False  # a lower-case title right before the name (or a rank) is read by ``_title_words``
    t = doc[i]
    return t.lower_ == last and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "compound" and ent.start <= t.head.i < ent.end


def _past_rank(doc: Doc, ent: Span) -> int:
    """The index of the word before a name, past an abbreviated rank written between a title and the name
    ("army spokesman Lt. Jules X": "spokesman"); the word right before the name when there is no rank."""
    i = ent.start - 1
    # the tagger may leave a given name after a rank out of the name ("Lt. Didier [Kossi]"): a capitalised proper
    # noun compounded onto the name, with a rank right before it, is part of the name
    j = i
    while j > ent.start - 3 and j > 0 and doc[j].pos_ == "PROPN" and doc[j].dep_ == "compound" and doc[j].text[:1].isupper() \
            and ent.start <= doc[j].head.i < ent.end and doc[j].lower_.rstrip(".") not in RANK_ABBREVIATIONS:
        j -= 1
    if j < i and (doc[j].lower_.rstrip(".") in RANK_ABBREVIATIONS or (
            doc[j].text == "." and doc[j - 1].lower_ in RANK_ABBREVIATIONS)):
        i = j
    # (the parser often ends a sentence at the rank's full stop: "... army spokesman Lt. | Jules X said")
    while i > 0 and (doc[i].lower_.rstrip(".") in RANK_ABBREVIATIONS or (
            doc[i].text == "." and doc[i - 1].lower_ in RANK_ABBREVIATIONS)):
        i -= 1  # "Lt." (one token or two), "Col.", "Gen."
    return i


def _title_words(doc: Doc, ent: Span) -> list[Token]:
    """The lower-case nouns and adjectives right before a name, nearest first, that read as its title ("the
    pro-democracy media tycoon Jimmy Lai": tycoon, media, democracy, -, pro); no comma, determiner or verb
    between: at most five words."""
    out: list[Token] = []
    i = _past_rank(doc, ent)  # "army spokesman Lt. Jules X": the title before the rank
    sent_start = sent_of(doc[i] if i >= 0 else ent[0]).start
    while i >= sent_start and len(out) < 5:
        t = doc[i]
        if t.text == "-" and out:
            out.append(t)
        elif t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN") and t.tag_ not in ("VBG", "VBN"):
            out.append(t)
        else:
            break
        i -= 1
    if not out or out[0].pos_ != "NOUN":
        return []
    return out


def _portfolio_word(doc: Doc, ent: Span) -> bool:
    """Is a one-word name the portfolio of a capitalised title around it ("Interior Minister Fernando X", "the
    Education Ministry", "Secretary of State Marco X")?"""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in PORTFOLIO_TITLES:
        return True
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in PORTFOLIO_TITLES and (
        doc[ent.start - 2].text[:1].isupper())
