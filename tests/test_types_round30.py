"""Round 30 of event types: general mechanisms read from the recurring type errors of the development sets."""

from helpers import find_event, rule_events, show_events


def _plain(events, etype, actor):
    e = find_event(events, etype, actor)
    return e is not None and not e.negated


# --- a past-tense verb joined after a negated passive, perfect or "did not" verb is a clause of its own ---------

def test_request_after_a_negated_passive_is_asserted() -> None:
    events = rule_events("Ecuador's foreign ministry said it had not been informed of the arrests and asked Lima for consular access.")
    assert _plain(events, "REQUEST", "ECU"), show_events(events)


def test_accusation_after_a_denied_passive_is_asserted() -> None:
    events = rule_events("Tashkent denied that the border markers had been moved by its surveyors and accused Bishkek of inventing the dispute.")
    assert _plain(events, "ACCUSE", "UZB"), show_events(events)


def test_blame_after_a_negated_perfect_is_asserted() -> None:
    events = rule_events("A spokeswoman for Hezbollah said the movement had not fired the rockets at Galilee, and blamed Palestinian factions.")
    assert _plain(events, "ACCUSE", "HEZBOLLAH"), show_events(events)


def test_accusation_after_did_not_is_asserted() -> None:
    events = rule_events("Venezuela did not attend the summit in Georgetown and accused Guyana of stealing its land.")
    assert _plain(events, "ACCUSE", "VEN"), show_events(events)


def test_shared_negation_of_joined_acts_stays() -> None:
    # "not ... or killed": the negation covers both acts
    events = rule_events("The army said it had not shelled the town or killed civilians.")
    assert not [e for e in events if e.event == "ASSAULT" and not e.negated], show_events(events)
    # two verbs sharing one object: "had not arrested and charged anyone"
    events = rule_events("Nigerian police said they had not arrested and charged any protesters.")
    assert not [e for e in events if e.event == "COERCE" and not e.negated], show_events(events)
    # a bare verb shares "did not"
    events = rule_events("Kenya did not attack Somalia and kill civilians, the army said.")
    assert not [e for e in events if e.event == "ASSAULT" and not e.negated], show_events(events)


# --- "X said Y must / should do Z": a demand of Y by X, and Z is not done --------------------------------------

def test_said_another_party_must_act_is_a_request() -> None:
    events = rule_events("Canada's foreign minister praised the ceasefire in Goma, and said Rwanda must now withdraw its soldiers from Congo.")
    assert find_event(events, "REQUEST", "CAN", "RWA"), show_events(events)
    assert not [e for e in events if e.event in ("RETREAT", "CONCEDE") and e.modality == "asserted"], show_events(events)


def test_said_another_party_should_act_is_a_request() -> None:
    events = rule_events("Estonia's foreign minister said Hungary should stop buying Russian gas.")
    assert find_event(events, "REQUEST", "EST", "HUN"), show_events(events)
    events = rule_events("The African Union said Ethiopia should open the roads into Tigray to food convoys.")
    assert find_event(events, "REQUEST", "AU", "ETH"), show_events(events)


def test_must_with_no_party_or_the_speaker_itself_is_no_request() -> None:
    events = rule_events("Chile's finance minister said inflation should fall below 4 percent by June.")
    assert not [e for e in events if e.event == "REQUEST"], show_events(events)
    events = rule_events("Norway said it must do more to protect its fishermen.")
    assert not [e for e in events if e.event == "REQUEST"], show_events(events)
    events = rule_events("Algeria said Tunisia must be allowed to import grain freely.")
    assert not find_event(events, "REQUEST", "DZA", "TUN"), show_events(events)


def test_a_state_said_to_need_to_act_by_its_own_leader_is_no_request() -> None:
    events = rule_events("Poland's president said Poland must rearm quickly.")
    assert not [e for e in events if e.event == "REQUEST"], show_events(events)


# --- an attack with no party named that killed or wounded people: the attacker is unknown, UNK -------------------

def test_an_unclaimed_attack_that_killed_people_is_unk() -> None:
    events = rule_events("An ambush on a convoy near the Malian border killed nine Nigerien soldiers, the defence ministry in Niamey said.")
    assert find_event(events, "ASSAULT", "UNK", "NER"), show_events(events)
    events = rule_events("On Monday a car bomb attack wounded 14 Colombian police officers in Cali.")
    assert find_event(events, "ASSAULT", "UNK", "COL"), show_events(events)


def test_a_bombing_that_killed_people_in_a_relative_clause_is_unk() -> None:
    events = rule_events("Mogadishu mourned the victims of an explosion that killed 20 Somali recruits at a training camp.")
    assert find_event(events, "ASSAULT", "UNK", "SOM"), show_events(events)


def test_an_attack_with_its_party_keeps_it() -> None:
    events = rule_events("A Russian missile attack killed 14 Ukrainian civilians in Dnipro on Friday.")
    assert find_event(events, "ASSAULT", "RUS", "UKR"), show_events(events)
    assert not find_event(events, "ASSAULT", "UNK"), show_events(events)


def test_a_labour_strike_is_no_attack() -> None:
    events = rule_events("A strike by dock workers hurt Chilean exports in May.")
    assert not [e for e in events if e.event == "ASSAULT"], show_events(events)


# --- a sum of money given or pledged is aid ------------------------------------------------------------------

def test_a_sum_given_is_aid() -> None:
    events = rule_events("Japan gave Vietnam 50 billion yen last year to build flood defences.")
    assert find_event(events, "AID", "JPN"), show_events(events)
    # promised aid: AID or AGREE (the gold convention for a pledge of aid)
    events = rule_events("Norway will give Malawi $300 million next year for its schools.")
    assert find_event(events, "AID", "NOR") or find_event(events, "AGREE", "NOR"), show_events(events)


def test_a_sum_pledged_in_support_is_aid() -> None:
    # a pledge of aid: AGREE (aid intended), not SUPPORT
    events = rule_events("Qatar pledged $600 million in loans and humanitarian support to Lebanon's government.")
    assert find_event(events, "AGREE", "QAT", "LBN") or find_event(events, "AID", "QAT", "LBN"), show_events(events)
    assert not [e for e in events if e.event == "SUPPORT"], show_events(events)


def test_a_sum_in_investment_or_a_pledge_of_support_is_no_aid() -> None:
    events = rule_events("Qatar pledged $5 billion in investment in Egypt's tourism sector.")
    assert not [e for e in events if e.event == "AID"], show_events(events)
    events = rule_events("Germany pledged its support to Moldova's bid to join the European Union.")
    assert not [e for e in events if e.event == "AID"], show_events(events)


# --- protesters met by force: the protest itself is told by how the act's targets are described -----------------

def test_protesters_dispersed_by_force_protest() -> None:
    events = rule_events("Armenian police fired rubber bullets at hundreds of demonstrators near the government building in Yerevan.")
    assert find_event(events, "ASSAULT", "ARM"), show_events(events)
    assert find_event(events, "PROTEST", "ARM"), show_events(events)
    events = rule_events("Security forces in Guinea fired tear gas and live rounds at protesters in Conakry on Monday.")
    assert find_event(events, "PROTEST", "GIN"), show_events(events)


def test_protesters_arrested_protest() -> None:
    events = rule_events("Police in Nairobi arrested 40 protesters on Tuesday.")
    assert find_event(events, "PROTEST", "KEN"), show_events(events)


def test_no_protest_from_force_on_others_or_when_not_done() -> None:
    events = rule_events("Police in Lagos fired tear gas at shoppers during a stampede at a market on Friday.")
    assert not [e for e in events if e.event == "PROTEST"], show_events(events)
    events = rule_events("Police in Quito did not fire on the protesters, the interior minister said.")
    assert not [e for e in events if e.event == "PROTEST" and e.actor_keys and e.actor_keys[0].startswith("ECU.COP")], show_events(events)


def test_one_protest_where_the_article_tells_it() -> None:
    events = rule_events("Thousands of teachers marched in La Paz on Monday against pension cuts. Police fired tear gas at the demonstrators.")
    assert len([e for e in events if e.event == "PROTEST"]) == 1, show_events(events)


def test_a_claimed_bombing_is_no_unknown_attack() -> None:
    events = rule_events("Al-Shabaab claimed an ambush that killed four Kenyan soldiers near Lamu.")
    assert not find_event(events, "ASSAULT", "UNK"), show_events(events)
    events = rule_events("The ELN said it took responsibility for a bombing that killed two Colombian soldiers in Arauca.")
    assert not find_event(events, "ASSAULT", "UNK"), show_events(events)


# --- a thing named an attack or a hostile measure: criticism of its doer -----------------------------------------

def test_a_thing_called_an_attack_is_criticism() -> None:
    events = rule_events("Finland's interior minister called the flow of migrants at the border a hybrid attack.")
    assert find_event(events, "ACCUSE", "FIN"), show_events(events)
    events = rule_events("Poland termed the jamming of GPS signals over the Baltic a form of aggression.")
    assert find_event(events, "ACCUSE", "POL"), show_events(events)


def test_an_attack_named_for_what_it_is_is_no_criticism() -> None:
    events = rule_events("The army described the raid as a counter-terrorism operation.")
    assert not [e for e in events if e.event == "ACCUSE"], show_events(events)
    events = rule_events("Kenya's president called the attack on the mall a cowardly act.")
    assert len([e for e in events if e.event == "ACCUSE"]) <= 1, show_events(events)


# --- a rally named only as the setting of another act is no protest ----------------------------------------------

def test_a_rally_as_setting_is_no_protest() -> None:
    events = rule_events("Zimbabwean police questioned two opposition members of parliament following a rally in Gweru.")
    assert not [e for e in events if e.event == "PROTEST"], show_events(events)
    events = rule_events("A gunman shot a Honduran mayoral candidate during a campaign rally in San Pedro Sula.")
    assert not [e for e in events if e.event == "PROTEST"], show_events(events)


def test_a_rally_against_something_stays_a_protest() -> None:
    events = rule_events("Kenyan police arrested 30 people at a rally against the new finance bill in Nairobi on Tuesday.")
    assert [e for e in events if e.event == "PROTEST"], show_events(events)
    events = rule_events("Thousands of Serbian students held a rally in Belgrade on Saturday.")
    assert [e for e in events if e.event == "PROTEST"], show_events(events)


# --- forces deployed in a passive clause with no agent mobilise ---------------------------------------------------

def test_forces_deployed_with_no_agent_mobilise() -> None:
    events = rule_events("Floods cut off three villages in northern Mozambique. Mozambican soldiers were deployed to the district on Friday.")
    assert find_event(events, "MOBILIZE", "MOZ"), show_events(events)
    events = rule_events("Colombian army units are being moved to Catatumbo, the defence ministry in Bogota said.")
    assert [e for e in events if e.event in ("MOBILIZE", "AGREE", "THREATEN") and e.actor_keys and e.actor_keys[0].startswith("COL")], show_events(events)


def test_forces_deployed_by_a_named_party_keep_it() -> None:
    events = rule_events("Kenyan police officers were deployed to Haiti by the Kenyan government in June.")
    assert find_event(events, "MOBILIZE", "KEN"), show_events(events)


def test_forces_named_by_a_pronoun_are_left_alone() -> None:
    events = rule_events("Chad has trained 800 police officers for Haiti, and they will be sent to Port-au-Prince once funds arrive, N'Djamena said.")
    assert not find_event(events, "MOBILIZE", "HTI"), show_events(events)
