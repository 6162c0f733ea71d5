"""Round 41 of actor resolution (invented sentences): an unnamed body described by the people or field it serves
("a grassroots health network", "the country's biggest student movement", "a coalition of farmers' unions") is
that state's body of that sector, and "the network" / "the association" later in the article is that body again."""

from __future__ import annotations

import pytest
from helpers import key_of, require_event, rule_events


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # an adjective of the field ("health"), a place phrase after the noun, the subject of an accusing verb
        ("GOMA, June 9 — A grassroots health network in North Kivu blamed M23 rebels for the deaths of 12 patients "
         "at a clinic near Rutshuru.", "network", "COD.MED"),
        # a role noun as the modifier ("student"), a possessive state before it, as a subject of another verb
        ("DHAKA, June 9 — The country's biggest student movement denounced the interior ministry on Friday over the "
         "arrest of three of its organisers.", "movement", "BGD.EDU"),
        # the field in an "of" phrase after the noun ("of journalists"), the demonym before it
        ("MINSK, June 9 — The Belarusian Federation of Journalists said police had searched the homes of four "
         "reporters in Grodno.", "Federation", "BLR.JRN"),
        # a plural head, no determiner, coordinated with a role noun
        ("YAOUNDE, June 9 — Teachers' associations and parents blocked the road to the education ministry on "
         "Monday.", "associations", "CMR.EDU"),
    ],
)
def test_a_body_described_by_its_field_is_that_states_sector(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # named by its field and state first, taken back two sentences on, as a subject of an accusing verb
        ("ACCRA, June 9 — The Ghana Cocoa Farmers Association met the agriculture minister on Tuesday. Talks ended "
         "without a deal. On Wednesday the association accused the government of delaying fertiliser subsidies.",
         "association", "GHA.AGR"),
        # a coalition named by the people in its "of" phrase, taken back as the object of a verb
        ("LUSAKA, June 9 — A coalition of Zambian nurses' unions staged a walkout at three hospitals on Monday. Health "
         "Minister Elijah Muchima said he would meet the coalition on Thursday.", "coalition", "ZMB.LAB|ZMB.MED"),
    ],
)
def test_the_body_named_again_is_the_body_named_before(text: str, phrase: str, key: str) -> None:
    # (the nurses' unions: their trade's body or the union's labour side, either the nurses')
    assert key_of(text, phrase, occurrence=2 if text.count(phrase) > 1 else 1) in key.split("|")


def test_a_described_body_acts_in_its_own_clause() -> None:
    events = rule_events("GOMA, June 9 — A grassroots health network in North Kivu accused M23 rebels of looting a "
                         "clinic near Rutshuru.")
    require_event(events, "ACCUSE", "COD.MED", "M23")


@pytest.mark.parametrize(
    "text,phrase",
    [
        # no field named: "no group", "a criminal group" stay no one
        ("KANO, June 9 — Gunmen attacked a bus station on Monday. No group claimed responsibility for the attack.",
         "group"),
        ("QUITO, June 9 — Police said a criminal group had smuggled two tonnes of cocaine through the port.", "group"),
    ],
)
def test_a_body_without_a_field_is_not_a_sector(text: str, phrase: str) -> None:
    assert key_of(text, phrase) in (None, "ECU.CRM")


def test_the_group_after_a_named_organisation_stays_that_organisation() -> None:
    # a described body before, then a named armed group: "the group" is the named one, not the described body
    text = ("MOGADISHU, June 9 — A local medical group said nine patients died when a hospital was shelled. Al "
            "Shabaab fighters stormed a base in Lower Shabelle on Monday. The group said it had seized weapons.")
    assert key_of(text, "group", occurrence=2) == "AL_SHABAAB"


def test_bodies_of_a_kind_as_an_object_are_no_party() -> None:
    # a bare plural in a phrase: bodies of that kind in general, not one party of the story's state
    text = ("BAMAKO, June 9 — The junta said the Swiss foundation had passed data on troop movements to medical "
            "associations and foreign embassies.")
    assert key_of(text, "associations") is None


def test_a_group_of_people_acted_on_is_those_people() -> None:
    text = "LIMA, June 9 — Soldiers detained a group of coca farmers near the Bolivian border on Monday."
    assert key_of(text, "group") == "PER.AGR"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # an IGO's organ by its last word, as the object of a request, two sentences on
        ("BRUSSELS, June 9 — The European Commission proposed new tariffs on Chinese steel on Monday. Italy backed "
         "the plan. Spain's economy minister asked the Commission to delay the duties until July.", "Commission", "EU"),
        # a state's body by its last word, as a subject, a possessive between
        ("RAMALLAH, June 9 — The Palestinian Authority's security forces arrested 12 militants in Tubas. On Tuesday "
         "the Authority accused Hamas of plotting attacks in the northern West Bank.", "Authority", "PSE"),
    ],
)
def test_a_bodys_last_word_alone_is_the_body_named_before(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase, occurrence=2) or "").split(".")[0] == key


def test_a_capitalised_noun_with_no_body_named_before_stays_unknown() -> None:
    # no name ending in "Commission" before: the word names no one the article knows
    text = "NAIROBI, June 9 — Kenya's parliament passed the budget on Tuesday. The Commission said it would review it."
    assert key_of(text, "Commission") is None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a legislature's name the registry gives the United States, owned by another state's possessive
        ("MANILA, June 9 — The Philippines' House of Representatives voted on Wednesday to impeach the vice "
         "president.", "House of Representatives", "PHL.LEG"),
        ("TOBRUK, June 9 — Opposition deputies walked out after Libya's House of Representatives approved a new "
         "central bank governor.", "House of Representatives", "LBY.LEG"),
        # an office's name the registry does not know, owned by a state: that state's government
        ("CANBERRA, June 9 — Australia's Department of Industry cancelled a contract with a Chinese mining firm.",
         "Department of Industry", "AUS.GOV"),
    ],
)
def test_a_body_named_with_another_states_possessive_is_that_states(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_body_name_without_a_possessive_keeps_its_registry_state() -> None:
    text = "WASHINGTON, June 9 — The House of Representatives passed a bill to sanction Chinese drone makers."
    assert key_of(text, "House of Representatives") == "USA.LEG"
