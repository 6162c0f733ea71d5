"""Round 23 of event types (from the misses of unseen wire text): retribution or a penalty announced in a reported
clause is the speaker's threat (hunting wrongdoers down, resolute measures, consequences to bear, a penalty set for
whoever acts so), measures of relief are none; security forces that block people, boats or a way coerce them, and
their barricades are no protest; a natural hazard that kills is no party, as the agent of a passive or through a
participle clause."""

from helpers import find_event, rule_events, show_events


def test_retribution_announced_in_a_quote_is_a_threat() -> None:
    events = rule_events('"We are going to hunt them down one by one," Nigeria\'s defence minister said.')
    assert find_event(events, "THREATEN", "NGA"), show_events(events)
    events = rule_events('"We will punish those responsible," Pakistan\'s interior minister said.')
    assert find_event(events, "THREATEN", "PAK"), show_events(events)


def test_resolute_measures_and_consequences_are_threats() -> None:
    events = rule_events("Vietnam's foreign ministry said it would take necessary measures to protect its fishermen.")
    assert find_event(events, "THREATEN", "VNM"), show_events(events)
    events = rule_events('"Those who drafted this report will bear the consequences," a Venezuelan minister said.')
    assert find_event(events, "THREATEN", "VEN"), show_events(events)
    events = rule_events("Algeria said it reserved the right to take all necessary measures to defend its interests.")
    assert find_event(events, "THREATEN", "DZA"), show_events(events)


def test_measures_of_relief_are_no_threat() -> None:
    events = rule_events("The Chinese government said it would take all necessary measures to help flood victims.")
    assert not find_event(events, "THREATEN", "CHN"), show_events(events)


def test_a_penalty_set_for_conduct_is_a_threat() -> None:
    events = rule_events("Ghana's health ministry said nurses who did not return to work by Friday would be dismissed.")
    assert find_event(events, "THREATEN", "GHA"), show_events(events)
    events = rule_events("The Turkish interior minister said those who organised the riots would be found and punished.")
    assert find_event(events, "THREATEN", "TUR"), show_events(events)


def test_a_penalty_for_named_people_or_a_plain_future_is_no_threat() -> None:
    events = rule_events("The Egyptian court said the defendants would be jailed next week.")
    assert not find_event(events, "THREATEN", "EGY"), show_events(events)
    events = rule_events("The Brazilian president said he would pursue reforms to attract investment.")
    assert not find_event(events, "THREATEN", "BRA"), show_events(events)
    events = rule_events("Iran said on Tuesday that it would not take any measures against the inspectors.")
    assert not find_event(events, "THREATEN", "IRN"), show_events(events)


def test_forces_that_block_people_or_boats_coerce_them() -> None:
    events = rule_events("Serbian riot police blocked a column of students from reaching the presidency.")
    assert find_event(events, "COERCE", "SRB.COP"), show_events(events)
    events = rule_events("Chinese coast guard ships blocked two Philippine fishing boats near the shoal.")
    assert find_event(events, "COERCE", "CHN", "PHL"), show_events(events)


def test_the_forces_barricades_are_no_protest() -> None:
    events = rule_events("Indian farmers tried to march to the capital, but police blocked them at the border with concrete barricades.")
    assert find_event(events, "COERCE", "IND.COP"), show_events(events)
    assert not find_event(events, "PROTEST", "IND.COP"), show_events(events)


def test_blocking_by_others_is_not_read_as_forces_coercion() -> None:
    events = rule_events("Bolivian farmers blocked roads around La Paz.")
    assert find_event(events, "PROTEST", "BOL"), show_events(events)
    assert not find_event(events, "COERCE", "BOL"), show_events(events)
    events = rule_events("Serbian protesters blocked police vans from leaving the square.")
    assert not find_event(events, "COERCE", "SRB"), show_events(events)
    events = rule_events("Hungary blocked the EU aid package for Ukraine.")
    assert find_event(events, "REJECT", "HUN"), show_events(events)


def test_a_natural_hazard_that_kills_is_no_party() -> None:
    events = rule_events("At least nine Vietnamese villagers were killed by falling trees and landslides.")
    assert not [e for e in events if e.event == "ASSAULT"], show_events(events)
    events = rule_events("Japan sent aid to victims of the typhoon that struck the Philippine coast last week, killing more than 150 people.")
    assert not [e for e in events if e.event == "ASSAULT"], show_events(events)


def test_an_attack_that_kills_is_still_an_assault() -> None:
    events = rule_events("Three Afghan policemen were killed by Taliban gunmen in Kunduz.")
    assert find_event(events, "ASSAULT", "TALIBAN"), show_events(events)
    events = rule_events("Russian missiles struck Kyiv overnight, killing five civilians.")
    assert find_event(events, "ASSAULT", "RUS"), show_events(events)


def test_forces_that_clear_camps_or_blockades_coerce() -> None:
    events = rule_events("Greek police cleared makeshift migrant camps near the port of Patras.")
    assert find_event(events, "COERCE", "GRC.COP"), show_events(events)


def test_clearing_mines_or_a_name_is_no_coercion() -> None:
    events = rule_events("Ukrainian soldiers cleared mines from the fields near Kherson.")
    assert not find_event(events, "COERCE", "UKR"), show_events(events)
    events = rule_events("An Indian police inquiry cleared the officers of wrongdoing.")
    assert not find_event(events, "COERCE", "IND"), show_events(events)


def test_a_wave_of_attacks_that_kills_is_no_hazard() -> None:
    events = rule_events("A wave of Russian drone attacks killed six civilians in Odesa.")
    assert find_event(events, "ASSAULT", "RUS"), show_events(events)


def test_people_forced_across_a_border_are_coerced() -> None:
    events = rule_events("Iran forced more than 20,000 Afghans across the border in April.")
    assert find_event(events, "COERCE", "IRN"), show_events(events)
    events = rule_events("Ukrainian troops forced their way across the river near Kherson.")
    assert not find_event(events, "COERCE", "UKR"), show_events(events)


def test_a_sum_in_a_currency_released_as_aid_is_aid() -> None:
    events = rule_events("Canada said it was releasing 5 million dollars in emergency aid for flood victims in Pakistan.")
    assert find_event(events, "AID", "CAN"), show_events(events)
    assert not find_event(events, "RETREAT", "CAN"), show_events(events)


def test_more_labels_of_blame_are_criticism() -> None:
    events = rule_events('Morocco called the UN report "a deviation from international law".')
    assert find_event(events, "ACCUSE", "MAR", "UN"), show_events(events)
    events = rule_events('Afghan Taliban officials called the Iranian deportations "cruel and hasty".')
    assert find_event(events, "ACCUSE", "TALIBAN", "IRN"), show_events(events)


def test_a_label_of_praise_is_still_no_criticism() -> None:
    events = rule_events('Morocco called the UN report "a milestone for the region".')
    assert not find_event(events, "ACCUSE", "MAR"), show_events(events)


# Review mends (session 9): negatives with words outside the lists the rules read


def test_clearing_a_road_is_no_coercion_but_clearing_a_crowd_is() -> None:
    events = rule_events("Nigerian soldiers cleared the road after the landslide.")
    assert not find_event(events, "COERCE", "NGA"), show_events(events)
    events = rule_events("Peruvian police cleared the highway of protesters on Monday.")
    assert find_event(events, "COERCE", "PER.COP"), show_events(events)


def test_pursuing_a_thing_or_tracking_closely_is_no_threat() -> None:
    events = rule_events("The Kenyan interior minister said the police would pursue it vigorously.")
    assert not find_event(events, "THREATEN", "KEN"), show_events(events)
    events = rule_events("The Kenyan interior minister said the police would track them closely.")
    assert not find_event(events, "THREATEN", "KEN"), show_events(events)
    events = rule_events('"We will track them down wherever they are," the Kenyan interior minister said.')
    assert find_event(events, "THREATEN", "KEN"), show_events(events)


def test_a_sum_of_aid_in_any_currency_is_aid() -> None:
    events = rule_events("Germany said it was releasing 5 million euros of aid for flood victims in Pakistan.")
    assert find_event(events, "AID", "DEU"), show_events(events)
    assert not find_event(events, "RETREAT", "DEU"), show_events(events)
    events = rule_events("Israel said it was releasing 20 million shekels in aid for Gaza.")
    assert find_event(events, "AID", "ISR"), show_events(events)
    assert not find_event(events, "RETREAT", "ISR"), show_events(events)
