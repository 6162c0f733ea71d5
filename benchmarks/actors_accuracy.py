"""Mention-key accuracy of actor resolution on the team's gold set, and resolution speed vs the parse.

    python benchmarks/actors_accuracy.py [data/gold/actors.jsonl] [--show N] [--by-kind]

Gold: one passage a line, ``{"id", "text", "published"?, "mentions": [{"mention", "occurrence", "key": [keys] | null}]}``.
A gold mention is located by its text and occurrence; the system mention overlapping it (the shortest one) is
compared: correct when its key is one of the gold keys, or, for ``key: null``, when no actor mention covers it.
Prints accuracy overall and per mention kind (the gold's ``kind`` field), every error, and the time of resolution as a share of the bare parse.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder.models import Article, Mention  # noqa: E402
from eventcoder.nlp import get_nlp, make_doc  # noqa: E402


def locate(text: str, mention: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(mention, start + 1)
        if start < 0:
            return None
    return start, start + len(mention)


def system_key(mentions: list[Mention], span: tuple[int, int]) -> str | None:
    over = [m for m in mentions if m.start < span[1] and span[0] < m.end and not m.key.startswith("UNK:")]
    if not over:
        return None
    return min(over, key=lambda m: (m.end - m.start, m.start)).key


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(ROOT / "data" / "gold" / "actors.jsonl"))
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--by-kind", action="store_true", help="list the errors grouped by mention kind")
    args = ap.parse_args()
    items = [json.loads(x) for x in Path(args.gold).read_text().splitlines() if x.strip()]
    nlp = get_nlp()
    arts = [Article(id=str(i["id"]), text=i["text"], published=i.get("published")) for i in items]
    ours = ["eventcoder_actors", "eventcoder_events"]
    with nlp.select_pipes(disable=ours):
        t0 = time.perf_counter()
        docs = list(nlp.pipe((make_doc(nlp, a) for a in arts), batch_size=32))
        t_parse = time.perf_counter() - t0
    resolver = nlp.get_pipe("eventcoder_actors")
    t0 = time.perf_counter()
    for d in docs:
        resolver(d)
    t_res = time.perf_counter() - t0
    ok = total = 0
    by_tag: Counter[str] = Counter()
    by_tag_ok: Counter[str] = Counter()
    errors = []
    n_mentions = sum(len(d._.actor_mentions or []) for d in docs)
    for item, doc in zip(items, docs):
        for g in item["mentions"]:
            span = locate(item["text"], g["mention"], int(g.get("occurrence", 1)))
            if span is None:
                errors.append((item["id"], g["mention"], "gold mention not found in text", None, "missing"))
                continue
            got = system_key(doc._.actor_mentions or [], span)
            want = g["key"]
            good = got is None if want is None else got in want
            total += 1
            ok += good
            kind = g.get("kind") or "untagged"
            by_tag[kind] += 1
            by_tag_ok[kind] += good
            if not good:
                errors.append((item["id"], g["mention"], want, got, kind))
    if args.by_kind:
        errors.sort(key=lambda e: e[4])
    for e in errors[: args.show]:
        print(f"ERROR {e[0]} [{e[4]}]: {e[1]!r} gold={e[2]} got={e[3]}")
    print(f"\nmentions scored: {total} in {len(items)} passages")
    print(f"mention-key accuracy: {ok / max(total, 1):.4f}")
    for t in sorted(by_tag):
        print(f"  {t:<16} {by_tag_ok[t] / by_tag[t]:.3f}  (n={by_tag[t]})")
    print(f"\nresolution of {n_mentions} mentions: {t_res:.3f}s = {t_res / t_parse:.2%} of the bare parse ({t_parse:.2f}s); "
          f"{n_mentions / max(t_res, 1e-9):,.0f} mentions/s")


if __name__ == "__main__":
    main()
