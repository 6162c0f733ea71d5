"""Role reading, round 7: an act with no recipient found in its own phrases takes the one other party its
sentence names (not a reporter, not one inside the actor's phrase, not for protests, joint acts or withdrawals)
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import show_events as _show

from eventcoder import code_texts


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("A wave of Russian missile strikes on power stations left much of Ukraine without electricity.", "ASSAULT", "RUS", "UKR"),
        ("Venezuelan coast guard vessels surrounded a Guyanese fishing trawler and one of them rammed the trawler.",
         "ASSAULT", "VEN", "GUY"),
    ],
)
def test_the_one_other_party_of_the_sentence_is_the_recipient(text, etype, actor, recipient):
    events = code_texts([text])
    assert _find(events, etype, actor, recipient) is not None, _show(events)


def test_a_reporter_is_no_recipient():
    events = code_texts(["Iran seized an oil tanker in the Strait of Hormuz on Friday, Britain said."])
    assert _find(events, "COERCE", "IRN") is not None, _show(events)
    assert _find(events, "COERCE", "IRN", "GBR") is None, _show(events)


def test_two_other_parties_give_no_guess():
    events = code_texts(["Russian missile strikes on power stations came as Poland and Germany pledged more air defences."])
    e = _find(events, "ASSAULT", "RUS")
    assert e is not None, _show(events)
    assert not e.stated_recipient_keys, _show(events)


def test_a_withdrawal_takes_no_party_of_the_sentence():
    events = code_texts(["Rwandan troops withdrew from the town on Sunday as Burundian soldiers moved in."])
    e = _find(events, "RETREAT", "RWA")
    assert e is not None, _show(events)
    assert _find(events, "RETREAT", "RWA", "BDI") is None, _show(events)


def test_whoever_condemns_a_show_of_force_may_be_its_target():
    events = code_texts(["The Philippine government condemned China's latest naval drills around the disputed reef."])
    assert _find(events, "MOBILIZE", "CHN", "PHL") is not None, _show(events)


def test_a_party_in_a_protective_purpose_clause_is_no_target():
    events = code_texts(["Chad deployed soldiers to protect Sudanese refugees near the border."])
    assert _find(events, "MOBILIZE", "TCD", "SDN") is None, _show(events)
