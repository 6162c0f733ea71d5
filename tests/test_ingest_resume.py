"""Ingestion survives being killed between storing a batch and analysing it.

Real coder, real DuckDB files, the real CLI: a run killed after a batch is stored (or in the middle of
its analyses) leaves the batch queued, and the next ``ingest`` / ``code --db`` analyses it first, so
its commitments, alerts and incidents appear exactly once, as in a run that was never killed.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventcoder.analysis as analysis
from eventcoder.analysis import analyse_pending, on_new_events
from eventcoder.cli import app
from eventcoder.commitments import commitment_of
from eventcoder.engine import code_parallel
from eventcoder.ingest import read_path
from eventcoder.models import Actor
from eventcoder.store import SCHEMA_VERSION, Corpus

runner = CliRunner()
DATA = Path(__file__).parent / "data"


class Killed(BaseException):
    """Stands for the process being killed at that point (not an error the code could catch and go on from)."""


@pytest.fixture()
def news(tmp_path, seed_path):
    """A folder with the seed (dated: it states Iran's conditional commitment), a strike on Gaza and a
    later strike on Iran (which meets the commitment's condition)."""
    d = tmp_path / "news"
    d.mkdir()
    (d / "a-seed.txt").write_text("Date: 2023-11-05\n" + seed_path.read_text())
    shutil.copy(DATA / "israel-strikes-gaza.txt", d / "b-gaza.txt")
    shutil.copy(DATA / "israel-strikes-iran.txt", d / "c-iran.txt")
    return d


def _ok(res):
    assert res.exit_code == 0, res.output
    return res


def _state(db):
    """Everything the analyses store, comparable between files."""
    with Corpus(db, read_only=True) as c:
        def q(sql):
            return sorted(repr(r) for r in c.con.execute(sql).fetchall())

        return {
            "commitments": q("SELECT id, event_id, status FROM commitments"),
            "alerts": q("SELECT id, commitment_id, event_id FROM alerts"),
            "incidents": q("SELECT id, event, actor, recipient, actor_full, recipient_full, country FROM incidents"),
            "incident_events": q("SELECT event_id, incident_id FROM incident_events"),
            "dyad_days": q("SELECT day, a, b, p0, p1, p2, p3, p4, n FROM dyad_days"),
        }


def _queued(db) -> int:
    with Corpus(db, read_only=True) as c:
        return c.n_unanalysed()


def _coded(path):
    """One article coded by the real coder, as ``ingest`` stores it."""
    (article,) = list(read_path(path))
    (c,) = list(code_parallel([article]))
    return c.article, c.events, c.mentions


@pytest.fixture()
def reference(news, tmp_path):
    """The same folder ingested by one run that nobody killed."""
    db = tmp_path / "ref.duckdb"
    _ok(runner.invoke(app, ["ingest", str(news), "--db", str(db)]))
    state = _state(db)
    assert len(state["alerts"]) == 1 and state["commitments"] and state["incidents"]
    return state


def test_killed_after_storing_then_ingest_again(news, reference, tmp_path, monkeypatch):
    db = tmp_path / "c.duckdb"
    real = analysis.analyse_pending

    def killed_once_work_is_stored(corpus, notify_cmd=None):
        if corpus.n_unanalysed():
            raise Killed
        return real(corpus, notify_cmd)

    monkeypatch.setattr(analysis, "analyse_pending", killed_once_work_is_stored)
    with pytest.raises(Killed):
        runner.invoke(app, ["ingest", str(news), "--db", str(db)])
    monkeypatch.setattr(analysis, "analyse_pending", real)

    with Corpus(db, read_only=True) as c:
        assert c.counts()["articles"] == 3
    killed = _state(db)
    assert killed["commitments"] == [] and killed["alerts"] == [] and killed["incidents"] == []
    assert _queued(db) > 0

    notified = tmp_path / "notified.jsonl"
    hook = f"sh -c 'cat >> {notified}'"
    res = _ok(runner.invoke(app, ["ingest", str(news), "--db", str(db), "--notify-cmd", hook]))
    assert "added 0 article(s) (3 already stored" in res.output
    assert res.output.count("ALERT") == 1
    assert _state(db) == reference
    assert _queued(db) == 0
    assert len(notified.read_text().splitlines()) == 1

    # once more over everything: a no-op
    res = _ok(runner.invoke(app, ["ingest", str(news), "--db", str(db), "--notify-cmd", hook]))
    assert "ALERT" not in res.output
    assert _state(db) == reference
    assert len(notified.read_text().splitlines()) == 1


def test_killed_in_the_middle_of_the_analyses(news, tmp_path, monkeypatch):
    """The commitments and the alert of a batch are written, then the run dies before its incidents:
    nothing of that batch's analyses stays, and ``code --db`` run again does them once."""
    db = tmp_path / "c.duckdb"
    _ok(runner.invoke(app, ["ingest", str(news / "a-seed.txt"), "--db", str(db)]))
    before = _state(db)
    assert before["commitments"] and not before["alerts"]

    def boom(corpus, events):
        raise Killed

    notified = tmp_path / "notified.jsonl"
    hook = f"sh -c 'cat >> {notified}'"
    monkeypatch.setattr(analysis, "assign_incidents", boom)
    with pytest.raises(Killed):
        runner.invoke(app, ["code", str(news / "c-iran.txt"), "--db", str(db), "--notify-cmd", hook])
    monkeypatch.undo()

    assert _state(db) == before  # the alert written before the crash was rolled back with the rest
    assert _queued(db) > 0
    assert not notified.exists()

    res = _ok(runner.invoke(app, ["code", str(news / "c-iran.txt"), "--db", str(db), "--notify-cmd", hook]))
    assert res.output.count("ALERT") == 1
    after = _state(db)
    assert len(after["alerts"]) == 1 and after["incidents"] != before["incidents"]
    assert len(notified.read_text().splitlines()) == 1
    assert _queued(db) == 0

    res = _ok(runner.invoke(app, ["code", str(news / "c-iran.txt"), "--db", str(db), "--notify-cmd", hook]))
    assert "ALERT" not in res.output and _state(db) == after
    assert len(notified.read_text().splitlines()) == 1


def test_killed_before_sending_an_alert_sends_it_next_run(news, tmp_path, monkeypatch):
    """The batch and its alert are committed, then the run dies before the notify command ran: the next
    run sends the alert (once), and a run after that sends nothing."""
    import eventcoder.commitments as commitments

    db = tmp_path / "c.duckdb"
    _ok(runner.invoke(app, ["ingest", str(news / "a-seed.txt"), "--db", str(db)]))
    notified = tmp_path / "notified.jsonl"
    hook = f"sh -c 'cat >> {notified}'"

    real = commitments.notify_pending

    def killed_once_an_alert_is_owed(corpus, cmd):
        if corpus.con.execute("SELECT count(*) FROM alerts WHERE notified = FALSE").fetchone()[0]:
            raise Killed
        return real(corpus, cmd)

    monkeypatch.setattr(commitments, "notify_pending", killed_once_an_alert_is_owed)
    with pytest.raises(Killed):
        runner.invoke(app, ["ingest", str(news / "c-iran.txt"), "--db", str(db), "--notify-cmd", hook])
    monkeypatch.undo()
    assert len(_state(db)["alerts"]) == 1 and _queued(db) == 0
    assert not notified.exists()

    _ok(runner.invoke(app, ["ingest", str(news / "c-iran.txt"), "--db", str(db)]))  # no command: still owed
    assert not notified.exists()
    for _ in range(2):
        res = _ok(runner.invoke(app, ["ingest", str(news / "c-iran.txt"), "--db", str(db), "--notify-cmd", hook]))
        assert "ALERT" not in res.output  # raised (and printed) by the killed run; only the sending was owed
        sent = [json.loads(x) for x in notified.read_text().splitlines()]
        with Corpus(db, read_only=True) as c:
            assert [a["id"] for a in sent] == [r[0] for r in c.con.execute("SELECT id FROM alerts").fetchall()]


def test_unanalysed_batches_are_analysed_in_stored_order(news, tmp_path):
    """Two batches stored by runs that died before analysing: the commitment (first batch) must be on
    record before the strike (second batch) is checked against it, or the alert is missed."""
    db = tmp_path / "c.duckdb"
    with Corpus(db) as c:
        assert c.add_many([_coded(news / "a-seed.txt")])
        assert c.add_many([_coded(news / "c-iran.txt")])
        assert c.n_unanalysed() > 0
    res = _ok(runner.invoke(app, ["ingest", str(news / "c-iran.txt"), "--db", str(db)]))
    assert "added 0 article(s)" in res.output and res.output.count("ALERT") == 1
    assert len(_state(db)["alerts"]) == 1 and _queued(db) == 0


def test_a_file_of_the_old_schema_opens_and_ingests(news, tmp_path):
    db = tmp_path / "old.duckdb"
    _ok(runner.invoke(app, ["ingest", str(news / "a-seed.txt"), "--db", str(db)]))
    with Corpus(db) as c:  # make it a version-1 file: no analysis queue
        c.con.execute("DROP TABLE analysis_queue")
        c.con.execute("ALTER TABLE alerts DROP COLUMN notified")
        c.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    before = _state(db)

    assert _json(runner.invoke(app, ["alerts", "--db", str(db), "--format", "json"])) == []  # read-only open
    with Corpus(db) as c:
        assert c.schema_version() == SCHEMA_VERSION and c.n_unanalysed() == 0  # its events count as analysed
    assert _state(db) == before

    res = _ok(runner.invoke(app, ["ingest", str(news / "c-iran.txt"), "--db", str(db)]))
    assert res.output.count("ALERT") == 1
    assert len(_state(db)["alerts"]) == 1


def _json(res):
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_on_new_events_takes_events_off_the_queue(news, tmp_path):
    with Corpus(tmp_path / "c.duckdb") as c:
        article, events, mentions = _coded(news / "a-seed.txt")
        c.add_many([(article, events, mentions)])
        assert c.n_unanalysed() == len({e.id for e in events}) > 0
        on_new_events(c, events)
        assert c.n_unanalysed() == 0
        assert analyse_pending(c) == []
        c.add_many([_coded(news / "c-iran.txt")])
        assert len(analyse_pending(c)) == 1
        assert analyse_pending(c) == [] and c.n_unanalysed() == 0


def test_unknown_parties_make_no_commitment(news):
    """The bare ``UNK`` (an attacker the text leaves unknown) is no party, like ``UNK:name``."""
    _, events, _ = _coded(news / "a-seed.txt")
    stated = [e for e in events if commitment_of(e) is not None]
    assert stated
    e = stated[0]
    assert e.condition is not None
    unknown = Actor(key="UNK", code="UNK", sector=None, entity_text="someone")
    assert commitment_of(dataclasses.replace(e, actor=(unknown,))) is None
    cond = dataclasses.replace(e.condition, actor=(unknown,), recipient=())
    assert commitment_of(dataclasses.replace(e, condition=cond)) is None
    cond = dataclasses.replace(e.condition, actor=(unknown, *e.condition.actor))
    c = commitment_of(dataclasses.replace(e, condition=cond))
    assert c is not None and "UNK" not in c.trigger.actors


def test_a_batch_whose_analysis_fails_does_not_block_later_ones(news, tmp_path, monkeypatch, caplog):
    """An ordinary error in one stored batch's analyses is logged, that batch stays queued for the next run,
    and the batches after it are analysed."""
    db = tmp_path / "c.duckdb"
    with Corpus(db) as c:
        assert c.add_many([_coded(news / "a-seed.txt")])
        assert c.add_many([_coded(news / "c-iran.txt")])
    real = analysis.on_new_events
    calls = []

    def fails_first(corpus, events, *a, **kw):
        calls.append(len(calls))
        if len(calls) == 1:
            raise ValueError("bad record")
        return real(corpus, events, *a, **kw)

    monkeypatch.setattr(analysis, "on_new_events", fails_first)
    with Corpus(db) as c:
        queued = c.n_unanalysed()
        analyse_pending(c)
        assert 0 < c.n_unanalysed() < queued  # the first batch waits, the second was analysed
    assert "bad record" in caplog.text
    monkeypatch.undo()
    with Corpus(db) as c:
        analyse_pending(c)
        assert c.n_unanalysed() == 0
