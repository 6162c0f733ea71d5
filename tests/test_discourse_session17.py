"""Session 17: two article-level repairs of the act record. A vow to avenge a victim threatens whoever harmed the
victim; one attack told twice in a sentence keeps the reading whose attacker the sentence names."""

from __future__ import annotations

from helpers import rule_events, show_events


def _has(events, etype, actor_top, recipient_top):
    return any(e.event == etype and any(a.key.split(".")[0] == actor_top for a in e.actor)
               and any(r.key.split(".")[0] == recipient_top for r in e.recipient) for e in events)


def test_a_vow_to_avenge_a_victim_threatens_the_attacker():
    text = ("A Turkish drone strike killed three fighters of the Kurdistan Workers' Party near Sinjar on Monday. "
            "Kurdish militias vowed to avenge the fighters of the Kurdistan Workers' Party.")
    events = rule_events(text, published="2025-05-12")
    threats = [e for e in events if e.event == "THREATEN"]
    assert threats, show_events(events)
    assert any(any(r.key.startswith("TUR") for r in e.recipient) for e in threats), show_events(events)
    assert not any(any(r.key == "PKK" for r in e.recipient) for e in threats), show_events(events)


def test_a_threat_without_avenging_keeps_its_object():
    text = ("A Turkish drone strike killed three fighters of the Kurdistan Workers' Party near Sinjar on Monday. "
            "Iraq's government warned the Kurdistan Workers' Party to leave the town.")
    events = rule_events(text, published="2025-05-12")
    assert not any(e.event == "THREATEN" and any(r.key.startswith("TUR") for r in e.recipient) for e in events), show_events(events)


def test_one_attack_told_twice_keeps_the_named_attacker():
    text = ("A senior commander of Harakat al-Nujaba was killed on Tuesday when his truck was struck by a missile "
            "fired from an American drone near Qaim, officials said.\n\n"
            "The group said in March that it would stop attacks on US bases after a drone attack that Washington "
            "blamed on the Islamic Resistance in Iraq.")
    events = rule_events(text, published="2025-02-02")
    assert _has(events, "ASSAULT", "USA", "HARAKAT_AL_NUJABA"), show_events(events)
    assert not _has(events, "ASSAULT", "ISLAMIC_RESISTANCE_IRAQ", "HARAKAT_AL_NUJABA"), show_events(events)


def test_two_attacks_each_with_its_named_attacker_stay():
    text = ("Militants of the Islamic Resistance in Iraq fired rockets at a base housing Harakat al-Nujaba fighters, "
            "and an American drone struck the Harakat al-Nujaba compound near Qaim on Tuesday.")
    events = rule_events(text, published="2025-02-02")
    assert _has(events, "ASSAULT", "USA", "HARAKAT_AL_NUJABA"), show_events(events)
    assert _has(events, "ASSAULT", "ISLAMIC_RESISTANCE_IRAQ", "HARAKAT_AL_NUJABA"), show_events(events)
