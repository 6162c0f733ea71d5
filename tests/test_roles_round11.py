"""Round 11 role rules: who acts when a force is sent by another state, or an institution is named by its city."""

from helpers import find_event, show_events

from eventcoder.pipeline import code_texts


def test_sent_force_acts_for_its_sender():
    ev = code_texts(["Soldiers sent to Russia by North Korea attacked Ukrainian positions."])
    assert find_event(ev, "ASSAULT", "PRK", "UKR") is not None, show_events(ev)
    assert find_event(ev, "ASSAULT", "RUS") is None, show_events(ev)


def test_city_named_court_is_the_actor_of_its_sentence():
    ev = code_texts(["A Moscow court jailed the reporter for six years on Tuesday."])
    e = find_event(ev, "COERCE", "RUS")
    assert e is not None and "RUS.JUD" in e.actor_keys, show_events(ev)
