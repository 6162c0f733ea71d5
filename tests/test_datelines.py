"""Wire datelines ("BEIRUT, Oct 8 — ") are where a story was filed from, not words of its first sentence."""

import pytest

from eventcoder.models import Article
from eventcoder.nlp import datelines
from eventcoder.pipeline import code_articles


@pytest.mark.parametrize(
    "text,head",
    [
        ("DAKAR, March 3 — Senegal's army said it had repelled an attack.", "DAKAR, March 3 — "),
        ("NEW DELHI, Jan. 29 (Reuters) - India summoned the envoy.", "NEW DELHI, Jan. 29 (Reuters) - "),
        ("GAZA CITY (AP) — Strikes hit the camp.", "GAZA CITY (AP) — "),
        ("Caracas, Venezuela (AFP) -- The government expelled two diplomats.", "Caracas, Venezuela (AFP) -- "),
        ("ISLAMABAD — Pakistan closed the border crossing.", "ISLAMABAD — "),
        ("BUKAVU, Democratic Republic of Congo, June 2 (Agency) — Rebels shelled the port.",
         "BUKAVU, Democratic Republic of Congo, June 2 (Agency) — "),
        ("MOSTAR, Bosnia and Herzegovina (AP) — Police detained two men.", "MOSTAR, Bosnia and Herzegovina (AP) — "),
        ("ABU DHABI/RIYADH, Feb 9 (Reuters) - The two states signed a pact.", "ABU DHABI/RIYADH, Feb 9 (Reuters) - "),
    ],
)
def test_dateline_found(text, head):
    spans = datelines(text)
    assert spans and text[spans[0][0] : spans[0][1]] == head


@pytest.mark.parametrize(
    "text",
    [
        "NATO — the alliance said on Monday it would send more jets.",
        "UN — The body voted.",
        "Hamas - the group said - fired rockets.",
        "Israel's army said — on Monday — that it struck targets.",
        "The US-backed forces - including Kurdish units - advanced.",
        "Sudan, Chad and the Republic of Congo - all members - voted.",
    ],
)
def test_no_dateline(text):
    assert datelines(text) == []


def test_dateline_is_neither_actor_nor_evidence():
    text = "CAIRO, May 2 — Jordan recalled its ambassador from Israel on Thursday in protest at the raid."
    (coded,) = code_articles([Article.from_text(text, published="2024-05-02")])
    recalls = [e for e in coded.events if e.event == "SANCTION"]
    assert recalls, coded.events
    e = recalls[0]
    assert [a.key for a in e.actor] == ["JOR"] and any(a.code == "ISR" for a in e.recipient)
    assert not e.text.startswith("CAIRO") and e.text.startswith("Jordan")
    # offsets still point into the article's own text
    assert text[e.span[0] : e.span[1]].strip().endswith("raid.")
    assert all(m.key != "EGY" and not m.key.startswith("EGY.") for m in coded.mentions)


def test_dateline_in_a_later_paragraph():
    text = "Title: Border closed\n\nTASHKENT, June 9 — Uzbekistan closed its border with Tajikistan."
    spans = datelines(text)
    assert len(spans) == 1 and text[spans[0][0] :].startswith("TASHKENT")


def _keys(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    (coded,) = code_articles([Article.from_text(text, published="2025-03-04")])
    return [(e.event, tuple(a.key for a in e.actor), tuple(a.key for a in e.recipient)) for e in coded.events]


def test_dateline_state_is_home_when_text_names_none():
    text = ("SUVA, Fiji (AP) — Police arrested nine men accused of smuggling methamphetamine on Tuesday. "
            "The government deployed navy patrol boats along the coast, the police commissioner said.")
    events = _keys(text)
    assert any(t == "COERCE" and a and a[0].startswith("FJI") for t, a, _ in events), events
    assert any(t == "MOBILIZE" and a and a[0].startswith("FJI") for t, a, _ in events), events


def test_dateline_city_alone_gives_its_state():
    events = _keys("OSLO, March 4 (Reuters) - The government expelled two diplomats on Tuesday over spying.")
    assert any(t == "SANCTION" and a and a[0].startswith("NOR") for t, a, _ in events), events


def test_named_state_outweighs_the_dateline():
    text = ("WASHINGTON (Reuters) - Venezuela's foreign minister said on Monday that the government had "
            "freed six detained opposition activists.")
    events = _keys(text)
    assert events and all(a and not a[0].startswith("USA") for _, a, _ in events), events
    assert any(a and a[0].startswith("VEN") for _, a, _ in events), events
