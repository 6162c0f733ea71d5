"""Round 15 actor keys across sentences: a party owned by a person, the government a state's own opposition
acts on, insurgents of the state where the fighting is, "they" in a reason clause after an authority acted,
a registry party named inside a phrase headed by "party", immigration and border agents as police."""

from helpers import key_of


def test_party_owned_by_a_person_is_that_persons_party():
    text = ("TBILISI, Georgia (AP) — Georgian police arrested an opposition lawmaker on Friday. The lawmaker's party "
            "called the arrest a political vendetta. It said its members would march on parliament.")
    assert key_of(text, "party") == "GEO.OPP"
    assert key_of(text, "It said") == "GEO.OPP"
    # no opposition said of the owner: the ruling side's party
    text = "DAKAR, Senegal (AP) — The president's party won a majority in Sunday's vote, officials said."
    assert key_of(text, "party") == "SEN.PTY"


def test_government_accused_by_a_states_own_opposition_is_its_own():
    text = ("Germany sent aid to Moldova on Monday under a deal with Berlin's partners. Moldovan opposition lawmakers "
            "walked out of parliament, accusing the government of hiding the cost.")
    assert key_of(text, "government") == "MDA.GOV"
    text = ("Russia moved troops near the border on Monday. Belarusian opposition activists said the government "
            "had rigged the vote.")
    assert key_of(text, "government") == "BLR.GOV"


def test_unplaced_insurgents_are_of_the_state_where_the_fighting_is():
    text = ("GOMA, Congo (Reuters) - Burundian troops deployed in Congo's South Kivu province began an offensive last "
            "week. Burundi's army said on Monday its soldiers had killed 15 insurgents. Bujumbura said more would follow.")
    assert key_of(text, "insurgents") == "COD.REB"


def test_they_after_an_authority_acted_are_those_it_acted_on():
    text = "Kenyan police arrested dozens of teachers on Monday after they marched on parliament."
    assert key_of(text, "they") == "KEN.EDU"
    # a reason clause that is no act of protest keeps the authority
    text = "Kenyan police arrested dozens of teachers on Monday after they received a tip."
    assert key_of(text, "they") == "KEN.COP"


def test_registry_party_named_inside_a_party_phrase():
    from helpers import mentions

    text = "South Africa's governing ANC party endorsed the budget on Tuesday."
    hit = [m for m in mentions(text) if "ANC" in m.entity_text]
    assert hit and hit[0].entity_text == "ANC party" and hit[0].key == "ANC"


def test_immigration_agents_are_police_and_so_are_the_agents_later():
    text = ("US immigration agents detained 40 migrants near El Paso on Tuesday. A rights group accused the agents "
            "of using excessive force.")
    assert key_of(text, "US immigration agents") == "USA.COP"
    assert key_of(text, "the agents") == "USA.COP"
    # bare agents with no police-side service named stay intelligence
    assert key_of("Russian agents poisoned the defector in Salisbury, police said.", "Russian agents") == "RUS.SPY"
