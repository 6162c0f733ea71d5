"""States named the way English news names them, not only as ISO spells them ("Turkey", not "Türkiye")."""

import pytest

from eventcoder.events.places import lookup_place
from eventcoder.pipeline import code_texts


@pytest.mark.parametrize(("name", "key"), [
    ("Turkey", "TUR"), ("Russia", "RUS"), ("Ivory Coast", "CIV"), ("Czech Republic", "CZE"),
    ("Palestine", "PSE"), ("Kosovo", "XKX"), ("the UAE", "ARE"), ("Congo", "COD"),
])
def test_news_names_of_states_are_states(name: str, key: str) -> None:
    place = lookup_place(name)
    assert place is not None and place.feature == "country" and place.country == key


def test_dateline_with_an_unlisted_town_takes_its_state_from_the_state_name() -> None:
    # the town is invented, so only "Russia" in the dateline can place the story
    events = code_texts(["ZARBOVO, Russia, May 2 — Police detained 12 activists on Tuesday after a "
                         "protest against the new tax."])
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests
    assert [a.key for a in arrests[0].actor] == ["RUS.COP"]
