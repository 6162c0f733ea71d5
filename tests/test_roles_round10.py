"""Role reading, round 10: the possessor of an act done to someone ("his arrest") undergoes it, and a topic verb
that brings such an act up ("she raised the detention of X") does not make its subject the doer (sentences written
for these tests)."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import show_events as _show

from eventcoder import code_texts


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("The French minister raised the detention of two French aid workers with Iranian officials.", "FRA"),
        ("The Dutch ambassador voiced the imprisonment of a Dutch blogger in talks with Egypt.", "NLD"),
        ("Kenyan opposition leader Raila Odinga fled to Tanzania after a court issued a warrant for his arrest.", "KEN.OPP"),
        ("Ukrainian activists left for Poland shortly before a warrant for their detention was issued.", "UKR"),
    ],
)
def test_raiser_or_undergoer_is_not_the_doer(text, wrong):
    events = code_texts([text])
    assert _find(events, "COERCE", wrong) is None, _show(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        # must not change: a named doer, a "by" agent, or an "of" undergoer keeps the possessor as doer
        ("Germany condemned Russia's detention of a German citizen.", "RUS", "DEU"),
        ("Turkish police announced the arrest of a Swedish journalist.", "TUR", "SWE"),
        ("Police in Lagos confirmed the arrest of the union leader by security agents.", "NGA", "NGA"),
        ("Ugandan police detained the opposition leader, days after his arrest was ordered.", "UGA", "UGA"),
    ],
)
def test_doer_kept(text, actor, recipient):
    events = code_texts([text])
    assert _find(events, "COERCE", actor, recipient) is not None, _show(events)
