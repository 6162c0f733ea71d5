"""Round 36 of actor resolution (invented sentences): general rules for full wire articles."""

from __future__ import annotations

import pytest
from helpers import key_of

_LTU = ("VILNIUS, May 2 — Lithuania expelled two Belarusian diplomats on Friday, accusing Belarus of pushing migrants "
        "across the border. Belarus called the move hostile and Minsk said it would respond in kind. The interior "
        "minister said police had detained 40 smugglers near the frontier.")
_BLR = ("VILNIUS, May 2 — Belarus expelled two Lithuanian diplomats on Friday, accusing Lithuania of spying. Belarus "
        "called the men agents and Minsk said it would respond. The interior minister said police had detained 40 smugglers.")
_GEO = ("TBILISI, May 2 — Georgia's foreign ministry summoned Russia's ambassador on Tuesday after Russian border guards "
        "seized two shepherds. Moscow said the men had entered Russia illegally, and Russian officials accused them of "
        "spying. Police later dispersed a protest outside the embassy.")


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # the dateline's state is the lede's subject: the story is its, however often the other state is named
        (_LTU, "interior minister", "LTU"),
        (_LTU, "police", "LTU"),
        (_GEO, "Police", "GEO"),
        # the other state is the lede's subject: the counts decide as before
        (_BLR, "interior minister", "BLR"),
        (_BLR, "police", "BLR"),
    ],
)
def test_dateline_state_as_lede_subject_is_the_story_state(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "").startswith(key)


_ACCRA = ("ACCRA, May 3 — Police arrested five Nigerian traders and farmers on Monday, and the Ghanaian government "
          "deported Togolese students and teachers.")
_ACCRA_OWN = ("ACCRA, May 3 — Police arrested five Nigerian traders and local farmers on Monday, and the government "
              "deported Togolese students and the teachers.")


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a bare plural joined to a noun a state's adjective qualifies shares the adjective
        (_ACCRA, "farmers", "NGA"),
        (_ACCRA, "teachers", "TGO"),
        # a conjunct with words of its own keeps its own reading (the story's state)
        (_ACCRA_OWN, "farmers", "GHA"),
        (_ACCRA_OWN, "teachers", "GHA"),
    ],
)
def test_bare_conjunct_shares_a_demonym(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "").startswith(key)


@pytest.mark.parametrize(
    "text,phrase,key",
    [
        # a known party's name with a possessive inside, after its state's possessive and modifiers, is that party
        ("ANKARA, May 3 — Turkey's main opposition Republican People's Party said on Monday it would boycott "
         "parliament.", "Republican People's Party", "CHP"),
        ("ISLAMABAD, May 3 — Pakistan's opposition Pakistan People's Party said on Monday it would boycott "
         "parliament.", "People's Party", "PPP"),
        # an unnamed party after the state's possessive stays the state's party
        ("ANKARA, May 3 — Turkey's ruling party said on Monday it would boycott parliament.", "ruling party", "TUR"),
    ],
)
def test_known_party_name_with_a_possessive_after_its_state(text: str, phrase: str, key: str) -> None:
    assert (key_of(text, phrase) or "") == key or (key_of(text, phrase) or "").startswith(key + ".")
