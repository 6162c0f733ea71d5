"""Round 46 (a) role rules: acts found with no actor. All sentences are invented."""

import pytest
from helpers import find_event, rule_events, show_events

# -- an act noun modified by a relative clause whose verb carries the act out ("the curfew the army imposed", "the
#    drills that Japanese forces held", "the embargo which Ankara had slapped on ..."): the clause's subject does it --


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Kenya criticised the curfew the Ugandan army imposed on border towns.", "COERCE", "UGA"),
        ("The Philippines welcomed the exercises that Australian and Japanese forces held near Palawan.", "COOPERATE", "AUS"),
        ("Cyprus protested against the naval blockade which Turkey had mounted off Famagusta.", "COERCE", "TUR"),
        ("Officials in Lusaka said the airstrikes Zimbabwean jets carried out on Tuesday hit a fuel depot.", "ASSAULT", "ZWE"),
    ],
)
def test_relative_clause_subject_does_the_act_noun(text, etype, actor):
    ev = rule_events(text)
    assert find_event(ev, etype, actor) is not None, show_events(ev)


def test_relative_clause_of_a_go_between_is_not_the_acts_doer():
    # "the ceasefire that Egypt brokered": the broker is a third party, not a side that ceases fire
    ev = rule_events("Qatar praised the ceasefire that Egypt brokered between Israel and Hamas.")
    assert not [e for e in ev if e.event == "RETREAT" and "EGY" in e.actor_keys], show_events(ev)


def test_relative_clause_undergoing_the_act_is_not_its_doer():
    # "the sanctions Iran faced": the subject suffers the measure, it imposes nothing
    ev = rule_events("Analysts said the sanctions Iran faced last year had halved its oil exports.")
    assert not [e for e in ev if e.event == "SANCTION" and "IRN" in e.actor_keys], show_events(ev)


def test_relative_clause_on_any_act_tells_no_act():
    # "any new tariffs Canada imposed": a hypothetical measure, not one imposed
    ev = rule_events("Mexico said it would answer in kind to any new tariffs Canada imposed on its steel.")
    assert not [e for e in ev if e.event == "SANCTION" and "CAN" in e.actor_keys], show_events(ev)


# -- a purpose infinitive after the object of a verb of using ("used the summit to sign", "seized the opportunity
#    to ..."): the user acts, not the thing used ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Ghana used the summit to sign a defence pact with Togo.", "COOPERATE", "GHA"),
        ("Azerbaijan seized the opportunity to sign a transit deal with Georgia.", "SUPPORT", "AZE"),
        ("Kenya used the forum to accuse Somalia of harbouring militants.", "ACCUSE", "KEN"),
    ],
)
def test_purpose_of_a_verb_of_using_is_the_users_act(text, etype, actor):
    ev = rule_events(text)
    assert find_event(ev, etype, actor) is not None, show_events(ev)


def test_object_control_verb_still_passes_to_its_object():
    # "urged the rebels to sign": the rebels are asked to sign; the urging state signs nothing
    ev = rule_events("Uganda urged the rebels to sign the accord in Kampala.")
    assert not [e for e in ev if e.event in ("SUPPORT", "AGREE", "COOPERATE") and "UGA" in e.actor_keys], show_events(ev)


def test_purpose_of_using_a_means_of_force_is_left_to_the_means():
    # "used tear gas to push the crowd back": the tear gas is read as the act; the push is no second act
    # aimed at whatever place the infinitive names
    ev = rule_events("Riot police in Yerevan used tear gas and batons to push protesters back from the parliament building.")
    assert not [e for e in ev if e.event == "COERCE" and any(k.startswith("ARM.COP") for k in e.actor_keys)
                and any(k.startswith("ARM.LEG") or k.startswith("ARM.GOV") for k in e.recipient_keys)], show_events(ev)


# -- a speaker's act joined by the parse to a verb deep inside what the speaker reported ("said it had received
#    assurances that the border would stay open and urged ..."): the reporting verb's subject's act ---------------


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("The Arakan Army said it had received assurances from Dhaka that the border would stay open and urged Myanmar's "
         "junta to lift the blockade.", "REQUEST", "ARAKAN_ARMY"),
        ("The Syrian Democratic Forces said the shelling had forced thousands to flee to camps that were already full and "
         "appealed to the United Nations for help.", "REQUEST", "SDF"),
    ],
)
def test_speakers_act_joined_deep_in_the_report_is_the_speakers(text, etype, actor):
    ev = rule_events(text)
    assert find_event(ev, etype, actor) is not None, show_events(ev)


def test_act_joined_to_a_reported_clause_of_the_same_tense_stays_unread():
    # "a depot that stored fuel and warned": the joined past may be the clause's own; no speaker's warning is read
    ev = rule_events("Ukraine's army said Russian drones had hit a depot near Lviv that stored fuel and warned Hungary "
                     "against closing the border.")
    assert not [e for e in ev if e.event == "THREATEN" and any(k.startswith("UKR") for k in e.actor_keys)], show_events(ev)
