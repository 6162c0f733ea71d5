"""Round 35 of actor resolution (invented sentences): general rules for states a story's dateline does not decide."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the victims of a foreign armed group with a home state, in a story filed from a capital acting on it
        ("WASHINGTON, May 2 — The United States listed Colombia's Clan del Golfo as a terrorist organisation on "
         "Friday, saying the cartel had murdered civilians and trafficked tonnes of cocaine.", "civilians", "COL.CVL"),
        ("LONDON, May 2 — Britain sanctioned the leaders of al Shabaab, a group that claimed the killing of "
         "40 students, on Tuesday.", "students", "SOM"),
    ],
)
def test_victims_of_a_foreign_armed_group_take_its_state(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "").startswith(key)


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the group's own state is the story's: nothing changes
        ("BOGOTA, May 2 — Clan del Golfo gunmen murdered civilians in a village on Friday.", "civilians", "COL.CVL"),
        # a state's forces, not an armed group, do the killing: the story's state as before
        ("WASHINGTON, May 2 — The United States said on Friday that its soldiers had rescued civilians.", "civilians", "USA.CVL"),
        # captives of a group are often foreigners: no guess from the group's state
        ("LONDON, May 2 — Britain thanked Qatar on Tuesday after al Shabaab released aid workers.", "aid workers", "GBR"),
        # a people's phrase after a preposition other than a deed's "of" is no victim of the group
        ("LONDON, May 2 — Britain sanctioned al Shabaab on Tuesday, and the militants called the move an insult "
         "to ordinary people.", "people", "GBR"),
    ],
)
def test_victims_rule_leaves_other_subjects(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "").startswith(key)
