"""Round 51e (the same words coded as another type: closures of borders and airspace, ships seized by a state's
forces, arms export licences, trade restrictions, political parties suspended). All sentences are invented."""

from helpers import require_event, require_instead, rule_events, show_events

# -- a state closing its border, crossings or airspace to another: SANCTION, not COERCE --------------------------------


def test_border_crossings_closed_to_a_neighbour_are_a_sanction():
    ev = rule_events("Chile closed two border crossings with Bolivia on Friday after a surge in smuggling.")
    require_instead(ev, "SANCTION", "COERCE", "CHL", "BOL")


def test_airspace_closed_to_a_neighbours_flights_is_a_sanction():
    ev = rule_events("Morocco responded by closing its airspace to Algerian flights on Monday.")
    require_instead(ev, "SANCTION", "COERCE", "MAR", "DZA")


def test_a_closure_decided_for_a_date_is_the_measure_not_a_threat():
    ev = rule_events("Norway will shut its last open crossing on the Swedish border from Monday, the government said.")
    require_instead(ev, "SANCTION", "COERCE", "NOR")


def test_a_sealed_off_district_stays_coercion():
    # a place cordoned off by police is no closure of a border: COERCE, as before
    ev = rule_events("Kenyan police sealed off the centre of Nairobi on Tuesday ahead of the planned march.")
    assert not [e for e in ev if e.event == "SANCTION"], show_events(ev)


# -- a ship seized by a state's forces: COERCE (mode seize), not ASSAULT (abduct) ----------------------------------------


def test_tanker_seized_by_a_navy_is_coercion():
    ev = rule_events("Venezuela's navy seized a Liberian-flagged tanker off the coast of Falcon on Sunday, the "
                     "defence ministry said.")
    e = require_instead(ev, "COERCE", "ASSAULT", "VEN")
    assert e.mode == "seize", show_events(ev)


def test_hostages_seized_stay_an_abduction():
    ev = rule_events("Gunmen seized 14 passengers from a bus near Zamfara on Monday, police said.")
    e = require_event(ev, "ASSAULT", "NGA")
    assert e.mode == "abduct", show_events(ev)


# -- arms export licences suspended, trade restricted: SANCTION ---------------------------------------------------------


def test_arms_export_licences_suspended_are_a_sanction():
    ev = rule_events("Spain said on Tuesday it was suspending 12 arms export licences to Israel.")
    require_instead(ev, "SANCTION", "COERCE", "ESP", "ISR")


def test_broadcast_licence_suspended_stays_censorship():
    ev = rule_events("Uganda's regulator suspended the broadcast licence of a private Kampala radio station on Friday.")
    assert [e for e in ev if e.event == "COERCE"] and not [e for e in ev if e.event == "SANCTION"], show_events(ev)


def test_restrictions_on_a_states_imports_are_a_sanction():
    ev = rule_events("Egypt answered with restrictions on Ethiopian imports.")
    require_instead(ev, "SANCTION", "COERCE", "EGY", "ETH")


def test_movement_restrictions_stay_coercion():
    ev = rule_events("Israeli forces imposed movement restrictions on Palestinians in Hebron on Friday.")
    assert not [e for e in ev if e.event == "SANCTION"], show_events(ev)


# -- political parties suspended by the authorities: COERCE as "ban party", not SANCTION ---------------------------------


def test_parties_suspended_by_a_junta_are_coercion():
    ev = rule_events("Niger's junta suspended all political parties indefinitely on Monday.")
    require_instead(ev, "COERCE", "SANCTION", "NER")


def test_talks_suspended_stay_a_sanction():
    ev = rule_events("Peru's government suspended talks with the Shining Path on Monday after an ambush.")
    assert not [e for e in ev if e.event == "COERCE"], show_events(ev)


# -- a closure and an envoy recalled in one sentence: two SANCTIONs ------------------------------------------------------


def test_closure_and_recall_are_two_sanctions():
    ev = rule_events("Peru closed its airspace to Bolivian flights on Friday and recalled its ambassador from La Paz.")
    modes = {e.mode for e in ev if e.event == "SANCTION" and any(k.startswith("PER") for k in e.actor_keys)}
    assert {"discontinue", "withdraw"} <= modes, show_events(ev)


def test_two_trade_measures_stay_one_sanction():
    # two measures of one mode against the same party in one sentence: one SANCTION a signature, as before
    ev = rule_events("Peru halted imports of Bolivian gas and froze Bolivian assets on Friday.")
    sigs = [(e.actor_keys, e.recipient_keys) for e in ev if e.event == "SANCTION"]
    assert sigs and len(sigs) == len(set(sigs)), show_events(ev)
