"""The article's other party as the recipient of acts whose sentence names none (events/discourse.py)."""

from __future__ import annotations

import pytest

from eventcoder.events.discourse import article_parties, infer_recipients
from eventcoder.models import Actor, Article, Event, Mention


def _m(start: int, key: str, kind: str = "state", text: str | None = None) -> Mention:
    code = key.split(".")[0] if kind == "state" else "IGO"
    sector = key.split(".")[1] if "." in key else None
    return Mention(start, start + 5, text or key, key, code, sector, None, "registry", kind)


def _e(actor: tuple[str, ...], recipient: tuple[str, ...] = (), event: str = "SANCTION", start: int = 0) -> Event:
    return Event(
        id=f"e{start}", article_id="a", date=None, event=event, mode=None, context=(),
        actor=tuple(Actor(k, k.split(".")[0], None, k) for k in actor),
        recipient=tuple(Actor(k, k.split(".")[0], None, k) for k in recipient),
        negated=False, modality="asserted", condition=None, event_text="x", text="x", span=(start, start + 10),
    )


def test_salience_counts_mentions_and_event_roles_ties_by_first_mention():
    mentions = [_m(0, "PER"), _m(10, "VEN.GOV"), _m(20, "CHL"), _m(30, "VEN")]
    # VEN: two mentions; PER and CHL one each, PER named first; an event role lifts CHL over PER
    assert [k for k, _ in article_parties([], mentions)] == ["VEN", "PER", "CHL"]
    assert [k for k, _ in article_parties([_e(("CHL",), ("BOL",))], mentions)] == ["VEN", "CHL", "PER"]
    # the party is written as first named, sector included, and marked inferred
    ven = dict(article_parties([], mentions))["VEN"]
    assert ven.key == "VEN.GOV" and ven.inferred and ven.phrase is None


def test_unresolved_names_and_places_are_not_parties():
    mentions = [_m(0, "UNK:the gunmen", "unresolved"), _m(10, "KEN", "location"), _m(20, "SOM")]
    assert [k for k, _ in article_parties([], mentions)] == ["SOM"]


def test_an_act_with_no_recipient_takes_the_most_salient_other_party():
    mentions = [_m(0, "DZA"), _m(10, "FRA"), _m(20, "FRA.GOV"), _m(30, "DZA"), _m(40, "MAR")]
    named = _e(("FRA",), ("MAR",), event="SUPPORT", start=40)
    bare = _e(("DZA.GOV",), start=0)
    out = infer_recipients([bare, named], mentions)
    assert out[0].recipient_keys == ("FRA",) and out[0].recipient[0].inferred
    # the actor's own state is never its own inferred recipient, whatever its salience
    assert all(r.key.split(".")[0] != "DZA" for r in out[0].recipient)
    # a recipient the sentence names is kept as it is
    assert out[1] is named and not out[1].recipient[0].inferred


@pytest.mark.parametrize(
    "actor",
    [("UNK:gunmen",), ("RUS", "BLR")],  # unknown actors and compound actors are left alone
)
def test_unknown_or_compound_actors_get_no_inferred_recipient(actor):
    mentions = [_m(0, "UKR"), _m(10, "POL")]
    (out,) = infer_recipients([_e(actor)], mentions)
    assert out.recipient == ()


def test_an_article_with_no_other_party_leaves_the_recipient_empty():
    (out,) = infer_recipients([_e(("KGZ.COP",), event="COERCE")], [_m(0, "KGZ"), _m(10, "KGZ.COP")])
    assert out.recipient == ()


def test_inferred_flag_survives_the_record_round_trip():
    a = Actor("FRA", "FRA", None, "France", "France", inferred=True)
    assert Actor.from_dict(a.to_dict()).inferred
    assert Actor.from_dict({"key": "FRA"}).inferred is False


def test_pipeline_reads_the_counterpart_of_a_two_party_story(event_schema):
    """A story about two states: a later act with no recipient in its sentence is aimed at the other."""
    jsonschema = pytest.importorskip("jsonschema")
    from eventcoder import code_article

    text = (
        "Kazakhstan expelled four Russian diplomats on Monday, accusing Moscow of spying. "
        "Russia's foreign ministry called the expulsions unjustified. "
        "Kazakhstan also suspended all flights last week."
    )
    events = code_article(Article(id="t", text=text, published="2025-03-04"))
    late = [e for e in events if "suspended all flights" in e.text]
    assert late, [(e.event, e.actor_keys, e.text) for e in events]
    for e in late:
        assert e.actor_keys and e.actor_keys[0].startswith("KAZ")
        assert [r.key.split(".")[0] for r in e.recipient] == ["RUS"] and all(r.inferred for r in e.recipient)
    for e in events:
        jsonschema.validate(e.to_dict(), event_schema)
        # what the sentences name is not marked inferred
        if "expelled" in e.text:
            assert not any(r.inferred for r in e.recipient)


def test_a_conditional_act_is_aimed_at_whom_the_condition_waits_on():
    from eventcoder.models import Condition

    cond = Condition("unless it is attacked by Israel", "ASSAULT", (Actor("ISR", "ISR", None, "Israel"),),
                     (Actor("IRN", "IRN", None, "it"),))
    e = _e(("IRN",), event="ASSAULT")
    from dataclasses import replace

    e = replace(e, negated=True, modality="conditional", condition=cond)
    # Hamas is named most, but the restraint is towards the party the condition names
    mentions = [_m(0, "IRN"), _m(10, "HAMAS", "group"), _m(20, "HAMAS", "group"), _m(30, "HAMAS", "group"), _m(40, "ISR")]
    (out,) = infer_recipients([e], mentions)
    assert out.recipient_keys == ("ISR",) and out.recipient[0].inferred and out.recipient[0].phrase is None
    # a condition on the actor itself names no counterpart: the article's other party then
    own = replace(e, condition=Condition("if it must", "ASSAULT", (Actor("IRN", "IRN", None, "it"),), ()))
    (out,) = infer_recipients([own], mentions)
    assert out.recipient_keys == ("HAMAS",)
