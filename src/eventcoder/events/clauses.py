"""Round 39: acts told outside a sentence's main clause whose doer the clause leaves out.

An authority's measure told in an agentless passive ("Hasina, who was sentenced to death last month", "her party,
whose activities have been banned", "seven allies were also convicted") names the people it falls on but not who
took it. A penalty is a court's, a ban a government's and an arrest the police's, of the state where it was taken
(the one its "in"/"at" phrase names) or else of the state of those it falls on: that body is the doer."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import Mention
from .places import lookup_place

_NOT_STATES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "UNK", "MNC"})
_AUTHORITIES = frozenset({"GOV", "COP", "JUD", "MIL", "SPY", "LEG"})


def authority_sector(tok: Token, court: frozenset[str], ban: frozenset[str], arrest: frozenset[str],
                     reporting: frozenset[str], charge: frozenset[str] = frozenset()) -> tuple[str, str | None] | None:
    """The sector whose measure the verb is, for a finite agentless passive ("was sentenced", "have been banned");
    None for any other verb or form: a participle modifying a noun ("jailed Istanbul Mayor") describes a person, a
    state held "since" a date is no act, a "by" phrase anywhere in the clause names the doer ("was barred from
    running by a court ruling"), and an arrest retold in an adverbial clause ("a month after they were detained") is
    the main clause's. One that a party other than an authority reports ("rights groups say thousands have been
    jailed") is its claim; one a state's authority reports ("Serbian officials said the officer had been arrested")
    is that state's own: its state comes second (else None)."""
    lemma = tok.lemma_.lower()
    sector = "JUD" if lemma in court or lemma in charge else "GOV" if lemma in ban else "COP" if lemma in arrest else None
    if sector is None or tok.tag_ != "VBN":
        return None
    if sector == "COP" and tok.dep_ == "advcl":
        return None
    kids = list(tok.children)
    # ("were detained and charged with extremism": the passive's auxiliary is on the verb it is joined to)
    verb = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in kids) else tok
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in kids):
        return None
    if any(t.lower_ == "by" and t.dep_ in ("prep", "agent") for t in _own_clause(tok)):
        return None
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # ("..., and they are being jailed," said ...): the reported clause it is joined to
    head = clause.head
    if clause.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in reporting:
        doc = tok.doc
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        # the subject's own head, not a party its modifiers name ("Mafunda of Zimbabwe Lawyers for Human Rights")
        said = [m for m in (doc._.actor_mentions or ()) if any(m.start <= s.idx < m.end for s in subj)]
        own = [m for m in said if (m.sector or "") in _AUTHORITIES or m.kind == "state"]
        if not own:
            return None
        return sector, own[0].code
    return sector, None


def authority_doer(doc: Doc, tok: Token, sector: str, recips: list[Mention], reporter: str | None = None) -> list[Mention]:
    """The authority of the one state the measure was taken in or its targets belong to ("BGD.JUD" for a sentence
    passed on a Bangladeshi), as a role mention on the verb; none where that is no state or several."""
    # "were banned in Jordan", "were arrested at Ashgabat airport": the state the measure was taken in
    spans = [(p.left_edge.i, p.right_edge.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
             for p in c.children if p.dep_ == "pobj"]
    where = [lookup_place(e.text) for e in doc.ents if e.label_ in ("GPE", "FAC", "LOC")
             and any(a <= e.start <= b for a, b in spans)]
    where += [lookup_place(t.text) for a, b in spans for t in doc[a : b + 1] if t.pos_ == "PROPN" and not t.ent_type_]
    named = {p.country for p in where if p is not None and p.country}
    codes = named or ({reporter} if reporter else {m.code for m in recips})
    states = {c for c in codes if len(c) == 3 and c.isalpha() and c.isupper() and c not in _NOT_STATES}
    if len(states) != 1:
        return []
    state = next(iter(states))
    return [Mention(tok.idx, tok.idx + len(tok.text), tok.text, f"{state}.{sector}", state, sector, None, "role", "group", True)]


_OTHER_CLAUSE = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis", "acl", "appos"})


def _own_clause(tok: Token) -> list[Token]:
    """The words of the verb's own clause: its subtree less the clauses hung on it (and on its words)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _OTHER_CLAUSE)
    return out


_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def narrated_relative(verb: Token) -> bool:
    """A relative clause set off by a comma whose subject is the party it describes ("the M23, whose fighters
    seized Goma", "the TTP, who have killed hundreds of soldiers"): the narrator's account of that party, not part of
    an accusation that names it ("accused Kigali of backing the M23, whose ..."). A restrictive one ("backing
    militants who attacked a post") says which party is meant and stays inside the charge; one whose relative is
    its object ("the RSF, which Abu Dhabi denies arming") is another party's act on it."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].lower_ != ",":
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.lower_ in _RELATIVE_SUBJECTS or any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)
    return False

