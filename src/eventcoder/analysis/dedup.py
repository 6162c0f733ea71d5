"""Deduplication: the same real-world event told by many articles becomes one incident.

Two reports are one incident when they have the same PLOVER type, the same dyad (top-level actor
keys; recipients equal, or one report names none), dates within a day, compatible places (same
country, or one unknown), and similar sentences (content-word Jaccard >= ``MIN_SIMILARITY``, waived
when both name the same place). Network and escalation count incidents, not reports.

An incident carries what its reports state, merged as each report joins: the actors and recipients
(``actor_full``, ``recipient_full``, which the network reads) are the union of the reports' keys, each
kept at its most specific (a first report's "Iran" gives way to a later "Iranian forces", ``IRN.MIL``;
"IRN.GOV" and "IRN.MIL" both stay); the top-level recipient and the country are filled in when a later
report names what the first left out. Recipients read from the article rather than the sentence
(``Actor.inferred``) never count. The date, type and sentence are the first report's, and each report
stays traceable through ``incident_events`` and its own row in ``events``. The merge is idempotent:
a report merged twice changes nothing.

Incidents are maintained incrementally as events are stored; each incident also counts once in the
per-dyad daily aggregates (``dyad_days``) that escalation reads, under its dyads as they stand now (an
incident whose recipient a later report names moves from its actors' mutual pairs, or from nowhere, to
its actor-recipient pairs).

An event dated only to a month or a year (``date_precision``: a background act the article recalls, "the army
seized power in 2021") makes no incident: its day is unknown, so it can be matched to no report within a day
(a 2021 retelling is never merged with today's act) and counted on no day of the daily aggregates; it stays in
``events``, where ``Corpus.events(precision=...)`` finds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from ..models import Event, Incident, content_id, key_matches, top_key
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


def unresolved(key: str) -> bool:
    """A key that names no known party: an unresolved name (``UNK:foo``) or an attacker the text leaves
    unknown (``UNK``: "a drone struck the car"). Such keys make no incident, dyad or network node: all
    unknown attackers are not one party."""
    return key == "UNK" or key.startswith("UNK:")


def _tops(keys: Iterable[str]) -> list[str]:
    return sorted({top_key(k) for k in keys if not unresolved(k)})


def most_specific(*groups: Iterable[str]) -> list[str]:
    """The union of the keys in order of first appearance, less any key that another refines by the
    dotted-prefix rule: (``USA``), (``USA.MIL``) -> ``USA.MIL``; (``IRN.GOV``), (``IRN.MIL``) -> both."""
    keys = list(dict.fromkeys(k for g in groups for k in g))
    return [k for k in keys if not any(o != k and key_matches(k, o) for o in keys)]


def assign_incidents(corpus: Corpus, events: Iterable[Event]) -> list[str]:
    """Attach each realised event to a matching incident or open a new one; returns new incident ids."""
    new: list[str] = []
    con = corpus.con
    for e in events:
        if not realised(e) or not e.date or e.date_precision != "day":
            continue  # undated, or dated to a month or a year only: no incident (see the module docstring)
        # recipients read from the article rather than the sentence (``inferred``) do not make incidents or dyads
        actors, recips = _tops(e.actor_keys), _tops(e.stated_recipient_keys)
        country = e.event_loc.country if e.event_loc else None
        known = con.execute("SELECT incident_id FROM incident_events WHERE event_id = ?", [e.id]).fetchone()
        if known:
            # a report seen again (the analyses re-run on stored events) merges again: a no-op, or the full keys
            # filled in where an older version left them short
            _merge(corpus, known[0], e, recips, country)
            continue
        if not actors:
            continue
        words = content_words(e.text)
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
                [best, e.event, e.mode, actors, recips, most_specific(e.actor_keys), most_specific(e.stated_recipient_keys),
                 e.date, country, s, pc, sorted(words), e.text],
            )
            _add_dyad_days(corpus, e.date, actors, recips, pc, s)
            new.append(best)
        else:
            _merge(corpus, best, e, recips, country)
        con.execute("INSERT INTO incident_events VALUES (?, ?, ?)", [e.id, best, e.article_id])
    return new


def _merge(corpus: Corpus, iid: str, e: Event, recips: list[str], country: str | None) -> None:
    """Fold what one report states into its incident: the union of full actor and recipient keys at their
    most specific, the top-level recipient and the country when the incident had none (a first report
    "US forces shot down the drones", a later one "US forces shot down drones launched by the Houthis"
    -> recipient ``HOUTHIS``). When the recipient is filled in, the incident's dyad counts move with it."""
    con = corpus.con
    row = con.execute(
        "SELECT actor, recipient, actor_full, recipient_full, country, date, score, pentacode FROM incidents WHERE id = ?",
        [iid],
    ).fetchone()
    if row is None:
        return
    actors, irecips, afull, rfull, icountry, day, s, pc = row
    irecips = list(irecips or [])
    afull, rfull = list(afull or []), list(rfull or [])
    new_afull = most_specific(afull, e.actor_keys)
    new_rfull = most_specific(rfull, e.stated_recipient_keys)
    # (a report whose recipients differ from the incident's does not join it: only an empty one is filled)
    new_recips = recips if not irecips else irecips
    new_country = icountry or country
    if (new_afull, new_rfull, new_recips, new_country) == (afull, rfull, irecips, icountry):
        return
    con.execute(
        "UPDATE incidents SET actor_full = ?, recipient_full = ?, recipient = ?, country = ? WHERE id = ?",
        [new_afull, new_rfull, new_recips, new_country, iid],
    )
    if new_recips != irecips:
        day_s = day.isoformat() if isinstance(day, date) else str(day)
        _add_dyad_days(corpus, day_s, list(actors or []), irecips, pc, float(s), sign=-1)
        _add_dyad_days(corpus, day_s, list(actors or []), new_recips, pc, float(s))


def _dyad_pairs(actors: list[str], recips: list[str]) -> list[tuple[str, str]]:
    """The dyads an incident counts under: each actor with each recipient; with no recipient, the actors of a
    reciprocal event with each other ("Iran and Hamas held talks")."""
    if not recips:
        return [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
    return [(a, r) for a in actors for r in recips if a != r]


def _add_dyad_days(corpus: Corpus, day: str, actors: list[str], recips: list[str], pc: int, s: float, sign: int = 1) -> None:
    """Count one incident in the daily aggregates of its dyads (``sign=-1`` takes it out again)."""
    for a, b in _dyad_pairs(actors, recips):
        x, y = sorted((a, b))
        cols = [sign if pc == k else 0 for k in range(5)]
        conflict = -s if s < 0 else 0.0
        corpus.con.execute(
            """INSERT INTO dyad_days VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (day, a, b) DO UPDATE SET p0 = p0 + excluded.p0, p1 = p1 + excluded.p1,
               p2 = p2 + excluded.p2, p3 = p3 + excluded.p3, p4 = p4 + excluded.p4,
               score = score + excluded.score, conflict = conflict + excluded.conflict, n = n + excluded.n""",
            [day, x, y, *cols, sign * s, sign * conflict, sign],
        )
        if sign < 0:
            corpus.con.execute("DELETE FROM dyad_days WHERE day = ? AND a = ? AND b = ? AND n <= 0", [day, x, y])


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
