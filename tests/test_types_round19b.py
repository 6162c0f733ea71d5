"""Round 19b of event types (false alarms): acts dated to an earlier year are background; a match report's
later sentences are about the match; beating a figure is no attack; a market "rally" is no demonstration; a
refusal to recognise is a rejection, not support withheld."""

import pytest
from helpers import rule_events, show_events

from eventcoder import code_texts


def _types(text: str, published: str = "2025-03-04") -> set[str]:
    return {e.event for e in code_texts([text], published=published)}


def test_power_seized_in_an_earlier_year_is_background() -> None:
    # session 9: a background act is coded with the year its phrase gives, at year precision (not as today's news)
    text = "The army dissolved the electoral commission on Monday. Colonel Ousmane Diallo seized power in 2019."
    events = rule_events(text, published="2025-03-04")  # the rule's reading; a lone background act may score low
    seized = [e for e in events if e.event in ("COERCE", "ASSAULT") and "seized" in e.text]
    assert seized and all((e.date, e.date_precision) == ("2019-01-01", "year") for e in seized), show_events(events)


def test_act_in_the_current_year_is_kept() -> None:
    text = "Burkina Faso's army seized power in 2025, the state broadcaster said."
    assert {"COERCE", "ASSAULT"} & _types(text, published="2025-03-04")


def test_praise_in_a_match_report_is_no_support() -> None:
    text = "Brazil beat Chile 3-1 in a World Cup qualifier on Tuesday. Chile's coach praised Brazil's defence after the match."
    assert "SUPPORT" not in _types(text)


def test_later_sentence_of_a_match_report_is_no_attack() -> None:
    text = ("Peru beat Bolivia 2-0 in a World Cup qualifier in Lima on Thursday. "
            "Bolivia have not beaten Peru away since 2008.")
    assert "ASSAULT" not in _types(text)


def test_coach_quote_in_a_match_report_is_no_attack() -> None:
    text = ("Ghana beat Nigeria 3-1 in the Africa Cup semi-final on Wednesday. "
            '"Ghana attacked Nigeria from the first whistle," the Ghana coach told reporters.')
    assert "ASSAULT" not in _types(text)


def test_attack_in_a_news_report_is_kept() -> None:
    text = "Rebels attacked an army base in northern Mali on Sunday, killing nine soldiers, the army said."
    assert "ASSAULT" in _types(text)


def test_beating_a_growth_target_is_no_attack() -> None:
    text = "Kenya's economy grew 6 percent last year, beating the finance ministry's forecast, the statistics office said."
    assert "ASSAULT" not in _types(text)


def test_market_rally_is_no_protest() -> None:
    text = "Brazil's main stock index rose 2 percent on Friday, extending a rally that has lifted shares this month."
    assert "PROTEST" not in _types(text)


def test_street_rally_is_kept() -> None:
    text = "Thousands of opposition supporters held a rally in Nairobi on Saturday against the new finance law."
    assert "PROTEST" in _types(text)


def test_refusal_to_recognise_is_rejection() -> None:
    text = "Argentina and Chile refused to recognise the result of Venezuela's election."
    events = code_texts([text], published="2025-03-04")
    assert any(e.event == "REJECT" and not e.negated for e in events), show_events(events)
    assert not any(e.event == "SUPPORT" and e.negated for e in events), show_events(events)


def test_investors_seeking_havens_is_no_request() -> None:
    text = "Oil prices rose on Monday as investors sought assurances from OPEC on supply."
    assert "REQUEST" not in _types(text)


def test_party_seeking_talks_is_kept() -> None:
    text = "Russia sought talks with OPEC on Monday after Saudi Arabia cut its oil output."
    assert "REQUEST" in _types(text)


def test_invasion_that_began_in_an_earlier_year_is_background() -> None:
    # session 9: coded with its month, at month precision
    events = code_texts(["Russia's invasion of Ukraine began in February 2022."], published="2025-03-04")
    assert {(e.event, e.date, e.date_precision) for e in events} == {("ASSAULT", "2022-02-01", "month")}


def test_attack_in_a_when_clause_of_an_earlier_date_is_background() -> None:
    # session 9: coded with the "when" clause's month, at month precision
    text = "Tensions have risen since March 2023, when Serbian gunmen attacked Kosovo police in the village."
    events = code_texts([text], published="2025-03-04")
    assert {(e.event, e.date, e.date_precision) for e in events if e.event == "ASSAULT"} == {("ASSAULT", "2023-03-01", "month")}


def test_denial_made_in_the_past_is_background() -> None:
    text = "Russia has in the past accused Ukraine of shelling the plant."
    events = code_texts([text], published="2025-03-04")
    assert not any(e.event == "ACCUSE" for e in events), show_events(events)


def test_denial_of_targeting_made_in_the_past_is_background() -> None:
    text = "Sudan's army did not respond, but the Sudanese army has in the past denied targeting civilians in Darfur."
    events = code_texts([text], published="2025-03-04")
    assert not any(e.event == "ASSAULT" for e in events), show_events(events)


def test_attack_in_a_when_clause_of_the_news_is_kept() -> None:
    text = "Serbian gunmen attacked Kosovo police on Sunday, when officers tried to remove barricades."
    assert "ASSAULT" in _types(text)


def test_habitual_accusation_is_background() -> None:
    assert "ACCUSE" not in _types("Iran often accuses Israel of sabotage.")


def test_blame_for_a_class_of_acts_is_background() -> None:
    text = "Venezuela did not comment, but it has previously blamed such incidents on Guyanese smugglers."
    assert "ACCUSE" not in _types(text)


def test_blame_for_one_act_is_kept() -> None:
    assert "ACCUSE" in _types("Nigeria blamed the kidnapping on armed gangs, the army said.")


def test_visiting_the_wounded_is_no_consultation() -> None:
    text = "Kenya's president visited the wounded in hospital after the attack by al Shabaab."
    assert "CONSULT" not in _types(text)


def test_visiting_a_state_is_kept() -> None:
    assert "CONSULT" in _types("Kenya's president visited Somalia on Monday.")


def test_the_first_such_attack_is_the_news_act() -> None:
    text = "Rebels shot down an army helicopter over Darfur on Monday, the first such attack in months, Sudan's army said."
    assert "ASSAULT" in _types(text)


def test_goal_that_silences_the_crowd_is_no_coercion() -> None:
    text = ("Ghana beat Nigeria 3-1 in the Africa Cup semi-final in Abidjan on Wednesday, as striker Kwame Mensah "
            "struck twice in the second half to silence the Nigerian fans.")
    assert "COERCE" not in _types(text)


def test_police_arresting_fans_after_a_match_is_kept() -> None:
    text = "Ghana beat Nigeria 3-1 in the Africa Cup semi-final on Wednesday. Ivorian police arrested 30 Nigerian fans after the match."
    assert "COERCE" in _types(text)


def test_one_party_agreeing_to_a_sanction_is_the_sanction() -> None:
    text = "EU foreign ministers agreed to impose asset freezes and travel bans on eight Belarusian officials."
    events = code_texts([text], published="2025-03-04")
    assert any(e.event == "SANCTION" for e in events), show_events(events)
    assert not any(e.event == "AGREE" for e in events), show_events(events)


def test_two_parties_agreeing_is_kept() -> None:
    assert "AGREE" in _types("Serbia and Kosovo agreed to lift the trade ban.")


@pytest.mark.parametrize("text", [
    "A crowded market in Donetsk was shelled by Russian forces on Monday.",
    "Stocks fell sharply on Monday after the Russian missile attack on the port of Odesa.",
])
def test_an_attack_told_beside_a_market_is_still_an_attack(text):
    """The market-move filter reads a market's own move: a market attacked, or an attack named in a phrase of a
    sentence about prices, is an attack."""
    assert any(e.event == "ASSAULT" for e in code_texts([text])), text
