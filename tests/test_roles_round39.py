"""Round 39 role rules: the article's record of acts. All sentences are invented."""

from helpers import find_event, require_event, rule_events, show_events


def _stated(e):
    return [r.key for r in e.recipient if not r.inferred]


def _has(e, key):
    return any(k == key or k.startswith(key + ".") for k in _stated(e))


# -- a reaction to "the move", "the decision", "the step": the author of the deed named again, past the comments and
# -- other reactions told in between, however many sentences back -------------------------------------------------


def test_decision_two_sentences_back():
    ev = rule_events("Canada lifted its import ban on Peruvian avocados on Monday. The ban had been in place since 2021 "
                     "and covered all shipments. Peru's trade ministry welcomed the decision.")
    e = require_event(ev, "SUPPORT", "PER")
    assert _has(e, "CAN"), show_events(ev)


def test_move_past_a_third_partys_comment():
    ev = rule_events("Japan imposed sanctions on three Chinese chipmakers on Friday. South Korea's industry ministry "
                     "said it opposed the sanctions and would study their effect on its firms. China's commerce ministry "
                     "called the move discriminatory.")
    e = require_event(ev, "ACCUSE", "CHN")
    assert _has(e, "JPN") and not _has(e, "KOR"), show_events(ev)


def test_second_reaction_shares_the_first_reactions_referent():
    ev = rule_events("Argentina scrapped its tariffs on Bolivian gas on Tuesday, officials in Buenos Aires said. "
                     "Bolivia's energy minister welcomed the decision as a fair step. Paraguay also praised the move.")
    e = require_event(ev, "SUPPORT", "PRY")
    assert _has(e, "ARG") and not _has(e, "BOL"), show_events(ev)


def test_nearer_deed_stays_the_referent():
    # (negative: a deed told in the sentence just before is the move, not the story's first act)
    ev = rule_events("Kenya reopened its border crossing with Somalia on Monday. On Wednesday Ethiopia expelled two Kenyan "
                     "diplomats from Addis Ababa. Nairobi condemned the move.")
    e = require_event(ev, "ACCUSE", "KEN")
    assert _has(e, "ETH") and not _has(e, "SOM"), show_events(ev)


def test_past_perfect_deed_is_background():
    ev = rule_events("Mexico's Senate approved new tariffs on Chinese steel on Thursday. Argentina had delayed a similar "
                     "bill for months, citing costs. China's trade ministry called the measures unfair.")
    e = require_event(ev, "ACCUSE", "CHN")
    assert _has(e, "MEX") and not _has(e, "ARG"), show_events(ev)


def test_deed_in_a_time_phrase_is_background():
    ev = rule_events("Nicaragua freed 20 jailed students on Saturday, a week after a visit to Managua by a Spanish envoy, "
                     "a rights group said. The students' families welcomed the move.")
    e = find_event(ev, "SUPPORT", "NIC")
    assert e is not None and _has(e, "NIC") and not _has(e, "ESP"), show_events(ev)


# -- a pronoun labelled as an act ("called it a sham verdict", "described them as a massacre"): the label's noun names
# -- the act again, as the noun itself would ------------------------------------------------------------------------


def test_pronoun_labelled_as_a_verdict_is_the_courts_act():
    ev = rule_events("A court in Lusaka on Monday sentenced opposition leader Hakainde Mweemba to three years in prison "
                     "for sedition. His lawyers said they would appeal within days. Mweemba's party called it a shameful "
                     "verdict.")
    e = find_event(ev, "ACCUSE", "ZMB")
    assert e is not None and _has(e, "ZMB.JUD"), show_events(ev)


def test_pronoun_labelled_as_a_massacre_is_the_attackers_act():
    ev = rule_events("Ethiopian drones struck a market in the Amhara town of Dessie on Sunday, killing 30 people, "
                     "witnesses said. Local officials counted the dead until nightfall. Fano's leaders described it as "
                     "a massacre.")
    e = find_event(ev, "ACCUSE", "FANO")
    assert e is not None and _has(e, "ETH"), show_events(ev)


def test_pronoun_labelled_with_no_act_noun_takes_no_act():
    # (negative: a label that names no act does not reach back to the record)
    ev = rule_events("Rwandan troops shelled positions near Goma on Friday. Kinshasa called it a sad day for the region.")
    assert all(not _has(e, "RWA") for e in ev if e.event == "ACCUSE" and "COD" in "".join(e.actor_keys)), show_events(ev)


# -- a protest told again by a definite noun ("the protests", "the march") in a later sentence is the protest already
# -- coded, not a new one -------------------------------------------------------------------------------------------


def _protests(ev, key):
    return [e for e in ev if e.event == "PROTEST" and any(k.split(".")[0] == key for k in e.actor_keys)]


def test_protests_named_again_are_one_protest():
    ev = rule_events("Thousands of teachers marched through Tegucigalpa on Monday to demand higher pay. The education "
                     "minister said the protests were organised by opposition parties and would not change the budget.")
    assert len(_protests(ev, "HND")) == 1, show_events(ev)


def test_march_named_again_after_a_quote_is_one_protest():
    ev = rule_events("Farmers in tractors blocked motorways around Warsaw on Tuesday over cheap grain imports from "
                     "Ukraine. \"We have nothing left to lose,\" one farmer said. Police said the blockades had ended "
                     "by evening, and the agriculture minister promised to meet the leaders of the rallies on Friday.")
    assert len(_protests(ev, "POL")) == 1, show_events(ev)


def test_a_new_protest_is_not_a_retelling():
    # (negative: a second protest told with "a" is another act)
    ev = rule_events("Students rallied outside parliament in Dhaka on Monday. On Wednesday garment workers in Gazipur "
                     "staged a strike to demand unpaid wages.")
    assert len(_protests(ev, "BGD")) == 2, show_events(ev)


def test_another_states_protest_is_not_a_retelling():
    # (negative: "the protests" of another state's people are their own)
    ev = rule_events("Kenyan students protested in Nairobi on Monday against new fees. On Tuesday thousands of Ugandan "
                     "traders joined the demonstrations in Kampala.")
    assert _protests(ev, "KEN") and _protests(ev, "UGA"), show_events(ev)


# -- accepting, rejecting or judging a proposal, offer or demand answers its author named by "by" or "from", before a
# -- party a clause set off after it names ----------------------------------------------------------------------------


def test_rejected_proposal_by_author_despite_saying_clause():
    ev = rule_events("Myanmar's junta on Tuesday rejected a proposal by Thailand and Malaysia for a month-long ceasefire, "
                     "saying the Arakan Army must first leave the towns it holds.")
    e = require_event(ev, "REJECT", "MMR")
    assert _has(e, "THA") and not _has(e, "ARAKAN_ARMY"), show_events(ev)


def test_rejected_proposal_by_author_hung_on_the_verb():
    ev = rule_events("Sudan's army chief rejected a proposal by Egypt for a truce, saying the RSF must first withdraw "
                     "from the cities.")
    e = require_event(ev, "REJECT", "SDN")
    assert _has(e, "EGY") and not _has(e, "RSF"), show_events(ev)


def test_proposal_for_a_party_is_no_author():
    # (negative: "for" names whom the proposal is for, not who made it)
    ev = rule_events("Ecuador rejected a proposal for Peru to manage the shared river basin.")
    e = require_event(ev, "REJECT", "ECU")
    assert not any(k.startswith("ECU") for k in _stated(e)), show_events(ev)


# -- rejecting a charge answers whoever made it, not the parties its content names -----------------------------------


def test_rejected_accusation_answers_the_accuser_not_its_content():
    ev = rule_events("Washington has accused Venezuela's government of shielding drug cartels. The Treasury froze the "
                     "assets of two generals last week. Venezuelan officials reject the accusation that the army protects "
                     "traffickers, saying the military has seized record amounts of cocaine.")
    e = require_event(ev, "REJECT", "VEN")
    assert _has(e, "USA") and not _has(e, "VEN.MIL"), show_events(ev)


def test_dismissed_charges_answer_the_accuser_told_sentences_before():
    ev = rule_events("Ghana's opposition accused the government on Monday of inflating the voter roll in the north. "
                     "Observers from the African Union arrived in Accra on Tuesday. The vote is due in December. "
                     "The government dismissed the allegations that officials in Tamale had added names.")
    e = require_event(ev, "REJECT", "GHA")
    assert _has(e, "GHA.OPP"), show_events(ev)


def test_rejecting_a_proposal_is_no_charge():
    # (negative: a rejected plan is answered by its own author, not the latest accuser)
    ev = rule_events("Lima accused Quito of arming smugglers on the border. Bolivia offered a plan for joint patrols, and "
                     "Ecuador rejected the plan.")
    e = require_event(ev, "REJECT", "ECU")
    assert not _has(e, "PER"), show_events(ev)




def test_deed_of_the_reactors_own_bloc_member_is_passed_over():
    # (a bloc answering "the gesture" answers the other side's deed, not one of its own members')
    ev = rule_events("The Economic Community of West African States said it would keep recognising passports issued by "
                     "Mali, Burkina Faso and Niger. The three juntas accuse the bloc of serving France. Mali withdrew its "
                     "ambassador from Abuja last year. The Alliance of Sahel States welcomed the gesture on Thursday.")
    e = require_event(ev, "SUPPORT", "AES")
    assert _has(e, "ECOWAS") and not _has(e, "MLI"), show_events(ev)


# -- a reaction to a hostile act named again with its victims ("condemned the shelling of Kharkiv") answers the act's
# -- author in the record, not the victims -------------------------------------------------------------------------


def test_condemned_strike_on_a_city_answers_the_striker():
    ev = rule_events("Russian missiles hit a power plant in Odesa overnight, killing two workers. Ukraine's air force said "
                     "it had downed 40 drones. The European Union condemned the strike on Odesa.")
    e = require_event(ev, "ACCUSE", "EU")
    assert _has(e, "RUS") and not _has(e, "UKR"), show_events(ev)


def test_condemned_killing_of_officers_answers_the_killers():
    ev = rule_events("Gunmen from the MS-13 gang killed four police officers at a checkpoint in San Pedro Sula on Monday. "
                     "The Canadian embassy condemned the killing of the officers and offered help to Honduras.")
    e = require_event(ev, "ACCUSE", "CAN")
    assert _stated(e) and not _has(e, "HND.COP"), show_events(ev)


def test_condemned_strike_on_another_party_is_not_the_recorded_act():
    # (negative: the recorded strike fell on someone else: the named victims stay the recipients)
    ev = rule_events("Israeli jets struck a depot in Syria on Sunday. The Arab League condemned the attack on Lebanon's "
                     "border villages.")
    e = require_event(ev, "ACCUSE", "ARAB_LEAGUE")
    assert _has(e, "LBN"), show_events(ev)
