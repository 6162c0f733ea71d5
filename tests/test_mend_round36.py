"""Round 36 mends (invented sentences): round-35 rules narrowed where a review found them over-firing.

Types: an agentless passive killing takes no doer of the victims' own state from the clause before, none from an
earlier act when a "killed when ..." clause tells the cause, and no unknown doer when nothing in the sentence tells of
violence (an accident). Roles: power seized by a foreign force is seized from the government of the place, never from
the seizer's own state. Actors: victims of an armed group are not re-keyed to the group's state when the story names
a party of the dateline's own state."""

from __future__ import annotations

from helpers import find_event, key_of, require_event, rule_events, show_events


def test_passive_killing_of_the_doers_own_people_takes_no_doer_from_the_clause_before() -> None:
    events = rule_events("ISLAMABAD, May 3 — Pakistani troops shelled Indian posts on Friday, and three Pakistani villagers "
                         "were killed.")
    assert find_event(events, "ASSAULT", "PAK.MIL", "PAK") is None, show_events(events)


def test_passive_killing_told_by_its_cause_takes_no_doer_from_an_earlier_act() -> None:
    events = rule_events("MOSCOW, May 3 — Russian forces shelled Kharkiv on Friday. Two Russian pilots were killed when "
                         "their jet crashed near Belgorod.")
    assert find_event(events, "ASSAULT", "RUS.MIL", "RUS") is None, show_events(events)
    assert find_event(events, "ASSAULT", "UNK", "RUS") is None, show_events(events)


def test_passive_shooting_told_by_a_clause_takes_the_force_that_clause_names() -> None:
    events = rule_events("LIMA, May 3 — A farmer was shot dead on Wednesday as soldiers tried to clear a road blockade in "
                         "Peru's Puno region, a farmers' group said.")
    assert find_event(events, "ASSAULT", "PER.MIL", "PER") is not None, show_events(events)


def test_agentless_killing_with_no_sign_of_violence_has_no_unknown_doer() -> None:
    events = rule_events("KAMPALA, May 3 — Five schoolchildren were killed on a highway near Jinja on Friday.")
    assert find_event(events, "ASSAULT", "UNK") is None, show_events(events)


def test_power_seized_abroad_is_not_seized_from_the_seizers_own_state() -> None:
    events = rule_events("Russian mercenaries seized power in Bangui on Friday.")
    assert find_event(events, "COERCE", "RUS", "RUS") is None, show_events(events)
    require_event(events, "COERCE", "RUS.PRM", "CAF.GOV")


def test_victims_of_an_armed_group_stay_the_dateline_states_when_its_party_is_named() -> None:
    assert key_of("NAIROBI — Kenyan police said on Monday that al Shabaab had ambushed herders near the border.",
                  "herders") == "KEN.AGR"
    assert key_of("LONDON — British police said the ADF had recruited students online.", "students") == "GBR.EDU"
    assert key_of("MADRID — Spanish police said the Sinaloa cartel had bribed dock workers.", "dock workers") == "ESP.LAB"
