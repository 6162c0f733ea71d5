"""End to end through the CLI: JSONL contract, DuckDB storage, idempotency, exit codes."""

from __future__ import annotations

import json

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from eventcoder.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_run(seed_path):
    res = runner.invoke(app, ["code", str(seed_path)])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_seed_events_validate(seed_run, event_schema):
    assert len(seed_run) >= 5
    for rec in seed_run:
        jsonschema.validate(rec, event_schema)


def test_seed_events_carry_evidence(seed_path, seed_run):
    text = seed_path.read_text()
    body = text[text.index("In a recent meeting"):]
    for rec in seed_run:
        s, e = rec["span"]
        assert body[s:e].strip() == rec["text"]
        assert rec["event_text"].split()[-1] in rec["text"]


def test_db_and_idempotent(tmp_path, seed_path, seed_run):
    db = tmp_path / "c.duckdb"
    for _ in range(2):
        res = runner.invoke(app, ["code", str(seed_path), "--db", str(db)])
        assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == 1
    assert con.execute("select count(*) from events").fetchone()[0] == len(seed_run)
    stored = {r[0] for r in con.execute("select id from events").fetchall()}
    assert stored == {r["id"] for r in seed_run}
    con.close()
    res = runner.invoke(app, ["ingest", str(seed_path), "--db", str(db)])
    assert res.exit_code == 0 and "1 already stored" in res.output


def test_bad_files_reported_rest_stored(tmp_path, seed_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(seed_path.read_text())
    (d / "empty.txt").write_text("")
    (d / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "ok1", "text": "Russian forces shelled Kharkiv on Monday, Ukrainian officials said."}) + "\n{broken\n"
    )
    db = tmp_path / "c.duckdb"
    res = runner.invoke(app, ["ingest", str(d), "--db", str(db)])
    assert res.exit_code == 1
    assert "empty.txt" in res.output and "blob.txt" in res.output and "feed.jsonl:2" in res.output
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == 2
    con.close()


def test_nothing_codable_is_exit_2(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    res = runner.invoke(app, ["code", str(f)])
    assert res.exit_code == 2


def test_usage_error_is_exit_2():
    res = runner.invoke(app, ["code"])
    assert res.exit_code == 2


def test_events_and_export(tmp_path, seed_path):
    db = tmp_path / "c.duckdb"
    assert runner.invoke(app, ["code", str(seed_path), "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["events", "--db", str(db), "--actor", "IRN", "--format", "jsonl"])
    assert res.exit_code == 0
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert recs and all(
        any(k == "IRN" or k.startswith("IRN.") for k in [a["key"] for a in r["actor"] + r["recipient"]]) for r in recs
    )
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.startswith("id,article_id,date,event")
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"e.{fmt}"
        res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
        assert res.exit_code == 0 and out.stat().st_size > 0
    import pyarrow.parquet as pq

    t = pq.read_table(tmp_path / "e.parquet")
    con = duckdb.connect(str(db), read_only=True)
    assert t.num_rows == con.execute("select count(*) from events").fetchone()[0]
    con.close()
