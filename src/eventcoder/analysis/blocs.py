"""Blocs: opposing camps found from the signed network by structural balance.

We look for the two-camp split that best explains the signs: positive ties inside camps, negative
ties across them (the frustration of a split is the weight of the ties that disagree with it). The
split starts from the leading eigenvector of the signed adjacency matrix (the spectral relaxation of
that problem) and is refined by single-actor moves until no move lowers the frustration. Each actor's
membership score is the share of its absolute tie weight that agrees with its camp, signed by camp
(+ for camp A, - for camp B); actors with no signed ties to either camp are left unaligned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np


@dataclass(frozen=True, slots=True)
class BlocResult:
    camps: dict[str, list[str]]  # "A" / "B" / "unaligned" -> actors
    membership: dict[str, float]  # actor -> score in [-1, 1]: + camp A, - camp B
    frustration: float  # weight of ties that contradict the split
    balance: float  # 1 - frustration / total |weight|

    def to_dict(self) -> dict[str, Any]:
        return {
            "camps": self.camps,
            "membership": {k: round(v, 3) for k, v in sorted(self.membership.items(), key=lambda x: -x[1])},
            "frustration": round(self.frustration, 2),
            "balance": round(self.balance, 3),
        }


def find_blocs(g: nx.Graph, min_weight: float = 0.0) -> BlocResult:
    """Two camps from an undirected signed graph with ``weight`` on edges."""
    nodes = sorted(n for n in g.nodes if any(abs(d["weight"]) > min_weight for _, _, d in g.edges(n, data=True)))
    if len(nodes) < 2:
        return BlocResult({"A": nodes, "B": [], "unaligned": []}, {n: 1.0 for n in nodes}, 0.0, 1.0)
    idx = {n: i for i, n in enumerate(nodes)}
    a = np.zeros((len(nodes), len(nodes)))
    for u, v, d in g.edges(data=True):
        if u in idx and v in idx and u != v:
            # squash heavy dyads so one very active pair does not decide everything
            w = np.sign(d["weight"]) * np.log1p(abs(d["weight"]))
            a[idx[u], idx[v]] += w
            a[idx[v], idx[u]] += w
    vals, vecs = np.linalg.eigh(a)
    x = np.where(vecs[:, int(np.argmax(vals))] >= 0, 1.0, -1.0)
    # local refinement: flip any actor whose ties agree more with the other camp
    for _ in range(10 * len(nodes)):
        gain = x * (a @ x)  # agreement of each actor with its current camp
        i = int(np.argmin(gain))
        if gain[i] >= 0:
            break
        x[i] = -x[i]
    # orient: camp A is the one holding the node with the most tie weight
    heaviest = int(np.argmax(np.abs(a).sum(axis=1)))
    if x[heaviest] < 0:
        x = -x
    total = np.abs(a).sum() / 2
    agree = (a * np.outer(x, x)).sum() / 2
    frustration = float((total - agree) / 2)
    membership: dict[str, float] = {}
    camps: dict[str, list[str]] = {"A": [], "B": [], "unaligned": []}
    for n, i in idx.items():
        row = a[i]
        tot = np.abs(row).sum()
        consistent = (row * x * x[i] > 0) * np.abs(row)
        share = float(consistent.sum() / tot) if tot else 0.0
        if share <= 0.5:
            camps["unaligned"].append(n)
            membership[n] = 0.0
            continue
        camps["A" if x[i] > 0 else "B"].append(n)
        membership[n] = share * float(x[i])
    return BlocResult(camps, membership, frustration, 1 - frustration / total if total else 1.0)
