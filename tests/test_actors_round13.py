"""Round 13 actor keys: unknown people titled before their name, unknown towns made places by a place noun,
religious communities (REL) and military commands named by region."""

from helpers import key_of, mentions


def test_title_words_between_owner_and_name():
    # "<state>'s <title words> <Name>": the name takes the phrase's key whatever the parse of the title
    text = "Kenya's opposition candidate Mwangi Kariuki rejected the official results on Monday."
    assert key_of(text, "Mwangi Kariuki") == "KEN.OPP"
    text = "Ghana's veteran opposition campaigner Kofi Mensah-Boateng rejected the official results on Friday."
    assert (key_of(text, "Mensah-Boateng") or "").startswith("GHA")


def test_titled_business_owner_takes_article_state():
    assert key_of("A court in Manila convicted media tycoon Ramon Dizon of tax fraud on Monday.", "Ramon Dizon") == "PHL.BUS"
    assert key_of("The Chinese embassy criticised dissident artist Li Wen for his remarks.", "Li Wen") == "CHN.OPP"


def test_unknown_town_object_stands_for_its_state():
    text = "Fano militiamen seized the town of Wegel Tena on Monday before withdrawing, witnesses said."
    assert key_of(text, "Wegel Tena") == "ETH"
    text = "Rebels captured the eastern town of Mbanza Kole after a week of fighting in Congo, the army said."
    assert key_of(text, "Mbanza Kole") == "COD"


def test_unknown_corridor_in_named_territory():
    text = "Israeli troops pulled out of the Kerem corridor in southern Gaza on Sunday."
    assert key_of(text, "Kerem") == "PSE"


def test_name_without_place_cue_is_no_town():
    text = "Police in Britain arrested Tom Ward on Monday, and witnesses said John Koro, a farmer, was shot."
    assert key_of(text, "Tom Ward") != "GBR"
    assert not any(m.key == "GBR" and m.entity_text == "John Koro" for m in mentions(text, "2024-05-01"))


def test_religious_communities_are_rel_of_their_state():
    text = "Lebanon's army deployed in the south, and Israel said it acted to protect the Druze community."
    assert (key_of(text, "Druze community") or "").endswith(".REL")
    text = "Gunmen killed nine Christians in villages in Nigeria's Plateau state, police said."
    assert key_of(text, "Christians") == "NGA.REL"
    text = "Peru's government signed a truce with the miners, and the Catholic Church agreed to monitor it."
    assert key_of(text, "Catholic Church") == "PER.REL"


def test_faith_adjective_on_role_noun_leaves_the_role():
    text = "Police in India detained dozens of Sikh farmers marching on the capital."
    assert key_of(text, "Sikh farmers") != "IND.REL"


def test_regional_military_command():
    text = "Rebels overran the headquarters of the Sudanese army's Eastern Command near Kassala."
    assert key_of(text, "Eastern Command") == "SDN.MIL"
    text = "Israel's Northern Command said it had shot down two drones launched from Lebanon."
    assert key_of(text, "Northern Command") == "ISR.MIL"
