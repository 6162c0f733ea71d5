"""Analysis of the stored events: commitments and alerts, incidents, network, blocs, escalation."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from ..models import Alert, Event
from ..store import Corpus
from .blocs import BlocResult, find_blocs
from .dedup import assign_incidents, incidents
from .escalation import detect_spikes, dyad_series
from .network import build_network, to_undirected_signed

log = logging.getLogger(__name__)

def on_new_events(
    corpus: Corpus, events: Iterable[Event], notify_cmd: str | None = None, notify_now: bool = True
) -> list[Alert]:
    """Incremental update after new events are stored: commitments, alerts, incidents, dyad aggregates.

    The events are taken off the store's analysis queue. Each step is idempotent (commitments, alerts and
    incident links are keyed on the events), so analysing an event again adds nothing.
    """
    from ..commitments import check_alerts, record_commitments

    evs = list(events)
    record_commitments(corpus, evs)
    raised = check_alerts(corpus, evs, notify_cmd, notify_now)
    assign_incidents(corpus, evs)
    corpus.mark_analysed(e.id for e in evs)
    return raised


def analyse_pending(corpus: Corpus, notify_cmd: str | None = None) -> list[Alert]:
    """Analyse every stored event the analyses have not processed yet, oldest stored batch first.

    Each batch's analyses and its removal from the queue are one transaction, so a run killed at any
    point leaves each batch either analysed or still queued, never half done: the next run (``ingest``,
    ``code --db``) finishes the work, and no alert is stored twice. The alerts are sent to the notify
    command after their batch is committed, and marked sent as each is: a run killed in between leaves
    them owed, and the next run with a notify command sends them.
    """
    from ..commitments import notify_pending

    raised: list[Alert] = []
    batch = -1
    while True:
        try:
            with corpus.transaction():
                batch, evs = corpus.next_unanalysed(batch)
                if not evs:
                    break
                new = on_new_events(corpus, evs, notify_cmd, notify_now=False)
        except Exception as exc:  # noqa: BLE001  one batch that cannot be analysed must not block every later run
            log.error("analysis of stored batch %s failed (%s: %s); it stays queued and is retried by the next run",
                      batch, type(exc).__name__, exc)
            continue
        if notify_cmd and new:
            notify_pending(corpus, notify_cmd)
        raised += new
    if notify_cmd:
        notify_pending(corpus, notify_cmd)  # what a killed run owed
    return raised


__all__ = [
    "BlocResult",
    "assign_incidents",
    "build_network",
    "detect_spikes",
    "dyad_series",
    "find_blocs",
    "incidents",
    "analyse_pending",
    "on_new_events",
    "to_undirected_signed",
]
