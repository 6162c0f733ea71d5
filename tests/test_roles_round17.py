"""Round 17 role rules: a refusal that names no one answers the act aimed at the refuser or shares the counterpart
of the act it is joined to, and a reaction to the noun of an uncoded act's verb targets that verb's subject."""

from helpers import find_event, show_events

from eventcoder.pipeline import code_texts


def test_refusal_naming_no_one_answers_the_act_aimed_at_the_refuser():
    ev = code_texts(["The European Union voted on Tuesday to freeze the assets of Serbian officials over the crackdown. "
                     "Serbia's president called the move \"blackmail\" and said Belgrade would not change course."])
    assert find_event(ev, "REJECT", "SRB", "EU") is not None, show_events(ev)


def test_refusal_joined_to_an_agreement_shares_its_counterpart():
    ev = code_texts(["Venezuela agreed on Friday to let United Nations monitors into two prisons but refused access "
                     "to military jails, officials said."])
    assert find_event(ev, "REJECT", "VEN", "UN") is not None, show_events(ev)


def test_refusal_with_no_earlier_act_aimed_at_the_refuser_has_no_target():
    ev = code_texts(["Thousands of farmers marched in Lima on Monday. The government said it would not change course."])
    assert not any(e.event == "REJECT" and e.stated_recipient_keys for e in ev), show_events(ev)


def test_ignoring_a_ruling_targets_the_court_that_ruled():
    ev = code_texts(["The International Court of Justice ruled on Thursday that Serbia had breached the convention. "
                     "Belgrade said it would ignore the ruling."])
    assert find_event(ev, "REJECT", "SRB", "ICJ") is not None, show_events(ev)


def test_rejecting_a_decision_targets_who_decided_an_act_only_intended():
    ev = code_texts(["Peru decided on Monday to expel Mexico's ambassador. Mexico rejected the decision."])
    assert find_event(ev, "REJECT", "MEX", "PER") is not None, show_events(ev)


def test_claimed_attack_has_the_target_of_the_attack_it_names():
    ev = code_texts(["Gunmen attacked a police station in northern Burkina Faso on Sunday, killing nine officers. "
                     "JNIM said it was behind the attack."])
    assert any(e.event == "ASSAULT" and e.actor_keys == ("JNIM",) and e.recipient_keys for e in ev), show_events(ev)


def test_tariffs_on_the_countrys_goods_target_the_state_named_before():
    ev = code_texts(["Garment workers in Lesotho went on strike on Monday. Their employers said they could not afford "
                     "a raise after Washington raised tariffs on the country's goods."])
    assert find_event(ev, "SANCTION", "USA", "LSO") is not None, show_events(ev)


def test_banning_the_countrys_goods_skips_the_actors_own_state():
    ev = code_texts(["India banned imports from Pakistan. Islamabad said it would ban the country's goods too."])
    assert not any(e.event == "SANCTION" and e.actor_keys == ("PAK",) and "PAK" in e.recipient_keys for e in ev), show_events(ev)


def test_supplies_for_civilians_named_by_a_demonym_are_aid_to_them():
    ev = code_texts(["The Red Cross delivered medicine for Yemeni civilians on Tuesday."])
    assert any(e.event == "AID" and any(k.startswith("YEM") for k in e.recipient_keys) for e in ev), show_events(ev)


def test_aid_for_a_purpose_names_no_recipient():
    ev = code_texts(["The World Bank delivered funds for reconstruction on Tuesday."])
    assert not any(e.event == "AID" and e.recipient_keys for e in ev), show_events(ev)


def test_aid_to_the_new_arrivals_goes_to_the_refugees_named_before():
    ev = code_texts(["More than 5,000 Syrians crossed into Lebanon on Monday after the strikes. The World Food "
                     "Programme said it was providing food and water to the new arrivals."])
    assert find_event(ev, "AID", "WFP", "SYR.REF") is not None, show_events(ev)


def test_aid_to_arrivals_with_no_people_named_before_has_no_recipient():
    ev = code_texts(["The World Food Programme said it was providing food and water to the new arrivals."])
    assert not any(e.event == "AID" and e.recipient_keys for e in ev), show_events(ev)
