"""Round 29 of actor resolution: mends of round 28 (the bare "Arab leaders" bloc alias, peoples named away from
their homeland, followers of an international official) and new rules (invented sentences)."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase",
    [
        # a community's leaders inside one state are no bloc of Arab states
        ("KIRKUK, Iraq, Sept. 9 — Sunni Arab leaders walked out of the provincial council on Tuesday over the budget.", "Arab leaders"),
        ("NAZARETH, Israel, Jan. 12 — Arab leaders in Galilee called a one-day general strike on Thursday after two shootings.", "Arab leaders"),
    ],
)
def test_arab_leaders_of_one_state_are_not_the_arab_league(text: str, phrase: str) -> None:
    assert key_of(text, phrase) != "ARAB_LEAGUE"


def test_arab_league_councils_still_the_league() -> None:
    text = "RABAT, Nov. 4 — Arab heads of state condemned the shelling of the hospital at their summit on Saturday."
    assert key_of(text, "Arab heads of state") == "ARAB_LEAGUE"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a people of one homeland, in a sentence that places it nowhere, is that homeland's, not the dateline's
        ("BRUSSELS, June 2 — EU lawmakers voted on Wednesday to ban goods made with the forced labour of Uyghurs.", "Uyghurs", "CHN.CVL"),
        ("GENEVA, Oct. 8 — A UN panel urged Addis Ababa on Monday to let aid reach displaced Tigrayans.", "Tigrayans", "ETH.CVL"),
        # a place in the sentence still decides ("Uyghurs in Istanbul" are where they live)
        ("ISTANBUL, June 2 — Hundreds of Uyghurs marched in Istanbul on Sunday to demand news of relatives.", "Uyghurs", "TUR.CVL"),
    ],
)
def test_peoples_unplaced_take_their_homeland(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_peoples_of_several_states_keep_the_storys_state() -> None:
    text = "DIYARBAKIR, Turkey, March 21 — Tens of thousands of Kurds celebrated Nowruz on Friday under heavy police watch."
    assert key_of(text, "Kurds") == "TUR.CVL"


def test_supporters_of_an_international_official_are_not_the_organisation() -> None:
    text = "VIENNA, April 2 — Supporters of IAEA chief Rafael Grossi praised his report to the board on Tuesday."
    assert key_of(text, "Supporters") not in ("IAEA", "UN")


def test_ethnic_minorities_named_with_ethnic_are_a_group() -> None:
    # "Serbs" is tagged NORP: the "ethnic serbs" role was never reached before round 29
    text = "ZVECAN, Kosovo, Aug. 1 — Ethnic Serbs blocked the road to the town hall with lorries on Thursday."
    assert key_of(text, "Ethnic Serbs") == "XKX.CVL"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # Turkish city names with a dotless "ı" (kept by accent stripping) now give the dateline's state
        ("SANLIURFA, Turkey, Feb. 7 — Rescuers pulled two children from a collapsed building on Tuesday.", "Rescuers", "TUR"),
        ("DIYARBAKIR, April 4 — Police detained 40 students at a campus rally on Saturday.", "students", "TUR"),
    ],
)
def test_dateline_turkish_cities(text: str, phrase: str, key: str) -> None:
    found = key_of(text, phrase)
    assert found is not None and found.split(".")[0] == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the bloc's seat named as an actor is the bloc
        ("VALLETTA, May 3 — Malta's finance minister said on Tuesday that Brussels had approved the island's recovery plan.", "Brussels", "EU"),
        ("LISBON, Sept. 1 — Portugal will press Brussels for more money for its fishing fleet, the government said on Monday.", "Brussels", "EU"),
        ("ATHENS, June 5 — Brussels fined the Greek rail operator 30 million euros on Thursday.", "Brussels", "EU"),
        # unless the story names the host state: then the host's government
        ("LUBUMBASHI, May 3 — A Belgian mining executive was expelled on Friday, and Kinshasa said Brussels had ignored its warnings.", "Brussels", "BEL"),
    ],
)
def test_brussels_as_an_actor_is_the_eu(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_brussels_as_a_place_stays_a_place() -> None:
    text = "PARIS, May 3 — Thousands of farmers drove tractors into Brussels on Monday against the trade deal."
    assert key_of(text, "Brussels") is None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a place in the group's own clause places it, before a place named for another deed
        ("BANGUI, May 3 — Mediators met in Luanda on Friday, while the militia paraded 12 soldiers it had abducted in "
         "Bangui.", "soldiers", "CAF.MIL"),
        # the same with the other place first in the sentence ("a swap agreed in Doha")
        ("ABUJA, May 3 — Following talks held in Lome, kidnappers on Sunday let go 9 soldiers whom they had snatched "
         "in Zamfara.", "soldiers", "NGA.MIL"),
    ],
)
def test_a_group_is_placed_by_its_own_clause(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # people "in" a named organisation are its people
        ("PORT-AU-PRINCE, May 3 — Gunmen in Viv Ansanm torched a clinic and two schools near Kenscoff overnight.", "Gunmen", "VIV_ANSANM"),
        ("BAGHDAD, May 3 — Fighters in the Popular Mobilization Forces clashed with Kurdish police near Tuz Khurmatu.", "Fighters", "PMF"),
    ],
)
def test_people_in_a_named_organisation(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_people_in_a_place_an_organisation_names_are_not_its_people() -> None:
    text = "BEIRUT, May 3 — Residents in the Hezbollah stronghold of Dahiyeh fled on Monday after Israeli warnings."
    assert key_of(text, "Residents") == "LBN.CVL"


@pytest.mark.parametrize(
    "text,key",
    [
        # a government or body founded by a named organisation is that organisation's, not the state's
        ("GENEVA, July 30 — Diplomats said on Tuesday that no state would deal with the administration established by "
         "the Rapid Support Forces.", "RSF"),
        ("SANAA, Jan. 4 — The Houthis declared a new government in the north on Saturday, and Riyadh called it illegal.", "HOUTHIS"),
        ("NYALA, Sudan, Nov. 20 — The Rapid Support Forces proclaimed a civilian government for the areas they hold on Friday.", "RSF"),
    ],
)
def test_a_body_founded_by_an_organisation_is_its_own(text: str, key: str) -> None:
    word = "government" if "government" in text else "administration"
    assert key_of(text, word) == key


def test_a_cabinet_formed_by_a_state_body_stays_the_states() -> None:
    text = "TRIPOLI, May 3 — A cabinet formed by the eastern-based parliament took office in Benghazi on Monday."
    assert key_of(text, "cabinet") != "LBY.LEG"


@pytest.mark.parametrize(
    "text,key",
    [
        # a full noun phrase ("the country") never takes up the subject of its own clause: a pronoun would
        ("UNITED NATIONS, March 18 — The Security Council renewed its mission in South Sudan on Tuesday. China "
         "objected to a clause on the country's postponed vote.", "SSD"),
        ("HANOI, May 3 — Vietnam protested to Beijing on Monday. Its foreign ministry said China had violated the "
         "country's waters.", "VNM"),
    ],
)
def test_the_country_is_not_its_own_clauses_subject(text: str, key: str) -> None:
    assert key_of(text, "country") == key


def test_the_country_in_a_reported_clause_is_the_speaker() -> None:
    text = "ACCRA, May 3 — Ghana said on Monday the country would repay its bondholders by 2027."
    assert key_of(text, "country") == "GHA"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # forces led by a state are that state's, however the hyphenated name is cut into tokens
        ("SANAA, Jan. 6 — Saudi-led forces shelled Houthi positions near Marib on Monday.", "forces", "SAU.MIL"),
        ("MOSUL, Iraq, Aug. 15 — U.S.-led forces trained 400 Iraqi police recruits this year, officials said.", "forces", "USA.MIL"),
        ("ERBIL, Iraq, Sept. 16 — Drones struck a base that houses U.S.-led coalition troops on Tuesday.", "troops", "USA.MIL"),
        ("KISMAYO, Somalia, Jan. 6 — Kenyan-led troops retook the port on Monday.", "troops", "KEN.MIL"),
    ],
)
def test_forces_led_by_a_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a coalition named by the state that leads it is coded as that state
        ("MARIB, Yemen, Jan. 6 — The Saudi-led coalition said on Monday it had shot down two Houthi drones.", "coalition", "SAU"),
        ("ERBIL, Iraq, Jan. 6 — The U.S.-led coalition handed a base to Kurdish forces on Monday.", "coalition", "USA"),
        # one named otherwise keeps its own key
        ("BAGHDAD, Jan. 6 — The Global Coalition Against Daesh ended its mission on Monday.", "Coalition", "ALLIANCE:GLOBAL_COALITION_AGAINST_ISIS"),
    ],
)
def test_a_coalition_led_by_a_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,key",
    [
        # a state's organ as the subject leaves the state free for "the country"
        ("HARARE, May 3 — Zimbabwe's cabinet on Tuesday suspended the country's largest teachers' union.", "ZWE"),
        # a predicate noun is its subject
        ("MINSK, May 3 — Belarus on Monday became the first country to join the new grain pact.", "BLR"),
    ],
)
def test_the_country_after_an_organ_or_as_a_predicate(text: str, key: str) -> None:
    found = key_of(text, "country")
    assert found is not None and found.split(".")[0] == key
