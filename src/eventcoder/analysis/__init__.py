"""Analysis of the stored events: commitments and alerts, incidents, network, blocs, escalation."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Alert, Event
from ..store import Corpus
from .blocs import BlocResult, find_blocs
from .dedup import assign_incidents, incidents
from .escalation import detect_spikes, dyad_series
from .network import build_network, to_undirected_signed


def on_new_events(corpus: Corpus, events: Iterable[Event], notify_cmd: str | None = None) -> list[Alert]:
    """Incremental update after new events are stored: commitments, alerts, incidents, dyad aggregates."""
    from ..commitments import check_alerts, record_commitments

    evs = list(events)
    record_commitments(corpus, evs)
    raised = check_alerts(corpus, evs, notify_cmd)
    assign_incidents(corpus, evs)
    return raised


__all__ = [
    "BlocResult",
    "assign_incidents",
    "build_network",
    "detect_spikes",
    "dyad_series",
    "find_blocs",
    "incidents",
    "on_new_events",
    "to_undirected_signed",
]
