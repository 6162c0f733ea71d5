"""Round 18 role rules: the object of a measure a state takes at home, named only by what the people are, is the
home state's people of the sector the noun names (a cue map for nouns the actor registry does not list); one person
of a state organ acts at home like the state; "the arrest of X" names who undergoes it."""

from helpers import find_event, show_events

from eventcoder.pipeline import code_texts


def test_critics_stripped_of_citizenship_are_the_home_opposition():
    ev = code_texts(["Belarus's government stripped 12 exiled critics of their citizenship on Monday."])
    assert find_event(ev, "COERCE", "BLR", "BLR.OPP") is not None, show_events(ev)


def test_jailed_lawyer_is_the_home_states_civilian():
    ev = code_texts(["A court in Uzbekistan sentenced a rights lawyer to twelve years in prison on Tuesday."])
    assert any(e.event in ("SANCTION", "COERCE") and any(k.startswith("UZB") for k in e.stated_recipient_keys)
               for e in ev), show_events(ev)


def test_minister_ordering_arrest_of_unnamed_opponents_targets_them():
    ev = code_texts(["Zimbabwe's interior minister ordered the arrest of dozens of opponents on Wednesday."])
    assert any(e.event == "COERCE" and "ZWE.OPP" in e.stated_recipient_keys for e in ev), show_events(ev)


def test_people_of_the_actors_own_sector_are_not_its_target():
    ev = code_texts(["Serbia's opposition party expelled two critics of its leader on Monday."])
    assert not any("SRB.OPP" in e.stated_recipient_keys and "SRB.OPP" in e.actor_keys for e in ev), show_events(ev)


def test_verb_with_no_object_shares_the_object_of_the_verb_joined_after_it():
    ev = code_texts(["Croatian border guards beat and expelled dozens of migrants near the Bosnian frontier on Sunday."])
    assert any(e.event == "ASSAULT" and any(k.endswith(".REF") for k in e.stated_recipient_keys) for e in ev), show_events(ev)



def test_armed_men_burning_houses_target_the_states_people():
    ev = code_texts(["A curfew was imposed in Mali's Mopti region on Monday after gunmen torched houses in two villages."])
    assert find_event(ev, "ASSAULT", "MLI", "MLI.CVL") is not None, show_events(ev)


def test_foreign_forces_razing_houses_with_no_place_get_no_own_state_target():
    ev = code_texts(["Russian soldiers demolished several houses before dawn, witnesses said."])
    assert not any(e.event == "ASSAULT" and "RUS.CVL" in e.stated_recipient_keys for e in ev), show_events(ev)


def test_vow_of_response_answers_an_accusation_aimed_at_the_vower():
    ev = code_texts(["Estonia accused Russia on Monday of jamming aircraft navigation over the Baltic. "
                     "Moscow vowed to retaliate."])
    assert find_event(ev, "THREATEN", "RUS", "EST") is not None, show_events(ev)


def test_vow_of_response_with_no_act_aimed_at_the_vower_has_no_target():
    ev = code_texts(["Estonia held elections on Sunday. Moscow vowed to retaliate against any provocation."])
    assert not any(e.event == "THREATEN" and "EST" in e.stated_recipient_keys for e in ev), show_events(ev)


def test_people_named_on_the_object_before_the_actors_own_place():
    ev = code_texts(["Mexican police detained a caravan of migrants on a road in Oaxaca state on Friday."])
    assert find_event(ev, "COERCE", "MEX", "MEX.REF") is not None, show_events(ev)


def test_casualty_clause_on_the_place_of_an_attack_tells_of_the_attack():
    ev = code_texts(["Officials blamed separatists for a bombing outside a court in Quetta that killed nine people."])
    assert not any(e.event == "ASSAULT" and any(k.endswith(".JUD") for k in e.actor_keys) for e in ev), show_events(ev)


def test_hyphenated_place_name_is_not_read_by_its_first_part():
    ev = code_texts(["Haitian police killed two gang members in a raid in the suburb of Croix-des-Bouquets on Friday."])
    assert not any("FRA" in e.stated_recipient_keys for e in ev), show_events(ev)
    # the place is the only party named for a raid on it: the whole name must be read for it to be Haiti's
    ev = code_texts(["Haitian police raided Croix-des-Bouquets on Friday."])
    assert any(k.startswith("HTI") for e in ev for k in e.stated_recipient_keys), show_events(ev)
    assert not any(k.startswith("FRA") for e in ev for k in e.recipient_keys), show_events(ev)


def test_name_joined_to_a_word_of_allegiance_is_no_place_target():
    ev = code_texts(["Lebanese soldiers arrested six members of an Iran-aligned armed faction suspected of firing rockets, officials said."])
    assert not any("IRN" in e.stated_recipient_keys for e in ev), show_events(ev)


def test_flag_state_joined_by_a_hyphen_is_still_read():
    ev = code_texts(["Houthi rebels fired two missiles at a Malta-flagged cargo ship in the Red Sea on Sunday."])
    assert any(e.event == "ASSAULT" and "MLT" in e.stated_recipient_keys for e in ev), show_events(ev)
