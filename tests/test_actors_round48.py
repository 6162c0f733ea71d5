"""Session 21 (lead): a country's political parties named as a whole are its opposition (OPP); a named or single party
and the ruling party keep the party sector (PTY). Invented sentences."""

from __future__ import annotations

from helpers import key_of


def test_political_parties_as_a_whole_are_the_opposition() -> None:
    assert key_of("Niger's junta dissolved all political parties by decree on Wednesday.", "political parties") == "NER.OPP"
    assert key_of("Zambia's political parties agreed to a code of conduct before the vote.", "political parties") == "ZMB.OPP"


def test_one_party_keeps_the_party_sector() -> None:
    assert key_of("Zambia's ruling party agreed to a code of conduct before the vote.", "ruling party") == "ZMB.PTY"
    key = key_of("A Zambian political party agreed to a code of conduct before the vote.", "political party")
    assert key is None or key.endswith(".PTY"), key
