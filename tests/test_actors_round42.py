"""Round 42 of actor resolution (invented sentences): "both governments", "the two countries", "their foreign
ministers" where the two states the story sets against each other were named apart (not coordinated) in earlier
sentences are those two states, each a side of its own."""

from __future__ import annotations

from helpers import require_event, rule_events


def _keys(events, etype):
    return [(tuple(e.actor_keys), tuple(r.key for r in e.recipient)) for e in events if e.event == etype]


def test_both_governments_are_the_two_states_named_apart() -> None:
    # the two states named in separate sentences, a third state named once, "both governments" as an object
    events = rule_events(
        "TEGUCIGALPA, March 3 — Honduras expelled two Nicaraguan diplomats on Monday. Nicaragua called the move "
        "hostile and recalled its envoy. Honduras said the diplomats had spied on exiles. Officials in Costa Rica "
        "said they were watching the dispute. The Organization of American States urged both governments to "
        "resolve their quarrel through talks.")
    e = require_event(events, "REQUEST", "OAS")
    keys = {k.split(".")[0] for r in e.recipient for k in [r.key]}
    assert {"HND", "NIC"} <= keys and "CRI" not in keys, _keys(events, "REQUEST")


def test_the_two_countries_as_subject_are_both_sides() -> None:
    # a subject this time, another verb class (agreeing), the states named apart by a possessive and a demonym
    events = rule_events(
        "ASTANA, March 3 — Kazakhstan's border guards detained six Kyrgyz herders on Sunday. Kyrgyzstan protested "
        "the arrests. Kazakhstan released the herders on Tuesday. On Wednesday the two countries agreed to open a "
        "joint commission on grazing rights.")
    agree = [e for e in events if e.event == "AGREE"]
    assert agree, _keys(events, "AGREE")
    actors = {k.split(".")[0] for e in agree for k in e.actor_keys}
    assert {"KAZ", "KGZ"} <= actors, _keys(events, "AGREE")


def _members_at(text: str, word: str) -> set[str]:
    """The states the coreference pass gives the first token ``word`` as members (``doc._.coref_members``)."""
    from eventcoder.models import Article
    from eventcoder.nlp import get_nlp, make_doc
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Article(id="t", text=text, published="2024-05-01")))
    tok = next(t for t in doc if t.text == word)
    return {m.key.split(".")[0] for m in (doc._.coref_members or {}).get(tok.i, ())}


def test_their_foreign_ministers_after_both_countries() -> None:
    # "both countries" in a relative clause of a third state, then "their" taking it back: both states each time
    text = ("LIBREVILLE, March 3 — Gabon closed its frontier with Equatorial Guinea on Friday. Equatorial Guinea "
            "accused Gabon of sheltering smugglers. Gabon denied the charge. Cameroon, which borders both countries, "
            "offered to host a meeting between their foreign ministers.")
    assert _members_at(text, "countries") == {"GAB", "GNQ"}
    assert _members_at(text, "their") == {"GAB", "GNQ"}


def test_both_neighbours_named_one_by_its_capital() -> None:
    # one state named by its capital and demonym only, "both neighbours" as a subject of a reporting verb
    text = ("HANOI, March 3 — Vietnamese coast guard ships chased two Cambodian fishing boats on Monday. Phnom Penh "
            "summoned Vietnam's ambassador. Cambodian officials said the boats were in their own waters. Officials "
            "from Laos observed the talks. Both neighbours said they would set up a hotline.")
    assert _members_at(text, "neighbours") == {"VNM", "KHM"}


def test_no_pair_when_three_states_are_equally_named() -> None:
    # negative: three states each named once, none set against another: "both countries" is no guessed pair
    text = ("PARIS, March 3 — Ministers from Chile met in Paris on Monday. Peru sent a delegation. Bolivia did not "
            "attend. Officials said both countries would sign the accord.")
    assert len(_members_at(text, "countries")) < 2


def test_a_coordination_before_still_wins() -> None:
    # negative for the new pass: the pair coordinated in the sentence before is kept, not the most named states
    text = ("ABUJA, March 3 — Nigeria said Nigerian troops would stay. Nigeria's army chief met Nigerian officials. "
            "Chad and Niger signed a border pact on Monday. Both countries will patrol Lake Chad together.")
    assert "NGA" not in _members_at(text, "countries")

