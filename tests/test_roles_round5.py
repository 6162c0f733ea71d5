"""Role reading, round 5: adjectives split off a named subject, insurgents' targets inside their own state,
co-signers of a condemnation, mutual acts with each side's own envoys, allies striking one ally's people,
participles after an ordered infinitive, parties named by a description (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import show_events as _show

from eventcoder import code_texts


def test_adjective_split_off_a_named_group_is_no_second_party():
    events = code_texts(["Sudan's paramilitary Rapid Support Forces shelled a market on Tuesday."])
    e = _find(events, "ASSAULT", "RSF")
    assert e is not None, _show(events)
    assert "SDN" not in e.actor_keys, _show(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Al-Shabaab militants overran an army base in the Lower Shabelle region on Friday.", "AL_SHABAAB", "SOM"),
        ("M23 rebels attacked a military camp in North Kivu province overnight.", "M23", "COD"),
    ],
)
def test_insurgents_attacking_a_base_in_their_own_state_target_the_state(text, actor, recipient):
    events = code_texts([text])
    assert _find(events, "ASSAULT", actor, recipient) is not None, _show(events)


def test_a_foreign_garrison_still_names_no_target():
    events = code_texts(["A drone struck the garrison in Syria's Homs province on Monday."])
    assert not any(k == "SYR" for e in events for k in e.recipient_keys), _show(events)


def test_co_signers_of_a_condemnation_are_not_each_others_target():
    events = code_texts(["Spain, Ireland and Norway condemned a series of raids by Israeli troops on Palestinian towns."])
    e = _find(events, "ACCUSE", "ESP", "ISR")
    assert e is not None, _show(events)
    assert not any(k in ("IRL", "NOR") for k in e.recipient_keys), _show(events)


def test_each_state_restoring_its_own_envoy_acts_on_the_other():
    events = code_texts(["Japan and South Korea restored their ambassadors after a two-year freeze."])
    assert _find(events, "SUPPORT", "JPN", "KOR") is not None, _show(events)
    assert _find(events, "SUPPORT", "KOR", "JPN") is not None, _show(events)


def test_joint_act_without_own_envoys_stays_without_mutual_recipient():
    events = code_texts(["Japan and South Korea imposed their own sanctions on North Korea."])
    assert _find(events, "SANCTION", "JPN", "PRK") is not None, _show(events)
    assert _find(events, "SANCTION", "JPN", "KOR") is None, _show(events)


def test_allied_forces_striking_one_allys_people():
    events = code_texts(["Burkinabe troops and Russian fighters killed scores of villagers in the Sahel region."])
    assert _find(events, "ASSAULT", "BFA", "BFA.CVL") is not None, _show(events)


def test_participle_after_ordered_infinitive_is_the_orderers():
    events = code_texts(["Niger's junta ordered the French ambassador to leave within 48 hours, accusing Paris of meddling."])
    assert _find(events, "ACCUSE", "NER", "FRA") is not None, _show(events)
    assert _find(events, "ACCUSE", "FRA") is None, _show(events)


def test_party_described_in_a_participle_is_the_clauses_partner():
    events = code_texts(["Venezuela broke off relations with Guyana and recalled its envoy from Georgetown, "
                         "accusing its neighbour of provocations."])
    assert _find(events, "ACCUSE", "VEN", "GUY") is not None, _show(events)
