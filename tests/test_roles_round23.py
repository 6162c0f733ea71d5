"""Round 23 role rules: a claim or warning summed up after a report is the speaker's (the reaction to it is aimed at the
speaker, not at the parties the report names); an act named again by its own verb's noun, or captives named again
by their noun, point back to that act however far back it was told; a reaction set off after a clause answers the
whole act, its subject is no addressee of an act inside it; a pronoun or act noun placed in time by a clause ("it
came days after ...") is no counterpart of that clause's act. All sentences are invented."""

from helpers import find_event, rule_events, show_events


def _stated(e):
    return {k.split(".")[0] for k in e.stated_recipient_keys}


def test_allegation_summed_after_a_report_is_the_speakers():
    # the allegation is the Congolese commander's, not aimed at the rebels the report names
    ev = rule_events("Congo's army chief said the rebels were being armed by Rwanda, an allegation Kigali dismissed "
                     "as absurd.")
    e = find_event(ev, "REJECT", "RWA")
    assert e is not None, show_events(ev)
    assert _stated(e) == {"COD"}, show_events(ev)


def test_charge_hung_on_the_reports_last_noun_is_the_speakers():
    # the parser hangs "a charge" in apposition to "Serbs"; the charge is still the Serbian president's
    ev = rule_events("Serbia's president said Pristina was waging a campaign of terror against Serbs, a charge "
                     "Kosovo's prime minister rejected.")
    e = find_event(ev, "REJECT", "XKX")
    assert e is not None, show_events(ev)
    assert _stated(e) == {"SRB"}, show_events(ev)


def test_threat_summed_after_a_warning_is_the_warners():
    # (a guard: the warning's own reading already gives its author)
    ev = rule_events("Turkey's defence minister warned that Greece would pay a heavy price for the drills, a threat "
                     "Athens rejected.")
    e = find_event(ev, "REJECT", "GRC")
    assert e is not None, show_events(ev)
    assert _stated(e) == {"TUR"}, show_events(ev)


def test_act_named_again_by_its_noun_beats_a_later_act_of_the_same_type():
    # the shelling is the insurgents'; the soldiers' attack in between is an ASSAULT too
    ev = rule_events("Insurgents shelled a refugee camp near Mopti on Monday, killing four people. On Wednesday "
                     "soldiers attacked insurgent bases in the region. Amnesty International condemned the shelling "
                     "and demanded an inquiry.")
    e = find_event(ev, "ACCUSE", "AMNESTY")
    assert e is not None, show_events(ev)
    assert any(k.endswith(".REB") for k in e.stated_recipient_keys), show_events(ev)
    assert not any(k.endswith(".MIL") for k in e.recipient_keys), show_events(ev)


def test_captives_named_again_are_those_of_the_act_that_took_them():
    # the kidnapping is the gunmen's, though the army and the police acted in between
    ev = rule_events("Gunmen kidnapped nine teachers from a school in Kaduna state on Monday. The army said it had "
                     "arrested three suspects in a nearby village. Police detained two more men on Tuesday. The "
                     "teachers' union condemned the kidnapping and called for the teachers' release.")
    accuse = find_event(ev, "ACCUSE", "NGA.LAB")
    request = find_event(ev, "REQUEST", "NGA.LAB")
    assert accuse is not None and request is not None, show_events(ev)
    assert any(k.endswith(".UAF") for k in accuse.stated_recipient_keys), show_events(ev)
    assert not any(k.endswith((".COP", ".MIL")) for k in accuse.recipient_keys), show_events(ev)
    # the teachers' release is asked of whoever took them, not of the police who detained other men
    assert not any(k.endswith(".COP") for k in request.recipient_keys), show_events(ev)
    assert any(k.endswith(".UAF") for k in request.stated_recipient_keys), show_events(ev)


def test_reaction_set_off_after_a_clause_is_no_addressee_inside_it():
    ev = rule_events("A court in Minsk sentenced two leaders of the opposition Belarusian Popular Front to prison for "
                     "refusing to testify before an inquiry commission, a verdict Lithuania condemned as revenge.")
    refusal = find_event(ev, "REJECT", "BLR.OPP")
    assert refusal is not None, show_events(ev)
    assert "LTU" not in _stated(refusal), show_events(ev)
    condemn = find_event(ev, "ACCUSE", "LTU")
    assert condemn is not None and _stated(condemn) == {"BLR"}, show_events(ev)


def test_pronoun_placed_in_time_is_no_counterpart():
    # "it" (the border closure) did nothing to the police units that arrived
    ev = rule_events("Zambia closed its border with Congo on Monday. It came two days after the first units of a new "
                     "Congolese police force arrived in the border town.")
    e = find_event(ev, "MOBILIZE", "COD")
    assert e is not None, show_events(ev)
    assert "ZMB" not in _stated(e), show_events(ev)


def test_party_that_came_under_fire_stays_the_target():
    # "came under attack after militants stormed ...": the party is the one attacked, not an act placed in time
    ev = rule_events("The Somali army came under attack after al-Shabaab militants stormed a base.")
    e = find_event(ev, "ASSAULT", "AL_SHABAAB")
    assert e is not None, show_events(ev)
    assert "SOM.MIL" in e.stated_recipient_keys, show_events(ev)
    ev = rule_events("Kenyan police officers came under fire when bandits raided their camp.")
    e = next((x for x in ev if "KEN.COP" not in x.actor_keys), None)
    assert e is not None and "KEN.COP" in e.stated_recipient_keys, show_events(ev)


def test_infinitive_after_a_summoned_envoy_is_the_summoners_purpose():
    ev = rule_events("Ankara summoned the Swedish ambassador to demand an explanation for the protest.")
    e = find_event(ev, "REQUEST", "TUR")
    assert e is not None, show_events(ev)
    assert _stated(e) == {"SWE"}, show_events(ev)
    assert not find_event(ev, "REQUEST", "SWE"), show_events(ev)


def test_infinitive_after_an_urged_party_stays_its_act():
    # object control is kept for verbs of asking: Iran is asked, Iran would join
    ev = rule_events("France urged Iran to resume talks with the International Atomic Energy Agency.")
    e = find_event(ev, "REQUEST", "FRA")
    assert e is not None and "IRN" in _stated(e), show_events(ev)


def test_protest_a_clause_is_told_in_is_its_subjects():
    ev = rule_events("Students at Makerere University fought with riot police in Kampala on Monday during a march "
                     "against fee increases.")
    e = next((x for x in ev if x.event == "PROTEST"), None)
    assert e is not None, show_events(ev)
    assert "UGA.EDU" in e.actor_keys, show_events(ev)


def test_protest_amid_which_a_clause_is_told_is_its_subjects():
    ev = rule_events("Nurses scuffled with security guards amid a protest against unpaid wages in Lagos.")
    e = next((x for x in ev if x.event == "PROTEST"), None)
    assert e is not None, show_events(ev)
    assert "NGA.MED" in e.actor_keys, show_events(ev)


def test_protest_police_acted_in_is_not_the_polices():
    ev = rule_events("Police detained dozens of students in Dhaka on Tuesday during a protest against a new tax.")
    assert not any(x.event == "PROTEST" and any(k.endswith(".COP") for k in x.actor_keys) for x in ev), show_events(ev)


def test_target_named_by_its_force_word_is_that_force_of_the_state_where_it_lies():
    ev = rule_events("Protesters threw rocks at police vans outside the parliament in Nairobi.")
    e = find_event(ev, "ASSAULT", "KEN.CVL")
    assert e is not None, show_events(ev)
    assert "KEN.COP" in e.recipient_keys, show_events(ev)
    ev = rule_events("Militants fired mortars at police posts in the south of Kenya.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None and "KEN.COP" in e.recipient_keys, show_events(ev)


def test_state_reached_through_a_border_does_not_own_the_targets_force():
    # posts "near the border with Kenya" may be either side's: the state, not its police
    ev = rule_events("Militants fired mortars at police posts near the border with Kenya.")
    e = next((x for x in ev if x.event == "ASSAULT"), None)
    assert e is not None, show_events(ev)
    assert "KEN.COP" not in e.recipient_keys, show_events(ev)


def _mention(start, key):
    from eventcoder.models import Mention

    return Mention(start, start + 5, key, key, key.split(".")[0], key.split(".")[1] if "." in key else None, None,
                   "registry", "state")


def _bare(actor, event, text):
    from eventcoder.models import Actor, Event

    return Event(id="e", article_id="a", date=None, event=event, mode=None, context=(),
                 actor=(Actor(actor, actor.split(".")[0], None, actor),), recipient=(), negated=False,
                 modality="asserted", condition=None, event_text="urged", text=text, span=(0, 10))


def test_appeal_to_both_sides_the_sentence_cannot_name_goes_to_the_two_main_parties():
    from eventcoder.events.discourse import infer_recipients

    mentions = [_mention(i * 10, k) for i, k in enumerate(["ETH", "ERI", "ETH", "ERI", "ETH", "VAT"])]
    (out,) = infer_recipients([_bare("VAT", "REQUEST", "The Vatican called on the warring parties to lay down "
                                     "their arms.")], mentions, learned=False)
    assert set(out.recipient_keys) == {"ETH", "ERI"} and all(r.inferred for r in out.recipient)
    # without such a phrase the act takes the one most salient other party
    (one,) = infer_recipients([_bare("VAT", "REQUEST", "The Vatican called for a truce.")], mentions, learned=False)
    assert one.recipient_keys == ("ETH",)


def test_both_sides_of_a_main_party_count_its_own():
    from eventcoder.events.discourse import infer_recipients

    # Peru is one of the two sides: its appeal to "both sides" is aimed at the other side only
    mentions = [_mention(i * 10, k) for i, k in enumerate(["PER", "ECU", "PER", "ECU", "BRA", "BRA"])]
    (out,) = infer_recipients([_bare("PER.GOV", "REQUEST", "Lima asked both sides to keep troops off the river.")],
                              mentions, learned=False)
    assert out.recipient_keys == ("ECU",)
