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
    text = "In Moldova, leaders of the pro-Russian opposition urged voters to boycott Sunday's referendum."
    assert key_of(text, "opposition") == "MDA.OPP"
    text = "KYIV (Reuters) - Pro-Russian separatists shelled the town overnight, Ukrainian officials said."
    assert key_of(text, "separatists") == "UKR.REB"
    # a plain demonym still says whose group it is
    assert key_of("Russian troops shelled the town overnight.", "Russian troops") == "RUS.MIL"


def test_junta_is_not_a_state_named_in_a_relative_clause():
    text = "Myanmar's army lost a border crossing that Thailand uses for trade, and the junta blamed the rebels."
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
    assert key_of("UMNO will contest every seat in the state election, its secretary-general said.", "UMNO") == "MYS.PTY"
    assert key_of("Lufthansa agreed to buy a minority stake in the Italian carrier.", "Lufthansa") == "DEU.BUS"
    assert key_of("Codelco said output at the mine would fall.", "Codelco") == "CHL.BUS"
    # the organ's whole name is one mention of the agency, not "IAEA" with an unknown remainder
    ms = mentions("Envoys expect the IAEA Board of Governors to vote on the report next week.")
    assert [m.entity_text for m in ms if m.key == "IAEA"] == ["IAEA Board of Governors"]


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
    text = "A pro-Islamic State cell was blamed for the grenade attack on the market."
    assert not any(m.key == "ISIS" for m in mentions(text))
    assert key_of("Pro-Moscow separatists seized the town hall on Monday.", "Moscow") is None


def test_charity_takes_back_a_named_charity_never_an_armed_group():
    # an armed group named between the charity and "the charity" is passed over, not a dead end
    text = ("Oxfam said the convoy had been stopped at the border. Hamas gunmen later opened fire on the trucks. The "
            "charity said two drivers were hurt.")
    assert key_of(text, "charity") == "OXFAM"
    text = "Gunmen from al Shabaab stormed a hotel on Friday. The charity said its staff were safe."
    assert key_of(text, "charity") is None


def test_dateline_city_written_without_accents_gives_the_state():
    # capital datelines are often written without accents; the state filed from decides unnamed groups and a
    # namesake minister (Colombia's defence minister shares a name with Spain's prime minister)
    text = 'BOGOTA (AP) - "We will not negotiate with kidnappers," Defence Minister Pedro Sanchez told reporters.'
    assert key_of(text, "Pedro Sanchez", published="2026-03-04") == "COL.GOV"
    text = "ASUNCION (AFP) - Masked men stormed a radio station overnight, and police said they had no suspects."
    assert key_of(text, "police") == "PRY.COP"
    assert key_of("YAOUNDE (AFP) - Troops fired tear gas at students who had blocked the campus gates.", "Troops") == "CMR.MIL"
    assert key_of("NAYPYITAW, June 2 (Reuters) - Soldiers shelled the village overnight.", "Soldiers") == "MMR.MIL"


def test_organ_owned_by_an_organisation_is_that_organisation():
    text = ("The IAEA said inspectors had found traces of uranium. The agency's Board of Governors will debate the "
            "report in June.")
    assert key_of(text, "Board of Governors") == "IAEA"
    # an unknown organ of no known owner stays unresolved
    assert key_of("The company's Board of Directors approved the deal.", "Board of Directors") is None


def test_place_in_a_relative_clause_of_another_noun_does_not_place_the_group():
    text = ("Gunmen burned a school in Garissa county on Tuesday. Officials blamed a militia whose commanders had met "
            "mediators in Addis Ababa.")
    assert key_of(text, "Officials") == "KEN.GOV"
    # the group's own phrase still places it
    assert key_of("Officials in Addis Ababa said the talks would resume.", "Officials") == "ETH.GOV"


def test_a_firms_workforce_is_its_states_labour():
    assert key_of("Striking Codelco workers camped outside the smelter.", "Codelco workers") == "CHL.LAB"
    assert key_of("Boeing employees rejected the contract offer.", "Boeing employees") == "USA.LAB"
    # the firm itself is still the firm
    assert key_of("Boeing said it would appeal the ruling.", "Boeing") == "USA.BUS"
    assert key_of("Germany's largest airline raised its fares for the summer.", "Germany's largest airline") == "DEU.BUS"


def test_known_town_tagged_an_organisation_is_no_actor():
    assert not [m for m in mentions("Serbian police raided shops in Zubin Potok on Monday.") if m.key.startswith("UNK:")]
    assert not [m for m in mentions("Boko Haram gunmen raided Kolofata at dawn.") if m.key.startswith("UNK:")]


def test_acronyms_and_short_party_names_several_states_use_are_local():
    # "PNP" is a Philippine police force, a Jamaican party and a Puerto Rican party
    assert key_of("MANILA (Reuters) - The PNP said it had arrested three suspects.", "PNP") == "PHL.COP"
    assert key_of("Jamaica's PNP conceded defeat in the general election.", "PNP") != "PHL.COP"
    # "the Party of Socialists" ends other states' party names
    assert key_of("CHISINAU (Reuters) - The Party of Socialists called for early elections.", "Party of Socialists") == "MDA.PTY"
    text = "Montenegro's Democratic Party of Socialists walked out of parliament."
    assert not (key_of(text, "Democratic Party of Socialists") or "").startswith("MDA")


def test_malaysian_opposition_figures():
    text = "Opposition leader Hamzah Zainudin urged the prime minister to resign."
    assert key_of(text, "Hamzah Zainudin", published="2025-06-01") == "MYS.OPP"
    text = "Muhyiddin Yassin told supporters the coalition would win back Selangor."
    assert key_of(text, "Muhyiddin Yassin", published="2025-06-01") == "MYS.OPP"


def test_local_names_cover_each_state_that_uses_them():
    assert key_of("YEREVAN (Reuters) - The NSS said it had detained a former minister.", "NSS") == "ARM.SPY"
    assert key_of("JUBA (Reuters) - The NSS said it had detained a journalist.", "NSS") == "SSD.SPY"
    text = "CAIRO (Reuters) - The General Intelligence Service hosted the delegations."
    assert key_of(text, "General Intelligence Service") == "EGY.SPY"
    text = "JUBA (Reuters) - The Government of National Unity postponed the elections."
    assert key_of(text, "Government of National Unity") == "SSD.GOV"


def test_a_firms_workforce_named_with_a_possessive():
    assert key_of("Codelco's miners blocked the road to the smelter.", "miners") == "CHL.LAB"
