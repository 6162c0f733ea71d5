"""Round 6 of actor resolution: regions of federal states acting or placing groups, named facilities as places of
their state, supporters of a party leader, a state noun acting as a government, first-person plurals in reported
speech, and the country an envoy must leave (invented sentences)."""

from __future__ import annotations

import pytest

from eventcoder.events.places import lookup_facility, lookup_place, lookup_region
from eventcoder.models import Article
from eventcoder.nlp import get_nlp, make_doc


def mentions(text: str, published: str = "2024-05-01"):
    nlp = get_nlp()
    return nlp(make_doc(nlp, Article(id="t", text=text, published=published)))._.actor_mentions


def key_of(text: str, phrase: str, published: str = "2024-05-01") -> str | None:
    start = text.find(phrase)
    assert start >= 0
    end = start + len(phrase)
    hits = [m for m in mentions(text, published) if m.start < end and start < m.end and not m.key.startswith("UNK:")]
    return min(hits, key=lambda m: m.end - m.start).key if hits else None


@pytest.mark.parametrize(
    "name,country",
    [("Ohio", "USA"), ("the Oregon", "USA"), ("Louisiana", "USA"), ("New York", "USA"), ("Washington State", "USA"),
     ("Manitoba", "CAN"), ("Nova Scotia", "CAN"), ("Maharashtra state", "IND"), ("Tamil Nadu", "IND"),
     ("the Sverdlovsk region", "RUS"), ("Bashkortostan", "RUS"), ("Minas Gerais", "BRA"), ("São Paulo", "BRA"),
     ("Kano state", "NGA"), ("Nuevo León", "MEX"), ("Oaxaca", "MEX"), ("Queensland", "AUS"),
     ("North Rhine-Westphalia", "DEU"), ("Saxony", "DEU"), ("Islamabad Capital Territory", "PAK")],
)
def test_divisions_of_federal_states(name: str, country: str) -> None:
    p = lookup_region(name)
    assert p is not None and p.country == country


@pytest.mark.parametrize("name", ["Georgia", "Washington", "Punjab", "Victoria"])
def test_shared_names_are_no_regions(name: str) -> None:
    assert lookup_region(name) is None


@pytest.mark.parametrize(
    "name,country",
    [("Ben Gurion airport", "ISR"), ("Ben Gurion", "ISR"), ("the Kharg oil terminal", "IRN"), ("Kharg Island", "IRN"),
     ("Zaporizhzhia nuclear power plant", "UKR"), ("the Khmeimim air base", "SYR"), ("Yongbyon", "PRK"),
     ("the Kakhovka dam", "UKR")],
)
def test_facilities_are_places_of_their_state(name: str, country: str) -> None:
    p = lookup_facility(name)
    assert p is not None and p.country == country and p.feature == "facility"
    q = lookup_place(name)
    assert q is not None and q.country == country


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a division acting, or holding an office, is its country's
        ("Ohio sued the federal government over the new tariffs.", "Ohio", "USA"),
        ("Louisiana Governor Jeff Landry signed the bill into law on Monday.", "Louisiana Governor", "USA.GOV"),
        ("Police in Maharashtra arrested 12 men after the riot.", "Police", "IND.COP"),
        ("Gunmen killed 20 villagers in Kano state, officials said.", "Gunmen", "NGA.UAF"),
        ("Farmers in Saxony blocked motorways with tractors.", "Farmers", "DEU.AGR"),
        # supporters of a party leader are the party he leads, in office or not
        ("Thousands of supporters of Imran Khan clashed with police in Lahore.", "supporters", "PTI"),
        ("Supporters of Sheikh Hasina set fire to a bus in Dhaka on Sunday.", "Supporters", "AWAMI_LEAGUE"),
        # a state noun acting as a government
        ("Lebanon's new president said the state must hold a monopoly on weapons.", "state", "LBN.GOV"),
        ("Tunisia's debt is rising, and the country must repay two billion dollars this year.", "country", "TUN.GOV"),
        ("Thousands fled the country after Sudan's army seized the capital.", "country", "SDN"),
        # we in reported speech is the speaker's side
        ('"We will not back down," Iran\'s foreign minister said on Monday.', "We", "IRN.GOV"),
        ('"We are ready for talks," the Qatari prime minister told reporters.', "We", "QAT.GOV"),
        # the country an envoy must leave is the host
        ("Mali expelled the Swedish ambassador and gave him 72 hours to leave the country.", "country", "MLI"),
    ],
)
def test_round6_keys(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_facility_is_no_party() -> None:
    """A named facility is a place, never an actor: no unresolved mention remains for it."""
    text = "Russian drones hit the Zaporizhzhia nuclear plant overnight, and a Houthi missile struck near Ben Gurion Airport."
    assert not [m for m in mentions(text) if m.key.startswith("UNK:")]


def test_we_outside_reported_speech_is_nobody() -> None:
    assert key_of("We expect heavy rain in Pakistan tomorrow.", "We") is None
