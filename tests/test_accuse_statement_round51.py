"""Round 51c (accusations told without an accusation verb: a statement whose clause tells a wrong another party did).
All sentences are invented."""

from helpers import rule_events, show_events


def _accusations(ev):
    return [(e.actor_keys, e.recipient_keys) for e in ev if e.event == "ACCUSE"]


# -- "said X had failed to / concealed / tried to destabilise ...": the speaker's charge against X ------------------


def test_obstruction_said_of_another_party_is_a_charge():
    ev = rule_events("Egypt's envoy to the United Nations said the African Union mission had obstructed the "
                     "delivery of food to the camps.")
    assert any(a and a[0].startswith("EGY") and "AU" in r for a, r in _accusations(ev)), show_events(ev)


def test_attempt_at_a_wrong_said_of_another_party_is_a_charge():
    ev = rule_events("The Moroccan interior ministry said Algerian intelligence had tried to destabilise the border "
                     "provinces.")
    assert any(a and a[0].startswith("MAR") and any(x.startswith("DZA") for x in r) for a, r in _accusations(ev)), show_events(ev)


def test_concealment_given_as_a_reason_is_a_charge():
    ev = rule_events("Vietnam suspended development funding to Laos on Monday, saying the Laotian government had "
                     "concealed the cost of the dam.")
    assert any(a and a[0].startswith("VNM") and any(x.startswith("LAO") for x in r) for a, r in _accusations(ev)), show_events(ev)


def test_court_ruling_that_a_foreign_party_sought_an_overthrow_is_a_charge():
    ev = rule_events("The Kenyan court ruled that Ugandan agents had sought to overthrow the Kenyan government.")
    assert any(a == ("KEN.JUD",) and any(x.startswith("UGA") for x in r) for a, r in _accusations(ev)), show_events(ev)


def test_authorities_charging_their_own_opposition_is_left_to_other_rules():
    # within one state only a society's voice charging the authorities is read (see ``_r51c_apart``)
    ev = rule_events("The Kenyan court ruled that the opposition had sought to overthrow the constitutional order.")
    assert (("KEN.JUD",), ("KEN.OPP",)) not in _accusations(ev), show_events(ev)


def test_union_says_government_ignored_it():
    # two parties of one state, each named by its own sector
    ev = rule_events("The Zambian miners' union said on Friday that the government had ignored its proposals for "
                     "months.")
    assert (("ZMB.LAB",), ("ZMB.GOV",)) in _accusations(ev), show_events(ev)


# -- guards: one's own failure, a thing that fails, a pronoun subject, a passive ------------------------------------


def test_own_failure_is_no_charge():
    ev = rule_events("The Ghanaian army said it had ignored the warnings from the village before nightfall.")
    assert not _accusations(ev), show_events(ev)


def test_failure_is_no_charge():
    # "fail" is no verb of a wrong (a failure to agree or to act is told as often without blame)
    ev = rule_events("Egypt's envoy to the United Nations said the African Union mission had failed to stop the "
                     "militias from rearming.")
    assert not _accusations(ev), show_events(ev)


def test_wrong_suffered_told_in_the_passive_is_no_charge():
    ev = rule_events("The Zambian miners' union said its proposals had been ignored by the Zambian government.")
    assert not any(a == ("ZMB.LAB",) for a, _ in _accusations(ev)), show_events(ev)


def test_wrong_in_a_clause_of_the_setting_is_no_charge():
    ev = rule_events("Bolivia's interior ministry said officers had fired only after Peruvian smugglers looted a "
                     "customs post near the border.")
    assert not any(any(x.startswith("PER") for x in r) for _, r in _accusations(ev)), show_events(ev)


def test_wrong_reported_after_the_fact_is_no_charge():
    ev = rule_events("Armenian officials ignored the Azerbaijani proposal for a border commission on Tuesday, the "
                     "Russian foreign ministry said.")
    assert not _accusations(ev), show_events(ev)


def test_restated_charge_is_one_accusation():
    ev = rule_events("Morocco accused Algeria on Monday of arming separatist fighters. The Moroccan foreign minister "
                     "said Algeria had tried to destabilise the southern provinces.")
    pairs = [(a, r) for a, r in _accusations(ev) if any(x.startswith("MAR") for x in a) and any(x.startswith("DZA") for x in r)]
    assert len(pairs) == 1, show_events(ev)
