"""Round 42 role rules. All sentences are invented."""

import pytest
from helpers import rule_events, show_events


def _stated(e):
    return [r.key for r in e.recipient if not r.inferred]


# -- what a state puts into an act of giving, sending or joining (its own organ) is not the party it acts toward -----


@pytest.mark.parametrize(
    "text,etype,state",
    [
        ("Ankara agreed on Monday to send a delegation to the ceasefire talks.", "AGREE", "TUR"),
        ("The United States offered FBI assistance in tracking the fugitives.", "AGREE", "USA"),
        ("China, which also trains local police units, was not invited to the summit.", "COOPERATE", "CHN"),
    ],
)
def test_own_organ_put_in_is_no_recipient(text, etype, state):
    ev = rule_events(text)
    theirs = [e for e in ev if e.event == etype and state in e.actor_keys]
    assert theirs, show_events(ev)
    for e in theirs:
        assert not any(k.startswith(state + ".") for k in _stated(e)), show_events(ev)


@pytest.mark.parametrize(
    "text,etype,actor,organ",
    [
        ("Bolivia arrested 17 army officers on Tuesday.", "COERCE", "BOL", "BOL.MIL"),
        ("Kenya's government pledged support for police officers in the north.", "SUPPORT", "KEN", "KEN.COP"),
    ],
)
def test_own_organ_undergoing_or_backed_stays_recipient(text, etype, actor, organ):
    ev = [e for e in rule_events(text) if e.event == etype]
    assert any(organ in _stated(e) for e in ev), show_events(rule_events(text))
