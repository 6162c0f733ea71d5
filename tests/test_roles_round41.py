"""Round 41 role rules. All sentences are invented."""

import pytest
from helpers import rule_events, show_events


def _stated(e):
    return [r.key for r in e.recipient if not r.inferred]


def _tops(keys):
    return {k.split(".")[0] for k in keys}


# -- a go-between's act: the mediators are not each other's counterparts; the sides mediated between are -----------


@pytest.mark.parametrize(
    "text,brokers,sides",
    [
        ("Norway and Switzerland, which have mediated talks between Colombia and the ELN rebels, welcomed the vote on "
         "Sunday.", {"NOR", "CHE"}, {"COL", "ELN"}),
        ("Kenya and Ethiopia offered on Tuesday to mediate between Sudan and South Sudan.", {"KEN", "ETH"}, {"SDN", "SSD"}),
        ("Oman and Qatar have brokered several deals between Washington and Tehran in recent years.", {"OMN", "QAT"},
         {"USA", "IRN"}),
    ],
)
def test_mediators_act_on_the_sides_they_mediate_between(text, brokers, sides):
    ev = rule_events(text)
    theirs = [e for e in ev if _tops(e.actor_keys) == brokers]
    assert theirs, show_events(ev)
    for e in theirs:
        got = _tops(r.key for r in e.recipient)
        assert not got & brokers, show_events(ev)
    assert any(_tops(_stated(e)) == sides for e in theirs), show_events(ev)


def test_mediators_with_no_sides_named_are_not_each_others_counterparts():
    ev = rule_events("Fighting between Sudan and South Sudan killed 20 people near Heglig on Monday. Kenya and Ethiopia "
                     "urged calm and offered to mediate.")
    for e in ev:
        if _tops(e.actor_keys) == {"KEN", "ETH"}:
            assert not _tops(r.key for r in e.recipient) & {"KEN", "ETH"}, show_events(ev)


def test_parties_meeting_each_other_stay_each_others_counterparts():
    # negative: a meeting of the two parties themselves is mutual
    ev = rule_events("Kenya and Ethiopia held talks in Nairobi on Monday on their disputed border.")
    e = next((e for e in ev if e.event == "CONSULT" and _tops(e.actor_keys) == {"KEN", "ETH"}), None)
    assert e is not None, show_events(ev)
    assert _tops(r.key for r in e.recipient) == {"KEN", "ETH"}, show_events(ev)


# -- a reaction's definite act noun names the story's act, not one told as background or as a separate story -------


@pytest.mark.parametrize(
    "text,reactor,author,not_author",
    [
        # a background act in the past perfect (its second verb inherits the "had") comes after the story's act
        ("Turkish troops launched an operation against Kurdish fighters in northern Iraq on Monday. The offensive "
         "followed months of clashes. Iraqi police had detained dozens of smugglers and shot a gunman during a "
         "crackdown in Zakho. Iran condemned the offensive.", "IRN", "TUR", "IRQ"),
        # an act told under "Separately" is another story
        ("Ethiopian soldiers raided a rebel camp in the Amhara region on Tuesday, killing 12 fighters. Separately, "
         "Kenyan herders attacked a police post in Marsabit. The African Union criticised the raid.", "AU", "ETH", "KEN"),
        # an armed operation is no crowd's act: "the offensive" is the army's, not the rioters' told after it
        ("Myanmar's army began an offensive against the Arakan Army in Rakhine on Friday. In Dhaka, protesters "
         "attacked the Myanmar embassy. Thailand and Malaysia condemned the offensive.", "THA", "MMR", "BGD"),
    ],
)
def test_definite_act_noun_names_the_story_act(text, reactor, author, not_author):
    ev = rule_events(text)
    reacts = [e for e in ev if e.event == "ACCUSE" and any(k.split(".")[0] == reactor for k in e.actor_keys)]
    assert reacts, show_events(ev)
    assert any(author in _tops(_stated(e)) for e in reacts), show_events(ev)
    assert not any(not_author in _tops(r.key for r in e.recipient) for e in reacts), show_events(ev)


def test_latest_story_act_still_answers_a_reaction():
    # negative: with no background or separate act, the latest act of the noun's type is the one named
    ev = rule_events("Sudanese troops shelled a market in El Fasher on Monday. On Wednesday RSF fighters stormed a "
                     "hospital in the city. The WHO condemned the attack.")
    reacts = [e for e in ev if e.event == "ACCUSE" and any(k.startswith("WHO") for k in e.actor_keys)]
    assert reacts, show_events(ev)
    assert any("RSF" in _tops(_stated(e)) for e in reacts), show_events(ev)


# -- a subject naming its members with "including": the members act -------------------------------------------------


@pytest.mark.parametrize(
    "text,members",
    [
        ("Troops surrounded the parliament in Lima on Monday. Leaders across the continent, including those of "
         "Argentina, Colombia and Uruguay, denounced the attempt.", {"ARG", "COL", "URY"}),
        ("Several European governments, including Germany and Sweden, suspended aid to Niger after the coup.", {"DEU", "SWE"}),
    ],
)
def test_members_named_by_including_are_the_actors(text, members):
    ev = rule_events(text)
    got = [e for e in ev if members <= _tops(e.actor_keys)]
    assert got, show_events(ev)


def test_including_in_the_object_names_no_actor():
    # negative: the members of the object are not the actors
    ev = rule_events("Mali expelled several Western diplomats, including those of France and Denmark, on Friday.")
    assert not any(_tops(e.actor_keys) & {"FRA", "DNK"} for e in ev), show_events(ev)


# -- "condemned what it called X's aggression": the label's modifier names the act's author --------------------------


@pytest.mark.parametrize(
    "text,reactor,author,not_author",
    [
        ("Sudanese troops shelled a village near Kassala on Monday. Egypt's foreign ministry condemned what it called "
         "Ethiopian aggression against its neighbours.", "EGY", "ETH", "SDN"),
        ("Al-Shabaab fighters attacked a base in Gedo. Somalia's president denounced what he described as Kenya's "
         "incursion into Jubaland.", "SOM", "KEN", "AL_SHABAAB"),
    ],
)
def test_label_modifier_names_the_author(text, reactor, author, not_author):
    ev = rule_events(text)
    reacts = [e for e in ev if e.event == "ACCUSE" and any(k.split(".")[0] == reactor for k in e.actor_keys)]
    assert reacts, show_events(ev)
    assert any(author in _tops(_stated(e)) for e in reacts), show_events(ev)
    assert not any(not_author in _tops(r.key for r in e.recipient) for e in reacts), show_events(ev)


def test_label_without_party_modifier_keeps_the_told_act():
    # negative: "a cowardly attack" names no author; the act told before is the one condemned
    ev = rule_events("Gunmen from the ADF attacked a church in Beni on Sunday. Uganda condemned what it called a "
                     "cowardly attack.")
    reacts = [e for e in ev if e.event == "ACCUSE" and any(k.startswith("UGA") for k in e.actor_keys)]
    assert reacts, show_events(ev)
    assert any("ADF" in _tops(_stated(e)) for e in reacts), show_events(ev)


# -- "spoke with both sides and urged them ...": the sides, not the parties named before -----------------------------


def test_them_after_both_sides_stands_for_the_sides():
    ev = rule_events("Ethiopian and Eritrean troops clashed near Badme on Monday, and Addis Ababa accused Asmara of "
                     "starting the fighting. Kenya and Uganda called for restraint. Egypt's foreign minister said he had "
                     "spoken with both sides and urged them to resolve the dispute through dialogue.")
    mine = [e for e in ev if e.event == "REQUEST" and any(k.startswith("EGY") for k in e.actor_keys)]
    assert mine, show_events(ev)
    for e in mine:
        assert not _tops(r.key for r in e.recipient) & {"KEN", "UGA"}, show_events(ev)


def test_them_without_both_sides_keeps_its_antecedent():
    # negative: no sides phrase, "them" is the parties named before
    ev = rule_events("Kenya and Uganda closed their border crossings on Monday. Egypt's foreign minister phoned the two "
                     "governments and urged them to reopen the crossings.")
    mine = [e for e in ev if e.event == "REQUEST" and any(k.startswith("EGY") for k in e.actor_keys)]
    assert mine, show_events(ev)
    assert any(_tops(r.key for r in e.recipient) & {"KEN", "UGA"} for e in mine), show_events(ev)


# -- an attack whose doer a later pass names is still the one a condemnation answers ---------------------------------


@pytest.mark.parametrize(
    "text,reactor,author",
    [
        ("A bomb exploded at a market in the northern town of Gao on Sunday, killing six traders, officials said. "
         "The army blamed JNIM fighters for the blast. The Malian bishops' conference condemned the bombing.",
         "MLI", "JNIM"),
        ("A car bomb went off near a police station in Mogadishu on Friday, killing nine people. Security officials "
         "blamed al-Shabaab. Kenya condemned the attack in a statement.", "KEN", "AL_SHABAAB"),
    ],
)
def test_condemned_attack_named_after_its_doer_was_found(text, reactor, author):
    ev = rule_events(text)
    reacts = [e for e in ev if e.event == "ACCUSE" and any(k.startswith(reactor) for k in e.actor_keys)]
    assert reacts, show_events(ev)
    assert any(author in _tops(r.key for r in e.recipient) for e in reacts), show_events(ev)



def test_condemned_other_act_is_not_the_late_attack():
    # negative: the condemnation's object is no attack noun; the attack's doer is not its recipient
    ev = rule_events("Mali's government imposed a curfew in Gao on Sunday after a bomb exploded at a market, killing six "
                     "traders. Officials blamed JNIM. France condemned the curfew.")
    reacts = [e for e in ev if e.event == "ACCUSE" and any(k.startswith("FRA") for k in e.actor_keys)]
    assert reacts, show_events(ev)
    assert not any("JNIM" in _tops(r.key for r in e.recipient) for e in reacts), show_events(ev)
