"""Round 49 (r49c): agreements told in passing. A relative clause with no relative word whose object is the agreement
("the accord Ghana and Togo signed in May"), which the small parser reads as a noun in apposition with a participle on
it, is its subject's act; an agreement in force that an act is done under ("under a 2019 accord with Lome") is an
agreement between the doer and the party named with "with" (or the parties named with "between"). Invented
sentences."""

from __future__ import annotations

from helpers import find_event, require_event, rule_events, show_events


def test_object_gap_clause_is_its_subjects_act() -> None:
    events = rule_events("Clashes resumed near Aflao despite a peace accord Ghana and Togo signed in Lome in May.",
                         published="2025-06-01")
    e = require_event(events, "SUPPORT", "GHA")
    assert any(k.startswith("TGO") for k in e.actor_keys), show_events(events)


def test_object_gap_clause_with_a_described_pair() -> None:
    text = ("Ghanaian troops shelled Togolese positions on Monday, dealing a blow to the border accord the two "
            "countries signed in October.")
    events = rule_events(text, published="2025-11-01")
    e = require_event(events, "SUPPORT", "GHA")
    assert any(k.startswith("TGO") for k in e.actor_keys), show_events(events)


def test_a_true_apposition_keeps_its_passive() -> None:
    # set off by a comma: a real apposition, whose participle stays passive (the diplomat was expelled, expelled no one)
    events = rule_events("Kenya welcomed the envoy, a Ugandan diplomat expelled in May.", published="2025-06-01")
    assert find_event(events, "SANCTION", "UGA") is None, show_events(events)


def test_act_done_under_an_agreement_with_a_party() -> None:
    events = rule_events("Sweden deported 30 men to Kabul on Tuesday under a 2023 return agreement with Afghanistan.",
                         published="2025-06-01")
    require_event(events, "AGREE", "SWE", "AFG")


def test_body_governing_under_an_accord_with_a_state() -> None:
    text = "The Gagauz People's Front, which runs the region under a 2019 autonomy accord with Moldova, condemned the raid."
    events = rule_events(text, published="2025-06-01")
    assert find_event(events, "AGREE", "MDA") is None or find_event(events, "AGREE", "MDA", "MDA") is None, show_events(events)
    e = [e for e in events if e.event == "AGREE"]
    assert e and any(r.key.startswith("MDA") for x in e for r in x.recipient), show_events(events)


def test_agreement_between_two_parties_an_act_is_done_under() -> None:
    events = rule_events("The posts were set up last year under an agreement between Kenya and Somalia to close gaps on the border.",
                         published="2025-06-01")
    e = require_event(events, "AGREE", "KEN")
    assert any(k.startswith("SOM") for k in e.actor_keys) or any(r.key.startswith("SOM") for r in e.recipient), show_events(events)


def test_unnamed_agreement_is_not_an_act() -> None:
    # no party named on it: the agreement is told elsewhere, not here
    events = rule_events("Under the deal, Kenyan and Somali troops will hold joint patrols along the border.", published="2025-06-01")
    assert not [e for e in events if e.event == "AGREE" and e.event_text.lower().endswith("deal")], show_events(events)
    events = rule_events("Kenya will train 200 Somali police officers under a security agreement signed on Friday.", published="2025-06-01")
    assert not [e for e in events if e.event == "AGREE" and "agreement" in e.event_text], show_events(events)


def test_a_lone_partys_agreement_to_a_concession_is_the_concession() -> None:
    events = rule_events("Kenya agreed on Friday to lift its ban on Ugandan sugar imports.", published="2025-06-01")
    require_event(events, "CONCEDE", "KEN")
    assert find_event(events, "AGREE", "KEN") is None, show_events(events)
    events = rule_events("The rebels had agreed to stop attacking cargo ships in the gulf, Oman said.", published="2025-06-01")
    assert not [e for e in events if e.event == "AGREE"], show_events(events)


def test_parties_agreeing_together_keep_their_agreement() -> None:
    events = rule_events("Kenya and Uganda agreed on Friday to lift their bans on each other's sugar.", published="2025-06-01")
    e = require_event(events, "AGREE", "KEN")
    assert any(k.startswith("UGA") for k in e.actor_keys) or any(r.key.startswith("UGA") for r in e.recipient), show_events(events)


def test_agreement_to_an_act_of_another_type_stays_an_agreement() -> None:
    # what is agreed is no concession: the agreement stays
    events = rule_events("Kenya agreed on Friday to send 500 police officers to Haiti.", published="2025-06-01")
    assert find_event(events, "CONCEDE", "KEN") is None, show_events(events)


def test_a_source_asking_not_to_be_named_makes_no_request() -> None:
    for text in ("The talks have collapsed, a senior Kenyan official said, asking not to be named.",
                 "A Ghanaian commander, who asked not to be identified, said the border post had been abandoned."):
        events = rule_events(text, published="2025-06-01")
        assert not [e for e in events if e.event == "REQUEST"], show_events(events)


def test_asking_not_to_be_sent_back_is_still_a_request() -> None:
    events = rule_events("The Rohingya refugees asked Malaysia not to be deported to Myanmar.", published="2025-06-01")
    assert [e for e in events if e.event == "REQUEST"], show_events(events)
