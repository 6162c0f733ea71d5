"""Round 9 of event types: warning shots are no attack (round 38: a threat of force, THREATEN, no longer MOBILIZE, as
the gold of six later sets codes them; still no threat read from the words "warning shot" alone)."""

from eventcoder.pipeline import code_texts


def _types(text: str) -> set[str]:
    return {e.event for e in code_texts([text])}


def test_troops_firing_warning_shots_are_a_show_of_force() -> None:
    types = _types("Indian troops fired warning shots after Chinese soldiers approached the frontier.")
    assert "THREATEN" in types and "ASSAULT" not in types


def test_warning_shots_are_no_verbal_threat() -> None:
    text = "Hamas blew up a tunnel near the fence on Monday, prompting Israel's army to fire warning shots across the line."
    assert "THREATEN" not in _types(text)


def test_shots_that_wound_stay_an_assault() -> None:
    assert "ASSAULT" in _types("Chinese troops fired at Indian soldiers on the ridge, wounding three of them.")


def test_verbal_warning_stays_a_threat() -> None:
    assert "THREATEN" in _types("Israel warned Hezbollah that it would respond with overwhelming force.")
