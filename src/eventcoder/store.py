"""The DuckDB store (:class:`Corpus`): articles, events, actor mentions and actors in one file.

Writes go through one connection in transactions, one batch of articles at a time, keyed on the
article id: re-ingesting an article adds nothing, and a run killed mid-batch loses only that batch,
which the next run codes again. Events keep their evidence sentence and span.

Each stored batch also queues its events for the incremental analyses (``analysis_queue``), in the same
transaction; the analyses take them off the queue in the transaction that records their results
(:func:`eventcoder.analysis.analyse_pending`). A run killed between storing a batch and analysing it
leaves the batch queued, and the next run analyses it first: every stored event is analysed once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError
from .models import Article, Event, Mention

#: 1: articles, events, mentions, actors (+ the analysis tables).
#: 2: ``analysis_queue``, the stored events the incremental analyses have not processed yet. A version-1
#:    file gets the queue empty: its runs analysed each batch right after storing it.
#: 3: ``events.date_precision`` (day | month | year: how much of ``date`` the text gives). A version-2 file's
#:    dated events were all dated to a day and are marked so.
SCHEMA_VERSION = 3

_DDL = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, url VARCHAR, source VARCHAR,
        path VARCHAR, text VARCHAR, n_events INTEGER, ingested_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, date DATE, event VARCHAR NOT NULL,
        mode VARCHAR, context VARCHAR[], actor_keys VARCHAR[], recipient_keys VARCHAR[],
        negated BOOLEAN, modality VARCHAR, has_condition BOOLEAN, event_text VARCHAR, text VARCHAR,
        span_start INTEGER, span_end INTEGER, country VARCHAR, lat DOUBLE, lon DOUBLE,
        confidence DOUBLE, record JSON)""",
    """CREATE TABLE IF NOT EXISTS mentions (
        article_id VARCHAR, start_char INTEGER, end_char INTEGER, entity_text VARCHAR, key VARCHAR,
        name VARCHAR, via VARCHAR, kind VARCHAR, PRIMARY KEY (article_id, start_char, end_char))""",
    """CREATE TABLE IF NOT EXISTS actors (
        key VARCHAR PRIMARY KEY, name VARCHAR, code VARCHAR, sector VARCHAR, kind VARCHAR)""",
    # stored events not yet analysed, by stored batch and order within it (see ``add_many``)
    """CREATE TABLE IF NOT EXISTS analysis_queue (
        event_id VARCHAR PRIMARY KEY, batch BIGINT NOT NULL, seq INTEGER NOT NULL)""",
    # version 3; last, so that the column comes after ``record`` in new and migrated files alike
    """ALTER TABLE events ADD COLUMN IF NOT EXISTS date_precision VARCHAR""",
    """CREATE INDEX IF NOT EXISTS events_article ON events(article_id)""",
    """CREATE INDEX IF NOT EXISTS events_date ON events(date)""",
]


#: the columns of ``events`` in the order ``_insert_events`` writes them (named, so that a file migrated from an
#: older version, whose added columns come last, is written the same way)
_EVENT_COLUMNS = (
    "id", "article_id", "date", "event", "mode", "context", "actor_keys", "recipient_keys", "negated", "modality",
    "has_condition", "event_text", "text", "span_start", "span_end", "country", "lat", "lon", "confidence", "record",
    "date_precision",
)


class Corpus:
    """An eventcoder corpus in a DuckDB file (or ``":memory:"``).

    >>> with Corpus("corpus.duckdb") as db:          # doctest: +SKIP
    ...     db.add(article, events, mentions)
    ...     db.events(actor="IRN", type="ASSAULT")
    """

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False) -> None:
        self.path = str(path)
        self._precision_column: bool | None = None
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the database: {exc}", path=self.path) from exc
        if not read_only:
            self._migrate()

    def _migrate(self) -> None:
        """Create what is missing and record the schema version. Every version's change is a table or
        column added with ``IF NOT EXISTS``, so a file of an older version opens and is brought up to date."""
        for stmt in _DDL:
            self.con.execute(stmt)
        self._hooks_ddl()
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        old = int(row[0]) if row and str(row[0]).isdigit() else 0
        if old < 3:
            # a file written before precision existed dated every event to a day
            self.con.execute("UPDATE events SET date_precision = 'day' WHERE date IS NOT NULL AND date_precision IS NULL")
        if old < SCHEMA_VERSION:
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def _has_precision(self) -> bool:
        """Has ``events`` the ``date_precision`` column (every file but an older one opened read-only)? Asked once."""
        if self._precision_column is None:
            self._precision_column = bool(self.con.execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'date_precision'"
            ).fetchone()[0])  # type: ignore[index]
        return self._precision_column

    def schema_version(self) -> int:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _hooks_ddl(self) -> None:
        """Analysis tables (commitments, incidents, ...) register their DDL here."""
        from . import commitments  # noqa: F401  (registers its tables)
        from .analysis import dedup  # noqa: F401

        for ddl in _EXTRA_DDL:
            self.con.execute(ddl)

    # ------------------------------------------------------------------ context
    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ------------------------------------------------------------------ writes
    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is stored together or not at all (an exception rolls it back and re-raises)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def add_many(self, coded: Iterable[tuple[Article, Iterable[Event], Iterable[Mention]]]) -> list[str]:
        """Store articles with their events and mentions in one transaction; returns the ids added.

        Articles already stored are skipped (idempotent by article id). The events of the articles added
        are queued for the incremental analyses in the same transaction, as one batch in stored order.
        """
        added: list[str] = []
        items = list(coded)
        known = self.known_ids(a.id for a, _, _ in items)
        try:
            with self.transaction():
                queued: list[str] = []
                for article, events, mentions in items:
                    if article.id in known or article.id in added:
                        continue
                    evs = list(events)
                    self._insert_article(article, len(evs))
                    self._insert_events(evs)
                    self._insert_mentions(article.id, mentions)
                    added.append(article.id)
                    queued += [e.id for e in evs]
                self._enqueue(queued)
        except Exception as exc:
            raise StoreError(f"could not store the batch: {exc}", path=self.path) from exc
        return added

    def _enqueue(self, event_ids: list[str]) -> None:
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return
        row = self.con.execute("SELECT coalesce(max(batch), 0) + 1 FROM analysis_queue").fetchone()
        batch = int(row[0]) if row else 1
        self.con.executemany(
            "INSERT OR IGNORE INTO analysis_queue VALUES (?, ?, ?)", [[eid, batch, i] for i, eid in enumerate(ids)]
        )

    # ------------------------------------------------------------------ analysis queue
    def next_unanalysed(self, after: int = -1) -> tuple[int, list[Event]]:
        """The oldest batch after ``after`` the analyses have not processed: its number and its stored events in
        stored order ((-1, []) if none)."""
        row = self.con.execute("SELECT min(batch) FROM analysis_queue WHERE batch > ?", [after]).fetchone()
        if not row or row[0] is None:
            return -1, []
        batch = int(row[0])
        rows = self.con.execute(
            "SELECT e.record FROM analysis_queue q JOIN events e ON e.id = q.event_id WHERE q.batch = ? ORDER BY q.seq", [batch]
        ).fetchall()
        if not rows:
            # queued ids with no stored event (cannot happen through add_many) must not block the queue
            self.con.execute("DELETE FROM analysis_queue WHERE batch = ?", [batch])
            return self.next_unanalysed(after)
        return batch, [Event.from_dict(json.loads(r[0])) for r in rows]

    def mark_analysed(self, event_ids: Iterable[str]) -> None:
        """Take events off the analysis queue (call in the transaction that stores their analyses)."""
        ids = list(event_ids)
        if ids:
            self.con.execute("DELETE FROM analysis_queue WHERE event_id IN (SELECT unnest(?))", [ids])

    def n_unanalysed(self) -> int:
        row = self.con.execute("SELECT count(*) FROM analysis_queue").fetchone()
        return int(row[0]) if row else 0

    def add(self, article: Article, events: Iterable[Event], mentions: Iterable[Mention] = ()) -> bool:
        """Store one article; False if it was already there."""
        return bool(self.add_many([(article, events, mentions)]))

    def _insert_article(self, a: Article, n: int) -> None:
        self.con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.id, a.title, a.published, a.url, a.source, a.path, a.text, n, datetime.now(timezone.utc).replace(tzinfo=None)],
        )

    def _insert_events(self, events: list[Event]) -> None:
        rows = []
        for e in events:
            loc = e.event_loc
            rows.append(
                [
                    e.id, e.article_id, e.date, e.event, e.mode, list(e.context), list(e.actor_keys),
                    list(e.recipient_keys), e.negated, e.modality, e.condition is not None, e.event_text,
                    e.text, e.span[0], e.span[1], loc.country if loc else None, loc.lat if loc else None,
                    loc.lon if loc else None, e.confidence, json.dumps(e.to_dict(), ensure_ascii=False),
                    e.date_precision,
                ]
            )
            for a in (*e.actor, *e.recipient):
                self.con.execute(
                    "INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?, ?)",
                    [a.key, a.name or a.entity_text, a.code, a.sector, "unresolved" if a.key.startswith("UNK:") else None],
                )
        if rows:
            self.con.executemany(
                "INSERT OR IGNORE INTO events (" + ", ".join(_EVENT_COLUMNS) + ") VALUES ("
                + ", ".join("?" * len(_EVENT_COLUMNS)) + ")", rows
            )

    def _insert_mentions(self, article_id: str, mentions: Iterable[Mention]) -> None:
        rows = [[article_id, m.start, m.end, m.entity_text, m.key, m.name, m.via, m.kind] for m in mentions]
        if rows:
            self.con.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # ------------------------------------------------------------------ reads
    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("articles", "events", "mentions", "actors"):
            row = self.con.execute(f"SELECT count(*) FROM {t}").fetchone()
            out[t] = int(row[0]) if row else 0
        return out

    def events(
        self,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        article_id: str | None = None,
        include_negated: bool = True,
        limit: int | None = None,
        precision: str | Iterable[str] | None = None,
    ) -> list[Event]:
        """Events matching the filters; ``actor`` matches actor or recipient by the dotted-prefix rule;
        ``precision`` keeps the events dated at that precision or those ("day": the news, without the background
        acts dated only to a month or a year; ("month", "year"): those background acts). ``since`` and ``until``
        compare ``date``, which for a month or a year is its first day: "--since 2021-01-01" keeps an act of
        "2021", "--since 2021-06-01" does not; pass ``precision="day"`` to window the news alone."""
        where, params = [], []  # type: list[str], list[Any]
        if actor:
            where.append(
                "EXISTS (SELECT 1 FROM unnest(actor_keys || recipient_keys) AS t(k) WHERE k = ? OR starts_with(k, ? || '.'))"
            )
            params += [actor, actor]
        if type:
            where.append("event = ?")
            params.append(type.upper())
        w, p = date_window(since, until)
        where += w
        params += p
        if article_id:
            where.append("article_id = ?")
            params.append(article_id)
        if not include_negated:
            where.append("NOT negated")
        if precision:
            wanted = [precision] if isinstance(precision, str) else list(precision)
            if self._has_precision():
                where.append("date_precision IN (SELECT unnest(?))")
                params.append(wanted)
            else:
                # an older file opened read-only (not migrated): its dated events were all dated to a day
                where.append("date IS NOT NULL" if "day" in wanted else "FALSE")
        sql = "SELECT record FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date NULLS LAST, article_id, span_start, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Event.from_dict(json.loads(r[0])) for r in self.con.execute(sql, params).fetchall()]

    def iter_records(self) -> Iterator[dict[str, Any]]:
        for (rec,) in self.con.execute("SELECT record FROM events ORDER BY date NULLS LAST, article_id, span_start, id").fetchall():
            yield json.loads(rec)

    def articles(self) -> list[dict[str, Any]]:
        cur = self.con.execute("SELECT id, title, published, source, path, n_events FROM articles ORDER BY published, id")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def unresolved(self) -> list[tuple[str, str, int]]:
        """Unresolved named actors (``UNK:`` keys) with how often they were mentioned."""
        return [
            (r[0], r[1], int(r[2]))
            for r in self.con.execute(
                "SELECT key, any_value(entity_text), count(*) AS n FROM mentions WHERE key LIKE 'UNK:%' "
                "GROUP BY key ORDER BY n DESC, key"
            ).fetchall()
        ]

    def mentions(self, article_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT article_id, start_char, end_char, entity_text, key, name, via, kind FROM mentions"
        params: list[Any] = []
        if article_id:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        cur = self.con.execute(sql + " ORDER BY article_id, start_char", params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


def date_window(since: str | None, until: str | None, column: str = "date") -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for ``since <= column <= until`` (either bound optional)."""
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)
    return where, params


#: DDL statements that analysis modules add (they append at import time).
_EXTRA_DDL: list[str] = []


def register_ddl(*statements: str) -> None:
    """Let an analysis module add its tables to every Corpus."""
    for s in statements:
        if s not in _EXTRA_DDL:
            _EXTRA_DDL.append(s)
