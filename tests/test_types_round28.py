"""Round 28 of event types (several acts in one held-out-style lede): a clause's subject the parse joins to the clause
before as a noun, a "for ... to" clause of a verb of asking, a street crowd's denunciation or demand, a measure a party
is put under, ties called off, carriers barred, and relief let through a party's lines."""

from helpers import find_event, rule_events, show_events


def test_a_subject_read_as_a_noun_joined_to_the_clause_before_still_acts() -> None:
    events = rule_events("Militants shelled the port on Friday, and the UN envoy called on Yemen's government to restore calm.")
    assert find_event(events, "REQUEST", "UN", "YEM"), show_events(events)
    assert not find_event(events, "REQUEST", "UN", "UN"), show_events(events)


def test_a_participle_on_an_object_noun_is_no_such_act() -> None:
    events = rule_events("Niger expelled the journalists and the French ambassador called to the ministry on Monday.")
    assert not find_event(events, "REQUEST", "FRA"), show_events(events)


def test_a_for_to_clause_is_what_is_called_for() -> None:
    events = rule_events("Mongolia pressed on Monday for Chinese inspectors to test the imported grain.")
    assert [e for e in events if e.event == "REQUEST" and e.actor_keys == ("MNG",)], show_events(events)
    events = rule_events("Bolivia appealed on Sunday for Paraguay to reopen the river port.")
    assert find_event(events, "REQUEST", "BOL", "PRY"), show_events(events)


def test_a_crowds_denunciation_is_its_protest() -> None:
    events = rule_events("Outside parliament in Bratislava, Slovak demonstrators condemned the new broadcasting law on "
                         "Saturday.")
    assert find_event(events, "PROTEST", "SVK"), show_events(events)
    assert not [e for e in events if e.event == "ACCUSE" and e.actor_keys[0].startswith("SVK.CVL")], show_events(events)


def test_a_crowds_demand_told_after_their_protest_stays_a_demand() -> None:
    events = rule_events("Thousands of Kenyan teachers marched in Nairobi on Monday to protest over unpaid wages. "
                         "The protesters demanded the resignation of the education minister.")
    assert [e for e in events if e.event == "REQUEST" and e.actor_keys[0].startswith("KEN")], show_events(events)


def test_a_party_put_under_a_measure_is_its_target() -> None:
    events = rule_events("Seoul put three Russian shipping lines under sanctions on Tuesday.")
    assert find_event(events, "SANCTION", "KOR", "RUS"), show_events(events)
    events = rule_events("Guinean gendarmes placed the former prime minister under arrest in Conakry.")
    assert [e for e in events if e.event == "COERCE" and e.actor_keys[0].startswith("GIN")], show_events(events)


def test_an_alert_is_still_read_by_its_own_rule() -> None:
    events = rule_events("Vietnam put its coast guard fleet on combat alert on Sunday.")
    assert find_event(events, "MOBILIZE", "VNM"), show_events(events)


def test_ties_called_off_with_a_state_are_a_sanction() -> None:
    events = rule_events("Japan cancelled a joint film festival with South Korea on Wednesday.")
    assert find_event(events, "SANCTION", "JPN", "KOR"), show_events(events)
    events = rule_events("Norway suspended its school exchange programme with Venezuela over the arrests.")
    assert find_event(events, "SANCTION", "NOR", "VEN"), show_events(events)


def test_a_cancelled_meeting_stays_a_rejection() -> None:
    events = rule_events("Chile cancelled the planned visit of the Bolivian foreign minister.")
    assert [e for e in events if e.event == "REJECT"], show_events(events)
    assert not [e for e in events if e.event == "SANCTION"], show_events(events)


def test_barred_carriers_are_a_sanction_and_barred_people_a_refusal() -> None:
    events = rule_events("Algeria barred Moroccan airliners from its airspace on Wednesday.")
    assert find_event(events, "SANCTION", "DZA", "MAR"), show_events(events)
    events = rule_events("Russia barred imports of Moldovan wine on Friday.")
    assert find_event(events, "SANCTION", "RUS", "MDA"), show_events(events)
    events = rule_events("Cambodia barred the UN human rights envoy from visiting the prison.")
    assert find_event(events, "REJECT", "KHM"), show_events(events)
    assert not [e for e in events if e.event == "SANCTION"], show_events(events)


def test_relief_let_through_is_a_concession() -> None:
    events = rule_events("Yemen's government allowed food lorries into the port city of Hodeidah on Thursday.")
    assert find_event(events, "CONCEDE", "YEM"), show_events(events)
    assert not [e for e in events if e.event == "RETREAT"], show_events(events)
    events = rule_events("Myanmar's junta let a UN convoy through to Rakhine state on Friday.")
    assert [e for e in events if e.event == "CONCEDE" and e.actor_keys[0].startswith("MMR")], show_events(events)


def test_inspectors_let_back_stay_a_retreat() -> None:
    events = rule_events("Iraq allowed UN weapons monitors to resume visits to its sites on Monday.")
    assert find_event(events, "RETREAT", "IRQ"), show_events(events)


def test_a_warning_that_an_act_will_not_go_unanswered_is_a_threat() -> None:
    events = rule_events("Ecuador's navy seized a Peruvian trawler on Tuesday. Lima warned that the seizure would not go "
                         "unpunished.")
    assert find_event(events, "THREATEN", "PER"), show_events(events)


def test_a_warning_about_a_supposed_act_is_still_no_threat() -> None:
    events = rule_events("Egypt warned that an offensive on Rafah would have catastrophic consequences.")
    assert not find_event(events, "THREATEN", "EGY"), show_events(events)


def test_relief_flown_or_dropped_is_aid() -> None:
    events = rule_events("Chile ferried tents and drinking water to Tonga on Sunday.")
    assert find_event(events, "AID", "CHL", "TON"), show_events(events)
    events = rule_events("Indian air force planes dropped rations over flooded villages in Nepal on Friday.")
    assert find_event(events, "AID", "IND", "NPL"), show_events(events)
    events = rule_events("Japan rushed a shipment of tents and blankets to Myanmar after the quake.")
    assert find_event(events, "AID", "JPN", "MMR"), show_events(events)


def test_people_or_bombs_flown_or_dropped_are_no_aid() -> None:
    events = rule_events("Russian jets dropped bombs over Idlib on Monday.")
    assert not [e for e in events if e.event == "AID"], show_events(events)
    events = rule_events("Belarus released 14 political detainees and flew them to Vilnius.")
    assert not [e for e in events if e.event == "AID"], show_events(events)
    events = rule_events("The Chilean president flew to Lima on Monday for talks.")
    assert not [e for e in events if e.event == "AID"], show_events(events)


def test_an_endorsed_proposal_is_no_new_offer() -> None:
    events = rule_events("Colombia's ELN rebels embraced Norway's proposal of a summer truce on Monday.")
    assert not find_event(events, "AGREE", "NOR"), show_events(events)
    events = rule_events("The ELN said on Monday it had accepted Norway's proposal for a summer truce.")
    assert not find_event(events, "AGREE", "NOR"), show_events(events)
    assert find_event(events, "AGREE", "ELN"), show_events(events)


def test_a_proposal_made_is_still_an_offer() -> None:
    events = rule_events("Turkey presented a proposal for a prisoner exchange between Moscow and Kyiv.")
    assert find_event(events, "AGREE", "TUR"), show_events(events)


def test_a_raid_where_the_killing_happened_is_no_second_act() -> None:
    events = rule_events("French marines shot dead three pirates in a dawn raid on a hijacked tanker off Somalia.")
    assert find_event(events, "ASSAULT", "FRA"), show_events(events)
    assert not [e for e in events if e.event == "COERCE"], show_events(events)
    events = rule_events("Spanish police arrested 14 members of a drug gang in a raid on a villa in Marbella on Thursday.")
    assert len([e for e in events if e.event == "COERCE"]) == 1, show_events(events)


def test_a_raid_as_its_own_act_is_still_coded() -> None:
    events = rule_events("Colombian troops raided an ELN camp in Arauca on Monday.")
    assert [e for e in events if e.event in ("COERCE", "ASSAULT") and e.actor_keys[0].startswith("COL")], show_events(events)


def test_a_demand_joined_to_a_label_is_the_labellers() -> None:
    events = rule_events("Ankara rejected the Dutch verdict on Tuesday, labelling it unlawful and urging The Hague to "
                         "reverse it.")
    assert find_event(events, "REQUEST", "TUR"), show_events(events)


def test_who_raises_a_measure_imposes_it() -> None:
    events = rule_events("Ottawa tripled tariffs on Chinese steel on Monday.")
    assert find_event(events, "SANCTION", "CAN", "CHN"), show_events(events)
    events = rule_events("Australia broadened its sanctions on Myanmar's junta on Friday.")
    assert find_event(events, "SANCTION", "AUS", "MMR"), show_events(events)


def test_a_release_two_parties_agree_to_is_their_one_agreement() -> None:
    events = rule_events("Ecuador and Colombia agreed on Wednesday to free the sailors each side had detained.")
    assert [e for e in events if e.event == "AGREE"], show_events(events)
    assert not [e for e in events if e.event in ("CONCEDE", "RETREAT")], show_events(events)


def test_a_release_one_party_agrees_to_is_still_read() -> None:
    events = rule_events("Eritrea agreed on Monday to free 40 Ethiopian detainees.")
    assert [e for e in events if e.event in ("CONCEDE", "RETREAT")], show_events(events)
