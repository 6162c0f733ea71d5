"""Round 18 actor keys: "the party" only a party of a state the article names, a known party's name inside a
longer one ("Social Democrats"), gunmen of a named faction or group as the organisation, officers at a police post
as police, a hyphenated tie ("army-aligned") as no actor, and an unplaced subject not of the state it acts on."""

from helpers import key_of


def test_the_party_is_no_party_of_a_state_the_article_does_not_name():
    text = ("VIENNA (Reuters) - Chancellor Karl Huber's Social Democrats slumped in a regional vote on Sunday. A "
            "Greens spokeswoman accused the party of ignoring farmers.")
    assert key_of(text, "Social Democrats") == "AUT.PTY"
    assert key_of(text, "the party") in (None, "AUT.PTY", "AUT.OPP")
    # a foreign party the story never ties to its state is not what "the party" refers back to
    text = ("OSLO (Reuters) - Norway's finance minister met Democrats on Monday. The party said the talks were useful.")
    assert key_of(text, "The party") in (None, "NOR.PTY")


def test_the_party_keeps_a_party_of_a_named_state():
    text = ("WASHINGTON (Reuters) - Senate Democrats blocked the spending bill in the United States on Tuesday. The "
            "party said it would not back down.")
    assert key_of(text, "party") == "DEMOCRATIC_PARTY"


def test_a_known_party_name_inside_a_longer_name_is_another_party():
    text = "LONDON (Reuters) - The Liberal Democrats accused the government of neglecting rural hospitals."
    assert key_of(text, "Liberal Democrats") == "GBR.PTY"
    text = "STOCKHOLM (Reuters) - The Free Democrats walked out of the budget talks on Thursday."
    assert key_of(text, "Free Democrats") == "SWE.PTY"


def test_gunmen_of_a_faction_are_the_organisation():
    text = ("Gunmen from a splinter faction of the Sinaloa cartel ambushed a convoy of soldiers near Culiacan on "
            "Friday, officials said.")
    assert key_of(text, "Gunmen") == "SINALOA_CARTEL"


def test_fighters_from_a_named_group_are_the_group():
    text = ("Fighters from the Islamic State-linked ISWAP group raided an army base in Borno state, Nigeria, on "
            "Wednesday.")
    assert key_of(text, "Fighters") == "ISWAP"


def test_officers_at_a_police_post_are_police():
    text = "Militants attacked officers at a police checkpoint in Quetta, Pakistan, on Monday, killing three."
    assert key_of(text, "officers") == "PAK.COP"
    text = "Rebels shelled the town and killed two officers near the border, Pakistan's army said."
    assert key_of(text, "officers") == "PAK.MIL"


def test_a_hyphenated_tie_is_no_actor():
    text = ("The army-backed government in Khartoum accused the rebels of shelling a market in El Fasher, "
            "Sudan.")
    assert key_of(text, "army") is None
    assert key_of(text, "government") == "SDN.GOV"


def test_an_unplaced_body_is_not_of_the_state_it_accuses():
    text = ("Drones hit a power station in Port Sudan on Monday. The government blamed the paramilitaries and "
            "accused the United Arab Emirates of arming them, a charge the UAE denied.")
    assert key_of(text, "government") == "SDN.GOV"


def test_soldiers_of_a_multinational_force_are_the_force():
    text = ("Soldiers of the Gang Suppression Force raided a gang stronghold in Port-au-Prince on Thursday, the "
            "force said.")
    assert key_of(text, "Soldiers") == "HAITI_GSF"


def test_a_regional_councils_full_name_is_its_bloc_not_the_un():
    text = "The African Union's Peace and Security Council suspended Guinea-Bissau after the coup on Friday."
    assert key_of(text, "Peace and Security Council") == "AU"


def test_a_constitutional_council_is_the_judiciary():
    text = "Senegal's Constitutional Council struck down the law delaying the presidential vote."
    assert key_of(text, "Constitutional Council") == "SEN.JUD"


def test_striking_drivers_are_labour():
    text = "NAIROBI (Reuters) - Truck drivers in Kenya blocked the main highway for a second day over new fees."
    assert key_of(text, "Truck drivers") == "KEN.LAB"
    text = "Taxi drivers in Lagos went on strike on Monday over the rising price of petrol."
    assert key_of(text, "Taxi drivers") == "NGA.LAB"


def test_leaders_of_an_unnamed_movement_are_not_the_government():
    text = ("DAKAR (Reuters) - Leaders of the separatist movement in Casamance rejected the peace plan on Monday.")
    assert key_of(text, "Leaders") == "SEN.OPP"
    text = "LUSAKA (Reuters) - Leaders of the ruling party met on Saturday to choose a candidate."
    assert key_of(text, "Leaders") == "ZMB.PTY"
    text = "LUSAKA (Reuters) - Government leaders met on Saturday to discuss the budget."
    assert key_of(text, "Government leaders") == "ZMB.GOV"


def test_a_local_party_acronym_in_a_story_filed_from_its_state():
    text = "LA PAZ, Bolivia (AP) — The MAS chose a new leader on Sunday after months of infighting."
    assert key_of(text, "MAS") == "MAS_BOLIVIA"
    text = "TEGUCIGALPA, Honduras (AP) — The National Party accused the Libre party of rigging the count."
    assert key_of(text, "National Party") == "NATIONAL_PARTY_HONDURAS"
    assert key_of(text, "Libre party") == "LIBRE_HONDURAS"


def test_a_state_aligned_with_a_group_is_not_where_the_story_is():
    text = ("Libyan security forces detained nine members of a Russia-aligned militia after a shootout near a "
            "ministry in Tripoli, officials said.")
    assert key_of(text, "officials") == "LBY.GOV"


def test_a_title_the_parser_split_from_the_name_still_titles_it():
    text = ("Togolese police arrested opposition leader Agbeyome Kodjo after a rally in the northern town of Sokode "
            "on Wednesday, and prosecutors later charged him with sedition.")
    assert key_of(text, "Agbeyome Kodjo") == "TGO.OPP"
    assert key_of(text, "him") == "TGO.OPP"


def test_a_political_currents_leader_is_no_states_leader():
    text = ("A Lisbon court found far-right leader Andre Ventura guilty of defamation on Tuesday and fined him "
            "20,000 euros.")
    assert key_of(text, "Andre Ventura") == "PRT.OPP"
    assert key_of(text, "him") == "PRT.OPP"


def test_leaders_of_a_bloc_or_alliance_are_not_an_opposition():
    """Only a movement the words mark as opposing (independence, opposition, rebel ...) is the state's opposition:
    "leaders of the regional bloc" are no Nigerian opposition."""
    from helpers import mentions

    ms = mentions("LAGOS, March 3 (Reuters) - Leaders of the regional bloc met on Monday to discuss the crisis.")
    assert not any(m.key.endswith(".OPP") for m in ms), [(m.entity_text, m.key) for m in ms]
    ms = mentions("Leaders of the independence movement in New Caledonia rejected the French proposal.")
    assert any(m.key.endswith(".OPP") for m in ms), [(m.entity_text, m.key) for m in ms]
