"""PLOVER scores, quads and pentacodes, read from ``data/events/scores.yaml``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..models import Event


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    f = resources.files("eventcoder") / "data" / "events" / "scores.yaml"
    return yaml.safe_load(f.read_text(encoding="utf-8"))


def score(event_type: str, mode: str | None = None) -> float:
    """The PLOVER conflict-cooperation score of a type (and mode, where the manual gives one)."""
    t = _table()
    if mode:
        m = (t.get("modes") or {}).get(event_type, {}).get(mode)
        if m is not None:
            return float(m)
    return float(t["types"][event_type]["score"])


def quad(event_type: str) -> str:
    return str(_table()["types"][event_type]["quad"])


def pentacode(event_type: str | None) -> int:
    """0 no event; 1 verbal cooperation; 2 material cooperation; 3 verbal conflict; 4 material conflict."""
    if not event_type:
        return 0
    return int(_table()["types"][event_type]["pentacode"])


def realised(e: Event) -> bool:
    """Did the event happen as told? Negated, hypothetical and conditional events did not.

    Verbal acts (THREATEN, AGREE, REQUEST...) are realised when they were said, whatever their content's tense.
    """
    if e.negated:
        return False
    if e.event in ("THREATEN", "AGREE", "REQUEST", "REJECT", "ACCUSE", "SUPPORT"):
        return e.modality != "conditional" or e.event == "THREATEN"
    return e.modality == "asserted"
