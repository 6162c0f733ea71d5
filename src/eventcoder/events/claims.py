"""Round 39 (types): reported claims. A hostile act that a speaker reports another party did is also the speaker's
charge against that party: "Moscow said Ukrainian drones had struck a fuel depot" is ASSAULT UKR -> RUS and ACCUSE
RUS -> UKR; "Burkina Faso's army killed 40 civilians, a rights group said" is ACCUSE by the rights group.

The act is read by the coder as it is; this module only finds, among a sentence's coded acts, those told in a
clause a reporting verb governs, and names the speaker (who must resolve and be another party than the doer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from ..models import Event, Mention

if TYPE_CHECKING:  # pragma: no cover
    pass

# the dependencies a clause hangs under a reporting verb by ("said that X attacked", "X attacked, police said")
_REPORTED = ("ccomp", "parataxis")
# the dependencies climbed from an act to the clause a reporting verb governs: clauses joined to it ("said X shelled
# the town and burned ...", "said the jet, which crashed, had been hit by ..."), and for an act noun the part of its
# clause it fills ("said Russian strikes were a war crime", "said the fighting was a response to Pakistani strikes")
_CLAUSE_CLIMB = ("conj", "advcl", "xcomp", "ccomp")
_NOUN_CLIMB = ("nsubj", "nsubjpass", "attr", "pobj", "prep", "appos", "compound")
_OBJECTS = ("dobj", "obj")
# what makes a clause the setting of another, not the speaker's charge ("when the shells hit", "if attacked")
_SETTING_MARKS = frozenset(("if", "unless", "whether", "when", "after", "before", "since", "while", "as", "until", "because"))
# prepositions that make an act the setting of the clause ("would review its role after the Israeli strike")
_SETTING_PREPS = frozenset(("after", "before", "since", "following", "amid", "until"))
# types of a sentence's act that make its quoted words approval, not a charge
_AMICABLE = frozenset(("SUPPORT", "AGREE", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"))
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "its", "their", "his", "her", "our", "them", "us"))
_QUOTES = frozenset(('"', "\u201c", "\u201d", "''", "``"))


def _same_side(speaker: Mention, key: str, code: str) -> bool:
    """Is a doer (key, code) the speaker's own side, or too close to it to read a charge: the same party, or any
    party under the same code ("the Kremlin said Russian troops had ...", "the ministry said protesters had ...",
    "Bogota said ELN commanders ...": the gold sets seldom read a report on a party of the speaker's own state as a
    charge, and a named group of that state tried as one lost more on the check sets than it won)."""
    return speaker.key == key or key.startswith(speaker.key + ".") or speaker.key.startswith(key + ".") or speaker.code == code


_HOSTILE_TYPES = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE")


def _hostile_words(coder: Any, clause: Token) -> bool:
    """Round 43: does a clause hold a word of harm: a one-word trigger of a hostile type (its verbs and nouns), a
    war noun or a disapproving label ("is trying to freeze our people", "has chosen the path of war")?"""
    words = getattr(coder, "_r43t_hostile", None)
    if words is None:
        lex = coder.lex
        words = {k[0] for table in (lex.verbs, lex.nouns) for k, t in table.items() if len(k) == 1 and t.type in _HOSTILE_TYPES}
        words |= coder.war_nouns | {w for w in coder.disapproval_labels if " " not in w}
        words = coder._r43t_hostile = frozenset(words - lex.cue_set("r43t_not_hostile_words"))
    # not in a clause joined with its own subject ("\"The rebels came in small groups, but our forces pushed them
    # back\"": the speaker's side's act), nor the subject's own words ("\"The terrorists came ...\"": a name, no act)
    own = [c for c in clause.children if (c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
           or c.dep_ in ("nsubj", "nsubjpass")]
    skip = {t.i for c in own for t in c.subtree}
    return any(t.lemma_.lower() in words for t in clause.subtree if t.i not in skip)


def _own_group(speaker: Mention, party: Mention) -> bool:
    """Round 43: is ``party`` a named group of the speaker's own state (its own registry key, not the state or one of
    its sectors: "the ELN" for Bogota), which a state's quoted words can charge ("\"The ELN has chosen war\"")?"""
    return "." not in party.key and party.key != party.code and party.key != speaker.key


def _mentions_of(doc: Doc, lo: int, hi: int, keys: Sequence[str]) -> list[Mention]:
    """The article's mentions of the given keys between character offsets ``lo`` and ``hi`` (one each)."""
    out: list[Mention] = []
    ms = list(doc._.actor_mentions or ())
    for k in keys:
        pick = next((m for m in ms if m.key == k and lo <= m.start < hi), None)
        if pick is not None:
            out.append(pick)
    return out


def _quoted(sent: Span, tok: Token) -> bool:
    """Is ``tok`` inside a direct quote of its sentence (an odd number of quotation marks before it)?"""
    return sum(1 for t in sent if t.i < tok.i and t.text in _QUOTES) % 2 == 1


def reporting_verb(coder: Any, doc: Doc, tok: Token, others: frozenset[int], doers: frozenset[str], hops: int = 6) -> tuple[Token, Token] | None:
    """(reporting verb, the clause under it) where ``tok``'s act is told in a clause a reporting verb governs ("said
    [Ukraine had shot it down]", "[\"Russia is hitting our cities,\"] Zelenskiy said"); None where the act is the
    sentence's own, the setting of another clause ("when", "after", "if") or the object of another act coded
    (``others``: "said it had repelled an attack by the rebels" is the speaker's own act). An act noun that is the
    object of a verb climbs to it only where the verb's subject is the act's doer (``doers``, keys: "said
    Russian intelligence had ordered an arson attack", not "said air defences had destroyed 57 Ukrainian drones")."""
    t = tok
    for _ in range(hops):
        head = t.head
        if head.i == t.i:
            return None
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _SETTING_MARKS for c in t.children) or any(c.dep_ == "neg" for c in t.children):
            return None
        if t.dep_ in _REPORTED and head.pos_ == "VERB" and head.lemma_.lower() in coder.reporting:
            return head, t
        if t.dep_ == "prep" and t.lower_ in _SETTING_PREPS:
            return None
        if t.dep_ in _NOUN_CLIMB and t.pos_ in ("NOUN", "PROPN", "ADP"):
            pass
        elif t.dep_ in _OBJECTS and t.pos_ in ("NOUN", "PROPN"):
            subjects = [m.key for x in coder._subject(head)[0] for m in coder._mentions_in(doc, x)]
            if not any(k == d or k.startswith(d + ".") or d.startswith(k + ".") for k in subjects for d in doers):
                return None
        elif t.dep_ not in _CLAUSE_CLIMB:
            return None
        if head.i in others:
            return None
        t = head
    return None


def reported_charges(coder: Any, doc: Doc, sent: Span, events: Sequence[Event], heads: Sequence[Token], first: int,
                     hostile: frozenset[str]) -> list[tuple[Token, list[Mention], list[Mention]]]:
    """(reporting verb, speakers, doers) for each hostile act of the sentence that a speaker other than its doer
    reports: the speaker's accusation of the doer. Not an act negated, conditional or only planned; not one whose
    doer is unknown; not a speaker that is a firm or an outlet (their findings are no charge); not a charge the article
    has coded already between the same states (``events[:first]`` are the earlier sentences' events, ``events[first:]``
    and ``heads[first:]`` this sentence's)."""
    out: list[tuple[Token, list[Mention], list[Mention]]] = []
    done: set[tuple[int, tuple[str, ...]]] = set()
    # each act's trigger, and the light verb an act noun is the object of ("carried out strikes")
    charged = {(frozenset(a.code for a in e.actor), frozenset(r.code for r in e.recipient if not r.inferred))
               for e in events if e.event == "ACCUSE"}
    events, heads = events[first:], heads[first:]
    spots = [{h.i} | ({h.head.i} if h.pos_ == "NOUN" and h.dep_ in _OBJECTS else set()) for h in heads]
    for e, h, own in zip(events, heads, spots):
        if e.event not in hostile or e.negated or e.condition is not None or e.modality != "asserted":
            continue
        actors = [a for a in e.actor if not a.inferred and not a.key.startswith("UNK") and not a.key.endswith(".UAF")]
        if not actors or len(actors) != len(e.actor):
            continue
        others = frozenset(i for spot in spots for i in spot) - own
        found = reporting_verb(coder, doc, h, others, frozenset(a.key for a in actors))
        if found is None:
            continue
        verb, clause = found
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.i < h.i:
            pass  # "Moscow said Ukraine had shot the plane down": the speaker leads its claim
        elif not _quoted(sent, h):
            continue  # "Russian drones struck Odesa, officials said": a report, coded as the act alone
        speakers = [m for x in coder._subject(verb)[0] for m in coder._mentions_in(doc, x)]
        speakers = [m for m in speakers if not m.key.startswith("UNK")]
        if not speakers:
            continue
        if any(_same_side(m, a.key, a.code) for m in speakers for a in actors):
            continue  # "the army said it had shelled the camps": its own act
        if any((m.sector or "") in coder.reporting_sectors for m in speakers):
            continue
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        doers = _mentions_of(doc, lo, hi, [a.key for a in actors])
        if len(doers) != len(actors):
            continue  # the doer must be named in the reported clause itself
        if any(m.entity_text.lower() in _PRONOUNS for m in doers):
            continue  # "U.N. peacekeepers said they had repelled ...": a pronoun subject is the speaker's side
        if any(m.via == "location" for m in doers) and any(m.kind == "state" for m in speakers):
            continue  # "Moscow's defence ministry said air defences had destroyed ...": an unmarked force is the speaker's
        objects = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in h.children if c.dep_ in _OBJECTS]
        if any(a <= m.start < b for m in doers for a, b in objects):
            continue  # "said air defences had destroyed 57 Ukrainian drones": named as what the act hit, not its doer
        sig = (verb.i, tuple(m.key for m in doers))
        pair = (frozenset(m.code for m in speakers), frozenset(m.code for m in doers))
        if sig in done or pair in charged:
            continue
        done.add(sig)
        charged.add(pair)
        out.append((verb, speakers, doers))
    return out


def quoted_words(text: str) -> bool:
    """A cheap first test for ``quoted_charges``: does the sentence's text hold a quotation mark at all?"""
    return '"' in text or "\u201c" in text


def quoted_charges(coder: Any, doc: Doc, sent: Span, events: Sequence[Event]) -> list[tuple[Token, list[Mention], list[Mention]]]:
    """(reporting verb, speakers, party) where a speaker says of another named party a clause that carries the
    speaker's own words in quotation marks ("Algiers said France bore \"full responsibility\" for the escalation",
    "the Kremlin said the alliance was \"openly at war\" with Russia"): the writer quotes a charge. The speaker
    leads the clause; the clause's active subject names the party. Not a clause of what the party will, would or must
    do (a threat or a demand: "said Hamas would \"pay a heavy price\""), a negated one, or one whose subject is a
    pronoun or the speaker's own side; not in a sentence that tells a friendly act (approval); not a pair the
    article has already charged (``events``: all so far)."""
    out: list[tuple[Token, list[Mention], list[Mention]]] = []
    charged = {(frozenset(a.code for a in e.actor), frozenset(r.code for r in e.recipient if not r.inferred))
               for e in events if e.event == "ACCUSE"}
    if any(e.event in _AMICABLE and sent.start_char <= e.span[0] < sent.end_char for e in events):
        return out  # "Kyiv said Budapest's proposal was \"a step in the right direction\"": approval, no charge
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in coder.reporting or any(c.dep_ == "neg" for c in verb.children):
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            fronted = clause.i < verb.i
            if fronted:
                # Round 43: a whole quote told before its speaker ("\"The rebels have chosen the path of war,\" the
                # minister wrote") whose words name another party doing harm is that speaker's charge; a quote of
                # no hostile word ("\"Manila is our closest partner,\" he said") is none
                if not _quoted(sent, clause) or not _hostile_words(coder, clause):
                    continue
            elif _quoted(sent, clause.left_edge):
                continue  # (a clause after its speaker that is all direct quote is read as the speaker's acts)
            elif sum(1 for t in clause.subtree if t.text in _QUOTES) < 2:
                continue
            if any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in clause.children):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS]
            if not subjects:
                continue
            party = [m for x in subjects for m in coder._mentions_in(doc, x)
                     if not m.key.startswith("UNK") and m.entity_text.lower() not in _PRONOUNS]
            speakers = [m for x in coder._subject(verb)[0] for m in coder._mentions_in(doc, x) if not m.key.startswith("UNK")]
            if not party or not speakers or any(_same_side(m, p.key, p.code) and not (fronted and _own_group(m, p)) for m in speakers for p in party):
                continue
            if fronted and any((p.sector or "").lower() in coder.lex.cue_set("r43t_unchargeable_sectors") for p in party):
                continue  # "\"People are arriving with bullet wounds,\" the agency said": those harmed, no charge
            if any((m.sector or "") in coder.reporting_sectors for m in speakers):
                continue
            pair = (frozenset(m.code for m in speakers), frozenset(m.code for m in party))
            if pair in charged:
                continue
            charged.add(pair)
            out.append((verb, speakers, party))
    return out

