"""Round 11 actor rules: an institution named by its city, and a force sent abroad by a named sender."""

from helpers import key_of


def test_city_named_hospital_is_the_states_medical_sector():
    assert key_of("A Kabul hospital said nine people were wounded in the blast.", "Kabul hospital") == "AFG.MED"


def test_city_named_court_is_the_states_judiciary():
    assert key_of("A Tehran court sentenced the blogger to five years in prison.", "Tehran court") == "IRN.JUD"


def test_city_named_police_is_the_states_police():
    assert key_of("Kabul police detained three men after the explosion.", "Kabul police") == "AFG.COP"


def test_bare_capital_is_still_the_government_metonym():
    assert key_of("Kabul rejected the accusation on Monday.", "Kabul") == "AFG"


def test_troops_sent_by_a_state_are_the_senders():
    assert key_of("Troops sent to Mali by Russia clashed with rebels near the border.", "Troops") == "RUS.MIL"


def test_police_deployed_by_a_state_are_the_senders():
    assert key_of("Police deployed to Haiti by Kenya detained several gang leaders.", "Police") == "KEN.COP"


def test_located_troops_without_a_sender_keep_the_place():
    assert key_of("Soldiers in Niger fired on protesters in the capital.", "Soldiers") == "NER.MIL"
