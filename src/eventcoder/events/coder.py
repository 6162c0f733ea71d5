"""PLOVER event coding from dependency parses, as the spaCy component ``eventcoder_events``.

For each sentence: find triggers (verbs, multiword verbs, nominal events), read actor and recipient
from the dependency structure (subjects, passive agents, objects, recipient prepositions,
possessives and modifiers of nominal events, control verbs), then negation, modality and
conditions, mode, date and place. Writes ``doc._.events`` (a list of :class:`Event`).
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from spacy.attrs import DEP, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..guard import guarded
from ..models import Actor, Condition, Event, Mention, content_id
from ..nlp import child_indices, doc_text, forget_sentences, lower_lemmas, sent_of, subtree_indices, token_attrs
from .claims import quoted_charges, quoted_words, reported_charges
from .clauses import authority_doer, authority_sector, narrated_relative
from .discourse import infer_recipients
from .lexicon import Lexicon, Trigger, get_lexicon
from .modality import MODAL_AUX, Modality, _verb_keys, claim_nouns, denial_verbs, denied_clause, read_modality
from .phrases import phrased_actor
from .places import event_place
from .syntax import mention_index, same_party
from .timex import _WEEKDAYS as timex_weekdays
from .timex import decade_start, event_when, token_period
from .triggers import COOPERATION_TO_AGREE, TriggerFinder, _heads

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
# acts found with no actor the roles could name ("a car bomb killed 75 people"): not events of the record,
# kept so a sentence classifier (and a curious user) can still see what kind of act the sentence reports
if not Doc.has_extension("unattributed"):
    Doc.set_extension("unattributed", default=None)

from .roles import (  # noqa: F401  (re-exported for the coder and its tests)
    _ADJUNCT_PREPS,
    _FROM_IS_RECIPIENT,
    _NOT_PARTIES,
    _RECIPROCAL,
    DEFAULT_RECIPIENT_PREPS,
    OBJ,
    PASS_SUBJ,
    RELATIVE,
    SUBJ,
    Found,
    RoleReader,
    passive_anchor,
    through_prep,
    unique_keys,
)

# Round 47 (study hook): None in use; a study script sets a callable ``hook(doc, tok, type, reason)`` to learn
# where a found trigger (or the event made from it) is dropped. Zero cost when off.
DROP_HOOK = None


def _dropped(doc: Doc, f, reason: str) -> None:
    DROP_HOOK(doc, f.tok, f.trigger.type, reason)


def _traced(doc: Doc, label: str, events: list, heads: list, step) -> tuple[list, list]:
    """Run one whole-article step (``step()`` returns its events and heads); with the drop hook on, report what it dropped."""
    if DROP_HOOK is None:
        return step()
    before = (list(events), list(heads))
    after = step()
    _post_drops(doc, label, *before, *after)
    return after


def _post_drops(doc: Doc, label: str, events0: list, heads0: list, events1: list, heads1: list) -> None:
    """Report the events a whole-article step dropped (by trigger token and type; hook mode only)."""
    after = {(h.i, e.event) for e, h in zip(events1, heads1)}
    for e, h in zip(events0, heads0):
        if (h.i, e.event) not in after:
            DROP_HOOK(doc, h, e.event, "post:" + label)


def _first_reason(f, *tests) -> str:
    """The label of the first test ``(label, function, *arguments)`` that holds (hook mode only: read again)."""
    for label, test, *args in tests:
        try:
            if test(*args):
                return label
        except Exception:  # noqa: BLE001
            continue
    return "+".join(t[0] for t in tests)

# time adjuncts that place an act before or around another, past one: "after talks", "during a visit"
_PAST_ADJUNCTS = frozenset({"after", "during", "following"})
_SENT_TO = frozenset({"to", "into"})  # prepositions of a sending's destination ("ordered troops to the capital")
_BETWEEN = frozenset({"between"})  # Round 40: the parties of an act noun named on its onset verb



def _accusers_of(actors: list[Mention], prior: list[tuple[int, str, list[Mention]]],
                 prior_targets: dict[int, set[str]]) -> list[Mention]:
    """Round 41: the parties of the latest accusation coded so far that was aimed at one of these actors' states or
    groups (none of them the actors' own)."""
    roots = {m.key.split(".", 1)[0] for m in actors}
    for i, kind, doers in reversed(prior):
        if kind == "ACCUSE" and roots & prior_targets.get(i, set()):
            out = [m for m in doers if m.key.split(".", 1)[0] not in roots]
            if out:
                return out
    return []


def _served_party(doc: Doc, grounds: Token, actors: list[Mention]) -> list[Mention]:
    """The party a charge says the accused served ("detained a man accused of spying for Ukraine": the accusation is
    aimed at Ukraine, while the arrest falls on the man); none where the charge names no one it was done for."""
    index = mention_index(doc)
    own = {m.key for m in actors}
    out: list[Mention] = []
    for t in grounds.subtree:
        if t.dep_ == "prep" and t.lower_ == "for" and t.head.pos_ == "VERB":
            for g in t.children:
                m = index.get(g.i)
                if g.dep_ == "pobj" and m is not None and m.key not in own and m not in out:
                    out.append(m)
    return out

def _no_events(doc: Doc) -> None:
    doc._.events = []
    doc._.unattributed = []


# Round 51 (r51c): subjects that name no party of their own for a reported wrong
_R51C_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you", "them", "us", "who", "which", "that"))
# Round 51 (r51c): a society's voices and the authorities they may charge within one state
_R51C_VOICES = frozenset(("LAB", "SOC", "OPP"))
_R51C_AUTHORITIES = frozenset(("GOV", "LEG", "JUD", "COP", "MIL"))
# Round 51 (r51c): words that make a clause the setting of another act, not a wrong charged
_R51C_SETTING = frozenset(("after", "before", "when", "while", "as", "since", "until", "once", "because"))


class EventCoder(TriggerFinder, RoleReader):
    """Codes PLOVER events in a Doc whose actors were resolved by ``eventcoder_actors``."""

    def __init__(self, nlp: Language, lexicon_files: Iterable[str] = ()) -> None:
        self.lex: Lexicon = get_lexicon(tuple(lexicon_files))
        self.reporting = self.lex.cue_set("reporting_verbs")
        # cue phrases indexed by their first word: a sentence is scanned once, not once per cue
        self._not_index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for etype, phrases in self.lex.nots.items():
            for ph in phrases:
                if ph:
                    self._not_index.setdefault(etype, {}).setdefault(ph[0], []).append(ph)
        # every word of a type's ``not`` phrases: a trigger whose last word is none of them is never excluded
        self._not_words = {etype: frozenset(w for ph in phrases for w in ph) for etype, phrases in self.lex.nots.items()}
        self._mode_index: dict[str, dict[str, list[tuple[int, str, tuple[str, ...]]]]] = {}
        for etype, cues in self.lex.mode_cues.items():
            for order, (mode, cue) in enumerate(cues):
                if cue:
                    self._mode_index.setdefault(etype, {}).setdefault(cue[0], []).append((order, mode, cue))
        self._context_index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for ctx, ctx_cues in self.lex.contexts.items():
            for cue in ctx_cues:
                if cue:
                    self._context_index.setdefault(cue[0], []).append((ctx, cue))
        self.light = self.lex.cue_set("light_verbs")
        control = self.lex.cues.get("control_verbs") or {}
        self.control = {str(k).lower(): v for k, v in (control.items() if isinstance(control, dict) else [])}
        self.max_verb_len = max((len(k) for k in self.lex.verbs), default=1)
        from ..actors.registry import get_registry

        self.roles = get_registry().roles
        self.undergo = self.lex.cue_set("undergo_verbs")
        self.host_verbs = self.lex.cue_set("host_verbs")
        self.lends_subject = self.light | self.lex.cue_set("negating_verbs") | self.lex.cue_set("preventing_verbs") | self.lex.cue_set("aspect_verbs")
        # Round 28: who flies or trucks relief in gives it ("a navy ship ferried blankets and rice to the island");
        # who raises or widens a measure imposes it ("Ottawa tripled its levy on Chinese steel", "broadened the
        # embargo on the junta")
        self.lends_subject |= self.lex.cue_set("r28t_conveying_verbs") | self.lex.cue_set("r28t_raising_verbs")
        self.nominal_negators = self.lex.cue_set("negating_verbs") | self.lex.cue_set("preventing_verbs")
        # "the Ayatollah affirmed that Iran would continue to offer support": affirming a clause is saying it; the
        # clause's act is the event
        self.clause_only = self.lex.cue_set("not_with_clause") | self.lex.cue_set("affirming_verbs")
        self.intent = self.lex.cue_set("intent_verbs")
        self.participation = self.lex.cue_set("participation_verbs")
        self.lends_subject |= self.participation
        # "Washington would consider new visa restrictions": the party weighing a measure is its (possible) doer
        self.weighing = self.lex.cue_set("weighing_verbs")
        self.lends_subject |= self.weighing
        self.allegation = self.lex.cue_set("allegation_verbs")
        self.convene = self.host_verbs | self.lex.cue_set("convene_verbs")
        self.act_nouns = self.lex.cue_set("act_nouns")
        self.r50d_reaction_verbs = self.lex.cue_set("r50d_reaction_verbs")
        self.travel = self.lex.cue_set("travel_words")
        self.destination_preps = self.lex.cue_set("destination_preps")
        self.transfer = self.lex.cue_set("transfer_verbs")
        self.relation_nouns = self.lex.cue_set("relation_nouns")
        self.commissive = self.lex.cue_set("commissive_verbs")
        # every lemma a verb trigger can start with: most verbs of a sentence are none, and need no phrase read
        self.verb_heads = frozenset(k[0] for k in (*self.lex.verbs, *self.lex.cued) if k) | self.commissive
        self.noun_ends = frozenset(k[-1] for k in self.lex.nouns if k)  # the word every noun entry ends with
        seconds: dict[str, set[str]] = {}  # verb -> the second words of its two-word entries
        for k in (*self.lex.verbs, *self.lex.cued):
            if len(k) == 2:
                seconds.setdefault(k[0], set()).add(k[1])
        self.verb_phrases = {v: frozenset(ws) for v, ws in seconds.items()}
        self.rejecting = self.lex.cue_set("rejecting_verbs")
        self.blocking = self.lex.cue_set("blocking_verbs")
        self.proposals = self.lex.cue_set("proposal_nouns")
        # one pattern over the sentence's text: "group - stage" matches "group-stage" and "group stage"
        sports_cues = [*(self.lex.cues.get("sports_cues") or []), *(self.lex.cues.get("sports_more_cues") or [])]
        sports = [r"\s*".join(re.escape(w) for w in str(c).lower().split()) for c in sports_cues if str(c).strip()]
        self._sports_re = re.compile(r"\b(?:" + "|".join(sports) + r")\b") if sports else None
        # a cue matches only where each of its words is in the text: its longest word is looked for first
        self._sports_words = tuple({max(str(c).lower().split(), key=len) for c in sports_cues if str(c).strip()})
        self.result_verbs = self.lex.cue_set("sports_result_verbs")
        self.sports_void = frozenset(str(t).upper() for t in self.lex.cues.get("sports_void_types") or [])
        # the words of the switch rules from those types (``_sports_voided`` looks a trigger's words up once)
        self._sports_switched = frozenset(w for t, w in self.lex.switches if t in self.sports_void)
        self.sports_people = self.lex.cue_set("r19b_sports_people")
        self.refusing = self.lex.cue_set("r19b_refusing_verbs")
        self.benchmarks = self.lex.cue_set("r19b_benchmark_nouns")
        self.market_words = self.lex.cue_set("r19b_market_words")
        self.market_senses = self.lex.cue_set("r19b_market_senses")
        self.market_agents = self.lex.cue_set("r19b_market_agents")
        self.habitual = self.lex.cue_set("r19b_habitual_adverbs")
        self.visit_verbs = self.lex.cue_set("r19b_visit_verbs")
        self.agree_verbs = self.lex.cue_set("r19b_agree_verbs")
        self.measure_types = frozenset(str(t).upper() for t in self.lex.cues.get("r19b_measure_types") or [])
        # round 49: one party's agreement to a concession of its own ("agreed to lift the ban") is the concession
        self.agreed_own_types = frozenset(str(t).upper() for t in self.lex.cues.get("r49c_agreed_act_types") or [])
        self.measure_types |= self.agreed_own_types
        self.match_void = frozenset(str(t).upper() for t in self.lex.cues.get("r19b_match_void_types") or [])
        self.visited_nonparties = self.lex.cue_set("r19b_visited_nonparties")
        self.drill_nouns = self.lex.cue_set("drill_nouns")
        self.joint_words = self.lex.cue_set("joint_words")
        self.authorizing = self.lex.cue_set("authorizing_verbs")
        self.restating = self.lex.cue_set("restating_verbs")
        self.order_verbs = self.lex.cue_set("order_verbs")
        self.threat_verbs = self.lex.cue_set("threat_verbs")
        self.verbal_protest = self.lex.cue_set("verbal_protest_verbs")
        self.crowd_vias = self.lex.cue_set("r32t_crowd_vias")
        self.receiving_verbs = self.lex.cue_set("r32t_receiving_verbs")
        self.r51c_wrongful = self.lex.cue_set("r51c_wrongful_verbs")
        self.r51c_finding = self.lex.cue_set("r51c_finding_verbs")
        self.wrongful_verbs = self.lex.cue_set("r32t_wrongful_verbs") | self.r51c_wrongful
        self.r51c_charge_verbs = self.reporting | self.r51c_finding  # speakers of a reported wrong (round 51)
        self.reporting_sectors = frozenset(str(x).upper() for x in self.lex.cues.get("r32t_reporting_sectors") or [])
        self.crowd_protest_mods = self.lex.cue_set("r32t_crowd_protest_modifiers")
        self.space_launch_cues = self.lex.cue_set("r33t_space_launch_cues")
        self.requesting = self.lex.cue_set("requesting_verbs")
        self.requesting_nouns = self.lex.cue_set("requesting_nouns")
        self.excluding = self.lex.cue_set("excluding_verbs")
        self.leaving = self.lex.cue_set("leaving_words")
        self.treaty_nouns = self.lex.cue_set("treaty_nouns")
        self.retribution = self.lex.cue_set("retribution_nouns") | self.lex.cue_set("r22_retribution_nouns")
        self.suffer = self.lex.cue_set("suffer_verbs")
        self.partitive = self.lex.cue_set("partitive_nouns")
        self.stative = self.lex.cue_set("stative_adjectives")
        self.ceasing = self.lex.cue_set("ceasing_verbs")
        self.displacing = self.lex.cue_set("displacement_verbs")
        self.halting = self.lex.cue_set("halting_nouns")
        self.labeling = self.lex.cue_set("labeling_verbs")
        self.disapproval_labels = (self.lex.cue_set("disapproval_labels") | self.lex.cue_set("more_disapproval_labels")
                                   | self.lex.cue_set("vote_disapproval_labels") | self.lex.cue_set("round18_disapproval_labels")
                                   | self.lex.cue_set("r22_disapproval_labels") | self.lex.cue_set("r22_more_disapproval_labels")
                                   | self.lex.cue_set("r23_disapproval_labels"))
        self.citing_verbs = self.lex.cue_set("citing_verbs")
        self.presence_verbs = self.lex.cue_set("presence_verbs")
        self.placement_verbs = self.lex.cue_set("r20_placement_verbs")
        self.war_nouns = self.lex.cue_set("r20_war_nouns")
        self.war_victims = self.lex.cue_set("r20_war_victims")
        self.past_adjectives = self.lex.cue_set("r20_past_adjectives")
        self.dated_meetings = self.lex.cue_set("r20_dated_meetings")
        deverbal = self.lex.cues.get("deverbal_nouns") or {}
        self.deverbal = {str(k).lower(): str(v).lower() for k, v in deverbal.items()} if isinstance(deverbal, dict) else {}
        measures = self.lex.cues.get("r31t_ordered_measures") or {}
        self.ordered_measures = frozenset(str(k).lower() for k in measures) if isinstance(measures, dict) else frozenset()
        self.changing = self.lex.cue_set("changing_verbs")
        self.authority_nouns = self.lex.cue_set("authority_nouns")
        self.recognizing = self.lex.cue_set("recognizing_verbs")
        self.own_course = self.lex.cue_set("own_course_nouns")
        self.threat_labels = self.lex.cue_set("threat_labels")
        self.carrying = self.lex.cue_set("carrying_verbs")
        self.relation_participles = self.lex.cue_set("relation_participles")
        self.force_nouns = self.lex.cue_set("force_nouns")
        self.claims = claim_nouns(self.lex)
        self.permission = self.lex.cue_set("permission_verbs")
        self.aiming = self.lex.cue_set("aiming_verbs")
        self.stance_verbs = self.lex.cue_set("stance_verbs")
        self.reliance = self.lex.cue_set("reliance_verbs")
        self.offering = self.lex.cue_set("offering_verbs")
        self.need_conditions = self.lex.cue_set("need_conditions")
        self.hazards = self.lex.cue_set("natural_hazards") | self.lex.cue_set("r23_more_hazards")
        self.topic_nouns = self.lex.cue_set("topic_nouns")
        self.beneficiary_nouns = self.lex.cue_set("beneficiary_nouns")
        self.response_verbs = self.lex.cue_set("response_verbs")
        self.verb_heads |= self.response_verbs  # "vowed to respond in kind": a threat read on the bare verb
        self.retaliatory = self.lex.cue_set("retaliatory_manners")
        self.reply_manners = self.lex.cue_set("r21_reply_manners")
        self.reconsidering = self.lex.cue_set("reconsidering_verbs")
        self.retributive = self.lex.cue_set("retributive_verbs")
        self.topic_verbs = self.lex.cue_set("topic_verbs")
        self.effort_verbs = self.lex.cue_set("effort_verbs")
        self.finding = self.lex.cue_set("finding_verbs")
        self.mandative = self.lex.cue_set("mandative_verbs")
        self.helping = self.lex.cue_set("helping_verbs")
        self.aiding_purposes = self.lex.cue_set("aiding_purposes")
        self.depicting = self.lex.cue_set("depicting_verbs")
        self.unreal = self.lex.cue_set("unreal_modifiers")
        self.forecasting = self.lex.cue_set("forecasting_verbs")
        self.wrong_nouns = self.lex.cue_set("wrong_nouns")
        self.force_verbs = self.lex.cue_set("force_verbs")
        # Round 26 (types) vocabulary, built once (review of round 26)
        self.dismay_states = self.lex.cue_set("r26t_dismay_states")
        self.dismay_preps = self.lex.cue_set("r26t_dismay_preps")
        self.self_pronouns = self.lex.cue_set("r26t_self_pronouns")
        self.nonact_causes = self.lex.cue_set("r26t_nonact_causes")
        self.operation_nouns = self.lex.cue_set("r26t_operation_nouns")
        self.armed_foes = self.lex.cue_set("r26t_armed_foes")
        self.armed_sites = self.lex.cue_set("r26t_armed_sites")
        self.eliciting_verbs = self.lex.cue_set("r26t_eliciting_verbs")
        self.reaction_nouns = self.lex.cue_set("r26t_reaction_nouns")
        self.toned_reactions = self.lex.cue_set("r26t_toned_reaction_nouns")
        self.hostile_tones = self.lex.cue_set("r26t_hostile_tones")
        self.combat_nouns = self.lex.cue_set("r26t_combat_nouns")
        self.casualty_verbs = self.lex.cue_set("r26t_casualty_verbs")
        self.realis_preps = self.lex.cue_set("r26t_realis_preps")
        self.realis_frames = self.lex.cue_set("r26t_realis_frames")
        self.alerting_verbs = self.lex.cue_set("r27t_alerting_verbs")
        self.guest_verbs = self.lex.cue_set("r27t_guest_verbs")
        self.releasing_verbs = self.lex.cue_set("r27t_releasing_verbs")
        self.asked_nouns = self.lex.cue_set("r27t_asked_nouns")
        self.crowd_people = self.lex.cue_set("r28t_crowd_people")
        # Round 52 (r52e): offers turned down, fights between rival sides, aircraft sent to strike (cues.yaml)
        self.r52e_offers = self.lex.cue_set("r52e_offer_nouns")
        self.r52e_offer_refusals = self.lex.cue_set("r52e_offer_refusing_verbs")
        self.r52e_rival_words = self.lex.cue_set("r52e_rival_words")
        self.r52e_protest_nouns = self.lex.cue_set("r52e_protest_nouns")
        self.r52e_sending = self.lex.cue_set("r52e_sending_verbs")
        self.r52e_aircraft = self.lex.cue_set("r52e_aircraft_nouns")
        self.r52e_strike_verbs = self.lex.cue_set("r52e_strike_verbs")
        self.r52e_hosting = self.lex.cue_set("r52e_hosting_verbs")
        self.r52e_nonvisitors = self.lex.cue_set("r52e_nonvisitor_nouns")
        self.r52e_sideline_nouns = self.lex.cue_set("r52e_sideline_nouns")
        self.rev52_dignitaries = self.lex.cue_set("rev52_dignitary_nouns")
        self.unanswered = self.lex.cue_set("r28t_unanswered_words")
        self.approving = self.lex.cue_set("r28t_approving_verbs")
        self.mutual_fights = self.lex.cue_set("r29t_mutual_fight_nouns")
        self.tie_events = self.lex.cue_set("r29t_tie_event_nouns")
        self.market_agents = self.market_agents | self.lex.cue_set("r27t_figure_subjects")
        self.involvement = self.lex.cue_set("involvement_verbs")
        self.enacting_support = self.lex.cue_set("enacting_support_words")
        self.gratitude = self.lex.cue_set("gratitude_words")
        self.quantities = self.lex.cue_set("quantity_nouns")
        self.resolute_measures = self.lex.cue_set("resolute_measures")
        self.measure_nouns = self.lex.cue_set("measure_nouns")
        self.refusing = self.lex.cue_set("refusing_verbs")
        self.refusals = self.lex.cue_set("r48g_refusal_verbs")  # Round 48: "declined to hold talks" is the REJECT only
        self.deadline_nouns = self.lex.cue_set("deadline_nouns")
        # Round 23 (types): retribution announced in a reported clause ("'We will hunt them down,' he said")
        self.pursuit_verbs = self.lex.cue_set("r23_pursuit_verbs")
        self.wrongdoers = self.lex.cue_set("r23_wrongdoer_nouns")
        self.penalty_verbs = self.lex.cue_set("r23_penalty_verbs")
        self.benign_purposes = self.lex.cue_set("r23_benign_purposes")
        self.obstructing = self.lex.cue_set("r23_obstructing_verbs")
        self.state_forces = self.lex.cue_set("r23_state_force_nouns")
        self.clearing = self.lex.cue_set("r23_clearing_verbs")
        self.cleared_things = self.lex.cue_set("r23_cleared_things")
        self.currencies = self.lex.cue_set("r23_currency_nouns")
        self.protesting_people = self.lex.cue_set("r30t_protesting_people")
        self.sum_giving = self.lex.cue_set("r30t_sum_giving_verbs")
        self.suffer = self.suffer | self.lex.cue_set("r23_suffer_verbs")
        # Round 24: a speaker's act joined to the clause it reports ("said the verdict was wrong and urged ...")
        self.speaker_acts = self.lex.cue_set("r24_speaker_acts")
        # Round 24 (review mends): what forces clear to coerce, pursuit that needs "down"
        self.cleared_people = self.lex.cue_set("r24_cleared_people")
        self.pursuit_down = self.lex.cue_set("r24_pursuit_down_verbs")
        # Round 21: the charge an arrest or penalty is made on is also an accusation ("arrested ... on suspicion of")
        self.charging_types = frozenset(str(t).upper() for t in self.lex.cues.get("r21_charging_types") or [])
        self.grounds_nouns = self.lex.cue_set("r21_grounds_nouns")
        self.charging_participles = self.lex.cue_set("r21_charging_participles")
        # Round 21: an attack whose subject is only its weapon ("a drone struck ...") is by an unknown attacker
        self.weapon_subjects = self.lex.cue_set("r21_weapon_subjects")
        self.attack_subjects = self.lex.cue_set("r21_attack_subjects")
        self.unclaimed_attacks = self.lex.cue_set("r30t_unclaimed_attack_nouns")
        self.r52c_lone_attackers = self.lex.cue_set("r52c_lone_attacker_nouns")
        self.r52c_detonation_verbs = self.lex.cue_set("r52c_detonation_verbs")
        # Round 35 (types) vocabulary
        self.passive_force_verbs = self.lex.cue_set("r35t_passive_force_verbs")
        self.passive_arrest_verbs = self.lex.cue_set("r35t_passive_arrest_verbs")
        self.passive_violence_verbs = self.lex.cue_set("r36t_passive_violence_verbs")
        self.violence_signs = self.lex.cue_set("r36t_violence_signs")
        self.passive_background_deps = self.lex.cue_set("r35t_passive_background_deps")
        # Round 39 (clauses): an authority's measure told in an agentless passive (``clauses.authority_doer``)
        self.passive_court = self.lex.cue_set("r39c_passive_court_verbs")
        self.passive_ban = self.lex.cue_set("r39c_passive_ban_verbs")
        self.passive_held = self.lex.cue_set("r39c_passive_arrest_verbs")
        self.passive_charged = self.lex.cue_set("r39c_passive_charge_verbs")
        self.reporting_verbs = self.lex.cue_set("r35t_reporting_verbs")
        self.passive_force_sectors = frozenset(x.upper() for x in self.lex.cue_set("r35t_passive_force_sectors"))
        self.passive_harm_verbs = self.lex.cue_set("r48p_passive_harm_verbs")  # Round 48 (r48p)
        self.police_role_nouns = self.lex.cue_set("r48p_police_role_nouns")  # Round 48 (r48p)
        self.accident_cues = self.lex.cue_set("r31t_accident_cues")
        self.voiced_background = self.lex.cue_set("r31t_voiced_background_types")
        self.upholding = self.lex.cue_set("r21_upholding_verbs")
        self.warrant_nouns = self.lex.cue_set("r21_warrant_nouns")
        self.appeal_verbs = self.lex.cue_set("r21_appeal_verbs")
        self.judicial_nouns = self.lex.cue_set("r21_judicial_nouns")
        self.judicial_if_legal = self.lex.cue_set("r21_judicial_if_legal")
        self.legal_modifiers = self.lex.cue_set("r21_legal_modifiers")
        self.warrant_issuing = self.lex.cue_set("r21_warrant_issuing_verbs")
        self.freeing = self.lex.cue_set("r21_freeing_verbs")
        self.captive_nouns = self.lex.cue_set("r21_captive_nouns")
        self.captive_participles = self.lex.cue_set("r21_captive_participles")
        # Round 21: "called a general strike", "called a rally": calling a protest organises it (not "called off", nor a label)
        self.convoking = self.lex.cue_set("r21_convoking_verbs")
        self.convoked_types = frozenset(str(t).upper() for t in self.lex.cues.get("r21_convoked_types") or [])
        self.setting_free = self.participation | self.convene | self.light  # verbs whose meeting noun is their event
        # Round 39: the types of act a speaker reporting another party's act charges it with
        self.charged_types = frozenset(str(t).upper() for t in self.lex.cues.get("r39t_charged_types") or [])
        self.seeking_verbs = self.lex.cue_set("r40t_seeking_verbs")  # Round 40: "turned to X for help"

    def _joint(self, f: Found, actors: list[Mention], recips: list[Mention]) -> bool:
        """Is a drill joint: a joint/combined/bilateral modifier, parties of two countries, or a partner?"""
        roots = {m.key.split(".")[0] for m in actors} | {m.key.split(".")[0] for m in recips}
        if len(roots) > 1:
            return True
        words = {t.lower_ for t in f.tok.subtree if t.i < f.tok.i} | {c.lower_ for c in f.anchor.children if c.dep_ == "advmod"}
        if not words & self.joint_words:
            return False
        # "joint drills around Taiwan" by one country's services are no cooperation; "joint drills with X" are
        return any(t.lower_ in ("with", "alongside") for t in f.tok.subtree) or any(
            c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in f.anchor.children)

    def _onset_between(self, doc: Doc, noun: Token) -> list[Mention]:
        """Round 40: the parties of an act noun that is the subject of the verb telling its onset or course, named by a
        "between" phrase the parser hangs on that verb ("heavy fighting broke out in Tripoli on Monday between the
        army and the militia", "talks were held in Geneva between Armenia and Azerbaijan"); none where the phrase
        names no party ("fighting continued between Monday and Wednesday")."""
        # (the parser may read the onset verb as a participle on the noun: "clashes flared ... , officials said")
        verbs = [c for c in noun.children if c.dep_ == "acl" and (c.tag_ == "VBD" or (c.tag_ == "VBN" and c.i == noun.i + 1))]
        if not verbs and noun.head.pos_ in ("VERB", "AUX") and noun.head.i > noun.i:
            verbs = [noun.head]
        found: list[Mention] = []
        for verb in verbs:
            # the phrase may hang deeper in the verb's adjuncts: "raged for hours between", "near the border between"
            heads, seen = [verb], 0
            while seen < len(heads) and seen < 8:
                h = heads[seen]
                seen += 1
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ == "between":
                        # each side's phrase, and a side coordinated deeper ("forces loyal to the premier and the
                        # Rada force": the parse hangs the second side on the first side's modifier)
                        sides = [t for g in c.children if g.dep_ == "pobj" for t in (g, *(x for x in g.subtree if x.dep_ == "conj"))]
                        for t in sides:
                            found += [m for m in self._mentions_in(doc, t) if m not in found]
                    elif c.dep_ in ("prep", "pobj", "npadvmod") and c.i > verb.i:
                        heads.append(c)
        return found

    @staticmethod
    def _r52c_sole_side(f: Found, actors: list[Mention]) -> bool:
        """Round 52 (r52c): a fight noun whose "between" phrase (on the noun, or on the verb telling its onset) names
        one plural party only ("clashes broke out between rival armed groups in the capital", "clashes between
        rival armed groups killed seven people"): the party's members fought each other, so the party is both the
        actor and the target (as the gold sets code a clash among one state's armed groups)."""
        if len(actors) != 1 or not actors[0].plural or actors[0].kind == "state":
            return False
        noun = f.tok
        heads = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else [])
        sides = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
                 for g in p.children if g.dep_ == "pobj"]
        if len(sides) != 1 or any(c.dep_ in ("conj", "cc") for c in sides[0].children):
            return False  # "between the army and the militia": two sides, read as before
        g = sides[0]
        return g.idx <= actors[0].start < g.idx + len(g.text) or (g.left_edge.idx <= actors[0].start and actors[0].end <= g.idx + len(g.text))

    def _leaves_membership(self, f: Found, recips: list[Mention]) -> bool:
        """ "withdrew from the Council of Europe", "its withdrawal from the Paris agreement": a withdrawal whose
        point of departure is an international organization or a treaty, and that moves no forces."""
        t = f.tok
        if t.lemma_.lower() not in self.leaving or any(c.dep_ in ("dobj", "obj") for c in t.children):
            return False
        if recips and all(m.kind in ("igo", "alliance") for m in recips):
            return True
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "out"):
                objs = [o for o in prep.subtree if o.dep_ == "pobj"]
                if objs and objs[0].lemma_.lower() in self.treaty_nouns:
                    return True
        return False

    def _official_protest(self, f: Found, found: list[Found], actors: list[Mention]) -> bool:
        """Is a "protest" verb a diplomatic or verbal protest (ACCUSE, not PROTEST)? So when made by a state's
        officials or an international body ("the ministry protested"), or as the purpose of another act that
        is not itself a protest ("summoned the ambassador to protest", "called for a strike to protest")."""
        if actors and all(m.code in _NOT_COUNTRIES - {"UNK", "NGO"} or (m.sector or "") in _STATE_SECTORS for m in actors):
            return True
        if self._state_protester(actors):
            return True  # Round 32: "India protested against the loan", "Beijing protested": a state's protest is diplomatic
        t = f.tok
        if t.dep_ in ("advcl", "xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            if t.head.lemma_.lower() in self.lex.cue_set("r22_crowd_verbs") and t.head.pos_ == "VERB":
                return False  # Round 22: "farmers drove their tractors onto the ring road to protest": a street protest
            return not any(t.head.i in (g.tok.i, g.anchor.i) and g.trigger.type == "PROTEST" for g in found)
        # a protest lodged with a party ("Hanoi protested to Beijing over the arrests", "protested to the
        # embassy"): addressed to someone, it is verbal; crowds protest against or outside
        return _lodged_with_party(t)

    def _state_protester(self, actors: list[Mention]) -> bool:
        """Round 32: are the protesters states named as such (a country, its capital or its government's seat),
        with no sector ("India protested", "drawing a protest from Belgrade", "Japan's protest")? Crowds are
        named by a demonym or a people ("Kenyans", "students"), which give a civilian sector or none of a state."""
        return bool(actors) and all(m.kind == "state" and not m.sector and _COUNTRY.fullmatch(m.code or "") is not None
                                    and m.code not in _NOT_COUNTRIES and m.via not in self.crowd_vias for m in actors)

    def _reported_wrongs(self, doc: Doc, sent: Span, events: Iterable[Event] = ()) -> list[tuple[Token, list[Mention], list[Mention]]]:
        """Round 32: a wrong (intruding, violating, meddling) that a speaker says another party did ("Beijing said the
        boat had intruded into its waters", "the ships, which it said had intruded", "said Washington was interfering in
        its affairs") is the speaker's accusation of that party: (reporting verb, speakers, wrongdoers). Not where the
        wrong is denied or negated ("said it had never interfered") or the speaker tells its own. Round 51: a wrong of
        ``r51c_wrongful_verbs`` only where the speaker leads its clause, not in a clause of the setting ("said officers
        had acted after protesters looted shops"), and not a charge the article (``events``, all so far) has coded
        already between the same states ("Ethiopia accused Eritrea of ... The minister said Asmara was trying to
        destabilise ...": one accusation, restated)."""
        out = []
        charged = {(frozenset(a.code for a in e.actor), frozenset(r.code for r in e.recipient if not r.inferred))
                   for e in events if e.event == "ACCUSE"}
        for t in sent:
            if t.lemma_.lower() not in self.wrongful_verbs or t.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in t.children):
                continue
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should", "whether") for c in t.children):
                continue  # "if Pakistan violates our territory again, we will respond": a condition, not a charge
            r51c = t.lemma_.lower() in self.r51c_wrongful
            if r51c and not self._r51c_wrong_shape(t):
                continue
            v, verb = t, None
            for _ in range(3):
                if v.dep_ == "ccomp" and v.head.lemma_.lower() in self.r51c_charge_verbs and v.head.pos_ == "VERB":
                    verb = v.head
                    break
                # (Round 51: also the verb a wrong is the to-infinitive of: "said they had sought to overthrow")
                if v.dep_ not in ("advcl", "conj") + (("xcomp",) if r51c else ()) or v.head.i == v.i:
                    break
                if r51c and v.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _R51C_SETTING for c in v.children):
                    break  # "said officers had acted after protesters looted shops": the setting of another act
                v = v.head
            if verb is None or any(c.dep_ == "neg" for c in verb.children):
                continue
            speakers = [m for x in self._subject(verb)[0] for m in self._mentions_in(doc, x)]
            doers = [m for x in self._subject(t)[0] for m in self._mentions_in(doc, x)]
            if not speakers or not doers or ({m.code for m in speakers} & {m.code for m in doers} and not (r51c and self._r51c_apart(speakers, doers))):
                continue
            if r51c and any(m.entity_text.lower() in _R51C_PRONOUNS or m.key.startswith("UNK") for m in doers):
                continue  # "the army said they had failed to ...": a pronoun's party is the parser's guess, no charge
            if r51c and verb.i > t.i:
                continue  # "Kosovo and Serbia failed to agree, the envoy said": a report of what happened, no charge
            if r51c:
                pair = (frozenset(m.code for m in speakers), frozenset(m.code for m in doers))
                if pair in charged:
                    continue
                charged.add(pair)
            if any((m.sector or "") in self.reporting_sectors for m in speakers):
                continue  # "Chinese hackers breached the accounts, Microsoft said": a firm's or outlet's finding
            out.append((verb, speakers, doers))
        return out

    def _r51c_wrong_shape(self, t: Token) -> bool:
        """Round 51: is a verb of ``r51c_wrongful_verbs`` told in the shape that makes it a wrong done? "cover" only
        with "up" ("had covered up the killings"); the others as they stand. Never a passive ("was ignored"), whose
        subject is who suffered the wrong, not who did it."""
        lemma = t.lemma_.lower()
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return False
        if lemma == "cover":
            return any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children)
        return True

    @staticmethod
    def _r51c_apart(speakers: list[Mention], doers: list[Mention]) -> bool:
        """Round 51: are speakers and doers of one state still two parties: a society's own voice (a union, a civic
        group, the opposition) charging its state's authorities ("the miners' union said the government had ignored
        its proposals")? Not the authorities' charge against their own citizens, nor a state itself: a check set lost
        more on those than the work sets won."""
        return (all((m.sector or "") in _R51C_VOICES for m in speakers)
                and all((m.sector or "") in _R51C_AUTHORITIES for m in doers))

    def _misattached_agent(self, doc: Doc, f: Found) -> list[Mention]:
        """Round 33: the party an act noun names by a "by" phrase that the parser hung on the act's object ("after an
        attack on its embassy by Belarusian forces", "the downing of a drone by the Algerian army"): a plain noun
        (not a participle) takes no agent of its own, so the phrase is the act's. Read only where no actor was found."""
        for p in f.tok.children:
            if p.dep_ != "prep" or p.lower_ not in ("of", "on", "against"):
                continue
            for o in p.children:
                if o.dep_ != "pobj" or o.pos_ not in ("NOUN", "PROPN"):
                    continue
                for b in o.children:
                    if b.dep_ == "prep" and b.lower_ == "by":
                        named = [m for x in b.children if x.dep_ == "pobj" for m in self._mentions_in(doc, x)]
                        if named:
                            return named
        return []

    def _space_launch(self, tok: Token) -> bool:
        """Does the launch itself carry a word of space flight ("launched a rocket carrying two satellites", "lifting a
        spacecraft toward orbit")? Its own phrase only: not a clause of its own told beside it ("launched missiles
        at Kyiv, hours after a Soyuz rocket carried astronauts into orbit")."""
        if self.space_launch_cues.isdisjoint(t.lemma_ for t in tok.sent):
            return False
        apart = {c.i for c in tok.children if c.dep_ in ("conj", "ccomp", "parataxis") or (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))}
        own = [t for t in tok.subtree if not any(a.i in apart for a in [t, *t.ancestors] if a.i != tok.i)]
        return not self.space_launch_cues.isdisjoint(t.lemma_ for t in own)

    def _received_measure(self, f: Found) -> bool:
        """Round 32: a coercive measure named as what a party accepts or receives ("agreed to accept deportation
        flights from the United States", "refused to take in deportees") is done by another; the receiver's act is
        the acceptance, not the measure."""
        if not f.nominal:
            return False
        t = f.tok
        while t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i:
            t = t.head
        return t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in self.receiving_verbs

    def _attack_result(self, f: Found, found: list[Found]) -> bool:
        """Round 32: services cut as the result an attack had ("missiles struck power plants, cutting power to
        300,000 homes") are the attack's toll, told by a participle on the attack's verb, no act of their own."""
        t = f.tok
        if f.nominal or f.trigger.mode not in ("withhold", "restrict") or t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp", "conj"):
            return False
        # Round 36: and places shut as the result of a strike ("unions began a nationwide strike, shutting banks and
        # government offices"): the strike's toll, no closure by an authority
        kinds = ("ASSAULT", "PROTEST") if f.trigger.mode == "withhold" else ("PROTEST",)
        return any(g.trigger.type in kinds and t.head.i in (g.tok.i, g.anchor.i) for g in found)

    def _authority_refused(self, f: Found) -> bool:
        """A verb of recognising with an institution's authority as its object ("not recognise the legitimacy of
        the commission", "stop recognising the court's authority"); read before its negation is applied."""
        if f.nominal or f.tok.lemma_.lower() not in self.recognizing:
            return False
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.authority_nouns for c in f.tok.children)

    def _promised(self, f: Found) -> bool:
        """Is the act the content of a promise or a threat ("vowed to impose sanctions", "threatened to")?"""
        if f.nominal and any(c.dep_ == "acl" and c.lemma_.lower() in self.threat_verbs for c in f.tok.children):
            return True  # "the tariffs threatened by Trump"
        t = f.anchor if f.nominal else f.tok
        for _ in range(3):
            if t.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "obj") or t.head.i == t.i:
                return False
            t = t.head
            if _verb_keys(t) & (self.commissive | self.threat_verbs):
                return True
        return False

    def _own_forces(self, actors: list[Mention], recips: list[Mention]) -> bool:
        """Are the recipients of an order the actor's own forces or officials ("Putin ordered troops to ...")?"""
        if all(a.key.count(".") > 0 and a.key.split(".")[1] in _ORDERING_SECTORS for a in actors):
            return False  # "a federal judge ordered the administration to restore funding": a court's order
        roots = {a.key.split(".")[0] for a in actors}
        return all(r.key.split(".")[0] in roots and (r.key.count(".") == 0 or r.key.split(".")[1] in _OWN_SECTORS) for r in recips)

    def _turned_down(self, f: Found) -> bool:
        """An act inside what a rejection or a block has as its object: the content of a proposal turned down
        ("rejected an offer to delay the sanctions", "rebuffed a plan that would require Kyiv to cede land"), a
        package blocked ("blocked a support package for Ukraine") or any act blocked ("vetoed new sanctions").
        Not done; the rejection is the event (the offer itself was made, and stays). A rejected
        claim or demand is no proposal ("rejected the allegations", "rejected the UN's call"), and the acts a
        blocked statement tells of are no less real ("blocked a statement condemning the attack": the attack)."""
        # (the climb read off the token attributes and head indices of the run: a Token made only for a verb asked)
        doc = f.tok.doc
        attrs = token_attrs(doc)
        heads, deps, pos, lemmas = attrs.head, attrs.dep, attrs.pos, attrs.lemma
        t = f.tok.i
        told = False  # the act is told in a clause inside the object, not the clause's own verb
        for _ in range(6):
            head = heads[t]
            if head == t:
                return False
            if deps[t] in ("dobj", "obj") and pos[head] in ("VERB", "AUX"):
                keys = _verb_keys(doc[head])
                proposal = lemmas[t] in self.proposals
                if (keys & self.blocking and (proposal or not told)) or (keys & self.rejecting and proposal and t != f.tok.i):
                    return True  # the offer turned down was still made ("rejected Moscow's offer to mediate")
            if deps[t] in ("advcl", "parataxis", "conj"):
                return False  # a clause or an act of its own ("rejected the plan and imposed sanctions")
            if deps[t] in ("acl", "relcl") and t != f.tok.i:
                told = True
            t = head
        return False

    def _r52e_offer_turned_down(self, f: Found) -> bool:
        """Round 52 (r52e): an offer or proposal read as the proposer's AGREE, named as the object of a verb of
        turning it down ("Oslo rebuffed Ankara's offer to host the talks", "rejected a French proposal for a
        truce", "dismissed the plan as premature"): the rejection is the news, and the gold sets code the offer it
        names at most as optional. Only the offer noun itself, the direct object of the refusing verb (acts inside
        what is turned down are ``_turned_down``'s); a demand or call turned down ("rejected the UN's call") is no
        offer and stays (REQUEST)."""
        t = f.tok
        if not f.nominal or f.trigger.type != "AGREE" or t.lemma_.lower() not in self.r52e_offers:
            return False
        if t.dep_ not in ("dobj", "obj") or t.head.pos_ not in ("VERB", "AUX"):
            return False
        return bool(_verb_keys(t.head) & self.r52e_offer_refusals)

    def _r52e_rival_fight(self, f: Found) -> bool:
        """Round 52 (r52e): a riot or clash between two sides neither of which is a crowd of protesters ("a riot
        between inmates of two rival gangs", "clashes between supporters of two parties", "supporters of the two
        parties clashed with sticks"): a fight between the sides (ASSAULT), not a protest against the state. The
        crowd cues of the riot reading ("supporter", "mob") also fit partisans fighting each other; where the
        sides are named by a "between" phrase or a joined subject with no protester, marcher or demonstrator
        among them (``r28t_crowd_people``), the PROTEST/riot reading is wrong."""
        if f.trigger.type != "PROTEST" or f.trigger.mode != "riot":
            return False
        t = f.tok
        sides = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"]
        if not sides and not f.nominal:
            # a joined subject ("supporters of A and B clashed"), whatever "with" phrase follows ("with sticks")
            sides = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and any(w.dep_ == "conj" for w in c.subtree)]
        if not sides:
            return False
        words = [w for s in sides for w in s.subtree]
        if not any(w.dep_ == "conj" for w in words) and not any(w.lemma_.lower() in self.r52e_rival_words for w in words):
            return False  # one side only ("rioters clashed"): the crowd's own riot
        # (review of round 52: a joined subject that riots "with" the state's guards or forces is one side, the crowd:
        # "miners and their families rioted with security guards outside the mine")
        words += [w for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for w in c.subtree]
        return not any(w.lemma_.lower() in self.crowd_people or w.lemma_.lower() in self.r52e_protest_nouns for w in words)

    def _r52e_sent_to_strike(self, f: Found) -> Token | None:
        """Round 52 (r52e): aircraft sent to strike a target ("the air force sent fighter jets to bomb rebel
        positions", "dispatched drones to strike the depot"): the strike is the act told (ASSAULT, aerial), the
        sending only its means; the gold sets code the strike, not a show of force (MOBILIZE). The infinitive of
        striking is returned (its own reading is dropped as the purpose of the sending)."""
        t = f.tok
        if f.nominal or f.trigger.type != "MOBILIZE" or t.lemma_.lower() not in self.r52e_sending:
            return None
        if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.r52e_aircraft for c in t.children):
            return None
        return next((c for c in t.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.r52e_strike_verbs
                     and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)

    def _r52e_hosted_nonvisitors(self, f: Found) -> bool:
        """Round 52 (r52e): a state hosting or receiving people who are no visiting party ("Jordan has hosted these
        refugees for a decade", "Morocco received a record 17 million tourists last year", "the country received
        300 deportees from the United States", "have since hosted foreign military instructors"): no meeting of
        parties (CONSULT). Read off the object: a noun of such people (``r52e_nonvisitor_nouns``), or a crowd
        counted in the tens or more ("received 238 members of the gang"); a named guest or a delegation stays a
        visit."""
        t = f.tok
        if f.nominal or f.trigger.type != "CONSULT" or t.lemma_.lower() not in self.r52e_hosting:
            return False
        objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
        if not objs:
            return False

        def counted(o: Token) -> bool:
            if o.lemma_.lower() in self.rev52_dignitaries:
                return False  # (review of round 52: "will host 50 African leaders": a meeting however many come)
            for c in o.children:
                if c.dep_ != "nummod":
                    continue
                words = [w.lower_.replace(",", "") for w in c.subtree]
                if any(w in ("hundred", "hundreds", "thousand", "thousands", "million", "millions") or (w.isdigit() and int(w) >= 10) for w in words):
                    return True
            return False

        return all((o.lemma_.lower() in self.r52e_nonvisitors or counted(o)) and o.ent_type_ not in ("PERSON", "ORG") for o in objs)

    def _r52e_sidelines(self, f: Found) -> bool:
        """Round 52 (r52e): a meeting named only as the occasion on whose sidelines another act took place ("the
        two ministers met on the sidelines of the G20 summit", "signed the accord on the margins of the ASEAN
        summit"): the act on its sidelines is the news; the summit itself is no meeting between the parties named
        (its host or body is no party to their act)."""
        t = f.tok
        if not f.nominal or f.trigger.type not in ("CONSULT", "AGREE") or t.dep_ != "pobj" or t.head.lower_ != "of":
            return False
        if any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children):
            return False  # (review of round 52: "on the sidelines of peace talks between Armenia and Azerbaijan": those talks are held)
        return t.head.head.lemma_.lower() in self.r52e_sideline_nouns

    def _refused(self, f: Found, found: list[Found]) -> bool:
        """Round 48: an act told as the complement of a verb of refusing that is itself coded as a rejection
        ("declined to hold talks with Kabul", "refused to withdraw from the villages", "ruled out resuming
        negotiations"): the refusal is the event (REJECT, asserted), the act refused is not done and is not coded
        again as a negated act. Not a refusal itself negated or left open ("did not refuse to", "would not rule out")."""
        if f.trigger.type == "REJECT" or not self.refusals:
            return False
        t = f.anchor if f.nominal else f.tok
        for _ in range(3):
            if t.dep_ not in ("xcomp", "pcomp") or t.head.i == t.i:
                return False  # a clause or an act of its own ("refused and later held talks")
            head = t.head
            if head.pos_ == "VERB" and _verb_keys(head) & self.refusals:
                if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in head.children):
                    return False
                return any(g.trigger.type == "REJECT" and g.tok.i == head.i for g in found)
            t = head
        return False

    @staticmethod
    def _scheduled(f: Found) -> bool:
        """A joint act the sentence says will happen at a set time ("Kenya and Uganda will reopen rail links on
        Monday", "will resume flights from next month"): an act decided and dated, not a promise. Only the plain
        future ("will"), not a reported or hedged one ("said they would resume talks")."""
        return not f.nominal and _dated_future(f.tok)

    def _sent_to_help(self, f: Found, actors: list[Mention], recips: list[Mention]) -> bool:
        """Forces a state sends or deploys to another state with the purpose of helping ("sent troops to Russia
        to help fight", "will send police officers to Solomon Islands to help secure the summit"): help to that
        state (AID), not a show of force against it. Forces sent to "bolster" a flank or near a border stay
        MOBILIZE."""
        t = f.tok
        if f.nominal or not recips or not actors:
            return False
        purpose = next((c for c in t.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.aiding_purposes
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if purpose is None:
            return False
        roots = {m.key.split(".")[0] for m in recips}
        if any(m.key.split(".")[0] not in roots or m.sector not in _STATE_SECTORS | {None}
               for o in purpose.children if o.dep_ in ("dobj", "obj") for m in self._mentions_in(t.doc, o)):
            return False  # "sent troops across the border to support the rebels": help to others there
        own = {a.key.split(".")[0] for a in actors}
        return all(_COUNTRY.fullmatch(m.key.split(".")[0]) and m.key.split(".")[0] not in own | _NOT_COUNTRIES and m.sector is None
                   for m in recips)

    def _offered_hosting(self, f: Found) -> bool:
        """Talks a party offers, pledges or vows to host ("offered to host talks between Moscow and Kyiv",
        "pledged to host the next round"): not held; the offer is coded on its own verb."""
        a = f.tok.head if f.tok.dep_ in ("dobj", "obj") else f.anchor
        return (a.lemma_.lower() in self.host_verbs and a.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
                and a.head.lemma_.lower() in self.offering | self.commissive)

    def _dated_hosting(self, f: Found, cond: Condition | None) -> bool:
        """Talks a party will host at a set time ("Angola will host talks between Kinshasa and the rebels on
        Tuesday", "Oman will host the next round next week"): a meeting arranged and dated, CONSULT; an offer to
        host ("offered to host talks", "is ready to host") stays the host's promise."""
        return (f.trigger.type == "CONSULT" and cond is None and f.anchor.lemma_.lower() in self.host_verbs
                and _dated_future(f.anchor, f.tok))

    def _alleged(self, f: Found) -> bool:
        """The act an accusation alleges ("accused Rwanda of deploying troops"): not asserted by the sentence."""
        t = f.tok
        if self.allegation.isdisjoint(_lemma_set(t.doc)):
            return False  # (no word of accusing in the document)
        if self._r50b_reply_to_charge(f):
            return False
        if t.dep_ == "conj":
            if not f.nominal and t.tag_ in ("VBD", "VBZ") and t.head.tag_ == "VBG":
                # Round 21: a finite verb the parser hung on the alleged gerund is the accuser's own next act
                # ("accused him of losing control and called for his resignation"), not part of the charge
                return False
            t = t.head  # "of arming and funding"
        if f.nominal and t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in self.allegation:
            return True  # "the Kremlin blamed Ukrainian sabotage", "suspected arson"
        if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep" and t.head.lower_ in ("of", "for"):
            return t.head.head.lemma_.lower() in self.allegation
        # an act told of a party the accusation names ("accusing Kigali of backing rebels who attacked its
        # territory"): inside the allegation too
        for _ in range(4):
            head = t.head  # (each read of ``head`` makes a Token: read once a step)
            if head.i == t.i or narrated_relative(t):
                return False  # (Round 39: "of backing the M23, whose fighters seized Goma": the narrator's)
            t = head
            if t.dep_ in ("pcomp", "pobj"):
                prep = t.head
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in self.allegation:
                    return True
        return False

    def _r50b_reply_to_charge(self, f: Found) -> bool:
        """Round 50: a refusal in a relative clause on the charge that sums up an accusation ("accused Kigali of
        arming the rebels, a charge that Kigali rejected", "an allegation the ministry denied") is the charged
        party's reply, told by the narrator, not part of what the accuser alleges, however the parse hangs the
        charge inside the accusation's "of" phrase."""
        t = f.tok
        return (not f.nominal and f.trigger.type == "REJECT" and t.dep_ == "relcl"
                and t.head.lemma_.lower() in self.lex.cue_set("r50b_charge_nouns"))

    def _permitted(self, f: Found) -> bool:
        """The act a permission allows ("allowed their troops to deploy", "will allow Ukraine to use the
        weapons to strike targets in Russia"): allowed, not done; the permission is the event if any."""
        if self.permission.isdisjoint(_lemma_set(f.tok.doc)) and self.reliance.isdisjoint(_lemma_set(f.tok.doc)):
            return False  # (no word of allowing or relying in the document)
        if f.nominal and (f.anchor.i == f.tok.i or not self._argument_of(f.tok, f.anchor)):
            return False
        t = f.anchor if f.nominal else f.tok  # "relies on its allies to launch assaults": the light verb's clause
        for _ in range(4):
            if t.dep_ == "conj":
                t = t.head
                continue
            if t.dep_ not in ("xcomp", "ccomp", "advcl") or t.head.i == t.i or (t.dep_ == "advcl" and not _to_infinitive(t)):
                return False
            if any(c.dep_ == "mark" and c.lower_ not in ("that", "to") for c in t.children):
                return False  # "allowed ..., a day after Ukraine fired missiles": a clause of time
            t = t.head
            if t.lemma_.lower() in self.permission and not f.nominal:
                return True
            if t.lemma_.lower() in self.reliance and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in t.children):
                return True  # "Iran relies on its allies to strike": the act of those relied on, expected, not the subject's
        return False

    def _purpose(self, f: Found, found: list[Found]) -> bool:
        """A material act named as the purpose of another act ("sent troops across the border to support the
        rebels", "fired tear gas to disperse protesters", "a mission to support Ukraine"): intended, not
        done; the act it serves is the event. Verbal acts are done in the saying ("summoned the envoy to
        protest"), and are kept. A sending with its destination reads its infinitive as purpose too, however
        parsed ("ordered 500 soldiers to the capital to quell the riots")."""
        t = f.tok
        if f.nominal or f.trigger.type not in _MATERIAL or not _to_infinitive(t):
            return False
        if f.trigger.type == "ASSAULT" and t.head.i != t.i and any(g.tok.i == t.head.i and getattr(self._r52e_sent_to_strike(g), "i", None) == t.i for g in found):
            return False  # Round 52: "sent jets to strike the depot": the strike is the act told, not a purpose
        if t.dep_ == "xcomp":
            if not any(c.dep_ == "prep" and c.lower_ in _SENT_TO and any(g.dep_ == "pobj" for g in c.children) for c in t.head.children if c.i < t.i):
                return False
        elif t.dep_ not in ("advcl", "acl"):
            return False
        if any(c.dep_ in SUBJ for c in t.children):
            return False
        head = t.head.i
        return any(g is not f and (g.tok.i == head or (g.nominal and g.anchor.i == head)) for g in found)

    @staticmethod
    def _reason(f: Found) -> bool:
        """An act named as the reason of another ("would suspend aid to Rwanda over its support for the M23",
        "sued the administration over its deployment of troops") or as what it goes against ("would not
        intervene despite its longstanding support for Hamas"): a known act the news reacts to, no news."""
        t = f.tok
        if not f.nominal or t.dep_ != "pobj" or t.head.lower_ not in ("over", "despite") or t.head.head.pos_ not in ("VERB", "AUX", "NOUN"):
            return False
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in t.children)

    def _thanked_for(self, f: Found) -> bool:
        """An act named as what is thanked for ("thanked Japan for its support", "accused him of being ungrateful
        for US aid"): known, no news; the thanks is the event."""
        t = f.tok
        if not f.nominal or t.dep_ != "pobj" or t.head.lower_ != "for":
            return False
        return t.head.head.lemma_.lower() in self.gratitude

    @staticmethod
    def _opposed_in_name(doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """Parties named by an "anti-" modifier of an event noun ("anti-government protests", "an anti-Israel
        rally"): what the act is against, its target, never its doer."""
        if not f.nominal or not actors:
            return []
        lo = f.tok.left_edge.idx
        # the text from seven tokens before the noun's phrase up to the noun (``doc.text`` joins the whole document):
        # at least seven characters before any mention in the phrase
        window = doc[max(0, f.tok.left_edge.i - 7) : f.tok.i]
        base, text = window.start_char, window.text_with_ws
        return [m for m in actors if lo <= m.start and m.end <= f.tok.idx and text[max(0, m.start - 7 - base) : m.start - base].lower().replace(" ", "").endswith("anti-")]

    def _own_measure(self, f: Found, actors: list[Mention]) -> bool:
        """Approving or signing with no party the measure is for, by one state ("the parliament approved an
        amnesty", "an executive order signed by the president"): a state's own measure, not support of another;
        a signing by several parties ("Oslo and Rome signed a pact") is their agreement, kept."""
        if f.trigger.type != "SUPPORT" or f.trigger.words != (f.tok.lemma_.lower(),) or f.trigger.words[0] not in self.enacting_support:
            return False
        return len({m.key.split(".")[0] for m in actors}) <= 1

    def _setting(self, f: Found, found: list[Found]) -> bool:
        """A meeting named as the place of another act ("pledged new assistance at a conference in Tokyo",
        "blocked the package at the summit"): the act is the news; the meeting only sets it."""
        t = f.tok
        if not f.nominal or f.trigger.type != "CONSULT" or t.dep_ != "pobj" or t.head.lower_ != "at":
            return False
        verb = t.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in self.setting_free:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in verb.children):
            return False  # Round 22: "ECOWAS and the Sahel alliance agreed at talks in Bamako": the parties' own meeting
        return any(g is not f and g.tok.i == verb.i for g in found)

    def _raid_setting(self, f: Found, prior: list[tuple[int, str, list[Mention]]]) -> bool:
        """Round 28: a raid or operation named as where a party's coded attack or arrest happened ("gendarmes
        detained a dozen smugglers during a sweep of the port district", "marines shot dead three pirates in a dawn
        raid"): one act, told by its verb; the raid is its setting. Not where the verb's act found no party ("six
        were killed in the raid"); review of round 28: nor a clash or battle (two sides' fighting: "detained 60
        miners during clashes with strikers"), nor an attack naming a party of its own other than the verb's
        ("troops killed ten insurgents during an al Shabaab assault on their base")."""
        t = f.tok
        if not f.nominal or f.trigger.type not in ("COERCE", "ASSAULT") or t.dep_ != "pobj" or t.head.lower_ not in ("in", "during"):
            return False
        if t.lemma_.lower() in self.mutual_fights:
            return False
        verb = t.head.head
        actors = next((a for i, kind, a in prior if i == verb.i and kind in ("ASSAULT", "COERCE") and a), None)
        if not actors:
            return False
        doc = t.doc
        own = [m for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod") for m in self._mentions_in(doc, c)]
        own += [m for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj" for m in self._mentions_in(doc, g)]
        return all(same_party(m, actors) for m in own)

    def _approved_offer(self, f: Found) -> bool:
        """Round 28: another party's proposal named as what a party endorses or accepts ("the rebels embraced
        Norway's proposal of a summer truce", "Lima backed a Brazilian peace plan"): the approval is the news, the
        offer its object, no new act of the proposer."""
        t = f.tok
        return (f.nominal and f.trigger.type == "AGREE" and t.dep_ in ("dobj", "obj")
                and t.head.lemma_.lower() in self.approving and self._own_actor(t))

    def _background(self, f: Found) -> bool:
        """An act told in the past perfect in a relative clause is background to the news ("platforms that had
        been seized by Russia in 2015", "delaying elections it had promised")."""
        if f.trigger.type.lower() in self.voiced_background:
            return False  # Round 31: "Bhutan, which had urged Nepal to reopen the pass, ...": a demand the gold codes
        t = f.anchor if f.nominal else f.tok
        if not (t.dep_ == "relcl" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in t.children)):
            return False
        # Round 22: the people an arrest or a use of force was aimed at, told by what they had just done ("police
        # arrested 14 activists who had gathered outside parliament"): the act that drew the force is news too
        held = t.head
        if (not f.nominal and f.trigger.type == "PROTEST" and held.dep_ in ("dobj", "obj", "nsubjpass")
                and held.head.pos_ == "VERB" and getattr(self._verb_trigger(held.head), "type", None) in ("COERCE", "ASSAULT")):
            # (the verb read as a trigger, phrasal ones too: "police rounded up activists who had gathered ...")
            return False
        # Round 21: one set off by a comma and dated to the last days is recent news told in passing ("unions,
        # which had staged a strike last week, welcomed the vote"), not background; a restrictive one names what
        # it describes ("the villages they had occupied"). A weekday may be the main clause's ("the villages they had occupied
        # in Lebanon on Tuesday"), so it counts only after a comma; "a week earlier", "last week" anywhere.
        left = t.left_edge.i
        return not _recently_dated(t, left > 0 and t.doc[left - 1].lower_ == ",")

    def _aimed_measure(self, f: Found, found: list[Found]) -> bool:
        """ "sanctions ..., targeting its gas trade", "a hacking campaign which targeted parliament": a verb of
        aiming that elaborates a measure other than force says what the measure hits; no attack."""
        t = f.tok
        if f.nominal or f.trigger.type != "ASSAULT" or t.lemma_.lower() not in self.aiming or t.dep_ not in ("advcl", "acl", "relcl"):
            return False
        head = t.head
        near = {head.i} | {c.i for c in head.children if c.dep_ in OBJ}
        return any(g is not f and g.trigger.type != "ASSAULT" and (g.tok.i in near or (g.nominal and g.anchor.i == head.i)) for g in found)

    @staticmethod
    def _time_reference(f: Found) -> bool:
        """An act that only dates another: "for the first time since the war began", "held since the 2023
        offensive", "the biggest swap since the Cold War". Reported as a point in time, it is no news."""
        t = f.tok
        for _ in range(3):
            if t.dep_ == "conj":
                t = t.head
                continue
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "since":
                return True
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and (
                    (t.head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.head.children))
                    or any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "anniversary" for c in t.head.children)):
                return True  # "since the Gaza ceasefire took effect", "the truce marked its first anniversary"
            if t.dep_ == "advcl" and t.tag_ in ("VBD", "VBN") and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
                return True
            if (t.dep_ in ("acl", "advcl") and t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children)
                    and any(c.dep_ == "prep" and c.lower_ == "since" for c in t.children)):
                return True  # "resumed flights suspended since 2020", "the crossing, closed since October": a standing state
            return False
        return False

    def _since_own_party(self, f: Found) -> bool:
        """Round 41: an attack or seizure after "since" that names its own doer ("since Russia's invasion of Ukraine
        in 2022", "since Israeli and U.S. strikes on Iranian nuclear sites") is a background act the article tells,
        not only a date: it is coded with its parties (dated at its own time); one that names no party ("since the
        war began", "since the 2023 offensive") stays a mere point in time."""
        if not f.nominal or f.trigger.type not in ("ASSAULT", "COERCE"):
            return False
        t = f.tok
        if not (t.dep_ == "pobj" and t.head.lower_ == "since"):
            return False
        return self._own_actor(t)

    def _supposed_act(self, f: Found) -> bool:
        """An event noun as subject of a modal clause is an act supposed, not done nor threatened by anyone:
        "an offensive would have devastating consequences", "a strike could trigger a regional war"."""
        if not f.nominal or f.tok.dep_ not in SUBJ or f.anchor.i == f.tok.i or f.tok.head.i != f.anchor.i:
            return False
        if f.anchor.lemma_.lower() in self.lends_subject or f.anchor.lemma_.lower() in self.undergo:
            return False
        return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX - {"will", "shall", "'ll"} for c in f.anchor.children)

    def _empty_warning(self, f: Found, found: list[Found]) -> bool:
        """ "warned that the situation remained tense": a warning whose clause states no act of anyone is no
        threat ("warned that independence means war" names one; "warned Iran" has an addressee)."""
        if f.nominal or f.tok.lemma_.lower() not in self.threat_verbs or f.tok.lemma_.lower() == "threaten":
            return False
        kids = list(f.tok.children)
        if any(c.dep_ in ("dobj", "obj", "dative", "xcomp", "prep") for c in kids) or self._promises_retribution(f.tok):
            return False
        comps = [c for c in kids if c.dep_ == "ccomp"]
        heads = {c.i for c in comps}
        if any(self._not_unanswered(c) for c in comps):
            return False  # Round 28: "cautioned that such a provocation would never go unpunished": a response promised
        if any(g.nominal and g.tok.head.i in heads and self._supposed_act(g) for g in found):
            # "warning that an offensive on the city would have devastating consequences": a concern voiced
            # about a supposed act, no threat of the warner's own
            return not any(g.tok.i in heads for g in found)
        if not comps or any(a.dep_ == "aux" and a.lower_ in MODAL_AUX for c in comps for a in c.children):
            return False  # "warned that it would respond": a threat of an act the lexicon need not know
        if any(a.dep_ in ("nsubj", "nsubjpass") and a.lemma_.lower() in self.lex.cue_set("r22_forbearance_nouns") for c in comps for a in c.children):
            return False  # Round 22: "warned that the group's patience is not unlimited": a threat
        inside = {t.i for c in comps for t in c.subtree}
        return not any(g.tok.i in inside for g in found if g is not f)

    def _not_unanswered(self, clause: Token) -> bool:
        """Round 28: a clause saying an act will not be left without reply ("the attack would not go unanswered",
        "such crimes will never remain unpunished"): the speaker's promise of a response."""
        words = [t.lower_ for t in clause.subtree]
        return any(w in self.unanswered for w in words) and any(w in ("not", "never", "n't") for w in words)

    def _protest_purpose(self, f: Found, found: list[Found]) -> bool:
        """ "rallied to demand a deal", "marched to call for action": the demand is what the protest voices,
        one PROTEST (PLOVER), not a REQUEST besides it. So is a participle of demanding or defying that goes
        with the protest ("marched through the capital demanding his resignation", "rallied, defying a
        ban on gatherings"), and a demand pressed by it ("staged a strike to press its demand for pay")."""
        t = f.anchor if f.nominal else f.tok
        if f.trigger.type == "REQUEST":
            if not f.nominal and not (_verb_keys(t) & self.requesting):
                return False
        elif f.trigger.type != "REJECT" or f.nominal:
            return False
        participle = t.tag_ == "VBG" and not any(c.dep_ in SUBJ for c in t.children)
        if t.dep_ not in ("advcl", "xcomp") or not (_to_infinitive(t) or participle):
            return False
        if f.trigger.type == "REJECT" and not participle:
            return False  # "rallied to reject the deal" voices a rejection of its own
        head = t.head
        for _ in range(3):  # "tried to reach parliament to demand": through a verb of trying and its goal
            if any(g.trigger.type == "PROTEST" and (g.tok.i == head.i or (g.nominal and g.anchor.i == head.i))
                   and (g.nominal or not _lodged_with_party(g.tok)) for g in found):
                return True  # (a protest lodged with a party is verbal: "protested to Beijing, demanding" demands)
            if head.dep_ not in ("xcomp", "advcl"):
                break
            head = head.head
        return False

    def _charge_parties(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """The parties of an accusation its clause leaves to the sentence: a charge that a party denied, "accusing"
        another in turn ("a charge Baku denied, accusing Yerevan of a provocation": Baku accuses Yerevan); people
        named before a relative clause of accusing ("arrested two Chileans and three Bolivians it accused of
        smuggling": the accused are they all); a report called a charge that a party denied is the reporter's
        accusation of that party ("Armenia said Azerbaijani troops had fired, a charge Baku denied")."""
        tok = f.tok
        if f.nominal:
            if actors or tok.lemma_.lower() not in self.claims or tok.dep_ not in ("npadvmod", "appos"):
                return actors, recips
            deniers = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in denial_verbs(self.lex)]
            party = [m for d in deniers for g in d.children if g.dep_ == "nsubj" for m in self._mentions_in(doc, g)]
            v = tok.head
            for _ in range(3):
                if v.lemma_.lower() in self.reporting or v.dep_ not in ("ccomp", "conj") or v.head.i == v.i:
                    break
                v = v.head
            if not party or v.lemma_.lower() not in self.reporting:
                return actors, recips
            sayers = [m for g in v.children if g.dep_ == "nsubj" for m in self._mentions_in(doc, g)]
            roots = {m.key.split(".")[0] for m in party}
            return [m for m in sayers if m.key.split(".")[0] not in roots], party
        if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG" and tok.head.lemma_.lower() in self.claims:
            deniers = [c for c in tok.head.children if c.dep_ == "relcl" and c.lemma_.lower() in denial_verbs(self.lex)]
            party = [m for d in deniers for g in d.children if g.dep_ == "nsubj" for m in self._mentions_in(doc, g)]
            if party:
                named = [m for c in tok.children if c.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, c)]
                return party, named or recips
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
            head = tok.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            roots = {m.key.split(".")[0] for m in actors}
            accused = [m for m in self._mentions_in(doc, head, deep=False) if m.key.split(".")[0] not in roots]
            keys = {m.key for m in accused}
            if accused and all(m.key in keys for m in recips):
                return actors, accused  # the antecedent's conjuncts, not only the one the clause hangs on
        return actors, recips

    def _topic(self, f: Found) -> bool:
        """An act named as the topic of talk, fear or plans ("talks on the Gaza truce", "raised fears of a new
        war", "a proposal for a two-month ceasefire", "data on missile launches"): spoken of, not reported."""
        if not f.nominal:
            return self._gerund_topic(f.tok)
        t = f.tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in OBJ and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in self.topic_verbs:
            return True  # "met to discuss the deployment of observers": the deployment is talked of
        if t.dep_ != "pobj" or t.head.lower_ not in ("of", "on", "for", "about"):
            return False
        noun = t.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "by":
            noun = noun.head.head  # "a proposal by mediators for a ceasefire": the phrase hung on the proposer
        return noun.pos_ == "NOUN" and (noun.lemma_.lower() in self.topic_nouns or noun.lower_ in self.topic_nouns)

    def _gerund_topic(self, t: Token) -> bool:
        """Round 21: an act told by a gerund as the topic of talks ("held talks on reopening direct flights and
        expanding trade", "negotiations about releasing the hostages"): talked of, not done."""
        if t.tag_ != "VBG":
            return False
        while t.dep_ == "conj" and t.head.i != t.i and t.head.tag_ == "VBG":
            t = t.head
        if t.dep_ != "pcomp" or t.head.lower_ not in ("on", "about", "over", "of"):
            return False
        head = t.head.head
        if head.pos_ == "NOUN":
            return head.lemma_.lower() in self.topic_nouns or head.lower_ in self.topic_nouns
        return head.pos_ == "VERB" and any(c.dep_ in OBJ and (c.lemma_.lower() in self.topic_nouns or c.lower_ in self.topic_nouns)
                                           for c in head.children)

    def _depicted(self, f: Found) -> bool:
        """An act told of in a story or a simulation ("a novel that depicts a Russian invasion", "drills
        simulating an attack", "a fictional coup"): imagined, not reported."""
        if not f.nominal:
            return False
        t = f.tok
        if any(c.dep_ == "amod" and c.lower_ in self.unreal for c in t.children):
            return True
        for _ in range(3):
            if t.dep_ in ("dobj", "obj", "pobj", "conj") and t.head.lemma_.lower() in self.depicting:
                return True
            if t.dep_ not in ("conj", "pobj", "prep") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def _forecast(self, f: Found) -> bool:
        """ "The summit is scheduled to take place in November", "talks are expected to resume": an event noun
        as the subject of a verb of scheduling or expecting is a forecast, no act reported."""
        if not f.nominal or f.tok.dep_ not in SUBJ + PASS_SUBJ:
            return False
        head = f.tok.head
        return head.lemma_.lower() in self.forecasting and any(c.dep_ == "xcomp" for c in head.children)

    @staticmethod
    def _ahead_of(f: Found) -> bool:
        """ "the rand firmed ahead of the announcement of new US tariffs", "ahead of talks in Cairo": an act named
        as the time before which another happens has not happened yet; it only dates the news."""
        if not f.nominal:
            return False
        t = f.tok
        for _ in range(4):
            if t.dep_ not in ("pobj", "prep", "conj") or t.head.i == t.i:
                return False
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "ahead":
                return True
            t = t.head
        return False

    def _responsible(self, doc: Doc, f: Found) -> list[Mention]:
        """The party a clause names as behind or involved in an act ("Hamas said it was behind the attack",
        "the army had not been involved in the strike", "allegations that X was behind the killing"): the
        subject of "be behind" or of a verb of involvement (``involvement_verbs``) whose phrase is the act."""
        t = f.tok
        if not f.nominal or t.dep_ != "pobj" or f.anchor.i != t.head.head.i:
            return []
        prep, verb = t.head.lower_, f.anchor
        lemma = verb.lemma_.lower()
        if not ((prep == "behind" and lemma == "be") or (prep == "in" and lemma in self.involvement)):
            return []
        return [m for x in self._subject(verb)[0] for m in self._mentions_in(doc, x)]

    def _mutual_link(self, doc: Doc, f: Found, actors: list[Mention], recips: list[Mention]) -> bool | str:
        """A passage opened between two states: done by two states together ("Uzbekistan and Tajikistan reopened
        border crossings": True) or by one with a state named by "with"/"between" ("reopened its crossings with
        Sudan": "one", Round 38); one party opening a crossing into a place it holds shut grants access (RETREAT)."""
        if f.nominal:
            return False
        roots = {m.key.split(".")[0] for m in actors if _COUNTRY.fullmatch(m.key.split(".")[0])}
        if len(roots) > 1:
            return True
        if not recips:
            return False
        linked = {t.i for p in f.tok.subtree if p.dep_ == "prep" and p.lower_ in ("with", "between") for t in p.subtree}
        index = doc._.token_mentions or {}
        return "one" if any(i in index and index[i].key in {m.key for m in recips} for i in linked) else False

    @staticmethod
    def _goal(f: Found) -> bool:
        """ "made no progress towards a ceasefire", "a first step toward normalisation", "working towards a
        truce": an act named as the goal something moves toward has not happened; no event of its own."""
        if not f.nominal:
            return False
        t = f.tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ in ("toward", "towards")

    def _wrongdoers(self, doc: Doc, f: Found) -> list[Mention]:
        """ "determined that members of the RSF had committed genocide": a finding accuses the doer of the wrong
        it finds, the subject of its clause."""
        comps = [c for c in f.tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        return [m for c in comps[:1] for x in self._subject(c)[0] for m in self._mentions_in(doc, x)]

    @staticmethod
    def _verb_read_as_modifier(f: Found) -> bool:
        """A sentence's finite verb misread as a modifier of its subject, which then stands as the root: "The
        border service called on the Taliban to act" (read as "the service called on ..."; a sentence has a
        verb, so with a noun as its root the modifier is its predicate). The noun is the verb's subject; a
        participle with its agent ("the deal signed by Kyiv") is a passive and stays one."""
        tok = f.tok
        # Round 28: so too a clause's subject read as a noun joined to the clause before ("the storm flooded the
        # delta, and the Red Cross appealed to donors": a noun cannot be the conjunct of a verb)
        head = tok.head
        return (not f.nominal and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN")
                and (head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX")))
                and head.pos_ in ("NOUN", "PROPN") and head.i < tok.i
                and not any(c.dep_ in ("agent", "auxpass") for c in tok.children))

    @staticmethod
    def _modifier_parties(doc: Doc, noun: Token) -> list[Mention]:
        """The party named by a modifier of an unresolved noun: "the Tajik border service" (Tajikistan)."""
        index = mention_index(doc)
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i and c.i in index]
        return [index[c.i] for c in mods[:1]]

    def _labelled_parties(self, doc: Doc, f: Found, actors: list[Mention], prior: list[tuple[int, str, list[Mention]]]) -> list[Mention]:
        """ "Panama banned imports ... Costa Rica said the ban was a disguised trade barrier": a reported label
        criticises the parties of the act its clause's subject names (coded at that noun, or named by it again
        from its verb in this sentence or the one before), else the subject's own parties ("said Moscow's stance
        was unacceptable")."""
        comps = [c for c in f.tok.children if c.dep_ == "ccomp"]
        start = sent_of(f.tok).start
        for subj in [x for c in comps[:1] for x in self._subject(c)[0]]:
            lemma = subj.lemma_.lower()
            for i, _, ms in reversed(prior):
                if i == f.tok.i or i > subj.i:
                    continue
                base = doc[i].lemma_.lower()
                common = len(os.path.commonprefix([base, lemma]))
                again = i == subj.i or (common >= 3 and common >= min(4, len(base) - 1) and sent_of(doc[i]).end >= start - 1)
                out = [m for m in ms if not same_party(m, actors)] if again else []
                if out:
                    return out
            named = [m for m in self._mentions_in(doc, subj) if not same_party(m, actors)]
            if named:
                return named
        return []

    def _fought_with(self, doc: Doc, f: Found, recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Round 26: casualties told as "killed in a clash with militants", "hurt in an exchange of gunfire with
        Pakistani troops": the side fought with attacked the casualties' side (the fighting noun's "with" party;
        the passive casualty verb's subject)."""
        combat = self.combat_nouns
        verb = f.anchor if f.nominal else f.tok
        if verb.lemma_.lower() not in self.casualty_verbs:
            return [], recips
        # the fighting noun: the trigger itself, or the casualty verb's "in" phrase ("were hurt in a gunfight")
        nouns = [f.tok] if f.nominal else [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
        nouns = [n for n in nouns if n.lemma_.lower() in combat or n.lower_ in combat]
        if not nouns:
            return [], recips
        noun = nouns[0]
        withs = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
        if not withs and noun.lemma_.lower() == "exchange":
            withs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     for p in o.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
        actors = [m for g in withs for m in self._mentions_in(doc, g)]
        victims = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self._mentions_in(doc, c)]
        if not actors or not victims:
            return [], recips
        return actors, [m for m in victims if not same_party(m, actors)]

    def _captives_described(self, f: Found) -> bool:
        """Round 27: a participle telling how the people set free came to be held describes them, no new act:
        "agreed to free sailors held by the other side since March", "repatriated fishermen caught in its waters"
        (the release is the news; who held them is background)."""
        t = f.tok
        if f.nominal or f.trigger.type != "COERCE" or t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD"):
            return False
        obj = t.head
        while obj.dep_ == "conj" and obj.head.i != obj.i:
            obj = obj.head
        return obj.dep_ in ("dobj", "obj") and obj.head.lemma_.lower() in self.releasing_verbs

    def _act_to_halt(self, f: Found) -> bool:
        """Round 27: an act named as what a halt or end is to be put to is the act going on, not one threatened or
        planned: "in return for a pause in the drone raids", "demanded an end to the shelling" (the halting noun's own
        event tells the news)."""
        t = f.tok
        return (f.nominal and t.dep_ == "pobj" and t.head.lower_ in ("to", "of", "in")
                and (t.head.head.lemma_.lower() in self.halting or t.head.head.lemma_.lower() == "end"))

    def _placed_or_hosted(self, doc: Doc, f: Found, prior: list[tuple[int, str, list[Mention]]], actors: list[Mention],
                          recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Round 27: two events nouns told in a phrase of a verb with no act of its own, whose parties are the verb's:

        - forces put on alert: "kept its missile units on standby alert", "told the navy to be put on combat alert"
          (MOBILIZE by whoever puts them there, or by the forces themselves: "the army was placed on alert");
        - talks a guest is received for: "hosted the Chilean foreign minister for a round of talks", "welcomed Ghana's
          foreign minister for talks on trade" (CONSULT of the guest with the host, as a visit is coded)."""
        prep, verb = f.tok.head, f.tok.head.head
        if prep.lower_ == "of" and verb.dep_ == "pobj" and f.trigger.type == "CONSULT":
            prep, verb = verb.head, verb.head.head  # "for a round of talks"
        if verb.pos_ not in ("VERB", "AUX"):
            return actors, recips
        lemma = verb.lemma_.lower()
        if f.trigger.type == "MOBILIZE" and prep.lower_ == "on" and lemma in self.alerting_verbs:
            placer = verb
            if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
                placer = verb.head  # "ordered its troops to be placed on alert": who ordered it
            elif any(c.dep_ == "auxpass" for c in verb.children):
                forces = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self._mentions_in(doc, c)]
                return forces, []  # "the army was placed on high alert"
            return self._roles(doc, Found(placer, f.trigger, False, placer), prior)[0], []
        if f.trigger.type in ("SANCTION", "COERCE") and prep.lower_ == "under" and lemma in self.alerting_verbs:
            # Round 28: a measure a party is put under is the putter's on it: "Seoul put three shipping lines under
            # sanctions", "the junta placed the deposed mayor under arrest" (passive: "was placed under an embargo")
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            targets = [m for c in objs for m in self._mentions_in(doc, c)]
            placers = self._roles(doc, Found(verb, f.trigger, False, verb), prior)[0]
            placers = [m for m in placers if not same_party(m, targets)]
            if placers:
                return placers, targets or recips
        if f.trigger.type == "CONSULT" and prep.lower_ == "for" and lemma in self.guest_verbs:
            hosts = [m for c in verb.children if c.dep_ == "nsubj" for m in self._mentions_in(doc, c)]
            guests = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, c)]
            guests = [m for m in guests if not same_party(m, hosts)]
            if hosts and guests:
                return guests, hosts  # (the visitor meets the host, as "visited Cairo for talks" is told)
        return actors, recips

    def _reacting_parties(self, doc: Doc, f: Found, prior: list[tuple[int, str, list[Mention]]]) -> tuple[list[Mention], list[Mention]]:
        """Round 26: who reacts to an act and at whom, for a reaction drawn by it ("sparking fury in Israel": the
        party in the reaction's phrase, or the drawing verb's, after the noun; the act's doer, the subject of the
        clause the drawing verb hangs on)."""
        verb = f.tok.head
        preps = [*f.tok.children, *(c for c in verb.children if c.i > f.tok.i)]
        actors = [m for p in preps if p.dep_ == "prep" and p.lower_ in ("from", "in", "among")
                  for g in p.children if g.dep_ == "pobj" for m in self._mentions_in(doc, g)]
        main = verb.head if verb.dep_ in ("advcl", "relcl", "acl", "conj") else verb
        doers = self._roles(doc, Found(main, f.trigger, False, main), prior)[0] if main.i != verb.i else []
        return actors, [m for m in doers if not same_party(m, actors)]

    def _dismaying_parties(self, doc: Doc, f: Found, actors: list[Mention]) -> list[Mention]:
        """Round 26: whom a reported dismay is aimed at: the party whose act the dismay is about, named as the act's
        possessor or as the object itself ("said it was concerned by Israel's decision", "alarmed at Moscow"); not
        the act's victims ("concerned by the arrests of journalists": who arrested them is told elsewhere, if at all)
        and not the reporter itself."""
        preps = self.dismay_preps
        out: list[Mention] = []
        for c in f.tok.children:
            if c.dep_ != "ccomp":
                continue
            for pred in [c, *(g for g in c.children if g.dep_ == "acomp")]:
                for p in pred.children:
                    if p.dep_ not in ("prep", "agent") or p.lower_ not in preps:
                        continue
                    for o in p.children:
                        if o.dep_ != "pobj":
                            continue
                        heads = [o] if o.pos_ == "PROPN" else [g for g in o.children if g.dep_ == "poss"]
                        out += [m for h in heads for m in self._mentions_in(doc, h) if not same_party(m, actors)]
        return out

    def _need_contingency(self, mod: Modality) -> bool:
        """ "if necessary", "if needed", "where possible": a verbless condition of need names no act of anyone."""
        clause = mod.condition_clause
        return clause is not None and clause.lemma_.lower() in self.need_conditions and not any(c.dep_ in SUBJ for c in clause.children)

    def _without_beneficiaries(self, sent: Span, text: str, recips: list[Mention]) -> list[Mention]:
        """The party an act is done for is no target: "entered the war on their behalf", "on behalf of the
        Palestinians", "for the sake of Gaza" (the possessor, or the "of" phrase, of a beneficiary noun).
        ``text`` is the sentence's text, read once for all its events."""
        if not recips or not any(w in text for w in self.beneficiary_nouns):
            return recips
        spans: list[tuple[int, int]] = []
        for t in sent:
            if t.lower_ in self.beneficiary_nouns:
                for c in t.children:
                    heads = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else []
                    spans += [(h.left_edge.idx, h.right_edge.idx + len(h.right_edge.text)) for h in heads]
        return [m for m in recips if not any(a <= m.start < b for a, b in spans)]

    def _unknown_attacker(self, f: Found) -> list[Mention]:
        """An attack whose subject is only the weapon ("a drone struck a gas field in Iraq's Kurdistan region",
        "drones hit the airport", "a drone attack struck an oil field") names no attacker: the attacker is unknown,
        UNK (the gold sets' convention), when the target is named."""
        lone = self._r52c_lone_attacker(f)
        if lone:
            return lone
        if f.nominal or f.trigger.type != "ASSAULT":
            return []
        subj = next((c for c in f.tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ == "WDT" and f.tok.dep_ == "relcl":
            subj = f.tok.head  # Round 30: "a suicide bombing that killed 11 soldiers": the relative's noun
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return []
        lemma = subj.lemma_.lower()
        if (lemma in self.unclaimed_attacks and f.tok.lemma_.lower() in self.casualty_verbs
                and not self._mentions_in(subj.doc, subj) and not any(c.dep_ == "agent" for c in subj.children)
                and not _claimed_noun(subj)
                and not (lemma in ("explosion", "blast") and any(t.lemma_.lower() in self.accident_cues for t in subj.subtree))):
            # Round 30: "an attack from Afghan territory killed five Chinese workers", "a bombing outside a court
            # killed 12 people": an attack noun with no party in its phrase, told by its toll, is by someone unknown
            return [Mention(subj.idx, subj.idx + len(subj.text), subj.text, "UNK", "UNK", None, None, "role", "unresolved", subj.tag_ == "NNS")]
        if lemma not in self.weapon_subjects and not (
                lemma in self.attack_subjects and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.weapon_subjects for c in subj.children)):
            return []
        # Round 33: a weapon whose participle names who fired it ("drones launched by the RSF struck", "shells fired
        # by the army killed") is that party's attack, not an unknown one's
        for a in subj.children:
            if a.dep_ == "prep" and a.lower_ == "by" and lemma in self.attack_subjects:
                # Round 33: "a drone strike by the air force killed 12": the attack noun names its party (its own
                # nominal event reads it); an unresolved one ("by a police unit") is still no unknown attacker
                return [m for x in a.children if x.dep_ == "pobj" for m in self._mentions_in(subj.doc, x)]
            if a.dep_ == "acl" and a.tag_ == "VBN":
                for g in a.children:
                    if g.dep_ == "agent":
                        named = [m for x in g.children if x.dep_ == "pobj" for m in self._mentions_in(subj.doc, x)]
                        if named:
                            return named
        return [Mention(subj.idx, subj.idx + len(subj.text), subj.text, "UNK", "UNK", None, None, "role", "unresolved", subj.tag_ == "NNS")]

    def _r52c_lone_attacker(self, f: Found) -> list[Mention]:
        """Round 52 (r52c): an attack by one unnamed person ("a gunman opened fire at a mosque in Peshawar, killing
        five worshippers", "a suicide bomber blew himself up outside a bank, killing five people"), or a toll told
        by a participle on a clause of a weapon going off with no doer ("a car bomb exploded outside a police
        station, killing three officers"), names no attacker the registry knows: the attacker is unknown, UNK (the
        gold sets' convention), when the target is named. The subject is the attack verb's own, or, for a toll
        participle with no subject ("..., killing five"), that of the clause it hangs on; a subject naming any
        party ("a gunman from the cartel", "an Islamic State suicide bomber") is not unknown and is left to the
        roles that read it."""
        tok = f.tok
        if f.trigger.type != "ASSAULT":
            return []
        if f.nominal:
            # "a car bomb exploded outside a police station": the weapon noun, subject of its going off
            if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
                return []
            subj, verb = tok, tok.head
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            verb = tok
            if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in self.casualty_verbs:
                verb = tok.head  # "..., killing five worshippers": the clause the toll is told of
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
            return []
        lemma = subj.lemma_.lower()
        if lemma in self.r52c_lone_attackers and not f.nominal:
            pass
        elif verb.i != tok.i and verb.lemma_.lower() in self.r52c_detonation_verbs and (
                lemma in self.weapon_subjects or (lemma not in self.attack_subjects | self.unclaimed_attacks and any(
                    c.dep_ == "compound" and c.lemma_.lower() in self.weapon_subjects for c in subj.children))):
            pass  # "a car bomb exploded ..., killing": the bomb went off, by someone unknown (not "a drone strike")
        else:
            return []
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
            return []  # "the gunman": the one named before, as coreference reads it
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        if any(lo <= m.start < hi for m in subj.doc._.actor_mentions or ()) or _claimed_noun(subj):
            return []  # "a gunman from the cartel", "an Islamic State suicide bomber": a party is named
        return [Mention(subj.idx, subj.idx + len(subj.text), subj.text, "UNK", "UNK", None, None, "role", "unresolved", False)]

    def _r52c_toll_victims(self, doc: Doc, f: Found) -> list[Mention]:
        """Round 52 (r52c): the people a lone unnamed attacker's act killed or wounded, told by a toll participle on
        its clause ("a suicide bomber blew himself up outside a bank, killing five people"; "a car bomb exploded
        outside a police station, killing three officers"): the attack's targets where its own phrase names no party
        (a bank, a mosque). Empty unless ``_r52c_lone_attacker`` reads the attack as by someone unknown."""
        if not self._r52c_lone_attacker(f):
            return []
        verb = f.tok.head if f.nominal else f.tok
        return [m for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in self.casualty_verbs
                for o in c.children if o.dep_ in ("dobj", "obj") for m in self._mentions_in(doc, o)]

    def _passive_force_doer(self, doc: Doc, sent: Span, f: Found, prior: list[tuple[int, str, list[Mention]]],
                            recips: list[Mention], prior_targets: dict[int, set[str]] | None = None) -> list[Mention]:
        """Round 35: an act of force told in an agentless passive ("dozens of people were detained", "two students
        were shot dead as police broke up a march") names no doer: the state force the passage names is its doer (the
        latest one coded acting in this sentence or the one before, else one this sentence names, not as the one
        reporting it); with none, an arrest is the police's of the country of those held, a shooting or killing by
        someone unknown (unless a clause or "in" phrase tells how: "were killed when rains triggered landslides"). A
        passive told in a relative clause ("the men, who were arrested in 2022") is background, and one in an
        adverbial clause that retells an act of its type ("arrested two tourists, a week after they were detained")
        is that act: neither gets a doer. A tally of arrests someone reports ("thousands have been detained, rights groups
        say") keeps none either (session 21: a single reported arrest, "were arrested in Cairo, their lawyer said", is
        the police's).
        Round 36: a killing told by its cause ("were killed when their jet crashed") takes no doer at all, not even
        an earlier act's; an earlier act aimed at another state gives no doer to the killing of its doer's own people
        ("troops shelled Indian posts, and three Pakistani villagers were killed": the other side's, or unknown); and
        a killing with nothing in its sentence that tells of violence ("were killed on a highway") gets no unknown
        doer (an accident as likely as an attack)."""
        tok = f.tok
        lemma = tok.lemma_.lower()
        if f.nominal or lemma not in self.passive_force_verbs or tok.tag_ != "VBN" or tok.dep_ in self.passive_background_deps:
            return []
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
            return []
        if tok.dep_ == "advcl" and any(sent.start <= i < tok.i and etype == f.trigger.type for i, etype, _ in prior):
            return []  # "arrested a British couple ..., a month after they were detained": the same act retold
        told_how = any(c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in ("in", "during")) for c in tok.children)
        if told_how and lemma not in self.passive_arrest_verbs:
            # "were killed when their jet crashed": the clause tells how, before any earlier act's doer is looked
            # for; only a force that clause names is the doer ("were shot dead as soldiers cleared a land occupation")
            # (a clause that acts on someone: "their jet crashed near Belgorod" names a craft in an accident)
            how = [t.idx for c in tok.children if c.dep_ == "advcl" and any(
                g.dep_ in ("dobj", "obj") or (g.dep_ == "prep" and g.lower_ in ("on", "at", "into")) for v in c.subtree
                for g in v.children) for t in c.subtree]
            lo, hi = (min(how), max(how) + 1) if how else (0, -1)
            named = [m for m in (doc._.actor_mentions or ()) if lo <= m.start < hi and (m.sector or "") in self.passive_force_sectors
                     and m.key not in {r.key for r in recips} and not self._reporting_party(doc, m)]
            return named[:1]
        recip_keys = {m.key for m in recips}
        recip_states = {m.key.split(".", 1)[0] for m in recips}
        first = sent.start
        if sent.start > 0:
            first = doc[sent.start - 1].sent.start
        forces = self.passive_force_sectors
        foreign: set[str] = set()
        for i, _etype, acts in reversed(prior):
            if first <= i < tok.i:
                named = [m for m in acts if (m.sector or "") in forces and m.key not in recip_keys]
                if lemma not in self.passive_arrest_verbs and (prior_targets or {}).get(i, set()) - recip_states:
                    # the act was aimed at another state: its doer's own people killed are the other side's victims
                    foreign |= {m.key for m in named}
                    named = [m for m in named if m.key.split(".", 1)[0] not in recip_states]
                if named:
                    return named
        near = [m for m in (doc._.actor_mentions or ()) if sent.start_char <= m.start < sent.end_char
                and (m.sector or "") in forces and m.key not in recip_keys and not self._reporting_party(doc, m)
                and not (m.key in foreign and m.key.split(".", 1)[0] in recip_states)]
        if near:
            return [min(near, key=lambda m: abs(m.start - tok.idx))]
        if lemma in self.passive_arrest_verbs:
            if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) and any(
                    t.lemma_.lower() in self.reporting_verbs and any(c.dep_ == "nsubj" for c in t.children) for t in sent):
                # "thousands have been detained since the protests began, rights groups say": a tally someone reports,
                # no one act (round 25 kept every reported arrest without a doer; session 21: only the tally, since a
                # dated arrest told by a lawyer or a rights group is the police's as any other: "were arrested in
                # Cairo, their lawyer said")
                return []
            states = [m.code for m in recips if "." in m.key and len(m.code) == 3 and m.code.isupper()
                      and m.code not in _NOT_COUNTRIES]
            if not states:
                return []
            return [Mention(tok.idx, tok.idx + len(tok.text), tok.text, f"{states[0]}.COP", states[0], "COP", None,
                            "role", "group", True)]
        if told_how:
            return []  # "were killed when rains triggered landslides", "killed in the clashes": the clause tells how
        if lemma not in self.passive_violence_verbs and not any(t.lemma_.lower() in self.violence_signs for t in sent):
            return []  # "five schoolchildren were killed on a highway": nothing tells of an attack
        return [Mention(tok.idx, tok.idx + len(tok.text), tok.text, "UNK", "UNK", None, None, "role", "unresolved", False)]

    def _r52d_release_mode(self, f: Found) -> str | None:
        """Round 52 (r52d). The trigger's mode for ``plover_type``: "release" only where the freed are named as
        captives ("would free 553 prisoners", "will release the hostages"), not things let out ("will release more
        water from its dams"), so that only captives to be freed are told as the release (RETREAT)."""
        if f.trigger.mode != "release" or f.nominal:
            return None if f.trigger.mode == "release" else f.trigger.mode
        captives = self.lex.cue_set("r52d_captive_nouns")
        return "release" if any(t.lemma_.lower() in captives for c in f.tok.children if c.dep_ in ("dobj", "obj")
                                for t in c.subtree) else None

    def _r52d_captor(self, doc: Doc, sent: Span, f: Found, prior: list[tuple[int, str, list[Mention]]],
                     prior_recips: dict[int, list[Mention]], recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Round 52 (r52d). Captives freed in an agentless passive ("the children were freed unharmed two weeks later",
        "all five were released after questioning") were let go by whoever held them (RETREAT, mode release): the
        holder a relative clause of the freed people names ("soldiers who were held for three days by villagers were
        freed"), else the doer of the latest abduction or detention coded in this sentence or the two before it; the
        people that act was aimed at are the recipient when the passive's subject names none ("They were released
        late in the evening"). A release told with its own clause of how ("were freed when troops stormed the camp")
        or in a raid or operation is a rescue, not the captor's; nor is a release told in a relative clause
        (background, "the men, who were freed last year") given a doer."""
        tok = f.tok
        if f.nominal or f.trigger.mode != "release" or tok.tag_ != "VBN" or tok.dep_ in ("relcl", "acl", "amod"):
            return [], recips
        kids = list(tok.children)
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or any(c.dep_ == "agent" for c in kids):
            return [], recips
        rescuers = self.lex.cue_set("r50c_rescuer_nouns")
        rescue = {"raid", "operation", "rescue", "assault", "offensive", "swoop", "storm", "attack"}
        if any(c.dep_ == "advcl" and any(g.lemma_.lower() in rescuers or g.lemma_.lower() in rescue for g in c.subtree) for c in kids):
            return [], recips  # "were freed when troops stormed the camp": told how, by someone else
        held = self.lex.cue_set("r52d_captivity_verbs")
        if any(c.dep_ == "prep" and c.lower_ in ("in", "during", "after") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in rescue for g in c.children) for c in kids):
            return [], recips
        for subj in (c for c in kids if c.dep_ == "nsubjpass"):
            rels = [c for c in subj.children if c.dep_ in ("relcl", "acl")]
            rels += [c for r in rels for c in r.children if c.dep_ == "conj"]  # "who were surrounded and held by ..."
            for rel in (c for c in rels if c.lemma_.lower() in held):
                for ag in (c for c in rel.children if c.dep_ == "agent"):
                    hi = ag.right_edge.idx + len(ag.right_edge)
                    holders = [m for m in (doc._.actor_mentions or ()) if ag.idx <= m.start and m.end <= hi]
                    if holders:
                        return holders[:1], recips
        start = sent.start
        for _ in range(2):
            if start == 0:
                break
            start = doc[start - 1].sent.start
        for i, etype, acts in reversed(prior):
            if start <= i < tok.i and etype in ("COERCE", "ASSAULT") and acts and doc[i].lemma_.lower() in held:
                if recips and prior_recips.get(i) and not {m.code for m in recips} & {m.code for m in prior_recips[i]}:
                    continue  # (review of round 52: "police detained 30 protesters in Algiers ... a US journalist was freed in Moscow": others' captives)
                keys = {m.key for m in acts}
                return acts, [m for m in (recips or prior_recips.get(i, [])) if m.key not in keys]
        return [], recips

    def _r52d_rescued_captives(self, doc: Doc, sent: Span, f: Found, prior: list[tuple[int, str, list[Mention]]],
                               prior_recips: dict[int, list[Mention]], actors: list[Mention]) -> list[Mention]:
        """Round 52 (r52d). Captives rescued by forces that did not hold them ("police and vigilantes later rescued 12
        of the captives", "coast guards saved the kidnapped crew"): the people rescued are those the latest
        abduction coded in this sentence or the two before it took (AID, to them), when the rescued people's phrase
        names them as captives and names no party of its own."""
        tok = f.tok
        if tok.lemma_.lower() not in self.lex.cue_set("r52d_rescue_verbs"):
            return []
        captive = self.lex.cue_set("r50c_captive_words")
        freed = [t for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
        if not any(t.lemma_.lower() in captive for t in freed):
            return []
        held = self.lex.cue_set("r52d_captivity_verbs")
        start = sent.start
        for _ in range(2):
            if start == 0:
                break
            start = doc[start - 1].sent.start
        keys = {m.key for m in actors}
        for i, etype, _acts in reversed(prior):
            if start <= i < tok.i and etype in ("COERCE", "ASSAULT") and doc[i].lemma_.lower() in held:
                return [m for m in prior_recips.get(i, []) if m.key not in keys]
        return []

    def _protest_harm_doer(self, f: Found, prior: list[tuple[int, str, list[Mention]]],
                           recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Round 48 (r48p): an agentless passive harm whose sufferers are all a state's security forces ("37 officers
        had been injured", "nine soldiers were wounded by stones") in a story that has told a protest by that state's
        people, or an act of force by a party of that state other than its forces ("protesters clashed with police",
        "gunmen attacked a checkpoint"), is that party's act: the actors of the latest such act coded before it whose
        state is the forces' own (not the forces themselves). Sufferers named only by a security role ("84 officers")
        are that state's forces (cues.yaml ``r48p_police_role_nouns``: its police). An agent naming a party, a
        relative or clausal passive (background), or sufferers who are not security forces ("dozens of farmers were
        injured") read no doer. Returns (actors, recipients)."""
        tok = f.tok
        if tok.tag_ != "VBN" or tok.lemma_.lower() not in self.passive_harm_verbs or tok.dep_ in self.passive_background_deps:
            return [], recips
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subj and not any(c.dep_ == "auxpass" for c in tok.children):
            return [], recips
        if any(c.dep_ == "agent" and self._mentions_in(tok.doc, c) for c in tok.children):
            return [], recips
        forces = self.passive_force_sectors
        roles: list[tuple[Token, str]] = []
        if not recips:
            for s in subj:
                for t in (s, *s.conjuncts):
                    left = tok.doc[t.i - 1] if t.i > 0 and tok.doc[t.i - 1].dep_ == "compound" and tok.doc[t.i - 1].head.i == t.i else None
                    role = ((self.roles.get(f"{left.lower_} {t.lower_}") if left is not None else None)
                            or self.roles.get(t.lower_) or self.roles.get(t.lemma_.lower()))
                    if role is None or role.kind != "group" and t.tag_ != "NNS" or role.country:
                        return [], recips
                    sector = "COP" if t.lemma_.lower() in self.police_role_nouns else (role.sector or "")
                    if sector not in forces:
                        return [], recips
                    roles.append((t, sector))
            if not roles:
                return [], recips
        elif any((m.sector or "") not in forces for m in recips):
            return [], recips
        states = {m.key.split(".", 1)[0] for m in recips}
        for i, typ, acts in reversed(prior):
            if i >= tok.i or typ not in ("PROTEST", "ASSAULT"):
                continue
            named = [m for m in acts if (m.sector or "") not in forces and m.key.split(".", 1)[0] == m.code
                     and (not states or m.code in states)]
            if not named:
                continue
            if roles:
                state = named[0].code
                recips = [Mention(t.idx, t.idx + len(t.text), t.text, f"{state}.{sector}", state, sector, None, "role", "group", True)
                          for t, sector in roles]
            else:
                # an unnamed "officers" placed by the story's place faces the crowd as its police
                recips = [replace(m, key=f"{m.code}.COP", sector="COP") if m.kind == "group" and m.via in ("location", "role")
                          and m.sector == "MIL" and m.entity_text.lower().split()[-1].rstrip("s") in self.police_role_nouns else m
                          for m in recips]
            return named, recips
        return [], recips

    def _authority_doer(self, doc: Doc, f: Found, recips: list[Mention]) -> list[Mention]:
        """Round 39: the court, government or police of the state an agentless passive measure falls on
        ("who was sentenced to death last month", "whose activities have been banned"); see ``clauses``."""
        read = authority_sector(f.tok, self.passive_court, self.passive_ban, self.passive_held, self.reporting_verbs,
                                self.passive_charged if f.trigger.type == "ACCUSE" else frozenset())
        return authority_doer(doc, f.tok, read[0], recips, read[1]) if read else []

    def _threatened_not_hearer(self, doc: Doc, verb: Token, actors: list[Mention], recips: list[Mention]) -> list[Mention]:
        """Round 43: the party a quoted threat told to the press is aimed at ("\"These gangs will pay for every life,\"
        the minister told reporters"): not the hearer (the verb's object), but who the quoted clause names as its
        subject or object ("these gangs", "we will hunt down the bandits"), the speaker's own side left out."""
        heard = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.children if c.dep_ in ("dative", "dobj", "obj")]
        kept = [m for m in recips if not any(a <= m.start < b for a, b in heard)]
        if kept:
            return kept
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
            clauses.append(verb.head.head if verb.head.dep_ == "conj" else verb.head)
        own = {a.key.split(".")[0] for a in actors}
        out: list[Mention] = []
        for cl in clauses:
            for v in (cl, *(g for g in cl.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX"))):
                for c in v.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and c.lower_ not in ("we", "i", "us"):
                        out += [m for m in self._mentions_in(doc, c) if m.key.split(".")[0] not in own or m.sector in _ARMED_FOES]
        return out

    def _reporting_party(self, doc: Doc, m: Mention) -> bool:
        """Round 35: whether a mention is (in) the subject of a reporting verb ("police said", "a police spokesman
        told reporters") or the party of "according to": the party reporting an act, not its doer."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        t = span.root
        while t.dep_ in ("compound", "amod", "poss", "nmod") and t.head is not t:
            t = t.head
        if t.dep_ == "pobj" and (t.head.lower_ == "according" or (t.head.lower_ == "to" and t.head.head.lower_ == "according")):
            return True  # "according to the army"
        return t.dep_ == "nsubj" and t.head.lemma_.lower() in self.reporting_verbs

    def _charge_grounds(self, f: Found) -> Token | None:
        """The charge an arrest or a penalty is made on: an "on suspicion of / on charges of" phrase of its verb
        ("detained 14 people on suspicion of vote buying"), or a participle of charging on its target ("arrested
        three men accused of spying", "sanctions on officials accused of graft"). Returns the charge's word."""
        verb = f.anchor if f.nominal else f.tok
        for head in (verb, f.tok) if f.nominal and verb is not f.tok else (verb,):
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "on":
                    for g in c.children:
                        if g.dep_ == "pobj" and g.lemma_.lower() in self.grounds_nouns and any(
                                p.dep_ == "prep" and p.lower_ in ("of", "over", "for") for p in g.children):
                            return g
                if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("on", "against")):
                    targets = [c] if c.dep_ in ("dobj", "obj") else [g for g in c.children if g.dep_ == "pobj"]
                    for t in targets:
                        for a in t.children:
                            if a.dep_ == "acl" and a.tag_ in ("VBN", "VBD") and a.lemma_.lower() in self.charging_participles:
                                return a
        return None

    def _freed_by_force(self, f: Found, found: list[Found], actors: list[Mention]) -> bool:
        """Round 21: people freed by those who did not hold them are no release (RETREAT is the captor's): inmates
        freed in an attack ("gangs stormed the town, freeing 500 inmates"), hostages freed by state forces ("security
        forces freed 300 hostages after militants hijacked a train") are part of the attack or a rescue (a rescue
        stays AID, as the gold sets code it)."""
        t = f.tok
        if f.nominal or t.lemma_.lower() not in self.freeing:
            return False
        if t.dep_ in ("advcl", "conj") and any(g.tok.i == t.head.i and g.trigger.type == "ASSAULT" for g in found):
            return True
        objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
        # "hostages", "villagers kidnapped last month": people held by others
        held = any(o.lemma_.lower() in self.captive_nouns or any(a.dep_ == "acl" and a.lemma_.lower() in self.captive_participles
                                                                 for a in o.children) for o in objs)
        return bool(actors) and all((m.sector or "") in ("MIL", "COP", "SPY") for m in actors) and held

    def _legal_appeal(self, f: Found) -> bool:
        """Round 21: an appeal with no party asked and nothing asked for is a legal appeal ("the government said it
        would appeal", "her lawyers would appeal to the Inter-American human rights system", "the ruling cannot be
        appealed"), no REQUEST; "appealed to donors for $45 million", "appealed for calm" are requests."""
        t = f.tok
        if f.nominal or f.trigger.type != "REQUEST" or t.lemma_.lower() not in self.appeal_verbs or f.trigger.words != (t.lemma_.lower(),):
            return False
        for c in t.children:
            if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for"):
                return False  # "appealed to Qatar's emir to press Hamas", "appealed for calm"
            if c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and not self._judicial(g) for g in c.children):
                return False  # "appealed to the international community", "to the world body"
        return True

    def _judicial(self, noun: Token) -> bool:
        """A court, or a body named as a legal one ("the human rights system", "the appeals chamber")."""
        lemma = noun.lemma_.lower()
        if lemma in self.judicial_nouns:
            return True
        return lemma in self.judicial_if_legal and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.legal_modifiers for c in noun.subtree if c.i < noun.i)

    def _warrant_held(self, f: Found) -> bool:
        """Round 21: a warrant is a threat when issued or sought ("the court issued an arrest warrant for him"); one
        an arrest is made on ("arrested him on an ICC warrant") or one spoken of as a thing ("the warrant had been
        riddled with errors", "the warrant accuses him of ...") is no new act."""
        t = f.tok
        if not f.nominal or f.trigger.type not in ("THREATEN", "COERCE") or t.lemma_.lower() not in self.warrant_nouns:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "under", "with", "without", "despite"):
            return True
        # "an arrest warrant for Putin was issued by the court" is the issuing
        return t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() not in self.warrant_issuing

    def _upheld_penalty(self, f: Found) -> bool:
        """Round 21: a court upholding or confirming a sentence, conviction or ban imposes it anew ("the Supreme
        Court upheld a 10-year prison sentence against the former president", "upheld the conviction of a
        blogger"): the penalty is the upholder's."""
        verb = f.tok.head
        return (f.nominal and f.trigger.type in ("SANCTION", "COERCE") and f.tok.dep_ in OBJ and verb.pos_ == "VERB"
                and verb.lemma_.lower() in self.upholding and not any(c.dep_ == "neg" for c in verb.children))

    def _called_protest(self, f: Found) -> bool:
        """A protest or strike as the direct object of a verb of calling is organised by the caller ("the federation
        called a general strike", "the bar association called a one-day strike"): not "called off the strike", nor a
        label ("called the strike illegal"), nor "called for a strike" (a request)."""
        verb = f.tok.head
        if not (f.nominal and f.trigger.type in self.convoked_types and f.tok.dep_ in OBJ and verb.pos_ == "VERB"
                and verb.lemma_.lower() in self.convoking):
            return False
        if any(c.dep_ in ("prt", "oprd", "xcomp", "ccomp", "acomp", "dative") for c in verb.children) or any(c.dep_ == "appos" for c in f.tok.children):
            return False  # "called off the strike", "called the stoppage 'a political strike'"
        if self._label_trigger(verb) is not None:
            return False  # Round 22: a label however parsed ("called the walkout \"unreasonable and unaffordable\"")
        # "a move her supporters called an attack on free speech": the object of a relative clause with its own
        # subject is the label of the noun it describes
        return not (verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "which", "that")
                                                 for c in verb.children))

    def _requested(self, f: Found) -> bool:
        """The act a request, demand or proposal asks for ("urged Israel to free the hostages", "demanded that
        Russia withdraw", "proposed that both sides pull back"): not asserted; the request is the event."""
        t = f.anchor if f.nominal and f.anchor.i != f.tok.i and self._argument_of(f.tok, f.anchor) else f.tok
        if t.i == f.tok.i and f.nominal:
            return False
        if f.nominal and f.trigger.type in ("SANCTION", "COERCE") and self._proposed_measure(f):
            return False  # Round 22: "proposed new sanctions on Russia": the proposer's own measure, not one asked of others
        if f.nominal and f.tok.dep_ in OBJ and f.tok.head.i == t.i and t.lemma_.lower() in self.requesting and f.trigger.type != "REQUEST":
            if self._called_protest(f):
                return False  # "the union called a general strike": a strike or protest called is organised, not asked for
            return True  # "to demand his release", "urged an end to ...": the act asked for is not done
        if (f.nominal and f.trigger.type != "REQUEST" and f.tok.dep_ == "pobj" and f.tok.head.lower_ == "for"
                and f.tok.head.head.pos_ == "NOUN" and (f.tok.head.head.lemma_.lower() in self.requesting_nouns
                                                        or f.tok.head.head.lemma_.lower() in self.warrant_nouns)):
            return True  # "rejected calls by France for a ceasefire", "a warrant for his arrest": asked for, not done
        if (f.nominal and f.trigger.type != "REQUEST" and f.tok.dep_ == "pobj" and f.tok.head.lower_ == "for"
                and f.tok.head.head.pos_ == "VERB" and f.tok.head.head.lemma_.lower() in self.requesting):
            return True  # Round 21: "called for his resignation", "pressed for the release of ...": asked for, not done
        for _ in range(6):
            if t.dep_ == "conj":
                if not f.nominal and _joined_to_bare_verb(t):
                    # Round 37: a finite verb the parser joined to the bare verb of a demand is the speaker's own
                    # next act ("said Tokyo must retract its remarks and warned that ..."), not part of what is asked
                    return False
                t = t.head
                continue
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.mandative and getattr(self._mandated(t.head), "i", -1) == t.i:
                return True  # "insisted that Moscow first agree to a ceasefire"
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.reporting and getattr(self._deontic_clause(t.head), "i", -1) == t.i:
                return True  # Round 30: "said Russia must free the detainees": asked for, not done
            if t.dep_ in ("xcomp", "advcl") and t.head.lemma_.lower() in self.effort_verbs and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                t = t.head  # "demanding that the government do more to free the girls": the effort is what is asked
                continue
            if t.dep_ in ("xcomp", "ccomp", "advcl") and t.head.lemma_.lower() in self.requesting:
                if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                    return False
                return True
            if t.dep_ in ("acl", "advcl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in self.requesting_nouns:
                return True  # "stressed the need for Hamas to silence ...", "a call for Israel to withdraw"
            return False
        return False

    # ------------------------------------------------------------ roles
    def _mode(self, f: Found, sent: Span) -> str | None:
        """The first mode, in lexicon order, whose cue appears in the event's phrase."""
        if f.trigger.mode:
            return f.trigger.mode
        index = self._mode_index.get(f.trigger.type)
        if not index:
            return None
        lemmas = lower_lemmas(f.tok.doc)  # read once a document
        lower = token_attrs(f.tok.doc).lower
        lo, hi = f.tok.left_edge.i, f.tok.right_edge.i + 1
        kids = child_indices(f.tok.doc)[f.anchor.i]  # (``[t.i for t in f.anchor.children]``; the list is shared: not changed)
        if index.keys().isdisjoint(lemmas[lo:hi]) and index.keys().isdisjoint(lower[lo:hi]) and not any(lemmas[i] in index for i in kids):
            return None  # no cue starts in the phrase (its tokens lie between its edges): most events

        subtree = subtree_indices(f.tok.doc, f.tok.i)  # (``[t.i for t in f.tok.subtree]``)
        words = [lemmas[i] for i in subtree] + [lemmas[i] for i in kids]
        lowers = [lower[i] for i in subtree]
        best: tuple[int, str] | None = None
        for seq in (words, lowers):
            for i, w in enumerate(seq):
                for order, mode, cue in index.get(w, ()):
                    if (best is None or order < best[0]) and tuple(seq[i : i + len(cue)]) == cue:
                        best = (order, mode)
        return best[1] if best else None

    def _sports_voided(self, f: Found) -> bool:
        """A trigger of a type void in a match report, or one switched from such a type by its words ("Fiji beat
        Samoa in front of a sellout crowd" is no riot of a crowd: "beat" is an assault word read by its cue)."""
        if f.trigger.type in self.sports_void:
            return True
        return f.trigger.words in self._sports_switched

    def _sporting(self, text: str, lemmas: list[str]) -> bool:
        """Is the sentence (its text and lower-cased lemmas) about a match ("beat Brazil 4-1 in a World Cup qualifier")?"""
        text = text.lower()
        if self._sports_re is not None and any(map(text.__contains__, self._sports_words)) and self._sports_re.search(text):  # (no generator frame a word)
            return True
        return not self.result_verbs.isdisjoint(lemmas) and _SCORE.search(text) is not None

    def _match_talk(self, found: list[Found], lemmas: list[str]) -> bool:
        """In a match report (its lead sentence is about a match), is a later sentence about the match too? It
        has a result verb as a trigger ("Albania have not beaten Croatia since 1995") or a word of the match's
        people and play ("'We attacked them until the last minute,' the coach said")."""
        return any(f.tok.lemma_.lower() in self.result_verbs for f in found) or not self.sports_people.isdisjoint(lemmas)

    def _refused_recognition(self, f: Found) -> bool:
        """A verb of recognising as the complement of a verb of refusing ("refused to recognise the result",
        "declined to recognise the new government"): the refusal is a rejection, an act; read before its
        negation is applied ("does not recognise" stays support withheld)."""
        t = f.tok
        return (not f.nominal and t.lemma_.lower() in self.recognizing and t.dep_ == "xcomp"
                and t.head.lemma_.lower() in self.refusing)

    def _outdone_figure(self, f: Found) -> bool:
        """A verb of beating whose object is a figure, no party ("the economy grew 7 percent, beating the
        government's target", "exports beat forecasts"): no attack."""
        if f.nominal or f.trigger.type != "ASSAULT" or f.tok.lemma_.lower() not in self.result_verbs:
            return False
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.benchmarks for c in f.tok.children)

    def _market_rally(self, f: Found, lemmas: list[str]) -> bool:
        """A "rally" in a sentence about shares, an index or investors is a rise of prices ("the index rose,
        extending a rally that has lifted shares"), no demonstration."""
        return f.trigger.type == "PROTEST" and f.tok.lemma_.lower() in self.market_senses and not self.market_words.isdisjoint(lemmas)

    def _habitual(self, f: Found) -> bool:
        """An act told as a habit or of a class of acts, no one act: qualified by an adverb of habit or of an
        earlier time ("officials usually blame abductions on gangs", "has previously accused Kyiv of shelling"),
        or aimed at "such" acts or things ("blamed such incidents on gangs", "has begun demolishing such sites")."""
        t = f.anchor if f.nominal else f.tok
        if "such" not in _lower_set(t.doc) and self.habitual.isdisjoint(_lower_set(t.doc)):
            return False  # (no adverb of habit and no "such" in the document)
        # (the children read off the children index and token attributes: a Token made only for an object)
        attrs = token_attrs(t.doc)
        deps, lowers = attrs.dep, attrs.lower
        for c in child_indices(t.doc)[t.i]:
            if deps[c] == "advmod" and lowers[c] in self.habitual:
                return True
            if deps[c] in ("dobj", "obj") and _of_a_kind(t.doc[c]):
                return True
        return f.nominal and _of_a_kind(f.tok)

    def _visit_without_party(self, f: Found) -> bool:
        """A visit to people or places that are no party ("said after visiting the wounded in hospital",
        "toured the flooded districts"): no meeting of parties, no consultation."""
        t = f.tok
        if f.nominal or f.trigger.type != "CONSULT" or t.lemma_.lower() not in self.visit_verbs:
            return False
        objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
        return bool(objs) and all((o.lemma_.lower() in self.visited_nonparties or o.lower_ in self.visited_nonparties) and not o.ent_type_ for o in objs)

    def _agreed_measure(self, f: Found, found: list[Found]) -> Trigger | None:
        """One party's agreement to take a measure against another ("EU foreign ministers agreed to impose asset
        freezes on Georgian officials", "agreed to suspend visa-free travel for Georgian diplomats"): the
        measure is the event, no agreement with its target; the measure's trigger, read on the verb of
        agreeing (whose roles are the measure's). Parties that agree together ("Oslo and Rome agreed to ...")
        keep their agreement."""
        t = f.tok
        if f.nominal or f.trigger.type != "AGREE" or t.lemma_.lower() not in self.agree_verbs:
            return None
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or any(c.dep_ == "conj" for c in subj[0].children):
            return None
        comps = [c for c in t.children if c.dep_ == "xcomp"]
        near = {c.i for c in comps} | {o.i for c in comps for o in c.children if o.dep_ in ("dobj", "obj")}
        got = next((g.trigger for g in found if g.tok.i in near and g.trigger.type in self.measure_types), None)
        if got is not None and got.type in self.agreed_own_types and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            return None  # (review of round 49: "Russia agreed with Ukraine to ease ..." is an agreement between them)
        return got

    def _market_move(self, f: Found) -> bool:
        """An act in a clause whose subject is a market, its traders or a figure ("investors sought safe havens",
        "stocks fell as investors waited for the Fed meeting", "the economy grew, beating forecasts"): a market's
        move, no party's act. The clause is the trigger's own verb or the verb its noun or participle hangs on;
        only an active subject moves ("a market was shelled" is an attack on it), and an act named in a phrase
        of what the market moved after or amid happened in its own right ("stocks fell after the missile attack
        on Odesa"; but "investors waited for the Fed meeting" is still the market's)."""
        t = f.tok
        if self.market_agents.isdisjoint(_lemma_set(t.doc)):
            return False  # (no market word in the document: no clause below can have one as its subject or object)
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.market_agents for c in t.children)
            if t.head.i == t.i or (t.dep_ == "prep" and t.lower_ in ("after", "following", "amid", "despite")):
                return False
            objs = [c for c in t.head.children if c.dep_ in ("dobj", "obj")] if t.dep_ == "xcomp" else []
            if objs:
                # review of round 27: an act the market drives a party to ("the deficit forced Tunisia to seek a
                # loan") is that party's own; one it drives traders to is still the market's
                return objs[0].lemma_.lower() in self.market_agents
            t = t.head
        return False

    @staticmethod
    def _past_when(f: Found, published: str | None, year: int | None) -> tuple[str, str] | str | None:
        """The date and precision of an act dated by an "in" phrase to a year before the article's, or named by
        such a date, read off the phrase's date as ``event_when`` reads a period ("Doumbouya seized power in
        2021": ("2021-01-01", "year"); "the invasion began in February 2022": month; "the 2021 coup"): the gold
        sets code such background acts, and a user filters them by ``date_precision``. "past" for an act dated
        only to "the past" or to an earlier decade ("have in the past denied targeting civilians", "attacked
        villages in the 1990s"): a habit over unknown years, not one act, with no date at any precision to store
        it under, left out. None for any other act (``event_when`` dates it, "when" clauses of a date included).
        Read once an event, in the main loop."""
        if not _dated_words(f.tok.doc):
            return None  # (no year, "past" nor decade in the document: ``_past_phrase`` finds none)
        y = EventCoder._past_phrase(f, year)
        return token_period(y, published) if isinstance(y, Token) else y

    @staticmethod
    def _past_phrase(f: Found, year: int | None) -> Token | str | None:
        """The year (its token) of an act dated by an "in" phrase to a year before the article's (any year where
        the article has no date), "past" for an act dated to "the past" or an earlier decade ("Doumbouya seized
        power in 2021", "detained after protests in 2022", "the invasion began in February 2022", "have in the
        past denied targeting civilians", "in the 1990s"), or told in a relative clause of a noun so dated ("the
        2021 coup, which ousted the president"): background the article recalls, not its news; None for any
        other act."""
        def earlier(x: Token) -> Token | None:
            # "in a February 2021 coup": the year may hang on the month before the noun
            kids = list(x.children)  # (read once)
            near = (x, *kids, *(g for c in kids if c.i < x.i and c.ent_type_ == "DATE" for g in c.children))
            return next((y for y in near if len(y.text) == 4 and y.text.isdigit() and 1900 < int(y.text) < (year or 2100)), None)

        def past(p: Token) -> bool:
            # "in the past", "in the 1990s" (a decade ended before the article's year)
            if p.lower_ == "past":
                return True
            start = decade_start(p.text)
            return start is not None and start + 10 <= (year or 9999) and any(d.lower_ == "the" for d in p.children)

        t = f.tok
        if f.nominal:
            y = earlier(t)
            if y is not None:
                return y  # "the 2021 coup", "a February 2021 coup": a past act named by its date
        clauses = [t]
        if f.nominal and t.dep_ in ("nsubj", "nsubjpass"):
            clauses.append(t.head)  # "the invasion began in 2022"
        elif t.dep_ in ("xcomp", "ccomp", "dobj") and t.head.pos_ == "VERB":
            clauses.append(t.head)  # "have in the past denied targeting civilians"
        for x in clauses:
            # the phrase may hang on the auxiliary ("have in the past denied")
            own = list(x.children)  # (read once: each walk over ``children`` makes every Token again)
            for c in (*own, *(g for a in own if a.dep_ == "aux" for g in a.children)):
                if c.dep_ == "prep" and c.lower_ == "in":
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        habit = past(p)
                        y = None if habit else earlier(p)
                        if habit or y is not None:
                            # Round 22: a verb dated to this week as well ("a court on Friday sentenced 108 men ...
                            # over riots in May 2023") is the news: the year's phrase belongs to a noun the parse
                            # hung on it
                            if x is t and not f.nominal and _recently_dated(t):
                                return None
                            return y if y is not None else "past"
        # a "when" clause of a date itself ("since 2023, when gunmen attacked") is dated by ``event_when``
        if not f.nominal and t.dep_ == "relcl" and t.head.ent_type_ != "DATE":
            return earlier(t.head)
        return None

    def _contexts(self, lemmas: list[str]) -> tuple[str, ...]:
        """The contexts whose cues appear in the sentence's lower-cased lemmas."""
        if not self._context_index or self._context_index.keys().isdisjoint(lemmas):
            return ()  # (no cue starts in the sentence: most sentences, no pass over its words)
        found: set[str] = set()
        for i, w in enumerate(lemmas):
            for ctx, cue in self._context_index.get(w, ()):
                if ctx not in found and tuple(lemmas[i : i + len(cue)]) == cue:
                    found.add(ctx)
        if not found:
            return ()  # (most sentences: no pass over the lexicon's contexts)
        return tuple(c for c in self.lex.contexts if c in found)  # in the lexicon's order

    def _r50d_reattach_reaction(self, doc: Doc) -> None:
        """Round 50d: a party's reaction told in a relative clause on a noun that sums up the act before it ("jailed
        four activists, a verdict that Germany's foreign minister condemned as politically motivated", "a move the
        bloc's envoy denounced as illegal"): with a possessive or a title before the verb, the small parser reads the
        reacting party as an apposition to the summing noun (or as a clause on it with no verb) and the verb as a
        participle on it ("the minister condemned as ...": a passive), so the reaction lost its actor. The clause is
        hung back on the summing noun, with the party as its subject, as the parse reads "a verdict that Germany
        condemned". Only a verb of reacting (``r50d_reaction_verbs``) with no agent, auxiliary or object of its own."""
        if not self.r50d_reaction_verbs:
            return
        for v in doc:
            if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or v.lemma_.lower() not in self.r50d_reaction_verbs:
                continue
            n = v.head
            s = n.head
            if (n.dep_ not in ("appos", "relcl") or n.pos_ not in ("NOUN", "PROPN") or n.i > v.i or s.i >= n.i or s.pos_ != "NOUN"
                    or s.lemma_.lower() not in self.act_nouns or n.lemma_.lower() in self.act_nouns):
                continue
            if any(c.dep_ in ("agent", "aux", "auxpass", "dobj", "obj", "nsubj", "nsubjpass") for c in v.children):
                continue  # "a step condemned by Germany", "a decision, the court condemned it": no relative reaction
            clause = {t.i for t in v.subtree}
            if max(t.i for t in n.subtree if t.i not in clause) + 1 != v.i:
                continue
            # between the summing noun and the party only a relative "that"/"which" (or nothing), which the parse may
            # hang on the party as a subordinator
            marks = [c for c in n.children if c.i < n.i and c.lower_ in ("that", "which") and c.dep_ in ("mark", "dobj", "det", "nsubj", "dep")]
            start = min([n.left_edge.i, *(c.i for c in marks)])
            if start in [c.i for c in marks]:
                start = min([t.i for t in n.subtree if t.i not in {c.i for c in marks}])
            between = [t for t in doc[s.i + 1 : start] if t.i not in {c.i for c in marks}]
            if any(t.lower_ not in ("that", "which") for t in between if not t.is_punct):
                continue
            marks += [t for t in between if not t.is_punct]
            if any(t.is_punct for t in between) and not marks:
                continue  # "a verdict, the minister condemned as ...": no relative clause
            v.head = s
            v.dep_ = "relcl"
            if v.tag_ == "VBN":
                v.tag_ = "VBD"
            n.head = v
            n.dep_ = "nsubj"
            for t in marks:
                t.head = v
                t.dep_ = "dobj"

    # ------------------------------------------------------------ main
    @guarded("event coding", _no_events)
    def __call__(self, doc: Doc) -> Doc:
        meta = doc.user_data or {}
        article_id = str(meta.get("article_id", "doc"))
        published = meta.get("published")
        events: list[Event] = []
        unattributed: list[Event] = []
        unheads: list[Token] = []  # each unattributed event's trigger token
        heads: list[Token] = []  # each event's trigger token
        prior: list[tuple[int, str, list[Mention]]] = []  # (trigger token, type, actors) of the acts coded so far
        prior_targets: dict[int, set[str]] = {}  # Round 36: the states each of those acts was aimed at
        prior_recips: dict[int, list[Mention]] = {}  # Round 52 (r52d): and the parties
        # per-document readings (sentence bounds, lemmas, dates) are made afresh for this run
        doc._.entity_bounds = doc._.lower_lemmas = doc._.sentence_dates = None
        _rejoin_after_condition(doc)
        self._r50d_reattach_reaction(doc)
        forget_sentences(doc)
        doc_lemmas = lower_lemmas(doc)
        year = int(str(published)[:4]) if published and str(published)[:4].isdigit() else None
        lead = next(iter(doc.sents), None)
        # a match report: its lead sentence is about a match ("Croatia beat Albania 3-1 in a friendly")
        sport_doc = bool(self.sports_void) and lead is not None and self._sporting(doc_text(doc)[lead.start_char : lead.end_char], doc_lemmas[lead.start : lead.end])
        for sent in doc.sents:
            first = len(events)  # (Round 39: the sentence's own events are ``events[first:]``)
            found, threatened, committed = self._one_reading(raw := self._find(sent))
            if DROP_HOOK is not None:
                kept_i = {(g.tok.i, g.trigger.type) for g in found}
                for g in raw:
                    DROP_HOOK(doc, g.tok, g.trigger.type, "found")
                    if (g.tok.i, g.trigger.type) not in kept_i and g.tok.i not in {h.tok.i for h in found}:
                        _dropped(doc, g, "one_reading")
            if not found and self.wrongful_verbs.isdisjoint(doc_lemmas[sent.start : sent.end]) and not (
                    self.charged_types and quoted_words(doc_text(doc)[sent.start_char : sent.end_char])):
                continue  # (Round 32: a wrong a speaker says another did is read below with no trigger found; Round 39: a quoted charge)
            # the sentence's text and lemmas, read once for all its events (``Span.text`` joins the tokens on each read)
            text = doc_text(doc)[sent.start_char : sent.end_char]  # (``sent.text``, without making its Tokens)
            lemmas = doc_lemmas[sent.start : sent.end]
            if self.sports_void and any(f.trigger.type in self.sports_void or f.trigger.words in self._sports_switched for f in found) and (  # (``_sports_voided``)
                    self._sporting(text, lemmas) or (sport_doc and self._match_talk(found, lemmas))):
                found = [f for f in found if not self._sports_voided(f)]  # "Argentina beat Brazil 4-1"
                if not found:
                    continue
            # a match report's sentence about the match: acts between teams in it are play
            match_sent = sport_doc and (self._sporting(text, lemmas) or self._match_talk(found, lemmas))
            contexts = self._contexts(lemmas)
            seen: set[tuple[str, bool, tuple[str, ...], tuple[str, ...]]] = set()
            sig_heads: dict[tuple, list[tuple[Token, str | None]]] = {}  # Round 50: each signature's trigger words and modes
            ordered: set[int] = set()
            charged: set[int] = set()  # charges read with the arrest or penalty made on them
            for f in found:
                if not f.nominal and self._left_open(f.tok):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "left_open")
                    continue  # "would not rule out sanctions": no rejection; the sanctions are possible
                mod = self._modality(f)
                if f.trigger.type == "REJECT" and f.trigger.words == ("change", "refused"):
                    mod.negated = False  # "would not change course": the refusal is the act, asserted
                elif mod.negated and not mod.denied and (self._authority_refused(f) or self._refused_recognition(f)):
                    # "does not recognise the court's jurisdiction": the authority is rejected, not support withheld
                    f = Found(f.tok, Trigger("REJECT", None, f.trigger.words), f.nominal, f.anchor)
                    mod.negated = False
                if f.tok.i in committed and mod.modality == "asserted":
                    mod.modality = "future"  # "reaffirmed its commitment to supporting Ukraine"
                if mod.inside_condition:
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "inside_condition")
                    continue  # the event inside an "if"/"unless" clause is the condition of another
                if mod.negated and not mod.denied and self._refused(f, found):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "refused")
                    continue  # Round 48: "declined to hold talks": the REJECT is the event, no NOT CONSULT beside it
                if self._alleged(f) or self._requested(f) or self._turned_down(f):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("alleged", self._alleged, f), ("requested", self._requested, f), ("turned_down", self._turned_down, f)))
                    continue
                if self._r52e_offer_turned_down(f) or self._r52e_hosted_nonvisitors(f) or self._r52e_sidelines(f):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("r52e_offer_turned_down", self._r52e_offer_turned_down, f), ("r52e_hosted_nonvisitors", self._r52e_hosted_nonvisitors, f), ("r52e_sidelines", self._r52e_sidelines, f)))
                    continue  # Round 52: "rejected Ankara's offer to host the talks": the rejection is the event
                if self._r52e_rival_fight(f) or (self._r52e_sent_to_strike(f) is not None and any(
                        g.trigger.type == "ASSAULT" and g.tok.i == self._r52e_sent_to_strike(f).i for g in found)):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("r52e_rival_fight", self._r52e_rival_fight, f), ("r52e_sent_to_strike", bool, True)))
                    continue  # Round 52: "supporters of two parties clashed": no protest; "sent jets to strike": the strike
                if f.nominal and f.tok.dep_ in ("appos", "dobj", "obj") and _restates(f, found):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "restates")
                    continue  # "will pay a state visit to Vietnam, his first trip abroad this year": one visit
                if f.nominal and any(c.dep_ == "amod" and c.lower_ in self.past_adjectives for c in f.tok.children):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "past_adjective")
                    continue  # "the country's past coups", "previous attacks": acts the article recalls
                past = self._past_when(f, published, year)  # the date of a background act, read once
                if past == "past" or self._outdone_figure(f) or self._market_rally(f, lemmas) or self._market_move(f) or self._habitual(f) or self._visit_without_party(f):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("past_when", "past".__eq__, past), ("outdone_figure", self._outdone_figure, f), ("market_rally", self._market_rally, f, lemmas), ("market_move", self._market_move, f), ("habitual", self._habitual, f), ("visit_without_party", self._visit_without_party, f)))
                    continue
                if (self._time_reference(f) and not self._since_own_party(f)) or self._supposed_act(f) or self._empty_warning(f, found) or self._protest_purpose(f, found):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("time_reference", lambda g: self._time_reference(g) and not self._since_own_party(g), f), ("supposed_act", self._supposed_act, f), ("empty_warning", self._empty_warning, f, found), ("protest_purpose", self._protest_purpose, f, found)))
                    continue
                if self._topic(f) or self._depicted(f) or self._forecast(f) or self._ahead_of(f) or self._goal(f):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("topic", self._topic, f), ("depicted", self._depicted, f), ("forecast", self._forecast, f), ("ahead_of", self._ahead_of, f), ("goal", self._goal, f)))
                    continue
                if self._warrant_held(f) or self._legal_appeal(f) or self._approved_offer(f) or self._raid_setting(f, prior):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("warrant_held", self._warrant_held, f), ("legal_appeal", self._legal_appeal, f), ("approved_offer", self._approved_offer, f), ("raid_setting", self._raid_setting, f, prior)))
                    continue
                if f.trigger.type == "THREATEN" and self._warned_fact(f):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "warned_fact")
                    continue  # Round 37: "the mission warned that the clashes had displaced 60,000 people": no threat
                if self._captives_described(f) or (mod.modality != "asserted" and self._act_to_halt(f)):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("captives_described", self._captives_described, f), ("act_to_halt", bool, True)))
                    continue
                if f.trigger.type == "COERCE" and (self._received_measure(f) or self._attack_result(f, found)):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("received_measure", self._received_measure, f), ("attack_result", bool, True)))
                    continue
                if f.trigger.type == "ASSAULT" and "launch" in f.trigger.words and self._space_launch(f.tok):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "space_launch")
                    continue  # Round 33: "the space agency launched a rocket carrying two satellites": no attack
                if self._permitted(f) or self._purpose(f, found) or self._background(f) or self._reason(f) or self._thanked_for(f) or self._setting(f, found) or self._aimed_measure(f, found):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, _first_reason(f, ("permitted", self._permitted, f), ("purpose", self._purpose, f, found), ("background", self._background, f), ("reason", self._reason, f), ("thanked_for", self._thanked_for, f), ("setting", self._setting, f, found), ("aimed_measure", self._aimed_measure, f, found)))
                    continue
                if f.tok.i in ordered:
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "ordered")
                    continue  # the act a party was ordered to do has not happened: the order is the event
                if f.tok.i in charged:
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "charged")
                    continue  # "arrested three men accused of spying": the charge was read with the arrest
                measure = self._agreed_measure(f, found)
                if measure is not None:
                    f = Found(f.tok, Trigger(measure.type, measure.mode, measure.words), f.nominal, f.anchor)
                if self._crowd_voice(f) and not any(e.event == "PROTEST" for e in events):
                    f = Found(f.tok, Trigger("PROTEST", None, f.trigger.words), f.nominal, f.anchor)
                actors, recips = self._roles(doc, f, prior)
                if f.trigger.words[1:] == ("retribution",) and any(c.dep_ in ("dative", "dobj", "obj") for c in f.tok.children):
                    recips = self._threatened_not_hearer(doc, f.tok, actors, recips)  # Round 43: "told reporters"
                if recips and f.nominal and self._realis_adjunct(f.tok, f.anchor) and read_modality(f.anchor, self.lex).modality != "asserted":
                    # Review of round 26: an act told in the adjunct of a promise ("would cut ties following the
                    # Turkish raid") has only the targets its own phrase names; the promiser is not one
                    lo, hi = f.tok.left_edge.idx, f.tok.right_edge.idx + len(f.tok.right_edge)
                    recips = [m for m in recips if lo <= m.start and m.end <= hi]
                if not actors and f.nominal and f.tok.dep_ == "pobj":
                    actors, recips = self._placed_or_hosted(doc, f, prior, actors, recips)
                if not actors and f.nominal:
                    agents = self._misattached_agent(doc, f)
                    if agents:  # Round 33: "after an attack on its embassy by Belarusian forces"
                        keys = {m.key for m in agents}
                        actors, recips = agents, [m for m in recips if m.key not in keys]
                if not actors and f.nominal:
                    agents, extra = self._relative_clause_agent(doc, f)
                    if agents:  # Round 46: "the curfew the army imposed on border towns"
                        keys = {m.key for m in agents}
                        actors, recips = agents, [m for m in recips if m.key not in keys] or extra
                if not actors and f.nominal and f.tok.dep_ in ("nsubj", "nsubjpass"):
                    actors = self._onset_between(doc, f.tok)  # Round 40: "fighting broke out in Tripoli between X and Y"
                    if actors:
                        recips = []  # the sides fought (or met) each other, not the place's state
                if f.trigger.type == "RETREAT" and self._freed_by_force(f, found, actors):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "freed_by_force")
                    continue
                if not actors and self._called_protest(f):
                    actors = self._roles(doc, Found(f.tok.head, f.trigger, False, f.tok.head), prior)[0]  # whoever called it
                if not actors and self._upheld_penalty(f):
                    actors = self._roles(doc, Found(f.tok.head, f.trigger, False, f.tok.head), prior)[0]  # the court upholding it
                if not actors and self._verb_read_as_modifier(f):
                    actors = [m for m in self._mentions_in(doc, f.tok.head) if m.end <= f.tok.idx] or self._modifier_parties(doc, f.tok.head)
                    if actors:  # the subject noun is no object of its own verb
                        recips = [m for m in recips if m.end > f.tok.idx or m.start < f.tok.head.left_edge.idx]
                if f.trigger.type == "ACCUSE":
                    actors, recips = self._charge_parties(doc, f, actors, recips)
                if not actors and f.trigger.type == "CONSULT":
                    actors, recips = self._adjunct_talks(doc, f, recips)
                if not actors and recips and f.trigger.type == "MOBILIZE" and not f.nominal:
                    actors, recips = _forces_moved(f.tok, recips)
                recips = self._without_beneficiaries(sent, text, recips)
                if match_sent and f.trigger.type in self.match_void and all("." not in m.key for m in actors):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "match_void")
                    continue  # "refused to blame the referee", "struck late to silence the home crowd"
                if not recips and self._own_measure(f, actors):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "own_measure")
                    continue
                if not recips and f.trigger.words[1:] == ("must",):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "must_no_recip")
                    continue  # Round 30: "Poland's president said Poland must rearm": no demand of another party
                if not recips and f.trigger.type == "SANCTION" and len(f.trigger.words) == 2 and f.trigger.words[1] in self.tie_events:
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "tie_event_no_recip")
                    continue  # review of round 28: "called off the jazz festival after the storm": no ties cut with anyone
                opposed = self._opposed_in_name(doc, f, actors)
                if opposed:
                    actors = [m for m in actors if m not in opposed]
                    recips = recips or opposed
                    if not actors and f.trigger.type == "PROTEST":
                        # "amid anti-government protests": no protester named, the state's own people protest
                        actors = [Mention(m.start, m.end, m.entity_text, f"{m.key.split('.')[0]}.CVL", m.key.split(".")[0], "CVL", None, "location", "group", True)
                                  for m in opposed[:1] if m.sector in _STATE_SECTORS]
                if not recips and f.trigger.type == "ACCUSE" and f.tok.lemma_.lower() in self.finding:
                    recips = self._wrongdoers(doc, f)
                if f.trigger.words[1:] == ("war", "label"):
                    recips = []  # "said the government was waging war on its people": who wages it, not its victims
                if not recips and f.trigger.type == "ACCUSE" and f.trigger.words[-1:] == ("label",):
                    recips = self._labelled_parties(doc, f, actors, prior)
                if not actors and f.trigger.type == "ASSAULT":
                    actors, recips = self._fought_with(doc, f, recips)
                if f.trigger.words[1:] == ("drawn",) and not actors:
                    actors, recips = self._reacting_parties(doc, f, prior)
                if f.trigger.words[1:] == ("dismay",):
                    recips = self._dismaying_parties(doc, f, actors)
                if f.trigger.type == "COOPERATE" and not f.nominal and f.trigger.words == (f.tok.lemma_.lower(),) and f.tok.lemma_.lower() in self.helping:
                    recips = recips or [m for h in self._helped(f.tok) for m in self._mentions_in(doc, h)]
                elif f.trigger.words == ("jointly",) and not recips and len({m.key.split(".")[0] for m in actors}) > 1:
                    recips = list(actors)  # each party with the others, as for "joint patrols"
                # "said it was behind the attack", "had not been involved in the strike": the party is the act's
                # doer, the act as asserted, negated or denied by the clause that names its part in it
                party = self._responsible(doc, f)
                own = read_modality(f.anchor, self.lex) if party else mod
                if party and not own.negated and f.anchor.dep_ in ("acl", "relcl") and f.anchor.head.lemma_.lower() in self.claims:
                    party = []  # "allegations that Islamabad was behind the killing": alleged, not reported
                if party:
                    if not actors:
                        actors, mod = party, own
                    elif not _covered(tuple(m.key for m in party), tuple(m.key for m in actors)):
                        # "had not been involved in the Israeli strike": the strike stays Israel's; besides it, the
                        # party's own (denied) part in it
                        final = plover_type(f.trigger.type, own.modality, own.negated, self._r52d_release_mode(f))
                        sig = (final, own.negated, tuple(m.key for m in party), tuple(m.key for m in recips))
                        if sig not in seen:
                            seen.add(sig)
                            events.append(self._event(doc, sent, text, f, party, recips, own, None, contexts, article_id, published, final, past))
                            heads.append(f.tok)
                if not actors and f.nominal and (self._left_open(f.anchor) or self._left_open_gerund(f.anchor)):
                    # "it would not rule out sanctions", "refused to rule out using force": the excluding verb's subject
                    verb = f.anchor if self._left_open(f.anchor) else f.anchor.head
                    opener = next((g for g in found if g.tok.i == verb.i), None)
                    if opener is None and verb.dep_ == "xcomp":
                        opener = next((g for g in found if g.tok.i == verb.head.i), None)  # the refusal's (not coded)
                    if opener is None:
                        opener = Found(verb, Trigger("REJECT", None, (verb.lemma_.lower(),)), False, verb)
                    actors = self._roles(doc, opener, prior)[0] if opener is not None else []
                joined = f.tok
                if (not f.nominal and _joined_to_bare_verb(joined)) or (not actors and not f.nominal and f.tok.lemma_.lower() in self.speaker_acts):
                    # Round 37: also where the parse lends the act the reported demand's subject ("said Kyiv should
                    # free the men and threatened to block the talks": Kyiv is asked, the speaker threatens)
                    actors = self._speaker_of_joined_act(doc, joined) or actors
                    if not actors and not f.nominal and f.tok.lemma_.lower() in self.speaker_acts:
                        actors = self._reporter_of_deep_conjunct(doc, joined)  # Round 46
                    if actors:
                        keys = {m.key for m in actors}
                        recips = [m for m in recips if m.key not in keys]
                if not actors and not recips and not mod.negated and mod.modality == "asserted":
                    recips = self._r52c_toll_victims(doc, f)  # Round 52 (r52c): "a gunman opened fire ..., killing five"
                if f.trigger.type == "ASSAULT" and f.nominal and not recips and self._r52c_sole_side(f, actors):
                    recips = list(actors)  # Round 52 (r52c): "clashes between rival armed groups": each fought the other
                if not actors and recips and not mod.negated and mod.modality == "asserted":
                    actors = self._unknown_attacker(f)
                    if actors and actors[0].code != "UNK":  # Round 33: the weapon's firer, named by its participle
                        keys = {m.key for m in actors}
                        recips = [m for m in recips if m.key not in keys]
                        if not recips:
                            actors = []
                    if not actors and f.trigger.type in ("ASSAULT", "COERCE"):
                        actors = self._passive_force_doer(doc, sent, f, prior, recips, prior_targets)
                    if not actors and not f.nominal and f.trigger.type in ("SANCTION", "COERCE", "ACCUSE"):
                        actors = self._authority_doer(doc, f, recips)
                if not actors and f.trigger.type == "ASSAULT" and not f.nominal and not mod.negated and mod.modality == "asserted":
                    actors, recips = self._protest_harm_doer(f, prior, recips)  # Round 48 (r48p)
                if not actors and f.trigger.type == "RETREAT" and not mod.negated and mod.modality == "asserted":
                    actors, recips = self._r52d_captor(doc, sent, f, prior, prior_recips, recips)
                if actors and not recips and f.trigger.type == "AID" and not f.nominal and not mod.negated:
                    recips = self._r52d_rescued_captives(doc, sent, f, prior, prior_recips, actors)
                if not actors:
                    if not mod.negated:
                        final = plover_type(f.trigger.type, mod.modality, mod.negated, self._r52d_release_mode(f))
                        unattributed.append(self._event(doc, sent, text, f, [], recips, mod, None, contexts, article_id, published, final, past))
                        unheads.append(f.tok)
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "no_actor" if not mod.negated else "no_actor_negated")
                    continue
                if f.trigger.type == "MOBILIZE" and self._sent_to_help(f, actors, recips):
                    # "will send 400 police officers to Haiti to help fight the gangs": help to that state, AID
                    f = Found(f.tok, Trigger("AID", None, f.trigger.words), f.nominal, f.anchor)
                if f.trigger.type == "COOPERATE" and f.nominal and f.trigger.words[-1] in self.drill_nouns:
                    if not self._joint(f, actors, recips):  # "Iran's navy held drills": a show of force, not cooperation
                        f = Found(f.tok, Trigger("MOBILIZE", None, f.trigger.words), f.nominal, f.anchor)
                        actors, recips = self._roles(doc, f, prior)
                        if not actors:
                            if DROP_HOOK is not None:
                                _dropped(doc, f, "drill_no_actor")
                            continue
                link = self._mutual_link(doc, f, actors, recips) if f.trigger.type == "RETREAT" and f.trigger.mode == "access" else False
                if link == "one":
                    # Round 38: one state reopening its crossings with another ("reopened its border crossings with
                    # Kyrgyzstan after a two-week closure") eases a restriction of its own on the other: CONCEDE
                    f = Found(f.tok, Trigger("CONCEDE", None, f.trigger.words), f.nominal, f.anchor)
                elif link:
                    # "the two states reopened their border crossings": a link between states restored together is
                    # cooperation (each with the other), not access granted
                    f = Found(f.tok, Trigger("COOPERATE", None, f.trigger.words), f.nominal, f.anchor)
                    if not recips:
                        recips = list(actors)
                if f.trigger.type == "RETREAT" and self._leaves_membership(f, recips):
                    # PLOVER: leaving an organization or a treaty is a sanction (withdraw), not a retreat
                    f = Found(f.tok, Trigger("SANCTION", "withdraw", f.trigger.words), f.nominal, f.anchor)
                if (f.trigger.type == "PROTEST" and f.nominal and f.tok.lemma_.lower() in self.verbal_protest and f.tok.tag_ == "NN"
                        and not any(c.dep_ in ("amod", "compound", "nummod") and (c.tag_ == "JJS" or c.lower_ in self.crowd_protest_mods) for c in f.tok.children)
                        and self._state_protester(actors)):
                    # Round 32: a state's protest named as a noun ("rejected Japan's protest", "drew a protest from Lima")
                    f = Found(f.tok, Trigger("ACCUSE", "disapprove", f.trigger.words), f.nominal, f.anchor)
                    actors, recips = self._roles(doc, f, prior)
                    if not actors:
                        if DROP_HOOK is not None:
                            _dropped(doc, f, "protest_retyped_no_actor")
                        continue
                if f.trigger.type == "PROTEST" and not f.nominal and f.tok.lemma_.lower() in self.verbal_protest:
                    if self._official_protest(f, found, actors):  # "summoned the envoy to protest": a verbal protest
                        f = Found(f.tok, Trigger("ACCUSE", "disapprove", f.trigger.words), f.nominal, f.anchor)
                        actors, recips = self._roles(doc, f, prior)
                        if not actors:
                            if DROP_HOOK is not None:
                                _dropped(doc, f, "official_protest_no_actor")
                            continue
                if f.trigger.type == "REQUEST" and f.trigger.words == (f.tok.lemma_.lower(),) and f.tok.lemma_.lower() in self.order_verbs:
                    if not recips or self._own_forces(actors, recips) or self._orders_own_forces(f.tok):
                        if DROP_HOOK is not None:
                            _dropped(doc, f, "order_own_forces")
                        continue  # "ordered troops to withdraw": the withdrawal is the event
                    comps = [c for c in f.tok.children if c.dep_ == "xcomp"]
                    ordered.update(g.tok.i for g in found if comps and _heads(g, comps[0]))
                    if comps and comps[0].lemma_.lower() in self.displacing and all(m.sector in _CIVILIAN_SECTORS for m in recips):
                        # "ordered 1.1 million Palestinians to move south": forced displacement, coercion
                        f = Found(f.tok, Trigger("COERCE", "restrict", f.trigger.words), f.nominal, f.anchor)
                    elif comps and self._compels(f.tok) and not any(m.sector in _STATE_SECTORS or (not m.sector and m.kind in ("state", "igo", "alliance")) for m in recips):
                        # Round 31: "ordered Radio Liberty to close its bureau", "ordered two mining firms to halt
                        # operations": a body (no state, no organ of one) ordered to stop or close is compelled
                        f = Found(f.tok, Trigger("COERCE", None, f.trigger.words), f.nominal, f.anchor)
                if (f.trigger.type == "SANCTION" and f.trigger.mode == "expel" and f.trigger.words == (f.tok.lemma_.lower(),)
                        and f.tok.lemma_.lower() in self.order_verbs and recips and all(m.sector in _CIVILIAN_SECTORS for m in recips)):
                    # "ordered Palestinians to leave northern Gaza": civilians driven out, forced displacement
                    f = Found(f.tok, Trigger("COERCE", "restrict", f.trigger.words), f.nominal, f.anchor)
                if f.trigger.type == "REJECT" and f.trigger.words[1:] == ("charge",):
                    # Round 41: a denied charge is turned down toward whoever the article told making it; with no
                    # such accuser told before, the denial is left as the statement it is
                    recips = _accusers_of(actors, prior, prior_targets)
                    if not recips:
                        if DROP_HOOK is not None:
                            _dropped(doc, f, "denied_charge_no_accuser")
                        continue
                if not mod.negated and mod.modality == "asserted":
                    prior.append((f.tok.i, f.trigger.type, actors))
                    prior_targets[f.tok.i] = {m.key.split(".", 1)[0] for m in recips}
                    prior_recips[f.tok.i] = recips  # Round 52 (r52d): whom each act was aimed at
                cond, cond_parties = self._condition_read(doc, mod)
                if f.trigger.words[1:] == ("measure",) and f.trigger.type == "THREATEN" and (cond is None or (cond.event is None and not cond_parties)):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "measure_no_condition")
                    continue  # "would take steps if inflation kept rising": measures held over no party's act
                if cond is not None and cond.event is None and self._need_contingency(mod):
                    if not recips and f.trigger.type in _HOSTILE_TO_THREATEN:
                        if DROP_HOOK is not None:
                            _dropped(doc, f, "willing_no_target")
                        continue  # "is willing to fight if necessary": readiness against no one named, no threat
                    cond = None  # "ready to strike Poland if needed": a threat, with no condition on anyone
                # the type as emitted: "warned it would attack" and "threatened" are one THREATEN
                final = plover_type(f.trigger.type, "conditional" if cond is not None else mod.modality, mod.negated, self._r52d_release_mode(f))
                if final == "ACCUSE" and cond is not None and mod.modality != "asserted" and not mod.negated:
                    # "would file a complaint with the WTO unless Panama lifted the ban", "will sue if the ban stays":
                    # a complaint or suit held over a party until it acts is a threat
                    final = "THREATEN"
                if final == "THREATEN" and f.trigger.type in _DECIDED_MEASURES and mod.modality == "future" and cond is None and not self._promised(f):
                    final = f.trigger.type  # "Finland will close the crossing from Thursday": a measure decided, not a threat
                if final == "AGREE" != f.trigger.type and f.trigger.type in _SCHEDULED_ACTS and cond is None and self._scheduled(f):
                    final = f.trigger.type  # "the two states will resume train services next month": decided and dated
                if (final == "AGREE" != f.trigger.type and f.trigger.type == "CONSULT" and cond is None and not mod.negated
                        and set(f.trigger.words) & self.dated_meetings and _dated_meeting(f.anchor if f.nominal else f.tok)):
                    final = "CONSULT"  # "Xi will pay a state visit to Vietnam next week": a meeting arranged and dated
                if final == "THREATEN" and cond is not None and not recips and cond.event != "THREATEN":
                    # "Brazil would retaliate if the tariffs went ahead", "would respond with force if Seoul holds
                    # the drills": a threat with no target named is against the party whose act it is conditional on
                    roots = {a.key.split(".")[0] for a in actors}
                    recips = [m for m in cond_parties if m.key.split(".")[0] not in roots]
                if f.tok.i in threatened and final != "THREATEN":
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "threat_content")
                    continue  # "threatened to withdraw from the talks": the withdrawal is the threat's content
                if f.nominal and f.trigger.type == "CONSULT" and self._offered_hosting(f):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "offered_hosting")
                    continue  # "Switzerland offered to host talks between Yerevan and Baku": the offer is the event
                if final == "AGREE" != f.trigger.type and f.nominal and f.anchor.lemma_.lower() in self.convene:
                    if not self._dated_hosting(f, cond):
                        if DROP_HOOK is not None:
                            _dropped(doc, f, "undated_hosting")
                        continue  # "offered to host talks between Moscow and Kyiv": the offer is the host's, not theirs
                    final = "CONSULT"  # "will host talks between Kinshasa and the rebels on Tuesday": arranged
                # Round 22: an act held over a condition is not the same party's act told as done ("unions, which had
                # staged a strike, said they would walk out again if the killings continued")
                sig = (final if cond is None else f"{final} if", mod.negated, tuple(m.key for m in actors), tuple(m.key for m in recips))
                if sig in seen and not _r50e_second_act(f, sig_heads.get(sig, ())):
                    if DROP_HOOK is not None:
                        _dropped(doc, f, "duplicate_sig")
                    continue
                seen.add(sig)
                sig_heads.setdefault(sig, []).append((f.tok, f.trigger.mode))
                events.append(self._event(doc, sent, text, f, actors, recips, mod, cond, contexts, article_id, published, final, past))
                heads.append(f.tok)
                if (final == "REQUEST" and f.trigger.words[1:] == ("to",) and recips and not mod.negated and mod.modality == "asserted"
                        and f.trigger.words[0] in self.seeking_verbs):
                    # Round 40: "has turned to Moscow for security support": the help sought is the helper's to give,
                    # AID helper -> the party that turned to it
                    hsig = ("AID", False, sig[3], sig[2])
                    if hsig not in seen:
                        seen.add(hsig)
                        helped = Found(f.tok, Trigger("AID", None, f.trigger.words), f.nominal, f.anchor)
                        events.append(self._event(doc, sent, text, helped, recips, actors, mod, None, contexts, article_id, published, "AID", past))
                        heads.append(f.tok)
                grounds = self._charge_grounds(f) if final in self.charging_types and recips and mod.modality == "asserted" and not mod.negated else None
                if grounds is not None:
                    charged.add(grounds.i)
                    # the charge an arrest or a penalty is made on is the actor's accusation of its target
                    charge = Found(grounds, Trigger("ACCUSE", "allege", (grounds.lemma_.lower(),)), grounds.pos_ == "NOUN", f.tok)
                    accused = _served_party(doc, grounds, actors) or recips
                    asig = ("ACCUSE", False, sig[2], tuple(m.key for m in accused))
                    if asig not in seen:
                        seen.add(asig)
                        events.append(self._event(doc, sent, text, charge, actors, accused, mod, None, contexts, article_id, published, "ACCUSE",
                                                  self._past_when(charge, published, year)))
                        heads.append(grounds)
            if not self.wrongful_verbs.isdisjoint(lemmas):
                # Round 32: "Beijing said the Philippine boat had intruded into Chinese waters": the speaker's charge
                self._emit_charges(doc, sent, text, self._reported_wrongs(doc, sent, events), "wrong", seen, events, heads, contexts,
                                   article_id, published)
            if self.charged_types:
                # Round 39: "Moscow said Ukrainian drones had struck the depot": the speaker's charge against the doer;
                # "Algiers said France bore \"full responsibility\"": a charge in the speaker's quoted words
                charges = reported_charges(self, doc, sent, events, heads, first, self.charged_types) if len(events) > first else []
                if quoted_words(text):
                    charges += quoted_charges(self, doc, sent, events)
                self._emit_charges(doc, sent, text, charges, "charge", seen, events, heads, contexts, article_id, published)
        if any(e.event == "ASSAULT" for e in (*events, *unattributed)) and any(w in doc_text(doc) for w in ("responsibility", "credit", "blame")):
            before = (list(events), list(heads)) if DROP_HOOK is not None else None
            events, heads, unattributed = self._claimed_attacks(doc, list(zip(events, heads)), list(zip(unattributed, unheads)))
            if before is not None:
                _post_drops(doc, "claimed_attacks", *before, events, heads)
        if any(e.event == "ASSAULT" and e.actor_keys == ("UNK",) for e in events):
            events, heads = _traced(doc, "named_attackers", events, heads, lambda: _named_attackers(events, heads))
        if sum(e.event == "ASSAULT" for e in events) > 1:
            events, heads = _traced(doc, "attack_tolls", events, heads, lambda: self._attack_tolls(events, heads))
        if sum(e.trigger == "sign" for e in events) > 1:
            events, heads = _traced(doc, "restated_signings", events, heads, lambda: _restated_signings(events, heads, self.lex.cue_set("r22b_document_nouns")))
        if events and self.protesting_people and not any(e.event == "PROTEST" for e in events):
            events, heads = _traced(doc, "protest_met_by_force", events, heads, lambda: self._protest_met_by_force(events, heads))
        if len(events) > 1:
            events, heads = _traced(doc, "retold_acts", events, heads, lambda: _retold_acts(events, heads, self.lex.cue_set("r46t_another_act_words")))
        if sum(e.event == "ASSAULT" for e in events) > 1:
            events, heads = _traced(doc, "passive_tolls", events, heads, lambda: _passive_tolls(events, heads, self.lex.cue_set("r22_toll_verbs")))
        # a single actor's act whose sentence names no recipient is aimed at the article's other party
        if DROP_HOOK is not None:
            kept_ev = {id(e) for e in _drop_subsumed(events, heads)}
            _post_drops(doc, "drop_subsumed", events, heads, [e for e in events if id(e) in kept_ev], [h for e, h in zip(events, heads) if id(e) in kept_ev])
        doc._.events = infer_recipients(_sided_recipients(_implied_recipients(_drop_subsumed(events, heads))), doc._.actor_mentions or (),
                                       text=doc_text(doc))
        doc._.unattributed = unattributed
        return doc

    def _protest_met_by_force(self, events: list[Event], heads: list[Token]) -> tuple[list[Event], list[Token]]:
        """Round 30: where force or arrest is told against protesters ("police fired tear gas at thousands of
        demonstrators outside parliament", "detained 40 protesters") and the article tells no protest of its own, the
        targets' description tells their protest: a PROTEST by them (against their own government, read as for any
        protest with no recipient named), once an article."""
        for e, h in zip(events, heads):
            if e.event not in ("ASSAULT", "COERCE") or e.negated or e.modality != "asserted" or e.condition is not None:
                continue
            for r in e.recipient:
                if r.inferred or not r.phrase or r.key.startswith("UNK"):
                    continue
                words = {w.strip(",.'\"").lower() for w in r.phrase.split()}
                if not any(w in self.protesting_people or w.rstrip("s") in self.protesting_people for w in words):
                    continue
                protest = replace(e, id=content_id(e.article_id, str(e.span[0]), str(r.phrase_span or ""), "PROTEST"), event="PROTEST",
                                  mode=None, actor=(r,), recipient=(), trigger="protester", condition=None)
                return [*events, protest], [*heads, h]
        return events, heads

    def _attack_tolls(self, events: list[Event], heads: list[Token]) -> tuple[list[Event], list[Token]]:
        """Round 22: the toll of an attack told by a verb of killing or wounding is that attack, one event: "US forces
        struck a boat, killing 11 people" (a participle clause with no subject of its own), "an Israeli drone strike
        killed two people" (the attack as the subject), "carried out air strikes, killing 15" or "airstrikes hit houses,
        killing 10" (the attack as the verb's object or subject). The attack keeps its own parties; its victims stand
        in for a target it lacks."""
        tolls = self.lex.cue_set("r22_toll_verbs")
        by_head: dict[int, int] = {}
        for j, (o, h) in enumerate(zip(events, heads)):
            if o.event == "ASSAULT":
                by_head.setdefault(h.i, j)
                if h.pos_ == "NOUN" and h.dep_ in ("dobj", "obj", "nsubj") and h.head.pos_ in ("VERB", "AUX"):
                    # "carried out air strikes", "airstrikes hit houses": the verb stands for the strikes
                    by_head.setdefault(h.head.i, j)
        drop: set[int] = set()
        merged: dict[int, Event] = {}
        for i, (e, k) in enumerate(zip(events, heads)):
            if e.event != "ASSAULT" or e.negated or k.pos_ != "VERB" or k.lemma_.lower() not in tolls:
                continue
            attack: Token | None
            if k.tag_ == "VBG" and k.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in k.children):
                attack = k.head  # "struck a boat ..., killing 11 people"
            else:
                attack = next((c for c in k.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)  # "a drone strike killed two"
            found_at = by_head.get(attack.i) if attack is not None else None
            if found_at is None or found_at == i or found_at in drop or events[found_at].negated or events[found_at].actor_keys != e.actor_keys:
                continue
            j = found_at
            drop.add(i)
            own = merged.get(j, events[j]).recipient_keys
            if e.recipient and (not own or (all("." not in key for key in own) and _covered(own, e.recipient_keys))
                                or not _aimed(heads[j], events[j].trigger)):
                # the victims stand in for no target, name the target state's people more precisely, or are the
                # target of an attack that names none ("police opened fire, killing 20 people": the people killed)
                merged[j] = replace(merged.get(j, events[j]), recipient=e.recipient)
        if not drop:
            return events, heads
        kept = [(merged.get(j, o), h) for j, (o, h) in enumerate(zip(events, heads)) if j not in drop]
        return [o for o, _ in kept], [h for _, h in kept]

    def _claimers(self, doc: Doc, sent: Span) -> list[Mention]:
        """The party a sentence says claimed an attack with no "for" phrase ("Al Shabaab later claimed
        responsibility", "the group claimed credit in a statement"); none when no one did ("No group claimed
        responsibility") or the claim is negated or reported as alleged."""
        for tok in sent:
            if tok.lemma_.lower() != "claim" or tok.pos_ != "VERB":
                continue
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _CLAIMED]
            if not objs or any(c.dep_ == "neg" for c in tok.children):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "for" for x in (tok, objs[0]) for c in x.children):
                continue  # "claimed responsibility for the bombing": the phrase names the act, read on its own
            subj = self._subject(tok)[0]
            if any(d.lower_ in ("no", "none") for x in subj for d in x.subtree):
                continue
            return [m for x in subj for m in self._mentions_in(doc, x)]
        return []

    def _blamed(self, doc: Doc, sent: Span) -> tuple[list[Mention], Token | None]:
        """Round 24: the party a sentence blames for an attack, with the blaming verb: the object of "blame" ("No
        group claimed responsibility, but officials blamed the rebels"), the party of its "on" phrase ("in an attack
        police blamed on militants", "the bombing was blamed on the group"), or the noun a relative "blame" hangs
        on ("the group, which it blames for a grenade attack"). A "for" phrase must name an attack ("blamed the
        rebels for the blasts"; "blamed the government for the crisis" is no attack); a negated blame is none."""
        for tok in sent:
            if tok.lemma_.lower() != "blame" or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
                continue
            preps = [c for c in tok.children if c.dep_ == "prep"]
            fors = [g for p in preps if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
            if fors and not any(self._attack_noun(g) for g in fors):
                continue
            ons = [g for p in preps if p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if ons:
                who = ons
            elif tok.dep_ == "relcl" and all(o.tag_ in ("WDT", "WP") for o in objs):
                who = [tok.head]  # "the group, which it blames for ...", "the group police blamed for ..."
            else:
                who = [o for o in objs if not self._attack_noun(o) and o.tag_ not in ("WDT", "WP", "PRP")]
            found = [m for x in who for m in self._mentions_in(doc, x)]
            if not found and who:
                # the party in the blamed noun's own phrase ("blamed outlaw factions within the militia")
                index = mention_index(doc)
                found = [index[g.i] for x in (*who, tok) for p in x.children if p.dep_ == "prep" and p.i > who[0].i
                         and p.lower_ in (("within", "among", "inside") if x is tok else ("within", "among", "inside", "of", "from", "in"))
                         for g in p.children if g.dep_ == "pobj" and g.i in index][:1]
            if found:
                return found, tok
        return [], None

    def _speaker_of_joined_act(self, doc: Doc, verb: Token) -> list[Mention]:
        """Round 24: a speaker's act joined to what the speaker said, which the parse hangs on the reported clause
        ("Britain said the verdict was wrong and urged Georgia to release them": "urged" is joined to "was", not to
        "said"): with no subject of its own, the act is the reporting verb's subject's, not the reported clause's."""
        if verb.dep_ != "conj" or any(c.dep_ in SUBJ for c in verb.children):
            return []
        head = verb.head
        if head.dep_ in ("oprd", "acomp") and head.pos_ == "ADJ" and head.i < verb.i and head.head.pos_ == "VERB":
            # Round 28: joined to the label a speaker gives ("branding the ruling absurd and urging the court to
            # reconsider"): the labelling verb's subject's act
            return [m for x in self._subject(head.head)[0] for m in self._mentions_in(doc, x)]
        if head.dep_ != "ccomp" or head.i > verb.i or head.head.lemma_.lower() not in self.reporting:
            return []
        if any(c.dep_ == "neg" for c in head.children):
            return []  # the parse would lend the act the reported clause's "not" ("said they should not ... and warned")
        return [m for x in self._subject(head.head)[0] for m in self._mentions_in(doc, x)]

    def _reporter_of_deep_conjunct(self, doc: Doc, verb: Token) -> list[Mention]:
        """Round 46: a speaker's act (urge, warn, vow, ...) with no subject of its own, joined by the parse to a verb
        deep inside what the speaker reported ("Hamas said it had received assurances that the border would stay open
        and urged Cairo to ...": "urged" hangs on "stay", inside the object of "received"): the act is the subject's
        of the nearest reporting verb above, when its tense is not the joined verb's (a finite past or present joined
        to a bare verb, an auxiliary's or a participle: no part of that clause)."""
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in verb.children):
            return []
        head = verb.head
        if head.i > verb.i or (head.tag_ == verb.tag_ and head.pos_ != "AUX" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)):
            return []
        t = head
        for _ in range(8):
            if t.dep_ not in ("ccomp", "acl", "relcl", "dobj", "obj", "pobj", "prep", "advcl", "xcomp", "attr", "acomp", "conj") or t.head is t:
                return []
            t = t.head
            lemma = t.lemma_.lower()
            if t.pos_ == "VERB" and (lemma in self.reporting or lemma in self.speaker_acts):
                if lemma not in self.reporting or t.i > verb.i:
                    return []  # the nearest saying verb above is itself an act, or comes after: not a report
                heads, passive = self._subject(t)
                return [] if passive else [m for x in heads for m in self._mentions_in(doc, x)]
        return []

    def _attack_noun(self, noun: Token) -> bool:
        """Round 24: a noun that names an attack ("the blasts", "a grenade attack", "the bombing")."""
        t = self.lex.nouns.get((noun.lemma_.lower(),)) or self.lex.nouns.get((noun.lower_,))
        return t is not None and t.type == "ASSAULT"

    def _emit_charges(self, doc, sent, text, charges, tag, seen, events, heads, contexts, article_id, published) -> None:
        """An ACCUSE speaker -> doer for each (verb, speakers, doers) of a reported charge not yet coded for that pair."""
        for verb, speakers, doers in charges:
            sig = ("ACCUSE", False, tuple(m.key for m in speakers), tuple(m.key for m in doers))
            if sig in seen:
                continue
            seen.add(sig)
            said = Found(verb, Trigger("ACCUSE", "allege", (verb.lemma_.lower(), tag)), False, verb)
            events.append(self._event(doc, sent, text, said, speakers, doers, read_modality(verb, self.lex), None, contexts,
                                      article_id, published, "ACCUSE"))
            heads.append(verb)

    def _claimed_attacks(self, doc: Doc, coded: list[tuple[Event, Token]], loose: list[tuple[Event, Token]]) -> tuple[list[Event], list[Token], list[Event]]:
        """An attack reported with no doer, or only unnamed gunmen, in the sentences before "X claimed
        responsibility" is X's ("A car bomb killed 13 recruits. Al Shabaab claimed responsibility."): the claimer
        is the actor of such attacks since the last claim. ``coded`` and ``loose`` pair the events with and
        without an actor with their trigger tokens. Round 24: so is the party officials blame for it, told in the
        same sentence or a later one ("A bomb killed four soldiers. Officials blamed the rebels."; "in an attack
        police blamed on militants"), and an attack named in the blame's "for" phrase ("the group, which it blames
        for a grenade attack in the capital")."""
        since = 0
        for sent in doc.sents:
            lemmas = {t.lemma_.lower() for t in sent}
            claimers = self._claimers(doc, sent) if "claim" in lemmas else []
            end, within = sent.start, range(0)
            if not claimers and "blame" in lemmas:
                claimers, blame = self._blamed(doc, sent)
                if blame is not None:
                    end = blame.i
                    fors = [p for p in blame.children if p.dep_ == "prep" and p.lower_ == "for"]
                    if fors:
                        within = range(fors[0].i, fors[0].right_edge.i + 1)
            if not claimers:
                continue
            claimed = [(e, h) for e, h in (*coded, *loose) if e.event == "ASSAULT" and not e.negated
                       and (since <= h.i < end or h.i in within) and all(a.code == "UNK" or a.sector == "UAF" for a in e.actor)]
            since = sent.end
            if not claimed:
                continue
            who = tuple(m.actor() for m in claimers)
            # (an attack whose target is the blamed party itself is not its act: "an attack police blamed on militants")
            claimed = [(e, h) for e, h in claimed if not {a.key for a in who} & set(e.recipient_keys)]
            done = {id(e) for e, _ in claimed}
            kept = [(e, h) for e, h in coded if id(e) not in done]
            seen = {(e.event, tuple(a.key for a in e.actor), tuple(a.key for a in e.recipient)) for e, _ in kept}
            for e, h in claimed:
                sig = (e.event, tuple(a.key for a in who), tuple(a.key for a in e.recipient))
                if sig not in seen:
                    seen.add(sig)
                    kept.append((replace(e, actor=who), h))
            coded, loose = kept, [(e, h) for e, h in loose if id(e) not in done]
        return [e for e, _ in coded], [h for _, h in coded], [e for e, _ in loose]

    def _adjunct_clause(self, tok: Token) -> Token | None:
        """The clause an act named in a time adjunct of a past act hangs on ("agreed to a truce after talks
        with Hamas", "said after meeting in Doha", "signed the pact during a visit to Rome"); a parse that
        reads "agreed after talks in Cairo to swap prisoners" as a clause "talks to swap" is read the same."""
        if tok.dep_ == "pobj" and tok.head.lower_ in _PAST_ADJUNCTS and tok.head.dep_ == "prep":
            return tok.head.head
        t = tok
        for _ in range(3):
            # Round 22: "agreed ... at the end of two days of talks", "on the sidelines of the summit": the meeting's
            # stage (through a span of time) in a time adjunct of the clause
            if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "pobj"):
                break
            t = t.head.head
            prep = t.head
            if t.lemma_.lower() in self.lex.cue_set("r22_meeting_stages"):
                if prep.lower_ in ("at", "on", "after") and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
                    return prep.head
                break
            if t.lemma_.lower() not in self.deadline_nouns:
                break  # only "two days of talks", "weeks of negotiations" lead on
        head = tok.head
        if (tok.dep_ == "nsubj" and head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _PAST_ADJUNCTS for c in head.children)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)):
            return head.head
        return None

    def _adjunct_talks(self, doc: Doc, f: Found, recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Talks or a meeting named in a time adjunct are the clause's parties' own: its subject with the party
        the talks name ("Chile signed the accord after talks with Bolivia"), or its several parties with each
        other ("Oslo and Rome agreed after meeting in Geneva to ..."). A speaker naming no party ("the two
        states' ministers said after meeting in Lima") speaks for the parties of the clause it reports."""
        clause = self._adjunct_clause(f.tok)
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            return [], recips
        parties = [m for x in self._subject(clause)[0] for m in self._mentions_in(doc, x)]
        if not parties and clause.lemma_.lower() in self.reporting:
            for c in clause.children:
                if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                    parties = [m for x in self._subject(c)[0] for m in self._mentions_in(doc, x)]
                    break
        if not parties:
            return [], recips
        roots = {m.key.split(".")[0] for m in parties}
        others = [m for m in recips if m.key.split(".")[0] not in roots]
        if others:
            return parties, others
        if len(roots) >= 2:
            return parties, list(parties)
        return [], recips

    def _modality(self, f: Found) -> Modality:
        """Negation and modality of a trigger; a nominal event takes its governing verb's only when that verb
        lends it its subject ("did not launch strikes", "will not attend the summit"): "India did not condemn
        Russia's invasion" leaves the invasion asserted."""
        if self._adjunct_clause(f.tok) is not None and f.trigger.type == "CONSULT":
            # "signed a pact during Putin's visit to Hanoi", "agreed after talks in Doha": the talks took place,
            # whatever the clause's own act is conditional on or whether it happened
            return Modality()
        if not f.nominal or f.anchor.i == f.tok.i:
            mod = read_modality(f.tok if not f.nominal else f.anchor, self.lex)
            if f.nominal and any(c.dep_ == "det" and c.lower_ == "no" for c in f.tok.children):
                mod.negated = not mod.negated  # "no attack took place"
            return mod
        anchor, tok = f.anchor, f.tok
        lemma = anchor.lemma_.lower()
        if (tok.dep_ == "pobj" and tok.head.lower_ in ("against", "to") and tok.head.head.lemma_.lower() in self.response_verbs
                and not any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in tok.children)):
            # "vowed to retaliate against the US tariffs", "will not respond to the strikes", Round 22: "would respond
            # to the sanctions": the act retaliated against is done, not threatened, denied or negated with the response
            return Modality()
        mod = read_modality(anchor, self.lex, inner=tok)  # inner: is the noun itself in a condition ("in case of an attack")?
        # "the use of force" as the object: the use is what is left open
        obj = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "use" else tok
        if obj.dep_ in OBJ and (self._left_open(anchor) or self._left_open_gerund(anchor)):
            # "did not rule out sanctions": possible sanctions; "refused to rule out using force": possible force
            mod.negated, mod.modality = False, "hypothetical"
            return mod
        argument = self._argument_of(tok, anchor)
        if ((lemma not in self.lends_subject and lemma not in self.undergo) or not argument) and not self._r50a_force_use(f):
            mod.negated = False
        if not argument and mod.modality != "asserted" and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX for c in anchor.children):
            mod.modality = "asserted"  # "agreed to restore ties after talks in Ankara": the talks took place
        elif mod.modality != "asserted" and self._realis_adjunct(tok, anchor):
            mod.modality = "asserted"  # Round 26: "would cut ties following last week's Turkish raid": it took place
        elif (mod.modality != "asserted" and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "over")
              and (tok.head.head.pos_ == "NOUN" or tok.head.head.lemma_.lower() in self.suffer)
              and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in tok.children)):
            mod.modality = "asserted"  # "would pay a price for its missile barrage": the barrage took place
        if lemma in self.nominal_negators and tok.dep_ in OBJ and not self._own_actor(tok) and not denied_clause(tok, self.lex):
            # "avoid direct confrontation", "withhold intervention"; but "rejected Trump's offer" was an offer
            mod.negated = not mod.negated
        if denied_clause(tok, self.lex):
            mod.negated, mod.denied = True, True  # "denied any involvement in the attack"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            mod.negated = not mod.negated
        if lemma in self.weighing and argument and mod.modality in ("asserted", "future"):
            mod.modality = "hypothetical"  # "would consider visa restrictions": a measure weighed is only possible
        return mod

    def _r50a_force_use(self, f: Found) -> bool:
        """Round 50: bare "force" as what a verb of using it takes ("would not use force against the farmers", "has
        never resorted to force"): the verb is the use of force itself, done by its subject, so its "not" is the act's
        (NOT ASSAULT), not a negation of some other act that leaves the noun asserted, nor a threat of force."""
        if f.trigger.words != ("force",) or f.anchor.lemma_.lower() not in self.lex.cue_set("r50a_force_use_verbs"):
            return False
        tok = f.tok
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head  # "resorted to force"
        return tok.head.i == f.anchor.i

    def _warned_fact(self, f: Found) -> bool:
        """Round 37: a warning whose "that" clause tells what has happened or is happening ("warned that the
        clashes had displaced 60,000 people", "warned that unilateral moves were fuelling tensions", "warned that
        Gaza still needed 600 trucks a day"): a statement of fact, no threat; a threat is of what is to come ("warned
        that it would strike", "warned that Tokyo would pay a price"). A backshifted "was ready to strike" or "were
        prepared to respond" (a copula) stays a threat."""
        t = f.tok
        if t.lemma_.lower() not in self.lex.cue_set("r37t_warning_verbs"):
            return False
        if f.nominal:
            # "drawing a warning from the EU that unilateral moves were fuelling tensions": the noun's "that" clause
            comps = [c for c in t.children if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        else:
            comps = [c for c in t.children if c.dep_ == "ccomp"]
        if len(comps) != 1:
            return False
        v = comps[0]
        if v.lemma_.lower() == "be" or v.pos_ not in ("VERB", "AUX"):
            return False  # "warned that it was ready to strike": a stance, perhaps a threat
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in MODAL_AUX or c.lower_ in ("will", "shall", "'ll", "going", "to") for c in auxes):
            return False  # what would or will come
        if any(c.dep_ == "xcomp" for c in v.children):
            return False  # "warned that it was preparing to retaliate": a readiness, read as a threat
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.pos_ == "PRON" or subj.lemma_.lower() in self.lex.cue_set("r22_forbearance_nouns")):
            return False  # "warned that they were running out of time", "that Tehran's patience was running out": a stance
        perfect = v.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in auxes)
        progressive = v.tag_ == "VBG" and any(c.lemma_.lower() == "be" for c in auxes)
        past = v.tag_ == "VBD" and not auxes
        return perfect or progressive or past

    def _realis_adjunct(self, tok: Token, anchor: Token) -> bool:
        """Round 26: an event noun in an adjunct telling what came before or caused the clause's act took place,
        even where that act is only promised or supposed: "said it would freeze the accord following last week's Turkish
        strike on Doha", "will retaliate over the killing of its commander in a drone strike", "would close the
        strait in response to the sanctions". Not an act left open ("would respond after any attack", "could
        strike after an incursion")."""
        preps = self.realis_preps
        frames = self.realis_frames
        t = tok
        for _ in range(8):
            if t.dep_ not in ("pobj", "prep", "compound", "conj", "appos") or t.head.i == t.i:
                return False
            if t.dep_ == "prep" and t.head.i == anchor.i:
                break
            t = t.head
        else:
            return False
        low = t.lower_
        objs = [g for g in t.children if g.dep_ == "pobj"]
        if low == "in" and objs and objs[0].lemma_.lower() in frames:
            # "in response to the strikes", "in the wake of the attack": the adjunct's own phrase names the act
            objs = [g for p in objs[0].children if p.dep_ == "prep" and p.lower_ in ("to", "for", "of") for g in p.children if g.dep_ == "pobj"]
        elif low not in preps:
            return False
        if not objs:
            return False
        head = objs[0]
        dets = [c.lower_ for c in head.children if c.dep_ == "det"]
        # (a bare noun, "after attacks on its villages", is no more than an act left open)
        return any(c.dep_ == "poss" for c in head.children) or (bool(dets) and all(d in _DEFINITE for d in dets))

    def _condition(self, doc: Doc, mod: Modality) -> Condition | None:
        return self._condition_read(doc, mod)[0]

    def _condition_read(self, doc: Doc, mod: Modality) -> tuple[Condition | None, list[Mention]]:
        """The condition of an act, and the parties whose act it is (the clause's act's actors, else its subject:
        "if its neighbours refused", "if the tariffs went ahead")."""
        if mod.condition_clause is None:
            return None, []
        clause = mod.condition_clause
        lo = clause.head.left_edge.i if clause.head.dep_ == "advmod" and clause.head.i < clause.i else clause.left_edge.i  # "as long as"
        text = doc[lo : clause.right_edge.i + 1].text
        sub = [f for f in self._find(sent_of(clause)) if f.tok.i in {t.i for t in clause.subtree}]
        if not sub:
            subj = self._subject(clause)[0] if clause.pos_ in ("VERB", "AUX") else []
            return Condition(text=text, event=None), [m for x in subj for m in self._mentions_in(doc, x)]

        def depth(f: Found) -> int:  # the clause's own act, not one nested in it ("if sanctions are lifted")
            t, n = f.anchor if f.nominal and f.anchor.i in {x.i for x in clause.subtree} else f.tok, 0
            while t.i != clause.i and t.head.i != t.i:
                t, n = t.head, n + 1
            return n

        f = min(sub, key=depth)
        actors, recips = self._roles(doc, f)
        neg = read_modality(f.anchor if f.nominal else f.tok, self.lex).negated
        return Condition(
            text=text,
            event=f.trigger.type,
            actor=tuple(m.actor() for m in actors),
            recipient=tuple(m.actor() for m in recips),
            negated=neg,
        ), actors

    def _event(
        self,
        doc: Doc,
        sent: Span,
        sent_text: str,
        f: Found,
        actors: list[Mention],
        recips: list[Mention],
        mod: Modality,
        cond: Condition | None,
        contexts: tuple[str, ...],
        article_id: str,
        published: str | None,
        final: str | None = None,
        past: tuple[str, str] | str | None = None,
    ) -> Event:
        tok = f.tok
        deps = token_attrs(tok.doc).dep  # (the children's labels, read once a run: no Token made for each)
        kids = [(c, deps[c]) for c in child_indices(tok.doc)[tok.i]]
        lo = min([tok.i] + [i for i, dep in kids if dep in ("prt", "neg", "aux", "compound")])
        hi = max([tok.i] + [i for i, dep in kids if dep in ("prt", "compound")])
        event_text = doc_text(doc)[doc[lo].idx : doc[hi].idx + len(doc[hi])]  # (``doc[lo : hi + 1].text``)
        modality = "conditional" if cond is not None else mod.modality
        conf = 0.55 + 0.2 * bool(recips) + 0.1 * all(not m.key.startswith("UNK:") for m in actors) - 0.1 * f.nominal
        conf += 0.05 * (f.trigger.mode is not None)
        # the type as emitted; a future act read as another type takes that type's modes ("will impose
        # sanctions" is a THREATEN of mode restrict, not of SANCTION's modes)
        etype = final or plover_type(f.trigger.type, modality, mod.negated, self._r52d_release_mode(f))
        # a background act's date is its own phrase's (``past``, read by ``_past_when``: "seized power in 2021": 2021,
        # year precision), else the clause's
        day, precision = past if isinstance(past, tuple) else event_when(sent, published, tok)
        return Event(
            id=content_id(article_id, str(sent.start_char), str(tok.idx), f.trigger.type),
            article_id=article_id,
            date=day,
            date_precision=precision,
            event=etype,
            mode=self._mode(f if etype == f.trigger.type else Found(f.tok, Trigger(etype, None, f.trigger.words), f.nominal, f.anchor), sent),
            context=contexts,
            actor=tuple(phrased_actor(m, tok) for m in actors),
            recipient=tuple(phrased_actor(m, tok) for m in recips),
            negated=mod.negated,
            modality=modality,
            condition=cond,
            event_text=event_text,
            text=sent_text.strip(),
            span=(sent.start_char, sent.end_char),
            event_loc=event_place(sent, doc, tok),
            confidence=max(0.05, min(0.99, conf)),
            trigger=" ".join(f.trigger.words),
        )


_STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "LEG", "JUD", "ELI", "SPY"))


_R50E_OBJECTS = frozenset({"dobj", "obj"})
# Round 50: the types (and their second act's modes, None for any) whose coordinated second verb is a second act
_R50E_TWICE: dict[str, frozenset[str] | None] = {"COERCE": None, "ASSAULT": frozenset({"abduct"}),
                                                  # Round 51e: a border or airspace closed and an envoy recalled or
                                                  # expelled ("closed all land crossings with Cambodia and recalled
                                                  # its ambassador"): two measures, which the development sets code
                                                  # as two SANCTIONs
                                                  "SANCTION": frozenset({"discontinue", "withdraw", "expel"})}
# a first act's mode and a second's that tell one operation: "raided the house and detained two men"
_R50E_ONE_OPERATION = frozenset({("seize", "arrest")})


def _r50e_conjoined(a: Token, b: Token) -> bool:
    """Whether verbs ``a`` and ``b`` are links of one coordination chain ("arrested ... and seized ...")."""
    def root(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t
    return a.i != b.i and root(a).i == root(b).i


def _r50e_second_act(f: Found, heads: Iterable[tuple[Token, str | None]]) -> bool:
    """Round 50: "the navy arrested 14 fishermen and seized two trawlers", "expelled three journalists and suspended
    the broadcasts", "gunmen killed 12 villagers and abducted six women": a second verb coordinated with the one
    already coded for the same signature, a different verb with a direct object of its own and a different PLOVER
    mode, tells a second act of the same type between the same parties, not the first told again (one event a
    signature a sentence would drop it). Measured on the development sets, gold codes the second act for coercion
    (an arrest and a seizure, an expulsion and a ban) and for an abduction told after a killing; not for an arrest
    after a raid or interception (the raid is the arrest's setting), nor for attacks told verb by verb ("opened fire
    and wounded", "attacked the village and set fire to homes"), nor for a participle ("..., wounding two")."""
    mode = f.trigger.mode
    if f.nominal or f.tok.pos_ != "VERB" or f.tok.tag_ == "VBG" or not any(c.dep_ in _R50E_OBJECTS for c in f.tok.children):
        return False
    if f.trigger.type not in _R50E_TWICE or mode is None or (_R50E_TWICE[f.trigger.type] is not None and mode not in _R50E_TWICE[f.trigger.type]):
        return False
    for h, hmode in heads:
        if (h.pos_ == "VERB" and h.lemma_.lower() != f.tok.lemma_.lower() and _r50e_conjoined(f.tok, h)
                and hmode != mode and (hmode, mode) not in _R50E_ONE_OPERATION
                and any(c.dep_ in _R50E_OBJECTS for c in h.children)):
            return True
    return False


def _forces_moved(verb: Token, recips: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Round 30: forces deployed or sent in a passive clause with no agent ("security forces were deployed to the
    surrounding forests", "federal forces would be sent to the area"): the subject's forces are the mobilising party
    (their state's), not the target of the move; their mentions become the actors."""
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subj or subj[0].pos_ == "PRON" or any(c.dep_ == "agent" for c in verb.children):
        return [], recips  # a pronoun's party is read from elsewhere ("before they are deployed"): left as it is
    lo, hi = subj[0].left_edge.idx, subj[0].right_edge.idx + len(subj[0].right_edge)
    forces = [m for m in recips if lo <= m.start and m.end <= hi and m.sector in ("MIL", "COP")]
    if not forces:
        return [], recips
    return forces, [m for m in recips if m not in forces]


def _claimed_noun(noun: Token) -> bool:
    """Round 30: an attack noun a party claims ("claimed a roadside bombing that killed ...", "claimed responsibility
    for a suicide bombing"): the claimant is its attacker, read where claims are, not someone unknown."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() == "claim":
        return True
    return noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ("responsibility", "credit")


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _implied_recipients(events: list[Event]) -> list[Event]:
    """A protest with no recipient named ("thousands took to the streets") is against the protesters' own
    government (PLOVER codes domestic protest against the state), unless another protest by them in the
    sentence names its target; only for actors of a country outside its state sectors."""
    out: list[Event] = []
    for e in events:
        if e.event == "PROTEST" and not e.recipient:
            named = any(o.event == "PROTEST" and o.recipient and o.span == e.span and set(o.actor_keys) & set(e.actor_keys) for o in events)
            if named:
                continue
            govs: list[Actor] = []
            for a in e.actor:
                if not _COUNTRY.fullmatch(a.code or "") or a.code in _NOT_COUNTRIES or (a.sector or "") in _STATE_SECTORS:
                    govs = []
                    break
                if all(g.key != f"{a.code}.GOV" for g in govs):
                    govs.append(Actor(f"{a.code}.GOV", a.code, "GOV", "", a.name))
            if govs:
                e = replace(e, recipient=tuple(govs))
        out.append(e)
    return out


_WEEKDAYS = frozenset(timex_weekdays) | {"yesterday", "overnight"}
_RECENT_UNITS = frozenset({"week", "weekend", "month"})
_R39C_SHORT_SPANS = frozenset({"hour", "hours", "day", "days", "weeks", "night"})  # "hours earlier", "the day before"


def _recently_dated(verb: Token, weekdays: bool = True) -> bool:
    """Is a clause dated to the last days or weeks by its own time phrase ("last week", "on Monday", "days ago",
    "earlier this month")? A year or a named month is not; a weekday only when ``weekdays``."""
    for c in verb.children:
        if c.dep_ not in ("npadvmod", "prep", "advmod", "tmod", "obl"):
            continue
        words = [t.lower_ for t in c.subtree]
        if (weekdays and any(w in _WEEKDAYS for w in words)) or ("ago" in words and any(w in ("days", "hours", "weeks") for w in words)):
            return True
        if any(w in _RECENT_UNITS for w in words) and any(w in ("last", "this", "earlier") for w in words):
            return True
        if any(w in _R39C_SHORT_SPANS for w in words) and any(w in ("earlier", "before") for w in words):
            return True  # Round 39: "who had been granted asylum hours earlier", "had abducted 10 days before"
    return False


def _named_attackers(events: list[Event], heads: list[Token]) -> tuple[list[Event], list[Token]]:
    """Round 21: an attack by an unknown attacker ("a drone attack targeted a base hosting US troops") whose target
    a named attacker's attack told in the same sentence or the next one hits, named with a definite noun that
    refers back to it ("the Islamic Resistance in Iraq said it was behind the attack"), is that party's: the UNK
    reading goes. Another named attack on the same country ("Russian troops shelled Kharkiv on Tuesday") claims
    nothing."""
    def roots(e: Event) -> set[str]:
        return {k.split(".")[0] for k in e.recipient_keys}

    def near(unk: Token, named: Token) -> bool:
        s = sent_of(unk)
        if not s.start <= named.i < (sent_of(unk.doc[s.end]).end if s.end < len(unk.doc) else s.end):
            return False
        return named.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in named.children)

    named = [(e, h) for e, h in zip(events, heads) if e.event == "ASSAULT" and e.actor_keys and "UNK" not in e.actor_keys]
    keep = [i for i, e in enumerate(events)
            if not (e.event == "ASSAULT" and e.actor_keys == ("UNK",)
                    and any(roots(o) & roots(e) and near(heads[i], h) for o, h in named))]
    return [events[i] for i in keep], [heads[i] for i in keep]


def _restated_signings(events: list[Event], heads: list[Token], documents: frozenset[str]) -> tuple[list[Event], list[Token]]:
    """Round 22: a signing told again of "the" (or "this") document, by the same parties as an earlier signing in the
    article, is that signing retold ("Uzbekistan and Tajikistan signed a water agreement on Tuesday. The deal was
    signed by the two countries' water ministers in Tashkent."): one event. The retold noun adds nothing of its own
    but its partner ("the agreement with Mauritania"), its place ("in Suva") or its name ("the Vuvale Treaty" after
    "a defence treaty"), and
    is the earlier noun or, bare, another word for a document ("the deal" after "an agreement"); one with a word of
    its own ("the energy accord" after "a water deal") is another document, as is a signing of "a"/"another" document
    or one told as more ("also signed the deal")."""
    out: list[tuple[Event, Token]] = []
    signed: list[tuple[set[str], str]] = []
    for e, h in zip(events, heads):
        if e.trigger == "sign":
            roots = {k.split(".")[0] for k in (*e.actor_keys, *e.recipient_keys)}
            doc_obj = next((c for c in h.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
            lemma = doc_obj.lemma_.lower() if doc_obj is not None else ""
            words = list(doc_obj.children) if doc_obj is not None else []
            definite = any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in words)
            named = any(d.dep_ == "compound" and d.pos_ == "PROPN" for d in words)
            own = [d for d in words if d.dep_ != "det" and not (d.dep_ == "compound" and d.pos_ == "PROPN")
                   and not (d.dep_ == "prep" and d.lower_ in ("with", "between", "in", "at"))]
            another = any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "separately", "additionally") for c in h.children)
            if definite and not own and not another and any(
                    roots == r and (lemma == lem or (not named and lemma in documents and lem in documents)) for r, lem in signed):
                continue
            signed.append((roots, lemma))
        out.append((e, h))
    return [e for e, _ in out], [h for _, h in out]


def _aimed(head: Token, trigger: str) -> bool:
    """Round 22: does an attack name what it is aimed at: an object or an "on/at/against" phrase of its verb that is
    not a word of its trigger ("struck a boat", "opened fire on patrons"; not "opened fire"), or a noun's own
    "on/against" phrase ("air strikes on hideouts")?"""
    words = set(trigger.split())
    for c in head.children:
        if c.dep_ in ("dobj", "obj") and c.lower_ not in words and c.lemma_.lower() not in words:
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "upon", "into"):
            return True
    return False


_RETELLING_DETS = frozenset({"the", "this", "that", "these", "those"})


def _retold_acts(events: list[Event], heads: list[Token], another: frozenset[str]) -> tuple[list[Event], list[Token]]:
    """Round 46: an act named again by a definite noun in a later sentence ("Gunmen attacked a convoy near Gao on
    Monday. ... The group claimed the attack"; "Kyiv did not confirm that its drones had carried out the strikes") is
    the act told before, not another (a possessor makes the noun definite too: "Russia's invasion", "its
    offensive"): one event of the type, polarity and parties (each telling's keys those of the other or extending
    them, "MOZ" and "MOZ.CVL"; the noun may name no recipient). The first telling stays, with the more precise keys
    of the two. A noun with a word that makes it another act ("a second attack", "the latest
    strikes", "the new sanctions") or a numeral is told as new, and so is any act named without a definite word.
    So is an act told again in a relative clause that describes its doer ("The RSF, which seized El Fasher in
    October, said ...")."""
    def definite(h: Token) -> bool:
        if h.pos_ in ("VERB", "AUX"):
            # a verb of a relative clause whose subject is the party it describes ("The RSF, which seized El Fasher
            # in October, said ..."): the act told as background, not as news; not "an operation in which agents
            # have detained 1,200 people" (another act of the operation)
            return h.dep_ == "relcl" and h.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in h.children)  # the party is the relative's subject
        if h.pos_ != "NOUN":
            return False
        kids = list(h.children)
        if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _RETELLING_DETS) for c in kids):
            return False
        return not any(c.dep_ == "nummod" or c.lower_ in another or c.lemma_.lower() in another for c in kids)

    out: list[Event] = list(events)
    gone: set[int] = set()
    for i, (e, h) in enumerate(zip(events, heads)):
        if not definite(h) or not e.actor_keys:
            continue
        start = sent_of(h).start
        # the names a retelling verb's object and phrases give must be in the first telling's sentence
        places = [g for c in h.children if c.dep_ in ("dobj", "obj", "prep")
                  for g in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]) if g.pos_ == "PROPN"]
        for j in range(len(events)):
            o, oh = out[j], heads[j]
            if j == i or j in gone or oh.i >= start or o.event != e.event or o.negated != e.negated:
                continue
            if not o.actor_keys or not (_covered(e.actor_keys, o.actor_keys) or _covered(o.actor_keys, e.actor_keys)):
                continue  # other doers, or another sector of the state ("students" after "protesters")
            if (e.date_precision != "day" or o.date_precision != "day") and e.date_label != o.date_label:
                continue  # a background act of a month or year ("Russia's invasion began in February 2022"): another act
            if h.pos_ in ("VERB", "AUX") and not all(n.text in o.text for n in places):
                continue  # "which seized Bukavu in February" after Goma's capture: another place, another act
            if e.recipient and not (o.recipient and (_covered(e.recipient_keys, o.recipient_keys)
                                                     or _covered(o.recipient_keys, e.recipient_keys))):
                continue  # aimed elsewhere, or the first telling names no one the noun could be checked against
            actor = e.actor if not _covered(e.actor_keys, o.actor_keys) else o.actor
            recip = e.recipient if e.recipient and not _covered(e.recipient_keys, o.recipient_keys) else o.recipient
            out[j] = replace(o, actor=actor, recipient=recip)
            gone.add(i)
            break
    keep = [i for i in range(len(events)) if i not in gone]
    return [out[i] for i in keep], [heads[i] for i in keep]


def _agentless_toll(h: Token, tolls: frozenset[str]) -> bool:
    """A verb of killing or wounding told in the passive with no agent of its own ("twelve people were killed",
    "in which five soldiers were killed", "nine were killed and 30 wounded", "the soldiers killed in the ambush")."""
    if h.pos_ != "VERB" or h.tag_ != "VBN" or h.lemma_.lower() not in tolls:
        return False
    v = h
    if v.dep_ == "conj" and not any(c.dep_ in ("nsubjpass", "auxpass", "nsubj") for c in v.children):
        v = v.head  # "were killed and 30 wounded": the first verb's passive
    if v.tag_ != "VBN":
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN", "NUM"))
    # an object makes it active ("air strikes killed nine people" misread as a reduced relative)
    return passive and not any(c.dep_ in ("agent", "dobj", "obj") for x in (h, v) for c in x.children)


def _passive_tolls(events: list[Event], heads: list[Token], tolls: frozenset[str]) -> tuple[list[Event], list[Token]]:
    """Round 47: killings told in an agentless passive beside the attack that caused them ("An air strike hit the
    market; twelve people were killed", "shelled the camp in an attack in which seven civilians were killed",
    "Five soldiers were killed when rebels ambushed their convoy") are the toll of that attack, not another act: one
    event, the attack's, in the same sentence or one of the two before, aimed at the same state or at no one named (the
    victims stand in for a target the attack lacks or name its people more precisely). A passive killing with an
    agent of its own ("were killed by jihadist fighters"), or of people of another state, stays an act."""
    tolls_at = [i for i, (e, h) in enumerate(zip(events, heads))
                if e.event == "ASSAULT" and not e.negated and _agentless_toll(h, tolls)]
    if not tolls_at:
        return events, heads

    def roots(keys: tuple[str, ...]) -> set[str]:
        return {k.split(".")[0] for k in keys if not k.startswith("UNK")}

    out = list(events)
    gone: set[int] = set()
    for i in tolls_at:
        e, h = events[i], heads[i]
        sent = sent_of(h)
        first = sent.start  # the toll's sentence and the two before it (the attack, then its interception or damage)
        for _ in range(2):
            if first > 0:
                first = sent_of(h.doc[first - 1]).start
        best = None
        for j, (o, oh) in enumerate(zip(events, heads)):
            if j == i or j in gone or o.event != "ASSAULT" or o.negated or j in tolls_at or not o.actor_keys:
                continue
            if not first <= oh.i < sent.end:
                continue
            victims = tuple(r.key for r in e.recipient if not r.inferred)
            mine, theirs = roots(victims), roots(o.recipient_keys)
            if mine and theirs and not (mine & theirs):
                continue  # people of another state: another act
            if victims and _covered(o.actor_keys, victims):
                continue  # the attackers themselves ("all five attackers were killed"): killed by the other side
            if mine and not theirs and mine & roots(o.actor_keys):
                continue  # a state's forces acting at no one named ("its air force shot down 176 drones") beside its own dead
            if best is None or abs(oh.i - h.i) < abs(heads[best].i - h.i):
                best = j
        if best is None:
            continue
        o = out[best]
        own = o.recipient_keys
        if e.recipient and (not own or (all("." not in k for k in own) and _covered(own, e.recipient_keys))):
            out[best] = replace(o, recipient=e.recipient)
        gone.add(i)
    keep = [i for i in range(len(events)) if i not in gone]
    return [out[i] for i in keep], [heads[i] for i in keep]


# acts against a party, and acts for one: the second tell which side of a conflict an actor stands on
_HOSTILE_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE", "SANCTION"})
_SIDING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})


def _sided_recipients(events: list[Event]) -> list[Event]:
    """A hostile act aimed at both sides of a conflict ("would not intervene in the war between Hamas and Israel")
    is aimed at the side the actor is not on: a recipient the same actor (its state) supports, aids or works with
    elsewhere in the article, in an asserted act, is dropped from it, so long as another stated recipient stays.
    The seed's "would not directly intervene in the ongoing conflict between Hamas and Israel" (Iran backing Hamas)
    is a restraint towards Israel."""
    if not any(e.event in _HOSTILE_TYPES and len(e.recipient) > 1 for e in events):
        return events
    sides: dict[str, set[str]] = defaultdict(set)  # the actor's state -> the keys it backs in the article
    for e in events:
        if e.event in _SIDING_TYPES and not e.negated and e.modality == "asserted":
            for a in e.actor:
                sides[a.key.split(".")[0]].update(r.key for r in e.recipient if not r.inferred)
    if not sides:
        return events
    out = []
    for e in events:
        if e.event in _HOSTILE_TYPES and len(e.recipient) > 1 and not set(e.actor_keys) & set(e.recipient_keys):
            # (not a clash told both ways, "A and B clashed": its parties are each other's recipients)
            backed = set().union(*(sides.get(a.key.split(".")[0], set()) for a in e.actor))
            keep = tuple(r for r in e.recipient if r.key not in backed)
            if keep and len(keep) < len(e.recipient) and any(not r.inferred for r in keep):
                e = replace(e, recipient=keep)
        out.append(e)
    return out


def _drop_subsumed(events: list[Event], heads: list[Token]) -> list[Event]:
    """In one sentence, "A US strike killed a KH commander" yields the noun's and the verb's reading of one
    act; keep the more specific (same type and polarity, actors covered, recipients a strict superset).
    Triggers joined by the syntax but not by coordination ("warned it would take countermeasures") are
    one act read twice: keep the one whose parties are named more precisely (IRN.GOV over IRN, any
    recipient over none), the first of two equal readings. "Expelled the ambassador and closed the border"
    are two acts."""
    out = []
    for i, e in enumerate(events):
        subsumed = False
        for j, o in enumerate(events):
            if j == i or o.span != e.span or o.event != e.event or o.negated != e.negated:
                continue
            if set(e.actor_keys) <= set(o.actor_keys) and set(e.recipient_keys) < set(o.recipient_keys):
                subsumed = True
                break
            if not (_linked(heads[i], heads[j]) or _linked(heads[j], heads[i])):
                continue
            if _covered(e.actor_keys, o.actor_keys) and _covered(e.recipient_keys, o.recipient_keys):
                mutual = _covered(o.actor_keys, e.actor_keys) and _covered(o.recipient_keys, e.recipient_keys)
                if not mutual or j < i:
                    subsumed = True
                    break
        if not subsumed:
            out.append(e)
    return out


def _linked(low: Token, high: Token) -> bool:
    """Is ``high`` above ``low`` in the parse with no coordination between them?"""
    t = low
    for _ in range(12):
        if t.i == high.i:
            return True
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def _covered(general: tuple[str, ...], specific: tuple[str, ...]) -> bool:
    """Does every key of ``general`` appear in ``specific`` as it is or extended ("IRN" in "IRN.GOV")?"""
    return all(any(s == k or s.startswith(k + ".") for s in specific) for k in general)


# PLOVER: "the coder should always return the single event category": a threat of force or coercion
# is THREATEN, not ASSAULT + hypothetical; an announced future retreat ("said it would withdraw its
# troops") is CONCEDE; cooperation (CONSULT, SUPPORT, COOPERATE, AID) stated as future, hypothetical
# or conditional ("will meet", "would be ready to send aid") is AGREE. Future CONCEDE stays CONCEDE.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_HOSTILE_TO_THREATEN = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# material acts: named as the purpose of another act they are intended, not done
_MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "SUPPORT", "AID", "COOPERATE", "CONSULT", "MOBILIZE", "RETREAT", "CONCEDE"})
# hostile measures decided and announced unconditionally as future ("will withdraw from the council",
# "announced it would suspend aid") are the measure itself; promised, conditional or possible, a threat
_DECIDED_MEASURES = frozenset({"SANCTION", "COERCE"})
# joint acts that, decided and dated in the plain future, are told as the act ("will resume flights next month")
_SCHEDULED_ACTS = frozenset({"COOPERATE"})
_CLAIMED = frozenset({"responsibility", "credit"})  # what a party claims for an attack
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})  # entity types of a party a protest can be lodged with
_SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d.,%])")  # a match score: "2-0", "4 - 1"
_OWN_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY", "UAF"})
# sectors whose orders go to others even within their country (courts, legislatures)
_ORDERING_SECTORS = frozenset({"JUD", "LEG"})
_CIVILIAN_SECTORS = frozenset({"CVL", "REF"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "UAF", "LEG", "JUD"})
_COUNTRY = re.compile(r"[A-Z]{3}")
_NOT_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "UNK", "MNC"})
_ARMED_FOES = frozenset({"REB", "CRM", "UAF", "INS", "TER"})  # Round 43: a state's own armed foes, threatened by it


def plover_type(etype: str, modality: str, negated: bool, mode: str | None = None) -> str:
    """The single PLOVER category for an act stated as future, hypothetical or conditional (``mode``: the
    trigger's mode, "release" only where the people freed are named as captives, see ``_r52d_release_mode``)."""
    if negated or modality == "asserted":
        return etype
    if etype in _HOSTILE_TO_THREATEN:
        return "THREATEN"
    if etype == "RETREAT":
        # Round 52 (r52d): captives to be freed ("said it would free 553 prisoners", "will release the hostages on
        # Sunday") are the release the development sets code (RETREAT), announced as a withdrawal is a concession
        return "RETREAT" if mode == "release" and modality == "future" else "CONCEDE"
    if etype in COOPERATION_TO_AGREE:
        return "AGREE"
    return etype


@Language.factory("eventcoder_events", default_config={"lexicon_files": []})
def make_event_coder(nlp: Language, name: str, lexicon_files: list[str]) -> EventCoder:
    return EventCoder(nlp, lexicon_files)


def _dated_future(t: Token, *also: Token) -> bool:
    """Does a verb in the plain future ("will") carry a date, on itself or on one of ``also`` ("will reopen
    rail links on Monday", "will host talks in Luanda next week")?"""
    if t.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in t.children):
        return False
    for x in (t, *also):
        for c in x.children:
            if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE":
                return True  # "next month", "Monday"
            if c.dep_ == "prep" and c.lower_ in ("on", "from", "in", "starting") and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children):
                return True  # "on Monday", "from January"
    return False


def _restates(f: Found, found: list[Found]) -> bool:
    """Is a nominal trigger in apposition another trigger of the same type named again ("a state visit to
    Vietnam, his first trip abroad", "the strike, the deadliest attack this year")? The noun it restates may
    be read by its verb ("will pay a state visit"); the parse may give the second noun as a second object of
    that verb."""
    h = f.tok.head
    if f.tok.dep_ != "appos":
        earlier = [c for c in h.children if c.dep_ == f.tok.dep_ and c.i < f.tok.i]
        if not earlier:
            return False
        h = earlier[0]
    return any(g is not f and g.trigger.type == f.trigger.type and (g.tok.i == h.i or (h.dep_ in ("dobj", "obj") and g.tok.i == h.head.i))
               for g in found)


def _dated_meeting(t: Token) -> bool:
    """A verb in the future, plain or reported ("will", "would"), with a date of its own ("will pay a state visit
    next week", "would meet student leaders on Monday")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "shall") for c in t.children):
        return False
    for c in t.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children):
            return True
    return False


def _of_a_kind(noun: Token) -> bool:
    """Does "such" make the noun a kind of thing ("such incidents", "such sites"), not one counted with an
    ordinal or a determiner ("the second such arrest this month" is the news act again)?"""
    if "such" not in _lower_set(noun.doc):
        return False  # (no "such" in the document)
    kids = list(noun.children)
    return (any(g.lower_ == "such" and g.dep_ in ("amod", "predet", "det") for g in kids)
            and not any((g.dep_ == "det" and g.lower_ != "such") or g.ent_type_ == "ORDINAL" for g in kids))


def _lodged_with_party(verb: Token) -> bool:
    """Is a protest verb addressed to a party ("protested to Beijing", "protested to the embassy")?"""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.ent_type_ in _PARTY_ENTS for g in c.children)
               for c in verb.children)


def _rejoin_after_condition(doc: Doc) -> None:
    """Round 29: a past-tense verb joined after a comma to a past-tense condition clause ("warned of sanctions
    unless the military handed over power, and froze the country's membership", "threatened to cut aid if the
    coup leaders stayed, and recalled its envoy") is the main clause's second act, which the parse hangs on the
    condition's verb (so it read as part of the condition, with the condition's subject as its actor): it is
    joined back to the main clause's verb. Only where the document has such a clause at all."""
    text = doc_text(doc)
    if " unless " not in text and " if " not in text:
        return
    attrs = doc.to_array([DEP, TAG]) if len(doc) else None
    if attrs is None:
        return
    strings = doc.vocab.strings
    # (only the past-tense conjuncts are read as Tokens: the dependency labels and tags, which the loop leaves as
    # they are, picked from the parse's arrays)
    picked = ((attrs[:, 0] == strings["conj"]) & (attrs[:, 1] == strings["VBD"])).nonzero()[0].tolist()
    for i in picked:
        v = doc[i]
        h = v.head
        if h.dep_ != "advcl" or h.tag_ != "VBD" or not any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in h.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
            continue  # "unless the junta freed them and they left": a subject of its own, the condition's
        cc = next((c for c in h.children if c.dep_ == "cc" and c.i < v.i), None)
        if cc is None or cc.i == 0 or doc[cc.i - 1].lower_ != ",":
            continue  # "unless the junta named a date and freed the president": both the condition
        main = h.head
        while main.dep_ in ("xcomp", "ccomp") and main.tag_ != "VBD":
            main = main.head
        if main.tag_ != "VBD" or main.i > v.i:
            continue
        v.head = main
        cc.head = main


def _joined_to_bare_verb(verb: Token) -> bool:
    """Round 37: a finite verb the parse joined to a bare verb before it ("must retract its remarks and warned",
    "should free the men and threatened"): the tenses differ, so it is no part of the bare verb's clause."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == "VB" and verb.head.i < verb.i


# The token attributes ``_word_sets`` read last, and the sets of their lower-cased lemmas and forms.
_WORD_SETS: list = [(None, frozenset(), frozenset())]


def _lemma_set(doc: Doc) -> frozenset[str]:
    """Every lower-cased lemma of the document, as a set, made once a run (a gate for a rule that needs one of a few words)."""
    return _word_sets(doc)[1]


def _lower_set(doc: Doc) -> frozenset[str]:
    """Every lower-cased word of the document (``tok.lower_``), as a set, made once a run (a gate, as ``_lemma_set``)."""
    return _word_sets(doc)[2]


def _word_sets(doc: Doc) -> tuple:
    attrs = token_attrs(doc)
    got = _WORD_SETS[0]  # (one tuple, read and replaced whole: see ``nlp._LAST_ATTRS``)
    if got[0] is not attrs:
        got = _WORD_SETS[0] = (attrs, frozenset(attrs.lemma), frozenset(attrs.lower))
    return got


# The token attributes ``_dated_words`` read last, and its answer.
_DATED_WORDS: list = [(None, True)]


def _dated_words(doc: Doc) -> bool:
    """Does the document hold a word ``_past_phrase`` can date an act by: four digits (a year), "past" or a decade
    ("1990s")? Read once a run; without one no act of the document is dated to the past."""
    attrs = token_attrs(doc)
    got = _DATED_WORDS[0]  # (one tuple, read and replaced whole: see ``nlp._LAST_ATTRS``)
    if got[0] is not attrs:
        got = _DATED_WORDS[0] = (attrs, any((len(w) == 4 and w.isdigit()) or (w[-1:] == "s" and decade_start(w) is not None) for w in attrs.text)
                                 or "past" in attrs.lower)
    return got[1]

