"""Round 49 (b) role rules: the parties of attacks and seizures. All sentences are invented."""

import pytest
from helpers import find_event, rule_events, show_events

# -- an armed group of one state taking or attacking a place named only by a place noun ("seized two provincial
#    capitals", "captured three district towns"): its own state is the target, not a party the sentence names
#    outside the act's clause (the bloc reporting it, the host of a summit, the broker of a later truce) -----------


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("The East African Community will hold a summit in Nairobi next week on the crisis in eastern Congo, where "
         "M23 fighters have captured three district towns, the bloc said.", "M23", "COD"),
        ("The regional bloc voted on Friday to pull its peacekeepers out of the north after Arakan Army fighters "
         "overran two more towns.", "ARAKAN_ARMY", "MMR"),
        ("China praised the truce signed on Monday, two months after the Myanmar National Democratic Alliance Army "
         "seized a provincial capital in a surprise offensive.", "MNDAA", "MMR"),
    ],
)
def test_armed_group_seizing_a_place_noun_acts_on_its_own_state(text, actor, target):
    ev = rule_events(text)
    assert find_event(ev, "ASSAULT", actor, target) is not None, show_events(ev)


def test_place_noun_of_another_state_keeps_its_state():
    # the place noun names another state: that state, read by the place rules, is the target
    ev = rule_events("M23 fighters seized a Rwandan border village on Sunday, residents said.")
    assert find_event(ev, "ASSAULT", "M23", "COD") is None, show_events(ev)


def test_state_force_taking_a_town_is_not_read_as_its_own_target():
    # a state's army is no armed group of its own state: the rule leaves it alone
    ev = rule_events("Ethiopian troops captured the town after heavy fighting, the regional government said.")
    assert find_event(ev, "ASSAULT", "ETH", "ETH") is None, show_events(ev)


# -- the ends of a route the act is done on ("on the highways from Senegal and Ivory Coast") are where the route
#    runs, not whom the act hits -----------------------------------------------------------------------------------


def test_route_ends_are_no_target():
    ev = rule_events("BAMAKO, June 3 - JNIM fighters have burned dozens of fuel tankers on the main roads from "
                     "Guinea and Mauritania since April, transporters said.", published="2025-06-03")
    e = find_event(ev, "ASSAULT", "JNIM")
    assert e is not None, show_events(ev)
    assert not any(k.startswith(("GIN", "MRT")) for k in e.recipient_keys), show_events(ev)


def test_goods_from_a_state_still_name_it():
    # not a route: what a boat carries "from" a state still names that state
    ev = rule_events("US forces struck a boat carrying drugs from Venezuela, the Pentagon said.")
    assert find_event(ev, "ASSAULT", "USA", "VEN") is not None, show_events(ev)


# -- sinking a ship or boat is an attack on it (only with the vessel as object); a flag names its state ------------


def test_sinking_a_flagged_ship_is_an_attack_on_the_flag_state():
    ev = rule_events("Somali pirates said on Friday they had sunk a Panama-flagged cargo ship off the coast of Puntland.")
    assert find_event(ev, "ASSAULT", "SOM", "PAN") is not None, show_events(ev)


def test_a_boat_that_sank_is_no_attack():
    ev = rule_events("Forty migrants drowned when their overloaded boat sank off the coast of Lampedusa, the coast guard said.")
    assert not [e for e in ev if e.event == "ASSAULT"], show_events(ev)


# -- whoever says something of an attacked object in a clause on it names no place: "a boat Washington said was
#    carrying drugs" is not aimed at Washington's own state ---------------------------------------------------------


def test_speaker_of_a_clause_on_the_object_is_no_place():
    ev = rule_events("HAVANA, May 2 - Cuban officials protested after American warships struck a boat Washington said was "
                     "smuggling weapons.", published="2025-05-02")
    e = find_event(ev, "ASSAULT", "USA")
    assert e is not None, show_events(ev)
    assert not any(k.startswith("USA") for k in e.recipient_keys), show_events(ev)


# -- a base or post given by a word before it as the state's forces' ("a military outpost", "a police
#    checkpoint"), overrun by an armed group of that state: the state's army or police --------------------------


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("The Kachin Independence Army overran a military outpost near the jade mines on Sunday, a day after "
         "Chinese envoys met the rebel leadership.", "KIA", "MMR.MIL"),
        ("Al-Shabaab fighters stormed a police checkpoint on Tuesday, hours after the Ethiopian foreign minister "
         "arrived for talks.", "AL_SHABAAB", "SOM.COP"),
    ],
)
def test_armed_group_overrunning_its_states_post(text, actor, target):
    ev = rule_events(text)
    assert find_event(ev, "ASSAULT", actor, target) is not None, show_events(ev)
