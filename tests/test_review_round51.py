"""Review of round 51's rules: ordinary news sentences where a round-51 construction has another meaning, and the
rule, before its mend, emitted a wrong event. All sentences are invented."""

import pytest
from helpers import require_event, require_instead, rule_events, show_events

# -- a border, crossing or airspace closed, or imports cut, against a hazard or a disease: no act toward a party --


@pytest.mark.parametrize(
    "text",
    [
        "Iceland closed its airspace on Tuesday after a volcano erupted near Reykjavik, the aviation authority said.",
        "Indonesia shut its border crossing with East Timor after floods washed away the main road, officials said.",
        "Rwanda closed its border with Congo because of an Ebola outbreak in Goma, the health ministry said.",
        "Japan banned poultry imports from Poland on Friday after an outbreak of bird flu on a farm near Warsaw.",
        "South Korea imposed restrictions on beef imports from Brazil after a case of mad cow disease was confirmed.",
    ],
)
def test_safety_measures_are_no_sanction(text):
    ev = rule_events(text)
    assert not [e for e in ev if e.event in ("SANCTION", "COERCE")], show_events(ev)


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("Thailand closed all land crossings with Cambodia on Monday after border clashes killed two soldiers.", "THA", "KHM"),
        ("Serbia closed two border crossings with Kosovo on Monday over the arrest of a Serbian police officer.", "SRB", "XKX"),
        ("Poland closed its border with Belarus after smugglers pushed hundreds of migrants across it.", "POL", "BLR"),
    ],
)
def test_closures_in_a_dispute_stay_a_sanction(text, actor, target):
    ev = rule_events(text)
    require_event(ev, "SANCTION", actor, target)


# -- the origin of the goods a trade measure cuts is its target, not its author -------------------------------------


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("South Korea imposed restrictions on beef imports from Brazil on Thursday, the trade ministry said.", "KOR", "BRA"),
        ("Egypt announced a ban on shipments of wheat from Romania last week.", "EGY", "ROU"),
    ],
)
def test_goods_origin_is_the_target(text, actor, target):
    ev = rule_events(text)
    require_instead(ev, "SANCTION", "AID", actor, target)
    assert not [e for e in ev if e.event == "SANCTION" and target in e.actor_keys], show_events(ev)


def test_author_before_the_goods_stays_the_author():
    ev = rule_events("Beijing faces new tariffs from Washington on its electric vehicles.")
    require_event(ev, "SANCTION", "USA", "CHN")
