"""Round 49a (ACCUSE events). All sentences are invented."""

import pytest
from helpers import find_event, require_event, rule_events, show_events

# -- "Each side accused the other." as a sentence of its own: the two sides of the clash told just before ----------


@pytest.mark.parametrize(
    "text,one,other",
    [
        ("Kyrgyz and Tajik border guards fought for several hours near the Vorukh enclave on Thursday. Officials in "
         "Bishkek, Dushanbe and Moscow gave differing casualty figures. Each side accused the other of provoking the "
         "fighting.", "KGZ", "TJK"),
        ("Armenian and Azerbaijani forces clashed near the village of Sotk overnight, the two defence ministries said. "
         "Russia and France urged restraint. Each side blamed the other for the fighting.", "ARM", "AZE"),
    ],
)
def test_reciprocal_accusation_in_its_own_sentence_names_the_clash_sides(text, one, other):
    ev = rule_events(text)
    e = require_event(ev, "ACCUSE", one, other)
    assert e.event_text in ("accused", "blamed"), show_events(ev)
    require_event(ev, "ACCUSE", other, one)


def test_reciprocal_accusation_without_a_clash_before_it_names_no_pair():
    # no verb of two sides fighting in the sentences before: the mediators are not made the accusing pair
    ev = rule_events("Mediators from Ghana and Togo met on Monday to discuss the dispute. Each side accused the other "
                     "of stalling.")
    assert find_event(ev, "ACCUSE", "GHA", "TGO") is None, show_events(ev)
