"""Round 45 role rules: acts found with no actor. All sentences are invented."""

import pytest
from helpers import find_event, rule_events, show_events

# -- a finite verb joined to a state of mind ("said it was appalled and called on ...", "they were shocked and
#    accused ..."): the small parser reads the state as a passive (its subject a passive subject) or joins the verb
#    to the adjective; either way the state's subject is the joined verb's doer -----------------------------------


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Chile's president said he was deeply worried and backed Peru's call for new elections.", "SUPPORT", "CHL"),
        ("The Arab League said it was appalled and called on Israel to halt the demolitions.", "REQUEST", "ARAB_LEAGUE"),
        ("Ukrainian officials said they were shocked and accused Moscow of targeting a hospital.", "ACCUSE", "UKR"),
        ("Chad said Sudanese militiamen were angered and then attacked a camp near Adre.", "ASSAULT", "SDN"),
    ],
)
def test_verb_joined_to_a_state_is_the_states_subjects_act(text, etype, actor):
    ev = rule_events(text)
    assert find_event(ev, etype, actor) is not None, show_events(ev)


# -- negatives: a passive act undergone keeps its subject as the one it falls on -----------------------------------


def test_verb_joined_to_a_passive_act_is_not_its_subjects():
    # "was being detained": an act undergone, not a state; the detained spokesman demands nothing, his party does
    ev = rule_events("The Kenyan opposition party said its spokesman was being detained without charge and demanded "
                     "his release.")
    demands = [e for e in ev if e.event == "REQUEST"]
    assert demands and all(e.actor_keys == ("KEN.OPP",) for e in demands), show_events(ev)


def test_passive_shared_by_a_participle_stays_passive():
    # "arrested and charged": both passive, the journalists charge no one
    ev = rule_events("Two Kenyan journalists were arrested in Nairobi and charged with sedition, police said.")
    assert not [e for e in ev if any(k.startswith("KEN.JRN") for k in e.actor_keys)], show_events(ev)
