"""The article's other party as the recipient of an act whose sentence names none.

News copy is written about a few parties. Once a story is about Algeria and France, "Algeria froze
security cooperation last year" is aimed at France although its sentence does not say so, and "the
group vowed to retaliate" in a story about an army and a militia is aimed at the army. An event with one
known actor and no recipient takes the party the article names most often apart from the actor's own
state or group: its mentions count once each, and once more for each event it takes part in; a tie goes
to the party named first. The party is written as it was first named (its key with the sector of that
mention) and marked ``inferred``, with no phrase: it is read from the article, not from the sentence, and
a user who wants only what sentences say drops inferred roles (``Actor.inferred``). An article that names
no other party leaves the recipient empty.

Three refinements (round 19). In a story about one state's own affairs, the other party is that state's most
salient party across the line between its organs and its society ("the government apologised" in a story about
protesters -> the protesters; "the opposition called the verdict biased" -> the court), when it is named at least
as often as any foreign party. Several bodies of one state on one side acting together are one actor ("soldiers
and police raided the prisons"). Outside parties acting together with no recipient are aimed at the story's two
main parties ("Qatar and Turkey called for restraint" in a story about Pakistan and Afghanistan), unless the act
is mutual (agreeing, meeting, cooperating) or the actors are as salient as the pair. A conditional act is aimed at
the parties its condition waits on ("Iran will not enter the war unless attacked by Israel or the United States"
-> Israel and the United States), as the coder already does for a conditional threat with no target.

Measured on the team's gold sets, the fallback adds 0.004-0.06 F1 on every set (most on multi-sentence
passages and full articles, where reactions and background sentences name the counterpart only once);
it never changes an event's type, actor or a recipient the sentence names.

A learned choice (round 22, :mod:`.chooser`). Where the rules give a single actor a party, a small model fitted on
the gold sets (``benchmarks/fit_recipients.py``, weights in ``data/events/recipients.json``) can rank the candidates
instead: the article's other parties (and, in a story about the actor's own state, its bodies across the line), with
the rules' choice as one of its signals beside recency ("named last before the act"), the previous sentence's
parties, the actor's counterparts in other events, first mention, and kinds. Left out one gold file at a time it
chose right 205 times where the rules chose right 200 (of 227 acts whose gold target is a candidate), but matched
one event more over the eleven development sets: no weights file is shipped, and the rules decide alone.

Round 27. Parties of different states doing a mutual act together ("Peru and Chile agreed to ...") are each other's
counterparts; a demand to the actor's own allies ("urged its allies to ...") takes no party from the article, only
one named after it in its sentence. A narrower fallback (only a party named in the act's sentence or the lead, or
only when the article has one other party) was measured on the sixteen development sets and lost 0.02-0.27 F1 in
all: an empty recipient scores no better than a wrong one, so narrowing only drops right guesses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..models import Actor, Event, Mention, top_key
from .chooser import STATE_SIDE, ArticleView, Chooser, candidate_features, known, sector_key
from .chooser import load as load_chooser
from .lexicon import get_lexicon

# mention kinds that are parties an act can be aimed at (unresolved names and bare places are not)
_PARTY_KINDS = frozenset({"state", "org", "igo", "group", "alliance", "person"})
_BLOC_KINDS = frozenset({"igo", "alliance"})


def _salience(events: Sequence[Event], mentions: Iterable[Mention]) -> tuple[
        list[tuple[str, Actor]], Counter[str], list[tuple[str, Actor]], Counter[str]]:
    """The article's parties by top key and by state sector, each most salient first, with their weights."""
    first: dict[str, Actor] = {}
    weight: Counter[str] = Counter()
    sfirst: dict[str, Actor] = {}
    sweight: Counter[str] = Counter()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind not in _PARTY_KINDS or not known(m.key):
            continue
        top = top_key(m.key)
        weight[top] += 1
        if top not in first:
            first[top] = Actor(m.key, m.code, m.sector, m.entity_text, m.name, inferred=True)
        sk = sector_key(m.key)
        if sk is not None:
            sweight[sk] += 1
            if sk not in sfirst:
                sfirst[sk] = Actor(m.key, m.code, m.sector, m.entity_text, m.name, inferred=True)
    for e in events:
        for a in (*e.actor, *e.recipient):
            top = top_key(a.key)
            if top in weight:
                weight[top] += 1
            sk = sector_key(a.key)
            if sk is not None and sk in sweight:
                sweight[sk] += 1

    def ranked(f: dict[str, Actor], w: Counter[str]) -> list[tuple[str, Actor]]:
        order = {k: i for i, k in enumerate(f)}
        return [(k, f[k]) for k in sorted(f, key=lambda k: (-w[k], order[k]))]

    return ranked(first, weight), weight, ranked(sfirst, sweight), sweight


def article_parties(events: Sequence[Event], mentions: Iterable[Mention]) -> list[tuple[str, Actor]]:
    """The article's parties, most salient first: (top key, the party as first named). Salience is the
    number of mentions plus the number of events the party takes part in; ties keep the order of first
    mention."""
    return _salience(events, mentions)[0]


# sectors of the society a state's own organs (``STATE_SIDE``) act on or answer to (a ruling party, PTY, is
# neither: its rivals are other parties)
_SOCIETY_SIDE = frozenset({"CVL", "OPP", "EDU", "LAB", "REB", "CRM", "UAF", "JRN", "SOC", "REF", "AGR",
                           "REL", "MED"})
# society's parties that answer to the state (armed gangs do not: they are its targets only), and its
# former leaders, who answer to the courts and the government
_ANSWERING = (_SOCIETY_SIDE - {"CRM", "UAF"}) | {"ELI"}


@lru_cache(maxsize=1)
def _both_sides() -> tuple[re.Pattern[str], frozenset[str]]:
    """The phrases that name a conflict's two sides together ("both sides", "the warring parties", cues.yaml
    ``r24_both_sides_phrases``) as one pattern, and the act types made to the sides named so (round 23)."""
    lex = get_lexicon()
    phrases = sorted(lex.cue_set("r24_both_sides_phrases"), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE) if phrases else re.compile(r"(?!)")
    return pattern, frozenset(t.upper() for t in lex.cue_set("r24_both_sides_types"))


def _sides_addressed(e: Event, parties: list[tuple[str, Actor]], weight: Counter[str]) -> tuple[Actor, ...] | None:
    """The sides an act made to "both sides" is aimed at, where the sentence does not name them ("the Vatican
    called on both sides to lay down their arms", "Oslo and Bern urged the warring parties to talk"): the story's
    two most salient parties besides the actors (round 23; from round 24 also for several actors, and for an actor
    that is a main party but not the story's first, a third party of much weight). When the actor is the story's
    first party it is itself one of the sides: None (the act goes to the other side)."""
    if not e.actor or not parties or not all(known(a.key) for a in e.actor):
        return None
    both, to_both = _both_sides()
    if e.event not in to_both or not both.search(e.text):
        return None
    tops = {top_key(a.key) for a in e.actor}
    if parties[0][0] in tops:
        return None
    pair = [a for k, a in parties if k not in tops and weight[k] >= 2][:2]
    return tuple(pair) if len(pair) == 2 else None


# Round 31. Acts given no party from the article: a protest whose sentence names no target (across the development
# sets one in eight such guesses matched, the rest were protests no gold event has)
_NO_INFERENCE = frozenset({"PROTEST"})

# acts that several actors with no recipient do to each other ("Pakistan and Afghanistan agreed to a truce")
_MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _own_side_addressed(e: Event) -> bool:
    """Review of round 26. A demand made to the actor's own side ("Kyiv urged its allies to send air defences",
    "Manila called on its partners to speak out") names its addressee, though no party the coder knows: the article's
    other party (often the one the demand is about) is not it."""
    if not e.event_text:
        return False
    return _own_addressee_pattern(e.event_text).search(e.text) is not None


def _named_after(e: Event, mentions: Sequence[Mention]) -> Actor | None:
    """The first bloc named after the act's words in its sentence, as read from there ("asked its allies for ... when
    NATO ministers meet": the allies are asked where they meet). Review of round 27: a state named after the demand is
    as often the one it is about ("urged its partners to send ships after Russian warships ...") and is no addressee."""
    at = e.text.find(e.event_text)
    if at < 0:
        return None
    start, end = e.span[0] + at + len(e.event_text), e.span[1]
    own = {top_key(a.key) for a in e.actor}
    m = next((m for m in sorted(mentions, key=lambda m: m.start) if start <= m.start < end and m.kind in _BLOC_KINDS
              and known(m.key) and top_key(m.key) not in own), None)
    return None if m is None else Actor(m.key, m.code, m.sector, m.entity_text, m.name, inferred=True)


@lru_cache(maxsize=512)
def _own_addressee_pattern(trigger: str) -> re.Pattern[str]:
    """The trigger's words followed by the actor's own possessive ("urged its", "called on their")."""
    return re.compile(r"\b" + re.escape(trigger) + r"\s+(?:on\s+|upon\s+)?(?:its|their)\s+(?:own\s+)?\w+", re.IGNORECASE)


def _brokering(e: Event) -> bool:
    """Review of round 30. Is the act a go-between's ("a deal brokered by Norway and Chile", "talks mediated by
    Kenya and Uganda")? Co-brokers are not each other's counterparts, even when the article names no other party."""
    words = (e.event_text or "").lower()
    if words.startswith(_BROKERING):
        return True
    # round 41: an offer or pledge to be the go-between ("offered to mediate", "agreed to facilitate talks")
    at = (e.text or "").lower().find(words) if words else -1
    return at >= 0 and _OFFERED_BROKERING.match(e.text.lower(), at + len(words)) is not None


_OFFERED_BROKERING = re.compile(r"\s+to\s+(?:help\s+)?(?:broker|mediat|facilitat|co-broker|co-mediat)")


# stems of the verbs and nouns of a go-between's act
_BROKERING = ("broker", "mediat", "facilitat", "co-broker", "co-mediat")


def _several_states(actors: tuple[Actor, ...]) -> bool:
    """Several known parties of more than one state or group ("Vietnam and the Philippines")."""
    return len(actors) > 1 and all(known(a.key) for a in actors) and len({top_key(a.key) for a in actors}) > 1


def _story_of(actors: tuple[Actor, ...], parties: list[tuple[str, Actor]]) -> bool:
    """Whether the actors are the article's most salient parties (as many of them as there are actors)."""
    tops = {top_key(a.key) for a in actors}
    return tops <= {k for k, _ in parties[:max(2, len(tops))]}


def _side(key: str) -> str | None:
    sk = sector_key(key)
    sector = sk.split(".")[1] if sk else None
    return "state" if sector is None or sector in STATE_SIDE else ("society" if sector in _SOCIETY_SIDE else None)


def _one_side(actors: tuple[Actor, ...]) -> bool:
    """Several actors of one state, all its organs or all of its society ("Honduran soldiers and police")."""
    return (len(actors) > 1 and all(known(a.key) and ":" not in a.key for a in actors)
            and len({top_key(a.key) for a in actors}) == 1 and len({_side(a.key) for a in actors}) == 1
            and _side(actors[0].key) is not None)


def _other_side(actor: Actor) -> frozenset[str] | None:
    """The sectors of the actor's own state across the line between its organs and its society: the society for
    an organ (or the state named as a whole), the organs for a part of society that answers to them."""
    sk = sector_key(actor.key)
    sector = sk.split(".")[1] if sk else None
    if sector is None or sector in STATE_SIDE:
        return _SOCIETY_SIDE
    return STATE_SIDE if sector in _ANSWERING else None


def _domestic_party(actor: Actor, sectors: list[tuple[str, Actor]]) -> tuple[str, Actor] | None:
    """The most salient party of the actor's own state on the other side of the line between a state's
    organs and its society: "the government lifted the ban" in a story about protesters -> the protesters;
    "the opposition leader called the verdict biased" in a story about a court -> the court."""
    own = top_key(actor.key)
    other = _other_side(actor)
    if other is None:
        return None
    return next(((k, a) for k, a in sectors if k.split(".")[0] == own and k.split(".")[1] in other), None)


def _across(actor: Actor, sk: str) -> bool:
    """Whether the state body ``sk`` is on the other side of the line from the actor (its own state's)."""
    other = _other_side(actor)
    return other is not None and sk.split(".")[1] in other


def _learned_choice(e: Event, view: ArticleView, parties: list[tuple[str, Actor]], weight: Counter[str],
                    sectors: list[tuple[str, Actor]], sweight: Counter[str], rule: str | None,
                    chooser: Chooser | None, record: list[Any] | None) -> tuple[bool, Actor | None]:
    """The learned model's choice among the article's other parties, its own state's bodies across the line,
    and none (see :mod:`.chooser`): (whether it decided, the party)."""
    own = top_key(e.actor[0].key)
    cands = [(k, a, float(weight[k])) for k, a in parties if k != own]
    # (as for the rules, only in a story about the actor's own state: a foreign state's people are not its counterpart)
    if own == parties[0][0]:
        cands += [(k, a, float(sweight[k])) for k, a in sectors if k.split(".")[0] == own and _across(e.actor[0], k)]
    if not cands:
        return False, None
    feats = candidate_features(view, e, cands, rule)
    if record is not None:
        record.append((e, cands, rule, feats))
    if chooser is None:
        return False, None
    best = chooser.choose(feats)
    return True, (cands[best][1] if best < len(cands) else None)


@lru_cache(maxsize=1)
def _retold_protest_pattern() -> re.Pattern[str]:
    """Round 39. A protest noun named again by a definite determiner, with at most one word between ("the protests",
    "these demonstrations", "the weekend rallies"): the nouns of cues.yaml ``r39r_retold_protest_nouns``."""
    nouns = sorted(get_lexicon().cue_set("r39r_retold_protest_nouns"), key=len, reverse=True)
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:the|these|those|this|that)\s+(?:[\w'-]+\s+)?(?:" + "|".join(re.escape(n) for n in nouns) + r")$",
                      re.IGNORECASE)


def _late_attributed_acts(events: list[Event]) -> list[Event]:
    """Round 41. A condemnation of "the attack" that found no one to answer: an attack told before it whose doer a
    later pass named ("A bomb exploded at a church ... Officials blamed the X group ... The Y condemned the attack")
    comes after the condemnation in the record, so the reading of the condemnation's object could not see it. The
    latest such attack told before the condemnation (listed after it) is the one named, and its doers the
    recipients; only for an object noun of an attack (grammar.yaml ``r41r_reacted_attack_nouns``)."""
    nouns = get_lexicon().cue_set("r41r_reacted_attack_nouns")
    if not nouns or not any(not e.recipient and e.event == "ACCUSE" for e in events):
        return events
    out = list(events)
    for k, e in enumerate(events):
        if e.recipient or e.event != "ACCUSE" or not e.actor or not e.event_text:
            continue
        m = re.search(re.escape(e.event_text.lower()) + r"\s+(?:the|this|that|these|those|such)\s+(\w+)(?:\s+(\w+))?",
                      e.text.lower())
        # ("the attack", "the deadly bombing", "the attacks")
        if m is None or not any(w and (w in nouns or w.rstrip("s") in nouns) for w in m.groups()):
            continue
        tops = {top_key(a.key) for a in e.actor}
        late = [x for x in events[k + 1:] if x.event == "ASSAULT" and x.span[0] < e.span[0] and x.actor
                and all(known(a.key) for a in x.actor) and not tops & {top_key(a.key) for a in x.actor}]
        if late:
            act = max(late, key=lambda x: x.span[0])
            out[k] = replace(e, recipient=tuple(replace(a, phrase=None, phrase_span=None, inferred=True) for a in act.actor))
    return out


_AVENGING = re.compile(r"\baveng", re.IGNORECASE)


def _avenged(events: list[Event]) -> list[Event]:
    """Session 17. A vow to avenge a victim ("militias vowed to avenge a commander of the group, killed in a drone
    strike") threatens whoever harmed the victim, not the victim: the recipient read from the sentence (the victim's
    side) becomes the doer of the latest attack on that side told so far, its own sentence included, by a party that
    is neither the avenger's nor the victim's."""
    out = list(events)
    for k, e in enumerate(events):
        if e.event != "THREATEN" or not e.recipient or not e.actor or not _AVENGING.search(e.text):
            continue
        victims = {top_key(a.key) for a in e.recipient}
        own = {top_key(a.key) for a in e.actor}
        harms = [x for x in events if x is not e and x.event == "ASSAULT" and x.span[0] <= e.span[0] and x.actor
                 and victims & {top_key(r.key) for r in x.recipient} and all(known(a.key) for a in x.actor)
                 and not (victims | own) & {top_key(a.key) for a in x.actor}]
        if harms:
            act = max(harms, key=lambda x: x.span[0])
            out[k] = replace(e, recipient=tuple(replace(a, phrase=None, phrase_span=None, inferred=True) for a in act.actor))
    return out


def _named_here(e: Event) -> bool:
    """Are all the act's actors named in its own sentence?"""
    return bool(e.actor) and all(a.phrase_span is not None and e.span[0] <= a.phrase_span[0] < e.span[1] and not a.inferred
                                 for a in e.actor)


def drop_unnamed_second_attackers(events: list[Event]) -> list[Event]:
    """Session 17. One sentence telling one attack twice ("X was killed when his car was struck by a missile fired from
    a US drone"): the reading whose attacker the sentence names is the attack; a second attack on the same side in the
    same sentence whose attacker was taken from elsewhere in the article (no phrase in the sentence) is the same act
    given a guessed doer, and is left out."""
    named = [x for x in events if x.event == "ASSAULT" and _named_here(x)]
    if not named:
        return events
    out = []
    for e in events:
        if e.event == "ASSAULT" and e.actor and not any(
                a.phrase_span is not None and e.span[0] <= a.phrase_span[0] < e.span[1] for a in e.actor):
            # (the same party, not the same state: "four people were killed ... the governor blamed rioters for
            # attacking a police station" tells two attacks on two sides of one state)
            victims = {r.key for r in e.recipient}
            if victims and any(x.span == e.span and victims & {r.key for r in x.recipient} for x in named):
                continue
        out.append(e)
    return out


def drop_retold(events: list[Event]) -> list[Event]:
    """Round 39. The article's record of acts: a protest told again by a definite noun ("Teachers marched through the
    capital on Monday. The government said the protests were organised by the opposition") in a later sentence, by
    protesters of a state that an earlier protest of the article was already coded for, is that protest retold, not
    a new one: it is left out. A protest named with "a" or "another", or by another state's people, stays."""
    if sum(1 for e in events if e.event == "PROTEST") < 2:
        return events
    pattern = _retold_protest_pattern()
    out: list[Event] = []
    told: list[tuple[int, set[str]]] = []  # (sentence start, top keys of the actors) of each protest kept
    full: set[str] = set()  # their actors' keys
    for e in events:
        if e.event == "PROTEST" and not e.negated:
            tops = {top_key(a.key) for a in e.actor if known(a.key)}
            at = e.text.find(e.event_text) if e.event_text else -1
            words = e.text[:at + len(e.event_text)] if at >= 0 else ""
            # (a retelling whose protesters are named more narrowly than as the state's civilians, "the union's
            # strike" after "protests by taxi drivers", may be the better reading: kept)
            plain = all(a.key in full or a.key.split(".")[1:] in ([], ["CVL"]) for a in e.actor)
            if tops and words and plain and pattern.search(words) and any(start < e.span[0] and tops & keys for start, keys in told):
                continue
            told.append((e.span[0], tops))
            full |= {a.key for a in e.actor}
        out.append(e)
    return out


# Session 21. Acts of force and pressure are not aimed at the actor's own allies: in a story that calls Russia
# Belarus's ally, "Belarusian troops fired artillery during a drill" is not aimed at Russia, though Russia is the story's
# most salient other party. (Mobilising is left out: troops are sent to an ally, and the writers code the ally.)
_HOSTILE = frozenset({"ASSAULT", "THREATEN", "COERCE", "SANCTION"})
_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her"})
# what stands between two parties' names when the second is the first's ally ("Iran and its ally, Hezbollah",
# "the Houthis, backed by Iran", "Russia's ally Belarus"), or between a possessive pronoun that
# names the first and the second ("its allies, including Iran and Hezbollah")
_ALLY_NOUN = r"(?:ally|allies|proxy|proxies|partner|partners|patron|backer|backers|client)"
_ALLY_BETWEEN = re.compile(
    r"^(?:\s*(?:,|and)?\s*(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + _ALLY_NOUN + r"\s*,?\s*(?:including\s+|such as\s+)?"
    r"|['\u2019]s?\s+(?:[\w-]+\s+){0,2}?" + _ALLY_NOUN + r"\s*,?\s*(?:including\s+|such as\s+)?)$", re.I)
_ALLY_AFTER_PRONOUN = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?" + _ALLY_NOUN + r"\s*,?\s*(?:including\s+|such as\s+)?$", re.I)
_BACKED_BY = re.compile(r"^\s*,?\s*(?:(?:which|who)\s+(?:is|are)\s+)?(?:\w+\s+)?(?:backed|supported|armed|funded|"
                        r"sponsored)\s+by\s+$", re.I)
_LIST_GLUE = re.compile(r"^\s*(?:,|and|, and|or)\s*$")
# "Iran-backed Houthis", "Russian-backed separatists": the backer is a word of the compound, no mention of its own
_COMPOUND_BACKER = re.compile(r"\b([A-Z][\w.'\u2019]*(?:\s[A-Z][\w.'\u2019]*){0,2})\s?-\s?(?:backed|allied|aligned|sponsored|"
                              r"funded|armed|supported)\b")


def _backer_key(name: str) -> str | None:
    from ..actors.registry import get_registry

    reg = get_registry()
    term = reg.terms.get(name) or reg.terms.get(name.lower())
    if term is not None and term.entity.kind in ("state", "org", "igo", "alliance"):
        return top_key(term.entity.key)
    return reg.adjectives.get(name)


def allies(events: Sequence[Event], mentions: Sequence[Mention], text: str | None) -> dict[str, set[str]]:
    """The parties each party sides with in the article (top keys, both ways): those its text calls its ally, proxy
    or backer (see ``_ALLY_BETWEEN``; a list of allies counts each member: "its allies, including Iran and
    Hezbollah"). (Acts of support were tried as a signal too and dropped: one wrongly coded SUPPORT made two
    warring parties allies.)"""
    out: dict[str, set[str]] = {}

    def pair(a: str, b: str) -> None:
        if a != b:
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)

    if text:
        ms = sorted((m for m in mentions if m.kind in _PARTY_KINDS and known(m.key)), key=lambda m: m.start)
        owner: str | None = None
        for m1, m2 in zip(ms, ms[1:]):
            between = text[m1.end:m2.start]
            if m2.start - m1.end > 60 or "\n" in between or "." in between:
                owner = None
                continue
            if owner is not None and _LIST_GLUE.match(between):
                pair(owner, top_key(m2.key))  # the list of allies goes on
                continue
            owner = None
            pronoun = m1.entity_text.lower() in _PRONOUNS
            if (_ALLY_AFTER_PRONOUN.match(between) if pronoun else (_ALLY_BETWEEN.match(between) or _BACKED_BY.match(between))):
                owner = top_key(m1.key)
                pair(owner, top_key(m2.key))
        for hit in _COMPOUND_BACKER.finditer(text):
            backed = next((m for m in ms if hit.end() <= m.start <= hit.end() + 40), None)
            if backed is None or "\n" in text[hit.end():backed.start] or "." in text[hit.end():backed.start]:
                continue
            backer = _backer_key(hit.group(1))
            if backer is not None and known(backer):
                pair(backer, top_key(backed.key))
    return out


def infer_recipients(events: list[Event], mentions: Iterable[Mention], chooser: Chooser | None = None,
                     learned: bool = True, record: list[Any] | None = None,
                     text: str | None = None) -> list[Event]:
    """Give each event with one known actor and no recipient the article's most salient other party
    ("Algeria froze security cooperation last year" in a story about Algeria and France -> France); in a
    story about one state's own parties, the most salient of them across the line between its organs
    and its society, when that is named at least as often as any foreign party ("the government
    apologised" in a story about protests -> the protesters). Outside parties acting together on the
    story's two main parties are aimed at both ("Qatar and Turkey called for restraint" in a story about
    Pakistan and Afghanistan -> Pakistan and Afghanistan): the pair's salience (mentions plus event roles) must be at least two each, and
    not include any of the actors (then the act is mutual: "Israel and Hamas agreed").

    With learned weights (``chooser``, by default ``data/events/recipients.json`` where that file exists;
    ``learned=False`` keeps to the rules) the single actor's party is chosen by the model of :mod:`.chooser`, which
    may also leave the recipient empty. ``record`` collects each such choice's candidates and features (for fitting)."""
    events = drop_retold(events)
    events = _late_attributed_acts(events)
    events = _avenged(events)
    events = drop_unnamed_second_attackers(events)
    if not any(not e.recipient and e.actor and all(known(a.key) for a in e.actor) for e in events):
        return events
    mentions = tuple(mentions)
    parties, weight, sectors, sweight = _salience(events, mentions)
    if not parties:
        return events
    if learned and chooser is None:
        chooser = load_chooser()
    view = ArticleView.build(events, mentions, _PARTY_KINDS) if chooser is not None or record is not None else None
    main = [(k, a) for k, a in parties[:2] if weight[k] >= 2]
    sides_of: dict[str, set[str]] | None = None
    out = []
    for e in events:
        if not e.recipient and e.event in _NO_INFERENCE:
            out.append(e)
            continue
        if (not e.recipient and e.event in _MUTUAL and _several_states(e.actor) and _story_of(e.actor, parties)
                and not _brokering(e)):
            # round 27: the story's main parties doing a mutual act together do it with each other ("Ghana and Togo
            # agreed to share border intelligence", "Peru and Chile held talks"): each is the other's
            # counterpart (the sentence names no one else; the record lists them as both actors and recipients;
            # outside parties agreeing in a story about others are left as they are)
            out.append(replace(e, recipient=tuple(replace(a, phrase=None, phrase_span=None, inferred=True) for a in e.actor)))
            continue
        if not e.recipient and e.event == "REQUEST" and _own_side_addressed(e):
            # (the allies may be named after the demand as a bloc: "will press its partners for more patrols when EU
            # ministers meet" -> the EU; never a party named before it, the one the demand is about)
            later = _named_after(e, mentions)
            out.append(replace(e, recipient=(later,)) if later is not None else e)
            continue
        sides = _sides_addressed(e, parties, weight) if not e.recipient else None
        if sides:
            out.append(replace(e, recipient=sides))
            continue
        # (bodies of one state on one side acting together are one party: "soldiers and police raided the prisons")
        if not e.recipient and known(e.actor[0].key if e.actor else "") and (
                len(e.actor) == 1 or (e.event not in _MUTUAL and _one_side(e.actor))):
            own = top_key(e.actor[0].key)
            # a conditional act is aimed at whoever the condition waits on ("will not enter the war unless
            # attacked by Israel or the United States" -> Israel and the United States), as a conditional
            # threat with no target is
            cond = [replace(a, phrase=None, phrase_span=None, inferred=True) for a in (e.condition.actor if e.condition else ())
                    if known(a.key) and ":" not in a.key and top_key(a.key) != own]
            if cond:
                out.append(replace(e, recipient=tuple(dict.fromkeys(cond))))
                continue
            if e.event in _HOSTILE:
                if sides_of is None:
                    sides_of = allies(events, mentions, text)
                friends = sides_of.get(own, ())
                other = next(((top, a) for top, a in parties if top != own and top not in friends), None)
            else:
                other = next(((top, a) for top, a in parties if top != own), None)
            # (only in a story about the actor's own state: a foreign state's people are not its counterpart)
            home = _domestic_party(e.actor[0], sectors) if own == parties[0][0] else None
            if home is not None and (other is None or sweight[home[0]] >= weight[other[0]]):
                other = home
            if view is not None:
                decided, party = _learned_choice(e, view, parties, weight, sectors, sweight,
                                                 other[0] if other else None, chooser, record)
                if decided:
                    out.append(replace(e, recipient=(party,)) if party is not None else e)
                    continue
            if other is not None:
                e = replace(e, recipient=(other[1],))
        elif (not e.recipient and len(e.actor) > 1 and (e.event not in _MUTUAL or _brokering(e)) and len(main) == 2
              and all(known(a.key) for a in e.actor)):
            tops = {top_key(a.key) for a in e.actor}
            if not tops & {k for k, _ in main} and all(weight[t] < weight[main[1][0]] for t in tops):
                e = replace(e, recipient=tuple(a for _, a in main))
        out.append(e)
    return out
