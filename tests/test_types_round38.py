"""Round 38 of event types (invented sentences).

Warning shots fired by troops or ships at another party (soldiers, boats, drones) are a threat of force (THREATEN),
not an attack; at a crowd they stay crowd control."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, require_instead, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("Thai soldiers fired warning shots at a Cambodian drone over the disputed temple on Friday.", "THA", "KHM"),
        ("South Korean soldiers fired warning shots on Tuesday after North Korean troops briefly crossed the border.", "KOR", "PRK"),
        ("A Vietnamese patrol boat fired warning shots at Chinese fishing vessels near the Paracel Islands.", "VNM", "CHN"),
    ],
)
def test_warning_shots_are_a_threat_of_force(text: str, actor: str, target: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_instead(events, "THREATEN", "ASSAULT", actor, target)


def test_warning_shots_at_a_crowd_stay_crowd_control() -> None:
    events = rule_events("Bangladeshi police fired warning shots at protesters outside the parliament in Dhaka.", published="2025-03-04")
    assert find_event(events, "THREATEN", "BGD") is None, show_events(events)


# One state reopening its crossings with another eases its own restriction (CONCEDE); two states reopening their
# border together restore a link (COOPERATE).
@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("Kazakhstan reopened its border crossings with Kyrgyzstan on Monday after a two-week closure.", "KAZ", "KGZ"),
        ("After months of closure, Chad on Friday reopened the main crossing with Sudan to trucks carrying goods.", "TCD", "SDN"),
    ],
)
def test_one_state_reopening_crossings_with_another_concedes(text: str, actor: str, target: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_instead(events, "CONCEDE", "COOPERATE", actor, target)


def test_two_states_reopening_their_border_cooperate() -> None:
    events = rule_events("Armenia and Georgia reopened two border crossings on Thursday that had been shut since March.", published="2025-03-04")
    require_event(events, "COOPERATE", "ARM")
    assert find_event(events, "CONCEDE", "ARM") is None, show_events(events)
