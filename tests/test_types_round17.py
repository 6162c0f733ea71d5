"""Round 17 of event types, lexicon entries only: agreements and pacts ended, major roads blocked by protesters,
convoys and goods kept out, survivors pulled from rubble, go-betweens shuttling between delegations, crowds
surrounding a building, and protest encampments set up."""

from helpers import types_of


def test_ending_a_cooperation_agreement_is_a_sanction() -> None:
    types = types_of("Mali ended its security cooperation agreement with Denmark on Friday.")
    assert "SANCTION" in types, types


def test_ending_a_military_pact_is_a_sanction() -> None:
    assert "SANCTION" in types_of("Niger ended its military pact with the United States.")


def test_an_agreement_ending_a_war_is_no_sanction() -> None:
    types = types_of("The peace accord ended a decade of war between Eritrea and Ethiopia.")
    assert "SANCTION" not in types, types


def test_blocked_motorways_are_a_protest() -> None:
    types = types_of("Spanish truck drivers blocked the motorway to Madrid on Friday.")
    assert "PROTEST" in types, types


def test_blocked_convoy_is_coercion() -> None:
    types = types_of("M23 rebels prevented an aid convoy from entering Goma.")
    assert "COERCE" in types, types


def test_halted_entry_of_goods_is_coercion() -> None:
    types = types_of("Mexico halted the entry of Guatemalan trucks on Tuesday.")
    assert "COERCE" in types, types


def test_survivors_pulled_from_rubble_are_rescued() -> None:
    types = types_of("Turkish rescuers pulled survivors from the rubble of a collapsed hotel.")
    assert "AID" in types, types


def test_troops_pulled_back_are_no_rescue() -> None:
    types = types_of("The Indian army pulled its troops back from the border.")
    assert "AID" not in types, types


def test_shuttling_between_delegations_is_mediation() -> None:
    types = types_of("Norway's envoy shuttled between the government and the rebels in Oslo.")
    assert "CONSULT" in types, types


def test_trade_probe_stays_an_investigation() -> None:
    types = types_of("Brazil launched an anti-dumping investigation into Chinese steel.")
    assert "ACCUSE" in types and "SANCTION" not in types, types


def test_crowd_surrounding_a_building_is_a_protest() -> None:
    types = types_of("Hundreds of opposition supporters surrounded the electoral commission in Harare on Friday.")
    assert "PROTEST" in types and "MOBILIZE" not in types, types


def test_troops_surrounding_a_town_stay_a_military_move() -> None:
    types = types_of("Russian troops surrounded the Ukrainian town of Avdiivka.")
    assert "MOBILIZE" in types and "PROTEST" not in types, types


def test_setting_up_a_protest_encampment_is_a_protest() -> None:
    types = types_of("Pro-Palestinian students at Sciences Po set up an encampment in the courtyard.")
    assert "PROTEST" in types, types


def test_an_army_camp_set_up_is_no_protest() -> None:
    assert "PROTEST" not in types_of("The army set up a camp near the border.")
