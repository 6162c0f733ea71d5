"""Round 47 of actor resolution: a force or its followers named by a noun with no state of its own, read from what
the phrase is tied to: the relative possessor "whose" stands for the noun its clause hangs on ("Hezbollah, whose
fighters ...", "Ethiopia, whose troops ..."), and "party supporters" are the supporters of the one party the story
names (invented sentences)."""

from __future__ import annotations

import pytest
from helpers import key_of, require_event, rule_events


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Israel struck targets near Tyre after Hezbollah, whose fighters fired rockets at Metula on Monday, refused to pull back.",
         "fighters", "HEZBOLLAH"),
        ("The talks in Nairobi stalled because Ethiopia, whose troops crossed into Somalia last year, would not attend.",
         "troops", "ETH.MIL"),
        ("Officials in Ankara said the Kurdistan Democratic Party, whose supporters blocked the road to Erbil, had no say.",
         "supporters", "KDP"),
    ],
)
def test_whose_stands_for_the_noun_its_clause_hangs_on(text: str, phrase: str, key: str) -> None:
    got = key_of(text, phrase)
    assert got is not None and (got == key or got.startswith(key + ".")), got


def test_whose_of_an_unnamed_noun_sets_no_party() -> None:
    # "the village, whose residents ...": no named owner, so no organisation is taken for the residents
    text = "The village, whose residents fled the shelling on Sunday, lies near the Syrian border."
    got = key_of(text, "residents")
    assert got is None or "." in got, got  # a state's people (SYR.CVL) at most, never an organisation


def test_whose_fighters_act_for_the_group_named_before_the_noun() -> None:
    # the clause hangs on "insurgency", whose name word (al-Shabaab) is the group: no unnamed rebels of the place
    ev = rule_events("Somalia accused Eritrea of arming the al-Shabaab insurgency, whose fighters stormed a police "
                     "station near Baidoa on Friday.")
    require_event(ev, "ASSAULT", "AL_SHABAAB")


def test_whose_supporters_protest_for_the_party() -> None:
    ev = rule_events("Voters in Ankara backed the Republican People's Party campaign, whose supporters blocked the main "
                     "road on Friday.")
    require_event(ev, "PROTEST", "CHP")


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("The Republican People's Party lost its appeal in Ankara on Tuesday. Hundreds of party supporters marched "
         "to the court after the ruling.", "supporters", "CHP"),
        ("The Islamic Action Front said the vote had been rigged. On Sunday several thousand party loyalists gathered "
         "outside the election office in Amman.", "loyalists", "ISLAMIC_ACTION_FRONT"),
    ],
)
def test_party_supporters_are_the_one_party_named(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_party_supporters_with_two_parties_named_stay_unresolved() -> None:
    text = ("Likud and Yesh Atid traded charges over the budget in Jerusalem. Party supporters scuffled outside the "
            "Knesset on Tuesday.")
    assert key_of(text, "supporters") is None

