"""Round 24 role rules: an act made to a conflict's sides named only as "both sides", "all parties" or "the warring
parties" is aimed at the sides the sentence names outside the act's own clause, never at a party of what the sides
are asked to do; with none named, at the story's two main parties besides the actors (several actors too, and an
actor that is not the story's first party). All sentences are invented."""

from helpers import find_event, rule_events, show_events


def test_party_of_what_both_sides_are_asked_to_do_is_no_addressee():
    ev = rule_events("Norway and Switzerland called on all parties to respect the ruling of the Colombian court.")
    e = find_event(ev, "REQUEST", "NOR")
    assert e is not None, show_events(ev)
    assert not any(k.startswith("COL") for k in e.stated_recipient_keys), show_events(ev)


def test_sides_named_outside_the_appeals_clause_are_its_addressees():
    ev = rule_events("Fighting broke out between Sudan's army and the Rapid Support Forces in Khartoum, and the African "
                     "Union urged both sides to stop.")
    e = find_event(ev, "REQUEST", "AU")
    assert e is not None, show_events(ev)
    assert {k.split(".")[0] for k in e.stated_recipient_keys} == {"SDN", "RSF"}, show_events(ev)


def test_place_of_the_warring_parties_stays_theirs():
    ev = rule_events("The UN chief called on the warring parties in Yemen to agree to a truce.")
    e = find_event(ev, "REQUEST", "UN")
    assert e is not None and "YEM" in e.stated_recipient_keys, show_events(ev)


def test_appeal_to_all_parties_in_a_story_goes_to_its_two_main_parties():
    ev = rule_events("Colombian troops clashed with ELN guerrillas near the Venezuelan border on Monday. The ELN said "
                     "the army had attacked its camps first. Colombia's defence minister said the ELN had broken the "
                     "truce. Norway and Switzerland called on all parties to respect the ruling of the Colombian court.")
    e = find_event(ev, "REQUEST", "NOR")
    assert e is not None, show_events(ev)
    assert {k.split(".")[0] for k in e.recipient_keys} == {"COL", "ELN"}, show_events(ev)


def _mention(start, key):
    from eventcoder.models import Mention

    return Mention(start, start + 5, key, key, key.split(".")[0], key.split(".")[1] if "." in key else None, None,
                   "registry", "state")


def _bare(actors, event, text):
    from eventcoder.models import Actor, Event

    return Event(id="e", article_id="a", date=None, event=event, mode=None, context=(),
                 actor=tuple(Actor(a, a.split(".")[0], None, a) for a in actors), recipient=(), negated=False,
                 modality="asserted", condition=None, event_text="urged", text=text, span=(0, 10))


def test_several_actors_appealing_to_both_sides_address_the_two_main_parties():
    from eventcoder.events.discourse import infer_recipients

    mentions = [_mention(i * 10, k) for i, k in enumerate(["SRB", "XKX", "SRB", "XKX", "SRB", "DEU", "FRA", "FRA"])]
    (out,) = infer_recipients([_bare(("DEU", "FRA"), "REQUEST", "Germany and France urged both sides to talk.")],
                              mentions, learned=False)
    assert set(out.recipient_keys) == {"SRB", "XKX"}, out.recipient_keys


def test_a_third_party_among_the_main_parties_addresses_the_other_two():
    from eventcoder.events.discourse import infer_recipients

    # the UN is named (and acts) more than Sudan's paramilitaries, yet it is no side: "both sides" are Sudan and the RSF
    mentions = [_mention(i * 10, k) for i, k in enumerate(["SDN", "RSF", "SDN", "UN", "SDN", "UN", "SDN", "UN", "RSF"])]
    (out,) = infer_recipients([_bare(("UN",), "REQUEST", "The UN urged the warring parties to agree to a truce.")],
                              mentions, learned=False)
    assert set(out.recipient_keys) == {"SDN", "RSF"}, out.recipient_keys
    # the story's first party appealing to "both sides" is itself one of them: the other side only
    (own,) = infer_recipients([_bare(("SDN.GOV",), "REQUEST", "Khartoum urged both sides to respect the truce.")],
                              mentions, learned=False)
    assert "SDN" not in own.recipient_keys, own.recipient_keys
