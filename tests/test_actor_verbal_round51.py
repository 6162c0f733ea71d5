"""Round 51 (r51b): verbal acts with no subject of their own that were left unattributed (no_actor). All sentences
are invented."""

from helpers import find_event, require_event, rule_events, show_events

# -- a finite verb the parser joins to a gerund or a to-infinitive is the clause above's (roles.py
#    ``_r51b_finite_clause_above``) ---------------------------------------------------------------------------------


def test_appeal_joined_to_a_charged_gerund_is_the_accuser_s():
    # the small parser hangs "called" on "torturing" (itself on "pirates"): the call was left with no actor
    ev = rule_events("Amnesty International accused both the navy and the pirates of torturing prisoners during raids "
                     "in the area and called for an impartial inquiry.")
    require_event(ev, "ACCUSE", "AMNESTY")
    require_event(ev, "REQUEST", "AMNESTY")


def test_statement_joined_to_an_ordered_infinitive_is_the_orderer_s():
    # (as before) "urged Serbia to lift the ban and warned ...": Serbia was urged; the warning is the bloc's
    ev = rule_events("The European Union urged Serbia to lift the ban on Kosovo goods and warned Belgrade of "
                     "consequences for its membership talks.")
    e = require_event(ev, "THREATEN", "EU")
    assert find_event(ev, "THREATEN", "SRB") is None, show_events(ev)
    assert e is not None


def test_gerund_joined_to_gerund_keeps_the_charged_party():
    # (unchanged) two gerunds of one charge: both the accused's, no climb to the accuser
    ev = rule_events("Kenya accused Somali militants of attacking a bus and kidnapping two teachers near Mandera.")
    require_event(ev, "ACCUSE", "KEN")
    assert find_event(ev, "ASSAULT", "KEN") is None, show_events(ev)


# -- a participle on a reported "there is" clause is the reporter's (``_r51b_existential_report``) -------------------


def test_rejection_after_a_reported_there_clause_is_the_speaker_s():
    ev = rule_events("Chile's president said there were serious doubts about the count, rejecting the result "
                     "announced by the Peruvian electoral board.")
    require_event(ev, "REJECT", "CHL")


def test_participle_on_a_reported_clause_with_a_subject_is_not_moved():
    # (unchanged) the reported clause has a subject of its own: its participle stays with it
    ev = rule_events("The governor said Sudanese troops had shelled the market, killing nine civilians.")
    assert find_event(ev, "ASSAULT", "SDN") is not None, show_events(ev)


# -- a speech act joined to a reported copular clause with a phrase for predicate is the reporter's
#    (``_r51b_reporter_after_copular_phrase``) ----------------------------------------------------------------------


def test_call_after_a_reported_copula_with_a_phrase_is_the_speaker_s():
    ev = rule_events("Iceland's prime minister said on Tuesday that the fishing grounds were not for negotiation and "
                     "called on Norway to withdraw its trawlers.")
    require_event(ev, "REQUEST", "ISL", "NOR")
