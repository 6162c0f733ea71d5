"""Score the team's development gold sets in one command, in parallel, and compare with an earlier run.

    python benchmarks/gold_sets.py                       # every development set, two processes
    python benchmarks/gold_sets.py --save runs/today.json
    python benchmarks/gold_sets.py --against runs/yesterday.json
    python benchmarks/gold_sets.py data/gold/events_wire21.jsonl --jobs 1

Prints F1, precision, recall and the type-only F1 (roles ignored) of each set, and their sum. By default it scores
every ``data/gold/events_*.jsonl`` except the held-out set and the sets kept blind (``events_test``,
``events_wire8``, ``events_wire20``, ``events_wire22``, ``events_wire24``, ``events_wire26``, ``events_wire28``, ``events_wire32``, ``events_wire33``, ``events_wire34``, ``events_wire35``, ``events_wire36``, ``events_wire37``, ``events_wire38``, ``events_wire39``: see ``data/gold/README.md``), so that running it during
development never reads them. ``eventcoder eval FILE`` gives one set's every miss and false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

KEPT_OUT = frozenset({"events_test", "events_wire8", "events_wire20", "events_wire22", "events_wire24", "events_wire26", "events_wire28", "events_wire32", "events_wire33", "events_wire34", "events_wire35", "events_wire36", "events_wire37", "events_wire38", "events_wire39"})


def development_sets() -> list[Path]:
    return sorted(p for p in (ROOT / "data" / "gold").glob("events_*.jsonl") if p.stem not in KEPT_OUT)


def score_file(path: str) -> dict[str, float | int | str]:
    from eventcoder.evaluate import Report, evaluate

    rep = evaluate(path)
    p, r, f = rep.overall()
    tp, fp, fn = rep.type_tp, rep.type_fp, rep.type_fn
    _, _, tf = Report.prf(tp, fp, fn)
    return {"set": Path(path).stem.removeprefix("events_"), "f1": round(f, 4), "precision": round(p, 4),
            "recall": round(r, 4), "type_only_f1": round(tf, 4), "items": rep.n_items}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="gold files (default: every development set)")
    ap.add_argument("--jobs", type=int, default=2, help="processes (each loads the model once)")
    ap.add_argument("--save", help="write the figures to this JSON file")
    ap.add_argument("--against", help="an earlier --save file: print each set's change")
    args = ap.parse_args(argv)
    files = [str(Path(f)) for f in args.files] or [str(p) for p in development_sets()]
    if args.jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            rows = list(pool.map(score_file, files))
    else:
        rows = [score_file(f) for f in files]
    before = {}
    if args.against:
        before = {r["set"]: r for r in json.loads(Path(args.against).read_text(encoding="utf-8"))}
    print(f"{'set':<12} {'items':>5} {'F1':>6} {'P':>6} {'R':>6} {'type-only':>9}" + ("  change" if before else ""))
    for r in rows:
        line = f"{r['set']:<12} {r['items']:>5} {r['f1']:>6.3f} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['type_only_f1']:>9.3f}"
        if r["set"] in before:
            line += f"  {float(r['f1']) - float(before[r['set']]['f1']):+.3f}"
        print(line)
    total = sum(float(r["f1"]) for r in rows)
    line = f"{'sum':<12} {'':>5} {total:>6.3f}"
    shared = [r for r in rows if r["set"] in before]
    if shared:
        line += f"   (the {len(shared)} sets of --against: {sum(float(before[r['set']]['f1']) for r in shared):.3f} -> "
        line += f"{sum(float(r['f1']) for r in shared):.3f})"
    print(line)
    if args.save:
        Path(args.save).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
