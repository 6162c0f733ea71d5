"""Review of round 49: the cases where the round's rules overreached, each a construction of ordinary news the rule
must leave alone. All sentences are invented."""

from __future__ import annotations

import pytest
from helpers import find_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,target,home",
    [
        ("Hezbollah fighters attacked a town near the frontier, the Israeli army said.", "HEZBOLLAH", "ISR", "LBN"),
        ("Houthi rebels attacked a city in a drone raid, Saudi officials said.", "HOUTHIS", "SAU", "YEM"),
        ("Boko Haram fighters raided a village near Lake Chad, Cameroon's defence ministry said.", "BOKO_HARAM", "CMR", "NGA"),
    ],
)
def test_a_state_reporting_a_raid_across_its_border_stays_the_target(text, actor, target, home):
    # the reporting state (or its forces) is the side attacked; the group's own state is not the target
    ev = [e for e in rule_events(text) if e.actor and e.actor[0].key == actor]
    keys = [r.key.split(".")[0] for e in ev for r in e.recipient]
    assert target in keys and home not in keys, show_events(ev)


def test_a_route_that_is_the_acts_object_keeps_its_end():
    ev = rule_events("Azerbaijan blocked the only road to Armenia on Monday, officials in Yerevan said.")
    assert any(e.recipient and e.recipient[0].key.startswith("ARM") for e in ev if e.actor and e.actor[0].key == "AZE"), show_events(ev)


def test_a_name_after_a_title_with_a_participle_is_a_passive():
    # "the activist X detained in Kampala": X was detained; X detained no one
    ev = rule_events("Uganda freed the activist Stella Nyanzi detained in Kampala last month.")
    assert not any(e.event in ("COERCE", "ASSAULT") and e.actor and e.actor[0].key.endswith(".CVL") for e in ev), show_events(ev)


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Ethiopia and Eritrea exchanged ambassadors in 2018. Talks between Ethiopian and Tigrayan leaders stalled in "
         "Pretoria. Each side accused the other of bad faith.", {"ETH", "ERI"}),
        ("The United States and Britain fought together in Iraq. Russia and China met in Beijing on Monday. Each side "
         "accused the other of lying.", {"USA", "GBR"}),
    ],
)
def test_exchanging_envoys_or_fighting_together_is_no_clash(text, wrong):
    ev = rule_events(text)
    for e in ev:
        if e.event == "ACCUSE":
            assert {a.key.split(".")[0] for a in e.actor} != wrong, show_events(ev)


def test_an_exchange_of_fire_names_the_sides_of_a_reciprocal_accusation():
    ev = rule_events("Thai and Cambodian troops exchanged fire at the border. Mediators from Malaysia and China urged "
                     "calm. Each side blamed the other for the fighting.")
    assert any(e.event == "ACCUSE" and {a.key.split(".")[0] for a in e.actor} == {"THA", "KHM"} for e in ev), show_events(ev)


def test_agreeing_with_a_party_to_ease_a_measure_is_an_agreement():
    ev = rule_events("Russia agreed with Ukraine to ease restrictions on grain shipments.")
    assert find_event(ev, "AGREE", "RUS", "UKR") is not None, show_events(ev)


def test_an_agreement_named_on_a_noun_is_no_act_done_under_it():
    ev = rule_events("Traders in Accra said the rights of Togolese hawkers under its 2019 agreement with Togo were ignored.")
    assert find_event(ev, "AGREE", "GHA", "TGO") is None, show_events(ev)


def test_asking_an_addressee_not_to_be_named_is_a_request():
    ev = rule_events("Ukraine asked the United States not to be named in the report on the strike.")
    assert find_event(ev, "REQUEST", "UKR", "USA") is not None, show_events(ev)
