"""An actor's phrase is the words that fill its role, never the blanked dateline before a lede's first word."""

from eventcoder.pipeline import code_texts


def test_phrase_of_a_ledes_first_word_has_no_leading_blank() -> None:
    text = "HARGEISA, Aug. 9 — Soldiers arrested four traders on Friday for smuggling fuel across the border."
    arrests = [e for e in code_texts([text]) if e.event == "COERCE"]
    assert arrests
    actor = arrests[0].actor[0]
    assert actor.phrase == "Soldiers"
    assert actor.phrase_span is not None
    assert text[actor.phrase_span[0] : actor.phrase_span[1]] == "Soldiers"
