"""Round 43 role rules. All sentences are invented."""

import pytest
from helpers import rule_events, show_events


def _stated(e):
    return [r.key for r in e.recipient if not r.inferred]


def _tops(keys):
    return {k.split(".")[0] for k in keys}


def _reaction(ev, actor):
    return [e for e in ev if e.event in ("ACCUSE", "REJECT") and any(k.split(".")[0] == actor for k in e.actor_keys)]


# -- a reaction to an attack named with a place that names no party: the attack's author, not whoever the author's
#    own latest act was aimed at ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,reactor,author",
    [
        ("Al-Shabaab militants overran a military camp near Baidoa on Tuesday, killing 14 soldiers. Kenyan jets later "
         "bombed the retreating militants near the border. The African Union condemned the attack on the camp.",
         "AU", "AL_SHABAAB"),
        ("Fighters of the Allied Democratic Forces stormed an army post near Beni on Friday, killing nine soldiers, the "
         "army said. Ugandan troops shelled the rebels' hideouts the next day. President Felix Tshisekedi denounced the "
         "attack on the post and vowed to hunt down the attackers.", "COD", "ADF"),
        ("Jihadists of the JNIM group ambushed a convoy on the road to Djibo, killing 30 soldiers. Burkinabe drones "
         "later struck the jihadists near the Malian border. Ivory Coast and Ghana deplored the assault on the convoy.",
         "CIV", "JNIM"),
    ],
)
def test_reaction_to_attack_on_unnamed_place_answers_its_author(text, reactor, author):
    ev = rule_events(text)
    theirs = _reaction(ev, reactor)
    assert theirs, show_events(ev)
    assert any(author in _tops(_stated(e)) for e in theirs), show_events(ev)


def test_reaction_to_strike_on_named_victims_still_answers_the_striker():
    ev = rule_events("Russian missiles struck a hospital in Kharkiv on Sunday, killing six people. Ukrainian drones "
                     "hit a refinery in Belgorod hours later. Ukraine condemned the strike on Kharkiv.")
    theirs = _reaction(ev, "UKR")
    assert theirs, show_events(ev)
    assert any("RUS" in _tops(_stated(e)) for e in theirs), show_events(ev)


def test_reaction_to_attack_on_a_thing_takes_the_act_on_that_thing_not_the_latest():
    # (negative: the latest act fell on the thing named, so its author is the one answered)
    ev = rule_events("Rebels of the M23 shelled a market in Goma on Monday. Congolese jets bombed a rebel camp near "
                     "Rutshuru a day later. Rwanda condemned the attack on the camp.")
    theirs = _reaction(ev, "RWA")
    assert theirs, show_events(ev)
    assert not any("M23" in _tops(_stated(e)) for e in theirs), show_events(ev)


# -- a verb joined to a reported clause that cannot share that clause's auxiliary is the reporter's ------------------


@pytest.mark.parametrize(
    "text,etype,reporter,other",
    [
        # (a simple past cannot share a modal)
        ("Serbia's president said Kosovo police would not enter the northern towns and praised NATO peacekeepers for "
         "their restraint.", "SUPPORT", "SRB", "XKX"),
        # (a past the tagger reads as a bare form cannot share "had")
        ("The Thai army said Cambodian soldiers had fired across the frontier and put its units in Surin on alert.",
         "MOBILIZE", "THA", "KHM"),
    ],
)
def test_conjunct_that_cannot_share_the_reported_auxiliary_is_the_reporters(text, etype, reporter, other):
    ev = [e for e in rule_events(text) if e.event == etype]
    assert ev, show_events(rule_events(text))
    assert any(reporter in _tops(e.actor_keys) for e in ev), show_events(ev)
    assert not any(other in _tops(e.actor_keys) for e in ev), show_events(ev)


def test_bare_conjunct_shares_the_reported_modal():
    # (negative: "would release ... and leave": both the kidnappers')
    ev = [e for e in rule_events("Nigeria said the kidnappers would release the schoolgirls and leave the forest.")
          if e.event == "CONCEDE"]
    assert ev and all("NGA.CRM" in e.actor_keys for e in ev), show_events(ev)


# -- a perfect that runs "since" a past point is background, not the deed a later "the move" answers -----------------


@pytest.mark.parametrize(
    "text,reactor,author,state",
    [
        ("A Gambian court sentenced the former interior minister to 20 years in prison on Monday for the torture of "
         "detainees. Since taking office in 2017, the government has freed hundreds of political prisoners. Amnesty "
         "International welcomed the decision.", "AMNESTY", "GMB.JUD", "GMB.GOV"),
        ("The European Union imposed sanctions on six Belarusian officials on Friday over the crackdown. Belarus has "
         "jailed more than 1,000 opposition activists since the disputed 2020 election. Ukraine praised the measure.",
         "UKR", "EU", "BLR"),
    ],
)
def test_state_of_affairs_since_a_past_point_is_no_deed_answered(text, reactor, author, state):
    ev = [e for e in rule_events(text) if e.event == "SUPPORT" and reactor in _tops(e.actor_keys)]
    assert ev, show_events(rule_events(text))
    assert any(author in _stated(e) for e in ev), show_events(ev)
    assert not any(state in _stated(e) for e in ev), show_events(ev)


def test_perfect_without_since_is_still_the_latest_deed():
    ev = rule_events("The European Union imposed sanctions on six Belarusian officials on Friday. Belarus has expelled "
                     "two Lithuanian diplomats this week. Poland criticised the move.")
    theirs = _reaction(ev, "POL")
    assert theirs and any("BLR" in _tops(_stated(e)) for e in theirs), show_events(ev)


# -- a condemnation of reports of an act answers the act's author, not the reporter ------------------------------------


def test_condemned_reports_of_an_act_answer_its_author():
    ev = rule_events("Myanmar's army bombed a school in Sagaing, killing 17 children, the shadow government said. Local "
                     "monitors published reports of the killings. Malaysia condemned the reports of the killings of "
                     "children.")
    theirs = _reaction(ev, "MYS")
    assert theirs and any("MMR" in _tops(_stated(e)) for e in theirs), show_events(ev)


# -- an operation of moving in ("the incursion", "the invasion") names the forces sent across told before it --------


@pytest.mark.parametrize(
    "text,reactor,author",
    [
        ("Russian jets entered Finnish airspace on Monday, the Finnish defence ministry said. Finland summoned the "
         "Russian envoy. Sweden condemned the incursion.", "SWE", "RUS"),
        ("Eritrean troops moved into the Badme area on Sunday, Ethiopian officials said. Addis Ababa summoned Eritrea's "
         "envoy. Kenya condemned the invasion.", "KEN", "ERI"),
    ],
)
def test_reaction_to_moving_in_answers_the_forces_sent(text, reactor, author):
    ev = rule_events(text)
    theirs = _reaction(ev, reactor)
    assert theirs and any(author in _tops(_stated(e)) for e in theirs), show_events(ev)


def test_reaction_to_moving_in_takes_a_later_attack_first():
    # (negative: the latest armed act, an attack, is the one answered, not an earlier deployment)
    ev = rule_events("Japan deployed two destroyers to the East China Sea on Monday. Chinese jets later bombed a "
                     "Philippine outpost on Thitu island. Manila condemned the invasion.")
    theirs = _reaction(ev, "PHL")
    assert theirs and not any("JPN" in _tops(_stated(e)) for e in theirs), show_events(ev)


# -- a charge named by its matter ("the espionage charges") is the one told by the party that spoke of that matter ---


@pytest.mark.parametrize(
    "text,rejecter,accuser",
    [
        ("Iran's intelligence ministry said on Monday it had arrested eight people for espionage on behalf of Israel. "
         "State media aired their confessions. Israel dismissed the espionage charges.", "ISR", "IRN"),
        ("The Burundian army said it had arrested three Rwandan officers near Bujumbura for plotting a coup. Officials "
         "showed weapons they said were seized. Rwanda's government rejected the coup allegations on Sunday.", "RWA",
         "BDI"),
    ],
)
def test_charge_named_by_its_matter_answers_who_spoke_of_it(text, rejecter, accuser):
    ev = [e for e in rule_events(text) if e.event == "REJECT" and rejecter in _tops(e.actor_keys)]
    assert ev and any(accuser in _tops(_stated(e)) for e in ev), show_events(rule_events(text))


def test_charge_whose_matter_no_sentence_spoke_of_takes_no_stated_party():
    ev = [e for e in rule_events("Chad's army said it had killed 40 rebels near the Libyan border. Officials showed "
                                 "captured weapons. Libya rejected the smuggling allegations.")
          if e.event == "REJECT" and "LBY" in _tops(e.actor_keys)]
    assert ev and not any("TCD" in _tops(_stated(e)) for e in ev), show_events(ev)


# -- the party an act of helping or joining is waged "against" is the partners' common foe, not their counterpart ----


@pytest.mark.parametrize(
    "text,etype,actor,foe",
    [
        ("The African Union said it was watching the crisis in Chad closely and offered to help organise a joint "
         "campaign against the Boko Haram fighters.", "AGREE", "AU", "BOKO_HARAM"),
        ("Some British troops will stay in Estonia until next year to support exercises against simulated Russian "
         "attacks.", "SUPPORT", "GBR", "RUS"),
    ],
)
def test_common_foe_of_a_joint_act_is_no_stated_counterpart(text, etype, actor, foe):
    ev = [e for e in rule_events(text) if e.event == etype and actor in _tops(e.actor_keys)]
    assert ev, show_events(rule_events(text))
    assert not any(foe in _tops(_stated(e)) for e in ev), show_events(ev)


@pytest.mark.parametrize(
    "text,etype,partner",
    [
        ("Qatar pledged $50 million to Somalia on Monday to support the fight against al-Shabaab.", "AGREE", "SOM"),
        ("The European Union agreed to support Ukraine against Russia.", "AGREE", "UKR"),
    ],
)
def test_partner_named_beside_the_common_foe_stays(text, etype, partner):
    ev = [e for e in rule_events(text) if e.event == etype]
    assert ev and any(partner in _tops(_stated(e)) for e in ev), show_events(rule_events(text))
