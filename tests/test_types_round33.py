"""Round 33 of event types: general mechanisms read from the development sets' ledes (invented sentences)."""

from helpers import find_event, rule_events, show_events

# --- a weapon whose participle names who fired it ("drones launched by X struck ...") is X's attack ---------------

def test_a_weapon_fired_by_a_party_is_that_partys_attack() -> None:
    for text, actor in (("Drones launched by the Houthis struck a grain silo near the Israeli port of Ashdod on Monday.", "HOUTHIS"),
                        ("Mortar shells fired by al Shabaab struck a market near the airport in Baidoa overnight.", "AL_SHABAAB"),
                        ("Artillery shells fired by the Tajik army killed 14 villagers in a Kyrgyz border district.", "TJK"),
                        ("A missile fired by Azerbaijani forces hit a school in the Armenian border village of Sotk.", "AZE")):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", actor), (text, show_events(events))
        assert not find_event(events, "ASSAULT", "UNK"), (text, show_events(events))


def test_a_weapon_with_no_agent_stays_unknown() -> None:
    for text in ("A drone struck a grain silo near the Israeli port of Ashdod on Monday.",
                 "Mortar shells struck a market near the airport in Baidoa overnight."):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", "UNK"), (text, show_events(events))



# --- bringing down an aircraft or a drone ("downed a drone", "the downing of a jet by X") is an attack ------------

def test_downing_an_aircraft_is_an_assault() -> None:
    for text, actor in (("Belarusian forces downed a Lithuanian surveillance drone near the border on Friday.", "BLR"),
                        ("Seoul said its air defences had downed two North Korean drones over the border town of Paju.", "KOR")):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", actor), (text, show_events(events))


def test_downing_tools_or_a_rival_team_is_no_assault() -> None:
    for text in ("Dockworkers in Mombasa downed tools on Monday to demand higher pay.",
                 "Kenya downed Uganda 2-0 in Kampala on Saturday to top their qualifying group."):
        events = rule_events(text)
        assert not [e for e in events if e.event == "ASSAULT"], (text, show_events(events))


# --- an attack noun that names its party by "by" ("a drone strike by the air force killed ...") is no UNK attack --

def test_an_attack_noun_with_its_party_is_no_unknown_attack() -> None:
    for text, actor in (("A drone strike by the Peruvian air force killed 12 drug traffickers in the VRAEM valley on Monday.", "PER"),
                        ("A missile strike by Azerbaijani forces killed nine people near the Armenian town of Jermuk on Sunday.", "AZE")):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", actor), (text, show_events(events))
        assert not find_event(events, "ASSAULT", "UNK"), (text, show_events(events))


def test_downing_street_is_no_assault() -> None:
    events = rule_events("Downing Street said on Monday that Britain would send more aid to Sudan.")
    assert not [e for e in events if e.event == "ASSAULT"], show_events(events)


# --- a nominal act's "by" party hung by the parser on the act's object ("an attack on its embassy by X") ----------

def test_a_by_party_on_the_acts_object_is_the_acts_actor() -> None:
    for text, actor, target in (
            ("Lithuania recalled its ambassador from Minsk after an attack on its embassy by Belarusian forces.", "BLR", "LTU"),
            ("Chad closed its border on Monday after the shelling of a refugee camp by Sudanese troops.", "SDN", None),
            ("Vilnius protested on Friday against the downing of a Lithuanian drone by Belarusian forces.", "BLR", None)):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", actor, target), (text, show_events(events))


def test_a_by_party_of_a_participle_stays_its_own() -> None:
    events = rule_events("Lithuania recalled its ambassador after an attack on a convoy escorted by Polish troops.")
    assert not find_event(events, "ASSAULT", "POL"), show_events(events)


# --- a rocket launched into space (a satellite, an orbit, a space agency) is no attack ----------------------------

def test_a_space_launch_is_no_assault() -> None:
    for text in ("Argentina launched a rocket on Monday that carried a student-built satellite for tracking glaciers.",
                 "Rocket Lab launched an Electron rocket from Mahia on Sunday, lifting a Japanese spacecraft toward a stable orbit."):
        events = rule_events(text)
        assert not [e for e in events if e.event == "ASSAULT"], (text, show_events(events))


def test_a_rocket_launched_at_a_party_is_still_an_assault() -> None:
    events = rule_events("Hamas launched rockets at the Israeli city of Ashkelon on Monday.")
    assert find_event(events, "ASSAULT", "HAMAS"), show_events(events)


# --- a verbless small clause parsed as a clause ("declared [the ambassador persona non grata]") -------------------

def test_declaring_an_envoy_persona_non_grata_is_an_expulsion() -> None:
    for text, actor in (("Paraguay's government declared the Venezuelan ambassador persona non grata on Monday.", "PRY"),
                        ("Guinea declared the Senegalese consul persona non grata on Friday.", "GIN")):
        events = rule_events(text)
        assert find_event(events, "SANCTION", actor), (text, show_events(events))


# --- a state leaving an international organisation ("left ECOWAS", "quit the ICC") is a SANCTION (withdraw) -------

def test_leaving_an_organisation_is_a_sanction() -> None:
    for text, actor in (("Nicaragua formally left the Organization of American States on Sunday.", "NIC"),
                        ("Hungary quit the International Criminal Court on Thursday.", "HUN")):
        events = rule_events(text)
        assert find_event(events, "SANCTION", actor), (text, show_events(events))


def test_leaving_an_organisations_meeting_or_base_is_no_sanction() -> None:
    for text in ("Hungary's prime minister left the NATO summit early on Thursday.",
                 "A convoy of Bangladeshi peacekeepers left the UN base in Bor on Sunday."):
        events = rule_events(text)
        assert not [e for e in events if e.event == "SANCTION"], (text, show_events(events))


def test_space_words_in_a_clause_of_their_own_leave_a_missile_attack_alone() -> None:
    # review of round 33: the space cues are read in the launch's own phrase, not in a clause told beside it
    for text, actor in (("Russia launched missiles at Kyiv on Monday, hours after a Soyuz rocket carried two astronauts into orbit.", "RUS"),
                        ("Houthi rebels launched drones at a Saudi oil terminal on Tuesday while Riyadh was preparing to put a satellite into orbit.", "HOUTHIS")):
        events = rule_events(text)
        assert find_event(events, "ASSAULT", actor), (text, show_events(events))
