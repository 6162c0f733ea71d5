"""The argument phrase: the noun phrase that fills an actor or recipient role, as the writer phrased it.

An event's actor resolves to one mention ("Egyptian"); the role itself is filled by a larger phrase ("the
Egyptian foreign minister", "six Philippine Army soldiers", "the UAE Ambassador to Bahrain, Abdulridha
Khori"). :func:`argument_phrase` finds it from the parse, in two steps:

1. climb from the mention to the head of the phrase that fills the role: through nominal modifiers
   ("Egyptian" -> "minister", "Hamas" -> "fighters", "Israel's" -> "army", "Saudi" in "the Saudi-led
   coalition"), appositions and the object of an of/from/in/for phrase ("leaders of Hamas" -> "leaders",
   "some of the peacekeepers"), never into the event's own trigger ("Israeli
   strikes": the strikes are the event, "Israeli" the actor) nor across a coordination (each conjunct is
   its own party);
2. take that head's phrase: everything before it (determiners, numbers, adjectives, compounds,
   possessors), and after it the appositive name ("the spokesman, Qari Ahmadi"), a bracketed acronym and
   the prepositional modifiers that belong to the noun (of, from, in, for, to, at, by, ...) and coordinated
   common nouns that make one group ("opposition politicians and activists"); not relative or participial
   clauses, coordinated names or other parties, time expressions ("on Sunday"), or adverbials.

The conventions (determiners in, relative clauses out, each named party its own phrase) are those of
English noun phrases and of the ConfliBERT CAMEO-NER annotation (read from its training split).

Pure functions over a parsed spaCy ``Doc``; offsets are character offsets in the doc's text.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from ..models import Actor, Mention
from ..nlp import char_span, child_indices, doc_text, sent_of, token_attrs
from .syntax import mention_index

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
# relations by which a mention is part of a larger noun phrase headed by its head
_MODIFIER = frozenset({"compound", "amod", "nmod", "poss", "appos", "nummod"})
# prepositions whose object belongs to the noun phrase of the noun it modifies ("leaders of Hamas",
# "soldiers from Chad", "the embassy in Kabul", "the envoy to Syria"); "on", "with", "over" and the
# like mostly attach circumstances to the clause, and are left out
_CLIMB_PREPS = frozenset({"of", "from", "in", "for"})
_KEEP_PREPS = frozenset({"of", "from", "in", "for", "to", "at", "by", "near", "against", "inside", "within",
                         "outside", "across", "along", "among", "around", "throughout"})
# dependents after the head that are never part of the phrase
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "preconj", "npadvmod", "advmod",
                      "dep", "parataxis", "mark", "neg", "aux", "auxpass", "nsubj", "nsubjpass", "dobj", "attr"})
# dependents before the head left out: "also the army", "hours earlier Maduro"
_LEFT_OUT = frozenset({"cc", "preconj", "advmod", "npadvmod", "neg", "mark"})
_TEMPORAL = frozenset({"DATE", "TIME"})
# determiners of a whole coordination ("both Russia and Iran"), left out when the conjuncts are split
_COORD_DET = frozenset({"both", "either", "neither"})
# modifiers before a noun, inside which a mention is part of the noun's phrase ("the Saudi-led coalition")
_PREMOD = frozenset({"amod", "compound", "nmod", "nummod", "poss"})
_OPEN, _CLOSE = "([{", ")]}"


def _climb(tok: Token, trigger: Token | None) -> Token:
    """The head of the noun phrase that ``tok`` belongs to, stopping at the trigger and at clause level.
    (Climbed on the token attributes read once a run: one Token made, for the head found; ``head`` is the token
    itself where the parse gave it no head, as ``Token.head`` has it.)"""
    stop = trigger.i if trigger is not None else -1
    doc = tok.doc
    attrs = token_attrs(doc)
    heads, deps, pos, lowers = attrs.head, attrs.dep, attrs.pos, attrs.lower
    t = tok.i
    while True:
        head = heads[t] if deps[t] else t
        head_head = heads[head] if deps[head] else head
        if stop not in (head, head_head) and t < head < head_head and deps[head] in _PREMOD:
            t = head  # inside a modifier before the noun: "Saudi" in "the Saudi-led coalition"
            continue
        if head == t or head == stop or pos[head] not in NOMINAL:
            if deps[t] == "pobj" and deps[head] == "prep" and lowers[head] in _CLIMB_PREPS:
                noun = head_head
                # "leaders of Hamas"; with "of" also a quantity: "some of the peacekeepers", "two of the soldiers"
                ok = ("NOUN", "PROPN", "NUM", "PRON") if lowers[head] == "of" else ("NOUN", "PROPN")
                if noun < head and noun != stop and pos[noun] in ok:
                    t = noun
                    continue
            return tok if t == tok.i else doc[t]
        if deps[t] not in _MODIFIER:
            return tok if t == tok.i else doc[t]
        t = head


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN"


def _temporal(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and (g.ent_type_ in _TEMPORAL) for g in prep.children)


def _keep_right(child: Token) -> bool:
    """Whether a dependent after a noun belongs to its phrase (coordination is decided by the caller)."""
    dep = child.dep_
    if dep == "prep":
        return child.lower_ in _KEEP_PREPS and not _temporal(child)
    if dep == "appos":
        return _is_name(child)
    if dep == "punct":
        return child.text in _OPEN + _CLOSE
    return dep not in _CLAUSAL


def _subtree(kids: list[list[int]], i: int) -> list[int]:
    """The indices of the subtree of the token at ``i`` (``[t.i for t in tok.subtree]``, in another order), from the
    children index: ``Token.subtree`` makes a generator and a Token for every word at every level."""
    out, todo = [i], [i]
    while todo:
        for c in kids[todo.pop()]:
            out.append(c)
            todo.append(c)
    return out


def _collect(tok: Token, out: set[int], parties: Container[int]) -> None:
    """Add ``tok`` and the dependents that belong to its phrase. Coordinated common nouns are one group
    ("opposition politicians and activists", "troops and aircraft from the US") unless a conjunct holds a
    party of its own (``parties``); coordinated names are each a party ("Russia and Iran").

    (A worklist, not recursion: a phrase nested hundreds deep, "the envoy of the army of the allies of ...",
    exceeded Python's recursion limit; each token's decision depends on the token alone, so the order is free.
    Read on the token attributes and the children index made once a run: a Token is made only for a dependent
    after the word that ``_keep_right`` judges.)"""
    doc = tok.doc
    attrs = token_attrs(doc)
    deps, pos, lowers = attrs.dep, attrs.pos, attrs.lower
    kids = child_indices(doc)
    todo = [tok.i]
    while todo:
        t = todo.pop()
        out.add(t)
        conj = [c for c in kids[t] if c > t and deps[c] == "conj"]
        joined = [c for c in conj if pos[t] != "PROPN" and pos[c] != "PROPN" and not any(i in parties for i in _subtree(kids, c))]
        split = len(joined) < len(conj)
        for c in kids[t]:
            if c < t:
                if deps[c] not in _LEFT_OUT and not (split and lowers[c] in _COORD_DET):
                    out.update(_subtree(kids, c))
            elif deps[c] == "conj":
                if c in joined:
                    todo.append(c)
            elif deps[c] == "cc":
                if joined and not split:
                    out.add(c)
            elif _keep_right(doc[c]):
                todo.append(c)


def phrase_tokens(head: Token, trigger: Token | None = None, parties: Container[int] = frozenset()) -> tuple[int, int]:
    """Token span [start, end) of the phrase headed by ``head``: the contiguous run of its kept dependents
    around it, without the trigger and without stray punctuation at the edges."""
    keep: set[int] = set()
    _collect(head, keep, parties)
    doc = head.doc
    # punctuation of the head's subtree between kept words ("Minister for Foreign Affairs, Ekaterina Zaharieva")
    gaps = [i for i in keep if i + 1 not in keep and i + 2 in keep]
    for i in gaps:
        t = doc[i + 1]
        if t.is_punct and head.is_ancestor(t):
            keep.add(i + 1)
    if trigger is not None and head.is_ancestor(trigger):
        keep -= {t.i for t in trigger.subtree}
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    lo, hi = _trim(doc, lo, hi, head.i)
    return lo, hi + 1


def _trim(doc: Doc, lo: int, hi: int, head: int) -> tuple[int, int]:
    """Drop punctuation at the edges, a bracket left without its pair, and the possessive ending of a
    possessor that is the whole phrase ("Israel's raid": the actor is "Israel"). The text is read only where
    a bracket decides (``Span.text`` joins the tokens on each read)."""
    while True:
        if hi > head and doc[hi].dep_ == "case" and doc[hi].head.i == head:
            hi -= 1
        elif lo < head and (doc[lo].is_punct and doc[lo].text not in _OPEN or doc[lo].text in _OPEN and not _paired(doc[lo : hi + 1].text)):
            lo += 1
        elif hi > head and doc[hi].is_punct and (doc[hi].text not in _CLOSE or not _paired(doc[lo : hi + 1].text)):
            hi -= 1
        else:
            return lo, hi


def _paired(text: str) -> bool:
    return all(text.count(o) == text.count(c) for o, c in zip(_OPEN, _CLOSE, strict=True))


def argument_phrase(
    doc: Doc, start_char: int, end_char: int, trigger: Token | None = None, parties: Container[int] = frozenset()
) -> tuple[int, int] | None:
    """Character span of the noun phrase that the mention at ``[start_char, end_char)`` fills a role in.

    ``trigger`` is the event's trigger token: the phrase never climbs into it nor includes it. ``parties``
    are the token indices of other actor mentions: a conjunct holding one is a party of its own and stays
    out of the phrase. None when the offsets do not fall on tokens of ``doc``.
    """
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    phrase = _phrase_span(span, trigger, parties)
    return phrase.start_char, phrase.end_char


def _phrase_span(span: Span, trigger: Token | None, parties: Container[int]) -> Span:
    head = _climb(span.root, trigger)
    lo, hi = phrase_tokens(head, trigger, parties)
    doc = span.doc
    lo, hi = min(lo, span.start), max(hi, span.end)  # never narrower than the mention itself
    # nor wider than its words: the blanked dateline before a lede's first word is whitespace the parser hangs on it
    while lo < span.start and doc[lo].is_space:
        lo += 1
    while hi > span.end and doc[hi - 1].is_space:
        hi -= 1
    return doc[lo:hi]


class _OtherMentions:
    """Token indices of the doc's actor mentions other than one (looked up lazily: only coordinations ask)."""

    __slots__ = ("index", "lo", "hi")

    def __init__(self, index: dict[int, Mention], lo: int, hi: int) -> None:
        self.index, self.lo, self.hi = index, lo, hi

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and i in self.index and not self.lo <= i < self.hi


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    try:
        return sent_of(doc[a]).start == sent_of(doc[b]).start
    except ValueError:  # no sentence boundaries: one sentence, as no token starts one
        lo, hi = min(a, b), max(a, b)
        return not any(doc[i].is_sent_start for i in range(lo + 1, hi + 1))


def phrased_actor(m: Mention, trigger: Token) -> Actor:
    """``m.actor()`` with the phrase that fills its role around ``trigger`` (none for a mention outside the
    trigger's sentence, e.g. an antecedent named earlier in the article)."""
    doc = trigger.doc
    span = char_span(doc, m.start, m.end)
    if span is None or not len(span) or not _same_sentence(doc, span.start, trigger.i):
        return m.actor()
    phrase = _phrase_span(span, trigger, _OtherMentions(mention_index(doc), span.start, span.end))
    return Actor(m.key, m.code, m.sector, m.entity_text, m.name, phrase=doc_text(doc)[phrase.start_char : phrase.end_char],  # (``m.actor()`` with its phrase; ``phrase.text``)
                 phrase_span=(phrase.start_char, phrase.end_char))
