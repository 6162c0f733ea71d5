"""Round 12 role rules: relative-clause objects, accords acted under, authors of a welcomed document, names
coordinated inside one party's phrase, and "both countries" after a speaker."""

from helpers import find_event, show_events

from eventcoder.pipeline import code_texts


def test_relative_clause_head_is_the_object_of_the_accusation():
    ev = code_texts(["Iran said it had detained two Germans it accused of spying for Israel."])
    assert find_event(ev, "ACCUSE", "IRN", "DEU") is not None, show_events(ev)
    assert find_event(ev, "ACCUSE", "IRN", "ISR") is None, show_events(ev)


def test_act_under_a_ceasefire_has_the_other_side_as_recipient():
    ev = code_texts(["The rebels agreed to withdraw from the town under a ceasefire with Ethiopia's government."])
    assert find_event(ev, "AGREE", "ETH", "ETH.GOV") is not None, show_events(ev)


def test_welcomed_document_addresses_its_signers():
    ev = code_texts(["Ghana welcomed the peace deal signed by Sudan and the RSF."])
    e = find_event(ev, "SUPPORT", "GHA")
    assert e is not None and "SDN" in e.recipient_keys and "RSF" in e.recipient_keys, show_events(ev)


def test_name_coordinated_inside_a_demonym_phrase():
    ev = code_texts(["Egyptian mediators met with Israeli and Hamas negotiators in Cairo on Monday."])
    assert find_event(ev, "CONSULT", "EGY", "HAMAS") is not None, show_events(ev)
    assert find_event(ev, "CONSULT", "EGY", "ISR") is not None, show_events(ev)


def test_both_countries_are_the_two_named_besides_the_speaker():
    ev = code_texts(["The UN chief spoke with the leaders of Armenia and Azerbaijan and urged both countries to show restraint."])
    e = find_event(ev, "REQUEST", "UN")
    assert e is not None and {k.split(".")[0] for k in e.recipient_keys} == {"ARM", "AZE"}, show_events(ev)


def test_relative_clause_on_a_coordination_describes_all_its_members():
    ev = code_texts(["Tehran said it had detained three Britons and two Germans it accused of spying."])
    e = find_event(ev, "ACCUSE", "IRN")
    assert e is not None and {k.split(".")[0] for k in e.recipient_keys} == {"GBR", "DEU"}, show_events(ev)
