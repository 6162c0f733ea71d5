"""Conditions -> commitment records -> triggered alerts.

A commitment is made by every event with a ``condition`` ("Iran will not intervene unless it is
attacked by Israel or the United States") and by every conditional threat or promise. Its trigger is
the condition's event pattern: type(s), actor keys, recipient keys. When a later stored event matches
an open commitment's trigger (keys by the dotted-prefix rule), an alert links both records and their
sentences, and the commitment's status becomes ``triggered``.
"""

from __future__ import annotations

import json
import logging
import shlex
import subprocess
from collections.abc import Iterable
from typing import Any

from .analysis.dedup import unresolved
from .models import Alert, Commitment, Event, Trigger, content_id, top_key
from .store import Corpus, register_ddl

log = logging.getLogger(__name__)

register_ddl(
    """CREATE TABLE IF NOT EXISTS commitments (
        id VARCHAR PRIMARY KEY, event_id VARCHAR, article_id VARCHAR, date DATE, actor VARCHAR[],
        action VARCHAR, negated BOOLEAN, recipient VARCHAR[], trigger JSON, condition_text VARCHAR,
        text VARCHAR, kind VARCHAR, status VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS alerts (
        id VARCHAR PRIMARY KEY, commitment_id VARCHAR, event_id VARCHAR, date DATE,
        commitment_text VARCHAR, event_text VARCHAR, summary VARCHAR, created_at TIMESTAMP DEFAULT current_timestamp,
        notified BOOLEAN)""",
    # ``notified``: false while an alert raised under a notify command has not been sent (a run killed
    # between storing it and sending it), true once the command has run for it, null when no command was given. Files of
    # schema version 1 get the column with nulls: nothing owed.
    """ALTER TABLE alerts ADD COLUMN IF NOT EXISTS notified BOOLEAN""",
)

# Escalation of the condition's type: being attacked also covers lesser uses of force.
_WIDEN = {"ASSAULT": ("ASSAULT",), "COERCE": ("COERCE", "ASSAULT"), "MOBILIZE": ("MOBILIZE", "ASSAULT")}


def commitment_of(e: Event) -> Commitment | None:
    """The commitment an event states, if any."""
    # an unknown party (``UNK:name`` or the bare ``UNK`` of "a drone struck the car") commits to nothing and
    # makes no trigger: all unknown attackers are not one party
    actor = tuple(dict.fromkeys(top_key(k) for k in e.actor_keys if not unresolved(k)))
    if not actor:
        return None
    if e.condition is not None and e.condition.event:
        c = e.condition
        c_actors = tuple(dict.fromkeys(top_key(a.key) for a in c.actor if not unresolved(a.key)))
        c_recips = tuple(dict.fromkeys(top_key(a.key) for a in c.recipient if not unresolved(a.key)))
        if not c_actors and not c_recips:
            return None
        if c_recips:
            # "if Israel attacked Lebanon": the committing actor counts as attacked too (Hezbollah for Lebanon)
            recips = tuple(dict.fromkeys(c_recips + actor))
        else:
            recips = actor
        cond_event: str = c.event or ""  # checked non-empty above
        trigger = Trigger(_WIDEN.get(cond_event, (cond_event,)), c_actors, recips)
        kind = "conditional"
        cond_text = c.text
    else:
        return None
    cid = content_id("commitment", e.id)
    return Commitment(
        id=cid,
        event_id=e.id,
        article_id=e.article_id,
        date=e.date,
        actor=actor,
        action=e.event,
        negated=e.negated,
        recipient=tuple(dict.fromkeys(top_key(k) for k in e.stated_recipient_keys if not unresolved(k))),
        trigger=trigger,
        condition_text=cond_text,
        text=e.text,
        kind=kind,
    )


def record_commitments(corpus: Corpus, events: Iterable[Event]) -> list[Commitment]:
    """Store the commitments stated by ``events``; returns the new ones."""
    new: list[Commitment] = []
    for e in events:
        c = commitment_of(e)
        if c is None:
            continue
        exists = corpus.con.execute("SELECT 1 FROM commitments WHERE id = ?", [c.id]).fetchone()
        if exists:
            continue
        corpus.con.execute(
            "INSERT INTO commitments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [c.id, c.event_id, c.article_id, c.date, list(c.actor), c.action, c.negated, list(c.recipient),
             json.dumps(c.trigger.to_dict()), c.condition_text, c.text, c.kind, c.status],
        )
        new.append(c)
    return new


def _row_to_commitment(r: tuple[Any, ...]) -> Commitment:
    trig = json.loads(r[8])
    return Commitment(
        id=r[0], event_id=r[1], article_id=r[2], date=str(r[3]) if r[3] else None, actor=tuple(r[4] or ()),
        action=r[5], negated=bool(r[6]), recipient=tuple(r[7] or ()),
        trigger=Trigger(tuple(trig["types"]), tuple(trig["actors"]), tuple(trig["recipients"])),
        condition_text=r[9], text=r[10], kind=r[11], status=r[12],
    )


def commitments(corpus: Corpus, status: str | None = None, actor: str | None = None) -> list[Commitment]:
    sql = "SELECT * FROM commitments"
    rows = [_row_to_commitment(r) for r in corpus.con.execute(sql + " ORDER BY date NULLS LAST, id").fetchall()]
    if status:
        rows = [c for c in rows if c.status == status]
    if actor:
        rows = [c for c in rows if any(k == actor or k.startswith(actor + ".") for k in c.actor)]
    return rows


def _before(e: Event, commitment_date: str | None) -> bool:
    """Is the event dated, at its precision, before the commitment? An event dated only to a month or a year
    (a background act: "the army seized power in 2021") is before it unless its whole period comes on or after the
    commitment's day: one told in a year that holds the commitment's day may have come before it, and a stale
    retelling must not sound an alarm. Its date is the period's first day, so one comparison says both."""
    if not commitment_date or not e.date:
        return False
    # a day before the commitment's, or a month or a year that starts before it (not provably after it)
    return e.date[:10] < commitment_date[:10]


def check_alerts(
    corpus: Corpus, events: Iterable[Event], notify_cmd: str | None = None, notify_now: bool = True
) -> list[Alert]:
    """Match newly stored events against open commitments; store and return the alerts raised.

    With ``notify_cmd`` the alerts are stored as owed to it, and sent now unless ``notify_now`` is false
    (inside a transaction: :func:`notify_pending` sends them once it is committed).
    """
    from .analysis.scores import realised

    open_ = commitments(corpus)  # triggered commitments stay armed: a second strike is a second alert
    if not open_:
        return []
    alerts: list[Alert] = []
    for e in events:
        if not realised(e):
            continue
        for c in open_:
            if e.article_id == c.article_id or not c.trigger.matches(e):
                continue
            if _before(e, c.date):
                continue  # an event before the commitment was stated cannot break it
            aid = content_id("alert", c.id, e.id)
            if corpus.con.execute("SELECT 1 FROM alerts WHERE id = ?", [aid]).fetchone():
                continue
            what = ("NOT " if c.negated else "") + c.action
            summary = (
                f"{'+'.join(c.actor)} said it would {'not ' if c.negated else ''}{c.action.lower()} "
                f"{'unless' if c.negated else 'if'} {'|'.join(c.trigger.types)} by {'|'.join(c.trigger.actors) or 'anyone'} "
                f"on {'|'.join(c.trigger.recipients) or 'anyone'}; now: {e.event} "
                f"{'+'.join(e.actor_keys)} -> {'+'.join(e.recipient_keys) or '-'} ({e.date_label or 'undated'}) [{what}]"
            )
            a = Alert(aid, c.id, e.id, e.date, c.text, e.text, summary)
            corpus.con.execute(
                "INSERT INTO alerts (id, commitment_id, event_id, date, commitment_text, event_text, summary, notified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [a.id, a.commitment_id, a.event_id, a.date, a.commitment_text, a.event_text, a.summary,
                 False if notify_cmd else None],
            )
            corpus.con.execute("UPDATE commitments SET status = 'triggered' WHERE id = ?", [c.id])
            alerts.append(a)
    if notify_cmd and notify_now:
        notify_pending(corpus, notify_cmd)
    return alerts


def notify_pending(corpus: Corpus, cmd: str) -> int:
    """Send the alerts still owed to a notify command, oldest first, each marked sent once the command has
    run for it (a failing command is logged, as :func:`notify` does, not retried): an alert whose run was
    killed before sending it is sent by the next run (at least once: a run killed between sending and marking
    sends that one again). Returns how many were sent."""
    rows = corpus.con.execute(
        "SELECT id, commitment_id, event_id, date, commitment_text, event_text, summary FROM alerts "
        "WHERE notified = FALSE ORDER BY created_at, id"
    ).fetchall()
    sent = 0
    for r in rows:
        a = Alert(r[0], r[1], r[2], str(r[3]) if r[3] else None, r[4], r[5], r[6])
        notify(a, cmd)
        corpus.con.execute("UPDATE alerts SET notified = TRUE WHERE id = ?", [a.id])
        sent += 1
    return sent


def alerts(corpus: Corpus) -> list[Alert]:
    rows = corpus.con.execute(
        "SELECT id, commitment_id, event_id, date, commitment_text, event_text, summary FROM alerts ORDER BY date NULLS LAST, id"
    ).fetchall()
    return [Alert(r[0], r[1], r[2], str(r[3]) if r[3] else None, r[4], r[5], r[6]) for r in rows]


def notify(alert: Alert, cmd: str) -> int:
    """Run ``cmd`` with the alert as JSON on stdin (wire mail or chat with a command of your own)."""
    try:
        proc = subprocess.run(shlex.split(cmd), input=json.dumps(alert.to_dict()), text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("notify command failed: %s", exc)
        return -1
    if proc.returncode != 0:
        log.warning("notify command exited %s", proc.returncode)
    return proc.returncode
