"""Actors the role reader finds for acts whose doer the parse hides: controlled infinitives, passive light
verbs, unnamed protesters, coordinated demonyms. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import find_event as _find
from helpers import rule_events
from helpers import show_events as _show

from eventcoder import code_texts
from eventcoder.models import key_matches


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        # the subject of an adjective whose infinitive is the act
        ("Hungary is ready to resume talks with Serbia on the border dispute.", "AGREE", "HUN", "SRB"),
        ("Manila was willing to sign the fisheries accord with Hanoi.", "AGREE", "PHL", "VNM"),
        # the passive subject of the governing verb does its active infinitive
        ("Chile was expected to sign the trade pact with Peru next week.", "AGREE", "CHL", "PER"),
    ],
)
def test_subject_of_a_controlling_adjective_or_passive(text, etype, actor, recipient):
    events = code_texts([text])
    e = _find(events, etype, actor, recipient)
    assert e is not None, _show(events)
    assert not any(key_matches(actor, k) for k in e.recipient_keys), _show(events)


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("Fresh sanctions on Belarus were announced by the European Union on Tuesday.", "SANCTION", "EU", "BLR"),
        ("Emergency aid for Malawi was approved by the World Bank.", "AID", "WORLD_BANK", "MWI"),
    ],
)
def test_agent_of_a_passive_light_verb_acts(text, etype, actor, recipient):
    events = code_texts([text])
    assert _find(events, etype, actor, recipient) is not None, _show(events)


def test_agent_of_a_refusal_is_not_the_proposer():
    events = code_texts(["The ceasefire proposal was rejected by Armenia on Monday."])
    assert _find(events, "AGREE", "ARM") is None, _show(events)


@pytest.mark.parametrize(
    "text,actor",
    [
        # no protester named: the civilians of the place
        ("Protests against the fuel price rise spread across Ghana on Friday.", "GHA.CVL"),
        # the group named on the protest noun
        ("An opposition march in Nairobi was broken up by police.", "KEN.OPP"),
        ("Weeks of student-led demonstrations in Belgrade forced the government out.", "SRB.EDU"),
    ],
)
def test_unnamed_protesters(text, actor):
    events = code_texts([text])
    assert _find(events, "PROTEST", actor) is not None, _show(events)


@pytest.mark.parametrize(
    "text",
    [
        # "in protest" is the clause's own act; protests recalled as background are not news
        "Chile recalled its ambassador from Caracas in protest.",
        "The president of Peru resigned a week after the deadly protests.",
    ],
)
def test_no_protest_invented(text):
    events = code_texts([text])
    assert not any(e.event == "PROTEST" and any(k.endswith(("CVL", "COP")) for k in e.actor_keys) for e in events), _show(events)


def test_party_acting_on_a_protest_is_not_its_protester():
    events = code_texts(["Police dispersed a protest in Lagos on Monday."])
    assert not any(e.event == "PROTEST" and any(k.endswith("COP") for k in e.actor_keys) for e in events), _show(events)
    assert _find(events, "PROTEST", "NGA.CVL") is not None, _show(events)


def test_possessive_pronoun_stands_for_the_coordinated_subject():
    events = code_texts(["Thousands of Australian and Filipino troops began their annual military exercises off the coast of the Philippines."])
    e = _find(events, "COOPERATE", "AUS")
    assert e is not None and any(key_matches("PHL", k) for k in e.actor_keys + e.recipient_keys), _show(events)


def test_coordinated_demonyms_hand_over_a_proposal():
    events = code_texts(["Kenyan and Ugandan envoys handed the rebels a new peace proposal on Sunday."])
    for a in ("KEN", "UGA"):
        assert _find(events, "AGREE", a) is not None, (a, _show(events))


def test_owner_of_the_forces_deployed():
    events = code_texts(["The deployment of Russian warships to the Baltic alarmed Estonia."])
    assert _find(events, "MOBILIZE", "RUS") is not None, _show(events)


def test_second_clause_subject_misattached_as_object():
    events = code_texts(["The president resigned after rioters torched the parliament and troops killed twelve people in Dhaka."])
    assert _find(events, "ASSAULT", "BGD.MIL") is not None, _show(events)


def test_agent_of_a_passive_verb_does_the_raid_it_happened_in():
    events = rule_events("Two aid workers were freed by Nigerian soldiers in a raid on a militant camp.")
    assert _find(events, "ASSAULT", "NGA.MIL") is not None, _show(events)


def test_enacting_verb_lends_its_subject():
    events = code_texts(["The African Union adopted a fresh package of sanctions against Sudan."])
    assert _find(events, "SANCTION", "AU", "SDN") is not None, _show(events)


def test_protesters_placed_by_the_state_of_the_acting_parties():
    # no place named: the state of the sentence's acting party, not of the news agency reporting it
    events = code_texts(["Sri Lanka's president resigned on Friday, Reuters said, after months of protests over the economic collapse."])
    assert _find(events, "PROTEST", "LKA.CVL") is not None, _show(events)


@pytest.mark.parametrize(
    "text,etype,a,b",
    [
        # the pair named in the sentence before
        ("Armenian and Azerbaijani diplomats met in Geneva on Monday. The two sides agreed to reopen the border.", "AGREE", "ARM", "AZE"),
        # the pair named earlier in the same sentence; "the other" makes it mutual
        ("Indian and Chinese troops clashed in the Himalayas, with each side blaming the other for the violence.", "ACCUSE", "IND", "CHN"),
    ],
)
def test_the_two_sides_are_the_pair_named_before(text, etype, a, b):
    events = code_texts([text])
    e = _find(events, etype, a)
    assert e is not None and any(key_matches(b, k) for k in e.actor_keys), _show(events)
    if etype == "ACCUSE":
        assert any(key_matches(b, k) for k in e.recipient_keys), _show(events)


def test_the_two_sides_need_exactly_a_pair():
    # three parties named before: "the two sides" cannot be read
    events = code_texts(["France, Germany and Italy met in Rome on Monday. The two sides agreed to cut tariffs."])
    assert not any(e.event == "AGREE" and len({k.split(".")[0] for k in e.actor_keys}) == 3 for e in events), _show(events)


@pytest.mark.parametrize(
    "text,etype",
    [
        ("The truce between Colombia and the ELN took effect at midnight.", "RETREAT"),
        ("Fighting between Ethiopia and the TPLF raged for a third day.", "ASSAULT"),
    ],
)
def test_parties_between(text, etype):
    # the rules' reading (a lone act with no recipient can score under the threshold)
    events = rule_events(text)
    e = next((e for e in events if e.event == etype), None)
    assert e is not None and len({k.split(".")[0] for k in e.actor_keys}) == 2, _show(events)


def test_source_of_an_undergone_act():
    events = code_texts(["Myanmar jailed the reporters, drawing condemnation from Japan."])
    assert _find(events, "ACCUSE", "JPN", "MMR") is not None, _show(events)


def test_act_the_subject_did_its_deed_in():
    # (the small parser reads the clause as a participle on a subject of "said")
    events = code_texts(["Iraqi forces arrested at least 12 suspected militants in overnight raids across the province, "
                         "the Iraqi Observatory said."])
    e = _find(events, "COERCE", "IRQ.MIL")
    assert e is not None, _show(events)
    # one act: the raid has the arrest's target, not a second event against the place
    assert all(e.actor_keys for e in events if e.event == "COERCE"), _show(events)


def test_conjunct_named_by_its_modifier():
    events = code_texts(["Rebels said they had killed dozens of Nigerien soldiers and Wagner mercenaries in an ambush."])
    assert _find(events, "ASSAULT", "NER.REB", "WAGNER") is not None or any(
        e.event == "ASSAULT" and "WAGNER" in e.recipient_keys for e in events), _show(events)


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Kenya's parliament passed a bill banning the sect from operating in the country.", "SANCTION", "KEN"),
        ("The African Union adopted a resolution condemning the coup in Gabon.", "ACCUSE", "AU"),
    ],
)
def test_author_of_a_law_does_what_it_does(text, etype, actor):
    from helpers import rule_events

    events = rule_events(text)  # the rule's reading, before the confidence layer
    assert _find(events, etype, actor) is not None, _show(events)


def test_a_vetoed_resolution_is_not_the_vetoers_act():
    events = code_texts(["Russia vetoed a resolution condemning the invasion of Ukraine."])
    assert not any(e.event == "ACCUSE" and any(key_matches("RUS", k) for k in e.actor_keys) for e in events), _show(events)


def test_orderer_of_a_passive_infinitive_does_it():
    events = code_texts(["Lithuania's interior minister ordered the three Russian diplomats to be expelled."])
    assert any(any(key_matches("LTU", k) for k in e.actor_keys) and any(key_matches("RUS", k) for k in e.recipient_keys)
               for e in events), _show(events)


def test_forces_sent_to_a_place_of_their_own_state():
    events = code_texts(["Brazil's president deployed 3,000 soldiers to Rio de Janeiro on Monday."])
    assert _find(events, "MOBILIZE", "BRA", "BRA") is not None, _show(events)


def test_author_of_a_request_named_by_of():
    events = code_texts(["Rwanda sent troops to Mozambique at the request of the Mozambican president."])
    assert _find(events, "REQUEST", "MOZ", "RWA") is not None, _show(events)
    # "in protest at the shelling of Gaza": no author phrase
    events = code_texts(["Chile recalled its envoy from Israel in protest at the shelling of Gaza."])
    assert not any(e.event == "ASSAULT" and any(key_matches("PSE", k) for k in e.actor_keys) for e in events), _show(events)
