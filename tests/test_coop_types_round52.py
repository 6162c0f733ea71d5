"""Round 52 (r52d): cooperative acts the coder emitted no event of the type for (AGREE, CONCEDE, AID, RETREAT): captives
freed in an agentless passive, captives to be freed, captives rescued, the pair of "the two sides" among other named
parties. All sentences are invented."""

from helpers import find_event, require_event, rule_events, show_events

# -- captives freed in an agentless passive: let go by whoever held them (RETREAT) --------------------------------------


def test_passive_release_after_an_abduction_is_the_abductors():
    ev = rule_events("Bandits abducted 30 Nigerian farmers in Zamfara state on Monday. The farmers were released on "
                     "Thursday after their families paid a ransom, a local official said.")
    e = require_event(ev, "RETREAT", "NGA")
    assert e.actor_keys == ("NGA.CRM",), show_events(ev)


def test_passive_release_after_a_detention_is_the_polices():
    ev = rule_events("Police in Dhaka detained four opposition activists on Saturday. They were released the next "
                     "morning.")
    require_event(ev, "RETREAT", "BGD.COP")


def test_holder_named_in_the_freed_peoples_relative_clause():
    ev = rule_events("Twelve Kenyan engineers who were held for a week by Somali clan militiamen near the border were "
                     "freed on Friday.")
    e = require_event(ev, "RETREAT", "SOM")
    assert not any(k.startswith("KEN") for k in e.actor_keys), show_events(ev)


def test_passive_release_told_as_a_rescue_gets_no_captor():
    # freed when troops stormed the camp: a rescue by the troops, not the kidnappers letting them go
    ev = rule_events("Kidnappers abducted six Nigerian teachers on Monday. The teachers were freed when Nigerian "
                     "troops stormed the kidnappers' hideout on Wednesday.")
    assert find_event(ev, "RETREAT", "NGA.CRM") is None and find_event(ev, "RETREAT", "UNK") is None, show_events(ev)


def test_passive_release_with_no_captivity_told_stays_unattributed():
    ev = rule_events("The Chilean fishermen were released on Thursday.")
    assert not [e for e in ev if e.event == "RETREAT"], show_events(ev)


# -- captives to be freed: the release (RETREAT), not a concession --------------------------------------------------------


def test_prisoners_to_be_freed_are_a_release():
    ev = rule_events("Venezuela's government said on Friday it would free 120 political prisoners under a deal with "
                     "the opposition.")
    e = require_event(ev, "RETREAT", "VEN")
    assert e.modality == "future", show_events(ev)
    assert find_event(ev, "CONCEDE", "VEN") is None, show_events(ev)


def test_water_to_be_released_stays_a_concession():
    ev = rule_events("Ethiopia will release more water from its dam on the Blue Nile to Sudan, the ministry said.")
    assert find_event(ev, "RETREAT", "ETH") is None, show_events(ev)


def test_announced_withdrawal_stays_a_concession():
    ev = rule_events("Rwanda said on Monday it would withdraw its troops from eastern Congo within 90 days.")
    require_event(ev, "CONCEDE", "RWA")
    assert find_event(ev, "RETREAT", "RWA") is None, show_events(ev)


# -- captives rescued by forces: AID to the people the abduction took --------------------------------------------------


def test_rescued_captives_are_the_abducted_people():
    ev = rule_events("Bandits abducted 40 Nigerian villagers in Niger state on Friday. Nigerian soldiers later rescued "
                     "15 of the captives near the village of Kudu, the army said.")
    e = require_event(ev, "AID", "NGA.MIL")
    assert any(k.startswith("NGA.CVL") for k in e.recipient_keys), show_events(ev)


def test_forces_freeing_hostages_are_no_release():
    # (round 50's reading kept: the sets code such rescues inconsistently, most only the raid; no AID read from "freed")
    ev = rule_events("Indian marines freed the 17 hostages held on a hijacked cargo ship off Somalia on Wednesday.")
    assert find_event(ev, "RETREAT", "IND") is None and find_event(ev, "AID", "IND") is None, show_events(ev)


# -- "the two sides" among other named parties --------------------------------------------------------------------------


def test_two_sides_of_talks_between_them_agree():
    ev = rule_events("Kenya hosted talks between the Sudanese army and the Rapid Support Forces on Monday, where the two "
                     "sides agreed to open humanitarian corridors.")
    e = require_event(ev, "AGREE", "SDN")
    assert "RSF" in e.actor_keys + e.recipient_keys and not any(k.startswith("KEN") for k in e.actor_keys), show_events(ev)


def test_two_countries_are_the_states_not_the_body():
    ev = rule_events("Japan backed Brazil's bid for a seat on the U.N. Security Council during a visit by Prime "
                     "Minister Fumio Kishida on Monday, and the two countries agreed to build a satellite together.")
    e = require_event(ev, "AGREE", "JPN")
    assert "BRA" in e.actor_keys + e.recipient_keys and "UN" not in e.actor_keys, show_events(ev)


def test_announcer_of_the_pairs_agreement_is_no_side():
    ev = rule_events("Ethiopian troops shelled Eritrean border posts on Sunday, hours before Kenya's president announced "
                     "that the two neighbours had agreed to a ceasefire.")
    e = require_event(ev, "AGREE", "ETH")
    assert "ERI" in e.actor_keys + e.recipient_keys and not any(k.startswith("KEN") for k in e.actor_keys), show_events(ev)
