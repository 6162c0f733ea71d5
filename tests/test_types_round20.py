"""Round 20 of event types: forces "deployed" in a place (a bare participle after its noun, a placement "since" a
time, or the reduced relative misparsed as a second verb) are where they are, no new deployment; accepting an
envoy's credentials recognises his state (SUPPORT); a vow in a "that" clause gives way to the act vowed; an act
named with an earlier year ("a February 2021 coup") is background; a war "on" a people or class of citizens is
a figure of speech, reported as the speaker's accusation; revoking visas and decertifying a partner are
sanctions; a "drug war" is no attack."""

from helpers import find_event, show_events

from eventcoder import code_texts
from eventcoder.models import Article
from eventcoder.pipeline import code_article


def test_forces_deployed_in_a_place_are_no_new_deployment() -> None:
    events = code_texts(["Nigerian troops deployed near the border repelled an attack by Boko Haram."])
    assert not find_event(events, "MOBILIZE", "NGA"), show_events(events)
    assert find_event(events, "ASSAULT", "BOKO_HARAM"), show_events(events)


def test_reduced_relative_read_as_a_second_verb_is_no_new_deployment() -> None:
    events = code_texts(["Tanzanian troops deployed in the district went after the insurgents on Sunday, he added."])
    assert not find_event(events, "MOBILIZE", "TZA"), show_events(events)


def test_a_fresh_deployment_stays_mobilize() -> None:
    events = code_texts(["Poland deployed 2,000 soldiers to its border with Belarus on Sunday."])
    assert find_event(events, "MOBILIZE", "POL"), show_events(events)


def test_accepting_an_envoys_credentials_is_recognition() -> None:
    events = code_texts(["China accepted the credentials of the new Nicaraguan ambassador on Tuesday."])
    assert find_event(events, "SUPPORT", "CHN"), show_events(events)
    assert not find_event(events, "AGREE", "CHN"), show_events(events)


def test_vow_that_a_hostile_act_goes_on_is_no_agreement() -> None:
    events = code_texts(["Nigeria's president vowed that the army would press on with its offensive against Boko Haram."])
    assert not find_event(events, "AGREE", "NGA"), show_events(events)
    assert find_event(events, "THREATEN", "NGA"), show_events(events)


def test_act_named_with_an_earlier_year_is_background() -> None:
    text = "Sudan's army seized power in an October 2021 coup, and the country has been at war since."
    events = code_article(Article(id="t", text=text, published="2025-03-01"))
    # session 9: coded with the coup's month, at month precision, not as news of the publication day
    e = find_event(events, "COERCE", "SDN")
    assert e is not None and (e.date, e.date_precision) == ("2021-10-01", "month"), show_events(events)


def test_war_on_citizens_reported_is_an_accusation() -> None:
    events = code_texts(['"This government has declared war on pensioners and teachers," the Chilean union leader told reporters.'])
    assert not find_event(events, "ASSAULT", "CHL"), show_events(events)
    assert find_event(events, "ACCUSE", "CHL.LAB", "CHL.GOV"), show_events(events)


def test_war_on_a_state_stays_an_attack() -> None:
    events = code_texts(["Ethiopia declared war on Eritrea on Monday."])
    assert find_event(events, "ASSAULT", "ETH"), show_events(events)


def test_revoking_visas_is_a_sanction() -> None:
    events = code_texts(["Canada revoked the visas of three Iranian officials on Thursday."])
    assert find_event(events, "SANCTION", "CAN"), show_events(events)
    assert not find_event(events, "COERCE", "CAN"), show_events(events)


def test_decertifying_a_partner_is_a_sanction_and_drug_war_no_attack() -> None:
    events = code_texts(["The United States decertified Bolivia as a partner in the drug war on Monday."])
    assert find_event(events, "SANCTION", "USA", "BOL"), show_events(events)
    assert not find_event(events, "ASSAULT", "USA"), show_events(events)


def test_past_acts_named_by_a_noun_are_background() -> None:
    events = code_texts(["The Thai opposition says the decree revives the powers used by the army in the country's past coups."])
    assert not find_event(events, "COERCE", "THA"), show_events(events)


def test_not_seeking_conflict_is_no_request() -> None:
    events = code_texts(["Egypt's foreign ministry said Egypt did not seek war but would defend its water rights."])
    assert not find_event(events, "REQUEST", "EGY"), show_events(events)
    events = code_texts(["Ukraine sought more air defence systems from Germany on Monday."])
    assert find_event(events, "REQUEST", "UKR"), show_events(events)


def test_accepting_a_resignation_is_no_agreement() -> None:
    events = code_texts(["Chile's president accepted her resignation on Monday and named a new health minister."])
    assert not find_event(events, "AGREE", "CHL"), show_events(events)


def test_a_dated_visit_is_a_meeting_arranged() -> None:
    events = code_texts(["India's prime minister will pay a state visit to Japan next week, the foreign ministry said."])
    assert find_event(events, "CONSULT", "IND", "JPN"), show_events(events)
    assert not find_event(events, "AGREE", "IND"), show_events(events)
    # the visit named again ("his first trip abroad") is the same visit
    events = code_texts(["India's prime minister will pay a state visit to Japan next week, his first trip abroad this year."])
    assert [e.event for e in events] == ["CONSULT"], show_events(events)


def test_an_undated_visit_stays_a_promise() -> None:
    events = code_texts(["India's prime minister said he would visit Japan."])
    assert find_event(events, "AGREE", "IND", "JPN"), show_events(events)
