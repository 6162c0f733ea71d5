"""Small parse helpers shared by the role readers: dependency labels, party comparisons, name tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.registry import get_registry
from ..actors.vocab import ARMED_NOUNS
from ..models import Mention
from ..nlp import char_span, sent_of, token_attrs
from .places import place_nouns

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj", "dative", "attr")
RELATIVE = frozenset({"who", "which", "that", "whom"})

# spaCy keeps the value of a Doc extension in ``doc.user_data`` under such a key; the role readers read the
# actor mentions there: each ``doc._`` read builds a proxy object, and they ask for the index per phrase
_TOKEN_MENTIONS: Any = ("._.", "token_mentions", None, None)
_ACTOR_MENTIONS: Any = ("._.", "actor_mentions", None, None)
_COREF_MEMBERS: Any = ("._.", "coref_members", None, None)


def mention_index(doc: Doc) -> dict[int, Mention]:
    """``doc._.token_mentions or {}``: the actor mention of each token that has one."""
    return doc.user_data.get(_TOKEN_MENTIONS) or {}


def actor_mentions(doc: Doc) -> list[Mention]:
    """``doc._.actor_mentions or []``: the actor mentions of the document, in text order."""
    return doc.user_data.get(_ACTOR_MENTIONS) or []


def coref_members(doc: Doc) -> dict[int, list[Mention]]:
    """``doc._.coref_members or {}``: the members of the coordination a pronoun stands for, by token index."""
    return doc.user_data.get(_COREF_MEMBERS) or {}


class RoleCache:
    """What the role readers find again and again while coding one document, found once a run: the objects of
    the prepositions on each head (``preps``), each verb's subject (``subjects``), the conjuncts after each
    token and whether each mention's text holds a coordination. Kept for one document, the coder (``owner``)
    and the mention index it was read with: a new actor pass makes a new index, and so a new cache."""

    __slots__ = ("doc", "owner", "index", "size", "preps", "subjects", "conjuncts", "coordinated", "recipients", "linked",
                 "groups", "head_of")

    def __init__(self, doc: Doc, owner: object, index: object) -> None:
        self.doc, self.owner, self.index, self.size = doc, owner, index, len(doc)
        self.preps: dict[int, list[tuple[str, list[Token]]]] = {}
        self.subjects: dict[int, tuple[list[Token], bool]] = {}
        self.conjuncts: dict[int, list[Token]] = {}
        self.coordinated: dict[tuple[int, int], bool] = {}
        # the recipients last read for each trigger token (the coder's look-back list keeps only actors)
        self.recipients: dict[int, list[Mention]] = {}
        # the tokens that are a conjunct or have one ("conj" children): only they can have conjuncts
        self.linked: frozenset[int] | None = None
        # each coordination's words, by its first word's index, and each token's head index (see ``_coordination``)
        self.groups: dict[int, tuple[Token, ...]] = {}
        self.head_of: list[int] | None = None

    def later_conjuncts(self, tok: Token) -> list[Token]:
        """The conjuncts of ``tok`` after it (do not change the list)."""
        found = self.conjuncts.get(tok.i)
        if found is None:
            if self.linked is None:
                doc = self.doc
                conj = [i for i, d in enumerate(token_attrs(doc).dep) if d == "conj"]
                # (a hook's conjuncts are its own: every token is asked)
                self.linked = (frozenset(range(len(doc))) if "conjuncts" in doc.user_token_hooks
                               else frozenset(conj).union(doc[i].head.i for i in conj))
            found = self.conjuncts[tok.i] = [c for c in self._coordination(tok) if c.i > tok.i] if tok.i in self.linked else []
        return found

    def _coordination(self, tok: Token) -> Sequence[Token]:
        """``tok.conjuncts``, read once for each coordination: every conjunct spaCy reaches from the coordination's
        first word has the same conjuncts (the whole coordination in the same order, less itself), and each
        ``Token.conjuncts`` walks the whole coordination (a list of 400 states took seconds, one walk per state)."""
        if "conjuncts" in self.doc.user_token_hooks:
            return tok.conjuncts
        attrs = token_attrs(self.doc)
        dep, heads = attrs.dep, self._heads()
        start = tok.i
        while heads[start] != start and dep[start] == "conj":  # (as ``Token.conjuncts`` climbs)
            start = heads[start]
        group = self.groups.get(start)
        if group is None:
            first = self.doc[start]
            group = self.groups[start] = (first, *first.conjuncts)
        if any(c.i == tok.i for c in group):
            return group
        return tok.conjuncts  # (a conjunct the parser hangs before its head: not in the coordination spaCy walks)

    def _heads(self) -> list[int]:
        if self.head_of is None:
            self.head_of = token_attrs(self.doc).head  # (no Token made for each word; read with the run's attributes)
        return self.head_of

    def coordinates(self, doc: Doc, m: Mention) -> bool:
        """Does the mention's text hold a coordination ("Cambodian and Thai troops")? Only then may
        ``coordinated_inside`` and ``coordinated_names`` find anything in it."""
        key = (m.start, m.end)
        found = self.coordinated.get(key)
        if found is None:
            sp = char_span(doc, m.start, m.end)
            found = self.coordinated[key] = sp is not None and "conj" in token_attrs(doc).dep[sp.start : sp.end]
        return found


# The ``RoleCache`` of the document coded last (one only: the caches of documents coded before are dropped, not
# kept alive with their documents)
_LAST: list[RoleCache] = []


def role_cache(doc: Doc, owner: object) -> RoleCache:
    """The :class:`RoleCache` of the document for the coder ``owner`` and the current actor mentions."""
    index = doc.user_data.get(_TOKEN_MENTIONS)
    if _LAST:
        cache = _LAST[0]
        if cache.doc is doc and cache.owner is owner and cache.index is index and cache.size == len(doc):
            return cache
    cache = RoleCache(doc, owner, index)
    _LAST[:] = [cache]
    return cache


def name_like(t: Token) -> bool:
    """A proper name, or a capitalised word inside the sentence the small parser mistagged ("a village in
    Sagaing region" with Sagaing as a verb): only a gazetteer hit makes either a place."""
    return t.pos_ == "PROPN" or (t.is_title and t.i != sent_of(t).start and t.pos_ in ("VERB", "NOUN", "ADJ"))


# sectors whose people or property an attacked object may name: then it is no civilian target
_NOT_CIVILIAN = frozenset({"MIL", "COP", "GOV", "SPY", "REB", "JUD", "LEG", "OPP", "PTY", "ELI", "UAF", "CRM", "INS"})


def armed_object(tok: Token) -> bool:
    """Does the attacked object name armed men or the state's own ("rebel positions", "a militant hideout",
    "military buildings", "a police station")? Then its place does not make the state's civilians the target."""
    roles = get_registry().roles
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # the object noun and what stands before it ("rebel positions", "the army commander's residence"), not the
    # phrases after it ("a critic of the president" is a civilian)
    for t in (t for o in objs for t in o.subtree if t.i <= o.i):
        words = (t.lemma_.lower(), t.lower_)
        if any(w in ARMED_NOUNS or (w in roles and roles[w].sector in _NOT_CIVILIAN) for w in words):
            return True
    return False


def passive_anchor(t: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ for c in t.children)


def through_prep(t: Token) -> list[Token]:
    """A dative "to Hamas" is the preposition; its object is the party."""
    if t.pos_ == "ADP":
        return [g for g in t.children if g.dep_ == "pobj"]
    return [t]


def coordinated_inside(doc: Doc, m: Mention) -> list[Mention]:
    """Mentions of coordinated modifiers inside a longer mention: "Thai" in "Cambodian and Thai troops"."""
    sp = char_span(doc, m.start, m.end)
    if sp is None or not any(t.dep_ == "conj" for t in sp):
        return []
    out = []
    for n in actor_mentions(doc):
        if n is m or n.key == m.key or not (m.start <= n.start and n.end <= m.end):
            continue
        inner = char_span(doc, n.start, n.end)
        if inner is not None and any(t.dep_ == "conj" and t.head.i < t.i and sp.start <= t.head.i < sp.end for t in inner):
            out.append(n)
    return out


def coordinated_names(doc: Doc, m: Mention) -> list[Mention]:
    """Known names coordinated with a modifier inside a longer mention that the resolver read as one party:
    "Hamas" in "Israeli and Hamas negotiators" (a name the registry knows, not a second mention of its own)."""
    sp = char_span(doc, m.start, m.end)
    if sp is None or len(sp) < 3:
        return []
    terms = get_registry().terms
    out = []
    for t in sp:
        if t.dep_ != "conj" or t.pos_ != "PROPN" or not (sp.start <= t.head.i < t.i) or t.head.dep_ not in ("amod", "compound", "nmod"):
            continue
        term = terms.get(t.text)
        if term is None or term.entity.kind not in ("org", "state", "igo") or term.entity.key.split(".")[0] == m.key.split(".")[0]:
            continue
        e = term.entity
        out.append(Mention(t.idx, t.idx + len(t.text), t.text, e.key, e.code, e.sector, e.name, "registry", e.kind, m.plural))
    return out


def same_party(m: Mention, actors: list[Mention]) -> bool:
    """Is the mention one of the actors, or a state and its own organ ("it" for China, Israel's army)?
    Two organs of one state (its government and its dock workers) are different parties."""
    key = m.key
    top_m = key.split(".")[0]  # (split once, not once for each actor: asked for every candidate of every event)
    for a in actors:
        if key == a.key:
            return True
        top_a = a.key.split(".")[0]
        if top_a == top_m and (key == top_m or a.key == top_a):
            return True
    return False


def place_name(doc: Doc, m: Mention) -> bool:
    """An unresolved name that is no party: a common noun the tagger took for a name ("airfield") or a name
    on a place noun ("Ben Gurion airport", "the Ayalon highway")."""
    if m.kind != "unresolved":
        return False
    if m.entity_text.islower():
        return True
    span = char_span(doc, m.start, m.end)
    if span is None:
        return False
    root = span.root
    nxt = root.head if root.dep_ == "compound" and root.head.i >= span.end else None
    if nxt is not None and nxt.lemma_.lower() in place_nouns():
        return True
    # the object of a preposition of place ("a base near Hpakant", "off the coast of Sabah"), or the "of" of a
    # place noun ("the island of Koh Lipe"): a place the gazetteer does not know, not a party
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in _PLACE_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in place_nouns())


# prepositions that place what they govern, never a party an act is aimed at
_PLACE_PREPS = frozenset({"near", "off", "outside", "around", "along", "inside", "across", "beyond"})


def unique_keys(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    keys: set[str] = set()
    for m in ms:
        if m.key not in keys and m.kind not in ("alliance",):
            keys.add(m.key)
            out.append(m)
    return out
