"""Actor recognition and resolution, as a spaCy component.

``eventcoder_actors`` finds every actor mention in a parsed Doc and writes
``doc._.actor_mentions`` (a list of :class:`~eventcoder.models.Mention`, in text order) and
``doc._.token_mentions`` (token index -> Mention) for the event coder. Each mention says *why* it
resolved as it did (``via``): registry, alias, demonym, metonym, role, person, coreference, location.
"""

from __future__ import annotations

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
from .coref import CorefResolver
from .vocab import (
    ADHERENT_NOUNS,
    ARMED_NOUNS,
    EDGE_NOUNS,
    GEO_ADJS,
    LOCATIVE_PREPS,
    MIL_AFTER_STATE,
    MOTION_NOUNS,
    MOTION_VERBS,
    NOT_BARE_GROUPS,
    PLACE_NOUNS,
    PLACE_OBJECT_VERBS,
    PLACE_PARTICIPLES,
    _norm,
    _titles,
)


class ActorResolver(CorefResolver):
    """Finds and resolves actor mentions in a Doc using the registry."""

    def __init__(self, nlp: Language, actors_files: Iterable[str] = ()) -> None:
        self.registry: Registry = get_registry(tuple(actors_files))
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        reg = self.registry
        groups = {
            "TERM": list(reg.terms) + [f for f in reg.local_terms if f not in reg.terms],
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
        if tok.lower_ == "elect" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
            return self._role_of(tok.doc[tok.i - 2])  # "the president-elect"
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

    @staticmethod
    def _root(span: Span) -> Token:
        """The span's syntactic head, skipping a leading determiner ("the U.S." parsed as det + compound)."""
        outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
        good = [t for t in outside if t.dep_ not in ("det", "punct", "case")]
        return (good or outside or [span.root])[-1]

    def _np_role(self, first: int, head: Token) -> tuple[Token, str, str] | None:
        """A role noun in the noun phrase after a demonym or state name ending at ``head``:
        "Israeli army posts" -> army; "American B-2 bombers" -> bombers. (token, role noun, sector)."""
        doc = head.doc
        # "US fighter jets": the phrase goes on to a role of two words ("fighter jets"), not "fighter"
        while head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.pos_ in ("NOUN", "PROPN"):
            role = self._role_of(head.head)
            if role is None or " " not in role[0]:
                break
            head = head.head
        # "a Myanmar military air strike": a sector word right after the state name, before the event noun
        cands = [head] + [doc[i] for i in range(head.i - 1, first - 1, -1) if doc[i].head.i == head.i and (
            doc[i].dep_ in ("compound", "nmod") or (doc[i].dep_ == "amod" and i == first))]
        for t in cands:
            role = self._role_of(t)
            if role:
                return t, role[0], role[1]
            if t.lower_ in MIL_AFTER_STATE or t.lemma_.lower() in MIL_AFTER_STATE:
                return t, t.lower_, "MIL"
        return None

    def _names_group(self, words: Span) -> bool:
        """Does the phrase after a state name name an organisation of its own ("Yemen's Houthi rebels",
        "Nigeria's Boko Haram militants")? Then the organisation, not the state's sector, is the actor."""
        reg = self.registry
        toks = [t for t in words if t.dep_ != "case" and t.pos_ == "PROPN"]
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                term = reg.terms.get(" ".join(t.text for t in toks[i:j]))
                if term is not None and term.entity.kind not in ("state", "organ", "person"):
                    return True
        return False

    def _place_kind(self, span: Span, places: dict[int, tuple[str, bool]], capital: bool = False) -> str | None:
        """Why a state/capital/metonym span is a place and not an actor: 'loc' (a location: "in Warsaw",
        "central Myanmar"), 'dest' (a destination: "fled to Moscow") or 'other'; None if it is an actor."""
        doc = span.doc
        root = self._root(span)
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in PLACE_PARTICIPLES:
            return "other"
        head = root.head
        if root.dep_ == "pobj":
            p = head.lower_
            gov = head.head
            if p in LOCATIVE_PREPS:
                return "loc"
            if p in ("toward", "towards") or (p == "of" and gov.lower_ == "out"):
                return "dest"
            if p in ("to", "into", "onto", "from", "on") and (
                (gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in MOTION_VERBS) or (gov.pos_ == "NOUN" and gov.lemma_.lower() in MOTION_NOUNS)
            ):
                return "dest"
            if p in ("of", "with") and gov.lemma_.lower() in PLACE_NOUNS:
                return "loc"
        if root.dep_ in ("poss", "compound", "amod", "nmod") and head.i >= span.end and head.lemma_.lower() in PLACE_NOUNS:
            return "loc"
        if root.dep_ == "dobj" and head.lemma_.lower() in PLACE_OBJECT_VERBS:
            return "dest"
        if root.dep_ == "npadvmod" and root.ent_type_ in ("GPE", "LOC"):
            return "loc"
        if any(c.dep_ == "amod" and c.lower_ in GEO_ADJS and c.i < span.start for c in root.children):
            return "loc"
        if root.dep_ == "conj" and root.head.i in places:
            return "loc" if places[root.head.i][1] else "dest"
        if capital and root.dep_ == "compound" and head.pos_ == "NOUN" and self._role_of(head) is None and head.lemma_.lower() not in self.registry.corefs:
            return "other"  # "the Paris climate accord"
        return None

    def _inside_larger_place(self, span: Span, ent_of: dict[int, Span]) -> bool:
        """A registry name inside a longer place or person name that is not itself ours: "Gaza City",
        "East Azerbaijan", "the Gulf of Mexico", "Chad Morgan", "USS George Washington"."""
        ent = ent_of.get(span.start)
        if ent is None or ent.label_ not in ("GPE", "LOC", "FAC", "PERSON") or (ent.start == span.start and ent.end == span.end):
            return False
        if ent.start > span.start or ent.end < span.end:
            return False
        reg = self.registry
        for t in ent:
            if span.start <= t.i < span.end or not t.is_alpha or t.pos_ == "DET" or t.lower_ in ("of", "and"):
                continue
            if t.text in reg.terms or t.text in reg.adjectives or t.text in reg.capitals:
                continue
            return True
        return False

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

    def _modified_by_actor(self, noun: Token) -> bool:
        """"Sudanese refugees in Chad": the demonym already says whose refugees they are."""
        reg = self.registry
        return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.text in reg.adjectives or c.text in reg.terms or c.text in reg.people_nouns) for c in noun.children)

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        date = doc.user_data.get("published") if doc.user_data else None
        mentions: list[Mention] = []
        taken: set[int] = set()
        places: dict[int, tuple[str, bool]] = {}  # token -> (country, is a location rather than a destination)
        ent_of = {t.i: ent for ent in doc.ents for t in ent}
        matches = [Span(doc, s, e, label=lab) for lab, s, e in ((doc.vocab.strings[m], s, e) for m, s, e in self.matcher(doc))]
        spans = sorted(filter_spans(matches), key=lambda s: s.start)
        local = self.registry.local_terms
        countries = [(sp, None if self.forms.get((sp.label_, " ".join(t.text for t in sp)), sp.text) in local else self._span_country(sp)) for sp in spans]
        named = [c for _, c in countries if c]
        guess = max(set(named), key=lambda c: (named.count(c), -named.index(c))) if named else None
        for span in spans:
            if span.label_ == "TERM" and self.forms.get(("TERM", " ".join(t.text for t in span)), span.text) in self.registry.local_terms:
                in_sent = {c for sp, c in countries if c and span.sent.start <= sp.start < span.sent.end}
                m = self._resolve_local(doc, span, guess, in_sent)
            else:
                m = self._resolve_span(doc, span, date, places, ent_of)
            if m is None:
                continue
            mentions.append(m)
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            taken.update(range(sp.start, sp.end))
        taken.update(places)
        # named entities the registry does not know
        for ent in doc.ents:
            if any(t.i in taken for t in ent):
                continue
            m = self._resolve_ner(doc, ent, date, mentions)
            if m is not None:
                mentions.append(m)
                taken.update(t.i for t in ent)
        self._region_places(doc, taken, places)
        mentions += self._adherents(doc, mentions, taken)
        mentions.sort(key=lambda m: m.start)
        home = self._home_country(doc, mentions, places)
        mentions += self._groups(doc, mentions, taken, places, home, anaphoric=False)
        mentions.sort(key=lambda m: m.start)
        mentions = self._corefs(doc, mentions, taken, home)
        mentions += self._groups(doc, mentions, taken, places, home, anaphoric=True)
        mentions = self._appositions(doc, mentions)
        mentions.sort(key=lambda m: m.start)
        doc._.actor_mentions = mentions
        index = token_index(doc, mentions)
        doc._.token_mentions = index
        return doc

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

    def _span_country(self, span: Span) -> str | None:
        """The state a matched name belongs to, for guessing what an article is about before resolution."""
        reg = self.registry
        label = span.label_
        text = self.forms.get((label, " ".join(t.text for t in span)), span.text)
        if label == "ADJ":
            return reg.adjectives.get(text)
        if label == "PEOPLE":
            return reg.people_nouns.get(text)
        if label == "CAPITAL":
            return reg.capitals.get(text)
        term = reg.terms.get(text)
        if term is None:
            return None
        ent = term.entity
        base = ent.key.split(".", 1)[0]
        if base in reg.entities and reg.entities[base].kind == "state":
            return base
        return ent.country if ent.kind in ("org", "organ") else None

    def _resolve_local(self, doc: Doc, span: Span, home: str | None, in_sent: set[str]) -> Mention | None:
        """A form that names a different organ or party in different states ("National Guard",
        "Democratic Party"): the one of the article's country, else of a state named in the sentence,
        else the form's usual sense (if it has one)."""
        reg = self.registry
        text = self.forms.get(("TERM", " ".join(t.text for t in span)), span.text)
        default = reg.terms.get(text)
        cands = list(reg.local_terms.get(text, ())) + ([default] if default is not None else [])
        pick = next((t for t in cands if t.entity.country == home), None) or next((t for t in cands if t.entity.country in in_sent), None) or default
        if pick is None:
            return None
        ent = pick.entity
        return self._mention(span, ent, ent.key, pick.via, ent.kind if ent.kind != "organ" else "state")

    def _resolve_span(self, doc: Doc, span: Span, date: str | None, places: dict[int, tuple[str, bool]], ent_of: dict[int, Span]) -> Mention | None:
        reg = self.registry
        label = span.label_
        text = self.forms.get((label, " ".join(t.text for t in span)), span.text)

        def place(country: str, why: str) -> None:
            for i in range(span.start, span.end):
                places[i] = (country, why == "loc")

        if label == "ADJ":
            country = reg.adjectives[text]
            ent = reg.entity(country)
            root = self._root(span)
            while root.dep_ == "conj" and root.head.pos_ in ("ADJ", "PROPN") and root.head.i < root.i:
                root = root.head  # "Cambodian and Thai troops": Thai shares Cambodian's noun
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in PLACE_PARTICIPLES:
                return None  # "Israeli-made drones"
            head = root.head if root.dep_ in ("amod", "compound", "nmod") else None
            if head is not None and head.i > span.end - 1:
                hit = self._np_role(span.end, head)
                if hit:
                    tok, noun, sector = hit
                    full = doc[span.start : tok.i + 1] if root.i == self._root(span).i else span
                    return self._role_mention(full, ent, country, noun, sector, tok, date, "demonym")
                if head.lemma_.lower() in PLACE_NOUNS:
                    place(country, "loc")  # "the Haitian capital", "Chinese waters"
                    return None
            return self._mention(span, ent, country, "demonym", "state")
        if label == "PEOPLE":
            country = reg.people_nouns[text]
            return self._mention(span, reg.entity(country), f"{country}.CVL", "demonym", "group", plural=True)
        if label == "CAPITAL":
            country = reg.capitals[text]
            if self._inside_larger_place(span, ent_of):
                return None
            if text.endswith(" City") and text[:-5] in reg.terms:
                place(country, "loc")  # "Gaza City", "Kuwait City": a city, never the government's metonym
                return None
            why = self._place_kind(span, places, capital=True)
            if why:
                place(country, why)
                return None
            return self._mention(span, reg.entity(country), country, "metonym", "state")
        term = reg.terms[text]
        ent = term.entity
        if ent.kind in ("state", "organ") and self._inside_larger_place(span, ent_of):
            return None
        if ent.kind == "person":
            hit = reg.person_key(ent.name, date)
            key = hit[0] if hit else ent.key
            root = self._root(span)
            if root.dep_ in ("compound", "poss") and root.head.i >= span.end and root.head.pos_ == "NOUN":
                role = self._role_of(root.head)
                base = key.split(".", 1)[0]
                body = role is not None and (reg.roles[role[0]].kind == "body" or (root.dep_ == "poss" and reg.roles[role[0]].kind == "group"))
                if role and body and base in reg.entities and reg.entities[base].kind == "state":
                    # "the Biden administration", "Abiy Ahmed's government": the person's state and the body's sector
                    return self._mention(doc[span.start : root.head.i + 1], reg.entity(base), f"{base}.{role[1]}", "role", "state")
            return self._mention(span, ent, key, "person", "person")
        if ent.kind == "organ" and term.via == "metonym":
            root = self._root(span)
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "inside", "outside", "near"):
                place(ent.code, "loc")  # "a ceremony in the Kremlin"
                return None
        if ent.kind in ("state",):
            group = self._group_for_location(span)
            if group is not None:
                place(ent.key, "loc")
                return self._mention(span, ent, f"{ent.key}.{group[1]}", "location", "group", plural=True)
            why = self._place_kind(span, places)
            if why:
                place(ent.key, why)
                return None
            root = self._root(span)
            # "Iran's supreme leader" -> IRN.GOV; "Iran foreign minister", "US troops", "the U.S. president"
            if root.dep_ in ("poss", "compound", "nmod") and root.head.i > span.end - 1:
                hit = self._np_role(span.end, root.head)
                if hit and not self._names_group(doc[span.end : hit[0].i + 1]):
                    tok, noun, sector = hit
                    return self._role_mention(doc[span.start : tok.i + 1], ent, ent.key, noun, sector, tok, date, "role")
        if ent.kind == "alliance":
            return self._mention(span, ent, ent.key, term.via, "alliance")
        if ent.kind == "org":
            root = self._root(span)
            after = doc[span.end : min(span.end + 4, len(doc))]
            wing = next((t for t in after if t.lemma_.lower() == "wing"), None)
            if root.dep_ == "poss" and wing is not None:
                # "Hamas's armed wing": the organisation's military wing (read off the words: the parse of
                # "X's armed wing fired" often makes "wing" a modifier)
                mods = [t for t in doc[span.end : wing.i] if t.lower_ in ("armed", "military")]
                if mods:
                    base = ent.key.split(".", 1)[0]
                    return self._mention(doc[span.start : wing.i + 1], reg.entity(f"{base}.MIL"), f"{base}.MIL", "registry", "org")
        return self._mention(span, ent, ent.key, term.via, ent.kind if ent.kind != "organ" else "state")

    def _role_mention(self, span: Span, ent: Entity | None, country: str, noun: str, sector: str, tok: Token, date: str | None, via: str) -> Mention:
        """"Israeli troops" (ISR.MIL), "the U.S. president" (USA.GOV, named after who held the office that day)."""
        role = self.registry.roles.get(noun)
        one_person = role is not None and role.kind == "person" and tok.tag_ in ("NN", "NNP")
        if role is not None and role.country and role.country != country:
            # "the first American pope": the demonym is his nationality; the office is the Holy See's
            country = role.country
            ent = self.registry.entity(country)
            span = tok.doc[tok.i - noun.count(" ") : tok.i + 1]
        plural = tok.tag_ in ("NNS", "NNPS") or span[-1].tag_ in ("NNS", "NNPS")
        m = self._mention(span, ent, f"{country}.{sector}", via, "person" if one_person else "state", plural=plural)
        if one_person:
            holder = self.registry.holder(country, noun, date)
            if holder:
                m = Mention(m.start, m.end, m.entity_text, m.key, m.code, m.sector, holder, via, "person", False)
        return m

    def _home_country(self, doc: Doc, mentions: list[Mention], places: dict[int, tuple[str, bool]]) -> str | None:
        """The country the article is mostly about: the most often named state (places included), earliest on a tie."""
        reg = self.registry
        count: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in mentions:
            base = m.key.split(".", 1)[0]
            if m.kind in ("state", "person", "group") and base in reg.entities and reg.entities[base].kind == "state":
                count[base] = count.get(base, 0) + 1
                first.setdefault(base, m.start)
        seen = set()
        for i, (c, _) in sorted(places.items()):
            if c in seen:
                continue
            seen.add(c)
            count[c] = count.get(c, 0) + 1
            first.setdefault(c, doc[i].idx)
            first[c] = min(first[c], doc[i].idx)
        if not count:
            return None
        return min(count, key=lambda c: (-count[c], first[c]))

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
                if m.end <= ent.start_char and ent.start_char - m.end <= 3 and _titles(m):
                    return Mention(ent.start_char, ent.end_char, ent.text, m.key, m.code, m.sector, text, "role", "person")
            # apposition: "Iran's supreme leader, Ayatollah Ali Khamenei"
            if ent.root.dep_ == "appos":
                for m in reversed(prior):
                    sp = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if sp is not None and ent.root.head.i in range(sp.start, sp.end):
                        return Mention(ent.start_char, ent.end_char, ent.text, m.key, m.code, m.sector, text, "apposition", "person")
            # the surname of someone named earlier in the article ("Joseph Aoun ... Aoun said")
            if len(text.split()) == 1:
                for m in reversed(prior):
                    if m.kind == "person" and not m.key.startswith("UNK:") and m.entity_text.split()[-1:] == [text]:
                        return Mention(ent.start_char, ent.end_char, ent.text, m.key, m.code, m.sector, m.name, "person", "person")
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
        role_noun = ""
        for t in doc[root.left_edge.i : ent.start]:
            role = self._role_of(t)
            if role and self.registry.roles[role[0]].kind == "person":
                sector = role[1]
                role_noun = role[0]
            if t.i in index and _titles(index[t.i]):
                country_m = index[t.i]
        # an apposition after the name: ", Israel's national security minister"
        for c in [c for tok in ent for c in tok.children]:
            if c.dep_ == "appos" and c.i >= ent.end:
                for t in c.subtree:
                    if t.i in index and _titles(index[t.i]):
                        country_m = country_m or index[t.i]
                    role = self._role_of(t)
                    if role and sector is None:
                        sector = role[1]
        if country_m is None and sector is not None:
            # a bare title ("President Aleksandar Vucic said"): the state this sentence is about
            states = [m for m in prior if m.kind == "state" and ent.sent.start_char <= m.start < ent.sent.end_char and "." not in m.key]
            subjects = [m for m in states if (sp := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and sp.root.dep_ in ("nsubj", "nsubjpass")]
            home = self._home_country(doc, prior, {})
            if home is not None and any(m.key == home for m in states):
                country_m = next(m for m in states if m.key == home)
            elif len(states) == 1 and (home is None or states[0].start < ent.start_char):
                country_m = states[0]
            elif len(subjects) == 1:
                country_m = subjects[0]
            elif not states and home is not None and role_noun and self.registry.roles[role_noun].title:
                # "Interior Minister Mohsin Naqvi said" in an article about Pakistan
                country_m = Mention(ent.start_char, ent.start_char, "", home, home, None, None, "home", "state")
        if country_m is None:
            return None
        base = country_m.key.split(".")[0]
        key = f"{base}.{sector}" if sector and country_m.kind == "state" else country_m.key
        return Mention(ent.start_char, ent.end_char, ent.text, key, country_m.code, sector or country_m.sector, text, "role", "person")

def token_index(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """Token position -> the first mention covering it."""
    index: dict[int, Mention] = {}
    for m in mentions:
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is not None:
            for t in sp:
                index.setdefault(t.i, m)
    return index


@Language.factory("eventcoder_actors", default_config={"actors_files": []})
def make_actor_resolver(nlp: Language, name: str, actors_files: list[str]) -> ActorResolver:
    return ActorResolver(nlp, actors_files)
