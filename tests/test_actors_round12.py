"""Round 12 actor vocabulary: large private companies are their home state's business sector."""

from helpers import find_event, key_of, show_events

from eventcoder.pipeline import code_texts


def test_company_resolves_to_home_business_sector():
    assert key_of("Beijing launched a probe into Nvidia over its chip sales.", "Nvidia") == "USA.BUS"
    assert key_of("Canada barred Huawei from its 5G networks.", "Huawei") == "CHN.BUS"


def test_investigated_company_is_the_target():
    ev = code_texts(["The European Commission fined Microsoft 500 million euros on Thursday."])
    assert any(k.startswith("USA") for e in ev for k in e.recipient_keys), show_events(ev)
    assert find_event(ev, "SANCTION", "EU", "USA.BUS") is not None, show_events(ev)
