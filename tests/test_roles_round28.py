"""Round 28 role rules for ledes with several acts: the host or go-between of the parties' meeting is neither's
counterpart, and a refusal does not answer a go-between; a participle the parser hangs on the verb right after a
group tells what the group did; a pledge made to help parties is made to them; "the move" a later clause answers is
not an act told in passing inside a relative clause. All sentences are invented."""

from helpers import find_event, rule_events, show_events

# -- hosts and go-betweens ---------------------------------------------------------------------------------------------


def test_host_of_the_meeting_is_not_the_agreements_recipient():
    ev = rule_events("LOME, May 4 — Togo and Benin agreed on Monday to reopen their border, at a meeting hosted by Ghana.")
    e = next((x for x in ev if x.event == "AGREE"), None)
    assert e is not None, show_events(ev)
    assert "GHA" not in e.recipient_keys, show_events(ev)
    assert find_event(ev, "AGREE", "TGO", "BEN") is not None, show_events(ev)


def test_mediator_of_a_ceremony_is_not_the_recipient():
    ev = rule_events("DUSHANBE, Feb. 2 — Tajikistan and Kyrgyzstan agreed on Thursday to open two border crossings, in a "
                     "ceremony hosted by Kazakhstan that both leaders praised.")
    e = next((x for x in ev if x.event == "AGREE"), None)
    assert e is not None, show_events(ev)
    assert "KAZ" not in e.recipient_keys, show_events(ev)


def test_the_host_still_receives_its_guests():
    ev = rule_events("Oman hosted the foreign ministers of Iran and Saudi Arabia on Tuesday.")
    assert any(x.event == "CONSULT" for x in ev), show_events(ev)


def test_a_refusal_after_a_mediated_swap_answers_the_other_side():
    ev = rule_events("BAKU, May 2 — Armenia and Azerbaijan exchanged 20 detainees on Monday in a swap brokered by Qatar. "
                     "Yerevan said Baku had refused to free four soldiers.")
    e = find_event(ev, "REJECT", "AZE")
    assert e is not None, show_events(ev)
    assert "QAT" not in e.recipient_keys, show_events(ev)
    assert e.recipient_keys == ("ARM",), show_events(ev)


# -- a participle right after a group ----------------------------------------------------------------------------------


def test_marching_students_are_the_protesters():
    ev = rule_events("QUITO, Oct. 15 — Ecuadorian police fired tear gas and rubber bullets at young protesters marching "
                     "on parliament on Friday, and two men died.")
    e = next((x for x in ev if x.event == "PROTEST"), None)
    assert e is not None, show_events(ev)
    assert not any(k.endswith(".COP") for k in e.actor_keys), show_events(ev)


def test_participle_after_a_comma_stays_with_the_subject():
    ev = rule_events("DHAKA, Oct. 15 — Soldiers fired on protesters on Monday, wounding twelve.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert all(k.endswith(".MIL") for k in e.actor_keys), show_events(ev)


# -- a pledge made to help parties -------------------------------------------------------------------------------------


def test_pledge_to_help_two_states_is_made_to_them():
    ev = rule_events("DAKAR, May 4 — Germany pledged 40 million euros on Monday to help Chad and Mali care for "
                     "refugees, as U.N. agencies warned of famine.")
    e = find_event(ev, "AGREE", "DEU")
    assert e is not None, show_events(ev)
    assert set(e.stated_recipient_keys) == {"TCD", "MLI"}, show_events(ev)


# -- "the move" is not an act told in passing --------------------------------------------------------------------------


def test_welcomed_move_is_the_designation_not_the_groups_attack():
    ev = rule_events("CANBERRA, July 18 — Australia designated al-Shabaab, a Somali militant group that claimed last year's "
                     "killing of 12 Kenyan soldiers, a terrorist organisation on Thursday, and Kenya welcomed the move.")
    e = find_event(ev, "SUPPORT", "KEN")
    assert e is not None, show_events(ev)
    assert e.stated_recipient_keys == ("AUS",), show_events(ev)


def test_welcomed_decision_after_a_relative_clause_attack():
    ev = rule_events("LONDON, July 18 — Britain banned Hamas, a group that claimed a rocket attack on Israel last year, on "
                     "Thursday, and Israel welcomed the decision.")
    e = find_event(ev, "SUPPORT", "ISR")
    assert e is not None, show_events(ev)
    assert e.stated_recipient_keys == ("GBR",), show_events(ev)


def test_pledge_to_help_neighbours_rebuild():
    ev = rule_events("ABUJA, May 3 — Nigeria pledged 5 million dollars on Tuesday to help Niger and Benin rebuild flooded "
                     "villages, as aid agencies warned of disease.")
    e = find_event(ev, "AGREE", "NGA")
    assert e is not None, show_events(ev)
    assert set(e.stated_recipient_keys) == {"NER", "BEN"}, show_events(ev)


# -- a clause set beside the act by "as" / "while" ---------------------------------------------------------------------


def test_party_of_an_as_clause_is_not_the_attacks_target():
    ev = rule_events("GOMA, May 3 — M23 rebels shelled a displacement camp outside Goma on Friday, killing eight civilians, "
                     "aid workers said, as the European Union called on both sides to respect a truce.")
    e = find_event(ev, "ASSAULT", "M23")
    assert e is not None, show_events(ev)
    assert "EU" not in e.recipient_keys, show_events(ev)


# -- an agreement told after a report ----------------------------------------------------------------------------------


def test_reporter_of_a_hosted_round_is_not_the_answered_party():
    ev = rule_events("DOHA, May 3 — Qatar will host a new round of talks between Sudan and Chad next month, Qatari "
                     "officials said on Monday, after Khartoum agreed to reopen the border.")
    e = find_event(ev, "AGREE", "SDN")
    assert e is not None, show_events(ev)
    assert not any(k.startswith("QAT") for k in e.recipient_keys), show_events(ev)


# -- people named by the body they work at -----------------------------------------------------------------------------


def test_diplomats_at_the_un_act_for_the_un():
    ev = rule_events("NEW YORK, May 29 — Diplomats at the United Nations criticised on Friday Russia's veto of the resolution.")
    e = find_event(ev, "ACCUSE", "UN", "RUS")
    assert e is not None, show_events(ev)
    assert find_event(ev, "ACCUSE", "RUS") is None, show_events(ev)


def test_gunmen_at_a_checkpoint_keep_their_reading():
    ev = rule_events("KABUL, May 29 — Gunmen at a checkpoint near Kabul killed two Pakistani traders on Friday.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert all(k.startswith("AFG") for k in e.actor_keys), show_events(ev)


# -- a promise to send something is made to where it goes -------------------------------------------------------------


def test_offer_to_ship_medicine_is_made_to_its_destination():
    ev = rule_events("OSLO, May 3 — Norway offered on Friday to ship 40 tonnes of medicine to Sudan, as fighting spread in "
                     "Darfur and Chad closed its border.")
    e = find_event(ev, "AGREE", "NOR")
    assert e is not None, show_events(ev)
    assert e.stated_recipient_keys == ("SDN",), show_events(ev)


# -- concern over ties "between the two" -------------------------------------------------------------------------------


def test_concern_over_ties_between_the_two_is_aimed_at_the_pair():
    ev = rule_events("MANILA, Aug. 6 — Chinese and Cambodian troops began joint drills near the Thai border on Monday, and "
                     "Thailand voiced concern over deepening military ties between the two.")
    e = find_event(ev, "ACCUSE", "THA")
    assert e is not None, show_events(ev)
    assert {k.split(".")[0] for k in e.stated_recipient_keys} == {"CHN", "KHM"}, show_events(ev)


# -- a result participle after a charge --------------------------------------------------------------------------------


def test_killing_after_a_charge_is_the_charged_groups():
    ev = rule_events("KINSHASA, Oct. 2 — Congo accused Uganda on Monday of backing ADF fighters who attacked a market in "
                     "Beni, killing 12 traders.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert e.actor_keys == ("ADF",), show_events(ev)


def test_killing_after_a_reported_attack_keeps_the_attackers():
    ev = rule_events("LAGOS, Oct. 2 — Police said gunmen attacked a bus near Kano on Sunday, killing seven people.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert not any(k.endswith(".COP") for k in e.actor_keys), show_events(ev)
