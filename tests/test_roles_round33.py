"""Round 33 role rules (and mends of round 32). All sentences are invented."""

from helpers import require_event, rule_events, show_events

# -- round 32 mend: the counted-people nouns are matched by their written plural as well as their lemma -----------


def test_counted_women_including_members_of_a_party():
    ev = rule_events("Ugandan police detained 12 women including three organisers from the opposition National Unity "
                     "Platform in Kampala.")
    e = require_event(ev, "COERCE", "UGA")
    assert "NUP" in e.stated_recipient_keys, show_events(ev)


def test_counted_men_suspected_of_a_crime_stay_people():
    ev = rule_events("Zambian police detained 14 men suspected of stealing copper cables in Ndola on Friday.")
    e = require_event(ev, "COERCE", "ZMB")
    assert all(k.split(".")[0] == "ZMB" for k in e.stated_recipient_keys), show_events(ev)


# -- crowd-control force told with no one it was aimed at: the crowd of the sentence, not an office it names --------

_STATE_SECTORS = {"GOV", "LEG", "JUD", "ELI", "MIL", "COP"}


def _crowd_keys(e):
    return [k for k in e.stated_recipient_keys if "." in k and k.split(".")[1] not in _STATE_SECTORS]


def test_tear_gas_after_a_protest_clause_is_aimed_at_the_protesters_not_their_leader():
    ev = rule_events("Supporters of former Ecuadorean President Rafael Correa blocked roads around Guayaquil on Monday, "
                     "and police fired tear gas to clear the highway.")
    e = require_event(ev, "ASSAULT", "ECU.COP")
    assert _crowd_keys(e) and not any(k in ("ECU.GOV", "ECU.ELI") for k in e.stated_recipient_keys), show_events(ev)


def test_tear_gas_when_protesters_tried_to_reach_parliament_is_not_aimed_at_parliament():
    ev = rule_events("Thousands of nurses marched in Quito on Tuesday to demand higher pay, and police fired tear gas "
                     "when some protesters tried to reach the National Assembly.")
    e = require_event(ev, "ASSAULT", "ECU.COP")
    assert _crowd_keys(e) and "ECU.LEG" not in e.stated_recipient_keys, show_events(ev)


def test_water_cannon_after_protesters_stormed_a_palace_is_not_aimed_at_the_government():
    ev = rule_events("Hundreds of teachers marched through Tegucigalpa on Friday, and riot police used water cannon "
                     "after a group set fire to the gate of the presidential palace.")
    e = require_event(ev, "ASSAULT", "HND.COP")
    assert "HND.GOV" not in e.stated_recipient_keys, show_events(ev)


def test_tear_gas_at_named_protesters_keeps_them():
    ev = rule_events("Police fired tear gas at supporters of opposition leader Ousmane Sonko in Dakar on Friday.")
    e = require_event(ev, "ASSAULT", "SEN.COP")
    assert _crowd_keys(e), show_events(ev)


def test_troops_firing_on_a_rebel_base_keep_their_target():
    # not crowd control: a state's forces shelling a named armed group keep it as the target
    ev = rule_events("Nigerian troops fired artillery at a Boko Haram camp near Maiduguri on Sunday.")
    e = require_event(ev, "ASSAULT", "NGA")
    assert "BOKO_HARAM" in e.stated_recipient_keys, show_events(ev)


# -- a sanction or strike told with a participle of its aim ("..., targeting X and Y"): X and Y are targets too ------


def test_sanctions_targeting_a_third_states_firms():
    ev = rule_events("The European Union adopted new sanctions against Iran on Monday, targeting drone makers and "
                     "Chinese firms that supply engine parts.")
    e = require_event(ev, "SANCTION", "EU", "IRN")
    assert any(k.startswith("CHN") for k in e.stated_recipient_keys), show_events(ev)


def test_sanctions_on_a_state_targeting_another_states_refiners():
    ev = rule_events("Britain imposed sanctions on Russia on Tuesday, targeting oil tankers and two Indian refiners "
                     "that buy Russian crude.")
    e = require_event(ev, "SANCTION", "GBR", "RUS")
    assert any(k.startswith("IND") for k in e.stated_recipient_keys), show_events(ev)


def test_targeting_the_actors_own_firms_adds_nothing_of_its_own():
    ev = rule_events("Japan imposed sanctions on North Korea on Friday, targeting ships that carried its coal.")
    e = require_event(ev, "SANCTION", "JPN", "PRK")
    assert not any(k.startswith("JPN") for k in e.stated_recipient_keys), show_events(ev)



def test_tear_gas_fired_at_lawmakers_in_so_many_words_stays_aimed_at_them():
    ev = rule_events("Thousands of nurses marched through Maputo on Monday, and riot police fired tear gas at lawmakers "
                     "who tried to join them.")
    e = require_event(ev, "ASSAULT", "MOZ.COP")
    assert "MOZ.LEG" in e.stated_recipient_keys and "MOZ.MED" not in e.stated_recipient_keys, show_events(ev)


def test_tear_gas_after_a_group_set_fire_to_an_office_goes_to_the_counted_marchers():
    ev = rule_events("Thousands of teachers marched through Oaxaca on Friday to demand back pay, and riot police fired "
                     "tear gas after a group set fire to the door of the Oaxaca state government palace.")
    e = require_event(ev, "ASSAULT", "MEX.COP")
    assert _crowd_keys(e) and "MEX.GOV" not in e.stated_recipient_keys, show_events(ev)
