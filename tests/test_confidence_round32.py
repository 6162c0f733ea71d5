"""Round 32: the confidence model reads the parse at the trigger (its tag and dependency, whether the actor is the
trigger's subject (or the object controlling it), a speech or planning verb above it, a subordinating word) and the
trigger word with its type; the fit is a sparse one that can run more iterations in the same time."""

from __future__ import annotations

from eventcoder.config import load_settings
from eventcoder.events.confidence import ConfidenceModel, article_features, fit, score_events, trigger_token
from eventcoder.models import Article
from eventcoder.nlp import get_nlp, make_doc

PUB = "2025-06-10"


def _doc(text: str):
    nlp = get_nlp(load_settings(min_confidence=0.0))
    return nlp(make_doc(nlp, Article(id="r32", text=text, published=PUB)))


def _one(doc, etype):
    evs = [e for e in doc._.events if e.event == etype]
    assert evs, [(e.event, e.event_text) for e in doc._.events]
    return evs[0]


def test_trigger_token_is_the_head_word_of_the_event_text():
    doc = _doc("Peruvian coastguards detained twelve Ecuadorian fishermen near Tumbes on Sunday.")
    e = _one(doc, "COERCE")
    tok = trigger_token(doc, e)
    assert tok is not None and tok.lemma_.lower() == "detain"


def test_parse_features_mark_an_actor_that_is_the_triggers_subject():
    doc = _doc("Peruvian coastguards detained twelve Ecuadorian fishermen near Tumbes on Sunday.")
    events = list(doc._.events)
    feats = article_features(events, PUB, doc)
    f = feats[events.index(_one(doc, "COERCE"))]
    assert f.get("actor_is_subj") == 1.0
    assert any(k.startswith("ttag=VB") for k in f)
    assert any(k.startswith("lemma_type=detain:COERCE") for k in f)
    # without the Doc the features are the ones the model had before: nothing read from the parse
    plain = article_features(events, PUB)[events.index(_one(doc, "COERCE"))]
    assert not any(k.startswith(("ttag=", "actor_is_subj", "lemma_type=")) for k in plain)


def test_the_object_that_controls_an_infinitive_trigger_counts_as_its_subject():
    doc = _doc("The floods forced Peruvian troops to withdraw from the border near Tacna on Monday.")
    events = list(doc._.events)
    e = _one(doc, "RETREAT")
    tok = trigger_token(doc, e)
    assert tok is not None and tok.dep_ == "xcomp"
    assert article_features(events, PUB, doc)[events.index(e)].get("actor_is_subj") == 1.0


def test_parse_features_mark_an_act_reported_under_a_speech_verb():
    doc = _doc("A spokesman in Lima said that Bolivian troops had shelled a Peruvian border post overnight.")
    events = list(doc._.events)
    assert events, "no event"
    feats = article_features(events, PUB, doc)
    assert any(f.get("under_speech") for f in feats)


def test_pipeline_scores_events_with_the_parse_features():
    text = "Peruvian coastguards detained twelve Ecuadorian fishermen near Tumbes on Sunday."
    doc = _doc(text)
    events = list(doc._.events)
    model = ConfidenceModel({"actor_is_subj": 3.0}, -1.0, threshold=0.5)
    with_doc = score_events(events, model, PUB, 0.0, doc)
    without = score_events(events, model, PUB, 0.0)
    e = _one(doc, "COERCE")
    i = events.index(e)
    assert with_doc[i].confidence > 0.8 > 0.3 > without[i].confidence


def test_sparse_fit_converges_further_with_more_iterations():
    rows = [({"a": 1.0, "b": float(i % 3 == 0)}, int(i % 4 != 0)) for i in range(200)]
    rows += [({"c": 1.0}, int(i % 5 == 0)) for i in range(100)]
    short = fit(rows, l2=0.1, iterations=50)
    long = fit(rows, l2=0.1, iterations=3000)
    # the rate of right events among "c" rows is 0.2: the longer fit gets closer to it
    assert abs(long.probability({"c": 1.0}) - 0.2) < abs(short.probability({"c": 1.0}) - 0.2)
    assert abs(long.probability({"c": 1.0}) - 0.2) < 0.05
