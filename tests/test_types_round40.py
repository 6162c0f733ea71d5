"""Round 40 of types (invented sentences).

An act noun that is the subject of the verb telling its onset or course ("fighting broke out ... between X and Y",
"talks were held ... between A and B") has as its parties those of a "between" phrase the parser hangs on that verb
rather than on the noun."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,etype,party_a,party_b",
    [
        # the onset verb carries a place and a date before "between"
        ("Heavy fighting broke out in Benghazi late on Friday between the army and Islamist militants, a hospital "
         "official said.", "ASSAULT", "LBY.MIL", "LBY.REB"),
        ("Deadly clashes flared on Sunday near the border between Kyrgyz and Tajik troops, officials in Bishkek said.",
         "ASSAULT", "KGZ", "TJK.MIL"),
        # another course verb, with the "between" phrase right after it
        ("Gunbattles raged for hours between Somali soldiers and al Shabaab fighters in the town of Mahas.", "ASSAULT",
         "SOM.MIL", "AL_SHABAAB"),
        # the second side coordinated inside the first side's modifier
        ("Heavy fighting erupted near Goma on Monday between Congolese troops loyal to President Felix Tshisekedi and M23 "
         "rebels, residents said.", "ASSAULT", "COD.MIL", "M23"),
        # a meeting noun of the same construction
        ("Talks were held in Geneva on Tuesday between Armenia and Azerbaijan, the Swiss foreign ministry said.",
         "CONSULT", "ARM", "AZE"),
    ],
)
def test_between_on_the_onset_verb_names_both_parties(text: str, etype: str, party_a: str, party_b: str) -> None:
    events = rule_events(text, published="2025-03-04")
    e = require_event(events, etype, party_a)
    keys = set(e.actor_keys) | {r.key for r in e.recipient}
    assert any(k == party_b or k.startswith(party_b + ".") for k in keys), show_events(events)


def test_between_of_dates_names_no_party() -> None:
    # "between" of two dates on the verb: no parties, so nothing is coded as between states
    events = rule_events("Fighting continued between Monday and Wednesday in the outskirts of the city, residents said.",
                         published="2025-03-04")
    assert all(not e.actor_keys or e.event != "ASSAULT" for e in events), show_events(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        # "turned to X for <help>": a party seeking another's backing asks it for help
        ("Chad's government, which broke with Paris last year, has turned to Ankara for military assistance.", "TCD",
         "TUR"),
        ("After the coup, the Guinean junta turned to China for financial help, diplomats said.", "GIN", "CHN"),
        ("Belarus turned to Moscow for loans and weapons in 2021.", "BLR", "RUS"),
    ],
)
def test_turning_to_a_party_for_help_asks_it(text: str, actor: str, recipient: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "REQUEST", actor, recipient)


def test_turning_to_a_topic_asks_no_one() -> None:
    events = rule_events("The minister then turned to Germany for a few remarks on the economy.", published="2025-03-04")
    assert find_event(events, "REQUEST", "DEU") is None and not any(e.event == "REQUEST" for e in events), show_events(events)


def test_the_party_turned_to_gives_the_help() -> None:
    events = rule_events("Guinea's junta, which expelled the French ambassador in 2023, has turned to Ankara for drones and "
                         "training.", published="2025-03-04")
    require_event(events, "REQUEST", "GIN", "TUR")
    require_event(events, "AID", "TUR", "GIN")


def test_no_help_given_where_none_was_sought() -> None:
    events = rule_events("Ministers turned to Brussels for the second day of talks on the budget.", published="2025-03-04")
    assert find_event(events, "AID", "EU") is None and find_event(events, "REQUEST", "BEL") is None, show_events(events)
