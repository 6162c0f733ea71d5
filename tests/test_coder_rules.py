"""Event-type rules of the coder: PLOVER's single-category rules, one reading per act, cue-based switches.

Each sentence is written for the test; the rule it pins is named in the test.
"""

from __future__ import annotations

import pytest
from helpers import rule_events

from eventcoder import code_texts
from eventcoder.events.coder import plover_type
from eventcoder.events.lexicon import build_lexicon
from eventcoder.models import key_matches


def _coded(text):
    return code_texts([text])


def _types(events, actor=None):
    return {e.event for e in events if actor is None or any(key_matches(actor, k) for k in e.actor_keys)}


# ------------------------------------------------------------ rule 1: PLOVER single categories
@pytest.mark.parametrize(
    "etype,modality,expected",
    [
        ("RETREAT", "future", "CONCEDE"),
        ("RETREAT", "hypothetical", "CONCEDE"),
        ("RETREAT", "asserted", "RETREAT"),
        ("CONSULT", "future", "AGREE"),
        ("AID", "conditional", "AGREE"),
        ("SUPPORT", "hypothetical", "AGREE"),
        ("COOPERATE", "future", "AGREE"),
        ("CONCEDE", "future", "CONCEDE"),
        ("ASSAULT", "future", "THREATEN"),
        ("PROTEST", "future", "PROTEST"),
    ],
)
def test_plover_single_category(etype, modality, expected):
    assert plover_type(etype, modality, False) == expected
    assert plover_type(etype, modality, True) == etype  # a negated act keeps its own type


def test_announced_withdrawal_is_a_concession():
    events = _coded("Belgium said on Monday it would withdraw its soldiers from Mali next year.")
    assert "CONCEDE" in _types(events, "BEL"), [(e.event, e.actor_keys) for e in events]
    assert "RETREAT" not in _types(events)


def test_talks_in_an_adjunct_keep_their_own_tense():
    # the talks took place; only the restoring of ties is agreed
    events = _coded("Kenya and Tanzania agreed to reopen their border after talks hosted by Uganda.")
    assert "CONSULT" in _types(events), [(e.event, e.actor_keys, e.modality) for e in events]


def test_offer_to_host_talks_is_not_the_parties_agreement():
    events = _coded("Norway offered to host talks between Venezuela and Guyana.")
    assert not any(e.event == "AGREE" and any(key_matches("VEN", k) for k in e.actor_keys) for e in events), [
        (e.event, e.actor_keys) for e in events
    ]


# ------------------------------------------------------------ rule 2 and 10: vows and threats
def test_vow_to_retaliate_is_one_threat():
    events = _coded("Iran vowed to retaliate against Israel.")
    assert _types(events, "IRN") == {"THREATEN"}, [(e.event, e.actor_keys) for e in events]


def test_pledged_assistance_is_one_event():
    events = _coded("Canada pledged new assistance to Ukraine.")
    assert len([e for e in events if any(key_matches("CAN", k) for k in e.actor_keys)]) == 1, [(e.event, e.trigger) for e in events]


def test_pledged_support_stays_support():
    events = _coded("Egypt pledged support for Sudan's army.")
    assert _types(events, "EGY") & {"SUPPORT", "AGREE"}


def test_threatened_withdrawal_is_the_threat_only():
    events = _coded("Russia threatened to withdraw from the grain deal.")
    assert _types(events, "RUS") == {"THREATEN"}, [(e.event, e.actor_keys) for e in events]


# ------------------------------------------------------------ rule 3: authorizing and ordering
def test_approved_deployment_is_mobilization_only():
    events = _coded("The Turkish parliament approved the deployment of troops to Libya.")
    types = _types(events, "TUR")
    assert "MOBILIZE" in types and "SUPPORT" not in types, [(e.event, e.actor_keys) for e in events]


def test_court_order_to_a_state_is_a_request():
    events = _coded("The International Court of Justice ordered Russia to halt its military operations in Ukraine.")
    assert any(e.event == "REQUEST" and any(key_matches("RUS", k) for k in e.recipient_keys) for e in events), [
        (e.event, e.actor_keys, e.recipient_keys) for e in events
    ]


def test_order_to_own_troops_is_not_a_request():
    events = _coded("Russia ordered its troops to pull back from the border.")
    assert "REQUEST" not in _types(events), [(e.event, e.actor_keys, e.recipient_keys) for e in events]


# ------------------------------------------------------------ rule 4: negating verb + event noun
@pytest.mark.parametrize(
    "text,kept,gone",
    [
        ("Israel suspended its attacks on Gaza.", "CONCEDE", "ASSAULT"),
        ("Russia halted its offensive near Kharkiv.", "CONCEDE", "ASSAULT"),
        ("Iran cancelled the talks with the United States.", "REJECT", "CONSULT"),
    ],
)
def test_negated_event_noun_has_one_reading(text, kept, gone):
    events = _coded(text)
    types = _types(events)
    assert kept in types and gone not in types, [(e.event, e.negated) for e in events]


# ------------------------------------------------------------ rule 5: strikes by workers
@pytest.mark.parametrize(
    "text",
    [
        "Doctors went on strike across Kenya on Monday.",
        "Teachers in Nigeria began a strike over unpaid salaries.",
        "Nurses in Britain struck for higher pay.",
    ],
)
def test_labour_strike_is_protest(text):
    events = _coded(text)
    assert "PROTEST" in _types(events) and "ASSAULT" not in _types(events), [(e.event, e.mode) for e in events]
    assert any(e.mode == "strike" for e in events)


def test_military_strike_near_workers_stays_assault():
    events = _coded("Israeli strikes killed five aid workers in Gaza.")
    assert "ASSAULT" in _types(events) and "PROTEST" not in _types(events)


def test_switch_rules_load_from_a_user_lexicon(tmp_path):
    f = tmp_path / "lex.yaml"
    f.write_text("PROTEST:\n  switch:\n    - from: ASSAULT\n      words: [raid]\n      cues: [fan]\n      unless: [police]\n      mode: riot\n")
    lex = build_lexicon([f])
    rules = lex.switches[("ASSAULT", ("raid",))]
    assert rules[0].trigger.type == "PROTEST" and rules[0].trigger.mode == "riot"
    assert rules[0].cues == (("fan",),) and rules[0].unless == (("police",),)
    assert ("ASSAULT", ("strike",)) in lex.switches  # the shipped rule is still there


# ------------------------------------------------------------ rule 6: sports
@pytest.mark.parametrize(
    "text",
    [
        "Spain beat Germany 3-1 in Berlin on Saturday.",
        "Japan and South Korea will meet in the Asia Cup final next week.",
        "Brazil attacked relentlessly but Argentina held on in the World Cup qualifier.",
    ],
)
def test_match_reports_are_not_events(text):
    events = _coded(text)
    assert not _types(events) & {"ASSAULT", "CONSULT", "SUPPORT", "THREATEN", "AGREE"}, [(e.event, e.actor_keys) for e in events]


def test_vote_tally_is_not_a_match():
    events = _coded("The Security Council voted 13-2 to condemn Russia's attack on Ukraine.")
    assert "ASSAULT" in _types(events), [(e.event, e.actor_keys) for e in events]


# ------------------------------------------------------------ rule 7: participles as adjectives
def test_participle_before_noun_is_no_trigger():
    from eventcoder.events.coder import EventCoder
    from eventcoder.nlp import get_nlp

    nlp = get_nlp()
    coder = next(p for _, p in nlp.pipeline if isinstance(p, EventCoder))
    doc = nlp("Aid reached the besieged city and the occupied villages.")
    found = [f.tok.lower_ for s in doc.sents for f in coder._find(s)]
    assert "besieged" not in found and "occupied" not in found, found


# ------------------------------------------------------------ rule 8: drills
def test_one_countrys_drills_are_mobilization():
    events = _coded("Iran's navy held drills in the Strait of Hormuz.")
    assert "MOBILIZE" in _types(events) and "COOPERATE" not in _types(events), [(e.event, e.actor_keys) for e in events]


@pytest.mark.parametrize(
    "text",
    ["Japan held naval drills with the United States.", "India and France began joint naval exercises in the Arabian Sea."],
)
def test_joint_drills_are_cooperation(text):
    events = _coded(text)
    assert "COOPERATE" in _types(events) and "MOBILIZE" not in _types(events), [(e.event, e.actor_keys) for e in events]


# ------------------------------------------------------------ rule 11: commitments
def test_commitment_to_an_act_takes_its_type():
    events = _coded("Egypt reaffirmed its commitment to opposing the annexation of the West Bank.")
    types = _types(events, "EGY")
    assert "AGREE" not in types and "SUPPORT" not in types, [(e.event, e.actor_keys, e.trigger) for e in events]


def test_commitment_to_support_is_agree():
    events = _coded("Japan reaffirmed its commitment to supporting Ukraine.")
    assert _types(events, "JPN") == {"AGREE"}, [(e.event, e.actor_keys, e.modality) for e in events]


# ------------------------------------------------------------ rule 12: protests
def test_protest_without_target_is_against_own_government():
    events = [e for e in _coded("Thousands of Chileans marched through Santiago on Sunday.") if e.event == "PROTEST"]
    assert events and all(e.recipient_keys == ("CHL.GOV",) for e in events), [(e.event, e.recipient_keys) for e in events]


def test_protest_with_named_target_keeps_it():
    events = [e for e in _coded("Hundreds of Greek farmers protested against the European Union in Athens.") if e.event == "PROTEST"]
    assert events and all("GRC.GOV" not in e.recipient_keys for e in events), [(e.event, e.recipient_keys) for e in events]


def test_crowd_storming_a_building_is_protest_not_assault():
    events = _coded("Angry protesters stormed the parliament building in Dhaka.")
    assert "PROTEST" in _types(events) and "ASSAULT" not in _types(events), [(e.event, e.mode) for e in events]
    assert _types(_coded("Militants stormed a hotel in Mogadishu.")) == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    ["Poland's foreign ministry summoned the Belarusian envoy to protest the border incursion.",
     "Vietnam's government protested against the Chinese survey."],
)
def test_official_protest_is_accuse(text):
    events = _coded(text)
    assert "PROTEST" not in _types(events) and "ACCUSE" in _types(events), [(e.event, e.actor_keys) for e in events]


# ------------------------------------------------------------ rule 13: requested acts are not done
@pytest.mark.parametrize(
    "text,absent",
    [
        ("Egypt urged Israel to withdraw its troops from the Rafah crossing.", "RETREAT"),
        ("Germany demanded that Russia release the detained journalists.", "CONCEDE"),
        ("Norway proposed that both sides hold talks in Oslo.", "CONSULT"),
        ("Kyiv asked Washington to send more air defence systems.", "AID"),
    ],
)
def test_requested_act_is_not_coded(text, absent):
    events = _coded(text)
    assert absent not in _types(events), [(e.event, e.actor_keys) for e in events]


# ------------------------------------------------------------ rule 14: not ruling out an act leaves it open
def test_not_ruling_out_sanctions_is_a_threat():
    events = _coded("Canada said it would not rule out new sanctions against Venezuela.")
    assert "THREATEN" in _types(events, "CAN") and "REJECT" not in _types(events), [(e.event, e.negated) for e in events]
    assert "REJECT" in _types(_coded("Canada ruled out new sanctions against Venezuela."))


# ------------------------------------------------------------ rule 15: shows of force
def test_missiles_fired_into_the_sea_are_mobilize():
    events = _coded("North Korea fired two ballistic missiles into the sea off its east coast.")
    assert "MOBILIZE" in _types(events) and "ASSAULT" not in _types(events), [(e.event, e.trigger) for e in events]
    assert "ASSAULT" in _types(_coded("Hezbollah fired rockets at Haifa, wounding two people."))


def test_one_countrys_joint_service_drills_are_mobilize():
    events = _coded("The Chinese military staged joint drills around Taiwan.")
    assert "MOBILIZE" in _types(events) and "COOPERATE" not in _types(events), [(e.event, e.recipient_keys) for e in events]


# ------------------------------------------------------------ rule 16: leaving an organization or treaty
@pytest.mark.parametrize("text", ["Hungary withdrew from the International Criminal Court.", "Iran pulled out of the nuclear agreement."])
def test_leaving_an_organization_or_treaty_is_sanction(text):
    events = _coded(text)
    assert "SANCTION" in _types(events) and "RETREAT" not in _types(events), [(e.event, e.recipient_keys) for e in events]
    assert "RETREAT" in _types(_coded("Ukrainian troops withdrew from Avdiivka."))


# ------------------------------------------------------------ retribution promised, measures decided
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government promised a tough response.",
        "Pakistan's army vowed swift retaliation.",
        "Hamas blamed Israel and vowed that it would receive its punishment.",
    ],
)
def test_promised_retribution_is_a_threat_not_an_offer(text):
    types = _types(_coded(text))
    assert "THREATEN" in types
    assert "AGREE" not in types and "CONSULT" not in types


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Canada will withdraw from the International Labour Organization next year.", "SANCTION"),
        ("Poland will close its border with Belarus from Monday.", "SANCTION"),  # round 51: a closure is SANCTION
        ("Poland vowed to close its border with Belarus.", "THREATEN"),
        ("Japan could impose sanctions on Russian banks.", "THREATEN"),
    ],
)
def test_a_decided_measure_is_the_measure_a_promised_or_possible_one_a_threat(text, expected):
    assert expected in _types(_coded(text))


def test_a_threat_from_a_sanction_takes_a_threat_mode():
    ev = [e for e in _coded("Japan could impose sanctions on Russian banks.") if e.event == "THREATEN"]
    assert ev and ev[0].mode == "restrict"


def test_a_warning_given_as_the_reason_of_a_request_is_no_threat():
    assert "THREATEN" not in _types(_coded("The UN chief called for a truce in Sudan, warning that clinics were running out of fuel."))
    assert "THREATEN" in _types(_coded("The UN chief warned Sudan's army that it would face sanctions."))


@pytest.mark.parametrize(
    "text",
    [
        "Canada sent aid to Haiti for the first time since the army seized power.",
        "It was the largest prisoner exchange since the invasion.",
    ],
)
def test_an_act_that_only_dates_another_is_no_event(text):
    types = _types(_coded(text))
    assert "COERCE" not in types and "ASSAULT" not in types


def test_agreeing_to_a_truce_is_the_agreement_only():
    types = _types(_coded("Armenia and Azerbaijan agreed on Monday to a truce."))
    assert "AGREE" in types and "RETREAT" not in types


def test_an_event_noun_supposed_in_a_modal_clause_is_no_threat_of_its_actor():
    ev = _coded("Moscow warned that a Polish offensive would have grave consequences.")
    assert not any(e.event == "THREATEN" and e.actor_keys and e.actor_keys[0].startswith("POL") for e in ev)


def test_the_act_a_price_is_paid_for_is_asserted():
    ev = _coded("Israel warned that Iran would pay a heavy price for its missile attack.")
    assert not any(e.event == "THREATEN" and e.actor_keys and e.actor_keys[0].startswith("IRN") for e in ev)


def test_a_warning_about_a_state_of_affairs_is_no_threat():
    assert "THREATEN" not in _types(_coded("Seoul warned that the situation on the peninsula remained tense."))
    assert "THREATEN" in _types(_coded("Beijing warned that Taiwan independence means war."))


def test_a_demand_voiced_by_a_march_is_the_protest():
    types = _types(_coded("Thousands of Chileans marched in Santiago on Sunday to demand higher pensions."))
    assert "PROTEST" in types and "REQUEST" not in types
    assert "REQUEST" in _types(_coded("Chile's president travelled to Lima to demand the extradition of a fugitive."))


def test_the_act_a_need_or_call_asks_for_is_not_done():
    ev = _coded("Egypt's foreign minister stressed the need for Hamas to release the hostages.")
    assert not any(e.event == "RETREAT" and e.actor_keys and e.actor_keys[0].startswith("HAMAS") for e in ev)
    ev = _coded("Hamas released two hostages on Friday.")
    assert any(e.event == "RETREAT" and e.actor_keys[0].startswith("HAMAS") for e in ev)


# ------------------------------------------------------------ crowds' violence is a riot
def test_protesters_storming_a_building_is_a_riot_not_an_assault():
    events = _coded("Soldiers fired into the air as protesters who tried to storm the palace in Dakar were pushed back.")
    storm = [e for e in events if e.trigger == "storm"]
    assert storm and all(e.event == "PROTEST" and e.mode == "riot" for e in storm), [(e.event, e.trigger) for e in events]


def test_protesters_attacking_embassies_is_a_riot_and_an_assault():
    events = _coded("Protesters in Dhaka attacked the Indian embassy.")
    assert {"PROTEST", "ASSAULT"} <= _types(events)


def test_police_clashing_with_protesters_is_no_riot_of_the_police():
    events = _coded("Police in Nairobi clashed with protesters.")
    assert "PROTEST" not in {e.event for e in events if any(k.endswith(".COP") for k in e.actor_keys)}


def test_cued_rules_load_from_a_user_lexicon(tmp_path):
    f = tmp_path / "lex.yaml"
    f.write_text("RETREAT:\n  cued:\n    - words: [depart]\n      cues: [garrison]\n      unless_near: [tourist]\n      mode: withdraw\n")
    lex = build_lexicon([f])
    rule = lex.cued[("depart",)][-1]
    assert rule.trigger.type == "RETREAT" and rule.cues == (("garrison",),) and rule.unless_near == (("tourist",),)


# ------------------------------------------------------------ labels, halts and orders
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Seoul called the launch a grave provocation.", "ACCUSE"),
        ("Beijing described the visit as a serious violation of its sovereignty.", "ACCUSE"),
        ("Moscow would regard any such convoy as a legitimate target.", "THREATEN"),
    ],
)
def test_a_disapproving_label_is_criticism(text, expected):
    assert expected in _types(_coded(text))


def test_a_neutral_label_is_no_event():
    assert not _types(_coded("The minister called the talks constructive.")) & {"ACCUSE", "THREATEN"}


def test_a_label_of_ones_own_target_is_no_criticism():
    events = _coded("Turkey struck what it called terrorist positions in northern Iraq.")
    assert "ACCUSE" not in _types(events)


def test_a_pause_in_aid_is_one_sanction():
    types = _types(_coded("The White House ordered a pause in military aid to Kyiv."))
    assert "SANCTION" in types and "AID" not in types and "RETREAT" not in types


def test_ceasing_attacks_is_a_concession_not_a_negated_attack():
    events = rule_events("The Houthis said they would stop shelling Marib.")
    assert "CONCEDE" in _types(events)
    assert not [e for e in events if e.event == "ASSAULT"]


def test_civilians_ordered_to_leave_are_coerced():
    assert "COERCE" in _types(_coded("The Israeli army ordered Palestinians in Rafah to leave their homes."))


def test_judge_ordering_the_government_is_a_request():
    assert "REQUEST" in _types(_coded("A US federal judge ordered the Trump administration to restore the funding."))


# ------------------------------------------------------------ word senses, descriptions, purposes, background
@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # an exchange of fire is force both ways, no cooperation
        ("Indian and Pakistani troops exchanged gunfire across the Line of Control on Monday.", "ASSAULT", "COOPERATE"),
        # capturing a military position in fighting is an assault, not a seizure of property
        ("Sudan's army said it had captured the headquarters of the Rapid Support Forces in Omdurman.", "ASSAULT", "COERCE"),
        # limiting diplomatic contact is a sanction
        ("Germany said it would restrict ministerial visits to Belarus.", "SANCTION", "COERCE"),
        # putting off a vote restricts political rights
        ("Mali's junta postponed the presidential election indefinitely.", "COERCE", "REJECT"),
        # a crowd dispersed with tear gas is met with force
        ("The student march was dispersed by police firing tear gas and rubber bullets in Dhaka.", "ASSAULT", "COERCE"),
    ],
)
def test_word_sense_of_the_trigger(text, expected, absent):
    types = _types(_coded(text))
    assert expected in types and absent not in types


@pytest.mark.parametrize(
    "text,absent",
    [
        ("A rocket hit a base hosting French troops near Gao on Friday.", "CONSULT"),  # stationing, no meeting
        ("Turkish police detained a suspect and flew him to Ankara for questioning.", "CONSULT"),  # carried, no visit
        ("Rebels backed by Uganda seized the town of Bunia on Monday.", "SUPPORT"),  # a party described
        ("Militias allied to Tehran shelled the airport in Erbil.", "COOPERATE"),
        ("Moscow blamed Ukrainian sabotage for the explosion at the dam.", "ASSAULT"),  # an alleged act
        ("Kenya accused Somalia of arming militants who attacked a police post in Mandera.", "ASSAULT"),
        ("Canada suspended aid to Ethiopia over its blockade of Tigray.", "COERCE"),  # the reason, known already
        ("The court jailed the activist on sedition charges she denied.", "REJECT"),  # a standing denial
        ("The Philippine navy said it had retaken an island that had been seized by Chinese forces in 2019.", "COERCE"),
        ("Japan pledged fresh aid for Sudan at a conference in Paris.", "CONSULT"),  # the meeting only sets the pledge
    ],
)
def test_descriptions_allegations_and_background_are_no_events(text, absent):
    assert absent not in _types(_coded(text))


@pytest.mark.parametrize(
    "text,absent",
    [
        # the purpose of another act is intended, not done
        ("Kenyan police fired tear gas to disperse the crowd outside parliament in Nairobi.", "COERCE"),
        ("Chad sent troops across the border to support the government of Cameroon.", "SUPPORT"),
        # an act a permission allows is not done
        ("The treaty allows Greek troops to deploy in Cyprus for training.", "MOBILIZE"),
        # an act a demand asks for is not done
        ("Supporters of the jailed Kenyan opposition leader clashed with police as they tried to reach parliament in Nairobi"
         " to demand his release.", "RETREAT"),
    ],
)
def test_purposes_permissions_and_demands_are_not_done(text, absent):
    assert absent not in _types(_coded(text))


def test_sanctions_targeting_a_trade_are_no_attack():
    types = _types(_coded("The European Union adopted new sanctions on Iran, targeting its oil exports for the first time."))
    assert "SANCTION" in types and "ASSAULT" not in types


def test_the_armed_backing_of_a_fighting_party_stays_support():
    # backed by forces that take part: the backing is reported with the fighting
    assert "SUPPORT" in _types(_coded("Government troops backed by French warplanes recaptured the town of Kidal."))


def test_a_visit_and_a_purpose_that_is_a_verbal_act_stay():
    assert "CONSULT" in _types(_coded("Blinken flew to Cairo on Monday."))
    assert "ACCUSE" in _types(_coded("Beijing summoned the Japanese ambassador to protest the visit."))
