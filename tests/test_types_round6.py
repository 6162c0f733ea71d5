"""Round 6 event-type rules: retaliation promised as a bare response ("vowed to respond in kind", "would respond
accordingly"), aid or ties a party will reconsider (a threat to withhold them), and demands or defiance voiced by
a protest (one PROTEST, no REQUEST or REJECT besides it).

Each sentence is written for the test.
"""

from __future__ import annotations

from helpers import events_of as _events
from helpers import types_of as _types

from eventcoder.models import key_matches


# ------------------------------------------------------------ retaliation promised as a response
def test_vowing_to_respond_in_kind_is_a_threat_not_an_agreement():
    types = _types("Tehran vowed to respond in kind after the expulsion of its diplomats.", "IRN")
    assert "THREATEN" in types and "AGREE" not in types


def test_a_response_that_will_come_accordingly_is_a_threat():
    assert "THREATEN" in _types("Beijing would respond accordingly, a foreign ministry spokesman said.", "CHN")


def test_a_firm_response_promised_by_a_modal_is_a_threat():
    assert "THREATEN" in _types("Ankara will respond firmly, the defence minister told reporters.", "TUR")


def test_a_response_to_a_proposal_is_no_threat():
    assert "THREATEN" not in _types("Japan said it would respond to the trade proposal next week.")


def test_answering_questions_is_no_threat():
    assert "THREATEN" not in _types("The Canadian ministry said it would answer questions from lawmakers on Friday.")


# ------------------------------------------------------------ aid a party will reconsider
def test_warning_to_review_aid_is_a_threat_not_aid():
    text = "Norway criticised Uganda's new law, warning that Oslo would review its development aid to Kampala."
    evs = _events(text, "THREATEN", "NOR")
    assert evs and any(key_matches("UGA", k) for e in evs for k in e.recipient_keys)
    assert not {"AID", "AGREE"} & _types(text, "NOR")


def test_reconsidering_support_in_future_is_a_threat():
    assert "THREATEN" in _types("The Dutch government said it could reconsider its military support to Chad.", "NLD")


def test_a_past_review_of_aid_is_no_event():
    assert not {"THREATEN", "AID", "SUPPORT"} & _types("Germany reviewed its support for the Ghanaian project last year.")


# ------------------------------------------------------------ demands and defiance voiced by a protest
def test_a_participle_of_demanding_after_a_march_is_the_protest():
    types = _types("Thousands of students marched through Zagreb on Sunday demanding the resignation of the health minister.")
    assert "PROTEST" in types and "REQUEST" not in types


def test_defying_a_ban_while_rallying_is_the_protest():
    types = _types("Hundreds of people rallied in Nairobi to demand the release of a jailed activist, defying a ban on gatherings.")
    assert "PROTEST" in types and not {"REQUEST", "REJECT"} & types


def test_a_government_demanding_is_still_a_request():
    assert "REQUEST" in _types("The Croatian government demanded the resignation of the health minister.", "HRV")
