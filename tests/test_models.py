import json

import pytest

from eventcoder.models import Actor, Article, Condition, Event, Place, key_matches, top_key


def _event(**kw):
    base = dict(
        id="e1", article_id="a1", date="2024-01-02", event="ASSAULT", mode="aerial", context=("military",),
        actor=(Actor("ISR.MIL", "ISR", "MIL", "Israeli jets", "Israel"),),
        recipient=(Actor("HAMAS", "PSE", "REB", "Hamas", "Hamas"),), negated=False, modality="asserted",
        condition=Condition("if Hamas fires rockets", "ASSAULT", (Actor("HAMAS", "PSE", "REB", "Hamas"),), ()),
        event_text="struck", text="Israeli jets struck Hamas.", span=(0, 26),
        event_loc=Place("Gaza", "PSE", 31.5, 34.46, "city"), confidence=0.8,
    )
    base.update(kw)
    return Event(**base)


def test_event_round_trip():
    e = _event()
    assert Event.from_dict(e.to_dict()) == e


def test_actor_phrase_round_trips_and_is_not_identity():
    a = Actor("EGY.GOV", "EGY", "GOV", "Egyptian", "Egypt", phrase="the Egyptian foreign minister", phrase_span=(10, 39))
    d = a.to_dict()
    assert d["phrase"] == "the Egyptian foreign minister" and d["phrase_span"] == [10, 39]
    back = Actor.from_dict(d)
    assert (back.phrase, back.phrase_span) == (a.phrase, a.phrase_span)
    # the phrase is evidence, not identity: the same actor written differently is the same actor
    assert a == Actor("EGY.GOV", "EGY", "GOV", "Egyptian", "Egypt")
    old = Actor.from_dict({"key": "EGY", "code": "EGY", "sector": None, "entity_text": "Egypt", "name": "Egypt"})
    assert (old.phrase, old.phrase_span) == (None, None)
    assert old.to_dict()["phrase"] is None and old.to_dict()["phrase_span"] is None


def test_event_with_phrases_validates_and_round_trips(event_schema):
    import jsonschema

    e = _event(actor=(Actor("ISR.MIL", "ISR", "MIL", "Israeli jets", "Israel", phrase="Israeli jets", phrase_span=(0, 12)),))
    jsonschema.validate(e.to_dict(), event_schema)
    jsonschema.validate(_event().to_dict(), event_schema)  # no phrases: null fields
    back = Event.from_dict(json.loads(json.dumps(e.to_dict())))
    assert back.actor[0].phrase_span == (0, 12) and back.actor[0].phrase == "Israeli jets"


def test_event_dict_has_contract_fields():
    d = _event().to_dict()
    assert list(d) == ["id", "article_id", "date", "date_precision", "event", "mode", "context", "actor", "recipient", "negated",
                       "modality", "condition", "event_text", "text", "span", "event_loc", "confidence"]


@pytest.mark.parametrize(
    "pattern,key,ok",
    [("IRN", "IRN", True), ("IRN", "IRN.GOV", True), ("IRN.GOV", "IRN", False), ("IRN", "IRNX", False),
     ("HAMAS", "HAMAS.MIL", True), ("HAMAS.MIL", "HAMAS.MIL", True), ("UN", "UNRWA", False)],
)
def test_key_matches(pattern, key, ok):
    assert key_matches(pattern, key) is ok


@pytest.mark.parametrize("key,top", [("IRN.GOV", "IRN"), ("HAMAS", "HAMAS"), ("UNK:foo.bar", "UNK:foo.bar")])
def test_top_key(key, top):
    assert top_key(key) == top


def test_article_id_is_content_hash():
    a = Article.from_text("Some text here.")
    b = Article.from_text("Some text here.")
    c = Article.from_text("Other text.")
    assert a.id == b.id != c.id
    assert Article.from_text("x y z", id="given").id == "given"
