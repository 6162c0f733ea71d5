"""Round 40 of actor resolution (invented sentences): an organisation's regional branch named by the parent's
possessive, a place and a branch noun ("the Islamic State's Somalia Province", "al Qaeda's Yemen branch") is the
branch the registry knows there, not the parent."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a country's name before "Province" after the parent's possessive
        ("MOGADISHU, March 3 — The Islamic State's Somalia Province said its fighters attacked a base in Puntland.",
         "Somalia Province", "IS_SOMALIA"),
        # "branch", the place a country the branch's name does not hold (al Qaeda's in Yemen), as an object
        ("ADEN, March 3 — Officials blamed al Qaeda's Yemen branch for the bombing of a checkpoint in Abyan.",
         "Yemen branch", "AQAP"),
        # a region the branch's name holds, with "affiliate"
        ("MAIDUGURI, March 3 — The Islamic State's West Africa affiliate ambushed a convoy of soldiers in Borno.",
         "West Africa affiliate", "ISWAP"),
    ],
)
def test_an_organisations_branch_by_place_is_the_affiliate(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_branch_noun_without_a_place_stays_the_parent() -> None:
    text = "BAGHDAD, March 3 — The Islamic State's media arm said its fighters attacked an army post near Kirkuk."
    assert key_of(text, "Islamic State") == "ISIS"
    assert key_of(text, "media arm") in (None, "ISIS")

