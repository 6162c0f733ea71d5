"""Role reading, round 6: summary nouns after a clause, a finder's measure after the wrong found, intentions on
nouns of intent, agentless passives continuing an act, threats against the party of a conditioned act, acts
answered "in retaliation for", accusations' "that" clauses, offers answered, captives handed to relief bodies,
crowds that force is used on, finite conjuncts of infinitives (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventcoder import code_texts
from eventcoder.models import key_matches


def _find(events, etype, actor, recipient=None, negated=None):
    for e in events:
        if e.event != etype or not any(key_matches(actor, k) for k in e.actor_keys):
            continue
        if negated is not None and e.negated != negated:
            continue
        if recipient is None or any(key_matches(recipient, k) for k in e.recipient_keys):
            return e
    return None


def _show(events):
    return [(e.event, e.negated, e.actor_keys, e.recipient_keys) for e in events]


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Turkish drones hit a convoy near Qamishli, an attack the Kurdish-led SDF condemned as a war crime.", "SDF", "TUR"),
        ("The Serbian government expelled two Croatian diplomats on Monday, a step Zagreb denounced as hostile.", "HRV", "SRB"),
    ],
)
def test_a_summary_noun_after_a_clause_names_its_act(text, actor, recipient):
    events = code_texts([text])
    assert _find(events, "ACCUSE", actor, recipient) is not None, _show(events)


def test_a_finders_measure_after_the_wrong_found_is_the_finders():
    events = code_texts(["The United States determined that members of the RSF had committed genocide and imposed sanctions on the group."])
    e = _find(events, "SANCTION", "USA")
    assert e is not None, _show(events)
    assert _find(events, "SANCTION", "RSF") is None, _show(events)


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Canada has no intention to expel the Indian envoy.", "SANCTION", "CAN"),
        ("Brazil announced plans to send troops to Haiti.", "MOBILIZE", "BRA"),
    ],
)
def test_a_noun_of_intent_lends_its_holder(text, etype, actor):
    events = code_texts([text])
    assert _find(events, etype, actor) is not None, _show(events)


def test_a_plan_drawn_up_is_no_intention_of_the_drafters():
    events = code_texts(["European leaders met in Paris and agreed to draw up a plan to end the war in Ukraine."])
    assert not any(e.event == "ASSAULT" for e in events), _show(events)


def test_an_agentless_passive_continues_the_act_before_it():
    events = code_texts(["Canada imposed sanctions on Iranian officials on Monday. New sanctions were announced against two Iranian banks."])
    assert sum(1 for e in events if e.event == "SANCTION" and "CAN" in e.actor_keys) == 2, _show(events)


def test_a_threat_conditioned_on_an_announced_act_targets_its_author():
    events = code_texts(["Washington said it would impose a 40% tariff on Mexican steel, and Mexico said it would retaliate if the tariffs went ahead."])
    e = _find(events, "THREATEN", "MEX")
    assert e is not None and any(k.startswith("USA") for k in e.recipient_keys), _show(events)


def test_in_retaliation_for_names_the_target():
    events = code_texts(["Beijing will impose export controls on rare minerals, the ministry said, in retaliation for Washington's latest arms sale to Taiwan."])
    assert _find(events, "SANCTION", "CHN", "USA") is not None, _show(events)


def test_an_accusations_that_clause_names_the_accused():
    events = code_texts(["India made allegations that Pakistan sheltered the attackers."])
    assert _find(events, "ACCUSE", "IND", "PAK") is not None, _show(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Venezuela rejected Brazil's invitation to a summit.", "BRA", "VEN"),
    ],
)
def test_an_offer_is_made_to_whoever_answers_it(text, actor, recipient):
    events = code_texts([text])
    assert _find(events, "AGREE", actor, recipient) is not None, _show(events)


def test_captives_handed_to_a_relief_body_are_released_to_their_state():
    events = code_texts(["The rebels handed over the bodies of three Colombian soldiers to the Red Cross on Friday."])
    e = _find(events, "RETREAT", "COL.REB")
    assert e is not None, _show(events)
    assert not any(k == "ICRC" for k in e.recipient_keys), _show(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Police dispersed the opposition rally in Dhaka with tear gas.", "BGD.COP", "BGD.OPP"),
        ("Indian police detained hundreds of farmers marching toward New Delhi to demand higher prices.", "IND.COP", "IND.AGR"),
    ],
)
def test_force_used_on_a_crowd_targets_the_crowd(text, actor, recipient):
    events = code_texts([text])
    assert _find(events, "ASSAULT", actor, recipient) or _find(events, "COERCE", actor, recipient), _show(events)


def test_a_finite_conjunct_of_an_infinitive_belongs_to_the_clause_above():
    events = code_texts(["The Arab League met in Cairo. Its members endorsed an Egyptian plan to rebuild Gaza and rejected any proposal to relocate Palestinians."])
    assert _find(events, "REJECT", "ARAB_LEAGUE") is not None, _show(events)
    assert _find(events, "REJECT", "EGY") is None, _show(events)
