"""The gold-matching rules of `eventcoder eval`, on constructed events (no model needed)."""

import pytest

from eventcoder.evaluate import GoldEvent, Item, matches, score
from eventcoder.models import Actor, Event


def ev(t, actors, recips=(), negated=False):
    return Event(
        id=f"{t}{actors}{recips}", article_id="a", date=None, event=t, mode=None, context=(),
        actor=tuple(Actor(k, k[:3], None, k) for k in actors), recipient=tuple(Actor(k, k[:3], None, k) for k in recips),
        negated=negated, modality="asserted", condition=None, event_text="x", text="x", span=(0, 1),
    )


G = GoldEvent.from_dict


@pytest.mark.parametrize(
    "gold,event,ok",
    [
        (G({"source": ["IRN"], "type": ["SUPPORT"], "target": ["HAMAS"]}), ev("SUPPORT", ["IRN.GOV"], ["HAMAS"]), True),
        (G({"source": ["IRN.GOV"], "type": ["SUPPORT"], "target": ["HAMAS"]}), ev("SUPPORT", ["IRN"], ["HAMAS"]), False),
        (G({"source": ["IRN"], "type": ["SUPPORT"], "target": None}), ev("SUPPORT", ["IRN"], []), True),
        (G({"source": ["IRN"], "type": ["SUPPORT"], "target": ["HAMAS"]}), ev("SUPPORT", ["IRN"], []), False),
        (G({"source": ["IRN"], "type": ["THREATEN", "ASSAULT"], "target": None}), ev("ASSAULT", ["IRN"]), True),
        (G({"source": ["IRN"], "type": ["ASSAULT"], "target": None, "negated": True}), ev("ASSAULT", ["IRN"]), False),
        (G({"source": ["IRN"], "type": ["ASSAULT"], "target": None, "negated": True}), ev("ASSAULT", ["IRN"], negated=True), True),
        (G({"source": ["ISR"], "type": ["ASSAULT"], "target": ["LBN", "HEZBOLLAH"], "symmetric": True}), ev("ASSAULT", ["HEZBOLLAH"], ["ISR.MIL"]), True),
        (G({"source": ["ISR"], "type": ["ASSAULT"], "target": ["HEZBOLLAH"]}), ev("ASSAULT", ["HEZBOLLAH"], ["ISR.MIL"]), False),
        (G({"source": ["ISR"], "type": ["CONSULT"], "target": ["USA"], "symmetric": True}), ev("CONSULT", ["USA", "ISR"]), True),
        (G({"source": ["HAMAS"], "type": ["ASSAULT"], "target": ["ISR"]}), ev("ASSAULT", ["HAMASX"], ["ISR"]), False),
    ],
)
def test_matches(gold, event, ok):
    assert matches(gold, event) is ok


def test_score_counts_optional_and_false_alarms():
    items = [
        Item("1", "t", None, [G({"source": ["IRN"], "type": ["SUPPORT"], "target": None}),
                              G({"source": ["IRN"], "type": ["AID"], "target": None, "optional": True})]),
        Item("2", "t", None, []),
    ]
    coded = {"1": [ev("SUPPORT", ["IRN"]), ev("AID", ["IRN"])], "2": [ev("ASSAULT", ["ISR"])]}
    rep = score(items, coded)
    d = rep.to_dict()
    assert (d["tp"], d["fp"], d["fn"]) == (1, 1, 0)  # the optional AID is neither tp nor fp
    assert rep.false_alarms[0][1].event == "ASSAULT"
    rep2 = score(items, {"1": [ev("SUPPORT", ["ISR"])]})
    assert rep2.to_dict()["fn"] == 1 and rep2.to_dict()["type_only"]["recall"] == 1.0


def test_score_reports_inferred_recipients_apart():
    from dataclasses import replace

    gold = [G({"source": ["DZA"], "type": ["SANCTION"], "target": ["FRA"]}),
            G({"source": ["DZA"], "type": ["ACCUSE"], "target": ["FRA"]})]
    right = ev("SANCTION", ["DZA"], ["FRA"])
    right = replace(right, recipient=(replace(right.recipient[0], inferred=True),))
    wrong = ev("ACCUSE", ["DZA"], ["MAR"])
    wrong = replace(wrong, recipient=(replace(wrong.recipient[0], inferred=True),))
    rep = score([Item("a", "x", None, gold)], {"a": [right, wrong]})
    d = rep.to_dict()["inferred_recipients"]
    assert (d["events"], d["matched"]) == (2, 1)
    # without the inferred recipients neither event matches: F1 0, against 0.5 with them
    assert d["f1_without"] == 0.0 and rep.overall()[2] == pytest.approx(0.5)


def test_dates_and_places_are_scored_on_matched_events_apart_from_f1():
    from dataclasses import replace

    from eventcoder.models import Place

    gold = [
        G({"source": ["ISR"], "type": ["ASSAULT"], "target": None, "date": "2024-02-03", "place": ["PSE"]}),
        G({"source": ["EGY"], "type": ["CONSULT"], "target": None, "date": ["2024-02-01", "2024-02-02"]}),
        G({"source": ["USA"], "type": ["AID"], "target": None, "place": "UKR"}),
        G({"source": ["TUR"], "type": ["ACCUSE"], "target": None, "date": "2024-02-03"}),  # missed: not scored for its date
    ]
    gaza = Place(name="Gaza", country="PSE", lat=31.5, lon=34.45, feature="city")
    coded = {"1": [
        replace(ev("ASSAULT", ["ISR.MIL"]), date="2024-02-03", event_loc=gaza),
        replace(ev("CONSULT", ["EGY"]), date="2024-02-03"),
        replace(ev("AID", ["USA"]), date="2024-02-03"),
    ]}
    rep = score([Item("1", "t", "2024-02-03", gold)], coded)
    d = rep.to_dict()
    assert d["tp"] == 3 and d["fn"] == 1  # when and where do not decide the match
    assert d["dates"] == {"events": 2, "correct": 1, "accuracy": 0.5}
    assert d["places"] == {"events": 2, "correct": 1, "accuracy": 0.5}
    assert [e.event for _, _, e in rep.date_errors] == ["CONSULT"]
    assert [e.event for _, _, e in rep.place_errors] == ["AID"]
    assert score([Item("2", "t", None, [])], {}).to_dict()["dates"]["accuracy"] is None
