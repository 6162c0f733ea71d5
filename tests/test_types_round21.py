"""Round 21 of event types: walking out is a protest (a strike, a chamber walkout), out of talks a rejection; a
strike or protest "called" by a union is organised, not asked for; the charge an arrest or penalty is made on is
the actor's accusation of its target; an attack whose subject is only its weapon is by an unknown attacker (UNK);
an act "called for" is not done; a finite verb hung on an alleged gerund is the accuser's own act; a bare "will
respond" said of a party, and measures held over another's act, are threats; docking strikers' pay is a
penalty."""

from helpers import find_event, show_events

from eventcoder import code_texts
from eventcoder.config import load_settings


def test_walkouts_are_protests() -> None:
    events = code_texts(["Zambian miners walked out on Tuesday over unpaid wages."])
    assert find_event(events, "PROTEST", "ZMB"), show_events(events)
    assert not find_event(events, "REJECT", "ZMB"), show_events(events)
    events = code_texts(["Kenyan opposition lawmakers walked out of parliament before the budget vote."])
    assert find_event(events, "PROTEST", "KEN"), show_events(events)


def test_walking_out_of_talks_is_a_rejection() -> None:
    events = code_texts(["The Iranian delegation walked out of the negotiations in Geneva on Monday."])
    assert find_event(events, "REJECT", "IRN"), show_events(events)
    assert not find_event(events, "PROTEST", "IRN"), show_events(events)


def test_walking_out_of_prison_is_no_protest() -> None:
    events = code_texts(["The Egyptian blogger walked out of prison on Monday after five years."])
    assert not find_event(events, "PROTEST", "EGY"), show_events(events)


def test_a_strike_called_by_a_union_is_the_strike() -> None:
    events = code_texts(["Nigeria's main labour union called a general strike over the fuel price rise."])
    assert find_event(events, "PROTEST", "NGA"), show_events(events)
    events = code_texts(["The Ghanaian doctors' association called a three-day strike in protest."])
    assert find_event(events, "PROTEST", "GHA"), show_events(events)


def test_calling_off_or_labelling_a_strike_is_no_strike() -> None:
    events = code_texts(["Nigeria's main labour union called off the strike on Monday."])
    assert not find_event(events, "PROTEST", "NGA"), show_events(events)
    events = code_texts(["The Nigerian labour minister called the stoppage \"an illegal strike\" by union leaders."])
    assert not find_event(events, "PROTEST", "NGA"), show_events(events)


def test_arrest_on_suspicion_is_also_an_accusation() -> None:
    events = code_texts(["Turkish police detained 20 Syrians on suspicion of smuggling migrants into Greece."])
    assert find_event(events, "COERCE", "TUR", "SYR"), show_events(events)
    assert find_event(events, "ACCUSE", "TUR", "SYR"), show_events(events)
    events = code_texts(["Canada imposed sanctions on four Haitian politicians accused of financing gangs."])
    assert find_event(events, "ACCUSE", "CAN", "HTI"), show_events(events)


def test_arrest_without_a_charge_is_no_accusation() -> None:
    events = code_texts(["Turkish police detained 20 Syrians in Istanbul on Monday."])
    assert find_event(events, "COERCE", "TUR"), show_events(events)
    assert not find_event(events, "ACCUSE", "TUR"), show_events(events)


def test_a_weapon_as_subject_leaves_the_attacker_unknown() -> None:
    events = code_texts(["A drone struck a fuel depot in Sudan's Port Sudan on Tuesday."])
    assert find_event(events, "ASSAULT", "UNK", "SDN"), show_events(events)
    events = code_texts(["Ukrainian drones struck an oil refinery in Russia's Samara region overnight."])
    assert find_event(events, "ASSAULT", "UKR", "RUS"), show_events(events)
    assert not find_event(events, "ASSAULT", "UNK"), show_events(events)


def test_an_earthquake_is_no_attack() -> None:
    events = code_texts(["A strong earthquake struck southern Peru on Sunday."])
    assert not [e for e in events if e.event == "ASSAULT"], show_events(events)


def test_unknown_attacker_gives_way_to_a_claimant() -> None:
    events = code_texts(["A drone attack targeted a base hosting French troops in Chad on Sunday. "
                         "Boko Haram said it was behind the attack."])
    assert not find_event(events, "ASSAULT", "UNK"), show_events(events)
    assert find_event(events, "ASSAULT", "BOKO_HARAM"), show_events(events)


def test_another_named_attack_on_the_same_country_claims_nothing() -> None:
    events = code_texts(["A drone struck a power plant in Ukraine's Sumy region on Monday. "
                         "Russian troops shelled Kharkiv on Tuesday."], settings=load_settings(min_confidence=0.0))
    assert find_event(events, "ASSAULT", "UNK"), show_events(events)
    assert find_event(events, "ASSAULT", "RUS"), show_events(events)


def test_act_called_for_is_not_done() -> None:
    events = code_texts(["Kenyan opposition lawmakers called for the interior minister's resignation."])
    assert find_event(events, "REQUEST", "KEN"), show_events(events)
    assert not [e for e in events if e.event == "RETREAT"], show_events(events)


def test_finite_verb_after_an_alleged_gerund_is_the_accusers_act() -> None:
    events = code_texts(["Peruvian opposition lawmakers accused the president of ignoring the courts and called for his impeachment."])
    assert find_event(events, "ACCUSE", "PER"), show_events(events)
    assert find_event(events, "REQUEST", "PER"), show_events(events)


def test_a_party_that_will_respond_threatens() -> None:
    events = code_texts(["Beijing said China would respond, without elaborating."])
    assert find_event(events, "THREATEN", "CHN"), show_events(events)
    events = code_texts(["The Indian foreign ministry said it would respond in due course."])
    assert not find_event(events, "THREATEN", "IND"), show_events(events)


def test_measures_held_over_another_partys_act_are_a_threat() -> None:
    events = code_texts(["Turkey said it would take its own measures if Greece extended its territorial waters."])
    assert find_event(events, "THREATEN", "TUR"), show_events(events)
    events = code_texts(["The Ghanaian finance ministry said it would take steps if inflation kept rising."])
    assert not find_event(events, "THREATEN", "GHA"), show_events(events)


def test_docking_strikers_pay_is_a_penalty() -> None:
    events = code_texts(["The Chilean education ministry said it would dock the striking teachers' pay."])
    assert [e for e in events if e.event in ("SANCTION", "THREATEN") and any(k.startswith("CHL") for k in e.actor_keys)], show_events(events)


def test_a_claim_labelled_false_is_rejected() -> None:
    events = code_texts(["Algeria's foreign ministry called the Moroccan accusations \"baseless\"."])
    assert find_event(events, "REJECT", "DZA"), show_events(events)
    assert not find_event(events, "ACCUSE", "DZA"), show_events(events)
    events = code_texts(["Algeria's foreign ministry called the Moroccan decision \"reckless\"."])
    assert find_event(events, "ACCUSE", "DZA"), show_events(events)


def test_past_perfect_relative_dated_recently_is_news() -> None:
    events = code_texts(["Chilean dock workers, who had staged a strike on Monday, accepted the offer."])
    assert find_event(events, "PROTEST", "CHL"), show_events(events)
    events = code_texts(["Chilean dock workers, who had staged a strike in 2019, accepted the offer."])
    assert not find_event(events, "PROTEST", "CHL"), show_events(events)


def test_a_penalty_upheld_is_the_courts() -> None:
    events = code_texts(["Ecuador's highest court on Tuesday upheld an eight-year prison sentence against the former vice president."])
    assert find_event(events, "SANCTION", "ECU"), show_events(events)
    events = code_texts(["Ecuador's highest court on Tuesday did not uphold the sentence against the former vice president."])
    assert not find_event(events, "SANCTION", "ECU"), show_events(events)


def test_committing_a_crime_is_no_pledge() -> None:
    events = code_texts(["The Cuban government said the dissidents had committed \"treason to the nation\"."])
    assert not [e for e in events if e.event == "AGREE"], show_events(events)
    events = code_texts(["Ethiopia committed itself to the truce on Monday."])
    assert find_event(events, "AGREE", "ETH"), show_events(events)


def test_people_freed_by_force_are_no_release() -> None:
    events = code_texts(["Nigerian troops freed 40 hostages on Sunday after bandits attacked a school."])
    assert not find_event(events, "RETREAT", "NGA"), show_events(events)
    events = code_texts(["Armed men stormed the prison in Colombia's Cauca province, freeing 90 inmates."])
    assert not [e for e in events if e.event == "RETREAT"], show_events(events)
    events = code_texts(["The Taliban freed two American hostages on Monday."])
    assert find_event(events, "RETREAT", "TALIBAN"), show_events(events)


def test_act_named_by_a_gerund_as_the_topic_of_talks_is_not_done() -> None:
    events = code_texts(["Egypt and Turkey held talks in Cairo on Tuesday on reopening their embassies and expanding trade."])
    assert find_event(events, "CONSULT", "EGY"), show_events(events)
    assert not [e for e in events if e.event in ("COOPERATE", "RETREAT", "SUPPORT")], show_events(events)


def test_dissolving_a_union_federation_is_coercion() -> None:
    events = code_texts(["Niger's junta dissolved the country's largest trade union federation on Tuesday."])
    assert [e for e in events if e.event in ("COERCE", "SANCTION") and any(k.startswith("NER") for k in e.actor_keys)], show_events(events)


def test_rescued_captives_are_no_release() -> None:
    events = code_texts(["Nigerian police said they had freed 12 villagers kidnapped last month in Zamfara state."])
    assert not [e for e in events if e.event == "RETREAT"], show_events(events)


def test_receiving_refugees_or_rain_is_no_meeting() -> None:
    events = code_texts(["Chad has received more than 40,000 refugees from Sudan in the past month."])
    assert not [e for e in events if e.event == "CONSULT"], show_events(events)
    events = code_texts(["Egyptian President Sisi received the Qatari emir in Cairo on Monday."])
    assert [e for e in events if e.event == "CONSULT"], show_events(events)


def test_joint_patrols_with_a_modifier_between_are_cooperation() -> None:
    events = code_texts(["Vietnam and the Philippines agreed on Thursday to hold joint coast guard patrols in the South China Sea."])
    assert not [e for e in events if e.event == "MOBILIZE"], show_events(events)
    events = code_texts(["China sent warships to patrol the Taiwan Strait."])
    assert find_event(events, "MOBILIZE", "CHN"), show_events(events)


def test_warrant_acted_on_is_no_threat() -> None:
    events = code_texts(["Italian police arrested the Libyan commander in Turin on Sunday on an ICC warrant."])
    assert not [e for e in events if e.event == "THREATEN"], show_events(events)
    # round 47: an issued warrant is COERCE (the convention of most development sets), no longer THREATEN
    events = code_texts(["A Venezuelan judge issued a warrant for the arrest of opposition candidate Edmundo Gonzalez."])
    assert find_event(events, "COERCE", "VEN"), show_events(events)
    assert not find_event(events, "THREATEN", "VEN"), show_events(events)
    events = code_texts(["An arrest warrant for the Sudanese president was issued by the International Criminal Court."])
    assert [e for e in events if e.event == "COERCE"], show_events(events)


def test_a_legal_appeal_is_no_request() -> None:
    events = code_texts(["The Kenyan government said it would appeal against the ruling."])
    assert not find_event(events, "REQUEST", "KEN"), show_events(events)
    events = code_texts(["Sudan appealed to the United Nations for food aid on Monday."])
    assert find_event(events, "REQUEST", "SDN"), show_events(events)


def test_appeal_to_a_body_that_is_no_court_is_a_request() -> None:
    events = code_texts(["Somalia appealed to the world body on Monday."])
    assert find_event(events, "REQUEST", "SOM"), show_events(events)
    legal = code_texts(["Her lawyers said Peru would appeal to the Inter-American human rights system."])
    assert not [e for e in legal if e.event == "REQUEST"], show_events(legal)
