"""Round 41 of types (invented sentences).

A meeting called or convened by a party ("called an emergency session of the council", "summoned a summit of
regional leaders") is a meeting the caller holds with those it brings together (CONSULT). An attack after "since" that names its doer ("since
Ethiopia's invasion of Tigray") is a background act, not only a date. A charge denied ("Minsk denied the allegation")
is turned down by the denier (REJECT)."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor",
    [
        ("The Arab League called an extraordinary session of its ministerial council for Sunday.", "ARAB_LEAGUE"),
        ("On Friday, Nigeria's president called a summit of West African leaders in Abuja.", "NGA"),
        ("The African Union has called an urgent meeting of its peace and security council after the clashes.", "AU"),
    ],
)
def test_calling_a_meeting_is_holding_it(text: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "CONSULT", actor)


def test_a_meeting_called_a_sham_stays_criticism() -> None:
    # the label is the act: the meeting named is no meeting of the labeller
    events = rule_events("Venezuela's opposition called the meeting a sham staged by the government.", published="2025-03-04")
    require_event(events, "ACCUSE", "VEN.OPP")
    assert find_event(events, "CONSULT", "VEN.OPP") is None, show_events(events)


def test_calling_for_a_meeting_is_no_meeting() -> None:
    # a call for talks asks for them; the caller holds none
    events = rule_events("Egypt called for an urgent meeting of the Arab League on the crisis.", published="2025-03-04")
    assert find_event(events, "CONSULT", "EGY") is None, show_events(events)



@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        # a possessive doer with an "against" or "of" phrase or none; the "since" phrase ending the sentence or
        # before its reporting clause
        ("Trade across the border has collapsed since Azerbaijan's offensive against Nagorno-Karabakh in 2023.", "AZE",
         None),
        ("Tourism in the south has never recovered since Israel's bombardment of southern Lebanon in 2006.", "ISR",
         "LBN"),
        ("More than a million people have fled since Ethiopia's invasion of Tigray, the agency said.", "ETH", None),
    ],
)
def test_attack_after_since_naming_its_doer_is_told(text: str, actor: str, recipient) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ASSAULT", actor, recipient)


def test_attack_after_since_without_a_doer_only_dates() -> None:
    events = rule_events("Food prices in Khartoum have tripled since the war began, traders said.", published="2025-03-04")
    assert all(e.event != "ASSAULT" for e in events), show_events(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        # the charge told in the sentence before; the denial with several charge nouns and tenses
        ("Ukraine accused Belarus of training saboteurs. Minsk later denied the allegation.", "BLR", "UKR"),
        ("Mali's junta accused Algeria of arming the rebels. Algiers has firmly denied any role.", "DZA", "MLI"),
        ("Peru's prosecutors accused Bolivia of sheltering the fugitive. La Paz denies any link to him.", "BOL", "PER"),
    ],
)
def test_denied_charge_is_turned_down(text: str, actor: str, recipient: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "REJECT", actor, recipient)


def test_undenied_report_is_no_rejection() -> None:
    events = rule_events("Ghana's army accused Togo of hosting the gunmen. Lome did not deny the report.", published="2025-03-04")
    assert find_event(events, "REJECT", "TGO") is None, show_events(events)


def test_denial_with_no_charge_told_is_no_rejection() -> None:
    # no accusation of the denier told before: the denial is left as a statement
    events = rule_events("Hezbollah denied any involvement in the rocket fire on Tuesday.", published="2025-03-04")
    assert find_event(events, "REJECT", "HEZBOLLAH") is None, show_events(events)
