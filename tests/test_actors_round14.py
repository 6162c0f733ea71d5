"""Round 14 actor keys across sentences: former officials titled before a name and by surname later, plural
opposition leaders, bare officers in a story about police, parties named by another state or unknown to the
registry, the ruling party beside an opposition one, regional leaders as their bloc, hyphenated ties
("NATO-led", "Islamic State-linked") and names spanning a continent ("Pan-American")."""

from helpers import key_of, mentions


def test_former_president_titled_then_by_surname():
    text = ("QUITO, Ecuador (AP) — Former President Rafael Montero denounced the charges on Monday. "
            "In a video, he said he would return from exile to face the court.")
    assert key_of(text, "Rafael Montero") == "ECU.ELI"
    assert key_of(text, "he said") == "ECU.ELI"
    text = ("LA PAZ, Bolivia (AP) — Supporters of former President Hernan Villca blocked roads on Monday. "
            "Villca, who is in hiding, accused the government of persecution.")
    assert key_of(text, "Villca", occurrence=2) == "BOL.ELI"


def test_plural_opposition_leaders_are_the_home_opposition():
    text = "YEREVAN, Armenia (AP) — Opposition leaders accused the government of surrendering border villages."
    assert key_of(text, "Opposition leaders") == "ARM.OPP"


def test_bare_officers_after_police_are_police():
    text = ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday. The interior ministry said 14 officers "
            "were hurt by stones.")
    assert key_of(text, "officers") == "KEN.COP"
    # no police named: bare officers stay military; army officers keep their word
    text = "Sudanese officers said the town had fallen, and army officers in Khartoum confirmed it."
    assert key_of(text, "officers") == "SDN.MIL"


def test_party_of_another_state_with_a_known_name():
    text = "Serbia's main opposition Democratic Party said on Sunday it would boycott the vote."
    assert key_of(text, "Democratic Party") == "SRB.OPP"
    text = "SEOUL (Reuters) - South Korea's opposition Democratic Party accused the president of abusing power."
    assert key_of(text, "Democratic Party") != "SRB.OPP"


def test_unknown_party_is_the_home_states_and_ruling_party_is_not_the_opposition():
    text = ("LIMA, Peru (AP) — Thousands rallied on Friday as the vote count went on. The opposition Renewal Party "
            "accused the ruling party of buying votes. The Progress Party denied the claims.")
    assert key_of(text, "Renewal Party") == "PER.OPP"
    assert key_of(text, "ruling party") == "PER.PTY"
    assert key_of(text, "Progress Party") == "PER.PTY"


def test_regional_leaders_act_as_their_bloc():
    assert key_of("West African leaders meeting in Abuja urged the junta to free the president.", "West African leaders") == "ECOWAS"
    assert key_of("Southern African leaders agreed to send troops to Mozambique.", "Southern African leaders") == "SADC"


def test_hyphenated_leader_and_affiliation():
    text = "Kosovo's prime minister asked NATO-led peacekeepers to patrol the bridge."
    assert key_of(text, "peacekeepers") == "NATO"
    text = "Islamic State-linked insurgents raided a village in Mozambique's Cabo Delgado province on Sunday."
    assert key_of(text, "insurgents") == "IS_MOZAMBIQUE"
    assert not any(m.key == "ISIS" for m in mentions(text))


def test_pan_prefixed_name_is_no_state():
    text = "Truckers blocked the Pan-American Highway in Peru for two days."
    assert not any(m.key.startswith("USA") for m in mentions(text))
