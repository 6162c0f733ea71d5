"""Round 16 of event types: dated hosting of talks, attacks claimed in a later sentence, date phrases that are no
particle of a verb, forces sent to help another state, protests lodged with a party, match reports read through a
switched trigger, and decisions regretted."""

from helpers import events_of, show_events, types_of


def test_dated_hosting_is_a_meeting() -> None:
    evs = events_of("Norway will host talks between Colombia and the ELN rebels in Oslo next week.", "CONSULT", "COL")
    assert evs, show_events(events_of("Norway will host talks between Colombia and the ELN rebels in Oslo next week."))


def test_dated_hosting_on_a_weekday_is_a_meeting() -> None:
    assert "CONSULT" in types_of("Egypt will host talks between Israel and Hamas in Cairo on Tuesday.")


def test_offer_to_host_stays_a_promise() -> None:
    types = types_of("Switzerland offered to host talks between Armenia and Azerbaijan.")
    assert "CONSULT" not in types, types


def test_undated_future_hosting_is_no_meeting() -> None:
    types = types_of("Qatar said it would host talks between the two sides.")
    assert "CONSULT" not in types, types


def test_claim_of_responsibility_names_the_attacker() -> None:
    text = ("A suicide bomber killed 20 people at a market in northern Nigeria on Friday. "
            "Boko Haram later claimed responsibility in a video.")
    evs = events_of(text, "ASSAULT", "BOKO_HARAM")
    assert evs, show_events(events_of(text))


def test_claim_replaces_unnamed_gunmen() -> None:
    text = "Gunmen stormed a hotel in Mogadishu on Sunday, killing nine guests. Al Shabaab claimed responsibility."
    evs = events_of(text, "ASSAULT")
    assert evs and all("AL_SHABAAB" in e.actor_keys for e in evs), show_events(evs)


def test_no_group_claiming_names_no_attacker() -> None:
    text = "A car bomb killed six soldiers in Kirkuk on Monday. No group claimed responsibility."
    evs = events_of(text, "ASSAULT")
    assert all(all(not k.startswith("UNK:") for k in e.actor_keys) for e in evs), show_events(evs)


def test_claim_does_not_take_a_named_attack() -> None:
    text = "Nigerian troops killed 30 militants in Borno state on Monday. Boko Haram claimed responsibility."
    evs = events_of(text, "ASSAULT", "NGA")
    assert evs, show_events(events_of(text))
    assert not events_of(text, "ASSAULT", "BOKO_HARAM")


def test_warning_shots_on_a_weekday_are_a_show_of_force() -> None:
    text = "Indian troops fired warning shots on Sunday after Chinese soldiers approached their positions."
    types = types_of(text, "IND")
    assert "THREATEN" in types and "ASSAULT" not in types, types  # (round 38: was MOBILIZE)


def test_firing_on_a_target_is_still_an_attack() -> None:
    assert "ASSAULT" in types_of("Syrian troops fired on protesters in Deraa on Friday, killing four.", "SYR")


def test_police_sent_to_help_a_state_are_aid() -> None:
    evs = events_of("Kenya sent 400 police officers to Haiti on Tuesday to help fight armed gangs.", "AID", "KEN")
    assert evs and any(k.startswith("HTI") for e in evs for k in e.recipient_keys), show_events(evs)


def test_troops_sent_to_help_a_state_are_aid() -> None:
    assert "AID" in types_of("Rwanda sent 1,000 soldiers to Mozambique in July to help fight Islamist insurgents.", "RWA")


def test_troops_sent_to_back_rebels_stay_a_deployment() -> None:
    types = types_of("Rwanda sent troops to Mozambique to support the rebels.", "RWA")
    assert "AID" not in types, types


def test_troops_deployed_near_a_border_stay_a_deployment() -> None:
    types = types_of("Russia deployed troops to the border with Ukraine on Monday.", "RUS")
    assert "MOBILIZE" in types and "AID" not in types, types


def test_gendarmes_sent_are_a_deployment() -> None:
    assert "MOBILIZE" in types_of("France sent 500 gendarmes to Corsica on Friday after a night of rioting.", "FRA")


def test_patrol_vehicles_are_no_patrol() -> None:
    types = types_of("Japan donated ten patrol vehicles to the Philippine coast guard on Monday.", "JPN")
    assert "MOBILIZE" not in types, types


def test_protest_lodged_with_a_state_is_an_accusation() -> None:
    evs = events_of("Hanoi protested to Beijing on Thursday over the seizure of a fishing boat.", "ACCUSE", "VNM")
    assert evs and any(k.startswith("CHN") for e in evs for k in e.recipient_keys), show_events(events_of(
        "Hanoi protested to Beijing on Thursday over the seizure of a fishing boat."))


def test_crowds_protesting_stay_a_protest() -> None:
    assert "PROTEST" in types_of("Thousands of Kenyans protested in Nairobi on Tuesday against the new tax.")


def test_match_won_before_a_crowd_is_no_riot() -> None:
    types = types_of("Tonga beat Fiji 24-19 in the final of the Pacific Cup on Saturday in front of a sellout crowd.")
    assert "PROTEST" not in types and "ASSAULT" not in types, types


def test_decision_regretted_is_no_apology() -> None:
    types = types_of("Greece's foreign ministry said it regretted the decision by Skopje.", "GRC")
    assert "CONCEDE" not in types, types


def test_regret_expressed_is_still_an_apology() -> None:
    assert "CONCEDE" in types_of("Japan's prime minister expressed regret to South Korea for the incident.", "JPN")


def test_demand_voiced_with_a_lodged_protest_is_a_request() -> None:
    text = "Hanoi protested to Beijing on Thursday over the seizure of a fishing boat, demanding the crew's release."
    evs = events_of(text, "REQUEST", "VNM")
    assert evs, show_events(events_of(text))


def test_demand_voiced_by_marchers_stays_their_protest() -> None:
    types = types_of("Thousands of Jordanians marched through Amman on Friday, demanding that the government scrap the deal.")
    assert "PROTEST" in types and "REQUEST" not in types, types


def test_people_carried_somewhere_are_no_protest() -> None:
    types = types_of("Costa Rica's security minister said his country would take the migrants by bus to the Panama border.")
    assert "PROTEST" not in types, types


def test_people_taken_to_shelters_are_no_protest() -> None:
    types = types_of("Mexico's migration institute said the migrants had been taken to shelters in Tapachula.")
    assert "PROTEST" not in types, types


def test_taking_to_the_streets_stays_a_protest() -> None:
    assert "PROTEST" in types_of("Thousands of Serbians took to the streets of Belgrade on Saturday.")


def test_election_called_rigged_is_an_accusation() -> None:
    assert "ACCUSE" in types_of("Belarus's opposition leader called the vote fraudulent and demanded a recount.", "BLR")


def test_election_called_a_success_is_no_accusation() -> None:
    types = types_of("Kenya's president called the election a success for democracy.", "KEN")
    assert "ACCUSE" not in types, types


def test_border_checkpoints_closed_are_a_restriction() -> None:
    evs = events_of("Peru closed three border checkpoints with Bolivia on Wednesday.", "SANCTION", "PER")  # round 51: a closure is SANCTION
    assert evs and any(k.startswith("BOL") for e in evs for k in e.recipient_keys), show_events(evs)
