"""What every part of actor resolution shares: the Doc extensions, mention construction, role lookup
and the syntax helpers (noun-phrase heads, clauses, subjects) used to find and link mentions.

:class:`ResolverBase` holds the registry; the resolver's parts (people, located groups, coreference,
pronoun agreement, appositions) are mixins built on it and combined in
:class:`~eventcoder.actors.resolve.ActorResolver`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..models import Mention, Place
from ..nlp import TOKEN_INDEX, char_span, dateline_city, dateline_country, entity_at, sent_of, token_attrs
from .registry import Entity, Registry
from .vocab import (
    ATTRIBUTION_VERBS,
    CITY_PREPS,
    EDGE_NOUNS,
    FOUNDING_VERBS,
    GOVERNING_NOUNS,
    LEADER_NOUNS,
    REPORTING_VERBS,
    ROLE_PHRASE_WORDS,
    STANCE_PREFIXES,
    VENUE_DATELINE_CITIES,
)

if not Doc.has_extension("actor_mentions"):
    Doc.set_extension("actor_mentions", default=None)
if not Doc.has_extension("token_mentions"):
    Doc.set_extension("token_mentions", default=None)
# token -> every member a plural pronoun stands for ("Britain and France ... their": both), beyond the one
# mention ``token_mentions`` keeps for it
if not Doc.has_extension("coref_members"):
    Doc.set_extension("coref_members", default=None)

ACTOR_KINDS = ("person", "state", "org", "igo", "group")
# the tokens ``_role_candidates`` found, kept in ``user_data`` with the token attributes they were read from
_ROLE_CANDIDATES = "eventcoder.role_candidates"
SUBJ_DEPS = ("nsubj", "nsubjpass")
# The roles ``_role_of`` read, by token index, with the token attributes and the resolver they were read with (the
# last document's only), and the mark of a token not asked yet.
_ROLE_MEMO: list = [(None, None, {})]
_NO_ROLE = object()


def token_index(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """Token position -> the first mention covering it. The index of the last list asked for is kept for the
    run (``forget_sentences`` drops it): the passes ask again for the same mentions. Do not change the dict."""
    kept = doc.user_data.get(TOKEN_INDEX)
    done = 0  # (the mentions already indexed: the kept list when the new one only adds mentions after it)
    if kept is not None and kept[0] == len(doc) and len(kept[1]) <= len(mentions) and all(
            a is b for a, b in zip(kept[1], mentions)):
        if len(kept[1]) == len(mentions):
            return kept[2]
        done = len(kept[1])
    index: dict[int, Mention] = dict(kept[2]) if done else {}
    for m in mentions[done:] if done else mentions:
        sp = char_span(doc, m.start, m.end)
        if sp is not None:
            for i in range(sp.start, sp.end):
                index.setdefault(i, m)
    doc.user_data[TOKEN_INDEX] = (len(doc), tuple(mentions), index)
    return index


class ResolverBase:
    """Registry access, mention construction and the syntax helpers shared by the resolver's parts."""

    registry: Registry

    # ------------------------------------------------------------------ mentions and roles
    def _founder(self, mentions: list[Mention], tok: Token) -> Mention | None:
        """The named organisation that founded a body: the agent of a participle after it ("the parallel government
        set up by the Rapid Support Forces"), or the subject of a founding verb it is the object of ("the RSF declared
        a rival administration", "allowing the RSF to set up a parallel government"). Only a non-state organisation:
        "a cabinet formed by the prime minister" is the state's."""
        def founding(verb: Token) -> bool:
            low = verb.lemma_.lower()
            return low in FOUNDING_VERBS and (low != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))

        def org_at(t: Token) -> Mention | None:
            m = next((m for m in mentions if m.start <= t.idx < m.end), None)
            return m if m is not None and m.kind == "org" and not m.key.startswith("UNK:") else None

        for c in tok.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and founding(c):
                for a in c.children:
                    if a.dep_ == "agent":
                        for g in a.children:
                            if g.dep_ == "pobj" and (m := org_at(g)) is not None:
                                return m
        if tok.dep_ == "dobj" and founding(tok.head):
            for s in tok.head.children:
                if s.dep_ == "nsubj" and (m := org_at(s)) is not None:
                    return m
        return None

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
        """(role noun, sector) when ``tok`` heads a role noun phrase ("supreme leader", "troops"); read once a run
        for each token (the passes ask again for the same nouns: about half the questions are repeats)."""
        attrs = token_attrs(tok.doc)
        memo = _ROLE_MEMO[0]  # (one tuple, read and replaced whole: see ``nlp._LAST_ATTRS``)
        if memo[0] is not attrs or memo[1] is not self:
            memo = _ROLE_MEMO[0] = (attrs, self, {})
        found = memo[2].get(tok.i, _NO_ROLE)
        if found is _NO_ROLE:
            found = memo[2][tok.i] = self._read_role(tok)
        return found

    def _read_role(self, tok: Token) -> tuple[str, str] | None:
        """``_role_of`` read afresh."""
        reg = self.registry
        # (the words read off the document's token attributes: ``tok.lower_`` is ``tok.text.lower()``)
        attrs = token_attrs(tok.doc)
        text, lemma = attrs.lower[tok.i], attrs.lemma[tok.i]
        if text == "elect" and tok.i >= 2 and attrs.text[tok.i - 1] == "-":
            return self._role_of(tok.doc[tok.i - 2])  # "the president-elect"
        words = self._role_words()
        if text not in words and lemma not in words and text.split() == [text] and lemma.split() == [lemma]:
            return None  # no role noun ends in this word: asked for every noun of the article, most are none
        cands = []
        if tok.i >= 2 and attrs.text[tok.i - 1] == "-" and attrs.lower[tok.i - 2] == "ex":
            cands += [f"former {text}", f"former {lemma}"]  # "ex-President Laurent Gbagbo": a former office
        elif tok.i >= 2 and attrs.lower[tok.i - 2] in ("former", "ex") and attrs.text[tok.i - 1] in reg.adjectives:
            cands += [f"former {text}", f"former {lemma}"]  # "former Ecuadorean President X": a former office too
        # multiword: compound children + head ("foreign minister", "supreme leader", "air force"); only the word
        # right before can be one (its Token made only when its relation fits)
        prev = tok.doc[tok.i - 1] if tok.i >= 1 and attrs.dep[tok.i - 1] in ("compound", "amod") else None
        left = [prev] if prev is not None and prev.head.i == tok.i else []
        if left:
            # a task of two words first ("the national disaster management agency": "disaster management agency")
            # (the word two before, a left child of either word: read off the head and label arrays)
            j = tok.i - 2
            outer = [tok.doc[j]] if j >= 0 and attrs.dep[j] in ("compound", "amod") and attrs.head[j] in (tok.i - 1, tok.i) else []
            if outer:
                cands.append(f"{outer[0].text.lower()} {left[0].text.lower()} {text}")
            cands.append(f"{left[0].text.lower()} {text}")
            cands.append(f"{left[0].text.lower()} {lemma}")
        cands += [text, lemma]
        for c in cands:
            r = reg.roles.get(c)
            if r:
                if left and c in LEADER_NOUNS and r.sector == "GOV":
                    # "rebel leaders", "union leaders", "student leaders": the modifier's sector leads
                    mod = reg.roles.get(left[0].lower_) or reg.roles.get(left[0].lemma_.lower())
                    if mod is not None and mod.sector and mod.sector != "GOV":
                        return c, mod.sector
                return c, r.sector
        return None

    def _role_phrase(self, ent: Span) -> bool:
        """Is an entity the NER model took for an organisation only a role phrase of the registry, with no
        name in it ("the commerce ministry", "the Treasury", "the Joint Chiefs of Staff", "the state statistics
        institute")? It is then an unnamed body or group, of the state the sentence or article is about."""
        role = self._role_of(ent.root)
        if role is None or self.registry.roles[role[0]].kind not in ("body", "group"):
            return False
        if any(t.dep_ == "case" and t.i + 1 < ent.end and t.nbor().text[:1].isupper() for t in ent):
            return False  # "the People's Party", "the Workers' Party": a possessive inside a capitalised name
        words = self._role_words()
        reg = self.registry
        # a state body's task written in lower case ("the territorial administration ministry", "farm ministry
        # data"): a common noun phrase, no name
        body = reg.roles[role[0]].kind == "body" and ent.root.text.islower()
        for t in ent:
            if t.pos_ == "DET" or t.i == ent.root.i or t.dep_ == "case":
                continue  # "the electoral council's headquarters": the possessive ending is no word of a name
            if t.text in reg.terms or t.text in reg.adjectives or not (
                    t.lower_ in words or t.lower_ in ROLE_PHRASE_WORDS or (body and t.is_alpha and t.text.islower())):
                return False
        return True

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

    @staticmethod
    def _root(span: Span) -> Token:
        """The span's syntactic head, skipping a leading determiner ("the U.S." parsed as det + compound)."""
        # (the last word whose head lies outside the span, preferring one no determiner, punctuation or possessive
        # ending: read off the run's head and label arrays, the one Token made being the answer)
        doc = span.doc
        attrs = token_attrs(doc)
        heads, deps = attrs.head, attrs.dep
        start, end = span.start, span.end
        good = outside = -1
        for i in range(start, end):
            h = heads[i]
            if not (start <= h < end) or h == i:
                outside = i
                if deps[i] not in ("det", "punct", "case"):
                    good = i
        if good >= 0:
            return doc[good]
        return doc[outside] if outside >= 0 else span.root

    def _modified_by_actor(self, noun: Token) -> bool:
        """"Sudanese refugees in Chad": the demonym already says whose refugees they are."""
        reg = self.registry
        for c in noun.children:
            if c.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if stance_prefixed(c):
                continue  # "the pro-Russian opposition": a stance, not whose opposition it is
            if c.text in reg.adjectives or c.text in reg.terms or c.text in reg.people_nouns:
                return True
            # a name of several words ending in the modifier: "Boko Haram fighters", "Islamic State militants"
            doc = noun.doc
            first = c.i
            # (a hyphen inside the name is its own token: "Jaish al-Adl militants")
            while first > 0 and first > c.i - 6 and doc[first - 1].head.i in (c.i, first) and (
                    (doc[first - 1].dep_ in ("compound", "amod") and doc[first - 1].pos_ in ("PROPN", "ADJ"))
                    or (doc[first - 1].text == "-" and first - 1 > 0)):
                first -= 1
            for k in range(first, c.i):
                # (``Span.text`` is the document's text between the span's offsets; ``doc.text`` joins every token)
                if " ".join(t.text for t in doc[k : c.i + 1]) in reg.terms or doc[k : c.i + 1].text in reg.terms:
                    return True
        return False

    def _body_compound(self, tok: Token) -> bool:
        """A governing body's noun used bare as a modifier ("a junta airstrike", "regime forces", "a government
        spokesman"): it names that body as "the junta" would, unless the two nouns make one role ("government
        forces")."""
        # the parser often reads the modifier as an adjective ("junta/JJ airstrike")
        if tok.dep_ not in ("compound", "amod") or tok.head.i != tok.i + 1 or tok.head.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNP", "JJ"):
            return False
        if any(c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children):
            return False
        role = self._role_of(tok)
        if role is None or self.registry.roles[role[0]].kind != "body" or tuple(self.registry.corefs.get(tok.lower_, ())) != ("state",):
            return False
        whole = self._role_of(tok.head)
        return whole is None or " " not in whole[0]

    def _home_country(self, doc: Doc, mentions: list[Mention], places: dict[int, tuple[str, bool]]) -> str | None:
        """The country the article is mostly about: the most often named state (places included), earliest on a tie."""
        reg = self.registry
        count: dict[str, float] = {}
        first: dict[str, int] = {}
        for m in mentions:
            base = m.key.split(".", 1)[0]
            if m.key.endswith(".JRN") and m.via not in ("location", "demonym", "role"):
                continue  # "the BBC reported ...": a named outlet tells whose press, not where the news is
            if m.kind in ("state", "person", "group") and base in reg.entities and reg.entities[base].kind == "state":
                if m.via == "demonym" and _stance_prefixed(doc, m):
                    continue  # "voters backing pro-Russian candidates" in Moldova: a stance, not a party of the story
                count[base] = count.get(base, 0) + 1
                first.setdefault(base, m.start)
        filed = dateline_country(doc)
        city_words = set(dateline_city(doc).split()) if filed is not None else set()
        seen = set()
        sides: dict[str, int] = {}
        for i, (c, _) in sorted(places.items()):
            if c in seen or (c == filed and doc[i].lower_ in city_words):
                continue  # (the dateline city named again in the text is the dateline's vote, not a second one)
            head = doc[i].head
            if head.lemma_.lower() in EDGE_NOUNS or (head.dep_ == "prep" and head.head.lemma_.lower() in EDGE_NOUNS):
                # round 37: "near the Syrian border", "the border with Mali": a side named, not the story's state;
                # a vote only where nothing else names a state (below)
                sides.setdefault(c, doc[i].idx)
                continue
            seen.add(c)
            count[c] = count.get(c, 0) + 1
            first.setdefault(c, doc[i].idx)
            first[c] = min(first[c], doc[i].idx)
        if not count:
            for c, idx in sides.items():
                count[c] = 1
                first.setdefault(c, idx)
        venue = filed is not None and dateline_city(doc) in VENUE_DATELINE_CITIES
        if filed is not None and filed in reg.entities:
            # the dateline names where the story was filed: a vote of its own that wins a tie (a dateline state is a
            # party to the story's events in nine ledes of ten: "TAIPEI - The defence ministry said it tracked 20
            # Chinese aircraft" is Taiwan's ministry, see below for ties), or alone when the text names none
            # ("PORT MORESBY, Papua New Guinea (AP) - police said ..."); a meeting place or a regional bureau's city
            # only half a vote ("GENEVA - Iran said on Monday the army would ..." is Iran's army)
            count[filed] = count.get(filed, 0) + (0.5 if venue else 1)
            first.setdefault(filed, -1)
        if not count:
            return None
        if filed is not None and not venue and filed in count and self._lede_subject_state(doc, mentions) == filed:
            # round 36: "TBILISI - Georgia's foreign ministry summoned Russia's ambassador ... Moscow said ... Russian
            # officials ...": the dateline's state acting as the lede's subject is the story's state, however often
            # the state it acts on is named after
            return filed
        best = max(count.values())
        tied = [c for c in count if count[c] == best]
        if filed in tied and len(tied) > 1:
            # a tie with the dateline's state goes to a state whose body or official is a clause's subject
            # ("WASHINGTON - Venezuela's foreign minister said ..."), else to the dateline's ("TAIPEI - The defence
            # ministry said it tracked 20 Chinese aircraft")
            # (a state itself counts as the subject of a saying verb only: "WASHINGTON - Iran told the agency the army
            # would ..." is Iran's army, "TAIPEI - China sent 20 aircraft, the defence ministry said" Taiwan's ministry)
            owners = [c for c in tied if c != filed and any(
                m.key.split(".", 1)[0] == c and m.kind in ("state", "person", "group") and (sp := char_span(doc, m.start, m.end)) is not None
                and sp.root.dep_ in ("nsubj", "nsubjpass") and ("." in m.key or sp.root.head.lemma_.lower() in REPORTING_VERBS)
                for m in mentions)]
            return min(owners, key=lambda c: first[c]) if owners else filed
        return min(count, key=lambda c: (-count[c], first[c]))

    def _lede_subject_state(self, doc: Doc, mentions: list[Mention]) -> str | None:
        """The state whose name, body or official is the subject of the main verb of the article's first sentence
        that names an actor ("KYIV - Ukraine's air force said ..." -> UKR); None if no state's is."""
        reg = self.registry
        first = min(mentions, key=lambda m: m.start, default=None)
        if first is None:
            return None
        fsp = char_span(doc, first.start, first.end)
        if fsp is None:
            return None
        lede = sent_of(fsp.root)
        reported: str | None = None
        for m in sorted(mentions, key=lambda m: m.start):
            if m.start >= lede.end_char:
                break
            base = m.key.split(".", 1)[0]
            if m.kind not in ("state", "person", "group") or base not in reg.entities or reg.entities[base].kind != "state":
                continue
            sp = char_span(doc, m.start, m.end)
            if sp is None:
                continue
            root = sp.root
            if root.dep_ == "poss":
                root = root.head  # "Somalia's president ..." (when the owner is a mention of its own)
            while root.dep_ == "conj":
                root = root.head  # "Saudi Arabia and Pakistan signed ..."
            if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
                continue
            verb = root.head
            if verb.dep_ == "ROOT":
                return base
            # round 37: "Burkina Faso's junta expelled two French diplomats, state television reported": the
            # subject of the lede's reported clause, when no state's is the subject of the reporting verb itself
            if (reported is None and verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT" and verb.i < verb.head.i
                    and verb.head.lemma_.lower() in ATTRIBUTION_VERBS):
                reported = base
        return reported

    def _party_owner(self, root: Token, first: int) -> tuple[str, str] | None:
        """The state a party's phrase gives it, with the party's sector: "Albania's main opposition Democratic
        Party" (ALB, OPP), "the ruling Socialist Party of Albania" (ALB, PTY); None if the phrase names no state.
        ``root`` heads the phrase, ``first`` is where the name begins."""
        reg = self.registry
        owner = None
        for c in root.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < first:
                owner = owner or reg.adjectives.get(c.text) or _state_term(reg, c.text)
            elif c.dep_ == "prep" and c.lower_ == "of":
                owner = owner or next((_state_term(reg, g.text) for g in c.children if g.dep_ == "pobj"), None)
        if owner is None:
            return None
        return owner, self._party_sector(root)

    @staticmethod
    def _party_sector(root: Token, start: int | None = None) -> str:
        """"the opposition Liberal Party", "Albania's main opposition party": OPP; any other party is PTY. With
        ``start`` (where the party's name begins) the word right before the name counts too: "opposition People's
        Party leader X" with "opposition" left out of the parsed phrase."""
        words = {c.lower_ for c in root.children if c.dep_ in ("amod", "compound", "nmod")}
        words |= {t.lower_ for t in root.lefts}
        if start is not None and start > 0:
            words.add(root.doc[start - 1].lower_)
        return "OPP" if "opposition" in words else "PTY"

    def _role_candidates(self, doc: Doc) -> list[int]:
        """The tokens that may head a role noun, in order: ``_role_of`` is None for every other token (neither
        its word nor its lemma is a word of a role noun, and it is no "-elect"). Read once a run from the
        token attributes, for the passes that ask ``_role_of`` of every noun of the article."""
        attrs = token_attrs(doc)
        words = self._role_words()
        cached = doc.user_data.get(_ROLE_CANDIDATES)
        if cached is not None and cached[0] is attrs and cached[1] is words:
            return cached[2]
        out = []
        for i, (text, lower, lemma) in enumerate(zip(attrs.text, attrs.lower, attrs.lemma)):
            low = text.lower()
            if low in words or lemma in words or lower == "elect" or low.split() != [low] or lemma.split() != [lemma]:
                out.append(i)
        doc.user_data[_ROLE_CANDIDATES] = (attrs, words, out)
        return out

    def _role_words(self) -> frozenset[str]:
        """Every word of a role noun ("foreign", "minister"): titles between coordinated names."""
        words = getattr(self, "_role_word_set", None)
        if words is None:
            words = frozenset(w for r in self.registry.roles for w in r.split())
            self._role_word_set = words
        return words

    def _other_person(self, words: list[str], ent: Entity) -> bool:
        """Does a name whose surname is a known person's carry another given name ("Francesca Albanese" is
        not Anthony Albanese)? Read right to left from the word before the surname; a title, a form of
        address or a registry name ("US President Trump") ends the name."""
        from .vocab import HONORIFICS

        reg = self.registry
        # a hyphenated given name is read token by token ("Kassym-Jomart Tokayev": "Kassym", "-", "Jomart"), so its
        # halves are the known name too
        known = {p for w in ent.name.split() for p in (w.lower().strip("."), *w.lower().split("-"))}
        role_words = self._role_words()
        for w in reversed(words[:-1]):
            low = w.lower().strip(".")
            if not w[:1].isupper() or low in HONORIFICS or low in role_words or w in reg.terms or w in reg.adjectives:
                return False
            if low not in known:
                return True
        return False

    @staticmethod
    def _named_like(mentions: list[Mention], tok: Token, noun: str) -> Mention | None:
        """The nearest earlier organisation or body whose name has this noun ("the court" -> the ICC)."""
        end, start = tok.idx, sent_of(tok).start_char - 1500  # read once, not once a mention
        for m in reversed([m for m in mentions if m.end <= end and m.start >= start]):
            if m.kind in ("org", "igo", "state") and not m.key.startswith("UNK:") and not (
                    m.via == "coreference" and noun in GOVERNING_NOUNS):
                # (an earlier bare "the government" is no name: "the government" again is whichever state the
                # passage is about by then, found by salience: "... flown home on a government plane. Rights groups
                # say Turkmenistan holds hundreds of prisoners. The government denies it")
                words = re.findall(r"[a-z]+", f"{m.name or ''} {m.entity_text}".lower())
                if noun in words or tok.lower_ in words:
                    return m
        return None

    # ------------------------------------------------------------------ syntax helpers
    @staticmethod
    def _span_of(doc: Doc, m: Mention) -> Span | None:
        return char_span(doc, m.start, m.end)

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
            if v.dep_ == "advcl" and v.tag_ == "VBG":
                # "RSF blocked a convoy, the WFP said, accusing the group ...": the participle after an inserted
                # "X said" is the speaker's, though the parser hangs it on the reported verb
                said = [p for p in v.head.children if p.dep_ == "parataxis" and v.head.i < p.i < v.i]
                said_subj = [c for c in said[-1].children if c.dep_ in SUBJ_DEPS] if said else []
                if said_subj:
                    return said_subj
            v = v.head
        return []

    @staticmethod
    def _covers(m: Mention, toks: list[Token]) -> bool:
        return any(m.start <= t.idx < m.end for t in toks)

    # ------------------------------------------------------------------ places of groups
    def _located(self, tok: Token, places: dict[int, tuple[str, bool]], index: dict[int, Mention], cities: bool = False) -> str | None:
        """The country named in a "<group> in/of/off <place>" phrase; with ``cities``, also a city of the
        gazetteer named as the place ("a court in Yekaterinburg", "protesters in Lyon")."""
        reg = self.registry
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "across", "from", "of", "off", "near", "at", "throughout"):
                if c.lower_ in ("near", "at", "off") and any(g.dep_ == "pobj" and g.lemma_.lower() in EDGE_NOUNS for g in c.children):
                    continue  # "rebels near the Algerian border": at the edge of the state, not its own
                for t in c.subtree:
                    if t.i in places:
                        if t.i != c.i + 1 and (t.head.lemma_.lower() in EDGE_NOUNS or (t.head.dep_ == "prep" and t.head.head.lemma_.lower() in EDGE_NOUNS)):
                            continue  # "terrorists in operations near the border with Mali": a side of the border, further in
                        return places[t.i][0]
                    m = index.get(t.i)
                    if m is not None:
                        base = m.key.split(".", 1)[0]
                        if base in reg.entities and reg.entities[base].kind == "state":
                            return base
                if cities and c.lower_ in CITY_PREPS:
                    city = self._city_of(c)
                    if city is not None:
                        return city.country
        return None

    @staticmethod
    def _city_of(prep: Token) -> Place | None:
        """The state of the city a locative preposition names ("in Yekaterinburg"): the object must be a
        proper name that the gazetteer knows as a city (the small NER model often labels a city ORG or
        PERSON, so any name entity, or the bare proper noun, is looked up)."""
        from ..events.places import lookup_place

        for g in prep.children:
            if g.dep_ != "pobj" or g.pos_ != "PROPN":
                continue
            ent = entity_at(g)
            if ent is not None and (ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "FAC", "NORP") or ent.root.i != g.i):
                continue
            name = ent.text if ent is not None else " ".join(t.text for t in g.lefts if t.dep_ == "compound" and t.pos_ == "PROPN") + f" {g.text}"
            p = lookup_place(name.strip())
            if p is not None and p.feature in ("city", "region") and p.country:
                return p
        return None


def in_reported_clause(tok: Token, verb: Token) -> bool:
    """Does ``tok`` sit inside the clause ``verb`` reports, i.e. does its climb up the parse reach ``verb`` through a
    clausal complement ("said [Asmara had chosen war]", "said [the network had paid through a bank in Moscow]")?"""
    t = tok
    for _ in range(12):  # a word is a few arcs below the clause it sits in
        if t.head.i == t.i:
            return False
        if t.head.i == verb.i:
            return t.dep_ == "ccomp"
        t = t.head
    return False


def _state_term(reg: Registry, text: str) -> str | None:
    """The state a registry name stands for ("Albania"), else None."""
    term = reg.terms.get(text)
    return term.entity.key if term is not None and term.entity.kind == "state" else None


def _stance_prefixed(doc: Doc, m: Mention) -> bool:
    """Is the mention a demonym written after "pro-" or "anti-" ("pro-Russian candidates", "anti-American
    slogans")? It names a stance toward the state, not a party acting in the story."""
    sp = char_span(doc, m.start, m.end)
    return sp is not None and stance_prefixed(sp[0])


def stance_prefixed(tok: Token) -> bool:
    """Is the token written right after "pro-" or "anti-" ("a pro-Iranian militia", "anti-Western slogans")?"""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in STANCE_PREFIXES
