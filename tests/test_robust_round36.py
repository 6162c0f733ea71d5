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
