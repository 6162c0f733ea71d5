"""Round 36 role rules. All sentences are invented."""

from helpers import require_event, rule_events, show_events

# -- an act noun named again ("condemned the strikes") is the act told with that same noun, not the latest of its type


def test_condemned_strikes_are_the_strikes_told_earlier_not_a_later_attack():
    ev = rule_events("Turkish air strikes hit Kurdish villages in northern Iraq on Sunday, local officials said.\n\n"
                     "The PKK said its fighters had ambushed a Turkish patrol near Zakho a day earlier, wounding "
                     "two soldiers.\n\nIraq's foreign ministry condemned the strikes as an attack on its sovereignty.")
    e = require_event(ev, "ACCUSE", "IRQ")
    assert any(r.key.startswith("TUR") for r in e.recipient), show_events(ev)
    assert not any(r.key.startswith("PKK") for r in e.recipient), show_events(ev)


def test_condemned_ambush_stays_with_the_latest_ambush():
    # (negative: the noun names the later act, so the later act's doer is the target)
    ev = rule_events("Turkish air strikes hit Kurdish villages in northern Iraq on Sunday, local officials said.\n\n"
                     "The PKK said its fighters had ambushed a Turkish patrol near Zakho a day earlier, wounding "
                     "two soldiers.\n\nTurkey's defence ministry condemned the ambush as an act of terror.")
    e = require_event(ev, "ACCUSE", "TUR")
    assert any(r.key.startswith("PKK") for r in e.recipient), show_events(ev)

