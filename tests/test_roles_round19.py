"""Round 19 role rules on whole articles (events/discourse.py): outside parties acting together on a story's two
main parties are aimed at both; in a story about one state's own affairs, an act with no recipient is aimed at the
most salient party of that state across the line between its organs and its society."""

from __future__ import annotations

import pytest
from helpers import rule_events, show_events

from eventcoder.events.discourse import infer_recipients
from eventcoder.models import Actor, Event, Mention
from eventcoder.pipeline import code_texts


def _m(start: int, key: str, kind: str = "state") -> Mention:
    code = key.split(".")[0]
    sector = key.split(".")[1] if "." in key else None
    return Mention(start, start + 5, key, key, code, sector, None, "registry", kind)


def _e(actor: tuple[str, ...], event: str = "REQUEST", start: int = 0, recipient: tuple[str, ...] = ()) -> Event:
    return Event(
        id=f"e{start}", article_id="a", date=None, event=event, mode=None, context=(),
        actor=tuple(Actor(k, k.split(".")[0], k.split(".")[1] if "." in k else None, k) for k in actor),
        recipient=tuple(Actor(k, k.split(".")[0], None, k) for k in recipient), negated=False, modality="asserted", condition=None, event_text="x", text="x",
        span=(start, start + 10),
    )


# a story about Armenia and Azerbaijan, named twice each and fighting, with two outside states named once
_PAIR = [_m(0, "ARM"), _m(10, "AZE"), _m(20, "ARM.GOV"), _m(30, "AZE.MIL"), _m(40, "FRA"), _m(50, "IRN")]
_CLASH = _e(("AZE.MIL",), "ASSAULT", 30, ("ARM",))


def test_outside_parties_acting_together_are_aimed_at_the_main_pair():
    _, out = infer_recipients([_CLASH, _e(("FRA", "IRN"), start=40)], _PAIR)
    assert {r.key.split(".")[0] for r in out.recipient} == {"ARM", "AZE"}
    assert all(r.inferred for r in out.recipient)


@pytest.mark.parametrize(
    ("actor", "event"),
    [
        (("ARM", "AZE"), "REQUEST"),  # the main pair itself: a mutual act
        (("ARM", "FRA"), "REQUEST"),  # one of the pair among the actors
        (("FRA", "IRN"), "AGREE"),  # an agreement of several actors is between them
    ],
)
def test_compound_actors_left_alone(actor, event):
    _, out = infer_recipients([_CLASH, _e(actor, event, 40)], _PAIR)
    assert out.recipient == ()


def test_pair_named_once_each_is_not_the_story():
    (out,) = infer_recipients([_e(("FRA", "IRN"))], [_m(0, "ARM"), _m(10, "AZE"), _m(40, "FRA"), _m(50, "IRN")])
    assert out.recipient == ()


# a story about one state: its police and its protesters, a foreign embassy named once
_HOME = [_m(0, "PER.COP"), _m(10, "PER.CVL"), _m(20, "PER.CVL"), _m(30, "PER.GOV"), _m(40, "PER.COP"), _m(50, "ESP")]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("PER.GOV", "PER.CVL"),  # the government's act at home is aimed at the protesters
        ("PER", "PER.CVL"),
        ("PER.CVL", "PER.COP"),  # the protesters' act is aimed at the state's most salient organ
    ],
)
def test_home_story_act_goes_across_organs_and_society(actor, expected):
    (out,) = infer_recipients([_e((actor,))], _HOME)
    assert out.recipient_keys == (expected,) and out.recipient[0].inferred


def test_foreign_party_named_more_than_the_home_side_wins():
    mentions = [_m(0, "PER.GOV"), _m(10, "ESP"), _m(20, "ESP.GOV"), _m(30, "ESP"), _m(40, "PER.CVL")]
    (out,) = infer_recipients([_e(("PER.GOV",))], mentions)
    assert out.recipient_keys[0].split(".")[0] == "ESP"


def test_foreign_states_home_side_is_not_its_counterpart():
    # a story about Peru: Spain's government is given Peru, not Spain's own people
    mentions = [*_HOME, _m(60, "ESP.CVL"), _m(70, "ESP.CVL"), _m(80, "ESP.CVL")]
    (out,) = infer_recipients([_e(("ESP.GOV",))], mentions)
    assert out.recipient_keys[0].split(".")[0] != "ESP"


def test_armed_gangs_act_on_no_state_organ_by_default():
    (out,) = infer_recipients([_e(("PER.CRM",), "ASSAULT")], _HOME)
    assert out.recipient_keys != ("PER.COP",) or not out.recipient[0].inferred


def test_article_outside_states_urging_restraint_target_the_warring_pair():
    text = (
        "Ethiopian and Eritrean troops clashed along their disputed border on Tuesday, officials in Ethiopia said. "
        "Eritrea accused Ethiopia of shelling a border town, and Ethiopia said Eritrea had fired first. "
        "Kenya and Uganda urged restraint."
    )
    ev = code_texts([text])
    req = [e for e in ev if e.event == "REQUEST" and {"KEN", "UGA"} & {k.split(".")[0] for k in e.actor_keys}]
    assert req, show_events(ev)
    assert {"ETH", "ERI"} & {k.split(".")[0] for e in req for k in e.recipient_keys}, show_events(ev)


def test_article_government_concession_at_home_aimed_at_protesters():
    text = (
        "Thousands of protesters marched through Lima on Friday against a new pension law. "
        "Police fired tear gas at the protesters near Congress. "
        "The protesters demanded that the law be scrapped. "
        "On Saturday the government apologised."
    )
    ev = rule_events(text)  # the rule's reading; the confidence layer may score a lone apology low
    con = [e for e in ev if e.event == "CONCEDE" and any(k.startswith("PER") for k in e.actor_keys)]
    assert con, show_events(ev)
    assert any(k == "PER.CVL" or k.startswith("PER.CVL") for e in con for k in e.recipient_keys), show_events(ev)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Somali pirates attacked a Maltese-flagged tanker in the Gulf of Aden on Friday.", "MLT"),
        ("Militants fired two drones at a Panama-flagged cargo ship off the coast of Yemen on Tuesday.", "PAN"),
    ],
)
def test_ship_attacked_is_the_flag_states(text, flag):
    ev = code_texts([text])
    assert any(e.event == "ASSAULT" and flag in e.stated_recipient_keys for e in ev), show_events(ev)


def test_flag_word_on_a_place_noun_is_no_flag_state():
    # "a Norwegian-owned firm": not a ship, and not flagged
    ev = code_texts(["Gunmen attacked the offices of a Norwegian-owned mining firm in Mali on Friday."])
    assert not any("NOR" in e.stated_recipient_keys for e in ev), show_events(ev)


_PRISONS = [_m(0, "ECU.MIL"), _m(10, "ECU.COP"), _m(20, "ECU.CRM"), _m(30, "ECU.CRM"), _m(40, "ECU.CVL")]


def test_one_states_bodies_acting_together_are_one_party():
    # "Ecuadorian soldiers and police stormed the prisons" in a story about gangs
    (out,) = infer_recipients([_e(("ECU.MIL", "ECU.COP"), "COERCE")], _PRISONS)
    assert out.recipient_keys == ("ECU.CRM",) and out.recipient[0].inferred


@pytest.mark.parametrize(
    ("actor", "event"),
    [
        (("ECU.COP", "ECU.CVL"), "ASSAULT"),  # police and protesters clashed: two sides, a mutual act
        (("ECU.MIL", "ECU.COP"), "AGREE"),  # an agreement between them
    ],
)
def test_one_states_two_sides_or_mutual_acts_left_alone(actor, event):
    (out,) = infer_recipients([_e(actor, event)], _PRISONS)
    assert out.recipient == ()
