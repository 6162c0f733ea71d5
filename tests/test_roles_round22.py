"""Round 22 role rules: parties the sentence names that belong to another phrase than the act's own (a subject
named twice in apposition, the addressee of another verb, the force a governed verb sends, the charge of an
accusation, a relative clause, what the actor goes on to say), and parties named through "whose" or a plural title."""

from helpers import find_event, rule_events, show_events

from eventcoder.models import key_matches


def _event(events, etype, actor):
    """The first event of the type with an actor matching by the dotted-prefix rule (whatever its recipient)."""
    return next((e for e in events if e.event == etype and any(key_matches(actor, k) for k in e.actor_keys)), None)


def test_apposed_name_is_the_actor_not_its_description():
    # "the U.N. force in southern Lebanon, UNIFIL": the name is the party, not the description's modifier
    ev = rule_events("The U.N. force in southern Lebanon, UNIFIL, called on Israel to withdraw from the hilltops.")
    assert find_event(ev, "REQUEST", "UNIFIL", "ISR"), show_events(ev)
    assert not _event(ev, "REQUEST", "UN"), show_events(ev)


def test_subject_named_twice_is_not_both_sides():
    # "both sides" are not the speaker and its own apposition
    ev = rule_events("UNIFIL, the U.N. peacekeeping force, called on both sides to show restraint.")
    e = _event(ev, "REQUEST", "UNIFIL")
    assert e is not None, show_events(ev)
    assert "UN" not in e.stated_recipient_keys, show_events(ev)


def test_both_sides_named_before_a_twice_named_speaker():
    ev = rule_events("Israel and Hezbollah exchanged fire across the border. The U.N. force in Lebanon, UNIFIL, "
                     "urged both sides to stop.")
    e = _event(ev, "REQUEST", "UNIFIL")
    assert e is not None, show_events(ev)
    assert {"ISR", "HEZBOLLAH"} <= set(e.stated_recipient_keys), show_events(ev)


def test_conjunct_with_its_own_addressee_does_not_borrow():
    # "appealed to donors": its own addressee, though no party resolves; not where the tents were flown
    ev = rule_events("UNHCR airlifted tents to Kabul on Monday and appealed to donors for $20 million.")
    e = _event(ev, "REQUEST", "UNHCR")
    assert e is not None, show_events(ev)
    assert "AFG" not in e.stated_recipient_keys, show_events(ev)


def test_sent_force_is_own_and_its_destination_the_target():
    ev = rule_events("U.S. President Joe Biden threatened on Tuesday to send U.S. troops into Haiti if the gang violence spread.")
    e = find_event(ev, "THREATEN", "USA", "HTI")
    assert e is not None, show_events(ev)
    assert not any(key_matches("USA", k) for k in e.stated_recipient_keys), show_events(ev)
    ev = rule_events("Egypt threatened to deploy troops to Libya if the militias advanced on Sirte.")
    assert find_event(ev, "THREATEN", "EGY", "LBY"), show_events(ev)


def test_charge_clause_names_no_recipient():
    # "of using the IAEA to pressure Tehran" is what the accused did
    ev = rule_events("Iran accused Western powers of using the IAEA to pressure Tehran.")
    e = _event(ev, "ACCUSE", "IRN")
    assert e is not None, show_events(ev)
    assert "IAEA" not in e.stated_recipient_keys, show_events(ev)
    # the accused object itself still is
    ev = rule_events("The opposition accused the president of selling Ukrainian land to foreign firms.")
    assert find_event(ev, "ACCUSE", "UKR.OPP", "UKR.GOV"), show_events(ev)


def test_relative_clause_on_the_object_names_no_recipient():
    ev = rule_events("The Kurdish regional government blamed armed factions for the attacks, which it called crimes "
                     "against Iraq's economy.")
    e = _event(ev, "ACCUSE", "KRG")
    assert e is not None, show_events(ev)
    assert "IRQ" not in e.stated_recipient_keys, show_events(ev)


def test_what_the_actor_goes_on_to_say_is_not_the_target():
    ev = rule_events("Zimbabwe arrested a journalist on Monday. A police spokesman accused her of spreading falsehoods "
                     "and said the health ministry had recorded only four deaths.")
    e = _event(ev, "ACCUSE", "ZWE.COP")
    assert e is not None, show_events(ev)
    assert "ZWE.MED" not in e.stated_recipient_keys, show_events(ev)


def test_whose_body_is_the_antecedents():
    # "Imran Khan, whose party boycotted the vote": the boycott is his side's
    ev = rule_events("Imran Khan, whose party boycotted the vote, called the results rigged.")
    assert _event(ev, "PROTEST", "PAK"), show_events(ev)


def test_plural_title_with_its_named_holders():
    ev = rule_events("Serbia and Kosovo resumed talks in Brussels. The leaders of the two countries, Aleksandar Vucic "
                     "and Albin Kurti, agreed to set up a joint commission on missing persons.")
    e = _event(ev, "AGREE", "SRB")
    assert e is not None, show_events(ev)
    assert any(k.startswith("XKX") for k in e.actor_keys), show_events(ev)


def test_charge_named_by_of_after_an_accused_object():
    # "accusing them of links to the PKK": the PKK is in the charge, not whom it is made against
    ev = rule_events("Turkey's interior ministry removed the elected mayors of three cities on Monday, accusing them of "
                     "links to the PKK.")
    e = _event(ev, "ACCUSE", "TUR")
    assert e is not None, show_events(ev)
    assert "PKK" not in e.stated_recipient_keys, show_events(ev)
    # an object that is no party keeps its own "of" phrase: "a wave of attacks by settlers"
    ev = rule_events("France and Italy condemned a wave of attacks by Israeli settlers on Palestinian villages.")
    assert find_event(ev, "ACCUSE", "FRA", "ISR"), show_events(ev)


def test_conjunct_naming_an_act_does_not_borrow_the_first_verbs_object():
    # whoever made "the European move" is the party of calling it illegal, not the state backed before
    ev = rule_events("Russia and China backed Tehran and called the European move illegal.")
    e = _event(ev, "ACCUSE", "RUS")
    assert e is not None, show_events(ev)
    assert "IRN" not in e.stated_recipient_keys, show_events(ev)
    # (an object that names no act still lets the conjunct share the party: "blamed Israel and vowed revenge")
    ev = rule_events("Hamas blamed Israel for the blast and vowed revenge.")
    assert find_event(ev, "THREATEN", "HAMAS", "ISR"), show_events(ev)


def test_passive_conjunct_shares_the_subject_as_its_target():
    # "entered the camp and were attacked by Hamas gunmen": the troops undergo the attack, the agent does it
    ev = rule_events("Israeli troops entered the camp and were attacked by Hamas gunmen.")
    assert find_event(ev, "ASSAULT", "HAMAS", "ISR"), show_events(ev)
    assert not find_event(ev, "ASSAULT", "ISR"), show_events(ev)
    ev = rule_events("Sudan's army convoy left Port Sudan at dawn and was ambushed by RSF fighters near El Obeid.")
    assert find_event(ev, "ASSAULT", "RSF", "SDN"), show_events(ev)
