"""Round 27 of event types (several events in one held-out-style lede): a request named as what another party
rejects is still that party's request; a verb joined to a denied gerund or to a negated copula is asserted; forces put
on alert and guests hosted for talks take the parties of the verb they hang on."""

import pytest
from helpers import find_event, rule_events, show_events


def test_a_rejected_call_from_a_party_is_its_request() -> None:
    events = rule_events("Tanzania rejected an appeal by the African Union for a delay of the vote.")
    assert find_event(events, "REQUEST", "AU", "TZA"), show_events(events)
    assert find_event(events, "REJECT", "TZA"), show_events(events)


def test_a_rejected_call_with_no_party_is_no_request() -> None:
    events = rule_events("Tanzania rejected calls to delay the vote.")
    assert not [e for e in events if e.event == "REQUEST"], show_events(events)


def test_a_verb_after_a_denied_gerund_is_asserted() -> None:
    events = rule_events("Kenya denied sending police across the border and called on Uganda to free its fishermen.")
    assert find_event(events, "REQUEST", "KEN", "UGA"), show_events(events)
    assert not find_event(events, "REQUEST", "KEN", "UGA").negated, show_events(events)
    events = rule_events("Ghana denied arresting the reporter and summoned Togo's ambassador on Monday.")
    assert [e for e in events if e.event == "ACCUSE" and e.actor_keys == ("GHA",) and not e.negated], show_events(events)


def test_the_denied_act_itself_stays_negated() -> None:
    events = rule_events("Ghana denied arresting the reporter and summoned Togo's ambassador on Monday.")
    assert [e for e in events if e.event == "COERCE" and e.negated], show_events(events)


def test_a_verb_after_a_negated_copula_is_asserted() -> None:
    events = rule_events("Chile said it was not responsible for the spill and called on Peru to share the costs.")
    assert find_event(events, "REQUEST", "CHL", "PER"), show_events(events)
    assert not find_event(events, "REQUEST", "CHL", "PER").negated, show_events(events)
    events = rule_events("Norway said it was not a party to the quarrel and urged Iceland to resume talks.")
    assert not find_event(events, "REQUEST", "NOR").negated, show_events(events)


def test_a_negation_shared_by_joined_verbs_still_holds() -> None:
    events = rule_events("Chile did not attack or shell the Peruvian posts.")
    assert not [e for e in events if e.event == "ASSAULT" and not e.negated], show_events(events)


def test_forces_put_on_alert_are_mobilized_by_who_put_them() -> None:
    events = rule_events("Vietnam put its coast guard fleet on combat alert on Sunday.")
    assert find_event(events, "MOBILIZE", "VNM"), show_events(events)
    events = rule_events("Serbia told its army units near the boundary to be put on combat alert.")
    assert find_event(events, "MOBILIZE", "SRB"), show_events(events)
    events = rule_events("Sudan's army was put on full alert after the raid.")
    assert find_event(events, "MOBILIZE", "SDN"), show_events(events)


def test_a_hospital_on_alert_is_no_mobilization() -> None:
    events = rule_events("Hospitals in the capital were put on alert after the blast.")
    assert not [e for e in events if e.event == "MOBILIZE"], show_events(events)


def test_a_guest_hosted_for_talks_consults_the_host() -> None:
    events = rule_events("Portugal hosted Angola's foreign minister for a round of talks on debt.")
    assert find_event(events, "CONSULT", "AGO", "PRT"), show_events(events)
    events = rule_events("Kenya hosted the Somali president on Thursday for talks on border security.")
    assert find_event(events, "CONSULT", "SOM", "KEN"), show_events(events)


def test_how_freed_captives_were_held_is_no_new_act() -> None:
    events = rule_events("Ethiopia on Friday released 40 Eritrean traders arrested by its police in June.")
    assert not [e for e in events if e.event == "COERCE"], show_events(events)
    events = rule_events("Laos handed back nine Thai traders seized near the river.")
    assert not [e for e in events if e.event == "COERCE" and not e.negated], show_events(events)


def test_a_party_detaining_people_is_still_coercion() -> None:
    events = rule_events("Laotian police detained nine Thai traders near the river on Monday.")
    assert find_event(events, "COERCE", "LAO"), show_events(events)


def test_a_figure_easing_is_no_concession() -> None:
    events = rule_events("Chile's jobless rate eased slightly last quarter, according to central bank data.")
    assert not [e for e in events if e.event == "CONCEDE"], show_events(events)
    events = rule_events("Ghana eased its curfew in the north on Monday.")
    assert find_event(events, "CONCEDE", "GHA"), show_events(events)


def test_strikes_to_be_halted_are_not_threatened() -> None:
    events = rule_events("Hezbollah offered to stop firing rockets in return for a pause in Israeli drone strikes on Lebanon.")
    assert not [e for e in events if e.event == "THREATEN"], show_events(events)
    events = rule_events("Israel said on Sunday it would launch air strikes on Gaza.")
    assert find_event(events, "THREATEN", "ISR"), show_events(events)


# Mends after the review of round 27


def test_a_public_figure_as_subject_still_acts() -> None:
    events = rule_events("A prominent Fatah figure on Tuesday accused Egypt of closing the crossing.")
    assert find_event(events, "ACCUSE", "FATAH"), show_events(events)
    events = rule_events("Army reserves from Poland crossed into Belarus on Sunday.")
    assert [e for e in events if e.actor_keys and e.actor_keys[0].startswith("POL")], show_events(events)


def test_a_figure_driving_a_party_to_act_leaves_the_act_to_the_party() -> None:
    events = rule_events("A widening budget deficit forced Tunisia to request a bailout from the World Bank.")
    assert find_event(events, "REQUEST", "TUN"), show_events(events)


def test_dismay_at_deaths_caused_by_an_attack_is_disapproval() -> None:
    events = rule_events("Norway said it was horrified by the deaths of three nurses in a Sudanese air raid.")
    assert find_event(events, "ACCUSE", "NOR"), show_events(events)
    events = rule_events("Ireland said it was dismayed by news of the detention of its consul in Minsk.")
    assert find_event(events, "ACCUSE", "IRL"), show_events(events)
    events = rule_events("Norway said it was saddened by the deaths of three climbers in an avalanche.")
    assert not find_event(events, "ACCUSE", "NOR"), show_events(events)


def test_an_operation_against_a_groups_bases_is_an_attack() -> None:
    events = rule_events("Nigerian troops began a sweep against Boko Haram bases near the lake on Friday.")
    assert find_event(events, "ASSAULT", "NGA", "BOKO_HARAM"), show_events(events)


@pytest.mark.parametrize("text, actor, served", [
    ("Belarus detained a man accused of spying for Lithuania, the security service said on Monday.", "BLR", "LTU"),
    ("Police in Baku arrested two reporters suspected of working for a Russian broadcaster.", "AZE", "RUS"),
])
def test_the_charge_on_an_arrest_accuses_the_party_served(text: str, actor: str, served: str) -> None:
    """The accusation a charge carries is aimed at the party the accused is said to have served; the arrest itself
    falls on the people held."""
    evs = rule_events(text)
    accuse = [e for e in evs if e.event == "ACCUSE" and e.actor_keys and e.actor_keys[0].startswith(actor)]
    assert accuse and any(k.startswith(served) for e in accuse for k in e.recipient_keys)
    coerce = [e for e in evs if e.event == "COERCE"]
    assert coerce and not any(k.startswith(served) for e in coerce for k in e.recipient_keys)
