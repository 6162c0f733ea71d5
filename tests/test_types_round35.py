"""Round 35 of event types (invented sentences).

An act of force told in an agentless passive ("dozens of people were detained", "two students were shot dead") names
no doer: the state force the passage has just named acting (police who fired tear gas, troops who broke up a march) is
its doer; an arrest with no such force named is the police's of the country of those arrested; a shooting with no
force named is by someone unknown (UNK). A passive with its agent ("were detained by rebels") or a negated one keeps
its own reading."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("QUITO, May 3 — Police fired tear gas at striking teachers outside the ministry in Quito on Friday, and "
         "dozens of people were detained.", "ECU.COP", "ECU"),
        ("TBILISI, May 3 — Georgian riot police fired water cannon at a rally outside parliament on Friday. Eleven protesters "
         "were arrested.", "GEO.COP", "GEO"),
        ("LIMA, May 3 — Two students were shot dead as police broke up a march in Arequipa on Friday.", "PER.COP", "PER"),
    ],
)
def test_agentless_passive_force_is_the_named_state_force(text: str, actor: str, target: str) -> None:
    events = rule_events(text)
    ev = require_event(events, "ASSAULT" if "shot" in text else "COERCE", actor, target)
    assert not ev.negated


def test_agentless_passive_arrest_with_no_force_named_is_the_police() -> None:
    events = rule_events("CARACAS, May 3 — A journalist who had criticised the mayor was arrested in Caracas on Friday.")
    require_event(events, "COERCE", "VEN.COP", "VEN")


def test_agentless_passive_shooting_with_no_force_named_is_unknown() -> None:
    events = rule_events("KARACHI, May 3 — A Pakistani judge was shot dead outside his home in Karachi on Friday.")
    require_event(events, "ASSAULT", "UNK", "PAK")


def test_passive_with_agent_keeps_its_agent() -> None:
    events = rule_events("JUBA, May 3 — Eight aid workers were detained by rebels near the border on Friday.")
    assert find_event(events, "COERCE", "SSD.COP") is None, show_events(events)


def test_negated_passive_arrest_is_no_event() -> None:
    events = rule_events("MINSK, May 3 — No journalists were arrested at the rally in Minsk on Friday, officials said.")
    assert find_event(events, "COERCE", "BLR.COP") is None, show_events(events)


def test_reporting_force_is_not_the_doer_of_a_passive_killing() -> None:
    events = rule_events("MANILA, May 3 — Four villagers were killed when their bus was ambushed by gunmen in Mindanao, "
                         "police said on Friday.")
    assert find_event(events, "ASSAULT", "PHL.COP") is None, show_events(events)


def test_passive_killing_told_by_its_cause_has_no_unknown_doer() -> None:
    events = rule_events("DHAKA, May 3 — At least 30 people were killed when floods swept through villages in "
                         "northern Bangladesh on Friday.")
    assert find_event(events, "ASSAULT", "UNK") is None, show_events(events)


def test_background_passive_arrest_in_relative_clause_has_no_doer() -> None:
    events = rule_events("ANKARA, May 3 — The two Dutch cyclists, who were detained in Iran in 2021, returned home "
                         "on Friday.")
    assert find_event(events, "COERCE", "NLD.COP") is None, show_events(events)


def test_passive_killing_in_an_after_clause_is_coded() -> None:
    events = rule_events("BENGHAZI, May 3 — Fighting broke out in Benghazi on Friday, a day after a Libyan army commander "
                         "was shot dead outside his home.")
    require_event(events, "ASSAULT", "UNK", "LBY")


def test_arrest_retold_in_an_after_clause_is_not_coded_twice() -> None:
    events = rule_events("HAVANA, May 3 — Cuban police arrested two Spanish tourists in Havana on Friday, a week after "
                         "they were detained at the airport.")
    assert find_event(events, "COERCE", "ESP.COP") is None, show_events(events)
