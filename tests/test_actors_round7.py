"""Round 7 of actor resolution: unnamed ministries and bodies the NER model takes for organisations, titled
offices with no holder named, ordinary people and pupils, the country abbreviation "US" is no pronoun, a
first-person plural whose speaker comes after it, and the host an envoy leaves (invented sentences)."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Wheat prices in Egypt rose sharply. Imports will be restricted, the agriculture ministry said.", "agriculture ministry", "EGY.GOV"),
        ("Mexico held local elections on Sunday. Turnout was above 60 percent, according to the electoral institute.", "electoral institute", "MEX.GOV"),
        ("Storms battered Poland for a week. The Treasury said emergency funds would be released.", "Treasury", "POL.GOV"),
        ("Inflation in Chile slowed in May, the state statistics institute said.", "statistics institute", "CHL.GOV"),
        ("Protesters marched in Nairobi on Monday. The foreign ministry said it had summoned the envoy.", "foreign ministry", "KEN.GOV"),
        ("Rockets were fired from Lebanon at dawn. The Joint Chiefs of Staff said the army was on alert.", "Joint Chiefs", "LBN.MIL"),
    ],
)
def test_unnamed_bodies_take_the_state_of_the_article(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_named_organisation_is_not_a_role_phrase() -> None:
    text = "Fires spread across Greece. The Hellenic Red Cross said volunteers were ready."
    assert key_of(text, "Hellenic Red Cross") != "GRC.GOV"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Clashes broke out in Bogota overnight. The interior minister said order had been restored.", "interior minister", "COL.GOV"),
        ("Floods swept through Bangladesh. The health minister said clinics would stay open.", "health minister", "BGD.MED"),
    ],
)
def test_titled_office_without_a_holder_takes_the_articles_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_titled_office_still_refers_to_the_named_holder() -> None:
    text = "Interior Minister Rafael Mendes visited Brazil's flooded south. The interior minister said aid was coming."
    assert key_of(text, "interior minister", occurrence=1) == key_of(text, "Rafael Mendes")


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Armed men seized 40 pupils from a boarding school in northern Nigeria.", "pupils", "NGA.EDU"),
        ("Teachers said learners in Kenya had missed weeks of classes after the strike.", "learners", "KEN.EDU"),
        ("A car ploughed into pedestrians in central Germany, police said.", "pedestrians", "DEU.CVL"),
        ("Gunmen opened fire on shoppers at a market in Mali.", "shoppers", "MLI.CVL"),
    ],
)
def test_pupils_and_ordinary_people(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_us_abbreviation_is_not_a_first_person_pronoun() -> None:
    text = "The Ethiopian government said it would join US-brokered talks in Nairobi next week."
    assert key_of(text, "US") != "ETH.GOV"


def test_we_with_a_speaker_found_later_in_the_pass() -> None:
    text = '"Our demands have not changed," the Hezbollah official said.'
    assert key_of(text, "Our") == "HEZBOLLAH"


def test_envoy_leaves_the_host_named_after_it() -> None:
    text = "The Belgian ambassador was ordered to leave the country, Mali's foreign ministry said."
    assert key_of(text, "country") == "MLI"
