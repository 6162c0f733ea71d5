"""Round 16 role rules: an act named again by a quoted label's misattached noun or by its verb's own noun, the
origin of banned imports, whom a threatened cost falls on, the host of a state's own mission, whom aid is meant
to help, and the actors of an act summed up by a noun that draws a reaction."""

from helpers import find_event, show_events

from eventcoder.pipeline import code_texts


def test_decision_named_before_a_quoted_label_targets_its_author():
    ev = code_texts(["The African Union voted on Monday to suspend Mali's membership. "
                     "Mali's prime minister called the decision \"interference\" and vowed to fight it."])
    assert find_event(ev, "ACCUSE", "MLI", "AU") is not None, show_events(ev)


def test_noun_of_the_acts_own_verb_names_it_again():
    ev = code_texts(["India closed its border with Nepal on Friday. Nepal called the closure an act of aggression."])
    assert find_event(ev, "ACCUSE", "NPL", "IND") is not None, show_events(ev)


def test_deployment_named_again_targets_the_deployer():
    ev = code_texts(["Turkey deployed troops along its border with Syria on Monday. "
                     "Damascus called the deployment a violation of its sovereignty."])
    assert find_event(ev, "ACCUSE", "SYR", "TUR") is not None, show_events(ev)


def test_banned_imports_target_their_origin_named_by_a_demonym():
    ev = code_texts(["Poland banned imports of grain from three Ukrainian provinces on Wednesday."])
    assert find_event(ev, "SANCTION", "POL", "UKR") is not None, show_events(ev)


def test_threatened_consequences_fall_on_the_for_party():
    ev = code_texts(["Beijing warned that the arms sale would carry serious consequences for Taiwan."])
    assert find_event(ev, "THREATEN", "CHN", "TWN") is not None, show_events(ev)


def test_threatened_repercussions_hung_on_the_verb():
    ev = code_texts(["Iran threatened severe repercussions for Azerbaijan if it hosted Israeli forces."])
    assert find_event(ev, "THREATEN", "IRN", "AZE") is not None, show_events(ev)


def test_closing_own_embassy_targets_the_host_state():
    ev = code_texts(["Estonia shut its embassy in Minsk on Tuesday."])
    assert find_event(ev, "SANCTION", "EST", "BLR") is not None, show_events(ev)


def test_a_foreign_base_place_still_names_no_target():
    ev = code_texts(["Drones attacked a base in Syria housing American troops."])
    assert not any(e.event == "ASSAULT" and "SYR" in e.recipient_keys for e in ev), show_events(ev)


def test_loan_to_help_a_state_has_it_as_recipient():
    ev = code_texts(["The World Bank approved a $300 million loan to help Kenya expand its power grid."])
    assert find_event(ev, "AID", "WORLD_BANK", "KEN") is not None, show_events(ev)


def test_engineers_sent_to_assist_a_state():
    ev = code_texts(["Germany sent engineers to assist Libya after the floods."])
    assert find_event(ev, "AID", "DEU", "LBY") is not None, show_events(ev)


def test_visit_that_drew_criticism_targets_the_visitor():
    ev = code_texts(["Slovakia's prime minister held talks with Vladimir Putin in Moscow on Monday, "
                     "a visit that drew sharp criticism from EU leaders."])
    assert find_event(ev, "ACCUSE", "EU", "SVK") is not None, show_events(ev)


def test_both_sides_counts_a_party_named_by_a_description():
    ev = code_texts(["Myanmar's military said on Monday it had retaken a border town from the Arakan Army. "
                     "The rebel group said its fighters had shelled the army's positions in response. "
                     "Thailand's foreign ministry urged both sides to stop fighting."])
    assert find_event(ev, "REQUEST", "THA", "ARAKAN_ARMY") is not None, show_events(ev)
    assert find_event(ev, "REQUEST", "THA", "MMR") is not None, show_events(ev)


def test_called_on_both_sides_reaches_the_counted_parties():
    ev = code_texts(["Myanmar's military said on Monday it had retaken a border town from the Arakan Army. "
                     "The rebel group said its fighters had shelled Myanmar army positions in response. "
                     "Thailand's foreign ministry called on both sides to cease fire and protect Thai investments."])
    assert find_event(ev, "REQUEST", "THA", "ARAKAN_ARMY") is not None, show_events(ev)


def test_domestic_rival_whose_claims_are_dismissed_is_the_target():
    ev = code_texts(["Kenya's opposition accused the government on Monday of rigging the vote. "
                     "The government dismissed the claims."])
    assert find_event(ev, "REJECT", "KEN.GOV", "KEN.OPP") is not None, show_events(ev)
