"""Round 37 of event types (invented sentences).

An act named as the content of a threat noun ("drew threats of French military action", "issued threats of
sanctions against Minsk") is only threatened: one THREATEN, read on the act's noun, and no act of its own. A finite
verb the parse joins to the bare verb of a reported demand ("said Kyiv should free the men and threatened to block
the talks") is the speaker's own next act: not asked for, and the speaker's. A warning whose "that" clause tells
what has happened or is happening ("warned that the clashes had displaced 60,000 people") states a fact: no
THREATEN."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, require_instead, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,kind",
    [
        ("The wave of kidnappings has drawn threats of French military action.", "FRA", "ASSAULT"),
        ("Ankara issued threats of military action against the Kurdish militia on Monday.", "TUR", "ASSAULT"),
        ("Minsk faced the threat of new EU sanctions after the crackdown.", "EU", "SANCTION"),
    ],
)
def test_act_named_by_a_threat_noun_is_threatened(text: str, actor: str, kind: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_instead(events, "THREATEN", kind, actor)


def test_threat_with_its_own_owner_keeps_one_threat() -> None:
    events = rule_events("Beijing repeated its threat of sanctions on Lockheed Martin.", published="2025-03-04")
    require_event(events, "THREATEN", "CHN")
    assert not [e for e in events if e.event == "SANCTION"], show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "The scale of the Russian attack on Kyiv shocked officials.",
        "Egyptian troops repelled a threat by the rebels and then launched an attack on their camp near the border.",
    ],
)
def test_other_of_phrases_and_threats_leave_the_act_done(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert [e for e in events if e.event == "ASSAULT"], show_events(events)


# A finite verb the parse joins to the bare verb of a reported demand ("said Kyiv should free the men and threatened
# to ...") is the speaker's own next act, not part of what is asked, and the speaker's, not the asked party's.
@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Hungary said Kyiv should free the detained men and threatened to block the talks.", "THREATEN", "HUN"),
        ("Lithuania said Moscow must return the seized trucks and expelled two Russian diplomats.", "SANCTION", "LTU"),
    ],
)
def test_finite_act_joined_to_a_demand_is_the_speakers(text: str, etype: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, etype, actor)
    require_event(events, "REQUEST", actor)


@pytest.mark.parametrize(
    "text,asked",
    [
        ("Rights groups demanded that Kenya free the activists and drop the charges.", "KEN"),
        ("The Egyptian foreign ministry urged Israel to withdraw its troops and to reopen the crossing.", "ISR"),
    ],
)
def test_bare_verbs_joined_in_a_demand_stay_asked_for(text: str, asked: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert find_event(events, "RETREAT", asked) is None and find_event(events, "CONCEDE", asked) is None, show_events(events)


# A warning whose "that" clause tells what has happened or is happening states a fact, no threat; a warning of what
# is to come, or of a readiness to act, stays a threat.
@pytest.mark.parametrize(
    "text",
    [
        "The U.N. mission in Congo warned that fighting in Ituri had displaced more than 50,000 people.",
        "The EU warned Belgrade that unilateral moves were fuelling tensions in the north.",
        "Aid agencies cautioned on Monday that Sudan's harvest failed for a second year.",
        "Kosovo police closed Serb-run offices on Monday, drawing a warning from the European Union that unilateral "
        "moves were fuelling tensions.",
    ],
)
def test_warning_of_a_fact_is_no_threat(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert not [e for e in events if e.event == "THREATEN"], show_events(events)


@pytest.mark.parametrize(
    "text,actor",
    [
        ("Seoul warned that it would respond firmly to any provocation by Pyongyang.", "KOR"),
        ("Tehran warned that it was ready to strike U.S. bases.", "IRN"),
        ("Beijing warned Manila that it would pay a heavy price.", "CHN"),
        ("Russia issued a warning to Finland that it would respond to any NATO deployment.", "RUS"),
    ],
)
def test_warning_of_what_is_to_come_stays_a_threat(text: str, actor: str) -> None:
    require_event(rule_events(text, published="2025-03-04"), "THREATEN", actor)
