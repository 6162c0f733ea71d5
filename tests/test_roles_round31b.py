"""Role reading, round 31b: a weapon or means of force that a verb of using takes as its object ("police used water
cannon", "troops employed rubber bullets") is the user's act, whether or not the sentence names a place that would
let the unnamed group be placed (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import rule_events
from helpers import show_events as _show


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Georgian police used water cannon to scatter protesters outside the court on Friday.", "GEO.COP", "GEO"),
        ("Kenyan riot police used tear gas to break up a crowd of students near the ministry.", "KEN.COP", "KEN"),
        ("Peruvian troops employed rubber bullets against striking miners outside the mine on Monday.", "PER", "PER"),
        ("Bolivian police used tear gas on students near the ministry.", "BOL.COP", "BOL"),
    ],
)
def test_user_of_a_weapon_is_the_actor_without_a_place(text, actor, recipient):
    events = rule_events(text)
    assert _find(events, "ASSAULT", actor, recipient) is not None, _show(events)


def test_same_reading_with_a_place():
    # the place-based reading already gave this: it must stay
    events = rule_events("Georgian police used water cannon to scatter demonstrators in Tbilisi on Friday.")
    assert _find(events, "ASSAULT", "GEO.COP", "GEO") is not None, _show(events)


def test_criticising_the_use_does_not_make_the_critic_the_user():
    # "condemned the tear gas": not a verb of using; the critic does not assault anyone
    events = rule_events("Amnesty International condemned the tear gas fired at students outside the court in Nairobi.")
    assert _find(events, "ASSAULT", "NGO") is None and _find(events, "ASSAULT", "AMN") is None, _show(events)
