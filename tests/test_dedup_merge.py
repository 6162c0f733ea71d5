"""An incident carries the fullest actors and recipients its reports state, whichever report came first.

Real coder, real DuckDB files, articles ingested one run at a time through the CLI (a later run's report
joins the incident an earlier run opened), and constructed events where the dyad counts are at stake.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.analysis import build_network, dyad_series, on_new_events
from eventcoder.analysis.dedup import most_specific
from eventcoder.cli import app
from eventcoder.models import Actor, Article, Event
from eventcoder.store import Corpus

runner = CliRunner()

DAY = "2024-03-05"
# one overnight strike, told four ways: with no target, with the state, with its army, by the state itself
NO_TARGET = "Russian forces launched a large missile strike overnight, destroying a power station, officials said."
ON_STATE = "Russian forces launched a large missile strike on Ukraine overnight, destroying a power station near Kharkiv."
ON_ARMY = ("Russian forces launched a large missile strike overnight on Ukrainian army positions, destroying an "
           "ammunition depot near Kharkiv.")
BY_STATE = "Russia launched a large missile strike overnight, destroying a power station near Kharkiv, the governor said."


def _article(tmp_path: Path, name: str, body: str, day: str = DAY) -> Path:
    p = tmp_path / f"{name}.txt"
    p.write_text(f"Title: {name}\nDate: {day}\n\n{body}\n")
    return p


def _ingest(db: Path, *paths: Path) -> str:
    res = runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return res.output


def _strikes(db: Path) -> list[dict]:
    """The stored ASSAULT incidents of Russia, with the reports that joined each."""
    with Corpus(db) as c:
        rows = c.con.execute(
            """SELECT i.id, i.recipient, i.actor_full, i.recipient_full, count(DISTINCT ie.article_id)
               FROM incidents i JOIN incident_events ie ON ie.incident_id = i.id
               WHERE i.event = 'ASSAULT' AND i.actor = ['RUS'] GROUP BY ALL ORDER BY i.id"""
        ).fetchall()
    return [dict(id=r[0], recipient=list(r[1]), actor_full=sorted(r[2]), recipient_full=sorted(r[3]), n_articles=r[4])
            for r in rows]


def _tables(db: Path) -> dict[str, list]:
    with Corpus(db) as c:
        return {t: sorted(map(str, c.con.execute(f"SELECT * FROM {t}").fetchall()))
                for t in ("incidents", "incident_events", "dyad_days")}


@pytest.mark.parametrize("order", ["vague first", "named first"])
def test_a_later_report_names_the_recipient(tmp_path, order):
    """A first report that names no target and one that does are one incident aimed at the target: the
    network and the dyad's escalation series count it, whichever report was ingested first."""
    db = tmp_path / "c.duckdb"
    reports = [_article(tmp_path, "vague", NO_TARGET), _article(tmp_path, "named", ON_STATE)]
    for p in reports if order == "vague first" else reports[::-1]:
        _ingest(db, p)
    (inc,) = _strikes(db)
    assert inc["n_articles"] == 2
    assert inc["recipient"] == ["UKR"] and inc["recipient_full"] == ["UKR"] and inc["actor_full"] == ["RUS.MIL"]
    with Corpus(db) as c:
        g = build_network(c)
        assert g.has_edge("RUS", "UKR") and g["RUS"]["UKR"]["n"] == 1 and g["RUS"]["UKR"]["weight"] < 0
        series = dyad_series(c, "RUS", "UKR")
    assert [(r["date"], r["incidents"]) for r in series] == [(DAY, 1)]


@pytest.mark.parametrize("order", ["vague first", "specific first"])
def test_later_reports_make_actor_and_recipient_more_specific(tmp_path, order):
    """"Russia struck Ukraine" and "Russian forces struck Ukrainian army positions": the incident keeps the
    most specific keys (RUS.MIL against UKR.MIL), so the network by sector shows the armies, not the states."""
    db = tmp_path / "c.duckdb"
    reports = [_article(tmp_path, "state", BY_STATE), _article(tmp_path, "army", ON_ARMY)]
    for p in reports if order == "vague first" else reports[::-1]:
        _ingest(db, p)
    (inc,) = _strikes(db)
    assert inc["n_articles"] == 2
    assert inc["actor_full"] == ["RUS.MIL"] and inc["recipient_full"] == ["UKR.MIL"] and inc["recipient"] == ["UKR"]
    with Corpus(db) as c:
        g = build_network(c, granularity="full")
    assert set(g.edges) == {("RUS.MIL", "UKR.MIL")}


def test_distinct_bodies_of_one_side_are_all_kept():
    """Reports that name different bodies of one state keep both (no report says which was wrong); a
    body's state alone gives way to it."""
    assert most_specific(["UKR"], ["UKR.MIL"]) == ["UKR.MIL"]
    assert most_specific(["UKR.MIL"], ["UKR"], ["UKR.GOV"]) == ["UKR.MIL", "UKR.GOV"]
    assert most_specific(["UKR.MIL", "UNK:some brigade"], ["UKR.MIL"]) == ["UKR.MIL", "UNK:some brigade"]
    assert most_specific([], []) == []


def test_recipients_read_from_the_article_never_join_the_incident(tmp_path):
    """A report whose target is only the article's other party (``inferred``) adds no recipient; a later
    report that names the target does, and only it."""
    db = tmp_path / "c.duckdb"
    guessed = _article(tmp_path, "guessed", NO_TARGET + " Ukraine's energy minister said repairs would take weeks.")
    _ingest(db, guessed)
    with Corpus(db) as c:
        (strike,) = [e for e in c.events(type="ASSAULT")]
    assert strike.stated_recipient_keys == () and any(r.inferred for r in strike.recipient), strike
    _ingest(db, _article(tmp_path, "vague", NO_TARGET.replace("officials said", "the mayor said")))
    (inc,) = _strikes(db)
    assert inc["n_articles"] == 2 and inc["recipient"] == [] and inc["recipient_full"] == []
    with Corpus(db) as c:
        assert build_network(c).number_of_edges() == 0
    _ingest(db, _article(tmp_path, "named", ON_STATE))
    (inc,) = _strikes(db)
    assert inc["n_articles"] == 3 and inc["recipient_full"] == ["UKR"]


def test_re_running_ingestion_changes_nothing(tmp_path):
    """Ingesting the same files again, or handing the stored events to the analyses again, leaves incidents,
    their reports and the dyad counts as they were."""
    db = tmp_path / "c.duckdb"
    paths = [_article(tmp_path, "vague", NO_TARGET), _article(tmp_path, "named", ON_STATE), _article(tmp_path, "army", ON_ARMY)]
    for p in paths:
        _ingest(db, p)
    before = _tables(db)
    assert _strikes(db)[0]["recipient_full"] == ["UKR.MIL"]
    assert "added 0 article(s)" in _ingest(db, *paths)
    with Corpus(db) as c:
        on_new_events(c, c.events())
        on_new_events(c, c.events())
    assert _tables(db) == before


# ---------------------------------------------------------------- constructed events: the dyad counts


def A(key: str) -> Actor:
    return Actor(key, key.split(".")[0], key.split(".")[1] if "." in key else None, key)


def _ev(i: int, actors: list[str], recips: list[str], text: str, inferred: bool = False) -> Event:
    return Event(id=f"m{i}", article_id=f"art{i}", date="2024-06-02", event="ASSAULT", mode=None, context=(),
                 actor=tuple(map(A, actors)), recipient=tuple(Actor(r, r, None, r, inferred=inferred) for r in recips),
                 negated=False, modality="asserted", condition=None, event_text="x", text=text, span=(0, len(text)))


@pytest.fixture()
def corpus(tmp_path):
    """A corpus in a DuckDB file."""
    with Corpus(tmp_path / "m.duckdb") as db:
        yield db


def _dyads(corpus: Corpus) -> dict[tuple[str, str], int]:
    return {(a, b): n for a, b, n in corpus.con.execute("SELECT a, b, n FROM dyad_days").fetchall()}


def test_a_named_target_moves_the_incident_from_its_actors_pair_to_its_dyads(corpus):
    """"Militias of A and B attacked a convoy" first counts as something between A and B; once a report says
    whose convoy, the incident counts against that side, once, and no longer between A and B."""
    first = _ev(1, ["IRQ.REB", "SYR.REB"], [], "Militias from Iraq and Syria attacked a convoy near the border crossing.")
    later = _ev(2, ["IRQ.REB", "SYR.REB"], ["USA.MIL"], "Iraqi and Syrian militias attacked a US convoy near the border crossing.")
    again = _ev(3, ["IRQ.REB", "SYR.REB"], [], "Militias attacked a convoy near the border crossing, a monitor said.")
    for e in (first, later, again):
        corpus.add(Article(id=e.article_id, text="t"), [e])
    on_new_events(corpus, [first])
    assert _dyads(corpus) == {("IRQ", "SYR"): 1}
    on_new_events(corpus, [later, again])
    assert _dyads(corpus) == {("IRQ", "USA"): 1, ("SYR", "USA"): 1}
    row = corpus.con.execute("SELECT recipient, recipient_full, actor_full FROM incidents").fetchall()
    assert row == [(["USA"], ["USA.MIL"], ["IRQ.REB", "SYR.REB"])]
    series = dyad_series(corpus, "USA", "IRQ")
    assert series[0]["incidents"] == 1 and series[0]["material_conflict"] == 1 and series[0]["score"] < 0


def test_incident_record_is_traceable_to_each_report(corpus):
    """The incident's merged record does not overwrite the reports: each keeps its own keys in ``events``
    and its link in ``incident_events``."""
    first = _ev(1, ["ISR"], [], "Israeli jets struck a compound on the outskirts of the city.")
    later = _ev(2, ["ISR.MIL"], ["HEZBOLLAH"], "Israeli jets struck a Hezbollah compound on the outskirts of the city.")
    for e in (first, later):
        corpus.add(Article(id=e.article_id, text="t"), [e])
    on_new_events(corpus, [first, later])
    (iid, afull, rfull), = corpus.con.execute("SELECT id, actor_full, recipient_full FROM incidents").fetchall()
    assert afull == ["ISR.MIL"] and rfull == ["HEZBOLLAH"]
    links = corpus.con.execute("SELECT event_id, incident_id, article_id FROM incident_events ORDER BY event_id").fetchall()
    assert links == [("m1", iid, "art1"), ("m2", iid, "art2")]
    stored = {r[0]: (list(r[1]), list(r[2])) for r in corpus.con.execute("SELECT id, actor_keys, recipient_keys FROM events").fetchall()}
    assert stored == {"m1": (["ISR"], []), "m2": (["ISR.MIL"], ["HEZBOLLAH"])}
    assert json.loads(corpus.con.execute("SELECT record FROM events WHERE id = 'm1'").fetchone()[0])["recipient"] == []


def test_running_the_analyses_again_fills_a_record_left_short(corpus):
    """Handing stored events to the analyses again fills in the full keys of an incident whose record an
    older version left short (the later report's recipient known at the top level only)."""
    first = _ev(1, ["TUR"], [], "Turkish drones struck a depot near the town overnight.")
    later = _ev(2, ["TUR.MIL"], ["SYR.REB"], "Turkish army drones struck a rebel depot near the town overnight.")
    for e in (first, later):
        corpus.add(Article(id=e.article_id, text="t"), [e])
    on_new_events(corpus, [first, later])
    merged = corpus.con.execute("SELECT * FROM incidents").fetchall()
    corpus.con.execute("UPDATE incidents SET actor_full = ['TUR'], recipient_full = []")
    on_new_events(corpus, corpus.events())
    assert corpus.con.execute("SELECT * FROM incidents").fetchall() == merged
    assert build_network(corpus).has_edge("TUR", "SYR")
