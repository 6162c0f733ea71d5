"""Round 51d (acts whose words got no trigger at all: forces and missions sent, goods and suspects sent abroad,
offers improved, arms export licences suspended). All sentences are
invented."""

from helpers import find_event, require_event, require_instead, rule_events, show_events

# -- forces moved, sent or ordered to a place (MOBILIZE) -------------------------------------------------------------


def test_divisions_moved_toward_a_border_are_mobilized():
    ev = rule_events("Sudan moved three divisions toward its frontier with Chad on Saturday, diplomats said.")
    require_event(ev, "MOBILIZE", "SDN")


def test_detachment_of_soldiers_sent_to_a_province_is_mobilized():
    ev = rule_events("The Malian government sent a detachment of soldiers to the Segou region after the clashes.")
    require_event(ev, "MOBILIZE", "MLI")


def test_forces_conjoined_after_another_object_are_read():
    # the first object ("radar systems") has no entry; its conjunct names forces
    ev = rule_events("Belarus has moved new radar systems and several thousand troops closer to its border with "
                     "Lithuania, Lithuanian officials said.")
    require_event(ev, "MOBILIZE", "BLR")


def test_goods_conjoined_after_a_ship_are_no_show_of_force():
    # only conjuncts naming forces are read: the ship loaded with rice is relief, not a warship sent
    ev = rule_events("Venezuela sent a tanker carrying diesel and a ship loaded with rice and beans to Cuba on "
                     "Friday.")
    require_instead(ev, "AID", "MOBILIZE", "VEN", "CUB")


def test_police_ordered_to_a_territory_are_mobilized():
    ev = rule_events("Paris ordered 400 more gendarmes to the island territory on Friday after a night of rioting.")
    require_event(ev, "MOBILIZE", "FRA")


def test_police_ordered_to_act_are_not_mobilized():
    ev = rule_events("Uganda's High Court ordered police to produce three detained opposition activists in court.")
    assert find_event(ev, "MOBILIZE", "UGA") is None, show_events(ev)


# -- envoys and missions sent (CONSULT) ------------------------------------------------------------------------------


def test_envoy_dispatched_to_a_capital_is_a_visit():
    ev = rule_events("Qatar dispatched an envoy to Kinshasa on Monday to prepare the next round of talks.")
    require_event(ev, "CONSULT", "QAT", "COD")


def test_team_of_negotiators_sent_is_a_visit():
    ev = rule_events("Kenya sent a team of negotiators to Juba on Wednesday.")
    require_event(ev, "CONSULT", "KEN", "SSD")


# -- suspects sent to another state (COOPERATE) ----------------------------------------------------------------------


def test_suspects_sent_to_another_state_are_extradited():
    ev = rule_events("Colombia sent 14 alleged cocaine traffickers to the United States on Tuesday.")
    require_event(ev, "COOPERATE", "COL", "USA")


def test_suspect_sent_to_prison_is_no_extradition():
    ev = rule_events("A Colombian judge sent the suspected trafficker to prison for twelve years.")
    assert find_event(ev, "COOPERATE", "COL") is None, show_events(ev)


# -- offers improved, arms export licences suspended ---------------------------------------------------------------


def test_offer_improved_is_a_concession():
    ev = rule_events("Spain's health ministry improved its pay offer to striking Spanish doctors on Tuesday.")
    require_event(ev, "CONCEDE", "ESP")


def test_arms_export_licences_suspended_are_a_sanction():
    ev = rule_events("Canada suspended 12 arms export licences to Turkey on Thursday.")
    require_instead(ev, "SANCTION", "COERCE", "CAN", "TUR")


def test_broadcast_licence_suspended_stays_censorship():
    ev = rule_events("Guinea suspended the broadcast licence of a private radio station on Monday.")
    assert find_event(ev, "SANCTION", "GIN") is None, show_events(ev)
