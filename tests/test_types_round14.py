"""Round 14 of event types: verdicts read from small clauses, bans from office, coups by soldiers, courts throwing out
cases, force left open by a refusal to rule it out, ultimatums, and acts retaliated against."""

from helpers import events_of, rule_events, show_events, types_of


def test_found_guilty_is_a_conviction() -> None:
    assert "SANCTION" in types_of("A Nigerian court found the former governor guilty of fraud on Tuesday.", "NGA")


def test_barred_from_running_is_a_sanction_not_a_refusal() -> None:
    types = types_of("Kenya's electoral commission barred the opposition leader from running in the presidential election.")
    assert "SANCTION" in types and "REJECT" not in types, types


def test_guilty_and_barred_from_office_is_one_sanction() -> None:
    evs = events_of("A court in Lagos found the former governor guilty of fraud and barred him from holding public office for ten years.")
    assert [e.event for e in evs] == ["SANCTION"], show_events(evs)


def test_barring_observers_from_an_election_stays_a_refusal() -> None:
    types = types_of("Chile criticised Venezuela for barring international observers from the election.")
    assert "SANCTION" not in types, types


def test_barring_entry_to_a_country_stays_a_refusal() -> None:
    assert types_of("Israel barred the UN rapporteur from entering the country.", "ISR") == {"REJECT"}


def test_soldiers_ousting_a_president_is_a_coup() -> None:
    types = types_of("Sudanese soldiers ousted the president on Wednesday.")
    assert "COERCE" in types and "SANCTION" not in types, types


def test_parliament_ousting_a_president_stays_a_sanction() -> None:
    assert "SANCTION" in types_of("Peru's Congress ousted President Vizcarra on Monday.")


def test_a_coup_staged_by_the_army() -> None:
    evs = events_of("Niger's military said on Wednesday it had staged a coup against President Bazoum.", "COERCE", "NER")
    assert evs, types_of("Niger's military said on Wednesday it had staged a coup against President Bazoum.")


def test_a_court_throwing_out_a_case_rejects_it() -> None:
    assert "REJECT" in types_of("The International Court of Justice threw out Ukraine's case against Russia on Monday.", "ICJ")


def test_throwing_out_diplomats_is_no_rejection() -> None:
    assert "REJECT" not in types_of("Mexico threw out two US diplomats on Monday.")


def test_refusing_to_rule_out_force_is_a_threat() -> None:
    evs = rule_events("Trump refused to rule out using military force to take the canal.")  # the rule's reading, before the confidence layer
    assert [(e.event, e.negated) for e in evs] == [("THREATEN", False)], show_events(evs)


def test_declining_to_rule_out_action_is_a_threat() -> None:
    evs = events_of("The prime minister declined to rule out military action against Iran.")
    assert {(e.event, e.negated) for e in evs} == {("THREATEN", False)}, show_events(evs)


def test_not_ruling_out_the_use_of_force_is_a_threat() -> None:
    assert types_of("Beijing would not rule out the use of force against Taiwan.", "CHN") == {"THREATEN"}


def test_refusing_to_meet_stays_a_refusal() -> None:
    assert "REJECT" in types_of("Zelensky refused to meet Putin in Istanbul.", "UKR")


def test_a_deadline_to_accept_is_a_demand() -> None:
    text = "Putin gave Ukraine until Friday to accept his peace terms."
    evs = events_of(text, "REQUEST", "RUS")
    assert evs and "AGREE" not in types_of(text), show_events(events_of(text))


def test_months_given_to_reach_a_deal_is_a_demand() -> None:
    assert "REQUEST" in types_of("The United States gave Iran two months to reach a deal on its nuclear programme.", "USA")


def test_a_week_given_to_leave_is_the_expulsion() -> None:
    evs = events_of("Lithuania expelled a Russian diplomat and gave him a week to leave the country.")
    assert [e.event for e in evs] == ["SANCTION"], show_events(evs)


def test_a_time_given_to_no_party_is_no_demand() -> None:
    assert "REQUEST" not in types_of("The new law gives the president until June to sign the budget.")


def test_tariffs_retaliated_against_are_imposed_not_threatened() -> None:
    evs = events_of("Canada vowed to retaliate against the new US tariffs on steel.")
    assert {(e.event, e.actor_keys[0].split(".")[0]) for e in evs} == {("THREATEN", "CAN"), ("SANCTION", "USA")}, show_events(evs)


def test_any_attack_retaliated_against_stays_hypothetical() -> None:
    evs = events_of("Iran vowed to retaliate against any Israeli attack.", "ASSAULT")
    assert not evs, show_events(evs)
