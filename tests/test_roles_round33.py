"""Round 33 role rules (and mends of round 32). All sentences are invented."""

from helpers import require_event, rule_events, show_events

# -- round 32 mend: the counted-people nouns are matched by their written plural as well as their lemma -----------


def test_counted_women_including_members_of_a_party():
    ev = rule_events("Tanzanian police detained 12 women including three organisers from the opposition Chadema party "
                     "in Arusha.")
    e = require_event(ev, "COERCE", "TZA")
    assert "TZA.OPP" in e.stated_recipient_keys, show_events(ev)


def test_counted_men_suspected_of_a_crime_stay_people():
    ev = rule_events("Zambian police detained 14 men suspected of stealing copper cables in Ndola on Friday.")
    e = require_event(ev, "COERCE", "ZMB")
    assert all(k.split(".")[0] == "ZMB" for k in e.stated_recipient_keys), show_events(ev)


# -- crowd-control force told with no one it was aimed at: the crowd of the sentence, not an office it names --------

_STATE_SECTORS = {"GOV", "LEG", "JUD", "ELI", "MIL", "COP"}


def _crowd_keys(e):
    return [k for k in e.stated_recipient_keys if "." in k and k.split(".")[1] not in _STATE_SECTORS]


def test_tear_gas_after_a_protest_clause_is_aimed_at_the_protesters_not_their_leader():
    ev = rule_events("Supporters of former Sri Lankan President Mahinda Rajapaksa staged a sit-in on the Colombo-Kandy "
                     "road on Monday, and police fired tear gas to reopen the road.")
    e = require_event(ev, "ASSAULT", "LKA.COP")
    assert _crowd_keys(e) and not any(k in ("LKA.GOV", "LKA.ELI") for k in e.stated_recipient_keys), show_events(ev)


def test_tear_gas_when_protesters_tried_to_reach_parliament_is_not_aimed_at_parliament():
    ev = rule_events("Thousands of doctors marched in Asuncion on Tuesday over unpaid wages, and police fired tear gas "
                     "when some protesters tried to get into the National Congress.")
    e = require_event(ev, "ASSAULT", "PRY.COP")
    assert _crowd_keys(e) and "PRY.LEG" not in e.stated_recipient_keys, show_events(ev)


def test_water_cannon_after_protesters_stormed_a_palace_is_not_aimed_at_the_government():
    ev = rule_events("Hundreds of coffee growers rallied in Tegucigalpa on Friday, and riot police used water cannon "
                     "after a group hurled stones at the gate of the presidential palace.")
    e = require_event(ev, "ASSAULT", "HND.COP")
    assert "HND.GOV" not in e.stated_recipient_keys, show_events(ev)


def test_tear_gas_at_named_protesters_keeps_them():
    ev = rule_events("Police fired tear gas at supporters of opposition leader Marcel Obiang in Libreville on Friday.")
    e = require_event(ev, "ASSAULT", "GAB.COP")
    assert _crowd_keys(e), show_events(ev)


def test_troops_firing_on_a_rebel_base_keep_their_target():
    # not crowd control: a state's forces shelling a named armed group keep it as the target
    ev = rule_events("Kenyan troops fired artillery at an al Shabaab camp near the Somali town of Dhobley on Sunday.")
    e = require_event(ev, "ASSAULT", "KEN")
    assert "AL_SHABAAB" in e.stated_recipient_keys, show_events(ev)


# -- a sanction or strike told with a participle of its aim ("..., targeting X and Y"): X and Y are targets too ------


def test_sanctions_targeting_a_third_states_firms():
    ev = rule_events("Australia imposed sanctions on Myanmar on Monday, targeting jet fuel suppliers and Singaporean "
                     "brokers that handle the shipments.")
    e = require_event(ev, "SANCTION", "AUS", "MMR")
    assert any(k.startswith("SGP") for k in e.stated_recipient_keys), show_events(ev)


def test_sanctions_on_a_state_targeting_another_states_refiners():
    ev = rule_events("Washington imposed sanctions on Venezuela on Tuesday, targeting gold traders and two Turkish banks "
                     "that handle the payments.")
    e = require_event(ev, "SANCTION", "USA", "VEN")
    assert any(k.startswith("TUR") for k in e.stated_recipient_keys), show_events(ev)


def test_targeting_the_actors_own_firms_adds_nothing_of_its_own():
    ev = rule_events("Japan imposed sanctions on North Korea on Friday, targeting ships that carried its coal.")
    e = require_event(ev, "SANCTION", "JPN", "PRK")
    assert not any(k.startswith("JPN") for k in e.stated_recipient_keys), show_events(ev)



def test_tear_gas_fired_at_lawmakers_in_so_many_words_stays_aimed_at_them():
    ev = rule_events("Thousands of doctors marched through Tirana on Monday, and riot police fired tear gas at lawmakers "
                     "who came out to join them.")
    e = require_event(ev, "ASSAULT", "ALB.COP")
    assert "ALB.LEG" in e.stated_recipient_keys and "ALB.MED" not in e.stated_recipient_keys, show_events(ev)


def test_tear_gas_after_a_group_set_fire_to_an_office_goes_to_the_counted_marchers():
    ev = rule_events("Thousands of farmers marched through Chisinau on Friday to demand grain subsidies, and riot police "
                     "fired tear gas after a group smashed the windows of the Moldovan government building.")
    e = require_event(ev, "ASSAULT", "MDA.COP")
    assert _crowd_keys(e) and "MDA.GOV" not in e.stated_recipient_keys, show_events(ev)
