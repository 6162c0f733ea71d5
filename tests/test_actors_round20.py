"""Round 20 actor keys: fighters of tribes and clans (the home state's UAF), an unplaced court or judge acting in a
story filed from a state (that state's JUD), candidates named by their political current (OPP) or their race (PTY),
and the members of regional blocs held in the registry."""

from helpers import events_of, find_event, key_of, show_events

from eventcoder.actors import get_registry


def test_tribal_fighters_are_unidentified_armed_people_of_the_state():
    text = ("PORT MORESBY (Reuters) - Tribal fighters killed at least nine villagers in Hela province on Sunday, "
            "a provincial official said.")
    assert key_of(text, "Tribal fighters") == "PNG.UAF"
    events = events_of(text, "ASSAULT")
    assert find_event(events, "ASSAULT", "PNG.UAF") is not None, show_events(events)


def test_tribesmen_and_clan_gunmen():
    assert key_of("SANAA (Reuters) - Armed tribesmen abducted three engineers near Marib on Tuesday.", "tribesmen") == "YEM.UAF"
    text = "MOGADISHU (Reuters) - Clan gunmen ambushed a minibus on the road to Baidoa on Friday."
    assert key_of(text, "Clan gunmen") == "SOM.UAF"
    # bare fighters stay rebels
    assert key_of("MOGADISHU (Reuters) - Fighters ambushed a minibus near Baidoa on Friday.", "Fighters") == "SOM.REB"


def test_unplaced_court_is_the_dateline_states():
    text = "ANKARA (Reuters) - A court sentenced a prominent columnist to four years in prison on Thursday."
    assert key_of(text, "court") == "TUR.JUD"
    events = events_of(text, "SANCTION")
    assert find_event(events, "SANCTION", "TUR.JUD") is not None, show_events(events)
    assert key_of("MINSK (Reuters) - A judge ordered two bloggers held for another month on Monday.", "judge") == "BLR.JUD"


def test_court_of_another_state_named_in_the_sentence_is_not_the_dateline_states():
    text = "LONDON (Reuters) - Russia said on Monday a court had jailed a British teacher for eight years."
    assert key_of(text, "court") != "GBR.JUD"
    # a court only appealed to is no actor
    assert key_of("ANKARA (Reuters) - The columnist appealed to a court on Thursday.", "court") is None


def test_candidate_of_a_political_current_is_opposition():
    text = "WARSAW (Reuters) - Nationalist candidate Piotr Wisniak accused the government of buying votes on Sunday."
    assert key_of(text, "Piotr Wisniak") == "POL.OPP"
    events = events_of(text, "ACCUSE")
    assert find_event(events, "ACCUSE", "POL.OPP", "POL.GOV") is not None, show_events(events)
    assert key_of("QUITO (Reuters) - Opposition candidate Lucia Arroyo rejected the results.", "Lucia Arroyo") == "ECU.OPP"


def test_presidential_hopeful_is_a_partys():
    text = "LIMA (Reuters) - Police questioned presidential hopeful Rosa Quispe on Monday."
    assert key_of(text, "Rosa Quispe") == "PER.PTY"


def test_regional_blocs_hold_their_members():
    reg = get_registry()
    assert set(reg.entities["AES"].members) == {"MLI", "BFA", "NER"}
    assert "MLI" not in reg.entities["ECOWAS"].members and "NGA" in reg.entities["ECOWAS"].members
    assert "KEN" in reg.entities["EAC"].members
    for key in ("AES", "ECOWAS", "EAC", "SADC", "ASEAN", "GCC", "IGAD", "ECCAS"):
        assert all(m in reg.entities for m in reg.entities[key].members), key


def test_a_groups_union_acts_for_it():
    text = "HARARE (Reuters) - Zimbabwe's nurses' union called off a two-week strike on Friday."
    assert key_of(text, "union") == "ZWE.LAB"
    text = "HARARE (Reuters) - The doctors' union rejected the pay offer on Friday."
    assert key_of(text, "union") == "ZWE.LAB"
    # the group itself, with no union, keeps its sector
    assert key_of("HARARE (Reuters) - Zimbabwe's doctors went on strike on Friday.", "doctors") == "ZWE.MED"


def test_iraqs_regional_government_and_kurdish_officials_are_the_krg():
    text = ("ERBIL, Iraq (Reuters) - A rocket hit an oil field in northern Iraq on Monday, the regional government "
            "said. Kurdish officials blamed an armed group for the attack.")
    assert key_of(text, "regional government") == "KRG"
    assert key_of(text, "Kurdish officials") == "KRG"
    # Kurdish officials elsewhere are not Iraq's
    assert key_of("DAMASCUS (Reuters) - Kurdish officials in northeast Syria accused Turkey of shelling villages.",
                  "officials") == "SYR.GOV"
