"""Round 24 of event types (from the misses of unseen wire text): an attack told with no doer is the act of the
party officials blame for it, in the same sentence or a later one, as it is of a party that claims it."""

from helpers import find_event, rule_events, show_events


def test_a_party_blamed_in_a_later_sentence_did_the_attack() -> None:
    events = rule_events("A roadside bomb killed three Malian soldiers near Gao on Monday. The army blamed jihadists linked to al Qaeda.")
    assert find_event(events, "ASSAULT", "AL_QAEDA", "MLI"), show_events(events)
    assert find_event(events, "ACCUSE", "MLI", "AL_QAEDA"), show_events(events)


def test_a_party_blamed_in_the_same_sentence_did_the_attack() -> None:
    events = rule_events("Gunmen killed five villagers in Zamfara state overnight, police said, and blamed bandits for the killings.")
    assert find_event(events, "ASSAULT", "NGA.CRM", "NGA"), show_events(events)
    events = rule_events("A car bomb exploded outside a Somali army base on Sunday, killing four soldiers, in an attack officials blamed on al Shabaab.")
    assert find_event(events, "ASSAULT", "AL_SHABAAB", "SOM"), show_events(events)
    assert not find_event(events, "ASSAULT", "AL_SHABAAB", "AL_SHABAAB"), show_events(events)


def test_blame_for_no_attack_or_denied_names_no_attacker() -> None:
    events = rule_events("A bomb killed three Nigerian soldiers on Monday. The opposition blamed the government for the insecurity.")
    assert not find_event(events, "ASSAULT", "NGA.GOV"), show_events(events)
    events = rule_events("A bomb killed three Nigerian soldiers on Monday. Officials did not blame Boko Haram.")
    assert not find_event(events, "ASSAULT", "BOKO_HARAM"), show_events(events)


def test_an_appeal_joined_to_the_reported_clause_is_the_speakers() -> None:
    events = rule_events("Norway said the sentence was unjust and urged Belarus to free the journalist.")
    assert find_event(events, "REQUEST", "NOR", "BLR"), show_events(events)
    events = rule_events("Ghanaian nurses said the new contract lacked safeguards and urged the government to publish its terms.")
    assert find_event(events, "REQUEST", "GHA", "GHA.GOV"), show_events(events)


def test_a_joined_appeal_with_its_own_subject_stays_its_subjects() -> None:
    events = rule_events("Norway said the sentence was unjust, and Sweden urged Belarus to free the journalist.")
    assert find_event(events, "REQUEST", "SWE", "BLR"), show_events(events)
    assert not find_event(events, "REQUEST", "NOR"), show_events(events)

