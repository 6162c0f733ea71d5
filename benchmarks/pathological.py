"""How coding time grows with the size of constructions that once made it grow far faster than the text.

    python benchmarks/pathological.py [--small 100] [--factor 4]

For each construction (a long coordination of names, a chain of infinitives, clauses nested by "by attacking", an
"of" phrase nested deep, a long article of repeated paragraphs) the text is coded at two sizes, n and factor x n, and
the script prints both times and their ratio. Coding that grows with the text's length gives a ratio near the factor
(4); a quadratic loop gives about its square (16). Machines are noisy: read the ratio, not the seconds. Found by the
session-14 fuzzing pass (tests/test_robust_round36.py checks the outputs of the same constructions).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder.models import Article  # noqa: E402
from eventcoder.pipeline import code_article  # noqa: E402

STATES = ["France", "Germany", "China", "Russia", "Iran", "Israel", "Egypt", "Turkey", "India", "Pakistan", "Japan",
          "Brazil", "Mexico", "Nigeria", "Kenya", "Ethiopia", "Sudan", "Chad", "Niger", "Mali"]

CONSTRUCTIONS = {
    "coordinated names": lambda n: ", ".join(STATES[i % 20] for i in range(n)) + " and Spain attacked Peru.",
    "infinitive chain": lambda n: "France urged Germany " + " ".join(f"to ask {STATES[i % 20]}" for i in range(n)) + " to attack Chad.",
    "nested by-clauses": lambda n: "France attacked Chad" + " by attacking" * n + " Mali.",
    "nested of-phrases": lambda n: "The envoy" + " of the army" * n + " of France met Germany.",
    "repeated paragraphs": lambda n: "\n\n".join(
        f"{STATES[i % 20]} accused {STATES[(i + 3) % 20]} of shelling its border posts on Monday. Its foreign minister "
        f"said the two sides would meet in Geneva, and both sides were urged to show restraint." for i in range(n // 10 + 1)),
}


def seconds(text: str, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        code_article(Article(id="bench", text=text, published="2025-03-03"))
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=100, help="size n of the smaller text")
    ap.add_argument("--factor", type=int, default=4, help="the larger text is factor x n")
    a = ap.parse_args()
    seconds("France condemned the attack on Germany.")  # load and warm the pipeline
    print(f"{'construction':22s} {'n':>6s} {'s(n)':>8s} {'s(' + str(a.factor) + 'n)':>10s} {'ratio':>7s}")
    for name, make in CONSTRUCTIONS.items():
        small, large = seconds(make(a.small)), seconds(make(a.small * a.factor))
        print(f"{name:22s} {a.small:6d} {small:8.3f} {large:10.3f} {large / small:7.1f}")
    print(f"(a ratio near {a.factor} grows with the text; near {a.factor ** 2} grows with its square)")


if __name__ == "__main__":
    main()
