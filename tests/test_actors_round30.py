"""Round 30 of actor resolution (invented sentences): a wire-style capitalised title written right before an
unknown person's name ("National Security Adviser X", "army spokesman Lt. X") is his title, as a lower-case one is."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a capitalised multiword title on the name: the article's state
        ("JAKARTA, May 4 — Indonesian fishermen were chased from the reef by a foreign patrol boat. "
         "\"We protest this firmly,\" Maritime Security Adviser Budi Santoso said.", "Budi Santoso", "IDN.GOV"),
        ("COLOMBO, Feb 2 — Sri Lankan police imposed a curfew in three towns after riots. "
         "\"Order will be restored,\" Public Security Adviser Nimal Perera told a briefing.", "Nimal Perera", "LKA.GOV"),
        # a rank abbreviation between the title and the name
        ("YAOUNDE, Aug. 8 — Cameroonian soldiers freed nine hostages held by separatists in the Northwest region, "
         "army spokesman Lt. Paul Ndongo said.", "Paul Ndongo", "CMR.MIL"),
        ("BAMAKO, June 9 — Malian soldiers repelled an attack on a base near Gao on Saturday, "
         "military spokesman Col. Amadou Traore said.", "Amadou Traore", "MLI.MIL"),
    ],
)
def test_capitalised_title_before_unknown_name(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase",
    [
        # a capitalised word before the name that is no title: no state's official
        ("LONDON, May 4 — Police arrested two men on Sunday. \"It was a shock,\" neighbour Harry Dalton said.", "Harry Dalton"),
        # a sports coach is nobody's official
        ("DOHA, Dec. 3 — Qatar beat Jordan 2-1 on Thursday. \"We fought to the end,\" coach Lucas Ferreira said.", "Lucas Ferreira"),
    ],
)
def test_no_title_no_state_official(text: str, phrase: str) -> None:
    got = key_of(text, phrase)
    assert got is None or not got.endswith((".GOV", ".MIL"))


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a state's advocacy body named by the people it speaks for: civil society, not those people
        ("OSLO, March 2 — Norway deported 30 Afghan men on Monday. The Finnish Refugee Council called the flight cruel.",
         "Finnish Refugee Council", "FIN.SOC"),
        ("TUNIS, Oct. 7 — Tunisian police detained nine men in a night raid, the Tunisian Prisoners' Association said on Monday.",
         "Tunisian Prisoners' Association", "TUN.SOC"),
        # the name written the other way: a body "for" a people or a cause, after a demonym
        ("ATHENS, Oct. 4 — Greek coast guards pushed a boat back to Turkish waters. The Greek Council for Asylum Seekers "
         "accused the coast guard of endangering lives.", "Greek Council for Asylum Seekers", "GRC.SOC"),
        ("RABAT, Feb. 9 — A court jailed 12 protesters on Tuesday. The Moroccan League for Human Rights called for their release.",
         "Moroccan League for Human Rights", "MAR.SOC"),
        ("ADDIS ABABA, Jan. 8 — Drones struck a market in Amhara. The Ethiopian Human Rights Council called for an inquiry.",
         "Ethiopian Human Rights Council", "ETH.SOC"),
    ],
)
def test_named_advocacy_bodies_are_civil_society(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a profession's body keeps its profession's sector
        ("NAIROBI, July 1 — Police arrested two lawyers. The Kenyan Journalists Association condemned the arrests.",
         "Kenyan Journalists Association", "KEN.JRN"),
        # the demonym of a plain group noun still names the people
        ("KABUL, July 1 — Iran deported 3,000 Afghan refugees on Monday.", "Afghan refugees", "AFG.REF"),
    ],
)
def test_other_bodies_and_groups_unchanged(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_state_agency_with_a_demonym_is_no_civil_society() -> None:
    got = key_of("ANKARA, July 1 — The Turkish Space Agency launched a satellite on Monday.", "Turkish Space Agency")
    assert got is not None and got.startswith("TUR") and not got.endswith(".SOC")


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # prisoners held for their politics are the state's opposition, not its civilians
        ("HAVANA, Sept. 3 — Cuba released 11 political prisoners on Thursday under a deal brokered by the Vatican.",
         "political prisoners", "CUB.OPP"),
        ("CARACAS, Jan. 9 — Venezuelan authorities released 20 political detainees on Friday, a rights group said.",
         "political detainees", "VEN.OPP"),
    ],
)
def test_political_prisoners_are_opposition(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_other_prisoners_stay_civilians() -> None:
    text = "KABUL, Sept. 3 — The Taliban freed 300 prisoners from Pul-e-Charkhi jail on Thursday."
    assert key_of(text, "prisoners") == "AFG.CVL"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # U.N. peacekeepers and the U.N. mission of a state with one U.N. mission are that mission
        ("GOMA, Congo, May 2 — Militiamen attacked a camp near Beni overnight and U.N. peacekeepers returned fire, "
         "the U.N. mission said.", "U.N. peacekeepers", "MONUSCO"),
        ("GOMA, Congo, May 2 — Militiamen attacked a camp near Beni overnight and U.N. peacekeepers returned fire, "
         "the U.N. mission said.", "U.N. mission", "MONUSCO"),
        # the state placed in the phrase decides, wherever the story is filed from
        ("NAIROBI, Kenya, June 3 — The UN mission in South Sudan urged both sides to stop fighting in Jonglei.",
         "UN mission", "UNMISS"),
    ],
)
def test_un_peacekeepers_are_the_mission_of_their_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase",
    [
        # the U.N. itself and its other bodies stay the U.N.
        ("GOMA, Congo, May 2 — The U.N. Security Council condemned the attack on Tuesday.", "U.N. Security Council"),
        ("GOMA, Congo, May 2 — The U.N. said on Tuesday that 20,000 people had fled.", "U.N."),
        # a state with no U.N. mission: the U.N.
        ("CARACAS, May 2 — The U.N. mission to Venezuela urged the release of detainees.", "U.N. mission"),
    ],
)
def test_other_un_mentions_stay_un(text: str, phrase: str) -> None:
    assert key_of(text, phrase) == "UN"


def test_un_aid_convoy_is_no_peacekeeping_mission() -> None:
    text = "PORT SUDAN, May 2 — Paramilitary fighters stopped a U.N. convoy carrying food from entering the city, the WFP said."
    assert key_of(text, "U.N. convoy") == "UN"


@pytest.mark.parametrize(
    "text,phrase",
    [
        # a territory named on a war, a truce or talks is where they happen, no party to them
        ("AMMAN, May 2 — Jordan said on Monday it would host the next round of the Gaza negotiations.", "Gaza"),
        ("ANKARA, May 2 — Turkey offered to guarantee the Gaza ceasefire if both sides asked it to.", "Gaza"),
        ("OSLO, May 2 — Norway said it would fund reconstruction once the Gaza war was over.", "Gaza"),
    ],
)
def test_territory_on_a_war_or_talks_is_no_actor(text: str, phrase: str) -> None:
    assert key_of(text, phrase) is None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the territory acting, or owning a body, is still the state
        ("GAZA, May 2 — Gaza's health ministry said 40 people were killed in strikes on Tuesday.", "Gaza's health ministry", "PSE.MED"),
        ("CAIRO, May 2 — Israel struck Gaza on Tuesday, killing 12 people.", "Gaza", "PSE"),
    ],
)
def test_territory_elsewhere_still_the_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the opposition's unnamed groups and movement are the opposition
        ("MINSK, Jan. 28 — Belarus held a presidential vote on Sunday. Exiled opposition groups said they would not "
         "recognise the result.", "opposition groups", "BLR.OPP"),
        ("TBILISI, Jan. 28 — The opposition movement called a rally outside parliament on Sunday.", "opposition movement", "GEO.OPP"),
    ],
)
def test_opposition_groups_are_the_opposition(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_mission_led_by_others_is_no_un_mission() -> None:
    text = ("PORT-AU-PRINCE, May 2 — Gangs attacked a police station on Tuesday, and the Kenyan-led security mission "
            "sent armoured cars.")
    assert key_of(text, "mission") != "BINUH"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a civil-society or party body acting as the agent of a passive acts as a subject does
        ("LUSAKA, Dec. 29 — Zambia's cabinet was criticised by opposition parties for postponing the local polls.",
         "opposition parties", "ZMB.OPP"),
        ("HARARE, Dec. 29 — The arrests were condemned by rights groups on Tuesday.", "rights groups", "ZWE.SOC"),
        # ... and so does one whose relative clause says what it did
        ("KAMPALA, Dec. 29 — Soldiers raided a campus overnight, according to a rights group, which accused the troops "
         "of looting.", "rights group", "UGA.SOC"),
    ],
)
def test_bodies_acting_as_passive_agents_or_in_their_clause(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_reporting_source_alone_is_no_actor() -> None:
    # a rights group only cited as the source of a figure is still left out
    text = "HARARE, Dec. 29 — At least 12 people were detained, according to a rights group."
    assert key_of(text, "rights group") is None


def test_the_un_mission_named_again_stays_the_mission() -> None:
    text = ("JUBA, South Sudan, May 2 — Fighting displaced 40,000 people in Jonglei, the United Nations said. "
            "The U.N. mission in South Sudan called on both sides to cease hostilities.")
    assert key_of(text, "mission") == "UNMISS"
