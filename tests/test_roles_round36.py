"""Round 36 role rules. All sentences are invented."""

from helpers import require_event, rule_events, show_events

# -- an act noun named again ("condemned the strikes") is the act told with that same noun, not the latest of its type
_STRIKES_THEN_AMBUSH = ("Turkish air strikes hit Kurdish villages in northern Iraq on Sunday, local officials said.\n\n"
                        "The PKK said its fighters had ambushed a Turkish patrol near Zakho a day earlier, wounding "
                        "two soldiers.\n\n")


def test_condemned_strikes_are_the_strikes_told_earlier_not_a_later_attack():
    ev = rule_events(_STRIKES_THEN_AMBUSH + "Iraq's foreign ministry condemned the strikes as an attack on its sovereignty.")
    e = require_event(ev, "ACCUSE", "IRQ")
    assert any(r.key.startswith("TUR") for r in e.recipient), show_events(ev)
    assert not any(r.key.startswith("PKK") for r in e.recipient), show_events(ev)


def test_condemned_ambush_stays_with_the_latest_ambush():
    # (negative: the noun names the later act, so the later act's doer is the target)
    ev = rule_events(_STRIKES_THEN_AMBUSH + "Turkey's defence ministry condemned the ambush as an act of terror.")
    e = require_event(ev, "ACCUSE", "TUR")
    assert any(r.key.startswith("PKK") for r in e.recipient), show_events(ev)


# -- "striking teachers", "demonstrating students": the protest is the people's, not the force's that hits them ------


def test_striking_workers_fired_on_are_the_protesters():
    ev = rule_events("Police in Mombasa fired tear gas at striking nurses outside the county offices on Monday.")
    assert not any(e.event == "PROTEST" and any(k.endswith(".COP") for k in e.actor_keys) for e in ev), show_events(ev)
    require_event(ev, "ASSAULT", "KEN.COP")


def test_demonstrating_students_beaten_are_the_protesters():
    ev = rule_events("Riot police beat demonstrating students near the university in Yerevan on Friday.")
    assert not any(e.event == "PROTEST" and any(k.endswith(".COP") for k in e.actor_keys) for e in ev), show_events(ev)


def test_protesting_a_measure_keeps_the_marchers():
    # (negative: "protesting fuel prices" names no people; the marchers protest)
    ev = rule_events("Truck drivers marched through Quito on Tuesday protesting fuel prices.")
    require_event(ev, "PROTEST", "ECU")
