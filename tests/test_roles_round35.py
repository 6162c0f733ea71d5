"""Round 35 role rules. All sentences are invented."""

from helpers import require_event, rule_events, show_events

# -- a party named with its own descriptor ("the main opposition PDP") is one party, not a joint act of two ---------


def test_descriptor_and_named_party_keep_the_government_they_accuse():
    ev = rule_events("Zimbabwe's main opposition CCC accused the government on Friday of hiding the true size of its "
                     "foreign debt.")
    e = require_event(ev, "ACCUSE", "CCC_ZIMBABWE")
    assert "ZWE.GOV" in e.stated_recipient_keys, show_events(ev)


def test_descriptor_and_named_party_reacting_to_a_verdict_take_the_court():
    ev = rule_events("HARARE — A Zimbabwean court fined a former finance minister for tax evasion on Monday. "
                     "The main opposition Citizens Coalition for Change called the ruling an act of revenge.")
    e = require_event(ev, "ACCUSE", "CCC_ZIMBABWE")
    assert any(r.key.startswith("ZWE.JUD") for r in e.recipient), show_events(ev)


def test_two_parties_of_one_country_acting_together_are_still_two():
    # (not one phrase: two parties joined by "and" stay two actors of a joint act)
    ev = rule_events("The BNP and Jamaat accused the central bank of hiding losses at state lenders.")
    e = require_event(ev, "ACCUSE", "BNP")
    assert {"BNP", "JAMAAT_E_ISLAMI_BANGLADESH"} <= set(e.actor_keys), show_events(ev)


# -- a seizure of power is aimed at the state's government, not at the people of the place it happens in ------------


def test_soldiers_seizing_power_in_the_capital_target_the_government():
    ev = rule_events("Flights resumed at Asuncion's airport on Monday, two days after Paraguayan cavalry officers seized "
                     "power in the capital.")
    e = require_event(ev, "COERCE", "PRY")
    assert "PRY.GOV" in e.stated_recipient_keys and "PRY.CVL" not in e.stated_recipient_keys, show_events(ev)


def test_an_army_seizing_power_with_no_place_targets_the_government():
    ev = rule_events("Lesotho's army seized power on Wednesday.")
    e = require_event(ev, "COERCE", "LSO")
    assert "LSO.GOV" in e.stated_recipient_keys, show_events(ev)


def test_police_seizing_weapons_in_a_city_are_not_aimed_at_the_government():
    ev = rule_events("Nigerien police seized weapons and ammunition in Niamey on Friday.")
    assert not any("NER.GOV" in e.stated_recipient_keys for e in ev), show_events(ev)


