"""Round 46 of actor resolution (invented sentences), class B (the resolver picks the wrong entity): a state body
placed by its own phrase in a capital ("the government in Lima", "the authorities in Minsk") is that capital's
state's, not the state named last; a continent's adjective ("Latin American", "South American") names no state (not
the United States)."""

from __future__ import annotations

from helpers import key_of, mentions


# ---------------------------------------------------------------- a continent's adjective
def _keys(text: str) -> list[str]:
    return [m.key for m in mentions(text)]


def test_latin_american_governments_are_not_the_united_states() -> None:
    text = ("Several Latin American governments condemned the coup in Bolivia, and Mexico offered asylum to the "
            "ousted president.")
    assert not any(k.split(".")[0] == "USA" for k in _keys(text))


def test_south_american_leaders_are_not_the_united_states() -> None:
    text = "Brazil will host a summit of South American leaders in Brasilia next month to discuss the Amazon."
    assert not any(k.split(".")[0] == "USA" for k in _keys(text))


def test_central_american_migrants_are_not_the_united_states() -> None:
    text = "Mexico's national guard detained hundreds of Central American migrants near Tapachula on Sunday."
    assert not any(k.split(".")[0] == "USA" for k in _keys(text))


def test_american_alone_is_still_the_united_states() -> None:
    # negative: the plain adjective (and one after another word) is the United States'
    text = "American troops left the base on Sunday, and a senior American diplomat flew to Baghdad."
    assert key_of(text, "American troops") == "USA.MIL"
    assert key_of(text, "American diplomat") is not None and key_of(text, "American diplomat").startswith("USA")


def test_south_african_and_north_korean_stay_states() -> None:
    # negative: a compass word before another demonym is part of a state's name
    text = "South African police arrested two North Korean diplomats in Pretoria on Friday."
    assert key_of(text, "South African police") == "ZAF.COP"
    assert key_of(text, "North Korean diplomats").startswith("PRK")
