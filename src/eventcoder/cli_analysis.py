"""CLI commands over the conflict system: commitments, alerts, incidents, network, blocs, escalation.

Every command takes ``--db``, prints a table by default and ``--format json|jsonl`` for programs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from .cli import DbOpt, app, err, out
from .store import Corpus

FmtOpt = Annotated[str, typer.Option("--format", help="table | json | jsonl")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="YYYY-MM-DD")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="YYYY-MM-DD")]


def _open(db: Path) -> Corpus:
    if not db.exists():
        err.print(f"[red]no such database: {db}[/red]")
        raise typer.Exit(2)
    return Corpus(db)


def _check_fmt(fmt: str, allowed: tuple[str, ...] = ("table", "json", "jsonl")) -> None:
    if fmt not in allowed:
        err.print(f"[red]--format must be one of {', '.join(allowed)}[/red]")
        raise typer.Exit(2)


def _emit(rows: list[dict[str, Any]], fmt: str, columns: list[str], title: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False, default=str) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    else:
        t = Table(title=title)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*[_cell(r.get(c)) for c in columns])
        out.print(t)


def _cell(v: Any) -> str:
    if isinstance(v, (list, tuple)):
        return "+".join(map(str, v))
    if isinstance(v, dict):
        return json.dumps(v)
    return "" if v is None else str(v)


@app.command()
def commitments(
    db: DbOpt = Path("corpus.duckdb"),
    status: Annotated[Optional[str], typer.Option("--status", help="open | triggered")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor")] = None,
    fmt: FmtOpt = "table",
) -> None:
    """Stated conditions and red lines, with their trigger and status.

    Example: eventcoder commitments --db corpus.duckdb --status open
    """
    from .commitments import commitments as list_commitments

    _check_fmt(fmt)
    with _open(db) as corpus:
        rows = [c.to_dict() for c in list_commitments(corpus, status=status, actor=actor)]
    for r in rows:
        t = r["trigger"]
        r["says"] = ("will NOT " if r["negated"] else "will ") + r["action"] + (" " + "+".join(r["recipient"]) if r["recipient"] else "")
        r["if"] = f"{'|'.join(t['types'])} by {'|'.join(t['actors']) or '*'} on {'|'.join(t['recipients']) or '*'}"
    _emit(rows, fmt, ["date", "actor", "says", "if", "status", "text"], "commitments")


@app.command()
def alerts(
    db: DbOpt = Path("corpus.duckdb"),
    fmt: FmtOpt = "table",
    notify_cmd: Annotated[Optional[str], typer.Option("--notify-cmd", help="Run this command with each alert as JSON on stdin.")] = None,
) -> None:
    """Alerts: stored events that met an open commitment, with both sentences.

    Example: eventcoder alerts --db corpus.duckdb --notify-cmd 'mail -s alert me@example.org'
    """
    from .commitments import alerts as list_alerts
    from .commitments import notify

    _check_fmt(fmt)
    with _open(db) as corpus:
        found = list_alerts(corpus)
    if notify_cmd:
        for a in found:
            notify(a, notify_cmd)
    _emit([a.to_dict() for a in found], fmt, ["date", "summary", "commitment_text", "event_text"], "alerts")


@app.command()
def incidents(
    db: DbOpt = Path("corpus.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_articles: Annotated[int, typer.Option("--min-articles", help="Only incidents told by at least N articles.")] = 1,
    fmt: FmtOpt = "table",
) -> None:
    """Deduplicated incidents: one real-world event with the articles that report it.

    Example: eventcoder incidents --db corpus.duckdb --min-articles 2
    """
    from .analysis import incidents as list_incidents

    _check_fmt(fmt)
    with _open(db) as corpus:
        rows = [i.to_dict() for i in list_incidents(corpus, since, until) if i.n_articles >= min_articles]
    _emit(rows, fmt, ["date", "event", "actor", "recipient", "country", "n_articles", "n_events", "text"], "incidents")


@app.command()
def network(
    db: DbOpt = Path("corpus.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    granularity: Annotated[str, typer.Option("--granularity", help="top (IRN) | full (IRN.GOV)")] = "top",
    fmt: Annotated[str, typer.Option("--format", help="table | json | graphml | gexf")] = "table",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File for graphml/gexf (default stdout).")] = None,
) -> None:
    """The signed actor network: edges weighted by PLOVER scores of incidents in the window.

    Example: eventcoder network --db corpus.duckdb --since 2023-10-07 --format graphml -o net.graphml
    """
    import networkx as nx

    from .analysis.network import build_network, for_export, network_json

    _check_fmt(fmt, ("table", "json", "jsonl", "graphml", "gexf"))
    if granularity not in ("top", "full"):
        err.print("[red]--granularity must be top or full[/red]")
        raise typer.Exit(2)
    with _open(db) as corpus:
        g = build_network(corpus, since, until, granularity)
    if fmt in ("graphml", "gexf"):
        h = for_export(g)
        target = str(output) if output else sys.stdout.buffer
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(h, target)
        return
    data = network_json(g)
    if fmt == "json":
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    rows = sorted(data["edges"], key=lambda e: e["weight"])
    _emit(rows, "jsonl" if fmt == "jsonl" else "table", ["source", "target", "weight", "n", "pos", "neg", "types"], "signed network (incidents)")


@app.command()
def blocs(
    db: DbOpt = Path("corpus.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    around: Annotated[Optional[str], typer.Option("--around", help="Only the actors within --hops ties of this key (one conflict system).")] = None,
    hops: Annotated[int, typer.Option("--hops", help="Radius for --around.")] = 2,
    fmt: FmtOpt = "table",
) -> None:
    """Opposing camps found from the signed network (structural balance), with membership scores.

    Example: eventcoder blocs --db corpus.duckdb --around IRN
    """
    import networkx as nx

    from .analysis import build_network, find_blocs, to_undirected_signed

    _check_fmt(fmt)
    with _open(db) as corpus:
        g = to_undirected_signed(build_network(corpus, since, until))
    if around:
        if around not in g:
            err.print(f"[red]{around} has no ties in this window[/red]")
            raise typer.Exit(2)
        g = nx.ego_graph(g, around, radius=hops)
    res = find_blocs(g)
    d = res.to_dict()
    if fmt in ("json", "jsonl"):
        sys.stdout.write(json.dumps(d, indent=None if fmt == "jsonl" else 2) + "\n")
        return
    rows = [{"actor": k, "camp": "A" if v > 0 else ("B" if v < 0 else "-"), "membership": f"{v:+.2f}"} for k, v in d["membership"].items()]
    _emit(rows, "table", ["actor", "camp", "membership"], f"blocs (balance {d['balance']:.2f}, frustration {d['frustration']})")


@app.command()
def escalation(
    dyad: Annotated[str, typer.Option("--dyad", help="Two actor keys, e.g. IRN,ISR")],
    db: DbOpt = Path("corpus.duckdb"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    window: Annotated[int, typer.Option("--window", help="Baseline window in days.")] = 28,
    z: Annotated[float, typer.Option("--z", help="Spike threshold on the z-score.")] = 3.0,
    plot: Annotated[Optional[Path], typer.Option("--plot", help="Write a PNG chart here.")] = None,
    fmt: FmtOpt = "table",
) -> None:
    """Escalation of one dyad per day: counts by pentacode class, score sums, baseline and spikes.

    Example: eventcoder escalation --db corpus.duckdb --dyad IRN,ISR --plot irn-isr.png
    """
    from .analysis.escalation import detect_spikes, dyad_series
    from .analysis.escalation import plot as plot_series

    _check_fmt(fmt)
    parts = [p.strip() for p in dyad.split(",") if p.strip()]
    if len(parts) != 2:
        err.print("[red]--dyad takes two keys separated by a comma, e.g. IRN,ISR[/red]")
        raise typer.Exit(2)
    with _open(db) as corpus:
        series = detect_spikes(dyad_series(corpus, parts[0], parts[1], since, until), window, z)
    if not series:
        err.print(f"no incidents between {parts[0]} and {parts[1]}")
    if plot is not None and series:
        plot_series(series, str(plot), f"{parts[0]} - {parts[1]}: daily PLOVER scores of incidents")
        err.print(f"wrote {plot}")
    rows = series if fmt != "table" else [r for r in series if r["incidents"] or r["spike"]]
    _emit(rows, fmt, ["date", "incidents", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "score", "conflict", "baseline", "z", "spike"],
          f"escalation {parts[0]},{parts[1]}")
