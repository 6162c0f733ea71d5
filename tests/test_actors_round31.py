"""Round 31 of actor resolution (invented sentences): mends of round 30 (a ranked name the tagger splits, state
bodies and parties read as civil society) and a demonym several states share with none of them named."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the tagger leaves the given name after a rank out of the name: the title still reaches the person
        ("BANGUI, March 3 — Central African soldiers drove gunmen out of a mining town on Sunday, "
         "army spokesman Lt. Didier Kossi said.", "Didier Kossi", "CAF.MIL"),
        ("NIAMEY, March 3 — Nigerien soldiers drove gunmen out of a mining town on Sunday, "
         "army spokesman Capt. Didier Kossi said.", "Didier Kossi", "NER.MIL"),
    ],
)
def test_rank_before_a_split_name(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_capitalised_name_before_a_person_is_no_title_past_a_rank() -> None:
    # no title before the rank: nobody's official
    text = "LAGOS, May 4 — Police said the suspect, Capt. John Obi, had fled with the money."
    got = key_of(text, "John Obi")
    assert got is None or not got.endswith((".GOV", ".MIL"))
