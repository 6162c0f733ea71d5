"""No sentence runs across a blank line between paragraphs (invented texts)."""

from __future__ import annotations

import pytest

from eventcoder.models import Article
from eventcoder.nlp import get_nlp, make_doc
from eventcoder.pipeline import code_article

# The model alone runs the first of these across the blank line (after a quote closed by "she wrote on X.").
TWO_PARAGRAPHS = [
    '"The rebels have chosen the road of war," she wrote on X.\n\n'
    "The militia's leadership said in a statement that it remained ready to talk but would not disarm.",
    'Her lawyers said they would appeal, calling the verdict "grossly unfair".\n  \n'
    'U.K. Foreign Secretary Tom Hale said London would "respond firmly" to the ruling.',
]


@pytest.mark.parametrize("text", TWO_PARAGRAPHS)
def test_a_paragraph_starts_a_sentence(text: str) -> None:
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Article(id="p", text=text)))
    second = text.split("\n")[-1]
    starts = {s.start_char for s in doc.sents}
    assert text.index(second) in starts, [s.text for s in doc.sents]
    assert not any("\n" in s.text.strip() for s in doc.sents), [s.text for s in doc.sents]


def test_a_wrapped_line_inside_a_paragraph_is_no_break() -> None:
    text = "The coalition said on Monday that its jets had struck\nthree depots held by the militia near the border."
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Article(id="w", text=text)))
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_the_act_of_the_next_paragraph_keeps_its_own_speaker() -> None:
    text = (
        "KHARTOUM, March 3 — \"We did not start this war,\" the army commander wrote on X.\n\n"
        "The African Union's envoy urged both sides to return to talks in Jeddah."
    )
    events = code_article(Article(id="s", text=text, published="2025-03-03"))
    requests = [e for e in events if e.event == "REQUEST"]
    assert requests, [(e.event, e.actor_keys) for e in events]
    assert all("\n" not in e.text.strip() for e in events)
    assert any("AU" in e.actor_keys for e in requests), [(e.event, e.actor_keys) for e in requests]
