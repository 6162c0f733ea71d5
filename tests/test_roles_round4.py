"""Role reading, round 4: reporters of inserted reports, conjuncts of reported perfects, measures put in force
by the subject, pairs named again, passive agents, groups from several places (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import show_events as _show

from eventcoder import code_texts


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("Russia launched dozens of drones at Odesa's port overnight, Ukraine's foreign minister said, condemning "
         "the attack.", "ACCUSE", "UKR", "RUS"),
        ("Rebels seized the town of Goma on Monday, Congo's government said, accusing Rwanda of backing them.",
         "ACCUSE", "COD", "RWA"),
    ],
)
def test_participle_after_inserted_report_is_the_speakers(text, etype, actor, recipient):
    events = code_texts([text])
    assert _find(events, etype, actor, recipient) is not None, _show(events)


def test_participle_of_consequence_stays_with_the_act():
    events = code_texts(["Ethiopia moved heavy weapons towards its border with Eritrea, diplomats said, raising fears of war."])
    # (the diplomats, placed nowhere, are no party: nothing is theirs, and "fears of war" is not Eritrea's)
    assert all(not any(k.startswith("ERI") for k in e.actor_keys) for e in events), _show(events)
    assert _find(events, "MOBILIZE", "ETH") is not None, _show(events)


@pytest.mark.parametrize(
    "text,etype,actor,wrong",
    [
        ("Pakistan said India's strikes had killed 26 civilians and vowed to retaliate.", "THREATEN", "PAK", "IND"),
        ("Kenya said Somali militants had attacked a border post and expelled Somalia's ambassador.", "SANCTION", "KEN", "SOM"),
    ],
)
def test_past_conjunct_of_reported_perfect_is_the_reporters(text, etype, actor, wrong):
    events = code_texts([text])
    assert _find(events, etype, actor) is not None, _show(events)
    assert _find(events, etype, wrong) is None, _show(events)


@pytest.mark.parametrize(
    "text,actors,recipient",
    [
        ("Britain, France and Germany moved to reimpose United Nations sanctions on Iran.", ("GBR", "FRA", "DEU"), "IRN"),
        ("Canada enforced the UN arms embargo on North Korea.", ("CAN",), "PRK"),
    ],
)
def test_subject_puts_a_named_measure_in_force(text, actors, recipient):
    events = code_texts([text])
    for a in actors:
        assert _find(events, "SANCTION", a, recipient) is not None, (a, _show(events))
    assert _find(events, "SANCTION", "UN") is None, _show(events)


def test_blocked_measure_stays_its_authors():
    events = code_texts(["Hungary blocked the adoption of an EU support package for Ukraine."])
    assert _find(events, "AID", "HUN") is None, _show(events)


def test_two_leaders_are_the_pair_named_before():
    events = code_texts(["South Korea's president met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. "
                         "The two leaders agreed to resume regular shuttle diplomacy."])
    assert _find(events, "AGREE", "KOR", "JPN") is not None, _show(events)
    assert _find(events, "AGREE", "JPN", "KOR") is not None, _show(events)


def test_pronoun_in_clause_inside_agent_is_no_agent():
    events = code_texts(["Slovakia's government was accused by opposition parties of undermining media freedom after "
                         "it dissolved the public broadcaster."])
    assert _find(events, "ACCUSE", "SVK.GOV") is None, _show(events)


def test_unnamed_group_from_several_places():
    events = code_texts(["Students from Kenya and Uganda marched in Nairobi against the new fees."])
    assert _find(events, "PROTEST", "KEN.EDU") is not None, _show(events)
    assert _find(events, "PROTEST", "UGA.EDU") is not None, _show(events)
