"""Round 32 of actor resolution (invented sentences): a protest crowd named later by a bare crowd noun
("the demonstrators", "protesters") is the sector group that protested (students, workers, farmers, nurses),
and officers of riot units are police."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("CARACAS, May 2 (Reuters) - Protesters threw stones at riot officers in the capital on Friday.", "riot officers", "VEN.COP"),
        ("TBILISI, May 2 (Reuters) - Anti-riot officers pushed demonstrators back from parliament on Sunday.", "officers", "GEO.COP"),
        ("MINSK, May 2 (Reuters) - Riot squads beat protesters with batons on Saturday.", "Riot squads", "BLR.COP"),
    ],
)
def test_riot_officers_are_police(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_bare_officers_stay_military_without_police() -> None:
    text = "BAMAKO, May 2 (Reuters) - Army officers seized the state broadcaster on Wednesday."
    assert key_of(text, "Army officers") == "MLI.MIL"
