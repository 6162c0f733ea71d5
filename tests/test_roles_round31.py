"""Round 31 role rules (review of round 30 and new rules). All sentences are invented."""

from helpers import require_event, rule_events, show_events

# -- review of round 30: co-brokers of a deal whose article names no other party ---------------------------------------


def test_co_brokers_are_not_given_each_other_from_the_article():
    ev = rule_events("The plan, mediated by Oman and Jordan, obliges the tribal fighters to leave the port by March.")
    es = [e for e in ev if e.event == "CONSULT" and any(k.split(".")[0] in ("OMN", "JOR") for k in e.actor_keys)]
    for e in es:
        assert not {k.split(".")[0] for k in e.recipient_keys} & {"OMN", "JOR"}, show_events(ev)


def test_parties_agreeing_together_are_still_each_others_counterparts():
    ev = rule_events("Ghana and Togo agreed on Monday to share border intelligence.")
    e = next((x for x in ev if x.event in ("AGREE", "COOPERATE")), None)
    assert e is not None, show_events(ev)
    assert {"GHA", "TGO"} <= {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)


# -- review of round 30: "the neighbours", "these governments" refer back to parties named before ----------------------



def test_definite_plural_addressee_is_the_pair_named_before():
    ev = rule_events("Peru and Ecuador traded accusations over the border. Brazil called on the neighbours to show "
                     "restraint.")
    e = require_event(ev, "REQUEST", "BRA")
    assert "UNK" not in e.recipient_keys, show_events(ev)


def test_bare_plural_addressee_stays_unnamed():
    ev = rule_events("Peru and Ecuador traded accusations over the border. Brazil called on neighbours to show "
                     "restraint.")
    e = require_event(ev, "REQUEST", "BRA")
    assert not {k.split(".")[0] for k in e.recipient_keys} & {"PER", "ECU"}, show_events(ev)


def test_the_international_community_stays_unnamed():
    ev = rule_events("Rwandan-backed rebels seized a border town on Sunday, and Burundi urged the international "
                     "community to impose sanctions.")
    e = require_event(ev, "REQUEST", "BDI")
    assert not any(k.startswith("RWA") for k in e.recipient_keys), show_events(ev)


# -- a protest whose sentence names no target takes no party from the article ------------------------------------------


def test_protest_with_no_target_takes_no_party_from_the_article():
    # (a protest by a body the roles give no target: the article's other party, Mexico, is not it)
    ev = rule_events("Peru recalled its ambassador from Mexico on Monday. Peruvian lawmakers walked out of a session "
                     "of Congress on Tuesday.")
    e = next((x for x in ev if x.event == "PROTEST"), None)
    assert e is not None, show_events(ev)
    assert not any(r.inferred for r in e.recipient), show_events(ev)


def test_protest_against_a_named_party_keeps_it():
    ev = rule_events("Thousands of traders marched through Kumasi on Tuesday to protest against Ghana's finance ministry.")
    e = next((x for x in ev if x.event == "PROTEST"), None)
    assert e is not None, show_events(ev)
    assert any(k.startswith("GHA") for k in e.recipient_keys), show_events(ev)
