"""Round 31 of actor resolution (invented sentences): mends of round 30 (a ranked name the tagger splits, state
bodies and parties read as civil society) and a demonym several states share with none of them named."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the tagger leaves the given name after a rank out of the name: the title still reaches the person
        ("BANGUI, March 3 — Central African soldiers drove gunmen out of a mining town on Sunday, "
         "army spokesman Lt. Didier Kossi said.", "Didier Kossi", "CAF.MIL"),
        ("NIAMEY, March 3 — Nigerien soldiers drove gunmen out of a mining town on Sunday, "
         "army spokesman Capt. Didier Kossi said.", "Didier Kossi", "NER.MIL"),
    ],
)
def test_rank_before_a_split_name(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_capitalised_name_before_a_person_is_no_title_past_a_rank() -> None:
    # no title before the rank: nobody's official
    text = "LAGOS, May 4 — Police said the suspect, Capt. John Obi, had fled with the money."
    got = key_of(text, "John Obi")
    assert got is None or not got.endswith((".GOV", ".MIL"))


@pytest.mark.parametrize(
    "text,phrase",
    [
        # an alliance or league for democracy is a political party or front, not civil society
        ("KHARTOUM, May 2 — The Sudanese Alliance for Democracy called for a general strike.", "Sudanese Alliance for Democracy"),
        ("LOME, May 2 — The Togolese League for Democracy boycotted the vote.", "Togolese League for Democracy"),
    ],
)
def test_political_fronts_are_no_civil_society(text: str, phrase: str) -> None:
    got = key_of(text, phrase)
    assert got is None or not got.endswith(".SOC")


def test_a_league_for_rights_stays_civil_society() -> None:
    text = "LOME, May 2 — The Togolese League for Human Rights condemned the arrests."
    assert key_of(text, "Togolese League for Human Rights") == "TGO.SOC"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # "Guinean" is Guinea's own demonym: with none of the states sharing it named, it is Guinea
        ("DAKAR, May 2 — Guinean authorities suspended three newspapers on Tuesday, a press union said.",
         "Guinean authorities", "GIN.GOV"),
        ("Guinean soldiers fired tear gas at students marching in the capital on Monday.", "Guinean soldiers", "GIN.MIL"),
        # the article names Guinea-Bissau: its state
        ("BISSAU, May 2 — Guinean soldiers surrounded the parliament in Bissau on Tuesday, Guinea-Bissau's president said.",
         "Guinean soldiers", "GNB.MIL"),
    ],
)
def test_shared_demonym_defaults_to_its_own_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_korean_with_neither_korea_named_stays_unresolved() -> None:
    got = key_of("TOKYO, May 2 — Korean fishermen were detained near the islets on Tuesday.", "Korean fishermen")
    assert got is None or not got.startswith(("KOR", "PRK"))


@pytest.mark.parametrize(
    "text,key",
    [
        # a state acting on another "after" or "because" the government did something: the other state's government
        ("Canada lifted sanctions on Nicaragua's gold exports after the government freed 40 prisoners.", "NIC.GOV"),
        ("Japan pledged $2 billion to help Sri Lanka after the government defaulted on its debt.", "LKA.GOV"),
        ("Norway suspended aid to Malawi because the government had jailed two journalists.", "MWI.GOV"),
    ],
)
def test_government_of_an_adverbial_clause_is_the_acted_on_state(text: str, key: str) -> None:
    assert key_of(text, "government") == key


@pytest.mark.parametrize(
    "text,key",
    [
        # the government in the main clause, or with no other state named, stays as before
        ("Canada said on Monday that the government would review its aid to Nicaragua.", "CAN.GOV"),
        ("Chile raised fuel prices after the government ended a subsidy.", "CHL.GOV"),
    ],
)
def test_government_elsewhere_unchanged(text: str, key: str) -> None:
    assert key_of(text, "government") == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # "the government and the opposition": one state's two sides; the second is not placed by the venue
        ("The United States eased sanctions on Bolivia's mining sector after the government and the opposition signed an "
         "accord in Panama.", "opposition", "BOL.OPP"),
        ("Brazil welcomed the deal in Haiti after Bolivia's ruling party and the opposition agreed to hold a new vote.",
         "opposition", "BOL.OPP"),
    ],
)
def test_coordinated_sides_share_their_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_coordinated_sides_of_two_named_states_keep_their_own() -> None:
    text = "Kenya's government and Uganda's opposition traded accusations on Monday."
    assert key_of(text, "Uganda's opposition") == "UGA.OPP"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # stations and channels in the plural are the media, as one station is
        ("CONAKRY, May 3 — Guinean authorities shut three private radio stations for a month on Wednesday, accusing them "
         "of spreading lies about the army, the press regulator said.", "radio stations", "GIN.JRN"),
        ("MANAGUA, May 3 — Nicaragua's regulator took two television channels off the air on Friday.", "television channels", "NIC.JRN"),
    ],
)
def test_stations_in_the_plural_are_media(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # another state's organ named by its demonym: that state's, not the organ the bare name stands for
        ("MONROVIA, May 2 — The Liberian House of Representatives suspended its speaker on Tuesday.",
         "Liberian House of Representatives", "LBR.LEG"),
        ("The Japanese House of Representatives passed the defence budget on Friday.",
         "Japanese House of Representatives", "JPN.LEG"),
    ],
)
def test_demonym_on_another_states_organ_name(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_bare_organ_name_keeps_its_state() -> None:
    text = "The House of Representatives passed the spending bill on Friday, sending it to the Senate."
    assert key_of(text, "House of Representatives") == "USA.LEG"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a state's security service is its intelligence, named or bare, owned or by its demonym
        ("BAKU, Oct. 5 — The State Security Service said it had arrested two men spying for a neighbour.",
         "State Security Service", "AZE.SPY"),
        ("MINSK, Oct. 5 — The Belarusian security service detained a blogger on Friday.", "Belarusian security service", "BLR.SPY"),
    ],
)
def test_security_service_is_intelligence(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key
