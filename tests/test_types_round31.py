"""Round 31 of event types: review of round 30 (mends) and general mechanisms read from the development sets."""

from helpers import find_event, rule_events, show_events


# --- review of round 30: an accidental blast told by its toll is no attack by someone unknown ----------------------

def test_an_industrial_blast_is_no_unknown_attack() -> None:
    for text in ("A gas explosion at a coal mine in Shanxi killed 12 Chinese miners on Monday.",
                 "A blast at a chemical plant near Chittagong killed five Bangladeshi workers.",
                 "An explosion at a fireworks warehouse in Jalisco killed nine Mexican labourers."):
        events = rule_events(text)
        assert not find_event(events, "ASSAULT", "UNK"), (text, show_events(events))


def test_a_blast_with_no_accident_cue_stays_an_unknown_attack() -> None:
    events = rule_events("A blast outside a police station in Quetta killed seven Pakistani officers on Friday.")
    assert find_event(events, "ASSAULT", "UNK", "PAK"), show_events(events)


# --- review of round 30: a thing "described as" an attack is named so as much as one "called" one ------------------

def test_a_thing_described_as_an_attack_is_criticism() -> None:
    events = rule_events("Latvia's defence minister described the jamming of airliners' navigation as a hybrid attack.")
    assert find_event(events, "ACCUSE", "LVA"), show_events(events)


def test_a_raid_described_as_an_operation_is_no_criticism() -> None:
    events = rule_events("The Peruvian army described the raid on the camp as a counter-narcotics operation.")
    assert not [e for e in events if e.event == "ACCUSE"], show_events(events)
