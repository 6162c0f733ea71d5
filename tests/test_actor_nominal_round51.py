"""Round 51a (nominal acts with no actor: the agent of an act noun read off its clause). All sentences are invented."""

from helpers import find_event, require_event, rule_events, show_events

# -- "imposed asset freezes on X": a plural act noun the parser reads as a verb after a light verb -------------------


def test_misread_plural_measure_after_light_verb_is_the_subjects():
    ev = rule_events("The African Union imposed asset freezes and travel bans on five Malian colonels on Friday.")
    require_event(ev, "SANCTION", "AU", "MLI")


def test_misread_measure_keeps_its_target():
    ev = rule_events("Canada imposed asset freezes on two Haitian gang leaders.")
    e = require_event(ev, "SANCTION", "CAN")
    assert any(k.startswith("HTI") for k in e.stated_recipient_keys), show_events(ev)


def test_reported_clause_with_its_own_subject_is_not_misread():
    # "said talks resume": a clause of its own, with a determiner-less subject but no light verb over it
    ev = rule_events("Norway said talks resume in Oslo next week.")
    assert find_event(ev, "CONSULT", "NOR") is None, show_events(ev)


# -- "X and Y agreed ... after talks mediated by Z": the meeting of the parties the clause names together ------------


def test_talks_misread_as_clause_subject_are_the_agreeing_parties():
    ev = rule_events("Kenya and Tanzania agreed on Tuesday to reopen two border posts, with Nairobi keeping its "
                     "customs officers in Namanga, after talks in Arusha mediated by Rwandan President Paul Kagame.")
    require_event(ev, "CONSULT", "KEN", "TZA")


def test_meeting_hung_on_the_verb_of_saying_is_the_reported_parties():
    ev = rule_events("Chile and Peru agreed to set up joint fishing patrols, the Chilean foreign ministry said after "
                     "talks in Lima.")
    require_event(ev, "CONSULT", "CHL", "PER")


def test_meeting_after_a_one_party_clause_gets_no_parties():
    # one party in the reported clause: whom it met is not told
    ev = rule_events("Chile agreed to set up fishing patrols, its foreign ministry said after talks in Lima.")
    assert not [e for e in ev if e.event == "CONSULT" and "PER" in e.actor_keys], show_events(ev)


# -- "resigned in protest against X": the clause's subject protests ------------------------------------------------


def test_bare_in_protest_is_the_subjects_protest():
    ev = rule_events("Two Zambian opposition lawmakers resigned on Monday in protest against the new cyber law.")
    require_event(ev, "PROTEST", "ZMB.OPP")


def test_state_measure_in_protest_is_no_protest():
    # a state's recall "in protest" is its measure (coded by the recall), not a protest
    ev = rule_events("Ghana recalled its ambassador to Lome in protest at the expulsion of two diplomats.")
    assert find_event(ev, "PROTEST", "GHA") is None, show_events(ev)


def test_state_recall_in_protest_is_no_protest():
    # a state's recall "in protest" is its measure (coded by the recall), not a protest
    ev = rule_events("Ghana recalled its ambassador to Lome in protest at the expulsion of two diplomats.")
    assert find_event(ev, "PROTEST", "GHA") is None, show_events(ev)


def test_state_organ_in_protest_is_left_unread():
    # judges resigning "in protest": a state organ's protest gets no target, so the rule leaves it
    ev = rule_events("Two Zambian Supreme Court judges resigned on Monday in protest against the new cyber law.")
    assert find_event(ev, "PROTEST", "ZMB.JUD") is None, show_events(ev)


# -- "hosted meetings on Saturday with X": the "with" phrase hung on the verb of holding talks ------------------------


def test_hosted_meetings_with_phrase_on_the_verb():
    ev = rule_events("Ghana's president, acting as mediator, hosted separate meetings on Saturday with Togo's foreign "
                     "minister and Benin's interior minister.")
    require_event(ev, "CONSULT", "GHA", "TGO")


def test_refused_meetings_get_no_host():
    ev = rule_events("Ghana's president refused to host meetings on Saturday with Togo's foreign minister.")
    assert not [e for e in ev if e.event == "CONSULT" and not e.negated and "GHA.GOV" in e.actor_keys], show_events(ev)
