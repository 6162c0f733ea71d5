"""Round 50c (spurious events: an act read as a type the development sets do not code it as). All sentences are
invented."""

import pytest
from helpers import find_event, require_event, require_instead, rule_events, show_events

# -- vessels "expelled" from claimed waters are driven off by force (COERCE), not a diplomatic expulsion -----------


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("The Indonesian navy expelled six Vietnamese fishing boats from waters near Natuna on Monday.", "IDN", "VNM"),
        ("Japanese patrol ships \"expelled\" two Chinese vessels that had entered waters near the Senkakus, Tokyo "
         "said.", "JPN", "CHN"),
    ],
)
def test_vessels_expelled_from_claimed_waters_are_coerced(text, actor, target):
    ev = rule_events(text)
    require_instead(ev, "COERCE", "SANCTION", actor, target)


def test_diplomats_expelled_stay_a_sanction():
    ev = rule_events("Hungary expelled two Ukrainian diplomats on Wednesday over an espionage case.")
    require_instead(ev, "SANCTION", "COERCE", "HUN", "UKR")


# -- a travel advisory: the people told not to travel visit nobody -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seoul urged its students on Tuesday not to travel to Israel during the holidays.",
        "India's foreign ministry warned tourists against visiting Bangladesh until the unrest subsides.",
    ],
)
def test_travel_advisory_is_no_visit(text):
    ev = rule_events(text)
    assert not [e for e in ev if e.event == "CONSULT"], show_events(ev)


def test_a_planned_trip_stays_a_visit():
    ev = rule_events("Indonesia's foreign minister travelled to Canberra on Monday and met her Australian counterpart.")
    require_event(ev, "CONSULT", "IDN")


# -- captives freed by troops or police are no release by their captors (RETREAT) -------------------------------


@pytest.mark.parametrize(
    "text,actor",
    [
        ("Malian gendarmes stormed a farmhouse near Kayes and freed four of the kidnapped workers.", "MLI"),
        ("Kenyan marines freed 30 crew members from a ferry hijacked by pirates off Lamu.", "KEN"),
    ],
)
def test_captives_freed_by_forces_are_no_release(text, actor):
    ev = rule_events(text)
    assert find_event(ev, "RETREAT", actor) is None, show_events(ev)


@pytest.mark.parametrize(
    "text,actor",
    [
        ("Bandits freed 18 bus passengers they had kidnapped in Zamfara state after ransoms were paid.", "NGA"),
        ("Venezuela's army released 40 detained protesters on Monday.", "VEN"),
    ],
)
def test_captors_and_jailers_freeing_people_stay_a_release(text, actor):
    ev = rule_events(text)
    require_event(ev, "RETREAT", actor)


# -- markets moved by causes: a participle with a "by" phrase on a currency's or an index's clause ---------------


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Ghana's cedi held firm in early trade, supported by cocoa receipts.", "SUPPORT"),
        ("Turkey's lira weakened past 40 per dollar, pressured by a wider trade gap.", "REQUEST"),
    ],
)
def test_a_cause_of_a_market_move_is_no_act(text, etype):
    ev = rule_events(text)
    assert not [e for e in ev if e.event == etype], show_events(ev)


def test_a_party_backed_by_another_is_not_read_as_a_market_cause():
    ev = rule_events("Government troops, supported by Russian instructors, attacked rebel positions near Bambari on "
                     "Sunday.")
    assert [e for e in ev if e.event == "ASSAULT"], show_events(ev)


# -- cricket and rugby reports are match reports ------------------------------------------------------------------


def test_a_cricket_win_is_no_attack():
    ev = rule_events("Scotland thrashed Namibia by 40 runs in a Twenty20 international in Windhoek, their third cricket "
                     "win of the tour.")
    assert not [e for e in ev if e.event == "ASSAULT"], show_events(ev)


def test_a_rugby_fixture_is_no_visit():
    ev = rule_events("Italy won their Six Nations match against Wales 22-15 in Rome on Sunday. The title goes to the "
                     "last round, in which the Italians travel to Paris and the championship leaders host Scotland.")
    assert not [e for e in ev if e.event in ("CONSULT", "ASSAULT")], show_events(ev)

