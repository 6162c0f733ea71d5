"""Round 38 role rules. All sentences are invented."""

from helpers import find_event, require_event, rule_events, show_events


def _stated(e):
    return [r.key for r in e.recipient if not r.inferred]


# -- a state force reporting that an operation, a strike or its aircraft did an act of force: the act is its own -----


def test_army_reports_its_operation_killed_insurgents():
    ev = rule_events("Chad's army said on Sunday that the operation had killed 40 Boko Haram fighters near Lake Fitri.")
    e = require_event(ev, "ASSAULT", "TCD")
    assert any(k.startswith("BOKO") for k in _stated(e)), show_events(ev)


def test_ministry_reports_raids_destroyed_camps_reporter_last():
    ev = rule_events("The raids destroyed three camps of ADF rebels in North Kivu, Uganda's defence ministry said.")
    require_event(ev, "ASSAULT", "UGA")


def test_victims_state_reporting_a_strike_did_not_do_it():
    # (negative: the state whose own people were killed reports a strike it did not make)
    ev = rule_events("Lebanon's health ministry said the strike killed four civilians in Tyre.")
    assert find_event(ev, "ASSAULT", "LBN") is None, show_events(ev)


def test_rights_group_reporting_a_strike_is_no_doer():
    # (negative: a reporter that is no armed body of a state)
    ev = rule_events("Amnesty International said the air strikes killed dozens of fighters in Darfur.")
    assert find_event(ev, "ASSAULT", "AMN") is None and find_event(ev, "ASSAULT", "IGO") is None, show_events(ev)


def test_a_strike_already_told_is_not_read_again():
    # (negative: the army's own report of the strike the article told is a retelling, not a second strike)
    ev = rule_events("Kenyan jets bombed a Shabaab camp in Somalia's Gedo region on Friday. Kenya's army said the "
                     "strike killed 30 militants.")
    assert len([e for e in ev if e.event == "ASSAULT" and any(k.startswith("KEN") for k in e.actor_keys)]) == 1, show_events(ev)


# -- "a panel of U.N. experts": a body of people whose members an of-phrase names by their party -------------------


def test_panel_of_igo_experts_accuses_a_state():
    ev = rule_events("A panel of African Union experts accused Sudan of blocking aid convoys to Darfur.")
    require_event(ev, "ACCUSE", "AU", "SDN")


def test_team_of_bloc_observers_criticised_a_government():
    ev = rule_events("On Monday a team of EU observers criticised Azerbaijan's government over the vote count.")
    require_event(ev, "ACCUSE", "EU", "AZE")


def test_panel_of_unnamed_experts_names_no_party():
    # (negative: no party named on the members)
    ev = rule_events("A panel of independent experts accused Sudan of blocking aid convoys.")
    assert not [e for e in ev if e.event == "ACCUSE" and e.actor_keys and not any(k.startswith(("UNK", "SDN")) for k in e.actor_keys)], show_events(ev)
