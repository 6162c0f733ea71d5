"""PLOVER event coding: triggers, roles, negation/modality/conditions, dates, places."""

from .coder import EventCoder
from .lexicon import Lexicon, build_lexicon, get_lexicon

__all__ = ["EventCoder", "Lexicon", "build_lexicon", "get_lexicon"]
