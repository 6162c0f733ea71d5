"""The ``eventcoder`` command line (Typer + Rich).

Exit codes, for every command that reads inputs: 0 every input was coded; 1 some inputs were
skipped or failed (the rest were coded and stored); 2 usage error, or nothing could be coded.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .config import Settings, load_settings
from .errors import EventcoderError, InputError
from .ingest import read_inputs
from .models import Article, Event, Mention, precision_of

EXIT_HELP = (
    "Exit codes: 0 every input was coded; 1 some inputs were skipped or failed (the rest were "
    "coded and stored); 2 usage error, or nothing could be coded."
)

app = typer.Typer(
    name="eventcoder",
    help="News in, PLOVER event data out: who did what to whom, when and where, with the evidence.\n\n" + EXIT_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()
if not out.is_terminal:
    out = Console(width=160)  # piped to a file or a pager: do not squeeze tables into 80 columns

ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy model package or path (env EVENTCODER_SPACY_MODEL).")]
ActorsOpt = Annotated[Optional[list[Path]], typer.Option("--actors", help="Extra actor registry YAML (repeatable); overrides ours.")]
LexOpt = Annotated[Optional[list[Path]], typer.Option("--lexicon", help="Extra trigger lexicon YAML (repeatable).")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="Config YAML (default ~/.config/eventcoder/config.yaml).")]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB corpus file.")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-j", help="Worker processes (each loads the model once).")]
MinConfOpt = Annotated[
    Optional[float],
    typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out events the confidence model scores under this (0 keeps all; default: the model's threshold)."),
]
NotifyOpt = Annotated[
    Optional[str],
    typer.Option("--notify-cmd", envvar="EVENTCODER_NOTIFY_CMD", help="Run this command with each new alert as JSON on stdin."),
]


def _settings(
    config: Path | None, model: str | None, actors: list[Path] | None, lexicon: list[Path] | None = None, min_confidence: float | None = None
) -> Settings:
    base = load_settings(config)
    kw: dict[str, Any] = {}
    if min_confidence is not None:
        kw["min_confidence"] = min_confidence
    if model:
        kw["model"] = model
    if actors:
        kw["actors_files"] = tuple(base.actors_files) + tuple(str(a) for a in actors)
    if lexicon:
        kw["lexicon_files"] = tuple(base.lexicon_files) + tuple(str(x) for x in lexicon)
    return load_settings(config, **kw) if kw else base


def _fail(exc: EventcoderError, code: int = 2) -> typer.Exit:
    err.print(f"[red]error[/red] {exc}", highlight=False)
    return typer.Exit(code)


class Run:
    """Reads inputs, codes them, and counts what happened, for the exit code."""

    def __init__(self, settings: Settings, workers: int = 1, engine: str = "local", ray_address: str | None = None) -> None:
        self.settings = settings
        self.workers = workers
        self.engine = engine
        self.ray_address = ray_address
        self.failed = 0  # inputs skipped (unreadable) and articles a component failed on, for the exit code
        self.coding_failed = 0  # of those, the articles a component failed on
        self.coded = 0
        self.skipped = 0
        self.total_events = 0

    def articles(self, paths: Iterable[str]) -> list[Article]:
        arts: list[Article] = []
        seen: set[str] = set()
        for item in read_inputs(paths, self.settings.max_bytes, self.settings.min_english):
            if isinstance(item, InputError):
                self.failed += 1
                err.print(f"[yellow]skipped[/yellow] {item}", highlight=False)
            elif item.id in seen:
                continue
            else:
                seen.add(item.id)
                arts.append(item)
        return arts

    def code(self, arts: list[Article]) -> Iterator[tuple[Article, tuple[Event, ...], tuple[Mention, ...]]]:
        from .engine import code_parallel

        show = len(arts) > 3 and err.is_terminal
        with Progress(
            TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, disable=not show, transient=True
        ) as prog:
            task = prog.add_task("coding", total=len(arts))
            if self.engine == "ray":
                from .engine import code_ray

                stream = code_ray(arts, self.settings, address=self.ray_address)
            else:
                stream = code_parallel(arts, self.settings, self.workers)
            for c in stream:
                if c.error:
                    # a component failed on this article: say which and why, store nothing for it (a later run
                    # with a fixed coder codes it then), go on with the rest
                    self.failed += 1
                    self.coding_failed += 1
                    prog.advance(task)
                    where = c.article.path or c.article.id
                    err.print(f"[red]failed[/red] {where} (article {c.article.id}): {c.error}; the rest of the batch goes on", highlight=False)
                    continue
                self.coded += 1
                self.total_events += len(c.events)
                prog.advance(task)
                yield c.article, c.events, c.mentions

    def problems(self, skipped: str = "input(s) skipped") -> str:
        """'N input(s) skipped', and the articles that failed in coding where there were any."""
        out = f"{self.failed - self.coding_failed} {skipped}"
        return out + (f", {self.coding_failed} article(s) failed in coding" if self.coding_failed else "")

    def exit_code(self) -> int:
        if self.coded == 0 and self.skipped == 0:
            return 2
        return 1 if self.failed else 0


def _batched(it: Iterable[Any], n: int) -> Iterator[list[Any]]:
    buf: list[Any] = []
    for x in it:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (.txt .jsonl .csv .html), or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write events as JSONL here (default: stdout unless --db).")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="Also store articles and events in this DuckDB file.")] = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexOpt = None,
    config: ConfigOpt = None,
    notify_cmd: NotifyOpt = None,
    workers: WorkersOpt = 1,
    min_confidence: MinConfOpt = None,
) -> None:
    """Code articles into PLOVER events (JSONL, one event a line).

    Example: eventcoder code ../shared/seed/article.txt -o events.jsonl --db corpus.duckdb
    """
    try:
        settings = _settings(config, model, actors, lexicon, min_confidence)
        run = Run(settings, workers)
        arts = run.articles(paths)
        if not arts:
            err.print("[red]nothing to code[/red]")
            raise typer.Exit(2)
        corpus = None
        if db is not None:
            from .store import Corpus

            corpus = Corpus(db)
        sink = open(output, "w", encoding="utf-8") if output else (None if db is not None else sys.stdout)
        try:
            if corpus is not None:
                _after_store(corpus, notify_cmd=notify_cmd)  # what a killed run stored but did not analyse
            for batch in _batched(run.code(arts), 16):
                for _, events, _ in batch:
                    if sink is not None:
                        for e in events:
                            sink.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
                if corpus is not None:
                    corpus.add_many(batch)
                    _after_store(corpus, notify_cmd=notify_cmd)
        finally:
            if sink not in (None, sys.stdout):
                sink.close()
            if corpus is not None:
                corpus.close()
        err.print(f"coded {run.coded} article(s), {run.total_events} event(s); {run.problems()}", highlight=False)
        raise typer.Exit(run.exit_code())
    except EventcoderError as exc:
        raise _fail(exc) from exc


def _after_store(corpus: Any, notify_cmd: str | None = None) -> None:
    """Incremental analysis of the stored events not yet analysed: commitments, alerts (printed), incidents.

    The store's analysis queue says which: the batch just stored and any that a killed run stored without
    analysing, oldest first; each event is analysed once.
    """
    from .analysis import analyse_pending

    for a in analyse_pending(corpus, notify_cmd):
        err.print(f"[bold red]ALERT[/bold red] {a.summary}", highlight=False)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories, or - for stdin.")],
    db: DbOpt = Path("corpus.duckdb"),
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexOpt = None,
    config: ConfigOpt = None,
    notify_cmd: NotifyOpt = None,
    workers: WorkersOpt = 1,
    engine: Annotated[str, typer.Option("--engine", help="local (this machine's processes) | ray (a Ray cluster).")] = "local",
    ray_address: Annotated[Optional[str], typer.Option("--ray-address", help="Ray cluster to join ('auto'); default: start a local one.")] = None,
    min_confidence: MinConfOpt = None,
) -> None:
    """Code and store articles in a DuckDB corpus; articles already stored are skipped.

    Example: eventcoder ingest news/ --db corpus.duckdb
    """
    from .store import Corpus

    try:
        settings = _settings(config, model, actors, lexicon, min_confidence)
        if engine not in ("local", "ray"):
            err.print("[red]--engine must be local or ray[/red]")
            raise typer.Exit(2)
        run = Run(settings, workers, engine, ray_address)
        arts = run.articles(paths)
        with Corpus(db) as corpus:
            _after_store(corpus, notify_cmd=notify_cmd)  # what a killed run stored but did not analyse
            known = corpus.known_ids(a.id for a in arts)
            todo = [a for a in arts if a.id not in known]
            run.skipped = len(arts) - len(todo)
            added = 0
            for batch in _batched(run.code(todo), 16):
                ids = set(corpus.add_many(batch))
                added += len(ids)
                _after_store(corpus, notify_cmd=notify_cmd)
            counts = corpus.counts()
        err.print(
            f"added {added} article(s) ({run.skipped} already stored, {run.problems('skipped')}); "
            f"corpus: {counts['articles']} articles, {counts['events']} events",
            highlight=False,
        )
        raise typer.Exit(run.exit_code())
    except EventcoderError as exc:
        raise _fail(exc) from exc


def _print_events(events: list[Event], fmt: str) -> None:
    if fmt == "jsonl":
        for e in events:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(FLAT_COLUMNS)
        for e in events:
            w.writerow(flat_row(e.to_dict()))
    else:
        t = Table(show_lines=False)
        for c in ("date", "event", "mode", "actor", "recipient", "neg", "modality", "sentence"):
            t.add_column(c, overflow="fold")
        for e in events:
            t.add_row(
                e.date_label or "",  # at its precision: "2021" for a year
                e.event,
                e.mode or "",
                "+".join(e.actor_keys),
                "+".join(f"({a.key})" if a.inferred else a.key for a in e.recipient),  # (inferred from the article)
                "yes" if e.negated else "",
                e.modality,
                e.text[:160],
            )
        out.print(t)


FLAT_COLUMNS = [
    "id", "article_id", "date", "event", "mode", "context", "actor", "recipient", "negated", "modality",
    "condition_event", "condition_text", "event_text", "text", "span_start", "span_end", "country", "lat", "lon", "confidence",
    "recipient_inferred", "date_precision",
]


def flat_row(r: dict[str, Any]) -> list[Any]:
    """One event record as a flat row (compound actors joined by '|')."""
    loc = r.get("event_loc") or {}
    cond = r.get("condition") or {}
    return [
        r["id"], r["article_id"], r["date"], r["event"], r["mode"], "|".join(r["context"]),
        "|".join(a["key"] for a in r["actor"]), "|".join(a["key"] for a in r["recipient"]), r["negated"],
        r["modality"], cond.get("event"), cond.get("text"), r["event_text"], r["text"], r["span"][0], r["span"][1],
        loc.get("country"), loc.get("lat"), loc.get("lon"), r["confidence"],
        any(a.get("inferred", False) for a in r["recipient"]),
        # day | month | year (records written before it existed were dated to a day)
        precision_of(r.get("date"), r.get("date_precision")),
    ]


@app.command()
def events(
    db: DbOpt = Path("corpus.duckdb"),
    actor: Annotated[Optional[str], typer.Option("--actor", help="Actor key; IRN matches IRN.GOV too.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="YYYY-MM-DD (an act dated to a month or a year "
                                                  "counts as its first day)")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="YYYY-MM-DD")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl | csv | table")] = "table",
    limit: Annotated[Optional[int], typer.Option("--limit")] = None,
    precision: Annotated[Optional[str], typer.Option(
        "--precision", help="day | month | year, or several joined by commas: day leaves out background acts "
        "dated only to a month or a year.")] = None,
) -> None:
    """List stored events.

    Example: eventcoder events --db corpus.duckdb --actor IRN --type ASSAULT --since 2023-10-01 --precision day
    """
    from .store import Corpus

    if fmt not in ("jsonl", "csv", "table"):
        err.print("[red]--format must be jsonl, csv or table[/red]")
        raise typer.Exit(2)
    if not db.exists():
        err.print(f"[red]no such database: {db}[/red]")
        raise typer.Exit(2)
    wanted = [p.strip() for p in precision.split(",") if p.strip()] if precision else None
    if wanted and not set(wanted) <= {"day", "month", "year"}:
        err.print("[red]--precision must be day, month or year (comma-separated)[/red]")
        raise typer.Exit(2)
    with Corpus(db, read_only=True) as corpus:
        _print_events(corpus.events(actor=actor, type=type, since=since, until=until, limit=limit, precision=wanted), fmt)


@app.command()
def export(
    db: DbOpt = Path("corpus.duckdb"),
    fmt: Annotated[str, typer.Option("--format", help="jsonl | csv | parquet")] = "jsonl",
    output: Annotated[Path, typer.Option("-o", "--output", help="Output file.")] = Path("events.jsonl"),
) -> None:
    """Export every stored event.

    Example: eventcoder export --db corpus.duckdb --format parquet -o events.parquet
    """
    from .store import Corpus

    if fmt not in ("jsonl", "csv", "parquet"):
        err.print("[red]--format must be jsonl, csv or parquet[/red]")
        raise typer.Exit(2)
    if not db.exists():
        err.print(f"[red]no such database: {db}[/red]")
        raise typer.Exit(2)
    with Corpus(db, read_only=True) as corpus:
        records = list(corpus.iter_records())
    if fmt == "jsonl":
        with open(output, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with open(output, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(FLAT_COLUMNS)
            for r in records:
                w.writerow(flat_row(r))
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat_row(r) for r in records]
        table = pa.table({name: [row[i] for row in rows] for i, name in enumerate(FLAT_COLUMNS)})
        table = table.append_column("record", pa.array([json.dumps(r, ensure_ascii=False) for r in records], pa.string()))
        pq.write_table(table, output)
    err.print(f"wrote {len(records)} event(s) to {output}", highlight=False)


def samples_dir() -> Path:
    """The bundled sample corpus (``data/samples`` in the source tree)."""
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        cand = base / "data" / "samples"
        if cand.is_dir():
            return cand
    raise typer.BadParameter("sample corpus data/samples not found")


@app.command()
def demo(
    db: DbOpt = Path("demo.duckdb"),
    model: ModelOpt = None,
) -> None:
    """Code the bundled sample corpus (and the seed article, if present) into a DuckDB file and summarise it.

    Example: eventcoder demo --db demo.duckdb
    """
    from .store import Corpus

    paths = [str(samples_dir())]
    seed = samples_dir().parents[1].parent / "shared" / "seed" / "article.txt"
    if seed.exists():
        paths.append(str(seed))
    settings = _settings(None, model, None)
    run = Run(settings)
    arts = run.articles(paths)
    with Corpus(db) as corpus:
        _after_store(corpus)  # what a killed run stored but did not analyse
        known = corpus.known_ids(a.id for a in arts)
        for batch in _batched(run.code([a for a in arts if a.id not in known]), 16):
            corpus.add_many(batch)
            _after_store(corpus)
        counts = corpus.counts()
        rows = corpus.con.execute("SELECT event, count(*) FROM events GROUP BY event ORDER BY 2 DESC").fetchall()
        top = corpus.con.execute(
            "SELECT a, count(*) FROM (SELECT unnest(actor_keys) AS a FROM events) GROUP BY a ORDER BY 2 DESC LIMIT 10"
        ).fetchall()
    out.print(f"[bold]demo corpus[/bold] {db}: {counts['articles']} articles, {counts['events']} events, {counts['mentions']} actor mentions")
    t = Table(title="events by PLOVER type")
    t.add_column("type")
    t.add_column("n", justify="right")
    for ev, n in rows:
        t.add_row(ev, str(n))
    out.print(t)
    t2 = Table(title="most active actors")
    t2.add_column("actor")
    t2.add_column("events", justify="right")
    for a, n in top:
        t2.add_row(a, str(n))
    out.print(t2)
    out.print(f"next: eventcoder events --db {db} --actor IRN   |   eventcoder export --db {db} --format csv -o events.csv")


@app.command()
def actors(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or directories to resolve actors in.")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="With --unresolved: the corpus to list from.")] = None,
    unresolved: Annotated[bool, typer.Option("--unresolved", help="List unresolved named actors with counts.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="jsonl | table")] = "table",
    model: ModelOpt = None,
    actors_file: ActorsOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Print every actor mention with its key and why (via), or the unresolved ones in a corpus.

    Example: eventcoder actors ../shared/seed/article.txt --format table
    """
    if unresolved:
        from .store import Corpus

        if db is None or not db.exists():
            err.print("[red]--unresolved needs --db with an existing corpus[/red]")
            raise typer.Exit(2)
        with Corpus(db, read_only=True) as corpus:
            rows = corpus.unresolved()
        if fmt == "jsonl":
            for key, text, n in rows:
                sys.stdout.write(json.dumps({"key": key, "entity_text": text, "count": n}) + "\n")
        else:
            t = Table(title="unresolved actors")
            for c in ("key", "example", "mentions"):
                t.add_column(c)
            for key, text, n in rows:
                t.add_row(key, text, str(n))
            out.print(t)
        return
    if not paths:
        err.print("[red]give PATHs, or --unresolved --db FILE[/red]")
        raise typer.Exit(2)
    try:
        settings = _settings(config, model, actors_file)
        run = Run(settings)
        arts = run.articles(paths)
        rows2 = []
        for article, _, mentions in run.code(arts):
            for m in mentions:
                rows2.append({"article_id": article.id, **m.to_dict()})
    except EventcoderError as exc:
        raise _fail(exc) from exc
    if fmt == "jsonl":
        for r in rows2:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        t = Table()
        for c in ("article_id", "entity_text", "span", "key", "name", "via"):
            t.add_column(c, overflow="fold")
        for r in rows2:
            t.add_row(r["article_id"][:10], r["entity_text"], f"{r['span'][0]}-{r['span'][1]}", r["key"], r["name"] or "", r["via"])
        out.print(t)
    raise typer.Exit(run.exit_code())


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (one article a line with its events).")],
    fmt: Annotated[str, typer.Option("--format", help="table | json")] = "table",
    show: Annotated[int, typer.Option("--show", help="How many misses and false alarms to print (-1: all).")] = -1,
    model: ModelOpt = None,
    actors_file: ActorsOpt = None,
    lexicon: LexOpt = None,
    config: ConfigOpt = None,
    min_confidence: MinConfOpt = None,
) -> None:
    """Score the coder on gold data: precision, recall, F1, per type, and every miss and false alarm.

    Example: eventcoder eval data/gold/events_dev.jsonl
    """
    from .evaluate import describe_event, evaluate

    if not gold.exists():
        err.print(f"[red]no such file: {gold}[/red]")
        raise typer.Exit(2)
    try:
        rep = evaluate(gold, _settings(config, model, actors_file, lexicon, min_confidence))
    except EventcoderError as exc:
        raise _fail(exc) from exc
    summary = rep.to_dict()
    if fmt == "json":
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
        return
    n = len(rep.misses) if show < 0 else show
    for item, g, events in rep.misses[:n]:
        out.print(f"[red]MISS[/red] {item.id}: {g.describe()}", highlight=False)
        out.print(f"     {item.text[:300]}", highlight=False)
        for e in events:
            out.print(f"     emitted: {describe_event(e)}", highlight=False)
    m = len(rep.false_alarms) if show < 0 else show
    for item, e in rep.false_alarms[:m]:
        out.print(f"[yellow]FALSE ALARM[/yellow] {item.id}: {describe_event(e)}", highlight=False)
        out.print(f"     {e.text[:300]}", highlight=False)
    for label, errors in (("DATE", rep.date_errors), ("PLACE", rep.place_errors)):
        for item, g, e in errors[:n]:
            got = e.date_label if label == "DATE" else (e.event_loc.country if e.event_loc else None)
            want = g.dates if label == "DATE" else g.places
            out.print(f"[magenta]{label} WRONG[/magenta] {item.id}: {describe_event(e)}: {got or '-'}, gold {'|'.join(want or ())}",
                      highlight=False)
            out.print(f"     {e.text[:300]}", highlight=False)
    t = Table(title=f"{gold.name}: {summary['items']} items")
    for c in ("type", "P", "R", "F1", "tp", "fp", "fn"):
        t.add_column(c, justify="right" if c != "type" else "left")
    for typ, d in summary["per_type"].items():
        t.add_row(typ, f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}", str(d["tp"]), str(d["fp"]), str(d["fn"]))
    t.add_row("[bold]all[/bold]", f"{summary['precision']:.3f}", f"{summary['recall']:.3f}", f"[bold]{summary['f1']:.3f}[/bold]",
              str(summary["tp"]), str(summary["fp"]), str(summary["fn"]))
    out.print(t)
    to = summary["type_only"]
    out.print(f"type only (roles ignored): P {to['precision']:.3f} R {to['recall']:.3f} F1 {to['f1']:.3f}")
    inf = summary["inferred_recipients"]
    if inf["events"]:
        out.print(f"recipients inferred from the article: {inf['events']} events, {inf['matched']} of them matched; "
                  f"F1 without them {inf['f1_without']:.3f}", highlight=False)
    for key, what in (("dates", "dates"), ("places", "places (country)")):
        d = summary[key]
        if d["events"]:
            out.print(f"{what} of matched events: {d['correct']}/{d['events']} right ({d['accuracy']:.3f})", highlight=False)
    if summary["recall_by_tag"]:
        out.print("recall by tag: " + ", ".join(f"{k} {v:.2f}" for k, v in summary["recall_by_tag"].items()), highlight=False)


@app.command()
def explain(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or directories (.txt .jsonl .csv .html), or - for stdin.")] = None,
    text: Annotated[Optional[str], typer.Option("--text", "-t", help="Explain this text instead of files.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="With --text: the report's date, YYYY-MM-DD.")] = None,
    all_sentences: Annotated[bool, typer.Option("--all", help="Print sentences with nothing found too.")] = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show why each sentence yielded what it did: the events coded (confidence; those under the threshold marked),
    acts found with no nameable actor, and each trigger found and then dropped, with the rule that dropped it.

    Example: eventcoder explain -t "Iran said it would not intervene unless attacked by Israel."
    """
    from rich.markup import escape

    from .explain import explain_articles as trace

    try:
        settings = _settings(config, model, actors, lexicon)
        if text is not None:
            arts = [Article(id="text", text=text, published=published)]
        elif paths:
            arts = Run(settings, 1).articles(paths)
        else:
            err.print("[red]give files or --text[/red]")
            raise typer.Exit(2)
        if not arts:
            err.print("[red]nothing to explain[/red]")
            raise typer.Exit(2)
        for ex in trace(arts, settings):
            out.print(f"[bold]{ex.article.id}[/bold]" + (f"  ({ex.article.published})" if ex.article.published else ""), highlight=False)
            if ex.error:
                out.print(f"  [red]not coded: {ex.error}[/red]", highlight=False)
                continue
            for t in ex.sentences:
                if not (t.events or t.unattributed or t.dropped or all_sentences):
                    continue
                out.print(f"  [dim]{escape(t.text)}[/dim]", highlight=False)
                for e in t.events:
                    mark = "" if e.confidence >= ex.threshold or e.condition is not None else f"  [yellow]under the threshold {ex.threshold:.2f}: left out[/yellow]"
                    out.print(f"    event     {escape(_event_line(e))}  conf {e.confidence:.2f}{mark}", highlight=False)
                for e in t.unattributed:
                    out.print(f"    no actor  {e.event} {escape(repr(e.event_text))}: found, left out (no actor could be named)", highlight=False)
                unnamed = {e.event for e in t.unattributed}
                for d in t.dropped:
                    if d.reason == "no_actor" and d.event in unnamed:
                        continue  # (listed above)
                    out.print(f"    dropped   {d.event} {escape(repr(d.word))}: {escape(d.meaning)} [dim]({escape(d.reason)})[/dim]", highlight=False)
    except EventcoderError as exc:
        raise _fail(exc) from exc


def _event_line(e: Event) -> str:
    """One event as 'TYPE mode SOURCE -> TARGET' with its negation, modality and condition, recipients inferred from
    the article marked with '~'."""
    src = "+".join(a.key for a in e.actor) or "-"
    tgt = "+".join(r.key + ("~" if r.inferred else "") for r in e.recipient) or "-"
    bits = [e.event + (f"/{e.mode}" if e.mode else ""), f"{src} -> {tgt}"]
    if e.negated:
        bits.append("NOT")
    if e.modality != "asserted":
        bits.append(e.modality)
    if e.condition is not None:
        bits.append(f"if {e.condition.event} {'+'.join(a.key for a in e.condition.actor) or '-'}")
    return " ".join(bits) + f"  [{e.event_text}]"


@app.command()
def calibrate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (the format `eval` reads); each is left out once to choose the threshold.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the weights (JSON).")],
    l2: Annotated[float, typer.Option("--l2", min=0.0, help="L2 penalty of the logistic model.")] = 3.0,
    model: ModelOpt = None,
    actors_file: ActorsOpt = None,
    lexicon: LexOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Fit the event confidence model on gold data and choose its threshold by leaving each file out in turn.

    Use the weights with `confidence_file:` in the config or EVENTCODER_CONFIDENCE_FILE.
    Example: eventcoder calibrate my_gold_a.jsonl my_gold_b.jsonl -o confidence.json
    """
    from .events.confidence import THRESHOLDS
    from .events.confidence import calibrate as fit_calibration

    missing = [g for g in gold if not g.exists()]
    if missing:
        err.print(f"[red]no such file: {missing[0]}[/red]")
        raise typer.Exit(2)
    try:
        cal = fit_calibration(gold, _settings(config, model, actors_file, lexicon), l2=l2)
    except EventcoderError as exc:
        raise _fail(exc) from exc
    t = Table(title="F1 of each file, with the model fitted without it, keeping events scored at least")
    t.add_column("file")
    for th in THRESHOLDS:
        t.add_column(f"{th:.2f}", justify="right")
    for name, row in cal.f1.items():
        t.add_row(Path(name).name, *(f"{row[th]:.3f}" for th in THRESHOLDS))
    t.add_row("[bold]sum[/bold]", *(f"{sum(r[th] for r in cal.f1.values()):.3f}" for th in THRESHOLDS))
    out.print(t)
    cal.model.save(output)
    err.print(f"wrote {output}: {len(cal.model.weights)} weights, threshold {cal.model.threshold:.2f}, "
              f"{cal.model.meta['events']} events ({cal.model.meta['matched']} matched)", highlight=False)


def main() -> None:
    """Console-script entry point."""
    app()


from . import cli_analysis  # noqa: E402,F401  (registers commitments, alerts, incidents, network, blocs, escalation)

if __name__ == "__main__":
    main()
