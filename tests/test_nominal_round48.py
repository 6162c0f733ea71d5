"""Round 48: acts told as nouns whose doer is the clause's subject, read from the construction (invented sentences):
a joint act with its partner named by "with" ("opened talks with", "after negotiations with"), told as the object of
a verb of holding talks or in a phrase of the clause's occasion: the subject (or a passive clause's agent) is the other
side; not where the clause only comments on the talks ("criticised the talks with"), nor talks not held."""

from __future__ import annotations

import pytest
from helpers import find_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,partner",
    [
        ("Quito opened talks with Lima this month on the disputed fishing grounds.", "ECU", "PER"),
        ("Serbia signed the energy accord on Tuesday after negotiations with Hungary in Budapest.", "SRB", "HUN"),
        ("The grain deal was approved by Kazakhstan following talks with Uzbekistan.", "KAZ", "UZB"),
    ],
)
def test_partnered_talks_are_the_subjects(text: str, actor: str, partner: str) -> None:
    ev = rule_events(text)
    e = find_event(ev, "CONSULT", actor, partner) or find_event(ev, "CONSULT", partner, actor)
    assert e is not None, show_events(ev)


def test_commented_talks_are_not_the_subjects() -> None:
    # Kabul criticises talks it does not hold
    ev = rule_events("Kabul criticised the talks with Islamabad as a waste of time.")
    assert find_event(ev, "CONSULT", "AFG") is None, show_events(ev)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara would not open talks with Athens before the election.",
        "Nairobi refused to begin negotiations with Mogadishu over the maritime border.",
    ],
)
def test_talks_not_held_are_not_the_subjects(text: str) -> None:
    ev = rule_events(text)
    assert not [e for e in ev if e.event == "CONSULT" and not e.negated], show_events(ev)
