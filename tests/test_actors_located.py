"""Actor resolution of unnamed institutions placed by a city, heads and members of named bodies,
affiliation phrases and media outlets."""

from __future__ import annotations

import pytest

from eventcoder.models import Article
from eventcoder.nlp import get_nlp, make_doc


def mentions(text: str):
    nlp = get_nlp()
    return nlp(make_doc(nlp, Article(id="t", text=text, published="2024-05-01")))._.actor_mentions


def key_of(text: str, phrase: str, occurrence: int = 1) -> str | None:
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    over = [m for m in mentions(text) if m.start < end and start < m.end]
    if not over:
        return None
    return min(over, key=lambda m: m.end - m.start).key


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # an unnamed court, judge or tribunal placed by a city is that city's state's
        ("A court in Novosibirsk jailed the blogger for six years.", "court", "RUS.JUD"),
        ("The activist was convicted by a court in Tashkent on Monday.", "court", "UZB.JUD"),
        ("A military tribunal in Kinshasa condemned the soldiers to death.", "tribunal", "COD.JUD"),
        ("A federal judge in Boston blocked the order.", "judge", "USA.JUD"),
        ("Protesters in Marseille blocked the roads.", "Protesters", "FRA.CVL"),
        # role nouns placed by the article's state
        ("Investigators raided the offices of the Peruvian president on Saturday.", "Investigators", "PER.COP"),
        ("Kenya's electoral commission declared the result valid.", "electoral commission", "KEN.GOV"),
        ("Opposition supporters marched through Nairobi.", "Opposition supporters", "KEN.OPP"),
        ("A Turkish television station was fined by the regulator.", "Turkish television station", "TUR.JRN"),
        # state broadcasters named
        ("Voice of America said its reporters had been expelled.", "Voice of America", "USA.JRN"),
        ("Deutsche Welle said the ban was unjustified.", "Deutsche Welle", "DEU.JRN"),
        # heads, spokesmen and members of a named body stand for it
        ("The head of the World Health Organization visited the camp.", "head", "WHO"),
        ("A spokesman for the Houthis said the ship was hit.", "spokesman", "HOUTHIS"),
        ("Leaders of the European Union met in Brussels.", "Leaders", "EU"),
        ("The head of Israel's negotiating team flew to Doha.", "head", "ISR.GOV"),
    ],
)
def test_located_and_heads(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_head_of_body_is_a_person_he_can_refer_to() -> None:
    text = "The chief of the International Atomic Energy Agency arrived in Kyiv. He urged both sides to show restraint."
    assert key_of(text, "He") == "IAEA"


@pytest.mark.parametrize(
    "text,phrase",
    [
        # an indefinite role noun with no place is no one in particular
        ("A judge ordered the release of the men.", "judge"),
        # a city the gazetteer does not know places nothing
        ("A court in Xyzzyville sentenced him.", "court"),
        # the leader of something that is not an actor
        ("The leader of the protests was arrested.", "leader"),
    ],
)
def test_unplaced_stays_unresolved(text: str, phrase: str) -> None:
    assert key_of(text, phrase) is None


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a group tied to a named organisation is coded as it ...
        ("Militants linked to Hezbollah fired rockets at the north.", "Militants", "HEZBOLLAH"),
        ("Fighters loyal to the RSF stormed the market.", "Fighters", "RSF"),
        # ... or as its branch based where they act
        ("Jihadists linked to al Qaeda ambushed a convoy in Mali.", "Jihadists", "JNIM"),
        ("Militants linked to al Qaeda attacked an army post in Yemen.", "Militants", "AQAP"),
        # a sponsor is neither the group nor its home
        ("Iran-backed militias fired drones at a base in Syria.", "militias", "SYR.REB"),
        ("Russian-backed separatists shelled a village in eastern Ukraine.", "separatists", "UKR.REB"),
    ],
)
def test_affiliation(text: str, phrase: str, key: str) -> None:
    assert key_of(text, phrase) == key


def test_sponsor_is_not_a_mention() -> None:
    assert key_of("Iran-backed militias fired drones at a base in Syria.", "Iran") is None


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("Hezbollah, the Lebanese armed group, said it had fired rockets at northern Israel.", "Lebanese armed group"),
        ("Kataib Hezbollah, the Iraqi militia, said it had fired the drones.", "Iraqi militia"),
    ],
)
def test_descriptor_apposition_takes_the_named_organisation(text: str, phrase: str) -> None:
    assert key_of(text, phrase) in ("HEZBOLLAH", "KATAIB_HEZBOLLAH")


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a known surname with another given name is another person; an IGO title in apposition names her body
        ("Jordan expelled Maria Albanese, the UN special rapporteur on torture, on Monday.", "Maria Albanese", "UN"),
        ("Prime Minister Anthony Albanese met the king.", "Anthony Albanese", "AUS.GOV"),
        # any office of a possessor that is the other half of the apposition
        ("UNICEF warned of famine in Yemen. Jane Doe, the agency's regional coordinator, said aid was blocked.",
         "Jane Doe", "UNICEF"),
        # a governing noun after an organisation's name is the organisation
        ("The Houthi leadership and the Taliban government both condemned the strike.", "government", "TALIBAN"),
        # a junta or government is one body: never a plural group of another state named before it
        ("Italian soldiers were based in Niger for years until the military junta ordered them out.", "junta", "NER.MIL"),
        # a named outlet says whose press it is, not where the news happens
        ("The BBC reported that the army had opened fire on protesters.", "army", None),
        # a city or region the NER model reads as an organisation or a person still places a group
        ("A missile hit the eastern city of Kharkiv, killing 10 people, officials said.", "people", "UKR.CVL"),
        # "foreign" broadcasters are not the placed state's
        ("The junta in Mali suspended several foreign broadcasters.", "broadcasters", None),
    ],
)
def test_resolution_classes(text: str, phrase: str, key: str | None) -> None:
    assert key_of(text, phrase) == key


def test_pronoun_after_a_located_body() -> None:
    # "it" refers to the junta found by its location, after coreference of nouns
    text = "The junta in Guinea has banned two newspapers. On Monday it ordered a radio station closed."
    assert key_of(text, "it", 1) == "GIN.MIL"
