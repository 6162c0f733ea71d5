"""Round 35 of event types (invented sentences).

An act of force told in an agentless passive ("dozens of people were detained", "two farmers were shot dead") names
no doer: the state force the passage has just named acting (police who exchanged fire with loggers, soldiers who
cleared a land occupation) is its doer; an arrest with no such force named is the police's of the country of those
arrested; a shooting with no force named is by someone unknown (UNK). A passive with its agent ("were detained by
villagers") or a negated one keeps its own reading."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("BRASILIA, May 3 — Brazilian federal police exchanged fire with loggers on a river in the Amazon state of "
         "Para on Friday, and 14 men were detained.", "BRA.COP", "BRA"),
        ("HANOI, May 3 — Vietnamese police raided an illegal casino in the port city of Hai Phong on Friday. Thirty "
         "Vietnamese gamblers were arrested.", "VNM.COP", "VNM"),
        ("ASUNCION, May 3 — Two farmers were shot dead as soldiers cleared a land occupation in the north of the country "
         "on Friday.", "PRY.MIL", "PRY"),
    ],
)
def test_agentless_passive_force_is_the_named_state_force(text: str, actor: str, target: str) -> None:
    events = rule_events(text)
    ev = require_event(events, "ASSAULT" if "shot" in text else "COERCE", actor, target)
    assert not ev.negated


def test_agentless_passive_arrest_with_no_force_named_is_the_police() -> None:
    events = rule_events("ULAANBAATAR, May 3 — A former mining minister was arrested in Ulaanbaatar on Friday over the sale of "
                         "a coal licence.")
    require_event(events, "COERCE", "MNG.COP", "MNG")


def test_agentless_passive_shooting_with_no_force_named_is_unknown() -> None:
    events = rule_events("KARACHI, May 3 — A Pakistani judge was shot dead outside his home in Karachi on Friday.")
    require_event(events, "ASSAULT", "UNK", "PAK")


def test_passive_with_agent_keeps_its_agent() -> None:
    events = rule_events("LUSAKA, May 3 — Twelve miners were detained by villagers near a copper pit in northern Zambia on Friday.")
    assert find_event(events, "COERCE", "ZMB.COP") is None, show_events(events)


def test_negated_passive_arrest_is_no_event() -> None:
    events = rule_events("ALMATY, May 3 — No fans were arrested at the cup final in Almaty on Friday.")
    assert find_event(events, "COERCE", "KAZ.COP") is None, show_events(events)


def test_reporting_force_is_not_the_doer_of_a_passive_killing() -> None:
    events = rule_events("NEW DELHI, May 3 — Three tea pickers were shot dead on a plantation in Assam on Friday, police said.")
    assert find_event(events, "ASSAULT", "IND.COP") is None, show_events(events)


def test_passive_killing_told_by_its_cause_has_no_unknown_doer() -> None:
    events = rule_events("VIENTIANE, May 3 — At least 12 people were killed when a footbridge collapsed over a river in "
                         "northern Laos on Friday.")
    assert find_event(events, "ASSAULT", "UNK") is None, show_events(events)


def test_background_passive_arrest_in_relative_clause_has_no_doer() -> None:
    events = rule_events("ROME, May 3 — The Italian chef, who was arrested in Dubai in March, opened a restaurant in Milan "
                         "on Friday.")
    assert find_event(events, "COERCE", "ITA.COP") is None, show_events(events)


def test_passive_killing_in_an_after_clause_is_coded() -> None:
    events = rule_events("SANTO DOMINGO, May 3 — Shops stayed shut in the port city of Puerto Plata on Friday, a day after a "
                         "Dominican customs official was shot dead at a petrol station.")
    require_event(events, "ASSAULT", "UNK", "DOM")


def test_arrest_retold_in_an_after_clause_is_not_coded_twice() -> None:
    events = rule_events("ACCRA, May 3 — Ghanaian police arrested three Nigerian traders in Kumasi on Friday, two days after "
                         "they were detained for questioning at a market.")
    assert find_event(events, "COERCE", "NGA.COP") is None, show_events(events)
