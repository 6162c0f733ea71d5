"""Round 35 role rules. All sentences are invented."""

from helpers import require_event, rule_events, show_events

# -- a party named with its own descriptor ("the main opposition PDP") is one party, not a joint act of two ---------


def test_descriptor_and_named_party_keep_the_government_they_accuse():
    ev = rule_events("Ugandan police detained a senior NUP official on Friday, and Uganda's main opposition NUP accused "
                     "the government of silencing critics.")
    e = require_event(ev, "ACCUSE", "NUP")
    assert "UGA.GOV" in e.stated_recipient_keys, show_events(ev)


def test_descriptor_and_named_party_reacting_to_a_verdict_take_the_court():
    ev = rule_events("LAHORE — A Pakistani court jailed a former interior minister for six years on Monday. "
                     "The main opposition Pakistan Tehreek-i-Insaf called the ruling a political vendetta.")
    e = require_event(ev, "ACCUSE", "PTI")
    assert any(r.key.startswith("PAK.JUD") for r in e.recipient), show_events(ev)


def test_two_parties_of_one_country_acting_together_are_still_two():
    # (not one phrase: two parties joined by "and" stay two actors of a joint act)
    ev = rule_events("The PTI and the PPP accused the election commission of rigging the count in Sindh.")
    e = require_event(ev, "ACCUSE", "PTI")
    assert {"PTI", "PPP"} <= set(e.actor_keys), show_events(ev)


# -- a seizure of power is aimed at the state's government, not at the people of the place it happens in ------------


def test_soldiers_seizing_power_in_the_capital_target_the_government():
    ev = rule_events("The regional bloc suspended Niger on Friday, two days after a unit of the presidential guard seized "
                     "power in Niamey.")
    e = require_event(ev, "COERCE", "NER")
    assert "NER.GOV" in e.stated_recipient_keys and "NER.CVL" not in e.stated_recipient_keys, show_events(ev)


def test_an_army_seizing_power_with_no_place_targets_the_government():
    ev = rule_events("Gabon's army seized power on Wednesday.")
    e = require_event(ev, "COERCE", "GAB")
    assert "GAB.GOV" in e.stated_recipient_keys, show_events(ev)


def test_police_seizing_weapons_in_a_city_are_not_aimed_at_the_government():
    ev = rule_events("Nigerien police seized weapons and ammunition in Niamey on Friday.")
    assert not any("NER.GOV" in e.stated_recipient_keys for e in ev), show_events(ev)


