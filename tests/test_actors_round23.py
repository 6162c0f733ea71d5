"""Round 23 actor keys, from how the coder failed on unseen wire copy: a registry person whose hyphenated given name
was read as another person's, a bare title in a story filed from a city that hosts international bodies, a demonym
after "pro-"/"anti-" read as the group's nationality, "the junta" taken back to a state a relative clause names in
passing, and national police and security services, parties, unions and firms that wire copy names by their own
name."""

from helpers import key_of, mentions


def test_hyphenated_given_name_is_the_registry_person():
    # a title before the name made the halves of "Kassym-Jomart" look like another person's given names
    assert key_of("President Kassym-Jomart Tokayev opened the new bridge on Monday.", "Kassym-Jomart Tokayev",
                  published="2025-05-01") == "KAZ.GOV"
    assert key_of("Kazakh President Kassym-Jomart Tokayev met investors in Astana.", "Kassym-Jomart Tokayev",
                  published="2025-05-01") == "KAZ.GOV"


def test_dateline_city_named_again_does_not_make_the_spokesman_its_states():
    text = ("VIENNA, May 2 (Reuters) - Venezuela said on Friday it would expel two U.N. rights officials. Caracas "
            "has long rejected the reports. \"This is interference,\" foreign ministry spokesman Pedro Alvarado said. "
            "Russia's envoy in Vienna, Ivan Petrov, called the vote biased.")
    assert key_of(text, "Pedro Alvarado") == "VEN.GOV"
    # a story filed from a state the text names apart from the dateline city still gives its officials
    text = ("NIAMEY, Niger (Reuters) - Malian troops crossed into Niger on Monday, and Niger's army said it would "
            "respond, Interior Minister Ibrahim Sani said.")
    assert key_of(text, "Ibrahim Sani") == "NER.GOV"


def test_stance_demonym_is_no_nationality():
    text = ("CHISINAU, Moldova (AP) - Moldovan police searched 40 homes on Thursday. The pro-Russian opposition "
            "called the raids political repression.")
    assert key_of(text, "opposition") != "RUS.OPP"
    text = "KYIV (Reuters) - Pro-Russian separatists shelled the town overnight, Ukrainian officials said."
    assert key_of(text, "separatists") == "UKR.REB"
    # a plain demonym still says whose group it is
    assert key_of("Russian troops shelled the town overnight.", "Russian troops") == "RUS.MIL"


def test_junta_is_not_a_state_named_in_a_relative_clause():
    text = ("Myanmar's Kachin Independence Army said on Sunday it had taken a jade-mining town near the border, where "
            "India is building a road, a claim the junta did not address.")
    assert key_of(text, "junta") == "MMR.MIL"
    text = ("Mali's army said it had retaken the town, which Algeria says it once mediated for. The junta said the "
            "town was secure.")
    assert key_of(text, "junta") == "MLI.MIL"


def test_national_police_and_security_services_by_name():
    assert key_of("NAIROBI (Reuters) - The National Police Service said it had arrested four suspects.",
                  "National Police Service") == "KEN.COP"
    assert key_of("The South African Police Service said it had arrested four suspects.",
                  "South African Police Service") == "ZAF.COP"
    assert key_of("YEREVAN (Reuters) - Armenia's National Security Service detained a bishop on Friday.",
                  "National Security Service") == "ARM.SPY"
    assert key_of("DUBLIN (Reuters) - Gardai arrested two men after the attack on the hotel.", "Gardai") == "IRL.COP"
    # a name several states use is nobody's where no such state is in the story
    assert key_of("The National Police Service said it had arrested four suspects.", "National Police Service") is None


def test_government_of_national_unity_is_the_state_of_the_story():
    assert key_of("TRIPOLI (Reuters) - Libya's Government of National Unity said it had ordered a ceasefire.",
                  "Government of National Unity") == "LBY.GOV"
    assert key_of("CAPE TOWN (Reuters) - South Africa's Government of National Unity agreed on a budget.",
                  "Government of National Unity") == "ZAF.GOV"


def test_officials_named_once_with_a_title():
    assert key_of("Chief Constable Jon Boutcher appealed for information after the bomb.", "Jon Boutcher",
                  published="2025-02-01") == "GBR.COP"
    assert key_of("Tchiroma called on his supporters to stay at home.", "Tchiroma", published="2025-11-20") == "CMR.OPP"
    assert key_of("Biya was sworn in for an eighth term.", "Biya", published="2025-11-06") == "CMR.GOV"
    assert key_of("Najib Razak lost his appeal on Monday.", "Najib Razak", published="2026-01-05") == "MYS.ELI"
    assert key_of("Murkomen said police would act firmly.", "Murkomen", published="2025-07-01") == "KEN.GOV"


def test_unions_parties_and_firms_by_name():
    assert key_of("LA PAZ (AP) - The COB called a general strike over fuel prices.", "COB") == "BOL.LAB"
    assert key_of("The Confederation of Indigenous Nationalities of Ecuador called a national strike.",
                  "Confederation of Indigenous Nationalities of Ecuador") == "ECU.OPP"
    assert key_of("Thousands of UMNO supporters rallied outside the court.", "UMNO") == "MYS.PTY"
    assert key_of("Lufthansa cancelled 800 flights as ground staff walked out.", "Lufthansa") == "DEU.BUS"
    assert key_of("Codelco said output at the mine would fall.", "Codelco") == "CHL.BUS"
    assert key_of("The IAEA Board of Governors passed a resolution against Iran.", "IAEA Board of Governors") == "IAEA"


def test_no_unresolved_name_left_for_a_known_hyphenated_person():
    ms = mentions("President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev signed the deal.", "2025-05-01")
    assert not [m for m in ms if m.key.startswith("UNK:")]


def test_parent_organisation_where_its_branch_fights_is_the_branch():
    text = ("MOGADISHU (Reuters) - U.S. forces struck Islamic State fighters in the hills of Somalia's Bari region on "
            "Tuesday. Regional troops have fought the group since last year.")
    assert key_of(text, "Islamic State") == "IS_SOMALIA"
    assert key_of(text, "group") == "IS_SOMALIA"
    # the parent claiming an attack abroad, or named in a tie to a branch, stays the parent
    text = ("Islamic State claimed the bombing of a church in Moscow on Sunday. Islamic State West Africa Province has "
            "stepped up attacks this year.")
    assert key_of(text, "Islamic State") == "ISIS"
    text = "Gunmen killed 20 villagers in eastern Congo; the ADF, an Islamic State affiliate, was blamed."
    assert key_of(text, "Islamic State") == "ISIS"
    # no branch where the story is: the parent stays
    assert key_of("Iraqi troops killed three Islamic State militants near Mosul on Friday.", "Islamic State") == "ISIS"


def test_stance_toward_a_name_is_no_actor():
    text = "Troops killed six members of a pro-Islamic State faction of the Abu Sayyaf group on Monday."
    assert not any(m.key == "ISIS" for m in mentions(text))
    assert key_of("Pro-Moscow separatists seized the town hall on Monday.", "Moscow") is None


def test_charity_takes_back_a_named_charity_never_an_armed_group():
    text = ("A navy patrol fired shots at a rescue ship on Saturday, Save the Children said. The charity accused the "
            "government of endangering lives.")
    assert key_of(text, "charity") == "SAVE_THE_CHILDREN"
    text = "Hamas fighters attacked a convoy on Monday. The charity said its staff were safe."
    assert key_of(text, "charity") != "HAMAS"


def test_dateline_city_written_without_accents_gives_the_state():
    # "BOGOTA" and "YAOUNDE" have no accents in wire datelines; the state filed from decides unnamed groups and
    # a namesake minister ("Defence Minister Pedro Sanchez" in Colombia is not Spain's prime minister)
    text = ('BOGOTA, March 4 (Reuters) - Dozens of soldiers held by villagers were freed on Wednesday, the army '
            'said. "This is a kidnapping," Defence Minister Pedro Sanchez said on X.')
    assert key_of(text, "Pedro Sanchez", published="2026-03-04") == "COL.GOV"
    assert key_of("YAOUNDE, Nov 14 (Reuters) - Security forces surrounded the house on Friday.", "Security forces") == "CMR.COP"
    assert key_of("NAYPYITAW, June 2 (Reuters) - Soldiers shelled the village overnight.", "Soldiers") == "MMR.MIL"


def test_organ_owned_by_an_organisation_is_that_organisation():
    text = ("Iran said it would cut cooperation with the International Atomic Energy Agency after the agency's Board "
            "of Governors passed a resolution.")
    assert key_of(text, "Board of Governors") == "IAEA"
    # an unknown organ of no known owner stays unresolved
    assert key_of("The company's Board of Directors approved the deal.", "Board of Directors") is None


def test_place_in_a_relative_clause_of_another_noun_does_not_place_the_group():
    text = ("A roadside bomb killed two soldiers in Pattani province on Monday, police said. Security officials "
            "blamed a separatist group, which has held peace talks with Bangkok in Kuala Lumpur.")
    assert key_of(text, "officials") == "THA.GOV"
    # the group's own phrase still places it
    assert key_of("Officials in Kuala Lumpur said the talks would resume.", "Officials") == "MYS.GOV"


def test_a_firms_workforce_is_its_states_labour():
    assert key_of("Lufthansa pilots went on strike on Thursday.", "Lufthansa pilots") == "DEU.LAB"
    assert key_of("Boeing employees rejected the contract offer.", "Boeing employees") == "USA.LAB"
    # the firm itself is still the firm
    assert key_of("Boeing said it would appeal the ruling.", "Boeing") == "USA.BUS"
    assert key_of("Germany's largest airline cancelled 800 flights.", "Germany's largest airline") == "DEU.BUS"


def test_known_town_tagged_an_organisation_is_no_actor():
    text = "Israeli strikes hit Hezbollah positions and the village of Kfar Kila on Monday."
    assert not [m for m in mentions(text) if m.key.startswith("UNK:")]
