"""Round 26 of event types (several events in one sentence): a reaction appended to a report, "X said it was
concerned by ...", is the reporter's disapproval."""

from helpers import find_event, rule_events, show_events


def test_a_reported_dismay_is_the_reporters_disapproval() -> None:
    events = rule_events("Canada said on Monday it was deeply concerned by Venezuela's decision to expel the observers.")
    assert find_event(events, "ACCUSE", "CAN", "VEN"), show_events(events)
    events = rule_events("The African Union said it was alarmed at the renewed fighting in Tigray and urged restraint.")
    assert find_event(events, "ACCUSE", "AU"), show_events(events)
    events = rule_events("Sweden said it was appalled by the execution of the two activists.")
    assert find_event(events, "ACCUSE", "SWE"), show_events(events)


def test_dismay_alone_and_joined_to_an_appeal() -> None:
    events = rule_events("The Vatican said it was dismayed and called on both governments to show restraint.")
    assert find_event(events, "ACCUSE", "VAT"), show_events(events)


def test_a_fear_a_denial_or_someone_elses_dismay_is_no_accusation() -> None:
    events = rule_events("Chile said it was concerned that the drought could force farmers off their land.")
    assert not find_event(events, "ACCUSE", "CHL"), show_events(events)
    events = rule_events("Portugal said it was not alarmed by the new tariffs.")
    assert not find_event(events, "ACCUSE", "PRT"), show_events(events)
    events = rule_events("The governor said villagers were alarmed by the floods.")
    assert not [e for e in events if e.event == "ACCUSE"], show_events(events)


def test_an_act_told_as_what_came_before_took_place() -> None:
    events = rule_events("Greece warned on Friday that it would freeze arms purchases after last week's Turkish air strike on a border post.")
    assert find_event(events, "ASSAULT", "TUR"), show_events(events)
    assert not find_event(events, "THREATEN", "TUR"), show_events(events)
    events = rule_events("Pakistan said it would retaliate over the killing of its soldiers in an Afghan drone strike.")
    assert find_event(events, "ASSAULT", "AFG"), show_events(events)
    assert not find_event(events, "THREATEN", "AFG"), show_events(events)


def test_an_act_left_open_after_a_promise_stays_a_threat() -> None:
    events = rule_events("Armenia said it would respond after any Azerbaijani attack on its villages.")
    assert not find_event(events, "ASSAULT", "AZE"), show_events(events)


def test_an_operation_against_an_armed_group_is_an_attack() -> None:
    events = rule_events("Nigerien troops launched an operation against Boko Haram fighters near Diffa on Saturday.")
    assert find_event(events, "ASSAULT", "NER", "BOKO_HARAM"), show_events(events)
    events = rule_events("Kenyan and Somali soldiers began a joint operation against al Shabaab in Jubaland on Monday.")
    assert find_event(events, "ASSAULT", "KEN", "AL_SHABAAB"), show_events(events)
    assert find_event(events, "COOPERATE", "KEN"), show_events(events)


def test_an_operation_against_no_armed_group_is_no_attack() -> None:
    events = rule_events("Peru's government launched a campaign against tax evasion on Monday.")
    assert not find_event(events, "ASSAULT", "PER"), show_events(events)


def test_a_label_naming_the_doer_of_an_attack_accuses_it() -> None:
    events = rule_events("Moldova described the drone strikes on its power grid as part of a Russian operation.")
    assert find_event(events, "ACCUSE", "MDA", "RUS"), show_events(events)
    events = rule_events("Latvia on Friday called the attacks on its railways the work of Russian intelligence.")
    assert find_event(events, "ACCUSE", "LVA", "RUS"), show_events(events)


def test_warplanes_sent_toward_another_are_a_show_of_force() -> None:
    events = rule_events("China sent 45 warplanes toward Taiwan on Thursday, the island's defence ministry said.")
    assert find_event(events, "MOBILIZE", "CHN"), show_events(events)
    events = rule_events("Russia flew two strategic bombers near Japan's northern islands on Monday.")
    assert find_event(events, "MOBILIZE", "RUS"), show_events(events)


def test_a_hostile_reaction_drawn_by_an_act_is_criticism_of_its_doer() -> None:
    events = rule_events("Beijing's recognition of the breakaway region, announced on Monday, earned a furious reply from Tbilisi.")
    assert find_event(events, "ACCUSE", "GEO"), show_events(events)
    events = rule_events("Lithuania opened a trade office for Taiwan on Monday, provoking a stern reaction from Beijing.")
    assert find_event(events, "ACCUSE", "CHN", "LTU"), show_events(events)
    events = rule_events("Serbia arrested three Kosovo police officers on Friday, provoking anger among officials in Pristina.")
    assert find_event(events, "ACCUSE", "XKX"), show_events(events)


def test_a_reaction_with_no_hostile_word_is_no_criticism() -> None:
    events = rule_events("Russia struck a power station on Monday, drawing a swift response from Kyiv.")
    assert not find_event(events, "ACCUSE", "UKR"), show_events(events)


def test_casualties_of_fighting_with_a_side_were_attacked_by_it() -> None:
    events = rule_events("Two Armenian soldiers were killed in an exchange of fire with Azerbaijani troops on the border on Tuesday.")
    assert find_event(events, "ASSAULT", "AZE", "ARM"), show_events(events)
    events = rule_events("Several Nigerien gendarmes were hurt in a firefight with jihadists at a checkpoint last week.")
    assert find_event(events, "ASSAULT", "NER", "NER"), show_events(events)  # (unnamed jihadists: NER.UAF since actors round 28)


def test_casualties_with_no_side_fought_name_no_attacker() -> None:
    events = rule_events("Two Armenian soldiers were killed in an accident with a truck on Tuesday.")
    assert not [e for e in events if e.event == "ASSAULT"], show_events(events)


# Mends after the review of round 26


def test_dismay_at_a_disaster_or_a_result_is_no_accusation() -> None:
    events = rule_events("Brazil said it was saddened and shocked by the floods in southern Chile.")
    assert not find_event(events, "ACCUSE", "BRA"), show_events(events)
    events = rule_events("Uganda's health ministry said it was alarmed by the Ebola outbreak in the west.")
    assert not [e for e in events if e.event == "ACCUSE"], show_events(events)
    events = rule_events("Denmark said it was disappointed with the outcome of the referendum.")
    assert not find_event(events, "ACCUSE", "DNK"), show_events(events)
    events = rule_events("Brazil said it was shocked by the killing of the two activists.")
    assert find_event(events, "ACCUSE", "BRA"), show_events(events)


def test_dismay_voiced_for_others_is_not_the_reporters() -> None:
    events = rule_events("Peru's interior minister met the miners' families and said they were appalled by the shootings.")
    assert not [e for e in events if e.event == "ACCUSE" and any(k.startswith("PER.GOV") for k in e.actor_keys)], show_events(events)


def test_a_troubled_reporter_disapproves() -> None:
    events = rule_events("Austria said it was troubled by Hungary's decision to close the crossing.")
    assert find_event(events, "ACCUSE", "AUT"), show_events(events)


def test_a_leader_flying_a_jet_is_no_show_of_force() -> None:
    events = rule_events("The Kenyan president flew a chartered jet to Geneva on Sunday.")
    assert not [e for e in events if e.event == "MOBILIZE"], show_events(events)


def test_a_campaign_against_a_groups_propaganda_is_no_attack() -> None:
    events = rule_events("Kenya launched a campaign against al Shabaab recruitment in schools.")
    assert not [e for e in events if e.event == "ASSAULT"], show_events(events)
    events = rule_events("Somali troops began a sweep against al Shabaab hideouts on Sunday.")
    assert find_event(events, "ASSAULT", "SOM", "AL_SHABAAB"), show_events(events)


def test_a_bare_plural_after_a_promise_stays_open() -> None:
    events = rule_events("Georgia said it would close the crossing after Russian incursions into its territory.")
    assert not [e for e in events if e.event == "ASSAULT" and not e.negated and e.modality == "asserted"], show_events(events)


def test_a_past_act_after_a_promise_names_no_target_from_the_promise() -> None:
    events = rule_events("Canada said on Monday it would reconsider its trade ties after the Indian strike.")
    assert find_event(events, "ASSAULT", "IND"), show_events(events)
    assert not find_event(events, "ASSAULT", "IND", "CAN"), show_events(events)
