"""Round 32 role rules. All sentences are invented."""

import pytest
from helpers import require_event, rule_events, show_events

# -- an accused group named with its backer ("militants backed by X"): the backer is accused too -------------------


def _recipient_states(e):
    return {k.split(".")[0] for k in e.stated_recipient_keys}


@pytest.mark.parametrize(
    "text, accuser, backer",
    [
        ("Ghana's interior minister blamed militants backed by Togo for a bombing at a market in Accra.", "GHA", "TGO"),
        ("Armenia's prime minister accused armed gangs directed by Baku of attacking a border village.", "ARM", "AZE"),
        ("The Somali government blamed fighters funded by Eritrea for the attack on the convoy.", "SOM", "ERI"),
    ],
)
def test_an_accused_group_backed_by_a_party_makes_the_party_a_target(text, accuser, backer):
    # "militants backed by X", "gangs directed by X", "fighters funded by X"
    ev = rule_events(text)
    e = require_event(ev, "ACCUSE", accuser)
    assert backer in _recipient_states(e), show_events(ev)


def test_a_place_after_by_is_not_a_backer():
    # "killed by a roadside bomb near X": no agent party; and a backer only for the accused, not for other acts
    ev = rule_events("Chadian troops backed by French jets attacked rebel positions near Abeche on Sunday.")
    for e in ev:
        if e.event == "ASSAULT":
            assert "FRA" not in _recipient_states(e), show_events(ev)


def test_accused_group_without_an_agent_keeps_its_target():
    ev = rule_events("Ghana's interior minister blamed separatist militants for a bombing at a market in Accra.")
    e = require_event(ev, "ACCUSE", "GHA")
    assert e.recipient_keys, show_events(ev)


# -- "killed/arrested N people in a raid on X": the party the raid was aimed at is a target of the act ---------------


def test_people_killed_in_a_raid_on_a_named_gang():
    # (round 33 review: reworded, the first wording followed a development item's shape too closely)
    ev = rule_events("Colombian soldiers shot dead nine men during an operation against the Clan del Golfo near Turbo "
                     "on Sunday.")
    e = require_event(ev, "ASSAULT", "COL")
    assert "CLAN_DEL_GOLFO" in e.stated_recipient_keys, show_events(ev)


def test_people_killed_in_a_raid_on_a_named_group_hideout():
    ev = rule_events("Turkish police killed five people in a raid on a PKK hideout in Van province on Sunday.")
    e = require_event(ev, "ASSAULT", "TUR")
    assert "PKK" in e.stated_recipient_keys, show_events(ev)


def test_people_detained_in_a_crackdown_on_a_party():
    ev = rule_events("Thai police detained 40 people in a crackdown on the opposition Pheu Thai party on Monday.")
    e = require_event(ev, "COERCE", "THA")
    assert any(k.startswith("THA.OPP") or k.startswith("PHEU_THAI") for k in e.stated_recipient_keys), show_events(ev)


def test_raid_on_a_building_adds_no_party():
    ev = rule_events("Peruvian police arrested 12 people in a raid on a warehouse in Callao on Monday.")
    e = require_event(ev, "COERCE", "PER")
    assert all(k.split(".")[0] == "PER" for k in e.stated_recipient_keys), show_events(ev)


# -- people named only by count, tied by their own phrase to a party -----------------------------------------------


def test_people_suspected_of_links_to_a_group():
    ev = rule_events("Spanish police detained 30 people suspected of links to al Qaeda in raids across Catalonia on "
                     "Monday.")
    e = require_event(ev, "COERCE", "ESP")
    assert any(k.startswith("AL_QAEDA") for k in e.stated_recipient_keys), show_events(ev)


def test_people_including_members_of_a_party():
    ev = rule_events("Thai police detained 40 people including two lawmakers from the opposition Pheu Thai party on "
                     "Monday.")
    e = require_event(ev, "COERCE", "THA")
    assert any(k.startswith("THA.OPP") or k.startswith("PHEU_THAI") or k.startswith("THA.LEG")
               for k in e.stated_recipient_keys), show_events(ev)


def test_people_suspected_of_a_crime_stay_people():
    ev = rule_events("Kenyan police detained 30 people suspected of stealing cattle in Turkana on Monday.")
    e = require_event(ev, "COERCE", "KEN")
    assert all(k.split(".")[0] == "KEN" for k in e.stated_recipient_keys), show_events(ev)

