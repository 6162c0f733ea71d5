"""Round 28 of actor resolution: the actor key of a mention in dateline ledes — unnamed jihadists as unidentified
armed actors, followers of a movement's leader, ships named by their flag or owners' state, the region's leaders
as their bloc, ethnic peoples as the civilians of the state they live in, companies and agencies added to the
registry (invented sentences)."""

from __future__ import annotations

import pytest
from helpers import find_event, key_of, rule_events, show_events


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # unnamed "jihadists" are attackers whose group is not known: the state's unidentified armed actors
        ("NIAMEY, March 3 — Suspected jihadists ambushed an army patrol near Tillia on Sunday, the army said.", "jihadists", "NER.UAF"),
        ("OUAGADOUGOU — Gendarmes said jihadists had burned two schools in the east on Friday.", "jihadists", "BFA.UAF"),
    ],
)
def test_unnamed_jihadists_are_unidentified_armed_actors(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_jihadists_linked_to_a_group_keep_the_group() -> None:
    text = "BAMAKO, Aug. 2 — Jihadists linked to al Qaeda stormed a gendarmerie post in central Mali on Friday."
    assert key_of(text, "Jihadists") == "JNIM"


def test_followers_of_a_movement_leader_are_the_movement() -> None:
    # a person the registry keys to the movement he leads: his followers are the movement
    text = "BEIRUT, June 6 — Hundreds of followers of Naim Qassem marched through the southern suburbs on Thursday."
    assert key_of(text, "followers") == "HEZBOLLAH"
    text = ("NAJAF, Iraq, June 6 — Thousands of followers of Moqtada al-Sadr rallied outside the Swedish consulate on "
            "Thursday, and riot police pushed them back with batons.")
    assert key_of(text, "followers") == "SADRIST_MOVEMENT"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # an owners' state is that state's business; a flag state the state itself
        ("MOGADISHU, Feb. 5 — Pirates hijacked a Greek-owned bulk carrier off the Somali coast on Monday.", "bulk carrier", "GRC.BUS"),
        ("ADEN, Jan. 8 — Houthi fighters fired a missile at a Marshall Islands-flagged tanker in the Gulf of Aden.", "tanker", "MHL"),
        ("DUBAI, July 2 — Iran's navy seized a Panama-flagged vessel near the Strait of Hormuz on Tuesday.", "vessel", "PAN"),
    ],
)
def test_ships_named_by_their_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_owned_mine_is_no_ship() -> None:
    # only ships: "a Chinese-owned gold mine" is where an attack happened
    text = "BUNIA, Congo, May 3 — Militiamen attacked a Chinese-owned gold mine in Ituri province on Sunday."
    assert key_of(text, "gold mine") is None


def test_attack_on_an_owned_ship_targets_the_owners_state() -> None:
    text = "SANAA, Yemen, March 1 — The Houthis attacked a Norwegian-owned cargo ship in the Red Sea on Friday."
    events = rule_events(text)
    assert find_event(events, "ASSAULT", "HOUTHIS", "NOR"), show_events(events)


def test_arab_ministers_act_as_the_arab_league() -> None:
    text = "AMMAN, Feb. 2 — Arab foreign ministers rejected on Sunday any plan to move Palestinians out of Gaza."
    assert key_of(text, "Arab foreign ministers") == "ARAB_LEAGUE"
    # the Gulf's leaders are still the GCC (the longer name wins)
    assert key_of("DOHA, Dec. 3 — Gulf Arab leaders urged Iran on Tuesday to free the ship.", "leaders") == "GCC"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("KASHGAR, China, May 3 — Police detained dozens of Uyghurs after prayers on Friday, relatives said.", "Uyghurs", "CHN.CVL"),
        ("TRINCOMALEE, Sri Lanka — Hundreds of Tamils marched on Sunday to demand news of missing relatives.", "Tamils", "LKA.CVL"),
    ],
)
def test_ethnic_peoples_are_civilians_of_their_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("ROTTERDAM, Netherlands — Shell agreed on Monday to pay 30 million euros to settle the claims.", "Shell", "GBR.BUS"),
        ("HOUSTON, May 5 — ExxonMobil sued the state over the new climate law on Monday.", "ExxonMobil", "USA.BUS"),
        ("LAGOS, May 5 — NNPC halted crude exports from the terminal on Monday after an attack.", "NNPC", "NGA.BUS"),
        ("TOKYO, May 5 — JAXA postponed the launch of its lunar probe on Tuesday.", "JAXA", "JPN.GOV"),
        ("SEOUL, May 5 — Hyundai said on Tuesday it would build a plant in Georgia.", "Hyundai", "KOR.BUS"),
    ],
)
def test_companies_and_agencies(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_ambiguous_short_names_left_out() -> None:
    # "LG" is also a lieutenant governor, "EDF" also the Eritrean Defence Forces: no company there
    assert key_of("NEW DELHI, May 5 — The LG ordered an inquiry into the fire on Monday.", "LG") != "KOR.BUS"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a bare "the government" is the story's state's, not that of a foreign state named last as acting there
        ("DILI, May 3 — Timorese police detained 30 people after riots on Friday. Portugal sent 40 police instructors at "
         "the government's invitation.", "government", "TLS.GOV"),
        ("SOFIA, Feb. 2 — Bulgarian truckers blocked crossings with Romania and Turkey on Monday over fuel prices. The "
         "government said it would meet their leaders on Tuesday.", "government", "BGR.GOV"),
        # the subject of an earlier clause is what a later "the government" takes up
        ("ACCRA, May 3 — Ghana expelled two Chinese mining bosses on Friday. The government said they had mined "
         "without a licence.", "government", "GHA.GOV"),
        # a province's administration is no state's government
        ("MOGADISHU, March 3 — Somalia accused Nairobi on Monday of funding the regional administration in Gedo.",
         "administration", "SOM.GOV"),
    ],
)
def test_bare_government_is_the_storys_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the State of Palestine has no army: troops placed in Gaza or the West Bank are Israel's
        ("NABLUS, West Bank, May 3 — Soldiers raided a refugee camp on Sunday and arrested 14 men, residents said.", "Soldiers", "ISR.MIL"),
        ("GAZA, Jan. 4 — The army said on Sunday it had destroyed a tunnel under eastern Khan Younis.", "army", "ISR.MIL"),
        # a demonym still decides
        ("GAZA, Jan. 4 — Egyptian troops escorted aid lorries to the Rafah crossing on Sunday.", "Egyptian troops", "EGY.MIL"),
    ],
)
def test_troops_in_palestinian_territory_are_israels(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_ministry_never_takes_up_a_company() -> None:
    text = "BAKU, Jan 8 — Azerbaijan's gas output rose 5% last year at the BP-operated Shah Deniz field, the energy ministry said."
    assert key_of(text, "ministry") == "AZE.GOV"
