"""Argument phrases: the noun phrase that fills an actor or recipient role (events/phrases.py)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from eventcoder import code_texts
from eventcoder.events.phrases import argument_phrase
from eventcoder.nlp import get_nlp

SCHEMA = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "schema" / "event.schema.json"


def _phrase(text: str, mention: str, trigger: str) -> str | None:
    doc = get_nlp()(text)
    start = text.index(mention)
    trig = next(t for t in doc if t.text == trigger)
    span = argument_phrase(doc, start, start + len(mention), trig)
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    "text,mention,trigger,phrase",
    [
        # determiner, adjectives and the noun the demonym modifies; the time adverbial stays out
        ("The Egyptian foreign minister criticised the plan on Monday.", "Egyptian", "criticised",
         "The Egyptian foreign minister"),
        # number and compound in, the relative clause out
        ("Eight Nigerian Army soldiers who were on patrol were ambushed near the border.", "Nigerian Army",
         "ambushed", "Eight Nigerian Army soldiers"),
        # the of-phrase belongs to its head: the role is filled by the leaders
        ("Leaders of the Kurdish opposition met the French president in Paris.", "Kurdish", "met",
         "Leaders of the Kurdish opposition"),
        # a locative modifier of the noun in, the participial clause and the date out
        ("Russian warplanes struck rebel positions in Idlib province on Sunday, killing four people.", "rebel",
         "struck", "rebel positions in Idlib province"),
        # coordinated names are two parties, and "both" belongs to the coordination
        ("Brazil and Argentina signed a trade pact.", "Argentina", "signed", "Argentina"),
        ("Both Brazil and Argentina signed a trade pact.", "Brazil", "signed", "Brazil"),
        # a title with its to-phrase and the appositive name, without the trailing comma
        ("The Turkish ambassador to Greece, Mehmet Kaya, was summoned by Athens.", "Turkish", "summoned",
         "The Turkish ambassador to Greece, Mehmet Kaya"),
        # coordinated common nouns are one group; a quantity heads its of-phrase
        ("Hundreds of Chilean students and teachers protested against the reform.", "Chilean", "protested",
         "Hundreds of Chilean students and teachers"),
        ("Some of the Malian soldiers surrendered to the rebels.", "Malian", "surrendered", "Some of the Malian soldiers"),
        # inside a hyphenated modifier
        ("The Saudi-led coalition bombed the port.", "Saudi", "bombed", "The Saudi-led coalition"),
        # the possessed noun fills the object role; its infinitive clause does not belong to the phrase
        ("Kenya condemned Somalia's decision to expel its envoy.", "Somalia", "condemned", "Somalia's decision"),
        # a nominal event's own possessor and modifier: never the trigger, no possessive ending
        ("Kenya condemned Somalia's attack on the camp.", "Somalia", "attack", "Somalia"),
        ("Ukrainian strikes hit the depot.", "Ukrainian", "strikes", "Ukrainian"),
        # a bracketed acronym is kept with its pair of brackets
        ("A spokesman for the Taliban (TTP) denied the claim.", "Taliban", "denied", "A spokesman for the Taliban (TTP)"),
    ],
)
def test_argument_phrase(text: str, mention: str, trigger: str, phrase: str) -> None:
    assert _phrase(text, mention, trigger) == phrase


def test_argument_phrase_off_the_tokens_is_none() -> None:
    doc = get_nlp()("Chile protested.")
    assert argument_phrase(doc, 40, 45) is None


def test_events_carry_phrases_that_point_into_the_text() -> None:
    text = "The Egyptian foreign minister condemned the Ethiopian army's raid on the border post."
    (ev,) = [e for e in code_texts([text]) if e.event == "ACCUSE"]
    (actor,) = ev.actor
    assert actor.phrase == "The Egyptian foreign minister"
    assert actor.phrase_span is not None and text[actor.phrase_span[0] : actor.phrase_span[1]] == actor.phrase
    assert actor.entity_text in actor.phrase
    for a in ev.recipient:
        assert a.phrase and a.phrase_span and text[a.phrase_span[0] : a.phrase_span[1]] == a.phrase
    rec = ev.to_dict()
    jsonschema.validate(rec, json.loads(SCHEMA.read_text()))
    assert rec["actor"][0]["phrase_span"] == list(actor.phrase_span)
