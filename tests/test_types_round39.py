"""Round 39 of event types (invented sentences): reported claims.

A hostile act (an attack, a seizure, an arrest) that a speaker reports another party did is also the speaker's
charge against that party: "Moscow said Ukrainian drones had struck a fuel depot" is ACCUSE RUS -> UKR beside the
attack itself, whether the attribution leads the clause or trails it ("..., the Armenian defence ministry said").
The speaker must lead the clause ("X said Y had ...") or the act must be inside the speaker's direct quote: a
news lede's trailing attribution ("Russian drones struck Odesa, officials said") reports the act and the gold sets
code it alone far more often than as a charge. Not a speaker's own act (nor an attack it says it repelled), an act
with an unknown doer or a doer not named in the reported clause, a negated or conditional act, or an act that is
only the setting of the clause ("were killed when Pakistani shells hit homes")."""

from __future__ import annotations

import pytest
from helpers import find_event, require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,speaker,doer",
    [
        ("Moscow said Ukrainian drones had struck a fuel depot in the Bryansk region overnight.", "RUS", "UKR"),
        ('"Baku is shelling our villages while it talks about peace," Armenian Prime Minister Nikol Pashinyan said.', "ARM", "AZE"),
        ("Yerevan says Azerbaijani forces opened fire on an Armenian border post and wounded a conscript.", "ARM", "AZE"),
        ("Guyana's foreign minister said on Friday that Venezuelan soldiers had seized a Guyanese fishing boat.", "GUY", "VEN"),
        ('"The Serbian police keep arresting our people at the crossings," Kosovo Prime Minister Albin Kurti told reporters.', "XKX", "SRB"),
    ],
)
def test_reported_hostile_act_is_the_speakers_charge(text: str, speaker: str, doer: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ACCUSE", speaker, doer)


@pytest.mark.parametrize(
    "text",
    [
        "The Nepalese army said it had shelled rebel positions in the hills.",
        "Gunmen killed 12 villagers in the north of the country, police in Mali said.",
        "Moscow said Ukrainian drones had not struck any fuel depot.",
        "Moscow said Ukrainian drones would strike the depot if the talks failed.",
        "Police in Nepal said Maoist rebels had ambushed a patrol near Rolpa.",
        "Georgian troops shelled two villages near the border on Sunday, the Armenian defence ministry said.",
        "Chad's army said it had repelled an attack by Boko Haram fighters on a post near the lake.",
        "Kabul said nine civilians were killed when Pakistani shells hit homes in Kunar province.",
    ],
)
def test_no_charge_for_own_unknown_negated_or_conditional_acts(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    charges = [e for e in events if e.event == "ACCUSE"]
    assert not charges, show_events(events)


def test_charge_leaves_the_reported_act_to_its_doer() -> None:
    events = rule_events("Manila said Chinese coast guard ships had rammed a Philippine supply boat near the shoal.", published="2025-03-04")
    require_event(events, "ACCUSE", "PHL", "CHN")
    assert find_event(events, "ASSAULT", "PHL") is None, show_events(events)


@pytest.mark.parametrize(
    "text,speaker,doer",
    [
        ("Lithuanian prosecutors said Russian military intelligence had ordered an arson attack on a warehouse.", "LTU", "RUS"),
        ("Hanoi said Chinese coast guard crews had seized two Vietnamese fishing boats near the Paracel Islands.", "VNM", "CHN"),
    ],
)
def test_charge_on_an_act_noun_or_joined_act(text: str, speaker: str, doer: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ACCUSE", speaker, doer)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said Russian troops had captured two villages near Kupiansk.",
        "The interior ministry in Lima said protesters had injured six officers with stones.",
        "U.N. peacekeepers said they had fired on gunmen who attacked a camp near Bunia.",
        "Bogota said ELN commanders were behind the bombing of the oil pipeline.",
    ],
)
def test_no_charge_within_one_side(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert find_event(events, "ACCUSE", "RUS") is None and find_event(events, "ACCUSE", "PER") is None, show_events(events)
    assert find_event(events, "ACCUSE", "UN") is None and find_event(events, "ACCUSE", "COL") is None, show_events(events)


@pytest.mark.parametrize(
    "text,speaker,party",
    [
        ('Tehran said Washington bore "full responsibility" for the unrest in the region.', "IRN", "USA"),
        ('Ankara said the Greek government was "playing with fire" in the Aegean.', "TUR", "GRC"),
        ('The Venezuelan foreign minister said Guyana had become "a puppet of Exxon" in the border dispute.', "VEN", "GUY"),
    ],
)
def test_speakers_quoted_words_about_another_party_are_a_charge(text: str, speaker: str, party: str) -> None:
    events = rule_events(text, published="2025-03-04")
    require_event(events, "ACCUSE", speaker, party)


@pytest.mark.parametrize(
    "text",
    [
        'Beijing said Manila would "pay a price" for its provocations.',
        'Kyiv said the Hungarian government\'s proposal was "a step in the right direction".',
        'Seoul said Tokyo was not "a reliable partner".',
        '"Lithuania is a close partner of ours," Polish President Karol Nawrocki said.',
    ],
)
def test_no_quoted_charge_for_threats_approval_or_negation(text: str) -> None:
    events = rule_events(text, published="2025-03-04")
    assert not [e for e in events if e.event == "ACCUSE"], show_events(events)
