"""Time (or profile) eventcoder's three components alone, on documents parsed once with them switched off.

    PYTHONPATH=src python benchmarks/components.py [--repeat 5] [--gold FILE ...] [--profile N] [--digest]

The texts are throughput.py's benchmark corpus plus the texts of any gold files given. Each repeat runs the actor
resolver, the event coder and the confidence scorer over fresh copies of the parsed documents and reads the process
CPU time (less sensitive than wall time to a busy machine); the best repeat is printed. ``--profile N`` runs one
pass under cProfile and prints the N costliest eventcoder functions by own and by cumulative time. ``--digest``
prints a hash of every event the pass coded (ids, fields, confidence): two source trees that print the same digest
code the same events, a check for a change meant only to be faster.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import corpus  # noqa: E402

from eventcoder.models import Article  # noqa: E402
from eventcoder.nlp import get_nlp, make_doc  # noqa: E402

OURS = ["eventcoder_actors", "eventcoder_events", "eventcoder_confidence"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--gold", nargs="*", default=[], help="JSONL files whose texts join the corpus")
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--digest", action="store_true")
    args = ap.parse_args()
    arts = corpus(args.n)
    for path in args.gold:
        for line in Path(path).read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                arts.append(Article(id=r["id"], text=r["text"], published=r.get("published")))
    nlp = get_nlp()
    with nlp.select_pipes(disable=OURS):
        parsed = list(nlp.pipe((make_doc(nlp, a) for a in arts), batch_size=32))
    comps = [nlp.get_pipe(p) for p in OURS]

    def run(docs: list) -> list:
        for comp in comps:
            for d in docs:
                comp(d)
        return docs

    run([d.copy() for d in parsed[:5]])  # warm up (lazy tables)
    best = float("inf")
    docs: list = []
    for _ in range(args.repeat):
        docs = [d.copy() for d in parsed]
        t0 = time.process_time()
        run(docs)
        best = min(best, time.process_time() - t0)
    print(f"{len(parsed)} documents; components alone: best CPU time of {args.repeat}: {best:.3f} s")
    if args.digest:
        h = hashlib.sha256()
        for d in docs:
            h.update(repr([e.to_dict() for e in (d._.events or [])]).encode())
        print(f"events digest: {h.hexdigest()[:16]} ({sum(len(d._.events or []) for d in docs)} events)")
    if args.profile:
        pr = cProfile.Profile()
        docs = [d.copy() for d in parsed]
        pr.enable()
        run(docs)
        pr.disable()
        st = pstats.Stats(pr)
        st.sort_stats("tottime").print_stats("eventcoder", args.profile)
        st.sort_stats("cumulative").print_stats("eventcoder", args.profile)


if __name__ == "__main__":
    main()
