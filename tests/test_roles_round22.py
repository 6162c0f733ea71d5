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
    ev = rule_events("AMISOM, the African Union force, called on both sides to hold their fire.")
    e = _event(ev, "REQUEST", "AUSSOM")
    assert e is not None, show_events(ev)
    assert "AU" not in e.stated_recipient_keys, show_events(ev)


def test_both_sides_named_before_a_twice_named_speaker():
    ev = rule_events("Armenia and Azerbaijan traded fire overnight. The E.U. mission in the region, EUMA, urged both "
                     "sides to stop.")
    e = _event(ev, "REQUEST", "EU")
    assert e is not None, show_events(ev)
    assert {"ARM", "AZE"} <= set(e.stated_recipient_keys), show_events(ev)


def test_conjunct_with_its_own_addressee_does_not_borrow():
    # "appealed to Gulf donors": its own addressee, though no party resolves; not where the flour was flown
    ev = rule_events("The WFP flew flour to Sanaa on Friday and appealed to Gulf donors for $5 million.")
    e = _event(ev, "REQUEST", "WFP")
    assert e is not None, show_events(ev)
    assert "YEM" not in e.stated_recipient_keys, show_events(ev)


def test_sent_force_is_own_and_its_destination_the_target():
    ev = rule_events("U.S. President Joe Biden threatened on Tuesday to send U.S. troops into Haiti if the gang violence spread.")
    e = find_event(ev, "THREATEN", "USA", "HTI")
    assert e is not None, show_events(ev)
    assert not any(key_matches("USA", k) for k in e.stated_recipient_keys), show_events(ev)
    ev = rule_events("Egypt threatened to deploy troops to Libya if the militias advanced on Sirte.")
    assert find_event(ev, "THREATEN", "EGY", "LBY"), show_events(ev)


def test_a_sent_force_of_another_nation_is_still_the_senders():
    # "to send Syrian fighters": the force is the sender's own, neither the object nor the sole other party
    ev = rule_events("Turkey threatened to send Syrian fighters to the front.")
    e = _event(ev, "THREATEN", "TUR")
    assert e is not None, show_events(ev)
    assert not any(k.startswith("SYR") for k in e.stated_recipient_keys), show_events(ev)


def test_what_is_moved_unless_a_force_has_no_target_at_its_destination():
    # "to move its archives to Portugal": no force is sent, the destination is no target
    for text, actor, place in [("Norway pledged to move its archives to Portugal.", "NOR", "PRT"),
                               ("Serbia threatened to move its gold reserves to Hungary.", "SRB", "HUN")]:
        ev = rule_events(text)
        e = next((e for e in ev if any(key_matches(actor, k) for k in e.actor_keys)), None)
        assert e is not None, show_events(ev)
        assert place not in e.stated_recipient_keys, show_events(ev)


def test_charge_clause_names_no_recipient():
    # "of helping NATO spy on Minsk" is what the accused did
    ev = rule_events("Belarus accused Lithuania of helping NATO spy on Minsk.")
    assert find_event(ev, "ACCUSE", "BLR", "LTU"), show_events(ev)
    e = _event(ev, "ACCUSE", "BLR")
    assert "NATO" not in e.stated_recipient_keys, show_events(ev)
    # the accused object itself still is
    ev = rule_events("The opposition accused the president of selling Ukrainian land to foreign firms.")
    assert find_event(ev, "ACCUSE", "UKR.OPP", "UKR.GOV"), show_events(ev)


def test_comment_on_the_object_in_a_relative_clause_names_no_recipient():
    # "the killings, which it said were meant to weaken Togo": the speaker's comment on what it condemns
    ev = rule_events("Ghana condemned the killings, which it said were meant to weaken Togo.")
    e = _event(ev, "ACCUSE", "GHA")
    assert e is not None, show_events(ev)
    assert "TGO" not in e.stated_recipient_keys, show_events(ev)
    # a clause telling which thing is meant still names whose it is
    ev = rule_events("Latvian and NATO jets shot down drones that crossed into Latvia during a Russian raid on Ukraine.")
    assert find_event(ev, "ASSAULT", "LVA", "RUS"), show_events(ev)


def test_what_the_actor_goes_on_to_say_is_not_the_target():
    ev = rule_events("Nigeria detained a blogger on Friday. An army spokesman accused him of inventing casualties and "
                     "said the health ministry had found no bodies.")
    e = _event(ev, "ACCUSE", "NGA.MIL")
    assert e is not None, show_events(ev)
    assert "NGA.MED" not in e.stated_recipient_keys, show_events(ev)


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
    # "accusing them of contacts with the Taliban": the Taliban is in the charge, not whom it is made against
    ev = rule_events("Pakistan arrested two clerics on Friday, accusing them of contacts with the Taliban.")
    e = _event(ev, "ACCUSE", "PAK")
    assert e is not None, show_events(ev)
    assert not any(k.startswith("TAL") for k in e.stated_recipient_keys), show_events(ev)
    # an object that is no party keeps its own "of" phrase: "a wave of attacks by settlers"
    ev = rule_events("France and Italy condemned a wave of attacks by Israeli settlers on Palestinian villages.")
    assert find_event(ev, "ACCUSE", "FRA", "ISR"), show_events(ev)


def test_conjunct_naming_an_act_does_not_borrow_the_first_verbs_object():
    # whoever made "the decision" is the party of calling it unlawful, not the state sided with before
    ev = rule_events("Cuba sided with Caracas and called the decision unlawful.")
    e = _event(ev, "ACCUSE", "CUB")
    assert e is not None, show_events(ev)
    assert "VEN" not in e.stated_recipient_keys, show_events(ev)
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



def test_officials_drawn_from_a_body_act_for_it_not_for_the_place():
    # "envoys of the bloc", "ministers from the bloc": the body they are drawn from acts, not the state of the dateline
    # or of the place named
    ev = rule_events("ACCRA (AFP) - Togo rejoined the regional bloc ECOWAS as a full member on Friday. Envoys of the bloc "
                     "praised the government in Lome for its reforms.")
    assert _event(ev, "SUPPORT", "ECOWAS"), show_events(ev)
    ev = rule_events("LIMA (Reuters) - Bolivia was admitted to the trade bloc Mercosur on Tuesday. Ministers from the bloc "
                     "congratulated the country at a summit in Asuncion.")
    assert find_event(ev, "SUPPORT", "MERCOSUR", "BOL"), show_events(ev)
