"""Round 50d (the source actor of an event). All sentences are invented."""

import pytest
from helpers import find_event, require_event, rule_events, show_events

# -- a reaction in a relative clause on a summing noun, the party read by the parser as its apposition ----------------


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("A Minsk court jailed four opposition activists on Tuesday, a verdict that Germany's foreign minister "
         "condemned as politically motivated.", "DEU", "BLR"),
        ("A Minsk court jailed four activists on Tuesday, a verdict Germany's foreign minister condemned as "
         "politically motivated.", "DEU", "BLR"),
        ("A Caracas court convicted a student leader of inciting hatred on Friday, a verdict that Chile's foreign "
         "minister condemned as an act of persecution.", "CHL", "VEN"),
    ],
)
def test_reaction_in_relative_clause_on_summing_noun_is_the_party_s(text, actor, recipient):
    ev = rule_events(text)
    e = require_event(ev, "ACCUSE", actor, recipient)
    assert e.event_text == "condemned", show_events(ev)


def test_passive_participle_with_agent_is_left_to_the_agent():
    # "a ruling condemned by X": a participle with an agent is no relative reaction of the noun before it
    ev = rule_events("A court in Tashkent jailed two bloggers on Friday, a ruling condemned by Norway as unjust.")
    assert find_event(ev, "ACCUSE", "UZB") is None, show_events(ev)
