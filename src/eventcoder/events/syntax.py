"""Small parse helpers shared by the role readers: dependency labels, party comparisons, name tests."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.registry import get_registry
from ..actors.vocab import ARMED_NOUNS
from ..models import Mention
from ..nlp import char_span, sent_of
from .places import place_nouns

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj", "dative", "attr")
RELATIVE = frozenset({"who", "which", "that", "whom"})


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
    for n in doc._.actor_mentions or ():
        if n is m or n.key == m.key or not (m.start <= n.start and n.end <= m.end):
            continue
        inner = char_span(doc, n.start, n.end)
        if inner is not None and any(t.dep_ == "conj" and t.head.i < t.i and sp.start <= t.head.i < sp.end for t in inner):
            out.append(n)
    return out


def coordinated_names(doc: Doc, m: Mention) -> list[Mention]:
    """Known names coordinated with a modifier inside a longer mention that the resolver read as one party:
    "Hamas" in "Israeli and Hamas negotiators" (a name the registry knows, not a second mention of its own)."""
    sp = doc.char_span(m.start, m.end, alignment_mode="expand")
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
    for a in actors:
        top_a, top_m = a.key.split(".")[0], m.key.split(".")[0]
        if m.key == a.key or (top_a == top_m and (m.key == top_m or a.key == top_a)):
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
    return nxt is not None and nxt.lemma_.lower() in place_nouns()


def unique_keys(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    keys: set[str] = set()
    for m in ms:
        if m.key not in keys and m.kind not in ("alliance",):
            keys.add(m.key)
            out.append(m)
    return out
