"""Review of round 50's rules: ordinary news sentences where a round-50 construction has another meaning, and the
rule, before its mend, emitted a wrong event or dropped a true one. All sentences are invented."""

import pytest
from helpers import require_event, require_instead, rule_events, show_events

# -- envoys expelled over a vessel's or a drone's acts stay a diplomatic expulsion (SANCTION) --------------------


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("Ghana expelled two Chinese diplomats over illegal fishing by Chinese trawlers.", "GHA", "CHN"),
        ("Lithuania expelled the Belarusian ambassador after a drone crashed near Vilnius.", "LTU", "BLR"),
    ],
)
def test_envoys_expelled_over_vessels_stay_a_sanction(text, actor, target):
    ev = rule_events(text)
    require_instead(ev, "SANCTION", "COERCE", actor, target)


def test_vessels_expelled_still_coerced():
    ev = rule_events("The Philippine coast guard said it had expelled three Chinese fishing boats from the shoal.")
    require_instead(ev, "COERCE", "SANCTION", "PHL", "CHN")


# -- a police report that names the sport's stadium is no match report ------------------------------------------


def test_rugby_stadium_in_a_police_report_is_no_match():
    ev = rule_events("Georgian police fired tear gas at protesters outside the rugby stadium in Tbilisi.")
    require_event(ev, "ASSAULT", "GEO.COP")


# -- suspects of a kidnapping or hijacking released by the forces that held them: a release ----------------------


def test_hijacking_suspects_released_by_police_is_a_release():
    ev = rule_events("Police in Karachi released the hijacking suspects without charge.")
    require_event(ev, "RETREAT", "PAK.COP")


def test_hostages_freed_by_marines_still_no_release():
    ev = rule_events("Marines freed the crew of a ferry hijacked by pirates off Somalia.")
    assert not [e for e in ev if e.event == "RETREAT"], show_events(ev)


# -- protesters entering a building while demanding food deliver no relief ---------------------------------------


def test_protesters_entering_demanding_food_is_no_aid():
    ev = rule_events("Protesters entered the parliament building in Nairobi demanding cheaper food.")
    assert not [e for e in ev if e.event == "AID"], show_events(ev)


def test_relief_convoy_entering_still_aid():
    ev = rule_events("A convoy of 15 Red Cross trucks carrying flour and medicine entered the besieged town of El Fasher.")
    require_event(ev, "AID", "ICRC")


# -- a ban extended on peacekeepers' work backs no one -----------------------------------------------------------


def test_ban_on_peacekeeping_patrols_extended_is_no_support():
    ev = rule_events("The junta extended its ban on peacekeeping patrols near the border with Niger.")
    assert not [e for e in ev if e.event == "SUPPORT"], show_events(ev)


def test_peacekeeping_mandate_renewed_still_support():
    ev = rule_events("The Security Council voted to renew the mandate of the peacekeeping force in Cyprus for another year.")
    require_event(ev, "SUPPORT", "UN", "CYP")
