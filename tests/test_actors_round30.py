"""Round 30 of actor resolution (invented sentences): a wire-style capitalised title written right before an
unknown person's name ("National Security Adviser X", "army spokesman Lt. X") is his title, as a lower-case one is."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a capitalised multiword title on the name: the article's state
        ("MANILA, May 4 — Chinese ships blocked a Philippine resupply boat near the shoal on Sunday. "
         "\"We will keep supplying our troops,\" National Security Adviser Ramon Dizon said.", "Ramon Dizon", "PHL.GOV"),
        ("DHAKA, Feb 2 — Bangladesh deployed soldiers across the capital on Monday ahead of the vote. "
         "\"Troublemakers will face the law,\" Home Affairs Adviser Jahid Hossain told reporters.", "Jahid Hossain", "BGD.GOV"),
        # a rank abbreviation between the title and the name
        ("KINSHASA, March 3 — Congolese troops retook two villages from the rebels on Sunday, "
         "army spokesman Lt. Jules Mbala said.", "Jules Mbala", "COD.MIL"),
        ("BAMAKO, June 9 — Malian soldiers repelled an attack on a base near Gao on Saturday, "
         "military spokesman Col. Amadou Traore said.", "Amadou Traore", "MLI.MIL"),
    ],
)
def test_capitalised_title_before_unknown_name(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase",
    [
        # a capitalised word before the name that is no title: no state's official
        ("LONDON, May 4 — Police arrested two men on Sunday. \"It was a shock,\" neighbour Harry Dalton said.", "Harry Dalton"),
        # a sports coach is nobody's official
        ("DOHA, Dec. 3 — Qatar beat Jordan 2-1 on Thursday. \"We fought to the end,\" coach Lucas Ferreira said.", "Lucas Ferreira"),
    ],
)
def test_no_title_no_state_official(text: str, phrase: str) -> None:
    got = key_of(text, phrase)
    assert got is None or not got.endswith((".GOV", ".MIL"))

