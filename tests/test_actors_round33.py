"""Round 33 of actor resolution (invented sentences): a review of round 32 (a protest that a sentence denies makes
no protesting group) and new general rules."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("QUITO, May 2 (Reuters) - Bus drivers said they would not strike this week. "
         "Police detained dozens of protesters in Guayaquil.", "protesters"),
        ("HANOI, May 2 (Reuters) - Rice farmers did not march on Monday, their union said. "
         "Police dispersed the demonstrators outside the ministry.", "demonstrators"),
    ],
)
def test_denied_protest_makes_no_protesting_group(text: str, phrase: str) -> None:
    assert key_of(text, phrase).endswith(".CVL")


def test_affirmed_protest_still_names_the_crowd() -> None:
    text = ("QUITO, May 2 (Reuters) - Bus drivers blocked roads across Quito on Monday. "
            "Police detained dozens of protesters in Guayaquil.")
    assert key_of(text, "protesters") == "ECU.LAB"
