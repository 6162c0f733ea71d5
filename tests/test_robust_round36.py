"""Round 36: crashes and pathological slowness found by coding invented text (a fuzzing pass).

Each test is a short invented reproduction of one failure; each failed (error or time limit) before its fix.
"""

from __future__ import annotations

import time

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


def test_long_coordination_codes_in_time():
    # a subject of 600 coordinated names: each conjunct's mentions were checked against all found so far, once for
    # each conjunct before it (cubic: 8 s; now under 2 s)
    t0 = time.perf_counter()
    events = _code(_LONG_LIST)
    assert time.perf_counter() - t0 < 5.0
    assert any(e.event == "ASSAULT" and len(e.actor) > 20 for e in events)
