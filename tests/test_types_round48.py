"""Session 21 (lead): a judicial execution is a COERCE act, a hanging of the convicted is one too; executions with no
sentence told (summary killings, an armed group's captives) and other senses of the verbs are not. Invented sentences."""

from __future__ import annotations

from helpers import find_event, require_event, rule_events, show_events


def test_an_executed_sentence_is_coercion() -> None:
    events = rule_events("Belarus executed a man convicted of treason on Monday, the supreme court said.", published="2025-03-01")
    require_event(events, "COERCE", "BLR")
    assert find_event(events, "ASSAULT", "BLR") is None, show_events(events)


def test_a_hanging_of_the_convicted_is_coercion() -> None:
    events = rule_events("Iraq hanged 11 men convicted of terrorism at Nasiriyah prison, a security source said.",
                         published="2025-03-01")
    require_event(events, "COERCE", "IRQ")


def test_other_executions_and_hangings_are_not() -> None:
    # an armed group's killing of captives names no sentence: an attack, not a judicial act
    events = rule_events("Al-Shabaab fighters executed four soldiers captured near Baidoa, the army said.", published="2025-03-01")
    assert find_event(events, "COERCE", "AL_SHABAAB") is None, show_events(events)
    for text in ("A banner hanged from the balcony of the parliament in Minsk.",
                 "The ministry executed the plan ahead of schedule, the court was told."):
        events = rule_events(text, published="2025-03-01")
        assert not [e for e in events if e.event in ("COERCE", "ASSAULT")], show_events(events)
