"""Word lists and small helpers shared by actor resolution and coreference."""

from __future__ import annotations

import re

from ..models import Mention

LOCATIVE_PREPS = frozenset({"in", "inside", "within", "across", "near", "throughout", "around", "into", "outside", "at", "over", "along"})
# "a court in Yekaterinburg", "protesters in Lyon": prepositions that place a group in a named city
CITY_PREPS = frozenset({"in", "inside", "across", "throughout"})
# "foreign broadcasters", "international observers": a group these words describe belongs to no state in the text
# "Western leaders", "world leaders", "African leaders" in an article about one state: of other states, or of many
FOREIGN_ADJS = frozenset({"foreign", "international", "overseas", "expatriate", "expat", "multinational", "western", "world",
                          "global", "european", "african", "asian", "nordic", "baltic"})
# "rebel leaders", "church leaders", "union leaders": a leader noun after a sector's noun is that sector's, not the
# government's (the modifier's role gives the sector)
LEADER_NOUNS = frozenset({"leader", "leaders", "leadership"})
# natural hazards given names: "Storm Boris", "Hurricane Milton", "Typhoon Yagi", "the Park Fire" are no actors
HAZARD_NOUNS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tornado", "blizzard", "wildfire", "bushfire", "fire",
                          "fires", "blaze", "complex", "depression"})
# forms of address that may stand before a name inside a PERSON entity without being a given name
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "imam",
                        "ayatollah", "rev", "father", "brother", "sister", "mullah", "emir", "prince", "princess", "king", "queen"})
# "the state must hold a monopoly on weapons", "the country should protect its citizens": a state noun as the
# subject of an obligation (and "the state" as any clause's agent) is the state acting as a government (GOV)
GOVERNING_STATE_NOUNS = frozenset({"state", "country", "nation"})
OBLIGATION_MODALS = frozenset({"must", "should", "ought", "shall", "need", "needs", "has", "have"})
# "'We will not back down,' the minister said": a first-person plural in reported speech is the speaker's side
FIRST_PLURAL_PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
REPORTING_VERBS = frozenset({"say", "tell", "add", "declare", "insist", "warn", "vow", "state", "write", "announce", "stress",
                             "claim", "pledge", "promise", "argue", "assert", "affirm"})
# a lede's closing attribution ("..., state television reported"): the verbs that hang the reported clause (round 37)
ATTRIBUTION_VERBS = REPORTING_VERBS | frozenset({"report", "confirm", "quote"})
# "gave the Swedish ambassador 72 hours to leave the country": the country an envoy must leave is the host, not his own
ENVOY_NOUNS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "attache", "attaché",
                         "charge", "chargé", "consul", "emissary"})
DEPARTURE_VERBS = frozenset({"leave", "exit", "depart", "quit"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them", "themselves", "theirs"})
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
# people who follow a party or a person: "supporters of Imran Khan", "PTI loyalists", "the cleric's followers"
ADHERENT_NOUNS = frozenset({"supporter", "follower", "loyalist", "sympathizer", "sympathiser", "partisan", "devotee", "adherent"})
# people who lead, speak for or belong to a body: "the head of the UN nuclear watchdog", "a spokesman for the
# Taliban", "leaders of the Gulf Cooperation Council" stand for that body (and "he" may then refer to them)
HEAD_NOUNS = frozenset(
    {"head", "chief", "leader", "leaders", "leadership", "president", "chairman", "chairwoman", "chairperson", "chair",
     "director", "boss", "founder", "spokesman", "spokeswoman", "spokesperson", "representative", "representatives",
     "envoy", "envoys", "delegate", "delegates", "member", "members", "official", "officials", "commander",
     "commanders", "negotiator", "negotiators", "secretary-general", "general", "director-general", "emissary"}
)
# "a spokesman for the Taliban", "the envoy for the UN": who the person speaks or acts for
FOR_HEAD_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "envoy", "representative", "negotiator", "emissary"})
DEFAULT_GROUP_SECTOR = {"militia": "REB", "militant": "REB", "rebel": "REB", "fighter": "REB", "insurgent": "REB"}
# Places, not actors: "central Myanmar", "Russia's Kursk region", "regions of Ukraine", "Chinese waters".
GEO_ADJS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
     "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "occupied", "rural", "coastal",
     "neighbouring", "neighboring", "mainland", "greater", "upper", "lower"}
)
PLACE_NOUNS = frozenset(
    {"region", "province", "city", "town", "village", "territory", "coast", "coastline", "capital", "border", "outskirts",
     "suburb", "part", "area", "district", "soil", "water", "airspace", "land", "interior", "countryside", "oblast",
     "governorate", "enclave", "frontier", "shore", "port", "heartland", "mainland", "side", "sea", "island", "highland",
     "camp", "street", "neighbourhood", "neighborhood", "county", "municipality", "hinterland",
     # parts of a place: "in the centre of Kharkiv", "the heart of Khartoum", "in the north of Syria"
     "centre", "center", "heart", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# generic nouns that make an unknown name a place: "the town of Debre X", "the X corridor", "X, a village in
# northern Mali" (the name is then no actor, whatever the NER model took it for)
TOWN_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "county", "municipality", "suburb",
                        "neighbourhood", "neighborhood", "township", "hamlet", "corridor", "crossing", "camp", "port",
                        "enclave", "locality", "commune", "settlement", "valley", "oasis", "outpost"})
# religious communities named by their faith: "the Druze community", "Christians in Mozambique", "the Catholic
# Church": the community of the state they are placed in (or the article is about), sector REL
RELIGIOUS_COMMUNITIES = frozenset(
    {"druze", "sikh", "sikhs", "christian", "christians", "catholic", "catholics", "muslim", "muslims", "hindu", "hindus",
     "jewish", "jews", "alawite", "alawites", "alawi", "coptic", "copts", "yazidi", "yazidis", "ahmadi", "ahmadis",
     "buddhist", "buddhists", "evangelical", "evangelicals", "protestant", "protestants", "orthodox", "maronite",
     "maronites", "ismaili", "ismailis", "bahai", "baha'i"})
# what a faith's name may head: "the Druze community", "the Coptic church", "the Sikh minority"
COMMUNITY_NOUNS = frozenset({"community", "communities", "minority", "minorities", "population", "church", "churches",
                             "faithful", "sect", "denomination", "diaspora"})
# military commands named by a region ("the Western Command", "Northern Command"): a command of the state's military
COMMAND_WORDS = frozenset({"command", "military command", "regional command", "theater command", "theatre command"})
COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                           "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west",
                           "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "home",
                           "coastal", "military", "regional", "theater", "theatre", "front"})
# natural features named after (or like) a state are places: "the river Jordan", "the Jordan river", "the Niger
# delta", "Lake Chad", "the Congo basin"
NATURAL_FEATURES = frozenset(
    {"river", "lake", "valley", "delta", "basin", "gulf", "bay", "strait", "straits", "mount", "mountain", "mountains",
     "desert", "peninsula", "plain", "plateau", "canal", "estuary", "lagoon", "creek"}
)
# what a bloc puts forward or imposes: an adjective of the bloc before these names the bloc ("a European offer",
# "the European proposal", "European sanctions")
BLOC_PROPOSAL_NOUNS = frozenset(
    {"offer", "proposal", "counterproposal", "counter-proposal", "plan", "initiative", "demand", "ultimatum", "draft",
     "package", "sanction", "tariff", "embargo", "mediation", "compromise"}
)
# bodies that are also buildings: in a locative phrase they are where something happened, not who did it ("a blast
# at a Gaza hospital", "shelters in a Sudanese school"), while "a Gaza hospital said" is the body speaking
FACILITY_ROLE_NOUNS = frozenset({"hospital", "hospitals", "school", "schools", "clinic", "clinics", "university", "mosque", "church"})
# the edge of a state: "rebels near the Algerian border", "troops along the frontier with Iran" are placed at the
# edge, not inside the state the border is named for
EDGE_NOUNS = frozenset({"border", "frontier", "boundary", "borderland", "borderlands"})
# "fled to Moscow", "march on Moscow", "flew to Paris": destinations of movement are places
MOTION_VERBS = frozenset(
    {"fly", "flee", "go", "travel", "return", "march", "arrive", "head", "move", "come", "carry", "take", "bring", "invite",
     "evacuate", "escape", "relocate", "transfer", "deport", "extradite", "smuggle", "sail", "drive", "walk", "retreat",
     "defect", "emigrate", "migrate", "airlift", "cross", "rush", "repatriate", "advance", "push", "trek", "journey", "get"}
)
MOTION_NOUNS = frozenset({"trip", "visit", "flight", "journey", "voyage", "route", "road", "way", "return", "march", "path", "mission"})
# the object of these verbs is a place ("tried to reach Gaza", "left Syria")
PLACE_OBJECT_VERBS = frozenset({"reach", "enter", "leave", "flee", "cross", "tour", "carry"})
# "Israeli-made drones", "Indian-administered Kashmir": an origin or place, not an actor ("Iran-backed" stays an actor)
PLACE_PARTICIPLES = frozenset(
    {"made", "built", "manufactured", "produced", "designed", "administered", "born", "based", "held", "occupied",
     "controlled", "registered", "flagged", "owned", "style", "speaking", "language"}
)
# offices held in a province or federal state: "Texas Governor Greg Abbott", "Bavaria's premier" (a region's
# "president" or "prime minister" is rarer than a mis-read name, so only these make a region an office-holder)
REGIONAL_OFFICES = frozenset({"governor", "premier", "first minister", "chief minister", "mayor", "lieutenant governor",
                              "attorney general", "state governor", "minister-president"})
# the last word of an untitled regional or city office ("regional governor", "the city's mayor"): who holds it is
# placed by the region or city the sentence names
REGIONAL_OFFICE_HEADS = frozenset({"governor", "mayor"})
# after a demonym or state name these are the state's military ("Russian drones", "American B-2 bombers")
MIL_AFTER_STATE = frozenset({"drone", "drones", "bomber", "bombers", "aircraft", "plane", "planes", "helicopter", "helicopters", "missile", "missiles"})
# bodies of a state named by what they deal with, after a state's or capital's possessive: "Manila's maritime
# council", "Tokyo's disaster task force" are the state's government (GOV) though the body is not in the registry
STATE_BODY_NOUNS = frozenset({"council", "committee", "commission", "task force", "taskforce", "agency", "authority", "board", "office"})
# military exercises: the services "involving"/"including"/"with" them take part in the holder's drills
EXERCISE_NOUNS = frozenset({"drill", "drills", "exercise", "exercises", "war game", "war games", "wargames", "maneuvers", "manoeuvres", "manoeuvre", "maneuver"})
# "fired missiles at Israel", "rockets at Ukraine": "at" after these aims at a target (an actor), not a place
AIMED_AT_WORDS = frozenset({"fire", "launch", "shoot", "lob", "hurl", "aim", "direct", "missile", "rocket", "drone", "shell", "projectile"})
# group/body role nouns that do not stand alone for a located group (equipment, buildings, companies, generic crowds)
NOT_BARE_GROUPS = frozenset(
    {"artillery", "battalion", "brigade", "regiment", "unit", "units", "tank", "tanks", "jet", "jets", "fighter jet", "fighter jets",
     "warplane", "warplanes", "warship", "warships", "gunboats", "gunship", "gunships", "helicopter gunships", "destroyer",
     "frigate", "submarine", "aircraft carrier", "strategic bombers", "hospital", "hospitals", "embassy", "consulate", "palace",
     "radio", "television", "newspaper", "newspapers", "school", "university", "universities", "company", "companies", "firm",
     "firms", "business", "businesses", "banks", "corporation", "oil company", "church", "union", "party", "parties",
     "ngo", "ngos", "charity", "charities", "aid agency", "aid group", "aid groups", "rights group", "rights groups",
     "media outlet", "media outlets", "news agency", "broadcaster", "crowd", "crowds", "mob", "public", "intelligence",
     "press", "armed group", "armed groups", "militant group", "militant groups", "rebel group", "rebel groups", "gang",
     "cartel", "militia", "trade union", "labor union", "labour union", "political party", "opposition party",
     "opposition parties", "state company", "delegation", "assembly", "crew"}
)
# unnamed civil-society bodies (NOT_BARE_GROUPS: no located group as objects or in lists) that are the subject of
# their own clause: "A migrant rights group accused the agents ...", "Rights groups denounced the verdict" are the
# home state's civil society (SOC); "a rights group said" gives only the source of a report
# "Armed groups clashed in Tripoli", "an armed group attacked a village": likewise the state's armed groups acting there;
# "Opposition parties accused him of ...": the home state's opposition (OPP), not that of a state named later in the sentence
SUBJECT_NGO_ROLES = frozenset({"ngo", "ngos", "charity", "charities", "aid agency", "aid group", "aid groups", "rights group", "rights groups",
                               "armed group", "armed groups", "militant groups", "rebel groups", "opposition parties",
                               "ruling party", "opposition party"})  # "The ruling party said it would boycott ..."
# head nouns of state bodies that "the <noun>" names again later ("the border service ... the service said")
BODY_AGAIN_NOUNS = frozenset({"service", "agency", "commission", "council", "committee", "authority", "board", "office", "directorate", "bureau",
                              "federation", "confederation", "association"})
# parts of a body that speak or act for it: "a spokesman for the rebels' political wing", "the group's armed wing"
WING_NOUNS = frozenset({"wing", "arm"})
# "gunmen believed to belong to the cartel", "suspected to belong to": the group named is the one they belong to
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "say", "report", "allege"})
# words of a former office between coordinated names: "Tidjane Thiam and ex-President Laurent Gbagbo"
FORMER_WORDS = frozenset({"former", "ex", "-"})
# a spokesperson whose modifier names a state body ("a police spokesman", "an army spokeswoman") speaks for that body
# of the state the sentence or article is about, like "the police" themselves
BODY_SPEAKER_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
ARMED_NOUNS = frozenset(
    {"militant", "militants", "rebel", "rebels", "paramilitary", "paramilitaries", "fighter", "fighters", "guerrilla",
     "guerrillas", "insurgent", "insurgents", "jihadist", "jihadists", "militia", "militiaman", "militiamen", "mercenaries",
     "gunmen", "extremist", "extremists", "terrorist", "terrorists", "separatist", "separatists", "faction"}
)
# round 39: bare plurals for the people of an armed group ("killed 14 insurgents"): the article's one named armed
# group of the state they would default to ("militia"/"gunmen" left out: often another, unnamed band)
GENERIC_ARMED_PLURALS = frozenset(
    {"militants", "rebels", "insurgents", "fighters", "jihadists", "extremists", "terrorists", "guerrillas",
     "separatists", "militiamen", "attackers", "assailants"}
)
# modifiers that leave such a noun generic ("Jihadist fighters", "suspected militants")
GENERIC_ARMED_MODIFIERS = frozenset({"jihadist", "islamist", "suspected", "armed", "militant", "rebel", "extremist", "insurgent"})
# round 43: nouns for armed or criminal people that take back a named armed group only when it was named BEFORE them
# ("Gang X killed ... gunmen later torched", "these bandits"); where none was, an unidentified band of the place
ANAPHORIC_ARMED_PLURALS = frozenset({"gunmen", "criminals", "bandits", "kidnappers", "abductors", "raiders", "armed men"})
# round 43: determiners that leave a generic armed noun the same people ("all five attackers", "both assailants",
# "these criminals"): a quantity of them, or a pointer back
QUANTITY_DETS = frozenset({"all", "both", "some", "several", "many", "most", "these", "those"})
# round 43: quantity words among a noun's modifiers that do not set it apart ("several dozen", "three hundred")
QUANTITY_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "several",
                            "few", "many", "handful", "some", "about", "around", "nearly", "almost", "at", "least"})
# round 43: modifiers that say the armed people are not known to be any group named ("unidentified gunmen")
UNNAMED_WORDS = frozenset({"unknown", "unidentified", "unnamed", "masked", "anonymous"})
# modifiers that set a generic noun apart from the group named before ("rival militants", "other rebels")
OTHER_SIDE_WORDS = frozenset({"other", "another", "rival", "different", "allied", "pro-government", "foreign", "new", "former", "ex"})
# round 39: generic heads' titles (a government's when a state's, the body's after a body's name: "COSATU president")
BODY_HEAD_TITLES = frozenset({"president", "leader", "spokesman", "spokeswoman", "spokesperson"})
# round 39: "X, who heads a Tripoli prison": verbs by which a relative clause gives a person the body he heads
HEADING_VERBS = frozenset({"head", "lead", "run", "command", "chair", "direct"})
# what such a person heads, when it is no role of the registry: an institution, not a shop ("runs a bakery")
HEADED_BODY_NOUNS = frozenset({"prison", "jail", "centre", "center", "agency", "office", "department", "unit", "brigade",
                               "force", "militia", "council", "commission", "ministry", "union", "service", "directorate"})
# verbs whose object "it" is usually an actor ("accused it of", "urged it to")
ACTOR_OBJECT_VERBS = frozenset(
    {"accuse", "blame", "urge", "lead", "attack", "condemn", "warn", "criticise", "criticize", "sanction", "support", "back",
     "join", "ask", "invite", "press", "force", "call on", "pressure", "threaten", "target", "strike", "hit", "fight", "defeat",
     "recognise", "recognize", "designate", "ban", "expel", "suspend", "help", "arm", "fund", "persuade", "tell", "allow"}
)
ARMED_SECTORS = frozenset({None, "REB", "PRM", "CRM", "UAF", "MIL"})
# sectors of unarmed civil bodies ("the charity", "the rights group"): never taken back to an armed organisation
CIVIL_SECTORS = frozenset({"SOC", "MED", "EDU", "LAB", "REL", "HRI"})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


# British spellings of words in office titles, read as the registry's (American) ones: "Defence Secretary"
US_SPELLINGS = {"defence": "defense", "labour": "labor", "programme": "program", "centre": "center"}
_SPELLING_RE = re.compile(r"\b(" + "|".join(US_SPELLINGS) + r")\b")


def us_spelling(text: str) -> str:
    """A lower-case title with British spellings made American: "defence secretary" -> "defense secretary"."""
    return _SPELLING_RE.sub(lambda m: US_SPELLINGS[m.group(1)], text)


def _titles(m: Mention) -> bool:
    """Whether a mention can give a name its key when it stands before or beside it: a state, an organisation,
    or a role phrase ("Czech President", "Iran's foreign minister")."""
    return m.kind in ("state", "org", "igo") or (m.kind == "person" and m.via in ("demonym", "role"))
# a subject pronoun of these verbs after "X accused Y of ..." is usually the accused: "but it denied the charge"
DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "disavow"})
ACCUSE_VERBS = frozenset({"accuse", "blame", "charge", "allege", "fault", "implicate"})
# "his death", "her funeral": the possessor is the one killed, not the speaker
DEATH_NOUNS = frozenset({"death", "killing", "assassination", "funeral", "burial", "slaying", "murder", "execution", "body", "remains"})
KILL_VERBS = frozenset({"kill", "assassinate", "murder", "execute", "slay", "shoot", "eliminate", "behead", "hang", "poison"})
# "X-linked group", "an Iran-backed militia": the named actor in the modifier is someone else
RELATION_PARTICIPLES = frozenset(
    {"linked", "backed", "allied", "affiliated", "aligned", "inspired", "supported", "sponsored", "funded", "armed",
     "trained", "led", "dominated", "controlled", "run", "leaning", "friendly", "affiliate", "proxy"}
)
# "militants linked to the Islamic State", "fighters loyal to Hemedti", "jihadists affiliated with al Qaeda":
# a group tied to a named organisation is coded as that organisation (its affiliate); "backed by" is not here:
# a sponsor is someone else ("Iran-backed militias" are not Iran)
# political currents that make a bare "leader" before a name a movement's, not a state's: "far-right leader X",
# "nationalist leader X", "pro-democracy leader X" (OPP)
CURRENT_WORDS = frozenset({"right", "left", "far-right", "far-left", "nationalist", "islamist", "populist", "separatist",
                           "dissident", "democracy", "pro-democracy", "independence", "secessionist", "royalist"})
# nouns for people running in an election, which can stand before a name ("far-right candidate Ana Popa")
CANDIDATE_NOUNS = frozenset({"candidate", "hopeful", "contender", "challenger"})
# unnamed political bodies whose leaders are not a government: "leaders of the independence movement"
MOVEMENT_NOUNS = frozenset({"movement", "party", "coalition", "alliance", "front", "bloc", "opposition"})
# words that put a party or movement in opposition: "leaders of the opposition party", "the separatist movement"
OPPOSING_WORDS = frozenset({"opposition", "independence", "separatist", "secessionist", "protest", "rebel", "dissident", "pro-independence"})
# parts of an organisation that stand for it: "gunmen from the X faction of the Sinaloa cartel" are the cartel's
GROUP_PART_NOUNS = frozenset({"faction", "wing", "branch", "cell", "unit", "splinter", "offshoot", "arm", "brigade", "column"})
AFFILIATION_WORDS = frozenset({"link", "linked", "affiliate", "affiliated", "ally", "allied", "tie", "tied", "loyal", "align", "aligned", "connect", "connected"})
# "Iran-backed militias", "Russian-trained forces": the state in the modifier sponsors the group, it is neither
# the group's home nor its actor
SPONSOR_PARTICIPLES = frozenset(
    {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "equipped", "inspired", "assisted"}
)
# nouns for an organisation's regional branch after its possessive and a place: "the Islamic State's Somalia
# Province", "al Qaeda's Yemen branch"
BRANCH_NOUNS = frozenset({"province", "branch", "affiliate", "franchise", "chapter", "offshoot"})
# a state tied to a group by a hyphen names the group's patron, as a sponsor does: "an Iran-aligned faction"
ALIGNED_PARTICIPLES = frozenset({"aligned", "allied", "loyal"})
# a state hyphened to a go-between's participle is the deal's broker, a third party and neither side of it: "a
# U.S.-brokered truce", "Qatar-mediated talks" (the sides are the story's; "a truce brokered by X" is read by the roles)
BROKER_PARTICIPLES = frozenset({"brokered", "mediated", "facilitated"})
# group nouns that name an unnamed armed group when a sponsor modifies them ("an Iran-backed militia",
# "a Turkish-backed armed group"), though bare they are too generic to place
SPONSORED_GROUPS = frozenset({"militia", "militias", "group", "groups", "force", "forces", "faction", "factions", "proxy", "proxies"})
# naming constructions: "Turkey's intelligence agency, known as MIT", "a group calling itself X"
NAMING_VERBS = frozenset({"know", "call", "name", "dub", "style", "brand"})
# words that may stand in an unnamed body's phrase besides its role words ("the state statistics institute",
# "the national electoral institute", "the Joint Chiefs of Staff"): such a phrase names no organisation
ROLE_PHRASE_WORDS = frozenset({"state", "national", "federal", "central", "of", "and", "for", "staff", "agriculture",
                               "commerce", "energy", "migration", "trade", "economy", "education", "environment",
                               "transport", "labour", "labor", "culture", "industry", "statistics", "electoral",
                               "roman", "disaster", "risk", "reduction", "immigration", "emergency", "emergencies"})  # "the Roman Catholic Church" is the catholic church of the state
# bare nouns for officers, military by default, the police's in an article that has named its police
OFFICER_NOUNS = frozenset({"officer", "officers"})
# "agents" alone are intelligence (SPY); after "immigration agents" or "border agents" they are those agents
AGENT_NOUNS = frozenset({"agent", "agents"})
# sectors of a state's own people and opposition: "the government" they accuse or protest against is their own
DOMESTIC_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB", "LEG"})
# prefixes that make a demonym or place name into a name across many states ("Pan-American", "pan-Arab", "trans-Sahara")
SPAN_PREFIXES = frozenset({"pan", "trans"})
# round 46: a compass or cultural word before a demonym that makes it a continent's or a region's adjective, no
# state's: "Latin American governments", "South American leaders", "Central American migrants" (not the United
# States'); "South African", "North Korean" are states' own names, and "North American" is left to the US (NORAD)
CONTINENT_ADJ_PREFIXES: dict[str, frozenset[str]] = {
    "american": frozenset({"latin", "south", "central", "meso"}),
}
# the head words of a party's name ("the Socialist Party", "the Liberal party")
PARTY_NOUNS = frozenset({"party"})
# words that make a party's known name part of another party's ("Social Democrats", "Free Democrats", "Liberal
# Democrats", "New Democrats": not the US Democrats)
PARTY_NAME_WORDS = frozenset({"social", "free", "liberal", "new", "radical", "progressive", "christian", "national",
                              "popular", "united", "green", "civic", "swiss", "sweden", "finns", "true"})
# armed groups that belong where the fighting is (insurgents, gunmen): unplaced, they are of the state the article's
# locations name most, not of a foreign state named more often as an actor (civilians are left to the article's
# state: a meeting place names no one's people)
THEATRE_SECTORS = frozenset({"REB", "UAF"})
# round 35: the sectors of unplaced people an insurgency or gang of another state does harm to, who are of the group's
# state (not forces or officials: a group fights a foreign army as often as its own), and the verbs of captives (a
# group holds and frees foreigners: "the rebels released the crew members" are no guess for the group's state)
VICTIM_SECTORS = frozenset({"CVL", "SOC", "BUS", "EDU", "MED", "REL", "JRN", "AGR", "LAB"})
# Round 36: organs of a state's home affairs: a story naming its own (police, courts) is of that state's people
HOME_AFFAIRS_SECTORS = frozenset({"COP", "JUD"})
# round 40: nouns for people a group holds captive (their state is the one the group fights, not the place)
CAPTIVE_NOUNS = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "abductees"})
CAPTIVE_VERBS = frozenset({"release", "free", "hold", "kidnap", "abduct", "seize", "capture", "detain", "hand",
                           "swap", "exchange", "take", "hostage", "rescue", "evacuate"})
# a junta rules, and residents live, where the story happens: unplaced, they too are of the theatre's state ("the
# junta's air force bombed rebel positions ... China called for a ceasefire": the junta is not China's)
THEATRE_NOUNS = frozenset({"junta", "juntas", "residents", "villagers", "inhabitants"})
# "gunmen who crossed from Afghanistan": verbs of coming from a state
ORIGIN_VERBS = frozenset({"cross", "come", "infiltrate", "enter", "arrive", "slip", "sneak", "travel", "flee"})
# authorities that detain, disperse or punish, and the clauses that give the reason ("police detained students
# after they blocked a road": "they" are the students)
AUTHORITY_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})
REASON_MARKS = frozenset({"after", "because", "when", "as", "for"})
# acts of protest, defiance or violence: done by those an authority acts on, not by the authority
DEFIANCE_VERBS = frozenset({"block", "blockade", "protest", "march", "rally", "demonstrate", "riot", "storm", "occupy", "barricade",
                            "throw", "hurl", "burn", "torch", "loot", "vandalize", "vandalise", "smash", "attack", "clash",
                            "defy", "refuse", "resist", "chant", "picket", "stage", "gather", "assault", "beat", "stone",
                            "shout", "disrupt", "invade", "break", "trespass", "ignore", "try", "attempt", "set"})
# "NATO-led peacekeepers", "a UN-commanded force": the organisation before the hyphen leads the group
LEADER_PARTICIPLES = frozenset({"led", "commanded"})
# verbs of blaming: the body a clause accuses is not the accuser's own ("the ANC's leader accused the party")
ACCUSING_VERBS = frozenset({"accuse", "blame", "criticise", "criticize", "condemn", "denounce", "sue", "fault", "slam"})
# armed groups no state commands: the only unnamed groups "the attackers" refers back to
IRREGULAR_SECTORS = frozenset({"REB", "PRM", "CRM", "UAF"})
# "the attackers" refers back to whoever was the subject of one of these verbs
ATTACKER_NOUNS = frozenset({"attacker", "attackers", "assailant", "assailants"})
ATTACK_VERBS = frozenset({"attack", "behead", "kill", "storm", "raid", "ambush", "bomb", "shell", "shoot", "fire", "abduct",
                          "kidnap", "massacre", "strike", "hit", "target", "stab", "torch", "burn", "overrun", "seize"})
# nouns for whichever state's governing body a passage is about ("the government", "the regime"): an earlier bare
# use of the noun is no name for a later one to match
GOVERNING_NOUNS = frozenset({"government", "regime", "administration"})
# a state's ruling military: bare, it is the story's state's (round 37)
RULING_MILITARY_NOUNS = frozenset({"junta"})
# nouns for an organisation's branch in one state ("Islamic State's Mozambique branch", "al Qaeda's Yemeni affiliate")
BRANCH_NOUNS = frozenset({"branch", "affiliate", "franchise", "offshoot", "province"})
# "the two parties joined forces a year ago", "pooled forces": verbs whose bare object "forces" is an idiom, no actor
IDIOM_FORCES_VERBS = frozenset({"join", "combine", "pool", "unite"})
# the last word of a cabinet title before a name ("Defence Minister", "Interior Secretary"): a known person the
# registry lists in no such office, in a story that never names his state, is a namesake
NAMESAKE_TITLE_HEADS = frozenset({"minister", "secretary"})
# capitalised heads of names that a group noun's possessive may start ("the People's Party", "the Workers' Party",
# "People's Liberation Army"): the group noun is then a word of the name
NAME_HEAD_NOUNS = frozenset({"party", "front", "army", "movement", "alliance", "congress", "union", "league", "council",
                             "assembly", "coalition", "forces", "force", "mujahideen", "brigades", "committee"})
# lower-case particles inside Portuguese, Spanish, French and Italian place names ("Mocimboa da Praia", "Santa Cruz de
# la Sierra"): a capital's name right after one ends a longer name, not the capital
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "la", "le", "el"})
# states whose people's names English news writes family name first ("Kim Jong Un ... Kim said", "Lee Jae Myung")
FAMILY_NAME_FIRST_STATES = frozenset({"PRK", "KOR", "CHN", "TWN"})
# states whose news names a person again by the given name, the first word ("Anwar Ibrahim ... Anwar said",
# "Prabowo Subianto ... Prabowo", "Paetongtarn Shinawatra ... Paetongtarn")
GIVEN_NAME_FIRST_STATES = frozenset({"MYS", "IDN", "THA", "BRN"})
# generic nouns a name may follow ("the West African bloc ECOWAS", "the militant group Hezbollah"): people "from" or
# "of" such a phrase are the named organisation's
NAMED_BY_NOUNS = frozenset({"bloc", "group", "organisation", "organization", "alliance", "movement", "militia", "coalition"})
# sectors of offices whose former holders are ex-officials (ELI): "a former minister", "a former army chief" (outside
# GOV and LEG only a title counts: "a former general", never "a former soldier"; a former nurse is no official)
FORMER_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY"})
# untitled ranks that are offices all the same: "a former officer", "a former army officer" (a commissioned rank)
FORMER_RANK_NOUNS = frozenset({"officer", "officers"})
# capitalised title nouns a portfolio word stands in ("Interior Minister", "Secretary of State"): the portfolio word
# the NER model tags alone is no actor
PORTFOLIO_TITLES = frozenset({"minister", "ministry", "secretary", "department"})
# round 30: head nouns of a named civil-society body ("the Irish Refugee Council", "the Palestinian Prisoners' Society",
# "the Moroccan Association for Human Rights"): with a demonym or state first and the people or the cause it speaks
# for inside, the name is that state's civil society (SOC), not the people it names
ADVOCACY_HEADS = frozenset({"council", "commission", "society", "association", "institute", "foundation", "committee",
                            "network", "centre", "center", "league", "federation", "coalition", "forum", "observatory",
                            "organisation", "organization", "club", "alliance"})
# the causes such a body names ("Human Rights", "Civil Liberties", "Press Freedom"); the people it speaks for are the
# role nouns of civilians and refugees (CVL, REF: "Refugee", "Prisoners", "Women", "Asylum Seekers")
ADVOCACY_CAUSES = frozenset({"rights", "liberties", "freedom", "freedoms", "justice", "democracy", "transparency"})
# round 31: the heads of political fronts that name democracy as their cause ("the Sudanese Alliance for
# Democracy", "the Togolese League for Democracy") are parties or fronts, not civil society
POLITICAL_FRONT_HEADS = frozenset({"alliance", "coalition", "league", "front", "forum", "movement", "union", "rally"})
POLITICAL_CAUSES = frozenset({"democracy"})
# round 30: nouns of the U.N.'s forces and missions in a state ("U.N. peacekeepers", "the U.N. mission", "UN peacekeeping
# troops"): with the U.N. named on them (or "the mission" taken back to the U.N.) they are the U.N. mission of that state
UN_MISSION_NOUNS = frozenset({"peacekeepers", "peacekeeper", "peacekeeping", "mission", "force", "forces", "troops",
                              "blue", "helmets", "contingent", "patrol", "patrols"})
# round 30: what a territory named as a modifier is the setting of ("the Gaza war", "the Gaza ceasefire talks", "the
# West Bank offensive"): no party to it
SETTING_NOUNS = frozenset({"war", "wars", "conflict", "truce", "ceasefire", "cease-fire", "talks", "negotiations", "crisis",
                           "peace", "deal", "accord", "plan", "process", "offensive", "fighting", "campaign", "operation"})
# round 30: military and police ranks written abbreviated between a title and a name ("army spokesman Lt. Jules
# Mbala", "police spokesman Supt. X"); read without the full stop
RANK_ABBREVIATIONS = frozenset({"lt", "col", "gen", "maj", "capt", "brig", "sgt", "cpl", "adm", "cmdr", "cdr", "supt", "insp",
                                "lt-col", "lt-gen", "maj-gen", "brig-gen", "lt.-col", "lt.-gen", "maj.-gen", "brig.-gen"})
# fields of ministries that are also one-word party names ("Labour Minister X" is the labour portfolio, not Labour)
PORTFOLIO_FIELDS = frozenset({"labour", "labor"})
# governing organs of an organisation, named by the organisation's possessive ("the alliance's Standing Committee")
ORGAN_NOUNS = BODY_AGAIN_NOUNS | {"secretariat", "assembly", "presidium"}
# "pro-"/"anti-" before a name or demonym: a stance toward it ("pro-Russian", "anti-American"), not its party
STANCE_PREFIXES = frozenset({"pro", "anti"})
# possessors that name the story's own place: "the city's Chinatown", "the capital's old quarter", "the country's
# north" lie in the state the story is filed from
POSSESSOR_PLACE_NOUNS = frozenset({"city", "capital", "country", "nation", "town", "island", "port"})
# dateline cities where states meet or that wire bureaus cover a region from ("GENEVA -", "BRUSSELS -", "DUBAI -"):
# a story filed there is mostly about the states it names, so the dateline's own state gets half a vote and no
# bare-titled official (see ``ResolverBase._home_country``, ``PersonResolver``)
VENUE_DATELINE_CITIES = frozenset({"geneva", "brussels", "vienna", "new york", "united nations", "the hague", "davos",
                                   "munich", "strasbourg", "doha", "dubai"})
# bare plural nouns for anonymous voices: "critics say", "opponents argue" hedge a claim and name no party
HEDGE_NOUNS = frozenset({"critics", "opponents", "detractors", "skeptics", "sceptics"})
# nouns whose possessor or "of" names whom they oppose, not whose they are: "Israel's critics", "critics of Iran" are
# no party of Israel or Iran (only a government's, regime's or leader's critics are its opposition: "government
# critics", "critics of the junta")
TARGET_OWNER_NOUNS = frozenset({"critic", "critics"})
# verbs of a relative clause that say where or what a state is, not what it does: "fled to Poland, which borders
# Ukraine" is a destination still ("flew them to Guatemala, which agreed to take them in" is an actor)
STATIVE_RELATIVE_VERBS = frozenset({"border", "lie", "share", "have", "neighbour", "neighbor", "remain", "sit"})

# round 28: ships named by the state whose flag they fly or whose people own them ("a Danish-owned container ship", "a
# Marshall Islands-flagged tanker"): the participle after the hyphen, and the ship nouns such a name heads
SHIP_STATE_PARTICIPLES = frozenset({"owned", "flagged", "registered", "operated"})
SHIP_NOUNS = frozenset({"ship", "vessel", "tanker", "carrier", "freighter", "boat", "trawler", "ferry", "bulker",
                        "containership", "dhow", "yacht", "tugboat", "barge"})
# round 28: words that make a government a province's or a rival's, not the state's ("the regional administration",
# "the parallel government", "the shadow government")
SUBNATIONAL_WORDS = frozenset({"regional", "local", "provincial", "municipal", "city", "county", "district", "state",
                               "parallel", "rival", "shadow", "exiled", "autonomous", "separatist", "breakaway"})
# round 29: verbs that found a government or body ("the parallel government set up by the RSF", "the RSF declared
# a rival administration"): the body is its founder's ("set" only with "up"); the nouns such a founder owns
FOUNDING_VERBS = frozenset({"set", "form", "establish", "declare", "create", "proclaim", "install", "found"})
FOUNDED_BODY_NOUNS = frozenset({"government", "administration", "cabinet", "authority", "council", "parliament"})

# round 31: the conjunctions of a clause that gives the reason or the time of what a state did to another ("Canada lifted
# sanctions on Nicaragua after the government freed 40 prisoners"): "the government" as its subject is the other state's
REASON_TIME_MARKS = frozenset({"after", "because", "since", "until", "unless", "once", "as", "when", "before"})
# round 31: the sectors of a state's political sides that a coordination joins ("the government and the opposition",
# "the ruling party and the opposition"): a bare one takes the state of the other, when the words give that one's
COORDINATED_SIDE_SECTORS = frozenset({"GOV", "OPP", "PTY", "LEG"})

# round 32: a protest crowd named by a bare crowd noun ("police detained dozens of demonstrators") after a sector
# group was said to protest ("thousands of teachers marched") is that group
CROWD_NOUNS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                         "marcher", "marchers"})
CROWD_SECTORS = frozenset({"EDU", "LAB", "AGR", "MED"})
PROTEST_ACT_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "block", "blockade", "strike", "occupy",
                               "picket", "riot", "storm", "gather", "barricade", "stage", "clash"})
PROTEST_ACT_NOUNS = frozenset({"protest", "strike", "demonstration", "rally", "march", "walkout", "blockade", "sit-in"})
PROTEST_PARTICIPLES = frozenset({"striking", "protesting", "marching", "demonstrating"})
# "people suspected of links to Islamic State", "men with ties to al Qaeda", "suspected of belonging to ...": the
# words between a group of people and the armed group they are tied to
TIE_LEAD_WORDS = frozenset({"suspected", "accused", "alleged", "allegedly", "believed", "of", "to", "have", "having", "with",
                            "close", "direct", "be", "being"})
TIE_WORDS = frozenset({"links", "link", "ties", "tie", "connections", "connection", "belonging", "linked", "tied",
                       "affiliated", "loyal"})
TIE_PEOPLE = frozenset({"people", "men", "women", "persons", "individuals", "suspects", "youths", "others", "man", "woman",
                        "person", "suspect"})
# "the (main) opposition Nepali Congress": words that may stand between "opposition" and the party it calls so
OPPOSITION_RANKS = frozenset({"main", "largest", "biggest", "leading", "chief", "principal", "the"})
# "leaders of the opposition X Party": people named as part of a party
PARTY_PART_NOUNS = frozenset({"leaders", "leader", "members", "member", "officials", "lawmakers", "supporters",
                              "activists", "figures", "candidates", "legislators"})
# round 41: head nouns of an unnamed body described by the people or field it serves ("a grassroots health network",
# "the student movement", "a coalition of nurses' unions") and, without its field, named again ("the association");
# lemmas (bodies.py)
BODY_HEADS = frozenset({"association", "network", "movement", "coalition", "alliance", "federation", "union", "group",
                        "organisation", "organization", "committee", "council", "society", "collective", "syndicate",
                        "confederation", "forum", "platform", "league", "front"})
# the civil sectors such a body may speak for (a "police union" or "army veterans' group" is a state organ's people)
BODY_SECTORS = frozenset({"SOC", "MED", "EDU", "LAB", "REL", "JRN", "AGR", "BUS", "REF", "OPP", "HRI", "CVL"})
# words of a field (adjectives and nouns that are no role) and the sector of a body serving it
FIELD_SECTORS = {
    "medical": "MED", "health": "MED", "healthcare": "MED", "hospital": "MED",
    "student": "EDU", "university": "EDU", "academic": "EDU",
    "press": "JRN", "media": "JRN",
    "rights": "SOC", "humanitarian": "SOC", "civic": "SOC",
    "labour": "LAB", "labor": "LAB", "trade": "LAB",
    "religious": "REL", "church": "REL",
    "agricultural": "AGR",
    "opposition": "OPP",
}
# round 41: head nouns of a body's name that the article may use alone, capitalised, for the body named before ("the
# European Commission ... the Commission", "the Palestinian Authority ... the Authority") (bodies.py)
SHORT_NAME_HEADS = BODY_HEADS | frozenset({"commission", "authority", "court", "tribunal", "bank", "fund", "assembly",
                                           "mission", "parliament", "agency", "congress", "senate", "office", "service"})
# round 41: head nouns of an executive office's name that a state's possessive makes that state's government
# ("Australia's Department of Defence", "Chile's Interior Ministry" read as an unknown name) (bodies.py)
OFFICE_HEADS = frozenset({"department", "ministry", "office", "directorate", "secretariat", "cabinet", "presidency"})
# round 46: head nouns of a body's name that a state's possessive makes that state's body of the sector given, where
# the name alone is unknown or is the name of an international body ("South Korea's National Security Council" is
# not the U.N. one; "Iran's Atomic Energy Organization", "Russia's Pacific Fleet") (bodies.py)
OWNED_NAME_SECTORS: dict[str, str] = {
    "council": "GOV", "committee": "GOV", "commission": "GOV", "agency": "GOV", "organization": "GOV",
    "organisation": "GOV", "bureau": "GOV", "board": "GOV", "fleet": "MIL", "command": "MIL", "flotilla": "MIL",
}

# Round 52 (r52c): nouns of a fight whose sides a "between" phrase names ("clashes between rival armed groups",
# "fighting broke out between armed groups in the capital"): an unnamed armed group so named is a side of it, read
# as a located group (actors/groups.py ``_r52c_fight_side``)
R52C_FIGHT_NOUNS = frozenset({"clash", "clashes", "fighting", "fight", "gunbattle", "gunfight", "battle", "skirmish", "firefight", "violence"})
