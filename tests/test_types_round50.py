"""Round 50 (r50b): untyped misses of REJECT, AID, SUPPORT and THREATEN. A denial in a relative clause on the charge
that sums up an accusation ("..., a claim that Caracas rejected", "..., a charge Kigali denied") is the charged
party's reply; a peacekeeping mandate extended or renewed, or a force authorised for a state, backs that state; an
infinitive the tagger misread as an adverb ("to authorise") is still read as a verb; relief vehicles reaching a place
deliver aid; the giver named in a passive with a second object ("granted asylum by Brazil") gives it; a speech act
the parser joins to a reported copular clause ("said the dead were civilians and vowed to retaliate") is the
reporter's. Invented sentences."""

from __future__ import annotations

from helpers import find_event, require_event, rule_events, show_events


def test_denial_of_a_summed_up_charge_hung_in_the_of_phrase() -> None:
    text = "Ghana accused Togo of sheltering smugglers near the Aflao border post, a claim that Lome rejected."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "REJECT", "TGO", "GHA")


def test_denial_of_a_summed_up_charge_with_a_reduced_relative() -> None:
    text = "Kenya accused Somalia of deliberately provoking a border crisis in Mandera, a charge the Somali government rejected."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "REJECT", "SOM", "KEN")


def test_denial_after_two_accusations_is_a_reply_not_a_second_accusation() -> None:
    text = "The Somali government blamed al Shabaab and accused Ethiopia of arming clan militias, a charge Addis Ababa denied."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "REJECT", "ETH", "SOM")
    # the charge noun is no accusation by the party charged
    assert find_event(events, "ACCUSE", "ETH") is None, show_events(events)


def test_rejection_parsed_as_the_root_with_the_charge_on_its_subject() -> None:
    text = ("Opposition leader Raila Odinga accused the Kenyan government of buying the votes of wavering MPs, an "
            "allegation Ruto rejected.")
    events = rule_events(text, published="2025-06-01")
    require_event(events, "REJECT", "KEN.GOV", "KEN.OPP")
    assert find_event(events, "ACCUSE", "KEN.GOV", "KEN.OPP") is None, show_events(events)


def test_charge_noun_not_set_off_by_a_comma_keeps_its_reading() -> None:
    # "jailed on charges he denied": the charge is the circumstance of the jailing, its denial no news
    events = rule_events("A court in Minsk jailed the activist on extremism charges he denied.", published="2025-06-01")
    assert find_event(events, "REJECT", "BLR") is None, show_events(events)


def test_peacekeeping_mandate_extended_backs_the_host_state() -> None:
    text = "The U.N. Security Council voted on Wednesday to extend the mandate of its peacekeeping force in Cyprus for another year."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "SUPPORT", "UN", "CYP")


def test_peacekeeping_mission_renewed() -> None:
    text = "The U.N. Security Council voted to renew its peacekeeping mission in the Central African Republic for 12 months."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "SUPPORT", "UN", "CAF")


def test_other_mandates_extended_are_no_backing() -> None:
    events = rule_events("The Kenyan parliament voted to extend the mandate of the electoral commission.", published="2025-06-01")
    assert find_event(events, "SUPPORT", "KEN") is None, show_events(events)


def test_force_authorised_for_a_state_with_a_misread_infinitive() -> None:
    # the small model tags the British "authorise" after "on Tuesday to" as an adverb
    text = "The U.N. Security Council voted on Tuesday to authorise a stabilisation force for Somalia."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "SUPPORT", "UN", "SOM")


def test_force_authorised_in_the_past_without_a_for_phrase_is_background() -> None:
    text = "The U.N. Security Council authorised the force last year to replace a Rwandan-led mission that struggled to hold the town."
    events = rule_events(text, published="2025-06-01")
    assert find_event(events, "SUPPORT", "UN") is None, show_events(events)


def test_relief_convoy_crossing_into_a_territory_is_aid() -> None:
    text = "A convoy of 20 UNICEF trucks carrying food and medicine crossed from Egypt into Gaza on Sunday."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "AID", "UNICEF")


def test_relief_trucks_entering_a_town_is_aid() -> None:
    text = "Red Cross trucks carrying flour entered the besieged town of Kadugli for the first time in months."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "AID", "ICRC")


def test_trucks_carrying_troops_are_no_aid() -> None:
    events = rule_events("Russian trucks carrying troops and ammunition entered the town of Pokrovsk on Sunday.", published="2025-06-01")
    assert find_event(events, "AID", "RUS") is None, show_events(events)


def test_asylum_granted_in_a_passive_relative_clause() -> None:
    text = "Peruvian police arrested former Prime Minister Ana Jara, who had been granted asylum by Brazil on Monday."
    events = rule_events(text, published="2025-06-01")
    require_event(events, "AID", "BRA")


def test_speech_act_joined_to_a_reported_copular_clause_is_the_reporters() -> None:
    text = ("Philippine troops killed 18 fighters of the New People's Army on Wednesday. The rebels said most of the "
            "dead were farmers and vowed to retaliate.")
    events = rule_events(text, published="2025-06-01")
    require_event(events, "THREATEN", "NPA")
