"""Round 52e (spurious false alarms: an act read where the development sets code none of its type). All sentences
are invented."""

import pytest
from helpers import rule_events, show_events


def _types(ev):
    return [e.event for e in ev]


def _has(ev, kind, actor, target=None):
    return any(e.event == kind and any(a.startswith(actor) for a in e.actor_keys)
               and (target is None or any(r.key.startswith(target) for r in e.recipient)) for e in ev)


# -- an offer or proposal turned down: the rejection is the event, the offer no AGREE of its maker ---------------


@pytest.mark.parametrize(
    "text,rejecter,proposer",
    [
        ("Norway rebuffed Turkey's offer to host the peace talks on Monday, saying it was premature.", "NOR", "TUR"),
        ("The Colombian government on Friday rejected a Venezuelan proposal for a joint border commission.", "COL", "VEN"),
        ("Vietnam dismissed China's offer of joint exploration in the disputed waters as a trap.", "VNM", "CHN"),
    ],
)
def test_offer_turned_down_is_no_agreement_of_its_maker(text, rejecter, proposer):
    ev = rule_events(text)
    assert _has(ev, "REJECT", rejecter, proposer), show_events(ev)
    assert not _has(ev, "AGREE", proposer), show_events(ev)


def test_offer_made_stays_an_agreement():
    ev = rule_events("Turkey offered on Monday to host talks between Norway and Sweden.")
    assert _has(ev, "AGREE", "TUR"), show_events(ev)


def test_call_turned_down_stays_a_request():
    ev = rule_events("The Taliban rejected the UN's call to reopen secondary schools for girls on Tuesday.")
    assert _has(ev, "REQUEST", "UN", "TALIBAN"), show_events(ev)


# -- a riot or clash between rival sides is a fight, no protest against the state ----------------------------------


def test_riot_between_rival_gangs_is_no_protest():
    ev = rule_events("Honduran troops retook a prison in Tegucigalpa on Sunday after a riot between rival gangs left "
                     "nine inmates dead.")
    assert "PROTEST" not in _types(ev), show_events(ev)


def test_supporters_of_two_parties_clashing_is_a_fight_not_a_protest():
    ev = rule_events("Supporters of the Awami League and the Bangladesh Nationalist Party clashed with sticks in "
                     "Dhaka on Sunday.")
    assert "PROTEST" not in _types(ev), show_events(ev)
    assert "ASSAULT" in _types(ev), show_events(ev)


def test_protesters_clashing_with_partisans_stay_a_protest():
    ev = rule_events("Anti-government protesters clashed with supporters of the ruling party in Belgrade on Monday.")
    assert "PROTEST" in _types(ev), show_events(ev)


# -- aircraft sent to strike: the strike, not a show of force ------------------------------------------------------


def test_jets_sent_to_strike_are_the_strike():
    ev = rule_events("Thai and Cambodian troops traded fire along the border on Friday, and Thailand sent F-16 jets "
                     "to strike Cambodian army positions.")
    assert _has(ev, "ASSAULT", "THA", "KHM"), show_events(ev)
    assert not _has(ev, "MOBILIZE", "THA"), show_events(ev)


def test_troops_sent_to_fight_stay_a_deployment():
    ev = rule_events("Rwanda sent 400 more troops to Cabo Delgado on Tuesday to fight the insurgents.")
    assert _has(ev, "MOBILIZE", "RWA"), show_events(ev)


# -- people hosted or received who are no visiting party ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Morocco received a record 17 million tourists in 2024, the tourism ministry said on Monday.",
        "Honduras said it had received 150 deportees from Mexico on Thursday.",
    ],
)
def test_crowds_received_are_no_visit(text):
    ev = rule_events(text)
    assert "CONSULT" not in _types(ev), show_events(ev)


def test_named_visitor_hosted_stays_a_visit():
    ev = rule_events("Jordan's foreign minister hosted his Iraqi counterpart in Amman on Sunday.")
    assert "CONSULT" in _types(ev), show_events(ev)


# -- a summit on whose sidelines another act took place ------------------------------------------------------------


def test_summit_on_whose_sidelines_an_accord_was_signed_is_no_meeting_of_its_own():
    ev = rule_events("Chile and Peru signed a fisheries accord on Sunday on the sidelines of the APEC summit.")
    assert not any(e.event == "CONSULT" and "APEC" in e.actor_keys for e in ev), show_events(ev)
    assert "SUPPORT" in _types(ev) or "AGREE" in _types(ev), show_events(ev)
