"""Round 26 of actor resolution: a bare-titled official in a dateline story acting on another state, state
services named by their task (in lower case or with a long capitalised name), titles the role table lacked
(chief minister, chief cabinet secretary, cabinet secretary), national churches and registry additions
(invented sentences)."""

from __future__ import annotations

import pytest
from helpers import find_event, key_of, rule_events, show_events


@pytest.mark.parametrize(
    "text,name,key",
    [
        ("VILNIUS, Jan 5 — Foreign Minister Tomas Rutkus accused Belarus on Monday of sending balloons.", "Tomas Rutkus", "LTU.GOV"),
        ("HANOI, Feb 2 — Defence Minister Tran Van Long warned China on Tuesday against new patrols.", "Tran Van Long", "VNM.GOV"),
        ("KINSHASA, March 9 — Interior Minister Pierre Mbala accused Rwanda on Friday of arming rebels.", "Pierre Mbala", "COD.GOV"),
    ],
)
def test_bare_title_acting_on_another_state_is_the_datelines(text: str, name: str, key: str) -> None:
    assert key_of(text, name) == key


def test_bare_title_acting_on_another_state_event() -> None:
    text = "ATHENS, May 4 — Prime Minister Nikos Varvaris accused Turkey on Thursday of violating Greek airspace."
    events = rule_events(text)
    assert find_event(events, "ACCUSE", "GRC", "TUR"), show_events(events)


@pytest.mark.parametrize(
    "text,name,key",
    [
        # the official's own state in the phrase of his name still decides
        ("BRUSSELS, May 4 — Foreign Minister Peter Kollar of Slovakia said on Monday his country would veto the plan.", "Peter Kollar", "SVK.GOV"),
    ],
)
def test_bare_title_keeps_own_state(text: str, name: str, key: str) -> None:
    assert key_of(text, name) == key


def test_bare_title_after_a_named_state_is_not_the_datelines() -> None:
    # a state named before the name in the sentence: the dateline does not decide
    text = "PARIS, May 4 — Spain said on Monday that Prime Minister Pedro Alvarez would visit Morocco."
    assert key_of(text, "Pedro Alvarez") == "ESP.GOV"


@pytest.mark.parametrize(
    "text,name,key",
    [
        # a state the official speaks of is no state he acts on: his own (review of round 26)
        ("BRUSSELS, Jan 5 — Foreign Minister Radek Novak said on Monday that the Czech Republic would send more troops.", "Radek Novak", "CZE.GOV"),
        ("OSLO, Jan 5 — Energy Minister Lars Holm said on Tuesday that Norway would cut gas exports.", "Lars Holm", "NOR.GOV"),
        # a dateline where states meet is not the official's state
        ("GENEVA, Jan 5 — Foreign Minister Ahmad Karimi said on Monday Iran would not give up enrichment.", "Ahmad Karimi", "IRN.GOV"),
    ],
)
def test_bare_title_speaking_of_a_state_or_at_a_venue(text: str, name: str, key: str) -> None:
    assert key_of(text, name) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a state that is the subject of a saying verb owns the unnamed body, however the dateline votes
        ("DUBAI, Jan 5 — Iran said on Monday the army would protect the nuclear sites.", "army", "IRN.MIL"),
        ("VIENNA, Jan 5 — Iran told the agency on Monday that the army would guard the sites.", "army", "IRN.MIL"),
        ("LONDON, Jan 5 — Argentina said on Friday that the navy had seized a trawler.", "navy", "ARG.MIL"),
    ],
)
def test_state_speaking_owns_the_unnamed_body(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("BLANTYRE, Malawi — The disaster management agency moved 2,000 families out of flooded villages on Friday.", "disaster management agency", "MWI.GOV"),
        ("SANTIAGO, Chile — The emergency management agency ordered 3,000 residents to leave their homes on Saturday as fires spread.", "emergency management agency", "CHL.GOV"),
        ("NIAMEY, Niger — Two newspapers were shut for a month, the communication ministry said on Thursday.", "ministry", "NER.GOV"),
        ("MANILA — The weather service warned fishermen on Monday to stay in port as the typhoon neared Luzon.", "weather service", "PHL.GOV"),
        ("KUALA LUMPUR — The immigration department deported 150 undocumented workers to Myanmar on Wednesday.", "immigration department", "MYS.GOV"),
    ],
)
def test_state_services_named_by_task(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("LAHORE, Pakistan — Chief Minister Ayesha Rana ordered police on Monday to clear the road.", "Ayesha Rana", "PAK.GOV"),
        ("TOKYO — Chief Cabinet Secretary Hiroshi Mori told reporters on Tuesday that Japan had protested.", "Hiroshi Mori", "JPN.GOV"),
        ("NAIROBI, Kenya — Cabinet Secretary Joseph Kamau ordered police to reopen the road on Friday.", "Joseph Kamau", "KEN.GOV"),
    ],
)
def test_titles_added(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("The Roman Catholic Church in Paraguay condemned the eviction of farmers on Sunday.", "Catholic Church", "PRY.REL"),
        ("HARARE — The Law Society urged police on Monday to release the detained lawyers in Zimbabwe.", "Law Society", "ZWE.LAB"),
        ("LAGOS — Fuel prices doubled overnight, and the NLC called its members out on strike on Wednesday.", "NLC", "NGA.LAB"),
    ],
)
def test_bodies_of_the_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("OSAKA — Leaders of the Constitutional Democratic Party of Japan met union chiefs on Sunday.", "Constitutional Democratic Party", "CDP_JAPAN"),
        ("TOKYO — Japan will not change its defence policy, Minoru Kihara told reporters on Friday.", "Minoru Kihara", "JPN.GOV"),
        ("Chinese foreign ministry spokesman Guo Jiakun said on Monday Beijing opposed the visit.", "Guo Jiakun", "CHN.GOV"),
        # a Malay given name is the short form once the full name is given (coreference, no bare alias)
        ("KUALA LUMPUR — Prime Minister Anwar Ibrahim opened a new port on Monday. Later Anwar thanked the builders.", "Anwar thanked", "MYS.GOV"),
    ],
)
def test_registry_additions(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase, published="2026-01-12") == key


@pytest.mark.parametrize(
    "text,name,key",
    [
        ("ASUNCION, Paraguay — A pension reform was unveiled on Monday by Labour Minister Rosa Quispe.", "Rosa Quispe", "PRY.GOV"),
        ("CANBERRA — Labor Minister Jack Evans said on Monday the government would raise the minimum wage in Australia.", "Jack Evans", "AUS.GOV"),
    ],
)
def test_labour_portfolio_title_is_no_party(text: str, name: str, key: str) -> None:
    assert key_of(text, name) == key


def test_labour_party_still_named() -> None:
    text = "LONDON — Labour won the by-election on Thursday, beating the Conservatives in Britain."
    assert key_of(text, "Labour") == "LABOUR_PARTY_UK"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the dateline's state wins a tie with a state named once: the unnamed body is the dateline state's
        ("HANOI, Jan 5 — The defence ministry said on Monday it had tracked six Chinese warships near the islands.", "defence ministry", "VNM.MIL"),
        ("AMMAN, Jan 5 — The army said on Sunday it had shot down a drone launched from Syrian territory.", "army", "JOR.MIL"),
    ],
)
def test_dateline_state_wins_a_tie(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_state_named_twice_outweighs_the_dateline() -> None:
    text = ("DUBAI, Jan 5 — Iran said on Monday it would expand enrichment, and Iran's envoy told the IAEA the army "
            "would protect the sites.")
    assert key_of(text, "army") == "IRN.MIL"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("LUSAKA, Zambia — The ruling party accused the opposition on Monday of plotting violence.", "ruling party", "ZMB.PTY"),
        ("TBILISI — Opposition leaders accused the ruling party on Monday of rigging the vote in Georgia.", "ruling party", "GEO.PTY"),
    ],
)
def test_unnamed_ruling_party_is_the_home_states(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_ruling_party_refers_back_to_a_named_party() -> None:
    text = "HARARE — ZANU-PF won the vote. The ruling party accused the opposition on Monday of plotting violence."
    assert key_of(text, "ruling party") == "ZANU_PF"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        ("CAIRO — Al-Azhar condemned the burning of a Koran in Sweden on Monday.", "Al-Azhar", "EGY.REL"),
        ("The Serbian Orthodox Church urged Kosovo on Sunday to protect its monasteries.", "Serbian Orthodox Church", "SRB.REL"),
        ("JAKARTA — Muhammadiyah urged the government on Tuesday to delay the bill.", "Muhammadiyah", "IDN.REL"),
    ],
)
def test_national_religious_bodies(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_tie_goes_to_a_state_whose_official_is_the_subject() -> None:
    text = "GENEVA, Jan 5 — Peru's interior minister said on Monday that the police had detained eight protest leaders."
    assert key_of(text, "police") == "PER.COP"


@pytest.mark.parametrize(
    "text,phrase",
    [
        # common given names are no known person's short form (review of round 26)
        ("ABU DHABI — Anwar Gargash said on Monday the Gulf states wanted calm.", "Anwar Gargash"),
        ("ISLAMABAD — Anwar said on Monday that the talks would resume.", "Anwar"),
        ("BEIRUT — Prime Minister Najib Mikati met the envoy. Najib said Lebanon wanted calm.", "Najib said"),
        ("QUETTA, Pakistan — Bugti said on Monday the separatists would keep fighting the army.", "Bugti"),
        # a management agency with no task of the state's is a firm's
        ("SEOUL, Jan 5 — The actor denied the report, the management agency said on Monday.", "management agency"),
    ],
)
def test_no_actor_for_shared_given_names_and_firms(text: str, phrase: str) -> None:
    assert key_of(text, phrase, published="2026-01-12") is None
