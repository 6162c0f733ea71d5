"""Round 15 of event types: labels that disapprove (a label parsed on the object, participles such as "politically
motivated"), measures a party weighs, refusals to change course, authority not recognised, and complaints held over
a party on a condition."""

from helpers import events_of, show_events, types_of


def test_label_hung_on_its_object_is_criticism() -> None:
    # the small parser hangs the object on the quoted label: "the ruling" modifies "extortion"
    assert "ACCUSE" in types_of('Hungary\'s foreign minister called the ruling "blackmail" in a statement.', "HUN")


def test_label_politically_motivated_is_criticism() -> None:
    assert "ACCUSE" in types_of("Brazil's foreign ministry called the sentence politically motivated.", "BRA")


def test_label_of_revenge_is_criticism() -> None:
    assert "ACCUSE" in types_of("Turkey's main opposition party called the arrest political revenge.", "TUR")


def test_neutral_label_is_no_criticism() -> None:
    assert "ACCUSE" not in types_of("Kenya's president called the meeting productive.", "KEN")


def test_claim_called_a_fabrication_is_no_accusation() -> None:
    types = types_of("Armenia's defence ministry denied that its troops had shelled the village, calling the report a fabrication.", "ARM")
    assert "ACCUSE" not in types, types


def test_measures_considered_are_a_threat() -> None:
    evs = events_of("Canada said it would consider new sanctions on Iranian officials.", "THREATEN", "CAN")
    assert evs and any(k.startswith("IRN") for e in evs for k in e.recipient_keys), show_events(evs)


def test_measures_considered_are_not_imposed() -> None:
    assert "SANCTION" not in types_of("The European Union is considering fresh tariffs on Chinese steel.", "EU")


def test_measures_considered_and_refused_are_no_threat() -> None:
    assert "THREATEN" not in types_of("Japan will not consider any sanctions on Myanmar, the foreign minister said.", "JPN")


def test_imposed_measures_stay_sanctions() -> None:
    assert "SANCTION" in types_of("Canada imposed new sanctions on Iranian officials on Monday.", "CAN")


def test_refusing_to_change_course_is_a_rejection() -> None:
    evs = events_of("Hungary's prime minister said Budapest would not change its policy on migration.", "REJECT", "HUN")
    assert evs and not any(e.negated for e in evs), show_events(evs)


def test_not_amending_a_law_is_a_rejection() -> None:
    assert "REJECT" in types_of("The Polish government said it would not amend the media law despite the criticism.", "POL")


def test_changing_course_is_no_rejection() -> None:
    assert "REJECT" not in types_of("Egypt said it would change its policy on grain imports.", "EGY")


def test_not_changing_a_partner_is_no_rejection() -> None:
    assert "REJECT" not in types_of("Colombia's president said he would not change the ambassador in Caracas.", "COL")


def test_not_recognising_a_courts_jurisdiction_is_a_rejection() -> None:
    evs = events_of("Venezuela does not recognise the court's jurisdiction over the territory, its foreign minister said.", actor="VEN")
    assert "REJECT" in {e.event for e in evs} and not any(e.event == "SUPPORT" for e in evs), show_events(evs)


def test_stopping_to_recognise_an_authority_is_a_rejection() -> None:
    assert "REJECT" in types_of("Lawmakers in Kosovo's north voted to stop recognising the authority of the central election commission.")


def test_not_recognising_a_state_stays_support_withheld() -> None:
    evs = events_of("Georgia has never recognised Abkhazia's independence, the ministry said.", actor="GEO")
    assert "REJECT" not in {e.event for e in evs}, show_events(evs)


def test_complaint_unless_a_party_acts_is_a_threat() -> None:
    evs = events_of("Chile said it would file a complaint with the World Trade Organization unless Argentina lifted the ban.", actor="CHL")
    assert "THREATEN" in {e.event for e in evs}, show_events(evs)


def test_complaint_filed_stays_an_accusation() -> None:
    types = types_of("Chile filed a complaint with the World Trade Organization over Argentina's ban on Monday.", "CHL")
    assert "ACCUSE" in types and "THREATEN" not in types, types
