"""Round 22 actor keys, from how the coder failed on unseen wire copy: unnamed people placed by a city named as
"the centre of X", a regional governor of the region the sentence names, bodies and parties the registry lacked,
a known name compounded on its body noun, a capitalised possessive inside a party's name, a namesake of a known
leader, a bare cabinet title in a story filed from a state, a person's party, a Korean family name, "joined
forces", a capital's name ending a longer place name, and "the Commonwealth" in Australian copy."""

from helpers import key_of, mentions


def test_people_in_the_centre_of_a_city_are_that_citys_state():
    text = ("KYIV (Reuters) - A Russian missile hit a market in the centre of Odesa on Monday, killing eleven people, "
            "regional governor Oleh Kiper said.")
    assert key_of(text, "people") == "UKR.CVL"
    assert key_of(text, "Oleh Kiper") == "UKR.GOV"


def test_a_mayor_heads_the_city_his_sentence_names():
    # Russia is named more often, but the mayor is of the city the strike hit
    text = ("Russia fired drones overnight. Russia said it hit military targets, and Russian officials praised the "
            "strike. Two people died in Kharkiv, mayor Ihor Terekhov said.")
    assert key_of(text, "Ihor Terekhov") == "UKR.GOV"


def test_state_bodies_and_groups_added_to_the_registry():
    assert key_of("A DHS spokeswoman said the agents had been attacked.", "DHS") == "USA.GOV"
    assert key_of("Gunmen ambushed a patrol of the Frontier Corps near Turbat.", "Frontier Corps") == "PAK.MIL"
    assert key_of("The ACLU sued the city over the curfew.", "ACLU") == "USA.SOC"
    assert key_of("The World Meteorological Organization said the year was the hottest on record.",
                  "World Meteorological Organization") == "WMO"
    text = "KHARTOUM (Reuters) - The Sovereignty Council dismissed two governors on Monday."
    assert key_of(text, "Sovereignty Council") == "SDN.GOV"


def test_a_local_form_takes_the_body_of_the_articles_state():
    text = "BAGHDAD (Reuters) - The Joint Operations Command said troops had killed four militants in Anbar."
    assert key_of(text, "Joint Operations Command") == "IRQ.MIL"
    text = "HARARE (Reuters) - Zimbabwe's opposition said the Joint Operations Command had deployed soldiers."
    assert key_of(text, "Joint Operations Command") == "ZWE.MIL"
    text = "MADRID (Reuters) - Hundreds of supporters of the far-right Vox party rallied outside the ministry."
    assert key_of(text, "Vox") == "ESP.OPP"
    # elsewhere the same name is no Spanish party
    assert key_of("Vox reported that the White House had been warned.", "Vox") is None


def test_parties_named_by_their_own_name():
    text = "COLOMBO (Reuters) - The Sri Lanka Podujana Peramuna accused the government of a witch hunt."
    assert key_of(text, "Sri Lanka Podujana Peramuna") == "LKA.PTY"
    text = "KATHMANDU (Reuters) - Supporters of the CPN-UML marched through the capital."
    assert key_of(text, "CPN-UML") == "NPL.PTY"


def test_a_known_name_compounded_on_its_body_noun_is_one_mention():
    text = ("PARIS (Reuters) - The prime minister met leaders of the FNSEA farm union and promised to defend "
            "farmers in Brussels.")
    ms = [m for m in mentions(text) if "union" in m.entity_text]
    assert ms and ms[0].key == "FRA.AGR", ms
    assert key_of(text, "leaders") == "FRA.AGR"


def test_an_unknown_party_named_before_its_noun():
    # the NER model tags the name alone (as an organisation or a person): the phrase headed by "party" is the party
    text = "AMSTERDAM (Reuters) - The liberal Volt party accused the government of hiding the report."
    assert key_of(text, "Volt party") == "NLD.PTY"
    text = "SOFIA (Reuters) - The nationalist Vazrazhdane party accused the government of hiding the report."
    assert key_of(text, "Vazrazhdane party") == "BGR.PTY"


def test_a_capitalised_possessive_inside_a_party_name_is_no_group():
    text = "MADRID (Reuters) - Opposition People's Party leader Carmen Ruiz demanded that the minister resign."
    assert key_of(text, "People's Party") == "ESP.OPP"
    assert key_of(text, "Carmen Ruiz") == "ESP.OPP"
    assert not [m for m in mentions(text) if m.entity_text == "People"]


def test_a_namesake_of_a_known_leader_with_another_title():
    text = ("ACCRA, Ghana (Reuters) - Dock workers stayed off the job for a week. Trade Minister Joseph Aoun told the "
            "unions to return.")
    assert key_of(text, "Joseph Aoun", published="2025-08-01") == "GHA.GOV"
    # with his own title, he is who the registry says
    text = "BEIRUT (Reuters) - President Joseph Aoun said the talks would go on."
    assert key_of(text, "Joseph Aoun", published="2025-08-01") == "LBN.GOV"


def test_a_known_person_with_a_british_spelling_of_his_title_or_no_dateline_is_no_namesake():
    # "Defence" is the registry's "defense": his own office, in a story filed from a third state
    text = ("LONDON (Reuters) - Allies met on Thursday. Defence Secretary Pete Hegseth said Europe must spend more on "
            "its armies.")
    assert key_of(text, "Pete Hegseth", published="2025-08-01") == "USA.GOV"
    # no dateline: other states named in the story make no namesake
    text = "Germany and Poland met in Warsaw. Trade Minister Joseph Aoun said the port would reopen."
    assert key_of(text, "Joseph Aoun", published="2025-08-01") == "LBN.GOV"


def test_a_bare_cabinet_title_in_a_story_filed_from_a_state_it_names():
    # Rwanda is named more often, but a foreign minister would carry his state's name
    text = ("MAPUTO, Mozambique (Reuters) - Rwandan troops and Rwandan police pushed insurgents out of two villages, "
            "Rwandan officers said. Mozambican residents returned home. \"Our forces will stay,\" Interior "
            "Minister Paulo Tembe said.")
    assert key_of(text, "Paulo Tembe") == "MOZ.GOV"


def test_a_persons_party_is_the_party_he_leads():
    text = "A court sentenced 40 members of Imran Khan's party to prison terms on Friday."
    assert key_of(text, "members", published="2025-05-01") == "PTI"


def test_a_korean_family_name_refers_back_to_the_full_name():
    text = ("North Korean leader Kim Jong Un met the Russian defence minister in Pyongyang. Kim pledged to support "
            "Moscow.")
    assert key_of(text, "Kim", occurrence=2, published="2025-06-17") == "PRK.GOV"


def test_joining_forces_is_no_armed_force():
    text = "CAPE TOWN (Reuters) - The two parties joined forces a year ago and now govern together."
    assert not [m for m in mentions(text) if m.entity_text == "forces"]


def test_a_capital_ending_a_longer_place_name_is_no_state():
    text = "PEMBA, Mozambique (Reuters) - Insurgents attacked the outskirts of Mocimboa da Praia on Sunday."
    assert not [m for m in mentions(text) if m.key.startswith("CPV")]


def test_the_commonwealth_in_australian_copy_is_the_federal_government():
    text = "SYDNEY (Reuters) - The Commonwealth will fund a new hospital in Queensland, Australia's health minister said."
    assert key_of(text, "Commonwealth") == "AUS.GOV"
    text = "CANBERRA (AP) - Australia's states accused the Commonwealth of underfunding hospitals."
    assert key_of(text, "Commonwealth") == "AUS.GOV"
    # a story about another state that names Australia keeps the Commonwealth of Nations
    text = ("SUVA (Reuters) - Fiji welcomed the observers. Australia and New Zealand said they would fund the "
            "election, and the Commonwealth offered experts.")
    assert key_of(text, "Commonwealth") == "COMMONWEALTH"
    assert key_of("The Commonwealth offered to send observers to Fiji's election.", "Commonwealth") == "COMMONWEALTH"


def test_rohingya_are_a_people_of_myanmar():
    text = "DHAKA (Reuters) - Britain pledged money to feed Rohingya refugees in camps in Bangladesh."
    assert key_of(text, "Rohingya refugees") == "MMR.REF"


def test_people_from_a_bloc_named_after_its_noun_are_the_blocs():
    text = ("Officials from the West African bloc ECOWAS met ministers of the three juntas in Accra on Monday to "
            "discuss trade.")
    assert key_of(text, "Officials") == "ECOWAS"


def test_a_singular_pronoun_outside_a_coordination_skips_its_members():
    text = ("Mali, Burkina Faso and Niger, all run by juntas, left ECOWAS in January after accusing it of serving "
            "foreign interests.")
    assert key_of(text, "it") == "ECOWAS"
    # inside the coordination the first member stays ("the US and its allies")
    assert key_of("The United States and its allies condemned the test.", "its") == "USA"


def test_a_former_officials_party_is_in_opposition():
    text = ("KUALA LUMPUR (Reuters) - Investigators arrested a former minister on Wednesday. The former minister's "
            "party called the arrest a distraction.")
    assert key_of(text, "party") == "MYS.OPP"
    text = "BRASILIA (Reuters) - Jair Bolsonaro's party called the ruling unjust."
    assert key_of(text, "Jair Bolsonaro's party", published="2025-09-01") == "BRA.OPP"


def test_unnamed_armed_factions_and_sentence_initial_jihadists():
    text = "ERBIL, Iraq (Reuters) - The regional government blamed Iran-aligned armed factions for the drone attacks."
    assert key_of(text, "armed factions") == "IRQ.REB"
    text = "NIAMEY (AFP) - Jihadists killed twelve soldiers in an attack on a post in western Niger."
    assert key_of(text, "Jihadists") == "NER.UAF"  # (round 28: unnamed jihadists are unidentified armed actors)


def test_an_unnamed_former_officeholder_is_an_ex_official():
    text = "COLOMBO (Reuters) - Anti-graft investigators arrested a former cabinet minister on Tuesday."
    assert key_of(text, "minister") == "LKA.ELI"
    text = "SEOUL (AP) - A Seoul court sentenced a former interior minister to seven years in prison."
    assert key_of(text, "interior minister") == "KOR.ELI"


def test_the_guards_in_iranian_copy_are_the_revolutionary_guards():
    text = "DUBAI (Reuters) - Iran seized a tanker in the Gulf, state media reported. The Guards said the crew was held."
    assert key_of(text, "Guards") == "IRN.MIL"
    assert key_of("LONDON (Reuters) - The Guards paraded outside the palace on Sunday.", "Guards") is None


def test_a_portfolio_word_inside_a_title_is_no_actor():
    text = "MADRID (Reuters) - Opposition leaders demanded that Interior Minister Tomas Delgado resign over the scandal."
    assert not [m for m in mentions(text) if m.entity_text == "Interior"]
    assert key_of(text, "Tomas Delgado") == "ESP.GOV"


def test_an_unnamed_former_holder_of_no_office_is_no_ex_official():
    # a former nurse, soldier or police officer is no ex-official of the state
    for who, text in (("nurse", "ABUJA (Reuters) - Detectives held a former nurse who had sold stolen vaccines."),
                      ("soldier", "ABUJA (Reuters) - Detectives held a former soldier who had robbed a bank."),
                      ("police officer", "ABUJA (Reuters) - Detectives held a former police officer who ran a gang.")):
        assert key_of(text, who) != "NGA.ELI"
    # a former officeholder still is
    text = "ABUJA (Reuters) - Detectives held a former cabinet minister who had sold state land."
    assert key_of(text, "minister") == "NGA.ELI"
    text = "ABUJA (Reuters) - Detectives held a former army officer who had sold state land."
    assert key_of(text, "army officer") == "NGA.ELI"


def test_people_of_an_alliance_are_the_alliance():
    # not the state of the city the sentence names
    assert key_of("Officials of the alliance AUKUS met in Canberra.", "Officials") == "ALLIANCE:AUKUS"
    assert key_of("Envoys of the E3 met in Geneva on Friday.", "Envoys") == "ALLIANCE:E3"
