"""A regular past joined to a reported perfect shares the perfect's subject ("said the rebels had seized the town and
killed ten civilians": the rebels killed), unless it is the reporter's speech act or measure."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import rule_events
from helpers import show_events as _show


@pytest.mark.parametrize(
    "text,etype,actor,wrong",
    [
        ("Syrian officials said the rebels had seized the town and killed ten civilians.", "ASSAULT", "SYR.REB", "SYR.GOV"),
        ("India said Pakistan had shelled border villages and killed four civilians.", "ASSAULT", "PAK", "IND"),
        ("Ghana said Togolese troops had crossed the border and then attacked a police post.", "ASSAULT", "TGO", "GHA"),
        ("Colombia said the ELN had bombed a pipeline and kidnapped two soldiers.", "ASSAULT", "ELN", "COL"),
    ],
)
def test_regular_past_shares_the_reported_subject(text, etype, actor, wrong):
    events = rule_events(text)
    assert _find(events, etype, actor) is not None, _show(events)
    assert _find(events, etype, wrong) is None, _show(events)


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Peru said the gang had blocked the highway and warned it would use force.", "THREATEN", "PER"),
        ("Chad said Sudanese militiamen had raided a camp and expelled Sudan's ambassador.", "SANCTION", "TCD"),
    ],
)
def test_reporters_own_speech_or_measure_stays_his(text, etype, actor):
    events = rule_events(text)
    assert _find(events, etype, actor) is not None, _show(events)
