"""Round 27 role rules for ledes that pack several acts into one sentence: a participle set off after a demanded
clause is the demander's; a plural act noun the parser reads as a verb is its modifier's act; the second party of
"prompting A to do X and B to do Y" does Y; parties of different states doing a mutual act together do it with each
other. All sentences are invented."""

from helpers import find_event, rule_events, show_events

from eventcoder.pipeline import code_texts

# -- a participle after a demanded clause ------------------------------------------------------------------------------

def test_accusing_after_a_demanded_withdrawal_is_the_demanders():
    ev = rule_events("Peru's foreign ministry on Monday demanded that Chile recall a navy ship anchored near the port, "
                     "accusing Santiago of ignoring a treaty.")
    assert find_event(ev, "ACCUSE", "PER", "CHL") is not None, show_events(ev)
    assert find_event(ev, "ACCUSE", "CHL") is None, show_events(ev)


def test_participle_after_a_stated_clause_stays_with_its_subject():
    ev = rule_events("Officials said Sudanese troops shelled the camp on Sunday, killing five refugees.")
    assert find_event(ev, "ASSAULT", "SDN") is not None, show_events(ev)


# -- a plural act noun misread as a verb -------------------------------------------------------------------------------

def test_us_strikes_are_not_the_main_clauses_act():
    ev = rule_events("Houthi fighters fired missiles at a tanker on Friday, days after US strikes on their positions.")
    e = find_event(ev, "ASSAULT", "USA", "HOUTHIS")
    assert e is not None, show_events(ev)


# -- "asked A to do X and B to do Y" -----------------------------------------------------------------------------------

def test_second_controlled_party_does_the_second_act():
    ev = rule_events("The ministry asked Chad to reopen its border crossings and the United Nations to send food to "
                     "the camps.")
    e = next((x for x in ev if x.event == "AID"), None)
    assert e is not None, show_events(ev)
    assert e.actor_keys == ("UN",), show_events(ev)


# -- mutual acts of several states --------------------------------------------------------------------------------------

def test_two_states_agreeing_agree_with_each_other():
    ev = code_texts(["Peru and Chile agreed on Friday to build a new border crossing."])
    e = next((x for x in ev if x.event == "AGREE"), None)
    assert e is not None, show_events(ev)
    assert {"PER", "CHL"} <= set(e.recipient_keys), show_events(ev)
    assert not e.stated_recipient_keys, show_events(ev)


def test_bodies_of_one_state_agreeing_get_no_each_other():
    ev = code_texts(["Egypt's army and police agreed on Monday to hold joint patrols in Sinai."])
    assert any(x.event == "AGREE" for x in ev), show_events(ev)
    assert not any(x.event == "AGREE" and "EGY.MIL" in x.recipient_keys for x in ev), show_events(ev)


# -- review of round 27 ------------------------------------------------------------------------------------------------

def test_plain_coordinated_controllees_both_do_the_act():
    # (review of round 27: "urged A and B to ..." is not "asked A to ... and B to ...": both are the doers)
    ev = rule_events("Norway urged Sudan and Chad to stop supplying fuel to the militias.")
    e = next((x for x in ev if x.event == "AID"), None)
    assert e is not None, show_events(ev)
    assert {"SDN", "TCD"} <= set(e.actor_keys), show_events(ev)


def test_plea_to_own_allies_is_not_aimed_at_a_state_named_after_it():
    # (review of round 27: a state named after the plea is often the one it is about; only a bloc is where allies are
    # asked)
    ev = code_texts(["Estonia urged its partners on Tuesday to speed up deliveries of sea mines after Russian "
                     "incursions."])
    e = next((x for x in ev if x.event == "REQUEST" and "EST" in x.actor_keys), None)
    assert e is not None, show_events(ev)
    assert not any(k.startswith("RUS") for k in e.recipient_keys), show_events(ev)
