"""Role reading, round 8: a force or craft that a state detects, spots or tracks is deployed by its owner, and the
watcher is the target (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import show_events as _show

from eventcoder import code_texts


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Japan said it had spotted six Russian warships near Hokkaido on Tuesday.", "RUS", "JPN"),
        ("The Philippine coast guard said it had detected eight Chinese vessels near the reef.", "CHN", "PHL"),
        ("South Korea's military detected dozens of North Korean aircraft close to the border overnight.", "PRK", "KOR"),
    ],
)
def test_detected_force_is_its_owners_deployment(text, actor, recipient):
    events = code_texts([text])
    assert _find(events, "MOBILIZE", actor, recipient) is not None, _show(events)
    # the watcher is not the one deploying
    assert _find(events, "MOBILIZE", recipient, actor) is None, _show(events)


def test_own_deployment_keeps_its_subject():
    # not a verb of watching: the subject deploys
    events = code_texts(["Russia deployed warships near the coast of Japan on Monday."])
    assert _find(events, "MOBILIZE", "RUS") is not None, _show(events)


@pytest.mark.parametrize(
    "text,actor,recipient,bystander",
    [
        ("Police watched as supporters of Hamas attacked Fatah offices in Gaza.", "HAMAS", "FATAH", "PSE.COP"),
    ],
)
def test_clause_after_conjunction_read_as_preposition(text, actor, recipient, bystander):
    # "as" read as a preposition: its object is the subject of the clause's verb, not the onlookers
    events = code_texts([text])
    assert _find(events, "ASSAULT", actor, recipient) is not None or _find(events, "COERCE", actor, recipient) is not None, _show(events)
    assert not any(bystander in e.actor_keys for e in events if e.event in ("ASSAULT", "COERCE")), _show(events)


def test_unresolved_clause_subject_does_not_fall_back_to_onlookers():
    # the clause's own subject names no party: the act is not the onlookers'
    events = code_texts(["Police stood by as supporters of the president attacked opposition offices in Kampala."])
    assert not any(k.endswith(".COP") for e in events if e.event == "ASSAULT" and not e.negated for k in e.actor_keys), _show(events)
