"""Round 4 event-type rules: offers of support, continued acts in reported speech, contingencies of need,
beneficiaries, natural hazards and acts named as the topic of talk or fear.

Each sentence is written for the test.
"""

from __future__ import annotations

from helpers import events_of as _events
from helpers import types_of as _types

from eventcoder.models import key_matches


# ------------------------------------------------------------ an offer of support is the support
def test_offered_support_is_one_support():
    assert _types("Turkey offered its full support to Azerbaijan on Monday.", "TUR") == {"SUPPORT"}


def test_offered_aid_stays_an_offer():
    assert "AGREE" in _types("Japan offered emergency aid to Chile after the earthquake.", "JPN")


def test_reported_continued_support_is_under_way():
    evs = _events("The minister affirmed that Brazil would continue to offer diplomatic support to Angola.", "SUPPORT", "BRA")
    assert evs and evs[0].modality == "asserted"
    assert "AGREE" not in _types("The minister affirmed that Brazil would continue to offer diplomatic support to Angola.", "BRA")


# ------------------------------------------------------------ contingencies of need
def test_readiness_if_necessary_against_no_one_is_no_threat():
    assert "THREATEN" not in _types("Greece is prepared to fight on several fronts if necessary.", "GRC")


def test_readiness_if_needed_against_a_party_is_a_threat_without_condition():
    evs = _events("Russia is ready to strike Poland if needed.", "THREATEN", "RUS")
    assert evs and evs[0].condition is None


def test_real_condition_is_kept():
    evs = _events("Iran will attack Israel if the United States intervenes.", "THREATEN", "IRN")
    assert evs and evs[0].condition is not None


# ------------------------------------------------------------ beneficiaries
def test_behalf_possessor_is_no_target():
    evs = _events("Syria said it would not enter the war on Hamas's behalf.", "ASSAULT")
    # the sentence names no target (a recipient read from the article is marked inferred)
    assert all(not any(key_matches("HAMAS", r.key) for r in e.recipient if not r.inferred) for e in evs)


def test_target_beside_a_beneficiary_is_kept():
    evs = _events("Russian troops attacked Ukraine on behalf of the separatists.", "ASSAULT", "RUS")
    assert evs and any(key_matches("UKR", r.key) for e in evs for r in e.recipient)


# ------------------------------------------------------------ natural hazards
def test_natural_hazard_subject_is_no_assault():
    assert "ASSAULT" not in _types("Wildfires have burned thousands of homes in Greece this summer.")
    assert "ASSAULT" not in _types("Typhoon Mawar hit the island of Guam on Wednesday.")


def test_armed_party_burning_homes_is_an_assault():
    assert "ASSAULT" in _types("Russian soldiers burned homes in the village of Bucha.")


# ------------------------------------------------------------ acts named as a topic
def test_act_as_topic_of_talks_or_fears_is_no_event():
    assert "RETREAT" not in _types("Egypt's foreign minister held talks with Qatar on the Sudan truce.")
    assert "ASSAULT" not in _types("The troop buildup raised fears of a new war between Armenia and Azerbaijan.")


def test_reported_attack_beside_talks_is_kept():
    assert "ASSAULT" in _types("Israeli jets bombed Khan Younis as negotiators met in Cairo.")
