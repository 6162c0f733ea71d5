"""Round 47 of types (invented sentences).

Killings told in an agentless passive beside the attack that caused them ("Russian drones hit a block of flats. Six
people were killed") are the toll of that attack: one event. A passive killing with an agent of its own, or of people
of another state, stays.

Talks named by a membership process ("EU accession talks", "membership negotiations") are the process, not a meeting
held (CONSULT), unless a verb of holding or opening governs them.

Issuing an arrest warrant for a person is COERCE (most development sets; data/gold/README.md), not THREATEN; a
warrant an arrest is made on, or one spoken of, is no new act."""

from __future__ import annotations

import pytest
from helpers import require_event, rule_events, show_events


def _count(events, etype):
    return sum(e.event == etype for e in events)


# T1 ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,actor",
    [
        ("Three Indian soldiers were killed and four wounded when militants fired on an army vehicle in Poonch on "
         "Thursday.", "IND"),
        ("Four Nigerien gendarmes were killed on Sunday after gunmen ambushed their convoy near Tillaberi, the "
         "interior ministry said.", "NER"),
        ("Kenyan police said Al Shabaab fighters stormed a border post in Mandera county before dawn. Six officers "
         "were killed, a police spokesman said.", "AL_SHABAAB"),
    ],
)
def test_agentless_passive_killing_beside_its_attack_is_one_event(text: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert _count(events, "ASSAULT") == 1, show_events(events)
    if actor != "IND" and actor != "NER":
        require_event(events, "ASSAULT", actor)


@pytest.mark.parametrize(
    "text",
    [
        # the killing names its own doer
        "Burkinabe troops shelled a rebel camp near Dori on Friday. Separately, two soldiers were killed by jihadist fighters near Djibo.",
        # people of another state: another act
        "Russian missiles struck an apartment block in Kharkiv on Monday. In Gaza, three Palestinians were killed "
        "by Israeli fire, medics said.",
    ],
)
def test_passive_killing_with_its_own_doer_or_victims_stays(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert _count(events, "ASSAULT") == 2, show_events(events)


# T2 ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Montenegro's accession talks with the European Union, opened in 2012, have stalled over judicial reforms.",
        "Riot police detained dozens of protesters in Belgrade as rallies against the government's suspension of EU "
        "accession talks entered a third week.",
        "The ruling party froze membership negotiations with the European Union in November, citing foreign meddling.",
    ],
)
def test_membership_process_talks_are_no_meeting(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert _count(events, "CONSULT") == 0, show_events(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Moldova held the first round of membership talks with the European Union in Luxembourg on Tuesday.", "MDA", "EU"),
        ("Turkey's foreign minister met his Greek counterpart in Athens on Tuesday.", "TUR", "GRC"),
    ],
)
def test_talks_held_stay_a_meeting(text: str, actor: str, recipient: str) -> None:
    require_event(rule_events(text, published="2025-03-04"), "CONSULT", actor, recipient)


# T3 ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,actor",
    [
        ("A court in Lima issued an arrest warrant on Monday for former president Pedro Castillo over the failed coup.", "PER"),
        ("An arrest warrant for the rebel commander Joseph Kony was issued by the International Criminal Court.", "ICC"),
    ],
)
def test_issued_arrest_warrant_is_coercion(text: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "COERCE", actor)
    assert _count(events, "THREATEN") == 0, show_events(events)


def test_warrant_spoken_of_is_no_act() -> None:
    events = rule_events("Bolivian prosecutors said the warrant against Morales remained valid.", published="2025-03-04")
    assert _count(events, "COERCE") == 0 and _count(events, "THREATEN") == 0, show_events(events)


def test_warrant_issued_over_a_crime_is_also_the_charge() -> None:
    events = rule_events("The International Criminal Court issued arrest warrants for Sudan's former president over "
                         "alleged genocide in Darfur.", published="2025-03-04")
    require_event(events, "COERCE", "ICC", "SDN")
    require_event(events, "ACCUSE", "ICC", "SDN")


def test_warrant_with_no_crime_named_is_no_charge() -> None:
    events = rule_events("A Bolivian judge issued a warrant for Evo Morales's arrest on Thursday.", published="2025-03-04")
    assert _count(events, "ACCUSE") == 0, show_events(events)
