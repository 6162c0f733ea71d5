"""Round 25 of actor resolution: a dateline city in capitals spelled in the city list with lower-case particles
or letters after a hyphen or apostrophe ("PORT-AU-PRINCE", "DAR ES SALAAM"), people of a part of an organisation
("members of a faction of X", "gunmen from a splinter group of X") and prisons as places of their state
(invented sentences)."""

from __future__ import annotations

import pytest
from helpers import find_event, key_of, rule_events, show_events

from eventcoder.events.places import lookup_caps_place, lookup_facility
from eventcoder.models import Article
from eventcoder.nlp import dateline_country, datelines, get_nlp, make_doc


@pytest.mark.parametrize(
    "head,country",
    [
        ("PORT-AU-PRINCE, Jan 3 (Reuters) - ", "HTI"),
        ("DAR ES SALAAM, May 9 (Reuters) - ", "TZA"),
        ("N'DJAMENA (AFP) - ", "TCD"),
        ("NAIROBI, June 2 (Reuters) - ", "KEN"),
    ],
)
def test_dateline_city_in_capitals_with_particles(head: str, country: str) -> None:
    text = head + "Police fired tear gas at protesters outside the ministry on Tuesday."
    doc = make_doc(get_nlp(), Article.from_text(text, published="2025-01-03"))
    assert dateline_country(doc) == country


def test_bare_capitals_dateline_with_particles() -> None:
    text = "PORT-AU-PRINCE — Gangs set fire to a police station on Sunday."
    spans = datelines(text)
    assert spans and text[spans[0][0] : spans[0][1]] == "PORT-AU-PRINCE — "


def test_caps_place_lookup() -> None:
    assert (p := lookup_caps_place("PORT-AU-PRINCE")) is not None and p.country == "HTI"
    assert lookup_caps_place("NATO") is None


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Members of a faction of Hamas attacked Israeli soldiers on Monday.", "HAMAS", "ISR.MIL"),
        ("Members of a faction of the Taliban attacked Afghan police on Friday.", "TALIBAN", "AFG.COP"),
        ("Gunmen from a splinter group of Boko Haram kidnapped villagers in Nigeria.", "BOKO_HARAM", "NGA.CVL"),
        ("Fighters from a splinter faction of the Taliban attacked Afghan police on Monday.", "TALIBAN", "AFG.COP"),
    ],
)
def test_people_of_a_part_of_an_organisation(text: str, actor: str, recipient: str) -> None:
    events = rule_events(text)
    assert find_event(events, "ASSAULT", actor, recipient) is not None, show_events(events)


def test_spokesman_for_a_part_of_an_organisation() -> None:
    assert key_of("A spokesman for a breakaway wing of the Taliban condemned the raid.", "spokesman") == "TALIBAN"


@pytest.mark.parametrize(
    "name,country",
    [
        ("the Litoral penitentiary", "ECU"),
        ("Evin prison", "IRN"),
        ("the Sednaya military prison", "SYR"),
        ("Kuje prison", "NGA"),
    ],
)
def test_prisons_are_places_of_their_state(name: str, country: str) -> None:
    place = lookup_facility(name)
    assert place is not None and place.country == country


def test_prison_is_no_party() -> None:
    text = "Soldiers took control of the Litoral penitentiary in Guayaquil on Monday."
    events = rule_events(text)
    assert all(not k.startswith("UNK:") for e in events for k in e.stated_recipient_keys), show_events(events)
