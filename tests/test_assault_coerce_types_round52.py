"""Round 52 (r52c): attacks the coder found but left with no actor, so no ASSAULT was emitted in the item at all.
All sentences are invented."""

from helpers import events_of, find_event, require_event, rule_events, show_events

# -- a lone unnamed attacker, or a weapon going off with no doer, is someone unknown (coder.py
#    ``_r52c_lone_attacker``, ``_r52c_toll_victims``) ------------------------------------------------------------------


def test_lone_gunman_who_opened_fire_is_unknown():
    ev = events_of("A gunman opened fire on worshippers leaving a church in Kaduna on Sunday, killing six of them, "
                   "police said.")
    require_event(ev, "ASSAULT", "UNK", "NGA")


def test_lone_suicide_bomber_is_unknown_with_the_toll_as_target():
    # the bomber's act names only a building; the toll participle names who was hit
    ev = events_of("A suicide bomber blew himself up outside a bus depot in Quetta on Thursday, killing nine "
                   "passengers.")
    require_event(ev, "ASSAULT", "UNK", "PAK")


def test_car_bomb_going_off_with_a_toll_is_unknown():
    ev = events_of("A car bomb exploded near an army checkpoint in Mogadishu on Tuesday, killing four soldiers.")
    require_event(ev, "ASSAULT", "UNK", "SOM")


def test_gunman_of_a_named_group_is_not_unknown():
    # a party named in the subject's phrase: the attacker is that party, never UNK
    ev = rule_events("A gunman from the Sinaloa cartel shot dead two police officers in Culiacan on Friday.")
    require_event(ev, "ASSAULT", "SINALOA_CARTEL")
    assert find_event(ev, "ASSAULT", "UNK") is None, show_events(ev)


def test_definite_gunman_is_left_to_coreference():
    # "the gunman": the one told before, not a fresh unknown attacker
    ev = rule_events("The gunman opened fire at a market in Kano on Monday, killing three traders.")
    assert find_event(ev, "ASSAULT", "UNK") is None, show_events(ev)


# -- a finite verb read as a participle inside the subject's modifier is the subject's (roles.py
#    ``_r52c_modified_subject``, ``_r52c_tied_subject``) ----------------------------------------------------------------


def test_fighters_armed_with_rifles_killed_villagers():
    # the small parser hangs "killed" on "rifles" and leaves "fighters" a second subject of "said"
    ev = events_of("Clan fighters armed with assault rifles killed at least 12 villagers in an ambush in Hela "
                   "province in Papua New Guinea, police said Tuesday.")
    require_event(ev, "ASSAULT", "PNG", "PNG.CVL")


def test_militants_linked_to_a_group_attacked_a_school():
    # the small parser takes "linked" for the verb and hangs "attacked" on it
    ev = events_of("Gunmen linked to a local gang attacked a bus station in northern Nigeria on Sunday, killing "
                   "nine travellers, police said.")
    require_event(ev, "ASSAULT", "NGA", "NGA")


def test_participle_without_object_stays_a_passive():
    # (unchanged) "the soldiers wounded in the blast": no object, a passive participle, no attack by the soldiers
    ev = rule_events("Relatives of the soldiers wounded in the blast near Kidal protested outside the hospital, "
                     "officials said.")
    assert find_event(ev, "ASSAULT", "MLI.MIL") is None, show_events(ev)


# -- clashes between one state's unnamed armed groups: each fought the other (actors/groups.py ``_r52c_fight_side``,
#    coder.py ``_r52c_sole_side``) -------------------------------------------------------------------------------------


def test_clashes_broke_out_between_armed_groups():
    ev = events_of("Heavy clashes broke out between rival armed groups in Misrata late on Sunday, residents said.")
    require_event(ev, "ASSAULT", "LBY.REB", "LBY.REB")


def test_clashes_between_armed_groups_with_a_toll():
    ev = events_of("Clashes between rival armed groups in the Libyan city of Zawiya killed five people on Friday.")
    require_event(ev, "ASSAULT", "LBY.REB", "LBY.REB")


def test_clashes_between_two_named_sides_keep_both_sides():
    # (unchanged) two sides named: neither is its own target
    ev = rule_events("Heavy clashes broke out in Tripoli on Monday between the army and the Radaa militia.")
    assert find_event(ev, "ASSAULT", "LBY.REB", "LBY.REB") is None, show_events(ev)
