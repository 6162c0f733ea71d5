"""Round 36: crashes and pathological slowness found by coding invented text (a fuzzing pass).

Each test is a short invented reproduction of one failure. The crash test failed before its fix; the slow cases are
checked here for their output only (speed belongs in benchmarks: ``python benchmarks/pathological.py`` prints how the
coding time of each construction grows with its size).
"""

from __future__ import annotations

from eventcoder.models import Article
from eventcoder.pipeline import code_article


def _code(text: str):
    return code_article(Article(id="r36", text=text, published="2025-03-03"))  # raises CodingError on a failure


def test_phrase_nested_hundreds_deep_codes():
    # the actor's phrase was collected by recursion over its dependents: a chain of 500 "of" phrases exceeded
    # Python's recursion limit (RecursionError in event coding)
    text = "The envoy" + " of the army" * 500 + " of France met Germany."
    events = _code(text)
    assert any(e.event == "CONSULT" for e in events)


_STATES = ["France", "Germany", "China", "Russia", "Iran", "Israel", "Egypt", "Turkey", "India", "Pakistan", "Japan",
           "Brazil", "Mexico", "Nigeria", "Kenya", "Ethiopia", "Sudan", "Chad", "Niger", "Mali"]
_LONG_LIST = ", ".join(_STATES[i % 20] for i in range(600)) + " and Spain attacked Peru."


def test_long_coordination_codes():
    # a subject of 600 coordinated names: each conjunct's mentions were checked against all found so far, once for
    # each conjunct before it (cubic: 8 s; now under 2 s)
    events = _code(_LONG_LIST)
    assert any(e.event == "ASSAULT" and len(e.actor) > 20 for e in events)


def test_later_conjuncts_read_once_per_coordination():
    # ``RoleCache.later_conjuncts`` read ``Token.conjuncts`` for each conjunct, each a walk over the whole
    # coordination (600 names: 2 s); now one walk per coordination, with the same conjuncts
    from eventcoder.events.syntax import RoleCache
    from eventcoder.nlp import get_nlp

    nlp = get_nlp()
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("eventcoder")]):
        doc = nlp(_LONG_LIST)
    cache = RoleCache(doc, None, None)
    found = {t.i: [c.i for c in cache.later_conjuncts(t)] for t in doc}
    for t in doc[:40]:
        assert found[t.i] == [c.i for c in t.conjuncts if c.i > t.i]


def test_long_infinitive_chain_reads_modality():
    # "urged Germany to ask Chad to ask Mali to ask ...": each trigger's modality was read by climbing the whole
    # chain of governing verbs (400 infinitives: 3 s there alone); the climb now stops after 40 verbs
    from eventcoder.events.modality import read_modality

    text = "France urged Germany " + " ".join(f"to ask {_STATES[i % 20]}" for i in range(400)) + " to attack Chad."
    from eventcoder.nlp import get_nlp

    nlp = get_nlp()
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("eventcoder")]):
        doc = nlp(text)
    lex = nlp.get_pipe("eventcoder_events").lex
    mods = [read_modality(t, lex) for t in doc if t.pos_ == "VERB"]
    assert len(mods) >= 400 and not any(m.negated for m in mods)


def test_deeply_nested_clauses_code():
    # "attacked Chad by attacking by attacking ...": whether each act answers another was read from every token of its
    # subtree (500 nested clauses: 4 s there alone); now from the document's lemmas between the subtree's edges
    text = "France attacked Chad" + " by attacking" * 500 + " Mali."
    events = _code(text)
    assert any(e.event == "ASSAULT" for e in events)
