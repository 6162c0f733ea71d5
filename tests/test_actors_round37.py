"""Round 37 of actor resolution (invented sentences): general mechanisms, each with a negative."""

from __future__ import annotations

import pytest
from helpers import key_of


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a bare "the junta" in a story filed from its state is that state's, past a foreign ministry that spoke last
        ("BAMAKO, May 3 — Mali's military rulers expelled the Swedish ambassador on Monday. Sweden's foreign ministry "
         "called the decision regrettable and said it would review its aid. The junta has also suspended French radio "
         "stations.", "junta", "MLI.MIL"),
        ("CONAKRY, May 3 — Guinea's transitional authorities barred Russian journalists on Tuesday, and Moscow's foreign "
         "ministry said it would retaliate. The junta, which took power in 2021, did not comment.", "junta", "GIN.MIL"),
    ],
)
def test_a_bare_junta_is_the_dateline_states(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_junta_abroad_in_a_story_about_another_state_stays_the_nearest() -> None:
    # the story is not filed from the state the junta is taken from: nearest-antecedent reading as before
    text = ("DAKAR, May 3 — Senegal's president met Niger's foreign minister on Tuesday. Niger's junta has expelled "
            "French troops, and the junta now wants Russian help.")
    assert key_of(text, "junta", occurrence=2) == "NER.MIL"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the lede's actor is the subject of its reported clause ("..., state radio reported"): a later bare noun
        # ("the country", unnamed "soldiers") is that state's, however often a foreign state is named after
        ("NIAMEY, May 3 — Niger's military government expelled three French aid workers on Monday, state radio "
         "reported. France's foreign ministry said it regretted the decision and would recall French staff, French "
         "nurses and French engineers. Gunmen later killed 12 soldiers in the west of the country.", "soldiers", "NER.MIL"),
        ("LOME, May 3 — Togo's government suspended two French newspapers on Tuesday, state television reported. "
         "France's foreign ministry said French reporters and French editors would leave. Soldiers later detained a "
         "reporter.", "Soldiers", "TGO.MIL"),
    ],
)
def test_a_ledes_reported_subject_makes_the_storys_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_ledes_reporter_that_is_a_state_decides_first() -> None:
    # the reporting verb's own subject, a state's body, still decides before the reported clause's subject
    text = ("TAIPEI, May 3 — China flew 20 jets near the island on Monday, Taiwan's defence ministry said. Chinese ships "
            "and Chinese drones followed, and the ministry said it scrambled fighters.")
    assert key_of(text, "ministry", occurrence=2) == "TWN.MIL"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # an unplaced opposition acting on a state's leader or ruling party is that state's, not the story's
        ("WASHINGTON, May 3 — The United States revoked the visa of Honduran President Xiomara Castro on Friday, the "
         "State Department said. U.S. officials said the visa would not be restored. Opposition lawmakers criticised "
         "Castro for the trip.", "lawmakers", "HND.OPP"),
        ("OTTAWA, May 3 — Canada imposed sanctions on Friday on the founder of Zanu-PF, the foreign ministry said. "
         "Canadian officials said more Canadian measures would follow. Zanu-PF has long been accused by the opposition "
         "of rigging elections.", "opposition", "ZWE.OPP"),
    ],
)
def test_an_opposition_opposes_its_own_states_rulers(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_an_opposition_acting_on_a_bare_foreign_state_keeps_the_storys() -> None:
    # a state named as such is no ruler of the opposition's own: the story's state as before
    text = ("WASHINGTON, May 3 — The United States warned Honduras on Friday over its ties with China, the State "
            "Department said. Opposition lawmakers criticised the United States for the warning.")
    assert key_of(text, "lawmakers") == "USA.OPP"


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a state named only as a border's side ("near the Somali border") is no vote for the story's state: unnamed
        # troops are the state whose forces the story follows
        ("A Kenyan police convoy was attacked near the Somali border overnight, killing three officers, police said. "
         "Troops later arrested 10 suspects in nearby villages. Somalia's defence ministry said it had closed its side "
         "of the border.", "Troops", "KEN.MIL"),
        ("An Armenian border post came under fire near the Azerbaijani frontier on Sunday, the defence ministry said. "
         "Soldiers returned fire, and Azerbaijan's foreign ministry said it had not fired first.", "Soldiers", "ARM.MIL"),
    ],
)
def test_a_border_side_is_no_vote_for_the_storys_state(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_a_region_inside_the_state_still_places_the_story() -> None:
    # a region of the state along the border places the story there, whatever state the border names
    text = ("Fighting broke out along the Rwandan border in South Kivu on Sunday, and soldiers fled the town, residents "
            "said. Rwanda's army said it had reinforced its side.")
    assert key_of(text, "soldiers") == "COD.MIL"


@pytest.mark.parametrize(
    "text,phrase,published,key",
    [
        # out of office, a party leader the registry ties to a party is that party, not a former official
        ("A court in Rawalpindi extended the detention of Imran Khan on Monday, his lawyers said.", "Imran Khan",
         "2024-05-01", "PTI"),
        ("Police in Dhaka charged Sheikh Hasina with incitement on Tuesday.", "Sheikh Hasina", "2025-06-01",
         "AWAMI_LEAGUE"),
    ],
)
def test_a_party_leader_out_of_office_is_his_party(text: str, phrase: str, published: str, key: str) -> None:
    assert key_of(text, phrase, published=published) == key


def test_a_former_leader_of_no_party_stays_a_former_official() -> None:
    # no party in the registry: a former official of his state
    text = "A court in Brasilia rejected an appeal by Jair Bolsonaro on Monday."
    assert key_of(text, "Jair Bolsonaro", published="2024-05-01") == "BRA.ELI"
