"""Round 48 (r48p): agentless passive acts. The doer of an agentless passive harm whose sufferers are a state's
security forces, told in a story of a protest, is the protesting party ("Protesters marched on the palace ... Forty
officers were injured"). All sentences are invented."""

from helpers import find_event, rule_events, show_events


def test_officers_injured_after_a_protest_are_hurt_by_the_protesters():
    ev = rule_events("Thousands of Kenyan students protested outside parliament in Nairobi on Friday against a new tax. "
                     "The police said 37 officers had been injured and 120 people had been arrested.")
    assert find_event(ev, "ASSAULT", "KEN.EDU", "KEN.COP") is not None, show_events(ev)


def test_soldiers_wounded_in_the_same_sentence_as_the_rally():
    ev = rule_events("Opposition supporters rallied in Lusaka on Sunday against the election result, and nine Zambian "
                     "soldiers were wounded by stones, the army said.")
    assert find_event(ev, "ASSAULT", "ZMB.OPP", "ZMB.MIL") is not None, show_events(ev)


def test_officers_hurt_with_no_protest_told_get_no_doer():
    ev = rule_events("Twelve Peruvian police officers were injured on Tuesday when a bus overturned near Cusco.")
    assert find_event(ev, "ASSAULT", "PER") is None, show_events(ev)


def test_civilians_injured_at_a_protest_are_not_the_protesters_doing():
    ev = rule_events("Farmers in Bolivia marched on La Paz on Monday to demand fuel. Dozens of Bolivian farmers were "
                     "injured, a hospital said.")
    assert not any(e.event == "ASSAULT" and any(k.startswith("BOL.") and k.split(".")[1] in ("CVL", "AGR") for k in e.actor_keys)
                   for e in ev), show_events(ev)


def test_bare_officers_hurt_in_a_protest_story_are_its_police():
    ev = rule_events("Hundreds of Chilean miners demonstrated in Santiago on Tuesday over pension cuts. Twenty officers "
                     "were wounded and several shops were looted, the interior ministry said.")
    e = find_event(ev, "ASSAULT", "CHL", "CHL.COP")
    assert e is not None and not any(k.endswith((".COP", ".MIL")) for k in e.actor_keys), show_events(ev)


def test_officers_injured_with_a_named_attacker_keep_that_attacker():
    ev = rule_events("Students protested in Dhaka on Monday. Eleven Bangladeshi police officers were injured by "
                     "activists of the ruling party's youth wing.")
    assert find_event(ev, "ASSAULT", "BGD.EDU", "BGD.COP") is None, show_events(ev)


def test_officers_injured_after_a_clash_are_hurt_by_the_other_side():
    ev = rule_events("Miners fought running battles with Bolivian police in Potosi on Thursday after a dispute over "
                     "concessions. Officials said 25 police officers were wounded.")
    assert find_event(ev, "ASSAULT", "BOL", "BOL.COP") is not None, show_events(ev)
    assert not any(e.event == "ASSAULT" and "BOL.COP" in e.actor_keys and any(r.key == "BOL.COP" for r in e.recipient)
                   for e in ev), show_events(ev)
