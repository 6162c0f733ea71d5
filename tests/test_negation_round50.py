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


# Round 50 (roles of a negated intention): an "of"-gerund on a noun of intent ("had no intention of invading X") is the
# act of whoever holds the intention, the subject of the verb that has the noun (or the noun's possessor); with "no"
# the act is negated.


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Kenya's president told reporters that Kenya had no intention of invading Somalia over the maritime dispute.", "KEN", "SOM"),
        ("Armenia has no intention of attacking Azerbaijan, its foreign minister said on Friday.", "ARM", "AZE"),
    ],
)
def test_no_intention_of_an_act_is_the_holders_negated_act(text: str, actor: str, recipient: str) -> None:
    ev = rule_events(text)
    e = find_event(ev, "ASSAULT", actor, recipient)
    assert e is not None and e.negated, show_events(ev)


def test_intention_of_an_act_without_no_is_not_negated() -> None:
    ev = rule_events("Venezuela announced its intention of annexing the Essequibo region of Guyana.")
    assert not [e for e in ev if e.negated], show_events(ev)
