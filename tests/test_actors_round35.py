"""Round 35 of actor resolution (invented sentences): general rules for states a story's dateline does not decide."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the victims of a foreign armed group with a home state, in a story filed from a capital acting on it
        ("OTTAWA, May 2 — Canada barred four relatives of Jalisco cartel leaders from entering the country on Friday, "
         "saying the cartel had tortured farmers and laundered millions through Canadian banks.", "farmers", "MEX.AGR"),
        ("PARIS, May 2 — France expelled a preacher accused of raising money for Boko Haram, a group that claimed the "
         "massacre of 30 fishermen, on Tuesday.", "fishermen", "NGA"),
    ],
)
def test_victims_of_a_foreign_armed_group_take_its_state(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "").startswith(key)


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the group's own state is the story's: nothing changes
        ("MEXICO CITY, May 2 — Jalisco cartel gunmen shot farmers in a village on Friday.", "farmers", "MEX.AGR"),
        # a state's forces, not an armed group, do the killing: the story's state as before
        ("WASHINGTON, May 2 — The United States said on Friday that its soldiers had rescued civilians.", "civilians", "USA.CVL"),
        # captives of a group are often foreigners: no guess from the group's state
        ("ROME, May 2 — Italy said on Tuesday that Boko Haram had released two missionaries.", "missionaries", "ITA"),
        # a people's phrase after a preposition other than a deed's "of" is no victim of the group
        ("OTTAWA, May 2 — Canada listed the ADF as a terrorist group on Tuesday, and the militia said the listing was "
         "unfair to ordinary people.", "people", "CAN"),
    ],
)
def test_victims_rule_leaves_other_subjects(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "").startswith(key)
