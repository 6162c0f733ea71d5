"""Round 52a (speech acts with the right type and source but the wrong target: the government a party of a state's
own society addresses, the partner of ties an accusation's pronoun stands for, the author of a decision a reaction
names again, the maker of an offer a relative clause refuses). All sentences are invented."""

from helpers import rule_events, show_events


def _of(ev, etype):
    return [(e.actor_keys, e.recipient_keys) for e in ev if e.event == etype]


# -- "the government" addressed by a party of the state's own society -------------------------------------------------


def test_charities_urging_the_government_address_their_own_state():
    ev = rule_events("Malawi and Japan signed a water agreement on Monday under which Tokyo will pay for new wells in "
                     "the south, part of a series of compacts the Japanese government has signed with African "
                     "governments. A coalition of Malawian aid charities said the deal lacked safeguards and urged "
                     "the government to publish its terms.")
    req = _of(ev, "REQUEST")
    assert any(a and a[0].startswith("MWI") and r and r[0].startswith("MWI") for a, r in req), show_events(ev)
    assert not any(r and r[0].startswith("JPN") for a, r in req), show_events(ev)


def test_named_opposition_party_calling_on_the_government_addresses_its_own_state():
    ev = rule_events("Mexico handed 12 gang suspects to the United States on Monday, as the U.S. government weighs "
                     "strikes on drug laboratories. Mexico's opposition National Action Party called on the government "
                     "to seize the gangs' assets.")
    req = _of(ev, "REQUEST")
    assert any(r and r[0].startswith("MEX") for a, r in req), show_events(ev)
    assert not any(r and r[0].startswith("USA") for a, r in req), show_events(ev)


def test_opposition_urging_the_government_is_not_a_regional_government_named_before():
    ev = rule_events("Officials from the Kurdistan Regional Government attended the ceremony in Iraq. Turkey's main "
                     "opposition Republican People's Party said it would join the commission, but urged the "
                     "government to free jailed mayors.")
    req = _of(ev, "REQUEST")
    assert any(r and r[0].startswith("TUR") for a, r in req), show_events(ev)
    assert not any("KRG" in r for a, r in req), show_events(ev)


def test_government_placed_by_its_own_words_is_not_taken_as_the_speakers():
    # a government the phrase itself places is not read as the speakers' own
    ev = rule_events("Kenyan rights groups urged the government in Kampala to free the detained activists.")
    req = _of(ev, "REQUEST")
    assert not any(r and r[0] == "KEN.GOV" for a, r in req), show_events(ev)


# -- "cut ties with X, accusing it of ...": the partner of the ties ---------------------------------------------------


def test_pronoun_of_accusation_after_cutting_ties_is_the_partner():
    ev = rule_events("The European Union imposed sanctions on two Burundian generals on Monday. Burundi cut "
                     "diplomatic ties with the Netherlands hours later, accusing it of lobbying for the measures.")
    acc = _of(ev, "ACCUSE")
    assert any(a and a[0].startswith("BDI") and "NLD" in r for a, r in acc), show_events(ev)
    assert not any(a and a[0].startswith("BDI") and "EU" in r for a, r in acc), show_events(ev)


def test_finite_accusation_after_suspending_talks_takes_the_partner():
    # (not the bloc the sentence before names)
    ev = rule_events("The European Union imposed sanctions on Malian officers on Thursday. Mali's government suspended "
                     "talks with Algeria on Friday and accused it of sheltering rebels.")
    acc = _of(ev, "ACCUSE")
    assert any(a and a[0].startswith("MLI") and "DZA" in r for a, r in acc), show_events(ev)
    assert not any(a and a[0].startswith("MLI") and "EU" in r for a, r in acc), show_events(ev)


def test_accusation_with_its_own_subject_is_left_alone():
    # a coordinated clause with a subject of its own is no shared-subject accusation
    ev = rule_events("Mali suspended talks with Algeria on Friday, and the rebels accused it of betrayal.")
    acc = _of(ev, "ACCUSE")
    assert not any(a == ("MLI.REB",) and "DZA" in r for a, r in acc), show_events(ev)


# -- "called the resolution ...": the author the earlier mention of the document names ---------------------------------


def test_resolution_named_again_is_the_boards():
    # (not the state the resolution censured)
    ev = rule_events("Iran said it would limit inspections, hours after the board of the International Atomic Energy "
                     "Agency passed a resolution censuring Tehran. Belarus's foreign ministry condemned the resolution "
                     "on Friday.")
    acc = _of(ev, "ACCUSE")
    assert any(a and a[0].startswith("BLR") and "IAEA" in r for a, r in acc), show_events(ev)
    assert not any(a and a[0].startswith("BLR") and "IRN" in r for a, r in acc), show_events(ev)


def test_opinion_named_again_is_the_courts():
    ev = rule_events("The United Nations said last year that the occupation was unlawful. Last month the International "
                     "Court of Justice said in an advisory opinion that the wall must be removed. The European Union "
                     "urged restraint. Morocco dismissed the opinion as biased on Monday.")
    rej = _of(ev, "REJECT")
    assert any(a and a[0].startswith("MAR") and "ICJ" in r for a, r in rej), show_events(ev)
    assert not any(a and a[0].startswith("MAR") and "UN" in r for a, r in rej), show_events(ev)


# -- "offered X, which Y turned down": the maker of the offer ---------------------------------------------------------


def test_offer_turned_down_in_a_relative_clause_answers_its_maker():
    ev = rule_events("The Santiago labour court on Tuesday dismissed the government's request for an injunction, ruling "
                     "that the strike was lawful. The Chilean government called the strike reckless and said it had "
                     "offered arbitration, which the miners' union turned down.")
    # (read from the offer, not inferred as the story's other party)
    assert any(e.event == "REJECT" and e.actor_keys == ("CHL.LAB",) and [(r.key, r.inferred) for r in e.recipient]
               == [("CHL.GOV", False)] for e in ev), show_events(ev)


def test_relative_clause_with_its_own_object_is_no_answer_to_the_offer():
    ev = rule_events("The Chilean government offered arbitration, which the union condemned as a trick by the mine owners.")
    acc = _of(ev, "ACCUSE")
    assert not any(r and r[0] == "CHL.GOV" and a and a[0] == "CHL.GOV" for a, r in acc), show_events(ev)
