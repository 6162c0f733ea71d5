"""Round 30 of event types: general mechanisms read from the recurring type errors of the development sets."""

from helpers import find_event, rule_events, show_events


def _plain(events, etype, actor):
    e = find_event(events, etype, actor)
    return e is not None and not e.negated


# --- a past-tense verb joined after a negated passive, perfect or "did not" verb is a clause of its own ---------

def test_request_after_a_negated_passive_is_asserted() -> None:
    events = rule_events("Ecuador's foreign ministry said it had not been informed of the arrests and asked Lima for consular access.")
    assert _plain(events, "REQUEST", "ECU"), show_events(events)


def test_accusation_after_a_denied_passive_is_asserted() -> None:
    events = rule_events("Minsk denied that the balloons had been launched on purpose and accused Vilnius of staging a provocation.")
    assert _plain(events, "ACCUSE", "BLR"), show_events(events)


def test_blame_after_a_negated_perfect_is_asserted() -> None:
    events = rule_events("A spokesman for the Houthis said the group had not carried out the raid on the tanker, and blamed Israel.")
    assert _plain(events, "ACCUSE", "HOUTHIS"), show_events(events)


def test_accusation_after_did_not_is_asserted() -> None:
    events = rule_events("Venezuela did not attend the summit in Georgetown and accused Guyana of stealing its land.")
    assert _plain(events, "ACCUSE", "VEN"), show_events(events)


def test_shared_negation_of_joined_acts_stays() -> None:
    # "not ... or killed": the negation covers both acts
    events = rule_events("The army said it had not shelled the town or killed civilians.")
    assert not [e for e in events if e.event == "ASSAULT" and not e.negated], show_events(events)
    # two verbs sharing one object: "had not arrested and charged anyone"
    events = rule_events("Nigerian police said they had not arrested and charged any protesters.")
    assert not [e for e in events if e.event == "COERCE" and not e.negated], show_events(events)
    # a bare verb shares "did not"
    events = rule_events("Kenya did not attack Somalia and kill civilians, the army said.")
    assert not [e for e in events if e.event == "ASSAULT" and not e.negated], show_events(events)

