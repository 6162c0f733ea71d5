"""Session 17: the confidence model reads the parse at the trigger of a dateline's lede too. ``make_doc`` blanks a
dateline to spaces of the same length, so a lede's parsed sentence starts with those spaces while the event's text is
the sentence stripped; the trigger must still be found at its word, not in the blank."""

from __future__ import annotations

import pytest

from eventcoder.config import load_settings
from eventcoder.events.confidence import parse_features, trigger_token
from eventcoder.models import Article
from eventcoder.nlp import get_nlp, make_doc


def _doc(text: str):
    nlp = get_nlp(load_settings(min_confidence=0.0))
    return nlp(make_doc(nlp, Article(id="s17", text=text, published="2025-03-04")))


@pytest.mark.parametrize(
    ("text", "etype", "lemma"),
    [
        ("MOGADISHU, March 4 (Agency) — Somali troops arrested nine suspected militants in a raid on Tuesday.", "COERCE", "arrest"),
        ("QUITO, March 4 — Ecuador's navy seized two fishing boats off the Galapagos islands, officials said.", "COERCE", "seize"),
        ("Kenyan police arrested nine protesters in Nairobi on Tuesday.", "COERCE", "arrest"),
    ],
)
def test_the_trigger_of_a_lede_is_its_word_not_the_blanked_dateline(text, etype, lemma):
    doc = _doc(text)
    evs = [e for e in doc._.events if e.event == etype]
    assert evs, [(e.event, e.event_text) for e in doc._.events]
    tok = trigger_token(doc, evs[0])
    assert tok is not None and tok.text.strip(), evs[0]
    assert tok.lemma_.lower() == lemma
    feats = parse_features(evs[0], tok)
    assert "ttag=_SP" not in feats and f"lemma_type={lemma}:{etype}" in feats


def test_the_actor_of_a_lede_stands_before_its_trigger():
    from eventcoder.events.confidence import article_features

    doc = _doc("ACCRA, March 4 (Agency) — Ghanaian police detained fourteen illegal gold miners near Obuasi on Tuesday.")
    evs = [e for e in doc._.events if e.event == "COERCE"]
    assert evs
    feats = article_features(evs, "2025-03-04", doc)[0]
    assert feats.get("actor_before_trigger") and feats.get("actor_in_sentence")
    assert feats["actor_distance"] < 0.2
