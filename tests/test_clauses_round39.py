"""Round 39 of clauses (invented sentences).

An authority's measure told in an agentless passive names those it falls on but not who took it: a penalty is the
court's, a ban the government's, an arrest told in a clause the police's, of the state those it falls on belong to."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,etype,actor,target",
    [
        # a penalty told in a relative clause on the object of another act
        ("Pakistan asked Britain to extradite former minister Ishaq Dar, who was sentenced to ten years in prison in "
         "absentia last month for corruption.", "SANCTION", "PAK.JUD", "PAK"),
        # a main-clause passive, with no court named
        ("Kenyan opposition leader Raila Odinga was convicted of sedition on Monday.", "SANCTION", "KEN.JUD", "KEN"),
        ("Former Zambian president Edgar Lungu was jailed for five years on Thursday.", "COERCE", "ZMB.JUD", "ZMB"),
        # a ban on a party, by "whose" and by "which"
        ("Her Awami League party, whose political activities have been banned, called a nationwide shutdown for Sunday.",
         "COERCE", "BGD.GOV", "AWAMI_LEAGUE"),
        ("The Awami League, which has been barred from contesting the vote, called for a boycott of the election.",
         "SANCTION", "BGD.GOV", "AWAMI_LEAGUE"),
        # an arrest told in a relative clause
        ("The Tunisian blogger, who was arrested at the airport in Tunis last year, was freed on Friday.", "COERCE",
         "TUN.COP", "TUN"),
    ],
)
def test_agentless_authority_measure_is_the_states_own(text: str, etype: str, actor: str, target: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, etype, actor, target)


def test_an_arrest_at_a_named_place_is_that_states() -> None:
    events = rule_events("The two Georgian journalists, who were detained at Minsk airport last year, were freed on Monday.",
                         published="2025-03-04")
    require_event(events, "COERCE", "BLR.COP", "GEO")


@pytest.mark.parametrize(
    "text,actor,target",
    [
        # an arrest a state's authority reports is that state's, whoever those held are
        ("Croatian officials said the Bosnian driver had been arrested at the border on suspicion of smuggling.",
         "HRV.COP", "BIH"),
        ("The Moroccan interior ministry said 40 Algerian smugglers had been arrested near Oujda on Sunday.",
         "MAR", "DZA"),
    ],
)
def test_an_arrest_an_authority_reports_is_its_states(text: str, actor: str, target: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "COERCE", actor, target)


def test_an_arrest_a_rights_group_reports_gets_no_doer() -> None:
    events = rule_events("Rights groups say hundreds of Egyptian activists have been jailed under the emergency law.",
                         published="2025-03-04")
    assert not any(k.startswith("EGY.") for e in events if e.event in ("COERCE", "SANCTION") for k in e.actor_keys), show_events(events)


def test_a_ban_in_a_named_state_is_that_states() -> None:
    events = rule_events("The Muslim Brotherhood, whose activities were banned in Jordan last year, denied the charges.",
                         published="2025-03-04")
    require_event(events, "COERCE", "JOR.GOV", "MUSLIM_BROTHERHOOD")
    assert find_event(events, "COERCE", "EGY") is None, show_events(events)


@pytest.mark.parametrize(
    "text,actor",
    [
        # those it falls on belong to two states: no one state's authority took it
        ("Russian and Belarusian athletes were banned from the championship on Monday.", "RUS.GOV"),
        # a state held since a date is no act; a "by" phrase names the doer; an arrest retold in an adverbial clause
        ("The Nigerien party, whose leader has been jailed since March 2024, called the ruling a farce.", "NER.JUD"),
        ("Former Peruvian president Pedro Castillo, who was barred from office by a congressional vote, urged his "
         "supporters to march.", "PER.GOV"),
        ("Russian authorities charged a French researcher on Monday, a month after he was detained in Moscow.", "RUS.COP"),
        # a rights lawyer's quote, the state named only in his body's name: his claim, no state's act
        ("\"They are old men, and they are being jailed for an opinion,\" said Tendai Moyo of Zimbabwe Lawyers for "
         "Human Rights.", "ZWE.JUD"),
        # a participle describing a person is no act of the sentence
        ("Jailed Turkish opposition figure Selahattin Demirtas wrote a letter to his supporters on Monday.", "TUR.JUD"),
    ],
)
def test_no_authority_made_up(text: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert not any(actor in e.actor_keys for e in events), show_events(events)


# A past-perfect relative clause dated a few hours or days before the news ("hours earlier", "five days before") is
# part of the news, not background: as "last week" already was.
@pytest.mark.parametrize(
    "text,types,actor,target",
    [
        ("Armenian troops on Tuesday handed back two Azerbaijani soldiers, whom they had detained hours earlier near "
         "the border.", ("COERCE", "ASSAULT"), "ARM", "AZE"),
        ("Al Shabaab fighters on Sunday freed three Kenyan teachers, whom they had abducted five days earlier near Mandera.",
         ("ASSAULT", "COERCE"), "AL_SHABAAB", "KEN"),
    ],
)
def test_a_relative_clause_dated_days_before_is_news(text: str, types: tuple[str, ...], actor: str, target: str | None) -> None:
    events = rule_events(text, published="2025-03-04")
    assert any(find_event(events, t, actor, target) for t in types), show_events(events)


def test_a_relative_clause_dated_years_before_stays_background() -> None:
    events = rule_events("Al Shabaab fighters on Sunday freed three Kenyan teachers, whom they had abducted in 2019 near Mandera.",
                         published="2025-03-04")
    assert not any(find_event(events, t, "AL_SHABAAB", "KEN") for t in ("ASSAULT", "COERCE")), show_events(events)


# A relative clause set off by a comma on a party an accusation names tells the narrator's account of that party
# ("accused Eritrea of arming the TPLF, whose fighters attacked ..."): its act is no part of the allegation. A
# restrictive one ("arming militants who attacked a police post") stays inside it.
@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("Ethiopia accused Eritrea on Monday of arming the TPLF, whose fighters attacked government troops in Tigray "
         "last week.", "TPLF", "ETH"),
        ("Niger accuses Benin of sheltering fighters of JNIM, who have killed dozens of Nigerien soldiers this year.",
         "JNIM", "NER"),
    ],
)
def test_a_narrated_relative_clause_inside_an_accusation_is_coded(text: str, actor: str, target: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ASSAULT", actor, target)


def test_a_restrictive_relative_clause_inside_an_accusation_stays_alleged() -> None:
    events = rule_events("Chad accused Sudan on Monday of backing rebels who attacked a Chadian border town last week.",
                         published="2025-03-04")
    assert find_event(events, "ASSAULT", "TCD") is None and find_event(events, "ASSAULT", "SDN") is None, show_events(events)
    assert not any(e.event == "ASSAULT" for e in events), show_events(events)


# A formal charge told in an agentless passive is the prosecuting authority's accusation, of the state of those charged.
@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("Four Ugandan soldiers have been charged with the killing of a market trader in Gulu.", "UGA.JUD", "UGA"),
        ("Two Georgian activists were arrested in Tbilisi on Saturday and charged with hooliganism.", "GEO.JUD", "GEO"),
    ],
)
def test_an_agentless_charge_is_the_prosecutors(text: str, actor: str, target: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ACCUSE", actor, target)


def test_a_charge_a_rights_group_reports_gets_no_doer() -> None:
    events = rule_events("Amnesty International said hundreds of Iranian protesters have been charged with rioting.",
                         published="2025-03-04")
    assert find_event(events, "ACCUSE", "IRN") is None, show_events(events)

