"""Round 52b (force acts with the right type and source but the wrong target: ships seized, people arrested at a
protest named only by their count, forces sent with only the place of their mission named). All sentences are
invented."""

from helpers import rule_events, show_events


def _acts(ev, etype):
    return [(e.actor_keys, e.recipient_keys) for e in ev if e.event == etype]


# -- a ship seized: its owner or flag, else an unknown party; never the sentence's other parties ------------------


def test_unflagged_ship_seized_is_aimed_at_an_unknown_party_not_the_reporting_broadcaster():
    ev = rule_events("Venezuela's coast guard seized a foreign-flagged oil tanker off the island of Margarita on "
                     "Wednesday, accusing it of carrying contraband diesel, state television reported.")
    got = _acts(ev, "COERCE")
    assert any(a and a[0].startswith("VEN") and r == ("UNK",) for a, r in got), show_events(ev)
    assert not any("VEN.JRN" in r for a, r in got), show_events(ev)


def test_ship_seized_is_not_aimed_at_a_party_of_a_later_sentence():
    ev = rule_events("Egypt's navy seized a foreign tanker in the Red Sea on Friday, accusing it of smuggling fuel. "
                     "Last month the US Navy said Egyptian boats had harassed a US destroyer.")
    got = [(a, r) for a, r in _acts(ev, "COERCE") if a and a[0].startswith("EGY")]
    assert got and got[0][1] == ("UNK",), show_events(ev)


def test_owner_named_by_its_demonym_and_noun_is_the_target():
    ev = rule_events("Maltese authorities impounded a migrant rescue ship run by the Norwegian charity Sea Help in the "
                     "port of Valletta on Sunday.")
    assert any(a == ("MLT.GOV",) and "NOR.SOC" in r for a, r in _acts(ev, "COERCE")), show_events(ev)


def test_fleet_the_ship_is_suspected_of_belonging_to_is_its_owner():
    ev = rule_events("Estonian authorities detained a tanker suspected of belonging to Russia's shadow fleet in the "
                     "Gulf of Finland on Thursday.")
    assert any(a == ("EST.GOV",) and any(x.startswith("RUS") for x in r) for a, r in _acts(ev, "COERCE")), show_events(ev)


def test_flag_state_is_kept():
    ev = rule_events("Indonesian authorities seized an Iranian-flagged tanker off the coast of Batam on Friday.")
    assert any(a == ("IDN.GOV",) and r == ("IRN",) for a, r in _acts(ev, "COERCE")), show_events(ev)


# -- people arrested at a protest, named only by count: the crowd's group too ---------------------------------------


def test_people_detained_after_a_blockade_are_of_the_blockading_workers():
    ev = rule_events("Thousands of Chilean truck drivers blocked motorways around Santiago on Monday to protest against "
                     "fuel prices. Police cleared one blockade with water cannon and detained 31 people, the interior "
                     "ministry said.")
    assert any(a == ("CHL.COP",) and "CHL.LAB" in r for a, r in _acts(ev, "COERCE")), show_events(ev)


def test_people_arrested_after_supporters_blocked_roads_are_of_the_opposition():
    ev = rule_events("Supporters of jailed opposition leader Ousmane Diallo blocked roads in Dakar for a third day on "
                     "Friday. Police fired tear gas and arrested 40 people.")
    assert any(a == ("SEN.COP",) and "SEN.OPP" in r for a, r in _acts(ev, "COERCE")), show_events(ev)


def test_people_arrested_with_no_crowd_named_stay_civilians():
    ev = rule_events("Opposition lawmakers criticised the budget on Monday. Police detained 12 people in the port "
                     "city of Durres.")
    assert not any(any(x.endswith(".OPP") for x in r) for a, r in _acts(ev, "COERCE")), show_events(ev)


# -- a force sent with only its mission's place named ---------------------------------------------------------------


def test_force_ordered_to_restore_order_in_a_state_targets_that_state():
    ev = rule_events("Southern African leaders on Friday ordered the deployment of a regional force to restore order "
                     "in Lesotho.")
    assert any(r == ("LSO",) for a, r in _acts(ev, "MOBILIZE")), show_events(ev)


def test_ship_sent_expanding_a_presence_near_a_state_targets_that_state():
    ev = rule_events("The Pentagon sent a second destroyer to the eastern Mediterranean on Monday, expanding the U.S. "
                     "naval presence near Syria.")
    assert any(r == ("SYR",) for a, r in _acts(ev, "MOBILIZE")), show_events(ev)


def test_purpose_place_in_the_actors_own_state_is_no_target():
    ev = rule_events("Brazil ordered the deployment of an army brigade to restore order in Brazil's northern states.")
    assert not any(r == ("BRA",) for a, r in _acts(ev, "MOBILIZE")), show_events(ev)
