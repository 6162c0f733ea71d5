"""Round 13 of event types: match reports, sums and shares of what a verb acts on, halted aid, fighting a measure,
vows of resolute measures, retaliation against economic measures, foreigners ordered to leave."""

from helpers import events_of, show_events, types_of


def test_a_tennis_win_in_straight_sets_is_no_attack() -> None:
    assert "ASSAULT" not in types_of("Spain's Carlos Alcaraz reached the quarter-finals on Monday, beating Serbia's top seed in straight sets.")


def test_a_cricket_win_by_wickets_is_no_attack() -> None:
    assert "ASSAULT" not in types_of("Australia beat England by six wickets in Melbourne on Saturday.")


def test_beating_protesters_is_still_an_attack() -> None:
    assert "ASSAULT" in types_of("Iranian police beat protesters in Tehran on Saturday.")


def test_money_approved_in_loans_is_aid() -> None:
    types = types_of("The Asian Development Bank approved $800 million in loans for Sri Lanka on Friday.")
    assert "AID" in types and "SUPPORT" not in types, types


def test_removing_most_of_the_tariffs_is_a_concession() -> None:
    evs = events_of("Mexico will scrap most of its retaliatory tariffs on Canadian steel next month.", "CONCEDE", "MEX")
    assert evs, types_of("Mexico will scrap most of its retaliatory tariffs on Canadian steel next month.")
    assert "SANCTION" not in types_of("Mexico will scrap most of its retaliatory tariffs on Canadian steel next month.")


def test_lifting_some_of_the_sanctions_is_one_concession() -> None:
    types = types_of("The European Union lifted some of its sanctions on Belarus on Tuesday.")
    assert "CONCEDE" in types and "SANCTION" not in types, types


def test_freezing_part_of_the_assistance_is_no_aid() -> None:
    types = types_of("Sweden suspended part of its development assistance to Zimbabwe on Monday.")
    assert "SANCTION" in types and "AID" not in types, types


def test_cutting_aid_commitments_is_no_aid() -> None:
    types = types_of("The Netherlands suspended new aid commitments to Burundi on Friday.")
    assert "SANCTION" in types and "AID" not in types, types


def test_fighting_a_trade_accord_is_opposing_it() -> None:
    types = types_of("Poland said on Monday it would keep fighting the trade agreement with Mercosur.")
    assert "ASSAULT" not in types and "REJECT" in types, types


def test_fighting_troops_is_still_combat() -> None:
    types = types_of("Ukrainian troops fought Russian soldiers near Bakhmut on Sunday.")
    assert "REJECT" not in types, types


def test_a_vow_of_all_necessary_measures_is_a_threat() -> None:
    types = types_of("Russia vowed to take all necessary measures to protect its interests after the sanctions.")
    assert "THREATEN" in types and "AGREE" not in types, types


def test_a_vow_of_plain_measures_is_no_threat() -> None:
    assert "THREATEN" not in types_of("Greece vowed to take measures to improve ferry safety.")


def test_not_retaliating_against_tariffs_is_no_sanction_rather_than_no_attack() -> None:
    evs = events_of("Vietnam will not retaliate against the tariffs Washington imposed on its exports.", "SANCTION", "VNM")
    assert evs and all(e.negated for e in evs), show_events(evs)
    assert "ASSAULT" not in types_of("Vietnam will not retaliate against the tariffs Washington imposed on its exports.")


def test_retaliating_against_a_strike_stays_an_attack() -> None:
    assert "ASSAULT" in types_of("Iran retaliated against the Israeli strike with missiles on Tuesday.")


def test_foreigners_ordered_to_leave_are_expelled() -> None:
    evs = events_of("Mali's junta ordered four French businessmen to leave the country within 72 hours.", "SANCTION", "MLI")
    assert evs, types_of("Mali's junta ordered four French businessmen to leave the country within 72 hours.")


def test_civilians_ordered_to_leave_are_displaced() -> None:
    types = types_of("Israel ordered Palestinians to leave the eastern districts of Khan Younis.")
    assert "COERCE" in types and "SANCTION" not in types, types
