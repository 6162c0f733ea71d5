"""Round 8 event-type rules: acts inside a proposal turned down or a thing blocked, office holders removed,
news media shut or ordered off the air, captives returned, surveillance by spyware, joint acts decided for a set
date.

Each sentence is written for the test.
"""

from __future__ import annotations

from helpers import events_of as _events
from helpers import types_of as _types


# ------------------------------------------------------------ proposals turned down, things blocked
def test_acts_of_a_rejected_plan_are_not_coded():
    text = "Armenia rejected a Russian plan that would require Yerevan to withdraw its troops from the border."
    assert "REJECT" in _types(text, "ARM")
    assert not _events(text, "CONCEDE") and not _events(text, "RETREAT")


def test_the_content_of_a_rejected_offer_is_not_coded_nor_the_offer():
    # round 52: the offer turned down is no AGREE of its maker either (tests/test_precision_round52.py)
    text = "Serbia rebuffed a Croatian offer that would require Belgrade to pull its troops back from the border."
    assert _events(text, "REJECT", "SRB")
    assert not _events(text, "AGREE", "HRV")
    assert not _events(text, "CONCEDE") and not _events(text, "RETREAT")


def test_a_blocked_aid_package_is_no_aid():
    text = "Slovakia blocked the adoption of a new EU military aid package for Moldova at the summit."
    assert _events(text, "REJECT", "SVK")
    assert not _events(text, "AID") and not _events(text, "CONSULT")


def test_a_blocked_statement_is_a_rejection_and_the_attack_it_condemns_stays():
    text = "Austria blocked a joint EU statement condemning Russia's drone strike on Odesa."
    assert _events(text, "REJECT", "AUT")
    assert _events(text, "ASSAULT", "RUS")


def test_a_rejected_demand_is_still_made():
    text = "The junta rejected ECOWAS's call to release the jailed president."
    assert _events(text, "REQUEST", "ECOWAS")


def test_rejected_accusations_keep_the_accusation():
    text = "Rwanda rejected Congolese allegations that Kigali was behind the attack on Goma."
    assert _events(text, "ACCUSE", "COD")


def test_rejected_sanctions_are_not_a_proposal():
    """Sanctions in force can be rejected as illegal; they are no offer, and the rule leaves them to others."""
    text = "Venezuela vetoed nothing, but Syria rejected the sanctions imposed on its central bank as illegal."
    assert _events(text, "REJECT", "SYR")


# ------------------------------------------------------------ removals from office
def test_removing_a_president_from_office_is_a_sanction():
    text = "Ecuador's National Assembly removed President Mario Vargas from office on Tuesday."
    assert _events(text, "SANCTION", "ECU")


def test_removing_roadblocks_is_no_sanction():
    assert not _events("Workers removed the roadblocks from the highway near Quito on Monday.", "SANCTION")


# ------------------------------------------------------------ media shut, captives returned, spyware
def test_shutting_a_news_agency_office_is_censorship():
    evs = _events("Georgia shut the Tbilisi office of Russia's state news agency TASS on Friday.", "COERCE", "GEO")
    assert evs and evs[0].mode == "censor"


def test_ordering_broadcasters_off_the_air_is_censorship():
    evs = _events("Mali's junta ordered France 24 and Radio France Internationale off the air.", "COERCE")
    assert evs and evs[0].mode == "censor"


def test_returning_abducted_children_is_a_release():
    evs = _events("Belarus returned 15 Lithuanian children who had been taken across the border.", "RETREAT", "BLR")
    assert evs and evs[0].mode == "release"


def test_monitoring_with_spyware_is_a_trigger_of_coercion():
    from eventcoder.nlp import get_nlp

    nlp = get_nlp()
    coder = nlp.get_pipe("eventcoder_events")
    doc = nlp("The agency used spyware to monitor journalists.")
    trig = coder._verb_trigger(doc[5])
    assert trig is not None and trig.type == "COERCE" and trig.mode == "cyber"
    doc = nlp("Observers from the OSCE monitored the election.")
    assert coder._verb_trigger(doc[4]) is None


# ------------------------------------------------------------ joint acts decided for a date
def test_a_dated_joint_resumption_is_cooperation():
    assert "COOPERATE" in _types("Kenya and Uganda will resume direct flights between Nairobi and Kampala on Monday.")


def test_an_undated_future_resumption_stays_an_agreement():
    types = _types("Kenya and Uganda said they would resume direct flights between Nairobi and Kampala.")
    assert "AGREE" in types and "COOPERATE" not in types
