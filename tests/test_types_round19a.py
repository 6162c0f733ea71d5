"""Round 19a of event types: office holders dismissed or fired are ousted (SANCTION), their claims dismissed stay a
rejection; the subject of a passive verb is read as its object by verb + object entries ("troops were sent",
"the ambassador was recalled"); harsh handling promised is a threat ("would be dealt with firmly"), handling
done is not; a party suspending its own role as mediator steps back (RETREAT); more disapproving labels ("an
attempt to", "a ploy", "a threat to its security", "a militarisation of")."""

from helpers import events_of, find_event, rule_events, show_events, types_of

from eventcoder import code_texts


def test_parliament_dismissing_the_prime_minister_is_a_sanction() -> None:
    text = "Peru's Congress voted on Thursday to dismiss the prime minister over the corruption scandal."
    events = code_texts([text])
    assert find_event(events, "SANCTION", "PER"), show_events(events)
    assert not find_event(events, "REJECT", "PER"), show_events(events)


def test_president_firing_a_commander_is_a_sanction() -> None:
    assert events_of("Ukraine's president fired the army commander on Friday.", "SANCTION", "UKR")


def test_claims_dismissed_stay_a_rejection() -> None:
    types = types_of("The Kenyan interior minister dismissed the opposition's claims as baseless.")
    assert "SANCTION" not in types, types


def test_passive_troops_sent_is_a_deployment() -> None:
    events = code_texts(["More Turkish troops were sent to the Syrian border by Ankara on Tuesday."])
    assert find_event(events, "MOBILIZE", "TUR"), show_events(events)


def test_passive_ambassador_recalled_is_a_sanction() -> None:
    events = code_texts(["The Algerian ambassador to Madrid was recalled by Algiers on Friday."])
    assert find_event(events, "SANCTION", "DZA"), show_events(events)


def test_harsh_handling_promised_is_a_threat() -> None:
    assert events_of("The Turkish army will deal decisively with the militants, the defence ministry said.", "THREATEN", "TUR")


def test_harsh_handling_done_is_no_threat() -> None:
    types = types_of("Nigerian police dealt firmly with the looters in Lagos.")
    assert "THREATEN" not in types, types


def test_suspending_its_role_as_mediator_is_a_retreat() -> None:
    events = code_texts(["Egypt suspended its role as mediator between the two factions on Sunday."])
    assert find_event(events, "RETREAT", "EGY"), show_events(events)
    assert not find_event(events, "SANCTION", "EGY"), show_events(events)


def test_label_attempt_to_is_criticism() -> None:
    assert events_of("Malaysia's opposition called the arrest an attempt to silence its leader.", "ACCUSE", "MYS")


def test_label_militarisation_is_criticism() -> None:
    assert events_of("Bolivia's main union called the new law a militarisation of the mining region.", "ACCUSE", "BOL")


def test_reported_threat_to_security_is_criticism() -> None:
    events = code_texts(["Greece said the Turkish naval build-up was a threat to its security."])
    assert find_event(events, "ACCUSE", "GRC"), show_events(events)


def test_reported_ploy_is_criticism() -> None:
    assert events_of("Venezuela's foreign ministry said the Guyanese report was a ploy to justify foreign bases.", "ACCUSE", "VEN")


def test_reported_future_payment_for_wrongs_is_a_threat() -> None:
    events = code_texts(['"These gangs will pay for every drop of blood they spilled," the Honduran army spokesman said.'])
    assert find_event(events, "THREATEN", "HND"), show_events(events)


def test_reported_heavy_price_is_a_threat_by_the_speaker() -> None:
    events = code_texts(["The Iranian foreign minister said Israel would pay a heavy price."])
    assert find_event(events, "THREATEN", "IRN", "ISR"), show_events(events)


def test_paying_for_costs_is_no_threat() -> None:
    types = types_of("The Japanese government said it will pay for the reconstruction of the bridge.")
    assert "THREATEN" not in types, types


def test_price_already_paid_is_no_threat() -> None:
    types = types_of("Kyiv said Russian forces had paid a heavy price near the town.")
    assert "THREATEN" not in types, types


def test_response_to_what_it_called_a_witch_hunt_is_criticism() -> None:
    events = code_texts(['The Hungarian foreign minister said Budapest would "respond accordingly" to what he called a witch hunt by Brussels.'])
    assert find_event(events, "ACCUSE", "HUN"), show_events(events)


def test_recalling_the_charge_d_affaires_is_a_sanction() -> None:
    events = code_texts(["Chad said it was recalling its charge d'affaires from Khartoum."])
    assert find_event(events, "SANCTION", "TCD"), show_events(events)


def test_migrants_transferred_to_detention_are_coerced() -> None:
    events = code_texts(["Greece transferred 60 migrants to a detention centre on Crete on Monday."])
    assert find_event(events, "COERCE", "GRC"), show_events(events)
    assert not find_event(events, "AID", "GRC"), show_events(events)


def test_money_transferred_stays_aid() -> None:
    assert events_of("Norway transferred 60 million euros to the Ukrainian central bank.", "AID", "NOR")


def test_forcibly_returned_migrants_are_coerced() -> None:
    events = code_texts(["Bulgarian border police forcibly returned hundreds of migrants to Turkey."])
    assert find_event(events, "COERCE", "BGR"), show_events(events)


def test_refugee_camps_closed_are_coercion() -> None:
    events = rule_events("Tanzania said it would close the two refugee camps by June.")
    assert find_event(events, "COERCE", "TZA"), show_events(events)


def test_rights_group_stating_abuse_is_an_accusation() -> None:
    text = ("Egypt extended its state of emergency on Monday. Amnesty International said hundreds of students had "
            "been arbitrarily detained under the emergency law.")
    assert events_of(text, "ACCUSE", "AMNESTY")


def test_rights_group_as_source_after_the_news_is_no_accusation() -> None:
    events = events_of("Police killed five protesters in Nairobi on Tuesday, Amnesty International said.", "ACCUSE")
    assert not events, show_events(events)


def test_critics_predicting_failure_is_no_accusation() -> None:
    events = events_of("Amnesty International said the new Chilean plan would fail.", "ACCUSE")
    assert not events, show_events(events)


def test_rights_group_reporting_arrests_is_no_accusation() -> None:
    events = events_of("Peru's army broke up the march. Amnesty International said at least 30 people had been arrested.", "ACCUSE")
    assert not events, show_events(events)


def test_an_attempt_reported_as_a_predicate_needs_a_hostile_aim() -> None:
    # "attempt" disapproves only as a label given ("called the arrest an attempt to silence"), not as what a
    # reported clause says something was
    ev = code_texts(["Israel said the raid was an attempt to free the hostages."])
    assert not any(e.event == "ACCUSE" for e in ev), [(e.event, e.actor_keys, e.recipient_keys) for e in ev]
    # with a hostile aim it is criticism
    ev = code_texts(["Bolivia's government said the blockades were an attempt to topple the president."])
    assert any(e.event == "ACCUSE" for e in ev), [(e.event, e.actor_keys, e.recipient_keys) for e in ev]


def test_a_watchdog_is_named_by_the_subjects_head_not_a_title() -> None:
    ev = code_texts(["Rights Minister Ali Khan said 30 people had been arbitrarily detained."])
    assert not any(e.event == "ACCUSE" for e in ev), show_events(ev)


def test_forces_deployed_since_a_day_are_a_new_move() -> None:
    # "since" marks forces' standing presence only in the passive state ("have been deployed ... since 2021")
    ev = code_texts(["Russia has deployed 10,000 more troops to the border since Monday."])
    assert any(e.event == "MOBILIZE" for e in ev), show_events(ev)
