"""Round 33 of actor resolution (invented sentences): a review of round 32 (a protest that a sentence denies makes
no protesting group) and new general rules."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("QUITO, May 2 (Reuters) - Bus drivers said they would not strike this week. "
         "Police detained dozens of protesters in Guayaquil.", "protesters"),
        ("HANOI, May 2 (Reuters) - Rice farmers did not march on Monday, their union said. "
         "Police dispersed the demonstrators outside the ministry.", "demonstrators"),
    ],
)
def test_denied_protest_makes_no_protesting_group(text: str, phrase: str) -> None:
    assert key_of(text, phrase).endswith(".CVL")


def test_affirmed_protest_still_names_the_crowd() -> None:
    text = ("QUITO, May 2 (Reuters) - Bus drivers blocked roads across Quito on Monday. "
            "Police detained dozens of protesters in Guayaquil.")
    assert key_of(text, "protesters") == "ECU.LAB"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("ASUNCION, May 2 (Reuters) - Prosecutors charged former President Ramon Dizon with graft on Monday, and his "
         "supporters burned tyres outside the prosecutor's office.", "supporters", "PRY.OPP"),
        ("QUITO, May 2 (Reuters) - A court jailed opposition leader Mateo Ruales on Monday. Hundreds of his "
         "followers marched to the court in protest.", "followers", "ECU.OPP"),
        ("LUSAKA, May 2 (Reuters) - Former President Kelvin Mumba was barred from leaving Zambia on Tuesday, and "
         "police dispersed his supporters with tear gas.", "supporters", "ZMB.OPP"),
    ],
)
def test_pronoun_owned_adherents_of_an_out_of_office_leader_are_the_opposition(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_pronoun_owned_adherents_of_a_sitting_leader_are_not_the_opposition() -> None:
    text = ("QUITO, May 2 (Reuters) - President Tomas Vela addressed the nation on Monday, and his supporters "
            "rallied in the capital.")
    assert key_of(text, "supporters") in (None, "ECU.CVL")


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("TEGUCIGALPA, May 2 (Reuters) - Prosecutors charged former Honduran President Ramon Dizon with bribery on Monday.",
         "Ramon Dizon", "HND.ELI"),
        ("LUSAKA, May 2 (Reuters) - A court summoned former Zambian President Kelvin Mumba on Tuesday.", "Kelvin Mumba", "ZMB.ELI"),
        ("TEGUCIGALPA, May 2 (Reuters) - Supporters of former Honduran President Ramon Dizon blocked roads on Monday.",
         "Supporters", "HND.OPP"),
    ],
)
def test_former_before_a_state_adjective_is_a_former_office(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_state_adjective_office_without_former_stays_in_office() -> None:
    text = "TEGUCIGALPA, May 2 (Reuters) - Police guarded Honduran President Ramon Dizon on Monday."
    assert key_of(text, "Ramon Dizon") == "HND.GOV"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("YEREVAN, May 2 (Reuters) - Archbishop Levon Sarkis blessed a new school in Gyumri on Monday.", "Levon Sarkis",
         "ARM.REL"),
        ("KANO, May 2 (Reuters) - Gunmen abducted Imam Sani Bello from a mosque in Kano on Friday.", "Sani Bello", "NGA.REL"),
    ],
)
def test_title_inside_a_person_name_is_the_title(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_unknown_name_without_a_title_stays_unknown() -> None:
    text = "YEREVAN, May 2 (Reuters) - Levon Sarkis blessed a new school in Gyumri on Monday."
    assert key_of(text, "Levon Sarkis") is None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("FREETOWN, May 2 (Reuters) - West Africa's regional bloc sent a mediation team to Freetown on Monday.",
         "West Africa's regional bloc", "ECOWAS"),
        ("BRUSSELS, May 2 (Reuters) - The 27-nation bloc agreed new rules on plastic packaging on Monday.", "27-nation bloc", "EU"),
        ("ALMATY, May 2 (Reuters) - Kyrgyzstan asked the Moscow-led military alliance for troops on Monday.",
         "Moscow-led military alliance", "CSTO"),
        ("MANILA, May 2 (Reuters) - The Southeast Asian bloc's foreign ministers discussed a fishing dispute on Monday.",
         "Southeast Asian bloc", "ASEAN"),
    ],
)
def test_blocs_named_by_description(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_an_unnamed_bloc_of_no_described_region_stays_unresolved() -> None:
    text = "LIMA, May 2 (Reuters) - A new trade bloc of Andean farmers met on Monday."
    assert key_of(text, "trade bloc") is None
