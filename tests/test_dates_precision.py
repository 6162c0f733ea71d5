"""Date precision: background acts dated to a month or a year are coded with that date and precision, stored,
exported, and kept out of alerts, incidents and daily series (invented sentences and records)."""

from __future__ import annotations

import json

import duckdb
import pytest
from helpers import find_event, rule_events, show_events

from eventcoder.analysis import dyad_series, incidents, on_new_events
from eventcoder.cli import FLAT_COLUMNS, app, flat_row
from eventcoder.commitments import alerts
from eventcoder.evaluate import date_agrees
from eventcoder.events.timex import resolve_period
from eventcoder.models import Actor, Article, Condition, Event, date_label, precision_of
from eventcoder.store import Corpus


def A(key):
    return Actor(key, key.split(".")[0], key.split(".")[1] if "." in key else None, key)


_n = [0]


def ev(t, actors, recips=(), date="2024-06-10", precision="day", article="a1", text="Some sentence.", **kw):
    _n[0] += 1
    return Event(
        id=f"dp{_n[0]}", article_id=article, date=date, event=t, mode=None, context=(), actor=tuple(map(A, actors)),
        recipient=tuple(map(A, recips)), negated=kw.get("negated", False), modality=kw.get("modality", "asserted"),
        condition=kw.get("condition"), event_text="x", text=text, span=(0, len(text)), date_precision=precision,
    )


def store(corpus, events):
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    for aid, evs in by_article.items():
        corpus.add(Article(id=aid, text="t"), evs)
    return on_new_events(corpus, events)


# ------------------------------------------------------------------ timex
@pytest.mark.parametrize(
    "expr,published,future,want",
    [
        ("2019", "2025-04-02", False, ("2019-01-01", "year")),
        ("early 2020", "2025-04-02", False, ("2020-01-01", "year")),
        ("October 2021", "2025-04-02", False, ("2021-10-01", "month")),
        ("Sept. 2018", "2025-04-02", False, ("2018-09-01", "month")),
        ("last year", "2025-04-02", False, ("2024-01-01", "year")),
        ("last month", "2025-01-20", False, ("2024-12-01", "month")),
        # a month with no year: the latest one not after publication, across the new year
        ("August", "2025-04-02", False, ("2024-08-01", "month")),
        ("April", "2025-04-02", False, ("2025-04-01", "month")),
        ("January", "2025-04-02", False, ("2025-01-01", "month")),
        # in a future act: the next one not before publication
        ("January", "2025-04-02", True, ("2026-01-01", "month")),
        ("May last year", "2025-04-02", False, ("2024-05-01", "month")),
        ("last July", "2025-07-20", False, ("2024-07-01", "month")),
        ("last July", "2025-09-20", False, ("2025-07-01", "month")),
        ("the 1980s", "2025-04-02", False, None),
        ("the '90s", "2025-04-02", False, None),
        ("between 2016 and 2019", "2025-04-02", False, None),
        ("August 14", "2025-04-02", False, None),  # a day: resolve_date reads it
        ("14 August 2019", "2025-04-02", False, None),
        ("the spring", "2025-04-02", False, None),
    ],
)
def test_resolve_period(expr, published, future, want):
    assert resolve_period(expr, published, future) == want


# ------------------------------------------------------------------ coder
def _one(text, etype, actor, published="2025-04-02"):
    events = rule_events(text, published=published)
    e = find_event(events, etype, actor)
    assert e is not None, show_events(events)
    return e


def test_background_act_in_a_year_is_coded_with_the_year():
    e = _one("The Bolivian army staged a coup in 2019 and arrested the interior minister.", "COERCE", "BOL")
    assert (e.date, e.date_precision) == ("2019-01-01", "year")


def test_background_act_in_a_month_is_coded_with_the_month():
    e = _one("Ethiopian troops seized the border town in November 2020, residents recalled.", "ASSAULT", "ETH")
    assert (e.date, e.date_precision) == ("2020-11-01", "month")


def test_background_act_in_a_relative_clause_keeps_its_month_and_the_news_its_day():
    events = rule_events("The junta, which took power in a coup in July 2023, expelled the French ambassador on "
                         "Thursday.", published="2025-04-04")
    dates = {(e.event, e.date, e.date_precision) for e in events}
    assert ("COERCE", "2023-07-01", "month") in dates, dates
    assert ("SANCTION", "2025-04-03", "day") in dates, dates


def test_news_act_stays_dated_to_its_day():
    e = _one("Colombian police arrested a rebel commander on Monday.", "COERCE", "COL")
    assert (e.date, e.date_precision) == ("2025-03-31", "day")


def test_day_of_the_verb_outranks_the_year_of_a_noun():
    """"sentenced on Friday ... over riots in 2021": the sentence is the news."""
    events = rule_events("A Nairobi court on Friday sentenced eight police officers over the killing of "
                         "protesters in June 2021.", published="2025-04-05")
    assert find_event(events, "SANCTION", "KEN"), show_events(events)  # not passed by an empty list
    assert all(e.date_precision == "day" for e in events), [(e.event, e.date, e.date_precision) for e in events]


def test_act_dated_only_to_the_past_is_still_left_out():
    events = rule_events("Armenian officials have in the past accused Azerbaijan of shelling border villages.",
                         published="2025-04-02")
    assert find_event(events, "ACCUSE", "ARM") is None, show_events(events)


@pytest.mark.parametrize(
    "text,etype,actor,want",
    [
        # a "when" clause of a date restates it: this year's month, a relative year, an earlier year
        ("Violence has grown since February, when militants raided a Somali army base.", "ASSAULT", "SOM",
         ("2025-02-01", "month")),
        ("Relations have soured since last year, when Ethiopia expelled Sudanese diplomats.", "SANCTION", "ETH",
         ("2024-01-01", "year")),
        ("Trade has slowed since 2022, when Peruvian truckers blocked the main highways.", "PROTEST", "PER",
         ("2022-01-01", "year")),
    ],
)
def test_act_in_a_when_clause_of_a_date_takes_that_date(text, etype, actor, want):
    e = _one(text, etype, actor)
    assert (e.date, e.date_precision) == want


def test_act_in_a_when_clause_of_a_day_takes_the_day():
    e = _one("Fighting has spread since Sunday, when rebels shelled a Congolese army camp.", "ASSAULT", "COD")
    assert (e.date, e.date_precision) == ("2025-03-30", "day")


def test_year_before_a_noun_is_no_month():
    """"a 2011 march": the noun "march" is the protest, not the month."""
    e = _one("Chilean students staged a 2011 march against the education ministry.", "PROTEST", "CHL")
    assert (e.date, e.date_precision) == ("2011-01-01", "year")
    e = _one("Chilean students held an August 2011 march against the education ministry.", "PROTEST", "CHL")
    assert (e.date, e.date_precision) == ("2011-08-01", "month")


def test_background_act_named_by_its_year_is_dated_without_a_published_date():
    events = rule_events("The 2017 blockade of Qatar by Saudi Arabia ended in 2021.")
    e = find_event(events, "COERCE", "SAU")
    assert e is not None and (e.date, e.date_precision) == ("2017-01-01", "year"), show_events(events)


@pytest.mark.parametrize("decade", ["the 1990s", "the early 2000s"])
def test_act_dated_to_an_earlier_decade_is_left_out(decade):
    events = rule_events(f"Kurdish rebels attacked Turkish border posts in {decade}.", published="2025-04-02")
    assert find_event(events, "ASSAULT", "TUR") is None, show_events(events)
    events = rule_events("Kurdish rebels attacked Turkish border posts in 2016.", published="2025-04-02")
    assert (find_event(events, "ASSAULT", "TUR").date_precision) == "year", show_events(events)


def test_decade_start():
    from eventcoder.events.timex import decade_start

    assert [decade_start(w) for w in ("1990s", "1990's", "'80s", "2000s", "1995s", "forces")] == [1990, 1990, 1980, 2000, None, None]


def test_confidence_background_is_an_earlier_period_or_a_day_of_another_month():
    """A month or a year is background only when wholly before the report's: "will hold talks next year" is dated
    to next January 1, no background; the precision has its own feature."""
    from eventcoder.events.confidence import features

    def feats(date, precision):
        e = ev("CONSULT", ["PER"], ["CHL"], date=date, precision=precision, text="Peru will hold talks with Chile.")
        return features(e, [e], 0, "2025-04-02")

    assert "background" not in feats("2026-01-01", "year") and feats("2026-01-01", "year")["precision=year"] == 1.0
    assert "background" not in feats("2025-01-01", "year")
    assert feats("2023-06-01", "month")["background"] == 1.0 and "precision=month" in feats("2023-06-01", "month")
    assert feats("2021-01-01", "year")["background"] == 1.0
    assert "background" not in feats("2025-04-01", "month") and "background" not in feats("2025-06-01", "month")
    assert feats("2025-02-11", "day")["background"] == 1.0 and not any(k.startswith("precision=") for k in feats("2025-02-11", "day"))
    assert "background" not in feats("2025-04-01", "day")


# ------------------------------------------------------------------ records and store
def test_record_round_trip_and_older_records():
    e = ev("ASSAULT", ["RUS"], ["UKR"], date="2022-02-01", precision="month")
    d = e.to_dict()
    assert d["date_precision"] == "month"
    assert Event.from_dict(d) == e
    old = dict(d)
    del old["date_precision"]
    assert Event.from_dict(old).date_precision == "day"  # written before precision existed
    undated = ev("ASSAULT", ["RUS"], date=None)
    assert undated.date_precision is None and undated.to_dict()["date_precision"] is None
    assert date_label("2022-02-01", "month") == "2022-02" and e.date_label == "2022-02"
    assert date_label("2019-01-01", "year") == "2019" and date_label("2024-06-10", "day") == "2024-06-10"


def test_schema_accepts_precision(event_schema):
    jsonschema = pytest.importorskip("jsonschema")
    rec = ev("ASSAULT", ["RUS"], ["UKR"], date="2019-01-01", precision="year").to_dict()
    jsonschema.validate(rec, event_schema)
    rec["date_precision"] = "decade"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, event_schema)


def test_store_round_trip_and_filter(corpus):
    old = ev("COERCE", ["MMR.MIL"], ["MMR.GOV"], date="2021-01-01", precision="year", article="bg")
    new = ev("ASSAULT", ["MMR.MIL"], ["MMR.REB"], date="2025-03-03", article="news")
    store(corpus, [old, new])
    got = {e.id: e.date_precision for e in corpus.events()}
    assert got == {old.id: "year", new.id: "day"}
    assert [e.id for e in corpus.events(precision="day")] == [new.id]
    assert [e.id for e in corpus.events(precision=("month", "year"))] == [old.id]
    assert dict(corpus.con.execute("SELECT id, date_precision FROM events").fetchall()) == {old.id: "year", new.id: "day"}


def test_version2_store_file_opens(tmp_path):
    """A file written before the column existed opens, gets the column, and its dated events read as days."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.execute("""CREATE TABLE events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, date DATE, event VARCHAR NOT NULL,
        mode VARCHAR, context VARCHAR[], actor_keys VARCHAR[], recipient_keys VARCHAR[],
        negated BOOLEAN, modality VARCHAR, has_condition BOOLEAN, event_text VARCHAR, text VARCHAR,
        span_start INTEGER, span_end INTEGER, country VARCHAR, lat DOUBLE, lon DOUBLE,
        confidence DOUBLE, record JSON)""")
    rec = ev("PROTEST", ["FRA.CVL"], ["FRA.GOV"], date="2024-11-02", article="x").to_dict()
    del rec["date_precision"]
    con.execute("INSERT INTO events VALUES (?, 'x', DATE '2024-11-02', 'PROTEST', NULL, [], ['FRA.CVL'], ['FRA.GOV'], "
                "false, 'asserted', false, 'x', 't', 0, 1, NULL, NULL, NULL, 0.5, ?)", [rec["id"], json.dumps(rec)])
    con.close()
    with Corpus(path, read_only=True) as db:  # not migrated: read from the records
        assert [e.date_precision for e in db.events(precision="day")] == ["day"]
    with Corpus(path) as db:
        assert db.schema_version() >= 3
        assert db.con.execute("SELECT date_precision FROM events").fetchall() == [("day",)]
        assert [e.date_precision for e in db.events()] == ["day"]
        db.add(Article(id="y", text="t"), [ev("COERCE", ["FRA.COP"], ["FRA.CVL"], date="2023-06-01", precision="month", article="y")])
        assert sorted(e.date_precision for e in db.events()) == ["day", "month"]


def test_precision_of_older_records():
    assert [precision_of("2024-06-10", None), precision_of(None, None), precision_of("2021-01-01", "year"),
            precision_of(None, "day")] == ["day", None, "year", None]


def test_older_file_opened_read_only_has_no_background_acts(tmp_path):
    """Not migrated, so no column: its dated events were all days, and none is a month or a year."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE events (id VARCHAR, article_id VARCHAR, date DATE, event VARCHAR, span_start INTEGER, record JSON)")
    rec = ev("PROTEST", ["FRA.CVL"], ["FRA.GOV"], date="2024-11-02", article="x").to_dict()
    del rec["date_precision"]
    con.execute("INSERT INTO events VALUES (?, 'x', DATE '2024-11-02', 'PROTEST', 0, ?)", [rec["id"], json.dumps(rec)])
    con.close()
    with Corpus(path, read_only=True) as db:
        assert db.events(precision=("month", "year")) == []
        assert [e.date_precision for e in db.events(precision=["day", "year"])] == ["day"]


def test_export_row_carries_precision():
    row = dict(zip(FLAT_COLUMNS, flat_row(ev("ASSAULT", ["RUS"], ["UKR"], date="2022-02-01", precision="month").to_dict())))
    assert row["date"] == "2022-02-01" and row["date_precision"] == "month"
    rec = ev("ASSAULT", ["RUS"], date="2024-06-10").to_dict()
    del rec["date_precision"]
    assert dict(zip(FLAT_COLUMNS, flat_row(rec)))["date_precision"] == "day"


def test_cli_filters_and_exports_precision(tmp_path):
    from typer.testing import CliRunner

    db = tmp_path / "c.duckdb"
    with Corpus(db) as c:
        c.add(Article(id="p", text="t"), [ev("COERCE", ["THA.MIL"], ["THA.GOV"], date="2014-01-01", precision="year", article="p"),
                                         ev("PROTEST", ["THA.CVL"], ["THA.GOV"], date="2025-02-03", article="p")])
    runner = CliRunner()
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--precision", "day"])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["event"] for x in res.stdout.splitlines()] == ["PROTEST"]
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--precision", "month,year"])
    assert [json.loads(x)["date_precision"] for x in res.stdout.splitlines()] == ["year"]
    assert runner.invoke(app, ["events", "--db", str(db), "--precision", "week"]).exit_code == 2
    out = tmp_path / "e.csv"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(out)]).exit_code == 0
    header, *rows = out.read_text().splitlines()
    assert "date_precision" in header.split(",") and sorted(r.rsplit(",", 1)[1] for r in rows) == ["day", "year"]
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)]).exit_code == 0
    assert sorted(pq.read_table(out).column("date_precision").to_pylist()) == ["day", "year"]


# ------------------------------------------------------------------ consumers
RED_LINE = Condition("if Azerbaijan attacks Armenian territory", "ASSAULT", (A("AZE"),), (A("ARM"),))


@pytest.mark.parametrize(
    "date,precision,n_alerts",
    [
        ("2024-01-01", "year", 0),  # "attacked in 2024": may have come before the commitment of March 2024
        ("2024-03-01", "month", 0),  # "in March 2024": the month holds the commitment's day
        ("2023-01-01", "year", 0),
        ("2024-04-01", "month", 1),  # "in April 2024": wholly after it
        ("2024-03-20", "day", 1),
    ],
)
def test_alert_not_raised_by_a_background_act_before_the_commitment(corpus, date, precision, n_alerts):
    store(corpus, [ev("ASSAULT", ["RUS"], ["AZE"], date="2024-03-12", article="pledge", modality="conditional",
                      condition=RED_LINE)])
    raised = store(corpus, [ev("ASSAULT", ["AZE.MIL"], ["ARM"], date=date, precision=precision, article="later")])
    assert len(raised) == n_alerts and len(alerts(corpus)) == n_alerts


def test_background_retelling_is_no_incident_and_no_day_of_the_series(corpus):
    text = "Azerbaijani troops shelled Armenian positions near Jermuk"
    today = ev("ASSAULT", ["AZE.MIL"], ["ARM.MIL"], date="2025-01-02", article="n1", text=text + " on Thursday.")
    retold = ev("ASSAULT", ["AZE.MIL"], ["ARM.MIL"], date="2025-01-01", precision="year", article="n2",
                text=text + " in 2025.")
    older = ev("ASSAULT", ["AZE.MIL"], ["ARM.MIL"], date="2022-09-01", precision="month", article="n3",
               text=text + " in September 2022.")
    store(corpus, [today, retold, older])
    inc = incidents(corpus)
    assert len(inc) == 1 and inc[0].n_events == 1 and inc[0].date == "2025-01-02"
    series = dyad_series(corpus, "AZE", "ARM")
    assert [r["date"] for r in series] == ["2025-01-02"]


# ------------------------------------------------------------------ evaluation
@pytest.mark.parametrize(
    "day,precision,gold,ok",
    [
        ("2024-06-10", "day", ("2024-06-10",), True),
        ("2024-06-10", "day", ("2024",), False),
        ("2021-01-01", "year", ("2021",), True),
        ("2021-01-01", "year", ("2021-01-01",), False),  # the gold gives a day: the text dates it to one
        ("2021-01-01", "year", ("2021-05",), False),
        ("2022-02-01", "month", ("2022-02",), True),
        ("2022-02-01", "month", ("2022",), False),
        ("2022-02-01", "month", ("2022-02-24",), False),
        (None, None, ("2022-02",), False),
    ],
)
def test_date_agrees(day, precision, gold, ok):
    assert date_agrees(day, precision, gold) is ok
