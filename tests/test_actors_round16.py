"""Round 16 actor keys: a junta (and residents) of the state where the story happens, aircraft named only as military,
the body accused not being the accuser's own, "the attackers" taken back to whoever attacked, and plural role nouns
the parser read as names."""

from helpers import key_of


def test_unplaced_junta_is_of_the_state_where_the_story_happens():
    text = ("BAMAKO (Reuters) - Tuareg rebels said on Sunday they had seized an army base near the town of Kidal in "
            "northern Mali. The junta's drones struck rebel positions overnight, residents said. Algeria and Algerian "
            "mediators urged restraint.")
    assert key_of(text, "junta") == "MLI.MIL"
    assert key_of(text, "residents") == "MLI.CVL"


def test_military_planes_are_the_states_armed_forces():
    text = ("Rebels in Myanmar's Shan state said they had captured a border town on Sunday. Military planes later "
            "bombed a school in the town, killing nine people.")
    assert key_of(text, "Military planes") == "MMR.MIL"


def test_the_body_accused_is_not_the_accusers_own():
    text = ("LONDON (Reuters) - The Conservative Party walked out of the cross-party talks on Monday after the Labour "
            "Party refused to cut taxes. Labour's leader accused the party of sabotaging the budget.")
    accused, own = key_of(text, "the party"), key_of(text, "Labour's")
    assert accused is not None and own is not None and accused != own
    assert accused == key_of(text, "Conservative Party")
    # defending the party keeps the speaker's own
    text = ("LONDON (Reuters) - The Conservative Party walked out of the cross-party talks on Monday after the Labour "
            "Party refused to cut taxes. Labour's leader defended the party on Tuesday.")
    assert key_of(text, "the party") is not None and key_of(text, "the party") == key_of(text, "Labour's")


def test_the_attackers_are_who_attacked_not_who_spoke():
    text = ("Gunmen who crossed from Niger attacked a police station in northern Nigeria overnight, killing three "
            "officers. A Nigerien government spokesman said the attackers were not from Niger's army.")
    assert key_of(text, "Gunmen") == "NER.UAF"
    assert key_of(text, "attackers") == "NER.UAF"
    text = ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. Kenyan troops later hunted down the "
            "attackers, a Somali official said.")
    assert key_of(text, "attackers") == "AL_SHABAAB"


def test_a_plural_role_read_as_a_name_stays_plural():
    text = ("KABUL (Reuters) - Gunmen who crossed from Pakistan attacked a border post, Afghan officials said. The "
            "ministry asked the Pakistani government to secure its side of the border.")
    assert key_of(text, "its side") == "PAK.GOV"


def test_participle_after_an_inserted_said_is_the_speakers():
    text = ("The Houthis prevented a UN ship from docking in Hodeidah on Monday, the World Food Programme said, accusing "
            "the rebel group of blocking food aid.")
    assert key_of(text, "group") == key_of(text, "Houthis")


def test_the_soldiers_again_are_the_soldiers_named_before():
    text = ("Venezuelan soldiers crossed into a disputed area on Monday, prompting Guyana's army to raise its alert level, "
            "before the soldiers withdrew, officials in Georgetown said.")
    assert key_of(text, "the soldiers") == "VEN.MIL"


def test_a_state_named_across_a_border_is_not_the_groups_home():
    text = ("Burkina Faso's army said it had killed dozens of militants in operations near the border with Niger "
            "last week.")
    assert key_of(text, "militants") == "BFA.REB"
