"""Round 33 of event types: general mechanisms read from the development sets' ledes (invented sentences)."""

from helpers import find_event, rule_events, show_events


# --- a weapon whose participle names who fired it ("drones launched by X struck ...") is X's attack ---------------

def test_a_weapon_fired_by_a_party_is_that_partys_attack() -> None:
    for text, actor in (("Drones launched by the Houthis struck a fuel depot in Eilat on Monday.", "HOUTHIS"),
                        ("Rockets fired by Hezbollah hit the town of Kiryat Shmona overnight.", "HEZBOLLAH"),
                        ("Artillery shells fired by the Sudanese army killed 14 civilians in Nyala.", "SDN"),
                        ("A missile fired by Russian forces hit a hospital in Kharkiv.", "RUS")):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", actor), (text, show_events(events))
        assert not find_event(events, "ASSAULT", "UNK"), (text, show_events(events))


def test_a_weapon_with_no_agent_stays_unknown() -> None:
    for text in ("A drone struck a fuel depot in Eilat on Monday.",
                 "Rockets hit the town of Kiryat Shmona overnight."):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", "UNK"), (text, show_events(events))

