"""Round 50e (two acts of one type between the same parties told by two coordinated verbs in one sentence). All
sentences are invented."""

from helpers import rule_events, show_events

# -- "arrested X and seized Y": a coordinated second verb, with its own object and another mode, is a second act ----


def _texts(ev, etype):
    return [e.event_text for e in ev if e.event == etype]


def test_arrest_and_seizure_are_two_coercions():
    ev = rule_events("The Peruvian coast guard detained nine Chilean sailors and confiscated three fishing boats near "
                     "Arica on Friday, officials said.")
    got = _texts(ev, "COERCE")
    assert "detained" in got and "confiscated" in got, show_events(ev)


def test_killing_and_abduction_are_two_assaults():
    ev = rule_events("Gunmen from the Allied Democratic Forces killed 11 Congolese civilians and kidnapped four "
                     "Congolese civilians near Beni on Sunday.")
    modes = {e.mode for e in ev if e.event == "ASSAULT" and e.event_text == "kidnapped"}
    assert "abduct" in modes and "killed" in _texts(ev, "ASSAULT"), show_events(ev)


def test_arrest_after_a_raid_stays_one_act():
    # the raid is the setting of the arrest: one COERCE, as before
    ev = rule_events("Paraguayan police raided a farmhouse near the border and detained three Brazilian smugglers.")
    assert len(_texts(ev, "COERCE")) == 1, show_events(ev)


def test_attack_told_verb_by_verb_stays_one_act():
    # two verbs of one attack (no abduction) against the same party: one ASSAULT a signature, as before
    ev = rule_events("Rebel fighters shelled the Burkinabe army's base near Kaya and burned the Burkinabe army's "
                     "trucks on Tuesday.")
    sigs = [(e.actor_keys, e.recipient_keys) for e in ev if e.event == "ASSAULT"]
    assert sigs and len(sigs) == len(set(sigs)), show_events(ev)


def test_one_verb_with_two_objects_stays_one_act():
    ev = rule_events("The Peruvian coast guard detained nine Chilean sailors and three Chilean fishermen near Arica "
                     "on Friday.")
    assert len(_texts(ev, "COERCE")) == 1, show_events(ev)
