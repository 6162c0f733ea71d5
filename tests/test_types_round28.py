"""Round 28 of event types (several acts in one held-out-style lede): a clause's subject the parse joins to the clause
before as a noun, a "for ... to" clause of a verb of asking, a street crowd's denunciation or demand, a measure a party
is put under, ties called off, carriers barred, and relief let through a party's lines."""

from helpers import find_event, rule_events, show_events


def test_a_subject_read_as_a_noun_joined_to_the_clause_before_still_acts() -> None:
    events = rule_events("Rebels shelled the airport on Sunday, and the UN mission called on Sudan's army to protect the city.")
    assert find_event(events, "REQUEST", "UN", "SDN"), show_events(events)
    assert not find_event(events, "REQUEST", "UN", "UN"), show_events(events)


def test_a_participle_on_an_object_noun_is_no_such_act() -> None:
    events = rule_events("Niger expelled the journalists and the French ambassador called to the ministry on Monday.")
    assert not find_event(events, "REQUEST", "FRA"), show_events(events)


def test_a_for_to_clause_is_what_is_called_for() -> None:
    events = rule_events("Laos denied dumping waste in the river and called on Friday for Mekong Commission experts to "
                         "inspect the dam.")
    assert [e for e in events if e.event == "REQUEST" and e.actor_keys == ("LAO",)], show_events(events)
    events = rule_events("Peru appealed on Sunday for Chile to reopen the border crossing.")
    assert find_event(events, "REQUEST", "PER", "CHL"), show_events(events)


def test_a_crowds_denunciation_is_its_protest() -> None:
    events = rule_events("Serbian police used pepper spray on students outside the court on Friday as demonstrators "
                         "condemned the government's new media law.")
    assert find_event(events, "PROTEST", "SRB"), show_events(events)
    assert not [e for e in events if e.event == "ACCUSE" and e.actor_keys[0].startswith("SRB.CVL")], show_events(events)


def test_a_crowds_demand_told_after_their_protest_stays_a_demand() -> None:
    events = rule_events("Thousands of Kenyan teachers marched in Nairobi on Monday to protest over unpaid wages. "
                         "The protesters demanded the resignation of the education minister.")
    assert [e for e in events if e.event == "REQUEST" and e.actor_keys[0].startswith("KEN")], show_events(events)


def test_a_party_put_under_a_measure_is_its_target() -> None:
    events = rule_events("India placed six Chinese drone makers under export controls on Thursday.")
    assert find_event(events, "SANCTION", "IND", "CHN"), show_events(events)
    events = rule_events("Zambian police put the opposition leader under house arrest in Lusaka.")
    assert [e for e in events if e.event == "COERCE" and e.actor_keys[0].startswith("ZMB")], show_events(events)


def test_an_alert_is_still_read_by_its_own_rule() -> None:
    events = rule_events("Vietnam put its coast guard fleet on combat alert on Sunday.")
    assert find_event(events, "MOBILIZE", "VNM"), show_events(events)


def test_ties_called_off_with_a_state_are_a_sanction() -> None:
    events = rule_events("Estonia cancelled all academic exchanges with Russia on Thursday.")
    assert find_event(events, "SANCTION", "EST", "RUS"), show_events(events)
    events = rule_events("Poland suspended student exchange programmes with Belarus.")
    assert find_event(events, "SANCTION", "POL", "BLR"), show_events(events)


def test_a_cancelled_meeting_stays_a_rejection() -> None:
    events = rule_events("Chile cancelled the planned visit of the Bolivian foreign minister.")
    assert [e for e in events if e.event == "REJECT"], show_events(events)
    assert not [e for e in events if e.event == "SANCTION"], show_events(events)


def test_barred_carriers_are_a_sanction_and_barred_people_a_refusal() -> None:
    events = rule_events("Sudan barred Emirati cargo planes from landing at Port Sudan airport on Monday.")
    assert find_event(events, "SANCTION", "SDN", "ARE"), show_events(events)
    events = rule_events("Hungary barred Ukrainian grain imports on Friday.")
    assert find_event(events, "SANCTION", "HUN", "UKR"), show_events(events)
    events = rule_events("Sudan barred the UN rapporteur from entering Darfur.")
    assert find_event(events, "REJECT", "SDN"), show_events(events)
    assert not [e for e in events if e.event == "SANCTION"], show_events(events)


def test_relief_let_through_is_a_concession() -> None:
    events = rule_events("Ethiopia allowed 30 aid trucks into Tigray on Sunday.")
    assert find_event(events, "CONCEDE", "ETH"), show_events(events)
    assert not [e for e in events if e.event == "RETREAT"], show_events(events)
    events = rule_events("Myanmar's junta let a UN convoy through to Rakhine state on Friday.")
    assert [e for e in events if e.event == "CONCEDE" and e.actor_keys[0].startswith("MMR")], show_events(events)


def test_inspectors_let_back_stay_a_retreat() -> None:
    events = rule_events("Syria allowed OPCW inspectors back into the Damascus site on Monday.")
    assert find_event(events, "RETREAT", "SYR"), show_events(events)


def test_a_warning_that_an_act_will_not_go_unanswered_is_a_threat() -> None:
    events = rule_events("Armenia jailed two Azerbaijani soldiers on Friday. Baku warned that the sentences would not go "
                         "unpunished.")
    assert find_event(events, "THREATEN", "AZE"), show_events(events)


def test_a_warning_about_a_supposed_act_is_still_no_threat() -> None:
    events = rule_events("Egypt warned that an offensive on Rafah would have catastrophic consequences.")
    assert not find_event(events, "THREATEN", "EGY"), show_events(events)


def test_relief_flown_or_dropped_is_aid() -> None:
    events = rule_events("Turkey flew 30 tonnes of medical supplies to Libya's Derna on Thursday.")
    assert find_event(events, "AID", "TUR", "LBY"), show_events(events)
    events = rule_events("Egyptian military planes dropped food parcels over southern Gaza on Sunday.")
    assert find_event(events, "AID", "EGY", "PSE"), show_events(events)
    events = rule_events("Japan rushed a shipment of tents and blankets to Myanmar after the quake.")
    assert find_event(events, "AID", "JPN", "MMR"), show_events(events)


def test_people_or_bombs_flown_or_dropped_are_no_aid() -> None:
    events = rule_events("Russian jets dropped bombs over Idlib on Monday.")
    assert not [e for e in events if e.event == "AID"], show_events(events)
    events = rule_events("Cuba freed 50 prisoners and flew them to Spain on humanitarian grounds.")
    assert not [e for e in events if e.event == "AID"], show_events(events)
    events = rule_events("The Chilean president flew to Lima on Monday for talks.")
    assert not [e for e in events if e.event == "AID"], show_events(events)


def test_an_endorsed_proposal_is_no_new_offer() -> None:
    events = rule_events("Gulf ministers endorsed a Saudi plan for a regional water fund on Sunday.")
    assert not find_event(events, "AGREE", "SAU"), show_events(events)
    events = rule_events("Hamas said it had accepted a Turkish proposal for a prisoner exchange.")
    assert not find_event(events, "AGREE", "TUR"), show_events(events)
    assert find_event(events, "AGREE", "HAMAS"), show_events(events)


def test_a_proposal_made_is_still_an_offer() -> None:
    events = rule_events("Turkey presented a proposal for a prisoner exchange between Moscow and Kyiv.")
    assert find_event(events, "AGREE", "TUR"), show_events(events)


def test_a_raid_where_the_killing_happened_is_no_second_act() -> None:
    events = rule_events("Kenyan police killed nine al Shabaab fighters in a raid on a hideout near Lamu on Monday.")
    assert find_event(events, "ASSAULT", "KEN"), show_events(events)
    assert not [e for e in events if e.event == "COERCE"], show_events(events)
    events = rule_events("Turkish police arrested 40 suspects in overnight raids across Istanbul.")
    assert len([e for e in events if e.event == "COERCE"]) == 1, show_events(events)


def test_a_raid_as_its_own_act_is_still_coded() -> None:
    events = rule_events("Kenyan police raided a hideout of al Shabaab fighters near Lamu on Monday.")
    assert [e for e in events if e.event in ("COERCE", "ASSAULT") and e.actor_keys[0].startswith("KEN")], show_events(events)


def test_a_demand_joined_to_a_label_is_the_labellers() -> None:
    events = rule_events("Hungary dismissed the EU audit, calling its findings baseless and demanding that Brussels "
                         "release the frozen funds.")
    assert find_event(events, "REQUEST", "HUN"), show_events(events)


def test_who_raises_a_measure_imposes_it() -> None:
    events = rule_events("Canada doubled tariffs on Chinese electric vehicles on Monday.")
    assert find_event(events, "SANCTION", "CAN", "CHN"), show_events(events)
    events = rule_events("Britain widened sanctions on Iranian banks on Friday.")
    assert find_event(events, "SANCTION", "GBR", "IRN"), show_events(events)


def test_a_release_two_parties_agree_to_is_their_one_agreement() -> None:
    events = rule_events("Kenya and Somalia agreed on Monday to release fishermen held by each side.")
    assert [e for e in events if e.event == "AGREE"], show_events(events)
    assert not [e for e in events if e.event in ("CONCEDE", "RETREAT")], show_events(events)


def test_a_release_one_party_agrees_to_is_still_read() -> None:
    events = rule_events("Azerbaijan agreed on Monday to free 40 Armenian detainees held since the war.")
    assert [e for e in events if e.event in ("CONCEDE", "RETREAT")], show_events(events)
