"""Round 30 role rules: co-brokers of a deal are not each other's counterparts; a demand addressed to an unnamed set of
parties ("allies", "donors", "the international community") is not aimed at the article's other party. All sentences
are invented."""

from helpers import require_event, rule_events, show_events

# -- go-betweens: the brokers of a deal consult its parties, never each other ---------------------------------------


def _broker_events(ev, broker):
    return [e for e in ev if e.event == "CONSULT" and any(k.split(".")[0] == broker for k in e.actor_keys)]


def test_co_brokers_of_a_past_truce_are_not_each_others_counterparts():
    ev = rule_events("Kyrgyz and Tajik border guards traded fire on Sunday, breaking a ceasefire brokered by "
                     "Kazakhstan and Uzbekistan last spring.")
    for e in _broker_events(ev, "KAZ") + _broker_events(ev, "UZB"):
        assert not {k.split(".")[0] for k in e.recipient_keys} & {"KAZ", "UZB"}, show_events(ev)


def test_co_brokers_of_a_deal_in_subject_position():
    ev = rule_events("The accord, brokered by Switzerland and Ghana, requires the militia to hand over its heavy "
                     "weapons by June.")
    for e in _broker_events(ev, "CHE") + _broker_events(ev, "GHA"):
        assert not {k.split(".")[0] for k in e.recipient_keys} & {"CHE", "GHA"}, show_events(ev)


def test_co_brokers_consult_the_parties_the_sentence_names():
    ev = rule_events("Kyrgyz and Tajik troops fought along the Batken frontier on Friday, a week after a truce "
                     "brokered by Kazakhstan and Uzbekistan broke down.")
    es = _broker_events(ev, "KAZ")
    assert es, show_events(ev)
    assert {"KGZ", "TJK"} <= {k.split(".")[0] for e in es for k in e.recipient_keys}, show_events(ev)


def test_co_brokers_with_the_parties_as_subject_are_kept():
    # (the existing reading: the subject's parties are the brokers' counterparts)
    ev = rule_events("Chad and Niger agreed to reopen their border after talks in Abuja mediated by Nigeria and Benin.")
    es = _broker_events(ev, "NGA")
    assert es, show_events(ev)
    assert {"TCD", "NER"} <= {k.split(".")[0] for e in es for k in e.recipient_keys}, show_events(ev)


def test_parties_holding_talks_together_still_consult_each_other():
    ev = rule_events("Uruguay and Paraguay held talks in Asuncion on Thursday about river shipping.")
    e = next((x for x in ev if x.event == "CONSULT"), None)
    assert e is not None, show_events(ev)
    assert {"URY", "PRY"} <= {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


# -- a demand addressed to an unnamed set of parties ------------------------------------------------------------------



def test_demand_to_allies_is_not_aimed_at_the_attacker():
    ev = rule_events("Russian drones knocked out power in Kharkiv on Tuesday. Ukraine's foreign minister urged allies "
                     "to send more generators before winter.")
    e = require_event(ev, "REQUEST", "UKR")
    assert not any(k.startswith("RUS") for k in e.recipient_keys), show_events(ev)
    assert e.recipient_keys == ("UNK",), show_events(ev)


def test_appeal_to_donors_is_addressed_to_unnamed_givers():
    ev = rule_events("Houthi missiles hit a grain port in Yemen on Monday. The World Food Programme asked donors to "
                     "fund emergency food shipments.")
    e = require_event(ev, "REQUEST", "WFP")
    assert e.recipient_keys == ("UNK",), show_events(ev)


def test_call_on_the_international_community():
    ev = rule_events("Israeli strikes hit villages in southern Lebanon on Monday, and Beirut called on the international "
                     "community to halt the raids.")
    e = require_event(ev, "REQUEST", "LBN")
    assert not any(k.startswith("ISR") for k in e.recipient_keys), show_events(ev)


def test_demand_to_western_partners():
    ev = rule_events("Belarusian troops gathered near the Lithuanian border. Vilnius urged its Western partners to "
                     "deploy more air defences.")
    e = require_event(ev, "REQUEST", "LTU")
    assert not any(k.startswith("BLR") for k in e.recipient_keys), show_events(ev)


def test_named_addressee_is_kept():
    ev = rule_events("Chinese ships rammed a Philippine supply boat, and Manila urged Tokyo to send more patrol vessels.")
    e = require_event(ev, "REQUEST", "PHL")
    assert "JPN" in {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


def test_allies_of_a_named_state_are_not_unnamed():
    # the allies are named by their state: the demand is to whoever the resolver makes of them, not an unknown
    ev = rule_events("Azerbaijani troops shelled Armenian villages, and Armenia urged Russia and its allies to restrain "
                     "Baku.")
    e = require_event(ev, "REQUEST", "ARM")
    assert "RUS" in {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


def test_both_neighbours_are_the_pair_named_before():
    ev = rule_events("Somali and Kenyan soldiers traded shots at the frontier, and Ethiopia urged both neighbours to pull "
                     "back.")
    e = require_event(ev, "REQUEST", "ETH")
    assert "UNK" not in e.recipient_keys, show_events(ev)


# -- a clash between two parties: each is the other's target ----------------------------------------------------------


def _assault_pairs(ev):
    return {(a.split(".")[0] if "." not in a or a.split(".")[1] not in ("COP", "CVL") else a, r.split(".")[0] if "." not in r or r.split(".")[1] not in ("COP", "CVL") else r)
            for e in ev if e.event == "ASSAULT" for a in e.actor_keys for r in e.recipient_keys}


def test_two_forces_clashing_are_each_others_targets():
    ev = rule_events("Indian and Chinese soldiers clashed in a Himalayan valley on Wednesday.")
    pairs = _assault_pairs(ev)
    assert ("IND", "CHN") in pairs and ("CHN", "IND") in pairs, show_events(ev)


def test_clashes_between_police_and_protesters_go_both_ways():
    ev = rule_events("Police and demonstrators clashed outside the parliament in Nairobi on Tuesday as lawmakers "
                     "debated a finance bill.")
    pairs = _assault_pairs(ev)
    assert ("KEN.COP", "KEN.CVL") in pairs and ("KEN.CVL", "KEN.COP") in pairs, show_events(ev)


def test_clashing_groups_in_a_named_country_do_not_target_it():
    ev = rule_events("Al-Shabaab fighters and clan militiamen clashed in central Somalia on Sunday.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert "SOM" not in e.recipient_keys, show_events(ev)


def test_allies_clashing_with_a_third_party_attack_it_only():
    ev = rule_events("Nigerien troops and Chadian soldiers clashed with Boko Haram fighters near Diffa on Monday.")
    e = next((x for x in ev if x.event == "ASSAULT" and any(k.startswith("NER") for k in x.actor_keys)), None)
    assert e is not None, show_events(ev)
    assert not any(k.startswith(("NER", "TCD")) for k in e.recipient_keys), show_events(ev)


def test_marchers_clashing_with_police_are_not_each_others_targets():
    ev = rule_events("Teachers and nurses demanding higher pay clashed with police in Harare on Friday.")
    assert not any(x.event == "ASSAULT" and set(x.actor_keys) & set(x.recipient_keys) for x in ev), show_events(ev)


def test_a_fight_to_be_avoided_pairs_no_one():
    ev = rule_events("Tanzania's president phoned the leaders of Uganda and Kenya and asked the two governments to "
                     "avoid any armed clash on the lake.")
    assert not any(x.event == "ASSAULT" and set(x.actor_keys) & set(x.recipient_keys) for x in ev), show_events(ev)


def test_supporters_clashing_with_weapons_target_each_other():
    ev = rule_events("Activists of the Congress party and the BJP clashed with stones and iron rods in Kolkata on "
                     "Sunday.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert "IND" not in e.recipient_keys, show_events(ev)


# -- "accusing it/them of ...": the pronoun stands for the governing act's object -------------------------------------


def _accuse_of(ev, actor):
    e = next((x for x in ev if x.event == "ACCUSE" and any(k.split(".")[0] == actor for k in x.actor_keys)), None)
    assert e is not None, show_events(ev)
    return e


def test_accusing_a_seized_ship_is_aimed_at_an_unknown_party():
    ev = rule_events("A US destroyer shadowed two Iranian patrol boats on Thursday. Iran's Revolutionary Guards "
                     "impounded a foreign tanker on Friday, accusing it of smuggling diesel.")
    e = _accuse_of(ev, "IRN")
    assert not any(k.startswith("USA") for k in e.recipient_keys), show_events(ev)


def test_accusing_them_after_suspending_parties():
    ev = rule_events("Guinea's junta dissolved dozens of opposition parties last week, accusing them of failing to file "
                     "accounts.")
    e = _accuse_of(ev, "GIN")
    assert any(k.startswith("GIN") and k != "GIN.GOV" for k in e.recipient_keys), show_events(ev)


def test_accusing_a_named_state_keeps_it():
    ev = rule_events("Niger expelled France's ambassador last year, accusing him of meddling in its affairs.")
    e = _accuse_of(ev, "NER")
    assert "FRA" in {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


def test_accusing_them_after_warrants_for_named_leaders():
    ev = rule_events("A Kenyan court issued summonses on Monday for three commanders of al-Shabaab, accusing them of "
                     "plotting bombings in Mombasa.")
    e = _accuse_of(ev, "KEN")
    assert "AL_SHABAAB" in e.recipient_keys, show_events(ev)


def test_a_new_subject_accusing_him_is_not_a_participle():
    ev = rule_events("Nepal's prime minister has delayed the budget three times, and the unions accuse him of stalling "
                     "for time.")
    e = next((x for x in ev if x.event == "ACCUSE"), None)
    assert e is not None, show_events(ev)
    assert "UNK" not in e.recipient_keys, show_events(ev)


# -- parties agreeing to a step, or each taking it: they take it towards each other ----------------------------------


def _pairs_of(ev, etype):
    return {(a.split(".")[0], r.split(".")[0]) for e in ev if e.event == etype for a in e.actor_keys for r in e.recipient_keys}


def test_each_freeing_prisoners_frees_them_to_the_other():
    ev = rule_events("Ethiopia and Eritrea each handed back 30 captured soldiers at a border post on Saturday.")
    pairs = _pairs_of(ev, "RETREAT")
    assert ("ETH", "ERI") in pairs and ("ERI", "ETH") in pairs, show_events(ev)


def test_both_freeing_soldiers():
    ev = rule_events("Both India and Pakistan released detained fishermen on Wednesday.")
    pairs = _pairs_of(ev, "RETREAT")
    assert ("IND", "PAK") in pairs and ("PAK", "IND") in pairs, show_events(ev)


def test_allies_each_pledging_to_a_third_party_keep_it():
    ev = rule_events("Sweden and Finland each promised 20 million euros to Moldova on Tuesday.")
    assert not any(set(e.actor_keys) & set(e.recipient_keys) for e in ev), show_events(ev)
