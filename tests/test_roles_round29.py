"""Round 29 role rules, and the mends of the round-28 review: a toll participle after a charge is the charged deed's,
any other participle stays the accuser's; a host's meeting with its guest is an act the guest may answer; "between the
two sides" is the pair named before; a second gift goes where the first one went; a visitor is never the party
visited. All sentences are invented."""

from helpers import find_event, rule_events, show_events

# -- review mend 1: only a toll after a charge is the charged deed's ---------------------------------------------------


def test_demand_after_a_charge_stays_the_accusers():
    ev = rule_events("KINSHASA, May 3 — Congo accused Rwanda on Monday of arming rebels who seized Goma, demanding "
                     "sanctions against Kigali.")
    e = next((x for x in ev if x.event == "REQUEST"), None)
    assert e is not None, show_events(ev)
    assert e.actor_keys == ("COD",), show_events(ev)


def test_threat_after_a_charge_stays_the_accusers():
    ev = rule_events("Serbia charged Kosovo with sheltering gunmen who had ambushed a police patrol, threatening to "
                     "close the crossing points.")
    assert not any(x.event == "THREATEN" and not any(k.startswith("SRB") for k in x.actor_keys) for x in ev), show_events(ev)


def test_wounding_after_a_charge_is_the_deeds():
    ev = rule_events("Mali blamed Algeria for harbouring JNIM militants who raided a garrison near Gao on Sunday, wounding "
                     "nine soldiers.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert not any(k.startswith("MLI") for k in e.actor_keys), show_events(ev)


# -- review mend 2: a host's own guest is a party ----------------------------------------------------------------------


def test_refusal_after_a_state_visit_answers_the_guest():
    ev = rule_events("Erdogan received Aliyev in Ankara on Monday. Baku said Ankara had refused to lift the tariffs.")
    e = find_event(ev, "REJECT", "TUR")
    assert e is not None, show_events(ev)
    assert any(k.startswith("AZE") for k in e.stated_recipient_keys), show_events(ev)


def test_refusal_after_hosted_talks_skips_the_host():
    ev = rule_events("Norway hosted talks between Colombia and the ELN on Monday. Bogota said the rebels had refused to "
                     "free the hostages.")
    e = find_event(ev, "REJECT", "ELN")
    assert e is not None, show_events(ev)
    assert "NOR" not in e.stated_recipient_keys, show_events(ev)


# -- review mend 4: "between the two sides" like "between the two" -----------------------------------------------------


def test_concern_over_tensions_between_the_two_neighbours():
    ev = rule_events("Armenia and Azerbaijan traded fire on Sunday, and Russia voiced concern over tensions between the two "
                     "neighbours.")
    e = find_event(ev, "ACCUSE", "RUS")
    assert e is not None, show_events(ev)
    assert set(e.stated_recipient_keys) == {"ARM", "AZE"}, show_events(ev)


def test_concern_over_fighting_between_the_two_sides():
    ev = rule_events("Thailand and Cambodia resumed talks on Monday, and China voiced concern over fighting between the two "
                     "sides.")
    e = find_event(ev, "ACCUSE", "CHN")
    assert e is not None, show_events(ev)
    assert set(e.stated_recipient_keys) == {"THA", "KHM"}, show_events(ev)


# -- round 29: a second gift goes where the first one went -------------------------------------------------------------


def _recipients_of(ev, etype, actor):
    e = next((x for x in ev if x.event == etype and any(k.startswith(actor) for k in x.actor_keys)), None)
    assert e is not None, show_events(ev)
    return {k.split(".")[0] for k in e.recipient_keys}


def test_second_pledge_goes_to_the_stricken_state():
    ev = rule_events("Japan delivered tents and blankets to Tonga on Monday, and Australia promised a further 5 million "
                     "dollars for reconstruction.")
    assert _recipients_of(ev, "AGREE", "AUS") == {"TON"}, show_events(ev)


def test_second_pledge_in_the_next_sentence():
    ev = rule_events("Canada pledged 50 million dollars to Haiti on Friday. Brazil promised food aid and two field hospitals.")
    assert _recipients_of(ev, "AGREE", "BRA") == {"HTI"}, show_events(ev)


def test_further_aid_after_an_announced_package():
    ev = rule_events("Germany approved 30 million euros in aid for Yemen on Monday, and the Netherlands pledged a further "
                     "10 million.")
    assert _recipients_of(ev, "AGREE", "NLD") == {"YEM"}, show_events(ev)


def test_second_pledge_after_a_shipment_goes_to_its_destination():
    ev = rule_events("India shipped wheat to Afghanistan on Monday, and Iran promised fuel.")
    e = find_event(ev, "AGREE", "IRN")
    assert e is not None, show_events(ev)
    assert e.stated_recipient_keys == ("AFG",), show_events(ev)


def test_a_pledge_by_the_receiver_is_not_sent_to_itself():
    ev = rule_events("Qatar sent 40 tonnes of food to Gaza on Monday, and Egypt pledged to keep the Rafah crossing open.")
    e = next((x for x in ev if x.event == "AGREE" and any(k.startswith("EGY") for k in x.actor_keys)), None)
    if e is not None:
        assert not any(k.startswith("EGY") for k in e.recipient_keys), show_events(ev)


def test_a_reply_to_an_attack_keeps_its_own_reading():
    ev = rule_events("Israeli jets struck Gaza on Monday, and Hamas fired rockets in response.")
    e = next((x for x in ev if x.event == "ASSAULT" and any(k.startswith("HAMAS") for k in x.actor_keys)), None)
    assert e is not None, show_events(ev)
    assert not any(k.startswith("PSE") for k in e.recipient_keys), show_events(ev)


# -- round 29: a visitor is never the party visited --------------------------------------------------------------------


def test_visit_under_a_plan_to_open_posts_is_the_welcomers():
    ev = rule_events("Spain's foreign minister welcomed Morocco's plan to open new border posts during a trip to Rabat on "
                     "Monday.")
    assert find_event(ev, "CONSULT", "ESP", "MAR") is not None, show_events(ev)
    assert find_event(ev, "CONSULT", "MAR") is None, show_events(ev)


def test_visit_under_a_push_to_expand_ports_is_the_supporters():
    ev = rule_events("The Greek prime minister supported Albania's push to expand its ports during a visit to Tirana.")
    assert find_event(ev, "CONSULT", "GRC", "ALB") is not None, show_events(ev)


def test_visit_under_efforts_to_reach_a_deal_is_the_praisers():
    ev = rule_events("The Turkish foreign minister praised Azerbaijan's efforts to reach a peace deal during a visit to Baku "
                     "on Friday.")
    assert find_event(ev, "CONSULT", "TUR", "AZE") is not None, show_events(ev)


def test_a_visit_by_the_named_guest_keeps_its_reading():
    ev = rule_events("Kenya and Ethiopia signed a security pact during a visit to Nairobi by Ethiopia's prime minister.")
    assert find_event(ev, "CONSULT", "ETH", "KEN") is not None, show_events(ev)


def test_a_thankful_visitor_stays_the_visitor():
    ev = rule_events("Ukraine's president thanked Denmark for its support during a visit to Copenhagen on Monday.")
    assert find_event(ev, "CONSULT", "UKR", "DNK") is not None, show_events(ev)

