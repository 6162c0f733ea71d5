"""Round 4 of actor resolution: regions of a state, settlers, kin named by a demonym, shared names of
courts and legislatures, and bare opposition titles (invented sentences)."""

from __future__ import annotations

import pytest

from eventcoder.models import Article
from eventcoder.nlp import get_nlp, make_doc


def mentions(text: str):
    nlp = get_nlp()
    return nlp(make_doc(nlp, Article(id="t", text=text, published="2024-05-01")))._.actor_mentions


def key_of(text: str, phrase: str) -> str | None:
    start = text.find(phrase)
    assert start >= 0
    end = start + len(phrase)
    hits = [m for m in mentions(text) if m.start < end and start < m.end]
    return hits[0].key if hits else None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a province or federal state acting, or holding an office, is its country's
        ("Quebec sued the federal government over the language law on Monday.", "Quebec", "CAN"),
        ("Alberta announced it would leave the national pension plan.", "Alberta", "CAN"),
        ("Arizona Governor Paula Keane signed the border bill on Friday.", "Arizona Governor", "USA.GOV"),
        ("Bavaria's premier criticised the coalition's migration plan.", "Bavaria's premier", "DEU.GOV"),
        # settlers placed in an occupied territory are the occupier's civilians; a demonym still decides
        ("Dozens of settlers attacked farmers near Hebron in the West Bank.", "settlers", "ISR.CVL"),
        ("Settlers in the West Bank blocked a road to a Palestinian town.", "Settlers", "ISR.CVL"),
        ("Moroccan settlers arrived in the disputed territory.", "Moroccan settlers", "MAR.CVL"),
        # kin and ordinary people named by a demonym are civilians
        ("Two Jordanian brothers were arrested at the airport.", "Jordanian brothers", "JOR.CVL"),
        ("A French couple was kidnapped while hiking near the border.", "French couple", "FRA.CVL"),
        ("An Afghan woman was shot dead outside her home.", "Afghan woman", "AFG.CVL"),
        # the highest court or the legislature named bare: the article's state's
        ("In Kenya, the Supreme Court annulled the election result.", "Supreme Court", "KEN.JUD"),
        ("Peru's president dissolved Congress, and troops surrounded the building in Lima.", "Congress", "PER.LEG"),
        ("Congress passed the defence bill, the White House said.", "Congress", "USA.LEG"),
        # a bare opposition title before an unknown name: the article's state's opposition
        ("Ghana's president met opposition leader Kofi Asante-Mensah in Accra on Monday.", "Kofi Asante-Mensah", "GHA.OPP"),
    ],
)
def test_round4_resolution(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase",
    [
        # a demonym inside a region's name is no actor
        ("Floods cut roads across British Columbia on Sunday.", "British"),
        ("Heavy rain fell in Western Australia overnight.", "Western"),
    ],
)
def test_demonym_inside_region_name_is_no_actor(text: str, phrase: str) -> None:
    assert key_of(text, phrase) is None


def test_state_possessive_body_is_one_mention() -> None:
    """"Brazil's Congress" is one mention of BRA.LEG, not also the bare "Congress" (USA.LEG)."""
    ms = mentions("Mexico's Congress approved the judicial reform on Wednesday.")
    assert [m.key for m in ms if "Congress" in m.entity_text] == ["MEX.LEG"]


def test_region_as_place_only_is_no_actor() -> None:
    """A region that is only where things happen stays a place: the group there is placed by it."""
    ms = mentions("Fires in Ontario forced thousands of residents to flee.")
    assert not any(m.entity_text == "Ontario" for m in ms)
    assert any(m.key == "CAN.CVL" for m in ms)
