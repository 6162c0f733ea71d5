"""Round 37 role rules. All sentences are invented."""

from helpers import require_event, rule_events, show_events


def _stated(e):
    return [r.key for r in e.recipient if not r.inferred]


# -- a reaction to an act or document described by a relative clause is aimed at whoever the clause says made it ----


def test_measures_a_relative_clause_says_another_state_imposed():
    ev = rule_events("Kenya's government criticised the new tariffs on Monday. Uganda also condemned the measures, "
                     "which Tanzania imposed last week.")
    e = require_event(ev, "ACCUSE", "UGA")
    assert any(k.startswith("TZA") for k in _stated(e)), show_events(ev)


def test_decision_announced_by_a_leader_after_another_reaction():
    ev = rule_events("Djibouti condemned Eritrea's port deal with Yemen on Monday. Qatar and Oman also criticised the "
                     "decision, which Eritrean President Isaias Afwerki announced a day earlier.")
    e = require_event(ev, "ACCUSE", "QAT")
    assert any(k.startswith("ERI") for k in _stated(e)), show_events(ev)
    assert not any(k.startswith("DJI") for k in _stated(e)), show_events(ev)


def test_stance_in_the_relative_clause_is_no_authorship():
    # (negative: a party that also opposed the plan did not make it)
    ev = rule_events("Egypt rejected the Ethiopian plan, which Sudan also opposed.")
    e = require_event(ev, "REJECT", "EGY")
    assert not any(k.startswith("SDN") for k in _stated(e)), show_events(ev)


# -- "ordered X detained": the object of a verb of ordering with a bare passive participle undergoes the act -------


def test_court_ordered_activists_detained():
    ev = rule_events("A Belarusian court ordered four opposition activists detained on Tuesday.")
    e = require_event(ev, "COERCE", "BLR")
    assert not any(k.endswith(".OPP") for k in e.actor_keys), show_events(ev)
    assert any(k.endswith(".OPP") for k in _stated(e)), show_events(ev)


def test_president_ordered_the_editors_arrested():
    ev = rule_events("Nicaragua's President Daniel Ortega ordered two opposition newspaper editors arrested in Managua.")
    assert not any(e.event == "COERCE" and any(k.endswith((".OPP", ".JRN", ".MED")) for k in e.actor_keys) for e in ev), show_events(ev)
    require_event(ev, "COERCE", "NIC")


def test_ordering_a_clause_with_its_own_doer_keeps_that_doer():
    # (negative: "ordered that troops detain X" names who detains)
    ev = rule_events("Ghana's interior minister ordered that police detain the smugglers at the border.")
    e = require_event(ev, "COERCE", "GHA")
    assert any(k.endswith(".COP") for k in e.actor_keys) or not any(k.endswith(".CRM") for k in e.actor_keys), show_events(ev)


def test_judge_ordered_reporters_held_in_detention_on_charges():
    ev = rule_events("A Belarusian judge on Friday ordered two opposition reporters held in pre-trial detention on "
                     "charges of extremism.")
    e = require_event(ev, "COERCE", "BLR")
    assert not any(k.endswith(".OPP") for k in e.actor_keys), show_events(ev)
    a = require_event(ev, "ACCUSE", "BLR")
    assert not any(k.endswith(".OPP") for k in a.actor_keys), show_events(ev)


def test_detention_named_without_an_order_keeps_its_reading():
    # (negative: no verb of ordering, no order-giver read in)
    ev = rule_events("A Belarusian court heard that two opposition reporters had been held in pre-trial detention since May.")
    assert not any(e.event == "COERCE" and any(k.endswith(".JUD") for k in e.actor_keys) for e in ev), show_events(ev)
