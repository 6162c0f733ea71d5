"""Round 18 of event types: disapproving labels cited as grounds ("citing what it called ..."), put after their
object or quoted at the end of it, and given as the predicate of a reported clause ("said the vote was
rigged"); nouns of an act read with their "of" object as the verb's entry ("ordered the closure of the
consulate"); forces described by a participle of presence ("soldiers patrolling the road") are no deployment;
clashes of crowds with security forces are fighting, not a riot; a verb misread as a modifier of a root noun
keeps that noun as subject; an extension of a state of emergency is coercion."""

from helpers import events_of, types_of


def test_label_cited_as_grounds_is_criticism() -> None:
    events = events_of("Russia banned Moldovan wine imports, citing what it called a provocation by Chisinau.", "ACCUSE", "RUS")
    assert events, types_of("Russia banned Moldovan wine imports, citing what it called a provocation by Chisinau.")


def test_label_naming_an_attack_target_is_no_criticism() -> None:
    types = types_of("Israel struck what it called terrorist targets in southern Lebanon.")
    assert "ACCUSE" not in types, types


def test_label_as_adjective_after_object_is_criticism() -> None:
    events = events_of('The Turkish foreign minister called the Greek decision "deeply irresponsible".', "ACCUSE", "TUR")
    assert events and any("GRC" in k for e in events for k in e.recipient_keys), events


def test_quoted_label_closing_a_long_object_is_criticism() -> None:
    events = events_of('Beijing called the new Australian restrictions on Chinese investment "blackmail".', "ACCUSE", "CHN")
    assert events and any("AUS" in k for e in events for k in e.recipient_keys), events


def test_reported_clause_with_disapproving_predicate_is_criticism() -> None:
    events = events_of("Ankara said the Swedish decision was unacceptable.", "ACCUSE", "TUR")
    assert events and any("SWE" in k for e in events for k in e.recipient_keys), events


def test_reported_rigged_vote_is_criticism() -> None:
    assert events_of("Serbia's president said the Kosovo election was rigged.", "ACCUSE", "SRB")


def test_reported_label_targets_the_act_of_the_clause_subject() -> None:
    text = "Panama banned banana imports from Ecuador on Monday. Ecuador's government said the ban was unjustified."
    events = events_of(text, "ACCUSE", "ECU")
    assert events and any("PAN" in k for e in events for k in e.recipient_keys), events


def test_reported_dangerous_situation_is_no_criticism() -> None:
    types = types_of("India's foreign ministry said the situation in the region was dangerous.")
    assert "ACCUSE" not in types, types


def test_ordered_closure_of_a_consulate_is_a_sanction() -> None:
    assert events_of("Lithuania ordered the closure of the Russian consulate in Klaipeda.", "SANCTION", "LTU")


def test_announced_closure_of_border_crossings_is_a_measure() -> None:
    types = types_of("Latvia announced the closure of two border crossings with Belarus.", actor="LVA")
    assert "SANCTION" in types, types  # round 51: a closure is SANCTION (COERCE before)


def test_closure_of_roads_by_floods_is_no_event() -> None:
    types = types_of("Floods forced the closure of several roads in southern Chile.")
    assert not types & {"SANCTION", "COERCE"}, types


def test_soldiers_described_as_patrolling_are_no_deployment() -> None:
    types = types_of("A roadside bomb wounded four Malian soldiers patrolling the highway near Gao.")
    assert "MOBILIZE" not in types, types


def test_troops_described_as_stationed_are_no_deployment() -> None:
    types = types_of("French troops stationed in Chad came under mortar fire on Tuesday.")
    assert "MOBILIZE" not in types, types


def test_warships_patrolling_waters_are_a_deployment() -> None:
    assert "MOBILIZE" in types_of("Chinese warships patrolled the waters off Taiwan on Sunday.")


def test_clashes_of_supporters_with_security_forces_are_fighting() -> None:
    types = types_of("Clashes between opposition supporters and security forces in Dakar left two people dead.")
    assert "ASSAULT" in types and "PROTEST" not in types, types


def test_verb_misread_as_modifier_of_root_noun_keeps_its_subject() -> None:
    text = "The Tajik border service called on the Taliban administration to secure its side of the frontier."
    assert events_of(text, "REQUEST", "TJK"), types_of(text)



def test_approved_extension_of_state_of_emergency_is_coercion() -> None:
    text = "Peru's Congress approved an extension of the state of emergency in Lima."
    assert events_of(text, "COERCE", "PER"), types_of(text)


def test_extension_of_a_deadline_is_no_coercion() -> None:
    types = types_of("Brazil's Congress approved a 60-day extension of the deadline for the budget.")
    assert "COERCE" not in types, types

