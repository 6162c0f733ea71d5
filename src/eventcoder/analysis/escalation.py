"""Escalation per dyad over time: daily counts by pentacode class, score sums, and spikes.

The statistic: each day's conflict intensity (the sum of |score| over the dyad's conflictual
incidents that day) is compared with the previous ``window`` days (zeros included):
z = (x - mean) / max(std, 1). A day is a spike when z >= ``z_threshold``, x >= ``min_intensity`` and
at least 7 days of history precede it.

Only events dated to a day count. An event the text dates only to a month or a year (a background act:
"the rebels seized the town in March 2023") is left out of the daily series rather than put on its period's first
day, where it would make a spike on a day nothing happened; it makes no incident (``dedup``) and so never reaches
``dyad_days``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..models import top_key
from ..store import Corpus


def dyad_series(corpus: Corpus, a: str, b: str, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """One row per day from the first to the last incident of the dyad (days without incidents are zeros)."""
    x, y = sorted((top_key(a), top_key(b)))
    rows = corpus.con.execute(
        "SELECT day, p0, p1, p2, p3, p4, score, conflict, n FROM dyad_days WHERE a = ? AND b = ? ORDER BY day", [x, y]
    ).fetchall()
    if not rows:
        return []
    by_day = {r[0]: r for r in rows}
    start = date.fromisoformat(since) if since else rows[0][0]
    end = date.fromisoformat(until) if until else rows[-1][0]
    out = []
    d = start
    while d <= end:
        r = by_day.get(d)
        out.append(
            {
                "date": d.isoformat(),
                "dyad": f"{x},{y}",
                "neutral": r[1] if r else 0,
                "verbal_cooperation": r[2] if r else 0,
                "material_cooperation": r[3] if r else 0,
                "verbal_conflict": r[4] if r else 0,
                "material_conflict": r[5] if r else 0,
                "score": round(float(r[6]), 2) if r else 0.0,
                "conflict": round(float(r[7]), 2) if r else 0.0,
                "incidents": r[8] if r else 0,
            }
        )
        d += timedelta(days=1)
    return out


def detect_spikes(series: list[dict[str, Any]], window: int = 28, z_threshold: float = 3.0, min_intensity: float = 9.0) -> list[dict[str, Any]]:
    """Add ``baseline``, ``z`` and ``spike`` to each day (see the module docstring for the statistic)."""
    vals = [r["conflict"] for r in series]
    for i, r in enumerate(series):
        past = vals[max(0, i - window) : i]
        if past:
            mean = sum(past) / len(past)
            std = (sum((v - mean) ** 2 for v in past) / len(past)) ** 0.5
        else:
            mean, std = 0.0, 0.0
        z = (vals[i] - mean) / max(std, 1.0)
        r["baseline"] = round(mean, 2)
        r["z"] = round(z, 2)
        # the first days have no baseline to speak of: a week of history at least
        r["spike"] = bool(len(past) >= 7 and z >= z_threshold and vals[i] >= min_intensity)
    return series


def plot(series: list[dict[str, Any]], path: str, title: str) -> None:
    """A PNG: daily conflict and cooperation bars, the rolling baseline, and spikes marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    days: list[Any] = [date.fromisoformat(r["date"]) for r in series]  # matplotlib takes dates
    conflict = [r["conflict"] for r in series]
    coop = [max(r["score"] + r["conflict"], 0) for r in series]
    fig, ax = plt.subplots(figsize=(10, 4.2), dpi=110)
    width = max(0.9, len(days) / 150)  # stay visible on long ranges
    ax.bar(days, conflict, color="#c0392b", label="conflict intensity (sum |score|)", width=width)
    ax.bar(days, [-c for c in coop], color="#2e86c1", label="cooperation (sum score, drawn below 0)", width=width)
    ax.plot(days, [r["baseline"] for r in series], color="#333333", lw=1.2, label="28-day baseline")
    spikes = [(d, c) for d, c, r in zip(days, conflict, series) if r["spike"]]
    if spikes:
        ax.scatter([d for d, _ in spikes], [c for _, c in spikes], marker="v", s=60, color="black", zorder=3, label="spike (z >= 3)")
    ax.axhline(0, color="#999999", lw=0.6)
    ax.set_title(title)
    ax.set_ylabel("PLOVER score per day")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    fig.autofmt_xdate()
    ax.legend(loc="upper right", fontsize=8, framealpha=0.9)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
