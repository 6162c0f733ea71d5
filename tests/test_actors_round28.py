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
    text = "KARBALA, Iraq, June 6 — Moqtada al-Sadr's followers blocked the road to the shrine on Thursday, police said."
    assert key_of(text, "followers") == "SADRIST_MOVEMENT"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # an owners' state is that state's business; a flag state the state itself
        ("MOGADISHU, Feb. 5 — Pirates boarded a Greek-owned tanker off the Puntland coast on Monday.", "tanker", "GRC.BUS"),
        ("ADEN, Jan. 8 — Houthi fighters fired a missile at a Marshall Islands-flagged tanker in the Gulf of Aden.", "tanker", "MHL"),
        ("MANILA, July 2 — Chinese coast guard ships fired water cannon at a Panama-flagged freighter near Palawan on Tuesday.",
         "freighter", "PAN"),
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
    text = "AMMAN, Feb. 2 — Arab foreign ministers agreed on Sunday to send a delegation to Khartoum."
    assert key_of(text, "Arab foreign ministers") == "ARAB_LEAGUE"
    # the Gulf's leaders are still the GCC (the longer name wins)
    assert key_of("ABU DHABI, Dec. 3 — Gulf Arab leaders pledged on Tuesday to build a joint rail network.", "leaders") == "GCC"


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
        ("PORT VILA, May 3 — Vanuatu declared an emergency after a cyclone on Friday. New Zealand flew 30 medics to the "
         "islands at the government's invitation.", "government", "VUT.GOV"),
        ("BUCHAREST, Feb. 2 — Romanian doctors demanded pay parity with colleagues in Hungary on Monday. The government "
         "said it had no money for a rise.", "government", "ROU.GOV"),
        # the subject of an earlier clause is what a later "the government" takes up
        ("ACCRA, May 3 — Ghana expelled two Chinese mining bosses on Friday. The government said they had mined "
         "without a licence.", "government", "GHA.GOV"),
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
    text = "LUANDA, Jan 8 — Angola's crude exports fell in December as Chevron shut two platforms for repairs, the oil ministry said."
    assert key_of(text, "ministry") == "AGO.GOV"
