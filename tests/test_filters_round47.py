"""Round 47: acts the coder found and then dropped. All sentences are invented."""

from helpers import rule_events

from eventcoder.events import coder as coder_module

# -- the drop hook: off by default, and reading it changes nothing ------------------------------------------------------


def test_drop_hook_is_off_by_default_and_reports_reasons():
    assert coder_module.DROP_HOOK is None
    text = "Peru said it would resume talks if Ecuador released the fishermen."
    plain = [(e.event, e.actor_keys, e.recipient_keys) for e in rule_events(text)]
    seen = []
    coder_module.DROP_HOOK = lambda doc, tok, etype, reason: seen.append((tok.text, etype, reason))
    try:
        hooked = [(e.event, e.actor_keys, e.recipient_keys) for e in rule_events(text)]
    finally:
        coder_module.DROP_HOOK = None
    assert hooked == plain
    assert ("released", "RETREAT", "inside_condition") in seen, seen
    assert any(r == "found" for _, _, r in seen)
