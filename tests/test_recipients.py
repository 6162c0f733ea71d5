"""Recipient fallbacks (``RecipientReader``): targets deeper in the object phrase, earlier acts named again,
and answers to an act of the other side; on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventcoder import code_texts
from eventcoder.models import key_matches


def _show(events):
    return [(e.event, e.actor_keys, e.stated_recipient_keys) for e in events]


def _has(events, etype, actor, recipient):
    return any(
        e.event == etype
        and any(key_matches(actor, k) for k in e.actor_keys)
        and any(key_matches(recipient, k) for k in e.stated_recipient_keys)
        for e in events
    )


@pytest.mark.parametrize(
    "text,etype,actor,recipients",
    [
        # a demonym inside the object of a nominal act names the target, each coordinated one too
        ("Lithuania's government decided to extend a ban on imports of Russian and Belarusian fertiliser.",
         "SANCTION", "LTU", ("RUS", "BLR")),
        # a place name deep in the object phrase of a verb
        ("Turkey has massed thousands of soldiers near its frontier with Syria, officials said.", "MOBILIZE", "TUR", ("SYR",)),
        ("Finland closed all crossings on its border with Russia on Friday.", "SANCTION", "FIN", ("RUS",)),
        # what a sanction stops goes to its target
        ("The Netherlands said it would freeze development aid to Mali over the junta's crackdown.", "SANCTION", "NLD", ("MLI",)),
        # a free relative that names the target's place
        ("Pakistan carried out air strikes on what it called militant hideouts in Afghanistan on Monday.",
         "ASSAULT", "PAK", ("AFG",)),
    ],
)
def test_target_deeper_in_the_phrase(text, etype, actor, recipients):
    events = code_texts([text])
    for r in recipients:
        assert _has(events, etype, actor, r), (r, _show(events))


def test_own_side_in_the_phrase_is_no_target():
    events = code_texts(["Egypt closed the crossings on its border with Libya."])
    assert not any(key_matches("EGY", k) for e in events for k in e.stated_recipient_keys), _show(events)


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        # a claim rejected in a relative clause: the claimant
        ("Serbia accused Kosovo of arming militias in the north, a claim that Pristina rejected.", "REJECT", "XKX", "SRB"),
        # a free relative naming the act: its author
        ("Russia fired missiles at Odesa overnight, prompting Moldova to condemn what it called a reckless attack.",
         "ACCUSE", "MDA", "RUS"),
        # "it" for the object of the parallel clause: that object's party
        ("Kenya welcomed the African Union resolution on the crisis, while Ethiopia rejected it.", "REJECT", "ETH", "AU"),
        # an anaphoric noun for an earlier proposal
        ("Japan made an offer to host talks on the islands, and South Korea dismissed the idea.", "REJECT", "KOR", "JPN"),
    ],
)
def test_earlier_act_named_again(text, etype, actor, recipient):
    events = code_texts([text])
    assert _has(events, etype, actor, recipient), _show(events)


def test_circumstance_named_as_an_act_targets_its_author():
    events = code_texts(["Peruvian soldiers surrounded the congress building in Lima in what Peru's president denounced as a coup."])
    hit = [e for e in events if e.event == "ACCUSE" and "PER.MIL" in e.stated_recipient_keys]
    assert hit, _show(events)


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("Washington imposed new tariffs on Indian steel on Monday, and New Delhi vowed to take countermeasures.",
         "THREATEN", "IND", "USA"),
        ("Russia deployed warships off the coast of Norway, and Oslo responded by announcing the mobilisation of reservists.",
         "MOBILIZE", "NOR", "RUS"),
    ],
)
def test_answer_targets_the_author_of_the_answered_act(text, etype, actor, recipient):
    events = code_texts([text])
    assert _has(events, etype, actor, recipient), _show(events)


def test_answer_is_not_aimed_at_its_own_side():
    events = code_texts(["Iranian forces shelled Kurdish camps in Iraq, and Iran vowed to take countermeasures against any attack."])
    assert not [e for e in events if e.event == "THREATEN" and any(key_matches("IRN", k) for k in e.stated_recipient_keys)], _show(events)


def test_warrant_for_names_its_target():
    events = code_texts(["A court in The Hague issued an arrest warrant on Friday for Sudan's former president Omar al-Bashir."])
    assert any(any(key_matches("SDN", k) for k in e.stated_recipient_keys) for e in events), _show(events)


def test_force_sent_against_someone_targets_them():
    events = code_texts(["Japan's navy dispatched two destroyers to shadow Russian warships in the Sea of Japan."])
    assert _has(events, "MOBILIZE", "JPN", "RUS"), _show(events)
    events = code_texts(["Kenya deployed police officers to protect Somali refugees in Dadaab."])
    assert not _has(events, "MOBILIZE", "KEN", "SOM"), _show(events)


def test_subjectless_conjunct_shares_the_party_of_its_verb():
    events = code_texts(["Belgium apologised to Congo for colonial abuses and agreed to fund reconciliation projects."])
    assert _has(events, "AGREE", "BEL", "COD"), _show(events)


def test_state_measure_on_an_unnamed_body_falls_on_its_own_sector():
    events = code_texts(["Egypt's government shut down an independent newspaper after it criticised the president."])
    assert any("EGY.JRN" in e.stated_recipient_keys for e in events if e.event in ("COERCE", "SANCTION")), _show(events)


@pytest.mark.parametrize(
    "text,actor,victim,place",
    [
        # whom the attack killed is its target, not the country it happened in
        ("Turkish forces carried out a drone strike in Iraq on Monday that killed a PKK commander.", "TUR", "PKK", "IRQ"),
        ("A senior Hamas official who was killed in an Israeli air strike in Lebanon was buried on Friday.",
         "ISR", "HAMAS", "LBN"),
    ],
)
def test_victims_are_the_target_before_the_place(text, actor, victim, place):
    events = [e for e in code_texts([text]) if e.event == "ASSAULT"]
    assert _has(events, "ASSAULT", actor, victim), _show(events)
    assert not _has(events, "ASSAULT", actor, place), _show(events)


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        # the owner of a passive subject's possessive: "one of its boats was struck" -> the owner of "its"
        ("Ukraine's navy said one of its patrol boats was struck by a Russian warship near the strait.",
         "ASSAULT", "RUS", "UKR"),
        # what is taken "from" a party, before the place taken
        ("Iraqi forces recaptured the town of Tal Afar from Islamic State militants on Sunday.", "ASSAULT", "IRQ", "ISIS"),
        # a force sent to repel an attack: the attackers
        ("Armenian forces shelled Azerbaijani positions overnight, and Baku sent fresh troops to the border to repel the attack.",
         "MOBILIZE", "AZE", "ARM"),
        # the party let act
        ("Kosovo's government allowed Serbian monitors to enter the northern municipalities.", "RETREAT", "XKX", "SRB"),
        # what a halt stops goes to its target
        ("Georgia's president ordered a pause in military aid to Armenia on Monday.", "SANCTION", "GEO", "ARM"),
        # "a step X called ...": the author of the clause the step sums up
        ("Canada imposed tariffs on Chinese steel, a step Beijing called an unacceptable interference in its affairs.",
         "ACCUSE", "CHN", "CAN"),
        # a named place left, as the object of the verb
        ("Russian troops began leaving Armenia on Monday.", "RETREAT", "RUS", "ARM"),
        # a concession with nothing named gives in to the other side's pressure
        ("China imposed sanctions on Lithuania in August. In November, Vilnius backed down.", "CONCEDE", "LTU", "CHN"),
        # allies shooting down an attacker's weapons: the attacker, not the attack's own target
        ("British and French jets shot down drones launched during an Iranian attack on Jordan.", "ASSAULT", "GBR", "IRN"),
    ],
)
def test_implied_target(text, etype, actor, recipient):
    events = code_texts([text])
    assert _has(events, etype, actor, recipient), _show(events)


def test_taken_from_and_purpose_rules_keep_their_limits():
    # a named party taken from is the target, even with a place named
    events = code_texts(["Ukrainian troops recaptured the village from the Russian army near Bakhmut."])
    assert _has(events, "ASSAULT", "UKR", "RUS"), _show(events)
    events = code_texts(["Kenya deployed police officers to protect Somali refugees in Dadaab."])
    assert not _has(events, "MOBILIZE", "KEN", "SOM"), _show(events)
