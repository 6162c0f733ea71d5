"""Round 32 of actor resolution (invented sentences): a protest crowd named later by a bare crowd noun
("the demonstrators", "protesters") is the sector group that protested (students, workers, farmers, nurses),
and officers of riot units are police."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("LIMA, May 2 (Reuters) - Thousands of teachers marched through Lima on Friday to demand higher pay. "
         "Police fired tear gas and detained dozens of demonstrators.", "demonstrators", "PER.EDU"),
        ("SOFIA, May 2 (Reuters) - Hundreds of farmers marched on the agriculture ministry in Sofia on Tuesday. "
         "Police later removed the protesters from the ministry steps.", "protesters", "BGR.AGR"),
        ("NAIROBI, May 2 (Reuters) - Striking nurses rallied outside parliament in Nairobi on Monday. "
         "Riot police dispersed the protesters with water cannon.", "protesters", "KEN.MED"),
        ("ASUNCION, May 2 (Reuters) - University students blocked the main avenue near the rector's office on "
         "Tuesday. Police detained dozens of demonstrators.", "demonstrators", "PRY.EDU"),
        ("ACCRA, May 2 (Reuters) - Port workers went on strike in Tema on Monday. "
         "Soldiers later cleared the protesters from the main gate.", "protesters", "GHA.LAB"),
        ("MOMBASA, May 2 (Reuters) - Dock workers protested in Mombasa on Sunday over pension cuts, "
         "and police turned water cannon on the demonstrators.", "demonstrators", "KEN.LAB"),
    ],
)
def test_bare_crowd_noun_is_the_group_that_protested(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase",
    [
        # the sector group did not protest: the crowd stays civilians
        ("LIMA, May 2 (Reuters) - The teachers' union said on Friday it would meet the minister. "
         "Police detained dozens of demonstrators in the capital.", "demonstrators"),
        # workers and civilians protested together: a mixed crowd
        ("ABUJA, May 2 (Reuters) - Bus drivers and their passengers blocked roads in Abuja on Monday over fuel prices. "
         "Police said the protesters had burned two cars.", "protesters"),
        # students clashing with police are protesters too, but a second sector group protesting leaves the crowd open
        ("SANTIAGO, May 2 (Reuters) - Students marched in Santiago and dock workers went on strike in Valparaiso on Thursday. "
         "Police detained 40 demonstrators.", "demonstrators"),
        # a crowd of another state stays its own state's civilians
        ("ATHENS, May 2 (Reuters) - Greek farmers blocked border crossings on Monday. "
         "In Sofia, Bulgarian protesters marched against fuel prices.", "Bulgarian protesters"),
        # the crowd noun comes first: nothing before it to refer to
        ("QUITO, May 2 (Reuters) - Protesters clashed with police in Quito on Friday, "
         "a day after students marched on the education ministry.", "Protesters"),
    ],
)
def test_crowd_noun_stays_civilian(text: str, phrase: str) -> None:
    got = key_of(text, phrase)
    assert got is not None and got.endswith(".CVL"), got


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("CARACAS, May 2 (Reuters) - Riot officers fired rubber bullets at striking miners in the capital on Friday.", "Riot officers", "VEN.COP"),
        ("TBILISI, May 2 (Reuters) - Anti-riot officers pushed demonstrators back from parliament on Sunday.", "officers", "GEO.COP"),
        ("MINSK, May 2 (Reuters) - Riot squads beat protesters with batons on Saturday.", "Riot squads", "BLR.COP"),
    ],
)
def test_riot_officers_are_police(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_bare_officers_stay_military_without_police() -> None:
    text = "BAMAKO, May 2 (Reuters) - Army officers seized the state broadcaster on Wednesday."
    assert key_of(text, "Army officers") == "MLI.MIL"


@pytest.mark.parametrize(
    "text,phrase,group",
    [
        ("RABAT, March 9 (Reuters) - A Moroccan court jailed six people accused of having ties with Islamic State.", "six people", "Islamic State"),
        ("MOGADISHU, March 9 (Reuters) - Kenyan police detained four men suspected of ties to al Shabaab in Mandera.", "four men", "al Shabaab"),
        ("SANAA, March 9 (Reuters) - Yemeni forces detained 14 people suspected of belonging to al Qaeda.", "14 people", "al Qaeda"),
        ("PARIS, March 9 (Reuters) - French police arrested three men with links to Islamic State on Thursday.", "three men", "Islamic State"),
        ("KANO, March 9 (Reuters) - Soldiers arrested 20 people linked to Boko Haram in a raid on Thursday.", "20 people", "Boko Haram"),
    ],
)
def test_people_tied_to_a_group_are_the_group(text: str, phrase: str, group: str) -> None:
    want = key_of(text, group)
    assert want is not None and "." not in want
    assert key_of(text, phrase) == want


@pytest.mark.parametrize(
    "text,phrase",
    [
        # ties to a state, or no tie at all: the people stay civilians
        ("RABAT, March 9 (Reuters) - Moroccan police arrested six people suspected of links to Algeria on Monday.", "six people"),
        ("RABAT, March 9 (Reuters) - Moroccan police arrested six people on Monday after a clash with Islamic State fighters.", "six people"),
    ],
)
def test_people_without_a_group_tie_stay_civilians(text: str, phrase: str) -> None:
    got = key_of(text, phrase)
    assert got is None or "." in got, got


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a party the text calls the opposition is the opposition, whatever the registry's day-by-day PTY says
        ("KATHMANDU, May 2 (Reuters) - The opposition Nepali Congress accused the government of fraud on Friday.", "Nepali Congress", "NPL.OPP"),
        ("COLOMBO, May 2 (Reuters) - The main opposition Sri Lanka Podujana Peramuna called for protests on Friday.",
         "Sri Lanka Podujana Peramuna", "LKA.OPP"),
        # the leaders of an opposition party are the opposition, not the government that bare "leaders" default to
        ("DHAKA, May 2 (Reuters) - Police arrested leaders of the opposition People's Freedom Party on Friday.", "leaders", "BGD.OPP"),
    ],
)
def test_opposition_before_a_party(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # no "opposition" before it: the party keeps the registry's key
        ("KATHMANDU, May 2 (Reuters) - The Nepali Congress accused the government of fraud on Friday.", "Nepali Congress", "NPL.PTY"),
        # the government's party named after the opposition's: "opposition" is not its word
        ("KATHMANDU, May 2 (Reuters) - The opposition accused the Nepali Congress of fraud on Friday.", "Nepali Congress", "NPL.PTY"),
    ],
)
def test_party_without_opposition_keeps_its_key(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key
