"""Round 11 of event types: own measures approved or signed, thanks for an act, "anti-" targets, orders to one's own forces."""

from helpers import events_of, show_events, types_of


def test_a_parliament_approving_its_own_budget_is_no_support() -> None:
    assert "SUPPORT" not in types_of("Peru's congress approved the national budget on Monday.")


def test_a_decree_signed_by_a_president_is_no_support() -> None:
    assert "SUPPORT" not in types_of("The new curfew took effect under a decree signed by the Bolivian president on Friday.")


def test_two_states_signing_a_pact_still_support_each_other() -> None:
    evs = events_of("Norway and Iceland signed a fisheries agreement on Tuesday.", "SUPPORT")
    assert evs and {"NOR", "ISL"} <= {k.split(".")[0] for e in evs for k in e.actor_keys}, show_events(evs)


def test_ratifying_with_a_named_partner_is_kept() -> None:
    assert events_of("Chile ratified the border treaty with Argentina.", "SUPPORT", "CHL")


def test_the_support_one_is_thanked_for_is_no_new_event() -> None:
    evs = events_of("The Colombian president thanked Spain for its support during the floods.", "SUPPORT")
    assert evs and all(not any(k.startswith("ESP") for k in e.actor_keys) for e in evs), show_events(evs)


def test_aid_one_is_grateful_for_is_no_new_event() -> None:
    assert not events_of("Kenya's foreign minister said he was grateful for Ugandan assistance.", "AID", "UGA")


def test_anti_government_protests_are_against_the_government() -> None:
    evs = events_of("Serbia's prime minister resigned amid mounting anti-government protests.", "PROTEST")
    assert evs and all("SRB.GOV" not in e.actor_keys for e in evs), show_events(evs)
    assert any("SRB.GOV" in e.recipient_keys for e in evs), show_events(evs)


def test_an_anti_state_rally_names_its_target() -> None:
    evs = events_of("Thousands of students joined an anti-Israel rally in London on Saturday.", "PROTEST")
    assert evs and all(not any(k.startswith("ISR") for k in e.actor_keys) for e in evs), show_events(evs)


def test_an_order_to_ones_own_fighters_is_the_act_ordered() -> None:
    types = types_of("The rebel commander in Idlib ordered his fighters to withdraw from the town near Damascus.")
    assert "RETREAT" in types and "REQUEST" not in types and "MOBILIZE" not in types, types


def test_an_order_to_own_troops_to_attack_is_the_attack() -> None:
    types = types_of("Azerbaijan's president ordered his troops to attack Armenian positions.")
    assert "ASSAULT" in types and "MOBILIZE" not in types, types


def test_troops_sent_to_a_place_to_quell_unrest_are_a_deployment() -> None:
    types = types_of("Trump ordered 2,000 National Guard troops to Chicago on Sunday to quell the riots.")
    assert "MOBILIZE" in types and "COERCE" not in types, types
