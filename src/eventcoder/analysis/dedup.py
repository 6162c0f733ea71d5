"""Deduplication: the same real-world event told by many articles becomes one incident.

Two reports are one incident when they have the same PLOVER type, the same dyad (top-level actor
keys; recipients equal, or one report names none), dates within a day, compatible places (same
country, or one unknown), and similar sentences (content-word Jaccard >= ``MIN_SIMILARITY``, waived
when both name the same place). Network and escalation count incidents, not reports.

Incidents are maintained incrementally as events are stored; each new incident also updates the
per-dyad daily aggregates (``dyad_days``) that escalation reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from ..models import Event, Incident, content_id, top_key
from ..store import Corpus, date_window, register_ddl
from .scores import pentacode, realised, score

MIN_SIMILARITY = 0.12
DATE_WINDOW_DAYS = 1

register_ddl(
    """CREATE TABLE IF NOT EXISTS incidents (
        id VARCHAR PRIMARY KEY, event VARCHAR, mode VARCHAR, actor VARCHAR[], recipient VARCHAR[],
        actor_full VARCHAR[], recipient_full VARCHAR[], date DATE, country VARCHAR, score DOUBLE,
        pentacode INTEGER, words VARCHAR[], text VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS incident_events (
        event_id VARCHAR PRIMARY KEY, incident_id VARCHAR, article_id VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS dyad_days (
        day DATE, a VARCHAR, b VARCHAR, p0 INTEGER, p1 INTEGER, p2 INTEGER, p3 INTEGER, p4 INTEGER,
        score DOUBLE, conflict DOUBLE, n INTEGER, PRIMARY KEY (day, a, b))""",
)

_STOP = frozenset(
    "the a an of to in on at by for with from and or but as is was were are be been has have had it its their "
    "they he she his her this that these those said says say after before over into than also which who would will "
    "not no more most some any all one two three new on late early week day monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z\-']+", text.lower()) if w not in _STOP and len(w) > 2}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _tops(keys: Iterable[str]) -> list[str]:
    return sorted({top_key(k) for k in keys if not k.startswith("UNK:")})


def assign_incidents(corpus: Corpus, events: Iterable[Event]) -> list[str]:
    """Attach each realised event to a matching incident or open a new one; returns new incident ids."""
    new: list[str] = []
    con = corpus.con
    for e in events:
        if not realised(e) or not e.date:
            continue
        if con.execute("SELECT 1 FROM incident_events WHERE event_id = ?", [e.id]).fetchone():
            continue
        # recipients read from the article rather than the sentence (``inferred``) do not make incidents or dyads
        actors, recips = _tops(e.actor_keys), _tops(e.stated_recipient_keys)
        if not actors:
            continue
        words = content_words(e.text)
        country = e.event_loc.country if e.event_loc else None
        d = date.fromisoformat(e.date)
        lo, hi = d - timedelta(days=DATE_WINDOW_DAYS), d + timedelta(days=DATE_WINDOW_DAYS)
        rows = con.execute(
            "SELECT id, recipient, country, words FROM incidents WHERE event = ? AND actor = ? AND date BETWEEN ? AND ?",
            [e.event, actors, lo, hi],
        ).fetchall()
        best, best_sim = None, -1.0
        for iid, irecips, icountry, iwords in rows:
            irecips = list(irecips or [])
            if irecips != recips and irecips and recips:
                continue
            if country and icountry and country != icountry:
                continue
            sim = jaccard(words, set(iwords or []))
            same_place = bool(country and icountry == country)
            if (sim >= MIN_SIMILARITY or same_place) and sim > best_sim:
                best, best_sim = iid, sim
        if best is None:
            best = content_id("incident", e.id)
            s = score(e.event, e.mode)
            pc = pentacode(e.event)
            con.execute(
                "INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [best, e.event, e.mode, actors, recips, list(e.actor_keys), list(e.stated_recipient_keys), e.date, country, s, pc,
                 sorted(words), e.text],
            )
            _add_dyad_days(corpus, e.date, actors, recips, pc, s)
            new.append(best)
        elif recips:
            # a later report may name the recipient an earlier one left out
            con.execute("UPDATE incidents SET recipient = ? WHERE id = ? AND len(recipient) = 0", [recips, best])
        con.execute("INSERT INTO incident_events VALUES (?, ?, ?)", [e.id, best, e.article_id])
    return new


def _add_dyad_days(corpus: Corpus, day: str, actors: list[str], recips: list[str], pc: int, s: float) -> None:
    pairs = [(a, r) for a in actors for r in recips if a != r]
    if not recips and len(actors) > 1:  # reciprocal events: all actors with each other
        pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
    for a, b in pairs:
        x, y = sorted((a, b))
        cols = [1 if pc == k else 0 for k in range(5)]
        conflict = -s if s < 0 else 0.0
        corpus.con.execute(
            """INSERT INTO dyad_days VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
               ON CONFLICT (day, a, b) DO UPDATE SET p0 = p0 + excluded.p0, p1 = p1 + excluded.p1,
               p2 = p2 + excluded.p2, p3 = p3 + excluded.p3, p4 = p4 + excluded.p4,
               score = score + excluded.score, conflict = conflict + excluded.conflict, n = n + 1""",
            [day, x, y, *cols, s, conflict],
        )


def incidents(corpus: Corpus, since: str | None = None, until: str | None = None) -> list[Incident]:
    sql = """SELECT i.id, i.event, i.actor, i.recipient, i.date, i.country,
                    count(DISTINCT ie.article_id), count(ie.event_id), i.text
             FROM incidents i JOIN incident_events ie ON ie.incident_id = i.id"""
    where, params = date_window(since, until, "i.date")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY ALL ORDER BY i.date, i.id"
    return [
        Incident(r[0], r[1], tuple(r[2] or ()), tuple(r[3] or ()), str(r[4]) if r[4] else None, r[5], int(r[6]), int(r[7]), r[8])
        for r in corpus.con.execute(sql, params).fetchall()
    ]
