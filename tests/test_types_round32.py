"""Round 32 of event types: general mechanisms read from the development sets' ledes."""

from helpers import find_event, rule_events, show_events

# --- a state's protest (a country, its capital) is a diplomatic protest: ACCUSE, not a street PROTEST -------------

def test_a_state_protesting_accuses() -> None:
    for text, actor in (("Chile protested on Monday against Bolivian fishing near its northern coast.", "CHL"),
                        ("Beijing protested strongly against the arms sale to Taiwan.", "CHN"),
                        ("Greece protested against the pipeline deal, saying the route crossed its waters.", "GRC")):
        events = rule_events(text)
        assert find_event(events, "ACCUSE", actor), (text, show_events(events))
        assert not find_event(events, "PROTEST", actor), (text, show_events(events))


def test_a_states_protest_named_as_a_noun_accuses() -> None:
    for text, actor in (("Hungary dismissed Romania's formal protest about the new citizenship law.", "ROU"),
                        ("The new tariffs prompted an angry protest from Ottawa.", "CAN")):
        events = rule_events(text)
        assert find_event(events, "ACCUSE", actor), (text, show_events(events))
        assert not find_event(events, "PROTEST", actor), (text, show_events(events))


def test_crowds_and_mass_protests_stay_protests() -> None:
    for text in ("Thousands of Kenyans protested against the tax bill in Nairobi.",
                 "Strikes and street protests in Bolivia went into a third week on Monday as police detained dozens.",
                 "Georgia's biggest protest in years drew 100,000 people to Tbilisi.",
                 "Mass protests across Georgia forced the government to drop the bill."):
        events = rule_events(text)
        assert not [e for e in events if e.event == "ACCUSE"], (text, show_events(events))



# --- a coercive measure a party accepts or receives is not the receiver's coercion --------------------------------

def test_accepting_deportation_flights_is_no_coercion_by_the_receiver() -> None:
    for text, actor in (("Costa Rica agreed to accept deportation charters sent by Panama.", "CRI"),
                        ("Nicaragua will receive deportation flights from Costa Rica starting next month.", "NIC")):
        events = rule_events(text)
        assert not find_event(events, "COERCE", actor), (text, show_events(events))


def test_a_state_deporting_still_coerces() -> None:
    events = rule_events("The United States deported 120 Guatemalans on Tuesday.")
    assert find_event(events, "COERCE", "USA"), show_events(events)


# --- power cut as the result of a strike is the strike's toll, no coercion of its own -----------------------------

def test_power_cut_by_a_strike_is_no_coercion() -> None:
    events = rule_events("Russian drones struck a substation outside Kharkiv, cutting electricity to 40,000 people.")
    assert find_event(events, "ASSAULT", "RUS"), show_events(events)
    assert not find_event(events, "COERCE", "RUS"), show_events(events)


def test_power_cut_by_a_government_still_coerces() -> None:
    events = rule_events("Ethiopia's government cut power and internet to the Tigray region on Monday.")
    assert find_event(events, "COERCE", "ETH"), show_events(events)


# --- a wrong a speaker says another party did (intruded, violated, meddled) is the speaker's accusation -----------

def test_a_wrong_said_of_another_party_is_an_accusation() -> None:
    for text, speaker, doer in (("Nicosia said Turkish military jets had intruded into Cypriot airspace overnight.", "CYP", "TUR"),
                                ("Lithuania said a Belarusian helicopter had violated its airspace on Tuesday.", "LTU", "BLR"),
                                ("Vilnius said Minsk was meddling in its elections.", "LTU", "BLR"),
                                ("The OPCW executive council declared that Syria was breaching its chemical weapons obligations.", "OPCW",
                                 "SYR")):
        events = rule_events(text)
        assert find_event(events, "ACCUSE", speaker, doer), (text, show_events(events))


def test_a_denied_or_own_wrong_is_no_accusation() -> None:
    for text in ("The Omani government said it had never meddled in the politics of Yemen.",
                 "Moscow said its forces had not violated Finnish airspace.",
                 "Vietnam said its own fishing boats had intruded into the zone by mistake."):
        events = rule_events(text)
        assert not [e for e in events if e.event == "ACCUSE"], (text, show_events(events))


def test_a_wrong_in_a_condition_or_found_by_a_firm_is_no_accusation() -> None:
    for text in ('"If Eritrea violates the ceasefire line again, we will answer with force," the Ethiopian defence minister said.',
                 "Russian hackers breached the servers of the German parliament, Microsoft said."):
        events = rule_events(text)
        assert not [e for e in events if e.event == "ACCUSE"], (text, show_events(events))

