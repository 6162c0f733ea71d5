"""Round 40 role rules. All sentences are invented."""

import pytest
from helpers import find_event, require_event, rule_events, show_events

# -- "at X's request", "at Y's invitation": the possessor asked or invited; the clause's subject was asked ----------


def _stated(e):
    return [r.key for r in e.recipient if not r.inferred]


@pytest.mark.parametrize(
    "text,asker,asked",
    [
        ("Boko Haram fighters attacked a village in Borno. Chadian troops entered Nigeria in 2015 at Abuja's request, "
         "helping to drive the militants out of several towns.", "NGA", "TCD"),
        ("Al-Shabaab fighters attacked a base near Kismayo. Kenya sent troops to Somalia at Mogadishu's request to "
         "fight the militants.", "SOM", "KEN"),
        ("French engineers arrived in Beirut on Monday at Lebanon's request to help clear the port.", "LBN", "FRA"),
        # a passive with no agent: the forces moved are the asked side
        ("Al-Shabaab fighters attacked a base near Kismayo. Kenyan troops were sent to Somalia at Mogadishu's request to "
         "fight the militants.", "SOM", "KEN"),
        # invitation, a possessor named by its leader's title
        ("Egyptian mediators travelled to Khartoum on Sunday at Sudan's invitation to press for a truce.", "SDN", "EGY"),
    ],
)
def test_possessive_request_names_the_asker_and_the_subject_is_asked(text, asker, asked):
    ev = rule_events(text)
    e = require_event(ev, "REQUEST", asker)
    assert any(k == asked or k.startswith(asked + ".") for k in _stated(e)), show_events(ev)
    assert find_event(ev, "REQUEST", asked) is None, show_events(ev)


def test_possessive_pronoun_request_is_not_read_as_named_asker():
    # negative: "at its own request" names no other party; the subject is not its own counterpart
    ev = rule_events("Ghana withdrew its peacekeepers from the mission at its own request.")
    for e in ev:
        if e.event == "REQUEST":
            assert not any(k.startswith("GHA") for k in _stated(e)) or not any(k.startswith("GHA") for k in e.actor_keys), show_events(ev)
