"""Round 10 of event types: talks, a meeting or a visit named in a time adjunct are consultations of the clause's parties."""

from eventcoder.pipeline import code_texts


def _consults(text: str) -> list[tuple[set[str], set[str], str]]:
    return [({a.code for a in e.actor}, {r.code for r in e.recipient}, e.modality) for e in code_texts([text]) if e.event == "CONSULT"]


def test_talks_with_a_named_party_are_the_subjects() -> None:
    assert ({"CHL"}, {"BOL"}, "asserted") in _consults("Chile signed a trade deal with Peru after talks with Bolivia.")


def test_talks_misparsed_before_an_infinitive_are_the_parties_own() -> None:
    text = "Russian and Ukrainian delegations agreed after talks in Geneva to swap 500 prisoners each."
    assert any({"RUS", "UKR"} <= actors for actors, _, _ in _consults(text))


def test_speakers_after_meeting_speak_for_the_reported_parties() -> None:
    text = "Chile and Argentina agreed to patrol the border jointly, the two countries' defence ministers said after meeting in Mendoza."
    assert any({"CHL", "ARG"} <= actors for actors, _, _ in _consults(text))


def test_a_visit_during_a_conditional_pledge_still_took_place() -> None:
    text = "Putin and Xi signed a pact pledging mutual aid if either country is invaded, during Xi's visit to Russia."
    assert ({"CHN"}, {"RUS"}, "asserted") in _consults(text)


def test_collapsed_talks_with_no_parties_name_no_consultation() -> None:
    assert not _consults("Iran signed a deal with Iraq after talks collapsed.")


def test_talks_ahead_are_not_yet_held() -> None:
    assert not _consults("Iran and Iraq signed a deal ahead of talks next week.")
