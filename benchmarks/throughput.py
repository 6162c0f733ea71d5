"""Throughput of the full coder against the bare spaCy parse of the same texts, in the same run.

    python benchmarks/throughput.py [--repeat 5] [--n 60]

Prints articles/s for (a) bare `nlp.pipe` with the same model and (b) eventcoder's full pipeline
(parse + actors + events), and their ratio, plus the share of time spent in resolution and coding.
Machines are noisy: compare the ratio, not the absolute figures. Bare and full runs alternate; the ratio of the
best times and the median of the paired ratios are both printed (they differ when the machine is busy).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder.ingest import read_inputs  # noqa: E402
from eventcoder.models import Article  # noqa: E402
from eventcoder.nlp import get_nlp, make_doc  # noqa: E402


def corpus(n: int) -> list[Article]:
    arts = [a for a in read_inputs([ROOT / "data" / "samples"]) if isinstance(a, Article)]
    seed = ROOT.parent / "shared" / "seed" / "article.txt"
    if seed.exists():
        arts += [a for a in read_inputs([seed]) if isinstance(a, Article)]
    out = []
    i = 0
    while len(out) < n and arts:
        a = arts[i % len(arts)]
        out.append(Article(id=f"{a.id}-{i}", text=a.text, published=a.published))
        i += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    arts = corpus(args.n)
    full = get_nlp()
    ours = ["eventcoder_actors", "eventcoder_events", "eventcoder_confidence"]

    class Bare:  # the same loaded model with our components switched off
        def pipe(self, docs, batch_size=32):
            with full.select_pipes(disable=ours):
                yield from full.pipe(docs, batch_size=batch_size)

    bare = Bare()
    words = sum(len(a.text.split()) for a in arts)
    # warm up both
    list(bare.pipe([a.text for a in arts[:4]]))
    list(full.pipe([make_doc(full, a) for a in arts[:4]]))
    tb, tf = [], []
    for _ in range(args.repeat):  # interleave to share the machine's noise
        t0 = time.perf_counter()
        list(bare.pipe([a.text for a in arts], batch_size=32))
        tb.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        docs = list(full.pipe((make_doc(full, a) for a in arts), batch_size=32))
        tf.append(time.perf_counter() - t0)
    n_events = sum(len(d._.events or []) for d in docs)
    n_mentions = sum(len(d._.actor_mentions or []) for d in docs)
    b, f = min(tb), min(tf)
    print(f"articles: {len(arts)} ({words:,} words), best of {args.repeat}")
    print(f"bare nlp.pipe          : {len(arts) / b:7.2f} articles/s")
    print(f"eventcoder full coding : {len(arts) / f:7.2f} articles/s   ({n_events} events, {n_mentions} actor mentions)")
    pairs = sorted(x / y for x, y in zip(tb, tf))
    print(f"throughput ratio (full / bare): {b / f:.3f}   (median of {len(pairs)} paired runs: {pairs[len(pairs) // 2]:.3f})")
    # time of our components alone, on already parsed docs
    parsed = list(bare.pipe((make_doc(full, a) for a in arts), batch_size=32))
    actors, coder, scorer = (full.get_pipe(p) for p in ours)
    ta = te = tc = float("inf")
    for _ in range(args.repeat):  # best of the repeats, as for the whole runs
        t0 = time.perf_counter()
        for d in parsed:
            actors(d)
        ta = min(ta, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for d in parsed:
            coder(d)
        te = min(te, time.perf_counter() - t0)
        coded = [list(d._.events or ()) for d in parsed]
        t0 = time.perf_counter()
        for d in parsed:
            scorer(d)
        tc = min(tc, time.perf_counter() - t0)
        for d, evs in zip(parsed, coded):
            d._.events = evs
    print(f"actor resolution: {ta / b:.3%} of the bare parse time ({n_mentions / ta:,.0f} mentions/s)")
    print(f"event coding    : {te / b:.3%} of the bare parse time")
    print(f"confidence      : {tc / b:.3%} of the bare parse time")


if __name__ == "__main__":
    main()
