"""Review of round 52: constructions where round 52's rules also matched ordinary news text with another meaning.
All sentences are invented."""

from helpers import rule_events, show_events


def _has(ev, kind, actor, target=None):
    return any(e.event == kind and any(a.startswith(actor) for a in e.actor_keys)
               and (target is None or any(r.key.startswith(target) for r in e.recipient)) for e in ev)


def _to(ev, kind, target):
    return any(e.event == kind and any(r.key.startswith(target) for r in e.recipient) for e in ev)


# -- "the government" a party of another state's society addresses where it lives is that state's -----------------


def test_exile_group_placed_abroad_addresses_the_host_government():
    ev = rule_events("Afghan rights groups in Pakistan urged the government on Monday to halt the deportation of refugees.")
    assert _to(ev, "REQUEST", "PAK"), show_events(ev)
    assert not _to(ev, "REQUEST", "AFG"), show_events(ev)


def test_domestic_group_still_addresses_its_own_government():
    ev = rule_events("Zambian rights groups urged the government on Monday to publish the terms of the mining deal.")
    assert _to(ev, "REQUEST", "ZMB"), show_events(ev)


# -- a captive freed elsewhere is no release by the captor of an unrelated arrest --------------------------------


def test_release_of_another_states_captive_is_not_the_latest_arresters():
    ev = rule_events("Police detained 30 protesters in Algiers on Friday. Meanwhile, an American journalist was freed "
                     "in Moscow after a prisoner swap with Washington.")
    assert not any(e.event == "RETREAT" and any(a.startswith("DZA") for a in e.actor_keys) for e in ev), show_events(ev)


# -- talks named by their sides on whose sidelines others met are still held --------------------------------------


def test_talks_between_named_sides_on_whose_sidelines_others_met_stay_a_meeting():
    ev = rule_events("The French and Indian foreign ministers met on the sidelines of peace talks between Armenia and "
                     "Azerbaijan in Geneva.")
    assert any(e.event == "CONSULT" and {"ARM", "AZE"} <= {a.split(".")[0] for a in [*e.actor_keys, *(r.key for r in e.recipient)]}
               for e in ev), show_events(ev)


# -- leaders hosted in numbers still come to a meeting ------------------------------------------------------------


def test_leaders_counted_in_tens_are_still_guests_of_a_meeting():
    ev = rule_events("Chinese President Xi Jinping will host 50 African leaders in Beijing next month for a summit on trade.")
    assert _has(ev, "AGREE", "CHN") or _has(ev, "CONSULT", "CHN"), show_events(ev)


# -- a joined crowd rioting with the state's guards is one side: the riot stays a protest -------------------------


def test_joined_crowd_rioting_with_guards_stays_a_protest():
    ev = rule_events("Hundreds of dock workers and their wives rioted with security guards outside the port in Mombasa on Monday.")
    assert any(e.event == "PROTEST" for e in ev), show_events(ev)
