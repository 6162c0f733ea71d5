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
