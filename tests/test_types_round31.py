"""Round 31 of event types: review of round 30 (mends) and general mechanisms read from the development sets."""

from helpers import find_event, rule_events, show_events

# --- review of round 30: an accidental blast told by its toll is no attack by someone unknown ----------------------

def test_an_industrial_blast_is_no_unknown_attack() -> None:
    for text in ("A gas explosion at a coal mine in Shanxi killed 12 Chinese miners on Monday.",
                 "A blast at a chemical plant near Chittagong killed five Bangladeshi workers.",
                 "An explosion at a fireworks warehouse in Jalisco killed nine Mexican labourers."):
        events = rule_events(text)
        assert not find_event(events, "ASSAULT", "UNK"), (text, show_events(events))


def test_a_blast_with_no_accident_cue_stays_an_unknown_attack() -> None:
    events = rule_events("A blast outside a police station in Quetta killed seven Pakistani officers on Friday.")
    assert find_event(events, "ASSAULT", "UNK", "PAK"), show_events(events)


# --- review of round 30: a thing "described as" an attack is named so as much as one "called" one ------------------

def test_a_thing_described_as_an_attack_is_criticism() -> None:
    events = rule_events("Latvia's defence minister described the jamming of airliners' navigation as a hybrid attack.")
    assert find_event(events, "ACCUSE", "LVA"), show_events(events)


def test_a_raid_described_as_an_operation_is_no_criticism() -> None:
    events = rule_events("The Peruvian army described the raid on the camp as a counter-narcotics operation.")
    assert not [e for e in events if e.event == "ACCUSE"], show_events(events)


# --- a state ordering a body under it to stop, close or leave compels it: COERCE, not a request ------------------

def test_a_state_ordering_a_broadcaster_to_close_coerces() -> None:
    events = rule_events("Uzbekistan ordered Radio Liberty to close its Tashkent bureau on Monday.")
    assert find_event(events, "COERCE", "UZB"), show_events(events)
    assert not find_event(events, "REQUEST", "UZB"), show_events(events)


def test_a_state_ordering_companies_to_halt_work_coerces() -> None:
    events = rule_events("Ecuador ordered two Colombian mining companies to halt operations near the border.")
    assert find_event(events, "COERCE", "ECU", "COL"), show_events(events)


def test_a_court_order_or_an_order_to_own_forces_is_no_coercion() -> None:
    events = rule_events("The International Court of Justice ordered Myanmar to stop the killings of Rohingya civilians.")
    assert not [e for e in events if e.event == "COERCE"], show_events(events)
    events = rule_events("Peru's president ordered the army to halt its advance into the valley.")
    assert not [e for e in events if e.event == "COERCE"], show_events(events)
    events = rule_events("Colombia ordered its soldiers to leave the town.")
    assert not [e for e in events if e.event == "COERCE"], show_events(events)


# --- a measure ordered: the dissolution, closure or shutdown of a body, or a shutdown ordered by a party ----------

def test_an_ordered_dissolution_or_closure_coerces() -> None:
    events = rule_events("The junta in Bamako ordered the dissolution of Mali's opposition parties.")
    assert find_event(events, "COERCE", "MLI"), show_events(events)
    events = rule_events("Sri Lanka's government ordered the closure of Amnesty International's office in Colombo.")
    assert find_event(events, "COERCE", "LKA", "AMNESTY"), show_events(events)


def test_a_closure_of_no_party_named_is_left() -> None:
    events = rule_events("Phone networks came back in northern Iraq on Friday after a three-day blackout ordered by Baghdad.")
    assert not find_event(events, "COERCE", "IRQ", "UN"), show_events(events)


def test_a_closure_with_no_order_or_a_closure_of_talks_is_no_coercion() -> None:
    events = rule_events("The closure of the Ford plant in Brazil cost 5,000 jobs.")
    assert not [e for e in events if e.event == "COERCE"], show_events(events)
    events = rule_events("Kenya's president ordered the closure of the inquiry into the stadium fire.")
    assert not [e for e in events if e.event == "COERCE"], show_events(events)


# --- a demand or an accusation told in a past-perfect relative clause is coded; a physical act there is background --

def test_a_demand_in_a_past_perfect_relative_clause_is_coded() -> None:
    events = rule_events("Bhutan, which had urged Nepal to reopen the mountain pass, welcomed the decision on Monday.")
    assert find_event(events, "REQUEST", "BTN", "NPL"), show_events(events)
    events = rule_events("The talks were called off by Guyana, which had accused Suriname of moving troops to the river.")
    assert find_event(events, "ACCUSE", "GUY", "SUR"), show_events(events)


def test_an_attack_in_a_past_perfect_relative_clause_stays_background() -> None:
    events = rule_events("Ugandan troops pulled out of the villages that they had shelled.")
    assert not [e for e in events if e.event == "ASSAULT" and not e.negated], show_events(events)
