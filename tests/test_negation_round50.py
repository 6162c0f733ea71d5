"""Round 50 (negation): the use of force negated on its verb. Bare "force" taken by a verb of using it ("would not use
force against the strikers", "did not use force against the miners") names the use of force by the verb's subject, so a "not" on
that verb negates the attack itself: NOT ASSAULT, not a threat of force (the plain future "would use force" stays a
threat, and "did not rule out force" leaves it open). Invented sentences."""

from __future__ import annotations

import pytest
from helpers import find_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor",
    [
        ("Chile's interior ministry said the police would not use force against the striking dockworkers.", "CHL"),
        ("Peru's army will not use force to clear the roadblocks, the defence minister told reporters.", "PER"),
        ("Bolivian police did not use force against the miners blocking the highway, the ministry said.", "BOL"),
    ],
)
def test_negated_use_of_force_is_a_negated_assault(text: str, actor: str) -> None:
    ev = rule_events(text)
    e = find_event(ev, "ASSAULT", actor)
    assert e is not None and e.negated, show_events(ev)
    assert find_event(ev, "THREATEN", actor) is None, show_events(ev)


def test_use_of_force_without_negation_stays_a_threat() -> None:
    ev = rule_events("Chile's interior ministry said the police would use force against the striking dockworkers.")
    assert find_event(ev, "THREATEN", "CHL") is not None, show_events(ev)
    assert not [e for e in ev if e.event == "ASSAULT" and e.negated], show_events(ev)


def test_force_left_open_is_not_negated() -> None:
    ev = rule_events("Ecuador's president did not rule out force against the gangs holding the port.")
    assert not [e for e in ev if e.event == "ASSAULT" and e.negated], show_events(ev)
