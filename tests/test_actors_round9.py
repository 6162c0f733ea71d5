"""Round 9 of actor resolution: ordinary people named by what they buy or pay (consumers, taxpayers), a bloc's
adjective before what the bloc puts forward ("a European offer"), the destination of a journey noun hung on the
verb ("authorised a mission to Haiti") and natural features named like a state ("the river Jordan")
(invented sentences)."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Consumers in Morocco and Tunisia shunned the imported brands.", "Morocco", "MAR.CVL"),
        ("Consumers in Morocco and Tunisia shunned the imported brands.", "Tunisia", "TUN.CVL"),
        ("Angry taxpayers in Kenya marched on parliament.", "taxpayers", "KEN.CVL"),
        ("Egyptian consumers stopped buying the products.", "Egyptian consumers", "EGY.CVL"),
        ("Stranded travellers in Peru blocked the airport road.", "travellers", "PER.CVL"),
    ],
)
def test_ordinary_people_by_what_they_buy_or_pay(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Tehran turned down a European offer to extend the deadline.", "European", "EU"),
        ("Moscow vowed to retaliate against new European sanctions.", "European", "EU"),
        ("The European proposal was welcomed in Kyiv.", "European", "EU"),
        ("European leaders gathered in Brussels on Monday.", "European", None),
        ("European diplomats said the talks had stalled.", "European", None),
    ],
)
def test_bloc_adjective_before_what_the_bloc_puts_forward(text: str, phrase: str, key: str | None) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("The council approved an international police mission to Somalia.", "Somalia", None),
        ("Macron announced a visit to China next month.", "China", None),
        ("Iran sent a delegation to Oman for talks.", "Oman", "OMN"),
        ("Farmers drew water from the river Jordan.", "Jordan", None),
        ("Pollution is killing the fish of the Niger delta.", "Niger", None),
        ("Jordan recalled its ambassador from Israel.", "Jordan", "JOR"),
        ("Niger expelled the French ambassador.", "Niger", "NER"),
    ],
)
def test_destinations_and_natural_features_are_not_actors(text: str, phrase: str, key: str | None) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Dozens died in an explosion at a Gaza hospital.", "Gaza", None),
        ("Families took shelter in a Sudanese school.", "Sudanese", None),
        ("A gunman opened fire inside a Kabul school.", "Kabul", None),
        ("A Gaza hospital said it had run out of fuel.", "Gaza hospital", "PSE.MED"),
        ("Israel struck a Gaza hospital overnight.", "Gaza hospital", "PSE.MED"),
    ],
)
def test_building_body_in_a_locative_phrase_is_a_place(text: str, phrase: str, key: str | None) -> None:
    assert key_of(text, phrase) == key
