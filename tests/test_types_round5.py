"""Round 5 event-type rules: threats through conditional force, findings and citations of wrongs, demands in a
subjunctive clause, joint acts and help, responses made "with" an act, word senses (markets lifted, water
released, plans dropped), affirming as saying, and statements that report no act (stories, forecasts, "ahead of").

Each sentence is written for the test.
"""

from __future__ import annotations

from helpers import events_of as _events
from helpers import types_of as _types

from eventcoder.models import key_matches


def _recipients(evs):
    return {k for e in evs for k in e.recipient_keys}


# ------------------------------------------------------------ threats through conditional force
def test_not_ruling_out_force_is_a_conditional_threat():
    evs = _events("The Kremlin would not rule out force if NATO troops entered Ukraine.", "THREATEN", "RUS")
    assert evs and evs[0].condition is not None and not evs[0].negated


def test_forces_are_no_force_used():
    assert "THREATEN" not in _types("The minister would not rule out sending forces to the border.")


def test_response_with_military_action_if_is_a_threat_against_the_conditions_party():
    evs = _events("Pyongyang said it would respond with massive military action if Seoul went ahead with the drills.",
                  "THREATEN", "PRK")
    assert evs and evs[0].condition is not None
    assert any(key_matches("KOR", k) for k in _recipients(evs))


def test_reserving_the_right_to_strike_is_a_threat():
    evs = _events("India reserved the right to strike militant camps in Pakistan.", "THREATEN", "IND")
    assert evs
    assert "ASSAULT" not in _types("India reserved the right to strike militant camps in Pakistan.", "IND")


def test_reserving_a_right_of_appeal_is_no_threat():
    assert "THREATEN" not in _types("The company reserved the right to appeal the ruling.")


# ------------------------------------------------------------ responses made with an act
def test_retaliating_with_tariffs_is_a_sanction_not_an_assault():
    types = _types("Mexico retaliated with tariffs on American pork.", "MEX")
    assert "SANCTION" in types and "ASSAULT" not in types


def test_retaliating_with_airstrikes_stays_an_assault():
    assert "ASSAULT" in _types("Israel retaliated with airstrikes on Hezbollah positions in Lebanon.", "ISR")


# ------------------------------------------------------------ findings, citations and labels that accuse
def test_finding_that_a_party_committed_a_crime_accuses_it():
    evs = _events("The State Department concluded that Myanmar's army had committed genocide against the Rohingya.",
                  "ACCUSE", "USA")
    assert evs and any(key_matches("MMR", k) for k in _recipients(evs))


def test_finding_a_fact_is_no_accusation():
    assert "ACCUSE" not in _types("The commission found that the port was too small for tankers.")


def test_citing_a_partys_interference_accuses_it():
    evs = _events("Moldova expelled a Russian diplomat, citing Moscow's interference in its referendum.", "ACCUSE", "MDA")
    assert evs and any(key_matches("RUS", k) for k in _recipients(evs))


def test_citing_concerns_is_no_accusation():
    assert "ACCUSE" not in _types("Lufthansa suspended flights to Tehran, citing security concerns.")


def test_calling_an_attack_cowardly_is_criticism():
    assert "ACCUSE" in _types("The Spanish prime minister called the bombing cowardly.")


# ------------------------------------------------------------ demands in a subjunctive clause
def test_insisting_that_a_party_first_act_is_a_request_of_it():
    evs = _events("Seoul insisted that Pyongyang first dismantle its test site.", "REQUEST", "KOR")
    assert evs and any(key_matches("PRK", k) for k in _recipients(evs))


def test_the_demanded_act_is_not_done():
    assert "CONCEDE" not in _types("Paris insisted that Algeria release the jailed writer.", "DZA")
    assert "RETREAT" not in _types("Paris insisted that Algeria release the jailed writer.", "DZA")


def test_insisting_on_a_fact_is_no_request():
    assert "REQUEST" not in _types("The minister insisted that the vote was fair.")


# ------------------------------------------------------------ joint acts and help
def test_joint_action_of_two_countries_is_cooperation():
    evs = _events("Spanish and Moroccan police jointly dismantled a smuggling network.", "COOPERATE")
    assert evs and {k.split(".")[0] for e in evs for k in e.actor_keys} >= {"ESP", "MAR"}


def test_helping_a_party_act_is_cooperation_with_it():
    evs = _events("Europol helped Dutch police arrest two suspects in Rotterdam.", "COOPERATE")
    assert evs and any(key_matches("NLD", k) for k in _recipients(evs))


# ------------------------------------------------------------ word senses
def test_index_lifted_by_gains_is_no_concession():
    assert "CONCEDE" not in _types("South Korea's Kospi index rose 2 percent, lifted by gains in shipbuilders.")


def test_releasing_water_is_no_release_of_people():
    assert "RETREAT" not in _types("South Korea protested after Japan started releasing treated water into the sea.")


def test_dropping_a_plan_to_ban_is_a_concession_not_a_ban():
    types = _types("Hungary dropped its plan to ban Slovak farm imports.", "HUN")
    assert "CONCEDE" in types and "SANCTION" not in types


# ------------------------------------------------------------ affirming introduces a clause
def test_affirming_a_clause_is_saying_not_support():
    evs = _events("Ghana's president affirmed that Ghana would continue to offer support to Togo.", "SUPPORT")
    assert evs and all(e.recipient_keys for e in evs)
    assert all(e.trigger != "affirm" for e in evs)


def test_affirming_support_is_support():
    assert "SUPPORT" in _types("Chile reaffirmed its support for Argentina's claim.", "CHL")


# ------------------------------------------------------------ statements that report no act
def test_a_depicted_invasion_is_no_assault():
    assert "ASSAULT" not in _types("The film, which depicts a Chinese invasion of Taiwan, opened in Taipei.")


def test_a_scheduled_summit_is_a_forecast():
    assert "CONSULT" not in _types("The NATO summit is scheduled to take place in The Hague in June.")


def test_an_act_ahead_of_which_markets_moved_has_not_happened():
    assert "SANCTION" not in _types("The yen weakened on Monday ahead of the announcement of new EU sanctions on Russia.")


def test_warning_of_a_supposed_acts_consequences_is_no_threat():
    assert "THREATEN" not in _types("The UN envoy warned that an assault on Rafah would have catastrophic consequences.")


def test_warning_that_the_warner_would_strike_stays_a_threat():
    assert "THREATEN" in _types("Iran warned that it would strike back at any aggressor.", "IRN")
