"""Round 7 event-type rules: parties named as behind or involved in an act, weapons used against a party, an
offensive pressed on with, calls and meetings "had", rescues, links between states reopened, a finite verb
wrongly conjoined to a negated infinitive, acts named as goals ("progress towards a truce"), and states lasting
"since" a date.

Each sentence is written for the test.
"""

from __future__ import annotations

from helpers import events_of as _events
from helpers import rule_events
from helpers import types_of as _types

from eventcoder.models import key_matches


# ------------------------------------------------------------ behind or involved in an act
def test_a_group_saying_it_was_behind_an_attack_is_the_attacker():
    evs = _events("The Taliban said they were behind the bombing of the Pakistani consulate in Jalalabad.", "ASSAULT", "TALIBAN")
    assert evs and not evs[0].negated


def test_not_involved_in_a_strike_is_the_strike_negated_for_that_party():
    evs = _events("Jordan said its air force had not been involved in the strike on the Syrian airbase.", "ASSAULT", "JOR")
    assert evs and all(e.negated for e in evs)


def test_an_alleged_part_in_an_act_is_not_asserted():
    text = "Cairo rejected as false Ethiopian claims that Egypt was behind the bombing of the dam."
    assert not [e for e in _events(text, "ASSAULT", "EGY") if not e.negated]


# ------------------------------------------------------------ weapons used against a party
def test_weapons_used_against_a_party_are_an_assault():
    assert "ASSAULT" in _types("Investigators said the Syrian army used nerve agents against rebels in Douma.", "SYR")


def test_a_denied_use_of_weapons_is_a_negated_assault():
    evs = _events("Moscow denied that its forces had used cluster munitions against civilians in Kharkiv.", "ASSAULT", "RUS")
    assert evs and all(e.negated for e in evs)


def test_weapons_used_with_no_target_are_no_assault():
    assert "ASSAULT" not in _types("Farmers in Kenya used drones to spray their crops last season.")


# ------------------------------------------------------------ offensives pressed on with
def test_pressing_on_with_an_offensive_is_the_assault():
    assert "ASSAULT" in _types("Sudan's army pressed on with its offensive in Omdurman on Monday.", "SDN")


def test_pressing_on_with_reforms_is_no_assault():
    assert "ASSAULT" not in _types("The Greek government pressed on with its pension reforms despite the strikes.")


# ------------------------------------------------------------ meetings and calls had
def test_having_a_phone_call_with_a_leader_is_consulting():
    evs = _events("Macron had a long phone call with Erdogan on Sunday.", "CONSULT", "FRA")
    assert evs and any(key_matches("TUR", k) for e in evs for k in e.recipient_keys)


# ------------------------------------------------------------ rescues
def test_migrants_saved_at_sea_are_aid():
    assert "AID" in _types("The Greek coast guard saved 85 migrants from a sinking boat near Crete.", "GRC")


def test_saving_money_is_no_aid():
    assert "AID" not in _types("The Irish government saved money by cutting its defence budget.")


def test_hostages_freed_by_troops_in_a_raid_are_rescued():
    types = {e.event for e in rule_events("Four kidnapped engineers were freed by Malian soldiers in a raid on a militant camp.")
             if any(key_matches("MLI", k) for k in e.actor_keys)}
    assert "AID" in types and "RETREAT" not in types


def test_captors_freeing_hostages_release_them():
    assert "RETREAT" in _types("Hamas freed two elderly Israeli women on Monday.", "HAMAS")


# ------------------------------------------------------------ links between states reopened
def test_two_states_reopening_crossings_cooperate():
    types = _types("Armenia and Turkey reopened a border crossing closed for decades.")
    assert "COOPERATE" in types and "RETREAT" not in types


def test_reopening_crossings_with_a_neighbour_is_cooperation():
    # Round 38: one state reopening its crossings with a neighbour eases its own restriction, CONCEDE (as the gold of
    # wire9, wire10, wire12 and wire15 codes it); two states reopening their border together stay COOPERATE (above)
    assert "CONCEDE" in _types("Chad reopened its border crossings with Libya on Tuesday.", "TCD")


def test_reopening_a_crossing_into_a_besieged_place_is_access():
    assert "RETREAT" in _types("Israel reopened the Erez crossing on Friday.", "ISR")


def test_a_suspension_since_a_date_is_no_new_sanction():
    types = _types("Ghana and Togo resumed ferry services suspended since 2021.")
    assert "COOPERATE" in types and "SANCTION" not in types


# ------------------------------------------------------------ negation and conjunction; goals
def test_a_finite_verb_after_a_negated_infinitive_is_asserted():
    evs = _events("The minister said Erdogan had no intention to meet Assad and rejected the Russian proposal.", "REJECT")
    assert evs and not any(e.negated for e in evs)
    assert all(e.negated for e in _events("The minister said Erdogan had no intention to meet Assad and rejected the Russian proposal.", "CONSULT"))


def test_an_infinitive_conjunct_keeps_the_negation():
    evs = _events("Serbia said it had no plans to recognise Kosovo or establish ties with Pristina.", "SUPPORT", "SRB")
    assert all(e.negated or e.modality != "asserted" for e in evs)


def test_progress_towards_a_truce_is_no_truce():
    assert "RETREAT" not in _types("Armenia and Azerbaijan made little progress towards a ceasefire in Geneva.")
