"""Round 34 of actor resolution (invented sentences): a state's dotted abbreviation joined by a hyphen to the next
word ("U.S.-brokered", "U.N.-run", "U.K.-China") is read as the abbreviation, a hyphen and the word, as an
undotted name is ("Qatar-brokered"), so the abbreviation makes its mention."""

from __future__ import annotations

import pytest
from helpers import key_of, mentions

from eventcoder.nlp import get_nlp


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Lisbon, June 3 - Separatist leaders turned down a U.S.-drafted peace plan on Thursday.", "U.S.", "USA"),
        ("Dakar, June 3 - The U.K.-drafted resolution angered officials in Bamako.", "U.K.", "GBR"),
        ("Oslo, June 3 - Farmers in Norway praised the U.S.-Canada grain pact.", "U.S.", "USA"),
        ("Oslo, June 3 - Farmers in Norway praised the U.S.-Canada grain pact.", "Canada", "CAN"),
    ],
)
def test_dotted_state_before_a_hyphen_makes_a_mention(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_dotted_abbreviation_before_a_hyphen_is_split_off() -> None:
    doc = get_nlp().make_doc("a U.N.-run clinic and U.S.-led talks")
    assert [t.text for t in doc] == ["a", "U.N.", "-", "run", "clinic", "and", "U.S.", "-", "led", "talks"]


def test_plain_dotted_state_is_still_one_mention() -> None:
    text = "Lisbon, June 3 - The U.S. condemned the shelling of Kharkiv on Thursday."
    hits = [m for m in mentions(text) if m.key == "USA"]
    assert len(hits) == 1 and text[hits[0].start:hits[0].end].endswith("U.S.")


def test_unrelated_hyphenated_words_stay_whole_and_name_no_one() -> None:
    doc = get_nlp().make_doc("a well-known Jan.-March survey")
    assert [t.text for t in doc] == ["a", "well", "-", "known", "Jan.-March", "survey"]
    assert not mentions("A well-known Jan.-March survey was published on Thursday.")


def test_sponsor_abbreviation_is_not_the_groups_actor() -> None:
    # the patron of "U.S.-backed fighters" sponsors them: it must not become the fighters' actor
    text = "Lisbon, June 3 - U.S.-backed fighters shelled a village near Idlib on Thursday."
    assert key_of(text, "fighters") != "USA"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("Lisbon, June 3 - Separatist leaders turned down a Qatar-drafted peace plan on Thursday.", "Qatar", "QAT"),
        ("Lisbon, June 3 - Separatist leaders turned down a Qatar-drafted peace plan on Thursday.", "leaders", None),
        ("Dakar, June 3 - The France-drafted resolution angered officials in Bamako.", "France", "FRA"),
    ],
)
def test_state_name_hyphened_to_an_agent_participle_is_an_actor_not_a_place(text: str, phrase: str, key) -> None:
    # the parser hangs the state on the participle as an adverbial noun, which otherwise reads as a location
    got = key_of(text, phrase)
    assert got == key if key else (got is None or not got.startswith("QAT"))


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("Lisbon, June 3 - Separatist leaders turned down a U.S.-brokered ceasefire on Thursday.", "U.S."),
        ("Lisbon, June 3 - Separatist leaders turned down a Qatar-mediated ceasefire on Thursday.", "Qatar"),
        ("Lisbon, June 3 - Separatist leaders turned down a Qatar-mediated ceasefire on Thursday.", "leaders"),
    ],
)
def test_go_between_hyphened_to_a_deal_is_neither_side_nor_a_home(text: str, phrase: str) -> None:
    # the broker of a truce is a third party: no mention that could be taken for a side, no home for the leaders
    got = key_of(text, phrase)
    assert got is None or not got.startswith(("USA", "QAT"))


def test_international_body_backing_a_force_is_not_its_actor() -> None:
    text = "Lisbon, June 3 - The U.N.-backed stabilisation force deployed to Port Louis on Thursday."
    assert key_of(text, "U.N.") is None
