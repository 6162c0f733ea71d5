"""When and where of events: relative and future dates (events/timex.py) and the place a sentence or one of
its events names (events/places.py). Invented sentences."""

from __future__ import annotations

import pytest

from eventcoder import code_texts
from eventcoder.events.places import _name_place, event_place, locative_place, lookup_place, place_of
from eventcoder.events.timex import event_date, resolve_date
from eventcoder.models import Article
from eventcoder.nlp import get_nlp, make_doc, sent_of

# 2025-06-11 is a Wednesday
WED = "2025-06-11"


def _doc(text: str, published: str = WED):
    nlp = get_nlp()
    return nlp(make_doc(nlp, Article(id="t", text=text, published=published)))


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


# ------------------------------------------------------------------ dates of single expressions
@pytest.mark.parametrize(
    "expr,future,published,want",
    [
        ("on Thursday", True, WED, "2025-06-12"),  # "will meet on Thursday": the coming one
        ("on Thursday", False, WED, "2025-06-05"),  # "met on Thursday": the last one
        ("on Wednesday", True, WED, "2025-06-18"),  # the report's own weekday, in the future: a week on
        ("last Monday", True, WED, "2025-06-09"),  # "last" stays in the past whatever the tense
        ("three days ago", False, WED, "2025-06-08"),
        ("two weeks ago", False, WED, "2025-05-28"),
        ("a day ago", False, WED, "2025-06-10"),
        ("the day before yesterday", False, WED, "2025-06-09"),
        ("the day after tomorrow", True, WED, "2025-06-13"),
        ("at the weekend", False, "2025-06-09", "2025-06-07"),  # said on a Monday: the Saturday just past
        ("this weekend", True, WED, "2025-06-14"),
        ("on Christmas Day", False, "2024-12-27", "2024-12-25"),
        ("on Christmas Eve", False, "2025-01-03", "2024-12-24"),  # written after the new year: last year's
        ("on New Year's Day", True, "2025-12-20", "2026-01-01"),
        ("on March 3", True, "2025-12-10", "2026-03-03"),  # a future date without a year: the next one
        ("on March 3", False, "2025-12-10", "2025-03-03"),
        ("on Dec. 1", False, "2025-01-05", "2024-12-01"),
        ("late on Friday", False, "2025-06-14", "2025-06-13"),  # "late on Friday" is still Friday
    ],
)
def test_resolve_date(expr, future, published, want):
    assert resolve_date(expr, published, future) == want


def test_days_earlier_count_from_the_anchor():
    assert resolve_date("four days earlier", WED, anchor="2025-06-09") == "2025-06-05"
    assert resolve_date("a week later", WED, anchor="2025-06-01") == "2025-06-08"
    assert resolve_date("two days earlier", WED) == "2025-06-09"  # no other date: the report's


# ------------------------------------------------------------------ dates of sentences and events
@pytest.mark.parametrize(
    "text,want",
    [
        # future tense: the coming weekday, also through "is due to" and a joined verb
        ("The two foreign ministers will meet in Vienna on Friday, the ministry said.", "2025-06-13"),
        ("The envoy is due to arrive in Nairobi on Monday for talks.", "2025-06-16"),
        ("The premier will fly to Rome and sign the accord on Tuesday, aides said.", "2025-06-17"),
        # past tense stays in the past
        ("The two foreign ministers met in Vienna on Friday, the ministry said.", "2025-06-06"),
        # a report's date is not the date of what it reports, when the sentence dates that
        ("The coast guard said on Tuesday that it had stopped the trawler two days earlier.", "2025-06-08"),
        ("Villagers said on Tuesday that soldiers burned their homes on Sunday.", "2025-06-08"),
        ("Rebels freed nine aid workers three days ago, a church official said on Tuesday.", "2025-06-08"),
    ],
)
def test_sentence_date(text, want):
    doc = _doc(text)
    assert event_date(next(iter(doc.sents)), WED) == want


@pytest.mark.parametrize(
    "text,word,want",
    [
        # "a day after X": X is a day before the date of the clause it hangs on
        ("The minister resigned on Monday, a day after protesters stormed his office.", "stormed", "2025-06-08"),
        ("The minister resigned on Monday, a day after protesters stormed his office.", "resigned", "2025-06-09"),
        ("Talks collapsed on Tuesday, two days after the rebels shelled a market.", "shelled", "2025-06-08"),
        ("The army struck back on Sunday, hours after the ambush.", "ambush", "2025-06-08"),
        # a clause with a date of its own keeps it
        ("The minister resigned on Friday, days after protesters stormed his office on Monday.", "stormed",
         "2025-06-09"),
        # the speaker's own act on the day of the report, not on the day of what is reported
        ("Troops clashed late on Monday, the ministry said on Tuesday, blaming the rebels.", "blaming", "2025-06-10"),
        ("Troops clashed late on Monday, the ministry said on Tuesday, blaming the rebels.", "clashed", "2025-06-09"),
    ],
)
def test_event_date(text, word, want):
    doc = _doc(text)
    tok = _tok(doc, word)
    assert event_date(sent_of(tok), WED, tok) == want


# ------------------------------------------------------------------ places
def test_areas_are_known_places():
    assert lookup_place("Sicily").country == "ITA"
    assert lookup_place("Duhok province").country == "IRQ"
    assert lookup_place("Mindanao").country == "PHL"


@pytest.mark.parametrize(
    "text,country",
    [
        # a place noun through the name it is the place of, whatever label the name got
        ("Gunmen stormed a radio station in the port city of Mombasa on Tuesday.", "KEN"),
        ("Coast guard vessels rescued 40 migrants off the island of Lampedusa.", "ITA"),
        ("Troops raided a hideout in the northern Pakistani city of Peshawar.", "PAK"),
        # an unknown town: the region compounded on its noun, or the noun's demonym
        ("Militiamen seized the prison in the Amhara region town of Zorbatu on Monday.", "ETH"),
        ("A drone hit a car in the southern Lebanese town of Qarnoun, killing two people.", "LBN"),
        # a possessor where the province is unknown
        ("Soldiers clashed with rebels in the hills of northern Syria's Zorbatu province.", "SYR"),
        # a capital named by its state's demonym, or bare in a story filed from it
        ("Tens of thousands marched in the Kenyan capital against the tax bill.", "KEN"),
        ("KAMPALA, June 10 (Reuters) - Police dispersed opposition supporters in the capital on Tuesday.", "UGA"),
        # a known city mislabelled by the small model
        ("Police detained dozens of protesters who blocked streets in Yerevan.", "ARM"),
        # a destination town where nothing else is named, a town the troops entered
        ("The president sent 5,000 troops to the border town of Kidal.", "MLI"),
        ("Government troops entered Kidal, the largest town of the north, on Sunday.", "MLI"),
    ],
)
def test_place_of_sentence(text, country):
    doc = _doc(text)
    sent = list(doc.sents)[-1]
    p = place_of(sent, doc)
    assert p is not None and p.country == country, p


def test_a_city_has_coordinates():
    doc = _doc("Gunmen stormed a radio station in the port city of Mombasa on Tuesday.")
    p = place_of(next(iter(doc.sents)), doc)
    assert p is not None and p.lat is not None and p.lon is not None


def test_a_state_a_word_comes_from_is_no_place():
    doc = _doc("The plan drew sharp criticism from Turkey, officials said.")
    assert place_of(next(iter(doc.sents)), doc) is None


@pytest.mark.parametrize("text,name", [
    ("The mayor took a call from Elizabeth late on Monday.", "Elizabeth"),
    ("The envoy read out a letter from Madison, who was absent.", "Madison"),
])
def test_a_person_after_from_is_no_place(text, name):
    """A first name that is also a town ("Elizabeth", New Jersey) is a person when the parser says so."""
    doc = _doc(text)
    tok = _tok(doc, name)
    assert tok.ent_type_ == "PERSON"  # the premise: the model reads a person here
    assert _name_place(tok, None) is not None  # ... whose name is also a town in the gazetteer
    assert locative_place(tok) is None


@pytest.mark.parametrize(
    "text,word,country",
    [
        # an act against a target abroad is where it lands
        ("Militants fired rockets at northern Israel, a day after an Israeli strike on Sidon killed a commander.",
         "strike", "LBN"),
        ("Militants fired rockets at northern Israel, a day after an Israeli strike on Sidon killed a commander.",
         "fired", "ISR"),
        # each clause its own place
        ("Crowds rallied in the Iraqi capital to denounce the bombing of Rafah.", "rallied", "IRQ"),
        # an event noun that is a verb's object takes the verb's place
        ("Students rallied in the Iraqi capital to condemn the shelling in Khan Younis.", "shelling", "PSE"),
        # but a place inside an object does not place the verb's act
        ("The rebels rejected a proposal for a truce in Darfur at talks in Jeddah.", "rejected", "SAU"),
    ],
)
def test_event_place(text, word, country):
    doc = _doc(text)
    tok = _tok(doc, word)
    p = event_place(sent_of(tok), doc, tok)
    assert p is not None and p.country == country, p


def test_a_sentence_without_a_place_goes_on_where_the_last_was():
    doc = _doc("Gunmen attacked a checkpoint in the Somali port city of Kismayo. The militants later claimed the attack.")
    tok = _tok(doc, "claimed")
    assert place_of(sent_of(tok), doc) is None
    p = event_place(sent_of(tok), doc, tok)
    assert p is not None and p.country == "SOM", p


def test_coded_events_carry_date_and_place():
    events = code_texts(["Bandits kidnapped 14 pupils from a school in the Nigerian town of Kankara two days ago."],
                        published=WED)
    assert events and all(e.date == "2025-06-09" for e in events), [(e.event, e.date) for e in events]
    assert all(e.event_loc is not None and e.event_loc.country == "NGA" for e in events), [e.event_loc for e in events]


def test_later_with_no_date_in_the_sentence_is_not_put_after_publication():
    assert resolve_date("a week later", "2025-06-11") is None
    assert resolve_date("three days later", "2025-06-11", anchor="2025-06-01") == "2025-06-04"
    assert resolve_date("two days earlier", "2025-06-11") == "2025-06-09"
