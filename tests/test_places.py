"""Places: regions, districts and conflict towns (data/places/regions.yaml) as event places and targets."""

from __future__ import annotations

import pytest

from eventcoder import code_texts
from eventcoder.events.places import lookup_place, lookup_region
from eventcoder.models import key_matches


@pytest.mark.parametrize(
    "name,country",
    [
        ("Balochistan", "PAK"),
        ("Baluchistan", "PAK"),  # an alias
        ("the Donetsk region", "UKR"),  # a leading "the" and a generic word after the name
        ("Idlib province", "SYR"),
        ("North Kivu", "COD"),
        ("Khan Yunis", "PSE"),
        ("tigray", "ETH"),  # case does not matter
    ],
)
def test_region_lookup(name, country):
    p = lookup_region(name)
    assert p is not None and p.country == country and p.feature == "region"


def test_a_state_name_wins_over_a_region_and_unknown_names_are_none():
    assert lookup_place("Jordan").feature == "country"
    assert lookup_region("Atlantis") is None
    assert lookup_region("the region") is None


def _find(events, etype, actor, recipient):
    return [e for e in events if e.event == etype and any(key_matches(actor, k) for k in e.actor_keys)
            and any(key_matches(recipient, k) for k in e.recipient_keys)]


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        # a hostile act on something in a region hits the region's state
        ("Al-Shabaab fighters attacked an army post in the Middle Shabelle region.", "ASSAULT", "AL_SHABAAB", "SOM"),
        ("The Arakan Army seized the town of Maungdaw after weeks of fighting.", "ASSAULT", "ARAKAN_ARMY", "MMR"),
        # an unnamed victim group belongs to the region's state
        ("Gunmen killed twelve villagers in Zamfara on Sunday.", "ASSAULT", "NGA", "NGA.CVL"),
    ],
)
def test_region_names_the_target_state(text, etype, actor, recipient):
    events = code_texts([text])
    assert _find(events, etype, actor, recipient), [(e.event, e.actor_keys, e.recipient_keys) for e in events]


def test_region_is_the_event_place():
    events = code_texts(["Russian drones struck a fuel depot in Sumy overnight."])
    assert any(e.event_loc is not None and e.event_loc.name == "Sumy" and e.event_loc.country == "UKR" for e in events), [(e.event, e.event_loc) for e in events]


@pytest.mark.parametrize("written,country", [("Cucuta", "COL"), ("Lome", "TGO"), ("Chisinau", "MDA"),
                                              ("Sao Tome", "STP"), ("Krakow", "POL")])
def test_a_city_written_without_its_accents_is_found(written, country):
    # the city list has "Cúcuta", "Lomé", "Nukuʻalofa"-style forms; copy and datelines drop the accents
    place = lookup_place(written)
    assert place is not None and place.country == country and place.lat is not None


def test_a_city_without_accents_is_the_event_place():
    events = code_texts(["Police arrested three union leaders in Lome on Friday."], published="2025-05-02")
    assert events and all(e.event_loc is not None and e.event_loc.country == "TGO" for e in events)
