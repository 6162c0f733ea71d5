"""The conflict-system commands end to end: real coder, real DuckDB file, through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app

runner = CliRunner()
DATA = Path(__file__).parent / "data"


@pytest.fixture()
def seeded(tmp_path, seed_path):
    """A corpus holding the seed article, dated (the seed carries no date)."""
    seed = tmp_path / "seed.txt"
    text = seed_path.read_text()
    seed.write_text("Date: 2023-11-05\n" + text)
    db = tmp_path / "c.duckdb"
    res = runner.invoke(app, ["ingest", str(seed), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return db


def _json(res):
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_seed_commitment_stored(seeded):
    rows = _json(runner.invoke(app, ["commitments", "--db", str(seeded), "--format", "json"]))
    iran = [r for r in rows if r["actor"] == ["IRN"] and r["negated"]]
    assert iran, rows
    trig = iran[0]["trigger"]
    assert "ASSAULT" in trig["types"] and set(trig["actors"]) >= {"ISR", "USA"} and "IRN" in trig["recipients"]
    assert iran[0]["status"] == "open"


def test_strike_on_iran_raises_one_alert_and_gaza_none(seeded, tmp_path):
    notified = tmp_path / "notified.jsonl"
    hook = f"sh -c 'cat >> {notified}'"
    res = runner.invoke(app, ["ingest", str(DATA / "israel-strikes-gaza.txt"), "--db", str(seeded), "--notify-cmd", hook])
    assert res.exit_code == 0, res.output
    assert _json(runner.invoke(app, ["alerts", "--db", str(seeded), "--format", "json"])) == []
    res = runner.invoke(app, ["ingest", str(DATA / "israel-strikes-iran.txt"), "--db", str(seeded), "--notify-cmd", hook])
    assert res.exit_code == 0 and "ALERT" in res.output
    alerts = _json(runner.invoke(app, ["alerts", "--db", str(seeded), "--format", "json"]))
    assert len(alerts) == 1
    assert "unless it is directly attacked" in alerts[0]["commitment_text"]
    assert alerts[0]["event_text"].startswith("Israel attacked Iran")
    sent = [json.loads(x) for x in notified.read_text().splitlines()]
    assert [a["id"] for a in sent] == [alerts[0]["id"]]
    rows = _json(runner.invoke(app, ["commitments", "--db", str(seeded), "--format", "json", "--status", "triggered"]))
    assert len(rows) == 1


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, seed_path):
    root = Path(__file__).resolve().parents[1]
    d = tmp_path_factory.mktemp("samples")
    shutil.copytree(root / "data" / "samples", d / "samples")
    (d / "samples" / "seed.txt").write_text("Date: 2023-11-05\n" + seed_path.read_text())
    db = d / "s.duckdb"
    res = runner.invoke(app, ["ingest", str(d / "samples"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return db


def _membership(sample_db):
    return _json(runner.invoke(app, ["blocs", "--db", str(sample_db), "--format", "json"]))["membership"]


def test_blocs_from_seed_and_samples(sample_db):
    m = _membership(sample_db)
    axis = ["IRN", "HEZBOLLAH"]  # Hamas: test_blocs_put_hamas_with_iran
    west = ["ISR", "USA"]
    for k in axis + west:
        assert k in m and m[k] != 0, (k, m)
    side = {k: m[k] > 0 for k in axis + west}
    assert len({side[k] for k in axis}) == 1 and len({side[k] for k in west}) == 1 and side["IRN"] != side["ISR"]
    militias = [k for k in m if k in ("IRQ", "SYR", "KATAIB_HEZBOLLAH", "ISLAMIC_RESISTANCE_IRAQ") and m[k] != 0]
    assert militias and all((m[k] > 0) == side["IRN"] for k in militias), m


def test_blocs_put_hamas_with_iran(sample_db):
    m = _membership(sample_db)
    assert m.get("HAMAS", 0) != 0 and (m["HAMAS"] > 0) == (m["IRN"] > 0) != (m["ISR"] > 0), m


def test_five_articles_one_incident(sample_db):
    rows = _json(runner.invoke(app, ["incidents", "--db", str(sample_db), "--format", "json", "--min-articles", "5"]))
    assert len(rows) == 1 and rows[0]["n_articles"] == 5 and rows[0]["event"] == "ASSAULT"


def test_network_formats(sample_db, tmp_path):
    d = _json(runner.invoke(app, ["network", "--db", str(sample_db), "--format", "json"]))
    assert d["edges"] and all(set(e) >= {"source", "target", "weight", "n"} for e in d["edges"])
    full = _json(runner.invoke(app, ["network", "--db", str(sample_db), "--format", "json", "--granularity", "full"]))
    assert any("." in n["id"] for n in full["nodes"])
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"n.{fmt}"
        res = runner.invoke(app, ["network", "--db", str(sample_db), "--format", fmt, "-o", str(out)])
        assert res.exit_code == 0 and out.read_text().lstrip().startswith("<?xml")
    import networkx as nx

    assert nx.read_graphml(tmp_path / "n.graphml").number_of_edges() == len(d["edges"])


def test_escalation_plot(sample_db, tmp_path):
    png = tmp_path / "e.png"
    res = runner.invoke(app, ["escalation", "--db", str(sample_db), "--dyad", "HEZBOLLAH,ISR", "--plot", str(png), "--format", "json"])
    rows = _json(res)
    assert rows and all({"date", "score", "z", "spike"} <= set(r) for r in rows)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_listing_commands_reject_bad_format(sample_db):
    for cmd in ("commitments", "alerts", "incidents", "blocs"):
        assert runner.invoke(app, [cmd, "--db", str(sample_db), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["escalation", "--db", str(sample_db), "--dyad", "IRN"]).exit_code == 2
