"""Round 29 of event types: mends from the review of round 28 (an attack or clash named as where a party's act
happened may be another party's; one party whose name holds "and"; relief rules and the wounded; a crowd's charge;
a cultural event called off with no party), then round 29's rules: a party put on (or taken off) a terror or
sanctions list, and a past act joined after a past-tense condition clause read as the main clause's."""

from helpers import find_event, rule_events, show_events


def test_an_attack_by_the_other_side_is_no_setting_of_the_kills() -> None:
    events = rule_events("Somali troops killed 15 fighters during an al Shabaab assault on a base near Kismayo.")
    assert find_event(events, "ASSAULT", "SOM"), show_events(events)
    assert find_event(events, "ASSAULT", "AL_SHABAAB"), show_events(events)


def test_clashes_where_arrests_were_made_are_still_coded() -> None:
    events = rule_events("Bolivian police detained 60 miners during clashes with strikers near La Paz.")
    assert find_event(events, "COERCE", "BOL"), show_events(events)
    assert [e for e in events if e.event == "ASSAULT"], show_events(events)


def test_a_sweep_by_the_same_party_is_the_setting_of_its_arrests() -> None:
    events = rule_events("Moroccan gendarmes detained a dozen smugglers during a sweep of the port district of Tangier.")
    assert len([e for e in events if e.event in ("COERCE", "ASSAULT")]) == 1, show_events(events)


def test_one_party_whose_name_holds_and_agrees_alone() -> None:
    events = rule_events("Nepal's Ministry of Industry and Commerce agreed on Tuesday to lift the ban on Indian onions.")
    assert [e for e in events if e.event == "CONCEDE"], show_events(events)


def test_the_envoys_of_two_states_agree_jointly() -> None:
    events = rule_events("The envoys of Peru and Chile agreed in Lima to reopen the Tacna border post.")
    assert [e for e in events if e.event == "AGREE"], show_events(events)
    assert not [e for e in events if e.event in ("CONCEDE", "RETREAT")], show_events(events)


def test_the_wounded_carried_to_hospital_are_no_aid() -> None:
    events = rule_events("Afghan rescuers rushed the injured to hospitals in Herat after the quake on Saturday.")
    assert not [e for e in events if e.event == "AID"], show_events(events)
    events = rule_events("Pakistani army helicopters flew the wounded to a military hospital in Rawalpindi.")
    assert not [e for e in events if e.event == "AID"], show_events(events)


def test_relief_carried_to_hospitals_is_still_aid() -> None:
    events = rule_events("Qatar ferried food and tents to the flooded Sindh province of Pakistan on Friday.")
    assert find_event(events, "AID", "QAT", "PAK"), show_events(events)


def test_a_crowds_charge_stays_an_accusation() -> None:
    events = rule_events("Rioters in Maputo accused Mozambique's government of rigging the vote.")
    assert find_event(events, "ACCUSE", "MOZ"), show_events(events)
    assert not [e for e in events if e.event == "PROTEST"], show_events(events)


def test_a_festival_called_off_with_no_party_is_no_sanction() -> None:
    events = rule_events("Kenya cancelled its annual music festival in Mombasa after the floods.")
    assert not [e for e in events if e.event == "SANCTION"], show_events(events)


def test_an_exchange_called_off_with_a_state_stays_a_sanction() -> None:
    events = rule_events("Denmark suspended its school exchange programme with Belarus over the crackdown.")
    assert find_event(events, "SANCTION", "DNK", "BLR"), show_events(events)


def test_a_party_put_on_a_terror_or_sanctions_list_is_sanctioned() -> None:
    events = rule_events("Argentina put Hezbollah back on its list of terrorist organisations on Thursday.")
    assert find_event(events, "SANCTION", "ARG", "HEZBOLLAH"), show_events(events)
    events = rule_events("Washington added five Chinese drone firms to its entity list.")
    assert find_event(events, "SANCTION", "USA", "CHN"), show_events(events)


def test_a_party_taken_off_such_a_list_has_a_measure_lifted() -> None:
    events = rule_events("Canada struck the Sudanese group from its list of terrorist entities on Monday.")
    assert find_event(events, "CONCEDE", "CAN"), show_events(events)


def test_a_site_put_on_a_heritage_list_is_no_sanction() -> None:
    events = rule_events("UNESCO added the old town of Bethlehem to its list of endangered heritage sites.")
    assert not [e for e in events if e.event == "SANCTION"], show_events(events)


def test_a_past_act_joined_after_a_past_condition_is_the_main_clauses() -> None:
    events = rule_events("The AU warned Mali of sanctions unless the military handed power to civilians, and froze the "
                         "country's membership.")
    assert find_event(events, "SANCTION", "AU", "MLI"), show_events(events)
    events = rule_events("SADC threatened to cut aid if Lesotho's army stayed in the streets, and recalled its envoy "
                         "from Maseru on Friday.")
    assert find_event(events, "SANCTION", "SADC"), show_events(events)


def test_two_acts_of_one_condition_stay_the_condition() -> None:
    events = rule_events("The AU warned Mali of sanctions unless the military named a date and freed the president.")
    assert not [e for e in events if e.event == "RETREAT" and not e.conditional], show_events(events)
