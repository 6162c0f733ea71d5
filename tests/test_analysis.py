"""Commitments, alerts, incidents, network, blocs and escalation on constructed events in a real DuckDB."""

from __future__ import annotations

import pytest

from eventcoder.analysis import build_network, dyad_series, find_blocs, incidents, on_new_events
from eventcoder.analysis.escalation import detect_spikes
from eventcoder.commitments import alerts, commitment_of, commitments
from eventcoder.models import Actor, Article, Condition, Event, Place


def A(key):
    return Actor(key, key.split(".")[0], key.split(".")[1] if "." in key else None, key)


_n = [0]


def ev(t, actors, recips=(), date="2024-01-10", article="a1", negated=False, modality="asserted", condition=None,
       text="Some sentence about it.", country=None, mode=None):
    _n[0] += 1
    return Event(
        id=f"e{_n[0]}", article_id=article, date=date, event=t, mode=mode, context=(), actor=tuple(map(A, actors)),
        recipient=tuple(map(A, recips)), negated=negated, modality=modality, condition=condition, event_text="x",
        text=text, span=(0, len(text)), event_loc=Place(country, country) if country else None,
    )


def store(corpus, events):
    by_article = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    for aid, evs in by_article.items():
        corpus.add(Article(id=aid, text="t"), evs)
    return on_new_events(corpus, events)


IRAN_RED_LINE = Condition("unless it is attacked by Israel or the United States", "ASSAULT", (A("ISR"), A("USA")), (A("IRN"),))


def test_commitment_from_condition():
    c = commitment_of(ev("ASSAULT", ["IRN.GOV"], negated=True, modality="conditional", condition=IRAN_RED_LINE))
    assert c is not None
    assert c.actor == ("IRN",) and c.negated and c.action == "ASSAULT"
    assert c.trigger.types == ("ASSAULT",) and set(c.trigger.actors) == {"ISR", "USA"} and c.trigger.recipients == ("IRN",)


def test_no_commitment_without_condition():
    assert commitment_of(ev("ASSAULT", ["IRN"], negated=True)) is None


@pytest.mark.parametrize(
    "later,n_alerts",
    [
        (dict(t="ASSAULT", actors=["ISR.MIL"], recips=["IRN"], date="2024-04-19"), 1),
        (dict(t="ASSAULT", actors=["USA"], recips=["IRN.MIL"], date="2024-04-19"), 1),
        (dict(t="ASSAULT", actors=["ISR"], recips=["PSE"], date="2024-04-19"), 0),
        (dict(t="ASSAULT", actors=["ISR"], recips=["IRN"], date="2024-04-19", negated=True), 0),
        (dict(t="ASSAULT", actors=["ISR"], recips=["IRN"], date="2024-04-19", modality="hypothetical"), 0),
        (dict(t="ASSAULT", actors=["ISR"], recips=["IRN"], date="2023-01-01"), 0),
        (dict(t="SANCTION", actors=["USA"], recips=["IRN"], date="2024-04-19"), 0),
        (dict(t="ASSAULT", actors=["HEZBOLLAH"], recips=["IRN"], date="2024-04-19"), 0),
    ],
)
def test_alerts(corpus, later, n_alerts):
    store(corpus, [ev("ASSAULT", ["IRN"], negated=True, modality="conditional", condition=IRAN_RED_LINE, date="2023-11-05", article="seed")])
    assert [c.status for c in commitments(corpus)] == ["open"]
    raised = store(corpus, [ev(article="later", **later)])
    assert len(raised) == n_alerts
    assert len(alerts(corpus)) == n_alerts
    if n_alerts:
        a = alerts(corpus)[0]
        assert "unless" in a.summary and a.commitment_text and a.event_text
        assert commitments(corpus)[0].status == "triggered"
        # storing more events does not repeat the alert
        on_new_events(corpus, [])
        assert len(alerts(corpus)) == 1


STRIKE = "US forces struck a Kataib Hezbollah weapons depot near al-Qaim in western Iraq"


def test_five_reports_one_incident(corpus):
    texts = [
        STRIKE + " on Saturday, officials said.",
        "American warplanes hit a Kataib Hezbollah depot near al-Qaim, Iraq, overnight.",
        "A U.S. strike destroyed a weapons depot of Kataib Hezbollah close to al-Qaim.",
        "The Pentagon said it struck Kataib Hezbollah near the Syrian border at al-Qaim.",
        "Kataib Hezbollah said a US raid hit its depot in al-Qaim; the group vowed revenge.",
    ]
    dates = ["2024-02-03", "2024-02-03", "2024-02-04", "2024-02-03", "2024-02-04"]
    events = [ev("ASSAULT", ["USA.MIL"], ["KATAIB_HEZBOLLAH"], date=d, article=f"r{i}", text=t, country="IRQ")
              for i, (t, d) in enumerate(zip(texts, dates))]
    # a different strike: three days later, and one on another dyad the same day
    events.append(ev("ASSAULT", ["USA"], ["KATAIB_HEZBOLLAH"], date="2024-02-08", article="r9", text=STRIKE + " again.", country="IRQ"))
    events.append(ev("ASSAULT", ["ISR"], ["HEZBOLLAH"], date="2024-02-03", article="r8", text="Israel struck Hezbollah.", country="LBN"))
    store(corpus, events)
    inc = incidents(corpus)
    big = [i for i in inc if i.n_articles > 1]
    assert len(big) == 1 and big[0].n_articles == 5 and big[0].recipient == ("KATAIB_HEZBOLLAH",)
    assert len(inc) == 3


def test_network_counts_incidents_not_reports(corpus):
    events = [ev("ASSAULT", ["ISR"], ["HAMAS"], article=f"r{i}", text="Israeli jets struck Hamas in Gaza city.") for i in range(4)]
    events.append(ev("AID", ["USA"], ["ISR"], article="x", text="The US sent military aid to Israel."))
    store(corpus, events)
    g = build_network(corpus)
    assert g["ISR"]["HAMAS"]["n"] == 1 and g["ISR"]["HAMAS"]["weight"] < 0
    assert g["USA"]["ISR"]["weight"] > 0


def test_non_realised_events_stay_out_of_the_network(corpus):
    store(corpus, [ev("ASSAULT", ["IRN"], ["ISR"], negated=True), ev("ASSAULT", ["IRN"], ["USA"], modality="hypothetical", article="b")])
    assert build_network(corpus).number_of_edges() == 0


def test_blocs_two_camps():
    import networkx as nx

    g = nx.Graph()
    friends = [("IRN", "HAMAS"), ("IRN", "HEZBOLLAH"), ("IRN", "HOUTHIS"), ("USA", "ISR"), ("USA", "GBR")]
    foes = [("ISR", "HAMAS"), ("ISR", "HEZBOLLAH"), ("USA", "HOUTHIS"), ("USA", "IRQ.REB"), ("ISR", "IRN"), ("GBR", "HOUTHIS")]
    for a, b in friends:
        g.add_edge(a, b, weight=8.0, n=1)
    for a, b in foes:
        g.add_edge(a, b, weight=-9.0, n=1)
    res = find_blocs(g)
    camp = {k: (v > 0) for k, v in res.membership.items() if v != 0}
    assert camp["IRN"] == camp["HAMAS"] == camp["HEZBOLLAH"] == camp["HOUTHIS"] == camp["IRQ.REB"]
    assert camp["ISR"] == camp["USA"] == camp["GBR"] != camp["IRN"]
    assert res.balance == 1.0


def test_blocs_unbalanced_actor_is_unaligned():
    import networkx as nx

    g = nx.Graph()
    g.add_edge("A", "B", weight=5.0, n=1)
    g.add_edge("C", "D", weight=5.0, n=1)
    g.add_edge("A", "C", weight=-9.0, n=1)
    g.add_edge("B", "D", weight=-9.0, n=1)
    g.add_edge("X", "A", weight=5.0, n=1)
    g.add_edge("X", "C", weight=5.0, n=1)  # friends with both camps
    res = find_blocs(g)
    assert "X" in res.camps["unaligned"]


def test_escalation_spike(corpus):
    events = [ev("CONSULT", ["IRN"], ["ISR"], date=f"2024-01-{d:02d}", article=f"c{d}", text=f"talks {d}") for d in range(1, 29, 3)]
    events += [ev("ASSAULT", ["ISR"], ["IRN"], date="2024-02-01", article=f"s{i}", text=f"Strike number {i} on a base in Isfahan {i*'x'}") for i in range(3)]
    store(corpus, events)
    series = detect_spikes(dyad_series(corpus, "IRN", "ISR"))
    assert series[0]["date"] == "2024-01-01" and series[-1]["date"] == "2024-02-01"
    assert [r["date"] for r in series if r["spike"]] == ["2024-02-01"]
    assert series[-1]["material_conflict"] >= 1 and series[-1]["score"] < 0


def test_incremental_update_keeps_earlier_state(corpus):
    store(corpus, [ev("ASSAULT", ["ISR"], ["HAMAS"], article="a", text="Israel struck Hamas in Gaza.")])
    before = corpus.con.execute("select * from incidents").fetchall()
    store(corpus, [ev("AID", ["USA"], ["ISR"], article="b", text="US aid.")])
    after = corpus.con.execute("select * from incidents").fetchall()
    assert before[0] in after and len(after) == 2


def test_inferred_recipients_make_no_edges_and_raise_no_alerts(corpus):
    """A recipient read from the article rather than the sentence (``Actor.inferred``) is not evidence for the
    analyses: no network edge, no incident recipient, no commitment alert."""
    from dataclasses import replace

    store(corpus, [ev("ASSAULT", ["IRN"], negated=True, modality="conditional", condition=IRAN_RED_LINE, date="2023-11-05", article="seed")])
    strike = ev("ASSAULT", ["ISR"], ["IRN"], date="2024-04-19", article="later")
    guessed = replace(strike, recipient=(replace(strike.recipient[0], inferred=True),))
    assert store(corpus, [guessed]) == [] and alerts(corpus) == []
    assert build_network(corpus).number_of_edges() == 0
    assert [i.recipient for i in incidents(corpus)] == [()]
    # the same act with the recipient named by its sentence (weeks later: its own incident) does all three
    assert len(store(corpus, [replace(strike, id="named", article_id="later2", date="2024-05-30")])) == 1
    assert build_network(corpus).has_edge("ISR", "IRN")


def test_unknown_attackers_are_no_party(corpus):
    """An attacker the text leaves unknown (``UNK``: "a drone struck the car") or an unresolved name (``UNK:x``)
    makes no incident and no network node: unknown attackers of different targets are not one actor."""
    store(corpus, [
        ev("ASSAULT", ["UNK"], ["KATAIB_HEZBOLLAH"], article="u1", text="A drone struck a car carrying a militia commander."),
        ev("ASSAULT", ["UNK"], ["USA.MIL"], article="u2", text="Rockets hit a base housing American troops.", date="2024-01-20"),
        ev("ASSAULT", ["USA.MIL", "UNK"], ["KATAIB_HEZBOLLAH", "UNK:the convoy"], article="u3", date="2024-02-07",
           text="US forces and unidentified aircraft struck a militia convoy."),
    ])
    assert [(i.actor, i.recipient) for i in incidents(corpus)] == [(("USA",), ("KATAIB_HEZBOLLAH",))]
    assert set(build_network(corpus).edges) == {("USA", "KATAIB_HEZBOLLAH")}
    assert set(build_network(corpus, granularity="full").nodes) == {"USA.MIL", "KATAIB_HEZBOLLAH"}
