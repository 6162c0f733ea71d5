"""Round 46 (class C): whom a reaction or a request answers. All sentences are invented."""

import pytest
from helpers import rule_events, show_events


def _targets(ev, etype, actor):
    return [e.stated_recipient_keys for e in ev if e.event == etype and any(k == actor or k.startswith(actor + ".") for k in e.actor_keys)]


# -- C2: a release asked as a passive clause is asked of the captors -------------------------------------------------


@pytest.mark.parametrize(
    "text,actor,captor",
    [
        ("Armed men seized nine Nigerian truck drivers near Agadez on Tuesday. Nigeria's foreign ministry called for "
         "the kidnapped drivers to be freed.", "NGA", "NER"),
        ("Houthi fighters detained twelve UN staff members in Sanaa last week. The Security Council demanded that the "
         "detained workers be released immediately.", "UN", "HOUTHIS"),
        ("Police in Minsk arrested 30 opposition activists on Saturday. Lithuania called for the activists to be "
         "released.", "LTU", "BLR.COP"),
    ],
)
def test_release_asked_as_passive_clause_is_asked_of_captors(text, actor, captor):
    ev = rule_events(text)
    got = _targets(ev, "REQUEST", actor)
    assert got and all(any(k == captor or k.startswith(captor + ".") for k in ks) for ks in got), show_events(ev)


def test_passive_clause_of_another_verb_is_no_release():
    # "demanded that the curfew be lifted": no captives, the arrests' doers are not asked
    ev = rule_events("Police in Minsk arrested 30 opposition activists on Saturday. Lithuania demanded that the curfew "
                     "in the capital be lifted.")
    got = _targets(ev, "REQUEST", "LTU")
    assert not any(k.startswith("BLR.COP") for ks in got for k in ks), show_events(ev)


def test_of_phrase_naming_what_the_act_is_about_is_no_doer():
    # "the trial of the opposition leader": the leader is tried, he is not the trial's doer
    ev = rule_events("The trial of Tanzanian opposition leader Tundu Lissu opened in Dar es Salaam on Monday. Amnesty "
                     "International called the trial a sham.")
    got = _targets(ev, "ACCUSE", "AMNESTY")
    assert not any(k.startswith("TZA.OPP") for ks in got for k in ks), show_events(ev)


@pytest.mark.parametrize(
    "text,actor,captor",
    [
        ("Kenya's opposition accused police of abducting two activists on Friday and demanded that they be released.",
         "KEN.OPP", "KEN.COP"),
        ("The Armenian foreign ministry accused Azerbaijani troops of seizing three shepherds near the border. Yerevan "
         "called for the shepherds to be freed without delay.", "ARM", "AZE"),
    ],
)
def test_release_of_captives_a_charge_names_is_asked_of_the_party_charged(text, actor, captor):
    ev = rule_events(text)
    got = _targets(ev, "REQUEST", actor)
    assert got and all(any(k == captor or k.startswith(captor + ".") for k in ks) for ks in got), show_events(ev)
