"""The signed actor network: edges weighted by PLOVER scores of incidents (not reports) in a window."""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..models import top_key
from ..store import Corpus, date_window
from .dedup import unresolved


def _node(key: str, granularity: str) -> str:
    return top_key(key) if granularity == "top" else key


def build_network(
    corpus: Corpus, since: str | None = None, until: str | None = None, granularity: str = "top", directed: bool = True
) -> nx.MultiDiGraph | nx.DiGraph | nx.Graph:
    """A graph whose edge (a, b) carries ``weight`` (sum of PLOVER scores), ``n`` incidents, ``pos``/``neg`` sums.

    ``granularity``: ``top`` (IRN, HAMAS) or ``full`` (IRN.GOV, HAMAS.MIL). Actors in one reciprocal event
    with no recipient ("Iran and Hamas held talks") are linked with each other.
    """
    where, params = date_window(since, until)
    sql = "SELECT event, actor_full, recipient_full, score, date FROM incidents"
    if where:
        sql += " WHERE " + " AND ".join(where)
    g: nx.DiGraph | nx.Graph = nx.DiGraph() if directed else nx.Graph()
    for event, actors, recips, s, _day in corpus.con.execute(sql, params).fetchall():
        a_nodes = sorted({_node(k, granularity) for k in actors or () if not unresolved(k) and not k.startswith("ALLIANCE:")})
        r_nodes = sorted({_node(k, granularity) for k in recips or () if not unresolved(k) and not k.startswith("ALLIANCE:")})
        pairs = [(a, r) for a in a_nodes for r in r_nodes if top_key(a) != top_key(r)]
        if not r_nodes and len(a_nodes) > 1:
            pairs = [(a, b) for i, a in enumerate(a_nodes) for b in a_nodes[i + 1 :] if top_key(a) != top_key(b)]
        for a, b in pairs:
            if not g.has_edge(a, b):
                g.add_edge(a, b, weight=0.0, n=0, pos=0.0, neg=0.0, types={})
            d = g[a][b]
            d["weight"] += float(s)
            d["n"] += 1
            d["pos" if s > 0 else "neg"] += float(s)
            d["types"][event] = d["types"].get(event, 0) + 1
    return g


def to_undirected_signed(g: nx.DiGraph | nx.Graph) -> nx.Graph:
    """Sum both directions of each edge: the signed relation between two actors."""
    u = nx.Graph()
    u.add_nodes_from(g.nodes)
    for a, b, d in g.edges(data=True):
        if u.has_edge(a, b):
            u[a][b]["weight"] += d["weight"]
            u[a][b]["n"] += d["n"]
        else:
            u.add_edge(a, b, weight=d["weight"], n=d["n"])
    return u


def network_json(g: nx.DiGraph | nx.Graph) -> dict[str, Any]:
    return {
        "nodes": [{"id": n, "degree": g.degree(n)} for n in sorted(g.nodes)],
        "edges": [
            {"source": a, "target": b, "weight": round(d["weight"], 2), "n": d["n"], "pos": round(d["pos"], 2),
             "neg": round(d["neg"], 2), "types": d.get("types", {})}
            for a, b, d in sorted(g.edges(data=True), key=lambda x: (x[0], x[1]))
        ],
    }


def for_export(g: nx.DiGraph | nx.Graph) -> nx.DiGraph | nx.Graph:
    """A copy whose attributes are GraphML/GEXF-friendly (no dicts)."""
    h = g.copy()
    for _a, _b, d in h.edges(data=True):
        types = d.pop("types", {})
        d["types"] = ",".join(f"{k}:{v}" for k, v in sorted(types.items()))
    return h
