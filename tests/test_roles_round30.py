"""Round 30 role rules: co-brokers of a deal are not each other's counterparts; a demand addressed to an unnamed set of
parties ("allies", "donors", "the international community") is not aimed at the article's other party. All sentences
are invented."""

from helpers import rule_events, show_events

# -- go-betweens: the brokers of a deal consult its parties, never each other ---------------------------------------


def _broker_events(ev, broker):
    return [e for e in ev if e.event == "CONSULT" and any(k.split(".")[0] == broker for k in e.actor_keys)]


def test_co_brokers_of_a_past_truce_are_not_each_others_counterparts():
    ev = rule_events("Fighting between Thai and Cambodian troops erupted on Monday, shattering a truce brokered by "
                     "China and Japan in May.")
    for e in _broker_events(ev, "CHN") + _broker_events(ev, "JPN"):
        assert not {k.split(".")[0] for k in e.recipient_keys} & {"CHN", "JPN"}, show_events(ev)


def test_co_brokers_of_a_deal_in_subject_position():
    ev = rule_events("The deal, brokered by Norway and Cuba, calls for Colombian rebels to disarm within 90 days.")
    for e in _broker_events(ev, "NOR") + _broker_events(ev, "CUB"):
        assert not {k.split(".")[0] for k in e.recipient_keys} & {"NOR", "CUB"}, show_events(ev)


def test_co_brokers_consult_the_parties_the_sentence_names():
    ev = rule_events("Sudanese and South Sudanese forces clashed near Heglig on Friday, days after a ceasefire "
                     "brokered by Kenya and Ethiopia collapsed.")
    es = _broker_events(ev, "KEN")
    assert es, show_events(ev)
    assert {"SDN", "SSD"} <= {k.split(".")[0] for e in es for k in e.recipient_keys}, show_events(ev)


def test_co_brokers_with_the_parties_as_subject_are_kept():
    # (the existing reading: the subject's parties are the brokers' counterparts)
    ev = rule_events("Ethiopia and Eritrea agreed to a ceasefire after talks in Nairobi mediated by Kenya and Uganda.")
    es = _broker_events(ev, "KEN")
    assert es, show_events(ev)
    assert {"ETH", "ERI"} <= {k.split(".")[0] for e in es for k in e.recipient_keys}, show_events(ev)


def test_parties_holding_talks_together_still_consult_each_other():
    ev = rule_events("Peru and Bolivia held talks in La Paz on Monday on their shared border.")
    e = next((x for x in ev if x.event == "CONSULT"), None)
    assert e is not None, show_events(ev)
    assert {"PER", "BOL"} <= {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


# -- a demand addressed to an unnamed set of parties ------------------------------------------------------------------


def _request_of(ev, actor):
    e = next((x for x in ev if x.event == "REQUEST" and any(k.split(".")[0] == actor for k in x.actor_keys)), None)
    assert e is not None, show_events(ev)
    return e


def test_demand_to_allies_is_not_aimed_at_the_attacker():
    ev = rule_events("Russian missiles struck power plants across Ukraine overnight. President Volodymyr Zelenskiy urged "
                     "allies to speed up deliveries of air defence systems.")
    e = _request_of(ev, "UKR")
    assert not any(k.startswith("RUS") for k in e.recipient_keys), show_events(ev)
    assert e.recipient_keys == ("UNK",), show_events(ev)


def test_appeal_to_donors_is_addressed_to_unnamed_givers():
    ev = rule_events("Sudan's RSF shelled refugee camps near El Fasher on Monday. The World Food Programme appealed to "
                     "donors for $50 million.")
    e = _request_of(ev, "WFP")
    assert e.recipient_keys == ("UNK",), show_events(ev)


def test_call_on_the_international_community():
    ev = rule_events("Armenian forces shelled Azerbaijani positions on Monday, and Baku called on the international "
                     "community to condemn the attack.")
    e = _request_of(ev, "AZE")
    assert not any(k.startswith("ARM") for k in e.recipient_keys), show_events(ev)


def test_demand_to_western_partners():
    ev = rule_events("Venezuelan troops massed near the Essequibo border. Guyana urged Western partners to send "
                     "surveillance aircraft.")
    e = _request_of(ev, "GUY")
    assert not any(k.startswith("VEN") for k in e.recipient_keys), show_events(ev)


def test_named_addressee_is_kept():
    ev = rule_events("Russian drones hit Odesa overnight, and Kyiv urged Washington to send more Patriot batteries.")
    e = _request_of(ev, "UKR")
    assert "USA" in {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


def test_allies_of_a_named_state_are_not_unnamed():
    # the allies are named by their state: the demand is to whoever the resolver makes of them, not an unknown
    ev = rule_events("Israeli jets struck Beirut, and Lebanon urged France and its allies to rein in Israel.")
    e = _request_of(ev, "LBN")
    assert "FRA" in {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


def test_both_neighbours_are_the_pair_named_before():
    ev = rule_events("Eritrean and Ethiopian troops exchanged fire on the border, and Kenya urged both neighbours to show "
                     "restraint.")
    e = _request_of(ev, "KEN")
    assert "UNK" not in e.recipient_keys, show_events(ev)


# -- a clash between two parties: each is the other's target ----------------------------------------------------------


def _assault_pairs(ev):
    return {(a.split(".")[0] if "." not in a or a.split(".")[1] not in ("COP", "CVL") else a, r.split(".")[0] if "." not in r or r.split(".")[1] not in ("COP", "CVL") else r)
            for e in ev if e.event == "ASSAULT" for a in e.actor_keys for r in e.recipient_keys}


def test_two_forces_clashing_are_each_others_targets():
    ev = rule_events("Sudanese and South Sudanese forces clashed near Heglig on Friday.")
    pairs = _assault_pairs(ev)
    assert ("SDN", "SSD") in pairs and ("SSD", "SDN") in pairs, show_events(ev)


def test_clashes_between_police_and_protesters_go_both_ways():
    ev = rule_events("A man was shot dead during clashes between police and protesters in central Quito on Thursday.")
    pairs = _assault_pairs(ev)
    assert ("ECU.COP", "ECU.CVL") in pairs and ("ECU.CVL", "ECU.COP") in pairs, show_events(ev)


def test_clashing_groups_in_a_named_country_do_not_target_it():
    ev = rule_events("Fighters of the Tigray People's Liberation Front and Fano militiamen clashed in northern Ethiopia "
                     "on Sunday.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert "ETH" not in e.recipient_keys, show_events(ev)


def test_allies_clashing_with_a_third_party_attack_it_only():
    ev = rule_events("Malian troops and Russian mercenaries clashed with JNIM fighters near Gao on Monday.")
    e = next((x for x in ev if x.event == "ASSAULT" and any(k.startswith("MLI") for k in x.actor_keys)), None)
    assert e is not None, show_events(ev)
    assert not any(k.startswith(("MLI", "RUS")) for k in e.recipient_keys), show_events(ev)


def test_marchers_clashing_with_police_are_not_each_others_targets():
    ev = rule_events("Thousands of miners and students marched through La Paz on Monday, clashing with riot police near "
                     "the palace.")
    assert not any(x.event == "ASSAULT" and set(x.actor_keys) & set(x.recipient_keys) for x in ev), show_events(ev)


def test_a_fight_to_be_avoided_pairs_no_one():
    ev = rule_events("The UN chief spoke with the leaders of Rwanda and Burundi and urged both countries to avoid a "
                     "military confrontation.")
    assert not any(x.event == "ASSAULT" and set(x.actor_keys) & set(x.recipient_keys) for x in ev), show_events(ev)


def test_supporters_clashing_with_weapons_target_each_other():
    ev = rule_events("Supporters of the Awami League and the Bangladesh Nationalist Party clashed with sticks and bricks "
                     "in Sylhet on Monday.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert "BGD" not in e.recipient_keys, show_events(ev)


# -- "accusing it/them of ...": the pronoun stands for the governing act's object -------------------------------------


def _accuse_of(ev, actor):
    e = next((x for x in ev if x.event == "ACCUSE" and any(k.split(".")[0] == actor for k in x.actor_keys)), None)
    assert e is not None, show_events(ev)
    return e


def test_accusing_a_seized_ship_is_aimed_at_an_unknown_party():
    ev = rule_events("Russian coastguards boarded a Greek-owned cargo ship near Crimea. Ukraine's navy said the ship was "
                     "safe. Moscow's border service detained a foreign freighter in the Kerch Strait on Friday, accusing "
                     "it of carrying contraband.")
    e = _accuse_of(ev, "RUS")
    assert not any(k.startswith(("UKR", "GRC")) for k in e.recipient_keys), show_events(ev)


def test_accusing_them_after_suspending_parties():
    ev = rule_events("Chad's junta suspended four opposition parties on Sunday, accusing them of plotting unrest.")
    e = _accuse_of(ev, "TCD")
    assert any(k.startswith("TCD") and k != "TCD.GOV" for k in e.recipient_keys), show_events(ev)


def test_accusing_a_named_state_keeps_it():
    ev = rule_events("Kuwait cut ties with Beirut in 2019, accusing it of harbouring militants.")
    e = _accuse_of(ev, "KWT")
    assert "LBN" in e.recipient_keys, show_events(ev)


def test_accusing_them_after_warrants_for_named_leaders():
    ev = rule_events("The International Criminal Court issued arrest warrants on Monday for two leaders of the ADF, "
                     "accusing them of massacring villagers.")
    e = _accuse_of(ev, "ICC")
    assert "ADF" in e.recipient_keys, show_events(ev)


def test_a_new_subject_accusing_him_is_not_a_participle():
    ev = rule_events("Guinea's president has postponed the vote twice, and the opposition accuses him of clinging to "
                     "power.")
    e = next((x for x in ev if x.event == "ACCUSE"), None)
    assert e is not None, show_events(ev)
    assert "UNK" not in e.recipient_keys, show_events(ev)


# -- parties agreeing to a step, or each taking it: they take it towards each other ----------------------------------


def _pairs_of(ev, etype):
    return {(a.split(".")[0], r.split(".")[0]) for e in ev if e.event == etype for a in e.actor_keys for r in e.recipient_keys}


def test_each_freeing_prisoners_frees_them_to_the_other():
    ev = rule_events("Armenia and Azerbaijan each freed 20 detainees on Monday.")
    pairs = _pairs_of(ev, "RETREAT")
    assert ("ARM", "AZE") in pairs and ("AZE", "ARM") in pairs, show_events(ev)


def test_both_freeing_soldiers():
    ev = rule_events("Thailand and Cambodia both freed detained soldiers on Tuesday.")
    pairs = _pairs_of(ev, "RETREAT")
    assert ("THA", "KHM") in pairs and ("KHM", "THA") in pairs, show_events(ev)


def test_allies_each_pledging_to_a_third_party_keep_it():
    ev = rule_events("Norway and Denmark each pledged $50 million to Ukraine on Monday.")
    assert not any(set(e.actor_keys) & set(e.recipient_keys) for e in ev), show_events(ev)
