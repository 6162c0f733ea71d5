"""Round 47 (lead): a hostile act aimed at both sides of a conflict is aimed at the side the actor is not on, where
the article tells the actor backing the other side ("Turkey backs the rebels ... would not intervene in the fighting
between the rebels and the army"). Invented sentences."""

from __future__ import annotations

from helpers import rule_events, show_events


def _hostile(events, etype, actor_state):
    return [e for e in events if e.event == etype and any(k.split(".")[0] == actor_state for k in e.actor_keys)]


def test_backer_does_not_strike_the_side_it_backs() -> None:
    text = ("Saudi Arabia has sent humanitarian aid to the Yemeni government. Riyadh said on Monday it would not "
            "intervene in the conflict between the Houthis and the Yemeni government.")
    events = rule_events(text, published="2025-05-12")
    hostile = _hostile(events, "ASSAULT", "SAU")
    assert hostile, show_events(events)
    for e in hostile:
        assert not any(k.startswith("YEM") for k in e.recipient_keys), show_events(events)


def test_both_sides_stay_without_a_backer_in_the_article() -> None:
    text = "Egypt said it would not intervene militarily in the conflict between Ethiopia and Eritrea."
    events = rule_events(text, published="2025-05-12")
    hostile = _hostile(events, "ASSAULT", "EGY")
    assert hostile, show_events(events)
    # no side backed anywhere: the act keeps both parties it names
    assert {"ETH", "ERI"} <= set(hostile[0].recipient_keys), show_events(events)


def test_the_seed_shape_keeps_the_enemy() -> None:
    text = ("Pakistan has long backed the Taliban government. Islamabad would not intervene in the fighting between "
            "the Taliban and the National Resistance Front, officials said, and it continued to offer support to the Taliban.")
    events = rule_events(text, published="2025-05-12")
    hostile = _hostile(events, "ASSAULT", "PAK")
    assert hostile, show_events(events)
    assert all("TALIBAN" not in e.recipient_keys and e.recipient_keys for e in hostile), show_events(events)
