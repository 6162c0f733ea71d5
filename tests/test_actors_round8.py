"""Round 8 of actor resolution: elliptical halves of divided states ("the North" after North Korea), a state's
own unnamed councils, a body owned by a capital's possessive, and services taking part in a state's drills
(invented sentences)."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("North Korea launched a satellite on Friday. The South called it a provocation.", "South", "KOR"),
        ("Seoul switched off its loudspeakers this week. The North said it welcomed the gesture.", "North", "PRK"),
        ("Pyongyang rejected the offer and said it would never negotiate with the South.", "South", "KOR"),
        ("South Korea held talks with Japan. Officials said the North's envoys were not invited.", "North", "PRK.GOV"),
        ("Sudan and South Sudan traded accusations over oil. The South said its pipeline was sabotaged.", "South", "SSD"),
    ],
)
def test_elliptical_half_of_a_divided_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("Storms flooded villages in the South of Italy on Monday.", "South"),  # no divided state named
        ("North Korea tested a missile over the North Pacific.", "North Pacific"),  # a longer name
    ],
)
def test_compass_words_that_are_no_state(text: str, phrase: str) -> None:
    assert key_of(text, phrase) is None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Rockets hit a border town in Jordan overnight, the national security council said.", "security council", "JOR.GOV"),
        ("Kenya's defence council met after the raid on the border post.", "defence council", "KEN.GOV"),
        ("Hanoi's fisheries council protested the seizure of two trawlers.", "fisheries council", "VNM.GOV"),
        ("Canberra's disaster committee ordered evacuations along the coast.", "disaster committee", "AUS.GOV"),
    ],
)
def test_unnamed_councils_of_a_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_capital_is_still_a_metonym_without_a_body() -> None:
    assert key_of("Hanoi's envoy protested the seizure of two trawlers.", "Hanoi") is not None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Vietnam held drills involving army, navy and air force units near Cambodia.", "navy", "VNM.MIL"),
        ("Iran staged war games including navy and army units near Oman.", "navy", "IRN.MIL"),
        ("India's military began large exercises along Pakistan on Monday involving army, navy and air force.", "navy", "IND.MIL"),
    ],
)
def test_services_in_a_state_drill_are_the_holders(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Azerbaijan fired mortar shells at Armenia overnight.", "Armenia", "ARM"),
        ("Pakistan launched drones at Afghanistan on Sunday.", "Afghanistan", "AFG"),
    ],
)
def test_a_state_fired_at_is_a_target_not_a_place(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_capital_fired_at_stays_a_place() -> None:
    assert key_of("Russia fired missiles at Kyiv overnight.", "Kyiv") is None
