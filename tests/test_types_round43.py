"""Round 43 of types (invented sentences).

A whole direct quote told before its speaker ("\"Caracas is threatening the whole region,\" Guyana's president
said") whose words name another party doing harm is the speaker's charge against that party (ACCUSE), also against
a named armed group of the speaker's own state; a quote of no hostile word, or one whose subject is the people the
harm falls on, or whose harm is the speaker's own side's act in a joined clause, is no charge."""

from __future__ import annotations

import pytest
from helpers import require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("\"Caracas is threatening the whole region,\" Guyana's president said in a televised address.", "GUY", "VEN"),
        ("\"Hezbollah has dragged Lebanon into a war it did not choose,\" the Lebanese prime minister said on Sunday.",
         "LBN", "HEZBOLLAH"),
        ("\"The Sinaloa cartel has declared war on our police officers,\" Mexico's security minister wrote on X.", "MEX",
         "SINALOA_CARTEL"),
    ],
)
def test_quote_before_its_speaker_naming_harm_is_a_charge(text: str, actor: str, recipient: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ACCUSE", actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        ("\"Vietnam is our closest partner in the region,\" the Japanese prime minister said."),
        ("\"Thousands of families are sleeping in the open after the floods,\" the Red Cross said."),
        ("\"The insurgents crossed the river at night, but our soldiers drove them back,\" Mali's army spokesman said."),
    ],
)
def test_quote_without_a_charge_is_none(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert all(e.event != "ACCUSE" for e in events), show_events(events)


# A threat quoted to the press ("... told reporters", "told a news conference") is still the speaker's threat, aimed
# at whoever the quote names, never at the journalists who hear it; a party that "will find no refuge" is threatened.
@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("\"We will hunt down the bandits who did this,\" Nigeria's police chief told journalists in Abuja.", "NGA.COP",
         "NGA.CRM"),
        ("\"The Houthis will pay for every drop of blood,\" the Israeli defence minister told a news conference.", "ISR",
         "HOUTHIS"),
        ("\"The gunmen will find no hiding place in this country,\" Kenya's interior minister told reporters.", "KEN",
         None),
        ("Mexico's security minister said the cartel gunmen would find no place to hide.", "MEX", None),
    ],
)
def test_threat_told_to_the_press_or_denying_refuge(text: str, actor: str, recipient) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "THREATEN", actor, recipient)
    assert not any(r.key.endswith(".JRN") for e in events for r in e.recipient), show_events(events)


def test_refuge_found_is_no_threat() -> None:
    events = rule_events("\"Displaced families will find shelter in the new camps,\" the agency told reporters.",
                         published="2025-03-04")
    assert all(e.event != "THREATEN" for e in events), show_events(events)


# A rally or crowd a speaker tells something to is the audience, no protest; one told with what it opposes stays one.
@pytest.mark.parametrize(
    "text",
    [
        "\"Our country will never kneel again,\" President Nicolas Maduro told a rally in Caracas.",
        "\"We will rebuild every school,\" Kenya's president told a huge rally in Nairobi.",
    ],
)
def test_rally_spoken_to_is_no_protest(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert all(e.event != "PROTEST" for e in events), show_events(events)


def test_rally_against_a_law_spoken_to_stays_a_protest() -> None:
    events = rule_events("Venezuela's opposition leader told a rally against the new tax law in Caracas that the fight "
                         "would go on.", published="2025-03-04")
    require_event(events, "PROTEST", "VEN")


# A reckoning announced for a party ("would hold X responsible", "will be held accountable") is a threat; one that
# must be done, or that another party is urged to do, is not the speaker's threat.
@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Japan's defence minister said Tokyo would hold Beijing responsible for any harm to its crew.", "JPN", "CHN"),
        ("\"Those who shelter the gunmen across the border will be held accountable,\" India's foreign ministry "
         "spokesman told reporters.", "IND", None),
        ("Colombia's defence minister said the ELN would be held accountable for the bombing.", "COL", "ELN"),
    ],
)
def test_reckoning_announced_is_a_threat(text: str, actor: str, recipient) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "THREATEN", actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. rights chief said those responsible must be held accountable.",
        "Britain urged Israel to hold the settlers accountable.",
        # no party named as the one held
        "Kenya's interior minister said the perpetrators would be held accountable.",
    ],
)
def test_reckoning_demanded_is_no_threat(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert all(e.event != "THREATEN" for e in events), show_events(events)
