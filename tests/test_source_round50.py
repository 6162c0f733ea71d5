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


# -- "X and the <description> Y": the named party after a description is the first party's conjunct -------------------


@pytest.mark.parametrize(
    "text,etype,one,other",
    [
        ("Germany and the Gulf state Qatar condemned the attack on the embassy in Khartoum.", "ACCUSE", "DEU", "QAT"),
        ("The United Nations and the regional bloc IGAD urged the two leaders to meet.", "REQUEST", "UN", "IGAD"),
        ("The African Union and the southern African bloc SADC called for calm in Mozambique.", "REQUEST", "AU", "SADC"),
    ],
)
def test_party_named_after_a_description_shares_the_act(text, etype, one, other):
    ev = rule_events(text)
    e = require_event(ev, etype, one)
    assert other in e.actor_keys, show_events(ev)
    assert other not in e.recipient_keys, show_events(ev)
