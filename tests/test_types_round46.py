"""Round 46 of types (invented sentences).

An act named again by a definite noun in a later sentence ("... The group claimed the attack", "its jets carried out
the strikes") is the act told before: one event, with the more precise parties of the two tellings. A noun that is
told as another act ("a second attack", "the latest strikes"), a background act of a month or a year, or an act of
another doer stays.

A stance verb ("back", "stand by") in the plain or reported future of its own verb ("said NATO would stand by
Vilnius") is support taken in the saying (SUPPORT), not a promise (AGREE); a stance on a condition or promised by
another verb ("pledged to back") stays the promise.

A meeting of others told with its host as a participle ("talks hosted by Ethiopia", "a ceremony hosted by the EU") is
no meeting of those parties with the host."""

from __future__ import annotations

import pytest
from helpers import require_event, rule_events, show_events


def _count(events, etype, actor_root):
    return sum(e.event == etype and any(k.split(".")[0] == actor_root for k in e.actor_keys) for e in events)


@pytest.mark.parametrize(
    "text,actor",
    [
        ("Fighters stormed a police post near Menaka on Monday, killing six officers, local officials said. "
         "The Islamic State Sahel Province claimed the attack in a statement on Tuesday.", "IS_SAHEL"),
        ("Israeli jets bombed a weapons depot near Homs on Tuesday. Israel's military said its aircraft carried out "
         "the strikes to stop arms transfers.", "ISR"),
        ("Houthi forces fired two drones at a Saudi oil terminal in Jizan on Sunday. A Houthi spokesman defended "
         "the raid as a response to the blockade of Hodeidah.", "HOUTHIS"),
        # told again in a relative clause that describes the party
        ("Al Shabaab fighters attacked a Somali army base in Lower Shabelle on Friday, killing 12 soldiers. "
         "Al Shabaab, which attacked the base before dawn, said it had seized weapons.", "AL_SHABAAB"),
    ],
)
def test_definite_noun_retelling_an_earlier_act_is_one_event(text: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ASSAULT", actor)
    assert _count(events, "ASSAULT", actor) == 1, show_events(events)


def test_retelling_keeps_the_more_precise_recipient() -> None:
    text = ("Jihadist fighters attacked the Nigerien town of Tera on Friday. The Islamic State Sahel Province claimed "
            "the attack on civilians in Tera, saying it had killed dozens of villagers.")
    events = rule_events(text, published="2025-03-04")
    assert _count(events, "ASSAULT", "IS_SAHEL") <= 1, show_events(events)


@pytest.mark.parametrize(
    "text,actor",
    [
        # another act told as such ("a second attack"; numerals; no definite word)
        ("Rebels attacked an army base in North Kivu on Monday. On Friday the rebels launched a second attack on a "
         "village in Ituri, killing 12 civilians.", "COD"),
        ("Russian missiles struck Kharkiv on Monday. Russian troops later shelled Polish aid convoys near Lviv, "
         "Warsaw said.", "RUS"),
        # a background act of a month or a year is another act than the day's news
        ("Russian troops shelled Kharkiv on Monday, killing four people. Russia's full-scale invasion of Ukraine "
         "began in February 2022.", "RUS"),
    ],
)
def test_another_act_is_not_a_retelling(text: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert _count(events, "ASSAULT", actor) >= 2, show_events(events)


def test_relative_clause_of_another_doer_is_not_a_retelling() -> None:
    # "in which agents have detained ...": the operation's other acts, not the day's arrests told again
    text = ("Federal agents fired tear gas at protesters outside a detention centre in Chicago on Sunday, and 12 people "
            "were arrested, police said. The protesters opposed an operation in which agents have detained more than "
            "900 people across the city.")
    events = rule_events(text, published="2025-03-04")
    assert _count(events, "COERCE", "USA") >= 2, show_events(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("NATO's secretary general said the alliance would stand by Vilnius after the drone incursion.", "NATO", "LTU"),
        ("Spain's prime minister said on Monday that Spain would always stand by Rabat in the dispute.", "ESP", "MAR"),
        ("Chile announced on Tuesday that it would back Mexico's complaint at the World Trade Organization.", "CHL", "MEX"),
        ("Japan said it will support the Philippines' claim in the South China Sea.", "JPN", "PHL"),
    ],
)
def test_stance_in_the_future_of_its_own_verb_is_support_now(text: str, actor: str, recipient: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "SUPPORT", actor, recipient)
    assert not any(e.event == "AGREE" and actor in e.actor_keys for e in events), show_events(events)


@pytest.mark.parametrize(
    "text,actor",
    [
        # a stance on a condition, or promised by another verb, stays the promise (AGREE)
        ("Brazil said it would back the plan if Argentina agreed to cut tariffs.", "BRA"),
        ("Germany pledged to back Ukraine's bid to join the bloc.", "DEU"),
        # no stance verb: a future act stays future
        ("Kenya said it would send troops to Haiti next month.", "KEN"),
    ],
)
def test_promised_or_conditional_stance_is_not_support_now(text: str, actor: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert not any(e.event == "SUPPORT" and actor in e.actor_keys for e in events), show_events(events)


@pytest.mark.parametrize(
    "text,host",
    [
        ("Sudan and South Sudan agreed on Monday to reopen the oil pipeline after talks hosted by Ethiopia in Addis "
         "Ababa.", "ETH"),
        ("Serbia and Kosovo signed a trade accord at a ceremony hosted by the European Union in Brussels on Friday.", "EU"),
    ],
)
def test_host_of_others_meeting_is_not_their_counterpart(text: str, host: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert not any(e.event == "CONSULT" and host in e.recipient_keys for e in events), show_events(events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        # a host's own meeting with a guest stays a meeting
        ("The Kenyan president hosted his Ugandan counterpart in Nairobi on Monday.", "UGA", "KEN"),
        ("Qatar hosted talks between Rwanda and Congo in Doha on Tuesday.", "RWA", "COD"),
    ],
)
def test_hosted_meeting_stays(text: str, actor: str, recipient: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "CONSULT", actor, recipient)
