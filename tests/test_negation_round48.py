"""Round 48 (negation): an act told as the complement of a verb of refusing ("declined to hold talks with X",
"refused to withdraw from", "ruled out resuming negotiations") is not done; by the gold conventions the refusal is
the event, REJECT, not negated, and the refused act is not coded as a negated act beside it. A plain negation with
no refusal verb ("did not hold talks") still codes the act negated, and an act left open ("would not rule out
sanctions") stays possible. Invented sentences."""

from __future__ import annotations

import pytest
from helpers import find_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor,act",
    [
        ("The Taliban declined to hold talks with Pakistan on the border dispute.", "TALIBAN", "CONSULT"),
        ("Kenya's government refused on Friday to take part in the negotiations with Somalia.", "KEN", "CONSULT"),
        ("Armenia ruled out resuming negotiations with Azerbaijan before the spring.", "ARM", "CONSULT"),
        ("After weeks of pressure, Mali's junta refused to send aid to Niger.", "MLI", "AID"),
        ("Hezbollah has refused to withdraw from the border villages.", "HEZBOLLAH", "RETREAT"),
    ],
)
def test_refused_act_is_the_rejection_only(text: str, actor: str, act: str) -> None:
    ev = rule_events(text)
    assert find_event(ev, "REJECT", actor) is not None, show_events(ev)
    assert not [e for e in ev if e.event == act and e.negated], show_events(ev)


def test_plain_negation_keeps_the_negated_act() -> None:
    ev = rule_events("Bolivia has not held talks with Chile since the election.")
    e = find_event(ev, "CONSULT", "BOL", "CHL")
    assert e is not None and e.negated, show_events(ev)


def test_left_open_act_is_not_a_refusal() -> None:
    ev = rule_events("Canada said it would not rule out new sanctions on Iran.")
    assert find_event(ev, "REJECT", "CAN") is None, show_events(ev)
