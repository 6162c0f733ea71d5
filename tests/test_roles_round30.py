"""Round 30 role rules: co-brokers of a deal are not each other's counterparts; a demand addressed to an unnamed set of
parties ("allies", "donors", "the international community") is not aimed at the article's other party. All sentences
are invented."""

from helpers import rule_events, show_events

# -- go-betweens: the brokers of a deal consult its parties, never each other ---------------------------------------


def _broker_events(ev, broker):
    return [e for e in ev if e.event == "CONSULT" and any(k.split(".")[0] == broker for k in e.actor_keys)]


def test_co_brokers_of_a_past_truce_are_not_each_others_counterparts():
    ev = rule_events("Fighting between Thai and Cambodian troops erupted on Monday, shattering a truce brokered by "
                     "China and Japan in May.")
    for e in _broker_events(ev, "CHN") + _broker_events(ev, "JPN"):
        assert not {k.split(".")[0] for k in e.recipient_keys} & {"CHN", "JPN"}, show_events(ev)


def test_co_brokers_of_a_deal_in_subject_position():
    ev = rule_events("The deal, brokered by Norway and Cuba, calls for Colombian rebels to disarm within 90 days.")
    for e in _broker_events(ev, "NOR") + _broker_events(ev, "CUB"):
        assert not {k.split(".")[0] for k in e.recipient_keys} & {"NOR", "CUB"}, show_events(ev)


def test_co_brokers_consult_the_parties_the_sentence_names():
    ev = rule_events("Sudanese and South Sudanese forces clashed near Heglig on Friday, days after a ceasefire "
                     "brokered by Kenya and Ethiopia collapsed.")
    es = _broker_events(ev, "KEN")
    assert es, show_events(ev)
    assert {"SDN", "SSD"} <= {k.split(".")[0] for e in es for k in e.recipient_keys}, show_events(ev)


def test_co_brokers_with_the_parties_as_subject_are_kept():
    # (the existing reading: the subject's parties are the brokers' counterparts)
    ev = rule_events("Ethiopia and Eritrea agreed to a ceasefire after talks in Nairobi mediated by Kenya and Uganda.")
    es = _broker_events(ev, "KEN")
    assert es, show_events(ev)
    assert {"ETH", "ERI"} <= {k.split(".")[0] for e in es for k in e.recipient_keys}, show_events(ev)


def test_parties_holding_talks_together_still_consult_each_other():
    ev = rule_events("Peru and Bolivia held talks in La Paz on Monday on their shared border.")
    e = next((x for x in ev if x.event == "CONSULT"), None)
    assert e is not None, show_events(ev)
    assert {"PER", "BOL"} <= {k.split(".")[0] for k in e.recipient_keys}, show_events(ev)

