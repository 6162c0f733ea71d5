"""Round 15 role rules: the agent of a passive small clause, the holder of captives whose release is asked, the
target of a complaint brought to a forum, and whom a place is taken back from."""

from helpers import find_event, show_events

from eventcoder.pipeline import code_texts


def test_agent_of_a_passive_small_clause_is_the_actor():
    ev = code_texts(["Two Iranian diplomats were declared persona non grata by Albania on Friday."])
    assert find_event(ev, "SANCTION", "ALB", "IRN") is not None, show_events(ev)


def test_release_asked_of_the_side_that_seized_the_captives():
    ev = code_texts(["Hamas fighters abducted two Israeli soldiers near the fence. Israel demanded their release."])
    assert find_event(ev, "REQUEST", "ISR", "HAMAS") is not None, show_events(ev)


def test_release_asked_of_the_court_that_jailed_the_captive():
    ev = code_texts(["A court in Iran sentenced a French teacher to ten years in prison. France called for her release."])
    assert find_event(ev, "REQUEST", "FRA", "IRN") is not None, show_events(ev)
    assert find_event(ev, "REQUEST", "FRA", "FRA") is None, show_events(ev)


def test_release_asked_of_the_holder_named_by_a_participle():
    ev = code_texts(["The EU called for the release of the sailors held by Iran."])
    assert find_event(ev, "REQUEST", "EU", "IRN") is not None, show_events(ev)


def test_release_asked_of_a_named_party_stays_with_it():
    ev = code_texts(["Rebels seized ten aid workers in Mali. Qatar urged Mali's government to secure their release."])
    assert find_event(ev, "REQUEST", "QAT", "MLI") is not None, show_events(ev)


def test_complaint_at_a_forum_targets_the_author_of_the_act():
    ev = code_texts(["Ghana filed a complaint at the World Trade Organization over Nigeria's import duties on cement."])
    assert find_event(ev, "ACCUSE", "GHA", "NGA") is not None, show_events(ev)
    assert find_event(ev, "ACCUSE", "GHA", "WTO") is None, show_events(ev)


def test_protest_to_a_state_targets_it():
    ev = code_texts(["Chile lodged a complaint with Peru over the detention of Chilean fishermen."])
    assert find_event(ev, "ACCUSE", "CHL", "PER") is not None, show_events(ev)


def test_complaint_over_raids_by_police_targets_the_police():
    ev = code_texts(["Kenya's foreign ministry protested on Monday over raids by Ugandan police on Kenyan traders."])
    assert find_event(ev, "ACCUSE", "KEN", "UGA") is not None, show_events(ev)


def test_town_retaken_from_the_side_that_seized_it():
    ev = code_texts(["Al Shabaab fighters seized the town of Bulo Burde on Monday. Somali troops retook the town hours later."])
    assert find_event(ev, "ASSAULT", "SOM", "AL_SHABAAB") is not None, show_events(ev)
