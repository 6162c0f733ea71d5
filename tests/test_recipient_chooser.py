"""The learned chooser of inferred recipients (events/chooser.py) and its use in events/discourse.py."""

from __future__ import annotations

import pytest
from helpers import load_benchmark

from eventcoder.events import chooser as chooser_mod
from eventcoder.events import discourse
from eventcoder.events.chooser import Chooser
from eventcoder.events.discourse import infer_recipients
from eventcoder.models import Actor, Event, Mention

fitmod = load_benchmark("fit_recipients")


def _m(start: int, key: str, kind: str = "state") -> Mention:
    code = key.split(".")[0] if kind == "state" else "IGO"
    sector = key.split(".")[1] if "." in key else None
    return Mention(start, start + 5, key, key, code, sector, None, "registry", kind)


def _e(actor: str, recipient: tuple[str, ...] = (), event: str = "ACCUSE", start: int = 0) -> Event:
    return Event(
        id=f"e{start}", article_id="a", date=None, event=event, mode=None, context=(),
        actor=(Actor(actor, actor.split(".")[0], None, actor),),
        recipient=tuple(Actor(k, k.split(".")[0], None, k) for k in recipient),
        negated=False, modality="asserted", condition=None, event_text="x", text="x" * 40, span=(start, start + 40),
    )


def _record(events: list[Event], mentions: list[Mention]) -> list:
    rec: list = []
    infer_recipients(events, mentions, learned=False, record=rec)
    return rec


# A story about Kenya's dispute with Tanzania; Uganda is named three times, but only after the act and never near it.
_STORY = [_m(0, "KEN"), _m(30, "TZA"), _m(60, "KEN.GOV"), _m(300, "UGA"), _m(340, "UGA"), _m(380, "UGA")]


def test_candidates_are_the_other_parties_and_the_features_read_the_article_around_the_act():
    bare = _e("KEN.GOV", start=100)
    (e, cands, rule, feats) = _record([bare], _STORY)[0]
    assert e is bare and [u for u, _, _ in cands] == ["UGA", "TZA"] and rule == "UGA"
    uga, tza, none = feats
    # Tanzania: named before the act, the last party named before it; Uganda only after it, but the rules' choice
    assert {"named_before", "last_named", "gap=near"} <= set(tza) and "rule" not in tza
    assert {"named_after_only", "rule", "rule_after_only"} <= set(uga) and "last_named" not in uga
    # the last dict is leaving the recipient empty
    assert "none" in none and len(feats) == len(cands) + 1


def test_previous_events_and_the_actors_counterparts_are_features():
    # "Tanzania accused Kenya of hoarding fuel. Kenya denied it." (the denial names no recipient)
    accusation = _e("TZA", ("KEN",), start=10)
    denial = _e("KEN", event="REJECT", start=60)
    (_, cands, _, feats) = _record([accusation, denial], _STORY)[0]
    tza = feats[[u for u, _, _ in cands].index("TZA")]
    assert {"prev_actor", "acts_on_actor"} <= set(tza)
    assert "prev_actor" not in feats[[u for u, _, _ in cands].index("UGA")]


def test_own_state_bodies_across_the_line_are_candidates():
    # "Police dispersed the marchers": a story about Kenya's own protesters
    mentions = [_m(0, "KEN.CVL"), _m(20, "KEN.CVL"), _m(40, "KEN.COP"), _m(70, "SOM")]
    (_, cands, rule, feats) = _record([_e("KEN.COP", event="COERCE", start=90)], mentions)[0]
    assert [u for u, _, _ in cands] == ["SOM", "KEN.CVL"] and rule == "KEN.CVL"
    assert {"domestic", "sector=CVL"} <= set(feats[1])
    # an organ of the same side is no candidate
    assert "KEN.GOV" not in [u for u, _, _ in cands]


def test_weights_on_the_rules_choice_alone_reproduce_the_rules():
    only_rule = Chooser({"rule": 1.0}, 0.0, {})
    cases = [([_e("KEN.GOV", start=100)], _STORY),
             ([_e("KEN.COP", event="COERCE", start=90)], [_m(0, "KEN.CVL"), _m(20, "KEN.CVL"), _m(40, "KEN.COP"), _m(70, "SOM")])]
    for events, mentions in cases:
        assert infer_recipients(events, mentions, chooser=only_rule) == infer_recipients(events, mentions, learned=False)


def test_the_best_scored_candidate_wins_and_may_be_none():
    recent = Chooser({"last_named": 2.0, "rule": 1.0}, 0.0, {})
    (out,) = infer_recipients([_e("KEN.GOV", start=100)], _STORY, chooser=recent)
    assert out.recipient_keys == ("TZA",) and out.recipient[0].inferred and out.recipient[0].phrase is None
    (ruled,) = infer_recipients([_e("KEN.GOV", start=100)], _STORY, learned=False)
    assert ruled.recipient_keys == ("UGA",)
    empty = Chooser({"none": 5.0}, 0.0, {})
    bare = _e("KEN.GOV", start=100)
    (out,) = infer_recipients([bare], _STORY, chooser=empty)
    assert out is bare and out.recipient == ()


def test_a_stated_recipient_is_never_touched():
    stated = _e("KEN", ("TZA",), start=100)
    assert infer_recipients([stated], _STORY, chooser=Chooser({"none": 5.0}, 0.0, {}))[0] is stated


def test_without_a_weights_file_the_rules_decide(monkeypatch, tmp_path):
    assert chooser_mod.load(str(tmp_path / "missing.json")) is None
    # the package ships no weights: a file dropped in would switch the learned choice on unseen
    assert not chooser_mod.DEFAULT_FILE.exists()
    monkeypatch.setattr(discourse, "load_chooser", lambda path=None: None)
    events = [_e("KEN.GOV", start=100)]
    assert infer_recipients(events, _STORY) == infer_recipients(events, _STORY, learned=False)


def test_weights_round_trip(tmp_path):
    c = Chooser({"rule": 1.5, "last_named": 0.25}, 0.1, {"gold_sets": ["x"]})
    c.save(tmp_path / "w.json")
    back = chooser_mod.load(str(tmp_path / "w.json"))
    assert back == c
    assert back.choose([{"rule": 1.0}, {"last_named": 1.0}, {"none": 1.0}]) == 0


def test_recency_and_the_previous_event_outrank_a_party_named_often_but_only_later():
    """ "Rwanda's army shelled Goma, Congo said. Kinshasa accused its neighbour of lying." in a story that goes on to
    name a rebel group three times: weights that value recency and the previous event's actor over the rules' choice
    aim the accusation at Rwanda, where the rules take the rebels (named more)."""
    model = Chooser({"rule": 1.0, "last_named": 0.8, "prev_actor": 0.8, "named_after_only": -0.5}, 0.0, {})
    mentions = [_m(0, "RWA.MIL"), _m(30, "COD"), _m(200, "M23", "group"), _m(260, "M23", "group"), _m(320, "M23", "group")]
    shelling = _e("RWA.MIL", ("COD",), event="ASSAULT", start=0)
    accusation = _e("COD", event="ACCUSE", start=60)
    assert infer_recipients([shelling, accusation], mentions, learned=False)[1].recipient_keys == ("M23",)
    out = infer_recipients([shelling, accusation], mentions, chooser=model)
    assert out[0] is shelling
    assert [r.key.split(".")[0] for r in out[1].recipient] == ["RWA"] and out[1].recipient[0].inferred


def test_a_foreign_story_offers_no_home_side_candidates():
    # a story about Spain: Peru's government is given Spain, and Peru's own people are no candidates
    mentions = [_m(0, "ESP"), _m(10, "ESP.GOV"), _m(20, "ESP"), _m(30, "PER.GOV"), _m(40, "PER.CVL")]
    (_, cands, rule, _) = _record([_e("PER.GOV", start=50)], mentions)[0]
    assert [u for u, _, _ in cands] == ["ESP"] and rule == "ESP"


def test_pairwise_rows_are_differences_of_right_and_wrong_candidates():
    rows = [({"a": 1.0}, 1), ({"b": 1.0}, 0), ({"a": 1.0, "c": 1.0}, 0), ({"d": 1.0}, 1), ({"e": 1.0}, 0)]
    out = fitmod.pairs(rows, [3, 2])
    assert out == [
        ({"a": 1.0, "b": -1.0}, 1), ({"a": -1.0, "b": 1.0}, 0),
        ({"c": -1.0}, 1), ({"c": 1.0}, 0),
        ({"d": 1.0, "e": -1.0}, 1), ({"d": -1.0, "e": 1.0}, 0),
    ]


def test_a_ranking_fitted_on_pairs_puts_the_right_kind_of_candidate_first():
    from eventcoder.events.confidence import fit

    groups = [[({"last_named": 1.0}, 1), ({"rule": 1.0}, 0)]] * 6 + [[({"rule": 1.0}, 1), ({"far": 1.0}, 0)]] * 6
    rows = fitmod.pairs([r for g in groups for r in g], [2] * len(groups))
    c = fitmod.to_chooser(fit(rows, 1.0, min_count=1), {})
    assert c.choose([{"rule": 1.0}, {"last_named": 1.0}]) == 1
    assert c.choose([{"far": 1.0}, {"rule": 1.0}]) == 1


@pytest.mark.parametrize("key", ["UNK:the gunmen", "KEN.GOV"])
def test_no_candidates_no_choice(key):
    # an article naming only the actor's own side (or no known party) gives nothing to choose from
    (out,) = infer_recipients([_e(key, start=10)], [_m(0, "KEN.GOV"), _m(5, "KEN.MIL")], chooser=Chooser({"rule": 1}, 0, {}))
    assert out.recipient == ()
