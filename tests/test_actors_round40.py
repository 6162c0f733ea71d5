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


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # freed by the group in its own territory: the captives are of the state it fights, not of the place
        ("BEIRUT, March 3 — Lebanese officials said Israel had struck Hezbollah positions overnight. Israel said its "
         "troops would stay in the south. Hezbollah released four hostages near the border on Friday, and Israel "
         "said it would continue its strikes.", "hostages", "ISR"),
        # held (present progressive), the group's own capital as the dateline, another group and state
        ("MOGADISHU, March 3 — Somali officials said Kenyan troops had killed 12 al Shabaab fighters in the Gedo "
         "region. Kenya said its soldiers would stay. Al Shabaab is still holding five hostages, and Kenya said it "
         "would widen the operation.", "hostages", "KEN"),
    ],
)
def test_captives_a_group_frees_are_of_the_state_it_fights(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "").split(".")[0] == key


def test_captives_of_a_group_in_its_own_story_stay_local() -> None:
    # the article is about the group's own country: its captives stay that country's people
    text = ("LAGOS, March 3 — Nigerian police said Boko Haram had attacked a village in Borno. Nigeria's army said "
            "troops were pursuing the attackers. Boko Haram freed 12 hostages on Sunday, Nigerian officials said.")
    assert (key_of(text, "hostages") or "NGA").split(".")[0] == "NGA"
