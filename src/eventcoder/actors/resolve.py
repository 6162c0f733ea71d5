"""Actor recognition and resolution, as a spaCy component.

``eventcoder_actors`` finds every actor mention in a parsed Doc and writes
``doc._.actor_mentions`` (a list of :class:`~eventcoder.models.Mention`, in text order) and
``doc._.token_mentions`` (token index -> Mention) for the event coder. Each mention says *why* it
resolved as it did (``via``): registry, alias, demonym, metonym, role, person, coreference, location.

:class:`ActorResolver` combines mixins built on :class:`~eventcoder.actors.base.ResolverBase`: people
(:mod:`.people`), located groups and adherents (:mod:`.groups`) and coreference (:mod:`.coref`, with
:mod:`.pronouns`, :mod:`.agreement` and :mod:`.appositions`); registry names, demonyms, capitals and
places are resolved here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..guard import guarded
from ..models import Mention
from ..nlp import char_span, dateline_country, doc_ents, entity_at, forget_sentences, sent_of, token_attrs
from .base import stance_prefixed, token_index
from .bodies import BodyResolver
from .coref import CorefResolver
from .groups import GroupResolver
from .people import PersonResolver
from .registry import Entity, Registry, get_registry
from .vocab import (
    ADVOCACY_CAUSES,
    ADVOCACY_HEADS,
    AIMED_AT_WORDS,
    ALIGNED_PARTICIPLES,
    BLOC_PROPOSAL_NOUNS,
    BODY_HEAD_TITLES,
    BRANCH_NOUNS,
    BROKER_PARTICIPLES,
    CONTINENT_ADJ_PREFIXES,
    COORDINATED_SIDE_SECTORS,
    FACILITY_ROLE_NOUNS,
    GEO_ADJS,
    HAZARD_NOUNS,
    LOCATIVE_PREPS,
    MIL_AFTER_STATE,
    MOTION_NOUNS,
    MOTION_VERBS,
    NAME_PARTICLES,
    NAMESAKE_TITLE_HEADS,
    NATURAL_FEATURES,
    ORGAN_NOUNS,
    PARTY_NAME_WORDS,
    PARTY_NOUNS,
    PLACE_NOUNS,
    PLACE_OBJECT_VERBS,
    PLACE_PARTICIPLES,
    POLITICAL_CAUSES,
    POLITICAL_FRONT_HEADS,
    PORTFOLIO_FIELDS,
    PORTFOLIO_TITLES,
    POSSESSOR_PLACE_NOUNS,
    REGIONAL_OFFICES,
    SETTING_NOUNS,
    SHIP_NOUNS,
    SHIP_STATE_PARTICIPLES,
    SPAN_PREFIXES,
    SPONSOR_PARTICIPLES,
    STATE_BODY_NOUNS,
    STATIVE_RELATIVE_VERBS,
    TARGET_OWNER_NOUNS,
    UN_MISSION_NOUNS,
    us_spelling,
)

__all__ = ["ActorResolver", "make_actor_resolver", "token_index"]


def _no_mentions(doc: Doc) -> None:
    doc._.actor_mentions = []
    doc._.token_mentions = None
    doc._.coref_members = None


def _filtered_matches(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``filter_spans`` on the matcher's (label, start, end) triples, sorted by start as it sorts its Spans: the
    longest match first (the earlier of two as long), none overlapping one kept. The same order and choice."""
    longest = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    out = []
    seen: set[int] = set()
    for m in longest:
        if m[1] not in seen and m[2] - 1 not in seen:
            out.append(m)
            seen.update(range(m[1], m[2]))
    out.sort(key=lambda m: m[1])
    return out


class ActorResolver(PersonResolver, GroupResolver, CorefResolver, BodyResolver):
    """Finds and resolves actor mentions in a Doc using the registry."""

    def __init__(self, nlp: Language, actors_files: Iterable[str] = ()) -> None:
        self.registry: Registry = get_registry(tuple(actors_files))
        # the place gazetteers are read once, here, not inside the first article's resolution
        from ..events.places import lookup_place

        lookup_place("Paris")
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        reg = self.registry
        groups = {
            "TERM": list(reg.terms) + [f for f in reg.local_terms if f not in reg.terms],
            "ADJ": list(reg.adjectives) + [f for f in reg.shared_adjectives if f not in reg.adjectives],
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
        # "North Korea"/"South Korea", "Sudan"/"South Sudan": a state named by a compass half of a name, and its
        # other half ("the North" -> the "North X" state, else the bare "X" state), for elliptical "the North"
        self.halves: dict[str, dict[str, str]] = {}
        for form, term in reg.terms.items():
            words = form.split()
            if len(words) == 2 and words[0] in ("North", "South") and term.entity.kind == "state":
                half = self.halves.setdefault(words[1], {})
                half[words[0].lower()] = term.entity.key
        for name, half in self.halves.items():
            whole = reg.terms.get(name)
            if whole is not None and whole.entity.kind == "state":
                for side in ("north", "south"):
                    half.setdefault(side, whole.entity.key)
        self.halves = {n: h for n, h in self.halves.items() if len(h) == 2 and h["north"] != h["south"]}
        role_forms = [r for r in reg.roles]
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        if role_forms:
            self.role_matcher.add("ROLE", [nlp.make_doc(r) for r in role_forms])

    # ------------------------------------------------------------------ noun phrases and places
    def _np_role(self, first: int, head: Token) -> tuple[Token, str, str] | None:
        """A role noun in the noun phrase after a demonym or state name ending at ``head``:
        "Israeli army posts" -> army; "American B-2 bombers" -> bombers. (token, role noun, sector)."""
        doc = head.doc
        # "Malawi's teachers' union", "Kenya's nurses' union": a workers' union owned by the group it speaks for is
        # the actor (LAB), not the group
        if head.dep_ == "poss" and head.head.i > head.i and head.head.pos_ == "NOUN":
            union = self._role_of(head.head)
            if union is not None and union[1] == "LAB" and self.registry.roles[union[0]].kind == "body":
                return head.head, union[0], union[1]
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
            if role and t.lower_ in TARGET_OWNER_NOUNS and any(c.dep_ == "poss" and c.i < first for c in t.children):
                return None  # "Israel's critics": those who oppose the state, not its opposition
            if role and t.i == head.i and role[0] in BODY_HEAD_TITLES and role[1] == "GOV":
                # round 39: "Philippine coast guard spokesman", "Kenyan teachers union leader": a generic head's title
                # after a body's noun speaks for the body (its sector), not for the government
                for c in cands[1:]:
                    body = self._role_of(c) if c.dep_ == "compound" else None
                    if body is not None and body[1] != "GOV" and self.registry.roles[body[0]].kind in ("group", "body"):
                        return t, role[0], body[1]
            if role:
                return t, role[0], role[1]
            if t.lower_ in MIL_AFTER_STATE or t.lemma_.lower() in MIL_AFTER_STATE:
                return t, t.lower_, "MIL"
        return None

    def _names_group(self, words: Span, state: str | None = None) -> bool:
        """Does the phrase after a state name name an organisation of its own ("Yemen's Houthi rebels",
        "Nigeria's Boko Haram militants")? Then the organisation, not the state's sector, is the actor. A name
        the registry knows only in that state's stories counts too ("Honduras' ruling Libre party")."""
        reg = self.registry
        toks = [t for t in words if t.dep_ != "case" and t.pos_ == "PROPN"]
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                form = " ".join(t.text for t in toks[i:j])
                term = reg.terms.get(form) or next((t for t in reg.local_terms.get(form, ()) if state and t.entity.country == state), None)
                if term is None and j - i > 1:
                    # round 36: a name with a possessive inside ("Turkey's main opposition Republican People's Party",
                    # "Kurdistan Workers' Party"): the words as written, the possessive ending kept
                    term = reg.terms.get(words.doc[toks[i].i : toks[j - 1].i + 1].text)
                if term is not None and term.entity.kind not in ("state", "organ", "person"):
                    return True
        return False

    def _place_kind(self, span: Span, places: dict[int, tuple[str, bool]], capital: bool = False) -> str | None:
        """Why a state/capital/metonym span is a place and not an actor: 'loc' (a location: "in Warsaw",
        "central Myanmar"), 'dest' (a destination: "fled to Moscow"), 'feature' (a river or lake named after
        it: "the river Jordan") or 'other'; None if it is an actor."""
        doc = span.doc
        root = self._root(span)
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in PLACE_PARTICIPLES:
            return "other"
        head = root.head
        if not (root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS) and any(
                c.dep_ == "relcl" and c.pos_ == "VERB" and c.lemma_.lower() != "be" and c.lemma_.lower() not in STATIVE_RELATIVE_VERBS
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("which", "who") for g in c.children) for c in root.children):
            return None  # "flew them to Guatemala, which agreed to take them in": the state acts in its own clause
        if root.dep_ == "pobj":
            p = head.lower_
            gov = head.head
            if p == "at" and not capital and gov.lemma_.lower() in AIMED_AT_WORDS and span.doc[span.start].ent_type_ == "GPE":
                return None  # "Iran fired missiles at Israel": the target, not where it happened
            if p in LOCATIVE_PREPS:
                return "loc"
            if p in ("toward", "towards") or (p == "of" and gov.lower_ == "out"):
                return "dest"
            if p in ("to", "into", "onto", "from", "on") and (
                (gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in MOTION_VERBS) or (gov.pos_ == "NOUN" and gov.lemma_.lower() in MOTION_NOUNS)
            ):
                return "dest"
            if p in ("to", "into") and gov.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "dobj" and c.i < head.i and c.lemma_.lower() in MOTION_NOUNS for c in gov.children
            ):
                return "dest"  # "authorised a mission to Haiti", "planned a trip to Beijing": the parser hangs the
                # destination of the journey noun on the verb
            if p in ("of", "with") and gov.lemma_.lower() in PLACE_NOUNS:
                return "loc"
        if root.dep_ in ("poss", "compound", "amod", "nmod") and head.i >= span.end and head.lemma_.lower() in PLACE_NOUNS:
            return "loc"
        if any(c.dep_ == "compound" and c.i < span.start and c.lower_ in NATURAL_FEATURES for c in root.children) or (
            root.dep_ == "compound" and head.i >= span.end and head.lower_ in NATURAL_FEATURES
        ):
            return "feature"  # "the river Jordan", "the Niger delta": a natural feature, not the state
        if root.dep_ in ("compound", "poss") and head.i >= span.end and self._facility_place(head):
            return "loc"  # "a blast at a Mogadishu school"
        if root.dep_ == "dobj" and head.lemma_.lower() in PLACE_OBJECT_VERBS:
            return "dest"
        if root.dep_ == "npadvmod" and root.ent_type_ in ("GPE", "LOC"):
            if head.i == span.end + 1 and doc[span.end].text == "-" and not doc[span.end].whitespace_ and head.tag_ == "VBN":
                return None  # "a Qatar-brokered truce", "the U.S.-drafted text": the state did what the participle says
            return "loc"
        if any(c.dep_ == "amod" and c.lower_ in GEO_ADJS and c.i < span.start for c in root.children):
            return "loc"
        if root.dep_ == "conj" and root.head.i in places:
            return "loc" if places[root.head.i][1] else "dest"
        if capital and root.dep_ == "compound" and head.pos_ == "NOUN" and self._role_of(head) is None and head.lemma_.lower() not in self.registry.corefs:
            return "other"  # "the Paris climate accord"
        return None

    def _elliptic_halves(self, doc: Doc, mentions: list[Mention], taken: set[int], places: dict[int, tuple[str, bool]], date: str | None) -> list[Mention]:
        """"The North" / "the South" once one of a divided pair was named ("North Korea fired ... the South
        condemned it"; "Sudan ... the South denied it"): the state of that half of the pair most recently
        named before it; "the South's military" is its military, "fighting in the South" a place."""
        reg = self.registry
        family = {key: name for name, half in self.halves.items() for key in half.values()}
        out: list[Mention] = []
        for tok in (doc[i] for i, text in enumerate(token_attrs(doc).text) if text in ("North", "South")):
            if tok.text not in ("North", "South") or tok.i in taken or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.dep_ == "compound" or (nxt is not None and (nxt.pos_ == "PROPN" or nxt.is_title) and nxt.text not in ("'s", "’s")):
                continue  # "the North Atlantic", "the South China Sea"
            before = [family[b] for m in mentions if m.end <= tok.idx and (b := m.key.split(".", 1)[0]) in family]
            if not before:
                continue
            key = self.halves[before[-1]][tok.lower_]
            ent = reg.entity(key)
            span = doc[tok.i - 1 : tok.i + 1]
            why = self._place_kind(doc[tok.i : tok.i + 1], places)
            if why:
                places[tok.i] = (key, why == "loc")
                taken.add(tok.i)
                continue
            root = tok
            m = None
            if root.dep_ in ("poss", "compound", "nmod") and root.head.i > tok.i:
                hit = self._np_role(tok.i + 1, root.head)
                if hit:
                    t, noun, sector = hit
                    m = self._role_mention(doc[span.start : t.i + 1], ent, key, noun, sector, t, date, "metonym")
            if m is None:
                m = self._mention(span, ent, key, "metonym", "state")
            out.append(m)
            sp = char_span(doc, m.start, m.end)
            taken.update(range(sp.start, sp.end) if sp is not None else (tok.i,))
        return out

    def _state_body(self, span: Span, country: str, date: str | None) -> Mention | None:
        """A body the registry does not know, owned by a state or its capital: "Manila's maritime council",
        "Japan's disaster task force" stand for the state's government (GOV), not the bare state."""
        root = self._root(span)
        if root.dep_ != "poss" or root.head.i < span.end:
            return None
        head = root.head
        noun = head.lemma_.lower()
        left = head.doc[head.i - 1]
        if left.dep_ == "compound" and left.head.i == head.i and f"{left.lower_} {noun}" in STATE_BODY_NOUNS:
            noun = f"{left.lower_} {noun}"
        elif noun not in STATE_BODY_NOUNS:
            return None
        if head.ent_type_ == "ORG" and self._names_group(span.doc[span.end : head.i + 1]):
            return None
        return self._role_mention(span.doc[span.start : head.i + 1], self.registry.entity(country), country, noun, "GOV", head, date, "role")

    @staticmethod
    def _in_region_name(span: Span, ent_of: dict[int, Span]) -> bool:
        """Is the demonym part of the name of a known region ("British Columbia" is Canada's, "New South
        Wales" Australia's)? The region is then a place of its own country, found by the region pass."""
        ent = ent_of.get(span.start)
        if ent is None or ent.label_ not in ("GPE", "LOC") or len(ent) <= len(span) or ent.start > span.start or ent.end < span.end:
            return False
        from ..events.places import lookup_region

        return lookup_region(ent.text) is not None

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

    # ------------------------------------------------------------------ main
    @guarded("actor resolution", _no_mentions)
    def __call__(self, doc: Doc) -> Doc:
        forget_sentences(doc)  # read afresh for this run (see ``sent_of``)
        date = doc.user_data.get("published") if doc.user_data else None
        mentions: list[Mention] = []
        taken: set[int] = set()
        places: dict[int, tuple[str, bool]] = {}  # token -> (country, is a location rather than a destination)
        ent_of = {i: ent for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
        hazards = self._hazard_names(doc)
        taken |= hazards
        # (``filter_spans`` over the matches, read on their offsets: a Span is made only for a match kept; the label's
        # hash: the same Span, no string read)
        spans = [Span(doc, s, e, label=m) for m, s, e in _filtered_matches(self.matcher(doc))]
        if hazards:
            spans = [sp for sp in spans if sp.start not in hazards]
        # "Labour Minister Ana X", "the Labor Department": a party's one-word name that is also a ministry's field,
        # before a capitalised portfolio title, is the portfolio, no party
        spans = [sp for sp in spans if not (len(sp) == 1 and sp.label_ == "TERM" and sp[0].lower_ in PORTFOLIO_FIELDS
                                            and sp.end < len(doc) and doc[sp.end].text[:1].isupper()
                                            and doc[sp.end].lower_ in PORTFOLIO_TITLES)]
        for m, (s0, e0) in self._advocacy_bodies(doc, spans):
            # "the Irish Refugee Council": one civil-society body, neither the demonym nor the people it names
            mentions.append(m)
            taken.update(range(s0, e0))
            spans = [sp for sp in spans if sp.end <= s0 or sp.start >= e0]
        local = self.registry.local_terms
        countries = [(sp, None if self._form(sp) in local else self._span_country(sp)) for sp in spans]
        named = [c for _, c in countries if c]
        # the state the article is about, for forms that name different bodies in different states; with no state
        # named, the one the story is filed from ("LA PAZ, Bolivia (AP) - The MAS expelled ...")
        # (the state the story is filed from breaks a tie: "SUVA (Reuters) - Australia and Fiji agreed ...")
        filed = dateline_country(doc)
        guess = max(set(named), key=lambda c: (named.count(c) + (c == filed) / 2, -named.index(c))) if named else filed
        shared = self.registry.shared_adjectives
        if shared and any(sp.label_ == "ADJ" and self._form(sp) in shared for sp in spans):
            # "Guinean border guards detained ... Guinea's interior ministry said": a demonym several states share is
            # the one state of them that the article (or its dateline) names; none or several: no state
            here = set(named) | ({filed} if filed else set())
            # (none of them named: the state whose own demonym it is, where the registry gives one: "Guinean")
            defaults = self.registry.shared_defaults
            doc.user_data["shared_adjectives"] = {
                f: cands[0] if cands else defaults[f] for f, c in shared.items()
                if len(cands := [k for k in c if k in here]) == 1 or not cands and f in defaults}
        for span in spans:
            if span.start in taken and span.label_ == "TERM":
                continue  # "Brazil's Congress": the state's role phrase already holds this name ("Australian
                # and Filipino troops" keeps its second demonym, a side of its own)
            if (span.label_ == "TERM" and span.root.dep_ in ("compound", "nmod", "amod") and span.root.head.i >= span.end
                    and self.registry.territories and self._form(span) in self.registry.territories
                    and span.root.head.lower_ in SETTING_NOUNS):
                taken.update(range(span.start, span.end))  # "the Gaza war", "the Gaza truce": the setting, no party
                continue
            if span.label_ == "TERM" and self._form(span) in self.registry.local_terms:
                in_sent = {c for sp, c in countries if c and sent_of(span).start <= sp.start < sent_of(span).end}
                m = self._resolve_local(doc, span, guess, in_sent)
            else:
                m = self._resolve_span(doc, span, date, places, ent_of)
            if m is None:
                if span.end + 1 < len(doc) and doc[span.end].text == "-" and (
                        doc[span.end + 1].lower_ in SPONSOR_PARTICIPLES or doc[span.end + 1].lower_ in ALIGNED_PARTICIPLES
                        or doc[span.end + 1].lower_ in BROKER_PARTICIPLES):
                    taken.update(range(span.start, span.end))  # "the UAE-backed council": a known patron, no unknown name
                continue
            if m.via == "metonym" and "." in m.key and mentions and mentions[-1].via == "demonym" and "." not in mentions[-1].key:
                m = self._demonym_organ(doc, span, m, mentions)
            mentions.append(m)
            sp = char_span(doc, m.start, m.end)
            if sp is not None:  # "expand" always finds the tokens of a mention made from a span
                taken.update(range(sp.start, sp.end))
        taken.update(places)
        mentions = self._split_coordinated_roles(doc, mentions)
        if self.halves and mentions:
            mentions += self._elliptic_halves(doc, mentions, taken, places, date)
            mentions.sort(key=lambda m: m.start)
        # named entities the registry does not know
        from ..events.places import lookup_region, place_nouns, whole_name

        for ent in doc_ents(doc):
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            whole = whole_name(ent)
            if whole is not ent and any(t.is_lower for t in whole):
                continue  # "Croix" of "Croix-des-Bouquets": a piece of a hyphenated place name, no actor of its own
            if ent.label_ in ("GPE", "LOC"):
                m = self._region_actor(doc, ent, places)
                if m is not None:
                    mentions.append(m)
                    sp = char_span(doc, m.start, m.end)
                    taken.update(range(sp.start, sp.end) if sp is not None else (t.i for t in ent))
                continue
            m = self._bloc_adjective(ent) or self._resolve_ner(doc, ent, date, mentions, places)
            if m is not None and m.key.startswith("UNK:") and ent.label_ in ("PERSON", "ORG") and 3 <= len(ent) <= 4 and self._inner_title(ent):
                # "detained Archbishop Levon X" with the title tagged part of the name: the name after its title
                bare = self._resolve_ner(doc, Span(doc, ent.start + 1, ent.end, label="PERSON"), date, mentions, places)
                if bare is not None and not bare.key.startswith("UNK:"):
                    m = bare
            if m is not None and m.key.startswith("UNK:") and ent[-1].lower_ != "state" and ent[-1].lower_ in place_nouns():
                continue  # "blocked the Pan-American Highway": an unknown name ending in a place noun is a place, no party
            known = lookup_region(ent.text) if m is not None and m.key.startswith("UNK:") and m.kind == "unresolved" else None
            if known is not None:
                # "police raided shops in Zubin Potok" with the town tagged an organisation: a known town or region, no party
                if known.country:
                    for t in ent:
                        places.setdefault(t.i, (known.country, True))
                continue
            if m is not None:
                mentions.append(m)
                taken.update(t.i for t in ent)
        # a region acting that the NER model missed ("Ontario sued the federal government")
        attrs = token_attrs(doc)
        for tok in (doc[i] for i, dep in enumerate(attrs.dep) if dep == "nsubj" and attrs.pos[i] == "PROPN"):
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i not in taken:
                first = min((c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
                if first == tok.i:
                    # "Foreign Minister Abbas Araqchi met ... Araqchi warned": a surname the NER model missed, of a
                    # person named earlier in the article
                    m = self._earlier_person(mentions, tok.text, tok.idx)
                    if m is not None:
                        mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, m.key, m.code, m.sector, m.name, "person", "person"))
                        taken.add(tok.i)
                        continue
                m = self._region_actor(doc, doc[first : tok.i + 1], places)
                if m is not None:
                    mentions.append(m)
                    taken.update(range(first, tok.i + 1))
        if any(m.key in self.registry.affiliates for m in mentions):
            mentions = self._place_branches(doc, mentions, taken)
        mentions = self._region_places(doc, taken, places, mentions)
        if places:
            self._possessed_places(doc, places, mentions)
        # a named person's party first ("supporters of Imran Khan's party"); a role noun's needs the home state below
        mentions += self._owned_parties(doc, mentions, taken, None)
        mentions += self._adherents(doc, mentions, taken)
        mentions.sort(key=lambda m: m.start)
        mentions += self._heads(doc, mentions, taken)
        mentions.sort(key=lambda m: m.start)
        home = self._home_country(doc, mentions, places)
        mentions = self._named_branches(doc, mentions, taken)  # (after the count: the branch's state is where the story is)
        mentions = self._parents_as_branches(doc, mentions, places)
        mentions = self._unknown_towns(doc, mentions, taken, places, home)
        mentions += self._owned_parties(doc, mentions, taken, home)
        # round 42: "both governments" where the two states were named apart (before "governments" is read as a group)
        mentions += self._apart_pairs(doc, mentions, taken)
        mentions += self._groups(doc, mentions, taken, places, home, anaphoric=False)
        # (after the groups: a ship is where "raiders boarded a Cypriot-flagged dhow", never the raiders' state)
        mentions += self._state_ships(doc, taken, places)
        mentions.sort(key=lambda m: m.start)
        # round 41: "a grassroots health network", "the student movement" ... "the network": bodies of a state's sector
        mentions = self._short_names(doc, mentions)  # "the European Commission ... the Commission"
        mentions = self._possessed_names(doc, mentions)  # "Libya's House of Representatives": Libya's, not the U.S.'s
        described = self._described_bodies(doc, mentions, taken, home)
        if described:
            mentions = sorted(mentions + described, key=lambda m: m.start)
        mentions = self._corefs(doc, self._police_officers(mentions), taken, home)
        found = self._groups(doc, mentions, taken, places, home, anaphoric=True)
        found += self._bodies_again(doc, mentions + found, taken)
        # "a spokesman for the rebels' political wing": heads of bodies that coreference named just now
        found += self._heads(doc, sorted(mentions + found, key=lambda m: m.start), taken)
        if found:
            # "The junta in Burkina Faso ... it ordered": pronouns left over may refer to a body found just now
            mentions = self._corefs(doc, sorted(mentions + found, key=lambda m: m.start), taken, home, only_pronouns=True)
        mentions = self._appositions(doc, mentions)
        mentions = self._pronoun_adherents(doc, mentions, taken)
        mentions = self._owned_organs(doc, mentions)
        mentions.sort(key=lambda m: m.start)
        mentions = self._dispatched_forces(doc, self._police_officers(mentions))
        mentions = self._victims_of_armed_groups(doc, mentions, places, home)
        mentions = self._captives_of_armed_groups(doc, mentions)
        if any(m.via == "location" for m in mentions):
            mentions = self._coordinated_sides(doc, mentions)
        if any(m.key == "UN" for m in mentions):
            mentions = self._un_missions(doc, mentions, places, home)
        mentions = self._opposition_parties(doc, mentions)
        mentions = self._protest_crowds(doc, mentions)
        mentions = self._tied_people(doc, mentions)
        doc._.actor_mentions = mentions
        index = token_index(doc, mentions)
        doc._.token_mentions = index
        return doc

    def _inner_title(self, ent: Span) -> bool:
        """Does a name the NER model read begin with a person's title of the registry ("Archbishop", "Imam") and go
        on with a person's name?"""
        r = self.registry.roles.get(ent[0].lower_)
        if r is None or r.kind != "person" or not r.title:
            return False
        from ..events.places import place_nouns

        # (a name of two or three words, none of them an institution's or place's noun: not "Imam Khomeini Airport")
        nouns = place_nouns()
        return all(t.tag_ == "NNP" and t.text[:1].isupper() and t.lower_ not in nouns and t.lower_ not in self.registry.roles
                   for t in ent[1:])

    def _demonym_organ(self, doc: Doc, span: Span, m: Mention, mentions: list[Mention]) -> Mention:
        """"the Liberian House of Representatives", "the Japanese House of Representatives": an organ's name that
        stands for one state's organ alone ("the House of Representatives": the U.S. House) written right after
        another state's demonym is that state's organ; the demonym is part of its name, no mention of its own."""
        prev = mentions[-1]
        psp = char_span(doc, prev.start, prev.end)
        base = m.key.split(".", 1)[0]
        ent = self.registry.entities.get(prev.key)
        if psp is None or psp.end != span.start or prev.key == base or ent is None or ent.kind != "state":
            return m
        mentions.pop()
        key = f"{prev.key}.{m.key.split('.', 1)[1]}"
        return self._mention(doc[psp.start : span.end], self.registry.entity(key), key, "demonym", "state")

    def _coordinated_sides(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the government and the opposition signed an accord in Panama", "Bolivia's ruling party and the
        opposition": a bare side of a state's politics joined to another side whose state the words give (its
        owner, or the state the government was taken back to) is of that state, not of the place the sentence
        names; each side's own owner keeps its own ("Kenya's government and Uganda's opposition")."""
        by_tok = token_index(doc, mentions)
        out = []
        for m in mentions:
            if m.via != "location" or m.kind not in ("state", "group") or "." not in m.key or ":" in m.key:
                out.append(m)
                continue
            sp = char_span(doc, m.start, m.end)
            tok = sp.root if sp is not None else None
            if tok is None or not any(c.lower_ == "the" for c in tok.lefts):
                out.append(m)
                continue
            other = tok.head if tok.dep_ == "conj" else next((c for c in tok.children if c.dep_ == "conj"), None)
            o = by_tok.get(other.i) if other is not None else None
            if (o is None or o.via == "location" or o.kind not in ("state", "group") or ":" in o.key or "." not in o.key
                    or o.key.split(".", 1)[0] == m.key.split(".", 1)[0]
                    or o.key.split(".", 1)[1] not in COORDINATED_SIDE_SECTORS or m.key.split(".", 1)[1] not in COORDINATED_SIDE_SECTORS):
                out.append(m)
                continue
            base = o.key.split(".", 1)[0]
            ent = self.registry.entities.get(base)
            if ent is None:
                out.append(m)
                continue
            sector = m.key.split(".", 1)[1]
            out.append(replace(m, key=f"{base}.{sector}", code=ent.code, name=ent.name))  # (its "location" reading kept: a guess)
        return out

    def _un_missions(self, doc: Doc, mentions: list[Mention], places: dict[int, tuple[str, bool]], home: str | None) -> list[Mention]:
        """"U.N. peacekeepers returned fire", "the U.N. mission said", "the UN mission in South Sudan": the U.N.'s
        force or mission in a state is the registry's U.N. mission of that state (MONUSCO, UNMISS, MINUSCA ...), the
        state placed in the phrase ("in South Sudan"), else the one the story is filed from, else the one it is
        about; a state with none or several keeps the U.N. ("the U.N. Security Council" is the U.N. itself)."""
        reg = self.registry
        missions: dict[str, list[str]] | None = getattr(self, "_un_mission_keys", None)
        if missions is None:  # read once per resolver: the registry's U.N. missions by the state they serve
            missions = {}
            for k, e in reg.entities.items():
                if e.code == "UNO" and e.kind == "igo" and e.country:
                    missions.setdefault(e.country, []).append(k)
            self._un_mission_keys = missions
        if not missions:
            return mentions
        out = []
        for m in mentions:
            sp = char_span(doc, m.start, m.end) if m.key == "UN" else None
            if sp is None:
                out.append(m)
                continue
            root = sp.root
            if root.lower_ in UN_MISSION_NOUNS and m.via == "coreference":
                if any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.lower_ not in UN_MISSION_NOUNS
                       and c.lower_ not in ("u.n.", "un", "nations", "united") for c in root.children):
                    out.append(m)
                    continue  # "the Kenyan-led security mission": a mission the words give to someone else
                noun = root  # "the mission said": taken back to the U.N.
            elif root.head.i >= sp.end and root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in UN_MISSION_NOUNS:
                noun = root.head  # "U.N. peacekeepers", "the UN mission"
            elif root.lower_ in UN_MISSION_NOUNS and sp[0].lower_ in ("u.n.", "un", "united"):
                noun = root  # "UN peacekeepers" read as one name
            else:
                out.append(m)
                continue
            if noun.lower_ == "peacekeeping" and noun.head.i > noun.i and noun.head.lower_ not in UN_MISSION_NOUNS:
                out.append(m)
                continue  # "UN peacekeeping operations" worldwide: no one mission
            # the state placed in the phrase ("the UN mission in South Sudan"), a prepositional object of the noun
            placed = None
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to", "for"):
                    for g in c.subtree:
                        if g.i in places:
                            placed = places[g.i][0]
                            break
                    if placed is None:
                        placed = "?"  # "the U.N. mission to Venezuela": placed where no mission serves
                    break
            state = placed if placed is not None else (dateline_country(doc) or home)
            keys = missions.get(state or "", [])
            if len(keys) != 1:
                out.append(m)
                continue
            ent = reg.entity(keys[0])
            out.append(Mention(m.start, m.end, m.entity_text, keys[0], ent.code if ent else m.code, None,
                               ent.name if ent else m.name, m.via, "igo", m.plural))
        return out

    def _advocacy_bodies(self, doc: Doc, spans: list[Span]) -> list[tuple[Mention, tuple[int, int]]]:
        """Named civil-society bodies the registry does not know, of a state named first: "the Irish Refugee
        Council", "the Palestinian Prisoners' Society", "the Greek Council for Refugees", "the Moroccan Association
        for Human Rights" (IRL.SOC, PSE.SOC ...). The name needs an organisation's head noun and the people (a
        civilian or refugee role noun) or the cause (rights, liberties) it speaks for; a profession's body ("the
        Kenyan Journalists Association") keeps the profession's sector, a state's agency ("the Turkish Space
        Agency") its state's."""
        reg = self.registry
        out: list[tuple[Mention, tuple[int, int]]] = []
        attrs = token_attrs(doc)
        for ent in doc_ents(doc):
            if ent.label_ != "ORG" or len(ent) < 3:
                continue
            first = ent.start + 1 if attrs.lower[ent.start] == "the" else ent.start
            if ent.end - first < 3:
                continue
            words = attrs.lower[first : ent.end]
            if not any(w in ADVOCACY_HEADS for w in words[1:]):
                continue  # asked of every organisation: most have no such head
            # the name's head: its last word, or the word before its "for"/"of" phrase ("Council for Refugees")
            prep = next((i for i in range(first + 2, ent.end - 1) if attrs.lower[i] in ("for", "of", "on")), None)
            head = (prep - 1) if prep is not None else ent.end - 1
            if attrs.lower[head] not in ADVOCACY_HEADS or not attrs.text[head][:1].isupper():
                continue
            # a demonym or a state's name first, and no registry name over the whole ("Norwegian Refugee Council")
            lead = next((sp for sp in spans if sp.start == first), None)
            if lead is None or any(sp.start <= first and sp.end >= ent.end for sp in spans) or lead.end >= ent.end:
                continue
            state = self._span_country(lead) if lead.label_ in ("ADJ", "TERM", "PEOPLE") else None
            if state is None or state not in reg.entities or reg.entities[state].kind != "state" or lead.end > head:
                continue
            cause = False
            for i in range(lead.end, ent.end):
                if i == head or attrs.lower[i] in ("for", "of", "on", "and", "'s", "'"):
                    continue
                low, lemma = attrs.lower[i], attrs.lemma[i]
                if low in ADVOCACY_CAUSES:
                    # "the Alliance for Democracy": a political front's cause is no civil society's
                    cause = cause or not (low in POLITICAL_CAUSES and attrs.lower[head] in POLITICAL_FRONT_HEADS)
                    continue
                pair = f"{low} {attrs.lower[i + 1]}" if i + 1 < ent.end else ""
                role = reg.roles.get(pair) or reg.roles.get(low) or reg.roles.get(lemma) or reg.roles.get(f"{low}s")
                if role is not None and role.sector not in ("CVL", "REF"):
                    cause = False  # "the Kenyan Journalists Association": a profession's body, its sector
                    break
                cause = cause or role is not None
            if not cause:
                continue
            span = doc[first : ent.end]
            key = f"{state}.SOC"
            out.append((self._mention(span, reg.entity(key), key, "advocacy", "state"), (first, ent.end)))
        return out

    def _named_branches(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """An organisation's branch named by its state: "Islamic State's Mozambique branch", "al Qaeda's Yemeni
        affiliate" is the registry's affiliate of that organisation based in that state, not the parent and the
        state apart."""
        reg = self.registry
        if not reg.affiliates or not any(m.kind == "org" and m.key in reg.affiliates for m in mentions):
            return mentions
        index = token_index(doc, mentions)
        drop: set[int] = set()
        out: list[Mention] = []
        for m in mentions:
            branches = reg.affiliates.get(m.key) if m.kind == "org" else None
            sp = char_span(doc, m.start, m.end) if branches else None
            if sp is None or sp.root.dep_ != "poss" or sp.root.head.lemma_.lower() not in BRANCH_NOUNS or sp.root.head.i < sp.end:
                continue
            head = sp.root.head
            states = {index[t.i].key.split(".", 1)[0]: index[t.i] for t in doc[sp.end : head.i] if t.i in index}
            local = [b for b in branches or () if (e := reg.entities.get(b)) is not None and e.country in states]
            if len(local) != 1:
                continue
            e = reg.entities[local[0]]
            whole = doc[sp.start : head.i + 1]
            out.append(self._mention(whole, e, e.key, "registry", "org"))
            drop.add(id(m))
            drop.update(id(x) for x in states.values())
            taken.update(range(whole.start, whole.end))
        if not out:
            return mentions
        return sorted([m for m in mentions if id(m) not in drop] + out, key=lambda m: m.start)

    @staticmethod
    def _owned_organs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """An unknown name of an organ that an organisation owns is that organisation: "the alliance's Standing
        Committee met" (the alliance taken back to NATO), "the bloc's Executive Council"."""
        if not any(m.key.startswith("UNK:") for m in mentions):
            return mentions
        index = token_index(doc, mentions)
        out: list[Mention] = []
        for m in mentions:
            sp = char_span(doc, m.start, m.end) if m.key.startswith("UNK:") else None
            owner = None
            if sp is not None and sp.root.lemma_.lower() in ORGAN_NOUNS:
                poss = next((c for c in sp.root.children if c.dep_ == "poss" and c.i < sp.start), None)
                owner = index.get(poss.i) if poss is not None else None
            if owner is None or owner.kind not in ("org", "igo") or owner.key.startswith("UNK:"):
                out.append(m)
                continue
            out.append(Mention(m.start, m.end, m.entity_text, owner.key, owner.code, owner.sector, owner.name, "coreference", owner.kind))
        return out

    def _place_branches(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """An organisation's branch named by its possessive, a place and a branch noun is the branch the registry
        gives it there: "the Islamic State's Somalia Province" (IS_SOMALIA), "al Qaeda's Yemen branch" (AQAP, its
        branch in Yemen), not the parent; the place inside the phrase is no mention of its own."""
        reg = self.registry
        out: list[Mention] = []
        drop: tuple[int, int] | None = None
        for m in mentions:
            if drop is not None and drop[0] <= m.start < drop[1]:
                continue
            branches = reg.affiliates.get(m.key, ())
            sp = char_span(doc, m.start, m.end) if branches else None
            found = None
            if sp is not None and sp.end + 2 < len(doc) and doc[sp.end].text in ("'s", "\u2019s"):
                j = k = sp.end + 1
                while k < len(doc) and k - j < 3 and doc[k].lower_ not in BRANCH_NOUNS and doc[k].text[:1].isupper():
                    k += 1
                if j < k < len(doc) and doc[k].lower_ in BRANCH_NOUNS:
                    found = self._branch_by_place(branches, doc[j:k].text)
            if found is None:
                out.append(m)
                continue
            e = reg.entities[found]
            end = doc[k].idx + len(doc[k].text)
            drop = (m.end, end)
            out = [x for x in out if not (m.end <= x.start < end)]
            taken.update(range(sp.start, k + 1))
            out.append(Mention(m.start, end, doc.text[m.start:end], e.key, e.code, e.sector, e.name, "registry", "org"))
        return out

    def _branch_by_place(self, branches: tuple[str, ...], words: str) -> str | None:
        """The one branch whose name holds the words ("Sahel", "West Africa") or whose home is the state they name."""
        reg = self.registry
        low = words.lower()
        named = [b for b in branches if b in reg.entities and low in reg.entities[b].name.lower()]
        if len(named) == 1:
            return named[0]
        term = reg.terms.get(words)
        state = reg.adjectives.get(words) or (term.entity.key if term is not None and term.entity.kind == "state" else None)
        homes = [b for b in branches if state is not None and b in reg.entities and reg.entities[b].country == state]
        return homes[0] if len(homes) == 1 else None

    def _parents_as_branches(self, doc: Doc, mentions: list[Mention], places: dict[int, tuple[str, bool]]) -> list[Mention]:
        """A parent organisation named as the actor where one of its registry branches fights is that branch: "a
        drone hit Islamic State hideouts in a Somali valley" is the Somali branch. The sentence must
        name the branch's state; with none or several, the parent stays ("Islamic State claimed the attack outside
        Moscow"), as it does in a tie ("the al Qaeda-linked group", "JNIM, al Qaeda's affiliate in the Sahel")."""
        reg = self.registry
        if not reg.affiliates or not any(m.kind == "org" and m.key in reg.affiliates for m in mentions):
            return mentions
        out: list[Mention] = []
        for m in mentions:
            branches = reg.affiliates.get(m.key) if m.kind == "org" else None
            sp = char_span(doc, m.start, m.end) if branches else None
            if sp is None or not branches:
                out.append(m)
                continue
            root = sp.root
            if (root.dep_ in ("poss", "appos") or root.head.lemma_.lower() in BRANCH_NOUNS
                    or (sp.end < len(doc) and doc[sp.end].text == "-")):
                out.append(m)  # a tie to the parent, not the parent acting
                continue
            sent = sent_of(sp)
            here = {x.key.split(".", 1)[0] for x in mentions if sent.start_char <= x.start < sent.end_char and x.kind == "state"}
            here |= {c for i, (c, loc) in places.items() if loc and sent.start <= i < sent.end}
            local = [b for b in branches if (e := reg.entities.get(b)) is not None and e.country in here]
            if len(local) != 1:
                out.append(m)
                continue
            e = reg.entities[local[0]]
            out.append(Mention(m.start, m.end, m.entity_text, e.key, e.code, e.sector, e.name, m.via, "org", m.plural))
        return out

    def _split_coordinated_roles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A state's two bodies joined before one noun, which the parser reads as modifiers of that noun: "Fiji's
        government and opposition parties agreed ..." (the government and the opposition parties, both of Fiji),
        "Kenya's army and police officers" (the army and the police officers). One role phrase over both is split
        into the state's first body and the second group."""
        reg = self.registry
        out: list[Mention] = []
        for m in mentions:
            sp = char_span(doc, m.start, m.end) if m.via in ("role", "demonym") and m.kind == "state" and "." in m.key else None
            if sp is None or len(sp) < 4:
                out.append(m)
                continue
            head = sp[-1]
            first = next((c for c in head.children if c.dep_ in ("nmod", "compound") and sp.start < c.i < head.i
                          and any(g.dep_ == "conj" and g.i < head.i for g in c.children)), None)
            r1 = self._role_of(first) if first is not None else None
            if first is None or r1 is None or reg.roles[r1[0]].kind != "body":
                out.append(m)
                continue
            second = next(g for g in first.children if g.dep_ == "conj" and g.i < head.i)
            base = m.key.split(".", 1)[0]
            r2 = reg.roles.get(f"{second.lower_} {head.lower_}") or reg.roles.get(head.lower_) or reg.roles.get(head.lemma_.lower())
            if r2 is None or not r2.sector:
                out.append(m)  # the second group is no known body: keep the phrase whole rather than lose it
                continue
            ent = reg.entity(base)
            out.append(self._mention(doc[sp.start : first.i + 1], ent, f"{base}.{r1[1]}", m.via, "state"))
            plural = head.tag_ in ("NNS", "NNPS")
            out.append(self._mention(doc[second.i : head.i + 1], ent, f"{base}.{r2.sector}", "location", "group", plural=plural))
        return out

    @staticmethod
    def _facility_place(tok: Token) -> bool:
        """Is a body that is also a building ("hospital", "school") named as the place where something happened:
        "a blast at a Gaza hospital", "families sheltering in a Sudanese school"? ("fired at a Gaza hospital"
        keeps it the target.)"""
        if tok.lower_ not in FACILITY_ROLE_NOUNS or tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ not in LOCATIVE_PREPS:
            return False
        return not (prep.lower_ == "at" and prep.head.lemma_.lower() in AIMED_AT_WORDS)

    def _bloc_adjective(self, ent: Span) -> Mention | None:
        """A bloc's adjective qualifying what the bloc puts forward names the bloc: "Iran rejected a European
        offer" (the EU), "new European sanctions"; "European leaders" stays no one actor."""
        key = self.registry.bloc_adjectives.get(ent.text)
        if key is None or ent.label_ != "NORP":
            return None
        root = ent.root
        if root.dep_ not in ("amod", "compound") or root.head.i < ent.end or root.head.lemma_.lower() not in BLOC_PROPOSAL_NOUNS:
            return None
        bloc = self.registry.entity(key)
        return self._mention(ent, bloc, key, "demonym", bloc.kind if bloc is not None else "igo")

    @staticmethod
    def _hazard_names(doc: Doc) -> set[int]:
        """Tokens of named storms and fires, which are no actors though the NER model often tags them as
        people or organisations: "Storm Boris", "Hurricane Milton", "the Park Fire", "the Eaton fire", and the
        name alone once the article has given it as a storm's ("Helene killed dozens")."""
        out: set[int] = set()
        names: set[str] = set()
        lower = token_attrs(doc).lower
        if HAZARD_NOUNS.isdisjoint(lower):
            return out  # no storm or fire in the article: every name below is found by a hazard noun
        for ent in doc_ents(doc):
            if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE", "FAC", "EVENT", "LOC"):
                continue
            s, e = ent.start, ent.end
            if not names and lower[s] not in HAZARD_NOUNS and lower[e - 1] not in HAZARD_NOUNS and (
                    s == 0 or lower[s - 1] not in HAZARD_NOUNS) and (e == len(doc) or lower[e] not in HAZARD_NOUNS):
                continue  # (read off the words' attributes: most names have no hazard noun on either side)
            first, last = ent[0], ent[-1]
            before = doc[ent.start - 1] if ent.start > 0 else None
            after = doc[ent.end] if ent.end < len(doc) else None
            if first.lower_ in HAZARD_NOUNS and len(ent) > 1 and first.is_title:
                name = ent[1:]  # "Hurricane Milton"
            elif before is not None and before.lower_ in HAZARD_NOUNS and before.lower_ not in ("fire", "fires", "complex"):
                name = ent  # "Storm Boris", "tropical storm Alberto"
            elif len(ent) > 1 and last.lower_ in HAZARD_NOUNS and last.is_title and first.lower_ not in HAZARD_NOUNS:
                name = ent[:-1]  # "the Park Fire"
            elif after is not None and after.lower_ in HAZARD_NOUNS and after.i == ent.root.head.i and ent.root.dep_ == "compound":
                name = ent  # "the Eaton fire"
            elif ent.text in names:
                name = ent
            else:
                continue
            names.add(name.text)
            out.update(t.i for t in ent)
            if before is not None and before.lower_ in HAZARD_NOUNS:
                out.add(before.i)
        return out

    def _region_actor(self, doc: Doc, ent: Span, places: dict[int, tuple[str, bool]]) -> Mention | None:
        """A province or federal state of a country acting, or holding an office: "California sued the
        administration" (USA), "Texas Governor Greg Abbott", "Bavaria's premier" (the country's sector).
        A region is its country's, never a state of its own; a region that is only where things happen
        ("fires in Ontario") is left to :meth:`_region_places` as a place."""
        from ..events.places import lookup_region

        root = self._root(ent)
        subject = root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX")
        office = root.dep_ in ("poss", "compound") and root.head.i >= ent.end and root.head.pos_ in ("NOUN", "PROPN")
        if not (subject or office):
            return None
        p = lookup_region(ent.text)
        if p is None or not p.country or p.country not in self.registry.entities:
            return None
        country = p.country
        ent_ = self.registry.entity(country)
        for t in ent:
            places[t.i] = (country, True)  # the sentence is about a place of the country: "Ontario police arrested two men"
        if office:
            hit = self._np_role(ent.end, root.head)
            if hit is None or self._names_group(doc[ent.end : hit[0].i + 1]):
                return None
            tok, noun, sector = hit
            if self.registry.roles[noun].kind == "person" and noun not in REGIONAL_OFFICES:
                return None  # "Bavaria's president" is no office of a region; "the Texas governor" is
            return self._role_mention(doc[ent.start : tok.i + 1], ent_, country, noun, sector, tok, None, "role")
        return self._mention(ent, ent_, country, "location", "state")

    def _form(self, span: Span) -> str:
        """The registry's form of a matched span (``self.forms`` by its label and words joined by spaces), else its
        text: read off the document's token texts, with no Token made for each word (asked several times a span)."""
        form = self.forms.get((span.label_, " ".join(token_attrs(span.doc).text[span.start : span.end])))
        return form if form is not None else span.text

    def _span_country(self, span: Span) -> str | None:
        """The state a matched name belongs to, for guessing what an article is about before resolution."""
        reg = self.registry
        label = span.label_
        text = self._form(span)
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
        else the form's usual sense (if it has one). A form whose usual sense is no state's organ (the
        Commonwealth of Nations, the US Democratic Party) takes a local sense only in an article about that
        state: "Australia and New Zealand pledged funds, and the Commonwealth offered experts" in a Fiji story
        is still the Commonwealth of Nations, whereas "In Peru, Congress voted ..." is Peru's."""
        reg = self.registry
        text = self.forms.get(("TERM", " ".join(t.text for t in span)), span.text)
        default = reg.terms.get(text)
        cands = list(reg.local_terms.get(text, ())) + ([default] if default is not None else [])
        pick = next((t for t in cands if t.entity.country == home), None)
        filed = dateline_country(doc)
        if pick is None and filed is not None and filed != home:
            # the state the story is filed from, after the one it names most: "SEOUL - The NIS said North Korea ..."
            pick = next((t for t in cands if t.entity.country == filed and t is not default), None)
        if pick is None and (default is None or default.entity.kind == "organ"):
            pick = next((t for t in cands if t.entity.country in in_sent), None)
        pick = pick or default
        if pick is None:
            # "the National Guard was deployed in Texas", "the Texas National Guard": a region of one of the
            # states, named in the sentence (else in the article), says whose organ it is
            regions = self._region_countries(span.sent) or self._region_countries(doc[:])
            pick = next((t for t in cands if t.entity.country in regions), None)
        if pick is None:
            return None
        ent = pick.entity
        return self._other_states_party(span, ent) or self._mention(span, ent, ent.key, pick.via, ent.kind if ent.kind != "organ" else "state")

    def _longer_party(self, doc: Doc, span: Span) -> Mention | None:
        """A party's known name that is only the end of a longer name ("Germany's Social Democrats", "the Free
        Democrats", "Liberal Democrats") is another party: of the state its phrase names, else of the state the
        story is filed from, else unresolved."""
        full = doc[span.start - 1 : span.end]
        owned = self._party_owner(self._root(span), full.start)
        country = owned[0] if owned is not None else dateline_country(doc)
        reg = self.registry
        if country is None or country not in reg.entities or reg.entities[country].kind != "state":
            return None
        sector = owned[1] if owned is not None else self._party_sector(self._root(span))
        return self._mention(full, reg.entity(country), f"{country}.{sector}", "role", "state")

    def _other_states_party(self, span: Span, ent: Entity) -> Mention | None:
        """A party's name the registry knows for one state, owned in its phrase by another ("Albania's main
        opposition Democratic Party", "the Socialist Party of Albania"): that state's party (OPP or PTY)."""
        if ent.kind != "org" or ent.sector != "PTY" or not ent.country:
            return None
        root = self._root(span)
        owned = self._party_owner(root, span.start)
        if owned is None and any(t.lower_ in ("opposition", "ruling") for t in root.lefts):
            # "TIRANA (AFP) - ... The opposition Democratic Party said": a party called the opposition (or the
            # ruling party) in a story filed from another state is that state's party of the same name
            home = dateline_country(span.doc)
            owned = (home, self._party_sector(root)) if home is not None else None
        if owned is None or owned[0] == ent.country or owned[0] not in self.registry.entities:
            return None
        return self._mention(span, self.registry.entity(owned[0]), f"{owned[0]}.{owned[1]}", "role", "state")

    def _leading_state_of_name(self, text: str) -> str | None:
        """The state a name says leads the body ("Saudi-led coalition": SAU, "the U.S.-led coalition": USA), else None."""
        head, sep, _ = text.partition("-led")
        if not sep:
            return None
        head = head[4:] if head.startswith(("the ", "The ")) else head
        reg = self.registry
        term = reg.terms.get(head)
        state = reg.adjectives.get(head) or (term.entity.key if term is not None and term.entity.kind == "state" else None)
        return state if state is not None and "." not in state else None

    def _names_state(self, doc: Doc, state: str) -> bool:
        """Does the story name this state by its name or demonym ("Belgium", "Belgian")? (Asked only for a bloc's
        seat used as an actor, which is rare: a plain pass over the tokens.)"""
        reg = self.registry
        for t in doc:
            if reg.adjectives.get(t.text) == state or reg.people_nouns.get(t.text) == state:
                return True
            term = reg.terms.get(t.text)
            if term is not None and term.entity.key == state:
                return True
        return False

    def _state_ships(self, doc: Doc, taken: set[int], places: dict[int, tuple[str, bool]]) -> list[Mention]:
        """A ship named by its flag or its owners' state is that state's: an attack on "a Liberian-flagged tanker" or
        "a Marshall Islands-flagged freighter" is aimed at the flag state (LBR, MHL), one on "a Danish-owned
        container ship" at the owners' state's business (DNK.BUS). Only ship nouns: "a Chinese-owned mine" is a place."""
        lower = token_attrs(doc).lower
        out: list[Mention] = []
        if SHIP_STATE_PARTICIPLES.isdisjoint(lower):
            return out  # (most stories: one set pass, no loop)
        for i in (i for i, w in enumerate(lower) if w in SHIP_STATE_PARTICIPLES):
            hy = doc[i - 1] if i >= 2 else None
            if hy is None or hy.text != "-" or hy.whitespace_ or doc[i - 2].whitespace_:
                continue
            ship = doc[i].head
            while ship.dep_ == "compound" and ship.head.i > ship.i and ship.head.i - i < 4:
                ship = ship.head  # "Greek-owned cargo ship": the parser may hang the participle on "cargo"
            if ship.i <= i or ship.i - i > 3 or ship.lemma_.lower() not in SHIP_NOUNS or ship.i in taken:
                continue
            first, key = i - 2, self.registry.adjectives.get(doc[i - 2].text)
            if key is None:
                for n in (3, 2, 1):  # a state's name of up to three words: "Marshall Islands-flagged"
                    term = self.registry.terms.get(doc[i - 1 - n : i - 1].text) if i - 1 - n >= 0 else None
                    if term is not None and term.entity.kind == "state":
                        first, key = i - 1 - n, term.entity.key
                        break
            if key is None or any(t in taken and t not in places for t in range(first, i - 1)):  # (a name read as a place is free)
                continue
            if lower[i] in ("owned", "operated"):
                key = f"{key}.BUS"
            span = doc[first : ship.i + 1]
            # (kind "org": a ship is no vote for the state the story is about, "raiders boarded a Cypriot-flagged dhow")
            out.append(self._mention(span, self.registry.entity(key), key, "location", "org"))
            taken.update(range(first, ship.i + 1))
        return out

    def _possessed_places(self, doc: Doc, places: dict[int, tuple[str, bool]], mentions: list[Mention]) -> None:
        """A place named with a possessor lies in the possessor's state, whatever another state's place of that name
        ("rioters looted shops in Apia's Chinatown", "fighting in the city's old quarter" in a story filed from
        Apia): the possessor's place or state, or the dateline's for "the city's", "the capital's", "the country's"
        (not for a province or a capital of one state only: "DAKAR - ... in the country's Mopti" is Mali's, a
        regional bureau's dateline is not the story's state)."""
        from ..events.places import capital_of, lookup_region

        spans: dict[int, str] = {}
        for i in list(places):
            tok = doc[i]
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is None:
                continue
            if poss.i in places:
                country: str | None = places[poss.i][0]
            elif poss.lemma_.lower() in POSSESSOR_PLACE_NOUNS:
                name = entity_at(tok)
                text = name.text if name is not None and name.root.i == tok.i else tok.text
                cap = capital_of(places[i][0])
                if lookup_region(text) is not None or (cap is not None and cap.name == text):
                    continue
                country = dateline_country(doc)
            else:
                if not spans:
                    spans = {t: m.key.split(".", 1)[0] for m in mentions if m.kind == "state"
                             and (sp := char_span(doc, m.start, m.end)) is not None for t in range(sp.start, sp.end)}
                country = spans.get(poss.i)
            if country is None or country == places[i][0] or country not in self.registry.entities:
                continue
            name = entity_at(tok)
            for j in range(name.start, name.end) if name is not None and name.root.i == tok.i else (i,):
                if j in places:
                    places[j] = (country, places[j][1])

    @staticmethod
    def _region_countries(span: Span) -> set[str]:
        """The states whose regions or cities the place names in ``span`` are ("Texas", "the Texas National
        Guard", "Los Angeles": USA)."""
        from ..events.places import lookup_place, lookup_region

        out: set[str] = set()
        for ent in span.ents:
            if ent.label_ in ("GPE", "LOC", "ORG"):
                words = [t for t in ent if t.pos_ == "PROPN"]
                for name in (ent.text, " ".join(t.text for t in words[:1]), " ".join(t.text for t in words[:2])):
                    p = (lookup_region(name) or lookup_place(name)) if name else None
                    if p is not None and p.country and p.feature in ("city", "region"):
                        out.add(p.country)
                        break
        return out

    def _resolve_span(self, doc: Doc, span: Span, date: str | None, places: dict[int, tuple[str, bool]], ent_of: dict[int, Span]) -> Mention | None:
        reg = self.registry
        label = span.label_
        text = self._form(span)

        def place(country: str, why: str) -> None:
            for i in range(span.start, span.end):
                places[i] = (country, why == "loc")

        if span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in SPAN_PREFIXES:
            return None  # "the Pan-American Highway", "a trans-Sahara route": a name spanning a continent, no state
        if label in ("ADJ", "TERM", "CAPITAL") and stance_prefixed(span[0]):
            # "a pro-Islamic State cell", "pro-Moscow separatists", "an anti-Chinese mob": a stance toward the name, not
            # its actor or nationality; the noun is the story's own (read by ``_groups``), or the name it goes with
            return None
        if label != "TERM" or reg.terms[text].entity.kind in ("state", "organ"):
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and (doc[span.end + 1].lower_ in SPONSOR_PARTICIPLES
                                                                         or doc[span.end + 1].lower_ in ALIGNED_PARTICIPLES
                                                                         or doc[span.end + 1].lower_ in BROKER_PARTICIPLES):
                return None  # "Iran-backed militias", "an Iran-aligned faction": the patron is neither the group's actor nor its
                # home; "a U.S.-brokered truce": the go-between is neither side of the deal
        elif reg.terms[text].entity.kind in ("igo", "alliance"):
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and (doc[span.end + 1].lower_ in SPONSOR_PARTICIPLES
                                                                         or doc[span.end + 1].lower_ in BROKER_PARTICIPLES):
                return None  # "a U.N.-backed force", "an AU-brokered truce": a body's patron or go-between, not the actor

        if label == "ADJ":
            if self._in_region_name(span, ent_of):
                return None  # "British Columbia", "Western Australia": a region whose name holds a demonym
            if span.start > 0 and doc[span.start - 1].lower_ in CONTINENT_ADJ_PREFIXES.get(span[0].lower_, ()):
                return None  # round 46: "Latin American", "South American": a continent's adjective, no state's
            country = reg.adjectives.get(text)
            if country is None:
                country = (doc.user_data.get("shared_adjectives") or {}).get(text)
                name = ent_of.get(span.start)
                if country is None or (name is not None and len(name) > len(span) and name.label_ != "NORP"):
                    return None  # "Korean troops" in a story naming both Koreas (or neither); "the Korean Peninsula"
            ent = reg.entity(country)
            root = self._root(span)
            while root.dep_ == "conj" and root.head.pos_ in ("ADJ", "PROPN") and root.head.i < root.i:
                root = root.head  # "Cambodian and Thai troops": Thai shares Cambodian's noun
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in PLACE_PARTICIPLES:
                return None  # "Israeli-made drones"
            head = root.head if root.dep_ in ("amod", "compound", "nmod") else None
            if head is not None and head.i > span.end - 1:
                hit = self._np_role(span.end, head)
                if hit and self._facility_place(hit[0]):
                    place(country, "loc")  # "a blast at an Israeli hospital"
                    return None
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
            if span.start >= 2 and doc[span.start - 1].lower_ in NAME_PARTICLES and doc[span.start - 1].is_lower and (
                    doc[span.start - 2].text[:1].isupper()):
                return None  # "Mocimboa da Praia", "Ciudad de Panama": a capital's name ending a longer place name
            if text.endswith(" City") and text[:-5] in reg.terms:
                place(country, "loc")  # "Gaza City", "Kuwait City": a city, never the government's metonym
                return None
            why = self._place_kind(span, places, capital=True)
            if why:
                place(country, why)
                return None
            owned = self._state_body(span, country, date)
            if owned is not None:
                return owned
            root = self._root(span)
            if root.dep_ == "compound" and root.head.i >= span.end and root.head.pos_ == "NOUN":
                # "a Kabul hospital said", "a Moscow court jailed": an institution named by its city is its state's sector
                hit = self._np_role(span.end, root.head)
                if hit is not None and reg.roles[hit[1]].kind in ("body", "group"):
                    return self._role_mention(doc[span.start : hit[0].i + 1], reg.entity(country), country, hit[1], hit[2], hit[0], date, "role")
            bloc = reg.bloc_seats.get(text)
            if bloc is not None and bloc in reg.entities and not self._names_state(doc, country):
                # a bloc's seat as an actor is the bloc ("Budapest accused Brussels of blackmail": the EU), unless the
                # story names the host state ("Kinshasa cut ties with Belgium, accusing Brussels of meddling")
                return self._mention(span, reg.entity(bloc), bloc, "metonym", reg.entities[bloc].kind)
            return self._mention(span, reg.entity(country), country, "metonym", "state")
        term = reg.terms[text]
        ent = term.entity
        if ent.kind in ("state", "organ") and self._inside_larger_place(span, ent_of):
            return None
        if ent.kind == "person":
            first = span.start
            while first > sent_of(span).start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_alpha and span.start - first < 3:
                first -= 1
            if first < span.start and self._other_person([t.text for t in doc[first : span.end]], ent):
                return None  # "Francesca Albanese": another person who shares a known surname
            name = ent_of.get(span.start)
            if (len(span) == 1 and name is not None and name.label_ == "PERSON" and name.end > span.end
                    and self._other_person([t.text for t in doc[span.start : name.end]][::-1], ent)):
                return None  # "Abbas Karimi": a known one-word surname as the given name of another person
            held = reg.person_key(ent.name, date)
            key = held[0] if held else ent.key
            if self._namesake(span, ent, key):
                return None  # read as an unknown person with his title (see ``_titled_person``)
            root = self._root(span)
            # "Imran Khan's party": the person, his party read by ``GroupResolver._owned_parties``
            if (root.dep_ in ("compound", "poss") and root.head.i >= span.end and root.head.pos_ == "NOUN"
                    and not (root.dep_ == "poss" and root.head.lower_ in PARTY_NOUNS)):
                role = self._role_of(root.head)
                base = key.split(".", 1)[0]
                body = role is not None and (reg.roles[role[0]].kind == "body" or (root.dep_ == "poss" and reg.roles[role[0]].kind == "group"))
                if role and body and base in reg.entities and reg.entities[base].kind == "state":
                    # "the Biden administration", "Abiy Ahmed's government": the person's state and the body's sector
                    # (the party of a former official or an opposition figure is in opposition: "the Bolsonaro party")
                    sector = "OPP" if role[1] == "PTY" and key.rpartition(".")[2] in ("OPP", "ELI") else role[1]
                    return self._mention(doc[span.start : root.head.i + 1], reg.entity(base), f"{base}.{sector}", "role", "state")
            return self._mention(span, ent, key, "person", "person")
        if ent.kind == "organ" and term.via == "metonym":
            root = self._root(span)
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "inside", "outside", "near"):
                place(ent.code, "loc")  # "a ceremony in the Kremlin"
                return None
            if (ent.key.endswith(".BUS") and root.dep_ in ("compound", "poss") and root.head.i >= span.end
                    and (r := self._role_of(root.head)) is not None and r[1] == "LAB"):
                # "Toyota workers downed tools", "Vale's dockers idled the port": a firm's workforce (a labour role
                # noun) is its state's labour, not the firm
                base = ent.key.split(".", 1)[0]
                return self._mention(doc[span.start : root.head.i + 1], reg.entity(base), f"{base}.LAB", "role", "group", plural=True)
        if ent.kind in ("state",):
            group = self._group_for_location(span)
            if group is not None:
                place(ent.key, "loc")
                role = self._role_of(group[0])
                home = reg.roles[role[0]].home_in(ent.key) if role else ent.key  # "settlers in the West Bank": ISR
                return self._mention(span, reg.entity(home), f"{home}.{group[1]}", "location", "group", plural=True)
            why = self._place_kind(span, places)
            if why == "feature":
                return None  # a river or lake may cross borders: it places nobody in the state it is named after
            if why:
                place(ent.key, why)
                return None
            root = self._root(span)
            # "Iran's supreme leader" -> IRN.GOV; "Iran foreign minister", "US troops", "the U.S. president"
            if root.dep_ in ("poss", "compound", "nmod") and root.head.i > span.end - 1:
                hit = self._np_role(span.end, root.head)
                if hit and self._facility_place(hit[0]):
                    place(ent.key, "loc")  # "a blast at a Gaza hospital"
                    return None
                if hit and not self._names_group(doc[span.end : hit[0].i + 1], ent.key):
                    tok, noun, sector = hit
                    return self._role_mention(doc[span.start : tok.i + 1], ent, ent.key, noun, sector, tok, date, "role")
                owned = self._state_body(span, ent.key, date)
                if owned is not None:
                    return owned
        if ent.kind == "alliance":
            lead = self._leading_state_of_name(span.text)
            if lead is not None:
                # round 29: a coalition named by the state that leads it acts as that state ("Saudi-led coalition jets
                # struck", "the U.S.-led coalition ended its mission"), as the coding convention has it
                return self._mention(span, reg.entity(lead), lead, term.via, "alliance")
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
            if ent.sector in ("PTY", "OPP") and span.start > 0 and doc[span.start - 1].lower_ in PARTY_NAME_WORDS and doc[span.start - 1].is_title:
                return self._longer_party(doc, span)
            other = self._other_states_party(span, ent)
            if other is not None:
                return other
            if (ent.sector in ("PTY", "OPP") and root.dep_ == "compound" and root.head.i == span.end
                    and root.head.lower_ in PARTY_NOUNS):
                # "Zimbabwe's ruling ZANU-PF party endorsed ...": the party's name inside a phrase headed by "party"
                # is that party, the whole phrase (its head is what a verb's subject is read from)
                span = doc[span.start : span.end + 1]
        if ent.kind in ("org", "organ"):
            span = self._named_body_phrase(span)
        return self._mention(span, ent, ent.key, term.via, ent.kind if ent.kind != "organ" else "state")

    def _namesake(self, span: Span, ent: Entity, key: str) -> bool:
        """"QUITO (Reuters) - ... Interior Minister Jose Ramirez said": a cabinet title right before a known name
        that is none of the offices the registry lists for that person (spellings made alike: "defence" is
        "defense"), in an article filed from another state's dateline that never names the person's state, belongs
        to another person of the same name. Without a dateline the known person stays."""
        doc = span.doc
        title: list[str] = []
        i = span.start - 1
        while i >= sent_of(span).start and len(title) < 3 and doc[i].pos_ == "PROPN" and doc[i].is_title:
            title.insert(0, doc[i].lower_)
            i -= 1
        if not title or title[-1] not in NAMESAKE_TITLE_HEADS:
            return False
        noun = us_spelling(" ".join(title))
        roles = self.registry.person_roles.get(ent.name, ())
        if not roles or any(noun.endswith(r) or r.endswith(noun) for r in (us_spelling(r.role.lower()) for r in roles)):
            return False
        filed = dateline_country(doc)
        state = key.split(".", 1)[0]
        if filed is None or filed == state or state not in self.registry.entities or self.registry.entities[state].kind != "state":
            return False
        reg = self.registry
        for e in doc_ents(doc):
            if e.label_ in ("GPE", "NORP"):
                t = reg.terms.get(e.text) or reg.terms.get(e.text.removeprefix("the "))
                if (t is not None and t.entity.key == state) or reg.adjectives.get(e.text) == state:
                    return False
        return True

    def _named_body_phrase(self, span: Span) -> Span:
        """A known name compounded on the noun of a body it is ("the FNSEA farm union", "the Frontier Corps
        paramilitary force" is not: only a body role noun), as one mention: the head is the name's, never an
        unnamed body of its own or a pronoun-like noun read back to another union or agency."""
        doc = span.doc
        root = self._root(span)
        if root.dep_ != "compound":
            return span
        head = root.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "FNSEA farm union": the name hangs on "farm", "farm" on "union"
        if head.i < span.end or head.i - span.end > 2 or not (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)):
            return span  # (a lower-case body noun the tagger took for part of the name counts: "union" as PROPN)
        if any(t.dep_ != "compound" or t.pos_ not in ("NOUN", "ADJ") for t in doc[span.end : head.i]):
            return span
        role = self._role_of(head)
        if role is None or self.registry.roles[role[0]].kind != "body":
            return span
        return doc[span.start : head.i + 1]


@Language.factory("eventcoder_actors", default_config={"actors_files": []})
def make_actor_resolver(nlp: Language, name: str, actors_files: list[str]) -> ActorResolver:
    return ActorResolver(nlp, actors_files)
