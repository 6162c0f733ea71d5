"""The trigger lexicon (data/events/triggers.yaml): its shape, and which PLOVER type common news wordings get.

Sentences are written for these tests. Only the event TYPE is checked here (roles are test_roles.py's).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pytest

from eventcoder import code_texts
from eventcoder.events.lexicon import _list, _load, _words
from eventcoder.models import EVENT_TYPES

TRIGGERS = resources.files("eventcoder") / "data" / "events" / "triggers.yaml"


@lru_cache(maxsize=1)
def _raw() -> dict:
    return _load(TRIGGERS)


def _entries(spec: dict) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, words) of every verb, noun and mode trigger of one type."""
    out = [("verb", _words(w)) for w in _list(spec.get("verbs"))]
    out += [("noun", _words(w)) for w in _list(spec.get("nouns"))]
    for mspec in (spec.get("modes") or {}).values():
        out += [("mode", _words(w)) for w in _list((mspec or {}).get("triggers"))]
    return out


# ---------------------------------------------------------------- the file's shape
def test_trigger_entries_are_one_or_two_words():
    """Entries of three words or more never match a trigger; hyphenated words are split by the tokenizer."""
    bad = [(t, w) for t, spec in _raw().items() if t != "CONTEXTS" for _, w in _entries(spec) if len(w) > 2 or "-" in w]
    assert not bad


def test_no_trigger_listed_under_two_types():
    """A lemma listed under two types silently goes to the first: each entry belongs to one type."""
    seen: dict[tuple[str, tuple[str, ...]], str] = {}
    clashes = []
    for etype, spec in _raw().items():
        if etype == "CONTEXTS":
            continue
        for kind, w in _entries(spec):
            kinds = ("verb", "noun") if kind == "mode" else (kind,)
            for k in kinds:
                prev = seen.setdefault((k, w), etype)
                if prev != etype:
                    clashes.append((w, prev, etype))
    assert not clashes


def test_not_phrases_name_a_trigger_word_of_their_type():
    """A `not` phrase only applies when it contains the trigger's last word: one that names none is dead."""
    dead = []
    for etype, spec in _raw().items():
        if etype == "CONTEXTS":
            continue
        last_words = {w[-1] for _, w in _entries(spec)}
        for phrase in _list(spec.get("not")):
            if not set(_words(phrase)) & last_words:
                dead.append((etype, phrase))
    assert not dead


def test_every_type_has_triggers_and_a_known_name():
    raw = _raw()
    assert set(raw) - {"CONTEXTS"} == set(EVENT_TYPES)
    assert all(_entries(raw[t]) for t in EVENT_TYPES)


# ---------------------------------------------------------------- types of common news wordings
@lru_cache(maxsize=1)
def _coded() -> dict[str, set[str]]:
    texts = [s for s, _, _ in CASES]
    out: dict[str, set[str]] = {t: set() for t in texts}
    for text in texts:
        out[text] = {e.event for e in code_texts([text], published="2024-05-01")}
    return out


CASES = [
    # MOBILIZE: alerts, moving forces and weapons, aircraft and ships near others, patrols
    ("Poland put its army on high alert after the drone incursion.", "MOBILIZE", None),
    ("Japan's defence ministry said it had detected six Chinese warships near Okinawa.", "MOBILIZE", None),
    ("Iran moved air defence batteries to its nuclear sites.", "MOBILIZE", None),
    ("The Pentagon ordered additional troops to the Middle East.", "MOBILIZE", None),
    ("The Philippine coast guard stepped up patrols near Second Thomas Shoal.", "MOBILIZE", None),
    # COERCE: emergency rule extended, media closed, accounts breached
    ("Myanmar's junta extended the state of emergency by six months.", "COERCE", None),
    ("Burkina Faso's junta suspended two French broadcasters.", "COERCE", "SANCTION"),
    ("Russian hackers breached the email accounts of German lawmakers.", "COERCE", None),
    ("Nigerian police captured the gang leader in Lagos.", "COERCE", "ASSAULT"),
    # round 47: issuing an arrest warrant is COERCE, as most development sets code it (was: not COERCE)
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.", "COERCE", "THREATEN"),
    # ASSAULT: places taken by force
    ("Ukrainian forces recaptured the village of Robotyne.", "ASSAULT", "COERCE"),
    ("M23 rebels captured the town of Bunagana.", "ASSAULT", "COERCE"),
    ("Sudan's army regained control of the presidential palace.", "ASSAULT", None),
    ("Mexico vowed to fight drug trafficking with new laws.", None, "ASSAULT"),
    # SUPPORT, and signing a cooperation agreement is not cooperation yet
    ("Kenya voiced support for Morocco's autonomy plan.", "SUPPORT", None),
    ("India and Canada reinstated their high commissioners.", "SUPPORT", "CONCEDE"),
    ("China and Laos signed a cooperation agreement on railways.", "SUPPORT", "COOPERATE"),
    # CONCEDE: ending one's own hostile acts or plans
    ("The Houthis suspended their attacks on commercial shipping.", "CONCEDE", "SANCTION"),
    ("Germany dropped its plan to close the border with Poland.", "CONCEDE", None),
    # SANCTION, REJECT, ACCUSE
    ("Mali revoked its defence agreement with France.", "SANCTION", None),
    ("Hungary blocked the adoption of the new sanctions package.", "REJECT", None),
    ("Ecuador's president hit out at Mexico over the asylum decision.", "ACCUSE", None),
    # AID, COOPERATE, RETREAT
    ("Saudi Arabia deposited $2 billion in Egypt's central bank.", "AID", None),
    ("The IMF approved a $3 billion loan for Egypt.", "AID", "SUPPORT"),
    ("Uzbekistan and Kyrgyzstan resumed direct flights between their capitals.", "COOPERATE", None),
    ("Armenia handed over four villages to Azerbaijan.", "RETREAT", "COOPERATE"),
    # PROTEST: labour walkouts
    ("Kenyan doctors walked off the job over unpaid wages.", "PROTEST", None),
    # types of wordings found by their object or their small clause
    ("Pyongyang has sent hundreds of soldiers to the front.", "MOBILIZE", None),
    ("Tehran allowed UN inspectors back into the Fordow site.", "RETREAT", None),
    ("Nicaragua's government stripped three exiled journalists of their nationality.", "COERCE", None),
    ("Police in Dhaka shot dead two students on Monday.", "ASSAULT", None),
    ("Gabon's rulers cut internet access across the country.", "COERCE", None),
    ("Niger's junta suspended the broadcasts of France 24.", "COERCE", "SANCTION"),
    ("Egypt reopened the crossing at Rafah.", "RETREAT", None),
    ("Egypt kept its only open crossing with Gaza shut.", None, "RETREAT"),
    # cued words: a trigger only with forces, hackers, leaders or crowds as their subject or object
    ("The last Russian soldiers left Armenia on Friday.", "RETREAT", None),
    ("The minister left Armenia on Friday.", None, "RETREAT"),
    ("North Korean hackers broke into the servers of a Seoul bank.", "COERCE", None),
    ("Burglars broke into the home of a Paris jeweller.", None, "COERCE"),
    ("Nordic leaders gathered in Oslo on Monday.", "CONSULT", None),
    ("Thousands of demonstrators gathered in the square in Belgrade.", "PROTEST", None),
    ("Ethiopian troops crossed into Somalia on Tuesday.", "ASSAULT", None),
    ("A contingent of Rwandan soldiers arrived in Mozambique to fight insurgents.", "MOBILIZE", "CONSULT"),
    ("Hungary will not return to the gas transit deal.", "AGREE", None),
    ("Wagner fighters marched on the capital.", "MOBILIZE", "PROTEST"),
    ("Farmers marched on parliament in Warsaw.", "PROTEST", None),
    ("Nigerian troops raided a Boko Haram stronghold near Maiduguri.", "ASSAULT", "COERCE"),
    ("Israeli police raided the home of a Palestinian activist in Jerusalem.", "COERCE", "ASSAULT"),
]


@pytest.mark.parametrize("text,expected,unexpected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_type_of_news_wording(text, expected, unexpected):
    types = _coded()[text]
    if expected:
        assert expected in types, types
    if unexpected:
        assert unexpected not in types, types
