"""Round 11b role rules: an insurgent's unnamed state organ is its own state's; groups placed by an unknown natural
feature or shared region get no guessed state."""

from helpers import find_event, show_events

from eventcoder.pipeline import code_texts


def test_insurgents_government_is_their_home_state():
    ev = code_texts(["The ELN accused the government of sabotaging the ceasefire."])
    assert find_event(ev, "ACCUSE", "ELN", "COL") is not None, show_events(ev)


def test_insurgents_conditional_offer_names_their_government():
    ev = code_texts(["The FARC dissidents said they would free the captives if the government halted its bombing raids."])
    e = next((x for x in ev if x.actor_keys and x.actor_keys[0].startswith("FARC")), None)
    assert e is not None and "COL.GOV" in e.recipient_keys, show_events(ev)


def test_other_state_named_blocks_the_home_guess():
    ev = code_texts(["The ELN accused the government of Venezuela of harbouring its enemies."])
    assert all("COL.GOV" not in e.recipient_keys for e in ev), show_events(ev)


def test_group_near_a_shared_river_is_not_the_attackers():
    ev = code_texts(["Turkish drones struck shepherds near the Tigris river on Friday."])
    e = find_event(ev, "ASSAULT", "TUR")
    assert e is not None and not any(k.startswith("TUR") for k in e.recipient_keys), show_events(ev)


def test_group_in_a_shared_region_is_not_the_attackers():
    ev = code_texts(["French soldiers killed several jihadists in the Sahel."])
    e = find_event(ev, "ASSAULT", "FRA")
    assert e is not None and not any(k.startswith("FRA") for k in e.recipient_keys), show_events(ev)


def test_valley_of_one_state_places_its_people():
    ev = code_texts(["Gunmen ambushed a bus of pilgrims in the Swat Valley."])
    assert any(k.startswith("PAK") for e in ev for k in e.actor_keys + e.recipient_keys), show_events(ev)


def test_known_town_still_places_group():
    ev = code_texts(["Israeli drones struck fishermen near Rafah on Monday."])
    assert find_event(ev, "ASSAULT", "ISR", "PSE") is not None, show_events(ev)
