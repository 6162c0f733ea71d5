"""Round 25 role rules: an agentless passive act of force ("were arrested", "were detained") that a state security
or justice body reports ("police said", "according to the army", "the interior ministry said") is that body's act;
not an act it does not do (an ASSAULT on civilians), nor one reported by anyone else. All sentences are invented."""

from helpers import find_event, rule_events, show_events


def test_arrests_reported_by_police_are_the_polices():
    ev = rule_events("More than thirty students were arrested in Mombasa overnight, Kenyan police said.")
    assert find_event(ev, "COERCE", "KEN.COP") is not None, show_events(ev)


def test_detentions_according_to_the_army_are_the_armys():
    ev = rule_events("Six fishermen were detained near the border, according to the Nigerian army.")
    assert find_event(ev, "COERCE", "NGA.MIL") is not None, show_events(ev)


def test_interior_ministry_reporting_detentions_is_their_doer():
    ev = rule_events("Two smugglers were detained at a checkpoint in Basra, the Iraqi interior ministry said on Monday.")
    assert find_event(ev, "COERCE", "IRQ") is not None, show_events(ev)


def test_conjoined_passive_acts_reported_by_prosecutors():
    ev = rule_events("Four officials were arrested and charged with fraud, Ugandan prosecutors said.")
    assert find_event(ev, "COERCE", "UGA.JUD") is not None, show_events(ev)


def test_killing_reported_by_police_is_not_the_polices():
    ev = rule_events("Three demonstrators were killed and dozens were arrested in Nakuru, Kenyan police said.")
    assert find_event(ev, "COERCE", "KEN.COP") is not None, show_events(ev)
    assert find_event(ev, "ASSAULT", "KEN.COP") is None, show_events(ev)


def test_arrest_reported_by_a_lawyer_is_the_polices_not_the_lawyers():
    # session 21 (was: no doer at all): the one who reports an arrest is not its doer, but a dated arrest is the
    # police's of the state of those held, as the gold sets code it (w13, w14); a reported tally stays without one
    ev = rule_events("Five journalists were arrested in Cairo, their Egyptian lawyer said.")
    e = find_event(ev, "COERCE", "EGY.COP")
    assert e is not None and not any(k.endswith(".CVL") or k == "EGY" for k in e.actor_keys), show_events(ev)
    ev = rule_events("More than 200 activists have been arrested in Caracas since the election, a rights group said.")
    assert find_event(ev, "COERCE", "VEN") is None, show_events(ev)


def test_stated_agent_still_wins():
    ev = rule_events("Ten migrants were detained by Libyan coastguards, Italian police said.")
    assert find_event(ev, "COERCE", "ITA") is None, show_events(ev)


def test_attribution_on_a_conjoined_act():
    ev = rule_events("Two villagers were shot dead and four were detained near Kaduna, according to the Nigerian army.")
    assert find_event(ev, "COERCE", "NGA.MIL") is not None, show_events(ev)
    assert find_event(ev, "ASSAULT", "NGA.MIL") is None, show_events(ev)
